package answers

import (
	"math"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/eventbot/eventbot/answers/english"
	"github.com/eventbot/eventbot/index"
)

// Term is one content word of a question with the words that may stand for
// it in the article.
type Term struct {
	Text       string   // lower-cased
	Alts       []string // near-synonyms or translations, lower-cased
	AltWeight  float64  // credit for matching an alternative (exact is 1)
	Syns       []string // looser stand-ins (synonyms of translations), credited synWeight
	Chat       []string // the words of its chat group, when the articles use it only in quotations or once (chatOf)
	ChatWeight float64  // credit for matching a word of Chat
	Weight     float64  // importance (IDF), set by the engine
	Name       bool     // a name: the evidence must contain it
	Predicate  bool     // a verb the evidence must support
	Light      bool     // a general verb that counts little
	Verb       bool     // tagged as a verb (predicate or not)
	Group      int      // words of one multi-word name share a group (0: none)
	Required   bool     // the evidence must hold it (or a synonym), wherever it is
	Soft       bool     // a predicate that well-covered evidence may do without
	Modifier   bool     // a predicate that opens the question and only says which one (受伤的保安)
	Late       bool     // a predicate to anchor on only when no other is matched (an infinitive)
	Setting    bool     // a predicate of a clause that sets the time (郑国栋辞职后,…): not the event asked about
	Place      bool     // a place name (东澜市): evidence may leave it out
	Doers      []string // words for whose trade the verb is (司机 for 驾驶): they hold it in a sentence, but do not weigh it
	Pos        int      // byte offset in the normalised question
	lemma      string   // the English words it renders ("fly"), for an English question
	df         int      // sentences that contain it
	topic      bool     // a name so frequent it is the article's topic (Engine.topical)
	unknown    bool     // not a word of the article's vocabulary
	pivoted    bool     // found only through a word that shares its gloss (老家 → 区域)
	loose      bool     // an English word rendered only by words whose glosses merely use it ("limit" → 有限公司)
	phrasePart bool     // an English word of a phrase the articles render ("die" of "the brakes die" → 失效)
	joined     bool     // names one of the people the question joins by "and" (Question.EitherNames)
	compared   bool     // a name an English question compares with ("than Ma's"): no sentence need hold it
}

// Question is an analysed question.
type Question struct {
	Raw     string
	Text    string // normalised
	Lower   string
	Kind    Kind
	Lang    Lang
	Terms   []Term
	WhPos   int    // byte offset of the interrogative, -1 when none
	Passive bool   // 谁被… / who was …
	Measure string // for how_many: people, money, age, count (English "how many"), temperature or ""
	// countedByWord is set when Counted holds the measure words the thing
	// counted is counted by (户 for households): a length, a weight or a
	// sum counts no such thing
	countedByWord bool
	// thingsCounted is set when an English how-many question counts a
	// thing no person is ("how many samples"): 9人 counts no samples
	thingsCounted bool
	firstAsked    bool   // 最早, "first": who or what came first
	Grain         string // for when: year, date, duration, clock or ""
	DurUnit       string // for a duration: the unit the question counts in (年 of "how many years", 几个月), or ""
	Phase         int    // -1 asks for the state before a change (最初), +1 after it (后来, 现在), 0 neither
	Total         bool   // asks for a total (一共多少)
	Named         bool   // asks for the name something goes by (what's the tiger's name, 叫什么名字)
	// EitherNames is true when the question joins two people by "and"
	// (覃桂兰和樊德顺, "qin guilan and fan deshun"): a sentence about
	// either may answer, as articles tell of people one at a time.
	EitherNames bool
	// Said is true when the question asks the words someone said (说了什么,
	// "what did the company say"): a quotation answers.
	Said bool
	// Written is true for a question that asks what a sign, a note or a
	// screen said ("what did the sign on the door say", 纸条上写着什么): the
	// words it bore, which the article quotes.
	Written bool
	quotes  bool // asks what one it names by a role said or thinks (quotesRole), set by the engine
	Fear    bool // asks why someone fears something (worried, 担心): what may follow answers
	// Symptoms is true for a question that asks what people felt or
	// showed when taken ill; Supposing, when it supposes them ("what signs
	// should I look for if my cat ate this"), as advice does.
	Symptoms, Supposing bool
	Real                bool // asks for someone's own name beside another (真名, 本名, real name)
	Charge              bool // asks for the crime someone is charged with (罪名, what charges)
	Paid                bool // asks how much was paid, by a verb the articles have no word for
	// Outcome asks what befell someone held to account ("怎么处罚的", "what
	// happened to the engineer"): a sentence that says what (罚款, 停职)
	// answers it better than one that only says they were dealt with
	Outcome bool
	// Duty is true when the question asks what someone should do
	// ("what are drivers supposed to do", 应该怎么做)
	Duty bool
	// NameAsked is true when a person's name is asked for ("the name of
	// the driver"): only a name the article gives answers.
	NameAsked bool
	// NameOf are the renderings of the organisation whose name is asked
	// ("the name of the overseas client": 客户): a sentence gives its name
	// only where it holds one of them.
	NameOf []string
	// WhichOf are the renderings of the kind a which-question asks for
	// ("which brokerage": 券商): a sentence that holds them only as one
	// unnamed ("一家券商") does not say which.
	WhichOf []string
	// Occupation is true when someone's trade is asked ("what does the
	// wedding guest do for a living"): the words before their name.
	Occupation bool
	// Event is true when a when- or where-question names nothing but the
	// article's event ("when did this happen?", 这事发生在哪): the lead's
	// date, or its place, answers.
	Event   bool
	Per     string      // the unit a figure is asked per (每股), or ""
	Marked  *figureMark // asks for a figure of a marked sort (at its worst, 最高; supposed to, 应): the one the article marks so, or nil
	Unit    string      // for how_many: the measure word asked for ("家", "吨")
	Subject string      // for "X是谁/X是什么": the X, lower-cased
	WhAfter bool        // the asked-for word follows the predicate ("whom did … hire")
	Cleft   bool        // a Chinese who-question that opens with its verb and asks who did it (最早发现老虎跑了的是谁)
	WantOrg bool        // an organisation is asked for
	// WantPerson is true when a person is asked for by a role ("which
	// doctor"): a name, not the body they work for
	WantPerson bool
	// Role are the words of the role a who-question asks to name ("谁是
	// 理赔员", "who was the observer"): where a sentence holds one, the
	// answer must stand by it
	Role []string
	// RoleElsewhere is the role a who-question asks to name when no
	// article uses the word ("那个店员叫啥" of a 收银员): the articles
	// title the one asked for otherwise
	RoleElsewhere string
	// Counted are the words for what a how-many question counts ("多少个
	// 航班", "how many flights" → 航班), when it says
	Counted []string
	// OrgHead are the words that end the name of the organisation asked
	// for ("which court", 哪家法院 → 法院), when the question says
	OrgHead []string
	// PlaceHead are the words that end the name of the place asked for
	// ("which district" → 区), when the question says
	PlaceHead []string
	Since     bool // asks since when a state holds (自…起)
	Dial      bool // asks for a number to dial or read off (热线, "hotline number")
	// Besides are the words of what a what-question asks about other than
	// in English ("besides the fine"): the answer is another clause.
	Besides []string
	Negated bool // the question is negative ("would not return")
	Invalid bool
	// Stranger is a full name the articles never mention ("Helen Toner"):
	// the question is about someone they do not cover
	Stranger bool
	Untold   bool // a question whose words are all too loose to find anything by: the article does not say
	// absentThing is true for a yes-or-no question about a thing the
	// lexicon knows and the articles never mention ("did she need
	// surgery"), or hold only loosely related words for: no sentence of
	// theirs says yes or no
	absentThing bool
	// period is the stretch of time a how-much question asks an amount
	// per ("month" of "each month", 每个月), or "" (askedPeriod)
	period string
	// plan is true for a question what is to be done, or when it is to be
	// ("what's the county gonna do", "when's it supposed to open"): a
	// sentence of what is planned (planCue) answers it better
	plan bool
	// tenure is true for a question how long someone has been at
	// something ("how long has he been a bus driver", 开了多少年): no
	// stretch of seconds, minutes or hours answers it
	tenure bool
	// hadAsked is true for a yes-or-no question whether a thing is had
	// ("有没有…录音", "did they have a recording"); hadNoun is that
	// thing's English lemma ("recording"), "" for a Chinese question
	hadAsked bool
	hadNoun  string
	// offerAsked is true for a yes-or-no question whether something
	// offered was taken ("收下了没", "did he accept the money")
	offerAsked bool
	// whichOne is true for a question that asks which one of a kind of
	// person did something (哪个医生, 哪位民警, which professor): a name right after
	// that kind's title may answer on thinner evidence.
	whichOne bool
	// kindFocus, for a question that asks what kind of thing (what kind of
	// loan, 什么样的贷款), holds the renderings of that thing: a sentence
	// that names it with words before it saying which kind (爱心低息贷款,
	// 鳊鱼) answers.
	kindFocus []string
	// realWhy asks for the true reason over the one given ("why did he
	// really sell it", 真正的原因)
	realWhy bool
	kinds   []rng       // by sentence: where it names kindFocus's kind, or -1s; set by weigh
	hits    [][]termHit // by term, by sentence: set by weigh
}

// kindRules classify a question by its interrogative, first match wins;
// hint holds characters one of which every match contains, a cheap test
// before the regular expression.
var kindRules = []struct {
	kind Kind
	hint string
	re   *regexp.Regexp
}{
	// "最后拿去干嘛了", "用来干吗": what a thing was put to, not why
	{KindWhat, "干", regexp.MustCompile(`(?:拿去|拿来|用来|用去|送去|弄去|搞去|运去|卖去|拉去)了?(?:干嘛|干吗)`)},
	{KindWhy, "为原何怎凭缘图目理借怪出根错干", regexp.MustCompile(`干嘛|干吗|怪在哪|(?:问题|毛病|根子|根源).{0,3}(?:出)?在哪|错在哪|为什么|为何|为啥|什么原因|原因是什么|原因为何|何故|怎么会|怎么就|怎么(?:不|没有|没)|怎么(?:还|又|突然|一直|反而|偏偏|老是|总是|竟然|居然|一下子|能|都|也不|也没)|怎么[^,，、?？。]{1,6}?(?:不|没)|怎么[^,，、?？。]{0,4}?说[^,，、?？。]{1,2}就|(?:怎么|如何)解释|怎么[^,，、?？。]{0,6}?(?:那么|这么)(?:久|长时间|慢|晚)|怎么(?:引起|造成|导致|引发|酿成)的|怎么(?:会)?(?:着的?火|起的?火|失的?火|烧起来|出的事|出事的|塌的|塌下来的|坏的|断的|漏的|爆的|炸的|翻的|沉的|死的|中的毒|进的水|进水的|停的电|掉下来的)|凭什么|缘何|因为什么|出于什么|的原因|原因|图啥|图什么|为了啥|为了什么|什么目的|目的是什么|理由是什么|理由是啥|什么理由|啥理由|什么借口|啥借口|借口是什么`)},
	{KindWhen, "时何哪几多", regexp.MustCompile(`什么时候|星期几|周几|礼拜几|何时|哪几天|哪些天|哪段时间|哪天|哪一天|哪年|哪一年|几月|几号|几点|什么时间|多久|多长时间|多快|多少时间|哪个月|何年|何日|哪一周|什么日子|哪个时间`)},
	{KindHowMany, "多几", regexp.MustCompile(`多少|几[个名位人家次岁年天座辆台件种条项万亿千百十成倍届块元户层栋只头吨瓶桌艘架笔份张处起例所间枚对批箱袋斤亩趟轮针本册棵株杯碗盒包桶克升米根颗支把盏门口匹道段节片遍声句篇部套双剂款类级期度股场封票列]|多大|多高|多重|多长|多远|多深|多厚|多宽|百分之几|几成`)},
	// "叫什么名目", "哪里不满": the name of a thing, the point at issue
	// and "伤到哪儿了", "砸到身上哪里": the injury, not a place, and
	// "哪儿难受": what ails someone
	{KindWhat, "名项计型口称哪部舒难疼痛适", regexp.MustCompile(`什么(名目|名称|名义|项目|计划|型号|口号|称号)|哪里(不满|不对|不妥|不好|不足|有问题|出了?问题|做错|出错|违规|违法|欠缺|有分歧)|伤(?:到|在|着|了)?了?(?:身上)?(?:哪里|哪儿|哪)|(?:砸|摔|咬|烫|划|割|撞)(?:到|在|着|了|中)?了?身上(?:的)?(?:哪里|哪儿|哪)|(?:哪里|哪儿|哪)(?:不舒服|难受|疼|痛|不适)|` + injuryPartPattern)},
	{KindWho, "谁叫名姓哪什何", regexp.MustCompile(`谁|的人?[,，]?(?:到底|究竟)?是哪个\s*[?？!！]*$|(?:老板|老总|头儿|师傅|者|员|长|师|医生|学生|主任|经理|官|匠|手)(?:到底|究竟)?是哪一?个\s*[?？!！]*$|哪所|哪间|叫什么名字|叫什么|什么名字|名叫什么|姓什么|哪几?位|哪些人|哪几?个人|什么人|何人|哪几?家|哪几?个(公司|机构|组织|团队|人|企业|部门|单位)|哪[个位名][^\s,，?？的]{0,3}?(人|者|员|工|师|官|长|手|领导|干部|老板|老总|负责人|医生|大夫|学生|考生|护士|民警|交警|乘客|游客|顾客|旅客|村民|居民|市民|网友|店主|摊主|车主|业主|房主|船主|雇主|阿姨|大爷|大妈|大姐|大哥|老人|孩子)|哪些(公司|机构|组织|团队|企业|部门|单位)`)},
	{KindWhere, "哪何什在", regexp.MustCompile(`哪里|哪儿|何处|什么地方|哪个(城市|国家|地方|省|市|地区|平台|网站|路口|路段|街道|小区|村|镇|县|区|港口|机场|车站|码头)|在哪|何地|哪座`)},
	{KindWhat, "什啥哪何怎如", regexp.MustCompile(`什么|啥|哪个|哪些|哪[一两几三四]?(?:派|方|边|阵营)|哪种|何种|怎么样|如何|怎样|怎么|哪一?(段|部分|条|项|款|类|批|辆|栋|层|张|份|篇|件|组|支|方面|环节)`)},
	{KindYesNo, "是有会能可吗没不", regexp.MustCompile(`是否|是不是|有没有|会不会|能不能|可不可以|吗\s*(?:[?？]|$)|了没有?\s*[?？]?\s*$|\p{Han}(?:不|没有?)\s*[?？]\s*$`)},
}

