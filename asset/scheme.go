package asset

import (
	"github.com/jichitai-sec/policy/field"
	"github.com/jichitai-sec/policy/internal/enum"
	"github.com/jichitai-sec/policy/lang"
)

// Scheme is a classification scheme: which level codes a register rates its
// assets with, and how they compare. Two are in use and a register (or the
// document holding it) states exactly one, once, for all its assets; the
// caller passes it to every function that reads levels. The zero value is
// not a scheme.
type Scheme uint8

// The schemes.
const (
	// Guideline2024 is the national guideline's scheme since its October
	// 2024 revision: confidentiality 1, 2, 3C, 3B and 3A; integrity and
	// availability 1 and 2.
	Guideline2024 Scheme = iota + 1
	// Legacy is the scheme before that revision: confidentiality 1, 2 and
	// 3; integrity and availability 1 and 2.
	Legacy
)

var schemes = enum.New[Scheme]([]enum.Entry{
	Guideline2024: {ID: "guideline-2024", Ja: "令和6年10月改定後の分類", En: "guideline scheme since October 2024"},
	Legacy:        {ID: "legacy", Ja: "令和6年10月改定前の分類", En: "scheme before the October 2024 revision"},
})

// ladders is the order of the codes each scheme allows, per property,
// lowest first: a level ranks above every level before it, and a code
// missing from a scheme's ladder is not allowed in that scheme and compares
// with nothing there. Legacy 3 therefore never compares with 3A, 3B or 3C,
// whatever the scheme.
//
// The legacy ladder and the two-level integrity and availability ladders
// are the guideline's. The order 3C < 3B < 3A is the library's reading of
// the 2024 revision, which defines 3A by secret documents and 3B by grave
// harm to individuals' rights; source: public material on 総務省「地方公共団体に
// おける情報セキュリティポリシーに関するガイドライン」 (October 2024 revision), as
// summarised in the project's domain notes. It is data: correcting it is a
// change of this table alone.
var ladders = [...][4][]uint8{ // indexed by Scheme, then by Property
	Guideline2024: {
		Confidentiality: {uint8(C1), uint8(C2), uint8(C3C), uint8(C3B), uint8(C3A)},
		Integrity:       {uint8(I1), uint8(I2)},
		Availability:    {uint8(A1), uint8(A2)},
	},
	Legacy: {
		Confidentiality: {uint8(C1), uint8(C2), uint8(C3)},
		Integrity:       {uint8(I1), uint8(I2)},
		Availability:    {uint8(A1), uint8(A2)},
	},
}

// ladder returns the codes s allows for p, lowest first, or nil for an
// invalid scheme or property.
func ladder(s Scheme, p Property) []uint8 {
	if !s.Valid() || !p.Valid() {
		return nil
	}
	return ladders[s][p]
}

// rank returns the position of code v in s's ladder for p, from 1 for the
// lowest, or 0 when s does not allow v (an unclassified or invalid value
// included).
func rank(s Scheme, p Property, v uint8) uint8 {
	for i, w := range ladder(s, p) {
		if w == v && v != 0 {
			return uint8(i + 1)
		}
	}
	return 0
}

// topRank returns the rank of the highest level s allows for p, or 0 for an
// invalid scheme.
func topRank(s Scheme, p Property) uint8 { return uint8(len(ladder(s, p))) }

// atRank returns the code at rank r of s's ladder for p, or 0.
func atRank(s Scheme, p Property, r uint8) uint8 {
	l := ladder(s, p)
	if r == 0 || int(r) > len(l) {
		return 0
	}
	return l[r-1]
}

// compareRanks compares two codes of p in s: -1, 0 or +1 as a is below,
// equal to or above b, with ok false unless s allows both.
func compareRanks(s Scheme, p Property, a, b uint8) (cmp int, ok bool) {
	ra, rb := rank(s, p, a), rank(s, p, b)
	switch {
	case ra == 0 || rb == 0:
		return 0, false
	case ra < rb:
		return -1, true
	case ra > rb:
		return 1, true
	}
	return 0, true
}

// Schemes returns both schemes, the current one first.
func Schemes() []Scheme { return schemes.All() }

// ParseScheme accepts a scheme's wire id ("guideline-2024", "legacy") or its
// Japanese label.
func ParseScheme(s string) (Scheme, error) { return schemes.Parse(s) }

// Valid reports whether s is a known scheme.
func (s Scheme) Valid() bool { return schemes.Valid(s) }

// String returns the wire id, or "asset.Scheme(N)" for an invalid value.
func (s Scheme) String() string { return schemes.String(s) }

// Ja returns the Japanese label.
func (s Scheme) Ja() string { return schemes.Ja(s) }

// En returns the English label.
func (s Scheme) En() string { return schemes.En(s) }

