package gen

import (
	"github.com/jichitai-sec/policy/asset"
	"github.com/jichitai-sec/policy/control"
	"github.com/jichitai-sec/policy/vendors"
	"github.com/jichitai-sec/policy/zone"
)

// The pieces of a document another tool may exchange alone. Each is an
// object, so that it can name its schema with a $schema member, and has
// the members of the document it comes from, spelt and checked alike.

// AssetRegister is an information asset register exchanged alone: the
// classification scheme, stated once, and the assets classified in it.
type AssetRegister struct {
	Schema string        `json:"$schema,omitzero"` // the JSON Schema an editor validates against; not read
	Scheme asset.Scheme  `json:"scheme"`           // the classification scheme of every asset
	Assets []asset.Asset `json:"assets"`           // the information assets (4(2)), each with a unique id
}

// TopologyFile is a topology exchanged alone: the nodes (systems,
// terminals, gateways) with the zone or external network each belongs
// to, and the directed links between them.
type TopologyFile struct {
	Schema string      `json:"$schema,omitzero"` // the JSON Schema an editor validates against; not read
	Nodes  []zone.Node `json:"nodes"`            // the nodes, each with a unique id
	Links  []zone.Link `json:"links"`            // the directed links between nodes, naming them by id
}

// VendorRegister is a vendor register exchanged alone (6(8)): the
// contractors, the external (cloud) services and the social media
// accounts.
type VendorRegister struct {
	Schema      string               `json:"$schema,omitzero"`      // the JSON Schema an editor validates against; not read
	Contractors []vendors.Contractor `json:"contractors,omitempty"` // 業務委託先: the contractors work is outsourced to
	Services    []vendors.Service    `json:"services,omitempty"`    // 外部サービス: the external (cloud) services in use
	Accounts    []vendors.Account    `json:"accounts,omitempty"`    // ソーシャルメディアのアカウント: the social media accounts
}

// RecordList is a list of implementation records exchanged alone: what
// the organization records of each control, for itself or for one asset.
type RecordList struct {
	Schema  string           `json:"$schema,omitzero"` // the JSON Schema an editor validates against; not read
	Records []control.Record `json:"records"`          // the records, at most one per control and scope
}
