package control_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/jichitai-sec/policy/asset"
	"github.com/jichitai-sec/policy/clause"
	"github.com/jichitai-sec/policy/control"
	"github.com/jichitai-sec/policy/field"
	"github.com/jichitai-sec/policy/zone"
)

// low is the lowest classification of both schemes.
var low = asset.Classification{Confidentiality: asset.C1, Integrity: asset.I1, Availability: asset.A1}

// mk returns a valid asset owned by the administrator.
func mk(id string, k asset.Kind, z zone.Zone, c asset.Classification) asset.Asset {
	return asset.Asset{ID: id, Name: "資産 " + id, Kind: k, Owner: asset.Administrator, Zone: z, Classification: c}
}

// mnSystem is an information system (a terminal or server) of the My
// Number zone, rated low so that only its kind and zone bring controls.
func mnSystem(id string) asset.Asset { return mk(id, asset.InformationSystem, zone.MyNumberZone, low) }

// info is information of the business zone rated c for confidentiality
// and 1 for the others.
func info(id string, c asset.ConfidentialityLevel) asset.Asset {
	return mk(id, asset.Information, zone.BusinessZone, asset.Classification{Confidentiality: c, Integrity: asset.I1, Availability: asset.A1})
}

func with(a asset.Asset, f func(*asset.Asset)) asset.Asset { f(&a); return a }

func rated(c asset.ConfidentialityLevel, i asset.IntegrityLevel, av asset.AvailabilityLevel) asset.Classification {
	return asset.Classification{Confidentiality: c, Integrity: i, Availability: av}
}

func controlsOf(rs []control.Requirement) []control.Control {
	out := make([]control.Control, len(rs))
	for i, r := range rs {
		out[i] = r.Control
	}
	return out
}

func find(rs []control.Requirement, c control.Control) (control.Requirement, bool) {
	for _, r := range rs {
		if r.Control == c {
			return r, true
		}
	}
	return control.Requirement{}, false
}

