package answers

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/eventbot/eventbot/index"
)

var (
	mentionRe  = regexp.MustCompile(`<@[!&]?\d+>|<#\d+>|<a?:\w+:\d+>|@everyone|@here`)
	urlRe      = regexp.MustCompile(`(?i)\b(?:https?://|www\.)\S+`)
	codeFence  = regexp.MustCompile("```[a-zA-Z]*")
	markdownRe = regexp.MustCompile("[*_~`|>]+")
	spaceRe    = regexp.MustCompile(`\s+`)
)

// MaxQuestionRunes is the longest input the engine analyses; longer input is
// refused as not a question.
const MaxQuestionRunes = 1000

// Normalize prepares a question for analysis: it strips Discord mentions,
// URLs and markdown, folds full-width ASCII and ideographic spaces, turns
// Traditional characters into Simplified ones, drops control characters and
// collapses spaces. Case is kept (the engine lower-cases for matching).
func Normalize(q string) string {
	if !utf8.ValidString(q) {
		q = strings.ToValidUTF8(q, " ")
	}
	if strings.ContainsAny(q, "<@") {
		q = mentionRe.ReplaceAllString(q, " ")
	}
	if strings.Contains(q, "://") || strings.Contains(q, "www.") || strings.Contains(q, "WWW.") {
		q = urlRe.ReplaceAllString(q, " ")
	}
	if strings.ContainsAny(q, "*_~`|>") {
		q = codeFence.ReplaceAllString(q, " ")
		q = markdownRe.ReplaceAllString(q, " ")
	}
	q = strings.Map(func(r rune) rune {
		switch {
		case r >= 0xFF01 && r <= 0xFF5E:
			return r - 0xFEE0
		case r == 0x3000:
			return ' '
		case unicode.IsControl(r) || r == 0xFFFD:
			return ' '
		case unicode.Is(unicode.Variation_Selector, r) || r == 0x200D:
			return -1
		}
		return r
	}, q)
	q = strings.TrimSpace(spaceRe.ReplaceAllString(q, " "))
	q = index.Simplify(q)
	if strings.ContainsAny(q, "啥咋号钟") {
		q = colloquial.Replace(q)
	}
	if strings.Contains(q, "到底") || strings.Contains(q, "究竟") {
		q = emphasis.ReplaceAllString(q, "$1")
	}
	if strings.Contains(q, "的") {
		q = splitVerb.ReplaceAllString(q, "$1$2")
		q = splitPost.ReplaceAllString(q, "${2}被${1}职")
		if strings.Contains(q, "养") {
			q = keeperOf.ReplaceAllString(q, "${1}的主人")
		}
	}
	return q
}

// emphasis is an adverb that only stresses the question (到底是谁, 究竟为什么),
// which the segmenter may cut wrongly (到/底是): the word it stresses alone.
var emphasis = regexp.MustCompile(`(?:到底|究竟)(是|为|怎|什|有|谁|哪|几|多|要|能|会|在|啥|咋)`)

// keeperOf is whoever keeps an animal, asked as 养那条狗的人: its owner,
// 狗的主人.
var keeperOf = regexp.MustCompile(`养(?:那|这)?(?:条|只|头|匹)?(\p{Han}{1,2}?)的(?:那个)?人`)

// splitVerb is a verb and its object parted by 的 in a question of who or
// when did it (谁报的警, 几点报的警, 谁开的车, 几点来的电): the verb as one word, 报警.
// These few are joined whatever the articles say; the analysis joins any
// other pair the articles write together or the lexicon knows (出的院, see
// Engine.analyze).
var splitVerb = regexp.MustCompile(`(报|开|放|打|请|下|吃|洗|结|离|动|点|发|挂|来|停|操|主)的(警|车|火|电话|假|单|饭|澡|婚|手术|刀|令|电)`)

// splitPost is a verb for taking someone's post with whose post between
// (撤了谁的职, 免了他的职): read as the one who lost it (谁被撤职).
var splitPost = regexp.MustCompile(`(撤|免|革|停)了?(谁|他|她|他们|她们)的职`)

// colloquial maps spoken interrogatives to the written ones the analysis
// knows: 为啥 → 为什么, 叫啥 → 叫什么, 咋 → 怎么, 多少号人 → 多少人, 几点钟 →
// 几点.
var colloquial = strings.NewReplacer(
	"为啥", "为什么", "干啥", "干什么", "叫啥", "叫什么", "啥时候", "什么时候", "啥时", "什么时候",
	"啥样", "什么样", "咋回事", "怎么回事", "咋样", "怎么样", "咋就", "怎么就", "咋", "怎么", "啥", "什么",
	"多少号人", "多少人", "几点钟", "几点",
)

func hasHan(s string) bool {
	for _, r := range s {
		if unicode.Is(unicode.Han, r) {
			return true
		}
	}
	return false
}

// meaningful reports whether s has any letter, digit or Han character.
func meaningful(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return true
		}
	}
	return false
}
