package asset

import "github.com/jichitai-sec/policy/internal/enum"

// AvailabilityLevel is an availability level (可用性, 2(7)) of one scheme. Both
// schemes have levels 2 and 1, but as different values: availability 2 of the
// 2024 scheme (A2) is not availability 2 of the legacy scheme (LegacyA2). The
// zero value is "unclassified" and is never a level.
//
// Compare levels with Compare or AtLeast, which refuse levels of different
// schemes, never with < or >: the numeric values order the members within a
// scheme only.
type AvailabilityLevel uint8

// The availability levels, lowest first within each scheme.
const (
	A1       AvailabilityLevel = iota + 1 // 可用性1 (2024 scheme)
	A2                                    // 可用性2 (2024 scheme): loss or an outage would harm residents' rights or hinder work beyond a minor degree
	LegacyA1                              // 可用性1 (legacy scheme)
	LegacyA2                              // 可用性2 (legacy scheme)
)

var availabilityRows = []levelRow{
	{Guideline2024, 1, 1, "1", "可用性1", "availability 1"},
	{Guideline2024, 2, 2, "2", "可用性2", "availability 2"},
	{Legacy, 1, 1, "1", "可用性1（旧区分）", "availability 1 (legacy scheme)"},
	{Legacy, 2, 2, "2", "可用性2（旧区分）", "availability 2 (legacy scheme)"},
}

var availabilityLevels = enum.Table[AvailabilityLevel]{Pkg: "asset", Type: "AvailabilityLevel",
	Entries: levelEntries(availabilityRows)}

// AvailabilityLevels returns the availability levels of scheme s, lowest first, or
// nil for an invalid scheme.
func AvailabilityLevels(s Scheme) []AvailabilityLevel {
	return levelsIn[AvailabilityLevel](Availability, s)
}

// ParseAvailability reads an availability level of scheme s. It accepts the code
// ("2"), the Japanese label ("可用性2") or the wire id ("legacy:2"). A wire
// id of the other scheme is a *LevelError naming that scheme.
func ParseAvailability(s Scheme, text string) (AvailabilityLevel, error) {
	v, err := parseLevel(Availability, s, text, true)
	return AvailabilityLevel(v), err
}

// Band returns the level's number (2 or 1), or 0 for an invalid value. Both
// schemes share the bands; a band is not a level and does not make levels
// of two schemes comparable.
func (l AvailabilityLevel) Band() int { return bandOf(Availability, uint8(l)) }

// Valid reports whether l is a level of some scheme (the unclassified zero
// value is not).
func (l AvailabilityLevel) Valid() bool { return availabilityLevels.Valid(l) }

// String returns the wire id, which names the scheme ("guideline-2024:2"),
// or "asset.AvailabilityLevel(N)" for an invalid value.
func (l AvailabilityLevel) String() string { return availabilityLevels.String(l) }

// Code returns the level as written within its scheme ("2", "1"), or the
// diagnosable form of String for an invalid value.
func (l AvailabilityLevel) Code() string { return codeOf(Availability, uint8(l)) }

// Ja returns the Japanese label.
func (l AvailabilityLevel) Ja() string { return availabilityLevels.Ja(l) }

// En returns the English label.
func (l AvailabilityLevel) En() string { return availabilityLevels.En(l) }

// Scheme returns the scheme the level belongs to, or 0 for an invalid value.
func (l AvailabilityLevel) Scheme() Scheme { return schemeOf(Availability, uint8(l)) }

// Compare returns -1, 0 or +1 as l is below, equal to or above o, with ok
// true only when both are valid levels of the same scheme.
func (l AvailabilityLevel) Compare(o AvailabilityLevel) (cmp int, ok bool) {
	return compareLevels(Availability, uint8(l), uint8(o))
}

// AtLeast reports whether l is o or above it. It is false whenever the two
// cannot be compared (an unclassified or invalid level, or levels of
// different schemes): a level never meets a requirement it cannot be
// compared with.
func (l AvailabilityLevel) AtLeast(o AvailabilityLevel) bool {
	c, ok := l.Compare(o)
	return ok && c >= 0
}

// MarshalText returns the wire id; an unclassified or invalid level is an
// error.
func (l AvailabilityLevel) MarshalText() ([]byte, error) {
	return availabilityLevels.MarshalText(l)
}

// UnmarshalText accepts a wire id, "<scheme>:<code>" such as
// "guideline-2024:2" or "legacy:1"; a bare code is refused, since "2"
// alone does not say its scheme.
func (l *AvailabilityLevel) UnmarshalText(b []byte) error {
	v, err := unmarshalLevel(Availability, string(b))
	if err != nil {
		return err
	}
	*l = AvailabilityLevel(v)
	return nil
}