// TestRequired: one row per requirement the policy (and the library's
// reading of the guideline) sets, each asserting whether the control is
// required, and if so why: the reason, the property whose rating brought
// it, the clause it rests on and the asset it is for.
func TestRequired(t *testing.T) {
	wlan := func(id string, z zone.Zone) asset.Asset {
		return with(mk(id, asset.Network, z, low), func(a *asset.Asset) { a.Wireless = true })
	}
	mnInfo := with(info("mn-info", asset.C1), func(a *asset.Asset) { a.Zone = zone.MyNumberZone; a.MyNumber = true })
	g, l := asset.Guideline2024, asset.Legacy
	tests := []struct {
		name   string
		a      asset.Asset
		s      asset.Scheme
		c      control.Control
		want   bool
		reason control.Reason
		prop   asset.Property
		clause clause.Clause
	}{
		// 6(3)ア: the My Number zone.
		{"My Number system: isolation", mnSystem("mn"), g, control.MyNumberIsolation, true, control.ReasonZone, 0, clause.MyNumberIsolation},
		{"My Number system: two-factor login", mnSystem("mn"), g, control.MyNumberTwoFactor, true, control.ReasonZone, 0, clause.MyNumberIsolation},
		{"My Number system: no takeout", mnSystem("mn"), g, control.MyNumberNoTakeout, true, control.ReasonZone, 0, clause.MyNumberIsolation},
		{"My Number system: approved media only", mnSystem("mn"), g, control.MyNumberApprovedMedia, true, control.ReasonZone, 0, clause.MyNumberIsolation},
		{"My Number network: isolation", mk("mn-net", asset.Network, zone.MyNumberZone, low), g, control.MyNumberIsolation, true, control.ReasonZone, 0, clause.MyNumberIsolation},
		{"My Number network: no two-factor (no terminal)", mk("mn-net", asset.Network, zone.MyNumberZone, low), g, control.MyNumberTwoFactor, false, 0, 0, 0},
		{"business system: no My Number isolation", mk("biz", asset.InformationSystem, zone.BusinessZone, low), g, control.MyNumberIsolation, false, 0, 0, 0},
		{"business system: no two-factor", mk("biz", asset.InformationSystem, zone.BusinessZone, low), g, control.MyNumberTwoFactor, false, 0, 0, 0},
		// 6(3)イ: the business zone.
		{"business system: path separation", mk("biz", asset.InformationSystem, zone.BusinessZone, low), g, control.BusinessPathSeparation, true, control.ReasonZone, 0, clause.BusinessSeparation},
		{"business system: sanitized transfer", mk("biz", asset.InformationSystem, zone.BusinessZone, low), g, control.BusinessSanitization, true, control.ReasonZone, 0, clause.BusinessSeparation},
		{"Internet system: no path separation", mk("web", asset.InformationSystem, zone.InternetZone, low), g, control.BusinessPathSeparation, false, 0, 0, 0},
		// 6(3)ウ: the Internet zone boundary (a UTM, or the security cloud, with all four functions).
		{"Internet system: boundary", mk("web", asset.InformationSystem, zone.InternetZone, low), g, control.InternetBoundary, true, control.ReasonZone, 0, clause.InternetBoundary},
		{"Internet network: boundary", mk("inet", asset.Network, zone.InternetZone, low), g, control.InternetBoundary, true, control.ReasonZone, 0, clause.InternetBoundary},
		{"business system: no Internet boundary", mk("biz", asset.InformationSystem, zone.BusinessZone, low), g, control.InternetBoundary, false, 0, 0, 0},
		{"Internet-zone information: no boundary (not a system)", mk("web-info", asset.Information, zone.InternetZone, low), g, control.InternetBoundary, false, 0, 0, 0},
		// 6(2): handling by confidentiality.
		{"confidentiality 2: encryption", info("i", asset.C2), g, control.AssetEncryption, true, control.ReasonLevel, asset.Confidentiality, clause.AssetManagement},
		{"confidentiality 2: storage", info("i", asset.C2), g, control.AssetStorage, true, control.ReasonLevel, asset.Confidentiality, clause.AssetManagement},
		{"confidentiality 2: disposal", info("i", asset.C2), g, control.AssetDisposal, true, control.ReasonLevel, asset.Confidentiality, clause.AssetManagement},
		{"confidentiality 2: not issued devices only", info("i", asset.C2), g, control.AssetIssuedDevices, false, 0, 0, 0},
		{"confidentiality 3B: encryption", info("i", asset.C3B), g, control.AssetEncryption, true, control.ReasonLevel, asset.Confidentiality, clause.AssetManagement},
		{"confidentiality 3C: issued devices only", info("i", asset.C3C), g, control.AssetIssuedDevices, true, control.ReasonLevel, asset.Confidentiality, clause.AssetManagement},
		{"legacy confidentiality 3: issued devices only", info("i", asset.C3), l, control.AssetIssuedDevices, true, control.ReasonLevel, asset.Confidentiality, clause.AssetManagement},
		{"legacy confidentiality 2: storage", info("i", asset.C2), l, control.AssetStorage, true, control.ReasonLevel, asset.Confidentiality, clause.AssetManagement},
		{"confidentiality 1: no encryption", info("i", asset.C1), g, control.AssetEncryption, false, 0, 0, 0},
		{"confidentiality 1: no storage", info("i", asset.C1), g, control.AssetStorage, false, 0, 0, 0},
		{"confidentiality 1: no disposal", info("i", asset.C1), g, control.AssetDisposal, false, 0, 0, 0},
		{"printed confidentiality 2: storage", mk("p", asset.PrintedDocument, 0, rated(asset.C2, asset.I1, asset.A1)), g, control.AssetStorage, true, control.ReasonLevel, asset.Confidentiality, clause.AssetManagement},
		{"confidentiality-2 system: no encryption (not carried)", mk("s", asset.InformationSystem, zone.BusinessZone, rated(asset.C2, asset.I1, asset.A1)), g, control.AssetEncryption, false, 0, 0, 0},
		// 6(2): integrity and availability.
		{"integrity 2: backup", mk("s", asset.InformationSystem, zone.BusinessZone, rated(asset.C1, asset.I2, asset.A1)), g, control.AssetBackup, true, control.ReasonLevel, asset.Integrity, clause.AssetManagement},
		{"availability 2: backup", mk("s", asset.InformationSystem, zone.BusinessZone, rated(asset.C1, asset.I1, asset.A2)), g, control.AssetBackup, true, control.ReasonLevel, asset.Availability, clause.AssetManagement},
		{"integrity and availability 2: backup for integrity first", mk("s", asset.InformationSystem, zone.BusinessZone, rated(asset.C1, asset.I2, asset.A2)), g, control.AssetBackup, true, control.ReasonLevel, asset.Integrity, clause.AssetManagement},
		{"integrity 1, availability 1: no backup", mk("s", asset.InformationSystem, zone.BusinessZone, low), g, control.AssetBackup, false, 0, 0, 0},
		{"availability 2: recovery target", mk("s", asset.InformationSystem, zone.BusinessZone, rated(asset.C1, asset.I1, asset.A2)), g, control.AssetRecoveryTarget, true, control.ReasonLevel, asset.Availability, clause.AssetManagement},
		{"integrity 2 alone: no recovery target", mk("s", asset.InformationSystem, zone.BusinessZone, rated(asset.C1, asset.I2, asset.A1)), g, control.AssetRecoveryTarget, false, 0, 0, 0},
		// 6(4): facilities.
		{"facility: entry control", mk("room", asset.Facility, 0, low), g, control.PhysAreaEntry, true, control.ReasonKind, 0, clause.Physical},
		{"facility: disaster proofing", mk("room", asset.Facility, 0, low), g, control.PhysDisasterProof, true, control.ReasonKind, 0, clause.Physical},
		{"facility: power", mk("room", asset.Facility, 0, low), g, control.PhysPowerSupply, true, control.ReasonKind, 0, clause.Physical},
		{"facility: building services", mk("room", asset.Facility, 0, low), g, control.PhysFacilitySupply, true, control.ReasonKind, 0, clause.Physical},
		{"system: no entry control of its own", mk("s", asset.InformationSystem, zone.BusinessZone, low), g, control.PhysAreaEntry, false, 0, 0, 0},
		{"system: server placement", mk("s", asset.InformationSystem, zone.BusinessZone, low), g, control.PhysServerPlacement, true, control.ReasonKind, 0, clause.Physical},
		{"network: lines", mk("n", asset.Network, zone.BusinessZone, low), g, control.PhysLines, true, control.ReasonKind, 0, clause.Physical},
		{"media: terminals and media", mk("usb", asset.ElectronicMedia, 0, low), g, control.PhysTerminals, true, control.ReasonKind, 0, clause.Physical},
		{"information: no physical control", info("i", asset.C1), g, control.PhysDisasterProof, false, 0, 0, 0},
		// 6(5), 6(2): every asset.
		{"system document: rules for the owner's staff", mk("doc", asset.SystemDocument, 0, low), g, control.HumanRules, true, control.ReasonOwner, 0, clause.Human},
		{"system document: classification", mk("doc", asset.SystemDocument, 0, low), g, control.AssetClassification, true, control.ReasonEveryAsset, 0, clause.AssetManagement},
		{"system document: inventory", mk("doc", asset.SystemDocument, 0, low), g, control.AssetInventory, true, control.ReasonEveryAsset, 0, clause.AssetManagement},
		{"facility: inventory", mk("room", asset.Facility, 0, low), g, control.AssetInventory, true, control.ReasonEveryAsset, 0, clause.AssetManagement},
		// 6(6): wireless LAN.
		{"wireless LAN, business zone: EAP-TLS", wlan("w", zone.BusinessZone), g, control.TechWirelessEAPTLS, true, control.ReasonWireless, 0, clause.Technical},
		{"wireless LAN, My Number zone: EAP-TLS", wlan("w", zone.MyNumberZone), g, control.TechWirelessEAPTLS, true, control.ReasonWireless, 0, clause.Technical},
		{"wireless LAN, Internet zone: no EAP-TLS", wlan("w", zone.InternetZone), g, control.TechWirelessEAPTLS, false, 0, 0, 0},
		{"wireless LAN, no zone: no EAP-TLS", wlan("w", 0), g, control.TechWirelessEAPTLS, false, 0, 0, 0},
		{"wired network, business zone: no EAP-TLS", mk("n", asset.Network, zone.BusinessZone, low), g, control.TechWirelessEAPTLS, false, 0, 0, 0},
		{"system marked wireless: no EAP-TLS (not a LAN)", with(mk("s", asset.InformationSystem, zone.BusinessZone, low), func(a *asset.Asset) { a.Wireless = true }), g, control.TechWirelessEAPTLS, false, 0, 0, 0},
		{"system: malware protection", mk("s", asset.InformationSystem, zone.BusinessZone, low), g, control.TechMalware, true, control.ReasonKind, 0, clause.Technical},
		{"system: development", mk("s", asset.InformationSystem, zone.BusinessZone, low), g, control.TechDevelopment, true, control.ReasonKind, 0, clause.Technical},
		{"network: no development", mk("n", asset.Network, zone.BusinessZone, low), g, control.TechDevelopment, false, 0, 0, 0},
		// 6(7): operation.
		{"system: monitoring", mk("s", asset.InformationSystem, zone.BusinessZone, low), g, control.OpsMonitoring, true, control.ReasonKind, 0, clause.Operation},
		// My Number work information rated 1 still needs the confidentiality handling.
		{"My Number information at 1: encryption", mnInfo, g, control.AssetEncryption, true, control.ReasonMyNumberWork, 0, clause.AssetManagement},
		{"My Number information at 1: storage", mnInfo, g, control.AssetStorage, true, control.ReasonMyNumberWork, 0, clause.AssetManagement},
		{"My Number information at 1: disposal", mnInfo, g, control.AssetDisposal, true, control.ReasonMyNumberWork, 0, clause.AssetManagement},
		{"My Number information at 1: issued devices only", mnInfo, g, control.AssetIssuedDevices, true, control.ReasonMyNumberWork, 0, clause.AssetManagement},
		{"My Number information at 1: no backup (not a confidentiality control)", mnInfo, g, control.AssetBackup, false, 0, 0, 0},
		{"My Number information at 3B: the rating is the reason", with(mnInfo, func(a *asset.Asset) { a.Classification.Confidentiality = asset.C3B }), g, control.AssetEncryption, true, control.ReasonLevel, asset.Confidentiality, clause.AssetManagement},
		// Fail closed: an unclassified or wrongly-schemed level counts as the highest band.
		{"unclassified confidentiality: issued devices only", info("i", 0), g, control.AssetIssuedDevices, true, control.ReasonLevel, asset.Confidentiality, clause.AssetManagement},
		{"unclassified confidentiality: encryption", info("i", 0), g, control.AssetEncryption, true, control.ReasonLevel, asset.Confidentiality, clause.AssetManagement},
		{"legacy 3 under the 2024 scheme: issued devices only", info("i", asset.C3), g, control.AssetIssuedDevices, true, control.ReasonLevel, asset.Confidentiality, clause.AssetManagement},
		{"2024 3A under the legacy scheme: issued devices only", info("i", asset.C3A), l, control.AssetIssuedDevices, true, control.ReasonLevel, asset.Confidentiality, clause.AssetManagement},
		{"invalid confidentiality: storage", info("i", asset.ConfidentialityLevel(99)), g, control.AssetStorage, true, control.ReasonLevel, asset.Confidentiality, clause.AssetManagement},
		{"unclassified integrity: backup", mk("s", asset.InformationSystem, zone.BusinessZone, rated(asset.C1, 0, asset.A1)), g, control.AssetBackup, true, control.ReasonLevel, asset.Integrity, clause.AssetManagement},
		{"invalid integrity: backup", mk("s", asset.InformationSystem, zone.BusinessZone, rated(asset.C1, 9, asset.A1)), g, control.AssetBackup, true, control.ReasonLevel, asset.Integrity, clause.AssetManagement},
		{"unclassified availability: recovery target", mk("s", asset.InformationSystem, zone.BusinessZone, rated(asset.C1, asset.I1, 0)), g, control.AssetRecoveryTarget, true, control.ReasonLevel, asset.Availability, clause.AssetManagement},
		{"invalid scheme: everything at the highest band", info("i", asset.C1), asset.Scheme(0), control.AssetIssuedDevices, true, control.ReasonLevel, asset.Confidentiality, clause.AssetManagement},
		{"invalid scheme: recovery target", info("i", asset.C1), asset.Scheme(9), control.AssetRecoveryTarget, true, control.ReasonLevel, asset.Availability, clause.AssetManagement},
		// Organization-wide controls never come from Required.
		{"no CISO per asset", mnSystem("mn"), g, control.OrgCISO, false, 0, 0, 0},
		{"no training per asset", mnSystem("mn"), g, control.HumanTraining, false, 0, 0, 0},
		{"no self-inspection per asset", mnSystem("mn"), g, control.EvalSelfInspection, false, 0, 0, 0},
		{"no zone delineation per asset", mnSystem("mn"), g, control.ZoneDelineation, false, 0, 0, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rs := control.Required(tt.a, tt.s)
			r, ok := find(rs, tt.c)
			if ok != tt.want {
				t.Fatalf("Required(%s %v %v %v) has %s: %v, want %v; got %v", tt.a.ID, tt.a.Kind, tt.a.Zone, tt.a.Classification, tt.c, ok, tt.want, controlsOf(rs))
			}
			if !ok {
				return
			}
			want := control.Requirement{Control: tt.c, Clause: tt.clause, Asset: tt.a.ID, Owner: tt.a.Owner, Path: field.Root,
				Reason: tt.reason, Property: tt.prop}
			if diff := cmp.Diff(want, r); diff != "" {
				t.Errorf("requirement (-want +got):\n%s", diff)
			}
			if tt.clause != tt.c.Clause() {
				t.Errorf("test row cites %s, the control rests on %s", tt.clause, tt.c.Clause())
			}
		})
	}
}

