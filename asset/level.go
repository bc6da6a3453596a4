package asset

import "github.com/jichitai-sec/policy/internal/enum"

// The three level types are closed sets of plain codes, as the national
// guideline writes them ("3B", "2"). A level does not carry a scheme: the
// scheme is stated once for a whole register (Scheme) and decides which
// codes are allowed and how they compare ([Scheme.Confidentiality],
// [Scale]). The wire ids are the codes themselves, the one documented
// exception to kebab-case wire ids: they are the guideline's own notation.

// ConfidentialityLevel is a confidentiality level (機密性, 2(5)), by its code:
// 1, 2 and 3 before the guideline's October 2024 revision; 1, 2, 3C, 3B and
// 3A since. The zero value is "unclassified" and is never a level.
//
// Levels are ordered by a scheme, never by their numeric values: compare
// them with [Scale.Compare] or [Scale.AtLeast], not with < or >.
type ConfidentialityLevel uint8

// The confidentiality levels. Which scheme allows which is stated with the
// schemes (see Scheme).
const (
	C1  ConfidentialityLevel = iota + 1 // 機密性1: neither 2 nor 3 (both schemes)
	C2                                  // 機密性2: not for immediate publication (both schemes)
	C3                                  // 機密性3: on a par with secret documents (legacy scheme)
	C3C                                 // 機密性3C (2024 scheme)
	C3B                                 // 機密性3B: a leak would gravely harm individuals' rights (2024 scheme)
	C3A                                 // 機密性3A: on a par with secret documents (2024 scheme)
)

// Parse accepts, besides the code and the label "機密性3B", the spelling the
// guideline uses since its October 2024 revision, "自治体機密性3B", for the
// codes of that revision.
var confidentialityLevels = enum.New[ConfidentialityLevel]([]enum.Entry{
	C1:  {ID: "1", Ja: "機密性1", En: "confidentiality 1", Aliases: []string{"自治体機密性1"}},
	C2:  {ID: "2", Ja: "機密性2", En: "confidentiality 2", Aliases: []string{"自治体機密性2"}},
	C3:  {ID: "3", Ja: "機密性3", En: "confidentiality 3"},
	C3C: {ID: "3C", Ja: "機密性3C", En: "confidentiality 3C", Aliases: []string{"自治体機密性3C"}},
	C3B: {ID: "3B", Ja: "機密性3B", En: "confidentiality 3B", Aliases: []string{"自治体機密性3B"}},
	C3A: {ID: "3A", Ja: "機密性3A", En: "confidentiality 3A", Aliases: []string{"自治体機密性3A"}},
})

// confidentialityBands gives each level's band, the leading number of its
// code: 3A, 3B, 3C and 3 are all band 3.
var confidentialityBands = [...]uint8{C1: 1, C2: 2, C3: 3, C3C: 3, C3B: 3, C3A: 3}

// ConfidentialityLevels returns every confidentiality code, in the order of
// the constants (C1, C2, C3, C3C, C3B, C3A). The codes one scheme allows, in
// its order, are [Scheme.Confidentiality]().Levels().
func ConfidentialityLevels() []ConfidentialityLevel { return confidentialityLevels.All() }

// ParseConfidentiality accepts a confidentiality code ("3B"), its Japanese
// label ("機密性3B") or, for the codes of the 2024 revision, the guideline's
// spelling ("自治体機密性3B"). Whether the register's scheme allows the
// level is a question for Validate.
func ParseConfidentiality(s string) (ConfidentialityLevel, error) {
	return confidentialityLevels.Parse(s)
}

// Valid reports whether l is a confidentiality code (the unclassified zero
// value is not).
func (l ConfidentialityLevel) Valid() bool { return confidentialityLevels.Valid(l) }

// String returns the code ("3B"), or "asset.ConfidentialityLevel(N)" for an
// invalid value.
func (l ConfidentialityLevel) String() string { return confidentialityLevels.String(l) }

// Ja returns the Japanese label ("機密性3B").
func (l ConfidentialityLevel) Ja() string { return confidentialityLevels.Ja(l) }

// En returns the English label ("confidentiality 3B").
func (l ConfidentialityLevel) En() string { return confidentialityLevels.En(l) }

// Band returns the leading number of the code: 3 for 3A, 3B, 3C and 3; 2
// and 1 for the others; 0 for an unclassified or invalid value. The
// handling restrictions are stated per band (Handling). A band is not a
// level: it does not order 3 against 3A.
func (l ConfidentialityLevel) Band() int {
	if !l.Valid() {
		return 0
	}
	return int(confidentialityBands[l])
}

// MarshalText returns the code; an unclassified or invalid level is a
// *MarshalError.
func (l ConfidentialityLevel) MarshalText() ([]byte, error) {
	return confidentialityLevels.MarshalText(l)
}

