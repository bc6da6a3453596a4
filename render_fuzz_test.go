package policy_test

import (
	"bytes"
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/go-json-experiment/json"
	"github.com/go-json-experiment/json/jsontext"
	"github.com/jichitai-sec/policy"
	"github.com/jichitai-sec/policy/control"
	"github.com/jichitai-sec/policy/field"
	"github.com/jichitai-sec/policy/finding"
	"github.com/jichitai-sec/policy/lang"
)

// rfHostile are strings a document could carry to attack a terminal or a
// page: terminal escapes, forged lines, headings and table rows, bidi
// overrides and isolates, line separators, raw HTML, links, code spans,
// emphasis, NUL, NEL and the other C0 and C1 controls, DEL, and
// backslashes that would un-escape a Markdown escape.
var rfHostile = []string{
	"\x1b[31m", "\r\n# forged", "\n## forged", "| a | b |", "\u202e", "\u2066iso\u2069", "\u2028", "\u2029",
	"<script>", "[x](http://e)", "`", "*_~", "\x00", "\u0085", "\x7f", "\u009b31m", "\t", "\\", "\\|", "a\\",
	"www.e.example", "&amp;", "\u200b\ufeff", "\x1b]0;t\x07",
}

// rfSampleDocuments are the documents the hostile seeds are made of: the
// example program's samples and the topology of fuzzSeeds.
func rfSampleDocuments(tb testing.TB) map[string]policy.Document {
	tb.Helper()
	docs := map[string]policy.Document{}
	for _, name := range []string{"sample.json", "violations.json"} {
		b, err := os.ReadFile(filepath.Join("examples", "evaluate", name))
		if err != nil {
			tb.Fatal(err)
		}
		doc, err := policy.Decode(bytes.NewReader(b))
		if err != nil {
			tb.Fatalf("%s: %v", name, err)
		}
		docs[name] = doc
	}
	doc, err := policy.Decode(strings.NewReader(fuzzTopology))
	if err != nil {
		tb.Fatalf("fuzzTopology: %v", err)
	}
	docs["topology"] = doc
	return docs
}

// rfIDFields are the names of the document's fields that hold ids or
// references to them.
var rfIDFields = map[string]bool{
	"ID": true, "Contains": true, "Asset": true, "Assets": true, "Subcontractors": true, "Exception": true,
	"Evaluation": true, "Item": true, "From": true, "To": true,
}

// rfEditStrings applies edit to every exported, non-empty string of doc:
// its names and free text and, with ids, its ids and references, an id and
// every reference to it alike (of a checklist item id, "control" or
// "control@asset", only the asset). The format version, the JSON Schema
// and the raised rules are left alone.
func rfEditStrings(doc *policy.Document, edit func(string) string, ids bool) {
	version, schema := doc.Version, doc.Schema
	raises := make([]string, len(doc.Severity))
	for i, r := range doc.Severity {
		raises[i] = r.Rule
	}
	controls := map[string]bool{}
	for _, c := range control.All() {
		controls[c.String()] = true
	}
	var walk func(v reflect.Value, id bool)
	walk = func(v reflect.Value, id bool) {
		switch v.Kind() {
		case reflect.String:
			s := v.String()
			if !v.CanSet() || s == "" || id && !ids || controls[s] { // "" is an absent optional value
				return
			}
			if c, a, ok := strings.Cut(s, "@"); ok && controls[c] {
				v.SetString(c + "@" + edit(a))
			} else {
				v.SetString(edit(s))
			}
		case reflect.Pointer, reflect.Interface:
			if !v.IsNil() {
				walk(v.Elem(), id)
			}
		case reflect.Struct:
			for i := range v.NumField() {
				if f := v.Type().Field(i); f.IsExported() {
					walk(v.Field(i), rfIDFields[f.Name])
				}
			}
		case reflect.Slice, reflect.Array:
			for i := range v.Len() {
				walk(v.Index(i), id)
			}
		}
	}
	walk(reflect.ValueOf(doc).Elem(), false)
	doc.Version, doc.Schema = version, schema
	for i := range doc.Severity {
		doc.Severity[i].Rule = raises[i]
	}
}

