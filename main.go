// Command eventbot answers questions about the events in a news article with
// the article's own sentences as evidence, on the command line (ask) or in a
// Discord channel (serve).
package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"os"
	"os/signal"
	"strings"
	"syscall"
	"time"

	"github.com/eventbot/eventbot/answers"
	"github.com/eventbot/eventbot/bot"
	"github.com/eventbot/eventbot/config"
	"github.com/eventbot/eventbot/index"
)

// processStart is when the program began, near enough: the start-up time
// the "engine ready" log line reports is measured from here.
var processStart = time.Now()

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	err := run(ctx, os.Args[1:], os.LookupEnv, os.Stdin, os.Stdout, os.Stderr)
	stop()
	if err != nil {
		fmt.Fprintln(os.Stderr, "eventbot:", err)
		if errors.Is(err, config.ErrUsage) {
			os.Exit(2)
		}
		os.Exit(1)
	}
}

// run is the whole program, with its environment passed in so that tests can
// run it in-process.
func run(ctx context.Context, args []string, lookupEnv func(string) (string, bool), stdin io.Reader, stdout, stderr io.Writer) error {
	cfg, err := config.Load(args, lookupEnv)
	if err != nil {
		return err
	}
	switch cfg.Command {
	case config.CmdAsk:
		return runAsk(ctx, cfg, stdin, stdout)
	case config.CmdServe:
		return runServe(ctx, cfg, stderr)
	case config.CmdHealth:
		return runHealth(ctx, cfg, stdout)
	}
	return fmt.Errorf("%w: unknown command %q", config.ErrUsage, cfg.Command)
}

// buildEngine loads the configured articles (or the embedded default),
// indexes them and returns the answer engine over them.
func buildEngine(cfg config.Config) (*answers.Engine, error) {
	var arts []*index.Article
	if len(cfg.Articles) == 0 {
		a, err := index.Default()
		if err != nil {
			return nil, err
		}
		arts = []*index.Article{a}
	} else {
		var err error
		if arts, err = index.LoadFiles(cfg.Articles); err != nil {
			return nil, err
		}
	}
	ix, err := index.New(arts, index.Config{Vocabulary: answers.Vocabulary(), PlainDictionary: cfg.PlainDictionary})
	if err != nil {
		return nil, err
	}
	return answers.New(ix), nil
}

var _ answers.Searcher = (*index.Index)(nil)

func runAsk(ctx context.Context, cfg config.Config, stdin io.Reader, stdout io.Writer) error {
	eng, err := buildEngine(cfg)
	if err != nil {
		return err
	}
	w := bufio.NewWriter(stdout)
	defer w.Flush()
	if cfg.Explain && cfg.Question != "" {
		fmt.Fprint(w, eng.Explain(cfg.Question))
		return nil
	}
	if cfg.Question != "" {
		a := eng.Answer(cfg.Question)
		if cfg.JSON {
			return writeJSON(w, a)
		}
		printAnswer(w, a, len(eng.Sources()) > 1)
		return nil
	}
	r := bufio.NewReaderSize(stdin, 64*1024)
	for {
		if err := ctx.Err(); err != nil {
			return err
		}
		line, rerr := r.ReadString('\n')
		if line != "" || rerr == nil {
			line = strings.TrimRight(line, "\r\n")
			if cfg.Explain {
				// one question a line, each read and weighed for the operator
				fmt.Fprintln(w, eng.Explain(line))
			} else if err := writeJSON(w, eng.Answer(line)); err != nil {
				return err
			}
			if err := w.Flush(); err != nil {
				return fmt.Errorf("ask: write: %w", err)
			}
		}
		if rerr == io.EOF {
			return nil
		}
		if rerr != nil {
			return fmt.Errorf("ask: read standard input: %w", rerr)
		}
	}
}

func writeJSON(w io.Writer, a answers.Answer) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	if a.Citations == nil {
		a.Citations = []answers.Citation{}
	}
	if err := enc.Encode(a); err != nil {
		return fmt.Errorf("ask: encode answer: %w", err)
	}
	return nil
}

// printAnswer writes an answer for a person: the answer, then each
// citation's locator and sentence.
func printAnswer(w io.Writer, a answers.Answer, multi bool) {
	if a.Status == answers.Refused {
		fmt.Fprintf(w, "%s (%s)\n", a.Message, a.Reason)
		return
	}
	fmt.Fprintln(w, a.Answer)
	for _, c := range a.Citations {
		loc := fmt.Sprintf("¶%d.%d", c.Paragraph, c.Sentence)
		if multi {
			loc = c.Article + " " + loc
		}
		fmt.Fprintf(w, "  %s  %s\n", loc, c.Text)
	}
}

// runServe runs the Discord bot until ctx is cancelled, logging to stderr.
func runServe(ctx context.Context, cfg config.Config, stderr io.Writer) error {
	var level slog.Level
	if err := level.UnmarshalText([]byte(cfg.LogLevel)); err != nil {
		level = slog.LevelInfo
	}
	hopts := &slog.HandlerOptions{Level: level}
	var h slog.Handler = slog.NewTextHandler(stderr, hopts)
	if cfg.LogFormat == "json" {
		h = slog.NewJSONHandler(stderr, hopts)
	}
	logger := slog.New(h)

	eng, err := buildEngine(cfg)
	if err != nil {
		return fmt.Errorf("serve: %w", err)
	}
	logger.Info("engine ready", "articles", len(eng.Sources()), "since_start_ms", time.Since(processStart).Milliseconds())
	opts := bot.Options{
		Token:        cfg.DiscordToken,
		APIBase:      cfg.DiscordAPIBase,
		GuildID:      cfg.DiscordGuildID,
		ShardID:      cfg.ShardID,
		ShardCount:   cfg.ShardCount,
		RateCount:    cfg.RateCount,
		RateWindow:   cfg.RateWindow,
		MaxQuestion:  cfg.MaxQuestion,
		LogQuestions: cfg.LogQuestions,
		HTTPAddr:     cfg.HTTPAddr,
	}
	b, err := bot.New(opts, eng, logger)
	if err != nil {
		return fmt.Errorf("serve: %w", err)
	}
	logger.Info("starting", "articles", len(eng.Sources()), "options", opts)
	if err := b.Run(ctx); err != nil {
		return fmt.Errorf("serve: %w", err)
	}
	return nil
}

// runHealth requests the health endpoint of a running bot and succeeds only
// on 200, for a container HEALTHCHECK in an image without a shell.
func runHealth(ctx context.Context, cfg config.Config, stdout io.Writer) error {
	ctx, cancel := context.WithTimeout(ctx, 5*time.Second)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, cfg.HealthURL, nil)
	if err != nil {
		return fmt.Errorf("health: %w", err)
	}
	// The endpoint is local: never send it through a proxy from the environment.
	client := &http.Client{Transport: &http.Transport{Proxy: nil}}
	resp, err := client.Do(req)
	if err != nil {
		return fmt.Errorf("health: %w", err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("health: %s: %s", cfg.HealthURL, resp.Status)
	}
	fmt.Fprintln(stdout, "ok")
	return nil
}
