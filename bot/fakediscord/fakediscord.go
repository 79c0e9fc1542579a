package fakediscord

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/gorilla/websocket"
)

// Defaults for zero Config fields.
const (
	DefaultToken             = "fake.bot.token"
	DefaultBotID             = "1000000000000000001"
	DefaultBotName           = "eventbot"
	DefaultHeartbeatInterval = 1 * time.Second
)

// APIPrefix is the path prefix of the REST routes the fake serves.
const APIPrefix = "/api/v9"

// ErrNoSession is returned when an event is injected with no gateway
// session connected.
var ErrNoSession = errors.New("fakediscord: no gateway session")

// Config configures a Server.
type Config struct {
	Token             string        // the bot token Identify, Resume and REST must carry
	BotID             string        // the bot's user ID, also its application ID
	BotName           string        // the bot's username
	Guilds            []string      // guild IDs in READY, as unavailable guilds
	HeartbeatInterval time.Duration // sent in Hello
}

// Request is one recorded REST request.
type Request struct {
	Method string
	Path   string // URL path, such as /api/v9/channels/1/messages
	Auth   string // the Authorization header
	Body   json.RawMessage
	Status int // the status the fake answered with
}

// JSON decodes the request body into v.
func (r Request) JSON(v any) error { return json.Unmarshal(r.Body, v) }

// Server is a running fake Discord. Its methods are safe for concurrent use.
type Server struct {
	cfg  Config
	http *httptest.Server
	// URL is the REST base URL (DISCORD_API_BASE), such as http://127.0.0.1:4321.
	URL string

	mu         sync.Mutex
	changed    chan struct{} // closed and replaced on every change
	requests   []Request
	limitN     int
	retryAfter time.Duration
	conn       *gwConn // the identified or resumed connection, if any
	sessions   map[string]int64
	identifies []json.RawMessage
	resumes    int
	nextID     int64
	held       bool // refuse new gateway connections
	noResume   bool // ignore Resume
}

// gwConn is one gateway websocket connection.
type gwConn struct {
	ws        *websocket.Conn
	wmu       sync.Mutex
	sessionID string
}

func (c *gwConn) send(v any) error {
	c.wmu.Lock()
	defer c.wmu.Unlock()
	c.ws.SetWriteDeadline(time.Now().Add(5 * time.Second))
	return c.ws.WriteJSON(v)
}

// payload is a gateway message.
type payload struct {
	Op int             `json:"op"`
	D  json.RawMessage `json:"d"`
	S  *int64          `json:"s,omitempty"`
	T  string          `json:"t,omitempty"`
}

type outgoing struct {
	Op int     `json:"op"`
	D  any     `json:"d"`
	S  *int64  `json:"s"`
	T  *string `json:"t"`
}

// New starts a fake Discord on loopback. Close it when done.
func New(cfg Config) *Server {
	if cfg.Token == "" {
		cfg.Token = DefaultToken
	}
	if cfg.BotID == "" {
		cfg.BotID = DefaultBotID
	}
	if cfg.BotName == "" {
		cfg.BotName = DefaultBotName
	}
	if cfg.HeartbeatInterval <= 0 {
		cfg.HeartbeatInterval = DefaultHeartbeatInterval
	}
	s := &Server{cfg: cfg, changed: make(chan struct{}), sessions: map[string]int64{}, nextID: 9000}
	mux := http.NewServeMux()
	mux.HandleFunc("GET /gateway", s.serveGateway)
	mux.HandleFunc("GET /gateway/", s.serveGateway)
	mux.Handle(APIPrefix+"/", s.rest())
	s.http = httptest.NewServer(mux)
	s.URL = s.http.URL
	return s
}

// Close drops every connection and stops the server.
func (s *Server) Close() {
	s.mu.Lock()
	if s.conn != nil {
		s.conn.ws.Close()
		s.conn = nil
	}
	s.mu.Unlock()
	s.http.CloseClientConnections()
	s.http.Close()
}

// Config is the configuration the server runs with, defaults filled in.
func (s *Server) Config() Config { return s.cfg }

