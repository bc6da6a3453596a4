package zone_test

import (
	"encoding/json"
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/jichitai-sec/policy/internal/enum/enumtest"
	"github.com/jichitai-sec/policy/zone"
)

// endpointSeeds are the seeds of checkEndpoint: every endpoint in wire and
// people's forms, the aliases under either prefix, and near misses.
func endpointSeeds() []string {
	var seeds []string
	for _, e := range zone.Endpoints() {
		prefix := e.String()[:strings.IndexByte(e.String(), ':')+1]
		seeds = append(seeds, e.String(), prefix+e.Ja(), prefix+e.En(), " "+e.String(), strings.ToUpper(e.String()))
	}
	for a := range zoneAliases {
		seeds = append(seeds, "zone:"+a, "network:"+a)
	}
	for a := range networkAliases {
		seeds = append(seeds, "network:"+a, "zone:"+a)
	}
	return append(seeds, "zone:", "network:", "zone:lgwan", "network:internet", "zone:zone:mynumber",
		"zone.Endpoint(unset)", "zone:\xff", "network:\xe3\x83", "2026-02-30", "6(3)ア", "none", "invalid")
}

// FuzzClosedSets holds every closed set of the package to its contract on
// arbitrary text, as one target (enumtest.Fuzz): Zone, Network, Channel,
// Method, SafeguardKind, Function, Rule, ExceptionStatus, Basis and
// NationalAllowance (enumtest.CheckInput), Endpoint (checkEndpoint) and
// the JSON form of Functions (checkFunctionsJSON). Every case also sees
// the others' wire ids ("internet" is both a zone id and part of a
// network id).
func FuzzClosedSets(f *testing.F) {
	var wire []string
	for _, e := range zone.Endpoints() {
		wire = append(wire, e.String())
	}
	ids := map[string]zone.Function{}
	for _, fn := range zone.UTMFunctions() {
		ids[fn.String()] = fn
	}
	enumtest.Fuzz(f, enumtest.CaseOf(zoneSet), enumtest.CaseOf(networkSet), enumtest.CaseOf(channelSet),
		enumtest.CaseOf(methodSet), enumtest.CaseOf(safeguardKindSet), enumtest.CaseOf(functionSet),
		enumtest.CaseOf(ruleSet), enumtest.CaseOf(statusSet), enumtest.CaseOf(basisSet), enumtest.CaseOf(allowanceSet),
		enumtest.Case{Check: func(t *testing.T, in string) { checkEndpoint(t, wire, in) }, Seeds: endpointSeeds(), Words: wire},
		enumtest.Case{Check: func(t *testing.T, in string) { checkFunctionsJSON(t, ids, []byte(in)) }, Seeds: functionsJSONSeeds})
}

// checkEndpoint: ParseEndpoint accepts exactly "zone:" or "network:"
// followed by a spelling Parse or ParseNetwork accepts, and UnmarshalText
// exactly the wire forms (wire); a failure is a *zone.ParseError for the
// whole input that leaves the destination unchanged.
func checkEndpoint(t *testing.T, wire []string, in string) {
	// The oracle, from the parts' own parsers.
	var want zone.Endpoint
	if rest, ok := strings.CutPrefix(in, "zone:"); ok {
		if z, err := zone.Parse(rest); err == nil {
			want = zone.In(z)
		}
	} else if rest, ok := strings.CutPrefix(in, "network:"); ok {
		if n, err := zone.ParseNetwork(rest); err == nil {
			want = zone.External(n)
		}
	}
	e, err := zone.ParseEndpoint(in)
	if want.Valid() {
		if err != nil || e != want {
			t.Fatalf("ParseEndpoint(%q) = %v, %v; want %v", in, e, err, want)
		}
	} else {
		var pe *zone.ParseError
		if !errors.As(err, &pe) || e != (zone.Endpoint{}) || pe.Pkg != "zone" || pe.Type != "Endpoint" ||
			pe.Input != in || !slices.Equal(pe.Accepted, wire) {
			t.Fatalf("ParseEndpoint(%q) = %v, %#v; want the zero Endpoint and a *zone.ParseError for the input", in, e, err)
		}
	}

	sentinel := national
	dst := sentinel
	uerr := dst.UnmarshalText([]byte(in))
	if slices.Contains(wire, in) {
		if uerr != nil || dst != want {
			t.Fatalf("UnmarshalText(%q) = %v, %v; want %v", in, dst, uerr, want)
		}
	} else if uerr == nil || dst != sentinel {
		t.Fatalf("UnmarshalText(%q) = %v and set %v; want an error and no change (the wire takes wire forms only)", in, uerr, dst)
	}
	if e.Valid() {
		b, err := e.MarshalText()
		var back zone.Endpoint
		if err != nil || back.UnmarshalText(b) != nil || back != e {
			t.Fatalf("MarshalText(%v) = %q, %v, read back as %v", e, b, err, back)
		}
	}
}

