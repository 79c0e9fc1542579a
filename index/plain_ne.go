//go:build ne

package index

import "errors"

// NewPlainSegmenter is not available in a build with the ne tag, which
// leaves gse's embedded dictionaries out of the binary.
func NewPlainSegmenter(_ []string, _ []string) (*Segmenter, error) {
	return nil, errors.New("index: the plain gse dictionary needs a build without the ne tag")
}
