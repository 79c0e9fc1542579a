package english

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

func lexicon(tb testing.TB) *Lexicon {
	tb.Helper()
	l, err := LoadLexicon()
	if err != nil {
		tb.Fatalf("LoadLexicon: %v", err)
	}
	return l
}

func chinese(cs []Candidate) []string {
	out := make([]string, len(cs))
	for i, c := range cs {
		out[i] = c.Chinese
	}
	return out
}

func TestTranslate(t *testing.T) {
	l := lexicon(t)
	tests := []struct {
		en   string
		want []string // must all be among the candidates
		not  []string // must not be
	}{
		{"appoint", []string{"任命"}, nil},
		{"employee", []string{"员工"}, nil},
		{"board", []string{"董事会"}, nil},
		{"fire", []string{"解雇", "开除"}, nil},
		{"letter", []string{"信", "联名信"}, nil},
		{"sign", []string{"签署"}, nil},
		{"interim", []string{"临时"}, nil},
		{"ceo", []string{"首席执行官"}, nil},
		{"microsoft", []string{"微软"}, nil},
		{"selfie", []string{"自拍"}, nil},
		{"weekend", []string{"周末"}, nil},
		{"resign", []string{"辞职"}, nil},
		{"leave", []string{"离开"}, nil},
		{"board of directors", []string{"董事会"}, nil},
		{"Board  Of Directors", []string{"董事会"}, nil},
		{"chief executive officer", []string{"首席执行官"}, nil},
		{"interim ceo", []string{"临时首席执行官"}, nil},
		{"push", []string{"推"}, nil},
		{"littlest", []string{"最小"}, nil}, // superlatives, as 最 says them
		{"earliest", []string{"最早"}, nil},
		{"worst", []string{"最严重"}, nil},
		{"get hit", []string{"受损", "受灾"}, nil}, // "how much farmland got hit"
		{"speaker", []string{"广播"}, nil},       // "told over the speakers"
		{"beep", []string{"报警"}, nil},          // an alarm beeping
		{"update", []string{"通报"}, nil},        // "the police put out an update"
		{"car show", []string{"车展"}, nil},      // not 显示
		{"book fair", []string{"书展"}, nil},
		{"heater", []string{"取暖炉", "取暖设备"}, nil},
		{"rip out", []string{"拆除"}, nil},
		{"redo", []string{"重新"}, nil},      // a re-run vote is 重新选举
		{"give back", []string{"退还"}, nil}, // "gave the stuff back"
		{"gear", []string{"设备"}, nil},      // "what gear did they use", not only 齿轮
		{"snitch", []string{"举报"}, nil},    // "if you snitch on someone"
		{"look at", []string{"看过"}, nil},   // "looked at the clip"
		{"necropsy", []string{"剖检"}, nil},  // an animal's autopsy
		{"cat", []string{"猫"}, nil},        // "cat (CL:隻|只[zhi1])": a classifier note is no cross-reference
		{"river", []string{"河"}, nil},      // "river (CL:條|条[tiao2],道[dao4])"
		{"huo", nil, []string{"火"}},        // "surname Huo" is not a meaning
	}
	for _, tt := range tests {
		t.Run(tt.en, func(t *testing.T) {
			wantAmong(t, fmt.Sprintf("Translate(%q)", tt.en), chinese(l.Translate(tt.en)), tt.want, tt.not)
		})
	}
}

func TestTranslateUnknown(t *testing.T) {
	l := lexicon(t)
	for _, en := range []string{"", " ", "zzqxj", "emmett shear", "\xff"} {
		t.Run(en, func(t *testing.T) {
			if got := l.Translate(en); got != nil {
				t.Errorf("Translate(%q) = %v, want nil", en, got)
			}
		})
	}
}

func TestTranslateOrderAndSources(t *testing.T) {
	l := lexicon(t)
	got := l.Translate("employee")
	if len(got) == 0 || got[0].Chinese != "员工" || got[0].Source != SourceExtra || got[0].Senses != 1 {
		t.Fatalf("Translate(employee)[0] = %+v, want 员工 from the supplement", got)
	}
	seen := map[string]bool{}
	sawCEDICT := false
	for _, c := range got {
		if seen[c.Chinese] {
			t.Errorf("%s appears twice", c.Chinese)
		}
		seen[c.Chinese] = true
		if c.Source == SourceCEDICT {
			sawCEDICT = true
		} else if sawCEDICT {
			t.Errorf("supplement candidate %s after a CC-CEDICT one", c.Chinese)
		}
		if c.Senses < 1 {
			t.Errorf("%s has %d senses", c.Chinese, c.Senses)
		}
	}
	if !sawCEDICT {
		t.Errorf("no CC-CEDICT candidate in %v", got)
	}
}

// TestTableSorted checks the invariant the binary search relies on, and
// finds every key of the table.
func TestTableSorted(t *testing.T) {
	l := lexicon(t)
	lines := strings.Split(strings.TrimSuffix(l.table, "\n"), "\n")
	if len(lines) < 50000 {
		t.Fatalf("table has %d lines, want a full CC-CEDICT derivation", len(lines))
	}
	prev := ""
	for i, line := range lines {
		key, _, ok := strings.Cut(line, "\t")
		if !ok || key <= prev && i > 0 {
			t.Fatalf("line %d %q: not a sorted key<TAB>candidates line after %q", i+1, line, prev)
		}
		prev = key
		if i%97 == 0 {
			if _, found := l.find(key); !found {
				t.Errorf("find(%q) failed", key)
			}
		}
	}
}

func TestNewLexiconErrors(t *testing.T) {
	t.Run("unterminated table", func(t *testing.T) {
		if _, err := newLexicon("a\t一:1", ""); err == nil {
			t.Error("want an error for a table whose last line has no newline")
		}
	})
	t.Run("bad supplement", func(t *testing.T) {
		table := "a\t一:1\nc\t三:1,四\n"
		if _, err := newLexicon(table, "no tab here\n"); err == nil {
			t.Error("want an error for a supplement line without a tab")
		}
		l, err := newLexicon(table, "# comment\nb\t二:2\n")
		if err != nil {
			t.Fatal(err)
		}
		if got := chinese(l.Translate("a")); !slices.Equal(got, []string{"一"}) {
			t.Errorf("Translate(a) = %q", got)
		}
		if got := l.Translate("b"); len(got) != 1 || got[0].Senses != 2 || got[0].Source != SourceExtra {
			t.Errorf("Translate(b) = %+v", got)
		}
		if got := l.Translate("c"); len(got) != 2 || got[1].Chinese != "四" || got[1].Senses != 1 {
			t.Errorf("Translate(c) = %+v, want 四 with the default 1 sense", got)
		}
	})
}

