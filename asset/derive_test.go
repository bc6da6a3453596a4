package asset_test

import (
	"errors"
	"fmt"
	"reflect"
	"runtime/debug"
	"slices"
	"testing"

	"github.com/jichitai-sec/policy/asset"
	"github.com/jichitai-sec/policy/field"
	"github.com/jichitai-sec/policy/lang"
	"github.com/jichitai-sec/policy/policytest"
	"github.com/jichitai-sec/policy/zone"
	"pgregory.net/rapid"
)

// reasons renders the reasons as "property<-id", with "!" when the level
// was assumed.
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
			sys("sys", mn, low, "data"),
			info("data", mn, cls(asset.C3B, asset.I2, asset.A1), false),
		}, 0, cls(asset.C3B, asset.I2, asset.A1), []string{"confidentiality<-data", "integrity<-data", "availability<-data"}, ""},
		{"nothing contained", g24, []asset.Asset{
			sys("sys", mn, hi24),
		}, 0, asset.Classification{}, nil, ""},
		{"transitive: a network carrying a system holding 3A", g24, []asset.Asset{
			net("lan", mn, low, "sys"),
			sys("sys", mn, low, "data"),
			info("data", mn, cls(asset.C3A, asset.I1, asset.A2), true),
		}, 0, cls(asset.C3A, asset.I1, asset.A2), []string{"confidentiality<-data", "integrity<-data", "availability<-data"}, "data"},
		{"diamond: the highest branch wins per property", g24, []asset.Asset{
			fac("room", low, "a", "b"),
			sys("a", biz, cls(asset.C3C, asset.I1, asset.A2)),
			sys("b", biz, cls(asset.C3B, asset.I2, asset.A1)),
		}, 0, cls(asset.C3B, asset.I2, asset.A2), []string{"confidentiality<-b", "integrity<-b", "availability<-a"}, ""},
		{"ties go to the least id, wherever it is listed", g24, []asset.Asset{
			fac("room", low, "a", "b"),
			sys("b", biz, cls(asset.C2, asset.I2, asset.A2)),
			sys("a", biz, cls(asset.C2, asset.I2, asset.A2)),
		}, 0, cls(asset.C2, asset.I2, asset.A2), []string{"confidentiality<-a", "integrity<-a", "availability<-a"}, ""},
		{"legacy scheme", legacy, []asset.Asset{
			sys("sys", mn, low, "data"),
			info("data", mn, hiLegacy, true),
		}, 0, hiLegacy, []string{"confidentiality<-data", "integrity<-data", "availability<-data"}, "data"},
		{"an unclassified content counts as the highest level of the scheme", g24, []asset.Asset{
			sys("sys", biz, low, "data"),
			info("data", biz, asset.Classification{Integrity: asset.I1}, false),
		}, 0, cls(asset.C3A, asset.I1, asset.A2), []string{"confidentiality<-data!", "integrity<-data", "availability<-data!"}, ""},
		{"the same in the legacy scheme", legacy, []asset.Asset{
			sys("sys", biz, low, "data"),
			info("data", biz, asset.Classification{Integrity: asset.I1, Availability: asset.A1}, false),
		}, 0, cls(asset.C3, asset.I1, asset.A1), []string{"confidentiality<-data!", "integrity<-data", "availability<-data"}, ""},
		{"My Number information is found through the contents", g24, []asset.Asset{
			fac("dc", low, "rack"),
			fac("rack", low, "sys"),
			sys("sys", mn, low, "data"),
			info("data", mn, low, true),
		}, 0, low, []string{"confidentiality<-data", "integrity<-data", "availability<-data"}, "data"},
		{"contents listed after their containers and before", g24, []asset.Asset{
			info("early", biz, cls(asset.C2, asset.I1, asset.A1), false),
			sys("s", biz, low, "late", "early"),
			info("late", biz, cls(asset.C3C, asset.I1, asset.A1), false),
		}, 1, cls(asset.C3C, asset.I1, asset.A1), []string{"confidentiality<-late", "integrity<-early", "availability<-early"}, ""},
	}
	for _, tt := range tests {
		before := clone(tt.assets)
		ds, err := asset.Derive(tt.assets, tt.scheme, at)
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
		if got := reasons(d); !slices.Equal(got, tt.why) {
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
	ds, err := asset.Derive([]asset.Asset{sys("a", zone.BusinessZone, low)}, g24, at)
	mustNoError(t, err)
	if r, ok := ds[0].Reason(asset.Confidentiality); ok {
		t.Errorf("Reason of an asset containing nothing = %+v, true", r)
	}
}

// TestDeriveRefusesInvalidLists: an invalid scheme, a cycle, a dangling
// reference or a level of the other scheme get no derivation, and the
// error is Validate's list, at its paths under the base path.
func TestDeriveRefusesInvalidLists(t *testing.T) {
	biz := zone.BusinessZone
	tests := []struct {
		name   string
		scheme asset.Scheme
		assets []asset.Asset
		want   []problem
	}{
		{"no scheme", 0, []asset.Asset{sys("a", biz, low)}, []problem{{"/registers/0/assets", field.KindRequired, ""}}},
		{"unknown scheme", 255, []asset.Asset{sys("a", biz, low)},
			[]problem{{"/registers/0/assets", field.KindNotSupported, "asset.Scheme(255)"}}},
		{"a cycle", g24, []asset.Asset{sys("a", biz, low, "b"), sys("b", biz, low, "a")},
			[]problem{{"/registers/0/assets/0/contains/0", field.KindInvalid, "a → b → a"}}},
		{"a self-reference", g24, []asset.Asset{sys("a", biz, low, "a")},
			[]problem{{"/registers/0/assets/0/contains/0", field.KindInvalid, "a → a"}}},
		{"a dangling reference", g24, []asset.Asset{sys("a", biz, low, "gone")},
			[]problem{{"/registers/0/assets/0/contains/0", field.KindNotFound, "gone"}}},
		{"3B in a legacy register", legacy, []asset.Asset{info("d", biz, cls(asset.C3B, asset.I1, asset.A1), false)},
			[]problem{{"/registers/0/assets/0/classification/confidentiality", field.KindForbidden, "3B"}}},
	}
	for _, tt := range tests {
		ds, err := asset.Derive(tt.assets, tt.scheme, "/registers/0/assets")
		var l field.List
		if ds != nil || !errors.As(err, &l) || !slices.Equal(problems(l), tt.want) {
			t.Errorf("%s: Derive = %v, %v; want %v", tt.name, ds, err, tt.want)
		}
	}
}

// chain returns n assets, each containing the next; the last is the
// highest information of scheme s, of My Number work.
func chain(n int, s asset.Scheme) []asset.Asset {
	top := hi24
	if s == legacy {
		top = hiLegacy
	}
	as := make([]asset.Asset, n)
	for i := range as {
		as[i] = sys(fmt.Sprintf("s%d", i), zone.MyNumberZone, low, fmt.Sprintf("s%d", i+1))
	}
	as[n-1] = info(fmt.Sprintf("s%d", n-1), zone.MyNumberZone, top, true)
	return as
}

// TestDeriveDeepChain: a chain of 100,000 assets is validated and derived
// without deep recursion (the goroutine's stack is limited to 1 MB for the
// test, far less than 100,000 recursive calls would need) and the top of
// the chain sees the bottom.
func TestDeriveDeepChain(t *testing.T) {
	defer debug.SetMaxStack(debug.SetMaxStack(1 << 20))
	const n = 100_000
	as := chain(n, g24)
	ds, err := asset.Derive(as, g24, at)
	mustNoError(t, err)
	last := fmt.Sprintf("s%d", n-1)
	if d := ds[0]; d.Minimum != hi24 || d.Reasons[0].From.ID != last || d.MyNumber == nil || d.MyNumber.ID != last {
		t.Errorf("top of the chain: %+v", d)
	}
	// A cycle closing the chain is found and reported once, at its lowest
	// asset, without recursion either.
	as[n-1].Contains = []string{"s0"}
	_, err = asset.Derive(as, g24, at)
	var l field.List
	if !errors.As(err, &l) || len(l) != 1 || l[0].Path != "/assets/0/contains/0" || l[0].Kind != field.KindInvalid {
		t.Errorf("closed chain: %v", err)
	}
}

// TestDeriveAllocations: apart from the maps from ids to indices (the
// exact one and field.IDs' folded one, whose own allocations grow with
// their size), the number of allocations of
// Derive, its validation included, does not grow with the number of
// assets: no allocation per asset.
func TestDeriveAllocations(t *testing.T) {
	beyondMap := func(as []asset.Asset) float64 {
		derive := testing.AllocsPerRun(5, func() { _, _ = asset.Derive(as, g24, at) })
		index := testing.AllocsPerRun(5, func() {
			m := make(map[string]int32, len(as))
			for i := range as {
				m[as[i].ID] = int32(i)
			}
		})
		folded := testing.AllocsPerRun(5, func() {
			ids := field.NewIDs(at, lang.Of("情報資産", "an asset"), len(as))
			for i := range as {
				ids.Check(i, as[i].ID)
			}
		})
		return derive - index - folded
	}
	small, large := beyondMap(chain(1_000, g24)), beyondMap(chain(50_000, g24))
	if large > small+2 || large > 25 {
		t.Errorf("Derive allocates %.0f times beyond its map for 1,000 assets and %.0f for 50,000", small, large)
	}
}

// naive is an independent reference for Derive: a separate search from
// each asset over everything it reaches by one or more steps, ranking
// levels by their position in the scheme's listing, ties to the least id.
func naive(as []asset.Asset, s asset.Scheme) []asset.Derived {
	index := map[string]int{}
	for i, a := range as {
		index[a.ID] = i
	}
	pos := func(i int, p asset.Property) (rank, top int) {
		c := as[i].Classification
		switch p {
		case asset.Confidentiality:
			ls := s.Confidentiality().Levels()
			return slices.Index(ls, c.Confidentiality) + 1, len(ls)
		case asset.Integrity:
			ls := s.Integrity().Levels()
			return slices.Index(ls, c.Integrity) + 1, len(ls)
		}
		ls := s.Availability().Levels()
		return slices.Index(ls, c.Availability) + 1, len(ls)
	}
	out := make([]asset.Derived, len(as))
	for v := range as {
		seen := map[int]bool{}
		stack := []int{v}
		for len(stack) > 0 {
			u := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			for _, id := range as[u].Contains {
				if w := index[id]; !seen[w] {
					seen[w] = true
					stack = append(stack, w)
				}
			}
		}
		d := &out[v]
		for _, p := range asset.Properties() {
			best, from, assumed := 0, -1, false
			for u := range as {
				if !seen[u] {
					continue
				}
				r, top := pos(u, p)
				unset := r == 0 // on a valid list, the only level a scheme does not rank
				if unset {
					r = top
				}
				if r > best || r == best && as[u].ID < as[from].ID {
					best, from, assumed = r, u, unset
				}
			}
			if from < 0 {
				continue
			}
			switch p {
			case asset.Confidentiality:
				d.Minimum.Confidentiality = s.Confidentiality().Levels()[best-1]
			case asset.Integrity:
				d.Minimum.Integrity = s.Integrity().Levels()[best-1]
			default:
				d.Minimum.Availability = s.Availability().Levels()[best-1]
			}
			d.Reasons = append(d.Reasons, asset.Reason{Property: p, From: asset.Source{Index: from, ID: as[from].ID}, Assumed: assumed})
		}
		for u := range as {
			if seen[u] && as[u].MyNumber && (d.MyNumber == nil || as[u].ID < d.MyNumber.ID) {
				d.MyNumber = &asset.Source{Index: u, ID: as[u].ID}
			}
		}
	}
	return out
}

// partlyClassified draws a valid list of scheme s, some of whose
// properties are unclassified.
func partlyClassified(t *rapid.T, s asset.Scheme, n int) []asset.Asset {
	as := policytest.Assets(s, n).Draw(t, "assets")
	for i := range as {
		as[i].Classification = policytest.PartialClassification(s).Draw(t, "classification")
	}
	return as
}

// TestDeriveMatchesReference: on any valid list, partly unclassified ones
// included, Derive agrees with the reference.
func TestDeriveMatchesReference(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		s := policytest.Scheme().Draw(t, "scheme")
		as := partlyClassified(t, s, 12)
		got, err := asset.Derive(as, s, at)
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
		before, err := asset.Derive(as, s, at)
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
			if s.Confidentiality().AtLeast(c.Confidentiality, old.Confidentiality) {
				old.Confidentiality = c.Confidentiality
			}
			if s.Integrity().AtLeast(c.Integrity, old.Integrity) {
				old.Integrity = c.Integrity
			}
			if s.Availability().AtLeast(c.Availability, old.Availability) {
				old.Availability = c.Availability
			}
		}
		after, err := asset.Derive(grown, s, at)
		if err != nil {
			t.Fatal(err)
		}
		for i := range as {
			if b, a := before[i].Minimum, after[i].Minimum; !s.Meets(a, b) {
				t.Fatalf("asset %d: minimum fell from %v to %v", i, b, a)
			}
			if before[i].MyNumber != nil && after[i].MyNumber == nil {
				t.Fatalf("asset %d lost its My Number source", i)
			}
		}
	})
}

