package zone

import (
	"strings"

	"github.com/jichitai-sec/policy/date"
	"github.com/jichitai-sec/policy/internal/enum"
)

// Exception is an explicit permission for one kind of flow to or from the
// My Number zone, which 6(3)ア otherwise isolates "in principle", for the
// systems it names. It is the only way such a flow is ever allowed.
//
// An exception permits exactly the flow it names (From, To, Channel and,
// for sanitized transfer, Method; it is directional), between the systems
// it Covers, and only while its Status is ExceptionActive. In a topology an
// exception applies to a link only when one of its Covers names the link's
// two nodes; an exception that covers no systems opens nothing there (fail
// closed), and ValidateExceptions reports it.
//
// Its basis is one of two:
//
//   - a local approval (Allowance unset): the organization approved it,
//     and ApprovedBy, ApprovedOn and ExpiresOn are required;
//   - a standing national allowance (Allowance set): since the 2020 review
//     of the three-tier model, data received through a national service
//     (マイナポータル, eLTAX) may be taken into the My Number zone online.
//     It needs no local approval and no expiry date; when it carries dates,
//     they are honoured.
//
// Following the exceptions the national guideline describes (connections
// to national systems, data taken in from the business zone where the work
// needs it), a local exception may join the My Number zone to the business
// zone, or by direct network traffic to LGWAN or to a dedicated national
// connection; a national allowance only brings data into the My Number
// zone from the business zone or LGWAN over the network. Neither can ever open the My Number zone to
// the Internet zone or the public Internet.
type Exception struct {
	ID            string            `json:"id"`                  // stable identifier, cited by the Verdict
	From          Endpoint          `json:"from"`                // where the data comes from
	To            Endpoint          `json:"to"`                  // where the data goes
	Channel       Channel           `json:"channel"`             // how it crosses
	Method        Method            `json:"method,omitzero"`     // for Sanitized: the method
	Covers        []NodePair        `json:"covers"`              // the systems it is approved for
	Allowance     NationalAllowance `json:"allowance,omitzero"`  // set for a standing national allowance
	Justification string            `json:"justification"`       // why the work needs it
	ApprovedBy    string            `json:"approvedBy,omitzero"` // who approved it (a local approval)
	ApprovedOn    date.Date         `json:"approvedOn,omitzero"` // from when it applies
	ExpiresOn     date.Date         `json:"expiresOn,omitzero"`  // last day it applies
}

// NodePair names two nodes of a topology by id: the systems between which
// an exception permits its flow, From sending to To.
type NodePair struct {
	From string `json:"from"` // the id of the node that sends
	To   string `json:"to"`   // the id of the node that receives
}

// Flow returns the flow the exception names.
func (e *Exception) Flow() Flow {
	return Flow{From: e.From, To: e.To, Channel: e.Channel, Method: e.Method}
}

// Basis returns what the exception rests on: a national allowance when
// Allowance is set, a local approval otherwise.
func (e *Exception) Basis() Basis {
	if e.Allowance != 0 {
		return BasisNationalAllowance
	}
	return BasisLocalApproval
}

// Grantable reports whether a local exception may permit flow f at all: f
// joins the My Number zone to the business zone (by any channel), or to
// LGWAN or a national connection by direct network traffic (an external
// network is reached by network traffic only; see RuleExternalNeedsDirect).
func Grantable(f Flow) bool {
	other := f.To
	switch {
	case f.From == In(MyNumberZone):
	case f.To == In(MyNumberZone):
		other = f.From
	default:
		return false
	}
	switch other {
	case In(BusinessZone):
		return f.Channel.Valid()
	case External(LGWAN), External(NationalSystem):
		return f.Channel == Direct
	}
	return false
}

// grantableAsAllowance reports whether a national allowance may permit f:
// data brought into the My Number zone over the network, from the business
// zone (direct or sanitized) or from LGWAN (direct), never carried media.
func grantableAsAllowance(f Flow) bool {
	switch {
	case f.To != In(MyNumberZone):
		return false
	case f.From == In(BusinessZone):
		return f.Channel == Direct || f.Channel == Sanitized
	case f.From == External(LGWAN):
		return f.Channel == Direct
	}
	return false
}

