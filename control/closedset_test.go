package control_test

import (
	"testing"

	"github.com/jichitai-sec/policy/control"
	"github.com/jichitai-sec/policy/internal/enum/enumtest"
)

// Each closed set of the package, held to the contract of package enum by
// the library's one harness: members in order, wire ids (kebab-case; the
// sections' "3-1" are kebab-case digits), labels, the wire taking ids
// only, Parse taking the Japanese labels (not the rules' descriptions).

func TestClosedSetControl(t *testing.T) {
	enumtest.Check(t, enumtest.Set[control.Control]{
		Name: "control.Control", All: control.All(), Parse: control.Parse,
		IDs: []string{
			"org-standard", "org-ciso", "org-csirt", "org-roles",
			"asset-classification", "asset-inventory", "asset-issued-devices", "asset-encryption",
			"asset-storage", "asset-disposal", "asset-backup", "asset-recovery-target",
			"zone-delineation", "mynumber-zone-isolation", "mynumber-two-factor", "mynumber-no-takeout",
			"mynumber-approved-media", "business-path-separation", "business-sanitization", "internet-boundary",
			"phys-server-placement", "phys-disaster-proof", "phys-power-supply", "phys-facility-supply",
			"phys-area-entry", "phys-lines", "phys-terminals",
			"human-rules", "human-training", "human-reporting", "human-credentials",
			"tech-system-management", "tech-wireless-eap-tls", "tech-access-control", "tech-development",
			"tech-malware", "tech-intrusion", "tech-security-info",
			"ops-monitoring", "ops-compliance-check", "ops-incident-response", "ops-continuity",
			"ops-exceptions", "ops-legal", "ops-discipline",
			"vendor-selection", "vendor-contract", "vendor-confirmation", "vendor-system-work",
			"cloud-confidential", "cloud-other", "social-media-responsible", "social-media-measures",
			"eval-audit", "eval-self-inspection", "eval-improvement", "eval-risk-analysis", "eval-review",
		},
	})
}

func TestClosedSetSection(t *testing.T) {
	enumtest.Check(t, enumtest.Set[control.Section]{
		Name: "control.Section", All: control.Sections(), Parse: control.ParseSection,
		IDs: []string{"1", "2", "3-1", "3-2", "3-3", "4-1", "4-2", "4-3", "4-4",
			"5-1", "5-2", "5-3", "5-4", "6-1", "6-2", "6-3", "6-4", "6-5", "6-6",
			"7-1", "7-2", "7-3", "7-4", "7-5", "7-6", "8-1", "8-2", "8-3", "8-4", "9"},
	})
}

func TestClosedSetScope(t *testing.T) {
	enumtest.Check(t, enumtest.Set[control.Scope]{
		Name: "control.Scope", All: control.Scopes(), Parse: control.ParseScope,
		IDs: []string{"organization", "asset"},
	})
}

func TestClosedSetBasis(t *testing.T) {
	enumtest.Check(t, enumtest.Set[control.Basis]{
		Name: "control.Basis", All: control.Bases(), Parse: control.ParseBasis,
		IDs: []string{"policy", "guideline", "reading"},
	})
}

func TestClosedSetReason(t *testing.T) {
	enumtest.Check(t, enumtest.Set[control.Reason]{
		Name: "control.Reason", All: control.Reasons(), Parse: control.ParseReason,
		IDs: []string{"organization", "every-asset", "owner", "kind", "zone", "level", "mynumber-work", "wireless"},
	})
}

func TestClosedSetStatus(t *testing.T) {
	enumtest.Check(t, enumtest.Set[control.Status]{
		Name: "control.Status", All: control.Statuses(), Parse: control.ParseStatus,
		IDs: []string{"implemented", "partial", "planned", "not-applicable"},
	})
}

func TestClosedSetRule(t *testing.T) {
	enumtest.Check(t, enumtest.Set[control.Rule]{
		Name: "control.Rule", All: control.Rules(), Parse: control.ParseRule, Described: true,
		IDs: []string{
			"control-missing", "control-partial", "control-planned", "control-planned-overdue",
			"control-waiver-unjustified", "control-not-waivable", "control-check-stale",
			"review-after-findings", "review-changed-conditions", "review-untreated-risk", "review-no-evaluation",
		},
	})
}

// TestMustParse: MustParse reads a wire id or a label and panics on
// anything else.
func TestMustParse(t *testing.T) {
	if got := control.MustParse("mynumber-two-factor"); got != control.MyNumberTwoFactor {
		t.Errorf("MustParse(mynumber-two-factor) = %v", got)
	}
	if got := control.MustParse(control.OrgCSIRT.Ja()); got != control.OrgCSIRT {
		t.Errorf("MustParse(%q) = %v", control.OrgCSIRT.Ja(), got)
	}
	defer func() {
		if recover() == nil {
			t.Error("MustParse of an unknown control did not panic")
		}
	}()
	control.MustParse("no-such-control")
}
