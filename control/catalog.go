package control

import (
	"github.com/jichitai-sec/policy/asset"
	"github.com/jichitai-sec/policy/clause"
	"github.com/jichitai-sec/policy/internal/enum"
	"github.com/jichitai-sec/policy/lang"
	"github.com/jichitai-sec/policy/threat"
	"github.com/jichitai-sec/policy/zone"
)

// row is the catalog entry of one control. See Entry for the meaning of
// each field.
type row struct {
	clause   clause.Clause
	section  Section
	purpose  lang.Text
	threats  enum.Set[threat.Threat]
	protects enum.Set[asset.Property]
	scope    Scope
	where    where
	basis    Basis
	fixed    bool // may never be declared not applicable
}

// where is the part of a per-asset control's entry that says which assets
// need it. Every condition given must hold; a zero condition holds for
// every asset.
type where struct {
	kinds    enum.Set[asset.Kind] // the asset is of one of these kinds
	zones    enum.Set[zone.Zone]  // the asset lives in one of these zones
	minBand  [4]uint8             // by asset.Property: at least one property rated at this band or above
	myNumber bool                 // with minBand: information of My Number work meets the condition whatever its rating
	wireless bool                 // the asset is a wireless LAN
}

var (
	cia       = enum.SetOf(asset.Confidentiality, asset.Integrity, asset.Availability)
	conf      = enum.SetOf(asset.Confidentiality)
	integAvl  = enum.SetOf(asset.Integrity, asset.Availability)
	avail     = enum.SetOf(asset.Availability)
	confInteg = enum.SetOf(asset.Confidentiality, asset.Integrity)

	systems  = enum.SetOf(asset.Network, asset.InformationSystem)
	hardware = enum.SetOf(asset.Network, asset.InformationSystem, asset.Facility)
	carried  = enum.SetOf(asset.Information, asset.ElectronicMedia, asset.PrintedDocument, asset.SystemDocument)

	disasters = enum.SetOf(threat.Earthquake, threat.Lightning, threat.Fire, threat.OtherDisaster)
)

func threats(ts ...threat.Threat) enum.Set[threat.Threat] { return enum.SetOf(ts...) }

func text(ja, en string) lang.Text { return lang.Text{Ja: ja, En: en} }

