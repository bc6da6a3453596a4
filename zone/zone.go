// Package zone models the three zones of the policy's three-tier model
// (三層の対策, 6(3)), the external networks they face, how data crosses
// between them, and the rules that decide which crossings are permitted.
//
// The three zones are the My Number zone (マイナンバー利用事務系, 2(8)), the
// business-server zone (業務サーバ接続系, 2(9); the national guideline calls it
// LGWAN接続系) and the Internet zone (インターネット接続系, 2(10)). The
// external networks are the public Internet, LGWAN and dedicated
// connections to national systems. Go names and wire ids keep the two
// apart: [InternetZone] ("zone:internet") is a zone of the organization,
// [PublicInternet] ("network:public-internet") the network outside it;
// [BusinessZone] ("zone:business") is the zone connected to [LGWAN]
// ("network:lgwan").
//
// [Check] decides one flow: a pure, allocation-free function that returns a
// [Verdict] naming the [Rule] that decided and the clause it cites. Anything
// unset, unknown or inconsistent is denied. [FindLeaks] looks at a whole
// [Topology] and reports every node on the Internet side that data from the
// My Number zone can reach over hops that are each permitted on their own,
// as a shortest-path tree whose size is linear in the topology.
// [Exception] values, each naming the systems it covers, are the only way a
// flow to or from the My Number zone is ever allowed.
package zone

import (
	"github.com/jichitai-sec/policy/clause"
	"github.com/jichitai-sec/policy/internal/enum"
)

// Zone is one of the three zones. The zero value is not a zone.
type Zone uint8

// The zones.
const (
	MyNumberZone Zone = iota + 1 // マイナンバー利用事務系 (2(8))
	BusinessZone                 // 業務サーバ接続系 (2(9)), the guideline's LGWAN接続系
	InternetZone                 // インターネット接続系 (2(10))
)

// ParseError is the error of every Parse function and UnmarshalText method
// of this package for text that names no member of a closed set.
type ParseError = enum.ParseError

// MarshalError is the error of every MarshalText method of this package for
// a value that is not a member of its closed set.
type MarshalError = enum.MarshalError

var zones = enum.New[Zone]([]enum.Entry{
	MyNumberZone: {ID: "mynumber", Ja: "マイナンバー利用事務系", En: "My Number zone", Aliases: []string{"個人番号利用事務系"}},
	BusinessZone: {ID: "business", Ja: "業務サーバ接続系", En: "business-server zone", Aliases: []string{"LGWAN接続系"}},
	InternetZone: {ID: "internet", Ja: "インターネット接続系", En: "Internet zone"},
})

var zoneClauses = [...]clause.Clause{
	MyNumberZone: clause.DefMyNumberZone,
	BusinessZone: clause.DefBusinessZone,
	InternetZone: clause.DefInternetZone,
}

// All returns the three zones in the policy's order.
func All() []Zone { return zones.All() }

// Parse accepts a zone's wire id ("mynumber", "business", "internet"), its
// Japanese label, or an alias: "個人番号利用事務系" for the My Number zone,
// and the guideline's name "LGWAN接続系" for the business zone.
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

// Clause returns the clause that defines the zone (2(8), 2(9) or 2(10)), or
// 0 for an invalid value.
func (z Zone) Clause() clause.Clause {
	if !z.Valid() {
		return 0
	}
	return zoneClauses[z]
}

// MarshalText returns the wire id; an invalid zone is a *MarshalError.
func (z Zone) MarshalText() ([]byte, error) { return zones.MarshalText(z) }

// UnmarshalText accepts a wire id only (Parse also takes labels).
func (z *Zone) UnmarshalText(b []byte) error { return zones.UnmarshalText(z, b) }