var (
	yearGrain     = regexp.MustCompile(`哪年|哪一年|何年|什么年份`)
	dateGrain     = regexp.MustCompile(`星期几|周几|礼拜几|哪天|哪一天|哪几天|哪些天|几月|几号|何日|什么日子|哪个月|日期|哪一日`)
	clockGrain    = regexp.MustCompile(`几点|几时几分|什么时刻|哪个时辰`)
	durationGrain = regexp.MustCompile(`多久|多长时间|多快|多少时间`)
	subjectRe     = regexp.MustCompile(`^(.{1,40}?)(之前|以前|原来|过去|现在|目前)?(是|是个|是一个|为)(谁|什么人|什么|做什么的|干什么的|哪位|何人|什么(职位|职务|身份|来头|角色|平台|公司|机构|组织|人物|东西))(?:[,，]\s*(?:什么|哪个)(?:职位|职务|身份|角色))?\s*[?？]?$`)
	requestRe     = regexp.MustCompile(`介绍|说说|讲讲|告诉|解释|请问|想知道|说明`)
	moneyWord     = regexp.MustCompile(`.[费价款钱资薪税租酬]$|金额|价格|售价|报价`)
	unitAsk       = regexp.MustCompile(`(多少|几)(个?(年|月|天|周|小时|分钟)|(` + measureWords + `))`)
	nameAsk       = regexp.MustCompile(`什么名字|啥名字|名字(是|叫)?(什么|啥)|(真名|本名|原名|真实姓名)(是|叫)?(什么|啥|谁)`)
	ageAsk        = regexp.MustCompile(`多少岁|几岁|多大年纪|年纪|年龄|岁数|多大了|(?:今年|现在)多大(?:$|[?？啊呀呢吧])`)
	moneyAsk      = regexp.MustCompile(`多少钱|多少元|多少美元|多少块|价格|价钱|多少资金|金额|多少[^的]{0,3}(` + moneyNouns + `)|(` + moneyNouns + `|收购价|票价|房价|钱|现金|现钞)(是|为|有|达到?)?(大概|大约|约|一共|总共|共)?(有|是)?多少`)
	peopleAsk     = regexp.MustCompile(`多少人|多少名|几个人|几名|几位|多少位|多少员工|人数`)
	percentAsk    = regexp.MustCompile(`百分之多少|百分之几|几成|多少成|百分比|(?:多少|几)个百分点|(?:涨|升|降|跌|增|减|提|上调|下调|上涨|下降|提高|降低)了?(?:多少|几)个点|(?:比例|占比|降幅|涨幅|增幅|跌幅|比重)(?:是|为|有|达到?)?(?:大概|大约|约)?(?:多少|几)`)
	areaAsk       = regexp.MustCompile(`多少亩|几亩|多少地|多大面积|多少平方米|多少公顷|面积(?:是|为|有|达到?)?(?:大概|大约|约)?(?:多少|多大)`)
	lengthAsk     = regexp.MustCompile(`多深|多厚|多宽|多远|(?:深度|厚度|宽度|长度|距离)(?:是|为|有|达到?)?(?:多少|几)`)
	weightAsk     = regexp.MustCompile(`多重|(?:重量|体重|载重)(?:是|为|有|达到?)?多少`)
	speedAsk      = regexp.MustCompile(`(?:时速|车速|速度|航速)(?:是|为|有|达到?)?多少`)
	lightPassive  = regexp.MustCompile(`被(认为|视为|称为|看作|当作|看成|誉为|称作|评为)`)
)

// relativeWho ends a question that asks who after a clause that
// describes them: "…的那个技术专家叫什么?".
var relativeWho = regexp.MustCompile(`的(?:那|这)?(?:个|位|名)?[^,，、?？]{0,8}(?:叫什么|是谁|是哪位|是哪个|姓什么)(?:名字)?[啊呀呢哇啦嘛]?\s*[?？!！]*$`)

// countThenAsk is an interrogative after a count with 几 that makes the count
// the subject's ("几个受伤的孩子被拉去哪家医院了").
var countThenAsk = regexp.MustCompile(`哪家|哪里|哪儿|哪所|去哪|在哪|什么时候|是谁|为什么|为啥`)

// moneyNouns are sums of money a how-many question may ask for.
const moneyNouns = `经济损失|损失|手续费|承包费|服务费|管理费|物业费|学费|运费|保费|违约金|注册资本|押金|定金|订金|首付|欠款|货款|退款|补偿|赔偿|补贴|奖金|薪酬|年薪|月薪|工资|罚款|罚金|费用|经费|投资|融资|收入|营收|利润|估值|市值|成本|股价|造价|售价|租金|赎金|赃款`

// classify finds the kind of a lower-cased question and where its
// interrogative is. "为什么" after 称/成/作/认… is "as what", not "why".
func classify(q string) (Kind, int) {
	for _, r := range kindRules {
		if !strings.ContainsAny(q, r.hint) {
			continue
		}
		locs := [][]int{r.re.FindStringIndex(q)}
		if r.kind == KindWhy || r.kind == KindHowMany {
			locs = r.re.FindAllStringIndex(q, -1) // "称为什么" is not why, "那几个人" no count: look further
		}
		for _, loc := range locs {
			if loc == nil {
				continue
			}
			if r.kind == KindHowMany && strings.HasPrefix(q[loc[0]:], "几") && loc[0] >= 3 && strings.Contains("那这", q[loc[0]-3:loc[0]]) ||
				r.kind == KindHowMany && startsWithAny(q[loc[0]:], []string{"几个", "几位", "几名", "几人", "几家"}) && endsWithAny(q[:loc[0]], []string{"其他", "其余", "另外", "剩下"}) {
				continue // "遇难的那几个人叫什么名字", "那几箱过期肉", "其他几个同伙": those, not how many
			}
			if r.kind == KindHowMany && loc[0] >= 3 && (q[loc[0]-3:loc[0]] == "哪" || q[loc[0]-3:loc[0]] == "好" && strings.HasPrefix(q[loc[0]:], "几")) {
				continue // "哪几个部门": which ones; "拖了好几个小时": several; not how many
			}
			if r.kind == KindHowMany && strings.HasPrefix(q[loc[0]:], "几") && countThenAsk.MatchString(q[loc[1]:]) {
				continue // "几个受伤的孩子被拉去哪家医院了": the ones, asked where
			}
			if (r.kind == KindWhy || r.kind == KindWhen || r.kind == KindHowMany) && relativeWho.MatchString(q[loc[1]:]) {
				continue // "解释为什么没传上去的那个专家叫什么", "讲风多大的气象台的人叫啥": who, the why or how much a clause of theirs
			}
			if r.kind == KindWhy && strings.HasPrefix(q[loc[0]:], "为什么") && loc[0] >= 3 &&
				strings.Contains("称成作认以改视选列名变", q[loc[0]-3:loc[0]]) && !strings.HasSuffix(q[:loc[0]], "所以") {
				continue
			}
			return r.kind, loc[0]
		}
	}
	return KindOther, -1
}