// catalog is the library's reading of clauses 6 to 8, one row per control,
// indexed by Control. It is the single source of Entry, Matrix and
// Required. Basis says, control by control, what the entry rests on.
var catalog = [...]row{
	OrgStandard: {clause: clause.Measures, section: SecOrganization, scope: ScopeOrganization, basis: BasisReading, fixed: true,
		purpose: text("基本方針に基づく対策基準と実施手順を定め、対策の拠り所とする", "set out the countermeasure standard and procedures that carry out the basic policy"),
		threats: threats(threat.ManagementFailure), protects: cia},
	OrgCISO: {clause: clause.Organization, section: SecOrganization, scope: ScopeOrganization, basis: BasisGuideline, fixed: true,
		purpose: text("情報セキュリティ対策の最終的な責任者を置く", "name the person finally responsible for security"),
		threats: threats(threat.ManagementFailure), protects: cia},
	OrgCSIRT: {clause: clause.Organization, section: SecOrganization, scope: ScopeOrganization, basis: BasisGuideline, fixed: true,
		purpose: text("インシデントに組織として対応する体制をCISOの下に設ける", "set up, under the CISO, a team that handles incidents for the organization"),
		threats: threats(threat.ManagementFailure, threat.Malware, threat.UnauthorizedAccess), protects: cia},
	OrgRoles: {clause: clause.Organization, section: SecOrganization, scope: ScopeOrganization, basis: BasisGuideline, fixed: true,
		purpose: text("統括情報セキュリティ責任者・情報セキュリティ責任者・管理者等を定め、全職員等で対策を推進する", "assign the security roles below the CISO so that all staff carry the measures"),
		threats: threats(threat.ManagementFailure, threat.InsiderMisconduct), protects: cia},

	AssetClassification: {clause: clause.AssetManagement, section: SecAssetClassification, scope: ScopeAsset, basis: BasisPolicy, fixed: true,
		purpose: text("機密性・完全性・可用性により情報資産を分類し、分類に応じた対策をとる", "rate every asset for confidentiality, integrity and availability, and protect it accordingly"),
		threats: threats(threat.ManagementFailure), protects: cia},
	AssetInventory: {clause: clause.AssetManagement, section: SecAssetClassification, scope: ScopeAsset, basis: BasisReading, fixed: true,
		purpose: text("情報資産を台帳に記録し、管理者を定める", "record each asset in a register with the person who manages it"),
		threats: threats(threat.ManagementFailure, threat.UnauthorizedRemoval), protects: cia},
	AssetIssuedDevices: {clause: clause.AssetManagement, section: SecAssetClassification, scope: ScopeAsset, basis: BasisReading,
		where:   where{kinds: carried, minBand: band(asset.Confidentiality, 3), myNumber: true},
		purpose: text("機密性3の情報は組織が支給した端末でのみ取り扱う", "handle confidentiality-3 information on issued devices only"),
		threats: threats(threat.UnauthorizedRemoval, threat.InsiderMisconduct), protects: conf},
	AssetEncryption: {clause: clause.AssetManagement, section: SecAssetClassification, scope: ScopeAsset, basis: BasisReading,
		where:   where{kinds: carried, minBand: band(asset.Confidentiality, 2), myNumber: true},
		purpose: text("送信・運搬・提供の際に暗号化、パスワード設定又は施錠できる容器を用いる", "encrypt, password-protect or lock up information when sending, carrying or handing it over"),
		threats: threats(threat.UnauthorizedRemoval, threat.OperationMistake, threat.InformationFraud), protects: conf},
	AssetStorage: {clause: clause.AssetManagement, section: SecAssetClassification, scope: ScopeAsset, basis: BasisReading,
		where:   where{kinds: carried, minBand: band(asset.Confidentiality, 2), myNumber: true},
		purpose: text("保管場所を限り、記録媒体は施錠して保管する", "keep it only in designated places, and media under lock"),
		threats: threats(threat.UnauthorizedRemoval, threat.InsiderMisconduct, threat.Intrusion), protects: conf},
	AssetDisposal: {clause: clause.AssetManagement, section: SecAssetClassification, scope: ScopeAsset, basis: BasisReading,
		where:   where{minBand: band(asset.Confidentiality, 2), myNumber: true},
		purpose: text("廃棄の際は復元できない方法で消去・破棄する", "erase or destroy it beyond recovery when it is discarded"),
		threats: threats(threat.UnauthorizedRemoval, threat.OperationMistake), protects: conf},
	AssetBackup: {clause: clause.AssetManagement, section: SecAssetClassification, scope: ScopeAsset, basis: BasisReading,
		where:   where{minBand: [4]uint8{asset.Integrity: 2, asset.Availability: 2}},
		purpose: text("バックアップを取り、改ざん・消去・故障から回復できるようにする", "keep backups so that tampering, erasure and failures can be undone"),
		threats: threats(threat.Malware, threat.EquipmentFailure, threat.OperationMistake, threat.Earthquake, threat.Fire, threat.OtherDisaster), protects: integAvl},
	AssetRecoveryTarget: {clause: clause.AssetManagement, section: SecAssetClassification, scope: ScopeAsset, basis: BasisReading,
		where:   where{minBand: band(asset.Availability, 2)},
		purpose: text("停止したときに定めた時間内に復旧できるようにする", "be able to restore it within a set time after an outage"),
		threats: threats(threat.EquipmentFailure, threat.Earthquake, threat.Lightning, threat.Fire, threat.OtherDisaster, threat.PowerOutage, threat.CommunicationOutage), protects: avail},

	ZoneDelineation: {clause: clause.Resilience, section: SecMyNumberZone, scope: ScopeOrganization, basis: BasisPolicy, fixed: true,
		purpose: text("各システムがどの領域に属するかを定め、構成図を最新に保つ", "decide which zone each system belongs to, and keep the network diagram current"),
		threats: threats(threat.DesignDefect, threat.ManagementFailure), protects: cia},
	MyNumberIsolation: {clause: clause.MyNumberIsolation, section: SecMyNumberZone, scope: ScopeAsset, basis: BasisPolicy, fixed: true,
		where:   where{kinds: systems, zones: enum.SetOf(zone.MyNumberZone)},
		purpose: text("マイナンバー利用事務系を他の領域と通信させず、例外は承認された通信に限る", "keep the My Number zone from talking to other zones, but for approved exceptions"),
		threats: threats(threat.UnauthorizedAccess, threat.Malware, threat.InformationFraud), protects: confInteg},
	MyNumberTwoFactor: {clause: clause.MyNumberIsolation, section: SecMyNumberZone, scope: ScopeAsset, basis: BasisGuideline, fixed: true,
		where:   where{kinds: enum.SetOf(asset.InformationSystem), zones: enum.SetOf(zone.MyNumberZone)},
		purpose: text("端末へのログインに生体認証等を含む二要素認証を用いる", "log in to terminals with two factors, biometrics among them"),
		threats: threats(threat.UnauthorizedAccess, threat.InsiderMisconduct, threat.InformationFraud), protects: confInteg},
	MyNumberNoTakeout: {clause: clause.MyNumberIsolation, section: SecMyNumberZone, scope: ScopeAsset, basis: BasisGuideline, fixed: true,
		where:   where{kinds: enum.SetOf(asset.InformationSystem), zones: enum.SetOf(zone.MyNumberZone)},
		purpose: text("端末から情報を持ち出せないようにする", "prevent data from being taken out of the terminals"),
		threats: threats(threat.UnauthorizedRemoval, threat.InsiderMisconduct), protects: conf},
	MyNumberApprovedMedia: {clause: clause.MyNumberIsolation, section: SecMyNumberZone, scope: ScopeAsset, basis: BasisGuideline,
		where:   where{kinds: enum.SetOf(asset.InformationSystem, asset.ElectronicMedia), zones: enum.SetOf(zone.MyNumberZone)},
		purpose: text("事前に許可したUSB機器等の記録媒体だけを接続できるようにする", "allow only pre-approved USB devices and other media to be connected"),
		threats: threats(threat.Malware, threat.UnauthorizedRemoval), protects: confInteg},
	BusinessPathSeparation: {clause: clause.BusinessSeparation, section: SecLGWANZone, scope: ScopeAsset, basis: BasisPolicy, fixed: true,
		where:   where{kinds: systems, zones: enum.SetOf(zone.BusinessZone)},
		purpose: text("業務サーバ接続系とインターネット接続系の通信経路を分割する", "separate the paths between the business zone and the Internet zone"),
		threats: threats(threat.UnauthorizedAccess, threat.Malware), protects: cia},
	BusinessSanitization: {clause: clause.BusinessSeparation, section: SecLGWANZone, scope: ScopeAsset, basis: BasisPolicy, fixed: true,
		where:   where{kinds: systems, zones: enum.SetOf(zone.BusinessZone)},
		purpose: text("インターネット接続系からの取込みは無害化通信に限る", "take data in from the Internet zone only by sanitized transfer"),
		threats: threats(threat.Malware), protects: confInteg},
	InternetBoundary: {clause: clause.InternetBoundary, section: SecInternetZone, scope: ScopeAsset, basis: BasisPolicy, fixed: true,
		where:   where{kinds: systems, zones: enum.SetOf(zone.InternetZone)},
		purpose: text("インターネットとの境界でUTM（又はセキュリティクラウド）がファイアウォール・IDS/IPS・アンチウイルス・Webフィルタリングの全機能で通信を監視する", "watch the Internet boundary with a UTM (or the security cloud) providing all four functions of 2(13)"),
		threats: threats(threat.UnauthorizedAccess, threat.Malware, threat.DenialOfService), protects: cia},

	PhysServerPlacement: {clause: clause.Physical, section: SecServers, scope: ScopeAsset, basis: BasisReading,
		where:   where{kinds: systems},
		purpose: text("サーバ等を管理区域に設置し、重要なものは冗長化する", "install servers in controlled areas and duplicate the important ones"),
		threats: threats(threat.EquipmentFailure, threat.Intrusion), protects: avail},
	PhysDisasterProof: {clause: clause.Physical, section: SecServers, scope: ScopeAsset, basis: BasisReading,
		where:   where{kinds: hardware},
		purpose: text("機器と設備を地震・落雷・火災・水害から守る", "protect equipment and facilities from earthquake, lightning, fire and flood"),
		threats: disasters, protects: avail},
	PhysPowerSupply: {clause: clause.Physical, section: SecServers, scope: ScopeAsset, basis: BasisReading,
		where:   where{kinds: hardware},
		purpose: text("無停電電源装置と予備電源で電源の途絶に備える", "bridge power cuts with uninterruptible and backup power"),
		threats: threats(threat.PowerOutage, threat.Lightning), protects: avail},
	PhysFacilitySupply: {clause: clause.Physical, section: SecServers, scope: ScopeAsset, basis: BasisReading,
		where:   where{kinds: enum.SetOf(asset.Facility)},
		purpose: text("空調・給水等の設備を保守し、途絶に備える", "maintain cooling, water and other building services and plan for their loss"),
		threats: threats(threat.WaterOutage, threat.EquipmentFailure), protects: avail},
	PhysAreaEntry: {clause: clause.Physical, section: SecControlledAreas, scope: ScopeAsset, basis: BasisReading,
		where:   where{kinds: enum.SetOf(asset.Facility)},
		purpose: text("管理区域への入退室を許可された者に限り、記録する", "let only authorized people into controlled areas, and record entries"),
		threats: threats(threat.Intrusion, threat.InsiderMisconduct), protects: cia},
	PhysLines: {clause: clause.Physical, section: SecLines, scope: ScopeAsset, basis: BasisReading,
		where:   where{kinds: enum.SetOf(asset.Network)},
		purpose: text("通信回線と回線装置を管理し、必要に応じて冗長化する", "manage lines and line equipment, with redundancy where needed"),
		threats: threats(threat.CommunicationOutage, threat.Intrusion, threat.EquipmentFailure), protects: avail},
	PhysTerminals: {clause: clause.Physical, section: SecTerminalsAndMedia, scope: ScopeAsset, basis: BasisReading,
		where:   where{kinds: enum.SetOf(asset.InformationSystem, asset.ElectronicMedia)},
		purpose: text("端末と記録媒体を盗難から守り、所在を管理する", "guard terminals and media against theft and keep track of them"),
		threats: threats(threat.UnauthorizedRemoval, threat.Intrusion), protects: cia},

	HumanRules: {clause: clause.Human, section: SecStaffRules, scope: ScopeAsset, basis: BasisReading, fixed: true,
		purpose: text("情報資産を所管する機関の職員等に遵守事項（無断持ち出し・無許可ソフトウェアの禁止等）を周知する", "make the staff of the owning body know their rules (no removal, no unapproved software, …)"),
		threats: threats(threat.UnauthorizedRemoval, threat.UnauthorizedSoftware, threat.InsiderMisconduct), protects: cia},
	HumanTraining: {clause: clause.Human, section: SecTraining, scope: ScopeOrganization, basis: BasisPolicy, fixed: true,
		purpose: text("職員等に情報セキュリティの研修と訓練を行う", "train and drill staff in information security"),
		threats: threats(threat.OperationMistake, threat.InformationFraud, threat.ManagementFailure), protects: cia},
	HumanReporting: {clause: clause.Human, section: SecIncidentReporting, scope: ScopeOrganization, basis: BasisReading, fixed: true,
		purpose: text("インシデントを発見した職員等が直ちに報告する経路を定める", "give staff a route to report incidents at once"),
		threats: threats(threat.Malware, threat.UnauthorizedAccess, threat.ManagementFailure), protects: cia},
	HumanCredentials: {clause: clause.Human, section: SecCredentials, scope: ScopeOrganization, basis: BasisReading, fixed: true,
		purpose: text("ID・パスワード・ICカード等の認証情報を本人が適切に管理する", "have each person keep their IDs, passwords and cards safe"),
		threats: threats(threat.UnauthorizedAccess, threat.InformationFraud), protects: confInteg},

	TechSystemManagement: {clause: clause.Technical, section: SecComputersAndNetworks, scope: ScopeAsset, basis: BasisReading,
		where:   where{kinds: systems},
		purpose: text("構成と設定を管理し、ログを取得・保存する", "manage configuration and settings, and keep logs"),
		threats: threats(threat.OperationMistake, threat.MaintenanceFailure, threat.DesignDefect), protects: cia},
	TechWirelessEAPTLS: {clause: clause.Technical, section: SecComputersAndNetworks, scope: ScopeAsset, basis: BasisGuideline,
		where:   where{kinds: enum.SetOf(asset.Network), wireless: true, zones: enum.SetOf(zone.MyNumberZone, zone.BusinessZone)},
		purpose: text("業務サーバ接続系・マイナンバー利用事務系の無線LANはWPA2/WPA3エンタープライズと802.1Xのクライアント証明書（EAP-TLS）を用いる", "use WPA2/WPA3 Enterprise with 802.1X client certificates (EAP-TLS) for wireless LAN in the business and My Number zones"),
		threats: threats(threat.UnauthorizedAccess), protects: confInteg},
	TechAccessControl: {clause: clause.Technical, section: SecAccessControl, scope: ScopeAsset, basis: BasisPolicy,
		where:   where{kinds: systems},
		purpose: text("利用者と権限を限り、アクセスを制御する", "limit users and rights, and control access"),
		threats: threats(threat.UnauthorizedAccess, threat.InsiderMisconduct), protects: confInteg},
	TechDevelopment: {clause: clause.Technical, section: SecDevelopment, scope: ScopeAsset, basis: BasisReading,
		where:   where{kinds: enum.SetOf(asset.InformationSystem)},
		purpose: text("開発・導入・保守の各段階でセキュリティを確認する", "check security at each stage of development, deployment and maintenance"),
		threats: threats(threat.DesignDefect, threat.ProgramDefect, threat.MaintenanceFailure), protects: cia},
	TechMalware: {clause: clause.Technical, section: SecMalware, scope: ScopeAsset, basis: BasisPolicy,
		where:   where{kinds: systems},
		purpose: text("不正プログラムを検知・駆除し、無許可ソフトウェアを実行させない", "detect and remove malware, and keep unapproved software from running"),
		threats: threats(threat.Malware, threat.UnauthorizedSoftware), protects: cia},
	TechIntrusion: {clause: clause.Technical, section: SecIntrusion, scope: ScopeAsset, basis: BasisPolicy,
		where:   where{kinds: systems},
		purpose: text("不正アクセスとサービス不能攻撃を防ぎ、検知する", "prevent and detect unauthorized access and denial of service"),
		threats: threats(threat.UnauthorizedAccess, threat.DenialOfService), protects: cia},
	TechSecurityInfo: {clause: clause.Technical, section: SecSecurityInformation, scope: ScopeOrganization, basis: BasisReading,
		purpose: text("脆弱性等のセキュリティ情報を集め、更新を適用する", "gather security advisories and apply updates"),
		threats: threats(threat.ProgramDefect, threat.MaintenanceFailure, threat.Malware), protects: cia},

	OpsMonitoring: {clause: clause.Operation, section: SecMonitoring, scope: ScopeAsset, basis: BasisReading,
		where:   where{kinds: systems},
		purpose: text("情報システムの稼働とセキュリティの状況を監視する", "watch the operation and security of systems"),
		threats: threats(threat.UnauthorizedAccess, threat.DenialOfService, threat.EquipmentFailure), protects: cia},
	OpsComplianceCheck: {clause: clause.Operation, section: SecComplianceCheck, scope: ScopeOrganization, basis: BasisPolicy,
		purpose: text("情報セキュリティポリシーが守られているかを確認する", "check that the policy is being followed"),
		threats: threats(threat.ManagementFailure, threat.InsiderMisconduct), protects: cia},
	OpsIncidentResponse: {clause: clause.Operation, section: SecIncidentResponse, scope: ScopeOrganization, basis: BasisReading,
		purpose: text("侵害が起きたときの対応手順を定める", "set out what to do when a breach happens"),
		threats: threats(threat.Malware, threat.UnauthorizedAccess, threat.ManagementFailure), protects: cia},
	OpsContinuity: {clause: clause.Operation, section: SecIncidentResponse, scope: ScopeOrganization, basis: BasisReading,
		purpose: text("災害・大規模な疾病・インフラの途絶でも業務とシステムを続ける計画を定める", "plan to keep work and systems going through disasters, widespread illness and infrastructure outages"),
		threats: threats(threat.WidespreadIllness, threat.PowerOutage, threat.CommunicationOutage, threat.WaterOutage, threat.Earthquake, threat.OtherDisaster), protects: avail},
	OpsExceptions: {clause: clause.Operation, section: SecExceptions, scope: ScopeOrganization, basis: BasisReading,
		purpose: text("例外措置を承認・記録し、期限を管理する", "approve, record and time-limit exceptions"),
		threats: threats(threat.ManagementFailure), protects: cia},
	OpsLegal: {clause: clause.Operation, section: SecLegalCompliance, scope: ScopeOrganization, basis: BasisReading,
		purpose: text("関係法令を把握し、遵守する", "know and follow the applicable laws"),
		threats: threats(threat.ManagementFailure), protects: cia},
	OpsDiscipline: {clause: clause.Operation, section: SecDiscipline, scope: ScopeOrganization, basis: BasisReading,
		purpose: text("違反に対する懲戒処分等を定める", "set out the consequences of breaking the rules"),
		threats: threats(threat.InsiderMisconduct), protects: cia},

	VendorSelection: {clause: clause.Outsourcing, section: SecOutsourcing, scope: ScopeOrganization, basis: BasisPolicy,
		purpose: text("セキュリティの基準で委託事業者を選ぶ", "choose contractors by security criteria"),
		threats: threats(threat.OutsourcingManagementFailure), protects: cia},
	VendorContract: {clause: clause.Outsourcing, section: SecOutsourcing, scope: ScopeOrganization, basis: BasisPolicy,
		purpose: text("情報セキュリティ要件を明記した契約を結ぶ", "sign contracts that state the security requirements"),
		threats: threats(threat.OutsourcingManagementFailure), protects: cia},
	VendorConfirmation: {clause: clause.Outsourcing, section: SecOutsourcing, scope: ScopeOrganization, basis: BasisPolicy,
		purpose: text("委託先で必要な対策がとられていることを確かめ、必要なら契約に基づき措置する", "confirm the contractor's measures, and act under the contract where needed"),
		threats: threats(threat.OutsourcingManagementFailure), protects: cia},
	VendorSystemWork: {clause: clause.Outsourcing, section: SecSystemOutsourcing, scope: ScopeOrganization, basis: BasisGuideline,
		purpose: text("情報システムの開発・運用・保守の委託に追加の要件を課す", "add the requirements of outsourcing the development, operation or maintenance of systems"),
		threats: threats(threat.OutsourcingManagementFailure, threat.DesignDefect, threat.ProgramDefect), protects: cia},
	CloudConfidential: {clause: clause.Outsourcing, section: SecExternalServices, scope: ScopeOrganization, basis: BasisGuideline,
		purpose: text("機密性2以上の情報を扱う外部サービスは選定基準（ISMAP等）と利用手続を定めて使う", "use external services handling confidentiality 2 or above under selection criteria (ISMAP, …) and procedures"),
		threats: threats(threat.OutsourcingManagementFailure, threat.UnauthorizedAccess), protects: cia},
	CloudOther: {clause: clause.Outsourcing, section: SecOtherExternalServices, scope: ScopeOrganization, basis: BasisGuideline,
		purpose: text("機密性2以上の情報を扱わない外部サービスも利用範囲と手続を定める", "set the scope and procedure for other external services too"),
		threats: threats(threat.OutsourcingManagementFailure), protects: cia},
	// 6(8) is worded as an effort duty throughout, so a missing record of
	// this control is a warning here. Package vendors reads the naming of a
	// responsible person per service as firm and reports a service without
	// one as an error (its rule social-no-responsible says why).
	SocialMediaResponsible: {clause: clause.Outsourcing, section: SecOtherExternalServices, scope: ScopeOrganization, basis: BasisPolicy,
		purpose: text("利用するソーシャルメディアサービスごとに責任者を定める", "name a responsible person for each social media service used"),
		threats: threats(threat.InformationFraud, threat.ManagementFailure), protects: confInteg},
	SocialMediaMeasures: {clause: clause.Outsourcing, section: SecOtherExternalServices, scope: ScopeOrganization, basis: BasisReading,
		purpose: text("公式アカウントであることの周知、認証情報の保護、乗っ取り時の手順等の対策をとる", "announce official accounts, guard their credentials and plan for a takeover"),
		threats: threats(threat.InformationFraud, threat.UnauthorizedAccess), protects: confInteg},

	EvalAudit: {clause: clause.AuditAndSelfInspection, section: SecEvaluation, scope: ScopeOrganization, basis: BasisPolicy,
		purpose: text("必要に応じて情報セキュリティ監査を行う", "audit information security as needed"),
		threats: threats(threat.ManagementFailure), protects: cia},
	EvalSelfInspection: {clause: clause.AuditAndSelfInspection, section: SecEvaluation, scope: ScopeOrganization, basis: BasisPolicy,
		purpose: text("必要に応じて自己点検を行う", "inspect compliance as needed"),
		threats: threats(threat.ManagementFailure, threat.InsiderMisconduct), protects: cia},
	EvalImprovement: {clause: clause.Evaluation, section: SecEvaluation, scope: ScopeOrganization, basis: BasisPolicy,
		purpose: text("監査・自己点検の結果により運用を改善する", "improve operations from audit and inspection results"),
		threats: threats(threat.ManagementFailure), protects: cia},
	EvalRiskAnalysis: {clause: clause.Review, section: SecEvaluation, scope: ScopeOrganization, basis: BasisPolicy,
		purpose: text("脅威の発生の可能性と発生時の損失を分析し、リスクを検討する", "analyse the likelihood and loss of threats, and weigh the risk"),
		threats: threats(threat.ManagementFailure), protects: cia},
	EvalReview: {clause: clause.Review, section: SecEvaluation, scope: ScopeOrganization, basis: BasisPolicy,
		purpose: text("結果や状況の変化に応じて情報セキュリティポリシーを見直す", "revise the policy after results or changed conditions"),
		threats: threats(threat.ManagementFailure), protects: cia},
}

// band returns the minimum bands with only property p set.
func band(p asset.Property, b uint8) [4]uint8 {
	var out [4]uint8
	out[p] = b
	return out
}