func TestLookup(t *testing.T) {
	l := lexicon(t)
	keys := lookupKeys(l, "Did OpenAI's board of directors fire the interim CEO?")
	for _, want := range []string{"board of directors", "interim ceo", "board", "fire", "ceo"} {
		if !slices.Contains(keys, want) {
			t.Errorf("Lookup keys = %q, want %q among them", keys, want)
		}
	}
	// a compound whose first word is written as in the key and whose last
	// is a plural: "parking spaces" is the key "parking space"
	sup0, err := newLexicon("", "parking space\t车位:1\n")
	if err != nil {
		t.Fatal(err)
	}
	if keys := lookupKeys(sup0, "how many parking spaces did they build"); !slices.Contains(keys, "parking space") {
		t.Errorf("Lookup keys = %q, want \"parking space\" among them", keys)
	}
	// a phrase over content words, the article between them left out
	sup, err := newLexicon("", "pull trigger\t下令:1\n")
	if err != nil {
		t.Fatal(err)
	}
	keys = lookupKeys(sup, "When did the board pull the trigger?")
	if !slices.Contains(keys, "pull trigger") {
		t.Errorf("Lookup keys = %q, want \"pull trigger\" among them", keys)
	}
	// a verb whose subject is the interrogative, its particle past an
	// object with a quantifier: "what set the whole thing off" (引发)
	if keys := lookupKeys(l, "what actually set the whole thing off?"); !slices.Contains(keys, "set off") {
		t.Errorf("Lookup keys = %q, want \"set off\" among them", keys)
	}
	// a word whose plural is a word of its own keeps to its own sense
	for _, m := range l.Lookup(Analyze("when will the new substation be running")) {
		if m.English == "new" && slices.Contains(chinese(m.Candidates), "新闻") {
			t.Errorf("Lookup(new) = %q, want no 新闻 (news)", chinese(m.Candidates))
		}
	}
	// a particle heading an adverbial of its own ("in total") closes no
	// phrasal verb
	if keys := lookupKeys(l, "so how much did he take in total?"); slices.Contains(keys, "take in") {
		t.Errorf("Lookup keys = %q, want no \"take in\"", keys)
	}
	// nor does one before "there" that says where: "stuck up there" is
	// no "stick up", but "sent out there" is still sent out
	if keys := lookupKeys(l, "how many people were stuck up there"); slices.Contains(keys, "stick up") {
		t.Errorf("Lookup keys = %q, want no \"stick up\"", keys)
	}
	if keys := lookupKeys(l, "how many firefighters got sent out there"); !slices.Contains(keys, "send out") {
		t.Errorf("Lookup keys = %q, want \"send out\"", keys)
	}
	// a form of address renders only the English forms of address: "to
	// miss" is no 女士, a doctor no 先生
	for q, word := range map[string]string{"why did he even miss his stop": "miss", "what did the doctors see": "doctor"} {
		for _, m := range l.Lookup(Analyze(q)) {
			got := chinese(m.Candidates)
			if m.English == word && slices.Contains(got, "女士") || slices.Contains(got, "先生") {
				t.Errorf("Lookup(%q) %s = %q", q, m.English, got)
			}
		}
	}
	// and as the table spells a long gloss's content words, unlemmatised:
	// "end of the month" (月底) is "end month", "the wee hours" (凌晨)
	// "wee hours"
	for q, want := range map[string]string{"what happens at the end of the month": "月底", "did it start in the wee hours": "凌晨"} {
		var got []string
		for _, m := range l.Lookup(Analyze(q)) {
			got = append(got, chinese(m.Candidates)...)
		}
		if !slices.Contains(got, want) {
			t.Errorf("Lookup(%q) = %q, want %s among them", q, got, want)
		}
	}
}

// lookupKeys are the English keys l finds in question q.
func lookupKeys(l *Lexicon, q string) []string {
	var keys []string
	for _, m := range l.Lookup(Analyze(q)) {
		keys = append(keys, m.English)
	}
	return keys
}

// TestSeparatedPhrasal looks up a phrasal verb whose object stands between
// the verb and its particle, with the object when that makes the sense, and
// leaves a cause, a time or a path alone; and a light verb with its object
// when the supplement spells the two ("get the call").
func TestSeparatedPhrasal(t *testing.T) {
	sup, err := newLexicon("away\t跑:7\n", "bring down\t降低:1\ncome down\t倒塌:1\ncome down on\t处罚:1\ncall off\t取消:1\ncall in\t报警:1\nget call\t接到报警:1\nget out\t逃生:1\nget fire out\t扑灭:1\nturn down\t拒绝:1\ntake to court\t起诉:1\nput on hold\t暂停:1\ncharge with\t指控:1\ntrack down\t找到:1\nput up\t安置:1\nget sack\t辞退:1\n")
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		q          string
		want, lose string
	}{
		{"why did they call the concert off", "call off", ""},
		{"when did they get the fire out?", "get fire out", "get out"},
		{"why did the union turn the first offer down?", "turn down", ""},
		{"who got the kids out through the window", "", "get out"},
		{"who turned the case over to the police", "", "turn over"},
		{"when did the fire brigade get the call?", "get call", ""},
		// a particle before a noun phrase heads a path
		{"what did they use to bring her down the stairs", "", "bring down"},
		// and alone, it is no content word
		{"how much trash did they haul away", "", "away"},
		// a preposition stranded by the place asked is the place's
		{"which street did the scaffold come down on?", "come down", "come down on"},
		{"where did the wall come down on", "", "come down on"},
		{"who did the regulator come down on", "come down on", ""},
		// a pronoun may be the object, and "in" with nothing after it is
		// no place
		{"what time did someone actually call it in", "call in", ""},
		// or with a purpose after it
		{"which agency called the carrier's bosses in for a talk?", "call in", ""},
		{"who called the driver in for questioning", "call in", ""},
		// but one before a place is the place's
		{"who called the police in the village", "", "call in"},
		// an idiom closed by a preposition around its object, with or
		// without a determiner after it
		{"so when did she take them to court", "take to court", ""},
		{"when did the parents take the school to the court?", "take to court", ""},
		{"why did they put the whole project on hold", "put on hold", ""},
		{"who did they take to the hospital", "", "take to hospital"},
		// or by a preposition that ends the question
		{"what are the cops charging the owner with", "charge with", ""},
		// the verb may be a participle of a phrase, not the predicate
		{"which cop talked about tracking the driver down?", "track down", ""},
		{"where are they putting the evicted tenants up", "put up", ""},
		// but a participle after a light verb is no object of it
		{"who won after the kid got kicked out", "", "get out"},
		// nor the passive of a phrasal verb, though the supplement has a
		// passive of the bare verb
		{"who got called in by the police", "call in", "get call"},
		{"so who actually got sacked over this?", "get sack", ""},
		// and a listed verb after a determiner is a noun
		{"when was the fire actually put out?", "", "fire out"},
	} {
		wantKeys(t, sup, c.q, c.want, c.lose)
	}
}

