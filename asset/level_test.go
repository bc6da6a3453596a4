package asset_test

import (
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/jichitai-sec/policy/asset"
	"github.com/jichitai-sec/policy/policytest"
	"pgregory.net/rapid"
)

// level is what the three level types have in common.
type level interface {
	Valid() bool
	String() string
	Code() string
	Ja() string
	En() string
	Scheme() asset.Scheme
	Band() int
	MarshalText() ([]byte, error)
}

// parseAs parses text as a level of property p and scheme s.
func parseAs(p asset.Property, s asset.Scheme, text string) (level, error) {
	switch p {
	case asset.Confidentiality:
		return asset.ParseConfidentiality(s, text)
	case asset.Integrity:
		return asset.ParseIntegrity(s, text)
	}
	return asset.ParseAvailability(s, text)
}

// unmarshalAs reads a level's wire id as property p.
func unmarshalAs(p asset.Property, text string) (level, error) {
	switch p {
	case asset.Confidentiality:
		var l asset.ConfidentialityLevel
		err := l.UnmarshalText([]byte(text))
		return l, err
	case asset.Integrity:
		var l asset.IntegrityLevel
		err := l.UnmarshalText([]byte(text))
		return l, err
	}
	var l asset.AvailabilityLevel
	err := l.UnmarshalText([]byte(text))
	return l, err
}

var levelCases = []struct {
	prop   asset.Property
	level  level
	scheme asset.Scheme
	code   string
	band   int
	id     string
	ja     string
}{
	{asset.Confidentiality, asset.C3A, g24, "3A", 3, "guideline-2024:3A", "機密性3A"},
	{asset.Confidentiality, asset.C3B, g24, "3B", 3, "guideline-2024:3B", "機密性3B"},
	{asset.Confidentiality, asset.C3C, g24, "3C", 3, "guideline-2024:3C", "機密性3C"},
	{asset.Confidentiality, asset.C2, g24, "2", 2, "guideline-2024:2", "機密性2"},
	{asset.Confidentiality, asset.C1, g24, "1", 1, "guideline-2024:1", "機密性1"},
	{asset.Confidentiality, asset.LegacyC3, legacy, "3", 3, "legacy:3", "機密性3（旧区分）"},
	{asset.Confidentiality, asset.LegacyC2, legacy, "2", 2, "legacy:2", "機密性2（旧区分）"},
	{asset.Confidentiality, asset.LegacyC1, legacy, "1", 1, "legacy:1", "機密性1（旧区分）"},
	{asset.Integrity, asset.I2, g24, "2", 2, "guideline-2024:2", "完全性2"},
	{asset.Integrity, asset.I1, g24, "1", 1, "guideline-2024:1", "完全性1"},
	{asset.Integrity, asset.LegacyI2, legacy, "2", 2, "legacy:2", "完全性2（旧区分）"},
	{asset.Integrity, asset.LegacyI1, legacy, "1", 1, "legacy:1", "完全性1（旧区分）"},
	{asset.Availability, asset.A2, g24, "2", 2, "guideline-2024:2", "可用性2"},
	{asset.Availability, asset.A1, g24, "1", 1, "guideline-2024:1", "可用性1"},
	{asset.Availability, asset.LegacyA2, legacy, "2", 2, "legacy:2", "可用性2（旧区分）"},
	{asset.Availability, asset.LegacyA1, legacy, "1", 1, "legacy:1", "可用性1（旧区分）"},
}

func TestLevels(t *testing.T) {
	for _, c := range levelCases {
		l := c.level
		name := c.prop.String() + " " + c.id
		if !l.Valid() || l.Scheme() != c.scheme || l.Code() != c.code || l.Band() != c.band || l.String() != c.id || l.Ja() != c.ja {
			t.Errorf("%s: Valid %v Scheme %v Code %q Band %d String %q Ja %q; want true %v %q %d %q %q",
				name, l.Valid(), l.Scheme(), l.Code(), l.Band(), l.String(), l.Ja(), c.scheme, c.code, c.band, c.id, c.ja)
		}
		if l.En() == "" || l.En() == c.id {
			t.Errorf("%s: English label %q", name, l.En())
		}
		if b, err := l.MarshalText(); err != nil || string(b) != c.id {
			t.Errorf("%s: MarshalText = %q, %v; want %q", name, b, err, c.id)
		}
		if got, err := unmarshalAs(c.prop, c.id); err != nil || got != l {
			t.Errorf("%s: UnmarshalText(%q) = %v, %v; want %v", name, c.id, got, err, l)
		}
		for _, text := range []string{c.code, c.ja, c.prop.Ja() + c.code, c.id} {
			if got, err := parseAs(c.prop, c.scheme, text); err != nil || got != l {
				t.Errorf("%s: Parse(%v, %q) = %v, %v; want %v", name, c.scheme, text, got, err, l)
			}
		}
	}
}

