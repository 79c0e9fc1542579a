package config_test

import (
	"errors"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/eventbot/eventbot/config"
)

// envFrom is a lookupEnv over a map: a key that is present with an empty
// value is set-but-empty, a missing key is unset.
func envFrom(m map[string]string) func(string) (string, bool) {
	return func(k string) (string, bool) {
		v, ok := m[k]
		return v, ok
	}
}

// validToken is a well-formed (fake) Discord token.
const validToken = "MTIzNDU2Nzg5.abcdef.ghijklmnopqrstuvwxyz_0123"

func TestLoadCommands(t *testing.T) {
	tests := []struct {
		name      string
		args      []string
		env       map[string]string
		wantUsage bool
		check     func(tb testing.TB, c config.Config)
	}{
		{
			name:      "no arguments",
			args:      nil,
			wantUsage: true,
		},
		{
			name:      "unknown command",
			args:      []string{"fly"},
			wantUsage: true,
		},
		{
			name: "ask with a question",
			args: []string{"ask", "谁被任命了?"},
			check: func(tb testing.TB, c config.Config) {
				tb.Helper()
				wantEqual(tb, "Command", c.Command, config.CmdAsk)
				wantEqual(tb, "Question", c.Question, "谁被任命了?")
				wantEqual(tb, "JSON", c.JSON, false)
				wantEqual(tb, "Articles", len(c.Articles), 0)
			},
		},
		{
			name: "ask joins the question from its arguments",
			args: []string{"ask", "Who", "was", "appointed?"},
			check: func(tb testing.TB, c config.Config) {
				tb.Helper()
				wantEqual(tb, "Question", c.Question, "Who was appointed?")
			},
		},
		{
			name: "ask --json without a question reads standard input",
			args: []string{"ask", "--json"},
			check: func(tb testing.TB, c config.Config) {
				tb.Helper()
				wantEqual(tb, "JSON", c.JSON, true)
				wantEqual(tb, "Question", c.Question, "")
			},
		},
		{
			name: "ask --json with a question",
			args: []string{"ask", "--json", "谁", "离职了"},
			check: func(tb testing.TB, c config.Config) {
				tb.Helper()
				wantEqual(tb, "JSON", c.JSON, true)
				wantEqual(tb, "Question", c.Question, "谁 离职了")
			},
		},
		{
			name:      "ask without a question and without --json",
			args:      []string{"ask"},
			wantUsage: true,
		},
		{
			name:      "ask with only flags and no question",
			args:      []string{"ask", "--article", "a.txt"},
			wantUsage: true,
		},
		{
			name: "--article is repeatable and keeps its order",
			args: []string{"ask", "--article", "b.txt", "--article=a.txt#7", "问题"},
			check: func(tb testing.TB, c config.Config) {
				tb.Helper()
				wantEqual(tb, "Articles", c.Articles, []string{"b.txt", "a.txt#7"})
			},
		},
		{
			name: "--article wins over EVENTBOT_ARTICLES",
			args: []string{"ask", "--article", "flag.txt", "问题"},
			env:  map[string]string{"EVENTBOT_ARTICLES": "env1.txt,env2.txt"},
			check: func(tb testing.TB, c config.Config) {
				tb.Helper()
				wantEqual(tb, "Articles", c.Articles, []string{"flag.txt"})
			},
		},
		{
			name:      "unknown flag",
			args:      []string{"ask", "--nope", "问题"},
			wantUsage: true,
		},
		{
			name:      "--json is only for ask",
			args:      []string{"health", "--json"},
			wantUsage: true,
		},
		{
			name: "serve with a token",
			args: []string{"serve", "--article", "x.txt"},
			env:  map[string]string{"DISCORD_TOKEN": validToken},
			check: func(tb testing.TB, c config.Config) {
				tb.Helper()
				wantEqual(tb, "Command", c.Command, config.CmdServe)
				wantEqual(tb, "DiscordToken", c.DiscordToken, validToken)
				wantEqual(tb, "Articles", c.Articles, []string{"x.txt"})
			},
		},
		{
			name:      "serve takes no arguments",
			args:      []string{"serve", "extra"},
			env:       map[string]string{"DISCORD_TOKEN": validToken},
			wantUsage: true,
		},
		{
			name: "health needs no token",
			args: []string{"health"},
			check: func(tb testing.TB, c config.Config) {
				tb.Helper()
				wantEqual(tb, "Command", c.Command, config.CmdHealth)
				wantEqual(tb, "HealthURL", c.HealthURL, "http://127.0.0.1:8080/healthz")
			},
		},
		{
			name: "health --url wins over the environment",
			args: []string{"health", "--url", "http://127.0.0.1:9999/healthz"},
			env:  map[string]string{"HEALTH_URL": "http://127.0.0.1:1111/healthz"},
			check: func(tb testing.TB, c config.Config) {
				tb.Helper()
				wantEqual(tb, "HealthURL", c.HealthURL, "http://127.0.0.1:9999/healthz")
			},
		},
		{
			name:      "health takes no arguments",
			args:      []string{"health", "now"},
			wantUsage: true,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := config.Load(tt.args, envFrom(tt.env))
			if tt.wantUsage {
				if !errors.Is(err, config.ErrUsage) {
					t.Fatalf("Load(%q) error = %v, want ErrUsage", tt.args, err)
				}
				return
			}
			if err != nil {
				t.Fatalf("Load(%q): %v", tt.args, err)
			}
			tt.check(t, c)
		})
	}
}

