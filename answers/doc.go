// Package answers turns a question into an answer with cited sentences, or a
// refusal: question normalisation and classification, evidence ranking over
// an index.Searcher, answer spans and refusals. It knows nothing of Discord.
package answers
