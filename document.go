package policy

import (
	"github.com/jichitai-sec/policy/asset"
	"github.com/jichitai-sec/policy/control"
	"github.com/jichitai-sec/policy/date"
	"github.com/jichitai-sec/policy/finding"
	"github.com/jichitai-sec/policy/vendors"
	"github.com/jichitai-sec/policy/zone"
)

// FormatVersion is the version of the document format this library reads
// and writes.
const FormatVersion = "1"

// Document is one organization's description of itself against the basic
// policy: who it is, how it classifies, how its systems are laid out and
// connected, what it holds, what it has approved, implemented, outsourced,
// inspected and assessed, and how often it checks. Decode reads one and
// guarantees it is well-formed; Evaluate judges it.
//
// One fact, one place: the classification scheme is stated once, here; a
// node of the topology that is also an asset names the asset, and the zone
// both give must agree (Decode reports a disagreement at both paths).
type Document struct {
	Schema       string       `json:"$schema,omitzero"` // the JSON Schema an editor validates against; not read
	Version      string       `json:"version"`          // the format version, FormatVersion ("1")
	Organization Organization `json:"organization"`
	Scheme       asset.Scheme `json:"scheme"`      // the classification scheme of every asset
	Variant      Variant      `json:"variant"`     // the variant of the three-tier model
	EffectiveOn  date.Date    `json:"effectiveOn"` // when the organization's policy took effect
	LastReview   date.Date    `json:"lastReview,omitzero"`
	Intervals    Intervals    `json:"intervals"`

	Topology    zone.Topology        `json:"topology"`
	Assets      []asset.Asset        `json:"assets"`
	Exceptions  []zone.Exception     `json:"exceptions"`
	Records     []control.Record     `json:"records"`
	Vendors     vendors.Register     `json:"vendors"`
	Evaluations []control.Evaluation `json:"evaluations"`
	Risks       []control.Risk       `json:"risks"`
	Changes     []control.Change     `json:"changes"`

	// Severity lists the organization's raised severities.
	Severity []Raise `json:"severity,omitzero"`
}

// Organization is the organization the document describes.
type Organization struct {
	Name   string       `json:"name"`   // the organization's name
	Bodies []asset.Unit `json:"bodies"` // the bodies of 4(1) the policy covers
}

// Intervals are how often, in months, the organization does what the
// policy leaves to it. Each must be set: an unset interval would make the
// checks that rest on it pass by default.
type Intervals struct {
	RecordCheckMonths            int `json:"recordCheckMonths"`            // re-check each implemented control
	EvaluationMonths             int `json:"evaluationMonths"`             // audit or self-inspection (7)
	ContractorConfirmationMonths int `json:"contractorConfirmationMonths"` // confirm each contractor's measures (6(8))
}

// Raise is one severity setting: the findings of Rule (a rule id of any
// package) are reported at least at severity To. An organization may raise
// an effort duty to an error, or information to a warning; it may never
// lower one, so a Raise below a finding's default changes nothing (and
// Decode refuses one that could only lower).
type Raise struct {
	Rule string           `json:"rule"`
	To   finding.Severity `json:"to"` // error or warning
}
