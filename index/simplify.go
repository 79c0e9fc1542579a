package index

import (
	"sync"
	"unicode"

	"github.com/longbridgeapp/opencc"
)

var t2s = sync.OnceValues(func() (*opencc.OpenCC, error) { return opencc.New("t2s") })

// traditional remembers, rune by rune, whether OpenCC's t2s changes a
// character on its own; text with none of those is left as it is, which
// keeps the common case (simplified text) free of OpenCC's cost.
var traditional sync.Map // rune -> bool

// Simplify turns Traditional Chinese characters into Simplified ones with
// OpenCC (t2s), and returns s itself when it has none.
func Simplify(s string) string {
	if !hasTraditional(s) {
		return s
	}
	cc, err := t2s()
	if err != nil {
		return s
	}
	out, err := cc.Convert(s)
	if err != nil {
		return s
	}
	return out
}

func hasTraditional(s string) bool {
	for _, r := range s {
		if r < 0x2E80 || !unicode.Is(unicode.Han, r) {
			continue
		}
		if v, ok := traditional.Load(r); ok {
			if v.(bool) {
				return true
			}
			continue
		}
		changed := false
		if cc, err := t2s(); err == nil {
			if out, err := cc.Convert(string(r)); err == nil {
				changed = out != string(r)
			}
		}
		traditional.Store(r, changed)
		if changed {
			return true
		}
	}
	return false
}

// sameShape returns simplified text for segmenting and matching when it
// lines up byte for byte with the original (so offsets carry over to the
// verbatim text), and the original otherwise.
func sameShape(text string) string {
	s := Simplify(text)
	if len(s) != len(text) {
		return text
	}
	return s
}