// TestParticipleOwnSense looks up a participle the supplement renders in a
// sense of its own: "stuck" is 滞留 before it is anything "stick" means.
func TestParticipleOwnSense(t *testing.T) {
	sup, err := newLexicon("stick\t粘:1,刺:1\n", "stuck\t滞留:1\n")
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range sup.Lookup(Analyze("How many people got stuck in the terminal?")) {
		if m.English == "stick" || m.English == "stuck" {
			if len(m.Candidates) == 0 || m.Candidates[0].Chinese != "滞留" {
				t.Errorf("Lookup(stuck) = %+v, want 滞留 first", m.Candidates)
			}
			return
		}
	}
	t.Errorf("Lookup found no rendering of stuck")
}

// TestNounInIngOwnSense renders a noun in -ing that the supplement knows
// ("the ruling") by its own words alone, not by its verb's ("rule" → 规定);
// a participle ("stuck") keeps its verb's precise ones after its own.
func TestNounInIngOwnSense(t *testing.T) {
	sup, err := newLexicon("rule\t规定:1\nstick\t粘:1\n", "ruling\t判决:1\nstuck\t滞留:1\n")
	if err != nil {
		t.Fatal(err)
	}
	got := map[string][]string{}
	for _, q := range []string{"which court handed down the ruling", "How many people got stuck in the terminal?"} {
		for _, m := range sup.Lookup(Analyze(q)) {
			for _, c := range m.Candidates {
				got[m.English] = append(got[m.English], c.Chinese)
			}
		}
	}
	if r := got["rule"]; !slices.Equal(r, []string{"判决"}) {
		t.Errorf("the ruling: renderings %v, want [判决]", r)
	}
	if s := got["stick"]; !slices.Equal(s, []string{"滞留", "粘"}) {
		t.Errorf("stuck: renderings %v, want [滞留 粘]", s)
	}
}

// sentences stand in for an article: a few Chinese news sentences.
var sentences = []string{
	"OpenAI董事会突然解雇了CEO Sam Altman。",
	"Twitch前首席执行官Emmett Shear被任命为临时首席执行官。",
	"770名员工里有743人签署了一封联名信。",
	"微软表示将聘任Altman和Brockman。",
	"这家公司的员工在周末表示不满。",
	"他在信中说自己回到了公司。",
}

func TestExpand(t *testing.T) {
	l := lexicon(t)
	v := NewSentenceVocabulary(sentences)
	tests := []struct {
		q     string
		above [2]string // the first term outranks the second
		want  []string  // among the terms
		not   []string  // not among them
	}{
		{"Who was appointed interim CEO?", [2]string{"临时首席执行官", "临时"}, []string{"任命", "临时", "首席执行官", "CEO"}, []string{"委任", "聘", "ceo"}},
		{"How many employees signed the letter?", [2]string{"联名信", "信"}, []string{"员工", "签署", "联名信"}, nil},
		{"Why did the board fire Altman?", [2]string{"解雇", "CEO"}, []string{"董事会", "解雇", "Altman"}, nil},
		{"Who did Microsoft hire?", [2]string{}, []string{"微软", "聘任"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.q, func(t *testing.T) {
			ws := l.Expand(Analyze(tt.q), v)
			var terms []string
			for i, w := range ws {
				terms = append(terms, w.Term)
				if v.DocFreq(w.Term) == 0 {
					t.Errorf("term %q does not occur in the vocabulary", w.Term)
				}
				if i > 0 && w.Weight > ws[i-1].Weight {
					t.Errorf("terms not sorted by weight: %v", ws)
				}
			}
			if a, b := tt.above[0], tt.above[1]; a != "" {
				ia, ib := slices.Index(terms, a), slices.Index(terms, b)
				if ia < 0 || ib >= 0 && ib < ia {
					t.Errorf("Expand terms = %q, want %s above %s", terms, a, b)
				}
			}
			for _, w := range tt.want {
				if !slices.Contains(terms, w) {
					t.Errorf("Expand terms = %q, want %s among them", terms, w)
				}
			}
			for _, w := range tt.not {
				if slices.Contains(terms, w) {
					t.Errorf("Expand terms = %q, want no %s", terms, w)
				}
			}
		})
	}
	t.Run("related words", func(t *testing.T) {
		// none of "editor"'s own renderings occurs; 主编 ("editor in
		// chief") does
		v := NewSentenceVocabulary([]string{"该刊主编在声明中写道", "委员会追回经费"})
		rel := l.Related(func(zh string) bool { return zh == "主编" || zh == "经费" })
		ws := l.Expand(Analyze("Which editor wrote the statement?"), relatedVocabulary{v, rel})
		var terms []string
		for _, w := range ws {
			terms = append(terms, w.Term)
		}
		if !slices.Contains(terms, "主编") {
			t.Errorf("Expand terms = %q, want 主编 through the related index", terms)
		}
		if got := rel.Of("fund"); !slices.ContainsFunc(got, func(c Candidate) bool { return c.Chinese == "经费" }) {
			t.Errorf("Related.Of(fund) = %v, want 经费 (glossed \"funds\")", got)
		}
		// 跟上 is glossed "to catch up with": a phrasal verb, no sense of "catch"
		rel2 := l.Related(func(zh string) bool { return zh == "跟上" })
		if got := rel2.Of("catch"); slices.ContainsFunc(got, func(c Candidate) bool { return c.Chinese == "跟上" }) {
			t.Errorf("Related.Of(catch) = %v, want no 跟上 (\"catch up with\")", got)
		}
		if got := (*Related)(nil).Of("fund"); got != nil {
			t.Errorf("nil Related.Of = %v, want nil", got)
		}
	})
	t.Run("empty vocabulary", func(t *testing.T) {
		if got := l.Expand(Analyze("Who was fired?"), NewSentenceVocabulary(nil)); got != nil {
			t.Errorf("Expand = %v, want nil", got)
		}
	})
}

func BenchmarkLoadLexicon(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		table, err := gunzip(cedictGz)
		if err != nil {
			b.Fatal(err)
		}
		if _, err := newLexicon(table, extraFile); err != nil {
			b.Fatal(err)
		}
	}
}

