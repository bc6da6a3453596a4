package control

import (
	"strconv"

	"github.com/jichitai-sec/policy/asset"
	"github.com/jichitai-sec/policy/clause"
	"github.com/jichitai-sec/policy/field"
	"github.com/jichitai-sec/policy/internal/enum"
	"github.com/jichitai-sec/policy/lang"
)

// Reason says why a control is required. The zero value is not a reason.
type Reason uint8

// The reasons, from the most general to the most specific. A requirement
// names the most specific condition that brought it.
const (
	ReasonOrganization Reason = iota + 1 // the organization as a whole needs it
	ReasonEveryAsset                     // every information asset needs it
	ReasonOwner                          // the staff of the body that owns the asset need it
	ReasonKind                           // the asset's kind needs it
	ReasonZone                           // the asset's zone needs it
	ReasonLevel                          // the asset's rating for a property needs it
	ReasonMyNumberWork                   // the asset is information of My Number work
	ReasonWireless                       // the asset is a wireless LAN in a zone that needs it
)

var reasons = enum.New[Reason]([]enum.Entry{
	ReasonOrganization: {ID: "organization", Ja: "組織全体に必要", En: "needed by the whole organization"},
	ReasonEveryAsset:   {ID: "every-asset", Ja: "すべての情報資産に必要", En: "needed for every asset"},
	ReasonOwner:        {ID: "owner", Ja: "所管する機関の職員等に必要", En: "needed by the staff of the owning body"},
	ReasonKind:         {ID: "kind", Ja: "情報資産の種別による", En: "because of the asset's kind"},
	ReasonZone:         {ID: "zone", Ja: "属する領域による", En: "because of the asset's zone"},
	ReasonLevel:        {ID: "level", Ja: "格付による", En: "because of the asset's rating"},
	ReasonMyNumberWork: {ID: "mynumber-work", Ja: "マイナンバー利用事務の情報であるため", En: "because it is information of My Number work"},
	ReasonWireless:     {ID: "wireless", Ja: "無線LANであるため", En: "because it is a wireless LAN"},
})

// Reasons returns every reason.
func Reasons() []Reason { return reasons.All() }

// ParseReason accepts a reason's wire id or Japanese label.
func ParseReason(s string) (Reason, error) { return reasons.Parse(s) }

// Valid reports whether r is a known reason.
func (r Reason) Valid() bool { return reasons.Valid(r) }

// String returns the wire id, or "control.Reason(N)" for an invalid value.
func (r Reason) String() string { return reasons.String(r) }

// Ja returns the Japanese label.
func (r Reason) Ja() string { return reasons.Ja(r) }

// En returns the English label.
func (r Reason) En() string { return reasons.En(r) }

// MarshalText returns the wire id; an invalid reason is a *MarshalError.
func (r Reason) MarshalText() ([]byte, error) { return reasons.MarshalText(r) }

// UnmarshalText accepts a wire id only (ParseReason also takes labels).
func (r *Reason) UnmarshalText(b []byte) error { return reasons.UnmarshalText(r, b) }

// Requirement is one control that an asset, or the organization, requires.
type Requirement struct {
	Control Control       `json:"control"`
	Clause  clause.Clause `json:"clause"`         // the clause the control rests on
	Asset   string        `json:"asset,omitzero"` // the asset's id; empty for the organization
	Owner   asset.Unit    `json:"owner,omitzero"` // the body that owns the asset
	Path    field.Path    `json:"path"`           // the asset's path (or the organization's)
	Reason  Reason        `json:"reason"`         // the most specific condition that brought it
	// Property is, with ReasonLevel, the property whose rating brought it.
	Property asset.Property `json:"property,omitzero"`
}

// Text explains the requirement in both languages.
func (r Requirement) Text() lang.Text {
	q := r.qualifier()
	return lang.Text{
		Ja: r.Control.Ja() + "：" + r.Reason.Ja() + q.openJa + q.Ja + q.closeJa,
		En: r.Control.En() + ": " + r.Reason.En() + q.openEn + q.En + q.closeEn,
	}
}

// qualifier is what the text of a requirement adds after its reason: the
// property for a rating, the owning body for the owner's staff, in
// brackets. It is kept in pieces so that a caller builds its text in one
// concatenation (one allocation) per language.
type qualifier struct {
	lang.Text
	openJa, closeJa, openEn, closeEn string
}

func (r Requirement) qualifier() qualifier {
	var q qualifier
	switch r.Reason {
	case ReasonLevel:
		q.Text = lang.Text{Ja: r.Property.Ja(), En: r.Property.En()}
	case ReasonOwner:
		q.Text = lang.Text{Ja: r.Owner.Ja(), En: r.Owner.En()}
	default:
		return q
	}
	q.openJa, q.closeJa, q.openEn, q.closeEn = "（", "）", " (", ")"
	return q
}

// Required returns the controls asset a requires, classified in scheme s,
// in catalog order, one requirement per control. Every asset requires at
// least the classification and register controls and the rules for the
// staff of its owning body. The requirements of the organization as a
// whole (a CISO, a CSIRT, training, …) come from OrganizationRequired, not
// from here.
//
// Required fails closed: a property that is unclassified, invalid or rated
// at a level scheme s does not allow counts as rated at the highest band,
// so a requirement is never lost to a gap in the rating (the gap itself is
// a finding of asset.Check). Raising a level, or marking an asset as My
// Number work, never removes a requirement.
func Required(a asset.Asset, s asset.Scheme) []Requirement {
	n := countRequired(&a, s)
	if n == 0 {
		return nil
	}
	return appendRequired(make([]Requirement, 0, n), &a, s, field.Root)
}

