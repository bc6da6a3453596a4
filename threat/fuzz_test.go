package threat_test

import (
	"testing"

	"github.com/jichitai-sec/policy/internal/enum/enumtest"
)

// FuzzClosedSets holds every closed set of the package (Threat, Category
// and Harm) to the contract of package enum on arbitrary text, as one
// target (enumtest.Fuzz).
func FuzzClosedSets(f *testing.F) {
	enumtest.Fuzz(f, enumtest.CaseOf(threatSet), enumtest.CaseOf(categorySet), enumtest.CaseOf(harmSet))
}
