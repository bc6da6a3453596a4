// Package enumtest holds every closed set of the library to the contract
// documented in package enum: members T(1)…T(n) in order, Valid, String as
// the kebab-case wire id (and a diagnosable form outside the set), Ja and
// En labels, MarshalText as the wire id, UnmarshalText as its exact inverse
// (wire ids only), and Parse accepting the ids, the Japanese labels (unless
// they are descriptions) and the documented aliases, and not the English
// labels.
//
// Each package's closed-set test is one call of Check per set; its one
// fuzz target, FuzzClosedSets, is Fuzz over a Case of each set (CaseOf),
// which runs CheckInput seeded with Seeds.
package enumtest

import (
	"encoding/json"
	"errors"
	"maps"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/jichitai-sec/policy/internal/enum"
)

// Kebab is the shape of every wire id: lower-case ASCII words and digits
// joined by single hyphens. Clause numbers ("6(3)ア") are the one
// documented exception and are checked by their own package.
var Kebab = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)

// Member is what every closed set provides.
type Member interface {
	~uint8
	Valid() bool
	String() string
	Ja() string
	En() string
	MarshalText() ([]byte, error)
}

// Set is the documented shape of one closed set.
type Set[T Member] struct {
	Name      string                  // "zone.Zone", as diagnostics print it
	All       []T                     // what the package's listing function returns
	IDs       []string                // the documented wire ids, in order
	Aliases   map[string]T            // the documented aliases Parse accepts
	Parse     func(string) (T, error) // the package's Parse function
	Described bool                    // the labels are descriptions, which Parse refuses
	AnyID     bool                    // the ids are not kebab-case (clause numbers)
}

// Check holds s to the contract.
func Check[T Member, PT interface {
	*T
	UnmarshalText([]byte) error
}](t *testing.T, s Set[T]) {
	t.Helper()
	if len(s.All) != len(s.IDs) {
		t.Fatalf("%s: listing has %d members, want %d (%q)", s.Name, len(s.All), len(s.IDs), s.IDs)
	}
	if len(s.IDs) == 0 {
		t.Fatalf("%s: the set has no members", s.Name)
	}
	ja, en := map[string]T{}, map[string]T{}
	for i, v := range s.All {
		id := s.IDs[i]
		if v != T(i+1) {
			t.Errorf("%s: member %d of the listing is %d, want %d", s.Name, i, v, i+1)
		}
		if !v.Valid() {
			t.Errorf("%s: %s is not Valid", s.Name, id)
		}
		if v.String() != id {
			t.Errorf("%s(%d).String() = %q, want %q", s.Name, v, v.String(), id)
		}
		if !s.AnyID && !Kebab.MatchString(id) {
			t.Errorf("%s: wire id %q is not kebab-case ASCII", s.Name, id)
		}
		if v.Ja() == "" || v.En() == "" {
			t.Errorf("%s %s: empty label (ja %q, en %q)", s.Name, id, v.Ja(), v.En())
		}
		if w, dup := ja[v.Ja()]; dup {
			t.Errorf("%s: %s and %s share the Japanese label %q", s.Name, w, v, v.Ja())
		}
		if w, dup := en[v.En()]; dup {
			t.Errorf("%s: %s and %s share the English label %q", s.Name, w, v, v.En())
		}
		ja[v.Ja()], en[v.En()] = v, v
		if b, err := v.MarshalText(); err != nil || string(b) != id {
			t.Errorf("%s %s: MarshalText = %q, %v", s.Name, id, b, err)
		}
		if b, err := json.Marshal(v); err != nil || string(b) != strconv.Quote(id) {
			t.Errorf("%s %s: json.Marshal = %s, %v", s.Name, id, b, err)
		}

		// The wire: the id and nothing else.
		var back T
		if err := PT(&back).UnmarshalText([]byte(id)); err != nil || back != v {
			t.Errorf("%s: UnmarshalText(%q) = %v, %v", s.Name, id, back, err)
		}
		people := []string{v.Ja()}
		for a, w := range s.Aliases {
			if w == v {
				people = append(people, a)
			}
		}
		if up := strings.ToUpper(id); up != id {
			people = append(people, up)
		}
		for _, sp := range people {
			if sp == id {
				continue
			}
			back = 0
			err := PT(&back).UnmarshalText([]byte(sp))
			var pe *enum.ParseError
			if !errors.As(err, &pe) || back != 0 {
				t.Errorf("%s: UnmarshalText(%q) = %v, %v; want a *ParseError (the wire takes ids only)", s.Name, sp, back, err)
			}
		}

		// Parse, for people.
		if got, err := s.Parse(id); err != nil || got != v {
			t.Errorf("%s: Parse(%q) = %v, %v", s.Name, id, got, err)
		}
		got, err := s.Parse(v.Ja())
		switch {
		case s.Described && err == nil && v.Ja() != id:
			t.Errorf("%s: Parse(%q) accepted a description", s.Name, v.Ja())
		case !s.Described && (err != nil || got != v):
			t.Errorf("%s: Parse(%q) = %v, %v; want %s", s.Name, v.Ja(), got, err, id)
		}
		// The English label is not a spelling (unless it is one already).
		if a, isAlias := s.Aliases[v.En()]; v.En() != id && (s.Described || v.En() != v.Ja()) && (!isAlias || a != v) {
			if got, err := s.Parse(v.En()); err == nil && got == v {
				t.Errorf("%s: Parse(%q) accepted the English label", s.Name, v.En())
			}
		}
	}
	for _, a := range slices.Sorted(maps.Keys(s.Aliases)) {
		if got, err := s.Parse(a); err != nil || got != s.Aliases[a] {
			t.Errorf("%s: documented alias Parse(%q) = %v, %v; want %v", s.Name, a, got, err, s.Aliases[a])
		}
	}

	// Outside the set: diagnosable, never written out, never read in.
	n := len(s.All)
	for _, bad := range []T{0, T(n + 1), T(255)} {
		if bad.Valid() {
			t.Errorf("%s(%d) is Valid", s.Name, bad)
		}
		want := s.Name + "(" + strconv.Itoa(int(bad)) + ")"
		if bad.String() != want || bad.Ja() != want || bad.En() != want {
			t.Errorf("%s(%d): String %q, Ja %q, En %q; want %q", s.Name, bad, bad.String(), bad.Ja(), bad.En(), want)
		}
		_, err := bad.MarshalText()
		var me *enum.MarshalError
		if !errors.As(err, &me) {
			t.Errorf("%s(%d).MarshalText() error = %v, want a *MarshalError", s.Name, bad, err)
		}
	}
	for _, junk := range []string{"", " " + s.IDs[0], s.IDs[0] + " ", "no-such-member", s.Name} {
		_, err := s.Parse(junk)
		checkParseError(t, s, junk, err)
	}
}

