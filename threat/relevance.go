package threat

import (
	"strings"

	"github.com/jichitai-sec/policy/asset"
	"github.com/jichitai-sec/policy/clause"
)

// Relevance is one threat found relevant to an asset, with what explains
// it: the kind whose catalog row lists the threat (or, with no kind, the
// fail-closed assumption), and through the threat its harms, the
// properties they damage and the clause. The zero Relevance names no
// threat.
//
// In JSON a relevance is {"threat":"fire","kind":"facility"}; an assumed
// one leaves the kind out: {"threat":"fire"}.
type Relevance struct {
	Threat Threat `json:"threat"`
	// Kind is the asset's kind, whose row in the catalog lists the threat,
	// or zero when the asset's kind was unset or unknown (see Assumed).
	Kind asset.Kind `json:"kind,omitempty"`
}

// Assumed reports whether the threat is assumed rather than found: the
// asset's kind was unset or unknown, so that no row of the catalog could
// rule the threat out (fail closed). It is true exactly when Kind is not a
// valid kind.
func (r Relevance) Assumed() bool { return !r.Kind.Valid() }

// Category returns the threat's category.
func (r Relevance) Category() Category { return r.Threat.Category() }

// Clause returns the clause the relevance cites: the item of clause 3 that
// names the threat's category (3(1)–(5)).
func (r Relevance) Clause() clause.Clause { return r.Threat.Clause() }

// Harms returns what the threat does, in the order of [Harms].
func (r Relevance) Harms() []Harm { return r.Threat.Harms() }

// Properties returns the properties the threat harms, in the order C, I, A.
func (r Relevance) Properties() []asset.Property { return r.Threat.Properties() }

// Ja explains the relevance in Japanese: the threat, the clause, why it
// applies, and what it harms.
func (r Relevance) Ja() string {
	c := r.Clause()
	var b strings.Builder
	b.WriteString(r.Threat.Ja())
	b.WriteString("（")
	b.WriteString(c.String())
	b.WriteString(" ")
	b.WriteString(c.Ja())
	b.WriteString("）：")
	if r.Assumed() {
		b.WriteString("資産の種類が未設定または不明のため、すべての脅威を想定する（フェイルクローズ）。")
	} else {
		b.WriteString(r.Kind.Ja())
		b.WriteString("に対する脅威。")
	}
	b.WriteString(joinJa(r.Harms(), Harm.Ja))
	b.WriteString("により")
	b.WriteString(joinJa(r.Properties(), asset.Property.Ja))
	b.WriteString("を損なう")
	return b.String()
}

// En explains the relevance in English: the threat, the clause, why it
// applies, and what it harms.
func (r Relevance) En() string {
	c := r.Clause()
	var b strings.Builder
	b.WriteString(r.Threat.En())
	b.WriteString(" (")
	b.WriteString(c.String())
	b.WriteString(" ")
	b.WriteString(c.En())
	b.WriteString("): ")
	if r.Assumed() {
		b.WriteString("assumed because the asset's kind is unset or unknown (fail closed)")
	} else {
		b.WriteString("a threat to assets of kind ")
		b.WriteString(r.Kind.En())
	}
	b.WriteString("; by ")
	b.WriteString(joinEn(r.Harms(), Harm.En))
	b.WriteString(" it harms ")
	b.WriteString(joinEn(r.Properties(), asset.Property.En))
	return b.String()
}

// For returns the threats relevant to asset a, in catalog order, each with
// what makes it relevant. Only the asset's kind ([asset.Kind]) decides (see
// [ForKind]): its zone, classification, My Number flag, owner and contents
// change nothing, since clause 3 assumes its threats against every
// information asset and those attributes decide how strong the measures
// must be, not which threats exist (see the package documentation). An
// asset whose kind is unset or unknown gets every threat, each
// [Relevance.Assumed] (fail closed).
//
// The result is a new slice on every call; the same asset always yields the
// same list.
func For(a asset.Asset) []Relevance { return forKind(a.Kind) }

// forKind is For for an asset of kind k.
func forKind(k asset.Kind) []Relevance {
	if !k.Valid() {
		k = 0 // assumed: no kind to name
	}
	ts := ForKind(k)
	out := make([]Relevance, len(ts))
	for i, t := range ts {
		out[i] = Relevance{Threat: t, Kind: k}
	}
	return out
}

func joinJa[T any](xs []T, label func(T) string) string {
	parts := make([]string, len(xs))
	for i, x := range xs {
		parts[i] = label(x)
	}
	return strings.Join(parts, "・")
}

// joinEn joins labels as English prose: "a", "a and b", "a, b and c".
func joinEn[T any](xs []T, label func(T) string) string {
	parts := make([]string, len(xs))
	for i, x := range xs {
		parts[i] = label(x)
	}
	if len(parts) <= 1 {
		return strings.Join(parts, "")
	}
	return strings.Join(parts[:len(parts)-1], ", ") + " and " + parts[len(parts)-1]
}
