package control_test

import (
	"fmt"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/jichitai-sec/policy/asset"
	"github.com/jichitai-sec/policy/clause"
	"github.com/jichitai-sec/policy/control"
	"github.com/jichitai-sec/policy/lang"
	"github.com/jichitai-sec/policy/threat"
	"github.com/jichitai-sec/policy/zone"
)

// measureClauses are the clauses of 6, 7 and 8: what the catalog reads as
// measures.
var measureClauses = []clause.Clause{
	clause.Measures, clause.Organization, clause.AssetManagement, clause.Resilience,
	clause.MyNumberIsolation, clause.BusinessSeparation, clause.InternetBoundary,
	clause.Physical, clause.Human, clause.Technical, clause.Operation, clause.Outsourcing,
	clause.Evaluation, clause.AuditAndSelfInspection, clause.Review,
}

// TestEveryMeasureClauseHasAControl: each clause of 6, 7 and 8 is carried
// by at least one control, so that no measure of the policy is left out of
// the catalog.
func TestEveryMeasureClauseHasAControl(t *testing.T) {
	for _, c := range measureClauses {
		var got []control.Control
		for _, ctl := range control.All() {
			if ctl.Clause() == c {
				got = append(got, ctl)
			}
		}
		if len(got) == 0 {
			t.Errorf("clause %s (%s) has no control", c, c.Ja())
		}
	}
}

// TestEveryControlCitesAMeasureClause: a control rests on a clause of 6–8,
// never on a definition, the scope or the threats.
func TestEveryControlCitesAMeasureClause(t *testing.T) {
	if len(control.All()) != 58 {
		t.Errorf("the catalog has %d controls, want 58 (update the closed-set test too)", len(control.All()))
	}
	for _, c := range control.All() {
		if !c.Clause().Valid() || !slices.Contains(measureClauses, c.Clause()) {
			t.Errorf("%s cites %s, not a clause of 6, 7 or 8", c, c.Clause())
		}
	}
}

// TestDutyFollowsClause: 6(6), 6(7) and 6(8) are worded as duties to strive
// for (「…講じるよう努めるものとする」); every other measure is firm. The
// expectation is written here from the policy's wording, not read from
// package clause.
func TestDutyFollowsClause(t *testing.T) {
	effort := []clause.Clause{clause.Technical, clause.Operation, clause.Outsourcing}
	for _, c := range control.All() {
		want := clause.Firm
		if slices.Contains(effort, c.Clause()) {
			want = clause.Effort
		}
		if c.Duty() != want {
			t.Errorf("%s (%s): Duty() = %v, want %v", c, c.Clause(), c.Duty(), want)
		}
		if e, _ := control.Lookup(c); e.Duty != want {
			t.Errorf("%s: Entry.Duty = %v, want %v", c, e.Duty, want)
		}
	}
	for c, want := range map[control.Control]clause.Duty{
		control.TechMalware: clause.Effort, control.TechWirelessEAPTLS: clause.Effort,
		control.OpsMonitoring: clause.Effort, control.VendorContract: clause.Effort,
		control.SocialMediaResponsible: clause.Effort, control.MyNumberTwoFactor: clause.Firm,
		control.InternetBoundary: clause.Firm, control.HumanTraining: clause.Firm,
		control.EvalSelfInspection: clause.Firm, control.EvalReview: clause.Firm,
		control.PhysAreaEntry: clause.Firm, control.AssetEncryption: clause.Firm,
	} {
		if c.Duty() != want {
			t.Errorf("%s: Duty() = %v, want %v", c, c.Duty(), want)
		}
	}
}

