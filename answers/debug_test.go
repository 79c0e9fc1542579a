package answers

import (
	"os"
	"strings"
	"testing"
)

func TestDebugQuestions(t *testing.T) {
	qs := os.Getenv("DEBUGQ")
	if qs == "" {
		t.Skip()
	}
	e := engineFor(t, os.Getenv("DEBUGA"))
	for _, raw := range strings.Split(qs, "|") {
		q := e.analyzeAny(raw)
		e.weigh(&q)
		t.Logf("Q %s kind=%s wh=%d passive=%v subj=%q measure=%q", raw, q.Kind, q.WhPos, q.Passive, q.Subject, q.Measure)
		for _, tm := range q.Terms {
			t.Logf("   term %q w=%.2f name=%v pred=%v light=%v alts=%v pos=%d", tm.Text, tm.Weight, tm.Name, tm.Predicate, tm.Light, tm.Alts, tm.Pos)
		}
		for _, c := range e.score(q) {
			if c.cov < 0.3 {
				continue
			}
			sp, ok := e.span(q, c)
			t.Logf("   %s ¶%d.%d cov=%.2f names=%v pred=%v anchor=%d span=%q/%v", c.d.Section, c.d.Paragraph, c.d.Index, c.cov, c.namesOK, c.predOK, c.anchor, sp, ok)
		}
		t.Logf("   => %+v", e.Answer(raw))
	}
}

func TestDebugTokens(t *testing.T) {
	qs := os.Getenv("DEBUGT")
	if qs == "" {
		t.Skip()
	}
	e := engineFor(t, os.Getenv("DEBUGA"))
	for _, tk := range e.s.Tokens(qs) {
		t.Logf("%q %s has=%v stop=%v", tk.Text, tk.Pos, e.s.HasTerm(tk.Text), e.s.IsStop(tk.Text))
	}
}

func TestDebugDocs(t *testing.T) {
	pat := os.Getenv("DEBUGD")
	if pat == "" {
		t.Skip()
	}
	e := engineFor(t, os.Getenv("DEBUGA"))
	for _, d := range e.docs {
		if !strings.Contains(d.Text, pat) {
			continue
		}
		var b strings.Builder
		for _, tk := range d.Tokens {
			b.WriteString(tk.Text + "/" + tk.Pos + " ")
		}
		t.Logf("¶%d.%d %s", d.Paragraph, d.Index, b.String())
		for _, r := range e.entities(d) {
			t.Logf("   entity %q", d.Text[r.s:r.e])
		}
	}
}

func TestDebugQTokens(t *testing.T) {
	qs := os.Getenv("DEBUGQT")
	if qs == "" {
		t.Skip()
	}
	e := engineFor(t, os.Getenv("DEBUGA"))
	for _, tk := range e.s.QueryTokens(qs) {
		t.Logf("q %q %s has=%v", tk.Text, tk.Pos, e.s.HasTerm(tk.Text))
	}
	for _, tk := range e.mergeUnknown(e.s.QueryTokens(qs), qs) {
		t.Logf("m %q %s", tk.Text, tk.Pos)
	}
}
