package policy_test

import (
	"bytes"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/go-json-experiment/json"
	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/jichitai-sec/policy"
	"github.com/jichitai-sec/policy/asset"
	"github.com/jichitai-sec/policy/clause"
	"github.com/jichitai-sec/policy/control"
	"github.com/jichitai-sec/policy/date"
	"github.com/jichitai-sec/policy/field"
	"github.com/jichitai-sec/policy/finding"
	"github.com/jichitai-sec/policy/internal/enum/enumtest"
	"github.com/jichitai-sec/policy/lang"
	"github.com/jichitai-sec/policy/threat"
	"github.com/jichitai-sec/policy/vendors"
	"github.com/jichitai-sec/policy/zone"
)

// The -update flag is registered in init, after every package-level
// variable of the test binary, and only if no other test file of the
// package has registered it already.
func init() {
	if flag.Lookup("update") == nil {
		flag.Bool("update", false, "rewrite the golden files (testdata/render)")
	}
}

func updating() bool {
	f := flag.Lookup("update")
	return f != nil && f.Value.String() == "true"
}

var (
	formatSet = enumtest.Set[policy.Format]{
		Name: "policy.Format", All: policy.Formats(), IDs: []string{"text", "json", "markdown"},
		Aliases: map[string]policy.Format{"txt": policy.FormatText, "md": policy.FormatMarkdown},
		Parse:   policy.ParseFormat,
	}
	langSet = enumtest.Set[policy.Lang]{
		Name: "policy.Lang", All: policy.Langs(), IDs: []string{"ja", "en"}, Parse: policy.ParseLang,
	}
)

func TestClosedSetFormat(t *testing.T) { enumtest.Check(t, formatSet) }
func TestClosedSetLang(t *testing.T)   { enumtest.Check(t, langSet) }

func TestLangPick(t *testing.T) {
	for _, c := range []struct {
		l    policy.Lang
		t    lang.Text
		want string
	}{
		{policy.Japanese, lang.Of("違反", "error"), "違反"},
		{policy.English, lang.Of("違反", "error"), "error"},
		{policy.Japanese, lang.Of("", "error"), "error"},
		{policy.English, lang.Of("違反", ""), "違反"},
	} {
		if got := c.l.Pick(c.t); got != c.want {
			t.Errorf("%s.Pick(%+v) = %q, want %q", c.l, c.t, got, c.want)
		}
	}
}

// asOf is the date every golden report is judged on.
var asOf = date.MustParse("2026-06-01")

// sampleReport decodes and evaluates a sample document of the example
// program.
func sampleReport(t *testing.T, name string) policy.Report {
	t.Helper()
	f, err := os.Open(filepath.Join("examples", "evaluate", name))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	doc, err := policy.Decode(f)
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	r, err := policy.Evaluate(doc, asOf)
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return r
}

// fixtureReport is a report built in Go that shows every part a renderer
// writes: a raised finding, further clauses, several ids, none, the whole
// document as a path, and every severity.
func fixtureReport() policy.Report {
	fs := []finding.Finding{
		{Rule: "cloud-unassessed", Severity: finding.Error, RaisedFrom: finding.Warning, Clause: clause.Outsourcing,
			Also: []clause.Clause{clause.DefConfidentiality, clause.Operation}, Path: "/vendors/services/0/assessment",
			IDs:  []string{"s-1", "info-1"},
			Text: lang.Of("評価のない外部サービスに機密性2の情報がある", "an unassessed service holds confidentiality 2")},
		{Rule: "review-no-evaluation", Severity: finding.Error, Clause: clause.Review, Also: []clause.Clause{clause.AuditAndSelfInspection},
			Path: "/evaluations", Text: lang.Of("評価の記録がない", "no evaluation on record")},
		{Rule: "vendor-no-contract", Severity: finding.Warning, Clause: clause.Outsourcing, Path: "/vendors/contractors/0/contract",
			IDs: []string{"c-1"}, Text: lang.Of("委託事業者との契約がない", "a contractor has no contract")},
		{Rule: "mynumber-exception", Severity: finding.Info, Clause: clause.MyNumberIsolation, Path: field.Root,
			Text: lang.Of("文書全体に関する記録", "a record about the whole document")},
	}
	return policy.Report{
		Version: "1", Organization: "架空村", Variant: policy.BetaPrime, Scheme: asset.Legacy, AsOf: date.MustParse("2019-05-01"),
		Complies: false, Findings: fs,
		Summary: policy.Summary{
			Total: policy.Counts{Errors: 2, Warnings: 1, Info: 1},
			ByClause: []policy.ClauseCount{
				{Clause: clause.MyNumberIsolation, Counts: policy.Counts{Info: 1}},
				{Clause: clause.Outsourcing, Counts: policy.Counts{Errors: 1, Warnings: 1}},
				{Clause: clause.Review, Counts: policy.Counts{Errors: 1}},
			},
			Raised: 1,
		},
		Threats: []policy.AssetThreats{{Asset: "info-1", Path: "/assets/0", Threats: []threat.Threat{threat.Malware}}},
	}
}