var benchQuestions = []string{
	"Who was appointed interim CEO?",
	"How many employees signed the letter?",
	"Why did Ilya push the board to fire Altman?",
	"When did Emmett Shear leave Twitch?",
	"Did OpenAI's board of directors fire Sam Altman in 2023?",
}

// BenchmarkAnalyzeTranslate measures one question: Analyze, then Translate
// of every term (what Lookup does, phrases included).
func BenchmarkAnalyzeTranslate(b *testing.B) {
	l := lexicon(b)
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		q := Analyze(benchQuestions[i%len(benchQuestions)])
		l.Lookup(q)
		i++
	}
}

func BenchmarkAnalyze(b *testing.B) {
	lexicon(b)
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		Analyze(benchQuestions[i%len(benchQuestions)])
		i++
	}
}

func BenchmarkTranslate(b *testing.B) {
	l := lexicon(b)
	b.ReportAllocs()
	for b.Loop() {
		l.Translate("appoint")
	}
}

// relatedVocabulary is a Vocabulary with a related-word index.
type relatedVocabulary struct {
	*SentenceVocabulary
	rel *Related
}

func (v relatedVocabulary) Related() *Related { return v.rel }

// pivotVocabulary is a Vocabulary whose Pivot is a fixed table.
type pivotVocabulary struct {
	*SentenceVocabulary
	pivots map[string][]string
}

func (v pivotVocabulary) Pivot(zh string) []string { return v.pivots[zh] }

// TestExpandIdiomNoun renders "in the end" as the idiom, not also its noun
// alone (末).
func TestExpandIdiomNoun(t *testing.T) {
	l, err := newLexicon("end\t末:1\n", "in the end\t最终:1\n")
	if err != nil {
		t.Fatal(err)
	}
	v := NewSentenceVocabulary([]string{"最终两人被停职", "月末召开会议", "馆长被停职"})
	var terms []string
	for _, w := range l.Expand(Analyze("so who got suspended in the end?"), v) {
		terms = append(terms, w.Term)
	}
	if !slices.Contains(terms, "最终") || slices.Contains(terms, "末") {
		t.Errorf("Expand terms = %q, want 最终 and not 末", terms)
	}
}

// TestLexiconStrikes drops a rendering of CC-CEDICT's that the supplement
// strikes ("-体征") and keeps the others.
func TestLexiconStrikes(t *testing.T) {
	l, err := newLexicon("sign\t签署:1,体征:2\n", "sign\t标牌:1,-体征\ntouch\t-联系\n")
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, c := range l.Translate("sign") {
		got = append(got, c.Chinese)
	}
	if !slices.Equal(got, []string{"标牌", "签署"}) {
		t.Errorf("Translate(sign) = %q, want [标牌 签署]", got)
	}
	if cs := l.Translate("touch"); len(cs) != 0 {
		t.Errorf("Translate(touch) = %v, want none", cs)
	}
}

// TestExpandCuratedSense ranks the supplement's rendering of a word over a
// rarer one of CC-CEDICT's where both occur: "sign" is the billboard, not
// the vital signs of the injured.
func TestExpandCuratedSense(t *testing.T) {
	l := lexicon(t)
	v := NewSentenceVocabulary([]string{"广告牌从楼顶坠落", "伤者生命体征平稳", "另一块广告牌已被拆除", "伤者已被送往医院"})
	ws := l.Expand(Analyze("when did the sign fall"), v)
	rank := map[string]int{}
	for i, w := range ws {
		rank[w.Term] = i + 1
	}
	if rank["广告牌"] == 0 || rank["体征"] != 0 && rank["体征"] < rank["广告牌"] {
		t.Errorf("Expand terms = %v, want 广告牌 above 体征", ws)
	}
}

// TestExpandGotFired renders "got fired" as a dismissal the article
// words (免去…职务), looked up by its lemmas, "get fire".
func TestExpandGotFired(t *testing.T) {
	l := lexicon(t)
	v := NewSentenceVocabulary([]string{"决定免去后勤保障科科长的职务", "赶来救援的消防员"})
	var terms []string
	for _, w := range l.Expand(Analyze("so who actually got fired over this mess?"), v) {
		terms = append(terms, w.Term)
	}
	if !slices.Contains(terms, "免去") {
		t.Errorf("Expand terms = %q, want 免去", terms)
	}
}

func TestExpandPivot(t *testing.T) {
	l := lexicon(t)
	v := pivotVocabulary{NewSentenceVocabulary([]string{"旅客滞留机场"}), map[string][]string{"乘客": {"旅客"}}}
	var terms []string
	for _, w := range l.Expand(Analyze("How many passengers were stuck?"), v) {
		terms = append(terms, w.Term)
	}
	if !slices.Contains(terms, "旅客") {
		t.Errorf("Expand terms = %q, want 旅客 through the pivot of 乘客", terms)
	}
}

func TestPivot(t *testing.T) {
	l := lexicon(t)
	has := func(zh string) bool { return zh == "倾覆" || zh == "报名" }
	if got := l.Pivot("翻船", has); !slices.Contains(got, "倾覆") {
		t.Errorf("Pivot(翻船) = %q, want 倾覆 (both render \"capsize\")", got)
	}
	if got := l.Pivot("翻船", func(string) bool { return false }); len(got) != 0 {
		t.Errorf("Pivot with an empty vocabulary = %q, want none", got)
	}
	for _, bad := range []string{"", "\t", "翻,船", "a:b"} {
		if got := l.Pivot(bad, has); len(got) != 0 {
			t.Errorf("Pivot(%q) = %q, want none", bad, got)
		}
	}
}

