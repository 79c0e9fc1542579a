// Package config holds eventbot's configuration: the command, its flags and
// the environment, validated in one place. It imports no other package of the
// project.
package config

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"net"
	"strconv"
	"strings"
	"time"
)

// Commands eventbot understands.
const (
	CmdAsk    = "ask"
	CmdServe  = "serve"
	CmdHealth = "health"
)

// ErrUsage is returned (wrapped) for a command line that cannot be run.
var ErrUsage = errors.New("usage")

// Defaults.
const (
	DefaultAPIBase     = "https://discord.com"
	DefaultHTTPAddr    = ":8080"
	DefaultRateCount   = 5
	DefaultRateWindow  = 10 * time.Second
	DefaultMaxQuestion = 500
)

// Config is everything a run of eventbot needs.
type Config struct {
	Command string // ask, serve or health

	// Articles are the article files to load; empty means the embedded
	// default article. From --article (repeatable) or EVENTBOT_ARTICLES
	// (a comma-separated list of files or folders).
	Articles []string

	// JSON selects the ask --json contract.
	JSON bool
	// Explain (ask --explain) shows how the question was read and weighed.
	Explain bool
	// Question is the question given on the ask command line, if any.
	Question string

	DiscordToken   string // DISCORD_TOKEN; never logged
	DiscordGuildID string // DISCORD_GUILD_ID: register commands for this guild only
	DiscordAPIBase string // DISCORD_API_BASE: REST (and gateway lookup) base URL
	ShardID        int    // DISCORD_SHARD_ID
	ShardCount     int    // DISCORD_SHARD_COUNT

	HTTPAddr     string // HTTP_ADDR: /healthz and /metrics; empty disables
	HealthURL    string // HEALTH_URL: what `eventbot health` requests
	LogFormat    string // LOG_FORMAT: text or json
	LogLevel     string // LOG_LEVEL: debug, info, warn, error
	LogQuestions bool   // LOG_QUESTIONS: include question text in logs

	// PlainDictionary (EVENTBOT_PLAIN_DICT=true) loads gse's whole dictionary
	// the plain way instead of pruning it: for measuring start-up only.
	PlainDictionary bool

	RateCount   int           // RATE_LIMIT: questions a user may ask per window
	RateWindow  time.Duration // RATE_WINDOW
	MaxQuestion int           // MAX_QUESTION_CHARS: longer questions are refused
}

// listFlag is a repeatable string flag.
type listFlag []string

// String implements flag.Value.
func (l *listFlag) String() string { return strings.Join(*l, ",") }

// Set implements flag.Value: each use of the flag adds one value.
func (l *listFlag) Set(v string) error {
	*l = append(*l, v)
	return nil
}

