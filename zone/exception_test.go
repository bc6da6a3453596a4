package zone_test

import (
	"testing"

	"github.com/jichitai-sec/policy/date"
	"github.com/jichitai-sec/policy/zone"
)

// TestExceptionBasis holds each basis to its conditions: a local approval
// needs an approver, an approval date and an expiry date; a national
// allowance needs none of them, only brings data into the My Number zone
// over the network, and honours dates when it carries them.
func TestExceptionBasis(t *testing.T) {
	cases := []struct {
		name   string
		base   func() zone.Exception
		edit   func(*zone.Exception)
		asOf   string
		basis  zone.Basis
		status zone.ExceptionStatus
	}{
		{"local: in force", local, func(*zone.Exception) {}, "2026-06-01", zone.BasisLocalApproval, zone.ExceptionActive},
		{"local: on approval day", local, func(*zone.Exception) {}, "2026-04-01", zone.BasisLocalApproval, zone.ExceptionActive},
		{"local: on expiry day", local, func(*zone.Exception) {}, "2027-03-31", zone.BasisLocalApproval, zone.ExceptionActive},
		{"local: without expiry", local, func(e *zone.Exception) { e.ExpiresOn = date.Date{} }, "2026-06-01", zone.BasisLocalApproval, zone.ExceptionIncomplete},
		{"local: without approver", local, func(e *zone.Exception) { e.ApprovedBy = "" }, "2026-06-01", zone.BasisLocalApproval, zone.ExceptionUnapproved},
		{"local: without approval date", local, func(e *zone.Exception) { e.ApprovedOn = date.Date{} }, "2026-06-01", zone.BasisLocalApproval, zone.ExceptionUnapproved},
		{"local: expiry before approval", local, func(e *zone.Exception) { e.ExpiresOn = date.MustParse("2026-03-31") }, "2026-06-01", zone.BasisLocalApproval, zone.ExceptionIncomplete},
		{"local: outward to the business zone by media", local, func(e *zone.Exception) { e.From, e.To, e.Channel = myNumber, business, zone.Media }, "2026-06-01", zone.BasisLocalApproval, zone.ExceptionActive},
		{"local: to a national system", local, func(e *zone.Exception) { e.From, e.To = myNumber, national }, "2026-06-01", zone.BasisLocalApproval, zone.ExceptionActive},
		{"local: media to LGWAN", local, func(e *zone.Exception) { e.Channel = zone.Media }, "2026-06-01", zone.BasisLocalApproval, zone.ExceptionNotGrantable},
		{"local: to the Internet zone", local, func(e *zone.Exception) { e.From, e.To = myNumber, internetZ }, "2026-06-01", zone.BasisLocalApproval, zone.ExceptionNotGrantable},
		{"local: to the Internet", local, func(e *zone.Exception) { e.From, e.To = myNumber, theInternet }, "2026-06-01", zone.BasisLocalApproval, zone.ExceptionNotGrantable},
		{"local: not about the My Number zone", local, func(e *zone.Exception) { e.To = business }, "2026-06-01", zone.BasisLocalApproval, zone.ExceptionNotGrantable},
		{"national: no approver, no dates", allowance, func(*zone.Exception) {}, "2026-06-01", zone.BasisNationalAllowance, zone.ExceptionActive},
		{"national: eLTAX from LGWAN", allowance, func(e *zone.Exception) { e.From, e.Channel, e.Method, e.Allowance = lgwan, zone.Direct, 0, zone.ELTAX }, "2026-06-01", zone.BasisNationalAllowance, zone.ExceptionActive},
		{"national: direct from the business zone", allowance, func(e *zone.Exception) { e.Channel, e.Method = zone.Direct, 0 }, "2026-06-01", zone.BasisNationalAllowance, zone.ExceptionActive},
		{"national: outward", allowance, func(e *zone.Exception) { e.From, e.To = myNumber, business }, "2026-06-01", zone.BasisNationalAllowance, zone.ExceptionNotGrantable},
		{"national: by media", allowance, func(e *zone.Exception) { e.Channel, e.Method = zone.Media, 0 }, "2026-06-01", zone.BasisNationalAllowance, zone.ExceptionNotGrantable},
		{"national: sanitized from LGWAN", allowance, func(e *zone.Exception) { e.From = lgwan }, "2026-06-01", zone.BasisNationalAllowance, zone.ExceptionNotGrantable},
		{"national: from a national system", allowance, func(e *zone.Exception) { e.From, e.Channel, e.Method = national, zone.Direct, 0 }, "2026-06-01", zone.BasisNationalAllowance, zone.ExceptionNotGrantable},
		{"national: from the Internet zone", allowance, func(e *zone.Exception) { e.From = internetZ }, "2026-06-01", zone.BasisNationalAllowance, zone.ExceptionNotGrantable},
		{"national: dated, in force", allowance, func(e *zone.Exception) {
			e.ApprovedOn, e.ExpiresOn = date.MustParse("2026-01-01"), date.MustParse("2026-12-31")
		}, "2026-06-01", zone.BasisNationalAllowance, zone.ExceptionActive},
		{"national: dated, not yet in force", allowance, func(e *zone.Exception) { e.ApprovedOn = date.MustParse("2026-07-01") }, "2026-06-01", zone.BasisNationalAllowance, zone.ExceptionNotYetApproved},
		{"national: dated, expired", allowance, func(e *zone.Exception) { e.ExpiresOn = date.MustParse("2026-05-31") }, "2026-06-01", zone.BasisNationalAllowance, zone.ExceptionExpired},
		{"national: dates in the wrong order", allowance, func(e *zone.Exception) {
			e.ApprovedOn, e.ExpiresOn = date.MustParse("2026-12-31"), date.MustParse("2026-01-01")
		}, "2026-06-01", zone.BasisNationalAllowance, zone.ExceptionIncomplete},
		{"national: unknown allowance", allowance, func(e *zone.Exception) { e.Allowance = 9 }, "2026-06-01", zone.BasisNationalAllowance, zone.ExceptionIncomplete},
		{"national: no as-of date", allowance, func(*zone.Exception) {}, "", zone.BasisNationalAllowance, zone.ExceptionNoDate},
		{"national: sanitized without method", allowance, func(e *zone.Exception) { e.Method = 0 }, "2026-06-01", zone.BasisNationalAllowance, zone.ExceptionIncomplete},
		{"no id", local, func(e *zone.Exception) { e.ID = "" }, "2026-06-01", zone.BasisLocalApproval, zone.ExceptionIncomplete},
		{"no justification", local, func(e *zone.Exception) { e.Justification = "" }, "2026-06-01", zone.BasisLocalApproval, zone.ExceptionIncomplete},
		{"blank justification", local, func(e *zone.Exception) { e.Justification = " \t" }, "2026-06-01", zone.BasisLocalApproval, zone.ExceptionIncomplete},
		{"no channel", local, func(e *zone.Exception) { e.Channel = 0 }, "2026-06-01", zone.BasisLocalApproval, zone.ExceptionIncomplete},
		{"method without sanitized transfer", local, func(e *zone.Exception) { e.Method = zone.TextConversion }, "2026-06-01", zone.BasisLocalApproval, zone.ExceptionIncomplete},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			e := c.base()
			c.edit(&e)
			var d date.Date
			if c.asOf != "" {
				d = date.MustParse(c.asOf)
			}
			if e.Basis() != c.basis {
				t.Errorf("Basis() = %s, want %s", e.Basis(), c.basis)
			}
			if got := e.Status(d); got != c.status {
				t.Errorf("Status(%s) = %s, want %s", c.asOf, got, c.status)
			}
			active := c.status == zone.ExceptionActive
			if e.Permits(e.Flow(), d) != active {
				t.Errorf("Permits(own flow) = %v with status %s", !active, c.status)
			}
			// Check allows the flow the exception names exactly when the
			// exception is active, citing it; otherwise it names it and
			// says why not (a flow Check would deny anyway, or decide by
			// another rule, is left to the rules).
			v := zone.Check(e.Flow(), []zone.Exception{e}, d)
			switch {
			case active:
				if v.Rule != zone.RuleMyNumberException || v.Exception != e.ID || v.NotApplied != 0 || !v.Allowed() {
					t.Errorf("Check = %+v, want allowed by %s", v, e.ID)
				}
			case v.Allowed():
				if v.Rule == zone.RuleMyNumberException {
					t.Errorf("Check = %+v: a %s exception permitted its flow", v, c.status)
				}
			case v.Rule == zone.RuleMyNumberIsolated && e.ID != "":
				if v.Exception != e.ID || v.NotApplied != c.status {
					t.Errorf("Check = %+v, want %s named as %s", v, e.ID, c.status)
				}
			}
		})
	}
}

