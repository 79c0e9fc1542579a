package english

import (
	"fmt"
	"os"
	"strings"
	"testing"
)

func TestZZ(t *testing.T) {
	l := lexicon(t)
	for _, w := range strings.Split(os.Getenv("ZZ"), ",") {
		fmt.Println(w, l.Translate(w))
	}
}
