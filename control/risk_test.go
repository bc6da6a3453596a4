package control_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/jichitai-sec/policy/asset"
	"github.com/jichitai-sec/policy/control"
	"github.com/jichitai-sec/policy/field"
	"github.com/jichitai-sec/policy/internal/enum/enumtest"
	"github.com/jichitai-sec/policy/policytest"
	"github.com/jichitai-sec/policy/threat"
	"github.com/jichitai-sec/policy/zone"
	"pgregory.net/rapid"
)

func TestClosedSetLikelihood(t *testing.T) {
	enumtest.Check(t, enumtest.Set[control.Likelihood]{
		Name: "control.Likelihood", All: control.Likelihoods(), Parse: control.ParseLikelihood,
		IDs: []string{"low", "medium", "high"},
	})
}

func TestClosedSetLevel(t *testing.T) {
	enumtest.Check(t, enumtest.Set[control.Level]{
		Name: "control.Level", All: control.Levels(), Parse: control.ParseLevel,
		IDs: []string{"low", "medium", "high"},
	})
	if !(control.LevelLow < control.LevelMedium && control.LevelMedium < control.LevelHigh) {
		t.Error("levels are not ordered low < medium < high")
	}
}

func TestClosedSetTreatment(t *testing.T) {
	enumtest.Check(t, enumtest.Set[control.Treatment]{
		Name: "control.Treatment", All: control.Treatments(), Parse: control.ParseTreatment,
		IDs: []string{"reduce", "transfer", "avoid", "accept"},
	})
	if control.Treatment(0).Valid() {
		t.Error("no treatment recorded is a treatment")
	}
}

// TestRiskLevelMatrix pins the matrix cell by cell, as RiskLevel documents
// it, and the fail-closed answer for unset inputs.
func TestRiskLevelMatrix(t *testing.T) {
	const L, M, H = control.LevelLow, control.LevelMedium, control.LevelHigh
	want := map[control.Likelihood][3]control.Level{ // by impact low, medium, high
		control.LikelihoodLow:    {L, L, M},
		control.LikelihoodMedium: {L, M, H},
		control.LikelihoodHigh:   {M, H, H},
	}
	for _, l := range control.Likelihoods() {
		for k, impact := range control.Levels() {
			if got := control.RiskLevel(l, impact); got != want[l][k] {
				t.Errorf("RiskLevel(likelihood %s, impact %s) = %s, want %s", l, impact, got, want[l][k])
			}
		}
	}
	for _, c := range []struct {
		l control.Likelihood
		i control.Level
	}{{0, L}, {9, L}, {control.LikelihoodLow, 0}, {control.LikelihoodLow, 7}, {0, 0}} {
		if got := control.RiskLevel(c.l, c.i); got != H {
			t.Errorf("RiskLevel(%s, %s) = %s, want high (fail closed)", c.l, c.i, got)
		}
	}
}

// TestRiskLevelMonotone: a likelier threat or a greater loss never lowers
// the level.
func TestRiskLevelMonotone(t *testing.T) {
	for _, l := range control.Likelihoods() {
		for _, i := range control.Levels() {
			lv := control.RiskLevel(l, i)
			if l < control.LikelihoodHigh && control.RiskLevel(l+1, i) < lv {
				t.Errorf("likelihood %s → %s lowers the level at impact %s", l, l+1, i)
			}
			if i < control.LevelHigh && control.RiskLevel(l, i+1) < lv {
				t.Errorf("impact %s → %s lowers the level at likelihood %s", i, i+1, l)
			}
		}
	}
}

func reviewRated(c asset.ConfidentialityLevel, i asset.IntegrityLevel, a asset.AvailabilityLevel) asset.Asset {
	return asset.Asset{ID: "x", Name: "x", Kind: asset.Information, Owner: asset.Administrator, Zone: zone.BusinessZone,
		Classification: asset.Classification{Confidentiality: c, Integrity: i, Availability: a}}
}