// TestExpandKeepsTopicWord: the article's own word for the topic (发射 for
// "launch") is used in many sentences and is a looser rendering, so it
// weighs less than rare ones (启动, 开展, 发动), but it is still kept.
// TestPersonCompound renders a word and a generic word for a person ("the
// safety officer") as the articles' compound of the word and a suffix for
// a person (安全员), and the generic word then adds no sense of its own.
func TestPersonCompound(t *testing.T) {
	l := lexicon(t)
	sentences := []string{"项目安全员当天发现了问题", "民警介入调查", "工地安全大检查"}
	var terms []string
	for _, w := range l.Expand(Analyze("when did the safety officer notice the problem?"), NewSentenceVocabulary(sentences)) {
		terms = append(terms, w.Term)
		if w.English == "officer" {
			t.Errorf("officer renders on its own as %s", w.Term)
		}
	}
	if !slices.Contains(terms, "安全员") {
		t.Errorf("terms %v, want 安全员 among them", terms)
	}
	// a compound the articles lack leaves the words alone
	terms = terms[:0]
	for _, w := range l.Expand(Analyze("when did the safety officer notice the problem?"), NewSentenceVocabulary(sentences[1:])) {
		terms = append(terms, w.Term)
	}
	if !slices.Contains(terms, "民警") {
		t.Errorf("terms %v, want 民警 among them", terms)
	}
}

// TestExpandKeepsTopicWord keeps a rendering the articles use often among
// the few Expand keeps for a word: "launch" in an article about launches.
func TestExpandKeepsTopicWord(t *testing.T) {
	l := lexicon(t)
	sentences := []string{"县里启动应急预案", "公司开展调查", "发动机起火"}
	for i := 0; i < 6; i++ {
		sentences = append(sentences, "火箭发射失利", "第二次发射推迟")
	}
	var got []string
	for _, w := range l.Expand(Analyze("where did they launch from?"), NewSentenceVocabulary(sentences)) {
		if w.English == "launch" {
			got = append(got, w.Term)
		}
	}
	if !slices.Contains(got, "发射") {
		t.Errorf("launch renders as %v, want 发射 among them", got)
	}
}

// TestExpandPhrasalVerb checks that a phrasal verb the articles render
// stands for its verb ("hand down" is 宣判, not 手), a verb and its object
// for both ("take place" is 举行, and its "place" no 位置), that a path after the
// particle keeps the words literal, and that a noun in -ing with a curated
// sense of its own is read by it ("ruling" is 裁定, not 天下).
func TestExpandPhrasalVerb(t *testing.T) {
	l := lexicon(t)
	v := NewSentenceVocabulary([]string{"法院当天宣判", "他用手递交了材料", "天下大势", "乘客步行走出隧道", "数百人辞职", "法院作出裁定", "听证会在上午举行", "座位位置", "老人报警", "人数增加"})
	keys := func(q string) map[string][]string {
		m := map[string][]string{}
		for _, w := range l.Expand(Analyze(q), v) {
			m[w.English] = append(m[w.English], w.Term)
			for _, a := range w.Also {
				m[a] = append(m[a], w.Term)
			}
		}
		return m
	}
	got := keys("which court handed down the ruling?")
	if !slices.Contains(got["hand down"], "宣判") {
		t.Errorf("hand down renders as %v, want 宣判", got["hand down"])
	}
	if len(got["hand"]) > 0 {
		t.Errorf("hand renders as %v beside the phrasal verb, want nothing", got["hand"])
	}
	if !slices.Contains(got["rule"], "裁定") || slices.Contains(got["rule"], "天下") {
		t.Errorf("ruling renders as %v, want 裁定 and not 天下", got["rule"])
	}
	got = keys("how many people walked out through the tunnel?")
	if len(got["walk out"]) > 0 || !slices.Contains(got["walk"], "步行") {
		t.Errorf("walked out through: walk out %v, walk %v; want the literal walk", got["walk out"], got["walk"])
	}
	got = keys("when did the hearing take place?")
	if !slices.Contains(got["take place"], "举行") || len(got["place"]) > 0 {
		t.Errorf("take place renders as %v, place as %v; want 举行 and nothing", got["take place"], got["place"])
	}
	got = keys("how many pilots walked out?")
	if !slices.Contains(got["walk out"], "辞职") {
		t.Errorf("walked out renders as %v, want 辞职", got["walk out"])
	}
	// a phrase of three words: its verb alone is no rendering either
	got = keys("who raised the alarm?")
	if !slices.Contains(got["raise the alarm"], "报警") || len(got["raise"]) > 0 {
		t.Errorf("raise the alarm renders as %v, raise as %v; want 报警 and nothing", got["raise the alarm"], got["raise"])
	}
}

// synVocabulary is a sentence vocabulary with a table of Chinese synonyms.
type synVocabulary struct {
	*SentenceVocabulary
	syn map[string][]string
}

func (v synVocabulary) Synonyms(zh string) []string { return v.syn[zh] }

// TestExpandPhraseSynonyms checks that a phrase none of whose renderings
// the articles use reaches them through its renderings' synonyms, and then
// stands for its verb.
func TestExpandPhraseSynonyms(t *testing.T) {
	l := lexicon(t)
	v := synVocabulary{NewSentenceVocabulary([]string{"董事会罢免了创始人", "他踢了一脚"}), map[string][]string{"开除": {"解雇", "罢免"}}}
	got := map[string][]string{}
	for _, w := range l.Expand(Analyze("who got kicked out?"), v) {
		got[w.English] = append(got[w.English], w.Term)
	}
	if !slices.Contains(got["kick out"], "罢免") || len(got["kick"]) > 0 {
		t.Errorf("kicked out renders as %v, kick as %v; want 罢免 and nothing", got["kick out"], got["kick"])
	}
}

// TestGlossHeads checks the keys the table derives from longer glosses: "to
// be missing" is also "missing", and "to suspend (sb) from duties" is also,
// more loosely than the verb's own renderings, "suspend".
func TestGlossHeads(t *testing.T) {
	l := lexicon(t)
	senses := func(en, zh string) int { // in the CC-CEDICT table, whatever the supplement says
		line, _ := l.find(en)
		for _, c := range parseCandidates(line, SourceCEDICT) {
			if c.Chinese == zh {
				return c.Senses
			}
		}
		return 0
	}
	if senses("missing", "失踪") == 0 {
		t.Errorf("Translate(missing) = %q, want 失踪 among them", chinese(l.Translate("missing")))
	}
	if s := senses("suspend", "停职"); s == 0 || s <= senses("suspend from duties", "停职") {
		t.Errorf("Translate(suspend) gives 停职 senses %d, want it looser than its own gloss's %d", s, senses("suspend from duties", "停职"))
	}
	// 家长 is glossed "parent or guardian of a child": each alternative is a
	// key, one sense looser than the entry's own
	if s := senses("parent", "家长"); s == 0 || s <= 4 {
		t.Errorf("Translate(parent) gives 家长 senses %d, want it there and looser than the entry's 4", s)
	}
	if senses("see", "视为") != 0 {
		t.Errorf("Translate(see) = %q, want no 视为 (an idiom's head keeps its sense only with its complement)", chinese(l.Translate("see")))
	}
}

