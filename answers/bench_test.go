package answers

import (
	"sort"
	"testing"
	"time"
)

// BenchmarkAnswer answers the development questions in turn over the
// default article. Besides the mean (ns/op) it reports the median time of
// one question (ns/median), which is what the budget is about:
// a shared machine's hiccups land in the mean.
func BenchmarkAnswer(b *testing.B) {
	e := engineFor(b, "")
	cases := loadCases(b, evalSets(b)[0].file)
	for _, c := range cases { // warm the per-character caches
		e.Answer(c.Q)
	}
	times := make([]time.Duration, 0, b.N)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		t := time.Now()
		e.Answer(cases[i%len(cases)].Q)
		times = append(times, time.Since(t))
	}
	b.StopTimer()
	sort.Slice(times, func(i, j int) bool { return times[i] < times[j] })
	b.ReportMetric(float64(times[len(times)/2].Nanoseconds()), "ns/median")
}
