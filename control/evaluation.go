package control

import (
	"slices"
	"strconv"
	"strings"

	"github.com/jichitai-sec/policy/clause"
	"github.com/jichitai-sec/policy/date"
	"github.com/jichitai-sec/policy/field"
	"github.com/jichitai-sec/policy/internal/enum"
	"github.com/jichitai-sec/policy/lang"
)

// EvaluationKind is how compliance with the policy was verified (clause
// 7): by an audit or by a self-inspection. The zero value is not a kind.
type EvaluationKind uint8

// The kinds of evaluation clause 7 names.
const (
	EvaluationAudit          EvaluationKind = iota + 1 // an information security audit
	EvaluationSelfInspection                           // a self-inspection by the organization itself
)

var evaluationKinds = enum.New[EvaluationKind]([]enum.Entry{
	EvaluationAudit:          {ID: "audit", Ja: "情報セキュリティ監査", En: "information security audit"},
	EvaluationSelfInspection: {ID: "self-inspection", Ja: "自己点検", En: "self-inspection"},
})

// EvaluationKinds returns both kinds of evaluation, audit first.
func EvaluationKinds() []EvaluationKind { return evaluationKinds.All() }

// ParseEvaluationKind accepts a kind's wire id ("audit",
// "self-inspection") or its Japanese label ("自己点検").
func ParseEvaluationKind(s string) (EvaluationKind, error) { return evaluationKinds.Parse(s) }

// Valid reports whether k is a known kind of evaluation.
func (k EvaluationKind) Valid() bool { return evaluationKinds.Valid(k) }

// String returns the wire id, or "control.EvaluationKind(N)" for an invalid
// value.
func (k EvaluationKind) String() string { return evaluationKinds.String(k) }

// Ja returns the Japanese label.
func (k EvaluationKind) Ja() string { return evaluationKinds.Ja(k) }

// En returns the English label.
func (k EvaluationKind) En() string { return evaluationKinds.En(k) }

// MarshalText returns the wire id; an invalid kind is a *MarshalError.
func (k EvaluationKind) MarshalText() ([]byte, error) { return evaluationKinds.MarshalText(k) }

// UnmarshalText accepts a wire id only (ParseEvaluationKind also takes
// labels).
func (k *EvaluationKind) UnmarshalText(b []byte) error { return evaluationKinds.UnmarshalText(k, b) }

// Outcome is the answer an evaluation gives to one checklist item. The
// zero value is not an outcome.
type Outcome uint8

// The outcomes.
const (
	Compliant    Outcome = iota + 1 // the control is in place as recorded
	NonCompliant                    // it is not, or not as recorded
	NotChecked                      // the evaluation did not look at it
)

var outcomes = enum.New[Outcome]([]enum.Entry{
	Compliant:    {ID: "compliant", Ja: "適合", En: "compliant"},
	NonCompliant: {ID: "non-compliant", Ja: "不適合", En: "non-compliant"},
	NotChecked:   {ID: "not-checked", Ja: "未確認", En: "not checked"},
})

// Outcomes returns every outcome.
func Outcomes() []Outcome { return outcomes.All() }

// ParseOutcome accepts an outcome's wire id ("non-compliant") or its
// Japanese label ("不適合").
func ParseOutcome(s string) (Outcome, error) { return outcomes.Parse(s) }

// Valid reports whether o is a known outcome.
func (o Outcome) Valid() bool { return outcomes.Valid(o) }

// String returns the wire id, or "control.Outcome(N)" for an invalid value.
func (o Outcome) String() string { return outcomes.String(o) }

// Ja returns the Japanese label.
func (o Outcome) Ja() string { return outcomes.Ja(o) }

// En returns the English label.
func (o Outcome) En() string { return outcomes.En(o) }

// MarshalText returns the wire id; an invalid outcome is a *MarshalError.
func (o Outcome) MarshalText() ([]byte, error) { return outcomes.MarshalText(o) }

// UnmarshalText accepts a wire id only (ParseOutcome also takes labels).
func (o *Outcome) UnmarshalText(b []byte) error { return outcomes.UnmarshalText(o, b) }

// Evaluation is one audit or self-inspection (clause 7): when it was done
// and what it found, item by item of the checklist.
type Evaluation struct {
	ID      string         `json:"id"`      // unique among the document's evaluations
	Kind    EvaluationKind `json:"kind"`    // audit or self-inspection
	On      date.Date      `json:"on"`      // the day it was completed
	Results []Result       `json:"results"` // its findings, at most one per checklist item
}

