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
	return f.From.Valid() && f.To.Valid() && f.Channel.Valid() &&
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

// code numbers an endpoint for the pair switch: zones 1-3, networks 4-6.
func (e Endpoint) code() uint8 {
	if e.zone != 0 {
		return uint8(e.zone)
	}
	return networkCodeBase + uint8(e.network)
}

const networkCodeBase = uint8(Internet)

// pair is the unordered pair {a, b} as one byte, smaller code first.
func pair(a, b Endpoint) uint8 {
	x, y := a.code(), b.code()
	if x > y {
		x, y = y, x
	}
	return x<<4 | y
}

// The pairs the rules name, as pair computes them.
const (
	pairBusinessInternet    = uint8(Business)<<4 | uint8(Internet)
	pairInternetTheInternet = uint8(Internet)<<4 | (networkCodeBase + uint8(TheInternet))
	pairBusinessLGWAN       = uint8(Business)<<4 | (networkCodeBase + uint8(LGWAN))
	pairBusinessTheInternet = uint8(Business)<<4 | (networkCodeBase + uint8(TheInternet))
	pairInternetLGWAN       = uint8(Internet)<<4 | (networkCodeBase + uint8(LGWAN))
)

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
	if !f.Valid() {
		return Verdict{Rule: RuleInvalidFlow}
	}
	if f.From == f.To && f.From.zone != 0 {
		return Verdict{Rule: RuleSameZone}
	}
	if f.From.zone == MyNumber || f.To.zone == MyNumber {
		for i := range exceptions {
			if exceptions[i].Permits(f, asOf) {
				return Verdict{Rule: RuleMyNumberException, Exception: exceptions[i].ID}
			}
		}
		return Verdict{Rule: RuleMyNumberIsolated}
	}
	if (f.From.network != 0 || f.To.network != 0) && f.Channel != Direct {
		return Verdict{Rule: RuleExternalNeedsDirect}
	}
	switch pair(f.From, f.To) {
	case pairBusinessInternet:
		switch {
		case f.Channel != Sanitized:
			return Verdict{Rule: RuleBusinessInternetSeparated}
		case f.Method == 0:
			return Verdict{Rule: RuleSanitizationMethodMissing}
		}
		return Verdict{Rule: RuleSanitizedTransfer}
	case pairInternetTheInternet:
		switch {
		case !f.Guard.Present():
			return Verdict{Rule: RuleBoundaryMissing}
		case f.Guard.Missing() != 0:
			return Verdict{Rule: RuleBoundaryIncomplete, Missing: f.Guard.Missing()}
		}
		return Verdict{Rule: RuleBoundaryComplete}
	case pairBusinessLGWAN:
		return Verdict{Rule: RuleBusinessLGWAN}
	case pairBusinessTheInternet:
		return Verdict{Rule: RuleBusinessToInternet}
	case pairInternetLGWAN:
		return Verdict{Rule: RuleInternetZoneToLGWAN}
	}
	return Verdict{Rule: RuleNoPermittingRule}
}
