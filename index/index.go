package index

import (
	"context"
	"fmt"
	"strconv"
	"strings"
	"sync/atomic"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/analysis/analyzer/custom"
	"github.com/blevesearch/bleve/v2/analysis/token/lowercase"
	"github.com/blevesearch/bleve/v2/index/scorch"
	"github.com/blevesearch/bleve/v2/search/query"
	bindex "github.com/blevesearch/bleve_index_api"
)

// Doc is one indexed sentence with what the answer engine needs of it.
type Doc struct {
	ID      int
	Article string
	Section Section
	Sentence
	// Norm is the text in Simplified characters, byte for byte in line
	// with Text (or Text itself); tokens and matching use it, citations
	// and answers are cut from Text at the same offsets.
	Norm   string
	Tokens []Token
}

// Hit is one search result.
type Hit struct {
	Doc   *Doc
	Score float64
}

// Index is an in-memory Bleve index of sentences, one document each, plus
// the sentence table and term statistics the answer engine ranks with. It is
// read-only once built and safe for concurrent use.
type Index struct {
	bi       bleve.Index
	seg      *Segmenter
	articles []*Article
	docs     []*Doc
	df       map[string]int // sentences (all sections) containing a term
	vocab    map[string]bool
}

var segIDs atomic.Int64

// Config adjusts an index.
type Config struct {
	// Vocabulary is extra text whose dictionary words must stay in the
	// pruned dictionary: the fixed vocabulary of questions.
	Vocabulary string
	// PlainDictionary loads gse's whole dictionary the plain way instead of
	// the pruned one: slow and large, for comparison only.
	PlainDictionary bool
}

// New builds the index over articles.
func New(articles []*Article, cfg Config) (*Index, error) {
	if len(articles) == 0 {
		return nil, fmt.Errorf("index: no articles")
	}
	texts := []string{cfg.Vocabulary}
	var names []string
	for _, a := range articles {
		for _, p := range a.Paragraphs {
			for _, s := range p.Sentences {
				texts = append(texts, sameShape(s.Text))
			}
		}
		if len(a.Names) > 0 {
			names = append(names, string(a.Names))
		}
	}
	newSeg := NewSegmenter
	if cfg.PlainDictionary {
		newSeg = NewPlainSegmenter
	}
	seg, err := newSeg(texts, names)
	if err != nil {
		return nil, err
	}
	id := "seg" + strconv.FormatInt(segIDs.Add(1), 10)
	segmenters.Store(id, seg)

	m := bleve.NewIndexMapping()
	m.ScoringModel = bindex.BM25Scoring
	if err := m.AddCustomTokenizer(id, map[string]interface{}{"type": TokenizerName, "segmenter": id}); err != nil {
		return nil, fmt.Errorf("index: tokenizer: %w", err)
	}
	if err := m.AddCustomAnalyzer(AnalyzerName, map[string]interface{}{
		"type":          custom.Name,
		"tokenizer":     id,
		"token_filters": []string{lowercase.Name},
	}); err != nil {
		return nil, fmt.Errorf("index: analyzer: %w", err)
	}
	dm := bleve.NewDocumentStaticMapping()
	text := bleve.NewTextFieldMapping()
	text.Analyzer = AnalyzerName
	text.Store = false
	text.IncludeTermVectors = false
	dm.AddFieldMappingsAt("text", text)
	kw := bleve.NewKeywordFieldMapping()
	kw.Store = false
	dm.AddFieldMappingsAt("article", kw)
	dm.AddFieldMappingsAt("section", kw)
	num := bleve.NewNumericFieldMapping()
	num.Store = false
	dm.AddFieldMappingsAt("paragraph", num)
	dm.AddFieldMappingsAt("sentence", num)
	m.DefaultMapping = dm
	m.DefaultAnalyzer = AnalyzerName

	bi, err := bleve.NewUsing("", m, scorch.Name, scorch.Name, nil)
	if err != nil {
		return nil, fmt.Errorf("index: create bleve index: %w", err)
	}
	ix := &Index{bi: bi, seg: seg, articles: articles, df: map[string]int{}, vocab: map[string]bool{}}
	batch := bi.NewBatch()
	for _, a := range articles {
		for _, p := range a.Paragraphs {
			for _, s := range p.Sentences {
				norm := sameShape(s.Text)
				d := &Doc{ID: len(ix.docs), Article: a.Name, Section: p.Section, Sentence: s, Norm: norm, Tokens: seg.Tokens(norm)}
				ix.docs = append(ix.docs, d)
				seen := map[string]bool{}
				for _, t := range d.Tokens {
					ix.vocab[t.Text] = true
					if !seen[t.Text] {
						seen[t.Text] = true
						ix.df[t.Text]++
					}
				}
				err := batch.Index(strconv.Itoa(d.ID), map[string]interface{}{
					"text":      norm,
					"article":   a.Name,
					"section":   string(p.Section),
					"paragraph": float64(s.Paragraph),
					"sentence":  float64(s.Index),
				})
				if err != nil {
					bi.Close()
					return nil, fmt.Errorf("index: %s ¶%d.%d: %w", a.Name, s.Paragraph, s.Index, err)
				}
			}
		}
	}
	if err := bi.Batch(batch); err != nil {
		bi.Close()
		return nil, fmt.Errorf("index: batch: %w", err)
	}
	return ix, nil
}

