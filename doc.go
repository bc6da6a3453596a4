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
//   - field: validation problems (入力の不備) reported with the path of the
//     element concerned, all at once.
//   - zone: the three zones of the three-tier model (三層の対策): the My
//     Number zone (マイナンバー利用事務系), the business-server zone
//     (業務サーバ接続系, the guideline's LGWAN接続系) and the Internet zone
//     (インターネット接続系); the external networks they face; channels,
//     sanitized transfer (無害化通信) and boundary safeguards (UTM); the flow
//     rules (Check) with explicit exceptions; and multi-hop leak paths
//     (FindLeaks).
//   - asset: information assets (情報資産), their classification by
//     confidentiality, integrity and availability (機密性・完全性・可用性),
//     handling restrictions, derived classification and validation.
//   - threat: the threats the policy names (対象とする脅威) and which assets
//     they concern.
//   - policytest: rapid generators and go-cmp options for property tests,
//     here and in other modules.
//
// Packages to come follow ../shared/DESIGN.md: control (the measures),
// vendor (outsourcing, cloud, social media), schema (JSON Schemas), and in
// this root package the Document of one organization with Decode, Evaluate
// and Report.
//
// Everything is pure: no I/O, no clock, no mutable global state. Anything
// unset, unknown or unapproved is denied or rejected (fail closed).
package policy
