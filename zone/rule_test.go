package zone_test

import (
	"testing"

	"github.com/jichitai-sec/policy/clause"
	"github.com/jichitai-sec/policy/zone"
)

// TestRuleTable holds every rule to its documented decision and citations:
// the clause whose duty it applies and the further clause (a definition)
// it cites, "" for none.
func TestRuleTable(t *testing.T) {
	want := []struct {
		rule         zone.Rule
		id           string
		allows, warn bool
		clause, also string
	}{
		{zone.RuleInvalidFlow, "invalid-flow", false, false, "6(3)", ""},
		{zone.RuleSameZone, "same-zone", true, false, "6(3)", ""},
		{zone.RuleMyNumberException, "mynumber-exception", true, false, "6(3)ア", "2(8)"},
		{zone.RuleMyNumberIsolated, "mynumber-isolated", false, false, "6(3)ア", "2(8)"},
		{zone.RuleExternalNeedsDirect, "external-needs-direct", false, false, "6(3)", ""},
		{zone.RuleSanitizedTransfer, "sanitized-transfer", true, false, "6(3)イ", "2(12)"},
		{zone.RuleSanitizationMethodMissing, "sanitization-method-missing", false, false, "6(3)イ", "2(12)"},
		{zone.RuleBusinessInternetSeparated, "business-internet-separated", false, false, "6(3)イ", "2(11)"},
		{zone.RuleBoundaryComplete, "boundary-complete", true, false, "6(3)ウ", "2(13)"},
		{zone.RuleBoundaryIncomplete, "boundary-incomplete", true, true, "6(6)", "2(13)"},
		{zone.RuleBoundaryMissing, "boundary-missing", false, false, "6(3)ウ", "2(13)"},
		{zone.RuleBusinessLGWAN, "business-lgwan", true, false, "6(3)", "2(9)"},
		{zone.RuleBusinessToInternet, "business-to-internet", false, false, "6(3)イ", "2(11)"},
		{zone.RuleInternetZoneToLGWAN, "internet-zone-to-lgwan", false, false, "6(3)イ", "2(11)"},
		{zone.RuleNoPermittingRule, "no-permitting-rule", false, false, "6(3)", ""},
		{zone.RuleMyNumberLeak, "mynumber-leak", false, false, "6(3)ア", "2(8)"},
	}
	rules := zone.Rules()
	if len(rules) != len(want) {
		t.Fatalf("Rules() has %d rules, the table %d", len(rules), len(want))
	}
	for i, w := range want {
		r := rules[i]
		if r != w.rule || r.String() != w.id {
			t.Errorf("Rules()[%d] = %s, want %s", i, r, w.id)
			continue
		}
		var also clause.Clause
		if w.also != "" {
			also = clause.MustParse(w.also)
		}
		if r.Allows() != w.allows || r.Warns() != w.warn || r.Clause() != clause.MustParse(w.clause) || r.Also() != also {
			t.Errorf("%s: allows %v warns %v clause %s also %s; want %v %v %s %q",
				r, r.Allows(), r.Warns(), r.Clause(), r.Also(), w.allows, w.warn, w.clause, w.also)
		}
	}
}

// TestRuleCitations holds the rules to the citation convention: a rule
// cites the clause whose duty it applies, never a definition alone (a
// definition is the further citation, Also); a warning rests on an effort
// duty, a denial on a firm one.
func TestRuleCitations(t *testing.T) {
	for _, r := range zone.Rules() {
		c, also := r.Clause(), r.Also()
		switch {
		case !c.Valid():
			t.Errorf("%s cites no valid clause", r)
		case c.Duty() == clause.Descriptive:
			t.Errorf("%s cites %s (%s), a clause without a duty, as its only clause", r, c, c.En())
		case also != 0 && also.Duty() != clause.Descriptive:
			t.Errorf("%s: further citation %s is not a definition", r, also)
		case r.Warns() && (!r.Allows() || c.Duty() != clause.Effort):
			t.Errorf("warning rule %s cites %s (%s), want an allowing rule on an effort duty", r, c, c.Duty())
		case !r.Allows() && c.Duty() != clause.Firm:
			t.Errorf("denying rule %s cites %s (%s), want a firm duty", r, c, c.Duty())
		}
		if r.Ja() == "" || r.En() == "" {
			t.Errorf("%s lacks a reason", r)
		}
	}
	// The two citations fixed in the refit: both rest on 6(3)イ, the duty
	// to separate paths, and cite the definition as well.
	for r, also := range map[zone.Rule]string{
		zone.RuleInternetZoneToLGWAN:       "2(11)",
		zone.RuleSanitizationMethodMissing: "2(12)",
	} {
		if r.Clause() != clause.BusinessSeparation || r.Also() != clause.MustParse(also) {
			t.Errorf("%s cites %s and %s, want 6(3)イ and %s", r, r.Clause(), r.Also(), also)
		}
	}
	var zero zone.Rule
	if zero.Allows() || zero.Warns() || zero.Clause() != 0 || zero.Also() != 0 || zone.Rule(200).Allows() {
		t.Error("an invalid rule allows or cites something")
	}
}

