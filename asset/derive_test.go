package asset_test

import (
	"errors"
	"fmt"
	"reflect"
	"runtime/debug"
	"testing"

	"github.com/jichitai-sec/policy/asset"
	"github.com/jichitai-sec/policy/field"
	"github.com/jichitai-sec/policy/policytest"
	"github.com/jichitai-sec/policy/zone"
	"pgregory.net/rapid"
)

// reason is a reason reduced to what the tests compare: "property<-id"
// with "!" when the level was assumed.
func reasons(d asset.Derived) []string {
	var out []string
	for _, r := range d.Reasons {
		s := r.Property.String() + "<-" + r.From.ID
		if r.Assumed {
			s += "!"
		}
		out = append(out, s)
	}
	return out
}

func TestDerive(t *testing.T) {
	mn, biz := zone.MyNumberZone, zone.BusinessZone
	tests := []struct {
		name     string
		scheme   asset.Scheme
		assets   []asset.Asset
		at       int                  // the asset checked
		min      asset.Classification // its minimum
		why      []string             // its reasons
		myNumber string               // the id of the My Number source, "" for none
	}{
		{"system holding 3B information is at least 3B", g24, []asset.Asset{
			sys("sys", mn, low2024, "data"),
			info("data", mn, cls(asset.C3B, asset.I2, asset.A1), false),
		}, 0, cls(asset.C3B, asset.I2, asset.A1), []string{"confidentiality<-data", "integrity<-data", "availability<-data"}, ""},
		{"nothing contained", g24, []asset.Asset{
			sys("sys", mn, cls(asset.C3A, asset.I2, asset.A2)),
		}, 0, asset.Classification{}, nil, ""},
		{"transitive: a network carrying a system holding 3A", g24, []asset.Asset{
			net("lan", mn, low2024, "sys"),
			sys("sys", mn, low2024, "data"),
			info("data", mn, cls(asset.C3A, asset.I1, asset.A2), true),
		}, 0, cls(asset.C3A, asset.I1, asset.A2), []string{"confidentiality<-data", "integrity<-sys", "availability<-data"}, "data"},
		{"diamond: the highest branch wins per property", g24, []asset.Asset{
			fac("room", low2024, "a", "b"),
			sys("a", biz, cls(asset.C3C, asset.I1, asset.A2)),
			sys("b", biz, cls(asset.C3B, asset.I2, asset.A1)),
		}, 0, cls(asset.C3B, asset.I2, asset.A2), []string{"confidentiality<-b", "integrity<-b", "availability<-a"}, ""},
		{"ties go to the lowest index", g24, []asset.Asset{
			fac("room", low2024, "b", "a"),
			sys("a", biz, cls(asset.C2, asset.I2, asset.A2)),
			sys("b", biz, cls(asset.C2, asset.I2, asset.A2)),
		}, 0, cls(asset.C2, asset.I2, asset.A2), []string{"confidentiality<-a", "integrity<-a", "availability<-a"}, ""},
		{"legacy scheme", legacy, []asset.Asset{
			sys("sys", mn, lowLegacy, "data"),
			info("data", mn, cls(asset.LegacyC3, asset.LegacyI2, asset.LegacyA2), true),
		}, 0, cls(asset.LegacyC3, asset.LegacyI2, asset.LegacyA2), []string{"confidentiality<-data", "integrity<-data", "availability<-data"}, "data"},
		{"an unclassified content counts as the highest level", g24, []asset.Asset{
			sys("sys", biz, low2024, "data"),
			info("data", biz, asset.Classification{Scheme: g24, Integrity: asset.I1}, false),
		}, 0, cls(asset.C3A, asset.I1, asset.A2), []string{"confidentiality<-data!", "integrity<-data", "availability<-data!"}, ""},
		{"a content of the other scheme counts as the highest level", legacy, []asset.Asset{
			sys("sys", biz, lowLegacy, "data"),
			info("data", biz, cls(asset.C1, asset.LegacyI1, asset.LegacyA1), false),
		}, 0, cls(asset.LegacyC3, asset.LegacyI1, asset.LegacyA1), []string{"confidentiality<-data!", "integrity<-data", "availability<-data"}, ""},
		{"a dangling reference is ignored", g24, []asset.Asset{
			sys("sys", biz, low2024, "missing", "data"),
			info("data", biz, cls(asset.C2, asset.I1, asset.A1), false),
		}, 0, cls(asset.C2, asset.I1, asset.A1), []string{"confidentiality<-data", "integrity<-data", "availability<-data"}, ""},
		{"a repeated id refers to its first asset", g24, []asset.Asset{
			sys("sys", biz, low2024, "data"),
			info("data", biz, cls(asset.C2, asset.I1, asset.A1), false),
			info("data", biz, cls(asset.C3A, asset.I2, asset.A2), true),
		}, 0, cls(asset.C2, asset.I1, asset.A1), []string{"confidentiality<-data", "integrity<-data", "availability<-data"}, ""},
		{"a cycle: both share the higher level, their own included", g24, []asset.Asset{
			sys("a", biz, cls(asset.C3A, asset.I1, asset.A1), "b"),
			sys("b", biz, cls(asset.C2, asset.I2, asset.A1), "a"),
		}, 1, cls(asset.C3A, asset.I2, asset.A1), []string{"confidentiality<-a", "integrity<-b", "availability<-a"}, ""},
		{"a self-reference counts the asset itself", g24, []asset.Asset{
			sys("a", biz, cls(asset.C2, asset.I1, asset.A1), "a"),
		}, 0, cls(asset.C2, asset.I1, asset.A1), []string{"confidentiality<-a", "integrity<-a", "availability<-a"}, ""},
		{"below a cycle", g24, []asset.Asset{
			net("top", biz, low2024, "a"),
			sys("a", biz, low2024, "b"),
			sys("b", biz, low2024, "a", "data"),
			info("data", biz, cls(asset.C3C, asset.I1, asset.A2), true),
		}, 0, cls(asset.C3C, asset.I1, asset.A2), []string{"confidentiality<-data", "integrity<-a", "availability<-data"}, "data"},
		{"My Number information is found through the contents", g24, []asset.Asset{
			fac("dc", low2024, "rack"),
			fac("rack", low2024, "sys"),
			sys("sys", mn, low2024, "data"),
			info("data", mn, low2024, true),
		}, 0, low2024, []string{"confidentiality<-rack", "integrity<-rack", "availability<-rack"}, "data"},
	}
	for _, tt := range tests {
		before := clone(tt.assets)
		ds, err := asset.Derive(tt.assets, tt.scheme)
		if err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		if len(ds) != len(tt.assets) {
			t.Fatalf("%s: %d results for %d assets", tt.name, len(ds), len(tt.assets))
		}
		d := ds[tt.at]
		if d.Minimum != tt.min {
			t.Errorf("%s: Minimum = %v, want %v", tt.name, d.Minimum, tt.min)
		}
		if got := reasons(d); !reflect.DeepEqual(got, tt.why) {
			t.Errorf("%s: reasons = %v, want %v", tt.name, got, tt.why)
		}
		for _, r := range d.Reasons {
			if tt.assets[r.From.Index].ID != r.From.ID {
				t.Errorf("%s: reason %+v: index and id disagree", tt.name, r)
			}
			if got, ok := d.Reason(r.Property); !ok || got != r {
				t.Errorf("%s: Reason(%v) = %+v, %v", tt.name, r.Property, got, ok)
			}
		}
		switch {
		case tt.myNumber == "" && d.MyNumber != nil:
			t.Errorf("%s: MyNumber = %+v, want nil", tt.name, *d.MyNumber)
		case tt.myNumber != "" && (d.MyNumber == nil || d.MyNumber.ID != tt.myNumber):
			t.Errorf("%s: MyNumber = %+v, want %q", tt.name, d.MyNumber, tt.myNumber)
		}
		if !reflect.DeepEqual(before, tt.assets) {
			t.Errorf("%s: Derive modified its input", tt.name)
		}
	}
}