func TestLoadDefaults(t *testing.T) {
	c, err := config.Load([]string{"ask", "q"}, envFrom(nil))
	if err != nil {
		t.Fatal(err)
	}
	want := config.Config{
		Command:        config.CmdAsk,
		Question:       "q",
		DiscordAPIBase: config.DefaultAPIBase,
		ShardCount:     1,
		HTTPAddr:       config.DefaultHTTPAddr,
		HealthURL:      "http://127.0.0.1:8080/healthz",
		LogFormat:      "text",
		LogLevel:       "info",
		RateCount:      config.DefaultRateCount,
		RateWindow:     config.DefaultRateWindow,
		MaxQuestion:    config.DefaultMaxQuestion,
	}
	if !reflect.DeepEqual(c, want) {
		t.Errorf("defaults:\n got %+v\nwant %+v", c, want)
	}
}

func TestLoadToken(t *testing.T) {
	long := strings.Repeat("Ab9", 90) // 270 characters
	tests := []struct {
		name    string
		token   string // DISCORD_TOKEN as set; "" with unset=true means unset
		unset   bool
		want    string // the loaded token, when valid
		wantErr bool
		secret  string // text the error must not contain
	}{
		{name: "valid", token: validToken, want: validToken},
		{name: "Bot prefix stripped", token: "Bot " + validToken, want: validToken},
		{name: "surrounding spaces trimmed", token: "  " + validToken + "\n", want: validToken},
		{name: "unset", unset: true, wantErr: true},
		{name: "empty", token: "", wantErr: true},
		{name: "only spaces", token: "   ", wantErr: true},
		{name: "inner space", token: "secret-part-one secret-part-two", wantErr: true, secret: "secret-part"},
		{name: "inner tab", token: "secretTABpart\tsecretTABrest", wantErr: true, secret: "secretTAB"},
		{name: "non-ASCII", token: "sécrettokenvalue", wantErr: true, secret: "crettokenvalue"},
		{name: "CJK", token: "令牌secretvalue", wantErr: true, secret: "secretvalue"},
		{name: "control character", token: "secret\x7fvalue", wantErr: true, secret: "secret"},
		{name: "too long", token: long, wantErr: true, secret: long[:20]},
		{name: "exactly 256 is fine", token: strings.Repeat("x", 256), want: strings.Repeat("x", 256)},
		{name: "257 is too long", token: strings.Repeat("y", 257), wantErr: true, secret: strings.Repeat("y", 20)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			env := map[string]string{"DISCORD_TOKEN": tt.token}
			if tt.unset {
				env = nil
			}
			c, err := config.Load([]string{"serve"}, envFrom(env))
			if !tt.wantErr {
				if err != nil {
					t.Fatalf("Load: %v", err)
				}
				wantEqual(t, "DiscordToken", c.DiscordToken, tt.want)
				return
			}
			if err == nil {
				t.Fatalf("Load with token %q: no error", tt.token)
			}
			if !strings.Contains(err.Error(), "DISCORD_TOKEN") {
				t.Errorf("error %q does not name DISCORD_TOKEN", err)
			}
			if tt.secret != "" && strings.Contains(err.Error(), tt.secret) {
				t.Errorf("error %q leaks the token", err)
			}
			if strings.TrimSpace(tt.token) != "" && strings.Contains(err.Error(), strings.TrimSpace(tt.token)) {
				t.Errorf("error %q contains the token", err)
			}
		})
	}
}

