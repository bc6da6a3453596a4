package zone

import (
	"github.com/jichitai-sec/policy/date"
)

// Flow is data crossing from one endpoint to another by one channel. Flows
// are directional; the rules treat both directions alike, except that an
// Exception names one direction.
type Flow struct {
	From    Endpoint  `json:"from"`
	To      Endpoint  `json:"to"`
	Channel Channel   `json:"channel"`
	Method  Method    `json:"method,omitempty"` // with Sanitized only: the sanitization method
	Guard   Safeguard `json:"guard,omitzero"`   // between the Internet zone and the Internet: the boundary safeguard
}

// Valid reports whether every part of the flow is set and known, a Method
// appears only with the Sanitized channel, and the safeguard is valid.
// Check denies an invalid flow with RuleInvalidFlow.
func (f Flow) Valid() bool {
	return f.From.code() != 0 && f.To.code() != 0 && f.Channel.Valid() &&
		(f.Method == 0 || (f.Method.Valid() && f.Channel == Sanitized)) &&
		f.Guard.Valid()
}

// Verdict is the decision on one flow: the rule that decided, and what the
// rule needs to explain itself. The zero Verdict allows nothing.
type Verdict struct {
	Rule      Rule      `json:"rule"`                // the deciding rule
	Missing   Functions `json:"missing,omitempty"`   // with RuleBoundaryIncomplete: what the safeguard lacks
	Exception string    `json:"exception,omitempty"` // with RuleMyNumberException: the exception applied
}

// Allowed reports whether the flow is permitted.
func (v Verdict) Allowed() bool { return v.Rule.Allows() }

// Warning reports whether the flow is permitted with a warning.
func (v Verdict) Warning() bool { return v.Rule.Warns() }

// Ja explains the verdict in Japanese.
func (v Verdict) Ja() string {
	s := v.Rule.Ja()
	if v.Missing != 0 {
		s += "（欠けている機能：" + v.Missing.labels(Function.Ja, "、") + "）"
	}
	if v.Exception != "" {
		s += "（例外：" + v.Exception + "）"
	}
	return s
}

// En explains the verdict in English.
func (v Verdict) En() string {
	s := v.Rule.En()
	if v.Missing != 0 {
		s += " (missing: " + v.Missing.labels(Function.En, ", ") + ")"
	}
	if v.Exception != "" {
		s += " (exception " + v.Exception + ")"
	}
	return s
}

// code numbers a valid endpoint for the rule table: zones 1-3, networks
// 4-6; 0 for an unset or invalid endpoint. It is a branch-free lookup, since
// Check runs it twice per flow.
func (e Endpoint) code() uint8 {
	return endpointCodes[min(e.zone, Internet+1)][min(e.network, NationalSystem+1)]
}

// endpointCodes[zone][network] is the code of Endpoint{zone, network}, with
// every out-of-range value clamped to the last row or column.
var endpointCodes = [Internet + 2][NationalSystem + 2]uint8{
	0: {0, 4, 5, 6, 0},
	1: {1}, 2: {2}, 3: {3},
}

const (
	numCodes    = uint8(Internet) + uint8(NationalSystem) + 1
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
	case a.zone == MyNumber || b.zone == MyNumber:
		return RuleMyNumberIsolated
	case (a.network != 0 || b.network != 0) && c != Direct:
		return RuleExternalNeedsDirect
	}
	pair := map[Endpoint]bool{a: true, b: true}
	switch {
	case pair[In(Business)] && pair[In(Internet)]:
		if c == Sanitized {
			return RuleSanitizedTransfer
		}
		return RuleBusinessInternetSeparated
	case pair[In(Internet)] && pair[External(TheInternet)]:
		return RuleBoundaryComplete
	case pair[In(Business)] && pair[External(LGWAN)]:
		return RuleBusinessLGWAN
	case pair[In(Business)] && pair[External(TheInternet)]:
		return RuleBusinessToInternet
	case pair[In(Internet)] && pair[External(LGWAN)]:
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
//   - a flow within one zone is allowed (RuleSameZone);
//   - a flow to or from the My Number zone is denied (6(3)ア) unless an
//     exception in exceptions permits it on asOf (see Exception);
//   - an external network is reached by direct traffic only;
//   - between the business zone and the Internet zone only sanitized
//     transfer with a recognised method passes (6(3)イ, 2(11), 2(12));
//   - between the Internet zone and the Internet a boundary safeguard is
//     required (6(3)ウ); one lacking some functions of 2(13) is allowed with
//     a warning (6(6));
//   - the business zone reaches LGWAN (2(9)), never the Internet directly,
//     and the Internet zone never reaches LGWAN directly;
//   - anything else is denied (RuleNoPermittingRule).
func Check(f Flow, exceptions []Exception, asOf date.Date) Verdict {
	r := ruleTable[f.From.code()][f.To.code()][min(f.Channel, numChannels-1)]
	if f.Channel >= numChannels || (f.Method != 0 && (f.Channel != Sanitized || f.Method > ScreenTransfer)) || !f.Guard.Valid() {
		r = RuleInvalidFlow
	}
	switch r {
	case RuleMyNumberIsolated:
		for i := range exceptions {
			if exceptions[i].Permits(f, asOf) {
				return Verdict{Rule: RuleMyNumberException, Exception: exceptions[i].ID}
			}
		}
		return Verdict{Rule: r}
	case RuleSanitizedTransfer:
		if f.Method == 0 {
			return Verdict{Rule: RuleSanitizationMethodMissing}
		}
		return Verdict{Rule: r}
	case RuleBoundaryComplete:
		switch {
		case !f.Guard.Present():
			return Verdict{Rule: RuleBoundaryMissing}
		case f.Guard.Missing() != 0:
			return Verdict{Rule: RuleBoundaryIncomplete, Missing: f.Guard.Missing()}
		}
		return Verdict{Rule: r}
	default:
		return Verdict{Rule: r}
	}
}