func TestDeriveReasonAbsent(t *testing.T) {
	ds, err := asset.Derive([]asset.Asset{sys("a", zone.BusinessZone, low2024)}, g24)
	mustNoError(t, err)
	if r, ok := ds[0].Reason(asset.Confidentiality); ok {
		t.Errorf("Reason of an asset containing nothing = %+v, true", r)
	}
}

func TestDeriveInvalidScheme(t *testing.T) {
	for _, s := range []asset.Scheme{0, 3, 255} {
		ds, err := asset.Derive([]asset.Asset{sys("a", zone.BusinessZone, low2024)}, s)
		var l field.List
		if ds != nil || !errors.As(err, &l) || len(l) != 1 || l[0].Path != "scheme" {
			t.Errorf("Derive(scheme %v) = %v, %v; want an error at scheme", s, ds, err)
		}
	}
}

// chain returns n assets, each containing the next; the last is 3A
// information of My Number work.
func chain(n int, s asset.Scheme) []asset.Asset {
	top := cls(asset.C3A, asset.I2, asset.A2)
	low := low2024
	if s == legacy {
		top, low = cls(asset.LegacyC3, asset.LegacyI2, asset.LegacyA2), lowLegacy
	}
	as := make([]asset.Asset, n)
	for i := range as {
		as[i] = sys(fmt.Sprintf("s%d", i), zone.MyNumberZone, low, fmt.Sprintf("s%d", i+1))
	}
	as[n-1] = info(fmt.Sprintf("s%d", n-1), zone.MyNumberZone, top, true)
	return as
}