// TestExceptionNotApplied covers every reason an exception that names a
// flow's endpoints does not permit it, as the verdict reports it.
func TestExceptionNotApplied(t *testing.T) {
	cases := []struct {
		name   string
		edit   func(*zone.Exception)
		flow   func(zone.Exception) zone.Flow
		asOf   string
		reason zone.ExceptionStatus
		ja, en string
	}{
		{"incomplete", func(e *zone.Exception) { e.ExpiresOn = date.Date{} }, nil, "2026-06-01", zone.ExceptionIncomplete,
			"記載不備（ID・対象・方式・理由・根拠・期限の欠落又は矛盾）", "incomplete: id, flow, method, justification, allowance or expiry missing or inconsistent"},
		{"not grantable", func(e *zone.Exception) { e.From, e.To = myNumber, internetZ }, nil, "2026-06-01", zone.ExceptionNotGrantable,
			"例外として認められない通信", "not grantable: no exception of its basis may permit this flow"},
		{"unapproved", func(e *zone.Exception) { e.ApprovedBy = "" }, nil, "2026-06-01", zone.ExceptionUnapproved, "未承認", "unapproved"},
		{"no date", func(*zone.Exception) {}, nil, "", zone.ExceptionNoDate, "判定日が未設定", "no as-of date to judge by"},
		{"not yet approved", func(*zone.Exception) {}, nil, "2026-03-31", zone.ExceptionNotYetApproved, "承認日前", "not yet approved on that date"},
		{"expired", func(*zone.Exception) {}, nil, "2027-04-01", zone.ExceptionExpired, "期限切れ", "expired"},
		{"other channel", func(e *zone.Exception) { e.From = business },
			func(e zone.Exception) zone.Flow { f := e.Flow(); f.Channel = zone.Media; return f },
			"2026-06-01", zone.ExceptionOtherChannel, "経路種別が異なる", "approved for another channel"},
		{"other method", func(e *zone.Exception) { e.From, e.Channel, e.Method = business, zone.Sanitized, zone.PDFConversion },
			func(e zone.Exception) zone.Flow { f := e.Flow(); f.Method = zone.TextConversion; return f },
			"2026-06-01", zone.ExceptionOtherMethod, "無害化の方式が異なる", "approved for another sanitization method"},
	}
	reasons := map[zone.ExceptionStatus]bool{}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			e := local()
			c.edit(&e)
			f := e.Flow()
			if c.flow != nil {
				f = c.flow(e)
			}
			var d date.Date
			if c.asOf != "" {
				d = date.MustParse(c.asOf)
			}
			v := zone.Check(f, []zone.Exception{e}, d)
			if v.Rule != zone.RuleMyNumberIsolated || v.Allowed() || v.Exception != "EX-1" || v.NotApplied != c.reason {
				t.Fatalf("Check(%v) = %+v; want denied by mynumber-isolated naming EX-1 as %s", f, v, c.reason)
			}
			if c.reason.Ja() != c.ja || c.reason.En() != c.en {
				t.Errorf("%s labels %q / %q, want %q / %q", c.reason, c.reason.Ja(), c.reason.En(), c.ja, c.en)
			}
			wantJa := zone.RuleMyNumberIsolated.Ja() + "（例外EX-1は適用されない：" + c.ja + "）"
			wantEn := zone.RuleMyNumberIsolated.En() + " (exception EX-1 does not apply: " + c.en + ")"
			if v.Ja() != wantJa || v.En() != wantEn {
				t.Errorf("explanation %q / %q, want %q / %q", v.Ja(), v.En(), wantJa, wantEn)
			}
		})
		reasons[c.reason] = true
	}
	for _, s := range zone.ExceptionStatuses() {
		if s != zone.ExceptionActive && !reasons[s] {
			t.Errorf("reason %s has no case", s)
		}
	}
}

