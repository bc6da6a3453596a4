package zone_test

import (
	"fmt"

	"github.com/jichitai-sec/policy/date"
	"github.com/jichitai-sec/policy/field"
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
		fmt.Println(v.Allowed(), v.Rule, v.Rule.Clause(), v.Rule.Also())
		fmt.Println(v.En())
	}
	// Output:
	// true sanitized-transfer 6(3)イ 2(12)
	// allowed: sanitized transfer by a recognised method between the business zone and the Internet zone
	// false mynumber-isolated 6(3)ア 2(8)
	// denied: the My Number zone does not communicate with other zones in principle
}

// An exception permits exactly the flow it names while it is in force;
// otherwise the verdict names it and says why it does not apply.
func ExampleCheck_exception() {
	eltax := zone.Exception{
		ID:   "EX-2026-01",
		From: zone.External(zone.LGWAN), To: zone.In(zone.MyNumberZone), Channel: zone.Direct,
		Covers:        []zone.NodePair{{From: "lgwan-gw", To: "tax-db"}},
		Justification: "tax filings received through eLTAX",
		ApprovedBy:    "CISO",
		ApprovedOn:    date.MustParse("2026-04-01"),
		ExpiresOn:     date.MustParse("2027-03-31"),
	}
	portal := zone.Exception{
		ID:   "NA-1",
		From: zone.In(zone.BusinessZone), To: zone.In(zone.MyNumberZone),
		Channel: zone.Sanitized, Method: zone.PDFConversion,
		Covers:        []zone.NodePair{{From: "portal-gw", To: "tax-db"}},
		Allowance:     zone.MynaPortal, // a standing national allowance: no approver, no expiry
		Justification: "applications through Mynaportal",
	}
	exceptions := []zone.Exception{eltax, portal}
	text := zone.Flow{From: zone.In(zone.BusinessZone), To: zone.In(zone.MyNumberZone),
		Channel: zone.Sanitized, Method: zone.TextConversion}

	for _, c := range []struct {
		flow zone.Flow
		asOf string
	}{{eltax.Flow(), "2026-06-01"}, {eltax.Flow(), "2027-04-01"}, {portal.Flow(), "2030-01-01"}, {text, "2026-06-01"}} {
		v := zone.Check(c.flow, exceptions, date.MustParse(c.asOf))
		fmt.Println(c.asOf, v.Allowed(), v.Rule, v.Exception)
		if v.NotApplied != 0 {
			fmt.Println("  not applied:", v.NotApplied)
		}
		fmt.Println("  " + v.Ja())
	}
	// Output:
	// 2026-06-01 true mynumber-exception EX-2026-01
	//   有効な例外（団体の承認又は国の示す常設の例外）が、このマイナンバー利用事務系の通信を認めている（例外：EX-2026-01）
	// 2027-04-01 false mynumber-isolated EX-2026-01
	//   not applied: expired
	//   マイナンバー利用事務系は原則として他の領域と通信させない（例外EX-2026-01は適用されない：期限切れ）
	// 2030-01-01 true mynumber-exception NA-1
	//   有効な例外（団体の承認又は国の示す常設の例外）が、このマイナンバー利用事務系の通信を認めている（例外：NA-1）
	// 2026-06-01 false mynumber-isolated NA-1
	//   not applied: other-method
	//   マイナンバー利用事務系は原則として他の領域と通信させない（例外NA-1は適用されない：無害化の方式が異なる）
}

func ExampleFindLeaks() {
	top := zone.Topology{
		Nodes: []zone.Node{
			{ID: "tax-db", At: zone.In(zone.MyNumberZone)},
			{ID: "file-server", At: zone.In(zone.BusinessZone)},
			{ID: "mail-gw", At: zone.In(zone.InternetZone)},
			{ID: "utm", At: zone.In(zone.InternetZone)},
		},
		Links: []zone.Link{
			{From: "tax-db", To: "file-server", Channel: zone.Media},
			{From: "file-server", To: "mail-gw", Channel: zone.Sanitized, Method: zone.FileSanitization},
			{From: "mail-gw", To: "utm", Channel: zone.Direct},
		},
	}
	// Each hop is permitted on its own: the first by an exception approved
	// for these two systems.
	exceptions := []zone.Exception{{
		ID: "EX-7", From: zone.In(zone.MyNumberZone), To: zone.In(zone.BusinessZone), Channel: zone.Media,
		Covers:        []zone.NodePair{{From: "tax-db", To: "file-server"}},
		Justification: "statistics export", ApprovedBy: "CISO",
		ApprovedOn: date.MustParse("2026-04-01"), ExpiresOn: date.MustParse("2026-09-30"),
	}}
	leaks, err := zone.FindLeaks(top, exceptions, date.MustParse("2026-06-01"), field.Root.Child("topology"))
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, l := range leaks.Leaks {
		fmt.Printf("leak to %s (%s), %d hops:\n", l.ID, l.At.En(), l.Hops)
		for _, h := range leaks.Witness(l) {
			fmt.Printf("  %s -> %s: %s %s\n", h.From, h.To, h.Verdict.Rule, h.Verdict.Rule.Clause())
		}
	}
	for _, f := range leaks.Findings(field.Root.Child("topology")) {
		fmt.Println(f.Severity, f.Rule, f.Clause, f.Path, f.IDs)
	}
	// Output:
	// leak to mail-gw (Internet zone), 2 hops:
	//   tax-db -> file-server: mynumber-exception 6(3)ア
	//   file-server -> mail-gw: sanitized-transfer 6(3)イ
	// leak to utm (Internet zone), 3 hops:
	//   tax-db -> file-server: mynumber-exception 6(3)ア
	//   file-server -> mail-gw: sanitized-transfer 6(3)イ
	//   mail-gw -> utm: same-zone 6(3)
	// error mynumber-leak 6(3)ア /topology/nodes/2 [mail-gw tax-db]
	// error mynumber-leak 6(3)ア /topology/nodes/3 [utm tax-db]
}

func ExampleValidateExceptions() {
	nodes := []zone.Node{{ID: "tax-db", At: zone.In(zone.MyNumberZone)}, {ID: "web", At: zone.In(zone.InternetZone)}}
	exceptions := []zone.Exception{{
		ID: "EX-9", From: zone.In(zone.MyNumberZone), To: zone.In(zone.InternetZone), Channel: zone.Direct,
		Covers:        []zone.NodePair{{From: "tax-db", To: "web"}},
		Justification: "publish statistics",
	}}
	for _, e := range zone.ValidateExceptions(exceptions, nodes, field.Root.Child("exceptions")) {
		fmt.Println(e.Path, e.Kind)
	}
	// Output:
	// /exceptions/0 forbidden
	// /exceptions/0/expiresOn required
}
