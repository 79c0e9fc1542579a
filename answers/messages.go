package answers

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/eventbot/eventbot/answers/english"
)

// refuse builds a refusal for q: no citations, a reason and a message in the
// question's language.
func refuse(q Question, r Reason) Answer {
	kind := q.Kind
	if kind == "" {
		kind = KindOther
	}
	return Answer{
		Question:  q.Raw,
		Status:    Refused,
		Kind:      kind,
		Reason:    r,
		Message:   RefusalMessage(r, q.Lang),
		Citations: []Citation{},
		Lang:      q.Lang,
	}
}

// RefusalMessage is the plain message given with a refusal.
func RefusalMessage(r Reason, l Lang) string {
	if l == English {
		switch r {
		case UnrelatedContent:
			return "That question is about content appended to the article (an ad or an unrelated news brief), which is unrelated to the article's events, so I won't answer it from there."
		case NotInArticle:
			return "The article does not say."
		default:
			return "That is not a question I can answer. Ask one question about the article's events, e.g. \"Who was appointed interim CEO?\""
		}
	}
	switch r {
	case UnrelatedContent:
		return "这个问题涉及文章后附的广告或其他资讯,与本文报道的事件无关,我不根据这些内容作答。"
	case NotInArticle:
		return "文章没有提到这一点。"
	default:
		return "这不是一个我能回答的问题。请就文章中的事件提一个问题,例如:谁被任命为临时首席执行官?"
	}
}

func answeredMessage(l Lang, cites []Citation) string {
	locs := make([]string, len(cites))
	for i, c := range cites {
		locs[i] = fmt.Sprintf("¶%d.%d", c.Paragraph, c.Sentence)
	}
	if l == English {
		return "From the article, " + strings.Join(locs, ", ") + "."
	}
	return "依据文章 " + strings.Join(locs, "、") + "。"
}

// writtenAsk asks what something bore written or shown: 写着什么, 写的啥,
// 印着什么, 显示什么, 提示什么.
var writtenAsk = regexp.MustCompile(`(?:写着|写的|写了|印着|印的|标着|显示|提示|批注)(?:的是)?(?:什么|啥)`)

// zhKindAsk asks which kind of a thing, the noun after it: 哪种蛋糕, 什么样
// 的车, 哪一类药, 啥品种的狗.
var zhKindAsk = regexp.MustCompile(`(?:(?:什么|啥|哪个|哪一?)品种的?|哪一?种|哪一?类|哪一?款|什么样的?|什么类型的?|什么|啥)(\p{Han}{1,4}?)(?:[?？吗呢啊]|$)`)

// kindNotAsked are nouns after 什么 that ask no kind of a thing the
// article names: 什么东西, 什么原因, 什么罪名.
var kindNotAsked = map[string]bool{"东西": true, "事": true, "事情": true, "问题": true, "原因": true, "理由": true, "办法": true, "情况": true,
	"意思": true, "时候": true, "名字": true, "罪": true, "罪名": true, "牌子": true, "品牌": true, "型号": true, "作用": true, "用": true,
	"地方": true, "人": true, "结果": true, "处罚": true, "处分": true, "处理": true, "措施": true, "样子": true, "内容": true, "要求": true, "说法": true,
	"下场": true, "后果": true}

