package asset

import (
	"strconv"
	"strings"

	"github.com/jichitai-sec/policy/internal/enum"
)

// This file holds what the three level types (ConfidentialityLevel,
// IntegrityLevel, AvailabilityLevel) share. Each type is a closed set whose
// members carry their scheme: the levels of both schemes are members of one
// set, with distinct values, so that a level of one scheme is never equal to
// a level of the other, and every comparison checks the schemes first.
//
// A level's wire id names its scheme ("guideline-2024:3B", "legacy:2"), so
// that a level written on its own is never ambiguous. Inside a
// Classification, which names its scheme once, a level is written by its
// bare code ("3B", "2").

// levelRow describes one level of one property.
type levelRow struct {
	scheme Scheme
	rank   uint8  // position within the scheme, 1 for the lowest
	band   uint8  // the leading number of the code: 3 for 3A, 3B, 3C and legacy 3
	code   string // as a document writes it within its scheme: "3B", "2"
	ja, en string // labels
}

// levelRows[p] lists the levels of property p, indexed by value-1.
var levelRows = [...][]levelRow{
	Confidentiality: confidentialityRows,
	Integrity:       integrityRows,
	Availability:    availabilityRows,
}

// levelTypes[p] is the Go type name of the levels of property p.
var levelTypes = [...]string{
	Confidentiality: "ConfidentialityLevel",
	Integrity:       "IntegrityLevel",
	Availability:    "AvailabilityLevel",
}

// levelEntries builds the enum table entries of a level type from its rows:
// the wire id is "<scheme>:<code>".
func levelEntries(rows []levelRow) []enum.Entry {
	out := make([]enum.Entry, len(rows))
	for i, r := range rows {
		out[i] = enum.Entry{ID: qualified(r), Ja: r.ja, En: r.en}
	}
	return out
}

func qualified(r levelRow) string { return r.scheme.String() + ":" + r.code }

// row returns the description of level v of property p, or nil for an
// invalid value.
func row(p Property, v uint8) *levelRow {
	if !p.Valid() || v == 0 || int(v) > len(levelRows[p]) {
		return nil
	}
	return &levelRows[p][v-1]
}

// levelsIn returns the levels of property p in scheme s, lowest first.
func levelsIn[T ~uint8](p Property, s Scheme) []T {
	var out []T
	for i, r := range levelRows[p] {
		if r.scheme == s {
			out = append(out, T(i+1))
		}
	}
	return out
}

// byRank returns the level of property p in scheme s at the given rank, or
// 0 when there is none.
func byRank(p Property, s Scheme, rank uint8) uint8 {
	for i, r := range levelRows[p] {
		if r.scheme == s && r.rank == rank {
			return uint8(i + 1)
		}
	}
	return 0
}

// topRank returns the rank of the highest level of property p in scheme s,
// or 0 for an invalid scheme.
func topRank(p Property, s Scheme) uint8 {
	var top uint8
	for _, r := range levelRows[p] {
		if r.scheme == s && r.rank > top {
			top = r.rank
		}
	}
	return top
}

func schemeOf(p Property, v uint8) Scheme {
	if r := row(p, v); r != nil {
		return r.scheme
	}
	return 0
}

func bandOf(p Property, v uint8) int {
	if r := row(p, v); r != nil {
		return int(r.band)
	}
	return 0
}

func codeOf(p Property, v uint8) string {
	if r := row(p, v); r != nil {
		return r.code
	}
	return "asset." + levelTypes[p] + "(" + strconv.Itoa(int(v)) + ")"
}

// compareLevels compares two levels of property p: -1, 0 or +1 as a is
// below, equal to or above b, and ok false when either is unset or invalid
// or the two belong to different schemes.
func compareLevels(p Property, a, b uint8) (cmp int, ok bool) {
	ra, rb := row(p, a), row(p, b)
	if ra == nil || rb == nil || ra.scheme != rb.scheme {
		return 0, false
	}
	switch {
	case ra.rank < rb.rank:
		return -1, true
	case ra.rank > rb.rank:
		return 1, true
	}
	return 0, true
}

