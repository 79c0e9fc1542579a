package english

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestAnalyze(t *testing.T) {
	tests := []struct {
		q         string
		kind      string
		terms     []string // lemmas, in order
		names     []string
		predicate []string
	}{
		{"Who was appointed interim CEO?", KindWho,
			[]string{"appoint", "interim", "ceo"}, []string{"CEO"}, []string{"appoint"}},
		{"How many employees signed the letter?", KindHowMany,
			[]string{"employee", "sign", "letter"}, nil, []string{"sign"}},
		{"Why did Ilya push the board to fire Altman?", KindWhy,
			[]string{"ilya", "push", "board", "fire", "altman"}, []string{"Ilya", "Altman"}, []string{"push", "fire"}},
		{"When did Emmett Shear leave Twitch?", KindWhen,
			[]string{"leave", "twitch"}, []string{"Emmett Shear", "Twitch"}, []string{"leave"}},
		{"how high was the rocket when it failed", KindHowMany,
			[]string{"height", "rocket", "fail"}, nil, nil}, // "when it failed" sets the scene
		{"how soon will the ferry sail again?", KindWhen,
			[]string{"ferry", "sail"}, nil, nil},
		{"whom did the board hire?", KindWho,
			[]string{"board", "hire"}, nil, []string{"hire"}},
		{"Whose selfie was posted on X?", KindWho,
			[]string{"selfie", "post", "x"}, []string{"X"}, []string{"post"}},
		{"What time did Microsoft announce the hire?", KindWhen,
			[]string{"microsoft", "announce", "hire"}, []string{"Microsoft"}, []string{"announce"}},
		{"What date was Sam Altman fired?", KindWhen,
			[]string{"fire"}, []string{"Sam Altman"}, []string{"fire"}},
		{"In which year did OpenAI's board fire its CEO?", KindWhen,
			[]string{"openai", "board", "fire", "ceo"}, []string{"OpenAI", "CEO"}, []string{"fire"}},
		// an approximation says how exact, not what
		{"Roughly how many passengers were stranded?", KindHowMany,
			[]string{"passenger", "strand"}, nil, []string{"strand"}},
		{"How long did the negotiations last?", KindWhen,
			[]string{"negotiation", "last"}, nil, nil},
		{"For what reason was Altman removed?", KindWhy,
			[]string{"altman", "remove"}, []string{"Altman"}, []string{"remove"}},
		// (the excuse given: "give" states the reason, no deed asked about)
		{"what excuse did the bank give for stopping withdrawals", KindWhy,
			[]string{"bank", "stop", "withdrawal"}, nil, []string{"stop"}},
		// an acronym's plural is the acronym
		{"how many IDs did the clinic collect?", KindHowMany,
			[]string{"id", "clinic", "collect"}, []string{"ID"}, nil},
		{"What caused the board to oust Altman?", KindWhy,
			[]string{"board", "oust", "altman"}, []string{"Altman"}, []string{"oust"}},
		// a leading clause sets the scene: no predicate, no question word
		{"so after the board fired him, who took over?", KindWho,
			[]string{"board", "fire", "take"}, nil, []string{"take"}},
		{"When the factory closed, why did the workers quit?", KindWhy,
			[]string{"factory", "close", "worker", "quit"}, nil, []string{"quit"}},
		// wrappers frame the event asked about
		{"why did the chairman want the founder gone?", KindWhy,
			[]string{"chairman", "founder", "go"}, nil, []string{"go"}},
		{"when did staff start threatening to quit?", KindWhen,
			[]string{"staff", "threaten", "quit"}, nil, []string{"threaten", "quit"}},
		{"when did the strike start?", KindWhen,
			[]string{"strike", "start"}, nil, []string{"start"}},
		// fillers say nothing of the event
		{"when did the trains start running again?", KindWhen,
			[]string{"train", "resume"}, nil, []string{"resume"}},
		{"who is bankrolling the startup, according to the piece?", KindWho,
			[]string{"bankroll", "startup"}, nil, []string{"bankroll"}},
		{"why does the author think the merger failed lol", KindWhy,
			[]string{"merger", "fail"}, nil, []string{"fail"}},
		{"why an old pig farm of all places lol", KindWhy,
			[]string{"old", "pig", "farm"}, nil, nil},
		{"who was in charge of the depot when this was going on", KindWho,
			[]string{"charge", "depot"}, nil, nil},
		// chat spellings: fillers go, short forms are spelt out
		{"how many ppl got evacuated rn tho", KindHowMany,
			[]string{"person", "evacuate"}, nil, []string{"evacuate"}},
		{"who is the co-founder of the govt lab", KindWho,
			[]string{"co-founder", "government", "lab"}, nil, nil},
		{"what did he msg his sis", KindWhat,
			[]string{"message", "sister"}, nil, []string{"message"}},
		{"wat time r the cops coming b4 the show", KindWhen,
			[]string{"cop", "come", "show"}, nil, []string{"come"}},
		{"how many tons of dead fish are we talking", KindHowMany,
			[]string{"ton", "dead", "fish"}, nil, nil},
		// "which district": a place to name
		{"which district is the school in", KindWhere,
			[]string{"district", "school"}, nil, nil},
		// a relative clause describes its noun
		{"Who was behind the coup that ousted the chairman?", KindWho,
			[]string{"responsible", "coup", "oust", "chairman"}, nil, nil},
		// "that" after a verb opens what was said, not a relative clause
		{"who warned that pilots were tired?", KindWho,
			[]string{"warn", "pilot", "tire"}, nil, []string{"warn", "tire"}},
		// a role after which/what asks for a person
		{"Which journal editor signed the notice?", KindWho,
			[]string{"journal", "editor", "sign", "notice"}, nil, []string{"sign"}},
		{"How much is OpenAI worth?", KindHowMany,
			[]string{"openai", "worth"}, []string{"OpenAI"}, nil},
		{"Where will Altman and Brockman work now?", KindWhere,
			[]string{"altman", "brockman", "work"}, []string{"Altman", "Brockman"}, []string{"work"}},
		{"Did Altman return to OpenAI?", KindYesNo,
			[]string{"altman", "return", "openai"}, []string{"Altman", "OpenAI"}, []string{"return"}},
		{"Is Anthropic a competitor of DeepMind?", KindYesNo,
			[]string{"anthropic", "competitor", "deepmind"}, []string{"Anthropic", "DeepMind"}, nil},
		{"Has GPT changed the AI industry?", KindYesNo,
			[]string{"gpt", "change", "ai", "industry"}, []string{"GPT", "AI"}, []string{"change"}},
		{"What did Nadella say on X?", KindWhat,
			[]string{"nadella", "say", "x"}, []string{"Nadella", "X"}, []string{"say"}},
		{"Which company hired Altman and Brockman?", KindWhat,
			[]string{"company", "hire", "altman", "brockman"}, []string{"Altman", "Brockman"}, []string{"hire"}},
		{"So, who leads OpenAI now?", KindWho,
			[]string{"lead", "openai"}, []string{"OpenAI"}, []string{"lead"}},
		{"Tell me about the board", KindOther, []string{"tell", "board"}, nil, []string{"tell"}},
		{"WHO WAS APPOINTED INTERIM CEO?", KindWho,
			[]string{"appoint", "interim", "ceo"}, nil, []string{"appoint"}},
		{"", KindOther, nil, nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.q, func(t *testing.T) {
			q := Analyze(tt.q)
			if q.Kind != tt.kind {
				t.Errorf("Kind = %q, want %q", q.Kind, tt.kind)
			}
			if got := q.Lemmas(); !slices.Equal(got, tt.terms) {
				t.Errorf("Terms = %q, want %q", got, tt.terms)
			}
			if !slices.Equal(q.Names, tt.names) {
				t.Errorf("Names = %q, want %q", q.Names, tt.names)
			}
			if !slices.Equal(q.Predicate, tt.predicate) {
				t.Errorf("Predicate = %q, want %q", q.Predicate, tt.predicate)
			}
		})
	}
}

