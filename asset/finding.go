package asset

import (
	"github.com/jichitai-sec/policy/clause"
	"github.com/jichitai-sec/policy/field"
	"github.com/jichitai-sec/policy/internal/enum"
)

// Finding is one problem Check found in a valid list of assets: which rule
// found it, how grave it is, the clause it rests on, the element concerned
// and an explanation in Japanese and English. Its fields map one to one
// onto a library-wide finding.
type Finding struct {
	Rule     Rule          `json:"rule"`               // the rule that found it
	Severity Severity      `json:"severity"`           // the rule's severity
	Clause   clause.Clause `json:"clause"`             // the clause whose duty is not met
	Also     clause.Clause `json:"also,omitempty"`     // a further clause cited (a definition), or 0
	Path     field.Path    `json:"path"`               // the element concerned, e.g. assets[3].zone
	Asset    string        `json:"asset"`              // the id of the asset concerned
	Property Property      `json:"property,omitempty"` // with RuleBelowMinimum: the property
	Source   string        `json:"source,omitempty"`   // the id of the contained asset the finding rests on, if any
	Ja       string        `json:"ja"`                 // explanation in Japanese
	En       string        `json:"en"`                 // explanation in English
}

// Rule is a rule of Check. The zero value is not a rule.
type Rule uint8

// The rules, in the order Check applies them to each asset.
const (
	// RuleBelowMinimum: a declared level is below the level the asset's
	// contents require (Derive), or cannot be compared with it (6(2)).
	RuleBelowMinimum Rule = iota + 1
	// RuleMyNumberOutsideZone: information of My Number work lives outside
	// the My Number zone (6(3)ア; the zone is defined by 2(8)).
	RuleMyNumberOutsideZone
	// RuleMyNumberHolderOutsideZone: an asset that holds, processes or
	// carries information of My Number work lives outside the My Number
	// zone (6(3)ア, 2(8)).
	RuleMyNumberHolderOutsideZone
)

var checkRules = enum.Table[Rule]{Pkg: "asset", Type: "Rule", Entries: []enum.Entry{
	{ID: "below-minimum",
		Ja: "格付が、含まれる情報資産から求められる格付を下回る",
		En: "the declared classification is below what the contained assets require"},
	{ID: "mynumber-outside-zone",
		Ja: "マイナンバー利用事務の情報がマイナンバー利用事務系の外にある",
		En: "information of My Number work is outside the My Number zone"},
	{ID: "mynumber-holder-outside-zone",
		Ja: "マイナンバー利用事務の情報を保持・処理する資産がマイナンバー利用事務系の外にある",
		En: "an asset holding or processing My Number information is outside the My Number zone"},
}}

type ruleInfo struct {
	severity     Severity
	clause, also clause.Clause
}

var ruleInfos = [...]ruleInfo{
	RuleBelowMinimum:              {SeverityError, clause.AssetManagement, 0},
	RuleMyNumberOutsideZone:       {SeverityError, clause.MyNumberIsolation, clause.DefMyNumberZone},
	RuleMyNumberHolderOutsideZone: {SeverityError, clause.MyNumberIsolation, clause.DefMyNumberZone},
}

// Rules returns every rule of Check in the order Check applies them.
func Rules() []Rule { return checkRules.All() }

// ParseRule accepts a rule's wire id, e.g. "below-minimum".
func ParseRule(s string) (Rule, error) { return checkRules.Parse(s) }

// Valid reports whether r is a known rule.
func (r Rule) Valid() bool { return checkRules.Valid(r) }

// String returns the wire id, or "asset.Rule(N)" for an invalid value.
func (r Rule) String() string { return checkRules.String(r) }

// Ja describes the rule in Japanese.
func (r Rule) Ja() string { return checkRules.Ja(r) }

// En describes the rule in English.
func (r Rule) En() string { return checkRules.En(r) }

// Severity returns how grave a finding of the rule is, or 0 for an invalid
// rule.
func (r Rule) Severity() Severity {
	if !r.Valid() {
		return 0
	}
	return ruleInfos[r].severity
}

// Clause returns the clause whose duty the rule checks, or 0 for an invalid
// rule.
func (r Rule) Clause() clause.Clause {
	if !r.Valid() {
		return 0
	}
	return ruleInfos[r].clause
}

// Also returns a further clause the rule cites (the definition of the zone
// concerned), or 0.
func (r Rule) Also() clause.Clause {
	if !r.Valid() {
		return 0
	}
	return ruleInfos[r].also
}

// MarshalText returns the wire id; an invalid rule is an error.
func (r Rule) MarshalText() ([]byte, error) { return checkRules.MarshalText(r) }

// UnmarshalText accepts what ParseRule accepts.
func (r *Rule) UnmarshalText(b []byte) error { return checkRules.UnmarshalText(r, b) }

// Severity is how grave a finding is. The zero value is not a severity.
type Severity uint8

// The severities.
const (
	// SeverityError: a firm duty of the policy (「…ものとする」) is not met.
	SeverityError Severity = iota + 1
	// SeverityWarning: an effort duty (「…よう努めるものとする」) is not met,
	// or something needs a look.
	SeverityWarning
)

var severities = enum.Table[Severity]{Pkg: "asset", Type: "Severity", Entries: []enum.Entry{
	{ID: "error", Ja: "違反", En: "error"},
	{ID: "warning", Ja: "警告", En: "warning"},
}}

// Severities returns every severity, gravest first.
func Severities() []Severity { return severities.All() }

// ParseSeverity accepts a severity's wire id or Japanese label.
func ParseSeverity(s string) (Severity, error) { return severities.Parse(s) }

// Valid reports whether s is a known severity.
func (s Severity) Valid() bool { return severities.Valid(s) }

// String returns the wire id, or "asset.Severity(N)" for an invalid value.
func (s Severity) String() string { return severities.String(s) }

// Ja returns the Japanese label.
func (s Severity) Ja() string { return severities.Ja(s) }

// En returns the English label.
func (s Severity) En() string { return severities.En(s) }

// MarshalText returns the wire id; an invalid severity is an error.
func (s Severity) MarshalText() ([]byte, error) { return severities.MarshalText(s) }

// UnmarshalText accepts what ParseSeverity accepts.
func (s *Severity) UnmarshalText(b []byte) error { return severities.UnmarshalText(s, b) }
