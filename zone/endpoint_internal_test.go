package zone

import (
	"encoding/json"
	"errors"
	"testing"

	"github.com/jichitai-sec/policy/date"
)

// TestInvalidEndpoints is an internal test so that it can build an
// Endpoint with both parts set, which the exported API cannot: every
// invalid endpoint is diagnosable and never written out.
func TestInvalidEndpoints(t *testing.T) {
	for _, c := range []struct {
		e    Endpoint
		want string
	}{
		{Endpoint{}, "zone.Endpoint(unset)"},
		{In(0), "zone.Endpoint(unset)"},
		{External(0), "zone.Endpoint(unset)"},
		{Endpoint{zone: BusinessZone, network: LGWAN}, "zone.Endpoint(2,2)"},
		{Endpoint{zone: MyNumberZone, network: PublicInternet}, "zone.Endpoint(1,1)"},
		{Endpoint{zone: 9, network: 9}, "zone.Endpoint(9,9)"},
		{In(Zone(9)), "zone:zone.Zone(9)"},
		{External(Network(4)), "network:zone.Network(4)"},
	} {
		e := c.e
		if e.Valid() || e.InternetSide() || e.code() != 0 {
			t.Errorf("%s is Valid, on the Internet side or coded", c.want)
		}
		if e.String() != c.want || e.Ja() != c.want || e.En() != c.want {
			t.Errorf("endpoint %+v: String %q, Ja %q, En %q; want %q", e, e.String(), e.Ja(), e.En(), c.want)
		}
		b, err := e.MarshalText()
		var me *MarshalError
		if b != nil || !errors.As(err, &me) || me.Pkg != "zone" || me.Type != "Endpoint" || me.Value != c.want {
			t.Errorf("%s.MarshalText() = %q, %v; want a *MarshalError", c.want, b, err)
		}
		if _, err := json.Marshal(struct{ At Endpoint }{e}); err == nil {
			t.Errorf("json.Marshal of %s succeeded", c.want)
		}
		// Check denies a flow with such an endpoint.
		if v := Check(Flow{From: e, To: In(BusinessZone), Channel: Direct}, nil, testDate); v.Rule != RuleInvalidFlow {
			t.Errorf("Check from %s = %s, want invalid-flow", c.want, v.Rule)
		}
	}
	if In(0) != (Endpoint{}) || External(0) != (Endpoint{}) {
		t.Error("In(0) or External(0) differs from the zero Endpoint")
	}
	// Every valid endpoint has its own code.
	seen := map[uint8]Endpoint{}
	for _, e := range Endpoints() {
		if c := e.code(); c == 0 || seen[c] != (Endpoint{}) {
			t.Errorf("%s: code %d is zero or shared with %v", e, c, seen[c])
		}
		seen[e.code()] = e
	}
}

// testDate is the as-of date of the internal tests.
var testDate = date.MustParse("2026-06-01")
