package zone

import (
	"strconv"

	"github.com/jichitai-sec/policy/clause"
	"github.com/jichitai-sec/policy/date"
	"github.com/jichitai-sec/policy/field"
	"github.com/jichitai-sec/policy/finding"
	"github.com/jichitai-sec/policy/lang"
)

// Leak is a node on the Internet side (the Internet zone or the public
// Internet) that data from the My Number zone can reach although each hop
// on the way is permitted on its own. Whatever permits each hop, a leak
// defeats the purpose of 6(3)ア.
//
// A Leak records the last hop of one shortest witness path; Leaks.Witness
// walks the whole path on demand, so that a report of every leak stays
// linear in the size of the topology.
type Leak struct {
	Node   int      `json:"node"`   // index of the leaking node in Topology.Nodes
	ID     string   `json:"id"`     // its id
	At     Endpoint `json:"at"`     // where it is
	Source int      `json:"source"` // index of the My Number zone node the witness starts from (of the nearest, the least id)
	Via    int      `json:"via"`    // index in Topology.Links of the witness's last hop
	Hops   int      `json:"hops"`   // number of hops of the witness
}

// Hop is one link of a witness path and the verdict that permitted it.
type Hop struct {
	Link    int     `json:"link"` // index into Topology.Links
	From    string  `json:"from"`
	To      string  `json:"to"`
	Verdict Verdict `json:"verdict"`
}

// Leaks is the result of FindLeaks: the verdict on every link and the
// leaks, over a shortest-path tree from the My Number zone. Its size is
// linear in the topology whatever its shape. It refers to the Topology it
// was computed from, which must not change while it is in use.
type Leaks struct {
	// Verdicts holds the verdict on each link, indexed like Topology.Links.
	Verdicts []Verdict `json:"verdicts"`
	// Leaks lists every leaking node, in the order of Topology.Nodes.
	Leaks []Leak `json:"leaks"`

	t    Topology
	from []int32 // per link: index of its source node
	via  []int32 // per node: the link by which the search first reached it; -1 for a source, -2 unreached
}