// Result is an evaluation's answer to one checklist item.
type Result struct {
	Item    string  `json:"item"`          // the checklist item's id (Item.ID)
	Outcome Outcome `json:"outcome"`       // compliant, non-compliant or not checked
	Note    string  `json:"note,omitzero"` // what was seen, or what is to be put right
}

// ValidateEvaluations reports every problem of a list of evaluations, each
// at its path under at (the list's own path), resolving the results'
// items against the checklist of the given requirements (the items of
// Checklist(required), which it does not build):
//
//   - id: missing (Required) or already used by an earlier evaluation
//     (Duplicate);
//   - kind: missing (Required) or unknown (NotSupported);
//   - on: missing (Required);
//   - a result's item: missing (Required), naming no item of the checklist
//     (NotFound), or answered twice in one evaluation (Duplicate, at the
//     later result);
//   - a result's outcome: missing (Required) or unknown (NotSupported).
//
// What a well-formed evaluation says about the policy (a non-compliant
// item) is for Summarize and ReviewDue, not a problem here.
func ValidateEvaluations(evals []Evaluation, required []Requirement, at field.Path) field.List {
	var errs field.List
	items := newItemIndex(required)
	ids := field.NewIDs(at, lang.Of("評価（監査・自己点検）", "an evaluation"), len(evals))
	for i := range evals {
		e := &evals[i]
		p := at.Index(i)
		if err := ids.Check(i, e.ID); err != nil {
			errs = append(errs, err)
		}
		switch {
		case e.Kind == 0:
			errs = append(errs, field.Required(p.Child("kind"), lang.Of(
				"監査か自己点検かが指定されていない", "an evaluation states whether it is an audit or a self-inspection")))
		case !e.Kind.Valid():
			errs = append(errs, field.NotSupported(p.Child("kind"), e.Kind, EvaluationKinds()))
		}
		if e.On.IsZero() {
			errs = append(errs, field.Required(p.Child("on"), lang.Of("実施日がない", "an evaluation states the day it was done")))
		}
		items.next()
		var repeats firstAnswers
		for j := range e.Results {
			r := &e.Results[j]
			q := func() field.Path { return p.Child("results").Index(j) } // built only for a problem
			switch k := items.find(r.Item); {
			case blankString(r.Item):
				errs = append(errs, field.Required(q().Child("item"), lang.Of("点検項目が指定されていない", "a result names its checklist item")))
			case k == noItem:
				errs = append(errs, field.NotFound(q().Child("item"), r.Item, lang.Of(
					"このIDの点検項目がない", "no checklist item has this id")))
			case items.answer(k):
				prev := string(p.Child("results").Index(repeats.of(e.Results, j)))
				errs = append(errs, field.Duplicate(q().Child("item"), r.Item, lang.Of(
					"同じ評価で既に結果がある（"+prev+"）", "result "+prev+" of the same evaluation answers this item")))
			}
			switch {
			case r.Outcome == 0:
				errs = append(errs, field.Required(q().Child("outcome"), lang.Of("結果が指定されていない", "a result states its outcome")))
			case !r.Outcome.Valid():
				errs = append(errs, field.NotSupported(q().Child("outcome"), r.Outcome, Outcomes()))
			}
		}
	}
	return errs
}

// firstAnswers finds, for a result that answers an item again, the
// evaluation's first result for that item. It is built on the first
// repeat and grown as later repeats need, so that an evaluation without
// repeats, the common case, costs nothing, and one made of repeats costs
// one pass.
type firstAnswers struct {
	first map[string]int // item id → the index of its first result
	upto  int            // the results read into first
}

// of returns the index of the first result of results that answers the
// item of results[j], j > that index.
func (a *firstAnswers) of(results []Result, j int) int {
	if a.first == nil {
		a.first = map[string]int{}
	}
	for ; a.upto < j; a.upto++ {
		if _, ok := a.first[results[a.upto].Item]; !ok {
			a.first[results[a.upto].Item] = a.upto
		}
	}
	return a.first[results[j].Item]
}

// blankString reports whether s is empty or white space only.
func blankString(s string) bool { return strings.TrimSpace(s) == "" }

// Counts is how many checklist items an evaluation found in each outcome.
type Counts struct {
	Compliant    int `json:"compliant"`
	NonCompliant int `json:"nonCompliant"`
	NotChecked   int `json:"notChecked"` // items answered "not checked", and items without a result
}

// Total returns the number of items counted.
func (c Counts) Total() int { return c.Compliant + c.NonCompliant + c.NotChecked }

// Judged returns the number of items found compliant or non-compliant: the
// denominator of the compliance rate.
func (c Counts) Judged() int { return c.Compliant + c.NonCompliant }

