package control_test

import (
	"fmt"

	"github.com/jichitai-sec/policy/asset"
	"github.com/jichitai-sec/policy/control"
	"github.com/jichitai-sec/policy/date"
	"github.com/jichitai-sec/policy/field"
	"github.com/jichitai-sec/policy/threat"
	"github.com/jichitai-sec/policy/zone"
)

// reviewExampleRegister is the register of the examples: My Number information
// and the web server.
func reviewExampleRegister() []asset.Asset {
	return []asset.Asset{
		{ID: "juki", Name: "住民記録", Kind: asset.Information, Owner: asset.Administrator, Zone: zone.MyNumberZone, MyNumber: true,
			Classification: asset.Classification{Confidentiality: asset.C3B, Integrity: asset.I2, Availability: asset.A2}},
		{ID: "web", Name: "ホームページ", Kind: asset.InformationSystem, Owner: asset.Administrator, Zone: zone.InternetZone,
			Classification: asset.Classification{Confidentiality: asset.C1, Integrity: asset.I2, Availability: asset.A1}},
	}
}

// A checklist lists the organization's items first, then each asset's, one
// item per control and scope.
func ExampleChecklist() {
	register := reviewExampleRegister()[1:] // the web server alone
	org := control.OrganizationRequired(field.Root.Child("organization"))
	items := control.Checklist(append(org, control.RequiredAll(register, asset.Guideline2024, field.Root.Child("assets"))...))
	fmt.Println(len(org) == len(items[:len(org)]), items[0].ID)
	fmt.Println(items[0].Question.Ja)
	for _, it := range items[len(org):] {
		fmt.Println(it.ID, it.Clause)
	}
	fmt.Println(items[len(items)-1].Question.En)
	// Output:
	// true org-standard
	// 組織全体として「対策基準・実施手順の策定」を実施し、記録どおりに運用しているか（目的：基本方針に基づく対策基準と実施手順を定め、対策の拠り所とする）
	// asset-classification@web 6(2)
	// asset-inventory@web 6(2)
	// asset-backup@web 6(2)
	// internet-boundary@web 6(3)ウ
	// phys-server-placement@web 6(4)
	// phys-disaster-proof@web 6(4)
	// phys-power-supply@web 6(4)
	// phys-terminals@web 6(4)
	// human-rules@web 6(5)
	// tech-system-management@web 6(6)
	// tech-access-control@web 6(6)
	// tech-development@web 6(6)
	// tech-malware@web 6(6)
	// tech-intrusion@web 6(6)
	// ops-monitoring@web 6(7)
	// Is “monitoring of information systems” in place for asset web and run as recorded? (aim: watch the operation and security of systems)
}

// Summarize counts one evaluation's outcomes over the checklist; items it
// did not answer count as not checked.
func ExampleSummarize() {
	items := control.Checklist(control.RequiredAll(reviewExampleRegister()[:1], asset.Guideline2024, "/assets"))
	e := control.Evaluation{ID: "self-2026", Kind: control.EvaluationSelfInspection, On: date.MustParse("2026-09-15"),
		Results: []control.Result{
			{Item: "asset-classification@juki", Outcome: control.Compliant},
			{Item: "asset-inventory@juki", Outcome: control.Compliant},
			{Item: "asset-backup@juki", Outcome: control.NonCompliant, Note: "世代管理がない"},
		}}
	s := control.Summarize(e, items)
	fmt.Printf("%d items: %+v, rate %s\n", s.Total.Total(), s.Total, s.Total.RateText().En)
	for _, c := range s.Clauses[:2] {
		fmt.Printf("%s %+v %s\n", c.Clause, c.Counts, c.RateText().En)
	}
	// Output:
	// 9 items: {Compliant:2 NonCompliant:1 NotChecked:6}, rate 66.7%
	// 6(2) {Compliant:2 NonCompliant:1 NotChecked:5} 66.7%
	// 6(5) {Compliant:0 NonCompliant:0 NotChecked:1} no rate (no item judged)
}

