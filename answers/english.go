package answers

import (
	"maps"
	"math"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/eventbot/eventbot/answers/english"
	"github.com/eventbot/eventbot/index"
)

var enLexicon = sync.OnceValues(english.LoadLexicon)

var (
	enPassive = regexp.MustCompile(`(?i)^\s*who\s+(was|were|is|are|has been|have been|had been|got|gets|will be)\s+\w+(ed|en|t)\b`)
	enObject  = regexp.MustCompile(`(?i)^\s*(who|whom|which\s+\w+|what\s+\w+)\s+(did|does|do|will|would|can|could|should|has|have|had)\b`)
	// "who is Nadella hiring": the one asked about is the object
	enObjectProgressive = regexp.MustCompile(`^\W*(?:[Ww]ho|[Ww]hom)(?:\s+else)?\s+(?:is|are|was|were)\s+(?:he|she|they|it|[A-Z]\w+(?:\s+[A-Z]\w+)?)\s+\w+ing\b`)
	enSubject           = regexp.MustCompile(`(?i)^\s*(?:who|what)\s+(?:is|was|are|were)\s+(.+?)\s*[?.!]*\s*$`)
	enYear              = regexp.MustCompile(`(?i)\b(what|which|in which|in what)\s+year\b`)
	enDate              = regexp.MustCompile(`(?i)\b(what|which)\s+(day|date|month|morning|afternoon|evening|night|weekend)\b|\bon what day\b`)
	enDuration          = regexp.MustCompile(`(?i)\bhow long\b|\bhow soon\b|\bhow quickly\b|\bhow many (seconds|minutes|hours|days|weeks|months|years)\b`)
	enCounted           = regexp.MustCompile(`(?i)\bhow many\s+(\w+)`)
	enHowMany           = regexp.MustCompile(`(?i)\bhow many\b`)
	enHowManyTimes      = regexp.MustCompile(`(?i)\bhow many (?:(?:more|other|separate|different|previous|earlier|extra)\s+)?times\b`)
	enPeople            = regexp.MustCompile(`(?i)\bhow many\s+(?:of\s+(?:the|their|its|his|her|those|these)\s+(?:[\w'’]+\s+)?)?(\w+\s+)?(people|persons|employees|staff|workers|members|runners|players|victims|residents|users|customers|deaths|dead|signatories|engineers|researchers|passengers|plaintiffs|pilots|students|patients|children|fans|voters|soldiers|officers|doctors|nurses|teachers|tourists|travell?ers|migrants|protesters|applicants|candidates|drivers|riders|shareholders|investors|survivors|casualties|cops|police|policemen|officials|rescuers|firefighters|volunteers|guests|visitors|kids|suspects|guards|inspectors|staffers|troops|men|women|adults|pupils|parents|buyers|diners|climbers|hikers|swimmers|rowers|crew|crewmen|sailors|miners|labou?rers|couriers|athletes|spectators|attendees|participants|injured|wounded|elderly|seniors)\b`)
	enMoney             = regexp.MustCompile(`(?i)\bhow much\b|\bvalued\b|\b(price|cost|fee|fees|fare|fares|surcharge|investment|invest|paid|pay|paying|worth|valuation|money|dollars|yuan)\b`)
	enAge               = regexp.MustCompile(`(?i)\bhow old\b|\bage\b`)
	// enTheirName ends a question by asking a person's name: "…? whats his
	// name", "what was her name"
	enTheirName = regexp.MustCompile(`(?i)\bwhat(?:'s|s|’s|\s+is|\s+was)\s+(?:his|her|their)\s+(?:full\s+|real\s+)?name\W*$`)
	// enGroupSize asks how many people a group holds: "how big was the
	// rescue team", "what was the headcount"
	enGroupSize = regexp.MustCompile(`(?i)\bhow\s+(?:big|large)\s+(?:was|is|were|are)\s+(?:the|their|that|this|his|her)\s+(?:[\w-]+\s+)?(?:team|crew|squad|force|group|staff|workforce|crowd|delegation|unit|party|taskforce)\b|\bhead\s?count\b`)
	// enArea asks for an area of land: in 亩, 公顷, 平方米
	enArea       = regexp.MustCompile(`(?i)\bhow (?:much|many)\s+(?:\w+\s+)?(?:land|farmland|cropland|farm land|forest|woodland|grassland|acreage|area|acres?|hectares?|square (?:meters|metres|kilometers|kilometres|km|m))\b|\bhow (?:big|large|wide|much size) (?:an? |the )?(?:area|plot|site)\b`)
	enCalled     = regexp.MustCompile(`(?i)\b(called|named|known as)(?:\s+(?:in|on|by|at|inside)\s+(?:the\s+|that\s+|this\s+)?\w+)?\s*[?.!]*\s*$`)
	enNamedThing = regexp.MustCompile(`(?i)\b(\w+)'s\s+name\b|\bname\s+of\s+(?:the|that|this)?\s*(\w+)`)
	enHaveThing  = regexp.MustCompile(`(?i)^\W*(?:so\s+|and\s+|but\s+)?(?:(?:did|does|do|has|have|had)\b.*?\b(?:have|has|had|get|got|buy|hold)|(?:is|was|are|were)\s+there)\s+(?:any\s+|a\s+|an\s+|some\s+)?([\w-]+)(?:\s+([\w-]+))?`)
	// enWhichTail narrows a who-question at its end: "…, like which
	// manufacturer", "which company?"
	enWhichTail = regexp.MustCompile(`(?i)[,;]\s*(?:like\s+|i\s+mean\s+|as\s+in\s+)?which\s+(\w+)\W*$`)
	enAskedKind = regexp.MustCompile(`(?i)^\W*(?:so\s+|and\s+|ok\s+|but\s+)?(?:what|which)\s+(?:kind\s+of\s+|sort\s+of\s+|type\s+of\s+)?(\w+)`)
	enNameOf    = regexp.MustCompile(`(?i)\b(?:the|its|his|her|their|\w+'s)\s+names?\b|\bnames?\s+of\b`)
	enHowOld    = regexp.MustCompile(`(?i)^\s*how old\b`)
	enOrg       = regexp.MustCompile(`(?i)\b(which|what)\s+(?:(?:is|was|are|were)\s+the\s+)?(` + enOrgAsked + `)\b`)
	// "which construction company": the noun after a modifier (group 1),
	// which must be no stop word ("what did company…")
	enOrgModified = regexp.MustCompile(`(?i)\b(?:which|what)\s+([a-z-]+)\s+(` + enOrgAsked + `)\b`)
)

// enPercent asks for a share or a rate of change: "what percentage", "by
// what percent".
var enPercent = regexp.MustCompile(`(?i)\b(?:what|which|how many|how much of a)\s+(?:percent|percentage|per cent|share|proportion|fraction|cut|drop|rise|increase|decrease)\b|\bby\s+(?:how much|what percent|what percentage)\b`)

// enInCharge is "in charge", whoever is in charge of something.
var enInCharge = regexp.MustCompile(`(?i)\bin\s+charge\b`)

// headParticles are the words of a phrase that asks for whoever is in
// charge with a head word: "head up", "in charge of".
var headParticles = map[string]bool{"up": true, "in": true, "of": true, "charge": true}

// enMuchOf is "how much" and the word after it; enShareOf is "how much
// of".
var (
	enMuchOf  = regexp.MustCompile(`(?i)\bhow much\s+([a-z]+)`)
	enShareOf = regexp.MustCompile(`(?i)\bhow much\s+of\b`)
	// "how much of the investors' money": a sum of it
	enShareOfMoney = regexp.MustCompile(`(?i)\bhow much\s+of\s+(?:the|their|his|her|its|that|this)?\s*(?:\w+(?:'s|s')?\s+)?(?:money|cash|funds?|investment|savings|deposits?|payments?|budget|compensation|fine)\b`)
)

// enMoneyNouns are nouns that "how much" asks a sum of money of.
var enMoneyNouns = map[string]bool{"money": true, "cash": true, "compensation": true, "funding": true, "fund": true,
	"debt": true, "loan": true, "fine": true, "damage": true, "revenue": true, "profit": true, "loss": true,
	"capital": true, "salary": true, "bonus": true, "tax": true, "budget": true, "investment": true, "subsidy": true,
	"aid": true, "ransom": true, "bail": true, "reward": true, "rent": true, "sale": true, "income": true,
	"spending": true, "payment": true, "payout": true, "refund": true, "bribe": true, "deposit": true, "saving": true,
	"cost": true, "price": true, "pay": true, "wage": true, "fee": true, "donation": true, "relief": true,
	"insurance": true, "premium": true, "interest": true, "dividend": true, "credit": true, "asset": true,
	"value": true, "yuan": true, "dollar": true, "rmb": true, "cny": true, "usd": true, "bill": true, "award": true,
	"severance": true, "turnover": true, "earnings": true, "stake": true, "equity": true, "kickback": true,
	"fare": true, "charge": true, "overcharge": true, "surcharge": true, "toll": true, "tuition": true}

// kindWords are the Chinese words for a kind that a "what kind of"
// question's "kind" may stand for.
var kindWords = map[string]bool{"品种": true, "种类": true, "类型": true, "类别": true, "款式": true, "型号": true, "品类": true}

// enKindOf asks what kind of a thing: "what kind of gear", "what sort of
// plan".
// Its group is the noun phrase after it.
var enKindOf = regexp.MustCompile(`(?i)\b(?:what|which)\s+(?:kind|kinds|sort|sorts|type|types)\s+of\b\s*([a-z][a-z' -]*)?`)

// enWhatKind asks "what" of a noun whose answer is always a kind of it, as
// "what kind of" does: "what germ did the tests turn up" asks which germ
// (肠炎沙门氏菌), "what gas leaked" which gas.
var enWhatKind = regexp.MustCompile(`(?i)\b(?:what|which)\s+(germ|germs|bacteria|bacterium|virus|viruses|chemical|chemicals|gas|toxin|toxins|poison|pesticide|pesticides|drug|drugs|disease|illness|infection|breed|species|fuel)\b`)

// enNPEnd are the words that end the noun phrase after "what kind of": the
// verb, a pronoun or a preposition after it.
var enNPEnd = map[string]bool{
	"is": true, "are": true, "was": true, "were": true, "be": true, "been": true, "do": true, "does": true, "did": true,
	"has": true, "have": true, "had": true, "can": true, "could": true, "will": true, "would": true, "should": true, "may": true, "might": true,
	"i": true, "you": true, "he": true, "she": true, "it": true, "we": true, "they": true, "this": true, "that": true, "these": true, "those": true,
	"in": true, "on": true, "at": true, "for": true, "to": true, "from": true, "with": true, "by": true, "of": true, "about": true, "into": true,
	"which": true, "who": true, "and": true, "or": true, "like": true, "exactly": true, "mostly": true, "there": true, "the": true, "a": true, "an": true,
}

// enKindHead returns the lemma of the head noun of what a "what kind of"
// question asks the kind of: "loan" of "what kind of loan did they pitch",
// "warning" of "what kind of weather warning went out"; "" for none. The
// noun phrase ends at a verb the analysis found (went).
func enKindHead(norm string, eq english.Query) string {
	m := enKindOf.FindStringSubmatch(norm)
	if m == nil {
		if m = enWhatKind.FindStringSubmatch(norm); m != nil {
			return english.Lemma(strings.ToLower(m[1]))
		}
		return ""
	}
	last := ""
	for _, w := range strings.Fields(strings.ToLower(m[1])) {
		if enNPEnd[w] || strings.Contains(w, "'") || last != "" && !strings.HasSuffix(w, "ing") && slices.ContainsFunc(eq.Terms, func(t english.Term) bool { return t.Verb && t.Surface == w }) {
			break
		}
		last = w
	}
	if last == "" {
		return ""
	}
	return english.Lemma(last)
}

// enChange asks by how much something changed: a share or a sum answers.
var enChange = regexp.MustCompile(`(?i)\bhow much (?:did|does|has|have|had|will|would)\b.*\b(?:drop|dropped|fall|fell|fallen|rise|rose|risen|increase|increased|decrease|decreased|grow|grew|grown|jump|jumped|plunge|plunged|shrink|shrank|slump|slumped|climb|climbed|surge|surged|go up|went up|gone up|go down|went down|gone down|come up|came up|swell|swelled|swollen|spike|spiked|soar|soared)\b`)

// enWhenDid asks for a time in so many words: "when did it go live".
// enOrgAsked are the nouns of an organisation a which-question may ask for.
const enOrgAsked = `company|companies|firm|organi[sz]ation|institution|agency|fund|rival|competitor|team|group|bank|university|court|airline|carrier|hospital|ministry|department|bureau|regulator|union|party|club|newspaper|outlet|school|platform|supplier|manufacturer|insurer|lab|laboratory|journal|office|authority|authorities`

var enWhenDid = regexp.MustCompile(`(?i)\bwhen (?:did|was|were|does|do)\b|\bwhat time (?:did|was|were|does|do)\b|\b(?:until|till|by|since) when\b|\bhow long ago\b`)

// enCountedOf is enCounted past "of the": "how many of the ambulance
// spots" counts spots, the part of them the question goes on to say.
var enCountedOf = regexp.MustCompile(`(?i)\bhow many\s+(?:of\s+(?:the|those|these|their|its|his|her|our|your|that|this)\s+)?(\w+)`)

// countsNonMoney reports whether q asks "how many" of a thing that is not
// money ("how many complaints about ride fares"; not "how many yuan").
func countsNonMoney(q string) bool {
	m := enCountedOf.FindStringSubmatch(q)
	if m == nil {
		return false
	}
	w := strings.ToLower(m[1])
	return !english.IsStopWord(w) && !enMoneyNouns[w] && !enMoneyNouns[english.Lemma(w)] && !enMoney.MatchString(w)
}

// muchOfThing reports whether q asks "how much" of a thing that is not
// money ("how much water flooded in") and names no money elsewhere.
func muchOfThing(q string) bool {
	loc := enMuchOf.FindStringSubmatchIndex(q)
	if loc == nil {
		return false
	}
	w := strings.ToLower(q[loc[2]:loc[3]])
	if english.IsStopWord(w) || enMoneyNouns[w] || enMoneyNouns[english.Lemma(w)] {
		return false
	}
	// "how much extra compensation": a sum of money a few words on
	for i, f := range strings.Fields(strings.ToLower(q[loc[2]:])) {
		f = strings.Trim(f, "?!.,'\"")
		if i >= 4 || english.IsStopWord(f) && i > 0 {
			break
		}
		if enMoneyNouns[f] || enMoneyNouns[english.Lemma(f)] {
			return false
		}
	}
	return !enMoney.MatchString(enMuchOf.ReplaceAllString(q, " "))
}

// enOutcome asks what befell someone: "what happened to", "did anything
// happen to", "how was he punished", "what punishment did they get" (not
// "what happens to", as often of things to come).
var enOutcome = regexp.MustCompile(`(?i)\bwhat(?:'s|’s|s|\s+has|\s+had)?\s+happened\s+to\b|\b(?:did|has|had)\s+(?:anything|something)\s+(?:happen|happened)\s+to\b|\b(?:get|got|gets|getting)\s+punished\b|\bhow\s+(?:was|were|is|are|did)\b.*\b(?:punish|punished|dealt\s+with|disciplined|handled)\b|\bwhat\s+(?:punishment|penalty|penalties|discipline|consequences?)\b`)

// enDeputyTitle is "deputy" or "vice" before another word: the 副 of a
// title ("deputy district head", "vice president").
var enDeputyTitle = regexp.MustCompile(`(?i)\b(deputy|vice)[ -]+[a-z]`)

// enValued asks for a valuation: "what was it valued at".
var enValued = regexp.MustCompile(`(?i)\b(valued|worth)\b`)

// honorifics are titles written before a name.
var honorifics = map[string]bool{"prof": true, "professor": true, "dr": true, "doctor": true, "mr": true,
	"mrs": true, "ms": true, "miss": true, "judge": true, "president": true, "chairman": true,
	"coach": true, "captain": true, "sir": true, "minister": true, "director": true, "senator": true,
	"mayor": true, "governor": true, "general": true, "officer": true, "chief": true, "boss": true,
	"ceo": true, "engineer": true, "lawyer": true, "inspector": true, "detective": true, "secretary": true}

// familiar are the words that make a surname a familiar form of address:
// 老陆 is "old lu" or "lao lu", 小王 "little wang" or "xiao wang".
var familiar = map[string]bool{"old": true, "lao": true, "little": true, "xiao": true, "young": true}

// lightEnglish are verbs too general to be a question's predicate.
var lightEnglish = map[string]bool{"be": true, "have": true, "do": true, "say": true, "make": true, "get": true, "go": true, "become": true, "take": true, "happen": true, "can": true, "will": true, "work": true, "use": true, "call": true, "involve": true,
	// and nouns too general to be about anything
	"person": true, "people": true, "guy": true, "folk": true, "folks": true, "thing": true, "stuff": true,
	"lady": true, "dude": true, "gal": true, "fella": true, "bloke": true}

