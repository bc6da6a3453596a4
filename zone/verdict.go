package zone

import (
	"github.com/jichitai-sec/policy/clause"
	"github.com/jichitai-sec/policy/field"
	"github.com/jichitai-sec/policy/finding"
	"github.com/jichitai-sec/policy/lang"
)

// Verdict is the decision on one flow: the rule that decided, and what the
// rule needs to explain itself. The zero Verdict allows nothing.
type Verdict struct {
	Rule Rule `json:"rule"` // the deciding rule
	// Missing, with RuleBoundaryIncomplete: what the safeguard lacks.
	Missing Functions `json:"missing,omitzero"`
	// Exception, with RuleMyNumberException, is the id of the exception
	// that permits the flow. With RuleMyNumberIsolated it is the id of an
	// exception that names the flow's two endpoints but does not apply,
	// and NotApplied says why.
	Exception string `json:"exception,omitzero"`
	// NotApplied says why Exception did not apply: its status on the as-of
	// date (expired, not yet approved, …) or ExceptionOtherChannel /
	// ExceptionOtherMethod. Zero when no exception was named or it applied.
	NotApplied ExceptionStatus `json:"notApplied,omitzero"`
}

// Allowed reports whether the flow is permitted.
func (v Verdict) Allowed() bool { return v.Rule.Allows() }

// Warning reports whether the flow is permitted with a warning.
func (v Verdict) Warning() bool { return v.Rule.Warns() }

// Text explains the verdict in both languages: the rule's reason, then what
// it needs (the missing functions, the exception that applied or why the
// one that names the flow did not).
func (v Verdict) Text() lang.Text {
	t := lang.Text{Ja: v.Rule.Ja(), En: v.Rule.En()}
	if v.Missing != 0 {
		t = t.Append(lang.Text{
			Ja: "（欠けている機能：" + v.Missing.labels(Function.Ja, "、") + "）",
			En: " (missing: " + v.Missing.labels(Function.En, ", ") + ")",
		})
	}
	switch {
	case v.Exception != "" && v.NotApplied != 0:
		t = t.Append(lang.Text{
			Ja: "（例外" + v.Exception + "は適用されない：" + v.NotApplied.Ja() + "）",
			En: " (exception " + v.Exception + " does not apply: " + v.NotApplied.En() + ")",
		})
	case v.Exception != "":
		t = t.Append(lang.Text{Ja: "（例外：" + v.Exception + "）", En: " (exception " + v.Exception + ")"})
	}
	return t
}

// Ja explains the verdict in Japanese.
func (v Verdict) Ja() string { return v.Text().Ja }

// En explains the verdict in English.
func (v Verdict) En() string { return v.Text().En }

// String returns the rule id, its clause and the English explanation.
func (v Verdict) String() string {
	return v.Rule.String() + " " + v.Rule.Clause().String() + ": " + v.En()
}

// Severity is how grave the verdict is as a finding: an allowed flow is
// for information only (finding.Info); otherwise the severity follows the
// duty of the rule's clause (finding.For): a denied flow breaks a firm duty
// of 6(3) (an error), a boundary safeguard lacking functions misses the
// effort duty of 6(6) (a warning).
func (v Verdict) Severity() finding.Severity {
	if v.Allowed() && !v.Warning() {
		return finding.Info
	}
	return finding.For(v.Rule.Clause())
}

// Finding returns the verdict as a finding about the element at path p (a
// link of a topology, say), naming the ids involved. Check itself never
// builds one, so that it stays allocation-free.
func (v Verdict) Finding(p field.Path, ids ...string) finding.Finding {
	f := finding.Finding{
		Rule: v.Rule.String(), Severity: v.Severity(), Clause: v.Rule.Clause(),
		Path: p, IDs: ids, Text: v.Text(),
	}
	if a := v.Rule.Also(); a != 0 {
		f.Also = []clause.Clause{a}
	}
	if v.Exception != "" {
		f.IDs = append(append([]string(nil), ids...), v.Exception)
	}
	return f
}
