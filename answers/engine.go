package answers

import (
	"cmp"
	"context"
	"math"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"unicode"
	"unicode/utf8"

	"github.com/eventbot/eventbot/answers/english"
	"github.com/eventbot/eventbot/index"
)

// Searcher is what the engine needs of an index. *index.Index implements it.
type Searcher interface {
	Search(ctx context.Context, terms []string, k int) ([]index.Hit, error)
	Tokens(text string) []index.Token
	QueryTokens(text string) []index.Token
	IsStop(w string) bool
	HasTerm(term string) bool
	Docs() []*index.Doc
	Articles() []*index.Article
}

// Engine answers questions from the sentences of a Searcher. It is
// read-only once built and safe for concurrent use.
type Engine struct {
	s            Searcher
	docs         []*index.Doc
	lower        []string             // ASCII-lower-cased sentence text, by doc ID
	corpus       string               // all of lower, one sentence a line
	starts       []int                // byte offset of each sentence in corpus
	postings     map[string][]posting // token -> where it stands
	injuries     []string             // the articles' words for a hurt by how it was done (扭伤, 烫伤)
	present      map[string]bool      // lexicon words: whether the articles contain them
	fines        bool                 // whether a body says 罚 (罚款, 处罚): a fine may be asked the amount of
	offers       bool                 // whether a body sentence makes an offer (打折, 满…减): a sale may be asked about
	forecasts    bool                 // whether a body sentence forecasts the weather (预报, 气象台)
	feats        []docFeatures        // by doc ID
	heading      []bool               // by doc ID: a headline or sub-heading
	bigrams      map[string][]int     // pair of characters -> sentences holding it
	refersTo     []int                // sentence -> the sentence its opening pronoun refers to, or -1
	heShe        []bool               // sentence -> whether its subject is 他 or 她, one named before (subjectPronoun)
	askedBy      []int                // sentence -> the article's own question it answers, or -1
	askWhy       []bool               // sentence -> whether that question asks why
	reasonOf     []int                // sentence -> the sentence announcing the reasons it is one of (一是…), or -1
	listsReasons []bool               // sentence -> whether it announces a list of reasons that follows
	ownNames     map[string]bool      // name tokens of the articles: true if from a names file
	people       map[string]bool      // people's names the articles' bodies hold (surname and given name)
	masked       map[string]bool      // people the articles' bodies name by surname only (陈某)
	seats        map[string]bool      // two-character names the articles give a seat of government (江临 of 江临市)
	machines     map[string]bool      // what the articles count by a thing's measure word (那台柯氏计): no one's name
	peopleAt     [][]rng              // per sentence, where it holds one of people of three characters or more
	intros       [][]intro            // per sentence, the descriptions the article gives elsewhere of the people it names
	namedAs      map[string][]string  // person -> the descriptions the articles give of them (店主 of 周海峰)
	latin        []string             // indexed Latin words, for spelling correction
	multi        bool
	sources      []Source
	source       map[string]string // article -> source line
	panics       atomic.Int64      // questions whose answering panicked (and was refused)

	pinyinOnce sync.Once
	// fullNames are the pinyin spellings of the articles' people's full
	// names (lidashan), built on the first English question: true for a
	// surname and two characters, false for a surname and one (zhouqian),
	// whose pinyin more often spells English words too
	fullNamesOnce sync.Once
	fullNames     map[string]bool
	relatedOnce   sync.Once
	// skeletons index the articles' Latin words by their consonant outline
	// (english.Skeleton), built on the first Chinese spelling of one
	aliasOnce     sync.Once
	calledOnce    sync.Once
	called        [][2]string         // the words before a quoted name, and the name (calledBy)
	nameParts     map[string][]string // part of a full Latin name -> its other parts
	skeletonOnce  sync.Once
	skeletons     map[string][]string
	pivots        wordCache // word -> the articles' words sharing a gloss with it (Pivot)
	wordLead      sync.Map  // two characters -> whether the articles write them before many others (wordLike)
	alone         sync.Map  // two characters and a third -> whether the two stand without it (standsAlone)
	plainWord     sync.Map  // a surname and two characters -> whether the two are a word without it (plainAfter)
	bounded       sync.Map  // characters -> whether the body writes them between word boundaries (Bounded)
	quoted        sync.Map  // word -> whether the articles use it only inside quotations (quotedOnly; spokenOnly under a key of its own)
	chats         sync.Map  // word -> its chatOf result (chatFound)
	defined       wordCache // noun -> the names the articles say are one (definedAs)
	shortOnce     sync.Once
	shortNames    []alias // the short names the articles give things (shortNamesOf)
	related       *english.Related
	headsOnce     sync.Once
	runeOnce      sync.Once
	runeAt        map[rune][]int // a Han character -> where it stands in corpus, in order
	kinOnce       sync.Once
	kinFirst      map[rune][]string   // a character -> the bodies' dictionary words of two characters that begin with it, sorted
	kinLast       map[rune][]string   // and those that end with it
	kinVerbs      map[string]bool     // those words: whether the dictionary tags them verbs
	headTitleList corpusList          // the titles of whoever is in charge (lexicon [heads]) that the articles use
	speechList    corpusList          // the words of quoting someone (lexicon [speech]) that the articles use
	outcomeList   corpusList          // what may befall someone held to account (lexicon [outcomes]) that the articles use
	incomeList    corpusList          // incomeWords the articles use
	adviceList    corpusList          // adviceWords the articles use
	sentenceList  corpusList          // sentenceWords the articles use
	ownerList     corpusList          // ownerWords the articles use
	symptomList   corpusList          // symptomWords the articles use
	injuryList    corpusList          // injuryWords the articles use
	fromList      corpusList          // fromWords the articles use
	locatedList   corpusList          // locatedWords the articles use
	startList     corpusList          // startWords the articles use
	headedList    corpusList          // headedWords the articles use
	takenList     corpusList          // takenWords the articles use
	productList   corpusList          // productWords the articles use
	headFirst     map[rune][]string   // a character -> the body's words of 2-3 characters that begin with it, sorted
	headLast      map[rune][]string   // and those that end with it
	pinyin        map[string]string   // pinyin spelling -> run of Han characters
	pinyinMore    map[string][]string // pinyin spelling -> the other runs that spell it
	bySurname     map[string]string   // pinyin of a surname -> the one person of the articles who has it ("" if several)
}

// Panics is how many questions made the engine panic; each was refused as
// invalid. It should stay 0: tests and fuzzing check it.
func (e *Engine) Panics() int64 { return e.panics.Load() }

var (
	negation    = regexp.MustCompile(`没有|没|未|并非|不是|不再|不会|不能|不曾|从未|尚未|一旦|如果|假如|倘若|若是|要是|万一|不(?:回|来|去|走|肯|愿|想|让|给|把|同意|接受|承认|支持|答应)|(?:怎么|为什么|为啥|为何|干嘛|干吗)(?:就|还|都|也)?不`)
	notNegation = regexp.MustCompile(`不少|不过|不到|不仅|不断|不论|不管|不久|不只|毫不|不足|不止|未来|没多久|没收|未成年|不法|不良|不当|不合格|不明|不满|不安|不适|不幸|不利|了[^,?没]*没有?\?*$|没有?\?$`)
)

// pronounStart matches a sentence that opens by referring back: 他, 她,
// 他们, 其, 该公司, 对方, 后者, 此人.
// A time may come first: "11月18日凌晨1时许,他在微博发文称".
var pronounStart = regexp.MustCompile(`^[“"]?(?:[^,，。;；]{1,16}?(?:日|时|分|许|晚间|晚|上午|下午|凌晨|早上|中午|傍晚|当天|当晚|次日|同日|此前|期间)[,，])?(由于|因为|但是|但|而|随后|之后|于是|可是|不过|当时|后来|同时|此后|然而|所以|因此|并且|接着)?[,，]?(他们|她们|他|她|其|该公司|该机构|对方|后者|此人|这位|这家)`)

// Thresholds of the evidence ranking.
const (
	minCoverage         = 0.45 // share of the question's weight a sentence must carry
	lowCoverage         = 0.34 // enough when the predicate itself is there and the kind's feature too
	totalCoverage       = 0.3  // enough for a total asked for and given, or for the cause of what is asked about named
	unrelatedCoverage   = 0.4  // coverage at which off-body evidence may decide
	roleAnchor          = 0.5  // the share of its weight the role of one quoted keeps, in coverage and in choosing where an answer is anchored
	yesNoCoverage       = 0.6  // share of a yes-or-no question's weight one sentence must carry to say yes or no
	namedCoverage       = 0.25 // enough for a sentence that gives the name of the one a question describes (导游名叫…)
	whichCoverage       = 0.3  // enough for the name after the title of the kind of person a question asks which one of (哪个医生)
	synWeight           = 0.85 // credit for a synonym of a translation
	chatWeight          = 0.85 // credit for a word of a held chat word's group (Term.Chat)
	looseChatWeight     = 0.6  // the same, when the articles use the chat word itself, once
	maxLooseFreq        = 3    // sentences that may hold a word a chat word the articles use once stands for
	pivotWeight         = 0.75 // credit for a word sharing a gloss with the question's
	glossMateWeight     = 0.6  // the same, for a verb some sentences hold as the question words it
	maxPivots           = 4    // gloss lookups one question may make (each may scan the table)
	softCoverage        = 0.7  // coverage that makes up for a soft predicate
	softFloor           = 0.5  // coverage, counting a soft verb no article holds, below which nothing makes up for it
	partialOpening      = 0.4  // credit for a word of the sentence that only opens with the same character as a noun no article holds (罚单, 罚款)
	englishSoftCoverage = 0.55 // the same, for a verb translated from English
	englishSoftThings   = 2    // words other than names and the verb such coverage must include
	nearlyAll           = 0.7  // coverage at which one such word is enough
	kindMargin          = 0.2  // how much lower a sentence naming the kind asked for may score and still win
	englishCoverage     = 0.8  // share of the thresholds an English question must reach
	sameAnswerMargin    = 0.1  // score an earlier sentence giving the same answer may lack
	planBonus           = 0.4  // score a sentence of what is to be done earns for a question what will be done
	sinceBonus          = 0.3  // score a sentence that says since when earns for a since-when question
	restPenalty         = 0.1  // score a count of the others loses when the question asks of no others
	sameNameMargin      = 0.25 // the same, for the name a who-question asks: its first mention introduces the one named
	predlessMargin      = 0.3  // score a sentence with the predicate may lack against one without that names the same
	headlineMargin      = 0.5  // score the body's sentence may lack that gives a headline's answer
	hourMargin          = 0.5  // score a sentence giving the day asked for to the hour may lack
	contextWeight       = 0.5  // share of a word's weight the sentence before, in the paragraph, lends
	introWeight         = 0.5  // share of a word's weight the description of a person named lends
	looseScale          = 0.5  // share of its weight an English word keeps that only loosely related words render
	phrasePartScale     = 0.5  // share of its weight an English word keeps beside a phrase of it the articles render
	kinWeight           = 0.6  // credit for a verb of the same root as one the articles lack
)

// New builds an engine over s.
func New(s Searcher) *Engine {
	e := &Engine{s: s, docs: s.Docs(), source: map[string]string{}}
	e.lower = make([]string, len(e.docs))
	defer func() {
		e.corpus = strings.Join(e.lower, "\n")
		e.starts = make([]int, len(e.lower))
		e.postings = map[string][]posting{}
		off := 0
		for i, l := range e.lower {
			e.starts[i] = off
			off += len(l) + 1
			for _, tk := range e.docs[i].Tokens {
				e.postings[tk.Text] = append(e.postings[tk.Text], posting{i, tk.Start, tk.End})
			}
		}
		for w := range e.postings {
			if rs := []rune(w); len(rs) == 2 && rs[1] == '伤' && strings.ContainsRune(injuredBy, rs[0]) {
				e.injuries = append(e.injuries, w)
			}
		}
		slices.Sort(e.injuries)
		// what the answer path would otherwise find out again and again
		// sentences by the pairs of characters they hold
		e.bigrams = map[string][]int{}
		for i, l := range e.lower {
			var starts []int
			for j := range l {
				starts = append(starts, j)
			}
			starts = append(starts, len(l))
			for k := 0; k+2 < len(starts); k++ {
				bg := l[starts[k]:starts[k+2]]
				if ds := e.bigrams[bg]; len(ds) == 0 || ds[len(ds)-1] != i {
					e.bigrams[bg] = append(ds, i)
				}
			}
		}
		e.refersTo = make([]int, len(e.docs))
		for d := range e.docs {
			e.refersTo[d] = e.findAntecedent(d)
		}
		e.askedBy = make([]int, len(e.docs))
		e.askWhy = make([]bool, len(e.docs))
		for d := range e.docs {
			e.askedBy[d] = e.findAsker(d)
			if d > 0 && e.askedBy[d] < 0 && e.askedBy[d-1] >= 0 && e.docs[d].Paragraph == e.docs[d-1].Paragraph && e.docs[d].Article == e.docs[d-1].Article && explains.MatchString(e.docs[d].Norm) {
				// "为什么一泡就救不回来？修复师胡振东赶来查看。他解释说,…":
				// the answer comes from the one the sentence between
				// brings in
				e.askedBy[d] = e.askedBy[d-1]
			}
			if p := e.askedBy[d]; p >= 0 {
				e.askWhy[d] = articleWhy.MatchString(e.lower[p])
			}
		}
		for _, d := range e.docs {
			e.fines = e.fines || d.Section == index.Body && strings.Contains(e.lower[d.ID], "罚")
			e.offers = e.offers || d.Section == index.Body && offerWords.MatchString(d.Norm)
			e.forecasts = e.forecasts || d.Section == index.Body && forecastWords.MatchString(d.Norm)
		}
		e.present = map[string]bool{}
		for w, alts := range lex().synonyms {
			e.present[w] = e.inCorpus(w)
			for _, a := range alts {
				e.present[a] = e.inCorpus(a)
			}
		}
		for w := range lex().colloquial {
			if _, ok := e.present[w]; !ok {
				e.present[w] = e.inCorpus(w)
			}
		}
		// name tokens the full dictionary lacks come from a names file
		e.ownNames = map[string]bool{}
		for _, d := range e.docs {
			for _, tk := range d.Tokens {
				if tk.Pos == "nr" || tk.Pos == "nrt" || tk.Pos == "nrfg" || tk.Pos == "nz" {
					if _, seen := e.ownNames[tk.Text]; !seen {
						_, _, known := index.Lookup(tk.Text)
						e.ownNames[tk.Text] = !known
					}
				}
			}
		}
		// the places the articles name with their seat's word (江临市),
		// and what they count as a thing ("那台柯氏计"): a surname may
		// open either (江, 柯), but no person's name is
		e.seats, e.machines = map[string]bool{}, map[string]bool{}
		for _, d := range e.docs {
			for _, m := range seatName.FindAllStringSubmatch(d.Norm, -1) {
				e.seats[m[1]] = true
			}
			for _, m := range countedThing.FindAllStringSubmatch(d.Norm, -1) {
				e.machines[firstRunes(m[1], 2)], e.machines[m[1]] = true, true
			}
		}
		// people the articles name by surname and given name ("顾承远"),
		// so that a question's cut cannot split them ("顾承"/"远走")
		e.people, e.masked = map[string]bool{}, map[string]bool{}
		for _, d := range e.docs {
			if d.Section != index.Body {
				continue
			}
			for _, en := range e.entities(d) {
				name := d.Norm[en.s:en.e]
				if en.tier == 0 && strings.HasSuffix(name, "某") && utf8.RuneCountInString(name) == 2 {
					e.masked[name] = true
				}
				if n := utf8.RuneCountInString(name); !en.thing && en.tier != 1 && n >= 2 && n <= 4 && hasHan(name) && lex().surnames[string([]rune(name)[0])] && !strings.Contains(name, "某") && !e.machines[name] &&
					!strings.ContainsRune(unnamedEnds, lastRune(name)) {
					// (not an organisation: 江州大学 is no one)
					e.people[name] = true
				}
			}
			// and whom a title introduces as they speak ("支队长宁少川介绍"),
			// a surname that is a common word too though it be
			for _, name := range titledSpeakers(d.Norm) {
				if !e.seats[name] {
					e.people[name] = true
				}
			}
			// and whom a title or a trade introduces, named again elsewhere
			// ("民警方志强和同事…", "在方志强的陪同下"), though the
			// segmenter cuts the name into words (方志/强)
			for _, name := range e.titledNames(d.Norm) {
				e.people[name] = true
			}
			// and whom a sentence names outright ("倒地跑者名叫方志诚,"),
			// though the segmenter cuts the name into words (方志/诚)
			for _, m := range namedAs.FindAllStringSubmatch(d.Norm, -1) {
				if name := m[2]; name != "" && personNaming(m[0]) && utf8.RuneCountInString(name) <= 3 && lex().surnames[firstRunes(name, 1)] && !strings.Contains(name, "某") && !e.seats[name] {
					e.people[name] = true
				}
			}
		}
		// (not what the articles name with a name in quotes after it,
		// "她养的柯基“豆包”": a pet, a storm, no one's name)
		for name := range e.people {
			if len(e.calledBy(name)) > 0 {
				delete(e.people, name)
			}
		}
		// where each sentence holds them, found once
		e.peopleAt = make([][]rng, len(e.docs))
		e.heShe = make([]bool, len(e.docs))
		for i, d := range e.docs {
			e.peopleAt[i] = e.findPeople(d.Norm)
			e.heShe[i] = subjectPronoun.MatchString(e.lower[i])
		}
		e.heading = make([]bool, len(e.docs))
		firstBody := map[string]int{}    // each article's first body paragraph
		firstText := map[string]string{} // and its text
		for _, d := range e.docs {
			if p, ok := firstBody[d.Article]; !ok && d.Section == index.Body {
				firstBody[d.Article] = d.Paragraph
			} else if !ok || p != d.Paragraph {
				continue
			}
			firstText[d.Article] += d.Text
		}
		for i, d := range e.docs {
			// (an article's first body paragraph, short and exclaiming
			// without a full stop, "…11人受伤!涉事公司竟…!", is its
			// headline too)
			e.heading[i] = d.Index == 1 && isHeading(d.Text) ||
				d.Paragraph == firstBody[d.Article] && exclaimedTitle(firstText[d.Article])
		}
		e.intros, e.namedAs = e.introductions()
		e.feats = make([]docFeatures, len(e.docs))
		for i, d := range e.docs {
			e.feats[i] = features(d.Norm)
		}
		e.reasonOf = make([]int, len(e.docs))
		e.listsReasons = make([]bool, len(e.docs))
		for i := range e.docs {
			e.reasonOf[i] = e.reasonHeader(i)
			if h := e.reasonOf[i]; h >= 0 {
				e.listsReasons[h] = true
			}
			// an item of a list of reasons gives a reason, cue or not
			e.feats[i].cause = e.feats[i].cause || e.reasonOf[i] >= 0
		}
	}()
	seen := map[string]bool{}
	for i, d := range e.docs {
		e.lower[i] = asciiLower(d.Norm)
		for _, t := range d.Tokens {
			if isLatinWord(t.Text) && len(t.Text) > 2 && !seen[t.Text] && !isDigits(t.Text) {
				seen[t.Text] = true
				e.latin = append(e.latin, t.Text)
			}
		}
	}
	sort.Strings(e.latin)
	arts := s.Articles()
	e.multi = len(arts) > 1
	for _, a := range arts {
		e.sources = append(e.sources, Source{
			Name: a.Name, Title: a.Title(), SourceLine: a.SourceLine(),
			Paragraphs: len(a.Paragraphs), Body: a.Count(index.Body),
		})
		e.source[a.Name] = a.SourceLine()
	}
	return e
}

// Sources lists the loaded articles.
func (e *Engine) Sources() []Source { return e.sources }

// SourceLine is the source attribution of the named article.
func (e *Engine) SourceLine(article string) string { return e.source[article] }

// posting is one place a token stands.
type posting struct{ doc, s, e int }

// candidate is one sentence scored against a question.
type candidate struct {
	d          *index.Doc
	named      bool // the answer is the name the sentence gives something (名为“阿岳”)
	cov        float64
	bm25       float64
	namesOK    bool
	predOK     bool
	anchor     int // byte offset of the predicate (or first matched term)
	anchorE    int
	matched    [][2]int   // byte ranges of matched question words
	matchedBy  [][2]int   // by question term: its byte range, or -1s
	predPass   bool       // matched predicate is preceded by 被
	predExact  bool       // a predicate matched as written
	quality    float64    // how good the short answer is, 0..1, where the kind tells
	lender     *index.Doc // the neighbouring sentence the short answer came from
	cue        float64    // for why: how explicit the causal cue found is (cueStrength)
	denied     bool       // the sentence says the event did not happen, the question asks as if it did
	low        bool       // passed on the lower coverage bar
	predless   bool       // passed without the question's predicate, for naming the one asked about
	predDenied bool       // the predicate stands denied or supposed in the sentence
	lateAnchor bool       // the anchor is an infinitive, to be replaced by a main predicate
	looseTime  bool       // the predicate modifies a noun and its time is the sentence's, not its own
	total      bool       // the number answering 一共多少 is marked as a total (共计)
	marked     bool       // the number is marked as the sort asked for: the highest (最高), the required (应配备)
	causeNamed bool       // a why-question's words are followed by the statement of their cause
	explained  bool       // the why-question's own predicate is what a 之所以 of the sentence explains (explainsWord)
	answers    bool       // the sentence answers the article's own why-question
	kind       string     // the words naming the kind of the thing a what-kind question asks about (爱心低息贷款)
	speaker    *index.Doc // the sentence after a quotation that says who says it ("董嘉禾说。")
	introOnly  bool       // only the article's description elsewhere of the one it names holds the question's words
	score      float64
	span       string
}

// Answer answers one question. It never panics on any input and always
// returns an answer or a refusal.
func (e *Engine) Answer(raw string) (a Answer) {
	defer func() {
		if r := recover(); r != nil {
			e.panics.Add(1)
			a = refuse(Question{Raw: raw, Kind: KindOther, Lang: Chinese}, InvalidQuestion)
		}
	}()
	q := e.analyzeAny(raw)
	if q.Invalid {
		return refuse(q, InvalidQuestion)
	}
	if q.Stranger || q.Untold {
		return refuse(q, NotInArticle)
	}
	a = e.answer(q)
	if a.Status == Refused && a.Reason == NotInArticle {
		if lead, ok := e.lightEventTime(q); ok {
			return lead
		}
	}
	return a
}

// lightEventTime answers a Chinese when-question of nothing but light
// words ("炸的时候大概是几点") by the time of the article's lead, when the
// lead holds one of them (爆炸); not "几点才压下去", a time after it.
// So is one whose other words are all the headline's, the thing the
// article is about, and no verb but a light one ("钢板翘起来那会儿大概几点",
// headline "…钢板突然翘起…").
func (e *Engine) lightEventTime(q Question) (Answer, bool) {
	if q.Kind != KindWhen || q.Lang != Chinese || q.Event || strings.Contains(q.Lower, "才") {
		return Answer{}, false
	}
	light := onlyLight(q)
	if !light && !e.headlineOnly(q) {
		return Answer{}, false
	}
	lead := e.leadEvent(q)
	if lead.Status != Answered {
		return lead, false
	}
	text := lead.Citations[0].Text
	if !light && !slices.ContainsFunc(q.Terms, func(t Term) bool { return !t.Light && looselyIn(text, t) }) {
		return lead, false // the lead tells of another thing than the headline's the question names
	}
	return lead, slices.ContainsFunc(q.Terms, func(t Term) bool {
		if personNoun(t.Text) || eventWords[t.Text] || !strings.Contains(text, t.Text) {
			return false
		}
		// (with the headline's thing named, a light verb of one character
		// the lead holds will do: 炸 of 爆炸)
		return !lex().light[t.Text] || !light && utf8.RuneCountInString(t.Text) == 1 && t.Text != "是"
	})
}

// looselyIn reports whether text holds t, one of its alternatives, or a
// two-character t with one character between its two (钢板 in 钢盖板).
func looselyIn(text string, t Term) bool {
	if termIn(text, t) {
		return true
	}
	if rs := []rune(t.Text); len(rs) == 2 {
		rt := []rune(text)
		for i := 0; i+2 < len(rt); i++ {
			if rt[i] == rs[0] && rt[i+2] == rs[1] {
				return true
			}
		}
	}
	return false
}

// headlineOnly reports whether q's words that are not light are all in a
// headline of the articles, and none of them is a verb.
func (e *Engine) headlineOnly(q Question) bool {
	n := 0
	for _, t := range q.Terms {
		if t.Light {
			continue
		}
		if t.Predicate || t.Name || t.unknown || !e.inHeading(t) {
			return false
		}
		n++
	}
	return n > 0
}

// onlyLight reports whether every word of q is light, none a name.
func onlyLight(q Question) bool {
	return len(q.Terms) > 0 && !slices.ContainsFunc(q.Terms, func(t Term) bool { return !t.Light || t.Name })
}