// analyze classifies a Chinese (or mixed) question, normalised as norm,
// and extracts its terms.
func (e *Engine) analyze(raw, norm string) Question {
	q := Question{Raw: raw, Text: norm, WhPos: -1, Lang: Chinese}
	if !meaningful(q.Text) {
		q.Invalid = true
		q.Kind = KindOther
		return q
	}
	q.Lower = strings.ToLower(q.Text)
	var folded int
	q.Lower, folded = foldANotAB(q.Lower)
	q.Kind = KindOther
	q.Kind, q.WhPos = classify(q.Lower)
	if q.Kind == KindOther {
		if loc := aNotA(q.Lower); loc >= 0 {
			q.Kind, q.WhPos = KindYesNo, loc
		} else if folded >= 0 {
			q.Kind, q.WhPos = KindYesNo, folded
		}
	}
	if q.Kind == KindWhen {
		q.Grain = firstLabel(q.Lower, timeGrains)
	}
	q.Negated = strings.ContainsAny(q.Lower, "没未不非旦如假倘若要万") && negation.MatchString(notNegation.ReplaceAllString(q.Lower, ""))
	q.Passive = (strings.Contains(q.Lower, "谁被") || strings.Contains(q.Lower, "被谁") || strings.Contains(q.Lower, "被哪")) &&
		!lightPassive.MatchString(q.Lower)
	if q.Kind == KindWho || q.Kind == KindWhat {
		if m := subjectRe.FindStringSubmatch(q.Lower); m != nil {
			q.Subject = strings.TrimSpace(m[1])
			if k := strings.Index(q.Subject, "在"); k > 0 {
				q.Subject = q.Subject[:k] // "Brockman在OpenAI是干什么的": who he is there
			}
		}
	}
	l := lex()
	toks := e.joinTransliterated(e.keepPeople(e.splitVerbObject(e.mergeUnknown(e.takeLocative(e.splitCounter(e.shiftToArticle(e.joinAspect(e.s.QueryTokens(q.Lower))), q.Lower)), q.Lower)), q.Lower), q.Lower)
	viewed := q.Kind == KindHowMany && viewsAsk.MatchString(q.Lower) // "多少人看了"
	if q.Kind == KindHowMany {
		// ("冻了那几个人多少套房子": 那几个人 points at people, and asks no
		// count; 些 is as long as 几, so offsets in asked are q.Lower's)
		asked := pointedFew.ReplaceAllString(q.Lower, "${1}些$2")
		q.Measure = firstLabel(asked, measureAsks)
		// the measure asked for is named right after the interrogative
		// ("几家", "多少吨", "多少名员工")
		if loc := unitAsk.FindStringSubmatchIndex(asked); loc != nil && !strings.HasSuffix(q.Lower[:loc[0]], "好") &&
			!(strings.HasPrefix(q.Lower[loc[0]:], "几") && (strings.HasSuffix(q.Lower[:loc[0]], "那") || strings.HasSuffix(q.Lower[:loc[0]], "这"))) {
			// (好几个小时 is no question, nor "被淹的那几家…报了多少损失":
			// those few households)
			q.Unit = strings.TrimPrefix(q.Lower[loc[4]:loc[5]], "个")
			if q.Unit == "股" && strings.HasPrefix(q.Lower[loc[5]:], "份") {
				q.Unit = "" // "多少股份": a stake, in shares or a percentage
			}
			if l.people[q.Unit] || l.money[q.Unit] || l.age[q.Unit] {
				q.Unit = "" // 人/名/位 and 元/块 stand for each other: the measure class decides
			}
		}
		if m := countedRe.FindStringSubmatch(asked); m != nil {
			q.Counted = []string{m[1]} // and what is counted: "多少个航班" → 航班
			if m[2] != "" {
				if _, _, known := index.Lookup(m[1] + m[2]); known {
					// "几个小学生": the word of three (小学生), and its last
					// two, which the article may count by (27名学生)
					q.Counted = []string{m[1] + m[2], lastRunes(m[1], 1) + m[2]}
				}
			}
		}
		if (q.Measure == "" || q.Measure == "money") && q.Unit == "" && countedPeople.MatchString(q.Lower) {
			q.Measure = "people" // "多少投资人": a count of people, not the sum they lost
		}
		if viewed {
			q.Measure = "" // "多少人看了": views (播放量超过3800万次), however counted
		}
		after := false
		for i, tk := range toks {
			if tk.Start >= q.WhPos && q.WhPos >= 0 {
				after = true
			}
			if !after || tk.Start > q.WhPos+12 && i > 0 {
				continue
			}
			switch w := tk.Text; {
			case q.Measure != "" || viewed:
			case l.people[w]:
				q.Measure = "people"
			case (l.money[w] || moneyWord.MatchString(w)) && q.Unit == "":
				// (not "几辆出租": the unit asked says what is counted)
				q.Measure = "money"
			case l.age[w]:
				q.Measure = "age"
			}
		}
	}
	for i := 0; i < len(toks); i++ {
		tk := toks[i]
		w := tk.Text
		if tk.Pos == "zg" && e.contentChar(toks, i) {
			tk.Pos = "g" // 药, 车: gse tags many a common noun or verb "zg" with a stray count
		}
		if j := i + 2; loneHanTok(tk) && j < len(toks) && toks[i+1].Text == "的" && loneHanTok(toks[j]) && !(toks[j].Text == "人" && strings.HasPrefix(tk.Pos, "n")) &&
			!strings.Contains(functionChars, w) && !strings.Contains(functionChars, toks[j].Text) && (e.inCorpus(w+toks[j].Text) || len(lex().colloquial[w+toks[j].Text]) > 0) {
			// 出的院, 立的案: a verb and its object with 的 between, as
			// the articles say them together (出院) or the lexicon knows
			// them (打的针 → 打针 → 接种); Normalize has joined the few
			// it joins regardless (报的警). "拿到证的人" is the one who
			// got it, no 证人
			w, i = w+toks[j].Text, j
			tk.Text, tk.Pos, tk.End = w, "v", toks[j].End
		}
		if q.Measure != "" && len([]rune(w)) == 1 && (l.people[w] || l.money[w] || l.age[w]) || q.Measure == "age" && l.age[w] {
			continue // the measure asked for (几岁, 多大年纪), not a content word
		}
		if names, last := e.addressed(toks, i); len(names) > 0 {
			// "罗大爷", "老罗": a person of the articles with that surname
			q.Terms = append(q.Terms, Term{Text: names[0], Alts: names[1:], Name: true, Pos: tk.Start, AltWeight: 1})
			i = last
			continue
		}
		if l.interrogatives[w] || l.meta[w] || isFunctionPos(tk.Pos) && !isLatinWord(w) && !l.verbs[w] && (len([]rune(w)) == 1 || tk.Pos != "d") ||
			strings.HasPrefix(w, "几") && len(w) > len("几") && !e.inCorpus(w) ||
			tk.Pos == "m" && !isLatinWord(w) && !ordinal(w) {
			continue
		}
		if e.s.IsStop(w) && !isLatinWord(w) && !l.light[w] && !(q.Kind == KindWho && l.headWords[w]) {
			continue // (老大, a stop word as "very", asks who is in charge)
		}
		if (w == "时间" || w == "期间") && i > 0 && toks[i-1].End == tk.Start && slices.Contains(demonstratives, toks[i-1].Text) && q.Kind != KindWhen {
			continue // "业主不收房这段时间": while it lasts, no word to find
		}

		if utf8.RuneCountInString(w) >= 2 && isHanRun(w) && strings.Trim(w, functionChars) == "" {
			continue // 是从, 也是: grammar run together
		}
		if utf8.RuneCountInString(w) == 1 && slices.ContainsFunc(q.Terms, func(t Term) bool { return t.Text == w }) {
			continue // a character the question has already given a term
		}
		if slices.Contains(complements, w) && i > 0 && toks[i-1].End == tk.Start && (strings.HasPrefix(toks[i-1].Pos, "v") || utf8.RuneCountInString(toks[i-1].Text) == 1) {
			continue // 塌|下去: the verb's direction, cut from it; not a thing to find
		}
		complemented, doneVerb := false, false
		if rs := []rune(w); len(rs) == 2 && strings.ContainsRune(modals, rs[0]) && !e.inCorpus(w) && e.synonymsOf(w) == nil {
			// 会升, 能退: the verb without the modal the cut left on it
			w, tk.Pos = string(rs[1:]), "v"
		}
		if v := complementVerb(w); v != "" && !e.inCorpus(w) && e.synonymsOf(w) == nil {
			// 判下来, 救上来, 灭掉: the verb without its complement, unless
			// the lexicon knows the whole (停掉 → 取消)
			w, tk.Pos, complemented = v, "v", true
			if i+1 < len(toks) && e.inCorpus(v+toks[i+1].Text) {
				w = v + toks[i+1].Text // 投完票 → 投票: the verb with its object
			}
		}
		t := Term{Text: w, Pos: tk.Start, AltWeight: 0.85, unknown: tk.Pos == unknownPos, Verb: strings.HasPrefix(tk.Pos, "v")}
		syns := e.synonymsOf(w)
		if rs := []rune(w); len(rs) == 2 && rs[1] == '坏' && syns == nil && !strings.ContainsRune(functionChars, rs[0]) {
			// 泡坏, 砸坏, 烧坏: damaged, however it was done
			syns = damaged
		}
		t.Chat, t.ChatWeight = e.chatOf(w)
		if m, ok := strings.CutPrefix(w, "一"); ok && !e.inCorpus(w) && perUnit.MatchString(m) && e.inCorpus("每"+m) {
			syns = append(syns, "每"+m) // "一格一个月租多少": 每格, 每月
		}
		if isLatinWord(w) {
			t.Name = len(w) > 1 && !l.titles[w] && syns == nil
			t.Alts = append(t.Alts, syns...)
			if !e.s.HasTerm(w) {
				if fix := e.correct(w); fix != "" {
					t.Alts = append(t.Alts, fix)
					t.AltWeight = 0.95
				}
			}
			t.Alts = append(t.Alts, e.aliases(w, t.Alts)...)
		} else {
			// names the evidence must hold: well-known ones, the article's
			// own (names file) and name-like stretches found in it; the
			// dictionary's name tags are too loose to insist on
			_, _, known := index.Lookup(w)
			if l.entities[w] || isNamePos(tk.Pos) && !known ||
				tk.Pos == corpusPos && (l.surnames[string([]rune(w)[0])] && (utf8.RuneCountInString(w) > 2 || e.people[w] || e.partOfPerson(w)) || utf8.RuneCountInString(w) >= 3) {
				// (a two-character corpus word opening with a surname is a
				// name only when it is one of the articles' people: 房本
				// is a deed, not Mr Fang)
				t.Name = true
			}
			if rs := []rune(w); len(rs) == 2 && rs[1] == '家' && l.surnames[string(rs[0])] {
				// "蔺家搬去哪儿了", where the articles write 蔺家 too: the
				// family of the one they name by that surname (蔺振邦一家),
				// as addressed gives it when they do not
				t.Alts = append(t.Alts, e.surnamed(string(rs[0]))...)
			}
			if t.Name && (tk.Pos == "ns" || placeSuffix(w)) {
				t.Place = true
			}
			// (the word after 被 is the deed, unless it is a noun and a verb
			// follows: "被公司开掉的" names who did it)
			afterBei := tk.Start >= 3 && q.Lower[tk.Start-3:tk.Start] == "被" &&
				!(!strings.HasPrefix(tk.Pos, "v") && i+1 < len(toks) && toks[i+1].Start == tk.End && verbAt(toks, i+1))
			if (strings.HasPrefix(tk.Pos, "v") && !l.nouns[w] || l.verbs[w] || afterBei || l.synonyms[w] != nil && !nonVerbPos(tk.Pos) && !t.Name) && len([]rune(w)) >= 2 && !locativePlace(w) && !insideWord(w) {
				t.Predicate = true
			}
			if len(w) == len("挑") && strings.HasPrefix(tk.Pos, "v") && syns != nil && !l.light[w] && i+1 < len(toks) && toks[i+1].Text == "了" && toks[i+1].Start == tk.End {
				// "偏偏挑了这家": a one-character verb done, which the
				// lexicon knows other words for (选, 挑选), weighs as a word
				// of the question; the sentence may say it otherwise
				doneVerb = true
			}
			if (q.Kind == KindWhen || q.Kind == KindWhere) && len(w) == len("取") && strings.HasPrefix(tk.Pos, "v") && !l.light[w] && i+1 < len(toks) && toks[i+1].Text == "的" && toks[i+1].Start == tk.End && strings.TrimRight(q.Lower[toks[i+1].End:], "?？!！。 ") == "" {
				// "是哪天取的", "在哪儿收的": the one-character verb a
				// when- or where-question closes on is its deed, where the
				// articles write it with its result (取回, 取走); not "哪个
				// 法院告的", whose 告上 would find 原告 for the court
				for _, r := range resultChars {
					if e.inCorpus(w + r) {
						doneVerb, syns = true, append(syns, w+r)
					}
				}
			}
			if l.light[w] || q.Kind == KindWhen && dayParts[w] {
				// ("几号晚上跑的": the evening is part of the time asked,
				// which the article may write 晚11时15分)
				t.Light, t.Predicate = true, false
			}
			t.Alts = append(t.Alts, syns...)
			if rs := []rune(w); len(rs) == 2 && strings.ContainsRune("里中内", rs[1]) && !strings.ContainsRune("年月日周天期其", rs[0]) && !t.Predicate {
				// "河里" is "河中" and "河内" too: inside a one-character noun
				// (not a time: 年内 is no 年中)
				for _, loc := range "里中内" {
					if alt := string(rs[0]) + string(loc); loc != rs[1] && e.inCorpus(alt) && !slices.Contains(t.Alts, alt) {
						t.Alts = append(t.Alts, alt)
					}
				}
			}
			if rs := []rune(w); len(rs) == 1 && tk.Pos == "g" && syns == nil && !e.s.HasTerm(w) {
				// "那几头猪": a thing the articles name only by compounds
				// of it (野猪)
				t.Alts = append(t.Alts, e.compoundsOf(rs[0])...)
			}
			if rs := []rune(w); len(rs) == 2 && rs[1] == '子' && !strings.ContainsRune(notThingRoots, rs[0]) && syns == nil && !t.Predicate {
				// "这亭子", "那炉子": the chat word of a thing the articles
				// name by a compound of its root (候车亭, 锅炉)
				t.Alts = append(t.Alts, e.nounsEndingIn(rs[0])...)
			}
			if rs := []rune(w); len(rs) >= 3 && !t.Name && syns == nil && t.Chat == nil && !e.inCorpus(w) {
				// "消防队去了多少人": a compound the articles lack, by the
				// longest word it opens with that they hold (消防, as in
				// 消防救援大队)
				if p := longestPrefix(w, len(rs)-1, e.inCorpus); utf8.RuneCountInString(p) >= 2 && !l.light[p] && knownNonVerb(p) {
					t.Alts = append(t.Alts, p)
				}
			}
			// a Latin name of the articles written in Chinese (奥特曼 for
			// Altman, 布罗克曼 for Brockman)
			if utf8.RuneCountInString(w) >= 2 && !e.inCorpus(w) {
				if latin := e.transliterated(w); latin != "" {
					t.Alts = append(t.Alts, latin)
					t.Name, t.Predicate, t.Light, t.AltWeight = true, false, false, 0.9
				}
			}
		}
		if q.Kind == KindWho && l.keyRoles[w] {
			t.Required = true // "谁是X的创办人": the role asked about must be there
		}
		if complemented {
			// the verb asked about, even as one character; but 停掉 → 停
			// finds 停飞 and 暂停 alike: a lone verb cut from its
			// resultative counts little
			t.Predicate = true
			t.Light = utf8.RuneCountInString(w) == 1 && utf8.RuneCountInString(tk.Text) == 2
		}
		if tk.Pos == "m" && ordinal(w) {
			t.Light, t.Predicate = true, false // 第一轮 tells which, lightly
		}
		if len([]rune(w)) == 1 && !isLatinWord(w) && !t.Predicate && !doneVerb {
			// a lone character says little; keep it, lightly
			t.Light = true
		}
		if (tk.Pos == "d" || tk.Pos == "ad") && !t.Predicate && syns == nil {
			// an adverb (突然, 到底) tells how, not what about
			t.Light = true
		}
		if (w == "说" || w == "讲") && toldTo.MatchString(q.Lower[:tk.Start]) {
			// "跟村委会说过没有": told them, as the article says it (此次作业前
			// 没有通知村委会), not a saying of anything
			t.Alts = append(t.Alts, toldWords...)
			t.Light, t.Predicate = false, true
		}
		if stem, ok := strings.CutSuffix(w, "公司"); ok && stem != "" && !t.Name {
			// "客运公司" of "通达客运有限公司": the company by its registered
			// form too
			for _, form := range []string{"有限公司", "有限责任公司", "股份有限公司"} {
				if f := stem + form; e.inCorpus(f) && !slices.Contains(t.Alts, f) {
					t.Alts = append(t.Alts, f)
				}
			}
		}
		if t.Name && isLatinWord(w) {
			// consecutive Latin words form one name ("sam altman")
			if n := len(q.Terms); n > 0 && q.Terms[n-1].Name && isLatinWord(q.Terms[n-1].Text) && i > 0 &&
				strings.TrimSpace(q.Lower[toks[i-1].End:tk.Start]) == "" && toks[i-1].Text == q.Terms[n-1].Text {
				if q.Terms[n-1].Group == 0 {
					q.Terms[n-1].Group = n
				}
				t.Group = q.Terms[n-1].Group
			}
		}
		q.Terms = append(q.Terms, t)
	}

	if q.Kind != KindWho && len(e.namedAs) > 0 {
		// "店老板要掏多少钱": the one the article describes as the shop's
		// owner, wherever it names him without saying so again
		for i := range q.Terms {
			t := &q.Terms[i]
			if t.Name || t.Light || t.Predicate {
				continue
			}
			for _, w := range append([]string{t.Text}, t.Alts...) {
				if utf8.RuneCountInString(w) < 2 {
					continue
				}
				if name := e.describedAs(w); name != "" && !strings.Contains(q.Lower, name) {
					if !e.inCorpus(t.Text) {
						// (the article's own word says where it means them)
						t.Alts = append(t.Alts, name)
					}
					break
				}
			}
		}
	}
	// key roles a who-question names, however the question was cut
	// ("法定代表人" → 法定/代表人)
	if q.Kind == KindWho {
		for w := range l.keyRoles {
			if utf8.RuneCountInString(w) >= 2 && strings.Contains(q.Lower, w) {
				held := false
				for _, t := range q.Terms {
					held = held || t.Text == w
				}
				if !held {
					q.Terms = append(q.Terms, Term{Text: w, Alts: l.synonyms[w], AltWeight: 0.85, Required: true, Pos: strings.Index(q.Lower, w)})
				}
			}
		}
	}
	// lexicon verbs hidden by the cut ("开除了谁" → 开/除了/谁)
	for _, w := range substringsOf(q.Lower, 2, 4) {
		alts := e.synonymsOf(w)
		if alts == nil || l.titles[w] {
			continue
		}
		covered, within := false, []int(nil)
		for k, t := range q.Terms {
			switch {
			case strings.Contains(t.Text, w):
				covered = true
			case strings.Contains(w, t.Text) && utf8.RuneCountInString(t.Text) >= 2:
				within = append(within, k)
			}
		}
		if v, ok := strings.CutSuffix(w, "了"); ok && !covered && v != "" {
			if k := slices.IndexFunc(q.Terms, func(t Term) bool { return t.Text == v }); k >= 0 {
				// 漏了 cut 漏/了, 过期了 cut 过期/了: the verb is the predicate, the
				// lexicon's words for the whole its alternatives
				t := &q.Terms[k]
				t.Predicate, t.Light, t.Verb = !l.light[v], false, true
				for _, a := range alts {
					if a != v && !contains(t.Alts, a) {
						t.Alts = append(t.Alts, a)
					}
				}
				continue
			}
		}
		switch {
		case covered:
			continue
		case len(within) > 0:
			if utf8.RuneCountInString(w) < 3 {
				continue
			}
			// "意识到" cut as 意识/到: the lexicon's longer word stands for
			// the pieces it holds
			for _, k := range within {
				q.Terms[k].Light, q.Terms[k].Predicate = true, false
			}
		default:
			// a verb, or a chat word the lexicon knows ("重新开干" cut
			// 重新/开/干)
			if _, tag, ok := index.Lookup(w); !(ok && strings.HasPrefix(tag, "v") || utf8.RuneCountInString(w) >= 3 || len(l.colloquial[w]) > 0) {
				continue
			}
		}
		q.Terms = append(q.Terms, Term{Text: w, Alts: alts, AltWeight: 0.85, Predicate: !l.light[w] && verbal(w) && !insideWord(w), Verb: !insideWord(w), Pos: strings.Index(q.Lower, w)})
	}
	q.Terms = slices.DeleteFunc(q.Terms, func(t Term) bool { return doubled(q.Terms, t) })
	if q.Kind == KindWho {
		for i := range q.Terms {
			if w := q.Terms[i].Text; l.headWords[w] || isTitle(w) || personNoun(w) {
				// "公司管事的老总", "负责的经理": the words for being in
				// charge before a word for whoever is, or a title, say no
				// more than it does
				for k := range q.Terms {
					t := &q.Terms[k]
					if t.Pos >= 0 && t.Pos < q.Terms[i].Pos && inChargeBefore.MatchString(q.Lower[t.Pos:q.Terms[i].Pos]) {
						t.Light, t.Predicate = true, false
					}
				}
				if l.headWords[w] {
					// "他们的老大是谁": 局长, 支队长, 负责人…; "那家公司老板": a
					// company's head, no 所长 of a police station
					before := q.Lower[:q.Terms[i].Pos]
					body := bodyBefore(before)
					e.withHeads(&q.Terms[i], body)
					// "搞蹦极的公司，老总是谁": the verb before the body says
					// which body, not what its head did (the clause ends at
					// the last 的 before the body's own word: "(个蹦极)的公司")
					if de := strings.LastIndex(body, "的"); de >= 0 {
						cut := strings.LastIndex(before, body) + de
						for k := range q.Terms {
							if t := &q.Terms[k]; t.Pos >= 0 && t.Pos < cut {
								t.Predicate = false
							}
						}
					}
				}
			}
		}
	}
	if q.Kind == KindWho {
		// "出来回应的发言人是谁": whoever the article quotes answers a
		// question about a saying, whatever word the article says it with
		for i := range q.Terms {
			t := &q.Terms[i]
			if t.Predicate && l.speechActs[t.Text] {
				t.addSyns(e.speechWords())
			}
		}
	}
	if loc := askedOutcome.FindStringIndex(q.Lower); loc != nil {
		q.Outcome = true
		// "副镇长后来怎么处理的": the article tells what befell them
		// (停职检查, 罚款), not that they were dealt with
		for i := range q.Terms {
			t := &q.Terms[i]
			if (t.Predicate || t.Text == "下场") && t.Pos >= loc[0] && t.Pos < loc[1] {
				t.addSyns(e.outcomeWords())
			}
		}
	}
	for _, t := range q.Terms {
		// "从什么时候开始不发放工资": 不 right before the question's verb
		// denies it, whatever the verb (the negation pattern lists only
		// the verbs 不 commonly joins)
		if (t.Predicate || t.Verb) && (strings.HasSuffix(q.Lower[:t.Pos], "不") || strings.HasSuffix(q.Lower[:t.Pos], "不再")) {
			q.Negated = true
		}
	}
	q.OrgHead = zhOrgHead(q.Lower)
	if slices.Equal(q.OrgHead, govKinds) {
		// "哪个部门去检查的": the kind of answer (a 局's or a 委's name),
		// not a word the sentence must hold
		for i := range q.Terms {
			if q.Terms[i].Text == "部门" {
				q.Terms[i].Light = true
			}
		}
	}
	if asked, heads := zhPlaceHead(q.Lower); heads != nil && q.Kind != KindWho && q.Kind != KindWhen && q.Kind != KindHowMany {
		// "出事的彩票店在哪条路上": a name ending 路 or 街 answers, and the
		// word is the kind of answer, not a word to find
		q.Kind, q.PlaceHead = KindWhere, heads
		for i := range q.Terms {
			if strings.Contains(q.Terms[i].Text, asked) || strings.Contains(asked, q.Terms[i].Text) {
				q.Terms[i].Light, q.Terms[i].Predicate = true, false
			}
		}
	}
	for i, t := range q.Terms {
		// "出事时车上坐了多少乘客", "为什么容易出事", "出事的冷库在哪个
		// 园区": the article's own event, not one to find in its words; but
		// "出事的飞机是什么机型" still asks of the plane that did, and "出事
		// 以后…怎么处理的" of what came after
		if t.Pos < 0 || t.Pos+len(t.Text) > len(q.Lower) {
			continue
		}
		if t.Text == "问题" && faultyThing.MatchString(q.Lower[:t.Pos]) && strings.HasPrefix(q.Lower[t.Pos+len(t.Text):], "的") {
			// "那辆有问题的电动车": the faulty thing, the article's own
			// incident again, not a problem to find in its words
			q.Terms[i].Light, q.Terms[i].Predicate = true, false
			continue
		}
		if !incident[t.Text] {
			continue
		}
		if rest := q.Lower[t.Pos+len(t.Text):]; (q.Kind == KindWhere || !strings.HasPrefix(rest, "的") || incidentTime.MatchString(rest)) && !afterIncident.MatchString(rest) {
			q.Terms[i].Light, q.Terms[i].Predicate = true, false
		}
	}
	if loc := plentyClause.FindStringIndex(q.Lower); loc != nil {
		// "网上搬家的那么多,他为啥偏偏挑了这家": the opening clause only
		// says there were others to choose from
		for i := range q.Terms {
			if t := &q.Terms[i]; t.Pos >= 0 && t.Pos < loc[1] && !t.Name {
				t.Light, t.Predicate = true, false
			}
		}
	}
	markModifiers(&q)
	e.markAskedRole(&q)
	markTitleCompounds(&q)
	markDisposalObject(&q)
	markOrgNames(&q)
	e.markNameEnds(&q)
	e.markThisEvent(&q)
	for i, t := range q.Terms {
		// "船老板是谁": the role the question asks is the longer word's
		// (船老板, 船主), not the 老板 inside it
		if t.Required && slices.ContainsFunc(q.Terms, func(o Term) bool {
			return len(o.Text) > len(t.Text) && o.Pos <= t.Pos && t.Pos+len(t.Text) <= o.Pos+len(o.Text) && len(o.Alts) > 0
		}) {
			q.Terms[i].Required = false
		}
		// "给主犯打官司辩护的律师叫啥": the key role sits in a clause
		// describing the title asked (律师), which is the one to find
		if t.Required && slices.ContainsFunc(q.Terms, func(o Term) bool {
			return o.Pos > t.Pos+len(t.Text) && lex().titles[o.Text] && !lex().keyRoles[o.Text] &&
				strings.Contains(q.Lower[t.Pos+len(t.Text):o.Pos], "的")
		}) {
			q.Terms[i].Required = false
		}
	}
	if viewed {
		// "到半夜大概有多少人看了": the views, as the article counts them
		var found []string
		for _, w := range viewWords {
			if e.inCorpus(w) {
				found = append(found, w)
			}
		}
		q.addWordOf(found, false)
	}
	if slices.ContainsFunc(q.Terms, func(t Term) bool { return t.Predicate && !eventWords[t.Text] && !t.Light }) {
		for i, t := range q.Terms {
			if eventWords[t.Text] {
				// "出事以后第一个冲过去救孩子的老师": when the article's
				// event happened sets the scene of another verb
				q.Terms[i].Light, q.Terms[i].Predicate = true, false
			}
		}
	}
	if q.Kind != KindWhen {
		markTimeClauses(&q)
		e.markPlanVerbs(&q)
	}
	siteOfEvent := false
	if q.Kind == KindWhere {
		for i, t := range q.Terms {
			if placeAskWords[t.Text] || roadAskWords[t.Text] && t.Pos > 0 && whichStretch.MatchString(q.Lower[:t.Pos]) {
				// "出事的位置在哪儿", "事故是在哪段路上出的": the place asked for, not a word to find
				q.Terms[i].Light = true
			}
			if t.Pos > 0 && eventSite.MatchString(q.Lower[:t.Pos]) && siteAsked.MatchString(q.Lower[t.Pos+len(t.Text):]) {
				siteOfEvent = true // "出事的那个码头具体在哪儿": where the article's event was
			}
		}
	}
	markSetting(&q)
	if q.Subject != "" && (!e.nameLike(q.Subject) || len(q.Role) > 0) {
		// "最早报警的人是谁": an ordinary who question; "仓库负责人是谁"
		// asks for the name of a role
		q.Subject = ""
	}
	if q.Kind == KindOther && !strings.ContainsAny(q.Text, "?？") && !requestRe.MatchString(q.Text) {
		q.Invalid = true
	}
	if (q.Kind == KindWhen || q.Kind == KindWhere) && !slices.ContainsFunc(q.Terms, func(t Term) bool { return !t.Light && !eventWords[t.Text] && !(t.Predicate && e.headlineEvent(t)) }) &&
		slices.ContainsFunc(q.Terms, func(t Term) bool { return eventWords[t.Text] || t.Predicate && e.headlineEvent(t) }) {
		q.Event = true // "这事是哪天发生的", "在哪出的事": the article's own event
	}
	if (q.Kind == KindWhen || q.Kind == KindWhere) && thisAffair.MatchString(q.Lower) && !slices.ContainsFunc(q.Terms, func(t Term) bool { return !t.Light }) {
		q.Event = true // "这事儿到底是几号几点出的": the matter itself, in no word of its own
	}
	if siteOfEvent {
		q.Event = true
	}
	if q.Kind == KindYesNo {
		// "他后来有没有被处分": what befell someone (after 被) that the
		// articles never tell, by its word or any of its group, is no yes
		// nor no of theirs (a verb they do is asked in other words as
		// often as not: "有按规定清洗吗")
		q.absentThing = slices.ContainsFunc(q.Terms, func(t Term) bool {
			return t.Predicate && !t.Light && !t.Name && utf8.RuneCountInString(t.Text) >= 2 && t.Pos > 0 && strings.HasSuffix(q.Lower[:t.Pos], "被") && !e.occurs(t)
		})
	}
	if len(q.Terms) == 0 {
		q.Invalid = true
	}
	return q
}

