package control_test

import (
	"testing"

	"github.com/jichitai-sec/policy/control"
	"github.com/jichitai-sec/policy/internal/enum/enumtest"
)

// fuzzSetOf describes a closed set of the package for FuzzClosedSets. Its
// wire ids are read from its members: the TestClosedSet tests pin them to
// the documented ones, so they are not listed twice.
func fuzzSetOf[T enumtest.Member](name string, all []T, parse func(string) (T, error)) enumtest.Set[T] {
	s := enumtest.Set[T]{Name: name, All: all, Parse: parse}
	for _, v := range all {
		s.IDs = append(s.IDs, v.String())
	}
	return s
}

// The closed sets of the package, for FuzzClosedSets.
var (
	controlsSet       = fuzzSetOf("control.Control", control.All(), control.Parse)
	sectionSet        = fuzzSetOf("control.Section", control.Sections(), control.ParseSection)
	statusSet         = fuzzSetOf("control.Status", control.Statuses(), control.ParseStatus)
	scopeSet          = fuzzSetOf("control.Scope", control.Scopes(), control.ParseScope)
	basisSet          = fuzzSetOf("control.Basis", control.Bases(), control.ParseBasis)
	reasonSet         = fuzzSetOf("control.Reason", control.Reasons(), control.ParseReason)
	likelihoodSet     = fuzzSetOf("control.Likelihood", control.Likelihoods(), control.ParseLikelihood)
	levelSet          = fuzzSetOf("control.Level", control.Levels(), control.ParseLevel)
	treatmentSet      = fuzzSetOf("control.Treatment", control.Treatments(), control.ParseTreatment)
	changeKindSet     = fuzzSetOf("control.ChangeKind", control.ChangeKinds(), control.ParseChangeKind)
	evaluationKindSet = fuzzSetOf("control.EvaluationKind", control.EvaluationKinds(), control.ParseEvaluationKind)
	outcomeSet        = fuzzSetOf("control.Outcome", control.Outcomes(), control.ParseOutcome)
)

// ruleSet is the set of rules, whose labels are descriptions, which
// ParseRule refuses.
var ruleSet = func() enumtest.Set[control.Rule] {
	s := fuzzSetOf("control.Rule", control.Rules(), control.ParseRule)
	s.Described = true
	return s
}()

// FuzzClosedSets holds every closed set of the package (Control, Section,
// Status, Scope, Basis, Reason, Rule, Likelihood, Level, Treatment,
// ChangeKind, EvaluationKind and Outcome) to the contract of package enum
// on arbitrary text, as one target (enumtest.Fuzz).
func FuzzClosedSets(f *testing.F) {
	enumtest.Fuzz(f, enumtest.CaseOf(controlsSet), enumtest.CaseOf(sectionSet), enumtest.CaseOf(statusSet),
		enumtest.CaseOf(scopeSet), enumtest.CaseOf(basisSet), enumtest.CaseOf(reasonSet), enumtest.CaseOf(ruleSet),
		enumtest.CaseOf(likelihoodSet), enumtest.CaseOf(levelSet), enumtest.CaseOf(treatmentSet),
		enumtest.CaseOf(changeKindSet), enumtest.CaseOf(evaluationKindSet), enumtest.CaseOf(outcomeSet))
}