// TestThreatCoverage: every threat of clause 3 is mitigated by at least one
// control, and every control mitigates at least one threat and protects at
// least one property: a control that answers no threat of 3 would be
// outside what 6 asks for ("上記3の脅威から情報資産を保護するために").
func TestThreatCoverage(t *testing.T) {
	for _, th := range threat.All() {
		n := 0
		for _, c := range control.All() {
			if c.Mitigates(th) {
				n++
			}
		}
		if n == 0 {
			t.Errorf("threat %s (%s, %s) is mitigated by no control", th, th.Ja(), th.Clause())
		}
	}
	for _, c := range control.All() {
		e, ok := control.Lookup(c)
		if !ok {
			t.Fatalf("Lookup(%s) failed", c)
		}
		if len(e.Threats) == 0 {
			t.Errorf("%s mitigates no threat", c)
		}
		if len(e.Protects) == 0 {
			t.Errorf("%s protects no property", c)
		}
		for _, p := range e.Protects {
			if !p.Valid() {
				t.Errorf("%s protects invalid property %v", c, p)
			}
		}
	}
}

// TestThreatMatrix: the matrix has a row for every threat and no other,
// and agrees cell by cell with Control.Mitigates and Entry.Threats, each
// row in catalog order without repeats.
func TestThreatMatrix(t *testing.T) {
	m := control.ThreatMatrix()
	if len(m) != len(threat.All()) {
		t.Errorf("matrix has %d rows, want %d", len(m), len(threat.All()))
	}
	for _, th := range threat.All() {
		row, ok := m[th]
		if !ok {
			t.Errorf("matrix has no row for %s", th)
			continue
		}
		if !slices.IsSorted(row) || len(slices.Compact(slices.Clone(row))) != len(row) {
			t.Errorf("row %s is not in catalog order without repeats: %v", th, row)
		}
		for _, c := range control.All() {
			in := slices.Contains(row, c)
			if in != c.Mitigates(th) {
				t.Errorf("matrix[%s] has %s: %v; %s.Mitigates(%s) = %v", th, c, in, c, th, c.Mitigates(th))
			}
			e, _ := control.Lookup(c)
			if slices.Contains(e.Threats, th) != in {
				t.Errorf("Entry(%s).Threats %v disagrees with the matrix on %s", c, e.Threats, th)
			}
		}
	}
	if control.Control(0).Mitigates(threat.Malware) || control.Control(200).Mitigates(threat.Malware) {
		t.Error("an invalid control mitigates a threat")
	}
	if control.TechMalware.Mitigates(threat.Threat(0)) || control.TechMalware.Mitigates(threat.Threat(200)) {
		t.Error("a control mitigates an invalid threat")
	}
}

// TestEntries: every entry describes its control completely and agrees with
// the control's own methods.
func TestEntries(t *testing.T) {
	cat := control.Catalog()
	if len(cat) != len(control.All()) {
		t.Fatalf("Catalog() has %d entries, want %d", len(cat), len(control.All()))
	}
	for i, c := range control.All() {
		e := cat[i]
		if e.Control != c {
			t.Errorf("Catalog()[%d].Control = %v, want %v", i, e.Control, c)
		}
		if l, ok := control.Lookup(c); !ok || !cmp.Equal(l, e) {
			t.Errorf("Lookup(%s) = %v, %v; differs from Catalog()[%d]", c, l, ok, i)
		}
		if e.Title != (lang.Text{Ja: c.Ja(), En: c.En()}) {
			t.Errorf("%s: Title %v, want the control's labels", c, e.Title)
		}
		if e.Clause != c.Clause() || e.Duty != c.Duty() || e.Section != c.Section() || e.Scope != c.Scope() || e.Waivable != c.Waivable() {
			t.Errorf("%s: entry %+v disagrees with the control's methods", c, e)
		}
		if !e.Section.Valid() {
			t.Errorf("%s: no section", c)
		}
		if !e.Basis.Valid() {
			t.Errorf("%s: no basis", c)
		}
		if !e.Scope.Valid() {
			t.Errorf("%s: no scope", c)
		}
		if e.Purpose.Ja == "" || e.Purpose.En == "" {
			t.Errorf("%s: purpose missing in a language: %+v", c, e.Purpose)
		}
		if !slices.IsSorted(e.Threats) || !slices.IsSorted(e.Protects) {
			t.Errorf("%s: threats %v or properties %v not in order", c, e.Threats, e.Protects)
		}
		if e.Scope == control.ScopeOrganization && !cmp.Equal(e.Applies, control.Applicability{}) {
			t.Errorf("%s is organization-wide but names the assets it applies to: %+v", c, e.Applies)
		}
		for _, mb := range e.Applies.MinBands {
			if !mb.Property.Valid() || mb.Band < 1 || mb.Band > 3 {
				t.Errorf("%s: threshold %+v", c, mb)
			}
		}
		if e.Applies.MyNumber && len(e.Applies.MinBands) == 0 {
			t.Errorf("%s: MyNumber without a threshold", c)
		}
	}
	if e, ok := control.Lookup(0); ok || !cmp.Equal(e, control.Entry{}) {
		t.Errorf("Lookup(0) = %+v, %v", e, ok)
	}
	if _, ok := control.Lookup(control.Control(len(control.All()) + 1)); ok {
		t.Error("Lookup of an out-of-range control succeeded")
	}
	for _, bad := range []control.Control{0, 59, 255} {
		if bad.Clause() != 0 || bad.Duty() != 0 || bad.Section() != 0 || bad.Scope() != 0 || bad.Waivable() {
			t.Errorf("control.Control(%d): clause %v, duty %v, section %v, scope %v, waivable %v; want all unset",
				bad, bad.Clause(), bad.Duty(), bad.Section(), bad.Scope(), bad.Waivable())
		}
	}
}

