package vendors_test

import (
	"slices"
	"strings"

	"github.com/jichitai-sec/policy/asset"
	"github.com/jichitai-sec/policy/date"
	"github.com/jichitai-sec/policy/field"
	"github.com/jichitai-sec/policy/finding"
	"github.com/jichitai-sec/policy/vendors"
	"github.com/jichitai-sec/policy/zone"
)

var asOf = date.MustParse("2026-06-01")

func cl(c asset.ConfidentialityLevel) asset.Classification {
	return asset.Classification{Confidentiality: c, Integrity: asset.I2, Availability: asset.A2}
}

// refs is the register of assets and exceptions the tests share:
//
//	tax-system (2) ⊃ tax-roll (3B); notices (1); form (2); memo (unclassified);
//	juki-system (3B) ⊃ juki (3B, My Number);
//	EX-ok active on asOf, EX-old expired.
var refs = vendors.Refs{
	Scheme: asset.Guideline2024,
	Assets: []asset.Asset{
		{ID: "tax-system", Name: "税務システム", Kind: asset.InformationSystem, Owner: asset.Administrator,
			Zone: zone.BusinessZone, Contains: []string{"tax-roll"}, Classification: cl(asset.C2)},
		{ID: "tax-roll", Name: "課税台帳", Kind: asset.Information, Owner: asset.Administrator,
			Zone: zone.BusinessZone, Classification: cl(asset.C3B)},
		{ID: "notices", Name: "お知らせ", Kind: asset.Information, Owner: asset.Administrator,
			Zone: zone.InternetZone, Classification: cl(asset.C1)},
		{ID: "form", Name: "申請書", Kind: asset.Information, Owner: asset.Administrator,
			Zone: zone.BusinessZone, Classification: cl(asset.C2)},
		{ID: "memo", Name: "メモ", Kind: asset.Information, Owner: asset.Administrator,
			Zone: zone.BusinessZone, Classification: asset.Classification{Integrity: asset.I1, Availability: asset.A1}},
		{ID: "juki-system", Name: "住民記録システム", Kind: asset.InformationSystem, Owner: asset.Administrator,
			Zone: zone.MyNumberZone, Contains: []string{"juki"}, Classification: cl(asset.C3B)},
		{ID: "juki", Name: "住民記録", Kind: asset.Information, Owner: asset.Administrator,
			Zone: zone.MyNumberZone, MyNumber: true, Classification: cl(asset.C3B)},
	},
	Exceptions: []zone.Exception{
		{ID: "EX-ok", From: zone.In(zone.MyNumberZone), To: zone.In(zone.BusinessZone), Channel: zone.Direct,
			Justification: "委託先での保守 / maintenance by the contractor", ApprovedBy: "CISO",
			ApprovedOn: date.MustParse("2026-04-01"), ExpiresOn: date.MustParse("2027-03-31")},
		{ID: "EX-old", From: zone.In(zone.MyNumberZone), To: zone.In(zone.BusinessZone), Channel: zone.Direct,
			Justification: "委託先での保守 / maintenance by the contractor", ApprovedBy: "CISO",
			ApprovedOn: date.MustParse("2024-04-01"), ExpiresOn: date.MustParse("2025-03-31")},
	},
}

func fullContract() *vendors.Contract {
	return &vendors.Contract{Start: date.MustParse("2026-04-01"), End: date.MustParse("2027-03-31"),
		Requirements: vendors.Requirements()}
}

// clean returns a register that Validate accepts and Check finds nothing
// in (with ConfirmEveryMonths 12 on asOf): a maintenance contractor with a
// subcontractor, a service, and two accounts on one service.
func clean() vendors.Register {
	confirmed := func() *vendors.Confirmation {
		return &vendors.Confirmation{On: date.MustParse("2026-01-15"), Method: vendors.MethodOnSite, Found: "指摘なし"}
	}
	return vendors.Register{
		Contractors: []vendors.Contractor{
			{ID: "c1", Name: "株式会社サンプル", Work: "税務システムの保守", Assets: []string{"tax-system"},
				SystemWork: []vendors.SystemWork{vendors.WorkMaintenance}, Selection: []vendors.Criterion{vendors.CritISMS},
				Subcontractors: []string{"c2"}, Contract: fullContract(), Confirmation: confirmed()},
			{ID: "c2", Name: "再委託株式会社", Work: "税務システムの保守（一部）", Assets: []string{"tax-roll"},
				SystemWork: []vendors.SystemWork{vendors.WorkMaintenance}, Selection: []vendors.Criterion{vendors.CritPrivacyMark},
				Contract: fullContract(), Confirmation: confirmed()},
		},
		Services: []vendors.Service{
			{ID: "s1", Name: "電子申請", Provider: "A社", Use: "申請の受付", Assets: []string{"tax-roll"},
				Assessment: vendors.AssessmentISMAP, Location: vendors.LocationDomestic, Contract: fullContract()},
		},
		Accounts: []vendors.Account{
			{ID: "x1", Service: "X", Handle: "@city", Purpose: "お知らせ", Responsible: "広報課長", Announced: true,
				Credentials: []vendors.Credential{vendors.CredMultiFactor}, CredentialHolders: []string{"広報係長"},
				TakeoverProcedure: "手順書 5章", MaxPosting: asset.C1},
			{ID: "x2", Service: " X ", Handle: "@city_bousai", Purpose: "防災", Announced: true,
				Credentials:       []vendors.Credential{vendors.CredMultiFactor, vendors.CredSharedPassword, vendors.CredChangedOnHandover},
				CredentialHolders: []string{"防災係長"}, TakeoverProcedure: "手順書 5章", MaxPosting: asset.C1},
		},
	}
}

var defaults = vendors.Options{ConfirmEveryMonths: 12}

// got is what the table tests compare of a finding.
type got struct {
	Rule     string
	Severity finding.Severity
	Path     field.Path
	IDs      string
}

func summary(fs []finding.Finding) []got {
	var out []got
	for _, f := range fs {
		out = append(out, got{f.Rule, f.Severity, f.Path, strings.Join(f.IDs, " ")})
	}
	return out
}

// fataler is what both *testing.T and *rapid.T provide.
type fataler interface {
	Helper()
	Fatalf(format string, args ...any)
}

func mustCheck(t fataler, r vendors.Register, rf vendors.Refs, on date.Date, o vendors.Options) []finding.Finding {
	t.Helper()
	fs, err := vendors.Check(r, rf, on, o, "/vendors")
	if err != nil {
		t.Fatalf("Check: %v", err)
	}
	return fs
}

// problems renders a field.List as sorted "path: kind" lines.
func problems(l field.List) []string {
	out := make([]string, len(l))
	for i, e := range l {
		out[i] = string(e.Path) + ": " + e.Kind.String()
	}
	slices.Sort(out)
	return out
}
