package zone

import (
	"encoding/json"
	"errors"
	"maps"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/jichitai-sec/policy/internal/enum"
)

// This file is an internal test so that it can check each set's table (its
// aliases in particular) and build an Endpoint with both parts set, which
// the exported API cannot.

var csKebab = regexp.MustCompile(`^[a-z][a-z0-9]*(-[a-z0-9]+)*$`)

// csMember is what every closed set of this package provides.
type csMember interface {
	~uint8
	Valid() bool
	String() string
	Ja() string
	En() string
	MarshalText() ([]byte, error)
}

// csSet is the expected shape of one closed set.
type csSet[T csMember] struct {
	typ     string                  // type name, as diagnostics print it
	all     []T                     // what the set's All function returns
	ids     []string                // the expected wire ids, in declaration order
	aliases map[string]T            // the aliases the Parse doc comment documents
	table   *enum.Table[T]          // the set's table
	parse   func(string) (T, error) // the set's Parse function
}

func csCheck[T csMember, PT interface {
	*T
	UnmarshalText([]byte) error
}](t *testing.T, s csSet[T]) {
	t.Helper()
	if len(s.all) != len(s.ids) {
		t.Fatalf("%s: All() = %v, want %d members %q", s.typ, s.all, len(s.ids), s.ids)
	}
	spelling := map[string]T{} // every accepted spelling, to its member
	ja := map[string]T{}
	en := map[string]T{}
	for i, v := range s.all {
		if v != T(i+1) {
			t.Errorf("%s: All()[%d] = %d, want %d (declaration order from 1)", s.typ, i, v, i+1)
		}
		if !v.Valid() {
			t.Errorf("%s: member %d is not Valid", s.typ, v)
		}
		id := v.String()
		if id != s.ids[i] {
			t.Errorf("%s(%d).String() = %q, want wire id %q", s.typ, v, id, s.ids[i])
		}
		if !csKebab.MatchString(id) {
			t.Errorf("%s: wire id %q is not kebab-case ASCII", s.typ, id)
		}
		if v.Ja() == "" || v.En() == "" {
			t.Errorf("%s %s: empty label: Ja %q, En %q", s.typ, id, v.Ja(), v.En())
		}
		if prev, dup := ja[v.Ja()]; dup {
			t.Errorf("%s: %s and %s share the Japanese label %q", s.typ, prev, v, v.Ja())
		}
		ja[v.Ja()] = v
		if prev, dup := en[v.En()]; dup {
			t.Errorf("%s: %s and %s share the English label %q", s.typ, prev, v, v.En())
		}
		en[v.En()] = v
		if b, err := v.MarshalText(); err != nil || string(b) != id {
			t.Errorf("%s(%d).MarshalText() = %q, %v; want %q", s.typ, v, b, err, id)
		}

		// The table's aliases are exactly the documented ones.
		var documented []string
		for a, owner := range s.aliases {
			if owner == v {
				documented = append(documented, a)
			}
		}
		listed := slices.Clone(s.table.Entries[i].Aliases)
		slices.Sort(documented)
		slices.Sort(listed)
		if !slices.Equal(documented, listed) {
			t.Errorf("%s %s: table aliases %q, documented %q", s.typ, id, listed, documented)
		}

		spellings := append([]string{id, v.Ja()}, listed...)
		if s.table.IDOnly {
			// Labels that are descriptions (rule reasons) do not parse.
			if _, err := s.parse(v.Ja()); err == nil {
				t.Errorf("%s: Parse(%q) accepted a description", s.typ, v.Ja())
			}
			spellings = append([]string{id}, listed...)
		}
		for _, sp := range spellings {
			if prev, dup := spelling[sp]; dup && prev != v {
				t.Errorf("%s: spelling %q names both %s and %s", s.typ, sp, prev, v)
			}
			spelling[sp] = v
			if got, err := s.parse(sp); err != nil || got != v {
				t.Errorf("%s: Parse(%q) = %v, %v; want %s", s.typ, sp, got, err, id)
			}
			var back T
			if err := PT(&back).UnmarshalText([]byte(sp)); err != nil || back != v {
				t.Errorf("%s: UnmarshalText(%q) = %v, %v; want %s", s.typ, sp, back, err, id)
			}
		}
	}
	for _, a := range slices.Sorted(maps.Keys(s.aliases)) {
		if got, err := s.parse(a); err != nil || got != s.aliases[a] {
			t.Errorf("%s: documented alias Parse(%q) = %v, %v; want %v", s.typ, a, got, err, s.aliases[a])
		}
	}

	// Values outside the set print diagnosably and refuse to marshal.
	for _, bad := range []T{0, T(len(s.ids) + 1), 255} {
		want := "zone." + s.typ + "(" + strconv.Itoa(int(bad)) + ")"
		if bad.Valid() {
			t.Errorf("%s: %d is Valid", s.typ, bad)
		}
		if bad.String() != want || bad.Ja() != want || bad.En() != want {
			t.Errorf("%s(%d): String %q, Ja %q, En %q; want %q", s.typ, bad, bad.String(), bad.Ja(), bad.En(), want)
		}
		b, err := bad.MarshalText()
		var pe *ParseError
		if err == nil || b != nil || !errors.As(err, &pe) || !pe.Marshal || pe.Input != want || pe.Type != s.typ {
			t.Errorf("%s(%d).MarshalText() = %q, %v; want a marshal error naming %q", s.typ, bad, b, err, want)
		}
	}

	// Parse rejects what is not written exactly.
	for _, in := range []string{"", " " + s.ids[0], s.ids[0] + " ", strings.ToUpper(s.ids[0]), s.all[0].En(), "zone." + s.typ + "(1)"} {
		if _, dup := spelling[in]; dup {
			continue
		}
		got, err := s.parse(in)
		var pe *ParseError
		if err == nil || got != 0 || !errors.As(err, &pe) || pe.Input != in || pe.Type != s.typ || pe.Pkg != "zone" {
			t.Errorf("%s: Parse(%q) = %v, %v; want 0 and a *ParseError for the input", s.typ, in, got, err)
			continue
		}
		if !slices.Equal(pe.Accepted, s.ids) {
			t.Errorf("%s: Parse(%q) error lists %q as accepted, want %q", s.typ, in, pe.Accepted, s.ids)
		}
		dst := s.all[len(s.all)-1]
		if err := PT(&dst).UnmarshalText([]byte(in)); err == nil || dst != s.all[len(s.all)-1] {
			t.Errorf("%s: UnmarshalText(%q) = %v and set %v; want an error and no change", s.typ, in, err, dst)
		}
	}
}

