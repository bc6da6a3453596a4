package policytest_test

import (
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/jichitai-sec/policy/asset"
	"github.com/jichitai-sec/policy/field"
	"github.com/jichitai-sec/policy/policytest"
	"pgregory.net/rapid"
)

// TestAssetsContract checks what Assets promises, independently of
// asset.Validate: unique ids, references that resolve, no repeats, no
// cycle, every asset complete and classified in the scheme.
func TestAssetsContract(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		s := policytest.Scheme().Draw(t, "scheme")
		as := policytest.Assets(s, 20).Draw(t, "assets")
		if len(as) > 20 {
			t.Fatalf("%d assets, at most 20 asked", len(as))
		}
		index := map[string]int{}
		for i, a := range as {
			if a.ID == "" {
				t.Fatalf("asset %d has no id", i)
			}
			if _, dup := index[a.ID]; dup {
				t.Fatalf("id %q repeated", a.ID)
			}
			index[a.ID] = i
			if a.Name == "" || !a.Kind.Valid() || !a.Owner.Valid() || !s.Allows(a.Classification) {
				t.Fatalf("asset %d incomplete: %+v", i, a)
			}
			if a.Kind.ZoneRequired() && !a.Zone.Valid() || a.Zone != 0 && !a.Zone.Valid() {
				t.Fatalf("asset %d: zone %v for kind %v", i, a.Zone, a.Kind)
			}
		}
		// Depth-first search with colours: grey on the stack, black done.
		colour := make([]int, len(as))
		var visit func(v int)
		visit = func(v int) {
			colour[v] = 1
			seen := map[string]bool{}
			for _, id := range as[v].Contains {
				w, ok := index[id]
				if !ok || seen[id] {
					t.Fatalf("asset %d: reference %q dangles or repeats", v, id)
				}
				seen[id] = true
				switch colour[w] {
				case 1:
					t.Fatalf("cycle through %q", id)
				case 0:
					visit(w)
				}
			}
			colour[v] = 2
		}
		for v := range as {
			if colour[v] == 0 {
				visit(v)
			}
		}
	})
}

// TestInvalidAssetsContract: each seeded problem is a JSON Pointer to an
// element of one asset under the base path, each in its own asset, and
// over a fixed set of draws every kind of problem is seeded somewhere, in
// both schemes.
func TestInvalidAssetsContract(t *testing.T) {
	seen := map[string]bool{}
	const base = "/registers/0/assets"
	elem := regexp.MustCompile(`^/registers/0/assets/(\d+)/(id|name|kind|owner|zone|classification/(confidentiality|integrity|availability)|contains/\d+)$`)
	for seed := range 1000 {
		s := asset.Schemes()[seed%2]
		seeded := policytest.InvalidAssets(s, base, 10).Example(seed)
		if len(seeded.Assets) == 0 || len(seeded.Problems) == 0 {
			t.Fatalf("seed %d: nothing seeded: %+v", seed, seeded)
		}
		owner := map[string]policytest.Problem{}
		for _, p := range seeded.Problems {
			m := elem.FindStringSubmatch(string(p.Path))
			if m == nil || !p.Kind.Valid() {
				t.Fatalf("seed %d: problem %v is not at an element of an asset", seed, p)
			}
			if prev, dup := owner[m[1]]; dup {
				t.Fatalf("seed %d: asset %s carries two seeded problems: %v and %v", seed, m[1], prev, p)
			}
			owner[m[1]] = p
			what := strings.TrimPrefix(string(p.Path), base+"/"+m[1]+"/")
			if strings.HasPrefix(what, "contains/") {
				what = "contains"
			}
			if strings.HasPrefix(what, "classification/") {
				what = "classification"
			}
			seen[s.String()+" "+what+": "+p.Kind.String()] = true
		}
	}
	for _, s := range asset.Schemes() {
		for _, want := range []string{
			"id: required", "id: duplicate", "name: required", "kind: required", "kind: not-supported",
			"owner: required", "owner: not-supported", "zone: required", "zone: not-supported",
			"classification: forbidden", "classification: not-supported",
			"contains: required", "contains: not-found", "contains: duplicate", "contains: invalid",
		} {
			if !seen[s.String()+" "+want] {
				t.Errorf("InvalidAssets(%v) never seeded %q", s, want)
			}
		}
	}
}