// TestDeriveDeepChain: a chain of 100,000 assets is derived without deep
// recursion (the goroutine's stack is limited to 1 MB for the test, far
// less than 100,000 recursive calls would need) and the top of the chain
// sees the bottom.
func TestDeriveDeepChain(t *testing.T) {
	defer debug.SetMaxStack(debug.SetMaxStack(1 << 20))
	const n = 100_000
	as := chain(n, g24)
	ds, err := asset.Derive(as, g24)
	mustNoError(t, err)
	last := fmt.Sprintf("s%d", n-1)
	if d := ds[0]; d.Minimum != cls(asset.C3A, asset.I2, asset.A2) || d.Reasons[0].From.ID != last || d.MyNumber == nil || d.MyNumber.ID != last {
		t.Errorf("top of the chain: %+v", d)
	}
	// A cycle closing the chain terminates too, and every member shares
	// the top level.
	as[n-1].Contains = []string{"s0"}
	ds, err = asset.Derive(as, g24)
	mustNoError(t, err)
	if ds[n/2].Minimum != cls(asset.C3A, asset.I2, asset.A2) {
		t.Errorf("middle of the cycle: %v", ds[n/2].Minimum)
	}
}

// TestDeriveAllocations: apart from the map from ids to indices (whose
// own allocations grow with its size), the number of allocations does not
// grow with the number of assets: no allocation per asset.
func TestDeriveAllocations(t *testing.T) {
	beyondMap := func(as []asset.Asset) float64 {
		derive := testing.AllocsPerRun(5, func() { _, _ = asset.Derive(as, g24) })
		index := testing.AllocsPerRun(5, func() {
			m := make(map[string]int32, len(as))
			for i := range as {
				m[as[i].ID] = int32(i)
			}
		})
		return derive - index
	}
	small, large := beyondMap(chain(1_000, g24)), beyondMap(chain(50_000, g24))
	if large > small+2 || large > 20 {
		t.Errorf("Derive allocates %.0f times beyond its map for 1,000 assets and %.0f for 50,000", small, large)
	}
}

// naive is an independent reference for Derive: a separate search from
// each asset over everything it reaches by one or more steps.
func naive(as []asset.Asset, s asset.Scheme) []asset.Derived {
	index := map[string]int{}
	for i, a := range as {
		if _, dup := index[a.ID]; a.ID != "" && !dup {
			index[a.ID] = i
		}
	}
	rank := func(i int, p asset.Property) (int, bool) {
		c := as[i].Classification
		switch p {
		case asset.Confidentiality:
			for r, l := range asset.ConfidentialityLevels(s) {
				if l == c.Confidentiality {
					return r + 1, true
				}
			}
			return len(asset.ConfidentialityLevels(s)), false
		case asset.Integrity:
			for r, l := range asset.IntegrityLevels(s) {
				if l == c.Integrity {
					return r + 1, true
				}
			}
			return len(asset.IntegrityLevels(s)), false
		}
		for r, l := range asset.AvailabilityLevels(s) {
			if l == c.Availability {
				return r + 1, true
			}
		}
		return len(asset.AvailabilityLevels(s)), false
	}
	out := make([]asset.Derived, len(as))
	for v := range as {
		seen := map[int]bool{}
		var stack []int
		push := func(u int) {
			for _, id := range as[u].Contains {
				if w, ok := index[id]; ok && !seen[w] {
					seen[w] = true
					stack = append(stack, w)
				}
			}
		}
		push(v)
		for len(stack) > 0 {
			u := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			push(u)
		}
		d := &out[v]
		for _, p := range asset.Properties() {
			best, from, own := 0, -1, false
			for u := range as {
				if !seen[u] {
					continue
				}
				if r, ok := rank(u, p); r > best || (r == best && u < from) {
					best, from, own = r, u, ok
				}
			}
			if from < 0 {
				continue
			}
			d.Minimum.Scheme = s
			switch p {
			case asset.Confidentiality:
				d.Minimum.Confidentiality = asset.ConfidentialityLevels(s)[best-1]
			case asset.Integrity:
				d.Minimum.Integrity = asset.IntegrityLevels(s)[best-1]
			default:
				d.Minimum.Availability = asset.AvailabilityLevels(s)[best-1]
			}
			d.Reasons = append(d.Reasons, asset.Reason{Property: p, From: asset.Source{Index: from, ID: as[from].ID}, Assumed: !own})
		}
		for u := range as {
			if seen[u] && as[u].MyNumber {
				d.MyNumber = &asset.Source{Index: u, ID: as[u].ID}
				break
			}
		}
	}
	return out
}