func TestBritishSpelling(t *testing.T) {
	for gb, us := range map[string]string{"labour": "labor", "labour union": "labor union", "centre": "center",
		"defence": "defense", "behaviour": "behavior", "organisation": "organization", "programme": "program",
		"neighbourhood": "neighborhood", "favourite": "favorite", "colourful": "colorful"} {
		if got := American(gb); got != us {
			t.Errorf("American(%q) = %q, want %q", gb, got, us)
		}
	}
	for _, w := range []string{"hour", "tour", "labor", "police", "journalist", "touring", "poured", "tourist"} {
		if got := American(w); got != "" {
			t.Errorf("American(%q) = %q, want none", w, got)
		}
	}
	l := lexicon(t)
	for _, gb := range []string{"labour", "defence", "centre"} {
		got, want := chinese(l.Translate(gb)), chinese(l.Translate(American(gb)))
		if len(want) == 0 || !strings.HasSuffix(strings.Join(got, ","), strings.Join(want, ",")) {
			t.Errorf("Translate(%q) = %v, want it to end with the American spelling's %v", gb, got, want)
		}
	}
	// a known British-looking word keeps its own entry
	if got := chinese(l.Translate("tour")); len(got) == 0 {
		t.Errorf("Translate(tour) lost its entry")
	}
}

func TestHeadMorpheme(t *testing.T) {
	cands := func(ws ...string) []Candidate {
		var cs []Candidate
		for _, w := range ws {
			cs = append(cs, Candidate{Chinese: w, Senses: 1})
		}
		return cs
	}
	tests := []struct {
		cs   []Candidate
		verb bool
		want rune
	}{
		{cands("转让", "转移", "转送", "移交", "调任"), true, '转'},                              // a verb's compounds begin with its head
		{cands("饭店", "酒店", "餐馆", "餐厅", "料理店"), false, '店'},                            // a noun's end with it
		{cands("转让", "转移", "转送", "移交", "调任"), false, 0},                               // no noun head
		{cands("坠毁", "撞车", "宕机", "死机", "撞机", "崩盘", "暴跌", "崩溃", "闪退", "相撞"), false, 0}, // three of ten: too few
		{cands("店", "饭店"), false, 0},
	}
	for _, tt := range tests {
		if got := headMorpheme(tt.cs, tt.verb); got != tt.want {
			t.Errorf("headMorpheme(%v, %v) = %q, want %q", tt.cs, tt.verb, got, tt.want)
		}
	}
}

// TestPhraseInsidePhrase keeps a two-word phrase out of a longer phrase
// matched over the same words: "go on sale" is 开售, and its "go on" (历时)
// is no word of the question; phrases that only overlap both stay.
func TestPhraseInsidePhrase(t *testing.T) {
	sup, err := newLexicon("", "go on\t历时:1\ngo on sale\t开售:1\non sale\t促销:1\nsale price\t售价:1\n")
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		q          string
		want, lose []string
	}{
		{"when did tickets go on sale", []string{"go on sale"}, []string{"go on", "on sale"}},
		{"how long did the talks go on", []string{"go on"}, nil},
		{"what was the sale price", []string{"sale price"}, nil},
	} {
		wantAmong(t, fmt.Sprintf("Lookup(%q) keys", c.q), lookupKeys(sup, c.q), c.want, c.lose)
	}
}

// TestFourWordPhrase finds a phrase of four words the supplement spells
// ("go off the road" → 冲出路面), over its two-word start ("go off").
func TestFourWordPhrase(t *testing.T) {
	sup, err := newLexicon("", "go off\t爆炸:1\ngo off the road\t冲出路面:1\n")
	if err != nil {
		t.Fatal(err)
	}
	wantAmong(t, "Lookup keys", lookupKeys(sup, "what time did the car go off the road"), []string{"go off the road"}, []string{"go off"})
}

// wantAmong checks that got, described by what, holds every string of want
// and none of lose.
func wantAmong(t *testing.T, what string, got, want, lose []string) {
	t.Helper()
	for _, w := range want {
		if !slices.Contains(got, w) {
			t.Errorf("%s = %q, want %q among them", what, got, w)
		}
	}
	for _, l := range lose {
		if slices.Contains(got, l) {
			t.Errorf("%s = %q, want no %q", what, got, l)
		}
	}
}

// TestLoosePhraseAndNounInIng checks that a phrase of three words rendered
// only by single characters gives way to its first two words when they have
// a real rendering ("take part in" → "take part"), and that a noun in -ing
// with renderings of its own does not borrow its verb's ("which building"
// is no 建设), while a progressive still does.
func TestLoosePhraseAndNounInIng(t *testing.T) {
	l, err := newLexicon("build\t修筑:1\nbuilding\t大楼:1\ntake part in\t与:1,参:2\n", "take part\t参与:1\n")
	if err != nil {
		t.Fatal(err)
	}
	keys := lookupKeys(l, "how many households took part in the vote?")
	if !slices.Contains(keys, "take part") || slices.Contains(keys, "take part in") {
		t.Errorf("Lookup keys = %q, want \"take part\" and not \"take part in\"", keys)
	}
	renders := func(q, word, zh string) bool {
		for _, m := range l.Lookup(Analyze(q)) {
			if m.English == word && hasChinese(m.Candidates, zh) {
				return true
			}
		}
		return false
	}
	if renders("which building did she live in", "building", "修筑") {
		t.Errorf("\"which building\" renders as the verb's 修筑")
	}
	if !renders("which building did she live in", "building", "大楼") {
		t.Errorf("\"which building\" does not render as 大楼")
	}
}