func TestLevelListings(t *testing.T) {
	if got, want := asset.ConfidentialityLevels(g24), []asset.ConfidentialityLevel{asset.C1, asset.C2, asset.C3C, asset.C3B, asset.C3A}; !slices.Equal(got, want) {
		t.Errorf("ConfidentialityLevels(2024) = %v, want %v", got, want)
	}
	if got, want := asset.ConfidentialityLevels(legacy), []asset.ConfidentialityLevel{asset.LegacyC1, asset.LegacyC2, asset.LegacyC3}; !slices.Equal(got, want) {
		t.Errorf("ConfidentialityLevels(legacy) = %v, want %v", got, want)
	}
	if got, want := asset.IntegrityLevels(legacy), []asset.IntegrityLevel{asset.LegacyI1, asset.LegacyI2}; !slices.Equal(got, want) {
		t.Errorf("IntegrityLevels(legacy) = %v, want %v", got, want)
	}
	if got, want := asset.AvailabilityLevels(g24), []asset.AvailabilityLevel{asset.A1, asset.A2}; !slices.Equal(got, want) {
		t.Errorf("AvailabilityLevels(2024) = %v, want %v", got, want)
	}
	if got := asset.ConfidentialityLevels(0); got != nil {
		t.Errorf("ConfidentialityLevels(0) = %v, want nil", got)
	}
}

// TestLevelOrder checks that each listing is strictly ascending by Compare
// and AtLeast.
func TestLevelOrder(t *testing.T) {
	checkOrder(t, asset.ConfidentialityLevels(g24))
	checkOrder(t, asset.ConfidentialityLevels(legacy))
	checkOrder(t, asset.IntegrityLevels(g24))
	checkOrder(t, asset.IntegrityLevels(legacy))
	checkOrder(t, asset.AvailabilityLevels(g24))
	checkOrder(t, asset.AvailabilityLevels(legacy))
}

type ordered[T any] interface {
	comparable
	Compare(T) (int, bool)
	AtLeast(T) bool
}

func checkOrder[T ordered[T]](t *testing.T, ls []T) {
	t.Helper()
	for i, a := range ls {
		for j, b := range ls {
			want := 0
			switch {
			case i < j:
				want = -1
			case i > j:
				want = 1
			}
			if c, ok := a.Compare(b); !ok || c != want {
				t.Errorf("%v.Compare(%v) = %d, %v; want %d, true", a, b, c, ok, want)
			}
			if got := a.AtLeast(b); got != (i >= j) {
				t.Errorf("%v.AtLeast(%v) = %v, want %v", a, b, got, i >= j)
			}
		}
	}
}

// TestSchemesNeverMix checks every pair of levels of different schemes,
// and the unclassified zero against every level.
func TestSchemesNeverMix(t *testing.T) {
	checkNoMix(t, asset.ConfidentialityLevels(g24), asset.ConfidentialityLevels(legacy))
	checkNoMix(t, asset.IntegrityLevels(g24), asset.IntegrityLevels(legacy))
	checkNoMix(t, asset.AvailabilityLevels(g24), asset.AvailabilityLevels(legacy))
	if asset.I2 == asset.LegacyI2 || asset.A2 == asset.LegacyA2 || asset.C2 == asset.LegacyC2 {
		t.Error("level 2 of the two schemes compare equal")
	}
}

func checkNoMix[T ordered[T]](t *testing.T, xs, ys []T) {
	t.Helper()
	var zero T
	for _, x := range xs {
		for _, y := range ys {
			if x == y {
				t.Errorf("%v == %v across schemes", x, y)
			}
			if c, ok := x.Compare(y); ok {
				t.Errorf("%v.Compare(%v) = %d, true across schemes", x, y, c)
			}
			if _, ok := y.Compare(x); ok || x.AtLeast(y) || y.AtLeast(x) {
				t.Errorf("%v and %v are ordered across schemes", x, y)
			}
		}
		if _, ok := x.Compare(zero); ok || x.AtLeast(zero) || zero.AtLeast(x) {
			t.Errorf("%v is ordered against the unclassified zero", x)
		}
	}
}

// TestSchemesNeverMixProperty: for any two level values, an ordering exists
// exactly when both are valid levels of the same scheme, and two levels of
// different schemes are never equal.
func TestSchemesNeverMixProperty(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		a := policytest.RawConfidentialityLevel().Draw(t, "a")
		b := policytest.RawConfidentialityLevel().Draw(t, "b")
		same := a.Valid() && b.Valid() && a.Scheme() == b.Scheme()
		if _, ok := a.Compare(b); ok != same {
			t.Fatalf("%v.Compare(%v) ok = %v, want %v", a, b, ok, same)
		}
		if a.AtLeast(b) && !same {
			t.Fatalf("%v.AtLeast(%v) across schemes", a, b)
		}
		if a.Valid() && b.Valid() && a.Scheme() != b.Scheme() && (a == b || a.String() == b.String()) {
			t.Fatalf("%v and %v of different schemes are equal", a, b)
		}
		i := policytest.RawIntegrityLevel().Draw(t, "i")
		j := policytest.RawIntegrityLevel().Draw(t, "j")
		if _, ok := i.Compare(j); ok != (i.Valid() && j.Valid() && i.Scheme() == j.Scheme()) {
			t.Fatalf("%v.Compare(%v) ok = %v", i, j, ok)
		}
		x := policytest.RawAvailabilityLevel().Draw(t, "x")
		y := policytest.RawAvailabilityLevel().Draw(t, "y")
		if _, ok := x.Compare(y); ok != (x.Valid() && y.Valid() && x.Scheme() == y.Scheme()) {
			t.Fatalf("%v.Compare(%v) ok = %v", x, y, ok)
		}
	})
}

