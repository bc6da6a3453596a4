package policy

import (
	"cmp"
	"slices"
	"strings"

	"github.com/jichitai-sec/policy/finding"
)

// sortFindings orders findings gravest first, then by clause, rule, ids and
// path, findings equal in all of these in the order they were found (as a
// stable sort would). It sorts small entries of numbers, not the findings:
// severity, clause and rule in one number, and the first two ids by their
// rank among the ids the findings name, so that nearly every comparison
// is of integers; then it moves each finding once, to its place. (Sorting
// the findings themselves moved them O(n log n) times, and comparing ids
// as strings was the most of Evaluate at a hundred thousand assets.)
func sortFindings(fs []finding.Finding) {
	var rules, ids ranker
	type entry struct {
		key    uint64 // severity, clause, rule
		r0, r1 uint32 // the ranks of the first two ids, "" for none
		i      int32
	}
	es := make([]entry, len(fs))
	for i := range fs {
		f := &fs[i]
		es[i] = entry{key: uint64(f.Severity)<<48 | uint64(f.Clause)<<40 | uint64(rules.add(f.Rule)),
			r0: ids.add(nthID(f, 0)), r1: ids.add(nthID(f, 1)), i: int32(i)}
	}
	ruleRank, idRank := rules.ranks(), ids.ranks()
	for i := range es {
		e := &es[i]
		e.key = e.key&^0xffffffffff | uint64(ruleRank[e.key&0xffffffffff])
		e.r0, e.r1 = idRank[e.r0], idRank[e.r1]
	}
	slices.SortFunc(es, func(a, b entry) int {
		if c := cmp.Compare(a.key, b.key); c != 0 {
			return c
		}
		if c := cmp.Compare(a.r0, b.r0); c != 0 {
			return c
		}
		if c := cmp.Compare(a.r1, b.r1); c != 0 {
			return c
		}
		x, y := &fs[a.i], &fs[b.i]
		if c := slices.Compare(x.IDs, y.IDs); c != 0 {
			return c
		}
		if c := strings.Compare(string(x.Path), string(y.Path)); c != 0 {
			return c
		}
		return cmp.Compare(a.i, b.i)
	})
	// Position k takes the finding at es[k].i: follow each cycle of the
	// permutation, holding one finding aside, marking entries done with -1.
	for k := range es {
		if es[k].i < 0 {
			continue
		}
		held, j := fs[k], k
		for {
			from := int(es[j].i)
			es[j].i = -1
			if from == k {
				fs[j] = held
				break
			}
			fs[j], j = fs[from], from
		}
	}
}

// nthID is the finding's id n, or "" when it names fewer.
func nthID(f *finding.Finding, n int) string {
	if n < len(f.IDs) {
		return f.IDs[n]
	}
	return ""
}

// ranker numbers strings in the order they are first added, with one map
// look-up each, and then ranks them in sorted order.
type ranker struct {
	index map[string]uint32
	strs  []string
}

// add returns the number of s.
func (r *ranker) add(s string) uint32 {
	if i, ok := r.index[s]; ok {
		return i
	}
	if r.index == nil {
		r.index = map[string]uint32{}
	}
	i := uint32(len(r.strs))
	r.index[s] = i
	r.strs = append(r.strs, s)
	return i
}

// ranks returns, for each number add gave, the rank of its string among
// all of them in sorted order.
func (r *ranker) ranks() []uint32 {
	order := make([]uint32, len(r.strs))
	for i := range order {
		order[i] = uint32(i)
	}
	slices.SortFunc(order, func(a, b uint32) int { return strings.Compare(r.strs[a], r.strs[b]) })
	rank := make([]uint32, len(order))
	for k, i := range order {
		rank[i] = uint32(k)
	}
	return rank
}
