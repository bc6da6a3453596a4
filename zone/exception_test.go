package zone_test

import (
	"testing"

	"github.com/jichitai-sec/policy/date"
	"github.com/jichitai-sec/policy/zone"
)

// eltax is a complete exception: LGWAN data taken into the My Number zone.
func eltax() zone.Exception {
	return zone.Exception{
		ID: "EX-1", From: lgwan, To: myNumber, Channel: zone.Direct,
		Justification: "eLTAX data intake / eLTAXデータの取込み",
		ApprovedBy:    "CISO", ApprovedOn: date.MustParse("2026-04-01"), ExpiresOn: date.MustParse("2027-03-31"),
	}
}

func TestExceptionStatus(t *testing.T) {
	cases := []struct {
		name   string
		edit   func(*zone.Exception)
		asOf   string
		status zone.ExceptionStatus
	}{
		{"active", func(*zone.Exception) {}, "2026-06-01", zone.ExceptionActive},
		{"active on approval day", func(*zone.Exception) {}, "2026-04-01", zone.ExceptionActive},
		{"active on expiry day", func(*zone.Exception) {}, "2027-03-31", zone.ExceptionActive},
		{"expired the day after", func(*zone.Exception) {}, "2027-04-01", zone.ExceptionExpired},
		{"before approval", func(*zone.Exception) {}, "2026-03-31", zone.ExceptionNotYetApproved},
		{"no as-of date", func(*zone.Exception) {}, "", zone.ExceptionNoDate},
		{"no approver", func(e *zone.Exception) { e.ApprovedBy = "" }, "2026-06-01", zone.ExceptionUnapproved},
		{"no approval date", func(e *zone.Exception) { e.ApprovedOn = date.Date{} }, "2026-06-01", zone.ExceptionUnapproved},
		{"no id", func(e *zone.Exception) { e.ID = "" }, "2026-06-01", zone.ExceptionIncomplete},
		{"no justification", func(e *zone.Exception) { e.Justification = "" }, "2026-06-01", zone.ExceptionIncomplete},
		{"no expiry", func(e *zone.Exception) { e.ExpiresOn = date.Date{} }, "2026-06-01", zone.ExceptionIncomplete},
		{"expiry before approval", func(e *zone.Exception) { e.ExpiresOn = date.MustParse("2026-01-01") }, "2026-06-01", zone.ExceptionIncomplete},
		{"no channel", func(e *zone.Exception) { e.Channel = 0 }, "2026-06-01", zone.ExceptionIncomplete},
		{"to the Internet zone", func(e *zone.Exception) { e.From = internetZ }, "2026-06-01", zone.ExceptionNotGrantable},
		{"to the Internet", func(e *zone.Exception) { e.To, e.From = theInternet, myNumber }, "2026-06-01", zone.ExceptionNotGrantable},
		{"not about My Number", func(e *zone.Exception) { e.To = business }, "2026-06-01", zone.ExceptionNotGrantable},
		{"from business zone", func(e *zone.Exception) { e.From = business; e.Channel = zone.Media }, "2026-06-01", zone.ExceptionActive},
		{"to national system", func(e *zone.Exception) { e.From, e.To = myNumber, national }, "2026-06-01", zone.ExceptionActive},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			e := eltax()
			c.edit(&e)
			var d date.Date
			if c.asOf != "" {
				d = date.MustParse(c.asOf)
			}
			if got := e.Status(d); got != c.status {
				t.Errorf("Status(%s) = %s, want %s", c.asOf, got, c.status)
			}
			// Only an active exception permits its own flow, and then Check
			// says so and names it.
			v := zone.Check(e.Flow(), []zone.Exception{e}, d)
			if active := c.status == zone.ExceptionActive; active != (v.Rule == zone.RuleMyNumberException) {
				t.Errorf("Check with %s exception = %s", c.status, v.Rule)
			} else if active && (v.Exception != "EX-1" || v.Rule.Clause().String() != "6(3)ア" || !v.Allowed()) {
				t.Errorf("Check = %+v, want allowed by EX-1 citing 6(3)ア", v)
			}
		})
	}
}

func TestExceptionMatchesOnlyItsFlow(t *testing.T) {
	e := eltax()
	others := []zone.Flow{
		{From: myNumber, To: lgwan, Channel: zone.Direct},    // reverse direction
		{From: lgwan, To: myNumber, Channel: zone.Media},     // another channel (invalid for a network anyway)
		{From: business, To: myNumber, Channel: zone.Direct}, // another source
		{From: national, To: myNumber, Channel: zone.Direct},
	}
	for _, f := range others {
		if v := zone.Check(f, []zone.Exception{e}, asOf); v.Allowed() {
			t.Errorf("exception for %v→%v permitted %v→%v by %s", e.From, e.To, f.From, f.To, f.Channel)
		}
	}
	if v := zone.Check(e.Flow(), []zone.Exception{e}, asOf); !v.Allowed() {
		t.Errorf("exception did not permit its own flow: %s", v.Rule)
	}
	// A sanitized exception must name the same method.
	s := zone.Exception{ID: "EX-2", From: business, To: myNumber, Channel: zone.Sanitized, Method: zone.TextConversion,
		Justification: "j", ApprovedBy: "CISO", ApprovedOn: date.MustParse("2026-04-01"), ExpiresOn: date.MustParse("2026-12-31")}
	f := s.Flow()
	f.Method = zone.PDFConversion
	if v := zone.Check(f, []zone.Exception{s}, asOf); v.Allowed() {
		t.Errorf("exception for text conversion permitted PDF conversion")
	}
}

func TestExceptionDoesNotOverrideOtherRules(t *testing.T) {
	// An exception concerns only the My Number zone; it does not open the
	// path between the business zone and the Internet zone.
	e := zone.Exception{ID: "EX-3", From: business, To: internetZ, Channel: zone.Direct, Justification: "j",
		ApprovedBy: "CISO", ApprovedOn: date.MustParse("2026-01-01"), ExpiresOn: date.MustParse("2026-12-31")}
	if got := zone.Check(e.Flow(), []zone.Exception{e}, asOf).Rule; got != zone.RuleBusinessInternetSeparated {
		t.Errorf("rule = %s, want %s", got, zone.RuleBusinessInternetSeparated)
	}
}