// rfHostileDocument is doc with h put before (prefix) or after every
// string of it, encoded; when Decode refuses h in an id, after its names
// and free text only. ids says whether the ids hold h.
func rfHostileDocument(tb testing.TB, doc policy.Document, h string, prefix bool) (b []byte, ids bool) {
	tb.Helper()
	edit := func(s string) string {
		if prefix {
			return h + s
		}
		return s + h
	}
	var err error
	for _, ids := range []bool{true, false} {
		var buf bytes.Buffer
		if err := policy.Encode(&buf, doc); err != nil { // a deep copy, through the format
			tb.Fatal(err)
		}
		edited, err := policy.Decode(&buf)
		if err != nil {
			tb.Fatal(err)
		}
		rfEditStrings(&edited, edit, ids)
		buf.Reset()
		if err := policy.Encode(&buf, edited); err != nil {
			tb.Fatal(err)
		}
		if _, err = policy.Decode(bytes.NewReader(buf.Bytes())); err == nil {
			return buf.Bytes(), ids
		}
	}
	tb.Fatalf("%q (prefix %t) in the names of a document: %v", h, prefix, err)
	return nil, false
}

// FuzzRender: every report of a document that decodes and evaluates
// renders, in every format and language, to output that carries nothing
// raw from the document: no control, bidi or separator character, no line,
// heading or table cell the renderer did not write, and JSON that is
// valid and reads back as the report.
func FuzzRender(f *testing.F) {
	for i, s := range fuzzSeeds(f) {
		f.Add(s, int16(i*37-200))
	}
	names := []string{"sample.json", "topology", "violations.json"}
	docs := rfSampleDocuments(f)
	for i, h := range rfHostile {
		for _, prefix := range []bool{false, true} {
			b, _ := rfHostileDocument(f, docs[names[i%len(names)]], h, prefix)
			f.Add(b, int16(i*53-300))
		}
	}
	f.Fuzz(func(t *testing.T, data []byte, days int16) {
		if _, r, ok := fuzzEvaluate(t, data, days); ok {
			rfCheckReport(t, r)
		}
	})
}

// TestRenderEscapesHostileDocuments: each hostile string, put before and
// after every string of the sample documents (every name and free text,
// and every id where Decode takes it), reaches the reports, and every
// rendering of them keeps the invariants of FuzzRender.
func TestRenderEscapesHostileDocuments(t *testing.T) {
	for name, doc := range rfSampleDocuments(t) {
		for _, h := range rfHostile {
			for _, prefix := range []bool{false, true} {
				b, ids := rfHostileDocument(t, doc, h, prefix)
				hdoc, err := policy.Decode(bytes.NewReader(b))
				if err != nil {
					t.Fatal(err)
				}
				r, err := policy.Evaluate(hdoc, asOf)
				if err != nil {
					t.Fatalf("%s with %q: %v", name, h, err)
				}
				if !strings.Contains(r.Organization, h) {
					t.Fatalf("%s with %q (prefix %t): the hostile string is not in the organization's name", name, h, prefix)
				}
				if ids && !rfReachesFindings(r, h) {
					t.Fatalf("%s with %q (prefix %t): the hostile string reaches no finding", name, h, prefix)
				}
				what := name + "/" + strconv.Quote(h) + map[bool]string{false: "/after", true: "/before"}[prefix] + map[bool]string{false: "/names", true: "/names+ids"}[ids]
				t.Run(what, func(t *testing.T) { rfCheckReport(t, r) })
			}
		}
	}
}

