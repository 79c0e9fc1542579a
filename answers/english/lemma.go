package english

import "strings"

// Lemma returns the dictionary form of a lowercased English word: plural
// nouns become singular (employees → employee, companies → company), past
// and -ing forms become the base verb (appointed → appoint, fired → fire,
// stopped → stop, leaving → leave) and irregular forms are looked up
// (left → leave, won → win, people → person). It is rule-based and errs
// towards leaving a word alone.
func Lemma(w string) string {
	l, _ := lemma(w)
	return l
}

// lemma returns the lemma of w and whether w was recognisably a verb form
// (-ed, or an irregular verb form).
func lemma(w string) (string, bool) {
	if e, ok := loadWordLists().lemmas[w]; ok {
		return e.lemma, e.verb
	}
	if len(w) <= 3 || !isASCIILower(w) {
		return w, false
	}
	switch {
	case strings.HasSuffix(w, "ied") && len(w) > 4:
		return w[:len(w)-3] + "y", true // tried → try
	case strings.HasSuffix(w, "ying") && len(w) == 5:
		return w[:1] + "ie", false // lying → lie, dying → die, tying → tie
	case strings.HasSuffix(w, "eed"):
		return w, false // weed, bleed, steed: agreed, freed are in the table
	case strings.HasSuffix(w, "ed"):
		if s, ok := verbStem(w[:len(w)-2]); ok {
			return s, true
		}
	case strings.HasSuffix(w, "ing"):
		if s, ok := verbStem(w[:len(w)-3]); ok {
			return s, false
		}
	case strings.HasSuffix(w, "men") && len(w) > 5 && !notMen[w]:
		return w[:len(w)-3] + "man", false // middlemen → middleman, firemen → fireman
	case strings.HasSuffix(w, "ies") && len(w) > 4:
		return w[:len(w)-3] + "y", false // companies → company
	case strings.HasSuffix(w, "sses"), strings.HasSuffix(w, "ches"),
		strings.HasSuffix(w, "shes"), strings.HasSuffix(w, "xes"),
		strings.HasSuffix(w, "zzes"), strings.HasSuffix(w, "oes"):
		return w[:len(w)-2], false // bosses → boss, watches → watch, heroes → hero
	case strings.HasSuffix(w, "ss"), strings.HasSuffix(w, "us"),
		strings.HasSuffix(w, "is"), strings.HasSuffix(w, "ous"):
		return w, false // boss, status, crisis, famous
	case strings.HasSuffix(w, "s"):
		return w[:len(w)-1], false // employees → employee
	}
	return w, false
}

// verbStem turns the stem left by removing -ed or -ing into a base verb,
// undoing a doubled consonant (stopp → stop) and restoring a silent e
// (fir → fire, leav → leave, caus → cause). It fails when the stem has no
// vowel (thing, red), which means the word was not inflected.
func verbStem(s string) (string, bool) {
	if len(s) < 2 || !strings.ContainsAny(s, "aeiouy") || strings.HasSuffix(s, "q") {
		return "", false // thing, red; chongqing is a name
	}
	n := len(s)
	last, prev := s[n-1], s[n-2]
	switch {
	case last == 'l' && prev == 'l' && vowelGroups(s) >= 2 && (s[n-3] == 'e' && !oneSyllableEll(s) || strings.HasSuffix(s, "troll")):
		return s[:n-1], true // British cancell → cancel, travell → travel, controll → control; kill, install, bankroll stay
	case strings.HasSuffix(s, "is") && n > 5 && !isVowel(s[n-3]):
		return s[:n-1] + "ze", true // British apologis → apologize, organis → organize
	case last == 'c' && isVowel(prev) && n > 3:
		return s + "e", true // replac → replace, notic → notice, sacrific → sacrifice
	case strings.HasSuffix(s, "ps") || strings.HasSuffix(s, "rs") && n > 4 && isVowel(s[n-3]):
		return s + "e", true // collaps → collapse, revers → reverse
	case last == prev && !strings.ContainsRune("lsz", rune(last)) && !isVowel(last):
		return s[:n-1], true // stopp → stop, but sell, pass, buzz stay
	case strings.HasSuffix(s, "at") && n > 3 && !strings.ContainsRune("aeo", rune(s[n-3])),
		strings.HasSuffix(s, "bl"), strings.HasSuffix(s, "iz"),
		strings.HasSuffix(s, "dg"), strings.HasSuffix(s, "rg"),
		strings.HasSuffix(s, "nc"), strings.HasSuffix(s, "rc"),
		strings.HasSuffix(s, "uir"):
		return s + "e", true // negotiat, enabl, realiz, judg, merg, announc, forc, requir; not treat
	case last == 'l' && strings.IndexByte("bcdfgkptz", prev) >= 0 && n > 3:
		return s + "e", true // handl, battl, cycl, coupl: -le verbs
	case strings.HasSuffix(s, "ur") && n > 4 && !isVowel(s[n-3]):
		return s + "e", true // figur, captur, injur, secur; occurr is doubled
	case strings.HasSuffix(s, "ar") && n > 3 && !isVowel(s[n-3]):
		return s + "e", true // reshar, declar, prepar, compar; appear, clear stay; starr is doubled
	case last == 'v', last == 'u':
		return s + "e", true // leav, argu
	case last == 's' && prev == 'n':
		return s + "e", true // rins, sens, licens, dispens
	case last == 's' && isVowel(prev) && n > 2 && (isVowel(s[n-3]) || prev != 'u'):
		return s + "e", true // clos, promis, caus, rais, releas; not focus
	case shortCVC(s):
		return s + "e", true // mak, hop, vot, nam
	}
	return s, true
}

// oneSyllableEll reports whether s ends in a one-syllable verb in -ell
// after a prefix (resell, retell, outsell, misspell), which keeps its ll.
func oneSyllableEll(s string) bool {
	for _, v := range []string{"sell", "tell", "spell", "smell", "swell", "dwell", "yell", "shell", "quell"} {
		if strings.HasSuffix(s, v) {
			return true
		}
	}
	return false
}

// vowelGroups counts the runs of vowels in s, roughly its syllables.
func vowelGroups(s string) int {
	n, in := 0, false
	for i := 0; i < len(s); i++ {
		v := isVowel(s[i]) || s[i] == 'y' && i > 0
		if v && !in {
			n++
		}
		in = v
	}
	return n
}

// shortCVC reports whether s is a one-syllable stem ending consonant, vowel,
// consonant (not w, x or y), which in English usually lost a silent e.
func shortCVC(s string) bool {
	n := len(s)
	if n < 2 || n > 4 {
		return false
	}
	c2, v, c1 := byte(0), s[n-2], s[n-1]
	if n >= 3 {
		c2 = s[n-3]
	}
	if isVowel(c1) || strings.ContainsRune("wxy", rune(c1)) || !isVowel(v) {
		return false
	}
	if n >= 3 && isVowel(c2) {
		return false // join, need: two vowels
	}
	// One vowel group only: "vot", "mak", "hop", "nam", "fir"; not "visit".
	vowels := 0
	for i := 0; i < n; i++ {
		if isVowel(s[i]) && (i == 0 || !isVowel(s[i-1])) {
			vowels++
		}
	}
	return vowels == 1
}

func isVowel(b byte) bool { return strings.IndexByte("aeiou", b) >= 0 }

func isASCIILower(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			if w[i] != '-' && w[i] != '\'' {
				return false
			}
		}
	}
	return true
}

// notMen are words in -men that are no plural of a word in -man.
var notMen = map[string]bool{"specimen": true, "abdomen": true, "regimen": true, "acumen": true, "stamen": true, "hymen": true}