// eventWords name an article's event without saying which: a question of
// nothing else asks about the event the article reports.
// eventSite ends the words before a place where something happened
// ("出事的那个" 码头), and siteAsked opens what asks where it is.
var (
	eventSite = regexp.MustCompile(`(?:出事|事发|发生事故|出事故)的(?:那个|这个|那|这)?$`)
	siteAsked = regexp.MustCompile(`^(?:具体|到底|究竟)?(?:是)?(?:在|位于)`)
)

var eventWords = map[string]bool{"发生": true, "事": true, "这事": true, "事情": true, "这件事": true, "此事": true,
	"事件": true, "事故": true, "出事": true, "这次": true, "整件事": true, "这件": true, "这起": true, "整个": true}

// functionChars are characters that stand alone as grammar, never as part
// of an unknown content word.
// unknownPos tags a merged unknown word; corpusPos a stretch of the
// question found verbatim in the articles.
const (
	unknownPos = "Zunknown" // no gse tag starts with Z
	corpusPos  = "Zcorpus"
)

// contentChar reports whether toks[i], one Han character gse tags "zg",
// is a content word of the articles (药, 车, 开, 掏) or a chat word the
// lexicon renders (掉 → 坠落) rather than grammar
// (zgFunction), a measure word after a number or a demonstrative (那节, 多少台;
// not the verb after 几点),
// a piece of a word of the articles the cut split off (审计|组) or a piece of
// a name cut into characters (谭|云|华).
func (e *Engine) contentChar(toks []index.Token, i int) bool {
	w := toks[i].Text
	r, size := utf8.DecodeRuneInString(w)
	if size != len(w) || !unicode.Is(unicode.Han, r) || strings.ContainsRune(functionChars+zgFunction, r) || !e.s.HasTerm(w) && len(lex().colloquial[w]) == 0 && e.compoundsOf(r) == nil {
		return false
	}
	if i > 0 {
		p := toks[i-1]
		// (a modal before it is no part of its word: 会|砌 is 砌)
		if (p.Pos == "m" || p.Pos == "r" || strings.HasSuffix(p.Text, "几")) && !strings.HasSuffix(p.Text, "点") || p.End == toks[i].Start && e.inCorpus(p.Text+w) && !(len(p.Text) == len("会") && strings.Contains(modals, p.Text)) {
			return false // (审计|组: a word of the articles cut in two)
		}
	}
	if i+1 < len(toks) && toks[i+1].Start == toks[i].End && utf8.RuneCountInString(toks[i+1].Text) == 1 && e.inCorpus(w+toks[i+1].Text) {
		return false // (a verb before its object's word stays one: 砌|龙窑)
	}
	if lex().surnames[w] && i+1 < len(toks) && loneHanTok(toks[i+1]) {
		return false
	}
	return true
}

// zgFunction holds the grammar characters gse tags "zg" that functionChars
// lacks.
const zgFunction = "为并向里却才过较内们当仍没无此随虽刚甚须矣哦唉嗯稍尔且连间每往今属占带万亿两几"

const functionChars = "的了是在和与也都就而被将会把对从向给让使得地着过吗呢吧啊呀么之其这那有个一每各该此于以及或并且又还再很最更太"

// directions are the characters of a verb's direction (跑回, 钻进, 爬出).
const directions = "回进出上下过起"

// resultChars are the one-character results a verb takes (取回, 拿走,
// 找到).
var resultChars = []string{"回", "走", "出", "到", "来", "去", "下", "上", "完", "好", "掉"}

// complements are the directional complements of a verb.
var complements = []string{"下来", "上来", "出来", "起来", "过来", "回来", "下去", "上去", "出去", "进来", "进去", "过去"}

// damaged are the words for damage a verb with the result 坏 (泡坏,
// 砸坏) may be found as.
var damaged = []string{"受损", "损坏", "损毁", "毁坏"}

// resultatives are the one-character complements that say a verb's action
// is done with: 灭掉, 卖完, 花光.
var resultatives = []string{"掉", "完", "光"}

// modals go before a verb: 会升, 能退, 要赔; and 没 (没进, 没来) and 想 (想去)
// the segmenter runs into one word with it.
const modals = "会能要将该可没想"

// complementVerb returns the verb of a verb with a directional complement
// (判下来 → 判, 救上来 → 救) or of a one-character verb with a resultative
// one (灭掉 → 灭, 烧掉 → 烧), or "".
func complementVerb(w string) string {
	for _, c := range complements {
		if v := strings.TrimSuffix(w, c); v != w && v != "" && utf8.RuneCountInString(v) <= 2 && isHanRun(v) {
			return v
		}
	}
	for _, c := range resultatives {
		if v := strings.TrimSuffix(w, c); v != w && utf8.RuneCountInString(v) == 1 && isHanRun(v) && !strings.Contains(functionChars, v) {
			return v
		}
	}
	return ""
}

// ordinal reports whether a numeral token is an ordinal (第一轮, 首轮,
// 第二次): it tells which of several events is asked about.
func ordinal(w string) bool {
	return utf8.RuneCountInString(w) >= 2 && (strings.HasPrefix(w, "第") || strings.HasPrefix(w, "首"))
}

// asksWords are question words the cut may split, joining their first
// character to the word before (前为/什么).
var asksWords = map[string]bool{"为什么": true, "为何": true, "怎么": true, "多少": true, "多久": true, "多大": true}

// shiftToArticle moves the last character of a word the articles lack onto
// the next word when that makes a word of the articles: 发自 + 拍 → 发 +
// 自拍 when the articles say 自拍.
func (e *Engine) shiftToArticle(toks []index.Token) []index.Token {
	for i := 0; i+1 < len(toks); i++ {
		a, b := toks[i], toks[i+1]
		if _, size := utf8.DecodeLastRuneInString(a.Text); a.End == b.Start && len(a.Text) > size && asksWords[a.Text[len(a.Text)-size:]+b.Text] {
			// "洗牙前为什么" cut 前为/什么: the question word whole
			toks[i] = index.Token{Text: a.Text[:len(a.Text)-size], Start: a.Start, End: a.End - size, Pos: "x"}
			toks[i+1] = index.Token{Text: a.Text[len(a.Text)-size:] + b.Text, Start: a.End - size, End: b.End, Pos: "r"}
			continue
		}
		if a.End == b.Start && utf8.RuneCountInString(a.Text) == 1 && strings.HasPrefix(a.Pos, "v") && slices.Contains(complements, b.Text) && !e.inCorpus(a.Text+b.Text) {
			// "拍下来": the verb and its direction as the articles say
			// them (拍下); the rest of the complement is grammar
			_, size := utf8.DecodeRuneInString(b.Text)
			if e.inCorpus(a.Text + b.Text[:size]) {
				toks[i] = index.Token{Text: a.Text + b.Text[:size], Start: a.Start, End: b.Start + size, Pos: "v"}
				toks[i+1] = index.Token{Text: b.Text[size:], Start: b.Start + size, End: b.End, Pos: "u"}
				continue
			}
		}
		if a.End != b.Start || utf8.RuneCountInString(a.Text) < 2 || e.s.HasTerm(a.Text) || !isHanToken(a) || !isHanToken(b) || e.inCorpus(a.Text) {
			continue
		}
		_, size := utf8.DecodeLastRuneInString(a.Text)
		joined := a.Text[len(a.Text)-size:] + b.Text
		if !e.inCorpus(joined) || e.inCorpus(b.Text) && utf8.RuneCountInString(b.Text) > 1 || b.Text == "是" {
			// (nor a word that ends in the copula: "要钱是哪天" holds no
			// 钱是, though "椒农的钱是血汗钱" does)
			continue
		}
		toks[i] = index.Token{Text: a.Text[:len(a.Text)-size], Start: a.Start, End: a.End - size, Pos: "x"}
		toks[i+1] = index.Token{Text: joined, Start: a.End - size, End: b.End, Pos: b.Pos}
	}
	return toks
}

// splitCounter splits a measure word off the noun the cut joined it to
// after a number asked for or given (几部手机 cut 几/部手机, 三台吊车 cut
// 三/台吊车) when the articles hold the noun and not the joined word: the
// articles count the noun in words of their own (手机68部).
func (e *Engine) splitCounter(toks []index.Token, text string) []index.Token {
	var out []index.Token
	for i, tk := range toks {
		mw := ""
		if i > 0 && endsInCount(text[:tk.Start]) && isHanToken(tk) {
			mw = measureStart.FindString(tk.Text)
		}
		noun := tk.Text[len(mw):]
		if mw == "" || utf8.RuneCountInString(noun) < 2 || e.s.HasTerm(tk.Text) || !e.s.HasTerm(noun) {
			if out != nil {
				out = append(out, tk)
			}
			continue
		}
		if out == nil {
			out = append(make([]index.Token, 0, len(toks)+1), toks[:i]...)
		}
		out = append(out, index.Token{Text: mw, Start: tk.Start, End: tk.Start + len(mw), Pos: "q"},
			index.Token{Text: noun, Start: tk.Start + len(mw), End: tk.End, Pos: "n"})
	}
	if out == nil {
		return toks
	}
	return out
}

// endsInCount reports whether text ends in a number, asked for or given:
// 几, 多少, 3, 三.
func endsInCount(text string) bool {
	r, _ := utf8.DecodeLastRuneInString(text)
	return strings.ContainsRune("几0123456789一二两三四五六七八九十百千万", r) || strings.HasSuffix(text, "多少")
}

// takeLocative rejoins a lone character and the first character of the
// word after it when the two make a word of the articles and what is left
// is a locative: 在工地上 is cut 工 + 地上 by word frequency, and the
// articles say 工地.
func (e *Engine) takeLocative(toks []index.Token) []index.Token {
	for i := 0; i+1 < len(toks); i++ {
		a, b := toks[i], toks[i+1]
		// (or a word of two, when the articles hold the longer noun and
		// the second word only after the first: 跑步 + 机上 → 跑步机 + 上)
		if a.End != b.Start || !isHanToken(b) || utf8.RuneCountInString(b.Text) != 2 {
			continue
		}
		_, size := utf8.DecodeRuneInString(b.Text)
		if !strings.Contains(afterNoun, b.Text[size:]) {
			continue
		}
		lone := loneHanTok(a)
		if !lone && (utf8.RuneCountInString(a.Text) != 2 || !isHanToken(a)) {
			continue
		}
		noun := a.Text + b.Text[:size]
		if lone && !e.s.HasTerm(noun) || !lone && !(e.inCorpus(noun) && strings.Count(e.corpus, a.Text+b.Text) == strings.Count(e.corpus, b.Text)) {
			continue
		}
		toks[i] = index.Token{Text: a.Text + b.Text[:size], Start: a.Start, End: b.Start + size, Pos: "n"}
		toks[i+1] = index.Token{Text: b.Text[size:], Start: b.Start + size, End: b.End, Pos: "f"}
	}
	return toks
}