// TestRenderEscapesHostileReportFields: each hostile string in every
// string of a report, including those a document cannot set (the version,
// a rule id, a path), keeps the invariants.
func TestRenderEscapesHostileReportFields(t *testing.T) {
	for _, h := range append(rfHostile, hostile, "", " ", "\u3000", "\"quoted\"") {
		r := fixtureReport()
		r.Organization = "組合" + h
		r.Version = "1" + h
		r.Findings = append([]finding.Finding(nil), r.Findings...)
		for i := range r.Findings {
			fd := &r.Findings[i]
			fd.Rule += h
			fd.Path = fd.Path.Child(h)
			fd.IDs = append(append([]string(nil), fd.IDs...), h, h+"x", "x"+h)
			fd.Text = lang.Of(fd.Text.Ja+h, h+fd.Text.En)
		}
		r.Threats = append(r.Threats, policy.AssetThreats{Asset: h, Path: field.Root.Child(h)})
		t.Run(strconv.Quote(h), func(t *testing.T) { rfCheckReport(t, r) })
	}
	t.Run("empty", func(t *testing.T) { rfCheckReport(t, emptyReport()) })
}

// TestRenderEscapesDELInJSON: DEL, which JSON lets stand raw in a string
// and the encoder leaves, is a \u escape in the JSON report, and reads
// back as itself.
func TestRenderEscapesDELInJSON(t *testing.T) {
	r := emptyReport()
	r.Organization = "架空\x7f組合"
	out := string(render(t, r, policy.FormatJSON, policy.Japanese))
	if want := `"organization": "架空\u007f組合"`; !strings.Contains(out, want) {
		t.Errorf("JSON lacks %s:\n%s", want, out)
	}
	rfCheckReport(t, r)
}

// rfReachesFindings reports whether h is in an id or message of a finding.
func rfReachesFindings(r policy.Report, h string) bool {
	for _, f := range r.Findings {
		if strings.Contains(f.Text.Ja, h) || strings.Contains(f.Text.En, h) {
			return true
		}
		for _, id := range f.IDs {
			if strings.Contains(id, h) {
				return true
			}
		}
	}
	return false
}

// rfCheckReport renders r in every format and language and checks each
// rendering.
func rfCheckReport(t *testing.T, r policy.Report) {
	t.Helper()
	var jsonOut []byte
	for _, f := range policy.Formats() {
		for _, l := range policy.Langs() {
			what := f.String() + "/" + l.String()
			var b bytes.Buffer
			if err := policy.Render(&b, r, f, l); err != nil {
				t.Fatalf("%s: Render: %v", what, err)
			}
			out := b.Bytes()
			rfCheckRunes(t, what, out)
			switch f {
			case policy.FormatText:
				rfCheckLines(t, what, out, rfTextLines(r, l))
				rfCheckTextValues(t, what, out, r, l)
			case policy.FormatMarkdown:
				rfCheckLines(t, what, out, rfMarkdownLines(r, l))
				rfCheckHeadings(t, what, out, r)
				rfCheckMarkdownInline(t, what, out)
				rfCheckMarkdownValues(t, what, out, r, l)
			case policy.FormatJSON:
				if jsonOut != nil && !bytes.Equal(jsonOut, out) {
					t.Errorf("%s: the JSON differs between languages", what)
				}
				jsonOut = out
				rfCheckJSON(t, what, out, r)
			}
		}
	}
}

// rfForbidden names the class of a rune no rendering may hold raw, or
// returns "" for a rune it may: every graphic rune, the space and the
// line feed (the renderers use no tab).
func rfForbidden(r rune) string {
	switch {
	case r == '\n':
		return ""
	case r == 0x1b:
		return "ESC"
	case r < 0x20:
		return "C0 control"
	case r == 0x7f:
		return "DEL"
	case r == 0x85:
		return "NEL"
	case r >= 0x80 && r <= 0x9f:
		return "C1 control"
	case r >= 0x202a && r <= 0x202e, r >= 0x2066 && r <= 0x2069:
		return "bidi control"
	case r == 0x2028 || r == 0x2029:
		return "line/paragraph separator"
	case !strconv.IsGraphic(r):
		return "invisible or non-graphic rune"
	}
	return ""
}