// analyzeAny analyses a question in whichever language it is written.
func (e *Engine) analyzeAny(raw string) Question {
	if utf8.RuneCountInString(raw) > MaxQuestionRunes {
		// refused before any work that grows with its length
		return Question{Raw: raw, Kind: KindOther, Lang: Chinese, WhPos: -1, Invalid: true}
	}
	norm := Normalize(raw)
	var q Question
	if english.IsEnglish(norm) {
		q = e.analyzeEnglish(raw, norm)
	} else {
		q = e.analyze(raw, norm)
	}
	for i, t := range q.Terms {
		if t.Name || t.Light {
			continue
		}
		for _, w := range append([]string{t.Text}, t.Alts...) {
			for _, n := range e.calledBy(w) {
				if !slices.Contains(q.Terms[i].Alts, n) {
					q.Terms[i].Alts = append(q.Terms[i].Alts, n)
				}
			}
		}
	}
	q.Phase = phaseOf(q.Lower)
	q.firstAsked = firstAsk.MatchString(q.Lower)
	q.Total = q.Total || totalAsk.MatchString(q.Lower)
	q.Per = perAsk.FindString(q.Lower)
	if q.Per == "" && q.Measure == "money" {
		if m := perOne.FindStringSubmatch(q.Lower); m != nil {
			q.Per = "每" + m[1] // "一张蚕种按多少钱赔": the price of each
		}
	}
	if q.Kind == KindHowMany {
		q.Marked = markedAsk(q.Lower)
	}
	q.Duty = dutyAsk.MatchString(q.Lower)
	q.realWhy = q.Kind == KindWhy && realAsk.MatchString(q.Lower)
	if q.Lang == Chinese && q.Kind == KindWhat && len(q.kindFocus) == 0 {
		// "她买了哪种蛋糕": the cake, as the article names its kind, as an
		// English "what kind of cake" asks
		if m := zhKindAsk.FindStringSubmatchIndex(q.Lower); m != nil {
			// ("啥品种的狗": the animal is often the article's commonest
			// word, and still the thing whose breed is asked)
			breed := strings.Contains(q.Lower[m[0]:m[2]], "品种")
			for i, t := range q.Terms {
				if t.Pos == m[2] && (!t.Light || breed || utf8.RuneCountInString(t.Text) == 1) && !t.Name && !kindNotAsked[t.Text] {
					q.kindFocus = slices.Concat([]string{t.Text}, t.Alts, t.Syns)
				}
				if t.Text == "品种" && t.Pos < m[2] {
					q.Terms[i].Light = true // the kind asked for, no word to find
				}
			}
		}
	}
	q.Named = q.Named || q.Lang == Chinese && nameAsk.MatchString(q.Lower)
	if q.Named && q.Lang == Chinese {
		// "真名是什么": the word for the name asks; the answer need not hold it
		for i := range q.Terms {
			if slices.Contains(realNames, q.Terms[i].Text) {
				q.Terms[i].Light, q.Terms[i].Predicate = true, false
			}
		}
	}
	if q.Lang == Chinese && q.Kind == KindWho {
		// "骨折的男孩叫什么名字", "那个队医叫啥": a person's name, which
		// the evidence must give them
		loc := nameAsk.FindStringIndex(q.Lower)
		if loc == nil {
			loc = callAsk.FindStringIndex(q.Lower)
		}
		if loc != nil {
			before := strings.TrimRight(q.Lower[:loc[0]], "的叫是都")
			// "遇难的那几个人分别叫什么名字": past an adverb
			for _, adv := range []string{"分别", "各自", "到底", "究竟", "具体", "都", "又"} {
				before = strings.TrimSuffix(before, adv)
			}
			// "收费员邹某全名叫什么": the full name of one the question
			// calls by role and anonymized name
			for _, w := range []string{"全名", "全称", "真名", "大名", "姓名", "名字"} {
				before = strings.TrimSuffix(before, w)
			}
			if m := anonymizedEnd.FindStringIndex(before); m != nil && lex().surnames[firstRunes(before[m[0]:], 1)] {
				before = before[:m[0]]
			}
			q.NameAsked = endsWithAny(before, personEnds) || personNoun(lastRunes(before, 2))
			s, ok := strings.CutSuffix(before, "名称")
			if !ok {
				s, ok = strings.CutSuffix(before, "名")
			}
			if ok && strings.ContainsRune(businessNamed, lastRune(s)) {
				// "店名叫什么", "厂名称是什么": the name of the shop, a
				// place of business, not of a person
				q.WantOrg, q.WantPerson, q.NameAsked, q.OrgHead = true, false, false, []string{lastRunes(s, 1)}
			}
			if org, ok := orgEnding(before); ok && !endsWithAny(before, personEnds) && !q.WantOrg && loc[0] > 0 {
				// "搭脚手架的分包公司叫什么名字": an organisation's name,
				// ending as the question says (固达架业有限公司)
				q.WantOrg, q.WantPerson, q.NameAsked, q.OrgHead = true, false, false, []string{org}
				q.Role = slices.DeleteFunc(q.Role, func(r string) bool { return lex().orgSuffixes[r] })
			}
		} else if m := roleIsWho.FindStringSubmatch(q.Lower); m != nil && (isTitle(lastRunes(m[1], 2)) || endsWithAny(m[1], personEnds)) {
			// "带队的那个刑警队长是哪位": the role asked which one of
			// comes before 是哪位
			q.whichOne = true
		} else if m := whichPerson.FindStringSubmatch(q.Lower); m != nil {
			// "给那女孩看伤的是哪个医生": the name of the one the role
			// describes, which the article gives after its title
			// (副主任医师何建平)
			for n := utf8.RuneCountInString(m[1]); n >= 2 && !q.whichOne; n-- {
				w := firstRunes(m[1], n)
				q.whichOne = endsWithAny(w, personEnds) || personNoun(w)
			}
		}
	}
	if q.Kind == KindWho && !q.WantOrg && !orgQuestion.MatchString(q.Lower) && (q.whichOne || personAsk.MatchString(q.Lower)) {
		// "是哪位", "哪个医生": a person, not the body they work for
		q.WantPerson = true
	}
	if q.Kind == KindWho {
		e.withDoers(&q)
	}
	if q.EitherNames = e.joinsPeople(q); q.EitherNames {
		for i := range q.Terms {
			q.Terms[i].joined = e.joinedPerson(&q.Terms[i])
		}
	}
	if m := comparedName.FindStringSubmatch(q.Lower); m != nil && q.Lang == English {
		// "why's Tian's case messier than Ma's": the one compared with
		// need not be in the sentence that answers
		for i := range q.Terms {
			if t := &q.Terms[i]; t.Name && slices.Contains(strings.Fields(m[1]), t.Text) {
				t.compared = true
			}
		}
	}
	if sentenceAsk.MatchString(q.Lower) && q.Kind != KindWho && q.Kind != KindWhy {
		// (but "why did the lawyer ask for a lighter sentence" asks the
		// plea's reason, which the sentence passed need not hold)
		// "how many years in prison did he get", 判了几年: a sentence the
		// article passes (判处, 有期徒刑), or none it says
		if found := e.usedOf(&e.sentenceList, sentenceWords); len(found) == 0 {
			q.Stranger = true
		} else {
			q.Terms = append(q.Terms, Term{Text: found[0], Alts: slices.Clone(found[1:]), AltWeight: 1, Required: true, Pos: 2})
		}
	}
	if q.Kind == KindWhat && symptomAsk.MatchString(q.Lower) && !injuryAsk.MatchString(q.Lower) {
		// "what were people feeling at first": the symptoms, as the
		// article names them (恶心, 呕吐, 头晕)
		q.Symptoms, q.Supposing = true, zhOrEnIf.MatchString(q.Lower)
		for i := range q.Terms {
			if l := q.Terms[i].lemma; l == "sign" || l == "symptom" {
				q.Terms[i].Light, q.Terms[i].Predicate = true, false // the signs are the symptoms, no 牌子
			}
		}
		q.addWordOf(e.usedOf(&e.symptomList, symptomWords), false)
	}
	if (q.Kind == KindWhat || q.Kind == KindOther) && injuryAsk.MatchString(q.Lower) {
		// "how badly was he hurt": the injuries, as the article names
		// them (右腿骨折), stand for its word of being hurt
		used := e.usedOf(&e.injuryList, injuryWords)
		for i := range q.Terms {
			if t := &q.Terms[i]; strings.Contains(t.Text, "伤") || slices.ContainsFunc(t.Alts, func(a string) bool { return strings.Contains(a, "伤") }) {
				t.addSyns(used)
			}
		}
	}
	if q.Kind == KindWho && ownerAsk.MatchString(q.Lower) {
		// "whose dog was it", 这条船是谁的: its owner, as the article
		// words owning (主人, 船主, 属于, 名下)
		q.addWordOf(e.usedOf(&e.ownerList, ownerWords), false)
	}
	if q.Lang == Chinese && zhFromAsk.MatchString(q.Lower) && !slices.ContainsFunc(q.Terms, func(t Term) bool { return slices.Contains(fromWords, t.Text) }) {
		// "她是哪里人": where she comes from, as the article says it
		q.addWordOf(e.usedOf(&e.fromList, fromWords), false)
	}
	q.Said = q.Said || q.Lang == Chinese && speechAsk.MatchString(q.Lower)
	if q.Lang == Chinese && q.Kind == KindWhat && writtenAsk.MatchString(q.Lower) {
		q.Written, q.Said = true, true // "纸条上写着什么": the words it bore, as quoted
	}
	q.Fear = q.Kind == KindWhy && fearAsk.MatchString(q.Lower)
	q.Since = q.Kind == KindWhen && asksSince.MatchString(q.Lower)
	q.Dial = (q.Kind == KindWhat || q.Kind == KindHowMany) && numberAsk.MatchString(q.Lower)
	q.Real = q.Named && realNameAsk.MatchString(q.Lower)
	if asksCharge(q) {
		// "因为什么罪被拘", "what charges": the crime's name, not a reason
		q.Charge, q.Kind = true, KindWhat
		for i := range q.Terms {
			if t := q.Terms[i].Text; chargeWord.MatchString(t) || isLatinWord(t) && chargeAsk.MatchString(t) {
				q.Terms[i].Light, q.Terms[i].Predicate = true, false
			}
		}
		if !slices.ContainsFunc(q.Terms, func(t Term) bool { return !t.Light }) {
			// "what are they charged with": any sentence naming a crime
			q.Terms = append(q.Terms, Term{Text: "罪", Pos: 2})
		}
	}
	// (once its predicates are settled)
	q.Cleft = q.Lang == Chinese && q.Kind == KindWho && opensWithVerb(q)
	return q
}

