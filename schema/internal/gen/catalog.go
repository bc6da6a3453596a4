package gen

import (
	"github.com/jichitai-sec/policy/asset"
	"github.com/jichitai-sec/policy/clause"
	"github.com/jichitai-sec/policy/control"
	"github.com/jichitai-sec/policy/lang"
	"github.com/jichitai-sec/policy/schema/internal/manifest"
	"github.com/jichitai-sec/policy/threat"
)

// The catalogs as data: the tables of the library, written out so that
// tools in any language show the same titles and cite the same clauses.

// ClauseTable is the clause table of the basic policy: every clause the
// library cites, in the policy's order.
type ClauseTable struct {
	Schema  string        `json:"$schema"` // the JSON Schema of this file
	Clauses []ClauseEntry `json:"clauses"` // every clause, in the policy's order
}

// ClauseEntry is one clause of the basic policy.
type ClauseEntry struct {
	ID    clause.Clause `json:"id"`    // the clause number in the policy's notation, e.g. "6(3)ア"
	Title lang.Text     `json:"title"` // a short title, written for the library
	Duty  clause.Duty   `json:"duty"`  // the kind of duty the clause's wording imposes
}

// ThreatCatalog is the threat catalog of clause 3: the five categories,
// the harms a threat may do, and every threat with what it harms and the
// asset kinds it applies to (the library's reading of clause 3).
type ThreatCatalog struct {
	Schema     string          `json:"$schema"`    // the JSON Schema of this file
	Categories []CategoryEntry `json:"categories"` // the categories of clause 3(1)–(5)
	Harms      []HarmEntry     `json:"harms"`      // the harms threats do
	Threats    []ThreatEntry   `json:"threats"`    // every threat, in catalog order
}

// CategoryEntry is one category of threat.
type CategoryEntry struct {
	ID      threat.Category `json:"id"`
	Label   lang.Text       `json:"label"`
	Clause  clause.Clause   `json:"clause"`  // the item of clause 3 that names it
	Threats []threat.Threat `json:"threats"` // its threats, in catalog order
}

// HarmEntry is one harm a threat may do.
type HarmEntry struct {
	ID         threat.Harm      `json:"id"`
	Label      lang.Text        `json:"label"`
	Properties []asset.Property `json:"properties"` // the properties it damages
}

// ThreatEntry is one threat of the catalog.
type ThreatEntry struct {
	ID         threat.Threat    `json:"id"`
	Label      lang.Text        `json:"label"`
	Category   threat.Category  `json:"category"`
	Clause     clause.Clause    `json:"clause"`     // the item of clause 3 that names it
	Harms      []threat.Harm    `json:"harms"`      // what it does
	Properties []asset.Property `json:"properties"` // the properties its harms damage
	Kinds      []asset.Kind     `json:"kinds"`      // the asset kinds it applies to
}

// ControlCatalog is the control catalog: the countermeasure standard's
// sections, every control of clauses 6-8 with its clause, duty, scope,
// basis and applicability, and the threat × control matrix.
type ControlCatalog struct {
	Schema   string          `json:"$schema"`  // the JSON Schema of this file
	Sections []SectionEntry  `json:"sections"` // the sections the controls are filed under
	Controls []control.Entry `json:"controls"` // every control, in catalog order
	Matrix   []MatrixRow     `json:"matrix"`   // per threat, the controls that mitigate it
}

// SectionEntry is one section of the countermeasure standard.
type SectionEntry struct {
	ID    control.Section `json:"id"`
	Label lang.Text       `json:"label"`
}

// MatrixRow is one row of the threat × control matrix.
type MatrixRow struct {
	Threat   threat.Threat     `json:"threat"`
	Controls []control.Control `json:"controls"` // the controls that mitigate it, in catalog order
}

// HandlingRules are the handling restrictions a classification requires
// (6(2)): for each restriction, the lowest band of each property that
// requires it; and for each scheme, its level codes with their bands and
// the restrictions each requires.
type HandlingRules struct {
	Schema       string             `json:"$schema"`      // the JSON Schema of this file
	Restrictions []RestrictionEntry `json:"restrictions"` // every restriction, in order
	Schemes      []SchemeEntry      `json:"schemes"`      // both classification schemes
}

// RestrictionEntry is one handling restriction.
type RestrictionEntry struct {
	ID       asset.Restriction `json:"id"`
	Label    lang.Text         `json:"label"`
	Clause   clause.Clause     `json:"clause"`
	MinBands []Threshold       `json:"minBands"` // a level of one of these bands or above requires it
}

// Threshold is the lowest band of a property that requires a restriction.
type Threshold struct {
	Property asset.Property `json:"property"`
	Band     int            `json:"band"` // the leading number of a level's code: 3 for 3A, 3B, 3C and 3
}

// SchemeEntry is a classification scheme's levels, lowest first.
type SchemeEntry struct {
	ID              asset.Scheme          `json:"id"`
	Label           lang.Text             `json:"label"`
	Confidentiality []ConfidentialityCode `json:"confidentiality"`
	Integrity       []IntegrityCode       `json:"integrity"`
	Availability    []AvailabilityCode    `json:"availability"`
}