// rfCheckRunes fails unless out is valid UTF-8 without a forbidden rune,
// quoting the first line that holds one.
func rfCheckRunes(t *testing.T, what string, out []byte) {
	t.Helper()
	if !utf8.Valid(out) {
		t.Errorf("%s: output is not valid UTF-8", what)
	}
	for n, line := range strings.Split(string(out), "\n") {
		for _, c := range line {
			if c >= 0x20 && c < 0x7f {
				continue
			}
			if class := rfForbidden(c); class != "" {
				t.Errorf("%s: line %d holds a raw %s %U: %q", what, n+1, class, c, line)
				return
			}
		}
	}
}

// rfLine is a line a renderer writes: exactly text, or text followed by
// values (prefix); in a table row, cells is the number of cells.
type rfLine struct {
	text   string
	prefix bool
	cells  int
}

func rfExact(s string) rfLine  { return rfLine{text: s} }
func rfPrefix(s string) rfLine { return rfLine{text: s, prefix: true} }

// rfRow is a table row beginning with the given (fixed) cells.
func rfRow(cells int, fixed ...string) rfLine {
	return rfLine{text: "| " + strings.Join(fixed, " | "), prefix: true, cells: cells}
}

// rfPick is the Japanese or English version of a fixed word.
func rfPick(l policy.Lang, ja, en string) string {
	if l == policy.English {
		return en
	}
	return ja
}

// rfTextLines are the lines of the text report of r, from its structure.
func rfTextLines(r policy.Report, l policy.Lang) []rfLine {
	colon := rfPick(l, "：", ": ")
	w := []rfLine{rfExact(rfPick(l, "情報セキュリティ基本方針に基づく評価結果", "Evaluation against the information security basic policy")), rfExact("")}
	for _, label := range rfHeaderLabels(l) {
		w = append(w, rfPrefix(label+colon))
	}
	w = append(w, rfExact(""), rfExact(rfPick(l, "■ 集計", "== Summary")), rfExact(""), rfPrefix(rfPick(l, "重大度別", "By severity")+colon))
	if r.Summary.Raised > 0 {
		w = append(w, rfPrefix(rfPick(l, "うち", "Raised ")))
	}
	if len(r.Summary.ByClause) > 0 {
		w = append(w, rfExact(rfPick(l, "条項別：", "By clause:")))
		for range r.Summary.ByClause {
			w = append(w, rfPrefix("  "))
		}
	}
	if len(r.Findings) == 0 {
		return append(w, rfExact(""), rfExact(rfPick(l, "指摘事項はありません。", "No findings.")))
	}
	detail := func(ja, en string) rfLine { return rfPrefix("    " + rfPick(l, ja, en) + colon) }
	for _, g := range rfGroups(r.Findings) {
		w = append(w, rfExact(""), rfPrefix(rfPick(l, "■ ", "== ")))
		for _, n := range g {
			f := r.Findings[n]
			w = append(w, rfExact(""), rfPrefix("["+strconv.Itoa(n+1)+"] "), detail("規則", "rule"))
			if len(f.Also) > 0 {
				w = append(w, detail("関連条項", "also"))
			}
			w = append(w, detail("箇所", "at"))
			if len(f.IDs) > 0 {
				w = append(w, detail("対象", "ids"))
			}
			w = append(w, detail("内容", "finding"))
			if f.RaisedFrom != 0 {
				w = append(w, rfPrefix("    "+rfPick(l, "※ ", "* ")))
			}
		}
	}
	return w
}

// rfHeaderLabels are the labels of the header's rows.
func rfHeaderLabels(l policy.Lang) []string {
	return []string{
		rfPick(l, "団体名", "Organization"), rfPick(l, "判定日", "As of"),
		rfPick(l, "三層の対策のモデル", "Variant of the three-tier model"), rfPick(l, "情報資産の分類体系", "Classification scheme"),
		rfPick(l, "文書の形式の版", "Document format version"), rfPick(l, "判定", "Result"),
	}
}