// TestRequiredShape: for every kind of asset, in both schemes, Required
// lists each control at most once, in catalog order, per-asset controls
// only, always with the classification, the register and the rules for
// the owning body's staff, and the owner in the text of the last.
func TestRequiredShape(t *testing.T) {
	for _, s := range asset.Schemes() {
		for _, k := range asset.Kinds() {
			for _, u := range asset.Units() {
				a := mk("a", k, zone.BusinessZone, low)
				a.Owner = u
				rs := control.Required(a, s)
				cs := controlsOf(rs)
				if !slices.IsSorted(cs) || len(slices.Compact(slices.Clone(cs))) != len(cs) {
					t.Errorf("%v %v: controls %v not in catalog order or repeated", s, k, cs)
				}
				for _, r := range rs {
					if r.Control.Scope() != control.ScopeAsset {
						t.Errorf("%v %v: organization-wide %s among the asset's requirements", s, k, r.Control)
					}
					if !r.Reason.Valid() || r.Reason == control.ReasonOrganization {
						t.Errorf("%v %v: %s for reason %v", s, k, r.Control, r.Reason)
					}
					if (r.Reason == control.ReasonLevel) != r.Property.Valid() {
						t.Errorf("%v %v: %s reason %v with property %v", s, k, r.Control, r.Reason, r.Property)
					}
				}
				for _, c := range []control.Control{control.AssetClassification, control.AssetInventory, control.HumanRules} {
					if _, ok := find(rs, c); !ok {
						t.Errorf("%v %v: %s missing", s, k, c)
					}
				}
				hr, _ := find(rs, control.HumanRules)
				if hr.Reason != control.ReasonOwner || hr.Owner != u || !strings.Contains(hr.Text().Ja, u.Ja()) || !strings.Contains(hr.Text().En, u.En()) {
					t.Errorf("%v %v: human-rules %+v, text %v; want the owner %v", s, k, hr, hr.Text(), u)
				}
			}
		}
	}
}

