package asset_test

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/jichitai-sec/policy/asset"
	"github.com/jichitai-sec/policy/field"
	"github.com/jichitai-sec/policy/policytest"
	"github.com/jichitai-sec/policy/zone"
	"pgregory.net/rapid"
)

func TestClassificationJSON(t *testing.T) {
	tests := []struct {
		name string
		c    asset.Classification
		json string
	}{
		{"2024", cls(asset.C3B, asset.I2, asset.A1),
			`{"scheme":"guideline-2024","confidentiality":"3B","integrity":"2","availability":"1"}`},
		{"legacy", cls(asset.LegacyC3, asset.LegacyI1, asset.LegacyA2),
			`{"scheme":"legacy","confidentiality":"3","integrity":"1","availability":"2"}`},
		{"unclassified", asset.Classification{}, `{}`},
		{"partly", asset.Classification{Scheme: legacy, Integrity: asset.LegacyI2},
			`{"scheme":"legacy","integrity":"2"}`},
		// A level of another scheme keeps its scheme in its wire id.
		{"mixed", asset.Classification{Scheme: legacy, Confidentiality: asset.C2, Integrity: asset.LegacyI1, Availability: asset.A2},
			`{"scheme":"legacy","confidentiality":"guideline-2024:2","integrity":"1","availability":"guideline-2024:2"}`},
		{"no scheme", asset.Classification{Confidentiality: asset.C3A},
			`{"confidentiality":"guideline-2024:3A"}`},
	}
	for _, tt := range tests {
		b, err := json.Marshal(tt.c)
		if err != nil || string(b) != tt.json {
			t.Errorf("%s: Marshal = %s, %v; want %s", tt.name, b, err, tt.json)
		}
		var got asset.Classification
		if err := json.Unmarshal([]byte(tt.json), &got); err != nil || got != tt.c {
			t.Errorf("%s: Unmarshal(%s) = %v, %v; want %v", tt.name, tt.json, got, err, tt.c)
		}
	}
}

func TestClassificationUnmarshal(t *testing.T) {
	tests := []struct {
		json string
		want asset.Classification
	}{
		// Japanese labels are accepted.
		{`{"scheme":"guideline-2024","confidentiality":"機密性3A","integrity":"完全性2","availability":"1"}`,
			cls(asset.C3A, asset.I2, asset.A1)},
		// A code only the other scheme has is kept as that scheme's level,
		// for validation to report.
		{`{"scheme":"legacy","confidentiality":"3B","integrity":"2","availability":"1"}`,
			asset.Classification{Scheme: legacy, Confidentiality: asset.C3B, Integrity: asset.LegacyI2, Availability: asset.LegacyA1}},
		{`{"scheme":"guideline-2024","confidentiality":"3","integrity":"2","availability":"1"}`,
			asset.Classification{Scheme: g24, Confidentiality: asset.LegacyC3, Integrity: asset.I2, Availability: asset.A1}},
		{`null`, asset.Classification{}},
	}
	for _, tt := range tests {
		var got asset.Classification
		if err := json.Unmarshal([]byte(tt.json), &got); err != nil || got != tt.want {
			t.Errorf("Unmarshal(%s) = %v, %v; want %v", tt.json, got, err, tt.want)
		}
	}
}