// rfGroups splits the indexes of the findings into runs of one severity.
func rfGroups(fs []finding.Finding) [][]int {
	var out [][]int
	for i := range fs {
		if i == 0 || fs[i].Severity != fs[i-1].Severity {
			out = append(out, nil)
		}
		out[len(out)-1] = append(out[len(out)-1], i)
	}
	return out
}

// rfMarkdownHeadings is the number of headings the Markdown report of r
// has: the title, the summary, the summary by clause, one per severity.
func rfMarkdownHeadings(r policy.Report) int {
	n := 2 + len(rfGroups(r.Findings))
	if len(r.Summary.ByClause) > 0 {
		n++
	}
	return n
}

// rfMarkdownLines are the lines of the Markdown report of r, from its
// structure.
func rfMarkdownLines(r policy.Report, l policy.Lang) []rfLine {
	w := []rfLine{rfExact("# " + rfPick(l, "情報セキュリティ基本方針に基づく評価結果", "Evaluation against the information security basic policy")), rfExact(""),
		rfRow(2, rfPick(l, "項目", "Item"), rfPick(l, "内容", "Value")), rfRow(2, "---", "---")}
	for _, label := range rfHeaderLabels(l) {
		w = append(w, rfRow(2, label))
	}
	w = append(w, rfExact(""), rfExact("## "+rfPick(l, "集計", "Summary")), rfExact(""),
		rfRow(2, rfPick(l, "重大度", "Severity"), rfPick(l, "件数", "Findings")), rfRow(2, "---", "---:"))
	for range 4 {
		w = append(w, rfRow(2))
	}
	if r.Summary.Raised > 0 {
		w = append(w, rfExact(""), rfPrefix(rfPick(l, "うち", "Raised ")))
	}
	if len(r.Summary.ByClause) > 0 {
		w = append(w, rfExact(""), rfExact("### "+rfPick(l, "条項別", "By clause")), rfExact(""), rfRow(4), rfRow(4, "---", "---:", "---:", "---:"))
		for range r.Summary.ByClause {
			w = append(w, rfRow(4))
		}
	}
	if len(r.Findings) == 0 {
		return append(w, rfExact(""), rfExact(rfPick(l, "指摘事項はありません。", "No findings.")))
	}
	for _, g := range rfGroups(r.Findings) {
		w = append(w, rfExact(""), rfPrefix("## "), rfExact(""), rfRow(7, rfPick(l, "番号", "No.")), rfRow(7, "---:", "---", "---", "---", "---", "---", "---"))
		for _, n := range g {
			w = append(w, rfRow(7, strconv.Itoa(n+1)))
		}
	}
	return w
}

// rfCheckLines fails unless out is the lines want, each beginning with
// its fixed text (equal to it when it has no value), each table row with
// its number of cells: a line, heading or cell forged by a value fails.
func rfCheckLines(t *testing.T, what string, out []byte, want []rfLine) {
	t.Helper()
	s := string(out)
	if !strings.HasSuffix(s, "\n") {
		t.Errorf("%s: output does not end with a newline", what)
	}
	got := strings.Split(strings.TrimSuffix(s, "\n"), "\n")
	for i := range max(len(got), len(want)) {
		switch {
		case i >= len(want):
			t.Errorf("%s: line %d is one the renderer does not write (%d lines, want %d): %q", what, i+1, len(got), len(want), got[i])
			return
		case i >= len(got):
			t.Errorf("%s: %d lines, want %d: lines are missing", what, len(got), len(want))
			return
		}
		g, w := got[i], want[i]
		switch {
		case !w.prefix && g != w.text:
			t.Errorf("%s: line %d is %q, want %q", what, i+1, g, w.text)
			return
		case w.prefix && !strings.HasPrefix(g, w.text):
			t.Errorf("%s: line %d does not begin with %q: %q", what, i+1, w.text, g)
			return
		case w.cells > 0:
			if !strings.HasSuffix(g, " |") {
				t.Errorf("%s: line %d: table row does not end with \" |\": %q", what, i+1, g)
			}
			if n := unescaped(g, '|'); n != w.cells+1 {
				t.Errorf("%s: line %d: table row has %d unescaped '|', want %d: %q", what, i+1, n, w.cells+1, g)
			}
		case w.cells == 0 && strings.HasPrefix(g, "|"):
			t.Errorf("%s: line %d: forged table row: %q", what, i+1, g)
		}
	}
}

