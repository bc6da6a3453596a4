package asset_test

import (
	"errors"
	"slices"
	"testing"

	"github.com/jichitai-sec/policy/asset"
	"github.com/jichitai-sec/policy/field"
	"github.com/jichitai-sec/policy/policytest"
	"pgregory.net/rapid"
)

// TestScaleLevels: the codes each scheme allows, lowest first.
func TestScaleLevels(t *testing.T) {
	tests := []struct {
		name      string
		got, want any
	}{
		{"2024 confidentiality", g24.Confidentiality().Levels(), []asset.ConfidentialityLevel{asset.C1, asset.C2, asset.C3C, asset.C3B, asset.C3A}},
		{"legacy confidentiality", legacy.Confidentiality().Levels(), []asset.ConfidentialityLevel{asset.C1, asset.C2, asset.C3}},
		{"2024 integrity", g24.Integrity().Levels(), []asset.IntegrityLevel{asset.I1, asset.I2}},
		{"legacy integrity", legacy.Integrity().Levels(), []asset.IntegrityLevel{asset.I1, asset.I2}},
		{"2024 availability", g24.Availability().Levels(), []asset.AvailabilityLevel{asset.A1, asset.A2}},
		{"legacy availability", legacy.Availability().Levels(), []asset.AvailabilityLevel{asset.A1, asset.A2}},
		{"2024 highest", g24.Confidentiality().Highest(), asset.C3A},
		{"legacy highest", legacy.Confidentiality().Highest(), asset.C3},
		{"integrity highest", legacy.Integrity().Highest(), asset.I2},
		{"scale scheme", legacy.Availability().Scheme(), legacy},
		{"scale property", g24.Integrity().Property(), asset.Integrity},
	}
	for _, tt := range tests {
		if !equalAny(tt.got, tt.want) {
			t.Errorf("%s: %v, want %v", tt.name, tt.got, tt.want)
		}
	}
	var bad asset.Scheme = 9
	if bad.Confidentiality().Levels() != nil || bad.Integrity().Highest() != 0 || bad.Availability().Allows(asset.A1) {
		t.Error("an invalid scheme allows levels")
	}
	var zero asset.Scale[asset.IntegrityLevel]
	if zero.Levels() != nil || zero.Allows(asset.I1) {
		t.Error("the zero Scale allows levels")
	}
}

func equalAny(a, b any) bool {
	switch x := a.(type) {
	case []asset.ConfidentialityLevel:
		return slices.Equal(x, b.([]asset.ConfidentialityLevel))
	case []asset.IntegrityLevel:
		return slices.Equal(x, b.([]asset.IntegrityLevel))
	case []asset.AvailabilityLevel:
		return slices.Equal(x, b.([]asset.AvailabilityLevel))
	}
	return a == b
}

// TestScaleOrder: each scheme's levels are strictly ascending by Compare
// and AtLeast, 3A > 3B > 3C > 2 > 1 in the 2024 scheme and 3 > 2 > 1 in the
// legacy one.
func TestScaleOrder(t *testing.T) {
	for _, s := range asset.Schemes() {
		checkOrder(t, s.Confidentiality())
		checkOrder(t, s.Integrity())
		checkOrder(t, s.Availability())
	}
	if c, ok := g24.Confidentiality().Compare(asset.C3A, asset.C3B); !ok || c != 1 {
		t.Errorf("2024: Compare(3A, 3B) = %d, %v; want 1, true", c, ok)
	}
	if c, ok := g24.Confidentiality().Compare(asset.C3C, asset.C2); !ok || c != 1 {
		t.Errorf("2024: Compare(3C, 2) = %d, %v; want 1, true", c, ok)
	}
	if c, ok := legacy.Confidentiality().Compare(asset.C2, asset.C3); !ok || c != -1 {
		t.Errorf("legacy: Compare(2, 3) = %d, %v; want -1, true", c, ok)
	}
}

func checkOrder[L asset.Level](t *testing.T, k asset.Scale[L]) {
	t.Helper()
	ls := k.Levels()
	for i, a := range ls {
		if !k.Allows(a) {
			t.Errorf("%v: listed %v not allowed", k.Scheme(), a)
		}
		for j, b := range ls {
			want := 0
			switch {
			case i < j:
				want = -1
			case i > j:
				want = 1
			}
			if c, ok := k.Compare(a, b); !ok || c != want {
				t.Errorf("%v %v: Compare(%v, %v) = %d, %v; want %d, true", k.Scheme(), k.Property(), a, b, c, ok, want)
			}
			if got := k.AtLeast(a, b); got != (i >= j) {
				t.Errorf("%v %v: AtLeast(%v, %v) = %v, want %v", k.Scheme(), k.Property(), a, b, got, i >= j)
			}
		}
	}
}

// TestSchemesNeverMix: legacy 3 compares with nothing in the 2024 scheme,
// and 3A–3C with nothing in the legacy one, whatever the other operand; the
// unclassified zero compares with nothing anywhere.
func TestSchemesNeverMix(t *testing.T) {
	for _, s := range asset.Schemes() {
		k := s.Confidentiality()
		for _, a := range asset.ConfidentialityLevels() {
			for _, b := range append(asset.ConfidentialityLevels(), 0, 99) {
				_, ok := k.Compare(a, b)
				if want := k.Allows(a) && k.Allows(b); ok != want {
					t.Errorf("%v: Compare(%v, %v) ok = %v, want %v", s, a, b, ok, want)
				}
				if k.AtLeast(a, b) && !(k.Allows(a) && k.Allows(b)) {
					t.Errorf("%v: AtLeast(%v, %v) with a level the scheme does not allow", s, a, b)
				}
			}
		}
	}
	if g24.Confidentiality().Allows(asset.C3) || legacy.Confidentiality().Allows(asset.C3B) ||
		legacy.Confidentiality().Allows(asset.C3A) || legacy.Confidentiality().Allows(asset.C3C) {
		t.Error("a scheme allows a code of the other")
	}
	if _, ok := g24.Confidentiality().Compare(asset.C3, asset.C3A); ok {
		t.Error("legacy 3 compares with 3A in the 2024 scheme")
	}
	if _, ok := legacy.Confidentiality().Compare(asset.C3, asset.C3A); ok {
		t.Error("legacy 3 compares with 3A in the legacy scheme")
	}
}

