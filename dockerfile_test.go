//go:build linux

package main

// These tests reproduce the container image from the Dockerfile without a
// Docker engine. TestDockerfile reads the Dockerfile and checks what the
// image promises (static build flags, a non-root numeric USER, exec-form
// ENTRYPOINT, CMD and HEALTHCHECK, an empty base). TestDockerImage goes
// further: it assembles the build context through .dockerignore, replays
// the build stages' COPYs and `go build` RUN lines with their ENV and ARG,
// assembles the final stage's file system from its COPYs in a directory and
// runs the binary there under chroot as the image's USER with the image's
// environment only.
//
// The Dockerfile is interpreted, not copied: change its build line and the
// test builds with the new line. Commands other than `go build` (such as
// `go mod download`) are noted and not run; a base image's own files (the
// builder's CA bundle) are taken from the host at the same path.

import (
	"bufio"
	"bytes"
	"context"
	"debug/buildinfo"
	"debug/elf"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/eventbot/eventbot/bot/fakediscord"
)

// imageBudget is the target: an image under 30 MB (docker's decimal
// MB), binary, CA bundle and all.
const imageBudget = 30_000_000

// dfInstr is one Dockerfile instruction, continuation lines joined.
type dfInstr struct {
	line int    // line number of its first line
	cmd  string // upper-case keyword
	args string
}

// dfStage is one build stage after evaluation: its environment and
// working directory, and the operations that put files in it, in order.
type dfStage struct {
	index   int
	name    string // the AS name, lower-case, or ""
	image   string // FROM, variables expanded
	parent  *dfStage
	env     map[string]string // ENV and ARG values
	envKeys []string          // ENV names set in this stage and its parents, in order
	workdir string
	ops     []dfOp

	user                    string
	expose                  []string
	entrypoint, cmd, health []string // exec form, or nil
	entrypointRaw, cmdRaw   string
	healthRaw               string // after CMD
	healthSeen, healthNone  bool
}

// dfOp is a COPY, a `go build`, or another RUN command that is not replayed.
type dfOp struct {
	line  int
	copy  *dfCopy
	build *dfBuild
	other []string
}

type dfCopy struct {
	from string   // stage name or index, image, or "" for the build context
	srcs []string // context-relative, or absolute in the --from stage
	dest string   // absolute in this stage; a trailing slash marks a folder
}

type dfBuild struct {
	argv   []string          // go build ...
	env    map[string]string // stage ENV and ARG, then the command's assignments
	dir    string            // working directory in the stage
	output string            // the -o path, absolute in the stage
}

// dockerfile is a parsed and evaluated Dockerfile.
type dockerfile struct {
	globalArgs map[string]string
	stages     []*dfStage
}

func (d *dockerfile) final() *dfStage { return d.stages[len(d.stages)-1] }

// stage finds a stage by AS name or index, as COPY --from names it.
func (d *dockerfile) stage(ref string) *dfStage {
	for _, s := range d.stages {
		if s.name != "" && s.name == strings.ToLower(ref) {
			return s
		}
	}
	if i, err := strconv.Atoi(ref); err == nil && i >= 0 && i < len(d.stages) {
		return d.stages[i]
	}
	return nil
}

// loadDockerfile reads and evaluates ./Dockerfile.
func loadDockerfile(tb testing.TB) *dockerfile {
	tb.Helper()
	data, err := os.ReadFile("Dockerfile")
	if err != nil {
		tb.Fatal(err)
	}
	df, err := parseDockerfile(data)
	if err != nil {
		tb.Fatalf("Dockerfile: %v", err)
	}
	return df
}