// TestImpact derives the impact threat by threat from the properties it
// harms (InformationFraud: leak, so confidentiality; CommunicationOutage:
// stoppage, so availability; PowerOutage: destruction and stoppage, so
// integrity and availability; UnauthorizedAccess: all three).
func TestImpact(t *testing.T) {
	const L, M, H = control.LevelLow, control.LevelMedium, control.LevelHigh
	g24, legacy := asset.Guideline2024, asset.Legacy
	for _, c := range []struct {
		name   string
		threat threat.Threat
		assets []asset.Asset
		scheme asset.Scheme
		want   control.Level
	}{
		{"leak of 3B information", threat.InformationFraud, []asset.Asset{reviewRated(asset.C3B, asset.I1, asset.A1)}, g24, H},
		{"leak of 3C information", threat.InformationFraud, []asset.Asset{reviewRated(asset.C3C, asset.I1, asset.A1)}, g24, H},
		{"leak of legacy 3 information", threat.InformationFraud, []asset.Asset{reviewRated(asset.C3, asset.I1, asset.A1)}, legacy, H},
		{"leak of confidentiality 2", threat.InformationFraud, []asset.Asset{reviewRated(asset.C2, asset.I1, asset.A1)}, g24, M},
		{"leak of confidentiality 1", threat.InformationFraud, []asset.Asset{reviewRated(asset.C1, asset.I1, asset.A1)}, g24, L},
		{"a leak does not reach integrity or availability", threat.InformationFraud, []asset.Asset{reviewRated(asset.C1, asset.I2, asset.A2)}, g24, L},
		{"outage of an A2 system", threat.CommunicationOutage, []asset.Asset{reviewRated(asset.C1, asset.I1, asset.A2)}, g24, M},
		{"outage of an A1 system", threat.CommunicationOutage, []asset.Asset{reviewRated(asset.C1, asset.I1, asset.A1)}, g24, L},
		{"an outage does not reach confidentiality", threat.CommunicationOutage, []asset.Asset{reviewRated(asset.C3A, asset.I2, asset.A1)}, g24, L},
		{"power outage on integrity 2", threat.PowerOutage, []asset.Asset{reviewRated(asset.C3B, asset.I2, asset.A1)}, g24, M},
		{"power outage on integrity 1, availability 1", threat.PowerOutage, []asset.Asset{reviewRated(asset.C3B, asset.I1, asset.A1)}, g24, L},
		{"unauthorized access to 3A", threat.UnauthorizedAccess, []asset.Asset{reviewRated(asset.C3A, asset.I1, asset.A1)}, g24, H},
		{"unauthorized access to integrity 2", threat.UnauthorizedAccess, []asset.Asset{reviewRated(asset.C1, asset.I2, asset.A1)}, g24, M},
		{"unauthorized access to 1/1/1", threat.UnauthorizedAccess, []asset.Asset{reviewRated(asset.C1, asset.I1, asset.A1)}, g24, L},
		{"the highest band of several assets", threat.CommunicationOutage,
			[]asset.Asset{reviewRated(asset.C1, asset.I1, asset.A1), reviewRated(asset.C1, asset.I1, asset.A2)}, g24, M},
		{"the highest band of several assets, confidentiality", threat.InformationFraud,
			[]asset.Asset{reviewRated(asset.C2, asset.I1, asset.A1), reviewRated(asset.C3B, asset.I1, asset.A1), reviewRated(asset.C1, asset.I1, asset.A1)}, g24, H},

		// Fail closed.
		{"unclassified confidentiality counts as 3", threat.InformationFraud, []asset.Asset{reviewRated(0, asset.I1, asset.A1)}, g24, H},
		{"legacy 3 in the 2024 scheme counts as the highest band", threat.InformationFraud, []asset.Asset{reviewRated(asset.C3, asset.I1, asset.A1)}, g24, H},
		{"confidentiality 2 is allowed in both schemes", threat.InformationFraud, []asset.Asset{reviewRated(asset.C2, asset.I1, asset.A1)}, legacy, M},
		{"3B in the legacy scheme counts as the highest band", threat.InformationFraud, []asset.Asset{reviewRated(asset.C3B, asset.I1, asset.A1)}, legacy, H},
		{"unclassified availability counts as 2", threat.CommunicationOutage, []asset.Asset{reviewRated(asset.C1, asset.I1, 0)}, g24, M},
		{"invalid integrity counts as 2", threat.PowerOutage, []asset.Asset{reviewRated(asset.C1, 9, asset.A1)}, g24, M},
		{"an invalid scheme allows nothing", threat.InformationFraud, []asset.Asset{reviewRated(asset.C1, asset.I1, asset.A1)}, 0, H},
		{"no assets: a leak", threat.InformationFraud, nil, g24, H},
		{"no assets: an outage", threat.CommunicationOutage, nil, g24, M},
		{"an invalid threat harms every property (1/1/1)", 0, []asset.Asset{reviewRated(asset.C1, asset.I1, asset.A1)}, g24, L},
		{"an invalid threat harms every property (availability 2)", threat.Threat(99), []asset.Asset{reviewRated(asset.C1, asset.I1, asset.A2)}, g24, M},
		{"an invalid threat harms every property (3B)", 0, []asset.Asset{reviewRated(asset.C3B, asset.I1, asset.A1)}, g24, H},
	} {
		if got := control.Impact(c.threat, c.assets, c.scheme); got != c.want {
			t.Errorf("%s: Impact = %s, want %s", c.name, got, c.want)
		}
	}
}

