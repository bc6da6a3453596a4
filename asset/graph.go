package asset

// graph is the containment relation of a list of assets, built once: each
// asset is a node numbered by its index, and each entry of Contains that
// names a known id is an edge. Ids are looked up in one map; everything
// else is slices of int32 indices.
type graph struct {
	index map[string]int32 // id → index of its first asset; empty ids are left out
	off   []int32          // edges of node v are tgt[off[v]:off[v+1]]
	tgt   []int32          // edge targets
	ent   []int32          // for each edge, its index in the source's Contains
}

func buildGraph(assets []Asset) graph {
	n := len(assets)
	g := graph{index: make(map[string]int32, n), off: make([]int32, n+1)}
	refs := 0
	for i := range assets {
		refs += len(assets[i].Contains)
		if id := assets[i].ID; id != "" {
			if _, dup := g.index[id]; !dup {
				g.index[id] = int32(i)
			}
		}
	}
	g.tgt = make([]int32, 0, refs)
	g.ent = make([]int32, 0, refs)
	for i := range assets {
		for j, id := range assets[i].Contains {
			if t, ok := g.index[id]; ok {
				g.tgt = append(g.tgt, t)
				g.ent = append(g.ent, int32(j))
			}
		}
		g.off[i+1] = int32(len(g.tgt))
	}
	return g
}

func (g *graph) n() int { return len(g.off) - 1 }

// selfLoop reports whether node v contains itself.
func (g *graph) selfLoop(v int32) bool {
	for _, w := range g.tgt[g.off[v]:g.off[v+1]] {
		if w == v {
			return true
		}
	}
	return false
}

// components finds the strongly connected components with Tarjan's
// algorithm, run with an explicit stack so that a chain of any length uses
// no recursion. It calls visit once per component, every component after
// all the components it reaches (sinks first); members is valid only during
// the call, and comp[v] (numbered from 1) is already set for its members.
// It returns comp. Time and space are linear in nodes plus edges.
func (g *graph) components(visit func(members []int32, comp []int32)) []int32 {
	n := g.n()
	num := make([]int32, n)  // DFS number, from 1; 0 while unvisited
	low := make([]int32, n)  // lowest DFS number reachable through the subtree
	comp := make([]int32, n) // component, from 1; 0 while on the stack or unvisited
	next := make([]int32, n) // next edge of v to explore
	stack := make([]int32, 0, n)
	call := make([]int32, 0, n)
	var counter, ncomp int32
	push := func(v int32) {
		counter++
		num[v], low[v], next[v] = counter, counter, g.off[v]
		stack = append(stack, v)
		call = append(call, v)
	}
	for r := range int32(n) {
		if num[r] != 0 {
			continue
		}
		push(r)
		for len(call) > 0 {
			v := call[len(call)-1]
			if next[v] < g.off[v+1] {
				w := g.tgt[next[v]]
				next[v]++
				switch {
				case num[w] == 0:
					push(w)
				case comp[w] == 0 && num[w] < low[v]: // w is on the stack
					low[v] = num[w]
				}
				continue
			}
			call = call[:len(call)-1]
			if len(call) > 0 {
				if u := call[len(call)-1]; low[v] < low[u] {
					low[u] = low[v]
				}
			}
			if low[v] == num[v] {
				ncomp++
				k := len(stack) - 1
				for stack[k] != v {
					k--
				}
				members := stack[k:]
				for _, u := range members {
					comp[u] = ncomp
				}
				visit(members, comp)
				stack = stack[:k]
			}
		}
	}
	return comp
}
