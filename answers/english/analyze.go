package english

import (
	"maps"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// The kinds of question Analyze tells apart. They match the engine's
// answers.Kind values, so a caller can convert with answers.Kind(q.Kind).
const (
	KindWho     = "who"
	KindWhen    = "when"
	KindWhy     = "why"
	KindWhat    = "what"
	KindHowMany = "how_many"
	KindWhere   = "where"
	KindYesNo   = "yes_no"
	KindOther   = "other"
)

// maxAnalyzed is the most bytes of a question Analyze reads; a question is a
// sentence or two, and the cap bounds the work done on hostile input.
const maxAnalyzed = 4096

// Term is one content word of a question.
type Term struct {
	// Lemma is the lowercased dictionary form ("appoint" for "appointed");
	// for a name it is the lowercased name ("openai").
	Lemma string
	// Surface is the word as written, lowercased ("appointed").
	Surface string
	// Name is true for a one-word name (Altman, OpenAI, CEO), which is also
	// listed in Query.Names.
	Name bool
	// Verb is true when the word was taken as a predicate.
	Verb bool
	// Infinitive is true for a verb after "to" ("hire … to lead"): an
	// event the question mentions, often not the one it asks about.
	Infinitive bool
	// Scene is true for a word of a clause of time or condition ("when it
	// capsized", "after the board met, …"): it sets the scene.
	Scene bool
}

// Query is the analysis of an English question.
type Query struct {
	// Text is the question as given.
	Text string
	// Clean is the text analysed: fillers blanked, idioms worded plainly,
	// thousands separators dropped (Analyze cleans what it is given: "who was behind X" reads "who was responsible for X").
	Clean string
	// Kind is the kind of answer asked for: one of the Kind constants.
	Kind string
	// Place is the kind of place a where-question asks to name ("district"
	// in "which district is the school in"); "" otherwise.
	Place string
	// PlacePhrase is the place noun with the word that qualifies it
	// ("police station" in "which police station did she go to"), as
	// lemmas; "" when Place stands alone.
	PlacePhrase string
	// Dimension is the measure a "how high/far/deep…" question asks for
	// ("height", "distance"), read as "how much height"; "" otherwise.
	Dimension string
	// Terms are the content words in order, without stop words or the
	// interrogative phrase, each once.
	Terms []Term
	// Names are runs of capitalised Latin words and all-caps or mixed-case
	// tokens, kept whole and as written: "Emmett Shear", "OpenAI", "GPT".
	Names []string
	// Predicate are the lemmas of the question's verbs: "leave" in
	// "When did Emmett Shear leave Twitch?".
	Predicate []string
	// Words are the lemmas of all words in order, stop words included, for
	// phrase lookups ("board of director").
	Words []string
	// Surfaces are the lowercased words as written, parallel to Words.
	Surfaces []string
	// Person is true when "which" or "what" asks for a person by a role
	// noun ("which doctor", "what journal editor"): a name, not a body.
	Person bool
	// Numbers are the numerals written in digits, in order ("770").
	Numbers []string
	// Ages are the ages in years the question gives, in digits ("the
	// 42-year-old driver" → 42); they are among the Numbers too.
	Ages []string
	// Year, Month and Day are a date the question mentions ("November 20,
	// 2023", "in 2023"); 0 when absent.
	Year, Month, Day int
	// Negated is true when the question contains a negation: not, n't,
	// never, no, without, nobody, nothing or none.
	Negated bool
	// ObjectRelative is true when the thing asked about is the object of a
	// relative clause: "who is the person that Microsoft hired".
	ObjectRelative bool
}

// LowerNames returns the names lowercased, in order.
func (q Query) LowerNames() []string {
	out := make([]string, len(q.Names))
	for i, n := range q.Names {
		out[i] = strings.ToLower(n)
	}
	return out
}

// Lemmas returns the lemmas of the terms, in order.
func (q Query) Lemmas() []string {
	out := make([]string, len(q.Terms))
	for i, t := range q.Terms {
		out[i] = t.Lemma
	}
	return out
}

// token is one word of a question.
type token struct {
	text    string // as written, with possessive 's removed
	lower   string
	lemma   string
	verbish bool // an inflected verb form (-ed, irregular past)
	capital bool // starts with an upper-case letter
	caps    bool // all capitals (2+ letters) or mixed case inside: GPT, OpenAI, iPhone
	han     bool // a run of Han characters
	number  bool // digits
	start   bool // first word of a sentence
	stop    bool
	// possessive is true for a word written with 's that is no
	// contraction ("the prof's advice", not "what's")
	possessive bool
}

// negators are the words that make a question negative ("how long without
// rain" asks after a sentence that says 没有降水).
var negators = map[string]bool{"not": true, "never": true, "no": true, "without": true, "nobody": true, "nothing": true, "none": true}

// Analyze analyses an English question: its kind, content words, names,
// predicate verbs, numbers and any date it mentions. It never fails; a
// question it cannot read has Kind "other" and no terms. Only the first
// 4096 bytes are read.
func Analyze(q string) Query {
	query := Query{Text: q, Kind: KindOther}
	if len(q) > maxAnalyzed {
		q = q[:maxAnalyzed]
	}
	if ms := yearsOld.FindAllStringSubmatch(q, 4); ms != nil {
		for _, m := range ms {
			query.Ages = append(query.Ages, m[1])
		}
		q = yearsOld.ReplaceAllString(q, "$1") // (its age, 42岁: no "old", 老旧)
	}
	q = stripFillers(q)
	if inDebt.MatchString(q) {
		// "how deep in the hole was he": how much he owed, not a depth
		q = inDebt.ReplaceAllString(q, "how much debt $1")
	}
	if loc := howDimension.FindStringSubmatchIndex(q); loc != nil && !(strings.EqualFold(q[loc[2]:loc[3]], "fast") && askTimeToo.MatchString(q[loc[1]:])) {
		noun := dimensions[strings.ToLower(q[loc[2]:loc[3]])]
		q = q[:loc[0]] + "how much " + noun + q[loc[1]:]
		if noun != "cost" {
			query.Dimension = noun // a measure, not a sum of money
		}
	}
	at := -1
	if loc := howLongThing.FindStringSubmatchIndex(q); loc != nil && lengthPhrase(q[loc[2]:loc[3]]) {
		at = loc[0] // "how long was the gash": a length, not a time
	} else if loc := howLongStretch.FindStringIndex(q); loc != nil {
		at = loc[0] // "how long did the wreck scene stretch"
	}
	if at >= 0 {
		q = q[:at] + "how much" + q[at+len("how long"):]
		query.Dimension = "length"
	}
	if strings.IndexByte(q, ',') >= 0 {
		q = thousands.ReplaceAllStringFunc(q, func(n string) string { return strings.ReplaceAll(n, ",", "") })
	}
	query.Clean = q
	toks := tokenize(q)
	if len(toks) == 0 {
		return query
	}
	// a leading clause of time or condition ("after X said Y, who …") sets
	// the scene: its verbs are not the question's predicate and its
	// negation is not the question's
	scene := 0
	if m := leadingClause.FindStringSubmatchIndex(q); m != nil {
		scene = len(tokenize(q[:m[3]]))
	}
	shouting := isShouting(toks)
	w := loadWordLists()
	for i := range toks {
		t := &toks[i]
		if shouting {
			t.capital, t.caps = false, false
		}
		t.stop = w.stop[t.lower]
		switch {
		case t.han, t.number:
			t.lemma = t.lower
		case t.caps:
			t.lemma = t.lower
		default:
			t.lemma, t.verbish = lemma(t.lower)
		}
		if negators[t.lower] && i >= scene {
			query.Negated = true
		}
		query.Words = append(query.Words, t.lemma)
		query.Surfaces = append(query.Surfaces, t.lower)
	}
	// "got fired", "get evacuated": get is the passive's auxiliary
	for i := 0; i+1 < len(toks); i++ {
		if toks[i].lemma == "get" && toks[i+1].verbish && strings.HasSuffix(toks[i+1].lower, "ed") {
			toks[i].stop = true
		}
	}

	kind, consumed := kindOf(toks, scene)
	query.Kind = kind
	if kind == KindWhere {
		query.Place, query.PlacePhrase = placeAsked(toks, scene)
	}
	if kind == KindWho {
		query.Person = personAsked(toks, scene)
	}
	dateOf(toks, &query, consumed)
	nameAt := names(toks, &query, consumed)

	target := targetRelative(toks, scene)
	if target >= 0 && target+2 < len(toks) && !toks[target+1].stop && !toks[target+1].verbish {
		for k := target + 2; k < len(toks) && k <= target+3; k++ {
			if toks[k].verbish {
				query.ObjectRelative = true // "the person that Microsoft hired"
			}
		}
	}
	inScene := trailingScene(toks, scene, target)
	seen := map[string]bool{}
	for i, t := range toks {
		if consumed[i] || t.stop && !t.caps {
			continue
		}
		if t.number {
			query.Numbers = append(query.Numbers, t.text)
			continue
		}
		if n, ok := nameAt[i]; ok && n > 1 {
			continue // part of a multi-word name: "Emmett Shear"
		}
		_, single := nameAt[i]
		verb := !single && !t.han && isPredicate(toks, i)
		if verb && wrapper(toks, i) {
			continue
		}
		// a verb in a clause of time ("before joining OpenAI") sets the
		// scene; it is not what the question asks about
		if verb && i >= scene && !inScene[i] && !subordinate(toks, i, target) && !seenIn(query.Predicate, t.lemma) {
			query.Predicate = append(query.Predicate, t.lemma)
		}
		if seen[t.lemma] {
			continue
		}
		seen[t.lemma] = true
		infinitive := verb && i > 1 && toks[i-1].lower == "to"
		query.Terms = append(query.Terms, Term{Lemma: t.lemma, Surface: t.lower, Name: single, Verb: verb, Infinitive: infinitive, Scene: i < scene || inScene[i]})
	}
	return query
}

// targetRelative returns the index of a relative pronoun that qualifies
// the very thing asked about ("who is the person that …", "what is the name
// of the company that hired …"): its clause is the question, not its scene.
// It returns -1 when there is none.
func targetRelative(toks []token, from int) int {
	first := from
	for first < len(toks) && leadIns[toks[first].lower] {
		first++
	}
	if first+2 >= len(toks) || !beForms[toks[first+1].lower] {
		return -1
	}
	switch toks[first].lower {
	case "who", "what", "which":
	default:
		return -1
	}
	for k := first + 2; k < len(toks) && k <= first+7; k++ {
		if relatives[toks[k].lower] {
			return k
		}
		if toks[k].verbish || toks[k].stop && !determiners[toks[k].lower] || progressive(toks[k]) && !determiners[toks[k-1].lower] {
			return -1 // "responsible for the coup that …", "driving the bus that …" qualify the coup, the bus
		}
	}
	return -1
}

// progressive reports whether a word is a verb's -ing form ("driving"; "the
// ticketing person" is a determiner's noun).
func progressive(t token) bool {
	return strings.HasSuffix(t.lower, "ing") && t.lemma != t.lower
}

// questionAux resume the main clause after a clause of time ("how soon
// after getting sacked did he post").
var questionAux = map[string]bool{"did": true, "does": true, "do": true}

// trailingScene marks the words of clauses of time or condition after the
// question's start ("… when it capsized", "… after he was fired"): they set
// the scene of what is asked.
func trailingScene(toks []token, from, target int) map[int]bool {
	var out map[int]bool
	in := false
	first := from
	for first < len(toks) && leadIns[toks[first].lower] {
		first++
	}
	for i := first + 1; i < len(toks); i++ {
		t := toks[i]
		switch {
		case subordinators[t.lower] && t.lower != "if":
			in = true
		case relatives[t.lower] && i != target && i > first+1 && nounBefore(toks, i):
			in = true // "the coup that ousted him"
		case in && questionAux[t.lower]:
			in = false
		case in:
			if out == nil {
				out = map[int]bool{}
			}
			out[i] = true
		}
	}
	return out
}

// subordinators open a clause of time or condition.
var subordinators = map[string]bool{"before": true, "after": true, "since": true, "until": true, "while": true, "when": true, "once": true, "if": true, "unless": true}

// reporting are the plain verbs of saying and thinking, whose clause is
// what was said. Verbs that are news themselves (warn, admit, deny) keep
// their clause's verbs: "who warned that pilots were tired" is answered by
// a sentence about the tiredness, however the warning is worded.
var reporting = map[string]bool{"say": true, "tell": true, "claim": true, "state": true, "think": true,
	"believe": true, "suggest": true}

// relatives open a relative clause after a noun.
var relatives = map[string]bool{"that": true, "which": true, "who": true}

// nounBefore reports whether the word before toks[k] can be the noun a
// relative clause describes: not a function word, not a verb ("the coup
// that", but "warned that" opens what was warned).
func nounBefore(toks []token, k int) bool {
	p := toks[k-1]
	return !p.stop && !relatives[p.lower] && !p.verbish && !loadWordLists().verbs[p.lemma]
}

// subordinate reports whether word i follows a subordinator within two
// words ("before joining", "after the board fired"), the question word
// "when" at the start aside.
func subordinate(toks []token, i, target int) bool {
	// what someone said ("which professor said rural banks are run by one
	// boss"): the saying is the event, its content only describes it
	for k := i - 1; k > target && k >= i-6; k-- {
		if reporting[toks[k].lemma] && isPredicate(toks, k) {
			return true
		}
	}
	for k := i - 1; k >= 1 && k >= i-6; k-- {
		if toks[k].lower == "that" && toks[k-1].lower == "now" {
			return true // "who's supplying them now that the old supplier got suspended"
		}
	}
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if subordinators[toks[k].lower] && k > 0 {
			return true
		}
		// a relative clause right after a noun ("the coup that ousted
		// him") describes the noun
		if relatives[toks[k].lower] && k != target && k > 1 && k >= i-2 && nounBefore(toks, k) {
			return true
		}
	}
	return false
}

