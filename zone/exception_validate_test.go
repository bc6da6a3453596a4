package zone_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/jichitai-sec/policy/date"
	"github.com/jichitai-sec/policy/field"
	"github.com/jichitai-sec/policy/zone"
)

// problem is what a test asserts of a field.Error.
type problem struct {
	Path  field.Path
	Kind  field.Kind
	Value string
}

func problems(t *testing.T, list field.List) []problem {
	t.Helper()
	var out []problem
	for _, e := range list {
		if e.Detail.Ja == "" || e.Detail.En == "" {
			t.Errorf("%s: detail not in both languages: %+v", e.Path, e.Detail)
		}
		out = append(out, problem{e.Path, e.Kind, e.Value})
	}
	return out
}

func TestValidateExceptions(t *testing.T) {
	nodes := []zone.Node{
		{ID: "juki", At: myNumber},
		{ID: "lgwan-gw", At: lgwan},
		{ID: "biz", At: business},
		{ID: "portal-gw", At: business},
		{ID: "web", At: internetZ},
		{ID: "juki", At: internetZ}, // a repeated id: the first one counts
	}
	with := func(base func() zone.Exception, edit func(*zone.Exception)) zone.Exception {
		e := base()
		edit(&e)
		return e
	}
	cases := []struct {
		name string
		list []zone.Exception
		want []problem
	}{
		{"valid local approval and national allowance", []zone.Exception{local(), allowance()}, nil},
		{"unapproved request is not malformed", []zone.Exception{with(local, func(e *zone.Exception) { e.ApprovedBy, e.ApprovedOn = "", date.Date{} })}, nil},
		{"duplicate id", []zone.Exception{local(), local()}, []problem{{"/exceptions/1/id", field.KindDuplicate, "EX-1"}}},
		{"everything missing", []zone.Exception{{}}, []problem{
			{"/exceptions/0/id", field.KindRequired, ""},
			{"/exceptions/0/from", field.KindRequired, ""},
			{"/exceptions/0/to", field.KindRequired, ""},
			{"/exceptions/0/channel", field.KindRequired, ""},
			{"/exceptions/0/covers", field.KindRequired, ""},
			{"/exceptions/0/justification", field.KindRequired, ""},
			{"/exceptions/0/expiresOn", field.KindRequired, ""},
		}},
		{"blank justification", []zone.Exception{with(local, func(e *zone.Exception) { e.Justification = "  " })},
			[]problem{{"/exceptions/0/justification", field.KindRequired, ""}}},
		{"national allowance needs no expiry, a local approval does", []zone.Exception{allowance(), with(local, func(e *zone.Exception) { e.ExpiresOn = date.Date{} })},
			[]problem{{"/exceptions/1/expiresOn", field.KindRequired, ""}}},
		{"sanitized without method", []zone.Exception{with(allowance, func(e *zone.Exception) { e.Method = 0 })},
			[]problem{{"/exceptions/0/method", field.KindRequired, ""}}},
		{"unknown method", []zone.Exception{with(allowance, func(e *zone.Exception) { e.Method = 42 })},
			[]problem{{"/exceptions/0/method", field.KindNotSupported, "zone.Method(42)"}}},
		{"method on direct traffic", []zone.Exception{with(local, func(e *zone.Exception) { e.Method = zone.PDFConversion })},
			[]problem{{"/exceptions/0/method", field.KindForbidden, "pdf-conversion"}}},
		{"unknown endpoint and channel", []zone.Exception{with(local, func(e *zone.Exception) { e.From, e.Channel = zone.In(9), 7 })}, []problem{
			{"/exceptions/0/from", field.KindNotSupported, "zone:zone.Zone(9)"},
			{"/exceptions/0/channel", field.KindNotSupported, "zone.Channel(7)"},
		}},
		{"local exception to the Internet zone", []zone.Exception{with(local, func(e *zone.Exception) {
			e.From, e.To, e.Covers = myNumber, internetZ, []zone.NodePair{{From: "juki", To: "web"}}
		})}, []problem{{"/exceptions/0", field.KindForbidden, "zone:mynumber → zone:internet by direct"}}},
		{"local exception carrying media to LGWAN", []zone.Exception{with(local, func(e *zone.Exception) { e.Channel = zone.Media })},
			[]problem{{"/exceptions/0", field.KindForbidden, "network:lgwan → zone:mynumber by media"}}},
		{"national allowance outward", []zone.Exception{with(allowance, func(e *zone.Exception) {
			e.From, e.To, e.Covers = myNumber, business, []zone.NodePair{{From: "juki", To: "portal-gw"}}
		})}, []problem{{"/exceptions/0", field.KindForbidden, "zone:mynumber → zone:business by sanitized/pdf-conversion"}}},
		{"national allowance by media", []zone.Exception{with(allowance, func(e *zone.Exception) { e.Channel, e.Method = zone.Media, 0 })},
			[]problem{{"/exceptions/0", field.KindForbidden, "zone:business → zone:mynumber by media"}}},
		{"unknown allowance", []zone.Exception{with(allowance, func(e *zone.Exception) { e.Allowance = 9 })},
			[]problem{{"/exceptions/0/allowance", field.KindNotSupported, "zone.NationalAllowance(9)"}}},
		{"empty covers", []zone.Exception{with(local, func(e *zone.Exception) { e.Covers = []zone.NodePair{} })},
			[]problem{{"/exceptions/0/covers", field.KindRequired, ""}}},
		{"covers naming unknown or no nodes", []zone.Exception{with(local, func(e *zone.Exception) {
			e.Covers = []zone.NodePair{{From: "ghost", To: "juki"}, {From: "lgwan-gw", To: ""}}
		})}, []problem{
			{"/exceptions/0/covers/0/from", field.KindNotFound, "ghost"},
			{"/exceptions/0/covers/1/to", field.KindRequired, ""},
		}},
		{"covers naming nodes in the wrong zone", []zone.Exception{with(local, func(e *zone.Exception) {
			e.Covers = []zone.NodePair{{From: "biz", To: "web"}}
		})}, []problem{
			{"/exceptions/0/covers/0/from", field.KindInvalid, "biz"},
			{"/exceptions/0/covers/0/to", field.KindInvalid, "web"},
		}},
		{"duplicate pair", []zone.Exception{with(local, func(e *zone.Exception) {
			e.Covers = []zone.NodePair{{From: "lgwan-gw", To: "juki"}, {From: "lgwan-gw", To: "juki"}}
		})}, []problem{{"/exceptions/0/covers/1", field.KindDuplicate, "lgwan-gw → juki"}}},
		{"expiry before approval", []zone.Exception{with(local, func(e *zone.Exception) { e.ExpiresOn = date.MustParse("2026-03-01") })},
			[]problem{{"/exceptions/0/expiresOn", field.KindInvalid, "2026-03-01"}}},
		{"national allowance expiring before it starts", []zone.Exception{with(allowance, func(e *zone.Exception) {
			e.ApprovedOn, e.ExpiresOn = date.MustParse("2026-04-01"), date.MustParse("2026-03-01")
		})}, []problem{{"/exceptions/0/expiresOn", field.KindInvalid, "2026-03-01"}}},
	}
	at := field.Root.Child("exceptions")
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := problems(t, zone.ValidateExceptions(c.list, nodes, at))
			if diff := cmp.Diff(c.want, got); diff != "" {
				t.Errorf("problems (-want +got):\n%s", diff)
			}
		})
	}
	// The base path is the caller's: with another one every path moves.
	got := zone.ValidateExceptions([]zone.Exception{local(), local()}, nodes, field.Root.Child("a/b").Index(2))
	if len(got) != 1 || got[0].Path != "/a~1b/2/1/id" {
		t.Errorf("under /a~1b/2: %v", got)
	}
}
