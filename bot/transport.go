package bot

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"
)

// discordHost is the host discordgo addresses every REST call to.
const discordHost = "discord.com"

// transport is the http.RoundTripper under discordgo's REST client. It
//
//   - sends every request for discord.com to the API base instead (scheme and
//     host replaced, the base's path prefix kept), so that a REST proxy or a
//     fake Discord stands in for Discord;
//   - sets the Authorization header to "Bot <token>", so that discordgo can
//     hold the bare token, which is what Identify and Resume want;
//   - falls back from GET /gateway to GET /gateway/bot when the first is not
//     found, and turns an http(s) gateway URL into ws(s);
//   - gives a 429 response without a JSON retry_after (only a Retry-After
//     header) the JSON body discordgo's rate limiter needs to wait and retry.
type transport struct {
	base  *url.URL
	token string
	next  http.RoundTripper
}

func newTransport(apiBase, token string, next http.RoundTripper) (*transport, error) {
	u, err := url.Parse(strings.TrimRight(apiBase, "/"))
	if err != nil {
		return nil, fmt.Errorf("bot: API base: %w", err)
	}
	if (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return nil, fmt.Errorf("bot: API base %q is not an http(s) URL", apiBase)
	}
	if next == nil {
		next = http.DefaultTransport
	}
	return &transport{base: u, token: token, next: next}, nil
}

// RoundTrip implements http.RoundTripper.
func (t *transport) RoundTrip(req *http.Request) (*http.Response, error) {
	r := req.Clone(req.Context())
	if r.URL.Host == discordHost {
		r.URL.Scheme = t.base.Scheme
		r.URL.Host = t.base.Host
		r.URL.Path = t.base.Path + r.URL.Path
		if r.URL.RawPath != "" {
			r.URL.RawPath = t.base.EscapedPath() + r.URL.RawPath
		}
		r.Host = ""
	}
	if r.Header.Get("Authorization") != "" && t.token != "" {
		r.Header.Set("Authorization", "Bot "+t.token)
	}
	resp, err := t.next.RoundTrip(r)
	if err != nil {
		return nil, err
	}
	if resp.StatusCode == http.StatusTooManyRequests {
		return fix429(resp)
	}
	if isGatewayLookup(r) {
		if resp.StatusCode == http.StatusNotFound && !strings.HasSuffix(r.URL.Path, "/bot") {
			resp.Body.Close()
			r2 := r.Clone(r.Context())
			r2.URL.Path += "/bot"
			r2.URL.RawPath = ""
			if resp, err = t.next.RoundTrip(r2); err != nil {
				return nil, err
			}
			if resp.StatusCode == http.StatusTooManyRequests {
				return fix429(resp)
			}
		}
		return fixGatewayURL(resp)
	}
	return resp, nil
}

func isGatewayLookup(r *http.Request) bool {
	return r.Method == http.MethodGet &&
		(strings.HasSuffix(r.URL.Path, "/gateway") || strings.HasSuffix(r.URL.Path, "/gateway/bot"))
}

// fixGatewayURL rewrites an http(s) gateway URL to ws(s) and drops any query,
// since discordgo appends its own "?v=9&encoding=json".
func fixGatewayURL(resp *http.Response) (*http.Response, error) {
	if resp.StatusCode != http.StatusOK {
		return resp, nil
	}
	body, err := readAll(resp)
	if err != nil {
		return nil, err
	}
	var v map[string]any
	if json.Unmarshal(body, &v) == nil {
		if s, ok := v["url"].(string); ok {
			s, _, _ = strings.Cut(s, "?")
			switch {
			case strings.HasPrefix(s, "http://"):
				v["url"] = "ws://" + strings.TrimPrefix(s, "http://")
			case strings.HasPrefix(s, "https://"):
				v["url"] = "wss://" + strings.TrimPrefix(s, "https://")
			default:
				v["url"] = s
			}
			if b, err := json.Marshal(v); err == nil {
				body = b
			}
		}
	}
	setBody(resp, body)
	return resp, nil
}

// fix429 makes sure a 429 body carries retry_after, taking it from the
// Retry-After header (seconds) when the body has none; discordgo fails a
// 429 whose body it cannot read, and retries at once without retry_after.
func fix429(resp *http.Response) (*http.Response, error) {
	body, err := readAll(resp)
	if err != nil {
		return nil, err
	}
	var v map[string]any
	if json.Unmarshal(body, &v) != nil || v == nil {
		v = map[string]any{"message": "You are being rate limited.", "global": false}
	}
	if ra, ok := v["retry_after"].(float64); !ok || ra <= 0 {
		secs := 1.0 // neither header nor body: wait a second rather than hammer
		if h := resp.Header.Get("Retry-After"); h != "" {
			if f, err := strconv.ParseFloat(h, 64); err == nil && f >= 0 {
				secs = f
			} else if at, err := http.ParseTime(h); err == nil {
				secs = max(time.Until(at).Seconds(), 0)
			}
		}
		v["retry_after"] = secs
	}
	b, err := json.Marshal(v)
	if err != nil {
		return nil, fmt.Errorf("bot: rewrite 429 body: %w", err)
	}
	resp.Header.Set("Content-Type", "application/json")
	setBody(resp, b)
	return resp, nil
}

func readAll(resp *http.Response) ([]byte, error) {
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		return nil, fmt.Errorf("bot: read response body: %w", err)
	}
	return b, nil
}

func setBody(resp *http.Response, b []byte) {
	resp.Body = io.NopCloser(bytes.NewReader(b))
	resp.ContentLength = int64(len(b))
	resp.Header.Del("Content-Length")
	resp.Header.Del("Content-Encoding")
}
