package english

import (
	"unicode"
	"unicode/utf8"
)

// IsEnglish reports whether the question q is written in English: mostly
// Latin letters, with at least one English function word. Chinese text that
// quotes Latin names ("谁被任命为临时CEO?") is not English, and neither is
// a bare name ("Altman?"), which says nothing of its language.
func IsEnglish(q string) bool {
	if len(q) > maxAnalyzed {
		q = q[:maxAnalyzed]
	}
	latin, han := 0, 0
	for _, r := range q {
		switch {
		case r == utf8.RuneError:
		case unicode.Is(unicode.Han, r):
			han++
		case unicode.Is(unicode.Latin, r):
			latin++
		}
	}
	// A Han character carries about a word; a Latin letter a fifth of one.
	if latin == 0 || latin < 4*han {
		return false
	}
	w := loadWordLists()
	for _, t := range tokenize(q) {
		if !t.han && !t.number && w.stop[t.lower] {
			return true
		}
	}
	return false
}
