package english

import (
	"bytes"
	"compress/gzip"
	_ "embed"
	"encoding/binary"
	"fmt"
	"io"
	"maps"
	"math"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"
)

// cedictGz is the sorted table, gzip-compressed: it is unpacked (about
// 10 ms) the first time an English question needs it, not at start-up, and
// keeps 1.3 MB out of the binary.
//
//go:embed data/en-zh.tsv.gz
var cedictGz []byte

//go:embed data/extra.tsv
var extraFile string

// Sources of a Candidate.
const (
	SourceCEDICT = "cc-cedict" // derived from CC-CEDICT (data/en-zh.tsv.gz)
	SourceExtra  = "extra"     // the hand-written supplement (data/extra.tsv)
)

// Candidate is one Chinese rendering of an English word or phrase.
type Candidate struct {
	// Chinese is the simplified Chinese word.
	Chinese string
	// Senses is how many English glosses the Chinese word has in its
	// source: 1 is a precise rendering, more is looser.
	Senses int
	// Source is SourceExtra or SourceCEDICT.
	Source string
}

// Lexicon maps English lemmas and phrases to Chinese candidates. It is
// read-only and safe for concurrent use. The CC-CEDICT table stays in the
// embedded sorted text and is binary-searched in place, so loading parses
// only the small supplement.
type Lexicon struct {
	table   string                     // sorted "key\tzh:n,zh:n\n" lines
	extra   map[string][]Candidate     // the supplement, parsed
	blocked map[string]map[string]bool // key → CC-CEDICT renderings the supplement strikes ("-体征")
}

func gunzip(b []byte) (string, error) {
	r, err := gzip.NewReader(bytes.NewReader(b))
	if err != nil {
		return "", err
	}
	var out strings.Builder
	if n := len(b); n >= 4 {
		// the gzip trailer holds the unpacked size (mod 2^32): one
		// allocation instead of a doubling series
		out.Grow(int(binary.LittleEndian.Uint32(b[n-4:])))
	}
	if _, err := io.Copy(&out, r); err != nil {
		return "", err
	}
	return out.String(), r.Close()
}

// LoadLexicon returns the lexicon built from the embedded data, loading it
// on the first call and sharing it afterwards.
func LoadLexicon() (*Lexicon, error) { return loadLexicon() }

var loadLexicon = sync.OnceValues(func() (*Lexicon, error) {
	table, err := gunzip(cedictGz)
	if err != nil {
		return nil, fmt.Errorf("english: lexicon table: %w", err)
	}
	return newLexicon(table, extraFile)
})

// newLexicon builds a lexicon from a sorted table and a supplement in the
// same format.
func newLexicon(table, extra string) (*Lexicon, error) {
	if table != "" && !strings.HasSuffix(table, "\n") {
		return nil, fmt.Errorf("english: lexicon table: last line not terminated")
	}
	l := &Lexicon{table: table, extra: map[string][]Candidate{}, blocked: map[string]map[string]bool{}}
	var bad error
	eachLine(extra, func(f []string) {
		if len(f) != 2 && bad == nil {
			bad = fmt.Errorf("english: lexicon supplement: line %q: want key<TAB>candidates", strings.Join(f, "\t"))
			return
		}
		key := normKey(f[0])
		cs := parseCandidates(f[1], SourceExtra)
		if strings.Contains(f[1], "-") {
			// "-体征": a sense of CC-CEDICT's that news never means
			keep := cs[:0]
			for _, c := range cs {
				if zh, ok := strings.CutPrefix(c.Chinese, "-"); ok {
					if l.blocked[key] == nil {
						l.blocked[key] = map[string]bool{}
					}
					l.blocked[key][zh] = true
					continue
				}
				keep = append(keep, c)
			}
			cs = keep
		}
		if len(cs) > 0 {
			l.extra[key] = cs
		}
	})
	if bad != nil {
		return nil, bad
	}
	return l, nil
}

// parseCandidates parses "zh:n,zh:n" into candidates from source.
func parseCandidates(s, source string) []Candidate {
	out := make([]Candidate, 0, strings.Count(s, ",")+1)
	for s != "" {
		item := s
		if i := strings.IndexByte(s, ','); i >= 0 {
			item, s = s[:i], s[i+1:]
		} else {
			s = ""
		}
		zh, n := item, 1
		if i := strings.LastIndexByte(item, ':'); i >= 0 {
			zh = item[:i]
			if v, err := strconv.Atoi(item[i+1:]); err == nil && v > 0 {
				n = v
			}
		}
		if zh != "" {
			out = append(out, Candidate{Chinese: zh, Senses: n, Source: source})
		}
	}
	return out
}

// Translate returns the Chinese candidates for an English lemma or phrase
// ("appoint", "board of directors", "interim ceo"): the supplement's first,
// then CC-CEDICT's, each Chinese word once, in their sources' order (more
// precise first). The key is matched lowercased with spaces collapsed. It
// returns nil when the lexicon has no entry.
func (l *Lexicon) Translate(lemma string) []Candidate {
	key := normKey(lemma)
	if key == "" {
		return nil
	}
	out := l.translate(key)
	// a British spelling also has its American one's renderings: labour →
	// labor, centre → center
	if us := American(key); us != "" {
		for _, c := range l.translate(us) {
			if !hasChinese(out, c.Chinese) {
				out = append(out, c)
			}
		}
	}
	return out
}

// translate is Translate of a normalised key, as spelt.
func (l *Lexicon) translate(key string) []Candidate {
	out := append([]Candidate(nil), l.extra[key]...)
	if line, ok := l.find(key); ok {
		for _, c := range parseCandidates(line, SourceCEDICT) {
			if !hasChinese(out, c.Chinese) && (!honorifics[c.Chinese] || honorificKeys[key]) && !l.blocked[key][c.Chinese] {
				out = append(out, c)
			}
		}
	}
	return out
}

// honorifics are the forms of address news puts after a surname (王先生,
// 李女士). CC-CEDICT also glosses them as "doctor", "teacher" or "to miss",
// but an article's 先生 is nearly always someone's address: only the
// English forms of address render them.
var honorifics = map[string]bool{"先生": true, "女士": true, "小姐": true, "太太": true, "夫人": true, "密斯": true}

// honorificKeys are the English words that render the honorifics.
var honorificKeys = map[string]bool{"mr": true, "mister": true, "mrs": true, "ms": true, "miss": true, "sir": true,
	"madam": true, "madame": true, "lady": true, "gentleman": true, "husband": true, "wife": true, "mr.": true, "mrs.": true, "ms.": true}

