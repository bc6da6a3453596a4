package vendors_test

import (
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/jichitai-sec/policy/asset"
	"github.com/jichitai-sec/policy/date"
	"github.com/jichitai-sec/policy/field"
	"github.com/jichitai-sec/policy/vendors"
)

func TestValidate(t *testing.T) {
	for _, c := range []struct {
		name   string
		mutate func(r *vendors.Register)
		want   []string // "path: kind", sorted
	}{
		{"contractor without id", func(r *vendors.Register) {
			r.Contractors[1].ID = ""
			r.Contractors[0].Subcontractors = nil
		}, []string{"/vendors/contractors/1/id: required"}},
		{"repeated contractor id", func(r *vendors.Register) { r.Contractors[1].ID = "c1" },
			// c2 is gone: c1's subcontractor names nothing.
			[]string{"/vendors/contractors/0/subcontractors/0: not-found", "/vendors/contractors/1/id: duplicate"}},
		{"blank name and work", func(r *vendors.Register) { r.Contractors[0].Name, r.Contractors[0].Work = " ", "" },
			[]string{"/vendors/contractors/0/name: required", "/vendors/contractors/0/work: required"}},
		{"asset references", func(r *vendors.Register) { r.Contractors[0].Assets = []string{"", "ghost", "tax-system", "tax-system"} },
			[]string{"/vendors/contractors/0/assets/0: required", "/vendors/contractors/0/assets/1: not-found",
				"/vendors/contractors/0/assets/3: duplicate"}},
		{"closed sets of a contractor", func(r *vendors.Register) {
			r.Contractors[0].SystemWork = []vendors.SystemWork{0, 9, vendors.WorkOperation, vendors.WorkOperation}
			r.Contractors[0].Selection = []vendors.Criterion{99}
		}, []string{"/vendors/contractors/0/selection/0: not-supported", "/vendors/contractors/0/systemWork/0: required",
			"/vendors/contractors/0/systemWork/1: not-supported", "/vendors/contractors/0/systemWork/3: duplicate"}},
		{"subcontractor references", func(r *vendors.Register) { r.Contractors[0].Subcontractors = []string{"", "c9", "c2", "c2"} },
			[]string{"/vendors/contractors/0/subcontractors/0: required", "/vendors/contractors/0/subcontractors/1: not-found",
				"/vendors/contractors/0/subcontractors/3: duplicate"}},
		{"contract without dates", func(r *vendors.Register) { r.Contractors[0].Contract = &vendors.Contract{} },
			[]string{"/vendors/contractors/0/contract/end: required", "/vendors/contractors/0/contract/start: required"}},
		{"contract ending before it starts", func(r *vendors.Register) { r.Contractors[0].Contract.End = date.MustParse("2026-03-31") },
			[]string{"/vendors/contractors/0/contract/end: invalid"}},
		{"contract requirements", func(r *vendors.Register) {
			r.Contractors[0].Contract.Requirements = []vendors.Requirement{vendors.ReqDamages, 0, 200, vendors.ReqDamages}
		}, []string{"/vendors/contractors/0/contract/requirements/1: required",
			"/vendors/contractors/0/contract/requirements/2: not-supported",
			"/vendors/contractors/0/contract/requirements/3: duplicate"}},
		{"confirmation", func(r *vendors.Register) { r.Contractors[0].Confirmation = &vendors.Confirmation{Method: 7} },
			[]string{"/vendors/contractors/0/confirmation/method: not-supported", "/vendors/contractors/0/confirmation/on: required"}},
		{"confirmation without method", func(r *vendors.Register) { r.Contractors[0].Confirmation.Method = 0 },
			[]string{"/vendors/contractors/0/confirmation/method: required"}},
		{"dangling exception", func(r *vendors.Register) { r.Contractors[1].Exception = "EX-none" },
			[]string{"/vendors/contractors/1/exception: not-found"}},

		{"service members", func(r *vendors.Register) {
			s := &r.Services[0]
			s.ID, s.Name, s.Provider, s.Use = "", "", " ", ""
			s.Assessment, s.Location = 0, 0
			s.Assets = []string{"tax-roll", "ghost"}
			s.Exception = "EX-none"
			s.Contract.Start = date.Date{}
		}, []string{"/vendors/services/0/assessment: required", "/vendors/services/0/assets/1: not-found",
			"/vendors/services/0/contract/start: required", "/vendors/services/0/exception: not-found",
			"/vendors/services/0/id: required", "/vendors/services/0/location: required", "/vendors/services/0/name: required",
			"/vendors/services/0/provider: required", "/vendors/services/0/use: required"}},
		{"service closed sets and ids", func(r *vendors.Register) {
			r.Services = append(r.Services, r.Services[0])
			r.Services[1].Assessment, r.Services[1].Location = 4, 4
		}, []string{"/vendors/services/1/assessment: not-supported", "/vendors/services/1/id: duplicate",
			"/vendors/services/1/location: not-supported"}},

		{"account members", func(r *vendors.Register) {
			a := &r.Accounts[1]
			a.ID, a.Service, a.Handle, a.Purpose = "x1", "", "", "\t"
			a.Credentials = []vendors.Credential{vendors.CredMultiFactor, 0, 77, vendors.CredMultiFactor}
			a.CredentialHolders = []string{"防災係長", " ", "防災係長"}
		}, []string{"/vendors/accounts/1/credentialHolders/1: required", "/vendors/accounts/1/credentialHolders/2: duplicate",
			"/vendors/accounts/1/credentials/1: required", "/vendors/accounts/1/credentials/2: not-supported",
			"/vendors/accounts/1/credentials/3: duplicate", "/vendors/accounts/1/handle: required",
			"/vendors/accounts/1/id: duplicate", "/vendors/accounts/1/purpose: required", "/vendors/accounts/1/service: required"}},
		{"posting level not a level", func(r *vendors.Register) { r.Accounts[0].MaxPosting = 40 },
			[]string{"/vendors/accounts/0/maxPosting: not-supported"}},
		{"posting level of the other scheme", func(r *vendors.Register) { r.Accounts[0].MaxPosting = asset.C3 },
			[]string{"/vendors/accounts/0/maxPosting: forbidden"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			r := clean()
			c.mutate(&r)
			got := problems(vendors.Validate(r, refs, "/vendors"))
			if diff := cmp.Diff(c.want, got); diff != "" {
				t.Errorf("problems (-want +got):\n%s", diff)
			}
		})
	}
}

