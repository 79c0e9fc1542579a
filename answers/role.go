package answers

import (
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"
)

// A who-question may ask for the name of a role ("Who was the observer the
// regulator sent?", "那家公司的老板叫啥"). News names a person with the role
// next to the name (观察员张三, 张三担任观察员); a sentence that holds the
// role with no name by it ("…及监管局观察员参加会议") does not say who
// held it, however near another person's name stands.

// zhRoleBefore is a role right before "是谁"/"叫什么", zhRoleAfter one
// right after "谁是". "哪位X做了Y" only describes the one asked for by
// what they did: the role there need not be the article's word for them.
var (
	zhRoleBefore = regexp.MustCompile(`(\p{Han}{2,8})(?:是|叫|姓)(?:谁|哪位|何人|什么名字|什么)`)
	zhRoleAfter  = regexp.MustCompile(`谁是(\p{Han}{2,8})`)
)

// enAskedRole is the noun phrase a who-question asks to name: "who's the
// principal", "the name of the cook"; not "which researcher pinned…", where
// what they did tells who is meant.
var enAskedRole = regexp.MustCompile(`(?i)\b(?:who(?:'s|’s|\s+is|\s+was|\s+are|\s+were)|name\s+of)\s+(?:(?:the|that|this|their|its|a|an)\s+)?(?:(?:[a-z]+\s+)?[a-z]+(?:'s|’s)\s+)?([a-z]+(?:\s+[a-z]+){0,2})`)

// roleEnds are the last characters of words for a person's role (观察员,
// 校长, 法官, 律师, 专家, 记者, 选手), and roleNot the words so ending that
// name no role.
const roleEnds = "员长官师家者手"

var roleNot = map[string]bool{"国家": true, "大家": true, "人家": true, "自家": true, "全家": true, "回家": true,
	"增长": true, "成长": true, "延长": true, "擅长": true, "生长": true, "助长": true, "漫长": true, "专长": true,
	"特长": true, "动手": true, "着手": true, "联手": true, "出手": true, "分手": true, "入手": true, "双手": true,
	"或者": true, "再者": true, "前者": true, "后者": true, "器官": true, "感官": true, "五官": true}

