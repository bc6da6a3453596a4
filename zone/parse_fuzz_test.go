package zone_test

import (
	"encoding/json"
	"errors"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/jichitai-sec/policy/zone"
)

// fzSeeds is every spelling any closed set of the package accepts, every
// endpoint, and near misses, so that each parser also sees the others'
// words ("internet" is both a zone and a network).
func fzSeeds() []string {
	seeds := []string{
		"", " ", " mynumber", "mynumber ", "MYNUMBER", "Mynumber", "my-number", "zone:", "network:",
		"network:lgwan ", " network:lgwan", "zone:LGWAN", "Zone:mynumber", "zone: mynumber",
		"zone:zone:mynumber", "network:business", "zone.Zone(0)", "zone.Zone(4)", "zone.Endpoint(unset)",
		"lgwan接続系", "CDR", "ids/ips", "IDS／IPS", "utm ", "2026-02-30", "6(3)ア", "none", "invalid",
		"\xff", "\xe3\x83", "zone:\xff", "network:\xe3\x83", "\x00", "mynumber\x00", "インターネット ",
	}
	seeds = append(seeds, fzAliases...)
	add := func(id, ja, en string) { seeds = append(seeds, id, ja, en) }
	for _, v := range zone.All() {
		add(v.String(), v.Ja(), v.En())
	}
	for _, v := range zone.Networks() {
		add(v.String(), v.Ja(), v.En())
	}
	for _, v := range zone.Endpoints() {
		add(v.String(), "zone:"+v.Ja(), "network:"+v.Ja())
	}
	for _, v := range zone.Channels() {
		add(v.String(), v.Ja(), v.En())
	}
	for _, v := range zone.Methods() {
		add(v.String(), v.Ja(), v.En())
	}
	for _, v := range zone.SafeguardKinds() {
		add(v.String(), v.Ja(), v.En())
	}
	for _, v := range zone.AllFunctions.List() {
		add(v.String(), v.Ja(), v.En())
	}
	for _, v := range zone.Rules() {
		add(v.String(), v.Ja(), v.En())
	}
	for _, v := range zone.ExceptionStatuses() {
		add(v.String(), v.Ja(), v.En())
	}
	for _, a := range fzAliases {
		seeds = append(seeds, "zone:"+a, "network:"+a)
	}
	return seeds
}

// fzAliases is every alias a Parse doc comment of the package documents.
var fzAliases = []string{"個人番号利用事務系", "lgwan", "LGWAN接続系", "LGWAN", "総合行政ネットワーク", "電磁的記録媒体", "cdr", "IDS/IPS"}

// fzMember is what every closed set of the package provides.
type fzMember interface {
	~uint8
	Valid() bool
	String() string
	Ja() string
	MarshalText() ([]byte, error)
}