// Load builds a Config from the command line (without the program name) and
// the environment, read through lookupEnv (os.LookupEnv in production).
func Load(args []string, lookupEnv func(string) (string, bool)) (Config, error) {
	getenv := func(k string) string { v, _ := lookupEnv(k); return v }
	c := Config{
		DiscordAPIBase: DefaultAPIBase,
		HTTPAddr:       DefaultHTTPAddr,
		LogFormat:      "text",
		LogLevel:       "info",
		RateCount:      DefaultRateCount,
		RateWindow:     DefaultRateWindow,
		MaxQuestion:    DefaultMaxQuestion,
		ShardCount:     1,
	}
	if len(args) == 0 {
		return c, fmt.Errorf("%w: eventbot ask|serve|health [flags]", ErrUsage)
	}
	c.Command = args[0]
	switch c.Command {
	case CmdAsk, CmdServe, CmdHealth:
	default:
		return c, fmt.Errorf("%w: unknown command %q (want ask, serve or health)", ErrUsage, c.Command)
	}

	if err := c.loadEnv(getenv, lookupEnv); err != nil {
		return c, err
	}

	fs := flag.NewFlagSet("eventbot "+c.Command, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	var articles listFlag
	fs.Var(&articles, "article", "article file to load (repeatable)")
	if c.Command == CmdAsk {
		fs.BoolVar(&c.JSON, "json", false, "write one JSON object per question")
		fs.BoolVar(&c.Explain, "explain", false, "show how the question is read and the sentences weighed")
	}
	if c.Command == CmdHealth {
		fs.StringVar(&c.HealthURL, "url", c.HealthURL, "health endpoint to request")
	}
	// flags may come after the question too: ask "问题" --article a.txt
	var rest []string
	for more := args[1:]; ; {
		if err := fs.Parse(more); err != nil {
			return c, fmt.Errorf("%w: %v", ErrUsage, err)
		}
		more = fs.Args()
		if len(more) == 0 {
			break
		}
		if more[0] == "--" || fs.NArg() > 0 && len(rest) > 0 && rest[len(rest)-1] == "--" {
			rest = append(rest, more...)
			break
		}
		rest = append(rest, more[0])
		more = more[1:]
	}
	if len(articles) > 0 {
		c.Articles = articles
	}
	if len(rest) > 0 && rest[0] == "--" {
		rest = rest[1:]
	}
	switch c.Command {
	case CmdAsk:
		c.Question = strings.Join(rest, " ")
		if c.Question == "" && !c.JSON && !c.Explain {
			return c, fmt.Errorf("%w: eventbot ask \"question\" (or ask --json or --explain reading questions from standard input)", ErrUsage)
		}
	default:
		if len(rest) > 0 {
			return c, fmt.Errorf("%w: unexpected argument %q", ErrUsage, rest[0])
		}
	}
	if c.Command == CmdServe {
		if err := ValidateToken(c.DiscordToken); err != nil {
			return c, err
		}
	}
	return c, nil
}

func (c *Config) loadEnv(getenv func(string) string, lookupEnv func(string) (string, bool)) error {
	if v := strings.TrimSpace(getenv("EVENTBOT_ARTICLES")); v != "" {
		for _, p := range strings.Split(v, ",") {
			if p = strings.TrimSpace(p); p != "" {
				c.Articles = append(c.Articles, p)
			}
		}
	}
	c.DiscordToken = strings.TrimSpace(getenv("DISCORD_TOKEN"))
	c.DiscordToken = strings.TrimPrefix(c.DiscordToken, "Bot ")
	c.DiscordGuildID = strings.TrimSpace(getenv("DISCORD_GUILD_ID"))
	if v := strings.TrimSpace(getenv("DISCORD_API_BASE")); v != "" {
		c.DiscordAPIBase = strings.TrimRight(v, "/")
	}
	if !strings.HasPrefix(c.DiscordAPIBase, "http://") && !strings.HasPrefix(c.DiscordAPIBase, "https://") {
		return fmt.Errorf("config: DISCORD_API_BASE %q is not an http(s) URL", c.DiscordAPIBase)
	}
	var err error
	if c.ShardID, err = intEnv(getenv, "DISCORD_SHARD_ID", 0); err != nil {
		return err
	}
	if c.ShardCount, err = intEnv(getenv, "DISCORD_SHARD_COUNT", 1); err != nil {
		return err
	}
	if c.ShardCount < 1 || c.ShardID < 0 || c.ShardID >= c.ShardCount {
		return fmt.Errorf("config: shard %d of %d is out of range", c.ShardID, c.ShardCount)
	}
	if v, ok := lookupEnv("HTTP_ADDR"); ok {
		c.HTTPAddr = strings.TrimSpace(v)
	}
	c.HealthURL = strings.TrimSpace(getenv("HEALTH_URL"))
	if c.HealthURL == "" {
		c.HealthURL = HealthURLFor(c.HTTPAddr)
	}
	if v := strings.ToLower(strings.TrimSpace(getenv("LOG_FORMAT"))); v != "" {
		if v != "text" && v != "json" {
			return fmt.Errorf("config: LOG_FORMAT %q: want text or json", v)
		}
		c.LogFormat = v
	}
	if v := strings.ToLower(strings.TrimSpace(getenv("LOG_LEVEL"))); v != "" {
		switch v {
		case "debug", "info", "warn", "error":
			c.LogLevel = v
		default:
			return fmt.Errorf("config: LOG_LEVEL %q: want debug, info, warn or error", v)
		}
	}
	if v := strings.TrimSpace(getenv("LOG_QUESTIONS")); v != "" {
		b, err := strconv.ParseBool(v)
		if err != nil {
			return fmt.Errorf("config: LOG_QUESTIONS %q: %w", v, err)
		}
		c.LogQuestions = b
	}
	if v := strings.TrimSpace(getenv("EVENTBOT_PLAIN_DICT")); v != "" {
		b, err := strconv.ParseBool(v)
		if err != nil {
			return fmt.Errorf("config: EVENTBOT_PLAIN_DICT %q: %w", v, err)
		}
		c.PlainDictionary = b
	}
	if c.RateCount, err = intEnv(getenv, "RATE_LIMIT", c.RateCount); err != nil {
		return err
	}
	if v := strings.TrimSpace(getenv("RATE_WINDOW")); v != "" {
		d, err := time.ParseDuration(v)
		if err != nil || d <= 0 {
			return fmt.Errorf("config: RATE_WINDOW %q: want a positive duration such as 10s", v)
		}
		c.RateWindow = d
	}
	if c.MaxQuestion, err = intEnv(getenv, "MAX_QUESTION_CHARS", c.MaxQuestion); err != nil {
		return err
	}
	if c.RateCount < 1 || c.MaxQuestion < 1 {
		return errors.New("config: RATE_LIMIT and MAX_QUESTION_CHARS must be positive")
	}
	return nil
}

func intEnv(getenv func(string) string, name string, def int) (int, error) {
	v := strings.TrimSpace(getenv(name))
	if v == "" {
		return def, nil
	}
	n, err := strconv.Atoi(v)
	if err != nil {
		return 0, fmt.Errorf("config: %s %q is not a number", name, v)
	}
	return n, nil
}

// ValidateToken checks that a Discord token is present and usable in an
// HTTP header. The error never contains the token.
func ValidateToken(tok string) error {
	if tok == "" {
		return errors.New("config: DISCORD_TOKEN is not set")
	}
	if len(tok) > 256 {
		return errors.New("config: DISCORD_TOKEN is malformed (too long)")
	}
	for _, r := range tok {
		if r <= ' ' || r > '~' {
			return errors.New("config: DISCORD_TOKEN is malformed (spaces or non-ASCII characters)")
		}
	}
	return nil
}

// HealthURLFor is the health endpoint a local `eventbot health` requests for
// a listener address such as ":8080".
func HealthURLFor(addr string) string {
	if addr == "" {
		addr = DefaultHTTPAddr
	}
	host, port, err := net.SplitHostPort(addr)
	if err != nil {
		return "http://127.0.0.1:8080/healthz"
	}
	if host == "" || host == "0.0.0.0" || host == "::" {
		host = "127.0.0.1"
	}
	return "http://" + net.JoinHostPort(host, port) + "/healthz"
}