// checkParseError checks that err is the *ParseError of s for input in.
func checkParseError[T Member](t *testing.T, s Set[T], in string, err error) {
	t.Helper()
	var pe *enum.ParseError
	if !errors.As(err, &pe) {
		t.Errorf("%s: Parse(%q) error = %v, want a *ParseError", s.Name, in, err)
		return
	}
	if pe.Input != in || !slices.Equal(pe.Accepted, s.IDs) || pe.Pkg+"."+pe.Type != s.Name {
		t.Errorf("%s: Parse(%q) error %+v does not name the input, the set and its ids", s.Name, in, pe)
	}
}

// CheckInput holds one arbitrary text to the contract; it is the check of
// a closed set's Case in a fuzz target. Parse either returns a member
// that in spells exactly (its wire id, its Japanese label unless the labels
// are descriptions, or a documented alias) or the zero value and a
// *ParseError naming the input, the set and its ids. A parsed member
// marshals to its wire id, which Parse and UnmarshalText both read back as
// the same member. UnmarshalText accepts in exactly when it is a wire id
// and otherwise returns a *ParseError and leaves its destination
// unchanged.
func CheckInput[T Member, PT interface {
	*T
	UnmarshalText([]byte) error
}](t *testing.T, s Set[T], in string) {
	t.Helper()
	if len(s.All) == 0 || len(s.All) != len(s.IDs) {
		t.Fatalf("%s: listing has %d members and %d ids", s.Name, len(s.All), len(s.IDs))
	}
	sentinel := s.All[len(s.All)-1]
	dst := sentinel
	uerr := PT(&dst).UnmarshalText([]byte(in))
	wire := slices.Index(s.IDs, in)
	if wire >= 0 {
		if uerr != nil || dst != s.All[wire] {
			t.Errorf("%s: UnmarshalText(%q) = %v, %v; want %v", s.Name, in, dst, uerr, s.All[wire])
		}
	} else {
		var pe *enum.ParseError
		if !errors.As(uerr, &pe) || pe.Input != in || dst != sentinel {
			t.Errorf("%s: UnmarshalText(%q) = %v and set %v; want a *ParseError and %v unchanged (the wire takes ids only)",
				s.Name, in, uerr, dst, sentinel)
		}
	}

	v, err := s.Parse(in)
	if err != nil {
		checkParseError(t, s, in, err)
		if v != 0 {
			t.Errorf("%s: Parse(%q) returned %v with its error", s.Name, in, v)
		}
		if wire >= 0 {
			t.Errorf("%s: Parse(%q) refused a wire id: %v", s.Name, in, err)
		}
		return
	}
	if !v.Valid() {
		t.Fatalf("%s: Parse(%q) = %d, which is not Valid", s.Name, in, v)
	}
	alias, isAlias := s.Aliases[in]
	if in != v.String() && (s.Described || in != v.Ja()) && (!isAlias || alias != v) {
		t.Errorf("%s: Parse(%q) = %v, but the input is not its wire id, Japanese label or a documented alias", s.Name, in, v)
	}
	b, err := v.MarshalText()
	if err != nil || string(b) != s.IDs[int(v)-1] {
		t.Fatalf("%s: MarshalText of %v = %q, %v; want %q", s.Name, v, b, err, s.IDs[int(v)-1])
	}
	if back, err := s.Parse(string(b)); err != nil || back != v {
		t.Errorf("%s: Parse(MarshalText(Parse(%q))) = %v, %v; want %v", s.Name, in, back, err, v)
	}
	var back T
	if err := PT(&back).UnmarshalText(b); err != nil || back != v {
		t.Errorf("%s: UnmarshalText(MarshalText(Parse(%q))) = %v, %v; want %v", s.Name, in, back, err, v)
	}
}

// Seeds returns a seed corpus for fuzzing s: every wire id,
// label and documented alias, near misses of each (surrounding space, other
// case, a character short) and the diagnosable forms of non-members.
func Seeds[T Member](s Set[T]) []string {
	seeds := []string{"", " ", "\x00", "\xff", "\xe3\x82", s.Name, s.Name + "(0)", s.Name + "(1)", "no-such-member"}
	var spellings []string
	for _, v := range s.All {
		spellings = append(spellings, v.String(), v.Ja(), v.En())
	}
	spellings = append(spellings, slices.Sorted(maps.Keys(s.Aliases))...)
	for _, sp := range spellings {
		if sp == "" {
			continue
		}
		seeds = append(seeds, sp, " "+sp, sp+" ", strings.ToUpper(sp), sp[:len(sp)-1])
	}
	return seeds
}
