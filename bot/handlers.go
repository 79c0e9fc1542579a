package bot

import (
	"fmt"
	"runtime/debug"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/bwmarrin/discordgo"

	"github.com/eventbot/eventbot/answers"
)

// via is how a question reached the bot.
type via string

const (
	viaSlash   via = "slash"
	viaMention via = "mention"
	viaDM      via = "dm"
	viaAbout   via = "about"
)

// Outcomes the bot itself gives a question, beside the engine's answered and
// refused.
const (
	statusRateLimited = "rate_limited"
	statusHowTo       = "howto"
	statusError       = "error"
	reasonTooLong     = "too_long"
)

// Command names.
const (
	cmdAsk      = "ask"
	cmdAbout    = "about"
	cmdSources  = "sources"
	optQuestion = "question"
)

func (b *Bot) self() string {
	if p := b.selfID.Load(); p != nil {
		return *p
	}
	return ""
}

func (b *Bot) onReady(s *discordgo.Session, r *discordgo.Ready) {
	guilds := len(r.Guilds)
	var userID, name string
	if r.User != nil {
		userID, name = r.User.ID, r.User.Username
		b.selfID.Store(&userID)
	}
	b.setReady(true)
	b.log.Info("ready", "user", name, "user_id", userID, "guilds", guilds,
		"shard_id", b.opts.ShardID, "shard_count", b.opts.ShardCount)
	appID := userID // a bot's user ID is its application's ID
	if r.Application != nil && r.Application.ID != "" {
		appID = r.Application.ID
	}
	b.registerOnce.Do(func() { b.spawn("register commands", nil, func() { b.register(s, appID) }) })
}

func (b *Bot) onResumed(_ *discordgo.Session, _ *discordgo.Resumed) {
	b.setReady(true)
	b.log.Info("resumed")
}

func (b *Bot) onDisconnect(s *discordgo.Session, _ *discordgo.Disconnect) {
	b.setReady(false)
	if b.stopping.Load() {
		return
	}
	b.metrics.disconnect.Inc()
	b.log.Warn("gateway disconnected")
	select {
	case b.disconnected <- s:
	default:
	}
}

// register overwrites the bot's application commands: for one guild, which
// applies at once, or globally.
func (b *Bot) register(s *discordgo.Session, appID string) {
	if appID == "" {
		u, err := s.User("@me")
		if err != nil {
			b.log.Error("register commands: no application ID", "error", err)
			return
		}
		appID = u.ID
		b.selfID.CompareAndSwap(nil, &appID)
	}
	scope := "global"
	if b.opts.GuildID != "" {
		scope = "guild"
	}
	cmds, err := s.ApplicationCommandBulkOverwrite(appID, b.opts.GuildID, commands(b.opts.MaxQuestion))
	if err != nil {
		b.log.Error("register commands", "scope", scope, "guild_id", b.opts.GuildID, "error", err)
		return
	}
	b.log.Info("commands registered", "scope", scope, "guild_id", b.opts.GuildID, "count", len(cmds))
}

// commands are the bot's slash commands, described in Chinese with English
// localisations.
func commands(maxQuestion int) []*discordgo.ApplicationCommand {
	contexts := &[]discordgo.InteractionContextType{discordgo.InteractionContextGuild, discordgo.InteractionContextBotDM}
	en := func(s string) *map[discordgo.Locale]string {
		return &map[discordgo.Locale]string{discordgo.EnglishUS: s, discordgo.EnglishGB: s}
	}
	return []*discordgo.ApplicationCommand{
		{
			Name:                     cmdAsk,
			Description:              zhLabels.AskDesc,
			DescriptionLocalizations: en(enLabels.AskDesc),
			Contexts:                 contexts,
			Options: []*discordgo.ApplicationCommandOption{{
				Type:                     discordgo.ApplicationCommandOptionString,
				Name:                     optQuestion,
				Description:              zhLabels.QuestionDesc,
				DescriptionLocalizations: *en(enLabels.QuestionDesc),
				Required:                 true,
				MaxLength:                min(maxQuestion, 6000),
			}},
		},
		{Name: cmdAbout, Description: zhLabels.AboutDesc, DescriptionLocalizations: en(enLabels.AboutDesc), Contexts: contexts},
		{Name: cmdSources, Description: zhLabels.SourcesDesc, DescriptionLocalizations: en(enLabels.SourcesDesc), Contexts: contexts},
	}
}

