package policytest_test

import (
	"fmt"
	"regexp"
	"slices"
	"testing"

	"github.com/jichitai-sec/policy/asset"
	"github.com/jichitai-sec/policy/date"
	"github.com/jichitai-sec/policy/field"
	"github.com/jichitai-sec/policy/policytest"
	"github.com/jichitai-sec/policy/vendors"
	"pgregory.net/rapid"
)

var vendorAsOf = date.MustParse("2026-06-01")

// vendorRefs draws refs for the vendor generators: a valid asset register
// of either scheme and a few exceptions with unique ids.
func vendorRefs(t *rapid.T) vendors.Refs {
	s := policytest.Scheme().Draw(t, "scheme")
	rf := vendors.Refs{Scheme: s, Assets: policytest.Assets(s, 12).Draw(t, "assets")}
	for k := range rapid.IntRange(0, 3).Draw(t, "exceptions") {
		e := policytest.Exception().Draw(t, "exception")
		e.ID = fmt.Sprintf("EX-%d", k)
		rf.Exceptions = append(rf.Exceptions, e)
	}
	return rf
}

// TestRegisterContract checks what Register promises, independently of
// vendors.Validate (and then with it): unique ids, references among refs
// and the list, no subcontracting cycle, closed-set values set and
// distinct, contracts with a term.
func TestRegisterContract(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		rf := vendorRefs(t)
		r := policytest.Register(rf, vendorAsOf, 6).Draw(t, "register")
		if len(r.Contractors) > 6 || len(r.Services) > 6 || len(r.Accounts) > 6 {
			t.Fatalf("more than 6 of a kind: %d %d %d", len(r.Contractors), len(r.Services), len(r.Accounts))
		}
		assetIDs := map[string]bool{}
		for _, a := range rf.Assets {
			assetIDs[a.ID] = true
		}
		exIDs := map[string]bool{"": true}
		for _, e := range rf.Exceptions {
			exIDs[e.ID] = true
		}
		index := map[string]int{}
		for i, c := range r.Contractors {
			if c.ID == "" || index[c.ID] != 0 || c.Name == "" || c.Work == "" || !exIDs[c.Exception] {
				t.Fatalf("contractor %d malformed: %+v", i, c)
			}
			index[c.ID] = i + 1
			for _, id := range c.Assets {
				if !assetIDs[id] {
					t.Fatalf("contractor %s names asset %q", c.ID, id)
				}
			}
			if k := c.Contract; k != nil && (k.Start.IsZero() || k.End.Before(k.Start)) {
				t.Fatalf("contractor %s: contract %+v", c.ID, k)
			}
			if f := c.Confirmation; f != nil && (f.On.IsZero() || !f.Method.Valid()) {
				t.Fatalf("contractor %s: confirmation %+v", c.ID, f)
			}
		}
		// Depth-first search with colours: grey on the stack, black done.
		colour := make([]int, len(r.Contractors))
		var visit func(v int)
		visit = func(v int) {
			colour[v] = 1
			for _, id := range r.Contractors[v].Subcontractors {
				w := index[id] - 1
				if w < 0 {
					t.Fatalf("subcontractor %q dangles", id)
				}
				switch colour[w] {
				case 1:
					t.Fatalf("subcontracting cycle through %q", id)
				case 0:
					visit(w)
				}
			}
			colour[v] = 2
		}
		for v := range r.Contractors {
			if colour[v] == 0 {
				visit(v)
			}
		}
		for _, s := range r.Services {
			if !s.Assessment.Valid() || !s.Location.Valid() || !exIDs[s.Exception] {
				t.Fatalf("service malformed: %+v", s)
			}
		}
		for _, a := range r.Accounts {
			if a.MaxPosting != 0 && !rf.Scheme.Confidentiality().Allows(a.MaxPosting) {
				t.Fatalf("account %s: posting level %v outside %v", a.ID, a.MaxPosting, rf.Scheme)
			}
		}
		if errs := vendors.Validate(r, rf, "/vendors"); len(errs) > 0 {
			t.Fatalf("Validate = %v", errs)
		}
	})
}

// ContractInForce never gives a contract finding.
func TestContractInForce(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		k := policytest.ContractInForce(vendorAsOf).Draw(t, "contract")
		if !k.InForce(vendorAsOf) || len(k.Requirements) != len(vendors.Requirements()) {
			t.Fatalf("contract %+v", k)
		}
		c := policytest.Contract(vendorAsOf).Draw(t, "any")
		if c.Start.IsZero() || c.End.Before(c.Start) || !slices.IsSorted(c.Requirements) {
			t.Fatalf("contract %+v", c)
		}
	})
}

