package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/eventbot/eventbot/index"
)

// knownQuestion is one question the default article answers.
const knownQuestion = "谁被任命为临时首席执行官?"

// bridgeArticle is a small fictional article for --article.
const bridgeArticle = "石门大桥维修后重新通车\n" +
	"石门大桥经过三个月的维修，于6月18日上午重新通车。\n" +
	"维修期间，施工队更换了大桥的全部桥面和两百根吊杆。\n" +
	"石门大桥管理处主任刘峰表示，大桥通车后将限制货车通行。\n" +
	"管理处提醒市民，大桥夜间将继续进行检测。\n"

// harborArticle is a second fictional article.
const harborArticle = "东湾渔港迎来开渔季\n" +
	"8月1日清晨，东湾渔港的三百多艘渔船同时出海，标志着开渔季正式开始。\n" +
	"渔港负责人陈立说，今年的休渔期长达三个月，渔民普遍期待好收成。\n"

// jsonKeys are the fields of the ask --json contract, sorted.
var jsonKeys = []string{"answer", "citations", "kind", "message", "question", "reason", "status"}

// askResult is the outcome of one in-process run of the program.
type askResult struct {
	err            error
	stdout, stderr string
}

// runProgram runs the program in-process with an empty environment and fails the
// test if it does not finish within a generous deadline.
func runProgram(tb testing.TB, stdin string, args ...string) askResult {
	tb.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	var stdout, stderr bytes.Buffer
	done := make(chan error, 1)
	go func() { done <- run(ctx, args, env(nil), strings.NewReader(stdin), &stdout, &stderr) }()
	select {
	case err := <-done:
		return askResult{err: err, stdout: stdout.String(), stderr: stderr.String()}
	case <-time.After(30 * time.Second):
		tb.Fatalf("run(%q) did not finish", args)
		return askResult{}
	}
}

