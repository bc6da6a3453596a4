package policytest_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/jichitai-sec/policy/asset"
	"github.com/jichitai-sec/policy/control"
	"github.com/jichitai-sec/policy/field"
	"github.com/jichitai-sec/policy/policytest"
	"pgregory.net/rapid"
)

// reviewRegisterItems is the checklist of the organization and a generated
// register, and the register.
func reviewRegisterItems(t *rapid.T) ([]control.Item, []asset.Asset, asset.Scheme) {
	_, items, assets, s := reviewRegisterRequired(t)
	return items, assets, s
}

// reviewRegisterRequired draws a register and returns the requirements of
// the organization and its assets, their checklist, the register and its
// scheme.
func reviewRegisterRequired(t *rapid.T) ([]control.Requirement, []control.Item, []asset.Asset, asset.Scheme) {
	s := policytest.Scheme().Draw(t, "scheme")
	assets := policytest.Assets(s, 4).Draw(t, "assets")
	required := append(control.OrganizationRequired(field.Root), control.RequiredAll(assets, s, "/assets")...)
	return required, control.Checklist(required), assets, s
}

func reviewSortedProblems(l field.List) []policytest.Problem {
	var out []policytest.Problem
	for _, e := range l {
		out = append(out, policytest.Problem{Path: e.Path, Kind: e.Kind})
	}
	slices.SortFunc(out, func(a, b policytest.Problem) int { return strings.Compare(a.String(), b.String()) })
	return out
}

// TestEvaluationsContract: generated evaluations have unique ids, known
// kinds, dates, and answer only items of the checklist, each at most once
// per evaluation; the validator agrees.
func TestEvaluationsContract(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		required, items, _, _ := reviewRegisterRequired(t)
		known := map[string]bool{}
		for _, it := range items {
			known[it.ID] = true
		}
		evals := policytest.Evaluations(items, 5).Draw(t, "evaluations")
		ids := map[string]bool{}
		for _, e := range evals {
			if e.ID == "" || ids[e.ID] || !e.Kind.Valid() || e.On.IsZero() {
				t.Fatalf("evaluation %+v: id, kind or date", e)
			}
			ids[e.ID] = true
			answered := map[string]bool{}
			for _, r := range e.Results {
				if !known[r.Item] || answered[r.Item] || !r.Outcome.Valid() {
					t.Fatalf("evaluation %s: result %+v", e.ID, r)
				}
				answered[r.Item] = true
			}
		}
		if errs := control.ValidateEvaluations(evals, required, "/evaluations"); len(errs) != 0 {
			t.Fatalf("ValidateEvaluations reported:\n%v", errs)
		}
	})
}

// TestInvalidEvaluationsContract: at least one problem is seeded, every
// problem lies under the base path, and the validator reports exactly the
// seeded problems.
func TestInvalidEvaluationsContract(t *testing.T) {
	at := field.Root.Child("evaluations")
	rapid.Check(t, func(t *rapid.T) {
		required, items, _, _ := reviewRegisterRequired(t)
		s := policytest.InvalidEvaluations(items, at, 5).Draw(t, "seeded")
		if len(s.Evaluations) == 0 || len(s.Problems) == 0 {
			t.Fatalf("%d evaluations, %d problems", len(s.Evaluations), len(s.Problems))
		}
		for _, p := range s.Problems {
			if !strings.HasPrefix(string(p.Path), string(at)+"/") {
				t.Fatalf("problem %s outside %s", p, at)
			}
		}
		if d := cmp.Diff(s.Problems, reviewSortedProblems(control.ValidateEvaluations(s.Evaluations, required, at))); d != "" {
			t.Fatalf("problems (-seeded +reported):\n%s", d)
		}
	})
}

