package asset

import "github.com/jichitai-sec/policy/field"

// Derived is the classification an asset must have at least because of what
// it contains, with the reasons.
type Derived struct {
	// Minimum holds, for each property, the highest level declared by any
	// asset this one contains, directly or through others, in the scheme of
	// the derivation. A property that nothing contained raises is
	// unclassified.
	Minimum Classification `json:"minimum"`
	// Reasons names, for each property Minimum sets, in the order
	// confidentiality, integrity, availability, the contained asset whose
	// declared level it is.
	Reasons []Reason `json:"reasons,omitempty"`
	// MyNumber names a contained asset (directly or through others) that is
	// information of My Number work, or is nil when there is none.
	MyNumber *Source `json:"myNumber,omitempty"`
}

// Reason says which contained asset set one property of a derived minimum.
type Reason struct {
	Property Property `json:"property"`
	From     Source   `json:"from"`
	// Assumed is true when From's own level of Property is unclassified:
	// the highest level of the scheme was assumed for it (fail closed).
	Assumed bool `json:"assumed,omitempty"`
}

// Source identifies an asset of the list given to Derive.
type Source struct {
	Index int    `json:"index"` // position in the list
	ID    string `json:"id"`    // its id
}

// Reason returns the reason for property p, and false when nothing
// contained raises p.
func (d Derived) Reason(p Property) (Reason, bool) {
	for _, r := range d.Reasons {
		if r.Property == p {
			return r, true
		}
	}
	return Reason{}, false
}

// best is the highest rank seen on one channel and the asset declaring
// it, the one with the least id among several (so that the witness a
// finding names does not depend on the order of the register). Channel 0
// is My Number information (rank 1 when present); channels 1–3 are the
// properties.
type best struct {
	rank uint8
	src  int32
}

type best4 [4]best

// join keeps, channel by channel, the higher rank of a and b, and of equal
// ones the source with the least id in assets (then the lower index).
func (a best4) join(b best4, assets []Asset) best4 {
	for c := range a {
		switch {
		case b[c].rank > a[c].rank:
			a[c] = b[c]
		case b[c].rank == a[c].rank && b[c].rank != 0 && b[c].src != a[c].src:
			x, y := assets[b[c].src].ID, assets[a[c].src].ID
			if x < y || x == y && b[c].src < a[c].src {
				a[c] = b[c]
			}
		}
	}
	return a
}

// own is what asset i itself brings to a container, in scheme s: its rank
// for each property (the top rank when it is unclassified) and whether it
// is My Number information.
func own(a *Asset, i int32, s Scheme, top *[4]uint8) best4 {
	var b best4
	if a.MyNumber {
		b[0] = best{1, i}
	}
	for p := Confidentiality; p <= Availability; p++ {
		b[p] = best{top[p], i}
		if r := rank(s, p, a.Classification.level(p)); r != 0 {
			b[p].rank = r
		}
	}
	return b
}

// Derive computes, for every asset, the classification it must have at
// least from the assets it contains or processes, transitively (a system
// that holds 3B information is at least 3B), and whether it holds My Number
// information through them. Levels are compared in scheme s. The result is
// indexed like assets; assets is not modified.
//
// Derive first runs Validate (with s and at) and fails closed: when the
// list has problems it returns no result and the field.List as the error,
// since a repeated id or a dangling reference would make the derivation
// answer for assets other than the ones named. On a valid list, a contained
// property that is unclassified counts as the highest level of s, and the
// reason says so (Assumed): a gap raises the minimum rather than hiding a
// requirement. Among contained assets with the same highest level, the
// reason names the one with the least id, whatever the order of the list.
//
// It runs in time linear in assets plus references, without recursion,
// with one map from ids to indices and, besides that map, a fixed number of
// allocations (slices of int32 indices, and the result, whose Reasons and
// MyNumber share two backing arrays).
func Derive(assets []Asset, s Scheme, at field.Path) ([]Derived, error) {
	errs, g, order := validate(assets, s, at)
	if len(errs) > 0 {
		return nil, errs
	}
	return derive(assets, s, &g, order), nil
}

// derive is Derive on a valid list, given its graph and an order in which
// every asset follows the assets it contains.
func derive(assets []Asset, s Scheme, g *graph, order []int32) []Derived {
	var top [4]uint8
	for p := Confidentiality; p <= Availability; p++ {
		top[p] = topRank(s, p)
	}
	floor := make([]best4, len(assets))
	for _, v := range order {
		var u best4
		for _, w := range g.tgt[g.off[v]:g.off[v+1]] {
			u = u.join(floor[w], assets).join(own(&assets[w], w, s, &top), assets)
		}
		floor[v] = u
	}

	nReasons, nSources := 0, 0
	for i := range floor {
		for c := range floor[i] {
			if floor[i][c].rank != 0 {
				if c == 0 {
					nSources++
				} else {
					nReasons++
				}
			}
		}
	}
	out := make([]Derived, len(assets))
	reasons := make([]Reason, 0, nReasons) // shared by every Derived: one allocation
	sources := make([]Source, 0, nSources)
	for i := range out {
		d, f := &out[i], &floor[i]
		start := len(reasons)
		for p := Confidentiality; p <= Availability; p++ {
			b := f[p]
			if b.rank == 0 {
				continue
			}
			d.Minimum.setLevel(p, atRank(s, p, b.rank))
			reasons = append(reasons, Reason{
				Property: p,
				From:     Source{Index: int(b.src), ID: assets[b.src].ID},
				Assumed:  assets[b.src].Classification.level(p) == 0,
			})
		}
		if end := len(reasons); end > start {
			d.Reasons = reasons[start:end:end]
		}
		if b := f[0]; b.rank != 0 {
			sources = append(sources, Source{Index: int(b.src), ID: assets[b.src].ID})
			d.MyNumber = &sources[len(sources)-1]
		}
	}
	return out
}