// tokenize splits q into words: runs of Latin letters, digits, apostrophes
// and inner hyphens, and runs of Han characters. "didn't" gives "did" and
// "not"; a possessive 's is dropped. Invalid UTF-8 separates words.
func tokenize(q string) []token {
	var toks []token
	start := true
	i := 0
	for i < len(q) {
		r, size := utf8.DecodeRuneInString(q[i:])
		switch {
		case r == utf8.RuneError && size <= 1:
			i++
		case unicode.Is(unicode.Han, r):
			j := i + size
			for j < len(q) {
				r2, s2 := utf8.DecodeRuneInString(q[j:])
				if !unicode.Is(unicode.Han, r2) {
					break
				}
				j += s2
			}
			toks = append(toks, token{text: q[i:j], lower: q[i:j], han: true, start: start})
			start = false
			i = j
		case isWordRune(r):
			j := i + size
			for j < len(q) {
				r2, s2 := utf8.DecodeRuneInString(q[j:])
				if !isWordRune(r2) && !(isJoiner(r2) && j+s2 < len(q) && startsWord(q[j+s2:])) {
					break
				}
				j += s2
			}
			w := q[i:j]
			if k := strings.IndexByte(w, '-'); k > 0 && splitPrefixes[strings.ToLower(w[:k])] && k+1 < len(w) {
				// "ex-chairman": the title, and that it was held before
				toks = appendWord(toks, w[:k], start)
				toks = appendWord(toks, w[k+1:], false)
			} else {
				toks = appendWord(toks, w, start)
			}
			start = false
			i = j
		default:
			if r == '.' || r == '?' || r == '!' || r == '。' || r == '？' || r == '！' || r == ';' {
				start = true
			}
			i += size
		}
	}
	return toks
}

// splitPrefixes are prefixes that a hyphen joins to a title whose rendering
// the lexicon keeps under the title alone: ex-chairman, vice-mayor.
var splitPrefixes = map[string]bool{"ex": true, "vice": true}

func isWordRune(r rune) bool {
	return r < 0x2E80 && (unicode.IsLetter(r) || unicode.IsDigit(r))
}

// isJoiner reports whether r may join two parts of one word: don't, co-founder.
func isJoiner(r rune) bool { return r == '\'' || r == '’' || r == '-' }

func startsWord(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return isWordRune(r)
}

// bareContractions are contractions as chat writes them, without the
// apostrophe, and what they stand for. "wont", "cant" and "its", which are
// words of their own, are left alone.
var bareContractions = map[string]string{
	"whats": "what", "whos": "who", "wheres": "where", "whens": "when", "hows": "how", "whys": "why",
	"didnt": "did not", "doesnt": "does not", "dont": "do not", "isnt": "is not", "wasnt": "was not",
	"werent": "were not", "arent": "are not", "couldnt": "could not", "wouldnt": "would not",
	"shouldnt": "should not", "hasnt": "has not", "havent": "have not", "hadnt": "had not",
}

// appendWord appends the word w, splitting contractions and dropping a
// possessive 's.
func appendWord(toks []token, w string, start bool) []token {
	w = strings.ReplaceAll(w, "’", "'")
	lower := strings.ToLower(w)
	var extra string
	if full, ok := bareContractions[lower]; ok {
		// chat spelling without the apostrophe: "whats", "didnt"
		base, not, _ := strings.Cut(full, " ")
		w, lower, extra = w[:min(len(base), len(w))], base, not
	}
	// "the prof's": a possessive, not the "is" of "what's"
	possessive := strings.HasSuffix(lower, "'s") && !contracted[lower[:len(lower)-2]]
	switch {
	case extra != "": // a bare contraction, split above
	case strings.HasSuffix(lower, "n't"):
		base := lower[:len(lower)-3]
		switch base {
		case "ca":
			base = "can"
		case "wo":
			base = "will"
		case "sha":
			base = "shall"
		}
		w, lower, extra = w[:len(base)], base, "not"
		if lower == "can" || lower == "will" || lower == "shall" {
			w = lower
		}
	case strings.HasSuffix(lower, "'s"), strings.HasSuffix(lower, "'re"),
		strings.HasSuffix(lower, "'ve"), strings.HasSuffix(lower, "'ll"),
		strings.HasSuffix(lower, "'d"), strings.HasSuffix(lower, "'m"):
		k := strings.LastIndexByte(lower, '\'')
		w, lower = w[:k], lower[:k]
	case strings.HasSuffix(lower, "'"):
		w, lower = w[:len(w)-1], lower[:len(lower)-1] // plural possessive
	}
	if lower == "" {
		return toks
	}
	t := wordToken(w, lower, start)
	t.possessive = possessive
	toks = append(toks, t)
	if extra != "" {
		toks = append(toks, wordToken(extra, extra, false))
	}
	return toks
}

