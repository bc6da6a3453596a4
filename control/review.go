package control

import (
	"strconv"
	"strings"

	"github.com/jichitai-sec/policy/clause"
	"github.com/jichitai-sec/policy/date"
	"github.com/jichitai-sec/policy/field"
	"github.com/jichitai-sec/policy/finding"
	"github.com/jichitai-sec/policy/internal/enum"
	"github.com/jichitai-sec/policy/lang"
	"github.com/jichitai-sec/policy/threat"
)

// ChangeKind is the kind of event that, by clause 8, may call for new
// measures and so for a review of the policy. The zero value is not a
// kind.
type ChangeKind uint8

// The kinds of change clause 8 has in mind.
const (
	// ChangeCondition: the organization's situation changed (new systems,
	// a reorganization, new laws or national guidance, an incident).
	ChangeCondition ChangeKind = iota + 1
	// ChangeNewThreat: a threat appeared or grew that the analysis has not
	// weighed; the change names it.
	ChangeNewThreat
)

var changeKinds = enum.New[ChangeKind]([]enum.Entry{
	ChangeCondition: {ID: "condition", Ja: "状況の変化", En: "changed conditions"},
	ChangeNewThreat: {ID: "new-threat", Ja: "新たな脅威", En: "new threat"},
})

// ChangeKinds returns both kinds of change.
func ChangeKinds() []ChangeKind { return changeKinds.All() }

// ParseChangeKind accepts a kind's wire id ("condition", "new-threat") or
// its Japanese label ("状況の変化", "新たな脅威").
func ParseChangeKind(s string) (ChangeKind, error) { return changeKinds.Parse(s) }

// Valid reports whether k is a known kind of change.
func (k ChangeKind) Valid() bool { return changeKinds.Valid(k) }

// String returns the wire id, or "control.ChangeKind(N)" for an invalid
// value.
func (k ChangeKind) String() string { return changeKinds.String(k) }

// Ja returns the Japanese label.
func (k ChangeKind) Ja() string { return changeKinds.Ja(k) }

// En returns the English label.
func (k ChangeKind) En() string { return changeKinds.En(k) }

// MarshalText returns the wire id; an invalid kind is a *MarshalError.
func (k ChangeKind) MarshalText() ([]byte, error) { return changeKinds.MarshalText(k) }

// UnmarshalText accepts a wire id only (ParseChangeKind also takes labels).
func (k *ChangeKind) UnmarshalText(b []byte) error { return changeKinds.UnmarshalText(k, b) }

// Change is a recorded change of conditions, or a new threat, that may
// call for new measures (clause 8).
type Change struct {
	ID     string        `json:"id"`              // unique among the document's changes
	On     date.Date     `json:"on"`              // the day it happened or became known
	Kind   ChangeKind    `json:"kind"`            // changed conditions or a new threat
	Threat threat.Threat `json:"threat,omitzero"` // the threat of the catalog concerned: required for a new threat, optional otherwise
	Note   string        `json:"note,omitzero"`   // what changed
}

// ValidateChanges reports every problem of a list of changes, each at its
// path under at (the list's own path):
//
//   - id: missing (Required) or already used (Duplicate);
//   - on: missing (Required);
//   - kind: missing (Required) or unknown (NotSupported);
//   - threat: missing for a new threat (Required), or unknown
//     (NotSupported).
func ValidateChanges(changes []Change, at field.Path) field.List {
	var errs field.List
	ids := field.NewIDs(at, lang.Of("変化の記録", "a change"), len(changes))
	for i := range changes {
		c := &changes[i]
		p := at.Index(i)
		if err := ids.Check(i, c.ID); err != nil {
			errs = append(errs, err)
		}
		if c.On.IsZero() {
			errs = append(errs, field.Required(p.Child("on"), lang.Of("日付がない", "a change states its date")))
		}
		switch {
		case c.Kind == 0:
			errs = append(errs, field.Required(p.Child("kind"), lang.Of(
				"状況の変化か新たな脅威かが指定されていない", "a change states whether conditions changed or a threat is new")))
		case !c.Kind.Valid():
			errs = append(errs, field.NotSupported(p.Child("kind"), c.Kind, ChangeKinds()))
		}
		switch {
		case c.Threat == 0 && c.Kind == ChangeNewThreat:
			errs = append(errs, field.Required(p.Child("threat"), lang.Of(
				"新たな脅威が脅威カタログのどれか指定されていない", "a new threat names the threat of the catalog")))
		case c.Threat != 0 && !c.Threat.Valid():
			errs = append(errs, field.NotSupported(p.Child("threat"), c.Threat, threat.All()))
		}
	}
	return errs
}

