package zone

import (
	"github.com/jichitai-sec/policy/date"
	"github.com/jichitai-sec/policy/field"
)

// Node is a place in a topology (a system, terminal, server or gateway) and
// the zone or external network it belongs to.
type Node struct {
	ID string   `json:"id"`
	At Endpoint `json:"at"`
}

// Link is a directed connection from one node to another, naming the nodes
// by id, with the channel data takes and, where the rules need them, the
// sanitization method and the boundary safeguard on it.
type Link struct {
	From    string    `json:"from"`
	To      string    `json:"to"`
	Channel Channel   `json:"channel"`
	Method  Method    `json:"method,omitempty"`
	Guard   Safeguard `json:"guard,omitzero"`
}

// Topology is a set of nodes and the directed links between them.
type Topology struct {
	Nodes []Node `json:"nodes"`
	Links []Link `json:"links"`
}

// Hop is one link of a leak path and the verdict that permitted it.
type Hop struct {
	Link    int     `json:"link"` // index into Topology.Links
	From    string  `json:"from"`
	To      string  `json:"to"`
	Verdict Verdict `json:"verdict"`
}

// Leak is a node on the Internet side (the Internet zone or the external
// Internet) that data from the My Number zone can reach although each hop on
// the way is permitted on its own. Path is a shortest witness: its first hop
// starts at a My Number zone node and its last hop ends at Node.
//
// Whatever permits each hop, a leak defeats the purpose of 6(3)ア.
type Leak struct {
	Node string   `json:"node"`
	At   Endpoint `json:"at"`
	Path []Hop    `json:"path"`
}

// FindLeaks reports every Internet-side node reachable from the My Number
// zone over links that Check allows under the given exceptions on asOf, each
// with a shortest witness path, in the order of t.Nodes. It makes one
// breadth-first traversal from all My Number nodes at once, so its cost is
// linear in nodes plus links.
//
// A topology that cannot be analysed soundly is rejected with a field.List
// naming every problem: a node without an id or with a repeated one, a node
// without a valid zone or network, a link naming an unknown node, and a link
// whose flow is invalid (no channel, an unknown method, a method on a channel
// other than sanitized transfer, an invalid safeguard). Such a link is not
// silently treated as absent, since that could hide a leak.
func FindLeaks(t Topology, exceptions []Exception, asOf date.Date) ([]Leak, error) {
	n := len(t.Nodes)
	at := make([]Endpoint, n) // compact copy of the nodes' endpoints
	index, errs := indexNodes(t.Nodes, at)

	// One pass over the links: resolve both ends, decide the link, and
	// count the permitted links leaving each node. from[i] is -1 for a link
	// that is not permitted.
	from := make([]int32, len(t.Links))
	to := make([]int32, len(t.Links))
	offsets := make([]int32, n+1)
	for i := range t.Links {
		l := &t.Links[i]
		a, okA := index[l.From]
		b, okB := index[l.To]
		var v Verdict
		if okA && okB {
			v = Check(Flow{From: at[a], To: at[b], Channel: l.Channel, Method: l.Method, Guard: l.Guard}, exceptions, asOf)
		}
		if !okA || !okB || v.Rule == RuleInvalidFlow {
			errs = linkProblems(index, i, l, errs)
		}
		from[i], to[i] = -1, b
		if v.Allowed() {
			from[i] = a
			offsets[a+1]++
		}
	}
	if len(errs) > 0 {
		return nil, errs
	}
	for i := 1; i <= n; i++ {
		offsets[i] += offsets[i-1]
	}
	out := make([]int32, offsets[n]) // permitted link indices grouped by source node
	fill := make([]int32, n)
	copy(fill, offsets[:n])
	for i, a := range from {
		if a >= 0 {
			out[fill[a]] = int32(i)
			fill[a]++
		}
	}

	// Breadth-first search from every My Number node at once. via[v] is the
	// link by which v was first reached: -1 for a source, -2 for unreached.
	via := fill // reuse: same length, contents no longer needed
	queue := make([]int32, 0, n)
	for v := range at {
		via[v] = -2
		if at[v] == In(MyNumber) {
			via[v] = -1
			queue = append(queue, int32(v))
		}
	}
	for head := 0; head < len(queue); head++ {
		u := queue[head]
		for _, li := range out[offsets[u]:offsets[u+1]] {
			if w := to[li]; via[w] == -2 {
				via[w] = li
				queue = append(queue, w)
			}
		}
	}

	var leaks []Leak
	for v := range at {
		if via[v] < 0 || !at[v].InternetSide() {
			continue
		}
		depth := 0
		for w := int32(v); via[w] >= 0; w = from[via[w]] {
			depth++
		}
		path := make([]Hop, depth)
		for w := int32(v); via[w] >= 0; w = from[via[w]] {
			depth--
			li := via[w]
			path[depth] = Hop{
				Link: int(li), From: t.Links[li].From, To: t.Links[li].To,
				Verdict: Check(Flow{From: at[from[li]], To: at[to[li]], Channel: t.Links[li].Channel,
					Method: t.Links[li].Method, Guard: t.Links[li].Guard}, exceptions, asOf),
			}
		}
		leaks = append(leaks, Leak{Node: t.Nodes[v].ID, At: t.Nodes[v].At, Path: path})
	}
	return leaks, nil
}

