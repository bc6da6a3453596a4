// Package field reports problems in structured input, each with the path of
// the element concerned as a JSON Pointer (RFC 6901, such as
// "/topology/links/3/to"), a kind, the bad value and an explanation in
// Japanese and English.
//
// Validators in this library are pure functions that take the path they
// report under and return every problem they find at once, as a List,
// rather than stopping at the first. The idea follows Kubernetes'
// apimachinery field errors; the code is this library's. JSON Pointers are
// the form JSON Schema validators report an instance location in, so a
// problem found by Go code and an error an editor shows for the same
// element name the same place.
//
// A malformed input (a missing id, a reference to nothing, an unknown
// value) is a validation problem of this package. A well-formed input that
// falls short of the policy (an unclassified asset, a denied flow) is a
// finding of package finding instead.
package field

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/jichitai-sec/policy/internal/enum"
	"github.com/jichitai-sec/policy/lang"
)

// Path locates an element in a document as a JSON Pointer: "" is the whole
// document, "/assets/3/classification/confidentiality" a member deep
// inside it.
type Path string

// Root is the path of the whole document.
const Root Path = ""

// Child returns the path of the object member name under p.
func (p Path) Child(name string) Path { return p + "/" + Path(escape(name)) }

// Key returns the path of the entry with map key k under p. In a JSON
// Pointer a map key is written like a member name; Key exists so that the
// call site says which it means.
func (p Path) Key(k string) Path { return p.Child(k) }

// Index returns the path of element i of the array at p.
func (p Path) Index(i int) Path { return p + "/" + Path(strconv.Itoa(i)) }

// String returns the pointer as text.
func (p Path) String() string { return string(p) }

// escape writes a reference token: "~" as "~0" and "/" as "~1" (RFC 6901).
func escape(s string) string {
	if !strings.ContainsAny(s, "~/") {
		return s
	}
	return strings.NewReplacer("~", "~0", "/", "~1").Replace(s)
}

// Kind classifies a problem.
type Kind uint8

// The kinds of problem.
const (
	KindRequired     Kind = iota + 1 // a value that must be present is missing
	KindInvalid                      // a value is malformed or inconsistent
	KindNotSupported                 // a value is not one of those accepted
	KindDuplicate                    // a value that must be unique is repeated
	KindNotFound                     // a reference names nothing that exists
	KindForbidden                    // a value is well formed but not allowed here
)

// ParseError is the error of ParseKind and Kind.UnmarshalText.
type ParseError = enum.ParseError

// MarshalError is the error of Kind.MarshalText for an invalid kind.
type MarshalError = enum.MarshalError

var kinds = enum.New[Kind]([]enum.Entry{
	KindRequired:     {ID: "required", Ja: "必須項目の欠落", En: "required value missing"},
	KindInvalid:      {ID: "invalid", Ja: "不正な値", En: "invalid value"},
	KindNotSupported: {ID: "not-supported", Ja: "未対応の値", En: "unsupported value"},
	KindDuplicate:    {ID: "duplicate", Ja: "重複", En: "duplicate value"},
	KindNotFound:     {ID: "not-found", Ja: "参照先なし", En: "reference not found"},
	KindForbidden:    {ID: "forbidden", Ja: "許されない値", En: "forbidden value"},
})

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

// UnmarshalText accepts a wire id.
func (k *Kind) UnmarshalText(b []byte) error { return kinds.UnmarshalText(k, b) }

// Error is one problem at one path.
type Error struct {
	Path   Path      `json:"path"`            // where the problem is
	Kind   Kind      `json:"kind"`            // what sort of problem
	Value  string    `json:"value,omitempty"` // the offending value as text ("" when missing)
	Detail lang.Text `json:"detail"`          // what is wrong
	// Line and Column, when set, are where in the input text the problem
	// was found (1-based; the column counts bytes): a decoder sets them for
	// a problem it finds while reading.
	Line   int `json:"line,omitzero"`
	Column int `json:"column,omitzero"`
}

// Required reports a missing value at p.
func Required(p Path, detail lang.Text) *Error {
	return &Error{Path: p, Kind: KindRequired, Detail: detail}
}

// Invalid reports a malformed or inconsistent value at p.
func Invalid(p Path, value string, detail lang.Text) *Error {
	return &Error{Path: p, Kind: KindInvalid, Value: value, Detail: detail}
}

// Duplicate reports a value at p that must be unique and is repeated.
func Duplicate(p Path, value string, detail lang.Text) *Error {
	return &Error{Path: p, Kind: KindDuplicate, Value: value, Detail: detail}
}

// NotFound reports a reference at p that names nothing.
func NotFound(p Path, value string, detail lang.Text) *Error {
	return &Error{Path: p, Kind: KindNotFound, Value: value, Detail: detail}
}

// Forbidden reports a well-formed value at p that is not allowed there.
func Forbidden(p Path, value string, detail lang.Text) *Error {
	return &Error{Path: p, Kind: KindForbidden, Value: value, Detail: detail}
}

// Stringer is a value of a closed set, as NotSupported reports it.
type Stringer interface{ String() string }

// NotSupported reports a value at p that is not a member of its closed set,
// listing the members' wire ids, which it takes from the set itself.
func NotSupported[T Stringer](p Path, value T, members []T) *Error {
	ids := make([]string, len(members))
	for i, m := range members {
		ids[i] = m.String()
	}
	return &Error{Path: p, Kind: KindNotSupported, Value: value.String(), Detail: lang.Text{
		Ja: "次のいずれかを指定する：" + strings.Join(ids, "、"),
		En: "supported values: " + strings.Join(ids, ", "),
	}}
}

// maxQuoted is how much of a value Error quotes: a hostile document's
// value can be megabytes long, and a message repeats only its start.
const maxQuoted = 200

// quoteCut quotes v, or its first maxQuoted bytes (cut at a rune) and how
// long it is.
func quoteCut(v string) string {
	if len(v) <= maxQuoted {
		return strconv.Quote(v)
	}
	n := maxQuoted
	for n > 0 && !utf8.RuneStart(v[n]) {
		n--
	}
	return strconv.Quote(v[:n]) + "…(" + strconv.Itoa(len(v)) + " bytes)"
}

// Error renders the problem in both languages; a value longer than 200
// bytes is quoted in part.
func (e *Error) Error() string {
	var b strings.Builder
	if e.Path == Root {
		b.WriteString("(document)")
	} else {
		b.WriteString(string(e.Path))
	}
	if e.Line > 0 {
		b.WriteString(" (line " + strconv.Itoa(e.Line) + ", column " + strconv.Itoa(e.Column) + ")")
	}
	b.WriteString(": ")
	b.WriteString(e.Kind.En())
	if e.Value != "" {
		b.WriteString(" ")
		b.WriteString(quoteCut(e.Value))
	}
	if e.Detail.En != "" {
		b.WriteString(": ")
		b.WriteString(e.Detail.En)
	}
	b.WriteString(" / ")
	b.WriteString(e.Kind.Ja())
	if e.Detail.Ja != "" {
		b.WriteString("：")
		b.WriteString(e.Detail.Ja)
	}
	return b.String()
}

// List is every problem a validator found, in the order found.
type List []*Error

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
	parts := make([]string, 0, len(l))
	for _, e := range l {
		if e != nil {
			parts = append(parts, e.Error())
		}
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