func (e *Engine) answer(q Question) Answer {
	if q.Kind == KindWhen && q.Grain == "duration" {
		q.DurUnit = askedUnit(q.Lower)
	}
	if q.Event && q.Kind == KindWhen && sinceAsk.MatchString(q.Lower) {
		// "how long had this guy been doing it, like when did he start":
		// the time the article says the matter has gone on since
		if a := e.sinceEvent(q); a.Status == Answered {
			return a
		}
	}
	if q.Event && !(q.Kind == KindWhere && fromAsk.MatchString(q.Lower)) {
		// (where it came from is no place the lead names: "从哪儿钻进来的")
		if a := e.leadEvent(q); a.Status == Answered || len(q.Terms) == 0 {
			return a
		}
		// no lead says where: the question's own words may
	} else if q.Kind == KindWhen && thisMatterWhen.MatchString(q.Lower) {
		// "滑翔伞挂树上这事是哪天几点出的": the event the question tells, and
		// calls 这事, is the article's own when its lead tells of it
		if a := e.leadEvent(q); a.Status == Answered && len(a.Citations) > 0 && holdsThing(q, a.Citations[0].Text) {
			return a
		}
	}
	e.weigh(&q)
	if q.Kind == KindHowMany {
		q.period = askedPeriod(q.Lower)
		if q.period == "" && q.Measure == "money" && unitPriceAsk.MatchString(q.Lower) {
			q.period = "unit"
		}
	}
	q.tenure = q.Kind == KindWhen && q.Grain == "duration" && tenureAsk.MatchString(q.Lower)
	if q.Kind == KindYesNo {
		q.hadAsked, q.hadNoun = hadAsk(q)
		q.offerAsked = acceptAsked.MatchString(q.Lower)
	}
	q.plan = q.Kind == KindWhat && planAsk.MatchString(q.Lower) || q.Kind == KindWhen && q.Grain != "duration" && whenPlanAsk.MatchString(q.Lower)
	if q.quotes = quotesRole(q); q.quotes {
		// the one quoted may be named in the sentence before what they said
		for i, t := range q.Terms {
			if !t.Name && speakerRole(t.Text) {
				q.Terms[i].Weight *= roleAnchor
			}
		}
	}
	cands := e.score(q)
	e.headlineLends(q, cands)
	var bestBody, bestOther *candidate
	var pass []*candidate
	minCov, lowCov := minCoverage, lowCoverage
	if q.Lang == English {
		// translated terms miss more of a sentence's words than the
		// question's own Chinese would
		minCov, lowCov = minCoverage*englishCoverage, lowCoverage*englishCoverage
	}
	whichCov := whichCoverage
	if q.Lang == English {
		whichCov *= englishCoverage
	}
	for _, c := range cands {
		if c.d.Section == index.Body {
			if c.namesOK && (bestBody == nil || c.cov > bestBody.cov) {
				bestBody = c
			}
			// "受伤的保安多大岁数了": the modifier only says which one;
			// the age of the one it picks out answers, whatever befell them
			// whether the sentence names someone right after the title of
			// the one asked for, found once and only when needed
			titled, titledKnown := false, false
			titlesName := func() bool {
				if !titledKnown {
					titled, titledKnown = e.titlesName(c), true
				}
				return titled
			}
			// "what kind of loan": a sentence naming a kind of loan
			// (爱心低息贷款) says, whatever its verb
			kindOK := q.Kind == KindWhat && q.kindIn(c.d) != ""
			agedOne := q.Lang == Chinese && q.Measure == "age" && c.cov >= lowCov && onlyModifiers(q) && ageGiven.MatchString(e.lower[c.d.ID])
			lowOK := agedOne || c.cov >= lowCov && (kindOK || c.predExact && e.hasKindFeature(q, c)) ||
				// "一共多少" and a number marked as the total (共计5200余万元)
				c.cov >= totalCoverage && q.Kind == KindHowMany && q.Total && e.feats[c.d.ID].total ||
				// "故障的直接原因是…": the cause of the very thing asked about
				c.cov >= totalCoverage && c.causeNamed ||
				// "(这种套路)为啥老是能得手" and "此类…之所以屡屡得手,一是…":
				// the very verb asked about, explained, on less
				c.cov >= namedCoverage && c.explained ||
				// "以涉嫌危险驾驶罪…刑事拘留": the crime of the very arrest asked about
				c.cov >= lowCov && q.Charge && e.hasKindFeature(q, c) ||
				// "视频中的导游名叫郑丽萍" for "那个威胁游客的导游叫啥名字":
				// the name of the one described, whatever they did
				c.cov >= namedCoverage && q.NameAsked && namesDescribed(e.lower[c.d.ID], c) ||
				// "给那女孩看伤的是哪个医生": the name after the title of the
				// kind asked (副主任医师何建平), on a little more
				c.cov >= whichCov && q.whichOne && titlesName() ||
				// "来挖树的工人有几个人": the count right by the thing it
				// counts (共有工人12名), on as little
				c.cov >= whichCov && q.Kind == KindHowMany && q.Lang == Chinese && q.Measure != "money" && countBeside(q, c)
			c.low = c.cov < minCov
			// a question for the charge is about the arrest or trial that
			// names the crime, however the question words it ("bring charges")
			// and a why-question is answered by a sentence that names the
			// cause of one of its words, whatever its verb ("…是导致资金链
			// 断裂的根本原因" for "why did they run out of money")
			predOK := c.predOK || q.Charge && e.hasKindFeature(q, c) || c.causeNamed ||
				// "获救少年名叫蒋浩然" for "the name of the boy who survived":
				// the sentence names the one described, whatever its verb
				q.NameAsked && namesDescribed(e.lower[c.d.ID], c) || (q.NameAsked || q.whichOne) && titlesName() ||
				// "“平安暑假·远离溺水”游泳安全宣传活动" for "what's the safety
				// campaign called": the title the thing goes by, whatever the verb
				q.Named && !q.Real && q.Kind == KindWhat && quotedTitle(e.lower[c.d.ID], c) != "" ||
				// "52岁的罗德兵" for "the 52 year old who died": the age
				// the question gives picks the person out, whatever the verb
				q.Kind == KindWho && givesAge(e.lower[c.d.ID], c) || agedOne || kindOK ||
				// "有个专家说老桥墩扛不住砂船,他叫什么" and "桥梁工程师黄志刚分析,…":
				// what one said is the question's paraphrase; that they said it
				// is the sentence's
				q.Kind == KindWho && q.Lang == Chinese && asksPersonNoun(q) && (asksSpeaker.MatchString(q.Lower) || opinionAsk.MatchString(q.Lower)) && e.namesSpeaker(c.d)
			if q.NameAsked {
				if rest, ok := ageMatched(e.lower[c.d.ID], c); ok && unnamedAged.MatchString(rest) {
					continue // "the name of the 9 year old boy" and "…和她9岁的儿子": no name of his
				}
			}
			if q.Kind == KindYesNo && (c.cov < yesNoCoverage || q.absentThing) {
				// "did the truck driver get arrested": the arrest of someone
				// else says nothing of him
				continue
			}
			// the article's own question ("工厂为何走到这一步？") answers nothing
			if c.namesOK && predOK && !c.denied && !e.isAsker(c.d.ID) && (c.cov >= minCov || lowOK) {
				c.predless = !c.predOK && q.Kind == KindWho && hasPredicate(q)
				pass = append(pass, c)
			}
		}
	}
	// Appended content is judged a paragraph at a time: an ad's heading and
	// its prices may sit in different sentences.
	var anyOther *candidate // the same, though it lacks a name or thing the question insists on
	for _, c := range e.paragraphs(q, cands) {
		if c.namesOK && (bestOther == nil || c.cov > bestOther.cov) {
			bestOther = c
		}
		if anyOther == nil || c.cov > anyOther.cov {
			anyOther = c
		}
	}
	bodyCov := 0.0
	if bestBody != nil {
		bodyCov = bestBody.cov
	}
	// The question is about appended content when that is where its
	// evidence is: clearly better than anything in the body.
	// A question after an offer (a sale, a discount) the body makes none
	// of is the ad's when the ad holds its words as well as the body does.
	// So is one after the weather to come, where the body forecasts none.
	offer := bestOther != nil && bestOther.d.Section == index.Unrelated && bestOther.cov >= bodyCov-0.05 &&
		(offerAsk.MatchString(q.Lower) && !e.offers || weatherAsk.MatchString(q.Lower) && comingAsk.MatchString(q.Lower) && !e.forecasts)
	if bestOther != nil && (bestOther.cov >= unrelatedCoverage || offer) &&
		(bestOther.cov >= bodyCov+0.15 || len(pass) == 0 && bestOther.cov > bodyCov || offer) {
		if bestOther.d.Section == index.Unrelated {
			return refuse(q, UnrelatedContent)
		}
		if len(pass) == 0 {
			// (a source line that echoes the question, "据公安机关通报",
			// says nothing against the body's sentences that answer it)
			return refuse(q, NotInArticle)
		}
	}
	if q.Kind == KindHowMany && !e.bodyHoldsSum(q) {
		// "最后被罚了多少钱" of an article that fines nobody: any other
		// sum it gives is no fine
		return refuse(q, NotInArticle)
	}
	// Rank the passing sentences by what the kind needs.
	var best *candidate
	for _, c := range pass {
		// (on a near tie for who, the body's sentence over the headline's,
		// whose shortness alone lifts its BM25: "江州马拉松一跑者倒地" gives
		// no name for "who was the runner", "倒地跑者名叫陈志远" does)
		if e.rank(q, c) && (best == nil || c.score > best.score || q.Kind == KindWho && c.score >= best.score-headlineTie && e.heading[best.d.ID] && !e.heading[c.d.ID]) {
			best = c
		}
	}
	if best != nil && len(q.kindFocus) > 0 && best.kind == "" {
		// "what kind of fish": the sentence that names a kind of fish
		// (钓鳊鱼), nearly as good, over one that names none
		for _, c := range pass {
			if c.kind != "" && c.score >= best.score-kindMargin && (best.kind == "" || c.score > best.score) {
				best = c
			}
		}
	}
	if best != nil && best.predless && best.span != "" {
		// "the expert that explained why the typhoon grew": of the
		// sentences that name him, the one where he explains, over the
		// one that only gives his title (气象学家Henrik Solberg)
		var full *candidate
		for _, c := range pass {
			if !c.predless && c.span != "" && c.score >= best.score-predlessMargin && sameAnswer(c.span, best.span) && (full == nil || c.score > full.score) {
				full = c
			}
		}
		if full != nil {
			best = full
		}
	}
	if best != nil && q.Kind == KindYesNo && asksStill.MatchString(q.Lower) {
		// "do owners still have to sign that form": a later sentence
		// that revokes what the answer is about (取消《…确认书》) says no
		if d := e.revokedLater(q, best); d != nil {
			best = &candidate{d: d, namesOK: true, predOK: true, anchor: -1, span: noWord(q), score: best.score, cov: best.cov}
		}
	}
	if best != nil && best.span != "" && q.Kind == KindWhen && asksFirst.MatchString(q.Lower) && !inFirstPlace.MatchString(q.Lower) {
		// "when did they first spot it": of the times nearly as well
		// supported, the earliest
		bt, ok := parseMoment(best.span)
		for _, c := range pass {
			if c == best || c.span == "" || c.score < best.score-firstMargin {
				continue
			}
			if t, tok := parseMoment(c.span); tok && ok && t.before(bt) {
				best, bt = c, t
			}
		}
	}
	if best != nil && q.Kind == KindWho && utf8.RuneCountInString(best.span) == 2 && strings.HasSuffix(best.span, "某") {
		// "警方通报称,…法定代表人郜某已于…" and "法定代表人为郜树岚": the
		// sentence that gives the full name of the one masked, nearly as good
		best = e.unmasked(pass, best)
	}
	if best != nil && best.span != "" && q.Kind != KindWhy {
		// the same answer from an earlier sentence, nearly as good: the
		// article's first mention introduces it ("委托…律师唐砚秋" before
		// "唐砚秋表示")
		first := best
		// (not one without the hour a question for the hour asks:
		// "哪天几点被逮到的", "11月16日晚" before "11月16日晚8时许")
		hour := q.Kind == KindWhen && (q.Grain == "clock" || clockGrain.MatchString(q.Lower)) && clockRe.MatchString(best.span)
		margin := sameAnswerMargin
		if q.Kind == KindWho {
			margin = sameNameMargin
		}
		for _, c := range pass {
			if hour && !clockRe.MatchString(c.span) {
				continue
			}
			// (or the same kind of thing: "大型高加索犬" before "这只高加索犬")
			same := sameAnswer(c.span, best.span) || c.kind != "" && best.kind != "" && sameAnswer(c.kind, best.kind) ||
				// (or the firm's full name before its short one: "维保单位为澄阳恒运电梯维保有限公司" before "恒运公司")
				q.Kind == KindWho && shortFirmOf(best.span, c.span)
			if c.span != "" && c.d.ID < first.d.ID && !e.heading[c.d.ID] && c.predless == best.predless && c.score >= best.score-margin && same {
				first = c
			}
		}
		best = first
	}
	if best != nil && best.span != "" && q.Kind == KindWhen && q.Grain == "date" && clockGrain.MatchString(q.Lower) && !clockRe.MatchString(best.span) {
		// "哪天几点": a sentence that tells the same day to the hour
		// ("11月27日凌晨5时许,…停机") over one that gives the day alone
		var hour *candidate
		for _, c := range pass {
			if c.span != "" && strings.HasPrefix(c.span, best.span) && clockRe.MatchString(c.span) && c.score >= best.score-hourMargin && (hour == nil || c.score > hour.score) {
				hour = c
			}
		}
		if hour != nil {
			best = hour
		}
	}
	if best != nil && best.span != "" && e.heading[best.d.ID] {
		// a headline sums up a sentence of the body: cite the sentence
		// that gives the same answer, if it is nearly as good
		var body *candidate
		for _, c := range pass {
			if c.span != "" && !e.heading[c.d.ID] && c.score >= best.score-headlineMargin && (body == nil || c.score > body.score) &&
				(sameAnswer(c.span, best.span) || q.Kind == KindHowMany && roughOf(best.span, c.span)) {
				body = c
			}
		}
		if body == nil && q.Kind != KindWhy {
			// nor one that passed: the body's sentence that gives the very
			// answer, in words of its own ("共取消航班412个" for a headline's
			// "罢工三天停飞412个航班"), is the evidence the headline sums up
			inPass := map[*candidate]bool{}
			for _, c := range pass {
				inPass[c] = true
			}
			for _, c := range cands {
				if inPass[c] || c.d.Section != index.Body || e.heading[c.d.ID] || !c.namesOK || c.denied || e.isAsker(c.d.ID) || body != nil && c.score <= body.score {
					continue
				}
				if e.rank(q, c) && c.span != "" && sameAnswer(c.span, best.span) {
					body = c
				}
			}
		}
		if body != nil {
			best = body
		}
	}
	if best != nil && q.Kind == KindWhat && injuryPart.MatchString(q.Lower) && injuryAt(best.d.Norm) < 0 && !bodyPart.MatchString(best.d.Norm) {
		// "伤到哪儿了": a sentence that names no injury, nor part of the
		// body, says not where
		best = nil
	}
	if best != nil && q.Lang == Chinese && makerAsk.MatchString(q.Lower) && !makerGiven.MatchString(best.d.Norm) {
		// "哪个厂家生产的": a sentence that says nothing of making names no maker
		best = nil
	}
	if best != nil && (q.Lang == Chinese && brandAsk.MatchString(q.Lower) || q.Lang == English && enBrandAsk.MatchString(q.Lower)) && !brandGiven.MatchString(best.d.Norm) {
		// "什么牌子的无人机": a sentence that names no make says nothing of it
		best = nil
	}
	if best != nil && (q.Lang == Chinese && workAsk.MatchString(q.Lower) || q.Lang == English && enWorkAsk.MatchString(q.Lower)) && !strings.Contains(best.d.Norm, "《") {
		// "what movie was playing": a sentence that gives no title in
		// 《》 names no film, however much of the scene it holds
		best = nil
	}
	if best != nil && len(q.WhichOf) > 0 && onlyUnnamed(e.lower[best.d.ID], q.WhichOf) {
		// "which brokerage": "早年曾在一家券商担任…" names none
		best = nil
	}
	if best == nil {
		if bestOther == nil {
			// "how big is the discount on sofas in that sale": the discount
			// is nowhere, but the sofas only in an ad
			bestOther = anyOther
		}
		if bestOther != nil && bestOther.d.Section == index.Unrelated && e.offBodyOnly(q, bestOther.d) {
			return refuse(q, UnrelatedContent)
		}
		return refuse(q, NotInArticle)
	}
	if q.Kind == KindWhen && q.Grain == "date" && sameDayOnly.MatchString(best.span) {
		// "哪天…" answered only "当天": the day the story is about, as
		// its lead dates it
		if a := e.leadEvent(q); a.Status == Answered && len(a.Citations) > 0 && a.Citations[0].Article == best.d.Article {
			return a
		}
	}
	cites := []*index.Doc{best.d}
	if best.lender != nil {
		cites = []*index.Doc{best.lender, best.d}
	} else if h := e.listHeader(q, best.d); h != nil {
		// "洁雅洗衣为何会突然关门？…原因主要有三:一是…;" then "三是…,资金链
		// 便随之断裂": the reasons the article gives for its own why, from
		// the first, over the one item the question's words fall in
		cites = []*index.Doc{h, best.d}
	}
	if best.speaker != nil {
		cites = append(cites, best.speaker)
	}
	if q.Kind == KindWhy {
		if next := e.continuation(best.d); next != nil {
			cites = append(cites, next)
		}
	}
	sort.SliceStable(pass, func(i, j int) bool { return pass[i].score > pass[j].score })
	for _, c := range pass {
		if len(cites) >= 3 {
			break
		}
		if c == best || c.span == "" || c.score < best.score*0.85 || hasDoc(cites, c.d) {
			continue
		}
		cites = append(cites, c.d)
	}
	ans := Answer{
		Question: q.Raw, Status: Answered, Kind: q.Kind, Answer: best.span,
		Reason: NoReason, Lang: q.Lang,
	}
	if q.Lang == English && q.Kind == KindWhen && !(q.Grain == "duration" && strings.HasSuffix(ans.Answer, "日")) {
		ans.Answer = withEnglishDate(ans.Answer) // (not "12日" of 拘留12日, twelve days)
	}
	for _, d := range cites {
		ans.Citations = append(ans.Citations, Citation{Article: d.Article, Paragraph: d.Paragraph, Sentence: d.Index, Text: d.Text})
	}
	ans.Message = answeredMessage(q.Lang, ans.Citations)
	return ans
}

// unmasked returns the candidate of pass whose answer is the full name of
// the one best names by surname and 某 (郜树岚 for 郜某), when it is nearly as
// well supported, or else best. The article must name but one person of
// that surname in full.
func (e *Engine) unmasked(pass []*candidate, best *candidate) *candidate {
	full := slices.DeleteFunc(e.surnamed(strings.TrimSuffix(best.span, "某")), func(n string) bool { return strings.Contains(n, "某") })
	if len(full) != 1 {
		return best
	}
	pick := best
	for _, c := range pass {
		if c.span == full[0] && c.predless == best.predless && c.score >= best.score-sameNameMargin && (pick == best || c.score > pick.score) {
			pick = c
		}
	}
	return pick
}

// shortFirmOf reports whether short is a firm's short name (恒运公司) and
// full a full name that holds its core (澄阳恒运电梯维保有限公司).
func shortFirmOf(short, full string) bool {
	core := ""
	for _, suf := range []string{"公司", "集团"} {
		if c, ok := strings.CutSuffix(short, suf); ok {
			core = c
		}
	}
	n := utf8.RuneCountInString(core)
	return n >= 2 && n <= 4 && len(full) > len(short) && strings.Contains(full, core) && endsOrg(full) && hasHan(core)
}

// restWords are the Chinese words for the others or the rest.
const restWords = `其余|其他|其它|另外|剩余|剩下`

// asksRest asks about the others or the rest: 其余, 其他, "the other ones".
var asksRest = regexp.MustCompile(restWords + `|\bother\b|\bothers\b|\brest\b|\bremaining\b|\belse\b`)

// restBefore ends the text before a count of the others: "全市其余".
var restBefore = regexp.MustCompile(`(?:` + restWords + `)的?$`)

// restCount reports whether span, a count, first stands in text right
// after a word for the others ("其余83家").
func restCount(text, span string) bool {
	i := strings.Index(text, span)
	return span != "" && i > 0 && restBefore.MatchString(text[:i])
}

// asksStill asks whether something holds still: "do they still have to",
// "还要签吗", "仍需缴纳吗".
var asksStill = regexp.MustCompile(`(?i)\bstill\b|\bany\s?more\b|\bany longer\b|还要|还得|还需|还必须|仍需|仍要|仍然|依然|依旧`)

// revokes says a thing was done away with or changed: 取消, 不再, 改为.
var revokes = regexp.MustCompile(`取消|撤销|废止|废除|不再|停止|叫停|撤回|作废|免除|改为`)

// revokedLater returns the body sentence after best's, in its article,
// that revokes one of the things of the question best holds (取消《房屋
// 质量无异议确认书》 after the form owners had to sign), or nil.
func (e *Engine) revokedLater(q Question, best *candidate) *index.Doc {
	for i, t := range q.Terms {
		if i >= len(best.matchedBy) || t.Light || t.Name || t.Predicate || best.matchedBy[i][1] <= best.matchedBy[i][0] {
			continue
		}
		thing := best.d.Norm[best.matchedBy[i][0]:best.matchedBy[i][1]]
		if utf8.RuneCountInString(thing) < 2 {
			continue
		}
		for _, d := range e.docs[best.d.ID+1:] {
			if d.Article != best.d.Article {
				break
			}
			if d.Section != index.Body {
				continue
			}
			if at := strings.Index(d.Norm, thing); at >= 0 && revokes.MatchString(clauseAt(d.Norm, at)) {
				return d
			}
		}
	}
	return nil
}

// askedFine asks the amount of a fine: 罚了多少, 罚款多少; "how much was he
// fined", "how big a fine", "what penalty". An article writes a fine with 罚
// (罚款, 处罚, 罚金); 赔 is no such kind: "赔了多少钱" asks a 补偿 as well.
var askedFine = regexp.MustCompile(`罚|\bfine[sd]?\b|\bfining\b|\bpenalt(?:y|ies)\b`)

// bodyHoldsSum reports whether the bodies of the articles hold the kind of
// sum a how-many question asks the amount of, or it asks no such kind.
func (e *Engine) bodyHoldsSum(q Question) bool {
	return e.fines || !askedFine.MatchString(q.Lower)
}

// introHolds reports whether a description the article gives elsewhere
// of a person sentence d names holds one of the question's words.
func (e *Engine) introHolds(q Question, d int) bool {
	for i, t := range q.Terms {
		if t.Name || t.Predicate || t.Light {
			continue
		}
		for _, in := range e.intros[d] {
			if h := q.hits[i][in.doc]; h.w > 0 && h.s >= in.s && h.e <= in.e {
				return true
			}
		}
	}
	return false
}

// objectPronoun is 其 as the object of a verb (将其抓获, 对其罚款, 把其),
// not 其中, 其他 or 尤其.
var objectPronoun = regexp.MustCompile(`(?:将|对|把|向|令|使|责令|判处|称)其`)

// subjectPronoun opens a sentence whose subject is a person named before
// it: "他建议", "她表示".
var subjectPronoun = regexp.MustCompile(`^(?:但|而|同时|此外|随后)?[他她](?:们)?(?:还|也|则|又|同时)?\p{Han}`)

// intro is where an article describes a person it names: the words of
// the clause before the name, when a noun or a title stands right before it
// ("恒冰制冷法定代表人|许振川", "驾驶员|蒙立新").
type intro struct{ doc, s, e int }

// introductions finds, for each sentence, the descriptions its article
// gives, in other sentences of its body, of the people it names.
func (e *Engine) introductions() ([][]intro, map[string][]string) {
	out := make([][]intro, len(e.docs))
	as := map[string][]string{}
	names := e.introduced()
	for _, name := range names {
		// one pass over the bodies: where the name stands, and where a
		// noun or a title stands right before it
		var mentions []int
		var ins []intro
		mention := func(d int) {
			if len(mentions) == 0 || mentions[len(mentions)-1] != d {
				mentions = append(mentions, d)
			}
		}
		surnamed := ""
		if anonymized.MatchString(name) && utf8.RuneCountInString(name) == 2 {
			surnamed = strings.TrimSuffix(name, "某") + "姓"
		}
		for _, d := range e.docs {
			if d.Section != index.Body {
				continue
			}
			text := e.lower[d.ID]
			for _, at := range offsetsOf(text, surnamed) {
				// "一名67岁的裘姓老人" describes the 裘某 of later sentences
				// as 老人, up to the noun after 裘姓
				if end := e.nounAt(d, at+len(surnamed)); end > 0 {
					mention(d.ID)
					ins = append(ins, intro{d.ID, clauseStart(text, at), end})
				}
			}
			for _, at := range offsetsOf(text, name) {
				mention(d.ID)
				start := clauseStart(text, at)
				end := at
				if v := namingVerbBefore(text[start:at]); v != "" {
					end -= len(v) // "受伤的司机名叫聂志恒": the driver
				}
				if start != end && e.nounBefore(d, end) {
					// after any other name: "外省商人蒋某和本地电工杨某"
					// describes 杨某 as 本地电工 only
					for _, other := range names {
						if k := strings.LastIndex(text[start:at], other); other != name && k >= 0 {
							start += k + len(other)
						}
					}
					ins = append(ins, intro{d.ID, start, end})
				}
			}
		}
		for _, d := range mentions {
			for _, in := range ins {
				if in.doc != d && e.docs[in.doc].Article == e.docs[d].Article {
					out[d] = append(out[d], in)
				}
			}
		}
		for _, in := range ins {
			as[name] = append(as[name], e.lower[in.doc][in.s:in.e])
		}
	}
	return out, as
}

// offsetsOf returns the byte offsets where w stands in text, none
// overlapping; none for an empty w.
func offsetsOf(text, w string) []int {
	var out []int
	for off := 0; w != "" && off < len(text); {
		k := strings.Index(text[off:], w)
		if k < 0 {
			break
		}
		out = append(out, off+k)
		off += k + len(w)
	}
	return out
}

// clauseStart is the byte offset where the clause of text that holds
// offset at begins.
func clauseStart(text string, at int) int {
	if seps := clauseSep.FindAllStringIndex(text[:at], -1); len(seps) > 0 {
		return seps[len(seps)-1][1]
	}
	return 0
}

// nounAt returns the end of the noun that starts at byte offset at of
// sentence d, or 0 when none does.
func (e *Engine) nounAt(d *index.Doc, at int) int {
	for _, tk := range d.Tokens {
		if tk.Start == at {
			if strings.HasPrefix(tk.Pos, "n") && tk.Pos != "nr" {
				return tk.End
			}
			return 0
		}
		if tk.Start > at {
			return 0
		}
	}
	return 0
}

// describedAs returns the one person the articles describe by the role
// word w ("洁亮汽车美容店店主周海峰" for 店主), or "" when they describe no
// one or several so.
func (e *Engine) describedAs(w string) string {
	who := ""
	for name, descs := range e.namedAs {
		if slices.ContainsFunc(descs, func(d string) bool { return strings.HasSuffix(d, w) }) {
			if who != "" && who != name {
				return ""
			}
			who = name
		}
	}
	return who
}

// namingVerbBefore is the verb that ends text and gives the name after it
// to the noun before it (司机名叫, 负责人是), or "".
func namingVerbBefore(text string) string {
	for _, v := range []string{"名叫", "叫做", "名为", "是"} {
		if strings.HasSuffix(text, v) {
			return v
		}
	}
	return ""
}

// quotesRole reports whether a question asks what one it names by a role
// said or thinks ("what did the doctor say made him sick"): not who, nor
// which one.
func quotesRole(q Question) bool {
	return q.Kind != KindWho && len(q.WhichOf) == 0 && !asksWhich.MatchString(q.Lower) && (q.Lang == English && enQuoting.MatchString(q.Lower) ||
		slices.ContainsFunc(q.Terms, func(t Term) bool {
			return lex().speechActs[t.Text] || slices.Contains(lex().speech, t.Text) || opinionVerbs[t.Text]
		}))
}

// speakerRole reports whether w is a person's role (医师, 专家, 教授), not
// a body's (警方, 公司, 平台), whose own statement is what it says.
func speakerRole(w string) bool {
	r, _ := utf8.DecodeLastRuneInString(w)
	return roleWord(w) && !strings.ContainsRune("方司业团构府台门会局委院所", r)
}

// opinionVerbs are verbs of holding a view that an article quotes (专家
// 认为): "what does the expert think" asks the view.
var opinionVerbs = map[string]bool{"认为": true, "觉得": true, "分析": true, "看来": true}

// enQuoting are the English verbs of saying or holding a view, which the
// question's terms leave out.
var enQuoting = regexp.MustCompile(`\b(?:say|says|said|saying|think|thinks|thought|tell|tells|told|claim|claims|claimed|explain|explained|reckon|reckons|believe|believes)\b`)

// asksWhich asks to pick one out ("which accountant said…"), who may be
// the one quoted.
var asksWhich = regexp.MustCompile(`\bwhich\b|哪位|哪个|哪名|哪一位`)

// introduced returns the names whose introductions are looked for: the
// people of three characters or more (two are too often a cut word), and
// those news names by surname and 某 alone (蒋某).
func (e *Engine) introduced() []string {
	var out []string
	for name := range e.people {
		if utf8.RuneCountInString(name) >= 3 {
			out = append(out, name)
		}
	}
	seen := map[string]bool{}
	for _, d := range e.docs {
		if d.Section != index.Body {
			continue
		}
		for _, m := range anonymized.FindAllString(d.Norm, -1) {
			if sur := strings.TrimSuffix(m, "某"); !seen[m] && (lex().surnames[sur] || e.saysSurnamed(sur)) {
				seen[m] = true
				out = append(out, m)
			}
		}
	}
	return out
}

// saysSurnamed reports whether a body sentence speaks of someone by the
// surname sur ("裘姓老人"): then 裘某 is a person, whatever the list of
// surnames holds.
func (e *Engine) saysSurnamed(sur string) bool {
	for _, d := range e.docs {
		if d.Section == index.Body && strings.Contains(d.Norm, sur+"姓") {
			return true
		}
	}
	return false
}

// anonymized is a person named by surname and 某 (蒋某), as Chinese news
// names suspects and defendants.
var anonymized = regexp.MustCompile(`\p{Han}某`)

// nounBefore reports whether a noun or a title ends right at byte offset
// at of sentence d: the name there is in apposition to it (驾驶员蒙立新).
func (e *Engine) nounBefore(d *index.Doc, at int) bool {
	for _, tk := range d.Tokens {
		if tk.End == at {
			return (strings.HasPrefix(tk.Pos, "n") && tk.Pos != "nr") || lex().titles[tk.Text]
		}
		if tk.End > at {
			return false
		}
	}
	return false
}

// roughOf reports whether a headline's count, rounded (六百余名, 近200人),
// may stand for a body's exact one of the same measure (620名): the
// headline sums up the body, which tells the figure.
func roughOf(head, body string) bool {
	if !roughCount.MatchString(head) || !strings.ContainsAny(body, "0123456789") {
		return false
	}
	h, _ := utf8.DecodeLastRuneInString(head)
	b, _ := utf8.DecodeLastRuneInString(body)
	return h == b || strings.ContainsRune("名人位", h) && strings.ContainsRune("名人位", b)
}

// roughCount is a rounded count: a figure in Chinese numerals, or one
// with 余, 多, 近, 约, 逾 or 上 about it.
var roughCount = regexp.MustCompile(`^(?:近|约|逾|超|超过)[0-9零一二三四五六七八九十百千万两]+(?:余|多)?\p{Han}$|^[0-9零一二三四五六七八九十百千万两]+(?:余|多)\p{Han}$|^[零一二三四五六七八九十百千万两]+\p{Han}$`)

// sameAnswer reports whether one span holds the other, a number whole:
// "约1.2万剂" and "1.2万剂", not "22人" and "2人".
func sameAnswer(a, b string) bool {
	if strings.ContainsAny(a, "名位") || strings.ContainsAny(b, "名位") {
		// "17名" and "17人": a count of people either way
		a, b = peopleMeasure.ReplaceAllString(a, "${1}人"), peopleMeasure.ReplaceAllString(b, "${1}人")
	}
	if len(a) < len(b) {
		a, b = b, a
	}
	if strings.ContainsAny(a, "至到") && !strings.ContainsAny(b, "至到") {
		return false // "2000元到6000元" is a range, not its end (6000元)
	}
	for off := 0; off < len(a); {
		i := strings.Index(a[off:], b)
		if i < 0 {
			return false
		}
		i += off
		before, _ := utf8.DecodeLastRuneInString(a[:i])
		first, _ := utf8.DecodeRuneInString(b)
		after, _ := utf8.DecodeRuneInString(a[i+len(b):])
		last, _ := utf8.DecodeLastRuneInString(b)
		cutBefore := i > 0 && unicode.IsDigit(before) && (unicode.IsDigit(first) || first == '.')
		cutAfter := i+len(b) < len(a) && unicode.IsDigit(last) && (unicode.IsDigit(after) || after == '.')
		if !cutBefore && !cutAfter {
			return true
		}
		off = i + 1
	}
	return false
}

// peopleMeasure is a number counted in people by 名 or 位.
var peopleMeasure = regexp.MustCompile(`(\d|[一二三四五六七八九十百千万])[名位]`)

// inSegment reports whether span lies in the space-separated phrase of a
// headline that holds the byte offset at (any phrase when at is unknown).
func inSegment(text string, at int, span string) bool {
	if at < 0 || at > len(text) || span == "" {
		return true
	}
	start, end := 0, len(text)
	if i := strings.LastIndexAny(text[:at], " 　"); i >= 0 {
		start = i
	}
	if i := strings.IndexAny(text[at:], " 　"); i >= 0 {
		end = at + i
	}
	return strings.Contains(text[start:end], span)
}