// RequiredAll returns the requirements of every asset of a register
// classified in scheme s, asset by asset, each with the asset's path under
// at (the register's own path, e.g. "/assets"). The result is one slice,
// linear in the number of assets.
func RequiredAll(assets []asset.Asset, s asset.Scheme, at field.Path) []Requirement {
	return requiredAll(nil, assets, s, at)
}

// Requirements returns everything the policy requires of an organization
// with the given register: its own requirements as a whole
// (OrganizationRequired, at orgAt) and then every asset's (RequiredAll,
// under assetsAt), in one slice allocated once. It is the list Checklist,
// Gaps and ValidateEvaluations take.
func Requirements(assets []asset.Asset, s asset.Scheme, orgAt, assetsAt field.Path) []Requirement {
	return requiredAll(OrganizationRequired(orgAt), assets, s, assetsAt)
}

// requiredAll returns first followed by RequiredAll(assets, s, at).
func requiredAll(first []Requirement, assets []asset.Asset, s asset.Scheme, at field.Path) []Requirement {
	// Count first, so that the result is allocated once at its size: the
	// catalog walk is cheap, growing a slice of a million requirements
	// is not.
	n := len(first)
	for i := range assets {
		n += countRequired(&assets[i], s)
	}
	if n == 0 {
		return nil
	}
	out := append(make([]Requirement, 0, n), first...)
	for i := range assets {
		out = appendRequired(out, &assets[i], s, indexPath(at, i))
	}
	return out
}

// indexPath is at.Index(i) in one allocation.
func indexPath(at field.Path, i int) field.Path {
	var buf [20]byte
	return at + "/" + field.Path(strconv.AppendInt(buf[:0], int64(i), 10))
}

// countRequired returns how many requirements appendRequired appends for
// asset a.
func countRequired(a *asset.Asset, s asset.Scheme) int {
	bands := ratedBands(a, s)
	n := 0
	for c := Control(1); c.Valid(); c++ {
		r := &catalog[c]
		if r.scope != ScopeAsset {
			continue
		}
		if _, _, ok := r.where.holds(a, &bands); ok {
			n++
		}
	}
	return n
}

// OrganizationRequired returns the controls the organization requires as a
// whole, in catalog order, each at path at (the organization's own path in
// the caller's document).
func OrganizationRequired(at field.Path) []Requirement {
	var out []Requirement
	for _, c := range All() {
		if catalog[c].scope == ScopeOrganization {
			out = append(out, Requirement{Control: c, Clause: catalog[c].clause, Path: at, Reason: ReasonOrganization})
		}
	}
	return out
}

func appendRequired(out []Requirement, a *asset.Asset, s asset.Scheme, p field.Path) []Requirement {
	bands := ratedBands(a, s)
	for c := Control(1); c.Valid(); c++ {
		r := &catalog[c]
		if r.scope != ScopeAsset {
			continue
		}
		reason, prop, ok := r.where.holds(a, &bands)
		if !ok {
			continue
		}
		if c == HumanRules {
			reason = ReasonOwner
		}
		out = append(out, Requirement{Control: c, Clause: r.clause, Asset: a.ID, Owner: a.Owner, Path: p,
			Reason: reason, Property: prop})
	}
	return out
}

// ratedBands returns the band of each property of a in scheme s, failing
// closed to the highest band.
func ratedBands(a *asset.Asset, s asset.Scheme) [4]uint8 {
	var b [4]uint8
	c := a.Classification
	b[asset.Confidentiality] = 3
	if s.Confidentiality().Allows(c.Confidentiality) {
		b[asset.Confidentiality] = uint8(c.Confidentiality.Band())
	}
	b[asset.Integrity] = 2
	if s.Integrity().Allows(c.Integrity) {
		b[asset.Integrity] = uint8(c.Integrity.Band())
	}
	b[asset.Availability] = 2
	if s.Availability().Allows(c.Availability) {
		b[asset.Availability] = uint8(c.Availability.Band())
	}
	return b
}

// holds reports whether w holds for asset a with the given bands, and the
// most specific reason.
func (w *where) holds(a *asset.Asset, bands *[4]uint8) (Reason, asset.Property, bool) {
	reason := ReasonEveryAsset
	if w.kinds != 0 {
		if !w.kinds.Has(a.Kind) {
			return 0, 0, false
		}
		reason = ReasonKind
	}
	if w.zones != 0 {
		if !w.zones.Has(a.Zone) {
			return 0, 0, false
		}
		reason = ReasonZone
	}
	if w.wireless {
		if !a.Wireless {
			return 0, 0, false
		}
		reason = ReasonWireless
	}
	if w.minBand != ([4]uint8{}) {
		for p := asset.Confidentiality; p <= asset.Availability; p++ {
			if m := w.minBand[p]; m != 0 && bands[p] >= m {
				return ReasonLevel, p, true
			}
		}
		if w.myNumber && a.MyNumber {
			return ReasonMyNumberWork, 0, true
		}
		return 0, 0, false
	}
	return reason, 0, true
}
