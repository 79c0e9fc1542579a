package answers

import (
	"os"
	"strings"
	"testing"
)

func TestDbgEnt(t *testing.T) {
	e := engineFor(t, os.Getenv("ART"))
	for _, d := range e.docs {
		if !strings.Contains(d.Norm, os.Getenv("SUB")) {
			continue
		}
		var b strings.Builder
		for _, tk := range d.Tokens {
			b.WriteString(tk.Text + "/" + tk.Pos + " ")
		}
		t.Log(b.String())
		for _, en := range e.entities(d) {
			t.Log("ENT", d.Norm[en.s:en.e], en.tier)
		}
	}
	t.Log(e.people)
}
