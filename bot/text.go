package bot

import (
	"strings"
	"unicode"

	"github.com/eventbot/eventbot/answers"
)

// labels are the bot's own words in one language.
type labels struct {
	Citation      string // field name prefix of a cited sentence
	Source        string // footer prefix of the source attribution
	Refused       string // prefix of a refusal
	Unrelated     string
	NotInArticle  string
	NotAQuestion  string
	TooLong       string // printf format: the limit in characters
	RateLimited   string // printf format: the window
	Apology       string
	HowTo         string
	AboutTitle    string
	AboutFile     string
	AboutSource   string
	AboutParas    string // printf format: paragraphs, body paragraphs
	AboutHowTo    string
	AboutMore     string // printf format: number of articles not listed
	AboutNone     string
	AskDesc       string
	QuestionDesc  string
	AboutDesc     string
	SourcesDesc   string
	ListSeparator string
}

var zhLabels = labels{
	Citation:      "引文",
	Source:        "来源：",
	Refused:       "无法回答：",
	Unrelated:     "这个问题与已加载的文章无关。",
	NotInArticle:  "文章中没有提到这一点。",
	NotAQuestion:  "这看起来不是一个问题，请换个问法。",
	TooLong:       "问题太长了（最多 %d 个字），请缩短后再问。",
	RateLimited:   "提问太快了，请 %s 后再试。",
	Apology:       "抱歉，处理这个问题时出错了，请稍后再试。",
	HowTo:         "用 `/ask question:你的问题` 提问，或者 @我 并写上问题，也可以私信我。例如：`谁被任命为临时首席执行官？`",
	AboutTitle:    "已加载的文章",
	AboutFile:     "文件：",
	AboutSource:   "来源：",
	AboutParas:    "段落：%d（正文 %d）",
	AboutHowTo:    "如何提问",
	AboutMore:     "……还有 %d 篇文章",
	AboutNone:     "尚未加载任何文章。",
	AskDesc:       "就已加载的文章提问",
	QuestionDesc:  "你的问题",
	AboutDesc:     "查看已加载的文章和提问方法",
	SourcesDesc:   "查看已加载的文章及其来源",
	ListSeparator: "；",
}

var enLabels = labels{
	Citation:      "Evidence",
	Source:        "Source: ",
	Refused:       "Can't answer: ",
	Unrelated:     "the question is unrelated to the loaded articles.",
	NotInArticle:  "the article does not say.",
	NotAQuestion:  "that does not look like a question; please rephrase it.",
	TooLong:       "Your question is too long (at most %d characters); please shorten it.",
	RateLimited:   "You are asking too fast; please try again in %s.",
	Apology:       "Sorry, something went wrong while answering; please try again later.",
	HowTo:         "Ask with `/ask question:your question`, mention me with a question, or send me a DM. For example: `Who was named interim CEO?`",
	AboutTitle:    "Loaded articles",
	AboutFile:     "File: ",
	AboutSource:   "Source: ",
	AboutParas:    "Paragraphs: %d (%d body)",
	AboutHowTo:    "How to ask",
	AboutMore:     "…and %d more articles",
	AboutNone:     "No articles are loaded.",
	AskDesc:       "Ask a question about the loaded articles",
	QuestionDesc:  "Your question",
	AboutDesc:     "Show the loaded articles and how to ask",
	SourcesDesc:   "Show the loaded articles and their sources",
	ListSeparator: "; ",
}

// labelsFor returns the labels for a language, Chinese unless it is English.
func labelsFor(l answers.Lang) *labels {
	if l == answers.English {
		return &enLabels
	}
	return &zhLabels
}

// reasonText is the bot's own explanation of a refusal reason.
func (l *labels) reasonText(r answers.Reason) string {
	switch r {
	case answers.UnrelatedContent:
		return l.Unrelated
	case answers.InvalidQuestion:
		return l.NotAQuestion
	default:
		return l.NotInArticle
	}
}

// guessLang tells the language of a text the engine has not seen (a question
// refused before any search): English if it has Latin letters and no Han
// characters, Chinese otherwise.
func guessLang(s string) answers.Lang {
	latin := false
	for _, r := range s {
		if unicode.Is(unicode.Han, r) {
			return answers.Chinese
		}
		if r < unicode.MaxASCII && unicode.IsLetter(r) {
			latin = true
		}
	}
	if latin {
		return answers.English
	}
	return answers.Chinese
}

// localeLang maps a Discord client locale such as "en-US" or "zh-CN" to the
// language of the bot's words; anything but English gets Chinese.
func localeLang(locale string) answers.Lang {
	if strings.HasPrefix(strings.ToLower(locale), "en") {
		return answers.English
	}
	return answers.Chinese
}