// TestInvalidAssetsValidate: Validate reports exactly the seeded problems,
// under the base path given, and some lists carry unclassified properties
// that it does not report.
func TestInvalidAssetsValidate(t *testing.T) {
	unclassified := false
	for seed := range 300 {
		s := asset.Schemes()[seed%2]
		at := []field.Path{field.Root, "/assets", "/registers/2/assets"}[seed%3]
		seeded := policytest.InvalidAssets(s, at, 8).Example(seed)
		var got, want []string
		for _, e := range asset.Validate(seeded.Assets, s, at) {
			got = append(got, string(e.Path)+": "+e.Kind.String())
		}
		for _, p := range seeded.Problems {
			want = append(want, p.String())
		}
		slices.Sort(got)
		slices.Sort(want)
		if !slices.Equal(got, want) {
			t.Fatalf("seed %d: reported %v, seeded %v", seed, got, want)
		}
		for _, a := range seeded.Assets {
			c := a.Classification
			unclassified = unclassified || c.Confidentiality == 0 || c.Integrity == 0 || c.Availability == 0
		}
	}
	if !unclassified {
		t.Error("InvalidAssets never left a property unclassified")
	}
}

func TestLevelGenerators(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		s := policytest.Scheme().Draw(t, "scheme")
		c := policytest.Classification(s).Draw(t, "c")
		if !s.Allows(c) {
			t.Fatalf("Classification(%v) = %v", s, c)
		}
		p := policytest.PartialClassification(s).Draw(t, "p")
		for _, ok := range []bool{
			p.Confidentiality == 0 || s.Confidentiality().Allows(p.Confidentiality),
			p.Integrity == 0 || s.Integrity().Allows(p.Integrity),
			p.Availability == 0 || s.Availability().Allows(p.Availability),
		} {
			if !ok {
				t.Fatalf("PartialClassification(%v) = %v", s, p)
			}
		}
		if l := policytest.ConfidentialityLevel(s).Draw(t, "l"); !s.Confidentiality().Allows(l) {
			t.Fatalf("ConfidentialityLevel(%v) = %v", s, l)
		}
		if l := policytest.IntegrityLevel(s).Draw(t, "i"); !s.Integrity().Allows(l) {
			t.Fatalf("IntegrityLevel(%v) = %v", s, l)
		}
		if l := policytest.AvailabilityLevel(s).Draw(t, "a"); !s.Availability().Allows(l) {
			t.Fatalf("AvailabilityLevel(%v) = %v", s, l)
		}
		if k := policytest.AssetKind().Draw(t, "k"); !slices.Contains(asset.Kinds(), k) {
			t.Fatalf("AssetKind = %v", k)
		}
		if u := policytest.Unit().Draw(t, "u"); !u.Valid() {
			t.Fatalf("Unit = %v", u)
		}
	})
	defer func() {
		if recover() == nil {
			t.Error("Classification(0) does not panic")
		}
	}()
	policytest.Classification(0)
}

// TestRawGenerators: the raw generators reach members, the zero value and
// values outside each set, so that fail-closed properties see all three.
func TestRawGenerators(t *testing.T) {
	var member, zero, outside bool
	for seed := range 200 {
		l := policytest.RawConfidentialityLevel().Example(seed)
		member, zero, outside = member || l.Valid(), zero || l == 0, outside || (l != 0 && !l.Valid())
	}
	if !member || !zero || !outside {
		t.Errorf("RawConfidentialityLevel: member %v, zero %v, outside %v", member, zero, outside)
	}
	var dup, dangling bool
	for seed := range 200 {
		as := policytest.RawAssets(8).Example(seed)
		ids := map[string]bool{}
		for _, a := range as {
			dup = dup || ids[a.ID]
			ids[a.ID] = true
		}
		for _, a := range as {
			for _, id := range a.Contains {
				dangling = dangling || !ids[id]
			}
		}
	}
	if !dup || !dangling {
		t.Errorf("RawAssets: repeated ids %v, dangling references %v", dup, dangling)
	}
}
