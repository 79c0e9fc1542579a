//go:build !ne

package index

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/go-ego/gse"
)

// fullGSE is gse's own full Chinese dictionary, loaded the plain way
// (seconds and hundreds of MB): the reference the pruned one must match.
var fullGSE = sync.OnceValues(func() (*gse.Segmenter, error) {
	seg, err := gse.NewEmbed("zh")
	seg.SkipLog = true
	return &seg, err
})

func testArticles(tb testing.TB) map[string][]byte {
	tb.Helper()
	out := map[string][]byte{DefaultName: DefaultText()}
	files, err := filepath.Glob("../testdata/articles/*.txt")
	if err != nil {
		tb.Fatal(err)
	}
	for _, f := range files {
		if strings.HasSuffix(f, NamesSuffix) {
			continue
		}
		data, err := os.ReadFile(f)
		if err != nil {
			tb.Fatal(err)
		}
		out[filepath.Base(f)] = data
	}
	return out
}

type segment struct {
	text       string
	start, end int
	pos        string
}

func cut(seg *gse.Segmenter, text string) []segment {
	var out []segment
	for _, s := range seg.Segment([]byte(text)) {
		out = append(out, segment{s.Token().Text(), s.Start(), s.End(), s.Token().Pos()})
	}
	return out
}

// TestPrunedTotalMatchesFull: the pruned dictionary keeps the full one's
// total frequency, on which every word's cost depends.
func TestPrunedTotalMatchesFull(t *testing.T) {
	full, err := fullGSE()
	if err != nil {
		t.Fatal(err)
	}
	if got := full.Dict.TotalFreq(); got != zhTotalFreq {
		t.Fatalf("gse's total frequency is %v, zhTotalFreq says %v: regenerate", got, zhTotalFreq)
	}
	t.Logf("gse holds %d words; dict/zh.txt.sz keeps the %d that simplified text can contain", full.Dict.NumTokens(), strings.Count(zhDictText(), "\n"))
}

// TestSegmentationMatchesFull checks that every sentence of the default
// article and of our test articles is cut into exactly the tokens (text,
// byte offsets, part of speech) that gse's full dictionary gives, when the
// segmenter is pruned to that article alone and to all of them together.
func TestSegmentationMatchesFull(t *testing.T) {
	full, err := fullGSE()
	if err != nil {
		t.Fatal(err)
	}
	arts := testArticles(t)
	// the sentences as the index segments them: simplified where that keeps
	// their shape (二噁英 → 二恶英), as written otherwise
	sentences := map[string][]string{}
	var all []string
	for name, data := range arts {
		a, err := Parse(name, data, Options{})
		if err != nil {
			t.Fatal(err)
		}
		for _, p := range a.Paragraphs {
			for _, s := range p.Sentences {
				sentences[name] = append(sentences[name], sameShape(s.Text))
			}
		}
		all = append(all, sentences[name]...)
	}
	together, err := NewSegmenter(all, nil)
	if err != nil {
		t.Fatal(err)
	}
	for name := range arts {
		t.Run(name, func(t *testing.T) {
			alone, err := NewSegmenter(sentences[name], nil)
			if err != nil {
				t.Fatal(err)
			}
			n := 0
			for i, text := range sentences[name] {
				want := cut(full, text)
				for label, seg := range map[string]*Segmenter{"alone": alone, "together": together} {
					got := cut(&seg.seg, text)
					if len(got) != len(want) {
						t.Fatalf("%s sentence %d (%.20s): %d tokens, full dictionary %d", label, i, text, len(got), len(want))
					}
					for k := range want {
						if got[k] != want[k] {
							t.Fatalf("%s sentence %d token %d: %+v, full dictionary %+v", label, i, k, got[k], want[k])
						}
					}
				}
				n += len(want)
			}
			t.Logf("%d tokens identical; pruned dictionary keeps %d of %d words", n, alone.Kept(), full.Dict.NumTokens())
		})
	}
}

// TestNamesFileWins: with an article's names file, pruned and plain
// dictionaries still agree, and the names are cut whole.
func TestNamesFileWins(t *testing.T) {
	a, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	var texts []string
	for _, p := range a.Paragraphs {
		texts = append(texts, p.Text)
	}
	pruned, err := NewSegmenter(texts, []string{string(a.Names)})
	if err != nil {
		t.Fatal(err)
	}
	plain, err := NewPlainSegmenter(nil, []string{string(a.Names)})
	if err != nil {
		t.Fatal(err)
	}
	names, _ := namesDict([]string{string(a.Names)})
	for _, p := range a.Paragraphs {
		got, want := cut(&pruned.seg, p.Text), cut(&plain.seg, p.Text)
		if len(got) != len(want) {
			t.Fatalf("¶%d: %d tokens, plain %d", p.Number, len(got), len(want))
		}
		for i := range got {
			if got[i] != want[i] {
				t.Fatalf("¶%d token %d: %+v, plain %+v", p.Number, i, got[i], want[i])
			}
		}
	}
	for _, line := range strings.Split(strings.TrimSpace(names), "\n") {
		w := strings.Fields(line)[0]
		if !strings.Contains(string(DefaultText()), w) {
			continue
		}
		found := false
		for _, p := range a.Paragraphs {
			for _, s := range cut(&pruned.seg, p.Text) {
				found = found || s.text == strings.ToLower(w)
			}
		}
		if !found {
			t.Errorf("name %q from the names file is never cut whole", w)
		}
	}
}

// TestObjectMarkerCut checks that a word gse takes across the object marker
// 把 is cut again when what follows 把 makes a word of the articles: 把 |
// 手镯, not 把手 (a handle) | 镯; and that 把手 stays whole where it is a
// handle.
func TestObjectMarkerCut(t *testing.T) {
	seg, err := NewSegmenter([]string{"她握紧把手。", "她戴着一只翡翠手镯。"}, nil)
	if err != nil {
		t.Fatal(err)
	}
	texts := func(toks []Token) []string {
		var out []string
		for _, tk := range toks {
			out = append(out, tk.Text)
		}
		return out
	}
	for text, want := range map[string]string{"老邵是哪天把手镯拿回来的？": "手镯", "她握紧把手。": "把手"} {
		for label, toks := range map[string][]Token{"Tokens": seg.Tokens(text), "QueryTokens": seg.QueryTokens(text)} {
			if got := texts(toks); !slices.Contains(got, want) {
				t.Errorf("%s(%q) = %q, want a token %q", label, text, got, want)
			}
		}
	}
}
