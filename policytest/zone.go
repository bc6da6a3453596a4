package policytest

import (
	"fmt"

	"github.com/google/go-cmp/cmp"
	"github.com/jichitai-sec/policy/date"
	"github.com/jichitai-sec/policy/zone"
	"pgregory.net/rapid"
)

// Zone generates one of the three zones.
func Zone() *rapid.Generator[zone.Zone] { return rapid.SampledFrom(zone.All()) }

// RawZone generates any zone.Zone value, the unset zero and out-of-range
// values included.
func RawZone() *rapid.Generator[zone.Zone] {
	return rapid.Custom(func(t *rapid.T) zone.Zone { return zone.Zone(rapid.Uint8().Draw(t, "zone")) })
}

// Network generates a known external network.
func Network() *rapid.Generator[zone.Network] { return rapid.SampledFrom(zone.Networks()) }

// RawNetwork generates any zone.Network value, invalid ones included.
func RawNetwork() *rapid.Generator[zone.Network] {
	return rapid.Custom(func(t *rapid.T) zone.Network { return zone.Network(rapid.Uint8().Draw(t, "network")) })
}

// Endpoint generates a valid endpoint: a zone or an external network.
func Endpoint() *rapid.Generator[zone.Endpoint] { return rapid.SampledFrom(zone.Endpoints()) }

// RawEndpoint generates any endpoint a caller can build: valid ones, the
// unset zero, and zones or networks out of range.
func RawEndpoint() *rapid.Generator[zone.Endpoint] {
	return rapid.OneOf(
		Endpoint(),
		rapid.Just(zone.Endpoint{}),
		rapid.Map(RawZone(), zone.In),
		rapid.Map(RawNetwork(), zone.External),
	)
}

// Channel generates a known channel.
func Channel() *rapid.Generator[zone.Channel] { return rapid.SampledFrom(zone.Channels()) }

// RawChannel generates any zone.Channel value, invalid ones included.
func RawChannel() *rapid.Generator[zone.Channel] {
	return rapid.Custom(func(t *rapid.T) zone.Channel { return zone.Channel(rapid.Uint8().Draw(t, "channel")) })
}

// Method generates a recognised sanitization method.
func Method() *rapid.Generator[zone.Method] { return rapid.SampledFrom(zone.Methods()) }

// RawMethod generates any zone.Method value, zero and invalid ones included.
func RawMethod() *rapid.Generator[zone.Method] {
	return rapid.Custom(func(t *rapid.T) zone.Method { return zone.Method(rapid.Uint8().Draw(t, "method")) })
}

// NationalAllowance generates one of the standing national allowances.
func NationalAllowance() *rapid.Generator[zone.NationalAllowance] {
	return rapid.SampledFrom(zone.NationalAllowances())
}

// Functions generates a valid set of UTM functions, possibly empty.
func Functions() *rapid.Generator[zone.Functions] {
	return rapid.Custom(func(t *rapid.T) zone.Functions {
		return zone.Functions(rapid.Uint8Range(0, uint8(zone.AllFunctions)).Draw(t, "functions"))
	})
}

// Safeguard generates a valid boundary safeguard: absent (the zero value),
// or a known kind with a valid set of functions.
func Safeguard() *rapid.Generator[zone.Safeguard] {
	return rapid.OneOf(
		rapid.Just(zone.Safeguard{}),
		rapid.Custom(func(t *rapid.T) zone.Safeguard {
			return zone.Safeguard{
				Kind:      rapid.SampledFrom(zone.SafeguardKinds()).Draw(t, "kind"),
				Functions: Functions().Draw(t, "functions"),
			}
		}),
	)
}

// RawSafeguard generates any safeguard value, invalid kinds and function
// bits included.
func RawSafeguard() *rapid.Generator[zone.Safeguard] {
	return rapid.Custom(func(t *rapid.T) zone.Safeguard {
		return zone.Safeguard{
			Kind:      zone.SafeguardKind(rapid.Uint8().Draw(t, "kind")),
			Functions: zone.Functions(rapid.Uint8().Draw(t, "functions")),
		}
	})
}

