package vendors_test

import (
	"encoding/json"
	"errors"
	"testing"

	"github.com/jichitai-sec/policy/date"
	"github.com/jichitai-sec/policy/field"
	"github.com/jichitai-sec/policy/internal/enum/enumtest"
	"github.com/jichitai-sec/policy/vendors"
)

// FuzzClosedSets holds every closed set of the package (Requirement,
// SystemWork, Criterion, Method, Assessment, Location, Credential and Rule)
// to the contract of package enum on arbitrary text, as one target
// (enumtest.Fuzz).
func FuzzClosedSets(f *testing.F) {
	enumtest.Fuzz(f, enumtest.CaseOf(requirementSet), enumtest.CaseOf(systemWorkSet), enumtest.CaseOf(criterionSet), enumtest.CaseOf(methodSet), enumtest.CaseOf(assessmentSet), enumtest.CaseOf(locationSet), enumtest.CaseOf(credentialSet), enumtest.CaseOf(ruleSet))
}

// FuzzRegisterJSON: whatever a register decodes to, Validate and Check
// give a verdict without panicking, and Check refuses exactly the
// registers Validate finds problems in, with the same problems.
func FuzzRegisterJSON(f *testing.F) {
	for _, s := range []string{
		`{}`, `null`, `[]`,
		`{"contractors":[{"id":"c1","name":"n","work":"w","assets":["tax-system"],"subcontractors":["c1"]}]}`,
		`{"contractors":[{"id":"c1","name":"n","work":"w","contract":{"start":"2026-04-01","end":"2025-03-31","requirements":["damages","damages"]}}]}`,
		`{"contractors":[{"id":"c1","name":"n","work":"w","subcontractors":["c2"]},{"id":"c2","name":"n","work":"w","subcontractors":["c1"]}]}`,
		`{"services":[{"id":"s1","name":"n","provider":"p","use":"u","assets":["tax-roll"],"assessment":"none","location":"domestic"}]}`,
		`{"accounts":[{"id":"a1","service":"X","handle":"@h","purpose":"p","maxPosting":"3B","credentials":["mfa"]}]}`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		var r vendors.Register
		if json.Unmarshal(data, &r) != nil {
			return
		}
		errs := vendors.Validate(r, register, "/vendors")
		fs, err := vendors.Check(r, register, date.MustParse("2026-06-01"), vendors.Options{ConfirmEveryMonths: 12}, "/vendors")
		var got field.List
		switch {
		case len(errs) == 0 && err != nil:
			t.Fatalf("Check refused a valid register: %v", err)
		case len(errs) > 0 && (err == nil || fs != nil):
			t.Fatalf("Check judged a register with problems: %v", errs)
		case len(errs) > 0 && (!errors.As(err, &got) || len(got) != len(errs)):
			t.Fatalf("Check's error %v is not Validate's problems %v", err, errs)
		}
	})
}
