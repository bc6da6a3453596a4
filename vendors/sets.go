package vendors

import "github.com/jichitai-sec/policy/internal/enum"

// ParseError is the error of every Parse function and UnmarshalText method
// of this package for text that names no member of a closed set.
type ParseError = enum.ParseError

// MarshalError is the error of every MarshalText method of this package for
// a value that is not a member of its closed set.
type MarshalError = enum.MarshalError

// Requirement is a security requirement that an outsourcing contract states
// (契約に明記する情報セキュリティ要件). The zero value is not a requirement.
//
// The members are the items outsourcing contracts usually carry, read from
// public material on the national guideline (8.1, and 8.2 for the
// outsourcing of information systems); they are the library's reading, not
// confirmed as the guideline's own list. Which of them a contract must state
// depends on what the contractor handles: see [Required] and the table
// behind it.
type Requirement uint8

// The requirements: those of every outsourcing (8.1), then those of the
// outsourcing of information systems (8.2).
const (
	ReqPolicyCompliance       Requirement = iota + 1 // 情報セキュリティポリシー等の遵守
	ReqResponsibleAndPlaces                          // 責任者・作業者・作業場所の特定
	ReqAccessScope                                   // 取り扱う情報とアクセスの範囲
	ReqNoOtherUse                                    // 目的外利用の禁止
	ReqConfidentiality                               // 守秘義務
	ReqSubcontractingLimits                          // 再委託の制限
	ReqReturnOrDestruction                           // 終了時の情報の返還・廃棄
	ReqReporting                                     // 定期報告及び事故時の報告
	ReqAuditInspection                               // 監査・検査の受入れ
	ReqIncidentPublication                           // 事故時の公表
	ReqDamages                                       // 違反時の契約解除・損害賠償
	ReqSystemSecuritySpec                            // 8.2: セキュリティ機能の仕様への明記
	ReqSystemVulnerability                           // 8.2: 脆弱性への対応と更新の適用
	ReqSystemNoHiddenFunction                        // 8.2: 不正な機能の混入防止と成果物の検査
	ReqSystemWorkRecords                             // 8.2: 作業記録・ログの提出
)

var requirements = enum.New[Requirement]([]enum.Entry{
	ReqPolicyCompliance:       {ID: "policy-compliance", Ja: "情報セキュリティポリシー等の遵守", En: "compliance with the security policy"},
	ReqResponsibleAndPlaces:   {ID: "responsible-and-places", Ja: "責任者・作業者・作業場所の特定", En: "named responsible persons, workers and work places"},
	ReqAccessScope:            {ID: "access-scope", Ja: "取り扱う情報及びアクセスの範囲", En: "scope of the information and access"},
	ReqNoOtherUse:             {ID: "no-other-use", Ja: "目的外利用の禁止", En: "no use beyond the purpose"},
	ReqConfidentiality:        {ID: "confidentiality", Ja: "守秘義務", En: "duty of confidentiality"},
	ReqSubcontractingLimits:   {ID: "subcontracting-limits", Ja: "再委託の制限", En: "limits on subcontracting"},
	ReqReturnOrDestruction:    {ID: "return-or-destruction", Ja: "委託終了時の情報資産の返還・廃棄", En: "return or destruction of information at the end"},
	ReqReporting:              {ID: "reporting", Ja: "定期報告及び事故時の報告", En: "regular and incident reporting"},
	ReqAuditInspection:        {ID: "audit-inspection", Ja: "監査・検査の受入れ", En: "audits and inspections by the organization"},
	ReqIncidentPublication:    {ID: "incident-publication", Ja: "事故時の公表", En: "publication of incidents"},
	ReqDamages:                {ID: "damages", Ja: "違反時の契約解除・損害賠償", En: "termination and damages on breach"},
	ReqSystemSecuritySpec:     {ID: "system-security-spec", Ja: "セキュリティ機能の仕様への明記", En: "security functions stated in the specification"},
	ReqSystemVulnerability:    {ID: "system-vulnerability", Ja: "脆弱性への対応と更新の適用", En: "handling of vulnerabilities and updates"},
	ReqSystemNoHiddenFunction: {ID: "system-no-hidden-function", Ja: "不正な機能の混入防止と成果物の検査", En: "no hidden functions, deliverables inspected"},
	ReqSystemWorkRecords:      {ID: "system-work-records", Ja: "作業記録及びログの提出", En: "records and logs of work on the system"},
})

// Requirements returns every requirement, in the order of the constants.
func Requirements() []Requirement { return requirements.All() }

