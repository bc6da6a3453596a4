package vendors_test

import (
	"slices"
	"strconv"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/jichitai-sec/policy/asset"
	"github.com/jichitai-sec/policy/clause"
	"github.com/jichitai-sec/policy/date"
	"github.com/jichitai-sec/policy/field"
	"github.com/jichitai-sec/policy/finding"
	"github.com/jichitai-sec/policy/vendors"
)

const (
	W = finding.Warning
	E = finding.Error
)

func TestCleanRegister(t *testing.T) {
	if errs := asset.Validate(refs.Assets, refs.Scheme, "/assets"); len(errs) > 0 {
		t.Fatalf("the shared assets are invalid: %v", errs)
	}
	if errs := vendors.Validate(clean(), refs, "/vendors"); len(errs) > 0 {
		t.Fatalf("Validate(clean) = %v", errs)
	}
	if fs := mustCheck(t, clean(), refs, asOf, defaults); len(fs) > 0 {
		t.Fatalf("Check(clean) = %v", fs)
	}
}

func TestCheck(t *testing.T) {
	for _, c := range []struct {
		name   string
		mutate func(r *vendors.Register)
		on     date.Date // asOf unless set
		opts   *vendors.Options
		want   []got
	}{
		// Contractors (8.1, 8.2).
		{name: "no selection criterion",
			mutate: func(r *vendors.Register) { r.Contractors[0].Selection = nil },
			want:   []got{{"vendor-no-selection", W, "/vendors/contractors/0/selection", "c1"}}},
		{name: "no contract (and so no comparison with the subcontractor)",
			mutate: func(r *vendors.Register) { r.Contractors[0].Contract = nil },
			want:   []got{{"vendor-no-contract", W, "/vendors/contractors/0/contract", "c1"}}},
		{name: "system work without the items of 8.2",
			mutate: func(r *vendors.Register) { r.Contractors[0].Contract.Requirements = vendors.Required(3, false) },
			want:   []got{{"vendor-contract-missing-requirements", W, "/vendors/contractors/0/contract/requirements", "c1 tax-roll"}}},
		{name: "the items of 8.2 are not called for without system work",
			mutate: func(r *vendors.Register) {
				r.Contractors[0].SystemWork, r.Contractors[1].SystemWork = nil, nil
				r.Contractors[0].Contract.Requirements = vendors.Required(3, false)
				r.Contractors[1].Contract.Requirements = vendors.Required(3, false)
			}},
		{name: "a contractor handling nothing still needs the baseline",
			mutate: func(r *vendors.Register) {
				r.Contractors = append(r.Contractors, vendors.Contractor{ID: "c3", Name: "清掃", Work: "庁舎清掃",
					Selection: []vendors.Criterion{vendors.CritTrackRecord}, Contract: &vendors.Contract{
						Start: date.MustParse("2026-04-01"), End: date.MustParse("2026-04-30")},
					Confirmation: &vendors.Confirmation{On: date.MustParse("2026-04-01"), Method: vendors.MethodReport}})
			},
			want: []got{{"vendor-contract-missing-requirements", W, "/vendors/contractors/2/contract/requirements", "c3"}}},
		{name: "band 1 needs the baseline only",
			mutate: func(r *vendors.Register) {
				r.Contractors[1].Assets = []string{"notices"}
				r.Contractors[1].SystemWork = nil
				r.Contractors[1].Contract.Requirements = vendors.Required(1, false)
				r.Contractors[0].Subcontractors = nil
			}},
		{name: "band 2 needs more than the baseline",
			mutate: func(r *vendors.Register) {
				r.Contractors[1].Assets = []string{"form"}
				r.Contractors[1].SystemWork = nil
				r.Contractors[1].Contract.Requirements = vendors.Required(1, false)
				r.Contractors[0].Subcontractors = nil
			},
			want: []got{{"vendor-contract-missing-requirements", W, "/vendors/contractors/1/contract/requirements", "c2 form"}}},
		{name: "an unclassified asset is read as band 3",
			mutate: func(r *vendors.Register) {
				r.Contractors[1].Assets = []string{"memo", "notices"}
				r.Contractors[1].SystemWork = nil
				r.Contractors[1].Contract.Requirements = vendors.Required(1, false)
				r.Contractors[0].Subcontractors = nil
			},
			want: []got{{"vendor-contract-missing-requirements", W, "/vendors/contractors/1/contract/requirements", "c2 memo"}}},
		{name: "contract ended while assets are handled",
			mutate: func(r *vendors.Register) { r.Contractors[0].Contract.End = date.MustParse("2026-05-31") },
			want:   []got{{"vendor-contract-not-in-force", W, "/vendors/contractors/0/contract/end", "c1"}}},
		{name: "contract in force on its last day",
			mutate: func(r *vendors.Register) { r.Contractors[0].Contract.End = asOf }},
		{name: "contract not yet started",
			mutate: func(r *vendors.Register) { r.Contractors[0].Contract.Start = date.MustParse("2026-06-02") },
			want:   []got{{"vendor-contract-not-in-force", W, "/vendors/contractors/0/contract/start", "c1"}}},
		{name: "an ended contract is no gap when nothing is handled",
			mutate: func(r *vendors.Register) {
				r.Contractors[1].Assets = nil
				r.Contractors[1].Contract.End = date.MustParse("2026-05-31")
			}},
		{name: "never confirmed",
			mutate: func(r *vendors.Register) { r.Contractors[0].Confirmation = nil },
			want:   []got{{"vendor-no-confirmation", W, "/vendors/contractors/0/confirmation", "c1"}}},
		{name: "confirmed only after the as-of date",
			mutate: func(r *vendors.Register) { r.Contractors[0].Confirmation.On = date.MustParse("2026-06-02") },
			want:   []got{{"vendor-no-confirmation", W, "/vendors/contractors/0/confirmation", "c1"}}},
		{name: "confirmation older than the interval",
			mutate: func(r *vendors.Register) { r.Contractors[0].Confirmation.On = date.MustParse("2025-05-31") },
			want:   []got{{"vendor-confirmation-stale", W, "/vendors/contractors/0/confirmation/on", "c1"}}},
		{name: "confirmation exactly one interval old",
			mutate: func(r *vendors.Register) { r.Contractors[0].Confirmation.On = date.MustParse("2025-06-01") }},
		{name: "no interval set: staleness not judged",
			mutate: func(r *vendors.Register) { r.Contractors[0].Confirmation.On = date.MustParse("2020-01-01") },
			opts:   &vendors.Options{}},
		{name: "subcontractor without its principal's requirements",
			mutate: func(r *vendors.Register) {
				r.Contractors[1].Contract.Requirements = slices.DeleteFunc(vendors.Requirements(), func(q vendors.Requirement) bool {
					return q == vendors.ReqDamages || q == vendors.ReqSystemWorkRecords
				})
			},
			want: []got{
				{"vendor-contract-missing-requirements", W, "/vendors/contractors/1/contract/requirements", "c2 tax-roll"},
				{"vendor-subcontractor-requirements", W, "/vendors/contractors/1/contract/requirements", "c2 c1"},
			}},
		{name: "a principal without a contract still binds its subcontractor",
			mutate: func(r *vendors.Register) {
				r.Contractors[0].Contract = nil
				r.Contractors[1].SystemWork = nil
				r.Contractors[1].Contract.Requirements = vendors.Required(3, false)
			},
			want: []got{
				{"vendor-no-contract", W, "/vendors/contractors/0/contract", "c1"},
				{"vendor-subcontractor-requirements", W, "/vendors/contractors/1/contract/requirements", "c2 c1"},
			}},
		{name: "what a principal's contract states beyond its calls binds nobody",
			mutate: func(r *vendors.Register) {
				r.Contractors[0].SystemWork, r.Contractors[1].SystemWork = nil, nil
				r.Contractors[1].Contract.Requirements = vendors.Required(3, false)
			}},
		{name: "subcontractor handling nothing: compared with nobody",
			mutate: func(r *vendors.Register) {
				r.Contractors[1].Assets = nil
				r.Contractors[1].Contract.Requirements = vendors.Required(1, true)
			}},
		{name: "subcontractor states more than its principal",
			mutate: func(r *vendors.Register) {
				r.Contractors[0].SystemWork = nil
				r.Contractors[0].Contract.Requirements = vendors.Required(3, false)
			}},
		{name: "My Number information through a system, no exception",
			mutate: func(r *vendors.Register) { r.Contractors[0].Assets = []string{"juki-system"} },
			want:   []got{{"vendor-mynumber-no-exception", W, "/vendors/contractors/0/exception", "c1 juki"}}},
		{name: "My Number information, exception expired",
			mutate: func(r *vendors.Register) {
				r.Contractors[0].Assets = []string{"juki"}
				r.Contractors[0].Exception = "EX-old"
			},
			want: []got{{"vendor-mynumber-no-exception", W, "/vendors/contractors/0/exception", "c1 juki EX-old"}}},
		{name: "My Number information, exception active",
			mutate: func(r *vendors.Register) {
				r.Contractors[0].Assets = []string{"juki-system"}
				r.Contractors[0].Exception = "EX-ok"
			}},

		// External services (8.3).
		{name: "confidential information in an unassessed service",
			mutate: func(r *vendors.Register) { r.Services[0].Assessment = vendors.AssessmentNone },
			want:   []got{{"cloud-unassessed", W, "/vendors/services/0/assessment", "s1 tax-roll"}}},
		{name: "band 2 in an unassessed service",
			mutate: func(r *vendors.Register) {
				r.Services[0].Assessment = vendors.AssessmentNone
				r.Services[0].Assets = []string{"notices", "form"}
			},
			want: []got{{"cloud-unassessed", W, "/vendors/services/0/assessment", "s1 form"}}},
		{name: "public information in an unassessed service",
			mutate: func(r *vendors.Register) {
				r.Services[0].Assessment = vendors.AssessmentNone
				r.Services[0].Assets = []string{"notices"}
			}},
		{name: "unclassified information in an unassessed service (fail closed)",
			mutate: func(r *vendors.Register) {
				r.Services[0].Assessment = vendors.AssessmentNone
				r.Services[0].Assets = []string{"memo"}
			},
			want: []got{{"cloud-unassessed", W, "/vendors/services/0/assessment", "s1 memo"}}},
		{name: "raised by the document",
			mutate: func(r *vendors.Register) { r.Services[0].Assessment = vendors.AssessmentNone },
			opts:   &vendors.Options{ConfirmEveryMonths: 12, Raise: map[vendors.Rule]finding.Severity{vendors.RuleCloudUnassessed: E}},
			want:   []got{{"cloud-unassessed", E, "/vendors/services/0/assessment", "s1 tax-roll"}}},
		{name: "a document cannot lower a severity",
			mutate: func(r *vendors.Register) {
				r.Services[0].Assessment = vendors.AssessmentNone
				r.Accounts[0].Responsible = ""
			},
			opts: &vendors.Options{ConfirmEveryMonths: 12, Raise: map[vendors.Rule]finding.Severity{
				vendors.RuleCloudUnassessed: finding.Info, vendors.RuleSocialNoResponsible: W}},
			want: []got{
				{"cloud-unassessed", W, "/vendors/services/0/assessment", "s1 tax-roll"},
				{"social-no-responsible", E, "/vendors/accounts/0/responsible", "x1 x2"},
			}},
		{name: "band 3 under ISMAP-LIU",
			mutate: func(r *vendors.Register) { r.Services[0].Assessment = vendors.AssessmentISMAPLIU },
			want:   []got{{"cloud-above-ismap-liu", W, "/vendors/services/0/assessment", "s1 tax-roll"}}},
		{name: "band 2 under ISMAP-LIU",
			mutate: func(r *vendors.Register) {
				r.Services[0].Assessment = vendors.AssessmentISMAPLIU
				r.Services[0].Assets = []string{"form"}
			}},
		{name: "My Number information in a service",
			mutate: func(r *vendors.Register) { r.Services[0].Assets = []string{"juki-system"} },
			want:   []got{{"cloud-mynumber-no-exception", W, "/vendors/services/0/exception", "s1 juki"}}},
		{name: "My Number information in a service, exception active",
			mutate: func(r *vendors.Register) {
				r.Services[0].Assets = []string{"juki-system"}
				r.Services[0].Exception = "EX-ok"
			}},
		{name: "a service holding assets without a contract",
			mutate: func(r *vendors.Register) { r.Services[0].Contract = nil },
			want:   []got{{"cloud-no-contract", W, "/vendors/services/0/contract", "s1"}}},
		{name: "a service holding nothing needs no contract",
			mutate: func(r *vendors.Register) {
				r.Services[0].Contract = nil
				r.Services[0].Assets = nil
			}},
		{name: "a service's contract ended",
			mutate: func(r *vendors.Register) { r.Services[0].Contract.End = date.MustParse("2026-05-31") },
			want:   []got{{"cloud-contract-not-in-force", W, "/vendors/services/0/contract/end", "s1"}}},

		// Social media.
		{name: "a service none of whose accounts names a responsible person (firm reading: error)",
			mutate: func(r *vendors.Register) { r.Accounts[0].Responsible = " " },
			want:   []got{{"social-no-responsible", E, "/vendors/accounts/0/responsible", "x1 x2"}}},
		{name: "reported at the account with the least id",
			mutate: func(r *vendors.Register) {
				r.Accounts[0].Responsible = ""
				r.Accounts[0].ID, r.Accounts[1].ID = "x9", "x3"
			},
			want: []got{{"social-no-responsible", E, "/vendors/accounts/1/responsible", "x3 x9"}}},
		{name: "one service covered, another not",
			mutate: func(r *vendors.Register) {
				a := r.Accounts[0]
				a.ID, a.Service, a.Responsible = "line", "LINE", ""
				r.Accounts = append(r.Accounts, a)
			},
			want: []got{{"social-no-responsible", E, "/vendors/accounts/2/responsible", "line"}}},
		{name: "not announced",
			mutate: func(r *vendors.Register) { r.Accounts[1].Announced = false },
			want:   []got{{"social-not-announced", W, "/vendors/accounts/1/announced", "x2"}}},
		{name: "no multi-factor authentication",
			mutate: func(r *vendors.Register) {
				r.Accounts[0].Credentials = []vendors.Credential{vendors.CredStrongPassword, vendors.CredLoginAlerts}
			},
			want: []got{{"social-weak-credentials", W, "/vendors/accounts/0/credentials", "x1"}}},
		{name: "a shared password never changed",
			mutate: func(r *vendors.Register) {
				r.Accounts[1].Credentials = []vendors.Credential{vendors.CredMultiFactor, vendors.CredSharedPassword}
			},
			want: []got{{"social-weak-credentials", W, "/vendors/accounts/1/credentials", "x2"}}},
		{name: "nobody holds the credentials",
			mutate: func(r *vendors.Register) { r.Accounts[1].CredentialHolders = nil },
			want:   []got{{"social-weak-credentials", W, "/vendors/accounts/1/credentials", "x2"}}},
		{name: "no takeover procedure",
			mutate: func(r *vendors.Register) { r.Accounts[0].TakeoverProcedure = "  " },
			want:   []got{{"social-no-takeover-procedure", W, "/vendors/accounts/0/takeoverProcedure", "x1"}}},
		{name: "confidentiality 2 planned for posting",
			mutate: func(r *vendors.Register) { r.Accounts[0].MaxPosting = asset.C2 },
			want:   []got{{"social-posting-above-1", W, "/vendors/accounts/0/maxPosting", "x1"}}},
		{name: "planned posting level not stated (fail closed)",
			mutate: func(r *vendors.Register) { r.Accounts[1].MaxPosting = 0 },
			want:   []got{{"social-posting-above-1", W, "/vendors/accounts/1/maxPosting", "x2"}}},

		// Dates fail closed.
		{name: "no as-of date",
			on: date.Date{},
			mutate: func(r *vendors.Register) {
				r.Contractors[1].Assets = []string{"juki"}
				r.Contractors[1].Exception = "EX-ok"
			},
			want: []got{
				{"vendor-contract-not-in-force", W, "/vendors/contractors/0/contract/end", "c1"},
				{"vendor-confirmation-stale", W, "/vendors/contractors/0/confirmation/on", "c1"},
				{"vendor-contract-not-in-force", W, "/vendors/contractors/1/contract/end", "c2"},
				{"vendor-confirmation-stale", W, "/vendors/contractors/1/confirmation/on", "c2"},
				{"vendor-mynumber-no-exception", W, "/vendors/contractors/1/exception", "c2 juki EX-ok"},
				{"cloud-contract-not-in-force", W, "/vendors/services/0/contract/end", "s1"},
			}},
	} {
		t.Run(c.name, func(t *testing.T) {
			r := clean()
			c.mutate(&r)
			on, o := asOf, defaults
			if c.name == "no as-of date" {
				on = c.on
			}
			if c.opts != nil {
				o = *c.opts
			}
			fs := mustCheck(t, r, refs, on, o)
			if diff := cmp.Diff(c.want, summary(fs)); diff != "" {
				t.Errorf("findings (-want +got):\n%s\n%v", diff, fs)
			}
			for _, f := range fs {
				rule, err := vendors.ParseRule(f.Rule)
				if err != nil {
					t.Fatalf("finding of unknown rule %q", f.Rule)
				}
				if f.Clause != clause.Outsourcing || !slices.Equal(f.Also, rule.Also()) {
					t.Errorf("%s cites %v %v, want 6(8) %v", f.Rule, f.Clause, f.Also, rule.Also())
				}
				if f.Text.Ja == "" || f.Text.En == "" {
					t.Errorf("%s: text %q", f.Rule, f.Text)
				}
			}
		})
	}
}

