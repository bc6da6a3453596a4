package zone_test

import (
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/jichitai-sec/policy/date"
	"github.com/jichitai-sec/policy/field"
	"github.com/jichitai-sec/policy/policytest"
	"github.com/jichitai-sec/policy/zone"
	"pgregory.net/rapid"
)

// bruteForce decides every link and finds the hop distance from the
// nearest My Number zone node to every node (-1 if unreachable),
// independently of FindLeaks: each link is checked against the exceptions
// whose covers name its two nodes, found by scanning every exception, and
// the distances come from a plain breadth-first search that scans every
// link at each step.
func bruteForce(top zone.Topology, exs []zone.Exception, asOf date.Date) ([]zone.Verdict, []int) {
	idx := nodeIndex(top)
	verdicts := make([]zone.Verdict, len(top.Links))
	for i, l := range top.Links {
		var covering []zone.Exception
		for _, e := range exs {
			for _, c := range e.Covers {
				if c.From == l.From && c.To == l.To {
					covering = append(covering, e)
					break
				}
			}
		}
		verdicts[i] = zone.Check(l.Flow(top.Nodes[idx[l.From]].At, top.Nodes[idx[l.To]].At), covering, asOf)
	}
	dist := make([]int, len(top.Nodes))
	var frontier []int
	for i, n := range top.Nodes {
		dist[i] = -1
		if n.At == myNumber {
			dist[i] = 0
			frontier = append(frontier, i)
		}
	}
	for d := 1; len(frontier) > 0; d++ {
		var next []int
		for _, u := range frontier {
			for i, l := range top.Links {
				if w := idx[l.To]; idx[l.From] == u && verdicts[i].Allowed() && dist[w] < 0 {
					dist[w] = d
					next = append(next, w)
				}
			}
		}
		frontier = next
	}
	return verdicts, dist
}

// scenario draws a topology shaped for multi-hop leaks and exceptions for
// it, some in force, some not, some for other systems.
func scenario(t *rapid.T) (zone.Topology, []zone.Exception, date.Date) {
	top := policytest.Topology(14, 30).Draw(t, "topology")
	asOf := policytest.Date().Draw(t, "asOf")
	return top, policytest.ExceptionsFor(top, asOf).Draw(t, "exceptions"), asOf
}

// checkWitness holds the witness of leak l to being a shortest path of
// allowed links from a My Number zone node (its Source) to the leak.
func checkWitness(t interface{ Fatalf(string, ...any) }, top zone.Topology, r *zone.Leaks, l zone.Leak, shortest int) {
	w := r.Witness(l)
	if len(w) != l.Hops || l.Hops < 1 || (shortest >= 0 && l.Hops != shortest) {
		t.Fatalf("%s: witness of %d hops, Hops %d, shortest %d", l.ID, len(w), l.Hops, shortest)
	}
	if top.Nodes[l.Source].At != myNumber || w[0].From != top.Nodes[l.Source].ID || w[len(w)-1].To != l.ID ||
		top.Nodes[l.Node].ID != l.ID || !l.At.InternetSide() || l.At != top.Nodes[l.Node].At {
		t.Fatalf("%s: witness %v does not run from the My Number zone node %d to the leak", l.ID, w, l.Source)
	}
	if w[len(w)-1].Link != l.Via {
		t.Fatalf("%s: last hop %d, Via %d", l.ID, w[len(w)-1].Link, l.Via)
	}
	if via, ok := r.Via(l.Node); !ok || via != l.Via {
		t.Fatalf("%s: Via(%d) = %d, %v; Leak.Via %d", l.ID, l.Node, via, ok, l.Via)
	}
	for i, h := range w {
		link := top.Links[h.Link]
		if link.From != h.From || link.To != h.To || (i > 0 && w[i-1].To != h.From) ||
			!h.Verdict.Allowed() || h.Verdict != r.Verdicts[h.Link] {
			t.Fatalf("%s: hop %d %+v is not an allowed link continuing the path", l.ID, i, h)
		}
	}
}

// TestPropertyLeaksMatchBruteForce: the verdict on every link, the set of
// leaks and the length of each witness are those of the brute force, each
// witness is a shortest valid path, and the report stays linear in size.
func TestPropertyLeaksMatchBruteForce(t *testing.T) {
	var runs, leaky, multi int
	rapid.Check(t, func(t *rapid.T) {
		top, exs, asOf := scenario(t)
		r, err := zone.FindLeaks(top, exs, asOf, "/topology")
		if err != nil {
			t.Fatal(err)
		}
		verdicts, dist := bruteForce(top, exs, asOf)
		if diff := cmp.Diff(verdicts, r.Verdicts); diff != "" {
			t.Fatalf("verdicts (-brute force +FindLeaks):\n%s", diff)
		}
		var want, got []int
		for i, n := range top.Nodes {
			if dist[i] > 0 && n.At.InternetSide() {
				want = append(want, i)
			}
		}
		for _, l := range r.Leaks {
			got = append(got, l.Node)
			checkWitness(t, top, r, l, dist[l.Node])
			if l.Hops >= 3 {
				multi++
			}
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Fatalf("leaking nodes (-brute force +FindLeaks):\n%s", diff)
		}
		if size := len(r.Leaks) + len(r.Verdicts); size > len(top.Nodes)+len(top.Links) {
			t.Fatalf("report of %d entries for %d nodes and %d links", size, len(top.Nodes), len(top.Links))
		}
		if f := r.Findings("/topology"); len(f) != len(r.Leaks) {
			t.Fatalf("%d findings for %d leaks", len(f), len(r.Leaks))
		}
		runs++
		if len(r.Leaks) > 0 {
			leaky++
		}
	})
	// The generators must make leaks, multi-hop ones included, or this
	// property says nothing.
	if leaky*10 < runs || multi == 0 {
		t.Errorf("%d of %d topologies leaked, %d leaks of 3 hops or more: the generators should do better", leaky, runs, multi)
	}
	t.Logf("%d of %d topologies leaked, %d leaks of 3 hops or more", leaky, runs, multi)
}

