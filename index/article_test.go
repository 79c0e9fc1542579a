package index

import (
	"os"
	"testing"
)

func TestDefaultArticleSectionsDebug(t *testing.T) {
	data, err := os.ReadFile("default/openai-board-2023.txt")
	if err != nil {
		t.Fatal(err)
	}
	a, err := Parse("x", data, Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range a.Paragraphs {
		t.Logf("%d %s %d %.30s", p.Number, p.Section, len(p.Sentences), p.Text)
	}
}

func TestIndexDebug(t *testing.T) {
	data, _ := os.ReadFile("default/openai-board-2023.txt")
	a, err := Parse("x", data, Options{})
	if err != nil {
		t.Fatal(err)
	}
	ix, err := New([]*Article{a}, Config{})
	if err != nil {
		t.Fatal(err)
	}
	hits, err := ix.Search(t.Context(), []string{"任命", "临时", "首席执行官"}, 5)
	if err != nil {
		t.Fatal(err)
	}
	for _, h := range hits {
		t.Logf("%.3f %d.%d %.40s", h.Score, h.Doc.Paragraph, h.Doc.Index, h.Doc.Text)
	}
	t.Logf("kept %d", ix.seg.Kept())
}