// ParseRequirement accepts a requirement's wire id or Japanese label.
func ParseRequirement(s string) (Requirement, error) { return requirements.Parse(s) }

// Valid reports whether r is a known requirement.
func (r Requirement) Valid() bool { return requirements.Valid(r) }

// String returns the wire id, or "vendors.Requirement(N)" for an invalid value.
func (r Requirement) String() string { return requirements.String(r) }

// Ja returns the Japanese label.
func (r Requirement) Ja() string { return requirements.Ja(r) }

// En returns the English label.
func (r Requirement) En() string { return requirements.En(r) }

// MarshalText returns the wire id; an invalid value is a *MarshalError.
func (r Requirement) MarshalText() ([]byte, error) { return requirements.MarshalText(r) }

// UnmarshalText accepts a wire id only (ParseRequirement also takes labels).
func (r *Requirement) UnmarshalText(b []byte) error { return requirements.UnmarshalText(r, b) }

// SystemWork is a kind of work on an information system that makes an
// outsourcing one of 8.2 (情報システムに関する業務委託). The zero value is not
// a kind of work.
type SystemWork uint8

// The kinds of system work.
const (
	WorkDevelopment SystemWork = iota + 1 // 開発
	WorkOperation                         // 運用
	WorkMaintenance                       // 保守
)

var systemWorks = enum.New[SystemWork]([]enum.Entry{
	WorkDevelopment: {ID: "development", Ja: "情報システムの開発", En: "development of an information system"},
	WorkOperation:   {ID: "operation", Ja: "情報システムの運用", En: "operation of an information system"},
	WorkMaintenance: {ID: "maintenance", Ja: "情報システムの保守", En: "maintenance of an information system"},
})

// SystemWorks returns every kind of system work.
func SystemWorks() []SystemWork { return systemWorks.All() }

// ParseSystemWork accepts a kind of work's wire id or Japanese label.
func ParseSystemWork(s string) (SystemWork, error) { return systemWorks.Parse(s) }

// Valid reports whether w is a known kind of work.
func (w SystemWork) Valid() bool { return systemWorks.Valid(w) }

// String returns the wire id, or "vendors.SystemWork(N)" for an invalid value.
func (w SystemWork) String() string { return systemWorks.String(w) }

// Ja returns the Japanese label.
func (w SystemWork) Ja() string { return systemWorks.Ja(w) }

// En returns the English label.
func (w SystemWork) En() string { return systemWorks.En(w) }

// MarshalText returns the wire id; an invalid value is a *MarshalError.
func (w SystemWork) MarshalText() ([]byte, error) { return systemWorks.MarshalText(w) }

// UnmarshalText accepts a wire id only (ParseSystemWork also takes labels).
func (w *SystemWork) UnmarshalText(b []byte) error { return systemWorks.UnmarshalText(w, b) }

// Criterion is a criterion the organization checked when it selected a
// contractor (委託事業者の選定基準). The zero value is not a criterion.
// The members are the library's reading of the usual selection criteria.
type Criterion uint8

// The selection criteria.
const (
	CritISMS             Criterion = iota + 1 // ISMS認証（ISO/IEC 27001）
	CritPrivacyMark                           // プライバシーマーク
	CritIncidentHistory                       // 過去の情報セキュリティインシデント
	CritFinancial                             // 経営・財務の安定性
	CritSecurityMeasures                      // 提示された情報セキュリティ対策
	CritTrackRecord                           // 同種業務の実績
	CritStaffTraining                         // 従事者への教育
)

var criteria = enum.New[Criterion]([]enum.Entry{
	CritISMS:             {ID: "isms", Ja: "ISMS認証（ISO/IEC 27001）", En: "ISMS certification (ISO/IEC 27001)", Aliases: []string{"iso-27001"}},
	CritPrivacyMark:      {ID: "privacy-mark", Ja: "プライバシーマーク", En: "PrivacyMark"},
	CritIncidentHistory:  {ID: "incident-history", Ja: "過去の情報セキュリティインシデントの有無", En: "past security incidents"},
	CritFinancial:        {ID: "financial-standing", Ja: "経営・財務の安定性", En: "financial standing"},
	CritSecurityMeasures: {ID: "security-measures", Ja: "提示された情報セキュリティ対策", En: "the security measures offered"},
	CritTrackRecord:      {ID: "track-record", Ja: "同種業務の実績", En: "record in similar work"},
	CritStaffTraining:    {ID: "staff-training", Ja: "従事者への教育", En: "training of the staff doing the work"},
})

// Criteria returns every selection criterion.
func Criteria() []Criterion { return criteria.All() }