// rfCheckHeadings fails unless the Markdown report has as many lines
// beginning with '#' as headings the renderer writes for r.
func rfCheckHeadings(t *testing.T, what string, out []byte, r policy.Report) {
	t.Helper()
	var headings []string
	for _, line := range strings.Split(string(out), "\n") {
		if strings.HasPrefix(strings.TrimLeft(line, " "), "#") {
			headings = append(headings, line)
		}
	}
	if want := rfMarkdownHeadings(r); len(headings) != want {
		t.Errorf("%s: %d headings, want %d: %q", what, len(headings), want, headings)
	}
}

// rfMarkdownInline are the characters that would open an inline construct
// (emphasis, code, link, image, HTML, entity, strikethrough, math,
// footnote, e-mail autolink) if left unescaped in a line.
const rfMarkdownInline = "!#$&*<>@[]^_`{}~"

// rfCheckMarkdownInline fails on an unescaped Markdown special character
// after a line's leading heading marks, or an unescaped autolink.
func rfCheckMarkdownInline(t *testing.T, what string, out []byte) {
	t.Helper()
	for i, line := range strings.Split(string(out), "\n") {
		body, backslashes := strings.TrimLeft(line, "#"), 0
		for k := 0; k < len(body); k++ {
			switch c := body[k]; {
			case c == '\\':
				backslashes++
				continue
			case backslashes%2 == 0 && strings.IndexByte(rfMarkdownInline, c) >= 0:
				t.Errorf("%s: line %d: unescaped %q at byte %d: %q", what, i+1, c, len(line)-len(body)+k, line)
				return
			}
			backslashes = 0
		}
		if m := rfAutolink(line); m != "" {
			t.Errorf("%s: line %d: autolink %q left: %q", what, i+1, m, line)
			return
		}
	}
}

// rfAutolink returns the start of a GFM extended autolink left
// unescaped in line ("://" without a backslash before the colon, or
// "www." without one before the dot), or "". It is the autolink pattern
// of render_test.go written out, the regular expression being slow on the
// long lines of large reports.
func rfAutolink(line string) string {
	for i := 0; i+3 <= len(line); i++ {
		switch {
		case line[i:i+3] == "://" && (i == 0 || line[i-1] != '\\'):
			return line[max(0, i-1) : i+3]
		case i+4 <= len(line) && strings.EqualFold(line[i:i+4], "www."):
			return line[i : i+4]
		}
	}
	return ""
}

// rfShown checks that shown is how a renderer shows the value v: v itself
// when every rune of it is graphic, else v as a quoted Go string.
func rfShown(t *testing.T, what, field, shown, v string) {
	t.Helper()
	if shown == v {
		return
	}
	if u, err := strconv.Unquote(shown); err == nil && u == v {
		return
	}
	t.Errorf("%s: %s is shown as %q, which is neither %q nor it quoted", what, field, shown, v)
}

