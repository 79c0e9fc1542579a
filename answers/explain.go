package answers

import (
	"fmt"
	"slices"
	"sort"
	"strings"
)

// Explain shows how the engine reads a question and weighs the sentences,
// for an operator wondering why it answered as it did: the kind and other
// readings, each term with its weight and alternatives, and the sentences
// that carry most of the question, best first, with the short answer each
// would give. It is not part of the answer path.
func (e *Engine) Explain(raw string) string {
	var b strings.Builder
	q := e.analyzeAny(raw)
	fmt.Fprintf(&b, "question: %q\nnormalised: %q\nlanguage: %s  kind: %s", q.Raw, q.Text, q.Lang, q.Kind)
	for _, f := range []struct{ name, v string }{{"grain", q.Grain}, {"measure", q.Measure}, {"unit", q.Unit}, {"subject", q.Subject}} {
		if f.v != "" {
			fmt.Fprintf(&b, "  %s: %s", f.name, f.v)
		}
	}
	if q.Passive {
		b.WriteString("  passive")
	}
	if q.Negated {
		b.WriteString("  negated")
	}
	b.WriteString("\n")
	if q.Invalid {
		b.WriteString("not a question\n")
		return b.String()
	}
	e.weigh(&q)
	for _, t := range q.Terms {
		var flags []string
		for _, f := range []struct {
			on   bool
			name string
		}{{t.Name, "name"}, {t.Required, "required"}, {t.Predicate, "predicate"}, {t.Light, "light"}, {t.unknown, "not in the articles"}} {
			if f.on {
				flags = append(flags, f.name)
			}
		}
		fmt.Fprintf(&b, "  term %-10q weight %.2f %s", t.Text, t.Weight, strings.Join(flags, ","))
		if len(t.Alts) > 0 {
			fmt.Fprintf(&b, "  or %s", strings.Join(t.Alts, "/"))
		}
		if len(t.Chat) > 0 {
			fmt.Fprintf(&b, "  or loosely %s", strings.Join(t.Chat, "/"))
		}
		if len(t.Doers) > 0 {
			fmt.Fprintf(&b, "  held by %s", strings.Join(t.Doers, "/"))
		}
		if t.lemma != "" && t.lemma != t.Text {
			fmt.Fprintf(&b, "  from %q", t.lemma)
		}
		b.WriteString("\n")
	}
	cands := e.score(q)
	e.headlineLends(q, cands)
	sort.SliceStable(cands, func(i, j int) bool { return cands[i].cov > cands[j].cov })
	a := e.Answer(raw)
	cited := func(c *candidate) bool {
		return slices.ContainsFunc(a.Citations, func(ct Citation) bool {
			return ct.Article == c.d.Article && ct.Paragraph == c.d.Paragraph && ct.Sentence == c.d.Index
		})
	}
	// the eight best covered, and any sentence the answer cites below them
	for i, c := range cands {
		if i >= 8 && !cited(c) {
			continue
		}
		ranked := e.rank(q, c)
		fmt.Fprintf(&b, "  %-10s ¶%d.%d coverage %.2f names %v predicate %v denied %v", c.d.Section, c.d.Paragraph, c.d.Index, c.cov, c.namesOK, c.predOK, c.denied)
		if ranked {
			fmt.Fprintf(&b, " score %.2f", c.score)
		}
		fmt.Fprintf(&b, " → %q\n", c.span)
	}
	fmt.Fprintf(&b, "answer: %s %s %q\n", a.Status, a.Reason, a.Answer)
	return b.String()
}
