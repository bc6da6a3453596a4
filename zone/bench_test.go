package zone_test

import (
	"math/rand/v2"
	"strconv"
	"strings"
	"testing"

	"github.com/jichitai-sec/policy/date"
	"github.com/jichitai-sec/policy/zone"
)

// benchFlows is a fixed mix of 256 flows touching every rule of Check, the
// exceptions' own flows among them.
func benchFlows(exs []zone.Exception) []zone.Flow {
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
	for i, e := range exs {
		out[17*i] = e.Flow()
	}
	return out
}

// benchExceptions are the exceptions of the Check benchmark: a local
// approval, a national allowance and one that has expired.
func benchExceptions() []zone.Exception {
	_, exs := office()
	expired := local()
	expired.ID, expired.From, expired.Channel = "EX-2", business, zone.Media
	expired.ExpiresOn = date.MustParse("2026-05-31")
	return append(exs, local(), allowance(), expired)
}

// BenchmarkCheck runs Check over the mix, and beside it the same rules
// written as a plain switch and table lookup (baselineCheck), so that the
// ratio of the two is read from one run. Check must stay within twice the
// baseline, and allocation-free.
func BenchmarkCheck(b *testing.B) {
	exs := benchExceptions()
	flows := benchFlows(exs)
	allowed, byException := 0, 0
	for _, f := range flows {
		v := zone.Check(f, exs, asOf)
		w := baselineCheck(f, exs, asOf)
		if v.Rule != w.Rule || v.Missing != w.Missing || (v.Allowed() && v.Exception != w.Exception) {
			b.Fatalf("%v: Check %+v, baseline %+v: the baseline must decide alike", f, v, w)
		}
		if v.Allowed() {
			allowed++
		}
		if v.Rule == zone.RuleMyNumberException {
			byException++
		}
	}
	if allowed == 0 || allowed == len(flows) || byException == 0 {
		b.Fatalf("%d of %d flows allowed, %d by an exception: the mix should hold every kind of verdict", allowed, len(flows), byException)
	}
	b.Run("library", func(b *testing.B) {
		b.ReportAllocs()
		for i := 0; b.Loop(); i++ {
			zone.Check(flows[i&255], exs, asOf)
		}
	})
	b.Run("switch-baseline", func(b *testing.B) {
		b.ReportAllocs()
		for i := 0; b.Loop(); i++ {
			baselineCheck(flows[i&255], exs, asOf)
		}
	})
	// A caller that builds each flow from its parts in a function of its
	// own, as a tool reading its own records does: the flow is written
	// field by field and handed to Check. It must cost at most twice
	// Check alone.
	type parts struct {
		from, to zone.Endpoint
		channel  zone.Channel
		method   zone.Method
		guard    zone.Safeguard
	}
	ps := make([]parts, len(flows))
	for i, f := range flows {
		ps[i] = parts{f.From, f.To, f.Channel, f.Method, f.Guard}
	}
	b.Run("build-and-check", func(b *testing.B) {
		b.ReportAllocs()
		for i := 0; b.Loop(); i++ {
			p := &ps[i&255]
			zone.Check(buildFlow(p.from, p.to, p.channel, p.method, p.guard), exs, asOf)
		}
	})
}

// buildFlow builds a flow from its parts, never inlined, as a caller's
// own helper may not be.
//
//go:noinline
func buildFlow(from, to zone.Endpoint, c zone.Channel, m zone.Method, g zone.Safeguard) zone.Flow {
	return zone.Flow{From: from, To: to, Channel: c, Method: m, Guard: g}
}

// TestCheckAllocates nothing, whatever the flow and the exceptions.
func TestCheckAllocatesNothing(t *testing.T) {
	exs := benchExceptions()
	flows := benchFlows(exs)
	i := 0
	if n := testing.AllocsPerRun(1000, func() {
		zone.Check(flows[i&255], exs, asOf)
		i++
	}); n != 0 {
		t.Errorf("Check allocates %v times per call", n)
	}
}