// emptyReport is a compliant report without findings.
func emptyReport() policy.Report {
	return policy.Report{Version: "1", Organization: "架空町", Variant: policy.Alpha, Scheme: asset.Guideline2024,
		AsOf: asOf, Complies: true, Findings: []finding.Finding{}, Threats: []policy.AssetThreats{}}
}

var extensions = map[policy.Format]string{policy.FormatText: "txt", policy.FormatMarkdown: "md", policy.FormatJSON: "json"}

func render(t *testing.T, r policy.Report, f policy.Format, l policy.Lang) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := policy.Render(&b, r, f, l); err != nil {
		t.Fatalf("Render(%s, %s): %v", f, l, err)
	}
	return b.Bytes()
}

// TestRenderGolden holds every format in both languages to the golden
// files under testdata/render, for the example program's sample documents
// and reports built here. Run `go test . -run TestRenderGolden -update` to
// rewrite them. JSON carries both languages, so it has one file, and the
// two languages must give the same bytes.
func TestRenderGolden(t *testing.T) {
	reports := map[string]policy.Report{
		"sample":     sampleReport(t, "sample.json"),
		"violations": sampleReport(t, "violations.json"),
		"fixture":    fixtureReport(),
		"empty":      emptyReport(),
	}
	for name, r := range reports {
		for _, f := range policy.Formats() {
			for _, l := range policy.Langs() {
				got := render(t, r, f, l)
				file := name + "." + l.String() + "." + extensions[f]
				if f == policy.FormatJSON {
					if l != policy.Japanese {
						if ja := render(t, r, f, policy.Japanese); !bytes.Equal(got, ja) {
							t.Errorf("%s: the JSON differs between languages", name)
						}
						continue
					}
					file = name + ".json"
				}
				golden(t, filepath.Join("testdata", "render", file), got)
			}
		}
	}
}

