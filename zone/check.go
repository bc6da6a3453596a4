package zone

import "github.com/jichitai-sec/policy/date"

const (
	numCodes    = uint8(InternetZone) + uint8(NationalSystem) + 1
	numChannels = Sanitized + 1
)

// ruleTable holds, for every pair of endpoint codes and every channel, the
// rule that decides before exceptions, methods and safeguards are looked at.
// It is computed once from decide and never changed, so that Check is a
// table lookup.
var ruleTable = func() (t [numCodes][numCodes][numChannels]Rule) {
	eps := append([]Endpoint{{}}, Endpoints()...)
	for _, a := range eps {
		for _, b := range eps {
			for c := range Channel(numChannels) {
				t[a.code()][b.code()][c] = decide(a, b, Channel(c))
			}
		}
	}
	return t
}()

// decide is the base rule for endpoints a, b and channel c: the readable
// form of the rules, which ruleTable caches. Check refines three of its
// answers: RuleMyNumberIsolated (an exception may permit),
// RuleSanitizedTransfer (a method is needed) and RuleBoundaryComplete (the
// safeguard decides).
func decide(a, b Endpoint, c Channel) Rule {
	switch {
	case a.code() == 0 || b.code() == 0 || !c.Valid():
		return RuleInvalidFlow
	case a == b && a.zone != 0:
		return RuleSameZone
	case a.zone == MyNumberZone || b.zone == MyNumberZone:
		return RuleMyNumberIsolated
	case (a.network != 0 || b.network != 0) && c != Direct:
		return RuleExternalNeedsDirect
	}
	pair := map[Endpoint]bool{a: true, b: true}
	switch {
	case pair[In(BusinessZone)] && pair[In(InternetZone)]:
		if c == Sanitized {
			return RuleSanitizedTransfer
		}
		return RuleBusinessInternetSeparated
	case pair[In(InternetZone)] && pair[External(PublicInternet)]:
		return RuleBoundaryComplete
	case pair[In(BusinessZone)] && pair[External(LGWAN)]:
		return RuleBusinessLGWAN
	case pair[In(BusinessZone)] && pair[External(PublicInternet)]:
		return RuleBusinessToInternet
	case pair[In(InternetZone)] && pair[External(LGWAN)]:
		return RuleInternetZoneToLGWAN
	}
	return RuleNoPermittingRule
}

// Check decides flow f under the flow rules, given the exceptions in force
// and the date to judge them by. It is pure and does not allocate.
//
// The rules, in order (each Rule documents itself and cites its clause):
//
//   - an unset, unknown or inconsistent flow is denied (RuleInvalidFlow);
//   - a sanitized transfer that names no method is denied wherever it would
//     otherwise pass (RuleSanitizationMethodMissing), and no exception
//     opens one (an exception for sanitized transfer names its method);
//   - a flow within one zone is allowed (RuleSameZone);
//   - a flow to or from the My Number zone is denied (6(3)ア) unless an
//     exception permits it on asOf (see Exception); when one names the
//     flow's endpoints but does not apply, the verdict says which and why;
//   - an external network is reached by direct traffic only;
//   - between the business zone and the Internet zone only sanitized
//     transfer with a recognised method passes (6(3)イ, 2(11), 2(12));
//   - between the Internet zone and the public Internet a boundary
//     safeguard is required (6(3)ウ); one lacking some functions of 2(13)
//     is allowed with a warning (6(6));
//   - the business zone reaches LGWAN (2(9)), never the public Internet
//     directly, and the Internet zone never reaches LGWAN directly;
//   - anything else is denied (RuleNoPermittingRule).
//
// Check applies every exception it is given to f: a bare flow names no
// systems, so the caller chooses the exceptions that cover the systems in
// question. In a topology, FindLeaks gives each link only the exceptions
// whose Covers name that link's two nodes.
func Check(f Flow, exceptions []Exception, asOf date.Date) Verdict {
	from, to := f.From.code(), f.To.code()
	if from == 0 || to == 0 || !f.crossingValid() { // !f.Valid(), each endpoint coded once
		return Verdict{Rule: RuleInvalidFlow}
	}
	r := ruleTable[from][to][f.Channel]
	switch r {
	case RuleMyNumberIsolated:
		w := whyNot{v: Verdict{Rule: r}}
		for i := range exceptions {
			w.consider(&f, &exceptions[i], asOf)
		}
		return w.v
	case RuleSameZone, RuleSanitizedTransfer:
		if f.Channel == Sanitized && f.Method == 0 {
			return Verdict{Rule: RuleSanitizationMethodMissing}
		}
	case RuleBoundaryComplete:
		switch {
		case !f.Guard.Present():
			return Verdict{Rule: RuleBoundaryMissing}
		case f.Guard.Missing() != 0:
			return Verdict{Rule: RuleBoundaryIncomplete, Missing: f.Guard.Missing()}
		}
	}
	return Verdict{Rule: r}
}

// whyNot decides a flow to or from the My Number zone from the exceptions
// shown to it one by one: allowed by an exception that permits it;
// otherwise denied, naming an exception that names the same crossing (or,
// failing that, the same two endpoints) and why it does not apply. Among
// several of the same standing it names the least id, so that the verdict
// does not depend on the order of the list. An exception's status is only
// worked out when it names the flow's crossing.
type whyNot struct {
	v     Verdict // starts as RuleMyNumberIsolated
	named int8    // 3: v is allowed by an exception, 2: names one of the same crossing, 1: of another one
}

// consider folds exception e into the verdict.
func (w *whyNot) consider(f *Flow, e *Exception, asOf date.Date) {
	if e.From != f.From || e.To != f.To || e.ID == "" {
		return
	}
	var rank int8
	var status ExceptionStatus
	switch {
	case e.Channel == f.Channel && e.Method == f.Method:
		rank, status = 2, e.Status(asOf)
		if status == ExceptionActive {
			rank = 3
		}
	case e.Channel != f.Channel:
		rank, status = 1, ExceptionOtherChannel
	default:
		rank, status = 1, ExceptionOtherMethod
	}
	if rank < w.named || (rank == w.named && e.ID >= w.v.Exception) {
		return
	}
	w.named = rank
	if rank == 3 {
		w.v = Verdict{Rule: RuleMyNumberException, Exception: e.ID}
		return
	}
	w.v.Exception, w.v.NotApplied = e.ID, status
}