// Flow generates a valid flow (zone.Flow.Valid holds): valid endpoints and
// channel, a method only on sanitized transfer (sometimes none, which the
// rules deny), and a valid safeguard.
func Flow() *rapid.Generator[zone.Flow] {
	return rapid.Custom(func(t *rapid.T) zone.Flow {
		f := zone.Flow{
			From:    Endpoint().Draw(t, "from"),
			To:      Endpoint().Draw(t, "to"),
			Channel: Channel().Draw(t, "channel"),
			Guard:   Safeguard().Draw(t, "guard"),
		}
		if f.Channel == zone.Sanitized && rapid.IntRange(0, 4).Draw(t, "hasMethod") > 0 {
			f.Method = Method().Draw(t, "method")
		}
		return f
	})
}

// RawFlow generates any flow a caller can build, invalid ones included.
func RawFlow() *rapid.Generator[zone.Flow] {
	return rapid.Custom(func(t *rapid.T) zone.Flow {
		return zone.Flow{
			From:    RawEndpoint().Draw(t, "from"),
			To:      RawEndpoint().Draw(t, "to"),
			Channel: RawChannel().Draw(t, "channel"),
			Method:  RawMethod().Draw(t, "method"),
			Guard:   RawSafeguard().Draw(t, "guard"),
		}
	})
}

// Date generates a date between 2020-01-01 and 2030-12-31.
func Date() *rapid.Generator[date.Date] {
	return rapid.Custom(func(t *rapid.T) date.Date {
		return date.MustParse("2020-01-01").AddDays(rapid.IntRange(0, 4017).Draw(t, "days"))
	})
}

// addDays returns d moved by n days (date.Date.AddDays: an unset d stays
// unset, and the result is kept within the years a date.Date allows). The
// vendor generators use it too.
func addDays(d date.Date, n int) date.Date { return d.AddDays(n) }

// NodePair generates a pair of node ids among "n0" … "n<k-1>" (k at least
// 1), for exceptions' Covers.
func NodePair(k int) *rapid.Generator[zone.NodePair] {
	return rapid.Custom(func(t *rapid.T) zone.NodePair {
		return zone.NodePair{
			From: fmt.Sprintf("n%d", rapid.IntRange(0, max(k, 1)-1).Draw(t, "from")),
			To:   fmt.Sprintf("n%d", rapid.IntRange(0, max(k, 1)-1).Draw(t, "to")),
		}
	})
}

// ExceptionFor generates an exception naming flow f (its endpoints,
// channel and method, so a sanitized flow without a method gives an
// exception without one) whose other fields vary: a local approval or a
// national allowance; sometimes complete, approved and in force around the
// dates Date draws, sometimes missing an approver, a justification or an
// expiry, or with its dates in any order; covering no systems or a few
// pairs of nodes "n0" … "n5". Whether it is active on a given date is for
// zone.Exception.Status to say.
func ExceptionFor(f zone.Flow) *rapid.Generator[zone.Exception] {
	return rapid.Custom(func(t *rapid.T) zone.Exception {
		e := zone.Exception{
			ID:            fmt.Sprintf("EX-%d", rapid.IntRange(1, 999).Draw(t, "id")),
			From:          f.From,
			To:            f.To,
			Channel:       f.Channel,
			Method:        f.Method,
			Covers:        rapid.SliceOfN(NodePair(6), 0, 2).Draw(t, "covers"),
			Justification: rapid.SampledFrom([]string{"", " ", "eLTAX受信のため / eLTAX intake"}).Draw(t, "justification"),
			ApprovedBy:    rapid.SampledFrom([]string{"", "CISO"}).Draw(t, "approvedBy"),
			ApprovedOn:    rapid.OneOf(rapid.Just(date.Date{}), Date()).Draw(t, "approvedOn"),
			ExpiresOn:     rapid.OneOf(rapid.Just(date.Date{}), Date()).Draw(t, "expiresOn"),
		}
		if len(e.Covers) == 0 {
			e.Covers = nil // as JSON reads "covers": null back
		}
		if rapid.IntRange(0, 3).Draw(t, "national") == 0 {
			e.Allowance = NationalAllowance().Draw(t, "allowance")
		}
		return e
	})
}