// BenchmarkFindLeaks runs FindLeaks on each shape at two sizes ten times
// apart: time and memory should grow about tenfold. The maps sub-benchmark
// does only the hash-map work of FindLeaks (mapWork), the part with
// scattered memory access, so that its cache misses at the larger size can
// be told from the rest.
func BenchmarkFindLeaks(b *testing.B) {
	shapes := []struct {
		name  string
		build func(int) (zone.Topology, []zone.Exception)
		leaks func(n int) int // how many leaks the shape has, -1 for any number but zero
	}{
		{"random", randomShape, func(int) int { return -1 }},
		{"chain", chainShape, func(n int) int { return n }},
		{"exceptions", exceptionsShape, func(int) int { return 0 }},
	}
	for _, s := range shapes {
		for _, n := range []int{10_000, 100_000} {
			top, exs := s.build(n)
			b.Run(s.name+"/nodes="+strconv.Itoa(n), func(b *testing.B) {
				b.ReportAllocs()
				for b.Loop() {
					r, err := zone.FindLeaks(top, exs, asOf, "")
					if want := s.leaks(n); err != nil || (want < 0 && len(r.Leaks) == 0) || (want >= 0 && len(r.Leaks) != want) {
						b.Fatalf("err %v, %d leaks: the %s shape should have %d", err, len(r.Leaks), s.name, want)
					}
				}
			})
			b.Run(s.name+"-touch/nodes="+strconv.Itoa(n), func(b *testing.B) {
				b.ReportAllocs()
				for b.Loop() {
					touch(top)
				}
			})
			b.Run(s.name+"-maps/nodes="+strconv.Itoa(n), func(b *testing.B) {
				b.ReportAllocs()
				for b.Loop() {
					mapWork(top, exs)
				}
			})
		}
	}
}

// baselineCheck is the flow rules as one would write them without the
// library: a switch on the endpoints and a table of the pairs, and a plain
// loop over the exceptions. BenchmarkCheck measures Check against it.
func baselineCheck(f zone.Flow, exs []zone.Exception, asOf date.Date) zone.Verdict {
	a, b := baselineCode(f.From), baselineCode(f.To)
	if a == 0 || b == 0 || f.Channel < zone.Direct || f.Channel > zone.Sanitized ||
		(f.Method != 0 && (f.Channel != zone.Sanitized || f.Method > zone.ScreenTransfer)) ||
		(f.Guard.Kind == 0 && f.Guard.Functions != 0) || f.Guard.Kind > zone.SecurityCloud || f.Guard.Functions > zone.AllFunctions {
		return zone.Verdict{Rule: zone.RuleInvalidFlow}
	}
	noMethod := f.Channel == zone.Sanitized && f.Method == 0
	switch {
	case a == b && a <= 3:
		if noMethod {
			return zone.Verdict{Rule: zone.RuleSanitizationMethodMissing}
		}
		return zone.Verdict{Rule: zone.RuleSameZone}
	case a == 1 || b == 1:
		for i := range exs {
			e := &exs[i]
			if e.From == f.From && e.To == f.To && e.Channel == f.Channel && e.Method == f.Method && baselineActive(e, asOf) {
				return zone.Verdict{Rule: zone.RuleMyNumberException, Exception: e.ID}
			}
		}
		return zone.Verdict{Rule: zone.RuleMyNumberIsolated}
	case (a > 3 || b > 3) && f.Channel != zone.Direct:
		return zone.Verdict{Rule: zone.RuleExternalNeedsDirect}
	}
	r := baselinePairs[a][b]
	switch {
	case r == zone.RuleSanitizedTransfer && f.Channel != zone.Sanitized:
		return zone.Verdict{Rule: zone.RuleBusinessInternetSeparated}
	case r == zone.RuleSanitizedTransfer && noMethod:
		return zone.Verdict{Rule: zone.RuleSanitizationMethodMissing}
	case r == zone.RuleBoundaryComplete && (f.Guard.Kind == 0 || f.Guard.Functions == 0):
		return zone.Verdict{Rule: zone.RuleBoundaryMissing}
	case r == zone.RuleBoundaryComplete && f.Guard.Functions != zone.AllFunctions:
		return zone.Verdict{Rule: zone.RuleBoundaryIncomplete, Missing: zone.AllFunctions &^ f.Guard.Functions}
	}
	return zone.Verdict{Rule: r}
}

