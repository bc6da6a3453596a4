package zone_test

import (
	"testing"

	"github.com/jichitai-sec/policy/clause"
	"github.com/jichitai-sec/policy/date"
	"github.com/jichitai-sec/policy/zone"
)

var (
	myNumber    = zone.In(zone.MyNumberZone)
	business    = zone.In(zone.BusinessZone)
	internetZ   = zone.In(zone.InternetZone)
	theInternet = zone.External(zone.PublicInternet)
	lgwan       = zone.External(zone.LGWAN)
	national    = zone.External(zone.NationalSystem)
	fullUTM     = zone.Safeguard{Kind: zone.UTM, Functions: zone.AllFunctions}
	asOf        = date.MustParse("2026-06-01")
)

func TestCheckRules(t *testing.T) {
	noIPS := zone.Safeguard{Kind: zone.UTM, Functions: zone.FunctionsOf(zone.Firewall, zone.Antivirus, zone.WebFiltering)}
	cases := []struct {
		name    string
		flow    zone.Flow
		rule    zone.Rule
		clause  string
		allowed bool
		warning bool
		missing zone.Functions
	}{
		{"unset flow", zone.Flow{}, zone.RuleInvalidFlow, "6(3)", false, false, 0},
		{"unset channel", zone.Flow{From: business, To: business}, zone.RuleInvalidFlow, "6(3)", false, false, 0},
		{"unknown zone", zone.Flow{From: zone.In(9), To: business, Channel: zone.Direct}, zone.RuleInvalidFlow, "6(3)", false, false, 0},
		{"method on direct traffic", zone.Flow{From: business, To: internetZ, Channel: zone.Direct, Method: zone.PDFConversion}, zone.RuleInvalidFlow, "6(3)", false, false, 0},
		{"unknown method", zone.Flow{From: business, To: internetZ, Channel: zone.Sanitized, Method: 77}, zone.RuleInvalidFlow, "6(3)", false, false, 0},
		{"invalid safeguard", zone.Flow{From: internetZ, To: theInternet, Channel: zone.Direct, Guard: zone.Safeguard{Kind: 9, Functions: zone.AllFunctions}}, zone.RuleInvalidFlow, "6(3)", false, false, 0},
		{"within the business zone", zone.Flow{From: business, To: business, Channel: zone.Media}, zone.RuleSameZone, "6(3)", true, false, 0},
		{"within the My Number zone", zone.Flow{From: myNumber, To: myNumber, Channel: zone.Direct}, zone.RuleSameZone, "6(3)", true, false, 0},
		{"My Number to business", zone.Flow{From: myNumber, To: business, Channel: zone.Direct}, zone.RuleMyNumberIsolated, "6(3)ア", false, false, 0},
		{"business to My Number by media", zone.Flow{From: business, To: myNumber, Channel: zone.Media}, zone.RuleMyNumberIsolated, "6(3)ア", false, false, 0},
		{"My Number to Internet zone sanitized", zone.Flow{From: myNumber, To: internetZ, Channel: zone.Sanitized, Method: zone.FileSanitization}, zone.RuleMyNumberIsolated, "6(3)ア", false, false, 0},
		{"My Number to the Internet", zone.Flow{From: myNumber, To: theInternet, Channel: zone.Direct, Guard: fullUTM}, zone.RuleMyNumberIsolated, "6(3)ア", false, false, 0},
		{"My Number to LGWAN", zone.Flow{From: myNumber, To: lgwan, Channel: zone.Direct}, zone.RuleMyNumberIsolated, "6(3)ア", false, false, 0},
		{"national system to My Number", zone.Flow{From: national, To: myNumber, Channel: zone.Direct}, zone.RuleMyNumberIsolated, "6(3)ア", false, false, 0},
		{"media to an external network", zone.Flow{From: business, To: lgwan, Channel: zone.Media}, zone.RuleExternalNeedsDirect, "6(3)", false, false, 0},
		{"sanitized to the Internet", zone.Flow{From: internetZ, To: theInternet, Channel: zone.Sanitized, Method: zone.FileSanitization, Guard: fullUTM}, zone.RuleExternalNeedsDirect, "6(3)", false, false, 0},
		{"Internet zone to business, file sanitization", zone.Flow{From: internetZ, To: business, Channel: zone.Sanitized, Method: zone.FileSanitization}, zone.RuleSanitizedTransfer, "6(3)イ", true, false, 0},
		{"business to Internet zone, screen transfer", zone.Flow{From: business, To: internetZ, Channel: zone.Sanitized, Method: zone.ScreenTransfer}, zone.RuleSanitizedTransfer, "6(3)イ", true, false, 0},
		{"sanitized without method", zone.Flow{From: internetZ, To: business, Channel: zone.Sanitized}, zone.RuleSanitizationMethodMissing, "2(12)", false, false, 0},
		{"Internet zone to business direct", zone.Flow{From: internetZ, To: business, Channel: zone.Direct}, zone.RuleBusinessInternetSeparated, "6(3)イ", false, false, 0},
		{"business to Internet zone by media", zone.Flow{From: business, To: internetZ, Channel: zone.Media}, zone.RuleBusinessInternetSeparated, "6(3)イ", false, false, 0},
		{"Internet zone to the Internet, full UTM", zone.Flow{From: internetZ, To: theInternet, Channel: zone.Direct, Guard: fullUTM}, zone.RuleBoundaryComplete, "6(3)ウ", true, false, 0},
		{"the Internet to Internet zone, security cloud", zone.Flow{From: theInternet, To: internetZ, Channel: zone.Direct, Guard: zone.Safeguard{Kind: zone.SecurityCloud, Functions: zone.AllFunctions}}, zone.RuleBoundaryComplete, "6(3)ウ", true, false, 0},
		{"UTM without IDS/IPS", zone.Flow{From: internetZ, To: theInternet, Channel: zone.Direct, Guard: noIPS}, zone.RuleBoundaryIncomplete, "6(6)", true, true, zone.FunctionsOf(zone.IntrusionPrevention)},
		{"no UTM", zone.Flow{From: internetZ, To: theInternet, Channel: zone.Direct}, zone.RuleBoundaryMissing, "6(3)ウ", false, false, 0},
		{"UTM with no functions", zone.Flow{From: theInternet, To: internetZ, Channel: zone.Direct, Guard: zone.Safeguard{Kind: zone.UTM}}, zone.RuleBoundaryMissing, "6(3)ウ", false, false, 0},
		{"business to LGWAN", zone.Flow{From: business, To: lgwan, Channel: zone.Direct}, zone.RuleBusinessLGWAN, "2(9)", true, false, 0},
		{"LGWAN to business", zone.Flow{From: lgwan, To: business, Channel: zone.Direct}, zone.RuleBusinessLGWAN, "2(9)", true, false, 0},
		{"business to the Internet", zone.Flow{From: business, To: theInternet, Channel: zone.Direct, Guard: fullUTM}, zone.RuleBusinessToInternet, "6(3)イ", false, false, 0},
		{"Internet zone to LGWAN", zone.Flow{From: internetZ, To: lgwan, Channel: zone.Direct}, zone.RuleInternetZoneToLGWAN, "2(11)", false, false, 0},
		{"business to national system", zone.Flow{From: business, To: national, Channel: zone.Direct}, zone.RuleNoPermittingRule, "6(3)", false, false, 0},
		{"the Internet to LGWAN", zone.Flow{From: theInternet, To: lgwan, Channel: zone.Direct}, zone.RuleNoPermittingRule, "6(3)", false, false, 0},
		{"the Internet to itself", zone.Flow{From: theInternet, To: theInternet, Channel: zone.Direct}, zone.RuleNoPermittingRule, "6(3)", false, false, 0},
	}
	seen := map[zone.Rule]bool{}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			v := zone.Check(c.flow, nil, asOf)
			if v.Rule != c.rule || v.Rule.Clause() != clause.MustParse(c.clause) ||
				v.Allowed() != c.allowed || v.Warning() != c.warning || v.Missing != c.missing {
				t.Errorf("Check(%+v) = rule %s clause %s allowed %v warning %v missing %s; want %s %s %v %v %s",
					c.flow, v.Rule, v.Rule.Clause(), v.Allowed(), v.Warning(), v.Missing,
					c.rule, c.clause, c.allowed, c.warning, c.missing)
			}
		})
		seen[c.rule] = true
	}
	for _, r := range zone.Rules() {
		if r != zone.RuleMyNumberException && !seen[r] {
			t.Errorf("rule %s has no table case", r)
		}
	}
}

