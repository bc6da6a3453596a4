package policy_test

import (
	"testing"

	"github.com/jichitai-sec/policy"
	"github.com/jichitai-sec/policy/internal/enum/enumtest"
)

// variantSet is the documented shape of Variant: its wire ids and the
// Greek letters ParseVariant accepts.
var variantSet = enumtest.Set[policy.Variant]{
	Name: "policy.Variant", All: policy.Variants(), Parse: policy.ParseVariant,
	IDs: []string{"alpha", "beta", "beta-prime", "alpha-prime"},
	Aliases: map[string]policy.Variant{
		"α": policy.Alpha, "β": policy.Beta, "β′": policy.BetaPrime, "β'": policy.BetaPrime,
		"α′": policy.AlphaPrime, "α'": policy.AlphaPrime,
	},
}

// FuzzClosedSets holds every closed set of the package (Format, Lang and
// Variant) to the contract of package enum on arbitrary text, as one
// target (enumtest.Fuzz).
func FuzzClosedSets(f *testing.F) {
	enumtest.Fuzz(f, enumtest.CaseOf(formatSet), enumtest.CaseOf(langSet), enumtest.CaseOf(variantSet))
}
