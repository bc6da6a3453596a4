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

// chain is a topology where every hop is permitted on its own, yet data of
// the My Number zone reaches the Internet: an exception lets it out to the
// business zone, sanitized transfer carries it on, the UTM lets it out.
func chain() (zone.Topology, []zone.Exception) {
	top := zone.Topology{
		Nodes: []zone.Node{
			{ID: "juki", At: myNumber},
			{ID: "file-server", At: business},
			{ID: "mail-gw", At: internetZ},
			{ID: "internet", At: theInternet},
			{ID: "lgwan", At: lgwan},
			{ID: "web", At: internetZ}, // reachable only from the Internet: not a leak
		},
		Links: []zone.Link{
			{From: "juki", To: "file-server", Channel: zone.Media},
			{From: "file-server", To: "mail-gw", Channel: zone.Sanitized, Method: zone.FileSanitization},
			{From: "mail-gw", To: "internet", Channel: zone.Direct, Guard: fullUTM},
			{From: "juki", To: "mail-gw", Channel: zone.Direct}, // denied: 6(3)ア
			{From: "file-server", To: "lgwan", Channel: zone.Direct},
			{From: "internet", To: "web", Channel: zone.Direct, Guard: fullUTM},
			{From: "lgwan", To: "web", Channel: zone.Direct}, // denied: Internet zone ↔ LGWAN
		},
	}
	exs := []zone.Exception{{
		ID: "EX-7", From: myNumber, To: business, Channel: zone.Media, Justification: "statistics export / 統計データの提供",
		ApprovedBy: "CISO", ApprovedOn: date.MustParse("2026-04-01"), ExpiresOn: date.MustParse("2027-03-31"),
	}}
	return top, exs
}

func TestFindLeaksMultiHop(t *testing.T) {
	top, exs := chain()
	leaks, err := zone.FindLeaks(top, exs, asOf)
	if err != nil {
		t.Fatal(err)
	}
	path := []zone.Hop{
		{Link: 0, From: "juki", To: "file-server", Verdict: zone.Verdict{Rule: zone.RuleMyNumberException, Exception: "EX-7"}},
		{Link: 1, From: "file-server", To: "mail-gw", Verdict: zone.Verdict{Rule: zone.RuleSanitizedTransfer}},
	}
	want := []zone.Leak{
		{Node: "mail-gw", At: internetZ, Path: path},
		{Node: "internet", At: theInternet, Path: append(path[:2:2], zone.Hop{Link: 2, From: "mail-gw", To: "internet", Verdict: zone.Verdict{Rule: zone.RuleBoundaryComplete}})},
		{Node: "web", At: internetZ, Path: append(path[:2:2],
			zone.Hop{Link: 2, From: "mail-gw", To: "internet", Verdict: zone.Verdict{Rule: zone.RuleBoundaryComplete}},
			zone.Hop{Link: 5, From: "internet", To: "web", Verdict: zone.Verdict{Rule: zone.RuleBoundaryComplete}})},
	}
	if diff := cmp.Diff(want, leaks, policytest.CmpOptions()); diff != "" {
		t.Errorf("leaks (-want +got):\n%s", diff)
	}

	// Once the exception has expired, the My Number node is isolated again.
	leaks, err = zone.FindLeaks(top, exs, date.MustParse("2027-04-01"))
	if err != nil || len(leaks) != 0 {
		t.Errorf("after expiry: leaks %v, err %v; want none", leaks, err)
	}
}

func TestFindLeaksRejectsBadTopology(t *testing.T) {
	top := zone.Topology{
		Nodes: []zone.Node{
			{ID: "a", At: myNumber},
			{ID: "", At: business},
			{ID: "a", At: internetZ},
			{ID: "b"},
		},
		Links: []zone.Link{
			{From: "a", To: "ghost", Channel: zone.Direct},
			{From: "", To: "a", Channel: zone.Direct},
			{From: "a", To: "b"},
			{From: "a", To: "b", Channel: zone.Media, Method: zone.PDFConversion},
			{From: "a", To: "b", Channel: zone.Direct, Guard: zone.Safeguard{Kind: 7}},
		},
	}
	_, err := zone.FindLeaks(top, nil, asOf)
	var list field.List
	if !errors.As(err, &list) {
		t.Fatalf("err = %v, want a field.List", err)
	}
	type problem struct {
		Path field.Path
		Kind field.Kind
	}
	var got []problem
	for _, e := range list {
		got = append(got, problem{e.Path, e.Kind})
	}
	want := []problem{
		{"nodes[1].id", field.Required},
		{"nodes[2].id", field.Duplicate},
		{"nodes[3].at", field.Required},
		{"links[0].to", field.NotFound},
		{"links[1].from", field.Required},
		{"links[2].channel", field.Required},
		{"links[3].method", field.Forbidden},
		{"links[4].guard", field.Invalid},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("problems (-want +got):\n%s", diff)
	}
}

