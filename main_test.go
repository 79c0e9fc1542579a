package main

import (
	"bytes"
	"context"
	"encoding/json"
	"net"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/eventbot/eventbot/bot/fakediscord"
)

// env is a lookupEnv over a map.
func env(m map[string]string) func(string) (string, bool) {
	return func(k string) (string, bool) { v, ok := m[k]; return v, ok }
}

// syncBuffer is a bytes.Buffer safe for the concurrent writes of a logger
// and the reads of a test.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
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

// freeAddr is a loopback address with a port that was free a moment ago.
func freeAddr(t *testing.T) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	return ln.Addr().String()
}

// TestServeEndToEnd runs the real serve path, with the real engine and the
// default article, against a fake Discord on loopback.
func TestServeEndToEnd(t *testing.T) {
	fake := fakediscord.New(fakediscord.Config{Guilds: []string{"g1"}})
	t.Cleanup(fake.Close)
	addr := freeAddr(t)
	vars := map[string]string{
		"DISCORD_TOKEN":    fake.Config().Token,
		"DISCORD_API_BASE": fake.URL,
		"HTTP_ADDR":        addr,
		"LOG_FORMAT":       "json",
	}
	var logs syncBuffer
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- run(ctx, []string{"serve"}, env(vars), strings.NewReader(""), &logs, &logs) }()
	t.Cleanup(func() {
		cancel()
		select {
		case <-done:
		case <-time.After(15 * time.Second):
			t.Error("serve did not stop")
		}
	})

	wctx, wcancel := context.WithTimeout(ctx, 60*time.Second) // the engine loads first
	defer wcancel()
	if err := fake.WaitSession(wctx); err != nil {
		select {
		case err := <-done:
			t.Fatalf("serve exited: %v\n%s", err, logs.String())
		default:
		}
		t.Fatalf("bot never connected: %v\n%s", err, logs.String())
	}

	ask := func(t *testing.T, question string) (content string, embeds []map[string]any, flags int) {
		t.Helper()
		skip := len(fake.Requests())
		id, err := fake.SendInteraction(fakediscord.Interaction{
			GuildID: "g1", ChannelID: "c1", Command: "ask", Locale: "zh-CN",
			User: fakediscord.User{ID: "42", Username: "alice"}, Options: map[string]string{"question": question},
		})
		if err != nil {
			t.Fatal(err)
		}
		rctx, rcancel := context.WithTimeout(ctx, 10*time.Second)
		defer rcancel()
		r, err := fake.WaitRequest(rctx, skip, func(r fakediscord.Request) bool {
			return r.Method == http.MethodPost && strings.Contains(r.Path, "/interactions/"+id+"/") && r.Status < 300
		})
		if err != nil {
			t.Fatalf("no callback: %v", err)
		}
		var cb struct {
			Type int `json:"type"`
			Data struct {
				Content string           `json:"content"`
				Embeds  []map[string]any `json:"embeds"`
				Flags   int              `json:"flags"`
			} `json:"data"`
		}
		if err := json.Unmarshal(r.Body, &cb); err != nil || cb.Type != 4 {
			t.Fatalf("callback %s: %v", r.Body, err)
		}
		return cb.Data.Content, cb.Data.Embeds, cb.Data.Flags
	}

	tests := []struct {
		name     string
		question string
		want     []string // in the callback JSON
		refused  bool
	}{
		{name: "answer with citation", question: "谁被任命为临时首席执行官?", want: []string{"Emmett Shear", "¶4.1"}},
		{name: "ad refused", question: "华硕ProArt显示器双十一期间多少钱?", refused: true},
		// English in, English labels out, the citation verbatim Chinese
		{name: "English question", question: "Who was appointed interim CEO?", want: []string{"Emmett Shear", "¶4.1", "Evidence", "被任命为临时首席执行官"}},
		{name: "English ad question refused", question: "How much is the ASUS monitor during Singles' Day?", refused: true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			content, embeds, flags := ask(t, tc.question)
			if tc.refused {
				if len(embeds) != 0 || strings.Contains(content, "¶") || content == "" || flags&64 == 0 {
					t.Errorf("refusal: content %q, %d embeds, flags %d; want an ephemeral text citing nothing", content, len(embeds), flags)
				}
				if strings.HasPrefix(tc.question, "How") && !strings.Contains(content, "unrelated") {
					t.Errorf("English refusal %q should say, in English, that the content is unrelated", content)
				}
				return
			}
			b, _ := json.Marshal(embeds)
			for _, w := range tc.want {
				if !strings.Contains(string(b), w) {
					t.Errorf("answer embed %s lacks %q", b, w)
				}
			}
		})
	}

	t.Run("health command", func(t *testing.T) {
		var out bytes.Buffer
		hv := map[string]string{"HEALTH_URL": "http://" + addr + "/healthz"}
		deadline := time.Now().Add(5 * time.Second)
		for {
			out.Reset()
			err := run(ctx, []string{"health"}, env(hv), nil, &out, &out)
			if err == nil {
				break
			}
			if time.Now().After(deadline) {
				t.Fatalf("health: %v", err)
			}
			time.Sleep(20 * time.Millisecond)
		}
	})

	t.Run("clean exit", func(t *testing.T) {
		cancel()
		select {
		case err := <-done:
			if err != nil {
				t.Errorf("serve = %v, want nil", err)
			}
			done <- err
		case <-time.After(10 * time.Second):
			t.Fatal("serve did not stop")
		}
		if err := run(context.Background(), []string{"health"}, env(map[string]string{"HEALTH_URL": "http://" + addr + "/healthz"}), nil, &bytes.Buffer{}, &bytes.Buffer{}); err == nil {
			t.Error("health succeeds after shutdown")
		}
		l := logs.String()
		if strings.Contains(l, fake.Config().Token) {
			t.Error("the token appears in the logs")
		}
		for _, want := range []string{`"msg":"ready"`, `"msg":"question"`} {
			if !strings.Contains(l, want) {
				t.Errorf("logs lack %s", want)
			}
		}
		if strings.Contains(l, "华硕") {
			t.Error("question text logged without LOG_QUESTIONS")
		}
	})
}

func TestServeTokenErrors(t *testing.T) {
	tests := []struct {
		name  string
		token string
	}{
		{"missing", ""},
		{"malformed", "abc def\u00e9secret"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			vars := map[string]string{"HTTP_ADDR": ""}
			if tc.token != "" {
				vars["DISCORD_TOKEN"] = tc.token
			}
			ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
			defer cancel()
			var out bytes.Buffer
			err := run(ctx, []string{"serve"}, env(vars), nil, &out, &out)
			if err == nil {
				t.Fatal("serve started without a usable token")
			}
			if strings.Contains(err.Error(), "secret") || strings.Contains(out.String(), "secret") {
				t.Errorf("token leaked: %v", err)
			}
		})
	}
}
