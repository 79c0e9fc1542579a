package bot

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/rand/v2"
	"net"
	"net/http"
	"sync"
	"sync/atomic"
	"time"

	"github.com/bwmarrin/discordgo"
	"github.com/gorilla/websocket"

	"github.com/eventbot/eventbot/answers"
)

// Answerer answers one question with cited sentences or a refusal, and lists
// the loaded articles. answers.Engine implements it.
type Answerer interface {
	Answer(question string) answers.Answer
	Sources() []answers.Source
}

// Defaults for zero Options fields.
const (
	DefaultAPIBase         = "https://discord.com"
	DefaultRateCount       = 5
	DefaultRateWindow      = 10 * time.Second
	DefaultMaxQuestion     = 500
	DefaultOpenTimeout     = 15 * time.Second
	DefaultShutdownTimeout = 10 * time.Second
)

// Reconnection pacing: resume this many times, then identify anew; back off
// exponentially between attempts, with jitter.
const (
	resumeAttempts = 3
	backoffMin     = 250 * time.Millisecond
	backoffMax     = 30 * time.Second
)

// ErrNoToken is returned by New when Options.Token is empty.
var ErrNoToken = errors.New("bot: no Discord token")

// errOpenTimeout is wrapped when the gateway does not get ready in time.
var errOpenTimeout = errors.New("gateway did not become ready in time")

// Options configure a Bot.
type Options struct {
	Token      string // bot token, without the "Bot " prefix; never logged
	APIBase    string // REST base URL, DefaultAPIBase if empty
	GuildID    string // register commands for this guild only; global if empty
	ShardID    int
	ShardCount int // 0 or 1: no sharding

	RateCount    int           // questions per user per RateWindow
	RateWindow   time.Duration // the rate limiter's window
	MaxQuestion  int           // longer questions (in characters) are refused
	LogQuestions bool          // log the text of questions
	HTTPAddr     string        // /healthz and /metrics listener; empty disables

	// OpenTimeout bounds one connection to the gateway, from the gateway
	// lookup to READY or RESUMED.
	OpenTimeout time.Duration
	// ShutdownTimeout bounds the wait for answers in flight on shutdown.
	ShutdownTimeout time.Duration
}

// LogValue implements slog.LogValuer; it leaves the token out.
func (o Options) LogValue() slog.Value {
	return slog.GroupValue(
		slog.String("api_base", o.APIBase),
		slog.String("guild_id", o.GuildID),
		slog.Int("shard_id", o.ShardID),
		slog.Int("shard_count", o.ShardCount),
		slog.Int("rate_count", o.RateCount),
		slog.String("rate_window", o.RateWindow.String()),
		slog.Int("max_question", o.MaxQuestion),
		slog.Bool("log_questions", o.LogQuestions),
		slog.String("http_addr", o.HTTPAddr),
	)
}

// Bot is a running Discord bot: one gateway session at a time, its handlers,
// and the HTTP listener for health and metrics.
type Bot struct {
	opts     Options
	answerer Answerer
	log      *slog.Logger
	limiter  *limiter
	metrics  *metrics
	client   *http.Client

	ran          atomic.Bool
	ready        atomic.Bool
	selfID       atomic.Pointer[string]
	httpAddr     atomic.Pointer[string]
	current      atomic.Pointer[gateway]
	disconnected chan *discordgo.Session
	registerOnce sync.Once

	stopping atomic.Bool // shutdown has begun: a disconnect is expected
	mu       sync.Mutex  // guards closing and the inflight.Add that it gates
	closing  bool        // no new work may start
	inflight sync.WaitGroup
}

// gateway is one discordgo session and the raw connection of its latest
// gateway dial, which is closed to abort a connection attempt that hangs.
type gateway struct {
	s    *discordgo.Session
	conn atomic.Pointer[net.Conn]
}