// TestCatalogPins pins the entries whose reading the rest of the library
// relies on: the clause each rests on, the section it is filed under, its
// scope and whether it may be waived.
func TestCatalogPins(t *testing.T) {
	tests := []struct {
		c        control.Control
		clause   clause.Clause
		section  string
		scope    control.Scope
		waivable bool
	}{
		{control.OrgStandard, clause.Measures, "1", control.ScopeOrganization, false},
		{control.OrgCISO, clause.Organization, "1", control.ScopeOrganization, false},
		{control.OrgCSIRT, clause.Organization, "1", control.ScopeOrganization, false},
		{control.AssetClassification, clause.AssetManagement, "2", control.ScopeAsset, false},
		{control.AssetInventory, clause.AssetManagement, "2", control.ScopeAsset, false},
		{control.AssetEncryption, clause.AssetManagement, "2", control.ScopeAsset, true},
		{control.ZoneDelineation, clause.Resilience, "3-1", control.ScopeOrganization, false},
		{control.MyNumberIsolation, clause.MyNumberIsolation, "3-1", control.ScopeAsset, false},
		{control.MyNumberTwoFactor, clause.MyNumberIsolation, "3-1", control.ScopeAsset, false},
		{control.MyNumberNoTakeout, clause.MyNumberIsolation, "3-1", control.ScopeAsset, false},
		{control.BusinessPathSeparation, clause.BusinessSeparation, "3-2", control.ScopeAsset, false},
		{control.BusinessSanitization, clause.BusinessSeparation, "3-2", control.ScopeAsset, false},
		{control.InternetBoundary, clause.InternetBoundary, "3-3", control.ScopeAsset, false},
		{control.PhysServerPlacement, clause.Physical, "4-1", control.ScopeAsset, true},
		{control.PhysAreaEntry, clause.Physical, "4-2", control.ScopeAsset, true},
		{control.PhysLines, clause.Physical, "4-3", control.ScopeAsset, true},
		{control.PhysTerminals, clause.Physical, "4-4", control.ScopeAsset, true},
		{control.HumanRules, clause.Human, "5-1", control.ScopeAsset, false},
		{control.HumanTraining, clause.Human, "5-2", control.ScopeOrganization, false},
		{control.HumanReporting, clause.Human, "5-3", control.ScopeOrganization, false},
		{control.HumanCredentials, clause.Human, "5-4", control.ScopeOrganization, false},
		{control.TechWirelessEAPTLS, clause.Technical, "6-1", control.ScopeAsset, true},
		{control.TechMalware, clause.Technical, "6-4", control.ScopeAsset, true},
		{control.OpsComplianceCheck, clause.Operation, "7-2", control.ScopeOrganization, true},
		{control.OpsExceptions, clause.Operation, "7-4", control.ScopeOrganization, true},
		{control.VendorContract, clause.Outsourcing, "8-1", control.ScopeOrganization, true},
		{control.VendorSystemWork, clause.Outsourcing, "8-2", control.ScopeOrganization, true},
		{control.CloudConfidential, clause.Outsourcing, "8-3", control.ScopeOrganization, true},
		{control.SocialMediaResponsible, clause.Outsourcing, "8-4", control.ScopeOrganization, true},
		{control.EvalImprovement, clause.Evaluation, "9", control.ScopeOrganization, true},
		{control.EvalSelfInspection, clause.AuditAndSelfInspection, "9", control.ScopeOrganization, true},
		{control.EvalReview, clause.Review, "9", control.ScopeOrganization, true},
	}
	for _, tt := range tests {
		if tt.c.Clause() != tt.clause || tt.c.Section().String() != tt.section || tt.c.Scope() != tt.scope || tt.c.Waivable() != tt.waivable {
			t.Errorf("%s: clause %s, section %s, scope %s, waivable %v; want %s, %s, %s, %v", tt.c,
				tt.c.Clause(), tt.c.Section(), tt.c.Scope(), tt.c.Waivable(), tt.clause, tt.section, tt.scope, tt.waivable)
		}
	}
}