// TestPropertyScopedExceptionsOpenTheirLinks: a link into or out of the My
// Number zone is allowed exactly when an exception whose covers name its
// two nodes permits its flow, and the verdict cites such an exception.
func TestPropertyScopedExceptionsOpenTheirLinks(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		top, exs, asOf := scenario(t)
		r, err := zone.FindLeaks(top, exs, asOf, "")
		if err != nil {
			t.Fatal(err)
		}
		idx := nodeIndex(top)
		for i, l := range top.Links {
			f := l.Flow(top.Nodes[idx[l.From]].At, top.Nodes[idx[l.To]].At)
			if (f.From == myNumber) == (f.To == myNumber) {
				continue
			}
			opens := map[string]bool{}
			for _, e := range exs {
				if e.Covering(l.From, l.To) && e.Permits(f, asOf) {
					opens[e.ID] = true
				}
			}
			v := r.Verdicts[i]
			if v.Allowed() != (len(opens) > 0) || (v.Allowed() && !opens[v.Exception]) {
				t.Fatalf("link %d %s→%s (%v): %+v; exceptions that open it: %v", i, l.From, l.To, f, v, opens)
			}
			if f.Channel == zone.Sanitized && f.Method == 0 && v.Allowed() {
				t.Fatalf("link %d: sanitized transfer without a method allowed", i)
			}
		}
	})
}

// TestPropertyLeaksDeterministic: the same input gives the same result,
// and neither the order of the exceptions nor extra exceptions that cover
// nothing change which links are allowed or the leak tree.
func TestPropertyLeaksDeterministic(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		top, exs, asOf := scenario(t)
		a, err := zone.FindLeaks(top, exs, asOf, "")
		if err != nil {
			t.Fatal(err)
		}
		b, _ := zone.FindLeaks(top, exs, asOf, "")
		if diff := cmp.Diff(a, b, cmp.AllowUnexported(zone.Leaks{}), policytest.CmpOptions()); diff != "" {
			t.Fatalf("same input, different results:\n%s", diff)
		}
		shuffled := rapid.Permutation(exs).Draw(t, "order")
		for range rapid.IntRange(0, 3).Draw(t, "uncovered") {
			e := policytest.Exception().Draw(t, "uncovered")
			e.Covers = nil
			shuffled = append(shuffled, e)
		}
		c, err := zone.FindLeaks(top, shuffled, asOf, "")
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(a.Leaks, c.Leaks, policytest.CmpOptions()); diff != "" {
			t.Fatalf("the order of the exceptions changed the leaks:\n%s", diff)
		}
		for i := range a.Verdicts {
			if a.Verdicts[i].Allowed() != c.Verdicts[i].Allowed() {
				t.Fatalf("link %d: allowed %v, then %v", i, a.Verdicts[i].Allowed(), c.Verdicts[i].Allowed())
			}
		}
	})
}

// TestPropertyNoLeakWithoutException: without an exception in force, no
// link leaves the My Number zone, so nothing leaks.
func TestPropertyNoLeakWithoutException(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		top, exs, asOf := scenario(t)
		for i := range exs {
			if rapid.Bool().Draw(t, "lapse") {
				exs[i].ExpiresOn = date.MustParse("2019-12-31") // before any date drawn
			}
		}
		r, err := zone.FindLeaks(top, exs, asOf, "")
		if err != nil {
			t.Fatal(err)
		}
		active := false
		for _, v := range r.Verdicts {
			active = active || v.Rule == zone.RuleMyNumberException
		}
		if !active && len(r.Leaks) > 0 {
			t.Fatalf("leaks %+v with no link opened by an exception", r.Leaks)
		}
		none, _ := zone.FindLeaks(top, nil, asOf, "")
		if len(none.Leaks) != 0 {
			t.Fatalf("leaks %+v without any exception", none.Leaks)
		}
	})
}

// TestPropertyBadTopologyFailsClosed: a topology with a defect is refused
// with the problems, never analysed as if the defect were not there.
func TestPropertyBadTopologyFailsClosed(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		top, exs, asOf := scenario(t)
		if len(top.Links) == 0 {
			return
		}
		i := rapid.IntRange(0, len(top.Links)-1).Draw(t, "link")
		top.Links = append([]zone.Link(nil), top.Links...)
		switch rapid.IntRange(0, 3).Draw(t, "defect") {
		case 0:
			top.Links[i].To = "ghost"
		case 1:
			top.Links[i].Channel = 0
		case 2:
			top.Links[i].Method = 200
		default:
			top.Nodes = append(top.Nodes, zone.Node{ID: top.Nodes[0].ID, At: theInternet})
		}
		r, err := zone.FindLeaks(top, exs, asOf, "/t")
		var list field.List
		if r != nil || !errors.As(err, &list) || len(list) == 0 {
			t.Fatalf("FindLeaks of a defective topology = %v, %v", r, err)
		}
		if diff := cmp.Diff(list, top.Validate("/t")); diff != "" {
			t.Fatalf("FindLeaks and Validate disagree:\n%s", diff)
		}
	})
}
