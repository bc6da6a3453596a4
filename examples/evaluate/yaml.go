package main

import (
	"bytes"
	"errors"
	"math"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/go-json-experiment/json/jsontext"
	"github.com/goccy/go-yaml"
	"github.com/goccy/go-yaml/ast"
	"github.com/goccy/go-yaml/parser"
	"github.com/jichitai-sec/policy"
	"github.com/jichitai-sec/policy/field"
	"github.com/jichitai-sec/policy/lang"
)

// YAML documents are converted to JSON by walking the syntax tree of
// github.com/goccy/go-yaml (YAML 1.2), so that the conversion is exactly
// this, and predictable:
//
//   - one document per file; mappings become objects with their keys in
//     order, sequences arrays, plain and quoted strings and block scalars
//     strings, integers and floats numbers, true and false booleans, null
//     (and an empty value) null, which policy.Decode then refuses at its
//     path like any JSON null. A plain scalar is typed as YAML 1.2 types it:
//     2026-04-01 stays a string, 12 is a number, yes and no are strings;
//     quote a value to make it a string;
//   - anchors and aliases are allowed and expanded (an alias stands for a
//     copy of its anchor's value), within the same size cap as a JSON
//     document (policy.DefaultMaxBytes), so that nested aliases cannot
//     blow the document up;
//   - refused, each at its path with its line and column: a mapping key
//     that is not a string (a number, a boolean, null, a sequence, an alias:
//     JSON has string member names only), a repeated key (as a repeated
//     JSON member name is), the merge key <<, an explicit tag (!!str,
//     !custom), .inf and .nan, an alias to no anchor or to the value that
//     contains it, nesting deeper than maxYAMLDepth, invalid UTF-8, more
//     than one document, and an empty file.
//
// Repeated keys: go-yaml's parser refuses them by default, but with a
// message that names neither the path nor, in Japanese, the problem. So
// the program parses with parser.AllowDuplicateMapKey and refuses every
// repeated key itself, at its path and with the line and column of both
// keys (the test TestYAMLDuplicateKeys holds it to that); the JSON encoder
// would refuse one too, and policy.Decode a repeated member name after it.

// maxYAMLDepth is the deepest nesting of mappings and sequences accepted,
// far beyond any policy document (the JSON decoder's own limit is 10000).
const maxYAMLDepth = 200

// positions maps the JSON Pointer of each element of a converted document
// to the line and column of its YAML node (of the key, for a member).
type positions map[field.Path][2]int

// find returns the line and column of the element at p, or of its nearest
// ancestor that has one; 0, 0 when none has.
func (ps positions) find(p field.Path) (line, col int) {
	for {
		if lc, ok := ps[p]; ok {
			return lc[0], lc[1]
		}
		if p == field.Root {
			return 0, 0
		}
		p = p[:strings.LastIndexByte(string(p), '/')]
	}
}

// yamlToJSON converts the YAML document src to JSON, returning the JSON
// and the YAML positions of its elements, or a field.List of every problem
// found (see above).
func yamlToJSON(src []byte) ([]byte, positions, error) {
	if len(src) > policy.DefaultMaxBytes {
		return nil, nil, field.List{field.Invalid(field.Root, "", lang.Of(
			"文書が大きすぎる", "the document is larger than the size cap"))}
	}
	if !utf8.Valid(src) {
		e := field.Invalid(field.Root, "", lang.Of("UTF-8として正しくない文字がある", "invalid UTF-8"))
		e.Line, e.Column = lineCol(src, invalidUTF8At(src))
		return nil, nil, field.List{e}
	}
	file, err := parser.ParseBytes(src, 0, parser.AllowDuplicateMapKey())
	if err != nil {
		e := field.Invalid(field.Root, "", lang.Of("YAMLの構文誤り："+yamlMessage(err), "YAML syntax: "+yamlMessage(err)))
		var ye yaml.Error
		if errors.As(err, &ye) && ye.GetToken() != nil {
			e.Line, e.Column = ye.GetToken().Position.Line, ye.GetToken().Position.Column
		}
		return nil, nil, field.List{e}
	}
	var docs []*ast.DocumentNode
	for _, d := range file.Docs {
		if d != nil && d.Body != nil {
			docs = append(docs, d)
		}
	}
	switch {
	case len(docs) == 0:
		return nil, nil, field.List{field.Required(field.Root, lang.Of("YAML文書が空", "the YAML document is empty"))}
	case len(docs) > 1:
		e := field.Invalid(field.Root, "", lang.Of("YAML文書は一つだけにする（---で区切った二つ目以降がある）",
			"one YAML document only (there is a second after ---)"))
		e.Line, e.Column = at(docs[1].Body)
		return nil, nil, field.List{e}
	}
	c := converter{pos: positions{}, anchors: map[string]ast.Node{}, expanding: map[ast.Node]bool{}}
	c.enc = jsontext.NewEncoder(&c.out)
	c.pos[field.Root] = pair(at(docs[0].Body))
	c.value(docs[0].Body, field.Root, 0)
	if len(c.errs) > 0 {
		return nil, nil, c.errs
	}
	return c.out.Bytes(), c.pos, nil
}

