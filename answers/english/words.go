package english

import (
	"bufio"
	_ "embed"
	"strings"
	"sync"
)

//go:embed data/stopwords.txt
var stopwordsFile string

//go:embed data/lemmas.tsv
var lemmasFile string

//go:embed data/verbs.txt
var verbsFile string

// verbformsGz lists the -ed and -ing forms of common verbs, derived from
// ECDICT by scripts/gen-verbforms, in the format of lemmas.tsv,
// gzip-compressed (25 kB instead of 85 kB in the binary).
//
//go:embed data/verbforms.tsv.gz
var verbformsGz []byte

// lemmaEntry is one line of data/lemmas.tsv.
type lemmaEntry struct {
	lemma string
	verb  bool
}

// wordLists holds the small embedded word lists, parsed once.
type wordLists struct {
	stop   map[string]bool
	lemmas map[string]lemmaEntry
	verbs  map[string]bool
	// verbLemmas are the base forms the verb-form table inflects
	// (carried → carry): verbs, though often nouns too
	verbLemmas map[string]bool
}

var loadWordLists = sync.OnceValue(func() *wordLists {
	w := &wordLists{
		stop:       map[string]bool{},
		lemmas:     map[string]lemmaEntry{},
		verbs:      map[string]bool{},
		verbLemmas: map[string]bool{},
	}
	eachLine(stopwordsFile, func(f []string) { w.stop[f[0]] = true })
	eachLine(verbsFile, func(f []string) { w.verbs[f[0]] = true })
	// the hand-made list last: it overrides the derived one
	verbforms, err := gunzip(verbformsGz)
	if err != nil {
		panic("english: embedded data/verbforms.tsv.gz: " + err.Error()) // a broken build, not bad input
	}
	for _, file := range []string{verbforms, lemmasFile} {
		eachLine(file, func(f []string) {
			if len(f) < 2 {
				return
			}
			w.lemmas[f[0]] = lemmaEntry{lemma: f[1], verb: len(f) > 2 && f[2] == "v"}
			if len(f) > 2 && f[2] == "v" {
				w.verbLemmas[f[1]] = true
			}
		})
	}
	return w
})

// eachLine calls fn with the tab-separated fields of every line of text that
// is neither blank nor a # comment.
func eachLine(text string, fn func(fields []string)) {
	sc := bufio.NewScanner(strings.NewReader(text))
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		fn(strings.Split(line, "\t"))
	}
}

// IsStopWord reports whether the lowercased word w is an English function
// word (article, pronoun, preposition, auxiliary, interrogative...).
func IsStopWord(w string) bool {
	return loadWordLists().stop[w]
}