func TestClosedSetZone(t *testing.T) {
	csCheck(t, csSet[Zone]{
		typ: "Zone", all: All(), table: &zones, parse: Parse,
		ids:     []string{"mynumber", "business", "internet"},
		aliases: map[string]Zone{"個人番号利用事務系": MyNumberZone, "lgwan": BusinessZone, "LGWAN接続系": BusinessZone},
	})
	if got := []Zone{MyNumberZone, BusinessZone, InternetZone}; !slices.Equal(All(), got) {
		t.Errorf("All() = %v, want %v", All(), got)
	}
	for _, c := range []struct {
		z      Zone
		ja, en string
	}{
		{MyNumberZone, "マイナンバー利用事務系", "My Number zone"},
		{BusinessZone, "業務サーバ接続系", "business-server zone"},
		{InternetZone, "インターネット接続系", "Internet zone"},
	} {
		if c.z.Ja() != c.ja || c.z.En() != c.en {
			t.Errorf("%s labels = %q / %q, want %q / %q (the policy's terms)", c.z, c.z.Ja(), c.z.En(), c.ja, c.en)
		}
	}
	if got := MustParse("LGWAN接続系"); got != BusinessZone {
		t.Errorf("MustParse(LGWAN接続系) = %v", got)
	}
	defer func() {
		if recover() == nil {
			t.Error("MustParse(\"LGWAN\") did not panic: LGWAN is a network, not a zone")
		}
	}()
	MustParse("LGWAN")
}

