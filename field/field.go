// Package field reports problems in structured input, each with the path of
// the element concerned (such as "links[3].to"), a kind, the bad value and
// an explanation in English and Japanese.
//
// Validators in this library are pure functions that return every problem
// they find at once, as a List, rather than stopping at the first. The idea
// follows Kubernetes' apimachinery field errors; the code is this library's.
package field

import (
	"strconv"
	"strings"

	"github.com/jichitai-sec/policy/internal/enum"
)

// Path locates an element in a document, written as a dotted path with
// indices: "assets[3].classification.confidentiality". The empty Path is
// the document root.
type Path string

// Child returns the path of the named field under p.
func (p Path) Child(name string) Path {
	if p == "" {
		return Path(name)
	}
	return p + "." + Path(name)
}

// Index returns the path of element i of the list at p.
func (p Path) Index(i int) Path { return p + "[" + Path(strconv.Itoa(i)) + "]" }

// String returns the path as text.
func (p Path) String() string { return string(p) }

// Kind classifies a problem.
type Kind uint8

// The kinds of problem.
const (
	Required    Kind = iota + 1 // a value that must be present is missing
	Invalid                     // a value is malformed or inconsistent
	Unsupported                 // a value is not one of those accepted
	Duplicate                   // a value that must be unique is repeated
	NotFound                    // a reference names nothing that exists
	Forbidden                   // a value is well formed but not allowed here
)

var kinds = enum.Table[Kind]{Pkg: "field", Type: "Kind", Entries: []enum.Entry{
	{ID: "required", Ja: "必須項目の欠落", En: "required value missing"},
	{ID: "invalid", Ja: "不正な値", En: "invalid value"},
	{ID: "unsupported", Ja: "未対応の値", En: "unsupported value"},
	{ID: "duplicate", Ja: "重複", En: "duplicate value"},
	{ID: "not-found", Ja: "参照先なし", En: "reference not found"},
	{ID: "forbidden", Ja: "許されない値", En: "forbidden value"},
}}

// Kinds returns every kind of problem.
func Kinds() []Kind { return kinds.All() }

// ParseKind accepts a kind's wire id or Japanese label.
func ParseKind(s string) (Kind, error) { return kinds.Parse(s) }

// Valid reports whether k is a kind of problem.
func (k Kind) Valid() bool { return kinds.Valid(k) }

// String returns the kind's wire id.
func (k Kind) String() string { return kinds.String(k) }

// Ja returns the Japanese label.
func (k Kind) Ja() string { return kinds.Ja(k) }

// En returns the English label.
func (k Kind) En() string { return kinds.En(k) }

// MarshalText returns the wire id; an invalid kind is an error.
func (k Kind) MarshalText() ([]byte, error) { return kinds.MarshalText(k) }

// UnmarshalText parses a wire id or Japanese label.
func (k *Kind) UnmarshalText(b []byte) error { return kinds.UnmarshalText(k, b) }

// Error is one problem at one path.
type Error struct {
	Path   Path   // where the problem is
	Kind   Kind   // what sort of problem
	Value  string // the offending value as text ("" when missing)
	En, Ja string // what is wrong, in English and Japanese
}

// Error renders the problem in both languages.
func (e *Error) Error() string {
	var b strings.Builder
	b.WriteString(string(e.Path))
	b.WriteString(": ")
	b.WriteString(e.Kind.En())
	if e.Value != "" {
		b.WriteString(" ")
		b.WriteString(strconv.Quote(e.Value))
	}
	if e.En != "" {
		b.WriteString(": ")
		b.WriteString(e.En)
	}
	b.WriteString(" / ")
	b.WriteString(e.Kind.Ja())
	if e.Ja != "" {
		b.WriteString("：")
		b.WriteString(e.Ja)
	}
	return b.String()
}

// List is every problem a validator found, in the order found.
type List []*Error

// Add appends a problem and returns the extended list.
func (l List) Add(path Path, kind Kind, value, en, ja string) List {
	return append(l, &Error{Path: path, Kind: kind, Value: value, En: en, Ja: ja})
}

// Err returns nil for an empty list and the list itself, as an error,
// otherwise.
func (l List) Err() error {
	if len(l) == 0 {
		return nil
	}
	return l
}

// Error renders every problem, one per line.
func (l List) Error() string {
	parts := make([]string, len(l))
	for i, e := range l {
		parts[i] = e.Error()
	}
	return strings.Join(parts, "\n")
}

// Unwrap returns the problems, so errors.As finds a *Error in a List.
func (l List) Unwrap() []error {
	out := make([]error, len(l))
	for i, e := range l {
		out[i] = e
	}
	return out
}