// splitInstructions joins continuation lines and drops comments.
func splitInstructions(data []byte) []dfInstr {
	var out []dfInstr
	var cur strings.Builder
	start := 0
	for i, raw := range strings.Split(string(data), "\n") {
		line := strings.TrimRight(raw, " \t\r")
		trimmed := strings.TrimSpace(line)
		if trimmed == "" || strings.HasPrefix(trimmed, "#") {
			continue // comments and empty lines, also inside continuations
		}
		if cur.Len() == 0 {
			start = i + 1
		}
		if strings.HasSuffix(line, `\`) {
			cur.WriteString(strings.TrimSuffix(line, `\`))
			cur.WriteByte(' ')
			continue
		}
		cur.WriteString(line)
		kw, args, _ := strings.Cut(strings.TrimSpace(cur.String()), " ")
		out = append(out, dfInstr{line: start, cmd: strings.ToUpper(kw), args: strings.TrimSpace(args)})
		cur.Reset()
	}
	return out
}

// parseDockerfile evaluates the instructions of a Dockerfile stage by stage.
func parseDockerfile(data []byte) (*dockerfile, error) {
	df := &dockerfile{globalArgs: map[string]string{}}
	var s *dfStage
	for _, in := range splitInstructions(data) {
		fail := func(format string, a ...any) error {
			return fmt.Errorf("line %d: %s: %s", in.line, in.cmd, fmt.Sprintf(format, a...))
		}
		if s == nil && in.cmd != "FROM" {
			if in.cmd != "ARG" {
				return nil, fail("only ARG may come before the first FROM")
			}
			k, v, _ := strings.Cut(in.args, "=")
			df.globalArgs[k] = unquote(v)
			continue
		}
		switch in.cmd {
		case "FROM":
			words, _ := stripFlags(expandWord(in.args, df.globalArgs))
			fields := strings.Fields(words)
			if len(fields) != 1 && (len(fields) != 3 || !strings.EqualFold(fields[1], "AS")) {
				return nil, fail("want FROM image [AS name], got %q", in.args)
			}
			s = &dfStage{index: len(df.stages), image: fields[0], env: map[string]string{}, workdir: "/"}
			if len(fields) == 3 {
				s.name = strings.ToLower(fields[2])
			}
			if p := df.stage(s.image); p != nil && p.name != "" {
				s.parent = p
				for k, v := range p.env {
					s.env[k] = v
				}
				s.envKeys = slices.Clone(p.envKeys)
				s.workdir = p.workdir
				s.user = p.user
			}
			df.stages = append(df.stages, s)
		case "ARG":
			k, v, ok := strings.Cut(in.args, "=")
			if ok {
				s.env[k] = unquote(expandWord(v, s.env))
			} else if g, ok := df.globalArgs[k]; ok {
				s.env[k] = g
			}
		case "ENV":
			words, err := shellWords(in.args, s.env)
			if err != nil {
				return nil, fail("%v", err)
			}
			if len(words) > 0 && !strings.Contains(words[0], "=") { // legacy ENV key value
				k, v, _ := strings.Cut(strings.TrimSpace(in.args), " ")
				words = []string{k + "=" + strings.TrimSpace(expandWord(v, s.env))}
			}
			for _, w := range words {
				k, v, _ := strings.Cut(w, "=")
				s.env[k] = v
				if !slices.Contains(s.envKeys, k) {
					s.envKeys = append(s.envKeys, k)
				}
			}
		case "WORKDIR":
			s.workdir = resolve(s.workdir, expandWord(in.args, s.env))
		case "USER":
			s.user = expandWord(in.args, s.env)
		case "EXPOSE":
			s.expose = append(s.expose, strings.Fields(expandWord(in.args, s.env))...)
		case "ENTRYPOINT":
			s.entrypointRaw, s.entrypoint = in.args, execForm(in.args)
		case "CMD":
			s.cmdRaw, s.cmd = in.args, execForm(in.args)
		case "HEALTHCHECK":
			rest, _ := stripFlags(in.args) // --interval and the like
			s.healthSeen = true
			kw, cmd, _ := strings.Cut(rest, " ")
			switch strings.ToUpper(kw) {
			case "NONE":
				s.healthNone = true
			case "CMD":
				s.healthRaw = strings.TrimSpace(cmd)
				s.health = execForm(s.healthRaw)
			default:
				return nil, fail("want CMD or NONE, got %q", kw)
			}
		case "COPY", "ADD":
			rest, flags := stripFlags(in.args)
			c := &dfCopy{}
			for _, f := range flags {
				if v, ok := strings.CutPrefix(f, "--from="); ok {
					c.from = expandWord(v, s.env)
				}
			}
			words := execForm(rest)
			if words == nil {
				var err error
				if words, err = shellWords(rest, s.env); err != nil {
					return nil, fail("%v", err)
				}
			}
			if len(words) < 2 {
				return nil, fail("want sources and a destination, got %q", in.args)
			}
			c.srcs = words[:len(words)-1]
			dest := words[len(words)-1]
			c.dest = resolve(s.workdir, dest)
			if strings.HasSuffix(dest, "/") || dest == "." || len(c.srcs) > 1 {
				c.dest += "/"
			}
			s.ops = append(s.ops, dfOp{line: in.line, copy: c})
		case "RUN":
			ops, err := runOps(in, s)
			if err != nil {
				return nil, fail("%v", err)
			}
			s.ops = append(s.ops, ops...)
		case "LABEL", "STOPSIGNAL", "SHELL", "VOLUME", "ONBUILD", "MAINTAINER":
		default:
			return nil, fail("unknown instruction")
		}
	}
	if len(df.stages) == 0 {
		return nil, errors.New("no FROM")
	}
	return df, nil
}

// runOps turns a RUN line into operations: each `go build` becomes a build
// to replay, any other command is recorded and not run.
func runOps(in dfInstr, s *dfStage) ([]dfOp, error) {
	rest, _ := stripFlags(in.args) // --mount=type=cache,... and the like
	var cmds [][]string
	if argv := execForm(rest); argv != nil {
		cmds = [][]string{argv}
	} else {
		var err error
		if cmds, err = shellCommands(rest, s.env); err != nil {
			return nil, err
		}
	}
	var ops []dfOp
	for _, argv := range cmds {
		env := map[string]string{}
		for k, v := range s.env {
			env[k] = v
		}
		for len(argv) > 0 && isAssignment(argv[0]) {
			k, v, _ := strings.Cut(argv[0], "=")
			env[k] = v
			argv = argv[1:]
		}
		if len(argv) < 2 || argv[0] != "go" || argv[1] != "build" {
			if len(argv) > 0 {
				ops = append(ops, dfOp{line: in.line, other: argv})
			}
			continue
		}
		b := &dfBuild{argv: argv, env: env, dir: s.workdir}
		for i, a := range argv {
			if a == "-o" && i+1 < len(argv) {
				b.output = argv[i+1]
			} else if v, ok := strings.CutPrefix(a, "-o="); ok {
				b.output = v
			}
		}
		if b.output == "" {
			return nil, fmt.Errorf("go build without -o: the test needs to know where the binary goes")
		}
		b.output = resolve(s.workdir, b.output)
		ops = append(ops, dfOp{line: in.line, build: b})
	}
	return ops, nil
}

var assignment = regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_]*=`)

func isAssignment(w string) bool { return assignment.MatchString(w) }

// stripFlags removes leading --flag words (FROM --platform, RUN --mount,
// COPY --from, HEALTHCHECK --interval) and returns them.
func stripFlags(s string) (rest string, flags []string) {
	s = strings.TrimSpace(s)
	for strings.HasPrefix(s, "--") {
		f, r, _ := strings.Cut(s, " ")
		flags = append(flags, f)
		s = strings.TrimSpace(r)
	}
	return s, flags
}

// execForm is the JSON-array form of an instruction, or nil for the shell form.
func execForm(s string) []string {
	s = strings.TrimSpace(s)
	if !strings.HasPrefix(s, "[") {
		return nil
	}
	var argv []string
	if err := json.Unmarshal([]byte(s), &argv); err != nil {
		return nil
	}
	return argv
}

func unquote(s string) string {
	if len(s) >= 2 && (s[0] == '"' || s[0] == '\'') && s[len(s)-1] == s[0] {
		return s[1 : len(s)-1]
	}
	return s
}

// resolve makes p absolute against dir, as WORKDIR and COPY destinations are.
func resolve(dir, p string) string {
	if !path.IsAbs(p) {
		p = path.Join(dir, p)
	}
	return path.Clean(p)
}

// expandWord expands $NAME, ${NAME} and ${NAME:-default} in an instruction's
// arguments, as Docker does for FROM, ARG, WORKDIR, USER and EXPOSE.
func expandWord(s string, env map[string]string) string {
	words, err := shellWords(`"`+strings.ReplaceAll(s, `"`, `\"`)+`"`, env)
	if err != nil || len(words) != 1 {
		return s
	}
	return words[0]
}

// shellWords splits s like sh, expanding variables from env, and fails on
// more than one command.
func shellWords(s string, env map[string]string) ([]string, error) {
	cmds, err := shellCommands(s, env)
	if err != nil {
		return nil, err
	}
	switch len(cmds) {
	case 0:
		return nil, nil
	case 1:
		return cmds[0], nil
	}
	return nil, fmt.Errorf("%q: one command expected", s)
}

// shellCommands splits a sh -c command line into its simple commands (split
// at && || ; | and &), each a list of words with quotes removed and
// variables expanded from env. `export K=V` and bare assignments update the
// variables seen by later commands, as in a RUN line. Command substitution
// is not supported.
func shellCommands(s string, env map[string]string) ([][]string, error) {
	vars := map[string]string{}
	for k, v := range env {
		vars[k] = v
	}
	var (
		cmds  [][]string
		words []string
		cur   strings.Builder
		in    bool // a word has started (an empty "" counts)
	)
	endWord := func() {
		if in {
			words = append(words, cur.String())
		}
		cur.Reset()
		in = false
	}
	endCmd := func() {
		endWord()
		if len(words) == 0 {
			return
		}
		assigns := words
		if words[0] == "export" {
			assigns = words[1:]
		}
		if slices.IndexFunc(assigns, func(w string) bool { return !isAssignment(w) }) < 0 {
			for _, w := range assigns {
				k, v, _ := strings.Cut(w, "=")
				vars[k] = v
			}
		}
		cmds = append(cmds, words)
		words = nil
	}
	// variable reads a $ expansion starting at s[i] == '$' and returns its
	// value and the index after it.
	variable := func(i int) (string, int, error) {
		if i+1 < len(s) && s[i+1] == '{' {
			end := strings.IndexByte(s[i:], '}')
			if end < 0 {
				return "", 0, errors.New("unterminated ${")
			}
			expr := s[i+2 : i+end]
			name, def, hasDef := strings.Cut(expr, ":-")
			v, ok := vars[name]
			if hasDef && (!ok || v == "") {
				v = def
			}
			return v, i + end + 1, nil
		}
		if i+1 < len(s) && s[i+1] == '(' {
			return "", 0, errors.New("command substitution is not supported")
		}
		j := i + 1
		for j < len(s) && (s[j] == '_' || s[j] >= 'A' && s[j] <= 'Z' || s[j] >= 'a' && s[j] <= 'z' || j > i+1 && s[j] >= '0' && s[j] <= '9') {
			j++
		}
		if j == i+1 {
			return "$", j, nil
		}
		return vars[s[i+1:j]], j, nil
	}
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r':
			endWord()
			i++
		case c == '#' && !in:
			for i < len(s) && s[i] != '\n' {
				i++
			}
		case c == '&' || c == '|' || c == ';':
			endCmd()
			i++
			if i < len(s) && (s[i] == '&' || s[i] == '|') && s[i] == c {
				i++
			}
		case c == '\\':
			if i+1 < len(s) {
				cur.WriteByte(s[i+1])
			}
			in = true
			i += 2
		case c == '\'':
			end := strings.IndexByte(s[i+1:], '\'')
			if end < 0 {
				return nil, errors.New("unterminated '")
			}
			cur.WriteString(s[i+1 : i+1+end])
			in = true
			i += end + 2
		case c == '"':
			in = true
			i++
			for {
				if i >= len(s) {
					return nil, errors.New(`unterminated "`)
				}
				if s[i] == '"' {
					i++
					break
				}
				if s[i] == '\\' && i+1 < len(s) && strings.IndexByte("$`\"\\", s[i+1]) >= 0 {
					cur.WriteByte(s[i+1])
					i += 2
					continue
				}
				if s[i] == '$' {
					v, next, err := variable(i)
					if err != nil {
						return nil, err
					}
					cur.WriteString(v)
					i = next
					continue
				}
				cur.WriteByte(s[i])
				i++
			}
		case c == '$':
			v, next, err := variable(i)
			if err != nil {
				return nil, err
			}
			// An unquoted expansion is split into fields.
			if v != "" && strings.IndexAny(v[:1], " \t\n") == 0 {
				endWord()
			}
			for k, f := range strings.Fields(v) {
				if k > 0 {
					endWord()
				}
				cur.WriteString(f)
				in = true
			}
			if v != "" && strings.IndexAny(v[len(v)-1:], " \t\n") == 0 {
				endWord()
			}
			i = next
		default:
			cur.WriteByte(c)
			in = true
			i++
		}
	}
	endCmd()
	return cmds, nil
}

