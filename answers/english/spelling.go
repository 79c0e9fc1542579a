package english

import "strings"

// britishWords are British spellings no suffix rule turns American.
var britishWords = map[string]string{
	"programme": "program", "cheque": "check", "tyre": "tire", "grey": "gray",
	"aluminium": "aluminum", "mould": "mold", "plough": "plow", "kerb": "curb",
	"pyjamas": "pajamas", "storey": "story", "gaol": "jail", "sceptical": "skeptical",
	"manoeuvre": "maneuver", "aeroplane": "airplane", "jewellery": "jewelry",
	"analyse": "analyze", "paralyse": "paralyze", "analys": "analyze", "paralys": "paralyze",
}

// britishSuffixes turn a British ending American: labour → labor, centre →
// center, defence → defense, catalogue → catalog, organisation →
// organization.
var britishSuffixes = []struct{ gb, us string }{
	{"iour", "ior"}, {"our", "or"}, {"tre", "ter"}, {"ence", "ense"}, {"ogue", "og"},
	{"isation", "ization"}, {"ise", "ize"}, {"yse", "yze"},
}

// American returns the American spelling of a lowercased British word or
// phrase (labour → labor, labour bureau → labor bureau), or "" when no rule
// changes it. The caller keeps it only when the lexicon knows it, so a
// word that merely ends alike (hour, tour) is never turned into another.
func American(key string) string {
	words := strings.Fields(key)
	changed := false
	for i, w := range words {
		if us, ok := britishWords[w]; ok {
			words[i], changed = us, true
			continue
		}
		if len(w) < 5 {
			continue // hour, four, your
		}
		for _, s := range britishSuffixes {
			if strings.HasSuffix(w, s.gb) {
				words[i], changed = w[:len(w)-len(s.gb)]+s.us, true
				break
			}
		}
		// "our" inside a word before a suffix: neighbourhood, favourite,
		// colourful, honourable
		if us, ok := britishInner(words[i]); ok {
			words[i], changed = us, true
		}
	}
	if !changed {
		return ""
	}
	return strings.Join(words, " ")
}

// innerSuffixes follow a British "our" inside a word.
var innerSuffixes = []string{"hood", "hoods", "ful", "ite", "ites", "able", "ably", "ing", "ed", "er", "ers", "less"}

// britishInner turns a British "our" before one of innerSuffixes into "or"
// (neighbourhood → neighborhood), for a word of seven letters or more.
func britishInner(w string) (string, bool) {
	if len(w) < 7 {
		return "", false
	}
	for _, suf := range innerSuffixes {
		stem, ok := strings.CutSuffix(w, suf)
		if ok && strings.HasSuffix(stem, "our") && len(stem) > 4 {
			return stem[:len(stem)-3] + "or" + suf, true
		}
	}
	return "", false
}
