package policytest_test

import (
	"fmt"
	"testing"

	"github.com/jichitai-sec/policy/date"
	"github.com/jichitai-sec/policy/policytest"
	"github.com/jichitai-sec/policy/zone"
	"pgregory.net/rapid"
)

// TestZoneGeneratorsContract checks what the zone generators promise.
func TestZoneGeneratorsContract(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		if f := policytest.Flow().Draw(t, "flow"); !f.Valid() {
			t.Fatalf("Flow drew an invalid flow %v", f)
		}
		d := policytest.Date().Draw(t, "date")
		if d.Before(date.MustParse("2020-01-01")) || d.After(date.MustParse("2030-12-31")) {
			t.Fatalf("Date drew %s", d)
		}
		f := policytest.Flow().Draw(t, "grantable")
		if e := policytest.ExceptionInForce(f, d).Draw(t, "inForce"); e.Basis() != zone.BasisLocalApproval ||
			(zone.Grantable(f) && (f.Channel != zone.Sanitized || f.Method != 0)) != (e.Status(d) == zone.ExceptionActive) {
			t.Fatalf("ExceptionInForce(%v, %s) = %+v, status %s", f, d, e, e.Status(d))
		}
		e := policytest.AllowanceInForce(f, d).Draw(t, "allowance")
		intake := f.To == zone.In(zone.MyNumberZone) && (f.Channel != zone.Sanitized || f.Method != 0) &&
			((f.From == zone.In(zone.BusinessZone) && f.Channel != zone.Media) || (f.From == zone.External(zone.LGWAN) && f.Channel == zone.Direct))
		if e.Basis() != zone.BasisNationalAllowance || e.ApprovedBy != "" || intake != (e.Status(d) == zone.ExceptionActive) {
			t.Fatalf("AllowanceInForce(%v, %s) = %+v, status %s", f, d, e, e.Status(d))
		}
		if g := policytest.ExceptionFor(f).Draw(t, "for"); g.Flow() != (zone.Flow{From: f.From, To: f.To, Channel: f.Channel, Method: f.Method}) {
			t.Fatalf("ExceptionFor(%v) names %v", f, g.Flow())
		}

		top := policytest.Topology(10, 20).Draw(t, "topology")
		if len(top.Nodes) > 10 || len(top.Links) > 20 || len(top.Nodes) < 6 {
			t.Fatalf("Topology(10, 20) drew %d nodes and %d links", len(top.Nodes), len(top.Links))
		}
		if errs := top.Validate(""); errs != nil {
			t.Fatalf("Topology drew an invalid topology: %v", errs)
		}
		for i, n := range top.Nodes {
			if n.ID != fmt.Sprintf("n%d", i) {
				t.Fatalf("node %d has id %q", i, n.ID)
			}
		}
		exs := policytest.ExceptionsFor(top, d).Draw(t, "exceptions")
		for i, e := range exs {
			if e.ID != fmt.Sprintf("EX-%d", i+1) || len(e.Covers) != 1 {
				t.Fatalf("exception %d: id %q, covers %v", i, e.ID, e.Covers)
			}
		}
	})
}

// TestZoneRawGeneratorsReachInvalid: the Raw generators do produce the
// invalid values fail-closed properties need.
func TestZoneRawGeneratorsReachInvalid(t *testing.T) {
	invalid := 0
	rapid.Check(t, func(t *rapid.T) {
		if !policytest.RawFlow().Draw(t, "flow").Valid() {
			invalid++
		}
	})
	if invalid == 0 {
		t.Error("RawFlow never drew an invalid flow")
	}
}
