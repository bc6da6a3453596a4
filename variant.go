package policy

import "github.com/jichitai-sec/policy/internal/enum"

// Variant is the variant of the three-tier model an organization runs. The
// zero value is not a variant. The library records and reports it; rules
// that differ by variant are not modelled yet, so every variant is judged
// by the rules of this policy's own wording (the α shape).
type Variant uint8

// The variants, as the national guideline's revisions introduced them.
const (
	// Alpha (α): the main business terminals sit in the LGWAN-connected
	// zone. This policy's wording describes this shape.
	Alpha Variant = iota + 1
	// Beta (β, 2020): groupware and part of the terminals move to the
	// Internet zone, under risk controls that meet national criteria.
	Beta
	// BetaPrime (β′, 2020): business systems move to the Internet zone
	// too, under the same conditions.
	BetaPrime
	// AlphaPrime (α′, October 2024 revision): LGWAN-connected terminals
	// reach selected cloud services directly through a local Internet exit,
	// with strict control of destinations and tenants.
	AlphaPrime
)

var variants = enum.New[Variant]([]enum.Entry{
	Alpha:      {ID: "alpha", Ja: "αモデル", En: "α model", Aliases: []string{"α"}},
	Beta:       {ID: "beta", Ja: "βモデル", En: "β model", Aliases: []string{"β"}},
	BetaPrime:  {ID: "beta-prime", Ja: "β′モデル", En: "β′ model", Aliases: []string{"β′", "β'"}},
	AlphaPrime: {ID: "alpha-prime", Ja: "α′モデル", En: "α′ model", Aliases: []string{"α′", "α'"}},
})

// Variants returns every variant.
func Variants() []Variant { return variants.All() }

// ParseVariant accepts a variant's wire id ("alpha", "beta", "beta-prime",
// "alpha-prime"), its Japanese label, or the Greek letter ("α", "β′", …).
func ParseVariant(s string) (Variant, error) { return variants.Parse(s) }

// Valid reports whether v is a known variant.
func (v Variant) Valid() bool { return variants.Valid(v) }

// String returns the wire id, or "policy.Variant(N)" for an invalid value.
func (v Variant) String() string { return variants.String(v) }

// Ja returns the Japanese label.
func (v Variant) Ja() string { return variants.Ja(v) }

// En returns the English label.
func (v Variant) En() string { return variants.En(v) }

// MarshalText returns the wire id; an invalid variant is a *MarshalError.
func (v Variant) MarshalText() ([]byte, error) { return variants.MarshalText(v) }

// UnmarshalText accepts a wire id only (ParseVariant also takes labels).
func (v *Variant) UnmarshalText(b []byte) error { return variants.UnmarshalText(v, b) }

// ParseError is the error of every Parse function and UnmarshalText method
// of this package for text that names no member of a closed set.
type ParseError = enum.ParseError

// MarshalError is the error of every MarshalText method of this package for
// a value that is not a member of its closed set.
type MarshalError = enum.MarshalError