func TestClosedSetNetwork(t *testing.T) {
	csCheck(t, csSet[Network]{
		typ: "Network", all: Networks(), table: &networks, parse: ParseNetwork,
		ids:     []string{"internet", "lgwan", "national-system"},
		aliases: map[string]Network{"LGWAN": LGWAN, "総合行政ネットワーク": LGWAN},
	})
	if got := []Network{PublicInternet, LGWAN, NationalSystem}; !slices.Equal(Networks(), got) {
		t.Errorf("Networks() = %v, want %v", Networks(), got)
	}
}

func TestClosedSetChannel(t *testing.T) {
	csCheck(t, csSet[Channel]{
		typ: "Channel", all: Channels(), table: &channels, parse: ParseChannel,
		ids:     []string{"direct", "media", "sanitized"},
		aliases: map[string]Channel{"電磁的記録媒体": Media},
	})
	if got := []Channel{Direct, Media, Sanitized}; !slices.Equal(Channels(), got) {
		t.Errorf("Channels() = %v, want %v", Channels(), got)
	}
	if Sanitized.Ja() != "無害化通信" {
		t.Errorf("Sanitized.Ja() = %q, want the policy's term 無害化通信 (2(12))", Sanitized.Ja())
	}
}

func TestClosedSetMethod(t *testing.T) {
	csCheck(t, csSet[Method]{
		typ: "Method", all: Methods(), table: &methods, parse: ParseMethod,
		ids: []string{"file-sanitization", "text-conversion", "image-conversion", "pdf-conversion",
			"mail-attachment-removal", "mail-text-conversion", "screen-transfer"},
		aliases: map[string]Method{"cdr": FileSanitization},
	})
	want := []Method{FileSanitization, TextConversion, ImageConversion, PDFConversion,
		MailAttachmentRemoval, MailTextConversion, ScreenTransfer}
	if !slices.Equal(Methods(), want) {
		t.Errorf("Methods() = %v, want %v", Methods(), want)
	}
	if _, err := ParseMethod("CDR"); err == nil {
		t.Error(`ParseMethod("CDR") succeeded; only the documented "cdr" is an alias`)
	}
}

func TestClosedSetSafeguardKind(t *testing.T) {
	csCheck(t, csSet[SafeguardKind]{
		typ: "SafeguardKind", all: SafeguardKinds(), table: &safeguardKinds, parse: ParseSafeguardKind,
		ids: []string{"utm", "security-cloud"},
	})
	if got := []SafeguardKind{UTM, SecurityCloud}; !slices.Equal(SafeguardKinds(), got) {
		t.Errorf("SafeguardKinds() = %v, want %v", SafeguardKinds(), got)
	}
	if got, err := ParseSafeguardKind("UTM"); err != nil || got != UTM {
		t.Errorf(`ParseSafeguardKind("UTM") = %v, %v; want utm by its Japanese label`, got, err)
	}
}

func TestClosedSetFunction(t *testing.T) {
	csCheck(t, csSet[Function]{
		typ: "Function", all: AllFunctions.List(), table: &functions, parse: ParseFunction,
		ids:     []string{"firewall", "ids-ips", "antivirus", "web-filtering"},
		aliases: map[string]Function{"IDS/IPS": IntrusionPrevention},
	})
	if got := []Function{Firewall, IntrusionPrevention, Antivirus, WebFiltering}; !slices.Equal(AllFunctions.List(), got) {
		t.Errorf("AllFunctions.List() = %v, want %v", AllFunctions.List(), got)
	}
	// The Japanese labels are the functions 2(13) names.
	for f, ja := range map[Function]string{
		Firewall: "ファイアウォール", IntrusionPrevention: "侵入検知・防御（IDS/IPS）",
		Antivirus: "アンチウイルス", WebFiltering: "Webフィルタリング",
	} {
		if f.Ja() != ja {
			t.Errorf("%s.Ja() = %q, want %q", f, f.Ja(), ja)
		}
	}
}