// fzCheck checks one input to the Parse and UnmarshalText of a closed set.
// A success is a valid member, spelled exactly as its wire id, its Japanese
// label or one of its documented aliases, that round-trips through
// MarshalText. A failure is a *zone.ParseError naming the package, the set
// and the input and listing the wire ids, and leaves an UnmarshalText
// destination unchanged.
func fzCheck[T fzMember, PT interface {
	*T
	UnmarshalText([]byte) error
}](t *testing.T, typ, in string, parse func(string) (T, error), all []T, aliases map[string]T) {
	t.Helper()
	sentinel := all[len(all)-1]
	dst := sentinel
	uerr := PT(&dst).UnmarshalText([]byte(in))
	v, err := parse(in)
	if err != nil {
		var pe *zone.ParseError
		if !errors.As(err, &pe) {
			t.Fatalf("Parse%s(%q): error %v (%T) is not a *zone.ParseError", typ, in, err, err)
		}
		if pe.Pkg != "zone" || pe.Type != typ || pe.Input != in || pe.Marshal {
			t.Errorf("Parse%s(%q): error fields %+v", typ, in, pe)
		}
		var ids []string
		for _, m := range all {
			ids = append(ids, m.String())
		}
		if !slices.Equal(pe.Accepted, ids) {
			t.Errorf("Parse%s(%q): error accepts %q, want %q", typ, in, pe.Accepted, ids)
		}
		if msg := err.Error(); !strings.HasPrefix(msg, "zone: ") || !strings.Contains(msg, strconv.Quote(in)) {
			t.Errorf("Parse%s(%q): message %q does not name the package and quote the input", typ, in, msg)
		}
		if v != 0 {
			t.Errorf("Parse%s(%q) returned %v with its error", typ, in, v)
		}
		if uerr == nil || dst != sentinel {
			t.Errorf("UnmarshalText(%q) as %s = %v and set %v; want an error and %v unchanged", in, typ, uerr, dst, sentinel)
		}
		return
	}
	if !v.Valid() {
		t.Fatalf("Parse%s(%q) = %d, which is not Valid", typ, in, uint8(v))
	}
	if owner, ok := aliases[in]; in != v.String() && in != v.Ja() && (!ok || owner != v) {
		t.Errorf("Parse%s(%q) = %v, but the input is not its wire id, Japanese label or a documented alias", typ, in, v)
	}
	b, err := v.MarshalText()
	if err != nil || string(b) != v.String() {
		t.Fatalf("%s %v MarshalText() = %q, %v", typ, v, b, err)
	}
	if back, err := parse(string(b)); err != nil || back != v {
		t.Errorf("Parse%s(MarshalText(%v)) = %v, %v", typ, v, back, err)
	}
	if uerr != nil || dst != v {
		t.Errorf("UnmarshalText(%q) as %s = %v, %v; want %v", in, typ, dst, uerr, v)
	}
}

func fzAdd(f *testing.F) {
	for _, s := range fzSeeds() {
		f.Add(s)
	}
}

func FuzzParse(f *testing.F) {
	fzAdd(f)
	aliases := map[string]zone.Zone{"個人番号利用事務系": zone.MyNumberZone, "lgwan": zone.BusinessZone, "LGWAN接続系": zone.BusinessZone}
	f.Fuzz(func(t *testing.T, in string) {
		fzCheck(t, "Zone", in, zone.Parse, zone.All(), aliases)
	})
}

func FuzzParseNetwork(f *testing.F) {
	fzAdd(f)
	aliases := map[string]zone.Network{"LGWAN": zone.LGWAN, "総合行政ネットワーク": zone.LGWAN}
	f.Fuzz(func(t *testing.T, in string) {
		fzCheck(t, "Network", in, zone.ParseNetwork, zone.Networks(), aliases)
	})
}

func FuzzParseChannel(f *testing.F) {
	fzAdd(f)
	aliases := map[string]zone.Channel{"電磁的記録媒体": zone.Media}
	f.Fuzz(func(t *testing.T, in string) {
		fzCheck(t, "Channel", in, zone.ParseChannel, zone.Channels(), aliases)
	})
}

func FuzzParseMethod(f *testing.F) {
	fzAdd(f)
	aliases := map[string]zone.Method{"cdr": zone.FileSanitization}
	f.Fuzz(func(t *testing.T, in string) {
		fzCheck(t, "Method", in, zone.ParseMethod, zone.Methods(), aliases)
	})
}

func FuzzParseSafeguardKind(f *testing.F) {
	fzAdd(f)
	f.Fuzz(func(t *testing.T, in string) {
		fzCheck(t, "SafeguardKind", in, zone.ParseSafeguardKind, zone.SafeguardKinds(), nil)
	})
}

func FuzzParseFunction(f *testing.F) {
	fzAdd(f)
	aliases := map[string]zone.Function{"IDS/IPS": zone.IntrusionPrevention}
	f.Fuzz(func(t *testing.T, in string) {
		fzCheck(t, "Function", in, zone.ParseFunction, zone.AllFunctions.List(), aliases)
	})
}

func FuzzParseRule(f *testing.F) {
	fzAdd(f)
	f.Fuzz(func(t *testing.T, in string) {
		fzCheck(t, "Rule", in, zone.ParseRule, zone.Rules(), nil)
	})
}