func TestAnalyzeDetails(t *testing.T) {
	t.Run("date", func(t *testing.T) {
		q := Analyze("What happened on November 20, 2023?")
		if q.Year != 2023 || q.Month != 11 || q.Day != 20 {
			t.Errorf("date = %d-%d-%d, want 2023-11-20", q.Year, q.Month, q.Day)
		}
		if slices.Contains(q.Names, "November") {
			t.Errorf("Names = %q, want no month", q.Names)
		}
	})
	t.Run("may is not a month", func(t *testing.T) {
		if q := Analyze("Why may the board resign?"); q.Month != 0 {
			t.Errorf("Month = %d, want 0", q.Month)
		}
	})
	t.Run("a month spelt out in lowercase", func(t *testing.T) {
		for q, want := range map[string]int{
			"why weren't they paid since january": 1,
			"what happened in september":          9,
			"did the workers march on city hall":  0, // a verb
		} {
			if got := Analyze(q).Month; got != want {
				t.Errorf("%q: Month = %d, want %d", q, got, want)
			}
		}
	})
	t.Run("without", func(t *testing.T) {
		if q := Analyze("How long had it gone without rain?"); !q.Negated {
			t.Errorf("Negated = false, want true")
		}
	})
	t.Run("an embedded question", func(t *testing.T) {
		q := Analyze("do we know who the two people that died were")
		if q.Kind != KindWho || slices.Contains(q.Lemmas(), "know") {
			t.Errorf("Kind = %q, terms %q; want who and no know", q.Kind, q.Lemmas())
		}
	})
	t.Run("a word of talk first", func(t *testing.T) {
		for _, in := range []string{"wait why didn't the cops just go arrest them", "hmm, who tried to poach him?"} {
			if q := Analyze(in); slices.ContainsFunc(q.Terms, func(t Term) bool { return t.Lemma == "wait" || t.Lemma == "hmm" }) {
				t.Errorf("Analyze(%q): terms %q, want no wait or hmm", in, q.Lemmas())
			}
		}
	})
	t.Run("numbers", func(t *testing.T) {
		q := Analyze("Did 743 of the 770 employees sign?")
		if !slices.Equal(q.Numbers, []string{"743", "770"}) {
			t.Errorf("Numbers = %q", q.Numbers)
		}
	})
	t.Run("an age", func(t *testing.T) {
		for _, in := range []string{"who is the 52 year old that died", "who's the 52-year-old?", "a 52 yrs old man", "the 52 yo guy", "a 52yo", "the 52 y/o man"} {
			q := Analyze(in)
			if !slices.Equal(q.Numbers, []string{"52"}) || !slices.Equal(q.Ages, []string{"52"}) || slices.Contains(q.Lemmas(), "year") {
				t.Errorf("Analyze(%q): Numbers = %q, terms %q; want 52 and no year", in, q.Numbers, q.Lemmas())
			}
		}
	})
	t.Run("negation and contraction", func(t *testing.T) {
		q := Analyze("Why didn’t Altman’s return happen?")
		if !q.Negated || q.Kind != KindWhy {
			t.Errorf("Negated = %v, Kind = %q", q.Negated, q.Kind)
		}
		if !slices.Equal(q.Names, []string{"Altman"}) {
			t.Errorf("Names = %q, want [Altman]", q.Names)
		}
	})
	t.Run("lower names", func(t *testing.T) {
		q := Analyze("When did Emmett Shear join OpenAI?")
		if got := q.LowerNames(); !slices.Equal(got, []string{"emmett shear", "openai"}) {
			t.Errorf("LowerNames = %q", got)
		}
	})
	t.Run("co-founder is one word", func(t *testing.T) {
		q := Analyze("Who is the co-founder of OpenAI?")
		if got := q.Lemmas(); !slices.Contains(got, "co-founder") {
			t.Errorf("Terms = %q, want co-founder", got)
		}
	})
	t.Run("ex-chairman is a title held before", func(t *testing.T) {
		q := Analyze("where did the ex-chairman try to fly to?")
		if got := q.Lemmas(); !slices.Contains(got, "chairman") || slices.Contains(got, "ex-chairman") {
			t.Errorf("Terms = %q, want chairman apart from ex", got)
		}
	})
	t.Run("words parallel", func(t *testing.T) {
		q := Analyze("Did the board of directors fire him?")
		if len(q.Words) != len(q.Surfaces) || strings.Join(q.Words, " ") != "do the board of director fire him" {
			t.Errorf("Words = %q, Surfaces = %q", q.Words, q.Surfaces)
		}
	})
}

