package vendors

import (
	"github.com/jichitai-sec/policy/clause"
	"github.com/jichitai-sec/policy/control"
	"github.com/jichitai-sec/policy/finding"
	"github.com/jichitai-sec/policy/internal/enum"
	"github.com/jichitai-sec/policy/lang"
)

// Rule is a rule of Check. Its wire id is the Rule of the findings it
// reports, unique across the library: the rules on contractors start with
// "vendor-", those on external services with "cloud-", those on social
// media accounts with "social-". The zero value is not a rule.
//
// Every rule checks the duty of 6(8). Its findings are warnings, the
// severity of an effort duty (finding.For), except where the rule's table
// entry states a departure with its reason (Rule.Departure): the one
// departure is RuleSocialNoResponsible.
type Rule uint8

// The rules, in the order Check applies them to each element, grouped by
// the list they judge (contractors, services, accounts; Check orders its
// findings by that grouping).
const (
	// RuleNoSelection: a contractor's record states no criterion it was
	// selected by (6(8): the contractor is selected).
	RuleNoSelection Rule = iota + 1
	// RuleNoContract: a contractor has no contract.
	RuleNoContract
	// RuleMissingRequirements: a contract does not state a requirement that
	// the highest classification of the handled information calls for, or
	// that work of 8.2 calls for (see Required).
	RuleMissingRequirements
	// RuleContractNotInForce: a contractor that handles assets has a
	// contract that has ended, or not yet started, on the as-of date.
	RuleContractNotInForce
	// RuleNoConfirmation: the contractor's measures were never confirmed,
	// or only after the as-of date.
	RuleNoConfirmation
	// RuleConfirmationStale: the last confirmation is older than the
	// interval the organization sets.
	RuleConfirmationStale
	// RuleSubcontractorRequirements: a subcontractor that handles assets
	// has a contract that does not state every requirement its principal's
	// outsourcing calls for (see Check).
	RuleSubcontractorRequirements
	// RuleMyNumberContractor: a contractor handles information of My Number
	// work without an exception active on the as-of date.
	RuleMyNumberContractor

	// RuleCloudUnassessed: a service holding information of confidentiality
	// 2 or above has no assessment (ISMAP or ISMAP-LIU).
	RuleCloudUnassessed
	// RuleCloudAboveISMAPLIU: a service assessed under ISMAP-LIU holds
	// information above what that track covers (confidentiality band 3).
	RuleCloudAboveISMAPLIU
	// RuleCloudMyNumber: a service holds information of My Number work
	// without an exception active on the as-of date.
	RuleCloudMyNumber
	// RuleCloudNoContract: a service holds assets and has no contract.
	RuleCloudNoContract
	// RuleCloudContractNotInForce: a service holds assets under a contract
	// not in force on the as-of date.
	RuleCloudContractNotInForce

	// RuleSocialNoResponsible: a social media service none of whose
	// accounts names a responsible person. An error, not a warning: see
	// Rule.Departure.
	RuleSocialNoResponsible
	// RuleSocialNotAnnounced: an account is not announced on the
	// organization's official site.
	RuleSocialNotAnnounced
	// RuleSocialWeakCredentials: an account's credentials are not guarded
	// as the library reads the guideline (multi-factor authentication, no
	// shared password left unchanged, named holders).
	RuleSocialWeakCredentials
	// RuleSocialNoTakeoverProcedure: an account has no procedure for when
	// it is taken over.
	RuleSocialNoTakeoverProcedure
	// RuleSocialPostingAboveOne: information above confidentiality 1 is
	// planned for posting, or the planned level is not stated.
	RuleSocialPostingAboveOne
)