func TestClosedSetRule(t *testing.T) {
	csCheck(t, csSet[Rule]{
		typ: "Rule", all: Rules(), table: &rules, parse: ParseRule,
		ids: []string{
			"invalid-flow", "same-zone", "mynumber-exception", "mynumber-isolated",
			"external-needs-direct", "sanitized-transfer", "sanitization-method-missing",
			"business-internet-separated", "boundary-complete", "boundary-incomplete",
			"boundary-missing", "business-lgwan", "business-to-internet",
			"internet-zone-to-lgwan", "no-permitting-rule",
		},
	})
	if got := Rules(); got[0] != RuleInvalidFlow || got[len(got)-1] != RuleNoPermittingRule {
		t.Errorf("Rules() = %v, want invalid-flow first and no-permitting-rule last", got)
	}
}

func TestClosedSetExceptionStatus(t *testing.T) {
	csCheck(t, csSet[ExceptionStatus]{
		typ: "ExceptionStatus", all: ExceptionStatuses(), table: &exceptionStatuses, parse: ParseExceptionStatus,
		ids: []string{"incomplete", "not-grantable", "unapproved", "no-date", "not-yet-approved", "expired", "active"},
	})
	want := []ExceptionStatus{ExceptionIncomplete, ExceptionNotGrantable, ExceptionUnapproved,
		ExceptionNoDate, ExceptionNotYetApproved, ExceptionExpired, ExceptionActive}
	if !slices.Equal(ExceptionStatuses(), want) {
		t.Errorf("ExceptionStatuses() = %v, want %v", ExceptionStatuses(), want)
	}
}

func TestClosedSetEndpoints(t *testing.T) {
	want := []struct {
		e      Endpoint
		s      string
		ja, en string
	}{
		{In(MyNumberZone), "zone:mynumber", "マイナンバー利用事務系", "My Number zone"},
		{In(BusinessZone), "zone:business", "業務サーバ接続系", "business-server zone"},
		{In(InternetZone), "zone:internet", "インターネット接続系", "Internet zone"},
		{External(PublicInternet), "network:internet", "インターネット", "the Internet"},
		{External(LGWAN), "network:lgwan", "LGWAN（総合行政ネットワーク）", "LGWAN (local government wide area network)"},
		{External(NationalSystem), "network:national-system", "国等のシステムとの専用接続", "dedicated connection to a national system"},
	}
	all := Endpoints()
	if len(all) != len(want) {
		t.Fatalf("Endpoints() = %v, want %d endpoints", all, len(want))
	}
	for i, w := range want {
		e := all[i]
		if e != w.e || !e.Valid() {
			t.Errorf("Endpoints()[%d] = %v, want %v", i, e, w.s)
		}
		if e.String() != w.s || e.Ja() != w.ja || e.En() != w.en {
			t.Errorf("endpoint %d = %q / %q / %q, want %q / %q / %q", i, e.String(), e.Ja(), e.En(), w.s, w.ja, w.en)
		}
		if b, err := e.MarshalText(); err != nil || string(b) != w.s {
			t.Errorf("%s.MarshalText() = %q, %v", w.s, b, err)
		}
		if got, err := ParseEndpoint(w.s); err != nil || got != e {
			t.Errorf("ParseEndpoint(%q) = %v, %v", w.s, got, err)
		}
		if (e.Zone() != 0) == (e.Network() != 0) {
			t.Errorf("%s: Zone() %v, Network() %v; want exactly one set", w.s, e.Zone(), e.Network())
		}
	}
}

