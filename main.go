// Command eventbot answers questions about the events in a news article with
// the article's own sentences as evidence, on the command line (ask) or in a
// Discord channel (serve).
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"

	"github.com/eventbot/eventbot/config"
)

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

func runAsk(ctx context.Context, cfg config.Config, stdin io.Reader, stdout io.Writer) error {
	return errors.New("ask: not implemented yet")
}

func runServe(ctx context.Context, cfg config.Config, stderr io.Writer) error {
	return errors.New("serve: not implemented yet")
}

func runHealth(ctx context.Context, cfg config.Config, stdout io.Writer) error {
	return errors.New("health: not implemented yet")
}