// roleWord reports whether the Chinese word w names a person's role.
func roleWord(w string) bool {
	l := lex()
	if l.keyRoles[w] || l.titles[w] && utf8.RuneCountInString(w) >= 2 {
		return true
	}
	n := utf8.RuneCountInString(w)
	if n < 2 || roleNot[w] {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(w)
	return strings.ContainsRune(roleEnds, r) || n >= 3 && r == '人'
}

// workerWord is a two-character word for people at work that roleWord
// leaves out: 工人, 民工, and the trades of the lexicon (保安, 司机).
func workerWord(w string) bool {
	return w == "工人" || w == "民工" || lex().trades[w]
}

// markAskedRole sets q.Role for a Chinese who-question that asks to name
// a role: the longest word ending the phrase before 是谁 (or starting the
// one after 谁是) that names a role and that the articles use, however the
// question was cut ("理赔员是谁" → 理赔/员). A question for the surname
// ("那个工人姓啥") takes a word for a worker (workerWord) too: the article
// may give no more of the name than 姓郝的带班工人.
func (e *Engine) markAskedRole(q *Question) {
	if q.Kind != KindWho {
		return
	}
	for k, re := range []*regexp.Regexp{zhRoleBefore, zhRoleAfter} {
		for _, m := range re.FindAllStringSubmatch(q.Lower, -1) {
			rs := []rune(m[1])
			best, unseen := "", ""
			for n := 2; n <= len(rs) && n <= 6; n++ {
				w := string(rs[len(rs)-n:])
				if k == 1 {
					w = string(rs[:n])
				}
				if strings.ContainsAny(w, "的之是") {
					break
				}
				if roleWord(w) || n == 2 && k == 0 && strings.Contains(m[0], "姓") && workerWord(w) {
					if e.inCorpus(w) {
						best = w
					} else {
						unseen = w
					}
				}
			}
			if best != "" {
				q.Role = []string{best}
				return
			}
			if q.RoleElsewhere == "" {
				q.RoleElsewhere = unseen
			}
		}
	}
	// "是执法队哪位领导出来说的": a word for whoever is in charge asks
	// for the one the article titles as such (大队长郑国强)
	// (the word may be no term of the question: gse cuts 一把手 as 一/把手)
	if loc := zhWhichHead.FindStringIndex(q.Lower); loc != nil {
		m := q.Lower[loc[0]:loc[1]]
		for _, w := range zhHeadWords {
			if strings.Contains(m, w) && lex().headWords[w] && !e.inCorpus(w) {
				// only the titles that head the body the question names
				// ("应急局一把手": 局长, not 所长; "公司老总": not 局长)
				body := bodyBefore(q.Lower[:loc[0]+strings.Index(m, w)])
				q.Role = e.headsOf(body)
				if !slices.ContainsFunc(q.Terms, func(t Term) bool { return t.Text == w }) && len(q.Role) > 0 {
					// and the title is a word of the question, as the
					// article gives it (所长 for 一把手)
					q.Terms = append(q.Terms, Term{Text: q.Role[0], Alts: slices.Clone(q.Role[1:]), AltWeight: 1, Pos: strings.Index(q.Lower, w)})
				}
				return
			}
		}
	}
	// "这个合作社现在是谁在当家": whoever holds a title that heads the
	// body (理事长), as "合作社的老大是谁" asks
	if loc := zhInCharge.FindStringIndex(q.Lower); loc != nil && len(q.Role) == 0 {
		if body := bodyBefore(strings.TrimRight(strings.TrimRight(q.Lower[:loc[0]], "是由"), "现在目前如今")); body != "" {
			if heads := e.headsOf(body); len(heads) > 0 {
				q.askHeads(heads, loc)
				return
			}
		}
	}
	// "调查组是谁带头的": who leads a body the question names is whoever
	// holds its head's title (组长)
	if loc := zhLedBy.FindStringIndex(q.Lower); loc != nil {
		if body := bodyBefore(strings.TrimRight(q.Lower[:loc[0]], "是由")); body != "" {
			heads := slices.DeleteFunc(e.headsOf(body), func(h string) bool { return !ownTitle(h, body) })
			if len(heads) > 0 {
				q.askHeads(heads, loc)
			}
		}
	}
}

// askHeads makes a question's words at loc for leading or being in charge
// (带头, 当家) ask for the titles heads: the title stands for those words,
// which become light, and is a word of the question.
func (q *Question) askHeads(heads []string, loc []int) {
	q.Role = heads
	for i, t := range q.Terms {
		if t.Pos >= loc[0] && t.Pos < loc[1] {
			q.Terms[i].Predicate, q.Terms[i].Light = false, true
		}
	}
	q.Terms = append(q.Terms, Term{Text: heads[0], Alts: slices.Clone(heads[1:]), AltWeight: 1, Pos: loc[0]})
}

// zhInCharge asks who is in charge of a body: 谁在当家, 谁说了算, 当家的是谁.
var zhInCharge = regexp.MustCompile(`(?:谁|哪位|哪个人)(?:在|来)?(?:当家|管事|主事|掌舵|说了算|做主|作主)|(?:当家|管事|主事)(?:的|人)(?:是谁|是哪位|叫什么|叫啥)`)

// zhLedBy asks who leads: 谁带头, 哪位牵头.
var zhLedBy = regexp.MustCompile(`(?:谁|哪位|哪个人)(?:带头|牵头|领头|带队|挂帅)`)

// zhWhichHead asks which one in charge: 哪位领导, 老大是谁 (not 负责人, which
// an article may write as any title: 项目经理).
var zhWhichHead = regexp.MustCompile(`(?:哪位|哪个|哪一位|哪名)(?:` + strings.Join(zhHeadWords, "|") + `)|(?:` + strings.Join(zhHeadWords, "|") + `)(?:是谁|是哪位|是哪个|是哪一位|叫什么|叫啥)`)

// zhHeadWords are the words for whoever is in charge that zhWhichHead
// asks by.
var zhHeadWords = []string{"领导", "老大", "头儿", "头头", "一把手"}

// askedRoleWords returns the English words of the role an English
// who-question asks to name, or nil.
func askedRoleWords(q Question, norm string) map[string]bool {
	if q.Kind != KindWho {
		return nil
	}
	out := map[string]bool{}
	for _, m := range enAskedRole.FindAllStringSubmatch(norm, -1) {
		for _, w := range strings.Fields(strings.ToLower(m[1])) {
			if enRelative[w] || w == "the" || w == "a" || w == "an" || w == "his" || w == "her" || w == "their" {
				break // "who's the lawyer the family hired": the lawyer
			}
			out[w] = true
		}
	}
	return out
}

// clauseBreaks end a clause, or part one from the next item of a list.
const clauseBreaks = clausePunct + "、"

// apposedRole opens a clause that says what the one just named is.
var apposedRole = regexp.MustCompile(`^(系|是|为|现任|担任|身为|作为)`)

// nameByRole reports whether the entity r stands by an occurrence of the
// role in text: right after it (观察员张三, 负责人是张三), shortly before
// it (张三担任观察员, 张三、观察员), or anywhere in its clause.
func nameByRole(text string, r rng, role string) bool {
	for off := 0; off < len(text); {
		k := strings.Index(text[off:], role)
		if k < 0 {
			return false
		}
		s, e := off+k, off+k+len(role)
		if r.s >= e && utf8.RuneCountInString(text[e:r.s]) <= 2 || r.e <= s && utf8.RuneCountInString(text[r.e:s]) <= 4 {
			return true
		}
		// or a title list the name closes: "法学院教授,慈善法研究中心主任沈立平"
		if r.s >= e && titledList(text[e:r.s]) {
			return true
		}
		// or after a modifier that describes the one titled: "教授、从事
		//客运索道安全研究20余年的冯启明"
		if r.s >= e && describedAfter(text[e:r.s]) {
			return true
		}
		// or in the role's clause: "审判长由庭长贺知远担任"
		if r.s >= e && !strings.ContainsAny(text[e:r.s], clauseBreaks) || r.e <= s && !strings.ContainsAny(text[r.e:s], clauseBreaks) {
			return true
		}
		// or one the next clause picks out of those the role names:
		// "42名志愿者报名帮忙,其中年纪最大的是…韩桂兰"
		if r.s >= e && pickedOut(text[e:r.s]) {
			return true
		}
		// or in the clause right after the name that says what they are:
		// "死者为34岁的韦志强,系鲸鸣外卖平台的一名专送骑手"
		if r.e <= s {
			if gap := strings.TrimLeft(text[r.e:s], ",，"); len(gap) < len(text[r.e:s]) && apposedRole.MatchString(gap) && !strings.ContainsAny(gap, clauseBreaks) {
				return true
			}
		}
		off = e
	}
	return false
}

// pickedOut reports whether gap, between a role and a name, ends the
// role's clause and opens the next with 其中 ("among them"), after which
// the name stands: ",其中年纪最大的是73岁的退休教师", and the clauses that
// go on to name the others (",最小的是…").
func pickedOut(gap string) bool {
	k := strings.Index(gap, "其中")
	if k < 0 {
		return false
	}
	breaks := 0
	for _, r := range gap[:k] {
		if strings.ContainsRune(clauseBreaks, r) {
			breaks++
		}
	}
	last, _ := utf8.DecodeLastRuneInString(gap[:k])
	return breaks == 1 && strings.ContainsRune(clauseBreaks, last)
}

// describedAfter reports whether gap, between a role and a name, is a
// modifier of the person after an enumeration comma: "、" and no more than
// twenty-four characters of one clause that end in 的 ("、从事索道研究20余年的").
func describedAfter(gap string) bool {
	rest, ok := strings.CutPrefix(gap, "、")
	if !ok || !strings.HasSuffix(rest, "的") || strings.ContainsAny(rest, clauseBreaks) {
		return false
	}
	return utf8.RuneCountInString(rest) <= 24
}

// titledList reports whether gap, between a role and a name, is one more
// title of the same person: a comma or an enumeration comma, then no more
// than sixteen characters that end in a title (",慈善法研究中心主任",
// "、流行病学专家").
func titledList(gap string) bool {
	var rest string
	ok := false
	for _, sep := range []string{",", "，", "、"} {
		if rest, ok = strings.CutPrefix(gap, sep); ok {
			break
		}
	}
	listed := strings.HasPrefix(gap, "、")
	rs := []rune(rest)
	if !ok || len(rs) == 0 || len(rs) > 16 || strings.ContainsAny(rest, clauseBreaks) {
		return false
	}
	for n := 2; n <= 4 && n <= len(rs); n++ {
		// (or, after 、, a word of a trade: "船员、售票员王春梅", where
		// "刹车失灵，驾驶员钟建平" opens a clause of its own)
		if w := string(rs[len(rs)-n:]); lex().titles[w] || listed && n == 3 && roleWord(w) {
			return true
		}
	}
	return false
}