// injuryWords are what an article that reports people hurt says their
// injuries were.
var injuryWords = []string{"骨折", "骨裂", "挫伤", "擦伤", "烧伤", "烫伤", "灼伤", "裂伤", "划伤", "割伤", "扭伤", "脱臼", "脑震荡", "伤势", "伤情"}

// symptomWords are what an article that reports people taken ill says
// they had.
var symptomWords = []string{"症状", "恶心", "呕吐", "腹泻", "腹痛", "头晕", "头痛", "发热", "发烧", "乏力", "胸闷", "心慌", "抽搐", "咳嗽", "呼吸困难", "皮疹", "瘙痒", "少尿"}

// sentenceAsk asks what sentence a court passed: "how many years in
// prison", "what sentence did he get", 判了几年, 坐几年牢.
var sentenceAsk = regexp.MustCompile(`(?i)\b(?:prison|jail|sentence[ds]?|sentencing|behind bars)\b|判了?(?:几|多少)年|判了?多久|判了什么|坐几年牢|刑期`)

// sentenceWords are what an article that reports a sentence says.
var sentenceWords = []string{"判处", "有期徒刑", "无期徒刑", "徒刑", "判刑", "获刑", "刑期", "死刑", "缓刑", "拘役", "宣判"}

// zhFromAsk asks where someone comes from: 哪里人, 哪儿的人, 老家在哪.
var zhFromAsk = regexp.MustCompile(`(?:哪里|哪儿|哪)(?:的)?人|老家(?:在|是)?(?:哪|什么地方)`)