func FuzzParseExceptionStatus(f *testing.F) {
	fzAdd(f)
	f.Fuzz(func(t *testing.T, in string) {
		fzCheck(t, "ExceptionStatus", in, zone.ParseExceptionStatus, zone.ExceptionStatuses(), nil)
	})
}

func FuzzParseEndpoint(f *testing.F) {
	fzAdd(f)
	zoneAliases := map[string]zone.Zone{"個人番号利用事務系": zone.MyNumberZone, "lgwan": zone.BusinessZone, "LGWAN接続系": zone.BusinessZone}
	networkAliases := map[string]zone.Network{"LGWAN": zone.LGWAN, "総合行政ネットワーク": zone.LGWAN}
	f.Fuzz(func(t *testing.T, in string) {
		sentinel := zone.External(zone.NationalSystem)
		dst := sentinel
		uerr := dst.UnmarshalText([]byte(in))
		e, err := zone.ParseEndpoint(in)
		if err != nil {
			var pe *zone.ParseError
			if !errors.As(err, &pe) || pe.Pkg != "zone" || pe.Marshal {
				t.Fatalf("ParseEndpoint(%q): error %#v is not a *zone.ParseError", in, err)
			}
			// The error quotes the input, or for "zone:…" and "network:…"
			// the part after the prefix that named no zone or network.
			rest, isZone := strings.CutPrefix(in, "zone:")
			var isNetwork bool
			if !isZone {
				rest, isNetwork = strings.CutPrefix(in, "network:")
			}
			switch {
			case pe.Input == in && pe.Type == "Endpoint":
			case isZone && pe.Input == rest && pe.Type == "Zone":
			case isNetwork && pe.Input == rest && pe.Type == "Network":
			default:
				t.Errorf("ParseEndpoint(%q): error %+v names neither the input nor its zone or network part", in, pe)
			}
			if msg := err.Error(); !strings.HasPrefix(msg, "zone: ") || !strings.Contains(msg, strconv.Quote(pe.Input)) {
				t.Errorf("ParseEndpoint(%q): message %q does not name the package and quote the input", in, msg)
			}
			if e != (zone.Endpoint{}) {
				t.Errorf("ParseEndpoint(%q) returned %v with its error", in, e)
			}
			if uerr == nil || dst != sentinel {
				t.Errorf("UnmarshalText(%q) = %v and set %v; want an error and no change", in, uerr, dst)
			}
			return
		}
		if !e.Valid() {
			t.Fatalf("ParseEndpoint(%q) = %v, which is not Valid", in, e)
		}
		switch z, n := e.Zone(), e.Network(); {
		case z != 0:
			rest, ok := strings.CutPrefix(in, "zone:")
			if !ok || (rest != z.String() && rest != z.Ja() && zoneAliases[rest] != z) {
				t.Errorf("ParseEndpoint(%q) = %v, but the input is not zone: and a spelling of it", in, e)
			}
		case n != 0:
			rest, ok := strings.CutPrefix(in, "network:")
			if !ok || (rest != n.String() && rest != n.Ja() && networkAliases[rest] != n) {
				t.Errorf("ParseEndpoint(%q) = %v, but the input is not network: and a spelling of it", in, e)
			}
		}
		b, err := e.MarshalText()
		if err != nil || string(b) != e.String() {
			t.Fatalf("MarshalText(%v) = %q, %v", e, b, err)
		}
		if back, err := zone.ParseEndpoint(string(b)); err != nil || back != e {
			t.Errorf("ParseEndpoint(MarshalText(%v)) = %v, %v", e, back, err)
		}
		if uerr != nil || dst != e {
			t.Errorf("UnmarshalText(%q) = %v, %v; want %v", in, dst, uerr, e)
		}
	})
}