// goModVersion is the go directive of go.mod.
func goModVersion(tb testing.TB) string {
	tb.Helper()
	data, err := os.ReadFile("go.mod")
	if err != nil {
		tb.Fatal(err)
	}
	sc := bufio.NewScanner(bytes.NewReader(data))
	for sc.Scan() {
		if v, ok := strings.CutPrefix(strings.TrimSpace(sc.Text()), "go "); ok {
			return strings.TrimSpace(v)
		}
	}
	tb.Fatal("go.mod has no go directive")
	return ""
}

// builds are the `go build` operations of every stage.
func (d *dockerfile) builds() []*dfBuild {
	var out []*dfBuild
	for _, s := range d.stages {
		for _, op := range s.ops {
			if op.build != nil {
				out = append(out, op.build)
			}
		}
	}
	return out
}

// buildFlag is the value of a go build flag given as -name=v, -name v or
// --name v, and whether it was given; a bool flag given bare is "true".
func buildFlag(argv []string, name string, isBool bool) (string, bool) {
	val, found := "", false
	for i := 2; i < len(argv); i++ {
		a := argv[i]
		if !strings.HasPrefix(a, "-") {
			break // the packages
		}
		a = "-" + strings.TrimLeft(a, "-")
		if v, ok := strings.CutPrefix(a, "-"+name+"="); ok {
			val, found = v, true
		} else if a == "-"+name {
			found = true
			if isBool {
				val = "true"
			} else if i+1 < len(argv) {
				val = argv[i+1]
				i++
			}
		}
	}
	return val, found
}

