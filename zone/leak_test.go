package zone_test

import (
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/jichitai-sec/policy/clause"
	"github.com/jichitai-sec/policy/date"
	"github.com/jichitai-sec/policy/field"
	"github.com/jichitai-sec/policy/finding"
	"github.com/jichitai-sec/policy/lang"
	"github.com/jichitai-sec/policy/policytest"
	"github.com/jichitai-sec/policy/zone"
)

// office is a topology where every hop is permitted on its own, yet data
// of the My Number zone reaches the Internet: an exception approved for
// juki and file-server lets it out to the business zone, sanitized
// transfer carries it on, the UTM lets it out. The same exception does not
// cover juki-2, whose link of the same kind stays closed.
func office() (zone.Topology, []zone.Exception) {
	top := zone.Topology{
		Nodes: []zone.Node{
			{ID: "juki", At: myNumber},        // 0
			{ID: "file-server", At: business}, // 1
			{ID: "mail-gw", At: internetZ},    // 2
			{ID: "internet", At: theInternet}, // 3
			{ID: "lgwan", At: lgwan},          // 4
			{ID: "web", At: internetZ},        // 5: reached from the Internet only
			{ID: "juki-2", At: myNumber},      // 6
		},
		Links: []zone.Link{
			{From: "juki", To: "file-server", Channel: zone.Media},                                       // 0: EX-7
			{From: "file-server", To: "mail-gw", Channel: zone.Sanitized, Method: zone.FileSanitization}, // 1
			{From: "mail-gw", To: "internet", Channel: zone.Direct, Guard: fullUTM},                      // 2
			{From: "juki", To: "mail-gw", Channel: zone.Direct},                                          // 3: 6(3)ア
			{From: "file-server", To: "lgwan", Channel: zone.Direct},                                     // 4
			{From: "internet", To: "web", Channel: zone.Direct, Guard: fullUTM},                          // 5
			{From: "lgwan", To: "web", Channel: zone.Direct},                                             // 6: Internet zone ↔ LGWAN
			{From: "juki-2", To: "file-server", Channel: zone.Media},                                     // 7: EX-7 does not cover it
			{From: "file-server", To: "juki", Channel: zone.Media},                                       // 8: nor the reverse
		},
	}
	exs := []zone.Exception{{
		ID: "EX-7", From: myNumber, To: business, Channel: zone.Media,
		Covers:        []zone.NodePair{{From: "juki", To: "file-server"}},
		Justification: "statistics export / 統計データの提供",
		ApprovedBy:    "CISO", ApprovedOn: date.MustParse("2026-04-01"), ExpiresOn: date.MustParse("2027-03-31"),
	}}
	return top, exs
}