// functionsJSONSeeds are the JSON texts among the seeds of FuzzClosedSets,
// for checkFunctionsJSON.
var functionsJSONSeeds = []string{
	`[]`, `null`, `["firewall"]`, `["firewall","ids-ips","antivirus","web-filtering"]`,
	`["web-filtering","firewall"]`, `["IDS/IPS"]`, `["ファイアウォール","侵入検知・防御（IDS/IPS）"]`,
	`["firewall","firewall"]`, `["IDS/IPS","ids-ips"]`, `["bogus"]`, `[""]`, `["Firewall"]`,
	`[" firewall"]`, `["fire\u0077all"]`, `[1]`, `[true]`, `[[]]`, `{}`, `1`, `[`,
	`["firewall",]`, ` ["antivirus"] `, `["firewall"]x`, ``, `"firewall"`, `"AQI="`, `""`,
	`[null]`, `["firewall",null]`, `["bogus","firewall","firewall"]`, `["firewall","firewall","bogus"]`,
	`["mynumber"]`, `["zone:"]`, `["network:lgwan "]`, `["2026-02-30"]`, `"AQIDBA=="`, "[\"\xff\"]",
}

// checkFunctionsJSON holds Functions to its wire form: a JSON array of
// function wire ids (ids maps each to its function), each at most once;
// anything else is an error that leaves the set unchanged.
func checkFunctionsJSON(t *testing.T, ids map[string]zone.Function, in []byte) {
	// The oracle: the input read as generic JSON must be an array of
	// strings, each a wire id, none twice.
	var generic any
	ok := json.Unmarshal(in, &generic) == nil
	elems, isArray := generic.([]any)
	ok = ok && isArray
	var want zone.Functions
	for _, el := range elems {
		s, isString := el.(string)
		fn, isID := ids[s]
		if !isString || !isID || want.Has(fn) {
			ok = false
			break
		}
		want |= zone.FunctionsOf(fn)
	}

	sentinel := zone.FunctionsOf(zone.Antivirus, zone.WebFiltering)
	s := sentinel
	err := s.UnmarshalJSON(in)
	switch {
	case ok && (err != nil || s != want):
		t.Fatalf("UnmarshalJSON(%s) = %v, %v; want %v", in, s, err, want)
	case !ok && (err == nil || s != sentinel):
		t.Fatalf("UnmarshalJSON(%s) = %v and set %v; want an error and no change", in, err, s)
	case !ok && !strings.HasPrefix(err.Error(), "zone: "):
		t.Fatalf("UnmarshalJSON(%s) error %q does not name the package", in, err)
	case ok:
		b, err := s.MarshalJSON()
		back := sentinel
		if err != nil || back.UnmarshalJSON(b) != nil || back != s {
			t.Fatalf("MarshalJSON(%v) = %s, %v, read back as %v", s, b, err, back)
		}
	}
}
