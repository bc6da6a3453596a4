package control

import (
	"github.com/jichitai-sec/policy/clause"
	"github.com/jichitai-sec/policy/internal/enum"
)

// Control is one measure of the catalog. The zero value is not a control.
//
// The controls are the library's reading of the measures that clauses 6 to
// 8 of the basic policy call for, filed under the section of the national
// guideline's countermeasure standard that municipal standards put them in
// (see Section). Each control's catalog entry (Entry) says which of its
// details rest on a confirmed source and which are the library's reading.
type Control uint8

// The controls, in the order of the countermeasure standard.
const (
	// 1 組織体制 (6(1); 6 for the standard itself)
	OrgStandard Control = iota + 1 // 対策基準・実施手順の策定
	OrgCISO                        // 最高情報セキュリティ責任者（CISO）の設置
	OrgCSIRT                       // CSIRTの設置
	OrgRoles                       // 統括情報セキュリティ責任者等の役割の指定

	// 2 情報資産の分類と管理 (6(2))
	AssetClassification // 情報資産の分類（機密性・完全性・可用性）
	AssetInventory      // 情報資産台帳と管理者
	AssetIssuedDevices  // 機密性3の情報は支給端末でのみ取り扱う
	AssetEncryption     // 送信・運搬・提供時の暗号化・パスワード・施錠
	AssetStorage        // 保管場所の制限と記録媒体の施錠保管
	AssetDisposal       // 復元できない方法による廃棄
	AssetBackup         // バックアップの取得
	AssetRecoveryTarget // 定めた時間内の復旧

	// 3 情報システム全体の強靭性の向上 (6(3))
	ZoneDelineation        // 三層の領域の区分と構成の把握
	MyNumberIsolation      // マイナンバー利用事務系の他の領域からの分離
	MyNumberTwoFactor      // マイナンバー利用事務系端末の二要素認証
	MyNumberNoTakeout      // マイナンバー利用事務系端末からの情報持ち出しの禁止
	MyNumberApprovedMedia  // 許可された電磁的記録媒体のみの接続
	BusinessPathSeparation // 業務サーバ接続系とインターネット接続系の通信経路の分割
	BusinessSanitization   // 無害化通信による取込み
	InternetBoundary       // UTM又はセキュリティクラウドによる境界の監視

	// 4 物理的セキュリティ (6(4))
	PhysServerPlacement // サーバ等の設置と冗長化
	PhysDisasterProof   // 地震・落雷・火災・水害への備え
	PhysPowerSupply     // 無停電電源装置・予備電源
	PhysFacilitySupply  // 空調・給水等の設備の維持
	PhysAreaEntry       // 管理区域の入退室管理
	PhysLines           // 通信回線・回線装置の管理と冗長化
	PhysTerminals       // 端末・電磁的記録媒体の盗難防止と管理

	// 5 人的セキュリティ (6(5))
	HumanRules       // 職員等の遵守事項の周知
	HumanTraining    // 研修・訓練
	HumanReporting   // インシデントの報告体制
	HumanCredentials // ID・パスワード・認証情報の管理

	// 6 技術的セキュリティ (6(6))
	TechSystemManagement // コンピュータ及びネットワークの管理（構成・ログ）
	TechWirelessEAPTLS   // 無線LANのWPA2/WPA3エンタープライズ（EAP-TLS）
	TechAccessControl    // アクセス制御
	TechDevelopment      // システム開発・導入・保守のセキュリティ
	TechMalware          // 不正プログラム対策
	TechIntrusion        // 不正アクセス対策
	TechSecurityInfo     // セキュリティ情報の収集と更新の適用

	// 7 運用 (6(7))
	OpsMonitoring       // 情報システムの監視
	OpsComplianceCheck  // 遵守状況の確認
	OpsIncidentResponse // 侵害時の対応
	OpsContinuity       // 緊急時対応・業務継続の計画
	OpsExceptions       // 例外措置の管理
	OpsLegal            // 法令遵守
	OpsDiscipline       // 懲戒処分等

	// 8 業務委託と外部サービスの利用 (6(8))
	VendorSelection        // 委託事業者の選定
	VendorContract         // 情報セキュリティ要件を明記した契約
	VendorConfirmation     // 委託先の対策の確認と契約に基づく措置
	VendorSystemWork       // 情報システムに関する業務委託の追加要件
	CloudConfidential      // 機密性2以上を取り扱う外部サービスの対策
	CloudOther             // 機密性2以上を取り扱わない外部サービスの対策
	SocialMediaResponsible // ソーシャルメディアサービスごとの責任者
	SocialMediaMeasures    // ソーシャルメディアのアカウントの対策

	// 9 評価・見直し (6(9), 7, 8)
	EvalAudit          // 情報セキュリティ監査
	EvalSelfInspection // 自己点検
	EvalImprovement    // 監査・点検の結果による運用改善
	EvalRiskAnalysis   // 脅威の発生可能性と損失の分析
	EvalReview         // 情報セキュリティポリシーの見直し
)