// MarshalText returns the wire id; an invalid scheme is a *MarshalError.
func (s Scheme) MarshalText() ([]byte, error) { return schemes.MarshalText(s) }

// UnmarshalText accepts a wire id only (ParseScheme also takes labels).
func (s *Scheme) UnmarshalText(b []byte) error { return schemes.UnmarshalText(s, b) }

// Confidentiality returns the confidentiality levels of s, in order.
func (s Scheme) Confidentiality() Scale[ConfidentialityLevel] {
	return Scale[ConfidentialityLevel]{scheme: s, prop: Confidentiality}
}

// Integrity returns the integrity levels of s, in order.
func (s Scheme) Integrity() Scale[IntegrityLevel] {
	return Scale[IntegrityLevel]{scheme: s, prop: Integrity}
}

// Availability returns the availability levels of s, in order.
func (s Scheme) Availability() Scale[AvailabilityLevel] {
	return Scale[AvailabilityLevel]{scheme: s, prop: Availability}
}

// Allows reports whether s allows every level of c; an unclassified
// property is not allowed (it is no level at all).
func (s Scheme) Allows(c Classification) bool {
	return s.Confidentiality().Allows(c.Confidentiality) && s.Integrity().Allows(c.Integrity) &&
		s.Availability().Allows(c.Availability)
}

// Meets reports whether c meets minimum in s: for each property
// that minimum rates, c's level is at least minimum's. A property it leaves
// unclassified asks for nothing; a level that s does not allow, on either
// side, never meets a requirement (fail closed).
func (s Scheme) Meets(c, minimum Classification) bool {
	for p := Confidentiality; p <= Availability; p++ {
		if lo := minimum.level(p); lo != 0 {
			if cmp, ok := compareRanks(s, p, c.level(p), lo); !ok || cmp < 0 {
				return false
			}
		}
	}
	return true
}

// ValidateScheme reports an unset scheme (Required) or an unknown one
// (NotSupported) at path at. Validate calls it with its own base path; a
// caller that holds the scheme at a path of its own (a document's
// "/scheme") may call it there instead, before Validate.
func ValidateScheme(s Scheme, at field.Path) field.List {
	switch {
	case s == 0:
		return field.List{field.Required(at, lang.Text{
			Ja: "分類体系（guideline-2024 又は legacy）が指定されていない",
			En: "the classification scheme (guideline-2024 or legacy) is not stated",
		})}
	case !s.Valid():
		return field.List{field.NotSupported(at, s, Schemes())}
	}
	return nil
}

// Level is the constraint satisfied by the three level types, for code
// generic over them (Scale).
type Level interface {
	ConfidentialityLevel | IntegrityLevel | AvailabilityLevel
	Valid() bool
	String() string
	Ja() string
	En() string
	Band() int
}

// Scale is the levels one scheme allows for one property, in the scheme's
// order: [Scheme.Confidentiality], [Scheme.Integrity] and
// [Scheme.Availability] return one. The scheme alone decides what is
// allowed and how levels compare; a level the scheme does not allow (legacy
// 3 in the 2024 scheme, 3B in the legacy scheme, an unclassified or invalid
// value) is refused by Allows and compares with nothing. The zero Scale, and
// the Scale of an invalid scheme, allow nothing.
type Scale[L Level] struct {
	scheme Scheme
	prop   Property
}

// Scheme returns the scheme of the scale.
func (k Scale[L]) Scheme() Scheme { return k.scheme }

// Property returns the property the scale rates.
func (k Scale[L]) Property() Property { return k.prop }

// Levels returns the levels the scheme allows, lowest first, in a new
// slice, or nil when the scheme is invalid.
func (k Scale[L]) Levels() []L {
	codes := ladder(k.scheme, k.prop)
	if codes == nil {
		return nil
	}
	out := make([]L, len(codes))
	for i, v := range codes {
		out[i] = L(v)
	}
	return out
}

// Allows reports whether the scheme allows level l.
func (k Scale[L]) Allows(l L) bool { return rank(k.scheme, k.prop, uint8(l)) != 0 }

// Compare returns -1, 0 or +1 as a is below, equal to or above b in the
// scheme, with ok false unless the scheme allows both.
func (k Scale[L]) Compare(a, b L) (cmp int, ok bool) {
	return compareRanks(k.scheme, k.prop, uint8(a), uint8(b))
}

// AtLeast reports whether a is b or above it in the scheme; it is false
// whenever the two cannot be compared: a level never meets a requirement
// it cannot be compared with.
func (k Scale[L]) AtLeast(a, b L) bool {
	c, ok := k.Compare(a, b)
	return ok && c >= 0
}

// Highest returns the highest level the scheme allows (3A in the 2024
// scheme, 3 in the legacy one for confidentiality), or 0 for an invalid
// scheme.
func (k Scale[L]) Highest() L { return L(atRank(k.scheme, k.prop, topRank(k.scheme, k.prop))) }