// spawn runs fn in a goroutine that shutdown waits for, unless the bot is
// shutting down. A panic in fn is logged and, if apologise is not nil,
// answered with an apology; the bot keeps running.
func (b *Bot) spawn(name string, apologise func(), fn func()) {
	b.mu.Lock()
	if b.closing {
		b.mu.Unlock()
		return
	}
	b.inflight.Add(1)
	b.mu.Unlock()
	go func() {
		defer b.inflight.Done()
		defer func() {
			r := recover()
			if r == nil {
				return
			}
			b.log.Error("handler panic", "handler", name, "panic", fmt.Sprint(r), "stack", string(debug.Stack()))
			if apologise != nil {
				defer func() {
					if r := recover(); r != nil {
						b.log.Error("apology panic", "handler", name, "panic", fmt.Sprint(r))
					}
				}()
				apologise()
			}
		}()
		fn()
	}()
}

// onMessageCreate answers a DM, or a guild message that mentions the bot, as
// a reply. Messages from bots, webhooks and the system are ignored.
func (b *Bot) onMessageCreate(s *discordgo.Session, m *discordgo.MessageCreate) {
	if m.Message == nil || m.Author == nil || m.Author.Bot || m.Author.System || m.WebhookID != "" {
		return
	}
	self := b.self()
	if self != "" && m.Author.ID == self {
		return
	}
	if m.Type != discordgo.MessageTypeDefault && m.Type != discordgo.MessageTypeReply {
		return
	}
	v := viaDM
	if m.GuildID != "" {
		if !mentions(m.Message, self) {
			return
		}
		v = viaMention
	}
	msg := m.Message
	question := stripMention(msg.Content, self)
	ref := &discordgo.MessageReference{MessageID: msg.ID, ChannelID: msg.ChannelID, GuildID: msg.GuildID, FailIfNotExists: new(false)}
	send := func(r reply) error {
		_, err := s.ChannelMessageSendComplex(msg.ChannelID, r.messageSend(ref))
		return err
	}
	start := time.Now()
	q := question
	apologise := func() {
		b.logQuestion(v, msg.Author.ID, msg.GuildID, msg.ChannelID, q, outcome{status: statusError}, time.Since(start), nil)
		if err := send(notice(labelsFor(guessLang(q)).Apology)); err != nil {
			b.log.Warn("send apology", "error", err)
		}
	}
	b.spawn("message", apologise, func() {
		o := b.ask(msg.Author.ID, v, q, guessLang(q), false)
		var err error
		if !o.silent {
			err = send(o.reply)
		}
		b.logQuestion(v, msg.Author.ID, msg.GuildID, msg.ChannelID, q, o, time.Since(start), err)
	})
}

// onInteractionCreate answers the /ask, /about and /sources commands.
func (b *Bot) onInteractionCreate(s *discordgo.Session, ic *discordgo.InteractionCreate) {
	if ic.Interaction == nil || ic.Type != discordgo.InteractionApplicationCommand {
		return
	}
	data, ok := ic.Data.(discordgo.ApplicationCommandInteractionData)
	if !ok {
		return
	}
	i := ic.Interaction
	userID := ""
	if i.Member != nil && i.Member.User != nil {
		userID = i.Member.User.ID
	} else if i.User != nil {
		userID = i.User.ID
	}
	responded := false
	respond := func(r reply) error {
		responded = true
		return s.InteractionRespond(i, r.interactionResponse())
	}
	start := time.Now()
	question := optionString(data.Options, optQuestion)
	v := viaSlash
	if data.Name != cmdAsk {
		v = viaAbout
	}
	apologise := func() {
		b.logQuestion(v, userID, i.GuildID, i.ChannelID, question, outcome{status: statusError}, time.Since(start), nil)
		lang := localeLang(string(i.Locale))
		if question != "" {
			lang = guessLang(question)
		}
		r := notice(labelsFor(lang).Apology)
		var err error
		if responded {
			_, err = s.FollowupMessageCreate(i, true, &discordgo.WebhookParams{Content: r.Content, AllowedMentions: noMentions(), Flags: ephemeralFlag})
		} else {
			err = respond(r)
		}
		if err != nil {
			b.log.Warn("send apology", "error", err)
		}
	}
	b.spawn(data.Name, apologise, func() {
		var o outcome
		switch data.Name {
		case cmdAsk:
			lang := guessLang(question)
			if strings.TrimSpace(question) == "" {
				lang = localeLang(string(i.Locale))
			}
			o = b.ask(userID, viaSlash, question, lang, true)
		default: // about, sources, or a command this version does not know
			o = outcome{reply: renderAbout(b.answerer.Sources(), localeLang(string(i.Locale))), status: "listed"}
		}
		err := respond(o.reply)
		b.logQuestion(v, userID, i.GuildID, i.ChannelID, question, o, time.Since(start), err)
	})
}