func FuzzAnalyze(f *testing.F) {
	for _, s := range []string{
		"Who was appointed interim CEO?", "How many employees signed the letter?",
		"谁被任命为临时CEO?", "What does 联名信 mean?", "didn't'''s--", "\xff\xfeAltman",
		strings.Repeat("When did Emmett Shear leave Twitch? ", 3000),
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		q := Analyze(s)
		IsEnglish(s)
		if len(q.Words) != len(q.Surfaces) {
			t.Fatalf("Words and Surfaces differ in length: %d, %d", len(q.Words), len(q.Surfaces))
		}
		for _, term := range q.Terms {
			if term.Lemma == "" || !utf8.ValidString(term.Lemma) {
				t.Fatalf("bad term %q", term.Lemma)
			}
		}
		for _, n := range q.Names {
			if !utf8.ValidString(n) {
				t.Fatalf("name %q is not valid UTF-8", n)
			}
		}
		EnglishDate(s)
	})
}

func TestScene(t *testing.T) {
	tests := []struct {
		q     string
		scene []string // lemmas of the terms that set the scene
	}{
		{"how many people were on the ferry when it capsized?", []string{"capsize"}},
		{"after the board fired him, who took over?", []string{"board", "fire"}},
		{"how soon after getting sacked did Altman post a selfie?", []string{"sack"}}, // get is the passive's auxiliary
		{"when did the ferry capsize?", nil},
	}
	for _, tt := range tests {
		var got []string
		for _, term := range Analyze(tt.q).Terms {
			if term.Scene {
				got = append(got, term.Lemma)
			}
		}
		if !slices.Equal(got, tt.scene) {
			t.Errorf("Analyze(%q) scene terms = %q, want %q", tt.q, got, tt.scene)
		}
	}
}

