package policytest

import (
	"fmt"
	"time"

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
		days := rapid.IntRange(0, 4017).Draw(t, "days")
		d := time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, days)
		v, err := date.New(d.Year(), d.Month(), d.Day())
		if err != nil {
			panic(err) // unreachable: d is a real calendar day
		}
		return v
	})
}

// ExceptionFor generates an exception naming flow f whose other fields vary:
// sometimes complete, approved and in force around the dates Date draws,
// sometimes missing an approver, a justification or an expiry, or with its
// dates in any order. Whether it is active on a given date is for
// zone.Exception.Status to say.
func ExceptionFor(f zone.Flow) *rapid.Generator[zone.Exception] {
	return rapid.Custom(func(t *rapid.T) zone.Exception {
		e := zone.Exception{
			ID:            fmt.Sprintf("EX-%d", rapid.IntRange(1, 999).Draw(t, "id")),
			From:          f.From,
			To:            f.To,
			Channel:       f.Channel,
			Method:        f.Method,
			Justification: rapid.SampledFrom([]string{"", "eLTAX受信のため / eLTAX intake"}).Draw(t, "justification"),
			ApprovedBy:    rapid.SampledFrom([]string{"", "CISO"}).Draw(t, "approvedBy"),
			ApprovedOn:    rapid.OneOf(rapid.Just(date.Date{}), Date()).Draw(t, "approvedOn"),
			ExpiresOn:     rapid.OneOf(rapid.Just(date.Date{}), Date()).Draw(t, "expiresOn"),
		}
		return e
	})
}

// ExceptionInForce generates a complete, approved exception naming flow f
// whose approval and expiry dates bracket asOf. Its Status on asOf is
// zone.ExceptionActive when f is zone.Grantable, and
// zone.ExceptionNotGrantable otherwise.
func ExceptionInForce(f zone.Flow, asOf date.Date) *rapid.Generator[zone.Exception] {
	return rapid.Custom(func(t *rapid.T) zone.Exception {
		at := func(days int) date.Date {
			d := time.Date(asOf.Year(), asOf.Month(), asOf.Day(), 0, 0, 0, 0, time.UTC).AddDate(0, 0, days)
			v, err := date.New(d.Year(), d.Month(), d.Day())
			if err != nil {
				panic(err) // unreachable for asOf drawn by Date
			}
			return v
		}
		return zone.Exception{
			ID:            fmt.Sprintf("EX-%d", rapid.IntRange(1, 999).Draw(t, "id")),
			From:          f.From,
			To:            f.To,
			Channel:       f.Channel,
			Method:        f.Method,
			Justification: "業務上必要な取込み / intake the work needs",
			ApprovedBy:    "CISO",
			ApprovedOn:    at(-rapid.IntRange(0, 365).Draw(t, "since")),
			ExpiresOn:     at(rapid.IntRange(0, 365).Draw(t, "until")),
		}
	})
}

// Exception generates an exception for a flow drawn by Flow.
func Exception() *rapid.Generator[zone.Exception] {
	return rapid.Custom(func(t *rapid.T) zone.Exception {
		return ExceptionFor(Flow().Draw(t, "flow")).Draw(t, "exception")
	})
}

// Topology generates a valid topology of up to maxNodes nodes (at least
// six, one per zone and network, where maxNodes allows) with unique ids
// "n0", "n1", …, and up to maxLinks links between them (at least one per
// node, where maxLinks allows), each with a valid flow part (channel, method
// only on sanitized transfer, safeguard).
// The first nodes usually cover each zone and network in turn, and about
// half the links are shaped to be permitted where the rules allow it
// (sanitized transfer with a method between the business and Internet
// zones, a safeguard towards the Internet, …), so that multi-hop paths
// occur often enough to test.
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
		m := rapid.IntRange(min(n, maxLinks), maxLinks).Draw(t, "links")
		for range m {
			a := top.Nodes[rapid.IntRange(0, n-1).Draw(t, "from")]
			b := top.Nodes[rapid.IntRange(0, n-1).Draw(t, "to")]
			if near := neighbours(top.Nodes, a.At); len(near) > 0 && rapid.Bool().Draw(t, "near") {
				b = rapid.SampledFrom(near).Draw(t, "toNear")
			}
			f := Flow().Draw(t, "flow")
			if rapid.Bool().Draw(t, "plausible") {
				f = plausible(t, a.At, b.At)
			}
			top.Links = append(top.Links, zone.Link{From: a.ID, To: b.ID, Channel: f.Channel, Method: f.Method, Guard: f.Guard})
		}
		return top
	})
}

// neighbours returns the nodes whose endpoint is next to e in the
// three-tier layout (My Number zone – business zone – Internet zone – the
// Internet, with LGWAN beside the business zone and national systems beside
// the My Number zone), in both directions.
func neighbours(nodes []zone.Node, e zone.Endpoint) []zone.Node {
	next := map[zone.Endpoint][]zone.Endpoint{
		zone.In(zone.MyNumberZone):         {zone.In(zone.BusinessZone), zone.External(zone.NationalSystem), zone.External(zone.LGWAN)},
		zone.In(zone.BusinessZone):         {zone.In(zone.MyNumberZone), zone.In(zone.InternetZone), zone.External(zone.LGWAN)},
		zone.In(zone.InternetZone):         {zone.In(zone.BusinessZone), zone.External(zone.PublicInternet)},
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

// plausible draws the flow part a real network would most likely use
// between a and b.
func plausible(t *rapid.T, a, b zone.Endpoint) zone.Flow {
	pair := map[zone.Endpoint]bool{a: true, b: true}
	switch {
	case pair[zone.In(zone.MyNumberZone)]:
		return zone.Flow{Channel: rapid.SampledFrom([]zone.Channel{zone.Direct, zone.Media}).Draw(t, "channel")}
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

// CmpOptions returns the go-cmp options that compare the library's values:
// types with unexported fields (zone.Endpoint, date.Date) compare by ==.
func CmpOptions() cmp.Options {
	return cmp.Options{
		cmp.Comparer(func(a, b zone.Endpoint) bool { return a == b }),
		cmp.Comparer(func(a, b date.Date) bool { return a == b }),
	}
}
