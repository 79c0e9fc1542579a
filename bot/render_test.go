package bot

import (
	"encoding/json"
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/bwmarrin/discordgo"

	"github.com/eventbot/eventbot/answers"
)

// longestSentence is the longest sentence of the default article.
func longestSentence(t *testing.T) string {
	t.Helper()
	b, err := os.ReadFile("../index/default/openai-board-2023.txt")
	if err != nil {
		t.Skipf("default article not found: %v", err)
	}
	longest := ""
	for _, s := range regexp.MustCompile(`[^。！？!?\n]+[。！？!?]?`).FindAllString(string(b), -1) {
		if textLen(s) > textLen(longest) {
			longest = s
		}
	}
	return longest
}

// checkLimits fails the test for any Discord limit e breaks.
func checkLimits(t *testing.T, e *discordgo.MessageEmbed) {
	t.Helper()
	check := func(what, s string, limit int) {
		t.Helper()
		if n := textLen(s); n > limit {
			t.Errorf("%s is %d long, limit %d", what, n, limit)
		}
	}
	check("title", e.Title, maxTitle)
	check("description", e.Description, maxDescription)
	if len(e.Fields) > maxFields {
		t.Errorf("%d fields, limit %d", len(e.Fields), maxFields)
	}
	for _, f := range e.Fields {
		check("field name", f.Name, maxFieldName)
		check("field value", f.Value, maxFieldValue)
		if strings.TrimSpace(f.Name) == "" || strings.TrimSpace(f.Value) == "" {
			t.Errorf("empty field %+v", f)
		}
	}
	if e.Footer != nil {
		check("footer", e.Footer.Text, maxFooter)
	}
	if n := embedLen(e); n > maxEmbedTotal {
		t.Errorf("embed total %d, limit %d", n, maxEmbedTotal)
	}
}

func TestRenderAnswerLimits(t *testing.T) {
	long := longestSentence(t)
	huge := strings.Repeat("很长的句子，", 1000)          // 6,000 characters
	emoji := strings.Repeat("🎉", 3000)              // two UTF-16 units each
	question4000 := strings.Repeat("问", 3999) + "?" // a 4,000-character question
	cite := func(text string, n int) []answers.Citation {
		var cs []answers.Citation
		for i := range n {
			cs = append(cs, answers.Citation{Article: "a.txt", Paragraph: 4, Sentence: i + 1, Text: text})
		}
		return cs
	}
	srcs := []answers.Source{{Name: "a.txt", SourceLine: strings.Repeat("来源", 1500)}, {Name: "b.txt"}}
	tests := []struct {
		name string
		a    answers.Answer
	}{
		{"longest article sentence", answers.Answer{Question: "谁?", Answer: long, Citations: cite(long, 3)}},
		{"4000-character question", answers.Answer{Question: question4000, Answer: "Emmett Shear", Citations: cite(long, 3)}},
		{"everything huge", answers.Answer{Question: question4000, Answer: huge, Citations: cite(huge, 3)}},
		{"emoji", answers.Answer{Question: emoji, Answer: emoji, Citations: cite(emoji, 3)}},
		{"thirty citations", answers.Answer{Question: "?", Answer: "x", Citations: cite(huge, 30)}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			tc.a.Status = answers.Answered
			r := renderAnswer(tc.a, srcs)
			if len(r.Embeds) != 1 {
				t.Fatalf("%d embeds, want 1", len(r.Embeds))
			}
			checkLimits(t, r.Embeds[0])
			if r.Embeds[0].Fields[0].Name == "" || !strings.Contains(r.Embeds[0].Fields[0].Name, "¶4.1") {
				t.Errorf("first field %q lacks its locator", r.Embeds[0].Fields[0].Name)
			}
			for _, b := range [][]byte{mustJSON(t, r.messageSend(nil)), mustJSON(t, r.interactionResponse())} {
				if !strings.Contains(string(b), `"allowed_mentions":{"parse":[],"replied_user":false}`) {
					t.Errorf("allowed mentions not empty: %.200s", b)
				}
			}
		})
	}
}

