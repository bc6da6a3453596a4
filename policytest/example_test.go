package policytest_test

import (
	"fmt"

	"github.com/google/go-cmp/cmp"
	"github.com/jichitai-sec/policy/date"
	"github.com/jichitai-sec/policy/policytest"
	"github.com/jichitai-sec/policy/zone"
)

// In a test of your own, draw values inside rapid.Check:
//
//	rapid.Check(t, func(t *rapid.T) {
//		f := policytest.RawFlow().Draw(t, "flow")
//		if v := zone.Check(f, nil, asOf); !f.Valid() && v.Allowed() {
//			t.Fatalf("invalid flow %+v allowed", f)
//		}
//	})
//
// Outside a test, Example draws one value from a seed.
func Example() {
	asOf := date.MustParse("2026-06-01")
	for seed := range 3 {
		f := policytest.Flow().Example(seed)
		v := zone.Check(f, nil, asOf)
		fmt.Println(f.Valid(), v.Rule.Valid(), v.Rule.Clause().Valid())
	}
	// Output:
	// true true true
	// true true true
	// true true true
}

// CmpOptions lets go-cmp compare values with unexported fields, such as
// zone endpoints and dates.
func ExampleCmpOptions() {
	a := zone.Exception{ID: "EX-1", From: zone.In(zone.MyNumberZone), To: zone.External(zone.LGWAN), ExpiresOn: date.MustParse("2027-03-31")}
	b := a
	b.To = zone.In(zone.BusinessZone)
	fmt.Println(cmp.Equal(a, a, policytest.CmpOptions()), cmp.Equal(a, b, policytest.CmpOptions()))
	// Output:
	// true false
}