// FindLeaks decides every link of t under the flow rules on asOf and
// reports every Internet-side node reachable from the My Number zone over
// links that are allowed. Each link is checked once, against the exceptions
// whose Covers name its two nodes (an exception is approved for particular
// systems, not for a zone pair), and that verdict is reused for every path
// through it. One breadth-first search from all My Number zone nodes at once
// builds the shortest-path tree, so time and memory are linear in nodes,
// links and the exceptions' covers.
//
// A topology that cannot be analysed soundly is rejected with the
// field.List of Topology.Validate, with paths under at (the topology's own
// path, e.g. "/topology"). Such a link is not silently treated as absent,
// since that could hide a leak.
func FindLeaks(t Topology, exceptions []Exception, asOf date.Date, at field.Path) (*Leaks, error) {
	from, to, errs := t.index(at)
	if len(errs) > 0 {
		return nil, errs
	}
	n := len(t.Nodes)
	r := &Leaks{t: t, Verdicts: make([]Verdict, len(t.Links)), from: from, via: make([]int32, n)}
	ix := indexCovers(exceptions)

	// One pass over the links: decide each, and count the allowed links
	// leaving each node.
	offsets := make([]int32, n+1)
	for i := range t.Links {
		l := &t.Links[i]
		a, b := from[i], to[i]
		f := l.Flow(t.Nodes[a].At, t.Nodes[b].At)
		v := Check(f, nil, asOf)
		if v.Rule == RuleMyNumberIsolated {
			// Check(f, the exceptions covering l, asOf), without copying them.
			w := whyNot{v: v}
			for _, e := range ix.covering(l.From, l.To) {
				w.consider(&f, &exceptions[e], asOf)
			}
			v = w.v
		}
		r.Verdicts[i] = v
		if v.Allowed() {
			offsets[a+1]++
		}
	}
	for i := 1; i <= n; i++ {
		offsets[i] += offsets[i-1]
	}
	out := make([]int32, offsets[n]) // allowed link indices grouped by source node
	fill := r.via                    // borrowed as the fill cursor; reset below
	copy(fill, offsets[:n])
	for i := range t.Links {
		if r.Verdicts[i].Allowed() {
			a := r.from[i]
			out[fill[a]] = int32(i)
			fill[a]++
		}
	}

	// Breadth-first search from every My Number zone node at once.
	queue := make([]int32, 0, n)
	depth := make([]int32, n)
	source := make([]int32, n)
	for v := range t.Nodes {
		r.via[v] = -2
		if t.Nodes[v].At == In(MyNumberZone) {
			r.via[v], source[v] = -1, int32(v)
			queue = append(queue, int32(v))
		}
	}
	// Of several shortest ways into a node, the tree keeps the one from the
	// source with the least id, then through the node with the least id,
	// so that the witness does not depend on the order of the lists. A
	// node at depth d+1 is expanded only after every node at depth d, so
	// its choice is final by then.
	id := func(v int32) string { return t.Nodes[v].ID }
	better := func(u, than int32) bool {
		a, b := id(source[u]), id(source[than])
		return a < b || a == b && id(u) < id(than)
	}
	for head := 0; head < len(queue); head++ {
		u := queue[head]
		for _, li := range out[offsets[u]:offsets[u+1]] {
			switch w := to[li]; {
			case r.via[w] == -2:
				r.via[w], depth[w], source[w] = li, depth[u]+1, source[u]
				queue = append(queue, w)
			case r.via[w] >= 0 && depth[w] == depth[u]+1 && better(u, from[r.via[w]]):
				r.via[w], source[w] = li, source[u]
			}
		}
	}
	leaks := 0
	for v := range t.Nodes {
		if r.via[v] >= 0 && t.Nodes[v].At.InternetSide() {
			leaks++
		}
	}
	r.Leaks = make([]Leak, 0, leaks) // exactly one entry per leak
	for v := range t.Nodes {
		if r.via[v] >= 0 && t.Nodes[v].At.InternetSide() {
			r.Leaks = append(r.Leaks, Leak{Node: v, ID: t.Nodes[v].ID, At: t.Nodes[v].At,
				Source: int(source[v]), Via: int(r.via[v]), Hops: int(depth[v])})
		}
	}
	return r, nil
}

// Via returns the link by which the search first reached node v (the edge
// of the shortest-path tree into v), and false for a My Number zone node,
// a node the search did not reach, or an index out of range.
func (r *Leaks) Via(v int) (link int, ok bool) {
	if v < 0 || v >= len(r.via) || r.via[v] < 0 {
		return -1, false
	}
	return int(r.via[v]), true
}

// Witness returns the shortest path of l, from its My Number zone source to
// l.Node, each hop with its verdict. It allocates that one path only. A
// Leak that is not one of r's (a node the search did not reach, or a
// number of hops or a source that differs from the tree's) has no witness:
// Witness returns nil rather than a path that does not hold.
func (r *Leaks) Witness(l Leak) []Hop {
	if l.Node < 0 || l.Node >= len(r.via) || r.via[l.Node] < 0 || l.Hops <= 0 {
		return nil
	}
	// Walk up the tree once to check the leak against it: every edge of
	// the tree leads from a node reached earlier, so the walk ends at a
	// source within len(r.via) steps.
	hops, w := 0, int32(l.Node)
	for ; r.via[w] >= 0; w = r.from[r.via[w]] {
		hops++
	}
	if hops != l.Hops || int(w) != l.Source {
		return nil
	}
	path := make([]Hop, hops)
	w = int32(l.Node)
	for k := hops - 1; k >= 0; k-- {
		li := r.via[w]
		path[k] = Hop{Link: int(li), From: r.t.Links[li].From, To: r.t.Links[li].To, Verdict: r.Verdicts[li]}
		w = r.from[li]
	}
	return path
}

