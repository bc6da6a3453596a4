package asset

import (
	"github.com/jichitai-sec/policy/clause"
	"github.com/jichitai-sec/policy/internal/enum"
)

// Property is one of the three security properties the policy keeps (1,
// 2(5)–(7)). The zero value is not a property.
type Property uint8

// The properties.
const (
	Confidentiality Property = iota + 1 // 機密性 (2(5))
	Integrity                           // 完全性 (2(6))
	Availability                        // 可用性 (2(7))
)

var properties = enum.New[Property]([]enum.Entry{
	Confidentiality: {ID: "confidentiality", Ja: "機密性", En: "confidentiality"},
	Integrity:       {ID: "integrity", Ja: "完全性", En: "integrity"},
	Availability:    {ID: "availability", Ja: "可用性", En: "availability"},
})

var propertyClauses = [...]clause.Clause{
	Confidentiality: clause.DefConfidentiality,
	Integrity:       clause.DefIntegrity,
	Availability:    clause.DefAvailability,
}

// Properties returns the three properties in the order C, I, A.
func Properties() []Property { return properties.All() }

// ParseProperty accepts a property's wire id or Japanese label.
func ParseProperty(s string) (Property, error) { return properties.Parse(s) }

// Valid reports whether p is one of the three properties.
func (p Property) Valid() bool { return properties.Valid(p) }

// String returns the wire id, or "asset.Property(N)" for an invalid value.
func (p Property) String() string { return properties.String(p) }

// Ja returns the Japanese label.
func (p Property) Ja() string { return properties.Ja(p) }

// En returns the English label.
func (p Property) En() string { return properties.En(p) }

// Clause returns the clause defining the property, or 0 for an invalid one.
func (p Property) Clause() clause.Clause {
	if !p.Valid() {
		return 0
	}
	return propertyClauses[p]
}

// MarshalText returns the wire id; an invalid property is an error.
func (p Property) MarshalText() ([]byte, error) { return properties.MarshalText(p) }

// UnmarshalText accepts a wire id only (ParseProperty also takes labels and aliases).
func (p *Property) UnmarshalText(b []byte) error { return properties.UnmarshalText(p, b) }
