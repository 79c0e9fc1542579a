package bot

import (
	"context"
	"encoding/json"
	"errors"
	"io"
	"log/slog"
	"net/http"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/eventbot/eventbot/answers"
	"github.com/eventbot/eventbot/bot/fakediscord"
)

// fakeAnswerer is an Answerer built from function fields.
type fakeAnswerer struct {
	AnswerFunc  func(q string) answers.Answer
	SourcesFunc func() []answers.Source
	calls       atomic.Int64
}

func (f *fakeAnswerer) Answer(q string) answers.Answer {
	f.calls.Add(1)
	return f.AnswerFunc(q)
}

func (f *fakeAnswerer) Sources() []answers.Source { return f.SourcesFunc() }

const (
	qCEO   = "谁被任命为临时首席执行官?"
	qAd    = "华硕ProArt显示器双十一期间多少钱?"
	qPanic = "请你崩溃一下?"
)

// testAnswerer knows one answer and one refusal, and panics on qPanic.
func testAnswerer() *fakeAnswerer {
	return &fakeAnswerer{
		AnswerFunc: func(q string) answers.Answer {
			switch q {
			case qCEO:
				return answers.Answer{
					Question: q, Status: answers.Answered, Kind: answers.KindWho, Answer: "Emmett Shear", Lang: answers.Chinese,
					Citations: []answers.Citation{{Article: "openai.txt", Paragraph: 4, Sentence: 1, Text: "OpenAI任命Twitch联合创始人Emmett Shear为临时首席执行官。"}},
				}
			case qPanic:
				panic("boom")
			case qAd:
				return answers.Answer{Question: q, Status: answers.Refused, Kind: answers.KindHowMany, Reason: answers.UnrelatedContent, Message: "这个问题与文章无关。", Lang: answers.Chinese}
			}
			return answers.Answer{Question: q, Status: answers.Refused, Kind: answers.KindOther, Reason: answers.NotInArticle, Lang: answers.Chinese}
		},
		SourcesFunc: func() []answers.Source {
			return []answers.Source{{Name: "openai.txt", Title: "OpenAI董事会解雇奥尔特曼", SourceLine: "来源：示例新闻社", Paragraphs: 12, Body: 10}}
		},
	}
}

// callback is the JSON of an interaction callback or channel message we
// assert on.
type sent struct {
	Type int `json:"type"`
	Data *struct {
		Content         string          `json:"content"`
		Flags           int             `json:"flags"`
		Embeds          []embedJSON     `json:"embeds"`
		AllowedMentions json.RawMessage `json:"allowed_mentions"`
	} `json:"data"`
	Content          string          `json:"content"`
	Embeds           []embedJSON     `json:"embeds"`
	AllowedMentions  json.RawMessage `json:"allowed_mentions"`
	MessageReference *struct {
		MessageID string `json:"message_id"`
	} `json:"message_reference"`
}

type embedJSON struct {
	Title       string `json:"title"`
	Description string `json:"description"`
	Fields      []struct {
		Name  string `json:"name"`
		Value string `json:"value"`
	} `json:"fields"`
	Footer *struct {
		Text string `json:"text"`
	} `json:"footer"`
}

func decodeSent(t *testing.T, r fakediscord.Request) sent {
	t.Helper()
	var s sent
	if err := r.JSON(&s); err != nil {
		t.Fatalf("decode %s %s: %v\n%s", r.Method, r.Path, err, r.Body)
	}
	return s
}

// assertNoMentions fails unless allowed mentions permit nothing.
func assertNoMentions(t *testing.T, raw json.RawMessage) {
	t.Helper()
	var am struct {
		Parse       *[]string `json:"parse"`
		Users       []string  `json:"users"`
		Roles       []string  `json:"roles"`
		RepliedUser bool      `json:"replied_user"`
	}
	if err := json.Unmarshal(raw, &am); err != nil || am.Parse == nil || len(*am.Parse) != 0 || len(am.Users)+len(am.Roles) != 0 || am.RepliedUser {
		t.Errorf("allowed_mentions = %s, want {\"parse\":[]} allowing nothing", raw)
	}
}

