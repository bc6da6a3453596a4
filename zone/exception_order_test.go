package zone_test

import (
	"slices"
	"testing"

	"github.com/jichitai-sec/policy/date"
	"github.com/jichitai-sec/policy/zone"
)

// TestVerdictNamesTheLeastID: whatever the order of the list, the verdict
// names the same exception: the least id among those of the same standing.
func TestVerdictNamesTheLeastID(t *testing.T) {
	f := zone.Flow{From: zone.In(zone.MyNumberZone), To: zone.In(zone.BusinessZone), Channel: zone.Media}
	local := func(id, expires string) zone.Exception {
		return zone.Exception{ID: id, From: f.From, To: f.To, Channel: zone.Media,
			Covers: []zone.NodePair{{From: "m", To: "b"}}, Justification: "統計 / statistics",
			ApprovedBy: "CISO", ApprovedOn: date.MustParse("2026-04-01"), ExpiresOn: date.MustParse(expires)}
	}
	asOf := date.MustParse("2026-06-01")
	cases := []struct {
		name string
		list []zone.Exception
		rule zone.Rule
		id   string
	}{
		{"two active", []zone.Exception{local("EX-9", "2027-03-31"), local("EX-2", "2027-03-31")}, zone.RuleMyNumberException, "EX-2"},
		{"two expired", []zone.Exception{local("EX-9", "2026-05-01"), local("EX-2", "2026-05-01")}, zone.RuleMyNumberIsolated, "EX-2"},
		{"active beats a lesser expired id", []zone.Exception{local("EX-1", "2026-05-01"), local("EX-5", "2027-03-31")}, zone.RuleMyNumberException, "EX-5"},
	}
	for _, c := range cases {
		for _, list := range [][]zone.Exception{c.list, {c.list[1], c.list[0]}} {
			v := zone.Check(f, list, asOf)
			if v.Rule != c.rule || v.Exception != c.id {
				t.Errorf("%s, order %s, %s: got %s naming %q, want %s naming %q", c.name, list[0].ID, list[1].ID, v.Rule, v.Exception, c.rule, c.id)
			}
			top := zone.Topology{Nodes: []zone.Node{{ID: "m", At: f.From}, {ID: "b", At: f.To}},
				Links: []zone.Link{{From: "m", To: "b", Channel: zone.Media}}}
			r, err := zone.FindLeaks(top, list, asOf, "/topology")
			if err != nil {
				t.Fatal(err)
			}
			if got := r.Verdicts[0]; got != v {
				t.Errorf("%s: FindLeaks gives %+v, Check %+v", c.name, got, v)
			}
		}
	}
}

// TestLeakNamesTheNearestLeastSource: of two My Number zone nodes as near
// to a leak, the leak names the one with the least id, whatever the order
// of the nodes and links.
func TestLeakNamesTheNearestLeastSource(t *testing.T) {
	ex := func(id, from string) zone.Exception {
		return zone.Exception{ID: id, From: zone.In(zone.MyNumberZone), To: zone.In(zone.BusinessZone), Channel: zone.Media,
			Covers: []zone.NodePair{{From: from, To: "b"}}, Justification: "統計 / statistics",
			ApprovedBy: "CISO", ApprovedOn: date.MustParse("2026-04-01"), ExpiresOn: date.MustParse("2027-03-31")}
	}
	nodes := []zone.Node{{ID: "m-b", At: myNumber}, {ID: "m-a", At: myNumber}, {ID: "b", At: business}, {ID: "i", At: internetZ}}
	links := []zone.Link{
		{From: "m-b", To: "b", Channel: zone.Media}, {From: "m-a", To: "b", Channel: zone.Media},
		{From: "b", To: "i", Channel: zone.Sanitized, Method: zone.FileSanitization},
	}
	exs := []zone.Exception{ex("EX-1", "m-b"), ex("EX-2", "m-a")}
	for _, reverse := range []bool{false, true} {
		top := zone.Topology{Nodes: slices.Clone(nodes), Links: slices.Clone(links)}
		if reverse {
			slices.Reverse(top.Nodes)
			slices.Reverse(top.Links)
		}
		r, err := zone.FindLeaks(top, exs, date.MustParse("2026-06-01"), "")
		if err != nil || len(r.Leaks) != 1 {
			t.Fatalf("reverse %v: %v, %+v", reverse, err, r)
		}
		l := r.Leaks[0]
		if got := top.Nodes[l.Source].ID; got != "m-a" || l.Hops != 2 {
			t.Errorf("reverse %v: the leak of %s starts at %s in %d hops, want m-a in 2", reverse, l.ID, got, l.Hops)
		}
		w := r.Witness(l)
		if len(w) != 2 || w[0].From != "m-a" {
			t.Errorf("reverse %v: witness %+v, want it from m-a", reverse, w)
		}
	}
}