// TestRequirementText names the control, the reason and, for a rating,
// the property.
func TestRequirementText(t *testing.T) {
	r, _ := find(control.Required(info("i", asset.C2), asset.Guideline2024), control.AssetEncryption)
	txt := r.Text()
	for _, want := range []string{control.AssetEncryption.Ja(), control.ReasonLevel.Ja(), asset.Confidentiality.Ja()} {
		if !strings.Contains(txt.Ja, want) {
			t.Errorf("Text().Ja %q lacks %q", txt.Ja, want)
		}
	}
	for _, want := range []string{control.AssetEncryption.En(), control.ReasonLevel.En(), asset.Confidentiality.En()} {
		if !strings.Contains(txt.En, want) {
			t.Errorf("Text().En %q lacks %q", txt.En, want)
		}
	}
}

// TestOrganizationRequired: the organization-wide controls, once each, in
// catalog order, at the path given, never per asset.
func TestOrganizationRequired(t *testing.T) {
	const at = field.Path("/organization")
	rs := control.OrganizationRequired(at)
	var want []control.Control
	for _, c := range control.All() {
		if c.Scope() == control.ScopeOrganization {
			want = append(want, c)
		}
	}
	if diff := cmp.Diff(want, controlsOf(rs)); diff != "" {
		t.Errorf("OrganizationRequired controls (-want +got):\n%s", diff)
	}
	for _, c := range []control.Control{control.OrgStandard, control.OrgCISO, control.OrgCSIRT, control.OrgRoles,
		control.ZoneDelineation, control.HumanTraining, control.HumanReporting, control.HumanCredentials,
		control.TechSecurityInfo, control.OpsComplianceCheck, control.OpsIncidentResponse, control.VendorContract,
		control.SocialMediaResponsible, control.EvalAudit, control.EvalSelfInspection, control.EvalReview} {
		if _, ok := find(rs, c); !ok {
			t.Errorf("%s is not required of the organization", c)
		}
	}
	for _, c := range []control.Control{control.HumanRules, control.AssetClassification, control.MyNumberTwoFactor, control.TechMalware} {
		if _, ok := find(rs, c); ok {
			t.Errorf("per-asset %s required of the organization", c)
		}
	}
	for _, r := range rs {
		want := control.Requirement{Control: r.Control, Clause: r.Control.Clause(), Path: at, Reason: control.ReasonOrganization}
		if r != want {
			t.Errorf("requirement %+v, want %+v", r, want)
		}
	}
	if got := control.OrganizationRequired(field.Root); len(got) != len(rs) || got[0].Path != field.Root {
		t.Errorf("OrganizationRequired(Root) = %v", got)
	}
}

