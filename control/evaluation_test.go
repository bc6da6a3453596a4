package control_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/jichitai-sec/policy/clause"
	"github.com/jichitai-sec/policy/control"
	"github.com/jichitai-sec/policy/date"
	"github.com/jichitai-sec/policy/field"
	"github.com/jichitai-sec/policy/internal/enum/enumtest"
	"github.com/jichitai-sec/policy/lang"
	"github.com/jichitai-sec/policy/policytest"
	"pgregory.net/rapid"
)

func TestClosedSetEvaluationKind(t *testing.T) {
	enumtest.Check(t, enumtest.Set[control.EvaluationKind]{
		Name: "control.EvaluationKind", All: control.EvaluationKinds(), Parse: control.ParseEvaluationKind,
		IDs: []string{"audit", "self-inspection"},
	})
	if control.EvaluationAudit.Ja() != "情報セキュリティ監査" || control.EvaluationSelfInspection.Ja() != "自己点検" {
		t.Error("the kinds of evaluation do not carry clause 7's terms")
	}
}

func TestClosedSetOutcome(t *testing.T) {
	enumtest.Check(t, enumtest.Set[control.Outcome]{
		Name: "control.Outcome", All: control.Outcomes(), Parse: control.ParseOutcome,
		IDs: []string{"compliant", "non-compliant", "not-checked"},
	})
}

// reviewProblem is a validation problem reduced to what the tests compare.
type reviewProblem struct {
	Path field.Path
	Kind field.Kind
}

func reviewProblemsOf(l field.List) []reviewProblem {
	var out []reviewProblem
	for _, e := range l {
		out = append(out, reviewProblem{e.Path, e.Kind})
	}
	return out
}

func reviewSortedProblems(l field.List) []policytest.Problem {
	var out []policytest.Problem
	for _, e := range l {
		out = append(out, policytest.Problem{Path: e.Path, Kind: e.Kind})
	}
	slices.SortFunc(out, func(a, b policytest.Problem) int { return strings.Compare(a.String(), b.String()) })
	return out
}

// reviewTwoRequired are two requirements, whose checklist, reviewTwoItems,
// the validation tables answer.
var (
	reviewTwoRequired = []control.Requirement{
		{Control: control.OrgCISO, Clause: clause.Organization, Reason: control.ReasonOrganization},
		{Control: control.AssetBackup, Clause: clause.AssetManagement, Asset: "juki", Reason: control.ReasonLevel},
	}
	reviewTwoItems = control.Checklist(reviewTwoRequired)
)

func reviewOkEvaluation(id string) control.Evaluation {
	return control.Evaluation{ID: id, Kind: control.EvaluationSelfInspection, On: date.MustParse("2026-05-20"),
		Results: []control.Result{{Item: "org-ciso", Outcome: control.Compliant}, {Item: "asset-backup@juki", Outcome: control.NonCompliant, Note: "世代管理なし"}}}
}