// withoutHonorifics returns cs without the honorifics: "miss" as a verb
// ("why did he miss his stop") is no 女士.
func withoutHonorifics(cs []Candidate) []Candidate {
	out := cs[:0:0]
	for _, c := range cs {
		if !honorifics[c.Chinese] {
			out = append(out, c)
		}
	}
	return out
}

func hasChinese(cs []Candidate, zh string) bool {
	for _, c := range cs {
		if c.Chinese == zh {
			return true
		}
	}
	return false
}

func normKey(s string) string {
	return strings.Join(strings.Fields(strings.ToLower(s)), " ")
}

// find binary-searches the sorted table for key and returns the candidate
// field of its line, a substring of the table.
func (l *Lexicon) find(key string) (string, bool) {
	data := l.table
	lo, hi := 0, len(data) // lo and hi are line starts
	for lo < hi {
		mid := lo + (hi-lo)/2
		s := lo + strings.LastIndexByte(data[lo:mid], '\n') + 1
		e := s + strings.IndexByte(data[s:hi], '\n')
		if e < s {
			e = hi
		}
		line := data[s:e]
		k, cands, _ := strings.Cut(line, "\t")
		switch {
		case k == key:
			return cands, true
		case k < key:
			lo = e + 1
		default:
			hi = s
		}
	}
	return "", false
}

// particles end phrasal verbs ("sign up", "call off"), so a phrase may end
// in one though it is a stop word.
var particles = map[string]bool{"up": true, "off": true, "out": true, "down": true, "over": true, "back": true, "in": true, "on": true, "away": true}

// objectModifiers are stop words that may stand inside a phrasal verb's
// object, or be it: "set the whole thing off", "call it in".
var objectModifiers = map[string]bool{"whole": true, "entire": true, "all": true, "both": true, "other": true, "same": true,
	// and the pronouns an object may be: "call it in", "put them out"
	"it": true, "them": true, "him": true}

// objectPreps are the prepositions that close a verb's idiom around its
// object: "take them to court", "put the plan on hold", "set it on fire".
var objectPreps = map[string]bool{"to": true, "on": true, "at": true, "under": true, "behind": true, "into": true}

// strandedPreps are the prepositions a verb's idiom may end in, its object
// before them and what they govern asked: "what is he charging the owner
// with" is "charge with".
var strandedPreps = map[string]bool{"with": true, "for": true}

// verbObjectPrep reports the supplement's idiom of the verb at i whose
// object ends before a preposition at j: "take them to court" is "take to
// court", "put the whole project on hold" is "put on hold". A determiner may
// stand after the preposition ("take it to the court"); a preposition that
// ends the question is the idiom's last word ("charging the owner with").
func (l *Lexicon) verbObjectPrep(q Query, i, j int) (string, bool) {
	p := q.Surfaces[j]
	if strandedPreps[p] && j+1 == len(q.Words) {
		key := q.Words[i] + " " + p
		return key, l.extra[key] != nil
	}
	if !objectPreps[p] || j+1 >= len(q.Words) {
		return "", false
	}
	k := j + 1
	if determiners[q.Surfaces[k]] && k+1 < len(q.Words) {
		k++
	}
	key := q.Words[i] + " " + p + " " + q.Words[k]
	return key, l.extra[key] != nil
}

// verbish reports whether the question's word at i is a verb: a predicate,
// a listed verb, a word inflected as one, or a term taken for a verb.
func (l *Lexicon) verbish(q Query, i int) bool {
	w := q.Words[i]
	if slices.Contains(q.Predicate, w) || loadWordLists().verbs[w] || w != q.Surfaces[i] && (strings.HasSuffix(q.Surfaces[i], "ing") || strings.HasSuffix(q.Surfaces[i], "ed")) {
		return true // (or inflected as a verb: "charging", "taken")
	}
	for _, t := range q.Terms {
		if t.Lemma == w && t.Verb {
			return true
		}
	}
	return false
}

// verbForm reports whether the question's word at i is used as a verb: a
// predicate, a term taken for one, or a word inflected as one ("tracking
// him down"); unlike verbish, not a listed verb standing as a noun ("the
// fire").
func verbForm(q Query, i int) bool {
	w := q.Words[i]
	if slices.Contains(q.Predicate, w) || w != q.Surfaces[i] && (strings.HasSuffix(q.Surfaces[i], "ing") || strings.HasSuffix(q.Surfaces[i], "ed")) {
		return true
	}
	return slices.ContainsFunc(q.Terms, func(t Term) bool { return t.Lemma == w && t.Verb })
}

// passivePhrasal reports whether the question's "get" at i makes a
// passive of the phrasal verb after it: "got called in" is "call in", not
// "get call".
func (l *Lexicon) passivePhrasal(q Query, i int) bool {
	if q.Words[i] != "get" || i+2 >= len(q.Words) || q.Surfaces[i+1] == q.Words[i+1] || !verbForm(q, i+1) || !particles[q.Surfaces[i+2]] {
		return false
	}
	return len(l.Translate(q.Words[i+1]+" "+q.Surfaces[i+2])) > 0
}

// separable reports whether the word at j of the question is a particle
// that may close a phrasal verb whose object stands before it: an adverb
// particle ("get the fire out"), not a cause ("over this"), a time ("back in
// 2019") or a preposition of a path ("out through the tunnel").
func separable(q Query, j int) bool {
	p := q.Surfaces[j]
	// ("in" heads a place, unless nothing follows it, "call it in", or a
	// purpose does: "called the bosses in for a talk")
	if !adverbParticle(p) && !(p == "in" && (j == len(q.Surfaces)-1 || q.Surfaces[j+1] == "for")) || p == "over" {
		return false
	}
	if j+1 < len(q.Surfaces) && (motion[q.Surfaces[j+1]] || p == "back" && backThen[q.Surfaces[j+1]] || q.Surfaces[j+1] == "of" || determiners[q.Surfaces[j+1]] && q.Surfaces[j+1] != "that") {
		return false // "bring her down the stairs": a path, not "bring down"
	}
	return true
}

// adverbParticle reports whether a particle makes a phrasal verb with a
// sense of its own of the verb before it ("catch up", "give out", "break
// down"), unlike "in" and "on", which also head a place.
func adverbParticle(w string) bool { return particles[w] && w != "in" && w != "on" }

// motion are prepositions of a path: after one, a verb and its particle
// are meant literally.
var motion = map[string]bool{"through": true, "across": true, "along": true, "into": true, "onto": true, "toward": true, "towards": true}

