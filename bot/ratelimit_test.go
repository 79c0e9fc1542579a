package bot

import (
	"testing"
	"time"
)

func TestLimiter(t *testing.T) {
	t0 := time.Unix(1_700_000_000, 0)
	type step struct {
		user string
		at   time.Duration // after t0
		want verdict
	}
	tests := []struct {
		name  string
		steps []step
	}{
		{"under the limit", []step{{"a", 0, allow}, {"a", time.Second, allow}, {"a", 2 * time.Second, allow}}},
		{"over the limit: one notice, then silence", []step{
			{"a", 0, allow}, {"a", 0, allow}, {"a", 0, allow},
			{"a", time.Second, denyNotify}, {"a", 2 * time.Second, denySilent}, {"a", 3 * time.Second, denySilent},
		}},
		{"window slides", []step{
			{"a", 0, allow}, {"a", 0, allow}, {"a", 5 * time.Second, allow},
			{"a", 9 * time.Second, denyNotify}, {"a", 10 * time.Second, allow}, {"a", 11 * time.Second, allow},
			{"a", 11 * time.Second, denySilent},
		}},
		{"notified again a window later", []step{
			{"a", 0, allow}, {"a", 0, allow}, {"a", 0, allow},
			{"a", time.Second, denyNotify}, {"a", 10 * time.Second, allow}, {"a", 10 * time.Second, allow}, {"a", 10 * time.Second, allow},
			{"a", 10500 * time.Millisecond, denySilent}, {"a", 11 * time.Second, denyNotify},
		}},
		{"users are independent", []step{
			{"a", 0, allow}, {"a", 0, allow}, {"a", 0, allow}, {"b", 0, allow}, {"a", 0, denyNotify}, {"b", 0, allow},
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			l := newLimiter(3, 10*time.Second)
			for i, s := range tc.steps {
				if got := l.check(s.user, t0.Add(s.at)); got != s.want {
					t.Errorf("step %d (%s at %s) = %d, want %d", i, s.user, s.at, got, s.want)
				}
			}
		})
	}
}

func TestLimiterRetryInAndSweep(t *testing.T) {
	t0 := time.Unix(1_700_000_000, 0)
	l := newLimiter(2, 10*time.Second)
	l.check("a", t0)
	l.check("a", t0.Add(4*time.Second))
	if got := l.retryIn("a", t0.Add(5*time.Second)); got != 5*time.Second {
		t.Errorf("retryIn = %s, want 5s", got)
	}
	if got := l.retryIn("b", t0); got != 0 {
		t.Errorf("retryIn for a new user = %s, want 0", got)
	}
	l.check("b", t0.Add(30*time.Second)) // sweeps a, idle for a whole window
	l.mu.Lock()
	defer l.mu.Unlock()
	if _, ok := l.users["a"]; ok || len(l.users) != 1 {
		t.Errorf("users after sweep = %v, want only b", l.users)
	}
}