var controls = enum.New[Control]([]enum.Entry{
	OrgStandard: {ID: "org-standard", Ja: "対策基準・実施手順の策定", En: "countermeasure standard and procedures"},
	OrgCISO:     {ID: "org-ciso", Ja: "最高情報セキュリティ責任者（CISO）の設置", En: "chief information security officer (CISO)"},
	OrgCSIRT:    {ID: "org-csirt", Ja: "CSIRTの設置", En: "computer security incident response team (CSIRT)"},
	OrgRoles:    {ID: "org-roles", Ja: "情報セキュリティに関する役割の指定", En: "security roles assigned"},

	AssetClassification: {ID: "asset-classification", Ja: "情報資産の分類", En: "classification of information assets"},
	AssetInventory:      {ID: "asset-inventory", Ja: "情報資産台帳と管理者", En: "asset register and owners"},
	AssetIssuedDevices:  {ID: "asset-issued-devices", Ja: "支給端末でのみの取扱い", En: "handled on issued devices only"},
	AssetEncryption:     {ID: "asset-encryption", Ja: "送信・運搬・提供時の暗号化等", En: "encryption when sent, carried or handed over"},
	AssetStorage:        {ID: "asset-storage", Ja: "保管場所の制限と施錠保管", En: "restricted and locked storage"},
	AssetDisposal:       {ID: "asset-disposal", Ja: "復元できない廃棄", En: "irrecoverable disposal"},
	AssetBackup:         {ID: "asset-backup", Ja: "バックアップ", En: "backups"},
	AssetRecoveryTarget: {ID: "asset-recovery-target", Ja: "定めた時間内の復旧", En: "recovery within a set time"},

	ZoneDelineation:        {ID: "zone-delineation", Ja: "三層の領域の区分と構成図", En: "zones of the three-tier model delineated and mapped"},
	MyNumberIsolation:      {ID: "mynumber-zone-isolation", Ja: "マイナンバー利用事務系の分離", En: "isolation of the My Number zone"},
	MyNumberTwoFactor:      {ID: "mynumber-two-factor", Ja: "マイナンバー利用事務系端末の二要素認証", En: "two-factor login on My Number zone terminals"},
	MyNumberNoTakeout:      {ID: "mynumber-no-takeout", Ja: "マイナンバー利用事務系端末からの持ち出し禁止", En: "no data taken out of My Number zone terminals"},
	MyNumberApprovedMedia:  {ID: "mynumber-approved-media", Ja: "許可された記録媒体のみの接続", En: "only approved media connected"},
	BusinessPathSeparation: {ID: "business-path-separation", Ja: "通信経路の分割", En: "separation of communication paths"},
	BusinessSanitization:   {ID: "business-sanitization", Ja: "無害化通信", En: "sanitized transfer"},
	InternetBoundary:       {ID: "internet-boundary", Ja: "UTM等による境界の監視", En: "boundary monitoring by a UTM or the security cloud"},

	PhysServerPlacement: {ID: "phys-server-placement", Ja: "サーバ等の設置と冗長化", En: "placement and redundancy of servers"},
	PhysDisasterProof:   {ID: "phys-disaster-proof", Ja: "地震・落雷・火災・水害への備え", En: "protection against earthquake, lightning, fire and flood"},
	PhysPowerSupply:     {ID: "phys-power-supply", Ja: "無停電電源装置・予備電源", En: "uninterruptible and backup power"},
	PhysFacilitySupply:  {ID: "phys-facility-supply", Ja: "空調・給水等の設備の維持", En: "cooling, water and other building services"},
	PhysAreaEntry:       {ID: "phys-area-entry", Ja: "管理区域の入退室管理", En: "entry control of controlled areas"},
	PhysLines:           {ID: "phys-lines", Ja: "通信回線・回線装置の管理", En: "management of lines and line equipment"},
	PhysTerminals:       {ID: "phys-terminals", Ja: "端末・記録媒体の盗難防止と管理", En: "theft prevention and management of terminals and media"},

	HumanRules:       {ID: "human-rules", Ja: "職員等の遵守事項", En: "rules for staff"},
	HumanTraining:    {ID: "human-training", Ja: "研修・訓練", En: "training and drills"},
	HumanReporting:   {ID: "human-reporting", Ja: "インシデントの報告", En: "incident reporting"},
	HumanCredentials: {ID: "human-credentials", Ja: "ID・パスワード等の管理", En: "IDs, passwords and credentials"},

	TechSystemManagement: {ID: "tech-system-management", Ja: "コンピュータ及びネットワークの管理", En: "management of computers and networks"},
	TechWirelessEAPTLS:   {ID: "tech-wireless-eap-tls", Ja: "無線LANのEAP-TLS認証", En: "wireless LAN with EAP-TLS"},
	TechAccessControl:    {ID: "tech-access-control", Ja: "アクセス制御", En: "access control"},
	TechDevelopment:      {ID: "tech-development", Ja: "システム開発・導入・保守", En: "development, deployment and maintenance"},
	TechMalware:          {ID: "tech-malware", Ja: "不正プログラム対策", En: "malware protection"},
	TechIntrusion:        {ID: "tech-intrusion", Ja: "不正アクセス対策", En: "protection against unauthorized access"},
	TechSecurityInfo:     {ID: "tech-security-info", Ja: "セキュリティ情報の収集と更新", En: "security information and updates"},

	OpsMonitoring:       {ID: "ops-monitoring", Ja: "情報システムの監視", En: "monitoring of information systems"},
	OpsComplianceCheck:  {ID: "ops-compliance-check", Ja: "遵守状況の確認", En: "checking compliance with the policy"},
	OpsIncidentResponse: {ID: "ops-incident-response", Ja: "侵害時の対応", En: "incident response"},
	OpsContinuity:       {ID: "ops-continuity", Ja: "緊急時対応・業務継続の計画", En: "contingency and continuity planning"},
	OpsExceptions:       {ID: "ops-exceptions", Ja: "例外措置の管理", En: "management of exceptions"},
	OpsLegal:            {ID: "ops-legal", Ja: "法令遵守", En: "legal compliance"},
	OpsDiscipline:       {ID: "ops-discipline", Ja: "懲戒処分等", En: "discipline"},

	VendorSelection:        {ID: "vendor-selection", Ja: "委託事業者の選定", En: "selection of contractors"},
	VendorContract:         {ID: "vendor-contract", Ja: "情報セキュリティ要件を明記した契約", En: "contract stating security requirements"},
	VendorConfirmation:     {ID: "vendor-confirmation", Ja: "委託先の対策の確認", En: "confirmation of the contractor's measures"},
	VendorSystemWork:       {ID: "vendor-system-work", Ja: "情報システムに関する業務委託", En: "outsourcing of information systems"},
	CloudConfidential:      {ID: "cloud-confidential", Ja: "機密性2以上を取り扱う外部サービスの対策", En: "external services handling confidentiality 2 or above"},
	CloudOther:             {ID: "cloud-other", Ja: "その他の外部サービスの対策", En: "other external services"},
	SocialMediaResponsible: {ID: "social-media-responsible", Ja: "ソーシャルメディアサービスごとの責任者", En: "a responsible person per social media service"},
	SocialMediaMeasures:    {ID: "social-media-measures", Ja: "ソーシャルメディアのアカウントの対策", En: "security of social media accounts"},

	EvalAudit:          {ID: "eval-audit", Ja: "情報セキュリティ監査", En: "information security audit"},
	EvalSelfInspection: {ID: "eval-self-inspection", Ja: "自己点検", En: "self-inspection"},
	EvalImprovement:    {ID: "eval-improvement", Ja: "運用改善", En: "improvement from the results"},
	EvalRiskAnalysis:   {ID: "eval-risk-analysis", Ja: "リスクの分析", En: "risk analysis"},
	EvalReview:         {ID: "eval-review", Ja: "情報セキュリティポリシーの見直し", En: "review of the policy"},
})

