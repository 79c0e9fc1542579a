//go:build !ne

package index

import (
	"fmt"
)

// NewPlainSegmenter loads gse's whole Chinese dictionary the plain way
// (gse.NewEmbed("zh") does the same), after the names files so that names
// win as in NewSegmenter. It takes seconds and hundreds of MB; it exists to
// measure what pruning saves and to check that pruning changes nothing.
// texts are ignored.
func NewPlainSegmenter(_ []string, names []string) (*Segmenter, error) {
	s := &Segmenter{stop: stopSet()}
	s.seg.SkipLog = true
	s.seg.NotLoadHMM = true
	if nd, _ := namesDict(names); nd != "" {
		if err := s.seg.LoadDictStr(nd); err != nil {
			return nil, fmt.Errorf("index: load names: %w", err)
		}
	}
	if err := s.seg.LoadDictEmbed("zh"); err != nil {
		return nil, fmt.Errorf("index: load gse dictionary: %w", err)
	}
	s.kept = s.seg.Dict.NumTokens()
	return s, nil
}
