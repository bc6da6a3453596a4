package control_test

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/jichitai-sec/policy/asset"
	"github.com/jichitai-sec/policy/clause"
	"github.com/jichitai-sec/policy/control"
	"github.com/jichitai-sec/policy/field"
	"github.com/jichitai-sec/policy/lang"
	"github.com/jichitai-sec/policy/policytest"
	"github.com/jichitai-sec/policy/zone"
	"pgregory.net/rapid"
)

// reviewScheme and reviewRegister are the register the tests of the
// checklist, evaluations, risks and review share: My Number information
// rated 3B, a web server in the Internet zone and a business LAN.
const reviewScheme = asset.Guideline2024

func reviewRegister() []asset.Asset {
	return []asset.Asset{
		{ID: "juki", Name: "住民記録", Kind: asset.Information, Owner: asset.Administrator, Zone: zone.MyNumberZone, MyNumber: true,
			Classification: asset.Classification{Confidentiality: asset.C3B, Integrity: asset.I2, Availability: asset.A2}},
		{ID: "web", Name: "ホームページ", Kind: asset.InformationSystem, Owner: asset.Administrator, Zone: zone.InternetZone,
			Classification: asset.Classification{Confidentiality: asset.C1, Integrity: asset.I1, Availability: asset.A1}},
		{ID: "lan", Name: "庁内LAN", Kind: asset.Network, Owner: asset.Administrator, Zone: zone.BusinessZone,
			Classification: asset.Classification{Confidentiality: asset.C2, Integrity: asset.I2, Availability: asset.A2}},
	}
}

// reviewChecklist is the checklist of the organization and the register,
// the way callers build it.
func reviewChecklist() []control.Item { return control.Checklist(reviewRequired()) }

// reviewRequired is the organization's requirements and those of
// reviewRegister, whose checklist is reviewChecklist.
func reviewRequired() []control.Requirement {
	return append(control.OrganizationRequired(field.Root.Child("organization")),
		control.RequiredAll(reviewRegister(), reviewScheme, field.Root.Child("assets"))...)
}

func TestChecklistPins(t *testing.T) {
	req := []control.Requirement{
		{Control: control.OrgCISO, Clause: clause.Organization, Reason: control.ReasonOrganization},
		{Control: control.AssetBackup, Clause: clause.AssetManagement, Asset: "juki", Reason: control.ReasonLevel},
		{Control: control.OrgCISO, Clause: clause.Organization, Reason: control.ReasonOrganization}, // duplicate: dropped
		{Control: control.AssetBackup, Clause: clause.AssetManagement, Asset: "web", Reason: control.ReasonLevel},
		{Control: control.AssetBackup, Clause: clause.AssetManagement, Asset: "juki", Reason: control.ReasonKind}, // duplicate: dropped
		{Control: control.Control(200), Clause: clause.Measures},                                                  // not in the catalog: dropped
	}
	got := control.Checklist(req)
	want := []control.Item{
		{ID: "org-ciso", Control: control.OrgCISO, Clause: clause.Organization},
		{ID: "asset-backup@juki", Control: control.AssetBackup, Asset: "juki", Clause: clause.AssetManagement},
		{ID: "asset-backup@web", Control: control.AssetBackup, Asset: "web", Clause: clause.AssetManagement},
	}
	for i := range got {
		got[i].Question = lang.Text{} // checked below
	}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("Checklist (-want +got):\n%s", d)
	}
	q := control.Checklist(req[:2])
	if s := q[0].Question; !strings.Contains(s.Ja, "組織全体") || !strings.Contains(s.Ja, control.OrgCISO.Ja()) ||
		!strings.Contains(s.En, "organization") || !strings.Contains(s.En, control.OrgCISO.En()) {
		t.Errorf("organization question %q names neither the control nor the scope", s)
	}
	if s := q[1].Question; !strings.Contains(s.Ja, "juki") || !strings.Contains(s.Ja, control.AssetBackup.Ja()) ||
		!strings.Contains(s.En, "juki") || !strings.Contains(s.En, control.AssetBackup.En()) {
		t.Errorf("asset question %q names neither the control nor the asset", s)
	}
	if control.Checklist(nil) == nil || len(control.Checklist(nil)) != 0 {
		t.Error("Checklist(nil) is not an empty list")
	}
}

func TestItemID(t *testing.T) {
	if got := control.ItemID(control.OrgCSIRT, ""); got != "org-csirt" {
		t.Errorf("ItemID(org-csirt, \"\") = %q", got)
	}
	if got := control.ItemID(control.AssetEncryption, "juki"); got != "asset-encryption@juki" {
		t.Errorf("ItemID(asset-encryption, juki) = %q", got)
	}
}

// TestChecklistOfARegister: the organization's items come first, then each
// asset's, in the order of the requirements; every item is one
// requirement; ids are unique; every item has a question in both
// languages and cites its control's clause.
func TestChecklistOfARegister(t *testing.T) {
	org := control.OrganizationRequired(field.Root)
	all := control.RequiredAll(reviewRegister(), reviewScheme, field.Root.Child("assets"))
	items := reviewChecklist()
	if len(items) != len(org)+len(all) {
		t.Fatalf("%d items for %d + %d requirements", len(items), len(org), len(all))
	}
	for i, q := range append(org, all...) {
		it := items[i]
		if it.Control != q.Control || it.Asset != q.Asset || it.Clause != q.Clause || it.ID != control.ItemID(q.Control, q.Asset) {
			t.Errorf("item %d = %+v, for requirement %+v", i, it, q)
		}
		if it.Question.Ja == "" || it.Question.En == "" {
			t.Errorf("item %s has no question in one language: %q", it.ID, it.Question)
		}
		if it.Clause != it.Control.Clause() {
			t.Errorf("item %s cites %s, its control %s", it.ID, it.Clause, it.Control.Clause())
		}
	}
}

// TestChecklistProperties: on any register, the checklist has one item per
// distinct (control, asset) of the requirements, in first-seen order, and
// passing the requirements twice changes nothing.
func TestChecklistProperties(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		s := policytest.Scheme().Draw(t, "scheme")
		assets := policytest.Assets(s, 6).Draw(t, "assets")
		req := append(control.OrganizationRequired(field.Root), control.RequiredAll(assets, s, "/assets")...)
		items := control.Checklist(req)
		seen := map[string]bool{}
		var want []string
		for _, q := range req {
			if id := control.ItemID(q.Control, q.Asset); !seen[id] {
				seen[id] = true
				want = append(want, id)
			}
		}
		var got []string
		for _, it := range items {
			got = append(got, it.ID)
		}
		if d := cmp.Diff(want, got); d != "" {
			t.Fatalf("item ids (-want +got):\n%s", d)
		}
		if d := cmp.Diff(items, control.Checklist(append(req, req...))); d != "" {
			t.Fatalf("requirements given twice (-once +twice):\n%s", d)
		}
	})
}
