package control_test

import (
	"maps"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/jichitai-sec/policy/clause"
	"github.com/jichitai-sec/policy/control"
	"github.com/jichitai-sec/policy/date"
	"github.com/jichitai-sec/policy/field"
	"github.com/jichitai-sec/policy/finding"
	"github.com/jichitai-sec/policy/internal/enum/enumtest"
	"github.com/jichitai-sec/policy/policytest"
	"github.com/jichitai-sec/policy/threat"
	"pgregory.net/rapid"
)

func TestClosedSetChangeKind(t *testing.T) {
	enumtest.Check(t, enumtest.Set[control.ChangeKind]{
		Name: "control.ChangeKind", All: control.ChangeKinds(), Parse: control.ParseChangeKind,
		IDs: []string{"condition", "new-threat"},
	})
}

func TestValidateChanges(t *testing.T) {
	at := field.Root.Child("changes")
	c0 := at.Index(0)
	ok := func() control.Change {
		return control.Change{ID: "chg-1", On: date.MustParse("2026-05-01"), Kind: control.ChangeNewThreat, Threat: threat.Malware, Note: "ランサムウェア"}
	}
	for _, c := range []struct {
		name   string
		change func(cs []control.Change) []control.Change
		want   []reviewProblem
	}{
		{"valid", func(cs []control.Change) []control.Change { return cs }, nil},
		{"changed conditions need no threat", func(cs []control.Change) []control.Change {
			cs[0].Kind, cs[0].Threat = control.ChangeCondition, 0
			return cs
		}, nil},
		{"missing id", func(cs []control.Change) []control.Change { cs[0].ID = ""; return cs },
			[]reviewProblem{{c0.Child("id"), field.KindRequired}}},
		{"duplicate id", func(cs []control.Change) []control.Change { return append(cs, ok()) },
			[]reviewProblem{{at.Index(1).Child("id"), field.KindDuplicate}}},
		{"missing date", func(cs []control.Change) []control.Change { cs[0].On = date.Date{}; return cs },
			[]reviewProblem{{c0.Child("on"), field.KindRequired}}},
		{"missing kind", func(cs []control.Change) []control.Change { cs[0].Kind = 0; return cs },
			[]reviewProblem{{c0.Child("kind"), field.KindRequired}}},
		{"unknown kind", func(cs []control.Change) []control.Change { cs[0].Kind = 3; return cs },
			[]reviewProblem{{c0.Child("kind"), field.KindNotSupported}}},
		{"a new threat naming none", func(cs []control.Change) []control.Change { cs[0].Threat = 0; return cs },
			[]reviewProblem{{c0.Child("threat"), field.KindRequired}}},
		{"unknown threat", func(cs []control.Change) []control.Change { cs[0].Threat = 99; return cs },
			[]reviewProblem{{c0.Child("threat"), field.KindNotSupported}}},
	} {
		t.Run(c.name, func(t *testing.T) {
			errs := control.ValidateChanges(c.change([]control.Change{ok()}), at)
			if d := cmp.Diff(c.want, reviewProblemsOf(errs)); d != "" {
				t.Errorf("problems (-want +got):\n%s\n%v", d, errs)
			}
		})
	}
}

func TestValidateChangesGenerated(t *testing.T) {
	at := field.Root.Child("changes")
	rapid.Check(t, func(t *rapid.T) {
		if errs := control.ValidateChanges(policytest.Changes(6).Draw(t, "valid"), at); len(errs) != 0 {
			t.Fatalf("valid changes reported:\n%v", errs)
		}
		s := policytest.InvalidChanges(at, 6).Draw(t, "seeded")
		if d := cmp.Diff(s.Problems, reviewSortedProblems(control.ValidateChanges(s.Changes, at))); d != "" {
			t.Fatalf("problems (-seeded +reported):\n%s", d)
		}
	})
}

// reviewWant is a finding reduced to what the tables pin; the clause, the
// further clause and the severity follow from the rule and are checked
// for every finding.
type reviewWant struct {
	Rule control.Rule
	Path field.Path
	IDs  []string
}

func reviewEval(id, on string, outcomes ...control.Outcome) control.Evaluation {
	e := control.Evaluation{ID: id, Kind: control.EvaluationSelfInspection, On: date.MustParse(on)}
	for i, o := range outcomes {
		e.Results = append(e.Results, control.Result{Item: reviewTwoItems[i].ID, Outcome: o})
	}
	return e
}

