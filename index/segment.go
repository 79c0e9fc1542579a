package index

import (
	_ "embed"
	"fmt"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/go-ego/gse"
)

// zhDict is gse's simplified and traditional Chinese dictionary (s_1 then the
// words of t_1 not already in s_1), as gse.NewEmbed("zh") loads it.
//
//go:embed dict/zh.txt
var zhDict string

//go:embed dict/stop_tokens.txt
var stopTokens string

// zhTotalFreq is the total frequency of the full dictionary as gse computes
// it; a pruned dictionary keeps it so that word costs, and so segmentation,
// stay the same. TestPrunedTotalMatchesFull checks it against gse.
const zhTotalFreq = 53226742.0

// maxUnits is the longest dictionary word in runes (gse's MaxTokenLen).
const maxUnits = 16

// totalPad is a word that never occurs in text; it carries the frequency of
// the dictionary words left out so that the total stays that of the full one.
const totalPad = "\ue000\ue001"

// Segmenter cuts text into words with gse, using only the dictionary words
// that occur in the texts it was built for.
type Segmenter struct {
	seg  gse.Segmenter
	stop map[string]bool
	kept int
}

// Token is one word of a text.
type Token struct {
	Text  string // lower-cased as gse returns it
	Start int    // byte offset in the text
	End   int
	Pos   string // part of speech from the dictionary, "x" when unknown
}

// NewSegmenter builds a segmenter whose dictionary holds just the words of
// the full Chinese dictionary that occur in texts (articles, names files and
// the fixed vocabulary of questions) plus names, a per-article dictionary in
// gse's format whose entries win over the full dictionary. Segmenting any of
// texts gives exactly the tokens the full dictionary would.
func NewSegmenter(texts []string, names []string) (*Segmenter, error) {
	var all strings.Builder
	for _, t := range texts {
		all.WriteString(strings.ToLower(t))
		all.WriteByte('\n')
	}
	for _, n := range names {
		all.WriteString(strings.ToLower(n))
		all.WriteByte('\n')
	}
	text := all.String()
	subs := substrings(text)

	var dict strings.Builder
	nameKeys := map[string]bool{}
	for _, n := range names {
		for _, line := range strings.Split(n, "\n") {
			f := strings.Fields(line)
			if len(f) == 0 || strings.HasPrefix(f[0], "#") {
				continue
			}
			// names may contain spaces ("Emmett Shear"): the word is all
			// fields before a trailing number.
			word, freq, pos := f[0], "1000", "nr"
			if len(f) >= 2 {
				if _, err := strconv.ParseFloat(f[len(f)-1], 64); err == nil {
					word, freq = strings.Join(f[:len(f)-1], " "), f[len(f)-1]
				} else if len(f) >= 3 {
					if _, err := strconv.ParseFloat(f[len(f)-2], 64); err == nil {
						word, freq, pos = strings.Join(f[:len(f)-2], " "), f[len(f)-2], f[len(f)-1]
					}
				}
			}
			if strings.ContainsAny(word, " \t") {
				continue // gse cannot hold multi-word Latin names
			}
			nameKeys[strings.ToLower(word)] = true
			fmt.Fprintf(&dict, "%s %s %s\n", word, freq, pos)
		}
	}

	var keptFreq float64
	seen := map[string]bool{}
	kept := 0
	for rest := zhDict; rest != ""; {
		line := rest
		if i := strings.IndexByte(rest, '\n'); i >= 0 {
			line, rest = rest[:i+1], rest[i+1:]
		} else {
			rest = ""
		}
		sp := strings.IndexByte(line, ' ')
		if sp <= 0 {
			continue
		}
		word := line[:sp]
		var key string
		if hasUpper(word) {
			key = strings.ToLower(word)
		} else {
			key = word
		}
		if !present(key, subs, text) || seen[key] {
			continue
		}
		seen[key] = true
		keptFreq += lineFreq(line[sp+1:], word)
		if nameKeys[key] {
			continue
		}
		dict.WriteString(line)
		if !strings.HasSuffix(line, "\n") {
			dict.WriteByte('\n')
		}
		kept++
	}
	pad := zhTotalFreq - keptFreq
	if pad < 2 {
		pad = 2
	}
	fmt.Fprintf(&dict, "%s %s x\n", totalPad, strconv.FormatFloat(pad, 'f', -1, 64))

	s := &Segmenter{stop: map[string]bool{}, kept: kept}
	s.seg.SkipLog = true
	s.seg.NotLoadHMM = true
	if err := s.seg.LoadDictStr(dict.String()); err != nil {
		return nil, fmt.Errorf("index: load pruned dictionary: %w", err)
	}
	for _, w := range strings.Split(stopTokens, "\n") {
		if w = strings.TrimSpace(w); w != "" {
			s.stop[w] = true
		}
	}
	return s, nil
}

// lineFreq is the frequency gse gives a dictionary line: single-rune words
// count 2 whatever the file says.
func lineFreq(rest, word string) float64 {
	f := rest
	if i := strings.IndexByte(rest, ' '); i >= 0 {
		f = rest[:i]
	}
	f = strings.TrimSpace(f)
	v, err := strconv.ParseFloat(f, 64)
	if err != nil || v < 2 {
		return 0
	}
	if utf8.RuneCountInString(word) < 2 {
		return 2
	}
	return v
}

func hasUpper(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 'A' && s[i] <= 'Z' {
			return true
		}
	}
	return false
}

// substrings is the set of all substrings of text of 1 to maxUnits runes
// that contain no ASCII letter or digit (those words are checked by a plain
// search, as gse counts a Latin word as one unit).
func substrings(text string) map[string]struct{} {
	set := make(map[string]struct{}, len(text)*4)
	for i := 0; i < len(text); {
		_, size := utf8.DecodeRuneInString(text[i:])
		j := i
		for n := 0; n < maxUnits && j < len(text); n++ {
			r, sz := utf8.DecodeRuneInString(text[j:])
			if r < 0x80 && (unicode.IsLetter(r) || unicode.IsDigit(r)) || r == '\n' {
				break
			}
			j += sz
			set[text[i:j]] = struct{}{}
		}
		i += size
	}
	return set
}

func present(word string, subs map[string]struct{}, text string) bool {
	for i := 0; i < len(word); i++ {
		c := word[i]
		if c < 0x80 && (c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
			return strings.Contains(text, word)
		}
	}
	_, ok := subs[word]
	return ok
}

// Kept is the number of dictionary words the segmenter holds.
func (s *Segmenter) Kept() int { return s.kept }

// Tokens segments text, skipping spaces and punctuation.
func (s *Segmenter) Tokens(text string) []Token {
	segs := s.seg.Segment([]byte(text))
	out := make([]Token, 0, len(segs))
	for _, sg := range segs {
		t := sg.Token()
		w := t.Text()
		if isPunctOrSpace(w) {
			continue
		}
		out = append(out, Token{Text: w, Start: sg.Start(), End: sg.End(), Pos: t.Pos()})
	}
	return out
}

// IsStop reports whether w is a stop token (gse's Chinese stop list).
func (s *Segmenter) IsStop(w string) bool { return s.stop[w] }

func isPunctOrSpace(w string) bool {
	for _, r := range w {
		if !unicode.IsSpace(r) && !unicode.IsPunct(r) && !unicode.IsSymbol(r) {
			return false
		}
	}
	return true
}
