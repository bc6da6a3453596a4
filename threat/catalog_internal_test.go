package threat

import (
	"testing"

	"github.com/jichitai-sec/policy/asset"
	"github.com/jichitai-sec/policy/internal/enum"
)

// The catalog has one row per threat, with nothing in the unused row 0, and
// its sets hold known members only (a bit for an unknown member would be
// invisible to the listing methods).
func TestCatalogShape(t *testing.T) {
	if len(catalog) != threats.Len()+1 {
		t.Fatalf("catalog has %d rows, want %d", len(catalog), threats.Len()+1)
	}
	if catalog[0] != (row{}) {
		t.Errorf("catalog row 0 is %+v, want empty", catalog[0])
	}
	for _, th := range All() {
		r := catalog[th]
		if !r.category.Valid() {
			t.Errorf("%v: invalid category %v", th, r.category)
		}
		if r.harms.Len() == 0 || !r.harms.Within(harms) {
			t.Errorf("%v: harm set %b is empty or holds unknown harms", th, r.harms)
		}
		if r.kinds.Len() == 0 || r.kinds != enum.SetOf(r.kinds.List()...) || !isKinds(r.kinds.List()) {
			t.Errorf("%v: kind set %b is empty or holds unknown kinds", th, r.kinds)
		}
	}
	if len(harmProperties) != harms.Len()+1 {
		t.Fatalf("harmProperties has %d rows, want %d", len(harmProperties), harms.Len()+1)
	}
	for _, h := range Harms() {
		p := harmProperties[h]
		if p.Len() == 0 || p != enum.SetOf(p.List()...) || !isProperties(p.List()) {
			t.Errorf("%v: property set %b is empty or holds unknown properties", h, p)
		}
	}
	if len(categoryClauses) != categories.Len()+1 {
		t.Errorf("categoryClauses has %d rows, want %d", len(categoryClauses), categories.Len()+1)
	}
	if everyKind != enum.SetOf(asset.Kinds()...) {
		t.Errorf("everyKind %b is not the set of every asset kind %b", everyKind, enum.SetOf(asset.Kinds()...))
	}
}

// isKinds and isProperties report whether every value listed is a member
// of its closed set (asset's tables are its own, so Set.Within cannot be
// asked).
func isKinds(ks []asset.Kind) bool {
	for _, k := range ks {
		if !k.Valid() {
			return false
		}
	}
	return true
}

func isProperties(ps []asset.Property) bool {
	for _, p := range ps {
		if !p.Valid() {
			return false
		}
	}
	return true
}
