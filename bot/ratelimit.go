package bot

import (
	"sync"
	"time"
)

// verdict is a rate limiter's decision on one question.
type verdict int

const (
	allow      verdict = iota // answer the question
	denyNotify                // refuse and tell the user once
	denySilent                // refuse without a word: the user was told already
)

// limiter is a per-user sliding-window rate limiter: at most count questions
// in any window. An over-limit user is told once per window, and the rest of
// that user's questions in the window are dropped silently, so a flood of
// questions cannot become a flood of notices. It is safe for concurrent use.
type limiter struct {
	count  int
	window time.Duration

	mu        sync.Mutex
	users     map[string]*userWindow
	lastSweep time.Time
}

type userWindow struct {
	times      []time.Time // accepted questions inside the window, oldest first
	notifiedAt time.Time   // when the user was last told to slow down
}

func newLimiter(count int, window time.Duration) *limiter {
	return &limiter{count: count, window: window, users: map[string]*userWindow{}}
}

// check records a question by user at now and decides on it. Refused
// questions do not count against the user.
func (l *limiter) check(user string, now time.Time) verdict {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.sweep(now)
	u := l.users[user]
	if u == nil {
		u = &userWindow{}
		l.users[user] = u
	}
	u.times = dropBefore(u.times, now.Add(-l.window))
	if len(u.times) < l.count {
		u.times = append(u.times, now)
		return allow
	}
	if !u.notifiedAt.IsZero() && now.Sub(u.notifiedAt) < l.window {
		return denySilent
	}
	u.notifiedAt = now
	return denyNotify
}

// retryIn is how long user must wait at now before a question is accepted.
func (l *limiter) retryIn(user string, now time.Time) time.Duration {
	l.mu.Lock()
	defer l.mu.Unlock()
	u := l.users[user]
	if u == nil || len(u.times) < l.count {
		return 0
	}
	return max(u.times[0].Add(l.window).Sub(now), 0)
}

// sweep forgets users idle for a whole window, at most once a window, so the
// map does not grow with every user ever seen.
func (l *limiter) sweep(now time.Time) {
	if now.Sub(l.lastSweep) < l.window {
		return
	}
	l.lastSweep = now
	cutoff := now.Add(-l.window)
	for id, u := range l.users {
		if len(dropBefore(u.times, cutoff)) == 0 && u.notifiedAt.Before(cutoff) {
			delete(l.users, id)
		}
	}
}

// dropBefore removes the times not after cutoff from the front of ts.
func dropBefore(ts []time.Time, cutoff time.Time) []time.Time {
	i := 0
	for i < len(ts) && !ts[i].After(cutoff) {
		i++
	}
	return ts[i:]
}
