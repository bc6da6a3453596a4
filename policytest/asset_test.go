package policytest_test

import (
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/jichitai-sec/policy/asset"
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
			if a.Name == "" || !a.Kind.Valid() || !a.Owner.Valid() || !a.Classification.Valid() || a.Classification.Scheme != s {
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

// TestInvalidAssetsContract: each seeded problem is in its own asset, and
// over a fixed set of draws every kind of problem is seeded somewhere.
func TestInvalidAssetsContract(t *testing.T) {
	seen := map[string]bool{}
	elem := regexp.MustCompile(`^assets\[(\d+)\]\.(id|name|kind|owner|zone|classification\.(scheme|confidentiality|integrity|availability)|contains\[\d+\])$`)
	for seed := range 1000 {
		s := asset.Schemes()[seed%2]
		seeded := policytest.InvalidAssets(s, 10).Example(seed)
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
			what := strings.TrimPrefix(string(p.Path), "assets["+m[1]+"].")
			if strings.HasPrefix(what, "contains[") {
				what = "contains"
			}
			if strings.HasPrefix(what, "classification.") && what != "classification.scheme" {
				what = "classification.level"
			}
			seen[what+": "+p.Kind.String()] = true
		}
	}
	for _, want := range []string{
		"id: required", "id: duplicate", "name: required", "kind: required", "kind: unsupported",
		"owner: required", "owner: unsupported", "zone: required", "zone: unsupported",
		"classification.scheme: required", "classification.scheme: forbidden", "classification.scheme: unsupported",
		"classification.level: required", "classification.level: forbidden", "classification.level: unsupported",
		"contains: required", "contains: not-found", "contains: duplicate", "contains: invalid",
	} {
		if !seen[want] {
			t.Errorf("InvalidAssets never seeded %q", want)
		}
	}
}

func TestLevelGenerators(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		s := policytest.Scheme().Draw(t, "scheme")
		c := policytest.Classification(s).Draw(t, "c")
		if !c.Valid() || c.Scheme != s {
			t.Fatalf("Classification(%v) = %v", s, c)
		}
		if l := policytest.ConfidentialityLevel(s).Draw(t, "l"); l.Scheme() != s {
			t.Fatalf("ConfidentialityLevel(%v) = %v", s, l)
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