// isHeading reports whether a sentence reads as a headline: short, and
// not ended like a sentence.
func isHeading(s string) bool {
	s = strings.TrimSpace(s)
	if utf8.RuneCountInString(s) > 40 {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(s)
	return !strings.ContainsRune("。!！;；…\"”", r)
}

// exclaimedTitle reports whether the paragraph s is a headline that
// exclaims: short, with no full stop, its sentences ending in exclamation
// marks or in nothing ("…11人受伤!涉事公司竟伪造记录").
func exclaimedTitle(s string) bool {
	s = strings.TrimSpace(s)
	r, _ := utf8.DecodeLastRuneInString(s)
	return strings.ContainsAny(s, "!！") && utf8.RuneCountInString(s) <= 60 && !strings.ContainsAny(s, "。;；") &&
		!strings.ContainsRune("…\"”", r)
}

// borrow looks for the answer of a when or how-many question in the
// sentence before the candidate, then the one after, in the same paragraph:
// "这是…自10月12日以来…。…停工…" splits the time from the event.
// holdsAny reports whether sentence d holds any of the question's words
// that are not light.
func (e *Engine) holdsAny(q Question, d int) bool {
	for i, t := range q.Terms {
		if !t.Light && q.hits[i][d].w > 0 {
			return true
		}
	}
	return false
}

// findingOpen opens a sentence with what an inquiry found: 据调查组初步查明,
// 经查, 调查发现.
var findingOpen = regexp.MustCompile(`^(?:据[^，,。]{0,12}(?:查明|调查|核查|核实)|经(?:初步)?(?:查|调查|核查|查明|鉴定)|(?:初步)?(?:调查|核查|勘查)(?:发现|显示|表明|认定))`)

// ownTopic opens a sentence with its own subject and a cue word of where
// it came from: "案件最早源于…", "此事起因是…".
var ownTopic = regexp.MustCompile(`^(?:案件|此案|该案|本案|事件|此事|这件事|事情|纠纷|事故|风波)[^,，。]{0,6}(?:源于|缘于|起因|源自|始于|起源于)`)

// chargedFor is a charge given as the reason of an arrest or a trial:
// 因涉嫌重大责任事故罪, 因涉嫌诈骗.
var chargedFor = regexp.MustCompile(`因涉嫌\p{Han}{2,16}`)

// ownCause opens a sentence with a cause whose effect the sentence goes on
// to tell: "由于没有报警装置，值班系统没有发出任何提示".
var ownCause = regexp.MustCompile(`^(由于|因为|因)[^,，。;；]{2,40}[,，]`)

func (e *Engine) borrow(q Question, c *candidate) (string, bool) {
	if q.Kind == KindWhen && findingOpen.MatchString(c.d.Norm) {
		// "据调查组初步查明，倒塌护栏…": what an inquiry found happened
		// before it; the time of the sentence before dates the inquiry
		return "", false
	}
	var fallback *candidate
	fbSpan := ""
	for _, id := range []int{c.d.ID - 1, c.d.ID + 1} {
		if id < 0 || id >= len(e.docs) {
			continue
		}
		n := e.docs[id]
		// the same paragraph; for a reason, also the next paragraph's
		// opening sentence (news puts the explanation there)
		nextPara := q.Kind == KindWhy && id == c.d.ID+1 && n.Index == 1
		if n.Article != c.d.Article || n.Paragraph != c.d.Paragraph && !nextPara || n.Section != index.Body || e.isAsker(id) {
			continue
		}
		nc := *c
		nc.d = n
		nc.matched = nil
		// as if the question's words stood at the near end of the neighbour
		if id < c.d.ID {
			nc.anchor, nc.anchorE = len(n.Norm), len(n.Norm)
		} else {
			nc.anchor, nc.anchorE = 0, 0
		}
		if q.Measure == "age" && slices.ContainsFunc(q.Terms, func(t Term) bool { return !t.Light }) && !e.holdsAny(q, id) && !e.pointsBack(id) {
			// "据其丈夫许晨介绍…" after "林晓雯，今年26岁": an age next door
			// is someone else's, unless it holds who is asked about or
			// points back to them ("这位63岁的老人")
			continue
		}
		if q.Measure == "age" && e.namesOthers(c.d.ID, id) && !e.pointsBack(id) {
			// "另有一名理货员刘小军被划伤左臂" after "遇难司机名叫周德海，今年
			// 46岁": the age next door is of someone the sentence does not name
			continue
		}
		if nextPara && n.Paragraph != c.d.Paragraph && !e.holdsAny(q, id) && ownTopic.MatchString(n.Norm) {
			// "案件最早源于一名退休教师的报警" opening the next paragraph: the
			// origin of its own subject, not the reason asked
			continue
		}
		if q.Kind == KindWhen && foundedIn.MatchString(n.Norm) && !e.holdsAny(q, id) {
			// "工坊创办于2009年" before "创办人柳秀芬…是省级…传承人": the
			// year dates the founding, not what is asked of her
			continue
		}
		if q.Kind == KindWhy && e.reasonOf[id] >= 0 && c.d.ID > e.reasonOf[id] {
			// "一是味源公司至今拖欠…货款" before "他说,…订单被对方取消,…
			// 资金链随之紧张": an item of a list of reasons lends no reason
			// to what goes on with the list (it lends only to its header)
			continue
		}
		if q.Kind == KindWhy && ownCause.MatchString(n.Norm) && !e.holdsAny(q, id) {
			// "由于没有报警装置，值班系统没有发出任何提示": a neighbour that
			// opens with a cause gives the reason for its own event, unless
			// that event is the question's
			continue
		}
		if q.Kind == KindWhy && holdsFoundCause(n.Norm) && !e.holdsAny(q, id) {
			// "火灾系…电热毯线路老化短路…所致": what an inquiry found its own
			// event to be, unless that event is the question's
			continue
		}
		if q.Kind == KindWhy && !q.Charge && chargedFor.MatchString(n.Norm) && !e.holdsAny(q, id) {
			// "王某因涉嫌重大责任事故罪已被依法刑事拘留": the charge is the
			// reason for that sentence's own arrest, not for what is asked
			continue
		}
		if span, ok := e.span(q, &nc); ok {
			if q.Kind == KindWhy && nc.cue < 1 {
				// a neighbour that states no cause: the other one may
				// ("…换成了另一家平台。" then "“不是因为…,而是…”")
				if fallback == nil {
					fallback, fbSpan = &nc, span
				}
				continue
			}
			c.lender, c.quality, c.cue = n, nc.quality, nc.cue
			return span, true
		}
	}
	if fallback != nil {
		c.lender, c.quality, c.cue = fallback.d, fallback.quality, fallback.cue
		return fbSpan, true
	}
	return "", false
}

// periodAsk asks for an amount per stretch of time: "each month", "a
// year", "daily", 每月, 月薪.
var periodAsk = regexp.MustCompile(`\b(?:each|per|a|every) (month|year|day|week|hour|night)\b|\b(month|year|dai|week|hour|night)ly\b|\b(annual)(?:ly)?\b|每个?(月|年|天|日|周|星期|小时|晚)|(?:^|[^这那前后头上下近])一个?(月|年|天|周|星期|晚)(?:能|得|要|交|挣|赚|拿|花|收|卖|付|工资|收入|薪水|租金|房租)`)

// periodOf names the stretch of time a periodAsk match gives.
var periodOf = map[string]string{"month": "month", "月": "month", "year": "year", "annual": "year", "年": "year",
	"day": "day", "dai": "day", "天": "day", "日": "day", "week": "week", "周": "week", "星期": "week",
	"hour": "hour", "小时": "hour", "night": "night", "晚": "night"}

// periodGiven are how a sentence gives an amount per stretch of time.
var periodGiven = map[string]*regexp.Regexp{
	"month": regexp.MustCompile(`每个?月|月薪|月租|月费|月卡|月均|包月|一个月|/月|元月|按月|月收入|月工资|月缴|月交`),
	"year":  regexp.MustCompile(`每年|年薪|年费|年卡|年均|年租|年化|一年|全年|/年|按年|年收入|年产|年营业|年销售|年利润|年缴|年交|年度`),
	"day":   regexp.MustCompile(`每天|每日|日均|一天|/天|/日|按天|日薪|日产|日处理|当天|单日|一日`),
	"week":  regexp.MustCompile(`每周|每星期|一周|每个星期|周均|/周|按周`),
	"hour":  regexp.MustCompile(`每小时|/小时|一小时|每个小时|按小时|时薪`),
	"night": regexp.MustCompile(`每晚|一晚|每夜|/晚|一夜|晚上`),
	// a price of one thing: 每只45元, 单价, 45元一只, 人均
	"unit": regexp.MustCompile(`每\p{Han}|单个|单笔|单次|单件|单只|单价|均价|人均|户均|元/|元一` + unitMeasures + `|一` + unitMeasures + `(?:\p{Han}{0,4})?(?:要|卖|售价|价格|价钱)?\d`),
}

// totalGiven says an amount is a total: 总金额, 合计, 共计.
var totalGiven = regexp.MustCompile(`总(?:金额|价|额|计|共|值|造价|投资|收入|费用)|合计|共计|累计|一共|总共|共\d`)

// unitPriceAfter follows a sum that is the price of one thing: "十几块钱一个".
var unitPriceAfter = regexp.MustCompile(`^钱?一` + unitMeasures)

// unitMeasures are the measure words a price of one thing is given by.
const unitMeasures = `[只个件台瓶盒张份套双支把块条副箱袋包斤本辆间桌人户名位]`

// unitPriceAsk asks the price of one thing: 多少钱一只, 每个多少钱, 单价,
// "how much each", "apiece", "per unit".
var unitPriceAsk = regexp.MustCompile(`多少钱一` + unitMeasures + `|一` + unitMeasures + `(?:\p{Han}{0,3})?多少钱|每` + unitMeasures + `|单价|\b(?:each|apiece|a piece|per (?:piece|unit|item|one|person|head)|unit price|a pop)\b`)

// askedPeriod returns the stretch of time a how-much question asks an
// amount per ("month"), or "".
func askedPeriod(lower string) string {
	m := periodAsk.FindStringSubmatch(lower)
	if m == nil {
		return ""
	}
	for _, g := range m[1:] {
		if g != "" {
			return periodOf[g]
		}
	}
	return ""
}

// planAsk asks what is to be done: "what's the county gonna do", "going
// forward", 打算, 下一步, 今后.
var planAsk = regexp.MustCompile(`\b(?:gonna|going to|going forward|from now on|plan(?:s|ning)? to|will (?:they|it|he|she|the)|next step)\b|打算|准备|下一步|今后|以后(?:要|会|怎么)|将来`)

// whenPlanAsk asks when something is to be done: "when's the team
// supposed to start", "when is she getting her teeth", 打算什么时候.
var whenPlanAsk = regexp.MustCompile(`\b(?:gonna|going to|supposed to|expected to|hoping to|hope to|plan(?:s|ning|ned)? to|scheduled to|due to|will (?:they|it|he|she|the|we)|when(?:'s| is| are) \w+(?: \w+)? (?:getting|starting|opening|reopening|coming|finishing|happening))\b|打算|准备|预计|计划|什么时候能|啥时候能|何时能|哪天能|几时能`)

// planCue marks a sentence of what is to be done: 将, 计划, 今后, 拟.
var planCue = regexp.MustCompile(`预计|有望|争取|届时|将(?:在|于|对|从|把|为|会|全面|逐一|加装|更换|开展|组织|推出|投入|设立|建立|出台|继续|进一步|启动|按|向|用于)|计划|今后|下一步|拟|准备|打算|将来|此后将|要求.{0,12}(?:必须|一律|应当)`)

// foundedIn dates a founding or a building: "创办于2009年", "建于1996年".
var foundedIn = regexp.MustCompile(`(?:创办|创建|成立|建成|始建|兴建|修建|开业|落成|建)于\d{4}年`)

// offerAsk asks about a shop's offer: a sale, a discount, how much off.
var offerAsk = regexp.MustCompile(`\b(?:sales?|discounts?|deals?|promos?|promotions?|coupons?|bargains?|clearance)\b|how much off\b|\d+ ?(?:%|percent) off\b|打折|打几折|折扣|优惠|促销|特价|特卖|满减|便宜多少|减多少|活动价`)

// weatherAsk asks about the weather; with comingAsk, the weather to come.
var weatherAsk = regexp.MustCompile(`\b(?:weather|temperatures?|cold|colder|hot|warm|rain|rainy|snow|snowy|windy|storms?|freezing)\b|how cold|天气|气温|多冷|多热|冷不冷|热不热|下雨|降雨|下雪|降雪|降温|刮风|大风`)

// comingAsk asks about what is to come: "gonna", "tomorrow", 明天, 会不会.
var comingAsk = regexp.MustCompile(`\b(?:gonna|going to|will|tomorrow|tonight|this week|this weekend|next week|coming days|forecast(?:ed)?)\b|明天|明日|后天|今晚|这周|本周|周末|下周|这几天|未来|会不会|会下|将会|预报`)

// forecastWords are what a forecast of the weather is made with.
var forecastWords = regexp.MustCompile(`天气预报|气象台|预计.{0,8}(?:气温|降雨|降雪|雨|雪)`)

// offerWords are what an offer is made with (打折, 满…减).
var offerWords = regexp.MustCompile(`打折|折扣|促销|特价|特卖|大促|满\d+元?减|立减|优惠价|让利|酬宾`)

// thisPlace refers back to a place the article has just named: 该店,
// 这家店, 该厂, 该村.
var thisPlace = regexp.MustCompile(`(?:该|这家|这个|此)(?:店|门店|厂|工厂|公司|村|小区|学校|校|医院|院|酒店|餐馆|饭店|宴会厅|场|站|矿)`)

// namesOthers reports whether sentence d names people and sentence n names
// none of them.
func (e *Engine) namesOthers(d, n int) bool {
	if len(e.peopleAt[d]) == 0 {
		return false
	}
	for _, r := range e.peopleAt[d] {
		if strings.Contains(e.docs[n].Norm, e.docs[d].Norm[r.s:r.e]) {
			return false
		}
	}
	return true
}

// placeBefore finds the place a sentence that refers back to one (该店),
// or follows one that does, means in the sentences before it in its
// paragraph, nearest first, and makes the nearest that names it lend the
// answer.
func (e *Engine) placeBefore(q Question, c *candidate) (string, bool) {
	refers := thisPlace.MatchString(c.d.Norm)
	for id := c.d.ID - 1; id >= 0; id-- {
		n := e.docs[id]
		if n.Article != c.d.Article || n.Paragraph != c.d.Paragraph || n.Section != index.Body {
			break
		}
		if !refers {
			// (a sentence after one that refers back speaks of the same
			// place: "该店没有…。店员解释说，…")
			refers = thisPlace.MatchString(n.Norm)
			continue
		}
		nc := *c
		nc.d, nc.matched = n, nil
		nc.anchor, nc.anchorE = len(n.Norm), len(n.Norm)
		if span := e.whereSpan(q, &nc); span != "" {
			c.lender = n
			return span, true
		}
	}
	return "", false
}

// namedByRole finds, in the sentence before or after candidate c in its
// paragraph, a person's name right after a word for a person that c holds
// of the question's words (店主 … "涉事店主彭建军"), and returns it with
// that sentence; or, when c opens with 他 or 她, the name the sentence
// before gives after one of the roles asked.
func (e *Engine) namedByRole(c *candidate, asked []string) (string, *index.Doc) {
	if len(asked) > 0 && (strings.HasPrefix(c.d.Norm, "他") || strings.HasPrefix(c.d.Norm, "她")) {
		// "他随即向调度室报告": the one the sentence before names by the
		// role asked ("当班班长韩立军是…")
		if n := e.sameParagraph(c.d, c.d.ID-1); n != nil {
			if name := e.nameAfter(n, asked); name != "" {
				return name, n
			}
		}
	}
	var roles []string
	for _, m := range c.matched {
		if m[0] >= 0 && m[0] < m[1] && m[1] <= len(c.d.Norm) {
			if w := c.d.Norm[m[0]:m[1]]; personNoun(w) && !slices.Contains(roles, w) {
				roles = append(roles, w)
			}
		}
	}
	unnamed := false
	if m := unnamedOne.FindStringSubmatch(c.d.Norm); len(roles) == 0 && m != nil {
		// "第一个察觉异常的是一名外卖骑手。": the one the sentence says
		// it was, whom the next names by the same word ("外卖骑手陈志强"),
		// a role or not (保安)
		roles = append(roles, m[1])
		unnamed = true
	}
	if len(roles) == 0 {
		return "", nil
	}
	for _, id := range []int{c.d.ID + 1, c.d.ID - 1} {
		if n := e.sameParagraph(c.d, id); n != nil {
			if name := e.nameAfter(n, roles); name != "" {
				return name, n
			}
		}
	}
	if n := e.sameParagraph(c.d, c.d.ID+1); unnamed && n != nil {
		// "…的是一名大学生志愿者。" then "…专业大三学生陈思雨今年20岁":
		// the one person the next sentence names in its first clause,
		// by another word
		if name := e.firstClauseSole(n); name != "" {
			return name, n
		}
	}
	// "理事长“一个人说了算”": the one title of the question's the article
	// gives a single person anywhere in its body ("理事长覃肇礼今年52岁")
	var titles []string
	for _, r := range roles {
		if slices.Contains(asked, r) && lex().headSet[r] {
			titles = append(titles, r)
		}
	}
	if len(titles) == 0 {
		return "", nil
	}
	return e.soleNameAfter(c.d, titles)
}

// soleNameAfter returns the one person's name the body of d's article
// gives, in a sentence other than d, right after one of words, and the
// first sentence that gives it; "" and nil when it names no one so, or
// more than one (which one is unsaid).
func (e *Engine) soleNameAfter(d *index.Doc, words []string) (string, *index.Doc) {
	name, from := "", (*index.Doc)(nil)
	for _, o := range e.docs {
		if o.Article != d.Article || o.ID == d.ID || o.Section != index.Body || e.isAsker(o.ID) {
			continue
		}
		if n := e.nameAfter(o, words); n != "" {
			if name != "" && n != name {
				return "", nil
			}
			if name == "" {
				name, from = n, o
			}
		}
	}
	return name, from
}

// namedAgent returns the name the article's body gives, after the same
// word, to the one candidate c says did the deed asked about, by what
// they are, with 被 (大门已被房东上锁 and 工厂房东郁海潮), and the sentence
// that names them; "" and nil when the body names no one, or more than
// one, by that word.
func (e *Engine) namedAgent(c *candidate) (string, *index.Doc) {
	agent := ""
	for _, m := range c.matched {
		at := m[0]
		for _, tk := range c.d.Tokens {
			if tk.Start < at && at < tk.End {
				at = tk.Start // the verb's whole word: 锁 of 上锁
			}
		}
		if at > 0 && at <= len(c.d.Norm) {
			// (the word need be no role the lexicon knows: a person's
			// name after it says it is one)
			if p := passiveAgent.FindStringSubmatch(c.d.Norm[:at]); p != nil {
				agent = p[1]
				break
			}
		}
	}
	if agent == "" {
		return "", nil
	}
	return e.soleNameAfter(c.d, []string{agent})
}

// passiveBefore reports whether the verb at byte at of text is a passive's:
// 被 right before it, or with what did it between ("左前臂被喷出的火舌" of
// 燎伤), up to maxDoerRunes characters and no clause's end.
func passiveBefore(text string, at int) bool {
	for n := 0; at > 0 && n <= maxDoerRunes; n++ {
		r, size := utf8.DecodeLastRuneInString(text[:at])
		if r == '被' {
			return true
		}
		if strings.ContainsRune(clausePunct, r) {
			return false
		}
		at -= size
	}
	return false
}

// maxDoerRunes is how many characters passiveBefore lets stand between 被
// and its verb.
const maxDoerRunes = 8

// passiveAgent ends the text before a verb with its doer after 被: "已被房东".
var passiveAgent = regexp.MustCompile(`被(\p{Han}{2,6}?)(?:所|给)?$`)

// firstClauseSole is the one person sentence n names, when it names them
// in its first clause and names no one else; or "".
func (e *Engine) firstClauseSole(n *index.Doc) string {
	name := ""
	for _, r := range e.peopleAt[n.ID] {
		if w := n.Norm[r.s:r.e]; name == "" {
			name = w
			if strings.ContainsAny(n.Norm[:r.s], clausePunct) {
				return ""
			}
		} else if w != name {
			return ""
		}
	}
	return name
}

// unnamedOne is a sentence that ends saying who it was by what they are,
// unnamed: "第一个察觉异常的是一名外卖骑手。"
var unnamedOne = regexp.MustCompile(`的(?:是|正是|竟是)(?:一名|一位|一个|名|位)(\p{Han}{2,8})[。!！]?$`)

// namedByAge returns the one person the article names, in another
// sentence of its body, with the age sentence d gives someone it leaves
// unnamed ("一名78岁的老人" and "78岁的父亲刘德顺", "刘德顺(男,78岁)"), and
// that sentence; "" and nil when d gives no such age, or the age fits no
// one or more than one.
func (e *Engine) namedByAge(c *candidate) (string, *index.Doc) {
	d := c.d
	m := unnamedAge.FindStringSubmatchIndex(d.Norm)
	if m == nil || !overlapsAny(rng{m[4], m[1]}, c.matched) {
		return "", nil // not the one the question describes
	}
	age := d.Norm[m[2]:m[3]] + "岁"
	name, from := "", (*index.Doc)(nil)
	for _, o := range e.docs {
		if o.Article != d.Article || o.ID == d.ID || o.Section != index.Body || !strings.Contains(o.Norm, age) {
			continue
		}
		for _, r := range e.peopleAt[o.ID] {
			b := ageBefore.FindStringSubmatch(o.Norm[:r.s])
			a := ageAfter.FindStringSubmatch(o.Norm[r.e:])
			if !(b != nil && b[1]+"岁" == age || a != nil && a[1]+"岁" == age) {
				continue
			}
			if n := o.Norm[r.s:r.e]; name != "" && n != name {
				return "", nil // two people of that age
			} else if name == "" {
				name, from = n, o
			}
		}
	}
	return name, from
}

// ageBefore is an age right before a name ("78岁的父亲刘德顺", "现年78岁的
// 刘德顺"), ageAfter one in apposition after it ("刘德顺(男,78岁)",
// "刘德顺,78岁,").
var (
	ageBefore = regexp.MustCompile(`(\d{1,3})岁的?\p{Han}{0,4}$`)
	ageAfter  = regexp.MustCompile(`^(?:[(（](?:男|女)[,，、]|[,，]\s*(?:今年)?)(\d{1,3})岁(?:[)）,，。;；]|$)`)
)

// unnamedAge is someone a sentence describes by age and no name: "一名78岁
// 的老人", "一位65岁男子".
var unnamedAge = regexp.MustCompile(`(?:一名|一位|一个|名|位)(\d{1,3})岁(?:的)?(\p{Han}{0,2}?(?:老人|男子|女子|男孩|女孩|老汉|老太|老太太|妇女|孩子|学生|工人|村民|游客|乘客|司机|患者|老伯|儿童|女童|男童|少年|少女|居民))`)

// sameParagraph returns sentence id when it is of d's paragraph and body
// and not the article's own question, or nil.
func (e *Engine) sameParagraph(d *index.Doc, id int) *index.Doc {
	if id < 0 || id >= len(e.docs) {
		return nil
	}
	n := e.docs[id]
	if n.Article != d.Article || n.Paragraph != d.Paragraph || n.Section != index.Body || e.isAsker(id) {
		return nil
	}
	return n
}

// nameAfter is the first person's name of sentence n right after one of
// words (涉事店主|彭建军), or "".
func (e *Engine) nameAfter(n *index.Doc, words []string) string {
	for _, en := range e.entities(n) {
		if en.tier == 0 && endsWithAny(n.Norm[:en.s], words) {
			return n.Norm[en.s:en.e]
		}
	}
	return ""
}

// doerWeight is the credit of a word for whose trade the question's verb
// is (司机 for 驾驶).
const doerWeight = 0.85

// nearestAnchor moves the anchor to the occurrence of its word nearest
// the other matched words, by their weight, when the sentence repeats it:
// "总部位于上海,旗下拥有一座位于江苏盐城的整车工厂" asked where the plant is.
func nearestAnchor(text string, c *candidate, terms []Term) {
	if c.anchor < 0 || c.anchorE > len(text) || len(c.matched) < 2 {
		return
	}
	word := text[c.anchor:c.anchorE]
	if word == "" || strings.Count(text, word) < 2 {
		return
	}
	cost := func(at int) float64 {
		n := 0.0
		for i, m := range c.matchedBy {
			if m[0] < 0 || m[0] == c.anchor || i >= len(terms) || terms[i].Light {
				continue
			}
			n += terms[i].Weight * float64(min(abs(m[0]-at), abs(m[1]-at)))
		}
		return n
	}
	best, bestCost := c.anchor, cost(c.anchor)
	for off := 0; ; {
		k := strings.Index(text[off:], word)
		if k < 0 {
			break
		}
		if at := off + k; cost(at) < bestCost {
			best, bestCost = at, cost(at)
		}
		off += k + len(word)
	}
	c.anchor, c.anchorE = best, best+len(word)
}

// deniedAt reports whether the clause before byte offset i negates what
// follows or only supposes it (没有/未/不/并非; 一旦/如果), with only a few
// words between, "不少", "不过" and the like aside.
func deniedAt(text string, i int) bool {
	if i <= 0 || i > len(text) {
		return false
	}
	lo := max(0, i-30)
	for lo > 0 && !utf8.RuneStart(text[lo]) {
		lo++
	}
	head := text[lo:i]
	if !strings.ContainsAny(head, "没未不非旦如假倘若要万") {
		return false // the common case, without a regular expression
	}
	// "因为未按规定组织招标被约谈": the negation is of the cause, and the
	// event it brought about took place
	clause := text[:i]
	if k := strings.LastIndexAny(clause, ",，;；。:：!！?？"); k >= 0 {
		_, size := utf8.DecodeRuneInString(clause[k:])
		clause = clause[k+size:]
	}
	if locs := causeOpen.FindAllStringIndex(clause, -1); len(locs) > 0 {
		cut := i - len(clause) + locs[len(locs)-1][0]
		head = head[:max(0, cut-lo)]
	}
	if k := strings.LastIndexAny(head, ",，;；。:：!！?？"); k >= 0 {
		head = head[k+1:]
	}
	if k := strings.LastIndexAny(head, "”」"); k >= 0 {
		// "举着“锦帆不能死”等标语抗议": a quotation's negation is its own
		_, size := utf8.DecodeRuneInString(head[k:])
		head = head[k+size:]
	}
	head = notNegation.ReplaceAllString(head, "")
	if notThatHead.MatchString(head) && notThatRest.MatchString(text[i:]) {
		// "冷冻肉并不是过了保质期就一定变质": what is denied is that it
		// follows, not that the meat expired
		return false
	}
	return negation.MatchString(head)
}

// notThatHead and notThatRest make "不是X就一定Y" (not that X means Y): the
// negation denies the consequence, not X.
var (
	notThatHead = regexp.MustCompile(`(?:不是|并非|未必|不见得)[^不没未非]{0,8}$`)
	notThatRest = regexp.MustCompile(`^[^,，。;；]{0,24}?就(?:一定|必然|必定|肯定|意味着|等于|代表)`)
)

// causeOpen opens a cause inside a clause: what follows it, a negation
// too, is the reason for the clause's event (not 因此, 因而).
var causeOpen = regexp.MustCompile(`因为|由于|因[^此而]`)

// negatedAt reports whether a negation closely precedes byte offset i.
func negatedAt(text string, i int) bool {
	lo := max(0, i-9)
	for lo > 0 && !utf8.RuneStart(text[lo]) {
		lo--
	}
	return strings.ContainsAny(text[lo:i], "不没未无别")
}

func hasDoc(ds []*index.Doc, d *index.Doc) bool {
	for _, x := range ds {
		if x == d {
			return true
		}
	}
	return false
}

// termHit is how a question term is found in one sentence.
type termHit struct {
	w    float64 // 1 exact, less for an alternative or a part, 0 not found
	s, e int     // byte range in the sentence
}

// weigh finds every term in every sentence once (kept in q.hits) and gives
// each term an IDF weight over the sentences.
// backWeight credits a sentence that points back (该店) to the kind of
// body a question names (火锅店).
const backWeight = 0.8

// pointedBack is how an article points back to a body of the kind w
// names, "该店" for 火锅店, "该公司" for 物流公司, or "" for a word that
// names none.
func pointedBack(w string) string {
	for _, k := range []string{"公司", "店", "厂", "医院", "学校", "餐厅", "超市", "企业"} {
		if strings.HasSuffix(w, k) && w != k {
			return "该" + k
		}
	}
	for _, k := range []string{"银行", "商行", "支行", "分行"} {
		if strings.HasSuffix(w, k) {
			return "该行"
		}
	}
	return ""
}

func (e *Engine) weigh(q *Question) {
	n := float64(len(e.docs))
	q.hits = make([][]termHit, len(q.Terms))
	pivots := 0 // gloss lookups for words the articles lack, bounded per question
	deputy := asksDeputy(q.Lower)
	verbs := 0 // the question's predicates: with one only, its gloss-mates stand for it
	for _, t := range q.Terms {
		if t.Predicate && !t.Light {
			verbs++
		}
	}
	if len(q.kindFocus) > 0 {
		// "what kind of boat": where each sentence names a kind of boat,
		// found once (充气橡皮船)
		q.kinds = make([]rng, len(e.docs))
		for d, doc := range e.docs {
			q.kinds[d].s, q.kinds[d].e = kindAt(doc, q.kindFocus)
		}
	}
	for i := range q.Terms {
		t := &q.Terms[i]
		if !t.Name && !t.Light && !t.Predicate && utf8.RuneCountInString(t.Text) >= 2 {
			// a thing the question calls by what it is (冰场), which
			// the articles call by its name
			for _, a := range e.definedAs(t.Text) {
				if !contains(t.Syns, a) && !contains(t.Alts, a) {
					t.Syns = append(t.Syns, a)
				}
			}
		}
		if !t.Name && t.Text == "受伤" {
			// "who hurt her ankle", "谁受伤了": a hurt however it was
			// done (扭伤, 摔伤, 烫伤)
			for _, a := range e.injuries {
				if !contains(t.Syns, a) && !contains(t.Alts, a) {
					t.Syns = append(t.Syns, a)
				}
			}
		}
		if !t.Name && !t.Light && !t.Predicate {
			// a thing the articles call by the short name they gave it
			for k := -1; k < len(t.Alts); k++ {
				w := t.Text
				if k >= 0 {
					w = t.Alts[k]
				}
				for _, a := range e.shortNamesOf(w) {
					if a != t.Text && !contains(t.Syns, a) && !contains(t.Alts, a) {
						t.Syns = append(t.Syns, a)
					}
				}
			}
		}
		hits := make([]termHit, len(e.docs))
		df := 0
		// only words the articles contain at all need a look per sentence
		present := *t
		present.Alts = present.Alts[:0:0]
		for _, a := range t.Alts {
			if in, known := e.present[a]; in || !known && e.inCorpus(a) {
				present.Alts = append(present.Alts, a)
			}
		}
		// the word itself, then its alternatives where it is missing
		e.locateTitle(t.Text, deputy || anyRank[t.lemma], func(d, s, en int, exact bool) {
			w := 1.0
			if !exact {
				w = 0.6 // a lone character inside a word ("塌" in "垮塌")
			}
			if hits[d].w == 0 {
				hits[d] = termHit{w, s, en}
			}
		})
		if rs := []rune(t.Text); t.Predicate && q.Lang == Chinese && len(rs) == 2 && hasHan(t.Text) {
			// a verb and its object that the article splits by an aspect
			// particle: 签字 as 签了字, 打针 as 打过针
			for _, mid := range separators {
				e.locate(string(rs[0])+mid+string(rs[1]), func(d, s, en int, exact bool) {
					if hits[d].w == 0 {
						hits[d] = termHit{1, s, en}
					}
				})
			}
		}
		for _, a := range present.Alts {
			e.locateTitle(a, deputy, func(d, s, en int, exact bool) {
				if exact && hits[d].w < t.AltWeight {
					hits[d] = termHit{t.AltWeight, s, en}
				}
			})
		}
		if rs := []rune(t.Text); (len(rs) == 3 && (t.Name || !t.Light && !e.inCorpus(t.Text)) || len(rs) == 2 && !t.Light) && hasHan(t.Text) && !isLatinWord(t.Text) {
			// an abbreviated name or title: "卫健委" for "卫生健康委员会",
			// "村支书" for "村党支部书记"; of two characters only a body's,
			// whose name ends soon after ("城管" for "城市管理局", the
			// article saying both)
			if len(rs) == 3 {
				for d := range hits {
					if hits[d].w == 0 {
						if s, en := gapped(e.lower[d], rs); s >= 0 && en-s > len(t.Text) {
							hits[d] = termHit{0.85, s, en}
						}
					}
				}
			} else {
				e.abbreviated(rs, func(d, s, en int) {
					if hits[d].w == 0 {
						hits[d] = termHit{0.85, s, en}
					}
				})
			}
		}
		for _, a := range t.Syns {
			if in, known := e.present[a]; known && !in {
				continue
			}
			// (a leader may be a deputy: 领导 is 副局长 too, where 老大 is not)
			e.locateTitle(a, deputy || anyRank[t.Text] || anyRank[t.lemma], func(d, s, en int, exact bool) {
				if exact && hits[d].w == 0 {
					hits[d] = termHit{synWeight, s, en}
				}
			})
		}
		for _, a := range t.Chat {
			e.locateTitle(a, deputy, func(d, s, en int, exact bool) {
				if exact && hits[d].w == 0 {
					hits[d] = termHit{t.ChatWeight, s, en}
				}
			})
		}
		if len(q.kinds) > 0 && t.Text == q.kindFocus[0] {
			// 充气橡皮船 names a boat, though no token of it is 船
			for d := range hits {
				if k := q.kinds[d]; hits[d].w == 0 && k.s >= 0 {
					hits[d] = termHit{1, k.s, k.e}
				}
			}
		}
		for d := range hits {
			if hits[d].w > 0 {
				df++
			} else {
				hits[d] = termHit{0, -1, -1}
			}
		}
		pivoted := false
		// a word the articles lack may share a precise English gloss with
		// one they have (翻船 and 倾覆: "capsize"); and the question's one
		// verb, which some sentences hold, others may say so (排查 and 检查:
		// "inspect"), but not the event a why-question asks the cause of,
		// which must be that very event
		lacked := df == 0 && q.Lang == Chinese && !t.Light
		oneVerb := df > 0 && verbs == 1 && q.Kind != KindWhy && t.Predicate && !t.Light
		if (lacked || oneVerb) && !isLatinWord(t.Text) && len([]rune(t.Text)) >= 2 && pivots < maxPivots {
			pivots++
			w := glossMateWeight
			if lacked {
				w = pivotWeight
			}
			for _, p := range e.Pivot(t.Text) {
				e.locate(p, func(d, s, en int, exact bool) {
					if exact && hits[d].w == 0 {
						hits[d] = termHit{w, s, en}
						if lacked {
							df++
							pivoted = true
						}
					}
				})
			}
		}
		// "火锅店被怎么处理的": "该店" points back to the shop the article
		// has named, as surely as its name would; and "丰源农商行原来的董
		// 事长": "该行" to the body's name (丰源农, cut from 商行)
		ref := ""
		if q.Lang == Chinese && !t.Name {
			ref = pointedBack(t.Text)
		} else if q.Lang == Chinese {
			if next := slices.IndexFunc(q.Terms, func(o Term) bool { return o.Pos == t.Pos+len(t.Text) && !o.Name }); next >= 0 {
				ref = pointedBack(q.Terms[next].Text)
			}
		}
		if ref != "" {
			e.locate(ref, func(d, s, en int, exact bool) {
				if hits[d].w == 0 {
					hits[d] = termHit{backWeight, s, en}
				}
			})
		}
		for _, a := range t.Doers {
			// "who was driving": 司机梁振坤 holds the verb, though 司机
			// makes it no commoner a word
			e.locate(a, func(d, s, en int, exact bool) {
				if exact && hits[d].w < doerWeight {
					if hits[d].w <= 0 {
						df++ // (a trade's title holds the word the article lacks: 科主任 for 医生)
					}
					hits[d] = termHit{doerWeight, s, en}
				}
			})
		}
		idf := math.Log(1 + (n-float64(df)+0.5)/(float64(df)+0.5))
		if pivoted {
			idf = math.Min(idf, 2) // weighed as a word the articles lack
			t.pivoted = true
		}
		if df == 0 && q.Lang == Chinese && (incident[t.Text] && q.Kind != KindWhat || q.Measure == "age" && t.Text == "今年" || q.NameAsked && plainPersons[t.Text]) {
			// "出事的这位机长", "今年多大", "掉进河里的小伙子叫啥": the
			// article's own event, the age asked for, or the one whose name
			// is asked, in words the article does not use
			t.Light, t.Predicate = true, false
		}
		if df == 0 && !isLatinWord(t.Text) && len([]rune(t.Text)) >= 2 {
			// not in the article: credit its characters, and weigh it as a
			// word of middling rarity
			t.unknown = true
			idf = math.Min(idf, 2)
			if q.Lang == Chinese && !t.Name && !t.Predicate && !t.Required && len(t.Alts) == 0 && utf8.RuneCountInString(t.Text) == 2 {
				if _, _, known := index.Lookup(t.Text); !known {
					// no word at all, but two words the segmenter ran
					// together ("电梯里伤得最重": 里伤): it tells no
					// sentence from another
					idf = 0
				}
			}
			_, pos, known := index.Lookup(t.Text)
			noun := !t.Predicate && (!known || strings.HasPrefix(pos, "n")) // 罚单, not 裂开 nor 平时
			for d := range e.docs {
				w, s, en := e.partial(t.Text, d, noun)
				hits[d] = termHit{w, s, en}
			}
			if q.Lang == Chinese && t.Predicate {
				// a verb no article holds ("拉去哪家医院"): well-covered
				// evidence may do without it, as for a translated verb
				t.Soft = true
				// a verb the articles say with another word of the same
				// root: 送到 as 送达, 打水 as 取水
				for _, k := range e.kin(t.Text) {
					e.locate(k, func(d, s, en int, exact bool) {
						if hits[d].w < kinWeight {
							hits[d] = termHit{kinWeight, s, en}
						}
					})
				}
			}
		}
		if df == 0 && t.unknown && isLatinWord(t.Text) {
			idf = math.Min(idf, 1) // an English word whose renderings the articles lack
		}
		if t.loose {
			idf *= looseScale
		}
		if t.phrasePart {
			idf *= phrasePartScale
		}
		if t.Light {
			idf *= 0.3
			if df == 0 && q.Lang == Chinese && !t.Predicate && q.Kind != KindWho {
				idf = 0 // a light word the articles lack (一共, 出事) tells no sentence from another
			}
		}
		t.Weight = idf
		t.df = df
		t.topic = t.Name && df > 0 && e.topical(t) // once per question, not per sentence
		q.hits[i] = hits
	}
	e.either(q)
}

// orBetween matches what stands between two words a question offers as
// alternatives: "受伤或者死亡", "罚款或拘留".
var orBetween = regexp.MustCompile(`^\s*(?:或者|或是|或)\s*$`)

// either lets a sentence that holds one of two words the question joins by
// 或 count as holding both: "有人受伤或者死亡吗" is answered by
// "未造成人员伤亡", which says one as well as the other.
func (e *Engine) either(q *Question) {
	if q.Lang != Chinese || !strings.Contains(q.Lower, "或") {
		return
	}
	for i := 0; i+1 < len(q.Terms); i++ {
		a, b := &q.Terms[i], &q.Terms[i+1]
		from, to := a.Pos+len(a.Text), b.Pos
		if a.Pos < 0 || b.Pos < 0 || from > to || to > len(q.Lower) || !orBetween.MatchString(q.Lower[from:to]) || a.Name || b.Name {
			continue
		}
		ha, hb := q.hits[i], q.hits[i+1]
		for d := range ha {
			if hb[d].w > ha[d].w {
				ha[d] = hb[d]
			} else {
				hb[d] = ha[d]
			}
		}
	}
}

// anyRank are the words for those in charge that take in their deputies:
// "民政局的领导" may be its 副局长, where "老大" or "一把手" is its 局长.
var anyRank = map[string]bool{"领导": true, "官员": true, "干部": true, "boss": true, "official": true, "executive": true, "exec": true}

// separators are the aspect particles that may split a verb from its
// object (签了字, 看过病, 吃完饭).
var separators = []string{"了", "过", "完"}

// abbreviated calls f for each sentence where the characters of a body's
// abbreviated name rs stand with one character between them and the name
// ends soon after ("城市管理局" for 城管), with where the match starts and
// ends. It looks only where the first character stands in the corpus.
func (e *Engine) abbreviated(rs []rune, f func(d, s, en int)) {
	e.runeOnce.Do(func() {
		e.runeAt = map[rune][]int{}
		for o, r := range e.corpus {
			if unicode.Is(unicode.Han, r) {
				e.runeAt[r] = append(e.runeAt[r], o)
			}
		}
	})
	whole := len(string(rs)) // a match no longer than this has no gap: the abbreviation itself
	for _, o := range e.runeAt[rs[0]] {
		d := sort.SearchInts(e.starts, o+1) - 1
		if d < 0 || o-e.starts[d] >= len(e.lower[d]) {
			continue
		}
		ds := o - e.starts[d]
		text := e.lower[d][ds:]
		if s, en := gapped(text, rs); s == 0 && en > whole && bodyEndsAt(text[en:]) {
			f(d, ds, ds+en)
		}
	}
}

// bodyEndsAt reports whether a public body's name ends within the first
// three characters of rest: "理局" of "城市管理局".
func bodyEndsAt(rest string) bool {
	n := 0
	for _, r := range rest {
		if n++; n > 3 {
			break
		}
		if strings.ContainsRune(bodyEnds, r) {
			return true
		}
	}
	return false
}

// bodyEnds are the characters a public body's name ends in.
const bodyEnds = "局委办会队部所处站厅署院"

// gapped finds the runes rs in text in order, with at most one other
// character between consecutive ones, and returns the byte range.
func gapped(text string, rs []rune) (int, int) {
	first := string(rs[0])
	for off := 0; ; {
		i := strings.Index(text[off:], first)
		if i < 0 {
			return -1, -1
		}
		start := off + i
		pos := start + len(first)
		ok := true
		for _, r := range rs[1:] {
			c, n := utf8.DecodeRuneInString(text[pos:])
			if c == r {
				pos += n
				continue
			}
			c2, n2 := utf8.DecodeRuneInString(text[pos+n:])
			if pos+n < len(text) && c2 == r {
				pos += n + n2
				continue
			}
			ok = false
			break
		}
		if ok {
			return start, pos
		}
		off = start + len(first)
	}
}

// locate calls f for the first place word w stands in each sentence that
// has it: Chinese words of two or more characters as substrings
// (segmentation may differ), Latin words and single characters as whole
// tokens, and a single character inside a longer word as not exact.
func (e *Engine) locate(w string, f func(d, s, e int, exact bool)) {
	if w == "" {
		return
	}
	latin := isLatinWord(w)
	if !latin && utf8.RuneCountInString(w) >= 2 || strings.Contains(w, " ") {
		e.scan(w, func(d, s int) { f(d, s, s+len(w), true) })
		return
	}
	seen := map[int]bool{}
	for _, p := range e.postings[w] {
		if !seen[p.doc] {
			seen[p.doc] = true
			f(p.doc, p.s, p.e, true)
		}
	}
	if !latin {
		e.scan(w, func(d, s int) {
			if !seen[d] {
				f(d, s, s+len(w), false)
			}
		})
	}
}

// locateTitle is locate for a question's word that may be a title: a
// title held by a deputy (副局长 for 局长, "deputy director" for "head") is
// not the title, so the sentence's first place without 副 before it is
// taken, if any, unless the question asks for a deputy. Other words are
// located as they are.
func (e *Engine) locateTitle(w string, deputy bool, f func(d, s, e int, exact bool)) {
	if deputy || !lex().titles[w] && !lex().headSet[w] || strings.HasPrefix(w, "副") || rankTitles[w] {
		e.locate(w, f)
		return
	}
	e.locate(w, func(d, s, en int, exact bool) {
		text := e.lower[d]
		for strings.HasSuffix(text[:s], "副") || strings.HasSuffix(text[:s], "副总") { // 副总经理 is no 经理
			k := strings.Index(text[en:], w)
			if k < 0 {
				return // the sentence holds only the deputy
			}
			s, en = en+k, en+k+len(w)
		}
		f(d, s, en, exact)
	})
}

// rankTitles are titles whose 副 is a rank, not a deputy: a 副教授 is a
// professor.
var rankTitles = map[string]bool{"教授": true, "研究员": true, "主任医师": true, "主任护师": true, "主任药师": true, "编审": true, "研究馆员": true, "高级工程师": true}

// asksDeputy reports whether a lower-cased question asks about a deputy
// (副市长, "the deputy director", "vice president").
func asksDeputy(lower string) bool {
	return strings.Contains(lower, "副") || enDeputy.MatchString(lower)
}

var enDeputy = regexp.MustCompile(`\b(deputy|vice|assistant|associate)\b`)

// indexWhole is strings.Index(text, w), but a w that opens with a digit
// must not continue a number ("6点" is not in "16点").
func indexWhole(text, w string) int {
	if w == "" || w[0] < '0' || w[0] > '9' {
		return strings.Index(text, w)
	}
	for off := 0; off < len(text); {
		i := strings.Index(text[off:], w)
		if i < 0 {
			return -1
		}
		if k := off + i; k == 0 || text[k-1] < '0' || text[k-1] > '9' {
			return k
		}
		off += i + 1
	}
	return -1
}

// scan calls f for the first occurrence of w in each sentence, in order.
// A word of two or more characters is looked for only in the sentences
// that hold its first two (e.bigrams).
func (e *Engine) scan(w string, f func(d, s int)) {
	if _, n1 := utf8.DecodeRuneInString(w); n1 < len(w) {
		_, n2 := utf8.DecodeRuneInString(w[n1:])
		if n1+n2 <= len(w) {
			for _, d := range e.bigrams[w[:n1+n2]] {
				if i := indexWhole(e.lower[d], w); i >= 0 {
					f(d, i)
				}
			}
			return
		}
	}
	last := -1
	for off := 0; off < len(e.corpus); {
		i := strings.Index(e.corpus[off:], w)
		if i < 0 {
			return
		}
		o := off + i
		d := sort.SearchInts(e.starts, o+1) - 1
		if d != last && o+len(w) <= e.starts[d]+len(e.lower[d]) {
			f(d, o-e.starts[d])
			last = d
		}
		off = o + 1
	}
}

// partial gives an unknown word (not in the article's vocabulary) credit
// for the share of its character pairs that stand in the sentence, half
// weighted: "总价" against "总对价" gets none, "出面道歉" against "出面致歉"
// some; a noun of two characters, a little for a word of the sentence that
// opens with its first ("罚单" against "罚款"; not the verb "裂开" against
// "裂缝"). Scattered single characters are not evidence.
func (e *Engine) partial(w string, d int, noun bool) (float64, int, int) {
	rs := []rune(w)
	if len(rs) == 2 || len(rs) == 3 {
		// the characters in order with one more between: "总价" in "总对价"
		if s, en := gapped(e.lower[d], rs); s >= 0 {
			return 0.7, s, en
		}
	}
	if len(rs) == 2 && (rs[1] == '子' || rs[1] == '儿') && !strings.ContainsRune(functionChars, rs[0]) {
		// "棚子", "车子": the noun's root, as the article's word holds it (大棚)
		if k := strings.IndexRune(e.lower[d], rs[0]); k >= 0 {
			return 0.6, k, k + utf8.RuneLen(rs[0])
		}
	}
	if len(rs) == 2 && noun && !strings.ContainsRune(functionChars, rs[0]) && !strings.ContainsRune(functionChars, rs[1]) {
		// "罚单" against "罚款": a word of the sentence that opens with the
		// same character, little credit
		for _, tk := range e.docs[d].Tokens {
			if r, size := utf8.DecodeRuneInString(tk.Text); r == rs[0] && size < len(tk.Text) {
				return partialOpening, tk.Start, tk.End // (no rune slice per token: this runs per sentence)
			}
		}
	}
	if len(rs) < 3 {
		return 0, -1, -1
	}
	found, first, end := 0, -1, -1
	for i := 0; i+1 < len(rs); i++ {
		bg := string(rs[i : i+2])
		if strings.ContainsAny(bg, functionChars) {
			continue
		}
		if k := strings.Index(e.lower[d], bg); k >= 0 {
			found++
			if first < 0 || k < first {
				first, end = k, k+len(bg)
			}
		}
	}
	if found == 0 {
		return 0, -1, -1
	}
	return 0.5 * float64(found) / float64(len(rs)-1), first, end
}

// find locates word w in doc d: Chinese words of two or more characters as
// substrings (segmentation may differ), Latin words and single characters
// as whole tokens.
func (e *Engine) find(w string, d int) (int, int) {
	if w == "" {
		return -1, -1
	}
	if !isLatinWord(w) && len([]rune(w)) >= 2 {
		if i := strings.Index(e.lower[d], w); i >= 0 {
			return i, i + len(w)
		}
		return -1, -1
	}
	for _, tk := range e.docs[d].Tokens {
		if tk.Text == w {
			return tk.Start, tk.End
		}
	}
	if !isLatinWord(w) {
		// a lone character inside a word ("塌" in "垮塌"): half credit
		if i := strings.Index(e.lower[d], w); i >= 0 {
			return -2 - i, -2 - i - len(w)
		}
	}
	if isLatinWord(w) && strings.Contains(w, " ") {
		if i := strings.Index(e.lower[d], w); i >= 0 {
			return i, i + len(w)
		}
	}
	return -1, -1
}

// score computes every sentence's coverage of the question.
func (e *Engine) score(q Question) []*candidate {
	// BM25 over the indexed words of the question (a tie-breaker among
	// sentences that cover it alike): a dozen words are plenty
	terms := make([]string, 0, 12)
	for _, t := range q.Terms {
		for _, w := range append([]string{t.Text}, t.Alts...) {
			if len(terms) < 12 && e.s.HasTerm(w) && !contains(terms, w) {
				terms = append(terms, w)
			}
		}
	}
	bm := make([]float64, len(e.docs))
	if hits, err := e.s.Search(context.Background(), terms, 20); err == nil && len(hits) > 0 {
		top := hits[0].Score
		for _, h := range hits {
			if top > 0 {
				bm[h.Doc.ID] = h.Score / top
			}
		}
	}
	var total float64
	softCov, minThings := softCoverage, 0
	if q.Lang == English {
		// every translated verb is soft: a sentence may do without it when
		// it holds more of the question's other words than a Chinese one must,
		// as long as two are things, not names (not "who founded <company>")
		softCov, minThings = englishSoftCoverage, englishSoftThings
	}
	hasPred, onlySoft := false, true
	named := false        // the question names someone or something
	missing := 0.0        // the weight of soft verbs no article holds: no sentence can carry it
	unknownThing := false // another word of the question no article holds
	for _, t := range q.Terms {
		total += t.Weight
		if t.Predicate && t.Soft && t.unknown && q.Lang == Chinese && q.Kind != KindYesNo && q.Kind != KindOther && !strings.ContainsAny(firstRunes(t.Text, 1), "不没未") {
			// (but "会不会被撤职", "开除了没有" ask whether that very act
			// befell them, and "不在官方买" is no verb of its own)
			missing += t.Weight
		} else if t.unknown && !t.Light && t.Weight > 0 {
			unknownThing = true
		}
		named = named || t.Name
		if t.Predicate {
			hasPred = true
			onlySoft = onlySoft && t.Soft
			if t.Soft && t.unknown && q.Lang == Chinese {
				// a verb no article holds: as for a translated one, two
				// things must stand in for it, not a name and its place
				// ("Kevin Zhou是什么时候加入海川的")
				softCov, minThings = englishSoftCoverage, englishSoftThings
			}
		}
	}
	if total == 0 {
		return nil
	}
	if unknownThing {
		// ("哪家公司承建的", no 公司 anywhere: the rest is not well covered
		// either)
		missing = 0
	}
	anchorScale := make([]float64, len(q.Terms))
	quotes := q.quotes
	chatVerb := make([][]string, len(q.Terms)) // a chat verb's news words, when the articles say it only so (出国 → 出境)
	for i, t := range q.Terms {
		if t.Predicate && q.Lang == Chinese && len(lex().colloquial[t.Text]) > 0 && !e.present[t.Text] {
			chatVerb[i] = lex().colloquial[t.Text]
		}
		anchorScale[i] = 1
		if quotes && !t.Name && speakerRole(t.Text) {
			anchorScale[i] = roleAnchor
		}
	}
	var out []*candidate
	for d := range e.docs {
		matchedAny := false
		for i := range q.Terms {
			if q.hits[i][d].w > 0 {
				matchedAny = true
				break
			}
		}
		introOnly := false
		if !matchedAny && q.Kind == KindHowMany && q.Measure == "age" {
			// "how old is the owner": a sentence that gives the age of one
			// the article introduces elsewhere as the owner (郑国梁(男,47岁))
			matchedAny = e.introHolds(q, d)
			introOnly = matchedAny
		}
		if !matchedAny {
			continue // most sentences: no allocation for them
		}
		c := &candidate{d: e.docs[d], namesOK: true, predOK: !hasPred, anchor: -1, bm25: bm[d], introOnly: introOnly}
		var got float64
		var thingsBuf [8][2]int
		things, thingsAt := 0, thingsBuf[:0] // no allocation for the usual few
		firstPos, firstEnd, firstW := -1, -1, 0.0
		c.matchedBy = make([][2]int, len(q.Terms))
		for i := range q.Terms {
			t := &q.Terms[i]
			h := q.hits[i][d]
			w, s, en := h.w, h.s, h.e
			c.matchedBy[i] = [2]int{s, en}
			if w == 0 {
				continue
			}
			got += w * t.Weight
			c.matched = append(c.matched, [2]int{s, en})
			if !t.Name && !t.Light && !t.Predicate && !overlapsAny(rng{s, en}, thingsAt) {
				// a thing of the event, not who or what it befell, nor a word
				// of a thing counted already (公司 of 供电公司)
				things++
				thingsAt = append(thingsAt, [2]int{s, en})
			}
			// without a predicate, the anchor is the weightiest word matched
			// (the role of one quoted speaks: "what did the doctor say
			// made him sick" asks what the 医师 said, not who)
			if aw := w * t.Weight * anchorScale[i]; !t.Light && (firstPos < 0 || aw > firstW) {
				firstPos, firstEnd, firstW = s, en, aw
			}
			if t.Predicate && (w == 1 || chatVerb[i] != nil && en <= len(e.lower[d]) && slices.Contains(chatVerb[i], e.lower[d][s:en])) {
				c.predExact = true
			}
			if t.Predicate && !t.Setting && (c.anchor < 0 || !c.predOK || c.lateAnchor && !t.Late) {
				c.lateAnchor = t.Late
				c.predOK = true
				c.anchor, c.anchorE = s, en
				c.predPass = passiveBefore(e.lower[d], s)
			}
		}
		if got == 0 && !introOnly {
			continue
		}
		if q.EitherNames {
			// the people a question joins by "and": a sentence about one of
			// them carries the weight of them all
			held, missing := false, 0.0
			for i := range q.Terms {
				if q.Terms[i].joined {
					held = held || q.hits[i][d].w > 0
					if q.hits[i][d].w == 0 {
						missing += q.Terms[i].Weight
					}
				}
			}
			if held {
				got += missing
			}
		}
		if p := e.askedBy[d]; p >= 0 && q.Kind == KindWhy && e.askWhy[d] && e.asksAbout(q, p) {
			// "工厂为何走到这一步？多名中层管理人员透露，…": the sentence
			// answers the article's own why-question about the same thing,
			// whose words it leaves out, whatever the article's words for
			// the event ("走到这一步" for "go under"). Other kinds of
			// question are answered over several sentences ("老板去了哪里？"
			// before where he was last seen, then where he flew to).
			for i := range q.Terms {
				t := &q.Terms[i]
				if q.hits[i][d].w > 0 {
					continue
				}
				if h := q.hits[i][p]; h.w > 0 {
					got += h.w * t.Weight
				} else if t.Predicate {
					got += t.Weight
				}
			}
			c.predOK, c.answers = true, true
		} else if d > 0 && e.docs[d-1].Article == e.docs[d].Article && e.docs[d-1].Paragraph == e.docs[d].Paragraph {
			// a thing the sentence before holds, in the same paragraph: a
			// Chinese sentence leaves out the topic its paragraph has just
			// named ("储罐本应于2022年检测。企业为节省费用一再推迟")
			// ; a sentence whose subject is "他" or "她" speaks of the one
			// the paragraph named last, up to four sentences before
			// ("受伤的司机名叫聂志恒。他在医院回忆…。他左腿骨折")
			from, namer := d-1, -1
			if e.heShe[d] {
				namer, from = e.namerBefore(d, 4)
				from = e.namedSince(namer, from)
			}
			for i := range q.Terms {
				t := &q.Terms[i]
				if t.Name && q.hits[i][d].w == 0 && namer >= 0 && len(e.peopleAt[namer]) == 1 {
					// ("刘春梅今年45岁,…。“…”她说,…“我们不会去怪赖家。”"
					// is of her, named but once before)
					got += contextWeight * q.hits[i][namer].w * t.Weight
				}
				if q.hits[i][d].w > 0 || t.Name || t.Predicate || t.Light {
					continue
				}
				best := 0.0
				for p := from; p < d; p++ {
					best = max(best, q.hits[i][p].w)
				}
				got += contextWeight * best * t.Weight
			}
		}
		// a thing the article says of a person this sentence names, where
		// it introduces them ("恒冰制冷法定代表人许振川"): the sentence is
		// about them as that; a sentence that names nobody but says 将其
		// or 对其 speaks of the people of the sentence before ("钱立伟则在
		// 得知消息后外逃。警方…将其抓获")
		intros := e.intros[d]
		if len(intros) == 0 && len(e.peopleAt[d]) == 0 && d > 0 && e.docs[d-1].Article == e.docs[d].Article &&
			e.docs[d-1].Paragraph == e.docs[d].Paragraph && strings.Contains(e.lower[d], "其") && objectPronoun.MatchString(e.lower[d]) {
			intros = e.intros[d-1]
		}
		if len(intros) == 0 && len(e.peopleAt[d]) == 0 && e.heShe[d] {
			// "他建议，…": the one who speaks is the person the paragraph
			// named last, a quotation or two before
			if p, _ := e.namerBefore(d, 3); p >= 0 {
				intros = e.intros[p]
			}
		}
		for i := range q.Terms {
			t := &q.Terms[i]
			if q.hits[i][d].w > 0 || t.Name || t.Predicate || t.Light {
				continue
			}
			// the best such description (the people of a sentence come in
			// no set order): the word as it stands in that sentence,
			// wherever it stands first
			best := 0.0
			for _, in := range intros {
				if h := q.hits[i][in.doc]; h.w > best && h.s >= 0 && h.e <= len(e.lower[in.doc]) && h.e > h.s &&
					strings.Contains(e.lower[in.doc][in.s:in.e], e.lower[in.doc][h.s:h.e]) {
					best = h.w
				}
			}
			got += introWeight * best * t.Weight
		}
		if c.anchor < 0 {
			// no predicate: a matched verb, else the first content word
			for i, t := range q.Terms {
				if h := q.hits[i][d]; t.Verb && !t.Light && h.w > 0 && c.anchor < 0 {
					c.anchor, c.anchorE = h.s, h.e
				}
			}
		}
		if c.anchor < 0 {
			c.anchor, c.anchorE = firstPos, firstEnd
		}
		nearestAnchor(e.lower[d], c, q.Terms)
		if c.predOK && c.anchor >= 0 && q.Lang != English && q.eventVerb(e.lower[d][c.anchor:c.anchorE]) && nominalUse(e.docs[d], c.anchor, c.anchorE) {
			// "往年的录取分数线": the predicate names a thing, not the event
			c.predOK = false
		}
		// (or one thing, when the sentence carries nearly all of a question
		// that names nobody: "what time did they get the last trapped worker
		// out", no word for "trap" in 被压在架体下的最后一名工人救出; a name
		// and a thing are no "when did Kevin Zhou join the company")
		if rest := got / max(total-missing, got); !c.predOK && hasPred && onlySoft && rest >= softCov && got/total >= softFloor && (things >= minThings || things > 0 && !named && rest >= nearlyAll) {
			c.predOK = true // the rest of the question is well covered
		}
		c.namesOK = e.namesHeld(q, d)
		if q.Kind == KindWhy {
			var anyWord bool
			c.explained, anyWord = explainsWord(q, c)
			c.causeNamed = causeOf(c) || anyWord
		}
		// "并没有被海州大学录取" answers no "which university admitted him"
		if c.predOK && c.anchor >= 0 && c.anchorE <= len(e.lower[d]) {
			// any place the predicate stands denied, unless it also stands
			// undenied ("检查发现他患有此前未被发现的心肌病": found, of
			// something not found before)
			text, pred := e.lower[d], e.lower[d][c.anchor:c.anchorE]
			plain := false
			for off := 0; pred != "" && off < len(text); {
				k := strings.Index(text[off:], pred)
				if k < 0 {
					break
				}
				if deniedAt(text, off+k) && (negatedAt(text, off+k) || !e.modifiesNoun(d, off+k, off+k+len(pred))) {
					c.predDenied = true
				} else if !negatedAt(text, off+k) && !e.modifiesNoun(d, off+k, off+k+len(pred)) {
					plain = true // (not "录取结果", a noun's modifier)
				}
				off += k + len(pred)
			}
			if c.predDenied && !plain {
				if s, e := plainAlt(text, pred, q.Terms); s >= 0 {
					// "确认单的背面…印着十余项收费条目,…但单子上并未写明具体
					// 数额" for "where were the charges written down": another
					// word of the predicate's stands undenied, and the answer
					// is by it
					plain, c.anchor, c.anchorE = true, s, e
				}
			}
			c.predDenied = c.predDenied && !plain
			c.denied = c.predDenied && q.Kind != KindYesNo && !q.Negated
		}
		c.cov = got / total
		if q.firstAsked && c.predOK && doneLate(q, e.lower[d]) {
			// "仓库主管上班后才发现冷库异常" for who first noticed: he
			// noticed late
			c.cov *= lateCov
		}
		out = append(out, c)
	}
	return out
}

// paragraphs scores the question against whole paragraphs outside the
// body: the union of what their sentences match.
func (e *Engine) paragraphs(q Question, cands []*candidate) []*candidate {
	type key struct {
		art string
		par int
	}
	byPar := map[key][]*candidate{}
	var order []key // as the candidates come: ties go the same way every run
	for _, c := range cands {
		if c.d.Section != index.Body {
			k := key{c.d.Article, c.d.Paragraph}
			if byPar[k] == nil {
				order = append(order, k)
			}
			byPar[k] = append(byPar[k], c)
		}
	}
	var total float64
	for _, t := range q.Terms {
		total += t.Weight
	}
	var out []*candidate
	for _, k := range order {
		cs := byPar[k]
		merged := &candidate{d: cs[0].d, namesOK: true, predOK: true}
		var got float64
		asksMake, thing := false, false // the question asks a make; the paragraph holds a word of the question's other than it
		for i, t := range q.Terms {
			best := 0.0
			for _, c := range cs {
				best = math.Max(best, q.hits[i][c.d.ID].w)
			}
			got += best * t.Weight
			if makeWord.MatchString(t.Text) {
				asksMake = true
			} else if !t.Light {
				thing = thing || best > 0
			}
		}
		if asksMake && !thing {
			// "what brand was the van": an ad's 品牌 alone is no van
			continue
		}
		merged.namesOK = true
		for _, c := range cs {
			merged.namesOK = merged.namesOK && e.namesHeld(q, c.d.ID)
		}
		if !merged.namesOK {
			// held by the paragraph as a whole?
			merged.namesOK = e.namesHeldBy(q, func(i int) bool {
				for _, c := range cs {
					if q.hits[i][c.d.ID].w > 0 {
						return true
					}
				}
				return false
			})
		}
		if total > 0 {
			merged.cov = got / total
		}
		out = append(out, merged)
	}
	return out
}

// makeWord is one of makeWords alone: the make a question asks (what
// brand, what model), which says nothing of which thing it is.
var makeWord = regexp.MustCompile(`^(?:` + makeWords + `)$`)

// offBodyOnly reports whether a question word is found in the paragraph of
// d and nowhere in the body: the question names something (雅思, 周三) only
// the appended content speaks of, so a question the body cannot answer is
// about that content rather than one the article leaves open.
func (e *Engine) offBodyOnly(q Question, d *index.Doc) bool {
	for i, t := range q.Terms {
		// a thing named, not a loose rendering of a verb (pay → 交)
		if t.Light || t.Predicate || t.pivoted || utf8.RuneCountInString(t.Text) < 2 || isVerbWord(t.Text) {
			// (nor a word the articles lack, found only by a gloss it
			// shares: "老家" is no 区域 of a water-cut notice)
			continue
		}
		inPar, inBody := false, false
		for id, h := range q.hits[i] {
			if h.w <= 0 || t.unknown && h.w <= partialOpening {
				// (a word the articles lack only opens with the same
				// character as one of the ad's: 炸窝 and 炸锅)
				continue
			}
			o := e.docs[id]
			switch {
			case o.Section == index.Body:
				inBody = true
			case o.Article == d.Article && o.Paragraph == d.Paragraph:
				inPar = true
			}
		}
		if inPar && !inBody {
			return true
		}
	}
	return false
}

// isVerbWord reports whether the segmenter's dictionary tags w as a verb.
func isVerbWord(w string) bool {
	verb, _ := taggedVerb(w)
	return verb
}

// namesHeld reports whether sentence d holds the question's names: every
// name, or for a name of several words (Sam Altman, Ilya Sutskever) at least
// one of them, as articles call people by part of their name. A name the
// articles never mention, or one so frequent it is their topic, is not
// insisted on: it only counts against coverage.
func (e *Engine) namesHeld(q Question, d int) bool {
	if e.namesHeldBy(q, func(i int) bool { return q.hits[i][d].w > 0 }) {
		return true
	}
	// "他反对的原因…": a sentence that opens with a pronoun speaks of whom
	// the sentence before it named
	// (or, when that sentence is a quotation, the paragraph's: "她说,…")
	if p := e.antecedent(d); p >= 0 && e.namesHeldBy(q, func(i int) bool { return q.hits[i][d].w > 0 || q.hits[i][p].w > 0 }) {
		return true
	}
	// the question's names held anywhere in sentences from..to
	heldIn := func(from, to int) bool {
		return e.namesHeldBy(q, func(i int) bool {
			for k := from; k <= to; k++ {
				if q.hits[i][k].w > 0 {
					return true
				}
			}
			return false
		})
	}
	doc := e.docs[d]
	samePara := func(k int) bool {
		return k >= 0 && k < len(e.docs) && e.docs[k].Article == doc.Article && e.docs[k].Paragraph == doc.Paragraph
	}
	// "“我当时只想快点进门…”邬女士回忆说,…": a quotation is of whom
	// the sentence after it names as its speaker, and of what the
	// paragraph then tells of them
	if samePara(d+1) && strings.HasPrefix(doc.Norm, "“") && strings.HasSuffix(strings.TrimRight(doc.Norm, "。"), "”") && speakerOpens.MatchString(e.docs[d+1].Norm) {
		last := d + 1
		for samePara(last + 1) {
			last++
		}
		if heldIn(d, last) {
			return true
		}
	}
	// "邵国栋持股约4亿股。目前已有1.2亿股处于质押状态": a paragraph keeps
	// its subject from sentence to sentence, unnamed
	first := d
	for samePara(first - 1) {
		first--
	}
	return first < d && heldIn(first, d)
}

// surnamed returns the people the articles name in full with the given
// surname (not the family, 周家, itself), in order.
func (e *Engine) surnamed(surname string) []string {
	var out []string
	for name := range e.people {
		if strings.HasPrefix(name, surname) && len(name) > len(surname) && name != surname+"家" {
			out = append(out, name)
		}
	}
	slices.Sort(out)
	return out
}

// firstRunes is the first n runes of s.
func firstRunes(s string, n int) string {
	for i := range s {
		if n == 0 {
			return s[:i]
		}
		n--
	}
	return s
}

// lastRunes is the last n runes of s.
func lastRunes(s string, n int) string {
	i := len(s)
	for ; i > 0 && n > 0; n-- {
		_, size := utf8.DecodeLastRuneInString(s[:i])
		i -= size
	}
	return s[i:]
}

// namerBefore walks back from sentence d through at most back sentences of
// its paragraph to the nearest one that names someone: it returns that
// one (or -1) and the earliest sentence it reached (d if none).
func (e *Engine) namerBefore(d, back int) (namer, reached int) {
	reached = d
	for p := d - 1; p >= 0 && p >= d-back && e.docs[p].Article == e.docs[d].Article && e.docs[p].Paragraph == e.docs[d].Paragraph; p-- {
		reached = p
		if len(e.peopleAt[p]) > 0 {
			return p, p
		}
	}
	return -1, reached
}

// namedSince is where, before sentence from, the paragraph of namer goes on
// naming only the one person namer names ("…合作社负责人杨志刚一开始并不认同。
// “我们打药打了好几年…”45岁的杨志刚对记者说。但他也承认,…"): the earliest
// sentence from which "他" is still of that one; from itself otherwise.
func (e *Engine) namedSince(namer, from int) int {
	if namer < 0 || len(e.peopleAt[namer]) != 1 {
		return from
	}
	r := e.peopleAt[namer][0]
	who := e.lower[namer][r.s:r.e]
	for p := from - 1; p >= 0 && e.docs[p].Article == e.docs[namer].Article && e.docs[p].Paragraph == e.docs[namer].Paragraph; p-- {
		for _, o := range e.peopleAt[p] {
			if e.lower[p][o.s:o.e] != who {
				return from
			}
		}
		from = p
	}
	return from
}

// antecedent is the sentence a sentence's opening pronoun refers back to
// (the one before it in its paragraph, or the last of the paragraph before),
// or -1.
func (e *Engine) antecedent(d int) int {
	if d < 0 || d >= len(e.refersTo) {
		return -1
	}
	return e.refersTo[d]
}

// findAntecedent works out antecedent's answer for sentence d; New does it
// once for every sentence.
func (e *Engine) findAntecedent(d int) int {
	if d == 0 || !strings.ContainsAny(firstRunes(e.docs[d].Norm, 24), "他她其该对后此这") || !pronounStart.MatchString(e.docs[d].Norm) {
		return -1
	}
	p := e.docs[d-1]
	if p.Article != e.docs[d].Article || p.Section != index.Body {
		return -1
	}
	return d - 1
}

// articleAsks matches a sentence that is the article's own question
// ("工厂为何走到这一步？", "老板去了哪里？"), which the next one answers.
var articleAsks = regexp.MustCompile(`(为何|为什么|何以|怎么|怎样|如何|哪里|哪儿|去哪|何处|何时|谁|什么|多少|几)[^“”"]*[？?]$`)

// explains opens a sentence in which one just brought in explains: "他解释说,".
var explains = regexp.MustCompile(`^(?:他|她)(?:解释说|解释道|解释|分析说|分析|介绍说|介绍)[,，:：]?`)

// scareQuoted matches a few words in quotation marks inside a sentence,
// with no punctuation of their own: a term the writer marks ("救不回来"),
// where a quotation would be a clause.
var scareQuoted = regexp.MustCompile(`“([^“”，。？！、：；,?!:;]{1,8})”`)

// articleWhy is the interrogative of an article's own why-question:
// only what plainly asks why ("故障原因是如何查明的?" asks how).
var articleWhy = regexp.MustCompile(`为何|为什么|何以|怎么会|凭什么`)

// findAsker is the article's own question that sentence d answers: the
// sentence before it in its paragraph, or a sub-heading standing alone as
// the paragraph before; -1 if there is none. New finds it once for every
// sentence.
func (e *Engine) findAsker(d int) int {
	if d == 0 || e.docs[d].Section != index.Body {
		return -1
	}
	p := e.docs[d-1]
	// (a short term in quotation marks is the article's own wording, not
	// a quotation: "为什么一泡就“救不回来”？")
	text := scareQuoted.ReplaceAllString(p.Text, "$1")
	if p.Article != e.docs[d].Article || p.Section != index.Body || strings.ContainsAny(text, "“”\"") || !articleAsks.MatchString(text) {
		return -1
	}
	if p.Paragraph != e.docs[d].Paragraph {
		// a sub-heading: alone in its paragraph, and not the headline
		if e.docs[d].Index != 1 || p.Index != 1 || p.Paragraph <= 2 {
			return -1
		}
	}
	return d - 1
}

// asksSpeaker matches a question who said something.
var asksSpeaker = regexp.MustCompile(`\b(?:say|said|says|saying|tell|told|tells|warn|warned|claim|claimed|quoted?|stated?|comment(?:ed)?|admit(?:ted)?|promise[sd]?|vow(?:ed)?|apologi[sz](?:e|es|ed|ing))\b|说|表示|讲|称|提到|透露|指出|强调|承认|承诺|坦言|道歉|认错|致歉`)

// quoteOnly matches a sentence that is a quotation and nothing else.
var quoteOnly = regexp.MustCompile(`^“[^“”]+”$`)

// speakerOnly matches a sentence that opens by saying who spoke: "董嘉禾说。",
// "宋志强说,目前公司已经…".
var speakerOnly = regexp.MustCompile(`^(\p{Han}{2,4})(?:说|表示|称|道|强调|指出|坦言|补充说|告诉记者|对记者说)(?:[。！]$|[,，])`)

// speakerOpens opens a sentence with who said the quotation before it:
// "邬女士回忆说,", "董嘉禾表示。".
var speakerOpens = regexp.MustCompile(`^[^,，。“”"]{2,10}?(?:说|表示|称|道|坦言|感叹)[,，。:：]`)

// speakerAfter is the sentence right after quotation d, in its paragraph,
// that only says who spoke it, and the speaker's name; nil if there is
// none or the speaker is a pronoun.
func (e *Engine) speakerAfter(d *index.Doc) (*index.Doc, string) {
	if d.ID+1 >= len(e.docs) || !quoteOnly.MatchString(d.Norm) {
		return nil, ""
	}
	n := e.docs[d.ID+1]
	if n.Article != d.Article || n.Paragraph != d.Paragraph {
		return nil, ""
	}
	m := speakerOnly.FindStringSubmatch(n.Norm)
	if m == nil || !e.people[m[1]] {
		return nil, ""
	}
	return n, m[1]
}

// makeWords are the words for a thing's make or model.
const makeWords = `牌子|品牌|型号|车型|机型`

// brandAsk asks a thing's make: 什么牌子, 哪个品牌, 什么型号.
var brandAsk = regexp.MustCompile(`(什么|啥|哪个|哪一?款|哪家)(` + makeWords + `)|哪款`)

// makerAsk asks who made a thing: 哪个厂家生产的, 哪家厂商造的, 厂家是谁.
var makerAsk = regexp.MustCompile(`(?:哪个|哪一?家|什么|啥)(?:厂家|厂商|生产商|制造商|生产厂家|企业|公司|工厂|厂)(?:生产|制造|造|出产)|(?:厂家|厂商|生产商|制造商)是(?:谁|哪)`)

// makerGiven says who made a thing.
var makerGiven = regexp.MustCompile(`生产|制造|厂家|厂商|出厂|产自|出品`)

// enBrandAsk asks a thing's make in English: "what brand was the e-bike",
// "what model of drone", "make and model".
var enBrandAsk = regexp.MustCompile(`\b(?:what|which)\s+(?:\w+\s+)?(?:brand|model|make)\b`)

// workAsk and enWorkAsk ask for the title of a work: 什么电影, 哪本书, what
// movie, which song. The article writes a title in 《》.
var (
	workAsk   = regexp.MustCompile(`(?:什么|啥|哪一?[部本首个出])(?:电影|影片|片子|书|小说|歌|歌曲|节目|电视剧|剧|纪录片|作品|专辑)`)
	enWorkAsk = regexp.MustCompile(`\b(?:what|which)\s+(?:\w+\s+)?(?:movie|film|book|novel|song|documentary|album|tv show|tv series)s?\b`)
)

// brandGiven holds a make: the words for one, or a Latin name (大疆 Mavic 3).
var brandGiven = regexp.MustCompile(makeWords + `|[A-Za-z]{2,}|\p{Han}牌`)

// unnamedBefore ends the words before a noun that leave it unnamed: 一家,
// 某, 附近的, 另一家, 邻省的, 外地的.
var unnamedBefore = regexp.MustCompile(`(?:一家|多家|几家|另一家|另外一家|其他|别的|某|一所|一座|附近的?|当地的?|一个|一些|(?:邻|外|本)(?:省|市|县|地)的?|周边的?|海外的?|国外的?)\p{Han}{0,4}$`)

// onlyUnnamed reports whether text holds one of words, and every time
// only as one it leaves unnamed ("早年曾在一家券商", "均为附近中学的学生").
func onlyUnnamed(text string, words []string) bool {
	found := false
	for _, w := range words {
		if utf8.RuneCountInString(w) < 2 {
			continue
		}
		for off := 0; ; {
			k := strings.Index(text[off:], w)
			if k < 0 {
				break
			}
			at := off + k
			off = at + len(w)
			start := max(0, at-18)
			for start > 0 && !utf8.RuneStart(text[start]) {
				start++
			}
			before := text[start:at]
			if i := strings.LastIndexAny(before, clauseBreaks); i >= 0 {
				before = before[i+1:]
			}
			if !unnamedBefore.MatchString(before) {
				return false
			}
			found = true
		}
	}
	return found
}

// isAsker reports whether sentence d is the article's own question.
func (e *Engine) isAsker(d int) bool {
	return d+1 < len(e.askedBy) && e.askedBy[d+1] == d
}

// asksAbout reports whether the article's question p holds a third or
// more of the weight of the question's words other than its verbs, and
// one of them at least.
func (e *Engine) asksAbout(q Question, p int) bool {
	var held, all float64
	for i := range q.Terms {
		t := &q.Terms[i]
		if t.Predicate {
			continue
		}
		all += t.Weight
		if q.hits[i][p].w > 0 {
			held += t.Weight
		}
	}
	return held > 0 && held*3 >= all
}

func (e *Engine) namesHeldBy(q Question, has func(term int) bool) bool {
	groups := map[int]bool{} // name group -> held
	person := map[int]bool{} // the groups that name one of the people joined
	for i := range q.Terms {
		t := &q.Terms[i]
		if !t.Required && (!t.Name || t.df == 0 || t.topic || t.Place || t.compared) {
			// a place the article is set in is often left out: "市气象台"
			continue
		}
		g := t.Group
		if g == 0 {
			g = -1 - i
		}
		groups[g] = groups[g] || has(i)
		person[g] = person[g] || t.joined
	}
	either := false // one of the people joined is held
	for g, held := range groups {
		either = either || held && person[g]
	}
	for g, held := range groups {
		if !held && !(either && person[g]) {
			return false
		}
	}
	return true
}

// joinedPerson reports whether a term of a question that joins people by
// "and" names one of them.
func (e *Engine) joinedPerson(t *Term) bool {
	return t.Name && !t.Required && (e.isPerson(t) || e.partOfPerson(t.Text))
}

// isPerson reports whether a name term is one of the people the articles
// name, under any of its spellings.
func (e *Engine) isPerson(t *Term) bool {
	return e.people[t.Text] || slices.ContainsFunc(t.Alts, func(a string) bool { return e.people[a] })
}

// partOfPerson reports whether w is the given name of one of the articles'
// people (桂兰 of 覃桂兰).
func (e *Engine) partOfPerson(w string) bool {
	if utf8.RuneCountInString(w) < 2 {
		return false
	}
	for p := range e.people {
		if p != w && strings.HasSuffix(p, w) {
			return true
		}
	}
	return false
}

// joinedPeople matches "and" (和, 与, 跟, 及) between words of a question.
var joinedPeople = regexp.MustCompile(`(?i)\band\b|&|[和与跟及]`)

// joinsPeople reports whether q names two or more of the articles' people
// with a word joining them.
func (e *Engine) joinsPeople(q Question) bool {
	if !joinedPeople.MatchString(q.Lower) {
		return false
	}
	seen := map[int]bool{}
	for i := range q.Terms {
		t := &q.Terms[i]
		if !t.Name || !e.isPerson(t) {
			continue
		}
		g := t.Group
		if g == 0 {
			g = -1 - i
		}
		seen[g] = true
	}
	return len(seen) >= 2
}

// topical reports whether a name is so frequent in the article (a quarter
// of its sentences or more) that it is the article's topic, which a
// sentence may leave implied.
func (e *Engine) topical(t *Term) bool {
	if t.df*4 >= len(e.docs) {
		return true
	}
	// "锦帆队": the body the article is about, under whichever suffix
	// (锦帆足球俱乐部, 锦帆训练基地)
	stem := t.Text
	for suf := range lex().orgSuffixes {
		if s, ok := strings.CutSuffix(t.Text, suf); ok && len(s) < len(stem) {
			stem = s // the longest suffix: 有限公司, not 公司
		}
	}
	return stem != t.Text && utf8.RuneCountInString(stem) >= 2 && e.DocFreq(stem)*4 >= len(e.docs)
}

// continuation is the sentence after d in its paragraph when it goes on
// with more reasons (以及, 此外, …).
func (e *Engine) continuation(d *index.Doc) *index.Doc {
	if d.ID+1 >= len(e.docs) {
		return nil
	}
	n := e.docs[d.ID+1]
	if n.Article != d.Article || n.Paragraph != d.Paragraph || n.Section != index.Body {
		return nil
	}
	for _, p := range []string{"以及", "此外", "另外", "同时", "而且", "再者", "还有", "其次", "另一方面", "更重要的是"} {
		if strings.HasPrefix(n.Text, p) {
			return n
		}
	}
	return nil
}

func asciiLower(s string) string {
	b := []byte(s)
	changed := false
	for i, c := range b {
		if c >= 'A' && c <= 'Z' {
			b[i] = c + 32
			changed = true
		}
	}
	if !changed {
		return s
	}
	return string(b)
}

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

var (
	// firstAsk asks who or what came first: 最早发现, "who first noticed"
	firstAsk   = regexp.MustCompile(`最早|最先|第一个|头一个|率先|(?i)\bfirst\b`)
	initialAsk = regexp.MustCompile(`最初|起初|原本|原来|一开始|当初|原先|本来|最早的|初始|原定|原计划|(?i)\b(originally|initially|at first|at the start)\b`)
	laterAsk   = regexp.MustCompile(`后来|最终|如今|现在|目前|眼下|调整后|上调后|(?i)\b(now|currently|later|eventually|in the end|after the change)\b`)
	// changeTo marks a sentence that reports a change and its new state
	changeTo = regexp.MustCompile(`(上调|下调|提高|降低|增加|减少|上涨|下跌|上升|下降|调整|改|升|降|涨|增|减)(至|到|为|成)|变成了?|换成了?|已经成为|已成为|取代了?`)
)

// lateCov scales the coverage of a sentence that says its doer did what
// is asked late (才发现), for a question about who did it first.
const lateCov = 0.6

// doneLate reports whether text says the question's predicate was done
// late: 才 before one of its words (才发现).
func doneLate(q Question, text string) bool {
	for _, t := range q.Terms {
		if t.Predicate && (after(text, t.Text, "才") || slices.ContainsFunc(t.Alts, func(w string) bool { return after(text, w, "才") })) {
			return true
		}
	}
	return false
}

// after reports whether text holds w right after prefix (才发现), without
// building the joined string.
func after(text, w, prefix string) bool {
	for off := 0; w != "" && off < len(text); {
		k := strings.Index(text[off:], w)
		if k < 0 {
			return false
		}
		if strings.HasSuffix(text[:off+k], prefix) {
			return true
		}
		off += k + len(w)
	}
	return false
}

// phaseOf tells whether a question asks for the state before a change
// (最初的交易总价, -1) or after it (后来提高到, 现在谁是, +1).
func phaseOf(lower string) int {
	switch i, l := initialAsk.MatchString(lower), laterAsk.MatchString(lower); {
	case i && !l:
		return -1
	case l && !i:
		return 1
	}
	return 0
}

// nominalUse reports whether the words at [s, e) of the sentence are a verb
// used inside a noun phrase: after 的 and fused with the noun that follows
// (往年的录取分数线), so that they name a thing and report no event.
func nominalUse(d *index.Doc, s, e int) bool {
	if !strings.HasSuffix(d.Norm[:s], "的") {
		return false
	}
	for _, tk := range d.Tokens {
		if tk.Start == e {
			return strings.HasPrefix(tk.Pos, "n") && tk.Pos != "nr" && tk.Pos != "ns" && tk.Pos != "nt" && tk.Pos != "nz"
		}
	}
	return false
}

// modifiesNoun reports whether the verb at [s, end) of sentence d is part
// of a noun: a word that runs on past it (驾驶员) or a common noun right after
// it (驾驶|资格). A negation not right before it denies another verb:
// "未取得校车驾驶资格" does not say that nobody drove, where "不再搭载客户载荷"
// says that it carries none.
func (e *Engine) modifiesNoun(d, s, end int) bool {
	for _, tk := range e.docs[d].Tokens {
		if tk.Start <= s && tk.End > end {
			return strings.HasPrefix(tk.Pos, "n")
		}
		if tk.Start == end {
			return strings.HasPrefix(tk.Pos, "n") && tk.Pos != "nr" && tk.Pos != "ns" && tk.Pos != "nt" && tk.Pos != "nz"
		}
	}
	return false
}

// eventVerb reports whether the question uses w as the verb of its event,
// closing the question or followed by an aspect mark (被哪所大学录取了?),
// rather than inside a noun phrase (应聘人数).
func (q *Question) eventVerb(w string) bool {
	i := strings.Index(q.Lower, w)
	if i < 0 {
		return false
	}
	rest := strings.TrimLeft(q.Lower[i+len(w):], " ")
	if rest == "" {
		return true
	}
	for _, p := range []string{"了", "过", "着", "?", "？", "吗", "呢", "的?", "的？"} {
		if strings.HasPrefix(rest, p) {
			return true
		}
	}
	return false
}

// rank finds a passing candidate's answer span and scores it by what the
// question's kind needs; false when the sentence gives no answer.
// whyOwnEvent is what a why-answer loses when the cause it gives holds the
// question's own event.
const whyOwnEvent = 0.2

// reasonIsAsked reports whether the reason span, as it stands in text, is
// nothing but matches of the question's words: "爆炸" of "爆炸导致…吊顶坍塌"
// for "为啥会爆炸" is the event asked about, not its cause.
func reasonIsAsked(c *candidate, text, span string) bool {
	span = strings.TrimFunc(strings.ToLower(span), func(r rune) bool { return unicode.IsSpace(r) || unicode.IsPunct(r) })
	k := strings.Index(text, span)
	if span == "" || k < 0 {
		return false
	}
	for i := k; i < k+len(span); {
		covered := false
		for _, m := range c.matchedBy {
			if m[0] <= i && i < m[1] {
				covered, i = true, m[1]
				break
			}
		}
		if !covered {
			return false
		}
	}
	return true
}

// reasonHoldsEvent reports whether the reason span, as it stands in text,
// holds the match of one of the question's predicates.
func reasonHoldsEvent(q Question, c *candidate, text, span string) bool {
	if span == "" {
		return false
	}
	k := strings.Index(text, strings.ToLower(span))
	if k < 0 {
		return false
	}
	for i, t := range q.Terms {
		if !t.Predicate || t.Light || i >= len(c.matchedBy) {
			continue
		}
		if m := c.matchedBy[i]; m[0] >= k && m[1] <= k+len(span) && m[1] > m[0] {
			return true
		}
	}
	return false
}

func (e *Engine) rank(q Question, c *candidate) bool {
	span, ok := e.span(q, c)
	if !ok && (q.Kind == KindWhen || q.Kind == KindHowMany) {
		// the time or number may sit in the sentence next to it
		span, ok = e.borrow(q, c)
	}
	if !ok && q.Kind == KindWhere {
		// "该店没有专门的洗杯池": where the shop is, the paragraph said
		// before ("记者转到位于金桥路的万象城店")
		span, ok = e.placeBefore(q, c)
	}
	if q.Kind == KindWhy && c.answers && c.cue < 1 {
		// the article's own answer to its "为何…？": what it says,
		// past who says it ("调查报告解释,…")
		if reason := answerAfterLead(c.d.Norm); reason != "" {
			span, ok = reason, true
			c.cue, c.quality = 1, 1
		}
	}
	if q.Kind == KindWhy && q.Negated && c.cue < 1 {
		// "why didn't the backup generator take over" and "按照设计,…应由
		// 备用柴油发电机接管运行。但当天这台备用发电机启动3次均告失败": what
		// went otherwise, as the next sentence says
		if n, what := e.wentOtherwise(c.d); n != nil {
			span, ok, c.lender, c.cue, c.quality = what, true, n, 1, 1
		}
	}
	if q.Kind == KindWhy && e.listsReasons[c.d.ID] && (c.cue < 1 || ok && countedReasons.MatchString(span)) {
		// "之所以…,是因为两方面原因叠加。" or "…给出了两点解释。": the
		// reasons are the items that follow ("一是…;二是…"), the one the
		// question is about first
		if n, why := e.reasonItem(q, c); n != nil {
			span, ok, c.lender, c.cue, c.quality = why, true, n, 1, 1
		}
	}
	if q.realWhy && c.cue < 1 {
		// "why did he really sell it" and "这笔钱从未进入村集体账户,而是
		// 被林德昌用于偿还个人欠下的网络借贷": what it was in truth
		if m := butRather.FindStringSubmatchIndex(c.d.Norm); m != nil {
			span, ok, c.cue, c.quality = c.d.Norm[m[2]:m[3]], true, 1, 1
		}
	}
	if q.Kind == KindWhy && c.cue < 1 && !strongCause.MatchString(c.d.Norm) {
		// no explicit cause here: the next (or previous) sentence may
		// give it ("…拖欠了工资。欠薪的主要原因是…")
		saved, savedCue := c.quality, c.cue
		if nspan, nok := e.borrow(q, c); nok && c.cue >= 1 {
			span, ok = nspan, true
		} else {
			c.lender, c.quality, c.cue = nil, saved, savedCue
		}
	}
	if q.Kind == KindWhy && c.cue < 1 && c.lender == nil {
		// "…发布暴雨橙色预警,但景区当天仍照常售票。" then "对此,景区负责人
		// 解释说,当时降雨量尚未达到闭园标准": the reply the next sentence
		// gives to it explains it
		if n, why := e.replyAfter(c.d); n != nil {
			span, ok, c.lender, c.cue, c.quality = why, true, n, 1, 1
		}
	}
	if q.Kind == KindWhy && c.cue < 1 && c.lender == nil && c.anchor >= 0 && c.anchorE <= len(c.d.Norm) && (feeling.MatchString(c.d.Norm[c.anchor:c.anchorE]) ||
		// "消防员没有直接往窑里灌水,而是…" then "“窑体温度…冷水一激,整条
		// 窑都可能炸裂。”…说": why it was not done, in the words of one
		// who did otherwise
		q.Negated && deniedAt(c.d.Norm, c.anchor) && strings.Contains(c.d.Norm[c.anchorE:], "而是")) {
		// "同样深受困扰的还有…柏女士。" then "…“孩子每天晚上要在家刷题到
		// 11点,音乐一响,他…还是静不下心。”柏女士说": what troubles
		// someone, in their own words right after
		if n, why := e.quoteAfter(c.d); n != nil {
			span, ok, c.lender, c.cue, c.quality = why, true, n, 0.7, 0.7
		}
	}
	if !ok && q.Kind == KindWho && asksSpeaker.MatchString(q.Lower) {
		// "“我们已经在全国范围内排查类似问题。”" then "董嘉禾说。": who
		// says the quotation
		if n, name := e.speakerAfter(c.d); n != nil {
			span, ok, c.speaker, c.quality = name, true, n, 0.5
		}
	}
	if !ok && q.Kind == KindWho && !q.WantOrg && (q.NameAsked || q.WantPerson || len(q.Role) > 0) {
		// "冒领奖金的店主叫啥": the sentence tells what the shop owner did
		// without naming him, and the next names him by the same word
		// ("涉事店主彭建军")
		if name, n := e.namedByRole(c, q.Role); n != nil {
			span, ok, c.lender, c.quality = name, true, n, 0.5
		}
	}
	if !ok && q.Kind == KindWho && !q.WantOrg {
		// "发现大门已被房东上锁": the one the article names by the word
		// the 被 gives ("工厂房东郁海潮告诉记者")
		if name, n := e.namedAgent(c); n != nil {
			span, ok, c.lender, c.quality = name, true, n, 0.5
		}
	}
	if q.Kind == KindWho && !q.WantOrg && c.lender == nil && (!ok || !e.people[span] && !anonymized.MatchString(span)) && strings.Contains(c.d.Norm, "岁") {
		// "一名78岁的老人经抢救无效死亡": the one the article names
		// elsewhere with the same age ("78岁的父亲刘德顺"), when the
		// question asks about the one so described
		if name, n := e.namedByAge(c); n != nil {
			span, ok, c.lender, c.quality = name, true, n, 0.5
		}
	}
	if !ok && q.Kind == KindWho && !q.WantOrg && len(e.peopleAt[c.d.ID]) == 0 && c.anchor >= 0 {
		doer := pronounDoer.MatchString(c.d.Norm[:min(c.anchor, len(c.d.Norm))])
		opens := onePronounDoes(c.d.Norm, c.anchor)
		// "救援人员判断其可能突发心脏病": the one the paragraph named just
		// before ("71岁游客钟国栋突然出现胸闷")
		if doer || opens {
			if name, n := e.soleNamedBefore(c.d); n != nil && !namesAskedPerson(q, name) && !(opens && speakerOpens.MatchString(n.Norm)) {
				// (not one who is quoted: "骆知遥表示,…。她在门诊中发现,…"
				// goes on telling what she says, no deed the question asks of)
				// (not one the question names: "陆师傅的老伴" of "他跟老伴商量")
				span, ok, c.lender, c.quality = name, true, n, 0.5
			}
		}
	}
	if q.realWhy && ok && c.cue >= 1 {
		// "林德昌起初辩称,卖树是因为村里修路缺钱" then "但调查组核查发现,…
		// 而是…": the reason given, which the next sentence shows false
		if src := cmp.Or(c.lender, c.d); e.refutedNext(src) {
			return false
		}
	}
	if c.introOnly && c.lender != nil {
		return false // the age of one the sentence names, not of a neighbour's
	}
	if ok && q.Kind == KindWhy && c.cue < 1 && causeUnknown.MatchString(e.lower[c.d.ID]) {
		return false // "事故原因仍在进一步调查中": the cause is not yet known
	}
	if ok && q.Kind == KindWhy && c.lender == nil && reasonIsAsked(c, e.lower[c.d.ID], span) {
		return false // the event asked about, before its 导致, is no cause of it
	}
	if ok && (q.Kind == KindHowMany && q.Measure == "money" || q.Kind == KindWhen && q.Grain == "duration") && !q.Supposing && !ruleAsk.MatchString(q.Lower) && ruleAmount(e.lower[c.d.ID], span) {
		// (and "how many years did he get" and "…可处10年以上有期徒刑":
		// what the law allows, not what anyone was sentenced to)
		// "最后被罚了多少钱" and a lawyer's "…不足1万元的,并处5万元以上10万元
		// 以下罚款": what the law allows, not what anyone was fined
		return false
	}
	if !ok || c.low && q.Kind == KindWho && c.quality < 0.6 && !(q.NameAsked && namesDescribed(e.lower[c.d.ID], c)) && !(q.whichOne && e.titlesName(c)) {
		// thin evidence needs a name right by the predicate, or after the
		// role the question asks which one of ("哪个村民": 村民周建华)
		return false
	}
	if q.tenure && ok && shortStretch.MatchString(span) {
		return false // "how long has he been a bus driver" and "大约20秒"
	}
	if q.Kind == KindHowMany && ok {
		if p, text := q.period, cmp.Or(c.lender, c.d).Norm; p != "" && !periodGiven[p].MatchString(text) && (p != "unit" || totalGiven.MatchString(text)) {
			// "how much rent was the clinic paying each month" and "拖欠
			// 房租约320万元": a total, not the rate asked for; and "多少钱
			// 一只" and "合同总金额约186万元" (a price is often given of
			// one thing with no word for it: "网上售价320元")
			return false
		}
		if text := cmp.Or(c.lender, c.d).Norm; q.Measure == "money" && q.period == "" && q.Total {
			// "袋子里的钱一共有多少" and "十几块钱一个的编织袋": the price of
			// one thing is no sum
			if k := strings.Index(text, span); k >= 0 && unitPriceAfter.MatchString(text[k+len(span):]) {
				return false
			}
		}
	}
	if e.heading[c.d.ID] && c.lender == nil && !inSegment(c.d.Norm, c.anchor, span) {
		// "…致4死67伤 主办方董事长等3人被刑事拘留": a headline's phrases
		// stand apart, and the answer must be in the question's
		return false
	}
	c.span = span
	qw := 0.1
	switch q.Kind {
	case KindWhy:
		qw = 0.3 // an explicit cause near the question's words is most of a why-answer
	}
	c.score = c.cov + 0.03*c.bm25 + qw*c.quality
	if q.Kind == KindWhen && q.Grain != "clock" && sinceAsk.MatchString(q.Lower) && sinceDate.MatchString(c.d.Norm) {
		c.score += sinceBonus // "since when": a sentence that says since when (自今年8月以来) over the day it came out
	}
	if c.lender != nil {
		c.score -= 0.05
	}
	if q.plan && planCue.MatchString(c.d.Norm) {
		// "what's the province doing about it going forward": what is to
		// be done (将, 计划, 今后), over what was
		c.score += planBonus
	}
	if q.Kind == KindHowMany && restCount(e.lower[c.d.ID], span) && !asksRest.MatchString(q.Lower) {
		// "督促全市其余83家洗衣门店…" for "how many stores did the chain
		// have": a count of the others, not of the ones asked about
		c.score -= restPenalty
	}
	if q.Kind == KindWhy && q.Lang == English && c.lender == nil && reasonHoldsEvent(q, c, e.lower[c.d.ID], span) {
		// "由于周晓雯当时在睡觉，系统没有…" for "why did she doze off": a
		// cause that holds the question's own event is the cause of
		// something else (an English question's predicates are its verbs;
		// a Chinese one's may modify a noun, 备用的柴油机, and stand in the
		// cause)
		c.score -= whyOwnEvent
	}
	if q.Phase != 0 && changeTo.MatchString(c.d.Norm) {
		// a sentence that reports a change tells the later state
		c.score += 0.08 * float64(q.Phase)
	}
	if c.causeNamed {
		c.score += 0.25 // "故障的直接原因是…"
	}
	if c.named {
		c.score += 0.3 // "叫什么名字" and "名为“阿岳”"
	}
	if c.total || c.marked {
		c.score += 0.2 // "一共多少" answered by "共计5200余万元", "at its worst" by "最高…达到"
	}
	if c.looseTime {
		c.score *= 0.6 // the sentence's time dates another event
	}
	if e.heading[c.d.ID] {
		c.score -= 0.05 // a headline says less than the sentence it sums up
	}
	if q.Negated && c.anchor >= 0 && negatedAt(e.lower[c.d.ID], c.anchor) {
		c.score += 0.1
	} else if q.Negated && q.Lang == English && c.anchor >= 0 {
		c.score -= 0.1 // "the ones they couldn't save" and "其中约1900只得到修复"
	}
	if e.hasKindFeature(q, c) || c.lender != nil && e.hasKindFeature(q, &candidate{d: c.lender}) {
		c.score += 0.15
	}
	if q.Kind == KindWho && !q.quotes && reportsOnly(e.lower[c.d.ID], c) && !asksSpeaker.MatchString(q.Lower) && !asksTeller.MatchString(q.Lower) {
		// "骨科主任医师孙立平介绍,老人为左侧股骨颈骨折": the doctor tells of
		// the one asked about; he is not that one, whom the sentence
		// before may name ("孔德顺随后被送往市中医院")
		if name, n := e.namedBefore(c); n != nil {
			c.span, c.lender = name, n
		} else if ownAct(e.lower[c.d.ID], c.span) {
			c.score -= speakerMargin
		} else {
			c.score -= thirdPartyMargin
		}
	}
	bossName := ""
	if q.Kind == KindWho && !q.WantOrg {
		bossName = e.orgBossName(q, c)
	}
	if bossName != "" {
		// "汇金广场购物中心总经理宋立群、恒达公司维保主管韩志刚" for "the
		// boss of that mall": the one titled right after the body asked of
		c.span = bossName
		c.score += titleBound
	} else if q.Kind == KindWho && e.titleOfAsked(q, c) {
		c.score += titleBound
	} else if q.Kind == KindWho && !q.WantOrg && e.namedRightAfter(q, c) {
		c.score += titleBound // "遇难司机名叫周德海": the one the question describes, by name
	}
	if q.Kind == KindWhen && e.timeOfOtherVerb(c, span) {
		c.score -= otherEventMargin
	}
	if q.Kind == KindWhen && q.Grain != "duration" && bareDuration(span) && !sinceShort.MatchString(span) {
		// "患高血压已有十多年" says how long, not when; "发布不到两个小时"
		// says when, by the time since
		c.score *= 0.6
	}
	if q.Kind == KindWhen && q.Grain != "duration" && sameDayOnly.MatchString(span) {
		c.score *= 0.6 // "当天下午" only points back at a date another sentence gives
	}
	if q.Kind == KindWhen && e.reportTime(c, span) && !asksReport.MatchString(q.Lower) {
		c.score *= 0.6 // as for a loose time: the time dates the report
	}
	if q.Since && sinceTime(e.lower[c.d.ID], span) {
		c.score += sinceBound
	}
	if q.Kind == KindWhen && asksDeadline.MatchString(q.Lower) && deadlineTime(e.lower[c.d.ID], span) {
		c.score += deadlineBound // "the deadline to move": 12月1日前, not the day the gym shut
	}
	if q.Written && !quoteRe.MatchString(c.d.Norm) {
		// "what did the sign on the door say": a sentence that quotes no
		// words says not what it bore ("…对警示标志进行全面排查")
		c.score *= writtenPenalty
	}
	if (q.Kind == KindWhat || q.Kind == KindOther) && injuryAsk.MatchString(q.Lower) {
		// "what injuries", "how bad was he hurt": 腰椎压缩性骨折, not
		// "两名骨折患者生命体征平稳", and the clause that names them, not
		// the one before it; the more so where it names the part of the
		// body ("2人分别为腰椎骨折…", not only "其中2人骨折")
		if at := injuryAt(c.d.Norm); at >= 0 {
			c.score += injuryBound
			if bodyPart.MatchString(c.d.Norm) {
				c.score += injuryBound
			}
			if injuryAt(span) < 0 {
				c.span = clauseAt(c.d.Norm, at)
			}
		}
	}
	if q.Symptoms {
		// "what symptoms were people getting": 恶心、呕吐、腹泻, as the
		// patients had them, not as advice says one might ("如果出现头痛…")
		if at := symptomAt(c.d.Norm, q.Supposing); at >= 0 {
			c.score += symptomBound
			if symptomAt(c.span, q.Supposing) < 0 {
				c.span = clauseAt(c.d.Norm, at)
			}
		} else if symptomAt(c.d.Norm, true) >= 0 {
			c.score -= symptomBound // symptoms only supposed
		}
	}
	if q.Kind == KindWhat && q.Duty {
		if at := dutyAt(c.d.Norm); at >= 0 || dutyMark.MatchString(c.d.Norm) {
			c.score += dutyBound // "what are drivers supposed to do": what the rules say they should
			if at >= 0 && dutyAt(c.span) < 0 {
				c.span = clauseAt(c.d.Norm, at) // "他建议,遇到大风预警时,应当立即卷起围布": the clause of what to do
			}
		}
	}
	if q.Outcome && specificOutcome(e.lower[c.d.ID]) {
		c.score += outcomeBound // "罚款8万元", not "受到处罚"
		if outcomeOn(e.lower[c.d.ID], targetMatches(q, c)) {
			c.score += 2 * outcomeBound // "对青石岭采石场予以关闭": done to the one asked about, not to its boss
		}
	}
	if q.Paid && paidSum(e.lower[c.d.ID], span) {
		c.score += paidBound
	}
	if q.Kind == KindWhere && locatedAt(e.lower[c.d.ID], c, q.Terms) {
		c.score += locatedBound
	}
	return true
}

// sinceShort opens a length of time that dates an event by how soon it
// followed another (发布不到两个小时, 短短3天).
var sinceShort = regexp.MustCompile(`^(?:不到|不足|短短|仅仅|仅|才)`)

// sameDayOnly is a time that names no day of its own but the one the story
// is on: 当天, 当晚, 同日下午.
var sameDayOnly = regexp.MustCompile(`^(当天|当日|当晚|当夜|同日|同一天|同天|那天|这天|今天|今日|昨天|昨日)(` + dayPart + `)?$`)

// injuryAsk asks what injuries someone had.
var injuryAsk = regexp.MustCompile(`(?i)\binjur(?:y|ies|e)\b|\bwounds\b|\bhow (?:bad(?:ly)?|seriously|severely)\b.*\b(?:hurt|injured|wounded)\b|什么伤|啥伤|伤势|伤情|哪里受伤|哪受伤|` + injuryPartPattern)

// injuryPart asks where on the body someone was hurt.
var injuryPart = regexp.MustCompile(injuryPartPattern)

// injuryPartPattern is injuryPart's expression, which injuryAsk and the
// question kinds share.
const injuryPartPattern = `伤哪|哪儿受伤|伤到哪|伤在哪|伤了哪|伤着哪|身上哪|(?:哪个|什么)部位`

// sideOfBody is a side of the body and its part: 左前臂, 左腿, 左小腿.
var sideOfBody = regexp.MustCompile(`^[左右](?:侧|边|前|后|上|下|小|大)?(?:臂|手|眼|耳|` + bodyPart.String() + `)`)

// bodyPart names a part of the body an injury may be to.
var bodyPart = regexp.MustCompile(`头部|面部|脸部|眼睛|眼部|鼻|颈|脖子|肩|胸|背部|后背|腰|腹|手臂|胳膊|手腕|手指|手掌|腿|膝|脚|踝|肋|骨盆|颅|脊|臀`)

// injuryKind names a kind of injury.
var injuryKind = regexp.MustCompile(`骨折|挫伤|擦伤|烧伤|烫伤|灼伤|撕裂|裂伤|出血|脑震荡|软组织|划伤|割伤|扭伤|脱臼|骨裂|中毒|窒息|昏迷|截肢|瘫痪`)

// injuryAt is the byte offset in text of a kind of injury someone has, not
// one that only says which patients ("两名骨折患者", "3名骨折乘客"), or -1.
func injuryAt(text string) int {
	for _, loc := range injuryKind.FindAllStringIndex(text, -1) {
		if after := hanPrefix(text[loc[1]:]); !startsWithAny(after, injuredOnes) && !personNoun(firstRunes(after, 2)) && !personNoun(firstRunes(after, 3)) {
			return loc[0]
		}
	}
	return -1
}

// symptomAsk asks what someone felt or showed when taken ill; symptomKind
// names a symptom.
var (
	symptomAsk  = regexp.MustCompile(`(?i)\bsymptoms?\b|\bsigns?\b[^?？]*\b(?:look|watch)(?:ing)? (?:out )?for\b[^?？]*\b(?:ate|eat|eaten|eating|drank|drink|sick|ill|poison\w*|infect\w*)\b|\bwhat (?:were|was|are|is) (?:\w+ ){0,3}feeling\b|\bhow (?:did|do|were) (?:\w+ ){0,3}feel\b|什么症状|啥症状|哪些症状|症状是|有什么反应|啥反应|哪里不舒服|啥不舒服|什么不舒服`)
	symptomKind = regexp.MustCompile(`恶心|呕吐|腹泻|腹痛|头晕|头痛|发热|发烧|乏力|胸闷|心慌|心悸|抽搐|咳嗽|呼吸困难|皮疹|瘙痒|视物模糊|口唇发麻|手脚发麻|四肢无力|意识模糊|少尿|精神萎靡`)
	ifClause    = regexp.MustCompile(`如果|假如|若|一旦|如有|如出现`)
	zhOrEnIf    = regexp.MustCompile(`(?i)\bif\b|如果|假如|万一|要是`)
)

// symptomAt is the byte offset in text of a symptom someone had, not one
// a clause of advice supposes (如果出现头痛…) unless supposed, or -1.
func symptomAt(text string, supposed bool) int {
	for _, loc := range symptomKind.FindAllStringIndex(text, -1) {
		if supposed || !ifClause.MatchString(clauseBefore(text, loc[0])+clauseAt(text, loc[0])) {
			return loc[0]
		}
	}
	return -1
}

// injuredOnes are the words after an injury that make it say which
// patients rather than what they have: 两名骨折患者, 骨折的.
var injuredOnes = []string{"患者", "病人", "伤者", "伤员", "的", "乘客", "游客", "学生", "儿童", "孩子", "老人", "人员", "工人", "球迷", "村民", "者"}

// dutyAsk asks what someone should do; dutyVerb (found by dutyAt) and
// dutyMark mark what a rule or an expert says one should, dutyVerb in the
// clause that says what; dutyBound is the credit of a sentence that does,
// for a question that asks.
var (
	dutyAsk   = regexp.MustCompile(`(?i)\b(?:supposed|meant|required|expected) to (?:do|be doing)\b|\bshould (?:[a-z]+ )?(?:do|have done)\b|\bwhat (?:do|does|did) (?:the )?rules? say\b|应该怎么做|应该怎么办|该怎么做|该怎么办|应当怎么做|按规定(?:应该|要)?(?:怎么|咋)`)
	dutyMark  = regexp.MustCompile(`按规定|按照规定|规定|要求|建议`)
	dutyVerb  = regexp.MustCompile(`应当|应该|应|必须|须`)
	dutyBound = 0.2
)

// dutyAt is the byte offset in text of a word that says what one should
// do (应当, 必须), or -1: not the 应 of 应急 or 回应, nor the 须 of 胡须.
func dutyAt(text string) int {
	for _, loc := range dutyVerb.FindAllStringIndex(text, -1) {
		before, _ := utf8.DecodeLastRuneInString(text[:loc[0]])
		after, _ := utf8.DecodeRuneInString(text[loc[1]:])
		if strings.HasPrefix(text[loc[0]:], "应") && (strings.ContainsRune("急对用聘邀届", after) || strings.ContainsRune("响回供相反适答对效感理", before)) ||
			strings.HasPrefix(text[loc[0]:], "须") && strings.ContainsRune("胡必无", before) {
			continue
		}
		return loc[0]
	}
	return -1
}

// hanPrefix is the Chinese characters s opens with.
func hanPrefix(s string) string {
	for i, r := range s {
		if !unicode.Is(unicode.Han, r) {
			return s[:i]
		}
	}
	return s
}

// injuryBound is the credit, for a question asking what injuries, of an
// answer that names a kind of injury.
const injuryBound = 0.3

// writtenPenalty scales the score of a sentence that quotes nothing, for a
// question that asks what a sign or a note said.
const writtenPenalty = 0.5

// symptomBound is the credit of a sentence that tells the symptoms people
// had, for a question that asks them (and the debit of one that only
// supposes them).
const symptomBound = 0.2

// deadlineBound is the credit, for a question that asks a deadline, of a
// time the sentence gives as one (6月30日前, 登记截止时间为4月30日).
const deadlineBound = 0.2

// asksDeadline asks by when something must or will be done.
var asksDeadline = regexp.MustCompile(`\bdeadlines?\b|\bcut-?off\b|\bby when\b|截止|截至|最晚|最迟|期限`)

// deadlineTime reports whether span, a time of text, is given as a
// deadline: followed by 前 (12月1日前, 之前) or after 截止, 最晚, 不晚于.
func deadlineTime(text, span string) bool {
	i := strings.Index(text, span)
	if i < 0 || span == "" {
		return false
	}
	if strings.HasSuffix(span, "前") || startsWithAny(text[i+len(span):], []string{"前", "之前", "以前"}) {
		return true
	}
	return deadlineBefore.MatchString(text[:i])
}

// deadlineBefore ends the text before a time given as a deadline:
// "登记截止时间为", "最晚", "不晚于" (not 截至, "as of": 截至5月20日,已完成…).
var deadlineBefore = regexp.MustCompile(`(?:截止|最晚|最迟|不晚于)[^,，。;；]{0,5}$`)

// outcomeBound is the credit, for a question what befell someone held to
// account, of a sentence that names what (罚款, 停职), over one that only
// says they were punished.
const outcomeBound = 0.1

// genericOutcomes say that someone was dealt with, not how.
var genericOutcomes = map[string]bool{"处置": true, "处分": true, "处罚": true, "问责": true, "追责": true, "查处": true}

// targetMatches are where c holds the words of the one q asks what was
// done to: after its 把 ("医院把那个药师怎么处理了": the pharmacist, not
// the hospital), or all its words.
func targetMatches(q Question, c *candidate) [][2]int {
	ba := strings.Index(q.Lower, "把")
	if ba < 0 || q.Lang != Chinese {
		return c.matched
	}
	var out [][2]int
	for i, t := range q.Terms {
		if t.Pos > ba && i < len(c.matchedBy) && c.matchedBy[i][0] >= 0 {
			out = append(out, c.matchedBy[i])
		}
	}
	return out
}

// realAsk asks for the true reason over the one given: "why did he really
// sell it", "真正的原因".
var realAsk = regexp.MustCompile(`(?i)\breally\b|\bactually\b|\b(?:real|true)\s+reason|真正|真实|实际上|其实`)

// butRather is what a sentence says a thing was in truth, after denying
// what it was not: "从未进入村集体账户,而是被用于偿还…".
var butRather = regexp.MustCompile(`(?:不是|并非|并不是|没有|从未|并未|未)[^。;；]{0,40}?[,，]\s*而是([^,，。;；]{4,40})`)

// refutes opens a sentence that shows what was said before false: "但调查
// 组核查发现,…而是…", "事实上…".
var refutes = regexp.MustCompile(`^(?:但|然而|可是|不过|事实上|实际上)[^。]*(?:而是|实际上|其实|事实上|真实)`)

// refutedNext reports whether the next sentence of d's paragraph shows
// what d says false.
func (e *Engine) refutedNext(d *index.Doc) bool {
	n := e.sameParagraph(d, d.ID+1)
	return n != nil && refutes.MatchString(n.Norm)
}

// dealtWith is what an outcome is done to: "对青石岭采石场予以关闭",
// "对涉事企业处以罚款".
var dealtWith = regexp.MustCompile(`对([^,，。;；]{1,20}?)(?:依法)?(?:予以|处以|给予|作出|责令)`)

// outcomeOn reports whether a question's word (a range of matched) names
// what text says an outcome is done to.
func outcomeOn(text string, matched [][2]int) bool {
	for _, m := range dealtWith.FindAllStringSubmatchIndex(text, -1) {
		if slices.ContainsFunc(matched, func(r [2]int) bool { return r[0] >= m[2] && r[1] <= m[3] }) {
			return true
		}
	}
	return false
}

// specificOutcome reports whether text names what befell someone held to
// account: a word of the lexicon's outcomes that says how (罚款, 停职).
func specificOutcome(text string) bool {
	for _, w := range lex().outcomes {
		if !genericOutcomes[w] && strings.Contains(text, w) {
			return true
		}
	}
	return false
}

// specificOutcomeAt returns where in text the word naming what befell
// someone held to account stands nearest the byte offset at, or -1.
func specificOutcomeAt(text string, at int, matched [][2]int) int {
	best, bestCost := -1, 0
	for _, w := range lex().outcomes {
		if genericOutcomes[w] {
			continue
		}
		for off := 0; ; {
			k := strings.Index(text[off:], w)
			if k < 0 {
				break
			}
			k += off
			cost := abs(k - at)
			if clauseHolds(text, k, w, matched) {
				cost -= len(text) // "对县人民医院予以通报批评": the clause of the one asked about
			}
			if best < 0 || cost < bestCost {
				best, bestCost = k, cost
			}
			off = k + len(w)
		}
	}
	return best
}

// clauseHolds reports whether the clause of text at k holds, besides the
// word w that stands at k, a word some question word matched in text.
func clauseHolds(text string, k int, w string, matched [][2]int) bool {
	start, end := k, k+len(w)
	for start > 0 {
		r, size := utf8.DecodeLastRuneInString(text[:start])
		if strings.ContainsRune(clauseBreaks, r) {
			break
		}
		start -= size
	}
	for end < len(text) {
		r, size := utf8.DecodeRuneInString(text[end:])
		if strings.ContainsRune(clauseBreaks, r) {
			break
		}
		end += size
	}
	clause := text[start:k] + "|" + text[k+len(w):end]
	for _, m := range matched {
		// (the word matched, wherever it recurs: "医院方面,…对县人民医院")
		if m[0] >= 0 && m[1] <= len(text) && m[1] > m[0] && strings.Contains(clause, text[m[0]:m[1]]) {
			return true
		}
	}
	return false
}

// paidBound is the credit, for a question how much was paid, of a sum the
// sentence says was paid or charged.
const paidBound = 0.05

// feeWords say, right before a sum, that it was paid, charged or came to
// that much in all (费用为, 花了, 共计).
var feeWords = []string{"费用为", "费用是", "费用", "花了", "花费", "花", "支付", "付款", "缴纳", "交纳", "交了", "付了", "价格为", "售价", "要价", "收费", "共计", "合计"}

// paidSum reports whether the span stands in text right after a word
// saying that it was paid (费用为4.8万元, 花1.2万元).
func paidSum(text, span string) bool {
	i := strings.Index(text, span)
	if i <= 0 || span == "" {
		return false
	}
	_, ok := suffixOf(text[:i], feeWords)
	return ok
}

// locatedBound is the credit, for a where-question, of a sentence that
// says where one of the question's words is.
const locatedBound = 0.1

// locatedVerbs say where something is.
var locatedVerbs = []string{"位于", "地处", "坐落于", "坐落在", "设在", "设于"}

// locatedAt reports whether the sentence says where one of the matched
// question words is: the word before 位于 ("公司总部位于…") or the one a
// place after 位于 qualifies ("位于江岷省云溪县的翠屏山景区").
func locatedAt(text string, c *candidate, terms []Term) bool {
	for i, m := range c.matchedBy {
		if m[0] < 0 || m[1] > len(text) || i >= len(terms) || terms[i].Light {
			continue
		}
		if startsWithAny(text[m[1]:], locatedVerbs) {
			return true
		}
		head := text[:m[0]]
		if k := strings.LastIndex(head, "的"); k >= 0 && utf8.RuneCountInString(head[k:]) <= 6 {
			clause := clauseBefore(text, k)
			if slices.ContainsFunc(locatedVerbs, func(v string) bool { return strings.Contains(clause, v) }) {
				return true
			}
		}
	}
	return false
}

// asksSince asks when a state began: "since when have they not been
// paid", 从什么时候开始欠薪.
var asksSince = regexp.MustCompile(`\bsince when\b|\bsince what\b|从什么时候|从啥时候|从哪天|自何时|从何时|什么时候(?:开始|起)|啥时候(?:开始|起)`)

// sinceBound is the credit of a time that begins a state (自2025年10月起)
// for a question asking since when.
const sinceBound = 0.1

// sinceTime reports whether the time span stands in text as the start of
// a state: after 自 or 从, or before 起, 开始 or 以来.
func sinceTime(text, span string) bool {
	i := strings.Index(text, span)
	if i < 0 || span == "" {
		return false
	}
	before, after := text[:i], text[i+len(span):]
	return strings.HasSuffix(before, "自") || strings.HasSuffix(before, "从") || // 自从 too
		strings.HasPrefix(after, "起") || strings.HasPrefix(after, "开始") || strings.HasPrefix(after, "以来")
}

// strongCause matches a clause that opens with a sure causal cue: its
// sentence gives its own reason, nearer cue or not (由于…,所以…), or a
// clause whose subject the cause follows and a comma ends ("38公里附近的点位
// 因滨江大道北侧人行道施工，于赛前一天被…挪至…").
var strongCause = regexp.MustCompile(`(?:^|[,，:：;；“"])(?:由于|因为|之所以)|(?:^|[,，:：;；“"])[^,，。;；“”"]{2,16}?(?:由于|因为|因)[^此素而,，。;；]{4,30}[,，]`)

// personNaming reports whether a namedAs match opens with a word that
// names a person (名叫, 真名), not a thing (名为, 被称为).
func personNaming(m string) bool {
	return strings.HasPrefix(m, "名叫") || slices.ContainsFunc(realNames, func(w string) bool { return strings.HasPrefix(m, w) })
}

// speakerVerbs say what someone said, after their name.
var speakerVerbs = regexp.MustCompile(`介绍|说|表示|告诉|认为|指出|提醒|坦言|透露|解释|强调|回忆|建议|分析|证实|承认`)

// titledSpeakers are the names of two or three characters in text that a
// title runs into and a verb of saying follows ("支队长宁少川介绍"), a
// surname that is a common word too (宁, 安) though they open with.
func titledSpeakers(text string) []string {
	var names []string
	for _, v := range speakerVerbs.FindAllStringIndex(text, -1) {
		for _, n := range []int{3, 2} {
			name := lastRunes(text[:v[0]], n)
			before := text[:v[0]-len(name)]
			if utf8.RuneCountInString(name) != n || !allHan(name) || strings.Contains(name, "某") {
				continue
			}
			if first := firstRunes(name, 1); !lex().surnames[first] && !lex().wordSurnames[first] {
				continue
			}
			if isTitle(lastRunes(before, 2)) || isTitle(lastRunes(before, 3)) || isTitle(lastRunes(before, 4)) || lex().trades[lastRunes(before, 2)] || lex().trades[lastRunes(before, 3)] {
				// (or a trade: "救护车司机滑建明介绍")
				names = append(names, name)
				break
			}
		}
	}
	return names
}

// personTitles are the words for people by their work that stand right
// before a name: 民警方志强, 乘务员孙丽萍.
var personTitles = []string{"民警", "警官", "辅警", "乘务员", "驾驶员", "司机", "医生", "护士", "记者", "律师", "村民", "居民", "工人", "店员", "营业员", "技术员", "检察官", "法官", "村医", "保安", "教师", "老师"}

// titledNames finds the names of three characters a title or a trade
// introduces in text (民警方志强), when a surname opens them, the
// dictionary has no word for them, and the articles' bodies name them at
// least twice.
func (e *Engine) titledNames(text string) []string {
	var names []string
	for _, title := range personTitles {
		for _, at := range offsetsOf(text, title) {
			name := firstRunes(text[at+len(title):], 3)
			if utf8.RuneCountInString(name) != 3 || !allHan(name) || !lex().surnames[firstRunes(name, 1)] || strings.ContainsAny(name, "某和与及的了在是为等们") || e.seats[name] || e.people[name] {
				continue
			}
			if _, _, ok := index.Lookup(name); ok {
				continue
			}
			if e.bodyMentions(name) >= 2 {
				names = append(names, name)
			}
		}
	}
	return names
}

// bodyMentions counts where the articles' bodies name name.
func (e *Engine) bodyMentions(name string) int {
	n := 0
	for _, d := range e.docs {
		if d.Section == index.Body {
			n += strings.Count(d.Norm, name)
		}
	}
	return n
}

// headlineTie is how much less a body sentence may score than a headline
// and still be preferred to it: BM25 favours a short headline by a hair.
const headlineTie = 0.01

// titleBound is the credit of a who-answer whose title the sentence gives
// right after the body the question names ("清源水务集团董事长" for "the
// boss of the water company").
const titleBound = 0.1

// titleOfAsked reports whether the sentence holds a title the question
// asks for (a matched title or head) right after another of the question's
// words: the title is of that body, not of another the sentence names.
func (e *Engine) titleOfAsked(q Question, c *candidate) bool {
	text := e.lower[c.d.ID]
	for i, m := range c.matchedBy {
		if m[0] < 0 || m[1] > len(text) || m[1] <= m[0] {
			continue
		}
		w := text[m[0]:m[1]]
		if !lex().titles[w] && !lex().headSet[w] {
			continue
		}
		// the answer stands by the title ("董事长、总经理葛明远")
		// (or after more titles of the same one: "影城负责人、星光影业
		// 有限公司总经理吴海峰")
		if k := strings.Index(text[m[1]:], strings.ToLower(c.span)); c.span == "" || k < 0 || k > 15 && !titledList(text[m[1]:m[1]+k]) {
			continue
		}
		for j, o := range c.matchedBy {
			t := q.Terms[j]
			if j == i || o[0] < 0 || t.Light || t.Predicate || o[1] > m[0] || o[1] <= o[0] || !endsOrg(text[o[0]:o[1]]) && (q.Lang != English || t.Name) {
				continue
			}
			if gap := text[o[1]:m[0]]; gap == "" || gap == "的" {
				return true
			}
		}
	}
	return false
}

// wentOtherwise returns, for a sentence of what was meant to happen
// (shouldHappen), the next one of its paragraph when it opens with a "but"
// (butOpen), and what it says went otherwise; nil when there is none.
func (e *Engine) wentOtherwise(d *index.Doc) (*index.Doc, string) {
	if !shouldHappen.MatchString(d.Norm) {
		return nil, ""
	}
	n, rest := e.nextOpening(d, butOpen, ",，")
	if n == nil {
		return nil, ""
	}
	if bareDenial.MatchString(rest) {
		// "但当天两人都没有这样做。" only says it was not done: why, the
		// next sentence may tell ("刘某事后称，她当时急着…")
		if m := e.sameParagraph(d, n.ID+1); m != nil {
			if why := answerAfterLead(m.Norm); why != "" {
				return m, why
			}
		}
		return nil, ""
	}
	return n, clauseUpTo(rest, 2)
}

// replyOpen opens a sentence that answers for what the one before it
// tells: "对此,景区负责人解释说,", "对此,公交公司回应称,".
var replyOpen = regexp.MustCompile(`^对此[，,][^，,。:：“”]{0,24}?(?:解释|回应|辩称|辩解|答复|承认|表示|称)(?:说|称|道)?[，,:：]`)

// replyAfter returns the next sentence of d's paragraph when it opens with a
// reply to d (replyOpen), and what the reply says; nil when there is none.
func (e *Engine) replyAfter(d *index.Doc) (*index.Doc, string) {
	n, rest := e.nextOpening(d, replyOpen, "“\" ")
	if n == nil {
		return nil, ""
	}
	return n, strings.TrimRight(clauseUpTo(strings.TrimRight(rest, "。！？!?”\""), 2), ",，;；、 ")
}

// feeling is a word of being troubled or upset, whose cause a quotation
// after it may give.
var feeling = regexp.MustCompile(`困扰|不满|苦恼|烦恼|头疼|头痛|无奈|委屈|生气|气愤|愤怒|恼火|反感|焦虑|失望|崩溃|难受|受不了|吃不消`)

// quoteAfter returns the next sentence of d's paragraph and the first
// quotation it holds, when it holds one of two clauses or more: in a
// news story, the words of whom sentence d speaks of.
func (e *Engine) quoteAfter(d *index.Doc) (*index.Doc, string) {
	n := e.sameParagraph(d, d.ID+1)
	if n == nil {
		return nil, ""
	}
	m := quotation.FindStringSubmatch(n.Norm)
	if m == nil || len(clauseSep.FindAllStringIndex(m[1], -1)) == 0 {
		return nil, ""
	}
	return n, strings.TrimRight(clauseUpTo(m[1], 3), ",，;；、。！？!? ")
}

// quotation is a quotation in Chinese marks and what it says.
var quotation = regexp.MustCompile(`“([^”]{6,})”`)

// itemOpen opens an item of an enumeration: 一是, 其二, 第三, 其次.
var itemOpen = regexp.MustCompile(`^[“"]?(?:[一二三四五六]是|其[一二三四五][,，、:：是]|第[一二三四五六][,，、:：]|其次[,，]?|首先[,，])`)

// reasonsHead says that reasons follow or are given: the header of a list
// of them ("之所以…是因为两方面原因叠加。", "原因有三:", "给出了两点解释").
var reasonsHead = regexp.MustCompile(`原因|之所以|缘由|理由|缘故|解释|症结|问题出在|归结`)

// countedReasons is a reason that only counts the reasons a list then
// gives: "两方面原因叠加", "以下几点原因", "多重因素".
var countedReasons = regexp.MustCompile(`^(?:是因为|因为|由于|是由于)?(?:是|有|主要有|主要是)?(?:[两二三四五几多]|以下|如下|下列)[个方面点重大条项]*(?:的)?(?:主要)?(?:原因|因素|问题)`)

// reasonHeader is the sentence that announces the reasons sentence d is
// an item of ("之所以造成…,是因为两方面原因叠加。" before "一是…;" and
// "二是…。"), walking back over the items before it in its paragraph and
// the sentences that go on with them ("他说,…"); -1 when d opens no item,
// or the list is of something other than reasons.
func (e *Engine) reasonHeader(d int) int {
	doc := e.docs[d]
	if doc.Section != index.Body || !itemOpen.MatchString(doc.Norm) {
		return -1
	}
	for j := d - 1; j >= 0; j-- {
		h := e.docs[j]
		if h.Article != doc.Article || h.Section != index.Body {
			return -1
		}
		if h.Paragraph != doc.Paragraph && (h.Paragraph != doc.Paragraph-1 || e.docs[j+1].Index != 1 || j+1 != d) {
			// (a list may open a paragraph right after its header)
			return -1
		}
		if itemOpen.MatchString(h.Norm) {
			continue
		}
		head := h.Norm
		if k := strings.Index(head, "一是"); k > 0 {
			head = head[:k] // "原因有三:一是…;": the words before its first item
		}
		if reasonsHead.MatchString(head) {
			return j
		}
	}
	return -1
}

// firstItemAt is where the first item of a list of reasons opens in a
// sentence that announces them ("原因有三:一是…"), or -1.
func firstItemAt(text string) int {
	k := strings.Index(text, "一是")
	// (a header holds two characters or more before it, so k-3 is in range)
	if k <= 0 || !reasonsHead.MatchString(text[:k]) || !strings.ContainsAny(text[k-3:k], ":：,，") {
		return -1
	}
	return k
}

// itemQuality is the evidence an item of a list of reasons gives, by its
// place after the header (the first item inside it: 0): all of them are
// causes stated, the earlier the main ones.
func itemQuality(n int) float64 {
	return 0.9 - 0.05*float64(min(n, 4))
}

// listHeader returns, for d, an item of a list of reasons, the sentence
// that announces the list when it answers the article's own why-question
// ("…为何会突然关门？记者…了解到,原因主要有三:一是…"), or nil.
func (e *Engine) listHeader(q Question, d *index.Doc) *index.Doc {
	if q.Kind != KindWhy {
		return nil
	}
	h := e.reasonOf[d.ID]
	if h < 0 || h == d.ID || e.askedBy[h] < 0 || !e.askWhy[h] {
		return nil
	}
	return e.docs[h]
}

// itemReason is the reason an item of a list of reasons gives: its text
// after the enumerator, without its closing stop.
func itemReason(text string) string {
	if loc := itemOpen.FindStringIndex(text); loc != nil {
		text = text[loc[1]:]
	}
	return strings.TrimRight(strings.TrimLeft(text, ",，:： "), "。;；！!")
}

// reasonItem is, for a header sentence of a list of reasons, the sentence
// of its list that holds most of the question's words (the first on a
// tie), and the reason it gives: an item's past its enumerator, or what a
// sentence going on with an item says ("他说,当时短信群发系统恰好在升级,…").
func (e *Engine) reasonItem(q Question, c *candidate) (*index.Doc, string) {
	header := c.d.ID
	last := -1 // the list's last item
	for id := header + 1; id < len(e.docs) && e.docs[id].Article == c.d.Article && e.docs[id].Paragraph <= c.d.Paragraph+1; id++ {
		if e.reasonOf[id] == header {
			last = id
		}
	}
	var best *index.Doc
	bestW := -1.0
	for id := header + 1; id <= last; id++ {
		w := 0.0
		for i, t := range q.Terms {
			if !t.Light {
				w += q.hits[i][id].w
			}
		}
		if w > bestW {
			best, bestW = e.docs[id], w
		}
	}
	if best == nil {
		return nil, ""
	}
	if e.reasonOf[best.ID] == header {
		return best, itemReason(best.Norm)
	}
	nc := *c
	nc.d, nc.matched, nc.anchor, nc.anchorE = best, nil, 0, 0
	if span, ok := e.span(q, &nc); ok {
		return best, span
	}
	for id := best.ID - 1; id > header; id-- {
		if e.reasonOf[id] == header {
			return e.docs[id], itemReason(e.docs[id].Norm) // the item it goes on with
		}
	}
	return nil, ""
}

// nextOpening returns the next sentence of d's paragraph when open matches
// its start, and what it says after that opening (past any of the cutset
// lead, without its closing stop) when that is four characters or more;
// nil otherwise.
func (e *Engine) nextOpening(d *index.Doc, open *regexp.Regexp, lead string) (*index.Doc, string) {
	n := e.sameParagraph(d, d.ID+1)
	if n == nil {
		return nil, ""
	}
	loc := open.FindStringIndex(n.Norm)
	if loc == nil {
		return nil, ""
	}
	rest := strings.TrimRight(strings.TrimLeft(n.Norm[loc[1]:], lead), "。！？!?")
	if utf8.RuneCountInString(rest) < 4 {
		return nil, ""
	}
	return n, rest
}

// shouldHappen says what was meant to happen (按照设计, 按规定, 本应, 应由):
// a sentence after it that opens with a "but" (butOpen) tells what did.
var (
	shouldHappen = regexp.MustCompile(`按照设计|按设计|按照规定|按规定|按照要求|按要求|本应|理应|原本应|应由|应当由|按理说|照理|按照[^,，。;；]{1,8}的(?:规定|要求|设计|流程|制度)`)
	// bareDenial is a "but" that only says the meant thing was not done.
	bareDenial = regexp.MustCompile(`^[^,，]{0,8}(?:没有|没|未|并未|均未|都未)(?:这样做|这么做|照做|执行|做到|落实)$`)
	butOpen    = regexp.MustCompile(`^(?:但是|但|然而|可是|不过|谁知|没想到)`)
)

// orgBossName is the person sentence c titles with one of the head titles
// a who-question requires right after a body the question names
// (购物中心总经理宋立群 for "the boss of that mall"), or "".
func (e *Engine) orgBossName(q Question, c *candidate) string {
	l := lex()
	var heads []string
	for _, t := range q.Terms {
		if !t.Required || !l.headSet[t.Text] && !l.titles[t.Text] {
			continue
		}
		for _, h := range append([]string{t.Text}, t.Alts...) {
			if l.headSet[h] || l.titles[h] {
				heads = append(heads, h)
			}
		}
	}
	if len(heads) == 0 {
		return ""
	}
	text := e.lower[c.d.ID]
	var orgs []string
	for j, o := range c.matchedBy {
		if j >= len(q.Terms) || o[0] < 0 || o[1] <= o[0] || o[1] > len(text) {
			continue
		}
		if t := q.Terms[j]; !t.Light && !t.Predicate && !t.Required {
			orgs = append(orgs, text[o[0]:o[1]])
		}
	}
	for _, en := range e.entities(c.d) {
		if en.tier != 0 || en.e > len(text) {
			continue
		}
		for _, h := range heads {
			rest, ok := strings.CutSuffix(text[:en.s], h)
			if !ok {
				continue
			}
			rest = strings.TrimSuffix(rest, "的")
			for _, o := range orgs {
				if strings.HasSuffix(rest, o) {
					return c.d.Norm[en.s:en.e]
				}
			}
		}
	}
	return ""
}

// asksTeller asks who gave or told something (the count, the details):
// the one who speaks.
var asksTeller = regexp.MustCompile(`(?i)\b(?:gave|give|gives|giving|explain\w*|talk\w*|spoke|speak\w*|announc\w*|confirm\w*|describ\w*|brief\w*|report\w* to)\b|介绍|告诉|通报|公布|披露`)

// namedBefore is the last person the sentence before c's names, in the
// same paragraph, when that is not c's answer, and that sentence.
func (e *Engine) namedBefore(c *candidate) (string, *index.Doc) {
	n := e.sameParagraph(c.d, c.d.ID-1)
	if n == nil || len(e.peopleAt[n.ID]) == 0 {
		return "", nil
	}
	last := e.peopleAt[n.ID][len(e.peopleAt[n.ID])-1]
	if name := n.Norm[last.s:last.e]; name != c.span {
		return name, n
	}
	return "", nil
}

// pronounDoer matches the end of the text before a verb whose subject
// is a pronoun for one person: 他, 她 or 其 and at most two characters
// more (其可能, 他随即), not a word that merely holds one (他们, 其中,
// 尤其, 他人) nor one's own (她的老伴).
var pronounDoer = regexp.MustCompile(`(?:^|[^尤与极])(?:他|她|其)(?:[^们他中实余次后它人的\p{P}]\p{Han}?)?$`)

// tenureAsk asks how long someone has been at something: "how long has
// he been a bus driver", "how long have they run the shop", 开了多少年,
// 干了几年.
var tenureAsk = regexp.MustCompile(`\bhow long (?:has|have|had)\b[^?]*\bbeen (?:a|an|the|head|chief|in charge|in business|working|running|teaching|driving|living|farming|doing|married|open|around)\b|\bhow long (?:has|have|had)\b[^?]*\b(?:run|worked|lived|owned|driven|taught)\b|(?:干|开|当|做|教|住|跑|种|养)了?(?:多少|几)年`)

// shortStretch is a stretch of time too short for anyone's tenure.
var shortStretch = regexp.MustCompile(`\d*(?:秒|分钟|小时|个小时)|[一二三四五六七八九十两半几]+(?:秒|分钟|小时|个小时)`)

// causeUnknown says the cause of what happened is not yet known: "原因仍在
// 进一步调查中", "起火原因尚不清楚", "原因有待查明".
var causeUnknown = regexp.MustCompile(`原因(?:仍在|正在|尚在|还在|目前)(?:进一步)?(?:调查|核查|排查|查)|原因(?:尚不|仍不|还不|目前还?不)(?:清楚|明确|明)|原因(?:不明|未明|待查|有待(?:进一步)?(?:调查|查明))`)

// onePronounDoes reports whether a sentence opens (after its time) with a
// pronoun for one person as the subject of the clause that holds anchor:
// "补单期间，他给每一只灯罩都贴上了…", not "他表示，旅行社将…" (what he
// said is no deed of his).
func onePronounDoes(text string, anchor int) bool {
	m := pronounStart.FindStringSubmatchIndex(text)
	if m == nil || anchor < m[5] || anchor > len(text) {
		return false
	}
	p := text[m[4]:m[5]]
	return (p == "他" || p == "她") && !strings.HasPrefix(text[m[5]:], "的") && !strings.ContainsAny(text[m[5]:anchor], "，,：:；;“")
}

// soleNamedBefore returns the one person the sentences before d in its
// paragraph name, nearest first, with the sentence naming them; nil when
// the nearest sentence naming anyone names several.
func (e *Engine) soleNamedBefore(d *index.Doc) (string, *index.Doc) {
	for id := d.ID - 1; ; id-- {
		n := e.sameParagraph(d, id)
		if n == nil {
			return "", nil
		}
		name := ""
		for _, r := range e.peopleAt[id] {
			if pronounsKin(n.Norm[:r.s]) {
				continue // "这家店是他父亲陆长根…开的": 他, not his father, goes on
			}
			if w := n.Norm[r.s:r.e]; name == "" {
				name = w
			} else if w != name {
				return "", nil
			}
		}
		if name == "" {
			// or one the article names by surname and 某 ("帮厨黎某发现")
			for _, w := range anonymized.FindAllString(n.Norm, -1) {
				if !e.masked[w] {
					continue
				}
				if name == "" {
					name = w
				} else if w != name {
					return "", nil
				}
			}
		}
		if name != "" {
			return name, n
		}
	}
}

// namesAskedPerson reports whether name is one the question names.
func namesAskedPerson(q Question, name string) bool {
	return slices.ContainsFunc(q.Terms, func(t Term) bool { return t.Name && (t.Text == name || slices.Contains(t.Alts, name)) })
}

// pronounsKin reports whether before, the text before a name, ends with a
// pronoun's relation (他父亲, 她的丈夫): the name is that of the relation of
// one the sentence calls by a pronoun.
func pronounsKin(before string) bool {
	for w := range relations {
		// (any relation word that ends it: 律师 and 代理律师 may both)
		if rest, ok := strings.CutSuffix(before, w); ok {
			if rest = strings.TrimSuffix(rest, "的"); strings.HasSuffix(rest, "他") || strings.HasSuffix(rest, "她") {
				return true
			}
		}
	}
	return false
}

// asksPersonNoun reports whether one of q's words is a word for a person
// or a title (专家, 律师): whose words the question paraphrases.
func asksPersonNoun(q Question) bool {
	return slices.ContainsFunc(q.Terms, func(t Term) bool { return personNoun(t.Text) || isTitle(t.Text) })
}

// opinionAsk asks who gave a view: "有律师出来分析吗", "谁发表了看法".
var opinionAsk = regexp.MustCompile(`分析|看法|评论|点评|解读|认为`)

// namesSpeaker reports whether d names one of the articles' people right
// before a verb of saying (黄志刚分析, 郑雅文认为, 孙立平还表示).
func (e *Engine) namesSpeaker(d *index.Doc) bool {
	for _, r := range e.peopleAt[d.ID] {
		rest := strings.TrimLeft(d.Norm[r.e:], "还也则又")
		if loc := speakerVerbs.FindStringIndex(rest); loc != nil && loc[0] == 0 {
			return true
		}
	}
	return false
}

// speakerMargin is what a who-answer loses when it only tells of what the
// question asks (reportsOnly).
const speakerMargin = 0.1

// thirdPartyMargin is what it loses when what the speaker tells is not
// in the first person: others' acts (柴文斌介绍,这个团伙先后…).
const thirdPartyMargin = 0.5

// firstPerson opens what a speaker tells of their own doing, or of what
// their office will do (车管所将…逐本复核).
var firstPerson = regexp.MustCompile(`^[,，:：“"\s]*(?:当时|当晚|那天|随后|后来)?[,，]?(?:我|自己|本人|他们|他|她|正在|下一步|[^,，。;；]{0,8}将)`)

// ownAct reports whether what the one named span tells in text opens in
// the first person, or with 他/她 standing for the speaker: their own
// doing, which may be what the question asks.
func ownAct(text, span string) bool {
	i := strings.Index(text, strings.ToLower(span))
	if i < 0 {
		return true
	}
	rest := text[i+len(span):]
	for _, w := range lex().speech {
		if strings.HasPrefix(rest, w) {
			return firstPerson.MatchString(rest[len(w):])
		}
	}
	return true
}

// reportsOnly reports whether the who-answer of c speaks right after its
// name (孙立平介绍, 孙立平表示) and every word of the question the sentence
// holds comes after: what it tells, not who it is.
func reportsOnly(text string, c *candidate) bool {
	if c.span == "" {
		return false
	}
	i := strings.Index(text, strings.ToLower(c.span))
	if i < 0 {
		return false
	}
	after := i + len(c.span)
	verb := ""
	for _, w := range lex().speech {
		if strings.HasPrefix(text[after:], w) && utf8.RuneCountInString(w) >= 2 {
			verb = w
			break
		}
	}
	if verb == "" {
		return false
	}
	held := false
	for _, m := range c.matched {
		if m[1] <= m[0] {
			continue
		}
		if m[0] < after+len(verb) {
			return false
		}
		held = true
	}
	return held
}

// namedRightAfter reports whether the sentence names its answer right
// after one of the question's nouns, or after that noun and a naming word
// (司机名叫周德海, 司机周德海): the answer is the one the noun describes,
// not someone else the sentence mentions.
func (e *Engine) namedRightAfter(q Question, c *candidate) bool {
	text := e.lower[c.d.ID]
	if c.span == "" || !e.people[c.span] {
		return false
	}
	asked := slices.Concat(q.Role, q.WhichOf)
	pred := -1
	if !q.WhAfter {
		pred = firstPredicate(q)
	}
	name := strings.ToLower(c.span)
	for i, m := range c.matchedBy {
		t := q.Terms[i]
		if m[0] < 0 || m[1] > len(text) || m[1] <= m[0] || t.Light || t.Predicate || t.Name {
			continue
		}
		if w := text[m[0]:m[1]]; lex().titles[w] || lex().headSet[w] {
			continue // a title stands before every name (处长韦振华): titleOfAsked weighs it
		} else if len(asked) > 0 && !slices.Contains(asked, w) && !slices.Contains(asked, t.Text) {
			continue // not the role asked for
		} else if pred >= 0 && termAt(q, t) > pred {
			continue // "which volunteer spotted the rower": the one found, not the finder asked for
		}
		rest := text[m[1]:]
		for _, w := range appositionLinks {
			if strings.HasPrefix(rest, w+name) {
				return true
			}
		}
	}
	return false
}

// firstPredicate is where the question's first predicate stands, or -1.
func firstPredicate(q Question) int {
	at := -1
	for _, t := range q.Terms {
		if p := termAt(q, t); t.Predicate && !t.Light && p >= 0 && (at < 0 || p < at) {
			at = p
		}
	}
	return at
}

// termAt is where the question says term t, or -1: for an English
// question, where the first word it renders starts a word ("spot" in
// "spotted").
func termAt(q Question, t Term) int {
	if q.Lang != English {
		return t.Pos
	}
	w, _, _ := strings.Cut(t.lemma, " ")
	if w == "" {
		return -1
	}
	for off := 0; ; {
		i := strings.Index(q.Lower[off:], w)
		if i < 0 {
			return -1
		}
		if at := off + i; at == 0 || !isASCIILetter(q.Lower[at-1]) {
			return at
		}
		off += i + len(w)
	}
}

// appositionLinks join a noun to the name of whom it describes: nothing,
// or a word of naming.
var appositionLinks = []string{"", "名叫", "叫做", "叫"}

// endsOrg reports whether a word ends as an organisation's name does
// (水务集团, 公安局).
func endsOrg(w string) bool {
	rs := []rune(w)
	for n := 1; n <= 5 && n <= len(rs); n++ {
		if lex().orgSuffixes[string(rs[len(rs)-n:])] {
			return true
		}
	}
	return false
}

// causeNamed opens the statement of a cause right after what it causes:
// "(故障)的直接原因是", "(起火)原因在于".
var causeNamed = regexp.MustCompile(`^(的)?(直接|主要|根本|真正|核心|最大|初步)?(原因|起因|诱因|根源)(是|在于|为|就是|系|初步认定为|认定为)`)

// causeClosed closes the statement of a cause right after what it
// causes, or a few characters on: "(屋顶加建是导致坍塌)的直接原因。",
// "(…是导致资金)链断裂的根本原因".
var causeClosed = regexp.MustCompile(`^\p{Han}{0,4}的(直接|主要|根本|真正|核心|最大)?(原因|起因|诱因|根源)(之一)?(?:[。,，;；”"]|$)`)

// causeBefore states a cause right before what it causes: "由食品从业人员
// 带病上岗引发的(诺如)", "因线路老化导致(起火)".
var causeBefore = regexp.MustCompile(`(?:由|因为|因)[^,，。;；:：“”]{2,30}(?:引发|引起|导致|造成|所致)了?的?\p{Han}{0,2}$`)

// causeBeforeSpan is how many bytes before a word causeBefore looks at:
// its longest statement of a cause, with room to spare.
const causeBeforeSpan = 150

// causedBefore reports whether text ends in the statement of a cause
// (causeBefore), looking at its last causeBeforeSpan bytes and only where
// they hold a verb of causing.
func causedBefore(text string) bool {
	t := tail(text, causeBeforeSpan)
	for _, v := range causeVerbs {
		if strings.Contains(t, v) {
			return causeBefore.MatchString(t)
		}
	}
	return false
}

// causeVerbs are the verbs causeBefore ends a cause with.
var causeVerbs = []string{"引发", "引起", "导致", "造成", "所致"}

// tail returns the last n bytes of s or fewer, starting at a character.
func tail(s string, n int) string {
	if len(s) <= n {
		return s
	}
	i := len(s) - n
	for i < len(s) && !utf8.RuneStart(s[i]) {
		i++
	}
	return s[i:]
}

// causeOf reports whether the sentence names the cause of one of the
// question's words it matched.
func causeOf(c *candidate) bool {
	for _, r := range c.matched {
		if r[1] > r[0] && r[1] <= len(c.d.Norm) && (causeNamed.MatchString(c.d.Norm[r[1]:]) || causeClosed.MatchString(c.d.Norm[r[1]:]) ||
			causedBefore(c.d.Norm[:r[0]])) {
			return true
		}
	}
	return false
}

// plainAlt returns where text holds, undenied and unnegated, another word
// than pred of a predicate term whose words include pred, or -1s.
func plainAlt(text, pred string, terms []Term) (int, int) {
	for _, t := range terms {
		if !t.Predicate || t.Text != pred && !slices.Contains(t.Alts, pred) && !slices.Contains(t.Syns, pred) {
			continue
		}
		for _, w := range append(append([]string{t.Text}, t.Alts...), t.Syns...) {
			if w == pred || utf8.RuneCountInString(w) < 2 {
				continue
			}
			for _, at := range offsetsOf(text, w) {
				if !deniedAt(text, at) && !negatedAt(text, at) {
					return at, at + len(w)
				}
			}
		}
	}
	return -1, -1
}

// explainsWord reports whether the sentence of c explains, with 之所以
// and then why (reasonGiven), a predicate of q, and whether it so explains
// any word of q of two characters or more but a name (the one it is done
// to, "之所以能绕开沈卫东推进", is no deed).
func explainsWord(q Question, c *candidate) (pred, word bool) {
	if !strings.Contains(c.d.Norm, "之所以") {
		return false, false
	}
	for k, t := range q.Terms {
		// (a light verb of one character counts when it is what the
		// 之所以 explains: "他之所以锁门,是因为…" for "为啥把大门给锁了")
		if t.Name || t.Light && utf8.RuneCountInString(t.Text) < 2 && (t.Text == "是" || t.Text == "有" || !isVerbWord(t.Text)) || k >= len(c.matchedBy) || k >= len(q.hits) || q.hits[k][c.d.ID].w == 0 {
			continue
		}
		if m := c.matchedBy[k]; m[0] >= 0 && m[1] <= len(c.d.Norm) && reasonGiven(c.d.Norm[:m[0]], c.d.Norm[m[1]:]) {
			word = true
			pred = pred || t.Predicate
		}
	}
	return pred, word
}

// reasonFollows opens the cause that answers a 之所以: "(之所以屡屡得手),
// 一是…", "…,是因为…".
var reasonFollows = regexp.MustCompile(`^\p{Han}{0,4}[,，]\s*(?:一是|首先是|是因为|是由于|主要是因为|主要是由于|原因是|原因在于|在于)`)

// reasonGiven reports whether a word, with before and after it, is what
// a 之所以 in its clause explains and the cause follows: "此类“坐地起价”之所
// 以屡屡(得手),一是…".
func reasonGiven(before, after string) bool {
	return reasonFollows.MatchString(after) && strings.Contains(before[clauseStart(before, len(before)):], "之所以")
}

// complementChars end a verb with a direction or a result (送到, 流进,
// 退给): the verb's root is its first character.
const complementChars = "到给进入出了得完好走掉住上下回过成往"

// lightVerbs begin a verb whose object says what is done (打水, 下雨): the
// root is the second character.
const lightVerbs = "打做搞弄干下整"

// kin returns the words of two characters in the articles' bodies that
// share the root of w, a verb of two characters the articles lack: verbs
// that begin with its root (送到 → 送达, 送往), or, after a light verb, words
// that end with its object (打水 → 取水). Other verbs keep their first
// character as the root (处理 → 处置). The words are the dictionary's,
// found as pairs of characters, however the segmenter cut the sentence.
func (e *Engine) kin(w string) []string {
	rs := []rune(w)
	if len(rs) != 2 || !isHanRun(w) || strings.ContainsRune(functionChars, rs[0]) {
		return nil
	}
	e.kinOnce.Do(func() {
		var words []string
		e.kinVerbs = map[string]bool{}
		for bg, ds := range e.bigrams {
			if !isHanRun(bg) || !slices.ContainsFunc(ds, func(d int) bool { return e.docs[d].Section == index.Body }) {
				continue
			}
			if _, tag, ok := index.Lookup(bg); ok {
				words = append(words, bg)
				e.kinVerbs[bg] = strings.HasPrefix(tag, "v")
			}
		}
		e.kinFirst, e.kinLast = byEnds(words)
	})
	if strings.ContainsRune(lightVerbs, rs[0]) && !strings.ContainsRune(functionChars+complementChars, rs[1]) {
		return e.kinLast[rs[1]]
	}
	var out []string
	for _, k := range e.kinFirst[rs[0]] {
		if e.kinVerbs[k] {
			out = append(out, k)
		}
	}
	return out
}

// headTitles are the titles of whoever is in charge of a body (局长,
// 支队长, 董事长, 负责人) that the articles use: what a question's "boss",
// "head" or 老大 may be worded as.
func (e *Engine) headTitles() []string {
	return e.usedOf(&e.headTitleList, lex().heads)
}

// speechWords are the words of quoting someone (说, 表示, 接受采访) that the
// articles use: what "the doctor they quoted" may be worded as.
func (e *Engine) speechWords() []string {
	return e.usedOf(&e.speechList, lex().speech)
}

// outcomeWords are the words for what may befall someone held to account
// (停职, 罚款, 拘留) that the articles use: what "怎么处理的" or "what
// happened to" may be answered with.
func (e *Engine) outcomeWords() []string {
	return e.usedOf(&e.outcomeList, lex().outcomes)
}

// corpusList is a lexicon word list cut to the words the articles use,
// found once per engine.
type corpusList struct {
	once  sync.Once
	words []string
}

// usedOf fills l, once, with the words of list that the articles use, and
// returns them.
func (e *Engine) usedOf(l *corpusList, list []string) []string {
	l.once.Do(func() {
		for _, w := range list {
			if e.inCorpus(w) {
				l.words = append(l.words, w)
			}
		}
	})
	return l.words
}

// withHeads adds the articles' titles of whoever is in charge to a term
// for a word that asks for them, as synonyms: its own renderings (头目 for
// "boss") count for more. Given the body asked about ("那家公司老板": 公司),
// only the titles that may head it (总经理, no 所长).
func (e *Engine) withHeads(t *Term, body string) {
	t.addSyns(e.headsOf(body))
}

// headsOf returns the articles' titles that may head the body (all of them
// for ""): where the articles use a title of the body's own kind (馆长 for
// 殡仪馆), only those, for that is how they name its head; a title of no
// kind (负责人) may be anyone's.
func (e *Engine) headsOf(body string) []string {
	if gangBody.MatchString(body) {
		// "黄牛团伙的头儿", "走私团伙的老大": a gang has no officers; its
		// head is whoever leads it (为首, 主犯)
		var heads []string
		for _, h := range gangHeads {
			if e.inCorpus(h) {
				heads = append(heads, h)
			}
		}
		return heads
	}
	var heads, own []string
	for _, h := range e.headTitles() {
		if headsBody(h, body) {
			heads = append(heads, h)
			if ownTitle(h, body) {
				own = append(own, h)
			}
		}
	}
	if len(own) > 0 {
		return own
	}
	return heads
}

// gangBody is a body (bodyAsked, enBodies) that is a gang: 团伙, 犯罪集团.
var gangBody = regexp.MustCompile(`团伙|(?:犯罪|诈骗|走私|传销)集团`)

// gangHeads are the words for whoever leads a gang.
var gangHeads = []string{"主犯", "为首", "首犯", "头目", "首要分子", "主谋", "组织者"}

// addSyns adds words to a term's synonyms, each once, leaving out the
// term's own words.
func (t *Term) addSyns(words []string) {
	for _, w := range words {
		if w != t.Text && !contains(t.Alts, w) && !contains(t.Syns, w) {
			t.Syns = append(t.Syns, w)
		}
	}
}

// firstMargin is how much less support an earlier time may have than the
// best one and still answer a question for the first time something
// happened.
const firstMargin = 0.1

// unitAsks counts a stretch of time in a unit: "how many years", 几个月,
// 多少天; unitOf gives the unit's character in Chinese.
var (
	unitAsks = regexp.MustCompile(`\bhow many (years|months|weeks|days|hours|minutes)\b|(?:几|多少)个?(年|月|周|星期|天|小时|钟头|分钟)`)
	unitOf   = map[string]string{"years": "年", "months": "月", "weeks": "周", "days": "天", "hours": "小时", "minutes": "分",
		"年": "年", "月": "月", "周": "周", "星期": "星期", "天": "天", "小时": "小时", "钟头": "小时", "分钟": "分"}
)

// askedUnit returns the unit a question counts a stretch of time in, or "".
func askedUnit(lower string) string {
	m := unitAsks.FindStringSubmatch(lower)
	if m == nil {
		return ""
	}
	return unitOf[m[1]+m[2]]
}

// inFirstPlace is "in the first place", which asks for no earliest time.
var inFirstPlace = regexp.MustCompile(`\bin the first place\b`)

// asksFirst asks for the first time something happened: "when did they
// first notice", "originally", 最早, 首次.
var asksFirst = regexp.MustCompile(`\b(first|originally|initially|earliest)\b|最早|首次|第一次|一开始|起初|最先`)

// moment is a time an answer names, as far as it says: -1 where it does
// not say.
type moment struct{ year, month, day, hour, minute int }

var (
	momentYear   = regexp.MustCompile(`(\d{4})年`)
	momentDate   = regexp.MustCompile(`(?:(\d{1,2})月)?(\d{1,2})[日号]`)
	momentMonth  = regexp.MustCompile(`(\d{1,2})月`)
	momentClock  = regexp.MustCompile(`(\d{1,2})(?:时|点|:|：)(?:(\d{1,2})分?|半)?`)
	momentAfter  = regexp.MustCompile(`下午|晚上|傍晚|晚间|夜间|当晚|深夜|中午`)
	momentBefore = regexp.MustCompile(`凌晨|早上|清晨|上午|早晨`)
)

// parseMoment reads the date and clock time of a time answer written in
// digits (2025年8月6日凌晨3时, 8月5日晚, 17:45); false when it gives
// neither a month nor a day.
func parseMoment(s string) (moment, bool) {
	m := moment{-1, -1, -1, -1, -1}
	num := func(x string) int {
		n, err := strconv.Atoi(x)
		if err != nil {
			return -1
		}
		return n
	}
	if g := momentYear.FindStringSubmatch(s); g != nil {
		m.year = num(g[1])
	}
	rest := s // what follows the date: its time of day
	if g := momentDate.FindStringSubmatchIndex(s); g != nil {
		if g[2] >= 0 {
			m.month = num(s[g[2]:g[3]])
		}
		m.day = num(s[g[4]:g[5]])
		rest = s[g[1]:]
	} else if g := momentMonth.FindStringSubmatch(s); g != nil {
		m.month = num(g[1])
	}
	if g := momentClock.FindStringSubmatch(rest); g != nil {
		m.hour = num(g[1])
		if g[2] != "" {
			m.minute = num(g[2])
		}
		if m.hour < 12 && momentAfter.MatchString(rest) && !momentBefore.MatchString(rest) {
			m.hour += 12
		}
	} else if momentAfter.MatchString(rest) {
		m.hour = 18 // "8月5日晚": evening, hour unsaid
	} else if momentBefore.MatchString(rest) {
		m.hour = 6
	}
	return m, m.month >= 0 || m.day >= 0 || m.year >= 0
}

// before reports whether m is surely earlier than o, comparing only what
// both say, the larger units first.
func (m moment) before(o moment) bool {
	for _, p := range [][2]int{{m.year, o.year}, {m.month, o.month}, {m.day, o.day}, {m.hour, o.hour}, {m.minute, o.minute}} {
		if p[0] < 0 || p[1] < 0 {
			continue
		}
		if p[0] != p[1] {
			return p[0] < p[1]
		}
	}
	return false
}

// otherEventMargin is what a time loses that dates another verb than the
// question's (timeOfOtherVerb).
const otherEventMargin = 0.05

// timeOfOtherVerb reports whether the time span stands right before a verb
// of a clause other than the question's words' (…局10月22日发布通报,认定本次考试…),
// or right after 到 (救援一直持续到晚上7时05分): it dates that verb's event.
func (e *Engine) timeOfOtherVerb(c *candidate, span string) bool {
	text := e.lower[c.d.ID]
	i := strings.Index(text, span)
	if i < 0 || span == "" || c.anchor < 0 {
		return false
	}
	end := i + len(span)
	if clauseAt(text, i) == clauseAt(text, c.anchor) {
		return false
	}
	for _, tk := range c.d.Tokens {
		if tk.End == i && (tk.Text == "到" || tk.Text == "直到") && !overlapsAny(rng{tk.Start, tk.End}, c.matched) {
			return true // "救援一直持续到晚上7时05分": when something else ended
		}
		if tk.Start == end {
			return strings.HasPrefix(tk.Pos, "v") && !overlapsAny(rng{tk.Start, tk.End}, c.matched)
		}
	}
	return false
}

// reportTime reports whether span, a time of c's sentence, dates the
// report whose content a colon opens and holds the question's event ("5月
// 31日,调查组通报了初步调查结果:事故的直接原因是…翻覆"), not the event.
func (e *Engine) reportTime(c *candidate, span string) bool {
	text := e.lower[c.d.ID]
	i := strings.Index(text, span)
	if i < 0 || span == "" || c.anchor < 0 || i+len(span) >= c.anchor {
		return false
	}
	end := i + len(span)
	k := strings.LastIndexAny(text[end:c.anchor], ":：")
	if k < 0 {
		return false
	}
	loc := reportVerb.FindStringIndex(text[end : end+k])
	return loc != nil && !overlapsAny(rng{end + loc[0], end + loc[1]}, c.matched)
}

// asksReport asks when something was made known ("when did they say how
// much", 哪天公布的): the report's time is the answer.
var asksReport = regexp.MustCompile(`\b(?:say|says|said|announc\w*|releas\w*|publish\w*|report\w*|tell|told|reveal\w*|disclos\w*|made public|come out|came out)\b|宣布|公布|通报|发布|表示|透露|披露|说`)

// reportVerb is a verb of making something known whose content a colon
// opens (通报了初步调查结果：…).
var reportVerb = regexp.MustCompile(`通报|通告|公布|发布|宣布|表示|介绍|透露|指出|称`)

// leadEvent answers a when- or where-question about the article's own
// event ("when did this happen?"): the first sentence of the body after the
// headline that gives a date answers, as a news lead does (with several
// articles loaded, the first article's lead); for where, the lead or the
// dated sentence after it, with the place it names (leadPlace).
func (e *Engine) leadEvent(q Question) Answer {
	leads := 0
	for _, d := range e.docs {
		if d.Section != index.Body || e.heading[d.ID] {
			continue
		}
		ts := e.feats[d.ID].times
		if len(ts) == 0 || !dateRe.MatchString(d.Norm[ts[0].s:ts[0].e]) {
			continue // a lead says when
		}
		span := d.Norm[ts[0].s:timeTail(d.Norm, ts[0].e, ts)]
		if q.Kind == KindWhen && q.Grain == "clock" && !clockRe.MatchString(span) {
			// "what time did it happen", and the lead gives only the day
			// (7月16日下午): the hour a sentence soon after gives the event
			// ("事发时间为当天下午3点10分左右")
			if h, hs := e.eventHour(d); h != nil {
				d, span = h, hs
			}
		}
		if q.Kind == KindWhere {
			if leads++; leads > 2 {
				break // the lead, or the sentence after it, says where
			}
			if span = e.leadPlace(d, ts[0].e); span == "" {
				continue
			}
			if kind := askedPlaceIn(q, d.Norm, span); kind != "" {
				span = kind // "在哪个路口": of the places the lead lists, the 交叉口
			}
		}
		if d.Norm != d.Text {
			if i := strings.Index(d.Norm, span); i >= 0 {
				span = d.Text[i : i+len(span)]
			}
		}
		return sentenceAnswer(q, d, trimSpan(span))
	}
	return refuse(q, NotInArticle)
}

// sentenceAnswer is the answer span that cites sentence d alone, with an
// English rendering of a time for an English when-question.
func sentenceAnswer(q Question, d *index.Doc, span string) Answer {
	ans := Answer{Question: q.Raw, Status: Answered, Kind: q.Kind, Answer: span, Reason: NoReason, Lang: q.Lang,
		Citations: []Citation{{Article: d.Article, Paragraph: d.Paragraph, Sentence: d.Index, Text: d.Text}}}
	if q.Lang == English && q.Kind == KindWhen {
		ans.Answer = withEnglishDate(ans.Answer)
	}
	ans.Message = answeredMessage(q.Lang, ans.Citations)
	return ans
}

// sinceEvent answers a when-question that asks since when the article's
// matter has gone on, and names nothing of it: the first sentence of the
// body that says since when something has (自2023年5月起…).
func (e *Engine) sinceEvent(q Question) Answer {
	for _, d := range e.docs {
		if d.Section != index.Body || e.heading[d.ID] {
			continue
		}
		loc := sinceDate.FindStringSubmatchIndex(d.Norm)
		if loc == nil {
			continue
		}
		return sentenceAnswer(q, d, d.Norm[loc[2]:loc[3]])
	}
	return refuse(q, NotInArticle)
}

// eventHour finds, in the few body sentences after a lead, the one that
// gives its event's hour: a clock time right after 事发, 当天 or 当时
// ("事发时间为当天下午3点10分左右"). It returns nil when none does.
func (e *Engine) eventHour(lead *index.Doc) (*index.Doc, string) {
	for id := lead.ID + 1; id < len(e.docs) && id <= lead.ID+hourReach; id++ {
		d := e.docs[id]
		if d.Article != lead.Article || d.Section != index.Body {
			break
		}
		for _, t := range e.feats[id].times {
			before := d.Norm[max(0, t.s-eventHourGap):t.s]
			if span := d.Norm[t.s:t.e]; clockRe.MatchString(span) && (strings.Contains(before, "事发") || strings.HasSuffix(before, "当天") || strings.HasSuffix(before, "当时")) {
				return d, span
			}
		}
	}
	return nil, ""
}

// hourReach is how many sentences after a lead eventHour looks in, and
// eventHourGap how many bytes before the time it looks for 事发 ("事发时间为").
const (
	hourReach    = 8
	eventHourGap = 18
)

// askedPlaceIn is, for a question that asks which kind of place (哪个路口,
// which intersection), the item of text's list of places that ends in one
// of that kind's words when span, the place found, is another or the whole
// list: "38公里附近、滨江区滨江大道与望湖路交叉口" answers 哪个路口 with the
// second. It returns "" when there is none.
func askedPlaceIn(q Question, text, span string) string {
	for _, t := range q.Terms {
		if !whereTail.MatchString(t.Text) || !strings.Contains(q.Lower, "哪个"+t.Text) && !strings.Contains(q.Lower, "哪"+t.Text) && (t.lemma == "" || !strings.Contains(q.Lower, "which "+t.lemma)) {
			continue
		}
		for _, w := range append([]string{t.Text}, t.Alts...) {
			if utf8.RuneCountInString(w) < 2 || strings.HasSuffix(span, w) && !strings.Contains(span, "、") {
				continue // the place found is of the kind asked
			}
			k := strings.Index(text, w)
			if k < 0 {
				continue
			}
			start := strings.LastIndexAny(text[:k], clauseBreaks+"、") + 1
			for start < k && !utf8.RuneStart(text[start]) {
				start++
			}
			if place := text[start : k+len(w)]; utf8.RuneCountInString(place) <= 24 && !strings.ContainsAny(place, "，。；") {
				return place
			}
		}
	}
	return ""
}

// leadPlace is where a lead sentence says its event happened: a place
// after 在 or 位于 ("在岚江铁路青崖县境内K217公里处"), or else the place
// that opens the clause after its time, up to a place word ("1月1日下午2时
// 17分左右，青岚县云雾山风景区的观光索道…": 青岚县云雾山风景区); "" if it
// names none.
func (e *Engine) leadPlace(d *index.Doc, after int) string {
	text := d.Norm
	for _, loc := range whereRe.FindAllStringSubmatchIndex(text, -1) {
		if via := text[loc[2]:loc[3]]; via != "在" && via != "于" && via != "位于" {
			continue
		}
		// the longest stretch after 在 that ends a word with a place word
		// ("在岚江铁路青崖县境内K217公里处撞上…": 岚江铁路青崖县境内), not a
		// bare 中 or 上 ("在运行中": no place)
		for i := len(d.Tokens) - 1; i >= 0; i-- {
			end := d.Tokens[i].End
			if end <= loc[4] || end > loc[1] {
				continue
			}
			m := text[loc[4]:end]
			tail := whereTail.FindString(m)
			if tail != "" && (len(tail) > 3 || !strings.Contains("上里中内外", tail) || whereTail.MatchString(strings.TrimSuffix(m, tail))) && !timeNotPlace.MatchString(m) {
				return m
			}
		}
	}
	if m := leadPlaceRe.FindStringSubmatch(text[after:]); m != nil {
		return m[1]
	}
	return ""
}

// leadPlaceRe reads the place that opens a lead's clause after its time,
// with the one a 、 adds ("38公里附近、滨江大道与望湖路交叉口").
var leadPlaceRe = regexp.MustCompile(`^(?:[^，,。；;]{0,12}?[，,]){0,2}?\s*(?:地处|位于)?(` + leadPlaceItem + `(?:附近)?(?:、` + leadPlaceItem + `)?)(?:的|发生|境内|附近|旁|边|一|突然|[，,])`)

// leadPlaceItem is one place of leadPlaceRe.
// (a heading may go on in it past its first character: "内环高架东段由南向北方向")
const leadPlaceItem = `[^，,。；;的在从向往到、][^，,。；;的在从往到、]{1,23}?(?:` + placeWords + `|交叉口|\d号|方向)`

// titlesName reports whether the sentence names someone right after a
// matched question word for a person: "夜班操作工韩晓东" for "值班的操作工
// 叫啥", the one described by the role asked.
// The name may start inside a token the segmenter ran on from the title
// ("店长孙丽娟" cut 店/长孙/丽/娟).
func (e *Engine) titlesName(c *candidate) bool {
	text := c.d.Norm
	var ents []entity
	for _, m := range c.matched {
		if m[0] < 0 || m[1] > len(text) || !personNoun(text[m[0]:m[1]]) && !endsWithAny(text[m[0]:m[1]], personEnds) {
			continue
		}
		// (at any of the word's places: "律师事务所律师吴凯文" names no
		// one after the firm's 律师, the lawyer after the second)
		w := text[m[0]:m[1]]
		for at := m[0]; at >= 0; {
			end := at + len(w)
			if strings.HasPrefix(text[end:], "为") {
				end += len("为") // "法定代表人为郜树岚"
			}
			for _, tk := range c.d.Tokens {
				if tk.Start == end && tk.Pos == "nr" {
					return true
				}
			}
			if ents == nil {
				ents = e.entities(c.d)
			}
			for _, en := range ents {
				if en.s == end && en.tier == 0 && !en.thing {
					return true
				}
			}
			if k := strings.Index(text[end:], w); k >= 0 {
				at = end + k
			} else {
				at = -1
			}
		}
	}
	return false
}

// namesDescribed reports whether the sentence gives a name right after a
// matched question word: "获救少年名叫蒋浩然".
// So does one that opens by naming whom the article was telling of and
// then holds the question's word: "她叫陈晓雯,28岁,是…医院的护士" for "the
// name of the nurse".
func namesDescribed(text string, c *candidate) bool {
	opens := startsWithAny(text, pronounNaming)
	for _, m := range c.matched {
		if m[0] < 0 || m[1] > len(text) {
			continue
		}
		// a role in quotation marks: 群里的“团长”名叫隋梓萌
		if rest := strings.TrimLeft(text[m[1]:], "”」』\"'"); startsWithAny(rest, namingIntros) || describedNamed.MatchString(rest) || opens && m[0] > 0 {
			return true
		}
	}
	return false
}

// describedNamed matches what follows the word that describes someone when
// the sentence then names them: 坠河的游客名叫刘晓雯.
var describedNamed = regexp.MustCompile(`^的\p{Han}{1,4}?(?:姓名为|姓名是|名为|名叫|叫做)`)

// pronounNaming opens a sentence that names the one the sentences before
// told of.
var pronounNaming = []string{"她叫", "他叫", "她名叫", "他名叫", "她的名字叫", "他的名字叫"}

// ageGiven matches an age: 57岁.
var ageGiven = regexp.MustCompile(`\d{1,3}岁`)

// onlyModifiers reports whether every predicate of q only says which one
// it asks about (受伤的保安).
func onlyModifiers(q Question) bool {
	has := false
	for _, t := range q.Terms {
		if t.Predicate {
			if !t.Modifier {
				return false
			}
			has = true
		}
	}
	return has
}

// unnamedAged opens, after an age, the word for someone the sentence does
// not name by it: "潘某和她9岁的儿子".
// (not "78岁老人郑某": the name follows)
var unnamedAged = regexp.MustCompile(`^的(儿子|女儿|孙子|孙女|外孙|外孙女|男孩|女孩|孩子|小孩|男童|女童|老人|男子|女子|母亲|父亲|妻子|丈夫|弟弟|妹妹|哥哥|姐姐)(?:[^\p{Han}]|$|[和与也都已在是被])`)

// givesAge reports whether one of the question's numbers matched in text
// is an age (52岁) of someone the sentence names.
func givesAge(text string, c *candidate) bool {
	rest, ok := ageMatched(text, c)
	return ok && !unnamedAged.MatchString(rest)
}

// ageMatched finds an age among the question's numbers matched in text (52
// before 岁, or 52岁 whole) and returns the text after it.
func ageMatched(text string, c *candidate) (string, bool) {
	for _, m := range c.matched {
		if m[0] < 0 || m[1] > len(text) {
			continue
		}
		w := text[m[0]:m[1]]
		if rest, ok := strings.CutPrefix(text[m[1]:], "岁"); ok && isDigits(w) {
			return rest, true
		}
		if n, ok := strings.CutSuffix(w, "岁"); ok && isDigits(n) {
			return text[m[1]:], true
		}
	}
	return "", false
}

// injuredBy are the characters of the ways one is hurt that a word ending
// in 伤 opens with: 扭伤, 摔伤, 烫伤, 重伤.
const injuredBy = "扭摔割砸烧烫灼撞咬刺划擦挤压踩碰跌夹抓轧碾戳砍炸震冻晒挫拉扎蹭磕刮重轻"

// countedThing is a thing counted by its measure word, with the three
// characters after it: 那台柯氏计, 一部手机.
var countedThing = regexp.MustCompile(`(?:[一两这那该每几]|\d)[台部件辆架把套块艘座](\p{Han}{3})`)

// definedSubject is a sentence's subject at its start, past a lead such as
// 记者了解到: the name a later clause may say what it is (…是…冰场).
var definedSubject = regexp.MustCompile(`^(?:[^,，。]{0,10}(?:了解到|获悉|介绍|得知)[,，])?(\p{Han}{4,14}?)(?:于|位于|成立|开业|始建|创办|是|为|[,，])`)

// definedAs returns the names the articles say are a noun w: the subject of a
// sentence whose later clause says it is one ("冰悦冰上运动中心于2023年9月
// 开业,…,是临川区首座室内标准冰场" makes it a 冰场), when the articles use
// the name elsewhere too.
func (e *Engine) definedAs(w string) []string {
	if names, ok := e.defined.get(w); ok {
		return names
	}
	var out []string
	for _, d := range e.docs {
		text := d.Norm
		at := strings.Index(text, w)
		if at < 0 {
			continue
		}
		cl := clauseBefore(text, at)
		if !strings.Contains(cl, "是") && !strings.Contains(cl, "为") {
			continue
		}
		m := definedSubject.FindStringSubmatch(text)
		if m == nil || strings.Contains(m[1], w) || contains(out, m[1]) {
			continue
		}
		if first, _ := utf8.DecodeRuneInString(m[1]); !strings.ContainsRune("该这此其那", first) && e.DocFreq(m[1]) >= 2 {
			out = append(out, m[1]) // a name, not 该公司 or 这家店
		}
	}
	if len(out) == 0 {
		out = e.doersNamed(w)
	}
	e.defined.put(w, out)
	return out
}

// doersNamed returns the organisations the articles say do what a party
// noun w names: for 开发商 (开发 and 商), the body "由澜江市鼎晟置业有限公司
// （以下简称“鼎晟置业”）开发建设" names, with the short name it gives.
func (e *Engine) doersNamed(w string) []string {
	verb := ""
	for _, suf := range []string{"商", "方", "单位"} {
		if v, ok := strings.CutSuffix(w, suf); ok && utf8.RuneCountInString(v) == 2 && isHanRun(v) {
			verb = v
		}
	}
	if verb == "" {
		return nil
	}
	var out []string
	for _, d := range e.docs {
		if d.Section != index.Body {
			continue
		}
		text := d.Norm
		for rest := text; ; {
			at := strings.Index(rest, "由")
			if at < 0 {
				break
			}
			rest = rest[at+len("由"):]
			cl := rest
			if k := strings.IndexAny(cl, ",，。;；"); k >= 0 {
				cl = cl[:k]
			}
			v := strings.Index(cl, verb)
			if v < 0 {
				continue
			}
			name, short := cl[:v], ""
			if m := aliasGiven.FindStringSubmatchIndex(name); m != nil && m[1] == len(name) {
				name, short = name[:m[0]], name[m[2]:m[3]]
			}
			if endsOrg(name) && utf8.RuneCountInString(name) <= 20 && !contains(out, name) {
				out = append(out, name)
				if short != "" && !contains(out, short) {
					out = append(out, short)
				}
			}
		}
	}
	return out
}

// aliasGiven is the short name an article gives what it has just named in
// full: "（俗称“岸桥”）", "（以下简称“港华公司”）".
var aliasGiven = regexp.MustCompile(`[（(]\s*(?:以下|下文)?(?:简称|俗称|下称|又称|统称|通称)[为:：]?\s*[“"「]?([^”"」）)，,。]{2,8}?)[”"」]?\s*[）)]`)

// alias is a short name an article gives a thing, and the words it
// named the thing by first.
type alias struct{ full, short string }

// shortNamesOf are the short names the articles give a thing whose full name
// ends in w: 岸桥 for 起重机 after "岸边集装箱起重机（俗称“岸桥”）". A word
// that ends every company's name (公司) names none in particular.
func (e *Engine) shortNamesOf(w string) []string {
	e.shortOnce.Do(func() {
		for _, d := range e.docs {
			if d.Section != index.Body {
				continue
			}
			for _, m := range aliasGiven.FindAllStringSubmatchIndex(d.Norm, -1) {
				full := d.Norm[:m[0]]
				if i := strings.LastIndexAny(full, clauseBreaks+"、"); i >= 0 {
					full = full[i:]
				}
				e.shortNames = append(e.shortNames, alias{lastRunes(full, 12), d.Norm[m[2]:m[3]]})
			}
		}
	})
	if utf8.RuneCountInString(w) < 2 || lex().orgSuffixes[w] {
		return nil
	}
	var out []string
	for _, a := range e.shortNames {
		if strings.HasSuffix(a.full, w) && !strings.Contains(a.short, w) && !contains(out, a.short) {
			out = append(out, a.short)
		}
	}
	return out
}

// wordCache remembers words found for a question word, for at most
// maxPivotCache words: question words are anyone's, so the memory stays
// bounded. Safe for concurrent use.
type wordCache struct {
	mu sync.Mutex
	m  map[string][]string
}

func (c *wordCache) get(w string) ([]string, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	v, ok := c.m[w]
	return v, ok
}

func (c *wordCache) put(w string, v []string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.m == nil || len(c.m) >= maxPivotCache {
		c.m = map[string][]string{}
	}
	c.m[w] = v
}

// thisMatterWhen asks when "this matter" the question has just told
// happened: "…这事是哪天几点出的", "…这件事是什么时候发生的", "这个密室冒烟的事是哪天…".
var thisMatterWhen = regexp.MustCompile(`(?:\p{Han}{2,}这(?:件|个|起)?事|这(?:件|个|起|次|回)?\p{Han}{2,8}的事)(?:儿|情)?(?:是|到底是|究竟是|发生在|出在)?(?:哪天|哪一天|什么时候|啥时候|几号|几时|哪年|哪个月)`)

// holdsThing reports whether text holds one of q's words that is no
// light word, nor a name: the thing the question tells of.
func holdsThing(q Question, text string) bool {
	low := strings.ToLower(text)
	for _, t := range q.Terms {
		if !t.Light && !t.Predicate && !t.Name && termIn(low, t) {
			return true
		}
	}
	return false
}

// pointsBack reports whether sentence d points back to someone named
// before it, by a word refersBack matches before it names anyone itself:
// "这位63岁的老人", not "57岁的帮工温德胜…,他本能地…", whose 他 is the one
// it names.
func (e *Engine) pointsBack(d int) bool {
	text := e.docs[d].Norm
	if ps := e.peopleAt[d]; len(ps) > 0 {
		text = text[:ps[0].s]
	}
	return refersBack.MatchString(text)
}

// refersBack matches a word that points back to someone just named: 这位,
// 这名, 他, 她.
var refersBack = regexp.MustCompile(`这位|这名|该名|他|她`)

// headlineShare is the share of a headline's coverage a body sentence
// holding the same verb takes on.
const headlineShare = 0.75

// headlineLends lets a body sentence stand for the headline that sums it
// up: "供货商老板被刑拘" holds the whole question "供货商老板哪天被刑拘的",
// but gives no date; "10月11日,魏长林…被…刑事拘留" gives it, of the same
// arrest, while calling the boss by name. Each body sentence of the
// headline's article that holds every predicate the headline holds takes
// on most of its coverage, when no sentence of the body holds enough of
// the question itself. A headline that itself answers lends nothing.
func (e *Engine) headlineLends(q Question, cands []*candidate) {
	if q.Kind == KindWhy || q.Kind == KindYesNo {
		return
	}
	var head *candidate
	for _, c := range cands {
		if c.d.Section != index.Body || !c.predOK || !c.namesOK || c.cov < minCoverage {
			continue
		}
		if !e.heading[c.d.ID] {
			return // a sentence of the body holds the question well enough itself
		}
		if head == nil || c.cov > head.cov {
			head = c
		}
	}
	if head == nil {
		return
	}
	var preds []int // the question's verbs, all of which the headline must hold
	for i, t := range q.Terms {
		if !t.Predicate || t.Light {
			continue
		}
		if i >= len(head.matchedBy) || head.matchedBy[i][0] < 0 || head.matchedBy[i][1] <= head.matchedBy[i][0] {
			return
		}
		preds = append(preds, i)
	}
	if len(preds) == 0 {
		return
	}
	probe := *head
	if _, ok := e.span(q, &probe); ok {
		return
	}
	for _, c := range cands {
		if c == head || e.heading[c.d.ID] || c.d.Section != index.Body || c.d.Article != head.d.Article || !c.predOK {
			continue
		}
		holds := true
		for _, i := range preds {
			holds = holds && i < len(c.matchedBy) && c.matchedBy[i][0] >= 0 && c.matchedBy[i][1] > c.matchedBy[i][0]
		}
		if holds && c.cov < head.cov*headlineShare {
			c.cov = head.cov * headlineShare
		}
	}
}

// ruleAsk asks what a rule allows, not what was done: "最多能罚多少",
// "how much can they fine you".
var ruleAsk = regexp.MustCompile(`可以|能|会|可能|最多|最高|上限|顶格|按规定|按照规定|依法|法律|规定|如果|要是|\b(?:can|could|would|might|may|max|maximum|most|up to|law|rules?|face|possible|allowed)\b`)

// ruleRange matches, in the clause of an amount, the marks of a rule's
// penalty rather than one imposed: a range (5万元以上10万元以下), a cap
// (500元以下罚款), what may or will befall (可处, 将被处以, 违者).
var ruleRange = regexp.MustCompile(`以上[^,，。;；]{0,16}以下|[\d万千百十]元?以下(?:的)?(?:罚款|罚金)|可处|可以处|可并处|将被处|将处以|最高可|最多可|违者|倍以上`)

// ruleAmount reports whether the clause of text that holds span states a
// rule's penalty, not one imposed.
func ruleAmount(text, span string) bool {
	k := strings.Index(text, strings.ToLower(span))
	return k >= 0 && ruleRange.MatchString(clauseAt(text, k))
}
