package asset_test

import (
	"encoding/json"
	"errors"
	"reflect"
	"slices"
	"strconv"
	"testing"

	"github.com/jichitai-sec/policy/asset"
	"github.com/jichitai-sec/policy/field"
	"github.com/jichitai-sec/policy/policytest"
	"github.com/jichitai-sec/policy/zone"
	"pgregory.net/rapid"
)

func TestClassificationJSON(t *testing.T) {
	tests := []struct {
		c    asset.Classification
		json string
	}{
		{cls(asset.C3B, asset.I2, asset.A1), `{"confidentiality":"3B","integrity":"2","availability":"1"}`},
		{cls(asset.C3, asset.I1, asset.A2), `{"confidentiality":"3","integrity":"1","availability":"2"}`},
		{asset.Classification{}, `{}`},
		{asset.Classification{Integrity: asset.I2}, `{"integrity":"2"}`},
	}
	for _, tt := range tests {
		b, err := json.Marshal(tt.c)
		if err != nil || string(b) != tt.json {
			t.Errorf("Marshal(%v) = %s, %v; want %s", tt.c, b, err, tt.json)
		}
		var got asset.Classification
		if err := json.Unmarshal([]byte(tt.json), &got); err != nil || got != tt.c {
			t.Errorf("Unmarshal(%s) = %v, %v; want %v", tt.json, got, err, tt.c)
		}
	}
	for _, c := range []asset.Classification{{Confidentiality: 9}, {Integrity: 3}, {Availability: 200}} {
		var me *asset.MarshalError
		if b, err := json.Marshal(c); !errors.As(err, &me) {
			t.Errorf("Marshal(%v) = %s, %v; want a *MarshalError", c, b, err)
		}
	}
}

// TestClassificationWireOnlyCodes: every spelling Parse accepts for people
// (labels, the guideline's 自治体 spellings) and any other text is refused on
// the wire, and the value is left as it was.
func TestClassificationWireOnlyCodes(t *testing.T) {
	var refused []string
	for _, l := range asset.ConfidentialityLevels() {
		refused = append(refused, `{"confidentiality":`+strconv.Quote(l.Ja())+`}`)
		if l != asset.C3 {
			refused = append(refused, `{"confidentiality":"自治体`+l.Ja()+`"}`)
		}
	}
	for _, l := range asset.IntegrityLevels() {
		refused = append(refused, `{"integrity":`+strconv.Quote(l.Ja())+`}`)
	}
	for _, l := range asset.AvailabilityLevels() {
		refused = append(refused, `{"availability":`+strconv.Quote(l.Ja())+`}`)
	}
	refused = append(refused,
		`{"confidentiality":"3b"}`, `{"confidentiality":"4"}`, `{"confidentiality":""}`,
		`{"confidentiality":"legacy:3"}`, `{"integrity":"3"}`, `{"availability":2}`, `["1"]`,
	)
	for _, in := range refused {
		// Each input is accepted by Parse or malformed; either way the wire refuses it.
		before := cls(asset.C2, asset.I1, asset.A1)
		got := before
		if err := json.Unmarshal([]byte(in), &got); err == nil {
			t.Errorf("Unmarshal(%s) = %v, nil; want an error", in, got)
		}
		if got.Integrity != before.Integrity || got.Availability != before.Availability {
			t.Errorf("Unmarshal(%s) changed another level: %v", in, got)
		}
	}
	// The spellings refused above are the ones Parse accepts.
	for _, s := range []string{"機密性3B", "自治体機密性3B", "自治体機密性2"} {
		if _, err := asset.ParseConfidentiality(s); err != nil {
			t.Errorf("ParseConfidentiality(%q): %v", s, err)
		}
	}
}