// contracted are the words whose 's is a contraction of "is", "has" or
// "us", not a possessive: "what's", "it's", "let's".
var contracted = map[string]bool{"what": true, "who": true, "where": true, "when": true, "why": true, "how": true,
	"it": true, "that": true, "there": true, "here": true, "he": true, "she": true, "let": true, "this": true,
	"which": true, "everyone": true, "everybody": true, "nobody": true, "someone": true, "somebody": true}

func wordToken(w, lower string, start bool) token {
	if pluralAcronym(w) {
		w, lower = w[:len(w)-1], lower[:len(lower)-1] // "IDs", "CEOs": the acronym
	}
	t := token{text: w, lower: lower, start: start, number: isDigits(w)}
	if t.number {
		return t
	}
	first, _ := utf8.DecodeRuneInString(w)
	t.capital = unicode.IsUpper(first)
	upper, letters := 0, 0
	inner := false
	for i, r := range w {
		if unicode.IsLetter(r) {
			letters++
			if unicode.IsUpper(r) {
				upper++
				if i > 0 {
					inner = true
				}
			}
		}
	}
	t.caps = letters >= 2 && (upper == letters || inner)
	return t
}

// pluralAcronym reports whether w is an acronym of two or more capitals
// with a plural's lowercase s: "IDs", "CEOs".
func pluralAcronym(w string) bool {
	if len(w) < 3 || w[len(w)-1] != 's' {
		return false
	}
	for i := 0; i < len(w)-1; i++ {
		if w[i] < 'A' || w[i] > 'Z' {
			return false
		}
	}
	return true
}

func isDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// isShouting reports whether most words are in capitals, in which case
// capitals say nothing about names.
func isShouting(toks []token) bool {
	words, caps := 0, 0
	for _, t := range toks {
		if t.han || t.number {
			continue
		}
		words++
		if t.caps && strings.ToUpper(t.text) == t.text {
			caps++
		}
	}
	return words >= 3 && caps*3 > words*2
}

// addressWords are the forms of address written before a name (Ms. Tan):
// capitalised, yet no part of the name, and read as the words they are. A
// title (Professor Lin) stays with the name: the article may write it too
// (教授林嘉禾).
var addressWords = map[string]bool{"mr": true, "mrs": true, "ms": true, "miss": true, "mister": true, "madam": true}

// names finds the names of the question outside the consumed tokens,
// appends them to q.Names and returns, for each token that is part of a name, the name's length in words.
func names(toks []token, q *Query, consumed map[int]bool) map[int]int {
	at := map[int]int{}
	w := loadWordLists()
	isNameWord := func(i int) bool {
		t := toks[i]
		return !consumed[i] && !t.han && !t.number && (t.caps || t.capital && !w.stop[t.lower] && !addressWords[t.lower])
	}
	for i := 0; i < len(toks); {
		if !isNameWord(i) {
			i++
			continue
		}
		j := i + 1
		for j < len(toks) && isNameWord(j) && !toks[j].start {
			j++
		}
		// A lone capitalised word opening a sentence may be capitalised only
		// for that: a word of the verb list or the lexicon ("Less than two
		// hours …", "Why …") is no name; another stays a name and a term.
		if j == i+1 && toks[i].start && !toks[i].caps && commonWord(toks[i].lower) {
			i = j
			continue
		}
		parts := make([]string, 0, j-i)
		for k := i; k < j; k++ {
			parts = append(parts, toks[k].text)
			at[k] = j - i
		}
		name := strings.Join(parts, " ")
		if !seenIn(q.Names, name) {
			q.Names = append(q.Names, name)
		}
		i = j
	}
	return at
}

// commonWord reports whether w (lower-cased) is an English word of the
// verb list or the lexicon rather than a name.
func commonWord(w string) bool {
	if loadWordLists().verbs[Lemma(w)] {
		return true
	}
	l, err := LoadLexicon()
	return err == nil && len(l.Translate(Lemma(w))) > 0 && len(w) > 2
}

