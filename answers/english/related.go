package english

import (
	"sort"
	"strings"
	"unicode/utf8"
)

// Related maps English words to the words of a vocabulary (the loaded
// articles) whose CC-CEDICT glosses use them inside a longer gloss or in
// another inflection: "editor" → 主编 ("editor in chief"), "fund" → 经费
// ("funds"), "fish" → a dish named for it. It is the fallback for a question
// word none of whose own renderings occur in the articles. Build it with
// Lexicon.Related; it is read-only afterwards.
type Related struct {
	words   map[string][]Candidate
	glossed map[string]bool // the vocabulary's words that render some English word
}

// relatedPenalty is added to a related candidate's senses for each word of
// the gloss beyond the one matched: the longer the gloss, the looser.
const relatedPenalty = 2

// Related builds the index for the vocabulary has reports (words of two or
// more Han characters). It reads every line of the table once.
func (l *Lexicon) Related(has func(zh string) bool) *Related {
	r := &Related{words: map[string][]Candidate{}, glossed: map[string]bool{}}
	stop := loadWordLists().stop
	data := l.table
	for len(data) > 0 {
		line := data
		if i := strings.IndexByte(data, '\n'); i >= 0 {
			line, data = data[:i], data[i+1:]
		} else {
			data = ""
		}
		key, cands, ok := strings.Cut(line, "\t")
		if !ok {
			continue
		}
		var present []Candidate
		for _, c := range parseCandidates(cands, SourceCEDICT) {
			if utf8.RuneCountInString(c.Chinese) > 1 && has(c.Chinese) {
				present = append(present, c)
				r.glossed[c.Chinese] = true
			}
		}
		if len(present) == 0 {
			continue
		}
		words := strings.Fields(key)
		for i, w := range words {
			if stop[w] || len(w) < 3 {
				continue
			}
			if i+1 < len(words) && adverbParticle(words[i+1]) {
				continue // "catch up with" (跟上) is no sense of "catch"
			}
			lw := Lemma(w)
			if len(words) == 1 && lw == w {
				continue // the word's own entry, which Translate finds
			}
			for _, c := range present {
				c.Senses += relatedPenalty * (len(words) - 1)
				if !hasChinese(r.words[lw], c.Chinese) {
					r.words[lw] = append(r.words[lw], c)
				}
			}
		}
	}
	return r
}

// Of returns the related candidates of an English lemma, or nil.
func (r *Related) Of(lemma string) []Candidate {
	if r == nil {
		return nil
	}
	return r.words[lemma]
}

// Glossed reports whether the vocabulary word zh (two or more Han
// characters) renders some English word of the table: a word with a sense
// of its own, not a compound the table lacks (转至, 火锅店).
func (r *Related) Glossed(zh string) bool { return r != nil && r.glossed[zh] }

// maxPivotSenses is the loosest rendering Pivot follows on either side.
const maxPivotSenses = 5

// Pivot returns the words has reports that share a precise English gloss
// with the Chinese word zh: 翻船 and 倾覆 both render "capsize". It
// reads the table for zh's glosses (a scan of the table for each word, so
// callers cache) and returns at most three words, the most precise first.
func (l *Lexicon) Pivot(zh string, has func(string) bool) []string {
	if zh == "" || strings.ContainsAny(zh, "\t\n,:") {
		return nil
	}
	type scored struct {
		zh    string
		loose int
	}
	var out []scored
	seen := map[string]bool{zh: true}
	for _, needle := range []string{"\t" + zh + ":", "," + zh + ":"} {
		data := l.table
		for {
			i := strings.Index(data, needle)
			if i < 0 {
				break
			}
			start := strings.LastIndexByte(data[:i], '\n') + 1
			end := i + strings.IndexByte(data[i:], '\n')
			if end < i {
				end = len(data)
			}
			key, cands, _ := strings.Cut(data[start:end], "\t")
			data = data[end:]
			own := 0
			for _, c := range parseCandidates(cands, SourceCEDICT) {
				if c.Chinese == zh {
					own = c.Senses
				}
			}
			if own == 0 || own > maxPivotSenses || len(strings.Fields(key)) > 2 {
				continue
			}
			for _, c := range parseCandidates(cands, SourceCEDICT) {
				if seen[c.Chinese] || c.Senses > maxPivotSenses || utf8.RuneCountInString(c.Chinese) < 2 || !has(c.Chinese) {
					continue
				}
				seen[c.Chinese] = true
				out = append(out, scored{c.Chinese, own + c.Senses})
			}
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].loose < out[j].loose })
	words := make([]string, 0, 3)
	for _, s := range out {
		if len(words) == 3 {
			break
		}
		words = append(words, s.zh)
	}
	return words
}