// GatewayURL is the websocket URL the gateway lookup returns.
func (s *Server) GatewayURL() string {
	return "ws" + strings.TrimPrefix(s.URL, "http") + "/gateway"
}

// notify wakes every waiter; s.mu must be held.
func (s *Server) notify() {
	close(s.changed)
	s.changed = make(chan struct{})
}

// wait blocks until cond, checked under s.mu, holds or ctx is done.
func (s *Server) wait(ctx context.Context, cond func() bool) error {
	for {
		s.mu.Lock()
		ok, ch := cond(), s.changed
		s.mu.Unlock()
		if ok {
			return nil
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("fakediscord: %w", ctx.Err())
		case <-ch:
		}
	}
}

// Requests returns every REST request recorded so far.
func (s *Server) Requests() []Request {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]Request(nil), s.requests...)
}

// WaitRequest waits for a recorded REST request for which match is true,
// looking at those recorded after the first skip requests.
func (s *Server) WaitRequest(ctx context.Context, skip int, match func(Request) bool) (Request, error) {
	var found Request
	err := s.wait(ctx, func() bool {
		for _, r := range s.requests[min(skip, len(s.requests)):] {
			if match(r) {
				found = r
				return true
			}
		}
		return false
	})
	return found, err
}

// RateLimitNext answers the next n REST calls (the gateway lookup aside)
// with 429 Too Many Requests and retryAfter in the Retry-After header and
// the body.
func (s *Server) RateLimitNext(n int, retryAfter time.Duration) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.limitN, s.retryAfter = n, retryAfter
}

// Identifies returns the Identify payloads received so far.
func (s *Server) Identifies() []json.RawMessage {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]json.RawMessage(nil), s.identifies...)
}

// Resumes is the number of sessions resumed so far.
func (s *Server) Resumes() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.resumes
}

// WaitSession waits until a gateway connection has identified or resumed
// and is ready for events.
func (s *Server) WaitSession(ctx context.Context) error {
	return s.wait(ctx, func() bool { return s.conn != nil })
}

// WaitResumes waits until at least n sessions have been resumed and one is
// connected.
func (s *Server) WaitResumes(ctx context.Context, n int) error {
	return s.wait(ctx, func() bool { return s.resumes >= n && s.conn != nil })
}

// WaitNoSession waits until no gateway connection is open, as after the bot
// has closed it.
func (s *Server) WaitNoSession(ctx context.Context) error {
	return s.wait(ctx, func() bool { return s.conn == nil })
}

// DropConnection closes the gateway connection abruptly, without a close
// frame, as a network failure would. The session stays resumable.
func (s *Server) DropConnection() {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.conn != nil {
		s.conn.ws.NetConn().Close()
		s.conn = nil
		s.notify()
	}
}

// HoldGateway makes the gateway refuse new connections (503) while hold is
// true, as an outage would.
func (s *Server) HoldGateway(hold bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.held = hold
}

// IgnoreResume makes the gateway ignore op 6 Resume, sending nothing back,
// while ignore is true, like a minimal gateway that only knows Identify.
func (s *Server) IgnoreResume(ignore bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.noResume = ignore
}

// InvalidateSessions forgets every session, so that a Resume is answered
// with op 9 Invalid Session and the client must identify again.
func (s *Server) InvalidateSessions() {
	s.mu.Lock()
	defer s.mu.Unlock()
	clear(s.sessions)
}

// Dispatch sends a dispatch event (op 0) with the next sequence number on
// the current gateway connection.
func (s *Server) Dispatch(event string, data any) error {
	s.mu.Lock()
	c := s.conn
	if c == nil {
		s.mu.Unlock()
		return ErrNoSession
	}
	s.sessions[c.sessionID]++
	seq := s.sessions[c.sessionID]
	s.mu.Unlock()
	if err := c.send(outgoing{Op: 0, D: data, S: &seq, T: &event}); err != nil {
		return fmt.Errorf("fakediscord: dispatch %s: %w", event, err)
	}
	return nil
}

// User is a Discord user in an injected event.
type User struct {
	ID       string `json:"id"`
	Username string `json:"username"`
	Bot      bool   `json:"bot,omitempty"`
}