// Check refuses a register Validate finds problems in, and returns the
// problems.
func TestCheckFailsClosed(t *testing.T) {
	r := clean()
	r.Contractors[0].Assets = append(r.Contractors[0].Assets, "ghost")
	fs, err := vendors.Check(r, refs, asOf, defaults, "/vendors")
	var l field.List
	if fs != nil || err == nil {
		t.Fatalf("Check = %v, %v; want no findings and the problems", fs, err)
	}
	if l, _ = err.(field.List); len(l) != 1 || l[0].Path != "/vendors/contractors/0/assets/1" || l[0].Kind != field.KindNotFound {
		t.Errorf("error = %v", err)
	}
}

// An invalid scheme reads every level as band 3 (fail closed).
func TestCheckInvalidScheme(t *testing.T) {
	r := clean()
	r.Services[0].Assessment = vendors.AssessmentISMAPLIU
	r.Services[0].Assets = []string{"notices"}
	bad := refs
	bad.Scheme = 0
	found := summary(mustCheck(t, r, bad, asOf, defaults))
	want := []got{
		{"cloud-above-ismap-liu", W, "/vendors/services/0/assessment", "s1 notices"},
		{"social-posting-above-1", W, "/vendors/accounts/0/maxPosting", "x1"},
		{"social-posting-above-1", W, "/vendors/accounts/1/maxPosting", "x2"},
	}
	if diff := cmp.Diff(want, found); diff != "" {
		t.Errorf("findings (-want +got):\n%s", diff)
	}
}

