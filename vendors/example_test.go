package vendors_test

import (
	"fmt"

	"github.com/jichitai-sec/policy/asset"
	"github.com/jichitai-sec/policy/date"
	"github.com/jichitai-sec/policy/field"
	"github.com/jichitai-sec/policy/vendors"
	"github.com/jichitai-sec/policy/zone"
)

// register is a small asset register the examples share: a tax system
// that processes the tax roll (confidentiality 3B) and the public notices
// (confidentiality 1).
var register = vendors.Refs{
	Scheme: asset.Guideline2024,
	Assets: []asset.Asset{
		{ID: "tax-system", Name: "税務システム", Kind: asset.InformationSystem, Owner: asset.Administrator, Zone: zone.BusinessZone,
			Contains:       []string{"tax-roll"},
			Classification: asset.Classification{Confidentiality: asset.C2, Integrity: asset.I2, Availability: asset.A2}},
		{ID: "tax-roll", Name: "課税台帳", Kind: asset.Information, Owner: asset.Administrator, Zone: zone.BusinessZone,
			Classification: asset.Classification{Confidentiality: asset.C3B, Integrity: asset.I2, Availability: asset.A2}},
		{ID: "notices", Name: "お知らせ", Kind: asset.Information, Owner: asset.Administrator, Zone: zone.InternetZone,
			Classification: asset.Classification{Confidentiality: asset.C1, Integrity: asset.I1, Availability: asset.A1}},
	},
}

// A contractor maintaining the tax system handles the tax roll it
// processes, of band 3: its contract must state the band-2 items and the
// items of 8.2 as well as the baseline, and its measures are confirmed
// within the interval the organization sets.
func ExampleCheck_contractor() {
	r := vendors.Register{Contractors: []vendors.Contractor{{
		ID: "c1", Name: "株式会社サンプル", Work: "税務システムの保守",
		Assets:     []string{"tax-system"},
		SystemWork: []vendors.SystemWork{vendors.WorkMaintenance},
		Selection:  []vendors.Criterion{vendors.CritISMS},
		Contract: &vendors.Contract{
			Start: date.MustParse("2026-04-01"), End: date.MustParse("2027-03-31"),
			Requirements: vendors.Required(2, false), // the 8.2 items are missing
		},
		Confirmation: &vendors.Confirmation{On: date.MustParse("2025-01-15"), Method: vendors.MethodReport},
	}}}
	fs, err := vendors.Check(r, register, date.MustParse("2026-06-01"), vendors.Options{ConfirmEveryMonths: 12}, "/vendors")
	if err != nil {
		fmt.Println(err)
	}
	for _, f := range fs {
		fmt.Println(f.Severity, f.Rule, f.Clause, f.Path, f.IDs)
		fmt.Println(" ", f.Text.En)
	}
	// Output:
	// warning vendor-contract-missing-requirements 6(8) /vendors/contractors/0/contract/requirements [c1 tax-roll]
	//   a contract does not state a security requirement it needs: not stated: system-security-spec, system-vulnerability, system-no-hidden-function, system-work-records (asset tax-roll (confidentiality 3B) handled; outsourcing of an information system (8.2)) [control vendor-contract]
	// warning vendor-confirmation-stale 6(8) /vendors/contractors/0/confirmation/on [c1]
	//   the last confirmation of a contractor is older than the set interval: last confirmed 2025-01-15, interval 12 months [control vendor-confirmation]
}

// An external service holding confidential information is expected to be
// assessed under ISMAP; one that holds band-3 information under ISMAP-LIU
// is above what that track covers.
func ExampleCheck_service() {
	term := &vendors.Contract{Start: date.MustParse("2026-04-01"), End: date.MustParse("2027-03-31")}
	r := vendors.Register{Services: []vendors.Service{
		{ID: "s1", Name: "電子申請", Provider: "A社", Use: "申請の受付", Assets: []string{"tax-roll"},
			Assessment: vendors.AssessmentISMAPLIU, Location: vendors.LocationDomestic, Contract: term},
		{ID: "s2", Name: "ファイル共有", Provider: "B社", Use: "資料の共有", Assets: []string{"tax-system"},
			Assessment: vendors.AssessmentNone, Location: vendors.LocationOverseas},
		{ID: "s3", Name: "ウェブサイト", Provider: "C社", Use: "お知らせの掲載", Assets: []string{"notices"},
			Assessment: vendors.AssessmentNone, Location: vendors.LocationDomestic, Contract: term},
	}}
	fs, _ := vendors.Check(r, register, date.MustParse("2026-06-01"), vendors.Options{}, "/vendors")
	for _, f := range fs {
		fmt.Println(f.Severity, f.Rule, f.Path, f.IDs)
	}
	// Output:
	// warning cloud-above-ismap-liu /vendors/services/0/assessment [s1 tax-roll]
	// warning cloud-unassessed /vendors/services/1/assessment [s2 tax-roll]
	// warning cloud-no-contract /vendors/services/1/contract [s2]
}

// A social media service needs a responsible person: the one part of 6(8)
// the library reads as firm, so its absence is an error; the further
// measures are warnings.
func ExampleCheck_account() {
	r := vendors.Register{Accounts: []vendors.Account{{
		ID: "x-official", Service: "X", Handle: "@sample_city", Purpose: "防災情報・お知らせの発信",
		Announced:         true,
		Credentials:       []vendors.Credential{vendors.CredSharedPassword, vendors.CredStrongPassword},
		CredentialHolders: []string{"広報係長"},
		MaxPosting:        asset.C1,
	}}}
	fs, _ := vendors.Check(r, register, date.MustParse("2026-06-01"), vendors.Options{}, field.Root)
	for _, f := range fs {
		fmt.Println(f.Severity, f.Rule, f.Path)
		fmt.Println(" ", f.Text.Ja)
	}
	fmt.Println(vendors.RuleSocialNoResponsible.Departure().En != "")
	// Output:
	// error social-no-responsible /accounts/0/responsible
	//   ソーシャルメディアサービスの責任者が定められていない：サービス「X」のいずれのアカウントにも責任者が定められていない［対策 social-media-responsible］
	// warning social-weak-credentials /accounts/0/credentials
	//   アカウントの認証情報の管理が不十分：多要素認証がない、複数人でのパスワード共有で、担当者交代時のパスワード変更がない［対策 social-media-measures］
	// warning social-no-takeover-procedure /accounts/0/takeoverProcedure
	//   アカウント乗っ取り時の対応手順がない：乗っ取り時の対応手順が定められていない［対策 social-media-measures］
	// true
}