// TestImpactEveryThreat: for each threat of the catalog, a single asset
// rated at the top of exactly one property gives high or medium impact if
// and only if the threat harms that property.
func TestImpactEveryThreat(t *testing.T) {
	top := map[asset.Property]asset.Asset{
		asset.Confidentiality: reviewRated(asset.C3B, asset.I1, asset.A1),
		asset.Integrity:       reviewRated(asset.C1, asset.I2, asset.A1),
		asset.Availability:    reviewRated(asset.C1, asset.I1, asset.A2),
	}
	wantHit := map[asset.Property]control.Level{
		asset.Confidentiality: control.LevelHigh, asset.Integrity: control.LevelMedium, asset.Availability: control.LevelMedium,
	}
	for _, th := range threat.All() {
		for p, a := range top {
			want := control.LevelLow
			if th.Damages(p) {
				want = wantHit[p]
			}
			if got := control.Impact(th, []asset.Asset{a}, asset.Guideline2024); got != want {
				t.Errorf("%s on an asset rated top for %s only: impact %s, want %s", th, p, got, want)
			}
		}
	}
}

// TestImpactMonotone: raising an asset's level, or adding an asset, never
// lowers the impact.
func TestImpactMonotone(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		s := policytest.Scheme().Draw(t, "scheme")
		th := rapid.SampledFrom(threat.All()).Draw(t, "threat")
		assets := policytest.Assets(s, 4).Draw(t, "assets")
		if len(assets) == 0 {
			return
		}
		before := control.Impact(th, assets, s)
		more := append(append([]asset.Asset(nil), assets...), policytest.Asset(s, "extra").Draw(t, "extra"))
		if after := control.Impact(th, more, s); after < before {
			t.Fatalf("adding an asset lowers the impact from %s to %s", before, after)
		}
		i := rapid.IntRange(0, len(assets)-1).Draw(t, "raised")
		raised := append([]asset.Asset(nil), assets...)
		c := &raised[i].Classification
		c.Confidentiality = rapid.SampledFrom(reviewAtLeast(s.Confidentiality(), c.Confidentiality)).Draw(t, "confidentiality")
		c.Integrity = rapid.SampledFrom(reviewAtLeast(s.Integrity(), c.Integrity)).Draw(t, "integrity")
		c.Availability = rapid.SampledFrom(reviewAtLeast(s.Availability(), c.Availability)).Draw(t, "availability")
		if after := control.Impact(th, raised, s); after < before {
			t.Fatalf("raising %s from %s to %s lowers the impact from %s to %s", raised[i].ID,
				assets[i].Classification, raised[i].Classification, before, after)
		}
	})
}

// reviewAtLeast returns the levels of scale k at or above l.
func reviewAtLeast[L asset.Level](k asset.Scale[L], l L) []L {
	var out []L
	for _, m := range k.Levels() {
		if k.AtLeast(m, l) {
			out = append(out, m)
		}
	}
	return out
}

func reviewOkRisk() control.Risk {
	return control.Risk{ID: "risk-1", Threat: threat.InformationFraud, Assets: []string{"juki", "web"},
		Likelihood: control.LikelihoodMedium, Treatment: control.TreatmentReduce, TreatmentNote: "標的型メール訓練", Accepted: control.LevelLow}
}