// TestApplicabilityPins pins what the entries say about the assets that
// need them, as a reader of the catalog sees it.
func TestApplicabilityPins(t *testing.T) {
	tests := []struct {
		c    control.Control
		want control.Applicability
	}{
		{control.AssetClassification, control.Applicability{}},
		{control.HumanRules, control.Applicability{}},
		{control.MyNumberTwoFactor, control.Applicability{Kinds: []asset.Kind{asset.InformationSystem}, Zones: []zone.Zone{zone.MyNumberZone}}},
		{control.InternetBoundary, control.Applicability{Kinds: []asset.Kind{asset.Network, asset.InformationSystem}, Zones: []zone.Zone{zone.InternetZone}}},
		{control.TechWirelessEAPTLS, control.Applicability{Kinds: []asset.Kind{asset.Network}, Zones: []zone.Zone{zone.MyNumberZone, zone.BusinessZone}, Wireless: true}},
		{control.AssetEncryption, control.Applicability{
			Kinds:    []asset.Kind{asset.ElectronicMedia, asset.Information, asset.PrintedDocument, asset.SystemDocument},
			MinBands: []control.MinBand{{Property: asset.Confidentiality, Band: 2}}, MyNumber: true}},
		{control.AssetIssuedDevices, control.Applicability{
			Kinds:    []asset.Kind{asset.ElectronicMedia, asset.Information, asset.PrintedDocument, asset.SystemDocument},
			MinBands: []control.MinBand{{Property: asset.Confidentiality, Band: 3}}, MyNumber: true}},
		{control.AssetBackup, control.Applicability{MinBands: []control.MinBand{{Property: asset.Integrity, Band: 2}, {Property: asset.Availability, Band: 2}}}},
		{control.AssetRecoveryTarget, control.Applicability{MinBands: []control.MinBand{{Property: asset.Availability, Band: 2}}}},
		{control.PhysAreaEntry, control.Applicability{Kinds: []asset.Kind{asset.Facility}}},
	}
	for _, tt := range tests {
		e, _ := control.Lookup(tt.c)
		if diff := cmp.Diff(tt.want, e.Applies); diff != "" {
			t.Errorf("%s applies to (-want +got):\n%s", tt.c, diff)
		}
	}
}

// snapshot renders v deeply (map keys sorted), so that a later change
// through a shared slice or map shows as a different string.
func snapshot(v any) string { return fmt.Sprintf("%#v", v) }

