package asset

import "github.com/jichitai-sec/policy/internal/enum"

// Scheme is a classification scheme: the set of levels a document rates its
// assets with. Two are in use and a document names exactly one of them; the
// levels of one scheme are never equal to, nor ordered against, those of the
// other. The zero value is not a scheme.
type Scheme uint8

// The schemes.
const (
	// Guideline2024 is the national guideline's scheme since its October
	// 2024 revision: confidentiality 3A, 3B, 3C, 2 and 1; integrity 2 and 1;
	// availability 2 and 1.
	Guideline2024 Scheme = iota + 1
	// Legacy is the scheme before that revision: confidentiality 3, 2 and
	// 1; integrity 2 and 1; availability 2 and 1.
	Legacy
)

var schemes = enum.Table[Scheme]{Pkg: "asset", Type: "Scheme", Entries: []enum.Entry{
	{ID: "guideline-2024", Ja: "令和6年10月改定後の分類", En: "guideline scheme since October 2024"},
	{ID: "legacy", Ja: "令和6年10月改定前の分類", En: "scheme before the October 2024 revision"},
}}

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

// MarshalText returns the wire id; an invalid scheme is an error.
func (s Scheme) MarshalText() ([]byte, error) { return schemes.MarshalText(s) }

// UnmarshalText accepts what ParseScheme accepts.
func (s *Scheme) UnmarshalText(b []byte) error { return schemes.UnmarshalText(s, b) }
