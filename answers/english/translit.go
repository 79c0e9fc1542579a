package english

import "strings"

// Skeleton reduces a Latin name or a pinyin spelling to the consonant
// outline that survives transliteration into Chinese and back: an opening
// vowel becomes "a", r reads as l, g, k and q as c, d as t, b as p, zh, sh
// and x as j and s, v as w, and vowels, h and doubled letters drop. "Altman" and aoteman
// (奥特曼) give altmn and atmn; "Brockman" and buluokeman (布罗克曼) both
// give blcmn.
func Skeleton(s string) string {
	s = strings.ToLower(s)
	var b strings.Builder
	last := byte(0)
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < 'a' || c > 'z' {
			continue
		}
		if i+1 < len(s) && s[i+1] == 'h' && (c == 'z' || c == 's' || c == 'c') {
			i++ // zh, sh, ch
			if c == 'z' {
				c = 'j'
			}
		}
		switch c {
		case 'r':
			c = 'l'
		case 'k', 'q':
			c = 'c'
		case 'x':
			c = 's'
		case 'v':
			c = 'w'
		case 'g':
			if last == 'n' {
				continue // ng
			}
			c = 'c'
		case 'd':
			c = 't' // Chinese spells t as d (蒂 di for "ti") and back
		case 'b':
			c = 'p'
		}
		vowel := strings.IndexByte("aeiouy", c) >= 0
		if b.Len() == 0 {
			if vowel || c == 'w' {
				c = 'a'
			}
		} else if vowel || c == 'h' {
			last = 0
			continue
		}
		if c == last {
			continue
		}
		b.WriteByte(c)
		last = c
	}
	return b.String()
}