// enCalledSomeone is "call" as a deed, someone telephoned ("who called the
// pawnshop"), where "call" is otherwise too light to look for ("what is it
// called"); enIsCalled is "call" naming ("the so-called clause", "was
// called the").
var (
	enCalledSomeone = regexp.MustCompile(`(?i)\b(?:call|calls|called|calling|phoned)\s+(?:the|a|an|his|her|their|him|them|police|back|911|110|120)\b`)
	enIsCalled      = regexp.MustCompile(`(?i)\b(?:is|was|are|were|'s|be|been|being|so|so-)\s*called\b`)
)

// aspectVerbs say when an event began, or that it took place ("when did
// the raid go down"), not which event: in a
// when-question the event is the noun they go with.
var aspectVerbs = map[string]bool{"start": true, "begin": true, "occur": true, "commence": true, "happen": true, "go down": true, "take place": true, "go off": true}

// enUnitAsked asks for a measure by its unit ("how many tons of trash"),
// unitMeasure the measure of each unit (not meters, which are also the
// devices: "how many meters are they replacing").
var (
	enUnitAsked = regexp.MustCompile(`(?i)\bhow many (tons?|tonnes?|kilos?|kilograms?|kgs?|pounds|grams|jin|kilometers?|kilometres?|km|miles?|cubic (?:meters?|metres?)|liters?|litres?|gallons?)\b`)
	unitMeasure = map[string]string{"ton": "weight", "tonne": "weight", "kilo": "weight", "kilogram": "weight",
		"kg": "weight", "kgs": "weight", "pound": "weight", "gram": "weight", "jin": "weight", "kilometer": "distance",
		"kilometre": "distance", "km": "distance", "mile": "distance", "cubic meter": "volume", "cubic metre": "volume",
		"liter": "volume", "litre": "volume", "gallon": "volume"} // by lemma (kgs too short for one)
)

// moneyVerbs pay or spend a sum: in a question how much was paid that the
// articles render no verb for, the sum is what is asked for.
var moneyVerbs = map[string]bool{"pay": true, "spend": true, "cost": true, "shell out": true, "fork out": true, "cough up": true, "charge": true, "blow": true}

// enPaidFor pays for a thing: "pay for her apartment".
var enPaidFor = regexp.MustCompile(`(?i)\bpa(?:y|ys|id|ying)\s+for\b`)

// boughtWords say a thing was bought, at the sum a question asks it was
// paid for.
var boughtWords = []string{"购买", "买下", "购得", "购入", "总价", "买来", "花了"}

// paidWord reports whether a rendering of a verb of paying says paying or
// charging (支付, 花费, 收费), not one of the English word's other senses
// (pay attention: 关注; in charge: 负责人).
func paidWord(zh string) bool {
	return strings.ContainsAny(zh, "付花费缴交收售价赔")
}

// enWhenThing is the event a when-question asks the time of, one word
// before a verb or the end: "when is the trial going to be held", "when's
// the hearing?".
var enWhenThing = regexp.MustCompile(`\bwhen(?:'s|\s+is|\s+was|\s+will|\s+would)\s+(?:the|his|her|their|its)\s+(\w+)(?:\s+(?:is|was|be|been|going|gonna|for|of|set|scheduled|happening|starting|taking)\b|\s*\?|\s*$)`)

// enPunished asks how someone was punished, not just what happened to
// them: "what was his punishment", "how were they dealt with".
var enPunished = regexp.MustCompile(`(?i)\b(?:punish\w*|penalt(?:y|ies)|dealt\s+with|disciplin\w*)\b`)

// enEarn asks what someone earned: "how much did he make off it".
var enEarn = regexp.MustCompile(`(?i)\b(?:make|made|makes|making|earn|earned|earns|earning|pocket|pocketed|rake[sd]?\s+in|raking\s+in|profit(?:ed)?)\b`)

// enAdvice asks what someone says should be done: "what did the expert say
// ferries should do", "what do they think people ought to do".
var enAdvice = regexp.MustCompile(`(?i)\b(?:say|says|said|think|thinks|thought|want|wants|wanted|reckon|reckons)\b.*\b(?:should|ought\s+to|needs?\s+to|must)\b`)

// adviceWords say that something should be done: how an article words
// the advice of someone it quotes (建议, 呼吁, 提醒).
var adviceWords = []string{"建议", "呼吁", "提醒", "提议", "倡议", "劝"}

// incomeWords say that a sum was earned.
var incomeWords = []string{"获利", "非法获利", "盈利", "牟利", "赚", "赚取", "收入", "所得", "违法所得", "获得", "收取", "进账", "月薪", "年薪", "工资", "薪水", "薪酬", "报酬", "分成", "提成", "佣金"}

// enOptions are the choices a question ends on: "douyin or kuaishou?",
// "aliyun or something?".
var enOptions = regexp.MustCompile(`(?i)\b(?:an?\s+|the\s+)?([a-z0-9][\w'-]*)\s+or\s+(?:an?\s+|the\s+)?([a-z0-9][\w'-]*)\W*$`)

// vagueOptions stand for any other choice ("or something").
var vagueOptions = map[string]bool{"something": true, "smth": true, "sth": true, "what": true, "whatever": true,
	"anything": true, "not": true, "nothing": true, "else": true, "so": true, "whatnot": true, "other": true}

// absentOptions reports whether a question ends on choices by name
// ("douyin or kuaishou?"), none of which the articles hold as written or
// in pinyin; a choice the lexicon knows as a word decides nothing.
func (e *Engine) absentOptions(lower string, lx *english.Lexicon) bool {
	m := enOptions.FindStringSubmatch(lower)
	if m == nil {
		return false
	}
	var opts []string
	for _, o := range m[1:] {
		switch {
		case vagueOptions[o]:
		case english.IsStopWord(o):
			return false // "was it him or not", "did they or didn't they"
		default:
			opts = append(opts, o)
		}
	}
	for _, o := range opts {
		if e.inCorpus(o) || e.fromPinyin(o) != "" {
			return false
		}
		if _, ok := e.pinyinIndex()[o]; ok {
			return false
		}
		if len(lx.Translate(english.Lemma(o))) > 0 {
			return false // a word ("the groom's cousin or smth"), which the article may say otherwise
		}
	}
	return len(opts) > 0
}

// enChargedWith is a charge laid against someone ("what are the cops
// charging him with"), not a price.
var enChargedWith = regexp.MustCompile(`(?i)\bcharg(?:e|es|ed|ing)\b[^?]*\bwith\b`)

// enCostVerb asks what something cost: "what did the whole thing end up
// costing", "what does it cost", "what did it cost before the discount".
var enCostVerb = regexp.MustCompile(`(?i)\bwhat\s+(?:did|does|do|will|would)\b[^?]*\bcost(?:s|ing)?(?:\s+(?:before|after|at|in|per|each|for|with|without|originally|normally|back)\b[^?]*)?\s*\??\s*$|\bwhat\s+(?:was|is|were|are)\s+(?:he|she|they|it|the\s+\w+)\s+(?:paying|charging|earning|making)\b`)

// enForLiving asks someone's trade: "what does he do for a living", "what
// was her job".
var enForLiving = regexp.MustCompile(`(?i)\bwhat\b.*\bdo(?:es)?\b.*\bfor\s+(?:a\s+)?(?:living|work)\b|\bwhat(?:'s|\s+is|\s+was)\s+(?:his|her|their|the\s+\w+(?:'s)?)\s+(?:job|occupation|profession)\b`)

// enDeadline asks a deadline: "what's the deadline for…".
var enDeadline = regexp.MustCompile(`(?i)\bwhat(?:'s|’s|\s+is|\s+was)\s+the\s+deadline\b`)

// enMakes asks what someone makes: "what does the plant make", "what did
// the place actually make", "what do they produce".
var enMakes = regexp.MustCompile(`(?i)\bwhat\s+(?:does|did|do)\b[^?]*\b(?:make|produce|manufacture|sell)\s*\??\s*$`)

// productWords say what a business makes or sells.
var productWords = []string{"主营", "主要生产", "主要从事", "专业生产", "生产", "制造"}

// enStartDoing is starting to do something: "start making", "began
// showing up".
var enStartDoing = regexp.MustCompile(`(?i)\b(?:start|starts|started|begin|begins|began|begun)\s+\w+ing\b`)

// startWords say that something started.
var startWords = []string{"开始", "着手", "起"}

// enSaidWhat asks what someone said, told or wrote: "what did the
// company say in its first statement", "what did the sign say".
var enSaidWhat = regexp.MustCompile(`(?i)\bwhat\s+(?:did|does|do|has|had|was|is)\b[^?]*\b(?:say|said|says|tell|told|tells|write|wrote|written|claim|claimed|post|posted|announce|announced)\b`)

// enWrittenThing names a thing that bears words, which a question asks
// what it said: a sign, a note, a screen, a scanner.
var enWrittenThing = regexp.MustCompile(`(?i)\bwhat\s+(?:did|does|do|was|is)\s+(?:the|that|this|a|their|its)\s+(?:[a-z'-]+\s+){0,2}?(?:signs?|notes?|notices?|messages?|labels?|posters?|banners?|screens?|scanners?|machines?|devices?|displays?|alerts?|texts?|sms|placards?|stickers?|slips?|receipts?|bags?|boards?)\b`)

// enFromAsk asks where someone comes from: "where was he from
// originally", "where is she from".
var enFromAsk = regexp.MustCompile(`(?i)\bwhere(?:'s|’s)?\b.*\bfrom\b(?:\s+originally)?\W*$|\bwhere\b.*\boriginally\s+from\b`)

// fromWords say where someone comes from.
var fromWords = []string{"来自", "老家", "籍贯", "家乡", "原籍", "出生于"}

// enWhereIs asks where something is: "where's the supermarket", "where
// exactly is this plant".
var enWhereIs = regexp.MustCompile(`(?i)^\W*(?:so\s+|and\s+|ok\s+)?where(?:'s|’s|\s+(?:exactly\s+)?(?:is|was|are|were))\b`)

// locatingVerbs say no more than where something stands, and have no
// rendering of that sense: "where's the factory based" (根据).
var locatingVerbs = map[string]bool{"base": true}

// locatedWords say where something stands.
var locatedWords = []string{"位于", "地处", "坐落"}

// headedWords say where someone or something was going.
var headedWords = []string{"前往", "飞往", "开往", "驶往", "去往", "赶往", "去"}

// takenVerbs ask where someone or something was taken ("where did they take
// the injured"), takenWords how an article says it.
var (
	takenVerbs = map[string]bool{"take": true, "bring": true, "send": true, "rush": true, "transport": true, "carry": true, "airlift": true, "move": true, "transfer": true}
	takenWords = []string{"送往", "送到", "送至", "送医", "转往", "转至", "转送", "运往", "运到", "送进", "送入", "带到", "带往", "带回"}
)

// genericRoles are words for anyone in a post, whom an article names by
// the post itself (厅长, 局长): "who is the official saying…" holds no
// title of its own.
var genericRoles = map[string]bool{"official": true, "officer": true, "authority": true, "staffer": true,
	"employee": true, "worker": true, "member": true, "rep": true, "representative": true, "expert": true}

// enOrgNameOf asks the name of an organisation or a business: "the name
// of the factory that shut down", "the platform's name".
var enOrgNameOf = regexp.MustCompile(`(?i)\bnames?\s+of\s+(?:the|that|this|its|their|his|her)\s+(?:[\w-]+\s+){0,2}?` + enOrgNouns + `\b|\b` + enOrgNouns + `(?:'s|’s)\s+name\b`)

// enWhichNoun is the noun a which-question asks for by kind: "which
// bank", "what middle school", "which app".
var enWhichNoun = regexp.MustCompile(`(?i)^\W*(?:so\s+|and\s+|ok\s+|but\s+)?(?:which|what)\s+([a-z]+)(?:\s+([a-z]+))?\s+(?:did|does|do|was|were|is|are|has|have|had)\b`)

// enWhichSubject is the noun of a question that asks which one did
// something: "which official showed up", "so which lawyer said".
var enWhichSubject = regexp.MustCompile(`(?i)^\W*(?:so\s+|and\s+|ok\s+|but\s+)?which\s+([a-z]+)\b`)

// enRunsPlace is "runs the water plant", "owns the pig farm": a verb that
// asks for whoever heads the place or business it takes as object.
var enRunsPlace = regexp.MustCompile(`(?i)\b` + enRunVerbs + `\s+(?:the|this|that|a|an)\s+(?:[\w-]+\s+){0,3}?(?:` + enOrgNouns + `|affairs|committees?|councils?|divisions?|units?|communit(?:y|ies)|villages?|branch(?:es)?|farms?|co-?ops?|cooperatives?|clubs?|associations?|unions?|kindergartens?|stations?|teams?|gyms?|zoos?|workshops?|labs?|markets?|centres?|centers?|offices?|bureaus?|departments?|authorit(?:y|ies)|commissions?|administrations?|parlou?rs?|homes?|museums?|parks?|cinemas?|theat(?:er|re)s?|pools?|resorts?|librar(?:y|ies)|halls?|malls?|venues?|stadiums?|arenas?|ports?|airports?|warehouses?|depots?|canteens?|cafeterias?|salons?|studios?|academ(?:y|ies)|crematori(?:um|a|ums))\b|` +
	// "runs student affairs": a body's business, with no article
	`\b` + enRunVerbs + `\s+(?:[\w-]+\s+)?(?:affairs|operations|security|admissions)\b|` +
	// owning a company is holding its shares; a farm or a shop, running it
	`\b(?:own|owns|owned)\s+(?:the|this|that|a|an)\s+(?:[\w-]+\s+){0,3}?(?:farms?|shops?|stores?|restaurants?|hotels?|gyms?|kindergartens?|workshops?|factor(?:y|ies)|plants?|mines?|clinics?|bars?|cafes?|salons?)\b`)

// enRunVerbs are the forms of the verbs of running a place enRunsPlace
// reads.
const enRunVerbs = `(?:run|runs|ran|running|manage|manages|managed)`

// runsVerbs are the lemmas enRunsPlace matches.
var runsVerbs = map[string]bool{"run": true, "own": true, "manage": true}

// enOrgNoun is one of enOrgNouns.
var enOrgNoun = regexp.MustCompile(`(?i)\b` + enOrgNouns + `\b`)

// enOrgNouns are nouns for organisations and businesses, plural or not.
const enOrgNouns = `(?:compan(?:y|ies)|firms?|factor(?:y|ies)|plants?|clients?|suppliers?|platforms?|sites?|websites?|apps?|shops?|stores?|restaurants?|hotels?|banks?|funds?|schools?|hospitals?|agenc(?:y|ies)|startups?|brands?|contractors?|developers?|mines?|brokers?|exchanges?|clinics?|manufacturers?|operators?|insurers?|charit(?:y|ies)|organi[sz]ations?|outlets?|chains?)`

// enRelative open a relative clause.
var enRelative = map[string]bool{"that": true, "who": true, "which": true, "whom": true, "whose": true, "where": true}

// enPersonsName is "X's name": "the tour bus driver's name".
var enPersonsName = regexp.MustCompile(`(?i)\b(\w+)(?:'s|’s)\s+names?\b`)

// enNamesOf is what follows "name of" or "names of" in a question.
var enNamesOf = regexp.MustCompile(`(?i)\bnames?\s+of\s+(.*)`)