// ExceptionInForce generates a complete local approval naming flow f whose
// approval and expiry dates bracket asOf (for an unset asOf they are unset
// too, so the exception is incomplete), covering no systems (set Covers to
// the nodes it is for). Its Status on asOf is zone.ExceptionActive when
// f is zone.Grantable (and, for sanitized transfer, names a method), and
// zone.ExceptionNotGrantable or zone.ExceptionIncomplete otherwise.
func ExceptionInForce(f zone.Flow, asOf date.Date) *rapid.Generator[zone.Exception] {
	return rapid.Custom(func(t *rapid.T) zone.Exception {
		return zone.Exception{
			ID:            fmt.Sprintf("EX-%d", rapid.IntRange(1, 999).Draw(t, "id")),
			From:          f.From,
			To:            f.To,
			Channel:       f.Channel,
			Method:        f.Method,
			Justification: "業務上必要な取込み / intake the work needs",
			ApprovedBy:    "CISO",
			ApprovedOn:    asOf.AddDays(-rapid.IntRange(0, 365).Draw(t, "since")),
			ExpiresOn:     asOf.AddDays(rapid.IntRange(0, 365).Draw(t, "until")),
		}
	})
}

// AllowanceInForce generates a standing national allowance naming flow f,
// with no approver and, at random, no dates or dates that bracket asOf (an
// unset asOf leaves them unset), covering no systems. Its Status on asOf is zone.ExceptionActive when a
// national allowance may permit f (data brought into the My Number zone
// from the business zone or LGWAN over the network).
func AllowanceInForce(f zone.Flow, asOf date.Date) *rapid.Generator[zone.Exception] {
	return rapid.Custom(func(t *rapid.T) zone.Exception {
		e := zone.Exception{
			ID:            fmt.Sprintf("EX-%d", rapid.IntRange(1, 999).Draw(t, "id")),
			From:          f.From,
			To:            f.To,
			Channel:       f.Channel,
			Method:        f.Method,
			Allowance:     NationalAllowance().Draw(t, "allowance"),
			Justification: "マイナポータル・eLTAXからの取込み / intake from a national service",
		}
		if rapid.Bool().Draw(t, "dated") {
			e.ApprovedOn = asOf.AddDays(-rapid.IntRange(0, 365).Draw(t, "since"))
			e.ExpiresOn = asOf.AddDays(rapid.IntRange(0, 365).Draw(t, "until"))
		}
		return e
	})
}

// Exception generates an exception for a flow drawn by Flow (so sometimes
// a sanitized transfer naming no method), as ExceptionFor does.
func Exception() *rapid.Generator[zone.Exception] {
	return rapid.Custom(func(t *rapid.T) zone.Exception {
		return ExceptionFor(Flow().Draw(t, "flow")).Draw(t, "exception")
	})
}

// RawException generates any exception a caller can build: raw endpoints,
// channels, methods and allowances, covers with empty or unknown node ids,
// and any dates, for fail-closed properties.
func RawException() *rapid.Generator[zone.Exception] {
	return rapid.Custom(func(t *rapid.T) zone.Exception {
		e := ExceptionFor(RawFlow().Draw(t, "flow")).Draw(t, "exception")
		e.ID = rapid.SampledFrom([]string{"", e.ID}).Draw(t, "rawID")
		e.Allowance = zone.NationalAllowance(rapid.Uint8Range(0, 4).Draw(t, "rawAllowance"))
		if rapid.Bool().Draw(t, "rawCover") {
			e.Covers = append(e.Covers, zone.NodePair{From: rapid.SampledFrom([]string{"", "n0", "ghost"}).Draw(t, "coverFrom")})
		}
		return e
	})
}

