package bot

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf16"

	"github.com/bwmarrin/discordgo"

	"github.com/eventbot/eventbot/answers"
)

// Discord's limits on what one message may carry. Lengths are counted in
// UTF-16 code units, which is never less than Discord's own count, so a text
// within these limits is within Discord's whatever way it counts.
const (
	maxContent      = 2000
	maxTitle        = 256
	maxDescription  = 4096
	maxFields       = 25
	maxFieldName    = 256
	maxFieldValue   = 1024
	maxFooter       = 2048
	maxAuthor       = 256
	maxEmbedTotal   = 6000
	ellipsis        = "…"
	colorAnswered   = 0x2ECC71
	colorInfo       = 0x5865F2
	ephemeralFlag   = discordgo.MessageFlagsEphemeral
	interactionData = discordgo.InteractionResponseChannelMessageWithSource
)

// reply is what the bot sends back for one question, before it is addressed
// to a channel (as a reply) or to an interaction (as its callback).
type reply struct {
	Content   string
	Embeds    []*discordgo.MessageEmbed
	Ephemeral bool // only honoured for interactions
}

// noMentions allows no mention at all: no @everyone, role, user or replied
// user ping, whatever the text contains.
func noMentions() *discordgo.MessageAllowedMentions {
	return &discordgo.MessageAllowedMentions{Parse: []discordgo.AllowedMentionType{}}
}

// messageSend addresses r as a message in a channel, replying to the message
// ref points at when ref is not nil.
func (r reply) messageSend(ref *discordgo.MessageReference) *discordgo.MessageSend {
	return &discordgo.MessageSend{
		Content:         r.Content,
		Embeds:          r.Embeds,
		Reference:       ref,
		AllowedMentions: noMentions(),
	}
}

// interactionResponse addresses r as the immediate response to an
// interaction.
func (r reply) interactionResponse() *discordgo.InteractionResponse {
	d := &discordgo.InteractionResponseData{
		Content:         r.Content,
		Embeds:          r.Embeds,
		AllowedMentions: noMentions(),
	}
	if r.Ephemeral {
		d.Flags = ephemeralFlag
	}
	return &discordgo.InteractionResponse{Type: interactionData, Data: d}
}

// notice is a short plain reply in the bot's own words; for an interaction
// only the asking user sees it.
func notice(text string) reply {
	return reply{Content: truncate(text, maxContent), Ephemeral: true}
}

// renderAnswer renders an engine answer: an embed with the short answer and
// its cited sentences for an answer, a short plain text for a refusal. srcs
// are the loaded articles, for the footer's source line and for naming the
// article of each citation when there is more than one.
func renderAnswer(a answers.Answer, srcs []answers.Source) reply {
	l := labelsFor(a.Lang)
	if a.Status != answers.Answered {
		msg := strings.TrimSpace(a.Message)
		if msg == "" {
			msg = l.Refused + l.reasonText(a.Reason)
		}
		return notice(msg)
	}

	sourceLine := make(map[string]string, len(srcs))
	for _, s := range srcs {
		sourceLine[s.Name] = s.SourceLine
	}
	e := &discordgo.MessageEmbed{
		Title:       oneLine(a.Question),
		Description: strings.TrimSpace(a.Answer),
		Color:       colorAnswered,
	}
	var footer []string
	seen := map[string]bool{}
	for i, c := range a.Citations {
		name := fmt.Sprintf("%s %d · %s", l.Citation, i+1, locator(c))
		if len(srcs) > 1 && c.Article != "" {
			name += " · " + c.Article
		}
		e.Fields = append(e.Fields, &discordgo.MessageEmbedField{Name: name, Value: quote(c.Text)})
		if line := sourceLine[c.Article]; line != "" && !seen[line] {
			seen[line] = true
			footer = append(footer, line)
		}
	}
	if len(footer) > 0 {
		e.Footer = &discordgo.MessageEmbedFooter{Text: l.Source + strings.Join(footer, l.ListSeparator)}
	}
	fitEmbed(e)
	return reply{Embeds: []*discordgo.MessageEmbed{e}}
}