// decodeLines decodes every line of out as one JSON object, checking that it
// has exactly the contract's fields.
func decodeLines(tb testing.TB, out string) []map[string]json.RawMessage {
	tb.Helper()
	if !strings.HasSuffix(out, "\n") {
		tb.Fatalf("output does not end in a newline: %q", out)
	}
	var objs []map[string]json.RawMessage
	for i, line := range strings.Split(strings.TrimSuffix(out, "\n"), "\n") {
		var m map[string]json.RawMessage
		if err := json.Unmarshal([]byte(line), &m); err != nil {
			tb.Fatalf("line %d is not a JSON object: %v: %q", i+1, err, line)
		}
		keys := make([]string, 0, len(m))
		for k := range m {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		if !reflect.DeepEqual(keys, jsonKeys) {
			tb.Errorf("line %d has fields %q, want %q", i+1, keys, jsonKeys)
		}
		objs = append(objs, m)
	}
	return objs
}

func str(tb testing.TB, m map[string]json.RawMessage, key string) string {
	tb.Helper()
	var s string
	if err := json.Unmarshal(m[key], &s); err != nil {
		tb.Fatalf("field %s = %s is not a string: %v", key, m[key], err)
	}
	return s
}

type jsonCitation struct {
	Article   string `json:"article"`
	Paragraph int    `json:"paragraph"`
	Sentence  int    `json:"sentence"`
	Text      string `json:"text"`
}

func citations(tb testing.TB, m map[string]json.RawMessage) []jsonCitation {
	tb.Helper()
	if !bytes.HasPrefix(bytes.TrimSpace(m["citations"]), []byte("[")) {
		tb.Fatalf("citations = %s, want an array", m["citations"])
	}
	var cs []jsonCitation
	if err := json.Unmarshal(m["citations"], &cs); err != nil {
		tb.Fatalf("citations = %s: %v", m["citations"], err)
	}
	return cs
}

// checkRefused checks a refusal object: status, reason, a message and an
// empty citations array.
func checkRefused(tb testing.TB, m map[string]json.RawMessage, reason string) {
	tb.Helper()
	if got := str(tb, m, "status"); got != "refused" {
		tb.Errorf("status %q, want refused", got)
	}
	if reason != "" {
		if got := str(tb, m, "reason"); got != reason {
			tb.Errorf("reason %q, want %q", got, reason)
		}
	}
	if str(tb, m, "answer") != "" || str(tb, m, "message") == "" {
		tb.Errorf("refusal with answer %s, message %s", m["answer"], m["message"])
	}
	if got := string(bytes.TrimSpace(m["citations"])); got != "[]" {
		tb.Errorf("refusal citations = %s, want []", got)
	}
}

func checkAnswered(tb testing.TB, m map[string]json.RawMessage) []jsonCitation {
	tb.Helper()
	if got := str(tb, m, "status"); got != "answered" {
		tb.Fatalf("status %q (reason %s), want answered", got, m["reason"])
	}
	if str(tb, m, "reason") != "" || str(tb, m, "answer") == "" || str(tb, m, "message") == "" {
		tb.Errorf("answer %s, reason %s, message %s", m["answer"], m["reason"], m["message"])
	}
	cs := citations(tb, m)
	if len(cs) < 1 || len(cs) > 3 {
		tb.Fatalf("%d citations, want 1 to 3", len(cs))
	}
	for _, c := range cs {
		if c.Article == "" || c.Paragraph < 1 || c.Sentence < 1 || c.Text == "" {
			tb.Errorf("citation %+v", c)
		}
	}
	return cs
}

func TestAskJSONStdin(t *testing.T) {
	lines := []string{
		knownQuestion,
		"",
		"?????",
		"😀🎉👍",
		"火星上有几只猫？",
	}
	// CRLF on one line, and no newline after the last one
	in := lines[0] + "\r\n" + strings.Join(lines[1:], "\n")
	res := runProgram(t, in, "ask", "--json")
	if res.err != nil {
		t.Fatalf("run: %v (stderr %q)", res.err, res.stderr)
	}
	objs := decodeLines(t, res.stdout)
	if len(objs) != len(lines) {
		t.Fatalf("%d JSON lines for %d input lines:\n%s", len(objs), len(lines), res.stdout)
	}
	for i, m := range objs {
		if got := str(t, m, "question"); got != lines[i] {
			t.Errorf("line %d answers %q, want %q (out of order?)", i+1, got, lines[i])
		}
	}
	checkAnswered(t, objs[0])
	if got := str(t, objs[0], "kind"); got != "who" {
		t.Errorf("kind %q, want who", got)
	}
	for _, i := range []int{1, 2, 3} {
		t.Run(strings.ReplaceAll(lines[i]+"_line", " ", "_"), func(t *testing.T) {
			checkRefused(t, objs[i], "invalid_question")
		})
	}
	checkRefused(t, objs[4], "")
	if res.stderr != "" {
		t.Errorf("stderr: %q", res.stderr)
	}
}

// TestAskExplainStdin explains each standard-input line in turn, one
// report a question, for an operator looking into many at once.
func TestAskExplainStdin(t *testing.T) {
	res := runProgram(t, knownQuestion+"\n?????\n", "ask", "--explain")
	if res.err != nil {
		t.Fatalf("run: %v (stderr %q)", res.err, res.stderr)
	}
	if n := strings.Count(res.stdout, "question: "); n != 2 {
		t.Errorf("%d reports for 2 lines:\n%s", n, res.stdout)
	}
	if !strings.Contains(res.stdout, "kind: who") || !strings.Contains(res.stdout, "not a question") {
		t.Errorf("want the first read as who and the second as no question:\n%s", res.stdout)
	}
}

func TestAskJSONEmptyStdin(t *testing.T) {
	res := runProgram(t, "", "ask", "--json")
	if res.err != nil || res.stdout != "" {
		t.Errorf("empty input: err %v, output %q; want nothing", res.err, res.stdout)
	}
}

func TestAskJSONArgument(t *testing.T) {
	res := runProgram(t, "ignored\nlines\n", "ask", "--json", knownQuestion)
	if res.err != nil {
		t.Fatal(res.err)
	}
	objs := decodeLines(t, res.stdout)
	if len(objs) != 1 {
		t.Fatalf("%d objects, want 1:\n%s", len(objs), res.stdout)
	}
	if got := str(t, objs[0], "question"); got != knownQuestion {
		t.Errorf("question %q", got)
	}
	checkAnswered(t, objs[0])
}

// locatorLine is a citation line of the human output.
var locatorLine = regexp.MustCompile(`^  (\S+ )?¶(\d+)\.(\d+)  \S`)

func TestAskHuman(t *testing.T) {
	res := runProgram(t, "", "ask", knownQuestion)
	if res.err != nil {
		t.Fatal(res.err)
	}
	lines := strings.Split(strings.TrimSuffix(res.stdout, "\n"), "\n")
	if len(lines) < 2 || len(lines) > 4 {
		t.Fatalf("want the answer and 1-3 citation lines, got:\n%s", res.stdout)
	}
	if strings.TrimSpace(lines[0]) == "" || strings.Contains(lines[0], "¶") || strings.HasPrefix(lines[0], " ") {
		t.Errorf("first line %q is not the answer", lines[0])
	}
	for _, l := range lines[1:] {
		m := locatorLine.FindStringSubmatch(l)
		if m == nil {
			t.Errorf("line %q is not a ¶P.S citation", l)
			continue
		}
		if m[1] != "" {
			t.Errorf("line %q names the article with only one loaded", l)
		}
	}
}

func TestAskHumanRefusal(t *testing.T) {
	res := runProgram(t, "", "ask", "?????")
	if res.err != nil {
		t.Fatal(res.err)
	}
	if strings.Contains(res.stdout, "¶") || !strings.Contains(res.stdout, "(invalid_question)") || strings.Count(res.stdout, "\n") != 1 {
		t.Errorf("refusal output %q, want one line with the reason and no citation", res.stdout)
	}
}

// writeArticle writes text to dir/name and returns its path.
func writeArticle(tb testing.TB, dir, name, text string) string {
	tb.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
		tb.Fatal(err)
	}
	return p
}

