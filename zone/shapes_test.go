package zone_test

import (
	"math/rand/v2"
	"strconv"

	"github.com/jichitai-sec/policy/date"
	"github.com/jichitai-sec/policy/zone"
)

// The topologies the benchmarks and the linear-memory test run on, each
// built from n, deterministically.

// inForce is a local approval of flow f for the one pair of nodes from →
// to, in force on asOf.
func inForce(id string, f zone.Flow, from, to string) zone.Exception {
	return zone.Exception{
		ID: id, From: f.From, To: f.To, Channel: f.Channel, Method: f.Method,
		Covers:        []zone.NodePair{{From: from, To: to}},
		Justification: "benchmark", ApprovedBy: "CISO",
		ApprovedOn: date.MustParse("2026-04-01"), ExpiresOn: date.MustParse("2027-03-31"),
	}
}

// chainShape is the adversarial shape for a report of paths: a My Number
// zone node m, a business node b, then n Internet-zone nodes i0 → i1 → … ,
// every one of them a leak, the last n+1 hops from m. A report holding a
// path per leak would be quadratic in n.
func chainShape(n int) (zone.Topology, []zone.Exception) {
	top := zone.Topology{Nodes: make([]zone.Node, 0, n+2), Links: make([]zone.Link, 0, n+1)}
	top.Nodes = append(top.Nodes, zone.Node{ID: "m", At: myNumber}, zone.Node{ID: "b", At: business})
	top.Links = append(top.Links, zone.Link{From: "m", To: "b", Channel: zone.Media},
		zone.Link{From: "b", To: "i0", Channel: zone.Sanitized, Method: zone.FileSanitization})
	for k := range n {
		id := "i" + strconv.Itoa(k)
		top.Nodes = append(top.Nodes, zone.Node{ID: id, At: internetZ})
		if k > 0 {
			top.Links = append(top.Links, zone.Link{From: "i" + strconv.Itoa(k-1), To: id, Channel: zone.Direct})
		}
	}
	ex := inForce("EX-1", zone.Flow{From: myNumber, To: business, Channel: zone.Media}, "m", "b")
	return top, []zone.Exception{ex}
}

// exceptionsShape is n links from My Number zone nodes m<k> to business
// nodes b<k>, each covered by its own exception that does not apply: an
// expired one for even k, one for another channel for odd k. Nothing
// leaks; every link is checked against its own exception only.
func exceptionsShape(n int) (zone.Topology, []zone.Exception) {
	top := zone.Topology{Nodes: make([]zone.Node, 0, 2*n), Links: make([]zone.Link, 0, n)}
	exs := make([]zone.Exception, 0, n)
	for k := range n {
		m, b := "m"+strconv.Itoa(k), "b"+strconv.Itoa(k)
		top.Nodes = append(top.Nodes, zone.Node{ID: m, At: myNumber}, zone.Node{ID: b, At: business})
		top.Links = append(top.Links, zone.Link{From: m, To: b, Channel: zone.Media})
		e := inForce("EX-"+strconv.Itoa(k), zone.Flow{From: myNumber, To: business, Channel: zone.Media}, m, b)
		if k%2 == 0 {
			e.ExpiresOn = date.MustParse("2026-05-31")
		} else {
			e.Channel = zone.Direct
		}
		exs = append(exs, e)
	}
	return top, exs
}

// randomShape is a random topology of n nodes and 10n links, with the
// zones and networks in proportions like an organization's (most nodes in
// the business zone), and for every other link out of the My Number zone
// an exception in force covering it.
func randomShape(n int) (zone.Topology, []zone.Exception) {
	r := rand.New(rand.NewPCG(uint64(n), 10))
	weights := []struct {
		at zone.Endpoint
		w  int
	}{{myNumber, 10}, {business, 50}, {internetZ, 30}, {theInternet, 4}, {lgwan, 4}, {national, 2}}
	top := zone.Topology{Nodes: make([]zone.Node, n), Links: make([]zone.Link, 10*n)}
	for i := range top.Nodes {
		x := r.IntN(100)
		at := weights[0].at
		for _, w := range weights {
			if x < w.w {
				at = w.at
				break
			}
			x -= w.w
		}
		top.Nodes[i] = zone.Node{ID: "node-" + strconv.Itoa(i), At: at}
	}
	var exs []zone.Exception
	for i := range top.Links {
		a, b := r.IntN(n), r.IntN(n)
		l := zone.Link{From: top.Nodes[a].ID, To: top.Nodes[b].ID, Channel: zone.Channel(1 + r.IntN(3)),
			Guard: zone.Safeguard{Kind: zone.UTM, Functions: zone.Functions(r.IntN(16))}}
		if l.Channel == zone.Sanitized {
			l.Method = zone.Method(r.IntN(8))
		}
		top.Links[i] = l
		f := l.Flow(top.Nodes[a].At, top.Nodes[b].At)
		if f.From == myNumber && f.To == business && (f.Channel != zone.Sanitized || f.Method != 0) && r.IntN(2) == 0 {
			exs = append(exs, inForce("EX-"+strconv.Itoa(i), zone.Flow{From: f.From, To: f.To, Channel: f.Channel, Method: f.Method}, l.From, l.To))
		}
	}
	return top, exs
}