// TestExpandAgentStem checks the stem fallback: a noun for one who does
// something, none of whose renderings occur, finds the stem its article
// uses with another suffix, or none ("violinist" → 小提琴手 → 小提琴); but
// no stem of 者, a word of its own ("owner" → 所有者 is no 所有, "all").
func TestExpandAgentStem(t *testing.T) {
	l := lexicon(t)
	for _, c := range []struct {
		question, word string
		sentences      []string
		want           []string
	}{
		{"who was the lead violinist?", "violinist", []string{"首席小提琴林某在后台说", "乐团共有演奏员86人"}, []string{"小提琴"}},
		{"who was the lead violinist?", "violinist", []string{"乐团共有演奏员86人"}, nil},
		{"who is the owner?", "owner", []string{"所有乘客均已撤离"}, nil},
	} {
		v := NewSentenceVocabulary(c.sentences)
		var got []string
		for _, w := range l.Expand(Analyze(c.question), v) {
			if w.English == c.word {
				got = append(got, w.Term)
			}
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("%s over %q renders as %q, want %q", c.word, c.sentences, got, c.want)
		}
	}
}

// TestExpandKeepsSupplementWord keeps the supplement's commonest rendering
// of a word among the few Expand keeps, though rarer senses of CC-CEDICT's
// outweigh it: "gas" in an article about a gas leak is its 燃气.
func TestExpandKeepsSupplementWord(t *testing.T) {
	l := lexicon(t)
	v := NewSentenceVocabulary([]string{
		"燃气公司抢修队赶到", "燃气浓度升高", "关闭燃气总阀", "燃气软管老化", "燃气报警器响了",
		"天然气本身没有气味", "以前用液化气罐做饭", "我一闻就是煤气", "漏气的是一根软管", "加油站的汽油涨价",
	})
	var got []string
	for _, w := range l.Expand(Analyze("who smelled the gas first"), v) {
		if w.English == "gas" || slices.Contains(w.Also, "gas") {
			got = append(got, w.Term)
		}
	}
	if !slices.Contains(got, "燃气") {
		t.Errorf("renderings of gas = %v, want 燃气 among them", got)
	}
}

// TestOutOfPlace checks that "dropping out of the sky" is a fall, not
// "drop out" of school, which "dropped out of college" still is.
func TestOutOfPlace(t *testing.T) {
	sup, err := newLexicon("", "drop\t坠落:1\ndrop out\t退学:1\n")
	if err != nil {
		t.Fatal(err)
	}
	wantAmong(t, "Lookup(drones dropping out of the sky) keys", lookupKeys(sup, "when did the drones start dropping out of the sky"), []string{"drop"}, []string{"drop out"})
	wantAmong(t, "Lookup(dropped out of college) keys", lookupKeys(sup, "why did he drop out of college"), []string{"drop out"}, nil)
}

// TestOfficeOfField renders a word before a word for an official as the
// office of that field: "the fire chief" is of 消防 (the fire department),
// where "the fire" alone is a blaze.
func TestOfficeOfField(t *testing.T) {
	l := lexicon(t)
	sentences := []string{"消防救援大队大队长介绍了情况", "仓库起火", "明火被扑灭", "民警到场"}
	terms := func(q string) []string {
		var out []string
		for _, w := range l.Expand(Analyze(q), NewSentenceVocabulary(sentences)) {
			if w.English == "fire" {
				out = append(out, w.Term)
			}
		}
		return out
	}
	if got := terms("who was the fire chief they talked to"); !slices.ContainsFunc(got, func(s string) bool { return strings.HasPrefix(s, "消防") }) {
		t.Errorf("fire of \"fire chief\" renders as %v, want a word of 消防 among them", got)
	}
	if got := terms("what caused the fire"); slices.ContainsFunc(got, func(s string) bool { return strings.HasPrefix(s, "消防") }) {
		t.Errorf("fire of \"what caused the fire\" renders as %v, want no word of 消防", got)
	}
}

// TestGappedPhraseYieldsToCompound does not join a verb and the first word
// of the compound after its object ("running the water park" is no
// "running water"), but keeps a phrase that holds the compound ("call the
// fire dept") or one whose verb takes a particle ("money involved in").
func TestGappedPhraseYieldsToCompound(t *testing.T) {
	sup, err := newLexicon("", "running water\t自来水:1\nwater park\t水上乐园:1\nrun water\t自来水:1\ncall fire department\t报警:1\nfire department\t消防:1\nfire dept\t消防:1\nmoney involve\t涉案金额:1\ninvolve in\t涉及:1\n")
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ q, want, lose string }{
		{"who's the guy running the water park?", "water park", "running water"},
		{"who's the guy running the water park?", "", "run water"},
		{"what time did the park call the fire dept?", "call fire department", ""},
		{"how much money was involved in the case?", "money involve", ""},
	} {
		wantKeys(t, sup, c.q, c.want, c.lose)
	}
}

// TestHyphenatedByParts renders a hyphenated word the lexicon lacks by the
// phrase of its parts, or each part's precise renderings, but not when a
// part is a prefix or a stop word ("co-pilot" is no pilot); a word the
// lexicon has whole keeps its own rendering.
func TestHyphenatedByParts(t *testing.T) {
	sup, err := newLexicon("", "building materials\t建材:1\npilot\t飞行员:1\ncash\t现金:1\nwithdrawal\t取款:1\ninterest-bearing\t有息:1\ninterest\t利息:1\n")
	if err != nil {
		t.Fatal(err)
	}
	zh := func(q, key string) []string {
		var out []string
		for _, m := range sup.Lookup(Analyze(q)) {
			if m.English == key {
				for _, c := range m.Candidates {
					out = append(out, c.Chinese)
				}
			}
		}
		return out
	}
	for _, c := range []struct {
		q, key string
		want   []string
	}{
		{"why did the building-materials guy buy it", "building-material", []string{"建材"}},
		{"what cut did the cash-withdrawal guys get", "cash-withdrawal", []string{"现金", "取款"}},
		{"who was the co-pilot", "co-pilot", nil},
		{"what is the total interest-bearing debt", "interest-bear", []string{"有息"}},
	} {
		if got := zh(c.q, c.key); !slices.Equal(got, c.want) {
			t.Errorf("Lookup(%q)[%s] = %q, want %q", c.q, c.key, got, c.want)
		}
	}
}