func TestLoadTokenOnlyForServe(t *testing.T) {
	// ask and health never need the token, even a malformed one.
	for _, cmd := range [][]string{{"ask", "q"}, {"health"}} {
		t.Run(cmd[0], func(t *testing.T) {
			if _, err := config.Load(cmd, envFrom(map[string]string{"DISCORD_TOKEN": "bad token"})); err != nil {
				t.Errorf("Load(%q): %v", cmd, err)
			}
		})
	}
}

func TestLoadEnvironment(t *testing.T) {
	tests := []struct {
		name    string
		env     map[string]string
		wantErr string // substring of the error; "" means no error
		check   func(tb testing.TB, c config.Config)
	}{
		{
			name: "API base trailing slash trimmed",
			env:  map[string]string{"DISCORD_API_BASE": " http://127.0.0.1:4000/ "},
			check: func(tb testing.TB, c config.Config) {
				tb.Helper()
				wantEqual(tb, "DiscordAPIBase", c.DiscordAPIBase, "http://127.0.0.1:4000")
			},
		},
		{
			name: "API base https",
			env:  map[string]string{"DISCORD_API_BASE": "https://proxy.example/discord"},
			check: func(tb testing.TB, c config.Config) {
				tb.Helper()
				wantEqual(tb, "DiscordAPIBase", c.DiscordAPIBase, "https://proxy.example/discord")
			},
		},
		{name: "API base without scheme", env: map[string]string{"DISCORD_API_BASE": "discord.com"}, wantErr: "DISCORD_API_BASE"},
		{name: "API base other scheme", env: map[string]string{"DISCORD_API_BASE": "ftp://discord.com"}, wantErr: "DISCORD_API_BASE"},
		{
			name: "guild id",
			env:  map[string]string{"DISCORD_GUILD_ID": " 123456 "},
			check: func(tb testing.TB, c config.Config) {
				tb.Helper()
				wantEqual(tb, "DiscordGuildID", c.DiscordGuildID, "123456")
			},
		},
		{
			name: "shard 1 of 2",
			env:  map[string]string{"DISCORD_SHARD_ID": "1", "DISCORD_SHARD_COUNT": "2"},
			check: func(tb testing.TB, c config.Config) {
				tb.Helper()
				wantEqual(tb, "ShardID", c.ShardID, 1)
				wantEqual(tb, "ShardCount", c.ShardCount, 2)
			},
		},
		{name: "shard id equal to count", env: map[string]string{"DISCORD_SHARD_ID": "2", "DISCORD_SHARD_COUNT": "2"}, wantErr: "shard"},
		{name: "shard id beyond default count", env: map[string]string{"DISCORD_SHARD_ID": "1"}, wantErr: "shard"},
		{name: "negative shard id", env: map[string]string{"DISCORD_SHARD_ID": "-1", "DISCORD_SHARD_COUNT": "2"}, wantErr: "shard"},
		{name: "zero shard count", env: map[string]string{"DISCORD_SHARD_COUNT": "0"}, wantErr: "shard"},
		{name: "shard id not a number", env: map[string]string{"DISCORD_SHARD_ID": "one"}, wantErr: "DISCORD_SHARD_ID"},
		{
			name: "HTTP_ADDR unset keeps the default",
			env:  map[string]string{},
			check: func(tb testing.TB, c config.Config) {
				tb.Helper()
				wantEqual(tb, "HTTPAddr", c.HTTPAddr, ":8080")
			},
		},
		{
			name: "HTTP_ADDR set but empty disables the listener",
			env:  map[string]string{"HTTP_ADDR": ""},
			check: func(tb testing.TB, c config.Config) {
				tb.Helper()
				wantEqual(tb, "HTTPAddr", c.HTTPAddr, "")
			},
		},
		{
			name: "HTTP_ADDR set to spaces disables the listener",
			env:  map[string]string{"HTTP_ADDR": "  "},
			check: func(tb testing.TB, c config.Config) {
				tb.Helper()
				wantEqual(tb, "HTTPAddr", c.HTTPAddr, "")
			},
		},
		{
			name: "HEALTH_URL derived from HTTP_ADDR",
			env:  map[string]string{"HTTP_ADDR": "127.0.0.1:9090"},
			check: func(tb testing.TB, c config.Config) {
				tb.Helper()
				wantEqual(tb, "HTTPAddr", c.HTTPAddr, "127.0.0.1:9090")
				wantEqual(tb, "HealthURL", c.HealthURL, "http://127.0.0.1:9090/healthz")
			},
		},
		{
			name: "HEALTH_URL set wins",
			env:  map[string]string{"HTTP_ADDR": ":9090", "HEALTH_URL": "http://10.0.0.1:1/healthz"},
			check: func(tb testing.TB, c config.Config) {
				tb.Helper()
				wantEqual(tb, "HealthURL", c.HealthURL, "http://10.0.0.1:1/healthz")
			},
		},
		{
			name: "LOG_FORMAT json, any case",
			env:  map[string]string{"LOG_FORMAT": "JSON"},
			check: func(tb testing.TB, c config.Config) {
				tb.Helper()
				wantEqual(tb, "LogFormat", c.LogFormat, "json")
			},
		},
		{name: "LOG_FORMAT unknown", env: map[string]string{"LOG_FORMAT": "xml"}, wantErr: "LOG_FORMAT"},
		{
			name: "LOG_LEVEL warn, any case",
			env:  map[string]string{"LOG_LEVEL": " Warn "},
			check: func(tb testing.TB, c config.Config) {
				tb.Helper()
				wantEqual(tb, "LogLevel", c.LogLevel, "warn")
			},
		},
		{
			name: "LOG_LEVEL debug",
			env:  map[string]string{"LOG_LEVEL": "debug"},
			check: func(tb testing.TB, c config.Config) {
				tb.Helper()
				wantEqual(tb, "LogLevel", c.LogLevel, "debug")
			},
		},
		{name: "LOG_LEVEL unknown", env: map[string]string{"LOG_LEVEL": "trace"}, wantErr: "LOG_LEVEL"},
		{
			name: "LOG_QUESTIONS true",
			env:  map[string]string{"LOG_QUESTIONS": "true"},
			check: func(tb testing.TB, c config.Config) {
				tb.Helper()
				wantEqual(tb, "LogQuestions", c.LogQuestions, true)
			},
		},
		{name: "LOG_QUESTIONS not a bool", env: map[string]string{"LOG_QUESTIONS": "sometimes"}, wantErr: "LOG_QUESTIONS"},
		{
			name: "RATE_WINDOW one minute",
			env:  map[string]string{"RATE_WINDOW": "1m"},
			check: func(tb testing.TB, c config.Config) {
				tb.Helper()
				wantEqual(tb, "RateWindow", c.RateWindow, time.Minute)
			},
		},
		{
			name: "RATE_WINDOW with fractions",
			env:  map[string]string{"RATE_WINDOW": "1.5s"},
			check: func(tb testing.TB, c config.Config) {
				tb.Helper()
				wantEqual(tb, "RateWindow", c.RateWindow, 1500*time.Millisecond)
			},
		},
		{name: "RATE_WINDOW without unit", env: map[string]string{"RATE_WINDOW": "10"}, wantErr: "RATE_WINDOW"},
		{name: "RATE_WINDOW zero", env: map[string]string{"RATE_WINDOW": "0s"}, wantErr: "RATE_WINDOW"},
		{name: "RATE_WINDOW negative", env: map[string]string{"RATE_WINDOW": "-5s"}, wantErr: "RATE_WINDOW"},
		{
			name: "RATE_LIMIT and MAX_QUESTION_CHARS",
			env:  map[string]string{"RATE_LIMIT": "3", "MAX_QUESTION_CHARS": "200"},
			check: func(tb testing.TB, c config.Config) {
				tb.Helper()
				wantEqual(tb, "RateCount", c.RateCount, 3)
				wantEqual(tb, "MaxQuestion", c.MaxQuestion, 200)
			},
		},
		{name: "RATE_LIMIT zero", env: map[string]string{"RATE_LIMIT": "0"}, wantErr: "RATE_LIMIT"},
		{name: "RATE_LIMIT not a number", env: map[string]string{"RATE_LIMIT": "five"}, wantErr: "RATE_LIMIT"},
		{name: "MAX_QUESTION_CHARS negative", env: map[string]string{"MAX_QUESTION_CHARS": "-1"}, wantErr: "MAX_QUESTION_CHARS"},
		{
			name: "EVENTBOT_ARTICLES comma list, blanks dropped",
			env:  map[string]string{"EVENTBOT_ARTICLES": " /a/one.txt, ,/b/,two.txt#3 ,"},
			check: func(tb testing.TB, c config.Config) {
				tb.Helper()
				wantEqual(tb, "Articles", c.Articles, []string{"/a/one.txt", "/b/", "two.txt#3"})
			},
		},
		{
			name: "EVENTBOT_ARTICLES blank means the default",
			env:  map[string]string{"EVENTBOT_ARTICLES": "  "},
			check: func(tb testing.TB, c config.Config) {
				tb.Helper()
				wantEqual(tb, "Articles", len(c.Articles), 0)
			},
		},
		{
			name: "EVENTBOT_PLAIN_DICT true",
			env:  map[string]string{"EVENTBOT_PLAIN_DICT": "true"},
			check: func(tb testing.TB, c config.Config) {
				tb.Helper()
				wantEqual(tb, "PlainDictionary", c.PlainDictionary, true)
			},
		},
		{
			name: "EVENTBOT_PLAIN_DICT 0",
			env:  map[string]string{"EVENTBOT_PLAIN_DICT": "0"},
			check: func(tb testing.TB, c config.Config) {
				tb.Helper()
				wantEqual(tb, "PlainDictionary", c.PlainDictionary, false)
			},
		},
		{name: "EVENTBOT_PLAIN_DICT not a bool", env: map[string]string{"EVENTBOT_PLAIN_DICT": "yes please"}, wantErr: "EVENTBOT_PLAIN_DICT"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := config.Load([]string{"ask", "q"}, envFrom(tt.env))
			if tt.wantErr != "" {
				if err == nil {
					t.Fatalf("Load with %v: no error, want one about %s", tt.env, tt.wantErr)
				}
				if !strings.Contains(err.Error(), tt.wantErr) {
					t.Errorf("error %q does not mention %s", err, tt.wantErr)
				}
				if errors.Is(err, config.ErrUsage) {
					t.Errorf("error %q is a usage error; a bad environment is not", err)
				}
				return
			}
			if err != nil {
				t.Fatalf("Load with %v: %v", tt.env, err)
			}
			tt.check(t, c)
		})
	}
}