func TestFindLeaksMultiHop(t *testing.T) {
	top, exs := office()
	leaks, err := zone.FindLeaks(top, exs, asOf, "/topology")
	if err != nil {
		t.Fatal(err)
	}
	isolated := zone.Verdict{Rule: zone.RuleMyNumberIsolated}
	wantVerdicts := []zone.Verdict{
		{Rule: zone.RuleMyNumberException, Exception: "EX-7"},
		{Rule: zone.RuleSanitizedTransfer},
		{Rule: zone.RuleBoundaryComplete},
		isolated,
		{Rule: zone.RuleBusinessLGWAN},
		{Rule: zone.RuleBoundaryComplete},
		{Rule: zone.RuleInternetZoneToLGWAN},
		isolated, // same zones and channel as EX-7, other systems
		isolated,
	}
	if diff := cmp.Diff(wantVerdicts, leaks.Verdicts); diff != "" {
		t.Errorf("verdicts (-want +got):\n%s", diff)
	}
	wantLeaks := []zone.Leak{
		{Node: 2, ID: "mail-gw", At: internetZ, Source: 0, Via: 1, Hops: 2},
		{Node: 3, ID: "internet", At: theInternet, Source: 0, Via: 2, Hops: 3},
		{Node: 5, ID: "web", At: internetZ, Source: 0, Via: 5, Hops: 4},
	}
	if diff := cmp.Diff(wantLeaks, leaks.Leaks, policytest.CmpOptions()); diff != "" {
		t.Errorf("leaks (-want +got):\n%s", diff)
	}
	hop := func(i int) zone.Hop {
		return zone.Hop{Link: i, From: top.Links[i].From, To: top.Links[i].To, Verdict: wantVerdicts[i]}
	}
	if diff := cmp.Diff([]zone.Hop{hop(0), hop(1), hop(2), hop(5)}, leaks.Witness(wantLeaks[2])); diff != "" {
		t.Errorf("witness of web (-want +got):\n%s", diff)
	}
	for _, c := range []struct {
		node, link int
		ok         bool
	}{{0, -1, false}, {1, 0, true}, {2, 1, true}, {4, 4, true}, {5, 5, true}, {6, -1, false}, {7, -1, false}, {-1, -1, false}} {
		if link, ok := leaks.Via(c.node); link != c.link || ok != c.ok {
			t.Errorf("Via(%d) = %d, %v; want %d, %v", c.node, link, ok, c.link, c.ok)
		}
	}

	f := leaks.Findings("/topology")
	want := finding.Finding{
		Rule: "mynumber-leak", Severity: finding.Error, Clause: clause.MyNumberIsolation,
		Also: []clause.Clause{clause.DefMyNumberZone}, Path: "/topology/nodes/2", IDs: []string{"mail-gw", "juki"},
		Text: lang.Of("マイナンバー利用事務系の「juki」から2回の通信でインターネット接続系の「mail-gw」に届く（最後の経路：/topology/links/1、file-server→mail-gw）",
			`data from My Number zone node "juki" reaches "mail-gw" in the Internet zone in 2 hops, each permitted on its own (last hop /topology/links/1, file-server → mail-gw)`),
	}
	if len(f) != 3 {
		t.Fatalf("Findings: %d, want one per leak", len(f))
	}
	if diff := cmp.Diff(want, f[0]); diff != "" {
		t.Errorf("first finding (-want +got):\n%s", diff)
	}
	for i, g := range f {
		if g.Path != field.Root.Child("topology").Child("nodes").Index(wantLeaks[i].Node) || g.IDs[0] != wantLeaks[i].ID {
			t.Errorf("finding %d at %s for %v", i, g.Path, g.IDs)
		}
	}

	var got []string
	for _, g := range leaks.LinkFindings("/topology") {
		got = append(got, g.Severity.String()+" "+g.Rule+" "+string(g.Path))
	}
	wantLinks := []string{
		"info mynumber-exception /topology/links/0",
		"error mynumber-isolated /topology/links/3",
		"error internet-zone-to-lgwan /topology/links/6",
		"error mynumber-isolated /topology/links/7",
		"error mynumber-isolated /topology/links/8",
	}
	if diff := cmp.Diff(wantLinks, got); diff != "" {
		t.Errorf("link findings (-want +got):\n%s", diff)
	}

	// Once the exception has expired, the My Number zone is isolated
	// again, and the verdict says which exception no longer applies.
	leaks, err = zone.FindLeaks(top, exs, date.MustParse("2027-04-01"), "/topology")
	if err != nil || len(leaks.Leaks) != 0 {
		t.Fatalf("after expiry: leaks %v, err %v; want none", leaks.Leaks, err)
	}
	if v := leaks.Verdicts[0]; v != (zone.Verdict{Rule: zone.RuleMyNumberIsolated, Exception: "EX-7", NotApplied: zone.ExceptionExpired}) {
		t.Errorf("after expiry, link 0: %+v", v)
	}
}

// TestFindLeaksScope: an exception applies to the links its Covers name,
// in the direction named, and to no other link between the same zones.
func TestFindLeaksScope(t *testing.T) {
	top, exs := office()
	for _, c := range []struct {
		name   string
		covers []zone.NodePair
		leaks  int
	}{
		{"the link", []zone.NodePair{{From: "juki", To: "file-server"}}, 3},
		{"the reverse", []zone.NodePair{{From: "file-server", To: "juki"}}, 0},
		{"another node", []zone.NodePair{{From: "juki-2", To: "file-server"}}, 3},
		{"a node that does not exist", []zone.NodePair{{From: "juki", To: "ghost"}}, 0},
		{"nothing", nil, 0},
		{"twice", []zone.NodePair{{From: "juki", To: "file-server"}, {From: "juki", To: "file-server"}}, 3},
	} {
		exs[0].Covers = c.covers
		leaks, err := zone.FindLeaks(top, exs, asOf, "")
		if err != nil {
			t.Fatal(err)
		}
		if len(leaks.Leaks) != c.leaks {
			t.Errorf("covering %s: %d leaks, want %d", c.name, len(leaks.Leaks), c.leaks)
		}
		idx := nodeIndex(top)
		for i, l := range top.Links {
			covered := false
			for _, p := range c.covers {
				covered = covered || (p == zone.NodePair{From: l.From, To: l.To})
			}
			names := exs[0].Permits(l.Flow(top.Nodes[idx[l.From]].At, top.Nodes[idx[l.To]].At), asOf)
			if opened := leaks.Verdicts[i].Rule == zone.RuleMyNumberException; opened != (covered && names) {
				t.Errorf("covering %s: link %d %s→%s opened %v", c.name, i, l.From, l.To, opened)
			}
		}
	}
}

