package vendors_test

import (
	"testing"

	"github.com/jichitai-sec/policy/internal/enum/enumtest"
	"github.com/jichitai-sec/policy/vendors"
)

// The closed sets of the package, as documented: ids in order, aliases.
// TestClosedSets and the fuzz targets hold each to the contract of package
// enum.
var (
	requirementSet = enumtest.Set[vendors.Requirement]{Name: "vendors.Requirement", All: vendors.Requirements(),
		Parse: vendors.ParseRequirement,
		IDs: []string{"policy-compliance", "responsible-and-places", "access-scope", "no-other-use", "confidentiality",
			"subcontracting-limits", "return-or-destruction", "reporting", "audit-inspection", "incident-publication",
			"damages", "system-security-spec", "system-vulnerability", "system-no-hidden-function", "system-work-records"}}
	systemWorkSet = enumtest.Set[vendors.SystemWork]{Name: "vendors.SystemWork", All: vendors.SystemWorks(),
		Parse: vendors.ParseSystemWork, IDs: []string{"development", "operation", "maintenance"}}
	criterionSet = enumtest.Set[vendors.Criterion]{Name: "vendors.Criterion", All: vendors.Criteria(),
		Parse: vendors.ParseCriterion,
		IDs: []string{"isms", "privacy-mark", "incident-history", "financial-standing", "security-measures",
			"track-record", "staff-training"},
		Aliases: map[string]vendors.Criterion{"iso-27001": vendors.CritISMS}}
	methodSet = enumtest.Set[vendors.Method]{Name: "vendors.Method", All: vendors.Methods(), Parse: vendors.ParseMethod,
		IDs: []string{"report", "on-site", "audit", "certificate"}}
	assessmentSet = enumtest.Set[vendors.Assessment]{Name: "vendors.Assessment", All: vendors.Assessments(),
		Parse: vendors.ParseAssessment, IDs: []string{"ismap", "ismap-liu", "none"}}
	locationSet = enumtest.Set[vendors.Location]{Name: "vendors.Location", All: vendors.Locations(),
		Parse: vendors.ParseLocation, IDs: []string{"domestic", "overseas", "unknown"}}
	credentialSet = enumtest.Set[vendors.Credential]{Name: "vendors.Credential", All: vendors.Credentials(),
		Parse: vendors.ParseCredential,
		IDs: []string{"multi-factor", "strong-password", "shared-password", "changed-on-handover", "managed-devices",
			"login-alerts"},
		Aliases: map[string]vendors.Credential{"mfa": vendors.CredMultiFactor}}
	ruleSet = enumtest.Set[vendors.Rule]{Name: "vendors.Rule", All: vendors.Rules(), Parse: vendors.ParseRule, Described: true,
		IDs: []string{"vendor-no-selection", "vendor-no-contract", "vendor-contract-missing-requirements",
			"vendor-contract-not-in-force", "vendor-no-confirmation", "vendor-confirmation-stale",
			"vendor-subcontractor-requirements", "vendor-mynumber-no-exception",
			"cloud-unassessed", "cloud-above-ismap-liu", "cloud-mynumber-no-exception", "cloud-no-contract",
			"cloud-contract-not-in-force",
			"social-no-responsible", "social-not-announced", "social-weak-credentials", "social-no-takeover-procedure",
			"social-posting-above-1"}}
)

// TestClosedSets holds every closed set of the package to the contract of
// package enum (wire ids only on the wire, labels and aliases for Parse).
func TestClosedSets(t *testing.T) {
	t.Run("Requirement", func(t *testing.T) { enumtest.Check(t, requirementSet) })
	t.Run("SystemWork", func(t *testing.T) { enumtest.Check(t, systemWorkSet) })
	t.Run("Criterion", func(t *testing.T) { enumtest.Check(t, criterionSet) })
	t.Run("Method", func(t *testing.T) { enumtest.Check(t, methodSet) })
	t.Run("Assessment", func(t *testing.T) { enumtest.Check(t, assessmentSet) })
	t.Run("Location", func(t *testing.T) { enumtest.Check(t, locationSet) })
	t.Run("Credential", func(t *testing.T) { enumtest.Check(t, credentialSet) })
	t.Run("Rule", func(t *testing.T) { enumtest.Check(t, ruleSet) })
}