func reviewChange(id, on string) control.Change {
	c := control.Change{ID: id, Kind: control.ChangeCondition, Note: "組織改編"}
	if on != "" {
		c.On = date.MustParse(on)
	}
	return c
}

func reviewRisk(id string, level, accepted control.Level, tr control.Treatment) control.Assessed {
	return control.Assessed{Risk: control.Risk{ID: id, Threat: threat.InformationFraud, Assets: []string{"juki", "web"},
		Likelihood: control.LikelihoodMedium, Treatment: tr, Accepted: accepted}, Impact: control.LevelHigh, Level: level}
}

// TestReviewDue pins each rule of ReviewDue: which element it reports, at
// which path, naming which ids; and for every finding the clause (8), the
// further clause (7 for the rules about evaluations) and the severity (8
// is a firm duty: error).
func TestReviewDue(t *testing.T) {
	const (
		C, N, X = control.Compliant, control.NonCompliant, control.NotChecked
		H, M, L = control.LevelHigh, control.LevelMedium, control.LevelLow
	)
	evs := field.Root.Child("evaluations")
	chs := field.Root.Child("changes")
	rks := field.Root.Child("risks")
	recent := []control.Evaluation{reviewEval("ok", "2026-06-01", C, C)}
	for _, c := range []struct {
		name string
		in   control.ReviewInput
		want []reviewWant
	}{
		{"nothing due", control.ReviewInput{Evaluations: recent,
			Risks: []control.Assessed{reviewRisk("r", H, M, control.TreatmentReduce)}}, nil},

		// RuleReviewAfterFindings.
		{"the latest evaluation found non-compliance", control.ReviewInput{Evaluations: []control.Evaluation{
			reviewEval("self-2026", "2026-06-01", C, N)}},
			[]reviewWant{{control.RuleReviewAfterFindings, evs.Index(0), []string{"self-2026", "asset-backup@juki"}}}},
		{"every non-compliant item, in order, once", control.ReviewInput{Evaluations: []control.Evaluation{
			func() control.Evaluation {
				e := reviewEval("audit", "2026-06-01", N, N)
				e.Results = append(e.Results, control.Result{Item: "org-ciso", Outcome: N})
				return e
			}()}},
			[]reviewWant{{control.RuleReviewAfterFindings, evs.Index(0), []string{"audit", "org-ciso", "asset-backup@juki"}}}},
		{"a later compliant evaluation clears an earlier one", control.ReviewInput{Evaluations: []control.Evaluation{
			reviewEval("may", "2026-05-01", N, C), reviewEval("july", "2026-07-01", C, C)}}, nil},
		{"list order does not decide which is latest", control.ReviewInput{Evaluations: []control.Evaluation{
			reviewEval("july", "2026-07-01", C, C), reviewEval("may", "2026-05-01", N, C)}}, nil},
		{"an evaluation after asOf is not yet the latest", control.ReviewInput{Evaluations: []control.Evaluation{
			reviewEval("june", "2026-06-01", N, C), reviewEval("nov", "2026-11-01", C, C)}},
			[]reviewWant{{control.RuleReviewAfterFindings, evs.Index(0), []string{"june", "org-ciso"}}}},
		{"an evaluation that judged nothing hides nothing", control.ReviewInput{Evaluations: []control.Evaluation{
			reviewEval("june", "2026-06-01", N, C), reviewEval("aug", "2026-08-01", X, X), reviewEval("sep", "2026-09-01")}},
			[]reviewWant{{control.RuleReviewAfterFindings, evs.Index(0), []string{"june", "org-ciso"}}}},
		{"evaluations on the latest day are all the latest", control.ReviewInput{Evaluations: []control.Evaluation{
			reviewEval("a", "2026-06-01", N, C), reviewEval("b", "2026-06-01", C, C), reviewEval("c", "2026-06-01", C, N)}},
			[]reviewWant{
				{control.RuleReviewAfterFindings, evs.Index(0), []string{"a", "org-ciso"}},
				{control.RuleReviewAfterFindings, evs.Index(2), []string{"c", "asset-backup@juki"}},
			}},
		{"findings taken into the last review", control.ReviewInput{LastReview: date.MustParse("2026-06-01"), Evaluations: []control.Evaluation{
			reviewEval("before", "2026-05-01", N, N), reviewEval("same-day", "2026-06-01", N, N)}}, nil},
		{"never reviewed: every evaluation counts", control.ReviewInput{LastReview: date.Date{}, Evaluations: []control.Evaluation{
			reviewEval("old", "2026-01-10", N, C)}},
			[]reviewWant{{control.RuleReviewAfterFindings, evs.Index(0), []string{"old", "org-ciso"}}}},

		// RuleReviewChangedConditions.
		{"changes since the last review", control.ReviewInput{LastReview: date.MustParse("2026-04-01"), Evaluations: recent,
			Changes: []control.Change{
				reviewChange("before", "2026-03-01"), reviewChange("review-day", "2026-04-01"), reviewChange("since", "2026-05-01"),
				reviewChange("future", "2026-12-01"), reviewChange("undated", ""), reviewChange("as-of", "2026-10-01"),
			}},
			[]reviewWant{
				{control.RuleReviewChangedConditions, chs.Index(2), []string{"since"}},
				{control.RuleReviewChangedConditions, chs.Index(4), []string{"undated"}},
				{control.RuleReviewChangedConditions, chs.Index(5), []string{"as-of"}},
			}},
		{"a new threat", control.ReviewInput{Evaluations: recent, Changes: []control.Change{
			{ID: "ransomware", On: date.MustParse("2026-09-01"), Kind: control.ChangeNewThreat, Threat: threat.Malware}}},
			[]reviewWant{{control.RuleReviewChangedConditions, chs.Index(0), []string{"ransomware"}}}},

		// RuleReviewUntreatedRisk.
		{"untreated risks above the accepted level", control.ReviewInput{Evaluations: recent, Risks: []control.Assessed{
			reviewRisk("high-untreated", H, M, 0),
			reviewRisk("high-reduced", H, M, control.TreatmentReduce),
			reviewRisk("high-accepted-on-record", H, L, control.TreatmentAccept),
			reviewRisk("at-accepted", M, M, 0),
			reviewRisk("below-accepted", L, H, 0),
			reviewRisk("nothing-accepted", L, 0, 0),
			reviewRisk("unknown-treatment", M, L, 9),
		}},
			[]reviewWant{
				{control.RuleReviewUntreatedRisk, rks.Index(0), []string{"high-untreated", "juki", "web"}},
				{control.RuleReviewUntreatedRisk, rks.Index(5), []string{"nothing-accepted", "juki", "web"}},
				{control.RuleReviewUntreatedRisk, rks.Index(6), []string{"unknown-treatment", "juki", "web"}},
			}},

		// RuleReviewNoEvaluation.
		{"the latest evaluation is older than the interval", control.ReviewInput{Evaluations: []control.Evaluation{
			reviewEval("old", "2025-09-30", C, C), reviewEval("older", "2024-09-01", C, C)}},
			[]reviewWant{{control.RuleReviewNoEvaluation, evs, []string{"old"}}}},
		{"exactly the interval before asOf is within it", control.ReviewInput{Evaluations: []control.Evaluation{
			reviewEval("old", "2025-10-01", C, C)}}, nil},
		{"no evaluation at all", control.ReviewInput{},
			[]reviewWant{{control.RuleReviewNoEvaluation, evs, nil}}},
		{"only an evaluation after asOf", control.ReviewInput{Evaluations: []control.Evaluation{reviewEval("nov", "2026-11-01", C, C)}},
			[]reviewWant{{control.RuleReviewNoEvaluation, evs, nil}}},
		{"a recent evaluation that judged nothing does not count", control.ReviewInput{Evaluations: []control.Evaluation{
			reviewEval("blank", "2026-09-01", X), reviewEval("old", "2025-01-01", C)}},
			[]reviewWant{{control.RuleReviewNoEvaluation, evs, []string{"old"}}}},
		{"an undated evaluation does not count", control.ReviewInput{Evaluations: []control.Evaluation{
			{ID: "undated", Kind: control.EvaluationAudit, Results: []control.Result{{Item: "org-ciso", Outcome: C}}}}},
			[]reviewWant{{control.RuleReviewNoEvaluation, evs, nil}}},
		{"no interval set: always reported", control.ReviewInput{EvaluateEveryMonths: -1, Evaluations: recent},
			[]reviewWant{{control.RuleReviewNoEvaluation, evs, []string{"ok"}}}},
		{"no interval set and no evaluation", control.ReviewInput{EvaluateEveryMonths: -1},
			[]reviewWant{{control.RuleReviewNoEvaluation, evs, nil}}},

		{"every reason, in rule order", control.ReviewInput{
			Evaluations: []control.Evaluation{reviewEval("old", "2024-06-01", N, C)},
			Changes:     []control.Change{reviewChange("chg", "2025-01-01")},
			Risks:       []control.Assessed{reviewRisk("r", H, M, 0)}},
			[]reviewWant{
				{control.RuleReviewAfterFindings, evs.Index(0), []string{"old", "org-ciso"}},
				{control.RuleReviewChangedConditions, chs.Index(0), []string{"chg"}},
				{control.RuleReviewUntreatedRisk, rks.Index(0), []string{"r", "juki", "web"}},
				{control.RuleReviewNoEvaluation, evs, []string{"old"}},
			}},
	} {
		t.Run(c.name, func(t *testing.T) {
			in := c.in
			in.EvaluationsAt, in.ChangesAt, in.RisksAt = evs, chs, rks
			if in.EvaluateEveryMonths == 0 {
				in.EvaluateEveryMonths = 12
			} else if in.EvaluateEveryMonths < 0 {
				in.EvaluateEveryMonths = 0
			}
			got := control.ReviewDue(in, date.MustParse("2026-10-01"))
			var brief []reviewWant
			for _, f := range got {
				r, err := control.ParseRule(f.Rule)
				if err != nil {
					t.Fatalf("finding with unknown rule %q", f.Rule)
				}
				brief = append(brief, reviewWant{r, f.Path, f.IDs})
				checkReviewFinding(t, f, r)
			}
			if d := cmp.Diff(c.want, brief); d != "" {
				t.Errorf("findings (-want +got):\n%s", d)
			}
		})
	}
}

