package asset

import "github.com/jichitai-sec/policy/internal/enum"

// ConfidentialityLevel is a confidentiality level (機密性, 2(5)) of one
// scheme. Each member belongs to exactly one scheme (see Scheme), so that
// confidentiality 2 of the 2024 scheme (C2) and of the legacy scheme
// (LegacyC2) are different values. The zero value is "unclassified" and is
// never a level.
//
// Compare levels with Compare or AtLeast, which refuse levels of different
// schemes, never with < or >: the numeric values order the members within a
// scheme only.
type ConfidentialityLevel uint8

// The confidentiality levels, lowest first within each scheme. The order of
// 3A, 3B and 3C (3A highest) is the library's reading of the guideline; the
// definition of 3C is not confirmed (check).
const (
	C1       ConfidentialityLevel = iota + 1 // 機密性1 (2024 scheme): neither 2 nor 3
	C2                                       // 機密性2 (2024 scheme): not for immediate publication
	C3C                                      // 機密性3C (2024 scheme)
	C3B                                      // 機密性3B (2024 scheme): a leak would gravely harm individuals' rights
	C3A                                      // 機密性3A (2024 scheme): on a par with secret documents
	LegacyC1                                 // 機密性1 (legacy scheme)
	LegacyC2                                 // 機密性2 (legacy scheme)
	LegacyC3                                 // 機密性3 (legacy scheme)
)

var confidentialityRows = []levelRow{
	{Guideline2024, 1, 1, "1", "機密性1", "confidentiality 1"},
	{Guideline2024, 2, 2, "2", "機密性2", "confidentiality 2"},
	{Guideline2024, 3, 3, "3C", "機密性3C", "confidentiality 3C"},
	{Guideline2024, 4, 3, "3B", "機密性3B", "confidentiality 3B"},
	{Guideline2024, 5, 3, "3A", "機密性3A", "confidentiality 3A"},
	{Legacy, 1, 1, "1", "機密性1（旧区分）", "confidentiality 1 (legacy scheme)"},
	{Legacy, 2, 2, "2", "機密性2（旧区分）", "confidentiality 2 (legacy scheme)"},
	{Legacy, 3, 3, "3", "機密性3（旧区分）", "confidentiality 3 (legacy scheme)"},
}

var confidentialityLevels = enum.Table[ConfidentialityLevel]{Pkg: "asset", Type: "ConfidentialityLevel",
	Entries: levelEntries(confidentialityRows)}

// ConfidentialityLevels returns the confidentiality levels of scheme s,
// lowest first, or nil for an invalid scheme.
func ConfidentialityLevels(s Scheme) []ConfidentialityLevel {
	return levelsIn[ConfidentialityLevel](Confidentiality, s)
}

// ParseConfidentiality reads a confidentiality level of scheme s. It accepts
// the level's code as documents write it ("3B", "2"), its Japanese label
// ("機密性3B"), or its wire id ("guideline-2024:3B"). A level of the other
// scheme (legacy "3" when s is Guideline2024, "3B" when s is Legacy) is a
// *LevelError naming that scheme, never translated.
func ParseConfidentiality(s Scheme, text string) (ConfidentialityLevel, error) {
	v, err := parseLevel(Confidentiality, s, text, true)
	return ConfidentialityLevel(v), err
}

// Valid reports whether l is a level of some scheme (the unclassified zero
// value is not).
func (l ConfidentialityLevel) Valid() bool { return confidentialityLevels.Valid(l) }

// String returns the wire id, which names the scheme ("guideline-2024:3B"),
// or "asset.ConfidentialityLevel(N)" for an invalid value.
func (l ConfidentialityLevel) String() string { return confidentialityLevels.String(l) }

// Code returns the level as written within its scheme ("3B", "2"), or the
// diagnosable form of String for an invalid value.
func (l ConfidentialityLevel) Code() string { return codeOf(Confidentiality, uint8(l)) }

// Ja returns the Japanese label.
func (l ConfidentialityLevel) Ja() string { return confidentialityLevels.Ja(l) }

// En returns the English label.
func (l ConfidentialityLevel) En() string { return confidentialityLevels.En(l) }

// Scheme returns the scheme the level belongs to, or 0 for an invalid value.
func (l ConfidentialityLevel) Scheme() Scheme { return schemeOf(Confidentiality, uint8(l)) }

// Band returns the leading number of the level's code: 3 for 3A, 3B, 3C and
// legacy 3, 2 and 1 for the others, 0 for an invalid value. Both schemes
// share the bands; the handling rules (Handling) are stated per band. A
// band is not a level: it does not make levels of two schemes comparable.
func (l ConfidentialityLevel) Band() int { return bandOf(Confidentiality, uint8(l)) }

// Compare returns -1, 0 or +1 as l is below, equal to or above o, with ok
// true only when both are valid levels of the same scheme.
func (l ConfidentialityLevel) Compare(o ConfidentialityLevel) (cmp int, ok bool) {
	return compareLevels(Confidentiality, uint8(l), uint8(o))
}

// AtLeast reports whether l is o or above it. It is false whenever the two
// cannot be compared (an unclassified or invalid level, or levels of
// different schemes): a level never meets a requirement it cannot be
// compared with.
func (l ConfidentialityLevel) AtLeast(o ConfidentialityLevel) bool {
	c, ok := l.Compare(o)
	return ok && c >= 0
}

// MarshalText returns the wire id; an unclassified or invalid level is an
// error.
func (l ConfidentialityLevel) MarshalText() ([]byte, error) {
	return confidentialityLevels.MarshalText(l)
}

// UnmarshalText accepts a wire id, "<scheme>:<code>" such as
// "guideline-2024:3B" or "legacy:3"; a bare code is refused, since "2"
// alone does not say its scheme.
func (l *ConfidentialityLevel) UnmarshalText(b []byte) error {
	v, err := unmarshalLevel(Confidentiality, string(b))
	if err != nil {
		return err
	}
	*l = ConfidentialityLevel(v)
	return nil
}
