package gen

import (
	"encoding"
	"fmt"
	"reflect"
	"strings"

	"github.com/invopop/jsonschema"
	"github.com/jichitai-sec/policy/date"
	"github.com/jichitai-sec/policy/field"
	"github.com/jichitai-sec/policy/zone"
)

// closedSet is the contract every closed set of the library meets (see
// package internal/enum): its members are T(1)…T(n), Valid reports
// membership, String returns the wire id, Ja and En the labels.
type closedSet interface {
	Valid() bool
	String() string
	Ja() string
	En() string
}

// member is one value of a string enumeration as the schema shows it.
type member struct {
	ID, Ja, En string
}

var (
	closedSetType       = reflect.TypeFor[closedSet]()
	textMarshalerType   = reflect.TypeFor[encoding.TextMarshaler]()
	textUnmarshalerType = reflect.TypeFor[encoding.TextUnmarshaler]()
	dateType            = reflect.TypeFor[date.Date]()
	endpointType        = reflect.TypeFor[zone.Endpoint]()
	functionsType       = reflect.TypeFor[zone.Functions]()
	functionType        = reflect.TypeFor[zone.Function]()
	pathType            = reflect.TypeFor[field.Path]()
)

// membersOf returns the members of closed set t, read through the
// contract: T(1), T(2), … while Valid. It reports false for a type that is
// not a closed set (not an 8-bit unsigned integer type with the contract's
// methods and text marshalling). A closed set whose zero value is valid,
// or with a valid value after the first invalid one, is an error: the
// schema would then silently miss members.
func membersOf(t reflect.Type) ([]member, bool, error) {
	if t.Kind() != reflect.Uint8 || !t.Implements(closedSetType) || !t.Implements(textMarshalerType) ||
		!reflect.PointerTo(t).Implements(textUnmarshalerType) {
		return nil, false, nil
	}
	at := func(i int) closedSet {
		v := reflect.New(t).Elem()
		v.SetUint(uint64(i))
		return v.Interface().(closedSet)
	}
	if at(0).Valid() {
		return nil, true, fmt.Errorf("gen: closed set %v: the zero value is valid", t)
	}
	var out []member
	n := 1
	for ; n < 256 && at(n).Valid(); n++ {
		m := at(n)
		out = append(out, member{ID: m.String(), Ja: m.Ja(), En: m.En()})
	}
	for i := n; i < 256; i++ {
		if at(i).Valid() {
			return nil, true, fmt.Errorf("gen: closed set %v: %d is valid after the invalid %d", t, i, n)
		}
	}
	if len(out) == 0 {
		return nil, true, fmt.Errorf("gen: closed set %v has no member", t)
	}
	return out, true, nil
}

// enumSchema is the schema of a string enumeration: the wire ids as enum,
// and oneOf a const per member whose description starts with the Japanese
// label, then the English one, as editors show it in completion lists;
// markdownEnumDescriptions carries the same for VS Code.
func enumSchema(ms []member, description string) *jsonschema.Schema {
	s := &jsonschema.Schema{Type: "string", Description: description}
	md := make([]any, 0, len(ms))
	for _, m := range ms {
		s.Enum = append(s.Enum, m.ID)
		s.OneOf = append(s.OneOf, &jsonschema.Schema{Const: m.ID, Title: m.Ja, Description: label(m)})
		md = append(md, "**"+markdownEscape(m.Ja)+"** — "+markdownEscape(m.En))
	}
	s.Extras = map[string]any{"markdownEnumDescriptions": md}
	return s
}

// label is a member's description: "機密性3B — confidentiality 3B".
func label(m member) string {
	if m.Ja == m.En {
		return m.Ja
	}
	return m.Ja + " — " + m.En
}

var markdownEscaper = strings.NewReplacer(
	`\`, `\\`, "*", `\*`, "_", `\_`, "`", "\\`", "[", `\[`, "]", `\]`, "<", `\<`, ">", `\>`, "#", `\#`, "|", `\|`)

func markdownEscape(s string) string { return markdownEscaper.Replace(s) }

// mapper is the Reflector's Mapper: every closed set becomes a reference
// to its enumeration in $defs, built once per file by one loop over the
// closed-set contract. The special cases are the types whose JSON is not a
// closed set: a date (a string of format date), an endpoint (a string
// "zone:<id>" or "network:<id>", whose members are built from the two
// closed sets) and a set of UTM functions (an array of function ids, each
// at most once); besides, a path of package field is a string of format
// json-pointer. Any other type that marshals itself as text is an error:
// invopop would emit it by its Go kind (an integer), not by its wire form.
func (g *generator) mapper(t reflect.Type) *jsonschema.Schema {
	switch t {
	case dateType:
		return g.ref(t, func() *jsonschema.Schema {
			return &jsonschema.Schema{
				Type: "string", Format: "date", Description: g.doc(t),
				// date.Parse reads years 0001-9999; format date alone also
				// allows year 0000.
				Not: &jsonschema.Schema{Type: "string", Pattern: "^0000"},
			}
		})
	case endpointType:
		return g.ref(t, func() *jsonschema.Schema {
			var ms []member
			for _, e := range zone.Endpoints() {
				ms = append(ms, member{ID: e.String(), Ja: e.Ja(), En: e.En()})
			}
			return enumSchema(ms, g.doc(t))
		})
	case pathType:
		return g.ref(t, func() *jsonschema.Schema {
			return &jsonschema.Schema{Type: "string", Format: "json-pointer", Description: g.doc(t)}
		})
	case functionsType:
		return g.ref(t, func() *jsonschema.Schema {
			return &jsonschema.Schema{Type: "array", Items: g.mapper(functionType), UniqueItems: true, Description: g.doc(t)}
		})
	}
	ms, ok, err := membersOf(t)
	switch {
	case err != nil:
		g.fail(err)
		return nil
	case ok:
		return g.ref(t, func() *jsonschema.Schema { return enumSchema(ms, g.doc(t)) })
	case t.Kind() != reflect.Pointer && (t.Implements(textMarshalerType) || reflect.PointerTo(t).Implements(textUnmarshalerType)):
		g.fail(fmt.Errorf("gen: %v marshals as text but is neither a closed set nor a special case", t))
	}
	return nil
}

// ref returns a reference to the definition of t in the current file's
// $defs, building it the first time.
func (g *generator) ref(t reflect.Type, build func() *jsonschema.Schema) *jsonschema.Schema {
	name := g.name(t)
	if _, ok := g.defs[name]; !ok {
		g.defs[name] = nil // reserve the name against recursion
		g.defs[name] = build()
	}
	return &jsonschema.Schema{Ref: "#/$defs/" + name}
}