// TestDeriveIdempotent: raising every asset to its minimum leaves every
// minimum as it was, and then Check finds nothing below a minimum and
// nothing unclassified.
func TestDeriveIdempotent(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		s := policytest.Scheme().Draw(t, "scheme")
		as := policytest.Assets(s, 12).Draw(t, "assets")
		first, err := asset.Derive(as, s, at)
		if err != nil {
			t.Fatal(err)
		}
		raised := raise(as, first, s)
		second, err := asset.Derive(raised, s, at)
		if err != nil {
			t.Fatal(err)
		}
		for i := range as {
			if first[i].Minimum != second[i].Minimum {
				t.Fatalf("asset %d: minimum %v, after raising %v", i, first[i].Minimum, second[i].Minimum)
			}
			if !s.Meets(raised[i].Classification, second[i].Minimum) {
				t.Fatalf("asset %d: raised %v does not meet %v", i, raised[i].Classification, second[i].Minimum)
			}
		}
		fs, err := asset.Check(raised, s, at)
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range fs {
			if f.Rule == asset.RuleBelowMinimum.String() || f.Rule == asset.RuleUnclassified.String() {
				t.Fatalf("after raising: %+v", f)
			}
		}
	})
}

// raise returns a copy of as with each declared level raised to the
// derived minimum where that is higher in scheme s.
func raise(as []asset.Asset, ds []asset.Derived, s asset.Scheme) []asset.Asset {
	out := clone(as)
	for i := range out {
		c, m := &out[i].Classification, ds[i].Minimum
		if m.Confidentiality != 0 && !s.Confidentiality().AtLeast(c.Confidentiality, m.Confidentiality) {
			c.Confidentiality = m.Confidentiality
		}
		if m.Integrity != 0 && !s.Integrity().AtLeast(c.Integrity, m.Integrity) {
			c.Integrity = m.Integrity
		}
		if m.Availability != 0 && !s.Availability().AtLeast(c.Availability, m.Availability) {
			c.Availability = m.Availability
		}
	}
	return out
}
