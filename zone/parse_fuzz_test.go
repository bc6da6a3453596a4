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

// fzSeeds seeds every parse fuzzer with the spellings and near misses of
// every closed set of the package (enumtest.Seeds), every endpoint in wire
// and people's forms, and other words of the library, so that each parser
// also sees the others' words ("internet" is both a zone id and part of a
// network id).
func fzSeeds(f *testing.F) {
	var seeds []string
	seeds = append(seeds, enumtest.Seeds(zoneSet)...)
	seeds = append(seeds, enumtest.Seeds(networkSet)...)
	seeds = append(seeds, enumtest.Seeds(channelSet)...)
	seeds = append(seeds, enumtest.Seeds(methodSet)...)
	seeds = append(seeds, enumtest.Seeds(safeguardKindSet)...)
	seeds = append(seeds, enumtest.Seeds(functionSet)...)
	seeds = append(seeds, enumtest.Seeds(ruleSet)...)
	seeds = append(seeds, enumtest.Seeds(statusSet)...)
	seeds = append(seeds, enumtest.Seeds(basisSet)...)
	seeds = append(seeds, enumtest.Seeds(allowanceSet)...)
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
	seeds = append(seeds, "zone:", "network:", "zone:lgwan", "network:internet", "zone:zone:mynumber",
		"zone.Endpoint(unset)", "zone:\xff", "network:\xe3\x83", "2026-02-30", "6(3)ア", "none", "invalid")
	for _, s := range seeds {
		f.Add(s)
	}
}

func FuzzParse(f *testing.F) {
	fzSeeds(f)
	f.Fuzz(func(t *testing.T, in string) { enumtest.CheckInput(t, zoneSet, in) })
}

func FuzzParseNetwork(f *testing.F) {
	fzSeeds(f)
	f.Fuzz(func(t *testing.T, in string) { enumtest.CheckInput(t, networkSet, in) })
}

func FuzzParseChannel(f *testing.F) {
	fzSeeds(f)
	f.Fuzz(func(t *testing.T, in string) { enumtest.CheckInput(t, channelSet, in) })
}

func FuzzParseMethod(f *testing.F) {
	fzSeeds(f)
	f.Fuzz(func(t *testing.T, in string) { enumtest.CheckInput(t, methodSet, in) })
}

func FuzzParseSafeguardKind(f *testing.F) {
	fzSeeds(f)
	f.Fuzz(func(t *testing.T, in string) { enumtest.CheckInput(t, safeguardKindSet, in) })
}

func FuzzParseFunction(f *testing.F) {
	fzSeeds(f)
	f.Fuzz(func(t *testing.T, in string) { enumtest.CheckInput(t, functionSet, in) })
}

func FuzzParseRule(f *testing.F) {
	fzSeeds(f)
	f.Fuzz(func(t *testing.T, in string) { enumtest.CheckInput(t, ruleSet, in) })
}

func FuzzParseExceptionStatus(f *testing.F) {
	fzSeeds(f)
	f.Fuzz(func(t *testing.T, in string) { enumtest.CheckInput(t, statusSet, in) })
}

func FuzzParseBasis(f *testing.F) {
	fzSeeds(f)
	f.Fuzz(func(t *testing.T, in string) { enumtest.CheckInput(t, basisSet, in) })
}

func FuzzParseNationalAllowance(f *testing.F) {
	fzSeeds(f)
	f.Fuzz(func(t *testing.T, in string) { enumtest.CheckInput(t, allowanceSet, in) })
}

// FuzzParseEndpoint: ParseEndpoint accepts exactly "zone:" or "network:"
// followed by a spelling Parse or ParseNetwork accepts, and UnmarshalText
// exactly the wire forms; a failure is a *zone.ParseError for the whole
// input that leaves the destination unchanged.
func FuzzParseEndpoint(f *testing.F) {
	fzSeeds(f)
	var wire []string
	for _, e := range zone.Endpoints() {
		wire = append(wire, e.String())
	}
	f.Fuzz(func(t *testing.T, in string) {
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
	})
}

// FuzzFunctionsUnmarshalJSON holds Functions to its wire form: a JSON
// array of function wire ids, each at most once; anything else is an
// error that leaves the set unchanged.
func FuzzFunctionsUnmarshalJSON(f *testing.F) {
	for _, s := range []string{
		`[]`, `null`, `["firewall"]`, `["firewall","ids-ips","antivirus","web-filtering"]`,
		`["web-filtering","firewall"]`, `["IDS/IPS"]`, `["ファイアウォール","侵入検知・防御（IDS/IPS）"]`,
		`["firewall","firewall"]`, `["IDS/IPS","ids-ips"]`, `["bogus"]`, `[""]`, `["Firewall"]`,
		`[" firewall"]`, `["fire\u0077all"]`, `[1]`, `[true]`, `[[]]`, `{}`, `1`, `[`,
		`["firewall",]`, ` ["antivirus"] `, `["firewall"]x`, ``, `"firewall"`, `"AQI="`, `""`,
		`[null]`, `["firewall",null]`, `["bogus","firewall","firewall"]`, `["firewall","firewall","bogus"]`,
		`["mynumber"]`, `["zone:"]`, `["network:lgwan "]`, `["2026-02-30"]`, `"AQIDBA=="`, "[\"\xff\"]",
	} {
		f.Add([]byte(s))
	}
	ids := map[string]zone.Function{}
	for _, fn := range zone.UTMFunctions() {
		ids[fn.String()] = fn
	}
	f.Fuzz(func(t *testing.T, in []byte) {
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
	})
}
