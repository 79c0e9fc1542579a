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

// TestQuotedCueIsBody checks that a disclaimer's words someone is quoted
// saying (企业的说法“仅供参考”) leave a body paragraph in the body, while
// the article's own disclaimer is still boilerplate.
func TestQuotedCueIsBody(t *testing.T) {
	text := "来源:测试日报\n标题\n3月2日,工厂起火。\n消防部门赶到现场。\n居民已撤离。\n" +
		"不过,这一说法并未打消居民的疑虑。对此,区应急局回应称,企业的说法“仅供参考”,一切以调查结论为准。\n" +
		"免责声明:本文仅供参考。\n"
	a, err := Parse("t.txt", []byte(text), Options{})
	if err != nil {
		t.Fatal(err)
	}
	n := len(a.Paragraphs)
	if got := a.Paragraphs[n-2].Section; got != Body {
		t.Errorf("quoted cue: got %s, want body", got)
	}
	if got := a.Paragraphs[n-1].Section; got != Boilerplate {
		t.Errorf("disclaimer: got %s, want boilerplate", got)
	}
}