// baselineCode numbers the endpoints 1-6 (the zones, then the networks),
// 0 for an invalid one.
func baselineCode(e zone.Endpoint) int {
	z, n := e.Zone(), e.Network()
	switch {
	case z != 0 && n == 0 && z <= zone.InternetZone:
		return int(z)
	case z == 0 && n != 0 && n <= zone.NationalSystem:
		return 3 + int(n)
	}
	return 0
}

// baselinePairs is the rule for two endpoints outside the My Number zone,
// by code: 2 business, 3 Internet zone, 4 the Internet, 5 LGWAN, 6 national.
var baselinePairs = func() (t [7][7]zone.Rule) {
	for a := range t {
		for b := range t[a] {
			t[a][b] = zone.RuleNoPermittingRule
		}
	}
	set := func(a, b int, r zone.Rule) { t[a][b], t[b][a] = r, r }
	set(2, 3, zone.RuleSanitizedTransfer)
	set(3, 4, zone.RuleBoundaryComplete)
	set(2, 5, zone.RuleBusinessLGWAN)
	set(2, 4, zone.RuleBusinessToInternet)
	set(3, 5, zone.RuleInternetZoneToLGWAN)
	return t
}()

// baselineActive is the status check of an exception, written plainly.
func baselineActive(e *zone.Exception, asOf date.Date) bool {
	national := e.Allowance != 0
	switch {
	case e.ID == "" || strings.TrimSpace(e.Justification) == "" || !e.Flow().Valid() ||
		(e.Channel == zone.Sanitized && e.Method == 0) || (national && e.Allowance > zone.ELTAX) ||
		(!national && e.ExpiresOn.IsZero()) || (!e.ApprovedOn.IsZero() && e.ExpiresOn.Before(e.ApprovedOn) && !e.ExpiresOn.IsZero()):
		return false
	case national && !(e.To == myNumber && ((e.From == business && e.Channel != zone.Media) || (e.From == lgwan && e.Channel == zone.Direct))):
		return false
	case !national && !zone.Grantable(e.Flow()):
		return false
	case !national && (e.ApprovedBy == "" || e.ApprovedOn.IsZero()):
		return false
	}
	return !asOf.IsZero() && !asOf.Before(e.ApprovedOn) && (e.ExpiresOn.IsZero() || !asOf.After(e.ExpiresOn))
}

// mapWork is the hash-map work FindLeaks does, alone: a map of the node
// ids, looked up for both ends of every link, and a map of the node pairs
// the exceptions cover, looked up for every link into or out of the My
// Number zone. It returns a checksum so that nothing is optimized away.
func mapWork(top zone.Topology, exs []zone.Exception) int32 {
	ids := make(map[string]int32, len(top.Nodes))
	for i := range top.Nodes {
		ids[top.Nodes[i].ID] = int32(i)
	}
	covers := 0
	for i := range exs {
		covers += len(exs[i].Covers)
	}
	pairs := make(map[zone.NodePair]int32, covers)
	for i := range exs {
		for _, c := range exs[i].Covers {
			pairs[c] = int32(i)
		}
	}
	var sum int32
	for i := range top.Links {
		l := &top.Links[i]
		a, b := ids[l.From], ids[l.To]
		if top.Nodes[a].At == myNumber || top.Nodes[b].At == myNumber {
			sum += pairs[zone.NodePair{From: l.From, To: l.To}]
		}
		sum += a ^ b
	}
	return sum
}

// touch is the least any analysis of top does: read every node and link
// once and write a verdict per link. Its cost grows with the input only
// as the memory hierarchy allows, which is what the larger size measures.
func touch(top zone.Topology) []zone.Verdict {
	out := make([]zone.Verdict, len(top.Links))
	var n int
	for i := range top.Nodes {
		n += len(top.Nodes[i].ID)
	}
	for i := range top.Links {
		l := &top.Links[i]
		out[i] = zone.Verdict{Rule: zone.Rule(1 + (n+len(l.From)+len(l.To)+int(l.Channel))%15)}
	}
	return out
}