// ReviewInput is what ReviewDue weighs: the date of the last review, and
// the evaluations, changes and assessed risks of the document, each list
// with the path it has there.
type ReviewInput struct {
	// LastReview is the day the policy was last reviewed; zero if it never
	// was. What is dated on that day counts as taken into that review.
	LastReview date.Date

	// Evaluations are the audits and self-inspections (clause 7), at
	// EvaluationsAt ("/evaluations").
	Evaluations   []Evaluation
	EvaluationsAt field.Path

	// Changes are the recorded changes and new threats, at ChangesAt.
	Changes   []Change
	ChangesAt field.Path

	// Risks are the assessed risks (AssessRisks), at RisksAt.
	Risks   []Assessed
	RisksAt field.Path

	// EvaluateEveryMonths is the interval, in months, within which the
	// organization carries out an audit or self-inspection. Clause 7 says
	// only "as needed" and the guideline's expected frequency is not
	// confirmed, so the document sets it. Zero or less means it set none;
	// see ReviewDue.
	EvaluateEveryMonths int
}

// ReviewDue returns the reasons, as of asOf, that the policy is due for
// review under clause 8 (with clause 7 where the reason is an evaluation),
// one finding per reason, in this order (and within each rule in the
// order of the list concerned):
//
//  1. RuleReviewAfterFindings, at the evaluation's path: the latest
//     evaluation dated on or before asOf and after LastReview found
//     non-compliance. The finding names the evaluation and then its
//     non-compliant items. Several evaluations on that latest day are all
//     the latest, and each that found non-compliance is reported.
//  2. RuleReviewChangedConditions, at the change's path: for each change
//     dated on or before asOf and after LastReview. An undated change is
//     reported too, since nothing shows it was taken into the last review.
//  3. RuleReviewUntreatedRisk, at the risk's path: for each risk whose
//     level is above the accepted level with no treatment recorded
//     (Assessed.Untreated). A risk accepted on record (TreatmentAccept) is
//     treated.
//  4. RuleReviewNoEvaluation, at EvaluationsAt: no evaluation within
//     EvaluateEveryMonths months before asOf (one whose date, moved on by
//     the interval, is on or after asOf; the same reckoning as Gaps uses
//     for checks), or no interval set at all. The finding names the latest
//     evaluation on or before asOf, if there is one.
//
// Only evaluations that judged something count, for 1 and 4 alike: an
// evaluation is counted when it is dated and at least one of its results
// is compliant or non-compliant. One with no results, or only "not
// checked" ones, neither shows that compliance was verified nor hides the
// findings of an earlier one.
//
// When no interval is set (EvaluateEveryMonths zero or less), rule 4 is
// always reported, naming the latest evaluation if there is one: without
// an interval nothing can show that an evaluation is recent enough, and
// accepting any evaluation at all would let one of many years ago pass
// silently. A document clears the finding by setting an interval.
//
// The findings depend only on the input and asOf. Inputs are assumed
// valid (ValidateEvaluations, ValidateChanges, AssessRisks); a malformed
// value is read fail-closed (an unknown level as high, an unknown
// treatment or accepted level as none).
func ReviewDue(in ReviewInput, asOf date.Date) []finding.Finding {
	var out []finding.Finding

	var latest date.Date // the latest counted evaluation on or before asOf
	latestID := ""
	var latestSince date.Date // the same, after LastReview
	for i := range in.Evaluations {
		e := &in.Evaluations[i]
		if !reviewCounts(e, asOf) {
			continue
		}
		if e.On.After(latest) || (e.On == latest && e.ID < latestID) { // the least id among the latest, whatever the list's order
			latest, latestID = e.On, e.ID
		}
		if e.On.After(in.LastReview) && e.On.After(latestSince) {
			latestSince = e.On
		}
	}
	if !latestSince.IsZero() {
		for i := range in.Evaluations {
			e := &in.Evaluations[i]
			if e.On != latestSince || !reviewCounts(e, asOf) {
				continue
			}
			if bad := reviewNonCompliant(e); len(bad) > 0 {
				out = append(out, reviewFinding(RuleReviewAfterFindings, in.EvaluationsAt.Index(i),
					append([]string{e.ID}, bad...), reviewEvaluationText(e, bad)))
			}
		}
	}

	for i := range in.Changes {
		c := &in.Changes[i]
		if c.On.IsZero() || (!c.On.After(asOf) && c.On.After(in.LastReview)) {
			out = append(out, reviewFinding(RuleReviewChangedConditions, in.ChangesAt.Index(i),
				[]string{c.ID}, reviewChangeText(c)))
		}
	}

	for i := range in.Risks {
		a := &in.Risks[i]
		if a.Untreated() {
			out = append(out, reviewFinding(RuleReviewUntreatedRisk, in.RisksAt.Index(i),
				append([]string{a.ID}, a.Assets...), reviewRiskText(a)))
		}
	}

	n := in.EvaluateEveryMonths
	if n <= 0 || latest.IsZero() || latest.AddMonths(n).Before(asOf) {
		var ids []string
		if latestID != "" {
			ids = []string{latestID}
		}
		out = append(out, reviewFinding(RuleReviewNoEvaluation, in.EvaluationsAt, ids,
			reviewIntervalText(latest, latestID, n, asOf)))
	}
	return out
}