func TestAskArticleErrors(t *testing.T) {
	dir := t.TempDir()
	good := writeArticle(t, dir, "bridge.txt", bridgeArticle)
	boiler := writeArticle(t, dir, "boiler.txt", "本文来自微信公众号：江城晚报，作者：李青\n责任编辑：赵敏\n")
	missing := filepath.Join(dir, "missing.txt")
	tests := []struct {
		name   string
		args   []string
		naming string
		noBody bool
	}{
		{"missing file", []string{"ask", "--json", "--article", missing, "问题"}, missing, false},
		{"missing file after a good one", []string{"ask", "--article", good, "--article", missing, "问题"}, missing, false},
		{"all boilerplate", []string{"ask", "--json", "--article", boiler, "问题"}, boiler, true},
		{"all boilerplate, reading standard input", []string{"ask", "--json", "--article", boiler}, boiler, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := runProgram(t, knownQuestion+"\n", tt.args...)
			if res.err == nil {
				t.Fatalf("no error; output %q", res.stdout)
			}
			msg := res.err.Error()
			if !strings.Contains(msg, tt.naming) || strings.Contains(msg, "\n") {
				t.Errorf("error %q should be one line naming %s", msg, tt.naming)
			}
			if errors.Is(res.err, index.ErrNoBody) != tt.noBody {
				t.Errorf("errors.Is(%v, ErrNoBody) != %v", res.err, tt.noBody)
			}
			if res.stdout != "" {
				t.Errorf("output despite the error: %q", res.stdout)
			}
		})
	}
}