// outOfPlace reports whether the particle at j is "out of" a place one
// falls, climbs or is thrown from ("dropping out of the sky", "fell out of
// the window"): a path, not "drop out" of school.
func outOfPlace(surfaces []string, j int) bool {
	if surfaces[j] != "out" || j+2 >= len(surfaces) || surfaces[j+1] != "of" {
		return false
	}
	k := j + 2
	if determiners[surfaces[k]] && k+1 < len(surfaces) {
		k++
	}
	return physicalPlaces[surfaces[k]]
}

// physicalPlaces are places a thing or person comes out of bodily.
var physicalPlaces = map[string]bool{"sky": true, "air": true, "window": true, "windows": true, "plane": true, "building": true,
	"tree": true, "boat": true, "car": true, "truck": true, "bus": true, "helicopter": true, "balloon": true, "bed": true,
	"water": true, "river": true, "lake": true, "sea": true, "cab": true, "van": true, "train": true, "ceiling": true}

// placeParticles are the particles that, before "there" or "here", say
// where ("stuck up there", "charging in there"); "sent out there" is still
// sent out.
var placeParticles = map[string]bool{"up": true, "in": true, "down": true, "over": true}

// setPhrases are the words that make a particle before them the head of
// an adverbial of their own ("in total", "on time"):
// "how much did he take in total" has no "take in".
var setPhrases = map[string]bool{"total": true, "all": true, "fact": true, "general": true, "person": true, "public": true,
	"cash": true, "advance": true, "time": true, "particular": true, "short": true, "detail": true, "full": true,
	"purpose": true, "average": true, "duty": true, "site": true, "foot": true, "secret": true, "private": true}

// Match is an English word or phrase of a question with its candidates.
type Match struct {
	// English is the key that matched: a lemma, a phrase or a lowercased name.
	English string
	// Words is how many question words the key covers.
	Words int
	// Name is true when the key is a name of the question.
	Name bool
	// Candidates are the Chinese renderings, most precise first.
	Candidates []Candidate
	// Person is true for a compound of a word and a generic word for a
	// person ("safety officer"), rendered by the articles' compounds of the
	// word and a suffix for a person (安全员).
	Person bool
	// Split is true for a hyphenated word rendered by its parts: the
	// articles' words whose glosses use the word whole come first.
	Split bool
}

// personHeads are generic words for a person that English puts after what
// the person does or is for ("safety officer", "repair guy").
var personHeads = map[string]bool{
	"officer": true, "worker": true, "staff": true, "staffer": true, "guy": true, "man": true,
	"woman": true, "person": true, "inspector": true, "member": true, "clerk": true,
	"personnel": true, "employee": true, "agent": true, "operator": true, "official": true,
	"lady": true, "dude": true, "people": true, "crew": true, "specialist": true,
}

// personSuffixes make a word into a person who does it or is for it: 安全员,
// 维修工, 工程师, 检察官.
var personSuffixes = []string{"员", "人员", "工", "工人", "师", "官"}

// personCompound is the question's compound of a word and a generic word
// for a person at i ("the safety officer"), rendered as the word's renderings
// with each suffix for a person; ok is false when there is none.
func (l *Lexicon) personCompound(q Query, i int, stop map[string]bool) (Match, bool) {
	if i+1 >= len(q.Words) || !personHeads[q.Words[i+1]] || stop[q.Surfaces[i]] || slices.Contains(q.Predicate, q.Words[i]) {
		return Match{}, false
	}
	var cs []Candidate
	for _, c := range l.Translate(q.Words[i]) {
		if utf8.RuneCountInString(c.Chinese) < 2 {
			continue // 火 + 工 is no fire officer
		}
		for _, suf := range personSuffixes {
			cs = append(cs, Candidate{Chinese: c.Chinese + suf, Senses: c.Senses, Source: c.Source})
		}
	}
	return Match{English: q.Words[i] + " " + q.Words[i+1], Words: 2, Candidates: cs, Person: true}, len(cs) > 0
}

// looseOverShorter reports whether a phrase of three words renders only as
// single characters (CC-CEDICT's "take part in": 与, 参) where the phrase of
// its first two words has a rendering of two or more ("take part": 参加).
func (l *Lexicon) looseOverShorter(words []string) bool {
	for _, c := range l.Translate(strings.Join(words, " ")) {
		if utf8.RuneCountInString(c.Chinese) > 1 {
			return false
		}
	}
	for _, c := range l.Translate(strings.Join(words[:2], " ")) {
		if utf8.RuneCountInString(c.Chinese) > 1 {
			return true
		}
	}
	return false
}

// markPhrase records a phrase of n words matched from word i.
func markPhrase(inPhrase []int, i, n int) {
	for j := i; j < i+n; j++ {
		inPhrase[j] = max(inPhrase[j], n)
	}
}

// crosses reports whether one of the phrases spans holds the last word of
// the stretch first..last and goes on past it to a content word (content
// reports which are): in "running the water park" the water is the park's,
// not the running's; "involved in" goes on only to a particle.
func crosses(spans [][2]int, first, last int, content func(int) bool) bool {
	for _, sp := range spans {
		if sp[0] <= last && last < sp[1] && sp[0] > first && content(sp[1]) {
			return true
		}
	}
	return false
}

