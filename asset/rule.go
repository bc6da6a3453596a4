package asset

import (
	"github.com/jichitai-sec/policy/clause"
	"github.com/jichitai-sec/policy/field"
	"github.com/jichitai-sec/policy/finding"
	"github.com/jichitai-sec/policy/internal/enum"
	"github.com/jichitai-sec/policy/lang"
)

// Rule is a rule of Check. Its wire id is the Rule of the findings it
// reports, unique across the library (every id of this package starts with
// "asset-"). The zero value is not a rule.
type Rule uint8

// The rules, in the order Check applies them to each asset.
const (
	// RuleUnclassified: a property of an asset has no level (6(2) asks for
	// measures according to each property; 2(5)–(7) define them).
	RuleUnclassified Rule = iota + 1
	// RuleBelowMinimum: a declared level is below the level the asset's
	// contents require (Derive) (6(2); the property's definition in
	// 2(5)–(7)).
	RuleBelowMinimum
	// RuleMyNumberOutsideZone: information of My Number work lives outside
	// the My Number zone (6(3)ア; the zone is defined by 2(8)).
	RuleMyNumberOutsideZone
	// RuleMyNumberHolderOutsideZone: an asset that holds, processes or
	// carries information of My Number work lives outside the My Number
	// zone (6(3)ア, 2(8)).
	RuleMyNumberHolderOutsideZone
)

var rules = enum.NewDescribed[Rule]([]enum.Entry{
	RuleUnclassified: {ID: "asset-unclassified",
		Ja: "情報資産の機密性・完全性・可用性のいずれかが未分類である",
		En: "a property of an asset is unclassified"},
	RuleBelowMinimum: {ID: "asset-below-minimum",
		Ja: "格付が、含まれる情報資産から求められる格付を下回る",
		En: "the declared classification is below what the contained assets require"},
	RuleMyNumberOutsideZone: {ID: "asset-mynumber-outside-zone",
		Ja: "マイナンバー利用事務の情報がマイナンバー利用事務系の外にある",
		En: "information of My Number work is outside the My Number zone"},
	RuleMyNumberHolderOutsideZone: {ID: "asset-mynumber-holder-outside-zone",
		Ja: "マイナンバー利用事務の情報を保持・処理する資産がマイナンバー利用事務系の外にある",
		En: "an asset holding or processing My Number information is outside the My Number zone"},
})

// ruleClauses gives, per rule, the clause whose duty it checks and the
// definitions every one of its findings cites further. A finding about one
// property also cites that property's definition (Property.Clause).
var ruleClauses = [...]struct {
	clause clause.Clause
	also   []clause.Clause
}{
	RuleUnclassified:              {clause.AssetManagement, nil},
	RuleBelowMinimum:              {clause.AssetManagement, nil},
	RuleMyNumberOutsideZone:       {clause.MyNumberIsolation, []clause.Clause{clause.DefMyNumberZone}},
	RuleMyNumberHolderOutsideZone: {clause.MyNumberIsolation, []clause.Clause{clause.DefMyNumberZone}},
}

// Rules returns every rule of Check in the order Check applies them.
func Rules() []Rule { return rules.All() }

// ParseRule accepts a rule's wire id, e.g. "asset-below-minimum" (the
// labels are descriptions, which it does not accept).
func ParseRule(s string) (Rule, error) { return rules.Parse(s) }

// Valid reports whether r is a known rule.
func (r Rule) Valid() bool { return rules.Valid(r) }

// String returns the wire id, or "asset.Rule(N)" for an invalid value.
func (r Rule) String() string { return rules.String(r) }

// Ja describes the rule in Japanese.
func (r Rule) Ja() string { return rules.Ja(r) }

// En describes the rule in English.
func (r Rule) En() string { return rules.En(r) }

// Clause returns the clause whose duty the rule checks, or 0 for an invalid
// rule.
func (r Rule) Clause() clause.Clause {
	if !r.Valid() {
		return 0
	}
	return ruleClauses[r].clause
}

// Also returns, in a new slice, the definitions every finding of the rule
// cites besides Clause (2(8) for the zone rules); a finding about one
// property adds that property's definition (2(5)–(7)). Nil for an invalid
// rule or a rule with none.
func (r Rule) Also() []clause.Clause {
	if !r.Valid() {
		return nil
	}
	return append([]clause.Clause(nil), ruleClauses[r].also...)
}

// Severity returns the default severity of the rule's findings, which
// follows the duty of its clause (finding.For): every rule of this package
// checks a firm duty, so an error.
func (r Rule) Severity() finding.Severity { return finding.For(r.Clause()) }

// Finding returns a finding of rule r on the element at path p, with the
// given explanation and ids (the asset concerned first, then the asset the
// finding rests on), citing r's clause and definitions with r's severity.
func (r Rule) Finding(p field.Path, text lang.Text, ids ...string) finding.Finding {
	return finding.Finding{Rule: r.String(), Severity: r.Severity(), Clause: r.Clause(), Also: r.Also(),
		Path: p, IDs: ids, Text: text}
}

// MarshalText returns the wire id; an invalid rule is a *MarshalError.
func (r Rule) MarshalText() ([]byte, error) { return rules.MarshalText(r) }

// UnmarshalText accepts a wire id only.
func (r *Rule) UnmarshalText(b []byte) error { return rules.UnmarshalText(r, b) }
