package threat

import (
	"github.com/jichitai-sec/policy/clause"
	"github.com/jichitai-sec/policy/internal/enum"
)

// ParseError is the error of every Parse function and UnmarshalText method
// of this package for text that names no member of a closed set.
type ParseError = enum.ParseError

// MarshalError is the error of every MarshalText method of this package for
// a value that is not a member of its closed set.
type MarshalError = enum.MarshalError

// Category is one of the five groups of threats in 3(1)–(5). The zero value
// is not a category.
type Category uint8

// The categories, in the order of clause 3.
const (
	Intentional          Category = iota + 1 // 意図的な要因 (3(1)): attacks, intrusion, fraud, insider misconduct
	Unintentional                            // 非意図的な要因 (3(2)): rule breaches, defects, mistakes, failures
	Disaster                                 // 災害 (3(3)): natural and other disasters that stop services and work
	StaffShortage                            // 疾病による要員不足 (3(4)): illness on a large scale leaving too few staff to run systems
	InfrastructureOutage                     // インフラの障害 (3(5)): loss of power, communication or water supply, and its knock-on effects
)

var categories = enum.New[Category]([]enum.Entry{
	Intentional:          {ID: "intentional", Ja: "意図的な要因", En: "intentional"},
	Unintentional:        {ID: "unintentional", Ja: "非意図的な要因", En: "unintentional"},
	Disaster:             {ID: "disaster", Ja: "災害", En: "disaster"},
	StaffShortage:        {ID: "staff-shortage", Ja: "疾病による要員不足", En: "staff shortage from widespread illness"},
	InfrastructureOutage: {ID: "infrastructure-outage", Ja: "インフラの障害", En: "infrastructure outage"},
})

var categoryClauses = [...]clause.Clause{
	Intentional:          clause.ThreatIntentional,
	Unintentional:        clause.ThreatUnintentional,
	Disaster:             clause.ThreatDisaster,
	StaffShortage:        clause.ThreatStaffShortage,
	InfrastructureOutage: clause.ThreatInfrastructure,
}

// Categories returns the five categories in the order of clause 3.
func Categories() []Category { return categories.All() }

// ParseCategory accepts a category's wire id ("intentional", "unintentional",
// "disaster", "staff-shortage", "infrastructure-outage") or its Japanese
// label.
func ParseCategory(s string) (Category, error) { return categories.Parse(s) }

// Valid reports whether c is one of the five categories.
func (c Category) Valid() bool { return categories.Valid(c) }

// String returns the wire id, or "threat.Category(N)" for an invalid value.
func (c Category) String() string { return categories.String(c) }

// Ja returns the Japanese label, in the policy's term.
func (c Category) Ja() string { return categories.Ja(c) }

// En returns the English label.
func (c Category) En() string { return categories.En(c) }

// Clause returns the item of clause 3 that names the category (3(1)–(5)),
// or 0 for an invalid category.
func (c Category) Clause() clause.Clause {
	if !c.Valid() {
		return 0
	}
	return categoryClauses[c]
}

// Threats returns the threats of the category in catalog order, or nil for
// an invalid category.
func (c Category) Threats() []Threat {
	var out []Threat
	for _, t := range All() {
		if t.Category() == c {
			out = append(out, t)
		}
	}
	return out
}

// MarshalText returns the wire id; an invalid category is an error.
func (c Category) MarshalText() ([]byte, error) { return categories.MarshalText(c) }

// UnmarshalText accepts a wire id only (ParseCategory also takes labels and aliases).
func (c *Category) UnmarshalText(b []byte) error { return categories.UnmarshalText(c, b) }
