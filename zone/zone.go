// Package zone models the three zones of the policy's three-tier model
// (三層の対策, 6(3)), the external networks they face, how data crosses
// between them, and the rules that decide which crossings are permitted.
//
// The three zones are the My Number zone (マイナンバー利用事務系, 2(8)), the
// business-server zone (業務サーバ接続系, 2(9); the national guideline calls it
// LGWAN接続系) and the Internet zone (インターネット接続系, 2(10)).
//
// Check decides one flow: a pure, allocation-free function that returns a
// Verdict naming the Rule that decided and the clause it cites. Anything
// unset, unknown or inconsistent is denied. FindLeaks looks at a whole
// topology and reports every node on the Internet side that data from the
// My Number zone can reach over hops that are each permitted on their own.
package zone

import "github.com/jichitai-sec/policy/internal/enum"

// Zone is one of the three zones. The zero value is not a zone.
type Zone uint8

// The zones.
const (
	MyNumber Zone = iota + 1 // マイナンバー利用事務系 (2(8))
	Business                 // 業務サーバ接続系 (2(9)), the guideline's LGWAN接続系
	Internet                 // インターネット接続系 (2(10))
)

// ParseError is the error returned by every Parse and UnmarshalText of this
// package for text that names no member of a closed set.
type ParseError = enum.ParseError

var zones = enum.Table[Zone]{Pkg: "zone", Type: "Zone", Entries: []enum.Entry{
	{ID: "mynumber", Ja: "マイナンバー利用事務系", En: "My Number zone", Aliases: []string{"個人番号利用事務系"}},
	{ID: "business", Ja: "業務サーバ接続系", En: "business-server zone", Aliases: []string{"lgwan", "LGWAN接続系"}},
	{ID: "internet", Ja: "インターネット接続系", En: "Internet zone"},
}}

// All returns the three zones in the policy's order.
func All() []Zone { return zones.All() }

// Parse accepts a zone's wire id ("mynumber", "business", "internet"), its
// Japanese label, or an alias: "個人番号利用事務系" for the My Number zone,
// and the guideline's name "lgwan" / "LGWAN接続系" for the business zone.
func Parse(s string) (Zone, error) { return zones.Parse(s) }

// MustParse is Parse for text known to be valid; it panics otherwise.
func MustParse(s string) Zone {
	z, err := Parse(s)
	if err != nil {
		panic(err)
	}
	return z
}

// Valid reports whether z is one of the three zones.
func (z Zone) Valid() bool { return zones.Valid(z) }

// String returns the wire id, or "zone.Zone(N)" for an invalid value.
func (z Zone) String() string { return zones.String(z) }

// Ja returns the Japanese label, in the policy's term.
func (z Zone) Ja() string { return zones.Ja(z) }

// En returns the English label.
func (z Zone) En() string { return zones.En(z) }

// MarshalText returns the wire id; an invalid zone is an error.
func (z Zone) MarshalText() ([]byte, error) { return zones.MarshalText(z) }

// UnmarshalText accepts what Parse accepts.
func (z *Zone) UnmarshalText(b []byte) error { return zones.UnmarshalText(z, b) }
