package asset_test

import (
	"encoding/json"
	"testing"

	"github.com/jichitai-sec/policy/asset"
	"github.com/jichitai-sec/policy/internal/enum/enumtest"
)

// FuzzClosedSets holds every closed set of the package (Kind, Unit,
// Property, Scheme, Restriction, Rule and the three levels) to the
// contract of package enum on arbitrary text, as one target
// (enumtest.Fuzz).
func FuzzClosedSets(f *testing.F) {
	enumtest.Fuzz(f, enumtest.CaseOf(kindSet), enumtest.CaseOf(unitSet), enumtest.CaseOf(propertySet), enumtest.CaseOf(schemeSet), enumtest.CaseOf(restrictionSet), enumtest.CaseOf(ruleSet), enumtest.CaseOf(confidentialitySet), enumtest.CaseOf(integritySet), enumtest.CaseOf(availabilitySet))
}

// FuzzClassificationJSON: decoding never panics; what decodes holds codes
// only, encodes, and decodes again to the same value; and Validate, Check
// and Handling give a verdict on it in either scheme, Check failing exactly
// when Validate does, and Handling failing closed.
func FuzzClassificationJSON(f *testing.F) {
	for _, s := range []string{
		`{"confidentiality":"3B","integrity":"2","availability":"1"}`,
		`{"confidentiality":"3","integrity":"2","availability":"1"}`,
		`{"confidentiality":"機密性3A"}`, `{"confidentiality":"自治体機密性3A"}`,
		`{"confidentiality":"legacy:3"}`, `{"scheme":"legacy"}`,
		`{}`, `null`, `[]`, `{"integrity":1}`, `{"x":1}`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		var c asset.Classification
		if err := json.Unmarshal(data, &c); err != nil {
			return
		}
		if (c.Confidentiality != 0 && !c.Confidentiality.Valid()) || (c.Integrity != 0 && !c.Integrity.Valid()) ||
			(c.Availability != 0 && !c.Availability.Valid()) {
			t.Fatalf("%s decoded to %v, which holds a value that is no code", data, c)
		}
		b, err := json.Marshal(c)
		if err != nil {
			t.Fatalf("%s decoded to %v, which does not encode: %v", data, c, err)
		}
		var back asset.Classification
		if err := json.Unmarshal(b, &back); err != nil || back != c {
			t.Fatalf("%s → %v → %s → %v, %v", data, c, b, back, err)
		}
		for _, s := range asset.Schemes() {
			a := []asset.Asset{{ID: "a", Name: "a", Kind: asset.Facility, Owner: asset.Assembly, Classification: c}}
			errs := asset.Validate(a, s, "/assets")
			fs, err := asset.Check(a, s, "/assets")
			if (len(errs) > 0) != (err != nil) {
				t.Fatalf("%v in %v: Validate %v, but Check %v, %v", c, s, errs, fs, err)
			}
			if !s.Allows(c) && len(asset.Handling(c, s)) == 0 {
				t.Fatalf("%v in %v: incomplete or doubtful, yet requires no restriction", c, s)
			}
		}
	})
}