// Lookup finds the question's phrases of two to four words that the lexicon
// knows ("board of directors", "interim ceo", "go off the road"), then each term (by lemma, or
// by surface form if the lemma is unknown) and each multi-word name. Keys
// without candidates are left out.
func (l *Lexicon) Lookup(q Query) []Match {
	var out []Match
	seen := map[string]bool{}
	add := func(key string, words int, name bool) bool {
		if seen[key] {
			return true
		}
		cs := l.Translate(key)
		if len(cs) == 0 {
			return false
		}
		seen[key] = true
		out = append(out, Match{English: key, Words: words, Name: name, Candidates: cs})
		return true
	}
	stop := loadWordLists().stop
	phrased := map[string]bool{}          // the words of a phrase opening with a stop word the supplement spells
	inPhrase := make([]int, len(q.Words)) // the length of the longest phrase matched over each word
	var spans [][2]int                    // the first and last word of each adjacent phrase matched
	for n := 4; n >= 2; n-- {
		for i := 0; i+n <= len(q.Words); i++ {
			if inPhrase[i] > n && inPhrase[i+n-1] > n && inPhrase[i] == inPhrase[i+n-1] {
				continue // "go on" inside "go on sale"
			}
			if n == 2 && l.passivePhrasal(q, i) {
				continue // "got called in" is no "get call"
			}
			if stop[q.Surfaces[i]] && !particles[q.Surfaces[i]] || stop[q.Surfaces[i+n-1]] && !particles[q.Surfaces[i+n-1]] {
				// a phrase that starts or ends in a stop word only as the
				// supplement spells it: "buy into", "deal with", "get away"
				key := strings.Join(q.Words[i:i+n], " ")
				if key == "so far" && i > 0 && farMotion[q.Words[i-1]] {
					// "why'd the spray end up travelling so far": a
					// distance (远), not until now
					if add("far", 1, false) {
						markPhrase(inPhrase, i, n)
						phrased["so"], phrased["far"] = true, true
					}
					continue
				}
				if l.extra[key] != nil && add(key, n, false) {
					markPhrase(inPhrase, i, n)
					if stopPhrase(key) {
						for _, w := range q.Words[i : i+n] {
							phrased[w] = true // "so far": "far" is the phrase's, no 远 of its own
						}
					}
				}
				continue
			}
			if particles[q.Surfaces[i+n-1]] && i+n < len(q.Surfaces) && (motion[q.Surfaces[i+n]] || setPhrases[q.Surfaces[i+n]] || outOfPlace(q.Surfaces, i+n-1) ||
				placeParticles[q.Surfaces[i+n-1]] && (q.Surfaces[i+n] == "there" || q.Surfaces[i+n] == "here")) {
				continue // "walked out through the tunnel": a walk, not a strike
			}
			if i+n == len(q.Words) && n > 2 && (q.Place != "" || q.Kind == KindWhere) && particles[q.Surfaces[i+n-1]] {
				// "which street did it come down on": the stranded
				// preposition of the place asked, not "come down on" someone
				continue
			}
			if n == 3 && l.looseOverShorter(q.Words[i:i+n]) {
				continue // "take part in" (与, 参) inside "take part" (参加, 参与)
			}
			// the lemmas, the words as written, or the words as written
			// but the last ("parking spaces" → "parking space")
			if add(strings.Join(q.Words[i:i+n], " "), n, false) || add(strings.Join(q.Surfaces[i:i+n], " "), n, false) ||
				add(strings.Join(q.Surfaces[i:i+n-1], " ")+" "+q.Words[i+n-1], n, false) {
				markPhrase(inPhrase, i, n)
				spans = append(spans, [2]int{i, i + n - 1})
			}
		}
	}
	for i := range q.Words {
		if inPhrase[i] > 0 || i+1 < len(inPhrase) && inPhrase[i+1] > 0 {
			continue
		}
		if m, ok := l.personCompound(q, i, stop); ok && !seen[m.English] {
			seen[m.English] = true
			out = append(out, m)
		}
	}
	// phrases over the content words alone, within four words: "pump the
	// brakes" → "pump brake", "pull the trigger" → "pull trigger"
	var content []int
	for i, w := range q.Surfaces {
		if !stop[w] || particles[w] {
			content = append(content, i)
		}
	}
	for n := 3; n >= 2; n-- {
		for k := 0; k+n <= len(content); k++ {
			first, last := content[k], content[k+n-1]
			if last-first+1 == n || last-first >= 4 || stop[q.Surfaces[first]] {
				continue // adjacent phrases were tried above
			}
			if crosses(spans, first, last, func(i int) bool { return !stop[q.Surfaces[i]] && !particles[q.Surfaces[i]] }) {
				continue // "running the water park" is no "running water"
			}
			if particles[q.Surfaces[last]] && !separable(q, last) {
				continue // "bring her down the stairs" is no "bring down"
			}
			ws, ss := make([]string, n), make([]string, n)
			for j := range ws {
				ws[j], ss[j] = q.Words[content[k+j]], q.Surfaces[content[k+j]]
			}
			// (the table's keys from long glosses are as CC-CEDICT
			// spells them: "end month" for "end of the month")
			_ = add(strings.Join(ws, " "), n, false) || add(strings.Join(ss, " "), n, false)
		}
	}
	// an idiom closed by a preposition around the verb's object: "take
	// them to court" → 起诉, "put the whole project on hold" → 暂停
idioms:
	for i := range q.Words {
		if !l.verbish(q, i) {
			continue
		}
		for j := i + 2; j < len(q.Words) && j <= i+4; j++ {
			if key, ok := l.verbObjectPrep(q, i, j); ok {
				add(key, 3, false)
				continue idioms
			}
			if p := q.Surfaces[j]; stop[p] && !determiners[p] && !objectModifiers[p] {
				break // the object ends at a clause word
			}
		}
	}
	// a phrasal verb with its object between verb and particle: "get the
	// fire out", "called the concert off"; a light verb and its object
	// the supplement spells ("get the call")
verbs:
	for i := range q.Words {
		// a verb, or a light one the stop list holds ("get", "put") in a
		// phrase the supplement spells
		light := stop[q.Surfaces[i]] && !particles[q.Surfaces[i]]
		if !light && !verbForm(q, i) {
			// a word the question's grammar leaves unclear, with a
			// determiner, a noun and a particle after it that the
			// supplement makes a phrasal verb of: "lock the guy up"
			if k := i + 3; k < len(q.Words) && determiners[q.Surfaces[i+1]] && q.Surfaces[i+1] != "of" && !stop[q.Surfaces[i+2]] && particles[q.Surfaces[k]] && separable(q, k) {
				if key := q.Words[i] + " " + q.Surfaces[k]; l.extra[key] != nil {
					add(key, 2, false)
				}
			}
			continue
		}
		for j := i + 2; j < len(q.Words) && j <= i+4; j++ {
			p := q.Surfaces[j]
			if stop[p] && !particles[p] && !determiners[p] && !objectModifiers[p] {
				break // "walked in and out": the object ends at a clause word
			}
			if j == i+2 && verbForm(q, i+1) {
				break // "got kicked out": a participle, no object
			}
			if key := q.Words[i] + " " + q.Words[j]; light && !stop[p] && l.extra[key] != nil {
				add(key, 2, false) // "get the call" → 接到报警
				continue verbs
			}
			if particles[p] || motion[p] {
				if !separable(q, j) {
					break
				}
				// the object may make the sense: "get the fire out" → 扑灭
				for k := i + 1; k < j; k++ {
					if key := q.Words[i] + " " + q.Words[k] + " " + p; l.extra[key] != nil {
						add(key, 3, false)
						continue verbs
					}
				}
				if key := q.Words[i] + " " + p; !light || l.extra[key] != nil {
					add(key, 2, false)
				}
				break
			}
		}
	}
	for _, t := range q.Terms {
		if seen[t.Lemma] || phrased[t.Lemma] || adverbParticle(t.Lemma) && t.Lemma != "back" {
			continue // "haul away": the particle alone is no content word (跑, 开)
		}
		// the lemma, the word as written and the plural: CC-CEDICT glosses
		// 经费 as "funds", 追回 as "to recover"
		cs := l.Translate(t.Lemma)
		if t.Verb {
			cs = withoutHonorifics(cs)
		}
		// a noun in -ing, or a participle (not a plural or third person)
		ing := strings.HasSuffix(t.Surface, "ing")
		ownForm := ing && !t.Verb || !ing && !strings.HasSuffix(t.Surface, "s")
		if own := l.Translate(t.Surface); ownForm && t.Surface != t.Lemma && len(own) > 0 && own[0].Source == SourceExtra {
			// a noun in -ing or a participle with a curated sense of its
			// own ("the ruling" is 裁定, not 天下; "stuck" is 滞留, not
			// 粘): its renderings first, then the verb's precise ones (not
			// for a noun whose own determiner says so: "the ruling" is no
			// 规定 of "rule")
			noun := false
			for j := 1; j < len(q.Surfaces) && ing; j++ {
				noun = noun || q.Surfaces[j] == t.Surface && determiners[q.Surfaces[j-1]]
			}
			for _, c := range cs {
				if c.Senses <= 2 && !noun && !hasChinese(own, c.Chinese) {
					own = append(own, c)
				}
			}
			cs = own
		}
		keys := []string{t.Lemma + "s"}
		if len(cs) == 0 {
			keys = append(keys, t.Surface)
			if base, ok := strings.CutSuffix(t.Lemma, "ier"); ok && len(base) > 2 {
				keys = append(keys, base+"y") // a comparative: messier → messy
			}
		}
		stem, own := "", len(cs)
		if strings.HasSuffix(t.Lemma, "ing") && len(t.Lemma) > 5 {
			// a noun in -ing and its verb: funding → fund, ruling → rule
			if s, ok := verbStem(t.Lemma[:len(t.Lemma)-3]); ok && s != t.Lemma {
				stem = s
				keys = append(keys, stem, stem+"s")
			}
		}
		for _, k := range keys {
			if k == t.Lemma || t.Name || strings.HasSuffix(k, "ss") ||
				k == t.Lemma+"s" && t.Surface != t.Lemma && t.Surface != k {
				continue // an irregular form (people → person) has its own sense
			}
			if k == t.Lemma+"s" && t.Surface == t.Lemma && pluralOwnSense[t.Lemma] {
				continue // "the new substation" is no 新闻, "good" no 商品
			}
			for _, c := range l.Translate(k) {
				if stem != "" && own > 0 && !t.Verb && (k == stem || k == stem+"s") {
					break // "which building" is a 大楼, never 建设
				}
				if !hasChinese(cs, c.Chinese) {
					cs = append(cs, c)
				}
			}
		}
		split := false
		if len(cs) == 0 && strings.Contains(t.Lemma, "-") && !t.Name {
			cs = l.hyphenated(strings.ToLower(t.Surface))
			split = len(cs) > 0
		}
		if next := officialAfter(q, t.Surface); !t.Verb && !t.Name && next != "" && len(l.Translate(t.Lemma+" "+next)) == 0 {
			// "the fire chief", "the housing people": the word names the
			// office the person is of (消防 of "fire department"), where
			// the lexicon has no phrase of the two ("fire dept")
			for _, c := range l.officeOf(t.Lemma) {
				if !hasChinese(cs, c.Chinese) {
					cs = append(cs, c)
				}
			}
		}
		if len(cs) > 0 {
			seen[t.Lemma] = true
			out = append(out, Match{English: t.Lemma, Words: 1, Name: t.Name, Candidates: cs, Split: split})
		}
	}
	for _, n := range q.Names {
		if strings.Contains(n, " ") {
			add(strings.ToLower(n), len(strings.Fields(n)), true)
		}
	}
	return out
}

