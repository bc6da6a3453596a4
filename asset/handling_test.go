package asset_test

import (
	"slices"
	"testing"

	"github.com/jichitai-sec/policy/asset"
	"github.com/jichitai-sec/policy/clause"
	"github.com/jichitai-sec/policy/policytest"
	"pgregory.net/rapid"
)

// probe is a classification read in a scheme.
type probe struct {
	c asset.Classification
	s asset.Scheme
}

// Probes: one property raised at a time, in both schemes.
var probes = map[string][]probe{
	"C3": {{cls(asset.C3A, asset.I1, asset.A1), g24}, {cls(asset.C3B, asset.I1, asset.A1), g24},
		{cls(asset.C3C, asset.I1, asset.A1), g24}, {cls(asset.C3, asset.I1, asset.A1), legacy}},
	"C2":  {{cls(asset.C2, asset.I1, asset.A1), g24}, {cls(asset.C2, asset.I1, asset.A1), legacy}},
	"I2":  {{cls(asset.C1, asset.I2, asset.A1), g24}, {cls(asset.C1, asset.I2, asset.A1), legacy}},
	"A2":  {{cls(asset.C1, asset.I1, asset.A2), g24}, {cls(asset.C1, asset.I1, asset.A2), legacy}},
	"low": {{low, g24}, {low, legacy}},
}

// TestHandlingRules checks each restriction: which probes require it, the
// clause it rests on, and its band thresholds.
func TestHandlingRules(t *testing.T) {
	tests := []struct {
		r       asset.Restriction
		id      string
		by      []string // the probes that require it
		c, i, a int      // MinimumBand per property
	}{
		{asset.IssuedDevicesOnly, "issued-devices-only", []string{"C3"}, 3, 0, 0},
		{asset.NoExcessCopies, "no-excess-copies", []string{"C3", "C2"}, 2, 0, 0},
		{asset.RestrictedStorage, "restricted-storage", []string{"C3", "C2"}, 2, 0, 0},
		{asset.ProtectedTransit, "protected-transit", []string{"C3", "C2"}, 2, 0, 0},
		{asset.IrrecoverableDisposal, "irrecoverable-disposal", []string{"C3", "C2"}, 2, 0, 0},
		{asset.TrustedLines, "trusted-lines", []string{"C3", "C2"}, 2, 0, 0},
		{asset.OffsiteSafeguards, "offsite-safeguards", []string{"C3", "C2", "I2"}, 2, 2, 0},
		{asset.LockedMediaStorage, "locked-media-storage", []string{"C3", "C2", "I2", "A2"}, 2, 2, 2},
		{asset.Backup, "backup", []string{"I2", "A2"}, 0, 2, 2},
		{asset.ElectronicSignature, "electronic-signature", []string{"I2"}, 0, 2, 0},
		{asset.TimelyRecovery, "timely-recovery", []string{"A2"}, 0, 0, 2},
	}
	if len(tests) != len(asset.Restrictions()) {
		t.Fatalf("%d restrictions tested, %d exist", len(tests), len(asset.Restrictions()))
	}
	for _, tt := range tests {
		if tt.r.String() != tt.id || tt.r.Ja() == "" || tt.r.En() == "" {
			t.Errorf("%v: id %q, Ja %q, En %q", tt.r, tt.r.String(), tt.r.Ja(), tt.r.En())
		}
		if tt.r.Clause() != clause.AssetManagement || tt.r.Clause().String() != "6(2)" {
			t.Errorf("%v rests on %v, want 6(2)", tt.r, tt.r.Clause())
		}
		if got := [3]int{tt.r.MinimumBand(asset.Confidentiality), tt.r.MinimumBand(asset.Integrity), tt.r.MinimumBand(asset.Availability)}; got != [3]int{tt.c, tt.i, tt.a} {
			t.Errorf("%v: MinimumBand = %v, want %v", tt.r, got, [3]int{tt.c, tt.i, tt.a})
		}
		for name, cs := range probes {
			want := slices.Contains(tt.by, name)
			for _, pr := range cs {
				if got := slices.Contains(asset.Handling(pr.c, pr.s), tt.r); got != want {
					t.Errorf("%v required by %v in %v (%s) = %v, want %v", tt.r, pr.c, pr.s, name, got, want)
				}
			}
		}
	}
	if asset.Restriction(0).Clause() != 0 || asset.Restriction(0).MinimumBand(asset.Confidentiality) != 0 ||
		asset.Backup.MinimumBand(0) != 0 {
		t.Error("an invalid restriction or property has a clause or band")
	}
}