// converter writes the JSON of a YAML tree.
type converter struct {
	out       bytes.Buffer
	enc       *jsontext.Encoder
	pos       positions
	anchors   map[string]ast.Node
	expanding map[ast.Node]bool // the anchored values being expanded, against an alias inside its own anchor
	aliased   int               // how many aliases deep the walk is: their copies record no positions
	errs      field.List
	stopped   bool // the size cap was reached: stop writing
}

// fail records a problem at path p, at the position of node n.
func (c *converter) fail(p field.Path, n ast.Node, kind field.Kind, value string, detail lang.Text) {
	e := &field.Error{Path: p, Kind: kind, Value: value, Detail: detail}
	e.Line, e.Column = at(n)
	c.errs = append(c.errs, e)
}

// write writes one token, recording a problem of the encoder (which
// refuses a repeated member name) at path p; after the size cap it writes
// nothing more.
func (c *converter) write(t jsontext.Token, p field.Path, n ast.Node) {
	if c.stopped {
		return
	}
	if err := c.enc.WriteToken(t); err != nil {
		var se *jsontext.SyntacticError
		if errors.As(err, &se) && errors.Is(se.Err, jsontext.ErrDuplicateName) {
			c.fail(p, n, field.KindDuplicate, "", lang.Of("同じキーが既にある", "this key is already used"))
		} else {
			c.fail(p, n, field.KindInvalid, "", lang.Of("JSONに変換できない："+err.Error(), "cannot be written as JSON: "+err.Error()))
		}
		c.stopped = true
		return
	}
	if c.enc.OutputOffset() > policy.DefaultMaxBytes {
		c.fail(p, n, field.KindInvalid, "", lang.Of("別名（エイリアス）の展開後の文書が大きすぎる", "the document is larger than the size cap once its aliases are expanded"))
		c.stopped = true
	}
}

// value writes the JSON of node n, the element at path p, depth levels
// down.
func (c *converter) value(n ast.Node, p field.Path, depth int) {
	if c.stopped {
		return
	}
	if depth > maxYAMLDepth {
		c.fail(p, n, field.KindInvalid, "", lang.Of("入れ子が深すぎる", "nested too deeply"))
		c.stopped = true
		return
	}
	switch n := n.(type) {
	case *ast.StringNode:
		c.write(jsontext.String(n.Value), p, n)
	case *ast.LiteralNode:
		c.write(jsontext.String(n.Value.Value), p, n)
	case *ast.IntegerNode:
		switch v := n.Value.(type) {
		case int64:
			c.write(jsontext.Int(v), p, n)
		case uint64:
			c.write(jsontext.Uint(v), p, n)
		default:
			c.fail(p, n, field.KindInvalid, n.Token.Value, lang.Of("整数として読めない", "not readable as an integer"))
			c.write(jsontext.Null, p, n)
		}
	case *ast.FloatNode:
		if math.IsInf(n.Value, 0) || math.IsNaN(n.Value) {
			c.fail(p, n, field.KindInvalid, n.Token.Value, lang.Of("JSONにない数値", "a number JSON cannot carry"))
			c.write(jsontext.Null, p, n)
			return
		}
		c.write(jsontext.Float(n.Value), p, n)
	case *ast.InfinityNode, *ast.NanNode:
		c.fail(p, n, field.KindInvalid, n.GetToken().Value, lang.Of("JSONにない数値（.inf・.nan）", "a number JSON cannot carry (.inf, .nan)"))
		c.write(jsontext.Null, p, n)
	case *ast.BoolNode:
		c.write(jsontext.Bool(n.Value), p, n)
	case *ast.NullNode:
		c.write(jsontext.Null, p, n)
	case *ast.MappingNode:
		c.object(n, n.Values, p, depth)
	case *ast.MappingValueNode:
		c.object(n, []*ast.MappingValueNode{n}, p, depth)
	case *ast.SequenceNode:
		c.write(jsontext.BeginArray, p, n)
		for i, v := range n.Values {
			q := p.Index(i)
			c.record(q, v)
			c.value(v, q, depth+1)
		}
		c.write(jsontext.EndArray, p, n)
	case *ast.AnchorNode:
		if name := anchorName(n.Name); name != "" {
			c.anchors[name] = n.Value
		}
		c.expand(n.Value, p, depth)
	case *ast.AliasNode:
		name := anchorName(n.Value)
		target, ok := c.anchors[name]
		switch {
		case !ok:
			c.fail(p, n, field.KindNotFound, "*"+name, lang.Of("この名前のアンカーがない", "no anchor has this name"))
			c.write(jsontext.Null, p, n)
		case c.expanding[target]:
			c.fail(p, n, field.KindInvalid, "*"+name, lang.Of("別名（エイリアス）が自身を含む値を指している", "the alias refers to a value that contains it"))
			c.stopped = true
		default:
			c.aliased++
			c.expand(target, p, depth)
			c.aliased--
		}
	case *ast.TagNode:
		c.fail(p, n, field.KindForbidden, n.Start.Value, lang.Of("YAMLのタグは使えない（値はタグなしで書く）", "YAML tags are not accepted (write the value without one)"))
		c.write(jsontext.Null, p, n)
	default:
		c.fail(p, n, field.KindInvalid, "", lang.Of("JSONに対応しないYAMLの要素", "a YAML element with no JSON equivalent"))
		c.write(jsontext.Null, p, n)
	}
}