func (g *gateway) dial(ctx context.Context, network, addr string) (net.Conn, error) {
	d := net.Dialer{Timeout: 10 * time.Second, KeepAlive: 30 * time.Second}
	c, err := d.DialContext(ctx, network, addr)
	if err != nil {
		return nil, err
	}
	g.conn.Store(&c)
	return c, nil
}

func (g *gateway) abort() {
	if c := g.conn.Load(); c != nil {
		(*c).Close()
	}
}

// New returns a Bot that answers questions with a. Nothing connects until
// Run.
func New(opts Options, a Answerer, logger *slog.Logger) (*Bot, error) {
	if opts.Token == "" {
		return nil, ErrNoToken
	}
	if a == nil {
		return nil, errors.New("bot: no answerer")
	}
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	if opts.APIBase == "" {
		opts.APIBase = DefaultAPIBase
	}
	if opts.ShardCount < 1 {
		opts.ShardCount = 1
	}
	if opts.ShardID < 0 || opts.ShardID >= opts.ShardCount {
		return nil, fmt.Errorf("bot: shard %d of %d is out of range", opts.ShardID, opts.ShardCount)
	}
	if opts.RateCount <= 0 {
		opts.RateCount = DefaultRateCount
	}
	if opts.RateWindow <= 0 {
		opts.RateWindow = DefaultRateWindow
	}
	if opts.MaxQuestion <= 0 {
		opts.MaxQuestion = DefaultMaxQuestion
	}
	if opts.OpenTimeout <= 0 {
		opts.OpenTimeout = DefaultOpenTimeout
	}
	if opts.ShutdownTimeout <= 0 {
		opts.ShutdownTimeout = DefaultShutdownTimeout
	}
	tr, err := newTransport(opts.APIBase, opts.Token, nil)
	if err != nil {
		return nil, err
	}
	routeDiscordgoLogs(logger, opts.Token)
	logger = logger.With("component", "bot")
	return &Bot{
		opts:         opts,
		answerer:     a,
		log:          logger,
		limiter:      newLimiter(opts.RateCount, opts.RateWindow),
		metrics:      newMetrics(),
		client:       &http.Client{Transport: tr, Timeout: 20 * time.Second},
		disconnected: make(chan *discordgo.Session, 8),
	}, nil
}

// HTTPAddr is the address the health and metrics listener is bound to, or
// "" before Run has bound it (or when it is disabled).
func (b *Bot) HTTPAddr() string {
	if p := b.httpAddr.Load(); p != nil {
		return *p
	}
	return ""
}

// Ready reports whether the gateway session is ready: identified or resumed
// and not disconnected since.
func (b *Bot) Ready() bool { return b.ready.Load() }

// startAttempts is how many times Run tries the first connection.
const startAttempts = 4

// Run connects to Discord and answers questions until ctx is cancelled, then
// closes the gateway, waits for answers in flight and returns nil. It returns
// an error if the first connection fails or the gateway refuses the bot for
// good (a bad token, disallowed intents). A Bot runs once.
func (b *Bot) Run(ctx context.Context) error {
	if !b.ran.CompareAndSwap(false, true) {
		return errors.New("bot: Run called twice")
	}
	defer forgetSecret(b.opts.Token)
	httpErr, stopHTTP, err := b.serveHTTP()
	if err != nil {
		return err
	}
	defer stopHTTP()

	// The first connection is retried a few times (Discord, or a proxy in
	// front of it, may come up after the bot), but a refusal for good is not.
	backoff := backoffMin
	for attempt := 1; ; attempt++ {
		if err = b.open(ctx, b.newGateway()); err == nil || fatal(err) || ctx.Err() != nil || attempt == startAttempts {
			break
		}
		b.log.Warn("gateway connect failed", "attempt", attempt, "retry_in", backoff, "error", err)
		select {
		case <-ctx.Done():
		case <-time.After(backoff):
		}
		backoff = min(2*backoff, backoffMax)
	}
	if err != nil {
		b.shutdown(nil)
		if ctx.Err() != nil {
			return nil
		}
		return fmt.Errorf("bot: connect to gateway: %w", err)
	}
	for {
		select {
		case <-ctx.Done():
			b.shutdown(b.current.Load())
			return nil
		case err := <-httpErr:
			b.shutdown(b.current.Load())
			return fmt.Errorf("bot: http listener: %w", err)
		case s := <-b.disconnected:
			if cur := b.current.Load(); cur == nil || cur.s != s {
				continue // a session already replaced
			}
			if err := b.reconnect(ctx); err != nil {
				b.shutdown(b.current.Load())
				if ctx.Err() != nil {
					return nil
				}
				return fmt.Errorf("bot: reconnect to gateway: %w", err)
			}
		}
	}
}

