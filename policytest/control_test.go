package policytest_test

import (
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/jichitai-sec/policy/asset"
	"github.com/jichitai-sec/policy/control"
	"github.com/jichitai-sec/policy/date"
	"github.com/jichitai-sec/policy/field"
	"github.com/jichitai-sec/policy/policytest"
	"pgregory.net/rapid"
)

var controlAsOf = date.MustParse("2026-06-01")

// requiredOf is what a document of the assets requires: the organization's
// controls and every asset's.
func requiredOf(as []asset.Asset, s asset.Scheme) []control.Requirement {
	return append(control.OrganizationRequired("/organization"), control.RequiredAll(as, s, "/assets")...)
}

// TestControlGenerators: Control and Status draw members only; the Raw
// variants draw unset and out-of-range values too.
func TestControlGenerators(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		if c := policytest.Control().Draw(t, "control"); !c.Valid() {
			t.Fatalf("Control() drew %v", c)
		}
		if s := policytest.Status().Draw(t, "status"); !s.Valid() {
			t.Fatalf("Status() drew %v", s)
		}
	})
	var zero, invalid, valid int
	for seed := range 300 {
		c := policytest.RawControl().Example(seed)
		s := policytest.RawStatus().Example(seed)
		switch {
		case c == 0 || s == 0:
			zero++
		case !c.Valid() || !s.Valid():
			invalid++
		default:
			valid++
		}
	}
	if zero == 0 || invalid == 0 || valid == 0 {
		t.Errorf("raw generators drew %d unset, %d invalid, %d valid; want some of each", zero, invalid, valid)
	}
}

// TestRecordsContract: Records are accepted by control.ValidateRecords,
// name only assets of the list, and over a fixed set of draws make Gaps
// report every one of its rules, and meet some requirements outright.
func TestRecordsContract(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		s := policytest.Scheme().Draw(t, "scheme")
		as := policytest.Assets(s, 10).Draw(t, "assets")
		rs := policytest.Records(as, requiredOf(as, s), controlAsOf).Draw(t, "records")
		if errs := control.ValidateRecords(rs, as, "/records"); len(errs) != 0 {
			t.Fatalf("Records generated invalid records: %v", errs)
		}
	})
	rules := map[string]int{}
	met := 0
	for seed := range 300 {
		s := asset.Schemes()[seed%2]
		as := policytest.Assets(s, 8).Example(seed)
		required := requiredOf(as, s)
		rs := policytest.Records(as, required, controlAsOf).Example(seed)
		fs := control.Gaps(required, rs, controlAsOf, control.GapOptions{RecordsAt: "/records", CheckEveryMonths: 12})
		for _, f := range fs {
			rules[f.Rule]++
		}
		met += len(required) - len(fs)
	}
	for _, r := range []control.Rule{control.RuleMissing, control.RulePartial, control.RulePlanned, control.RulePlannedOverdue,
		control.RuleWaiverUnjustified, control.RuleNotWaivable, control.RuleCheckStale} {
		if rules[r.String()] == 0 {
			t.Errorf("over 300 draws Gaps never reported %s (%v)", r, rules)
		}
	}
	if met == 0 {
		t.Error("over 300 draws no requirement was met")
	}
}

// TestInvalidRecordsContract: ValidateRecords reports exactly the seeded
// problems, each in its own record under the base path, and over a fixed
// set of draws every kind of problem is seeded somewhere.
func TestInvalidRecordsContract(t *testing.T) {
	const base = "/documents/0/records"
	elem := regexp.MustCompile(`^/documents/0/records/(\d+)(/(control|status|asset|target))?$`)
	seen := map[string]bool{}
	check := func(fatalf func(string, ...any), as []asset.Asset, seeded policytest.SeededRecords) {
		if len(seeded.Records) == 0 || len(seeded.Problems) == 0 {
			fatalf("%d records, %d problems; want at least one of each", len(seeded.Records), len(seeded.Problems))
		}
		var got []string
		for _, e := range control.ValidateRecords(seeded.Records, as, base) {
			got = append(got, policytest.Problem{Path: e.Path, Kind: e.Kind}.String())
		}
		slices.Sort(got)
		var want []string
		records := map[string]bool{}
		for _, p := range seeded.Problems {
			want = append(want, p.String())
			m := elem.FindStringSubmatch(string(p.Path))
			if m == nil {
				fatalf("seeded problem %s is not at an element of a record under %s", p, base)
				return
			}
			if records[m[1]] {
				fatalf("two problems seeded in record %s: %v", m[1], seeded.Problems)
			}
			records[m[1]] = true
			seen[m[3]+" "+p.Kind.String()] = true
		}
		slices.Sort(want)
		if !slices.Equal(got, want) {
			fatalf("ValidateRecords reported\n  %s\nseeded\n  %s", strings.Join(got, "\n  "), strings.Join(want, "\n  "))
		}
	}
	rapid.Check(t, func(t *rapid.T) {
		s := policytest.Scheme().Draw(t, "scheme")
		as := policytest.Assets(s, 6).Draw(t, "assets")
		seeded := policytest.InvalidRecords(as, requiredOf(as, s), controlAsOf, base).Draw(t, "seeded")
		check(t.Fatalf, as, seeded)
	})
	for seed := range 500 {
		s := asset.Schemes()[seed%2]
		as := policytest.Assets(s, 6).Example(seed)
		seeded := policytest.InvalidRecords(as, requiredOf(as, s), controlAsOf, base).Example(seed)
		check(t.Fatalf, as, seeded)
	}
	// Also with no assets at all: organization-wide records only.
	for seed := range 50 {
		check(t.Fatalf, nil, policytest.InvalidRecords(nil, control.OrganizationRequired(field.Root), controlAsOf, base).Example(seed))
	}
	for _, k := range []string{
		"control " + field.KindRequired.String(), "control " + field.KindNotSupported.String(),
		"status " + field.KindRequired.String(), "status " + field.KindNotSupported.String(),
		"asset " + field.KindNotFound.String(), "asset " + field.KindForbidden.String(),
		"target " + field.KindRequired.String(), " " + field.KindDuplicate.String(),
	} {
		if !seen[k] {
			t.Errorf("no draw seeded the problem %q (seen %v)", k, seen)
		}
	}
}