// checkReviewFinding holds a finding of review rule r to what the rule
// says: clause 8, the rule's further clause (7 for the rules about
// evaluations, none otherwise), error severity, and text in both
// languages starting with the rule's own.
func checkReviewFinding(t interface {
	Helper()
	Errorf(string, ...any)
}, f finding.Finding, r control.Rule) {
	t.Helper()
	var wantAlso []clause.Clause
	switch r {
	case control.RuleReviewAfterFindings, control.RuleReviewNoEvaluation:
		wantAlso = []clause.Clause{clause.AuditAndSelfInspection}
	case control.RuleReviewChangedConditions, control.RuleReviewUntreatedRisk:
	default:
		t.Errorf("ReviewDue reported rule %s, which is not a review rule", r)
	}
	if f.Clause != clause.Review || !slices.Equal(f.Also, wantAlso) || f.Severity != finding.Error {
		t.Errorf("%s: clause %s, also %v, severity %s; want 8, %v, error", r, f.Clause, f.Also, f.Severity, wantAlso)
	}
	if len(f.Text.Ja) <= len(r.Ja()) || len(f.Text.En) <= len(r.En()) || f.Text.Ja[:len(r.Ja())] != r.Ja() || f.Text.En[:len(r.En())] != r.En() {
		t.Errorf("%s: text %q does not start with the rule's and say more", r, f.Text)
	}
}

