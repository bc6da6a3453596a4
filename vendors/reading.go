package vendors

// This file holds the library's readings of the national guideline that
// the checks rest on, as data. Source, for all of them: public material on
// 総務省「地方公共団体における情報セキュリティポリシーに関するガイドライン」
// (revised October 2024 and March 2025), sections 8.1 (業務委託), 8.2
// (情報システムに関する業務委託), 8.3 (外部サービスの利用 — 機密性2以上) and the
// section after it, as summarised in the project's domain notes. None of
// the tables below is confirmed as the guideline's own wording; correcting
// one is a change of that table alone.

// requirementReading says, per requirement, from which confidentiality
// band of the information a contractor handles a contract must state it,
// and whether only outsourcing of information systems (8.2) calls for it.
//
// The reading: every outsourcing contract states the baseline of band 1
// (comply with the policy, name who does the work where, keep secrets,
// limit subcontracting, report, answer for a breach), since the contractor
// is given access to the organization whatever it handles; a contractor
// handling information of band 2 or above (not for immediate publication)
// must also be bound on the scope of access, use beyond the purpose, the
// return or destruction of the information at the end, audits and
// inspections, and the publication of incidents. The four system items
// are called for by every outsourcing of development, operation or
// maintenance of an information system. No item is kept for band 3 alone:
// the guideline's stricter handling of band 3 is a matter of the handling
// restrictions (package asset) and the confirmation, not of more contract
// items.
var requirementReading = [...]struct {
	minBand    uint8 // the lowest band (1–3) that calls for the requirement
	systemOnly bool  // called for only by the outsourcing of 8.2
}{
	ReqPolicyCompliance:       {1, false},
	ReqResponsibleAndPlaces:   {1, false},
	ReqAccessScope:            {2, false},
	ReqNoOtherUse:             {2, false},
	ReqConfidentiality:        {1, false},
	ReqSubcontractingLimits:   {1, false},
	ReqReturnOrDestruction:    {2, false},
	ReqReporting:              {1, false},
	ReqAuditInspection:        {2, false},
	ReqIncidentPublication:    {2, false},
	ReqDamages:                {1, false},
	ReqSystemSecuritySpec:     {1, true},
	ReqSystemVulnerability:    {1, true},
	ReqSystemNoHiddenFunction: {1, true},
	ReqSystemWorkRecords:      {1, true},
}

// MinBand returns the lowest confidentiality band (1 to 3) of the handled
// information from which a contract must state r, in the library's
// reading; 0 for an invalid value.
func (r Requirement) MinBand() int {
	if !r.Valid() {
		return 0
	}
	return int(requirementReading[r].minBand)
}

// SystemOnly reports whether only the outsourcing of an information
// system's development, operation or maintenance (8.2) calls for r, in the
// library's reading.
func (r Requirement) SystemOnly() bool { return r.Valid() && requirementReading[r].systemOnly }

// Calls reports whether a contract must state r when the contractor
// handles information whose highest confidentiality band is band (1 to 3;
// a band below 1 is read as 1, the baseline of every outsourcing, and one
// above 3 as 3) and, when systemWork is true, does work of 8.2.
func (r Requirement) Calls(band int, systemWork bool) bool {
	if !r.Valid() {
		return false
	}
	band = min(max(band, 1), 3)
	e := requirementReading[r]
	return int(e.minBand) <= band && (systemWork || !e.systemOnly)
}

// Required returns, in the order of the constants, the requirements a
// contract must state for a contractor handling information of the given
// highest confidentiality band, doing work of 8.2 or not (see
// Requirement.Calls).
func Required(band int, systemWork bool) []Requirement {
	var out []Requirement
	for _, r := range Requirements() {
		if r.Calls(band, systemWork) {
			out = append(out, r)
		}
	}
	return out
}

// The reading of the external services' assessments (8.3):
//
//   - a service holding or processing information of confidentiality band
//     2 or above is expected to be one assessed under ISMAP (or, within
//     its limits, ISMAP-LIU). Whether municipalities must choose listed
//     services or are only advised to is not confirmed, so the finding is
//     a warning, as 6(8)'s effort duty gives, and a document may raise it
//     (Options.Raise);
//   - ISMAP-LIU assesses SaaS for low-risk uses of information up to
//     confidentiality 2; information of band 3 in such a service is above
//     what the track covers.
const (
	assessedFromBand = 2 // from this band a service is expected to be assessed
	liuTopBand       = 2 // the highest band ISMAP-LIU covers
)

// postingTopBand is the highest confidentiality band the library reads as
// fit for posting on social media: band 1, what may be published. Nothing
// of band 2 (not for immediate publication) or above is planned for
// posting.
const postingTopBand = 1

// The reading of "guarding credentials" of a social media account:
// multi-factor authentication is expected; a password shared by several
// people is a weakness unless it is changed when the people change; and
// someone is named as holding the credentials.
var (
	credentialsExpected   = [...]Credential{CredMultiFactor}
	credentialsWeakUnless = [...]struct{ weak, unless Credential }{
		{CredSharedPassword, CredChangedOnHandover},
	}
)
