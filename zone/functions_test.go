package zone_test

import (
	"encoding/json"
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/jichitai-sec/policy/zone"
)

func TestAllFunctionsIsEveryFunction(t *testing.T) {
	if got := zone.FunctionsOf(zone.UTMFunctions()...); got != zone.AllFunctions {
		t.Errorf("FunctionsOf(UTMFunctions()...) = %v, AllFunctions = %v", got, zone.AllFunctions)
	}
	if !slices.Equal(zone.AllFunctions.List(), zone.UTMFunctions()) {
		t.Errorf("AllFunctions.List() = %v, UTMFunctions() = %v", zone.AllFunctions.List(), zone.UTMFunctions())
	}
	for _, f := range zone.UTMFunctions() {
		if !zone.AllFunctions.Has(f) {
			t.Errorf("AllFunctions lacks %s", f)
		}
	}
	if next := zone.Function(len(zone.UTMFunctions()) + 1); next.Valid() || zone.AllFunctions.Has(next) {
		t.Errorf("%d is a function or in AllFunctions", next)
	}
}

func TestFunctions(t *testing.T) {
	if s := zone.FunctionsOf(); s != 0 || !s.Valid() || len(s.List()) != 0 || s.Missing() != zone.AllFunctions || s.String() != "none" {
		t.Errorf("FunctionsOf() = %v: Valid %v, List %v, Missing %v", s, s.Valid(), s.List(), s.Missing())
	}
	if zone.AllFunctions.Missing() != 0 || !zone.AllFunctions.Valid() {
		t.Errorf("AllFunctions: Missing %v, Valid %v", zone.AllFunctions.Missing(), zone.AllFunctions.Valid())
	}
	if got := zone.AllFunctions.String(); got != "firewall+ids-ips+antivirus+web-filtering" {
		t.Errorf("AllFunctions.String() = %q", got)
	}
	s := zone.FunctionsOf(zone.WebFiltering, zone.Firewall, zone.Firewall)
	if !s.Valid() || !s.Has(zone.Firewall) || !s.Has(zone.WebFiltering) || s.Has(zone.IntrusionPrevention) || s.Has(zone.Antivirus) {
		t.Errorf("FunctionsOf(web-filtering, firewall, firewall) = %v", s)
	}
	if got := s.List(); !slices.Equal(got, []zone.Function{zone.Firewall, zone.WebFiltering}) {
		t.Errorf("List() = %v, want [firewall web-filtering] in declaration order", got)
	}
	if got := s.Missing(); got != zone.FunctionsOf(zone.IntrusionPrevention, zone.Antivirus) {
		t.Errorf("Missing() = %v, want ids-ips+antivirus", got)
	}
	for _, f := range []zone.Function{0, 5, 8, 255} {
		if zone.AllFunctions.Has(f) || zone.Functions(0xff).Has(f) {
			t.Errorf("Has(%d) on a full set = true for a value that is not a Function", f)
		}
	}
	// A value that is not a Function makes the set invalid instead of
	// vanishing, and it is never written out.
	for _, bad := range []zone.Function{0, 5, 255} {
		s := zone.FunctionsOf(zone.Firewall, bad)
		if s.Valid() || !s.Has(zone.Firewall) || !slices.Equal(s.List(), []zone.Function{zone.Firewall}) || s.String() != "firewall+invalid" {
			t.Errorf("FunctionsOf(firewall, %d) = %q: Valid %v, List %v", bad, s, s.Valid(), s.List())
		}
		_, err := json.Marshal(struct{ F zone.Functions }{s})
		var me *zone.MarshalError
		if !errors.As(err, &me) || me.Type != "Functions" {
			t.Errorf("json.Marshal of an invalid set: %v, want a *MarshalError", err)
		}
	}
	if got := zone.FunctionsOf(zone.Function(0)).String(); got != "invalid" {
		t.Errorf("FunctionsOf(0).String() = %q, want \"invalid\"", got)
	}
}