// checkBuildSettings checks what the image's binary must be built with,
// from a -tags value, -ldflags value, -trimpath value and CGO_ENABLED.
func checkBuildSettings(tags, ldflags, trimpath, cgo string) []string {
	var problems []string
	if !slices.Contains(strings.FieldsFunc(tags, func(r rune) bool { return r == ',' || r == ' ' }), "ne") {
		problems = append(problems, fmt.Sprintf("tags %q lack ne (gse's embedded dictionaries would be linked in)", tags))
	}
	ld := strings.Fields(ldflags)
	if !slices.Contains(ld, "-s") || !slices.Contains(ld, "-w") {
		problems = append(problems, fmt.Sprintf("ldflags %q lack -s -w", ldflags))
	}
	if trimpath != "true" {
		problems = append(problems, "no -trimpath")
	}
	if cgo != "0" {
		problems = append(problems, fmt.Sprintf("CGO_ENABLED=%q, want 0", cgo))
	}
	return problems
}

func TestDockerfile(t *testing.T) {
	df := loadDockerfile(t)
	final := df.final()
	goVersion := goModVersion(t)

	tests := []struct {
		name  string
		check func() error
	}{
		{"final stage FROM scratch or distroless static", func() error {
			if final.image == "scratch" || strings.HasPrefix(final.image, "gcr.io/distroless/static") {
				return nil
			}
			return fmt.Errorf("final stage FROM %q", final.image)
		}},
		{"USER is numeric and not root", func() error {
			u, g, hasGroup := strings.Cut(final.user, ":")
			uid, err := strconv.Atoi(u)
			if err != nil || uid <= 0 {
				return fmt.Errorf("USER %q: want a numeric non-zero UID", final.user)
			}
			if hasGroup {
				if gid, err := strconv.Atoi(g); err != nil || gid <= 0 {
					return fmt.Errorf("USER %q: want a numeric non-zero GID", final.user)
				}
			}
			return nil
		}},
		{"ENTRYPOINT is exec form /eventbot", func() error {
			if !slices.Equal(final.entrypoint, []string{"/eventbot"}) {
				return fmt.Errorf("ENTRYPOINT %q, want [\"/eventbot\"]", final.entrypointRaw)
			}
			return nil
		}},
		{"CMD is exec form serve", func() error {
			if !slices.Equal(final.cmd, []string{"serve"}) {
				return fmt.Errorf("CMD %q, want [\"serve\"]", final.cmdRaw)
			}
			return nil
		}},
		{"HEALTHCHECK runs eventbot health in exec form", func() error {
			if !final.healthSeen || final.healthNone {
				return errors.New("no HEALTHCHECK")
			}
			if len(final.health) < 2 || final.health[0] != final.entrypoint[0] || final.health[1] != "health" {
				return fmt.Errorf("HEALTHCHECK CMD %q, want [%q, \"health\"]", final.healthRaw, final.entrypoint[0])
			}
			return nil
		}},
		{"EXPOSE 8080", func() error {
			if !slices.Contains(final.expose, "8080") && !slices.Contains(final.expose, "8080/tcp") {
				return fmt.Errorf("EXPOSE %v", final.expose)
			}
			return nil
		}},
		{"final stage runs nothing", func() error {
			for _, op := range final.ops {
				if op.copy == nil {
					return fmt.Errorf("line %d: the final stage has no shell to RUN with", op.line)
				}
			}
			return nil
		}},
		{"builder pinned to go.mod's Go version", func() error {
			for _, s := range df.stages {
				if img, ok := strings.CutPrefix(s.image, "golang:"); ok {
					v, _, _ := strings.Cut(img, "-")
					if v != goVersion {
						return fmt.Errorf("stage %d FROM %s, go.mod says go %s", s.index, s.image, goVersion)
					}
					return nil
				}
			}
			return errors.New("no golang builder stage")
		}},
		{"modules downloaded in their own layer", func() error {
			for _, b := range df.stages {
				if len(b.ops) == 0 || !slices.ContainsFunc(b.ops, func(op dfOp) bool { return op.build != nil }) {
					continue
				}
				for _, op := range b.ops {
					switch {
					case op.copy != nil && op.copy.from == "":
						for _, src := range op.copy.srcs {
							if src != "go.mod" && src != "go.sum" {
								return fmt.Errorf("line %d: COPY %s before go mod download", op.line, src)
							}
						}
					case slices.Equal(op.other, []string{"go", "mod", "download"}):
						return nil
					case op.build != nil:
						return fmt.Errorf("line %d: go build before go mod download", op.line)
					}
				}
			}
			return errors.New("no RUN go mod download after COPY go.mod go.sum")
		}},
		{"go build is static, trimmed, stripped, -tags ne", func() error {
			builds := df.builds()
			if len(builds) == 0 {
				return errors.New("no go build")
			}
			var problems []string
			for _, b := range builds {
				tags, _ := buildFlag(b.argv, "tags", false)
				ld, _ := buildFlag(b.argv, "ldflags", false)
				trim, _ := buildFlag(b.argv, "trimpath", true)
				problems = append(problems, checkBuildSettings(tags, ld, trim, b.env["CGO_ENABLED"])...)
			}
			if len(problems) > 0 {
				return errors.New(strings.Join(problems, "; "))
			}
			return nil
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if err := tc.check(); err != nil {
				t.Error(err)
			}
		})
	}
}

// dockerignore is a parsed .dockerignore: patterns, last match wins, a
// pattern matching a folder matching everything in it.
type dockerignore struct {
	patterns   []*regexp.Regexp
	exclude    []bool // false for !exceptions
	exceptions bool
}