// TestRisksContract: generated risks have unique ids, a threat of the
// catalog, one to three distinct assets of the register, a likelihood, an
// accepted level and a treatment or none; AssessRisks agrees.
func TestRisksContract(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		_, assets, s := reviewRegisterItems(t)
		if len(assets) == 0 {
			return
		}
		known := map[string]bool{}
		for _, a := range assets {
			known[a.ID] = true
		}
		rs := policytest.Risks(assets, 5).Draw(t, "risks")
		ids := map[string]bool{}
		for _, r := range rs {
			if r.ID == "" || ids[r.ID] || !r.Threat.Valid() || !r.Likelihood.Valid() || !r.Accepted.Valid() ||
				(r.Treatment != 0 && !r.Treatment.Valid()) || len(r.Assets) == 0 || len(r.Assets) > 3 {
				t.Fatalf("risk %+v", r)
			}
			ids[r.ID] = true
			for i, id := range r.Assets {
				if !known[id] || slices.Contains(r.Assets[:i], id) {
					t.Fatalf("risk %s names asset %q", r.ID, id)
				}
			}
		}
		if _, errs := control.AssessRisks(rs, assets, s, "/risks"); len(errs) != 0 {
			t.Fatalf("AssessRisks reported:\n%v", errs)
		}
	})
}

func TestInvalidRisksContract(t *testing.T) {
	at := field.Root.Child("risks")
	rapid.Check(t, func(t *rapid.T) {
		_, assets, s := reviewRegisterItems(t)
		if len(assets) == 0 {
			return
		}
		seeded := policytest.InvalidRisks(assets, at, 5).Draw(t, "seeded")
		if len(seeded.Risks) == 0 || len(seeded.Problems) == 0 {
			t.Fatalf("%d risks, %d problems", len(seeded.Risks), len(seeded.Problems))
		}
		got, errs := control.AssessRisks(seeded.Risks, assets, s, at)
		if len(got) != len(seeded.Risks) {
			t.Fatalf("%d assessments for %d risks", len(got), len(seeded.Risks))
		}
		if d := cmp.Diff(seeded.Problems, reviewSortedProblems(errs)); d != "" {
			t.Fatalf("problems (-seeded +reported):\n%s", d)
		}
	})
}

func TestRiskGeneratorsNeedAnAsset(t *testing.T) {
	defer func() {
		if recover() == nil {
			t.Error("Risks of an empty register did not panic")
		}
	}()
	policytest.Risks(nil, 3)
}

// TestChangesContract: generated changes have unique ids, dates and known
// kinds, and a new threat names one; ValidateChanges agrees. Seeded ones
// report exactly the seeded problems.
func TestChangesContract(t *testing.T) {
	at := field.Root.Child("changes")
	rapid.Check(t, func(t *rapid.T) {
		cs := policytest.Changes(5).Draw(t, "changes")
		ids := map[string]bool{}
		for _, c := range cs {
			if c.ID == "" || ids[c.ID] || c.On.IsZero() || !c.Kind.Valid() ||
				(c.Kind == control.ChangeNewThreat && !c.Threat.Valid()) || (c.Threat != 0 && !c.Threat.Valid()) {
				t.Fatalf("change %+v", c)
			}
			ids[c.ID] = true
		}
		if errs := control.ValidateChanges(cs, at); len(errs) != 0 {
			t.Fatalf("ValidateChanges reported:\n%v", errs)
		}
		s := policytest.InvalidChanges(at, 5).Draw(t, "seeded")
		if len(s.Problems) == 0 {
			t.Fatal("no problem seeded")
		}
		if d := cmp.Diff(s.Problems, reviewSortedProblems(control.ValidateChanges(s.Changes, at))); d != "" {
			t.Fatalf("problems (-seeded +reported):\n%s", d)
		}
	})
}

func TestReviewValueGenerators(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		if k := policytest.EvaluationKind().Draw(t, "kind"); !k.Valid() {
			t.Fatalf("kind %s", k)
		}
		if o := policytest.Outcome().Draw(t, "outcome"); !o.Valid() {
			t.Fatalf("outcome %s", o)
		}
		if l := policytest.Likelihood().Draw(t, "likelihood"); !l.Valid() {
			t.Fatalf("likelihood %s", l)
		}
		if l := policytest.RiskLevel().Draw(t, "level"); !l.Valid() {
			t.Fatalf("level %s", l)
		}
		if tr := policytest.Treatment().Draw(t, "treatment"); tr != 0 && !tr.Valid() {
			t.Fatalf("treatment %s", tr)
		}
		if k := policytest.ChangeKind().Draw(t, "changeKind"); !k.Valid() {
			t.Fatalf("change kind %s", k)
		}
	})
}