// Status reports whether the exception permits its flow on asOf, and if
// not, the first reason it does not. Only ExceptionActive permits. Status
// does not look at Covers, which concern a topology (see FindLeaks).
func (e *Exception) Status(asOf date.Date) ExceptionStatus {
	f := e.Flow()
	national := e.Allowance != 0
	switch {
	case e.ID == "" || strings.TrimSpace(e.Justification) == "" || !f.Valid() || (e.Channel == Sanitized && e.Method == 0) ||
		(national && !e.Allowance.Valid()) || (!national && e.ExpiresOn.IsZero()) ||
		(!e.ApprovedOn.IsZero() && !e.ExpiresOn.IsZero() && e.ExpiresOn.Before(e.ApprovedOn)):
		return ExceptionIncomplete
	case !national && !Grantable(f), national && !grantableAsAllowance(f):
		return ExceptionNotGrantable
	case !national && (e.ApprovedBy == "" || e.ApprovedOn.IsZero()):
		return ExceptionUnapproved
	case asOf.IsZero():
		return ExceptionNoDate
	case !e.ApprovedOn.IsZero() && asOf.Before(e.ApprovedOn):
		return ExceptionNotYetApproved
	case !e.ExpiresOn.IsZero() && asOf.After(e.ExpiresOn):
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

// Covering reports whether the exception names the link from node from to
// node to among its Covers.
func (e *Exception) Covering(from, to string) bool {
	for _, c := range e.Covers {
		if c.From == from && c.To == to {
			return true
		}
	}
	return false
}

// ExceptionStatus says whether an exception permits anything on a given
// date, and if not, why. The zero value is not a status.
type ExceptionStatus uint8

// The statuses, in the order Status checks them, then the two reasons a
// Verdict may give for an exception that names a flow's endpoints but not
// its crossing.
const (
	ExceptionIncomplete     ExceptionStatus = iota + 1 // id, flow, method, justification, allowance or expiry missing or malformed, or expiry before approval
	ExceptionNotGrantable                              // the flow is not one an exception of its basis may permit
	ExceptionUnapproved                                // a local approval without approver or approval date
	ExceptionNoDate                                    // the as-of date is unset, so validity cannot be judged
	ExceptionNotYetApproved                            // approved after the as-of date
	ExceptionExpired                                   // the as-of date is after the expiry date
	ExceptionActive                                    // permits its flow on the as-of date
	ExceptionOtherChannel                              // names the endpoints but another channel
	ExceptionOtherMethod                               // names the endpoints and channel but another sanitization method
)

var exceptionStatuses = enum.New[ExceptionStatus]([]enum.Entry{
	ExceptionIncomplete:     {ID: "incomplete", Ja: "記載不備（ID・対象・方式・理由・根拠・期限の欠落又は矛盾）", En: "incomplete: id, flow, method, justification, allowance or expiry missing or inconsistent"},
	ExceptionNotGrantable:   {ID: "not-grantable", Ja: "例外として認められない通信", En: "not grantable: no exception of its basis may permit this flow"},
	ExceptionUnapproved:     {ID: "unapproved", Ja: "未承認", En: "unapproved"},
	ExceptionNoDate:         {ID: "no-date", Ja: "判定日が未設定", En: "no as-of date to judge by"},
	ExceptionNotYetApproved: {ID: "not-yet-approved", Ja: "承認日前", En: "not yet approved on that date"},
	ExceptionExpired:        {ID: "expired", Ja: "期限切れ", En: "expired"},
	ExceptionActive:         {ID: "active", Ja: "有効", En: "active"},
	ExceptionOtherChannel:   {ID: "other-channel", Ja: "経路種別が異なる", En: "approved for another channel"},
	ExceptionOtherMethod:    {ID: "other-method", Ja: "無害化の方式が異なる", En: "approved for another sanitization method"},
})

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

// MarshalText returns the wire id; an invalid status is a *MarshalError.
func (s ExceptionStatus) MarshalText() ([]byte, error) { return exceptionStatuses.MarshalText(s) }

// UnmarshalText accepts a wire id only (ParseExceptionStatus also takes labels).
func (s *ExceptionStatus) UnmarshalText(b []byte) error {
	return exceptionStatuses.UnmarshalText(s, b)
}