// newGateway makes a discordgo session that is configured for the bot and
// made current. It does not connect.
func (b *Bot) newGateway() *gateway {
	g := &gateway{}
	s, _ := discordgo.New(b.opts.Token) // never fails; the transport adds "Bot " for REST
	s.Client = b.client
	s.Dialer = &websocket.Dialer{
		Proxy:            http.ProxyFromEnvironment,
		HandshakeTimeout: 10 * time.Second,
		NetDialContext:   g.dial,
	}
	s.UserAgent = "DiscordBot (https://github.com/eventbot/eventbot, 1.0)"
	s.LogLevel = discordgoLevel(b.log)
	s.SyncEvents = true              // handlers run in order; they spawn their own work
	s.StateEnabled = false           // the bot needs no cache
	s.ShouldReconnectOnError = false // Run reconnects, with resume then identify
	s.ShardID, s.ShardCount = b.opts.ShardID, b.opts.ShardCount
	// No privileged intent: a bot receives the content of messages that
	// mention it and of DMs without the message-content intent.
	s.Identify.Intents = discordgo.IntentsGuildMessages | discordgo.IntentsDirectMessages
	s.AddHandler(b.onReady)
	s.AddHandler(b.onResumed)
	s.AddHandler(b.onDisconnect)
	s.AddHandler(b.onMessageCreate)
	s.AddHandler(b.onInteractionCreate)
	g.s = s
	b.current.Store(g)
	return g
}

// open connects g within OpenTimeout, aborting a dial or handshake that
// hangs (discordgo itself would wait forever for READY).
func (b *Bot) open(ctx context.Context, g *gateway) error {
	done := make(chan error, 1)
	go func() { done <- g.s.Open() }()
	timer := time.NewTimer(b.opts.OpenTimeout)
	defer timer.Stop()
	select {
	case err := <-done:
		return err
	case <-timer.C:
		g.abort()
		if err := <-done; err != nil {
			return fmt.Errorf("%w (%s): %w", errOpenTimeout, b.opts.OpenTimeout, err)
		}
		return nil // got ready at the last moment
	case <-ctx.Done():
		g.abort()
		if err := <-done; err == nil {
			g.s.Close()
		}
		return ctx.Err()
	}
}

// reconnect re-establishes the current session after a disconnect: first by
// resuming it, then with a new session that identifies afresh.
//
// A resume is retried while the gateway cannot be reached, up to
// resumeAttempts times; once a gateway has refused or ignored the resume
// (closed the connection or sent nothing within OpenTimeout), the bot
// identifies anew at once.
func (b *Bot) reconnect(ctx context.Context) error {
	backoff := backoffMin
	resumes, resumable := 0, true
	for attempt := 1; ; attempt++ {
		g := b.current.Load()
		mode := "resume"
		if !resumable || resumes >= resumeAttempts {
			g, mode = b.newGateway(), "identify"
		} else {
			resumes++
		}
		err := b.open(ctx, g)
		if err == nil {
			b.metrics.reconnects.Inc()
			b.log.Info("gateway reconnected", "mode", mode, "attempt", attempt)
			return nil
		}
		if ctx.Err() != nil {
			return ctx.Err()
		}
		if fatal(err) {
			return err
		}
		var ce *websocket.CloseError
		if mode == "resume" && (errors.Is(err, errOpenTimeout) || errors.As(err, &ce)) {
			resumable = false
		}
		b.log.Warn("gateway reconnect failed", "mode", mode, "attempt", attempt, "retry_in", backoff, "error", err)
		wait := backoff/2 + rand.N(backoff/2+1)
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(wait):
		}
		backoff = min(2*backoff, backoffMax)
	}
}