// Findings returns one finding for each leak (RuleMyNumberLeak, 6(3)ア, at
// the leaking node's path under at), naming the leaking node and the My
// Number zone node the witness starts from, with the number of hops and the
// last hop. The total size is linear in the number of leaks.
func (r *Leaks) Findings(at field.Path) []finding.Finding {
	out := make([]finding.Finding, 0, len(r.Leaks))
	for _, l := range r.Leaks {
		src := r.t.Nodes[l.Source].ID
		last := r.t.Links[l.Via]
		hops := strconv.Itoa(l.Hops)
		link := string(at.Child("links").Index(l.Via))
		out = append(out, finding.Finding{
			Rule: RuleMyNumberLeak.String(), Severity: finding.For(RuleMyNumberLeak.Clause()),
			Clause: RuleMyNumberLeak.Clause(), Also: []clause.Clause{RuleMyNumberLeak.Also()},
			Path: at.Child("nodes").Index(l.Node), IDs: []string{l.ID, src},
			Text: lang.Of(
				"マイナンバー利用事務系の「"+src+"」から"+hops+"回の通信で"+l.At.Ja()+"の「"+l.ID+"」に届く（最後の経路："+link+"、"+last.From+"→"+last.To+"）",
				"data from My Number zone node "+strconv.Quote(src)+" reaches "+strconv.Quote(l.ID)+" in "+place(l.At)+
					" in "+hops+" hops, each permitted on its own (last hop "+link+", "+last.From+" → "+last.To+")"),
		})
	}
	return out
}

// LinkFindings returns a finding for each link whose verdict is not a plain
// allowance: each denied link (an error, or the severity of its clause), each
// link allowed with a warning, and, for the record (finding.Info), each link
// allowed under an exception. Paths are under at, as "<at>/links/<i>".
func (r *Leaks) LinkFindings(at field.Path) []finding.Finding {
	var out []finding.Finding
	for i, v := range r.Verdicts {
		if v.Allowed() && !v.Warning() && v.Rule != RuleMyNumberException {
			continue
		}
		l := &r.t.Links[i]
		out = append(out, v.Finding(at.Child("links").Index(i), l.From, l.To))
	}
	return out
}

// coverIndex groups the exceptions by the node pairs their Covers name, so
// that a link is checked only against the exceptions approved for its two
// nodes, whatever the number of others. It holds indices into the list of
// exceptions, not copies.
type coverIndex struct {
	pair    map[NodePair]int32
	offsets []int32 // the exceptions of pair p are grouped[offsets[p]:offsets[p+1]]
	grouped []int32 // indices into the exceptions, in the order of the list
}

func indexCovers(exceptions []Exception) coverIndex {
	covers := 0
	for i := range exceptions {
		covers += len(exceptions[i].Covers)
	}
	ix := coverIndex{pair: make(map[NodePair]int32, covers)}
	var counts []int32
	var last []int32 // per pair: 1 + the index of the last exception counted for it
	for i := range exceptions {
		for _, c := range exceptions[i].Covers {
			p, ok := ix.pair[c]
			if !ok {
				p = int32(len(counts))
				ix.pair[c] = p
				counts, last = append(counts, 0), append(last, 0)
			}
			if last[p] != int32(i+1) { // a pair named twice by one exception counts once
				counts[p]++
				last[p] = int32(i + 1)
			}
		}
	}
	ix.offsets = make([]int32, len(counts)+1)
	for p, c := range counts {
		ix.offsets[p+1] = ix.offsets[p] + c
	}
	ix.grouped = make([]int32, ix.offsets[len(counts)])
	fill := append([]int32(nil), ix.offsets[:len(counts)]...)
	clear(last)
	for i := range exceptions {
		for _, c := range exceptions[i].Covers {
			p := ix.pair[c]
			if last[p] != int32(i+1) {
				ix.grouped[fill[p]] = int32(i)
				fill[p]++
				last[p] = int32(i + 1)
			}
		}
	}
	return ix
}

// covering returns the indices of the exceptions whose Covers name the
// link from → to.
func (ix *coverIndex) covering(from, to string) []int32 {
	p, ok := ix.pair[NodePair{From: from, To: to}]
	if !ok {
		return nil
	}
	return ix.grouped[ix.offsets[p]:ix.offsets[p+1]]
}

// place names an endpoint in English running text: "the Internet zone",
// "the public Internet" (whose label already has its article).
func place(e Endpoint) string {
	if e.Zone() != 0 {
		return "the " + e.En()
	}
	return e.En()
}