var rules = enum.NewDescribed[Rule]([]enum.Entry{
	RuleNoSelection: {ID: "vendor-no-selection",
		Ja: "委託事業者の選定基準が記録されていない", En: "no selection criterion is recorded for a contractor"},
	RuleNoContract: {ID: "vendor-no-contract",
		Ja: "委託事業者との契約がない", En: "a contractor has no contract"},
	RuleMissingRequirements: {ID: "vendor-contract-missing-requirements",
		Ja: "契約に必要な情報セキュリティ要件が明記されていない", En: "a contract does not state a security requirement it needs"},
	RuleContractNotInForce: {ID: "vendor-contract-not-in-force",
		Ja: "情報資産を取り扱う委託事業者の契約が期間外", En: "a contractor handles assets outside the term of its contract"},
	RuleNoConfirmation: {ID: "vendor-no-confirmation",
		Ja: "委託事業者の対策が確認されていない", En: "a contractor's measures were never confirmed"},
	RuleConfirmationStale: {ID: "vendor-confirmation-stale",
		Ja: "委託事業者の対策の確認が定めた間隔を過ぎている", En: "the last confirmation of a contractor is older than the set interval"},
	RuleSubcontractorRequirements: {ID: "vendor-subcontractor-requirements",
		Ja: "再委託先の契約に委託元と同等の要件が明記されていない", En: "a subcontractor's contract lacks requirements its principal is bound by"},
	RuleMyNumberContractor: {ID: "vendor-mynumber-no-exception",
		Ja: "マイナンバー利用事務の情報を有効な例外なく委託している", En: "a contractor handles My Number information without an active exception"},
	RuleCloudUnassessed: {ID: "cloud-unassessed",
		Ja: "機密性2以上の情報をISMAP等の評価のない外部サービスで取り扱っている", En: "a service without ISMAP assessment holds confidentiality 2 or above"},
	RuleCloudAboveISMAPLIU: {ID: "cloud-above-ismap-liu",
		Ja: "ISMAP-LIUの対象を超える情報を取り扱っている", En: "an ISMAP-LIU service holds information above what the track covers"},
	RuleCloudMyNumber: {ID: "cloud-mynumber-no-exception",
		Ja: "マイナンバー利用事務の情報を有効な例外なく外部サービスで取り扱っている", En: "a service holds My Number information without an active exception"},
	RuleCloudNoContract: {ID: "cloud-no-contract",
		Ja: "情報資産を取り扱う外部サービスの契約がない", En: "a service holds assets without a contract"},
	RuleCloudContractNotInForce: {ID: "cloud-contract-not-in-force",
		Ja: "情報資産を取り扱う外部サービスの契約が期間外", En: "a service holds assets outside the term of its contract"},
	RuleSocialNoResponsible: {ID: "social-no-responsible",
		Ja: "ソーシャルメディアサービスの責任者が定められていない", En: "a social media service has no responsible person"},
	RuleSocialNotAnnounced: {ID: "social-not-announced",
		Ja: "アカウントが公式ウェブサイトで告知されていない", En: "an account is not announced on the official site"},
	RuleSocialWeakCredentials: {ID: "social-weak-credentials",
		Ja: "アカウントの認証情報の管理が不十分", En: "an account's credentials are weakly guarded"},
	RuleSocialNoTakeoverProcedure: {ID: "social-no-takeover-procedure",
		Ja: "アカウント乗っ取り時の対応手順がない", En: "an account has no procedure for a takeover"},
	RuleSocialPostingAboveOne: {ID: "social-posting-above-1",
		Ja: "機密性1を超える情報の発信が予定されている", En: "information above confidentiality 1 is planned for posting"},
})

