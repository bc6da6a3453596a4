package asset_test

import (
	"testing"

	"github.com/jichitai-sec/policy/asset"
	"github.com/jichitai-sec/policy/clause"
	"github.com/jichitai-sec/policy/internal/enum/enumtest"
)

// The closed sets of the package, as documented: ids in order, aliases.
// TestClosedSets and the fuzz targets (fuzz_test.go) hold each to the
// contract of package enum.
var (
	kindSet = enumtest.Set[asset.Kind]{Name: "asset.Kind", All: asset.Kinds(), Parse: asset.ParseKind,
		IDs: []string{"network", "information-system", "facility", "electronic-media", "information",
			"printed-document", "system-document"}}
	unitSet = enumtest.Set[asset.Unit]{Name: "asset.Unit", All: asset.Units(), Parse: asset.ParseUnit,
		IDs: []string{"administrator", "assembly", "audit-commissioners", "secretariat"}}
	propertySet = enumtest.Set[asset.Property]{Name: "asset.Property", All: asset.Properties(), Parse: asset.ParseProperty,
		IDs: []string{"confidentiality", "integrity", "availability"}}
	schemeSet = enumtest.Set[asset.Scheme]{Name: "asset.Scheme", All: asset.Schemes(), Parse: asset.ParseScheme,
		IDs: []string{"guideline-2024", "legacy"}}
	restrictionSet = enumtest.Set[asset.Restriction]{Name: "asset.Restriction", All: asset.Restrictions(), Parse: asset.ParseRestriction,
		IDs: []string{"issued-devices-only", "no-excess-copies", "restricted-storage", "protected-transit",
			"irrecoverable-disposal", "trusted-lines", "offsite-safeguards", "locked-media-storage", "backup",
			"electronic-signature", "timely-recovery"}}
	ruleSet = enumtest.Set[asset.Rule]{Name: "asset.Rule", All: asset.Rules(), Parse: asset.ParseRule, Described: true,
		IDs: []string{"asset-unclassified", "asset-below-minimum", "asset-mynumber-outside-zone",
			"asset-mynumber-holder-outside-zone"}}
	// The level codes are the guideline's notation ("3B"), the documented
	// exception to kebab-case ids.
	confidentialitySet = enumtest.Set[asset.ConfidentialityLevel]{Name: "asset.ConfidentialityLevel",
		All: asset.ConfidentialityLevels(), Parse: asset.ParseConfidentiality, AnyID: true,
		IDs: []string{"1", "2", "3", "3C", "3B", "3A"},
		Aliases: map[string]asset.ConfidentialityLevel{
			"自治体機密性1": asset.C1, "自治体機密性2": asset.C2, "自治体機密性3C": asset.C3C,
			"自治体機密性3B": asset.C3B, "自治体機密性3A": asset.C3A,
		}}
	integritySet = enumtest.Set[asset.IntegrityLevel]{Name: "asset.IntegrityLevel",
		All: asset.IntegrityLevels(), Parse: asset.ParseIntegrity, AnyID: true, IDs: []string{"1", "2"}}
	availabilitySet = enumtest.Set[asset.AvailabilityLevel]{Name: "asset.AvailabilityLevel",
		All: asset.AvailabilityLevels(), Parse: asset.ParseAvailability, AnyID: true, IDs: []string{"1", "2"}}
)

// TestClosedSets holds every closed set of the package to the contract of
// package enum (wire ids only on the wire, labels and aliases for Parse).
func TestClosedSets(t *testing.T) {
	t.Run("Kind", func(t *testing.T) { enumtest.Check(t, kindSet) })
	t.Run("Unit", func(t *testing.T) { enumtest.Check(t, unitSet) })
	t.Run("Property", func(t *testing.T) { enumtest.Check(t, propertySet) })
	t.Run("Scheme", func(t *testing.T) { enumtest.Check(t, schemeSet) })
	t.Run("Restriction", func(t *testing.T) { enumtest.Check(t, restrictionSet) })
	t.Run("Rule", func(t *testing.T) { enumtest.Check(t, ruleSet) })
	t.Run("ConfidentialityLevel", func(t *testing.T) { enumtest.Check(t, confidentialitySet) })
	t.Run("IntegrityLevel", func(t *testing.T) { enumtest.Check(t, integritySet) })
	t.Run("AvailabilityLevel", func(t *testing.T) { enumtest.Check(t, availabilitySet) })
}

// TestLevelLabels pins the labels the policy's readers use: the Japanese
// label is the property's name and the code.
func TestLevelLabels(t *testing.T) {
	for _, c := range []struct {
		got, want string
	}{
		{asset.C3B.Ja(), "機密性3B"}, {asset.C3.Ja(), "機密性3"}, {asset.C1.En(), "confidentiality 1"},
		{asset.I2.Ja(), "完全性2"}, {asset.A1.Ja(), "可用性1"}, {asset.A2.En(), "availability 2"},
	} {
		if c.got != c.want {
			t.Errorf("label %q, want %q", c.got, c.want)
		}
	}
	// The legacy 3 has no 自治体 spelling: the guideline introduced that
	// spelling with the split levels.
	if _, err := asset.ParseConfidentiality("自治体機密性3"); err == nil {
		t.Error(`ParseConfidentiality("自治体機密性3") accepted a spelling the guideline does not use`)
	}
}

// TestClauses: each set cites the clause that brings it into the policy.
func TestClauses(t *testing.T) {
	for _, u := range asset.Units() {
		if u.Clause() != clause.ScopeBodies {
			t.Errorf("%v cites %v, want 4(1)", u, u.Clause())
		}
	}
	wantKind := map[asset.Kind]string{
		asset.Network: "4(2)ア", asset.InformationSystem: "4(2)ア", asset.Facility: "4(2)ア", asset.ElectronicMedia: "4(2)ア",
		asset.Information: "4(2)イ", asset.PrintedDocument: "4(2)イ", asset.SystemDocument: "4(2)ウ",
	}
	for _, k := range asset.Kinds() {
		if k.Clause().String() != wantKind[k] {
			t.Errorf("%v cites %v, want %s", k, k.Clause(), wantKind[k])
		}
	}
	wantProp := map[asset.Property]clause.Clause{
		asset.Confidentiality: clause.DefConfidentiality, asset.Integrity: clause.DefIntegrity, asset.Availability: clause.DefAvailability,
	}
	for _, p := range asset.Properties() {
		if p.Clause() != wantProp[p] {
			t.Errorf("%v cites %v, want %v", p, p.Clause(), wantProp[p])
		}
	}
	if asset.Unit(0).Clause() != 0 || asset.Kind(99).Clause() != 0 || asset.Property(0).Clause() != 0 {
		t.Error("an invalid value cites a clause")
	}
}

func TestZoneRequired(t *testing.T) {
	want := map[asset.Kind]bool{
		asset.Network: false, asset.InformationSystem: true, asset.Facility: false, asset.ElectronicMedia: false,
		asset.Information: true, asset.PrintedDocument: false, asset.SystemDocument: false, 0: false, 99: false,
	}
	for k, w := range want {
		if k.ZoneRequired() != w {
			t.Errorf("%v.ZoneRequired() = %v, want %v", k, !w, w)
		}
	}
}