func TestVerdictExplainsItself(t *testing.T) {
	v := zone.Check(zone.Flow{From: internetZ, To: theInternet, Channel: zone.Direct,
		Guard: zone.Safeguard{Kind: zone.UTM, Functions: zone.FunctionsOf(zone.Firewall, zone.Antivirus)}}, nil, asOf)
	if got, want := v.En(), v.Rule.En()+" (missing: intrusion detection and prevention (IDS/IPS), web filtering)"; got != want {
		t.Errorf("En() = %q, want %q", got, want)
	}
	if got, want := v.Ja(), v.Rule.Ja()+"（欠けている機能：侵入検知・防御（IDS/IPS）、Webフィルタリング）"; got != want {
		t.Errorf("Ja() = %q, want %q", got, want)
	}
	var zero zone.Verdict
	if zero.Allowed() || zero.Rule.Clause() != 0 {
		t.Errorf("zero Verdict allows or cites: %v %v", zero.Allowed(), zero.Rule.Clause())
	}
}

func TestRulesCiteRealClauses(t *testing.T) {
	for _, r := range zone.Rules() {
		if !r.Clause().Valid() {
			t.Errorf("rule %s cites no valid clause", r)
		}
		if r.Ja() == "" || r.En() == "" {
			t.Errorf("rule %s lacks a reason", r)
		}
		if r.Warns() && !r.Allows() {
			t.Errorf("rule %s warns but denies", r)
		}
		// A denial rests on a firm duty or on fail-closed reading of 6(3); a
		// warning rests on an effort duty.
		if r.Warns() && r.Clause().Duty() != clause.Effort {
			t.Errorf("warning rule %s cites %s, not an effort duty", r, r.Clause())
		}
	}
}