// TestCompareProperty: for any two level values and any scheme value,
// Compare is ok exactly when the scheme allows both, is antisymmetric, and
// AtLeast agrees with it.
func TestCompareProperty(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		s := policytest.RawScheme().Draw(t, "scheme")
		a := policytest.RawConfidentialityLevel().Draw(t, "a")
		b := policytest.RawConfidentialityLevel().Draw(t, "b")
		k := s.Confidentiality()
		c, ok := k.Compare(a, b)
		if ok != (k.Allows(a) && k.Allows(b)) {
			t.Fatalf("%v: Compare(%v, %v) ok = %v", s, a, b, ok)
		}
		if d, ok2 := k.Compare(b, a); ok2 != ok || d != -c {
			t.Fatalf("%v: Compare is not antisymmetric on %v, %v", s, a, b)
		}
		if k.AtLeast(a, b) != (ok && c >= 0) {
			t.Fatalf("%v: AtLeast(%v, %v) disagrees with Compare", s, a, b)
		}
		i := policytest.RawIntegrityLevel().Draw(t, "i")
		j := policytest.RawIntegrityLevel().Draw(t, "j")
		if _, ok := s.Integrity().Compare(i, j); ok != (s.Valid() && i.Valid() && j.Valid()) {
			t.Fatalf("%v: integrity Compare(%v, %v) ok = %v", s, i, j, ok)
		}
	})
}

func TestBands(t *testing.T) {
	for l, want := range map[asset.ConfidentialityLevel]int{
		asset.C1: 1, asset.C2: 2, asset.C3: 3, asset.C3C: 3, asset.C3B: 3, asset.C3A: 3, 0: 0, 99: 0,
	} {
		if l.Band() != want {
			t.Errorf("%v.Band() = %d, want %d", l, l.Band(), want)
		}
	}
	if asset.I2.Band() != 2 || asset.A1.Band() != 1 || asset.IntegrityLevel(0).Band() != 0 || asset.AvailabilityLevel(7).Band() != 0 {
		t.Error("integrity or availability bands are wrong")
	}
}

func TestAllowsAndMeets(t *testing.T) {
	if !g24.Allows(cls(asset.C3B, asset.I2, asset.A1)) || g24.Allows(cls(asset.C3, asset.I2, asset.A1)) ||
		!legacy.Allows(hiLegacy) || legacy.Allows(hi24) || g24.Allows(cls(asset.C2, 0, asset.A1)) {
		t.Error("Scheme.Allows is wrong")
	}
	tests := []struct {
		s       asset.Scheme
		c, min  asset.Classification
		meets   bool
		comment string
	}{
		{g24, hi24, low, true, "highest meets lowest"},
		{g24, low, hi24, false, "lowest does not meet highest"},
		{g24, cls(asset.C3B, asset.I1, asset.A1), cls(asset.C3C, 0, 0), true, "unset properties of the minimum ask for nothing"},
		{g24, cls(asset.C3C, asset.I1, asset.A1), cls(asset.C3B, 0, 0), false, "3C is below 3B"},
		{g24, cls(0, asset.I2, asset.A2), cls(asset.C1, 0, 0), false, "an unclassified level meets nothing"},
		{g24, hiLegacy, cls(asset.C2, 0, 0), false, "legacy 3 meets nothing in the 2024 scheme"},
		{legacy, hi24, cls(asset.C2, 0, 0), false, "3A meets nothing in the legacy scheme"},
		{legacy, hiLegacy, hiLegacy, true, "legacy equal"},
		{0, low, low, false, "an invalid scheme: nothing meets anything"},
		{0, low, asset.Classification{}, true, "an empty minimum asks for nothing"},
	}
	for _, tt := range tests {
		if got := tt.s.Meets(tt.c, tt.min); got != tt.meets {
			t.Errorf("%s: %v.Meets(%v, %v) = %v", tt.comment, tt.s, tt.c, tt.min, got)
		}
	}
}

func TestValidateScheme(t *testing.T) {
	p := field.Path("/scheme")
	if errs := asset.ValidateScheme(g24, p); errs != nil {
		t.Errorf("valid scheme: %v", errs)
	}
	errs := asset.ValidateScheme(0, p)
	if len(errs) != 1 || errs[0].Path != p || errs[0].Kind != field.KindRequired {
		t.Errorf("unset scheme: %v", errs)
	}
	errs = asset.ValidateScheme(5, p)
	if len(errs) != 1 || errs[0].Path != p || errs[0].Kind != field.KindNotSupported || errs[0].Value != "asset.Scheme(5)" ||
		errs[0].Detail.En != "supported values: guideline-2024, legacy" {
		t.Errorf("unknown scheme: %v", errs)
	}
	var pe *asset.ParseError
	if _, err := asset.ParseScheme("2024"); !errors.As(err, &pe) {
		t.Errorf("ParseScheme(\"2024\") error = %v", err)
	}
}
