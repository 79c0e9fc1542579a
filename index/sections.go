package index

import (
	"regexp"
	"strings"
	"unicode"
)

// Cues of boilerplate: source attribution at the head of a republished
// article, editor, copyright and disclaimer lines at its end.
var (
	sourceCue = regexp.MustCompile(`^[\s(（【\[]*(本文|文章|此文)?((来源|来自|转载自|转自|原标题|原文|出处|文\s*[|/｜丨]|出品|图片来源|题图|图\s*[|/｜丨]|来源于)|(作者|撰文|编辑|责任编辑|责编|记者|通讯员|策划|审核|校对)([\s:：|/｜丨]|$|[^\s:：|/｜丨了说表称获从在向对指发认介采注调走看提截致随再连联来近查暗实多梳]{1,4}([\s|/｜丨,，]|$)))`)
	// accountCue names the account an article was republished from; it
	// marks boilerplate only in the head of an article.
	accountCue    = regexp.MustCompile(`公众号|微信号|ID\s*[:：]|授权转载|原文链接`)
	disclaimerCue = regexp.MustCompile(`不构成(任何)?投资建议|风险自担|据此操作|仅供(参考|阅读)|仅代表(作者|个人)|不代表本(站|平台|号|网)|版权(归|声明|所有)|如有侵权|侵删|联系删除|免责声明|转载请(注明|联系)|未经(本站|本网|本号|本平台|作者)?(书面)?(授权|许可)[,，]?\s*(不得|禁止|严禁|请勿|任何)|责任编辑|本文(为|系)?原创|欢迎(转发|分享|关注)|点击(关注|阅读原文)`)
	editorLine    = regexp.MustCompile(`^[\s(（【\[]*(责任编辑|编辑|责编|审核|校对|监制|值班编辑)\s*[:：]`)
	// promoCue marks advertising and promotion.
	promoCue = regexp.MustCompile(`\d+(\.\d+)?\s*元|低至|优惠|折扣|限时|抢购|促销|首选|性价比|下单|购买|扫码|热线|咨询电话|认筹|均价|首付|团购|包邮|满减|秒杀|直播间|旗舰店|福利|报名|小程序|立即|点击|关注我们|扫一扫|预约|到店|专享|特价|券`)
	// relatedCue opens a list of links or briefs that are not the article.
	relatedCue = regexp.MustCompile(`^[\s▼▲►▽☞【\[(（]*(相关阅读|推荐阅读|延伸阅读|相关新闻|相关报道|往期回顾|往期精彩|往期推荐|更多精彩|热文推荐|精彩推荐|热门推荐|今日推荐|猜你喜欢|广告|推广|阅读更多|点击阅读)`)
	// endMark closes an article: "(完)", "(全文完)", "END".
	endMark = regexp.MustCompile(`^[\s(（【\[]*(完|全文完|END|End|end|完结)[)）】\]]*\s*$`)
	// creditCue marks credits and notes about the text itself: pictures,
	// pseudonyms, references, layout and review lines.
	creditCue = regexp.MustCompile(`图片由|图片来源|图源\s*[:：|｜]|摄影\s*[:：|｜]|题图\s*[:：|｜]|视觉中国|受访者提供|为化名|系化名|均为化名|参考资料\s*[:：]|资料来源\s*[:：]|数据来源\s*[:：]|排版\s*[:：|｜]|终审\s*[:：|｜]|审核\s*[:：|｜]|校对\s*[:：|｜]`)
)

// quoted is a short quotation in Chinese quotation marks.
var quoted = regexp.MustCompile(`“[^“”]{1,12}”`)

// isBoilerplate reports whether a paragraph reads as attribution, an editor
// line or a disclaimer. Long paragraphs are held to a stricter test so that a
// body paragraph that mentions a source is not taken for one.
func isBoilerplate(text string, head bool) bool {
	n := len([]rune(text))
	if editorLine.MatchString(text) || endMark.MatchString(text) {
		return n < 120
	}
	if creditCue.MatchString(text) && n < 100 {
		return true
	}
	// (a cue in a short quotation is someone's word, not the page's:
	// 企业的说法“仅供参考”)
	d := len(disclaimerCue.FindAllStringIndex(quoted.ReplaceAllString(text, "“”"), -1))
	s := sourceCue.MatchString(text) || head && accountCue.MatchString(text)
	switch {
	case d >= 2:
		return n < 300
	case d == 1 && s:
		return n < 300
	case d == 1 || s:
		return n < 100
	}
	return false
}