// afterNoun are the locatives, which follow a noun to say where about it.
const afterNoun = "上下里中内外边旁前后"

// splitVerbObject splits a verb and its object that the dictionary holds
// as one word and the articles do not (发工资, 交房租) when the object is a
// word of the articles: the articles say 发放过工资.
func (e *Engine) splitVerbObject(toks []index.Token) []index.Token {
	var out []index.Token
	for i, tk := range toks {
		_, size := utf8.DecodeRuneInString(tk.Text)
		obj := tk.Text[size:]
		if utf8.RuneCountInString(tk.Text) != 3 || !isHanToken(tk) || strings.HasPrefix(tk.Pos, "n") || !e.s.HasTerm(obj) ||
			strings.ContainsAny(tk.Text[:size], functionChars) || e.inCorpus(tk.Text) {
			if out != nil {
				out = append(out, tk)
			}
			continue
		}
		if out == nil {
			out = append(make([]index.Token, 0, len(toks)+1), toks[:i]...)
		}
		out = append(out, index.Token{Text: tk.Text[:size], Start: tk.Start, End: tk.Start + size, Pos: "v"},
			index.Token{Text: obj, Start: tk.Start + size, End: tk.End, Pos: "n"})
	}
	if out == nil {
		return toks
	}
	return out
}

// joinAspect joins a verb and its object of one character each that an
// aspect particle splits ("挨过罚" → 挨罚, "受了伤" → 受伤), where the
// lexicon knows the two as one word and the articles do not hold the verb
// with its particle.
func (e *Engine) joinAspect(toks []index.Token) []index.Token {
	for i := 0; i+1 < len(toks); i++ {
		// (no allocation for the tokens that are no such pair: this runs
		// over every Chinese question)
		v, size := utf8.DecodeRuneInString(toks[i].Text)
		o, osize := utf8.DecodeRuneInString(toks[i+1].Text)
		if osize != len(toks[i+1].Text) || !slices.Contains(separators, toks[i].Text[size:]) || !unicode.Is(unicode.Han, v) || !unicode.Is(unicode.Han, o) {
			continue
		}
		w := toks[i].Text[:size] + toks[i+1].Text
		if l := lex(); l.synonyms[w] == nil && l.colloquial[w] == nil || e.inCorpus(toks[i].Text) {
			continue
		}
		toks = slices.Concat(toks[:i:i], []index.Token{{Text: w, Start: toks[i].Start, End: toks[i+1].End, Pos: "v"}}, toks[i+2:])
	}
	return toks
}

// joinTransliterated joins consecutive Han tokens that together spell a
// Latin name of the articles (穆拉 + 蒂 → 穆拉蒂, Murati) and that the
// articles do not contain as written.
func (e *Engine) joinTransliterated(toks []index.Token, text string) []index.Token {
	if len(e.latin) == 0 {
		return toks
	}
	for i := 0; i+1 < len(toks); i++ {
		if !isHanToken(toks[i]) {
			continue
		}
		for j := i + 1; j < len(toks) && j <= i+3 && isHanToken(toks[j]) && toks[j].Start == toks[j-1].End; j++ {
			run := text[toks[i].Start:toks[j].End]
			if n := utf8.RuneCountInString(run); n < 3 || n > 5 || !allTranslit(run) || e.inCorpus(run) {
				continue
			}
			if e.transliterated(run) != "" {
				merged := index.Token{Text: run, Start: toks[i].Start, End: toks[j].End, Pos: "nrt"}
				toks = append(append(toks[:i:i], merged), toks[j+1:]...)
				break
			}
		}
	}
	return toks
}

func isHanToken(tk index.Token) bool {
	return allHan(tk.Text)
}

// allHan reports whether s is a run of Han characters, one or more.
func allHan(s string) bool {
	for _, r := range s {
		if !unicode.Is(unicode.Han, r) {
			return false
		}
	}
	return s != ""
}

// mergeUnknown joins runs of single Han characters that the dictionary did
// not know (the pruned dictionary holds only the article's words) into one
// unknown word, so "出面道歉" stays one term instead of four characters.
func (e *Engine) mergeUnknown(toks []index.Token, text string) []index.Token {
	out := make([]index.Token, 0, len(toks))
	for i := 0; i < len(toks); i++ {
		tk := toks[i]
		if !loneHanTok(tk) {
			out = append(out, tk)
			continue
		}
		j := i
		for j+1 < len(toks) && loneHanTok(toks[j+1]) && toks[j+1].Start == toks[j].End {
			j++
		}
		// A surname and the next word may be a name the articles hold
		// ("韩" "立新" → "韩立新").
		if i == j && lex().surnames[tk.Text] && i+1 < len(toks) {
			if end := toks[i+1].End; utf8.RuneCountInString(text[tk.Start:end]) <= 4 && e.inCorpus(text[tk.Start:end]) {
				out = append(out, index.Token{Text: text[tk.Start:end], Start: tk.Start, End: end, Pos: corpusPos})
				i++
				continue
			}
		}
		// Within the run, the longest stretches that the articles contain
		// verbatim are names the dictionary lacks ("云澜湾").
		first := e.corpusSplit(toks, i, j, text)
		for k := i; k <= j; {
			best := first[k-i]
			if best > k && chatWordAt(toks, k+1, j, text) {
				// "那台挖机": 台挖 is in "一台挖掘机", but the chat word
				// 挖机 starts after the measure word
				best = k
			}
			if best > k && (toks[k].Pos == "m" || strings.HasPrefix(toks[k].Pos, "q")) && best > k+1 && e.inCorpus(text[toks[k+1].Start:toks[best].End]) {
				// "那辆危化品罐车": 辆危化品 is in "一辆危化品槽罐车", but
				// the thing starts after the measure word
				best = k
			}
			if best > k+1 && strings.Contains(functionChars+zgFunction, toks[k].Text) && !lex().surnames[toks[k].Text] && e.inCorpus(text[toks[k+1].Start:toks[best].End]) {
				// "往窑里灌水": 往窑里 is in the articles, but the place
				// starts after the preposition
				best = k
			}
			if best > k {
				out = append(out, index.Token{Text: text[toks[k].Start:toks[best].End], Start: toks[k].Start, End: toks[best].End, Pos: corpusPos})
				k = best + 1
				continue
			}
			if m := e.chatWordEnd(toks, k, j, text); m > k {
				// "跑/回/山": a chat word whose news words the articles
				// hold (跑回 → 逃回), before what follows it
				w := text[toks[k].Start:toks[m].End]
				out = append(out, index.Token{Text: w, Start: toks[k].Start, End: toks[m].End, Pos: "v"})
				k = m + 1
				continue
			}
			// otherwise join what is left of unknown characters
			m := k
			for m+1 <= j && loneUnknown(toks[m+1], e.s) && loneUnknown(toks[k], e.s) && !e.startsCorpusRun(toks, m+1, j, text) {
				m++
			}
			if m > k {
				out = append(out, index.Token{Text: text[toks[k].Start:toks[m].End], Start: toks[k].Start, End: toks[m].End, Pos: unknownPos})
			} else {
				out = append(out, toks[k])
			}
			k = m + 1
		}
		i = j
	}
	return out
}

// corpusSplit splits the run of lone characters toks[i..j] into the
// stretches the articles hold verbatim, and gives for each token of the run
// the last token of the stretch that starts there in the best split (the
// token itself where none does). A stretch counts more the longer it is and
// the more often the articles repeat it, so a word they use often wins over
// a longer stretch they hold once: "柯基洗牙前" splits 柯基 洗牙 前, not 柯基洗
// 牙前, where the article writes 洗牙 ten times and "柯基洗个牙" once.
func (e *Engine) corpusSplit(toks []index.Token, i, j int, text string) []int {
	n := j - i + 1
	score := make([]float64, n+1)
	end := make([]int, n)
	for p := n - 1; p >= 0; p-- {
		k := i + p
		end[p], score[p] = k, score[p+1]
		for m := j; m > k; m-- {
			st := text[toks[k].Start:toks[m].End]
			if strings.ContainsAny(st, functionChars) || slices.ContainsFunc(toks[k:m+1], zgGrammar) {
				continue
			}
			c := countUpTo(e.corpus, st, 50)
			if c == 0 {
				continue
			}
			if v := float64(utf8.RuneCountInString(st)-1)*(1+math.Log(float64(c))) + score[m-i+1]; v > score[p] || end[p] == k {
				end[p], score[p] = m, v
			}
		}
	}
	return end
}

// chatWordAt reports whether a word of the lexicon's chat groups starts
// at token k of the run that ends at j.
func chatWordAt(toks []index.Token, k, j int, text string) bool {
	for m := k + 1; m <= j; m++ {
		if len(lex().colloquial[text[toks[k].Start:toks[m].End]]) > 0 {
			return true
		}
	}
	return false
}

// chatWordEnd is the last token of a verb and its direction (跑回, 钻进)
// of the lexicon's chat groups that starts at token k of the run that ends
// at j, when the articles lack it and hold a word of its group, or k.
func (e *Engine) chatWordEnd(toks []index.Token, k, j int, text string) int {
	for m := j; m > k; m-- {
		w := text[toks[k].Start:toks[m].End]
		if chat := lex().colloquial[w]; len(chat) > 0 && strings.ContainsRune(directions, lastRune(w)) && verbal(w) && !e.inCorpus(w) && slices.ContainsFunc(chat, e.inCorpus) {
			return m
		}
	}
	return k
}

// startsCorpusRun reports whether a corpus stretch of two or more
// characters starts at token k of the run that ends at j.
func (e *Engine) startsCorpusRun(toks []index.Token, k, j int, text string) bool {
	return k < j && e.inCorpus(text[toks[k].Start:toks[k+1].End])
}

// inCorpus reports whether the articles contain s verbatim.
func (e *Engine) inCorpus(s string) bool {
	return s != "" && strings.Contains(e.corpus, s)
}

// demonstratives point at a stretch of time the question has just told
// (业主不收房这段时间).
var demonstratives = []string{"这段", "那段", "这", "那", "这些", "那些"}

// notThingRoots open words in 子 that are no thing a compound of the root
// names: people (儿子, 骗子), ways (路子, 法子), and 头子, 日子, 单子.
const notThingRoots = "儿妻男女骗胖瘦孙侄嫂厨头路法样日点面肚脑单身嗓胆例分下"

// nounsEndingIn are the articles' body words of two or three characters
// that end with root and that the dictionary tags neither verbs nor
// adjectives (亭 → 候车亭), when there are few enough of them (four at most)
// to stand for one thing.
func (e *Engine) nounsEndingIn(root rune) []string {
	var out []string
	for _, w := range e.Headed(root, false) {
		if _, tag, ok := index.Lookup(w); ok && (strings.HasPrefix(tag, "v") || strings.HasPrefix(tag, "a")) {
			continue
		}
		out = append(out, w)
	}
	if len(out) > 4 {
		return nil
	}
	return out
}

// compoundsOf are the nouns of nounsEndingIn that the dictionary knows as
// nouns (野猪 for 猪): what a question's lone character the articles never
// write alone stands for.
func (e *Engine) compoundsOf(root rune) []string {
	var out []string
	for _, w := range e.nounsEndingIn(root) {
		if _, tag, ok := index.Lookup(w); ok && strings.HasPrefix(tag, "n") && !strings.HasPrefix(tag, "nr") {
			out = append(out, w)
		}
	}
	return out
}

func loneHanTok(tk index.Token) bool {
	rs := []rune(tk.Text)
	return len(rs) == 1 && unicode.Is(unicode.Han, rs[0])
}

func loneUnknown(tk index.Token, s Searcher) bool {
	if len([]rune(tk.Text)) != 1 || strings.Contains(functionChars, tk.Text) || strings.Contains(interrogativeChars, tk.Text) || isLatinWord(tk.Text) {
		return false // ("谁开的": who, and a verb)
	}
	if zgGrammar(tk) {
		return false // ("村民们跑去": 们 ends the word before it)
	}
	r := []rune(tk.Text)[0]
	return unicode.Is(unicode.Han, r) && (tk.Pos == "x" || tk.Pos == "" || !s.HasTerm(tk.Text))
}

// zgGrammar reports whether a token is a grammar character gse tags "zg"
// (们, 没): never part of a word the cut missed ("钱没结" holds no 钱没,
// though "一分钱没见着" does).
func zgGrammar(tk index.Token) bool {
	return tk.Pos == "zg" && utf8.RuneCountInString(tk.Text) == 1 && strings.Contains(zgGrammarChars, tk.Text)
}

// zgGrammarChars are the characters of zgFunction that are grammar alone
// (里 and 间 end words: 群里, 房间).
const zgGrammarChars = "们没并却才仍虽甚须矣哦唉嗯且"

// interrogativeChars ask, alone: never part of an unknown word.
const interrogativeChars = "谁啥哪"

// substringsOf lists the substrings of s of min to max runes.
func substringsOf(s string, min, max int) []string {
	var starts []int
	for i := range s {
		starts = append(starts, i)
	}
	starts = append(starts, len(s))
	var out []string
	for i := 0; i < len(starts)-1; i++ {
		for n := min; n <= max && i+n < len(starts); n++ {
			out = append(out, s[starts[i]:starts[i+n]])
		}
	}
	return out
}

// foldANotAB reads an "A不AB" question of a two-character word (同不同意,
// 愿不愿意, 知不知道) as the word itself, 同意: the 不 asks, it does not
// deny, and the halves are no words of the article. It returns the folded
// text and the byte offset of the word, -1 when there is none. 是不是 and
// 有没有 keep their form: 是不是真的 is no 是真.
func foldANotAB(s string) (string, int) {
	if !strings.Contains(s, "不") {
		return s, -1
	}
	rs := []rune(s)
	off := 0
	for i := 0; i+3 < len(rs); i++ {
		if aNotAAt(rs, i) && rs[i] != '是' && rs[i] != '有' && unicode.Is(unicode.Han, rs[i+3]) {
			word := string(rs[i+2 : i+4])
			if _, _, ok := index.Lookup(word); ok {
				return s[:off] + word + string(rs[i+4:]), off
			}
		}
		off += len(string(rs[i]))
	}
	return s, -1
}

// aNotA finds an "A不A" question (开不开, 是不是) and where it is.
func aNotA(s string) int {
	rs := []rune(s)
	off := 0
	for i := 0; i+2 < len(rs); i++ {
		if aNotAAt(rs, i) {
			return off
		}
		off += len(string(rs[i]))
	}
	return -1
}

// aNotAAt reports whether rs holds an "A不A" at i.
func aNotAAt(rs []rune, i int) bool {
	return i+2 < len(rs) && rs[i+1] == '不' && rs[i] == rs[i+2] && unicode.Is(unicode.Han, rs[i])
}

// dayParts are the parts of a day a time may name.
var dayParts = map[string]bool{"凌晨": true, "清晨": true, "早上": true, "早晨": true, "上午": true, "中午": true, "下午": true,
	"傍晚": true, "晚上": true, "夜里": true, "深夜": true, "半夜": true, "午夜": true, "晚间": true, "夜间": true}

// nonVerbPos reports whether a part of speech is never a predicate's:
// nouns, distinguishing words, numerals, measure words, times and places
// (gse's adjective and adverb tags are too loose to trust: 反对 is "d").
func nonVerbPos(pos string) bool {
	if pos == "" {
		return false
	}
	return strings.ContainsAny(pos[:1], "nbmqtfs")
}

func isFunctionPos(pos string) bool {
	switch {
	case pos == "":
		return false
	case strings.HasPrefix(pos, "u"), strings.HasPrefix(pos, "p"), strings.HasPrefix(pos, "c"),
		strings.HasPrefix(pos, "y"), strings.HasPrefix(pos, "e"), strings.HasPrefix(pos, "o"),
		pos == "r", pos == "rz", pos == "d", pos == "zg", pos == "ul", pos == "uj", pos == "f", pos == "q", pos == "mq":
		return true
	}
	return false
}

