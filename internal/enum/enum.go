// Package enum holds the table behind every closed set of the library: the
// stable wire id, the Japanese and English labels and the accepted aliases of
// each member, with the shared String, Parse and text-marshalling logic.
//
// Each domain package declares its own integer type (constants from 1, zero
// invalid) and one unexported Table for it, built by New from entries keyed
// by the constants; its methods are one-line calls into the table, so that
// every closed set behaves the same way. The contract every closed set meets
// (and that package enumtest holds each one to, and the schema generator
// relies on):
//
//   - its members are T(1)…T(n), listed in that order by a function of the
//     package; the zero value is never a member;
//   - Valid reports membership; String returns the wire id (kebab-case
//     ASCII) or, for a non-member, a diagnosable form such as "zone.Zone(9)";
//   - Ja and En return the labels;
//   - MarshalText writes the wire id and refuses a non-member with a
//     *MarshalError; UnmarshalText accepts the wire ids only, so that it is
//     the exact inverse of MarshalText;
//   - Parse, for people, also accepts the Japanese labels (unless the labels
//     are descriptions) and the documented aliases; a rejected text is a
//     *ParseError.
package enum

import (
	"reflect"
	"slices"
	"strconv"
	"strings"

	"github.com/jichitai-sec/policy/lang"
)

// Entry describes one member of a closed set.
type Entry struct {
	ID      string   // stable English wire id, kebab-case
	Ja      string   // Japanese label, in the policy's own term
	En      string   // English label
	Aliases []string // other spellings Parse accepts (documented where used)
}

// Table is the description of one closed set whose members are the integers
// 1..n. A Table is built once at package initialisation and never modified
// afterwards.
type Table[T ~uint8] struct {
	pkg, typ string  // package and type name, for diagnostics ("zone", "Zone")
	entries  []Entry // entries[i] describes the member T(i)
	idOnly   bool    // Parse does not accept the labels
	byID     map[string]T
	bySpell  map[string]T
}

// New builds the table of closed set T from entries keyed by its constants:
//
//	enum.New[Zone]([]enum.Entry{MyNumberZone: {…}, BusinessZone: {…}})
//
// so that an entry cannot slide against its constant. Entry 0 must be left
// empty and every other entry filled (an alias may not be empty); ids and
// spellings must be unique. The package and type names used in diagnostics
// are taken from T. New panics on a malformed table, which is a programming
// error found at start-up.
func New[T ~uint8](entries []Entry) *Table[T] { return build[T](entries, false) }

// NewDescribed is New for sets whose labels are descriptions (clause titles,
// rule reasons) rather than names: Parse accepts the ids and aliases only.
func NewDescribed[T ~uint8](entries []Entry) *Table[T] { return build[T](entries, true) }

func build[T ~uint8](entries []Entry, idOnly bool) *Table[T] {
	rt := reflect.TypeFor[T]()
	pkg := rt.PkgPath()
	pkg = pkg[strings.LastIndexByte(pkg, '/')+1:]
	t := &Table[T]{pkg: pkg, typ: rt.Name(), entries: entries, idOnly: idOnly,
		byID: map[string]T{}, bySpell: map[string]T{}}
	if len(entries) < 2 || entries[0].ID != "" || entries[0].Ja != "" || entries[0].En != "" || len(entries[0].Aliases) != 0 {
		panic("enum: " + t.name() + ": entry 0 must be empty and at least one member given")
	}
	if len(entries) > 256 {
		panic("enum: " + t.name() + ": more members than a uint8 holds")
	}
	for i := 1; i < len(entries); i++ {
		e := &entries[i]
		v := T(i)
		if e.ID == "" || e.Ja == "" || e.En == "" {
			panic("enum: " + t.name() + ": member " + strconv.Itoa(i) + " lacks an id or a label")
		}
		if slices.Contains(e.Aliases, "") {
			panic("enum: " + t.name() + ": member " + strconv.Itoa(i) + " has an empty alias")
		}
		spellings := append([]string{e.ID}, e.Aliases...)
		if !idOnly {
			spellings = append(spellings, e.Ja)
		}
		for _, s := range spellings {
			if w, dup := t.bySpell[s]; dup && w != v {
				panic("enum: " + t.name() + ": spelling " + strconv.Quote(s) + " names two members")
			}
			t.bySpell[s] = v
		}
		t.byID[e.ID] = v
	}
	return t
}

func (t *Table[T]) name() string { return t.pkg + "." + t.typ }

