package asset

import "github.com/jichitai-sec/policy/internal/enum"

// IntegrityLevel is an integrity level (完全性, 2(6)) of one scheme. Both
// schemes have levels 2 and 1, but as different values: integrity 2 of the
// 2024 scheme (I2) is not integrity 2 of the legacy scheme (LegacyI2). The
// zero value is "unclassified" and is never a level.
//
// Compare levels with Compare or AtLeast, which refuse levels of different
// schemes, never with < or >: the numeric values order the members within a
// scheme only.
type IntegrityLevel uint8

// The integrity levels, lowest first within each scheme.
const (
	I1       IntegrityLevel = iota + 1 // 完全性1 (2024 scheme)
	I2                                 // 完全性2 (2024 scheme): damage or loss would harm residents' rights or hinder work beyond a minor degree
	LegacyI1                           // 完全性1 (legacy scheme)
	LegacyI2                           // 完全性2 (legacy scheme)
)

var integrityRows = []levelRow{
	{Guideline2024, 1, 1, "1", "完全性1", "integrity 1"},
	{Guideline2024, 2, 2, "2", "完全性2", "integrity 2"},
	{Legacy, 1, 1, "1", "完全性1（旧区分）", "integrity 1 (legacy scheme)"},
	{Legacy, 2, 2, "2", "完全性2（旧区分）", "integrity 2 (legacy scheme)"},
}

var integrityLevels = enum.Table[IntegrityLevel]{Pkg: "asset", Type: "IntegrityLevel",
	Entries: levelEntries(integrityRows)}

// IntegrityLevels returns the integrity levels of scheme s, lowest first, or
// nil for an invalid scheme.
func IntegrityLevels(s Scheme) []IntegrityLevel { return levelsIn[IntegrityLevel](Integrity, s) }

// ParseIntegrity reads an integrity level of scheme s. It accepts the code
// ("2"), the Japanese label ("完全性2") or the wire id ("legacy:2"). A wire
// id of the other scheme is a *LevelError naming that scheme.
func ParseIntegrity(s Scheme, text string) (IntegrityLevel, error) {
	v, err := parseLevel(Integrity, s, text, true)
	return IntegrityLevel(v), err
}

// Band returns the level's number (2 or 1), or 0 for an invalid value. Both
// schemes share the bands; a band is not a level and does not make levels
// of two schemes comparable.
func (l IntegrityLevel) Band() int { return bandOf(Integrity, uint8(l)) }

// Valid reports whether l is a level of some scheme (the unclassified zero
// value is not).
func (l IntegrityLevel) Valid() bool { return integrityLevels.Valid(l) }

// String returns the wire id, which names the scheme ("guideline-2024:2"),
// or "asset.IntegrityLevel(N)" for an invalid value.
func (l IntegrityLevel) String() string { return integrityLevels.String(l) }

// Code returns the level as written within its scheme ("2", "1"), or the
// diagnosable form of String for an invalid value.
func (l IntegrityLevel) Code() string { return codeOf(Integrity, uint8(l)) }

// Ja returns the Japanese label.
func (l IntegrityLevel) Ja() string { return integrityLevels.Ja(l) }

// En returns the English label.
func (l IntegrityLevel) En() string { return integrityLevels.En(l) }

// Scheme returns the scheme the level belongs to, or 0 for an invalid value.
func (l IntegrityLevel) Scheme() Scheme { return schemeOf(Integrity, uint8(l)) }

// Compare returns -1, 0 or +1 as l is below, equal to or above o, with ok
// true only when both are valid levels of the same scheme.
func (l IntegrityLevel) Compare(o IntegrityLevel) (cmp int, ok bool) {
	return compareLevels(Integrity, uint8(l), uint8(o))
}

// AtLeast reports whether l is o or above it. It is false whenever the two
// cannot be compared (an unclassified or invalid level, or levels of
// different schemes): a level never meets a requirement it cannot be
// compared with.
func (l IntegrityLevel) AtLeast(o IntegrityLevel) bool {
	c, ok := l.Compare(o)
	return ok && c >= 0
}

// MarshalText returns the wire id; an unclassified or invalid level is an
// error.
func (l IntegrityLevel) MarshalText() ([]byte, error) {
	return integrityLevels.MarshalText(l)
}

// UnmarshalText accepts a wire id, "<scheme>:<code>" such as
// "guideline-2024:2" or "legacy:1"; a bare code is refused, since "2"
// alone does not say its scheme.
func (l *IntegrityLevel) UnmarshalText(b []byte) error {
	v, err := unmarshalLevel(Integrity, string(b))
	if err != nil {
		return err
	}
	*l = IntegrityLevel(v)
	return nil
}