// ParseCriterion accepts a criterion's wire id, Japanese label or the alias
// "iso-27001" for ISMS.
func ParseCriterion(s string) (Criterion, error) { return criteria.Parse(s) }

// Valid reports whether c is a known criterion.
func (c Criterion) Valid() bool { return criteria.Valid(c) }

// String returns the wire id, or "vendors.Criterion(N)" for an invalid value.
func (c Criterion) String() string { return criteria.String(c) }

// Ja returns the Japanese label.
func (c Criterion) Ja() string { return criteria.Ja(c) }

// En returns the English label.
func (c Criterion) En() string { return criteria.En(c) }

// MarshalText returns the wire id; an invalid value is a *MarshalError.
func (c Criterion) MarshalText() ([]byte, error) { return criteria.MarshalText(c) }

// UnmarshalText accepts a wire id only (ParseCriterion also takes labels).
func (c *Criterion) UnmarshalText(b []byte) error { return criteria.UnmarshalText(c, b) }

// Method is how the organization confirmed a contractor's measures
// (委託先の対策の確認方法). The zero value is not a method.
type Method uint8

// The methods of confirmation.
const (
	MethodReport      Method = iota + 1 // 報告
	MethodOnSite                        // 立入検査
	MethodAudit                         // 監査
	MethodCertificate                   // 第三者認証等の確認
)

var methods = enum.New[Method]([]enum.Entry{
	MethodReport:      {ID: "report", Ja: "委託事業者からの報告", En: "report from the contractor"},
	MethodOnSite:      {ID: "on-site", Ja: "立入検査", En: "on-site inspection"},
	MethodAudit:       {ID: "audit", Ja: "監査", En: "audit"},
	MethodCertificate: {ID: "certificate", Ja: "第三者認証等の確認", En: "check of a certificate"},
})

// Methods returns every method of confirmation.
func Methods() []Method { return methods.All() }

// ParseMethod accepts a method's wire id or Japanese label.
func ParseMethod(s string) (Method, error) { return methods.Parse(s) }

// Valid reports whether m is a known method.
func (m Method) Valid() bool { return methods.Valid(m) }

// String returns the wire id, or "vendors.Method(N)" for an invalid value.
func (m Method) String() string { return methods.String(m) }

// Ja returns the Japanese label.
func (m Method) Ja() string { return methods.Ja(m) }

// En returns the English label.
func (m Method) En() string { return methods.En(m) }

// MarshalText returns the wire id; an invalid value is a *MarshalError.
func (m Method) MarshalText() ([]byte, error) { return methods.MarshalText(m) }

// UnmarshalText accepts a wire id only (ParseMethod also takes labels).
func (m *Method) UnmarshalText(b []byte) error { return methods.UnmarshalText(m, b) }

// Assessment is the security assessment an external (cloud) service holds.
// The zero value is "not stated"; a service that holds none states
// AssessmentNone.
//
// ISMAP (政府情報システムのためのセキュリティ評価制度) is the national
// assessment of cloud services; ISMAP-LIU (since 2022) is its track for
// SaaS used for low-risk work, which the library reads as covering
// information up to confidentiality 2 (see RuleCloudAboveISMAPLIU).
type Assessment uint8

// The assessments.
const (
	AssessmentISMAP    Assessment = iota + 1 // ISMAPクラウドサービスリスト
	AssessmentISMAPLIU                       // ISMAP-LIUクラウドサービスリスト
	AssessmentNone                           // 登録なし
)

var assessments = enum.New[Assessment]([]enum.Entry{
	AssessmentISMAP:    {ID: "ismap", Ja: "ISMAPクラウドサービスリスト登録", En: "listed under ISMAP"},
	AssessmentISMAPLIU: {ID: "ismap-liu", Ja: "ISMAP-LIUクラウドサービスリスト登録", En: "listed under ISMAP-LIU"},
	AssessmentNone:     {ID: "none", Ja: "登録なし", En: "not assessed"},
})

// Assessments returns every assessment.
func Assessments() []Assessment { return assessments.All() }

// ParseAssessment accepts an assessment's wire id or Japanese label.
func ParseAssessment(s string) (Assessment, error) { return assessments.Parse(s) }

// Valid reports whether a is a known assessment.
func (a Assessment) Valid() bool { return assessments.Valid(a) }

// String returns the wire id, or "vendors.Assessment(N)" for an invalid value.
func (a Assessment) String() string { return assessments.String(a) }

// Ja returns the Japanese label.
func (a Assessment) Ja() string { return assessments.Ja(a) }