// outcome is what the bot does with one question.
type outcome struct {
	reply  reply
	silent bool // send nothing
	kind   answers.Kind
	status string
	reason string
}

// ask decides on one question from user: the rate limit, the length limit,
// then the engine. mustReply is set for interactions, which must always be
// answered, so an over-limit user gets a notice each time (only they see it).
func (b *Bot) ask(user string, v via, question string, lang answers.Lang, mustReply bool) outcome {
	l := labelsFor(lang)
	now := time.Now()
	switch b.limiter.check(user, now) {
	case denySilent:
		if !mustReply {
			return outcome{silent: true, status: statusRateLimited}
		}
		fallthrough
	case denyNotify:
		wait := b.limiter.retryIn(user, now).Round(time.Second)
		wait = max(wait, time.Second)
		return outcome{reply: notice(fmt.Sprintf(l.RateLimited, wait)), status: statusRateLimited}
	}
	question = strings.TrimSpace(question)
	if question == "" {
		return outcome{reply: notice(l.HowTo), status: statusHowTo}
	}
	if utf8.RuneCountInString(question) > b.opts.MaxQuestion {
		return outcome{
			reply:  notice(fmt.Sprintf(l.TooLong, b.opts.MaxQuestion)),
			status: string(answers.Refused),
			reason: reasonTooLong,
		}
	}
	a := b.answerer.Answer(question)
	if a.Lang == "" {
		a.Lang = lang
	}
	return outcome{
		reply:  renderAnswer(a, b.answerer.Sources()),
		kind:   a.Kind,
		status: string(a.Status),
		reason: string(a.Reason),
	}
}

// logQuestion writes the one log line and the metrics of a question.
func (b *Bot) logQuestion(v via, user, guild, channel, question string, o outcome, latency time.Duration, sendErr error) {
	kind := string(o.kind)
	if kind == "" {
		kind = "none"
	}
	b.metrics.questions.WithLabelValues(string(v), kind, o.status, o.reason).Inc()
	b.metrics.latency.WithLabelValues(string(v)).Observe(latency.Seconds())
	attrs := []any{
		"via", v, "kind", kind, "status", o.status, "reason", o.reason,
		"latency", latency, "user_id", user, "guild_id", guild, "channel_id", channel,
	}
	if o.silent {
		attrs = append(attrs, "silent", true)
	}
	if b.opts.LogQuestions {
		attrs = append(attrs, "question", question)
	}
	if sendErr != nil {
		b.log.Warn("question", append(attrs, "error", sendErr)...)
		return
	}
	b.log.Info("question", attrs...)
}

// optionString is the string value of the named option, or "".
func optionString(opts []*discordgo.ApplicationCommandInteractionDataOption, name string) string {
	for _, o := range opts {
		if o != nil && o.Name == name {
			if s, ok := o.Value.(string); ok {
				return s
			}
			return fmt.Sprint(o.Value)
		}
	}
	return ""
}

// mentions reports whether m mentions the user self, by its mention list or,
// for a sender that leaves the list empty, by its text.
func mentions(m *discordgo.Message, self string) bool {
	if self == "" {
		return false
	}
	for _, u := range m.Mentions {
		if u != nil && u.ID == self {
			return true
		}
	}
	return strings.Contains(m.Content, "<@"+self+">") || strings.Contains(m.Content, "<@!"+self+">")
}

// stripMention removes the bot's own mentions from a message's text.
func stripMention(content, self string) string {
	if self != "" {
		content = strings.ReplaceAll(content, "<@"+self+">", " ")
		content = strings.ReplaceAll(content, "<@!"+self+">", " ")
	}
	return strings.TrimSpace(content)
}
