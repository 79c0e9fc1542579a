// Command pack-dict reads a dictionary text on standard input and writes it
// in snappy's block format on standard output, as index/dict/zh.txt.sz holds
// it. scripts/gen-dict uses it: snappy keeps the image under its size budget
// and decodes the dictionary in a few milliseconds at start-up.
package main

import (
	"fmt"
	"io"
	"os"

	"github.com/golang/snappy"
)

func main() {
	text, err := io.ReadAll(os.Stdin)
	if err != nil {
		fmt.Fprintln(os.Stderr, "pack-dict: read:", err)
		os.Exit(1)
	}
	if _, err := os.Stdout.Write(snappy.Encode(nil, text)); err != nil {
		fmt.Fprintln(os.Stderr, "pack-dict: write:", err)
		os.Exit(1)
	}
}