// Message describes a MESSAGE_CREATE to inject.
type Message struct {
	ID, ChannelID, GuildID string // an empty GuildID makes it a DM
	Author                 User
	Content                string
	MentionBot             bool // list the bot in mentions and start Content with its mention
}

// SendMessage dispatches a MESSAGE_CREATE; it returns the message ID.
func (s *Server) SendMessage(m Message) (string, error) {
	if m.ID == "" {
		m.ID = s.newID()
	}
	mentions := []User{}
	content := m.Content
	if m.MentionBot {
		mentions = append(mentions, User{ID: s.cfg.BotID, Username: s.cfg.BotName, Bot: true})
		content = "<@" + s.cfg.BotID + "> " + content
	}
	d := map[string]any{
		"id":         m.ID,
		"type":       0,
		"channel_id": m.ChannelID,
		"author":     m.Author,
		"content":    content,
		"mentions":   mentions,
		"timestamp":  time.Now().UTC().Format(time.RFC3339),
	}
	if m.GuildID != "" {
		d["guild_id"] = m.GuildID
	}
	return m.ID, s.Dispatch("MESSAGE_CREATE", d)
}

// Interaction describes an application command INTERACTION_CREATE to inject.
type Interaction struct {
	ID, Token, GuildID, ChannelID string
	User                          User
	Command                       string
	Options                       map[string]string // string options
	Locale                        string
}

// SendInteraction dispatches an INTERACTION_CREATE for a slash command; it
// returns the interaction ID.
func (s *Server) SendInteraction(ix Interaction) (string, error) {
	if ix.ID == "" {
		ix.ID = s.newID()
	}
	if ix.Token == "" {
		ix.Token = "itoken" + ix.ID
	}
	opts := []map[string]any{}
	for k, v := range ix.Options {
		opts = append(opts, map[string]any{"name": k, "type": 3, "value": v})
	}
	d := map[string]any{
		"id":             ix.ID,
		"application_id": s.cfg.BotID,
		"type":           2,
		"token":          ix.Token,
		"version":        1,
		"channel_id":     ix.ChannelID,
		"locale":         ix.Locale,
		"data":           map[string]any{"id": "cmd-" + ix.Command, "name": ix.Command, "type": 1, "options": opts},
	}
	if ix.GuildID != "" {
		d["guild_id"] = ix.GuildID
		d["member"] = map[string]any{"user": ix.User, "roles": []string{}}
	} else {
		d["user"] = ix.User
	}
	return ix.ID, s.Dispatch("INTERACTION_CREATE", d)
}

func (s *Server) newID() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.nextID++
	return strconv.FormatInt(s.nextID, 10)
}

var upgrader = websocket.Upgrader{CheckOrigin: func(*http.Request) bool { return true }}

// serveGateway runs one gateway connection: Hello, then Identify or Resume,
// heartbeats, until the connection drops.
func (s *Server) serveGateway(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	held := s.held
	s.mu.Unlock()
	if held {
		http.Error(w, "gateway unavailable", http.StatusServiceUnavailable)
		return
	}
	ws, err := upgrader.Upgrade(w, r, nil)
	if err != nil {
		return
	}
	c := &gwConn{ws: ws}
	defer func() {
		ws.Close()
		s.mu.Lock()
		if s.conn == c {
			s.conn = nil
			s.notify()
		}
		s.mu.Unlock()
	}()
	hello := map[string]any{"heartbeat_interval": s.cfg.HeartbeatInterval.Milliseconds()}
	if c.send(outgoing{Op: 10, D: hello}) != nil {
		return
	}
	for {
		var p payload
		if err := ws.ReadJSON(&p); err != nil {
			return
		}
		switch p.Op {
		case 1: // heartbeat
			if c.send(outgoing{Op: 11}) != nil {
				return
			}
		case 2: // identify
			if !s.identify(c, p.D) {
				return
			}
		case 6: // resume
			s.mu.Lock()
			ignore := s.noResume
			s.mu.Unlock()
			if !ignore && !s.resume(c, p.D) {
				return
			}
		}
	}
}

