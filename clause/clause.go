// Package clause is the table of the basic policy's clauses that the library
// cites. Every rule, requirement and finding in the other packages names a
// Clause value rather than a free string, so a citation to a clause that does
// not exist cannot be written.
//
// A clause's wire id is its number in the policy's own notation ("6(3)ア",
// "2(12)", "7"). Each clause also carries a short title in Japanese and
// English (written for this library, not quoted) and the kind of duty its
// wording imposes (see Duty).
package clause

import "github.com/jichitai-sec/policy/internal/enum"

// Clause is one numbered clause of the basic policy. The zero value is not a
// clause.
type Clause uint8

// The clauses of the basic policy, in the policy's order.
const (
	Purpose                Clause = iota + 1 // 1
	DefNetwork                               // 2(1)
	DefInformationSystem                     // 2(2)
	DefInformationSecurity                   // 2(3)
	DefPolicy                                // 2(4)
	DefConfidentiality                       // 2(5)
	DefIntegrity                             // 2(6)
	DefAvailability                          // 2(7)
	DefMyNumberZone                          // 2(8)
	DefBusinessZone                          // 2(9)
	DefInternetZone                          // 2(10)
	DefPathSeparation                        // 2(11)
	DefSanitizedTransfer                     // 2(12)
	DefUTM                                   // 2(13)
	Threats                                  // 3
	ThreatIntentional                        // 3(1)
	ThreatUnintentional                      // 3(2)
	ThreatDisaster                           // 3(3)
	ThreatStaffShortage                      // 3(4)
	ThreatInfrastructure                     // 3(5)
	ScopeBodies                              // 4(1)
	ScopeAssets                              // 4(2)
	ScopeSystemsAndMedia                     // 4(2)ア
	ScopeInformation                         // 4(2)イ
	ScopeSystemDocuments                     // 4(2)ウ
	StaffCompliance                          // 5
	Measures                                 // 6
	Organization                             // 6(1)
	AssetManagement                          // 6(2)
	Resilience                               // 6(3)
	MyNumberIsolation                        // 6(3)ア
	BusinessSeparation                       // 6(3)イ
	InternetBoundary                         // 6(3)ウ
	Physical                                 // 6(4)
	Human                                    // 6(5)
	Technical                                // 6(6)
	Operation                                // 6(7)
	Outsourcing                              // 6(8)
	Evaluation                               // 6(9)
	AuditAndSelfInspection                   // 7
	Review                                   // 8
)

var clauses = enum.NewDescribed[Clause]([]enum.Entry{
	Purpose:                {ID: "1", Ja: "目的", En: "Purpose"},
	DefNetwork:             {ID: "2(1)", Ja: "ネットワーク", En: "Network (definition)"},
	DefInformationSystem:   {ID: "2(2)", Ja: "情報システム", En: "Information system (definition)"},
	DefInformationSecurity: {ID: "2(3)", Ja: "情報セキュリティ", En: "Information security (definition)"},
	DefPolicy:              {ID: "2(4)", Ja: "情報セキュリティポリシー", En: "Information security policy (definition)"},
	DefConfidentiality:     {ID: "2(5)", Ja: "機密性", En: "Confidentiality (definition)"},
	DefIntegrity:           {ID: "2(6)", Ja: "完全性", En: "Integrity (definition)"},
	DefAvailability:        {ID: "2(7)", Ja: "可用性", En: "Availability (definition)"},
	DefMyNumberZone:        {ID: "2(8)", Ja: "マイナンバー利用事務系", En: "My Number zone (definition)"},
	DefBusinessZone:        {ID: "2(9)", Ja: "業務サーバ接続系", En: "Business-server zone (definition)"},
	DefInternetZone:        {ID: "2(10)", Ja: "インターネット接続系", En: "Internet zone (definition)"},
	DefPathSeparation:      {ID: "2(11)", Ja: "通信経路の分割", En: "Separation of communication paths (definition)"},
	DefSanitizedTransfer:   {ID: "2(12)", Ja: "無害化通信", En: "Sanitized transfer (definition)"},
	DefUTM:                 {ID: "2(13)", Ja: "UTM", En: "Unified threat management (definition)"},
	Threats:                {ID: "3", Ja: "対象とする脅威", En: "Threats considered"},
	ThreatIntentional:      {ID: "3(1)", Ja: "意図的な要因による脅威", En: "Intentional threats"},
	ThreatUnintentional:    {ID: "3(2)", Ja: "非意図的な要因による脅威", En: "Unintentional threats"},
	ThreatDisaster:         {ID: "3(3)", Ja: "災害", En: "Disasters"},
	ThreatStaffShortage:    {ID: "3(4)", Ja: "疾病による要員不足", En: "Staff shortage from widespread illness"},
	ThreatInfrastructure:   {ID: "3(5)", Ja: "インフラの障害", En: "Infrastructure outages"},
	ScopeBodies:            {ID: "4(1)", Ja: "行政機関の範囲", En: "Bodies covered"},
	ScopeAssets:            {ID: "4(2)", Ja: "情報資産の範囲", En: "Information assets covered"},
	ScopeSystemsAndMedia:   {ID: "4(2)ア", Ja: "ネットワーク、情報システム、設備及び電磁的記録媒体", En: "Networks, systems, facilities and electronic media"},
	ScopeInformation:       {ID: "4(2)イ", Ja: "ネットワーク及び情報システムで取り扱う情報", En: "Information handled by networks and systems"},
	ScopeSystemDocuments:   {ID: "4(2)ウ", Ja: "システム関連文書", En: "System documents"},
	StaffCompliance:        {ID: "5", Ja: "職員等の遵守義務", En: "Staff duty to comply"},
	Measures:               {ID: "6", Ja: "情報セキュリティ対策", En: "Security measures"},
	Organization:           {ID: "6(1)", Ja: "組織体制", En: "Organization"},
	AssetManagement:        {ID: "6(2)", Ja: "情報資産の管理", En: "Management of information assets"},
	Resilience:             {ID: "6(3)", Ja: "情報システム全体の強靱性の向上", En: "Resilience of the whole system (three-tier model)"},
	MyNumberIsolation:      {ID: "6(3)ア", Ja: "マイナンバー利用事務系の分離", En: "Isolation of the My Number zone"},
	BusinessSeparation:     {ID: "6(3)イ", Ja: "業務サーバ接続系の通信経路の分割", En: "Path separation of the business-server zone"},
	InternetBoundary:       {ID: "6(3)ウ", Ja: "インターネット接続系のUTMによる監視", En: "UTM monitoring of the Internet zone"},
	Physical:               {ID: "6(4)", Ja: "物理的セキュリティ", En: "Physical security"},
	Human:                  {ID: "6(5)", Ja: "人的セキュリティ", En: "Human security"},
	Technical:              {ID: "6(6)", Ja: "技術的セキュリティ", En: "Technical security"},
	Operation:              {ID: "6(7)", Ja: "運用", En: "Operation"},
	Outsourcing:            {ID: "6(8)", Ja: "業務委託と外部サービスの利用", En: "Outsourcing and external services"},
	Evaluation:             {ID: "6(9)", Ja: "評価・見直し", En: "Evaluation and review"},
	AuditAndSelfInspection: {ID: "7", Ja: "情報セキュリティ監査及び自己点検の実施", En: "Audit and self-inspection"},
	Review:                 {ID: "8", Ja: "情報セキュリティポリシーの見直し", En: "Revision of the policy"},
})