// harness is a Bot running against a fake Discord.
type harness struct {
	fake *fakediscord.Server
	bot  *Bot
	ans  *fakeAnswerer
	done chan error
	stop context.CancelFunc
}

func startBot(t *testing.T, opts Options, logs ...io.Writer) *harness {
	t.Helper()
	fake := fakediscord.New(fakediscord.Config{Guilds: []string{"g1"}})
	t.Cleanup(fake.Close)
	opts.Token = fake.Config().Token
	opts.APIBase = fake.URL
	if opts.HTTPAddr == "" {
		opts.HTTPAddr = "127.0.0.1:0"
	}
	if opts.OpenTimeout == 0 {
		opts.OpenTimeout = 5 * time.Second
	}
	opts.ShutdownTimeout = 3 * time.Second
	ans := testAnswerer()
	logger := slog.New(slog.NewTextHandler(io.MultiWriter(append(logs, testLog(t))...), &slog.HandlerOptions{Level: slog.LevelDebug}))
	b, err := New(opts, ans, logger)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	h := &harness{fake: fake, bot: b, ans: ans, done: make(chan error, 1), stop: cancel}
	go func() { h.done <- b.Run(ctx) }()
	t.Cleanup(func() {
		cancel()
		select {
		case <-h.done:
		case <-time.After(10 * time.Second):
			t.Error("Run did not return after cancel")
		}
	})
	wctx, wcancel := context.WithTimeout(ctx, 5*time.Second)
	defer wcancel()
	if err := fake.WaitSession(wctx); err != nil {
		t.Fatalf("bot never identified: %v", err)
	}
	waitFor(t, "bot ready", b.Ready)
	return h
}

// testLog collects a test's log output, shows it if the test fails, and
// fails the test if any line carries the fake's token. (discordgo logs
// through a global, so a line may land in another test's log; a buffer,
// unlike t.Log, is safe to write after its test has ended.)
func testLog(t *testing.T) io.Writer {
	var buf syncBuffer
	t.Cleanup(func() {
		out := buf.String()
		if strings.Contains(out, fakediscord.DefaultToken) {
			t.Error("the token appears in the logs")
		}
		if t.Failed() {
			t.Log(out)
		}
	})
	return &buf
}

func waitFor(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(5 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(5 * time.Millisecond)
	}
}

// await waits for the first request after skip that match accepts.
func (h *harness) await(t *testing.T, skip int, what string, match func(fakediscord.Request) bool) fakediscord.Request {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	r, err := h.fake.WaitRequest(ctx, skip, match)
	if err != nil {
		t.Fatalf("waiting for %s: %v\nrequests: %+v", what, err, h.fake.Requests())
	}
	return r
}

func isPost(pathSuffix string) func(fakediscord.Request) bool {
	return func(r fakediscord.Request) bool {
		return r.Method == http.MethodPost && strings.HasSuffix(r.Path, pathSuffix) && r.Status < 300
	}
}

func httpGet(t *testing.T, url string) (int, string) {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b)
}