func TestAskOwnArticle(t *testing.T) {
	dir := t.TempDir()
	bridge := writeArticle(t, dir, "bridge.txt", bridgeArticle)
	harbor := writeArticle(t, dir, "harbor.txt", harborArticle)
	sentences := map[string]bool{}
	for _, line := range strings.Split(bridgeArticle, "\n") {
		for _, s := range index.SplitSentences(line) {
			sentences[s] = true
		}
	}

	t.Run("json", func(t *testing.T) {
		res := runProgram(t, "", "ask", "--json", "--article", bridge, "谁表示大桥通车后将限制货车通行？")
		if res.err != nil {
			t.Fatal(res.err)
		}
		objs := decodeLines(t, res.stdout)
		if len(objs) != 1 {
			t.Fatalf("%d objects", len(objs))
		}
		cs := checkAnswered(t, objs[0])
		if got := str(t, objs[0], "kind"); got != "who" {
			t.Errorf("kind %q, want who", got)
		}
		if got := str(t, objs[0], "answer"); got != "刘峰" {
			t.Errorf("answer %q, want 刘峰", got)
		}
		if cs[0].Article != "bridge.txt" || cs[0].Paragraph != 4 || cs[0].Sentence != 1 {
			t.Errorf("first citation %+v, want bridge.txt ¶4.1", cs[0])
		}
		for _, c := range cs {
			if !sentences[c.Text] {
				t.Errorf("citation %q is not a sentence of the article", c.Text)
			}
		}
	})

	t.Run("the default article is not loaded", func(t *testing.T) {
		res := runProgram(t, "", "ask", "--json", "--article", bridge, knownQuestion)
		if res.err != nil {
			t.Fatal(res.err)
		}
		objs := decodeLines(t, res.stdout)
		checkRefused(t, objs[0], "not_in_article")
	})

	t.Run("human, two articles name theirs", func(t *testing.T) {
		res := runProgram(t, "", "ask", "--article", harbor, "--article", bridge, "谁表示大桥通车后将限制货车通行？")
		if res.err != nil {
			t.Fatal(res.err)
		}
		lines := strings.Split(strings.TrimSuffix(res.stdout, "\n"), "\n")
		if len(lines) < 2 {
			t.Fatalf("want an answer with citations, got %q", res.stdout)
		}
		if lines[0] != "刘峰" {
			t.Errorf("answer %q, want 刘峰", lines[0])
		}
		for _, l := range lines[1:] {
			m := locatorLine.FindStringSubmatch(l)
			if m == nil || m[1] != "bridge.txt " {
				t.Errorf("line %q should be a citation naming bridge.txt", l)
			}
		}
	})
}

// TestAskOwnArticleHardCases: questions about a small article that once
// went wrong (a date beside a duration, a count in Chinese numerals with a
// measure word).
func TestAskOwnArticleHardCases(t *testing.T) {
	bridge := writeArticle(t, t.TempDir(), "bridge.txt", bridgeArticle)
	tests := []struct {
		name, question, kind, answer, was string
	}{
		{
			name:     "when asks for the date, not the duration before it",
			question: "石门大桥什么时候重新通车？",
			kind:     "when",
			answer:   "6月18日上午",
			was:      "a when question is answered with the duration (三个月) that stands earlier in the sentence instead of the date next to the predicate",
		},
		{
			name:     "how many with a Chinese numeral and the measure word 根",
			question: "施工队更换了多少根吊杆？",
			kind:     "how_many",
			answer:   "两百根",
			was:      "a how_many question is refused not_in_article when the number is a Chinese numeral with a measure word outside the engine's list (两百根; 200根 is answered)",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := runProgram(t, "", "ask", "--json", "--article", bridge, tt.question)
			if res.err != nil {
				t.Fatal(res.err)
			}
			objs := decodeLines(t, res.stdout)
			if len(objs) != 1 {
				t.Fatalf("%d objects", len(objs))
			}
			m := objs[0]
			if str(t, m, "status") != "answered" || str(t, m, "kind") != tt.kind || !strings.Contains(str(t, m, "answer"), tt.answer) {
				t.Errorf("regression (%s): got %s", tt.was, strings.TrimSpace(res.stdout))
			}
			checkAnswered(t, m)
		})
	}
}

func TestAskHugeAndInvalidLines(t *testing.T) {
	huge := strings.Repeat("谁", 100*1024/3) // about 100 KB
	tests := []struct {
		name string
		line string
	}{
		{"100 KB line", huge},
		{"invalid UTF-8", "\xff\xfe\x80\xc3"},
		{"NUL and control bytes", "\x00\x01\x02\x1b[31m"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			start := time.Now()
			res := runProgram(t, tt.line+"\n", "ask", "--json")
			if res.err != nil {
				t.Fatal(res.err)
			}
			if el := time.Since(start); el > 5*time.Second {
				t.Errorf("took %v", el)
			}
			objs := decodeLines(t, res.stdout)
			if len(objs) != 1 {
				t.Fatalf("%d JSON lines, want 1", len(objs))
			}
			checkRefused(t, objs[0], "invalid_question")
		})
	}
}