// golden compares got with the file, or rewrites it under -update.
func golden(t *testing.T, file string, got []byte) {
	t.Helper()
	if updating() {
		if err := os.MkdirAll(filepath.Dir(file), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(file, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(file)
	if err != nil {
		t.Fatalf("%v (run with -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs (run with -update to rewrite it):\n%s", file, cmp.Diff(string(want), string(got)))
	}
}

// TestRenderJSONRoundTrip: the JSON of a report reads back as the same
// report, and is deterministic.
func TestRenderJSONRoundTrip(t *testing.T) {
	for name, r := range map[string]policy.Report{
		"violations": sampleReport(t, "violations.json"), "fixture": fixtureReport(), "empty": emptyReport(),
		"hostile": hostileReport(),
	} {
		b := render(t, r, policy.FormatJSON, policy.Japanese)
		var back policy.Report
		if err := json.Unmarshal(b, &back); err != nil {
			t.Fatalf("%s: the JSON does not read back: %v\n%s", name, err, b)
		}
		if d := cmp.Diff(r, back, cmpopts.EquateEmpty(), cmpOptions); d != "" {
			t.Errorf("%s: JSON round trip (-want +got):\n%s", name, d)
		}
		if again := render(t, r, policy.FormatJSON, policy.Japanese); !bytes.Equal(b, again) {
			t.Errorf("%s: two renderings differ", name)
		}
	}
}

func TestRenderRefusesInvalidFormatOrLang(t *testing.T) {
	for _, c := range []struct {
		f policy.Format
		l policy.Lang
	}{{0, policy.Japanese}, {9, policy.English}, {policy.FormatText, 0}, {policy.FormatJSON, 3}} {
		var b bytes.Buffer
		if err := policy.Render(&b, fixtureReport(), c.f, c.l); err == nil || b.Len() != 0 {
			t.Errorf("Render(%s, %s) = %v and wrote %d bytes; want an error and nothing written", c.f, c.l, err, b.Len())
		}
	}
}

// TestRenderReportsWriterError: the writer's error is Render's.
func TestRenderReportsWriterError(t *testing.T) {
	for _, f := range policy.Formats() {
		if err := policy.Render(failingWriter{}, fixtureReport(), f, policy.Japanese); !errors.Is(err, errWrite) {
			t.Errorf("%s: Render = %v, want the writer's error", f, err)
		}
	}
}

var errWrite = errors.New("write failed")

type failingWriter struct{}

func (failingWriter) Write([]byte) (int, error) { return 0, errWrite }

// hostile is text a document could carry to attack a terminal or a page:
// terminal escapes, a carriage return and line feeds to forge lines,
// bidirectional overrides and isolates, zero-width and separator
// characters, C1 controls, and Markdown and HTML that would make
// headings, table cells, code, emphasis, links, tags and autolinks.
const hostile = "架空\x1b[31m組合\x1b]0;title\x07\r\n# 偽の見出し\n| 偽 | 列 |\u202eevil\u202c\u2066iso\u2069\u200b\u2028\u0085\x00\t" +
	"`code` **bold** _em_ ~~del~~ [link](http://evil.example) ![img](x) <script>alert(1)</script> &amp; " +
	"https://evil.example www.evil.example a@evil.example $x$ [^1] \\"

// hostileReport carries hostile text in every string a document can put
// into a report: the organization, the version, ids, a rule id, a path and
// the messages.
func hostileReport() policy.Report {
	r := fixtureReport()
	r.Organization = hostile
	r.Version = "1\x1b[2J"
	r.Findings = append([]finding.Finding(nil), r.Findings...)
	r.Findings[0].IDs = []string{hostile, "\n## forged heading", "a|b"}
	r.Findings[0].Text = lang.Of("内容："+hostile, "text: "+hostile)
	r.Findings[1].Rule = "rule|" + hostile
	r.Findings[2].Path = field.Root.Child(hostile)
	r.Threats = []policy.AssetThreats{{Asset: hostile, Path: "/assets/0", Threats: []threat.Threat{threat.Malware}}}
	return r
}

// benignReport is hostileReport with harmless text of the same shape,
// against which the structure of the hostile rendering is compared.
func benignReport() policy.Report {
	r := fixtureReport()
	r.Organization = "benign"
	r.Version = "1"
	r.Findings = append([]finding.Finding(nil), r.Findings...)
	r.Findings[0].IDs = []string{"x", "y", "z"}
	r.Findings[0].Text = lang.Of("内容：x", "text: x")
	r.Findings[1].Rule = "rule-x"
	r.Findings[2].Path = field.Root.Child("x")
	return r
}

// onlyVisible fails unless every rune of out is graphic, a space or a
// newline: no control character, escape, bidirectional control, invisible
// format character or separator reaches the reader.
func onlyVisible(t *testing.T, what string, out []byte) {
	t.Helper()
	if !utf8.Valid(out) {
		t.Errorf("%s: output is not valid UTF-8", what)
	}
	for i, r := range string(out) {
		if r == '\n' {
			continue
		}
		if !strconv.IsGraphic(r) {
			t.Errorf("%s: byte %d: %U reaches the output", what, i, r)
			return
		}
	}
}

// TestRenderEscapesHostileText: a hostile organization name, ids, rule,
// path and message reach no reader as control characters, forge no line
// of a text report, and forge no heading or table cell in Markdown; in
// JSON they are escaped and read back unchanged.
func TestRenderEscapesHostileText(t *testing.T) {
	bad, good := hostileReport(), benignReport()
	for _, l := range policy.Langs() {
		for _, f := range policy.Formats() {
			what := f.String() + "/" + l.String()
			out := render(t, bad, f, l)
			onlyVisible(t, what, out)
			if f == policy.FormatJSON {
				continue
			}
			gotLines := strings.Split(string(out), "\n")
			wantLines := strings.Split(string(render(t, good, f, l)), "\n")
			if len(gotLines) != len(wantLines) {
				t.Errorf("%s: %d lines, want %d: hostile text forged lines\n%s", what, len(gotLines), len(wantLines), out)
				continue
			}
			if f != policy.FormatMarkdown {
				continue
			}
			for i := range gotLines {
				g, w := gotLines[i], wantLines[i]
				if strings.HasPrefix(g, "#") != strings.HasPrefix(w, "#") {
					t.Errorf("%s: line %d: heading forged: %q", what, i+1, g)
				}
				if a, b := unescaped(g, '|'), unescaped(w, '|'); a != b {
					t.Errorf("%s: line %d has %d cell separators, want %d: %q", what, i+1, a, b, g)
				}
				for _, c := range []byte("`*_[]<>&!~$@") {
					if n := unescaped(g, c); n != 0 {
						t.Errorf("%s: line %d: %d unescaped %q: %q", what, i+1, n, c, g)
					}
				}
				if m := autolink.FindString(g); m != "" {
					t.Errorf("%s: line %d: autolink %q left: %q", what, i+1, m, g)
				}
			}
		}
	}
}

// autolink matches the start of a GFM extended autolink left unescaped.
var autolink = regexp.MustCompile(`(?i)(^|[^\\])://|www\.`)

// unescaped counts the occurrences of c in line not escaped by a
// backslash (one preceded by an odd number of backslashes is escaped).
func unescaped(line string, c byte) int {
	n := 0
	for i := 0; i < len(line); i++ {
		if line[i] != c {
			continue
		}
		k := 0
		for j := i - 1; j >= 0 && line[j] == '\\'; j-- {
			k++
		}
		if k%2 == 0 {
			n++
		}
	}
	return n
}

// TestRenderTextQuotesEscapedValues: a value with something invisible in
// it is shown as a quoted Go string, its escapes visible; a clean one,
// full-width spaces and all, is shown as it is.
func TestRenderTextQuotesEscapedValues(t *testing.T) {
	r := emptyReport()
	r.Organization = "架空\x1b[31m組合\u202e"
	out := string(render(t, r, policy.FormatText, policy.Japanese))
	if want := `団体名："架空\x1b[31m組合\u202e"`; !strings.Contains(out, want) {
		t.Errorf("text report lacks %s:\n%s", want, out)
	}
	r.Organization = "架空市　総務課"
	out = string(render(t, r, policy.FormatText, policy.Japanese))
	if want := "団体名：架空市　総務課\n"; !strings.Contains(out, want) {
		t.Errorf("text report lacks %q:\n%s", want, out)
	}
	md := string(render(t, r, policy.FormatMarkdown, policy.English))
	if want := "| Organization | 架空市　総務課 |"; !strings.Contains(md, want) {
		t.Errorf("Markdown report lacks %q:\n%s", want, md)
	}
}

// TestRenderJSONEscapesInvisible: in JSON every invisible rune is a \u
// escape, and invalid UTF-8 becomes U+FFFD (which is visible, so left as
// it is).
func TestRenderJSONEscapesInvisible(t *testing.T) {
	r := emptyReport()
	r.Organization = "a\x1b\u202e\u2028\U000E0001\xffz"
	out := string(render(t, r, policy.FormatJSON, policy.Japanese))
	if want := `"organization": "a\u001b\u202e\u2028\udb40\udc01` + "\uFFFD" + `z"`; !strings.Contains(out, want) {
		t.Errorf("JSON lacks %s:\n%s", want, out)
	}
}

// TestRenderDates: the Japanese header gives the date in the era the
// officer writes, with the ISO form beside it.
func TestRenderDates(t *testing.T) {
	for d, want := range map[string]string{
		"2026-06-01": "令和8年6月1日（2026-06-01）",
		"2019-05-01": "令和元年5月1日（2019-05-01）",
		"2019-04-30": "平成31年4月30日（2019-04-30）",
		"1989-01-08": "平成元年1月8日（1989-01-08）",
		"1989-01-07": "1989年1月7日（1989-01-07）",
	} {
		r := emptyReport()
		r.AsOf = date.MustParse(d)
		out := string(render(t, r, policy.FormatText, policy.Japanese))
		if !strings.Contains(out, "判定日："+want+"\n") {
			t.Errorf("%s: text report lacks 判定日：%s:\n%s", d, want, out)
		}
		if en := string(render(t, r, policy.FormatText, policy.English)); !strings.Contains(en, "As of: "+d+"\n") {
			t.Errorf("%s: English report lacks the ISO date:\n%s", d, en)
		}
	}
}

// TestRenderMarksRaised: a finding whose severity the document raised
// says so, and from what, in both languages and both formats for people.
func TestRenderMarksRaised(t *testing.T) {
	r := fixtureReport()
	for _, c := range []struct {
		f    policy.Format
		l    policy.Lang
		want string
	}{
		{policy.FormatText, policy.Japanese, "※ 文書の重大度設定により警告から違反に引き上げ"},
		{policy.FormatText, policy.English, "raised from warning to error by the document's severity settings"},
		{policy.FormatMarkdown, policy.Japanese, "| 違反（警告から引き上げ） |"},
		{policy.FormatMarkdown, policy.English, "| error (raised from warning) |"},
	} {
		if out := string(render(t, r, c.f, c.l)); strings.Count(out, c.want) != 1 {
			t.Errorf("%s/%s: want %q once:\n%s", c.f, c.l, c.want, out)
		}
	}
}

// latin is a run of Latin letters (with the digits, hyphens, dots and
// slashes of an id or term) in a Japanese report.
var latin = regexp.MustCompile(`[A-Za-z][A-Za-z0-9._/@-]*`)

// TestJapaneseReportHasNoEnglish: a Japanese report for people carries no
// English words: only ids (rule, control, element and threat ids, paths,
// clause numbers) and the policy's own terms written in Latin letters.
func TestJapaneseReportHasNoEnglish(t *testing.T) {
	terms := map[string]bool{
		"UTM": true, "ISMAP": true, "ISMAP-LIU": true, "LGWAN": true, "CSIRT": true, "CISO": true, "eLTAX": true,
		"IDS/IPS": true, "ID": true, "Web": true, "PDF": true, "HTML": true, "CDR": true, "USB": true, "LAN": true,
		"EAP-TLS": true, "ISMS": true, "ISO/IEC": true, "X": true, "LINE": true, "SaaS": true,
	}
	for _, name := range []string{"sample.json", "violations.json"} {
		r := sampleReport(t, name)
		ids := map[string]bool{}
		for _, f := range r.Findings {
			ids[f.Rule] = true
			for _, id := range f.IDs {
				ids[id] = true
			}
			for _, seg := range strings.Split(string(f.Path), "/") {
				ids[seg] = true
			}
		}
		for _, c := range control.All() {
			ids[c.String()] = true
		}
		for _, r := range vendors.Rules() {
			ids[r.String()] = true
		}
		for _, z := range zone.Endpoints() {
			ids[z.String()] = true
		}
		for _, f := range []policy.Format{policy.FormatText, policy.FormatMarkdown} {
			out := string(render(t, r, f, policy.Japanese))
			out = strings.ReplaceAll(out, `\`, "") // Markdown escapes
			for _, w := range latin.FindAllString(out, -1) {
				w = strings.TrimRight(w, ".-/")
				if !ids[w] && !terms[w] && !isPath(w) {
					t.Errorf("%s, %s: English %q in the Japanese report", name, f, w)
				}
			}
		}
	}
}

func isPath(s string) bool {
	return strings.Contains(s, "/") && !strings.Contains(s, " ")
}

// cmpOptions compare the library's values with unexported fields by ==.
var cmpOptions = cmp.Options{
	cmp.Comparer(func(a, b zone.Endpoint) bool { return a == b }),
	cmp.Comparer(func(a, b date.Date) bool { return a == b }),
}