// bruteForce computes, independently of FindLeaks, the hop distance from
// the nearest My Number node to every node (-1 if unreachable), by relaxing
// every permitted link until nothing changes.
func bruteForce(top zone.Topology, exs []zone.Exception, asOf date.Date) []int {
	idx := map[string]int{}
	for i, n := range top.Nodes {
		idx[n.ID] = i
	}
	dist := make([]int, len(top.Nodes))
	for i, n := range top.Nodes {
		dist[i] = -1
		if n.At == myNumber {
			dist[i] = 0
		}
	}
	for changed := true; changed; {
		changed = false
		for _, l := range top.Links {
			a, b := idx[l.From], idx[l.To]
			f := zone.Flow{From: top.Nodes[a].At, To: top.Nodes[b].At, Channel: l.Channel, Method: l.Method, Guard: l.Guard}
			if dist[a] >= 0 && zone.Check(f, exs, asOf).Allowed() && (dist[b] < 0 || dist[a]+1 < dist[b]) {
				dist[b] = dist[a] + 1
				changed = true
			}
		}
	}
	return dist
}

func TestPropertyLeaksMatchBruteForce(t *testing.T) {
	// Leaks are rare in random graphs (about one topology in eight has one),
	// so run five times rapid's default number of checks.
	for range 5 {
		rapid.Check(t, leaksMatchBruteForce)
	}
}

func leaksMatchBruteForce(t *rapid.T) {
	top := policytest.Topology(12, 30).Draw(t, "topology")
	asOf := policytest.Date().Draw(t, "asOf")
	// Exceptions for links of the topology itself: for each link out of
	// or into the My Number zone, maybe one in force and maybe one that
	// is not, so that paths out of the zone occur.
	var exs []zone.Exception
	for _, l := range top.Links {
		f := zone.Flow{From: top.Nodes[mustIndex(top, l.From)].At, To: top.Nodes[mustIndex(top, l.To)].At,
			Channel: l.Channel, Method: l.Method}
		if !zone.Grantable(f) {
			continue
		}
		if rapid.Bool().Draw(t, "inForce") {
			exs = append(exs, policytest.ExceptionInForce(f, asOf).Draw(t, "exception"))
		}
		if rapid.Bool().Draw(t, "other") {
			exs = append(exs, policytest.ExceptionFor(f).Draw(t, "exception"))
		}
	}
	leaks, err := zone.FindLeaks(top, exs, asOf)
	if err != nil {
		t.Fatal(err)
	}
	dist := bruteForce(top, exs, asOf)
	var want []string
	for i, n := range top.Nodes {
		if dist[i] >= 0 && n.At.InternetSide() {
			want = append(want, n.ID)
		}
	}
	var got []string
	for _, l := range leaks {
		got = append(got, l.Node)
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Fatalf("leak nodes (-brute force +FindLeaks):\n%s", diff)
	}
	idx := map[string]int{}
	for i, n := range top.Nodes {
		idx[n.ID] = i
	}
	for _, l := range leaks {
		// The witness is a shortest path of permitted links from a My
		// Number node to the leak.
		if len(l.Path) != dist[idx[l.Node]] || len(l.Path) == 0 {
			t.Fatalf("%s: path of %d hops, shortest is %d", l.Node, len(l.Path), dist[idx[l.Node]])
		}
		if top.Nodes[idx[l.Path[0].From]].At != myNumber || l.Path[len(l.Path)-1].To != l.Node {
			t.Fatalf("%s: path %v does not run from the My Number zone to the leak", l.Node, l.Path)
		}
		for i, h := range l.Path {
			link := top.Links[h.Link]
			if link.From != h.From || link.To != h.To || (i > 0 && l.Path[i-1].To != h.From) || !h.Verdict.Allowed() {
				t.Fatalf("%s: hop %d %+v is not a permitted link continuing the path", l.Node, i, h)
			}
		}
	}
}

func mustIndex(top zone.Topology, id string) int {
	for i, n := range top.Nodes {
		if n.ID == id {
			return i
		}
	}
	panic("no node " + id)
}
