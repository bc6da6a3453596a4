package asset

import (
	"strings"

	"github.com/jichitai-sec/policy/field"
	"github.com/jichitai-sec/policy/lang"
	"github.com/jichitai-sec/policy/zone"
)

// Validate reports every problem in a list of assets classified by scheme
// s, as a field.List whose paths are JSON Pointers under at, the path of
// the list itself: with at = "/assets", the id of the fourth asset is
// "/assets/3/id". An empty list means the assets are well formed. It is a
// pure function and reads each reference once.
//
// The scheme comes first: an unset or unknown s is reported once, at at
// itself (the list cannot be read without it; see ValidateScheme), and the
// levels are then not checked against any scheme. Then per asset, in this
// order:
//
//   - id: missing (Required), not well formed (Invalid), or the id of an
//     earlier asset, or one differing from it only in case or width
//     (Duplicate; see field.IDs);
//   - name: missing or blank (Required);
//   - kind, owner: missing (Required) or unknown (NotSupported);
//   - zone: missing where the kind requires one (Required, see
//     Kind.ZoneRequired), or unknown (NotSupported);
//   - wireless: set on an asset that is not a network (Forbidden);
//   - classification: as ValidateClassification (a level that is no code,
//     or a code s does not allow); an unclassified property is not a
//     problem here but a finding of Check;
//   - contains/j: empty (Required), naming no asset (NotFound), or naming
//     the same asset as an earlier entry (Duplicate).
//
// After the assets, each containment cycle is reported once (Invalid), at
// the entry of Contains of its lowest-indexed asset that starts the
// shortest cycle through that asset; the value lists the cycle's ids, e.g.
// "a → b → a". Cycles are ordered by that asset's index.
func Validate(assets []Asset, s Scheme, at field.Path) field.List {
	errs, _, _ := validate(assets, s, at)
	return errs
}

// validate is Validate, returning besides the problems the containment
// graph and, when there is no cycle, every asset in an order where each
// comes after all the assets it contains (for Derive).
func validate(assets []Asset, s Scheme, at field.Path) (field.List, graph, []int32) {
	errs := ValidateScheme(s, at)
	g := buildGraph(assets)
	seen := make([]int32, len(assets)) // seen[t] == i+1: asset i already listed t
	ids := field.NewIDs(at, lang.Of("情報資産", "an asset"), len(assets))
	for i := range assets {
		a := &assets[i]
		if e := ids.Check(i, a.ID); e != nil {
			errs = append(errs, e)
		}
		if strings.TrimSpace(a.Name) == "" {
			errs = append(errs, field.Required(elem(at, i, "name"), lang.Text{Ja: "情報資産の名称がない", En: "an asset needs a name"}))
		}
		switch {
		case a.Kind == 0:
			errs = append(errs, field.Required(elem(at, i, "kind"), lang.Text{
				Ja: "情報資産の種別（4(2)）が未設定", En: "an asset needs a kind (4(2))"}))
		case !a.Kind.Valid():
			errs = append(errs, field.NotSupported(elem(at, i, "kind"), a.Kind, Kinds()))
		}
		switch {
		case a.Owner == 0:
			errs = append(errs, field.Required(elem(at, i, "owner"), lang.Text{
				Ja: "情報資産の所管（4(1)の行政機関）が未設定", En: "an asset needs an owner among the bodies of 4(1)"}))
		case !a.Owner.Valid():
			errs = append(errs, field.NotSupported(elem(at, i, "owner"), a.Owner, Units()))
		}
		switch {
		case a.Zone == 0 && a.Kind.ZoneRequired():
			errs = append(errs, field.Required(elem(at, i, "zone"), lang.Text{
				Ja: a.Kind.Ja() + "は属する領域（2(8)～(10)）の指定が必要",
				En: "a " + a.Kind.En() + " names the zone it lives in (2(8)–(10))"}))
		case a.Zone != 0 && !a.Zone.Valid():
			errs = append(errs, field.NotSupported(elem(at, i, "zone"), a.Zone, zone.All()))
		}
		if a.Wireless && a.Kind != Network {
			errs = append(errs, field.Forbidden(elem(at, i, "wireless"), "true", lang.Text{
				Ja: "無線LANの指定はネットワークにのみできる",
				En: "only a network can be a wireless LAN"}))
		}
		if c := a.Classification; !allowedOrUnset(c, s) {
			errs = append(errs, ValidateClassification(c, s, elem(at, i, "classification"))...)
		}
		for j, id := range a.Contains {
			t, ok := g.index[id]
			switch {
			case id == "":
				errs = append(errs, field.Required(elem(at, i, "contains").Index(j), lang.Text{
					Ja: "包含する情報資産のIDが空", En: "an entry of contains names an asset"}))
			case !ok:
				errs = append(errs, field.NotFound(elem(at, i, "contains").Index(j), id, lang.Text{
					Ja: "このIDの情報資産がない", En: "no asset has this id"}))
			case seen[t] == int32(i+1):
				errs = append(errs, field.Duplicate(elem(at, i, "contains").Index(j), id, lang.Text{
					Ja: "同じ情報資産が既に挙げられている", En: "this asset is already listed"}))
			default:
				seen[t] = int32(i + 1)
			}
		}
	}
	cyc, order := cycles(assets, &g, at)
	return append(errs, cyc...), g, order
}

// elem returns the path of member name of asset i of the list at at. Paths
// are built only for the problems found, so that a sound list costs no
// allocation per asset.
func elem(at field.Path, i int, name string) field.Path { return at.Index(i).Child(name) }

// allowedOrUnset reports whether every level of c is unclassified or
// allowed by s.
func allowedOrUnset(c Classification, s Scheme) bool {
	for p := Confidentiality; p <= Availability; p++ {
		if v := c.level(p); v != 0 && rank(s, p, v) == 0 {
			return false
		}
	}
	return true
}

// cycles reports each containment cycle once, and returns, when there is
// none, every asset after the assets it contains.
func cycles(assets []Asset, g *graph, at field.Path) (field.List, []int32) {
	var lowest []bool // lowest[v]: v is the lowest-indexed member of a cycle
	order := make([]int32, 0, g.n())
	comp := g.components(func(members []int32, _ []int32) {
		if len(members) == 1 && !g.selfLoop(members[0]) {
			order = append(order, members[0])
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
		return nil, order
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
		p := at.Index(int(v)).Child("contains").Index(int(g.ent[first]))
		errs = append(errs, field.Invalid(p, strings.Join(ids, " → "), lang.Text{
			Ja: "包含関係が循環している（情報資産が直接又は間接に自身を含む）",
			En: "containment cycle: an asset contains itself, directly or through others"}))
	}
	return errs, nil
}
