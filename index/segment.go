package index

import (
	_ "embed"
	"fmt"
	"math"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"github.com/go-ego/gse"
	"github.com/golang/snappy"
)

// zhPacked is gse's simplified and traditional Chinese dictionary (s_1 then
// the words of t_1 not already in s_1, as gse.NewEmbed("zh") loads it, less
// the traditional-only words), one "word freq pos" line per word sorted by
// lower-cased word, in snappy's block format: 2.97 MB instead of 5.14, which
// keeps the image under its budget, and it decodes in about 5 ms.
// scripts/gen-dict writes it.
//
//go:embed dict/zh.txt.sz
var zhPacked []byte

// zhText decodes zhPacked once, on first use.
var zhText = sync.OnceValues(func() (string, error) {
	n, err := snappy.DecodedLen(zhPacked)
	if err != nil {
		return "", fmt.Errorf("index: embedded dictionary: %w", err)
	}
	b, err := snappy.Decode(make([]byte, n), zhPacked)
	if err != nil {
		return "", fmt.Errorf("index: embedded dictionary: %w", err)
	}
	// b is never written again: the string shares its bytes, saving a
	// 5 MB copy at start-up.
	return unsafe.String(unsafe.SliceData(b), len(b)), nil
})

// zhDictText is the decoded dictionary, empty if it cannot be decoded (a
// broken build; NewSegmenter reports it).
func zhDictText() string {
	s, _ := zhText()
	return s
}

// stopTokens is gse's stop-token list less four words news reports use as
// content (保险 insurance, 分期 instalments, 保管 custody, 放量 trading
// volume): "这幅画当时上了多少钱的保险" asks about the insurance.
//
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
	nd, nameKeys := namesDict(names)
	dict.WriteString(nd)

	var keptFreq float64
	seen := map[string]bool{}
	kept := 0
	zhDict, err := zhText()
	if err != nil {
		return nil, err
	}
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

	s := &Segmenter{stop: stopSet(), kept: kept}
	s.seg.SkipLog = true
	s.seg.NotLoadHMM = true
	if err := s.seg.LoadDictStr(dict.String()); err != nil {
		return nil, fmt.Errorf("index: load pruned dictionary: %w", err)
	}
	return s, nil
}

// stopSet is gse's Chinese stop list as a set.
func stopSet() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Split(stopTokens, "\n") {
		if w = strings.TrimSpace(w); w != "" {
			m[w] = true
		}
	}
	return m
}

