package control

import "github.com/jichitai-sec/policy/internal/enum"

// Section is a section of the national guideline's countermeasure standard
// (対策基準), as municipal countermeasure standards that follow its 2024 and
// 2025 revisions lay them out. Municipal staff know the measures by these
// sections, so the catalog files each control under one. The chapter and
// section titles are confirmed in such standards; which section a control
// belongs to is the library's reading. The zero value is not a section.
type Section uint8

// The sections, in the standard's order.
const (
	SecOrganization          Section = iota + 1 // 1 組織体制
	SecAssetClassification                      // 2 情報資産の分類と管理
	SecMyNumberZone                             // 3.1 マイナンバー利用事務系
	SecLGWANZone                                // 3.2 LGWAN接続系
	SecInternetZone                             // 3.3 インターネット接続系
	SecServers                                  // 4.1 サーバ等の管理
	SecControlledAreas                          // 4.2 管理区域の管理
	SecLines                                    // 4.3 通信回線及び通信回線装置の管理
	SecTerminalsAndMedia                        // 4.4 職員等の利用する端末や電磁的記録媒体等の管理
	SecStaffRules                               // 5.1 職員等の遵守事項
	SecTraining                                 // 5.2 研修・訓練
	SecIncidentReporting                        // 5.3 情報セキュリティインシデントの報告
	SecCredentials                              // 5.4 ID及びパスワード等の管理
	SecComputersAndNetworks                     // 6.1 コンピュータ及びネットワークの管理
	SecAccessControl                            // 6.2 アクセス制御
	SecDevelopment                              // 6.3 システム開発、導入、保守等
	SecMalware                                  // 6.4 不正プログラム対策
	SecIntrusion                                // 6.5 不正アクセス対策
	SecSecurityInformation                      // 6.6 セキュリティ情報の収集
	SecMonitoring                               // 7.1 情報システムの監視
	SecComplianceCheck                          // 7.2 情報セキュリティポリシーの遵守状況の確認
	SecIncidentResponse                         // 7.3 侵害時の対応等
	SecExceptions                               // 7.4 例外措置
	SecLegalCompliance                          // 7.5 法令遵守
	SecDiscipline                               // 7.6 懲戒処分等
	SecOutsourcing                              // 8.1 業務委託
	SecSystemOutsourcing                        // 8.2 情報システムに関する業務委託
	SecExternalServices                         // 8.3 外部サービスの利用（機密性2以上の情報を取り扱う場合）
	SecOtherExternalServices                    // 8.4 外部サービスの利用（機密性2以上の情報を取り扱わない場合）
	SecEvaluation                               // 9 評価・見直し
)

