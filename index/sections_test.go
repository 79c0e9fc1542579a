package index

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestSections checks the automatic classifier against the hand labels of
// every test article (testdata/articles/*.sections.json).
func TestSections(t *testing.T) {
	files, err := filepath.Glob("../testdata/articles/*.sections.json")
	if err != nil || len(files) < 3 {
		t.Fatalf("want at least 3 labelled articles, got %d (%v)", len(files), err)
	}
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), ".sections.json")
		t.Run(name, func(t *testing.T) {
			var want struct{ Sections []Section }
			raw, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			if err := json.Unmarshal(raw, &want); err != nil {
				t.Fatal(err)
			}
			data, err := os.ReadFile(filepath.Join(filepath.Dir(f), name+".txt"))
			if err != nil {
				t.Fatal(err)
			}
			a, err := Parse(name, data, Options{})
			if err != nil {
				t.Fatal(err)
			}
			if len(a.Paragraphs) != len(want.Sections) {
				t.Fatalf("%d paragraphs, %d labels", len(a.Paragraphs), len(want.Sections))
			}
			for i, p := range a.Paragraphs {
				if p.Section != want.Sections[i] {
					t.Errorf("¶%d: got %s, want %s: %.40s", p.Number, p.Section, want.Sections[i], p.Text)
				}
			}
		})
	}
}