// namesDict turns per-article names files ("word [freq [pos]]" a line, "#"
// comments) into gse dictionary lines with a frequency of 1000 and the tag nr
// where a line gives none, and the set of their lower-cased words.
func namesDict(names []string) (string, map[string]bool) {
	var dict strings.Builder
	keys := map[string]bool{}
	for _, n := range names {
		for _, line := range strings.Split(n, "\n") {
			f := strings.Fields(line)
			if len(f) == 0 || strings.HasPrefix(f[0], "#") {
				continue
			}
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
			keys[strings.ToLower(word)] = true
			fmt.Fprintf(&dict, "%s %s %s\n", word, freq, pos)
		}
	}
	return dict.String(), keys
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

// Tokens segments text, skipping spaces and punctuation; a word gse takes
// across the object marker 把 is cut again (see disposal).
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
	return s.disposal(out)
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

// Lookup finds a word in the full dictionary (decoded once, sorted by
// lower-cased word) by binary search over its text, without building a
// table. It returns the word's frequency as gse counts it and its part of
// speech.
func Lookup(word string) (freq float64, pos string, ok bool) {
	freq, pos, ok, _ = lookupPrefix(word)
	return freq, pos, ok
}

// lookupPrefix is Lookup that also reports whether longer words start with
// word, so that a caller growing a word can stop early.
func lookupPrefix(word string) (freq float64, pos string, ok, longer bool) {
	zhDict := zhDictText()
	key := asciiLowerKey(word)
	// the first line whose word is >= key
	lo, hi := 0, len(zhDict)
	for lo < hi {
		mid := lo + (hi-lo)/2
		start := strings.LastIndexByte(zhDict[:mid], '\n') + 1
		end := strings.IndexByte(zhDict[start:], '\n')
		if end < 0 {
			end = len(zhDict) - start
		}
		line := zhDict[start : start+end]
		w := line
		if sp := strings.IndexByte(line, ' '); sp >= 0 {
			w = line[:sp]
		}
		if asciiLowerKey(w) < key {
			lo = start + end + 1
		} else {
			hi = start
		}
	}
	for at := lo; at < len(zhDict); {
		end := strings.IndexByte(zhDict[at:], '\n')
		if end < 0 {
			end = len(zhDict) - at
		}
		line := zhDict[at : at+end]
		sp := strings.IndexByte(line, ' ')
		if sp < 0 {
			return freq, pos, ok, false
		}
		w := asciiLowerKey(line[:sp])
		if w == key {
			rest := line[sp+1:]
			freq = lineFreq(rest, line[:sp])
			if i := strings.IndexByte(rest, ' '); i >= 0 {
				pos = strings.TrimSpace(rest[i+1:])
			}
			ok = freq > 0
			at += end + 1
			continue
		}
		return freq, pos, ok, strings.HasPrefix(w, key)
	}
	return freq, pos, ok, false
}

func asciiLowerKey(s string) string {
	if !hasUpper(s) {
		return s
	}
	return strings.ToLower(s)
}

// QueryTokens segments a question. The pruned dictionary knows only the
// articles' words, so a run of lone Han characters (words the articles
// lack) is cut again by gse's own model (the cheapest path by word
// frequency) over the full dictionary, looked up in place.
func (s *Segmenter) QueryTokens(text string) []Token {
	toks := s.Tokens(text)
	out := make([]Token, 0, len(toks))
	for i := 0; i < len(toks); {
		if !hanWord(toks[i]) {
			out = append(out, toks[i])
			i++
			continue
		}
		if !loneHan(toks[i]) {
			out = append(out, toks[i])
			i++
			continue
		}
		j := i
		for j+1 < len(toks) && loneHan(toks[j+1]) && toks[j+1].Start == toks[j].End {
			j++
		}
		if j > i {
			out = append(out, resegment(text, toks[i].Start, toks[j].End)...)
		} else {
			out = append(out, toks[i])
		}
		i = j + 1
	}
	return out
}

// disposal cuts again a word gse took across the object marker 把 when the
// character after it and the lone character that follows make a word of
// the articles: "把手镯拿回来" is 把 | 手镯, not 把手 (a handle) | 镯.
func (s *Segmenter) disposal(toks []Token) []Token {
	for i := 0; i+1 < len(toks); i++ {
		t, next := toks[i], toks[i+1]
		rest, ok := strings.CutPrefix(t.Text, "把")
		if !ok || utf8.RuneCountInString(rest) != 1 || !loneHan(next) || next.Start != t.End {
			continue
		}
		if _, _, known := s.seg.Find(rest + next.Text); !known {
			continue
		}
		mid := t.Start + len("把")
		toks[i] = Token{Text: "把", Start: t.Start, End: mid, Pos: "p"}
		toks[i+1] = Token{Text: rest + next.Text, Start: mid, End: next.End, Pos: "n"}
	}
	return toks
}

func loneHan(t Token) bool {
	r, size := utf8.DecodeRuneInString(t.Text)
	return size == len(t.Text) && unicode.Is(unicode.Han, r)
}

func hanWord(t Token) bool {
	for _, r := range t.Text {
		if !unicode.Is(unicode.Han, r) {
			return false
		}
	}
	return t.Text != ""
}

// resegment finds the cheapest cut of text[from:to] (Han characters) into
// full-dictionary words, where a word costs log2(total) - log2(freq) as in
// gse, and a character no word covers costs as a word of frequency 1.
func resegment(text string, from, to int) []Token {
	var pos []int // byte offset of each character
	for i := from; i < to; {
		pos = append(pos, i)
		_, sz := utf8.DecodeRuneInString(text[i:])
		i += sz
	}
	pos = append(pos, to)
	n := len(pos) - 1
	logTotal := math.Log2(zhTotalFreq)
	cost := make([]float64, n+1)
	prev := make([]int, n+1)
	tags := make([]string, n+1)
	for i := 1; i <= n; i++ {
		cost[i] = math.Inf(1)
	}
	for i := 0; i < n; i++ {
		for j := i + 1; j <= n && j-i <= maxUnits; j++ {
			w := text[pos[i]:pos[j]]
			f, tag, ok, longer := lookupPrefix(w)
			if !ok {
				if j-i > 1 {
					if !longer {
						break
					}
					continue
				}
				f, tag = 1, "x"
			}
			if c := cost[i] + logTotal - math.Log2(f); c < cost[j] {
				cost[j], prev[j], tags[j] = c, i, tag
			}
			if !longer {
				break
			}
		}
	}
	var out []Token
	for j := n; j > 0; j = prev[j] {
		i := prev[j]
		out = append(out, Token{Text: text[pos[i]:pos[j]], Start: pos[i], End: pos[j], Pos: tags[j]})
	}
	for a, b := 0, len(out)-1; a < b; a, b = a+1, b-1 {
		out[a], out[b] = out[b], out[a]
	}
	return out
}
