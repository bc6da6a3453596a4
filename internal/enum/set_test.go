package enum

import (
	"slices"
	"strconv"
	"testing"
)

func TestSetWithHas(t *testing.T) {
	s := SetOf(blue, red)
	for v := 0; v <= 255; v++ {
		want := color(v) == red || color(v) == blue
		if got := s.Has(color(v)); got != want {
			t.Errorf("SetOf(blue, red).Has(%d) = %v, want %v", v, got, want)
		}
	}
	if got := s.With(red); got != s {
		t.Errorf("adding a member twice changed the set: %b, want %b", got, s)
	}
	if got := s.With(green); !got.Has(green) || s.Has(green) {
		t.Errorf("With returned %b and changed its receiver to %b", got, s)
	}
	if SetOf[color]() != 0 || SetOf[color]().Len() != 0 || SetOf[color]().List() != nil {
		t.Error("SetOf() is not the empty set")
	}
	if got := SetOf[color](63); !got.Has(63) || got.Len() != 1 || !slices.Equal(got.List(), []color{63}) {
		t.Errorf("SetOf(63) = %b, Len %d, List %v", got, got.Len(), got.List())
	}
}

// A value outside 1..63 is not dropped: it marks the set invalid, which
// Within reports, while Has, Len and List see the members only.
func TestSetInvalidMarker(t *testing.T) {
	for _, v := range []color{0, 64, 65, 255} {
		s := SetOf(red, v)
		if s == SetOf(red) {
			t.Errorf("SetOf(red, %d) dropped %d", v, v)
		}
		if s.Has(v) || !s.Has(red) || s.Len() != 1 || !slices.Equal(s.List(), []color{red}) {
			t.Errorf("SetOf(red, %d): Has(%d) %v, Len %d, List %v; want only red", v, v, s.Has(v), s.Len(), s.List())
		}
		if s.Within(colors) {
			t.Errorf("SetOf(red, %d) is Within the table", v)
		}
		if s.Minus(SetOf(red)).Within(colors) || s.Minus(SetOf(v)).Within(colors) || s.Minus(s).Within(colors) {
			t.Errorf("subtracting from SetOf(red, %d) dropped the invalid marker", v)
		}
		if s.Minus(s) == 0 {
			t.Errorf("SetOf(red, %d).Minus(itself) is the valid empty set", v)
		}
		if u := SetOf(green).Union(s); u.Within(colors) || !slices.Equal(u.List(), []color{red, green}) {
			t.Errorf("Union with SetOf(red, %d) = %v, Within %v; want red, green and invalid", v, u.List(), u.Within(colors))
		}
	}
}

func TestSetUnionMinus(t *testing.T) {
	a, b := SetOf(red, green), SetOf(green, blue)
	cases := []struct {
		name string
		got  Set[color]
		want []color
	}{
		{"a∪b", a.Union(b), []color{red, green, blue}},
		{"b∪a", b.Union(a), []color{red, green, blue}},
		{"a∖b", a.Minus(b), []color{red}},
		{"b∖a", b.Minus(a), []color{blue}},
		{"a∖a", a.Minus(a), nil},
		{"a∖∅", a.Minus(0), []color{red, green}},
		{"∅∪b", Set[color](0).Union(b), []color{green, blue}},
	}
	for _, c := range cases {
		if got := c.got.List(); !slices.Equal(got, c.want) {
			t.Errorf("%s = %v, want %v", c.name, got, c.want)
		}
		if c.got.Len() != len(c.want) || !c.got.Within(colors) {
			t.Errorf("%s: Len %d, Within %v; want %d, true", c.name, c.got.Len(), c.got.Within(colors), len(c.want))
		}
	}
	if a != SetOf(red, green) || b != SetOf(green, blue) {
		t.Error("Union or Minus changed an operand")
	}
}

func TestSetListOrder(t *testing.T) {
	s := SetOf[color](40, 3, 63, 1, 17)
	if got, want := s.List(), []color{1, 3, 17, 40, 63}; !slices.Equal(got, want) || s.Len() != 5 {
		t.Errorf("List() = %v (Len %d), want %v", got, s.Len(), want)
	}
	l := s.List()
	l[0] = 2
	if s.List()[0] != 1 {
		t.Error("List does not return a new slice")
	}
}

func TestSetWithinFull(t *testing.T) {
	full := Full(colors)
	if full != SetOf(red, green, blue) || full.Len() != 3 || !slices.Equal(full.List(), colors.All()) {
		t.Errorf("Full(colors) = %v (Len %d), want every member", full.List(), full.Len())
	}
	for _, c := range []struct {
		s    Set[color]
		want bool
	}{
		{0, true},
		{SetOf(red), true},
		{SetOf(red, blue), true},
		{full, true},
		{SetOf[color](4), false},
		{SetOf(red, 4), false},
		{SetOf[color](63), false},
	} {
		if got := c.s.Within(colors); got != c.want {
			t.Errorf("%v.Within(colors) = %v, want %v", c.s.List(), got, c.want)
		}
	}
}

// bigTable returns a table of n members m1…mn.
func bigTable(n int) *Table[color] {
	entries := make([]Entry, n+1)
	for i := 1; i <= n; i++ {
		s := "m" + strconv.Itoa(i)
		entries[i] = Entry{ID: s, Ja: s, En: s}
	}
	return New[color](entries)
}

func TestSetFullAtTheLimit(t *testing.T) {
	t63 := bigTable(63)
	full := Full(t63)
	if full.Len() != 63 || !full.Has(1) || !full.Has(63) || !full.Within(t63) {
		t.Errorf("Full of 63 members: Len %d, Has(1) %v, Has(63) %v", full.Len(), full.Has(1), full.Has(63))
	}
	if SetOf[color](0).Within(t63) || full.With(64).Within(t63) {
		t.Error("an invalid set is Within a 63-member table")
	}
	// A larger table than a Set can hold: Full keeps the invalid marker out.
	t70 := bigTable(70)
	if f := Full(t70); f.Len() != 63 || SetOf[color](64).Within(t70) || SetOf[color](0).Within(t70) {
		t.Errorf("Full of 70 members: Len %d; invalid sets Within it: %v, %v",
			f.Len(), SetOf[color](64).Within(t70), SetOf[color](0).Within(t70))
	}
}
