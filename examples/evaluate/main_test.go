package main

import (
	"bytes"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/goccy/go-yaml"
	"github.com/goccy/go-yaml/parser"
	"github.com/google/go-cmp/cmp"
	"github.com/jichitai-sec/policy"
	"github.com/jichitai-sec/policy/date"
	"github.com/jichitai-sec/policy/field"
	"github.com/jichitai-sec/policy/zone"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata")

// asOf is the date every test judges by.
var asOf = date.MustParse("2026-06-01")

func fixed() date.Date { return asOf }

// exec runs the program with args and a clock that says asOf.
func exec(t *testing.T, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errs bytes.Buffer
	code = run(args, &out, &errs, fixed)
	return code, out.String(), errs.String()
}

func golden(t *testing.T, file, got string) {
	t.Helper()
	if *update {
		if err := os.MkdirAll(filepath.Dir(file), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(file, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(file)
	if err != nil {
		t.Fatalf("%v (run `go test ./examples/evaluate -update` to create it)", err)
	}
	if got != string(want) {
		t.Errorf("%s differs (run with -update to rewrite it):\n%s", file, cmp.Diff(string(want), got))
	}
}

var extensions = map[policy.Format]string{policy.FormatText: "txt", policy.FormatMarkdown: "md", policy.FormatJSON: "json"}

// TestSamples runs the program on both sample documents in every format
// and language, with the date given, and holds the reports to the golden
// files under testdata: the sample complies (exit 0), the document with
// one violation of each kind does not (exit 1).
func TestSamples(t *testing.T) {
	for _, c := range []struct {
		name string
		file string // "" for the embedded sample
		code int
	}{{"sample", "", exitComplies}, {"violations", "violations.json", exitErrors}} {
		for _, f := range policy.Formats() {
			for _, l := range policy.Langs() {
				args := []string{"-as-of", "2026-06-01", "-format", f.String(), "-lang", l.String()}
				if c.file != "" {
					args = append(args, c.file)
				}
				code, out, errs := exec(t, args...)
				if code != c.code || errs != "" {
					t.Errorf("%s %v: exit %d, stderr %q; want exit %d and nothing on stderr", c.name, args, code, errs, c.code)
				}
				golden(t, filepath.Join("testdata", c.name+"."+l.String()+"."+extensions[f]), out)
			}
		}
	}
}

// TestEmbeddedSampleIsSampleJSON: the embedded document is the file beside
// the program, and running with no argument prints its report in Japanese
// text, as of the clock's date.
func TestEmbeddedSampleIsSampleJSON(t *testing.T) {
	b, err := os.ReadFile(sampleFileName)
	if err != nil || !bytes.Equal(b, sample) {
		t.Fatalf("sample.json differs from the embedded sample (%v)", err)
	}
	code, out, errs := exec(t)
	_, want, _ := exec(t, "-as-of", "2026-06-01", "-lang", "ja", "-format", "text", "sample.json")
	if code != exitComplies || errs != "" || out != want {
		t.Errorf("no argument: exit %d, stderr %q, and a report that is not the Japanese text of sample.json:\n%s", code, errs, out)
	}
	if !strings.Contains(out, "判定日：令和8年6月1日（2026-06-01）\n") {
		t.Errorf("the header does not give the clock's date:\n%s", out)
	}
}

// TestInvalidDocuments runs the program on each invalid document: exit 2,
// no report, and every problem on stderr with its path (and line and
// column), held to golden files in both languages. The table names the
// path each must report, so that a golden file cannot drift silently.
func TestInvalidDocuments(t *testing.T) {
	want := map[string][]string{
		"dangling-reference": {"/topology/links/4/to（30行32列）：参照先なし「biz-printer」"},
		"duplicate-member":   {"/variant（9行3列）"},
		"invalid-utf8":       {"/assets/6/name（61行50列）"},
		"null":               {"/lastReview（10行17列）：不正な値：null は指定できない"},
		"trailing-data":      {"（文書全体）（213行1列）"},
		"truncated":          {"/assets/11（76行6列）"},
		"unknown-enum":       {"/topology/links/5/channel（31行63列）"},
		"wrong-case":         {"/EffectiveOn（9行3列）：未対応の値"},
		"zone-disagreement":  {"/topology/nodes/7/at（21行26列）：不正な値「zone:business」", "/assets/12/zone（80行6列）：不正な値「internet」"},
	}
	files, err := filepath.Glob(filepath.Join("invalid", "*.json"))
	if err != nil || len(files) != len(want) {
		t.Fatalf("invalid/*.json: %d files (%v), want %d", len(files), err, len(want))
	}
	for _, file := range files {
		name := strings.TrimSuffix(filepath.Base(file), ".json")
		for _, l := range policy.Langs() {
			code, out, errs := exec(t, "-lang", l.String(), file)
			if code != exitBadInput || out != "" {
				t.Errorf("%s: exit %d with stdout %q; want exit 2 and no report", file, code, out)
			}
			golden(t, filepath.Join("testdata", "invalid", name+"."+l.String()+".txt"), errs)
			if l != policy.Japanese {
				continue
			}
			paths, ok := want[name]
			if !ok {
				t.Errorf("%s: no expectation", file)
			}
			for _, p := range paths {
				if !strings.Contains(errs, "  "+p) {
					t.Errorf("%s: stderr lacks %q:\n%s", file, p, errs)
				}
			}
			if n := strings.Count(errs, "\n  "); n != len(paths) {
				t.Errorf("%s: %d problems, want %d:\n%s", file, n, len(paths), errs)
			}
		}
	}
}

// TestBadInvocations: bad flags, an unreadable file and two files are
// bad input (exit 2, no report); -h is not.
func TestBadInvocations(t *testing.T) {
	for _, args := range [][]string{
		{"-lang", "fr"},
		{"-lang", "English"},
		{"-format", "html"},
		{"-as-of", "2026-02-30"},
		{"-as-of", "June 1"},
		{"-no-such-flag"},
		{"no-such-file.json"},
		{"violations.json", "sample.json"},
	} {
		code, out, errs := exec(t, args...)
		if code != exitBadInput || out != "" || errs == "" {
			t.Errorf("%q: exit %d, stdout %q, stderr %q; want exit 2, no report and a message", args, code, out, errs)
		}
	}
	if code, out, _ := exec(t, "-h"); code != exitComplies || out != "" {
		t.Errorf("-h: exit %d, stdout %q", code, out)
	}
	// Flags may follow the file name.
	if code, out, _ := exec(t, "violations.json", "-lang", "en", "-as-of", "2026-06-01"); code != exitErrors || !strings.HasPrefix(out, "Evaluation") {
		t.Errorf("flags after the file: exit %d:\n%s", code, out)
	}
	// Labels and aliases are accepted for people.
	if code, out, _ := exec(t, "-lang", "英語", "-format", "md", "-as-of", "2026-06-01"); code != exitComplies || !strings.HasPrefix(out, "# Evaluation") {
		t.Errorf("-lang 英語 -format md: exit %d:\n%s", code, out)
	}
}

// TestClockIsTheDefaultDate: without -as-of the date is the clock's, read
// through the function the program is given.
func TestClockIsTheDefaultDate(t *testing.T) {
	var out, errs bytes.Buffer
	code := run([]string{"-lang", "en"}, &out, &errs, func() date.Date { return date.MustParse("2027-04-01") })
	if code != exitErrors || !strings.Contains(out.String(), "As of: 2027-04-01\n") {
		// A year on, the contracts of the sample have ended: it no longer complies.
		t.Errorf("exit %d, stderr %q:\n%s", code, errs.String(), out.String())
	}
	code = run(nil, &out, &errs, func() date.Date { return date.Date{} })
	if code != exitBadInput {
		t.Errorf("an unset clock: exit %d, want 2", code)
	}
}

// toYAML converts a JSON document to YAML with go-yaml.
func toYAML(t *testing.T, js []byte) []byte {
	t.Helper()
	y, err := yaml.JSONToYAML(js)
	if err != nil {
		t.Fatal(err)
	}
	return y
}

// TestYAMLSameAsJSON: each sample written as YAML gives the same report,
// byte for byte, in every format, as the JSON.
func TestYAMLSameAsJSON(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"sample.json", "violations.json"} {
		js, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		yf := filepath.Join(dir, strings.TrimSuffix(name, ".json")+".yaml")
		if err := os.WriteFile(yf, toYAML(t, js), 0o644); err != nil {
			t.Fatal(err)
		}
		for _, f := range policy.Formats() {
			c1, o1, e1 := exec(t, "-as-of", "2026-06-01", "-format", f.String(), name)
			c2, o2, e2 := exec(t, "-as-of", "2026-06-01", "-format", f.String(), yf)
			if c1 != c2 || o1 != o2 || e1 != e2 {
				t.Errorf("%s as YAML, %s: exit %d, stderr %q, want exit %d, stderr %q; diff:\n%s", name, f, c2, e2, c1, e1, cmp.Diff(o1, o2))
			}
		}
	}
}

// TestYAMLAnchorsAndAliases: anchors and aliases are expanded, so a YAML
// document that shares a safeguard among links decodes to the document
// that repeats it.
func TestYAMLAnchorsAndAliases(t *testing.T) {
	js, err := os.ReadFile("sample.json")
	if err != nil {
		t.Fatal(err)
	}
	want, err := load("sample.json", js)
	if err != nil {
		t.Fatal(err)
	}
	y := string(toYAML(t, js))
	// Anchor the first UTM safeguard and refer to it from the other links.
	guard := "guard:\n      kind: utm\n      functions:\n      - firewall\n      - ids-ips\n      - antivirus\n      - web-filtering\n"
	if strings.Count(y, guard) != 3 {
		t.Fatalf("the YAML does not have the expected shape:\n%s", y)
	}
	y = strings.Replace(y, guard, "guard: &utm\n      kind: utm\n      functions:\n      - firewall\n      - ids-ips\n      - antivirus\n      - web-filtering\n", 1)
	y = strings.ReplaceAll(y, guard, "guard: *utm\n")
	got, err := load("sample.yaml", []byte(y))
	if err != nil {
		t.Fatalf("%v\n%s", err, y)
	}
	if d := cmp.Diff(want, got, cmpOptions); d != "" {
		t.Errorf("the YAML with aliases decodes differently (-want +got):\n%s", d)
	}
}

// TestYAMLDuplicateKeys: a repeated key is an error, at its path, whatever
// its depth or quoting. It also holds go-yaml to its documented default,
// on which the strictness rests: its parser and its decoder refuse
// repeated keys unless told otherwise.
func TestYAMLDuplicateKeys(t *testing.T) {
	for _, c := range []struct {
		src  string
		path field.Path
	}{
		{"version: \"1\"\nversion: \"1\"\n", "/version"},
		{"organization:\n  name: a\n  \"name\": b\n", "/organization/name"},
		{"topology: {nodes: [], nodes: []}\n", "/topology/nodes"},
		{"assets:\n- id: a\n  id: a\n", "/assets/0/id"},
	} {
		_, err := load("doc.yaml", []byte(c.src))
		if e := problemAt(err, c.path); e == nil || e.Kind != field.KindDuplicate || e.Line == 0 {
			t.Errorf("%q: %v; want a duplicate at %s with its line", c.src, err, c.path)
		}
		if _, err := parser.ParseBytes([]byte(c.src), 0); err == nil {
			t.Errorf("go-yaml's parser accepted the repeated key of %q", c.src)
		}
		var v any
		if err := yaml.Unmarshal([]byte(c.src), &v); err == nil {
			t.Errorf("go-yaml's decoder accepted the repeated key of %q", c.src)
		}
	}
}

// problemAt returns the problem of err (a field.List) at path p.
func problemAt(err error, p field.Path) *field.Error {
	var errs field.List
	if !errors.As(err, &errs) {
		return nil
	}
	for _, e := range errs {
		if e.Path == p {
			return e
		}
	}
	return nil
}

// TestYAMLRefusals: what YAML has and JSON has not is refused, each at its
// path, with its line and column where there is one.
func TestYAMLRefusals(t *testing.T) {
	bomb := "a: &a [x, x, x, x, x, x, x, x, x, x]\n"
	for i, prev := 0, "a"; i < 9; i++ {
		name := string(rune('b' + i))
		bomb += name + ": &" + name + " [" + strings.Repeat("*"+prev+", ", 9) + "*" + prev + "]\n"
		prev = name
	}
	for _, c := range []struct {
		name, src string
		path      field.Path
		kind      field.Kind
	}{
		{"tag", "version: !!str 1\n", "/version", field.KindForbidden},
		{"custom tag", "version: !mine x\n", "/version", field.KindForbidden},
		{"integer key", "1: x\n", "", field.KindInvalid},
		{"boolean key", "organization:\n  true: x\n", "/organization", field.KindInvalid},
		{"null key", "~: x\n", "", field.KindInvalid},
		{"sequence key", "[a]: x\n", "", field.KindInvalid},
		{"merge key", "base: &b {x: 1}\nintervals:\n  <<: *b\n", "/intervals", field.KindForbidden},
		{"infinity", "version: .inf\n", "/version", field.KindInvalid},
		{"not a number", "version: .nan\n", "/version", field.KindInvalid},
		{"self alias", "a: &a [*a]\n", "/a/0", field.KindInvalid},
		{"two documents", "version: \"1\"\n---\nversion: \"1\"\n", "", field.KindInvalid},
		{"empty", "", "", field.KindRequired},
		{"comment only", "# nothing\n", "", field.KindRequired},
		{"invalid UTF-8", "version: \"\xff\"\n", "", field.KindInvalid},
		{"syntax", "version: [\n", "", field.KindInvalid},
		{"too deep", strings.Repeat("[", maxYAMLDepth+5) + strings.Repeat("]", maxYAMLDepth+5) + "\n", "", field.KindInvalid},
		{"alias bomb", bomb, "", field.KindInvalid},
		{"null", "version:\n", "/version", field.KindInvalid},
	} {
		_, err := load("doc.yml", []byte(c.src))
		var errs field.List
		if !errors.As(err, &errs) || len(errs) == 0 {
			t.Errorf("%s: %v, want problems", c.name, err)
			continue
		}
		found := false
		for _, e := range errs {
			if (e.Path == c.path || strings.HasPrefix(string(e.Path), string(c.path)+"/") && c.path != "") && e.Kind == c.kind {
				found = true
			}
		}
		if c.name == "alias bomb" || c.name == "too deep" {
			found = found || errs[0].Kind == c.kind // somewhere along the expansion
		}
		if !found {
			t.Errorf("%s: %v; want a problem of kind %s at %q", c.name, err, c.kind, c.path)
		}
	}
}

// TestYAMLPositions: a problem the validators find in a YAML document is
// reported at the line and column of the YAML text.
func TestYAMLPositions(t *testing.T) {
	js, err := os.ReadFile("invalid/dangling-reference.json")
	if err != nil {
		t.Fatal(err)
	}
	y := toYAML(t, js)
	_, err = load("doc.yaml", y)
	e := problemAt(err, "/topology/links/4/to")
	if e == nil {
		t.Fatalf("%v", err)
	}
	lines := strings.Split(string(y), "\n")
	if e.Line < 1 || e.Line > len(lines) || !strings.Contains(lines[e.Line-1][e.Column-1:], "to: biz-printer") {
		t.Errorf("problem at line %d, column %d, which is not the link's to member:\n%s", e.Line, e.Column, y)
	}
}

// TestJSONPositions: a problem the validators find is given the line and
// column of its element in the JSON text, or of its nearest ancestor.
func TestJSONPositions(t *testing.T) {
	src := []byte("{\n  \"version\": \"2\",\n  \"organization\": {\"name\": \"\", \"bodies\": []}\n}")
	_, err := load("doc.json", src)
	for _, c := range []struct {
		path      field.Path
		line, col int
	}{
		{"/version", 2, 3},
		{"/organization/name", 3, 20},
		{"/organization/bodies", 3, 32},
		{"/scheme", 1, 1}, // missing: the document itself
	} {
		e := problemAt(err, c.path)
		if e == nil || e.Line != c.line || e.Column != c.col {
			t.Errorf("%s: %+v; want line %d, column %d (all: %v)", c.path, e, c.line, c.col, err)
		}
	}
}

// cmpOptions compare the library's values with unexported fields by ==.
var cmpOptions = cmp.Options{
	cmp.Comparer(func(a, b zone.Endpoint) bool { return a == b }),
	cmp.Comparer(func(a, b date.Date) bool { return a == b }),
}