// hyphenated renders a hyphenated word the lexicon lacks by its parts: as
// the phrase they spell ("building-materials" → "building material", 建材),
// or else by the precise renderings of each part ("fire-damaged").
func (l *Lexicon) hyphenated(w string) []Candidate {
	parts := strings.Split(w, "-")
	if cs := l.Translate(strings.Join(parts, " ")); len(cs) > 0 {
		return cs
	}
	parts[len(parts)-1] = Lemma(parts[len(parts)-1])
	if cs := l.Translate(strings.Join(parts, " ")); len(cs) > 0 {
		return cs
	}
	stop := loadWordLists().stop
	var out []Candidate
	for _, p := range parts {
		if len(p) < 3 || stop[p] {
			return nil // "co-pilot" is no pilot
		}
		for _, c := range l.Translate(Lemma(p)) {
			if c.Senses <= 1 && !hasChinese(out, c.Chinese) {
				out = append(out, c)
			}
		}
	}
	return out
}

// officials are the words (lemmas, and "people" and "folks" as written)
// for a person or body of an office that English puts after the office's
// field: "fire chief", "housing people", "water officials".
var officials = map[string]bool{
	"chief": true, "boss": true, "head": true, "official": true, "officer": true, "guy": true,
	"people": true, "folks": true, "inspector": true, "team": true, "crew": true, "staff": true,
	"dept": true, "department": true, "bureau": true, "authority": true, "agency": true,
	"office": true, "investigator": true, "spokesman": true, "spokesperson": true, "director": true,
}

// officeSuffixes are the words after a field that make it an office.
var officeSuffixes = []string{"department", "bureau", "service", "authority", "agency", "office", "dept"}

// officialAfter returns the word for an official right after the
// question's word surface ("chief" of "fire chief"), or "".
func officialAfter(q Query, surface string) string {
	for i, w := range q.Surfaces {
		if w == surface && i+1 < len(q.Surfaces) && (officials[q.Words[i+1]] || officials[q.Surfaces[i+1]]) {
			return q.Words[i+1]
		}
	}
	return ""
}

// officeOf returns the renderings of the offices of a field ("fire
// department", "fire service" for "fire").
func (l *Lexicon) officeOf(lemma string) []Candidate {
	var out []Candidate
	for _, suf := range officeSuffixes {
		for _, c := range l.Translate(lemma + " " + suf) {
			if !hasChinese(out, c.Chinese) {
				out = append(out, c)
			}
		}
	}
	return out
}

// pluralOwnSense are the words whose plural is a word of its own (news,
// goods, arms, customs): written in the singular, they do not take their
// plural's renderings, as other nouns do (CC-CEDICT glosses 经费 as
// "funds").
var pluralOwnSense = map[string]bool{"new": true, "good": true, "arm": true, "custom": true, "cloth": true,
	"damage": true, "glass": true, "mean": true, "work": true, "paper": true, "saving": true, "quarter": true,
	"premise": true, "remain": true, "proceed": true, "earning": true, "belonging": true, "surrounding": true,
	"spirit": true, "manner": true, "minute": true, "ground": true, "wood": true, "sand": true, "term": true,
	"content": true, "material": true, "letter": true, "right": true}

