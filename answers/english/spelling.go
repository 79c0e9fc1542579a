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
	}
	if !changed {
		return ""
	}
	return strings.Join(words, " ")
}