// En returns the English label.
func (a Assessment) En() string { return assessments.En(a) }

// MarshalText returns the wire id; an invalid value is a *MarshalError.
func (a Assessment) MarshalText() ([]byte, error) { return assessments.MarshalText(a) }

// UnmarshalText accepts a wire id only (ParseAssessment also takes labels).
func (a *Assessment) UnmarshalText(b []byte) error { return assessments.UnmarshalText(a, b) }

// Location is where an external service keeps the data (データの保存場所).
// The zero value is "not stated"; a service that does not know states
// LocationUnknown.
type Location uint8

// The locations.
const (
	LocationDomestic Location = iota + 1 // 国内
	LocationOverseas                     // 国外
	LocationUnknown                      // 不明
)

var locations = enum.New[Location]([]enum.Entry{
	LocationDomestic: {ID: "domestic", Ja: "国内", En: "in Japan"},
	LocationOverseas: {ID: "overseas", Ja: "国外", En: "outside Japan"},
	LocationUnknown:  {ID: "unknown", Ja: "不明", En: "unknown"},
})

// Locations returns every location.
func Locations() []Location { return locations.All() }

// ParseLocation accepts a location's wire id or Japanese label.
func ParseLocation(s string) (Location, error) { return locations.Parse(s) }

// Valid reports whether l is a known location.
func (l Location) Valid() bool { return locations.Valid(l) }

// String returns the wire id, or "vendors.Location(N)" for an invalid value.
func (l Location) String() string { return locations.String(l) }

// Ja returns the Japanese label.
func (l Location) Ja() string { return locations.Ja(l) }

// En returns the English label.
func (l Location) En() string { return locations.En(l) }

// MarshalText returns the wire id; an invalid value is a *MarshalError.
func (l Location) MarshalText() ([]byte, error) { return locations.MarshalText(l) }

// UnmarshalText accepts a wire id only (ParseLocation also takes labels).
func (l *Location) UnmarshalText(b []byte) error { return locations.UnmarshalText(l, b) }

// Credential is one way the credentials of a social media account are
// handled (認証情報の管理). Most members protect the account;
// CredSharedPassword records a weakness, so that an account that shares
// its password says so. The zero value is not a member.
type Credential uint8

// The ways credentials are handled.
const (
	CredMultiFactor       Credential = iota + 1 // 多要素認証
	CredStrongPassword                          // 推測されにくいパスワード
	CredSharedPassword                          // 複数人でのパスワード共有
	CredChangedOnHandover                       // 担当者交代時のパスワード変更
	CredManagedDevices                          // 管理された端末からのみ利用
	CredLoginAlerts                             // ログイン通知
)

var credentials = enum.New[Credential]([]enum.Entry{
	CredMultiFactor:       {ID: "multi-factor", Ja: "多要素認証", En: "multi-factor authentication", Aliases: []string{"mfa"}},
	CredStrongPassword:    {ID: "strong-password", Ja: "推測されにくいパスワード", En: "a password hard to guess"},
	CredSharedPassword:    {ID: "shared-password", Ja: "複数人でのパスワード共有", En: "a password shared by several people"},
	CredChangedOnHandover: {ID: "changed-on-handover", Ja: "担当者交代時のパスワード変更", En: "password changed when staff change"},
	CredManagedDevices:    {ID: "managed-devices", Ja: "管理された端末からのみ利用", En: "used from managed devices only"},
	CredLoginAlerts:       {ID: "login-alerts", Ja: "ログイン通知", En: "login alerts"},
})

// Credentials returns every way of handling credentials.
func Credentials() []Credential { return credentials.All() }

// ParseCredential accepts a member's wire id, Japanese label or the alias
// "mfa" for multi-factor authentication.
func ParseCredential(s string) (Credential, error) { return credentials.Parse(s) }

// Valid reports whether c is a known member.
func (c Credential) Valid() bool { return credentials.Valid(c) }

// String returns the wire id, or "vendors.Credential(N)" for an invalid value.
func (c Credential) String() string { return credentials.String(c) }

// Ja returns the Japanese label.
func (c Credential) Ja() string { return credentials.Ja(c) }

// En returns the English label.
func (c Credential) En() string { return credentials.En(c) }

// MarshalText returns the wire id; an invalid value is a *MarshalError.
func (c Credential) MarshalText() ([]byte, error) { return credentials.MarshalText(c) }

// UnmarshalText accepts a wire id only (ParseCredential also takes labels).
func (c *Credential) UnmarshalText(b []byte) error { return credentials.UnmarshalText(c, b) }
