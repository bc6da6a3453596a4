package enum

// Set is a set of members of a closed set of at most 63 members, as a bit
// set: bit v-1 stands for member v. A value that is not a member (0 or above
// 63) is recorded in the top bit, so that the set reports itself invalid
// instead of dropping it.
type Set[T ~uint8] uint64

const invalidBit = 1 << 63

// SetOf returns the set holding vs.
func SetOf[T ~uint8](vs ...T) Set[T] {
	var s Set[T]
	for _, v := range vs {
		s = s.With(v)
	}
	return s
}

// With returns s with v added.
func (s Set[T]) With(v T) Set[T] {
	if v == 0 || v > 63 {
		return s | invalidBit
	}
	return s | 1<<(v-1)
}

// Has reports whether v is in s.
func (s Set[T]) Has(v T) bool { return v >= 1 && v <= 63 && s&(1<<(v-1)) != 0 }

// Union returns the members of s or o.
func (s Set[T]) Union(o Set[T]) Set[T] { return s | o }

// Minus returns the members of s not in o. The invalid marker of s is kept
// (whatever o holds), so that a set with an invalid value never becomes
// valid by subtraction.
func (s Set[T]) Minus(o Set[T]) Set[T] { return s&^o | s&invalidBit }

// Within reports whether every member of s is a member of table t.
func (s Set[T]) Within(t *Table[T]) bool { return s&^Full(t) == 0 }

// Len returns the number of members in s (the invalid marker aside).
func (s Set[T]) Len() int {
	n := 0
	for b := s &^ invalidBit; b != 0; b &= b - 1 {
		n++
	}
	return n
}

// List returns the members of s in order, in a new slice.
func (s Set[T]) List() []T {
	var out []T
	for v := T(1); v <= 63 && s>>(v-1) != 0; v++ {
		if s.Has(v) {
			out = append(out, v)
		}
	}
	return out
}

// Full returns the set of every member of table t (of the first 63, for a
// larger table, which a Set cannot hold; the invalid marker is never in it).
func Full[T ~uint8](t *Table[T]) Set[T] { return Set[T](1)<<min(t.Len(), 63) - 1 }