// UnmarshalText accepts a code only ("3B"); labels and aliases are for
// ParseConfidentiality.
func (l *ConfidentialityLevel) UnmarshalText(b []byte) error {
	return confidentialityLevels.UnmarshalText(l, b)
}

// IntegrityLevel is an integrity level (完全性, 2(6)), by its code: 1 or 2
// in both schemes. The zero value is "unclassified" and is never a level.
type IntegrityLevel uint8

// The integrity levels.
const (
	I1 IntegrityLevel = iota + 1 // 完全性1
	I2                           // 完全性2: tampering, error or damage would harm residents' rights or hinder accurate administration beyond a minor degree
)

var integrityLevels = enum.New[IntegrityLevel]([]enum.Entry{
	I1: {ID: "1", Ja: "完全性1", En: "integrity 1"},
	I2: {ID: "2", Ja: "完全性2", En: "integrity 2"},
})

// IntegrityLevels returns every integrity code, lowest first.
func IntegrityLevels() []IntegrityLevel { return integrityLevels.All() }

// ParseIntegrity accepts an integrity code ("2") or its Japanese label
// ("完全性2").
func ParseIntegrity(s string) (IntegrityLevel, error) { return integrityLevels.Parse(s) }

// Valid reports whether l is an integrity code (the unclassified zero value
// is not).
func (l IntegrityLevel) Valid() bool { return integrityLevels.Valid(l) }

// String returns the code ("2"), or "asset.IntegrityLevel(N)" for an
// invalid value.
func (l IntegrityLevel) String() string { return integrityLevels.String(l) }

// Ja returns the Japanese label ("完全性2").
func (l IntegrityLevel) Ja() string { return integrityLevels.Ja(l) }

// En returns the English label ("integrity 2").
func (l IntegrityLevel) En() string { return integrityLevels.En(l) }

// Band returns the code as a number (1 or 2), or 0 for an unclassified or
// invalid value.
func (l IntegrityLevel) Band() int {
	if !l.Valid() {
		return 0
	}
	return int(l)
}

// MarshalText returns the code; an unclassified or invalid level is a
// *MarshalError.
func (l IntegrityLevel) MarshalText() ([]byte, error) { return integrityLevels.MarshalText(l) }

// UnmarshalText accepts a code only ("2"); labels are for ParseIntegrity.
func (l *IntegrityLevel) UnmarshalText(b []byte) error { return integrityLevels.UnmarshalText(l, b) }

// AvailabilityLevel is an availability level (可用性, 2(7)), by its code: 1
// or 2 in both schemes. The zero value is "unclassified" and is never a
// level.
type AvailabilityLevel uint8

// The availability levels.
const (
	A1 AvailabilityLevel = iota + 1 // 可用性1
	A2                              // 可用性2: loss or unavailability would harm residents' rights or hinder stable administration beyond a minor degree
)

var availabilityLevels = enum.New[AvailabilityLevel]([]enum.Entry{
	A1: {ID: "1", Ja: "可用性1", En: "availability 1"},
	A2: {ID: "2", Ja: "可用性2", En: "availability 2"},
})

// AvailabilityLevels returns every availability code, lowest first.
func AvailabilityLevels() []AvailabilityLevel { return availabilityLevels.All() }

// ParseAvailability accepts an availability code ("2") or its Japanese
// label ("可用性2").
func ParseAvailability(s string) (AvailabilityLevel, error) { return availabilityLevels.Parse(s) }

// Valid reports whether l is an availability code (the unclassified zero
// value is not).
func (l AvailabilityLevel) Valid() bool { return availabilityLevels.Valid(l) }

// String returns the code ("2"), or "asset.AvailabilityLevel(N)" for an
// invalid value.
func (l AvailabilityLevel) String() string { return availabilityLevels.String(l) }

// Ja returns the Japanese label ("可用性2").
func (l AvailabilityLevel) Ja() string { return availabilityLevels.Ja(l) }

// En returns the English label ("availability 2").
func (l AvailabilityLevel) En() string { return availabilityLevels.En(l) }

// Band returns the code as a number (1 or 2), or 0 for an unclassified or
// invalid value.
func (l AvailabilityLevel) Band() int {
	if !l.Valid() {
		return 0
	}
	return int(l)
}

// MarshalText returns the code; an unclassified or invalid level is a
// *MarshalError.
func (l AvailabilityLevel) MarshalText() ([]byte, error) { return availabilityLevels.MarshalText(l) }

// UnmarshalText accepts a code only ("2"); labels are for ParseAvailability.
func (l *AvailabilityLevel) UnmarshalText(b []byte) error {
	return availabilityLevels.UnmarshalText(l, b)
}