// reviewCase is a generated review: a checklist of a generated register,
// evaluations against it, changes, assessed risks, a last review (or none),
// an interval (or none) and asOf.
type reviewCase struct {
	in   control.ReviewInput
	asOf date.Date
	// items is the checklist the evaluations answer.
	items []control.Item
}

func drawReviewCase(t *rapid.T) reviewCase {
	s := policytest.Scheme().Draw(t, "scheme")
	assets := policytest.Assets(s, 3).Draw(t, "assets")
	items := control.Checklist(append(control.OrganizationRequired(field.Root), control.RequiredAll(assets, s, "/assets")...))
	in := control.ReviewInput{
		Evaluations: policytest.Evaluations(items, 4).Draw(t, "evaluations"), EvaluationsAt: "/evaluations",
		Changes: policytest.Changes(4).Draw(t, "changes"), ChangesAt: "/changes",
		RisksAt:             "/risks",
		EvaluateEveryMonths: rapid.IntRange(-1, 36).Draw(t, "interval"),
	}
	if rapid.Bool().Draw(t, "reviewed") {
		in.LastReview = policytest.Date().Draw(t, "lastReview")
	}
	if len(assets) > 0 {
		risks := policytest.Risks(assets, 4).Draw(t, "risks")
		in.Risks, _ = control.AssessRisks(risks, assets, s, in.RisksAt)
	}
	return reviewCase{in: in, asOf: policytest.Date().Draw(t, "asOf"), items: items}
}