func TestEndToEnd(t *testing.T) {
	t.Parallel()
	h := startBot(t, Options{})
	human := fakediscord.User{ID: "42", Username: "alice"}

	t.Run("identify", func(t *testing.T) {
		ids := h.fake.Identifies()
		if len(ids) != 1 {
			t.Fatalf("identifies = %d, want 1", len(ids))
		}
		var id struct {
			Token   string `json:"token"`
			Intents int    `json:"intents"`
		}
		json.Unmarshal(ids[0], &id)
		const privileged = 1<<1 | 1<<8 | 1<<15 // members, presences, message content
		if id.Intents&privileged != 0 || id.Intents&(1<<9) == 0 || id.Intents&(1<<12) == 0 {
			t.Errorf("intents = %b, want guild and direct messages, nothing privileged", id.Intents)
		}
		if id.Token != fakediscord.DefaultToken {
			t.Errorf("identify token is not the bare token")
		}
	})

	t.Run("commands registered globally", func(t *testing.T) {
		r := h.await(t, 0, "command registration", func(r fakediscord.Request) bool { return r.Method == http.MethodPut })
		if want := "/api/v9/applications/" + fakediscord.DefaultBotID + "/commands"; r.Path != want {
			t.Errorf("path = %s, want %s", r.Path, want)
		}
		var cmds []struct{ Name string }
		r.JSON(&cmds)
		var names []string
		for _, c := range cmds {
			names = append(names, c.Name)
		}
		if got := strings.Join(names, ","); got != "ask,about,sources" {
			t.Errorf("commands = %s", got)
		}
	})

	t.Run("healthz ready", func(t *testing.T) {
		if code, _ := httpGet(t, "http://"+h.bot.HTTPAddr()+"/healthz"); code != http.StatusOK {
			t.Errorf("healthz = %d, want 200", code)
		}
	})

	cases := []struct {
		name      string
		slash     bool
		guild     string
		question  string
		wantText  string // in the description (answer) or the content (refusal)
		wantCite  string // in a field name; "" means no embed at all
		ephemeral bool
	}{
		{name: "slash answer", slash: true, guild: "g1", question: qCEO, wantText: "Emmett Shear", wantCite: "¶4.1"},
		{name: "slash refusal", slash: true, guild: "g1", question: qAd, wantText: "无关", ephemeral: true},
		{name: "slash too long", slash: true, guild: "g1", question: strings.Repeat("长", 501), wantText: "太长"},
		{name: "mention answer", guild: "g1", question: qCEO, wantText: "Emmett Shear", wantCite: "¶4.1"},
		{name: "mention refusal", guild: "g1", question: qAd, wantText: "无关"},
		{name: "mention without question", guild: "g1", question: "", wantText: "/ask"},
		{name: "dm answer", question: qCEO, wantText: "Emmett Shear", wantCite: "¶4.1"},
		{name: "panic apologises", guild: "g1", question: qPanic, wantText: "抱歉"},
		{name: "english too long", slash: true, question: strings.Repeat("why ", 200), wantText: "too long"},
	}
	for i, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			skip := len(h.fake.Requests())
			user := human
			user.ID = "u" + string(rune('a'+i)) // one user per case, clear of the rate limit
			var r fakediscord.Request
			var msgID string
			if tc.slash {
				id, err := h.fake.SendInteraction(fakediscord.Interaction{GuildID: tc.guild, ChannelID: "c1", User: user, Command: "ask", Options: map[string]string{"question": tc.question}, Locale: "zh-CN"})
				if err != nil {
					t.Fatal(err)
				}
				r = h.await(t, skip, "interaction callback", isPost("/interactions/"+id+"/itoken"+id+"/callback"))
			} else {
				var err error
				msgID, err = h.fake.SendMessage(fakediscord.Message{ChannelID: "c-" + tc.name, GuildID: tc.guild, Author: user, Content: tc.question, MentionBot: tc.guild != ""})
				if err != nil {
					t.Fatal(err)
				}
				r = h.await(t, skip, "reply", isPost("/channels/c-"+tc.name+"/messages"))
			}
			s := decodeSent(t, r)
			content, embeds, am, flags := s.Content, s.Embeds, s.AllowedMentions, 0
			if tc.slash {
				if s.Type != 4 || s.Data == nil {
					t.Fatalf("callback type %d, want 4 with data: %s", s.Type, r.Body)
				}
				content, embeds, am, flags = s.Data.Content, s.Data.Embeds, s.Data.AllowedMentions, s.Data.Flags
			} else if s.MessageReference == nil || s.MessageReference.MessageID != msgID {
				t.Errorf("message_reference = %+v, want message %s", s.MessageReference, msgID)
			}
			assertNoMentions(t, am)
			if tc.ephemeral && flags&64 == 0 {
				t.Errorf("flags = %d, want ephemeral", flags)
			}
			if tc.wantCite == "" {
				if len(embeds) != 0 {
					t.Errorf("got %d embeds, want a plain reply citing nothing: %s", len(embeds), r.Body)
				}
				if !strings.Contains(content, tc.wantText) {
					t.Errorf("content = %q, want it to contain %q", content, tc.wantText)
				}
				return
			}
			if len(embeds) != 1 {
				t.Fatalf("got %d embeds, want 1: %s", len(embeds), r.Body)
			}
			e := embeds[0]
			if !strings.Contains(e.Description, tc.wantText) {
				t.Errorf("description = %q, want %q", e.Description, tc.wantText)
			}
			if len(e.Fields) == 0 || !strings.Contains(e.Fields[0].Name, tc.wantCite) || !strings.HasPrefix(e.Fields[0].Value, "> ") {
				t.Errorf("fields = %+v, want a quoted citation %s", e.Fields, tc.wantCite)
			}
			if e.Footer == nil || !strings.Contains(e.Footer.Text, "示例新闻社") {
				t.Errorf("footer = %+v, want the source line", e.Footer)
			}
		})
	}

	t.Run("about", func(t *testing.T) {
		skip := len(h.fake.Requests())
		id, _ := h.fake.SendInteraction(fakediscord.Interaction{GuildID: "g1", ChannelID: "c1", User: human, Command: "about", Locale: "en-US"})
		s := decodeSent(t, h.await(t, skip, "about callback", isPost("/interactions/"+id+"/itoken"+id+"/callback")))
		if s.Data == nil || len(s.Data.Embeds) != 1 || !strings.Contains(s.Data.Embeds[0].Fields[0].Value, "openai.txt") {
			t.Fatalf("about = %+v", s.Data)
		}
		if s.Data.Embeds[0].Title != enLabels.AboutTitle {
			t.Errorf("title = %q, want English for an en-US user", s.Data.Embeds[0].Title)
		}
	})

	t.Run("bot messages ignored", func(t *testing.T) {
		skip := len(h.fake.Requests())
		calls := h.ans.calls.Load()
		botUser := fakediscord.User{ID: "77", Username: "otherbot", Bot: true}
		self := fakediscord.User{ID: fakediscord.DefaultBotID, Username: "eventbot", Bot: true}
		for _, u := range []fakediscord.User{botUser, self} {
			if _, err := h.fake.SendMessage(fakediscord.Message{ChannelID: "c-bots", GuildID: "g1", Author: u, Content: qCEO, MentionBot: true}); err != nil {
				t.Fatal(err)
			}
		}
		// A human's question afterwards: once it is answered, the bots'
		// messages, dispatched earlier, have been handled.
		h.fake.SendMessage(fakediscord.Message{ChannelID: "c-after-bots", Author: fakediscord.User{ID: "43", Username: "bob"}, Content: qCEO})
		h.await(t, skip, "sentinel reply", isPost("/channels/c-after-bots/messages"))
		for _, r := range h.fake.Requests()[skip:] {
			if strings.Contains(r.Path, "c-bots") {
				t.Errorf("bot message answered: %s %s", r.Method, r.Path)
			}
		}
		if got := h.ans.calls.Load() - calls; got != 1 {
			t.Errorf("answerer called %d times, want 1 (the human only)", got)
		}
	})

	t.Run("rate limit notifies once", func(t *testing.T) {
		skip := len(h.fake.Requests())
		flood := fakediscord.User{ID: "flood", Username: "mallory"}
		for range DefaultRateCount + 3 {
			h.fake.SendMessage(fakediscord.Message{ChannelID: "c-flood", Author: flood, Content: qCEO})
		}
		h.fake.SendMessage(fakediscord.Message{ChannelID: "c-after-flood", Author: fakediscord.User{ID: "44", Username: "carol"}, Content: qCEO})
		h.await(t, skip, "sentinel reply", isPost("/channels/c-after-flood/messages"))
		waitFor(t, "flood replies", func() bool {
			n := 0
			for _, r := range h.fake.Requests()[skip:] {
				if strings.Contains(r.Path, "c-flood") {
					n++
				}
			}
			return n >= DefaultRateCount+1
		})
		time.Sleep(50 * time.Millisecond) // let any extra reply show itself
		var answers, notices int
		for _, r := range h.fake.Requests()[skip:] {
			if !strings.Contains(r.Path, "c-flood") {
				continue
			}
			if s := decodeSent(t, r); len(s.Embeds) == 1 {
				answers++
			} else if strings.Contains(s.Content, "太快") {
				notices++
			}
		}
		if answers != DefaultRateCount || notices != 1 {
			t.Errorf("answers = %d, notices = %d; want %d and 1", answers, notices, DefaultRateCount)
		}
	})

	t.Run("429 is retried", func(t *testing.T) {
		skip := len(h.fake.Requests())
		h.fake.RateLimitNext(1, 50*time.Millisecond)
		h.fake.SendMessage(fakediscord.Message{ChannelID: "c-429", GuildID: "g1", Author: fakediscord.User{ID: "45", Username: "dave"}, Content: qCEO, MentionBot: true})
		r := h.await(t, skip, "reply after 429", isPost("/channels/c-429/messages"))
		if len(decodeSent(t, r).Embeds) != 1 {
			t.Errorf("retried reply lost its embed: %s", r.Body)
		}
		var limited int
		for _, r := range h.fake.Requests()[skip:] {
			if r.Status == http.StatusTooManyRequests {
				limited++
			}
		}
		if limited != 1 {
			t.Errorf("429 responses = %d, want 1", limited)
		}
	})

	t.Run("resume after dropped connection", func(t *testing.T) {
		h.fake.DropConnection()
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		if err := h.fake.WaitResumes(ctx, 1); err != nil {
			t.Fatalf("no resume: %v", err)
		}
		waitFor(t, "ready after resume", h.bot.Ready)
		if n := len(h.fake.Identifies()); n != 1 {
			t.Errorf("identifies = %d, want 1 (resumed, not re-identified)", n)
		}
		skip := len(h.fake.Requests())
		id, err := h.fake.SendInteraction(fakediscord.Interaction{GuildID: "g1", ChannelID: "c1", User: fakediscord.User{ID: "46", Username: "erin"}, Command: "ask", Options: map[string]string{"question": qCEO}})
		if err != nil {
			t.Fatal(err)
		}
		s := decodeSent(t, h.await(t, skip, "answer after resume", isPost("/interactions/"+id+"/itoken"+id+"/callback")))
		if s.Data == nil || len(s.Data.Embeds) != 1 || !strings.Contains(s.Data.Embeds[0].Description, "Emmett Shear") {
			t.Errorf("answer after resume = %+v", s.Data)
		}
	})

	t.Run("healthz 503 while disconnected", func(t *testing.T) {
		url := "http://" + h.bot.HTTPAddr() + "/healthz"
		h.fake.HoldGateway(true)
		h.fake.DropConnection()
		waitFor(t, "healthz 503", func() bool { code, _ := httpGet(t, url); return code == http.StatusServiceUnavailable })
		h.fake.HoldGateway(false)
		waitFor(t, "healthz 200", func() bool { code, _ := httpGet(t, url); return code == http.StatusOK })
	})

	t.Run("identify again after invalid session", func(t *testing.T) {
		before := len(h.fake.Identifies())
		h.fake.InvalidateSessions()
		h.fake.DropConnection()
		waitFor(t, "a new identify", func() bool { return len(h.fake.Identifies()) > before })
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		if err := h.fake.WaitSession(ctx); err != nil {
			t.Fatal(err)
		}
		skip := len(h.fake.Requests())
		h.fake.SendMessage(fakediscord.Message{ChannelID: "c-reidentified", Author: fakediscord.User{ID: "47", Username: "frank"}, Content: qCEO})
		h.await(t, skip, "answer after identify", isPost("/channels/c-reidentified/messages"))
		var puts int
		for _, r := range h.fake.Requests() {
			if r.Method == http.MethodPut {
				puts++
			}
		}
		if puts != 1 {
			t.Errorf("commands registered %d times, want once", puts)
		}
	})

	t.Run("metrics", func(t *testing.T) {
		code, body := httpGet(t, "http://"+h.bot.HTTPAddr()+"/metrics")
		if code != http.StatusOK {
			t.Fatalf("metrics = %d", code)
		}
		for _, want := range []string{
			`eventbot_questions_total{kind="who",reason="",status="answered",via="slash"}`,
			`eventbot_questions_total{kind="how_many",reason="unrelated_content",status="refused",via="mention"}`,
			`eventbot_questions_total{kind="none",reason="",status="error",via="mention"} 1`,
			`eventbot_gateway_reconnects_total 3`,
			`eventbot_gateway_ready 1`,
			`eventbot_answer_duration_seconds_bucket`,
		} {
			if !strings.Contains(body, want) {
				t.Errorf("metrics lack %s", want)
			}
		}
	})

	t.Run("clean shutdown", func(t *testing.T) {
		h.stop()
		select {
		case err := <-h.done:
			if err != nil {
				t.Errorf("Run = %v, want nil", err)
			}
			h.done <- err // for the cleanup
		case <-time.After(5 * time.Second):
			t.Fatal("Run did not return")
		}
		ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
		defer cancel()
		if err := h.fake.WaitNoSession(ctx); err != nil {
			t.Error("gateway still open after shutdown")
		}
		if h.bot.Ready() {
			t.Error("still ready after shutdown")
		}
	})
}

