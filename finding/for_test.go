package finding_test

import (
	"testing"

	"github.com/jichitai-sec/policy/clause"
	"github.com/jichitai-sec/policy/finding"
)

// The clauses whose missed duty is a warning (effort duties) and those that
// impose no duty (the purpose, the definitions, the threats, the scope);
// every other clause is a firm duty, whose miss is an error.
var (
	warnings = []string{"6(6)", "6(7)", "6(8)"}
	infos    = []string{
		"1", "2(1)", "2(2)", "2(3)", "2(4)", "2(5)", "2(6)", "2(7)", "2(8)", "2(9)", "2(10)", "2(11)", "2(12)", "2(13)",
		"3", "3(1)", "3(2)", "3(3)", "3(4)", "3(5)", "4(1)", "4(2)", "4(2)ア", "4(2)イ", "4(2)ウ",
	}
	errs = []string{"5", "6", "6(1)", "6(2)", "6(3)", "6(3)ア", "6(3)イ", "6(3)ウ", "6(4)", "6(5)", "6(9)", "7", "8"}
)

func TestForEveryClause(t *testing.T) {
	want := map[string]finding.Severity{}
	for _, group := range []struct {
		ids []string
		s   finding.Severity
	}{{warnings, finding.Warning}, {infos, finding.Info}, {errs, finding.Error}} {
		for _, id := range group.ids {
			want[id] = group.s
		}
	}
	all := clause.All()
	if len(want) != len(all) {
		t.Fatalf("the expectation names %d clauses, the table has %d", len(want), len(all))
	}
	for _, c := range all {
		w, ok := want[c.String()]
		if !ok {
			t.Errorf("clause %s has no expected severity", c)
			continue
		}
		if got := finding.For(c); got != w {
			t.Errorf("For(%s) = %v, want %v (duty %v)", c, got, w, c.Duty())
		}
	}
}

func TestForSpotChecks(t *testing.T) {
	for _, c := range []struct {
		c    clause.Clause
		want finding.Severity
	}{
		{clause.MyNumberIsolation, finding.Error},      // 6(3)ア
		{clause.InternetBoundary, finding.Error},       // 6(3)ウ
		{clause.AuditAndSelfInspection, finding.Error}, // 7
		{clause.Technical, finding.Warning},            // 6(6)
		{clause.Outsourcing, finding.Warning},          // 6(8)
		{clause.DefSanitizedTransfer, finding.Info},    // 2(12)
		{clause.ThreatDisaster, finding.Info},          // 3(3)
		{clause.Purpose, finding.Info},                 // 1
		{0, finding.Info},                              // not a clause
		{42, finding.Info},
		{255, finding.Info},
	} {
		if got := finding.For(c.c); got != c.want {
			t.Errorf("For(%s) = %v, want %v", c.c, got, c.want)
		}
	}
}

// For is the duty read as a severity, and every duty has one.
func TestForFollowsDuty(t *testing.T) {
	bySeverity := map[clause.Duty]finding.Severity{clause.Firm: finding.Error, clause.Effort: finding.Warning, clause.Descriptive: finding.Info}
	for _, c := range clause.All() {
		if got := finding.For(c); got != bySeverity[c.Duty()] || !got.Valid() {
			t.Errorf("For(%s) = %v for duty %v", c, got, c.Duty())
		}
	}
}