// ownerAsk asks whose a thing is: "whose dog was it", "whose boat is
// that", 是谁的, 谁家的.
var ownerAsk = regexp.MustCompile(`(?i)^\W*(?:so\s+|and\s+|but\s+)?whose\s+[a-z]|是谁的[?？]?\s*$|谁家的`)

// ownerWords are what an article says of owning something.
var ownerWords = []string{"主人", "船主", "车主", "犬主", "机主", "业主", "属于", "名下", "归属"}

// callAsk ends a question asking what someone is called: "那个队医叫啥".
// whichPerson asks which one of a kind of person: 哪个医生, 哪位民警.
var whichPerson = regexp.MustCompile(`(?:哪个|哪位|哪名|哪一位)(\p{Han}{2,4})`)

// roleIsWho is a who-question that ends by asking who a role is: "那个刑警
// 队长是哪位", "带队的领导是谁".
var roleIsWho = regexp.MustCompile(`(\p{Han}{2,4})是(?:哪位|哪一位|谁)[啊呀呢啦]?\s*[?？]?\s*$`)

// personAsk asks for a person whatever follows: 是哪位, 哪个人, 什么人.
var personAsk = regexp.MustCompile(`哪一?位|哪名|哪个人|什么人|谁家`)

// anonymizedEnd is an anonymized name ending a stretch: 邹某, 李某某.
var anonymizedEnd = regexp.MustCompile(`\p{Han}某某?$`)

