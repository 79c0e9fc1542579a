// Command unsimplified reads words, one a line, and prints those that the
// index may segment as they are written: OpenCC's Traditional-to-Simplified
// conversion leaves them alone, or changes their length in bytes (二噁英 →
// 二𫫇英), so that the index keeps the sentence as written. scripts/gen-dict
// keeps them in the embedded dictionary though a character of theirs is in
// no simplified word of gse's.
package main

import (
	"bufio"
	"fmt"
	"os"

	"github.com/eventbot/eventbot/index"
)

func main() {
	in := bufio.NewScanner(os.Stdin)
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	for in.Scan() {
		w := in.Text()
		if s := index.Simplify(w); w != "" && (s == w || len(s) != len(w)) {
			fmt.Fprintln(out, w)
		}
	}
	if err := in.Err(); err != nil {
		fmt.Fprintln(os.Stderr, "unsimplified:", err)
		os.Exit(1)
	}
}