func TestClosedSetParseEndpoint(t *testing.T) {
	for _, c := range []struct {
		in   string
		want Endpoint
	}{
		{"zone:lgwan", In(BusinessZone)},
		{"zone:LGWAN接続系", In(BusinessZone)},
		{"zone:個人番号利用事務系", In(MyNumberZone)},
		{"zone:マイナンバー利用事務系", In(MyNumberZone)},
		{"network:lgwan", External(LGWAN)},
		{"network:LGWAN", External(LGWAN)},
		{"network:総合行政ネットワーク", External(LGWAN)},
		{"network:national-system", External(NationalSystem)},
		{"zone:internet", In(InternetZone)},
		{"network:internet", External(PublicInternet)},
	} {
		got, err := ParseEndpoint(c.in)
		if err != nil || got != c.want {
			t.Errorf("ParseEndpoint(%q) = %v, %v; want %v", c.in, got, err, c.want)
		}
		var e Endpoint
		if err := e.UnmarshalText([]byte(c.in)); err != nil || e != c.want {
			t.Errorf("UnmarshalText(%q) = %v, %v; want %v", c.in, e, err, c.want)
		}
	}
	// The business zone and LGWAN share the guideline's name but are
	// different endpoints.
	z, _ := ParseEndpoint("zone:lgwan")
	n, _ := ParseEndpoint("network:lgwan")
	if z == n || z.Zone() != BusinessZone || z.Network() != 0 || n.Network() != LGWAN || n.Zone() != 0 {
		t.Errorf(`"zone:lgwan" = %v and "network:lgwan" = %v; want the business zone and the LGWAN network`, z, n)
	}
	if z.String() != "zone:business" || n.String() != "network:lgwan" {
		t.Errorf("canonical forms %q and %q", z, n)
	}

	for _, in := range []string{
		"", "mynumber", "lgwan", "zone:", "network:", "zone:LGWAN", "network:business",
		"network:lgwan ", " zone:mynumber", "zone: mynumber", "Zone:mynumber", "ZONE:mynumber",
		"zone:MYNUMBER", "zone:zone:mynumber", "network:zone:lgwan", "zone.Endpoint(unset)",
		"zone:mynumber\x00", "zone:\xff",
	} {
		got, err := ParseEndpoint(in)
		if err == nil || got != (Endpoint{}) {
			t.Errorf("ParseEndpoint(%q) = %v, %v; want the zero Endpoint and an error", in, got, err)
			continue
		}
		var pe *ParseError
		if !errors.As(err, &pe) || pe.Pkg != "zone" || !strings.Contains(err.Error(), strconv.Quote(pe.Input)) ||
			!strings.HasSuffix(in, pe.Input) {
			t.Errorf("ParseEndpoint(%q) error = %v, want a *ParseError quoting the input", in, err)
		}
		e := In(InternetZone)
		if err := e.UnmarshalText([]byte(in)); err == nil || e != In(InternetZone) {
			t.Errorf("UnmarshalText(%q) = %v and set %v; want an error and no change", in, err, e)
		}
	}
	_, err := ParseEndpoint("mynumber")
	want := `zone: unknown Endpoint "mynumber" (accepted: zone:mynumber, zone:business, zone:internet, ` +
		`network:internet, network:lgwan, network:national-system) / 不明な値です`
	if err == nil || err.Error() != want {
		t.Errorf("ParseEndpoint(mynumber) error = %v, want %q", err, want)
	}
}

func TestClosedSetInvalidEndpoints(t *testing.T) {
	for _, c := range []struct {
		e    Endpoint
		want string
	}{
		{Endpoint{}, "zone.Endpoint(unset)"},
		{In(0), "zone.Endpoint(unset)"},
		{External(0), "zone.Endpoint(unset)"},
		{Endpoint{zone: BusinessZone, network: LGWAN}, "zone.Endpoint(2,2)"},
		{Endpoint{zone: MyNumberZone, network: PublicInternet}, "zone.Endpoint(1,1)"},
		{In(Zone(9)), "zone:zone.Zone(9)"},
		{External(Network(4)), "network:zone.Network(4)"},
	} {
		e := c.e
		if e.Valid() {
			t.Errorf("%s is Valid", c.want)
		}
		if e.String() != c.want || e.Ja() != c.want || e.En() != c.want {
			t.Errorf("endpoint %+v: String %q, Ja %q, En %q; want %q", e, e.String(), e.Ja(), e.En(), c.want)
		}
		b, err := e.MarshalText()
		var pe *ParseError
		if err == nil || b != nil || !errors.As(err, &pe) || !pe.Marshal || pe.Input != c.want {
			t.Errorf("%s.MarshalText() = %q, %v; want a marshal error", c.want, b, err)
		}
		if _, err := json.Marshal(struct{ At Endpoint }{e}); err == nil {
			t.Errorf("json.Marshal of %s succeeded", c.want)
		}
	}
	if In(0) != (Endpoint{}) || External(0) != (Endpoint{}) {
		t.Error("In(0) or External(0) differs from the zero Endpoint")
	}
}