// renderAbout lists the loaded articles and says how to ask.
func renderAbout(srcs []answers.Source, lang answers.Lang) reply {
	l := labelsFor(lang)
	e := &discordgo.MessageEmbed{Title: l.AboutTitle, Color: colorInfo}
	if len(srcs) == 0 {
		e.Description = l.AboutNone
	}
	shown := srcs
	if len(shown) > maxFields-1 {
		shown = shown[:maxFields-2]
		e.Description = fmt.Sprintf(l.AboutMore, len(srcs)-len(shown))
	}
	for _, s := range shown {
		title := oneLine(s.Title)
		if title == "" {
			title = s.Name
		}
		var v strings.Builder
		v.WriteString(l.AboutFile + s.Name + "\n")
		if s.SourceLine != "" {
			v.WriteString(l.AboutSource + oneLine(s.SourceLine) + "\n")
		}
		fmt.Fprintf(&v, l.AboutParas, s.Paragraphs, s.Body)
		e.Fields = append(e.Fields, &discordgo.MessageEmbedField{Name: title, Value: v.String()})
	}
	e.Fields = append(e.Fields, &discordgo.MessageEmbedField{Name: l.AboutHowTo, Value: l.HowTo})
	fitEmbed(e)
	return reply{Embeds: []*discordgo.MessageEmbed{e}, Ephemeral: true}
}

// locator is a citation's place in its article, such as ¶4.1 for the first
// sentence of paragraph 4.
func locator(c answers.Citation) string {
	if c.Sentence <= 0 {
		return fmt.Sprintf("¶%d", c.Paragraph)
	}
	return fmt.Sprintf("¶%d.%d", c.Paragraph, c.Sentence)
}

// quote renders text as a Markdown block quote.
func quote(text string) string {
	lines := strings.Split(strings.TrimSpace(text), "\n")
	for i, ln := range lines {
		lines[i] = "> " + strings.TrimSpace(ln)
	}
	return strings.Join(lines, "\n")
}

// oneLine collapses runs of white space, newlines included, to one space.
func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

// textLen is the length of s as Discord limits it, in UTF-16 code units.
func textLen(s string) int {
	n := 0
	for _, r := range s {
		n += utf16.RuneLen(r)
	}
	return n
}

// truncate cuts s to at most limit units (textLen), ending it with an
// ellipsis when it cuts, and never splits a character.
func truncate(s string, limit int) string {
	if textLen(s) <= limit {
		return s
	}
	if limit <= 0 {
		return ""
	}
	budget := limit - textLen(ellipsis)
	n, cut := 0, 0
	for i, r := range s {
		w := textLen(string(r))
		if n+w > budget {
			break
		}
		n += w
		cut = i + len(string(r))
	}
	return strings.TrimRightFunc(s[:cut], unicode.IsSpace) + ellipsis
}

// embedLen is the length of an embed as Discord counts it against its total
// limit: title, description, field names and values, footer and author.
func embedLen(e *discordgo.MessageEmbed) int {
	n := textLen(e.Title) + textLen(e.Description)
	for _, f := range e.Fields {
		n += textLen(f.Name) + textLen(f.Value)
	}
	if e.Footer != nil {
		n += textLen(e.Footer.Text)
	}
	if e.Author != nil {
		n += textLen(e.Author.Name)
	}
	return n
}

// fitEmbed makes e respect every Discord limit, cutting text with an
// ellipsis rather than failing: each part to its own limit, then the longest
// parts until the whole is within the total.
func fitEmbed(e *discordgo.MessageEmbed) {
	e.Title = truncate(e.Title, maxTitle)
	e.Description = truncate(e.Description, maxDescription)
	if len(e.Fields) > maxFields {
		e.Fields = e.Fields[:maxFields]
	}
	for _, f := range e.Fields {
		f.Name = truncate(nonEmpty(f.Name), maxFieldName)
		f.Value = truncate(nonEmpty(f.Value), maxFieldValue)
	}
	if e.Footer != nil {
		e.Footer.Text = truncate(e.Footer.Text, maxFooter)
	}
	if e.Author != nil {
		e.Author.Name = truncate(e.Author.Name, maxAuthor)
	}
	for excess := embedLen(e) - maxEmbedTotal; excess > 0; excess = embedLen(e) - maxEmbedTotal {
		parts := []*string{&e.Description, &e.Title}
		for _, f := range e.Fields {
			parts = append(parts, &f.Value, &f.Name)
		}
		if e.Footer != nil {
			parts = append(parts, &e.Footer.Text)
		}
		longest := parts[0]
		for _, p := range parts[1:] {
			if textLen(*p) > textLen(*longest) {
				longest = p
			}
		}
		n := textLen(*longest)
		if n <= 1 {
			return // cannot happen within 25 fields; never loop forever
		}
		*longest = truncate(*longest, max(n-excess, 1))
	}
}

// nonEmpty stands in for an empty field name or value, which Discord rejects.
func nonEmpty(s string) string {
	if strings.TrimSpace(s) == "" {
		return "\u200b"
	}
	return s
}