func TestValidateEvaluations(t *testing.T) {
	at := field.Root.Child("evaluations")
	e0 := at.Index(0)
	for _, c := range []struct {
		name   string
		change func(es []control.Evaluation) []control.Evaluation
		want   []reviewProblem
	}{
		{"valid", func(es []control.Evaluation) []control.Evaluation { return es }, nil},
		{"no results is no problem", func(es []control.Evaluation) []control.Evaluation { es[0].Results = nil; return es }, nil},
		{"missing id", func(es []control.Evaluation) []control.Evaluation { es[0].ID = " "; return es },
			[]reviewProblem{{e0.Child("id"), field.KindRequired}}},
		{"duplicate id", func(es []control.Evaluation) []control.Evaluation { return append(es, reviewOkEvaluation("ev-1")) },
			[]reviewProblem{{at.Index(1).Child("id"), field.KindDuplicate}}},
		{"missing kind", func(es []control.Evaluation) []control.Evaluation { es[0].Kind = 0; return es },
			[]reviewProblem{{e0.Child("kind"), field.KindRequired}}},
		{"unknown kind", func(es []control.Evaluation) []control.Evaluation { es[0].Kind = 9; return es },
			[]reviewProblem{{e0.Child("kind"), field.KindNotSupported}}},
		{"missing date", func(es []control.Evaluation) []control.Evaluation { es[0].On = date.Date{}; return es },
			[]reviewProblem{{e0.Child("on"), field.KindRequired}}},
		{"result without item", func(es []control.Evaluation) []control.Evaluation { es[0].Results[1].Item = ""; return es },
			[]reviewProblem{{e0.Child("results").Index(1).Child("item"), field.KindRequired}}},
		{"result naming no item", func(es []control.Evaluation) []control.Evaluation { es[0].Results[0].Item = "org-cio"; return es },
			[]reviewProblem{{e0.Child("results").Index(0).Child("item"), field.KindNotFound}}},
		{"item answered twice", func(es []control.Evaluation) []control.Evaluation {
			es[0].Results = append(es[0].Results, control.Result{Item: "org-ciso", Outcome: control.NotChecked})
			return es
		}, []reviewProblem{{e0.Child("results").Index(2).Child("item"), field.KindDuplicate}}},
		{"the same item in two evaluations is no problem", func(es []control.Evaluation) []control.Evaluation {
			return append(es, reviewOkEvaluation("ev-2"))
		}, nil},
		{"ids that only look like items", func(es []control.Evaluation) []control.Evaluation {
			for _, id := range []string{"org-ciso@", "org-ciso@juki", "asset-backup", "asset-backup@", "asset-backup@web", "@juki", "asset-backup@juki@juki", "Org-ciso"} {
				es[0].Results = append(es[0].Results, control.Result{Item: id, Outcome: control.Compliant})
			}
			return es
		}, []reviewProblem{
			{e0.Child("results").Index(2).Child("item"), field.KindNotFound}, {e0.Child("results").Index(3).Child("item"), field.KindNotFound},
			{e0.Child("results").Index(4).Child("item"), field.KindNotFound}, {e0.Child("results").Index(5).Child("item"), field.KindNotFound},
			{e0.Child("results").Index(6).Child("item"), field.KindNotFound}, {e0.Child("results").Index(7).Child("item"), field.KindNotFound},
			{e0.Child("results").Index(8).Child("item"), field.KindNotFound}, {e0.Child("results").Index(9).Child("item"), field.KindNotFound},
		}},
		{"missing outcome", func(es []control.Evaluation) []control.Evaluation { es[0].Results[0].Outcome = 0; return es },
			[]reviewProblem{{e0.Child("results").Index(0).Child("outcome"), field.KindRequired}}},
		{"unknown outcome", func(es []control.Evaluation) []control.Evaluation { es[0].Results[1].Outcome = 42; return es },
			[]reviewProblem{{e0.Child("results").Index(1).Child("outcome"), field.KindNotSupported}}},
		{"every problem at once", func(es []control.Evaluation) []control.Evaluation {
			es[0] = control.Evaluation{Results: []control.Result{{Item: "x"}}}
			return es
		}, []reviewProblem{
			{e0.Child("id"), field.KindRequired}, {e0.Child("kind"), field.KindRequired}, {e0.Child("on"), field.KindRequired},
			{e0.Child("results").Index(0).Child("item"), field.KindNotFound}, {e0.Child("results").Index(0).Child("outcome"), field.KindRequired},
		}},
	} {
		t.Run(c.name, func(t *testing.T) {
			es := c.change([]control.Evaluation{reviewOkEvaluation("ev-1")})
			errs := control.ValidateEvaluations(es, reviewTwoRequired, at)
			if d := cmp.Diff(c.want, reviewProblemsOf(errs)); d != "" {
				t.Errorf("problems (-want +got):\n%s\n%v", d, errs)
			}
			for _, e := range errs {
				if e.Detail.Ja == "" || e.Detail.En == "" {
					t.Errorf("%s: no explanation in one language", e.Path)
				}
			}
		})
	}
}

// TestValidateEvaluationsGenerated: the generators' valid evaluations pass,
// and the seeded ones report exactly the seeded problems.
func TestValidateEvaluationsGenerated(t *testing.T) {
	required := reviewRequired()
	items := control.Checklist(required)
	at := field.Root.Child("evaluations")
	rapid.Check(t, func(t *rapid.T) {
		if errs := control.ValidateEvaluations(policytest.Evaluations(items, 5).Draw(t, "valid"), required, at); len(errs) != 0 {
			t.Fatalf("valid evaluations reported:\n%v", errs)
		}
		s := policytest.InvalidEvaluations(items, at, 5).Draw(t, "seeded")
		if d := cmp.Diff(s.Problems, reviewSortedProblems(control.ValidateEvaluations(s.Evaluations, required, at))); d != "" {
			t.Fatalf("problems (-seeded +reported):\n%s", d)
		}
	})
}