func loadDockerignore(tb testing.TB) *dockerignore {
	tb.Helper()
	data, err := os.ReadFile(".dockerignore")
	if err != nil && !errors.Is(err, fs.ErrNotExist) {
		tb.Fatal(err)
	}
	return parseDockerignore(string(data))
}

func parseDockerignore(data string) *dockerignore {
	di := &dockerignore{}
	for _, line := range strings.Split(data, "\n") {
		p := strings.TrimSpace(line)
		if p == "" || strings.HasPrefix(p, "#") {
			continue
		}
		excl := true
		if rest, ok := strings.CutPrefix(p, "!"); ok {
			p, excl = strings.TrimSpace(rest), false
			di.exceptions = true
		}
		p = strings.TrimPrefix(path.Clean("/"+p), "/")
		di.patterns = append(di.patterns, regexp.MustCompile(globRegexp(p)))
		di.exclude = append(di.exclude, excl)
	}
	return di
}

// globRegexp translates a .dockerignore pattern: * and ? stay within a path
// element, ** spans any number of them.
func globRegexp(p string) string {
	var b strings.Builder
	b.WriteString("^")
	for i := 0; i < len(p); i++ {
		switch c := p[i]; {
		case strings.HasPrefix(p[i:], "**/"):
			b.WriteString("(.*/)?")
			i += 2
		case strings.HasPrefix(p[i:], "**"):
			b.WriteString(".*")
			i++
		case c == '*':
			b.WriteString("[^/]*")
		case c == '?':
			b.WriteString("[^/]")
		default:
			b.WriteString(regexp.QuoteMeta(string(c)))
		}
	}
	b.WriteString("$")
	return b.String()
}

// excluded reports whether rel (slash-separated) stays out of the context.
func (di *dockerignore) excluded(rel string) bool {
	out := false
	for i, re := range di.patterns {
		for p := rel; p != "." && p != "/"; p = path.Dir(p) {
			if re.MatchString(p) {
				out = di.exclude[i]
				break
			}
		}
	}
	return out
}

// assembleContext copies the files of the build context (the module root
// through .dockerignore) to dst.
func assembleContext(tb testing.TB, dst string) {
	tb.Helper()
	di := loadDockerignore(tb)
	err := filepath.WalkDir(".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || p == "." {
			return err
		}
		rel := filepath.ToSlash(p)
		if di.excluded(rel) {
			if d.IsDir() && !di.exceptions {
				return filepath.SkipDir
			}
			return nil
		}
		if d.IsDir() {
			return nil
		}
		return copyPath(p, filepath.Join(dst, p))
	})
	if err != nil {
		tb.Fatalf("build context: %v", err)
	}
}

// copyPath copies a file, symbolic link or folder tree, keeping modes.
func copyPath(src, dst string) error {
	st, err := os.Lstat(src)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
		return err
	}
	switch {
	case st.Mode()&fs.ModeSymlink != 0:
		target, err := os.Readlink(src)
		if err != nil {
			return err
		}
		return os.Symlink(target, dst)
	case st.IsDir():
		if err := os.MkdirAll(dst, st.Mode().Perm()); err != nil {
			return err
		}
		ents, err := os.ReadDir(src)
		if err != nil {
			return err
		}
		for _, e := range ents {
			if err := copyPath(filepath.Join(src, e.Name()), filepath.Join(dst, e.Name())); err != nil {
				return err
			}
		}
		return nil
	case st.Mode().IsRegular():
		data, err := os.ReadFile(src)
		if err != nil {
			return err
		}
		return os.WriteFile(dst, data, st.Mode().Perm())
	}
	return nil // devices and sockets stay out
}

// imageBuilder replays the stages of a Dockerfile in directories.
type imageBuilder struct {
	tb      testing.TB
	df      *dockerfile
	context string
	roots   map[*dfStage]string
}

// hostFallback reports whether a stage's base image files may be taken from
// the host: for images, not for scratch.
func (ib *imageBuilder) hostFallback(s *dfStage) bool {
	for ; s.parent != nil; s = s.parent {
	}
	return s.image != "scratch"
}

// locate finds an absolute path of a stage's file system on disk.
func (ib *imageBuilder) locate(s *dfStage, p string) (string, bool) {
	if q := filepath.Join(ib.roots[s], p); exists(q) {
		return q, true
	}
	if ib.hostFallback(s) && exists(p) {
		return p, true
	}
	return "", false
}

func exists(p string) bool { _, err := os.Lstat(p); return err == nil }

func (ib *imageBuilder) run(tmp string) {
	ib.tb.Helper()
	ib.roots = map[*dfStage]string{}
	for _, s := range ib.df.stages {
		if s.parent != nil {
			ib.roots[s] = ib.roots[s.parent]
		} else {
			ib.roots[s] = filepath.Join(tmp, fmt.Sprintf("stage%d", s.index))
			if err := os.MkdirAll(ib.roots[s], 0o755); err != nil {
				ib.tb.Fatal(err)
			}
		}
		for _, op := range s.ops {
			switch {
			case op.copy != nil:
				ib.copy(s, op)
			case op.build != nil:
				ib.build(s, op)
			default:
				ib.tb.Logf("Dockerfile:%d: not replayed: %s", op.line, strings.Join(op.other, " "))
			}
		}
	}
}

func (ib *imageBuilder) copy(s *dfStage, op dfOp) {
	ib.tb.Helper()
	c := op.copy
	for _, src := range c.srcs {
		var from string
		switch st := ib.df.stage(c.from); {
		case c.from == "":
			matches, _ := filepath.Glob(filepath.Join(ib.context, filepath.FromSlash(src)))
			if len(matches) == 0 {
				ib.tb.Fatalf("Dockerfile:%d: COPY %s: not in the build context (.dockerignore?)", op.line, src)
			}
			for _, m := range matches {
				ib.copyInto(s, op, m, c.dest)
			}
			continue
		case st != nil:
			var ok bool
			if from, ok = ib.locate(st, src); !ok {
				if ib.hostFallback(st) {
					ib.tb.Logf("Dockerfile:%d: COPY --from=%s %s: not on this host either; skipped", op.line, c.from, src)
					continue
				}
				ib.tb.Fatalf("Dockerfile:%d: COPY --from=%s %s: no such file in that stage", op.line, c.from, src)
			}
		default: // an image: its files are taken from the host
			if !exists(src) {
				ib.tb.Logf("Dockerfile:%d: COPY --from=%s %s: not on this host; skipped", op.line, c.from, src)
				continue
			}
			from = src
		}
		ib.copyInto(s, op, from, c.dest)
	}
}

