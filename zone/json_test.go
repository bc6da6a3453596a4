package zone_test

import (
	"encoding/json"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/jichitai-sec/policy/policytest"
	"github.com/jichitai-sec/policy/zone"
	"pgregory.net/rapid"
)

// roundTrip encodes v as JSON and decodes it into a new value of its type.
func roundTrip[T any](t *rapid.T, v T) T {
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatalf("marshal %+v: %v", v, err)
	}
	var back T
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatalf("unmarshal %s: %v", b, err)
	}
	return back
}

func TestPropertyJSONRoundTrip(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		f := policytest.Flow().Draw(t, "flow")
		if diff := cmp.Diff(f, roundTrip(t, f), policytest.CmpOptions()); diff != "" {
			t.Fatalf("flow changed through JSON:\n%s", diff)
		}
		e := policytest.Exception().Draw(t, "exception")
		if diff := cmp.Diff(e, roundTrip(t, e), policytest.CmpOptions()); diff != "" {
			t.Fatalf("exception changed through JSON:\n%s", diff)
		}
		top := policytest.Topology(8, 12).Draw(t, "topology")
		if diff := cmp.Diff(top, roundTrip(t, top), policytest.CmpOptions()); diff != "" {
			t.Fatalf("topology changed through JSON:\n%s", diff)
		}
		v := zone.Check(f, []zone.Exception{e}, policytest.Date().Draw(t, "asOf"))
		if v != roundTrip(t, v) {
			t.Fatalf("verdict %+v changed through JSON", v)
		}
	})
}

func TestJSONRejectsInvalidValues(t *testing.T) {
	for _, v := range []any{
		zone.Flow{From: zone.In(zone.BusinessZone)},          // no To, no channel
		zone.Flow{From: business, To: internetZ, Channel: 9}, // unknown channel
		zone.Node{ID: "a"}, // no endpoint
	} {
		if b, err := json.Marshal(v); err == nil {
			t.Errorf("json.Marshal(%+v) = %s, want an error rather than an invalid document", v, b)
		}
	}
}