func TestTargetRelative(t *testing.T) {
	tests := []struct {
		q      string
		object bool
		pred   []string
	}{
		// the relative clause qualifies what is asked: it is the question
		{"who is the person that Microsoft hired?", true, []string{"hire"}},
		{"what is the name of the company that hired Altman?", false, []string{"hire"}},
		// it qualifies another noun: it sets the scene
		{"Who was behind the coup that ousted the chairman?", false, nil},
	}
	for _, tt := range tests {
		q := Analyze(tt.q)
		if q.ObjectRelative != tt.object {
			t.Errorf("Analyze(%q).ObjectRelative = %v, want %v", tt.q, q.ObjectRelative, tt.object)
		}
		if !slices.Equal(q.Predicate, tt.pred) {
			t.Errorf("Analyze(%q).Predicate = %q, want %q", tt.q, q.Predicate, tt.pred)
		}
	}
}

func TestReportedClause(t *testing.T) {
	tests := []predCase{
		// what was said describes the saying: its verbs are not the event
		{"which analyst said the banks were run by one man", []string{"say"}},
		{"who claimed that the dam would collapse", []string{"claim"}},
		// a verb that is news itself keeps its clause's verbs
		{"who warned that the dam had cracked", []string{"warn", "crack"}},
		// a verb before the saying still counts
		{"who resigned and said sorry", []string{"resign", "say"}},
		// "now that" opens what is given, not asked
		{"so who's supplying the schools now that the old supplier got suspended?", []string{"supply"}},
	}
	wantPredicates(t, tests)
}

// TestChatKinds checks the kind of chat questions: "which … person" and a
// chat role noun ("cop", "rep") after which or what ask for a person, and
// "people" as an object does not; contractions written without the
// apostrophe ("whats", "whos", "didnt") are read as spelt.
func TestChatKinds(t *testing.T) {
	for q, want := range map[string]string{
		"which gas company person did they quote?":              KindWho,
		"which cop gave the press briefing":                     KindWho,
		"what's the name of the homeowner rep?":                 KindWho,
		"what are the banks offering people who stopped paying": KindWhat,
		"which company hired the chef?":                         KindWhat,
		"whats dingyue's total debt":                            KindWhat,
		"whos the boss of the rival company":                    KindWho,
		"wheres the plant":                                      KindWhere,
		"which county official went to visit the families":      KindWho,
		"which county did the bus come from":                    KindWhere,
		"whats the name of the retired teacher in the car":      KindWho,
		"what are the arrested people suspected of":             KindWhat,
		"why didnt the guard catch it":                          KindWhy,
	} {
		if !IsEnglish(q) {
			t.Errorf("IsEnglish(%q) = false", q)
		}
		if got := Analyze(q).Kind; got != want {
			t.Errorf("Analyze(%q).Kind = %q, want %q", q, got, want)
		}
	}
	if got := Analyze("why didnt the guard catch it").Lemmas(); slices.Contains(got, "didnt") {
		t.Errorf("Lemmas = %q, want didnt split", got)
	}
}

// TestPhrasal checks which verbs a particle makes phrasal, and that a
// cause ("over this") or a time ("back in 2019") does not.
func TestPhrasal(t *testing.T) {
	tests := []struct {
		q, verb string
		want    bool
	}{
		{"how many drones did they send up?", "send", true},
		{"why did tang ruoxi get turned away at the gate", "turn", true},
		{"when did the power come back?", "come", true},
		{"who was picked up along with the chairman?", "pick", true},
		{"which official got suspended over this", "suspend", false},
		{"what got them punished back in 2019?", "punish", false},
		{"who did the board fire?", "fire", false},
		{"who sat on the committee?", "sit", false},
	}
	for _, tt := range tests {
		if got := Analyze(tt.q).Phrasal(tt.verb); got != tt.want {
			t.Errorf("Analyze(%q).Phrasal(%q) = %v, want %v", tt.q, tt.verb, got, tt.want)
		}
	}
}

