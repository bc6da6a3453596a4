package asset

import (
	"github.com/jichitai-sec/policy/clause"
	"github.com/jichitai-sec/policy/internal/enum"
)

// Kind is the kind of an information asset, as the scope of 4(2)ア–ウ lists
// them. The zero value is not a kind.
type Kind uint8

// The asset kinds.
const (
	Network           Kind = iota + 1 // ネットワーク (4(2)ア)
	InformationSystem                 // 情報システム (4(2)ア)
	Facility                          // 設備: rooms, racks, power and cabling serving networks and systems (4(2)ア)
	ElectronicMedia                   // 電磁的記録媒体 (4(2)ア)
	Information                       // information handled by networks and systems (4(2)イ)
	PrintedDocument                   // printed copies of that information (4(2)イ)
	SystemDocument                    // specifications, network diagrams and other system documents (4(2)ウ)
)

var kinds = enum.New[Kind]([]enum.Entry{
	Network:           {ID: "network", Ja: "ネットワーク", En: "network"},
	InformationSystem: {ID: "information-system", Ja: "情報システム", En: "information system"},
	Facility:          {ID: "facility", Ja: "設備", En: "facility"},
	ElectronicMedia:   {ID: "electronic-media", Ja: "電磁的記録媒体", En: "electronic media"},
	Information:       {ID: "information", Ja: "情報", En: "information"},
	PrintedDocument:   {ID: "printed-document", Ja: "印刷した文書", En: "printed document"},
	SystemDocument:    {ID: "system-document", Ja: "システム関連文書", En: "system document"},
})

var kindClauses = [...]clause.Clause{
	Network: clause.ScopeSystemsAndMedia, InformationSystem: clause.ScopeSystemsAndMedia,
	Facility: clause.ScopeSystemsAndMedia, ElectronicMedia: clause.ScopeSystemsAndMedia,
	Information: clause.ScopeInformation, PrintedDocument: clause.ScopeInformation,
	SystemDocument: clause.ScopeSystemDocuments,
}

// Kinds returns every asset kind in the order of 4(2).
func Kinds() []Kind { return kinds.All() }

// ParseKind accepts a kind's wire id or Japanese label.
func ParseKind(s string) (Kind, error) { return kinds.Parse(s) }

// Valid reports whether k is a known kind.
func (k Kind) Valid() bool { return kinds.Valid(k) }

// String returns the wire id, or "asset.Kind(N)" for an invalid value.
func (k Kind) String() string { return kinds.String(k) }

// Ja returns the Japanese label.
func (k Kind) Ja() string { return kinds.Ja(k) }

// En returns the English label.
func (k Kind) En() string { return kinds.En(k) }

// Clause returns the item of 4(2) that brings the kind into scope, or 0 for
// an invalid kind.
func (k Kind) Clause() clause.Clause {
	if !k.Valid() {
		return 0
	}
	return kindClauses[k]
}

// MarshalText returns the wire id; an invalid kind is an error.
func (k Kind) MarshalText() ([]byte, error) { return kinds.MarshalText(k) }

// UnmarshalText accepts a wire id only (ParseKind also takes labels and aliases).
func (k *Kind) UnmarshalText(b []byte) error { return kinds.UnmarshalText(k, b) }