func isNamePos(pos string) bool {
	return pos == "nr" || pos == "nrt" || pos == "nrfg" || pos == "nt" || pos == "nz" || pos == "ns"
}

func isLatinWord(w string) bool {
	if w == "" {
		return false
	}
	for _, r := range w {
		if r >= 0x80 || !(unicode.IsLetter(r) || unicode.IsDigit(r) || r == '.' || r == '-') {
			return false
		}
	}
	return true
}

// nameLike reports whether a question's subject reads as a name: Latin
// words, or words the articles hold that are tagged or known as names.
func (e *Engine) nameLike(s string) bool {
	if isLatinWord(strings.ReplaceAll(s, " ", "")) {
		return true
	}
	if strings.ContainsAny(s, "的了在") || utf8.RuneCountInString(s) > 8 {
		return false
	}
	return e.inCorpus(s)
}

// correct finds the indexed Latin word closest to a misspelt one: one edit
// away for short words, two for long ones.
// translitChars are the characters Chinese uses to spell foreign names
// (the common ones of the Xinhua transliteration tables).
const translitChars = "阿埃艾爱安昂奥澳巴拔芭白拜班邦包保宝鲍贝本比彼毕宾滨波玻伯博布步查柴茨达大戴丹当道德登邓迪狄蒂帝丁东杜敦顿多厄恩尔法凡范方菲斐费芬丰冯夫弗伏福富盖甘冈高戈哥格根古瓜圭贵哈海汉翰豪好赫黑亨洪胡华怀霍基吉加嘉贾简杰捷金京卡凯坎康考柯科可克肯库夸奎昆拉莱赖兰郎朗劳勒雷蕾里理丽利莉连廉林琳凌留柳龙隆卢鲁陆路伦罗洛吕马玛麦迈曼芒毛梅美门蒙孟米密缪莫姆默穆木纳娜乃奈南内尼妮涅宁纽努诺欧帕派潘庞佩彭皮珀普奇齐契恰乔切琴丘屈萨塞赛桑瑟森沙莎山尚舍圣施什史士斯松苏索塔泰坦汤唐陶特滕提汀廷通图托瓦万旺威韦维温文沃乌伍武西希锡席夏谢辛欣休雅亚延扬耶伊依因英尤于约泽扎詹兹朱卓祖佐"

// fullName is a run of two or three capitalised Latin words: "Ilya Sutskever".
var fullName = regexp.MustCompile(`\b[A-Z][a-z]+(?: [A-Z][a-z]+){1,2}\b`)

// quotedCall is a short name in quotes right after the words for what it
// names: 柯基“豆包”, 台风“山竹”.
var quotedCall = regexp.MustCompile(`(\p{Han}{1,8})“(\p{Han}{1,4})”`)

// verbEnding reports whether the last two or three characters of s are a
// verb of the dictionary.
func verbEnding(s string) bool {
	for _, n := range []int{2, 3} {
		if w := lastRunes(s, n); utf8.RuneCountInString(w) == n {
			if _, pos, ok := index.Lookup(w); ok && strings.HasPrefix(pos, "v") {
				return true
			}
		}
	}
	return false
}

// calledBy gives the names the articles' bodies call a thing by in quotes
// right after the words that end in w ("她养的柯基“豆包”"), when they quote
// the name that once and use it bare elsewhere ("豆包在次日凌晨1时许死亡"):
// a question about the corgi is about 豆包, when the articles seldom call it
// the corgi (twice at most). A verb's quotation (称“…”) names nothing.
func (e *Engine) calledBy(w string) []string {
	e.calledOnce.Do(func() {
		for _, d := range e.docs {
			if d.Section != index.Body {
				continue
			}
			for _, m := range quotedCall.FindAllStringSubmatch(d.Norm, -1) {
				if _, pos, ok := index.Lookup(m[2]); ok && (strings.HasPrefix(pos, "v") || strings.HasPrefix(pos, "a")) {
					continue // "董事会“突袭”": a deed in quotes, no name
				}
				if strings.ContainsRune(functionChars+"称叫作成名", lastRune(m[1])) || verbEnding(m[1]) {
					continue // "印有“云岭春”", "称“…”": what is written or said
				}
				if quoted := strings.Count(e.corpus, "“"+m[2]+"”"); quoted == 1 && strings.Count(e.corpus, m[2]) > quoted {
					// (named once, then called so: a brand always quoted,
					// "假冒“云岭春”", is no such name)
					e.called = append(e.called, [2]string{m[1], m[2]})
				}
			}
		}
	})
	var out []string
	for _, c := range e.called {
		if strings.HasSuffix(c[0], w) && !slices.Contains(out, c[1]) {
			out = append(out, c[1])
		}
	}
	if len(out) == 0 || utf8.RuneCountInString(w) < 2 {
		return nil
	}
	if _, pos, ok := index.Lookup(w); ok && strings.HasPrefix(pos, "v") {
		return nil
	}
	if countUpTo(e.corpus, w, 3) > 2 {
		return nil // (a word the articles use for the thing itself: 品牌, not only 禾悦烘焙)
	}
	return out
}

// aliases returns the other parts of the one full name of the articles that
// the Latin word w (or one of its spellings alts) is part of: "sutskever"
// gives "ilya" when the articles name "Ilya Sutskever" and later just
// "Ilya". A part of two different full names gives none.
func (e *Engine) aliases(w string, alts []string) []string {
	e.aliasOnce.Do(func() {
		e.nameParts = map[string][]string{}
		owner := map[string]string{}
		for _, d := range e.docs {
			for _, full := range fullName.FindAllString(d.Text, -1) {
				parts := strings.Fields(strings.ToLower(full))
				for _, p := range parts {
					if english.IsStopWord(p) || len(p) < 3 {
						continue
					}
					if o, ok := owner[p]; ok && o != strings.ToLower(full) {
						e.nameParts[p] = nil // two people share it
						continue
					}
					owner[p] = strings.ToLower(full)
					for _, other := range parts {
						if other != p && !contains(e.nameParts[p], other) && len(other) >= 3 {
							e.nameParts[p] = append(e.nameParts[p], other)
						}
					}
				}
			}
		}
	})
	for _, k := range append([]string{w}, alts...) {
		if ps := e.nameParts[k]; len(ps) > 0 {
			return ps
		}
	}
	return nil
}

// allTranslit reports whether every character of w is a transliteration
// character.
func allTranslit(w string) bool {
	for _, r := range w {
		if !strings.ContainsRune(translitChars, r) {
			return false
		}
	}
	return w != ""
}

// transliterated returns the Latin word of the articles (lower-cased) that
// the Han run w transliterates, judged by their consonant skeletons: equal,
// or one letter apart when they are long. It returns "" when none or more
// than one fits.
func (e *Engine) transliterated(w string) string {
	if !allTranslit(w) {
		return "" // 也会迎来 is no one's name
	}
	e.skeletonOnce.Do(func() {
		e.skeletons = map[string][]string{}
		for _, v := range e.latin {
			if len(v) < 4 || english.IsStopWord(v) {
				continue
			}
			k := english.Skeleton(v)
			if len(k) >= 2 && !contains(e.skeletons[k], v) {
				e.skeletons[k] = append(e.skeletons[k], v)
			}
		}
	})
	found := ""
	long := utf8.RuneCountInString(w) >= 3
	for _, p := range english.Pinyin(w, 4) {
		k := english.Skeleton(p)
		if len(k) == 2 && long {
			// a short outline (伊利亚, Ilya: "al") only when it fits one
			// name exactly
			if vs := e.skeletons[k]; len(vs) == 1 {
				return vs[0]
			}
		}
		if len(k) < 3 {
			continue
		}
		if vs := e.skeletons[k]; len(vs) == 1 {
			return vs[0]
		}
		if len(k) < 4 {
			continue
		}
		for sk, vs := range e.skeletons {
			if len(vs) == 1 && len(sk) >= 4 && sk[0] == k[0] && abs(len(sk)-len(k)) <= 1 && editDistance(sk, k, 1) <= 1 {
				if found != "" && found != vs[0] {
					return "" // two names fit: no guess
				}
				found = vs[0]
			}
		}
	}
	return found
}