func seenIn(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// determiners precede nouns: a listed verb after one of them is a noun
// ("the fire", "his return").
var determiners = map[string]bool{
	"a": true, "an": true, "the": true, "this": true, "that": true, "these": true,
	"those": true, "his": true, "her": true, "its": true, "their": true, "our": true,
	"my": true, "your": true, "some": true, "any": true, "no": true, "every": true,
	"each": true, "of": true,
}

// isPredicate reports whether toks[i] is a verb of the question: an inflected
// verb form, or a listed base verb, not right after a determiner, and not a
// form of be, have or do.
func isPredicate(toks []token, i int) bool {
	t := toks[i]
	if t.stop || t.caps || t.number {
		return false
	}
	switch t.lemma {
	case "be", "have", "do":
		return false
	}
	if i > 0 && determiners[toks[i-1].lower] && !(toks[i-1].lower == "that" && t.verbish) {
		return false // "the fire", but "that hired"
	}
	if i > 0 && toks[i-1].possessive && !t.verbish && t.lemma != "name" {
		// "the testing company's report": a noun after its owner (but
		// "her husband's name" is read by the name asked for, whose
		// word the articles never hold)
		return false
	}
	if t.verbish {
		return true
	}
	if i > 0 && nounPrepositions[toks[i-1].lower] && t.lower == t.lemma {
		return false // "called 119 for help": a noun after a preposition
	}
	if i > 0 && strings.HasSuffix(t.lower, "ing") && t.lemma != t.lower && beForms[toks[i-1].lower] {
		return true // progressive: "who is bankrolling"
	}
	if afterSubject(toks, i) && !adverbial(t) {
		return true // "how much did he blow": what follows an auxiliary and its subject
	}
	if afterWhSubject(toks, i) {
		return true // "what set the whole thing off": the interrogative is its subject
	}
	return loadWordLists().verbs[t.lemma]
}

// afterSubject reports whether toks[i] follows an auxiliary and a subject
// pronoun, with at most one adverb between ("did they finally get").
func afterSubject(toks []token, i int) bool {
	if i > 2 && adverbial(toks[i-1]) {
		i--
	}
	return i > 1 && subjectPronouns[toks[i-1].lower] && auxiliaries[toks[i-2].lower]
}

// knowers are the subjects of "do we know who…", "does anyone know when…".
var knowers = map[string]bool{"we": true, "you": true, "u": true, "anyone": true, "anybody": true, "they": true}

// afterWhSubject reports whether toks[i] stands between "what" or "who"
// (and at most one adverb) and a determiner: the verb whose subject the
// interrogative is ("what set the fire off", "who hit the dog").
func afterWhSubject(toks []token, i int) bool {
	k := i - 1
	if k > 0 && adverbial(toks[k]) {
		k--
	}
	if k < 0 || toks[k].lower != "what" && toks[k].lower != "who" || i+1 >= len(toks) {
		return false
	}
	if k > 0 && !toks[k].start && toks[k-1].lower != "so" && toks[k-1].lower != "and" {
		return false // the interrogative opens the question ("so what set…"), not a clause of it
	}
	return determiners[toks[i+1].lower] && toks[i+1].lower != "of" && !toks[i].verbish
}

// adverbial reports whether a word is an adverb that may stand between a
// subject and its verb ("finally", "just", "even").
func adverbial(t token) bool {
	return strings.HasSuffix(t.lower, "ly") || midAdverbs[t.lower]
}

// midAdverbs are adverbs without -ly that stand before a verb.
var midAdverbs = map[string]bool{"just": true, "even": true, "ever": true, "still": true, "also": true, "first": true,
	"already": true, "never": true, "always": true, "only": true, "then": true, "soon": true, "once": true}

// subjectPronouns are the pronouns that may stand as a clause's subject.
var subjectPronouns = map[string]bool{"i": true, "you": true, "he": true, "she": true, "we": true, "they": true}

// beForms are the forms of be that make a progressive with -ing.
var beForms = map[string]bool{"is": true, "are": true, "was": true, "were": true, "be": true, "been": true, "am": true}

// auxiliaries open a yes/no question.
var auxiliaries = map[string]bool{
	"did": true, "does": true, "do": true, "is": true, "are": true, "was": true,
	"were": true, "has": true, "have": true, "had": true, "can": true, "could": true,
	"will": true, "would": true, "should": true, "shall": true, "may": true,
	"might": true, "must": true, "am": true,
}

// leadIns may precede the interrogative: "So, who ...", "And why ...".
var leadIns = map[string]bool{
	"so": true, "and": true, "but": true, "ok": true, "okay": true, "well": true,
	"hey": true, "then": true, "also": true, "now": true, "hi": true, "bot": true,
}

// roleNouns name people by their role: "which editor" asks who.
var roleNouns = map[string]bool{
	"editor": true, "official": true, "judge": true, "engineer": true, "expert": true,
	"scientist": true, "researcher": true, "lawyer": true, "attorney": true, "doctor": true,
	"executive": true, "director": true, "manager": true, "leader": true, "minister": true,
	"founder": true, "cofounder": true, "co-founder": true, "investor": true, "member": true,
	"spokesperson": true, "spokesman": true, "spokeswoman": true, "player": true, "coach": true,
	"professor": true, "student": true, "employee": true, "worker": true, "analyst": true,
	"reporter": true, "journalist": true, "officer": true, "chairman": true, "chair": true,
	"president": true, "ceo": true, "boss": true, "chief": true, "head": true, "staffer": true,
	"whistleblower": true, "victim": true, "witness": true, "passenger": true, "pilot": true,
	"captain": true, "driver": true, "nurse": true, "teacher": true, "mayor": true,
	"governor": true, "senator": true, "politician": true, "prosecutor": true, "police": true,
	"policeman": true, "detective": true, "author": true, "writer": true, "founder's": true,
	"partner": true, "shareholder": true, "billionaire": true, "entrepreneur": true,
	"academic": true, "postdoc": true, "candidate": true, "suspect": true, "plaintiff": true,
	"defendant": true, "referee": true, "athlete": true, "runner": true, "rescuer": true,
	"firefighter": true, "commander": true, "general": true, "secretary": true, "adviser": true,
	"advisor": true, "consultant": true, "inspector": true, "auditor": true, "regulator": true,
	"cop": true, "rep": true, "representative": true, "doc": true, "guard": true, "chef": true,
	"cook": true, "homeowner": true, "resident": true, "villager": true, "guest": true,
	"guy": true, "lady": true, "dude": true, "local": true, "principal": true, "headmaster": true,
	"dean": true, "owner": true, "landlord": true, "shopkeeper": true, "clerk": true, "cashier": true,
	"waiter": true, "waitress": true, "janitor": true, "cleaner": true, "technician": true, "mechanic": true,
	"electrician": true, "farmer": true, "fisherman": true, "miner": true, "streamer": true, "influencer": true,
	"blogger": true, "neighbor": true, "neighbour": true, "admin": true, "administrator": true, "exec": true,
	"prof": true, "trainer": true, "instructor": true, "lecturer": true, "tutor": true, "counselor": true,
	"counsellor": true, "supervisor": true, "foreman": true, "organizer": true,
	"organiser": true, "coordinator": true, "volunteer": true, "activist": true, "lawmaker": true,
	"legislator": true, "councillor": true, "councilor": true, "chairwoman": true, "chairperson": true,
	"accountant": true, "banker": true, "teller": true, "courier": true, "trucker": true, "cabbie": true,
	"dispatcher": true, "umpire": true, "examiner": true, "surgeon": true, "dentist": true, "vet": true,
	"pharmacist": true, "physician": true, "paramedic": true, "medic": true, "anesthetist": true,
	"anaesthetist": true, "lifeguard": true, "ranger": true, "conductor": true, "musician": true,
	"violinist": true, "singer": true, "curator": true, "librarian": true, "caregiver": true, "carer": true,
	"nanny": true, "caretaker": true, "mediator": true, "negotiator": true, "broker": true,
	"realtor": true, "landlady": true, "plumber": true, "welder": true, "ringleader": true, "mastermind": true,
	"accomplice": true, "fraudster": true, "scammer": true, "thief": true, "robber": true, "hacker": true,
	"culprit": true, "perpetrator": true, "attacker": true, "assailant": true, "salesman": true,
	"saleswoman": true, "salesperson": true, "vendor": true, "seller": true, "dealer": true, "agent": true,
	"keeper": true, "zookeeper": true, "handler": true, "guide": true, "bodyguard": true,
	"ref": true, "cto": true, "cfo": true, "coo": true, "dancer": true, "performer": true, "actor": true,
	"actress": true, "artist": true,
}

// kinNouns are nouns for people by who they are to others or what befell
// them, which roleNouns (people by what they do) lack.
var kinNouns = map[string]bool{
	"people": true, "person": true, "man": true, "woman": true, "boy": true, "girl": true, "kid": true,
	"child": true, "baby": true, "teen": true, "teenager": true, "wife": true, "husband": true, "son": true,
	"daughter": true, "mother": true, "father": true, "mom": true, "dad": true, "brother": true, "sister": true,
	"grandmother": true, "grandfather": true, "grandma": true, "grandpa": true, "uncle": true, "aunt": true,
	"granddaughter": true, "grandson": true, "grandchild": true, "grandkid": true, "niece": true, "nephew": true,
	"parent": true, "sibling": true, "spouse": true, "fiance": true, "fiancee": true, "stepson": true,
	"stepdaughter": true, "toddler": true, "infant": true, "newborn": true, "retiree": true, "pensioner": true,
	"cousin": true, "friend": true, "girlfriend": true, "boyfriend": true, "bride": true, "groom": true,
	"tenant": true, "patient": true, "tourist": true, "customer": true, "buyer": true, "fan": true,
	"survivor": true, "casualty": true, "dead": true, "deceased": true, "individual": true, "fella": true,
	"visitor": true, "user": true, "rider": true, "commuter": true, "traveler": true, "traveller": true,
	"hiker": true, "swimmer": true, "diner": true, "shopper": true, "pedestrian": true, "cyclist": true,
	"motorist": true, "caller": true, "onlooker": true, "bystander": true, "mum": true, "aunty": true,
	"auntie": true,
}

// PersonNoun reports whether the lemma names a person: by role ("the
// driver") or otherwise ("the boy", "his wife").
func PersonNoun(lemma string) bool { return roleNoun(lemma) || kinNouns[lemma] }

// roleNoun reports whether the lemma names a person by role: one of
// roleNouns, or an agent noun ("investigator", "contractor", "beekeeper")
// whose precise renderings are words for people (调查人员, 承包人, 养蜂人).
func roleNoun(lemma string) bool {
	if roleNouns[lemma] {
		return true
	}
	if kinNouns[lemma] || !agentEnding.MatchString(lemma) || loadWordLists().stop[lemma] {
		return false // (a patient is one by what befell them)
	}
	lx, err := LoadLexicon()
	if err != nil {
		return false
	}
	// the most precise renderings: those of the fewest senses ("营养师"
	// is a nutritionist or a dietitian, and no rendering is closer)
	cs, fewest := lx.Translate(lemma), 0
	for _, c := range cs {
		if fewest == 0 || c.Senses < fewest {
			fewest = c.Senses
		}
	}
	people, precise := 0, 0
	for _, c := range cs {
		if c.Senses > fewest {
			continue
		}
		precise++
		if r, _ := utf8.DecodeLastRuneInString(c.Chinese); strings.ContainsRune(personChars, r) {
			people++
		}
	}
	return precise > 0 && 2*people > precise
}

// agentEnding matches the endings of English nouns for doers.
var agentEnding = regexp.MustCompile(`(?:er|or|ist|ian|ant|ent)$`)

// personChars end Chinese words for people by role (调查员, 律师, 承包人,
// 研究者, 检察官, 蜂农); not 商 or 家, which end firms' words too (供应商,
// 厂家).
const personChars = "人者员师官农户匠警"

// scene-setting clauses before the question proper: "after the board
// fired him, who …"; the submatch is the clause.
var leadingClause = regexp.MustCompile(`(?i)^\W*(?:(?:so|and|but|ok|okay|well|now)\W+)?((?:[\w']+\s+){0,4}?(?:after|when|once|since|before|now that|following|given that|if|while)\b[^,?;]*),\s*(?:(?:so|then|and)\s+)?(?:who|whom|whose|what|which|when|why|where|how)\b`)

// fillers are chat and discourse phrases that say nothing of the event:
// "according to the piece", "in the first place", "does the author think".
var fillers = regexp.MustCompile(`(?i)\baccording to (?:the|this|that|your) (?:piece|article|report|story|text|post|writer|author|news|reporting)\b|\baccording to\b|\b(?:in|from|per) (?:the|this|that) (?:piece|article|story|text|post)\b|\bin the first place\b|\bfor a living\b|\bthe (?:name|names|identity) of\b|\b(?:the|this) (?:author|writer|article|piece|story) (?:thinks?|says?|said|expects?|believes?|reckons?|suggests?|claims?|argues?|feels?)\b|\b(?:lol|lmao|haha|tbh|imo|imho|btw|pls|plz|idk|ngl|tho|rn|smh|omg|wdym|lmk|ikr|bruh|tbf|iirc|afaik)\b|\b(?:are|r) we (?:talking|looking at)(?: about)?\b|\bat (?:its|the|their) (?:worst|peak|height)(?: point)?\b|\bat the worst\b|\b(?:look|looks|looked|looking)\s+like\s*(?:\?|$)|\beven\s+bother(?:ed)?(?:\s+to)?\b|\bgoing forward\b|\bto (?:begin|start) with\b|\bfor starters\b|\bof all (?:places|people|things|times|days|the places)\b|\b(?:when|while) (?:this|that|it|all this|all that|this stuff|that stuff) (?:was going on|was happening|happened|went down|took place)\b`)

// leadMarker is a word of talk that opens a question before its
// interrogative: "wait why…", "hmm, who…", "hold on, did…".
var leadMarker = regexp.MustCompile(`(?i)^(\s*(?:wait|hold on|hmm+|um+|uh+)[\s,.!:-]+)(?:(?:so|but|then)\s+)?(?:who|whom|whose|what|when|where|why|which|how|did|does|do|is|was|were|are|can|could|has|have|had)\b`)

// thousands is a number written with thousands separators: 21,600.
var thousands = regexp.MustCompile(`\b\d{1,3}(?:,\d{3})+\b`)

// whyAsk asks why.
var whyAsk = regexp.MustCompile(`(?i)\bwhy\b|\bhow come\b`)

// singleStress is "single" stressing the word beside it: "every single
// piece", "the single biggest loss", "the biggest single refund". It
// counts nothing; "a single day" (一天, 单日) is left to the lexicon.
var singleStress = regexp.MustCompile(`(?i)\b(every) single\b|\bsingle (biggest|largest|highest|greatest|worst|best|most)\b|\b(biggest|largest|highest|greatest|worst|best|most) single\b`)

// rightTag is the "right?" a speaker seeks agreement with: "they had
// extinguishers right?".
var rightTag = regexp.MustCompile(`(?i),?\s*\bright\s*\?`)

// personWentDown is a person going down: collapsing ("what time did the
// guy go down"), not prices or a plane.
var personWentDown = regexp.MustCompile(`(?i)\b(he|she|guy|man|woman|runner|player|kid|boy|girl|child|worker|driver|patient|student|passenger|person|someone|lady|grandpa|grandma|old man)\s+(?:go|goes|went|gone|going)\s+down\b`)

// wentDown is "go down" said of an event: "when did all this go down".
var wentDown = regexp.MustCompile(`(?i)\b(this|that|it|all this|all that|everything|all of this|the whole thing|stuff)\s+(?:go|goes|went|gone|going)\s+down\b`)

// endUp is "end up doing" or "end up done": what was done ("how big a
// fine did they end up getting" asks what they got, not a sentence with
// 最后; "how many ended up hospitalized" who were).
var endUp = regexp.MustCompile(`(?i)\b(?:end|ends|ended|ending)\s+up\s+((?:\w+ly\s+)?\w+(?:ing|ed))\b`)

// whereAsk asks where.
var whereAsk = regexp.MustCompile(`(?i)\bwhere\b`)

// howAuxAsk opens a question with "how" and an auxiliary: "how did",
// "so how could".
var howAuxAsk = regexp.MustCompile(`(?i)^\W*(?:(?:so|and|but|ok|well)\W+)?(how)\s+(?:did|does|do|could|can|would|was|were|is|are|has|have|had)\b`)

// catchRide is "catch" a bus, train or flight: to take it.
var catchRide = regexp.MustCompile(`(?i)\b(?:catch|catches|catching|caught)\s+((?:the|a|an|their|his|her|my|our|your|that|this)\s+(?:\w+\s+)?(?:bus|buses|train|flight|plane|ferry|boat|subway|metro|cab|taxi|shuttle)\b)`)

// firstPlace is "in the first place".
var firstPlace = regexp.MustCompile(`(?i)\bin the first place\b`)

// endUpIn is "end up in (at, on) somewhere": to be there.
var endUpIn = regexp.MustCompile(`(?i)\b(?:end|ends|ended|ending)\s+up\s+(in|at|on)\b`)

// yearsOld is an age in years ("52 year old", "a 9-year-old", chat's "the
// 17 yo", "17y/o"): Chinese writes it 52岁, with no 年 for the "year".
var yearsOld = regexp.MustCompile(`(?i)\b(\d+)[\s-]*(?:(?:years?|yrs?)[\s-]*old\b|y/?o\b|y\.o\.)`)

// beBehind is "who was behind X": the one responsible for it.
var beBehind = regexp.MustCompile(`(?i)\b(is|was|were|are|be|been)\s+((?:\w+ly\s+)?)behind\b`)

// backToCheck is a going back to check something again: "go back and
// check", "come back to inspect".
var backToCheck = regexp.MustCompile(`(?i)\b(?:go|goes|going|went|gone|come|comes|coming|came) back (?:and|to) (check|inspect|test|examine)\b`)

// startAgain is "start running again": to resume it.
var startAgain = regexp.MustCompile(`(?i)\b(?:start|starts|started|starting|begin|began|begins)\s+(\w+ing)\s+again\b`)

// nearWhich is "near which (intersection)": the place asked for, which
// the article names without saying 附近 ("交叉口以北约200米处").
var nearWhich = regexp.MustCompile(`(?i)\b(?:near|close\s+to|next\s+to|by)\s+(which|what)\b`)

// stopHappening is "stop this (from) happening": a purpose that names no
// thing or act of its own.
var stopHappening = regexp.MustCompile(`(?i)\b(?:stop|stops|stopped|stopping|keep|keeps|kept)\s+(?:this|that|it|such\s+\w+|(?:a|another|the)\s+\w+)\s+(?:from\s+)?happening(?:\s+again)?\b`)

// inDebt asks how far in debt someone was: "how deep in the hole was he",
// "how deep in debt".
var inDebt = regexp.MustCompile(`(?i)\bhow\s+(?:deep|far)\s+in(?:to)?\s+(?:the\s+hole|debt|the\s+red)\s+(was|were|is|are|did)\b`)

// howDimension is "how high", "how far": a measure, asked as "how much
// height" so that the measure is a term of the question.
var howDimension = regexp.MustCompile(`(?i)\bhow\s+(high|tall|far|deep|thick|thin|wide|fast|heavy|big|large|expensive|costly|hot|cold|warm)\b`)

// howLongThing is "how long" asked of a thing by its noun: "how long was
// the gash on his neck", "how long is the new bridge".
var howLongThing = regexp.MustCompile(`(?i)\bhow\s+long\s+(?:is|was|are|were)\s+(?:the|a|an|his|her|its|their|that|this)\s+((?:\w+\s+){0,2}\w+)\b`)

// lengthPhrase reports whether the words after "how long is the" name a
// thing measured in length: a length noun that ends them or that a
// preposition follows ("that glass walkway", "the bridge over the river";
// not "the bridge closed").
func lengthPhrase(words string) bool {
	ws := strings.Fields(strings.ToLower(words))
	for i, w := range ws {
		if lengthNouns[Lemma(w)] {
			return i == len(ws)-1 || lengthAfter[ws[i+1]] || i == len(ws)-2 && lengthLast[ws[i+1]]
		}
	}
	return false
}

// lengthAfter are the prepositions that may follow a length noun.
// A relative clause may follow it too ("that net they put up").
var lengthAfter = map[string]bool{"of": true, "for": true, "over": true, "in": true, "on": true, "across": true, "at": true, "from": true, "along": true, "through": true,
	"they": true, "he": true, "she": true, "we": true, "you": true, "that": true, "which": true}

// lengthLast are words of no measure that may close the phrase after the
// noun ("how long is this canal anyway"; not "the line actually out of
// service").
var lengthLast = map[string]bool{"anyway": true, "exactly": true, "actually": true, "roughly": true, "overall": true, "total": true}

// howLongStretch asks how far something stretches: "how long did the wreck
// scene stretch along the road".
var howLongStretch = regexp.MustCompile(`(?i)\bhow\s+long\s+(?:did|does|do|is|was)\b[^?,.]*\b(?:stretch|extend)(?:es|ed|ing)?\b`)

// lengthNouns are the things whose "how long" is a length: a wound, a
// crack, a road.
var lengthNouns = map[string]bool{"gash": true, "wound": true, "cut": true, "scar": true, "incision": true,
	"crack": true, "fissure": true, "hole": true, "tear": true, "bridge": true, "road": true, "tunnel": true,
	"street": true, "queue": true, "wall": true, "pipe": true, "pipeline": true, "river": true, "rope": true,
	"string": true, "cable": true, "runway": true, "slide": true, "track": true, "fence": true, "trench": true,
	"dam": true, "route": true, "stretch": true, "section": true, "line": true, "wire": true, "chain": true,
	"blade": true, "knife": true, "snake": true, "fish": true, "boat": true, "ship": true, "vessel": true,
	"walkway": true, "path": true, "trail": true, "boardwalk": true, "corridor": true, "platform": true,
	"railing": true, "canal": true, "belt": true, "barrier": true, "ladder": true, "lane": true, "highway": true, "border": true, "coastline": true, "course": true,
	"arm": true, "boom": true, "jib": true, "net": true, "beam": true, "pole": true, "mast": true, "span": true, "hose": true, "tube": true, "rod": true, "plank": true}

// askTimeToo asks for a time after "how fast", in a question of its own:
// "how fast did they get there, like what time did they show up" asks
// when, not a speed; "how fast was it going when it hit" asks a speed.
var askTimeToo = regexp.MustCompile(`(?i)[,;?.!]\s*(?:(?:like|i mean|or|and|so)\s+)?(?:what time|when)\b`)

// dimensions are the nouns of howDimension's adjectives.
var dimensions = map[string]string{"high": "height", "tall": "height", "far": "distance", "deep": "depth", "thick": "thickness", "thin": "thickness", "wide": "width", "fast": "speed",
	"heavy": "weight", "big": "size", "large": "size", "expensive": "cost", "costly": "cost", "hot": "temperature", "cold": "temperature", "warm": "temperature"}

// chatWords are chat spellings of plain words ("ppl" → "people").
var chatWords = map[string]string{"ppl": "people", "u": "you", "ur": "your", "govt": "government",
	"gov": "government", "bc": "because", "cuz": "because", "cos": "because", "thru": "through",
	"gonna": "going to", "wanna": "want to", "gotta": "have to", "dept": "department",
	"mgmt": "management", "yr": "year", "yrs": "years", "mins": "minutes", "hrs": "hours", "approx": "approximately",
	"r": "are", "smth": "something", "sth": "something", "abt": "about", "bout": "about", "b4": "before",
	"tmrw": "tomorrow", "tmr": "tomorrow", "coz": "because", "bcuz": "because", "wat": "what", "wut": "what",
	"wen": "when", "hw": "how", "wht": "what", "pic": "picture", "pics": "pictures", "ya": "you", "da": "the",
	"msg": "message", "msgs": "messages", "info": "information", "vid": "video", "vids": "videos",
	"bro": "brother", "sis": "sister", "mgr": "manager"}

// chatWord matches a word that chatWords spells out.
var chatWord = regexp.MustCompile(`(?i)\b(?:` + strings.Join(slices.Sorted(maps.Keys(chatWords)), "|") + `)\b`)

// stripFillers blanks the fillers of q, spells out chat words and words
// its idioms plainly.
func stripFillers(q string) string {
	if loc := howAuxAsk.FindStringSubmatchIndex(q); loc != nil && firstPlace.MatchString(q) {
		// "how did stuff get into the tank in the first place": how it
		// came about at all, which asks why (the filler goes below)
		q = q[:loc[2]] + "why" + q[loc[2]+len("how"):]
	}
	if fillers.MatchString(q) {
		q = fillers.ReplaceAllString(q, " ")
	}
	if loc := leadMarker.FindStringSubmatchIndex(q); loc != nil {
		q = " " + q[loc[3]:] // "wait, why didn't the cops…": no waiting asked about
	}
	if chatWord.MatchString(q) {
		q = chatWord.ReplaceAllStringFunc(q, func(w string) string {
			if w != strings.ToLower(w) && len(w) <= 3 {
				return w // "CO", "UR": a name or an abbreviation
			}
			return chatWords[strings.ToLower(w)]
		})
	}
	if startAgain.MatchString(q) {
		q = startAgain.ReplaceAllString(q, "resume")
	}
	if m := backToCheck.FindStringSubmatchIndex(q); m != nil {
		// "go back and check whether the repairs were done": a check
		// again (复查), not a going back (恢复, 返回)
		q = q[:m[0]] + "re" + strings.ToLower(q[m[2]:m[3]]) + q[m[1]:]
	}
	if nearWhich.MatchString(q) {
		q = nearWhich.ReplaceAllString(q, "$1")
	}
	if catchRide.MatchString(q) {
		// "to catch the bus": to take it, not to catch (抓获, 发现) anything
		q = catchRide.ReplaceAllString(q, "take $1")
	}
	if stopHappening.MatchString(q) {
		q = stopHappening.ReplaceAllString(q, " ")
	}
	if endUp.MatchString(q) && !whyAsk.MatchString(q) && !howAuxAsk.MatchString(q) {
		// (not in a why-question: "why did they end up drowning" asks how
		// it came to that, 结果; nor in "how did the babies end up getting
		// switched", which asks the same)
		q = endUp.ReplaceAllStringFunc(q, func(m string) string {
			if v := endUp.FindStringSubmatch(m)[1]; !strings.EqualFold(v, "going") || !whereAsk.MatchString(q) {
				return v // "where did they end up going" is where to, 最终 included
			}
			return m
		})
	}
	if endUpIn.MatchString(q) {
		q = endUpIn.ReplaceAllString(q, "were $1") // "how many ended up in the hospital": were in it
	}
	if singleStress.MatchString(q) {
		q = singleStress.ReplaceAllString(q, "$1$2$3")
	}
	if rightTag.MatchString(q) {
		q = rightTag.ReplaceAllString(q, " ") // "they knew about it right?": no 右 asked about
	}
	if personWentDown.MatchString(q) {
		q = personWentDown.ReplaceAllString(q, "$1 collapse")
	}
	if wentDown.MatchString(q) {
		q = wentDown.ReplaceAllString(q, "$1 happen") // "when did all this go down"
	}
	if beBehind.MatchString(q) {
		q = beBehind.ReplaceAllString(q, "$1 ${2}responsible for")
	}
	return q
}

// wrappers are verbs that frame another verb: "want him gone", "start
// threatening", "think it might fail". They are not the event asked about.
var wrappers = map[string]bool{
	"want": true, "think": true, "believe": true, "expect": true, "seem": true, "hope": true,
	"reckon": true, "suppose": true, "guess": true, "wonder": true, "manage": true, "tend": true,
	"need": true, "try": true, "attempt": true,
}

// nounPrepositions are prepositions that take a noun, never a bare verb:
// "for help", "in shock", "with care".
var nounPrepositions = map[string]bool{"for": true, "of": true, "in": true, "on": true, "at": true, "with": true,
	"without": true, "into": true, "from": true, "by": true, "about": true, "under": true, "over": true}

// helpedTo reports whether toks[i], a form of "help", frames the bare verb
// of what was helped with ("helped the teacher carry the girl", "help to
// fix it"): that verb is the event, not the helping.
func helpedTo(toks []token, i int) bool {
	w := loadWordLists()
	for k := i + 1; k < len(toks) && k <= i+4; k++ {
		t := toks[k]
		if t.lower == "to" {
			continue
		}
		if t.lower == "out" || t.lower == "up" {
			return false // "help him out right after": a phrasal verb of its own
		}
		if k > i+1 && !t.stop && t.lower == t.lemma && (w.verbs[t.lemma] || w.verbLemmas[t.lemma]) && !determiners[toks[k-1].lower] && !nounPrepositions[toks[k-1].lower] {
			return true
		}
	}
	return false
}

// aspectVerbs frame the verb after them ("start threatening", "begin to
// run") but are the event when they stand alone ("when did it start").
var aspectVerbs = map[string]bool{"start": true, "begin": true, "continue": true, "keep": true}

// planVerbs frame the verb after "to" ("planning to add more AEDs": the
// adding, which the article may tell as 将增加) but are the event alone
// ("when did they plan the route").
var planVerbs = map[string]bool{"plan": true, "intend": true, "aim": true}

// wrapper reports whether toks[i] frames another verb of the question.
func wrapper(toks []token, i int) bool {
	l := toks[i].lemma
	if wrappers[l] || l == "help" && helpedTo(toks, i) {
		return true
	}
	if l == "end" && i+1 < len(toks) && toks[i+1].lower == "up" {
		return true // "ended up walking out"
	}
	if planVerbs[l] && i+2 < len(toks) && toks[i+1].lower == "to" {
		n := toks[i+2]
		return !n.stop && loadWordLists().verbs[n.lemma] || n.lemma == "have" // "planning to have 100"
	}
	if !aspectVerbs[l] || i+1 >= len(toks) {
		return false
	}
	n := toks[i+1]
	if n.lower == "to" && i+2 < len(toks) {
		n = toks[i+2]
		return !n.stop && loadWordLists().verbs[n.lemma]
	}
	return strings.HasSuffix(n.lower, "ing") && !n.stop
}

var (
	whenNouns = map[string]bool{"time": true, "date": true, "day": true, "year": true, "month": true, "week": true, "hour": true, "period": true,
		"night": true, "morning": true, "evening": true, "afternoon": true, "deadline": true, "cutoff": true}
	whyNouns = map[string]bool{"reason": true, "cause": true, "motive": true, "why": true, "point": true, "purpose": true, "aim": true, "goal": true, "rationale": true, "motivation": true,
		"excuse": true, "reasoning": true, "ground": true, "grounds": true, "justification": true, "explanation": true, "basis": true}
	// reasonGivers state a reason: "what excuse did they give"
	reasonGivers = map[string]bool{"give": true, "offer": true, "provide": true, "cite": true, "state": true}
	whyVerbs     = map[string]bool{"caused": true, "cause": true, "causes": true, "led": true, "made": true, "prompted": true, "drove": true, "triggered": true, "motivated": true, "sparked": true, "provoked": true}
	// feltVerbs ask the cause of a feeling that is the event itself ("what
	// spooked the bull": why it took fright, 受惊)
	feltVerbs  = map[string]bool{"spooked": true, "startled": true, "frightened": true, "scared": true, "angered": true, "upset": true}
	whereNouns = map[string]bool{"place": true, "city": true, "country": true, "location": true, "platform": true}
	// placeHeads are places asked for by name ("which district", "which
	// hospital"): the noun stays a content word, since the name ends in it
	placeHeads = map[string]bool{"district": true, "province": true, "county": true, "town": true, "township": true, "village": true, "region": true, "neighborhood": true, "neighbourhood": true, "street": true, "road": true, "park": true, "intersection": true, "junction": true, "hospital": true, "airport": true, "port": true, "station": true, "venue": true, "prison": true}
	whoNouns   = map[string]bool{"person": true, "people": true, "man": true, "woman": true, "executive": true, "exec": true}
)

// kindOf classifies the question by its interrogative and returns the
// indices of the tokens that make up the interrogative phrase ("what time",
// "what caused", "for what reason"), which are not content words.
func kindOf(toks []token, first int) (string, map[int]bool) {
	consumed := map[int]bool{}
	for first < len(toks) && leadIns[toks[first].lower] {
		first++
	}
	if k := thereReason(toks, first); k > 0 {
		consumed[k] = true // "was there a reason she cared so much": why
		return KindWhy, consumed
	}
	if first < len(toks) && auxiliaries[toks[first].lower] {
		// "do we know who the two people were": the question it embeds
		if first+3 < len(toks) && knowers[toks[first+1].lower] && (toks[first+2].lemma == "know" || toks[first+2].lemma == "remember") &&
			interrogatives[toks[first+3].lower] {
			if k, c := kindOf(toks, first+3); k != KindOther && k != KindYesNo {
				c[first+2] = true // no knowing is asked about
				return k, c
			}
		}
		// "were any flights cancelled? how many": a question that follows
		// the yes-no one asks what the answer must say
		for j := first + 1; j < len(toks); j++ {
			if toks[j].start && !auxiliaries[toks[j].lower] {
				if k, c := kindOf(toks, j); k != KindOther && k != KindYesNo {
					return k, c
				}
			}
		}
		return KindYesNo, consumed
	}
	for i := first; i < len(toks); i++ {
		w := toks[i].lower
		next := func(k int) string {
			if i+k < len(toks) {
				return toks[i+k].lower
			}
			return ""
		}
		switch w {
		case "who", "whom", "whose":
			if i > first && !toks[i-1].stop && !toks[i-1].verbish {
				// "the kitchen lady who took the pics, was there a reason
				// she cared": a relative clause; the question follows
				for j := i + 1; j < len(toks); j++ {
					if k := thereReason(toks, j); k > 0 {
						consumed[k] = true
						return KindWhy, consumed
					}
				}
			}
			return KindWho, consumed
		case "when":
			return KindWhen, consumed
		case "why":
			return KindWhy, consumed
		case "where":
			return KindWhere, consumed
		case "how":
			switch next(1) {
			case "many", "much":
				return KindHowMany, consumed
			case "long":
				consumed[i+1] = true
				return KindWhen, consumed
			case "come":
				consumed[i+1] = true
				return KindWhy, consumed
			case "old":
				consumed[i+1] = true // an age is asked for
				return KindHowMany, consumed
			case "wide", "low", "severe", "often":
				consumed[i+1] = true // a measure is asked for: "how wide", "how often"
				return KindHowMany, consumed
			case "soon":
				consumed[i+1] = true
				return KindWhen, consumed
			}
			if howCause(toks, i) {
				return KindWhy, consumed // "how did the fire start": what caused it
			}
			// "how fast did they get there, like what time did they show
			// up": a later interrogative says what the answer must be
			for j := i + 2; j < len(toks); j++ {
				if interrogatives[toks[j].lower] {
					if k, c := kindOf(toks, j); k != KindOther && k != KindYesNo {
						return k, c
					}
				}
			}
			return KindOther, consumed
		case "what", "which":
			// Skip a linking verb and article: "what was the reason".
			k := 1
			for k <= 3 && (next(k) == "is" || next(k) == "was" || next(k) == "are" || next(k) == "were" || next(k) == "the" || next(k) == "a" || next(k) == "exact") {
				k++
			}
			n := next(k)
			nl := Lemma(n)
			switch {
			case whenNouns[nl] && (k == 1 || next(k-1) == "the" || next(k-1) == "exact"):
				consumed[i+k] = true
				return KindWhen, consumed
			case whyNouns[nl]:
				consumed[i+k] = true
				if auxiliaries[next(k+1)] {
					// "what excuse did the developer give": the verb that
					// states the reason is the asking's, no deed to find
					for j := k + 2; j <= k+5 && i+j < len(toks); j++ {
						if reasonGivers[Lemma(next(j))] {
							consumed[i+j] = true
							break
						}
					}
				}
				return KindWhy, consumed
			case k == 1 && feltVerbs[n]:
				return KindWhy, consumed
			case k == 1 && whyVerbs[n]:
				consumed[i+1] = true
				if next(2) == "to" {
					consumed[i+2] = true
				}
				return KindWhy, consumed
			case k == 1 && whereNouns[nl]:
				consumed[i+1] = true
				return KindWhere, consumed
			case k == 1 && (placeHeads[nl] || modifiedPlace(toks, i)) && !roleNoun(Lemma(next(2))) && !whoNouns[Lemma(next(2))]:
				// (but "which county official": a person of the county)
				return KindWhere, consumed
			case k == 1 && whoNouns[nl]:
				consumed[i+1] = true
				return KindWho, consumed
			}
			// "what is the real root cause", "what does the ag office guy
			// say is the main reason": a reason noun past its modifiers,
			// or past a verb of saying and "is"
			if j := reasonNounAt(toks, i+k); j > 0 {
				consumed[j] = true
				return KindWhy, consumed
			}
			if auxiliaries[next(1)] {
				for j := i + 2; j < len(toks)-1 && j <= i+8; j++ {
					if reporting[toks[j].lemma] && beForms[toks[j+1].lower] {
						if r := reasonNounAt(toks, j+2); r > 0 {
							consumed[r] = true
							return KindWhy, consumed
						}
						break
					}
				}
			}
			// "what was the co-op boss's reasoning for building it": the
			// reason of the one named, why
			for j := k; j <= k+3 && i+j+1 < len(toks); j++ {
				if toks[i+j].possessive && whyNouns[Lemma(next(j+1))] {
					consumed[i+j+1] = true
					return KindWhy, consumed
				}
				if toks[i+j].stop && !determiners[toks[i+j].lower] {
					break
				}
			}
			// "which journal editor", "what nvidia researcher": a person
			// is asked for; the role stays a content word
			for j := k; j <= k+2 && i+j < len(toks); j++ {
				t := toks[i+j]
				// "which mom": one of the people of a kind
				kin := w == "which" && kinNouns[Lemma(t.lower)]
				if l := Lemma(t.lower); !t.verbish && (roleNoun(l) || kin || whoNouns[l] && t.lower != "people") {
					if after := next(j + 1); t.possessive && after != "name" && after != "full" || w == "what" && !t.possessive && ownedNoun(toks, i+j+1) ||
						k > 1 && beForms[next(1)] && (strings.HasSuffix(after, "ing") || dutyWords[after] && next(j+2) == "to" ||
							strings.HasSuffix(after, "ed") && after != "named" && after != "called" || personStates[after]) {
						// "what's the prof's suggestion", "the lawyer tip",
						// "what were the lifeguards handing out": the person
						// owns or does the thing asked for
						return KindWhat, consumed
					}
					return KindWho, consumed
				}
				// "the retired teacher": a participle before a noun describes it
				attributive := t.verbish && strings.HasSuffix(t.lower, "ed") && i+j+1 < len(toks) && !toks[i+j+1].stop && !toks[i+j+1].verbish
				if t.stop || t.verbish && !attributive || t.number {
					break
				}
			}
			return KindWhat, consumed
		}
	}
	return KindOther, consumed
}

// reasonNounAt returns the index of a reason noun (cause, reason) at
// toks[j] past an article and at most two modifiers ("the real root cause"),
// or 0.
func reasonNounAt(toks []token, j int) int {
	if j < len(toks) && (toks[j].lower == "the" || toks[j].lower == "a") {
		j++
	}
	for n := 0; n < 3 && j < len(toks); n, j = n+1, j+1 {
		l := Lemma(toks[j].lower)
		if whyNouns[l] && l != "why" && (toks[j].lower == l || toks[j].lower == l+"s") {
			return j
		}
		if toks[j].stop || toks[j].number || toks[j].possessive || toks[j].verbish || roleNoun(l) {
			return 0
		}
	}
	return 0
}

// thereReason returns the index of the reason noun when toks[j] opens
// "was there a (personal) reason", "is there any cause", or 0.
func thereReason(toks []token, j int) int {
	if j+2 >= len(toks) || !beForms[toks[j].lower] || toks[j+1].lower != "there" {
		return 0
	}
	for k := j + 2; k < len(toks) && k <= j+4; k++ {
		if whyNouns[Lemma(toks[k].lower)] && toks[k].lower != "why" {
			return k
		}
	}
	return 0
}

// howCause reports whether the "how" at i asks how something came about
// that nobody meant ("how did the fire start", "how did he die"): its
// cause, as why does.
func howCause(toks []token, i int) bool {
	if i+2 >= len(toks) || !auxiliaries[toks[i+1].lower] {
		return false
	}
	for j := i + 2; j < len(toks) && j <= i+7; j++ {
		l := Lemma(toks[j].lower)
		after := ""
		if j+1 < len(toks) {
			after = toks[j+1].lower
		}
		if causedEvents[l] || l == "catch" && after == "fire" || l == "break" && after == "out" {
			return true
		}
		// "how did the sheep even get out", "how did nobody notice", "how
		// did the babies end up switched", "how does the boss explain…",
		// "how was he so sure": how it could be, which asks why
		if howCouldWords[l] || (l == "end" || l == "wind") && after == "up" || l == "so" && beForms[toks[i+1].lower] && after != "many" && after != "much" {
			return true
		}
	}
	return false
}

// howCouldWords, after "how did", make it ask how something could come
// about, as why does: "how did nobody notice", "how did the sheep even
// get out", "how does the clinic justify it".
var howCouldWords = map[string]bool{"even": true, "nobody": true, "noone": true, "no-one": true, "not": true, "never": true,
	"explain": true, "justify": true}

// causedEvents are the verbs of what befalls people and things: how one
// came about asks its cause.
var causedEvents = map[string]bool{"start": true, "happen": true, "collapse": true, "crash": true, "die": true, "sink": true,
	"capsize": true, "explode": true, "leak": true, "fail": true, "malfunction": true, "derail": true, "flood": true,
	"burn": true, "overturn": true, "tip": true, "topple": true, "fall": true, "drown": true}

// dutyWords say what someone is to do: "what are drivers supposed to do".
var dutyWords = map[string]bool{"supposed": true, "meant": true, "expected": true, "required": true, "allowed": true, "told": true, "asked": true, "ordered": true, "going": true}

// interrogatives open a question within a question.
var interrogatives = map[string]bool{"who": true, "whom": true, "when": true, "where": true, "why": true, "what": true, "which": true}

// personAsked reports whether "which" or "what" asks for a person by a
// role noun within three words ("which doctor", "what journal editor").
func personAsked(toks []token, first int) bool {
	// "was there a cop helping? who": a person of the kind the question
	// has asked about, named by a closing "who"
	if n := len(toks); n > 3 && toks[n-1].lower == "who" {
		for i := first + 1; i < n-1; i++ {
			if l := Lemma(toks[i].lower); determiners[toks[i-1].lower] && !toks[i].verbish && (roleNoun(l) || kinNouns[l]) {
				return true
			}
		}
	}
	// "who's the fire dept guy who talked …", "who are the two crew
	// members": a person by a word for one
	for i := first; i+2 < len(toks); i++ {
		if toks[i].lower != "who" || !beForms[toks[i+1].lower] && !determiners[toks[i+1].lower] {
			continue // "who's" is read as "who" and its noun phrase
		}
		for j := i + 2; j < len(toks) && j <= i+7 && !relatives[toks[j].lower]; j++ {
			if l := Lemma(toks[j].lower); !toks[j].verbish && (roleNoun(l) || kinNouns[l]) {
				return true
			}
		}
		break
	}
	for i := first; i < len(toks); i++ {
		if w := toks[i].lower; w != "which" && w != "what" {
			continue
		}
		for j := i + 1; j < len(toks) && j <= i+3; j++ {
			t := toks[j]
			// "which mom": which of the people of a kind, too
			if l := Lemma(t.lower); !t.verbish && (roleNoun(l) || toks[i].lower == "which" && kinNouns[l]) {
				// but "what's the lawyer tip", "the doctor advice": the
				// person only says whose, and the noun after is asked
				return toks[i].lower == "which" || !ownedNoun(toks, j+1)
			}
			if t.stop && !determiners[t.lower] || t.verbish {
				break
			}
		}
		return false
	}
	return false
}

// ownedNoun reports whether token k is a noun a person noun before it
// modifies ("lawyer tip", "doctor advice"): no stop word, verb, number, nor a
// person of its own ("police chief"), nor the name asked ("chief name").
func ownedNoun(toks []token, k int) bool {
	if k >= len(toks) {
		return false
	}
	t := toks[k]
	l := Lemma(t.lower)
	if strings.HasSuffix(t.lower, "s") || strings.HasSuffix(t.lower, "ed") {
		return false // "which lawyer thinks", "which neighbor ended up": a verb the tagging missed
	}
	return !t.stop && !t.verbish && !t.number && !roleNoun(l) && !kinNouns[l] && l != "name"
}

// placeAsked is the place noun right after "which" or "what" ("which
// district"), or "".
// modifiedPlace reports whether "which" or "what" at i asks for a place
// by a noun with one word before it ("which industrial park", "what county
// hospital").
func modifiedPlace(toks []token, i int) bool {
	return i+2 < len(toks) && placeHeads[Lemma(toks[i+2].lower)] && !toks[i+1].stop && !toks[i+1].verbish && !toks[i+1].number &&
		(i+3 == len(toks) || toks[i+3].stop || toks[i+3].verbish) // not "which deputy county head"
}

func placeAsked(toks []token, first int) (head, phrase string) {
	for i := first; i+1 < len(toks); i++ {
		if w := toks[i].lower; w == "which" || w == "what" {
			if l := Lemma(toks[i+1].lower); placeHeads[l] {
				return l, ""
			}
			if modifiedPlace(toks, i) {
				// "which industrial park"
				head = Lemma(toks[i+2].lower)
				return head, toks[i+1].lower + " " + head
			}
			return "", ""
		}
	}
	return "", ""
}

var months = map[string]int{
	"january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3,
	"april": 4, "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7,
	"august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9, "october": 10,
	"oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}

// dateOf records a year, month and day the question mentions and marks
// their tokens consumed. A month name counts only beside a number, or when
// capitalised or spelt out in full, and not "May" or "march" (verbs as often
// as months).
func dateOf(toks []token, q *Query, consumed map[int]bool) {
	for i, t := range toks {
		if t.number && len(t.text) == 4 {
			if y, err := strconv.Atoi(t.text); err == nil && y >= 1900 && y <= 2099 && q.Year == 0 {
				q.Year = y
				consumed[i] = true
			}
			continue
		}
		m, ok := months[t.lower]
		if !ok || q.Month != 0 {
			continue
		}
		day := func(j int) int {
			if j < 0 || j >= len(toks) {
				return 0
			}
			s := strings.TrimRight(toks[j].lower, "stndrh") // 20th, 1st, 2nd, 3rd
			if !isDigits(s) || len(s) > 2 {
				return 0
			}
			d, _ := strconv.Atoi(s)
			if d < 1 || d > 31 {
				return 0
			}
			return d
		}
		switch {
		case day(i+1) > 0:
			q.Month, q.Day = m, day(i+1)
			consumed[i], consumed[i+1] = true, true
		case day(i-1) > 0:
			q.Month, q.Day = m, day(i-1)
			consumed[i], consumed[i-1] = true, true
		case (t.capital || len(t.lower) > 5 || t.lower == "june" || t.lower == "july") && t.lower != "may" && len(t.lower) > 3:
			// (lowercase in chat when spelt out: "since january"; not
			// "march" nor "may", verbs as often as months)
			q.Month = m
			consumed[i] = true
		}
	}
}

// Phrasal reports whether the verb lemma is followed in the question by an
// adverb particle ("come down", "go off", "turn away"): a phrasal verb,
// whose meaning the verb's own renderings seldom carry.
func (q Query) Phrasal(lemma string) bool {
	for i := 0; i+1 < len(q.Words); i++ {
		if q.Words[i] != lemma {
			continue
		}
		switch p := q.Surfaces[i+1]; {
		case p == "over":
			// "suspended over this": a cause, not a particle
		case p == "back" && i+2 < len(q.Surfaces) && backThen[q.Surfaces[i+2]]:
			// "punished back in 2019": a time, not a particle
		case adverbParticle(p):
			return true
		}
	}
	return false
}

// backThen follow "back" when it dates something ("back in 2019", "back
// then").
var backThen = map[string]bool{"in": true, "then": true, "when": true, "during": true, "at": true}

// personStates follow "what was the carer …" when the question asks what
// the person was in, at or given ("busy with", "up to", "told"), not who
// they were.
var personStates = map[string]bool{"busy": true, "up": true, "like": true, "afraid": true, "scared": true, "told": true, "given": true,
	"paid": true, "caught": true, "found": true, "taken": true, "sent": true, "shown": true, "sold": true, "left": true, "hit": true}
