package threat

import (
	"github.com/jichitai-sec/policy/asset"
	"github.com/jichitai-sec/policy/internal/enum"
)

// row is the library's reading of one threat: its category, the harms it
// does and the asset kinds it applies to.
type row struct {
	category Category
	harms    harmSet
	kinds    kindSet
}

// The kind sets the table uses more than once.
var (
	// everyKind: threats that reach assets of every kind, paper included.
	everyKind = enum.SetOf(asset.Network, asset.InformationSystem, asset.Facility, asset.ElectronicMedia,
		asset.Information, asset.PrintedDocument, asset.SystemDocument)
	// electronic: threats that act on networks and systems, and through
	// them on the information they handle.
	electronic = enum.SetOf(asset.Network, asset.InformationSystem, asset.Information)
	// equipment: threats to equipment and what runs on it, facilities
	// included, but not paper.
	equipment = enum.SetOf(asset.Network, asset.InformationSystem, asset.Facility, asset.Information)
)

// The harm sets the table uses more than once.
var (
	// leakAndDamage is the list of 3(1): 漏えい・破壊・改ざん・消去.
	leakAndDamage = enum.SetOf(Leak, Destruction, Tampering, Erasure)
	// slipAndStop is the list of 3(2), 漏えい・破壊・消去, with the
	// stoppage that defects, mistakes and failures also cause (the
	// sub-clause's 「等」).
	slipAndStop = enum.SetOf(Leak, Destruction, Erasure, Stoppage)
	// physicalDamage is what disasters do: 3(3) names the stoppage of
	// services and work, and the library adds the destruction that causes it.
	physicalDamage = enum.SetOf(Destruction, Stoppage)
)

// catalog is the library's reading of clause 3, one row per threat, indexed
// by Threat. It is the single source of Threat.Category, Harms, Properties,
// Kinds, AppliesTo, ForKind and For.
//
// How it was read:
//
//   - Category: the sub-clause that names the threat. 3(2) counts
//     unauthorized removal and unauthorized software as rule breaches
//     (規定違反), hence unintentional.
//   - Harms: each sub-clause's own list. 3(1) names leak, destruction,
//     tampering and erasure; denial of service only stops a service, and
//     fraud only obtains information. 3(2) names leak, destruction and
//     erasure; the library adds stoppage for defects, mistakes and failures,
//     and reads removal as leak and loss (erasure) of the copy taken out.
//     3(3)–(5) name stoppage; disasters also destroy, and so may an abrupt
//     power cut (data being written, surges), so those rows add destruction.
//     Properties follow from the harms by harmProperties.
//   - Kinds: where the threat acts directly. Information (4(2)イ) shares the
//     threats of the networks and systems that handle it, because 2(5)–(7)
//     define the properties in terms of information. Printed and system
//     documents meet physical and human threats; system documents, often
//     kept electronically and prized by attackers, also meet unauthorized
//     access and malware. Facilities meet physical threats and the
//     infrastructure they supply. Water outage acts on facilities only; the
//     systems inside feel it through them.
//
// These readings are the library's, not the policy's text, and are kept
// here as data so that they can be reviewed and changed in one place.
var catalog = [...]row{
	// 3(1) intentional.
	UnauthorizedAccess: {Intentional, leakAndDamage, electronic.Union(enum.SetOf(asset.SystemDocument))},
	Malware:            {Intentional, leakAndDamage, electronic.Union(enum.SetOf(asset.ElectronicMedia, asset.SystemDocument))},
	DenialOfService:    {Intentional, enum.SetOf(Stoppage), electronic},
	Intrusion:          {Intentional, leakAndDamage, everyKind},
	InformationFraud:   {Intentional, enum.SetOf(Leak), enum.SetOf(asset.Information, asset.PrintedDocument, asset.SystemDocument)},
	InsiderMisconduct:  {Intentional, leakAndDamage, everyKind},

	// 3(2) unintentional.
	UnauthorizedRemoval: {Unintentional, enum.SetOf(Leak, Erasure),
		enum.SetOf(asset.InformationSystem, asset.ElectronicMedia, asset.Information, asset.PrintedDocument, asset.SystemDocument)},
	UnauthorizedSoftware: {Unintentional, enum.SetOf(Leak, Destruction, Erasure), enum.SetOf(asset.InformationSystem, asset.Information)},
	DesignDefect:         {Unintentional, slipAndStop, electronic},
	ProgramDefect:        {Unintentional, slipAndStop, electronic},
	OperationMistake: {Unintentional, slipAndStop,
		electronic.Union(enum.SetOf(asset.ElectronicMedia, asset.PrintedDocument, asset.SystemDocument))},
	MaintenanceFailure:           {Unintentional, slipAndStop, equipment.Union(enum.SetOf(asset.ElectronicMedia))},
	OutsourcingManagementFailure: {Unintentional, slipAndStop, everyKind},
	ManagementFailure:            {Unintentional, slipAndStop, everyKind},
	EquipmentFailure:             {Unintentional, enum.SetOf(Destruction, Erasure, Stoppage), equipment.Union(enum.SetOf(asset.ElectronicMedia))},

	// 3(3) disasters.
	Earthquake:    {Disaster, physicalDamage, everyKind},
	Lightning:     {Disaster, physicalDamage, equipment},
	Fire:          {Disaster, physicalDamage, everyKind},
	OtherDisaster: {Disaster, physicalDamage, everyKind},

	// 3(4) staff shortage.
	WidespreadIllness: {StaffShortage, enum.SetOf(Stoppage), electronic},

	// 3(5) infrastructure outages.
	PowerOutage:         {InfrastructureOutage, physicalDamage, equipment},
	CommunicationOutage: {InfrastructureOutage, enum.SetOf(Stoppage), electronic},
	WaterOutage:         {InfrastructureOutage, enum.SetOf(Stoppage), enum.SetOf(asset.Facility)},
}
