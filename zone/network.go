package zone

import "github.com/jichitai-sec/policy/internal/enum"

// Network is an external network that the zones face. The zero value is not
// a network.
type Network uint8

// The external networks.
const (
	PublicInternet Network = iota + 1 // the public Internet
	LGWAN                             // 総合行政ネットワーク, the closed network between governments; the business zone connects to it
	NationalSystem                    // a dedicated connection to a system of the national government or a national public body
)

var networks = enum.New[Network]([]enum.Entry{
	PublicInternet: {ID: "public-internet", Ja: "インターネット", En: "the public Internet"},
	LGWAN:          {ID: "lgwan", Ja: "LGWAN（総合行政ネットワーク）", En: "LGWAN (local government wide area network)", Aliases: []string{"LGWAN", "総合行政ネットワーク"}},
	NationalSystem: {ID: "national-system", Ja: "国等のシステムとの専用接続", En: "dedicated connection to a national system"},
})

// Networks returns every external network.
func Networks() []Network { return networks.All() }

// ParseNetwork accepts a network's wire id ("public-internet", "lgwan",
// "national-system"), its Japanese label, or "LGWAN" / "総合行政ネットワーク".
func ParseNetwork(s string) (Network, error) { return networks.Parse(s) }

// Valid reports whether n is a known external network.
func (n Network) Valid() bool { return networks.Valid(n) }

// String returns the wire id, or "zone.Network(N)" for an invalid value.
func (n Network) String() string { return networks.String(n) }

// Ja returns the Japanese label.
func (n Network) Ja() string { return networks.Ja(n) }

// En returns the English label.
func (n Network) En() string { return networks.En(n) }

// MarshalText returns the wire id; an invalid network is an error.
func (n Network) MarshalText() ([]byte, error) { return networks.MarshalText(n) }

// UnmarshalText accepts a wire id only (ParseNetwork also takes labels).
func (n *Network) UnmarshalText(b []byte) error { return networks.UnmarshalText(n, b) }