// namesPerson reports whether a question's "name of" is a person's: a
// word for a person within the six words after it ("the names of the
// people who died", "the name of the heart attack guy's wife").
func namesPerson(lower string) bool {
	if m := enPersonsName.FindStringSubmatch(lower); m != nil && english.PersonNoun(english.Lemma(m[1])) {
		return true // "what was the tour bus driver's name"
	}
	if enHisName.MatchString(lower) {
		return true // "do we know his name"
	}
	m := enNamesOf.FindStringSubmatch(lower)
	if m == nil {
		return false
	}
	words := strings.FieldsFunc(m[1], func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' })
	for i, w := range words {
		if i == 6 || enRelative[w] {
			break // "the name of the dog that found the guy": the dog's
		}
		if strings.HasSuffix(w, "'s") && i+1 < len(words) {
			continue // "the name of his son's noodle shop": the shop's, not the son's
		}
		if english.PersonNoun(english.Lemma(strings.TrimSuffix(w, "'s"))) {
			return true
		}
	}
	return false
}

// enWhatCalled is what a question asks the name of by "called": "what's
// the keeper's wife called".
var enWhatCalled = regexp.MustCompile(`(?i)^\W*what(?:'s|s|’s|\s+is|\s+was|\s+are|\s+were)\s+(.{1,60}?)\s+(?:called|named)\W*$`)

// calledPerson reports whether a question asks what a person is called:
// a word for a person in what "what's … called" asks about.
func calledPerson(lower string) bool {
	m := enWhatCalled.FindStringSubmatch(lower)
	if m == nil {
		return false
	}
	// the noun phrase's head, its last word before any relative clause:
	// "the keeper's wife", not "the coast guard boat" or "the fund the
	// market set up to pay people out"
	words := strings.FieldsFunc(m[1], func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' && r != '’' })
	if k := slices.IndexFunc(words, func(w string) bool { return enRelative[w] }); k >= 0 {
		words = words[:k]
	}
	if len(words) == 0 {
		return false
	}
	last := strings.TrimSuffix(strings.TrimSuffix(words[len(words)-1], "'s"), "’s")
	return english.PersonNoun(english.Lemma(last))
}

// enHisName is a person's name asked by a pronoun: "his name", "her full
// name".
var enHisName = regexp.MustCompile(`\b(?:his|her)\s+(?:full\s+|real\s+|actual\s+)?names?\b`)

// enNotKind follow "what" or "which" without naming a kind of thing.
var enNotKind = map[string]bool{"time": true, "day": true, "date": true, "year": true, "month": true, "happened": true, "happens": true,
	"caused": true, "made": true, "led": true, "exactly": true, "else": true, "about": true}

// speechMeta are verbs that, in a who-question, say only that the person
// is quoted in the article ("the doctor they quoted", "who talked to the
// paper"): the article words that as 说 or 表示, never as 引用.
var speechMeta = map[string]bool{"quote": true, "interview": true, "cite": true, "talk": true, "speak": true,
	"comment": true, "mention": true, "talk to": true, "speak to": true, "comment on": true}

// whoLight are verbs that, in a who-question, are too general to be its
// predicate ("which cop gave the press briefing": the briefing is what
// happened); asking what was given, they are ("what did they give users").
var whoLight = map[string]bool{"give": true}

// whoHead is a who-question's own head noun, a person's sex or age ("which
// girl hurt her ankle", "who's the woman who posted it"): the article
// names her, and calls her 女孩 or 女子 only sometimes.
var whoHead = regexp.MustCompile(`(?i)^\s*(?:which|what)\s+(girl|boy|kid|woman|man)\b|^\s*who(?:'s|\s+is|\s+was)\s+the\s+(girl|boy|kid|woman|man)\s+(?:who|that)\b`)

// notWhoPredicate reports whether the English lemma w, in a question of
// kind k, is a verb a who-question only frames with (speechMeta, whoLight).
func notWhoPredicate(k Kind, w string) bool {
	return k == KindWho && (speechMeta[w] || whoLight[w])
}

// enAmount is a what-question that asks for an amount.
var enAmount = regexp.MustCompile(`(?i)\b(what|which)\s+(was|is|were|are)?\s*(the\s+|its\s+|their\s+|his\s+|her\s+|\w+'s\s+)*(share price|stock price|price|cost|amount|fine|salary|pay|score|number|total|figure|value|budget|sum|fee|valuation|percentage|death toll|toll)\b`)

// timeOfDay are English words for the time of an event: in a question that
// does not ask when, they only set the scene.
var timeOfDay = map[string]bool{"morning": true, "afternoon": true, "evening": true, "night": true, "today": true,
	"yesterday": true, "tonight": true, "weekend": true, "day": true, "week": true}

// asksTotal are the words of a how-many (or how-long) question that ask for
// a total ("how many doses in total"): said by 共计 or 累计 before the
// number, a hint rather than a thing to look for.
var asksTotal = map[string]bool{"total": true, "in total": true, "altogether": true, "all together": true, "in all": true, "all told": true, "combined": true, "overall": true}

// sumsAsked reports whether q asks a figure that asksTotal's words only
// qualify: how many, or how long.
func sumsAsked(q Question) bool {
	return q.Kind == KindHowMany || q.Kind == KindWhen && q.Grain == "duration"
}

// chargeKeys are the words of a question for a crime ("what charges", "what
// crime") that the answer names instead, and the verbs of custody whose
// senses the lexicon gives are of something else ("held for" is not 举办,
// "booked for" not 预订).
var chargeKeys = map[string]bool{"charge": true, "crime": true, "offence": true, "offense": true, "accuse": true, "convict": true, "hold": true, "book": true}

// dimensionMeasure is the measure, by its units, of the dimension a "how
// deep", "how heavy" question asks for.
var dimensionMeasure = map[string]string{"height": "length", "distance": "distance", "depth": "length", "length": "length", "thickness": "length", "width": "length",
	"weight": "weight", "speed": "speed"}

// lastsVerbs are verbs that, in a question how long something went on,
// say only that it did ("how long did the search go on for", "how long did
// the standoff drag on").
var lastsVerbs = map[string]bool{"last": true, "go on": true, "take": true, "run": true, "continue": true, "drag on": true,
	"drag": true, "keep going": true, "persist": true, "carry on": true, "go": true, "keep on": true}

// enBesides is what a question asks about other than: "besides the fine,
// what else", "what else got taken besides the puppet box".
var enBesides = regexp.MustCompile(`(?i)\b(?:besides|apart from|aside from|other than|except for|except|in addition to)\s+([a-z' -]+?)\s*(?:,|\?|$|\b(?:what|who|whom|which|where|when|why|how|did|does|do|is|are|was|were|has|have|had)\b)`)

// indefinites are the words that name no thing a question may ask of
// ("is there a power cut somewhere in town").
var indefinites = map[string]bool{"somewhere": true, "anywhere": true, "everywhere": true, "nowhere": true,
	"beside": true, "besides": true, "elsewhere": true}

// enAgeCompare picks out one of several people by age: "the younger
// worker", "the oldest victim".
var enAgeCompare = regexp.MustCompile(`\bthe (?:(young)(?:er|est)?|old(?:er|est)?|eld(?:er|est)) (?:one|guy|man|woman|girl|boy|worker|victim|brother|sister|son|daughter|kid|child|of)\b`)

// agedName is a name with the age an article gives it: 马建军(46岁),
// 23岁的田小东.
var agedName = regexp.MustCompile(`(\p{Han}{2,4})[（(](\d{1,3})岁|(\d{1,3})岁的(\p{Han}{2,4})`)

// byAge is the oldest (or youngest) of the people the articles' bodies give
// an age for, or "" unless two or more people have different ages.
func (e *Engine) byAge(oldest bool) string {
	ages := map[string]int{}
	for id, d := range e.docs {
		if d.Section != index.Body || !strings.Contains(e.lower[id], "岁") {
			continue
		}
		for _, m := range agedName.FindAllStringSubmatch(e.lower[id], -1) {
			run, num, fromEnd := m[1], m[2], true
			if run == "" {
				run, num, fromEnd = m[4], m[3], false
			}
			age, _ := strconv.Atoi(num)
			rs := []rune(run)
			for n := len(rs); n >= 2; n-- {
				name := string(rs[:n])
				if fromEnd {
					name = string(rs[len(rs)-n:])
				}
				if e.people[name] {
					ages[name] = age
					break
				}
			}
		}
	}
	best, bestAge, tie := "", -1, false
	for name, age := range ages {
		if oldest && age < bestAge || !oldest && bestAge >= 0 && age > bestAge {
			continue
		}
		tie = age == bestAge
		best, bestAge = name, age
	}
	if len(ages) < 2 || tie {
		return ""
	}
	return best
}

// govPerson is a person an English question calls the government's: "the
// government guy", "a government official".
var govPerson = regexp.MustCompile(`(?i)\bgovernment (?:guy|official|person|people|rep|representative|man|woman|lady|spokesperson|spokesman|worker|employee|staffer)s?\b`)

// ageWords pick out one of several by age ("is the younger worker out of
// danger"), which an article tells by the ages it gives (23岁), not by
// the word: no thing a yes-or-no question asks of.
var ageWords = map[string]bool{"young": true, "younger": true, "youngest": true, "old": true, "older": true, "oldest": true, "elder": true, "eldest": true}

// asksTime are words that, in a when-question, name what is asked for
// ("what date", "date + time pls") rather than what it is about.
var asksTime = map[string]bool{"date": true, "time": true, "timing": true, "day": true, "hour": true, "moment": true, "exact time": true, "timeline": true, "timeframe": true, "time frame": true}

// placeFrame are the words of a where-question that only ask the place:
// "where was he headed", "what place" (not "located": 位于 is often said).
var placeFrame = map[string]bool{"head": true, "place": true}

// firstOfWhen reports whether lemma is the "first" of "when did he first
// get in touch", an adverb: the earliest of the times asked for (asksFirst
// ranks them), no 第一 to find, nor a word to weigh. After a determiner
// ("its first update") it keeps its word: the article's 第一条.
func firstOfWhen(q Question, norm, lemma string) bool {
	return q.Kind == KindWhen && lemma == "first" && !enFirstOfNoun.MatchString(norm)
}

// enFirstOfNoun is "first" as an adjective, after a determiner: "its first
// update", "the first call".
var enFirstOfNoun = regexp.MustCompile(`(?i)\b(?:its|the|their|his|her|my|our|your|a|this|that)\s+first\b`)

// analyzeEnglish analyses an English question into the same Question the
// Chinese path builds: its content words become terms whose alternatives are
// their Chinese translations found in the articles, names stay whole (their
// spelling corrected against the articles), and the bot's words will be
// English.
func (e *Engine) analyzeEnglish(raw, norm string) Question {
	norm = e.pinyinNames(norm)
	q := Question{Raw: raw, Text: norm, Lower: strings.ToLower(norm), Lang: English, WhPos: -1}
	eq := english.Analyze(norm)
	norm = eq.Clean // fillers blanked, idioms worded plainly
	q.Kind = Kind(eq.Kind)
	if enHowOld.MatchString(norm) {
		q.Kind = KindHowMany
	}
	q.Grain = firstLabel(norm, enGrains)
	if q.Grain == "duration" && enWhenDid.MatchString(norm) {
		q.Grain = "" // "how long's this app been around, like when did it go live": a time
	}
	if q.Grain != "" && (q.Kind == KindHowMany || q.Kind == KindOther || q.Kind == KindWhat) {
		q.Kind = KindWhen // "how soon", "what year": a time is asked for
	}
	if q.Kind == KindWhat && (enAmount.MatchString(norm) || enValued.MatchString(norm) || enCostVerb.MatchString(norm) && !enChargedWith.MatchString(norm)) {
		q.Kind = KindHowMany // "what was the share price", "what did it cost": a number is asked for
	}
	theirName := enTheirName.MatchString(q.Lower)
	if theirName {
		q.Kind = KindWho // "did the big boss lose his job? whats his name": the name of a person
	}
	if q.Kind == KindYesNo && (enDoneAnything.MatchString(q.Lower) || enGotAnything.MatchString(q.Lower)) {
		q.Kind = KindWhat // "is the city doing anything about the other bridges": what it does
	}
	if enForLiving.MatchString(q.Lower) {
		q.Kind, q.Occupation = KindWhat, true // "what does the wedding guest do for a living"
	}
	if q.Kind == KindWhat && enDeadline.MatchString(norm) {
		q.Kind = KindWhen // "what's the deadline for the checks": a date
	}
	if q.Kind == KindHowMany {
		unit := enUnitAsked.FindStringSubmatch(norm)
		switch {
		case enPeople.MatchString(norm):
			q.Measure = "people"
		case enGroupSize.MatchString(norm) || enGroupSize.MatchString(q.Lower):
			q.Measure = "people" // "how big was the rescue team": a headcount
		case enArea.MatchString(norm):
			q.Measure = "area" // "how much farmland": 846亩, not a sum nor a count
		case enPercent.MatchString(norm):
			q.Measure = "percent" // "what percentage of the budget": 40%, not the sum
		case unit != nil:
			// "how many tons of trash": a weight, in its units
			words := strings.Fields(strings.ToLower(unit[1]))
			for i, w := range words {
				words[i] = english.Lemma(w)
			}
			q.Measure = unitMeasure[strings.Join(words, " ")]
		case enHowManyTimes.MatchString(norm):
			q.Unit = "次" // "how many times did they warn him": a count of times, 3次
		case enAge.MatchString(norm):
			q.Measure = "age"
		case eq.Dimension == "temperature":
			q.Measure = "temperature" // "how hot did it get": degrees
		case dimensionMeasure[eq.Dimension] != "":
			q.Measure = dimensionMeasure[eq.Dimension] // "how deep": a length, in its units
		case eq.Dimension != "":
			// "how high": a distance, not a sum
		case enShareOf.MatchString(norm) && !enShareOfMoney.MatchString(norm):
			// "how much of the forest": a share or a part, of any measure
		case muchOfThing(norm):
			q.Measure = "count" // "how much water": an amount of it, not a sum of money
		case countsNonMoney(norm):
			q.Measure = "count" // "how many complaints about fares": complaints, not a sum
		case enChange.MatchString(norm):
			// "how much did revenue drop": by a share or a sum (下降了约12%)
		case enMoney.MatchString(norm):
			q.Measure = "money"
		case enHowMany.MatchString(norm):
			q.Measure = "count" // "how many branches": things, not a sum of money
		}
	}
	q.Passive = enPassive.MatchString(norm)
	q.WhAfter = (enObject.MatchString(norm) || enObjectProgressive.MatchString(norm) || eq.ObjectRelative) && !q.Passive
	orgKey := "" // the organisation noun of "which company …", as a lemma
	loc := enOrg.FindStringSubmatchIndex(norm)
	if m := enOrgModified.FindStringSubmatchIndex(norm); loc == nil && m != nil && !english.IsStopWord(strings.ToLower(norm[m[2]:m[3]])) {
		loc = m
	}
	if loc != nil && !orgObject(norm, loc) {
		orgKey = english.Lemma(strings.ToLower(norm[loc[4]:loc[5]]))
		q.WantOrg, q.OrgHead = true, e.orgHeads(orgKey)
	}
	if eq.PlacePhrase != "" {
		// "which police station": the compound's own rendering (派出所)
		// ends the name, when the articles have one
		q.PlaceHead = e.nameHeads(eq.PlacePhrase, func(zh string) bool { return utf8.RuneCountInString(zh) <= 4 })
	}
	if eq.Place != "" && len(q.PlaceHead) == 0 {
		q.PlaceHead = e.placeHeads(eq.Place)
	}
	if q.WantOrg && (q.Kind == KindWhat || q.Kind == KindOther) {
		q.Kind = KindWho // "which company …" asks for a name
	}
	q.Negated = eq.Negated
	q.WantPerson = eq.Person && !q.WantOrg
	if m := enSubject.FindStringSubmatch(norm); m != nil && (q.Kind == KindWho || q.Kind == KindWhat) {
		subj := strings.TrimSpace(m[1])
		for _, n := range eq.Names {
			if strings.EqualFold(n, subj) {
				q.Subject = strings.ToLower(subj)
			}
		}
	}

	// "what was the tiger's name", "the name of the dog" (a filler the
	// analysis blanks): the name is the answer, not a word of it; a person's
	// or a company's name is asked as who
	askName := q.Kind == KindWhat && enNameOf.MatchString(q.Lower)
	nameOfKey := "" // the noun of "the name of the factory", as a lemma
	// the noun of "which bank", "what middle school", as lemmas
	whichKeys := map[string]bool{}
	if m := enWhichNoun.FindStringSubmatch(q.Lower); m != nil && (q.Kind == KindWhat || q.Kind == KindWho || q.Kind == KindWhere) {
		for _, w := range m[1:] {
			if w != "" && !english.IsStopWord(w) && !enNotKind[w] {
				whichKeys[english.Lemma(w)] = true
			}
		}
		if m[2] != "" {
			whichKeys[m[1]+" "+english.Lemma(m[2])] = true
		}
	}
	whichSubject := "" // the noun of "which official told…", as a lemma
	if m := enWhichSubject.FindStringSubmatch(q.Lower); m != nil && !english.IsStopWord(m[1]) {
		whichSubject = english.Lemma(m[1])
	}
	if enNameOf.MatchString(q.Lower) && namesPerson(q.Lower) || calledPerson(q.Lower) {
		// "what were the names of the people who died", "the name of the
		// ship captain": a person's name, which the evidence must give
		q.Kind, q.WantPerson, q.NameAsked, askName = KindWho, true, true, false
	} else if m := enOrgNameOf.FindString(q.Lower); m != "" {
		// "the name of the overseas client that pulled its orders", "the
		// factory's name": an organisation's name, which the evidence must
		// give by the question's words
		q.Kind, q.WantOrg, q.WantPerson, q.NameAsked, askName = KindWho, true, false, true, false
		nameOfKey = english.Lemma(enOrgNoun.FindString(m))
	}
	// the thing the question is about, which an answer must mention: what
	// bears the name asked ("the bride's name", "the name of the dog"), the
	// kind of thing asked for ("what brand", "what model"; not a person,
	// whom an article may name by another title than the question's), or
	// the thing a yes-no question asks to be there
	askedThing := ""
	if m := enPersonsName.FindStringSubmatch(q.Lower); q.NameAsked && m != nil {
		askedThing = english.Lemma(m[1]) // "the bride's name": a bride the article must hold
	} else if m := enNamedThing.FindStringSubmatch(q.Lower); askName && m != nil {
		askedThing = english.Lemma(m[1] + m[2])
	} else if m := enAskedKind.FindStringSubmatch(q.Lower); q.Kind == KindWhat && m != nil && !english.IsStopWord(m[1]) && !enNotKind[m[1]] &&
		!(chargeKeys[english.Lemma(m[1])] && asksCharge(q)) {
		// (not "what crime": the charge asked for, named however the article names it)
		askedThing = english.Lemma(m[1])
	} else if m := enWhenThing.FindStringSubmatch(q.Lower); q.Kind == KindWhen && m != nil && !english.IsStopWord(m[1]) {
		// "when is the trial": the event whose time is asked
		askedThing = english.Lemma(m[1])
	} else if m := sizeOfThing(q.Lower); q.Kind == KindHowMany && m != nil && !english.IsStopWord(m[1]) {
		// "how big was the fine": the sum of a fine the article must hold
		askedThing = english.Lemma(m[1])
	} else if m := enWhichTail.FindStringSubmatch(q.Lower); q.Kind == KindWho && m != nil && !english.IsStopWord(m[1]) {
		// "who built the cable car, like which manufacturer": a maker the
		// article must hold
		askedThing = english.Lemma(m[1])
	} else if q.Kind == KindYesNo {
		// or what a yes-no question asks to be there: "did the hotel have
		// insurance", "was there any fire insurance"
		if m := enHaveThing.FindStringSubmatch(q.Lower); m != nil {
			askedThing = m[1]
			if m[2] != "" && !english.IsStopWord(m[2]) {
				askedThing = m[2]
			}
			askedThing = english.Lemma(askedThing)
		}
	}
	pred := map[string]bool{}
	for _, p := range eq.Predicate {
		pred[p] = true
	}
	infinitive := map[string]bool{}
	scene := map[string]bool{}
	for _, t := range eq.Terms {
		if t.Infinitive {
			infinitive[t.Lemma] = true
		}
		if t.Scene && !t.Name && !q.NameAsked {
			// (not in "the name of the student who's still in the icu":
			// that is who is asked about)
			scene[t.Lemma] = true
		}
	}
	// names, word by word, as the articles spell them
	named := map[string]bool{}
	sceneName := map[string]bool{}
	for _, t := range eq.Terms {
		if t.Name && t.Scene {
			sceneName[t.Lemma] = true
		}
	}
	for gi, n := range eq.Names {
		words := strings.Fields(strings.ToLower(n))
		group := 0
		if len(words) > 1 {
			group = 1000 + gi
		}
		start := len(q.Terms)
		for _, w := range words {
			named[w] = true
			if len(w) < 2 || isDigits(w) {
				continue
			}
			l := lex()
			if l.titles[w] || l.synonyms[w] != nil {
				// a title or a common word written in capitals (CEO)
				q.Terms = append(q.Terms, Term{Text: w, Alts: l.synonyms[w], AltWeight: 1, Pos: 2})
				continue
			}
			// (a name in a clause that sets the scene, "after the Shear
			// news, who…", dates the event: the answer need not hold it)
			t := Term{Text: w, AltWeight: 0.95, Name: !sceneName[w], Pos: 1, Group: group}
			if !e.s.HasTerm(w) {
				if fix := e.correct(w); fix != "" {
					t.Alts = []string{fix}
				}
			}
			// the other part of the article's full name ("Sutskever" → Ilya)
			t.Alts = append(t.Alts, e.aliases(w, t.Alts)...)
			// a Chinese name spelt in pinyin ("Qinghe" → 青河)
			if !e.s.HasTerm(w) && !e.inCorpus(w) {
				if zh := e.fromPinyin(w); zh != "" {
					t.Alts = append(t.Alts, zh)
					t.Alts = append(t.Alts, e.pinyinMore[w]...)
					t.AltWeight = 0.95
				}
			}
			// a name with a translation (Microsoft → 微软) may stand for it
			if lx, err := enLexicon(); err == nil && !e.s.HasTerm(w) {
				for _, c := range lx.Translate(w) {
					if e.DocFreq(c.Chinese) > 0 && utf8.RuneCountInString(c.Chinese) > 1 {
						t.Alts = append(t.Alts, strings.ToLower(c.Chinese))
					}
				}
				if len(t.Alts) > 0 && !e.inCorpus(w) {
					t.AltWeight = 0.9
				}
			}
			q.Terms = append(q.Terms, t)
		}
		if len(words) > 1 {
			// the whole name in pinyin ("Shen Weidong" → 沈卫东), or in
			// pinyin and translation ("Yunlan Bay" → 云澜湾)
			zh := ""
			if !e.inCorpus(strings.Join(words, " ")) {
				if zh = e.fromPinyin(strings.Join(words, "")); zh == "" {
					zh = e.composeName(words)
				}
			}
			if zh != "" {
				// one name: a syllable the articles spell nowhere is no word
				// of its own ("Chen Hao" is 陈浩, and no sentence need hold
				// "hao")
				kept := slices.DeleteFunc(q.Terms[start:], func(t Term) bool {
					return !e.inCorpus(t.Text) && !slices.ContainsFunc(t.Alts, func(a string) bool { return !strings.Contains(zh, a) })
				})
				q.Terms = append(q.Terms[:start+len(kept)], Term{Text: zh, Name: true, Pos: 1, Group: group})
			} else if len(words) <= 3 && e.stranger(q.Terms, group, words) {
				// a full name the articles have in no spelling: someone
				// they do not mention
				q.Stranger = true
			}
		}
	}
	// a title before a name ("prof lu", "Judge Wang") is part of the name;
	// so is the familiar "old" or "little" before a surname ("old lu" is
	// 老陆), even one the articles' people share
	for i := 0; i+1 < len(eq.Surfaces); i++ {
		next := eq.Surfaces[i+1]
		if honorifics[eq.Surfaces[i]] && (named[next] || e.bySurnameOf(next) != "") ||
			familiar[eq.Surfaces[i]] && e.isSurname(next) {
			named[eq.Surfaces[i]], named[eq.Words[i]] = true, true
		}
	}
	// the date the question gives ("on july 9", "since january"): the
	// forms the articles write it in (7月9日 or 7月9号; 1月份, or 5月 but
	// not 1月, which 11月 holds)
	var dateForms []string
	switch m := strconv.Itoa(eq.Month); {
	case eq.Month > 0 && eq.Day > 0:
		day := m + "月" + strconv.Itoa(eq.Day)
		dateForms = []string{day + "日", day + "号"}
	case eq.Month > 2:
		dateForms = []string{m + "月份", m + "月"}
	case eq.Month > 0:
		dateForms = []string{m + "月份"}
	}
	if found := slices.DeleteFunc(dateForms, func(w string) bool { return !e.inCorpus(w) }); len(found) > 0 {
		q.Terms = append(q.Terms, Term{Text: found[0], Alts: found[1:], AltWeight: 1, Pos: 2})
	}
	clockGiven := false
	if forms := e.clockForms(q.Lower); len(forms) > 0 {
		// the hour the question gives ("camping outside at 6am"): the
		// forms the articles write it in (早上6点半, 15时)
		q.Terms = append(q.Terms, Term{Text: forms[0], Alts: forms[1:], AltWeight: 1, Pos: 2})
		clockGiven = true
	}
	if m := enAgeCompare.FindStringSubmatch(q.Lower); m != nil && !slices.ContainsFunc(q.Terms, func(t Term) bool { return t.Name }) {
		// "the younger worker": of the people the article gives ages
		// for, the youngest (or oldest), by name
		if name := e.byAge(m[1] != "young"); name != "" {
			q.Terms = append(q.Terms, Term{Text: name, Name: true, Pos: 1})
		}
	}
	labelNoun := ""
	if forms, noun := e.labelForms(q.Lower); len(forms) > 0 {
		// the numbered thing the question names ("building 7", "gate 3"):
		// the label as Chinese writes it (7号楼, 3号门), not the noun
		q.Terms = append(q.Terms, Term{Text: forms[0], Alts: forms[1:], AltWeight: 1, Pos: 2})
		labelNoun = noun
	}
	if y := strconv.Itoa(eq.Year) + "年"; eq.Year > 0 && e.inCorpus(y) {
		q.Terms = append(q.Terms, Term{Text: y, AltWeight: 1, Pos: 2}) // "back in 2019"
	}
	// a count in words ("the two survivors", "the four of them"): the
	// number and a measure word, as Chinese writes it (两名, 4人)
	counts := e.countFormsOf(norm)
	// other words through the lexicon, keeping translations the articles use
	lx, err := enLexicon()
	if err == nil {
		groups := map[string][]string{}
		covered := map[string]bool{}
		var order []string
		counted := "" // the noun of "how many calls", light verb or not
		phoned := enCalledSomeone.MatchString(norm) && !enIsCalled.MatchString(norm)
		asHead := "" // the head noun of "which girl"
		if m := whoHead.FindStringSubmatch(norm); m != nil {
			asHead = strings.ToLower(m[1] + m[2])
		}
		if m := enCounted.FindStringSubmatch(norm); m != nil && q.Kind == KindHowMany && q.Measure == "count" {
			counted = english.Lemma(strings.ToLower(m[1]))
		}
		own := map[string]bool{} // keys with a rendering of their own in the articles
		for _, w := range lx.Expand(eq, e) {
			own[w.English] = own[w.English] || !w.Loose
			// ("where was he headed" asks the going, as "go" does)
			if w.Literal || w.English == labelNoun || labelNoun != "" && w.English == "number" || named[strings.ToLower(w.English)] || lightEnglish[w.English] && w.English != counted && !(w.English == "call" && phoned) || english.IsStopWord(w.English) && !contentUse(eq.Surfaces, w.English) ||
				notWhoPredicate(q.Kind, w.English) || q.Kind == KindWho && w.English == asHead || (askName || q.NameAsked) && w.English == "name" || q.Kind == KindWhere && placeFrame[w.English] ||
				firstOfWhen(q, norm, w.English) ||
				q.Unit == "次" && w.English == "time" {
				continue
			}
			if _, ok := groups[w.English]; !ok {
				order = append(order, w.English)
			}
			for _, a := range w.Also {
				// a key whose renderings went to another key is rendered
				for _, aw := range strings.Fields(a) {
					covered[aw] = true
				}
			}
			groups[w.English] = append(groups[w.English], strings.ToLower(w.Term))
		}
		// a word in capitals the articles lack that is part of a phrase
		// they render ("the PE teacher" → 体育教师) is the phrase's, no name
		q.Terms = slices.DeleteFunc(q.Terms, func(t Term) bool {
			return t.Name && t.Group == 0 && len(t.Alts) == 0 && !e.inCorpus(t.Text) && slices.ContainsFunc(order, func(k string) bool {
				return own[k] && strings.Contains(k, " ") && slices.Contains(strings.Fields(k), t.Text)
			})
		})
		if q.Kind == KindYesNo {
			// "did the rescuers get any compensation": a thing asked of
			// that the articles hold only loosely related words for (组成)
			for _, t := range eq.Terms {
				if _, ok := groups[t.Lemma]; ok && !own[t.Lemma] && !t.Verb && !t.Name && !indefinites[t.Lemma] {
					q.absentThing = true
				}
			}
		}
		if m := enCounted.FindStringSubmatch(norm); m != nil && q.Kind == KindHowMany {
			counted := english.Lemma(strings.ToLower(m[1]))
			q.Counted = groups[counted] // "how many flights" → 航班
			head := countedHead(eq)
			nounHead := head != ""
			if compound := groups[counted+" "+head]; head != "" && len(compound) > 0 {
				q.Counted = compound // "how many fire trucks" → 消防车, not 火
			} else if head != "" && len(groups[head]) > 0 {
				q.Counted = groups[head] // "how many fish farming households" → 户, not 鱼塘
			}
			if head == "" {
				head = counted
				for _, k := range order {
					if rest, ok := strings.CutPrefix(k, counted+" "); ok && len(q.Counted) == 0 && !strings.Contains(rest, " ") {
						// "how many fire trucks", "fire" read as a verb
						q.Counted, head = groups[k], rest
						break
					}
				}
			}
			// and the measure words Chinese counts them by: "households" by
			// 户 (1300户居民), "sheep" by 只 (羊139只)
			q.thingsCounted = nounHead && len(q.Counted) > 0 && !english.PersonNoun(head) && !english.PersonNoun(counted) && !slices.ContainsFunc(slices.Concat(groups[counted], q.Counted), func(zh string) bool {
				return endsWithAny(zh, personEnds) || strings.ContainsRune(peopleEnds, lastRune(zh)) // (猎人, 学生, 农户)
			})
			q.Counted = append(slices.Clone(q.Counted), countedBy[head]...)
			q.countedByWord = len(countedBy[head]) > 0
		} else if m := enMuchOf.FindStringSubmatch(norm); m != nil && q.Kind == KindHowMany && q.Measure == "count" {
			// "how much diesel": an amount of it (3吨柴油)
			q.Counted = groups[english.Lemma(strings.ToLower(m[1]))]
		}
		headKeys, roleHead := map[string]bool{}, map[string]bool{}
		excepted := map[string]bool{} // the words of "besides the fine"
		var besidesAt []int           // and the terms they make light
		if m := enBesides.FindStringSubmatch(norm); m != nil {
			for _, w := range strings.Fields(strings.ToLower(m[1])) {
				excepted[w], excepted[english.Lemma(w)] = true, true
			}
		}
		body := enBodyOf(norm) // "the boss of the paragliding company": a company's head
		// "who heads the unit", "the boss of the utility": whoever is in
		// charge, by the title the article gives them
		runsAsked := q.Kind == KindWho && !q.WantOrg && enRunsPlace.MatchString(norm)
		for _, t := range eq.Terms {
			runsPlace := runsAsked && runsVerbs[t.Lemma]
			if !lex().headWords[t.Lemma] && !runsPlace || t.Verb && q.Kind != KindWho || t.Lemma == "charge" && !enInCharge.MatchString(norm) || len(e.headTitles()) == 0 {
				continue
			}
			key, phrase := t.Lemma, false
			for _, k := range order {
				words := strings.Fields(k)
				if k == t.Lemma || !slices.Contains(words, t.Lemma) {
					continue
				}
				if slices.ContainsFunc(words, func(w string) bool { return w != t.Lemma && !headParticles[w] }) {
					phrase = true // "chief executive": a title of its own
				} else {
					key = k // "head up", "in charge of"
				}
			}
			if phrase {
				continue
			}
			if key == t.Lemma && headOfRole(eq, t.Lemma, groups) {
				roleHead[key] = true // "the head coach": the coach, not the boss
				continue
			}
			if runsPlace {
				delete(groups, key) // "runs the plant": whoever heads it, not 跑
			}
			// whoever heads a body is a person, not the body ("who heads the
			// bureau")
			q.WantPerson = q.WantPerson || q.Kind == KindWho && !q.WantOrg
			if _, ok := groups[key]; !ok {
				if !slices.Contains(order, key) {
					order = append(order, key)
				}
			} else if slices.ContainsFunc(lx.Translate(key), func(c english.Candidate) bool {
				return c.Senses == 1 && slices.Contains(groups[key], strings.ToLower(c.Chinese))
			}) {
				headKeys[key] = true // a precise rendering the articles use first ("boss" → 头目)
				continue
			}
			// the titles, as good as its loose renderings ("boss" → 负责人);
			// appended to a copy, never to the engine's own list
			heads := e.headTitles()
			if gangBody.MatchString(body) {
				heads = e.headsOf(body) // "the gang leader": 为首, 主犯
			}
			for _, h := range heads {
				if !slices.Contains(groups[key], h) && headsBody(h, body) {
					groups[key] = append(groups[key], h)
				}
			}
			own[key] = true // the titles render it as well as its own words would
		}
		askedRole := askedRoleWords(q, norm)
		askedTerm, askedBest, askedHead := -1, 0, false
		deputyTitle := enDeputyTitle.MatchString(norm) // "the deputy district head"
		if orgKey != "" {
			// "which government office": every body the articles name in
			// such a story is the government's, though none says 政府
			covered["government"], covered["official"], covered["public"] = true, true, true
		}
		if govPerson.MatchString(norm) {
			// "the government guy who gave the numbers": one of the bodies
			// the article names (网信办副主任), none of which says 政府
			covered["government"] = true
		}
		if eq.Dimension == "size" {
			covered["size"] = true // (and when the articles have no word for it)
		}
		kindOf := enKindOf.MatchString(norm) || enWhatKind.MatchString(norm)
		if kindOf {
			// "what kind of gear": the gear, of whatever kind, when the
			// articles have no word for kinds (5个品种)
			covered["kind"], covered["sort"], covered["type"] = true, true, true
		}
		byCount := len(counts) > 0
		// some key rendered by words of its own: the loose ones weigh less beside it
		anyOwn := slices.ContainsFunc(order, func(key string) bool { return own[key] })
		for _, key := range order {
			if byCount && countWords[key] > 0 {
				covered[key] = true // the count (两名, 2人) says it: "the two managers" are no 第二
				continue
			}
			if q.Kind == KindHowMany && q.Measure == "money" && moneyVerbs[key] && !slices.ContainsFunc(groups[key], paidWord) {
				// "how much did zhou pay for the implant", the articles
				// rendering pay only as 关注: the sum asked for, not a verb
				covered[key], q.Paid = true, true
				continue
			}
			if q.Kind == KindHowMany && q.Measure == "money" && key == "pay" && enPaidFor.MatchString(norm) {
				// "how much did Wu pay for her apartment": what she bought
				// it for (购买…总价约160万元) pays for it too
				for _, w := range boughtWords {
					if e.inCorpus(w) && !slices.Contains(groups[key], w) {
						groups[key] = append(slices.Clone(groups[key]), w)
					}
				}
			}
			if key == "size" && eq.Dimension == "size" {
				covered[key] = true // "how big": a magnitude in any measure, not the word 尺寸
				continue
			}
			if roleHead[key] || key == "charge" && enInCharge.MatchString(norm) {
				covered[key] = true // "in charge of": whoever heads it, not 收费
				continue
			}
			if chargeKeys[key] && asksCharge(q) {
				covered[key] = true // "what charges": the crime asked for, named however the article names it
				continue
			}
			if startOfWhen(q, key) && len(order) > 1 {
				// "what time did the blackout start": the blackout's time, not
				// a sentence saying 启动 of something else
				covered[key] = true
				continue
			}
			if q.Kind == KindWhen && q.Grain == "duration" && lastsVerbs[key] {
				covered[key] = true // "how long did the search go on": the length asked for, not a verb of the event
				continue
			}
			if q.Kind == KindWhen && asksTime[key] {
				covered[key] = true // "date + time pls": the thing asked for, not about
				continue
			}
			zh := groups[key]
			if kindOf && (key == "kind" || key == "sort" || key == "type") {
				// "what kind of peaches": a word for kinds (品种), not 这类
				if zh = slices.DeleteFunc(slices.Clone(zh), func(z string) bool { return !kindWords[z] }); len(zh) == 0 {
					continue
				}
			}
			if deputyTitle && enDeputy.MatchString(key) && !strings.Contains(key, " ") && slices.Contains(zh, "副") {
				// "the deputy district head": 副 of a title, not a deputy
				// to a congress (代表)
				zh = []string{"副"}
			}
			// (a word of a phrase the articles render, "die" of "the brakes
			// die" → 失效, weighs loosely beside it: 死亡 is not asked)
			if len(zh) == 0 {
				continue // a head whose body's titles the articles lack
			}
			inPhrase := !strings.Contains(key, " ") && slices.ContainsFunc(order, func(k string) bool {
				return own[k] && strings.Contains(k, " ") && slices.Contains(strings.Fields(k), key)
			})
			t := Term{Text: zh[0], Alts: zh[1:], AltWeight: 1, Pos: 2, lemma: key, loose: anyOwn && !own[key], phrasePart: inPhrase}
			// and the Chinese synonyms of the renderings (fire → 解雇 → 炒掉)
			all := append([]string{}, zh...)
			for _, c := range lx.Translate(key) {
				all = append(all, strings.ToLower(c.Chinese)) // renderings the articles lack too
			}
			for _, z := range all {
				for _, syn := range e.Synonyms(z) {
					if !e.inCorpus(syn) {
						continue
					}
					if syn != t.Text && !contains(t.Alts, syn) && !contains(t.Syns, syn) {
						t.Syns = append(t.Syns, syn)
					}
				}
			}
			if headKeys[key] {
				e.withHeads(&t, body)
			}
			words := strings.Fields(key)
			if !slices.ContainsFunc(words, func(w string) bool { return !excepted[w] }) {
				// "what's his treatment besides the new hearing aid": what the
				// answer is other than, which it may well not mention
				t.Light = true
				besidesAt = append(besidesAt, len(q.Terms))
			}
			for _, w := range words {
				covered[w] = true
				if (pred[w] || pred[english.Lemma(w)]) && (!lightEnglish[w] || len(words) > 1) {
					// "make the call": a light verb in a phrase is the phrase's verb;
					// soft, as a translated verb may not be the article's
					// ("lost their traffic lights" told as 信号灯全部熄灭)
					t.Predicate, t.Soft = true, true
					t.Late = infinitive[w]
				}
			}
			single := utf8.RuneCountInString(t.Text) == 1
			for _, a := range t.Alts {
				single = single && utf8.RuneCountInString(a) == 1
			}
			if single {
				t.Light = true // only loose one-character renderings
				if len(words) > 1 {
					// of a phrase: no verb to require either ("cut off" → 截)
					t.Predicate = false
				}
			}
			if q.Kind == KindWhen && aspectVerbs[key] {
				// "when did the fire start": the fire's own time (起火),
				// however the article words its start
				t.Light, t.Predicate = true, false
			}
			if len(words) == 1 && eq.Phrasal(key) {
				// "when did the verdict come down": the verb of a phrasal
				// verb the articles do not render tells little
				t.Light, t.Predicate = true, false
			}
			if n := overlap(words, askedRole); n > askedBest && slices.ContainsFunc(zh, roleWord) {
				// "who was the observer": the role to name, as fully as a
				// key renders it ("chief technology officer", not "chief")
				askedTerm, askedBest = len(q.Terms), n
				// "who's the boss of the water company", not "the chief
				// designer": whoever is in charge must be named as such
				askedHead = len(words) == 1 && lex().headWords[key] && !modifies(eq, key)
			}
			if asksTotal[key] && sumsAsked(q) {
				// "how many doses in total": 共计 before the number, a
				// hint, not the thing asked about; "how long was it down
				// in total": 历时, no sum at all
				t.Light, q.Total = true, q.Total || q.Kind == KindHowMany
			}
			if key == "local" {
				// "the local bureau": whichever the article means, by its name
				t.Light = true
			}
			if timeOfDay[key] && q.Kind != KindWhen {
				t.Light = true // "that morning" sets the scene of a who or why question
			}
			if allIn(words, scene) {
				t.Light = true // "… when it capsized": the scene, not the question
			}
			if key == nameOfKey {
				q.NameOf = append([]string{t.Text}, t.Alts...)
			}
			if whichSubject != "" && key == whichSubject && q.Kind == KindWho && !q.WantOrg && !endsOrg(t.Text) && (personNoun(t.Text) || endsWithAny(t.Text, personEnds)) {
				// "which official told the shops…": the name after that
				// title answers on thinner evidence, as 哪个官员 does
				q.whichOne = true
			}
			if whichKeys[key] {
				q.WhichOf = append(append(q.WhichOf, t.Text), t.Alts...)
				if q.Kind == KindWho && !q.WantOrg && !endsOrg(t.Text) && (personNoun(t.Text) || endsWithAny(t.Text, personEnds)) {
					// "which professor did they ask": the name the article
					// gives after that title (教授林嘉铭) answers on thinner
					// evidence, as 哪个医生 does
					q.whichOne = true
				}
			}
			if key == orgKey && genericOrg[key] {
				// "which company owned the diesel": the kind of answer, a
				// name ending 公司 or 集团, not a word to find (the one
				// company an ad names)
				t.Light = true
			}
			q.Terms = append(q.Terms, t)
		}
		if !slices.ContainsFunc(q.Terms, func(t Term) bool { return !t.Light }) {
			// "besides texting, what do they have to do": with nothing
			// else to go by, what it is besides (除发短信外，还要…)
			for _, i := range besidesAt {
				q.Terms[i].Light = false
			}
		}
		for _, i := range besidesAt {
			q.Besides = append(append(q.Besides, q.Terms[i].Text), q.Terms[i].Alts...)
		}
		if head := enKindHead(norm, eq); kindOf && head != "" {
			// "what kind of loan did they pitch": the loan, as the article
			// names its kind (爱心低息贷款)
			for _, t := range q.Terms {
				if w := strings.Fields(t.lemma); len(w) > 0 && w[len(w)-1] == head {
					q.kindFocus = slices.Concat([]string{t.Text}, t.Alts, t.Syns)
				}
			}
		}
		if askedTerm >= 0 {
			t := q.Terms[askedTerm]
			q.Role = append([]string{t.Text}, t.Alts...)
			q.Terms[askedTerm].Required = askedHead
			if q.Kind == KindWho && !q.WantOrg && !askedHead && !endsOrg(t.Text) && !lex().keyRoles[t.Text] && roleWord(t.Text) {
				// "name of the prosecutor quoted", "who was the scientist
				// they asked": the name after that title (检察官温晓岚)
				// answers on thinner evidence, as "which prosecutor" does
				q.whichOne = true
			}
		}
		// content words with no translation in the articles still count
		// against a sentence, unless they are Latin words the articles use
		for _, t := range eq.Terms {
			if startOfWhen(q, t.Lemma) && len(eq.Terms) > 1 {
				continue // "when does the festival start", no word for starting in the articles: the festival's time
			}
			if q.Unit == "次" && t.Lemma == "time" {
				continue // "how many times": the unit asked for, not a word to find
			}
			if asksTotal[t.Lemma] && sumsAsked(q) {
				q.Total = q.Total || q.Kind == KindHowMany // "in total", though the articles render no word for it
				continue
			}
			if q.Kind == KindHowMany && q.Measure == "people" && (t.Lemma == "size" && eq.Dimension == "size" || t.Lemma == "headcount") {
				continue // "how big was the team, like headcount": the number of people asked for
			}
			if covered[t.Lemma] || named[t.Lemma] || t.Name || t.Lemma == labelNoun || labelNoun != "" && t.Lemma == "number" || lightEnglish[t.Lemma] && !(t.Lemma == "call" && phoned) || q.Kind == KindWhen && asksTime[t.Lemma] || firstOfWhen(q, norm, t.Lemma) || enAmountWord.MatchString(t.Lemma) ||
				notWhoPredicate(q.Kind, t.Lemma) || q.Kind == KindWho && t.Lemma == asHead || (askName || theirName) && t.Lemma == "name" || q.Kind == KindWhere && placeFrame[t.Lemma] {
				continue
			}
			if q.Kind == KindHowMany && q.Measure == "money" && moneyVerbs[t.Lemma] {
				// "how much did she pay for the surgery", and the article says
				// no word for paying: the sum asked for (费用为4.8万元), not a
				// verb to find; a sum the article says was paid or charged
				// (费用为, 花了) is preferred
				q.Paid = true
				continue
			}
			if zh := e.fromPinyin(t.Lemma); zh != "" && (e.people[zh] || e.masked[zh] || e.bySurname[t.Lemma] == zh) {
				// a person by surname, written in lower case ("prof lu")
				q.Terms = append(q.Terms, Term{Text: zh, Name: true, Pos: 1})
				continue
			}
			if zh, ok := e.pinyinIndex()[t.Surface]; ok && len(t.Surface) >= 5 && !t.Verb && len(lx.Translate(t.Lemma)) == 0 {
				// a name of the articles in lower-case pinyin, no English
				// word ("qingyao" → 擎曜), whichever of the runs that
				// spell it is meant ("yujing": 御景 as well as 预警)
				q.Terms = append(q.Terms, Term{Text: zh, Alts: slices.Clone(e.pinyinMore[t.Surface]), AltWeight: 1, Name: true, Pos: 1})
				continue
			}
			// the Chinese synonyms of its renderings ("removed" → 罢免,
			// which the articles word as 解雇)
			var syns []string
			for _, c := range lx.Translate(t.Lemma) {
				if c.Senses > 2 && c.Source != english.SourceExtra || utf8.RuneCountInString(c.Chinese) < 2 {
					continue // a loose rendering's synonyms are looser still
				}
				for _, syn := range lex().synonyms[c.Chinese] {
					if len(syns) < 8 && !contains(syns, syn) && e.inCorpus(syn) {
						syns = append(syns, syn)
					}
				}
			}
			if len(syns) > 0 {
				single := !slices.ContainsFunc(syns, func(s string) bool { return utf8.RuneCountInString(s) > 1 })
				q.Terms = append(q.Terms, Term{Text: syns[0], Alts: syns[1:], AltWeight: synWeight, Pos: 2,
					Light: scene[t.Lemma] || single}) // "pay" → 交, found in 交代: loose
				continue
			}
			if clockGiven && enClockGiven.MatchString(t.Lemma) {
				continue // rendered above
			}
			if mannerWords[t.Lemma] && !e.s.HasTerm(t.Lemma) {
				continue // "sketchy", "finally": no rendering in the articles, and no thing to find
			}
			term := Term{Text: t.Lemma, Pos: 2, Light: true}
			if e.s.HasTerm(t.Lemma) {
				term.Light = false
			} else if !t.Verb && len(lx.Translate(t.Lemma)) > 0 {
				// a word the lexicon knows whose renderings the articles
				// lack ("restaurant"): the question is about something else
				term.Light, term.unknown = false, true
				// the thing asked about, absent: the article does not say
				term.Required = t.Lemma == askedThing
				// and the thing a yes-or-no question asks of ("did she end
				// up needing surgery"): no sentence of the body can say yes
				q.absentThing = q.absentThing || q.Kind == KindYesNo && !indefinites[t.Lemma] && !ageWords[t.Lemma]
				// and a title to name that no article holds ("who's the
				// chairman", no 董事长 or 主席 anywhere): nobody holds it
				term.Required = term.Required || askedRole[t.Lemma] && !lex().headWords[t.Lemma] && !genericRoles[t.Lemma] &&
					slices.ContainsFunc(lx.Translate(t.Lemma), func(c english.Candidate) bool { return lex().titles[c.Chinese] })
			} else if t.Verb && !lightEnglish[t.Lemma] && !(q.Kind == KindWhen && aspectVerbs[t.Lemma]) {
				// a verb with no rendering in the articles ("rejected" told as
				// 没有被采纳): insisted on unless the rest of the question is
				// well covered
				term.Predicate, term.Soft = true, true
				// and the act a yes-or-no question asks of ("did the
				// company get fined"), which the lexicon renders but no
				// article holds: no sentence of the body can say yes
				q.absentThing = q.absentThing || q.Kind == KindYesNo && len(lx.Translate(t.Lemma)) > 0
			}
			q.Terms = append(q.Terms, term)
		}
	}
	// "the doctor they quoted": a sentence that quotes someone, a little
	if q.Kind == KindWho && slices.ContainsFunc(eq.Terms, func(t english.Term) bool { return speechMeta[t.Lemma] }) {
		q.addWordOf(e.speechWords(), true)
	}
	if q.Kind == KindWhere && slices.ContainsFunc(eq.Terms, func(t english.Term) bool { return t.Lemma == "head" }) {
		// "where was the flight headed": the going somewhere, as the
		// article says it (前往鹭州桐湾机场, 开车去松溪县)
		q.addWordOf(e.usedOf(&e.headedList, headedWords), true)
	}
	if q.Kind == KindWhere && slices.ContainsFunc(eq.Terms, func(t english.Term) bool { return takenVerbs[t.Lemma] }) {
		// "where did they take the people who got hurt": the taking
		// somewhere, as the article says it (送往, 送到, 转至)
		q.addWordOf(e.usedOf(&e.takenList, takenWords), false)
	}
	if q.Kind == KindWhen && enStartDoing.MatchString(norm) {
		// "when did they start making the fake stuff": the start, as the
		// article says it (从2024年7月起开始造假)
		q.addWordOf(e.usedOf(&e.startList, startWords), true)
	}
	if q.Said = q.Kind == KindWhat && enSaidWhat.MatchString(norm); q.Said {
		q.Written = enWrittenThing.MatchString(norm)
		// "what did the company say in its statement": the words someone
		// said or wrote, as the article quotes them (称, 表示, 写明)
		if said := e.speechWords(); len(said) > 0 {
			q.Terms = append(q.Terms, Term{Text: said[0], Alts: slices.Clone(said[1:]), AltWeight: 1, Light: true, Pos: 2})
		}
	}
	if q.Kind == KindWhere && enFromAsk.MatchString(norm) {
		// "where was the guy from originally": where someone comes from,
		// as the article says it (来自云岭县, 老家在…); "originally" says
		// no more than "from" does
		q.Terms = slices.DeleteFunc(q.Terms, func(t Term) bool { return t.lemma == "originally" })
		q.addWordOf(e.usedOf(&e.fromList, fromWords), false)
	} else if q.Kind == KindWhere && !slices.ContainsFunc(eq.Predicate, func(p string) bool { return !locatingVerbs[p] }) && enWhereIs.MatchString(norm) {
		// "where exactly is this chemical plant", "where's the factory
		// based": where it stands (位于…)
		q.Terms = slices.DeleteFunc(q.Terms, func(t Term) bool { return locatingVerbs[t.lemma] })
		q.addWordOf(e.usedOf(&e.locatedList, locatedWords), true)
	}
	if q.Kind == KindWhat && enMakes.MatchString(norm) {
		// "what does that plant even make": its products (主要生产液氯,
		// 主营手机充电器)
		if found := e.usedOf(&e.productList, productWords); len(found) > 0 {
			q.Terms = append(q.Terms, Term{Text: found[0], Alts: found[1:], AltWeight: 0.8, Predicate: true, Pos: 2})
		}
	}
	// numbers as written, when the articles have them ("21,600" → 21600)
	for _, n := range eq.Numbers {
		if slices.Contains(eq.Ages, n) && e.inCorpus(n+"岁") {
			// an age, as Chinese writes it ("9-year-old" → 9岁)
			q.Terms = append(q.Terms, Term{Text: n + "岁", Pos: 2})
		} else if len(n) >= 2 && e.inCorpus(n) {
			q.Terms = append(q.Terms, Term{Text: n, Pos: 2})
		}
	}
	// the count in words as a term of its own
	if len(counts) > 0 {
		q.Terms = append(q.Terms, Term{Text: counts[0], Alts: counts[1:], AltWeight: 1, Pos: 2})
	}
	// a price for one of something ("how much was one bag", "per vial"):
	// the measure word, as a price says it (一袋68元, 每袋30元)
	if q.Kind == KindHowMany && q.Measure == "money" && lx != nil {
		if found, noun := e.perUnitForms(lx, norm); len(found) > 0 {
			// the measure word says the noun ("bag" is 袋, more than 装袋)
			for i := range q.Terms {
				if q.Terms[i].lemma == noun {
					q.Terms[i].Light = true
				}
			}
			q.Terms = append(q.Terms, Term{Text: found[0], Alts: found[1:], AltWeight: 1, Pos: 2})
		}
	}
	// and amounts as Chinese writes them ("36k" → 3.6万, "2.3 billion" → 23亿)
	for _, m := range enAmountRe.FindAllStringSubmatch(norm, 4) {
		var found []string
		for _, zh := range chineseAmounts(m[1], m[2]) {
			// (a form the numbers as written already hold is not asked twice)
			if e.inCorpus(zh) && !slices.Contains(found, zh) && !slices.ContainsFunc(q.Terms, func(t Term) bool { return t.Text == zh }) {
				found = append(found, zh)
			}
		}
		if len(found) > 0 {
			q.Terms = append(q.Terms, Term{Text: found[0], Alts: found[1:], AltWeight: 1, Pos: 2})
		}
	}
	// and measures with the unit abbreviated ("every 500m", "at 38k",
	// "a 1.5hp air conditioner" → 500米, 38公里, 1.5匹), beside the amounts
	// above: the articles say which reading they hold
	for _, m := range enMeasureRe.FindAllStringSubmatch(norm, 4) {
		var found []string
		for _, unit := range enUnits[strings.ToLower(m[2])] {
			zh := m[1] + unit
			if e.inCorpus(zh) && !slices.ContainsFunc(q.Terms, func(t Term) bool { return t.Text == zh || slices.Contains(t.Alts, zh) }) {
				found = append(found, zh)
			}
		}
		if len(found) == 0 {
			continue
		}
		// "30k" read as an amount too (3万): one term, either reading
		amounts := chineseAmounts(m[1], m[2])
		if i := slices.IndexFunc(q.Terms, func(t Term) bool { return slices.Contains(amounts, t.Text) }); i >= 0 {
			q.Terms[i].Alts = append(q.Terms[i].Alts, found...)
			continue
		}
		q.Terms = append(q.Terms, Term{Text: found[0], Alts: found[1:], AltWeight: 1, Pos: 2})
	}
	// "what happened to the quarry owner", "how was he punished": what
	// befell them, as the article words it (停职, 罚款, 拘留…)
	if enOutcome.MatchString(norm) && (q.Kind == KindWhat || q.Kind == KindOther) {
		q.Outcome = enPunished.MatchString(norm)
		if present := e.outcomeWords(); len(present) > 0 {
			for i := range q.Terms {
				// "did the hospital get punished": punished as the article
				// says it (通报批评, 罚款)
				if t := &q.Terms[i]; q.Outcome && t.Predicate && enPunished.MatchString(t.lemma) {
					t.addSyns(present)
				}
			}
			q.Terms = append(q.Terms, Term{Text: present[0], Alts: slices.Clone(present[1:]), AltWeight: 1, Pos: 2})
		}
	}
	// "what did the expert say ferries should do": the advice, as the
	// article words it (他建议…)
	if q.Kind == KindWhat && enAdvice.MatchString(norm) {
		if found := e.usedOf(&e.adviceList, adviceWords); len(found) > 0 {
			q.Terms = append(q.Terms, Term{Text: found[0], Alts: slices.Clone(found[1:]), AltWeight: 1, Pos: 2})
		}
	}
	// "what is it called?": the name it goes by
	// and "what was the tiger's name", "the name of the dog": the name
	// the article gives it (名叫, 名为)
	if enCalled.MatchString(norm) && !(q.Kind == KindWho && q.NameAsked) || askName {
		// (what a person is called is their name, however the article
		// gives it: "他的妻子李秀芬")
		q.Named = true
		q.Terms = append(q.Terms, Term{Text: namingWords[0], Alts: slices.Clone(namingWords[1:]), AltWeight: 1, Predicate: true, Soft: askName, Pos: 2})
	}
	// "how much did the shop guy make off this": a sum earned, as the
	// article words the earning (非法获利, 收入, 月薪)
	if q.Kind == KindHowMany && q.Measure == "money" && enEarn.MatchString(norm) {
		if found := e.usedOf(&e.incomeList, incomeWords); len(found) > 0 {
			q.Terms = append(q.Terms, Term{Text: found[0], Alts: slices.Clone(found[1:]), AltWeight: 1, Predicate: true, Pos: 2})
		}
	}
	// "what platform was she streaming on, douyin or kuaishou?": choices
	// none of which the articles hold are not theirs to choose from
	if lx != nil && e.absentOptions(q.Lower, lx) {
		q.Stranger = true
	}
	if m := enPerEach.FindStringSubmatch(norm); m != nil && q.Kind == KindHowMany && q.Measure == "money" {
		// "how much per ton", where the articles never say 吨: a price
		// they do not give
		for i := range q.Terms {
			if t := q.Terms[i]; t.Text == english.Lemma(strings.ToLower(m[1])) && lx != nil && e.noneUsed(lx.Translate(t.Text)) {
				q.Terms[i].Required = true
			}
		}
	}
	// the who-structure: "who was appointed" (passive), "whom did … hire"
	// (object), "who pinned" (agent)
	q.WhPos = 0
	if q.WhAfter {
		q.WhPos = 1 << 20
	}
	if q.Kind == KindWhen && q.Grain != "duration" && enEventStart.MatchString(norm) && len(q.Terms) > 0 &&
		!slices.ContainsFunc(q.Terms, func(t Term) bool {
			return (!t.Light || oneCharNoun(eq, t)) && !enEventTerm[t.Text] && !e.headlineEvent(t)
		}) {
		// "what time did the fire start", when the headline opens with the
		// fire (…深夜火灾致一死): the lead's time
		q.Event, q.Terms = true, nil
		return q
	}
	if (q.Kind == KindWhen || q.Kind == KindWhere) && enEvent.MatchString(norm) &&
		!slices.ContainsFunc(q.Terms, func(t Term) bool {
			return !t.Light && !enEventTerm[t.Text] && !enEvent.MatchString(t.lemma) && !e.inHeading(t)
		}) {
		// "when did this happen?", "where did the whole thing go down": the
		// article's own event (and "when did the smoke thing go down", when
		// a headline tells of the smoke)
		q.Event = true
		if q.Kind == KindWhen {
			q.Terms = nil
		}
		return q
	}
	if len(q.Terms) == 0 && !asksCharge(q) {
		// but "what are they charged with" asks for the crime; and "why
		// was he working so much" asks of something, in words too loose
		// to find it by: the article does not say
		q.Invalid = len(eq.Terms) == 0
		q.Untold = !q.Invalid
	}
	if q.Kind == KindYesNo {
		// "did zheng's wife get arrested": the wife is whom it asks about;
		// his own arrest says nothing of hers (a person only: "the
		// company's money" may be told as 资金)
		for _, m := range enPossessed.FindAllStringSubmatch(q.Lower, -1) {
			for i := range q.Terms {
				if q.Terms[i].lemma == english.Lemma(m[1]) && !q.Terms[i].Light && english.PersonNoun(q.Terms[i].lemma) {
					q.Terms[i].Required = true
				}
			}
		}
	}
	return q
}

// startOfWhen reports whether lemma is the starting a when-question asks
// the time of ("what time did the blackout start"): with other words to
// find, the time of what they name, not a word of its own.
func startOfWhen(q Question, lemma string) bool {
	return q.Kind == KindWhen && q.Grain != "duration" && (lemma == "start" || lemma == "begin")
}

// enDoneAnything is a yes-or-no question that asks what was done or what
// happened: "is the county doing anything about…", "did anything happen
// to the village chief", "did the tourism people do anything to…".
var enDoneAnything = regexp.MustCompile(`(?i)\b(?:do|does|did|doing|done)\s+(?:anything|something)\b|\b(?:anything|something)\s+(?:happen|happened|new)\b`)

// enGotAnything is a yes-or-no question that asks what someone got or
// was given: "did the driver get anything for saving everyone", "did the
// booking site give her anything back".
var enGotAnything = regexp.MustCompile(`(?i)\b(?:get|gets|got|getting|give|gives|gave|giving|receive|received|add|added|adding)\s+(?:\w+\s+)?anything\b`)

// enPossessed is the noun a possessive names: "zheng's wife", "the
// driver's son".
var enPossessed = regexp.MustCompile(`\b[a-z]+'s ([a-z]+)\b`)

// enEventStart asks when something started: "did the fire start", "break
// out", "begin".
var enEventStart = regexp.MustCompile(`(?i)\b(?:start|started|starts|begin|began|break\s+out|broke\s+out|kick\s+off|kicked\s+off)\b`)

// oneCharNoun reports whether t renders a noun of the question by a
// single character ("festival" → 节): light, as the character is found in
// many words, but still a thing of its own, not the article's event.
func oneCharNoun(eq english.Query, t Term) bool {
	if !t.Light || utf8.RuneCountInString(t.Text) != 1 {
		return false
	}
	for _, w := range eq.Terms {
		if w.Lemma == t.lemma && !w.Verb {
			return true
		}
	}
	return false
}

// enEvent asks when something happened, naming nothing else.
var enEvent = regexp.MustCompile(`(?i)\b(?:happen|happened|happens|occur|occurred|take place|took place|go down|went down)\b`)

// enEventTerm are the renderings a question of nothing but the event may
// still hold ("this whole thing", "the incident").
var enEventTerm = map[string]bool{"发生": true, "事情": true, "事件": true, "事故": true, "整个": true, "全部": true, "东西": true}

// countedBy are the measure words Chinese counts things by, by the
// English noun's lemma.
var countedBy = map[string][]string{
	"household": {"户"}, "family": {"户"}, "home": {"户"}, "house": {"户", "栋", "间"},
	"vehicle": {"辆"}, "truck": {"辆"}, "car": {"辆"}, "bus": {"辆"}, "van": {"辆"},
	"ship": {"艘"}, "boat": {"艘"}, "vessel": {"艘"},
	"school": {"所"}, "company": {"家"}, "firm": {"家"}, "shop": {"家"}, "store": {"家"}, "restaurant": {"家"},
	"factory": {"家"}, "business": {"家"}, "hospital": {"家"}, "clinic": {"家"}, "agency": {"家"},
	"sheep": {"只"}, "pig": {"头"}, "cow": {"头"}, "cattle": {"头"}, "dog": {"只"}, "cat": {"只"},
	"tree": {"棵"}, "building": {"栋", "幢", "座"}, "plane": {"架"}, "drone": {"架"},
}

// countedHead is the head of the noun phrase a how-many question counts,
// its last word before a verb or a function word: "how many fish farming
// households got hit" → "household"; "" if there is none.
func countedHead(eq english.Query) string {
	verbs := map[string]bool{}
	for _, t := range eq.Terms {
		if t.Verb {
			verbs[t.Surface] = true
		}
	}
	i := slices.Index(eq.Surfaces, "many")
	if i < 0 {
		return ""
	}
	head := ""
	for j := i + 1; j < len(eq.Surfaces) && j <= i+3; j++ {
		w := eq.Surfaces[j]
		if english.IsStopWord(w) || verbs[w] {
			break
		}
		head = eq.Words[j]
		if w != eq.Words[j] && strings.HasSuffix(w, "s") {
			break // a plural ends the compound: "how many bears live there"
		}
	}
	return head
}

// modifies reports whether the word w of the question stands before a
// noun it qualifies ("chief designer", "head chef").
func modifies(eq english.Query, w string) bool {
	i := slices.Index(eq.Words, w)
	if i < 0 || i+1 >= len(eq.Surfaces) {
		return false
	}
	next := eq.Surfaces[i+1]
	return !english.IsStopWord(next) && !lightEnglish[next]
}

// headOfRole reports whether the head word w ("head", "chief") stands
// before a noun the articles render as a role ("the head coach", "the
// chief nurse"): it says which of them, not whoever is in charge.
func headOfRole(eq english.Query, w string, groups map[string][]string) bool {
	i := slices.Index(eq.Words, w)
	if i < 0 || i+1 >= len(eq.Words) {
		return false
	}
	return slices.ContainsFunc(groups[eq.Words[i+1]], roleWord)
}

// orgObject reports whether the organisation noun enOrg matched at loc is
// the subject of a verb in the passive ("what was the company fined"),
// owns the thing asked ("what was the bank's capital") or qualifies a
// person ("which school admin"): the question asks about it or one of its
// people, not which it is.
func orgObject(norm string, loc []int) bool {
	if rest := norm[loc[1]:]; strings.Contains(norm[loc[0]:loc[4]], " the ") && (strings.HasPrefix(rest, "'s") || strings.HasPrefix(rest, "’s")) {
		return true // "what was the bank's registered capital": a thing of it
	}
	next, _, _ := strings.Cut(strings.TrimSpace(norm[loc[1]:]), " ")
	next = strings.ToLower(strings.Trim(next, "?!.,"))
	if english.PersonNoun(english.Lemma(next)) {
		return true // "which school admin", "which hospital exec": a person of it
	}
	if !strings.Contains(norm[loc[0]:loc[4]], " the ") {
		return false // "which company was fined" asks which
	}
	if strings.HasSuffix(next, "ing") && english.Lemma(next) != next && strings.HasPrefix(strings.ToLower(norm[loc[2]:loc[3]]), "what") {
		return true // "what is the company going to build": the thing it does is asked
	}
	return strings.HasSuffix(next, "ed") && english.Lemma(next) != next && next != "called" && next != "named"
}

// orgHeads are the renderings of an English organisation noun ("court")
// that end a name in the articles (临江互联网法院 → 法院).
func (e *Engine) orgHeads(noun string) []string {
	heads := e.nameHeads(noun, func(zh string) bool { return lex().orgSuffixes[zh] })
	for _, zh := range orgKinds[noun] {
		if !slices.Contains(heads, zh) && e.inCorpus(zh) {
			heads = append(heads, zh)
		}
	}
	if len(heads) == 0 {
		// "which bank" of articles without one: the word such a name
		// ends in all the same (银行), which no name they give ends in
		heads = renderings(noun, 1, func(zh string) bool { return lex().orgSuffixes[zh] })
	}
	return heads
}

// orgKinds are the words the names of an English organisation noun's kinds
// end in, which are no rendering of the noun itself: a school's name ends
// in 中学 or 小学 (澄阳市第三中学), though "school" is 学校; a government
// office's in 局 (住房和城乡建设局).
var orgKinds = map[string][]string{"school": {"中学", "小学"}, "office": {"局", "委员会", "办公室"}, "authority": {"局", "委员会"},
	"agency": govKinds, "department": govKinds, "bureau": {"局"}, "regulator": {"局", "委员会"}}

// govKinds are the words the names of government bodies end in.
var govKinds = []string{"局", "委员会", "厅", "办公室", "委", "署", "部门"}

// placeHeads are the renderings of an English place noun ("district")
// that the articles have: the words a place's name ends in (青枫区 → 区).
func (e *Engine) placeHeads(noun string) []string {
	heads := e.nameHeads(noun, func(zh string) bool { return utf8.RuneCountInString(zh) <= 2 || lex().placeAsks[zh] != nil })
	// and the words such a place's name ends in ("road" → 路, and 大道)
	for _, h := range slices.Clone(heads) {
		for _, end := range lex().placeAsks[h] {
			if !slices.Contains(heads, end) {
				heads = append(heads, end)
			}
		}
	}
	return heads
}

// nameHeads are the close renderings of an English noun that the articles
// have and that keep accepts.
func (e *Engine) nameHeads(noun string, keep func(zh string) bool) []string {
	return renderings(noun, 3, func(zh string) bool { return keep(zh) && e.inCorpus(zh) })
}

// renderings are the lexicon's renderings of an English noun, in lower
// case, of at most maxSenses senses, that keep accepts.
func renderings(noun string, maxSenses int, keep func(zh string) bool) []string {
	lx, err := enLexicon()
	if err != nil {
		return nil
	}
	var out []string
	for _, c := range lx.Translate(noun) {
		if zh := strings.ToLower(c.Chinese); c.Senses <= maxSenses && keep(zh) {
			out = append(out, zh)
		}
	}
	return out
}

// stranger reports whether the name words of group (already among terms),
// which render as a whole in no spelling the articles have, are each
// unknown to the articles too (no word, no correction, no alternative), one
// of them a word no dictionary knows.
func (e *Engine) stranger(terms []Term, group int, words []string) bool {
	n := 0
	for _, t := range terms {
		if t.Group != group || !t.Name {
			continue
		}
		if e.inCorpus(t.Text) || len(t.Alts) > 0 {
			return false
		}
		n++
	}
	if n != len(words) {
		return false
	}
	// a person's name has a word no dictionary knows ("Helen"); "Singles
	// Day" is a thing with another name
	lx, err := enLexicon()
	if err != nil {
		return false
	}
	for _, w := range words {
		if len(lx.Translate(w)) == 0 {
			return true
		}
	}
	return false
}

// composeName renders a name word by word, each in pinyin or by a
// translation of one or more characters, and returns the first rendering
// the articles contain: "Qingyu Island" → 青屿岛, "Yunlan Bay" → 云澜湾.
func (e *Engine) composeName(words []string) string {
	if len(words) > 4 {
		return ""
	}
	lx, err := enLexicon()
	if err != nil {
		return ""
	}
	options := make([][]string, len(words))
	for i, w := range words {
		if zh := e.fromPinyin(w); zh != "" {
			options[i] = append(options[i], zh)
		}
		for _, c := range lx.Translate(w) {
			if len(options[i]) >= 6 {
				break
			}
			if e.inCorpus(c.Chinese) {
				options[i] = append(options[i], c.Chinese)
			}
		}
		if len(options[i]) == 0 {
			return ""
		}
	}
	var walk func(i int, prefix string) string
	walk = func(i int, prefix string) string {
		if i == len(words) {
			return prefix
		}
		for _, o := range options[i] {
			if p := prefix + o; e.inCorpus(p) {
				if r := walk(i+1, p); r != "" {
					return r
				}
			}
		}
		return ""
	}
	return walk(0, "")
}

// bySurnameOf returns the one person of the articles with the surname w
// written in pinyin, or "".
func (e *Engine) bySurnameOf(w string) string {
	e.pinyinIndex()
	return e.bySurname[w]
}

// isSurname reports whether w spells in pinyin the surname of one or more
// of the articles' people.
func (e *Engine) isSurname(w string) bool {
	e.pinyinIndex()
	_, ok := e.bySurname[w]
	return ok
}

// allIn reports whether every word is in set.
// overlap counts the words in set.
func overlap(words []string, set map[string]bool) int {
	n := 0
	for _, w := range words {
		if set[w] {
			n++
		}
	}
	return n
}

func allIn(words []string, set map[string]bool) bool {
	for _, w := range words {
		if !set[w] {
			return false
		}
	}
	return len(words) > 0
}

// pinyinIndex maps the pinyin spelling of every run of two to four Han
// characters in the articles to the run (the first met), built on the first
// English question.
func (e *Engine) pinyinIndex() map[string]string {
	e.pinyinOnce.Do(func() {
		e.bySurname = map[string]string{}
		// and whom the articles name by surname only (陈某), whose surname
		// a question writes in pinyin ("what's chen charged with")
		names := maps.Clone(e.people)
		maps.Copy(names, e.masked)
		for _, d := range e.docs {
			// and whom they address by surname ("柏女士"), whatever the
			// list of surnames holds
			if d.Section != index.Body {
				continue
			}
			for _, m := range addressedBySurname.FindAllStringSubmatch(d.Norm, -1) {
				if !strings.Contains(notSurname, m[1]) {
					names[m[0]] = true
				}
			}
		}
		// two people who share a surname leave it to neither, unless the
		// articles' bodies name one at least three times as often: the
		// story's own "Shao" (邵国栋 named a dozen times, his daughter 邵雯
		// three)
		shared := map[string][]string{}
		for name := range names {
			for _, p := range english.Pinyin(firstRunes(name, 1), 4) {
				shared[p] = append(shared[p], name)
			}
		}
		for p, who := range shared {
			e.bySurname[p] = dominant(who, e.bodyMentions)
		}
		e.pinyin, e.pinyinMore = map[string]string{}, map[string][]string{}
		for _, l := range e.lower {
			rs := []rune(l)
			for i := range rs {
				for n := 2; n <= 4 && i+n <= len(rs); n++ {
					run := string(rs[i : i+n])
					if !isHanRun(run) {
						break
					}
					for _, p := range english.Pinyin(run, 4) {
						if first, ok := e.pinyin[p]; !ok {
							e.pinyin[p] = run
						} else if first != run && !slices.Contains(e.pinyinMore[p], run) {
							e.pinyinMore[p] = append(e.pinyinMore[p], run)
						}
					}
				}
			}
		}
	})
	return e.pinyin
}

// dominant returns the one of names, or the one named at least three times
// as often as any other, or "".
func dominant(names []string, mentions func(string) int) string {
	if len(names) == 1 {
		return names[0]
	}
	best, bestN, second := "", -1, -1
	for _, n := range names {
		switch c := mentions(n); {
		case c > bestN:
			best, bestN, second = n, c, bestN
		case c > second:
			second = c
		}
	}
	if bestN >= 3*second && second >= 0 && bestN > 0 {
		return best
	}
	return ""
}

// addressedBySurname is a surname and a word of address: 柏女士, 訾先生.
var addressedBySurname = regexp.MustCompile(`(\p{Han})(?:女士|先生|小姐|太太|师傅|阿姨|大爷|大妈)`)

// notSurname are the characters before a word of address that are no
// surname: "该女士", "一位先生", "老先生".
const notSurname = "该这那此其位名一两几各某每男女老小的是和与及对向给被让"

// fromPinyin finds the Chinese run of the articles that a Latin word spells
// in pinyin, exactly or, for a long word, with one letter off (transliterated
// names: "Nadella" → 纳德拉, read nadela).
func (e *Engine) fromPinyin(w string) string {
	idx := e.pinyinIndex()
	if zh, ok := idx[w]; ok {
		return zh
	}
	if zh := e.bySurname[w]; zh != "" {
		return zh // "Lu" for the one 卢 of the article, 卢鸿博
	}
	if len(w) < 6 {
		return ""
	}
	best, bestKey := "", ""
	for k, zh := range idx {
		if k[0] != w[0] || abs(len(k)-len(w)) > 1 {
			continue
		}
		if editDistance(w, k, 1) <= 1 && (bestKey == "" || k < bestKey) {
			best, bestKey = zh, k
		}
	}
	return best
}

func isHanRun(s string) bool {
	for _, r := range s {
		if !unicode.Is(unicode.Han, r) {
			return false
		}
	}
	return s != ""
}

// DocFreq is the number of sentences that contain term (lower-cased); with
// Docs it lets the English lexicon weigh translations by the articles.
func (e *Engine) DocFreq(term string) int {
	term = strings.ToLower(term)
	if !e.inCorpus(term) {
		return 0
	}
	return english.CountSentences(e.lower, term)
}

// Related is the English lexicon's index of words related to the articles'
// vocabulary, built on the first English question that needs it.
func (e *Engine) Related() *english.Related {
	e.relatedOnce.Do(func() {
		if lx, err := enLexicon(); err == nil {
			e.related = lx.Related(e.s.HasTerm)
		}
	})
	return e.related
}

// maxPivotCache bounds the words a wordCache (pivots, definitional aliases) remembers.
const maxPivotCache = 4096

// Pivot returns the articles' words that share a precise English gloss
// with the Chinese word w, which the articles lack (翻船 → 倾覆); for the
// Chinese question path and the English lexicon's fallbacks alike,
// remembered per word.
func (e *Engine) Pivot(w string) []string {
	if ps, ok := e.pivots.get(w); ok {
		return ps
	}
	lx, err := enLexicon()
	if err != nil {
		return nil
	}
	ps := lx.Pivot(w, e.s.HasTerm)
	e.pivots.put(w, ps)
	return ps
}

// Synonyms are the near-synonyms of the Chinese word zh in the engine's
// lexicon (开除 → 罢免, 解雇…), as for a Chinese question's word, for the
// English lexicon's fallbacks.
func (e *Engine) Synonyms(zh string) []string { return e.synonymsOf(zh) }

// Headed returns the articles' body words of two or three characters that
// begin (first) or end with the character head, sorted: the compounds a
// morpheme heads (转 → 转至, 店 → 火锅店). The index is built on the first
// English question that needs it.
func (e *Engine) Headed(head rune, first bool) []string {
	e.headsOnce.Do(func() {
		var words []string
		for w, ps := range e.postings {
			if n := utf8.RuneCountInString(w); n >= 2 && n <= 3 && isHanRun(w) &&
				slices.ContainsFunc(ps, func(p posting) bool { return e.docs[p.doc].Section == index.Body }) {
				words = append(words, w)
			}
		}
		e.headFirst, e.headLast = byEnds(words)
	})
	if first {
		return e.headFirst[head]
	}
	return e.headLast[head]
}

// Bounded reports whether the articles' body writes w somewhere from the
// start of one of its words to the end of one (窑顶 of 窑|顶, not 门核 of
// 上门|核对): whether w may be a word of theirs the segmenter cut.
func (e *Engine) Bounded(w string) bool {
	if v, ok := e.bounded.Load(w); ok {
		return v.(bool)
	}
	found := slices.ContainsFunc(e.docs, func(d *index.Doc) bool {
		return d.Section == index.Body && strings.Contains(d.Norm, w) && boundedIn(d, w)
	})
	e.bounded.Store(w, found)
	return found
}

// boundedIn reports whether sentence d writes w from the start of one of
// its words to the end of one.
func boundedIn(d *index.Doc, w string) bool {
	ends := map[int]bool{}
	for _, tk := range d.Tokens {
		ends[tk.End] = true
	}
	for _, tk := range d.Tokens {
		if strings.HasPrefix(d.Norm[tk.Start:], w) && ends[tk.Start+len(w)] {
			return true
		}
	}
	return false
}

// Docs is the number of indexed sentences.
func (e *Engine) Docs() int { return len(e.docs) }

var _ english.Vocabulary = (*Engine)(nil)

// withEnglishDate adds an English rendering to a Chinese time expression
// when it fits the length of a short answer.
func withEnglishDate(s string) string {
	en := english.EnglishDate(s)
	if en == "" || en == s {
		return s
	}
	out := s + " (" + en + ")"
	if utf8.RuneCountInString(out) > maxSpan {
		return s
	}
	return out
}

// enGrains are the grains an English question asks for ("what year", "how
// long"); the first match wins.
var enGrains = []labelled{{enYear, "year"}, {enDate, "date"}, {enDuration, "duration"}, {enClock, "clock"}}

// enClock asks the time of day: "what time did it start burning".
var enClock = regexp.MustCompile(`(?i)\bwhat time(?:\s+of\s+(?:the\s+)?day)?\b(?:\s+(?:did|does|do|was|were|is|are|had|has)\b)`)

// byEnds indexes words by their first and by their last character, each
// list sorted.
func byEnds(words []string) (first, last map[rune][]string) {
	first, last = map[rune][]string{}, map[rune][]string{}
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		first[r] = append(first[r], w)
		r, _ = utf8.DecodeLastRuneInString(w)
		last[r] = append(last[r], w)
	}
	for _, m := range []map[rune][]string{first, last} {
		for _, ws := range m {
			slices.Sort(ws)
		}
	}
	return first, last
}

// countWords are the numbers written in English words a question counts
// people or things by.
var countWords = map[string]int{"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
	"nine": 9, "ten": 10, "eleven": 11, "twelve": 12}

// enCountWord is a count in words before what it counts, or "the N of
// them".
var enCountWord = regexp.MustCompile(`(?i)\b(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[2-9]|1[0-2])\s+(of\s+(?:them|us|those)\b|[a-z]{3,}(?:\s+[a-z]{3,}){0,2})`)

// personMeasures are the measure words a count of people takes (not 个,
// which 两个月 holds too), thingMeasures those of things.
var (
	personMeasures = []string{"名", "人", "位", "个人"}
	thingMeasures  = []string{"个", "辆", "家", "户", "只", "头", "起", "座", "艘", "架", "台", "条", "项", "处", "所"}
)

// irregularPlurals are the plurals a count in figures may be of without an
// s ("5 people").
var irregularPlurals = map[string]bool{"people": true, "men": true, "women": true, "children": true, "kids": true}

// countedPersons are the nouns of people a count in words may be of, beside
// the roles and kin english.PersonNoun knows.
var countedPersons = map[string]bool{"guy": true, "boy": true, "girl": true, "man": true, "woman": true, "men": true, "women": true,
	"person": true, "people": true, "kid": true, "child": true, "adult": true, "survivor": true, "victim": true, "suspect": true}

// countTimeUnits are the units of a count of time.
var countTimeUnits = map[string][]string{"day": {"天", "日"}, "year": {"年"}, "hour": {"小时", "个小时"},
	"month": {"个月"}, "week": {"周", "个星期"}, "minute": {"分钟"}}

// chineseDigits are the Chinese numerals of 2 to 12 (两 for 2 before a
// measure word).
var chineseDigits = [...]string{2: "两", 3: "三", 4: "四", 5: "五", 6: "六", 7: "七", 8: "八", 9: "九", 10: "十", 11: "十一", 12: "十二"}

// countFormsOf returns the ways the articles write the count a question
// gives in words ("the two crew members" → 两名, 2名), those they hold, or
// nil.
func (e *Engine) countFormsOf(norm string) []string {
	m := enCountWord.FindStringSubmatch(norm)
	if m == nil {
		return nil
	}
	measures := thingMeasures
	var own []string // the measure words of the thing counted ("four bags": 四袋)
	for _, w := range strings.Fields(strings.ToLower(m[2])) {
		noun := english.Lemma(w)
		if u, ok := countedMeasures[noun]; ok && own == nil {
			own = u
		}
		if u, ok := countTimeUnits[noun]; ok {
			measures = u // "those five days": 5天, not 5名
			break
		}
		if noun == "of" || english.PersonNoun(noun) || countedPersons[noun] {
			measures = personMeasures // "the two crew members": 两名, not 两个月
			break
		}
	}
	n, ok := countWords[strings.ToLower(m[1])]
	if !ok {
		// "8 years": 八年 as well as 8年; but a figure before a word in
		// the singular labels it ("line 3 start running"), counting nothing
		head, _, _ := strings.Cut(strings.ToLower(m[2]), " ")
		if !strings.HasSuffix(head, "s") && !irregularPlurals[head] || head == "this" || head == "was" || head == "is" || head == "has" {
			return nil
		}
		n, _ = strconv.Atoi(m[1])
	}
	if forms := e.countForms(n, own); len(forms) > 0 {
		return forms
	}
	return e.countForms(n, measures)
}

// countedMeasures are the measure words that count a thing by its own
// kind: bags (袋), boxes (箱, 盒), bottles (瓶).
var countedMeasures = map[string][]string{"bag": {"袋", "包"}, "sack": {"袋"}, "box": {"箱", "盒"}, "carton": {"箱"},
	"bottle": {"瓶"}, "can": {"罐", "听"}, "jar": {"罐", "瓶"}, "pack": {"包"}, "packet": {"包"}, "set": {"套"},
	"cup": {"杯"}, "bowl": {"碗"}, "pill": {"片", "粒"}, "tablet": {"片"}, "room": {"间"}, "apartment": {"套"},
	"flat": {"套"}, "building": {"栋", "幢"}, "tree": {"棵", "株"}, "batch": {"批"}, "piece": {"件", "块"}}

// countForms returns the ways the articles write a count of n with one of
// the measure words (两名, 4人), those they hold.
func (e *Engine) countForms(n int, measures []string) []string {
	if n < 2 || n >= len(chineseDigits) {
		return nil
	}
	var out []string
	for _, num := range []string{chineseDigits[n], strconv.Itoa(n)} {
		for _, m := range measures {
			if f := num + m; e.inCorpus(f) {
				out = append(out, f)
			}
		}
	}
	return out
}

// enAmountRe is an amount written with a multiplier: 36k, 1.2m, 3 million,
// 2.3bn, 36,000.
var enAmountRe = regexp.MustCompile(`(?i)\b(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s*(k|m|bn|thousand|million|billion|mn)?\b`)

// enAmountWord is an amount and its multiplier or unit written as one word
// (36k, 500m, 5hp), which is no English word to translate.
var enAmountWord = regexp.MustCompile(`^\d+(?:\.\d+)?(?:k|m|bn|mn|km|kg|cm|mm|hp|kw|mph|kph|kmh|t|ft|yo|hr|hrs|h|min|mins|sec|secs|s)$`)

// enMeasureRe is a number and an abbreviated unit written as one word:
// "500m", "38km", "1.5hp", "3hrs" ("38 km" is a number and a word).
var enMeasureRe = regexp.MustCompile(`(?i)\b(\d+(?:\.\d+)?)(km|k|m|kg|cm|mm|hp|kw|mph|kph|kmh|ft|yo|hr|hrs|h|mins?|secs?)\b`)

// enUnits are the Chinese units an abbreviated English unit may stand for,
// the usual first: "k" is a runner's kilometre (38k), "m" metres (500m),
// "hp" an air conditioner's 匹 as well as horsepower.
var enUnits = map[string][]string{
	"km": {"公里", "千米"}, "k": {"公里"}, "m": {"米"}, "kg": {"公斤", "千克"}, "cm": {"厘米"}, "mm": {"毫米"},
	"hp": {"匹", "马力"}, "kw": {"千瓦"}, "mph": {"英里"}, "kph": {"公里"}, "kmh": {"公里"}, "ft": {"英尺"},
	"yo": {"岁"}, "hr": {"小时", "个小时"}, "hrs": {"小时", "个小时"}, "h": {"小时", "个小时"},
	"min": {"分钟"}, "mins": {"分钟"}, "sec": {"秒"}, "secs": {"秒"},
}

// chineseAmounts are the ways Chinese writes an amount: 3.6万, 36000 and
// 36,000 for "36k"; 23亿 for "2.3bn". Amounts under ten thousand without a
// multiplier are left to the numbers as written.
func chineseAmounts(num, mult string) []string {
	v, err := strconv.ParseFloat(strings.ReplaceAll(num, ",", ""), 64)
	if err != nil {
		return nil
	}
	switch strings.ToLower(mult) {
	case "k", "thousand":
		v *= 1e3
	case "m", "mn", "million":
		v *= 1e6
	case "bn", "billion":
		v *= 1e9
	}
	if v < 1e4 {
		return nil
	}
	f := func(x float64) string { return strconv.FormatFloat(x, 'f', -1, 64) }
	var out []string
	if v >= 1e8 {
		out = append(out, f(v/1e8)+"亿")
	} else {
		out = append(out, f(v/1e4)+"万")
	}
	if v == math.Trunc(v) {
		out = append(out, f(v))
	}
	return out
}

// genericOrg are the organisation nouns that say nothing of the body but
// that it is one (a court or a hospital does).
var genericOrg = map[string]bool{"company": true, "firm": true, "organization": true, "organisation": true, "group": true, "institution": true, "agency": true}

// lowerWord is a word of lower-case Latin letters.
var lowerWord = regexp.MustCompile(`[a-z]+`)

// pinyinNames capitalises a full name written in lower-case pinyin as two
// words ("li dashan's family") when together they spell the full name of
// one of the articles' people, a surname and one or two characters (李大山),
// so that it is read as the name it is, not as 里 and a mountain. A surname
// and one character (周倩, "zhou qian") only where neither word is English.
func (e *Engine) pinyinNames(norm string) string {
	e.fullNamesOnce.Do(func() {
		// the full names of the articles' people, by pinyin: a few dozen
		// keys, not the index of every run of characters
		e.fullNames = map[string]bool{}
		for name := range e.people {
			if n := utf8.RuneCountInString(name); n >= 2 && n <= 3 && lex().surnames[firstRunes(name, 1)] {
				for _, p := range english.Pinyin(name, 4) {
					e.fullNames[p] = e.fullNames[p] || n == 3
				}
			}
		}
	})
	if len(e.fullNames) == 0 {
		return norm
	}
	// every pair of adjacent words, not only those a left-to-right scan
	// pairs up ("did zhou qian get" holds "zhou qian")
	words := lowerWord.FindAllStringIndex(norm, -1)
	var b strings.Builder
	last := 0
	for i := 0; i+1 < len(words); i++ {
		w1, w2 := words[i], words[i+1]
		a, z := norm[w1[0]:w1[1]], norm[w2[0]:w2[1]]
		if strings.TrimSpace(norm[w1[1]:w2[0]]) != "" || w1[0] > 0 && isASCIILetter(norm[w1[0]-1]) || w2[1] < len(norm) && isASCIILetter(norm[w2[1]]) ||
			len(a) > 6 || len(z) < 2 || len(z) > 8 {
			continue
		}
		long, ok := e.fullNames[a+z]
		if !ok || english.IsStopWord(z) || !long && english.IsStopWord(a) {
			continue
		}
		if lx, err := enLexicon(); !long && (err != nil || len(lx.Translate(a)) > 0 || len(lx.Translate(z)) > 0) {
			continue // "he ran" is no 何然
		}
		b.WriteString(norm[last:w1[0]])
		b.WriteString(strings.ToUpper(a[:1]) + a[1:] + " " + strings.ToUpper(z[:1]) + z[1:])
		last = w2[1]
		i++
	}
	if last == 0 {
		return norm
	}
	b.WriteString(norm[last:])
	return b.String()
}

// noneUsed reports whether there are renderings and the articles use none
// of them.
func (e *Engine) noneUsed(cands []english.Candidate) bool {
	return len(cands) > 0 && !slices.ContainsFunc(cands, func(c english.Candidate) bool { return e.inCorpus(c.Chinese) })
}

// enPerEach names the unit of measure of a price per unit: "per ton", "a
// kilo", "per night": a unit Chinese writes with one word of its own.
var enPerEach = regexp.MustCompile(`(?i)\b(?:per|each|every|a)\s+(ton|tons|tonne|tonnes|kilo|kilos|kg|kilogram|kilograms|pound|pounds|jin|liter|liters|litre|litres|gallon|gallons|meter|meters|metre|metres|kilometer|kilometers|km|mile|miles|hour|hours|day|days|month|months|year|years|night|nights)\b`)

// enPerUnit is one of something, in a question what it cost: "one bag",
// "per vial", "each ticket", "a box".
var enPerUnit = regexp.MustCompile(`(?i)\b(?:per|each|a|an|one|every)\s+([a-z]+)\b`)

// perUnitForms returns the forms a price for one of what enPerUnit names
// takes in the articles: 一 or 每 and the measure word of a rendering of the
// noun (bag → 袋子, 口袋 → 袋: 一袋, 每袋), and the noun's lemma.
func (e *Engine) perUnitForms(lx *english.Lexicon, norm string) ([]string, string) {
	var out []string
	for _, m := range enPerUnit.FindAllStringSubmatch(norm, 3) {
		w := strings.ToLower(m[1])
		if english.IsStopWord(w) {
			continue
		}
		lemma := english.Lemma(w)
		for _, c := range lx.Translate(lemma) {
			if !isHanRun(c.Chinese) {
				continue
			}
			// the measure word of a rendering: itself, or the noun of 袋子,
			// or the last character of 口袋, 布袋
			rs := []rune(c.Chinese)
			unit := rs[len(rs)-1]
			if len(rs) == 2 && unit == '子' {
				unit = rs[0]
			} else if len(rs) > 2 {
				continue
			}
			for _, f := range []string{"一" + string(unit), "每" + string(unit)} {
				if e.inCorpus(f) && !slices.Contains(out, f) {
					out = append(out, f)
				}
			}
		}
		if len(out) > 0 {
			return out, lemma
		}
	}
	return nil, ""
}

// enSizeOfThing asks the size of a thing: "how big was the fine", "how
// much is the deposit".
var enSizeOfThing = regexp.MustCompile(`(?i)\bhow (?:big|much|large|high|hefty|steep)\s+(?:was|is|were|are|'s)\s+(?:the|that|this|his|her|their|its)\s+([a-z]+)\s*(?:\?|$|\b(?:the|they|he|she|it|that|for|on|of|in)\b)`)

// enSizeOfA asks the size of a thing with "a": "how big a fine is the
// company getting", "how much of a payout did they get" (not "how big a
// buffer zone", whose thing is two words).
var enSizeOfA = regexp.MustCompile(`(?i)\bhow (?:big|large|hefty|steep|much of)\s+an?\s+([a-z]+)\s+(?:is|was|are|were|did|does|do|will|would|could|can|has|have|had)\b`)

// sizeOfThing is the match of enSizeOfThing or enSizeOfA in a question,
// the thing whose size it asks as the first group, or nil.
func sizeOfThing(lower string) []string {
	if m := enSizeOfThing.FindStringSubmatch(lower); m != nil {
		return m
	}
	return enSizeOfA.FindStringSubmatch(lower)
}

// enClockGiven matches an hour an English question gives: 6am, 3:30 p.m.
var enClockGiven = regexp.MustCompile(`(?i)\b(\d{1,2})(?::(\d{2}))?\s*([ap])\.?m\b\.?`)

// clockForms returns the forms, found in the articles, in which Chinese
// writes the first hour an English question gives ("6am": 6点, 6时; "3:30
// pm": 15时30分, 下午3点半), or nil.
func (e *Engine) clockForms(lower string) []string {
	m := enClockGiven.FindStringSubmatch(lower)
	if m == nil {
		return nil
	}
	h, _ := strconv.Atoi(m[1])
	min := 0
	if m[2] != "" {
		min, _ = strconv.Atoi(m[2])
	}
	if h < 1 || h > 12 || min > 59 {
		return nil
	}
	pm := strings.EqualFold(m[3], "p")
	h24 := h % 12
	if pm {
		h24 += 12
	}
	hours := []string{strconv.Itoa(h24)}
	if pm {
		for _, part := range []string{"下午", "晚上", "晚", "傍晚", "中午"} {
			hours = append(hours, part+strconv.Itoa(h))
		}
	}
	var forms []string
	for _, hr := range hours {
		switch {
		case min == 0:
			forms = append(forms, hr+"时", hr+"点")
		case min == 30:
			forms = append(forms, hr+"点半", hr+"时30分", hr+"点30分", hr+"时半")
		default:
			mm := strconv.Itoa(min)
			forms = append(forms, hr+"时"+mm+"分", hr+"点"+mm+"分", hr+"点"+mm)
		}
	}
	return slices.DeleteFunc(forms, func(f string) bool { return !e.inCorpus(f) })
}

// enLabelRe is a numbered thing an English question names: "building 7",
// "gate 3", "line 2".
var enLabelRe = regexp.MustCompile(`\b(building|block|tower|bldg|unit|line|route|bus|gate|platform|room|bed|exit|entrance|hall|carriage|coach|pier|berth|dock|ward|stall|booth|counter|window|lane)\s+(?:no\.?\s*|number\s+|#)?(\d{1,4})\b`)

// enLabelSuffixes are the ways Chinese writes the label of a numbered thing
// after its number, the usual first.
var enLabelSuffixes = map[string][]string{
	"building": {"号楼", "栋", "幢", "号楼栋"}, "block": {"号楼", "栋", "幢", "区"}, "tower": {"号楼", "栋", "座"},
	"bldg": {"号楼", "栋", "幢"}, "unit": {"单元", "号楼"}, "line": {"号线", "线"}, "route": {"路", "号线"},
	"bus": {"路", "路公交车", "路公交"}, "gate": {"号门", "号登机口", "号闸口", "门"}, "platform": {"站台", "号站台"},
	"room": {"室", "房间", "号房", "号房间"}, "bed": {"床", "号床"}, "exit": {"号出口", "出口"}, "entrance": {"号入口", "入口", "号门"},
	"hall": {"号厅", "厅", "号馆", "号展厅"}, "carriage": {"号车厢", "车厢"}, "coach": {"号车厢", "车厢"},
	"pier": {"号码头", "码头"}, "berth": {"号泊位", "泊位"}, "dock": {"号码头", "号泊位"}, "ward": {"病区", "号病房"},
	"stall": {"号摊位", "号档口", "号铺"}, "booth": {"号展位", "号摊位"}, "counter": {"号窗口", "号柜台"}, "window": {"号窗口", "窗口"},
	"lane": {"车道", "号车道"},
}

// labelForms returns the forms, found in the articles, in which Chinese
// writes the first numbered thing an English question names ("building 7":
// 7号楼, 7栋), and the noun that labels it; nil when the articles write it
// no way.
func (e *Engine) labelForms(lower string) ([]string, string) {
	m := enLabelRe.FindStringSubmatch(lower)
	if m == nil {
		return e.numberedForms(lower)
	}
	var forms []string
	for _, suf := range enLabelSuffixes[m[1]] {
		if f := m[2] + suf; e.numberInCorpus(f) && !slices.Contains(forms, f) {
			forms = append(forms, f)
		}
	}
	return forms, m[1]
}

// enNumberedRe is any noun an English question numbers: "tank 6",
// "workshop no. 2".
var enNumberedRe = regexp.MustCompile(`\b([a-z]{3,})\s+(?:no\.?\s*|number\s+|#)?(\d{1,3})\b`)

// numberedForms returns, for a numbered thing of a noun enLabelRe does not
// list ("tank 6"), the label as the articles write it: the number, 号 and a
// rendering of the noun within a few characters after it (6号罐, 2号发酵车间).
func (e *Engine) numberedForms(lower string) ([]string, string) {
	lx, err := enLexicon()
	if err != nil {
		return nil, ""
	}
	for _, m := range enNumberedRe.FindAllStringSubmatch(lower, -1) {
		num := m[2] + "号"
		if !e.numberInCorpus(num) {
			continue
		}
		var nouns []string
		for _, c := range lx.Translate(english.Lemma(m[1])) {
			if c.Senses <= 2 && utf8.RuneCountInString(c.Chinese) <= 4 {
				nouns = append(nouns, c.Chinese)
			}
		}
		var forms []string
		for rest := e.corpus; len(nouns) > 0; {
			i := strings.Index(rest, num)
			if i < 0 {
				break
			}
			after := rest[i+len(num):]
			if i == 0 || rest[i-1] < '0' || rest[i-1] > '9' {
				// (one look at what follows each occurrence, for every noun)
				window := firstRunes(after, 6)
				for _, n := range nouns {
					if j := strings.Index(window, n); j >= 0 {
						if f := rest[i : i+len(num)+j+len(n)]; !slices.Contains(forms, f) {
							forms = append(forms, f)
						}
					}
				}
			}
			rest = after
		}
		if len(forms) > 0 {
			return forms, m[1]
		}
	}
	return nil, ""
}

// numberInCorpus reports whether the articles contain s, which opens with
// a figure, with no figure before it (7号楼, not within 17号楼).
func (e *Engine) numberInCorpus(s string) bool {
	for rest := e.corpus; ; {
		i := strings.Index(rest, s)
		if i < 0 {
			return false
		}
		if i == 0 || rest[i-1] < '0' || rest[i-1] > '9' {
			return true
		}
		rest = rest[i+len(s):]
	}
}

// contentUse reports whether a function word stands as a content word in a
// question's words: inflected ("the wells", "who owns it") or after a
// determiner ("the old well").
func contentUse(surfaces []string, w string) bool {
	for i, s := range surfaces {
		if s == w+"s" || s == w+"ed" || s == w && i > 0 && nounDeterminers[surfaces[i-1]] {
			return true
		}
	}
	return false
}

// nounDeterminers open a noun phrase: "the well", "that well".
var nounDeterminers = map[string]bool{"the": true, "a": true, "that": true, "this": true, "each": true, "every": true,
	"their": true, "its": true, "his": true, "her": true, "one": true, "worst": true, "old": true}

// mannerWords only colour what they go with (an adverb, "finally",
// "instead"; a judgement, "sketchy", "worse"): absent from the articles,
// they say nothing of which sentence answers.
var mannerWords = map[string]bool{"instead": true, "finally": true, "suddenly": true, "actually": true, "really": true, "away": true, "anyway": true, "sketchy": true, "shady": true,
	"dodgy": true, "fishy": true, "weird": true, "bad": true, "worse": true, "worst": true, "scary": true,
	"mad": true, "actual": true, "super": true, "crazy": true, "insane": true, "legit": true,
	"bother": true, "wait": true, "overnight": true, "tiny": true, "huge": true}

// enBody matches the body whose head an English question asks for: "the
// boss of the paragliding company", "the company's owner", "who runs the
// bungee company".
var enBody = regexp.MustCompile(`\b(?:boss|head|chief|owner|leader|manager|director)\s+(?:of|at)\s+(?:the|that|this|a)?\s*(?:[a-z-]+\s+){0,2}?` + enBodyNouns + `s?\b|\b` + enBodyNouns + `(?:'s|’s)?\s+(?:boss|head|chief|owner|leader|manager|director)\b|` +
	`\b(?:runs?|ran|running|manages?|managed|managing|heads?|headed|heading)\s+(?:the|that|this|a)\s+(?:[a-z-]+\s+){0,2}?(` + enRunBodies + `)s?\b`)

// enBodyNouns is the group of the nouns enBodies renders; enRunBodies are
// those one runs ("who runs the team" asks for its coach, no head title).
const (
	enRunBodies = `company|firm|business|corporation|shop|store|factory|plant|bureau|hospital|school|co-op|coop|cooperative`
	enBodyNouns = `(` + enRunBodies + `|team|gang|ring)`
)

// enBodies are the Chinese words of the bodies enBody matches, for
// headsBody.
var enBodies = map[string]string{"company": "公司", "firm": "公司", "business": "公司", "corporation": "公司",
	"shop": "店", "store": "店", "factory": "厂", "plant": "厂", "bureau": "局", "hospital": "医院", "school": "学校", "team": "队",
	"co-op": "合作社", "coop": "合作社", "cooperative": "合作社", "gang": "团伙", "ring": "团伙"}

// enBodyOf returns the Chinese word of the body whose head an English
// question asks for, or "".
func enBodyOf(norm string) string {
	if m := enBody.FindStringSubmatch(strings.ToLower(norm)); m != nil {
		return enBodies[m[1]+m[2]+m[3]]
	}
	return ""
}
