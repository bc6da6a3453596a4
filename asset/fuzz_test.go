package asset_test

import (
	"encoding/json"
	"testing"

	"github.com/jichitai-sec/policy/asset"
)

// member is what every closed set of the package provides.
type member interface {
	comparable
	Valid() bool
	String() string
	Ja() string
	MarshalText() ([]byte, error)
}

// fuzzSet fuzzes a closed set's Parse and UnmarshalText: they never panic,
// agree with each other, and whatever parses is valid and round-trips
// through MarshalText and UnmarshalText.
func fuzzSet[T member, PT interface {
	*T
	UnmarshalText([]byte) error
}](f *testing.F, all []T, parse func(string) (T, error)) {
	for _, v := range all {
		f.Add(v.String())
		f.Add(v.Ja())
	}
	for _, s := range []string{"", " ", "x", "0", "1", "機密性", "\xff\xfe", "network ", "Legacy"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		v, err := parse(s)
		var u T
		uerr := PT(&u).UnmarshalText([]byte(s))
		if (err == nil) != (uerr == nil) || u != v {
			t.Fatalf("Parse(%q) = %v, %v but UnmarshalText gives %v, %v", s, v, err, u, uerr)
		}
		if err != nil {
			return
		}
		if !v.Valid() {
			t.Fatalf("Parse(%q) = invalid %v", s, v)
		}
		b, err := v.MarshalText()
		if err != nil {
			t.Fatalf("MarshalText(%v): %v", v, err)
		}
		var back T
		if err := PT(&back).UnmarshalText(b); err != nil || back != v {
			t.Fatalf("%q read back as %v, %v; want %v", b, back, err, v)
		}
	})
}

func FuzzParseKind(f *testing.F)     { fuzzSet(f, asset.Kinds(), asset.ParseKind) }
func FuzzParseProperty(f *testing.F) { fuzzSet(f, asset.Properties(), asset.ParseProperty) }
func FuzzParseUnit(f *testing.F)     { fuzzSet(f, asset.Units(), asset.ParseUnit) }
func FuzzParseScheme(f *testing.F)   { fuzzSet(f, asset.Schemes(), asset.ParseScheme) }
func FuzzParseRestriction(f *testing.F) {
	fuzzSet(f, asset.Restrictions(), asset.ParseRestriction)
}
func FuzzParseRule(f *testing.F)     { fuzzSet(f, asset.Rules(), asset.ParseRule) }
func FuzzParseSeverity(f *testing.F) { fuzzSet(f, asset.Severities(), asset.ParseSeverity) }

// levelMember is what the level types provide.
type levelMember interface {
	member
	Scheme() asset.Scheme
	Code() string
}

// fuzzLevel fuzzes a level type's Parse (with any scheme) and its
// UnmarshalText: they never panic; what parses is a valid level of the
// scheme asked for and round-trips through MarshalText and UnmarshalText;
// an error of Parse is a *LevelError.
func fuzzLevel[T levelMember, PT interface {
	*T
	UnmarshalText([]byte) error
}](f *testing.F, levels func(asset.Scheme) []T, parse func(asset.Scheme, string) (T, error)) {
	for _, s := range asset.Schemes() {
		for _, v := range levels(s) {
			f.Add(uint8(s), v.Code())
			f.Add(uint8(s), v.String())
			f.Add(uint8(s), v.Ja())
			f.Add(uint8(3-s), v.Code())
			f.Add(uint8(3-s), v.String())
		}
	}
	f.Add(uint8(0), "2")
	f.Add(uint8(1), "")
	f.Add(uint8(2), "legacy:")
	f.Add(uint8(1), ":3B")
	f.Fuzz(func(t *testing.T, scheme uint8, s string) {
		v, err := parse(asset.Scheme(scheme), s)
		if err != nil {
			if _, ok := err.(*asset.LevelError); !ok {
				t.Fatalf("Parse(%d, %q) error %T", scheme, s, err)
			}
		} else {
			if !v.Valid() || v.Scheme() != asset.Scheme(scheme) {
				t.Fatalf("Parse(%d, %q) = %v of scheme %v", scheme, s, v, v.Scheme())
			}
			roundTrip[T, PT](t, v)
		}
		var u T
		if err := PT(&u).UnmarshalText([]byte(s)); err == nil {
			if !u.Valid() {
				t.Fatalf("UnmarshalText(%q) = invalid %v", s, u)
			}
			roundTrip[T, PT](t, u)
		}
	})
}

func roundTrip[T levelMember, PT interface {
	*T
	UnmarshalText([]byte) error
}](t *testing.T, v T) {
	t.Helper()
	b, err := v.MarshalText()
	if err != nil {
		t.Fatalf("MarshalText(%v): %v", v, err)
	}
	var back T
	if err := PT(&back).UnmarshalText(b); err != nil || back != v {
		t.Fatalf("%q read back as %v, %v; want %v", b, back, err, v)
	}
}

func FuzzParseConfidentiality(f *testing.F) {
	fuzzLevel(f, asset.ConfidentialityLevels, asset.ParseConfidentiality)
}

func FuzzParseIntegrity(f *testing.F) {
	fuzzLevel(f, asset.IntegrityLevels, asset.ParseIntegrity)
}

func FuzzParseAvailability(f *testing.F) {
	fuzzLevel(f, asset.AvailabilityLevels, asset.ParseAvailability)
}

// FuzzClassificationJSON: decoding never panics, and what decodes encodes
// and decodes again to the same value.
func FuzzClassificationJSON(f *testing.F) {
	for _, s := range []string{
		`{"scheme":"guideline-2024","confidentiality":"3B","integrity":"2","availability":"1"}`,
		`{"scheme":"legacy","confidentiality":"3","integrity":"2","availability":"1"}`,
		`{"scheme":"legacy","confidentiality":"3B"}`,
		`{"confidentiality":"guideline-2024:3A"}`,
		`{"scheme":"guideline-2024","confidentiality":"機密性3A"}`,
		`{}`, `null`, `[]`, `{"scheme":1}`, `{"x":1}`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		var c asset.Classification
		if err := json.Unmarshal(data, &c); err != nil {
			return
		}
		b, err := json.Marshal(c)
		if err != nil {
			t.Fatalf("%s decoded to %v, which does not encode: %v", data, c, err)
		}
		var back asset.Classification
		if err := json.Unmarshal(b, &back); err != nil || back != c {
			t.Fatalf("%s → %v → %s → %v, %v", data, c, b, back, err)
		}
	})
}
