package asset

import (
	"strconv"
	"strings"

	"github.com/jichitai-sec/policy/field"
)

// Validate reports every problem in a list of assets whose document
// classifies by scheme s, each at its path under "assets" (the document's
// scheme itself at "scheme"), as a field.List; an empty list means the
// assets are sound. It is a pure function and reads each reference once.
//
// Per asset, in this order:
//
//   - id: missing (Required), or already used by an earlier asset
//     (Duplicate);
//   - name: missing or blank (Required);
//   - kind, owner: missing (Required) or unknown (Unsupported);
//   - zone: missing where the kind requires one (Required, see
//     Kind.ZoneRequired), or unknown (Unsupported);
//   - classification: as ValidateClassification (unclassified properties,
//     a missing, unknown or other scheme, levels of another scheme);
//   - contains[j]: empty (Required), naming no asset (NotFound), or naming
//     the same asset as an earlier entry (Duplicate).
//
// After the assets, each containment cycle is reported once (Invalid), at
// the entry of Contains of its lowest-indexed asset that starts the
// shortest cycle through that asset; the value lists the cycle's ids, e.g.
// "a → b → a". Cycles are ordered by that asset's index.
func Validate(assets []Asset, s Scheme) field.List {
	errs := checkScheme(s)
	g := buildGraph(assets)
	seen := make([]int32, len(assets)) // seen[t] == i+1: asset i already listed t
	// Paths are built only for the problems found.
	at := func(i int, name string) field.Path { return field.Path("assets").Index(i).Child(name) }
	for i := range assets {
		a := &assets[i]
		switch first, ok := g.index[a.ID]; {
		case a.ID == "":
			errs = errs.Add(at(i, "id"), field.Required, "", "an asset needs an id", "情報資産にIDがない")
		case ok && first != int32(i):
			errs = errs.Add(at(i, "id"), field.Duplicate, a.ID,
				"assets["+strconv.Itoa(int(first))+"] already has this id",
				"同じIDの情報資産（assets["+strconv.Itoa(int(first))+"]）が既にある")
		}
		if strings.TrimSpace(a.Name) == "" {
			errs = errs.Add(at(i, "name"), field.Required, a.Name, "an asset needs a name", "情報資産の名称がない")
		}
		switch {
		case a.Kind == 0:
			errs = errs.Add(at(i, "kind"), field.Required, "", "an asset needs a kind", "情報資産の種別が未設定")
		case !a.Kind.Valid():
			errs = errs.Add(at(i, "kind"), field.Unsupported, a.Kind.String(), "not a known kind of asset", "不明な情報資産の種別")
		}
		switch {
		case a.Owner == 0:
			errs = errs.Add(at(i, "owner"), field.Required, "",
				"an asset needs an owner among the bodies of 4(1)", "情報資産の所管（4(1)の行政機関）が未設定")
		case !a.Owner.Valid():
			errs = errs.Add(at(i, "owner"), field.Unsupported, a.Owner.String(),
				"not one of the bodies of 4(1)", "4(1)の行政機関ではない")
		}
		switch {
		case a.Zone == 0 && a.Kind.ZoneRequired():
			errs = errs.Add(at(i, "zone"), field.Required, "",
				"a "+a.Kind.En()+" names the zone it lives in (2(8)–(10))", a.Kind.Ja()+"は属する領域（2(8)～(10)）の指定が必要")
		case a.Zone != 0 && !a.Zone.Valid():
			errs = errs.Add(at(i, "zone"), field.Unsupported, a.Zone.String(), "not a known zone", "不明な領域")
		}
		if c := a.Classification; !c.Valid() || (s.Valid() && c.Scheme != s) {
			errs = append(errs, ValidateClassification(c, s, at(i, "classification"))...)
		}
		for j, id := range a.Contains {
			t, ok := g.index[id]
			switch {
			case id == "":
				errs = errs.Add(at(i, "contains").Index(j), field.Required, "", "an entry of contains names an asset", "包含する情報資産のIDが空")
			case !ok:
				errs = errs.Add(at(i, "contains").Index(j), field.NotFound, id, "no asset has this id", "このIDの情報資産がない")
			case seen[t] == int32(i+1):
				errs = errs.Add(at(i, "contains").Index(j), field.Duplicate, id, "this asset is already listed", "同じ情報資産が既に挙げられている")
			default:
				seen[t] = int32(i + 1)
			}
		}
	}
	return append(errs, cycles(assets, &g)...)
}

// cycles reports each containment cycle once.
func cycles(assets []Asset, g *graph) field.List {
	var lowest []bool // lowest[v]: v is the lowest-indexed member of a cycle
	comp := g.components(func(members []int32, _ []int32) {
		if len(members) == 1 && !g.selfLoop(members[0]) {
			return
		}
		lo := members[0]
		for _, m := range members {
			lo = min(lo, m)
		}
		if lowest == nil {
			lowest = make([]bool, g.n())
		}
		lowest[lo] = true
	})
	if lowest == nil {
		return nil
	}
	// A breadth-first search from each such asset, within its component,
	// finds the shortest cycle through it. Components are disjoint, so the
	// searches together are linear.
	var errs field.List
	stamp := make([]int32, g.n())
	from := make([]int32, g.n()) // the node by which a node was reached
	via := make([]int32, g.n())  // the edge by which a node was reached
	var queue []int32
	for v, ok := range lowest {
		if !ok {
			continue
		}
		v := int32(v)
		queue = append(queue[:0], v)
		stamp[v] = v + 1
		last, closing := int32(-1), int32(-1) // the edge back to v, and its source
	search:
		for head := 0; head < len(queue); head++ {
			u := queue[head]
			for e := g.off[u]; e < g.off[u+1]; e++ {
				w := g.tgt[e]
				if w == v {
					last, closing = u, e
					break search
				}
				if comp[w] == comp[v] && stamp[w] != v+1 {
					stamp[w], from[w], via[w] = v+1, u, e
					queue = append(queue, w)
				}
			}
		}
		// Walk back from the closing edge to v, collecting ids in reverse.
		ids := []string{assets[v].ID}
		first := closing // the cycle's first edge, leaving v
		for u := last; u != v; u = from[u] {
			ids = append(ids, assets[u].ID)
			first = via[u]
		}
		ids = append(ids, assets[v].ID)
		for l, r := 1, len(ids)-2; l < r; l, r = l+1, r-1 {
			ids[l], ids[r] = ids[r], ids[l]
		}
		p := field.Path("assets").Index(int(v)).Child("contains").Index(int(g.ent[first]))
		errs = errs.Add(p, field.Invalid, strings.Join(ids, " → "),
			"containment cycle: an asset contains itself, directly or through others",
			"包含関係が循環している（情報資産が直接又は間接に自身を含む）")
	}
	return errs
}