// TestDeriveMatchesReference: on any list, valid or not (cycles, dangling
// and repeated ids, mixed schemes), Derive agrees with the reference.
func TestDeriveMatchesReference(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		as := policytest.RawAssets(12).Draw(t, "assets")
		s := policytest.Scheme().Draw(t, "scheme")
		got, err := asset.Derive(as, s)
		if err != nil {
			t.Fatal(err)
		}
		want := naive(as, s)
		for i := range as {
			if !reflect.DeepEqual(got[i], want[i]) {
				t.Fatalf("asset %d (%q):\n got %+v\nwant %+v", i, as[i].ID, got[i], want[i])
			}
		}
	})
}

// TestDeriveMonotone: adding contained information, or raising a contained
// asset's level, never lowers any minimum nor loses a My Number source.
func TestDeriveMonotone(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		s := policytest.Scheme().Draw(t, "scheme")
		as := policytest.Assets(s, 12).Draw(t, "assets")
		if len(as) == 0 {
			return
		}
		before, err := asset.Derive(as, s)
		if err != nil {
			t.Fatal(err)
		}
		grown := clone(as)
		v := rapid.IntRange(0, len(as)-1).Draw(t, "container")
		if rapid.Bool().Draw(t, "add") {
			x := policytest.Asset(s, "added").Draw(t, "added")
			grown = append(grown, x)
			grown[v].Contains = append(grown[v].Contains, x.ID)
		} else {
			w := rapid.IntRange(0, len(as)-1).Draw(t, "raised")
			c := policytest.Classification(s).Draw(t, "to")
			old := &grown[w].Classification
			if c.Confidentiality.AtLeast(old.Confidentiality) {
				old.Confidentiality = c.Confidentiality
			}
			if c.Integrity.AtLeast(old.Integrity) {
				old.Integrity = c.Integrity
			}
			if c.Availability.AtLeast(old.Availability) {
				old.Availability = c.Availability
			}
		}
		after, err := asset.Derive(grown, s)
		if err != nil {
			t.Fatal(err)
		}
		for i := range as {
			b, a := before[i].Minimum, after[i].Minimum
			if (b.Confidentiality != 0 && !a.Confidentiality.AtLeast(b.Confidentiality)) ||
				(b.Integrity != 0 && !a.Integrity.AtLeast(b.Integrity)) ||
				(b.Availability != 0 && !a.Availability.AtLeast(b.Availability)) {
				t.Fatalf("asset %d: minimum fell from %v to %v", i, b, a)
			}
			if before[i].MyNumber != nil && after[i].MyNumber == nil {
				t.Fatalf("asset %d lost its My Number source", i)
			}
		}
	})
}

// TestDeriveIdempotent: raising every asset to its minimum leaves every
// minimum as it was, and then Check finds nothing below a minimum.
func TestDeriveIdempotent(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		s := policytest.Scheme().Draw(t, "scheme")
		as := policytest.Assets(s, 12).Draw(t, "assets")
		first, err := asset.Derive(as, s)
		if err != nil {
			t.Fatal(err)
		}
		raised := raise(as, first)
		second, err := asset.Derive(raised, s)
		if err != nil {
			t.Fatal(err)
		}
		for i := range as {
			if first[i].Minimum != second[i].Minimum {
				t.Fatalf("asset %d: minimum %v, after raising %v", i, first[i].Minimum, second[i].Minimum)
			}
		}
		fs, err := asset.Check(raised, s)
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range fs {
			if f.Rule == asset.RuleBelowMinimum {
				t.Fatalf("after raising: %+v", f)
			}
		}
	})
}

// raise returns a copy of as with each declared level raised to the
// derived minimum where that is higher.
func raise(as []asset.Asset, ds []asset.Derived) []asset.Asset {
	out := clone(as)
	for i := range out {
		c, m := &out[i].Classification, ds[i].Minimum
		if m.Confidentiality != 0 && !c.Confidentiality.AtLeast(m.Confidentiality) {
			c.Confidentiality = m.Confidentiality
		}
		if m.Integrity != 0 && !c.Integrity.AtLeast(m.Integrity) {
			c.Integrity = m.Integrity
		}
		if m.Availability != 0 && !c.Availability.AtLeast(m.Availability) {
			c.Availability = m.Availability
		}
	}
	return out
}