func FuzzFunctionsUnmarshalJSON(f *testing.F) {
	for _, s := range []string{
		`[]`, `null`, `["firewall"]`, `["firewall","ids-ips","antivirus","web-filtering"]`,
		`["web-filtering","firewall"]`, `["IDS/IPS"]`, `["ファイアウォール","侵入検知・防御（IDS/IPS）"]`,
		`["firewall","firewall"]`, `["IDS/IPS","ids-ips"]`, `["bogus"]`, `[""]`, `["Firewall"]`,
		`[" firewall"]`, `["fire\u0077all"]`, `["\xff"]`, `[1]`, `[true]`, `[[]]`, `{}`, `1`, `[`,
		`["firewall",]`, ` ["antivirus"] `, `["firewall"]x`, ``, `"firewall"`, `"AQI="`, `""`,
		`[null]`, `["firewall",null]`, `["bogus","firewall","firewall"]`, `["firewall","firewall","bogus"]`,
		`["mynumber"]`, `["zone:"]`, `["network:lgwan "]`, `["2026-02-30"]`,
	} {
		f.Add([]byte(s))
	}
	f.Add([]byte(`"AQIDBA=="`)) // base64 of the bytes 1-4
	f.Add([]byte("[\"\xff\"]")) // invalid UTF-8 in a string
	f.Fuzz(func(t *testing.T, in []byte) {
		// The oracle: the input read as generic JSON must be an array of
		// strings each naming a Function, none twice. problem is the first
		// thing wrong, unknown every string that names no function.
		var generic any
		problem, firstUnknown, repeated := "", "", ""
		unknown := map[string]bool{}
		var want zone.Functions
		if err := json.Unmarshal(in, &generic); err != nil {
			problem = "it is not well-formed JSON"
		} else if generic != nil {
			elems, ok := generic.([]any)
			if !ok {
				problem = "it is not an array"
			}
			for _, el := range elems {
				s, ok := el.(string)
				if !ok {
					if problem == "" {
						problem = "an element is not a string"
					}
					continue
				}
				fn, err := zone.ParseFunction(s)
				switch {
				case err != nil:
					if problem == "" {
						problem, firstUnknown = "an element names no function", s
					}
					unknown[s] = true
				case want.Has(fn):
					if problem == "" {
						problem, repeated = "a function is repeated", fn.String()
					}
				}
				want |= zone.FunctionsOf(fn)
			}
		}

		sentinel := zone.FunctionsOf(zone.Antivirus, zone.WebFiltering)
		s := sentinel
		err := s.UnmarshalJSON(in)
		if err != nil {
			if problem == "" {
				t.Fatalf("UnmarshalJSON(%s) = %v, want success", in, err)
			}
			if s != sentinel {
				t.Errorf("failed UnmarshalJSON(%s) changed the set to %v", in, s)
			}
			if !strings.HasPrefix(err.Error(), "zone: ") {
				t.Errorf("UnmarshalJSON(%s) error %q does not name the package", in, err)
			}
			var pe *zone.ParseError
			isPE := errors.As(err, &pe)
			if isPE && (!unknown[pe.Input] || pe.Pkg != "zone" || pe.Type != "Function") {
				t.Errorf("UnmarshalJSON(%s) error %+v names no unknown function of the input", in, pe)
			}
			switch {
			case firstUnknown != "" && (!isPE || pe.Input != firstUnknown):
				t.Errorf("UnmarshalJSON(%s) error = %v, want a *zone.ParseError for %q", in, err, firstUnknown)
			case repeated != "" && !strings.Contains(err.Error(), "duplicate "+repeated):
				t.Errorf("UnmarshalJSON(%s) error %q does not name the repeated %s", in, err, repeated)
			}
			return
		}
		if problem != "" {
			t.Fatalf("UnmarshalJSON(%s) = nil and set %v (bits %08b); want an error: %s", in, s, uint8(s), problem)
		}
		if !s.Valid() {
			t.Fatalf("UnmarshalJSON(%s) = nil with invalid set %08b", in, uint8(s))
		}
		if generic != nil && s != want {
			t.Errorf("UnmarshalJSON(%s) = %v, want %v", in, s, want)
		}
		b, err := s.MarshalJSON()
		if err != nil {
			t.Fatalf("MarshalJSON(%v): %v", s, err)
		}
		back := sentinel
		if err := back.UnmarshalJSON(b); err != nil || back != s {
			t.Errorf("UnmarshalJSON(MarshalJSON(%v) = %s) = %v, %v", s, b, back, err)
		}
	})
}