// matches reports whether text names level r of property p: by its code,
// its Japanese label, the property's Japanese name followed by the code
// ("機密性3B"), or, when qualifiedOK, its wire id.
func matches(p Property, r *levelRow, text string, qualifiedOK bool) bool {
	return text == r.code || text == r.ja || text == p.Ja()+r.code ||
		(qualifiedOK && text == qualified(*r))
}

// parseLevel reads text as a level of property p in scheme s.
func parseLevel(p Property, s Scheme, text string, qualifiedOK bool) (uint8, error) {
	rows := levelRows[p]
	if !s.Valid() {
		return 0, &LevelError{Property: p, Scheme: s, Input: text}
	}
	for i := range rows {
		if rows[i].scheme == s && matches(p, &rows[i], text, qualifiedOK) {
			return uint8(i + 1), nil
		}
	}
	e := &LevelError{Property: p, Scheme: s, Input: text, Accepted: codes(p, s)}
	for i := range rows {
		if rows[i].scheme != s && matches(p, &rows[i], text, qualifiedOK) {
			e.Other = rows[i].scheme
			break
		}
	}
	return 0, e
}

// unmarshalLevel reads a level's wire id, "<scheme>:<code>".
func unmarshalLevel(p Property, text string) (uint8, error) {
	prefix, rest, found := strings.Cut(text, ":")
	if !found {
		return 0, &LevelError{Property: p, Input: text, NoScheme: true}
	}
	s, err := ParseScheme(prefix)
	if err != nil {
		return 0, &LevelError{Property: p, Input: text, NoScheme: true}
	}
	v, err := parseLevel(p, s, rest, false)
	if err != nil {
		e := err.(*LevelError)
		e.Input = text
		return 0, e
	}
	return v, nil
}

// codes lists the codes of property p in scheme s, highest first, for
// diagnostics.
func codes(p Property, s Scheme) []string {
	var out []string
	rows := levelRows[p]
	for i := len(rows) - 1; i >= 0; i-- {
		if rows[i].scheme == s {
			out = append(out, rows[i].code)
		}
	}
	return out
}

// LevelError reports text that names no level of a property in the scheme
// asked for. When the text names a level of the other scheme, Other says
// which: the two schemes are never mixed, so such a level is refused rather
// than translated.
type LevelError struct {
	Property Property // the property whose level was read
	Scheme   Scheme   // the scheme asked for (invalid when none was given)
	Input    string   // the text that was refused
	Other    Scheme   // when set, Input names a level of this other scheme
	NoScheme bool     // Input was read without a scheme and did not name one ("legacy:2")
	Accepted []string // the codes Scheme accepts, highest first
}

// Error describes the problem in English and Japanese.
func (e *LevelError) Error() string {
	what := e.Property.String() + " level " + strconv.Quote(e.Input)
	switch {
	case e.NoScheme:
		return "asset: " + what + " does not name its scheme: write it as <scheme>:<code>, e.g. guideline-2024:3B or legacy:2 / 分類体系が指定されていません"
	case !e.Scheme.Valid():
		return "asset: " + what + " cannot be read without a valid scheme (got " + e.Scheme.String() + ") / 分類体系が不明です"
	case e.Other != 0:
		return "asset: " + what + " belongs to scheme " + e.Other.String() + ", not " + e.Scheme.String() +
			"; the two schemes are never mixed (accepted: " + strings.Join(e.Accepted, ", ") + ") / " +
			e.Other.Ja() + "の区分であり、" + e.Scheme.Ja() + "では使えません"
	}
	return "asset: unknown " + what + " in scheme " + e.Scheme.String() +
		" (accepted: " + strings.Join(e.Accepted, ", ") + ") / 不明な区分です"
}