// Valid reports whether v is a member of the set (the zero value is not).
func (t *Table[T]) Valid(v T) bool { return v >= 1 && int(v) < len(t.entries) }

// Len returns the number of members.
func (t *Table[T]) Len() int { return len(t.entries) - 1 }

// String returns the wire id of v, or a diagnosable form such as
// "zone.Zone(9)" for a value outside the set. It never panics.
func (t *Table[T]) String(v T) string {
	if !t.Valid(v) {
		return t.name() + "(" + strconv.Itoa(int(v)) + ")"
	}
	return t.entries[v].ID
}

// Ja returns the Japanese label of v, or the diagnosable form for a value
// outside the set.
func (t *Table[T]) Ja(v T) string {
	if !t.Valid(v) {
		return t.String(v)
	}
	return t.entries[v].Ja
}

// En returns the English label of v, or the diagnosable form for a value
// outside the set.
func (t *Table[T]) En(v T) string {
	if !t.Valid(v) {
		return t.String(v)
	}
	return t.entries[v].En
}

// Label returns both labels of v.
func (t *Table[T]) Label(v T) lang.Text { return lang.Text{Ja: t.Ja(v), En: t.En(v)} }

// All returns every member in declaration order, in a new slice.
func (t *Table[T]) All() []T {
	out := make([]T, t.Len())
	for i := range out {
		out[i] = T(i + 1)
	}
	return out
}

// IDs returns the wire ids of every member, in order, in a new slice.
func (t *Table[T]) IDs() []string {
	out := make([]string, t.Len())
	for i := range out {
		out[i] = t.entries[i+1].ID
	}
	return out
}

// Parse accepts a wire id, a Japanese label (unless the labels are
// descriptions) or a listed alias, exactly as written (no case folding, no
// trimming). Anything else is a *ParseError.
func (t *Table[T]) Parse(s string) (T, error) {
	if v, ok := t.bySpell[s]; ok {
		return v, nil
	}
	return 0, t.parseError(s)
}

// ParseID accepts a wire id only.
func (t *Table[T]) ParseID(s string) (T, error) {
	if v, ok := t.LookupID(s); ok {
		return v, nil
	}
	return 0, t.parseError(s)
}

// LookupID is ParseID without the error, for a caller that reports a miss
// its own way: it never allocates.
func (t *Table[T]) LookupID(s string) (T, bool) {
	v, ok := t.byID[s]
	return v, ok
}

func (t *Table[T]) parseError(s string) *ParseError {
	return &ParseError{Pkg: t.pkg, Type: t.typ, Input: s, Accepted: t.IDs()}
}

// MarshalText returns the wire id of v; a value outside the set is a
// *MarshalError, so that an unset or corrupt value is never written out as
// if it were real.
func (t *Table[T]) MarshalText(v T) ([]byte, error) {
	if !t.Valid(v) {
		return nil, &MarshalError{Pkg: t.pkg, Type: t.typ, Value: t.String(v)}
	}
	return []byte(t.entries[v].ID), nil
}

// UnmarshalText reads a wire id into *v (labels and aliases are for Parse
// only); on error *v is left unchanged.
func (t *Table[T]) UnmarshalText(v *T, b []byte) error {
	p, err := t.ParseID(string(b))
	if err != nil {
		return err
	}
	*v = p
	return nil
}

// ParseError reports text that names no member of a closed set. Every
// package with a closed set exports it under its own name (zone.ParseError,
// asset.ParseError, …), so callers can match it with errors.As.
type ParseError struct {
	Pkg      string   // package of the set, e.g. "zone"
	Type     string   // type of the set, e.g. "Zone"
	Input    string   // the text that was rejected
	Accepted []string // the wire ids the set accepts
}

// Error describes the problem in English and Japanese.
func (e *ParseError) Error() string {
	return e.Pkg + ": unknown " + e.Type + " " + strconv.Quote(e.Input) +
		" (accepted: " + strings.Join(e.Accepted, ", ") + ") / 不明な値です"
}

// MarshalError reports an attempt to marshal a value that is not a member
// of its closed set (an unset or corrupt value).
type MarshalError struct {
	Pkg   string // package of the set, e.g. "zone"
	Type  string // type of the set, e.g. "Zone"
	Value string // the diagnosable form of the value, e.g. "zone.Zone(9)"
}

// Error describes the problem in English and Japanese.
func (e *MarshalError) Error() string {
	return e.Pkg + ": cannot marshal invalid " + e.Type + " " + e.Value + " / 不正な値は出力できません"
}