func TestAssessRisks(t *testing.T) {
	at := field.Root.Child("risks")
	r0 := at.Index(0)
	for _, c := range []struct {
		name   string
		change func(rs []control.Risk) []control.Risk
		want   []reviewProblem
	}{
		{"valid", func(rs []control.Risk) []control.Risk { return rs }, nil},
		{"no treatment is no problem", func(rs []control.Risk) []control.Risk { rs[0].Treatment = 0; return rs }, nil},
		{"missing id", func(rs []control.Risk) []control.Risk { rs[0].ID = ""; return rs },
			[]reviewProblem{{r0.Child("id"), field.KindRequired}}},
		{"duplicate id", func(rs []control.Risk) []control.Risk { return append(rs, reviewOkRisk()) },
			[]reviewProblem{{at.Index(1).Child("id"), field.KindDuplicate}}},
		{"missing threat", func(rs []control.Risk) []control.Risk { rs[0].Threat = 0; return rs },
			[]reviewProblem{{r0.Child("threat"), field.KindRequired}}},
		{"unknown threat", func(rs []control.Risk) []control.Risk { rs[0].Threat = 200; return rs },
			[]reviewProblem{{r0.Child("threat"), field.KindNotSupported}}},
		{"no assets", func(rs []control.Risk) []control.Risk { rs[0].Assets = nil; return rs },
			[]reviewProblem{{r0.Child("assets"), field.KindRequired}}},
		{"empty asset id", func(rs []control.Risk) []control.Risk { rs[0].Assets[1] = ""; return rs },
			[]reviewProblem{{r0.Child("assets").Index(1), field.KindRequired}}},
		{"unknown asset", func(rs []control.Risk) []control.Risk { rs[0].Assets[0] = "jyuki"; return rs },
			[]reviewProblem{{r0.Child("assets").Index(0), field.KindNotFound}}},
		{"repeated asset", func(rs []control.Risk) []control.Risk { rs[0].Assets = append(rs[0].Assets, "juki"); return rs },
			[]reviewProblem{{r0.Child("assets").Index(2), field.KindDuplicate}}},
		{"missing likelihood", func(rs []control.Risk) []control.Risk { rs[0].Likelihood = 0; return rs },
			[]reviewProblem{{r0.Child("likelihood"), field.KindRequired}}},
		{"unknown likelihood", func(rs []control.Risk) []control.Risk { rs[0].Likelihood = 4; return rs },
			[]reviewProblem{{r0.Child("likelihood"), field.KindNotSupported}}},
		{"unknown treatment", func(rs []control.Risk) []control.Risk { rs[0].Treatment = 5; return rs },
			[]reviewProblem{{r0.Child("treatment"), field.KindNotSupported}}},
		{"missing accepted level", func(rs []control.Risk) []control.Risk { rs[0].Accepted = 0; return rs },
			[]reviewProblem{{r0.Child("accepted"), field.KindRequired}}},
		{"unknown accepted level", func(rs []control.Risk) []control.Risk { rs[0].Accepted = 4; return rs },
			[]reviewProblem{{r0.Child("accepted"), field.KindNotSupported}}},
	} {
		t.Run(c.name, func(t *testing.T) {
			rs := c.change([]control.Risk{reviewOkRisk()})
			got, errs := control.AssessRisks(rs, reviewRegister(), reviewScheme, at)
			if d := cmp.Diff(c.want, reviewProblemsOf(errs)); d != "" {
				t.Errorf("problems (-want +got):\n%s\n%v", d, errs)
			}
			if len(got) != len(rs) {
				t.Fatalf("%d assessments for %d risks", len(got), len(rs))
			}
			for _, e := range errs {
				if e.Detail.Ja == "" || e.Detail.En == "" {
					t.Errorf("%s: no explanation in one language", e.Path)
				}
			}
		})
	}
}

