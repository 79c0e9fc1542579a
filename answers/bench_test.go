package answers

import (
	"testing"
)

// BenchmarkAnswer answers the development questions in turn over the
// default article.
func BenchmarkAnswer(b *testing.B) {
	e := engineFor(b, "")
	cases := loadCases(b, evalSets(b)[0].file)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		e.Answer(cases[i%len(cases)].Q)
	}
}