// copyInto copies src to dest in the stage like COPY: a folder's contents,
// or a file into a folder destination or to a file destination.
func (ib *imageBuilder) copyInto(s *dfStage, op dfOp, src, dest string) {
	ib.tb.Helper()
	root := ib.roots[s]
	st, err := os.Stat(src)
	if err != nil {
		ib.tb.Fatal(err)
	}
	target := filepath.Join(root, filepath.FromSlash(dest))
	if !st.IsDir() && strings.HasSuffix(dest, "/") {
		target = filepath.Join(target, filepath.Base(src))
	}
	if st.IsDir() {
		ents, err := os.ReadDir(src)
		if err != nil {
			ib.tb.Fatal(err)
		}
		if err := os.MkdirAll(target, 0o755); err != nil {
			ib.tb.Fatal(err)
		}
		for _, e := range ents {
			if err := copyPath(filepath.Join(src, e.Name()), filepath.Join(target, e.Name())); err != nil {
				ib.tb.Fatalf("Dockerfile:%d: %v", op.line, err)
			}
		}
		return
	}
	if err := copyPath(src, target); err != nil {
		ib.tb.Fatalf("Dockerfile:%d: %v", op.line, err)
	}
}

// layoutVars describe the build machine, not the binary: the host's values
// are kept whatever the Dockerfile says.
var layoutVars = []string{"PATH", "HOME", "GOPATH", "GOCACHE", "GOMODCACHE", "GOROOT", "TMPDIR", "GOTMPDIR"}

// buildEnv is the host environment without its Go build settings, then the
// golang image's own (GOTOOLCHAIN=local), then the Dockerfile's.
func buildEnv(dockerEnv map[string]string) []string {
	env := map[string]string{}
	for _, kv := range os.Environ() {
		k, v, _ := strings.Cut(kv, "=")
		goSetting := strings.HasPrefix(k, "GO") || strings.HasPrefix(k, "CGO_") || k == "CC" || k == "CXX"
		if !goSetting || slices.Contains(layoutVars, k) {
			env[k] = v
		}
	}
	env["GOTOOLCHAIN"] = "local"
	env["GOPROXY"] = "off" // no network: the module cache has what go test needed
	for k, v := range dockerEnv {
		if !slices.Contains(layoutVars, k) {
			env[k] = v
		}
	}
	out := make([]string, 0, len(env))
	for k, v := range env {
		out = append(out, k+"="+v)
	}
	slices.Sort(out)
	return out
}

func (ib *imageBuilder) build(s *dfStage, op dfOp) {
	ib.tb.Helper()
	b := op.build
	goCmd, err := exec.LookPath("go")
	if err != nil {
		ib.tb.Skipf("no go command to replay the build with: %v", err)
	}
	root := ib.roots[s]
	argv := slices.Clone(b.argv[1:])
	out := filepath.Join(root, b.output)
	for i, a := range argv {
		if a == "-o" {
			argv[i+1] = out
		} else if strings.HasPrefix(a, "-o=") {
			argv[i] = "-o=" + out
		}
	}
	if err := os.MkdirAll(filepath.Dir(out), 0o755); err != nil {
		ib.tb.Fatal(err)
	}
	cmd := exec.Command(goCmd, argv...)
	cmd.Dir = filepath.Join(root, b.dir)
	cmd.Env = buildEnv(b.env)
	start := time.Now()
	if msg, err := cmd.CombinedOutput(); err != nil {
		ib.tb.Fatalf("Dockerfile:%d: %s: %v\n%s", op.line, strings.Join(b.argv, " "), err, msg)
	}
	ib.tb.Logf("Dockerfile:%d: replayed %s in %v", op.line, strings.Join(b.argv, " "), time.Since(start).Round(time.Millisecond))
}

// checkELF fails unless the file is a statically linked ELF executable
// without symbol table (-ldflags -s) and DWARF (-w).
func checkELF(tb testing.TB, bin string) {
	tb.Helper()
	f, err := elf.Open(bin)
	if err != nil {
		tb.Fatalf("%s: %v", bin, err)
	}
	defer f.Close()
	for _, p := range f.Progs {
		switch p.Type {
		case elf.PT_INTERP:
			tb.Errorf("%s has a PT_INTERP program header: it needs a dynamic loader", bin)
		case elf.PT_DYNAMIC:
			tb.Errorf("%s has a PT_DYNAMIC program header: it is dynamically linked", bin)
		}
	}
	for _, name := range []string{".interp", ".dynamic", ".symtab", ".debug_info", ".zdebug_info"} {
		if f.Section(name) != nil {
			tb.Errorf("%s has a %s section", bin, name)
		}
	}
}

// checkBuildInfo checks the settings the go command recorded in the binary.
func checkBuildInfo(tb testing.TB, bin string) {
	tb.Helper()
	info, err := buildinfo.ReadFile(bin)
	if err != nil {
		tb.Fatalf("%s: %v", bin, err)
	}
	settings := map[string]string{}
	for _, s := range info.Settings {
		settings[s.Key] = s.Value
	}
	// With -trimpath the go command does not record -ldflags (go.dev/issue/52372):
	// checkELF looks for what -s -w remove instead.
	ldflags, ok := settings["-ldflags"]
	if !ok {
		ldflags = "-s -w"
	}
	for _, p := range checkBuildSettings(settings["-tags"], ldflags, settings["-trimpath"], settings["CGO_ENABLED"]) {
		tb.Errorf("built binary: %s", p)
	}
}

