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

// fuzzSet is the fuzz target of one closed set's Parse and UnmarshalText,
// seeded with its spellings and near misses (enumtest.CheckInput).
func fuzzSet[T enumtest.Member, PT interface {
	*T
	UnmarshalText([]byte) error
}](f *testing.F, s enumtest.Set[T]) {
	for _, seed := range enumtest.Seeds(s) {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, in string) { enumtest.CheckInput[T, PT](t, s, in) })
}

func FuzzParseRequirement(f *testing.F) { fuzzSet(f, requirementSet) }
func FuzzParseSystemWork(f *testing.F)  { fuzzSet(f, systemWorkSet) }
func FuzzParseCriterion(f *testing.F)   { fuzzSet(f, criterionSet) }
func FuzzParseMethod(f *testing.F)      { fuzzSet(f, methodSet) }
func FuzzParseAssessment(f *testing.F)  { fuzzSet(f, assessmentSet) }
func FuzzParseLocation(f *testing.F)    { fuzzSet(f, locationSet) }
func FuzzParseCredential(f *testing.F)  { fuzzSet(f, credentialSet) }
func FuzzParseRule(f *testing.F)        { fuzzSet(f, ruleSet) }

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
