package bot

import (
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

func TestTransport(t *testing.T) {
	type seen struct{ path, auth string }
	var got []seen
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		got = append(got, seen{r.URL.Path, r.Header.Get("Authorization")})
		switch {
		case strings.HasSuffix(r.URL.Path, "/gateway"):
			http.NotFound(w, r)
		case strings.HasSuffix(r.URL.Path, "/gateway/bot"):
			io.WriteString(w, `{"url":"http://gw.example:1234/ws?v=10&encoding=json","shards":1}`)
		case strings.HasSuffix(r.URL.Path, "/limited"):
			w.Header().Set("Retry-After", "0.25")
			w.WriteHeader(http.StatusTooManyRequests)
		default:
			io.WriteString(w, `{}`)
		}
	}))
	defer srv.Close()

	tests := []struct {
		name      string
		url       string
		auth      bool
		wantPaths []string
		wantAuth  string
		check     func(t *testing.T, resp *http.Response, body []byte)
	}{
		{
			name: "rewrites host, keeps the base path, adds Bot", url: "https://discord.com/api/v9/channels/1/messages", auth: true,
			wantPaths: []string{"/proxy/api/v9/channels/1/messages"}, wantAuth: "Bot tok",
		},
		{
			name: "gateway falls back to /gateway/bot, becomes ws, loses its query", url: "https://discord.com/api/v9/gateway",
			wantPaths: []string{"/proxy/api/v9/gateway", "/proxy/api/v9/gateway/bot"},
			check: func(t *testing.T, resp *http.Response, body []byte) {
				var v struct{ URL string }
				json.Unmarshal(body, &v)
				if v.URL != "ws://gw.example:1234/ws" {
					t.Errorf("gateway url = %q", v.URL)
				}
			},
		},
		{
			name: "429 with only Retry-After gets a JSON retry_after", url: "https://discord.com/api/v9/limited", auth: true,
			wantPaths: []string{"/proxy/api/v9/limited"}, wantAuth: "Bot tok",
			check: func(t *testing.T, resp *http.Response, body []byte) {
				var v struct {
					RetryAfter float64 `json:"retry_after"`
				}
				if err := json.Unmarshal(body, &v); err != nil || v.RetryAfter != 0.25 || resp.StatusCode != 429 {
					t.Errorf("429 body = %s (%v)", body, err)
				}
			},
		},
	}
	tr, err := newTransport(srv.URL+"/proxy/", "tok", nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got = nil
			req, _ := http.NewRequest(http.MethodGet, tc.url, nil)
			if tc.auth {
				req.Header.Set("authorization", "tok")
			}
			resp, err := tr.RoundTrip(req)
			if err != nil {
				t.Fatal(err)
			}
			body, _ := io.ReadAll(resp.Body)
			resp.Body.Close()
			var paths []string
			for _, s := range got {
				paths = append(paths, s.path)
			}
			if strings.Join(paths, " ") != strings.Join(tc.wantPaths, " ") {
				t.Errorf("paths = %v, want %v", paths, tc.wantPaths)
			}
			if tc.wantAuth != "" && got[0].auth != tc.wantAuth {
				t.Errorf("authorization = %q, want %q", got[0].auth, tc.wantAuth)
			}
			if tc.check != nil {
				tc.check(t, resp, body)
			}
		})
	}
}

func TestNewTransportRejects(t *testing.T) {
	for _, base := range []string{"ftp://x", "discord.com", "http://"} {
		t.Run(base, func(t *testing.T) {
			if _, err := newTransport(base, "t", nil); err == nil {
				t.Errorf("newTransport(%q) accepted", base)
			}
		})
	}
}