func TestClosedSetFunctions(t *testing.T) {
	if s := FunctionsOf(); s != 0 || !s.Valid() || len(s.List()) != 0 || s.Missing() != AllFunctions || s.String() != "none" {
		t.Errorf("FunctionsOf() = %v: Valid %v, List %v, Missing %v", s, s.Valid(), s.List(), s.Missing())
	}
	if got := FunctionsOf(Firewall, IntrusionPrevention, Antivirus, WebFiltering); got != AllFunctions {
		t.Errorf("FunctionsOf(all four) = %v, want AllFunctions %v", got, AllFunctions)
	}
	if AllFunctions.Missing() != 0 || !AllFunctions.Valid() {
		t.Errorf("AllFunctions: Missing %v, Valid %v", AllFunctions.Missing(), AllFunctions.Valid())
	}
	if got := AllFunctions.String(); got != "firewall+ids-ips+antivirus+web-filtering" {
		t.Errorf("AllFunctions.String() = %q", got)
	}

	s := FunctionsOf(WebFiltering, Firewall, Firewall)
	if !s.Valid() || !s.Has(Firewall) || !s.Has(WebFiltering) || s.Has(IntrusionPrevention) || s.Has(Antivirus) {
		t.Errorf("FunctionsOf(web-filtering, firewall, firewall) = %v", s)
	}
	if got := s.List(); !slices.Equal(got, []Function{Firewall, WebFiltering}) {
		t.Errorf("List() = %v, want [firewall web-filtering] in declaration order", got)
	}
	if got := s.Missing(); got != FunctionsOf(IntrusionPrevention, Antivirus) {
		t.Errorf("Missing() = %v, want ids-ips+antivirus", got)
	}
	if got := s.String(); got != "firewall+web-filtering" {
		t.Errorf("String() = %q", got)
	}
	for _, f := range []Function{0, 5, 8, 255} {
		if AllFunctions.Has(f) || Functions(0xff).Has(f) {
			t.Errorf("Has(%d) on a full set = true for a value that is not a Function", f)
		}
	}

	// A value that is not a Function makes the set invalid instead of
	// vanishing.
	for _, bad := range []Function{0, 5, 255} {
		s := FunctionsOf(Firewall, bad)
		if s.Valid() {
			t.Errorf("FunctionsOf(firewall, %d) is Valid", bad)
		}
		if !s.Has(Firewall) || !slices.Equal(s.List(), []Function{Firewall}) {
			t.Errorf("FunctionsOf(firewall, %d) lost firewall: %v", bad, s.List())
		}
		if got := s.String(); got != "firewall+invalid" {
			t.Errorf("FunctionsOf(firewall, %d).String() = %q, want firewall+invalid", bad, got)
		}
		if b, err := s.MarshalJSON(); err == nil {
			t.Errorf("MarshalJSON of an invalid set = %s, nil; want an error", b)
		}
		if _, err := json.Marshal(struct{ F Functions }{s}); err == nil {
			t.Errorf("json.Marshal of an invalid set succeeded")
		}
	}
	if got := FunctionsOf(Function(0)).String(); got != "invalid" {
		t.Errorf("FunctionsOf(0).String() = %q, want \"invalid\"", got)
	}
}

