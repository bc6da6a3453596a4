package asset_test

import (
	"encoding/json"
	"fmt"

	"github.com/jichitai-sec/policy/asset"
	"github.com/jichitai-sec/policy/zone"
)

// A register lists its assets; its scheme is stated once, beside them.
// Check validates the list, then finds a system rated below the
// information it holds, a web system outside the My Number zone that
// processes My Number information, and a property left unclassified.
func Example() {
	const register = `{
	  "scheme": "guideline-2024",
	  "assets": [
	    {"id": "juki", "name": "住民記録システム", "kind": "information-system", "owner": "administrator",
	     "zone": "mynumber", "contains": ["juki-data"],
	     "classification": {"confidentiality": "2", "integrity": "2", "availability": "2"}},
	    {"id": "juki-data", "name": "住民記録データ", "kind": "information", "owner": "administrator",
	     "zone": "mynumber", "myNumber": true,
	     "classification": {"confidentiality": "3B", "integrity": "2", "availability": "2"}},
	    {"id": "portal", "name": "ホームページ管理システム", "kind": "information-system", "owner": "secretariat",
	     "zone": "internet", "contains": ["juki-data"],
	     "classification": {"confidentiality": "3B", "integrity": "2"}}
	  ]
	}`
	var r struct {
		Scheme asset.Scheme  `json:"scheme"`
		Assets []asset.Asset `json:"assets"`
	}
	if err := json.Unmarshal([]byte(register), &r); err != nil {
		fmt.Println(err)
		return
	}
	findings, err := asset.Check(r.Assets, r.Scheme, "/assets")
	if err != nil {
		fmt.Println(err) // the list is malformed: Validate's problems
		return
	}
	for _, f := range findings {
		fmt.Println(f.Severity, f.Rule, f.Clause, f.Path, f.IDs)
		fmt.Println(" ", f.Text.En)
	}
	// Output:
	// error asset-below-minimum 6(2) /assets/0/classification/confidentiality [juki juki-data]
	//   declared confidentiality 2 is below confidentiality 3B, which contained asset "juki-data" requires
	// error asset-unclassified 6(2) /assets/2/classification/availability [portal juki-data]
	//   no availability level: the asset is unclassified for availability; contained asset "juki-data" requires at least availability 2
	// error asset-mynumber-holder-outside-zone 6(3)ア /assets/2/zone [portal juki-data]
	//   holds or processes My Number information "juki-data" but is in the Internet zone, not in the My Number zone
}

// Validate reports malformed input at JSON Pointers under the path the
// caller gives: here a register nested in a document.
func ExampleValidate() {
	assets := []asset.Asset{
		{ID: "zaimu", Name: "財務会計システム", Kind: asset.InformationSystem, Owner: asset.Administrator,
			Zone: zone.BusinessZone, Contains: []string{"ledger"},
			Classification: asset.Classification{Confidentiality: asset.C3, Integrity: asset.I1, Availability: asset.A1}},
	}
	for _, e := range asset.Validate(assets, asset.Guideline2024, "/registers/0/assets") {
		fmt.Println(e.Path, e.Kind, e.Value)
	}
	// Output:
	// /registers/0/assets/0/classification/confidentiality forbidden 3
	// /registers/0/assets/0/contains/0 not-found ledger
}

// Derive gives the classification an asset must have at least, with the
// asset each property comes from.
func ExampleDerive() {
	low := asset.Classification{Confidentiality: asset.C1, Integrity: asset.I1, Availability: asset.A1}
	assets := []asset.Asset{
		{ID: "lan", Name: "庁内LAN", Kind: asset.Network, Owner: asset.Administrator, Classification: low, Contains: []string{"zaimu"}},
		{ID: "zaimu", Name: "財務会計システム", Kind: asset.InformationSystem, Owner: asset.Administrator, Zone: zone.BusinessZone,
			Classification: asset.Classification{Confidentiality: asset.C1, Integrity: asset.I2, Availability: asset.A1},
			Contains:       []string{"ledger"}},
		{ID: "ledger", Name: "会計データ", Kind: asset.Information, Owner: asset.Administrator, Zone: zone.BusinessZone,
			Classification: asset.Classification{Confidentiality: asset.C3B, Integrity: asset.I1, Availability: asset.A2}},
	}
	derived, err := asset.Derive(assets, asset.Guideline2024, "/assets")
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
	// lan needs at least C3B/I2/A2
	//   confidentiality from ledger
	//   integrity from zaimu
	//   availability from ledger
}

// Handling lists the restrictions a classification requires; the two
// schemes map alike, band by band.
func ExampleHandling() {
	current := asset.Classification{Confidentiality: asset.C3B, Integrity: asset.I1, Availability: asset.A2}
	old := asset.Classification{Confidentiality: asset.C3, Integrity: asset.I1, Availability: asset.A2}
	for _, r := range asset.Handling(current, asset.Guideline2024) {
		fmt.Printf("%s (%s) %s\n", r, r.Clause(), r.Ja())
	}
	fmt.Println(len(asset.Handling(old, asset.Legacy)) == len(asset.Handling(current, asset.Guideline2024)))
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

// A level is a plain code; the scheme decides which codes it allows and how
// they compare. Legacy 3 compares with nothing in the 2024 scheme.
func ExampleScale() {
	l, err := asset.ParseConfidentiality("自治体機密性3B")
	fmt.Println(l, l.Ja(), err)

	k := asset.Guideline2024.Confidentiality()
	fmt.Println(k.Levels(), k.AtLeast(asset.C3A, l), k.Allows(asset.C3))
	_, ok := k.Compare(asset.C3, asset.C3A)
	fmt.Println(ok, asset.Legacy.Confidentiality().Levels())
	// Output:
	// 3B 機密性3B <nil>
	// [1 2 3C 3B 3A] true false
	// false [1 2 3]
}