// Each problem explains itself in both languages and carries the value a
// reference or a closed set had.
func TestValidateDetails(t *testing.T) {
	r := clean()
	r.Contractors[0].Assets = []string{"ghost"}
	r.Services[0].Location = 9
	l := vendors.Validate(r, refs, "/doc/vendors")
	if len(l) != 2 {
		t.Fatalf("Validate = %v", l)
	}
	for _, e := range l {
		if e.Detail.Ja == "" || e.Detail.En == "" || e.Value == "" {
			t.Errorf("%v: detail %q, value %q", e, e.Detail, e.Value)
		}
	}
	if l[0].Value != "ghost" || l[1].Value != "vendors.Location(9)" || l[1].Path != "/doc/vendors/services/0/location" {
		t.Errorf("Validate = %v", l)
	}
}

// Subcontracting cycles: each reported once, at the entry of its
// lowest-indexed member that starts the shortest cycle, with its ids.
func TestValidateCycles(t *testing.T) {
	c := func(id string, subs ...string) vendors.Contractor {
		return vendors.Contractor{ID: id, Name: id, Work: "w", Subcontractors: subs}
	}
	for _, tc := range []struct {
		name string
		cs   []vendors.Contractor
		want []*field.Error
	}{
		{"self", []vendors.Contractor{c("a", "b", "a"), c("b")},
			[]*field.Error{{Path: "/v/contractors/0/subcontractors/1", Kind: field.KindInvalid, Value: "a → a"}}},
		{"two", []vendors.Contractor{c("x"), c("b", "a"), c("a", "x", "b")},
			[]*field.Error{{Path: "/v/contractors/1/subcontractors/0", Kind: field.KindInvalid, Value: "b → a → b"}}},
		{"shortest of several", []vendors.Contractor{c("a", "b", "d"), c("b", "c"), c("c", "a"), c("d", "a")},
			[]*field.Error{{Path: "/v/contractors/0/subcontractors/1", Kind: field.KindInvalid, Value: "a → d → a"}}},
		{"two cycles, ordered by their lowest member", []vendors.Contractor{c("p", "q"), c("a", "b"), c("q", "p"), c("b", "a")},
			[]*field.Error{
				{Path: "/v/contractors/0/subcontractors/0", Kind: field.KindInvalid, Value: "p → q → p"},
				{Path: "/v/contractors/1/subcontractors/0", Kind: field.KindInvalid, Value: "a → b → a"},
			}},
		{"a chain is no cycle", []vendors.Contractor{c("a", "b", "c"), c("b", "c"), c("c")}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			l := vendors.Validate(vendors.Register{Contractors: tc.cs}, refs, "/v")
			var got []*field.Error
			for _, e := range l {
				got = append(got, &field.Error{Path: e.Path, Kind: e.Kind, Value: e.Value})
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("problems (-want +got):\n%s", diff)
			}
		})
	}
}

// A long chain of subcontractors is followed without recursion.
func TestValidateLongChain(t *testing.T) {
	const n = 50000
	cs := make([]vendors.Contractor, n)
	for i := range cs {
		cs[i] = vendors.Contractor{ID: "c" + strconv.Itoa(i), Name: "n", Work: "w"}
		if i+1 < n {
			cs[i].Subcontractors = []string{"c" + strconv.Itoa(i+1)}
		}
	}
	cs[n-1].Subcontractors = []string{"c0"}
	l := vendors.Validate(vendors.Register{Contractors: cs}, refs, "")
	if len(l) != 1 || l[0].Path != "/contractors/0/subcontractors/0" || l[0].Kind != field.KindInvalid {
		t.Fatalf("Validate found %d problems, first %v", len(l), l[:min(1, len(l))])
	}
	if got := strings.Count(l[0].Value, "→"); got != n {
		t.Errorf("the cycle has %d steps, want %d", got, n)
	}
}
