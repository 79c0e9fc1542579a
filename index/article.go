package index

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Section says what part of a republished article a paragraph belongs to.
type Section string

// The sections of an article.
const (
	// Body is the article itself, headings included.
	Body Section = "body"
	// Boilerplate is source attribution, editor lines and disclaimers.
	Boilerplate Section = "boilerplate"
	// Unrelated is content appended after the article that is not about its
	// events: ads, promotions, unrelated news briefs.
	Unrelated Section = "unrelated"
)

// ErrNoBody is returned (wrapped) for an article with no body paragraph.
var ErrNoBody = errors.New("article has no body")

// Sentence is one sentence of a paragraph, verbatim.
type Sentence struct {
	Paragraph int    // 1-based paragraph number among non-empty lines
	Index     int    // 1-based sentence number within the paragraph
	Text      string // verbatim text
}

// Paragraph is one non-empty line of an article.
type Paragraph struct {
	Number    int
	Text      string
	Section   Section
	Sentences []Sentence
}

// Article is a parsed article.
type Article struct {
	Name       string // name citations use, usually the file's base name
	Paragraphs []Paragraph
	// Names is an optional per-article dictionary of names (gse dictionary
	// format: "word [freq [pos]]" a line) that travels with the article.
	Names []byte
}

// Options adjusts how an article is parsed.
type Options struct {
	// UnrelatedFrom, when positive, marks paragraph N and everything after it
	// (except boilerplate) as unrelated: an operator's escape hatch.
	UnrelatedFrom int
}

// Parse reads an article: UTF-8 text, one paragraph a line. It tolerates a
// byte-order mark, CRLF line ends, blank lines and stray spaces, and it
// classifies every paragraph into a Section.
func Parse(name string, data []byte, opts Options) (*Article, error) {
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	if !utf8.Valid(data) {
		return nil, fmt.Errorf("article %s: not valid UTF-8", name)
	}
	if bytes.IndexByte(data, 0) >= 0 {
		return nil, fmt.Errorf("article %s: binary data (NUL bytes)", name)
	}
	a := &Article{Name: name}
	for _, line := range strings.Split(string(data), "\n") {
		line = strings.TrimFunc(line, unicode.IsSpace)
		if line == "" {
			continue
		}
		n := len(a.Paragraphs) + 1
		p := Paragraph{Number: n, Text: line}
		for i, s := range SplitSentences(line) {
			p.Sentences = append(p.Sentences, Sentence{Paragraph: n, Index: i + 1, Text: s})
		}
		a.Paragraphs = append(a.Paragraphs, p)
	}
	classify(a.Paragraphs, opts)
	for _, p := range a.Paragraphs {
		if p.Section == Body {
			return a, nil
		}
	}
	return nil, fmt.Errorf("article %s: %w", name, ErrNoBody)
}

// Title is the article's first body paragraph, usually its headline.
func (a *Article) Title() string {
	for _, p := range a.Paragraphs {
		if p.Section == Body {
			return p.Text
		}
	}
	return ""
}

// SourceLine is the article's source attribution: its first boilerplate
// paragraph before the body, or "" when it has none.
func (a *Article) SourceLine() string {
	for _, p := range a.Paragraphs {
		if p.Section == Body {
			break
		}
		if p.Section == Boilerplate {
			return p.Text
		}
	}
	return ""
}

// Count reports how many paragraphs are in section s.
func (a *Article) Count(s Section) int {
	n := 0
	for _, p := range a.Paragraphs {
		if p.Section == s {
			n++
		}
	}
	return n
}

const (
	closers = "”’'」』)）】》〉]"
	openers = "“‘「『(（【《〈["
)

// SplitSentences splits a paragraph into sentences on Chinese terminators
// (。！？；…) and on Western ones (! ? ;) where they end a sentence, keeping
// closing quotes and brackets with their sentence. A terminator inside a
// quotation that goes on does not end the sentence, and a Western one right
// after a Latin letter inside quotes ("… its people!") belongs to the
// quotation; "." never splits. A quotation opened and never closed (one that
// runs on into the next paragraph, as Chinese text does) does not hold the
// paragraph together.
func SplitSentences(p string) []string {
	rs := []rune(p)
	if out, balanced := splitRunes(rs, true); balanced {
		return out
	}
	out, _ := splitRunes(rs, false)
	return out
}

// splitRunes splits rs, minding quotations if quotes is set, and reports
// whether every quotation it opened was closed.
func splitRunes(rs []rune, quotes bool) ([]string, bool) {
	var out []string
	start, depth := 0, 0
	straight := false // inside ASCII double quotes
	for i := 0; i < len(rs); i++ {
		r := rs[i]
		if quotes {
			switch {
			case r == '"':
				straight = !straight
				continue
			case strings.ContainsRune(openers, r):
				depth++
				continue
			case strings.ContainsRune(closers, r) && r != '\'':
				if depth > 0 {
					depth--
				}
				continue
			}
		}
		if !isTerminator(r) {
			continue
		}
		inside := depth > 0 || straight
		if isWestern(r) && inside && i > 0 && isLatin(rs[i-1]) {
			continue
		}
		// absorb a run of terminators and closing marks
		j := i + 1
		for j < len(rs) && (isTerminator(rs[j]) || strings.ContainsRune(closers, rs[j]) || quotes && straight && rs[j] == '"') {
			if quotes && rs[j] == '"' {
				straight = false
			} else if quotes && strings.ContainsRune(closers, rs[j]) && rs[j] != '\'' && depth > 0 {
				depth--
			}
			j++
		}
		if (depth > 0 || straight) && j < len(rs) {
			// a terminator inside a quotation that goes on: not the end
			i = j - 1
			continue
		}
		if s := strings.TrimSpace(string(rs[start:j])); s != "" {
			out = append(out, s)
		}
		start, i = j, j-1
	}
	if s := strings.TrimSpace(string(rs[start:])); s != "" {
		out = append(out, s)
	}
	return out, depth == 0 && !straight
}

func isTerminator(r rune) bool {
	switch r {
	case '。', '！', '？', '；', '…', '!', '?', ';', '｡':
		return true
	}
	return false
}

func isWestern(r rune) bool { return r == '!' || r == '?' || r == ';' }

func isLatin(r rune) bool { return r < 0x250 && unicode.IsLetter(r) }
