package bot

import (
	"context"
	"fmt"
	"log/slog"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/bwmarrin/discordgo"
)

// discordgo logs through one package-level function; dglog routes it to the
// slog.Logger of the most recently created Bot, with every token of a live
// Bot redacted (discordgo's debug log prints the Identify packet).
var dglog struct {
	once   sync.Once
	logger atomic.Pointer[slog.Logger]

	mu      sync.RWMutex
	secrets map[string]int // token -> number of live Bots using it
}

// routeDiscordgoLogs installs the bridge (once) and points it at logger.
func routeDiscordgoLogs(logger *slog.Logger, token string) {
	dglog.once.Do(func() {
		dglog.secrets = map[string]int{}
		discordgo.Logger = discordgoLog
	})
	dglog.logger.Store(logger.With("component", "discordgo"))
	if token != "" {
		dglog.mu.Lock()
		dglog.secrets[token]++
		dglog.mu.Unlock()
	}
}

// forgetSecret stops redacting token once no Bot uses it.
func forgetSecret(token string) {
	dglog.mu.Lock()
	defer dglog.mu.Unlock()
	if dglog.secrets[token]--; dglog.secrets[token] <= 0 {
		delete(dglog.secrets, token)
	}
}

// redact replaces every known token in s.
func redact(s string) string {
	dglog.mu.RLock()
	defer dglog.mu.RUnlock()
	for tok := range dglog.secrets {
		s = strings.ReplaceAll(s, tok, "[REDACTED]")
	}
	return s
}

// discordgoLog is discordgo.Logger: it maps discordgo's levels to slog's
// (its chatty informational messages become Debug).
func discordgoLog(msgL, caller int, format string, a ...any) {
	logger := dglog.logger.Load()
	if logger == nil {
		return
	}
	level := slog.LevelDebug
	switch msgL {
	case discordgo.LogError:
		level = slog.LevelError
	case discordgo.LogWarning:
		level = slog.LevelWarn
	}
	ctx := context.Background()
	if !logger.Enabled(ctx, level) {
		return
	}
	msg := redact(strings.TrimSpace(fmt.Sprintf(format, a...)))
	var pcs [1]uintptr
	runtime.Callers(caller+2, pcs[:]) // skip Callers, discordgoLog and msglog
	r := slog.NewRecord(time.Now(), level, msg, pcs[0])
	_ = logger.Handler().Handle(ctx, r)
}

// discordgoLevel is the session log level matching logger: informational
// messages only when slog debug is on, never discordgo's debug level, which
// prints raw gateway payloads with users' messages and the Identify token.
func discordgoLevel(logger *slog.Logger) int {
	if logger.Enabled(context.Background(), slog.LevelDebug) {
		return discordgo.LogInformational
	}
	return discordgo.LogWarning
}
