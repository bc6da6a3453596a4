package vendors_test

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/jichitai-sec/policy/policytest"
	"github.com/jichitai-sec/policy/vendors"
	"pgregory.net/rapid"
)

// A register travels as JSON with wire ids for every closed set and the
// member names of the schema.
func TestRegisterJSON(t *testing.T) {
	r := vendors.Register{
		Contractors: []vendors.Contractor{{ID: "c1", Name: "n", Work: "w", Assets: []string{"tax-system"},
			SystemWork: []vendors.SystemWork{vendors.WorkMaintenance}, Selection: []vendors.Criterion{vendors.CritISMS},
			Contract:     &vendors.Contract{Start: asOf, End: asOf, Requirements: []vendors.Requirement{vendors.ReqDamages}},
			Confirmation: &vendors.Confirmation{On: asOf, Method: vendors.MethodOnSite}}},
		Services: []vendors.Service{{ID: "s1", Name: "n", Provider: "p", Use: "u",
			Assessment: vendors.AssessmentISMAPLIU, Location: vendors.LocationDomestic}},
		Accounts: []vendors.Account{{ID: "a1", Service: "X", Handle: "@h", Purpose: "p", Announced: true,
			Credentials: []vendors.Credential{vendors.CredMultiFactor}}},
	}
	b, err := json.Marshal(r)
	if err != nil {
		t.Fatal(err)
	}
	want := `{"contractors":[{"id":"c1","name":"n","work":"w","assets":["tax-system"],"systemWork":["maintenance"],` +
		`"selection":["isms"],"contract":{"start":"2026-06-01","end":"2026-06-01","requirements":["damages"]},` +
		`"confirmation":{"on":"2026-06-01","method":"on-site"}}],` +
		`"services":[{"id":"s1","name":"n","provider":"p","use":"u","assessment":"ismap-liu","location":"domestic"}],` +
		`"accounts":[{"id":"a1","service":"X","handle":"@h","purpose":"p","announced":true,"credentials":["multi-factor"]}]}`
	if string(b) != want {
		t.Errorf("json.Marshal =\n%s\nwant\n%s", b, want)
	}
	// Labels and aliases are for people, not for the wire.
	for _, bad := range []string{`"isms"`, `"ISMS認証（ISO/IEC 27001）"`, `"iso-27001"`} {
		doc := strings.Replace(want, `"isms"`, bad, 1)
		var back vendors.Register
		err := json.Unmarshal([]byte(doc), &back)
		var pe *vendors.ParseError
		if (bad == `"isms"`) != (err == nil) || (err != nil && !errors.As(err, &pe)) {
			t.Errorf("json.Unmarshal with %s: %v", bad, err)
		}
	}
}

// A valid register survives a round trip through JSON unchanged.
func TestPropRegisterJSONRoundTrip(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		r, _ := world(t)
		b, err := json.Marshal(r)
		if err != nil {
			t.Fatalf("json.Marshal: %v", err)
		}
		var back vendors.Register
		if err := json.Unmarshal(b, &back); err != nil {
			t.Fatalf("json.Unmarshal(%s): %v", b, err)
		}
		if diff := cmp.Diff(r, back, policytest.CmpOptions()); diff != "" {
			t.Fatalf("round trip (-want +got):\n%s", diff)
		}
	})
}