// Rate returns the compliance rate, compliant / (compliant +
// non-compliant), between 0 and 1, with ok true. When no item was judged
// (the denominator is zero) there is no rate: Rate returns 0 and false,
// and a report says "no rate" (RateText) rather than 0% or 100%, since
// nothing was found either way.
func (c Counts) Rate() (rate float64, ok bool) {
	if c.Judged() == 0 {
		return 0, false
	}
	return float64(c.Compliant) / float64(c.Judged()), true
}

// RateText returns the compliance rate as a percentage with one decimal
// ("87.5%"), or "no rate" in both languages when no item was judged.
func (c Counts) RateText() lang.Text {
	r, ok := c.Rate()
	if !ok {
		return lang.Of("適合率なし（適合・不適合の判定がない）", "no rate (no item judged)")
	}
	s := strconv.FormatFloat(100*r, 'f', 1, 64) + "%"
	return lang.Of(s, s)
}

// add counts one item of outcome o; anything but compliant or
// non-compliant counts as not checked.
func (c *Counts) add(o Outcome) {
	switch o {
	case Compliant:
		c.Compliant++
	case NonCompliant:
		c.NonCompliant++
	default:
		c.NotChecked++
	}
}

// ControlCounts is the outcome counts of the items of one control.
type ControlCounts struct {
	Control Control       `json:"control"`
	Clause  clause.Clause `json:"clause"` // the clause the control rests on
	Counts
}

// ClauseCounts is the outcome counts of the items whose controls rest on
// one clause.
type ClauseCounts struct {
	Clause clause.Clause `json:"clause"`
	Counts
}

// Summary is what one evaluation found over a whole checklist.
type Summary struct {
	Evaluation string          `json:"evaluation"` // the evaluation's id
	Kind       EvaluationKind  `json:"kind"`
	On         date.Date       `json:"on"`
	Total      Counts          `json:"total"`    // over every item of the checklist
	Controls   []ControlCounts `json:"controls"` // per control with at least one item, in catalog order
	Clauses    []ClauseCounts  `json:"clauses"`  // per clause with at least one item, in the policy's order
}

// Summarize counts the outcomes of evaluation e over the checklist items,
// in total, per control (in catalog order) and per clause (in the policy's
// order), with each count's compliance rate (Counts.Rate).
//
// Every item of the checklist is counted exactly once: an item without a
// result counts as not checked, since nothing shows it was looked at, and
// an item answered more than once (a problem ValidateEvaluations reports)
// counts with its worst answer (non-compliant, then not checked, then
// compliant), so that a repeated answer never improves the count. An
// unknown outcome counts as not checked. A result naming no item of the
// checklist is not counted. An item whose control is not in the catalog
// counts in the total and its clause only. Each item is counted under the
// item's clause (Item.Clause).
func Summarize(e Evaluation, items []Item) Summary {
	answer := make(map[string]Outcome, len(e.Results))
	for _, r := range e.Results {
		if prev, ok := answer[r.Item]; !ok || outcomeWorse(r.Outcome, prev) {
			answer[r.Item] = r.Outcome
		}
	}
	s := Summary{Evaluation: e.ID, Kind: e.Kind, On: e.On}
	var perControl [256]*ControlCounts
	perClause := map[clause.Clause]*ClauseCounts{}
	counted := make(map[string]bool, len(items))
	for i := range items {
		it := &items[i]
		if counted[it.ID] {
			continue
		}
		counted[it.ID] = true
		o := answer[it.ID]
		s.Total.add(o)
		if it.Control.Valid() {
			cc := perControl[it.Control]
			if cc == nil {
				cc = &ControlCounts{Control: it.Control, Clause: it.Control.Clause()}
				perControl[it.Control] = cc
			}
			cc.add(o)
		}
		kc := perClause[it.Clause]
		if kc == nil {
			kc = &ClauseCounts{Clause: it.Clause}
			perClause[it.Clause] = kc
		}
		kc.add(o)
	}
	for _, cc := range perControl {
		if cc != nil {
			s.Controls = append(s.Controls, *cc)
		}
	}
	for _, kc := range perClause {
		s.Clauses = append(s.Clauses, *kc)
	}
	slices.SortFunc(s.Clauses, func(a, b ClauseCounts) int { return int(a.Clause) - int(b.Clause) })
	return s
}

// outcomeWorse reports whether outcome a is worse than b: non-compliant is
// worst, then not checked (or unknown), then compliant.
func outcomeWorse(a, b Outcome) bool { return outcomeRank(a) > outcomeRank(b) }

func outcomeRank(o Outcome) int {
	switch o {
	case Compliant:
		return 0
	case NonCompliant:
		return 2
	}
	return 1
}
