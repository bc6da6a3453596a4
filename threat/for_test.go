package threat_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"pgregory.net/rapid"

	"github.com/jichitai-sec/policy/asset"
	"github.com/jichitai-sec/policy/clause"
	"github.com/jichitai-sec/policy/threat"
	"github.com/jichitai-sec/policy/zone"
)

func TestFor(t *testing.T) {
	for _, k := range asset.Kinds() {
		a := asset.Asset{ID: "a1", Name: "test", Kind: k, Zone: zone.BusinessZone}
		var got []threat.Threat
		for _, r := range threat.For(a) {
			got = append(got, r.Threat)
			if r.Kind != k || r.Assumed() {
				t.Errorf("For(kind %v): relevance %+v, want Kind %v and not Assumed", k, r, k)
			}
		}
		if diff := cmp.Diff(wantByKind[k], got); diff != "" {
			t.Errorf("For(kind %v) (-want +got):\n%s", k, diff)
		}
	}
	for _, k := range []asset.Kind{0, asset.Kind(len(asset.Kinds()) + 1)} {
		rs := threat.For(asset.Asset{ID: "a1", Kind: k})
		if len(rs) != len(threat.All()) {
			t.Errorf("For(kind %v) of an invalid kind gave %d threats, want all %d", k, len(rs), len(threat.All()))
		}
		for _, r := range rs {
			if !r.Assumed() || r.Kind != 0 {
				t.Errorf("For(kind %v): relevance %+v, want Assumed with no kind", k, r)
			}
		}
	}
}

// wantClause is where each category comes from, in the policy's notation.
var wantClause = map[threat.Category]clause.Clause{
	threat.Intentional:          clause.MustParse("3(1)"),
	threat.Unintentional:        clause.MustParse("3(2)"),
	threat.Disaster:             clause.MustParse("3(3)"),
	threat.StaffShortage:        clause.MustParse("3(4)"),
	threat.InfrastructureOutage: clause.MustParse("3(5)"),
}

// rawOr draws a valid member most of the time and any byte otherwise, so
// that unset and out-of-range values are exercised too.
func rawOr[T ~uint8](valid []T) *rapid.Generator[T] {
	return rapid.OneOf(
		rapid.SampledFrom(valid),
		rapid.SampledFrom(valid),
		rapid.Map(rapid.Uint8(), func(u uint8) T { return T(u) }),
	)
}

func genClassification() *rapid.Generator[asset.Classification] {
	return rapid.Custom(func(t *rapid.T) asset.Classification {
		return asset.Classification{
			Confidentiality: rawOr(asset.ConfidentialityLevels()).Draw(t, "c"),
			Integrity:       rawOr(asset.IntegrityLevels()).Draw(t, "i"),
			Availability:    rawOr(asset.AvailabilityLevels()).Draw(t, "a"),
		}
	})
}

func genAsset() *rapid.Generator[asset.Asset] {
	return rapid.Custom(func(t *rapid.T) asset.Asset {
		return asset.Asset{
			ID:             rapid.StringMatching(`[a-z0-9-]{0,12}`).Draw(t, "id"),
			Name:           rapid.String().Draw(t, "name"),
			Kind:           rawOr(asset.Kinds()).Draw(t, "kind"),
			Owner:          rawOr(asset.Units()).Draw(t, "owner"),
			Zone:           rawOr(zone.All()).Draw(t, "zone"),
			MyNumber:       rapid.Bool().Draw(t, "mynumber"),
			Contains:       rapid.SliceOfN(rapid.StringMatching(`[a-z0-9-]{1,8}`), 0, 4).Draw(t, "contains"),
			Classification: genClassification().Draw(t, "classification"),
		}
	})
}

// Every threat of the catalog is relevant to assets of at least one kind.
func TestPropEveryThreatApplies(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		th := rapid.SampledFrom(threat.All()).Draw(t, "threat")
		for _, k := range asset.Kinds() {
			for _, r := range threat.For(asset.Asset{Kind: k}) {
				if r.Threat == th {
					return
				}
			}
		}
		t.Fatalf("%v is relevant to no asset kind", th)
	})
}