// rfCheckTextValues checks that the rule, path and message of each
// finding are shown faithfully in the text report.
func rfCheckTextValues(t *testing.T, what string, out []byte, r policy.Report, l policy.Lang) {
	t.Helper()
	colon := rfPick(l, "：", ": ")
	var rules, paths, texts []string
	for _, d := range []struct {
		label string
		dst   *[]string
	}{{rfPick(l, "規則", "rule"), &rules}, {rfPick(l, "箇所", "at"), &paths}, {rfPick(l, "内容", "finding"), &texts}} {
		for _, line := range strings.Split(string(out), "\n") {
			if v, ok := strings.CutPrefix(line, "    "+d.label+colon); ok {
				*d.dst = append(*d.dst, v)
			}
		}
	}
	if len(rules) != len(r.Findings) || len(paths) != len(r.Findings) || len(texts) != len(r.Findings) {
		t.Errorf("%s: %d rules, %d paths and %d messages for %d findings", what, len(rules), len(paths), len(texts), len(r.Findings))
		return
	}
	for i, f := range r.Findings {
		rfShown(t, what, "the rule of finding "+strconv.Itoa(i+1), rules[i], f.Rule)
		rfShown(t, what, "the path of finding "+strconv.Itoa(i+1), paths[i], rfPathText(f.Path, l))
		rfShown(t, what, "the message of finding "+strconv.Itoa(i+1), texts[i], l.Pick(f.Text))
	}
}

func rfPathText(p field.Path, l policy.Lang) string {
	if p == field.Root {
		return rfPick(l, "（文書全体）", "(whole document)")
	}
	return string(p)
}

// rfCells splits a table row at its unescaped '|' and removes the space
// the renderer writes on each side of a cell.
func rfCells(line string) []string {
	var cells []string
	start, backslashes := -1, 0
	for i := 0; i < len(line); i++ {
		switch c := line[i]; {
		case c == '\\':
			backslashes++
			continue
		case c == '|' && backslashes%2 == 0:
			if start >= 0 {
				cells = append(cells, strings.TrimPrefix(strings.TrimSuffix(line[start:i], " "), " "))
			}
			start = i + 1
		}
		backslashes = 0
	}
	return cells
}

