// Package enum holds the table behind every closed set of the library: the
// stable wire id, the Japanese and English labels and the accepted aliases of
// each member, with the shared String, Parse and text-marshalling logic.
//
// Each domain package declares its own integer type (constants from 1, zero
// invalid) and one unexported Table for it; its methods are one-line calls
// into the table, so that every closed set behaves the same way.
package enum

import (
	"strconv"
	"strings"
)

// Entry describes one member of a closed set.
type Entry struct {
	ID      string   // stable English wire id, kebab-case
	Ja      string   // Japanese label, in the policy's own term
	En      string   // English label
	Aliases []string // other spellings Parse accepts (documented where used)
}

// Table is the description of one closed set whose members are the integers
// 1..len(Entries). A Table is built once at package initialisation and never
// modified afterwards.
type Table[T ~uint8] struct {
	Pkg     string  // package name, for diagnostics ("zone")
	Type    string  // type name, for diagnostics ("Zone")
	Entries []Entry // Entries[i] describes the member T(i+1)
	// IDOnly makes Parse accept wire ids and aliases but not Japanese
	// labels: for sets whose labels are descriptions (clause titles, rule
	// reasons) rather than names.
	IDOnly bool
}

// Valid reports whether v is a member of the set (the zero value is not).
func (t *Table[T]) Valid(v T) bool { return v >= 1 && int(v) <= len(t.Entries) }

func (t *Table[T]) entry(v T) *Entry { return &t.Entries[v-1] }

// String returns the wire id of v, or a diagnosable form such as
// "zone.Zone(9)" for a value outside the set. It never panics.
func (t *Table[T]) String(v T) string {
	if !t.Valid(v) {
		return t.Pkg + "." + t.Type + "(" + strconv.Itoa(int(v)) + ")"
	}
	return t.entry(v).ID
}

// Ja returns the Japanese label of v, or the diagnosable form for a value
// outside the set.
func (t *Table[T]) Ja(v T) string {
	if !t.Valid(v) {
		return t.String(v)
	}
	return t.entry(v).Ja
}

// En returns the English label of v, or the diagnosable form for a value
// outside the set.
func (t *Table[T]) En(v T) string {
	if !t.Valid(v) {
		return t.String(v)
	}
	return t.entry(v).En
}

// All returns every member in declaration order, in a new slice.
func (t *Table[T]) All() []T {
	out := make([]T, len(t.Entries))
	for i := range out {
		out[i] = T(i + 1)
	}
	return out
}

// Parse accepts a wire id, a Japanese label (unless IDOnly) or a listed
// alias, exactly as written (no case folding, no trimming). Anything else is
// a *ParseError.
func (t *Table[T]) Parse(s string) (T, error) {
	for i := range t.Entries {
		e := &t.Entries[i]
		if s == e.ID || (s == e.Ja && !t.IDOnly) {
			return T(i + 1), nil
		}
		for _, a := range e.Aliases {
			if s == a {
				return T(i + 1), nil
			}
		}
	}
	return 0, &ParseError{Pkg: t.Pkg, Type: t.Type, Input: s, Accepted: t.IDs()}
}

// IDs returns the wire ids of every member, in order.
func (t *Table[T]) IDs() []string {
	out := make([]string, len(t.Entries))
	for i, e := range t.Entries {
		out[i] = e.ID
	}
	return out
}

// MarshalText returns the wire id of v; a value outside the set is an error,
// so that an unset or corrupt value is never written out as if it were real.
func (t *Table[T]) MarshalText(v T) ([]byte, error) {
	if !t.Valid(v) {
		return nil, &ParseError{Pkg: t.Pkg, Type: t.Type, Input: t.String(v), Accepted: t.IDs(), Marshal: true}
	}
	return []byte(t.entry(v).ID), nil
}

// UnmarshalText parses b into *v; on error *v is left unchanged.
func (t *Table[T]) UnmarshalText(v *T, b []byte) error {
	p, err := t.Parse(string(b))
	if err != nil {
		return err
	}
	*v = p
	return nil
}

// ParseError reports text that names no member of a closed set, or an
// attempt to marshal a value outside the set.
type ParseError struct {
	Pkg      string   // package of the set, e.g. "zone"
	Type     string   // type of the set, e.g. "Zone"
	Input    string   // the text that was rejected
	Accepted []string // the wire ids the set accepts
	Marshal  bool     // true when a value outside the set was marshalled
}

// Error describes the problem in English and Japanese.
func (e *ParseError) Error() string {
	if e.Marshal {
		return e.Pkg + ": cannot marshal invalid " + e.Type + " " + strconv.Quote(e.Input) +
			" / 不正な値は出力できません"
	}
	return e.Pkg + ": unknown " + e.Type + " " + strconv.Quote(e.Input) +
		" (accepted: " + strings.Join(e.Accepted, ", ") + ") / 不明な値です"
}
