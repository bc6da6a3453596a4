package schema_test

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/jichitai-sec/policy/date"
	"github.com/jichitai-sec/policy/schema"
	"github.com/jichitai-sec/policy/schema/internal/gen"
	"github.com/jichitai-sec/policy/schema/internal/manifest"
	"github.com/jichitai-sec/policy/zone"
)

var update = flag.Bool("update", false, "rewrite the committed files under v1 (as go generate ./schema does)")

// TestDrift: the committed (and embedded) files are exactly what the
// generator writes; nothing else is under v1.
func TestDrift(t *testing.T) {
	want, err := gen.Generate("..")
	if err != nil {
		t.Fatal(err)
	}
	if *update {
		for name, b := range want {
			p := filepath.Join("v1", filepath.FromSlash(name))
			if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(p, b, 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
	for _, name := range schema.Files() {
		got, err := schema.File(name)
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		onDisk, err := os.ReadFile(filepath.Join("v1", filepath.FromSlash(name)))
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		if !bytes.Equal(got, want[name]) || !bytes.Equal(onDisk, want[name]) {
			t.Errorf("%s differs from what the generator writes; run go generate ./schema\n%s", name,
				cmp.Diff(string(want[name]), string(onDisk)))
		}
	}
	var present []string
	err = fs.WalkDir(os.DirFS("v1"), ".", func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			present = append(present, p)
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	slices.Sort(present)
	files := schema.Files()
	slices.Sort(files)
	if !slices.Equal(present, files) {
		t.Errorf("files under v1 %v, published %v", present, files)
	}
}

// decodeAny reads a published file as plain JSON.
func decodeAny(t *testing.T, name string) map[string]any {
	t.Helper()
	b, err := schema.File(name)
	if err != nil {
		t.Fatal(err)
	}
	var v map[string]any
	d := json.NewDecoder(bytes.NewReader(b))
	d.UseNumber()
	if err := d.Decode(&v); err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return v
}

// TestMetaSchema: every schema is valid against the draft 2020-12
// meta-schema, declares it, has the $id of its name, and compiles alone
// (no fetch) with format assertions on.
func TestMetaSchema(t *testing.T) {
	c := jsonschema.NewCompiler()
	c.UseLoader(noFetch{})
	meta, err := c.Compile("https://json-schema.org/draft/2020-12/schema")
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range schema.Schemas() {
		b, _ := schema.File(name)
		doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(b))
		if err != nil {
			t.Fatal(err)
		}
		if err := meta.Validate(doc); err != nil {
			t.Errorf("%s: %v", name, err)
		}
		m := doc.(map[string]any)
		if m["$schema"] != "https://json-schema.org/draft/2020-12/schema" || m["$id"] != schema.Base+name {
			t.Errorf("%s: $schema %v, $id %v", name, m["$schema"], m["$id"])
		}
		if !strings.Contains(schema.Base+name, "/v1/") {
			t.Errorf("%s: the $id carries no version", name)
		}
	}
	validators(t)
}

// keywords of draft 2020-12, and the editors' own.
var keywords = func() map[string]bool {
	m := map[string]bool{}
	for _, k := range strings.Fields(`$schema $id $ref $anchor $dynamicRef $dynamicAnchor $vocabulary $comment $defs
		prefixItems items contains additionalProperties properties patternProperties dependentSchemas propertyNames
		if then else allOf anyOf oneOf not unevaluatedItems unevaluatedProperties
		type const enum multipleOf maximum exclusiveMaximum minimum exclusiveMinimum maxLength minLength pattern
		maxItems minItems uniqueItems maxContains minContains maxProperties minProperties required dependentRequired
		format contentEncoding contentMediaType contentSchema title description default deprecated readOnly writeOnly examples
		markdownEnumDescriptions markdownDescription`) {
		m[k] = true
	}
	return m
}()

var (
	typed = map[string]string{
		"properties": "object", "required": "object", "additionalProperties": "object", "patternProperties": "object",
		"propertyNames": "object", "minProperties": "object", "maxProperties": "object", "dependentRequired": "object",
		"dependentSchemas": "object",
		"items":            "array", "prefixItems": "array", "minItems": "array", "maxItems": "array", "uniqueItems": "array", "contains": "array",
		"minLength": "string", "maxLength": "string", "pattern": "string", "format": "string",
	}
	schemaMaps   = []string{"properties", "$defs", "patternProperties", "dependentSchemas"}
	schemaValues = []string{"items", "not", "if", "then", "else", "additionalProperties", "contains", "propertyNames"}
	schemaLists  = []string{"allOf", "anyOf", "oneOf", "prefixItems"}
)

// walkSchemas calls f on every schema object of doc, with its location.
func walkSchemas(doc map[string]any, f func(at string, s map[string]any)) {
	var walk func(at string, v any)
	walk = func(at string, v any) {
		s, ok := v.(map[string]any)
		if !ok {
			return // a boolean schema
		}
		f(at, s)
		for _, k := range schemaMaps {
			if m, ok := s[k].(map[string]any); ok {
				for n, sub := range m {
					walk(at+"/"+k+"/"+escape(n), sub)
				}
			}
		}
		for _, k := range schemaValues {
			if sub, ok := s[k]; ok {
				walk(at+"/"+k, sub)
			}
		}
		for _, k := range schemaLists {
			if l, ok := s[k].([]any); ok {
				for i, sub := range l {
					walk(fmt.Sprintf("%s/%s/%d", at, k, i), sub)
				}
			}
		}
	}
	walk("#", doc)
}

// TestStrict holds the schemas to what a strict validator (Ajv's strict
// mode, editors) asks: no unknown keyword but the editors' own, no
// keyword of a type without that type, no required name missing from the
// properties beside it, every $ref local and resolved, regular
// expressions that compile.
func TestStrict(t *testing.T) {
	for _, name := range schema.Schemas() {
		doc := decodeAny(t, name)
		defs, _ := doc["$defs"].(map[string]any)
		walkSchemas(doc, func(at string, s map[string]any) {
			for k := range s {
				if !keywords[k] {
					t.Errorf("%s %s: unknown keyword %q", name, at, k)
				}
				if want, ok := typed[k]; ok && s["type"] != want {
					t.Errorf("%s %s: %s without type %q", name, at, k, want)
				}
			}
			if req, ok := s["required"].([]any); ok {
				props, _ := s["properties"].(map[string]any)
				for _, r := range req {
					if _, ok := props[r.(string)]; !ok {
						t.Errorf("%s %s: required %q is not among the properties", name, at, r)
					}
				}
			}
			if ref, ok := s["$ref"].(string); ok {
				def, found := strings.CutPrefix(ref, "#/$defs/")
				if _, ok := defs[def]; !found || !ok {
					t.Errorf("%s %s: $ref %q is not a definition of the file", name, at, ref)
				}
			}
			if p, ok := s["pattern"].(string); ok {
				if _, err := regexp.Compile(p); err != nil {
					t.Errorf("%s %s: pattern: %v", name, at, err)
				}
			}
			if md, ok := s["markdownEnumDescriptions"].([]any); ok {
				if en, _ := s["enum"].([]any); len(en) != len(md) {
					t.Errorf("%s %s: %d markdownEnumDescriptions for %d enum members", name, at, len(md), len(en))
				}
			}
		})
	}
}

// TestNoIntegerEnums: a closed set is never emitted as integers (invopop
// alone would, since it does not look at MarshalText): no enum or const
// anywhere holds a number.
func TestNoIntegerEnums(t *testing.T) {
	for _, name := range schema.Schemas() {
		walkSchemas(decodeAny(t, name), func(at string, s map[string]any) {
			vals, _ := s["enum"].([]any)
			if c, ok := s["const"]; ok {
				vals = append(vals, c)
			}
			for _, v := range vals {
				if _, ok := v.(json.Number); ok {
					t.Errorf("%s %s: number %v in an enum or const", name, at, v)
				}
			}
		})
	}
}

// closedSet is the contract of the library's closed sets.
type closedSet interface {
	Valid() bool
	String() string
	Ja() string
	En() string
}

// wireIDs reads the members of closed set t through the contract, or
// returns nil when t is not one.
func wireIDs(t reflect.Type) (ids, ja []string) {
	if t.Kind() != reflect.Uint8 || !t.Implements(reflect.TypeFor[closedSet]()) {
		return nil, nil
	}
	for i := 1; i < 256; i++ {
		v := reflect.New(t).Elem()
		v.SetUint(uint64(i))
		m := v.Interface().(closedSet)
		if !m.Valid() {
			break
		}
		ids, ja = append(ids, m.String()), append(ja, m.Ja())
	}
	return ids, ja
}

// TestClosedSetsAsWireIDs walks the Go types behind every schema: each
// member of a closed-set type is a string enumeration of exactly its wire
// ids, with one oneOf const per member titled by its Japanese label; a
// date is a string of format date; an endpoint is one of "zone:<id>" and
// "network:<id>"; a set of UTM functions is an array of unique function
// ids; and only Go integers are JSON integers.
func TestClosedSetsAsWireIDs(t *testing.T) {
	for name, root := range gen.Roots {
		doc := decodeAny(t, name)
		defs := doc["$defs"].(map[string]any)
		resolve := func(s map[string]any) map[string]any {
			for {
				ref, ok := s["$ref"].(string)
				if !ok {
					return s
				}
				s = defs[strings.TrimPrefix(ref, "#/$defs/")].(map[string]any)
			}
		}
		seen := map[reflect.Type]bool{}
		var check func(at string, typ reflect.Type, s map[string]any)
		check = func(at string, typ reflect.Type, s map[string]any) {
			s = resolve(s)
			for typ.Kind() == reflect.Pointer {
				typ = typ.Elem()
			}
			ids, ja := wireIDs(typ)
			switch {
			case typ == reflect.TypeFor[date.Date]():
				if s["type"] != "string" || s["format"] != "date" {
					t.Errorf("%s %s: a date is %v", name, at, s)
				}
			case typ == reflect.TypeFor[zone.Endpoint]():
				var want []string
				for _, e := range zone.Endpoints() {
					want = append(want, e.String())
				}
				checkEnum(t, name+" "+at, s, want, nil)
			case typ == reflect.TypeFor[zone.Functions]():
				if s["type"] != "array" || s["uniqueItems"] != true {
					t.Errorf("%s %s: functions are %v", name, at, s)
				}
				fids, fja := wireIDs(reflect.TypeFor[zone.Function]())
				checkEnum(t, name+" "+at+"/items", resolve(s["items"].(map[string]any)), fids, fja)
			case ids != nil:
				checkEnum(t, name+" "+at, s, ids, ja)
			case typ.Kind() == reflect.Struct:
				if seen[typ] {
					return
				}
				seen[typ] = true
				props, _ := s["properties"].(map[string]any)
				if s["type"] != "object" || s["additionalProperties"] != false {
					t.Errorf("%s %s: %v is not a closed object: %v", name, at, typ, s["type"])
				}
				for _, f := range goFields(typ) {
					p, ok := props[f.name].(map[string]any)
					if !ok {
						t.Errorf("%s %s: member %q of %v missing", name, at, f.name, typ)
						continue
					}
					check(at+"/"+f.name, f.typ, p)
				}
			case typ.Kind() == reflect.Slice:
				if s["type"] != "array" {
					t.Errorf("%s %s: a slice is %v", name, at, s["type"])
					return
				}
				check(at+"/*", typ.Elem(), s["items"].(map[string]any))
			case typ.Kind() == reflect.Int:
				if s["type"] != "integer" {
					t.Errorf("%s %s: an int is %v", name, at, s["type"])
				}
			case typ.Kind() == reflect.String:
				if s["type"] != "string" {
					t.Errorf("%s %s: a string is %v", name, at, s["type"])
				}
			case typ.Kind() == reflect.Bool:
				if s["type"] != "boolean" {
					t.Errorf("%s %s: a bool is %v", name, at, s["type"])
				}
			default:
				t.Errorf("%s %s: Go type %v (%v) is not expected in a format", name, at, typ, typ.Kind())
			}
		}
		check("", root, doc)
	}
}

func checkEnum(t *testing.T, at string, s map[string]any, ids, ja []string) {
	t.Helper()
	if s["type"] != "string" {
		t.Errorf("%s: type %v, want string", at, s["type"])
	}
	var got []string
	for _, v := range s["enum"].([]any) {
		got = append(got, v.(string))
	}
	if !slices.Equal(got, ids) {
		t.Errorf("%s: enum %v, want the wire ids %v", at, got, ids)
	}
	one, _ := s["oneOf"].([]any)
	if len(one) != len(ids) {
		t.Errorf("%s: %d oneOf for %d members", at, len(one), len(ids))
		return
	}
	for i, o := range one {
		m := o.(map[string]any)
		d, _ := m["description"].(string)
		if m["const"] != ids[i] || (ja != nil && (m["title"] != ja[i] || !strings.HasPrefix(d, ja[i]))) {
			t.Errorf("%s: oneOf %d is %v, want const %q, title and description from %q", at, i, m, ids[i], ja)
		}
	}
}

type goField struct {
	name string
	typ  reflect.Type
}

// goFields returns the JSON members of a struct type, embedded structs
// inlined.
func goFields(t reflect.Type) []goField {
	var out []goField
	for i := range t.NumField() {
		f := t.Field(i)
		name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		switch {
		case name == "-", !f.IsExported() && !f.Anonymous:
		case f.Anonymous && name == "":
			out = append(out, goFields(f.Type)...)
		default:
			if name == "" {
				name = f.Name
			}
			out = append(out, goField{name, f.Type})
		}
	}
	return out
}

// TestDescriptions: every member of every object is described, by its
// own description (from the Go field's doc comment) or by the definition
// it refers to (from the Go type's); every definition is described; every
// member of a closed set is described, Japanese label first.
func TestDescriptions(t *testing.T) {
	for _, name := range schema.Schemas() {
		doc := decodeAny(t, name)
		defs := doc["$defs"].(map[string]any)
		described := func(s map[string]any) bool {
			for range 3 {
				if d, _ := s["description"].(string); d != "" {
					return true
				}
				if it, ok := s["items"].(map[string]any); ok && s["$ref"] == nil {
					s = it
					continue
				}
				ref, ok := s["$ref"].(string)
				if !ok {
					return false
				}
				s = defs[strings.TrimPrefix(ref, "#/$defs/")].(map[string]any)
			}
			return false
		}
		if d, _ := doc["description"].(string); d == "" {
			t.Errorf("%s: no description", name)
		}
		for n, d := range defs {
			if s := d.(map[string]any); !described(s) {
				t.Errorf("%s: definition %s is not described", name, n)
			}
		}
		check := func(owner string, s map[string]any) {
			props, _ := s["properties"].(map[string]any)
			for p, v := range props {
				if !described(v.(map[string]any)) {
					t.Errorf("%s: member %q of %s is not described", name, p, owner)
				}
			}
		}
		check("the root", doc)
		for n, d := range defs {
			check(n, d.(map[string]any))
		}
	}
}

// TestCatalogs: each catalog is valid against its schema and names it.
func TestCatalogs(t *testing.T) {
	for _, f := range manifest.Files {
		if f.Kind != manifest.Data {
			continue
		}
		b, err := schema.File(f.Name)
		if err != nil {
			t.Fatal(err)
		}
		if err := validate(t, f.Schema, b); err != nil {
			t.Errorf("%s: %v", f.Name, err)
		}
		if got := decodeAny(t, f.Name)["$schema"]; got != schema.Base+f.Schema {
			t.Errorf("%s: $schema %v, want %s", f.Name, got, schema.Base+f.Schema)
		}
	}
}

func TestFile(t *testing.T) {
	a, err := schema.File("document.json")
	if err != nil {
		t.Fatal(err)
	}
	b, err := schema.File(schema.DocumentID)
	if err != nil || !bytes.Equal(a, b) {
		t.Errorf("File by $id: %v", err)
	}
	if _, err := schema.File("nosuch.json"); err == nil {
		t.Error("File(nosuch.json) did not fail")
	}
	if _, err := fs.ReadFile(schema.FS(), "catalog/clauses.json"); err != nil {
		t.Error(err)
	}
}