func TestClassificationUnmarshalErrors(t *testing.T) {
	for _, in := range []string{
		`{"scheme":"guideline-2024","confidentiality":"4"}`,      // unknown code
		`{"scheme":"legacy","confidentiality":"3","rating":"x"}`, // unknown field
		`{"confidentiality":"2"}`,                                // a bare code with no scheme to read it in
		`{"scheme":"2025","confidentiality":"2"}`,                // unknown scheme
		`{"scheme":"","confidentiality":"2"}`,                    // empty scheme
		`{"scheme":"legacy","integrity":"legacy:3"}`,             // no such wire id
		`{"scheme":"legacy","availability":2}`,                   // not a string
		`["legacy"]`,                                             // not an object
	} {
		before := cls(asset.C2, asset.I1, asset.A1)
		got := before
		if err := json.Unmarshal([]byte(in), &got); err == nil {
			t.Errorf("Unmarshal(%s) = %v, nil; want an error", in, got)
		}
		if got != before {
			t.Errorf("Unmarshal(%s) changed the value to %v on error", in, got)
		}
	}
	var c asset.Classification
	if err := c.UnmarshalJSON([]byte(`{"scheme":"legacy"} {}`)); err == nil {
		t.Error("UnmarshalJSON accepted data after the object")
	}
	if _, err := json.Marshal(asset.Classification{Scheme: 7}); err == nil {
		t.Error("Marshal of an invalid scheme succeeded")
	}
	if _, err := json.Marshal(asset.Classification{Scheme: g24, Integrity: 99}); err == nil {
		t.Error("Marshal of an invalid level succeeded")
	}
}

// TestClassificationJSONRoundTrip: any classification that marshals reads
// back as the same value.
func TestClassificationJSONRoundTrip(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		c := policytest.RawClassification().Draw(t, "c")
		b, err := json.Marshal(c)
		if err != nil {
			return // invalid schemes and levels are refused
		}
		var got asset.Classification
		if err := json.Unmarshal(b, &got); err != nil || got != c {
			t.Fatalf("%s read back as %v, %v; want %v", b, got, err, c)
		}
	})
}

func TestAssetJSON(t *testing.T) {
	a := asset.Asset{ID: "juki", Name: "住民記録システム", Kind: asset.InformationSystem, Owner: asset.Administrator,
		Zone: zone.MyNumberZone, MyNumber: true, Contains: []string{"juki-data"}, Classification: cls(asset.C3B, asset.I2, asset.A2)}
	const want = `{"id":"juki","name":"住民記録システム","kind":"information-system","owner":"administrator","zone":"mynumber",` +
		`"myNumber":true,"contains":["juki-data"],"classification":{"scheme":"guideline-2024","confidentiality":"3B","integrity":"2","availability":"2"}}`
	b, err := json.Marshal(a)
	if err != nil || string(b) != want {
		t.Fatalf("Marshal = %s, %v\nwant %s", b, err, want)
	}
	var got asset.Asset
	if err := json.Unmarshal(b, &got); err != nil || got.ID != a.ID || got.Classification != a.Classification ||
		got.Zone != a.Zone || got.Owner != a.Owner || len(got.Contains) != 1 {
		t.Errorf("Unmarshal = %+v, %v", got, err)
	}
	// A facility names no zone, and the field is left out.
	b, _ = json.Marshal(fac("room", low2024))
	if strings.Contains(string(b), "zone") || strings.Contains(string(b), "myNumber") {
		t.Errorf("facility without zone: %s", b)
	}
}

func TestNewClassification(t *testing.T) {
	c, err := asset.NewClassification(asset.LegacyC2, asset.LegacyI2, asset.LegacyA1)
	if err != nil || c != (asset.Classification{Scheme: legacy, Confidentiality: asset.LegacyC2, Integrity: asset.LegacyI2, Availability: asset.LegacyA1}) {
		t.Errorf("NewClassification(legacy) = %v, %v", c, err)
	}
	_, err = asset.NewClassification(asset.C3B, asset.LegacyI2, asset.A1)
	var l field.List
	if !errors.As(err, &l) || len(l) != 1 || l[0].Path != "integrity" || l[0].Kind != field.Forbidden {
		t.Errorf("NewClassification(mixed) error = %v; want one Forbidden at integrity", err)
	}
	_, err = asset.NewClassification(asset.C3B, asset.I2, 0)
	if !errors.As(err, &l) || len(l) != 1 || l[0].Path != "availability" || l[0].Kind != field.Required {
		t.Errorf("NewClassification(unset) error = %v; want one Required at availability", err)
	}
}

