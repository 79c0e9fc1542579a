// Package english is the English front half of eventbot: it tells English
// questions from Chinese ones, analyses an English question into a kind,
// lemmatised content words, Latin names and predicate verbs, maps English
// words to Chinese through a bilingual lexicon derived from CC-CEDICT, and
// renders Chinese dates and durations in English. It needs no network and no
// language model, and imports no other eventbot package.
package english
