package control

import (
	"github.com/jichitai-sec/policy/asset"
	"github.com/jichitai-sec/policy/clause"
	"github.com/jichitai-sec/policy/internal/enum"
	"github.com/jichitai-sec/policy/lang"
	"github.com/jichitai-sec/policy/threat"
	"github.com/jichitai-sec/policy/zone"
)

// Scope is what a control is implemented for: the organization as a whole,
// or each asset it applies to. The zero value is not a scope.
type Scope uint8

// The scopes.
const (
	ScopeOrganization Scope = iota + 1 // once for the whole organization
	ScopeAsset                         // for each asset the control applies to
)

var scopes = enum.New[Scope]([]enum.Entry{
	ScopeOrganization: {ID: "organization", Ja: "組織全体", En: "the whole organization"},
	ScopeAsset:        {ID: "asset", Ja: "情報資産ごと", En: "each asset"},
})

// Scopes returns both scopes.
func Scopes() []Scope { return scopes.All() }

// ParseScope accepts a scope's wire id or Japanese label.
func ParseScope(s string) (Scope, error) { return scopes.Parse(s) }

// Valid reports whether s is a known scope.
func (s Scope) Valid() bool { return scopes.Valid(s) }

// String returns the wire id, or "control.Scope(N)" for an invalid value.
func (s Scope) String() string { return scopes.String(s) }

// Ja returns the Japanese label.
func (s Scope) Ja() string { return scopes.Ja(s) }

// En returns the English label.
func (s Scope) En() string { return scopes.En(s) }

// MarshalText returns the wire id; an invalid scope is a *MarshalError.
func (s Scope) MarshalText() ([]byte, error) { return scopes.MarshalText(s) }

// UnmarshalText accepts a wire id only (ParseScope also takes labels).
func (s *Scope) UnmarshalText(b []byte) error { return scopes.UnmarshalText(s, b) }

// Basis says what a control's entry rests on. The zero value is not a
// basis.
type Basis uint8

// The bases, strongest first.
const (
	// BasisPolicy: the basic policy itself names the measure (its clause
	// says so in as many words).
	BasisPolicy Basis = iota + 1
	// BasisGuideline: the measure is confirmed in the national guideline or
	// in municipal countermeasure standards that follow it (the project's
	// domain notes record the source).
	BasisGuideline
	// BasisReading: the measure is the library's reading of what the
	// clause and the guideline's section call for; the section's title is
	// confirmed, the items inside it are not.
	BasisReading
)

var bases = enum.New[Basis]([]enum.Entry{
	BasisPolicy:    {ID: "policy", Ja: "基本方針の明文", En: "stated in the basic policy"},
	BasisGuideline: {ID: "guideline", Ja: "ガイドライン等で確認", En: "confirmed in the guideline or municipal standards"},
	BasisReading:   {ID: "reading", Ja: "本ライブラリの解釈", En: "the library's reading"},
})

// Bases returns every basis, strongest first.
func Bases() []Basis { return bases.All() }

// ParseBasis accepts a basis's wire id or Japanese label.
func ParseBasis(s string) (Basis, error) { return bases.Parse(s) }

// Valid reports whether b is a known basis.
func (b Basis) Valid() bool { return bases.Valid(b) }

// String returns the wire id, or "control.Basis(N)" for an invalid value.
func (b Basis) String() string { return bases.String(b) }

// Ja returns the Japanese label.
func (b Basis) Ja() string { return bases.Ja(b) }

// En returns the English label.
func (b Basis) En() string { return bases.En(b) }

// MarshalText returns the wire id; an invalid basis is a *MarshalError.
func (b Basis) MarshalText() ([]byte, error) { return bases.MarshalText(b) }

// UnmarshalText accepts a wire id only (ParseBasis also takes labels).
func (b *Basis) UnmarshalText(t []byte) error { return bases.UnmarshalText(b, t) }