// treeSize is the size of the regular files under dir.
func treeSize(tb testing.TB, dir string) int64 {
	tb.Helper()
	var n int64
	err := filepath.WalkDir(dir, func(_ string, d fs.DirEntry, err error) error {
		if err != nil || !d.Type().IsRegular() {
			return err
		}
		info, err := d.Info()
		if err == nil {
			n += info.Size()
		}
		return err
	})
	if err != nil {
		tb.Fatal(err)
	}
	return n
}

// container runs commands in the assembled final stage like `docker run`:
// chrooted, as the image's USER, with only the image's ENV plus extra.
type container struct {
	root       string
	entrypoint []string
	env        []string
	uid, gid   uint32
}

// start starts entrypoint+args in the container; stdout and stderr go to out.
func (c container) start(tb testing.TB, ctx context.Context, out io.Writer, args []string, extra ...string) *exec.Cmd {
	tb.Helper()
	argv := append(slices.Clone(c.entrypoint), args...)
	cmd := exec.CommandContext(ctx, argv[0], argv[1:]...)
	cmd.Dir = "/"
	cmd.Env = append(slices.Clone(c.env), extra...)
	cmd.SysProcAttr = &syscall.SysProcAttr{
		Chroot:     c.root,
		Credential: &syscall.Credential{Uid: c.uid, Gid: c.gid},
	}
	cmd.Stdout, cmd.Stderr = out, out
	if err := cmd.Start(); err != nil {
		if errors.Is(err, syscall.EPERM) {
			tb.Skipf("chroot as uid %d is not permitted here (needs root, or CAP_SYS_CHROOT and CAP_SETUID): %v", c.uid, err)
		}
		tb.Fatalf("%s: %v", strings.Join(argv, " "), err)
	}
	return cmd
}

// run runs entrypoint+args in the container to completion.
func (c container) run(tb testing.TB, args []string, extra ...string) (output string, code int) {
	tb.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	var out syncBuffer
	cmd := c.start(tb, ctx, &out, args, extra...)
	code = exitCode(tb, cmd.Wait())
	return out.String(), code
}

// exitCode is the exit status a Wait error reports.
func exitCode(tb testing.TB, err error) int {
	tb.Helper()
	var exit *exec.ExitError
	switch {
	case err == nil:
		return 0
	case errors.As(err, &exit) && exit.Exited():
		return exit.ExitCode()
	}
	tb.Fatalf("container process: %v", err)
	return -1
}

// closedURL is a health URL on a loopback port that nothing listens on.
func closedURL(tb testing.TB) string {
	tb.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		tb.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()
	return "http://" + addr + "/healthz"
}

// healthServer answers /healthz with status.
func healthServer(tb testing.TB, status int) string {
	tb.Helper()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/healthz" {
			http.NotFound(w, r)
			return
		}
		w.WriteHeader(status)
	}))
	tb.Cleanup(srv.Close)
	return srv.URL + "/healthz"
}