// The findings come ordered by list, then id, then rule, whatever the
// order of the lists.
func TestCheckOrder(t *testing.T) {
	r := clean()
	r.Contractors[0].Selection, r.Contractors[0].Confirmation = nil, nil
	r.Contractors[1].Contract = nil
	r.Contractors[0], r.Contractors[1] = r.Contractors[1], r.Contractors[0]
	r.Services[0].Contract = nil
	r.Accounts[0].Announced, r.Accounts[1].Announced = false, false
	r.Accounts[0], r.Accounts[1] = r.Accounts[1], r.Accounts[0]
	want := []got{
		{"vendor-no-selection", W, "/vendors/contractors/1/selection", "c1"},
		{"vendor-no-confirmation", W, "/vendors/contractors/1/confirmation", "c1"},
		{"vendor-no-contract", W, "/vendors/contractors/0/contract", "c2"},
		{"cloud-no-contract", W, "/vendors/services/0/contract", "s1"},
		{"social-not-announced", W, "/vendors/accounts/1/announced", "x1"},
		{"social-not-announced", W, "/vendors/accounts/0/announced", "x2"},
	}
	if diff := cmp.Diff(want, summary(mustCheck(t, r, refs, asOf, defaults))); diff != "" {
		t.Errorf("findings (-want +got):\n%s", diff)
	}
}