func TestHandling(t *testing.T) {
	all := asset.Restrictions()
	conf2 := []asset.Restriction{asset.NoExcessCopies, asset.RestrictedStorage, asset.ProtectedTransit,
		asset.IrrecoverableDisposal, asset.TrustedLines, asset.OffsiteSafeguards, asset.LockedMediaStorage}
	conf3 := append([]asset.Restriction{asset.IssuedDevicesOnly}, conf2...)
	integrity2 := []asset.Restriction{asset.OffsiteSafeguards, asset.LockedMediaStorage, asset.Backup, asset.ElectronicSignature}
	tests := []struct {
		name string
		c    asset.Classification
		s    asset.Scheme
		want []asset.Restriction
	}{
		{"2024 lowest", low, g24, nil},
		{"legacy lowest", low, legacy, nil},
		{"3B only", cls(asset.C3B, asset.I1, asset.A1), g24, conf3},
		{"legacy 3 only", cls(asset.C3, asset.I1, asset.A1), legacy, conf3},
		{"2 only", cls(asset.C2, asset.I1, asset.A1), g24, conf2},
		{"integrity 2 and availability 2", cls(asset.C1, asset.I2, asset.A2), legacy,
			[]asset.Restriction{asset.OffsiteSafeguards, asset.LockedMediaStorage, asset.Backup, asset.ElectronicSignature, asset.TimelyRecovery}},
		{"everything high", hi24, g24, all},
		{"legacy everything high", hiLegacy, legacy, all},
		// Fail closed: an unclassified, invalid or foreign level counts as
		// the highest of its property.
		{"unclassified", asset.Classification{}, g24, all},
		{"integrity unset", cls(asset.C1, 0, asset.A1), g24, integrity2},
		{"invalid confidentiality", cls(99, asset.I1, asset.A1), g24, conf3},
		{"1 read in no scheme", low, 0, all},
		{"3C in a legacy register", cls(asset.C3C, asset.I1, asset.A1), legacy, conf3},
		{"legacy 3 in a 2024 register", cls(asset.C3, asset.I1, asset.A1), g24, conf3},
	}
	for _, tt := range tests {
		if got := asset.Handling(tt.c, tt.s); !slices.Equal(got, tt.want) {
			t.Errorf("%s: Handling(%v, %v) = %v\nwant %v", tt.name, tt.c, tt.s, got, tt.want)
		}
	}
}

// TestHandlingProperties: the result is in declaration order without
// repeats, and raising a level never drops a restriction.
func TestHandlingProperties(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		s := policytest.Scheme().Draw(t, "scheme")
		c := policytest.PartialClassification(s).Draw(t, "c")
		got := asset.Handling(c, s)
		for i := 1; i < len(got); i++ {
			if got[i-1] >= got[i] {
				t.Fatalf("Handling(%v) = %v: not strictly in declaration order", c, got)
			}
		}
		raised := c
		raised.Confidentiality = policytest.ConfidentialityLevel(s).Draw(t, "higher")
		if !s.Confidentiality().AtLeast(raised.Confidentiality, c.Confidentiality) {
			raised.Confidentiality = c.Confidentiality
		}
		for _, r := range got {
			if !slices.Contains(asset.Handling(raised, s), r) {
				t.Fatalf("raising %v to %v dropped %v", c, raised, r)
			}
		}
		if !slices.Equal(asset.Handling(asset.Classification{}, s), asset.Restrictions()) {
			t.Fatal("an unclassified classification does not require every restriction")
		}
	})
}
