package zone_test

import (
	"fmt"
	"math/rand/v2"
	"testing"

	"github.com/jichitai-sec/policy/date"
	"github.com/jichitai-sec/policy/zone"
)

// benchFlows is a fixed mix of flows touching every rule.
func benchFlows() []zone.Flow {
	r := rand.New(rand.NewPCG(1, 2))
	eps := zone.Endpoints()
	out := make([]zone.Flow, 256)
	for i := range out {
		f := zone.Flow{
			From:    eps[r.IntN(len(eps))],
			To:      eps[r.IntN(len(eps))],
			Channel: zone.Channel(1 + r.IntN(3)),
			Guard:   zone.Safeguard{Kind: zone.UTM, Functions: zone.Functions(r.IntN(16))},
		}
		if f.Channel == zone.Sanitized {
			f.Method = zone.Method(r.IntN(8))
		}
		out[i] = f
	}
	return out
}

func BenchmarkCheck(b *testing.B) {
	flows := benchFlows()
	_, exs := chain()
	allowed := 0
	for _, f := range flows {
		if zone.Check(f, exs, asOf).Allowed() {
			allowed++
		}
	}
	if allowed == 0 || allowed == len(flows) {
		b.Fatalf("%d of %d flows allowed: the mix should hold both verdicts", allowed, len(flows))
	}
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		zone.Check(flows[i&255], exs, asOf)
	}
}

// benchTopology is a random topology of n nodes and m links, with the
// zones and networks in proportions like an organization's (most nodes in
// the business zone) and one exception out of the My Number zone.
func benchTopology(n, m int) (zone.Topology, []zone.Exception) {
	r := rand.New(rand.NewPCG(uint64(n), uint64(m)))
	weights := []struct {
		at zone.Endpoint
		w  int
	}{{myNumber, 10}, {business, 50}, {internetZ, 30}, {theInternet, 4}, {lgwan, 4}, {national, 2}}
	top := zone.Topology{Nodes: make([]zone.Node, n), Links: make([]zone.Link, m)}
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
		top.Nodes[i] = zone.Node{ID: fmt.Sprintf("node-%d", i), At: at}
	}
	for i := range top.Links {
		l := zone.Link{From: top.Nodes[r.IntN(n)].ID, To: top.Nodes[r.IntN(n)].ID, Channel: zone.Channel(1 + r.IntN(3)),
			Guard: zone.Safeguard{Kind: zone.UTM, Functions: zone.Functions(r.IntN(16))}}
		if l.Channel == zone.Sanitized {
			l.Method = zone.Method(r.IntN(8))
		}
		top.Links[i] = l
	}
	exs := []zone.Exception{{ID: "EX-1", From: myNumber, To: business, Channel: zone.Media, Justification: "j",
		ApprovedBy: "CISO", ApprovedOn: date.MustParse("2026-04-01"), ExpiresOn: date.MustParse("2027-03-31")}}
	return top, exs
}

func BenchmarkFindLeaks(b *testing.B) {
	for _, size := range []struct{ nodes, links int }{{10_000, 100_000}, {100_000, 1_000_000}} {
		top, exs := benchTopology(size.nodes, size.links)
		b.Run(fmt.Sprintf("nodes=%d/links=%d", size.nodes, size.links), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				leaks, err := zone.FindLeaks(top, exs, asOf)
				if err != nil || len(leaks) == 0 {
					b.Fatalf("leaks %d, err %v: the benchmark topology should leak", len(leaks), err)
				}
			}
		})
	}
}