// Topology generates a valid topology (zone.Topology.Validate reports
// nothing) of up to maxNodes nodes (at least six, one per zone and
// network, where maxNodes allows) with unique ids "n0", "n1", …, and up to
// maxLinks links between them (at least one per node, where maxLinks
// allows), each with a valid flow part (channel, method only on sanitized
// transfer, safeguard).
//
// It is shaped so that multi-hop paths out of the My Number zone occur
// often: the first nodes usually cover each zone and network in turn;
// two times in three the links start with a spine (a My Number zone node,
// a business node, a chain of Internet-zone nodes, the Internet), each hop
// the kind a real network would use; and about half the other links join
// neighbouring layers of the three-tier model in the way the rules allow.
// Paths out of the My Number zone need exceptions: see ExceptionsFor.
func Topology(maxNodes, maxLinks int) *rapid.Generator[zone.Topology] {
	return rapid.Custom(func(t *rapid.T) zone.Topology {
		eps := zone.Endpoints()
		n := rapid.IntRange(max(1, min(len(eps), maxNodes)), max(1, maxNodes)).Draw(t, "nodes")
		top := zone.Topology{Nodes: make([]zone.Node, n)}
		for i := range top.Nodes {
			at := Endpoint().Draw(t, "at")
			if i < len(eps) && rapid.IntRange(0, 3).Draw(t, "cover") > 0 {
				at = eps[i] // usually cover every zone and network first
			}
			top.Nodes[i] = zone.Node{ID: fmt.Sprintf("n%d", i), At: at}
		}
		link := func(a, b zone.Node, f zone.Flow) {
			if len(top.Links) < maxLinks {
				top.Links = append(top.Links, zone.Link{From: a.ID, To: b.ID, Channel: f.Channel, Method: f.Method, Guard: f.Guard})
			}
		}
		if rapid.IntRange(0, 2).Draw(t, "spine") > 0 {
			spine := zoneSpine(t, top.Nodes)
			for i := 1; i < len(spine); i++ {
				link(spine[i-1], spine[i], zonePlausible(t, spine[i-1].At, spine[i].At))
			}
		}
		m := rapid.IntRange(min(n, maxLinks), max(0, maxLinks)).Draw(t, "links")
		for len(top.Links) < m {
			a := top.Nodes[rapid.IntRange(0, n-1).Draw(t, "from")]
			b := top.Nodes[rapid.IntRange(0, n-1).Draw(t, "to")]
			if near := zoneNeighbours(top.Nodes, a.At); len(near) > 0 && rapid.Bool().Draw(t, "near") {
				b = rapid.SampledFrom(near).Draw(t, "toNear")
			}
			f := Flow().Draw(t, "flow")
			if rapid.Bool().Draw(t, "plausible") {
				f = zonePlausible(t, a.At, b.At)
			}
			link(a, b, f)
		}
		return top
	})
}

// zoneSpine picks, where the nodes allow, a My Number zone node, a business
// node, one or more Internet-zone nodes and a node of the public Internet,
// in that order: the shape of a multi-hop leak.
func zoneSpine(t *rapid.T, nodes []zone.Node) []zone.Node {
	var out []zone.Node
	pick := func(at zone.Endpoint, most int) {
		var of []zone.Node
		for _, n := range nodes {
			if n.At == at {
				of = append(of, n)
			}
		}
		if len(of) == 0 {
			return
		}
		k := rapid.IntRange(1, min(most, len(of))).Draw(t, "spineLen")
		perm := rapid.Permutation(of).Draw(t, "spineNodes")
		out = append(out, perm[:k]...)
	}
	pick(zone.In(zone.MyNumberZone), 1)
	pick(zone.In(zone.BusinessZone), 1)
	pick(zone.In(zone.InternetZone), 4)
	pick(zone.External(zone.PublicInternet), 1)
	return out
}

// zoneNeighbours returns the nodes whose endpoint is next to e in the
// three-tier layout (My Number zone – business zone – Internet zone – the
// Internet, with LGWAN beside the business zone and the My Number zone,
// and national systems beside the My Number zone), in both directions.
func zoneNeighbours(nodes []zone.Node, e zone.Endpoint) []zone.Node {
	next := map[zone.Endpoint][]zone.Endpoint{
		zone.In(zone.MyNumberZone):         {zone.In(zone.BusinessZone), zone.External(zone.NationalSystem), zone.External(zone.LGWAN)},
		zone.In(zone.BusinessZone):         {zone.In(zone.MyNumberZone), zone.In(zone.InternetZone), zone.External(zone.LGWAN)},
		zone.In(zone.InternetZone):         {zone.In(zone.BusinessZone), zone.In(zone.InternetZone), zone.External(zone.PublicInternet)},
		zone.External(zone.PublicInternet): {zone.In(zone.InternetZone)},
		zone.External(zone.LGWAN):          {zone.In(zone.BusinessZone), zone.In(zone.MyNumberZone)},
		zone.External(zone.NationalSystem): {zone.In(zone.MyNumberZone)},
	}[e]
	var out []zone.Node
	for _, n := range nodes {
		for _, x := range next {
			if n.At == x {
				out = append(out, n)
			}
		}
	}
	return out
}

