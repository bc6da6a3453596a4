package control

import (
	"strings"

	"github.com/jichitai-sec/policy/asset"
	"github.com/jichitai-sec/policy/date"
	"github.com/jichitai-sec/policy/field"
	"github.com/jichitai-sec/policy/internal/enum"
	"github.com/jichitai-sec/policy/lang"
)

// Status is how far a control is implemented. The zero value is not a
// status.
type Status uint8

// The statuses.
const (
	StatusImplemented   Status = iota + 1 // in place
	StatusPartial                         // in place in part
	StatusPlanned                         // to be put in place by a target date
	StatusNotApplicable                   // does not apply, for a reason recorded in the justification
)

var statuses = enum.New[Status]([]enum.Entry{
	StatusImplemented:   {ID: "implemented", Ja: "実施済み", En: "implemented"},
	StatusPartial:       {ID: "partial", Ja: "一部実施", En: "partly implemented"},
	StatusPlanned:       {ID: "planned", Ja: "実施予定", En: "planned"},
	StatusNotApplicable: {ID: "not-applicable", Ja: "対象外", En: "not applicable"},
})

// Statuses returns every status.
func Statuses() []Status { return statuses.All() }

// ParseStatus accepts a status's wire id or Japanese label.
func ParseStatus(s string) (Status, error) { return statuses.Parse(s) }

// Valid reports whether s is a known status.
func (s Status) Valid() bool { return statuses.Valid(s) }

// String returns the wire id, or "control.Status(N)" for an invalid value.
func (s Status) String() string { return statuses.String(s) }

// Ja returns the Japanese label.
func (s Status) Ja() string { return statuses.Ja(s) }

// En returns the English label.
func (s Status) En() string { return statuses.En(s) }

// MarshalText returns the wire id; an invalid status is a *MarshalError.
func (s Status) MarshalText() ([]byte, error) { return statuses.MarshalText(s) }

// UnmarshalText accepts a wire id only (ParseStatus also takes labels).
func (s *Status) UnmarshalText(b []byte) error { return statuses.UnmarshalText(s, b) }

// Record is what the organization records of one control: for the whole
// organization (Asset empty) or for one asset. An organization-wide record
// of a per-asset control covers every asset that requires it; a record for
// an asset covers that asset only and takes precedence.
type Record struct {
	Control       Control   `json:"control"`
	Asset         string    `json:"asset,omitzero"`         // the asset it is implemented for; empty for the whole organization
	Status        Status    `json:"status"`                 // how far it is implemented
	Target        date.Date `json:"target,omitzero"`        // with planned: the date it is due
	Justification string    `json:"justification,omitzero"` // with not-applicable: why it does not apply
	Evidence      string    `json:"evidence,omitzero"`      // where the proof is (a document, a ticket, a configuration)
	CheckedOn     date.Date `json:"checkedOn,omitzero"`     // when it was last checked to be as recorded
}

// ValidateRecords reports every problem of a list of implementation
// records, each at its path under at (the list's own path), resolving the
// asset ids against assets:
//
//   - control, status: missing (Required) or unknown (NotSupported);
//   - asset: naming no asset (NotFound), or given for a control that is
//     implemented once for the organization (Forbidden);
//   - the same control and scope recorded twice (Duplicate);
//   - planned without a target date (Required).
//
// What a well-formed record says about the policy (a partial control, a
// plan past its date, a waiver without justification, a stale check) is a
// finding of Gaps, not a problem here.
func ValidateRecords(records []Record, assets []asset.Asset, at field.Path) field.List {
	var errs field.List
	ids := make(map[string]bool, len(assets))
	for i := range assets {
		ids[assets[i].ID] = true
	}
	type key struct {
		c Control
		a string
	}
	first := make(map[key]int, len(records))
	for i := range records {
		r := &records[i]
		p := at.Index(i)
		switch {
		case r.Control == 0:
			errs = append(errs, field.Required(p.Child("control"), lang.Of("対策が指定されていない", "a record names its control")))
		case !r.Control.Valid():
			errs = append(errs, field.NotSupported(p.Child("control"), r.Control, All()))
		}
		switch {
		case r.Status == 0:
			errs = append(errs, field.Required(p.Child("status"), lang.Of("実施状況が指定されていない", "a record states its status")))
		case !r.Status.Valid():
			errs = append(errs, field.NotSupported(p.Child("status"), r.Status, Statuses()))
		}
		switch {
		case r.Asset == "":
		case !ids[r.Asset]:
			errs = append(errs, field.NotFound(p.Child("asset"), r.Asset, lang.Of("このIDの情報資産がない", "no asset has this id")))
		case r.Control.Scope() == ScopeOrganization:
			errs = append(errs, field.Forbidden(p.Child("asset"), r.Asset, lang.Of(
				"この対策は組織全体で実施するもので、情報資産ごとには記録しない",
				"this control is implemented once for the organization, not per asset")))
		}
		if r.Status == StatusPlanned && r.Target.IsZero() {
			errs = append(errs, field.Required(p.Child("target"), lang.Of("実施予定には予定日が必要", "a planned control states its target date")))
		}
		k := key{r.Control, r.Asset}
		if j, dup := first[k]; dup {
			errs = append(errs, field.Duplicate(p, r.Control.String()+scopeSuffix(r.Asset), lang.Of(
				"同じ対策・対象の記録が既にある（"+string(at.Index(j))+"）",
				"record "+string(at.Index(j))+" has the same control and scope")))
		} else {
			first[k] = i
		}
	}
	return errs
}

func scopeSuffix(assetID string) string {
	if assetID == "" {
		return ""
	}
	return "@" + assetID
}

// blank reports whether s is empty or white space only.
func blank(s string) bool { return strings.TrimSpace(s) == "" }
