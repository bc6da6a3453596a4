// Package finding is the one kind of result every check of the library
// reports: a Finding names the rule that found it (by an id unique across
// the library), how grave it is, the clause of the policy whose duty is not
// met, the element of the document concerned (as a JSON Pointer), the ids
// involved, and an explanation in Japanese and English.
//
// A finding is a policy gap in a well-formed input (a denied flow, a leak
// out of the My Number zone, an unclassified asset). A malformed input is a
// validation problem of package field instead.
//
// Severity follows the cited clause's duty (For): a missed firm duty
// (「…ものとする」) is an error, a missed effort duty (「…よう努めるものとする」)
// a warning. A rule that departs from that says why next to the rule.
package finding

import (
	"strings"

	"github.com/jichitai-sec/policy/clause"
	"github.com/jichitai-sec/policy/field"
	"github.com/jichitai-sec/policy/internal/enum"
	"github.com/jichitai-sec/policy/lang"
)

// Severity is how grave a finding is. The zero value is not a severity.
type Severity uint8

// The severities, gravest first.
const (
	Error   Severity = iota + 1 // a firm duty of the policy is not met
	Warning                     // an effort duty is not met, or something needs a look
	Info                        // for the record: nothing is missing
)

// ParseError is the error of ParseSeverity and Severity.UnmarshalText.
type ParseError = enum.ParseError

// MarshalError is the error of Severity.MarshalText for an invalid value.
type MarshalError = enum.MarshalError

var severities = enum.New[Severity]([]enum.Entry{
	Error:   {ID: "error", Ja: "違反", En: "error"},
	Warning: {ID: "warning", Ja: "警告", En: "warning"},
	Info:    {ID: "info", Ja: "情報", En: "information"},
})

// Severities returns every severity, gravest first.
func Severities() []Severity { return severities.All() }

// ParseSeverity accepts a severity's wire id or Japanese label.
func ParseSeverity(s string) (Severity, error) { return severities.Parse(s) }

// For returns the default severity of a finding that cites c as the clause
// whose duty is not met: Error for a firm duty, Warning for an effort duty,
// and Info for a clause that imposes no duty of its own (a definition, the
// scope, the threats) or a value that is not a clause.
func For(c clause.Clause) Severity {
	switch c.Duty() {
	case clause.Firm:
		return Error
	case clause.Effort:
		return Warning
	}
	return Info
}

// Valid reports whether s is a known severity.
func (s Severity) Valid() bool { return severities.Valid(s) }

// String returns the wire id, or "finding.Severity(N)" for an invalid value.
func (s Severity) String() string { return severities.String(s) }

// Ja returns the Japanese label.
func (s Severity) Ja() string { return severities.Ja(s) }

// En returns the English label.
func (s Severity) En() string { return severities.En(s) }

// MarshalText returns the wire id; an invalid severity is an error.
func (s Severity) MarshalText() ([]byte, error) { return severities.MarshalText(s) }

// UnmarshalText accepts a wire id.
func (s *Severity) UnmarshalText(b []byte) error { return severities.UnmarshalText(s, b) }

// Finding is one policy gap found in a well-formed input.
type Finding struct {
	Rule     string          `json:"rule"`           // the rule's id, unique across the library
	Severity Severity        `json:"severity"`       // how grave it is
	Clause   clause.Clause   `json:"clause"`         // the clause whose duty is not met
	Also     []clause.Clause `json:"also,omitempty"` // further clauses cited, such as a definition
	Path     field.Path      `json:"path"`           // the element concerned, as a JSON Pointer
	IDs      []string        `json:"ids,omitempty"`  // the ids of the elements involved, the one concerned first
	Text     lang.Text       `json:"text"`           // the explanation
	// RaisedFrom is set when the organization's document raised the
	// finding's severity: the severity the rule gives by default.
	RaisedFrom Severity `json:"raisedFrom,omitzero"`
}

// String renders the finding on one line: severity, rule, clause, path and
// the explanation in both languages.
func (f Finding) String() string {
	var b strings.Builder
	b.WriteString(f.Severity.String())
	b.WriteString(" ")
	b.WriteString(f.Rule)
	b.WriteString(" ")
	b.WriteString(f.Clause.String())
	for _, c := range f.Also {
		b.WriteString(",")
		b.WriteString(c.String())
	}
	b.WriteString(" ")
	if f.Path == field.Root {
		b.WriteString("(document)")
	} else {
		b.WriteString(string(f.Path))
	}
	b.WriteString(": ")
	b.WriteString(f.Text.String())
	return b.String()
}
