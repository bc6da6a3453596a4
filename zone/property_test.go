package zone_test

import (
	"testing"

	"github.com/jichitai-sec/policy/date"
	"github.com/jichitai-sec/policy/policytest"
	"github.com/jichitai-sec/policy/zone"
	"pgregory.net/rapid"
)

// exceptionsFor draws a few exceptions, some naming f itself, some of those
// in force on asOf.
func exceptionsFor(t *rapid.T, f zone.Flow, asOf date.Date) []zone.Exception {
	own := rapid.SliceOfN(policytest.ExceptionFor(f), 0, 2).Draw(t, "own")
	inForce := rapid.SliceOfN(policytest.ExceptionInForce(f, asOf), 0, 1).Draw(t, "inForce")
	other := rapid.SliceOfN(policytest.Exception(), 0, 2).Draw(t, "other")
	return append(append(own, inForce...), other...)
}

func TestPropertyFailClosed(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		f := policytest.RawFlow().Draw(t, "flow")
		asOf := policytest.Date().Draw(t, "asOf")
		v := zone.Check(f, exceptionsFor(t, f, asOf), asOf)
		if !f.Valid() != (v.Rule == zone.RuleInvalidFlow) || (!f.Valid() && v.Allowed()) {
			t.Fatalf("flow %+v (valid %v) got %s (allowed %v)", f, f.Valid(), v.Rule, v.Allowed())
		}
		if !v.Rule.Valid() || !v.Rule.Clause().Valid() {
			t.Fatalf("verdict without a valid rule and clause: %+v", v)
		}
	})
}

func TestPropertyMyNumberNeedsActiveMatchingException(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		f := policytest.Flow().Draw(t, "flow")
		asOf := policytest.Date().Draw(t, "asOf")
		exs := exceptionsFor(t, f, asOf)
		v := zone.Check(f, exs, asOf)
		crosses := (f.From == zone.In(zone.MyNumberZone)) != (f.To == zone.In(zone.MyNumberZone))
		if !crosses || !v.Allowed() {
			return
		}
		if v.Rule != zone.RuleMyNumberException {
			t.Fatalf("My Number flow allowed by %s", v.Rule)
		}
		for _, e := range exs {
			if e.ID == v.Exception && e.Flow() == (zone.Flow{From: f.From, To: f.To, Channel: f.Channel, Method: f.Method}) &&
				e.Status(asOf) == zone.ExceptionActive {
				if !zone.Grantable(f) || f.From.InternetSide() || f.To.InternetSide() {
					t.Fatalf("exception opened %v→%v", f.From, f.To)
				}
				return
			}
		}
		t.Fatalf("allowed by %q, which is not an active exception naming the flow", v.Exception)
	})
}

func TestPropertyBusinessInternetOnlySanitized(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		f := policytest.Flow().Draw(t, "flow")
		pair := map[zone.Endpoint]bool{f.From: true, f.To: true}
		if !pair[zone.In(zone.BusinessZone)] || !pair[zone.In(zone.InternetZone)] {
			return
		}
		asOf := policytest.Date().Draw(t, "asOf")
		v := zone.Check(f, exceptionsFor(t, f, asOf), asOf)
		if v.Allowed() != (f.Channel == zone.Sanitized && f.Method.Valid()) {
			t.Fatalf("business↔Internet by %s/%s: allowed=%v (%s)", f.Channel, f.Method, v.Allowed(), v.Rule)
		}
	})
}

func TestPropertyDeterministicAndSymmetric(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		f := policytest.RawFlow().Draw(t, "flow")
		asOf := policytest.Date().Draw(t, "asOf")
		exs := exceptionsFor(t, f, asOf)
		if a, b := zone.Check(f, exs, asOf), zone.Check(f, exs, asOf); a != b {
			t.Fatalf("same input, different verdicts: %+v vs %+v", a, b)
		}
		// Without exceptions, the rules do not depend on direction.
		r := f
		r.From, r.To = f.To, f.From
		if a, b := zone.Check(f, nil, asOf), zone.Check(r, nil, asOf); a != b {
			t.Fatalf("direction changed the verdict: %+v vs %+v", a, b)
		}
	})
}