// TestYesNoThenAsk reads a yes-no question followed by a question word as
// the second question: "were any flights cancelled? how many" asks for a
// number, not for yes or no; a yes-no question alone stays one.
func TestYesNoThenAsk(t *testing.T) {
	for q, want := range map[string]string{
		"were any flights straight up cancelled? how many":           KindHowMany,
		"did anyone turn himself in? who":                            KindWho,
		"did the expo get cancelled or what? what did they call off": KindWhat,
		"was the ceo fired?":                                         KindYesNo,
		"was the ceo fired? is that true":                            KindYesNo,
	} {
		if got := Analyze(q).Kind; got != want {
			t.Errorf("Analyze(%q).Kind = %q, want %q", q, got, want)
		}
	}
}

// TestWhichGuyIsWho asks for a person with "which guy", "what lady", "which
// local", "the principal's name": a name, not a thing.
func TestWhichGuyIsWho(t *testing.T) {
	for _, q := range []string{"which local guy pried the door open and got the kids out?", "what lady called the police", "which local spotted the smoke",
		"what's the name of the private school's principal?", "which shop owner sold the drones", "which trainer said he was owed like 23k?",
		"which law prof weighed in on all this", "what's the doctor's name?", "what was the man named", "whats the police chief name",
		"which lawyer thinks the brochure counts", "what teacher was on duty that night"} {
		if got := Analyze(q).Kind; got != KindWho {
			t.Errorf("Analyze(%q).Kind = %q, want %q", q, got, KindWho)
		}
	}
	// but a person's thing, or what people were doing, is a what
	for _, q := range []string{"what's the prof's suggestion for the planning people", "what were the lifeguards handing out to people",
		"whats the expert's advice for normal people", "what was the carer busy with when the smoke came", "what was the owner fined",
		"what was the guard worried about", "what was the doctor told", "whats the lawyer tip for paying up front", "what's the doctor advice on this"} {
		if got := Analyze(q).Kind; got != KindWhat {
			t.Errorf("Analyze(%q).Kind = %q, want %q", q, got, KindWhat)
		}
	}
}

// TestIndefinitePronounsAreStopWords keeps anybody, everyone and the like
// out of a question's content words.
func TestIndefinitePronounsAreStopWords(t *testing.T) {
	for _, q := range []string{"why didn't anybody get alerted", "did everyone get out", "why did nobody catch this", "was somebody arrested"} {
		for _, term := range Analyze(q).Terms {
			switch term.Lemma {
			case "anybody", "everyone", "nobody", "somebody":
				t.Errorf("Analyze(%q) has the term %q", q, term.Lemma)
			}
		}
	}
}

// TestVerbAfterSubjectPronoun takes the word after an auxiliary and a
// subject pronoun, or after an adverb there, as the question's verb, though
// no word list knows it ("did he blow", "did they finally stash"; not
// "finally"), but not a noun after "it" ("is it state owned").
func TestVerbAfterSubjectPronoun(t *testing.T) {
	tests := []predCase{
		{"how much money did he blow on cars", []string{"blow"}},
		{"what did they stash in the warehouse", []string{"stash"}},
		{"what did they finally stash in the warehouse", []string{"stash"}},
		{"is it state money", nil},
	}
	wantPredicates(t, tests)
}

// TestPersonAsked marks "which" or "what" before a role noun as asking for
// a person, not a body.
func TestPersonAsked(t *testing.T) {
	for q, want := range map[string]bool{
		"which doctor at the county hospital talked about the symptoms": true,
		"what journal editor signed the notice":                         true,
		"which company hired the chef":                                  false,
		"who founded the company":                                       false,
		"which mom got 7200 back in the first refund?":                  true,
		"what mom would do that":                                        false,
		"was there a cop helping clear the road? who":                   true,
		"was there a company behind it? who":                            false,
	} {
		if got := Analyze(q).Person; got != want {
			t.Errorf("Analyze(%q).Person = %v, want %v", q, got, want)
		}
	}
	// and "which" of the people of a kind asks who
	if k := Analyze("which mom got 7200 back in the first refund?").Kind; k != KindWho {
		t.Errorf("which mom: kind %q, want %q", k, KindWho)
	}
}