// TestVerbParticleObjectIdiom keeps the object of an idiom of a verb, its
// particle and its object ("walk off the job": 停工) from standing alone
// (no 岗位 for "job").
func TestVerbParticleObjectIdiom(t *testing.T) {
	sup, err := newLexicon("", "walk off job\t停工:1\njob\t岗位:1\ndocker\t装卸工:1\n")
	if err != nil {
		t.Fatal(err)
	}
	var terms []string
	v := NewSentenceVocabulary([]string{"停工始于3月11日早上6时", "装卸工没有回到岗位", "岗位调整方案公布"})
	for _, w := range sup.Expand(Analyze("when did the dockers actually walk off the job"), v) {
		terms = append(terms, w.Term)
	}
	if !slices.Contains(terms, "停工") || slices.Contains(terms, "岗位") {
		t.Errorf("Expand terms = %q, want 停工 and no 岗位", terms)
	}
}

// wantKeys checks that the lexicon looks up the key want (unless "") in the
// question q and not the key lose (unless "").
func wantKeys(t *testing.T, l *Lexicon, q, want, lose string) {
	t.Helper()
	keys := lookupKeys(l, q)
	if want != "" && !slices.Contains(keys, want) {
		t.Errorf("Lookup(%q) keys = %q, want %q among them", q, keys, want)
	}
	if lose != "" && slices.Contains(keys, lose) {
		t.Errorf("Lookup(%q) keys = %q, want no %q", q, keys, lose)
	}
}

// TestExpandRoleCompound renders "the tour guide" as the role, not also its
// head noun alone as a verb (guide → 带领), and reads "catch the bus" as
// taking it (乘坐), not catching anything (发现).
func TestExpandRoleCompound(t *testing.T) {
	l, err := newLexicon("guide\t带领:1\ntour\t旅游:1\ncatch\t发现:1\n", "tour guide\t导游:1\ntake bus\t乘坐:1\n")
	if err != nil {
		t.Fatal(err)
	}
	v := NewSentenceVocabulary([]string{"带团导游刘婷今年28岁", "副局长王海涛带领工作人员赶到酒店", "旅游旺季", "孩子坐上校车,乘坐时间约半小时", "民警发现了异常"})
	for q, want := range map[string][2]string{
		"who was the tour guide for that group":       {"导游", "带领"},
		"where did she drop her off to catch the bus": {"乘坐", "发现"},
	} {
		var terms []string
		for _, w := range l.Expand(Analyze(q), v) {
			terms = append(terms, w.Term)
		}
		if !slices.Contains(terms, want[0]) || slices.Contains(terms, want[1]) {
			t.Errorf("Expand(%q) terms = %q, want %s and not %s", q, terms, want[0], want[1])
		}
	}
}

// expandTerms is the Chinese terms l.Expand gives question q over v.
func expandTerms(l *Lexicon, q string, v Vocabulary) []string {
	var out []string
	for _, w := range l.Expand(Analyze(q), v) {
		out = append(out, w.Term)
	}
	return out
}

// TestHeadOfACompound keeps a one-character rendering that heads a longer
// one the articles hold (bridge: 桥 of 大桥): the articles' other compounds
// of it (人行桥) are the same thing.
func TestHeadOfACompound(t *testing.T) {
	l := lexicon(t)
	v := NewSentenceVocabulary([]string{"村民要绕行到15公里外的青河大桥。", "村里计划修建的人行桥至今没有开工。", "村委会正在向县里申请资金。"})
	terms := expandTerms(l, "why hasn't the bridge been built yet?", v)
	if !slices.Contains(terms, "大桥") || !slices.Contains(terms, "桥") {
		t.Errorf("Expand terms = %q, want both 大桥 and 桥", terms)
	}
}

// TestVerbWithItsPreposition checks that the verb of "to deal with",
// rendered as a phrase (处理), is not also rendered alone as the noun "a
// deal" (特惠), while "the deal with the district" keeps its noun.
func TestVerbWithItsPreposition(t *testing.T) {
	l := lexicon(t)
	v := NewSentenceVocabulary([]string{"消防员当晚赶到现场处理蜂窝。", "空气炸锅限时特惠,现价299元。", "街道与公司签订的协议已经解除。"})
	terms := func(q string) []string { return expandTerms(l, q, v) }
	if got := terms("what time did the firefighters show up to deal with the nest?"); !slices.Contains(got, "处理") || slices.Contains(got, "特惠") {
		t.Errorf("Expand terms = %q, want 处理 and no 特惠", got)
	}
	if got := terms("what happened to the company's deal with the district?"); !slices.Contains(got, "协议") {
		t.Errorf("Expand terms = %q, want 协议 for the noun", got)
	}
}

// TestStungAsNewsWritesIt checks that "stung" finds the character Chinese
// news often writes for it (被蛰, strictly 蜇).
func TestStungAsNewsWritesIt(t *testing.T) {
	l := lexicon(t)
	v := NewSentenceVocabulary([]string{"带队老师手臂和后颈也被蛰了4处。", "其余学生症状较轻。"})
	terms := expandTerms(l, "did the teacher get stung too?", v)
	if !slices.ContainsFunc(terms, func(z string) bool { return strings.Contains(z, "蛰") }) {
		t.Errorf("Expand terms = %q, want a rendering with 蛰", terms)
	}
}

// TestOutingsAndIdentifying checks renderings of the supplement: a school
// trip is the 秋游 or 春游 Chinese schools go on, and to figure out or
// identify what something is is also to 判断 it.
func TestOutingsAndIdentifying(t *testing.T) {
	l := lexicon(t)
	v := NewSentenceVocabulary([]string{"此次秋游共有163名学生参加。", "研究员看过照片后判断,这是一窝墨胸胡蜂。", "其余学生当天下午回家。"})
	for q, want := range map[string]string{"how many students went on the trip?": "秋游", "who figured out what species the hornets were?": "判断"} {
		if terms := expandTerms(l, q, v); !slices.Contains(terms, want) {
			t.Errorf("Expand(%q) terms = %q, want %s", q, terms, want)
		}
	}
}

// TestExpandStopPhrase checks that a phrase the supplement spells with a
// stop word ("so far") renders the question, and its other word ("far")
// is no word of its own.
func TestExpandStopPhrase(t *testing.T) {
	l := lexicon(t)
	v := NewSentenceVocabulary([]string{"截至11月21日已排查31所学校", "学校距离市区较远", "对于家长的疑问校方作出回应"})
	var from []string
	for _, w := range l.Expand(Analyze("have they found anything at other schools so far?"), v) {
		from = append(from, w.English)
	}
	if !slices.Contains(from, "so far") || slices.Contains(from, "far") {
		t.Errorf("Expand renders %q, want \"so far\" and no \"far\"", from)
	}
}
