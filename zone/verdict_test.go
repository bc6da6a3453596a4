package zone_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/jichitai-sec/policy/clause"
	"github.com/jichitai-sec/policy/field"
	"github.com/jichitai-sec/policy/finding"
	"github.com/jichitai-sec/policy/lang"
	"github.com/jichitai-sec/policy/zone"
)

func TestVerdictText(t *testing.T) {
	missing := zone.Check(zone.Flow{From: internetZ, To: theInternet, Channel: zone.Direct,
		Guard: zone.Safeguard{Kind: zone.UTM, Functions: zone.FunctionsOf(zone.Firewall, zone.Antivirus)}}, nil, asOf)
	expired := zone.Verdict{Rule: zone.RuleMyNumberIsolated, Exception: "EX-1", NotApplied: zone.ExceptionExpired}
	applied := zone.Verdict{Rule: zone.RuleMyNumberException, Exception: "EX-1"}
	cases := []struct {
		name string
		v    zone.Verdict
		want lang.Text
	}{
		{"missing functions", missing, lang.Of(
			zone.RuleBoundaryIncomplete.Ja()+"（欠けている機能：侵入検知・防御（IDS/IPS）、Webフィルタリング）",
			zone.RuleBoundaryIncomplete.En()+" (missing: intrusion detection and prevention (IDS/IPS), web filtering)")},
		{"exception not applied", expired, lang.Of(
			zone.RuleMyNumberIsolated.Ja()+"（例外EX-1は適用されない：期限切れ）",
			zone.RuleMyNumberIsolated.En()+" (exception EX-1 does not apply: expired)")},
		{"exception applied", applied, lang.Of(
			zone.RuleMyNumberException.Ja()+"（例外：EX-1）",
			zone.RuleMyNumberException.En()+" (exception EX-1)")},
		{"plain rule", zone.Verdict{Rule: zone.RuleSameZone}, lang.Of(zone.RuleSameZone.Ja(), zone.RuleSameZone.En())},
	}
	for _, c := range cases {
		if got := c.v.Text(); got != c.want {
			t.Errorf("%s: Text() = %+v, want %+v", c.name, got, c.want)
		}
		if c.v.Ja() != c.want.Ja || c.v.En() != c.want.En {
			t.Errorf("%s: Ja/En differ from Text", c.name)
		}
		if got, want := c.v.String(), c.v.Rule.String()+" "+c.v.Rule.Clause().String()+": "+c.want.En; got != want {
			t.Errorf("%s: String() = %q, want %q", c.name, got, want)
		}
	}
	var zero zone.Verdict
	if zero.Allowed() || zero.Warning() || zero.Rule.Clause() != 0 {
		t.Errorf("the zero Verdict allows or cites: %v %v", zero.Allowed(), zero.Rule.Clause())
	}
}

// TestVerdictFinding holds Verdict.Finding to the library's finding: the
// rule's id, the severity (allowed → info, allowed with a warning →
// warning, denied → error), the clause and the definition cited with it,
// the path given, and the ids given followed by the exception's.
func TestVerdictFinding(t *testing.T) {
	p := field.Root.Child("topology").Child("links").Index(3)
	cases := []struct {
		name string
		v    zone.Verdict
		want finding.Finding
	}{
		{"allowed", zone.Verdict{Rule: zone.RuleSanitizedTransfer}, finding.Finding{
			Rule: "sanitized-transfer", Severity: finding.Info, Clause: clause.BusinessSeparation,
			Also: []clause.Clause{clause.DefSanitizedTransfer}, Path: "/topology/links/3", IDs: []string{"a", "b"}}},
		{"allowed with a warning", zone.Verdict{Rule: zone.RuleBoundaryIncomplete, Missing: zone.FunctionsOf(zone.WebFiltering)}, finding.Finding{
			Rule: "boundary-incomplete", Severity: finding.Warning, Clause: clause.Technical,
			Also: []clause.Clause{clause.DefUTM}, Path: "/topology/links/3", IDs: []string{"a", "b"}}},
		{"denied", zone.Verdict{Rule: zone.RuleBusinessToInternet}, finding.Finding{
			Rule: "business-to-internet", Severity: finding.Error, Clause: clause.BusinessSeparation,
			Also: []clause.Clause{clause.DefPathSeparation}, Path: "/topology/links/3", IDs: []string{"a", "b"}}},
		{"denied, no further clause", zone.Verdict{Rule: zone.RuleInvalidFlow}, finding.Finding{
			Rule: "invalid-flow", Severity: finding.Error, Clause: clause.Resilience,
			Path: "/topology/links/3", IDs: []string{"a", "b"}}},
		{"denied, exception not applied", zone.Verdict{Rule: zone.RuleMyNumberIsolated, Exception: "EX-9", NotApplied: zone.ExceptionOtherMethod}, finding.Finding{
			Rule: "mynumber-isolated", Severity: finding.Error, Clause: clause.MyNumberIsolation,
			Also: []clause.Clause{clause.DefMyNumberZone}, Path: "/topology/links/3", IDs: []string{"a", "b", "EX-9"}}},
		{"allowed by an exception", zone.Verdict{Rule: zone.RuleMyNumberException, Exception: "EX-1"}, finding.Finding{
			Rule: "mynumber-exception", Severity: finding.Info, Clause: clause.MyNumberIsolation,
			Also: []clause.Clause{clause.DefMyNumberZone}, Path: "/topology/links/3", IDs: []string{"a", "b", "EX-1"}}},
	}
	for _, c := range cases {
		ids := []string{"a", "b"}
		got := c.v.Finding(p, ids...)
		c.want.Text = c.v.Text()
		if diff := cmp.Diff(c.want, got); diff != "" {
			t.Errorf("%s: Finding (-want +got):\n%s", c.name, diff)
		}
		if got.Severity != c.v.Severity() {
			t.Errorf("%s: Finding severity %s, Severity() %s", c.name, got.Severity, c.v.Severity())
		}
		if ids[0] != "a" || ids[1] != "b" {
			t.Errorf("%s: Finding changed the caller's ids to %q", c.name, ids)
		}
	}
}