// Vocabulary is what Expand needs to know of the loaded articles: in how
// many of their sentences a term occurs, and how many sentences there are.
type Vocabulary interface {
	// DocFreq returns the number of sentences that contain term.
	DocFreq(term string) int
	// Docs returns the number of sentences.
	Docs() int
}

var _ Vocabulary = (*SentenceVocabulary)(nil)

// SentenceVocabulary is a Vocabulary over a list of sentences that counts a
// term in a sentence when it occurs there as a substring (Latin terms
// compared without case). Substrings over-count single characters (聘 in
// 聘任); a vocabulary of the index's tokens is more exact.
type SentenceVocabulary struct {
	sentences []string
}

// NewSentenceVocabulary returns a vocabulary over sentences.
func NewSentenceVocabulary(sentences []string) *SentenceVocabulary {
	v := &SentenceVocabulary{sentences: make([]string, len(sentences))}
	for i, s := range sentences {
		v.sentences[i] = strings.ToLower(s)
	}
	return v
}

// DocFreq returns the number of sentences that contain term.
func (v *SentenceVocabulary) DocFreq(term string) int {
	return CountSentences(v.sentences, strings.ToLower(term))
}

// CountSentences is the number of lower-cased sentences that contain the
// lower-cased term as a substring; 0 for an empty term.
func CountSentences(sentences []string, term string) int {
	if term == "" {
		return 0
	}
	n := 0
	for _, s := range sentences {
		if strings.Contains(s, term) {
			n++
		}
	}
	return n
}

// Docs returns the number of sentences.
func (v *SentenceVocabulary) Docs() int { return len(v.sentences) }

// Weighted is a Chinese (or literal Latin) search term for a question, with
// the English it came from and a weight.
type Weighted struct {
	// Term is the Chinese word, or a name or number kept as written.
	Term string
	// English is the question's word, phrase or name it renders.
	English string
	// Weight is higher for rarer terms (IDF over the vocabulary), for
	// precise renderings (fewer senses), for the supplement, and for
	// phrases and literal names.
	Weight float64
	// Literal is true for a name or number searched as written.
	Literal bool
	// Also are the other words and phrases of the question that the term
	// renders too, at a lower weight ("ruling" beside "hand down" → 判决).
	Also []string
	// Loose is true for a word of the articles found for an English word
	// none of whose own renderings occur: through the words whose glosses
	// use it, a shared gloss, a shared morpheme or a Chinese synonym.
	Loose bool
}

// agentSuffixes end a noun for one who does something (演奏员, 小提琴手);
// not 者, whose stems are often words of their own (所有 of 所有者).
const agentSuffixes = "员家手师工"

// maxPivots is the most gloss lookups (Vocabulary.Pivot) one Expand makes.
const maxPivots = 6

// cedictBeside weighs a CC-CEDICT rendering of a word the supplement also
// renders, where one of the supplement's words occurs: the supplement's
// sense is the news sense ("sign" is a 广告牌 before it is a medical 体征).
const cedictBeside = 0.7

// maxPerKey is the most Chinese terms Expand keeps for one English key: a
// topic word the articles use often ("launch" → 发射) is less precise and
// weighs less than rarer renderings, but must stay among them.
const maxPerKey = 4

// maxHeaded is the most compounds of one morpheme Expand takes for a word
// none of whose renderings occur: a morpheme that heads more is too loose
// (人, 者) to stand for the word.
const maxHeaded = 4

// minHeaded is how many of a word's renderings must share a morpheme for it
// to stand for the word.
const minHeaded = 3

// headMorpheme is the character that begins (for a verb: 转 of 转移,
// 转送) or ends (for a noun: 店 of 饭店, 酒店) the most of the renderings of
// two or more characters, when at least minHeaded and a third of them share
// it; 0 otherwise.
func headMorpheme(cs []Candidate, verb bool) rune {
	counts, words := map[rune]int{}, 0
	for _, c := range cs {
		if utf8.RuneCountInString(c.Chinese) < 2 {
			continue
		}
		words++
		r, _ := utf8.DecodeLastRuneInString(c.Chinese)
		if verb {
			r, _ = utf8.DecodeRuneInString(c.Chinese)
		}
		counts[r]++
	}
	var head rune
	best := max(minHeaded, (words+2)/3) - 1
	for _, r := range slices.Sorted(maps.Keys(counts)) {
		if n := counts[r]; n > best {
			head, best = r, n
		}
	}
	return head
}