func TestAssessRisksValues(t *testing.T) {
	const L, M, H = control.LevelLow, control.LevelMedium, control.LevelHigh
	risks := []control.Risk{
		// A leak of juki (3B) and web (1): high impact; medium likelihood: high.
		reviewOkRisk(),
		// An outage of the web server (A1): low; high likelihood: medium.
		{ID: "r2", Threat: threat.CommunicationOutage, Assets: []string{"web"}, Likelihood: control.LikelihoodHigh, Accepted: L},
		// An outage of the LAN (A2): medium; low likelihood: low.
		{ID: "r3", Threat: threat.CommunicationOutage, Assets: []string{"lan"}, Likelihood: control.LikelihoodLow, Accepted: L},
		// An unknown asset counts at the top of every property: a leak, high;
		// low likelihood: medium.
		{ID: "r4", Threat: threat.InformationFraud, Assets: []string{"web", "nowhere"}, Likelihood: control.LikelihoodLow, Accepted: L},
		// An outage, to an unknown asset: medium, the most an outage reaches.
		{ID: "r5", Threat: threat.CommunicationOutage, Assets: []string{"nowhere"}, Likelihood: control.LikelihoodLow, Accepted: L},
		// No assets: every property at the top, so a leak is high; an
		// unknown likelihood: high.
		{ID: "r6", Threat: threat.InformationFraud, Likelihood: 0, Accepted: L},
		// No assets and an outage: medium.
		{ID: "r7", Threat: threat.CommunicationOutage, Likelihood: control.LikelihoodHigh, Accepted: L},
	}
	got, errs := control.AssessRisks(risks, reviewRegister(), reviewScheme, "/risks")
	if len(errs) != 5 {
		t.Errorf("want 5 problems (2 unknown assets, 2 without assets, no likelihood), got:\n%v", errs)
	}
	want := [][2]control.Level{{H, H}, {L, M}, {M, L}, {H, M}, {M, L}, {H, H}, {M, H}}
	for i, a := range got {
		if [2]control.Level{a.Impact, a.Level} != want[i] {
			t.Errorf("%s: impact %s, level %s; want %s, %s", a.ID, a.Impact, a.Level, want[i][0], want[i][1])
		}
		if d := cmp.Diff(risks[i], a.Risk); d != "" {
			t.Errorf("%s: the assessment changed the risk (-given +assessed):\n%s", a.ID, d)
		}
	}
	got[0].Assets[0] = "changed"
	if risks[0].Assets[0] != "juki" {
		t.Error("an assessment shares its asset list with the caller's risk")
	}
}

func TestExceedsAndUntreated(t *testing.T) {
	const L, M, H = control.LevelLow, control.LevelMedium, control.LevelHigh
	for _, c := range []struct {
		level, accepted    control.Level
		treatment          control.Treatment
		exceeds, untreated bool
	}{
		{H, M, 0, true, true},
		{H, M, control.TreatmentReduce, true, false},
		{H, M, control.TreatmentAccept, true, false},
		{H, M, 9, true, true}, // an unknown treatment is none
		{M, M, 0, false, false},
		{L, H, 0, false, false},
		{L, 0, 0, true, true}, // nothing accepted
		{L, 7, 0, true, true}, // an unknown accepted level accepts nothing
		{0, H, 0, false, false},
		{0, M, 0, true, true}, // an unknown level counts as high
	} {
		a := control.Assessed{Risk: control.Risk{Accepted: c.accepted, Treatment: c.treatment}, Level: c.level}
		if a.Exceeds() != c.exceeds || a.Untreated() != c.untreated {
			t.Errorf("level %s, accepted %s, treatment %s: Exceeds %v, Untreated %v; want %v, %v",
				c.level, c.accepted, c.treatment, a.Exceeds(), a.Untreated(), c.exceeds, c.untreated)
		}
	}
}

// TestAssessRisksGenerated: the generators' valid risks pass and are
// assessed as Impact and RiskLevel say; the seeded ones report exactly the
// seeded problems.
func TestAssessRisksGenerated(t *testing.T) {
	at := field.Root.Child("risks")
	rapid.Check(t, func(t *rapid.T) {
		s := policytest.Scheme().Draw(t, "scheme")
		assets := policytest.Assets(s, 5).Draw(t, "assets")
		if len(assets) == 0 {
			return
		}
		byID := map[string]asset.Asset{}
		for _, a := range assets {
			byID[a.ID] = a
		}
		rs := policytest.Risks(assets, 5).Draw(t, "valid")
		got, errs := control.AssessRisks(rs, assets, s, at)
		if len(errs) != 0 {
			t.Fatalf("valid risks reported:\n%v", errs)
		}
		for i, a := range got {
			var named []asset.Asset
			for _, id := range rs[i].Assets {
				named = append(named, byID[id])
			}
			if impact := control.Impact(a.Threat, named, s); a.Impact != impact || a.Level != control.RiskLevel(a.Likelihood, impact) {
				t.Fatalf("%s: impact %s, level %s; Impact says %s", a.ID, a.Impact, a.Level, impact)
			}
		}
		seeded := policytest.InvalidRisks(assets, at, 5).Draw(t, "seeded")
		_, errs = control.AssessRisks(seeded.Risks, assets, s, at)
		if d := cmp.Diff(seeded.Problems, reviewSortedProblems(errs)); d != "" {
			t.Fatalf("problems (-seeded +reported):\n%s", d)
		}
	})
}
