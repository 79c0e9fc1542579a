package answers

import (
	"iter"
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

// Length limits of a short answer, in characters.
const (
	maxSpan    = 40
	maxWhySpan = 80
)

const cnNum = `[零一二两三四五六七八九十百千万亿半几数]`

// classifierKin are measure words that count the same things: "多少家幼儿园"
// is answered by 87所幼儿园, "多少辆车" by 12台.
var classifierKin = [][]string{
	{"家", "所", "个", "座", "间", "处"},
	{"辆", "台", "部", "架"},
	{"起", "宗", "件"},
	{"栋", "幢", "座"},
	{"头", "只", "匹"},
	{"条", "根"},
	{"条", "尾"},
	{"次", "回", "趟"},
	{"次", "笔"},
	{"本", "册"},
	{"棵", "株"},
}

// classifierAlso are measure words that count what another does, one
// way only: "多少家业主" is answered by 83户, "多少户人家" by 43个家庭, but
// "多少户" by no 17家医院.
var classifierAlso = map[string][]string{"家": {"户"}, "户": {"家庭"}}

// sameClassifier reports whether a number m (with its measure word, if
// the match took it in) or the text after it has a measure word that counts
// what unit counts.
func sameClassifier(unit, m, rest string) bool {
	if also := classifierAlso[unit]; startsWithAny(rest, also) || endsWithAny(m, also) {
		return true
	}
	for _, kin := range classifierKin {
		if slices.Contains(kin, unit) && (startsWithAny(rest, kin) || endsWithAny(m, kin)) {
			return true
		}
	}
	return false
}

// measureWords are the measure words (classifiers and units) a count can
// carry, longest first: Go's alternation takes the first that matches, and
// "人次" must win over "人".
const measureWords = `mmol/L|mg/dL|mg/L|mg/m³|μg/m³|km/h|kWh|Mbps|ppm|kg|mg|km|cm|mm|ml|mL|kW|MW|GB|TB|MB|dB|摄氏度|℃|°C|平方公里|平方米|立方米|公斤|千克|毫升|毫克|微克|千瓦时|公里|千米|厘米|毫米|家次|人次|架次|班次|车次|艘次|辆次|万人|名|人|位|个|家|次|岁|列|座|辆|台|件|条|尾|项|所|倍|届|场|架|艘|户|份|张|封|票|分|根|枚|颗|块|株|支|把|盏|间|栋|层|处|门|口|匹|头|只|道|段|节|片|批|趟|遍|声|句|篇|本|册|部|套|双|对|瓶|杯|碗|盒|包|袋|箱|桶|斤|克|升|亩|米|吨|轮|起|棵|款|例|剂|针|种|类|辈|代|级|期|度|股|粒|罐|桌|笔|宗|卷|单`

var (
	dateRe = regexp.MustCompile(`(今年|去年|明年|前年)\d{1,2}月(\d{1,2}[日号])?(份|初|中旬|上旬|下旬|底)?|(\d{4}年)?\d{1,2}月\d{1,2}[日号](凌晨|清晨|早晨|上午|中午|下午|晚上|傍晚|早上|深夜|夜里|夜间|晚)?(\d{1,2}[点时](\d{1,2}分|半)?|\s?\d{1,2}:\d{2})?|` +
		`([〇零一二三四五六七八九]{4}年)?[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}[日号](` + dayPart + `)?|\d{4}年\d{1,2}月(份|初|中旬|下旬|底)?|\d{1,2}月(份|初|中旬|上旬|下旬|底)|\d{4}年(初|底|末|中)?|` +
		// a day of the month the story has named, with the time of day
		// ("8日上午11点", "13日19时12分"): not "拘留10日"
		`\d{1,2}[日号](?:凌晨|清晨|早晨|上午|中午|下午|晚上|傍晚|早上|深夜|夜里|夜间|晚)(?:\d{1,2}[点时](?:\d{1,2}分|半)?)?|\d{1,2}[日号]\d{1,2}[点时](?:\d{1,2}分|半)?`)
	yearBefore = regexp.MustCompile(`(\d{4}|[〇零一二三四五六七八九]{4})年$`)
	yearRe     = regexp.MustCompile(`\d{4}年|今年|去年|明年|前年`)
	dayRe      = regexp.MustCompile(`(上|下|本|这|今|去|明|前|当)?(周|星期|礼拜)[一二三四五六日天末]|周末|今天|昨天|前天|明天|当天|次日|翌日|当晚|当日|今晨|昨晚|昨夜|近日|日前|年初|年底|年末|月初|月底|上半年|下半年|近年来|` +
		`(` + dayPart + `)(` + clock + `)?|` + clock)
	dayPart = `凌晨|清晨|早上|上午|中午|下午|傍晚|晚上|深夜|夜里|午夜`
	clock   = `[\d零一二两三四五六七八九十]{1,3}[点时](\d{1,2}分|[零一二两三四五六七八九十]{1,3}分|半|一刻|左右|许)?|\d{1,2}:\d{2}`
	unit    = `(个)?(小时|天|周|星期|个月|年|分钟|秒钟|秒|昼夜|工作日|个工作日)`
	arabic  = `\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(\.\d+)?` // 1,150 (thousands separated), 5.6
	numPart = `(` + arabic + `|` + cnNum + `+)(多)?`
	// daysTerm is a term of days counted in 日 after what lasts it (行政
	// 拘留12日, 停业整顿15日), not a day of a month
	daysTerm        = regexp.MustCompile(`(?:拘留|关押|羁押|隔离|停业|停产|停运|停课|整顿|禁闭|暂扣|吊销)(?:了)?(` + numPart + `日)`)
	durRe           = regexp.MustCompile(`(过去|最近|接下来|未来|此前|将近|接近|近|短短|仅仅|仅|约|大约|长达|超过|至少)?(不到|不足|超过|近)?(?:` + numPart + `(?:到|至|-|~|～)|` + numPart + `分)?` + numPart + unit + `(?:(?:又|零)?` + numPart + `(?:个月|天|小时|分钟|分|秒钟|秒)){0,2}((到|至|-)` + numPart + unit + `)?(之内|以内|内|里|后|之后|以后|前|之前|以前|左右|时间里)?`)
	clauseTimeRe    = regexp.MustCompile(`^(就在|在|当|自从|自|等到)?([^,，。;；]{2,30}?)(之后|以后|之前|以前|的时候|时)$`)
	numRe           = regexp.MustCompile(`(百分之` + cnNum + `+)|(` + arabic + `|` + cnNum + `+)(多|余|近)?(万|亿|千|百)?(亿|万)?(美元|元|人民币|英镑|欧元|港元|日元|%|％|` + measureWords + `)?`)
	whereRe         = regexp.MustCompile(`(在|于|到|从|位于|来自|前往|抵达|赴|(?:开车|驾车|坐车|乘车|打车|要|准备|打算|正要|赶)去|行至|驶至|驶往|(?:送|运|转|飞|开|发|撤|押|转移)(?:往|至)|改靠|停靠|备降|迫降|(?:排|流|冲|掉|落|坠|跌|转|送|移|迁)(?:进了?|入)|(?:驶|开|运|拉)(?:进|入)了?|入住|住进|搬进|搬到|家住|籍贯为?|祖籍)([^,，。;；、将把]{1,20})(` + placeWords + `)`)
	clauseSep       = regexp.MustCompile(`[` + clausePunct + `]`)
	coordEnd        = regexp.MustCompile(`(和|与|及|以及|、|跟|同)$`)
	verbStart       = regexp.MustCompile(`^(拿下|聘任|任命|解雇|炒掉|推动|包括|表示|宣布)`)
	concessive      = regexp.MustCompile(`^(虽然|尽管|虽|即使|即便)`)
	butRe           = regexp.MustCompile(`[,，](但是|但|却|然而|可是|不过)`)
	clockRe         = regexp.MustCompile(`((\d{4}年)?\d{1,2}月\d{1,2}[日号])?(` + dayPart + `)?` + clock)
	dayPartEnd      = regexp.MustCompile(`(` + dayPart + `)$`)
	dayDate         = regexp.MustCompile(`\d{1,2}月\d{1,2}[日号]|[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}[日号]|(上|下|本|这|今|去|明|前|当)?(周|星期|礼拜)[一二三四五六日天末]|周末|今天|昨天|前天|明天|当天|次日|翌日|当晚|当日`)
	relRole         = regexp.MustCompile(`的[^,，。;；的]{1,6}(是|为)`)
	roleIs          = regexp.MustCompile(`^.?(这|就|则|便|正|也|已经|已|如今|现在)?(是|为|变成了?|成了|成为|换成了?)`)
	speechAsk       = regexp.MustCompile(`那句|这句|哪句|口号|原话|标语|说了什么|说什么|怎么说|怎么评价|如何评价|怎么看|如何看待|表示了什么|评价|(?:交代|叮嘱|嘱咐|吩咐|告诫)(?:了|过)?\p{Han}{0,4}?什么`)
	namedAs         = regexp.MustCompile(`(?:` + strings.Join(namingWords, "|") + `)\s*(?:["“「]([^"”」]{1,20})["”」]|(\p{Han}{2,4}?)(?:的|[,，。、(（]))`)
	quoteRe         = regexp.MustCompile(`[:：]?\s*["“「]([^"”」]{2,})["”」]`)
	totalAsk        = regexp.MustCompile(`一共|总共|总计|合计|累计|共有|总数|总额|总价`)
	totalLead       = regexp.MustCompile(`(共计|合计|总计|累计|共造成|共导致|共致|共有|共涉及|共查获|共接诊|共收治|共救出|共疏散|共拖欠|共欠|共支付|共花费|共损失|共赔偿|共赔付|共筹集|共募集|共收到|共发放|共追回|共退还|共骗取|共挪用|共缴纳)[^,，。;；:：]*$`)
	grandMark       = regexp.MustCompile(`(合计|总计)(约|近|超过|达到?|为)?$`)
	totalMark       = regexp.MustCompile(`(共计|合计|总计|累计|共|总额|总价|总对价|总数|涉案金额|涉案总额|涉案资金)(约|近|超过|达到?|为)?$`)
	planned         = regexp.MustCompile(`(原定|原计划|原本|原先|本来)(于|在)?$`)
	fromAsk         = regexp.MustCompile(`从\p{Han}{0,6}?哪|来自|(?i)\bfrom\b`)
	countryQuestion = regexp.MustCompile(`哪个国家|哪国|哪个地区|哪里人|来自哪|(?i)(which|what) (country|nation|region)|nationality|\bwhere\b.*\b(?:hail|hails|originally)\s+from\b|\bwhere\b.*\bfrom\s+originally\b`)
	// originAsk is "where is he from": a noun phrase between the verb to be
	// and "from", no verb of its own ("where was the kite being flown
	// from" asks the place of the flying)
	originAsk = regexp.MustCompile(`(?i)^\W*where(?:'s|\s+(?:is|are|was|were))\s+((?:[\w'-]+\s+){1,4})from\W*$`)
	fromRe    = regexp.MustCompile(`来自([^,，。;；、的]{1,12}?)的`)
	perAsk    = regexp.MustCompile(`每(股|人|吨|公斤|千克|斤|克|天|日|年|月|周|户|家|份|件|个|位|名|平方米|亩|辆|台|张|场|次|小时|公里)`)
	// perOne is one of a thing a money question prices (一张蚕种按多少钱赔):
	// as 每张 asks, not 一次性 or 一家人
	perOne       = regexp.MustCompile(`(?:^|[^0-9零一二两三四五六七八九十百千万])一(股|吨|公斤|千克|斤|天|年|户|份|件|位|名|平方米|亩|辆|台|张|小时)`)
	changeFrom   = regexp.MustCompile(`从.{1,30}(至|到|为|成)(约|近)?$`)
	whichMeasure = regexp.MustCompile(`哪一?(段|部分|条|项|款|类|批|辆|栋|层|张|份|篇|件|组|支|环节)`)
	totalNum     = regexp.MustCompile(`(共计|合计|总计|累计|总额|总价|总对价|总数|一共|总共|涉案金额|涉案总额|涉案资金)(约|近|超过|达到?|为)?[\d一二两三四五六七八九十]`)
	labelSep     = regexp.MustCompile(`[,，、:：;；。]`)
	// capacityBefore ends the text before a figure of how many a thing
	// may hold (核定载客60人, 可容纳300人); capacityAsk asks for such a figure.
	capacityBefore = regexp.MustCompile(`(超出|超过|超员|超载|高出|多出)?(?:核定载客|核定载员|额定载客|额定乘员|核载|限载|准载|可容纳|能容纳|最多可?(?:载|坐|乘|容纳))(?:人数|量)?(?:为|是)?(?:约|近)?$`)
	capacityAsk    = regexp.MustCompile(`核定|核载|限载|准载|额定|容纳|最多|能坐|能载|能装|可以坐|载客量|capacity|\bhold\b|\bseats?\b|\bfit\b|\bmax`)
	rangeJoin      = regexp.MustCompile(`^(至|到|-|—|~|～|－)$`)
	leadConn       = regexp.MustCompile(`^(与此同时|同时|而且|并且|其中|就在|甚至|不过|但是|但|而|并|也|还|则|即|又|因此|所以)+`)
)

// span finds the short answer of the kind asked for in a candidate sentence.
func (e *Engine) span(q Question, c *candidate) (string, bool) {
	s, ok := e.kindSpan(q, c)
	if q.Kind != KindWhat || len(q.kindFocus) == 0 {
		return s, ok
	}
	// "what kind of loan": the loan's kind, as the sentence names it,
	// unless the clause the kind would give holds it already (乙脑疫苗 in
	// 涉及百白破疫苗、乙脑疫苗和流感疫苗)
	if k := q.kindIn(c.d); k != "" {
		c.kind, c.quality = k, 1
		if !ok || !strings.Contains(s, strings.ToLower(k)) && !strings.Contains(s, k) {
			return k, true
		}
	} else {
		// "what kind of cake did she buy" and "买了一块“香草奶油小方”":
		// the name in quotation marks of the thing the verb takes
		for i, t := range q.Terms {
			at := c.matchedBy[i][1]
			if !t.Predicate && !t.Verb || at <= 0 || at > len(c.d.Norm) || c.matchedBy[i][0] >= at {
				continue
			}
			if m := quotedObject.FindStringSubmatch(c.d.Norm[at:]); m != nil && strings.Contains(c.d.Text, m[1]) {
				c.kind, c.quality = m[1], 1 // (as written: no traditional text)
				return m[1], true
			}
		}
	}
	return s, ok
}

// oftenAsk asks how often something is done: "隔多久查一回", "多长时间一次",
// "how often".
var oftenAsk = regexp.MustCompile(`隔多[久长]|多[久长](?:时间)?[一1][次回趟]|how often|how frequently`)

// quotedObject opens the text after a verb with its object's name in
// quotation marks, after a count of it: "了一块“香草奶油小方”".
var quotedObject = regexp.MustCompile(`^了?(?:[一两二三四五六七八九十几\d]+[个块份件只瓶盒袋箱杯碗台辆部张支套款])?“([^“”]{2,12})”`)

// kindSpan is span's answer by the question's kind.
func (e *Engine) kindSpan(q Question, c *candidate) (string, bool) {
	text := c.d.Norm
	var s string
	if q.Named {
		s = namedSpan(text, c, q.Real)
		if s == "" && !q.Real && q.Kind == KindWhat {
			s = quotedTitle(text, c)
		}
		c.named = s != ""
	}
	if q.Charge {
		// a sentence that names no crime cannot say what the charge is
		if s = crimeSpan(text); s == "" {
			return "", false
		}
	}
	if q.Occupation {
		// "what does the wedding guest do for a living": the trade before
		// the name of one the sentence names (货车司机石振宇)
		if s = e.occupation(c); s == "" {
			return "", false
		}
		c.quality = 1
	}
	if s == "" && q.Outcome && (q.Kind == KindWhat || q.Kind == KindOther) {
		// "怎么处罚的": the clause that says what (罚款8万元), not the one
		// that says a decision was made
		if k := specificOutcomeAt(text, c.anchor, c.matched); k >= 0 {
			s = clauseAt(text, k)
		}
	}
	switch {
	case s != "":
		// the name something goes by, the crime charged or the penalty
	case q.Dial:
		// "what's the hotline number": the digits, not a clause
		if s = phoneRe.FindString(text); s == "" {
			return "", false
		}
		c.quality = 1
	case q.Kind == KindWho:
		if q.Subject != "" {
			s = e.definition(q, c)
		} else {
			s = e.who(q, c)
		}
	case q.Kind == KindWhen:
		s = whenSpan(q, text, c, e.feats[c.d.ID])
		if i := strings.Index(text, s); s != "" && i > 0 && q.Grain != "duration" && s[0] >= '0' && s[0] <= '9' {
			// "约8时20分将两人救出": the time as the article hedges it
			for _, a := range []string{"大约", "约"} {
				if strings.HasSuffix(text[:i], a) {
					s = a + s
					break
				}
			}
		}

		if q.Grain == "duration" && s != "" && (dateRe.MatchString(s) || dayDate.MatchString(s) ||
			strings.HasSuffix(text[:max(strings.Index(text, s), 0)], "每") && !oftenAsk.MatchString(q.Lower)) {
			// how long, answered by a date, or by how often ("每半年一次")
			// where how often is not asked: the article does not say
			s = ""
		}
		if q.Grain != "duration" && bareDuration(s) && lastedFor(text, s) {
			// when, answered by how long ("被困车内近5个小时"): no time of
			// the event, unless the sentence dates it too ("6月19日晚10时许,
			// 经过连续8天的追踪,…将其抓获")
			s = pointInTime(text, e.feats[c.d.ID].times, strings.Index(text, s))
		}
	case q.Kind == KindHowMany:
		s = howManySpan(q, text, c)
	case q.Kind == KindWhy:
		s = whySpan(text, c, q.Fear, q.Negated)
		if k := firstItemAt(text); k >= 0 && (c.cue < 1 || countedReasons.MatchString(s) || strings.Contains(s, "一是")) {
			// "…原因有三:一是按照该项目的规划设计,…;": the first reason,
			// as the item after the header gives it
			s = itemReason(text[k:])
			c.cue, c.quality = 1, itemQuality(0)
		} else if h := e.reasonOf[c.d.ID]; h >= 0 {
			// an item of a list of reasons ("二是升级前没有…备份,…"): the
			// reason it gives, past its enumerator, when it states no
			// surer cue of its own; the items rank as the list orders them
			if c.cue < 1 {
				s = itemReason(text)
			} else if loc := itemOpen.FindStringIndex(s); loc != nil {
				s = s[loc[1]:]
			}
			c.cue, c.quality = 1, itemQuality(c.d.ID-h)
		}
	case q.Kind == KindWhere:
		s = pastTimeAndMotion(e.whereSpan(q, c))
	case q.Kind == KindWhat:
		if q.Subject != "" {
			s = e.definition(q, c)
		}
		if s == "" && q.Subject != "" && postAsk.MatchString(q.Lower) {
			// "Brockman是干什么的,什么职位": a sentence that gives no
			// title of his says not, whatever else it tells of him
			return "", false
		}
		if s == "" {
			s = whatSpan(q, text, c)
			if k := strings.Index(text, s); s != "" && k >= 0 && contentNoun.MatchString(s) {
				// "初步达成方案:味源公司在2月10日前先支付200万元": what
				// the plan is, after its colon
				if after := nextClause(text[k+len(s):], ":："); after != "" {
					s = after
				}
			}
		}
	case q.Kind == KindYesNo:
		s = yesNo(q, c)
	default:
		s = saidOrClause(text, c.anchor, false)
	}
	if len(q.Besides) > 0 && (q.Kind == KindWhat || q.Kind == KindOther) && s != "" && containsAny(s, q.Besides) && !besidesListed(s, q.Besides) {
		// "besides the fine, what else": the clause after the one that
		// says the fine (处以罚款12万元,并责令其停业整改两个月), unless
		// this one lists more (发放现金和大米)
		if k := strings.Index(text, s); k >= 0 {
			if next := nextClause(text[k+len(s):], ",，;；、"); next != "" && !containsAny(next, q.Besides) {
				s = next
			}
		}
	}
	if c.d.Norm != c.d.Text && s != "" {
		// the same place in the verbatim (traditional) text
		if i := strings.Index(c.d.Norm, s); i >= 0 {
			s = c.d.Text[i : i+len(s)]
		}
	}
	s = trimSpan(s)
	limit := maxSpan
	if q.Kind == KindWhy {
		limit = maxWhySpan
	}
	s = capSpan(s, limit)
	return s, s != ""
}

// containsAny reports whether s holds any of subs.
func containsAny(s string, subs []string) bool {
	for _, x := range subs {
		if strings.Contains(s, x) {
			return true
		}
	}
	return false
}

// besidesListed reports whether s lists more after the first of words it
// holds: "现金和大米" for "besides cash".
func besidesListed(s string, words []string) bool {
	for _, w := range words {
		if k := strings.Index(s, w); k >= 0 {
			return strings.ContainsAny(s[k+len(w):], "和及与、")
		}
	}
	return false
}

// nextClause is the clause after the separator that opens rest, one of
// seps (a comma, a colon), or "" when rest opens with none of them.
func nextClause(rest, seps string) string {
	r, size := utf8.DecodeRuneInString(rest)
	if rest == "" || !strings.ContainsRune(seps, r) {
		return ""
	}
	return clauseAt(rest[size:], 0)
}

// docFeatures are what a sentence offers the kinds of question, found once
// when the engine is built.
type docFeatures struct {
	times []rng // time expressions, in the order dateRe, dayRe, durRe found them
	cause bool  // has a causal cue
	total bool  // gives a number marked as a total (共计5200余万元)
}

func features(text string) docFeatures {
	var f docFeatures
	for _, re := range []*regexp.Regexp{dateRe, dayRe, durRe} {
		for _, loc := range re.FindAllStringIndex(text, -1) {
			if hasTimeUnit(text[loc[0]:loc[1]]) && !notClock(text, loc) {
				f.times = append(f.times, rng{loc[0], loc[1]})
			}
		}
	}
	l := lex()
	for _, cue := range append(append([]string{}, l.causalFwd...), l.causalBack...) {
		// (a lone 因 gives a reason where whySpan finds one, but is no
		// feature of its own: it is in too many words; nor is the 嫌 of 涉嫌)
		if i := strings.Index(text, cue); i >= 0 && cue != "因" && (cue != "嫌" || loneXian(text, i)) {
			f.cause = true
			break
		}
	}
	f.total = totalNum.MatchString(text)
	return f
}

// verbAfter reports whether one of the question's predicates matches in
// the clause of text that goes on from byte offset at: the verb a time
// before it dates.
func verbAfter(q Question, c *candidate, text string, at int) bool {
	end := len(text)
	if k := strings.IndexAny(text[at:], clausePunct); k >= 0 {
		end = at + k
	}
	for i, t := range q.Terms {
		if t.Predicate && !t.Light && i < len(c.matchedBy) {
			// (not past a 的: "原定于早上7点鸣枪的马拉松突然宣布取消" times the start, not the calling off)
			if m := c.matchedBy[i]; m[0] >= at && m[1] <= end && m[1] > m[0] && !strings.Contains(text[at:m[0]], "的") {
				return true
			}
		}
	}
	return false
}

// bareDuration reports whether s is a length of time and nothing else:
// "近5个小时", "约20分钟", not "20分钟后" (a time, counted from another) or
// one with a date or a clock in it.
func bareDuration(s string) bool {
	if s == "" || dateRe.MatchString(s) || dayDate.MatchString(s) || hasClock(s) {
		return false
	}
	loc := durRe.FindStringIndex(s)
	if loc == nil || loc[0] != 0 || loc[1] != len(s) {
		return false
	}
	return !durationPoint.MatchString(s)
}

// lastedFor reports whether the length of time s stands in text as how
// long a state lasted ("被困车内近5个小时", "持续约20分钟"), not as the
// time since something ("这场突袭过去不到48小时").
func lastedFor(text, s string) bool {
	k := strings.Index(text, s)
	if k < 0 {
		return false
	}
	return lastingCue.MatchString(clauseBefore(text, k))
}

// pointInTime is the time among times (ranges of text) before the length
// of time at byte offset at, nearest to it, that is a point (a date or a
// clock) with no report between them ("1月9日上午,…通报,经过近两个月的侦
// 查" dates the report); or "".
func pointInTime(text string, times []rng, at int) string {
	best, bestD := rng{-1, -1}, 1<<30
	for _, t := range times {
		if t.s < 0 || t.e > len(text) || at < 0 || t.e > at || reportBetween.MatchString(text[t.e:at]) {
			continue
		}
		w := text[t.s:t.e]
		if bareDuration(w) || sameDayOnly.MatchString(w) || !(dateRe.MatchString(w) || dayDate.MatchString(w) || hasClock(w)) {
			continue // (当天 only points back at a day another sentence gives)
		}
		if d := min(abs(t.s-at), abs(t.e-at)); d < bestD {
			best, bestD = t, d
		}
	}
	if best.s < 0 {
		return ""
	}
	// with what overlaps it (6月19日晚10时 and 10时许) and the date right
	// before its clock (6月19日, 晚, 10时许)
	for grown := true; grown; {
		grown = false
		for _, o := range times {
			if o.s < 0 || o.e > len(text) || o.s >= best.s && o.e <= best.e {
				continue
			}
			if o.s < best.e && best.s < o.e || o.e <= best.s && partOfDay.MatchString(text[o.e:best.s]) {
				best.s, best.e, grown = min(best.s, o.s), max(best.e, o.e), true
			}
		}
	}
	return text[best.s:best.e]
}

// reportBetween is a word of reporting: a time before it dates the report.
var reportBetween = regexp.MustCompile(`通报|介绍|表示|称|说|透露|获悉|了解到|发布|宣布`)

// partOfDay is what may stand between a date and its clock: nothing, or
// the part of the day (晚, 上午).
var partOfDay = regexp.MustCompile(`^(?:` + dayPart + `|晚|早|夜)?$`)

// lastingCue is a word that a length of time after it measures: a state
// that lasts (被困, 滞留, 停电) or the lasting itself (持续, 长达, 历时).
var lastingCue = regexp.MustCompile(`经过|历经|停工|罢工|停产|停业|停课|停航|停飞|被困|困在|滞留|持续|长达|历时|用时|耗时|延误|中断|停电|停运|等待|等了|排队|昏迷|关押|拘留|晚点`)

// durationPoint ends a length of time that dates something: 3天后, 两年前,
// 10分钟内.
var durationPoint = regexp.MustCompile(`(后|前|以后|之后|以前|之前|以来|内|以内|之内|里|时间里)$`)

// notClock reports whether a match at loc reads a clock into words that
// are none: 第一时间 (at once), 一时间, 一时难以接受 (for a while), 一点反应都没有
// (not a bit), 两点建议 (two points).
func notClock(text string, loc []int) bool {
	m := text[loc[0]:loc[1]]
	return strings.HasSuffix(text[:loc[0]], "第") || strings.HasPrefix(text[loc[1]:], "间") && !isDigits(firstRunes(m, 1)) || m == "一时" ||
		bareHour.MatchString(m) && !hourAfter.MatchString(text[loc[1]:])
}

// bareHour is an hour in Chinese numerals and 点 alone, with no part of the
// day before it or minutes after it: a time only when 钟, 多 or 整 follows
// (一点钟, 两点多).
var bareHour = regexp.MustCompile(`^[零一二两三四五六七八九十]{1,3}点$`)

// hourAfter is what makes a bare hour a time: 钟, 多, 整, 过, 前后.
var hourAfter = regexp.MustCompile(`^(钟|多|整|过|前后)`)

// hasClock reports whether text gives a time of day, as clockRe finds one
// that notClock keeps.
func hasClock(text string) bool {
	for _, loc := range clockRe.FindAllStringIndex(text, -1) {
		if !notClock(text, loc) {
			return true
		}
	}
	return false
}

// hasKindFeature reports whether the sentence has what the kind needs.
func (e *Engine) hasKindFeature(q Question, c *candidate) bool {
	switch q.Kind {
	case KindWhen:
		f := e.feats[c.d.ID]
		switch q.Grain {
		case "year":
			return yearRe.MatchString(c.d.Norm)
		case "date":
			return dayDate.MatchString(c.d.Norm)
		case "clock":
			return hasClock(c.d.Norm)
		case "duration":
			return durRe.MatchString(c.d.Norm)
		}
		return len(f.times) > 0
	case KindWhy:
		return e.feats[c.d.ID].cause
	}
	if q.Charge {
		return crimeRe.MatchString(c.d.Norm)
	}
	return true
}

// chargeAsk asks for a crime: "什么罪名", "因为什么罪", "what charges",
// "charged with", "suspected of"; inCharge is the "in charge" it must not
// be; chargeWord are the question's words for a charge, which the article
// need not use (it names the crime).
var (
	chargeAsk  = regexp.MustCompile(`(?i)罪名|什么罪|啥罪|何罪|哪项罪|哪个罪|哪种罪|\bcharg(?:e[sd]?|ing)\b|\bcrimes?\b|\bsuspected of\b|\baccused of\b|\binvestigat(?:e|ed|es|ing)\s+(?:[a-z']+\s+){0,3}for\b|\b(?:arrested|detained|held|booked)\s+(?:[a-z']+\s+){0,2}for\b(?:\s+(?:what|which))?|\bprosecuted for\b|\bconvicted of\b|\boffen[cs]es?\b`)
	inCharge   = regexp.MustCompile(`(?i)\bin charge\b|\bcharge of\b|\bsurcharge|\bcharged? (?:a|an|the|\d|per|each|for (?:a|each|every|the ticket))|\bfees?\b`)
	chargeWord = regexp.MustCompile(`罪|指控|控告|起诉|嫌疑|涉嫌|犯罪`)
	// crimeRe is a crime by its name, with the word that introduces it:
	// "以涉嫌危险驾驶罪", "以盗窃罪、掩饰隐瞒犯罪所得罪".
	crimeRe = regexp.MustCompile(`(?:涉嫌|以|犯有?|构成|判处?|定为|按)(\p{Han}{2,14}?(?:、\p{Han}{1,12}?)*罪(?:[、和及与]\p{Han}{2,14}?罪)*)`)
)

// asksCharge reports whether the question asks what crime someone is
// charged with or suspected of: a what-question (or a why-question, "因为
// 什么罪"), not who is in charge nor what was charged for a ticket.
func asksCharge(q Question) bool {
	if !strings.Contains(q.Lower, "罪") && !slices.ContainsFunc(chargeHints, func(h string) bool { return strings.Contains(q.Lower, h) }) {
		return false // the common case, without a regular expression
	}
	kind := q.Kind == KindWhat || q.Kind == KindWhy || q.Kind == KindOther ||
		q.Kind == KindWho && q.Lang == English && strings.HasPrefix(q.Lower, "what") || // "what is the boss being investigated for"
		q.Kind == KindHowMany && q.Lang == Chinese && strings.Contains(q.Lower, "罪名") // "他们几个是以啥罪名被拘的"
	return kind && chargeAsk.MatchString(q.Lower) && !inCharge.MatchString(q.Lower)
}

// chargeHints are what an English question for a charge holds, one of
// them at least: a cheap test before chargeAsk.
var chargeHints = []string{"charge", "crime", "suspected of", "accused of", "investigat", "arrested", "detained", "held", "booked", "prosecuted for", "convicted of", "offen"}

// notCrime are words ending in 罪 that name no crime.
var notCrime = []string{"犯罪", "认罪", "获罪", "定罪", "无罪", "有罪", "谢罪", "赔罪", "请罪", "怪罪", "问罪", "受罪", "治罪"}

// crimeSpan is the crime a sentence names, "" if none.
func crimeSpan(text string) string {
	for _, m := range crimeRe.FindAllStringSubmatch(text, -1) {
		s := strings.TrimPrefix(m[1], "涉嫌")
		if utf8.RuneCountInString(s) >= 3 && !slices.Contains(notCrime, s) && !endsWithAny(s, []string{"犯罪"}) && !askingWord.MatchString(s) {
			// (not "以哪个罪名追究": a quote's question, no crime)
			return s
		}
	}
	// "以涉嫌合同诈骗一案立案侦查": the crime, though 罪 is left out
	if m := caseCrimeRe.FindStringSubmatch(text); m != nil && !slices.Contains(notCrime, m[1]) {
		return m[1]
	}
	return ""
}

// askingWord is an interrogative: a phrase holding one names nothing.
var askingWord = regexp.MustCompile(`哪|什么|何种|何罪`)

// caseCrimeRe names the crime of a case without 罪: 涉嫌合同诈骗一案.
var caseCrimeRe = regexp.MustCompile(`涉嫌(\p{Han}{2,8}?)(?:一案|案)`)

type rng struct{ s, e int }

// entity is a name-like span of a sentence and how sure we are of it
// (tier 0 surest).
type entity struct {
	rng
	tier  int
	thing bool // a proper noun the segmenter tags as no person's (nz), not opening with a surname: 大奖
}

// nickname reports whether the surname at token i is called by 老 or 小
// before it ("老阚稳得住"), where the surname and the word after it make none
// of the articles' people: the nickname of someone named elsewhere, not a
// name of its own (阚稳).
func (e *Engine) nickname(text string, toks []index.Token, i int) bool {
	if i == 0 || toks[i-1].End != toks[i].Start || (toks[i-1].Text != "老" && toks[i-1].Text != "小") {
		return false
	}
	return !e.people[text[toks[i].Start:toks[i+1].End]]
}

// entities are the name-like spans of a sentence: Chinese personal names
// (a surname and a short given name), runs of Latin words, organisations
// (nouns ending in 公司, 集团, …), well-known names and tokens the dictionary
// tags as names; coordinated names ("A和B") are joined.
func (e *Engine) entities(d *index.Doc) []entity {
	l := lex()
	var out []entity
	toks := d.Tokens
	for i := 0; i < len(toks); i++ {
		tk := toks[i]
		n := utf8.RuneCountInString(tk.Text)
		titled := 0 // the tokens of a name right after a title, if any
		afterTitle := i > 0 && (isTitle(toks[i-1].Text) || endsInTitle(toks[i-1].Text)) && toks[i-1].End == tk.Start
		if afterTitle || i > 0 && toks[i-1].End == tk.Start && personNoun(toks[i-1].Text) {
			titled = titledName(toks[i:])
		}
		switch {
		case i > 0 && toks[i-1].End == tk.Start && n == 2 && titleRunOn(toks[i-1].Text, tk.Text):
			// "主任何振宇介绍" cut 主/任何/振/宇: the title's last character
			// run together with the surname after it
			first := firstRunes(tk.Text, 1)
			// (a name and the word after it are four tokens at most)
			rest := append([]index.Token{{Text: tk.Text[len(first):], Start: tk.Start + len(first), End: tk.End, Pos: "nr"}}, toks[i+1:min(i+5, len(toks))]...)
			if k := titledName(rest); k > 0 {
				out = append(out, entity{rng: rng{rest[0].Start, rest[k-1].End}, tier: 0})
				i += k - 1
			}
		case isLatinWord(tk.Text) && len(tk.Text) > 2 && !isDigits(tk.Text) && !codeLike.MatchString(tk.Text) && !l.titles[tk.Text] && latinName(d.Norm[tk.Start:tk.End]) &&
			!strings.HasSuffix(d.Norm[:tk.Start], "”"):
			// (not the word that closes a quoted brand: “快途出行”App)
			// a run of capitalised words: "Emmett Shear", not "This deal
			// creates value" in an English quotation
			j := i
			for j+1 < len(toks) && isLatinWord(toks[j+1].Text) && !l.titles[toks[j+1].Text] && latinName(d.Norm[toks[j+1].Start:toks[j+1].End]) &&
				strings.TrimSpace(d.Norm[toks[j].End:toks[j+1].Start]) == "" && toks[j+1].Start-toks[j].End <= 1 {
				j++
			}
			out = append(out, entity{rng: rng{tk.Start, toks[j].End}, tier: 0})
			i = j
		case tk.Text == "姓" && i+2 < len(toks) && l.surnames[toks[i+1].Text] && toks[i+1].Start == tk.End && toks[i+2].Start == toks[i+1].End &&
			(toks[i+2].Text == "的" || personNoun(toks[i+2].Text)):
			// "一名姓郝的带班工人": all the article gives of his name (the
			// answer gives it with its 姓)
			out = append(out, entity{rng: rng{toks[i+1].Start, toks[i+1].End}, tier: 0})
			i++
		case l.surnames[tk.Text] && i+1 < len(toks) && strings.HasPrefix(toks[i+1].Text, "某") && toks[i+1].Start == tk.End:
			// an anonymised name: 龚某, 李某某
			end := toks[i+1].End
			if toks[i+1].Text == "某" && i+2 < len(toks) && toks[i+2].Text == "某" && toks[i+2].Start == end {
				end = toks[i+2].End
				i++
			} else if toks[i+1].Text == "某" && i+2 < len(toks) && toks[i+2].Start == end && givenChar(toks[i+2]) {
				end = toks[i+2].End // 孙某华, 何某婷: one character of the given name kept
				i++
			}
			out = append(out, entity{rng: rng{tk.Start, end}, tier: 0})
			i++
		case l.surnames[tk.Text] && i+1 < len(toks) && (givenName(toks[i+1]) || nameMiddle(toks, i+1) || (afterTitle || spokenAfter(toks, i+2)) && titledGiven(toks[i+1])) && toks[i+1].Start == tk.End &&
			!commonWord(d.Norm[tk.Start:toks[i+1].End]) && !l.titles[d.Norm[tk.Start:toks[i+1].End]] &&
			!e.seats[toks[i+1].Text] && // (运营方/江川: a place the articles name, no given name)
			!e.machines[d.Norm[tk.Start:toks[i+1].End]] && // (那台柯氏计: a thing, no 柯 and a given name)
			!countedUnit(d.Norm, tk.Start) && // (约5周里: weeks, no 周 and a given name)
			// "澜/江 遭遇": the surname ends a place the articles name
			!(i > 0 && toks[i-1].End == tk.Start && e.seats[toks[i-1].Text+tk.Text]) &&
			!countedObject(toks, i) && !countedNoun(toks, i) && !e.nickname(d.Norm, toks, i) && !quotedLabel(d.Norm, tk.Start, toks[i+1].End) &&
			// "7座柴烧窑": 烧窑 is a word the articles write after other
			// characters too (连续烧窑, 暂停烧窑), no given name
			!(utf8.RuneCountInString(toks[i+1].Text) == 2 && e.plainAfter(tk.Text, toks[i+1].Text)) &&
			// "他曾口头提醒": an adverb after a pronoun, no surname
			!(tk.Pos == "d" && i > 0 && toks[i-1].Pos == "r" && toks[i-1].End == tk.Start):
			if e.seats[d.Norm[tk.Start:toks[i+1].End]] {
				// "江/临 交响乐团" where the articles write 江临市: the place's
				// name, never a person's
				out = append(out, entity{rng: rng{tk.Start, toks[i+1].End}, tier: 2, thing: true})
				i++
				continue
			}
			if surnamePlace(toks, i) {
				// a place's name, which an organisation's may follow
				// (江临市 + 中级人民法院), never a person's
				out = append(out, entity{rng: rng{tk.Start, toks[i+2].End}, tier: 2, thing: true})
				i += 2
				continue
			}
			end := toks[i+1].End
			j := i + 1
			if utf8.RuneCountInString(toks[i+1].Text) == 1 && i+2 < len(toks) && (givenChar(toks[i+2]) || nameEnd(toks, i+2)) &&
				toks[i+2].Start == end {
				if strings.HasPrefix(toks[i+1].Pos, "v") && e.wordLike(d.Norm[tk.Start:end]) {
					continue // "熊/舍/投喂": a word the articles write before many others, no name
				}
				if e.standsAlone(d.Norm[tk.Start:end], d.Norm[end:toks[i+2].End]) {
					// "给家里的柯基洗个牙" and "她养的柯基“豆包”": the two
					// characters stand without the third elsewhere, so
					// the three are no one's full name
					out = append(out, entity{rng: rng{tk.Start, end}})
					i++
					continue
				}
				end, j = toks[i+2].End, i+2
			}
			if utf8.RuneCountInString(d.Norm[tk.Start:end]) == 2 && end < len(d.Norm) && d.Norm[end] >= '0' && d.Norm[end] <= '9' {
				continue // "高约4.5米": a measure's word and a figure, no name
			}
			en := entity{rng: rng{tk.Start, end}}
			if l.orgSuffixes[d.Norm[tk.Start:end]] {
				en.tier = 1 // "卫/健/委": a body's word, though it opens with a surname
			} else if strings.ContainsRune(placeEnds, lastRune(d.Norm[tk.Start:end])) {
				en.tier, en.thing = 2, true // "柳/沟/村": a place's
			}
			out = append(out, en)
			i = j
		case i > 0 && (l.orgSuffixes[tk.Text] || orgThenTitle(tk.Text) > 0 || orgWord(tk)):
			// (a body's last word run together with the title after it,
			// "事务所律师", ends the body where the title starts)
			end := tk.End
			if k := orgThenTitle(tk.Text); !l.orgSuffixes[tk.Text] && k > 0 {
				end = tk.Start + k
			}
			j := i
			for j > 0 && i-j < 7 && toks[i].End-toks[j-1].Start <= 42 && (nameMaterial(toks[j-1]) || toks[j-1].Pos == "vn" || j < i && loneChar(toks[j-1]) && (loneChar(toks[j]) || cutPlace(toks[j])) ||
				// "江/临/恒/筑 装饰工程有限公司": a run of lone characters before
				// the trade's words is the firm's place and brand, cut up
				j < i && j >= 2 && loneChar(toks[j-1]) && loneChar(toks[j-2]) && toks[j-2].End == toks[j-1].Start ||
				j < i && brandAt(toks, j-1) || j == i && tradeVerb(toks, i) || j < i && innerAnd(toks, j-1, end) ||
				// "东麓/区 人民医院": a place's name the segmenter reads as a locality (东麓/f)
				j < i && localityName(toks, j-1)) && toks[j-1].End == toks[j].Start &&
				(!l.titles[toks[j-1].Text] || l.orgSuffixes[toks[j-1].Text] || titledBody(toks[j-1].Text, toks[j].Text)) && !copulas[toks[j-1].Text] {
				// "恒拓建设集团有限公司": an organisation's word (集团) inside
				// its longer name, though it also titles a body
				j--
			}
			for j < i && toks[j].Pos == "vn" {
				j++ // a verbal noun inside a name (能源监管办公室), never its start
			}
			for j+1 < i && partyWord(toks[j].Text) {
				j++ // "开发商临江锦瑞置业有限公司": the party's part, then its name
			}
			if n := len(out); n > 0 && out[n-1].thing && out[n-1].s < toks[j].Start && out[n-1].e > toks[j].Start {
				// a place's name is not cut (江渚市 + 绿源园林…公司): the
				// organisation starts after it, and the two are joined below
				for j < i && toks[j].Start < out[n-1].e {
					j++
				}
			}
			if j < i {
				// replace entities this organisation swallows
				for len(out) > 0 && out[len(out)-1].e > toks[j].Start {
					out = out[:len(out)-1]
				}
				start := toks[j].Start
				if m := orgLeadIn.FindString(d.Norm[start:end]); m != "" && utf8.RuneCountInString(d.Norm[start+len(m):end]) >= 4 {
					start += len(m) // "隶属于青湾市…", "委托澄州…": the verb before the name, cut with it
				} else if strings.HasPrefix(d.Norm[start:], "方") && strings.HasSuffix(d.Norm[:start], "营") {
					start += len("方") // "运营方澜江绿源…": the party, then its name
				}
				out = append(out, entity{rng: rng{start, end}, tier: 1})
			}
		case titled > 0:
			// "业主代表单晓琳告诉记者", "队长宁少川说": two or three
			// characters between a title and a word of speech are the
			// name the title gives, though the segmenter knows no name there
			j := i + titled - 1
			out = append(out, entity{rng: rng{tk.Start, toks[j].End}, tier: 0})
			i = j
		case l.entities[tk.Text] || tk.Pos == "nt" && !endsWithAny(tk.Text, gatherings):
			// "临溪/县 人民法院", "青/岚/市 中级 人民法院", "滨/川/市 西/港区
			// 人民法院": the place (its direction, the court's level) before a
			// body named by its kind alone
			start := tk.Start
			if strings.HasPrefix(tk.Text, "人民") || tk.Pos == "nt" && !placeWord(tk) {
				// tokens of the place and the name's fields, two more for a
				// 和 between them (and the word before it, which innerAnd
				// has checked)
				limit := 5
				for j := i; j > 0 && i-j < limit && toks[j-1].End == toks[j].Start && (placePart(toks, j-1) || j-1 > 0 && utf8.RuneCountInString(toks[j-1].Text) == 1 && strings.Contains("东西南北", toks[j-1].Text) && placePart(toks, j-2) ||
					innerAnd(toks, j-1, tk.End) || j < i && innerAnd(toks, j, tk.End)); j-- {
					if toks[j-1].Text == "和" {
						limit += 2
					}
					start = toks[j-1].Start
				}
			}
			out = append(out, entity{rng: rng{start, tk.End}, tier: 1})
		case (tk.Pos == "nr" || tk.Pos == "nrt" || tk.Pos == "nrfg" || tk.Pos == "nz") && n >= 2 && n <= 4 && !l.titles[tk.Text] && (!commonNamed(tk.Text) || introducedName(d, toks, i)) && !counted(toks, i) ||
			tk.Pos == "ns" && n == 3 && introducedName(d, toks, i):
			// (and a name the dictionary knows as a place's, after a title:
			// "货车司机马建国")
			tier := 2
			if e.ownNames[tk.Text] {
				tier = 0 // from the article's own names file
			} else if n == 2 && e.people[tk.Text] && i > 0 && toks[i-1].End == tk.Start && (afterTitle || personNoun(toks[i-1].Text) || peopleKind(toks[i-1])) {
				tier = 0 // a two-character name right after a title ("同班工人杨春"), which knownPeople leaves to the cut
			} else if sn := firstRunes(tk.Text, 1); l.surnames[sn] && strings.HasPrefix(tk.Text[len(sn):], "某") {
				tier = 0 // an anonymised name the segmenter knows whole (吴某), as one it cuts (龚/某)
			}
			end := tk.End
			if n == 2 && l.surnames[firstRunes(tk.Text, 1)] && i+1 < len(toks) && toks[i+1].Start == end && (givenChar(toks[i+1]) || nameEnd(toks, i+1)) {
				// "孙立" "衡": a two-character given name cut short
				end = toks[i+1].End
				i++
			}
			// (a word the dictionary tags as a name without a surname to
			// open it, 滑翔伞, is a thing's, as one tagged nz is)
			thing := (tk.Pos == "nz" || tk.Pos == "nr" && n >= 3) && tier == 2 && !l.surnames[firstRunes(tk.Text, 1)] ||
				tk.Pos == "nz" && n == 2 && tier == 2 && end == tk.End && commonNz(tk.Text) // (申报 is tagged nz too)
			out = append(out, entity{rng: rng{tk.Start, end}, tier: tier, thing: thing})
		}
	}
	if d.ID < len(e.peopleAt) {
		out = knownPeople(e.peopleAt[d.ID], out)
	}
	// "320余人", "两百多人", "200万像素": a count that runs past its figure
	// or a figure's order of magnitude, no name (余 and 万 are surnames too)
	out = slices.DeleteFunc(out, func(en entity) bool {
		r, _ := utf8.DecodeRuneInString(d.Norm[en.s:])
		before := lastRune(d.Norm[:en.s])
		return strings.ContainsRune("余多来万亿", r) && (unicode.IsDigit(before) || strings.ContainsRune("十百千万", before)) ||
			// "男孩左前臂骨折": a side of the body, no name (左 is a surname too)
			en.tier == 0 && sideOfBody.MatchString(d.Norm[en.s:en.e])
	})
	out = foreignNames(d, out)
	// a place and the organisation after it are one name: "江临市" "中级"
	// "人民法院" → 江临市中级人民法院
	for i := 0; i+1 < len(out); i++ {
		a, b := out[i], out[i+1]
		if b.tier != 1 || a.e > b.s {
			continue
		}
		last, _ := utf8.DecodeLastRuneInString(d.Norm[a.s:a.e])
		gap := d.Norm[a.e:b.s]
		if strings.ContainsRune(placeEnds, last) && (gap == "" || utf8.RuneCountInString(gap) <= 4 && isHanRun(gap) && !strings.ContainsAny(gap, functionChars)) {
			out[i] = entity{rng: rng{a.s, b.e}, tier: 1}
			out = append(out[:i+1], out[i+2:]...)
			i--
		}
	}
	// "一名67岁的裘姓老人": a surname that describes someone, no name
	out = slices.DeleteFunc(out, func(en entity) bool {
		return en.tier != 1 && en.e-en.s == len("裘姓") && strings.HasSuffix(d.Norm[en.s:en.e], "姓")
	})
	// join "A和B", "A、B"
	for i := 0; i+1 < len(out); i++ {
		if out[i].e > out[i+1].s {
			continue
		}
		gap := d.Norm[out[i].e:out[i+1].s]
		if (out[i].tier == 1) != (out[i+1].tier == 1) {
			continue // a person and a firm ("宋立新和宏顺燃气有限公司") are two answers
		}
		if gap == "和" || gap == "与" || gap == "、" || gap == "及" || gap == "以及" {
			out[i].e = out[i+1].e
			out[i].tier = min(out[i].tier, out[i+1].tier)
			out = append(out[:i+1], out[i+2:]...)
			i--
		}
	}
	return out
}

// nameDots are the dots that join the parts of a foreign name written in
// Chinese characters (亨里克·范德米尔).
const nameDots = "·•・‧"

// foreignNames joins into one name, of the first tier, the parts of a
// foreign name on either side of a name dot, which the segmenter cuts into
// odd pieces (亨/里克 · 范/德/米尔): short runs of characters of no grammar
// and no title ("主编亨里克·…" starts after 主编), and drops the entities
// inside it.
func foreignNames(d *index.Doc, out []entity) []entity {
	if !strings.ContainsAny(d.Norm, nameDots) {
		return out
	}
	toks := d.Tokens
	part := func(tk index.Token) bool {
		return isHanRun(tk.Text) && utf8.RuneCountInString(tk.Text) <= 3 && !strings.ContainsAny(tk.Text, nameStops) &&
			!isTitle(tk.Text) && !endsInTitle(tk.Text) && !personNoun(tk.Text) && !lex().light[tk.Text] && !strings.HasPrefix(tk.Pos, "v")
	}
	for k := 1; k < len(toks); k++ {
		gap := d.Norm[toks[k-1].End:toks[k].Start]
		if gap == "" || utf8.RuneCountInString(gap) != 1 || !strings.Contains(nameDots, gap) || !part(toks[k-1]) || !part(toks[k]) {
			continue
		}
		i, runes := k-1, utf8.RuneCountInString(toks[k-1].Text)
		for i > 0 && toks[i-1].End == toks[i].Start && part(toks[i-1]) && runes+utf8.RuneCountInString(toks[i-1].Text) <= 5 {
			i--
			runes += utf8.RuneCountInString(toks[i].Text)
		}
		j, runes := k, utf8.RuneCountInString(toks[k].Text)
		for j+1 < len(toks) && part(toks[j+1]) && runes+utf8.RuneCountInString(toks[j+1].Text) <= 6 {
			next := d.Norm[toks[j].End:toks[j+1].Start]
			if next != "" && !(utf8.RuneCountInString(next) == 1 && strings.Contains(nameDots, next)) {
				break
			}
			j++
			runes += utf8.RuneCountInString(toks[j].Text)
		}
		r := rng{toks[i].Start, toks[j].End}
		out = append(slices.DeleteFunc(out, func(en entity) bool { return en.e > r.s && en.s < r.e }), entity{rng: r, tier: 0})
		slices.SortFunc(out, func(a, b entity) int { return a.s - b.s })
		k = j
	}
	return out
}

// counted reports whether toks[i] is followed by a count of it ("麻醉枪8支"):
// a thing, though the segmenter tags it a name; an age (李某32岁) is no
// count.
func counted(toks []index.Token, i int) bool {
	return i+2 < len(toks) && toks[i+1].Start == toks[i].End && isDigits(toks[i+1].Text) && toks[i+2].Text != "岁"
}

// findPeople returns where text holds the people the articles name
// elsewhere, names of three characters or more ("江省", "陈列": two are too
// often a cut word), in order of position.
func (e *Engine) findPeople(text string) []rng {
	var out []rng
	for name := range e.people {
		if utf8.RuneCountInString(name) < 3 {
			continue
		}
		for _, at := range offsetsOf(text, name) {
			out = append(out, rng{at, at + len(name)})
		}
	}
	slices.SortFunc(out, func(a, b rng) int { return a.s - b.s })
	return out
}

// knownPeople adds to a sentence's entities, sorted by position, the people
// at the ranges found whose names its cut split ("研究员林振宇" cut as
// 员林/振/宇), and makes sure one it read whole: one name, one reading,
// throughout the articles.
func knownPeople(found []rng, out []entity) []entity {
	added := false
	for _, r := range found {
		covered := false
		keep := out[:0:0]
		for _, en := range out {
			switch {
			case en.s == r.s && r.e == en.e:
				covered = true
				en.tier = 0 // a name the articles give whole
				keep = append(keep, en)
			case en.s <= r.s && r.e <= en.e:
				covered = true
				keep = append(keep, en)
			case en.s < r.e && r.s < en.e:
				// a name the cut made of its pieces
			default:
				keep = append(keep, en)
			}
		}
		out = keep
		if !covered {
			out, added = append(out, entity{rng: r}), true
		}
	}
	if added {
		slices.SortFunc(out, func(a, b entity) int { return a.s - b.s })
	}
	return out
}

// wordLike reports whether the articles write two characters, a surname
// and one more, before at least three different characters (熊舍内,
// 熊舍的, 熊舍投喂). With a verb's character second (熊/舍) and a third
// that might end a name (投), that is a word, not the start of one name
// (郑国栋); a two-character name too is written before many words
// (张浩说, 张浩让), so this alone says nothing of one.
func (e *Engine) wordLike(two string) bool {
	if v, ok := e.wordLead.Load(two); ok {
		return v.(bool)
	}
	next := map[rune]bool{}
	for rest := range followers(e.corpus, two) {
		if r, _ := utf8.DecodeRuneInString(rest); unicode.Is(unicode.Han, r) {
			next[r] = true
		}
		if len(next) >= 3 {
			break
		}
	}
	e.wordLead.Store(two, len(next) >= 3)
	return len(next) >= 3
}

// standsAlone reports whether the articles write the two characters two
// somewhere without third and before no other character of a name: before
// punctuation or a function word ("她养的柯基“豆包”"), so that "柯基洗个牙"
// holds no full name 柯基洗. (Two sisters, 殷若琳 and 殷若霞, share two
// characters before a third.)
func (e *Engine) standsAlone(two, third string) bool {
	key := two + "\x00" + third
	if v, ok := e.alone.Load(key); ok {
		return v.(bool)
	}
	v := false
	for rest := range followers(e.corpus, two) {
		r, _ := utf8.DecodeRuneInString(rest)
		if v = !strings.HasPrefix(rest, third) && (!unicode.Is(unicode.Han, r) || strings.ContainsRune(functionChars, r)); v {
			break
		}
	}
	e.alone.Store(key, v)
	return v
}

// plainAfter reports whether the articles write the two characters two
// after at least two characters other than surname, inside runs of text:
// a word of theirs (烧窑 of 连续烧窑 and 暂停烧窑), no given name, which
// follows its surname alone.
func (e *Engine) plainAfter(surname, two string) bool {
	key := surname + "\x00" + two
	if v, ok := e.plainWord.Load(key); ok {
		return v.(bool)
	}
	var seen []rune
	for off := 0; len(seen) < 2; {
		k := strings.Index(e.corpus[off:], two)
		if k < 0 {
			break
		}
		if r, _ := utf8.DecodeLastRuneInString(e.corpus[:off+k]); unicode.Is(unicode.Han, r) && string(r) != surname && !slices.Contains(seen, r) {
			seen = append(seen, r)
		}
		off += k + len(two)
	}
	e.plainWord.Store(key, len(seen) >= 2)
	return len(seen) >= 2
}

// followers yields the text of s after each occurrence of sub, in order.
func followers(s, sub string) iter.Seq[string] {
	return func(yield func(string) bool) {
		for off := 0; ; {
			k := strings.Index(s[off:], sub)
			if k < 0 {
				return
			}
			off += k + len(sub)
			if !yield(s[off:]) {
				return
			}
		}
	}
}

// countUpTo counts the occurrences of sub in s, stopping at max.
func countUpTo(s, sub string, max int) int {
	n := 0
	for range followers(s, sub) {
		if n++; n >= max {
			break
		}
	}
	return n
}

// commonWord reports whether s is a word of the dictionary that is not a
// name ("高管" is 高 and 管, but not a person).
func commonWord(s string) bool {
	_, pos, ok := index.Lookup(s)
	return ok && !strings.HasPrefix(pos, "nr")
}

// actedOn reports whether the name that follows text is what 将 or 把 acts
// on: right after it, or after a title or a word for a person (将车主庞某).
func actedOn(text string) bool {
	k := max(strings.LastIndex(text, "将"), strings.LastIndex(text, "把"))
	if k < 0 {
		return false
	}
	between := text[k+len("将"):] // (将 and 把 are as long in UTF-8)
	return between == "" || utf8.RuneCountInString(between) <= 4 && isHanRun(between) && (isTitle(between) || personNoun(between))
}

// addresseeAsk asks to whom something was said, given or turned to.
var addresseeAsk = regexp.MustCompile(`向谁|向哪|跟谁|找谁|(?i)\b(to|from) whom\b|\bwho\b.*\b(to|from)\s*\??\s*$`)

// afterBei reports whether the name after text is the doer a passive
// names: 被 right before it, or a character before it that the segmenter cut
// from the name (被临/海区公安分局).
func afterBei(text string) bool {
	k := strings.LastIndex(text, "被")
	return k >= 0 && utf8.RuneCountInString(text[k:]) <= 2 && isHanRun(text[k:])
}

// asksPatient reports whether a question asks for the one a deed was done
// to ("谁被抓了", "船老板是谁,听说被抓了", "who was arrested"), not by
// whom ("被谁").
func asksPatient(q Question) bool {
	if q.Lang == English {
		return q.Passive
	}
	if !strings.Contains(q.Lower, "被") || strings.Contains(q.Lower, "被谁") || strings.Contains(q.Lower, "被哪") || lightPassive.MatchString(q.Lower) {
		return false
	}
	if q.WhPos >= 0 && q.WhPos < len(q.Lower) {
		// "合作社被人欠着钱没结,是哪家企业欠的": the clause that asks
		// tells the deed again, actively: who did it
		cl := clauseAt(q.Lower, q.WhPos)
		if k := strings.Index(q.Lower, cl); k >= 0 && k <= q.WhPos && q.WhPos <= k+len(cl) && !strings.Contains(cl, "被") {
			after := q.Lower[q.WhPos : k+len(cl)] // (the deed after the interrogative)
			for _, t := range q.Terms {
				if (t.Predicate || t.Verb) && t.Text != "是" && t.Text != "叫" && strings.Contains(after, t.Text) {
					return false
				}
			}
		}
	}
	return true
}

// contentNoun ends a clause that names a plan or decision whose content
// may follow a colon, or that tells someone a thing (通知全村:暂停采摘…).
var contentNoun = regexp.MustCompile(`(?:方案|办法|措施|决定|协议|共识|结果|内容|要求|规定|计划|意见|条件)$|(?:通知|告知|提醒|要求|宣布|强调)\p{Han}{0,4}$`)

// unnamedAgents end a passive whose doer they leave unnamed: 被对方, 被人.
var unnamedAgents = []string{"被对方", "被他人", "被别人", "被有人", "被人", "被其"}

// patientCost is what a name costs as the one who did what a question
// asks about when the sentence puts it after 将 or 把, or names by it, after
// 被, who acted on the one asked about: more than the length of most
// sentences, in bytes.
const patientCost = 240

// quotedLabel reports whether text[start:end] opens a short quotation that
// goes on past it: a brand or a shop's name (“贝乐星母婴”), no person's.
func quotedLabel(text string, start, end int) bool {
	if !strings.HasSuffix(text[:start], "“") {
		return false
	}
	close := strings.Index(text[end:], "”")
	return close > 0 && utf8.RuneCountInString(text[end:end+close]) <= maxLabelTail
}

// maxLabelTail is how many characters at most a brand's name in quotation
// marks goes on past what looks like a person's name.
const maxLabelTail = 6

// countedObject reports whether the surname at i is a measure word the cut
// left between a verb and its object's last character ("加贴/封/签": 封签,
// a seal, no 封 and a given name): a one-character given name, the surname
// tagged a measure word, right after a verb.
func countedObject(toks []index.Token, i int) bool {
	return i > 0 && i+1 < len(toks) && strings.HasPrefix(toks[i].Pos, "q") && utf8.RuneCountInString(toks[i+1].Text) == 1 &&
		strings.HasPrefix(toks[i-1].Pos, "v") && toks[i-1].End == toks[i].Start
}

// titledByAsked reports whether one of the question's words, where c holds
// it, ends right where a name at byte at begins: the question's own words
// title that one ("独居老人邵玉珍", "鞋匠陈国栋"). A kin word counts only
// when kin is true.
func titledByAsked(c *candidate, at int, kin bool) bool {
	return slices.ContainsFunc(c.matched, func(m [2]int) bool {
		return m[1] == at && m[0] < m[1] && (kin || kinGroupOf(c.d.Norm[m[0]:m[1]]) < 0)
	})
}

// objectEndsClause reports whether the name at r ends a clause of d
// before the one at byte at, after a verb of its own: the object of that
// clause's verb.
func objectEndsClause(d *index.Doc, r rng, at int) bool {
	if next, _ := utf8.DecodeRuneInString(d.Norm[min(r.e, len(d.Norm)):]); !strings.ContainsRune(clausePunct, next) || clauseStart(d.Norm, at) <= r.e {
		return false
	}
	from := clauseStart(d.Norm, r.s)
	for _, tk := range d.Tokens {
		if tk.Start >= from && tk.End <= r.s && strings.HasPrefix(tk.Pos, "v") {
			return true
		}
	}
	return false
}

// countedUnit reports whether the character at byte at of text, a
// surname, follows a number: a unit counted (5周, 三周), no one's surname.
func countedUnit(text string, at int) bool {
	r, _ := utf8.DecodeLastRuneInString(text[:at])
	return r >= '0' && r <= '9' || strings.ContainsRune("一二两三四五六七八九十几数每半", r)
}

// countedNoun reports whether toks[i], a surname the dictionary reads as a
// common noun, is that noun counted: "凑点钱帮老陆" is 点 and money, no 钱
// of a name.
func countedNoun(toks []index.Token, i int) bool {
	return i > 0 && toks[i].Pos == "n" && toks[i-1].End == toks[i].Start && (toks[i-1].Pos == "m" || strings.HasPrefix(toks[i-1].Pos, "q"))
}

// orgThenTitle is the length in bytes of the body's last word that begins
// w when a title follows it to w's end ("事务所律师": 事务所), or 0.
func orgThenTitle(w string) int {
	for k := range w {
		if k > 0 && lex().orgSuffixes[w[:k]] && isTitle(w[k:]) {
			return k
		}
	}
	return 0
}

// titledBody reports whether the title w opens a body's last word with the
// word after it, next, which begins with the rest of that word: 律师 +
// 事务所(律师) is a 律师事务所, whose name goes on before the title.
func titledBody(w, next string) bool {
	for k := range next {
		if k > 0 && lex().orgSuffixes[w+next[:k]] {
			return true
		}
	}
	return lex().orgSuffixes[w+next]
}

// titleRunOn reports whether the two-character word w, after prev, is
// the last character of a title prev begins and a surname: 主 + 任何 of
// "主任何振宇".
func titleRunOn(prev, w string) bool {
	first := firstRunes(w, 1)
	title := prev + first
	return lex().surnames[w[len(first):]] && !isTitle(prev) && (isTitle(title) || endsInTitle(title))
}

// titledName returns how many of the tokens make a name of two or three
// characters that a word of speech follows right after ("单晓琳" of "单 晓 琳
// 告诉"), or 0. Every character must be one a name may hold.
func titledName(toks []index.Token) int {
	runes := 0
	for k, tk := range toks {
		if k > 0 && toks[k-1].End != tk.Start {
			return 0
		}
		if runes >= 2 && (slices.Contains(lex().speech, tk.Text) || tk.Text == "是" && runes == 3) {
			return k
		}
		if runes == 3 && (slices.Contains(nameFollowers, tk.Text) || k >= 2 && strings.HasPrefix(tk.Pos, "v") && utf8.RuneCountInString(toks[k-1].Text) == 1) {
			// "校长魏国庆因带头…", "工程师梁国/栋 乘电梯…": a full name,
			// then the clause goes on
			return k
		}
		n := utf8.RuneCountInString(tk.Text)
		// (a surname and a character the dictionary reads as another
		// word: "厅长魏国强表示" cut 魏国/强)
		surnamed := n == 2 && runes == 0 && isHanRun(tk.Text) && lex().surnames[string([]rune(tk.Text)[0])]
		// (a given name's character the dictionary reads as a conjunction:
		// "律师樊若溪表示" cut 樊/若/溪)
		conj := n == 1 && runes > 0 && strings.HasPrefix(tk.Pos, "c") && !strings.Contains(functionChars, tk.Text)
		// (even 和 or 与, when a word of speech follows it: "工程师魏清和表示"
		// cut 魏/清/和, but not "赵强和李明表示", whose 赵强 is a name whole)
		conj = conj || n == 1 && runes == 2 && k == 2 && strings.HasPrefix(tk.Pos, "c") && k+1 < len(toks) && toks[k+1].Start == tk.End && slices.Contains(lex().speech, toks[k+1].Text)
		// (a given name the dictionary reads as a word, between a lone
		// surname and a word of speech: "主任何文静介绍" cut 主/任何/文静)
		worded := n == 2 && runes == 1 && isHanRun(tk.Text) && k+1 < len(toks) && toks[k+1].Start == tk.End && slices.Contains(lex().speech, toks[k+1].Text)
		if runes+n > 3 || !(n == 1 && givenChar(tk) || conj || n == 2 && strings.HasPrefix(tk.Pos, "nr") || surnamed || worded) {
			return 0
		}
		runes += n
	}
	return 0
}

// nameFollowers are the words that may follow a titled person's full name
// as the sentence goes on about them (因, 在, 被, 曾…).
var nameFollowers = []string{"因", "在", "于", "被", "曾", "已", "也", "还", "则", "对", "向", "因为", "由于", "随即", "当即"}

// postAsk asks what one does or is: 干什么的, 什么职位.
var postAsk = regexp.MustCompile(`(?:做|干)什么的|什么(?:职位|职务|身份|来头|角色|工作)`)

// personNoun reports whether a word names a person by role or trade
// (商户, 村民, 摊主, 驾驶员), so that a name may follow it.
func personNoun(w string) bool {
	if utf8.RuneCountInString(w) < 2 {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(w)
	return roleWord(w) || strings.ContainsRune("户民主商工", r)
}

// countsOther reports whether the number at i in text counts people the
// question does not ask about: right after a noun for them (房东860余名),
// in a sentence with none of the counted words.
func countsOther(toks []index.Token, text string, i int, counted []string) bool {
	if len(counted) == 0 || slices.ContainsFunc(counted, func(w string) bool {
		return utf8.RuneCountInString(w) < 2 || strings.HasSuffix(w, "人") || strings.Contains(text, w)
	}) {
		return false // (人 of 多少人, 个人 of 几个人: anyone)
	}
	for _, tk := range toks {
		if tk.End == i {
			return peopleKind(tk) && !slices.Contains(counted, tk.Text)
		}
	}
	return false
}

// peopleKind reports whether tk is a noun for a kind of people (房东, 工人,
// 村民), by its last character.
func peopleKind(tk index.Token) bool {
	return strings.HasPrefix(tk.Pos, "n") && !strings.HasPrefix(tk.Pos, "nr") && utf8.RuneCountInString(tk.Text) >= 2 &&
		strings.ContainsRune(peopleEnds, lastRune(tk.Text))
}

// peopleEnds are the last characters of words for a kind of people: 房东,
// 租客, 住户, 村民, 员工, 学生.
const peopleEnds = "东客户民工员者人生师友属众"

// isTitle reports whether a word is a title, a deputy's (副局长) too.
func isTitle(w string) bool {
	return lex().titles[w] || strings.HasPrefix(w, "副") && lex().titles[strings.TrimPrefix(w, "副")]
}

// endsInTitle reports whether a word the segmenter ran together ends in a
// title of two characters or more ("事务所律师").
func endsInTitle(w string) bool {
	rs := []rune(w)
	for k := 1; k+1 < len(rs); k++ {
		if isTitle(string(rs[k:])) {
			return true
		}
	}
	return false
}

// commonNamed reports whether the dictionary tags a common word as a
// name: it gives a personal name's tag to words as frequent as 安抚 and 张贴
// (hundreds), where names it knows are rare (甘德: 7).
func commonNamed(w string) bool {
	if lex().notNames[w] {
		return true
	}
	freq, pos, ok := index.Lookup(w)
	return ok && strings.HasPrefix(pos, "nr") && freq >= commonNameFreq
}

// introducedName reports whether toks[i], a word the dictionary knows as a
// name common enough to be taken for a word, is a person's name all the
// same: a surname opens it, and a title, a word for a person or an age runs
// into it ("骑手李俊", "主任蔡文静", "32岁的陈静").
func introducedName(d *index.Doc, toks []index.Token, i int) bool {
	tk := toks[i]
	if n := utf8.RuneCountInString(tk.Text); n < 2 || n > 3 || !lex().surnames[firstRunes(tk.Text, 1)] || lex().notNames[tk.Text] {
		return false
	}
	if i == 0 || toks[i-1].End != tk.Start && !strings.HasSuffix(d.Norm[:tk.Start], "岁的") {
		return false
	}
	prev := toks[i-1].Text
	return isTitle(prev) || endsInTitle(prev) || personNoun(prev) || endsWithAny(prev, personEnds) || strings.HasSuffix(d.Norm[:tk.Start], "岁的")
}

// commonNameFreq is the dictionary frequency from which a word tagged a
// personal name is taken for a common word.
const commonNameFreq = 200

// titledGiven reports whether a token right after a title and a surname
// is the given name, though the dictionary knows it as a word of another
// sort ("副局长梁永年": 永年 is a time word there).
func titledGiven(tk index.Token) bool {
	if utf8.RuneCountInString(tk.Text) != 2 || !isHanRun(tk.Text) || strings.ContainsAny(tk.Text, functionChars) {
		return false
	}
	// a time or place word, or a rare noun; never a verb ("负责人曾联系")
	return tk.Pos == "t" || tk.Pos == "ns" || tk.Pos == "nz" || strings.HasPrefix(tk.Pos, "nr") || tk.Pos == "n" && givenName(tk)
}

// spokenAfter reports whether toks[k] is a word of speech that runs on from
// the token before it: "范国庆回忆", where a surname and a word the
// dictionary reads as a date (国庆) are a name all the same.
func spokenAfter(toks []index.Token, k int) bool {
	return k < len(toks) && toks[k-1].End == toks[k].Start && slices.Contains(lex().speech, toks[k].Text)
}

// nameMiddle reports whether toks[k], a character the dictionary reads as
// a conjunction or a pronoun, is the first of a given name all the same:
// one run together with a character that can end a name (庄/若/谷: 若 is
// "if" alone; 邓/其/峰, where 峰 is tagged a name's).
func nameMiddle(toks []index.Token, k int) bool {
	if k+1 >= len(toks) || utf8.RuneCountInString(toks[k].Text) != 1 {
		return false
	}
	next := toks[k+1]
	if next.Start != toks[k].End || utf8.RuneCountInString(next.Text) != 1 || !givenChar(next) {
		return false
	}
	switch toks[k].Pos {
	case "c":
		return !strings.Contains(functionChars, toks[k].Text)
	case "r":
		return strings.HasPrefix(next.Pos, "nr")
	}
	return false
}

// givenName reports whether a token can be (part of) a given name after a
// surname: one or two Han characters that are not grammar.
func givenName(tk index.Token) bool {
	n := utf8.RuneCountInString(tk.Text)
	if n < 1 || n > 2 || !hasHan(tk.Text) || isLatinWord(tk.Text) {
		return false
	}
	if n == 1 && strings.Contains(functionChars+"说称讲问答指道表", tk.Text) {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(tk.Text); strings.ContainsRune(placeEnds, r) {
		return false // "澜江市人": a place, not 江 and a given name
	}
	switch {
	case strings.HasPrefix(tk.Pos, "u"), strings.HasPrefix(tk.Pos, "p"), strings.HasPrefix(tk.Pos, "c"),
		strings.HasPrefix(tk.Pos, "q"), strings.HasPrefix(tk.Pos, "m"), strings.HasPrefix(tk.Pos, "f"),
		tk.Pos == "y", tk.Pos == "r", tk.Pos == "t":
		return false
	}
	if n == 2 {
		// "段确认": a common verb or adverb is no given name
		freq, pos, ok := index.Lookup(tk.Text)
		if ok && freq >= 500 && (strings.HasPrefix(pos, "v") || strings.HasPrefix(pos, "d") || pos == "ad") {
			return false
		}
		// "负责人曾联系": nor a common noun (not one of the names the
		// dictionary tags nr, ns or nz: 文明, 建国)
		if ok && freq >= 2000 && (pos == "n" || pos == "a" || pos == "an") {
			return false
		}
	}
	return !lex().light[tk.Text] && !lex().titles[tk.Text]
}

// heldTerms is how many of the question's weightier words the sentence
// holds.
func heldTerms(q Question, c *candidate) int {
	n := 0
	for i, m := range c.matchedBy {
		if m[0] >= 0 && i < len(q.Terms) && !q.Terms[i].Light {
			n++
		}
	}
	return n
}

// namesSomeone reports whether the question names someone (a name term).
func namesSomeone(q Question) bool {
	return slices.ContainsFunc(q.Terms, func(t Term) bool { return t.Name && !isLatinWord(t.Text) })
}

// asksPerson reports whether a question names someone by a role (队长,
// 救生员, 老板, 店主): their age is in 岁, and "开了8年民宿" is how long they
// have done something.
func asksPerson(q Question) bool {
	return slices.ContainsFunc(q.Terms, func(t Term) bool {
		return !t.Name && (roleWord(t.Text) || slices.Contains(lex().heads, t.Text) || utf8.RuneCountInString(t.Text) == 2 && strings.HasSuffix(t.Text, "主"))
	})
}

// placeLike reports whether a name ends like a place's (市, 县, 路, 河…).
func placeLike(name string) bool {
	r, _ := utf8.DecodeLastRuneInString(name)
	return strings.ContainsRune(placeEnds+"河江湖山岭桥港", r)
}

// copulas link a thing to its name ("施工单位为恒拓建设集团有限公司"): a
// name does not run back over one.
var copulas = map[string]bool{"为": true, "是": true, "系": true, "乃": true}

// placeEnds end the names of places; a given name does not begin with one.
const placeEnds = "市省县区镇乡村路街"

// unnamedEnds end the words for places, bodies, their parts and machines
// (麻醉科, 麻醉机), which a dictionary may tag as names but no person's
// name ends in.
const unnamedEnds = placeEnds + bodyEnds + "科机室厂店馆校"

// seatName is a place's name of two characters and the word for its seat
// of government after it, not a title (江临市, not 市长).
var seatName = regexp.MustCompile(`(\p{Han}{2})[市县省](?:[^长委政]|$)`)

// seatEnds end the names of administrative areas (江渚市, 临湖区), which a
// lone character may begin that a segmenter cut off or read as a surname.
const seatEnds = "市省县区镇乡"

// clausePunct are the marks that end a clause.
const clausePunct = ",，;；:：。!！?？"

// givenChar reports whether a one-character token can end a given name
// cut short ("韩/立/钧在"): any character but grammar, numerals and
// positions, whatever the segmenter tagged it (钧 as a measure word).
// speechChars are characters of saying and besideChars of where, which
// end a name rather than belong to it.
const (
	speechChars = "说称讲问答指道表"
	besideChars = "上下前后里内外中间旁"
)

// innerAnd reports whether toks[k], a 和, joins the two fields a
// government body's name covers (住房和城乡建设局, 人力资源和社会保障局):
// a noun of two to four characters before it that names no body, place or
// person, and at most six characters after it to the body's end.
func innerAnd(toks []index.Token, k, end int) bool {
	if toks[k].Text != "和" || k == 0 || toks[k-1].End != toks[k].Start || end-toks[k].End > 6*3 {
		return false
	}
	prev := toks[k-1]
	n := utf8.RuneCountInString(prev.Text)
	return n >= 2 && n <= 4 && (prev.Pos == "n" || prev.Pos == "vn") && !personNoun(prev.Text) && !placeWord(prev) &&
		!lex().orgSuffixes[prev.Text] && !endsOrg(prev.Text) && !isTitle(prev.Text)
}

// nameEnd reports whether toks[k], one character the segmenter read as a
// preposition or conjunction, ends the name before it, as the word after
// it shows: a verb or a word that follows a name ("孟庆和担任组长",
// "罗德顺在电话中说"), where a conjunction or preposition could not
// stand. Of the grammatical characters only 和 may end a name so.
func nameEnd(toks []index.Token, k int) bool {
	tk := toks[k]
	if utf8.RuneCountInString(tk.Text) != 1 || !hasHan(tk.Text) || k+1 >= len(toks) || toks[k+1].Start != tk.End ||
		!strings.HasPrefix(tk.Pos, "p") && !strings.HasPrefix(tk.Pos, "c") ||
		strings.Contains(nameBreaks+speechChars+besideChars, tk.Text) ||
		strings.Contains(functionChars, tk.Text) && tk.Text != "和" {
		return false
	}
	next := toks[k+1]
	if tk.Text == "和" {
		return next.Pos == "v" // "A和担任": no conjunction joins a name to a verb
	}
	return next.Pos == "v" || slices.Contains(nameFollowers, next.Text) || slices.Contains(lex().speech, next.Text)
}

func givenChar(tk index.Token) bool {
	if utf8.RuneCountInString(tk.Text) != 1 || !hasHan(tk.Text) ||
		strings.Contains(functionChars+nameBreaks+speechChars+"零〇一二三四五六七八九十百千万亿两几"+besideChars, tk.Text) {
		return false
	}
	switch {
	case strings.HasPrefix(tk.Pos, "u"), strings.HasPrefix(tk.Pos, "p"), strings.HasPrefix(tk.Pos, "c"),
		tk.Pos == "y", tk.Pos == "r":
		return false
	}
	return !lex().light[tk.Text] && !lex().titles[tk.Text]
}

// loneChar reports whether a token is one character of no grammar: in a
// run of them, a name the segmenter does not know, cut up whatever each
// character's part of speech (固/达/架/业有限公司).
func loneChar(tk index.Token) bool {
	return utf8.RuneCountInString(tk.Text) == 1 && hasHan(tk.Text) && !strings.ContainsAny(tk.Text, functionChars) && !strings.Contains(nameStops, tk.Text)
}

// orgWord reports whether tk is a noun of four characters or more that
// ends in an organisation's word of two or more (管理中心, 指挥中心), which
// the segmenter keeps whole; a shorter one is a place's (市中心).
func orgWord(tk index.Token) bool {
	if !strings.HasPrefix(tk.Pos, "n") || utf8.RuneCountInString(tk.Text) < 4 {
		return false
	}
	rs := []rune(tk.Text)
	for n := 2; n < len(rs)-1; n++ {
		if lex().orgSuffixes[string(rs[len(rs)-n:])] {
			return true
		}
	}
	return false
}

// tradeVerb reports whether the token before toks[i], a firm's formal last
// word (有限公司, 股份有限公司), 中心 or 协会, is the verb of its trade
// inside its name: "顺达/市政/养护/有限公司", "惠农冷链/配送/中心", "淮澄市/
// 搬家/行业协会", where the words before the verb are the name's too.
func tradeVerb(toks []index.Token, i int) bool {
	if i < 2 || !strings.Contains(toks[i].Text, "有限") && toks[i].Text != "中心" && !strings.HasSuffix(toks[i].Text, "协会") {
		return false
	}
	v := toks[i-1]
	return strings.HasPrefix(v.Pos, "v") && utf8.RuneCountInString(v.Text) == 2 && isHanRun(v.Text) &&
		toks[i-2].End == v.Start && nameMaterial(toks[i-2])
}

// orgLeadIn is a verb or preposition that an organisation's name cannot
// start with, which the segmenter may have cut together with its first
// character (于青/湾市, 委托/澄州) or left before it (据/青峦区实验小学).
var orgLeadIn = regexp.MustCompile(`^(?:隶属于|归属于|属于|委托|交由|交给|由|于|被|向|据|对|与)`)

// placePart reports whether toks[k] is part of the place that comes
// before a body's name: a place, a word ending in a seat's character (县,
// 市), a court's level, or a lone character a seat's character follows (青
// of 青/岚/市).
func placePart(toks []index.Token, k int) bool {
	tk := toks[k]
	switch {
	case !isHanRun(tk.Text) || strings.ContainsAny(tk.Text, functionChars):
		return false
	case placeWord(tk), tk.Text == "中级" || tk.Text == "高级":
		return true
	}
	return loneChar(tk) && k+1 < len(toks) && toks[k+1].Start == tk.End && (toks[k+1].Pos == "ns" || loneChar(toks[k+1]) && placePart(toks, k+1))
}

// brandAt reports whether toks[k] ends a firm's brand name that a place
// comes before: one character of no grammar, or a verb of two, right
// after the place or after a lone character that follows it ("青湾市 鑫/顺
// 航运有限公司", "澄/阳/安居 物业…", "浙东/恒/达 智能仪表…").
func brandAt(toks []index.Token, k int) bool {
	tk := toks[k]
	if k < 1 || !loneChar(tk) && !(tk.Pos == "v" && utf8.RuneCountInString(tk.Text) == 2 && isHanRun(tk.Text)) || toks[k-1].End != tk.Start {
		return false
	}
	if placeWord(toks[k-1]) {
		return true
	}
	lead := toks[k-1]
	return k >= 2 && loneChar(lead) && (lead.Pos == "zg" || lead.Pos == "ng" || lead.Pos == "j" || lead.Pos == "nr" || lead.Pos == "n") &&
		toks[k-2].End == lead.Start && placeWord(toks[k-2])
}

// placeWord reports whether tk names a place: the segmenter says so, or it
// ends in a seat's character (青湾市, 临溪县).
func placeWord(tk index.Token) bool {
	last, _ := utf8.DecodeLastRuneInString(tk.Text)
	return tk.Pos == "ns" || strings.ContainsRune(seatEnds, last) && hasHan(tk.Text)
}

// cutPlace reports whether tk is a place word of two characters that the
// segmenter may have cut from a longer name (临/湖区, 青/山县): a lone
// character before it belongs to the name.
func cutPlace(tk index.Token) bool {
	if tk.Pos != "ns" || utf8.RuneCountInString(tk.Text) != 2 {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(tk.Text)
	return strings.ContainsRune(seatEnds, last)
}

// surnamePlace reports whether the surname at i and the one character
// after it name a place: a city's, county's or district's word follows
// (江/渚/市, not the person 江渚).
func surnamePlace(toks []index.Token, i int) bool {
	return i+2 < len(toks) && utf8.RuneCountInString(toks[i+1].Text) == 1 && toks[i+2].Start == toks[i+1].End &&
		utf8.RuneCountInString(toks[i+2].Text) == 1 && strings.Contains(seatEnds, toks[i+2].Text)
}

// nameMaterial reports whether a token can be part of an organisation's
// name before its suffix: nouns, names and the odd characters unknown names
// are cut into (禾/丰/园), not grammar, verbs or numbers.
func nameMaterial(tk index.Token) bool {
	if nounish(tk) || ordinalWord(tk.Text) {
		return true // (第二人民医院, 第一中学: the ordinal is part of the name, though 一 is grammar)
	}
	if !hasHan(tk.Text) || strings.ContainsAny(tk.Text, functionChars) {
		return false
	}
	switch {
	case strings.HasPrefix(tk.Pos, "v"), strings.HasPrefix(tk.Pos, "p"), strings.HasPrefix(tk.Pos, "c"),
		strings.HasPrefix(tk.Pos, "u"), strings.HasPrefix(tk.Pos, "d"), strings.HasPrefix(tk.Pos, "m"),
		strings.HasPrefix(tk.Pos, "q"), strings.HasPrefix(tk.Pos, "r"), strings.HasPrefix(tk.Pos, "f"), tk.Pos == "t", (tk.Pos == "a" || tk.Pos == "ad") && utf8.RuneCountInString(tk.Text) > 1:
		return false
	}
	return true
}

// ordinalWord reports whether w is an ordinal of one Chinese numeral
// (第一, 第二, 第十).
func ordinalWord(w string) bool {
	rest, ok := strings.CutPrefix(w, "第")
	return ok && utf8.RuneCountInString(rest) == 1 && strings.Contains("一二三四五六七八九十", rest)
}

func nounish(tk index.Token) bool {
	return strings.HasPrefix(tk.Pos, "n") || tk.Pos == "j" || tk.Pos == "b" || tk.Pos == "s" ||
		isLatinWord(tk.Text) && !isDigits(tk.Text) || tk.Pos == "x" && hasHan(tk.Text)
}

func overlapsAny(r rng, ms [][2]int) bool {
	for _, m := range ms {
		if r.s < m[1] && m[0] < r.e {
			return true
		}
	}
	return false
}

// cleftAfter opens, right after a sentence's verb, the naming of the one
// who did it: "(发现)异常的是…".
var cleftAfter = regexp.MustCompile(`^[^,，。;；:：]{0,12}?的(人)?(是|为)`)

// placedIn closes the words before a body named as the place where
// something happened: a clause that opens (after a time, at most) with 在,
// "7月16日下午,在临湖区青石路的" of "…蓝鲸湾体育中心室内游泳馆".
var placedIn = regexp.MustCompile(`(?:^|[,，;；:：])[^,，。;；:：]{0,12}在[^,，。;；:：在]{0,14}$`)

// who picks the name nearest the predicate, on the side the question's
// structure points to; surer names win over nearer ones.
func (e *Engine) who(q Question, c *candidate) string {
	patient := asksPatient(q) // (once: it reads the question's clauses)
	if q.Lang == Chinese && !q.Passive && !patient {
		// "把订单取消掉的是哪家公司" and "…订单被对方取消": the one who did
		// it goes unnamed; the name before 被 is whose order it was
		for k, t := range q.Terms {
			if t.Predicate && k < len(c.matchedBy) && c.matchedBy[k][0] > 0 && endsWithAny(c.d.Norm[:c.matchedBy[k][0]], unnamedAgents) {
				return ""
			}
		}
	}
	preferBefore := true
	switch {
	case q.Passive:
		preferBefore = c.predPass
	case q.Lang == English:
		preferBefore = !q.WhAfter
	case q.WhPos >= 0:
		predPos := -1
		for _, t := range q.Terms {
			if t.Predicate {
				predPos = t.Pos
				break
			}
		}
		if predPos < 0 && len(q.Terms) > 0 {
			predPos = q.Terms[0].Pos
			if q.WhPos <= len(q.Lower) && (strings.HasPrefix(q.Lower[q.WhPos:], "由谁") || strings.HasSuffix(q.Lower[:q.WhPos], "由")) {
				// "内环高架由谁负责管理", and no word known as a verb: 由 names
				// the doer before the deed, as the sentence will
				predPos = q.Terms[len(q.Terms)-1].Pos
			}
		}
		// (and "最早发现老虎跑了的是谁" asks for the one who did it)
		preferBefore = q.WhPos < predPos || q.Cleft
	}
	if preferBefore && q.Lang == Chinese && c.anchorE >= 0 && c.anchorE <= len(c.d.Norm) && cleftAfter.MatchString(c.d.Norm[c.anchorE:]) {
		// "最先发现异常的是管制员鲁海峰": the sentence names the one who did
		// it after 的是, as the question asks
		preferBefore = false
	}
	// "投资方是亚马逊", "负责人是Ilya": a role word followed by 是 names the
	// one it stands for after it
	if c.anchorE >= 0 && c.anchorE <= len(c.d.Norm) && roleIs.MatchString(c.d.Norm[c.anchorE:]) {
		preferBefore = false
	} else if loc := e.roleClause(c); loc != nil {
		// "主导这场突袭的负责人是Ilya": the predicate sits in a clause that
		// describes a role, and the name comes after 是
		c.anchor, c.anchorE, preferBefore = loc[0], loc[1], false
	} else {
		// or any word of the question so placed ("Anthropic's investor" →
		// "…的直接投资方这是亚马逊"): the name follows it
		for _, m := range c.matchedBy {
			if m[0] >= 0 && m[1] <= len(c.d.Norm) && roleIs.MatchString(c.d.Norm[m[1]:]) {
				c.anchor, c.anchorE, preferBefore = m[0], m[1], false
				break
			}
		}
	}
	wantOrg := q.WantOrg || orgQuestion.MatchString(q.Lower)
	asked := map[string]bool{} // what the question names, wherever it recurs
	for _, m := range c.matched {
		if m[0] >= 0 && m[0] < m[1] && m[1] <= len(c.d.Norm) {
			asked[c.d.Norm[m[0]:m[1]]] = true
		}
	}
	// the role asked for, where the sentence holds it: the name must
	// stand by it
	var roles []string
	for _, r := range q.Role {
		if strings.Contains(e.lower[c.d.ID], r) {
			roles = append(roles, r)
		}
	}
	// where the words that describe one whose name is asked stand: the
	// question's words, or the word for the business asked about
	// ("资金走向…" names the police, not the platform; "宏达鞋厂的订单…
	// 来自一家海外客户", the factory, not the client)
	near := c.matched
	if q.NameAsked && len(q.NameOf) > 0 {
		near = nil
		for _, w := range q.NameOf {
			for off := 0; ; {
				k := strings.Index(e.lower[c.d.ID][off:], w)
				if k < 0 {
					break
				}
				near = append(near, [2]int{off + k, off + k + len(w)})
				off += k + len(w)
			}
		}
	}
	// "那个店员叫啥" of "据收银员赵小梅回忆,…她闻到": the sentence calls
	// the one described by another title of the same head (员), and the
	// name right after it may be theirs
	retitled := ""
	if q.NameAsked && q.Lang == Chinese {
		if q.RoleElsewhere != "" {
			retitled = q.RoleElsewhere
		} else if len(q.Role) > 0 && len(roles) == 0 {
			retitled = q.Role[0]
		}
	}
	var doers []string // the words for whose trade the question's verb is
	for _, t := range q.Terms {
		doers = append(doers, t.Doers...)
	}
	best, bestCost, bestOther, bestTier := rng{-1, -1}, 1<<30, false, 0
	fit, fitCost, fitOther, fitTier := rng{-1, -1}, 1<<30, false, 0
	bestDoer := false
	planAsked := asksPlan(q)
	kinAsked := kinAskedOf(q)
	ents := e.entities(c.d)
	for k, en := range ents {
		r := en.rng
		if !wantOrg && en.tier == 1 && k+1 < len(ents) && ents[k+1].tier == 0 && ents[k+1].s >= r.e &&
			ents[k+1].s-r.e <= 18 && titled(c.d.Norm[r.e:ents[k+1].s]) {
			// "交通运输厅厅长魏国强表示": the body only qualifies the title
			// of the one named, who is who the question asks for
			continue
		}
		if !wantOrg && en.tier == 0 && k+1 < len(ents) && ents[k+1].tier == 0 && !ents[k+1].thing && ents[k+1].s > r.e && relationOf(c.d.Norm[r.e:ents[k+1].s]) {
			// "最先发现异常的是范晓溪的姑姑范丽君": the first name only says
			// whose aunt the one named is
			continue
		}
		if q.Passive && q.Lang == Chinese && en.tier == 0 && titledByAsked(c, r.s, true) {
			// "楼上那个独居老太太是被谁救出来的" of "楼上住着…独居老人邵玉珍":
			// the name the question's words title is the one acted on
			continue
		}
		if kinAsked != 0 && en.tier == 0 {
			// "陆师傅的老伴叫什么" of "这家店是他父亲陆长根…开的": a name
			// the sentence calls another relation is not the one asked
			before := c.d.Norm[:r.s]
			if g := kinIn(func(w string) bool { return strings.HasSuffix(before, w) }); g >= 0 && kinAsked&(1<<g) == 0 {
				continue
			}
			// "那个鞋匠的母亲" of "62岁的鞋匠陈国栋": the name the question's
			// other word titles is whose relation is asked
			if titledByAsked(c, r.s, false) {
				continue
			}
		}
		if len(roles) > 0 && !slices.ContainsFunc(roles, func(role string) bool { return nameByRole(e.lower[c.d.ID], r, role) }) {
			continue
		}
		if en.tier == 0 && e.insideOrg(c.d.Norm, r) {
			continue // "澜江衡正律师事务所": 江衡 is no one
		}
		if en.thing && !wantOrg {
			continue // "冒领奖金的店主叫啥", "最早发现老虎的是谁": a person, never 大奖 or 竹林中
		}
		if wantOrg && en.tier != 1 && (en.thing && modifiesNext(c.d.Norm[r.e:]) || placeLike(c.d.Norm[r.s:r.e])) {
			// "客运站联网售票系统": 联网 only qualifies the system; 东风路
			// is a road: no firm
			continue
		}
		if en.tier == 0 && !planAsked && strings.Contains(c.d.Norm[:r.s], "由") && plannedOne.MatchString(c.d.Norm[clauseStart(c.d.Norm, r.s):r.s]) {
			continue // "原定由首席指挥周慕远执棒": who was to do it, not who did
		}
		if en.tier == 1 && !wantOrg && placedIn.MatchString(c.d.Norm[:r.s]) {
			continue // "在临湖区青石路的蓝鲸湾体育中心室内游泳馆": where it happened, not who did it
		}
		// "Altman和Brockman" when Altman is asked about: the one not asked
		r = unaskedPart(c.d.Norm, r, c.matched)
		if startsInside(r, c.matched) || asked[c.d.Norm[r.s:r.e]] {
			// a question word names it ("Altman和Brockman" when Altman is
			// asked about); a generic word matching its tail ("集团") does not
			continue
		}
		var dist int
		before := r.e <= c.anchor
		switch {
		case before:
			dist = c.anchor - r.e
		case r.s >= c.anchorE:
			dist = r.s - c.anchorE
		case len(q.OrgHead) > 0 && r.e == c.anchorE && endsWithAny(asciiLower(c.d.Norm[r.s:r.e]), q.OrgHead):
			// "which school" and "明德学校": the question's word heads the name asked for
			dist = 0
		case en.tier == 0 && r.s < c.anchor && r.e == c.anchorE && addressWords[c.d.Norm[c.anchor:c.anchorE]]:
			// "那位女士是谁" and "杨女士说": the word of address asked by is the name's
			dist = 0
		case en.tier == 1 && wantOrg && r.s < c.anchor && r.e == c.anchorE && lex().orgSuffixes[c.d.Norm[c.anchor:c.anchorE]]:
			// "是哪家企业欠的" and "味源公司至今拖欠…": the kind of body asked
			// for ends the name
			dist = 0
		case en.tier == 1 && wantOrg && r.s < c.anchor && c.anchorE < r.e:
			// "装修吊顶的是哪家公司" and "由江临恒筑装饰工程有限公司承建":
			// the question's word names the firm's trade
			dist = 0
		default:
			continue
		}
		// "销售总监邝立新": a name after the asked words and a title is
		// the one the title names
		// (or, when the sentence titles the one asked for otherwise, the
		// name after its title: "据收银员赵小梅回忆")
		titledOtherwise := retitled != "" && en.tier == 0 && roleBefore(c.d, r.s, retitled)
		appos := !before && en.tier == 0 && apposed(c, r.s) || titledOtherwise
		if !appos && en.tier == 0 && len(roles) > 0 && roles[0] == q.Role[0] && strings.HasSuffix(e.lower[c.d.ID][:r.s], roles[0]) {
			// "殷若琳的家属已委托…律师龚立新代理此案" for "the family's
			// lawyer": the name the asked title runs into, over another
			// name in its clause
			appos = true
		}
		if !appos && en.tier == 0 && len(roles) > 0 && roles[0] == q.Role[0] && describesRole(e.lower[c.d.ID][r.e:], roles[0]) {
			// "一名姓郝的带班工人让…谭女士…签字" for "那个工人姓啥": the
			// name the 的 of the asked role's description follows
			appos = true
		}
		if appos {
			dist = -1 // closer than any name merely next to the words
		}
		cost := dist + 40*en.tier
		doer := en.tier == 0 && len(doers) > 0 && endsWithAny(c.d.Norm[:r.s], doers)
		if doer {
			cost -= 20 // "飞行员蒋立峰" for "who was flying it": titled by the trade of the verb
		}
		if before && preferBefore && !q.Passive && en.tier == 0 && !appos && actedOn(c.d.Norm[:r.s]) {
			// "…赶到,将张某从车内拉出": the one 将 or 把 acts on, not the
			// one who acts, wherever that one stands in the sentence
			cost += patientCost
		}
		if strings.HasSuffix(c.d.Norm[:r.s], "向") && !addresseeAsk.MatchString(q.Lower) {
			// "邱某…没有向镇农业服务中心报备": the one told or asked, not
			// who did it
			cost += 60
		}
		if before && preferBefore && q.Passive && en.tier == 0 && !appos && objectEndsClause(c.d, r, c.anchor) {
			// "…伸手去拉身旁一摞待投的柴捆,左前臂被喷出的火舌燎伤": what
			// an earlier clause's verb takes is not the one the passive
			// befell; its subject is
			cost += patientCost
		}
		if afterBei(c.d.Norm[:r.s]) && patient {
			// "听说被抓了" and "陈某…被某公安分局依法刑事拘留": the one
			// 被 names acts on the one asked about
			cost += patientCost
		}
		if before != preferBefore && !appos && !doer {
			// (a name titled by the trade of the question's verb does it,
			// wherever it stands: "驾驶该车的是…驾驶员温立新")
			cost += 60
		}
		person := hanPerson(c.d.Norm, r, en.tier)
		if wantOrg && person {
			cost += 80 // a person's name where an organisation is asked for
		}
		if !wantOrg && (len(q.Role) > 0 || q.WantPerson) && en.tier == 1 {
			cost += 80 // an organisation where a person's title is asked for (院长叫啥)
		}
		if q.WantPerson && !wantOrg && en.tier != 1 && placeLike(c.d.Norm[r.s:r.e]) {
			continue // a place (白沙河, 江临市), where a person is asked for
		}
		if q.WantPerson && !wantOrg && en.thing {
			continue // a thing's name (滑翔伞, 危化品), where a person is asked for
		}
		if !wantOrg && en.tier != 1 && placeNext(c.d.Norm[r.e:]) {
			continue // "安平" of "安平市": a place, never who
		}
		otherKind := len(q.OrgHead) > 0 && !endsWithAny(asciiLower(c.d.Norm[r.s:r.e]), q.OrgHead)
		if otherKind && person {
			continue // "which bank was the driver with": a person's name is no bank's
		}
		if otherKind {
			cost += 150 // "which court": a name that is not a court's
		}
		if en.tier == 1 && !wantOrg && endsWithAsked(c.d.Norm[r.s:r.e], asked) {
			// "谁跑去派出所报的案": the police station the question itself
			// names (…松柏路派出所) is where it was done, not who did it
			if q.WantPerson {
				continue // ("the guy in charge of the monitoring station": never the station)
			}
			cost += 100
		}
		if en.tier == 1 && wantOrg && endsWithAsked(c.d.Norm[r.s:r.e], asked) && !slices.ContainsFunc(q.OrgHead, func(h string) bool { return asked[h] }) {
			// "哪个部门和市场监管局一起去检查的": the body the question
			// names (江湄区市场监督管理局) is not the one it asks for
			cost += 100
		}
		fits := !q.NameAsked || titledOtherwise || e.namesAsked(q, c, r, en.tier, near)
		if fits && en.tier != 2 && cost < fitCost {
			// a sure name that fits, should the likeliest not
			fit, fitCost, fitOther, fitTier = r, cost, otherKind, en.tier
		}
		if cost < bestCost {
			best, bestCost, bestOther, bestTier, bestDoer = r, cost, otherKind, en.tier, doer
		}
	}
	if best.s >= 0 && q.NameAsked && !e.namesAsked(q, c, best, bestTier, near) && !(retitled != "" && bestTier == 0 && roleBefore(c.d, best.s, retitled)) {
		// "the name of the boy who broke his leg", "the name of the
		// overseas client": no name of his or its by the words that
		// describe him, unless a sure one is
		best, bestCost, bestOther, bestTier, bestDoer = fit, fitCost, fitOther, fitTier, false
	}
	if best.s < 0 && !q.NameAsked && !wantOrg {
		// "受害人是一位72岁的独居老人": one the sentence describes, not
		// names; a sentence that names one answers better, and the next
		// of the paragraph may name them ("…的是一名外卖骑手。…外卖骑手
		// 陈志强…")
		c.quality = -0.5
		desc := describedOne(c.d.Norm, c.anchor)
		if n := e.sameParagraph(c.d, c.d.ID+1); desc != "" && n != nil && (strings.Contains(n.Norm, lastRunes(desc, 2)) || e.firstClauseSole(n) != "") {
			if name, lender := e.namedByRole(c, nil); lender != nil {
				c.lender, c.quality = lender, 0.5
				return name
			}
			return ""
		}
		return desc
	}
	if best.s < 0 || q.NameAsked && q.WantPerson && !wantOrg && bestTier == 1 {
		return "" // (a person's name asked for, and only a body's given)
	}
	if bestOther && q.Lang == English && wantOrg {
		return "" // "which bus company": a school's name is none
	}
	// a sure name close to the question's words makes the sentence a
	// better answer than one with a far or doubtful name, and one titled
	// by the trade of the question's verb a better one still
	c.quality = 1 - math.Min(float64(bestCost), 150)/150
	if bestDoer {
		c.quality = 2
	}
	if bestOther || q.WantPerson && !wantOrg && bestTier == 1 {
		// it names no organisation of the kind asked for, or only a body
		// where a person is asked for ("which doctor": the hospital)
		c.quality = -1
	}
	if strings.HasSuffix(c.d.Norm[:best.s], "姓") && best.e-best.s <= len("郝") {
		return surnameDescription(c.d, best) // "一名姓郝的带班工人", no bare surname
	}
	return c.d.Norm[best.s:best.e]
}

// describedIs is a person described after 是, with no name: "是一位72岁的
// 独居老人", to the clause's end.
var describedIs = regexp.MustCompile(`是(一[位名个][^,，。;；、“”"]{1,14})(?:[,，。;；]|$)`)

// describedOne is the description of a person nearest byte offset at in
// text, after 是 ("受害人是一位72岁的独居老人" → 一位72岁的独居老人), or "".
func describedOne(text string, at int) string {
	best, bestD := "", 1<<30
	for _, m := range describedIs.FindAllStringSubmatchIndex(text, -1) {
		if w := text[m[2]:m[3]]; personWord(w) {
			if d := abs(m[0] - at); d < bestD {
				best, bestD = w, d
			}
		}
	}
	return best
}

// surnameDescription is the description of one the sentence of d names
// only by the surname at r, after 姓: "一名姓郝的带班工人", "姓刘的男子", or
// "姓郝" when no word for a person follows within a few words.
func surnameDescription(d *index.Doc, r rng) string {
	start, end := r.s-len("姓"), r.e
	bare := d.Norm[start:end]
	if !strings.HasPrefix(d.Norm[r.e:], "的") {
		return bare
	}
	for _, p := range []string{"一名", "一位", "一个"} {
		if strings.HasSuffix(d.Norm[:start], p) {
			start -= len(p)
			break
		}
	}
	for _, tk := range d.Tokens {
		if tk.Start > r.e && tk.Start-r.e <= len("的带班工人") && personWord(tk.Text) {
			end = tk.End
			break
		}
	}
	if end == r.e {
		return bare // (no 一名 without the noun it counts)
	}
	return d.Norm[start:end]
}

// personWord reports whether w, of two characters or more, is a word for a
// person: by role or trade (personNoun, workerWord) or by how it ends (男子,
// 工人, 房东).
func personWord(w string) bool {
	return utf8.RuneCountInString(w) >= 2 && (personNoun(w) || workerWord(w) || endsWithAny(w, personEnds) || strings.ContainsRune(peopleEnds, lastRune(w)))
}

// describesRole reports whether rest, the text after a name, opens with a
// description of it that the role ends: "的带班工人".
func describesRole(rest, role string) bool {
	if !strings.HasPrefix(rest, "的") {
		return false
	}
	k := strings.Index(rest, role)
	return k > 0 && utf8.RuneCountInString(rest[:k]) <= 4 && !strings.ContainsAny(rest[:k], clauseBreaks)
}

// endsWithAsked reports whether name ends in a word the question names,
// of two characters or more.
func endsWithAsked(name string, asked map[string]bool) bool {
	for w := range asked {
		if utf8.RuneCountInString(w) >= 2 && strings.HasSuffix(name, w) {
			return true
		}
		if rest, ok := strings.CutSuffix(name, w); ok && rest != "" {
			// or two words of it run together: "the air monitoring
			// station" of 青梧县环境监测站 (监测 + 站)
			for v := range asked {
				if v != "" && v != w && strings.HasSuffix(rest, v) {
					return true
				}
			}
		}
	}
	return false
}

// insideOrg reports whether a Chinese name at r is part of an
// organisation's name: an organisation's suffix follows it within three
// characters ("江衡" + "正" + "律师事务所").
func (e *Engine) insideOrg(text string, r rng) bool {
	if isLatinWord(strings.ReplaceAll(text[r.s:r.e], " ", "")) {
		return false
	}
	rest := []rune(text[r.e:])
	for k := 0; k <= 1 && k < len(rest); k++ {
		if !unicode.Is(unicode.Han, rest[k]) || k > 0 && strings.ContainsRune(functionChars+"向在对和与从把被将带", rest[k-1]) {
			return false
		}
		tail := string(rest[k:min(len(rest), k+6)])
		if strings.HasPrefix(tail, "事务所") || strings.HasPrefix(tail, "律师事务所") {
			return true
		}
		for suf := range lex().orgSuffixes {
			if utf8.RuneCountInString(suf) >= 2 && strings.HasPrefix(tail, suf) {
				return true
			}
		}
	}
	return false
}

// placeNext reports whether rest, the text right after a name, opens with
// the suffix of a place's name (市, 县, 省…), making the name a place's.
func placeNext(rest string) bool {
	r, _ := utf8.DecodeRuneInString(rest)
	return strings.ContainsRune("市县省镇乡村区州", r) && !startsWithAny(rest, notPlaceSuffix)
}

// notPlaceSuffix are words that open with a place's suffix without ending
// a place's name: a name before 市长 or 村民 is a person's.
var notPlaceSuffix = []string{"区域", "市民", "市场", "村民", "县长", "市长", "镇长", "村长", "区长", "省长"}

// occupation is the trade a sentence gives someone it names, right before
// the name: "货车司机" of "家住江州市区的货车司机石振宇", "外卖骑手" of
// "一楼住户、外卖骑手邬成杰"; "" if it names no one so.
func (e *Engine) occupation(c *candidate) string {
	text := c.d.Norm
	for _, en := range e.entities(c.d) {
		if en.tier != 0 || isLatinWord(strings.ReplaceAll(text[en.s:en.e], " ", "")) {
			continue
		}
		// "龚志远今年34岁,是一家物流公司的仓库管理员": after 是 in the
		// clauses that follow the name
		if m := tradeAfter.FindStringSubmatch(text[en.e:]); m != nil {
			if w := m[1]; personNoun(lastRunes(w, 2)) || isTitle(lastRunes(w, 2)) || endsWithAny(w, tradeEnds) {
				return w
			}
		}
		before := []rune(text[:en.s])
		for n := min(len(before), 6); n >= 2; n-- {
			w := string(before[len(before)-n:])
			if strings.ContainsAny(w, clauseBreaks+"的在是为") {
				continue
			}
			if personNoun(lastRunes(w, 2)) || isTitle(lastRunes(w, 2)) || isTitle(w) || endsWithAny(w, tradeEnds) {
				return w
			}
		}
	}
	return ""
}

// tradeAfter is what a name is said to be in a clause after it: "今年34岁,
// 是一家物流公司的仓库管理员".
var tradeAfter = regexp.MustCompile(`^[^。;；]{0,12}?[,，]?(?:是|系|为|现为|在\p{Han}{2,12}?(?:做|当|任|担任))(?:一名|一家|一位)?(\p{Han}{2,16}?)(?:[,，。;；]|$)`)

// tradeEnds end words for a trade that personNoun's endings miss.
var tradeEnds = []string{"司机", "保安", "保姆", "护工", "学生", "会计", "老板", "店主", "摊主", "厨子"}

// hanPerson reports whether the entity at r of text, of the given tier, is
// a sure personal name in Chinese, not a run of Latin words ("OpenAI").
func hanPerson(text string, r rng, tier int) bool {
	return tier == 0 && !isLatinWord(strings.ReplaceAll(text[r.s:r.e], " ", ""))
}

// namesAsked reports whether the name at r, of the given entity tier, can
// be the one a question for a name asks (q.NameAsked): a name of the kind
// asked for (a person's or an organisation's), standing in the clause of
// the words that describe the one asked about (near), or given by 名叫.
func (e *Engine) namesAsked(q Question, c *candidate, r rng, tier int, near [][2]int) bool {
	person := hanPerson(c.d.Norm, r, tier)
	if q.WantOrg && person || !q.WantOrg && tier == 1 {
		return false
	}
	return nextToMatched(c.d.Norm, r, near) || endsWithAny(c.d.Norm[:r.s], namingIntros)
}

// nameReach is how far, in bytes, a person's name may stand from the
// question's words that describe them (一名10岁男孩…, 司机梁振坤).
const nameReach = 8 * len("字")

// namingIntros introduce a name as the name of someone just described
// (中间人“老周”真实姓名为周某).
var namingIntros = []string{"姓名为", "姓名是", "名为", "名叫", "叫做", "本名", "真名", "叫"}

// nextToMatched reports whether r stands within nameReach of a matched
// question word.
func nextToMatched(text string, r rng, matched [][2]int) bool {
	for _, m := range matched {
		if m[0] < 0 || m[1] > len(text) {
			continue
		}
		// in the same clause: "沈佳琪介绍，3名重伤学生" names the doctor,
		// not the student
		// nor across a preposition: "钟伟业在发布会上向遇难者家属致歉"
		// names who apologised to them
		if r.s >= m[1] && r.s-m[1] <= nameReach && !strings.ContainsAny(text[m[1]:r.s], clausePunct) ||
			// or one more title of the same person between: "教授,慈善法
			// 研究中心主任沈立平"
			r.s >= m[1] && titledList(text[m[1]:r.s]) ||
			// or a description of what they do after a comma of a list:
			// "社区工作人员、负责助餐台账审核的郑海波"
			r.s >= m[1] && describedAfter(text[m[1]:r.s]) ||
			// or after a cleft's 的是, past who they are: "最早察觉异常的是
			// 家住滨江区望潮路的程雨桐"
			r.s >= m[1] && r.s-m[1] <= 3*nameReach && !strings.ContainsAny(text[m[1]:r.s], clausePunct) && cleftAfter.MatchString(text[m[1]:r.s]) ||
			m[0] >= r.e && m[0]-r.e <= nameReach && !strings.ContainsAny(text[r.e:m[0]], clausePunct+"向对给把跟替") {
			return true
		}
	}
	return false
}

var orgQuestion = regexp.MustCompile(`哪家|哪个(公司|机构|组织|团队|企业|部门|单位)|哪些(公司|机构|组织|团队|企业|部门|单位)|什么(公司|机构|组织|企业|部门|单位)`)

// coordinator joins the names of a coordinated entity.
var coordinator = regexp.MustCompile(`^\s*(和|与|及|以及|、|,|，|and)\s*`)

// coordinatorEnd is a conjunction closing the first half of a coordination.
var coordinatorEnd = regexp.MustCompile(`\s*(和|与|及|以及|、|,|，|and)\s*$`)

// unaskedPart trims from r a leading name the question matched and the
// conjunction after it: "Altman和Brockman" → "Brockman".
func unaskedPart(text string, r rng, ms [][2]int) rng {
	for _, m := range ms {
		if m[0] <= r.s && r.s < m[1] && m[1] < r.e && m[1] <= len(text) {
			if loc := coordinator.FindStringIndex(text[m[1]:r.e]); loc != nil && m[1]+loc[1] < r.e {
				return rng{m[1] + loc[1], r.e}
			}
		}
		// and "Altman和Brockman" when Brockman is asked about
		if r.s < m[0] && m[0] < r.e && r.e <= m[1] && m[0] <= len(text) {
			if loc := coordinatorEnd.FindStringIndex(text[r.s:m[0]]); loc != nil && loc[0] > 0 {
				return rng{r.s, r.s + loc[0]}
			}
		}
	}
	return r
}

// roleClause is the byte range of a clause after the anchor that
// describes a role before 是 or 为 ("…的负责人是"), or nil; nil too when a
// person's name stands inside it ("新郎的表姐孟秀兰是…" names her before 是).
func (e *Engine) roleClause(c *candidate) []int {
	text := c.d.Norm
	if c.anchorE < 0 || c.anchorE > len(text) || !relRole.MatchString(clauseFrom(text[c.anchorE:])) {
		return nil
	}
	loc := relRole.FindStringIndex(text[c.anchorE:])
	s, end := c.anchorE+loc[0], c.anchorE+loc[1]
	for _, en := range e.entities(c.d) {
		if en.tier == 0 && en.s >= s && en.e <= end {
			return nil
		}
	}
	return []int{s, end}
}

// startsWithAny reports whether s starts with one of the prefixes.
func startsWithAny(s string, prefixes []string) bool {
	_, ok := prefixOf(s, prefixes)
	return ok
}

// prefixOf is the first of prefixes that s starts with.
func prefixOf(s string, prefixes []string) (string, bool) {
	for _, x := range prefixes {
		if strings.HasPrefix(s, x) {
			return x, true
		}
	}
	return "", false
}

// endsWithAny reports whether s ends with one of the suffixes.
func endsWithAny(s string, suffixes []string) bool {
	_, ok := suffixOf(s, suffixes)
	return ok
}

// suffixOf is the first of suffixes that s ends with.
func suffixOf(s string, suffixes []string) (string, bool) {
	for _, x := range suffixes {
		if strings.HasSuffix(s, x) {
			return x, true
		}
	}
	return "", false
}

func startsInside(r rng, ms [][2]int) bool {
	for _, m := range ms {
		if m[0] <= r.s && r.s < m[1] {
			return true
		}
	}
	return false
}

func fullyMatched(r rng, ms [][2]int) bool {
	for _, m := range ms {
		if m[0] <= r.s && r.e <= m[1] {
			return true
		}
	}
	return false
}

// definition describes the question's subject from the words around it:
// the modifier before it ("OpenAI联合创始人X") or what follows "X是".
func (e *Engine) definition(q Question, c *candidate) string {
	low := asciiLower(c.d.Norm)
	i := strings.Index(low, q.Subject)
	subjEnd := i + len(q.Subject)
	if i < 0 {
		// the subject as matched, misspellings corrected: the span of the
		// matched question words that fall in it
		i, subjEnd = -1, -1
		for k, t := range q.Terms {
			if !strings.Contains(q.Subject, t.Text) || k >= len(c.matchedBy) || c.matchedBy[k][0] < 0 {
				continue
			}
			m := c.matchedBy[k]
			if i < 0 || m[0] < i {
				i = m[0]
			}
			subjEnd = max(subjEnd, m[1])
		}
		if i < 0 {
			return ""
		}
	}
	before := c.d.Norm[:i]
	if k := lastIndexAny(before, []string{",", "，", "。", ";", "；", ":", "：", "“", "”", "\"", "的", "、", "(", "（"}); k >= 0 {
		before = before[k:]
		_, sz := utf8.DecodeRuneInString(before)
		before = before[sz:]
	}
	before = leadConn.ReplaceAllString(strings.TrimSpace(before), "")
	if isEnd := strings.HasSuffix(before, "是") || strings.HasSuffix(before, "为"); isEnd {
		// "主导这场突袭的负责人是X": the description is the whole phrase
		// before 是, 的 and all
		head := strings.TrimSuffix(strings.TrimSuffix(c.d.Norm[:i], "是"), "为")
		before = leadConn.ReplaceAllString(strings.TrimSpace(clauseBefore(head, len(head))), "")
	}
	if utf8.RuneCountInString(before) >= 2 && !coordEnd.MatchString(before) && !verbStart.MatchString(before) {
		return before
	}
	after := c.d.Norm[subjEnd:]
	after = strings.TrimLeft(after, " ,，")
	for _, p := range []string{"是", "为", "作为", "担任"} {
		if strings.HasPrefix(after, p) {
			return clauseFrom(after[len(p):])
		}
	}
	return ""
}

func lastIndexAny(s string, seps []string) int {
	best := -1
	for _, sep := range seps {
		if k := strings.LastIndex(s, sep); k > best {
			best = k
		}
	}
	return best
}

// clauseFrom is text up to the end of its clause.
func clauseFrom(s string) string {
	if loc := clauseSep.FindStringIndex(s); loc != nil {
		return s[:loc[0]]
	}
	return s
}

// clauseAt is the clause of text that holds byte offset pos.
func clauseAt(text string, pos int) string {
	if pos < 0 {
		pos = 0
	}
	start, end := 0, len(text)
	for _, loc := range clauseSep.FindAllStringIndex(text, -1) {
		if loc[1] <= pos {
			start = loc[1]
		} else if loc[0] >= pos {
			end = loc[0]
			break
		}
	}
	return text[start:end]
}

// asksStart asks from when something runs: 从哪天开始, 什么时候起, "take
// effect", "kick in"; startsFrom is a date something runs from: 自…起,
// 于…起施行.
var (
	asksStart  = regexp.MustCompile(`开始(?:执行|施行|实施|生效)|(?:什么时候|哪天|何时|几号)开始|(?:从|自)(?:哪天|什么时候|何时)|什么时候起|哪天起|\b(?:take|took|taking) effect\b|\bkicks? in\b|\bgo(?:es)? into effect\b|\beffective\b`)
	startsFrom = regexp.MustCompile(`(?:自|从|于)((?:\d{4}年)?\d{1,2}月\d{1,2}日)(?:零时|0时|起|开始)`)
)

// sinceAsk asks since when something has gone on: "since when", "how
// long had they been at it, like when did it start", 从什么时候开始;
// sinceDate is the time an article says something has gone on since:
// 自2023年5月起, 从今年3月开始, 自今年8月以来.
var (
	sinceAsk  = regexp.MustCompile(`(?i)\bsince when\b|\bhow long\b.*\b(?:been|running|going)\b.*\bwhen did\b.*\b(?:start|begin|kick off)\b|(?:从|自)(?:什么时候|啥时候|何时|哪年|哪一年|几月|哪个月)(?:开始|起)`)
	sinceDate = regexp.MustCompile(`(?:自|从)((?:\d{4}年|今年|去年|前年)?\d{1,2}月(?:\d{1,2}日)?(?:初|底|中旬|上旬|下旬)?|\d{4}年(?:初|底)?)(?:就|便|已)?(?:起|开始|以来)`)
)

// dateAfterVerb is what may stand between a verb and the day it moves
// something to (改至1月16日, 推迟到5月3日).
var dateAfterVerb = []string{"", "于", "在", "到", "至"}

// eventDate returns where the day of the event at byte anchor of text is:
// the last day written out (not 当天) in the event's clause, at or before
// the event, else one right after the event's verb (ending at anchorE),
// else the sentence's first day; nil if none.
func eventDate(text string, anchor, anchorE int) []int {
	locs := dayDate.FindAllStringIndex(text, -1)
	if len(locs) < 2 || anchor < 0 {
		if len(locs) == 0 {
			return nil
		}
		return locs[0]
	}
	start := 0 // the start of the event's clause
	for _, sep := range clauseSep.FindAllStringIndex(text[:min(anchor, len(text))], -1) {
		start = sep[1]
	}
	var before []int
	for _, loc := range locs {
		if loc[0] >= start && loc[0] <= anchor && strings.ContainsAny(text[loc[0]:loc[1]], "0123456789月") {
			before = loc // in the event's clause (not 当天, which points back to a day before)
		}
	}
	if before != nil {
		return before
	}
	// else the day written out right after the event's verb ("…,改至1月16日
	// 上午9时进行"), not the day that opens the sentence (but "发现从1月9日
	// 到…" finds what happened then)
	for _, loc := range locs {
		if anchorE >= anchor && anchorE <= loc[0] && slices.Contains(dateAfterVerb, text[anchorE:loc[0]]) && strings.ContainsAny(text[loc[0]:loc[1]], "0123456789月") {
			return loc
		}
	}
	return locs[0]
}

// vagueDuration is a length of time an article gives without a figure.
var vagueDuration = regexp.MustCompile(`(?:很长|较长|相当长|很短)(?:一段)?时间|很久|多年来|长期以来`)

func whenSpan(q Question, text string, c *candidate, feats docFeatures) string {
	if attributive(q, text, c) {
		// "4月11日至4月14日生产的水饺": a predicate that modifies a noun is
		// dated by a time inside its own modifier; the sentence's own time
		// dates another event and is only a weak answer
		if s := modifierTime(q, text, c, feats); s != "" {
			return s
		}
		c.looseTime = true
	}
	if q.Grain != "clock" && sinceAsk.MatchString(q.Lower) {
		// "how long had he been running this scam, like since when": the
		// time it runs from (自2023年5月起), not the day it was found out
		if m := sinceDate.FindStringSubmatch(text); m != nil {
			return m[1]
		}
	}
	if q.Grain != "duration" && q.Grain != "clock" && asksStart.MatchString(q.Lower) {
		// "新规从哪天开始执行": the date it runs from (自2026年3月20日起),
		// not the day it was announced
		if m := startsFrom.FindStringSubmatch(text); m != nil {
			c.quality = 1 // the very start asked for (自3月13日起停园)
			return m[1]
		}
	}
	switch q.Grain {
	case "year":
		return yearRe.FindString(text)
	case "date":
		// the day asked for, with its month, year or hour around it: of
		// two or more, the one of the question's event ("记者11月12日获悉,
		// …该局已于11月11日责令…停业")
		if loc := eventDate(text, c.anchor, c.anchorE); loc != nil {
			if y := yearBefore.FindStringIndex(text[:loc[0]]); y != nil {
				loc[0] = y[0] // 2025年 before 4月6日
			}
			if full := dateRe.FindStringIndex(text[loc[0]:]); full != nil && full[0] == 0 && full[1] > loc[1]-loc[0] {
				return text[loc[0] : loc[0]+full[1]]
			}
			if m := clockRe.FindStringIndex(text[loc[0]:]); m != nil && m[0] == 0 {
				return text[loc[0] : loc[0]+m[1]]
			}
			return text[loc[0]:loc[1]]
		}
		return ""
	case "duration":
		// a span of time, never a date or a calendar year: "how many
		// years in prison" is not answered by "2021年至2023年" or "3月18日"
		best, bestD := "", 1<<30
		for _, loc := range durRe.FindAllStringIndex(text, -1) {
			m := text[loc[0]:loc[1]]
			if strings.HasSuffix(text[:loc[0]], "第") || strings.HasPrefix(text[loc[1]:], "级") {
				continue // 第二天, 初二年级: which day or grade, not how long
			}
			// the length nearest the question's words: "工作了5年的化妆师
			// 刘婷说,公司已经连续两个月没有发工资" asks the two months
			if d := abs(loc[0] - c.anchor); !calendarYear.MatchString(m) && (q.DurUnit == "" || strings.Contains(m, q.DurUnit)) && (best == "" || c.anchor >= 0 && d < bestD) {
				best, bestD = m, d
			}
		}
		if best != "" {
			return best
		}
		if m := daysTerm.FindStringSubmatch(text); m != nil && (q.DurUnit == "" || q.DurUnit == "天") {
			return m[1] // "行政拘留12日": twelve days, no date
		}
		if q.DurUnit != "" {
			return "" // "how many years": not "9天"
		}
		if m := vagueDuration.FindString(text); m != "" {
			return m // "持续了很长时间": how long, as the article says it
		}
		// and never a time of day or a date: "how long is he locked up
		// for" is not answered by 凌晨
		return ""
	case "clock":
		if q.Lang == English {
			break // "what time did they raid it": the time of the question's event, below, with its date
		}
		var pick []int // the first clock, or the one before the question's verb
		for _, loc := range clockRe.FindAllStringIndex(text, -1) {
			if notClock(text, loc) {
				continue
			}
			if pick == nil {
				pick = loc
			}
			if verbAfter(q, c, text, loc[1]) {
				// "于下午3时到达现场,于晚上6时10分恢复供电": the time
				// before the question's verb, when the sentence gives two
				pick = loc
				break
			}
		}
		if pick != nil {
			return text[pick[0]:timeTail(text, pick[1], feats.times)]
		}
		return ""
	}
	// The time that goes with the question's words: in their clause, else
	// in the clauses before it (a time usually leads its clause), else after.
	type span = rng
	times := feats.times
	if len(times) > 0 {
		bounds := []int{0}
		for _, loc := range clauseSep.FindAllStringIndex(text, -1) {
			bounds = append(bounds, loc[1])
		}
		bounds = append(bounds, len(text)+1)
		at := 0
		for i := 0; i+1 < len(bounds); i++ {
			if c.anchor >= bounds[i] && c.anchor < bounds[i+1] {
				at = i
			}
		}
		order := []int{at}
		if hasPredicate(q) {
			// with an event to go by, the clauses before it, then after;
			// without one (成为, 是), only the question's own clause will do
			for i := at - 1; i >= 0; i-- {
				order = append(order, i)
			}
			for i := at + 1; i+1 < len(bounds); i++ {
				order = append(order, i)
			}
		} else if at > 0 && heldTerms(q, c) > 0 {
			// the nearest clause before that is a time and nothing else
			for k := at - 1; k >= 0; k-- {
				if slices.ContainsFunc(times, func(t rng) bool {
					// (or by 截至, 直到: "截至当晚8时05分,所有被困游客全部安全落地",
					// its day a piece of its own: 当晚 "8时05分")
					w := wholeTime(times, t)
					if w.s < bounds[k] {
						return false
					}
					lead := text[bounds[k]:w.s]
					end := timeTail(text, w.e, times)
					return (lead == "" || lead == "截至" || lead == "直到" || lead == "到") && end <= bounds[k+1] &&
						strings.TrimRight(text[end:min(bounds[k+1], len(text))], clausePunct+" ") == "" && (dateRe.MatchString(text[t.s:t.e]) || clockRe.MatchString(text[t.s:t.e]))
				}) {
					// "9月14日下午3点,国家反兴奋剂中心发布通报", "韩立军说,
					// 8日上午11点左右,救生员就发现…": a date (or an hour)
					// standing alone as a clause dates the clauses after it
					// (not 当晚 alone, which only follows on from the
					// sentence before)
					order = append(order, k)
					break
				}
			}
		}
		for _, ci := range order {
			var best span
			found := false
			for _, t := range times {
				if planned.MatchString(text[max(0, t.s-9):t.s]) {
					continue // "原定于早上7点鸣枪": the plan, not the event
				}
				if q.Grain != "duration" && q.Lang == English && mereSpan(text, t) {
					continue // "what time": not "约33个小时"
				}
				if q.Grain == "clock" && !clockRe.MatchString(text[t.s:t.e]) {
					continue // "what time": an hour, not 半小时内 nor a day alone
				}
				if t.s >= bounds[ci] && t.s < bounds[ci+1] {
					if !found || t.s < best.s || t.s == best.s && t.e > best.e {
						best, found = t, true
					}
				}
			}
			if found {
				// a time told in pieces that touch: "当天" "下午3时40分" (an
				// hour asked for keeps the day told just before it)
				best = wholeTime(times, best)
				best.e = timeTail(text, best.e, times)
				c.quality = timeSpecificity(text[best.s:best.e])
				return text[best.s:best.e]
			}
		}
	}
	if q.Grain != "duration" && q.Lang == English && len(feats.times) > 0 && !slices.ContainsFunc(feats.times, func(t rng) bool { return !mereSpan(text, t) }) {
		return "" // only lengths of time ("约33个小时"), where a point in time is asked
	}
	// a clause that sets the time: "就在…之后"
	clauses := clauseSep.Split(text, -1)
	if !hasPredicate(q) {
		clauses = []string{clauseAt(text, c.anchor)}
	}
	for _, cl := range clauses {
		if m := clauseTimeRe.FindStringSubmatch(strings.TrimSpace(cl)); m != nil && !strings.HasPrefix(m[2], "记者") {
			// ("记者5月25日赶到陶坑村时": when the reporter came, no time
			// of what the article tells)
			return m[2] + m[3]
		}
	}
	return ""
}

// wholeTime returns t grown by the times that touch it on either side: a
// time told in pieces ("当天" "下午3时40分", 当晚 "8时05分").
func wholeTime(times []rng, t rng) rng {
	for grown := true; grown; {
		grown = false
		for _, p := range times {
			if p.s == t.e && p.e > t.e {
				t.e, grown = p.e, true
			}
			if p.e == t.s && p.s < t.s {
				t.s, grown = p.s, true
			}
		}
	}
	return t
}

// bareRangeEnd closes a range by a day or an hour alone (a month alone
// is as often a plan's window: 2026年1月至3月).
var bareRangeEnd = regexp.MustCompile(`^(?:至|到|—|－|~|～)(?:\d{1,2}[日号]|\d{1,2}(?:时|点)(?:\d{1,2}分)?)`)

// timeApprox is what may follow a time and belongs to it: about (许,
// 左右, 前后), by or before (前, 之前, 以前, but not 前往 or 前来) and after
// (以后, 之后).
var timeApprox = regexp.MustCompile(`^(?:许|左右|前后|之前|以前|以后|之后|前(?:[^往来去夕身期任面方夜一]|$))`)

// timeTail is where the time of text ending at e ends with the range it
// opens ("7月8日至8月6日", "早6时至晚10时") and the word that qualifies it
// ("晚上9点左右", "4月底前"), which are part of the answer.
func timeTail(text string, e int, times []rng) int {
	ranged := false
	for _, t := range times {
		if t.s > e && t.s-e <= len("至") && rangeJoin.MatchString(text[e:t.s]) {
			e, ranged = t.e, true
			break
		}
	}
	if !ranged {
		// a range's end that names only what changes: "9月24日至25日"
		if m := bareRangeEnd.FindString(text[e:]); m != "" {
			e += len(m)
		}
	}
	if m := timeApprox.FindString(text[e:]); m != "" {
		if strings.HasPrefix(m, "前") && m != "前后" {
			m = "前" // (without the character after it; 前后 is "about")
		}
		e += len(m)
	}
	return e
}

// attributive reports whether the question's predicate is used in the
// sentence as a modifier of a noun (生产的一批水饺), not as its event.
func attributive(q Question, text string, c *candidate) bool {
	return q.Lang != English && hasPredicate(q) && c.predOK && c.anchor >= 0 &&
		c.anchorE <= len(text) && strings.HasPrefix(text[c.anchorE:], "的")
}

// modifierTime is the time inside the modifier that ends at the predicate
// (the clause up to it), nearest the predicate, with a range it opens
// (4月11日至4月14日); "" when the modifier has none.
func modifierTime(q Question, text string, c *candidate, feats docFeatures) string {
	start := 0
	if loc := clauseSep.FindAllStringIndex(text[:c.anchor], -1); len(loc) > 0 {
		start = loc[len(loc)-1][1]
	}
	var best rng
	found := false
	for _, t := range feats.times {
		if t.s >= start && t.e <= c.anchor && (!found || t.e > best.e || t.e == best.e && t.s < best.s) {
			best, found = t, true
		}
	}
	if !found {
		return ""
	}
	// the range this time closes: "4月11日至4月14日"
	for _, t := range feats.times {
		if t.e < best.s && t.s >= start && rangeJoin.MatchString(text[t.e:best.s]) {
			best.s = t.s
		}
	}
	if q.Grain == "year" && !yearRe.MatchString(text[best.s:best.e]) {
		return ""
	}
	c.quality = timeSpecificity(text[best.s:best.e])
	return text[best.s:best.e]
}

// hasPredicate reports whether the question has a predicate of its own
// (an English one is assumed to).
func hasPredicate(q Question) bool {
	if q.Lang == English {
		return true // its verbs are found too loosely to tell
	}
	for _, t := range q.Terms {
		if t.Predicate {
			return true
		}
	}
	return false
}

// timeSpecificity rates how precisely a time expression places an event:
// a date with its hour beats a date, which beats a day word or a span.
// calendarYear is a year of the calendar, which durRe also matches as a
// number of years (2021年至2023年).
var calendarYear = regexp.MustCompile(`\d{4}年`)

// relativeDay is a day told by another: 当天, 次日, 当晚.
var relativeDay = regexp.MustCompile(`当天|当日|当晚|次日|翌日|今天|昨天|前天|明天|近日|日前`)

func timeSpecificity(m string) float64 {
	if !strings.ContainsAny(m, "月日号周星礼今昨前明当次翌点时晨午晚夜") {
		return 0.2 // a span of time: 48小时, 两天
	}
	switch {
	case !strings.ContainsAny(m, "月0123456789") && relativeDay.MatchString(m):
		return 0.4 // "当天", "次日": a day another sentence dates
	case !strings.Contains(m, "月") && relativeDay.MatchString(m):
		return 0.6 // "当天下午4时": an hour of such a day
	case dayDate.MatchString(m) && clockRe.MatchString(m):
		return 1
	case dayDate.MatchString(m) || yearRe.MatchString(m) && strings.Contains(m, "月"):
		return 0.8
	case clockRe.MatchString(m):
		return 0.6
	case durRe.MatchString(m) && !dayRe.MatchString(m):
		return 0.2
	}
	return 0.4
}

// mereSpan reports whether the time t of text is a length of time and no
// point or period in it: "约33个小时", not "3天后", "过去两天里" or "7月9日".
func mereSpan(text string, t rng) bool {
	m := text[t.s:t.e]
	if strings.ContainsAny(m, "月日号周星礼今昨前明当次翌点时晨午晚夜后年") && !strings.HasSuffix(m, "小时") {
		return false
	}
	if startsWithAny(m, []string{"过去", "最近", "近", "这"}) || strings.HasSuffix(m, "里") || strings.HasSuffix(m, "内") || strings.HasSuffix(m, "来") {
		return false // "过去两天里": a period reckoned from now, which when may ask
	}
	rest := text[t.e:]
	for _, p := range []string{"后", "前", "内", "以后", "之后", "以来", "里"} {
		if strings.HasPrefix(rest, p) {
			return false
		}
	}
	return durRe.MatchString(m)
}

func hasTimeUnit(m string) bool {
	return utf8.RuneCountInString(m) >= 2
}

// howManySpan is the number nearest the predicate, with a measure that fits
// what is asked (people, money, age).
// clockAfter are what follows 点 in a time of day: "8点半", "10点前".
var clockAfter = []string{"半", "钟", "前", "后", "至", "到", "左右", "多", "许"}

// clockPoint reports whether the number m, between before and rest, is a
// time of day told with 点: "晚上7点", "8点半", "10点前"; not "3个百分点";
// or the minutes of one ("21时51分", "8点20分").
func clockPoint(before, m, rest string) bool {
	if mins := strings.TrimSuffix(m, "分"); (mins != m || strings.HasPrefix(rest, "分")) && isDigits(mins) && len(mins) <= 2 &&
		(strings.HasSuffix(before, "时") || strings.HasSuffix(before, "点")) {
		return true
	}
	if !strings.HasPrefix(rest, "点") || !isDigits(m) || len(m) > 2 {
		return false
	}
	return dayPartEnd.MatchString(before) || startsWithAny(strings.TrimPrefix(rest, "点"), clockAfter)
}

// countedAfterMeasure reports whether the number m, with its measure word
// or followed by one in rest, goes on past a short modifier of the same
// noun phrase to one of the counted words: "312家" + "规模以上企业"; a verb
// on the way ends the noun phrase ("1节装载柴油的罐车", "21名被困矿工",
// "2人是公交车乘客"). at is where rest begins in the sentence of toks.
func countedAfterMeasure(toks []index.Token, at int, m, rest string, counted []string) bool {
	mw := measureStart.FindString(rest)
	if mw == "" && (m == "" || strings.ContainsRune("0123456789", rune(m[len(m)-1]))) || len(counted) == 0 {
		return false // neither the number nor what follows has a measure word
	}
	np := []rune(rest[len(mw):])
	if len(np) > 8 {
		np = np[:8]
	}
	phrase := string(np)
	if i := strings.IndexAny(phrase, clauseBreaks+"的是为被遭"); i >= 0 {
		phrase = phrase[:i]
	}
	k := -1
	for _, w := range counted {
		if j := strings.Index(phrase, w); w != "" && j >= 0 && (k < 0 || j < k) &&
			!strings.HasPrefix(rest[len(mw)+j+len(w):], "的") { // "柴油的罐车": a modifier, not the head
			k = j
		}
	}
	if k < 0 {
		return false
	}
	from, to := at+len(mw), at+len(mw)+k
	for _, tk := range toks {
		if tk.Start >= from && tk.End <= to && (strings.HasPrefix(tk.Pos, "v") || copulas[tk.Text]) {
			return false
		}
	}
	return true
}

// measureStart is a measure word at the start of a text.
var measureStart = regexp.MustCompile(`^(?:` + measureWords + `)`)

// vagueNum is a number given as an order of magnitude: 数百, 几十, 上千.
var vagueNum = regexp.MustCompile(`^(数|几|上)[十百千万]`)

// moneyChars are the characters of words for money (赔偿, 救助金, 费用, 工资):
// a question that holds one may be answered by a sum.
const moneyChars = "钱金费款赔资价元薪税额酬"

// givenFigureAt reports whether a term of q that holds a figure ("5天",
// the question's "five days") matched c's sentence over s..e.
func givenFigureAt(q Question, c *candidate, s, e int) bool {
	for i, t := range q.Terms {
		if i < len(c.matchedBy) && strings.ContainsAny(t.Text, "0123456789") {
			if m := c.matchedBy[i]; m[0] >= 0 && m[0] < e && s < m[1] {
				return true
			}
		}
	}
	return false
}

// countAfter and countBefore are a count of people or things right after
// the word for them ("工人12名", "工人共计30余人") or right before it
// ("12名工人").
var (
	countAfter  = regexp.MustCompile(`^(?:共有|共计|共|约|有|达)?[0-9零一二两三四五六七八九十百千万]+余?(?:名|人|个|位|辆|台|棵|头|只|条|家|户|座|艘|架|部)`)
	countBefore = regexp.MustCompile(`[0-9零一二两三四五六七八九十百千万]+余?(?:名|人|个|位|辆|台|棵|头|只|条|家|户|座|艘|架|部)(?:的)?$`)
)

// countBeside reports whether the sentence gives a count right by a word
// of the question that names a thing or people (not its verb).
func countBeside(q Question, c *candidate) bool {
	text := c.d.Norm
	for i, t := range q.Terms {
		if t.Predicate || t.Light || t.Name || i >= len(c.matchedBy) {
			continue
		}
		if m := c.matchedBy[i]; m[0] >= 0 && m[1] <= len(text) && m[1] > m[0] && (countAfter.MatchString(text[m[1]:]) || countBefore.MatchString(text[:m[0]])) {
			return true
		}
	}
	return false
}

// statedCount reports whether the figure (a numeral as numeralOf gives it:
// 三, 12, 二十) is a count the English question states: "how many plots
// were sold to three families" is not answered by 三户.
func statedCount(lower, figure string) bool {
	v, ok := smallNumeral(figure)
	if !ok {
		return false
	}
	// (its words and figures: "three", "12")
	for _, w := range strings.FieldsFunc(lower, func(r rune) bool { return r > unicode.MaxASCII || !isASCIILetter(byte(r)) && (r < '0' || r > '9') }) {
		n, known := countWords[strings.ToLower(w)]
		if !known {
			var err error
			if n, err = strconv.Atoi(w); err != nil {
				continue
			}
		}
		if n == v {
			return true
		}
	}
	return false
}

// smallNumeral reads a whole number below a hundred, in figures or in
// Chinese numerals (三, 两, 十二, 二十五).
func smallNumeral(s string) (int, bool) {
	if n, err := strconv.Atoi(s); err == nil {
		return n, n < 100
	}
	digit := func(r rune) (int, bool) {
		if r == '两' {
			return 2, true
		}
		i := strings.IndexRune("零一二三四五六七八九", r)
		return i / len("零"), i >= 0
	}
	rs := []rune(s)
	switch {
	case len(rs) == 1 && rs[0] == '十':
		return 10, true
	case len(rs) == 1:
		return digit(rs[0])
	case len(rs) == 2 && rs[0] == '十':
		d, ok := digit(rs[1])
		return 10 + d, ok
	case len(rs) == 2 && rs[1] == '十':
		d, ok := digit(rs[0])
		return 10 * d, ok
	case len(rs) == 3 && rs[1] == '十':
		a, ok1 := digit(rs[0])
		b, ok2 := digit(rs[2])
		return 10*a + b, ok1 && ok2
	}
	return 0, false
}

// trimTotal cuts off the end of s a word for all of them that stands
// between a thing and its number: "陆龟共58只".
func trimTotal(s string) string {
	for _, w := range []string{"共计", "总计", "合计", "一共", "共有", "共"} {
		if t, ok := strings.CutSuffix(s, w); ok {
			return t
		}
	}
	return s
}

// kindsAsk asks how many kinds: "how many species", "几种".
var kindsAsk = regexp.MustCompile(`(?i)\b(?:kinds?|types?|species|sorts?|varieties|categories)\b|几种|几类|多少种|多少类`)

func howManySpan(q Question, text string, c *candidate) string {
	// "多少矿工": things are counted, and no word for money is asked about
	countsThings := len(q.Counted) > 0 && q.Measure == "" && !lex().money[q.Counted[0]] && !strings.ContainsAny(q.Lower, moneyChars)
	best, bestD := "", 1<<30
	ranged := 0     // where the range the last figure opens ends (500元以上2000元以下)
	harmAsked := -1 // whether the question asks of the dead or hurt; found when first needed
	for _, loc := range numRe.FindAllStringSubmatchIndex(text, -1) {
		m := text[loc[0]:loc[1]]
		rest := text[loc[1]:]
		if loc[0] < ranged {
			continue // the range's other end, read with its first
		}
		if strings.ContainsAny(m, "0123456789") {
			ranged = loc[1] + len(numTail.FindString(rest))
		}
		// "几天" answered by "一天": the unit asked for makes any numeral a count
		unit := q.Unit
		if unit == "天" && strings.HasPrefix(rest, "日") && !strings.HasSuffix(text[:loc[0]], "月") {
			unit = "日" // "行政拘留10日": days, not the 10th of a month
		}
		unitAsked := unit != "" && unit != "个" && (strings.HasPrefix(rest, unit) || strings.HasPrefix(rest, "个"+unit))
		if !strings.ContainsAny(m, "0123456789") && !unitAsked {
			// Chinese numerals need a measure word or a power of ten
			if loc[14] < 0 && loc[10] < 0 && loc[12] < 0 && loc[2] < 0 {
				continue
			}
			if utf8.RuneCountInString(m) < 2 {
				continue
			}
		}
		if !strings.ContainsAny(m, "0123456789") && strings.HasPrefix(m, "一") && utf8.RuneCountInString(m) <= 2 && !unitAsked {
			continue // "一封", "一个": an article, not a count
		}
		if strings.HasPrefix(rest, "年") && isDigits(m) && len(m) == 4 {
			continue // "1998年" answers no "多少年": a year, not a count of them
		}
		if strings.HasPrefix(rest, "号") && q.Unit != "号" {
			continue // "2号线", "解放路88号", "3号": a name, an address or a date, not a count
		}
		if strings.HasSuffix(text[:loc[0]], "第") && !strings.Contains(q.Lower, "第几") {
			continue // "第19天": an ordinal, not a count
		}
		if strings.HasPrefix(rest, "时") && !strings.HasPrefix(rest, "时间") && isDigits(m) && len(m) <= 2 {
			continue // "上午6时": a time of day
		}
		if clockPoint(text[:loc[0]], m, rest) {
			continue // "晚上7点", "8点半", "21时51分": a time of day
		}
		if strings.HasSuffix(m, "分") && strings.HasPrefix(rest, "钟") {
			if q.Unit != "分钟" && (q.Unit != "" || q.Measure != "" && q.Measure != "speed") {
				continue // "约25分钟": a length of time, not a count of people or things
			}
			m, rest = m+"钟", rest[len("钟"):] // a length of time asked for ("how fast did they get there")
		}
		if q.thingsCounted && (strings.HasSuffix(m, "人") || strings.HasSuffix(m, "名") || strings.HasPrefix(rest, "人") && !strings.HasPrefix(rest, "人次") && strings.Trim(m, "0123456789.零一二三四五六七八九十百千万亿两余多") == "") {
			continue // "how many samples": not 9人
		}
		if q.countedByWord && (endsWithAny(m, dimensionUnits["length"]) || endsWithAny(m, dimensionUnits["weight"]) || endsWithAny(m, dimensionUnits["area"]) || strings.HasSuffix(m, "元")) {
			continue // "how many pigs": not 1000米
		}
		if strings.Trim(numeralOf(m), "十百千万亿") == "" {
			continue // "存栏万头以上": a power of ten, no figure
		}
		if len(q.Counted) > 0 && (q.Measure == "" || q.Measure == "count") && (strings.HasSuffix(m, "种") || strings.HasSuffix(m, "类")) && q.Unit != "种" && q.Unit != "类" && !kindsAsk.MatchString(q.Lower) {
			continue // "how many tortoises" and "鹦鹉和陆龟两种": kinds, not a count of them
		}
		if strings.HasPrefix(m, "几") && !strings.ContainsAny(m[len("几"):], "十百千万亿") {
			continue // "好几个摊位": some, not a count
		}
		// "已连续运行26年": the age of a thing, in years, not a year
		// "楼龄20年" ages a thing; a person named in the question is aged in 岁
		yearsOld := q.Measure == "age" && strings.HasPrefix(rest, "年") && isDigits(m) && len(m) <= 3 && !namesSomeone(q) && !asksPerson(q)
		if strings.HasPrefix(rest, "年") && q.Unit != "年" && !yearsOld || strings.HasPrefix(rest, "月") && q.Unit != "月" || strings.HasPrefix(rest, "日") && unit != "日" ||
			strings.HasPrefix(m, "一") && !strings.ContainsAny(m, "0123456789") && utf8.RuneCountInString(m) <= 2 && loc[14] < 0 && !unitAsked {
			continue
		}
		if loc[1] < len(text) && (text[loc[1]] == '.' || text[loc[1]] >= '0' && text[loc[1]] <= '9') {
			continue
		}
		if q.Measure == "age" && strings.HasSuffix(m, "岁") && !ageOfAsked(q, text, loc[0], loc[1]) {
			continue // "她4岁的儿子" for the father's age: another's
		}
		if q.Lang == English && (givenFigureAt(q, c, loc[0], loc[1]) || statedCount(q.Lower, numeralOf(m))) {
			continue // "in those five days": a figure the question gives (连续5天), not the one it asks
		}
		if loc[0] > 0 && isASCIILetter(text[loc[0]-1]) {
			continue // part of a name like GPT4
		}
		if ratioPart(text[:loc[0]], rest) {
			continue // "户车位配比为1:0.8": a ratio's term, not a count
		}
		if !q.Dial && !dialAsk.MatchString(q.Lower) && dialled(m, text[:loc[0]], rest) {
			continue // "拨打了120急救电话": a number one dials, not a count
		}
		if countsThings && (strings.HasSuffix(m, "元") || strings.HasPrefix(rest, "元")) {
			continue // "多少矿工": a count of them, not a sum of money
		}
		if q.Measure == "speed" && !endsWithAny(m, timeUnits) && !startsWithAny(rest, timeUnits) && !perTime.MatchString(clauseAt(text, loc[0])) && !strings.HasPrefix(rest, "/") {
			// "砂船普遍在2000吨以上", "约40米": a size or a length, not a
			// speed; "不到40秒" says how fast something was done
			continue
		}
		if q.Measure == "money" && askedFine.MatchString(q.Lower) && !strings.Contains(clauseAt(text, loc[0]), "罚") {
			continue // "公司接受处罚，将投入60万元": a sum spent, not the fine
		}
		if (q.Measure == "people" || q.Measure == "") && capacityOf(text[:loc[0]]) && !capacityAsk.MatchString(q.Lower) {
			continue // "核定载客60人": how many it may carry, not how many it did
		}
		if q.Measure == "people" || q.Measure == "" {
			// (the relatives asked for, in the question's words or, for an
			// English one, in the renderings of what it counts)
			if r := relativesOf.FindStringSubmatch(rest); r != nil && !strings.Contains(q.Lower+" "+strings.Join(q.Counted, " "), r[1]) {
				continue // "15名伤者家属": the relatives, not the injured
			}
		}
		if q.Measure == "people" && harmedAfter.MatchString(rest) {
			if harmAsked < 0 {
				harmAsked = 0
				if asksHarm(q) {
					harmAsked = 1
				}
			}
			if harmAsked == 0 {
				continue // "造成车上2名乘客死亡" for "how many passengers": the dead, not all
			}
		}
		if q.Measure == "people" && countsOther(c.d.Tokens, text, loc[0], q.Counted) {
			continue // "房东860余名" for "how many employees": other people's count
		}
		// "4300万条用户个人信息" for "how many users": the people it names
		// (not "一名8岁女孩": her age, not a count of girls)
		countsAsked := q.Measure == "people" && startsWithAny(rest, q.Counted) && !strings.HasSuffix(m, "岁")
		fm, frest := m, rest
		if t := numTail.FindString(rest); t != "" && strings.IndexAny(t, "至到-~～") == 0 && !fitsMeasure(q.Measure, m, rest) {
			fm, frest = m+t, rest[len(t):] // "8到10厘米": a range's unit follows its other end
		}
		// "收到用户损失登记申请1273件" for "how many people filed claims":
		// a count of what people filed counts them
		filings := q.Measure == "people" && filedBefore.MatchString(text[:loc[0]]) && (startsWithAny(frest, filingUnits) || endsWithAny(fm, filingUnits))
		if !filings && (!fitsMeasure(q.Measure, fm, frest) && !yearsOld && !countsAsked || unit != "" && unit != "个" && !strings.HasSuffix(fm, unit) && !strings.HasPrefix(frest, unit) &&
			!strings.HasPrefix(frest, "个"+unit) && !sameClassifier(unit, fm, frest)) {
			continue
		}
		// distance to the question's words, from the near end of the number
		d := max(0, c.anchor-loc[1])
		if loc[0] >= c.anchor {
			d = max(0, loc[0]-c.anchorE)
			if loc[0] > c.anchorE && c.anchorE >= 0 && strings.Contains(text[c.anchorE:loc[0]], "、") {
				d += 30 // "造成5名住客死亡、11人受伤": the next item's own count
			}
		}
		if clauseAt(text, loc[0]) != clauseAt(text, c.anchor) {
			d += 1000 // a number in the question's own clause comes first
		}
		clauseStart := 0
		if seps := clauseSep.FindAllStringIndex(text[:loc[0]], -1); len(seps) > 0 {
			clauseStart = seps[len(seps)-1][1]
		}
		perMiss := q.Per != "" && !strings.Contains(text[clauseStart:loc[0]], q.Per)
		if perMiss {
			d += 1500 // "每股多少钱": a number the clause gives per share
		}
		if from := changeFrom.FindStringSubmatchIndex(text[clauseStart:loc[0]]); from != nil {
			// "从每股28.6元上调至31.8元": the new value, or the old one for
			// a question about the state before the change
			if q.Phase < 0 {
				d += 500
			}
		} else if q.Phase < 0 && strings.Contains(text[clauseStart:loc[0]], "从") {
			d -= 500
		}
		// an item of a list whose own label holds the question's words:
		// "普通一本院校38万元,“双一流”高校52万元"
		labelStart := 0
		if seps := labelSep.FindAllStringIndex(text[:loc[0]], -1); len(seps) > 0 {
			labelStart = seps[len(seps)-1][1]
		}
		for _, r := range c.matched {
			if r[0] >= labelStart && r[1] <= loc[0] && r[1] > r[0] {
				d -= 800
				break
			}
		}
		// "312家规模以上企业" for "how many companies"
		countedNext := startsWithAny(rest, q.Counted) || countedAfterMeasure(c.d.Tokens, loc[1], m, rest, q.Counted)
		// (and "积雪超过40厘米": the thing, then how near the figure is)
		// (the thing, then a word for all of them: "陆龟共58只")
		thingBefore := trimTotal(approxRe.ReplaceAllString(text[:loc[0]], ""))
		named := endsWithAny(text[:loc[0]], q.Counted) || endsWithAny(thingBefore, q.Counted) ||
			countedNext && !partOf.MatchString(rest)
		if q.Lang == English && endsWithAny(thingBefore, q.Counted) && !unitAsked {
			d -= 1000 // "生猪214头、羊139只" for "how many sheep": the figure right after the thing
		}
		if named {
			d -= 30 // "取消航班412个", "430万名用户": the number of the thing asked about
			if countedNext {
				// "14辆消防车、86名指战员" for "how many firefighters": the
				// thing named right after its number, whatever stands
				// before the list
				d -= 1000
			}
		}
		if endsWithAny(m, q.Counted) && !unitAsked {
			// "how many households": "38.6万户" counts them, though another
			// clause holds the question's verb ("停电波及4个区,共计约38.6万户…")
			d -= 1100
			named = true
		}
		if loc[1] == c.anchor && c.anchorE > c.anchor {
			d -= 40 // "12人获救9人遇难": the count the asked verb follows right away
		}
		marked := q.Marked != nil && q.Marked.mark.MatchString(text[clauseStart:loc[0]])
		if marked {
			d -= 300 // "at its worst": the figure the article marks as the highest (最高温度达到14.5摄氏度)
		}
		// (totalMark within five characters before the number: 涉案金额约)
		total := q.Total && (totalMark.MatchString(text[max(0, loc[0]-15):loc[0]]) || totalLead.MatchString(text[clauseStart:loc[0]]))
		if total {
			d -= 2000 // "一共多少" and "共计5200余万元"
			if grandMark.MatchString(text[max(0, loc[0]-15):loc[0]]) && strings.ContainsAny(text[:loc[0]-len("合计")], "0123456789") {
				// "退还120元，另赔…共计300元，合计420元": 合计 after
				// other figures sums them all, in a clause of its own
				d -= 1100
			}
		}
		if yearsOld {
			d += 200 // a person's age in 岁 comes first
		}
		perHour := q.Measure == "speed" && strings.HasSuffix(text[:loc[0]], "每小时")
		if q.Measure == "speed" && speedMark.MatchString(text[max(0, loc[0]-24):loc[0]]) {
			d -= 1100 // "时速达到每小时98公里", not "每小时40公里的限速" in the clause of the question's words
		}
		if d < bestD {
			span, end := m, loc[1]
			if yearsOld {
				span += "年"
				end += len("年")
			}
			if unitAsked && !strings.HasSuffix(m, unit) {
				u := rest[:strings.Index(rest, unit)+len(unit)]
				span, end = m+u, end+len(u) // "一" + "天"
			} else if u := dimensionUnit(q.Measure, rest); u != "" {
				span, end = m+u, end+len(u) // "不到40" + "秒"
			}
			if strings.ContainsAny(m, "0123456789") {
				span += numTail.FindString(text[end:]) // "0.3元至1.5元", "6万元以上"
			}
			if perHour {
				span = "每小时" + span
			}
			if h := approxRe.FindString(text[max(0, loc[0]-9):loc[0]]); h != "" {
				span = h + span // "约12亿元", "超过1400名": as exact as the article
			}
			if strings.HasSuffix(text[:loc[0]], "零下") {
				span = "零下" + span // "零下17摄氏度": below zero
			}
			best, bestD, c.total = span, d, total
			c.quality = 0
			if named {
				c.quality = 0.5 // a sure count beats a figure of something else
			}
			c.marked = marked
			if vagueNum.MatchString(m) {
				c.quality -= 0.5 // "数百名": a sentence with the exact count says more
			}
			if perMiss {
				c.quality -= 0.5 // "每张蚕种2400元" says the price per sheet, "垫付30万元" no
			}
		}
	}
	return best
}

// figureMark is a sort of figure a how-many question may ask for, and how
// the article marks a figure of that sort in the clause before it.
type figureMark struct{ ask, mark *regexp.Regexp }

// figureMarks are the sorts: a peak ("at its worst", 最高 → 最高温度达到),
// and what a rule requires ("supposed to have", 按规定 → 应配备).
var figureMarks = []figureMark{
	{regexp.MustCompile(`(?i)\bat (?:its|the|their|his|her) (?:worst|peak|highest|height|most|max|maximum|longest|biggest)\b|\bat the worst point\b|\bpeak(?:ed)?\b|\bmaximum\b|\bhighest\b|最高|最多|最长|最大|峰值`),
		regexp.MustCompile(`最高|最多|最长|最大|峰值|高峰|一度|最严重`)},
	{regexp.MustCompile(`(?i)\bsupposed to\b|\brequired\b|\bmeant to\b|\bshould (?:have|be)\b|\brules? (?:say|said|require)|按规定|按照规定|应该|应当|本应`),
		regexp.MustCompile(`应|按规定|按照规定|规定|要求|核定|标准`)},
}

// markedAsk is the sort of figure a how-many question asks for, or nil.
func markedAsk(lower string) *figureMark {
	for i := range figureMarks {
		if figureMarks[i].ask.MatchString(lower) {
			return &figureMarks[i]
		}
	}
	return nil
}

// partOf follows the whole of a part: "770名员工里有743人签署".
var partOf = regexp.MustCompile(`^\p{Han}{1,4}?(里|中|之中|当中)(有|的)`)

// countedRe finds the noun a how-many question counts: "多少个航班" → 航班,
// and the character after it, which may end a longer word (几个小学生).
var countedRe = regexp.MustCompile(`(?:多少|几)(?:` + measureWords + `)?(\p{Han}{2})(\p{Han})?`)

// approxRe is a qualifier right before a number: about, nearly, over,
// under, at least.
// numeralOf is the numeral that opens a number numRe found, without its
// measure word: "1.2万" of "1.2万头", "万" of "万头".
func numeralOf(m string) string {
	end := 0
	for i, r := range m {
		if !strings.ContainsRune("0123456789.,零一二两三四五六七八九十百千万亿半几数多余近", r) {
			break
		}
		end = i + utf8.RuneLen(r)
	}
	return m[:end]
}

// numTail is what may follow a figure and belongs to it: the other end
// of the range it opens (至1.5元) and a bound (以上, 以下, 左右).
var numTail = regexp.MustCompile(`^(?:(?:至|到|-|~|～)` + tailNum + `)?(?:以上(?:` + tailNum + `以下)?|以下|左右|上下|之多)?`)

// tailNum is a figure with its unit in numTail: the other end of a range
// (至1.5元, 500元以上2000元以下).
var tailNum = `(?:` + arabic + `)(?:多|余)?(?:万|亿|千|百)?(?:亿|万)?(?:元|%|％|` + measureWords + `)?`

var approxRe = regexp.MustCompile(`(大约|约|将近|接近|近|超过|逾|不到|不足|至少有|至少|多达|高达)$`)

func isASCIILetter(b byte) bool { return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' }

// temperatureUnits end a temperature: 14.5摄氏度, 40℃.
var temperatureUnits = []string{"摄氏度", "℃", "°C", "度"}

// numberAsk asks for a number one dials or reads off (a hotline, a phone,
// a plate), not a count.
var numberAsk = regexp.MustCompile(`(?i)\b(?:hotline|phone|telephone|helpline|contact|plate|license|licence)\s+number\b|\bnumber (?:to|people can|you can|they can) call\b|\bwhat(?:'s| is| was) the (?:hotline|helpline)\b|(?:热线|电话|手机|车牌|求助|举报)(?:号码?)?(?:是多少|多少)|号码是(?:多少|什么)`)

// phoneRe is a number one dials: 96128, 0571-87654321, 12345.
var phoneRe = regexp.MustCompile(`\b\d{3,4}-\d{7,8}\b|\b1\d{10}\b|\b\d{5,8}\b`)

// dimensionUnits are the units of the measures an English "how deep",
// "how far", "how heavy", "how fast", "how much land" asks for.
var dimensionUnits = map[string][]string{
	"length": lengthUnits,
	"weight": {"吨", "公斤", "千克", "斤", "克"},
	// "how far did the shares fall": a share too
	"distance": append(slices.Clip(lengthUnits), "%", "％"),
	// "how fast did it sell out": in a time too
	"speed":  {"公里", "千米", "节", "米", "立方米", "吨", "秒", "分钟", "小时", "天"},
	"area":   {"亩", "公顷", "平方米", "平方公里", "平方千米"},
	"volume": {"立方米", "方", "升", "毫升", "吨"},
}

// lengthUnits are the units of a length (35厘米, 217公里).
var lengthUnits = []string{"厘米", "毫米", "公里", "千米", "米", "海里", "英尺"}

// speedMark ends the words before a speed: 时速, 时速达到每小时.
var speedMark = regexp.MustCompile(`时速(?:达到|达|为|约|高达|超过)?(?:每小时)?$`)

// dimensionUnit is the unit of measure that rest, the text after a
// number, opens with, if any.
func dimensionUnit(measure, rest string) string {
	if measure == "speed" && strings.HasPrefix(rest, "钟") {
		return "钟" // "40分" + "钟": minutes, the 分 a measure word of the number
	}
	u, _ := prefixOf(rest, dimensionUnits[measure])
	return u
}

// countedAfterWan are the measure words that make a figure in 万 or 亿 a
// count of things, not a sum of money.
var countedAfterWan = []string{"人", "台", "辆", "吨", "套", "件", "箱", "标准箱", "标箱", "册", "次", "户", "只", "头", "株", "棵", "张", "本", "条", "部", "份", "间", "座", "艘", "架", "袋", "瓶", "盒", "包", "桶", "亩", "平方", "公里", "千米", "米", "字", "粒", "支", "枚", "名", "位", "单", "笔"}

func fitsMeasure(measure, m, rest string) bool {
	switch measure {
	case "people":
		return strings.HasSuffix(m, "人") || strings.HasSuffix(m, "人次") || strings.HasSuffix(m, "名") || strings.HasSuffix(m, "位") || strings.HasSuffix(m, "例") || strings.HasPrefix(rest, "员工") || strings.HasPrefix(rest, "人")
	case "money":
		// "5200余万元", "86亿", not "1500万台"
		r, _ := utf8.DecodeLastRuneInString(m)
		if strings.HasSuffix(m, "块") {
			// "一晚要卖到600多块。", "50块钱": 块 as 元, not "3块石头"
			n, _ := utf8.DecodeRuneInString(rest)
			return rest == "" || strings.HasPrefix(rest, "钱") || strings.ContainsRune(clausePunct+"”\"」)）", n)
		}
		// (nor "6.8万标准箱", "3万辆": a count of something else)
		return strings.ContainsAny(m, "元亿万") && (strings.ContainsRune("元万亿", r) || strings.HasSuffix(m, "人民币")) && !startsWithAny(rest, countedAfterWan)
	case "age":
		return strings.HasSuffix(m, "岁")
	case "percent":
		// "降幅达40%", "五成", "百分之十二", "3个百分点"
		return endsWithAny(m, percentUnits) || strings.HasPrefix(m, "百分之") || startsWithAny(rest, percentUnits)
	case "temperature":
		return endsWithAny(m, temperatureUnits) || startsWithAny(rest, temperatureUnits)
	case "length", "distance", "weight", "speed", "area", "volume":
		// "how deep": 35厘米, not 20余户
		return endsWithAny(m, dimensionUnits[measure]) || dimensionUnit(measure, rest) != ""
	case "count":
		// "how many branches": not "十六万元", "12%" nor "51岁"
		return !strings.HasSuffix(m, "元") && !strings.HasPrefix(rest, "元") && !strings.HasSuffix(m, "%") && !strings.HasPrefix(rest, "%") &&
			!strings.HasSuffix(m, "岁")
	}
	return true
}

// timeUnits say how long something took, or are speeds of their own: at
// sea (节), or on the road as drivers say it (开到120码).
var timeUnits = []string{"秒", "分钟", "分", "小时", "天", "节", "码"}

// perTime marks a clause that gives a speed: an amount per unit of time
// (每秒, 每小时) or a word for one (时速, 流量).
var perTime = regexp.MustCompile(`每秒|每小时|每分钟|/秒|/小时|时速|速度|车速|航速|风速|流速|流量|秒速`)

// harmedAfter opens the text after a count of people that says what harm
// came to them: "名乘客死亡", "人受伤".
var harmedAfter = regexp.MustCompile(`^[名位人个]?[^及和与为、，,。；;\s]{0,4}?(?:死亡|受伤|遇难|身亡|失踪|重伤|轻伤|丧生|伤亡)`)

// asksHarm reports whether the question asks of people harmed: its words
// or their renderings speak of death, injury or the missing.
func asksHarm(q Question) bool {
	harm := func(w string) bool { return strings.ContainsAny(w, "死伤难踪亡") }
	return harm(q.Lower) || slices.ContainsFunc(q.Terms, func(t Term) bool { return harm(t.Text) || slices.ContainsFunc(t.Alts, harm) })
}

// relativesOf follows a count of people that counts those who stand for
// others ("15名伤者家属", "30余名学生家长"), not the others.
var relativesOf = regexp.MustCompile(`^[名位人个]?[^及和与为、，,。；;\s]{1,4}?(家属|亲属|家长|子女)`)

// capacityOf reports whether before, the text before a figure, ends in
// words saying the figure is how many a thing may hold (核定载客60人), not
// how many it holds over that (超出核定载客人数24人).
func capacityOf(before string) bool {
	m := capacityBefore.FindStringSubmatch(before)
	return m != nil && m[1] == ""
}

// planFoiled is a plan and what came in its way: "原本打算…,没想到…",
// "本想…,不料…"; group 1 is the word that turns to the obstacle.
var planFoiled = regexp.MustCompile(`(?:原本|本来|原先|原打算|本打算|本想|原想|原计划|本计划)[^。！？!?]*?[,，](没想到|不料|谁知|谁料|孰料|哪知|哪料到)`)

// percentUnits end a share: 40%, 五成, or follow its figure: 3个百分点.
var percentUnits = []string{"%", "％", "成", "个百分点"}

// causePrefix are the causal words a reason keeps before it.
var causePrefix = map[string]bool{"因为": true, "由于": true, "为了": true, "只因": true, "为防止": true, "为避免": true, "为确保": true, "为防范": true, "以免": true, "以便": true, "以防": true}

// whySpan is the reason: the clause a causal cue introduces (or closes),
// the cue nearest the question's words; without a cue, the clauses around
// the question's. For a question why someone fears something, a cue that
// closes its cause gives instead the clause of what may follow. For a
// question why something was not done (negated), a sentence that says it
// was not gives the clause before that as the reason.
// loneYin reports whether the 因 at i of text is the cue "because of"
// ("点位因人行道施工，被挪至…", "因涉嫌诈骗被刑拘"), not part of a word (因此,
// 因而, 因素, 原因, 起因, 基因).
// loneXian reports whether 嫌 at byte offset i of text is the verb of a
// complaint that gives a reason ("他嫌警示牌挡了钓位"), not part of 涉嫌,
// 嫌疑 or 嫌犯.
func loneXian(text string, i int) bool {
	after, before := text[i+len("嫌"):], text[:i]
	for _, w := range []string{"疑", "犯", "弃", "隙", "恶"} {
		if strings.HasPrefix(after, w) {
			return false
		}
	}
	// (nor one inside a reason already cued: "原因是嫌麻烦、嫌天热")
	for _, w := range []string{"涉", "避", "讨", "前", "不", "是", "、", "为", "于"} {
		if strings.HasSuffix(before, w) {
			return false
		}
	}
	return true
}

func loneYin(text string, i int) bool {
	after := text[i+len("因"):]
	before := text[:i]
	for _, w := range []string{"此", "而", "素", "果", "为", "子", "应", "由", "缘"} {
		if strings.HasPrefix(after, w) {
			return false
		}
	}
	for _, w := range []string{"原", "起", "基", "诱", "成", "主", "死", "病", "内", "外"} {
		if strings.HasSuffix(before, w) {
			return false
		}
	}
	return true
}

// wearWords are the ways a thing wears out that, right before a verb of
// breaking (老化破裂, 锈蚀断裂), say why it broke.
var wearWords = []string{"老化", "锈蚀", "腐蚀", "磨损", "松动", "疲劳", "过载", "锈断"}

func whySpan(text string, c *candidate, fear, negated bool) string {
	l := lex()
	type cue struct {
		s, e int
		fwd  bool
	}
	var cues []cue
	taken := func(s, e int) bool {
		for _, k := range cues {
			if s < k.e && k.s < e {
				return true
			}
		}
		return false
	}
	for _, list := range []struct {
		words []string
		fwd   bool
	}{{l.causalFwd, true}, {l.causalBack, false}} {
		for _, w := range list.words {
			for off := 0; ; {
				i := strings.Index(text[off:], w)
				if i < 0 {
					break
				}
				s := off + i
				if !taken(s, s+len(w)) && (w != "因" || loneYin(text, s) && !becauseOfAt(text, s)) && (w != "嫌" || loneXian(text, s)) {
					cues = append(cues, cue{s, s + len(w), list.fwd})
				}
				off = s + len(w)
			}
		}
	}
	best, bestD, bestEff, bestCue := "", 1<<30, 1<<30, ""
	for _, k := range cues {
		if text[k.s:k.e] == "之所以" && slices.ContainsFunc(cues, func(o cue) bool { return o.fwd && o.s > k.e }) {
			// "之所以让他上岗,是为了应对客流高峰": what 之所以 opens is the
			// effect; the reason is the cue after it
			continue
		}
		var reason string
		if k.fwd && strings.HasSuffix(text[k.s:k.e], "原因") && closesClause(text[k.e:]) {
			// "流动性枯竭是此次暂停取款的直接原因": the subject of 是
			cl := clauseBefore(text, k.s)
			j := strings.LastIndex(cl, "是")
			if j < 0 {
				continue
			}
			reason = cl[:j]
			if j == 0 {
				// "桑园和苗木基地相邻、蚕期与病虫害防治期重叠,是这次事件的
				// 深层原因": the clause before is the subject of 是, unless
				// there is none or it only ends a longer one ("…仍以每小时
				// 约92公里的速度行驶,且未开启雾灯,是导致事故发生的主要原因")
				if k.s <= len(cl) {
					continue
				}
				if reason = clauseBefore(text, k.s-len(cl)); subjectTail.MatchString(reason) {
					continue
				}
			}
			if pointsBack.MatchString(reason) {
				// "…仍然可以繁殖,这也是它被称为冰箱杀手的原因": the clause before
				reason = clauseBefore(text, k.s-len(cl))
				if at := strings.LastIndex(text[:k.s-len(cl)], reason); at > 0 && startsWithAny(reason, l.causalBack) {
					// "螺栓强度不足、锚固不牢,导致候车亭…,这是此次坍塌的直接原因":
					// what brought that about, before its 导致
					if before := clauseBefore(text, at); before != "" {
						reason = causeChain(text, before)
					}
				}
			}
		} else if k.fwd {
			reason = text[k.e:]
			if notBecause.MatchString(text[:k.e]) {
				// "不是因为那几十块钱,而是觉得被当成了傻子": the reason is
				// what the "but" gives
				if j := strings.Index(reason, "而是"); j >= 0 {
					reason = reason[j+len("而是"):]
				}
			}
			reason = strings.TrimLeft(reason, ",，:： ")
			if strings.HasPrefix(reason, "和") || strings.HasPrefix(reason, "与") || strings.HasPrefix(reason, "及") || strings.HasPrefix(reason, "、") {
				continue // "经过、原因和处置情况": the word, not a cause
			}
			if strings.HasSuffix(text[k.s:k.e], "原因") && causeFound.MatchString(reason) {
				continue // "起火原因很快查明": that it was found, not what it is
			}
			if concessive.MatchString(reason) {
				// "虽然…,但…": the reason is what follows the "but"
				if loc := butRe.FindStringIndex(reason); loc != nil {
					reason = reason[loc[1]:]
				}
			}
			yin := text[k.s:k.e] == "因"
			first := clauseFrom(reason)
			if utf8.RuneCountInString(first) < 8 && !yin {
				first = clauseUpTo(reason, 2)
			}
			reason = first
			if yin {
				// "孙立军因监督指导不力,被诫勉谈话": the clause after 因, as
				// the article gives it; what follows is what it brought about
				reason = "因" + reason
			}
			if w := strings.TrimPrefix(strings.TrimPrefix(text[k.s:k.e], "就"), "是"); causePrefix[w] && strings.HasPrefix(text[k.e:], reason) {
				reason = w + reason // "由于码头无法装卸", "为了减少损耗": the reason as the article gives it
			}
		} else if fear {
			// "why are people worried about …": what may follow, not what
			// brings it about ("股价下跌可能引发平仓风险")
			reason = clauseAt(text, k.s)
		} else {
			reason = clauseBefore(text, k.s)
			if utf8.RuneCountInString(reason) <= 3 && k.s > len(reason) {
				// "…人去楼空,她这才意识到": the clause before the subject
				reason = clauseBefore(text, k.s-len(reason))
			}
			reason = strings.TrimSuffix(causeChain(text, reason), "是") // "屋顶加建是导致坍塌的…"
		}
		if utf8.RuneCountInString(strings.TrimFunc(reason, func(r rune) bool { return unicode.IsSpace(r) || unicode.IsPunct(r) })) < 2 {
			continue // a cue at the end of its sentence gives no reason
		}
		// the nearest cue, a weak one (担心, 认为) counting as farther than
		// an explicit cause ("因为害怕承担责任,又担心丢掉工作,才…离开")
		d := abs(k.s - c.anchor)
		eff := d
		if l.attitudeCues[text[k.s:k.e]] {
			eff = d * 5 / 2
		}
		if eff < bestEff {
			best, bestD, bestEff, bestCue = reason, d, eff, text[k.s:k.e]
			if bestCue == "为了" && strings.HasSuffix(text[:k.s], "是") && !hypothetical.MatchString(clauseBefore(text, k.s)) && !inQuote(text, k.s) {
				// "他开走车,是为了…": the purpose as the reason, stated (not
				// in someone's words: "“说白了,就是为了省钱…”")
				bestCue = "是为了"
			}
		}
	}
	for _, m := range becauseOf.FindAllStringSubmatchIndex(text, -1) {
		// "3名校长因未按规定组织招标被约谈": 因 with what it brought about
		if m[0] >= len("原") && strings.ContainsAny(text[m[0]-len("原"):m[0]], "原起基诱") || taken(m[0], m[1]) {
			continue
		}
		// near by what it brought about, which follows it
		if d := min(abs(m[0]-c.anchor), abs(m[1]-c.anchor)); d < bestEff {
			end := m[3]
			if text[m[3]:m[1]] == "被" {
				// "因供电线路被大风刮断的树枝砸中而停电": the 被 is the
				// cause's own, when 而 brings about the effect later on
				if j := strings.Index(clauseFrom(text[m[3]:]), "而"); j > 0 {
					end = m[3] + j
				}
			}
			best, bestD, bestEff, bestCue = text[m[0]:end], d, d, "因为" // "因未按规定组织招标"
		}
	}
	for _, m := range foundCauses(text) {
		// "火灾系二楼…电热毯线路老化短路,引燃被褥所致", "爆炸系…软管老化破裂":
		// what an inquiry found the event to be
		g := 2
		if m[2] < 0 {
			g = 4
		}
		xi := m[g] - len("系")
		if strings.HasSuffix(text[:xi], "联") || strings.HasSuffix(text[:xi], "关") || taken(xi, m[g+1]) {
			continue // 联系, 关系; or a cue's own
		}
		if d := abs(xi - c.anchor); d < bestEff {
			reason := text[m[g]:m[g+1]]
			if utf8.RuneCountInString(reason) > maxWhySpan {
				reason = clauseFrom(reason)
			}
			best, bestD, bestEff, bestCue = reason, d, d, "原因是"
		}
	}
	if negated {
		for _, m := range planFoiled.FindAllStringSubmatchIndex(text, -1) {
			// "why didn't he redeem it in time": "他原本打算6月初就去赎当,没想到
			// 6月5日夜里突发胆结石…": what came in the way of the plan
			reason := clauseFrom(strings.TrimLeft(text[m[3]:], ",，"))
			if utf8.RuneCountInString(reason) < 4 || taken(m[2], m[3]) {
				continue
			}
			if d := abs(m[0] - c.anchor); d < bestEff {
				best, bestD, bestEff, bestCue = reason, d, d, "由于"
			}
		}
	}
	if best != "" {
		// an explicit cause near the question's words makes the better
		// evidence
		c.cue = cueStrength(bestCue)
		c.quality = c.cue * (1 - math.Min(float64(bestD), 120)/120)
		return withContinuation(text, best)
	}
	// no cue: the clauses after the question's clause, or before it
	cl := clauseAt(text, c.anchor)
	i := strings.Index(text, cl)
	if i >= 0 && c.anchor > i && c.anchorE <= i+len(cl) && endsWithAny(text[i:c.anchor], wearWords) {
		// "暖气管道接口老化破裂,热水…外泄": what wore out broke, in the
		// question's own clause; what follows is what the break did
		return text[i:c.anchorE]
	}
	if negated && i > 0 && c.anchor >= 0 && c.anchor <= len(text) && notDoneAt.MatchString(text[:c.anchor]) {
		// "why was it not found" and "只按每批次2%的比例抽检,没有发现这批
		// 水表的问题": what was not done follows from the clause before it
		if before := causeChain(text, clauseBefore(text, i)); utf8.RuneCountInString(before) >= 4 && !noReason(before) {
			return before
		}
	}
	if i > 0 && consequenceOpens.MatchString(cl) {
		// "二氧化碳比空气重,容易在罐底积聚": a clause that opens as what
		// follows from the one before it (容易, 就会) has its cause there
		if before := causeChain(text, clauseBefore(text, i)); utf8.RuneCountInString(before) >= 4 && !noReason(before) {
			return before
		}
	}
	after := strings.TrimLeft(text[i+len(cl):], ",，;；:： 。")
	if utf8.RuneCountInString(after) >= 4 {
		tail := clauseUpTo(after, 3)
		if utf8.RuneCountInString(strings.TrimRight(tail, "。！!？?”\"")) < 7 && utf8.RuneCountInString(text) <= 60 {
			// "…,大树越老,房子越好卖。”": a short sentence's last words are
			// no reason alone; the sentence is
			return strings.Trim(text, "“”\" 。")
		}
		return tail
	}
	if i <= 0 {
		return ""
	}
	before := causeChain(text, clauseBefore(text, i))
	if utf8.RuneCountInString(before) <= 3 && utf8.RuneCountInString(cl) >= 6 {
		return cl // "然而,企业为节省费用一再推迟": a connective, not a reason
	}
	if noReason(before) {
		return "" // "1月9日凌晨,…倒塌", "韦晓岚说,…": when and who says, not why
	}
	return before
}

// consequenceOpens opens a clause that says what follows from the one
// before it: 容易, 极易, 就会, 便会.
var consequenceOpens = regexp.MustCompile(`^(?:很容易|容易|极易|就会|便会|才会|自然会)`)

// filedBefore ends the text before a count of what people filed, asked or
// complained: 登记申请1273件, 投诉共计86起, 报名人数…
var filedBefore = regexp.MustCompile(`(?:申请|登记|投诉|举报|报名|报案|申报|求助|索赔|反映)(?:量|数)?(?:共|共计|达|约|近|超过|逾)?$`)

// filingUnits count filings: 件, 份, 起, 宗, 单, 条.
var filingUnits = []string{"件", "份", "起", "宗", "单", "条"}

// notDoneAt ends the text before a verb that was not done: 没有发现, 未能查出.
var notDoneAt = regexp.MustCompile(`(?:没有|没能|没|未能|并未|未)$`)

// becauseOfAt reports whether becauseOf matches at i of text: that 因 is
// read with what it brought about, below.
func becauseOfAt(text string, i int) bool {
	loc := becauseOf.FindStringIndex(text[i:])
	return loc != nil && loc[0] == 0
}

// becauseOf is 因 and the cause up to what it brought about: "因涉嫌诈骗罪
// 被刑拘", "因未按规定组织招标被约谈" (not 因此, 因而, 因为, which the cue
// list has), or what it caused: "焊缝因长期腐蚀出现一条裂缝".
var becauseOf = regexp.MustCompile(`因([^此而为,，。;；:：“”][^,，。;；:：]{0,39}?[^,，。;；:：且并和又])(?:被|而|遭|出现|发生|导致|造成|引发|引起|致使)`)

// foundCause is what an inquiry found an event to be: "事故系…所致" (the
// cause up to 所致, over its commas), or "爆炸系…" after an event's word
// (the clause after 系).
var foundCause = regexp.MustCompile(`系([^统列数。;；][^。;；]{1,79}?)所致|(?:事故|火灾|火情|起火|爆炸|爆燃|坍塌|倒塌|垮塌|中毒|泄漏|停电|断电|故障)系([^,，。;；]{4,40})`)

// foundCauses are the matches of foundCause in text (none without a 系,
// which is looked for first: the regexp is slow to say no).
func foundCauses(text string) [][]int {
	if !strings.Contains(text, "系") {
		return nil
	}
	return foundCause.FindAllStringSubmatchIndex(text, -1)
}

// holdsFoundCause reports whether text says what an inquiry found an
// event to be (foundCause), looking for 系 first as foundCauses does.
func holdsFoundCause(text string) bool {
	return strings.Contains(text, "系") && foundCause.MatchString(text)
}

// causeFound is what follows 原因 where a sentence tells that the cause was
// found or is being looked into, not what it is: "很快查明", "正在调查中".
var causeFound = regexp.MustCompile(`^(?:很快|已经|已|随即|目前|现已|正在|尚在|仍在|均已|尚未|还在|有待)?(?:被)?(?:查明|查清|找到|明确|确定|公布|调查|认定|核实|进一步)`)

// notBecause ends a cue that denies a cause: "不是因为…(而是…)".
var notBecause = regexp.MustCompile(`(不是|并非|并不是|倒不是)(因为|由于)$`)

// withContinuation is the reason with the clause after it when that
// clause goes on with it ("为了让米粉更加筋道、爽滑,并延长保存时间"), as long
// as a why-answer may be.
func withContinuation(text, reason string) string {
	i := strings.Index(text, reason)
	if i < 0 {
		return reason
	}
	rest := text[i+len(reason):]
	sep, ok := prefixOf(rest, commas)
	if !ok || !continuation.MatchString(rest[len(sep):]) {
		return reason
	}
	next := clauseFrom(rest[len(sep):])
	if out := reason + sep + next; next != "" && utf8.RuneCountInString(out) <= maxWhySpan {
		return out
	}
	return reason
}

// commas are the commas between clauses, half and full width.
var commas = []string{",", "，"}

// continuation opens a clause that goes on with the one before it.
var continuation = regexp.MustCompile(`^(?:并且|并|而且|再加上|加上|同时还|还)`)

// noReason reports whether a clause that stands before the question's
// words without a causal cue only says when (1月9日凌晨) or who speaks
// (财务主管韦晓岚说): no reason for anything.
func noReason(clause string) bool {
	clause = strings.TrimSpace(clause)
	if utf8.RuneCountInString(clause) <= 20 {
		for _, w := range lex().speech {
			if strings.HasSuffix(clause, w) {
				return true
			}
		}
	}
	rest := clockRe.ReplaceAllString(dateRe.ReplaceAllString(clause, ""), "")
	rest = dayPartEnd.ReplaceAllString(dayRe.ReplaceAllString(rest, ""), "")
	return rest != clause && utf8.RuneCountInString(strings.TrimFunc(rest, func(r rune) bool { return !unicode.Is(unicode.Han, r) })) < 2
}

// pointsBack matches a subject that points back (这, 这也, 此).
var pointsBack = regexp.MustCompile(`^\s*(?:这|此|这也|这就|这正|这些|这一点|这也正)\s*$`)

// hypothetical opens a clause of what may be so: "如果…是为了逃避债务".
var hypothetical = regexp.MustCompile(`如果|假如|若是|倘若|一旦`)

// closesClause reports whether rest, what follows a cue, ends its clause
// (之一 aside): "…的直接原因。", "…的原因之一,".
func closesClause(rest string) bool {
	rest = strings.TrimPrefix(rest, "之一")
	r, _ := utf8.DecodeRuneInString(rest)
	return rest == "" || strings.ContainsRune("。,，;；!！?？", r)
}

// asksOrigin reports whether an English question asks where someone or
// something comes from ("where is the driver from").
func asksOrigin(lower string) bool {
	m := originAsk.FindStringSubmatch(lower)
	if m == nil {
		return false
	}
	for _, w := range strings.Fields(m[1]) {
		if strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "own") {
			return false
		}
	}
	return true
}

// fearAsk asks why someone fears something: the answer is what they fear
// may come of it.
var fearAsk = regexp.MustCompile(`(?i)担心|担忧|害怕|忧虑|顾虑|\bworr(?:y|ied|ies)\b|\bafraid\b|\bfear|\bconcern(?:ed|s)?\b|\bscared\b|\bnervous\b`)

// cueStrength is how surely a causal cue gives a reason.
func cueStrength(cue string) float64 {
	switch {
	case strings.Contains(cue, "因为"), strings.Contains(cue, "由于"), strings.Contains(cue, "原因"), cue == "之所以", cue == "出于", cue == "鉴于", cue == "源于", cue == "缘于", cue == "归因于",
		cue == "是为了", cue == "嫌":
		return 1
	case cue == "毕竟", cue == "所以", cue == "因此", cue == "因而", cue == "导致", cue == "致使", cue == "以致", cue == "从而", cue == "于是":
		return 0.7
	}
	return 0.4
}

// clauseUpTo is the first n clauses of s.
func clauseUpTo(s string, n int) string {
	locs := clauseSep.FindAllStringIndex(s, -1)
	if len(locs) < n {
		return s
	}
	return s[:locs[n-1][0]]
}

// subjectTail opens a clause that adds to the one before it: 且, 并且, 还.
var subjectTail = regexp.MustCompile(`^(?:且|并且|而且|并|还|又|也|同时)`)

// clauseBefore is the clause that ends at byte offset end.
func clauseBefore(text string, end int) string {
	head := strings.TrimRight(text[:end], ",，;； ")
	locs := clauseSep.FindAllStringIndex(head, -1)
	if len(locs) == 0 {
		return head
	}
	return head[locs[len(locs)-1][1]:]
}

// timeThenMotion opens a place found after 于 or 在 with the time of a
// move and its verb: "5月12日运往" of 已于5月12日运往城西的处理中心.
var timeThenMotion = regexp.MustCompile(`^(?:\d{4}年)?(?:\d{1,2}月)?\d{1,2}日(?:上午|下午|晚上|凌晨|中午|傍晚|晚)?(?:被|已被)?(?:运往|送往|运至|送至|运到|送到|转运至|转移至|转移到|前往|赶往|驶往|开往|飞往|转往|移送至?)`)

// pastTimeAndMotion is the place a where-answer names, past the time of a
// move and its verb that may open it.
func pastTimeAndMotion(s string) string {
	if loc := timeThenMotion.FindStringIndex(s); loc != nil && loc[1] < len(s) {
		return s[loc[1]:]
	}
	return s
}

// headedTarget is the place a word of going somewhere (开往, 前往) opens:
// up to the clause's end, 的, or the trip itself (途中, 方向).
var headedTarget = regexp.MustCompile(`^([^,，。;；、的“”]{2,20}?)(?:的|途中|方向|[,，。;；、]|$)`)

// asksHeaded asks where someone or something was going.
var asksHeaded = regexp.MustCompile(`\b(?:headed|heading|bound|off to|flying to|flying off to|on (?:the|their|his|her) way to)\b|去哪|要去|前往哪|开往哪|飞往哪|去什么地方`)

// headedTo returns, for a question whose words ask where someone or
// something was going (a word of going like 开往), the place after that
// word in text, or "".
func headedTo(q Question, text string) string {
	if asksHeaded.MatchString(q.Lower) {
		// "where was she flying off to", "一家人要去哪": the question's
		// words may say no word of going the article uses
		for _, w := range headedWords {
			if dest := placeAfter(text, w); dest != "" {
				return dest
			}
		}
	}
	for _, t := range q.Terms {
		for _, w := range append([]string{t.Text}, t.Alts...) {
			if !slices.Contains(headedWords, w) {
				continue
			}
			if dest := placeAfter(text, w); dest != "" {
				return dest
			}
		}
	}
	return ""
}

// placeAfter returns the place after the first w, a word of going of two
// characters or more, in text, or "".
func placeAfter(text, w string) string {
	if utf8.RuneCountInString(w) < 2 {
		return ""
	}
	if k := strings.Index(text, w); k >= 0 {
		if m := headedTarget.FindStringSubmatch(text[k+len(w):]); m != nil {
			return m[1]
		}
	}
	return ""
}

// asksHome asks where someone lives or comes from: what 家住, 籍贯 and 祖籍
// answer.
var asksHome = regexp.MustCompile(`住|家|籍贯|祖籍|\blive[sd]?\b|\bliving\b|\bhomes?\b|\breside|\bhometown\b|\bfrom\b`)

// asksHomeTown asks where someone comes from, which only 家住, 籍贯, 祖籍
// or 老家在 answer.
var asksHomeTown = regexp.MustCompile(`老家|籍贯|祖籍|\bhome ?town\b`)

// asksResidence asks where someone lives, which only 家住 or 住在 (居住在,
// 生活在) answer: 住在哪, 家住哪, "where does he live".
var asksResidence = regexp.MustCompile(`住在?哪|家住|家在哪|\blive[sd]?\b|\bliving\b|\breside[sd]?\b|\bresiding\b`)

// residesBefore ends the text before 在 (于, 到) that says someone lives
// there: 住, 居住, 生活, 定居, 安置 (被转移安置到…).
var residesBefore = regexp.MustCompile(`(?:住|居住|生活|定居|安置)$`)

// placeCues are the matches of whereRe in text. Unless fromAsked, a 从
// opens none: where something came from answers "where from", not
// "where", and the place it went to may follow in the same stretch
// ("从广场东侧挪到西南角"), where 到 follows a verb of moving.
func placeCues(text string, fromAsked bool) [][]int {
	var out [][]int
	for off := 0; off < len(text); {
		loc := whereRe.FindStringSubmatchIndex(text[off:])
		if loc == nil {
			break
		}
		for i := range loc {
			if loc[i] >= 0 {
				loc[i] += off
			}
		}
		if text[loc[2]:loc[3]] == "从" && !fromAsked {
			off = loc[1]
			if k := strings.Index(text[loc[3]:loc[1]], "到"); k > 0 && moveTo.MatchString(text[loc[3]:loc[3]+k+len("到")]) {
				off = loc[3] + k // the 挪到 of 从…挪到
			} else if k := strings.Index(text[loc[3]:loc[1]], "起在"); k > 0 {
				off = loc[3] + k + len("起") // a time's 从…起, then the place: "从11月16日起在中央洗涤工厂现场进行"
			}
			continue
		}
		out = append(out, loc)
		off = loc[1]
	}
	return out
}

// filedWith is the court or office a suit, an arbitration or a report is
// brought to: "向江湄区人民法院提起诉讼", "向辖区派出所报案".
var filedWith = regexp.MustCompile(`向([^,，。;；、]{2,20}?(?:法院|仲裁委员会|仲裁委|派出所|公安局|公安分局|检察院))(?:提起|起诉|申请|报案|报警|递交)`)

// filedWithAll finds filedWith in text, which must hold 向.
func filedWithAll(text string) [][]int {
	if !strings.Contains(text, "向") {
		return nil
	}
	return filedWith.FindAllStringSubmatchIndex(text, -1)
}

// countedPlaces is a list of places after 在 that the sentence counts
// right after: "在东滨、临川、南屿3座城市", "在甲县、乙县两地".
var countedPlaces = regexp.MustCompile(`在(?:\p{Han}{2,8}、)+\p{Han}{2,8}(?:等)?[0-9两三四五六七八九十]+(?:座|个)?(?:城市|地市|省份|县市|地|省|市|县|区|镇|乡|村)`)

// wholeArea is the extent of an action, not a place: "在全区开展…检查".
var wholeArea = regexp.MustCompile(`^全(?:国|省|市|区|县|镇|乡|村)(?:范围内?)?(?:$|(?:集中|统一|同步|全面)?(?:开展|进行|推行|推广|部署|实施|排查|检查|展开|启动))`)

// moveTo ends a stretch with a verb of moving something and its 到:
// "广场东侧挪到".
var moveTo = regexp.MustCompile(`(?:挪|搬|迁|移|转|调)了?到$`)

// movedIn are the cues of whereRe that say someone came to live there.
var movedIn = map[string]bool{"入住": true, "住进": true, "搬进": true, "搬到": true}

func (e *Engine) whereSpan(q Question, c *candidate) string {
	text := c.d.Norm
	if countryQuestion.MatchString(q.Lower) || asksOrigin(q.Lower) {
		// "哪个国家": a place name near the question's words, or what
		// follows 来自
		if m := fromRe.FindStringSubmatch(text); m != nil && !strings.ContainsAny(m[1], "“”\"「」") {
			return m[1] // (not a name in quotes: "来自“老街牛肉面”的订单" is a shop's)
		}
		if m := fromPlaceRe.FindStringSubmatch(text); m != nil {
			return m[1] // "来自云岭县溪口镇,": the whole place, to the clause's end
		}
		if strings.Contains(text, "来自“") {
			return "" // an order or a product from a shop, no place of origin
		}
		if strings.Contains(text, "某国") {
			return "" // "目的地为东南亚某国": the country goes unnamed
		}
		best, bestD := "", 1<<30
		for _, tk := range c.d.Tokens {
			if tk.Pos == "ns" && utf8.RuneCountInString(text[tk.Start:tk.End]) >= 2 && !overlapsAny(rng{tk.Start, tk.End}, c.matched) {
				if d := abs(tk.Start - c.anchor); d < bestD {
					best, bestD = text[tk.Start:tk.End], d
				}
			}
		}
		if best != "" {
			return best
		}
	}
	if m := countedPlaces.FindString(text); m != "" {
		// "在东滨、临川、南屿3座城市同步开展收网行动": the places the
		// sentence lists, and their count
		return strings.TrimPrefix(m, "在")
	}
	if len(q.PlaceHead) > 0 {
		// "which district": only a name of that kind of place answers
		return placeNamed(q, c)
	}
	if dest := headedTo(q, text); dest != "" {
		// "where was the ferry headed": the place after 开往, not where
		// it was when the fire broke out
		return dest
	}
	if asksBuying(q) {
		// "在哪儿买的": where it was bought from (从丰禾镇新华路上的“德贵农资店”买来的)
		if m := boughtFrom.FindStringSubmatch(text); m != nil {
			return m[1]
		}
	}
	best, bestD := "", 1<<30
	fromAsked := fromAsk.MatchString(q.Lower)
	homeAsked, homeTownAsked := asksHome.MatchString(q.Lower), asksHomeTown.MatchString(q.Lower)
	residenceAsked := asksResidence.MatchString(q.Lower)
	for i, t := range q.Terms {
		// "从哪钻进展厅": the way in, right before the verb, whatever it
		// is called ("从博物馆东侧屋顶的通风管道进入展厅")
		if !fromAsked {
			break
		}
		at := c.matchedBy[i][0]
		if !t.Predicate || at <= 0 || at > len(text) {
			continue
		}
		if k := strings.LastIndex(text[:at], "从"); k >= 0 {
			way := text[k+len("从") : at]
			if n := utf8.RuneCountInString(way); n >= 2 && n <= 20 && !strings.ContainsAny(way, clauseBreaks) {
				return way
			}
		}
	}
	for _, m := range filedWithAll(text) {
		// "将向江湄区人民法院提起诉讼": where one sues is the court, when
		// the question's words are the suit right after it
		if slices.ContainsFunc(c.matched, func(r [2]int) bool { return r[0] >= m[3] && r[0] <= m[1]+len("诉讼") }) {
			return text[m[2]:m[3]]
		}
	}
	if c.anchor > 0 && c.anchor <= len(text) {
		// "于8月3日至8月10日在东岚市奥林匹克体育中心举行": the place
		// between 在 and the verb asked about
		if k := strings.LastIndex(text[:c.anchor], "在"); k >= 0 {
			seg := text[k+len("在") : c.anchor]
			if n := utf8.RuneCountInString(seg); n >= 2 && n <= 20 && !strings.ContainsAny(seg, clauseBreaks) && whereTail.MatchString(seg) && tokenEnd(c.d.Tokens, c.anchor) && !wholeArea.MatchString(seg) {
				if cl := clauseBefore(text, k); (strings.Contains(cl, "原定") || strings.Contains(cl, "原计划")) && !asksPlan(q) {
					c.quality = -0.5 // "原定于11月在临川市举办": where it was to be, not where it was
				}
				return seg
			}
		}
	}
	for _, loc := range placeCues(text, fromAsked) {
		cue := text[loc[2]:loc[3]]
		home := cue == "家住" || strings.HasPrefix(cue, "籍贯") || cue == "祖籍" || cue == "在" && strings.HasSuffix(text[:loc[2]], "老家")
		if home && !homeAsked {
			continue // where someone lives answers where they live, not where something befell them
		}
		if !home && homeTownAsked {
			continue // "老家是哪里的": where they come from, not where they were taken (送往医院)
		}
		if !home && residenceAsked && !movedIn[cue] && !residesBefore.MatchString(text[:loc[2]]) {
			continue // "where does the driver live": where he lives (住在, 家住), not where the bureau checks schools
		}
		end := loc[1]
		if toks := c.d.Tokens; !tokenEnd(toks, end) {
			// the place word ends inside a word (中 of 3月中旬): the last
			// place word before it that ends a word; with none, what comes
			// before it ("设计公司上班" → 设计公司), unless that is a time
			// (上 of 9月24日上午)
			end = -1
			for i := len(toks) - 1; i >= 0; i-- {
				if k := toks[i].End; k > loc[4] && k < loc[1] && whereTail.MatchString(text[loc[4]:k]) {
					end = k
					break
				}
			}
			if end < 0 {
				end = placeInWord(toks, text, loc[4], loc[6], loc[7])
			}
			if end < 0 {
				continue
			}
		}
		start := loc[4]
		for _, p := range [...]string{"在", "从"} {
			if i := strings.LastIndex(text[start:end], p); i > 0 {
				// "10月15日下午4时在市…中心", "11月3日曾试图从临川机场": the
				// place after the time
				start += i + len(p)
			}
		}
		// (not a spot that places the one named after it: "村东约1.5公里处的柳溪河湾")
		if k := strings.LastIndex(text[start:end], "的"); k > 0 && whereTail.MatchString(text[start:start+k]) && !strings.HasSuffix(text[start:start+k], "处") && matchedNear(c, start+k) {
			end = start + k // "位于江岷省云溪县的翠屏山景区": the place of the thing asked about
		}
		end = withHouseNumber(text, end)
		end = withPlaceList(text, end)
		if qw := quotedWord.FindStringIndex(text[end:]); qw != nil && qw[0] == 0 {
			end += qw[1] // "在公益平台“众行”上": the place's own name after it
		}
		if strings.HasPrefix(text[start:end], "了") {
			start += len("了") // "挪到了西北角"
		}
		if strings.Count(text[start:end], "“") > strings.Count(text[start:end], "”") && strings.HasPrefix(text[end:], "”") {
			end += len("”") // "村东的“东浜畈”": the quoted name whole
		}
		m := text[start:end]
		if cue == "在" && strings.HasSuffix(m, "机构") {
			// "在皓齿嘉办理多机构执业备案": what is done there; an
			// institution is a place things are sent to (送往…检测机构)
			continue
		}
		if timeNotPlace.MatchString(m) || stateNotPlace(c.d.Tokens, text, start, end) || wholeArea.MatchString(m) {
			continue // "在不到三个月时间里": a stretch of time, not a place; "在3万元以上": an amount; "在停业整改中": a state; "在强阵风中": the weather
		}
		d := abs(loc[0] - c.anchor)
		if text[loc[2]:loc[3]] == "在" && c.anchor >= 0 && loc[0] > c.anchor && strings.ContainsAny(text[c.anchor:loc[0]], clauseBreaks) {
			// "在…宾馆内将…葛振川抓获,同日在家中控制了…": a 在 of a later
			// clause places another event
			d += len(text)
		}
		if d < bestD {
			best, bestD = m, d
		}
	}
	if best == "" && strings.Contains(text, "号") {
		// "…解放南路128号“蜀香阁”火锅店发生燃气爆炸": the address that
		// names the thing asked about, with no 在 before it
		for _, loc := range addressRe.FindAllStringIndex(text, -1) {
			end := withBuildingFloor(text, loc[1])
			at := end
			if q := quotedWord.FindStringIndex(text[at:]); q != nil && q[0] == 0 {
				at += q[1] // a shop's name in quotes between
			}
			if matchedNear(c, at-len("的")) {
				return text[loc[0]:end]
			}
		}
	}
	if ts := e.feats[c.d.ID].times; best == "" && len(ts) > 0 && ts[0].s == 0 && c.anchor > ts[0].e {
		// "11月17日上午10时40分许，…38公里附近、滨江区…交叉口，一名男性跑者突
		// 然倒地": a sentence that opens with its time, then its place,
		// as a lead does
		// (a place of its own clause, not one that says which thing:
		// "青河区一所民办幼儿园", "翠微苑等3个小区的86户居民")
		if place := e.leadPlace(c.d, ts[0].e); place != "" && strings.Index(text, place) < c.anchor && startsWithAny(text[strings.Index(text, place)+len(place):], []string{"，", ",", "发生", "突然"}) {
			if kind := askedPlaceIn(q, text, place); kind != "" {
				return kind
			}
			return place
		}
	}
	if best == "" && c.anchor > 0 && c.anchor <= len(text) && tokenEnd(c.d.Tokens, c.anchor) {
		// "楼下邻居家的天花板开始渗水": the part of a building the
		// thing asked about shows in, as the subject of its clause
		seg := text[:c.anchor]
		if k := strings.LastIndexAny(seg, clauseBreaks); k >= 0 {
			_, w := utf8.DecodeRuneInString(seg[k:])
			seg = seg[k+w:]
		}
		for _, w := range []string{"开始", "出现", "发生", "又", "也", "已", "均", "都"} {
			seg = strings.TrimSuffix(seg, w)
		}
		if n := utf8.RuneCountInString(seg); n >= 2 && n <= 16 && buildingPart.MatchString(seg) && !strings.ContainsAny(seg, "“”\"") {
			return seg
		}
		if m := sideOfThing.FindString(seg); m != "" {
			// "这张确认单的背面用很小的字体印着十余项收费条目": the side
			// of a thing what is asked about is printed or written on
			return m
		}
	}
	if best == "" {
		// "一车一车往地势高的仓库运": where things were moved, the place
		// between 往 and the verb of moving
		if m := movedToward.FindStringSubmatch(text); m != nil {
			return m[1]
		}
	}
	return best
}

// movedToward is a place things were moved toward, between 往 and a verb
// of moving: "往地势高的仓库运", "往镇卫生院送".
var movedToward = regexp.MustCompile(`往([^往,，。;；:：“”]{2,16}?)(?:运|送|搬|拉|转移|撤|转运|抬|背)`)

// sideOfThing opens a clause with the side of a thing, where something is
// printed, written or stuck: "这张确认单的背面".
var sideOfThing = regexp.MustCompile(`^[^“”"]{2,12}?的(?:背面|正面|反面|底部|顶部|表面|侧面|封面|封底)`)

// buildingPart ends a place that is part of a building or a home: 楼下邻居家
// 的天花板, 外墙, 卫生间.
var buildingPart = regexp.MustCompile(`(?:楼下|楼上|隔壁|屋顶|天花板|顶棚|墙面|墙体|墙角|外墙|地面|地板|门口|窗台|阳台|地下室|楼道|走廊|过道|卫生间|厨房|客厅|卧室|房间)$`)

// placeInWord ends a place whose place word, text[at:wordEnd], ends
// inside a token: a positional word (上 of 上班, 上线) leaves the place
// before it ("设计公司上班" → 设计公司), unless that is a time (上 of
// 9月24日上午, 中 of 第二天中午); a noun or a name the place word opens or
// ends is taken whole (街道 of 各街道). It returns -1 for no place.
func placeInWord(toks []index.Token, text string, start, at, wordEnd int) int {
	if strings.Contains("上中里内外", text[at:wordEnd]) {
		if (tokenEnd(toks, at) || strings.HasSuffix(text[:at], "”")) && !dateRe.MatchString(text[start:at]) && !timeNotPlace.MatchString(text[start:wordEnd]) {
			return at
		}
		return -1
	}
	for _, tk := range toks {
		if tk.Start <= at && tk.End > wordEnd {
			if _, pos, ok := index.Lookup(text[tk.Start:tk.End]); ok && pos != "" && strings.ContainsAny(pos[:1], "vtdamqpcur") {
				return -1 // a verb, a time (上线, 上午); a word the dictionary lacks is a name's
			}
			return tk.End
		}
	}
	return -1
}

// houseNumber is a number on a road, a floor or a room that opens a text:
// 88号, 15楼, 3号楼2单元501室.
var houseNumber = regexp.MustCompile(`^(?:\d{1,5}(?:号楼|号|楼|层|单元|室)){1,4}`)

// placeListed is a further place after a place and 、, as far as its
// own place word, with the count or 等地 that closes such a list:
// "栖霞区、临溪县两地".
var placeListed = regexp.MustCompile(`^、[^,，。;；、“”"]{1,8}?(?:省|市|县|区|镇|乡|村|街道|社区)`)

// placeCount closes a list of places: 两地, 三地, 等地.
var placeCount = regexp.MustCompile(`^(?:[两三四五六七八九十几多]地|等地)`)

// withPlaceList extends a place ending at end over the places listed
// after it with 、 ("在栖霞区、临溪县两地同时收网" → 栖霞区、临溪县两地),
// and returns the new end.
func withPlaceList(text string, end int) int {
	n := end
	for {
		m := placeListed.FindStringIndex(text[n:])
		if m == nil {
			break
		}
		n += m[1]
	}
	if n == end {
		return end
	}
	if m := placeCount.FindStringIndex(text[n:]); m != nil {
		n += m[1]
	}
	return n
}

// withHouseNumber moves the end of a place in text past the house number,
// floor or room right after it: "滨河路" to "滨河路88号", "星河大厦" to
// "星河大厦15楼", and past a building and floor after a number that
// describe what follows ("新华路88号万象汇购物中心四楼的火锅店").
func withHouseNumber(text string, end int) int {
	n := houseNumber.FindString(text[end:])
	if n == "" {
		return end
	}
	return withBuildingFloor(text, end+len(n))
}

// withBuildingFloor moves the end of an address in text past the building
// and floor after its number, when they describe what follows (88号 to
// "88号万象汇购物中心四楼" in "…四楼的火锅店").
func withBuildingFloor(text string, end int) int {
	if f := buildingFloor.FindString(text[end:]); f != "" && strings.HasPrefix(text[end+len(f):], "的") {
		return end + len(f)
	}
	return end
}

// addressRe is a street address: a city and district, a road and a number
// (青漳市枫林区解放南路128号).
var addressRe = regexp.MustCompile(`(?:\p{Han}{1,6}?[省市区县镇])*\p{Han}{1,8}?(?:路|街|大道|巷)\d{1,5}号`)

// buildingFloor is a building and a floor in it, after a house number
// and before what is there: 万象汇购物中心四楼, 星河大厦15层.
var buildingFloor = regexp.MustCompile(`^[^,，。;；的]{2,16}?[\d一二三四五六七八九十]{1,3}[楼层]`)

// boughtFrom is where something was bought from: 从 a place or a shop,
// then the buying (从丰禾镇新华路上的“德贵农资店”买来的, 从钱立伟处进货).
var boughtFrom = regexp.MustCompile(`从([^,，。;；从]{2,30}?)(?:买|购买|购入|购得|购进|收购|采购|订购|进货|进的货)`)

// asksBuying reports whether the question asks about buying something
// (买, 购买, "buy", "purchase"): one of its words says so.
func asksBuying(q Question) bool {
	return slices.ContainsFunc(q.Terms, func(t Term) bool {
		return strings.ContainsAny(t.Text, "买购") || slices.ContainsFunc(t.Alts, func(a string) bool { return strings.ContainsAny(a, "买购") })
	})
}

// asksPlan reports whether the question asks what was planned (原定,
// "meant to"): its words say so.
func asksPlan(q Question) bool {
	return slices.ContainsFunc(q.Terms, func(t Term) bool {
		return t.Text == "原定" || t.Text == "原计划" || slices.Contains(t.Alts, "原定")
	}) || strings.Contains(q.Lower, "原定") || strings.Contains(q.Lower, "原计划")
}

// gatherings end the words for an event people gather at, which the
// dictionary may tag as a body's name (音乐会/nt): no one who does anything.
var gatherings = []string{"音乐会", "演唱会", "发布会", "运动会", "博览会", "晚会", "展销会", "交易会", "招聘会", "座谈会", "听证会", "见面会", "庙会", "音乐节"}

// plannedOne is the text before a person's name in a clause that tells
// who was to do something, not who did: 原定由, 原计划由, 本应由.
var plannedOne = regexp.MustCompile(`(?:原定|原计划|原本|本应|本来)由[^由]*$`)

// matchedNear reports whether a matched question word starts within a
// few characters after byte offset at (the 的 of "…县的翠屏山景区").
func matchedNear(c *candidate, at int) bool {
	for _, m := range c.matchedBy {
		if m[0] > at && m[0] <= at+len("的")+5*len("区") {
			return true
		}
	}
	return false
}

// placeWords end the place whereRe reads after 在, 位于 and the like.
const placeWords = `东侧|西侧|南侧|北侧|两侧|一侧|东南角|西南角|东北角|西北角|角落|拐角|墙角|东郊|西郊|南郊|北郊|楼下|一楼|二楼|三楼|中段|营业厅|停车场|起飞场|市场|会展中心|安置点|接送点|上车点|下车点|集合点|停靠点|接驳点|站点|网点|服务点|检查点|加工点|窝点|作坊|出租屋|民房|农房|胡同|弄堂|公寓|住房|宿舍|报告厅|会议厅|会堂|卫生院|卫生所|诊所|派出所|体育场|体育馆|会议室|办公室|调解室|值班室|监控室|手术室|病房|教室|操作间|车间|房间|机房|大厅|法庭|仓库|老家|工地|厨房|后厨|超市|商场|研究院|研究所|实验室|学院|附近|一带|境内|区间|路段|交叉口|交汇处|路口|隧道|小区|大桥|场馆|广场|公园|医院|机场|车站|码头|海域|水域|区域|大学|学校|小学|中学|幼儿园|总部|现场|中心|大厦|酒店|宾馆|大楼|园区|基地|法院|礼堂|门口|门前|大门|渡口|出口|入口|北门|南门|东门|西门|监护室|朋友圈|平台|城市|处|室|所|院|楼|场|园|厂|馆|头|岸|林|店|上|里|中|内|外|站|市|省|县|区|镇|乡|村|屯|寨|路|街|巷|桥|港|湾|岛|河|江|湖|海|城|国家|地区|国|畈|坝|坪|坞|垟|岙|圩|机构`

// fromPlaceRe is where someone comes from, a place that ends its clause:
// "来自邻县白石乡,到店工作…".
var fromPlaceRe = regexp.MustCompile(`来自([^,，。;；、]{1,16}?(?:` + placeWords + `|乡))(?:[,，。;；、]|$)`)

// timeNotPlace is a stretch of time that whereRe's 里, 中 and 内 may end
// ("在不到三个月时间里", "在过去一年中"), an amount ("在3万元以上"), a
// term ("在5天的赎当期内"), or the weather or turmoil
// something happens in ("在突如其来的强阵风中").
var timeNotPlace = regexp.MustCompile(`^[0-9.]+(?:万|亿)?(?:元|块|岁|人|名|吨|公斤|千克|天|年|个月|小时|分钟|米|公里|%)(?:以上|以下|以内|之内)$|期内$|(?:时间|期间|时候|年|月|天|日|周|小时|分钟|过程)[里中内]$|公里$|(?:风|雨|雪|雾|浪|暴雨|大风|阵风|狂风|风雨|烟雾|浓烟|大火|火海|混乱|慌乱)[中里]$`)

// stateNotPlace reports whether text[start:end] is a state something is
// in, not a place: verbs before 中 (停业整改中, 抢救中, 调查中), with any
// adverbs among them (进一步侦办中).
func stateNotPlace(toks []index.Token, text string, start, end int) bool {
	in, ok := strings.CutSuffix(text[start:end], "中")
	if !ok || in == "" {
		return false
	}
	verbs := 0
	for _, tk := range toks {
		if tk.Start < start || tk.End > start+len(in) {
			continue
		}
		if tk.Pos == "d" {
			continue
		}
		if !strings.HasPrefix(tk.Pos, "v") {
			return false
		}
		verbs++
	}
	return verbs > 0
}

// whereTail is whereRe's place word, at the end of a text.
var whereTail = regexp.MustCompile(`(` + placeWords + `)$`)

// tokenEnd reports whether byte offset at ends one of the tokens.
func tokenEnd(toks []index.Token, at int) bool {
	for _, tk := range toks {
		if tk.End == at {
			return true
		}
		if tk.Start >= at {
			return false
		}
	}
	return false
}

// placeNamed is the name ending in the kind of place the question asks
// for ("which district" → 青枫区) nearest the question's words, with the
// places it lies in before it (沅川市青枫区), or "".
func placeNamed(q Question, c *candidate) string {
	text, toks := c.d.Norm, c.d.Tokens
	best, bestD := "", 1<<30
	for i, tk := range toks {
		// "翠屏/路上": the road, and the 上 that says on it
		w := withoutLocative(text[tk.Start:tk.End])
		tk.End = tk.Start + len(w)
		h, ok := suffixOf(w, q.PlaceHead)
		if !ok || askedWords(text, tk, c.matched, q.PlaceHead) {
			continue
		}
		// the name before the place word: the segmenter splits a name it
		// does not know into characters (沅/川/市/青/枫/区)
		start, n := tk.Start, utf8.RuneCountInString(w)-utf8.RuneCountInString(h)
		for j := i - 1; j >= 0 && toks[j].End == start && n < maxPlaceName; j-- {
			prev := text[toks[j].Start:toks[j].End]
			if !namePart(prev, toks[j].Pos) && !(j == i-1 && directionalRoad(w) && isHanRun(prev) && utf8.RuneCountInString(prev) == 2) &&
				!localityName(toks, j) {
				break
			}
			if j > 0 && toks[j-1].End == toks[j].Start && toks[j].Pos == "v" && utf8.RuneCountInString(prev) == 1 &&
				utf8.RuneCountInString(toks[j-1].Text) == 1 && (toks[j-1].Pos == "zg" || toks[j-1].Pos == "v") && !strings.Contains(nameStops, toks[j-1].Text) {
				// (but "为/松/坪/县": 为 ends the name, and 松 opens it)
				break // "剐/蹭 青禾江大桥": a verb the segmenter cut up, before the name
			}
			start = toks[j].Start
			n += utf8.RuneCountInString(text[toks[j].Start:toks[j].End])
		}
		if h == "交叉口" || h == "路口" {
			// "翠湖路与望江街交叉口": the crossing of two named roads
			start = crossingStart(text, start)
		}
		if n < 2 || start == tk.Start && tk.Pos == "n" && len(q.PlaceHead) > 0 && utf8.RuneCountInString(w) <= 4 && !placeSuffix(w[:len(w)-len(h)]) {
			continue // 园区, 辖区, 工业园区: a word, not a name
		}
		end := withHouseNumber(text, tk.End)
		if d := abs(start - c.anchor); d < bestD {
			best, bestD = text[start:end], d
		}
	}
	return best
}

// localityName reports whether toks[j] is a place's name the segmenter
// reads as a locality word (东麓/f) before a place's suffix of one
// character (区, 县, 镇): 东麓区.
func localityName(toks []index.Token, j int) bool {
	return toks[j].Pos == "f" && utf8.RuneCountInString(toks[j].Text) == 2 && isHanRun(toks[j].Text) && j+1 < len(toks) &&
		toks[j+1].Start == toks[j].End && utf8.RuneCountInString(toks[j+1].Text) == 1 && strings.Contains(seatEnds, toks[j+1].Text)
}

// directionalRoad reports whether w is a direction and a road (北路,
// 东大街), which the segmenter cuts off the word naming the road, whatever
// that word is (建设/北路, 解放/东路).
func directionalRoad(w string) bool {
	r, size := utf8.DecodeRuneInString(w)
	return strings.ContainsRune("东西南北中", r) && (w[size:] == "路" || w[size:] == "街" || w[size:] == "大街" || w[size:] == "大道")
}

// crossing is a road's name and the word joining it to another's before a
// crossing (翠湖路与): the first road of "翠湖路与望江街交叉口".
var crossing = regexp.MustCompile(`[^\P{Han}区市县镇省州的在于到从]{1,6}(?:路|街|大道|大街|公路)(?:与|和|、)$`)

// crossingStart moves the start of a crossing's name at start back over
// the first road, when one is named before it.
func crossingStart(text string, start int) int {
	if loc := crossing.FindStringIndex(text[:start]); loc != nil {
		cl := clauseBefore(text, start)
		if first := start - len(cl); loc[0] < first {
			return first // not past the clause it is in
		}
		return loc[0]
	}
	return start
}

// locatives end a place word with where on or in it is (路上, 园区内).
var locatives = []string{"上", "里", "内"}

// withoutLocative is a place word without the locative that ends it (路上
// → 路), or the word as it is.
func withoutLocative(w string) string {
	if l, ok := suffixOf(w, locatives); ok && len(w) > len(l) {
		return w[:len(w)-len(l)]
	}
	return w
}

// maxPlaceName is the most characters placeNamed reads before the place
// word.
const maxPlaceName = 10

// namePart reports whether a token can be part of a place's name: a lone
// character that is not a function word, a name, a place, or a short noun
// (梧桐里小区), an ordinal, or a road's number (国道318线).
func namePart(w, pos string) bool {
	if !isHanRun(w) {
		// "国道318线", "X215": a road's number
		return len(w) <= 5 && strings.Trim(w, "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ") == "" && strings.ContainsAny(w, "0123456789")
	}
	switch n := utf8.RuneCountInString(w); {
	case n == 1:
		return !strings.Contains(nameStops, w)
	case pos == "ns" || pos == "nr" || pos == "nz" || placeSuffix(w) || strings.HasPrefix(w, "第"):
		return true // 第二人民医院: an ordinal is part of the name
	default:
		return pos == "n" && n == 2 && !slices.Contains(passingVerbs, w)
	}
}

// passingVerbs pass by a place (在行经青禾江大桥时), though the dictionary
// may tag them nouns: never part of its name.
var passingVerbs = []string{"行经", "途经", "经过", "驶经", "路经", "路过"}

// nameStops are the characters that end a place's name when read backwards.
const nameStops = "在的了和与及于到至从向往对为是被把将由等也都并而或其这那该各每个"

// askedWords reports whether the token holds words of the question other
// than the place word asked for: 学校 is not the name of a school asked about.
func askedWords(text string, tk index.Token, matched [][2]int, head []string) bool {
	for _, m := range matched {
		// (路上: the place word asked, and on it)
		if m[0] < tk.End && tk.Start < m[1] && !slices.Contains(head, withoutLocative(text[m[0]:m[1]])) {
			return true
		}
	}
	return false
}

// namingWords give the name something goes by, the longest first.
var namingWords = append([]string{"被称为", "称为", "名为", "名叫", "叫做", "叫作", "称作", "取名为", "取名", "绰号"}, realNames...)

// realNames give a person's own name beside another (a screen name, an
// alias), and realNameAsk asks for it.
var (
	realNames   = []string{"本名", "原名", "真名", "真实姓名"}
	realNameAsk = regexp.MustCompile(`真名|本名|原名|真实姓名|(?i)\b(real|actual|birth|legal|full)\s+name`)
)

// namedSpan is the name the sentence gives something (名为“阿岳”, 名叫沈岳平),
// the one nearest the question's words, or "".
func namedSpan(text string, c *candidate, real bool) string {
	best, bestD := "", 1<<30
	for _, m := range namedAs.FindAllStringSubmatchIndex(text, -1) {
		if real && !startsWithAny(text[m[0]:], realNames) {
			continue // "本名林岚", not the company "名为“岚星传媒”"
		}
		d := abs(m[0] - c.anchor)
		if r, _ := utf8.DecodeLastRuneInString(text[:m[0]]); d >= bestD || strings.ContainsRune("0123456789一二两三四五六七八九十几数", r) {
			continue // "一名为该团伙提供…": a count of people, then 为
		}
		if m[2] >= 0 {
			best, bestD = text[m[2]:m[3]], d
		} else {
			best, bestD = text[m[4]:m[5]], d
		}
	}
	return best
}

// quotedTitleRe is a title in quotation marks or book-title marks.
var quotedTitleRe = regexp.MustCompile(`“([^”,，。]{2,40})”|《([^》]{1,40})》`)

// quotedTitle is the title, in quotation or book-title marks, that a word
// of the question matched right after it names: “平安暑假·远离溺水”游泳
// 安全宣传活动 for "what's the safety campaign called". A book title keeps
// its marks. A title joined to the word by 的 describes, not names:
// 自称“欧洲兽药代理”的卖家 is no name of the seller's store.
func quotedTitle(text string, c *candidate) string {
	for _, m := range quotedTitleRe.FindAllStringSubmatchIndex(text, -1) {
		end := m[1]
		for _, r := range c.matched {
			if r[1] > r[0] && r[0] >= end && r[0]-end <= titleReach && !strings.ContainsAny(text[end:r[0]], "，,。;；、“”《的") {
				if m[2] >= 0 {
					return text[m[2]:m[3]]
				}
				return text[m[0]:m[1]]
			}
		}
	}
	return ""
}

// titleReach is how far after a title, in bytes, the word it names may
// start: four Han characters (“…”游泳安全宣传活动).
const titleReach = 12

// kindOfAsk asks what kind of a thing it was, by the thing's last
// character: 什么费, 啥病, 什么药; quotedWord is a word in quotes.
var (
	kindOfAsk  = regexp.MustCompile(`(?:什么|啥)(费|病|药|罪|证|险|卡|款|店|车|菜)`)
	quotedWord = regexp.MustCompile(`[“"「]([^”"」,，。]{2,16})[”"」]`)
	listJoin   = map[string]bool{"和": true, "、": true, "及": true, "与": true, "以及": true}
)

// saidVerbHeld reports whether the sentence holds the verb of saying the
// question asks what was said by: for a Chinese question its word right
// before the interrogative (交代了什么), for an English one any of its
// verbs.
func saidVerbHeld(q Question, c *candidate) bool {
	held := func(i int) bool { return i >= 0 && i < len(c.matchedBy) && c.matchedBy[i][1] > c.matchedBy[i][0] }
	verb := -1
	for i, t := range q.Terms {
		switch {
		case t.Light:
		case q.Lang == English || q.WhPos < 0:
			if t.Predicate && held(i) {
				return true
			}
		case t.Pos < q.WhPos && (verb < 0 || t.Pos > q.Terms[verb].Pos):
			verb = i
		}
	}
	return held(verb)
}

func whatSpan(q Question, text string, c *candidate) string {
	if c.anchor < 0 {
		return ""
	}
	// "X说了什么/怎么评价", "what did the company say": what was said,
	// the quotation after the speech verb
	if q.Said {
		if m := quoteRe.FindStringSubmatch(text[c.anchor:]); m != nil {
			return m[1]
		}
		// (when the article lacks the question's verb of saying, the
		// words it names the matter by may come after: "跟员工交代了什么"
		// for 要求员工“先自行处理”,试图…掩盖泄漏)
		if m := quoteRe.FindStringSubmatch(text[:c.anchor]); m != nil && !saidVerbHeld(q, c) {
			return m[1]
		}
	}
	// "哪一段": the words that pick out the 段 nearest the question's words
	// (北引桥一段长约86米的桥面)
	if m := whichMeasure.FindStringSubmatch(q.Lower); m != nil {
		best, bestD := "", 1<<30
		for off := 0; off < len(text); {
			k := strings.Index(text[off:], m[1])
			if k < 0 {
				break
			}
			loc := [2]int{off + k, off + k + len(m[1])}
			off = loc[1]
			for _, det := range []string{"一", "这", "那", "该"} {
				if strings.HasSuffix(text[:loc[0]], det) {
					loc[0] -= len(det)
					break
				}
			}
			start := 0
			if seps := clauseSep.FindAllStringIndex(text[:loc[0]], -1); len(seps) > 0 {
				start = seps[len(seps)-1][1]
			}
			pick := strings.TrimSuffix(strings.TrimSpace(text[start:loc[0]]), "的")
			if pick == "" {
				continue
			}
			if r := []rune(pick); len(r) > 12 {
				pick = string(r[len(r)-12:])
			}
			d := loc[0] - c.anchorE
			if d < 0 {
				d = c.anchor - loc[1]
			}
			if d = max(d, 0); d < bestD {
				best, bestD = pick, d
			}
		}
		if best != "" {
			return best
		}
	}
	if m := kindOfAsk.FindStringSubmatch(q.Lower); m != nil {
		// "收的什么费": the fee's name, a word ending in 费 (“审核服务费”)
		best, bestD := "", 1<<30
		locs := quotedWord.FindAllStringSubmatchIndex(text, -1)
		for i := 0; i < len(locs); i++ {
			loc := locs[i]
			if w := text[loc[2]:loc[3]]; !strings.HasSuffix(w, m[1]) || w == m[1] {
				continue
			}
			// and the ones listed with it: “审核服务费”和“会员加速费”
			span, end := text[loc[2]:loc[3]], loc[1]
			for i+1 < len(locs) && listJoin[text[end:locs[i+1][0]]] && strings.HasSuffix(text[locs[i+1][2]:locs[i+1][3]], m[1]) {
				i++
				end = locs[i][1]
				span = text[loc[0]:end]
			}
			if d := abs(loc[0] - c.anchor); d < bestD {
				best, bestD = span, d
			}
		}
		if best != "" {
			return best
		}
	}
	predPos := -1
	for _, t := range q.Terms {
		if t.Predicate {
			predPos = t.Pos
			break
		}
	}
	if q.WhPos > predPos && predPos >= 0 {
		after := strings.TrimLeft(text[c.anchorE:], "了为成的是 ")
		for _, say := range saidOpeners {
			if rest, ok := strings.CutPrefix(after, say); ok && strings.IndexAny(rest, ",，:：“") == 0 {
				after = rest // "公开回应称,基金会从未…": what the reply said
				break
			}
		}
		if a := strings.TrimLeft(after, ",，:："); a != after && clauseFrom(after) == "" {
			after = a // "赵文博建议,应加快推进…": what follows the verb's comma
		}
		cl := clauseFrom(after)
		return pastTopic(cl, after[len(cl):])
	}
	// ("which clinic branch": the clause that names the one, not what
	// it found)
	return saidOrClause(text, c.anchor, !q.whichOne && !strings.Contains(q.Lower, "which") && !strings.Contains(q.Lower, "哪"))
}

// saidOrClause is the clause of text at byte offset pos or, when that
// clause only says who speaks ("谢明哲提醒,禽肉一定要烧熟煮透"), the
// first clause of what they said; for a what-question, also when it only
// says what a finding or a rule is from ("检测结果显示,…", "根据新规定,…",
// "孙浩…承认,…").
func saidOrClause(text string, pos int, what bool) string {
	cl, end := clauseEnding(text, pos)
	if speechEnd.MatchString(cl) || what && sourceEnd.MatchString(cl) {
		rest := strings.TrimLeft(text[end:], ",，:：“\" ")
		said := clauseFrom(rest)
		if what && utf8.RuneCountInString(said) <= 10 && settingOnly.MatchString(said) {
			said = clauseUpTo(rest, 2) // "调查组初步查明,事发当天起飞前,翔云公司没有…": past when
		}
		if utf8.RuneCountInString(said) >= 4 {
			return said
		}
	}
	if what {
		return pastTopic(cl, text[end:])
	}
	return cl
}

// pastTopic returns cl, or, when cl ends in 的 and picks out the topic of
// what follows ("实在无法修复的,则被粉碎后送进炭窑"), the clause after it
// (rest, the text after cl): what befell the ones it picks out.
func pastTopic(cl, rest string) string {
	rest = strings.TrimLeft(rest, ",， ")
	if strings.HasSuffix(cl, "的") && topicGoesOn.MatchString(rest) {
		if next := clauseFrom(rest); utf8.RuneCountInString(next) >= 4 {
			return next
		}
	}
	return cl
}

// topicGoesOn opens the clause after a topic that ends in 的: what befell
// the ones it picks out ("…的,则被粉碎", "…的,一律退还").
var topicGoesOn = regexp.MustCompile(`^(?:则|就|便|都|也|均|一律|全部|全都|统一|将|被)`)

// speechEnd ends a clause that says who speaks, before what they say:
// "方振宇提醒", "孔维民表示", "律师认为".
var speechEnd = regexp.MustCompile(`(?:提醒|建议|表示|认为|指出|强调|呼吁|坦言|透露|分析|解释|介绍|说|称)(?:说|道)?$`)

// saidOpeners open what a reply or a statement said, right after the verb
// the question asks by (回应称, 表示,): the words after them answer.
var saidOpeners = []string{"称", "说", "道", "表示"}

// settingOnly is a clause that only says when: 事发当天起飞前, 检修结束后.
var settingOnly = regexp.MustCompile(`(?:前|后|时|期间|之际|当天|当日|当晚)$`)

// sourceEnd ends a clause that says where what follows comes from: a
// finding (检测报告显示, 护士长…发现), an admission (承认, 交代), a rule
// (根据新规定, 按照乐园张贴的规定).
var sourceEnd = regexp.MustCompile(`(?:(?:图|表|文件|规划|方案|合同|协议|通知|报告|记录|通报|公告|声明|决定书|判决书|说明书|宣传册)(?:中|里|上)|显示|表明|证实|发现|查明|认定|核实|获悉|了解到|回忆|承认|坦承|交代|写道|宣判|承诺|表态|回应|回复|答复|声明|通报|(?:提醒|建议|呼吁|告诉)(?:广大)?(?:市民|居民|村民|农户|家长|消费者|游客|乘客|车主|业主|顾客|网友|大家|记者|读者|公众)|^(?:根据|按照)[^,，]{0,14}(?:规定|要求|标准|办法|方案|新规|规则|制度|通知|协议|合同|说法|安排|政策|条例))$`)

// clauseEnding is the clause of text that holds byte offset pos, and the
// offset where it ends.
func clauseEnding(text string, pos int) (string, int) {
	cl := clauseAt(text, pos)
	start := max(0, pos)
	for start > 0 && !strings.HasPrefix(text[start:], cl) {
		start--
	}
	return cl, start + len(cl)
}

// askedDoneYet ends a question that asks whether something has been done
// yet: "动工了没?", "处理了没有?".
var askedDoneYet = regexp.MustCompile(`了没有?\s*[?？]?\s*$`)

// askedDone ends a question that asks whether something was done, as
// askedDoneYet does or with 吗: "备案了吗?".
var askedDone = regexp.MustCompile(`了(?:没有?|吗)\s*[?？]?\s*$`)

// yesNo answers a yes-or-no question: no when the sentence denies the
// event the question asks about.
func yesNo(q Question, c *candidate) string {
	neg := c.predDenied
	// "动工了没", "备案了吗": of the word before, whatever other verb the
	// question has (开锁 of 开锁师傅)
	doneYet := askedDone.MatchString(q.Text)
	if !c.predOK || c.anchor < 0 || doneYet || !slices.ContainsFunc(q.Terms, func(t Term) bool { return t.Predicate }) {
		at := c.anchor
		for i := len(q.Terms) - 1; i >= 0 && q.Lang == Chinese; i-- {
			if t := q.Terms[i]; !t.Light && !t.Name && i < len(c.matchedBy) && c.matchedBy[i][1] > c.matchedBy[i][0] {
				// "桂花苑加装电梯，动工了没": the clause of the last word
				// asked (至今没有开工), not of the first (项目早在…通过审批)
				at = c.matchedBy[i][0]
				break
			}
		}
		cl := clauseAt(c.d.Norm, at)
		asked := askedDone.ReplaceAllString(q.Text, "")
		if k := aNotA(asked); k >= 0 {
			// "会不会怪罪": the question's 不 only asks
			_, size := utf8.DecodeRuneInString(asked[k:])
			asked = asked[:k] + asked[k+2*size+len("不"):]
		}
		neg = strings.ContainsAny(cl, "不没未无非别") && !strings.ContainsAny(asked, "不没未无非别")
	}
	if !doneYet && c.predOK && q.Lang == Chinese {
		// "着火那晚有人受伤吗" of "所幸火灾未造成人员伤亡": the last verb
		// asked decides, the fire being given
		for i := len(q.Terms) - 1; i >= 0; i-- {
			if t := q.Terms[i]; t.Predicate && !t.Light && i < len(c.matchedBy) && c.matchedBy[i][1] > c.matchedBy[i][0] {
				if at := c.matchedBy[i][0]; at != c.anchor && at <= len(c.d.Norm) {
					neg = deniedAt(c.d.Norm, at)
				}
				break
			}
		}
	}
	if !neg && q.offerAsked && declined.MatchString(c.d.Norm) {
		// "感谢费黄德明收下了没" and "塞给他500元…,被他婉拒": declined
		neg = true
	}
	if !neg {
		// "有没有通话录音", "did they have a recording of the call": whether
		// the thing is had, which a sentence denies by 没有 right before
		// it ("电话没有录音"), whatever else it says of the call
		if t, at := hadThing(q, c); t >= 0 && endsWithAny(c.d.Norm[:at], []string{"没有", "没", "无"}) {
			neg = true
		}
	}
	yes, no := yesNoWords(q)
	if neg {
		return no
	}
	return yes
}

// acceptAsked asks whether something offered was taken ("收下了没", "did
// he accept the money"); declined says it was not (婉拒, 谢绝, 拒收).
var (
	acceptAsked = regexp.MustCompile(`收下|接受|收了|肯收|\baccept|\btake the money|\bkeep the money`)
	declined    = regexp.MustCompile(`婉拒|谢绝|拒收|推辞|拒绝了|不肯收|没有收下|没收下|退了回去|退还给`)
)

// zhAsksHave and enAsksHave ask whether a thing is had or exists: "有没有…
// 录音", "是否有", "did they have a recording", "was there any".
var (
	zhAsksHave = regexp.MustCompile(`有没有|有无|是否有|有\p{Han}{1,12}吗`)
	enAsksHave = regexp.MustCompile(`(?i)\b(?:have|has|had|keep|kept)\s+(?:a|an|any)\s+([a-z]+)|\b(?:is|was|are|were)\s+there\s+(?:a|an|any)\s+([a-z]+)`)
)

// hadAsk reports whether a yes-or-no question asks whether a thing is had,
// and for an English one the thing's lemma: the noun after "have a".
func hadAsk(q Question) (bool, string) {
	if q.Lang == Chinese {
		return zhAsksHave.MatchString(q.Text), ""
	}
	if m := enAsksHave.FindStringSubmatch(q.Lower); m != nil {
		return true, english.Lemma(m[1] + m[2])
	}
	return false, ""
}

// hadThing finds the term of the thing a yes-or-no question asks whether
// someone has, and where c's sentence holds it: the last thing asked of in
// Chinese, the noun after "have a" in English; -1 when it asks no such
// thing or the sentence lacks it.
func hadThing(q Question, c *candidate) (int, int) {
	if !q.hadAsked {
		return -1, 0
	}
	noun := q.hadNoun
	for i := len(q.Terms) - 1; i >= 0; i-- {
		t := q.Terms[i]
		if t.Light || t.Name || i >= len(c.matchedBy) || c.matchedBy[i][1] <= c.matchedBy[i][0] {
			continue
		}
		if noun != "" && t.lemma != noun || noun == "" && t.Predicate {
			continue
		}
		return i, c.matchedBy[i][0]
	}
	return -1, 0
}

// yesNoWords are the words that answer a yes-or-no question yes and no,
// as it asks: Yes and No, 是 and 否, 有 and 没有 for "有没有", 会 and 不会
// for "会不会".
func yesNoWords(q Question) (yes, no string) {
	if q.Lang == English {
		return "Yes", "No"
	}
	yes, no = "是", "否"
	if strings.Contains(q.Text, "有没有") || askedDoneYet.MatchString(q.Text) {
		yes, no = "有", "没有" // "有没有停业整顿": 有, as asked
	} else if k := aNotA(q.Text); k >= 0 {
		a, _ := utf8.DecodeRuneInString(q.Text[k:])
		yes, no = string(a), "不"+string(a) // "会不会", "是不是"
	}
	return yes, no
}

// noWord is the word that answers a yes-or-no question no.
func noWord(q Question) string {
	_, no := yesNoWords(q)
	return no
}

func trimSpan(s string) string {
	if !meaningful(s) {
		return "" // punctuation alone is no answer
	}
	s = strings.TrimFunc(s, func(r rune) bool {
		return unicode.IsSpace(r) || unicode.IsPunct(r) && !strings.ContainsRune("“”《》()（）%", r)
	})
	s = strings.TrimPrefix(s, "的")
	return s
}

// capSpan shortens s to at most n characters, at a clause end if one is
// near, else with an ellipsis.
func capSpan(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	rs := []rune(s)
	cut := string(rs[:n])
	if locs := clauseSep.FindAllStringIndex(cut, -1); len(locs) > 0 {
		last := locs[len(locs)-1][0]
		if utf8.RuneCountInString(cut[:last]) >= n/2 {
			return cut[:last]
		}
	}
	return string(rs[:n-1]) + "…"
}

// modifiesNext reports whether the text after a thing's name opens with
// a word that it qualifies (联网 of 联网售票系统): a Han character that
// is no function word, in a run of them that reaches no organisation's
// last word (宏达公司, 华信集团, 恒筑装饰工程有限公司 are firms).
func modifiesNext(rest string) bool {
	n := 0
	for i, r := range rest {
		if n == 10 || !unicode.Is(unicode.Han, r) || strings.ContainsRune(functionChars, r) {
			break
		}
		n++
		if longestSuffix(rest[:i+utf8.RuneLen(r)], 6, func(w string) bool { return lex().orgSuffixes[w] }) != "" {
			return false
		}
	}
	return n > 0
}

// commonNz reports whether the dictionary tags a two-character word nz
// and knows it as common (申报, a thousand uses): a word, not a name
// (华信, 恒源, a few dozen).
func commonNz(w string) bool {
	freq, pos, ok := index.Lookup(w)
	return ok && pos == "nz" && freq >= 500
}

// codeLike is a road's, a train's or a flight's number written with a
// letter or two (G351, K217, CA1234), or a seat's (27C): no one's name.
var codeLike = regexp.MustCompile(`^(?:[A-Za-z]{1,3}\d{2,}|\d+[A-Za-z]{1,2})$`)

// latinName reports whether a Latin word, as the article writes it, can be
// part of a name: it has a capital (OpenAI, iPhone) and is no English
// function word (This, The).
func latinName(w string) bool {
	return strings.IndexFunc(w, unicode.IsUpper) >= 0 && !english.IsStopWord(strings.ToLower(w))
}

// answerAfterLead is a sentence's statement past the clauses that only
// introduce it ("多名中层管理人员透露，", "调查报告解释,"), its first three
// clauses at most.
func answerAfterLead(text string) string {
	rest := text
	for {
		loc := clauseSep.FindStringIndex(rest)
		if loc == nil || !strings.ContainsAny(rest[loc[0]:loc[1]], ",，:：") || !reportLead.MatchString(rest[:loc[0]]) {
			break
		}
		rest = rest[loc[1]:]
	}
	rest = strings.TrimRight(rest, "。！？!?")
	if utf8.RuneCountInString(rest) < 4 {
		return ""
	}
	return strings.TrimRight(clauseUpTo(rest, 3), ",，;；、 ")
}

// reportLead ends a clause that only introduces what follows: "调查报告解释,".
var reportLead = regexp.MustCompile(`(表示|解释|指出|认为|称|说|透露|介绍|显示|坦言|强调|发现|了解到)$`)

// causeChain extends the reason before a backward cue (…,却一直未安排更换,
// 因此…) to the clauses before it that belong to the same cause, up to
// about 70 characters, stopping at a clause that only introduces a report.
func causeChain(text, reason string) string {
	end := strings.LastIndex(text, reason)
	if end < 0 {
		return reason
	}
	start := end
	for n := utf8.RuneCountInString(reason); start > 0; {
		head := strings.TrimRight(text[:start], ",，;； ")
		locs := clauseSep.FindAllStringIndex(head, -1)
		from := 0
		if len(locs) > 0 {
			last := locs[len(locs)-1]
			if !strings.ContainsAny(head[last[0]:last[1]], ",，;；") {
				break // a sentence or a quotation ends there
			}
			from = last[1]
		}
		prev := head[from:]
		m := utf8.RuneCountInString(prev)
		if prev == "" || reportLead.MatchString(prev) || n+m+1 > 70 {
			break
		}
		start, n = from, n+m+1
		if from == 0 {
			break
		}
	}
	return text[start : end+len(reason)]
}

// apposed reports whether a name starting at at stands in apposition to the
// question's words: a title away from the anchor ("辩护律师周振宇" for
// "defending"), or right after, or a title after, a matched word that names
// a role ("which professor" and "金融学院教授宗立群"). The gap is at most six
// characters (18 bytes), as titled allows.
func apposed(c *candidate, at int) bool {
	if c.anchorE >= 0 && c.anchorE <= at && at-c.anchorE <= 18 && titled(c.d.Norm[c.anchorE:at]) {
		return true
	}
	for _, m := range c.matched {
		if m[0] < 0 || m[0] >= m[1] || m[1] > at || at-m[1] > 18 || !roleWord(c.d.Norm[m[0]:m[1]]) {
			continue
		}
		if m[1] == at || titled(c.d.Norm[m[1]:at]) {
			return true
		}
	}
	return false
}

// nameBreaks are characters that follow a name without being part of it,
// beyond the function and speech characters givenName already refuses:
// adverbs and conjunctions that open what the person did (赵磊则…).
const nameBreaks = "则曾已正亦仍却便才均即乃因为等率同跟"

// titled reports whether gap, the words between the question's words and a
// name, is a job title with at most two characters before it ("总监",
// "原副院长"; no punctuation), so that the name stands in apposition to it.
func titled(gap string) bool {
	titles := lex().titles
	for i, n := 0, 0; i < len(gap) && n <= 2; n++ {
		if titles[gap[i:]] {
			return true
		}
		r, w := utf8.DecodeRuneInString(gap[i:])
		if !unicode.Is(unicode.Han, r) {
			return false // "副董事长、总经理梁慧敏": a list of titles, not one
		}
		i += w
	}
	return false
}

// ratioPart reports whether the number between before and rest is a term of
// a ratio ("1:0.8", "3∶1"): a colon joins it to another number.
func ratioPart(before, rest string) bool {
	for _, colon := range []string{":", "：", "∶"} {
		if r, ok := strings.CutPrefix(rest, colon); ok && r != "" && r[0] >= '0' && r[0] <= '9' {
			return true
		}
		if b, ok := strings.CutSuffix(before, colon); ok && b != "" && b[len(b)-1] >= '0' && b[len(b)-1] <= '9' {
			return true
		}
	}
	return false
}

// lastRune is the last rune of s, or utf8.RuneError when s is empty.
func lastRune(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}

// inQuote reports whether byte i of text stands inside a quotation: the
// next quotation mark closes one (a quotation may open in a sentence
// before).
func inQuote(text string, i int) bool {
	j := strings.IndexAny(text[i:], "“”")
	return j >= 0 && strings.HasPrefix(text[i+j:], "”")
}

// roleBefore reports whether the word of d that ends at byte offset at
// names a person's role of the same head as role (收银员 of "收银员赵小梅"
// for 店员).
func roleBefore(d *index.Doc, at int, role string) bool {
	for _, tk := range d.Tokens {
		if tk.End == at {
			return roleWord(tk.Text) && lastRune(tk.Text) == lastRune(role)
		}
		if tk.End > at {
			return false
		}
	}
	return false
}

// relationOf reports whether gap, the text between two names, makes the
// second the first's relation or helper: 的姑姑, 的代理律师.
func relationOf(gap string) bool {
	rel, ok := strings.CutPrefix(gap, "的")
	return ok && relations[rel]
}

// relations are the words news puts between a person's name and their
// relation's or helper's (范晓溪的姑姑范丽君). They stay out of the lexicon,
// whose words the segmenter is given: these would change how it cuts.
var relations = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields("父亲 母亲 妻子 丈夫 儿子 女儿 哥哥 姐姐 弟弟 妹妹 姑姑 姨妈 阿姨 舅舅 叔叔 伯伯 爷爷 奶奶 外公 外婆 孙子 孙女 " +
		"表哥 表姐 表弟 表妹 堂哥 堂姐 堂弟 堂妹 侄子 外甥 女婿 儿媳 岳父 岳母 公公 婆婆 老伴 爱人 男友 女友 朋友 同学 同事 邻居 " +
		"律师 代理律师 辩护律师 经纪人 助理 教练") {
		m[w] = true
	}
	return m
}()

// kindModifier reports whether a token of part of speech pos may say which
// kind of thing the noun after it is: a noun (碳素鱼竿), a name (“老鹰”风筝,
// 高加索犬), a distinguishing word (大型), a verbal noun. Not an
// adjective: 正规贷款 says what a loan should be, not which one.
func kindModifier(pos string) bool {
	return pos == "vn" || pos == "b" || pos == "j" || pos == "l" || pos == "eng" || pos == "zg" || strings.HasPrefix(pos, "n")
}

// sizePrefix are the first characters of words that say a thing's size or
// age rather than its kind (小狗, 大树, 老鼠).
const sizePrefix = "小大老幼"

// kindNoun reports whether a token of part of speech pos may be followed,
// in one noun phrase, by the noun it modifies: the thing asked the kind of
// is then a modifier itself (贷款诈骗 is a fraud, not a loan).
func kindNoun(pos string) bool {
	return pos == "vn" || strings.HasPrefix(pos, "n")
}

// onlyQuotes reports whether s, the text between two tokens, is nothing but
// quotation marks (“老鹰”风筝).
func onlyQuotes(s string) bool {
	return strings.Trim(s, "“”\"'‘’「」『』《》") == ""
}

// kindPhrase returns the words in sentence d that name one of the renderings
// focus of the thing a "what kind of" question asks about together with the
// words before it that say which kind: 爱心低息贷款 (loan), 鳊鱼 (fish),
// 大型高加索犬 (dog). A rendering inside a longer word is the word's head
// when the word ends with it; "" when the sentence names no kind of it.
func kindPhrase(d *index.Doc, focus []string) string {
	if s, en := kindAt(d, focus); s >= 0 {
		return d.Text[s:en]
	}
	return ""
}

// kindIn is kindPhrase of sentence d for q's kindFocus, as weigh found it.
func (q *Question) kindIn(d *index.Doc) string {
	if d.ID >= len(q.kinds) || q.kinds[d.ID].s < 0 {
		return ""
	}
	return d.Text[q.kinds[d.ID].s:q.kinds[d.ID].e]
}

// kindAt is the byte range in d of kindPhrase's words, -1s for none.
func kindAt(d *index.Doc, focus []string) (int, int) {
	toks := d.Tokens
	bs, be := -1, -1
	for i, t := range toks {
		inWord, head := false, false
		for _, f := range focus {
			if f == "" || !strings.HasSuffix(t.Text, f) {
				continue
			}
			if len(t.Text) == len(f) {
				head = true
				continue
			}
			if !kindNoun(t.Pos) && t.Pos != "l" {
				continue // 遛狗: a walk, not a dog (but 分枝杆菌/l is a germ)
			}
			head = true
			if first, _ := utf8.DecodeRuneInString(t.Text); !strings.ContainsRune(sizePrefix, first) {
				inWord = true
			}
		}
		if !head {
			continue
		}
		if i+1 < len(toks) && toks[i+1].Start == t.End && kindNoun(toks[i+1].Pos) {
			continue // 贷款诈骗: a fraud
		}
		start := t.Start
		for j := i - 1; j >= 0 && i-j <= 3; j-- {
			p := toks[j]
			if p.End > start || !onlyQuotes(d.Norm[p.End:start]) || !kindModifier(p.Pos) || !isHanRun(p.Text) {
				break
			}
			if j > 0 && toks[j-1].End == p.Start && toks[j-1].Pos == "x" && !isHanRun(toks[j-1].Text) {
				break // 3人为骨折: a count, cut wrong
			}
			start = p.Start
		}
		if start == t.Start && !inWord {
			continue // the thing alone: no kind said
		}
		// an opening quotation mark before a quoted modifier (“老鹰”风筝)
		if k := strings.LastIndexAny(d.Norm[:start], "“「"); k >= 0 && k+len("“") == start && strings.ContainsAny(d.Norm[start:t.End], "”」") {
			start = k
		}
		if inWord && bs < 0 || start < t.Start && t.End-start > be-bs {
			bs, be = start, t.End
		}
	}
	return bs, be
}

// dialAsk asks about calling or a number to call: the number dialled may
// answer it.
var dialAsk = regexp.MustCompile(`(?i)\bcall|\bdial|\bphone|\bhotline|\bhelpline|\bnumber\b|电话|热线|拨|号码`)

// dialVerbs dial a number; dialedNames name the line a number dialled is.
var (
	dialVerbs   = []string{"拨打", "拨通", "拨", "致电", "呼叫"}
	dialedNames = []string{"急救", "报警", "电话", "热线", "求助", "服务热线", "指挥中心"}
)

// dialled reports whether the figure m between before and rest is a number
// one dials: after 拨打 or 拨通, or named a hotline (120急救电话, 12345热线).
// A figure with a unit is not (下拨15万元).
func dialled(m, before, rest string) bool {
	if !isDigits(m) {
		return false
	}
	before = strings.TrimSuffix(before, "了")
	return endsWithAny(before, dialVerbs) || startsWithAny(rest, dialedNames)
}

// partyWord is a word for the part a firm plays (开发商, 供应商, 施工方),
// which the firm's name may follow but never opens with.
func partyWord(w string) bool {
	return utf8.RuneCountInString(w) == 3 && (strings.HasSuffix(w, "商") || strings.HasSuffix(w, "方"))
}

// kinGroups are the words for one's kin, a group to a relation, the first
// a child's (ageOfAsked asks no other relation's age of it): an age said
// of one of them is not the age of another.
var kinGroups = [][]string{
	{"儿子", "女儿", "孩子", "儿童", "男孩", "女孩", "男童", "女童", "小孩", "孙子", "孙女", "外孙", "外孙女"},
	{"父亲", "爸爸", "老父亲"},
	{"母亲", "妈妈", "老母亲"},
	{"外甥", "外甥女", "侄子", "侄女"},
	{"妻子", "丈夫", "老伴", "老婆", "老公"},
	{"哥哥", "姐姐", "弟弟", "妹妹"},
	{"妹夫", "姐夫", "女婿", "儿媳"},
}

// kinAskedOf is the kin groups, a bit each, of the relation whose name a
// who-question asks ("陆师傅的老伴叫什么", "who is his wife"), or 0: not
// a relation it merely mentions ("the doctor looking after the boy").
func kinAskedOf(q Question) int {
	if q.Lang == English {
		m := enKinAsk.FindStringSubmatch(q.Lower)
		if m == nil {
			return 0
		}
		w := m[1]
		if w == "" {
			w = m[2]
		}
		if g := kinGroupOf(enKin[w]); g >= 0 {
			return 1 << g
		}
		return 0
	}
	bits := 0
	for _, m := range zhKinAsk.FindAllStringSubmatch(q.Lower, -1) {
		if g := kinGroupOf(m[1]); g >= 0 {
			bits |= 1 << g
		}
	}
	return bits
}

// zhKinAsk is a relation whose name a Chinese question asks: 老伴叫什么,
// 父亲是谁, 儿子的名字.
var zhKinAsk = regexp.MustCompile(`(儿子|女儿|孩子|孙子|孙女|父亲|爸爸|母亲|妈妈|外甥|侄子|侄女|妻子|丈夫|老伴|老婆|老公|哥哥|姐姐|弟弟|妹妹|女婿|儿媳)(?:叫|是谁|是哪|姓|的名字|名字)`)

// enKinAsk is a relation whose name an English question asks: "who is
// his wife", "what's the dad called", "her husband's name".
var enKinAsk = regexp.MustCompile(`(?:\bwho(?:'s| is| was)|\bname of|\bwhat(?:'s| is| was))\s+(?:the\s+|his\s+|her\s+|their\s+|[a-z]+'s\s+)?(wife|husband|mother|mom|mum|father|dad|son|daughter|brother|sister)\b|\b(wife|husband|mother|mom|mum|father|dad|son|daughter|brother|sister)(?:'s)?\s+(?:name|called)\b`)

// enKin is the Chinese kin word of each English one enKinAsk holds.
var enKin = map[string]string{"wife": "妻子", "husband": "丈夫", "mother": "母亲", "mom": "母亲", "mum": "母亲", "father": "父亲", "dad": "父亲",
	"son": "儿子", "daughter": "女儿", "brother": "哥哥", "sister": "姐姐"}

// kinGroupOf is the index in kinGroups of a kin word w, or -1.
func kinGroupOf(w string) int {
	return kinIn(func(k string) bool { return k == w })
}

// ageOfAsked reports whether the age at text[s:e] can be the age of the
// one the question asks: not when a kin word by it names another relation
// (她4岁的儿子 for the father), nor, with none by it, when the question
// asks a grown relation ("58岁的杨德福" gives no age of his mother).
func ageOfAsked(q Question, text string, s, e int) bool {
	if g := agedKin(text, s, e); g >= 0 {
		return asksKin(q, g)
	}
	for g := 1; g < len(kinGroups); g++ {
		if asksKin(q, g) {
			return false
		}
	}
	return true
}

// agedKin is the kin group of the one an age at text[s:e] is said of, by
// the kin word right after it ("4岁的儿子", "9岁女孩") or just before it
// ("他父亲周长根的八十岁生日"), or -1.
func agedKin(text string, s, e int) int {
	rest := strings.TrimPrefix(text[e:], "的")
	if g := kinIn(func(w string) bool { return strings.HasPrefix(rest, w) }); g >= 0 {
		return g
	}
	before := text[max(0, s-ageReach):s]
	if i := strings.LastIndexAny(before, clausePunct); i >= 0 {
		_, w := utf8.DecodeRuneInString(before[i:])
		before = before[i+w:]
	}
	return kinIn(func(w string) bool { return strings.Contains(before, w) })
}

// kinIn is the group of the first kin word found, or -1.
func kinIn(found func(w string) bool) int {
	for gi, g := range kinGroups {
		if slices.ContainsFunc(g, found) {
			return gi
		}
	}
	return -1
}

// asksKin reports whether the question's words name kin of group g.
func asksKin(q Question, g int) bool {
	return slices.ContainsFunc(q.Terms, func(t Term) bool {
		return kinGroupOf(t.Text) == g || slices.ContainsFunc(t.Alts, func(a string) bool { return kinGroupOf(a) == g })
	})
}

// ageReach is how far before an age, in bytes, a kin word may stand and
// still name whose age it is ("他父亲周长根的八十岁").
const ageReach = 10 * len("字")
