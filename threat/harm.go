package threat

import (
	"github.com/jichitai-sec/policy/asset"
	"github.com/jichitai-sec/policy/internal/enum"
)

// Harm is what a threat does to an information asset, in the words of
// clause 3: 漏えい, 破壊, 改ざん, 消去 (3(1), 3(2)) and 停止 (3(3)–(5)). The
// zero value is not a harm.
//
// Harms are the link between the catalog and the three properties: each
// harm damages fixed properties ([Harm.Properties]), so the properties a
// threat harms follow from the harms the catalog lists for it.
type Harm uint8

// The harms, in the order the policy lists them.
const (
	Leak        Harm = iota + 1 // 漏えい: information reaches someone not entitled to it
	Destruction                 // 破壊: information or equipment is damaged beyond use
	Tampering                   // 改ざん: information is altered without authority
	Erasure                     // 消去: information is deleted or otherwise lost to its owner
	Stoppage                    // 停止: a service or the work it supports is interrupted
)

var harms = enum.New[Harm]([]enum.Entry{
	Leak:        {ID: "leak", Ja: "漏えい", En: "leak"},
	Destruction: {ID: "destruction", Ja: "破壊", En: "destruction"},
	Tampering:   {ID: "tampering", Ja: "改ざん", En: "tampering"},
	Erasure:     {ID: "erasure", Ja: "消去", En: "erasure"},
	Stoppage:    {ID: "stoppage", Ja: "停止", En: "stoppage"},
})

// harmProperties is the library's reading of 2(5)–(7): a leak breaks
// confidentiality (2(5)); tampering breaks integrity (2(6)); destruction and
// erasure break integrity, which 2(6) defines by their absence, and
// availability, since what is destroyed or erased cannot be reached
// (2(7)); a stoppage leaves information intact but out of reach, which is
// availability alone (2(7)).
var harmProperties = [...]propertySet{
	Leak:        enum.SetOf(asset.Confidentiality),
	Destruction: enum.SetOf(asset.Integrity, asset.Availability),
	Tampering:   enum.SetOf(asset.Integrity),
	Erasure:     enum.SetOf(asset.Integrity, asset.Availability),
	Stoppage:    enum.SetOf(asset.Availability),
}

// Harms returns the five harms in the order the policy lists them.
func Harms() []Harm { return harms.All() }

// ParseHarm accepts a harm's wire id ("leak", "destruction", "tampering",
// "erasure", "stoppage") or its Japanese label.
func ParseHarm(s string) (Harm, error) { return harms.Parse(s) }

// Valid reports whether h is one of the five harms.
func (h Harm) Valid() bool { return harms.Valid(h) }

// String returns the wire id, or "threat.Harm(N)" for an invalid value.
func (h Harm) String() string { return harms.String(h) }

// Ja returns the Japanese label, in the policy's term.
func (h Harm) Ja() string { return harms.Ja(h) }

// En returns the English label.
func (h Harm) En() string { return harms.En(h) }

// Properties returns the properties the harm damages, in the order C, I, A,
// or nil for an invalid harm.
func (h Harm) Properties() []asset.Property {
	if !h.Valid() {
		return nil
	}
	return harmProperties[h].List()
}

// MarshalText returns the wire id; an invalid harm is an error.
func (h Harm) MarshalText() ([]byte, error) { return harms.MarshalText(h) }

// UnmarshalText accepts a wire id only (ParseHarm also takes labels and aliases).
func (h *Harm) UnmarshalText(b []byte) error { return harms.UnmarshalText(h, b) }