func TestFindLeaksRejectsBadTopology(t *testing.T) {
	top := zone.Topology{
		Nodes: []zone.Node{
			{ID: "a", At: myNumber},
			{ID: "", At: business},
			{ID: "a", At: internetZ},
			{ID: "b"},
			{ID: "c", At: zone.In(7)},
		},
		Links: []zone.Link{
			{From: "a", To: "ghost", Channel: zone.Direct},
			{From: "", To: "a", Channel: zone.Direct},
			{From: "a", To: "b"},
			{From: "a", To: "b", Channel: zone.Media, Method: zone.PDFConversion},
			{From: "a", To: "b", Channel: zone.Direct, Guard: zone.Safeguard{Kind: 7}},
			{From: "a", To: "b", Channel: 8, Method: 99},
		},
	}
	want := []problem{
		{"/topology/nodes/1/id", field.KindRequired, ""},
		{"/topology/nodes/2/id", field.KindDuplicate, "a"},
		{"/topology/nodes/3/at", field.KindRequired, ""},
		{"/topology/nodes/4/at", field.KindNotSupported, "zone:zone.Zone(7)"},
		{"/topology/links/0/to", field.KindNotFound, "ghost"},
		{"/topology/links/1/from", field.KindRequired, ""},
		{"/topology/links/2/channel", field.KindRequired, ""},
		{"/topology/links/3/method", field.KindForbidden, "pdf-conversion"},
		{"/topology/links/4/guard", field.KindInvalid, "zone.SafeguardKind(7)[none]"},
		{"/topology/links/5/channel", field.KindNotSupported, "zone.Channel(8)"},
		{"/topology/links/5/method", field.KindNotSupported, "zone.Method(99)"},
	}
	leaks, err := zone.FindLeaks(top, nil, asOf, "/topology")
	var list field.List
	if !errors.As(err, &list) || leaks != nil {
		t.Fatalf("FindLeaks = %v, %v; want nil and a field.List", leaks, err)
	}
	if diff := cmp.Diff(want, problems(t, list)); diff != "" {
		t.Errorf("FindLeaks problems (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(want, problems(t, top.Validate("/topology"))); diff != "" {
		t.Errorf("Validate problems (-want +got):\n%s", diff)
	}
	good, _ := office()
	if errs := good.Validate("/topology"); errs != nil {
		t.Errorf("Validate(office) = %v", errs)
	}
}

// TestWitnessOfForeignLeak: Witness walks r's own tree, and a Leak that
// does not fit it gets no witness rather than a false one.
func TestWitnessOfForeignLeak(t *testing.T) {
	top, exs := office()
	leaks, err := zone.FindLeaks(top, exs, asOf, "")
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range []zone.Leak{
		{Node: 2, Source: 0, Hops: 3},  // too many hops
		{Node: 2, Source: 0, Hops: 1},  // too few
		{Node: 2, Source: 6, Hops: 2},  // another source
		{Node: 0, Source: 0, Hops: 0},  // a source itself
		{Node: 6, Source: 6, Hops: 1},  // not reached
		{Node: 99, Source: 0, Hops: 2}, // no such node
		{Node: -1, Source: 0, Hops: 2},
	} {
		if w := leaks.Witness(l); w != nil {
			t.Errorf("Witness(%+v) = %v, want nil", l, w)
		}
	}
	var empty zone.Leaks
	if w := empty.Witness(zone.Leak{Node: 0, Hops: 1}); w != nil {
		t.Errorf("Witness on an empty result = %v", w)
	}
	if _, ok := empty.Via(0); ok {
		t.Error("Via on an empty result")
	}
}