// TestInvalidRegisterValidate: Validate reports exactly the seeded
// problems, under the base path given.
func TestInvalidRegisterValidate(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		rf := vendorRefs(t)
		at := rapid.SampledFrom([]field.Path{field.Root, "/vendors", "/documents/1/vendors"}).Draw(t, "at")
		seeded := policytest.InvalidRegister(rf, vendorAsOf, at, 5).Draw(t, "seeded")
		var got, want []string
		for _, e := range vendors.Validate(seeded.Register, rf, at) {
			got = append(got, string(e.Path)+": "+e.Kind.String())
		}
		for _, p := range seeded.Problems {
			want = append(want, p.String())
		}
		slices.Sort(got)
		slices.Sort(want)
		if len(want) == 0 || !slices.Equal(got, want) {
			t.Fatalf("reported %v, seeded %v", got, want)
		}
	})
}

// TestInvalidRegisterCoverage: over a fixed set of draws every kind of
// problem is seeded somewhere.
func TestInvalidRegisterCoverage(t *testing.T) {
	elem := regexp.MustCompile(`^/v/(contractors|services|accounts)/\d+/(.*)$`)
	index := regexp.MustCompile(`/\d+$`)
	seen := map[string]bool{}
	gen := rapid.Custom(func(t *rapid.T) policytest.SeededRegister {
		return policytest.InvalidRegister(vendorRefs(t), vendorAsOf, "/v", 5).Draw(t, "seeded")
	})
	for seed := range 1500 {
		for _, p := range gen.Example(seed).Problems {
			m := elem.FindStringSubmatch(string(p.Path))
			if m == nil {
				t.Fatalf("seed %d: problem %v is not under a vendor", seed, p)
			}
			seen[m[1]+" "+index.ReplaceAllString(m[2], "")+": "+p.Kind.String()] = true
		}
	}
	for _, want := range []string{
		"contractors id: required", "contractors id: duplicate", "contractors name: required", "contractors work: required",
		"contractors assets: required", "contractors assets: not-found", "contractors assets: duplicate",
		"contractors systemWork: not-supported", "contractors selection: required",
		"contractors subcontractors: not-found", "contractors subcontractors: invalid",
		"contractors contract/start: required", "contractors contract/end: invalid",
		"contractors contract/requirements: not-supported", "contractors contract/requirements: duplicate",
		"contractors confirmation/on: required", "contractors confirmation/method: not-supported",
		"contractors exception: not-found",
		"services provider: required", "services use: required", "services assessment: required",
		"services location: not-supported", "services assets: not-found", "services exception: not-found",
		"accounts handle: required", "accounts credentials: not-supported", "accounts credentialHolders: required",
		"accounts credentialHolders: duplicate", "accounts maxPosting: not-supported", "accounts maxPosting: forbidden",
	} {
		if !seen[want] {
			t.Errorf("InvalidRegister never seeded %q", want)
		}
	}
}

// The closed-set generators draw members only; the raw one also draws
// values outside the set.
func TestVendorSetGenerators(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		if !policytest.Requirement().Draw(t, "r").Valid() || !policytest.SystemWork().Draw(t, "w").Valid() ||
			!policytest.Criterion().Draw(t, "c").Valid() || !policytest.ConfirmationMethod().Draw(t, "m").Valid() ||
			!policytest.Assessment().Draw(t, "a").Valid() || !policytest.DataLocation().Draw(t, "l").Valid() ||
			!policytest.Credential().Draw(t, "k").Valid() {
			t.Fatal("a generator drew a non-member")
		}
	})
	invalid := false
	for seed := range 200 {
		invalid = invalid || !policytest.RawRequirement().Example(seed).Valid()
	}
	if !invalid {
		t.Error("RawRequirement never drew a non-member")
	}
	// The accounts draw levels of their scheme only.
	for _, s := range asset.Schemes() {
		for seed := range 50 {
			for _, a := range policytest.Accounts(s, 4).Example(seed) {
				if a.MaxPosting != 0 && !s.Confidentiality().Allows(a.MaxPosting) {
					t.Fatalf("%v: level %v", s, a.MaxPosting)
				}
			}
		}
	}
}