// TestClassificationRoundTrip: any classification whose levels are codes
// or unclassified reads back as itself; one with an invalid level refuses
// to marshal.
func TestClassificationRoundTrip(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		c := policytest.RawClassification().Draw(t, "c")
		b, err := json.Marshal(c)
		valid := (c.Confidentiality == 0 || c.Confidentiality.Valid()) && (c.Integrity == 0 || c.Integrity.Valid()) &&
			(c.Availability == 0 || c.Availability.Valid())
		if (err == nil) != valid {
			t.Fatalf("Marshal(%v) = %s, %v", c, b, err)
		}
		if err != nil {
			return
		}
		var got asset.Classification
		if err := json.Unmarshal(b, &got); err != nil || got != c {
			t.Fatalf("%s read back as %v, %v; want %v", b, got, err, c)
		}
	})
}

// TestAssetJSON pins the wire form of an asset and checks that any valid
// asset reads back as itself.
func TestAssetJSON(t *testing.T) {
	a := asset.Asset{ID: "juki", Name: "住民記録システム", Kind: asset.InformationSystem, Owner: asset.Administrator,
		Zone: zone.MyNumberZone, MyNumber: true, Contains: []string{"juki-data"}, Classification: cls(asset.C3B, asset.I2, asset.A2)}
	const want = `{"id":"juki","name":"住民記録システム","kind":"information-system","owner":"administrator","zone":"mynumber",` +
		`"myNumber":true,"contains":["juki-data"],"classification":{"confidentiality":"3B","integrity":"2","availability":"2"}}`
	b, err := json.Marshal(a)
	if err != nil || string(b) != want {
		t.Fatalf("Marshal = %s, %v\nwant %s", b, err, want)
	}
	var got asset.Asset
	if err := json.Unmarshal(b, &got); err != nil || !reflect.DeepEqual(got, a) {
		t.Errorf("Unmarshal = %+v, %v", got, err)
	}
	// A facility names no zone and holds no My Number information: both
	// members are left out.
	if b, _ := json.Marshal(fac("room", low)); string(b) != `{"id":"room","name":"facility room","kind":"facility","owner":"assembly","classification":{"confidentiality":"1","integrity":"1","availability":"1"}}` {
		t.Errorf("facility: %s", b)
	}
	// Labels and aliases are for people, not for the wire.
	refused := []string{`{"zone":"個人番号利用事務系"}`, `{"zone":"LGWAN接続系"}`, `{"classification":{"confidentiality":"自治体機密性3A"}}`}
	for _, k := range asset.Kinds() {
		refused = append(refused, `{"kind":`+strconv.Quote(k.Ja())+`}`)
		if k.En() != k.String() {
			refused = append(refused, `{"kind":`+strconv.Quote(k.En())+`}`)
		}
	}
	for _, u := range asset.Units() {
		refused = append(refused, `{"owner":`+strconv.Quote(u.Ja())+`}`)
	}
	for _, z := range zone.All() {
		refused = append(refused, `{"zone":`+strconv.Quote(z.Ja())+`}`)
	}
	for _, in := range refused {
		var a asset.Asset
		if err := json.Unmarshal([]byte(in), &a); err == nil {
			t.Errorf("Unmarshal(%s) accepted a label: %+v", in, a)
		}
	}
	rapid.Check(t, func(t *rapid.T) {
		s := policytest.Scheme().Draw(t, "scheme")
		as := policytest.Assets(s, 5).Draw(t, "assets")
		for i := range as {
			as[i].Classification = policytest.PartialClassification(s).Draw(t, "classification")
		}
		b, err := json.Marshal(as)
		if err != nil {
			t.Fatal(err)
		}
		var back []asset.Asset
		if err := json.Unmarshal(b, &back); err != nil || !reflect.DeepEqual(back, as) && !(len(as) == 0 && len(back) == 0) {
			t.Fatalf("%s read back as %+v, %v", b, back, err)
		}
	})
}

