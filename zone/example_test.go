package zone_test

import (
	"fmt"

	"github.com/jichitai-sec/policy/date"
	"github.com/jichitai-sec/policy/zone"
)

func ExampleCheck() {
	asOf := date.MustParse("2026-06-01")

	// Mail taken in from the Internet zone, stripped to plain text.
	mail := zone.Flow{
		From: zone.In(zone.InternetZone), To: zone.In(zone.BusinessZone),
		Channel: zone.Sanitized, Method: zone.MailTextConversion,
	}
	// A USB stick carried from the My Number zone to a business terminal.
	usb := zone.Flow{From: zone.In(zone.MyNumberZone), To: zone.In(zone.BusinessZone), Channel: zone.Media}

	for _, f := range []zone.Flow{mail, usb} {
		v := zone.Check(f, nil, asOf)
		fmt.Println(v.Allowed(), v.Rule, v.Rule.Clause())
		fmt.Println(v.En())
	}
	// Output:
	// true sanitized-transfer 6(3)イ
	// allowed: sanitized transfer by a recognised method between the business zone and the Internet zone
	// false mynumber-isolated 6(3)ア
	// denied: the My Number zone does not communicate with other zones in principle
}

func ExampleCheck_exception() {
	eltax := zone.Exception{
		ID:   "EX-2026-01",
		From: zone.External(zone.LGWAN), To: zone.In(zone.MyNumberZone), Channel: zone.Direct,
		Justification: "tax filings received through eLTAX",
		ApprovedBy:    "CISO",
		ApprovedOn:    date.MustParse("2026-04-01"),
		ExpiresOn:     date.MustParse("2027-03-31"),
	}
	f := eltax.Flow()
	for _, asOf := range []string{"2026-06-01", "2027-04-01"} {
		d := date.MustParse(asOf)
		v := zone.Check(f, []zone.Exception{eltax}, d)
		fmt.Println(asOf, eltax.Status(d), v.Allowed(), v.Rule)
	}
	// Output:
	// 2026-06-01 active true mynumber-exception
	// 2027-04-01 expired false mynumber-isolated
}

func ExampleFindLeaks() {
	top := zone.Topology{
		Nodes: []zone.Node{
			{ID: "tax-db", At: zone.In(zone.MyNumberZone)},
			{ID: "file-server", At: zone.In(zone.BusinessZone)},
			{ID: "mail-gw", At: zone.In(zone.InternetZone)},
		},
		Links: []zone.Link{
			{From: "tax-db", To: "file-server", Channel: zone.Media},
			{From: "file-server", To: "mail-gw", Channel: zone.Sanitized, Method: zone.FileSanitization},
		},
	}
	// Each hop is permitted on its own: the first by an exception.
	exceptions := []zone.Exception{{
		ID: "EX-7", From: zone.In(zone.MyNumberZone), To: zone.In(zone.BusinessZone), Channel: zone.Media,
		Justification: "statistics export", ApprovedBy: "CISO",
		ApprovedOn: date.MustParse("2026-04-01"), ExpiresOn: date.MustParse("2026-09-30"),
	}}
	leaks, err := zone.FindLeaks(top, exceptions, date.MustParse("2026-06-01"))
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, l := range leaks {
		fmt.Println("leak to", l.Node, "("+l.At.En()+")")
		for _, h := range l.Path {
			fmt.Printf("  %s -> %s: %s %s\n", h.From, h.To, h.Verdict.Rule, h.Verdict.Rule.Clause())
		}
	}
	// Output:
	// leak to mail-gw (Internet zone)
	//   tax-db -> file-server: mynumber-exception 6(3)ア
	//   file-server -> mail-gw: sanitized-transfer 6(3)イ
}
