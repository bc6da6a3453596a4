package gen

import (
	"bytes"
	"encoding/json"
	"unicode"
	"unicode/utf8"

	"github.com/go-json-experiment/json/jsontext"
	"github.com/invopop/jsonschema"
)

// encode writes schema s as the committed files are: keywords in a fixed
// order (identity, then what a reader looks for first: title, description,
// type and values, then the structure, $defs last), two-space indentation,
// strings in their shortest form, invisible runes escaped, a final
// newline.
func encode(s *jsonschema.Schema) ([]byte, error) {
	b, err := json.Marshal(s)
	if err != nil {
		return nil, err
	}
	n, err := parseJSON(b)
	if err != nil {
		return nil, err
	}
	n.reorderSchema()
	return n.bytes()
}

// encodeData writes a data file: indented, invisible runes escaped, a
// final newline.
func encodeData(b []byte) ([]byte, error) {
	n, err := parseJSON(b)
	if err != nil {
		return nil, err
	}
	return n.bytes()
}

// jnode is a JSON value that keeps the order of object members.
type jnode struct {
	kind jsontext.Kind // '{', '[' or the kind of a scalar
	keys []string      // an object's member names
	vals []*jnode      // an object's member values, an array's elements
	raw  jsontext.Value
}

func parseJSON(b []byte) (*jnode, error) {
	return readNode(jsontext.NewDecoder(bytes.NewReader(b)))
}

func readNode(d *jsontext.Decoder) (*jnode, error) {
	switch d.PeekKind() {
	case '{', '[':
		tok, err := d.ReadToken()
		if err != nil {
			return nil, err
		}
		n := &jnode{kind: tok.Kind()}
		for d.PeekKind() != '}' && d.PeekKind() != ']' {
			if n.kind == '{' {
				k, err := d.ReadToken()
				if err != nil {
					return nil, err
				}
				n.keys = append(n.keys, k.String())
			}
			v, err := readNode(d)
			if err != nil {
				return nil, err
			}
			n.vals = append(n.vals, v)
		}
		if _, err := d.ReadToken(); err != nil {
			return nil, err
		}
		return n, nil
	}
	v, err := d.ReadValue()
	if err != nil {
		return nil, err
	}
	return &jnode{kind: v.Kind(), raw: bytes.Clone(v)}, nil
}

func (n *jnode) write(e *jsontext.Encoder) error {
	switch n.kind {
	case '{', '[':
		begin, end := jsontext.BeginObject, jsontext.EndObject
		if n.kind == '[' {
			begin, end = jsontext.BeginArray, jsontext.EndArray
		}
		if err := e.WriteToken(begin); err != nil {
			return err
		}
		for i, v := range n.vals {
			if n.kind == '{' {
				if err := e.WriteToken(jsontext.String(n.keys[i])); err != nil {
					return err
				}
			}
			if err := v.write(e); err != nil {
				return err
			}
		}
		return e.WriteToken(end)
	}
	return e.WriteValue(n.raw)
}

func (n *jnode) bytes() ([]byte, error) {
	var buf bytes.Buffer
	e := jsontext.NewEncoder(&buf, jsontext.Multiline(true), jsontext.WithIndent("  "))
	if err := n.write(e); err != nil {
		return nil, err
	}
	return escapeInvisible(buf.Bytes()), nil
}

// keywordOrder is the order of the keywords of a schema object; others
// follow in the order invopop writes them.
var keywordOrder = []string{
	"$schema", "$id", "$comment", "title", "description", "$ref", "type", "const", "enum", "oneOf",
	"markdownEnumDescriptions", "format", "pattern", "minLength", "maxLength", "minimum", "maximum",
	"items", "minItems", "maxItems", "uniqueItems", "properties", "required", "additionalProperties",
	"allOf", "anyOf", "if", "then", "else", "not",
}

var (
	schemaMaps   = map[string]bool{"properties": true, "$defs": true, "patternProperties": true, "dependentSchemas": true}
	schemaValues = map[string]bool{"items": true, "not": true, "if": true, "then": true, "else": true,
		"additionalProperties": true, "contains": true, "propertyNames": true, "contentSchema": true,
		"unevaluatedItems": true, "unevaluatedProperties": true}
	schemaLists = map[string]bool{"allOf": true, "anyOf": true, "oneOf": true, "prefixItems": true}
)

// reorderSchema puts the keywords of schema n, and of every schema in it,
// in keywordOrder, $defs last. Member names of properties and $defs, and
// values (const, enum, …), keep their order.
func (n *jnode) reorderSchema() {
	if n.kind != '{' {
		return // a boolean schema
	}
	rank := func(k string) int {
		if k == "$defs" {
			return len(keywordOrder) + 1
		}
		for i, o := range keywordOrder {
			if o == k {
				return i
			}
		}
		return len(keywordOrder)
	}
	idx := make([]int, len(n.keys))
	for i := range idx {
		idx[i] = i
	}
	// A stable insertion sort: schema objects are small.
	for i := 1; i < len(idx); i++ {
		for j := i; j > 0 && rank(n.keys[idx[j]]) < rank(n.keys[idx[j-1]]); j-- {
			idx[j], idx[j-1] = idx[j-1], idx[j]
		}
	}
	keys, vals := make([]string, len(idx)), make([]*jnode, len(idx))
	for i, j := range idx {
		keys[i], vals[i] = n.keys[j], n.vals[j]
	}
	n.keys, n.vals = keys, vals
	for i, k := range n.keys {
		v := n.vals[i]
		switch {
		case schemaMaps[k] && v.kind == '{':
			for _, s := range v.vals {
				s.reorderSchema()
			}
		case schemaValues[k]:
			v.reorderSchema()
		case schemaLists[k] && v.kind == '[':
			for _, s := range v.vals {
				s.reorderSchema()
			}
		}
	}
}

// escapeInvisible writes as \u escapes the runes of JSON text src that a
// reader could not see: white space other than ASCII (U+3000 included)
// and runes that are not graphic. Outside strings JSON text is ASCII, so
// each such rune is inside a string, where the escape stands for the same
// rune: the value is unchanged.
func escapeInvisible(src []byte) []byte {
	const hex = "0123456789abcdef"
	out := make([]byte, 0, len(src))
	u := func(r rune) {
		out = append(out, '\\', 'u', hex[r>>12&0xf], hex[r>>8&0xf], hex[r>>4&0xf], hex[r&0xf])
	}
	for i := 0; i < len(src); {
		if src[i] < utf8.RuneSelf {
			out = append(out, src[i])
			i++
			continue
		}
		r, n := utf8.DecodeRune(src[i:])
		switch {
		case !unicode.IsSpace(r) && unicode.IsGraphic(r):
			out = append(out, src[i:i+n]...)
		case r > 0xffff:
			r -= 0x10000
			u(0xd800 + r>>10)
			u(0xdc00 + r&0x3ff)
		default:
			u(r)
		}
		i += n
	}
	return append(out, '\n')
}