func TestClosedSetFunctionsJSON(t *testing.T) {
	// Every subset round-trips, in declaration order.
	for bits := range AllFunctions + 1 {
		s := Functions(bits)
		b, err := json.Marshal(s)
		if err != nil {
			t.Fatalf("json.Marshal(%v): %v", s, err)
		}
		ids := []string{}
		for _, f := range s.List() {
			ids = append(ids, f.String())
		}
		want, _ := json.Marshal(ids)
		if string(b) != string(want) {
			t.Errorf("json.Marshal(%v) = %s, want %s", s, b, want)
		}
		back := Functions(0x40) // not a valid set, so any change is visible
		if err := json.Unmarshal(b, &back); err != nil || back != s {
			t.Errorf("json.Unmarshal(%s) = %v, %v; want %v", b, back, err, s)
		}
	}
	if b, _ := json.Marshal(Functions(0)); string(b) != "[]" {
		t.Errorf("the empty set marshals as %s, want []", b)
	}

	// Aliases and Japanese labels are read, and written back as wire ids.
	var s Functions
	if err := json.Unmarshal([]byte(`["Webフィルタリング","IDS/IPS","ファイアウォール"]`), &s); err != nil ||
		s != FunctionsOf(Firewall, IntrusionPrevention, WebFiltering) {
		t.Errorf("json.Unmarshal of labels = %v, %v", s, err)
	}
	if b, _ := json.Marshal(s); string(b) != `["firewall","ids-ips","web-filtering"]` {
		t.Errorf("re-marshalled as %s", b)
	}

	// Unknown ids are rejected with the closed-set error, repeated ones with
	// an error naming the function, and nothing is changed.
	for _, c := range []struct{ in, unknown, repeated string }{
		{in: `["firewall","firewall"]`, repeated: "firewall"},
		{in: `["IDS/IPS","ids-ips"]`, repeated: "ids-ips"},
		{in: `["antivirus","web-filtering","ウェブフィルタリング"]`, unknown: "ウェブフィルタリング"},
		{in: `["antivirus","ウイルス対策"]`, unknown: "ウイルス対策"},
		{in: `["bogus"]`, unknown: "bogus"},
		{in: `[""]`, unknown: ""},
		{in: `["Firewall"]`, unknown: "Firewall"},
		{in: `["firewall "]`, unknown: "firewall "},
		{in: `["utm"]`, unknown: "utm"},
	} {
		s := FunctionsOf(Antivirus)
		err := json.Unmarshal([]byte(c.in), &s)
		if err == nil {
			t.Errorf("json.Unmarshal(%s) succeeded with %v", c.in, s)
			continue
		}
		var pe *ParseError
		switch {
		case c.repeated != "":
			if msg := err.Error(); !strings.HasPrefix(msg, "zone: ") || !strings.Contains(msg, "duplicate "+c.repeated) {
				t.Errorf("json.Unmarshal(%s) error = %q, want it to name the repeated %s", c.in, msg, c.repeated)
			}
		case !errors.As(err, &pe) || pe.Input != c.unknown || pe.Type != "Function":
			t.Errorf("json.Unmarshal(%s) error = %v, want a *ParseError for Function %q", c.in, err, c.unknown)
		}
		if s != FunctionsOf(Antivirus) {
			t.Errorf("failed json.Unmarshal(%s) changed the set to %v", c.in, s)
		}
		s = FunctionsOf(Antivirus)
		if err := s.UnmarshalJSON([]byte(c.in)); err == nil || s != FunctionsOf(Antivirus) {
			t.Errorf("UnmarshalJSON(%s) = %v, set %v; want an error and no change", c.in, err, s)
		}
	}
}

// TestClosedSetFunctionsJSONRejectsNonIDs holds UnmarshalJSON to its
// documented input, an array of wire ids. Since Function is a uint8,
// encoding/json would read a JSON string decoded into []Function as base64
// bytes ("AQIDBA==" as all four functions) and a null element as the zero
// Function; neither is a wire id.
func TestClosedSetFunctionsJSONRejectsNonIDs(t *testing.T) {
	for _, in := range []string{
		`"AQIDBA=="`, // base64 of the bytes 1-4: every function
		`"AQI="`,     // base64 of the bytes 1, 2: firewall and ids-ips
		`"firewall"`, // a string, not an array: base64 of unrelated bytes
		`""`,
		`[null]`,
		`["firewall",null]`,
		`[1]`,
		`[true]`,
		`[["firewall"]]`,
		`{"firewall":true}`,
		`1`,
		`[`,
		``,
	} {
		s := FunctionsOf(Antivirus)
		err := s.UnmarshalJSON([]byte(in))
		if err == nil {
			t.Errorf("UnmarshalJSON(%s) = nil and set %v (%08b), Valid %v; want an error", in, s, uint8(s), s.Valid())
			continue
		}
		if s != FunctionsOf(Antivirus) {
			t.Errorf("failed UnmarshalJSON(%s) changed the set to %v", in, s)
		}
	}
}