// Expand turns a question into weighted search terms for the articles of v:
// each lexicon match contributes its candidates that occur in v (at most
// four, best first; a single character only when no longer candidate
// occurs), and each name and number that occurs in v is kept as written.
// Terms are sorted by weight, highest first, each once.
func (l *Lexicon) Expand(q Query, v Vocabulary) []Weighted {
	n := v.Docs()
	if n == 0 {
		return nil
	}
	idf := func(df int) float64 { return math.Log(1 + float64(n)/float64(df)) }
	best := map[string]Weighted{}
	put := func(w Weighted) {
		old, ok := best[w.Term]
		switch {
		case !ok:
			best[w.Term] = w
		case w.Weight > old.Weight:
			w.Also = append(old.Also, old.English)
			best[w.Term] = w
		case w.English != old.English:
			old.Also = append(old.Also, w.English)
			best[w.Term] = old
		}
	}
	for _, s := range append(append([]string(nil), q.Names...), q.Numbers...) {
		if df := v.DocFreq(s); df > 0 {
			put(Weighted{Term: s, English: s, Weight: 1.5 * idf(df), Literal: true})
		}
	}
	var rel *Related
	if rv, ok := v.(interface{ Related() *Related }); ok {
		rel = rv.Related()
	}
	piv, _ := v.(interface{ Pivot(zh string) []string })
	headed, _ := v.(interface {
		Headed(head rune, first bool) []string
	})
	syn, _ := v.(interface{ Synonyms(zh string) []string })
	pivots := 0                // each may scan the table: a few per question
	verbs := map[string]bool{} // a verb's (or an adverb's, an adjective's) renderings are too loose to pivot on
	for _, t := range q.Terms {
		verbs[t.Lemma] = verbs[t.Lemma] || t.Verb
	}
	matched := map[string]bool{}
	matches := l.Lookup(q)
	for _, m := range matches {
		matched[m.English] = true
		if m.Words > 1 && stopPhrase(m.English) {
			for _, w := range strings.Fields(m.English) {
				matched[w] = true // "far" of "so far"
			}
		}
	}
	// a term the lexicon lacks may still have related words in the articles
	for _, t := range q.Terms {
		if !matched[t.Lemma] && !t.Name && !adverbParticle(t.Lemma) && len(rel.Of(t.Lemma)) > 0 {
			// (but a particle alone is no content word: "how far away" is
			// no 去世 of "pass away")
			matches = append(matches, Match{English: t.Lemma, Words: 1})
		}
	}
	for i, m := range matches {
		if m.Split && slices.ContainsFunc(rel.Of(m.English), func(c Candidate) bool { return v.DocFreq(c.Chinese) > 0 }) {
			// "interest-bearing": 有息, whose gloss has it whole, before
			// 利息 of its parts
			matches[i].Candidates = nil
		}
	}
	phrasal := map[string]bool{} // verbs of a phrasal verb the articles render
	for _, m := range matches {
		if m.Words == 1 && phrasal[m.English] {
			continue // "hand down" is 宣判, and its "hand" is not 手
		}
		var ws []Weighted
		topic, topicDF := "", 0 // the supplement's commonest precise rendering
		word := false           // a candidate of two or more characters occurs
		dfs := make([]int, len(m.Candidates))
		curated := false // a rendering of the supplement's occurs
		for i, c := range m.Candidates {
			dfs[i] = v.DocFreq(c.Chinese)
			curated = curated || c.Source == SourceExtra && dfs[i] > 0 && utf8.RuneCountInString(c.Chinese) > 1
		}
		for i, c := range m.Candidates {
			df := dfs[i]
			if df == 0 || word && utf8.RuneCountInString(c.Chinese) == 1 && !slices.ContainsFunc(ws, func(w Weighted) bool { return strings.HasSuffix(w.Term, c.Chinese) }) {
				// (but "bridge": 桥, the head of 大桥, finds 便民桥 too)
				continue
			}
			word = word || utf8.RuneCountInString(c.Chinese) > 1
			w := idf(df) / math.Sqrt(float64(c.Senses))
			if c.Source == SourceExtra {
				w *= 1.2
				if c.Senses == 1 && df > topicDF {
					topic, topicDF = c.Chinese, df
				}
			} else if curated {
				w *= cedictBeside
			}
			w *= float64(m.Words)
			ws = append(ws, Weighted{Term: c.Chinese, English: m.English, Weight: w})
		}
		if !word && m.Words == 1 {
			// none of its own renderings occur: fall back on the words
			// whose glosses use it
			for _, c := range rel.Of(m.English) {
				df := v.DocFreq(c.Chinese)
				if df == 0 || l.blocked[m.English][c.Chinese] {
					continue // (nor one the supplement strikes: "government" is no 华府)
				}
				ws = append(ws, Weighted{Term: c.Chinese, English: m.English, Weight: idf(df) / math.Sqrt(float64(c.Senses)), Loose: true})
				word = true
			}
		}
		if !word && !m.Person && piv != nil && !verbs[m.English] && !strings.HasSuffix(m.English, "ly") && !strings.HasSuffix(m.English, "al") {
			// nor any word whose glosses use it: the articles' words that
			// share a gloss with a precise rendering (乘客 → 旅客)
			for _, c := range m.Candidates {
				if c.Senses > 3 || utf8.RuneCountInString(c.Chinese) < 2 {
					continue
				}
				if pivots == maxPivots {
					break
				}
				pivots++
				for _, p := range piv.Pivot(c.Chinese) {
					if df := v.DocFreq(p); df > 0 {
						ws = append(ws, Weighted{Term: p, English: m.English, Weight: 0.9 * idf(df) / math.Sqrt(float64(c.Senses+1)), Loose: true})
						word = true
					}
				}
			}
		}
		if !word && m.Words == 1 && headed != nil && !particles[m.English] && !strings.HasSuffix(m.English, "ly") {
			// nor a word that shares a gloss: the articles' compounds of
			// the morpheme most of its renderings share (transfer → 转移,
			// 转送, 转诊… → 转至; restaurant → 饭店, 酒店… → 火锅店)
			if head := headMorpheme(m.Candidates, verbs[m.English]); head != 0 {
				if found := headed.Headed(head, verbs[m.English]); len(found) <= maxHeaded {
					for _, f := range found {
						if rel.Glossed(f) || !verbs[m.English] && utf8.RuneCountInString(f) < 3 {
							continue // a word of its own sense (设计 of 计, 危机 of 机), or a noun too short to be more than an abbreviation (农商 of 商)
						}
						if df := v.DocFreq(f); df > 0 {
							ws = append(ws, Weighted{Term: f, English: m.English, Weight: 0.8 * idf(df) / math.Sqrt(float64(len(found))), Loose: true})
							word = true
						}
					}
				}
			}
		}
		if syn != nil && !word && m.Words > 1 && !m.Person {
			// a phrase none of whose renderings occur: their Chinese
			// synonyms that do ("kick out" → 开除 → 罢免)
			for _, c := range m.Candidates {
				if c.Senses > 2 || utf8.RuneCountInString(c.Chinese) < 2 {
					continue
				}
				for _, s := range syn.Synonyms(c.Chinese) {
					if df := v.DocFreq(s); df > 0 && !slices.ContainsFunc(ws, func(w Weighted) bool { return w.Term == s }) {
						ws = append(ws, Weighted{Term: s, English: m.English, Weight: 0.9 * float64(m.Words) * idf(df) / math.Sqrt(float64(c.Senses+1)), Loose: true})
						word = true
					}
				}
			}
		}
		if !word && m.Words == 1 && !verbs[m.English] {
			// nor a compound of the morpheme: the stem of an agent noun
			// whose suffix the article varies (violinist → 小提琴手 →
			// 小提琴; auditor → 审计员 → 审计)
			for _, c := range m.Candidates {
				r := []rune(c.Chinese)
				if c.Senses > 4 || len(r) < 3 || !strings.ContainsRune(agentSuffixes, r[len(r)-1]) {
					continue
				}
				stem := string(r[:len(r)-1])
				if df := v.DocFreq(stem); df > 0 && !slices.ContainsFunc(ws, func(w Weighted) bool { return w.Term == stem }) {
					ws = append(ws, Weighted{Term: stem, English: m.English, Weight: 0.8 * idf(df) / math.Sqrt(float64(c.Senses+1)), Loose: true})
					word = true
				}
			}
		}
		if words := strings.Fields(m.English); (m.Person || len(words) == 2 && roleNoun(words[1]) && !rankWords[words[0]]) && word {
			// "the safety officer" is the 安全员, and "officer" no 公安;
			// "the tour guide" the 导游, and "guide" no 带领 (but the
			// "interim CEO" is still a CEO: 出任首席执行官)
			phrasal[words[1]] = true
		} else if word && len(words) == 2 && adverbParticle(words[1]) {
			// and its particle ("pass away": not 跑 for "away")
			phrasal[words[0]], phrasal[words[1]] = true, true
		} else if word && len(words) == 2 && words[1] == "with" && (verbs[words[0]] || q.afterTo(words[0])) {
			// a verb and its preposition ("to deal with" → 处理): the verb
			// alone is no 特惠 of "a deal"
			phrasal[words[0]] = true
		} else if word && len(words) == 3 && (words[1] == "a" || words[1] == "an") {
			// "half a year", "once a week": a measure of its own, and its
			// words alone are no 下半年 or 岁
			phrasal[words[0]], phrasal[words[2]] = true, true
		} else if word && len(words) == 3 && words[1] == "the" && particles[words[0]] {
			// "in the end", "at the moment": an idiom of its own, and its
			// noun alone is no 末
			phrasal[words[2]] = true
		} else if word && len(words) == 3 && particles[words[1]] && !particles[words[2]] {
			// "walk off the job": the verb, its particle and its object
			// make one idiom (停工), and the object alone is no 岗位
			phrasal[words[0]], phrasal[words[1]], phrasal[words[2]] = true, true, true
		} else if word && len(words) >= 2 && verbs[words[0]] && !particles[words[len(words)-1]] {
			// "make the call", "raise the alarm": the phrase, not its words
			phrasal[words[0]], phrasal[words[len(words)-1]] = true, true
		}
		sort.SliceStable(ws, func(i, j int) bool { return ws[i].Weight > ws[j].Weight })
		if len(ws) > maxPerKey {
			// the supplement's commonest rendering is the article's word
			// for the thing ("gas" → 燃气, in an article about a leak),
			// however rare the other senses it outweighs (漏气, 汽油)
			if k := slices.IndexFunc(ws, func(w Weighted) bool { return w.Term == topic }); k >= maxPerKey {
				ws[maxPerKey-1] = ws[k]
			}
			ws = ws[:maxPerKey]
		}
		for _, w := range ws {
			put(w)
		}
	}
	composeNouns(q, matches, verbs, v, idf, put, best)
	out := make([]Weighted, 0, len(best))
	for _, w := range best {
		out = append(out, w)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Weight != out[j].Weight {
			return out[i].Weight > out[j].Weight
		}
		return out[i].Term < out[j].Term
	})
	return out
}

