package english

import (
	_ "embed"
	"strings"
	"sync"
	"unicode/utf8"
)

// pinyinGz is data/pinyin.tsv, gzip-compressed (45 kB instead of 92 kB in
// the binary).
//
//go:embed data/pinyin.tsv.gz
var pinyinGz []byte

// pinyinTable maps a Han character to its toneless readings, the most used
// first (data/pinyin.tsv.gz, from CC-CEDICT).
var pinyinTable = sync.OnceValue(func() map[rune][]string {
	pinyinFile, err := gunzip(pinyinGz)
	if err != nil {
		panic("english: embedded data/pinyin.tsv.gz: " + err.Error()) // a broken build, not bad input
	}
	m := make(map[rune][]string, 11000)
	for _, line := range strings.Split(pinyinFile, "\n") {
		c, readings, ok := strings.Cut(line, "\t")
		if !ok {
			continue
		}
		r, _ := utf8.DecodeRuneInString(c)
		m[r] = strings.Split(readings, ",")
	}
	return m
})

// Pinyin spells a run of Han characters in toneless pinyin without spaces,
// as English text writes Chinese names ("青河" → "qinghe"). A character
// with several readings gives several spellings, the most used first; at
// most max are returned. A character with no reading gives none.
func Pinyin(s string, max int) []string {
	t := pinyinTable()
	out := []string{""}
	for _, r := range s {
		rs, ok := t[r]
		if !ok {
			return nil
		}
		var next []string
		for _, p := range out {
			for _, reading := range rs {
				if len(next) < max {
					next = append(next, p+reading)
				}
			}
		}
		out = next
	}
	return out
}
