package policy

import (
	"cmp"
	"iter"
	"maps"
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
	rules := ranks(func(yield func(string) bool) {
		for i := range fs {
			if !yield(fs[i].Rule) {
				return
			}
		}
	})
	ids := ranks(func(yield func(string) bool) {
		for i := range fs {
			if !yield(nthID(&fs[i], 0)) || !yield(nthID(&fs[i], 1)) {
				return
			}
		}
	})
	type entry struct {
		key    uint64 // severity, clause, rule
		r0, r1 uint32 // the ranks of the first two ids, "" for none
		i      int32
	}
	es := make([]entry, len(fs))
	for i := range fs {
		f := &fs[i]
		es[i] = entry{key: uint64(f.Severity)<<48 | uint64(f.Clause)<<40 | uint64(rules[f.Rule]),
			r0: ids[nthID(f, 0)], r1: ids[nthID(f, 1)], i: int32(i)}
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

// ranks numbers the distinct strings of list in their sorted order.
func ranks(list iter.Seq[string]) map[string]uint32 {
	m := map[string]uint32{}
	for s := range list {
		m[s] = 0
	}
	for k, s := range slices.Sorted(maps.Keys(m)) {
		m[s] = uint32(k)
	}
	return m
}