var callAsk = regexp.MustCompile(`叫(什么|啥)名?\s*[?？]?\s*$`)

// personEnds end a Chinese word for a person (男孩, 死者, 遇难者, 妻子): the
// name asked of it is a person's.
var personEnds = []string{"孩", "孩子", "者", "男子", "女子", "老人", "妻子", "丈夫", "儿子", "女儿", "父亲", "母亲", "老伴", "学生", "员", "司机", "人", "医", "医生", "师", "长", "爷", "奶", "姐", "哥", "士", "手", "官", "警", "兵", "导游", "客", "友", "姑娘", "小伙", "小伙子", "师傅", "阿姨", "大妈", "大叔", "大婶", "老板", "老太", "娃"}

// plainPersons call someone by sex and age alone, as chat does (小伙子,
// 阿姨): no role the evidence must hold.
var plainPersons = map[string]bool{"姑娘": true, "小姑娘": true, "小伙": true, "小伙子": true, "女孩": true, "男孩": true, "小孩": true, "孩子": true,
	"大爷": true, "大妈": true, "阿姨": true, "大叔": true, "大婶": true, "老太": true, "老太太": true, "老头": true, "大哥": true, "大姐": true, "娃": true,
	"男子": true, "女子": true, "男人": true, "女人": true, "老人": true, "哥们": true, "妹子": true}

// comparedName is what an English question compares with after "than":
// "than Ma's", "than Wang Li".
var comparedName = regexp.MustCompile(`\bthan (?:that of |those of )?([a-z]+(?: [a-z]+)?)`)

// businessNamed are the one-character words for places of business whose
// name a question asks with 名 (店名, 厂名, 校名, 馆名).
const businessNamed = "店厂校馆"

// orgEnding is the organisation word a question's words end in (分包公司 →
// 公司), the longest the lexicon knows.
func orgEnding(s string) (string, bool) {
	w := longestSuffix(s, 6, func(w string) bool { return lex().orgSuffixes[w] })
	if w == "" && utf8.RuneCountInString(s) >= 2 && strings.HasSuffix(s, "企") {
		w = "企" // "那家茶企", "车企": an enterprise, shortened
	}
	return w, w != ""
}

// withDoers lets a who-question's verb be held by the word for whose trade
// it is ([doers]): "who was driving the bus" by 公交车司机梁振坤. An English
// verb is looked up by its lemma too, and need not be the predicate: "who
// was the guy flying the balloon" asks for the one whose trade is flying.
func (e *Engine) withDoers(q *Question) {
	for i := range q.Terms {
		t := &q.Terms[i]
		keys := append([]string{t.Text}, t.Alts...)
		if t.lemma != "" {
			keys = append(keys, strings.Fields(t.lemma)...)
		}
		if q.Kind == KindWho && q.Lang == Chinese && !t.Name {
			// "哪位医生": the titles the trade's people go by
			e.addDoers(t, keys, lex().tradeTitles)
		}
		if t.Predicate || t.lemma != "" && !t.Name {
			e.addDoers(t, keys, lex().doers)
		}
		if t.lemma == "own" || t.lemma == "owner" {
			// "who owns the kiln": the articles' word for the owner of the
			// thing asked about, its word and 主 (窑主, 船主, 矿主)
			for j, u := range q.Terms {
				for _, w := range append([]string{u.Text}, u.Alts...) {
					if n := utf8.RuneCountInString(w); j != i && !u.Name && n >= 1 && n <= 2 && isHanRun(w) && e.inCorpus(w+"主") && !contains(t.Alts, w+"主") {
						t.Alts = append(t.Alts, w+"主")
						t.Doers = append(t.Doers, w+"主")
					}
				}
			}
		}
	}
}

// addDoers adds to t's doers the words table gives for any of keys that
// the articles hold, each once and none the term has already.
func (e *Engine) addDoers(t *Term, keys []string, table map[string][]string) {
	for _, w := range keys {
		for _, n := range table[w] {
			if n != t.Text && !contains(t.Alts, n) && !contains(t.Doers, n) && e.inCorpus(n) {
				t.Doers = append(t.Doers, n)
			}
		}
	}
}
