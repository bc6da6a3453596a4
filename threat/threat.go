package threat

import (
	"github.com/jichitai-sec/policy/asset"
	"github.com/jichitai-sec/policy/clause"
	"github.com/jichitai-sec/policy/internal/enum"
)

// Threat is one threat of the catalog: a threat clause 3 names, or, for
// [OtherDisaster], the disasters its 「等」 leaves open. The zero value is not
// a threat.
//
// Each threat has a stable wire id, a Japanese label in the policy's term,
// an English label, a [Category] (and through it the clause, 3(1)–(5)), the
// harms it does, the properties those harms damage, and the asset kinds it
// applies to. The last three are the library's reading of clause 3, kept in
// one table (see catalog.go and the package documentation).
type Threat uint8

// The threats, in catalog order: clause 3's order, sub-clause by
// sub-clause, each in the order the policy names them.
const (
	// UnauthorizedAccess is use of a network or system by someone without
	// the right to it, typically over the network (3(1)).
	UnauthorizedAccess Threat = iota + 1
	// Malware is an attack by a computer virus or other malicious program,
	// ransomware included, whether it arrives by network, mail or medium
	// (3(1)).
	Malware
	// DenialOfService is an attack that floods or exhausts a network or
	// service so that legitimate users cannot use it (3(1)).
	DenialOfService
	// Intrusion is an outsider physically entering premises, rooms or
	// equipment they have no business in: the policy sets it beside cyber
	// attacks, so the library reads it as the physical counterpart (3(1)).
	Intrusion
	// InformationFraud is obtaining important information by deceit, such
	// as impersonation or phishing (3(1)).
	InformationFraud
	// InsiderMisconduct is deliberate misuse by someone given access: staff,
	// temporary staff or contractors (3(1)).
	InsiderMisconduct
	// UnauthorizedRemoval is taking an information asset out of its place
	// without permission, a breach of the rules rather than an attack; the
	// usual harm is a lost or exposed copy (3(2)).
	UnauthorizedRemoval
	// UnauthorizedSoftware is installing or running software the
	// organization has not approved (3(2)).
	UnauthorizedSoftware
	// DesignDefect is a flaw made when a network or system was designed or
	// built, such as missing access control or redundancy (3(2)).
	DesignDefect
	// ProgramDefect is a bug in a program, firmware included (3(2)).
	ProgramDefect
	// OperationMistake is a mistake in operating or configuring equipment
	// or systems. The library reads it to cover mishandling of documents
	// and media as well (sending to the wrong address, leaving them
	// exposed), the most common incidents in practice (3(2)).
	OperationMistake
	// MaintenanceFailure is maintenance neglected or done badly: updates
	// not applied, equipment not serviced, backups or accounts not kept in
	// order (3(2)).
	MaintenanceFailure
	// OutsourcingManagementFailure is weak management of contractors: a contractor's
	// leak, mistake or outage that the contract and its supervision did not
	// prevent (3(2)).
	OutsourcingManagementFailure
	// ManagementFailure is a gap in the organization's management of
	// security: roles, rules, inventories or reviews missing or ignored
	// (3(2)).
	ManagementFailure
	// EquipmentFailure is hardware breaking down: servers, disks, network
	// devices, media, power and cooling equipment (3(2)).
	EquipmentFailure
	// Earthquake (3(3)).
	Earthquake
	// Lightning is a lightning strike and the surge it sends through power
	// and communication lines (3(3)).
	Lightning
	// Fire (3(3)).
	Fire
	// OtherDisaster is every disaster clause 3(3)'s 「等」 covers beyond
	// earthquake, lightning and fire: storms, floods and landslides,
	// volcanic eruption and ash fall, and the like. It has a place of its
	// own because the disasters most frequent for Japanese municipalities,
	// wind and water ones, fit none of the three named (3(3)).
	OtherDisaster
	// WidespreadIllness is illness on a large scale, such as a pandemic,
	// leaving too few staff to keep systems running (3(4)).
	WidespreadIllness
	// PowerOutage is loss of the electricity supply (3(5)).
	PowerOutage
	// CommunicationOutage is loss of communication lines or services
	// provided from outside (3(5)).
	CommunicationOutage
	// WaterOutage is loss of the water supply, which buildings and some
	// cooling equipment depend on (3(5)).
	WaterOutage
)