var sections = enum.New[Section]([]enum.Entry{
	SecOrganization:          {ID: "1", Ja: "1 組織体制", En: "1 Organization"},
	SecAssetClassification:   {ID: "2", Ja: "2 情報資産の分類と管理", En: "2 Classification and management of information assets"},
	SecMyNumberZone:          {ID: "3-1", Ja: "3.1 マイナンバー利用事務系", En: "3.1 My Number zone"},
	SecLGWANZone:             {ID: "3-2", Ja: "3.2 LGWAN接続系", En: "3.2 LGWAN-connected zone"},
	SecInternetZone:          {ID: "3-3", Ja: "3.3 インターネット接続系", En: "3.3 Internet zone"},
	SecServers:               {ID: "4-1", Ja: "4.1 サーバ等の管理", En: "4.1 Servers"},
	SecControlledAreas:       {ID: "4-2", Ja: "4.2 管理区域の管理", En: "4.2 Controlled areas"},
	SecLines:                 {ID: "4-3", Ja: "4.3 通信回線及び通信回線装置の管理", En: "4.3 Lines and line equipment"},
	SecTerminalsAndMedia:     {ID: "4-4", Ja: "4.4 職員等の利用する端末や電磁的記録媒体等の管理", En: "4.4 Staff terminals and electronic media"},
	SecStaffRules:            {ID: "5-1", Ja: "5.1 職員等の遵守事項", En: "5.1 Rules for staff"},
	SecTraining:              {ID: "5-2", Ja: "5.2 研修・訓練", En: "5.2 Training and drills"},
	SecIncidentReporting:     {ID: "5-3", Ja: "5.3 情報セキュリティインシデントの報告", En: "5.3 Reporting security incidents"},
	SecCredentials:           {ID: "5-4", Ja: "5.4 ID及びパスワード等の管理", En: "5.4 IDs and passwords"},
	SecComputersAndNetworks:  {ID: "6-1", Ja: "6.1 コンピュータ及びネットワークの管理", En: "6.1 Computers and networks"},
	SecAccessControl:         {ID: "6-2", Ja: "6.2 アクセス制御", En: "6.2 Access control"},
	SecDevelopment:           {ID: "6-3", Ja: "6.3 システム開発、導入、保守等", En: "6.3 Development, deployment and maintenance"},
	SecMalware:               {ID: "6-4", Ja: "6.4 不正プログラム対策", En: "6.4 Malware"},
	SecIntrusion:             {ID: "6-5", Ja: "6.5 不正アクセス対策", En: "6.5 Unauthorized access"},
	SecSecurityInformation:   {ID: "6-6", Ja: "6.6 セキュリティ情報の収集", En: "6.6 Gathering security information"},
	SecMonitoring:            {ID: "7-1", Ja: "7.1 情報システムの監視", En: "7.1 Monitoring information systems"},
	SecComplianceCheck:       {ID: "7-2", Ja: "7.2 情報セキュリティポリシーの遵守状況の確認", En: "7.2 Checking compliance with the policy"},
	SecIncidentResponse:      {ID: "7-3", Ja: "7.3 侵害時の対応等", En: "7.3 Response to incidents"},
	SecExceptions:            {ID: "7-4", Ja: "7.4 例外措置", En: "7.4 Exceptions"},
	SecLegalCompliance:       {ID: "7-5", Ja: "7.5 法令遵守", En: "7.5 Legal compliance"},
	SecDiscipline:            {ID: "7-6", Ja: "7.6 懲戒処分等", En: "7.6 Discipline"},
	SecOutsourcing:           {ID: "8-1", Ja: "8.1 業務委託", En: "8.1 Outsourcing"},
	SecSystemOutsourcing:     {ID: "8-2", Ja: "8.2 情報システムに関する業務委託", En: "8.2 Outsourcing of information systems"},
	SecExternalServices:      {ID: "8-3", Ja: "8.3 外部サービスの利用（機密性2以上の情報を取り扱う場合）", En: "8.3 External services handling confidentiality 2 or above"},
	SecOtherExternalServices: {ID: "8-4", Ja: "8.4 外部サービスの利用（機密性2以上の情報を取り扱わない場合）", En: "8.4 External services not handling confidentiality 2 or above"},
	SecEvaluation:            {ID: "9", Ja: "9 評価・見直し", En: "9 Evaluation and review"},
})

// Sections returns every section in the standard's order.
func Sections() []Section { return sections.All() }

// ParseSection accepts a section's wire id ("3-1") or its Japanese label.
func ParseSection(s string) (Section, error) { return sections.Parse(s) }

// Valid reports whether s is a known section.
func (s Section) Valid() bool { return sections.Valid(s) }

// String returns the wire id, or "control.Section(N)" for an invalid value.
func (s Section) String() string { return sections.String(s) }

// Ja returns the Japanese title, with its number.
func (s Section) Ja() string { return sections.Ja(s) }

// En returns the English title, with its number.
func (s Section) En() string { return sections.En(s) }

// MarshalText returns the wire id; an invalid section is a *MarshalError.
func (s Section) MarshalText() ([]byte, error) { return sections.MarshalText(s) }

// UnmarshalText accepts a wire id only (ParseSection also takes labels).
func (s *Section) UnmarshalText(b []byte) error { return sections.UnmarshalText(s, b) }
