package zone_test

import (
	"encoding/json"
	"errors"
	"slices"
	"testing"

	"github.com/jichitai-sec/policy/zone"
)

func TestEndpoints(t *testing.T) {
	want := []struct {
		e      zone.Endpoint
		s      string
		ja, en string
		side   bool
	}{
		{myNumber, "zone:mynumber", "マイナンバー利用事務系", "My Number zone", false},
		{business, "zone:business", "業務サーバ接続系", "business-server zone", false},
		{internetZ, "zone:internet", "インターネット接続系", "Internet zone", true},
		{theInternet, "network:public-internet", "インターネット", "the public Internet", true},
		{lgwan, "network:lgwan", "LGWAN（総合行政ネットワーク）", "LGWAN (local government wide area network)", false},
		{national, "network:national-system", "国等のシステムとの専用接続", "dedicated connection to a national system", false},
	}
	all := zone.Endpoints()
	if len(all) != len(want) {
		t.Fatalf("Endpoints() = %v, want %d endpoints", all, len(want))
	}
	for i, w := range want {
		e := all[i]
		if e != w.e || !e.Valid() || e.InternetSide() != w.side {
			t.Errorf("Endpoints()[%d] = %v (valid %v, Internet side %v), want %s", i, e, e.Valid(), e.InternetSide(), w.s)
		}
		if e.String() != w.s || e.Ja() != w.ja || e.En() != w.en {
			t.Errorf("endpoint %d = %q / %q / %q, want %q / %q / %q", i, e.String(), e.Ja(), e.En(), w.s, w.ja, w.en)
		}
		if b, err := e.MarshalText(); err != nil || string(b) != w.s {
			t.Errorf("%s.MarshalText() = %q, %v", w.s, b, err)
		}
		var back zone.Endpoint
		if err := back.UnmarshalText([]byte(w.s)); err != nil || back != e {
			t.Errorf("UnmarshalText(%q) = %v, %v", w.s, back, err)
		}
		if got, err := zone.ParseEndpoint(w.s); err != nil || got != e {
			t.Errorf("ParseEndpoint(%q) = %v, %v", w.s, got, err)
		}
		if (e.Zone() != 0) == (e.Network() != 0) {
			t.Errorf("%s: Zone() %v, Network() %v; want exactly one set", w.s, e.Zone(), e.Network())
		}
	}
}

// TestEndpointWireIsStrict: the wire form is "zone:<id>" or
// "network:<id>" and nothing else; ParseEndpoint, for people, also takes
// the labels and aliases after the prefix.
func TestEndpointWireIsStrict(t *testing.T) {
	for _, c := range []struct {
		in   string
		want zone.Endpoint
	}{
		{"zone:LGWAN接続系", business},
		{"zone:業務サーバ接続系", business},
		{"zone:個人番号利用事務系", myNumber},
		{"zone:マイナンバー利用事務系", myNumber},
		{"network:LGWAN", lgwan},
		{"network:総合行政ネットワーク", lgwan},
		{"network:インターネット", theInternet},
	} {
		if got, err := zone.ParseEndpoint(c.in); err != nil || got != c.want {
			t.Errorf("ParseEndpoint(%q) = %v, %v; want %v", c.in, got, err, c.want)
		}
		e := internetZ
		err := e.UnmarshalText([]byte(c.in))
		var pe *zone.ParseError
		if !errors.As(err, &pe) || e != internetZ {
			t.Errorf("UnmarshalText(%q) = %v, set %v; want a *ParseError and no change", c.in, err, e)
		}
		var n zone.Node
		if err := json.Unmarshal([]byte(`{"id":"a","at":"`+c.in+`"}`), &n); err == nil {
			t.Errorf("json.Unmarshal of a node at %q succeeded", c.in)
		}
	}
	// The business zone and LGWAN share the guideline's name but are
	// different endpoints; "lgwan" is the network's id only.
	if e, err := zone.ParseEndpoint("zone:lgwan"); err == nil {
		t.Errorf(`ParseEndpoint("zone:lgwan") = %v; the alias is gone`, e)
	}
	if e, err := zone.ParseEndpoint("network:internet"); err == nil {
		t.Errorf(`ParseEndpoint("network:internet") = %v; the network's id is public-internet`, e)
	}
}

func TestParseEndpointRejects(t *testing.T) {
	var ids []string
	for _, e := range zone.Endpoints() {
		ids = append(ids, e.String())
	}
	for _, in := range []string{
		"", "mynumber", "lgwan", "zone:", "network:", "zone:LGWAN", "network:business", "zone:lgwan",
		"network:lgwan ", " zone:mynumber", "zone: mynumber", "Zone:mynumber", "ZONE:mynumber",
		"zone:MYNUMBER", "zone:zone:mynumber", "network:zone:lgwan", "zone.Endpoint(unset)",
		"zone:mynumber\x00", "zone:\xff",
	} {
		got, err := zone.ParseEndpoint(in)
		var pe *zone.ParseError
		if !errors.As(err, &pe) || got != (zone.Endpoint{}) {
			t.Errorf("ParseEndpoint(%q) = %v, %v; want the zero Endpoint and a *ParseError", in, got, err)
			continue
		}
		if pe.Pkg != "zone" || pe.Type != "Endpoint" || pe.Input != in || !slices.Equal(pe.Accepted, ids) {
			t.Errorf("ParseEndpoint(%q) error %+v does not name the package, the type, the input and the wire forms", in, pe)
		}
		e := internetZ
		if err := e.UnmarshalText([]byte(in)); err == nil || e != internetZ {
			t.Errorf("UnmarshalText(%q) = %v and set %v; want an error and no change", in, err, e)
		}
	}
	_, err := zone.ParseEndpoint("mynumber")
	want := `zone: unknown Endpoint "mynumber" (accepted: zone:mynumber, zone:business, zone:internet, ` +
		`network:public-internet, network:lgwan, network:national-system) / 不明な値です`
	if err == nil || err.Error() != want {
		t.Errorf("ParseEndpoint(mynumber) error = %v, want %q", err, want)
	}
}