func TestRunBadToken(t *testing.T) {
	t.Parallel()
	fake := fakediscord.New(fakediscord.Config{})
	t.Cleanup(fake.Close)
	const token = "wrong.token.value"
	b, err := New(Options{Token: token, APIBase: fake.URL, OpenTimeout: 5 * time.Second}, testAnswerer(), nil)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	err = b.Run(ctx)
	if err == nil {
		t.Fatal("Run succeeded with a wrong token")
	}
	if strings.Contains(err.Error(), token) {
		t.Errorf("error carries the token: %v", err)
	}
	if !fatal(err) && !errors.Is(err, context.DeadlineExceeded) {
		t.Logf("error: %v", err)
	}
}

func TestRunUnreachable(t *testing.T) {
	t.Parallel()
	b, err := New(Options{Token: "t", APIBase: "http://127.0.0.1:1", OpenTimeout: time.Second}, testAnswerer(), nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := b.Run(context.Background()); err == nil {
		t.Error("Run against a closed port succeeded")
	}
}

func TestGuildShardAndQuestionLogging(t *testing.T) {
	t.Parallel()
	var logs syncBuffer
	h := startBot(t, Options{GuildID: "g9", ShardID: 1, ShardCount: 2, LogQuestions: true}, &logs)
	r := h.await(t, 0, "command registration", func(r fakediscord.Request) bool { return r.Method == http.MethodPut })
	if want := "/api/v9/applications/" + fakediscord.DefaultBotID + "/guilds/g9/commands"; r.Path != want {
		t.Errorf("path = %s, want %s", r.Path, want)
	}
	var id struct {
		Shard []int `json:"shard"`
	}
	json.Unmarshal(h.fake.Identifies()[0], &id)
	if len(id.Shard) != 2 || id.Shard[0] != 1 || id.Shard[1] != 2 {
		t.Errorf("identify shard = %v, want [1 2]", id.Shard)
	}
	h.fake.SendMessage(fakediscord.Message{ChannelID: "c", Author: fakediscord.User{ID: "1", Username: "a"}, Content: qAd})
	h.await(t, 0, "reply", isPost("/channels/c/messages"))
	waitFor(t, "question log line", func() bool { return strings.Contains(logs.String(), "question="+qAd) })
}

// syncBuffer is a bytes.Buffer safe for concurrent use.
type syncBuffer struct {
	mu sync.Mutex
	b  strings.Builder
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

func TestIdentifyWhenResumeIgnored(t *testing.T) {
	t.Parallel()
	// long enough for a loaded machine to connect, short enough to wait out
	h := startBot(t, Options{OpenTimeout: time.Second})
	h.fake.IgnoreResume(true)
	h.fake.DropConnection()
	waitFor(t, "a second identify", func() bool { return len(h.fake.Identifies()) >= 2 })
	waitFor(t, "ready again", h.bot.Ready)
	skip := len(h.fake.Requests())
	h.fake.SendMessage(fakediscord.Message{ChannelID: "c", Author: fakediscord.User{ID: "1", Username: "a"}, Content: qCEO})
	h.await(t, skip, "answer after identify", isPost("/channels/c/messages"))
}