// ConfidentialityCode is a confidentiality level of a scheme.
type ConfidentialityCode struct {
	Code         asset.ConfidentialityLevel `json:"code"`
	Label        lang.Text                  `json:"label"`
	Band         int                        `json:"band"`         // the leading number of its code
	Restrictions []asset.Restriction        `json:"restrictions"` // what this level requires by itself
}

// IntegrityCode is an integrity level of a scheme.
type IntegrityCode struct {
	Code         asset.IntegrityLevel `json:"code"`
	Label        lang.Text            `json:"label"`
	Band         int                  `json:"band"`         // the leading number of its code
	Restrictions []asset.Restriction  `json:"restrictions"` // what this level requires by itself
}

// AvailabilityCode is an availability level of a scheme.
type AvailabilityCode struct {
	Code         asset.AvailabilityLevel `json:"code"`
	Label        lang.Text               `json:"label"`
	Band         int                     `json:"band"`         // the leading number of its code
	Restrictions []asset.Restriction     `json:"restrictions"` // what this level requires by itself
}

func schemaRef(name string) string { f, _ := manifest.Lookup(name); return f.ID() }

func text(ja, en string) lang.Text { return lang.Text{Ja: ja, En: en} }

func clauseTable() ClauseTable {
	t := ClauseTable{Schema: schemaRef(manifest.Clauses), Clauses: []ClauseEntry{}}
	for _, c := range clause.All() {
		t.Clauses = append(t.Clauses, ClauseEntry{ID: c, Title: text(c.Ja(), c.En()), Duty: c.Duty()})
	}
	return t
}

func threatCatalog() ThreatCatalog {
	t := ThreatCatalog{Schema: schemaRef(manifest.Threats)}
	for _, c := range threat.Categories() {
		t.Categories = append(t.Categories, CategoryEntry{ID: c, Label: text(c.Ja(), c.En()), Clause: c.Clause(), Threats: nonNil(c.Threats())})
	}
	for _, h := range threat.Harms() {
		t.Harms = append(t.Harms, HarmEntry{ID: h, Label: text(h.Ja(), h.En()), Properties: nonNil(h.Properties())})
	}
	for _, x := range threat.All() {
		t.Threats = append(t.Threats, ThreatEntry{ID: x, Label: text(x.Ja(), x.En()), Category: x.Category(), Clause: x.Clause(),
			Harms: nonNil(x.Harms()), Properties: nonNil(x.Properties()), Kinds: nonNil(x.Kinds())})
	}
	return t
}

func controlCatalog() ControlCatalog {
	t := ControlCatalog{Schema: schemaRef(manifest.Controls), Controls: control.Catalog()}
	for _, s := range control.Sections() {
		t.Sections = append(t.Sections, SectionEntry{ID: s, Label: text(s.Ja(), s.En())})
	}
	m := control.ThreatMatrix()
	for _, x := range threat.All() {
		t.Matrix = append(t.Matrix, MatrixRow{Threat: x, Controls: nonNil(m[x])})
	}
	return t
}

func handlingRules() HandlingRules {
	t := HandlingRules{Schema: schemaRef(manifest.Handling)}
	requiredBy := func(p asset.Property, band int) []asset.Restriction {
		out := []asset.Restriction{}
		for _, r := range asset.Restrictions() {
			if lo := r.MinimumBand(p); lo != 0 && band >= lo {
				out = append(out, r)
			}
		}
		return out
	}
	for _, r := range asset.Restrictions() {
		e := RestrictionEntry{ID: r, Label: text(r.Ja(), r.En()), Clause: r.Clause(), MinBands: []Threshold{}}
		for _, p := range asset.Properties() {
			if b := r.MinimumBand(p); b != 0 {
				e.MinBands = append(e.MinBands, Threshold{Property: p, Band: b})
			}
		}
		t.Restrictions = append(t.Restrictions, e)
	}
	for _, s := range asset.Schemes() {
		e := SchemeEntry{ID: s, Label: text(s.Ja(), s.En())}
		for _, l := range s.Confidentiality().Levels() {
			e.Confidentiality = append(e.Confidentiality, ConfidentialityCode{Code: l, Label: text(l.Ja(), l.En()), Band: l.Band(), Restrictions: requiredBy(asset.Confidentiality, l.Band())})
		}
		for _, l := range s.Integrity().Levels() {
			e.Integrity = append(e.Integrity, IntegrityCode{Code: l, Label: text(l.Ja(), l.En()), Band: l.Band(), Restrictions: requiredBy(asset.Integrity, l.Band())})
		}
		for _, l := range s.Availability().Levels() {
			e.Availability = append(e.Availability, AvailabilityCode{Code: l, Label: text(l.Ja(), l.En()), Band: l.Band(), Restrictions: requiredBy(asset.Availability, l.Band())})
		}
		t.Schemes = append(t.Schemes, e)
	}
	return t
}

func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}