// TestAgentNounAsksWho reads "which" before an agent noun that roleNouns
// lacks but the lexicon renders as a word for people (调查人员, 养蜂人) as
// asking who, and not one for a thing (computer) or a firm (supplier).
func TestAgentNounAsksWho(t *testing.T) {
	for q, want := range map[string]string{
		"which fire investigator talked about the lock being a hazard": KindWho,
		"which beekeeper lost the most hives":                          KindWho,
		"which computer did they hack":                                 KindWhat,
		"which supplier sold the fake parts":                           KindWhat,
		"what were the two patients diagnosed with":                    KindWhat,
		// a noun whose one rendering has two senses (营养师: nutritionist,
		// dietitian) is still a word for people
		"which nutritionist helped draw up the menus": KindWho,
		// and a stop word in -or is none ("what's the rule for buying")
		"what's the new rule for buying boat tickets now": KindWhat,
	} {
		if got := Analyze(q).Kind; got != want {
			t.Errorf("Analyze(%q).Kind = %q, want %q", q, got, want)
		}
	}
}

// predCase is a question and the predicates Analyze should find in it.
type predCase struct {
	q    string
	pred []string
}

// wantPredicates checks the predicates Analyze finds in each question.
func wantPredicates(t *testing.T, tests []predCase) {
	t.Helper()
	for _, tt := range tests {
		if q := Analyze(tt.q); !slices.Equal(q.Predicate, tt.pred) {
			t.Errorf("Analyze(%q).Predicate = %q, want %q", tt.q, q.Predicate, tt.pred)
		}
	}
}

// TestEndUpKeptInWhy reads "end up doing" (or done) as the doing, except in a
// why-question, which asks how it came to that (结果), and "end up going" in
// a where-question, which asks where to in the end.
func TestEndUpKeptInWhy(t *testing.T) {
	for _, q := range []string{"how much did they end up getting", "how many ppl ended up actually hospitalized", "how many ended up going to the hospital"} {
		if c := Analyze(q).Clean; strings.Contains(c, "end") {
			t.Errorf("Clean = %q, want end up read as the doing", c)
		}
	}
	for _, q := range []string{"so like, why did the other two boys end up drowning too?", "where did the money end up going"} {
		if c := Analyze(q).Clean; !strings.Contains(c, "end up") {
			t.Errorf("Clean = %q, want end up kept in a why- or where-question", c)
		}
	}
}

// TestPlaceAsked finds the place noun "which" asks for, right after it or
// after one word that qualifies it ("which industrial park"), and asks
// where; a place noun that qualifies a person ("which deputy county head")
// asks for no place.
func TestPlaceAsked(t *testing.T) {
	for q, want := range map[string]string{
		"which district is the school in":                 "district",
		"which industrial park was the cold storage in?":  "park",
		"which road did the workers block":                "road",
		"which deputy county head showed up at the scene": "",
		"which company hired the chef":                    "",
	} {
		a := Analyze(q)
		if a.Place != want {
			t.Errorf("Analyze(%q).Place = %q, want %q", q, a.Place, want)
		}
		if want != "" && a.Kind != KindWhere {
			t.Errorf("Analyze(%q).Kind = %q, want %q", q, a.Kind, KindWhere)
		}
	}
	// the qualifier and the noun together, for the compound's rendering
	for q, want := range map[string]string{
		"which police station did the teacher go to": "police station",
		"which district is the school in":            "",
	} {
		if a := Analyze(q); a.PlacePhrase != want {
			t.Errorf("Analyze(%q).PlacePhrase = %q, want %q", q, a.PlacePhrase, want)
		}
	}
}

// TestHowDeepInDebt reads "how deep in the hole was he" as how much he owed,
// not as a depth.
func TestHowDeepInDebt(t *testing.T) {
	for _, q := range []string{"how deep in the hole was he from gambling", "how deep in debt was the company"} {
		a := Analyze(q)
		if a.Dimension != "" || !strings.Contains(a.Clean, "debt") {
			t.Errorf("Analyze(%q): dimension %q, clean %q; want no dimension, the debt asked", q, a.Dimension, a.Clean)
		}
	}
}

// TestChatFillers checks that the "right?" a speaker seeks agreement with,
// "look like" of a description, "even bother" and "going forward" leave the
// words analysed, and that an event that "went down" happened.
func TestChatFillers(t *testing.T) {
	for q, gone := range map[string]string{
		"they knew about the leak right? why didn't they fix it":        "right",
		"what did the rash look like":                                   "look",
		"why did the teacher even bother posting about it":              "bother",
		"what should the city do going forward":                         "forward",
		"why did the company keep selling, right?":                      "right",
		"so what did the sign on the shop door look like?":              "look",
		"why did they even bother to call the cops":                     "bother",
		"what does the expert think the county should do going forward": "going",
		"how many sheep were on the truck to begin with":                "begin",
	} {
		if c := Analyze(q).Clean; strings.Contains(c, gone) {
			t.Errorf("Analyze(%q).Clean = %q, want no %q", q, c, gone)
		}
	}
	if c := Analyze("what day did all this go down").Clean; !strings.Contains(c, "happen") || strings.Contains(c, "down") {
		t.Errorf(`Clean = %q, want "go down" read as happen`, c)
	}
	if c := Analyze("how far down did the water go").Clean; !strings.Contains(c, "down") {
		t.Errorf(`Clean = %q, want "down" kept where nothing happened`, c)
	}
	if c := Analyze("who has the right to sue").Clean; !strings.Contains(c, "right") {
		t.Errorf(`Clean = %q, want a right that is no tag kept`, c)
	}
}