func TestClassificationValidAndAtLeast(t *testing.T) {
	hi, lo := cls(asset.C3A, asset.I2, asset.A2), low2024
	if !hi.Valid() || !lo.Valid() || !hi.AtLeast(lo) || lo.AtLeast(hi) || !hi.AtLeast(hi) {
		t.Error("AtLeast within the 2024 scheme is wrong")
	}
	if hi.AtLeast(lowLegacy) || lowLegacy.AtLeast(lo) {
		t.Error("classifications of different schemes are ordered")
	}
	mixed := asset.Classification{Scheme: g24, Confidentiality: asset.C3A, Integrity: asset.LegacyI2, Availability: asset.A2}
	if mixed.Valid() || mixed.AtLeast(lo) {
		t.Errorf("a mixed classification %v is Valid or meets a requirement", mixed)
	}
	if (asset.Classification{}).Valid() {
		t.Error("the unclassified zero is Valid")
	}
	if got := mixed.String(); got != "guideline-2024/C3A/Ilegacy:2/A2" {
		t.Errorf("String = %q", got)
	}
	if got := (asset.Classification{Scheme: legacy}).String(); got != "legacy/C-/I-/A-" {
		t.Errorf("String = %q", got)
	}
}

func TestValidateClassification(t *testing.T) {
	p := field.Path("assets[2].classification")
	tests := []struct {
		name   string
		c      asset.Classification
		scheme asset.Scheme
		want   []problem
	}{
		{"valid 2024", cls(asset.C3C, asset.I1, asset.A2), g24, nil},
		{"valid legacy", cls(asset.LegacyC3, asset.LegacyI2, asset.LegacyA1), legacy, nil},
		{"unclassified", asset.Classification{Scheme: g24}, g24, []problem{
			{p + ".confidentiality", field.Required, ""},
			{p + ".integrity", field.Required, ""},
			{p + ".availability", field.Required, ""}}},
		{"no scheme", asset.Classification{Confidentiality: asset.C2, Integrity: asset.I1, Availability: asset.A1}, g24, []problem{
			{p + ".scheme", field.Required, ""}}},
		{"unknown scheme", asset.Classification{Scheme: 9, Confidentiality: asset.C2, Integrity: asset.I1, Availability: asset.A1}, g24, []problem{
			{p + ".scheme", field.Unsupported, "asset.Scheme(9)"}}},
		{"legacy classification in a 2024 document", lowLegacy, g24, []problem{
			{p + ".scheme", field.Forbidden, "legacy"},
			{p + ".confidentiality", field.Forbidden, "legacy:1"},
			{p + ".integrity", field.Forbidden, "legacy:1"},
			{p + ".availability", field.Forbidden, "legacy:1"}}},
		{"one level of the other scheme", asset.Classification{Scheme: legacy, Confidentiality: asset.C3B, Integrity: asset.LegacyI2, Availability: asset.LegacyA1}, legacy, []problem{
			{p + ".confidentiality", field.Forbidden, "guideline-2024:3B"}}},
		{"integrity 2 of the other scheme", asset.Classification{Scheme: g24, Confidentiality: asset.C2, Integrity: asset.LegacyI2, Availability: asset.A1}, g24, []problem{
			{p + ".integrity", field.Forbidden, "legacy:2"}}},
		{"invalid level", asset.Classification{Scheme: g24, Confidentiality: asset.C2, Integrity: asset.I1, Availability: 77}, g24, []problem{
			{p + ".availability", field.Unsupported, "asset.AvailabilityLevel(77)"}}},
		// With no valid document scheme, levels are held to the
		// classification's own scheme.
		{"no document scheme", asset.Classification{Scheme: legacy, Confidentiality: asset.C2, Integrity: asset.LegacyI1, Availability: asset.LegacyA1}, 0, []problem{
			{p + ".confidentiality", field.Forbidden, "guideline-2024:2"}}},
	}
	for _, tt := range tests {
		got := problems(asset.ValidateClassification(tt.c, tt.scheme, p))
		if !equalProblems(got, tt.want) {
			t.Errorf("%s: got %v\nwant %v", tt.name, got, tt.want)
		}
	}
}

func equalProblems(a, b []problem) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}