func TestParseLevelErrors(t *testing.T) {
	tests := []struct {
		prop     asset.Property
		scheme   asset.Scheme
		text     string
		other    asset.Scheme // the scheme the error must name
		noScheme bool
		mention  string // the message must contain this
	}{
		{asset.Confidentiality, legacy, "3B", g24, false, "belongs to scheme guideline-2024, not legacy"},
		{asset.Confidentiality, legacy, "3A", g24, false, "guideline-2024"},
		{asset.Confidentiality, legacy, "機密性3C", g24, false, "guideline-2024"},
		{asset.Confidentiality, g24, "3", legacy, false, "belongs to scheme legacy, not guideline-2024"},
		{asset.Confidentiality, g24, "legacy:2", legacy, false, "legacy"},
		{asset.Confidentiality, g24, "機密性2（旧区分）", legacy, false, "legacy"},
		{asset.Integrity, g24, "legacy:2", legacy, false, "legacy"},
		{asset.Availability, legacy, "guideline-2024:1", g24, false, "guideline-2024"},
		{asset.Confidentiality, g24, "4", 0, false, "unknown"},
		{asset.Confidentiality, g24, "", 0, false, "unknown"},
		{asset.Confidentiality, g24, "3b", 0, false, "accepted: 3A, 3B, 3C, 2, 1"},
		{asset.Integrity, legacy, "3", 0, false, "accepted: 2, 1"},
		{asset.Confidentiality, 0, "2", 0, false, "without a valid scheme"},
		{asset.Integrity, asset.Scheme(9), "2", 0, false, "asset.Scheme(9)"},
	}
	for _, tt := range tests {
		l, err := parseAs(tt.prop, tt.scheme, tt.text)
		var le *asset.LevelError
		if !errors.As(err, &le) {
			t.Errorf("Parse %s(%v, %q) = %v, %v; want a *LevelError", tt.prop, tt.scheme, tt.text, l, err)
			continue
		}
		if l.Valid() {
			t.Errorf("Parse %s(%v, %q) returned level %v with its error", tt.prop, tt.scheme, tt.text, l)
		}
		if le.Other != tt.other || le.Property != tt.prop || le.Input != tt.text {
			t.Errorf("Parse %s(%v, %q): error %+v; want Other %v", tt.prop, tt.scheme, tt.text, le, tt.other)
		}
		if !strings.Contains(err.Error(), tt.mention) {
			t.Errorf("Parse %s(%v, %q): %q does not mention %q", tt.prop, tt.scheme, tt.text, err, tt.mention)
		}
	}
}

func TestUnmarshalLevelErrors(t *testing.T) {
	tests := []struct {
		text  string
		other asset.Scheme
	}{
		{"2", 0},           // no scheme
		{"3B", 0},          // no scheme, even where the code is unambiguous
		{"nope:2", 0},      // unknown scheme
		{"legacy:3B", g24}, // a level of the other scheme
		{"guideline-2024:3", legacy},
		{"legacy:legacy:3", 0}, // a wire id is not nested
		{"guideline-2024:", 0},
	}
	for _, tt := range tests {
		l := asset.C2
		err := l.UnmarshalText([]byte(tt.text))
		var le *asset.LevelError
		if !errors.As(err, &le) {
			t.Errorf("UnmarshalText(%q) = %v; want a *LevelError", tt.text, err)
			continue
		}
		if l != asset.C2 {
			t.Errorf("UnmarshalText(%q) changed the level to %v on error", tt.text, l)
		}
		if le.Other != tt.other || le.Input != tt.text {
			t.Errorf("UnmarshalText(%q): error %+v; want Other %v", tt.text, le, tt.other)
		}
	}
}

func TestInvalidLevels(t *testing.T) {
	var zero asset.ConfidentialityLevel
	if zero.Valid() || zero.Scheme() != 0 || zero.Band() != 0 {
		t.Errorf("the unclassified zero is Valid %v, Scheme %v, Band %d", zero.Valid(), zero.Scheme(), zero.Band())
	}
	if got := zero.String(); got != "asset.ConfidentialityLevel(0)" {
		t.Errorf("zero String = %q", got)
	}
	if got := asset.IntegrityLevel(9).Code(); got != "asset.IntegrityLevel(9)" {
		t.Errorf("IntegrityLevel(9).Code() = %q", got)
	}
	if b, err := zero.MarshalText(); err == nil {
		t.Errorf("MarshalText of the unclassified zero = %q, nil; want an error", b)
	}
	if b, err := asset.AvailabilityLevel(200).MarshalText(); err == nil {
		t.Errorf("MarshalText of AvailabilityLevel(200) = %q, nil; want an error", b)
	}
}