// TestRequiredAll: the requirements of each asset in register order, each
// at "<at>/<i>", exactly those of Required, and never an organization-wide
// control, however many assets there are.
func TestRequiredAll(t *testing.T) {
	as := []asset.Asset{
		mnSystem("mn-1"),
		info("i-1", asset.C2),
		mk("room", asset.Facility, 0, low),
		with(mk("w", asset.Network, zone.BusinessZone, low), func(a *asset.Asset) { a.Wireless = true }),
		mk("doc", asset.SystemDocument, 0, low),
	}
	const at = field.Path("/registers/0/assets")
	got := control.RequiredAll(as, asset.Guideline2024, at)
	var want []control.Requirement
	for i, a := range as {
		for _, r := range control.Required(a, asset.Guideline2024) {
			r.Path = at.Index(i)
			want = append(want, r)
		}
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("RequiredAll (-want +got):\n%s", diff)
	}
	all := control.Requirements(as, asset.Guideline2024, "/org", at)
	if diff := cmp.Diff(append(control.OrganizationRequired("/org"), want...), all); diff != "" {
		t.Errorf("Requirements is not the organization's then RequiredAll (-want +got):\n%s", diff)
	}
	for _, r := range got {
		if r.Control.Scope() == control.ScopeOrganization {
			t.Errorf("RequiredAll includes organization-wide %s at %s", r.Control, r.Path)
		}
	}
	if r, _ := find(got, control.TechWirelessEAPTLS); r.Path != "/registers/0/assets/3" || r.Asset != "w" {
		t.Errorf("wireless requirement at %q for %q, want /registers/0/assets/3 for w", r.Path, r.Asset)
	}
	if got := control.RequiredAll(nil, asset.Guideline2024, at); len(got) != 0 {
		t.Errorf("RequiredAll(nil) = %v", got)
	}
}