// duties is indexed like clauses.Entries. The reading follows the wording:
// 「…ものとする」「…を実施する」 are firm duties, 「…講じるよう努めるものとする」
// (6(6), 6(7), 6(8)) are effort duties, and the definitions, scope and threat
// clauses impose no duty of their own.
var duties = [...]Duty{
	Purpose: Descriptive, DefNetwork: Descriptive, DefInformationSystem: Descriptive,
	DefInformationSecurity: Descriptive, DefPolicy: Descriptive, DefConfidentiality: Descriptive,
	DefIntegrity: Descriptive, DefAvailability: Descriptive, DefMyNumberZone: Descriptive,
	DefBusinessZone: Descriptive, DefInternetZone: Descriptive, DefPathSeparation: Descriptive,
	DefSanitizedTransfer: Descriptive, DefUTM: Descriptive,
	Threats: Descriptive, ThreatIntentional: Descriptive, ThreatUnintentional: Descriptive,
	ThreatDisaster: Descriptive, ThreatStaffShortage: Descriptive, ThreatInfrastructure: Descriptive,
	ScopeBodies: Descriptive, ScopeAssets: Descriptive, ScopeSystemsAndMedia: Descriptive,
	ScopeInformation: Descriptive, ScopeSystemDocuments: Descriptive,
	StaffCompliance: Firm, Measures: Firm, Organization: Firm, AssetManagement: Firm,
	Resilience: Firm, MyNumberIsolation: Firm, BusinessSeparation: Firm, InternetBoundary: Firm,
	Physical: Firm, Human: Firm, Technical: Effort, Operation: Effort, Outsourcing: Effort,
	Evaluation: Firm, AuditAndSelfInspection: Firm, Review: Firm,
}

// All returns every clause in the policy's order.
func All() []Clause { return clauses.All() }

// Parse accepts a clause number in the policy's notation, e.g. "6(3)ア".
func Parse(s string) (Clause, error) { return clauses.Parse(s) }

// MustParse is Parse for clause numbers known to be valid; it panics otherwise.
func MustParse(s string) Clause {
	c, err := Parse(s)
	if err != nil {
		panic(err)
	}
	return c
}

// Valid reports whether c is a clause of the policy.
func (c Clause) Valid() bool { return clauses.Valid(c) }

// String returns the clause number in the policy's notation, e.g. "6(3)ア".
func (c Clause) String() string { return clauses.String(c) }

// Ja returns the clause's short Japanese title.
func (c Clause) Ja() string { return clauses.Ja(c) }

// En returns the clause's short English title.
func (c Clause) En() string { return clauses.En(c) }

// Duty returns the kind of duty the clause's wording imposes; the zero Duty
// for a value that is not a clause.
func (c Clause) Duty() Duty {
	if !c.Valid() {
		return 0
	}
	return duties[c]
}

// MarshalText returns the clause number; an invalid clause is an error.
func (c Clause) MarshalText() ([]byte, error) { return clauses.MarshalText(c) }

// UnmarshalText parses a clause number.
func (c *Clause) UnmarshalText(b []byte) error { return clauses.UnmarshalText(c, b) }

// ParseError is the error of every Parse function and UnmarshalText method
// of this package for text that names no member of a closed set.
type ParseError = enum.ParseError

// MarshalError is the error of every MarshalText method of this package for
// a value that is not a member of its closed set.
type MarshalError = enum.MarshalError