// TestCheckRules decides one flow per rule Check can return (and more),
// asserting the rule, its citations as the verdict reports them, the
// decision and the missing functions.
func TestCheckRules(t *testing.T) {
	noIPS := zone.Safeguard{Kind: zone.UTM, Functions: zone.FunctionsOf(zone.Firewall, zone.Antivirus, zone.WebFiltering)}
	ex := local()
	cases := []struct {
		name         string
		flow         zone.Flow
		exs          []zone.Exception
		rule         zone.Rule
		clause, also string
		allowed      bool
		missing      zone.Functions
	}{
		{"unset flow", zone.Flow{}, nil, zone.RuleInvalidFlow, "6(3)", "", false, 0},
		{"unset channel", zone.Flow{From: business, To: business}, nil, zone.RuleInvalidFlow, "6(3)", "", false, 0},
		{"unknown zone", zone.Flow{From: zone.In(9), To: business, Channel: zone.Direct}, nil, zone.RuleInvalidFlow, "6(3)", "", false, 0},
		{"unknown network", zone.Flow{From: zone.External(4), To: business, Channel: zone.Direct}, nil, zone.RuleInvalidFlow, "6(3)", "", false, 0},
		{"method on direct traffic", zone.Flow{From: business, To: internetZ, Channel: zone.Direct, Method: zone.PDFConversion}, nil, zone.RuleInvalidFlow, "6(3)", "", false, 0},
		{"unknown method", zone.Flow{From: business, To: internetZ, Channel: zone.Sanitized, Method: 77}, nil, zone.RuleInvalidFlow, "6(3)", "", false, 0},
		{"invalid safeguard", zone.Flow{From: internetZ, To: theInternet, Channel: zone.Direct, Guard: zone.Safeguard{Kind: 9, Functions: zone.AllFunctions}}, nil, zone.RuleInvalidFlow, "6(3)", "", false, 0},
		{"functions without a kind", zone.Flow{From: internetZ, To: theInternet, Channel: zone.Direct, Guard: zone.Safeguard{Functions: zone.AllFunctions}}, nil, zone.RuleInvalidFlow, "6(3)", "", false, 0},
		{"within the business zone", zone.Flow{From: business, To: business, Channel: zone.Media}, nil, zone.RuleSameZone, "6(3)", "", true, 0},
		{"within the My Number zone", zone.Flow{From: myNumber, To: myNumber, Channel: zone.Direct}, nil, zone.RuleSameZone, "6(3)", "", true, 0},
		{"exception in force", ex.Flow(), []zone.Exception{ex}, zone.RuleMyNumberException, "6(3)ア", "2(8)", true, 0},
		{"My Number to business", zone.Flow{From: myNumber, To: business, Channel: zone.Direct}, nil, zone.RuleMyNumberIsolated, "6(3)ア", "2(8)", false, 0},
		{"business to My Number by media", zone.Flow{From: business, To: myNumber, Channel: zone.Media}, nil, zone.RuleMyNumberIsolated, "6(3)ア", "2(8)", false, 0},
		{"My Number to Internet zone sanitized", zone.Flow{From: myNumber, To: internetZ, Channel: zone.Sanitized, Method: zone.FileSanitization}, nil, zone.RuleMyNumberIsolated, "6(3)ア", "2(8)", false, 0},
		{"My Number to the Internet", zone.Flow{From: myNumber, To: theInternet, Channel: zone.Direct, Guard: fullUTM}, nil, zone.RuleMyNumberIsolated, "6(3)ア", "2(8)", false, 0},
		{"My Number to LGWAN", zone.Flow{From: myNumber, To: lgwan, Channel: zone.Direct}, nil, zone.RuleMyNumberIsolated, "6(3)ア", "2(8)", false, 0},
		{"national system to My Number", zone.Flow{From: national, To: myNumber, Channel: zone.Direct}, nil, zone.RuleMyNumberIsolated, "6(3)ア", "2(8)", false, 0},
		{"My Number sanitized without method", zone.Flow{From: business, To: myNumber, Channel: zone.Sanitized}, nil, zone.RuleMyNumberIsolated, "6(3)ア", "2(8)", false, 0},
		{"media to an external network", zone.Flow{From: business, To: lgwan, Channel: zone.Media}, nil, zone.RuleExternalNeedsDirect, "6(3)", "", false, 0},
		{"sanitized to the Internet", zone.Flow{From: internetZ, To: theInternet, Channel: zone.Sanitized, Method: zone.FileSanitization, Guard: fullUTM}, nil, zone.RuleExternalNeedsDirect, "6(3)", "", false, 0},
		{"Internet zone to business, file sanitization", zone.Flow{From: internetZ, To: business, Channel: zone.Sanitized, Method: zone.FileSanitization}, nil, zone.RuleSanitizedTransfer, "6(3)イ", "2(12)", true, 0},
		{"business to Internet zone, screen transfer", zone.Flow{From: business, To: internetZ, Channel: zone.Sanitized, Method: zone.ScreenTransfer}, nil, zone.RuleSanitizedTransfer, "6(3)イ", "2(12)", true, 0},
		{"sanitized without method", zone.Flow{From: internetZ, To: business, Channel: zone.Sanitized}, nil, zone.RuleSanitizationMethodMissing, "6(3)イ", "2(12)", false, 0},
		{"sanitized without method within a zone", zone.Flow{From: business, To: business, Channel: zone.Sanitized}, nil, zone.RuleSanitizationMethodMissing, "6(3)イ", "2(12)", false, 0},
		{"Internet zone to business direct", zone.Flow{From: internetZ, To: business, Channel: zone.Direct}, nil, zone.RuleBusinessInternetSeparated, "6(3)イ", "2(11)", false, 0},
		{"business to Internet zone by media", zone.Flow{From: business, To: internetZ, Channel: zone.Media}, nil, zone.RuleBusinessInternetSeparated, "6(3)イ", "2(11)", false, 0},
		{"Internet zone to the Internet, full UTM", zone.Flow{From: internetZ, To: theInternet, Channel: zone.Direct, Guard: fullUTM}, nil, zone.RuleBoundaryComplete, "6(3)ウ", "2(13)", true, 0},
		{"the Internet to Internet zone, security cloud", zone.Flow{From: theInternet, To: internetZ, Channel: zone.Direct, Guard: zone.Safeguard{Kind: zone.SecurityCloud, Functions: zone.AllFunctions}}, nil, zone.RuleBoundaryComplete, "6(3)ウ", "2(13)", true, 0},
		{"UTM without IDS/IPS", zone.Flow{From: internetZ, To: theInternet, Channel: zone.Direct, Guard: noIPS}, nil, zone.RuleBoundaryIncomplete, "6(6)", "2(13)", true, zone.FunctionsOf(zone.IntrusionPrevention)},
		{"no UTM", zone.Flow{From: internetZ, To: theInternet, Channel: zone.Direct}, nil, zone.RuleBoundaryMissing, "6(3)ウ", "2(13)", false, 0},
		{"UTM with no functions", zone.Flow{From: theInternet, To: internetZ, Channel: zone.Direct, Guard: zone.Safeguard{Kind: zone.UTM}}, nil, zone.RuleBoundaryMissing, "6(3)ウ", "2(13)", false, 0},
		{"business to LGWAN", zone.Flow{From: business, To: lgwan, Channel: zone.Direct}, nil, zone.RuleBusinessLGWAN, "6(3)", "2(9)", true, 0},
		{"LGWAN to business", zone.Flow{From: lgwan, To: business, Channel: zone.Direct}, nil, zone.RuleBusinessLGWAN, "6(3)", "2(9)", true, 0},
		{"business to the Internet", zone.Flow{From: business, To: theInternet, Channel: zone.Direct, Guard: fullUTM}, nil, zone.RuleBusinessToInternet, "6(3)イ", "2(11)", false, 0},
		{"Internet zone to LGWAN", zone.Flow{From: internetZ, To: lgwan, Channel: zone.Direct}, nil, zone.RuleInternetZoneToLGWAN, "6(3)イ", "2(11)", false, 0},
		{"LGWAN to Internet zone", zone.Flow{From: lgwan, To: internetZ, Channel: zone.Direct}, nil, zone.RuleInternetZoneToLGWAN, "6(3)イ", "2(11)", false, 0},
		{"business to national system", zone.Flow{From: business, To: national, Channel: zone.Direct}, nil, zone.RuleNoPermittingRule, "6(3)", "", false, 0},
		{"the Internet to LGWAN", zone.Flow{From: theInternet, To: lgwan, Channel: zone.Direct}, nil, zone.RuleNoPermittingRule, "6(3)", "", false, 0},
		{"the Internet to itself", zone.Flow{From: theInternet, To: theInternet, Channel: zone.Direct}, nil, zone.RuleNoPermittingRule, "6(3)", "", false, 0},
	}
	seen := map[zone.Rule]bool{}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			v := zone.Check(c.flow, c.exs, asOf)
			var also clause.Clause
			if c.also != "" {
				also = clause.MustParse(c.also)
			}
			if v.Rule != c.rule || v.Rule.Clause() != clause.MustParse(c.clause) || v.Rule.Also() != also ||
				v.Allowed() != c.allowed || v.Warning() != (c.rule == zone.RuleBoundaryIncomplete) || v.Missing != c.missing {
				t.Errorf("Check(%v) = rule %s clause %s also %s allowed %v warning %v missing %s; want %s %s %q %v missing %s",
					c.flow, v.Rule, v.Rule.Clause(), v.Rule.Also(), v.Allowed(), v.Warning(), v.Missing,
					c.rule, c.clause, c.also, c.allowed, c.missing)
			}
		})
		seen[c.rule] = true
	}
	for _, r := range zone.Rules() {
		if r != zone.RuleMyNumberLeak && !seen[r] {
			t.Errorf("rule %s has no table case", r)
		}
	}
}
