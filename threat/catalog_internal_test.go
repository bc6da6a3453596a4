package threat

import (
	"testing"

	"github.com/jichitai-sec/policy/asset"
)

// The catalog has one row per threat, with nothing in the unused row 0, and
// its sets hold known members only (a bit for an unknown member would be
// invisible to the listing methods).
func TestCatalogShape(t *testing.T) {
	if len(catalog) != len(threats.Entries)+1 {
		t.Fatalf("catalog has %d rows, want %d", len(catalog), len(threats.Entries)+1)
	}
	if catalog[0] != (row{}) {
		t.Errorf("catalog row 0 is %+v, want empty", catalog[0])
	}
	for _, th := range All() {
		r := catalog[th]
		if !r.category.Valid() {
			t.Errorf("%v: invalid category %v", th, r.category)
		}
		if r.harms == 0 || r.harms != harmsOf(r.harms.list()...) {
			t.Errorf("%v: harm set %b is empty or holds unknown harms", th, r.harms)
		}
		if r.kinds == 0 || r.kinds != kindsOf(r.kinds.list()...) {
			t.Errorf("%v: kind set %b is empty or holds unknown kinds", th, r.kinds)
		}
	}
	if len(harmProperties) != len(harms.Entries)+1 {
		t.Fatalf("harmProperties has %d rows, want %d", len(harmProperties), len(harms.Entries)+1)
	}
	for _, h := range Harms() {
		p := harmProperties[h]
		if p == 0 || p != propertiesOf(p.list()...) {
			t.Errorf("%v: property set %b is empty or holds unknown properties", h, p)
		}
	}
	if len(categoryClauses) != len(categories.Entries)+1 {
		t.Errorf("categoryClauses has %d rows, want %d", len(categoryClauses), len(categories.Entries)+1)
	}
	if everyKind != kindsOf(asset.Kinds()...) {
		t.Errorf("everyKind %b is not the set of every asset kind %b", everyKind, kindsOf(asset.Kinds()...))
	}
}
