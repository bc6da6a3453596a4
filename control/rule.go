package control

import (
	"github.com/jichitai-sec/policy/clause"
	"github.com/jichitai-sec/policy/internal/enum"
)

// Rule is a rule of the findings this package reports: the gaps between
// what is required and what is recorded (Gaps), and the reasons the policy
// is due for review (ReviewDue). The zero value is not a rule.
type Rule uint8

// The rules.
const (
	// RuleMissing: a required control has no record.
	RuleMissing Rule = iota + 1
	// RulePartial: a required control is recorded as partly implemented.
	RulePartial
	// RulePlanned: a required control is planned and its target date has
	// not passed. Reported for information only (finding.Info): the gap is
	// on record with a date, and becomes RulePlannedOverdue when the date
	// passes.
	RulePlanned
	// RulePlannedOverdue: a required control was planned for a date that
	// has passed.
	RulePlannedOverdue
	// RuleWaiverUnjustified: a required control is recorded as not
	// applicable without a justification.
	RuleWaiverUnjustified
	// RuleNotWaivable: a control that may not be waived is recorded as not
	// applicable.
	RuleNotWaivable
	// RuleCheckStale: an implemented control was never checked, or not
	// within the interval the organization sets.
	RuleCheckStale
	// RuleReviewAfterFindings: the latest audit or self-inspection found
	// non-compliance, so the policy is to be reviewed (8; 7).
	RuleReviewAfterFindings
	// RuleReviewChangedConditions: a change of conditions or a new threat
	// was recorded since the last review (8).
	RuleReviewChangedConditions
	// RuleReviewUntreatedRisk: a risk above the accepted level has no
	// treatment (8).
	RuleReviewUntreatedRisk
	// RuleReviewNoEvaluation: no audit or self-inspection within the
	// interval the organization sets (8; 7).
	RuleReviewNoEvaluation
)

var rules = enum.NewDescribed[Rule]([]enum.Entry{
	RuleMissing:                 {ID: "control-missing", Ja: "必要な対策の実施記録がない", En: "a required control has no implementation record"},
	RulePartial:                 {ID: "control-partial", Ja: "必要な対策が一部しか実施されていない", En: "a required control is only partly implemented"},
	RulePlanned:                 {ID: "control-planned", Ja: "必要な対策は実施予定（予定日前）", En: "a required control is planned and not yet due"},
	RulePlannedOverdue:          {ID: "control-planned-overdue", Ja: "必要な対策の実施予定日を過ぎている", En: "a required control is past its planned date"},
	RuleWaiverUnjustified:       {ID: "control-waiver-unjustified", Ja: "対象外とした理由が記録されていない", En: "a control recorded as not applicable has no justification"},
	RuleNotWaivable:             {ID: "control-not-waivable", Ja: "対象外とすることのできない対策が対象外とされている", En: "a control that cannot be waived is recorded as not applicable"},
	RuleCheckStale:              {ID: "control-check-stale", Ja: "実施状況の確認がない又は確認の間隔を過ぎている", En: "an implemented control was never checked, or not within the set interval"},
	RuleReviewAfterFindings:     {ID: "review-after-findings", Ja: "監査・自己点検で不適合があり、ポリシーの見直しが必要", En: "the latest audit or self-inspection found non-compliance: the policy is due for review"},
	RuleReviewChangedConditions: {ID: "review-changed-conditions", Ja: "状況の変化又は新たな脅威があり、ポリシーの見直しが必要", En: "conditions changed or a new threat appeared: the policy is due for review"},
	RuleReviewUntreatedRisk:     {ID: "review-untreated-risk", Ja: "受容水準を超えるリスクに対応策がない", En: "a risk above the accepted level has no treatment"},
	RuleReviewNoEvaluation:      {ID: "review-no-evaluation", Ja: "定めた間隔の内に監査又は自己点検が行われていない", En: "no audit or self-inspection within the set interval"},
})

// ruleClauses: the gap rules cite 6, the clause that has the measures
// taken (each finding cites the control's own clause); the review rules
// cite 8, and where it applies the further clause of the evaluation (7,
// 6(9)).
var ruleClauses = [...][2]clause.Clause{
	RuleMissing:                 {clause.Measures, 0},
	RulePartial:                 {clause.Measures, 0},
	RulePlanned:                 {clause.Measures, 0},
	RulePlannedOverdue:          {clause.Measures, 0},
	RuleWaiverUnjustified:       {clause.Measures, 0},
	RuleNotWaivable:             {clause.Measures, 0},
	RuleCheckStale:              {clause.Measures, clause.AuditAndSelfInspection},
	RuleReviewAfterFindings:     {clause.Review, clause.AuditAndSelfInspection},
	RuleReviewChangedConditions: {clause.Review, 0},
	RuleReviewUntreatedRisk:     {clause.Review, 0},
	RuleReviewNoEvaluation:      {clause.Review, clause.AuditAndSelfInspection},
}

// Rules returns every rule.
func Rules() []Rule { return rules.All() }

// ParseRule accepts a rule's id, e.g. "control-missing".
func ParseRule(s string) (Rule, error) { return rules.Parse(s) }

// Valid reports whether r is a known rule.
func (r Rule) Valid() bool { return rules.Valid(r) }

// String returns the rule's id, or "control.Rule(N)" for an invalid value.
func (r Rule) String() string { return rules.String(r) }

// Ja describes the rule in Japanese.
func (r Rule) Ja() string { return rules.Ja(r) }

// En describes the rule in English.
func (r Rule) En() string { return rules.En(r) }

// Clause returns the clause whose duty the rule checks: 6 for the gap rules
// (a gap's finding cites the control's own clause) and 8 for the review
// rules; 0 for an invalid rule.
func (r Rule) Clause() clause.Clause {
	if !r.Valid() {
		return 0
	}
	return ruleClauses[r][0]
}

// Also returns the further clause the rule cites, or 0.
func (r Rule) Also() clause.Clause {
	if !r.Valid() {
		return 0
	}
	return ruleClauses[r][1]
}

// MarshalText returns the rule's id; an invalid rule is a *MarshalError.
func (r Rule) MarshalText() ([]byte, error) { return rules.MarshalText(r) }

// UnmarshalText accepts a rule's id.
func (r *Rule) UnmarshalText(b []byte) error { return rules.UnmarshalText(r, b) }