// reviewSummaryItems is a checklist over three clauses, given out of catalog
// order, with one item listed twice.
var reviewSummaryItems = []control.Item{
	{ID: "tech-malware@web", Control: control.TechMalware, Asset: "web", Clause: clause.Technical},
	{ID: "asset-backup@juki", Control: control.AssetBackup, Asset: "juki", Clause: clause.AssetManagement},
	{ID: "org-ciso", Control: control.OrgCISO, Clause: clause.Organization},
	{ID: "asset-backup@lan", Control: control.AssetBackup, Asset: "lan", Clause: clause.AssetManagement},
	{ID: "org-csirt", Control: control.OrgCSIRT, Clause: clause.Organization},
	{ID: "asset-backup@web", Control: control.AssetBackup, Asset: "web", Clause: clause.AssetManagement},
	{ID: "org-ciso", Control: control.OrgCISO, Clause: clause.Organization},
}

func TestSummarize(t *testing.T) {
	e := control.Evaluation{ID: "audit-2026", Kind: control.EvaluationAudit, On: date.MustParse("2026-06-30"), Results: []control.Result{
		{Item: "org-ciso", Outcome: control.Compliant},
		{Item: "org-csirt", Outcome: control.NonCompliant},
		{Item: "asset-backup@juki", Outcome: control.Compliant},
		{Item: "asset-backup@juki", Outcome: control.NotChecked}, // answered twice: the worse answer counts
		{Item: "asset-backup@lan", Outcome: control.Compliant},
		{Item: "asset-backup@web", Outcome: control.Compliant},
		{Item: "asset-backup@web", Outcome: control.NonCompliant}, // answered twice: the worse answer counts
		{Item: "tech-malware@web", Outcome: 42},                   // unknown: not checked
		{Item: "ghost", Outcome: control.NonCompliant},            // no such item: not counted
	}}
	got := control.Summarize(e, reviewSummaryItems)
	want := control.Summary{
		Evaluation: "audit-2026", Kind: control.EvaluationAudit, On: date.MustParse("2026-06-30"),
		Total: control.Counts{Compliant: 2, NonCompliant: 2, NotChecked: 2},
		Controls: []control.ControlCounts{
			{Control: control.OrgCISO, Clause: clause.Organization, Counts: control.Counts{Compliant: 1}},
			{Control: control.OrgCSIRT, Clause: clause.Organization, Counts: control.Counts{NonCompliant: 1}},
			{Control: control.AssetBackup, Clause: clause.AssetManagement, Counts: control.Counts{Compliant: 1, NonCompliant: 1, NotChecked: 1}},
			{Control: control.TechMalware, Clause: clause.Technical, Counts: control.Counts{NotChecked: 1}},
		},
		Clauses: []control.ClauseCounts{
			{Clause: clause.Organization, Counts: control.Counts{Compliant: 1, NonCompliant: 1}},
			{Clause: clause.AssetManagement, Counts: control.Counts{Compliant: 1, NonCompliant: 1, NotChecked: 1}},
			{Clause: clause.Technical, Counts: control.Counts{NotChecked: 1}},
		},
	}
	if d := cmp.Diff(want, got, policytest.CmpOptions()); d != "" {
		t.Fatalf("Summarize (-want +got):\n%s", d)
	}
	rates := []struct {
		c    control.Counts
		rate float64
		ok   bool
		text string
	}{
		{got.Total, 0.5, true, "50.0%"},
		{got.Controls[0].Counts, 1, true, "100.0%"},
		{got.Controls[1].Counts, 0, true, "0.0%"},
		{got.Controls[2].Counts, 0.5, true, "50.0%"},
		{got.Controls[3].Counts, 0, false, "no rate (no item judged)"},
		{got.Clauses[0].Counts, 0.5, true, "50.0%"},
		{control.Counts{Compliant: 7, NonCompliant: 1, NotChecked: 100}, 0.875, true, "87.5%"},
		{control.Counts{Compliant: 2, NonCompliant: 1}, 2.0 / 3.0, true, "66.7%"},
		{control.Counts{}, 0, false, "no rate (no item judged)"},
	}
	for _, r := range rates {
		rate, ok := r.c.Rate()
		if rate != r.rate || ok != r.ok || r.c.RateText().En != r.text {
			t.Errorf("%+v: Rate() = %v, %v, RateText %q; want %v, %v, %q", r.c, rate, ok, r.c.RateText().En, r.rate, r.ok, r.text)
		}
	}
	if got := (control.Counts{}).RateText(); got != lang.Of("適合率なし（適合・不適合の判定がない）", "no rate (no item judged)") {
		t.Errorf("RateText of nothing judged = %q", got)
	}
	if c := (control.Counts{Compliant: 3, NonCompliant: 2, NotChecked: 4}); c.Total() != 9 || c.Judged() != 5 {
		t.Errorf("Total, Judged = %d, %d; want 9, 5", c.Total(), c.Judged())
	}

	// No results at all: every item is not checked, and there is no rate.
	empty := control.Summarize(control.Evaluation{ID: "e"}, reviewSummaryItems)
	if empty.Total != (control.Counts{NotChecked: 6}) {
		t.Errorf("an evaluation without results counts %+v, want 6 not checked", empty.Total)
	}
	if _, ok := empty.Total.Rate(); ok {
		t.Error("an evaluation without results has a rate")
	}
}