// Entry is the catalog entry of one control, as a value of its own: the
// caller may change it freely without changing the catalog.
type Entry struct {
	Control  Control          `json:"id"`
	Title    lang.Text        `json:"title"`
	Clause   clause.Clause    `json:"clause"`
	Duty     clause.Duty      `json:"duty"`    // the strength of the control, that of its clause
	Section  Section          `json:"section"` // the countermeasure standard's section it is filed under (the library's reading)
	Purpose  lang.Text        `json:"purpose"` // what it is for, in a line
	Threats  []threat.Threat  `json:"threats"` // what it mitigates
	Protects []asset.Property `json:"protects"`
	Scope    Scope            `json:"scope"`
	Basis    Basis            `json:"basis"`            // what the entry rests on
	Waivable bool             `json:"waivable"`         // whether an organization may record it as not applicable, with a justification
	Applies  Applicability    `json:"applies,omitzero"` // for a per-asset control: which assets need it
}

// Applicability says which assets a per-asset control applies to. Every
// condition given must hold; an empty condition holds for every asset.
type Applicability struct {
	Kinds    []asset.Kind `json:"kinds,omitempty"`    // the asset is of one of these kinds
	Zones    []zone.Zone  `json:"zones,omitempty"`    // it lives in one of these zones
	MinBands []MinBand    `json:"minBands,omitempty"` // at least one property is rated at this band or above
	MyNumber bool         `json:"myNumber,omitzero"`  // with MinBands: information of My Number work qualifies whatever its rating
	Wireless bool         `json:"wireless,omitzero"`  // it is a wireless LAN
}

// MinBand is a threshold on one property: the band (the leading number of
// the level's code, so 3 covers 3A, 3B, 3C and legacy 3) at or above which
// a control applies.
type MinBand struct {
	Property asset.Property `json:"property"`
	Band     int            `json:"band"` // the leading number of a level's code: 3 for 3A, 3B, 3C and 3
}

// Lookup returns the catalog entry of c, and false for a value that is not
// a control.
func Lookup(c Control) (Entry, bool) {
	if !c.Valid() {
		return Entry{}, false
	}
	r := &catalog[c]
	e := Entry{
		Control: c, Title: controls.Label(c), Clause: r.clause, Duty: r.clause.Duty(),
		Section: r.section, Purpose: r.purpose, Threats: r.threats.List(), Protects: r.protects.List(),
		Scope: r.scope, Basis: r.basis, Waivable: !r.fixed,
		Applies: Applicability{Kinds: r.where.kinds.List(), Zones: r.where.zones.List(), MyNumber: r.where.myNumber, Wireless: r.where.wireless},
	}
	for p := asset.Confidentiality; p <= asset.Availability; p++ {
		if b := r.where.minBand[p]; b != 0 {
			e.Applies.MinBands = append(e.Applies.MinBands, MinBand{Property: p, Band: int(b)})
		}
	}
	return e, true
}

// Catalog returns the entry of every control, in catalog order, in a new
// slice.
func Catalog() []Entry {
	out := make([]Entry, 0, controls.Len())
	for _, c := range All() {
		e, _ := Lookup(c)
		out = append(out, e)
	}
	return out
}

// Mitigates reports whether control c mitigates threat t.
func (c Control) Mitigates(t threat.Threat) bool { return c.Valid() && catalog[c].threats.Has(t) }

// Section returns the countermeasure standard's section c is filed under.
func (c Control) Section() Section {
	if !c.Valid() {
		return 0
	}
	return catalog[c].section
}

// Scope returns whether c is implemented once for the organization or for
// each asset.
func (c Control) Scope() Scope {
	if !c.Valid() {
		return 0
	}
	return catalog[c].scope
}

// Waivable reports whether an organization may record c as not applicable
// (with a justification). The controls that carry the policy's own firm
// requirements (the organization, classification, the three-tier model,
// training) may not be waived.
func (c Control) Waivable() bool { return c.Valid() && !catalog[c].fixed }

// Matrix is the threat × control matrix: for each threat of the threat
// catalog, the controls that mitigate it, in catalog order.
type Matrix map[threat.Threat][]Control

// ThreatMatrix returns the threat × control matrix, in a new map.
func ThreatMatrix() Matrix {
	m := Matrix{}
	for _, t := range threat.All() {
		m[t] = nil
		for _, c := range All() {
			if c.Mitigates(t) {
				m[t] = append(m[t], c)
			}
		}
	}
	return m
}
