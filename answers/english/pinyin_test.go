package english

import (
	"slices"
	"testing"
)

func TestPinyin(t *testing.T) {
	tests := []struct {
		in   string
		want string // must be among the spellings
	}{
		{"青河", "qinghe"},
		{"沈卫东", "shenweidong"},
		{"云澜湾", "yunlanwan"},
		{"长江", "changjiang"},
		{"重庆", "chongqing"},
		{"女", "nv"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got := Pinyin(tt.in, 8)
			if !slices.Contains(got, tt.want) {
				t.Errorf("Pinyin(%q) = %v, want %q among them", tt.in, got, tt.want)
			}
		})
	}
	if got := Pinyin("Qa", 8); got != nil {
		t.Errorf("Pinyin of Latin text = %v, want nil", got)
	}
}
