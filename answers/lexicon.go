package answers

import (
	_ "embed"
	"strings"
	"sync"
)

//go:embed lexicon.txt
var lexiconText string

// lexicon is the engine's general vocabulary, read once from lexicon.txt.
type lexicon struct {
	synonyms       map[string][]string // word -> its near-synonyms (not itself)
	colloquial     map[string][]string // chat word -> news words, for words the articles lack
	light          map[string]bool
	meta           map[string]bool
	interrogatives map[string]bool
	causalFwd      []string // longest first
	causalBack     []string
	attitudeCues   map[string]bool // causal_forward cues of a state of mind (担心, 认为): looser than a stated cause
	titles         map[string]bool
	entities       map[string]bool
	people         map[string]bool
	money          map[string]bool
	age            map[string]bool
	surnames       map[string]bool
	wordSurnames   map[string]bool // surnames that are common words too (宁, 安): a surname only where a title and a verb of saying frame the name
	notNames       map[string]bool // common words the dictionary tags as personal names (马拉松)
	orgSuffixes    map[string]bool
	keyRoles       map[string]bool
	verbs          map[string]bool     // verbs the dictionary tags otherwise (当上)
	nouns          map[string]bool     // nouns the dictionary tags as verbs (小伙子)
	heads          []string            // titles of whoever is in charge of a body
	headSet        map[string]bool     // the same, as a set
	headWords      map[string]bool     // question words asking for whoever is in charge
	speech         []string            // the words an article quotes someone with
	outcomes       []string            // what may be done to someone held to account
	speechActs     map[string]bool     // verbs of saying something in public (回应, 表态)
	doers          map[string][]string // a verb (or an English lemma) → the words for whose trade it is (驾驶 → 司机)
	trades         map[string]bool     // the words for people by trade of doers and trade_titles (司机, 医生)
	placeAsks      map[string][]string // a place a question asks which of → the words its name ends in (路 → 路, 街, 大道)
	tradeTitles    map[string][]string // a trade a who-question names → the titles its people go by (医生 → 科主任, 主任医师)
}

var lex = sync.OnceValue(func() *lexicon {
	l := &lexicon{
		synonyms: map[string][]string{}, colloquial: map[string][]string{}, light: map[string]bool{}, meta: map[string]bool{},
		interrogatives: map[string]bool{}, titles: map[string]bool{}, entities: map[string]bool{},
		people: map[string]bool{}, money: map[string]bool{}, age: map[string]bool{},
		surnames: map[string]bool{}, wordSurnames: map[string]bool{}, notNames: map[string]bool{}, orgSuffixes: map[string]bool{}, keyRoles: map[string]bool{},
		verbs: map[string]bool{}, nouns: map[string]bool{}, headWords: map[string]bool{}, headSet: map[string]bool{}, speechActs: map[string]bool{}, attitudeCues: map[string]bool{},
		doers: map[string][]string{}, trades: map[string]bool{}, placeAsks: map[string][]string{}, tradeTitles: map[string][]string{},
	}
	// the sections that are plain word sets
	sets := map[string]map[string]bool{
		"light": l.light, "meta": l.meta, "interrogatives": l.interrogatives,
		"titles": l.titles, "entities": l.entities, "people_measures": l.people,
		"money_measures": l.money, "age_measures": l.age, "surnames": l.surnames, "word_surnames": l.wordSurnames, "not_names": l.notNames,
		"org_suffixes": l.orgSuffixes, "key_roles": l.keyRoles, "verbs": l.verbs, "nouns": l.nouns,
		"head_words": l.headWords, "speech_acts": l.speechActs, "attitude_cues": l.attitudeCues,
	}
	section := ""
	for _, line := range strings.Split(lexiconText, "\n") {
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		if strings.HasPrefix(line, "[") && strings.HasSuffix(line, "]") {
			section = line[1 : len(line)-1]
			continue
		}
		words := strings.Fields(line)
		switch section {
		case "synonyms", "colloquial":
			m := l.synonyms
			if section == "colloquial" {
				m = l.colloquial
			}
			for _, w := range words {
				for _, o := range words {
					if o != w && !contains(m[w], o) {
						m[w] = append(m[w], o)
					}
				}
			}
		case "causal_forward":
			l.causalFwd = append(l.causalFwd, words...)
		case "causal_backward":
			l.causalBack = append(l.causalBack, words...)
		case "heads":
			l.heads = append(l.heads, words...)
			addAll(l.headSet, words)
		case "speech":
			l.speech = append(l.speech, words...)
		case "outcomes":
			l.outcomes = append(l.outcomes, words...)
		case "place_asks":
			asked, ends, _ := strings.Cut(line, "|")
			for _, w := range strings.Fields(asked) {
				l.placeAsks[w] = strings.Fields(ends)
			}
		case "doers", "trade_titles":
			keys, nouns, _ := strings.Cut(line, "|")
			m := l.doers
			if section == "trade_titles" {
				m = l.tradeTitles
			}
			for _, v := range strings.Fields(keys) {
				m[v] = append(m[v], strings.Fields(nouns)...)
			}
			for _, n := range strings.Fields(nouns) {
				l.trades[n] = true
			}
		default:
			if set := sets[section]; set != nil {
				addAll(set, words)
			}
		}
	}
	return l
})

// Vocabulary is the fixed vocabulary of questions (question words,
// synonyms, cue words), which the index keeps in its pruned dictionary so
// that questions segment as they would with the full one.
func Vocabulary() string {
	var b strings.Builder
	for _, line := range strings.Split(lexiconText, "\n") {
		if strings.HasPrefix(line, "#") || strings.HasPrefix(line, "[") {
			continue
		}
		for _, w := range strings.Fields(line) {
			if w == "|" {
				continue // the [doers], [trade_titles] and [place_asks] separator
			}
			b.WriteString(w)
			b.WriteByte('\n')
		}
	}
	return b.String()
}

func addAll(m map[string]bool, words []string) {
	for _, w := range words {
		m[w] = true
	}
}

func contains(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}