func TestHealthURLFor(t *testing.T) {
	tests := []struct {
		name, addr, want string
	}{
		{"port only", ":8080", "http://127.0.0.1:8080/healthz"},
		{"other port", ":9000", "http://127.0.0.1:9000/healthz"},
		{"loopback", "127.0.0.1:7000", "http://127.0.0.1:7000/healthz"},
		{"all IPv4 interfaces", "0.0.0.0:7000", "http://127.0.0.1:7000/healthz"},
		{"all IPv6 interfaces", "[::]:7000", "http://127.0.0.1:7000/healthz"},
		{"IPv6 loopback", "[::1]:7000", "http://[::1]:7000/healthz"},
		{"host name", "localhost:7000", "http://localhost:7000/healthz"},
		{"empty means the default", "", "http://127.0.0.1:8080/healthz"},
		{"unparsable falls back to the default", "not an address", "http://127.0.0.1:8080/healthz"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := config.HealthURLFor(tt.addr); got != tt.want {
				t.Errorf("HealthURLFor(%q) = %q, want %q", tt.addr, got, tt.want)
			}
		})
	}
}

func wantEqual[T any](tb testing.TB, field string, got, want T) {
	tb.Helper()
	if !reflect.DeepEqual(got, want) {
		tb.Errorf("%s = %#v, want %#v", field, got, want)
	}
}