// indexNodes maps node ids to their index, copies each node's endpoint
// into at, and reports bad nodes.
func indexNodes(nodes []Node, at []Endpoint) (map[string]int32, field.List) {
	var errs field.List
	index := make(map[string]int32, len(nodes))
	for i, nd := range nodes {
		at[i] = nd.At
		_, dup := index[nd.ID]
		if nd.ID != "" && !dup {
			index[nd.ID] = int32(i)
			if nd.At.Valid() {
				continue
			}
		}
		p := field.Path("nodes").Index(i)
		switch {
		case nd.ID == "":
			errs = errs.Add(p.Child("id"), field.Required, "", "a node needs an id", "ノードにIDがない")
		case dup:
			errs = errs.Add(p.Child("id"), field.Duplicate, nd.ID, "another node has this id", "同じIDのノードが既にある")
		}
		switch {
		case nd.At == Endpoint{}:
			errs = errs.Add(p.Child("at"), field.Required, "", "a node needs a zone or an external network", "ノードの領域又は外部ネットワークが未設定")
		case !nd.At.Valid():
			errs = errs.Add(p.Child("at"), field.Unsupported, nd.At.String(), "not a known zone or external network", "不明な領域又は外部ネットワーク")
		}
	}
	return index, errs
}

// linkProblems reports what is wrong with link i: a missing or dangling
// node reference, or a channel, method or safeguard that is unset, unknown
// or inconsistent.
func linkProblems(index map[string]int32, i int, l *Link, errs field.List) field.List {
	p := field.Path("links").Index(i)
	for _, end := range []struct {
		name, id string
	}{{"from", l.From}, {"to", l.To}} {
		if _, ok := index[end.id]; !ok && end.id == "" {
			errs = errs.Add(p.Child(end.name), field.Required, "", "a link needs both ends", "リンクの端点が未設定")
		} else if !ok {
			errs = errs.Add(p.Child(end.name), field.NotFound, end.id, "no node has this id", "このIDのノードがない")
		}
	}
	switch {
	case l.Channel == 0:
		errs = errs.Add(p.Child("channel"), field.Required, "", "a link needs a channel", "リンクの経路種別が未設定")
	case !l.Channel.Valid():
		errs = errs.Add(p.Child("channel"), field.Unsupported, l.Channel.String(), "not a known channel", "不明な経路種別")
	}
	switch {
	case l.Method == 0:
	case !l.Method.Valid():
		errs = errs.Add(p.Child("method"), field.Unsupported, l.Method.String(), "not a known sanitization method", "不明な無害化方式")
	case l.Channel != Sanitized:
		errs = errs.Add(p.Child("method"), field.Forbidden, l.Method.String(), "a method belongs to sanitized transfer only", "無害化方式は無害化通信にのみ指定できる")
	}
	if !l.Guard.Valid() {
		errs = errs.Add(p.Child("guard"), field.Invalid, l.Guard.Kind.String()+"/"+l.Guard.Functions.String(), "not a known safeguard", "不明な境界防御")
	}
	return errs
}
