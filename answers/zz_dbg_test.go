package answers

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/eventbot/eventbot/answers/english"
)

func TestZZPairs(t *testing.T) {
	lx, _ := enLexicon()
	out, _ := os.Create("/tmp/pairs.txt")
	defer out.Close()
	files, _ := filepath.Glob("../testdata/eval/*.en*.jsonl")
	for _, f := range files {
		name := strings.Split(filepath.Base(f), ".")[0]
		art := "../testdata/articles/" + name + ".txt"
		if name == "openai-board-2023" {
			art = ""
		}
		e := engineFor(t, art)
		fh, _ := os.Open(f)
		sc := bufio.NewScanner(fh)
		for sc.Scan() {
			var c struct{ Q string }
			json.Unmarshal(sc.Bytes(), &c)
			eq := english.Analyze(c.Q)
			for _, w := range lx.Expand(eq, e) {
				fmt.Fprintf(out, "%s\t%s\t%.2f\t%s\n", w.English, w.Term, w.Weight, c.Q)
			}
		}
		fh.Close()
	}
}