// TestExceptionNamedInVerdict is the choice of the exception a denial
// names: the first of the same crossing, else the first of the same
// endpoints; never one without an id; none when the endpoints differ.
func TestExceptionNamedInVerdict(t *testing.T) {
	mk := func(id string, edit func(*zone.Exception)) zone.Exception {
		e := local()
		e.ID, e.From = id, business
		edit(&e)
		return e
	}
	expired := func(e *zone.Exception) { e.ExpiresOn = date.MustParse("2026-05-01") }
	media := func(e *zone.Exception) { e.Channel = zone.Media }
	f := zone.Flow{From: business, To: myNumber, Channel: zone.Direct}
	cases := []struct {
		name   string
		exs    []zone.Exception
		rule   zone.Rule
		id     string
		reason zone.ExceptionStatus
	}{
		{"none", nil, zone.RuleMyNumberIsolated, "", 0},
		{"other endpoints only", []zone.Exception{local()}, zone.RuleMyNumberIsolated, "", 0},
		{"reverse direction only", []zone.Exception{mk("R", func(e *zone.Exception) { e.From, e.To = myNumber, business })}, zone.RuleMyNumberIsolated, "", 0},
		{"same crossing before other channel", []zone.Exception{mk("A", media), mk("B", expired)}, zone.RuleMyNumberIsolated, "B", zone.ExceptionExpired},
		{"first of the same rank", []zone.Exception{mk("A", media), mk("B", media)}, zone.RuleMyNumberIsolated, "A", zone.ExceptionOtherChannel},
		{"id-less one is not named", []zone.Exception{mk("", expired), mk("B", media)}, zone.RuleMyNumberIsolated, "B", zone.ExceptionOtherChannel},
		{"active one after inactive ones", []zone.Exception{mk("A", expired), mk("B", media), mk("C", func(*zone.Exception) {})}, zone.RuleMyNumberException, "C", 0},
	}
	for _, c := range cases {
		v := zone.Check(f, c.exs, asOf)
		if v.Rule != c.rule || v.Exception != c.id || v.NotApplied != c.reason {
			t.Errorf("%s: Check = %+v, want %s naming %q as %s", c.name, v, c.rule, c.id, c.reason)
		}
	}
}

