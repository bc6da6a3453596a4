package threat_test

import (
	"errors"
	"testing"

	"github.com/jichitai-sec/policy/internal/enum/enumtest"
	"github.com/jichitai-sec/policy/threat"
)

// The closed sets of the package, as documented. TestClosedSets and the
// fuzz targets (fuzz_test.go) hold each to the contract of package enum.
var (
	threatSet = enumtest.Set[threat.Threat]{Name: "threat.Threat", All: threat.All(), Parse: threat.Parse,
		IDs: []string{"unauthorized-access", "malware", "denial-of-service", "intrusion", "information-fraud",
			"insider-misconduct", "unauthorized-removal", "unauthorized-software", "design-defect",
			"program-defect", "operation-mistake", "maintenance-failure", "outsourcing-management-failure",
			"management-failure", "equipment-failure", "earthquake", "lightning", "fire", "other-disaster",
			"widespread-illness", "power-outage", "communication-outage", "water-outage"}}
	categorySet = enumtest.Set[threat.Category]{Name: "threat.Category", All: threat.Categories(), Parse: threat.ParseCategory,
		IDs: []string{"intentional", "unintentional", "disaster", "staff-shortage", "infrastructure-outage"}}
	harmSet = enumtest.Set[threat.Harm]{Name: "threat.Harm", All: threat.Harms(), Parse: threat.ParseHarm,
		IDs: []string{"leak", "destruction", "tampering", "erasure", "stoppage"}}
)

// TestClosedSets holds every closed set of the package to the contract of
// package enum (wire ids only on the wire, Japanese labels for Parse).
func TestClosedSets(t *testing.T) {
	t.Run("Threat", func(t *testing.T) { enumtest.Check(t, threatSet) })
	t.Run("Category", func(t *testing.T) { enumtest.Check(t, categorySet) })
	t.Run("Harm", func(t *testing.T) { enumtest.Check(t, harmSet) })
}

// TestHarmLabels pins the harms to the policy's own words in clause 3.
func TestHarmLabels(t *testing.T) {
	want := map[threat.Harm]string{threat.Leak: "漏えい", threat.Destruction: "破壊", threat.Tampering: "改ざん",
		threat.Erasure: "消去", threat.Stoppage: "停止"}
	for h, ja := range want {
		if h.Ja() != ja {
			t.Errorf("%v.Ja() = %q, want %q", h, h.Ja(), ja)
		}
	}
}

func TestParseError(t *testing.T) {
	_, err := threat.Parse("ddos")
	var pe *threat.ParseError
	if !errors.As(err, &pe) {
		t.Fatalf("Parse(%q) error %v is not a *threat.ParseError", "ddos", err)
	}
	if pe.Pkg != "threat" || pe.Type != "Threat" || pe.Input != "ddos" || len(pe.Accepted) != len(threat.All()) {
		t.Errorf("ParseError = %+v", pe)
	}
	th := threat.Fire
	if err := th.UnmarshalText([]byte("ddos")); err == nil || th != threat.Fire {
		t.Errorf("UnmarshalText of bad text: err %v, value %v; want error and value unchanged", err, th)
	}
	var me *threat.MarshalError
	if _, err := threat.Threat(0).MarshalText(); !errors.As(err, &me) {
		t.Errorf("MarshalText of the zero threat: %v, want a *threat.MarshalError", err)
	}
}

func TestMustParse(t *testing.T) {
	if got := threat.MustParse("不正アクセス"); got != threat.UnauthorizedAccess {
		t.Errorf("MustParse(不正アクセス) = %v", got)
	}
	defer func() {
		if recover() == nil {
			t.Error("MustParse of an unknown threat did not panic")
		}
	}()
	threat.MustParse("no-such-threat")
}