// TestReadOnly: what the package returns is the caller's own. Everything
// Lookup, Catalog, ThreatMatrix, All, Required and OrganizationRequired
// return is overwritten, slices inside entries included, and a second call
// must return what the first did.
func TestReadOnly(t *testing.T) {
	t.Run("Lookup", func(t *testing.T) {
		for _, c := range control.All() {
			e, _ := control.Lookup(c)
			want := snapshot(e)
			scribble(&e)
			if again, _ := control.Lookup(c); snapshot(again) != want {
				t.Errorf("Lookup(%s) changed after its result was written to:\n got %s\nwant %s", c, snapshot(again), want)
			}
		}
	})
	t.Run("Catalog", func(t *testing.T) {
		cat := control.Catalog()
		want := snapshot(cat)
		touched := 0
		for i := range cat {
			touched += scribble(&cat[i])
		}
		cat[0] = control.Entry{}
		_ = append(cat[:1], control.Entry{Control: control.EvalReview})
		if touched < 100 {
			t.Fatalf("only %d elements of the entries' slices written to; the test would not see sharing", touched)
		}
		if got := snapshot(control.Catalog()); got != want {
			t.Error("Catalog() changed after its result was written to")
		}
	})
	t.Run("ThreatMatrix", func(t *testing.T) {
		m := control.ThreatMatrix()
		want := snapshot(m)
		for th, row := range m {
			for i := range row {
				row[i] = control.Control(0)
			}
			m[th] = append(row, control.TechMalware)
		}
		delete(m, threat.Malware)
		m[threat.Threat(0)] = []control.Control{control.OrgCISO}
		if got := snapshot(control.ThreatMatrix()); got != want {
			t.Error("ThreatMatrix() changed after its result was written to")
		}
	})
	t.Run("All", func(t *testing.T) {
		all := control.All()
		want := snapshot(all)
		for i := range all {
			all[i] = 0
		}
		if got := snapshot(control.All()); got != want {
			t.Error("All() changed after its result was written to")
		}
	})
	t.Run("Required", func(t *testing.T) {
		a := mnSystem("mn-1")
		rs := control.Required(a, asset.Guideline2024)
		want := snapshot(rs)
		for i := range rs {
			rs[i] = control.Requirement{Control: control.OrgCISO, Asset: "x", Path: "/x"}
		}
		_ = append(rs[:0], control.Requirement{})
		if got := snapshot(control.Required(a, asset.Guideline2024)); got != want {
			t.Error("Required changed after its result was written to")
		}
	})
	t.Run("RequiredAll", func(t *testing.T) {
		as := []asset.Asset{mnSystem("mn-1"), info("i-1", asset.C2)}
		rs := control.RequiredAll(as, asset.Guideline2024, "/assets")
		want := snapshot(rs)
		for i := range rs {
			rs[i] = control.Requirement{}
		}
		if got := snapshot(control.RequiredAll(as, asset.Guideline2024, "/assets")); got != want {
			t.Error("RequiredAll changed after its result was written to")
		}
	})
	t.Run("OrganizationRequired", func(t *testing.T) {
		rs := control.OrganizationRequired("/organization")
		want := snapshot(rs)
		for i := range rs {
			rs[i] = control.Requirement{Control: control.TechMalware}
		}
		if got := snapshot(control.OrganizationRequired("/organization")); got != want {
			t.Error("OrganizationRequired changed after its result was written to")
		}
	})
}

// scribble overwrites every field of e and every element of its slices,
// and returns how many slice elements it wrote.
func scribble(e *control.Entry) int {
	n := len(e.Threats) + len(e.Protects) + len(e.Applies.Kinds) + len(e.Applies.Zones) + len(e.Applies.MinBands)
	for i := range e.Threats {
		e.Threats[i] = threat.Threat(0)
	}
	for i := range e.Protects {
		e.Protects[i] = 0
	}
	for i := range e.Applies.Kinds {
		e.Applies.Kinds[i] = 0
	}
	for i := range e.Applies.Zones {
		e.Applies.Zones[i] = 0
	}
	for i := range e.Applies.MinBands {
		e.Applies.MinBands[i] = control.MinBand{Property: 0, Band: 99}
	}
	e.Threats = append(e.Threats[:0], threat.Fire)
	e.Title, e.Purpose = lang.Text{Ja: "x", En: "x"}, lang.Text{}
	e.Clause, e.Section, e.Scope, e.Basis, e.Waivable = 0, 0, 0, 0, !e.Waivable
	return n
}