// composeNouns adds, for two nouns side by side ("kiln roof"), the word
// the articles write for the compound as the first's rendering and the
// last character of a rendering of the second (窑 + 屋顶 → 窑顶), which no
// lexicon lists: a Chinese compound is headed by its last character. Only
// a first noun the articles hold no word of two characters for composes
// (窑, not 村子 of "village"), from renderings of a character or two that
// are precise enough (a character alone has more glosses: 窑 has five),
// and only into characters the articles write between word boundaries
// (Bounded, when the vocabulary can tell: "door check" is no 门核 of
// 上门核对).
func composeNouns(q Query, matches []Match, verbs map[string]bool, v Vocabulary, idf func(int) float64, put func(Weighted), best map[string]Weighted) {
	bv, ok := v.(interface{ Bounded(w string) bool })
	if !ok {
		return
	}
	var byWord map[string][]Candidate
	for i := 0; i+1 < len(q.Words) && i+1 < len(q.Surfaces); i++ {
		a, b := q.Words[i], q.Words[i+1]
		if verbs[a] || verbs[b] || a == b {
			continue
		}
		if byWord == nil {
			byWord = map[string][]Candidate{}
			for _, m := range matches {
				if m.Words == 1 && !m.Person {
					byWord[m.English] = m.Candidates
				}
			}
		}
		if slices.ContainsFunc(byWord[a], func(c Candidate) bool { return utf8.RuneCountInString(c.Chinese) > 1 && v.DocFreq(c.Chinese) > 0 }) {
			continue
		}
		for _, ca := range byWord[a] {
			if n := utf8.RuneCountInString(ca.Chinese); n > 2 || ca.Senses > maxComposeSenses+3*(2-n) || strings.ContainsAny(ca.Chinese, numerals) {
				continue // (nor a count for a noun: "two workers" is no 两人)
			}
			for _, cb := range byWord[b] {
				h, _ := utf8.DecodeLastRuneInString(cb.Chinese)
				if cb.Senses > maxComposeSenses || strings.HasSuffix(ca.Chinese, string(h)) || strings.ContainsRune(notHeads, h) {
					continue // (no grammar for a head: "old man" is no 岁的)
				}
				w := ca.Chinese + string(h)
				if _, ok := best[w]; ok {
					continue
				}
				if df := v.DocFreq(w); df > 0 && bv.Bounded(w) {
					put(Weighted{Term: w, English: a + " " + b, Weight: 2 * idf(df)})
				}
			}
		}
	}
}

// notHeads are characters that head no compound: grammar.
const notHeads = "的地得了着过们之者"

// numerals are the characters of a count, which composeNouns leaves to the
// count's own rules.
const numerals = "一二两三四五六七八九十百千万亿几"

// maxComposeSenses is how loose a rendering of two characters composeNouns
// composes may be.
const maxComposeSenses = 2

// afterTo reports whether lemma follows "to" in q, as an infinitive does
// ("to deal with the nest").
func (q Query) afterTo(lemma string) bool {
	for i := 1; i < len(q.Words) && i < len(q.Surfaces); i++ {
		if q.Words[i] == lemma && q.Surfaces[i-1] == "to" {
			return true
		}
	}
	return false
}

// rankWords qualify a role by rank or tenure, not by kind: an interim or a
// deputy CEO is a CEO still.
var rankWords = map[string]bool{"interim": true, "acting": true, "deputy": true, "vice": true, "former": true, "new": true, "chief": true,
	"senior": true, "assistant": true, "general": true, "executive": true, "co": true, "ex": true, "temporary": true}

// stopPhrase reports whether a phrase opens with a stop word ("so far",
// "at least"): its other words are no words of their own. (Not one that
// closes with one: "deal with the district" may be a deal.)
func stopPhrase(key string) bool {
	ws := strings.Fields(key)
	return len(ws) > 1 && loadWordLists().stop[ws[0]] && !particles[ws[0]]
}

// farMotion are verbs of moving or spreading after which "so far" is a
// distance: "travel so far", "drift so far".
var farMotion = map[string]bool{"travel": true, "drift": true, "spread": true, "fly": true, "float": true, "blow": true, "carry": true,
	"go": true, "reach": true, "move": true, "spill": true, "leak": true, "walk": true, "run": true, "swim": true, "roll": true, "throw": true}