func TestExceptionMatchesOnlyItsFlow(t *testing.T) {
	e := local()
	for _, f := range []zone.Flow{
		{From: myNumber, To: lgwan, Channel: zone.Direct},    // reverse direction
		{From: lgwan, To: myNumber, Channel: zone.Media},     // another channel (invalid for a network anyway)
		{From: business, To: myNumber, Channel: zone.Direct}, // another source
		{From: national, To: myNumber, Channel: zone.Direct},
	} {
		if v := zone.Check(f, []zone.Exception{e}, asOf); v.Allowed() || e.Permits(f, asOf) {
			t.Errorf("exception for %v permitted %v (%s)", e.Flow(), f, v.Rule)
		}
	}
	// The safeguard does not concern the My Number zone.
	f := e.Flow()
	f.Guard = fullUTM
	if !e.Permits(f, asOf) || !zone.Check(f, []zone.Exception{e}, asOf).Allowed() {
		t.Error("a safeguard on the flow kept the exception from applying")
	}
}

func TestExceptionDoesNotOverrideOtherRules(t *testing.T) {
	// An exception concerns only the My Number zone; it does not open the
	// path between the business zone and the Internet zone.
	e := local()
	e.From, e.To = business, internetZ
	if got := zone.Check(e.Flow(), []zone.Exception{e}, asOf); got.Rule != zone.RuleBusinessInternetSeparated || got.Exception != "" {
		t.Errorf("Check = %+v, want %s naming no exception", got, zone.RuleBusinessInternetSeparated)
	}
}

func TestGrantable(t *testing.T) {
	for _, c := range []struct {
		f    zone.Flow
		want bool
	}{
		{zone.Flow{From: myNumber, To: business, Channel: zone.Direct}, true},
		{zone.Flow{From: business, To: myNumber, Channel: zone.Media}, true},
		{zone.Flow{From: business, To: myNumber, Channel: zone.Sanitized, Method: zone.PDFConversion}, true},
		{zone.Flow{From: lgwan, To: myNumber, Channel: zone.Direct}, true},
		{zone.Flow{From: myNumber, To: national, Channel: zone.Direct}, true},
		{zone.Flow{From: myNumber, To: lgwan, Channel: zone.Media}, false},
		{zone.Flow{From: national, To: myNumber, Channel: zone.Sanitized, Method: zone.PDFConversion}, false},
		{zone.Flow{From: myNumber, To: internetZ, Channel: zone.Sanitized, Method: zone.PDFConversion}, false},
		{zone.Flow{From: theInternet, To: myNumber, Channel: zone.Direct}, false},
		{zone.Flow{From: myNumber, To: myNumber, Channel: zone.Direct}, false},
		{zone.Flow{From: business, To: lgwan, Channel: zone.Direct}, false},
		{zone.Flow{From: business, To: myNumber}, false},
	} {
		if got := zone.Grantable(c.f); got != c.want {
			t.Errorf("Grantable(%v) = %v, want %v", c.f, got, c.want)
		}
	}
}

func TestCovering(t *testing.T) {
	e := local()
	e.Covers = append(e.Covers, zone.NodePair{From: "lgwan-gw", To: "juki-2"})
	for _, c := range []struct {
		from, to string
		want     bool
	}{
		{"lgwan-gw", "juki", true}, {"lgwan-gw", "juki-2", true},
		{"juki", "lgwan-gw", false}, {"lgwan-gw", "other", false}, {"", "", false},
	} {
		if got := e.Covering(c.from, c.to); got != c.want {
			t.Errorf("Covering(%q, %q) = %v, want %v", c.from, c.to, got, c.want)
		}
	}
}
