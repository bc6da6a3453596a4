package vendors

// successors returns the k-th outgoing reference of node v: w < 0 for a
// reference that names no node, and ok false when v has no k-th reference.
type successors func(v int32, k int) (w int32, ok bool)

// sccs finds strongly connected components with Tarjan's algorithm,
// iteratively (no recursion, so a long chain cannot exhaust the stack).
// One value serves several runs over the same graph: a node visited by an
// earlier run is not visited again. Time and space are linear in the nodes
// and references visited.
type sccs struct {
	nodes  []node
	stack  []int32
	frames []frame
	next   int32
}

// node is the state of one node, kept together so that a visit touches
// one place in memory.
type node struct {
	num, low int32 // DFS number (0: not visited) and low-link
	onStack  bool
}

type frame struct {
	v int32
	k int
}

func newSCCs(n int) *sccs {
	return &sccs{nodes: make([]node, n)}
}

// visited reports whether v was reached by an earlier run.
func (s *sccs) visited(v int32) bool { return s.nodes[v].num != 0 }

// run visits every node reachable from root that no earlier run visited,
// and calls emit with the members of each component it completes. A
// component is emitted after every component it reaches (sinks first), so
// emit may read results already computed for the nodes a member refers to
// outside its component. members is valid only during the call.
func (s *sccs) run(root int32, succ successors, emit func(members []int32)) {
	if s.visited(root) {
		return
	}
	s.open(root)
	for len(s.frames) > 0 {
		f := &s.frames[len(s.frames)-1]
		if w, ok := succ(f.v, f.k); ok {
			f.k++
			switch {
			case w < 0:
			case s.nodes[w].num == 0:
				s.open(w)
			case s.nodes[w].onStack:
				s.nodes[f.v].low = min(s.nodes[f.v].low, s.nodes[w].num)
			}
			continue
		}
		v := f.v
		s.frames = s.frames[:len(s.frames)-1]
		if len(s.frames) > 0 {
			u := s.frames[len(s.frames)-1].v
			s.nodes[u].low = min(s.nodes[u].low, s.nodes[v].low)
		}
		if s.nodes[v].low == s.nodes[v].num {
			i := len(s.stack) - 1
			for s.stack[i] != v {
				i--
			}
			members := s.stack[i:]
			for _, m := range members {
				s.nodes[m].onStack = false
			}
			emit(members)
			s.stack = s.stack[:i]
		}
	}
}

func (s *sccs) open(v int32) {
	s.next++
	s.nodes[v] = node{num: s.next, low: s.next, onStack: true}
	s.stack = append(s.stack, v)
	s.frames = append(s.frames, frame{v: v})
}
