package asset_test

import (
	"encoding/json"
	"fmt"

	"github.com/jichitai-sec/policy/asset"
	"github.com/jichitai-sec/policy/zone"
)

// A document lists its assets and names its classification scheme.
// Validate checks the structure; Check then finds a system rated below the
// information it holds, and a web system outside the My Number zone that
// processes My Number information.
func Example() {
	const doc = `[
	  {"id": "juki", "name": "住民記録システム", "kind": "information-system", "owner": "administrator",
	   "zone": "mynumber", "contains": ["juki-data"],
	   "classification": {"scheme": "guideline-2024", "confidentiality": "2", "integrity": "2", "availability": "2"}},
	  {"id": "juki-data", "name": "住民記録データ", "kind": "information", "owner": "administrator",
	   "zone": "mynumber", "myNumber": true,
	   "classification": {"scheme": "guideline-2024", "confidentiality": "3B", "integrity": "2", "availability": "2"}},
	  {"id": "portal", "name": "ホームページ管理システム", "kind": "information-system", "owner": "secretariat",
	   "zone": "internet", "contains": ["juki-data"],
	   "classification": {"scheme": "guideline-2024", "confidentiality": "3B", "integrity": "2", "availability": "2"}}
	]`
	var assets []asset.Asset
	if err := json.Unmarshal([]byte(doc), &assets); err != nil {
		fmt.Println(err)
		return
	}
	if errs := asset.Validate(assets, asset.Guideline2024); len(errs) > 0 {
		fmt.Println(errs)
		return
	}
	findings, err := asset.Check(assets, asset.Guideline2024)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, f := range findings {
		fmt.Printf("%s %s [%s] %s\n", f.Path, f.Rule, f.Clause, f.En)
	}
	// Output:
	// assets[0].classification.confidentiality below-minimum [6(2)] declared confidentiality 2 is below confidentiality 3B, which contained asset "juki-data" requires
	// assets[2].zone mynumber-holder-outside-zone [6(3)ア] holds or processes My Number information "juki-data" but is in the Internet zone, not in the My Number zone
}

// Derive gives the classification an asset must have at least, with the
// asset each property comes from.
func ExampleDerive() {
	c3b, _ := asset.NewClassification(asset.C3B, asset.I1, asset.A2)
	low, _ := asset.NewClassification(asset.C1, asset.I1, asset.A1)
	assets := []asset.Asset{
		{ID: "lan", Name: "庁内LAN", Kind: asset.Network, Owner: asset.Administrator, Classification: low, Contains: []string{"zaimu"}},
		{ID: "zaimu", Name: "財務会計システム", Kind: asset.InformationSystem, Owner: asset.Administrator, Zone: zone.BusinessZone,
			Classification: low, Contains: []string{"ledger"}},
		{ID: "ledger", Name: "会計データ", Kind: asset.Information, Owner: asset.Administrator, Zone: zone.BusinessZone, Classification: c3b},
	}
	derived, err := asset.Derive(assets, asset.Guideline2024)
	if err != nil {
		fmt.Println(err)
		return
	}
	d := derived[0]
	fmt.Println("lan needs at least", d.Minimum)
	for _, r := range d.Reasons {
		fmt.Println(" ", r.Property, "from", r.From.ID)
	}
	// Output:
	// lan needs at least guideline-2024/C3B/I1/A2
	//   confidentiality from ledger
	//   integrity from zaimu
	//   availability from ledger
}

// Handling lists the restrictions a classification requires; the two
// schemes map alike, band by band.
func ExampleHandling() {
	current, _ := asset.NewClassification(asset.C3B, asset.I1, asset.A2)
	old, _ := asset.NewClassification(asset.LegacyC3, asset.LegacyI1, asset.LegacyA2)
	for _, r := range asset.Handling(current) {
		fmt.Printf("%s (%s) %s\n", r, r.Clause(), r.Ja())
	}
	fmt.Println(len(asset.Handling(old)) == len(asset.Handling(current)))
	// Output:
	// issued-devices-only (6(2)) 支給された端末以外での作業の原則禁止
	// no-excess-copies (6(2)) 必要を超える複製・配付の禁止
	// restricted-storage (6(2)) 保管場所の限定（不要な媒体の持込み禁止を含む）
	// protected-transit (6(2)) 送信・運搬時の暗号化、パスワード設定又は鍵付きケースへの格納
	// irrecoverable-disposal (6(2)) 復元できない方法による廃棄
	// trusted-lines (6(2)) 信頼できる通信回線の選択
	// offsite-safeguards (6(2)) 庁外で処理する際の安全管理措置
	// locked-media-storage (6(2)) 電磁的記録媒体の施錠できる場所での保管
	// backup (6(2)) バックアップの取得
	// timely-recovery (6(2)) 定めた時間内の復旧
	// true
}

// A level is read within a scheme; a level of the other scheme is refused
// with an error that names it, and levels of the two schemes never compare.
func ExampleParseConfidentiality() {
	l, err := asset.ParseConfidentiality(asset.Guideline2024, "3B")
	fmt.Println(l, l.Code(), l.Ja(), err)

	_, err = asset.ParseConfidentiality(asset.Legacy, "3B")
	fmt.Println(err)

	_, ok := asset.C2.Compare(asset.LegacyC2)
	fmt.Println(asset.C2 == asset.LegacyC2, ok, asset.C3A.AtLeast(asset.LegacyC1))
	// Output:
	// guideline-2024:3B 3B 機密性3B <nil>
	// asset: confidentiality level "3B" belongs to scheme guideline-2024, not legacy; the two schemes are never mixed (accepted: 3, 2, 1) / 令和6年10月改定後の分類の区分であり、令和6年10月改定前の分類では使えません
	// false false false
}
