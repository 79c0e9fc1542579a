package index

import (
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
)

//go:embed default/openai-board-2023.txt default/openai-board-2023.names.txt
var defaultFS embed.FS

// DefaultName is the name of the embedded default article.
const DefaultName = "openai-board-2023.txt"

// NamesSuffix is the suffix of an article's optional names dictionary,
// which sits beside it: a.txt → a.names.txt.
const NamesSuffix = ".names.txt"

// Default is the embedded default article, byte for byte as shipped.
func Default() (*Article, error) {
	data, err := defaultFS.ReadFile("default/" + DefaultName)
	if err != nil {
		return nil, fmt.Errorf("index: default article: %w", err)
	}
	a, err := Parse(DefaultName, data, Options{})
	if err != nil {
		return nil, err
	}
	a.Names, _ = defaultFS.ReadFile("default/" + strings.TrimSuffix(DefaultName, ".txt") + NamesSuffix)
	return a, nil
}

// DefaultText is the embedded default article's text.
func DefaultText() []byte {
	data, _ := defaultFS.ReadFile("default/" + DefaultName)
	return data
}

// LoadFiles reads articles from paths: files, or folders whose *.txt files
// (names dictionaries aside) are read in name order. A path may end in
// "#N" to mark paragraph N as where unrelated content starts. Either every
// article loads or an error names the file that did not.
func LoadFiles(paths []string) ([]*Article, error) {
	var files []string
	opts := map[string]Options{}
	for _, p := range paths {
		var o Options
		if i := strings.LastIndexByte(p, '#'); i > 0 {
			n, err := strconv.Atoi(p[i+1:])
			if err != nil || n < 1 {
				return nil, fmt.Errorf("article %s: bad unrelated-from marker %q", p[:i], p[i+1:])
			}
			p, o.UnrelatedFrom = p[:i], n
		}
		st, err := os.Stat(p)
		if err != nil {
			return nil, fmt.Errorf("article %s: %w", p, pathless(err))
		}
		if !st.IsDir() {
			files = append(files, p)
			opts[p] = o
			continue
		}
		ents, err := os.ReadDir(p)
		if err != nil {
			return nil, fmt.Errorf("article folder %s: %w", p, err)
		}
		var found []string
		for _, e := range ents {
			n := e.Name()
			if e.IsDir() || !strings.HasSuffix(n, ".txt") || strings.HasSuffix(n, NamesSuffix) {
				continue
			}
			found = append(found, filepath.Join(p, n))
		}
		if len(found) == 0 {
			return nil, fmt.Errorf("article folder %s: no .txt articles", p)
		}
		sort.Strings(found)
		files = append(files, found...)
	}
	var out []*Article
	names := map[string]bool{}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			return nil, fmt.Errorf("article %s: %w", f, pathless(err))
		}
		name := filepath.Base(f)
		if names[name] {
			return nil, fmt.Errorf("article %s: another article has the name %s", f, name)
		}
		names[name] = true
		a, err := Parse(name, data, opts[f])
		if err != nil {
			return nil, fmt.Errorf("article %s: %w", f, unwrapName(err, name))
		}
		if nd, err := os.ReadFile(strings.TrimSuffix(f, ".txt") + NamesSuffix); err == nil {
			a.Names = nd
		}
		out = append(out, a)
	}
	return out, nil
}

// pathless drops the path from an *fs.PathError (the message names the
// file already) and keeps the cause: "article a.txt: no such file or
// directory".
func pathless(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// unwrapName drops Parse's own "article NAME: " prefix so that the error
// names the file once.
func unwrapName(err error, name string) error {
	msg := err.Error()
	prefix := "article " + name + ": "
	if strings.HasPrefix(msg, prefix) {
		return &trimmed{msg: strings.TrimPrefix(msg, prefix), err: err}
	}
	return err
}

type trimmed struct {
	msg string
	err error
}

// Error implements error.
func (t *trimmed) Error() string { return t.msg }

// Unwrap gives the error it shortens, for errors.Is.
func (t *trimmed) Unwrap() error { return t.err }
