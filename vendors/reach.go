package vendors

import "github.com/jichitai-sec/policy/asset"

// reach is what a set of assets comes to, with everything they contain,
// directly or through others: the highest confidentiality band, the asset
// that has it, and an asset of My Number information among them.
type reach struct {
	band     uint8 // 0 for no asset; 1–3 otherwise
	top      int32 // the asset of band band (the least id among equals), -1 for none
	myNumber int32 // an asset of My Number information (the least id), -1 for none
}

var nothing = reach{top: -1, myNumber: -1}

// reaches computes reach per asset lazily, for the assets some vendor
// refers to and what they contain, once each: linear in those assets and
// their references, whatever the number of vendors. Each asset's Contains
// is resolved once, when it is first visited.
type reaches struct {
	assets []asset.Asset
	ix     map[string]int32
	scale  asset.Scale[asset.ConfidentialityLevel]
	state  []state
	sccs   *sccs
	flat   []int32 // resolved Contains, -1 for a reference to nothing
	succF  successors
	emitF  func([]int32)
}

// state is what reaches keeps per asset, together in memory.
type state struct {
	of     reach // valid once the asset is visited and its component done
	from   int32 // 1 + the start of its resolved Contains in flat, 0 before it is visited
	inComp bool  // a member of the component being computed
}

func newReaches(refs *Refs, ix map[string]int32) *reaches {
	n := len(refs.Assets)
	r := &reaches{assets: refs.Assets, ix: ix, scale: refs.Scheme.Confidentiality(),
		state: make([]state, n), sccs: newSCCs(n)}
	r.succF, r.emitF = r.succ, r.emit
	return r
}

// band returns the confidentiality band of asset i itself, read in the
// scheme: an unclassified level, or one the scheme does not allow, is read
// as band 3 (fail closed).
func (r *reaches) band(i int32) uint8 {
	l := r.assets[i].Classification.Confidentiality
	if !r.scale.Allows(l) {
		return 3
	}
	return uint8(l.Band())
}

// lessID orders assets by id, for choices that must not depend on the
// order of the list.
func (r *reaches) lessID(a, b int32) bool { return r.assets[a].ID < r.assets[b].ID }

// join returns what a and b come to together.
func (r *reaches) join(a, b reach) reach {
	if b.band > a.band || (b.band == a.band && b.top >= 0 && (a.top < 0 || r.lessID(b.top, a.top))) {
		a.band, a.top = b.band, b.top
	}
	if b.myNumber >= 0 && (a.myNumber < 0 || r.lessID(b.myNumber, a.myNumber)) {
		a.myNumber = b.myNumber
	}
	return a
}

func (r *reaches) own(i int32) reach {
	o := reach{band: r.band(i), top: i, myNumber: -1}
	if r.assets[i].MyNumber {
		o.myNumber = i
	}
	return o
}

// contains returns the resolved Contains of asset v, resolving it on the
// first call.
func (r *reaches) contains(v int32) []int32 {
	cs := r.assets[v].Contains
	st := &r.state[v]
	if st.from == 0 {
		st.from = int32(len(r.flat)) + 1
		for _, id := range cs {
			w, ok := r.ix[id]
			if !ok {
				w = -1
			}
			r.flat = append(r.flat, w)
		}
	}
	start := st.from - 1
	return r.flat[start : start+int32(len(cs))]
}

func (r *reaches) succ(v int32, k int) (int32, bool) {
	cs := r.contains(v)
	if k >= len(cs) {
		return 0, false
	}
	return cs[k], true
}

// emit computes the reach of one strongly connected component of the
// containment graph (a cycle is a problem of the register, which
// asset.Validate reports; its members reach what any of them reaches).
func (r *reaches) emit(ms []int32) {
	for _, m := range ms {
		r.state[m].inComp = true
	}
	s := nothing
	for _, m := range ms {
		s = r.join(s, r.own(m))
		for _, w := range r.contains(m) {
			if w >= 0 && !r.state[w].inComp {
				s = r.join(s, r.state[w].of)
			}
		}
	}
	for _, m := range ms {
		r.state[m].of = s
		r.state[m].inComp = false
	}
}

// at returns what the assets at the given positions come to.
func (r *reaches) at(is []int32) reach {
	s := nothing
	for _, i := range is {
		if i < 0 {
			continue
		}
		if !r.sccs.visited(i) {
			r.sccs.run(i, r.succF, r.emitF)
		}
		s = r.join(s, r.state[i].of)
	}
	return s
}
