package threat_test

import (
	"fmt"

	"github.com/jichitai-sec/policy/asset"
	"github.com/jichitai-sec/policy/threat"
	"github.com/jichitai-sec/policy/zone"
)

func ExampleForKind() {
	for _, t := range threat.ForKind(asset.Facility) {
		fmt.Printf("%s %s (%s)\n", t.Clause(), t.Ja(), t)
	}
	// Output:
	// 3(1) 部外者の侵入 (intrusion)
	// 3(1) 内部不正 (insider-misconduct)
	// 3(2) メンテナンス不備 (maintenance-failure)
	// 3(2) 委託管理の不備 (outsourcing-management-failure)
	// 3(2) マネジメントの欠陥 (management-failure)
	// 3(2) 機器故障 (equipment-failure)
	// 3(3) 地震 (earthquake)
	// 3(3) 落雷 (lightning)
	// 3(3) 火災 (fire)
	// 3(3) その他の災害 (other-disaster)
	// 3(5) 電力供給の途絶 (power-outage)
	// 3(5) 水道供給の途絶 (water-outage)
}

func ExampleThreat() {
	t := threat.MustParse("サービス不能攻撃")
	fmt.Println(t, t.Category(), t.Clause())
	fmt.Println(t.Harms(), t.Properties())
	fmt.Println(t.Kinds())
	// Output:
	// denial-of-service intentional 3(1)
	// [stoppage] [availability]
	// [network information-system information]
}

func ExampleFor() {
	a := asset.Asset{
		ID:   "minutes-2026",
		Name: "議事録（印刷）",
		Kind: asset.PrintedDocument,
		Zone: zone.BusinessZone,
	}
	rs := threat.For(a)
	for _, r := range rs {
		fmt.Println(r.Clause(), r.Threat, r.Properties())
	}
	fmt.Println(rs[0].Ja())
	fmt.Println(rs[0].En())
	// Output:
	// 3(1) intrusion [confidentiality integrity availability]
	// 3(1) information-fraud [confidentiality]
	// 3(1) insider-misconduct [confidentiality integrity availability]
	// 3(2) unauthorized-removal [confidentiality integrity availability]
	// 3(2) operation-mistake [confidentiality integrity availability]
	// 3(2) outsourcing-management-failure [confidentiality integrity availability]
	// 3(2) management-failure [confidentiality integrity availability]
	// 3(3) earthquake [integrity availability]
	// 3(3) fire [integrity availability]
	// 3(3) other-disaster [integrity availability]
	// 部外者の侵入（3(1) 意図的な要因による脅威）：印刷した文書に対する脅威。漏えい・破壊・改ざん・消去により機密性・完全性・可用性を損なう
	// intrusion by outsiders (3(1) Intentional threats): a threat to assets of kind printed document; by leak, destruction, tampering and erasure it harms confidentiality, integrity and availability
}

// An asset whose kind is unset meets every threat of the catalog, each
// assumed rather than found (fail closed).
func ExampleRelevance_Assumed() {
	rs := threat.For(asset.Asset{ID: "unknown"})
	fmt.Println(len(rs) == len(threat.All()), rs[0].Assumed(), rs[0].Kind)
	fmt.Println(rs[0].En())
	// Output:
	// true true asset.Kind(0)
	// unauthorized access (3(1) Intentional threats): assumed because the asset's kind is unset or unknown (fail closed); by leak, destruction, tampering and erasure it harms confidentiality, integrity and availability
}