func (e *Engine) correct(w string) string {
	max := 1
	if len(w) >= 6 {
		max = 2
	}
	best, bestD := "", max+1
	for _, v := range e.latin {
		if abs(len(v)-len(w)) > max {
			continue
		}
		if d := editDistance(w, v, max); d < bestD {
			best, bestD = v, d
		}
	}
	return best
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// editDistance is the Damerau-Levenshtein (optimal string alignment)
// distance of a and b, or max+1 once it exceeds max.
func editDistance(a, b string, max int) int {
	n, m := len(a), len(b)
	prev2 := make([]int, m+1)
	prev := make([]int, m+1)
	cur := make([]int, m+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= n; i++ {
		cur[0] = i
		rowMin := cur[0]
		for j := 1; j <= m; j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				cur[j] = min(cur[j], prev2[j-2]+1)
			}
			rowMin = min(rowMin, cur[j])
		}
		if rowMin > max {
			return max + 1
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return prev[m]
}

// markModifiers makes a predicate that the question uses to modify a noun
// (被召回的水饺是哪几天生产的) one to anchor on only when the sentence lacks
// the main predicate that follows it: the question asks about 生产, and 召回
// only says which dumplings.
func markModifiers(q *Question) {
	eachPredicate(q, func(t *Term, rest string) {
		if projectNoun.MatchString(skipPredicate(q, rest)) && slices.ContainsFunc(q.Terms, func(o Term) bool { return o.Predicate && o.Pos > t.Pos+len(t.Text)+len("工程") }) {
			// "排水改造工程啥时候能完工": the verbs name the works, the
			// question asks about 完工
			t.Predicate = false
			return
		}
		if m := demonstrative.FindString(rest); m != "" {
			rest = rest[len(m)-len("的"):] // "出事那个村的村支书": a modifier too
		}
		if peopleAfterVerb.MatchString(rest) && slices.ContainsFunc(q.Terms, func(o Term) bool { return o.Predicate && o.Pos > t.Pos+len(t.Text) }) {
			// "被坑了的人…要留好哪些东西": the verb says which people, and
			// the question asks what they are to do
			t.Predicate, t.Modifier = false, true
			return
		}
		if groupAfterVerb.MatchString(rest) {
			// "跳舞那帮阿姨为啥…": the verb says who they are, not what
			// is asked of them
			t.Predicate, t.Modifier = false, true
			return
		}
		if m := namedAfterVerb.FindStringSubmatch(rest); m != nil && !strings.Contains(m[1], "的") && personWord(m[1]) {
			// "那个带头工人姓啥": the verb says which worker, and the
			// question asks only his name
			t.Predicate, t.Modifier = false, true
			return
		}
		if !strings.HasPrefix(rest, "的") || strings.Trim(rest[len("的"):], "?？!！。 ") == "" {
			return
		}
		for _, o := range q.Terms {
			if o.Predicate && o.Pos > t.Pos && !o.Late && o.Text != t.Text {
				t.Late = true
				return
			}
		}
		if t.Pos == 0 {
			// "出事的青屿6号是几点开出去的": a modifier that opens the
			// question only says which one; well-covered evidence may do
			// without it
			t.Soft, t.Modifier = true, true
		}
	})
}

// projectNoun closes a noun phrase that a verb before it names a kind of:
// "(排水)改造工程", "(扩建)项目".
var projectNoun = regexp.MustCompile(`^(?:工程|项目|计划|方案|系统)`)

// skipPredicate returns rest without the text of a predicate of q that
// opens it: "改造工程" → "工程".
func skipPredicate(q *Question, rest string) string {
	for _, o := range q.Terms {
		if o.Predicate && o.Text != "" && strings.HasPrefix(rest, o.Text) {
			return rest[len(o.Text):]
		}
	}
	return rest
}

// countedPeople asks how many people of a sort: 多少投资人, 几个学生.
var countedPeople = regexp.MustCompile(`(?:多少|几)(?:个|名|位)?\p{Han}{0,2}?(?:人|者|员|民|客|生|工|友|属)(?:[^民均币]|$)`)

// perUnit is a measure that 一 before it may mean 每 of (一格 for 每格).
var perUnit = regexp.MustCompile(`^(?:个)?(?:格|间|套|瓶|罐|盒|袋|份|张|人|户|家|晚|天|月|年|周|斤|吨|辆|台|件|场|次|小时|公斤|平方米)$`)

// groupAfterVerb opens a group of people a verb before it describes, with
// no 的: "(跳舞)那帮阿姨", "(闹事)这伙人".
var groupAfterVerb = regexp.MustCompile(`^(?:那|这)(?:帮|伙|群|些)\p{Han}`)

// peopleAfterVerb follows a verb that says which people: "了的人".
var peopleAfterVerb = regexp.MustCompile(`^了?的(?:那些|这些)?人`)

// plentyClause opens a question with the many others the one asked about
// was chosen from: "网上搬家的那么多,".
var plentyClause = regexp.MustCompile(`^[^,，?？]{2,16}?(?:那么多|这么多|多的是|多得是|一大堆)(?:了|啊|呢)?[,，]`)

// namedAfterVerb is a person noun right after a verb, whose name is all
// the question asks: "(带头)工人姓什么", "(值班)民警是谁".
var namedAfterVerb = regexp.MustCompile(`^(\p{Han}{2,3}?)(?:姓什么|叫什么(?:名字)?|是谁|是哪位|是哪个)[啊呀呢]?\s*[?？!！]*$`)

// demonstrative opens a noun phrase closed by 的 after a verb: "出事那个村的".
var demonstrative = regexp.MustCompile(`^(那|这)(个|家|名|位|座|条|艘|次|场|架|辆|起)?\p{Han}{1,4}?的`)

// askedOutcome asks what was done to someone: "怎么处理的", "被如何处置".
var askedOutcome = regexp.MustCompile(`(?:怎么|怎样|如何|咋)(?:被)?(?:处理|处置|处罚|处分|发落)|(?:什么|啥|怎样的?)下场`)

// govAsk asks which government body: 哪个部门, 什么政府部门.
var govAsk = regexp.MustCompile(`(?:哪一?[个家]|什么)(?:政府|监管|执法|主管)?部门`)

// orgAsk is an interrogative that asks which organisation (哪家, 哪所).
var orgAsk = regexp.MustCompile(`(?:哪一?[家个所间]|什么)`)

// notOrgKind are characters no word for the kind of a body holds: a
// person, a verb of going, grammar.
const notOrgKind = "人者去到在给跑来向从被把的了是"

// zhOrgHead is the organisation word a Chinese question asks for, as the
// last word of the name (哪家法院 → 法院; 哪家外卖平台 → 平台, after what
// kind it is), or nil.
func zhOrgHead(lower string) []string {
	if govAsk.MatchString(lower) {
		return govKinds // "哪个部门": any government body's name (农业农村局)
	}
	isOrg := func(w string) bool { return lex().orgSuffixes[w] }
	locs := orgAsk.FindAllStringIndex(lower, -1)
	for _, loc := range locs {
		if w := longestPrefix(lower[loc[1]:], 6, isOrg); w != "" {
			return []string{w}
		}
	}
	for _, loc := range locs {
		if !strings.HasPrefix(lower[loc[0]:], "哪") {
			continue // (什么 asks of a thing as often)
		}
		// the first stretch of up to six characters that ends in an
		// organisation's word, the longest such word
		rest, n := lower[loc[1]:], 0
		for i, r := range rest {
			if n++; n > 6 || !unicode.Is(unicode.Han, r) || strings.ContainsRune(notOrgKind, r) {
				break // ("哪个人跑去公安局报的案": who went there, no body asked)
			}
			if w := longestSuffix(rest[:i+utf8.RuneLen(r)], 4, isOrg); utf8.RuneCountInString(w) >= 2 {
				return []string{w}
			}
		}
	}
	return nil
}

// longestPrefix is the longest start of s, of at most max characters, that
// has accepts, or "".
func longestPrefix(s string, max int, has func(string) bool) string {
	rs := []rune(s)
	for n := min(len(rs), max); n >= 1; n-- {
		if w := string(rs[:n]); has(w) {
			return w
		}
	}
	return ""
}

// longestSuffix is the longest end of s, of at most max characters, that
// has accepts, or "".
func longestSuffix(s string, max int, has func(string) bool) string {
	rs := []rune(s)
	for n := min(len(rs), max); n >= 1; n-- {
		if w := string(rs[len(rs)-n:]); has(w) {
			return w
		}
	}
	return ""
}

// placeAsk is a Chinese interrogative that asks which place (哪个区,
// 哪条路上), and the place word after it.
var placeAsk = regexp.MustCompile(`哪一?[个条座片家所]?(\p{Han}{1,3})`)

// cleftAsk asks who did what the question opens with: "…的是谁", "…的人是谁".
var cleftAsk = regexp.MustCompile(`的(人)?是谁`)

// openingAdverbs may come before a question's opening verb (最早发现…的是谁).
var openingAdverbs = regexp.MustCompile(`^(那天|当天|当晚|当时|最早|最先|首先|率先|第一个|一开始|先|又|是|就)*`)

// openingCoverb is a coverb and its object that may come before a
// question's opening verb, leaving it without a subject (在汇总表上签字的是谁,
// 把孩子拉上来的是谁, 给家长打电话的是谁).
var openingCoverb = regexp.MustCompile(`^(?:在|从|给|把|用|向|替|帮|对|跟|往|朝)[^的,，、]{1,12}$`)

// opensWithVerb reports whether a question in the cleft form (…的是谁)
// opens with its first predicate, a verb, past a few adverbs and a coverb
// with its object: "最早发现老虎跑了的是谁" and "在汇总表上签字的是谁" ask for
// the one who did it, as "谁最早发现" does.
func opensWithVerb(q Question) bool {
	if !cleftAsk.MatchString(q.Lower) {
		return false
	}
	for _, t := range q.Terms {
		if t.Predicate {
			if !t.Verb || t.Pos < 0 || t.Pos > len(q.Lower) {
				return false
			}
			lead := openingAdverbs.ReplaceAllString(q.Lower[:t.Pos], "")
			return lead == "" || openingCoverb.MatchString(lead)
		}
	}
	return false
}

// afterIncident follows an incident in a clause that sets a later time.
var afterIncident = regexp.MustCompile(`^(以后|之后|后)`)

// incidentTime follows an incident that only sets the time of what is asked
// (出事的时候, 出事时).
var incidentTime = regexp.MustCompile(`^(的时候|时|那会儿?|当时)`)

// incident are words for the article's own event (出事): never words its
// sentences must hold.
var incident = map[string]bool{"出事": true, "出事儿": true, "出了事": true}

// faultyThing ends the words before 问题 in "有问题的X", "出了问题的X": the
// faulty X.
var faultyThing = regexp.MustCompile(`(有|出|出了)$`)

// doubled reports whether the predicate t says again what the predicate
// right before it in the question says (认错道歉: two words for one act,
// which a sentence tells once).
func doubled(terms []Term, t Term) bool {
	if !t.Predicate || t.Pos < 0 {
		return false
	}
	for _, p := range terms {
		if p.Predicate && p.Pos >= 0 && p.Pos+len(p.Text) == t.Pos && (slices.Contains(p.Alts, t.Text) || slices.Contains(t.Alts, p.Text)) {
			return true
		}
	}
	return false
}

// zhPlaceHead is the place word a Chinese question asks which of (哪条路上
// → 路上) and the words the place's name ends in (路, 街, 大道), or nil.
func zhPlaceHead(lower string) (string, []string) {
	for _, m := range placeAsk.FindAllStringSubmatch(lower, -1) {
		if w := longestPrefix(m[1], 3, func(w string) bool { return lex().placeAsks[w] != nil }); w != "" {
			return w, lex().placeAsks[w]
		}
	}
	return "", nil
}

// placeSuffix reports whether a word names a place by its ending (东澜市).
func placeSuffix(w string) bool {
	r, _ := utf8.DecodeLastRuneInString(w)
	return utf8.RuneCountInString(w) >= 3 && strings.ContainsRune("市省县镇村州", r)
}

// eachPredicate calls f with every predicate of a Chinese question and the
// question's text right after it.
func eachPredicate(q *Question, f func(t *Term, rest string)) {
	if q.Lang == English {
		return
	}
	for i := range q.Terms {
		t := &q.Terms[i]
		if t.Predicate && t.Pos >= 0 && t.Pos+len(t.Text) <= len(q.Lower) {
			f(t, q.Lower[t.Pos+len(t.Text):])
		}
	}
}

// markTitleCompounds un-makes a predicate that the question's next word
// turns into a title (执行 in 执行主任, 管理 in 管理合伙人): the title names a
// role, and any sentence naming the role would pass for the event. An
// event verb of the lexicon (接替首席执行官) stays a predicate.
func markTitleCompounds(q *Question) {
	if q.Lang == English {
		return
	}
	l := lex()
	for i := 0; i+1 < len(q.Terms); i++ {
		t, n := &q.Terms[i], q.Terms[i+1]
		if t.Predicate && l.synonyms[t.Text] == nil && t.Pos >= 0 && n.Pos == t.Pos+len(t.Text) && l.titles[n.Text] {
			t.Predicate, t.Verb = false, false
		}
	}
}

// markDisposalObject unmarks a verb that opens the object of 把 or 将 and
// stands right before a noun ("把飞行路线往岸边挪", "把维修记录交上去"): it
// says which thing is moved, and the verb asked about comes after the
// object, however lightly the question words it.
func markDisposalObject(q *Question) {
	if q.Lang == English {
		return
	}
	for i := 0; i+1 < len(q.Terms); i++ {
		t, n := &q.Terms[i], q.Terms[i+1]
		if !t.Predicate || t.Pos < 3 || n.Pos != t.Pos+len(t.Text) || n.Predicate || n.Name || n.Light || n.Verb {
			continue
		}
		if before := q.Lower[t.Pos-3 : t.Pos]; before != "把" && before != "将" {
			continue
		}
		if slices.ContainsFunc(q.Terms[i+2:], func(o Term) bool { return o.Verb || o.Predicate || o.Light && utf8.RuneCountInString(o.Text) == 1 }) {
			t.Predicate, t.Verb = false, false
		}
	}
}

// keepPeople rejoins the names of people the articles hold that the
// question's cut split ("顾承"/"远走" → "顾承远"/"走"); what the name leaves
// of a token becomes a token of its own.
func (e *Engine) keepPeople(toks []index.Token, text string) []index.Token {
	if len(e.people) == 0 {
		return toks
	}
	for i := 0; i < len(toks); i++ {
		tk := toks[i]
		if !lex().surnames[firstRunes(tk.Text, 1)] {
			continue
		}
		// the longest name starting here that ends inside a later token
		for _, n := range []int{4, 3} {
			name := firstRunes(text[tk.Start:], n)
			if utf8.RuneCountInString(name) < n || !e.people[name] {
				continue
			}
			end := tk.Start + len(name)
			j := i
			for j < len(toks) && toks[j].End < end {
				j++
			}
			if j >= len(toks) || toks[j].End == end && j == i {
				break // already one token
			}
			out := append([]index.Token{}, toks[:i]...)
			out = append(out, index.Token{Text: name, Start: tk.Start, End: end, Pos: "nr"})
			if rest := toks[j]; rest.End > end {
				w := text[end:rest.End]
				_, pos, _ := index.Lookup(w)
				out = append(out, index.Token{Text: w, Start: end, End: rest.End, Pos: pos})
			}
			toks = append(out, toks[j+1:]...)
			break
		}
	}
	return toks
}

// markOrgNames un-makes a predicate that is part of an organisation's name
// in the question (监管 in 市场监管局, 运营 in 运营分公司): a suffix such as
// 局, 委, 厅 or 公司 follows it directly.
func markOrgNames(q *Question) {
	eachPredicate(q, func(t *Term, rest string) {
		org := false
		if r, _ := utf8.DecodeRuneInString(rest); strings.ContainsRune(orgSuffixChars, r) {
			org = true
		}
		rest = strings.TrimPrefix(strings.TrimPrefix(rest, "分"), "子")
		for w := range lex().orgSuffixes {
			org = org || utf8.RuneCountInString(w) >= 2 && strings.HasPrefix(rest, w)
		}
		if org {
			t.Predicate, t.Verb = false, false
		}
	})
}

// markNameEnds un-makes a predicate that ends a name the articles use, with
// the word right before it (快途|出行 of 快途出行, a company): the name says
// which company, not what it did.
func (e *Engine) markNameEnds(q *Question) {
	eachPredicate(q, func(t *Term, rest string) {
		for _, o := range q.Terms {
			if o.Predicate || o.Pos < 0 || o.Pos+len(o.Text) != t.Pos {
				continue
			}
			if utf8.RuneCountInString(o.Text+t.Text) >= 4 && e.mentions(o.Text, t.Text) >= 2 {
				t.Predicate, t.Verb = false, false
			}
		}
	})
}

// markThisEvent drops the words a Chinese question names the article's
// own event by when its headline names it so (这次连环撞车, 这起事故): every
// sentence of the article is about it, and one that tells what the question
// asks need not repeat them ("事故造成5人死亡").
func (e *Engine) markThisEvent(q *Question) {
	if q.Lang == English {
		return
	}
	for _, loc := range thisEvent.FindAllStringIndex(q.Lower, -1) {
		// the longest word right after it, and the words inside that one
		longest := -1
		for i, t := range q.Terms {
			if t.Pos == loc[1] && !t.Predicate && !t.Name && (longest < 0 || len(t.Text) > len(q.Terms[longest].Text)) {
				longest = i
			}
		}
		if longest < 0 || !e.inHeading(q.Terms[longest]) {
			continue
		}
		end := loc[1] + len(q.Terms[longest].Text)
		q.Terms = slices.DeleteFunc(q.Terms, func(t Term) bool {
			return !t.Predicate && !t.Name && t.Pos >= loc[1] && t.Pos+len(t.Text) <= end
		})
	}
}

// headlineEvent reports whether the first phrase of an article's headline
// (before a space, a dash or a comma) holds the term or one of its
// alternatives: the article's own event ("…快捷酒店凌晨起火致5人遇难" for
// 烧起来, 起火), not a later turn ("…3名嫌疑人已落网").
func (e *Engine) headlineEvent(t Term) bool {
	for _, d := range e.docs {
		if d.Section != index.Body || !e.heading[d.ID] {
			continue
		}
		first := e.lower[d.ID]
		if i := strings.IndexAny(first, " 　,，—:："); i > 0 {
			first = first[:i]
		}
		return termIn(first, t) // the first headline only
	}
	return false
}

// termIn reports whether s holds the term or one of its alternatives.
func termIn(s string, t Term) bool {
	return strings.Contains(s, t.Text) || slices.ContainsFunc(t.Alts, func(a string) bool { return strings.Contains(s, a) })
}

// inHeading reports whether a headline of the articles holds the term or
// one of its alternatives.
func (e *Engine) inHeading(t Term) bool {
	for _, d := range e.docs {
		if d.Section != index.Body || !e.heading[d.ID] {
			continue
		}
		if termIn(e.lower[d.ID], t) {
			return true
		}
	}
	return false
}

// placeAskWords name the place a where-question asks for (位置在哪).
var placeAskWords = map[string]bool{"位置": true, "地点": true, "地方": true, "具体位置": true, "方位": true, "哪一块": true, "一块": true, "地址": true, "具体地址": true}

// roadAskWords are the road a where-question asks which stretch of: 哪段路上.
var roadAskWords = map[string]bool{"路上": true, "路段": true, "路": true}

// whichStretch ends the words before a road asked which of: 哪段, 哪条.
var whichStretch = regexp.MustCompile(`(?:哪段|哪一段|哪条|哪一条)$`)

// viewsAsk asks how many saw something online: 多少人看了, 多少人转发.
var viewsAsk = regexp.MustCompile(`多少人(?:看|观看|浏览|转发|点赞|围观)`)

// viewWords are how an article counts views: 播放量, 浏览量.
var viewWords = []string{"播放量", "浏览量", "阅读量", "点击量", "观看", "播放", "转发"}

// thisAffair matches "this matter" said with no word of what it was:
// 这事, 这件事儿, 这起事情.
var thisAffair = regexp.MustCompile(`这(?:件|个|起|次|回)?事(?:儿|情)?`)

// thisEvent names the article's own event: 这次, 这起, 此次, 本次, 这场.
var thisEvent = regexp.MustCompile(`这次|这起|此次|本次|这场`)

// mentions counts the sentences that hold the word a and the word b right
// after it, found by the pair of characters at their junction (快途|出行:
// 途出), without a scan of the articles' text.
func (e *Engine) mentions(a, b string) int {
	last, _ := utf8.DecodeLastRuneInString(a)
	first, _ := utf8.DecodeRuneInString(b)
	if a == "" || b == "" {
		return 0
	}
	n := 0
	for _, d := range e.bigrams[string(last)+string(first)] {
		if strings.Contains(e.lower[d], a+b) {
			n++
		}
	}
	return n
}

// orgSuffixChars end the names of offices and bodies: 监管局, 卫健委, 教育厅.
const orgSuffixChars = "局委厅署办处院所部"

// settingClause is a leading clause that sets the time of the question's
// event: "郑国栋辞职后,", "比赛开始之前,".
var settingClause = regexp.MustCompile(`^[^,，]{2,30}(之后|以后|后|之前|以前|前|的时候|时|期间)\s*[,，]`)

// bareSetting is a leading clause of a few characters that sets the time
// without a comma after it: "出事以后带…", "回家之后发现…".
var bareSetting = regexp.MustCompile(`^\p{Han}{2,3}(?:之后|以后)\p{Han}`)

// markSetting marks the predicates of a leading time-setting clause when
// the rest of the question has a predicate of its own: "郑国栋辞职后,由谁
// 接任" asks who succeeded him, and a sentence about his resignation alone
// does not answer it.
func markSetting(q *Question) {
	if q.Lang == English {
		return
	}
	loc := settingClause.FindStringIndex(q.Lower)
	bare := false
	if loc == nil {
		// "出事以后带调查组去学校查的是哪位领导": a short clause without
		// its comma
		if loc = bareSetting.FindStringIndex(q.Lower); loc == nil {
			return
		}
		bare = true
	}
	main := false
	for _, t := range q.Terms {
		main = main || t.Predicate && t.Pos >= loc[1]
	}
	if !main {
		if bare {
			// the question's own verb is a character the terms leave out
			// (带, 查): the clause's verb is no predicate either, only a
			// word of the event
			for i := range q.Terms {
				if t := &q.Terms[i]; t.Predicate && t.Pos >= 0 && t.Pos < loc[1] {
					t.Predicate = false
				}
			}
		}
		return
	}
	for i := range q.Terms {
		if t := &q.Terms[i]; t.Predicate && t.Pos >= 0 && t.Pos < loc[1] {
			t.Setting, t.Late = true, true
		}
	}
}

// verbal reports whether a lexicon word is a verb: the segmenter's tag
// when it knows the word, else most of its group's (官方说法 goes with
// 通报 and 情况通报, nouns; 开干 with 复工 and 恢复作业, verbs).
func verbal(w string) bool {
	if verb, ok := taggedVerb(w); ok {
		return verb
	}
	l := lex()
	group := l.colloquial[w]
	if group == nil {
		return true // a [synonyms] word: the groups are of verbs
	}
	verbs, known := 0, 0
	for _, o := range group {
		if verb, ok := taggedVerb(o); ok {
			known++
			if verb {
				verbs++
			}
		}
	}
	return known == 0 || 2*verbs >= known
}

// locativePlace reports whether w is a place and where in or on it (镇上,
// 村里, 县里, 店里), which the dictionary may tag as a verb: never the act
// a question asks about.
func locativePlace(w string) bool {
	rs := []rune(w)
	return len(rs) == 2 && strings.ContainsRune("镇村县市区乡省店厂家院校城", rs[0]) && strings.ContainsRune("上里内", rs[1])
}

// insideWord reports whether w says inside what (房间里, 屋内): where,
// never what was done.
func insideWord(w string) bool {
	return utf8.RuneCountInString(w) >= 2 && (strings.HasSuffix(w, "里") || strings.HasSuffix(w, "内"))
}

// taggedVerb reports whether the segmenter's dictionary tags w as a verb,
// and whether it knows w at all.
func taggedVerb(w string) (verb, known bool) {
	_, tag, ok := index.Lookup(w)
	return ok && strings.HasPrefix(tag, "v") && !lex().nouns[w], ok
}

// chatOf returns the words of the chat group of a question word w that the
// articles hold, and the credit each earns: when the articles hold w itself
// only inside quotations, chatWeight (病人 in someone's words is 患者 in the
// report); when they use it (and its synonyms) in one sentence only, and
// then only the group's words found in at most maxLooseFreq sentences,
// looseChatWeight (头疼 of a worry is no 头痛, but a question's 头疼 most
// likely is), less than w itself earns, so that the sentence with w wins
// where it answers. Nil otherwise (for a word the articles lack,
// synonymsOf has them; for one the report uses often, they are too loose),
// and for people (老板 is not every 负责人). It remembers its answer per
// word.
func (e *Engine) chatOf(w string) ([]string, float64) {
	chat := lex().colloquial[w]
	if len(chat) == 0 {
		return nil, 0
	}
	if v, ok := e.chats.Load(w); ok {
		f := v.(chatFound)
		return f.words, f.weight
	}
	words, weight := e.findChat(w, chat)
	e.chats.Store(w, chatFound{words, weight})
	return words, weight
}

// chatFound is what chatOf found for a word.
type chatFound struct {
	words  []string
	weight float64
}

// findChat does chatOf's work for w, whose chat group is chat.
func (e *Engine) findChat(w string, chat []string) ([]string, float64) {
	if !e.inCorpus(w) {
		return nil, 0
	}
	weight := chatWeight
	if !e.quotedOnly(w) {
		if personNoun(w) {
			return nil, 0
		}
		n := e.DocFreq(w)
		for _, o := range lex().synonyms[w] {
			if n > 1 {
				break
			}
			n += e.DocFreq(o)
		}
		if n > 1 {
			return nil, 0 // (nor when its synonyms are there to find)
		}
		weight = looseChatWeight
	}
	var out []string
	for _, o := range chat {
		if o != w && utf8.RuneCountInString(o) > 1 && e.inCorpus(o) && !contains(lex().synonyms[w], o) && (weight == chatWeight || e.DocFreq(o) <= maxLooseFreq) {
			out = append(out, o)
		}
	}
	return out, weight
}

// quotedOnly reports whether every time the articles use w it is inside a
// quotation: someone's own words, which the report may tell in its own.
// It reads every sentence once per word, then remembers.
func (e *Engine) quotedOnly(w string) bool { return e.inQuotesOnly(w, 0) }

// spokenOnly reports whether the articles use w only inside quotations of
// someone's words, longer than a label (“停业整顿” on a notice is no one's
// saying).
func (e *Engine) spokenOnly(w string) bool { return e.inQuotesOnly(w, spokenRunes) }

// spokenRunes is the length, in characters, above which a quotation is
// someone's words rather than a label or a title.
const spokenRunes = 8

// inQuotesOnly reports whether every time the articles use w it is inside
// a quotation longer than min characters, remembered per word and min.
func (e *Engine) inQuotesOnly(w string, min int) bool {
	key := w
	if min > 0 {
		key = "\x00" + strconv.Itoa(min) + " " + w // (beside the memory of w itself)
	}
	if v, ok := e.quoted.Load(key); ok {
		return v.(bool)
	}
	only := true
	for _, d := range e.lower {
		if !only {
			break
		}
		for at := 0; only; {
			i := strings.Index(d[at:], w)
			if i < 0 {
				break
			}
			open, close := strings.LastIndex(d[:at+i], "“"), strings.Index(d[at+i:], "”")
			only = inQuote(d, at+i+len(w)) && (min == 0 || open >= 0 && close >= 0 && utf8.RuneCountInString(d[open:at+i+close]) > min)
			at += i + len(w)
		}
	}
	e.quoted.Store(key, only)
	return only
}

// synonymsOf returns the near-synonyms a question word w stands for: its
// lexicon group, and, when the articles lack w itself, the news words of its
// chat group that they hold (钻进 → 潜入). Nil when there are none.
func (e *Engine) synonymsOf(w string) []string {
	l := lex()
	syns := l.synonyms[w]
	if d := floorDigits(w); d != "" && e.inCorpus(d) {
		syns = append(syns[:len(syns):len(syns)], d) // 一楼 → 1楼, as articles write floors
	}
	chat := l.colloquial[w]
	if len(chat) == 0 || e.inCorpus(w) {
		return syns
	}
	// (the news words the report itself uses, when it uses any: 修好 in
	// someone's words "等管子修好不知道要多久" is no 恢复通气)
	reported := slices.ContainsFunc(chat, func(o string) bool { return e.inCorpus(o) && !e.quotedOnly(o) })
	for _, o := range chat {
		if !contains(syns, o) && e.inCorpus(o) && !(reported && e.quotedOnly(o) && e.spokenOnly(o)) {
			syns = append(syns[:len(syns):len(syns)], o)
		}
	}
	// and the synonyms of its news words (开掉 → 解雇 → 炒掉)
	for _, o := range chat {
		if l.colloquial[o] != nil && !l.light[o] {
			for _, s := range l.synonyms[o] {
				if !contains(syns, s) && s != w && e.inCorpus(s) {
					syns = append(syns[:len(syns):len(syns)], s)
				}
			}
		}
	}
	return syns
}

// floorDigits is a floor written in Chinese numerals (一楼, 十二层) in
// digits (1楼, 12层), or "" for another word.
func floorDigits(w string) string {
	r := []rune(w)
	if len(r) < 2 || len(r) > 3 || r[len(r)-1] != '楼' && r[len(r)-1] != '层' {
		return ""
	}
	numeral := string(r[:len(r)-1])
	n, ok := smallNumeral(numeral)
	if !ok || n == 0 || strings.ContainsAny(numeral, "0123456789两") {
		return "" // (两楼 and 2楼 are no Chinese numerals of a floor)
	}
	return strconv.Itoa(n) + string(r[len(r)-1])
}

// labelled is a pattern and the label a question matching it is given.
type labelled struct {
	re    *regexp.Regexp
	label string
}

// timeGrains are the grains a Chinese when-question asks for, and
// pointedFew points at some people with 那 or 这, asking no count: 那几个人.
var pointedFew = regexp.MustCompile(`([那这])几(个人|名|位)`)

// measureAsks the measures a how-many question asks for; the first match
// wins.
var (
	timeGrains  = []labelled{{yearGrain, "year"}, {dateGrain, "date"}, {durationGrain, "duration"}, {clockGrain, "clock"}}
	measureAsks = []labelled{{ageAsk, "age"}, {percentAsk, "percent"}, {areaAsk, "area"}, {moneyAsk, "money"}, {peopleAsk, "people"}, {lengthAsk, "length"}, {weightAsk, "weight"}, {speedAsk, "speed"}}
)

// firstLabel returns the label of the first pattern in ls that matches s,
// or "" when none does.
func firstLabel(s string, ls []labelled) string {
	for _, l := range ls {
		if l.re.MatchString(s) {
			return l.label
		}
	}
	return ""
}

// addressWords follow a surname to address someone without the given name
// (罗大爷, 郑师傅, 韦女士).
var addressWords = map[string]bool{"大爷": true, "大妈": true, "大叔": true, "大婶": true, "阿姨": true, "师傅": true,
	"先生": true, "女士": true, "老伯": true, "奶奶": true, "爷爷": true, "大哥": true, "大姐": true, "老汉": true, "老太": true}

// addressed returns the people of the articles whose surname the
// question's tokens at i give with a word of address (罗 大爷, 老 罗, 老罗,
// 罗大爷 as one token) or as a family (周家), sorted, and the index of the address's last token;
// nil when there is none.
func (e *Engine) addressed(toks []index.Token, i int) ([]string, int) {
	w := toks[i].Text
	rs := []rune(w)
	next := i+1 < len(toks) && toks[i+1].Start == toks[i].End
	surname, last := "", i
	switch {
	case len(rs) == 1 && next && addressWords[toks[i+1].Text]:
		surname, last = w, i+1
	case len(rs) >= 3 && addressWords[string(rs[1:])]:
		surname = string(rs[0]) // "罗大爷" cut as one word
	case len(rs) == 2 && (rs[0] == '老' || rs[0] == '小'):
		surname = string(rs[1]) // "老罗"
	case len(rs) == 2 && rs[1] == '家':
		surname = string(rs[0]) // "周家": the family of the 周 the articles name
	case w == "老" && next && utf8.RuneCountInString(toks[i+1].Text) == 1:
		surname, last = toks[i+1].Text, i+1
	}
	if surname == "" || !lex().surnames[surname] || e.inCorpus(w) && len(rs) > 1 {
		return nil, i
	}
	return e.surnamed(surname), last
}

// addWordOf adds a term for the first of found (the words of one sense the
// articles use: 来自, 老家…), the rest its alternatives; nothing when found
// is empty. A light term counts a little.
func (q *Question) addWordOf(found []string, light bool) {
	if len(found) > 0 {
		q.Terms = append(q.Terms, Term{Text: found[0], Alts: slices.Clone(found[1:]), AltWeight: 1, Light: light, Pos: 2})
	}
}

// bodyAsked matches the word of a body a question's word for whoever is in
// charge follows: "(那家)公司(的)老板", "派出所(的)头儿", "那家公司，老总".
var bodyAsked = regexp.MustCompile(`(\p{Han}{0,4}(?:公司|集团|企业|店|厂|所|局|院|校|站|馆|行|会|社|部|处|科|队|组|委|办|中心|团伙))(?:的|里|里面)?(?:` + inChargeWords + `)?的?[，,、\s]*$`)

// inChargeBefore is the stretch of a question from a word for being in
// charge to the word for whoever is that follows it: "管事的老总".
var inChargeBefore = regexp.MustCompile(`^(?:` + inChargeWords + `|管)的?$`)

// inChargeWords say that someone is in charge: "公司管事的老总".
const inChargeWords = `管事|负责|主事|当家|主管|掌舵`

// bodyBefore returns the body named right before a question's word for
// whoever is in charge, or "".
func bodyBefore(before string) string {
	if m := bodyAsked.FindStringSubmatch(before); m != nil {
		return m[1]
	}
	return ""
}

// headsBody reports whether a title of whoever is in charge may head the
// body: a title of some body's kind (所长, 队长) heads only a body of that
// kind (派出所, 大队), where 董事长 and titles of no kind (总经理, 负责人)
// head any; any title heads a body left unsaid ("").
func headsBody(title, body string) bool {
	kind, ok := titleKind(title)
	return body == "" || !ok || strings.ContainsRune(body, kind)
}

// ownTitle reports whether a title is of the body's own kind: 馆长 of
// 殡仪馆, 局长 of 应急局 (a deputy's too).
func ownTitle(title, body string) bool {
	kind, ok := titleKind(title)
	return body != "" && ok && strings.ContainsRune(body, kind)
}

// titleKind returns the kind of body a title of whoever is in charge
// heads (局 of 局长, 所 of 副所长); false for a title of no kind (总经理,
// 负责人, 董事长).
func titleKind(title string) (rune, bool) {
	rs := []rune(strings.TrimPrefix(title, "副"))
	if len(rs) < 2 || rs[len(rs)-1] != '长' || title == "董事长" || title == "理事长" {
		return 0, false
	}
	return rs[len(rs)-2], true
}

// markPlanVerbs makes a verb of intending (打算, 准备, 计划) before the
// verb intended ("打算怎么补偿", "准备在沿线加装") a light word, not the
// predicate the answer must hold: an article reports the plan by its
// deed (将…补偿, 拟加装) as often as by the intending. A verb intended that
// the articles never write ("打算先抓哪几件事") leaves the intending the
// predicate.
func (e *Engine) markPlanVerbs(q *Question) {
	for i, t := range q.Terms {
		if !t.Predicate || !planVerbs[t.Text] {
			continue
		}
		if slices.ContainsFunc(q.Terms, func(o Term) bool { return o.Pos > t.Pos && !o.Light && !o.Name && e.occurs(o) }) {
			q.Terms[i].Predicate, q.Terms[i].Light = false, true
		}
	}
}

// occurs reports whether the articles write t or one of its alternatives.
func (e *Engine) occurs(t Term) bool {
	return e.inCorpus(t.Text) || slices.ContainsFunc(t.Alts, e.inCorpus)
}

// planVerbs are the verbs of intending markPlanVerbs lightens.
var planVerbs = map[string]bool{"打算": true, "准备": true, "计划": true, "想要": true}

// markTimeClauses makes a verb that only sets the time of what a question
// asks ("着火的时候是谁报的警", "停电时谁在值班", "打药之前跟村委会说过没有")
// a word to find, not the predicate the answer must hold: the question's
// verb is the one after it. A when-question keeps it, for there the clause
// is what is asked.
func markTimeClauses(q *Question) {
	for i, t := range q.Terms {
		if !t.Predicate || t.Pos < 0 || t.Pos+len(t.Text) > len(q.Lower) {
			continue
		}
		if rest := q.Lower[t.Pos+len(t.Text):]; !incidentTime.MatchString(rest) && (q.Kind == KindWhen || !beforeIncident.MatchString(rest)) {
			continue
		}
		end := t.Pos + len(t.Text)
		if slices.ContainsFunc(q.Terms, func(o Term) bool { return o.Pos > end && !o.Light && !o.Name }) {
			q.Terms[i].Predicate = false
		}
	}
}

// beforeIncident follows a verb whose clause sets the time before what a
// question asks: "打药之前跟村委会说过没有".
var beforeIncident = regexp.MustCompile(`^(?:之前|以前)`)

// knownNonVerb reports whether the segmenter's dictionary knows w and tags
// it no verb.
func knownNonVerb(w string) bool {
	verb, known := taggedVerb(w)
	return known && !verb
}

// verbAt reports whether toks[j] opens a verb: one tagged so, or a verb and
// its complement, whole or cut apart (开掉, 开/掉).
func verbAt(toks []index.Token, j int) bool {
	if strings.HasPrefix(toks[j].Pos, "v") || complementVerb(toks[j].Text) != "" {
		return true
	}
	return j+1 < len(toks) && toks[j+1].Start == toks[j].End && complementVerb(toks[j].Text+toks[j+1].Text) != ""
}

// toldTo is a coverb and the one spoken to, right before 说 or 讲 of a
// question: 跟村委会说, 向家长讲.
var toldTo = regexp.MustCompile(`(?:跟|和|向|同|给)\p{Han}{1,8}$`)

// toldWords are the article's words for telling someone a thing.
var toldWords = []string{"通知", "告知", "告诉", "报备", "打招呼", "反映", "反馈", "报告"}