func (s *Server) tokenOK(tok string) bool {
	return tok == s.cfg.Token || tok == "Bot "+s.cfg.Token
}

func (s *Server) closeWith(c *gwConn, code int, text string) {
	c.wmu.Lock()
	defer c.wmu.Unlock()
	c.ws.WriteControl(websocket.CloseMessage, websocket.FormatCloseMessage(code, text), time.Now().Add(time.Second))
}

func (s *Server) identify(c *gwConn, d json.RawMessage) bool {
	var id struct {
		Token string `json:"token"`
	}
	if json.Unmarshal(d, &id) != nil || !s.tokenOK(id.Token) {
		s.closeWith(c, 4004, "Authentication failed.")
		return false
	}
	s.mu.Lock()
	s.nextID++
	c.sessionID = "session" + strconv.FormatInt(s.nextID, 10)
	s.sessions[c.sessionID] = 1
	s.identifies = append(s.identifies, append(json.RawMessage(nil), d...))
	// the connection is current before the client can know it is ready:
	// a test that sees the bot ready may drop it at once
	s.conn = c
	s.mu.Unlock()
	guilds := []map[string]any{}
	for _, g := range s.cfg.Guilds {
		guilds = append(guilds, map[string]any{"id": g, "unavailable": true})
	}
	seq, event := int64(1), "READY"
	ready := map[string]any{
		"v":                  9,
		"session_id":         c.sessionID,
		"resume_gateway_url": s.GatewayURL(),
		"user":               User{ID: s.cfg.BotID, Username: s.cfg.BotName, Bot: true},
		"application":        map[string]any{"id": s.cfg.BotID, "flags": 0},
		"guilds":             guilds,
	}
	if c.send(outgoing{Op: 0, D: ready, S: &seq, T: &event}) != nil {
		return false
	}
	s.mu.Lock()
	s.notify()
	s.mu.Unlock()
	return true
}

func (s *Server) resume(c *gwConn, d json.RawMessage) bool {
	var rs struct {
		Token     string `json:"token"`
		SessionID string `json:"session_id"`
	}
	if json.Unmarshal(d, &rs) != nil || !s.tokenOK(rs.Token) {
		s.closeWith(c, 4004, "Authentication failed.")
		return false
	}
	s.mu.Lock()
	seq, ok := s.sessions[rs.SessionID]
	s.mu.Unlock()
	if !ok {
		return c.send(outgoing{Op: 9, D: false}) == nil // invalid session: identify again
	}
	seq++
	event := "RESUMED"
	s.mu.Lock()
	s.sessions[rs.SessionID] = seq
	c.sessionID = rs.SessionID
	s.conn = c // current before RESUMED reaches the client, as for READY
	s.mu.Unlock()
	if c.send(outgoing{Op: 0, D: map[string]any{}, S: &seq, T: &event}) != nil {
		return false
	}
	s.mu.Lock()
	s.resumes++
	s.notify()
	s.mu.Unlock()
	return true
}

