// Package index ingests articles (paragraphs, sentences, sections), segments
// them with gse through a dictionary pruned to the loaded text, and indexes
// one Bleve document per sentence with BM25 scoring.
package index
