package asset

import (
	"github.com/jichitai-sec/policy/internal/enum"
	"github.com/jichitai-sec/policy/zone"
)

// Asset is one information asset of the organization (4(2)).
//
// Contains lists, by id, the assets this one holds, processes or carries,
// and whose protection it must therefore give: the information a system
// processes, the systems and media a network or facility serves, the
// printed copies a cabinet (a facility) keeps. Contains is directional and
// must not form a cycle. What an asset contains decides the classification
// it must have at least (Derive) and whether it holds My Number information
// through its contents (Check).
//
// In JSON an asset is an object with the members named below; kind, owner
// and zone are wire ids, and the classification is as Classification
// writes it. An asset is validated with the others of its register
// (Validate), under the register's scheme.
type Asset struct {
	ID             string         `json:"id"`                 // unique within the document
	Name           string         `json:"name"`               // what the organization calls it
	Kind           Kind           `json:"kind"`               // network, system, information, …
	Owner          Unit           `json:"owner"`              // the body of 4(1) that owns it
	Zone           zone.Zone      `json:"zone,omitzero"`      // the zone it lives in; required for the kinds ZoneRequired names
	MyNumber       bool           `json:"myNumber,omitempty"` // information of My Number work (個人番号利用事務), or an asset that itself holds it
	Wireless       bool           `json:"wireless,omitzero"`  // a network: a wireless LAN (the controls of 6.1 apply)
	Contains       []string       `json:"contains,omitempty"` // ids of the assets it holds, processes or carries
	Classification Classification `json:"classification"`     // its declared classification
}

// ZoneRequired reports whether an asset of kind k must name the zone it
// lives in. The zones are defined as information systems together with the
// data they handle (2(8)–(10)), so information systems and information must
// name one. Networks, facilities, electronic media, printed documents and
// system documents may name one (a network segment or a medium used in one
// zone only) but need not: a building, a backbone or a paper file is not
// inside a zone. An invalid kind requires nothing, since the kind itself is
// reported.
func (k Kind) ZoneRequired() bool { return k == InformationSystem || k == Information }

// ParseError is the error of every Parse function and UnmarshalText method
// of this package for text that names no member of a closed set.
type ParseError = enum.ParseError

// MarshalError is the error of every MarshalText method of this package for
// a value that is not a member of its closed set (an unclassified level
// among them).
type MarshalError = enum.MarshalError