// record records the position of node n as that of the element at path p;
// within the copy an alias stands for, nothing is recorded (a problem
// there is reported at the alias), so that the table stays as large as the
// YAML text, not as its expansion.
func (c *converter) record(p field.Path, n ast.Node) {
	if c.aliased == 0 {
		c.pos[p] = pair(at(n))
	}
}

// expand writes an anchored value, marking it as being expanded meanwhile.
func (c *converter) expand(n ast.Node, p field.Path, depth int) {
	c.expanding[n] = true
	c.value(n, p, depth)
	delete(c.expanding, n)
}

// object writes a mapping, whose pairs are vs, as a JSON object. A key
// already used in the mapping is refused, at its path, and its value
// skipped.
func (c *converter) object(n ast.Node, vs []*ast.MappingValueNode, p field.Path, depth int) {
	c.write(jsontext.BeginObject, p, n)
	seen := make(map[string]ast.Node, len(vs))
	for _, mv := range vs {
		key, ok := keyString(mv.Key)
		q := p.Child(key)
		switch first, dup := seen[key]; {
		case mv.Key != nil && mv.Key.IsMergeKey():
			c.fail(p, mv.Key, field.KindForbidden, "<<", lang.Of("YAMLのマージキー（<<）は使えない", "the YAML merge key << is not accepted"))
			continue
		case !ok:
			var k ast.Node = mv
			if mv.Key != nil {
				k = mv.Key
			}
			c.fail(p, k, field.KindInvalid, keyText(mv.Key), lang.Of(
				"キーは文字列で書く（数値・真偽値・null・別名などは使えない）",
				"a key is a string (not a number, a boolean, null, an alias or a collection)"))
			continue
		case dup:
			line, col := at(first)
			where := strconv.Itoa(line) + "行" + strconv.Itoa(col) + "列"
			c.fail(q, mv.Key, field.KindDuplicate, key, lang.Of(
				"同じキーが既にある（"+where+"）",
				"the key is already used (line "+strconv.Itoa(line)+", column "+strconv.Itoa(col)+")"))
			continue
		}
		seen[key] = mv.Key
		c.record(q, mv.Key)
		c.write(jsontext.String(key), q, mv.Key)
		c.value(mv.Value, q, depth+1)
	}
	c.write(jsontext.EndObject, p, n)
}

// keyString returns a mapping key that is a string scalar (plain or
// quoted).
func keyString(k ast.MapKeyNode) (string, bool) {
	var n ast.Node = k
	if mk, ok := n.(*ast.MappingKeyNode); ok {
		n = mk.Value
	}
	if s, ok := n.(*ast.StringNode); ok {
		return s.Value, true
	}
	return "", false
}

// keyText is a key as written, for a problem.
func keyText(k ast.MapKeyNode) string {
	if k == nil {
		return ""
	}
	return k.String()
}

// anchorName is the name of an anchor or alias.
func anchorName(n ast.Node) string {
	if n == nil {
		return ""
	}
	if s, ok := n.(*ast.StringNode); ok {
		return s.Value
	}
	return n.String()
}

// at is the line and column of node n; 0, 0 when unknown.
func at(n ast.Node) (line, col int) {
	if n == nil {
		return 0, 0
	}
	t := n.GetToken()
	if t == nil || t.Position == nil {
		return 0, 0
	}
	return t.Position.Line, t.Position.Column
}

func pair(line, col int) [2]int { return [2]int{line, col} }

// yamlMessage is the message of a YAML parser error, without its position
// and source excerpt (the problem carries the position).
func yamlMessage(err error) string {
	var ye yaml.Error
	if errors.As(err, &ye) {
		return ye.GetMessage()
	}
	return err.Error()
}

// invalidUTF8At is the offset of the first byte of src that is not valid
// UTF-8.
func invalidUTF8At(src []byte) int {
	for i := 0; i < len(src); {
		r, n := utf8.DecodeRune(src[i:])
		if r == utf8.RuneError && n == 1 {
			return i
		}
		i += n
	}
	return len(src)
}
