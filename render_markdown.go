package policy

import (
	"bytes"
	"strconv"
	"strings"

	"github.com/jichitai-sec/policy/finding"
)

// markdownSpecial are the ASCII characters md always escapes with a
// backslash: every ASCII punctuation character that can open or close an
// inline construct, a block, a table cell, an HTML tag or entity in
// CommonMark and GitHub Flavored Markdown (emphasis, code spans, links and
// images, headings, raw HTML, entities, tables, strikethrough, math,
// footnotes, e-mail autolinks). CommonMark allows a backslash before any
// ASCII punctuation, so each is shown as itself. Besides, md escapes the
// ':' of "://" and the '.' of "www." (GFM's extended autolinks), and
// leaves the other ':' and '.' of ordinary text alone.
const markdownSpecial = "!#$&*<>@[\\]^_`{|}~"

// md returns text fit for a Markdown document or table cell: neutralized
// as for text (plain), then with every Markdown special character escaped.
func md(s string) string {
	s = plain(s)
	var b strings.Builder
	b.Grow(len(s) + 8)
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case strings.IndexByte(markdownSpecial, c) >= 0,
			c == ':' && strings.HasPrefix(s[i+1:], "//"),
			c == '.' && i >= 3 && strings.EqualFold(s[i-3:i], "www"):
			b.WriteByte('\\')
		}
		b.WriteByte(c)
	}
	return b.String()
}

// renderMarkdown writes the Markdown report. Every string that comes from
// the report passes through md; the markup around it is fixed.
func renderMarkdown(b *bytes.Buffer, r *Report, l Lang) {
	line := func(parts ...string) {
		for _, p := range parts {
			b.WriteString(p)
		}
		b.WriteByte('\n')
	}
	tableRow := func(cells ...string) {
		b.WriteString("|")
		for _, c := range cells {
			b.WriteString(" ")
			b.WriteString(c)
			b.WriteString(" |")
		}
		b.WriteByte('\n')
	}

	line("# ", tr(l, "情報セキュリティ基本方針に基づく評価結果", "Evaluation against the information security basic policy"))
	line()
	tableRow(tr(l, "項目", "Item"), tr(l, "内容", "Value"))
	tableRow("---", "---")
	for _, h := range headerRows(r, l, md) {
		tableRow(h.label, h.value)
	}

	line()
	line("## ", tr(l, "集計", "Summary"))
	line()
	tableRow(tr(l, "重大度", "Severity"), tr(l, "件数", "Findings"))
	tableRow("---", "---:")
	tableRow(severityText(finding.Error, l), strconv.Itoa(r.Summary.Total.Errors))
	tableRow(severityText(finding.Warning, l), strconv.Itoa(r.Summary.Total.Warnings))
	tableRow(severityText(finding.Info, l), strconv.Itoa(r.Summary.Total.Info))
	tableRow(tr(l, "計", "Total"), strconv.Itoa(total(r.Summary.Total)))
	if r.Summary.Raised > 0 {
		line()
		line(raisedText(r.Summary.Raised, l))
	}
	if len(r.Summary.ByClause) > 0 {
		line()
		line("### ", tr(l, "条項別", "By clause"))
		line()
		tableRow(tr(l, "条項", "Clause"), severityText(finding.Error, l), severityText(finding.Warning, l), severityText(finding.Info, l))
		tableRow("---", "---:", "---:", "---:")
		for _, c := range r.Summary.ByClause {
			tableRow(md(clauseText(c.Clause, l)), strconv.Itoa(c.Errors), strconv.Itoa(c.Warnings), strconv.Itoa(c.Info))
		}
	}

	if len(r.Findings) == 0 {
		line()
		line(tr(l, "指摘事項はありません。", "No findings."))
		return
	}
	for _, g := range groups(r.Findings) {
		line()
		line("## ", groupTitle(g.severity, len(g.items), l))
		line()
		tableRow(tr(l, "番号", "No."), tr(l, "重大度", "Severity"), tr(l, "条項", "Clause"), tr(l, "規則", "Rule"),
			tr(l, "箇所", "At"), tr(l, "対象", "Ids"), tr(l, "内容", "Finding"))
		tableRow("---:", "---", "---", "---", "---", "---", "---")
		for _, it := range g.items {
			f := it.f
			sev := severityText(f.Severity, l)
			if f.RaisedFrom != 0 {
				sev += tr(l, "（"+f.RaisedFrom.Ja()+"から引き上げ）", " (raised from "+f.RaisedFrom.En()+")")
			}
			cl := md(clauseText(f.Clause, l))
			if len(f.Also) > 0 {
				also := make([]string, len(f.Also))
				for i, c := range f.Also {
					also[i] = clauseText(c, l)
				}
				cl += tr(l, "（関連：", " (also ") + joinEsc(also, l, md) + tr(l, "）", ")")
			}
			tableRow(strconv.Itoa(it.n), sev, cl, md(f.Rule), md(pathText(f.Path, l)), joinEsc(f.IDs, l, md), md(l.Pick(f.Text)))
		}
	}
}