// TestNullWithV1 pins the behaviour of encoding/json (v1) that the package
// documentation names: a JSON null leaves a value unchanged rather than
// being refused. The library's document decoder (v2) refuses it instead.
func TestNullWithV1(t *testing.T) {
	c := cls(asset.C3B, asset.I2, asset.A1)
	if err := json.Unmarshal([]byte(`null`), &c); err != nil || c != cls(asset.C3B, asset.I2, asset.A1) {
		t.Errorf("null into a classification: %v, %v", c, err)
	}
	if err := json.Unmarshal([]byte(`{"confidentiality":null,"integrity":"1"}`), &c); err != nil || c != cls(asset.C3B, asset.I1, asset.A1) {
		t.Errorf("null level: %v, %v", c, err)
	}
}

func TestClassificationString(t *testing.T) {
	for c, want := range map[asset.Classification]string{
		cls(asset.C3B, asset.I2, asset.A1): "C3B/I2/A1",
		cls(asset.C3, asset.I1, asset.A1):  "C3/I1/A1",
		{Integrity: asset.I2}:              "C-/I2/A-",
		{}:                                 "C-/I-/A-",
		{Confidentiality: 9, Integrity: asset.I1, Availability: 70}: "C(9)/I1/A(70)",
	} {
		if got := c.String(); got != want {
			t.Errorf("String() = %q, want %q", got, want)
		}
	}
}

func TestValidateClassification(t *testing.T) {
	p := field.Path("/assets/2/classification")
	tests := []struct {
		name   string
		c      asset.Classification
		scheme asset.Scheme
		want   []problem
	}{
		{"valid 2024", cls(asset.C3C, asset.I1, asset.A2), g24, nil},
		{"valid legacy", cls(asset.C3, asset.I2, asset.A1), legacy, nil},
		{"unclassified is a finding, not a problem", asset.Classification{}, g24, nil},
		{"legacy 3 in a 2024 register", cls(asset.C3, asset.I1, asset.A1), g24, []problem{
			{p + "/confidentiality", field.KindForbidden, "3"}}},
		{"3B in a legacy register", cls(asset.C3B, asset.I1, asset.A1), legacy, []problem{
			{p + "/confidentiality", field.KindForbidden, "3B"}}},
		{"invalid levels", cls(9, 3, 77), g24, []problem{
			{p + "/confidentiality", field.KindNotSupported, "asset.ConfidentialityLevel(9)"},
			{p + "/integrity", field.KindNotSupported, "asset.IntegrityLevel(3)"},
			{p + "/availability", field.KindNotSupported, "asset.AvailabilityLevel(77)"}}},
		// With no valid scheme (Validate reports it), only the values that
		// are no code are reported.
		{"no scheme", cls(asset.C3, 4, asset.A1), 0, []problem{
			{p + "/integrity", field.KindNotSupported, "asset.IntegrityLevel(4)"}}},
	}
	for _, tt := range tests {
		if got := problems(asset.ValidateClassification(tt.c, tt.scheme, p)); !slices.Equal(got, tt.want) {
			t.Errorf("%s: got %v\nwant %v", tt.name, got, tt.want)
		}
	}
	// The details list what the scheme accepts.
	errs := asset.ValidateClassification(cls(asset.C3, 9, asset.A1), g24, p)
	if len(errs) != 2 ||
		errs[0].Detail.En != "confidentiality 3 is not a level of scheme guideline-2024 (allowed: 1, 2, 3C, 3B, 3A); a register classifies by one scheme and never mixes the two" ||
		errs[0].Detail.Ja != "機密性3は令和6年10月改定後の分類の区分ではない（使える区分：1、2、3C、3B、3A）。分類体系は混在させない" ||
		errs[1].Detail.En != "supported values: 1, 2" {
		t.Errorf("details: %v", errs)
	}
	errs = asset.ValidateClassification(cls(99, asset.I1, asset.A1), 0, p)
	if len(errs) != 1 || errs[0].Detail.En != "supported values: 1, 2, 3, 3C, 3B, 3A" {
		t.Errorf("no scheme: %v", errs)
	}
}
