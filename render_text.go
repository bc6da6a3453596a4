package policy

import (
	"bytes"
	"strconv"
	"strings"

	"github.com/jichitai-sec/policy/clause"
	"github.com/jichitai-sec/policy/date"
	"github.com/jichitai-sec/policy/field"
	"github.com/jichitai-sec/policy/finding"
	"github.com/jichitai-sec/policy/lang"
)

// The parts of a report for people, shared by the text and Markdown
// renderers. Each takes esc, the escaping of its format, and applies it to
// every string that comes from the report (document text, ids, paths and
// the library's labels and messages alike); the fixed words around them
// are the renderer's own.

// tr returns the Japanese or English version of a fixed word.
func tr(l Lang, ja, en string) string { return l.Pick(lang.Of(ja, en)) }

// row is one labelled line of the header.
type row struct{ label, value string }

// headerRows returns the header: organization, as-of date, variant, scheme,
// format version and the verdict.
func headerRows(r *Report, l Lang, esc func(string) string) []row {
	org := esc(r.Organization)
	if strings.TrimSpace(r.Organization) == "" {
		org = tr(l, "（名称なし）", "(no name)")
	}
	return []row{
		{tr(l, "団体名", "Organization"), org},
		{tr(l, "判定日", "As of"), esc(dateText(r.AsOf, l))},
		{tr(l, "三層の対策のモデル", "Variant of the three-tier model"), esc(l.Pick(lang.Of(r.Variant.Ja(), r.Variant.En())))},
		{tr(l, "情報資産の分類体系", "Classification scheme"), esc(l.Pick(lang.Of(r.Scheme.Ja(), r.Scheme.En())))},
		{tr(l, "文書の形式の版", "Document format version"), esc(r.Version)},
		{tr(l, "判定", "Result"), verdict(r, l)},
	}
}

// verdict says whether the organization complies, with the number of
// errors.
func verdict(r *Report, l Lang) string {
	if r.Complies {
		return tr(l, "基本方針に適合（違反の指摘なし）", "complies with the policy (no errors)")
	}
	n := strconv.Itoa(r.Summary.Total.Errors)
	return tr(l, "基本方針に不適合（違反の指摘 "+n+"件）", "does not comply with the policy ("+n+" "+plural(r.Summary.Total.Errors, "error", "errors")+")")
}

// dateText writes a date for people: in Japanese with the era name as a
// municipal officer writes it, and the ISO form beside it.
func dateText(d date.Date, l Lang) string {
	if d.IsZero() {
		return tr(l, "（未設定）", "(unset)")
	}
	if l == English {
		return d.String()
	}
	return eraDate(d) + "（" + d.String() + "）"
}

// eraDate writes d in the Japanese calendar: 令和 from 2019-05-01, 平成 from
// 1989-01-08, the Western year before that; the first year of an era is
// 元年.
func eraDate(d date.Date) string {
	y := d.Year()
	md := strconv.Itoa(int(d.Month())) + "月" + strconv.Itoa(d.Day()) + "日"
	era, first := "", 0
	switch {
	case d.Compare(reiwa) >= 0:
		era, first = "令和", 2019
	case d.Compare(heisei) >= 0:
		era, first = "平成", 1989
	default:
		return strconv.Itoa(y) + "年" + md
	}
	n := "元"
	if y > first {
		n = strconv.Itoa(y - first + 1)
	}
	return era + n + "年" + md
}

// The first days of the eras eraDate writes.
var (
	reiwa  = date.MustParse("2019-05-01")
	heisei = date.MustParse("1989-01-08")
)

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// countsText is the numbers of findings by severity: "違反 1件、警告 2件、情報 0件"
// or "errors 1, warnings 2, information 0".
func countsText(c Counts, l Lang) string {
	if l == English {
		return "errors " + strconv.Itoa(c.Errors) + ", warnings " + strconv.Itoa(c.Warnings) + ", information " + strconv.Itoa(c.Info)
	}
	return finding.Error.Ja() + " " + strconv.Itoa(c.Errors) + "件、" + finding.Warning.Ja() + " " + strconv.Itoa(c.Warnings) + "件、" +
		finding.Info.Ja() + " " + strconv.Itoa(c.Info) + "件"
}

func total(c Counts) int { return c.Errors + c.Warnings + c.Info }

// raisedText is the line on the findings whose severity the document
// raised.
func raisedText(n int, l Lang) string {
	return tr(l, "うち文書の重大度設定により重大度を引き上げた指摘："+strconv.Itoa(n)+"件",
		"Raised by the document's severity settings: "+strconv.Itoa(n))
}

// clauseText is a clause's number and title: "6(2) 情報資産の管理".
func clauseText(c clause.Clause, l Lang) string {
	return c.String() + " " + l.Pick(lang.Of(c.Ja(), c.En()))
}