// All returns every control in the order of the countermeasure standard.
func All() []Control { return controls.All() }

// Parse accepts a control's wire id (e.g. "mynumber-two-factor") or its
// Japanese label.
func Parse(s string) (Control, error) { return controls.Parse(s) }

// MustParse is Parse for text known to be valid; it panics otherwise.
func MustParse(s string) Control {
	c, err := Parse(s)
	if err != nil {
		panic(err)
	}
	return c
}

// Valid reports whether c is a control of the catalog.
func (c Control) Valid() bool { return controls.Valid(c) }

// String returns the wire id, or "control.Control(N)" for an invalid value.
func (c Control) String() string { return controls.String(c) }

// Ja returns the Japanese title.
func (c Control) Ja() string { return controls.Ja(c) }

// En returns the English title.
func (c Control) En() string { return controls.En(c) }

// Clause returns the clause of the basic policy the control rests on, or 0
// for an invalid value.
func (c Control) Clause() clause.Clause {
	if !c.Valid() {
		return 0
	}
	return catalog[c].clause
}

// Duty returns the strength of the control: that of its clause (firm or
// effort), so that a gap's severity follows it.
func (c Control) Duty() clause.Duty { return c.Clause().Duty() }

// MarshalText returns the wire id; an invalid control is a *MarshalError.
func (c Control) MarshalText() ([]byte, error) { return controls.MarshalText(c) }

// UnmarshalText accepts a wire id only (Parse also takes labels).
func (c *Control) UnmarshalText(b []byte) error { return controls.UnmarshalText(c, b) }

// ParseError is the error of every Parse function and UnmarshalText method
// of this package for text that names no member of a closed set.
type ParseError = enum.ParseError

// MarshalError is the error of every MarshalText method of this package for
// a value that is not a member of its closed set.
type MarshalError = enum.MarshalError