// TestSummarizeProperties: every distinct item is counted once, in the
// total, under its control and under its clause; controls come in catalog
// order and clauses in the policy's order; answering an unanswered item
// compliant moves exactly one count from not checked to compliant.
func TestSummarizeProperties(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		s := policytest.Scheme().Draw(t, "scheme")
		assets := policytest.Assets(s, 4).Draw(t, "assets")
		items := control.Checklist(append(control.OrganizationRequired(field.Root), control.RequiredAll(assets, s, "/assets")...))
		e := policytest.Evaluation(items, "ev").Draw(t, "evaluation")
		got := control.Summarize(e, items)
		if got.Total.Total() != len(items) {
			t.Fatalf("total %d for %d items", got.Total.Total(), len(items))
		}
		var byControl, byClause control.Counts
		for i, c := range got.Controls {
			if i > 0 && c.Control <= got.Controls[i-1].Control {
				t.Fatalf("controls out of catalog order: %v after %v", c.Control, got.Controls[i-1].Control)
			}
			byControl = reviewAddCounts(byControl, c.Counts)
		}
		for i, c := range got.Clauses {
			if i > 0 && c.Clause <= got.Clauses[i-1].Clause {
				t.Fatalf("clauses out of order: %v after %v", c.Clause, got.Clauses[i-1].Clause)
			}
			byClause = reviewAddCounts(byClause, c.Counts)
		}
		if byControl != got.Total || byClause != got.Total {
			t.Fatalf("per control %+v, per clause %+v, total %+v", byControl, byClause, got.Total)
		}
		answered := map[string]bool{}
		for _, r := range e.Results {
			answered[r.Item] = true
		}
		for _, it := range items {
			if answered[it.ID] {
				continue
			}
			more := e
			more.Results = append(slices.Clone(e.Results), control.Result{Item: it.ID, Outcome: control.Compliant})
			after := control.Summarize(more, items).Total
			want := got.Total
			want.Compliant++
			want.NotChecked--
			if after != want {
				t.Fatalf("answering %s compliant: %+v, want %+v", it.ID, after, want)
			}
			break
		}
	})
}

func reviewAddCounts(a, b control.Counts) control.Counts {
	return control.Counts{Compliant: a.Compliant + b.Compliant, NonCompliant: a.NonCompliant + b.NonCompliant,
		NotChecked: a.NotChecked + b.NotChecked}
}

// TestValidateEvaluationsNamesTheFirstAnswer: each repeat of an item names
// the evaluation's first result for it, however the repeats interleave,
// and an unknown item repeated is not found each time, never a repeat.
func TestValidateEvaluationsNamesTheFirstAnswer(t *testing.T) {
	at := field.Root.Child("evaluations")
	e := reviewOkEvaluation("ev-1") // 0: org-ciso, 1: asset-backup@juki
	for _, id := range []string{"asset-backup@juki", "nothing", "org-ciso", "nothing", "asset-backup@juki"} {
		e.Results = append(e.Results, control.Result{Item: id, Outcome: control.Compliant})
	}
	var got []string
	for _, p := range control.ValidateEvaluations([]control.Evaluation{e}, reviewTwoRequired, at) {
		got = append(got, p.Kind.String()+" "+string(p.Path)+" "+p.Detail.En)
	}
	r := "/evaluations/0/results/"
	want := []string{
		"duplicate " + r + "2/item result " + r + "1 of the same evaluation answers this item",
		"not-found " + r + "3/item no checklist item has this id",
		"duplicate " + r + "4/item result " + r + "0 of the same evaluation answers this item",
		"not-found " + r + "5/item no checklist item has this id",
		"duplicate " + r + "6/item result " + r + "1 of the same evaluation answers this item",
	}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("problems (-want +got):\n%s", d)
	}
}