// Close releases the Bleve index.
func (ix *Index) Close() error { return ix.bi.Close() }

// Articles are the indexed articles in load order.
func (ix *Index) Articles() []*Article { return ix.articles }

// Docs are all indexed sentences, by ID.
func (ix *Index) Docs() []*Doc { return ix.docs }

// Tokens segments text with the index's segmenter.
func (ix *Index) Tokens(text string) []Token { return ix.seg.Tokens(text) }

// QueryTokens segments a question (see Segmenter.QueryTokens).
func (ix *Index) QueryTokens(text string) []Token { return ix.seg.QueryTokens(text) }

// IsStop reports whether w is a stop token.
func (ix *Index) IsStop(w string) bool { return ix.seg.IsStop(w) }

// DocFreq is the number of sentences containing term, and the number of
// sentences in all.
func (ix *Index) DocFreq(term string) (int, int) { return ix.df[term], len(ix.docs) }

// HasTerm reports whether term occurs as a token anywhere in the index.
func (ix *Index) HasTerm(term string) bool { return ix.vocab[term] }

// Vocabulary calls f for every distinct indexed term.
func (ix *Index) Vocabulary(f func(term string)) {
	for t := range ix.vocab {
		f(t)
	}
}

// Search runs a BM25 disjunction of the given indexed terms (as the gse
// analyzer wrote them: lower-cased words) over every section and returns up
// to k hits, best first.
func (ix *Index) Search(ctx context.Context, terms []string, k int) ([]Hit, error) {
	if len(terms) == 0 || k <= 0 {
		return nil, nil
	}
	qs := make([]query.Query, 0, len(terms))
	for _, t := range terms {
		if strings.TrimSpace(t) == "" {
			continue
		}
		tq := bleve.NewTermQuery(t)
		tq.SetField("text")
		qs = append(qs, tq)
	}
	if len(qs) == 0 {
		return nil, nil
	}
	req := bleve.NewSearchRequestOptions(bleve.NewDisjunctionQuery(qs...), k, 0, false)
	res, err := ix.bi.SearchInContext(ctx, req)
	if err != nil {
		return nil, fmt.Errorf("index: search: %w", err)
	}
	hits := make([]Hit, 0, len(res.Hits))
	for _, h := range res.Hits {
		n, err := strconv.Atoi(h.ID)
		if err != nil || n < 0 || n >= len(ix.docs) {
			continue
		}
		hits = append(hits, Hit{Doc: ix.docs[n], Score: h.Score})
	}
	return hits, nil
}