// TestHowLongThing checks that "how long is that glass walkway" asks a
// length, read over the noun's modifiers, a relative clause after it or a
// closing "anyway", and that "how long was the bridge closed" still asks a
// time.
func TestHowLongThing(t *testing.T) {
	for q, want := range map[string]string{
		"how long is that glass walkway":                "length",
		"how long was the gash on his arm":              "length",
		"how long is the new bridge over the river":     "length",
		"how long was the bridge closed":                "",
		"how long was the delay":                        "",
		"how long was the arm on that crane":            "length",
		"how long is that net they put up?":             "length",
		"how long is this canal anyway":                 "length",
		"how long was the line actually out of service": "",
		"how thick was the ice":                         "thickness",
		"how wide is the crack in the wall":             "width",
	} {
		if got := Analyze(q).Dimension; got != want {
			t.Errorf("Analyze(%q).Dimension = %q, want %q", q, got, want)
		}
	}
}

// TestHelpFramesTheVerb: "helped the teacher carry the girl" asks about the
// carrying, not the helping; "for help" is a noun; "help him out" is a
// phrasal verb of its own.
func TestHelpFramesTheVerb(t *testing.T) {
	for q, want := range map[string]bool{
		"who helped the PE teacher carry the girl into the shade?": false,
		"who helped to fix the pipe":                               false,
		"who actually called 119 for help?":                        false,
		"did anyone help him out":                                  true,
	} {
		if got := slices.Contains(Analyze(q).Predicate, "help"); got != want {
			t.Errorf("Analyze(%q).Predicate holds help: %v, want %v", q, got, want)
		}
	}
	wantPredicates(t, []predCase{{"who actually called 119 for help?", []string{"call"}}})
}

// TestHowItCouldBe checks that a "how" asking how something could come
// about (with nobody, not, even, "end up", "in the first place", "so
// sure", explain) asks why, and that a "how" of means or manner does not.
func TestHowItCouldBe(t *testing.T) {
	for q, want := range map[string]string{
		"how did nobody notice during the holiday tho":              KindWhy,
		"how did the sheep even get out of the truck":               KindWhy,
		"how did the babies end up getting switched exactly":        KindWhy,
		"how was the IT guy so sure it wasnt real parents booking?": KindWhy,
		"so how does the boss explain the money running out":        KindWhy,
		"How did stuff get into the water tank in the first place?": KindWhy,
		"how did the site not catch this":                           KindWhy,
		"how did the police catch him":                              KindOther,
		"how was the money split between them":                      KindOther,
		"how was the driver so many hours late":                     KindOther,
	} {
		if got := Analyze(q).Kind; got != want {
			t.Errorf("Analyze(%q).Kind = %q, want %q", q, got, want)
		}
	}
}

// TestAges checks that an age in years is kept as an age, in digits, and
// that its "old" is no word of the question (老旧).
func TestAges(t *testing.T) {
	for q, want := range map[string][]string{
		"who was the 42-year-old driver whose tire blew out?": {"42"},
		"what's the name of the 9 year old son?":              {"9"},
		"how old was the driver?":                             nil,
	} {
		a := Analyze(q)
		if !slices.Equal(a.Ages, want) {
			t.Errorf("Analyze(%q).Ages = %q, want %q", q, a.Ages, want)
		}
		if want != nil && slices.Contains(a.Lemmas(), "old") {
			t.Errorf("Analyze(%q).Lemmas() = %q, want no \"old\" beside the age", q, a.Lemmas())
		}
	}
}

// TestThereReasonAsksWhy checks that "was there a reason…" asks why, also
// after a relative clause that describes whom it asks about.
func TestThereReasonAsksWhy(t *testing.T) {
	for q, want := range map[string]string{
		"the kitchen lady who took the pics, was there a personal reason she cared so much?": KindWhy,
		"is there any reason the bus was late?":                                              KindWhy,
		"was there a fire drill that week?":                                                  KindYesNo,
		"the lady who took the pics, what's her name?":                                       KindWho,
	} {
		if got := Analyze(q).Kind; got != want {
			t.Errorf("Analyze(%q).Kind = %s, want %s", q, got, want)
		}
	}
}

