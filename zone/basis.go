package zone

import "github.com/jichitai-sec/policy/internal/enum"

// Basis is what an exception rests on. The zero value is not a basis.
type Basis uint8

// The bases of an exception.
const (
	BasisLocalApproval     Basis = iota + 1 // approved by the organization, for a set period
	BasisNationalAllowance                  // a standing allowance of the national three-tier model
)

var bases = enum.New[Basis]([]enum.Entry{
	BasisLocalApproval:     {ID: "local-approval", Ja: "団体による承認", En: "local approval"},
	BasisNationalAllowance: {ID: "national-allowance", Ja: "国の示す常設の例外", En: "standing national allowance"},
})

// Bases returns both bases.
func Bases() []Basis { return bases.All() }

// ParseBasis accepts a basis's wire id or Japanese label.
func ParseBasis(s string) (Basis, error) { return bases.Parse(s) }

// Valid reports whether b is a known basis.
func (b Basis) Valid() bool { return bases.Valid(b) }

// String returns the wire id, or "zone.Basis(N)" for an invalid value.
func (b Basis) String() string { return bases.String(b) }

// Ja returns the Japanese label.
func (b Basis) Ja() string { return bases.Ja(b) }

// En returns the English label.
func (b Basis) En() string { return bases.En(b) }

// MarshalText returns the wire id; an invalid basis is a *MarshalError.
func (b Basis) MarshalText() ([]byte, error) { return bases.MarshalText(b) }

// UnmarshalText accepts a wire id only (ParseBasis also takes labels).
func (b *Basis) UnmarshalText(t []byte) error { return bases.UnmarshalText(b, t) }

// NationalAllowance is a national service through which data may be taken
// into the My Number zone online under the 2020 review of the three-tier
// model (自治体DX推進計画, December 2020). The zero value is not an
// allowance: an exception without one is a local approval.
//
// The list is the library's reading of that review (source: the
// project's domain notes): the services it names are マイナポータル and
// eLTAX.
type NationalAllowance uint8

// The national allowances.
const (
	MynaPortal NationalAllowance = iota + 1 // マイナポータル (e.g. applications through ぴったりサービス)
	ELTAX                                   // eLTAX, the local tax portal
)

var allowances = enum.New[NationalAllowance]([]enum.Entry{
	MynaPortal: {ID: "mynaportal", Ja: "マイナポータル", En: "Mynaportal"},
	ELTAX:      {ID: "eltax", Ja: "eLTAX（地方税ポータルシステム）", En: "eLTAX (local tax portal)", Aliases: []string{"eLTAX"}},
})

// NationalAllowances returns every national allowance.
func NationalAllowances() []NationalAllowance { return allowances.All() }

// ParseNationalAllowance accepts an allowance's wire id, its Japanese label
// or "eLTAX".
func ParseNationalAllowance(s string) (NationalAllowance, error) { return allowances.Parse(s) }

// Valid reports whether a is a known allowance.
func (a NationalAllowance) Valid() bool { return allowances.Valid(a) }

// String returns the wire id, or "zone.NationalAllowance(N)" for an invalid value.
func (a NationalAllowance) String() string { return allowances.String(a) }

// Ja returns the Japanese label.
func (a NationalAllowance) Ja() string { return allowances.Ja(a) }

// En returns the English label.
func (a NationalAllowance) En() string { return allowances.En(a) }

// MarshalText returns the wire id; an invalid allowance is a *MarshalError.
func (a NationalAllowance) MarshalText() ([]byte, error) { return allowances.MarshalText(a) }

// UnmarshalText accepts a wire id only (ParseNationalAllowance also takes labels).
func (a *NationalAllowance) UnmarshalText(b []byte) error { return allowances.UnmarshalText(a, b) }