// rfUnescapeMarkdown removes CommonMark backslash escapes.
func rfUnescapeMarkdown(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == '\\' && i+1 < len(s) && strings.IndexByte("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~", s[i+1]) >= 0 {
			i++
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

// rfCheckMarkdownValues checks that the organization and the number,
// rule, path and message of each finding are shown faithfully in their
// table cells.
func rfCheckMarkdownValues(t *testing.T, what string, out []byte, r policy.Report, l policy.Lang) {
	t.Helper()
	var rows [][]string
	org := ""
	for _, line := range strings.Split(string(out), "\n") {
		cells := rfCells(line)
		switch {
		case len(cells) == 2 && cells[0] == rfPick(l, "団体名", "Organization"):
			org = cells[1]
		case len(cells) == 7 && cells[0] != rfPick(l, "番号", "No.") && cells[0] != "---:":
			rows = append(rows, cells)
		}
	}
	if strings.TrimSpace(r.Organization) != "" {
		rfShown(t, what, "the organization", rfUnescapeMarkdown(org), r.Organization)
	}
	if len(rows) != len(r.Findings) {
		t.Errorf("%s: %d finding rows for %d findings", what, len(rows), len(r.Findings))
		return
	}
	for i, f := range r.Findings {
		row := rows[i]
		if row[0] != strconv.Itoa(i+1) {
			t.Errorf("%s: finding row %d is numbered %q: %q", what, i+1, row[0], row)
		}
		rfShown(t, what, "the rule of finding "+strconv.Itoa(i+1), rfUnescapeMarkdown(row[3]), f.Rule)
		rfShown(t, what, "the path of finding "+strconv.Itoa(i+1), rfUnescapeMarkdown(row[4]), rfPathText(f.Path, l))
		rfShown(t, what, "the message of finding "+strconv.Itoa(i+1), rfUnescapeMarkdown(row[6]), l.Pick(f.Text))
	}
}

// rfJSONReport is the shape Render documents for FormatJSON, in plain Go
// types, so that reading it back does not rest on the library's own
// unmarshalers.
type rfJSONReport struct {
	Version      string          `json:"version"`
	Organization string          `json:"organization"`
	Variant      string          `json:"variant"`
	Scheme       string          `json:"scheme"`
	AsOf         string          `json:"asOf"`
	Complies     bool            `json:"complies"`
	Findings     []rfJSONFinding `json:"findings"`
	Summary      jsontext.Value  `json:"summary"`
	Threats      []struct {
		Asset   string   `json:"asset"`
		Path    string   `json:"path"`
		Threats []string `json:"threats"`
	} `json:"threats"`
}

type rfJSONFinding struct {
	Rule     string   `json:"rule"`
	Severity string   `json:"severity"`
	Clause   string   `json:"clause"`
	Also     []string `json:"also"`
	Path     string   `json:"path"`
	IDs      []string `json:"ids"`
	Text     struct {
		Ja string `json:"ja"`
		En string `json:"en"`
	} `json:"text"`
	RaisedFrom string `json:"raisedFrom"`
}

// rfJSONString is s as a JSON reader gets it back from the renderer: each
// byte of invalid UTF-8 becomes U+FFFD.
func rfJSONString(s string) string {
	if utf8.ValidString(s) {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		b.WriteRune(r)
	}
	return b.String()
}

// rfCheckJSON fails unless out is valid JSON (RFC 7493: UTF-8, no
// repeated names) of the documented shape, nothing else, that reads back
// as r: the same organization, version and findings (rule, severity,
// clauses, path, ids, messages, raised from), and threats.
func rfCheckJSON(t *testing.T, what string, out []byte, r policy.Report) {
	t.Helper()
	if !jsontext.Value(out).IsValid() {
		t.Errorf("%s: the output is not valid JSON:\n%s", what, out)
		return
	}
	var back rfJSONReport
	if err := json.Unmarshal(out, &back, json.RejectUnknownMembers(true)); err != nil {
		t.Errorf("%s: the JSON does not read back: %v", what, err)
		return
	}
	eq := func(field, got, want string) {
		if got != rfJSONString(want) {
			t.Errorf("%s: %s reads back as %q, want %q", what, field, got, rfJSONString(want))
		}
	}
	eqs := func(field string, got []string, want []string) {
		if len(got) != len(want) {
			t.Errorf("%s: %s reads back as %q, want %q", what, field, got, want)
			return
		}
		for i := range got {
			eq(field+"["+strconv.Itoa(i)+"]", got[i], want[i])
		}
	}
	eq("organization", back.Organization, r.Organization)
	eq("version", back.Version, r.Version)
	eq("asOf", back.AsOf, r.AsOf.String())
	if back.Complies != r.Complies {
		t.Errorf("%s: complies reads back as %t, want %t", what, back.Complies, r.Complies)
	}
	if len(back.Findings) != len(r.Findings) {
		t.Errorf("%s: %d findings read back, want %d", what, len(back.Findings), len(r.Findings))
		return
	}
	for i, f := range r.Findings {
		g, at := back.Findings[i], "finding "+strconv.Itoa(i+1)+": "
		eq(at+"rule", g.Rule, f.Rule)
		eq(at+"severity", g.Severity, f.Severity.String())
		eq(at+"clause", g.Clause, f.Clause.String())
		also := make([]string, len(f.Also))
		for k, c := range f.Also {
			also[k] = c.String()
		}
		eqs(at+"also", g.Also, also)
		eq(at+"path", g.Path, string(f.Path))
		eqs(at+"ids", g.IDs, f.IDs)
		eq(at+"text.ja", g.Text.Ja, f.Text.Ja)
		eq(at+"text.en", g.Text.En, f.Text.En)
		raised := ""
		if f.RaisedFrom != 0 {
			raised = f.RaisedFrom.String()
		}
		eq(at+"raisedFrom", g.RaisedFrom, raised)
	}
	if len(back.Threats) != len(r.Threats) {
		t.Errorf("%s: %d threats read back, want %d", what, len(back.Threats), len(r.Threats))
		return
	}
	for i, a := range r.Threats {
		eq("threats["+strconv.Itoa(i)+"].asset", back.Threats[i].Asset, a.Asset)
		eq("threats["+strconv.Itoa(i)+"].path", back.Threats[i].Path, string(a.Path))
	}
}