// ReviewDue lists why the policy is due for review: here a self-inspection
// found a control missing, a new threat was recorded after the last
// review, a risk above the accepted level has no treatment, and the audit
// interval the document sets has passed since the last audit.
func ExampleReviewDue() {
	register := reviewExampleRegister()
	required := control.Requirements(register, asset.Guideline2024, "/organization", "/assets")
	evals := []control.Evaluation{{ID: "self-2025", Kind: control.EvaluationSelfInspection, On: date.MustParse("2025-08-20"),
		Results: []control.Result{
			{Item: "asset-backup@juki", Outcome: control.NonCompliant, Note: "世代管理がない"},
			{Item: "org-csirt", Outcome: control.Compliant},
		}}}
	changes := []control.Change{
		{ID: "chg-1", On: date.MustParse("2026-06-10"), Kind: control.ChangeNewThreat, Threat: threat.Malware, Note: "ランサムウェア被害の多発"},
	}
	risks, errs := control.AssessRisks([]control.Risk{
		{ID: "risk-1", Threat: threat.InformationFraud, Assets: []string{"juki"}, Likelihood: control.LikelihoodMedium, Accepted: control.LevelLow},
		{ID: "risk-2", Threat: threat.CommunicationOutage, Assets: []string{"web"}, Likelihood: control.LikelihoodHigh, Accepted: control.LevelLow,
			Treatment: control.TreatmentTransfer, TreatmentNote: "回線の冗長化を委託"},
	}, register, asset.Guideline2024, "/risks")
	fmt.Println(errs == nil, control.ValidateEvaluations(evals, required, "/evaluations") == nil)
	for _, a := range risks {
		fmt.Println(a.ID, "impact", a.Impact, "level", a.Level)
	}
	in := control.ReviewInput{
		LastReview:  date.MustParse("2025-04-01"),
		Evaluations: evals, EvaluationsAt: "/evaluations",
		Changes: changes, ChangesAt: "/changes",
		Risks: risks, RisksAt: "/risks",
		EvaluateEveryMonths: 12,
	}
	for _, f := range control.ReviewDue(in, date.MustParse("2026-10-01")) {
		fmt.Println(f.Severity, f.Rule, f.Clause, f.Also, f.Path, f.IDs)
		fmt.Println("  " + f.Text.Ja)
		fmt.Println("  " + f.Text.En)
	}
	// Output:
	// true true
	// risk-1 impact high level high
	// risk-2 impact low level medium
	// error review-after-findings 8 [7] /evaluations/0 [self-2025 asset-backup@juki]
	//   監査・自己点検で不適合があり、ポリシーの見直しが必要：自己点検「self-2025」（2025-08-20）で不適合1件：asset-backup@juki
	//   the latest audit or self-inspection found non-compliance: the policy is due for review: self-inspection self-2025 of 2025-08-20 found 1 item non-compliant: asset-backup@juki
	// error review-changed-conditions 8 [] /changes/0 [chg-1]
	//   状況の変化又は新たな脅威があり、ポリシーの見直しが必要：新たな脅威「chg-1」（2026-06-10、脅威：ウイルス攻撃）：ランサムウェア被害の多発
	//   conditions changed or a new threat appeared: the policy is due for review: new threat chg-1 (2026-06-10, threat: malware attack): ランサムウェア被害の多発
	// error review-untreated-risk 8 [] /risks/0 [risk-1 juki]
	//   受容水準を超えるリスクに対応策がない：リスク「risk-1」（重要情報の詐取、情報資産：juki）：リスク水準高、受容水準低、対応策なし
	//   a risk above the accepted level has no treatment: risk risk-1 (fraud to obtain important information; assets: juki): level high, above accepted low, with no treatment
	// error review-no-evaluation 8 [7] /evaluations [self-2025]
	//   定めた間隔の内に監査又は自己点検が行われていない：2026-10-01までの12か月以内に評価がない（最新の評価「self-2025」（2025-08-20））
	//   no audit or self-inspection within the set interval: none within the 12 months before 2026-10-01 (latest evaluation self-2025 of 2025-08-20)
}
