package zone

import (
	"strconv"
	"strings"
)

// Endpoint is one end of a flow: either a zone of the organization or an
// external network, never both. The zero Endpoint is unset and every rule
// denies it. Endpoints are comparable with ==.
type Endpoint struct {
	zone    Zone
	network Network
}

// In returns the endpoint for zone z.
func In(z Zone) Endpoint { return Endpoint{zone: z} }

// External returns the endpoint for external network n.
func External(n Network) Endpoint { return Endpoint{network: n} }

// Zone returns the endpoint's zone, or 0 when it is an external network.
func (e Endpoint) Zone() Zone { return e.zone }

// Network returns the endpoint's external network, or 0 when it is a zone.
func (e Endpoint) Network() Network { return e.network }

// Valid reports whether e is exactly one valid zone or one valid network.
func (e Endpoint) Valid() bool { return e.code() != 0 }

// InternetSide reports whether e is the Internet zone or the external
// Internet: the places a leak of My Number data must never reach.
func (e Endpoint) InternetSide() bool {
	return e == In(InternetZone) || e == External(PublicInternet)
}

// Endpoints returns every valid endpoint: the zones, then the networks.
func Endpoints() []Endpoint {
	var out []Endpoint
	for _, z := range All() {
		out = append(out, In(z))
	}
	for _, n := range Networks() {
		out = append(out, External(n))
	}
	return out
}

const (
	zonePrefix    = "zone:"
	networkPrefix = "network:"
)

// ParseEndpoint accepts "zone:" followed by anything Parse accepts, or
// "network:" followed by anything ParseNetwork accepts, e.g.
// "zone:mynumber", "zone:LGWAN接続系" (the business zone), "network:lgwan".
func ParseEndpoint(s string) (Endpoint, error) { return parseEndpoint(s, false) }

// parseEndpoint reads an endpoint; strict accepts wire ids only after the
// prefix.
func parseEndpoint(s string, strict bool) (Endpoint, error) {
	var e Endpoint
	if rest, ok := strings.CutPrefix(s, zonePrefix); ok {
		if strict {
			e.zone, _ = zones.ParseID(rest) // 0, hence invalid, on error
		} else {
			e.zone, _ = zones.Parse(rest)
		}
	} else if rest, ok := strings.CutPrefix(s, networkPrefix); ok {
		if strict {
			e.network, _ = networks.ParseID(rest)
		} else {
			e.network, _ = networks.Parse(rest)
		}
	}
	if !e.Valid() {
		var accepted []string
		for _, e := range Endpoints() {
			accepted = append(accepted, e.String())
		}
		return Endpoint{}, &ParseError{Pkg: "zone", Type: "Endpoint", Input: s, Accepted: accepted}
	}
	return e, nil
}

// String returns "zone:<id>" or "network:<id>", or a diagnosable form for an
// unset or inconsistent endpoint.
func (e Endpoint) String() string {
	switch {
	case e.zone != 0 && e.network == 0:
		return zonePrefix + e.zone.String()
	case e.zone == 0 && e.network != 0:
		return networkPrefix + e.network.String()
	case e.zone == 0 && e.network == 0:
		return "zone.Endpoint(unset)"
	}
	return "zone.Endpoint(" + strconv.Itoa(int(e.zone)) + "," + strconv.Itoa(int(e.network)) + ")"
}

// Ja returns the Japanese label of the zone or network.
func (e Endpoint) Ja() string {
	switch {
	case !e.Valid():
		return e.String()
	case e.zone != 0:
		return e.zone.Ja()
	}
	return e.network.Ja()
}

// En returns the English label of the zone or network.
func (e Endpoint) En() string {
	switch {
	case !e.Valid():
		return e.String()
	case e.zone != 0:
		return e.zone.En()
	}
	return e.network.En()
}

// MarshalText returns the String form; an invalid endpoint is an error.
func (e Endpoint) MarshalText() ([]byte, error) {
	if !e.Valid() {
		return nil, &MarshalError{Pkg: "zone", Type: "Endpoint", Value: e.String()}
	}
	return []byte(e.String()), nil
}

// UnmarshalText accepts the wire form only, "zone:<id>" or "network:<id>"
// (ParseEndpoint also takes labels and aliases after the prefix).
func (e *Endpoint) UnmarshalText(b []byte) error {
	v, err := parseEndpoint(string(b), true)
	if err != nil {
		return err
	}
	*e = v
	return nil
}

// code numbers a valid endpoint for the rule table: zones 1-3, networks
// 4-6; 0 for an unset or invalid endpoint. It is a branch-free lookup, since
// Check runs it twice per flow.
func (e Endpoint) code() uint8 {
	return endpointCodes[min(e.zone, InternetZone+1)][min(e.network, NationalSystem+1)]
}

// endpointCodes[zone][network] is the code of Endpoint{zone, network}, with
// every out-of-range value clamped to the last row or column.
var endpointCodes = [InternetZone + 2][NationalSystem + 2]uint8{
	0: {0, 4, 5, 6, 0},
	1: {1}, 2: {2}, 3: {3},
}