// fatal reports whether the gateway or the API refused the bot in a way that
// retrying cannot fix.
func fatal(err error) bool {
	var ce *websocket.CloseError
	if errors.As(err, &ce) {
		switch ce.Code {
		case 4004, // authentication failed
			4010, // invalid shard
			4011, // sharding required
			4012, // invalid API version
			4013, // invalid intents
			4014: // disallowed intents
			return true
		}
	}
	var re *discordgo.RESTError
	return errors.As(err, &re) && re.Response != nil && re.Response.StatusCode == http.StatusUnauthorized
}

// shutdown closes the gateway (if g is not nil), stops taking questions and
// waits, within ShutdownTimeout, for the answers in flight.
//
// Events dispatched while the gateway closes are still answered; only then
// does the bot stop taking new work.
func (b *Bot) shutdown(g *gateway) {
	b.stopping.Store(true)
	b.setReady(false)
	if g != nil {
		if err := g.s.Close(); err != nil {
			b.log.Warn("close gateway", "error", err)
		}
	}
	b.mu.Lock()
	b.closing = true
	b.mu.Unlock()
	done := make(chan struct{})
	go func() { b.inflight.Wait(); close(done) }()
	select {
	case <-done:
	case <-time.After(b.opts.ShutdownTimeout):
		b.log.Warn("shutdown: answers still in flight", "waited", b.opts.ShutdownTimeout)
	}
	b.log.Info("stopped")
}

func (b *Bot) setReady(ok bool) {
	b.ready.Store(ok)
	if ok {
		b.metrics.ready.Set(1)
	} else {
		b.metrics.ready.Set(0)
	}
}

// serveHTTP starts the /healthz and /metrics listener, if there is one. It
// returns a channel for a serving error and a function that stops it.
func (b *Bot) serveHTTP() (<-chan error, func(), error) {
	if b.opts.HTTPAddr == "" {
		return nil, func() {}, nil
	}
	ln, err := net.Listen("tcp", b.opts.HTTPAddr)
	if err != nil {
		return nil, nil, fmt.Errorf("bot: http listener: %w", err)
	}
	addr := ln.Addr().String()
	b.httpAddr.Store(&addr)
	mux := http.NewServeMux()
	mux.HandleFunc("GET /healthz", b.serveHealth)
	mux.Handle("GET /metrics", b.metrics.handler())
	srv := &http.Server{
		Handler:           mux,
		ReadHeaderTimeout: 5 * time.Second,
		ErrorLog:          slog.NewLogLogger(b.log.Handler(), slog.LevelWarn),
	}
	errc := make(chan error, 1)
	go func() {
		if err := srv.Serve(ln); !errors.Is(err, http.ErrServerClosed) {
			errc <- err
		}
	}()
	b.log.Info("http listening", "addr", addr)
	stop := func() {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		if err := srv.Shutdown(ctx); err != nil {
			b.log.Warn("http shutdown", "error", err)
		}
	}
	return errc, stop, nil
}

// serveHealth answers 200 while the gateway session is ready, 503 otherwise.
func (b *Bot) serveHealth(w http.ResponseWriter, _ *http.Request) {
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	if !b.Ready() {
		w.WriteHeader(http.StatusServiceUnavailable)
		fmt.Fprintln(w, "not ready")
		return
	}
	fmt.Fprintln(w, "ok")
}