func TestRules(t *testing.T) {
	for _, r := range vendors.Rules() {
		if r.Clause() != clause.Outsourcing {
			t.Errorf("%s cites %s", r, r.Clause())
		}
		if !r.Control().Valid() {
			t.Errorf("%s names no control", r)
		}
		want := finding.For(clause.Outsourcing)
		if r == vendors.RuleSocialNoResponsible {
			want = finding.Error
		}
		if r.Severity() != want {
			t.Errorf("%s: severity %s, want %s", r, r.Severity(), want)
		}
		if dep := r.Departure(); (r.Severity() != finding.For(r.Clause())) != (dep.Ja != "" && dep.En != "") {
			t.Errorf("%s: severity %s departs from %s, reason %q", r, r.Severity(), finding.For(r.Clause()), dep)
		}
		for _, a := range r.Also() {
			if !a.Valid() || a == r.Clause() {
				t.Errorf("%s: further clause %v", r, a)
			}
		}
	}
	var bad vendors.Rule
	if bad.Clause() != 0 || bad.Severity() != 0 || bad.Also() != nil || bad.Control() != 0 || !bad.Departure().IsZero() {
		t.Error("the zero Rule answers as a rule")
	}
}

// The reading of which requirement a classification calls for.
func TestRequired(t *testing.T) {
	ids := func(rs []vendors.Requirement) []string {
		out := make([]string, len(rs))
		for i, r := range rs {
			out[i] = r.String()
		}
		return out
	}
	base := []string{"policy-compliance", "responsible-and-places", "confidentiality", "subcontracting-limits", "reporting", "damages"}
	band2 := []string{"policy-compliance", "responsible-and-places", "access-scope", "no-other-use", "confidentiality",
		"subcontracting-limits", "return-or-destruction", "reporting", "audit-inspection", "incident-publication", "damages"}
	system := []string{"system-security-spec", "system-vulnerability", "system-no-hidden-function", "system-work-records"}
	for _, c := range []struct {
		band   int
		system bool
		want   []string
	}{
		{0, false, base}, {1, false, base}, {2, false, band2}, {3, false, band2}, {9, false, band2},
		{1, true, append(slices.Clone(base), system...)}, {3, true, append(slices.Clone(band2), system...)},
	} {
		if got := ids(vendors.Required(c.band, c.system)); !slices.Equal(got, c.want) {
			t.Errorf("Required(%d, %v) = %q, want %q", c.band, c.system, got, c.want)
		}
	}
	// The table never asks less of a higher band.
	for _, r := range vendors.Requirements() {
		if b := r.MinBand(); b < 1 || b > 3 {
			t.Errorf("%s: minimum band %d", r, b)
		}
		for band := 1; band < 3; band++ {
			for _, sys := range []bool{false, true} {
				if r.Calls(band, sys) && (!r.Calls(band+1, sys) || !r.Calls(band, true)) {
					t.Errorf("%s is called for at band %d (system %v) but not above", r, band, sys)
				}
			}
		}
	}
	if vendors.Requirement(0).Calls(3, true) || vendors.Requirement(0).MinBand() != 0 || vendors.Requirement(99).SystemOnly() {
		t.Error("an invalid requirement is called for")
	}
}

