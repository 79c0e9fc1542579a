package answers

// Kind is the kind of a question: what sort of answer it asks for.
type Kind string

// The kinds of question the engine tells apart.
const (
	KindWho     Kind = "who"
	KindWhen    Kind = "when"
	KindWhy     Kind = "why"
	KindWhat    Kind = "what"
	KindHowMany Kind = "how_many"
	KindWhere   Kind = "where"
	KindYesNo   Kind = "yes_no"
	KindOther   Kind = "other"
)

// Status says whether a question was answered or refused.
type Status string

// The two outcomes of a question.
const (
	Answered Status = "answered"
	Refused  Status = "refused"
)

// Reason says why a question was refused.
type Reason string

// The reasons for a refusal. An answered question has NoReason.
const (
	NoReason         Reason = ""
	UnrelatedContent Reason = "unrelated_content"
	NotInArticle     Reason = "not_in_article"
	InvalidQuestion  Reason = "invalid_question"
)

// Lang is the language the bot's own words are given in.
type Lang string

// The languages of the bot's own words.
const (
	Chinese Lang = "zh"
	English Lang = "en"
)

// Citation is one verbatim sentence of an article, with its locator.
type Citation struct {
	Article   string `json:"article"`
	Paragraph int    `json:"paragraph"`
	Sentence  int    `json:"sentence"`
	Text      string `json:"text"`
}

// Answer is the engine's response to one question: an answer with 1 to 3
// citations, or a refusal with a reason and no citations. A refusal is an
// answer, not an error.
type Answer struct {
	Question  string     `json:"question"`
	Status    Status     `json:"status"`
	Kind      Kind       `json:"kind"`
	Answer    string     `json:"answer"`
	Reason    Reason     `json:"reason"`
	Message   string     `json:"message"`
	Citations []Citation `json:"citations"`
	// Lang is the language of the question, for the labels a front end adds.
	Lang Lang `json:"-"`
}

// Source describes one loaded article, for an "about" listing.
type Source struct {
	Name       string // file name of the article, as citations name it
	Title      string // first body paragraph, usually the headline or lead
	SourceLine string // the article's source attribution, if it has one
	Paragraphs int    // number of paragraphs
	Body       int    // number of body paragraphs
}