// severityText is a severity's label.
func severityText(s finding.Severity, l Lang) string { return l.Pick(lang.Of(s.Ja(), s.En())) }

// groupTitle is the heading of the findings of one severity: "違反（3件）",
// "Errors (3)".
func groupTitle(s finding.Severity, n int, l Lang) string {
	if l == English {
		name := map[finding.Severity]string{finding.Error: "Errors", finding.Warning: "Warnings", finding.Info: "Information"}[s]
		if name == "" {
			name = s.String()
		}
		return name + " (" + strconv.Itoa(n) + ")"
	}
	return s.Ja() + "（" + strconv.Itoa(n) + "件）"
}

// raisedNote says from which severity the document raised a finding.
func raisedNote(f *finding.Finding, l Lang) string {
	return tr(l, "文書の重大度設定により"+f.RaisedFrom.Ja()+"から"+f.Severity.Ja()+"に引き上げ",
		"raised from "+f.RaisedFrom.En()+" to "+f.Severity.En()+" by the document's severity settings")
}

// pathText is a finding's path; the empty pointer is the whole document.
func pathText(p field.Path, l Lang) string {
	if p == field.Root {
		return tr(l, "（文書全体）", "(whole document)")
	}
	return string(p)
}

// listSep separates the items of a list.
func listSep(l Lang) string { return tr(l, "、", ", ") }

// joinEsc escapes each item and joins them.
func joinEsc(items []string, l Lang, esc func(string) string) string {
	out := make([]string, len(items))
	for i, s := range items {
		out[i] = esc(s)
	}
	return strings.Join(out, listSep(l))
}

// groups splits the findings by severity, gravest first, keeping their
// order and their number in the whole report (from 1).
func groups(fs []finding.Finding) []group {
	var out []group
	for i := range fs {
		s := fs[i].Severity
		if len(out) == 0 || out[len(out)-1].severity != s {
			out = append(out, group{severity: s})
		}
		g := &out[len(out)-1]
		g.items = append(g.items, numbered{n: i + 1, f: &fs[i]})
	}
	return out
}

type group struct {
	severity finding.Severity
	items    []numbered
}

type numbered struct {
	n int
	f *finding.Finding
}

// renderText writes the plain-text report.
func renderText(b *bytes.Buffer, r *Report, l Lang) {
	line := func(parts ...string) {
		for _, p := range parts {
			b.WriteString(p)
		}
		b.WriteByte('\n')
	}
	colon := tr(l, "：", ": ")
	line(tr(l, "情報セキュリティ基本方針に基づく評価結果", "Evaluation against the information security basic policy"))
	line()
	for _, h := range headerRows(r, l, plain) {
		line(h.label, colon, h.value)
	}

	line()
	line(tr(l, "■ 集計", "== Summary"))
	line()
	line(tr(l, "重大度別", "By severity"), colon, countsText(r.Summary.Total, l),
		tr(l, "（計 "+strconv.Itoa(total(r.Summary.Total))+"件）", " (total "+strconv.Itoa(total(r.Summary.Total))+")"))
	if r.Summary.Raised > 0 {
		line(raisedText(r.Summary.Raised, l))
	}
	if len(r.Summary.ByClause) > 0 {
		line(tr(l, "条項別：", "By clause:"))
		for _, c := range r.Summary.ByClause {
			line("  ", plain(clauseText(c.Clause, l)), colon, countsText(c.Counts, l))
		}
	}

	if len(r.Findings) == 0 {
		line()
		line(tr(l, "指摘事項はありません。", "No findings."))
		return
	}
	for _, g := range groups(r.Findings) {
		line()
		line(tr(l, "■ ", "== "), groupTitle(g.severity, len(g.items), l))
		for _, it := range g.items {
			f := it.f
			line()
			line("[", strconv.Itoa(it.n), "] ", severityText(f.Severity, l), " ", plain(clauseText(f.Clause, l)))
			line("    ", tr(l, "規則", "rule"), colon, plain(f.Rule))
			if len(f.Also) > 0 {
				also := make([]string, len(f.Also))
				for i, c := range f.Also {
					also[i] = clauseText(c, l)
				}
				line("    ", tr(l, "関連条項", "also"), colon, joinEsc(also, l, plain))
			}
			line("    ", tr(l, "箇所", "at"), colon, plain(pathText(f.Path, l)))
			if len(f.IDs) > 0 {
				line("    ", tr(l, "対象", "ids"), colon, joinEsc(f.IDs, l, plain))
			}
			line("    ", tr(l, "内容", "finding"), colon, plain(l.Pick(f.Text)))
			if f.RaisedFrom != 0 {
				line("    ", tr(l, "※ ", "* "), raisedNote(f, l))
			}
		}
	}
}