// reviewCounts reports whether evaluation e counts for ReviewDue as of
// asOf: dated on or before asOf, with at least one item judged.
func reviewCounts(e *Evaluation, asOf date.Date) bool {
	if e.On.IsZero() || e.On.After(asOf) {
		return false
	}
	for _, r := range e.Results {
		if r.Outcome == Compliant || r.Outcome == NonCompliant {
			return true
		}
	}
	return false
}

// reviewNonCompliant returns the items e found non-compliant, each once,
// in the order of its results.
func reviewNonCompliant(e *Evaluation) []string {
	var out []string
	seen := map[string]bool{}
	for _, r := range e.Results {
		if r.Outcome == NonCompliant && !seen[r.Item] {
			seen[r.Item] = true
			out = append(out, r.Item)
		}
	}
	return out
}

// reviewFinding builds the finding of review rule r at path p.
func reviewFinding(r Rule, p field.Path, ids []string, detail lang.Text) finding.Finding {
	f := finding.Finding{Rule: r.String(), Severity: finding.For(r.Clause()), Clause: r.Clause(), Path: p, IDs: ids,
		Text: lang.Of(r.Ja()+"：", r.En()+": ").Append(detail)}
	if a := r.Also(); a != 0 {
		f.Also = []clause.Clause{a}
	}
	return f
}

func reviewEvaluationText(e *Evaluation, bad []string) lang.Text {
	kind := lang.Of("評価", "evaluation")
	if e.Kind.Valid() {
		kind = evaluationKinds.Label(e.Kind)
	}
	n := strconv.Itoa(len(bad))
	items := " items"
	if len(bad) == 1 {
		items = " item"
	}
	return lang.Of(
		kind.Ja+"「"+e.ID+"」（"+e.On.String()+"）で不適合"+n+"件："+strings.Join(bad, "、"),
		kind.En+" "+e.ID+" of "+e.On.String()+" found "+n+items+" non-compliant: "+strings.Join(bad, ", "))
}

func reviewChangeText(c *Change) lang.Text {
	kind := lang.Of("変化", "change")
	if c.Kind.Valid() {
		kind = changeKinds.Label(c.Kind)
	}
	when := lang.Of("日付なし", "undated")
	if !c.On.IsZero() {
		when = lang.Of(c.On.String(), c.On.String())
	}
	t := lang.Of(kind.Ja+"「"+c.ID+"」（"+when.Ja, kind.En+" "+c.ID+" ("+when.En)
	if c.Threat.Valid() {
		t = t.Append(lang.Of("、脅威："+c.Threat.Ja(), ", threat: "+c.Threat.En()))
	}
	t = t.Append(lang.Of("）", ")"))
	if c.Note != "" {
		t = t.Append(lang.Of("："+c.Note, ": "+c.Note))
	}
	return t
}

func reviewRiskText(a *Assessed) lang.Text {
	th := lang.Of(a.Threat.String(), a.Threat.String())
	if a.Threat.Valid() {
		th = lang.Of(a.Threat.Ja(), a.Threat.En())
	}
	level := a.Level
	if !level.Valid() {
		level = LevelHigh
	}
	accepted := lang.Of("受容水準の定めなし", "no accepted level")
	if a.Accepted.Valid() {
		accepted = lang.Of("受容水準"+a.Accepted.Ja(), "accepted "+a.Accepted.En())
	}
	return lang.Of(
		"リスク「"+a.ID+"」（"+th.Ja+"、情報資産："+strings.Join(a.Assets, "、")+"）：リスク水準"+level.Ja()+"、"+accepted.Ja+"、対応策なし",
		"risk "+a.ID+" ("+th.En+"; assets: "+strings.Join(a.Assets, ", ")+"): level "+level.En()+", above "+accepted.En+", with no treatment")
}

func reviewIntervalText(latest date.Date, latestID string, months int, asOf date.Date) lang.Text {
	last := lang.Of("評価の記録なし", "no evaluation on record")
	if !latest.IsZero() {
		last = lang.Of("最新の評価「"+latestID+"」（"+latest.String()+"）", "latest evaluation "+latestID+" of "+latest.String())
	}
	if months <= 0 {
		return lang.Of("評価の間隔が定められていないため、評価が十分に新しいか判断できない（", "no evaluation interval is set, so no evaluation can be shown recent enough (").
			Append(last).Append(lang.Of("）", ")"))
	}
	m := strconv.Itoa(months)
	return lang.Of(asOf.String()+"までの"+m+"か月以内に評価がない（", "none within the "+m+" months before "+asOf.String()+" (").
		Append(last).Append(lang.Of("）", ")"))
}