// rest serves the REST API: it records each request, checks the token,
// applies injected rate limits and routes the call.
func (s *Server) rest() http.Handler {
	mux := http.NewServeMux()
	p := APIPrefix
	mux.HandleFunc("GET "+p+"/gateway", func(w http.ResponseWriter, r *http.Request) {
		writeJSON(w, http.StatusOK, map[string]any{"url": s.GatewayURL()})
	})
	mux.HandleFunc("GET "+p+"/gateway/bot", func(w http.ResponseWriter, r *http.Request) {
		writeJSON(w, http.StatusOK, map[string]any{
			"url": s.GatewayURL(), "shards": 1,
			"session_start_limit": map[string]any{"total": 1000, "remaining": 999, "reset_after": 0, "max_concurrency": 1},
		})
	})
	mux.HandleFunc("GET "+p+"/users/@me", func(w http.ResponseWriter, r *http.Request) {
		writeJSON(w, http.StatusOK, User{ID: s.cfg.BotID, Username: s.cfg.BotName, Bot: true})
	})
	commands := func(w http.ResponseWriter, r *http.Request, body []byte) {
		var cmds []map[string]any
		if err := json.Unmarshal(body, &cmds); err != nil {
			writeJSON(w, http.StatusBadRequest, map[string]any{"message": "Invalid Form Body", "code": 50035})
			return
		}
		for _, c := range cmds {
			c["id"] = s.newID()
			c["application_id"] = r.PathValue("app")
			c["version"] = "1"
		}
		writeJSON(w, http.StatusOK, cmds)
	}
	withBody := func(h func(http.ResponseWriter, *http.Request, []byte)) http.HandlerFunc {
		return func(w http.ResponseWriter, r *http.Request) {
			body, _ := io.ReadAll(r.Body)
			h(w, r, body)
		}
	}
	mux.HandleFunc("PUT "+p+"/applications/{app}/commands", withBody(commands))
	mux.HandleFunc("PUT "+p+"/applications/{app}/guilds/{guild}/commands", withBody(commands))
	mux.HandleFunc("POST "+p+"/channels/{channel}/messages", withBody(func(w http.ResponseWriter, r *http.Request, body []byte) {
		var m map[string]any
		if err := json.Unmarshal(body, &m); err != nil {
			writeJSON(w, http.StatusBadRequest, map[string]any{"message": "Invalid Form Body", "code": 50035})
			return
		}
		m["id"] = s.newID()
		m["channel_id"] = r.PathValue("channel")
		m["author"] = User{ID: s.cfg.BotID, Username: s.cfg.BotName, Bot: true}
		m["timestamp"] = time.Now().UTC().Format(time.RFC3339)
		writeJSON(w, http.StatusOK, m)
	}))
	mux.HandleFunc("POST "+p+"/interactions/{id}/{token}/callback", func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(http.StatusNoContent)
	})
	mux.HandleFunc("POST "+p+"/webhooks/{app}/{token}", withBody(func(w http.ResponseWriter, r *http.Request, body []byte) {
		var m map[string]any
		_ = json.Unmarshal(body, &m)
		if m == nil {
			m = map[string]any{}
		}
		m["id"] = s.newID()
		writeJSON(w, http.StatusOK, m)
	}))
	mux.HandleFunc(p+"/", func(w http.ResponseWriter, r *http.Request) {
		writeJSON(w, http.StatusNotFound, map[string]any{"message": "404: Not Found", "code": 0})
	})

	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		r.Body = io.NopCloser(bytes.NewReader(body))
		rec := &statusRecorder{ResponseWriter: w, status: http.StatusOK}
		defer func() {
			s.mu.Lock()
			s.requests = append(s.requests, Request{
				Method: r.Method, Path: r.URL.Path, Auth: r.Header.Get("Authorization"),
				Body: json.RawMessage(body), Status: rec.status,
			})
			s.notify()
			s.mu.Unlock()
		}()
		isLookup := r.Method == http.MethodGet && r.URL.Path == p+"/gateway"
		if !isLookup && r.Header.Get("Authorization") != "Bot "+s.cfg.Token {
			writeJSON(rec, http.StatusUnauthorized, map[string]any{"message": "401: Unauthorized", "code": 0})
			return
		}
		if !strings.HasPrefix(r.URL.Path, p+"/gateway") {
			s.mu.Lock()
			limited, after := s.limitN > 0, s.retryAfter
			if limited {
				s.limitN--
			}
			s.mu.Unlock()
			if limited {
				secs := after.Seconds()
				rec.Header().Set("Retry-After", strconv.FormatFloat(secs, 'f', -1, 64))
				rec.Header().Set("X-RateLimit-Scope", "user")
				writeJSON(rec, http.StatusTooManyRequests, map[string]any{
					"message": "You are being rate limited.", "retry_after": secs, "global": false,
				})
				return
			}
		}
		mux.ServeHTTP(rec, r)
	})
}

type statusRecorder struct {
	http.ResponseWriter
	status int
}

// WriteHeader records the status code before passing it on.
func (r *statusRecorder) WriteHeader(code int) {
	r.status = code
	r.ResponseWriter.WriteHeader(code)
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(v)
}
