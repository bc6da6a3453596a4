package zone

import (
	"github.com/jichitai-sec/policy/clause"
	"github.com/jichitai-sec/policy/internal/enum"
)

// Rule is one of the flow rules. Each rule has a stable id, decides either to
// allow or to deny, cites the clause of the policy it rests on, and gives its
// reason in Japanese and English. The zero value is not a rule, and a Verdict
// carrying it allows nothing.
type Rule uint8

// The flow rules, in the order Check tries them.
const (
	// RuleInvalidFlow denies a flow with an unset, unknown or inconsistent
	// part (fail closed).
	RuleInvalidFlow Rule = iota + 1
	// RuleSameZone allows a flow that stays within one zone.
	RuleSameZone
	// RuleMyNumberException allows a flow to or from the My Number zone that
	// an Exception in force (Status ExceptionActive) names exactly.
	RuleMyNumberException
	// RuleMyNumberIsolated denies every other flow to or from the My Number
	// zone (6(3)ア).
	RuleMyNumberIsolated
	// RuleExternalNeedsDirect denies a flow to or from an external network
	// other than by direct network traffic: media are not carried to a
	// network, and sanitized transfer is a passage between zones.
	RuleExternalNeedsDirect
	// RuleSanitizedTransfer allows a flow between the business zone and the
	// Internet zone by sanitized transfer with a recognised method.
	RuleSanitizedTransfer
	// RuleSanitizationMethodMissing denies sanitized transfer between the
	// business zone and the Internet zone that names no method.
	RuleSanitizationMethodMissing
	// RuleBusinessInternetSeparated denies direct traffic and carried media
	// between the business zone and the Internet zone.
	RuleBusinessInternetSeparated
	// RuleBoundaryComplete allows traffic between the Internet zone and the
	// Internet behind a safeguard with every function of 2(13).
	RuleBoundaryComplete
	// RuleBoundaryIncomplete allows traffic between the Internet zone and the
	// Internet behind a safeguard that lacks some functions, with a warning
	// naming them (6(6) is an effort duty).
	RuleBoundaryIncomplete
	// RuleBoundaryMissing denies traffic between the Internet zone and the
	// Internet with no safeguard (6(3)ウ is a firm duty).
	RuleBoundaryMissing
	// RuleBusinessLGWAN allows traffic between the business zone and LGWAN.
	RuleBusinessLGWAN
	// RuleBusinessToInternet denies traffic between the business zone and
	// the Internet that bypasses the Internet zone.
	RuleBusinessToInternet
	// RuleInternetZoneToLGWAN denies traffic between the Internet zone and
	// LGWAN, which would bypass the separation of paths.
	RuleInternetZoneToLGWAN
	// RuleNoPermittingRule denies any flow that no rule permits (fail
	// closed), e.g. between two external networks, or between the business
	// or Internet zone and a dedicated national connection.
	RuleNoPermittingRule
	// RuleMyNumberLeak is not a verdict of Check: it is the rule of the
	// findings of FindLeaks, a place on the Internet side that data from
	// the My Number zone reaches over hops each permitted on its own
	// (6(3)ア: the isolation exists to keep that data from flowing out).
	RuleMyNumberLeak
)

var rules = enum.NewDescribed[Rule]([]enum.Entry{
	RuleInvalidFlow: {ID: "invalid-flow",
		Ja: "流れの指定に未設定・不明・矛盾する項目があるため拒否する",
		En: "denied: the flow has an unset, unknown or inconsistent part"},
	RuleSameZone: {ID: "same-zone",
		Ja: "同じ領域の中の通信であり、領域間の制限は及ばない",
		En: "allowed: the flow stays within one zone"},
	RuleMyNumberException: {ID: "mynumber-exception",
		Ja: "有効な例外（団体の承認又は国の示す常設の例外）が、このマイナンバー利用事務系の通信を認めている",
		En: "allowed: an exception in force (a local approval or a standing national allowance) covers this My Number zone flow"},
	RuleMyNumberIsolated: {ID: "mynumber-isolated",
		Ja: "マイナンバー利用事務系は原則として他の領域と通信させない",
		En: "denied: the My Number zone does not communicate with other zones in principle"},
	RuleExternalNeedsDirect: {ID: "external-needs-direct",
		Ja: "外部ネットワークとの間は通信回線によるものに限る（媒体・無害化通信は領域間の経路）",
		En: "denied: an external network is reached only by network traffic (media and sanitized transfer are passages between zones)"},
	RuleSanitizedTransfer: {ID: "sanitized-transfer",
		Ja: "業務サーバ接続系とインターネット接続系の間を、認められた方式の無害化通信で受け渡す",
		En: "allowed: sanitized transfer by a recognised method between the business zone and the Internet zone"},
	RuleSanitizationMethodMissing: {ID: "sanitization-method-missing",
		Ja: "無害化の方式が指定されていない無害化通信は安全が確認できないため拒否する",
		En: "denied: a sanitized transfer that names no sanitization method cannot be shown safe"},
	RuleBusinessInternetSeparated: {ID: "business-internet-separated",
		Ja: "業務サーバ接続系とインターネット接続系の間は経路を分割し、無害化通信以外を通さない",
		En: "denied: the business zone and the Internet zone are separated; only sanitized transfer passes"},
	RuleBoundaryComplete: {ID: "boundary-complete",
		Ja: "インターネットとの境界にUTM等があり、必要な機能を備えている",
		En: "allowed: a boundary safeguard with every required function guards the Internet connection"},
	RuleBoundaryIncomplete: {ID: "boundary-incomplete",
		Ja: "インターネットとの境界にUTM等はあるが一部の機能が欠けている（技術的対策は努力義務）",
		En: "allowed with a warning: the boundary safeguard lacks some functions (technical measures are an effort duty)"},
	RuleBoundaryMissing: {ID: "boundary-missing",
		Ja: "インターネット接続系とインターネットの間にUTM等による監視がないため拒否する",
		En: "denied: no boundary safeguard monitors traffic between the Internet zone and the Internet"},
	RuleBusinessLGWAN: {ID: "business-lgwan",
		Ja: "業務サーバ接続系はLGWANに接続する領域である",
		En: "allowed: the business zone is the zone connected to LGWAN"},
	RuleBusinessToInternet: {ID: "business-to-internet",
		Ja: "業務サーバ接続系からインターネットへの直接の接続は経路の分割に反する",
		En: "denied: a direct connection between the business zone and the Internet breaks the separation of paths"},
	RuleInternetZoneToLGWAN: {ID: "internet-zone-to-lgwan",
		Ja: "インターネット接続系とLGWANの直接の接続は経路の分割に反する",
		En: "denied: a direct connection between the Internet zone and LGWAN breaks the separation of paths"},
	RuleNoPermittingRule: {ID: "no-permitting-rule",
		Ja: "この通信を認める規則がないため拒否する",
		En: "denied: no rule permits this flow"},
	RuleMyNumberLeak: {ID: "mynumber-leak",
		Ja: "マイナンバー利用事務系の情報が、個々には認められた経路をたどってインターネット側に届く",
		En: "data from the My Number zone reaches the Internet side over hops each permitted on its own"},
})