func mustJSON(t *testing.T, v any) []byte {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestRenderAnswer(t *testing.T) {
	one := []answers.Source{{Name: "openai.txt", SourceLine: "来源：壹娱观察"}}
	two := append(one, answers.Source{Name: "other.txt", SourceLine: "Source: Example"})
	cit := answers.Citation{Article: "openai.txt", Paragraph: 4, Sentence: 1, Text: "Emmett Shear被任命为临时首席执行官。"}
	tests := []struct {
		name        string
		a           answers.Answer
		srcs        []answers.Source
		wantContent string // a refusal's text; "" for an embed
		wantField   string
		wantFooter  string
	}{
		{
			name:       "zh answer, one article",
			a:          answers.Answer{Status: answers.Answered, Answer: "Emmett Shear", Citations: []answers.Citation{cit}, Lang: answers.Chinese},
			srcs:       one,
			wantField:  "引文 1 · ¶4.1",
			wantFooter: "来源：来源：壹娱观察",
		},
		{
			name:       "en answer, two articles name the article",
			a:          answers.Answer{Status: answers.Answered, Answer: "Emmett Shear", Citations: []answers.Citation{cit}, Lang: answers.English},
			srcs:       two,
			wantField:  "Evidence 1 · ¶4.1 · openai.txt",
			wantFooter: "Source: 来源：壹娱观察",
		},
		{
			name:        "refusal uses the engine's message",
			a:           answers.Answer{Status: answers.Refused, Reason: answers.UnrelatedContent, Message: "这个问题与文章无关。"},
			wantContent: "这个问题与文章无关。",
		},
		{
			name:        "refusal without message says why, in English",
			a:           answers.Answer{Status: answers.Refused, Reason: answers.InvalidQuestion, Lang: answers.English},
			wantContent: "Can't answer: that does not look like a question; please rephrase it.",
		},
		{
			name:        "refusal without message, not in article",
			a:           answers.Answer{Status: answers.Refused, Reason: answers.NotInArticle},
			wantContent: "无法回答：文章中没有提到这一点。",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := renderAnswer(tc.a, tc.srcs)
			if tc.wantContent != "" {
				if r.Content != tc.wantContent || len(r.Embeds) != 0 || !r.Ephemeral {
					t.Errorf("refusal = %+v, want ephemeral text %q and no embed", r, tc.wantContent)
				}
				return
			}
			e := r.Embeds[0]
			if e.Fields[0].Name != tc.wantField {
				t.Errorf("field name = %q, want %q", e.Fields[0].Name, tc.wantField)
			}
			if e.Fields[0].Value != "> "+cit.Text {
				t.Errorf("field value = %q, want a quote", e.Fields[0].Value)
			}
			if e.Footer == nil || e.Footer.Text != tc.wantFooter {
				t.Errorf("footer = %+v, want %q", e.Footer, tc.wantFooter)
			}
			if e.Description != "Emmett Shear" {
				t.Errorf("description = %q", e.Description)
			}
		})
	}
}

func TestRenderAbout(t *testing.T) {
	var many []answers.Source
	for range 40 {
		many = append(many, answers.Source{Name: "x.txt", Title: strings.Repeat("标题", 300), SourceLine: "来源", Paragraphs: 3, Body: 2})
	}
	tests := []struct {
		name string
		srcs []answers.Source
		lang answers.Lang
		want string
	}{
		{"none", nil, answers.Chinese, zhLabels.AboutNone},
		{"one en", []answers.Source{{Name: "a.txt", Title: "Headline", SourceLine: "Source: X", Paragraphs: 5, Body: 4}}, answers.English, "Paragraphs: 5 (4 body)"},
		{"forty", many, answers.Chinese, "还有 17 篇"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := renderAbout(tc.srcs, tc.lang)
			e := r.Embeds[0]
			checkLimits(t, e)
			if !strings.Contains(string(mustJSON(t, e)), tc.want) {
				t.Errorf("about lacks %q: %s", tc.want, mustJSON(t, e))
			}
			if last := e.Fields[len(e.Fields)-1]; last.Value != labelsFor(tc.lang).HowTo {
				t.Errorf("last field %q, want the how-to", last.Name)
			}
		})
	}
}

func TestTruncate(t *testing.T) {
	tests := []struct {
		in    string
		limit int
		want  string
	}{
		{"abc", 3, "abc"},
		{"abcd", 3, "ab…"},
		{"ab cd", 4, "ab…"},
		{"问题问题", 3, "问题…"},
		{"🎉🎉🎉", 5, "🎉🎉…"}, // never half an emoji
		{"🎉🎉🎉", 2, "…"},
		{"abc", 0, ""},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			if got := truncate(tc.in, tc.limit); got != tc.want {
				t.Errorf("truncate(%q, %d) = %q, want %q", tc.in, tc.limit, got, tc.want)
			}
		})
	}
}

func TestLanguage(t *testing.T) {
	tests := []struct {
		text string
		want answers.Lang
	}{
		{"谁被解雇了?", answers.Chinese},
		{"Who was fired?", answers.English},
		{"Altman是谁", answers.Chinese},
		{"???", answers.Chinese},
		{"", answers.Chinese},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			if got := guessLang(tc.text); got != tc.want {
				t.Errorf("guessLang(%q) = %s, want %s", tc.text, got, tc.want)
			}
		})
	}
}

func TestMentions(t *testing.T) {
	const self = "100"
	tests := []struct {
		name      string
		m         discordgo.Message
		mentioned bool
		question  string
	}{
		{"listed", discordgo.Message{Content: "<@100> 谁被解雇了?", Mentions: []*discordgo.User{{ID: "100"}}}, true, "谁被解雇了?"},
		{"nickname form, unlisted", discordgo.Message{Content: "hey <@!100> who?"}, true, "hey   who?"},
		{"someone else", discordgo.Message{Content: "<@200> 谁?", Mentions: []*discordgo.User{{ID: "200"}}}, false, "<@200> 谁?"},
		{"only the mention", discordgo.Message{Content: "<@100>", Mentions: []*discordgo.User{{ID: "100"}}}, true, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := mentions(&tc.m, self); got != tc.mentioned {
				t.Errorf("mentions = %v, want %v", got, tc.mentioned)
			}
			if got := stripMention(tc.m.Content, self); got != tc.question {
				t.Errorf("stripMention = %q, want %q", got, tc.question)
			}
		})
	}
}
