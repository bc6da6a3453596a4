package zone

import (
	"github.com/jichitai-sec/policy/date"
	"github.com/jichitai-sec/policy/internal/enum"
)

// Exception is an explicit, approved permission for one kind of flow to or
// from the My Number zone, which 6(3)ア otherwise isolates "in principle".
// It is the only way such a flow is ever allowed.
//
// An exception permits exactly the flow it names (From, To, Channel and, for
// sanitized transfer, Method; it is directional) and only while its Status
// is ExceptionActive. Following the exceptions the national guideline
// describes (specific communications the national government approved,
// connections to national systems, data taken in from the business zone
// where the work needs it), an exception may join the My Number zone to the
// business zone, to LGWAN or to a dedicated national connection; it can
// never open the My Number zone to the Internet zone or the Internet.
type Exception struct {
	ID            string    `json:"id"`                  // stable identifier, cited by the Verdict
	From          Endpoint  `json:"from"`                // where the data comes from
	To            Endpoint  `json:"to"`                  // where the data goes
	Channel       Channel   `json:"channel"`             // how it crosses
	Method        Method    `json:"method,omitempty"`    // for Sanitized: the method
	Justification string    `json:"justification"`       // why the work needs it
	ApprovedBy    string    `json:"approvedBy"`          // who approved it
	ApprovedOn    date.Date `json:"approvedOn,omitzero"` // from when it applies
	ExpiresOn     date.Date `json:"expiresOn,omitzero"`  // last day it applies
}

// ExceptionStatus says whether an exception permits anything on a given
// date, and if not, why. The zero value is not a status.
type ExceptionStatus uint8

// The statuses, in the order Status checks them.
const (
	ExceptionIncomplete     ExceptionStatus = iota + 1 // id, flow, justification or expiry missing or malformed, or expiry before approval
	ExceptionNotGrantable                              // the flow is not one an exception may permit
	ExceptionUnapproved                                // no approver or no approval date
	ExceptionNoDate                                    // the as-of date is unset, so validity cannot be judged
	ExceptionNotYetApproved                            // approved after the as-of date
	ExceptionExpired                                   // the as-of date is after the expiry date
	ExceptionActive                                    // permits its flow on the as-of date
)

var exceptionStatuses = enum.Table[ExceptionStatus]{Pkg: "zone", Type: "ExceptionStatus", Entries: []enum.Entry{
	{ID: "incomplete", Ja: "記載不備（ID・対象・理由・期限の欠落又は矛盾）", En: "incomplete: id, flow, justification or expiry missing or inconsistent"},
	{ID: "not-grantable", Ja: "例外として認められない通信", En: "not grantable: no exception may permit this flow"},
	{ID: "unapproved", Ja: "未承認", En: "unapproved"},
	{ID: "no-date", Ja: "判定日が未設定", En: "no as-of date to judge by"},
	{ID: "not-yet-approved", Ja: "承認日前", En: "not yet approved on that date"},
	{ID: "expired", Ja: "期限切れ", En: "expired"},
	{ID: "active", Ja: "有効", En: "active"},
}}

// ExceptionStatuses returns every status.
func ExceptionStatuses() []ExceptionStatus { return exceptionStatuses.All() }

// ParseExceptionStatus accepts a status's wire id or Japanese label.
func ParseExceptionStatus(s string) (ExceptionStatus, error) { return exceptionStatuses.Parse(s) }

// Valid reports whether s is a known status.
func (s ExceptionStatus) Valid() bool { return exceptionStatuses.Valid(s) }

// String returns the wire id, or "zone.ExceptionStatus(N)" for an invalid value.
func (s ExceptionStatus) String() string { return exceptionStatuses.String(s) }

// Ja returns the Japanese label.
func (s ExceptionStatus) Ja() string { return exceptionStatuses.Ja(s) }

// En returns the English label.
func (s ExceptionStatus) En() string { return exceptionStatuses.En(s) }

// MarshalText returns the wire id; an invalid status is an error.
func (s ExceptionStatus) MarshalText() ([]byte, error) { return exceptionStatuses.MarshalText(s) }

// UnmarshalText accepts what ParseExceptionStatus accepts.
func (s *ExceptionStatus) UnmarshalText(b []byte) error {
	return exceptionStatuses.UnmarshalText(s, b)
}

// Flow returns the flow the exception names.
func (e *Exception) Flow() Flow {
	return Flow{From: e.From, To: e.To, Channel: e.Channel, Method: e.Method}
}

// Grantable reports whether an exception may permit flow f at all: f joins
// the My Number zone to the business zone, LGWAN or a national connection.
func Grantable(f Flow) bool {
	other := f.To
	switch {
	case f.From == In(MyNumber):
	case f.To == In(MyNumber):
		other = f.From
	default:
		return false
	}
	return other == In(Business) || other == External(LGWAN) || other == External(NationalSystem)
}

// Status reports whether the exception permits its flow on asOf, and if
// not, the first reason it does not. Only ExceptionActive permits.
func (e *Exception) Status(asOf date.Date) ExceptionStatus {
	switch {
	case e.ID == "" || e.Justification == "" || e.ExpiresOn.IsZero() || !e.Flow().Valid() ||
		(!e.ApprovedOn.IsZero() && e.ExpiresOn.Before(e.ApprovedOn)):
		return ExceptionIncomplete
	case !Grantable(e.Flow()):
		return ExceptionNotGrantable
	case e.ApprovedBy == "" || e.ApprovedOn.IsZero():
		return ExceptionUnapproved
	case asOf.IsZero():
		return ExceptionNoDate
	case asOf.Before(e.ApprovedOn):
		return ExceptionNotYetApproved
	case asOf.After(e.ExpiresOn):
		return ExceptionExpired
	}
	return ExceptionActive
}

// Permits reports whether the exception is active on asOf and names exactly
// flow f (its safeguard aside, which does not concern the My Number zone).
func (e *Exception) Permits(f Flow, asOf date.Date) bool {
	return e.From == f.From && e.To == f.To && e.Channel == f.Channel && e.Method == f.Method &&
		e.Status(asOf) == ExceptionActive
}