func TestDockerImage(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the image's binary (20-40 s cold); skipped in -short mode")
	}
	df := loadDockerfile(t)
	tmp := t.TempDir()
	ib := &imageBuilder{tb: t, df: df, context: filepath.Join(tmp, "context")}
	assembleContext(t, ib.context)
	ib.run(filepath.Join(tmp, "stages"))

	final := df.final()
	root := ib.roots[final]
	if len(final.entrypoint) == 0 {
		t.Fatalf("final stage has no exec-form ENTRYPOINT (%q)", final.entrypointRaw)
	}
	bin := filepath.Join(root, final.entrypoint[0])
	st, err := os.Stat(bin)
	if err != nil || !st.Mode().IsRegular() || st.Mode().Perm()&0o001 == 0 {
		t.Fatalf("ENTRYPOINT %s is not an executable file in the final stage: %v", final.entrypoint[0], err)
	}
	checkELF(t, bin)
	checkBuildInfo(t, bin)

	total := treeSize(t, root)
	t.Logf("final stage: binary %.2f MB, other files %.2f MB, image about %.2f MB (%.2f MiB)",
		float64(st.Size())/1e6, float64(total-st.Size())/1e6, float64(total)/1e6, float64(total)/(1<<20))
	if total > imageBudget {
		t.Errorf("final stage weighs %d bytes, over the %d-byte target", total, imageBudget)
	}

	// A mounted article folder, as in the README: root-owned and read-only.
	article, err := os.ReadFile(filepath.Join("testdata", "articles", "chip-merger.txt"))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(filepath.Join(root, "articles"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(root, "articles", "chip-merger.txt"), article, 0o444); err != nil {
		t.Fatal(err)
	}
	// The user must be able to enter the root; everything in it stays
	// root-owned, so the file system is read-only to the user.
	if err := os.Chmod(root, 0o755); err != nil {
		t.Fatal(err)
	}

	c := container{root: root, entrypoint: final.entrypoint}
	for _, k := range final.envKeys {
		c.env = append(c.env, k+"="+final.env[k])
	}
	u, g, hasGroup := strings.Cut(final.user, ":")
	uid, err := strconv.ParseUint(u, 10, 32)
	if err != nil || uid == 0 {
		t.Fatalf("USER %q: want a numeric non-root UID", final.user)
	}
	gid := uid
	if hasGroup {
		if gid, err = strconv.ParseUint(g, 10, 32); err != nil {
			t.Fatalf("USER %q: want a numeric GID", final.user)
		}
	}
	c.uid, c.gid = uint32(uid), uint32(gid)
	if os.Geteuid() != 0 {
		t.Skipf("running the image needs chroot and a switch to uid %d, which need root; binary checks passed", uid)
	}

	t.Run("ask", func(t *testing.T) {
		tests := []struct {
			name     string
			question string
			env      []string
			want     string
		}{
			{"default article", "谁被任命为临时首席执行官?", nil, "Emmett Shear"},
			{"mounted article folder", "海川半导体是谁创办的?", []string{"EVENTBOT_ARTICLES=/articles"}, "沈卫东"},
		}
		for _, tc := range tests {
			t.Run(tc.name, func(t *testing.T) {
				out, code := c.run(t, []string{"ask", tc.question}, tc.env...)
				if code != 0 || !strings.Contains(out, tc.want) {
					t.Errorf("ask %q: exit %d, output %q, want %q", tc.question, code, out, tc.want)
				}
			})
		}
	})

	t.Run("healthcheck", func(t *testing.T) {
		if len(final.health) == 0 {
			t.Fatalf("no exec-form HEALTHCHECK (%q)", final.healthRaw)
		}
		closed := closedURL(t)
		tests := []struct {
			name     string
			env      []string
			wantCode int
		}{
			{"nothing listening", []string{"HEALTH_URL=" + closed}, 1},
			{"nothing listening at HTTP_ADDR", []string{"HTTP_ADDR=" + strings.TrimSuffix(strings.TrimPrefix(closed, "http://"), "/healthz")}, 1},
			{"unhealthy", []string{"HEALTH_URL=" + healthServer(t, http.StatusServiceUnavailable)}, 1},
			{"healthy", []string{"HEALTH_URL=" + healthServer(t, http.StatusOK)}, 0},
		}
		// The HEALTHCHECK command line is run as it stands, entrypoint
		// not prepended, as Docker does.
		hc := c
		hc.entrypoint = final.health[:1]
		for _, tc := range tests {
			t.Run(tc.name, func(t *testing.T) {
				out, code := hc.run(t, final.health[1:], tc.env...)
				if code != tc.wantCode {
					t.Errorf("%s with %v: exit %d, want %d (output %q)", strings.Join(final.health, " "), tc.env, code, tc.wantCode, out)
				}
			})
		}
	})

	// The image's default command against a fake Discord on loopback: it
	// must come up with nothing but the image's files, pass the image's own
	// HEALTHCHECK, and stop cleanly on SIGTERM as `docker stop` sends.
	t.Run("serve", func(t *testing.T) {
		fake := fakediscord.New(fakediscord.Config{Guilds: []string{"g1"}})
		t.Cleanup(fake.Close)
		vars := []string{"DISCORD_TOKEN=" + fake.Config().Token, "DISCORD_API_BASE=" + fake.URL, "HTTP_ADDR=" + freeAddr(t)}
		ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
		defer cancel()
		var logs syncBuffer
		cmd := c.start(t, ctx, &logs, final.cmd, vars...)
		exited := make(chan error, 1)
		go func() { exited <- cmd.Wait() }()
		stop := func() (int, bool) {
			cmd.Process.Signal(syscall.SIGTERM)
			select {
			case err := <-exited:
				return exitCode(t, err), true
			case <-time.After(15 * time.Second):
				cmd.Process.Kill()
				<-exited
				return 0, false
			}
		}
		if err := fake.WaitSession(ctx); err != nil {
			stop()
			t.Fatalf("%s never connected to the fake Discord: %v\n%s", strings.Join(final.cmd, " "), err, logs.String())
		}
		hc := c
		hc.entrypoint = final.health[:1]
		deadline := time.Now().Add(10 * time.Second)
		for {
			out, code := hc.run(t, final.health[1:], vars...)
			if code == 0 {
				break
			}
			if time.Now().After(deadline) {
				t.Errorf("HEALTHCHECK of a connected bot: exit %d (output %q)", code, out)
				break
			}
			time.Sleep(200 * time.Millisecond)
		}
		code, ok := stop()
		if !ok || code != 0 {
			t.Errorf("serve on SIGTERM: stopped %v, exit %d\n%s", ok, code, logs.String())
		}
	})
}

// The interpreter above decides what TestDockerImage builds: its shell
// splitting and .dockerignore matching are tested on their own.

func TestShellCommands(t *testing.T) {
	env := map[string]string{"TAGS": "ne", "FLAGS": "-trimpath -v"}
	tests := []struct {
		name string
		in   string
		want [][]string
	}{
		{"quoted ldflags", `go build -ldflags "-s -w" -o /out/x .`, [][]string{{"go", "build", "-ldflags", "-s -w", "-o", "/out/x", "."}}},
		{"ldflags with =", `go build -ldflags='-s -w' .`, [][]string{{"go", "build", "-ldflags=-s -w", "."}}},
		{"chain and assignment", `go mod download && CGO_ENABLED=0 go build -tags=$TAGS .`, [][]string{{"go", "mod", "download"}, {"CGO_ENABLED=0", "go", "build", "-tags=ne", "."}}},
		{"export seen by later commands", `export T=x; go build -tags "${T}" .`, [][]string{{"export", "T=x"}, {"go", "build", "-tags", "x", "."}}},
		{"unquoted expansion splits", `go build $FLAGS .`, [][]string{{"go", "build", "-trimpath", "-v", "."}}},
		{"default", `go build -tags ${MISSING:-ne} .`, [][]string{{"go", "build", "-tags", "ne", "."}}},
		{"escapes and comment", `go build -o out\ dir "a\"b" # note`, [][]string{{"go", "build", "-o", "out dir", `a"b`}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := shellCommands(tc.in, env)
			if err != nil {
				t.Fatal(err)
			}
			if !slices.EqualFunc(got, tc.want, slices.Equal) {
				t.Errorf("shellCommands(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

func TestDockerignoreMatch(t *testing.T) {
	di := parseDockerignore("# comment\n.git\n**/testdata\n**/*_test.go\n*.md\n!KEEP.md\n/out\n")
	tests := []struct {
		path string
		want bool
	}{
		{".git/HEAD", true},
		{"testdata/articles/a.txt", true},
		{"bot/testdata/x.json", true},
		{"main_test.go", true},
		{"bot/bot_test.go", true},
		{"bot/bot.go", false},
		{"README.md", true},
		{"KEEP.md", false},
		{"docs/README.md", false},
		{"out/eventbot", true},
		{"index/out/x", false},
		{"index/dict/zh.txt.sz", false},
	}
	for _, tc := range tests {
		t.Run(tc.path, func(t *testing.T) {
			if got := di.excluded(tc.path); got != tc.want {
				t.Errorf("excluded(%q) = %v, want %v", tc.path, got, tc.want)
			}
		})
	}
}