// reviewKeys returns the rule and path of each finding: what a finding is
// about, apart from its wording.
func reviewKeys(fs []finding.Finding) map[string]int {
	out := map[string]int{}
	for _, f := range fs {
		out[f.Rule+" "+string(f.Path)]++
	}
	return out
}

func cloneReviewInput(in control.ReviewInput) control.ReviewInput {
	out := in
	out.Evaluations = slices.Clone(in.Evaluations)
	for i := range out.Evaluations {
		out.Evaluations[i].Results = slices.Clone(in.Evaluations[i].Results)
	}
	out.Changes = slices.Clone(in.Changes)
	out.Risks = slices.Clone(in.Risks)
	for i := range out.Risks {
		out.Risks[i].Assets = slices.Clone(in.Risks[i].Assets)
	}
	return out
}

// TestReviewDueProperties: ReviewDue is deterministic and leaves its input
// alone; every finding is a review rule's, cites 8 and comes in rule
// order; adding a compliant result never adds a reason; recording a
// reduction for an untreated risk removes that risk's finding and nothing
// else; a later last review never adds a reason; and setting no interval
// always reports RuleReviewNoEvaluation.
func TestReviewDueProperties(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		c := drawReviewCase(t)
		saved := cloneReviewInput(c.in)
		got := control.ReviewDue(c.in, c.asOf)
		if d := cmp.Diff(saved, c.in, policytest.CmpOptions()); d != "" {
			t.Fatalf("ReviewDue changed its input:\n%s", d)
		}
		if d := cmp.Diff(got, control.ReviewDue(cloneReviewInput(c.in), c.asOf)); d != "" {
			t.Fatalf("ReviewDue is not deterministic:\n%s", d)
		}
		last := control.Rule(0)
		for _, f := range got {
			r, err := control.ParseRule(f.Rule)
			if err != nil {
				t.Fatalf("unknown rule %q", f.Rule)
			}
			if r < last {
				t.Fatalf("%s after %s: findings out of rule order", r, last)
			}
			last = r
			checkReviewFinding(t, f, r)
		}
		before := reviewKeys(got)

		if len(c.in.Evaluations) > 0 && len(c.items) > 0 {
			more := cloneReviewInput(c.in)
			i := rapid.IntRange(0, len(more.Evaluations)-1).Draw(t, "evaluation")
			item := rapid.SampledFrom(c.items).Draw(t, "item")
			more.Evaluations[i].Results = append(more.Evaluations[i].Results, control.Result{Item: item.ID, Outcome: control.Compliant})
			for k, n := range reviewKeys(control.ReviewDue(more, c.asOf)) {
				if n > before[k] {
					t.Fatalf("a compliant result for %s in %s added %s", item.ID, more.Evaluations[i].ID, k)
				}
			}
		}

		for i, a := range c.in.Risks {
			if a.Treatment.Valid() {
				continue
			}
			treated := cloneReviewInput(c.in)
			treated.Risks[i].Treatment = control.TreatmentReduce
			want := maps.Clone(before)
			key := control.RuleReviewUntreatedRisk.String() + " " + string(c.in.RisksAt.Index(i))
			if a.Untreated() {
				want[key]--
				if want[key] == 0 {
					delete(want, key)
				}
			}
			if d := cmp.Diff(want, reviewKeys(control.ReviewDue(treated, c.asOf))); d != "" {
				t.Fatalf("reducing risk %s (-want +got):\n%s", a.ID, d)
			}
		}

		later := cloneReviewInput(c.in)
		later.LastReview = policytest.Date().Draw(t, "laterReview")
		if !later.LastReview.Before(c.in.LastReview) {
			for k, n := range reviewKeys(control.ReviewDue(later, c.asOf)) {
				if n > before[k] {
					t.Fatalf("a later review (%s, was %s) added %s", later.LastReview, c.in.LastReview, k)
				}
			}
		}

		unset := cloneReviewInput(c.in)
		unset.EvaluateEveryMonths = rapid.IntRange(-12, 0).Draw(t, "noInterval")
		if reviewKeys(control.ReviewDue(unset, c.asOf))[control.RuleReviewNoEvaluation.String()+" /evaluations"] != 1 {
			t.Fatal("no interval set, and RuleReviewNoEvaluation not reported")
		}
	})
}