// For is deterministic, returns threats in catalog order without
// duplicates, returns exactly the threats its kind's row admits, depends on
// the kind alone, and returns a fresh slice each time.
func TestPropForOrderAndDeterminism(t *testing.T) {
	rank := map[threat.Threat]int{}
	for i, th := range threat.All() {
		rank[th] = i
	}
	rapid.Check(t, func(t *rapid.T) {
		a := genAsset().Draw(t, "asset")
		first := threat.For(a)
		second := threat.For(a)
		if diff := cmp.Diff(first, second); diff != "" {
			t.Fatalf("For is not deterministic (-first +second):\n%s", diff)
		}
		if diff := cmp.Diff(first, threat.For(asset.Asset{Kind: a.Kind})); diff != "" {
			t.Fatalf("For depends on more than the kind (-full asset +kind only):\n%s", diff)
		}
		var got []threat.Threat
		for i, r := range first {
			if !r.Threat.Valid() {
				t.Fatalf("relevance %d names invalid threat %v", i, r.Threat)
			}
			if i > 0 && rank[r.Threat] <= rank[first[i-1].Threat] {
				t.Fatalf("relevance %d (%v) does not follow %v in catalog order", i, r.Threat, first[i-1].Threat)
			}
			got = append(got, r.Threat)
		}
		var want []threat.Threat
		for _, th := range threat.All() {
			if !a.Kind.Valid() || slices.Contains(th.Kinds(), a.Kind) {
				want = append(want, th)
			}
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Fatalf("For(kind %v) (-catalog rows +got):\n%s", a.Kind, diff)
		}
		if len(first) > 0 {
			first[0].Threat = 0
			if threat.For(a)[0].Threat == 0 {
				t.Fatal("For returned a slice shared between calls")
			}
		}
	})
}

// Every relevance cites the clause of its threat's category, 3(1)–(5), and
// its explanations name that clause, the threat and the reason.
func TestPropRelevanceCitesClause(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		a := genAsset().Draw(t, "asset")
		for _, r := range threat.For(a) {
			want, ok := wantClause[r.Threat.Category()]
			if !ok {
				t.Fatalf("%v has category %v, not one of 3(1)–(5)", r.Threat, r.Threat.Category())
			}
			if r.Clause() != want || r.Threat.Clause() != want {
				t.Fatalf("%v cites %v (threat: %v), want %v", r.Threat, r.Clause(), r.Threat.Clause(), want)
			}
			ja, en := r.Ja(), r.En()
			for _, s := range []string{want.String(), r.Threat.Ja(), want.Ja()} {
				if !strings.Contains(ja, s) {
					t.Fatalf("Ja() %q lacks %q", ja, s)
				}
			}
			for _, s := range []string{want.String(), r.Threat.En(), want.En()} {
				if !strings.Contains(en, s) {
					t.Fatalf("En() %q lacks %q", en, s)
				}
			}
			for _, p := range r.Properties() {
				if !strings.Contains(ja, p.Ja()) || !strings.Contains(en, p.En()) {
					t.Fatalf("explanation of %v omits property %v: %q / %q", r.Threat, p, ja, en)
				}
			}
			if a.Kind.Valid() {
				if r.Assumed() || r.Kind != a.Kind || !strings.Contains(ja, a.Kind.Ja()) || !strings.Contains(en, a.Kind.En()) {
					t.Fatalf("relevance %+v for kind %v does not name the kind: %q / %q", r, a.Kind, ja, en)
				}
			} else if !r.Assumed() || r.Kind != 0 || !strings.Contains(en, "fail closed") || !strings.Contains(ja, "フェイルクローズ") {
				t.Fatalf("relevance %+v for invalid kind %v is not marked fail-closed: %q / %q", r, a.Kind, ja, en)
			}
		}
	})
}
