package zone_test

import (
	"testing"

	"github.com/jichitai-sec/policy/date"
	"github.com/jichitai-sec/policy/policytest"
	"github.com/jichitai-sec/policy/zone"
	"pgregory.net/rapid"
)

// exceptionsFor draws a few exceptions, some naming f itself (some of
// those in force on asOf, local or national), some for other flows, some
// malformed.
func exceptionsFor(t *rapid.T, f zone.Flow, asOf date.Date) []zone.Exception {
	own := rapid.SliceOfN(policytest.ExceptionFor(f), 0, 2).Draw(t, "own")
	inForce := rapid.SliceOfN(policytest.ExceptionInForce(f, asOf), 0, 1).Draw(t, "inForce")
	national := rapid.SliceOfN(policytest.AllowanceInForce(f, asOf), 0, 1).Draw(t, "national")
	other := rapid.SliceOfN(policytest.Exception(), 0, 2).Draw(t, "other")
	raw := rapid.SliceOfN(policytest.RawException(), 0, 2).Draw(t, "raw")
	out := append(append(append(append(own, inForce...), national...), other...), raw...)
	return rapid.Permutation(out).Draw(t, "order")
}

func TestPropertyFailClosed(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		f := policytest.RawFlow().Draw(t, "flow")
		asOf := policytest.Date().Draw(t, "asOf")
		v := zone.Check(f, exceptionsFor(t, f, asOf), asOf)
		if !f.Valid() != (v.Rule == zone.RuleInvalidFlow) || (!f.Valid() && v.Allowed()) {
			t.Fatalf("flow %v (valid %v) got %s (allowed %v)", f, f.Valid(), v.Rule, v.Allowed())
		}
		if !v.Rule.Valid() || !v.Rule.Clause().Valid() || v.Rule == zone.RuleMyNumberLeak {
			t.Fatalf("verdict without a valid rule of Check and clause: %+v", v)
		}
	})
}

// TestPropertySanitizedNeedsMethod: no path through Check allows a
// sanitized transfer without a method, whatever the endpoints and the
// exceptions, including exceptions in force that name no method either.
func TestPropertySanitizedNeedsMethod(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		f := policytest.RawFlow().Draw(t, "flow")
		if rapid.IntRange(0, 3).Draw(t, "valid") > 0 {
			f = policytest.Flow().Draw(t, "validFlow")
		}
		f.Channel, f.Method = zone.Sanitized, 0
		asOf := policytest.Date().Draw(t, "asOf")
		exs := exceptionsFor(t, f, asOf)
		if v := zone.Check(f, exs, asOf); v.Allowed() {
			t.Fatalf("sanitized transfer without a method %v allowed by %+v", f, v)
		}
		for _, e := range exs {
			if e.Permits(f, asOf) {
				t.Fatalf("exception %+v permits a sanitized transfer without a method", e)
			}
		}
	})
}

func TestPropertyMyNumberNeedsActiveMatchingException(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		f := policytest.Flow().Draw(t, "flow")
		asOf := policytest.Date().Draw(t, "asOf")
		exs := exceptionsFor(t, f, asOf)
		v := zone.Check(f, exs, asOf)
		crosses := (f.From == myNumber) != (f.To == myNumber)
		if v.Rule == zone.RuleMyNumberException != (crosses && v.Allowed()) {
			t.Fatalf("%v: %s (allowed %v)", f, v.Rule, v.Allowed())
		}
		if !crosses || !v.Allowed() {
			return
		}
		if f.From.InternetSide() || f.To.InternetSide() {
			t.Fatalf("an exception opened %v", f)
		}
		for _, e := range exs {
			if e.ID == v.Exception && e.Permits(f, asOf) {
				if e.Basis() == zone.BasisLocalApproval && !zone.Grantable(f) {
					t.Fatalf("a local approval opened %v", f)
				}
				if e.Basis() == zone.BasisNationalAllowance && (f.To != myNumber || f.Channel == zone.Media) {
					t.Fatalf("a national allowance opened %v", f)
				}
				return
			}
		}
		t.Fatalf("allowed by %q, which is not an active exception naming the flow", v.Exception)
	})
}

// TestPropertyWhyNot: a verdict that names an exception that did not apply
// gives the true reason: the exception's status for the same crossing, or
// the channel or method that differs.
func TestPropertyWhyNot(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		f := policytest.Flow().Draw(t, "flow")
		asOf := rapid.OneOf(policytest.Date(), rapid.Just(date.Date{})).Draw(t, "asOf")
		exs := exceptionsFor(t, f, asOf)
		v := zone.Check(f, exs, asOf)
		if (v.NotApplied != 0) != (v.Exception != "" && v.Rule == zone.RuleMyNumberIsolated) {
			t.Fatalf("verdict %+v: a reason without a denial naming an exception, or the reverse", v)
		}
		if v.NotApplied == 0 {
			return
		}
		for _, e := range exs {
			if e.ID != v.Exception || e.From != f.From || e.To != f.To {
				continue
			}
			var want zone.ExceptionStatus
			switch {
			case e.Channel != f.Channel:
				want = zone.ExceptionOtherChannel
			case e.Method != f.Method:
				want = zone.ExceptionOtherMethod
			default:
				want = e.Status(asOf)
			}
			if want == v.NotApplied && want != zone.ExceptionActive {
				return
			}
		}
		t.Fatalf("verdict %+v: no exception of that id names the flow %v for that reason", v, f)
	})
}

func TestPropertyBusinessInternetOnlySanitized(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		f := policytest.Flow().Draw(t, "flow")
		pair := map[zone.Endpoint]bool{f.From: true, f.To: true}
		if !pair[business] || !pair[internetZ] {
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