var threats = enum.New[Threat]([]enum.Entry{
	UnauthorizedAccess:           {ID: "unauthorized-access", Ja: "不正アクセス", En: "unauthorized access"},
	Malware:                      {ID: "malware", Ja: "ウイルス攻撃", En: "malware attack"},
	DenialOfService:              {ID: "denial-of-service", Ja: "サービス不能攻撃", En: "denial of service"},
	Intrusion:                    {ID: "intrusion", Ja: "部外者の侵入", En: "intrusion by outsiders"},
	InformationFraud:             {ID: "information-fraud", Ja: "重要情報の詐取", En: "fraud to obtain important information"},
	InsiderMisconduct:            {ID: "insider-misconduct", Ja: "内部不正", En: "insider misconduct"},
	UnauthorizedRemoval:          {ID: "unauthorized-removal", Ja: "無断持ち出し", En: "unauthorized removal"},
	UnauthorizedSoftware:         {ID: "unauthorized-software", Ja: "無許可ソフトウェアの使用", En: "use of unauthorized software"},
	DesignDefect:                 {ID: "design-defect", Ja: "設計・開発の不備", En: "design and development defects"},
	ProgramDefect:                {ID: "program-defect", Ja: "プログラム上の欠陥", En: "program defects"},
	OperationMistake:             {ID: "operation-mistake", Ja: "操作・設定ミス", En: "operation or configuration mistakes"},
	MaintenanceFailure:           {ID: "maintenance-failure", Ja: "メンテナンス不備", En: "maintenance failures"},
	OutsourcingManagementFailure: {ID: "outsourcing-management-failure", Ja: "委託管理の不備", En: "outsourcing management failures"},
	ManagementFailure:            {ID: "management-failure", Ja: "マネジメントの欠陥", En: "management failures"},
	EquipmentFailure:             {ID: "equipment-failure", Ja: "機器故障", En: "equipment failure"},
	Earthquake:                   {ID: "earthquake", Ja: "地震", En: "earthquake"},
	Lightning:                    {ID: "lightning", Ja: "落雷", En: "lightning"},
	Fire:                         {ID: "fire", Ja: "火災", En: "fire"},
	OtherDisaster:                {ID: "other-disaster", Ja: "その他の災害", En: "other disasters"},
	WidespreadIllness:            {ID: "widespread-illness", Ja: "大規模・広範囲にわたる疾病", En: "widespread illness"},
	PowerOutage:                  {ID: "power-outage", Ja: "電力供給の途絶", En: "power outage"},
	CommunicationOutage:          {ID: "communication-outage", Ja: "通信の途絶", En: "communication outage"},
	WaterOutage:                  {ID: "water-outage", Ja: "水道供給の途絶", En: "water outage"},
})

// All returns every threat in catalog order, in a new slice.
func All() []Threat { return threats.All() }

// Parse accepts a threat's wire id (e.g. "unauthorized-access") or its
// Japanese label (e.g. "不正アクセス"), exactly as written.
func Parse(s string) (Threat, error) { return threats.Parse(s) }

// MustParse is Parse for text known to be valid; it panics otherwise.
func MustParse(s string) Threat {
	t, err := Parse(s)
	if err != nil {
		panic(err)
	}
	return t
}

// Valid reports whether t is a threat of the catalog.
func (t Threat) Valid() bool { return threats.Valid(t) }

// String returns the wire id, or "threat.Threat(N)" for an invalid value.
func (t Threat) String() string { return threats.String(t) }

// Ja returns the Japanese label, in the policy's term.
func (t Threat) Ja() string { return threats.Ja(t) }

// En returns the English label.
func (t Threat) En() string { return threats.En(t) }

// Category returns the threat's category, or 0 for an invalid threat.
func (t Threat) Category() Category {
	if !t.Valid() {
		return 0
	}
	return catalog[t].category
}

// Clause returns the item of clause 3 that names the threat's category
// (3(1)–(5)), or 0 for an invalid threat.
func (t Threat) Clause() clause.Clause { return t.Category().Clause() }

// Harms returns what the threat does to an asset, in the order of [Harms],
// or nil for an invalid threat.
func (t Threat) Harms() []Harm {
	if !t.Valid() {
		return nil
	}
	return catalog[t].harms.List()
}

// Properties returns the properties the threat harms, in the order C, I, A:
// the union of what its harms damage. Nil for an invalid threat.
func (t Threat) Properties() []asset.Property {
	if !t.Valid() {
		return nil
	}
	return propertiesOfHarms(catalog[t].harms).List()
}

// Damages reports whether the threat harms property p: whether one of its
// harms damages p. It is false for an invalid threat or property.
func (t Threat) Damages(p asset.Property) bool {
	return t.Valid() && propertiesOfHarms(catalog[t].harms).Has(p)
}

// Kinds returns the asset kinds the catalog lists for the threat, in the
// order of [asset.Kinds], or nil for an invalid threat.
func (t Threat) Kinds() []asset.Kind {
	if !t.Valid() {
		return nil
	}
	return catalog[t].kinds.List()
}

// AppliesTo reports whether the threat applies to assets of kind k. An
// invalid threat applies to nothing. An unset or unknown kind is treated
// fail-closed: every threat applies to it, since nothing is known that
// would rule one out.
func (t Threat) AppliesTo(k asset.Kind) bool {
	if !t.Valid() {
		return false
	}
	if !k.Valid() {
		return true
	}
	return catalog[t].kinds.Has(k)
}

// MarshalText returns the wire id; an invalid threat is an error.
func (t Threat) MarshalText() ([]byte, error) { return threats.MarshalText(t) }

// UnmarshalText accepts a wire id only (Parse also takes labels and aliases).
func (t *Threat) UnmarshalText(b []byte) error { return threats.UnmarshalText(t, b) }

// ForKind returns the threats that apply to assets of kind k, in catalog
// order. For an unset or unknown kind it returns every threat (fail
// closed), as [Threat.AppliesTo] does.
func ForKind(k asset.Kind) []Threat {
	var out []Threat
	for _, t := range All() {
		if t.AppliesTo(k) {
			out = append(out, t)
		}
	}
	return out
}
