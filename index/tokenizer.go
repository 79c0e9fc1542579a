package index

import (
	"fmt"
	"sync"

	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/registry"
)

// TokenizerName is the name the gse tokenizer is registered under in Bleve.
const TokenizerName = "gse"

// AnalyzerName is the name of the custom analyzer (gse tokenizer, then
// lower-casing) that the text field uses.
const AnalyzerName = "gse_zh"

// segmenters maps the "segmenter" key of a tokenizer's config to the
// Segmenter it wraps: Bleve builds tokenizers from JSON-like config, so the
// Segmenter itself is passed by name.
var segmenters sync.Map // string -> *Segmenter

func init() {
	if err := registry.RegisterTokenizer(TokenizerName, newTokenizer); err != nil {
		panic(err)
	}
}

func newTokenizer(config map[string]interface{}, _ *registry.Cache) (analysis.Tokenizer, error) {
	id, _ := config["segmenter"].(string)
	v, ok := segmenters.Load(id)
	if !ok {
		return nil, fmt.Errorf("index: gse tokenizer: no segmenter %q", id)
	}
	return &Tokenizer{seg: v.(*Segmenter)}, nil
}

// Tokenizer is a Bleve tokenizer that cuts text into words with gse. It
// skips spaces and punctuation; positions are 1-based, offsets are bytes.
type Tokenizer struct {
	seg *Segmenter
}

// Tokenize implements analysis.Tokenizer.
func (t *Tokenizer) Tokenize(input []byte) analysis.TokenStream {
	toks := t.seg.Tokens(string(input))
	out := make(analysis.TokenStream, 0, len(toks))
	for i, tk := range toks {
		typ := analysis.Ideographic
		if tk.Pos == "x" && isASCIIWord(tk.Text) {
			typ = analysis.AlphaNumeric
			if isNumber(tk.Text) {
				typ = analysis.Numeric
			}
		}
		out = append(out, &analysis.Token{
			Term:     []byte(tk.Text),
			Start:    tk.Start,
			End:      tk.End,
			Position: i + 1,
			Type:     typ,
		})
	}
	return out
}

func isNumber(s string) bool {
	for i := 0; i < len(s); i++ {
		if (s[i] < '0' || s[i] > '9') && s[i] != '.' {
			return false
		}
	}
	return s != ""
}
