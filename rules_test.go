package policy_test

import (
	"testing"

	"github.com/jichitai-sec/policy/asset"
	"github.com/jichitai-sec/policy/clause"
	"github.com/jichitai-sec/policy/control"
	"github.com/jichitai-sec/policy/finding"
	"github.com/jichitai-sec/policy/vendors"
	"github.com/jichitai-sec/policy/zone"
)

// rule is what every package's rules provide: a stable id and the clause
// whose duty the rule applies.
type rule interface {
	String() string
	Clause() clause.Clause
}

// everyRule lists the rules of every package of the library that reports
// findings, by package.
func everyRule() map[string][]rule {
	out := map[string][]rule{}
	for _, r := range zone.Rules() {
		out["zone"] = append(out["zone"], r)
	}
	for _, r := range asset.Rules() {
		out["asset"] = append(out["asset"], r)
	}
	for _, r := range control.Rules() {
		out["control"] = append(out["control"], r)
	}
	for _, r := range vendors.Rules() {
		out["vendors"] = append(out["vendors"], r)
	}
	return out
}

// TestRuleIDsAreUniqueAcrossTheLibrary: a report can be filtered by rule id
// alone, so no two rules of any two packages share an id.
func TestRuleIDsAreUniqueAcrossTheLibrary(t *testing.T) {
	seen := map[string]string{}
	n := 0
	for pkg, rules := range everyRule() {
		for _, r := range rules {
			n++
			id := r.String()
			if id == "" {
				t.Errorf("%s: a rule has no id", pkg)
			}
			if other, dup := seen[id]; dup {
				t.Errorf("rule id %q is used by both %s and %s", id, other, pkg)
			}
			seen[id] = pkg
		}
	}
	if n < 20 {
		t.Errorf("found only %d rules: the registry misses a package", n)
	}
}

// TestRulesCiteADuty: every rule cites a clause that imposes a duty (a
// definition is a further citation, never the only one), so that its
// default severity follows from that duty.
func TestRulesCiteADuty(t *testing.T) {
	for pkg, rules := range everyRule() {
		for _, r := range rules {
			c := r.Clause()
			if !c.Valid() {
				t.Errorf("%s rule %s cites no clause", pkg, r)
				continue
			}
			if d := c.Duty(); d != clause.Firm && d != clause.Effort {
				t.Errorf("%s rule %s cites %s (%s), which imposes no duty", pkg, r, c, d)
			}
			if s := finding.For(c); s != finding.Error && s != finding.Warning {
				t.Errorf("%s rule %s: default severity %s", pkg, r, s)
			}
		}
	}
}

// TestVerdictSeverityFollowsDuty: a denied flow misses a firm duty of 6(3)
// (an error); a safeguard lacking functions misses the effort duty of 6(6)
// (a warning); an allowed flow is for the record.
func TestVerdictSeverityFollowsDuty(t *testing.T) {
	for _, r := range zone.Rules() {
		v := zone.Verdict{Rule: r}
		want := finding.For(r.Clause())
		if r.Allows() && !r.Warns() {
			want = finding.Info
		}
		if got := v.Severity(); got != want {
			t.Errorf("%s: severity %s, want %s (clause %s, %s)", r, got, want, r.Clause(), r.Clause().Duty())
		}
		if r == zone.RuleBoundaryIncomplete && v.Severity() != finding.Warning {
			t.Errorf("%s: severity %s, want warning (6(6) is an effort duty)", r, v.Severity())
		}
		if !r.Allows() && v.Severity() != finding.Error {
			t.Errorf("%s denies but its severity is %s", r, v.Severity())
		}
	}
}