func TestFunctionsJSON(t *testing.T) {
	// Every subset round-trips as an array of wire ids, in declaration order.
	for bits := range zone.AllFunctions + 1 {
		s := zone.Functions(bits)
		b, err := json.Marshal(s)
		if err != nil {
			t.Fatalf("json.Marshal(%v): %v", s, err)
		}
		ids := []string{}
		for _, f := range s.List() {
			ids = append(ids, f.String())
		}
		if want, _ := json.Marshal(ids); string(b) != string(want) {
			t.Errorf("json.Marshal(%v) = %s, want %s", s, b, want)
		}
		back := zone.Functions(0x40) // not a valid set, so any change is visible
		if err := json.Unmarshal(b, &back); err != nil || back != s {
			t.Errorf("json.Unmarshal(%s) = %v, %v; want %v", b, back, err, s)
		}
	}
	if b, _ := json.Marshal(zone.Functions(0)); string(b) != "[]" {
		t.Errorf("the empty set marshals as %s, want []", b)
	}
}

// TestFunctionsJSONRejects: the wire is an array of wire ids, each once.
// Labels and aliases (which ParseFunction accepts), null, non-strings and
// repeats are errors, and nothing is changed.
func TestFunctionsJSONRejects(t *testing.T) {
	cases := []struct{ in, unknown, repeated string }{
		{in: `["firewall","firewall"]`, repeated: "firewall"},
		{in: `["antivirus","web-filtering","antivirus"]`, repeated: "antivirus"},
		{in: `["bogus"]`, unknown: "bogus"},
		{in: `[""]`, unknown: ""},
		{in: `["Firewall"]`, unknown: "Firewall"},
		{in: `["firewall "]`, unknown: "firewall "},
		{in: `["utm"]`, unknown: "utm"},
		{in: `null`}, {in: `[null]`}, {in: `["firewall",null]`}, {in: `[1]`}, {in: `[true]`},
		{in: `[["firewall"]]`}, {in: `{"firewall":true}`}, {in: `1`}, {in: `[`}, {in: ``},
		{in: `"AQIDBA=="`}, // base64 of the bytes 1-4, which []uint8 would read as every function
		{in: `"firewall"`}, {in: `""`},
	}
	// Every label and alias ParseFunction accepts, which the wire does not.
	for _, f := range zone.UTMFunctions() {
		cases = append(cases, struct{ in, unknown, repeated string }{in: `["` + f.Ja() + `"]`, unknown: f.Ja()})
	}
	for a := range functionAliases {
		cases = append(cases, struct{ in, unknown, repeated string }{in: `["firewall","` + a + `"]`, unknown: a})
	}
	for _, c := range cases {
		s := zone.FunctionsOf(zone.Antivirus)
		err := json.Unmarshal([]byte(c.in), &s)
		if err == nil {
			t.Errorf("json.Unmarshal(%s) succeeded with %v", c.in, s)
			continue
		}
		var pe *zone.ParseError
		switch {
		case c.repeated != "":
			if msg := err.Error(); !strings.HasPrefix(msg, "zone: ") || !strings.Contains(msg, "duplicate "+c.repeated) {
				t.Errorf("json.Unmarshal(%s) error = %q, want it to name the repeated %s", c.in, msg, c.repeated)
			}
		case c.unknown != "" || strings.HasPrefix(c.in, `[""`):
			if !errors.As(err, &pe) || pe.Input != c.unknown || pe.Type != "Function" {
				t.Errorf("json.Unmarshal(%s) error = %v, want a *ParseError for Function %q", c.in, err, c.unknown)
			}
		}
		if s != zone.FunctionsOf(zone.Antivirus) {
			t.Errorf("failed json.Unmarshal(%s) changed the set to %v", c.in, s)
		}
		s = zone.FunctionsOf(zone.Antivirus)
		if err := s.UnmarshalJSON([]byte(c.in)); err == nil || s != zone.FunctionsOf(zone.Antivirus) {
			t.Errorf("UnmarshalJSON(%s) = %v, set %v; want an error and no change", c.in, err, s)
		}
	}
}