// TestOwnersReasonAsksWhy checks that "what was the boss's reasoning for
// it" asks why, and that a possessive before another noun still asks what
// or who.
func TestOwnersReasonAsksWhy(t *testing.T) {
	for q, want := range map[string]string{
		"what was the co-op boss's reasoning for building the cold storage?": KindWhy,
		"what's the mayor's excuse for the delay":                            KindWhy,
		"what was the boss's plan for the cold storage?":                     KindWhat,
		"what's the lawyer's name":                                           KindWho,
	} {
		if got := Analyze(q).Kind; got != want {
			t.Errorf("Analyze(%q).Kind = %s, want %s", q, got, want)
		}
	}
}

// TestModifiedReasonAsksWhy checks that a reason noun after its modifiers
// ("the real root cause") or after a verb of saying and "is" asks why, and
// that a verb or a role between keeps the question what or who.
func TestModifiedReasonAsksWhy(t *testing.T) {
	for q, want := range map[string]string{
		"what is the real root cause of the fire?":                                 KindWhy,
		"what does the town ag office guy say is the real root cause behind this?": KindWhy,
		"what did the expert think was the main reason":                            KindWhy,
		"which expert explained why the milk went bad":                             KindWho,
		"what is the real problem with the pump":                                   KindWhat,
		"what did the mayor say was the plan":                                      KindWhat,
	} {
		if got := Analyze(q).Kind; got != want {
			t.Errorf("Analyze(%q).Kind = %s, want %s", q, got, want)
		}
	}
}

// TestNounAfterPossessive checks that a word after a possessive is its
// owner's thing, no verb: "the testing company's report".
func TestNounAfterPossessive(t *testing.T) {
	for q, noun := range map[string]string{
		"what did the testing company's report actually turn up?": "report",
		"what did the council's survey find?":                     "survey",
	} {
		for _, term := range Analyze(q).Terms {
			if term.Lemma == noun && term.Verb {
				t.Errorf("Analyze(%q): %q read as a verb", q, noun)
			}
		}
	}
}

// TestBackToCheck checks that going back to check something is a check
// again, not a going back.
func TestBackToCheck(t *testing.T) {
	for q, want := range map[string]string{
		"when are they going to go back and check whether the repairs were done?": "recheck",
		"when did inspectors come back to inspect the site":                       "reinspect",
	} {
		var lemmas []string
		for _, term := range Analyze(q).Terms {
			lemmas = append(lemmas, term.Lemma)
		}
		if !slices.Contains(lemmas, want) || slices.Contains(lemmas, "back") {
			t.Errorf("Analyze(%q) terms %v, want %q and no back", q, lemmas, want)
		}
	}
}

// TestPerformersArePeople checks that a dancer or an actor is a person, as
// a driver is, though the lexicon renders "dancer" as 舞蹈家 as well as 舞者.
func TestPerformersArePeople(t *testing.T) {
	for _, w := range []string{"dancer", "actor", "performer", "aunty", "driver"} {
		if !PersonNoun(w) {
			t.Errorf("PersonNoun(%q) = false, want true", w)
		}
	}
	for _, w := range []string{"speaker", "plaza"} {
		if PersonNoun(w) {
			t.Errorf("PersonNoun(%q) = true, want false", w)
		}
	}
}

// TestWhatCausedAFeeling checks that "what spooked the bull" asks why, the
// feeling being the event asked about (a term), while "what caused the
// fire" asks why with "caused" no term of its own.
func TestWhatCausedAFeeling(t *testing.T) {
	for q, term := range map[string]string{"what spooked the bull in the first place?": "spook", "what scared the kids on the bus?": "scare"} {
		a := Analyze(q)
		if a.Kind != KindWhy || !slices.ContainsFunc(a.Terms, func(t Term) bool { return t.Lemma == term }) {
			t.Errorf("Analyze(%q) = %s %v, want why with the term %q", q, a.Kind, a.Terms, term)
		}
	}
	if a := Analyze("what caused the fire?"); a.Kind != KindWhy || slices.ContainsFunc(a.Terms, func(t Term) bool { return t.Lemma == "cause" }) {
		t.Errorf("Analyze(what caused the fire?) = %s %v, want why without a term for causing", a.Kind, a.Terms)
	}
}