// ruleInfo is what the table says of a rule beyond its texts: whether it
// allows, whether it warns, the clause whose duty it applies, and a further
// clause (the definition of what it speaks of). A definition is never the
// only citation.
type ruleInfo struct {
	allows, warns bool
	clause, also  clause.Clause
}

var ruleInfos = [...]ruleInfo{
	RuleInvalidFlow:               {clause: clause.Resilience},
	RuleSameZone:                  {allows: true, clause: clause.Resilience},
	RuleMyNumberException:         {allows: true, clause: clause.MyNumberIsolation, also: clause.DefMyNumberZone},
	RuleMyNumberIsolated:          {clause: clause.MyNumberIsolation, also: clause.DefMyNumberZone},
	RuleExternalNeedsDirect:       {clause: clause.Resilience},
	RuleSanitizedTransfer:         {allows: true, clause: clause.BusinessSeparation, also: clause.DefSanitizedTransfer},
	RuleSanitizationMethodMissing: {clause: clause.BusinessSeparation, also: clause.DefSanitizedTransfer},
	RuleBusinessInternetSeparated: {clause: clause.BusinessSeparation, also: clause.DefPathSeparation},
	RuleBoundaryComplete:          {allows: true, clause: clause.InternetBoundary, also: clause.DefUTM},
	RuleBoundaryIncomplete:        {allows: true, warns: true, clause: clause.Technical, also: clause.DefUTM},
	RuleBoundaryMissing:           {clause: clause.InternetBoundary, also: clause.DefUTM},
	RuleBusinessLGWAN:             {allows: true, clause: clause.Resilience, also: clause.DefBusinessZone},
	RuleBusinessToInternet:        {clause: clause.BusinessSeparation, also: clause.DefPathSeparation},
	RuleInternetZoneToLGWAN:       {clause: clause.BusinessSeparation, also: clause.DefPathSeparation},
	RuleNoPermittingRule:          {clause: clause.Resilience},
	RuleMyNumberLeak:              {clause: clause.MyNumberIsolation, also: clause.DefMyNumberZone},
}

// Rules returns every rule: those of Check in the order it tries them,
// then RuleMyNumberLeak.
func Rules() []Rule { return rules.All() }

// ParseRule accepts a rule's id, e.g. "mynumber-isolated".
func ParseRule(s string) (Rule, error) { return rules.Parse(s) }

// Valid reports whether r is a known rule.
func (r Rule) Valid() bool { return rules.Valid(r) }

// String returns the rule's stable id, or "zone.Rule(N)" for an invalid value.
func (r Rule) String() string { return rules.String(r) }

// Ja returns the rule's reason in Japanese.
func (r Rule) Ja() string { return rules.Ja(r) }

// En returns the rule's reason in English.
func (r Rule) En() string { return rules.En(r) }

// Allows reports whether the rule permits the flows it decides. An invalid
// rule allows nothing.
func (r Rule) Allows() bool { return r.Valid() && ruleInfos[r].allows }

// Warns reports whether the rule permits with a warning.
func (r Rule) Warns() bool { return r.Valid() && ruleInfos[r].warns }

// Clause returns the clause whose duty the rule applies, or 0 for an
// invalid rule.
func (r Rule) Clause() clause.Clause {
	if !r.Valid() {
		return 0
	}
	return ruleInfos[r].clause
}

// Also returns the further clause the rule cites (a definition), or 0.
func (r Rule) Also() clause.Clause {
	if !r.Valid() {
		return 0
	}
	return ruleInfos[r].also
}

// MarshalText returns the rule's id; an invalid rule is an error.
func (r Rule) MarshalText() ([]byte, error) { return rules.MarshalText(r) }

// UnmarshalText accepts a rule's id.
func (r *Rule) UnmarshalText(b []byte) error { return rules.UnmarshalText(r, b) }