func TestContractInForce(t *testing.T) {
	k := &vendors.Contract{Start: date.MustParse("2026-04-01"), End: date.MustParse("2027-03-31")}
	for _, c := range []struct {
		on   string
		want bool
	}{{"2026-03-31", false}, {"2026-04-01", true}, {"2026-06-01", true}, {"2027-03-31", true}, {"2027-04-01", false}} {
		if got := k.InForce(date.MustParse(c.on)); got != c.want {
			t.Errorf("InForce(%s) = %v", c.on, got)
		}
	}
	var none *vendors.Contract
	if none.InForce(asOf) || k.InForce(date.Date{}) || (&vendors.Contract{End: k.End}).InForce(asOf) || none.States(vendors.ReqDamages) {
		t.Error("a missing contract, date or term is in force")
	}
}

// Paths are JSON Pointers under the base path given, whatever the index.
func TestCheckPaths(t *testing.T) {
	r := clean()
	for i := range 120 {
		a := r.Accounts[0]
		a.ID, a.Announced = "y"+strconv.Itoa(1000+i), false
		r.Accounts = append(r.Accounts, a)
	}
	fs, err := vendors.Check(r, refs, asOf, defaults, "/doc~1s/0/vendors")
	if err != nil {
		t.Fatal(err)
	}
	if n := len(fs); n != 120 || fs[n-1].Path != "/doc~1s/0/vendors/accounts/121/announced" || fs[n-1].IDs[0] != "y1119" {
		t.Errorf("%d findings, last %v", len(fs), fs[len(fs)-1])
	}
}
