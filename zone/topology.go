package zone

import (
	"github.com/jichitai-sec/policy/field"
	"github.com/jichitai-sec/policy/lang"
)

// Node is a place in a topology (a system, terminal, server or gateway) and
// the zone or external network it belongs to. A node that is also an
// information asset of the organization names it (Asset, an asset id), so
// that the two are one element; the package that holds both (the policy
// document) checks that the reference resolves and the zones agree.
type Node struct {
	ID    string   `json:"id"`             // unique among the topology's nodes; links name nodes by it
	At    Endpoint `json:"at"`             // the zone or external network the node belongs to
	Asset string   `json:"asset,omitzero"` // the id of the information asset the node is, if it is one
}

// Link is a directed connection from one node to another, naming the nodes
// by id, with the channel data takes and, where the rules need them, the
// sanitization method and the boundary safeguard on it.
type Link struct {
	From    string    `json:"from"`            // the id of the node data leaves
	To      string    `json:"to"`              // the id of the node data reaches
	Channel Channel   `json:"channel"`         // how data crosses
	Method  Method    `json:"method,omitzero"` // with sanitized transfer only: the sanitization method
	Guard   Safeguard `json:"guard,omitzero"`  // between the Internet zone and the public Internet: the boundary safeguard
}

// Flow returns the flow of the link between endpoints from and to (those of
// its two nodes): the one conversion from a link to a flow.
func (l *Link) Flow(from, to Endpoint) Flow {
	return Flow{From: from, To: to, Channel: l.Channel, Method: l.Method, Guard: l.Guard}
}

// Topology is a set of nodes and the directed links between them.
type Topology struct {
	Nodes []Node `json:"nodes"`
	Links []Link `json:"links"`
}

// Validate reports every problem that keeps t from being analysed soundly,
// with paths under at (the topology's own path, e.g. "/topology"): a node
// without an id or with a repeated one, a node without a valid zone or
// network, a link naming no node or an unknown one, and a link whose
// channel, method or safeguard is unset, unknown or inconsistent.
func (t *Topology) Validate(at field.Path) field.List {
	_, _, errs := t.index(at)
	return errs
}

// index resolves the ends of every link to the indices of its nodes (from
// and to, indexed like t.Links) and reports every problem of t. Each node
// id is looked up once per link end, and a path is built only for an
// element with a problem.
func (t *Topology) index(at field.Path) (from, to []int32, errs field.List) {
	ids := field.NewIDs(at.Child("nodes"), lang.Of("ノード", "a node"), len(t.Nodes)) // also resolves the links' ends
	for i := range t.Nodes {
		nd := &t.Nodes[i]
		if e := ids.Check(i, nd.ID); e != nil {
			errs = append(errs, e)
		}
		if nd.At.Valid() {
			continue // the common case: no path built
		}
		p := at.Child("nodes").Index(i)
		switch {
		case nd.At == Endpoint{}:
			errs = append(errs, field.Required(p.Child("at"), lang.Of("ノードの領域又は外部ネットワークが未設定", "a node needs a zone or an external network")))
		case !nd.At.Valid():
			errs = append(errs, field.NotSupported(p.Child("at"), nd.At, Endpoints()))
		}
	}
	from, to = make([]int32, len(t.Links)), make([]int32, len(t.Links))
	for i := range t.Links {
		l := &t.Links[i]
		a, okA := ids.Lookup(l.From)
		b, okB := ids.Lookup(l.To)
		if f := (Flow{Channel: l.Channel, Method: l.Method, Guard: l.Guard}); okA && okB && f.crossingValid() {
			from[i], to[i] = int32(a), int32(b) // the common case: problems would report nothing
			continue
		}
		errs = l.problems(ids, at.Child("links").Index(i), errs)
	}
	return from, to, errs
}

// problems appends what is wrong with the link at path p: a missing or
// dangling node reference, or a channel, method or safeguard that is
// unset, unknown or inconsistent.
func (l *Link) problems(ids *field.IDs, p field.Path, errs field.List) field.List {
	for _, end := range [...]struct{ name, id string }{{"from", l.From}, {"to", l.To}} {
		if _, ok := ids.Lookup(end.id); ok {
			continue
		} else if end.id == "" {
			errs = append(errs, field.Required(p.Child(end.name), lang.Of("リンクの端点が未設定", "a link needs both ends")))
		} else {
			errs = append(errs, field.NotFound(p.Child(end.name), end.id, lang.Of("このIDのノードがない", "no node has this id")))
		}
	}
	switch {
	case l.Channel == 0:
		errs = append(errs, field.Required(p.Child("channel"), lang.Of("リンクの経路種別が未設定", "a link needs a channel")))
	case !l.Channel.Valid():
		errs = append(errs, field.NotSupported(p.Child("channel"), l.Channel, Channels()))
	}
	switch {
	case l.Method == 0:
	case !l.Method.Valid():
		errs = append(errs, field.NotSupported(p.Child("method"), l.Method, Methods()))
	case l.Channel != Sanitized:
		errs = append(errs, field.Forbidden(p.Child("method"), l.Method.String(),
			lang.Of("無害化方式は無害化通信にのみ指定できる", "a method belongs to sanitized transfer only")))
	}
	if !l.Guard.Valid() {
		errs = append(errs, field.Invalid(p.Child("guard"), l.Guard.String(),
			lang.Of("不明な境界防御（種別と機能の組合せ）", "not a known safeguard (kind and functions)")))
	}
	return errs
}