// zonePlausible draws the flow part a real network would most likely use
// between a and b.
func zonePlausible(t *rapid.T, a, b zone.Endpoint) zone.Flow {
	pair := map[zone.Endpoint]bool{a: true, b: true}
	switch {
	case pair[zone.In(zone.MyNumberZone)] && pair[zone.In(zone.BusinessZone)]:
		f := zone.Flow{Channel: Channel().Draw(t, "channel")}
		if f.Channel == zone.Sanitized {
			f.Method = Method().Draw(t, "method")
		}
		return f
	case pair[zone.In(zone.BusinessZone)] && pair[zone.In(zone.InternetZone)]:
		return zone.Flow{Channel: zone.Sanitized, Method: Method().Draw(t, "method")}
	case pair[zone.In(zone.InternetZone)] && pair[zone.External(zone.PublicInternet)]:
		return zone.Flow{Channel: zone.Direct, Guard: zone.Safeguard{
			Kind:      rapid.SampledFrom(zone.SafeguardKinds()).Draw(t, "kind"),
			Functions: zone.Functions(rapid.Uint8Range(1, uint8(zone.AllFunctions)).Draw(t, "functions")),
		}}
	}
	return zone.Flow{Channel: zone.Direct}
}

// ExceptionsFor generates exceptions for the links of top into or out of
// the My Number zone, judged on asOf, with unique ids "EX-1", "EX-2", …:
// for each such link, at random none (one time in six), or one or two of:
// a local approval in force (half of them), a national allowance in force, an exception of any status
// (ExceptionFor), or one for another channel or method. Each covers the
// link's two nodes, except that now and then it covers the reverse pair,
// the pair of another link, or a node that does not exist, so that an
// exception that names the right zones but not the right systems occurs.
// A few decoys for other flows, covering random pairs, are added. Links
// naming unknown nodes are skipped, so top need not be valid.
func ExceptionsFor(top zone.Topology, asOf date.Date) *rapid.Generator[[]zone.Exception] {
	return rapid.Custom(func(t *rapid.T) []zone.Exception {
		at := make(map[string]zone.Endpoint, len(top.Nodes))
		for _, n := range top.Nodes {
			at[n.ID] = n.At
		}
		var out []zone.Exception
		add := func(e zone.Exception, l zone.Link) {
			e.ID = fmt.Sprintf("EX-%d", len(out)+1)
			c := zone.NodePair{From: l.From, To: l.To}
			switch rapid.IntRange(0, 17).Draw(t, "scope") {
			case 0:
				c = zone.NodePair{From: l.To, To: l.From}
			case 1:
				o := top.Links[rapid.IntRange(0, len(top.Links)-1).Draw(t, "otherLink")]
				c = zone.NodePair{From: o.From, To: o.To}
			case 2:
				c.To = "ghost"
			}
			e.Covers = []zone.NodePair{c}
			out = append(out, e)
		}
		for _, l := range top.Links {
			a, okA := at[l.From]
			b, okB := at[l.To]
			if !okA || !okB || (a != zone.In(zone.MyNumberZone) && b != zone.In(zone.MyNumberZone)) {
				continue
			}
			f := l.Flow(a, b)
			if rapid.IntRange(0, 5).Draw(t, "none") == 0 {
				continue
			}
			for range rapid.IntRange(1, 2).Draw(t, "count") {
				switch rapid.IntRange(0, 5).Draw(t, "kind") {
				case 0, 4, 5:
					add(ExceptionInForce(f, asOf).Draw(t, "inForce"), l)
				case 1:
					add(AllowanceInForce(f, asOf).Draw(t, "allowance"), l)
				case 2:
					add(ExceptionFor(f).Draw(t, "any"), l)
				default:
					o := f
					if f.Channel == zone.Sanitized && rapid.Bool().Draw(t, "otherMethod") {
						o.Method = zone.Method(1 + (uint8(f.Method) % uint8(len(zone.Methods()))))
					} else {
						o.Channel = zone.Channel(1 + uint8(f.Channel)%uint8(len(zone.Channels())))
						o.Method = 0
						if o.Channel == zone.Sanitized {
							o.Method = Method().Draw(t, "method")
						}
					}
					add(ExceptionInForce(o, asOf).Draw(t, "otherCrossing"), l)
				}
			}
		}
		for range rapid.IntRange(0, 2).Draw(t, "decoys") {
			e := Exception().Draw(t, "decoy")
			e.ID = fmt.Sprintf("EX-%d", len(out)+1)
			e.Covers = []zone.NodePair{NodePair(len(top.Nodes)).Draw(t, "decoyCovers")}
			out = append(out, e)
		}
		return out
	})
}

// CmpOptions returns the go-cmp options that compare the library's values:
// types with unexported fields (zone.Endpoint, date.Date) compare by ==.
func CmpOptions() cmp.Options {
	return cmp.Options{
		cmp.Comparer(func(a, b zone.Endpoint) bool { return a == b }),
		cmp.Comparer(func(a, b date.Date) bool { return a == b }),
	}
}
