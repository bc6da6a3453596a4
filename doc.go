// Package policy is the root of a Go library that turns a Japanese
// municipal information security basic policy (情報セキュリティ基本方針),
// written after the national guideline for local governments, into typed
// values and pure functions that other tools can import and trust.
//
// The packages, bottom floor first (an import only points down this list):
//
//   - clause: the policy's clauses (条項) as typed values, with short titles
//     and the kind of duty each imposes (firm 義務 or effort 努力義務).
//     Every rule and finding in the library cites one.
//   - date: civil dates (年月日), the only way time enters the library.
//   - lang: the one bilingual text type (Japanese first, then English).
//   - field: validation problems (入力の不備) of a malformed input, each at
//     its JSON Pointer path, all reported at once.
//   - finding: the one finding type (指摘事項) every check reports for a
//     policy gap in a well-formed input: rule id, severity, clause, path,
//     ids and text. Severity follows the cited clause's duty.
//   - zone: the three zones of the three-tier model (三層の対策): the My
//     Number zone (マイナンバー利用事務系), the business-server zone
//     (業務サーバ接続系, the guideline's LGWAN接続系) and the Internet zone
//     (インターネット接続系); the external networks they face; channels,
//     sanitized transfer (無害化通信) and boundary safeguards (UTM); the flow
//     rules ([zone.Check]) with exceptions approved for named systems or
//     standing national allowances; and the multi-hop leak analysis
//     ([zone.FindLeaks]).
//   - asset: information assets (情報資産), their classification by
//     confidentiality, integrity and availability (機密性・完全性・可用性)
//     in the scheme the register states once, handling restrictions,
//     derived classification, validation and findings.
//   - threat: the threats the policy names (対象とする脅威) and which assets
//     they concern.
//   - control: the catalog of measures of clauses 6 to 8, the controls an
//     asset and the organization require, implementation records and their
//     gaps, self-inspection (7) and review (8).
//   - vendors: outsourcing, cloud services and social media accounts
//     (6(8)). (Not "vendor": the go command reserves that directory name.)
//   - policytest: rapid generators and go-cmp options for property tests,
//     here and in other modules.
//
// This root package holds one organization's [Document]: [Decode] reads it
// strictly (every problem at its JSON Pointer path), [Evaluate] judges it
// on a date into a [Report] of findings in a stable order.
//
// Everything is pure: no I/O, no clock, no mutable global state. Anything
// unset, unknown or unapproved is denied or rejected (fail closed).
package policy
