package english

import "testing"

func TestIsEnglish(t *testing.T) {
	tests := []struct {
		q    string
		want bool
	}{
		{"Who was appointed interim CEO?", true},
		{"how many employees signed the letter", true},
		{"When did Emmett Shear leave Twitch?", true},
		{"Is Altman back at OpenAI?", true},
		{"What does 联名信 mean?", true},
		{"Altman?", false},
		{"Sam Altman", false},
		{"OpenAI CEO", false},
		{"谁被任命为临时CEO?", false},
		{"Altman什么时候回到OpenAI?", false},
		{"OpenAI董事会为什么解雇Sam Altman？", false},
		{"", false},
		{"???", false},
		{"123", false},
	}
	for _, tt := range tests {
		t.Run(tt.q, func(t *testing.T) {
			if got := IsEnglish(tt.q); got != tt.want {
				t.Errorf("IsEnglish(%q) = %v, want %v", tt.q, got, tt.want)
			}
		})
	}
}