// ruleTable gives, per rule, the clauses it cites (always 6(8), with
// further clauses), the catalog control whose gap it finds, and any
// departure from the default severity with its reason. It is the one place
// where a rule's severity departs from finding.For.
var ruleTable = [...]struct {
	also      []clause.Clause
	control   control.Control
	severity  finding.Severity // 0: finding.For(clause.Outsourcing)
	departure lang.Text        // why severity departs from the default
}{
	// 6(7) names security when outsourcing among the operational measures.
	RuleNoSelection:               {[]clause.Clause{clause.Operation}, control.VendorSelection, 0, lang.Text{}},
	RuleNoContract:                {[]clause.Clause{clause.Operation}, control.VendorContract, 0, lang.Text{}},
	RuleMissingRequirements:       {[]clause.Clause{clause.Operation, clause.DefConfidentiality}, control.VendorContract, 0, lang.Text{}},
	RuleContractNotInForce:        {[]clause.Clause{clause.Operation}, control.VendorContract, 0, lang.Text{}},
	RuleNoConfirmation:            {[]clause.Clause{clause.Operation}, control.VendorConfirmation, 0, lang.Text{}},
	RuleConfirmationStale:         {[]clause.Clause{clause.Operation}, control.VendorConfirmation, 0, lang.Text{}},
	RuleSubcontractorRequirements: {[]clause.Clause{clause.Operation}, control.VendorContract, 0, lang.Text{}},
	RuleMyNumberContractor:        {[]clause.Clause{clause.MyNumberIsolation, clause.DefMyNumberZone}, control.OpsExceptions, 0, lang.Text{}},
	RuleCloudUnassessed:           {[]clause.Clause{clause.DefConfidentiality}, control.CloudConfidential, 0, lang.Text{}},
	RuleCloudAboveISMAPLIU:        {[]clause.Clause{clause.DefConfidentiality}, control.CloudConfidential, 0, lang.Text{}},
	RuleCloudMyNumber:             {[]clause.Clause{clause.MyNumberIsolation, clause.DefMyNumberZone}, control.OpsExceptions, 0, lang.Text{}},
	RuleCloudNoContract:           {nil, control.CloudConfidential, 0, lang.Text{}},
	RuleCloudContractNotInForce:   {nil, control.CloudConfidential, 0, lang.Text{}},
	RuleSocialNoResponsible: {nil, control.SocialMediaResponsible, finding.Error, lang.Text{
		Ja: "6(8)は、ソーシャルメディアサービスごとに責任者を定めることを言い切りで求め、その後の対策を努力義務としていると本ライブラリは読む。責任者の未設定は違反（error）とする。",
		En: "The library reads 6(8) as requiring, without qualification, a responsible person per social media service, and only the further measures as an effort duty; a service without one is an error.",
	}},
	RuleSocialNotAnnounced:        {nil, control.SocialMediaMeasures, 0, lang.Text{}},
	RuleSocialWeakCredentials:     {nil, control.SocialMediaMeasures, 0, lang.Text{}},
	RuleSocialNoTakeoverProcedure: {nil, control.SocialMediaMeasures, 0, lang.Text{}},
	RuleSocialPostingAboveOne:     {[]clause.Clause{clause.DefConfidentiality}, control.SocialMediaMeasures, 0, lang.Text{}},
}

// Rules returns every rule of Check, in the order Check applies them.
func Rules() []Rule { return rules.All() }

// ParseRule accepts a rule's wire id, e.g. "vendor-no-contract" (the labels
// are descriptions, which it does not accept).
func ParseRule(s string) (Rule, error) { return rules.Parse(s) }

// Valid reports whether r is a known rule.
func (r Rule) Valid() bool { return rules.Valid(r) }

// String returns the wire id, or "vendors.Rule(N)" for an invalid value.
func (r Rule) String() string { return rules.String(r) }

// Ja describes the rule in Japanese.
func (r Rule) Ja() string { return rules.Ja(r) }

// En describes the rule in English.
func (r Rule) En() string { return rules.En(r) }

// Clause returns the clause whose duty the rule checks: 6(8) for every
// rule, or 0 for an invalid rule.
func (r Rule) Clause() clause.Clause {
	if !r.Valid() {
		return 0
	}
	return clause.Outsourcing
}

// Also returns, in a new slice, the further clauses the rule's findings
// cite: 6(7) for the rules on contractors (security when outsourcing is
// one of its operational measures), 6(3)ア and 2(8) for the rules on My
// Number information, 2(5) for the rules that read confidentiality. Nil
// for an invalid rule or one with none.
func (r Rule) Also() []clause.Clause {
	if !r.Valid() {
		return nil
	}
	return append([]clause.Clause(nil), ruleTable[r].also...)
}

// Control returns the control of the catalog (package control) whose gap
// the rule finds, or 0 for an invalid rule.
func (r Rule) Control() control.Control {
	if !r.Valid() {
		return 0
	}
	return ruleTable[r].control
}

// Severity returns the default severity of the rule's findings: that of
// 6(8)'s effort duty (a warning, finding.For), unless the rule departs
// from it (Departure). 0 for an invalid rule.
func (r Rule) Severity() finding.Severity {
	if !r.Valid() {
		return 0
	}
	if s := ruleTable[r].severity; s != 0 {
		return s
	}
	return finding.For(r.Clause())
}

// Departure returns why the rule's severity departs from the one its
// clause's duty gives, or the zero Text when it does not.
func (r Rule) Departure() lang.Text {
	if !r.Valid() {
		return lang.Text{}
	}
	return ruleTable[r].departure
}

// MarshalText returns the wire id; an invalid rule is a *MarshalError.
func (r Rule) MarshalText() ([]byte, error) { return rules.MarshalText(r) }

// UnmarshalText accepts a wire id only.
func (r *Rule) UnmarshalText(b []byte) error { return rules.UnmarshalText(r, b) }