// classify labels every paragraph. Boilerplate is found by its cues in the
// head or tail of the article. Unrelated content is what follows the closing
// boilerplate (a disclaimer or copyright line), plus any tail of paragraphs
// after the article's main part that are topically far from it and read as
// promotion or a brief of another subject.
func classify(ps []Paragraph, opts Options) {
	n := len(ps)
	for i := range ps {
		ps[i].Section = Body
	}
	if n == 0 {
		return
	}
	// Head boilerplate: the first lines, before the body starts.
	for i := 0; i < n && i < 3; i++ {
		if isBoilerplate(ps[i].Text, true) {
			ps[i].Section = Boilerplate
		} else if i > 0 {
			break
		}
	}
	// Tail boilerplate: anywhere in the last half.
	lastFooter := -1
	for i := n / 2; i < n; i++ {
		if isBoilerplate(ps[i].Text, false) {
			ps[i].Section = Boilerplate
			lastFooter = i
		}
	}
	if opts.UnrelatedFrom > 0 {
		for i := opts.UnrelatedFrom - 1; i < n; i++ {
			if i >= 0 && ps[i].Section != Boilerplate {
				ps[i].Section = Unrelated
			}
		}
		return
	}
	// Everything after the last footer is appended content.
	if lastFooter >= 0 {
		for i := lastFooter + 1; i < n; i++ {
			if ps[i].Section == Body {
				ps[i].Section = Unrelated
			}
		}
	}
	// A "related reading" header starts appended content.
	for i := n / 2; i < n; i++ {
		if relatedCue.MatchString(ps[i].Text) {
			for j := i; j < n; j++ {
				if ps[j].Section == Body {
					ps[j].Section = Unrelated
				}
			}
			break
		}
	}
	// Topical tail: without a closing footer, walk back from the end over
	// paragraphs far from the core.
	if lastFooter >= 0 {
		return
	}
	var body []int
	for i := range ps {
		if ps[i].Section == Body {
			body = append(body, i)
		}
	}
	if len(body) < 4 {
		return
	}
	coreEnd := len(body) * 3 / 5
	core := map[string]int{}
	for _, i := range body[:coreEnd] {
		for t := range terms(ps[i].Text) {
			core[t]++
		}
	}
	for k := len(body) - 1; k >= coreEnd; k-- {
		i := body[k]
		if !offTopic(ps[i].Text, core) {
			break
		}
		ps[i].Section = Unrelated
	}
}

// offTopic reports whether a paragraph shares too little vocabulary with the
// article's core to be part of it.
func offTopic(text string, core map[string]int) bool {
	ts := terms(text)
	if len(ts) == 0 {
		return false
	}
	var shared, total float64
	for t := range ts {
		w := 1.0
		if len(t) > 3 && isASCIIWord(t) {
			w = 2 // Latin names carry the topic
		}
		total += w
		if core[t] > 0 {
			shared += w
		}
	}
	sim := shared / total
	promo := len(promoCue.FindAllStringIndex(text, -1))
	switch {
	case sim < 0.08:
		return true
	case sim < 0.22 && promo >= 1:
		return true
	case sim < 0.3 && promo >= 3:
		return true
	}
	return false
}

// commonBigrams are character pairs too common to say anything about topic.
const commonBigrams = "一个 这个 那个 我们 他们 你们 可以 没有 不是 就是 还是 但是 因为 所以 如果 已经 这些 那些 之后 之前 其中 目前 现在 一些 自己 什么 这样 那样 以及 对于 表示 认为 进行 通过 时间 今年 同时 随后 而且 并且 不过 然而 或者 其他 这种 一种 成为 开始 可能 需要 问题 情况 方面 来说 来看 也是 都是 不会 将会 的是 了一"

var common = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(commonBigrams) {
		m[w] = true
	}
	return m
}()

// terms is the set of topical units of a text: Han character bigrams and
// lower-cased Latin words.
func terms(text string) map[string]bool {
	out := map[string]bool{}
	rs := []rune(strings.ToLower(text))
	for i := 0; i < len(rs); i++ {
		r := rs[i]
		switch {
		case unicode.Is(unicode.Han, r):
			if i+1 < len(rs) && unicode.Is(unicode.Han, rs[i+1]) {
				bg := string(rs[i : i+2])
				if !common[bg] && !strings.ContainsRune("的了是在和与也都就而被将会", rs[i]) && !strings.ContainsRune("的了是在和与也都就而被", rs[i+1]) {
					out[bg] = true
				}
			}
		case r < 0x80 && unicode.IsLetter(r):
			j := i
			for j < len(rs) && rs[j] < 0x80 && (unicode.IsLetter(rs[j]) || unicode.IsDigit(rs[j])) {
				j++
			}
			if j-i >= 2 {
				out[string(rs[i:j])] = true
			}
			i = j - 1
		}
	}
	return out
}

func isASCIIWord(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}
