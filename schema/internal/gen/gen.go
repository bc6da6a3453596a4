// Package gen generates the files package schema publishes: the JSON
// Schemas, reflected from the Go types with github.com/invopop/jsonschema
// and a Mapper for the closed sets, and the catalogs as data. It runs by
// go generate ./schema (through genschema) and in the drift test, which
// compares what it writes with the committed files.
package gen

import (
	"encoding/json"
	"fmt"
	"reflect"
	"slices"
	"strconv"
	"strings"

	jsonv2 "github.com/go-json-experiment/json"
	"github.com/invopop/jsonschema"

	"github.com/jichitai-sec/policy"
	"github.com/jichitai-sec/policy/asset"
	"github.com/jichitai-sec/policy/control"
	"github.com/jichitai-sec/policy/schema/internal/manifest"
	"github.com/jichitai-sec/policy/vendors"
	"github.com/jichitai-sec/policy/zone"
)

// Roots maps each published schema to the Go type it is reflected from.
var Roots = map[string]reflect.Type{
	manifest.Document:       typeOf[policy.Document](),
	manifest.AssetRegister:  typeOf[AssetRegister](),
	manifest.Topology:       typeOf[TopologyFile](),
	manifest.VendorRegister: typeOf[VendorRegister](),
	manifest.Records:        typeOf[RecordList](),
	manifest.Report:         typeOf[policy.Report](),
	manifest.Clauses:        typeOf[ClauseTable](),
	manifest.Threats:        typeOf[ThreatCatalog](),
	manifest.Controls:       typeOf[ControlCatalog](),
	manifest.Handling:       typeOf[HandlingRules](),
}

// data returns the content of each published data file.
func data() map[string]any {
	return map[string]any{
		manifest.ClauseTable:    clauseTable(),
		manifest.ThreatCatalog:  threatCatalog(),
		manifest.ControlCatalog: controlCatalog(),
		manifest.HandlingRules:  handlingRules(),
	}
}

// Generate returns every published file (manifest.Files), by name, as it
// is committed: indented by two spaces, with a final newline. root is the
// module's root directory, whose Go source gives the descriptions.
func Generate(root string) (map[string][]byte, error) {
	c, err := readComments(root)
	if err != nil {
		return nil, err
	}
	g := &generator{comments: c, rules: rules()}
	values := data()
	out := map[string][]byte{}
	for _, f := range manifest.Files {
		var b []byte
		switch f.Kind {
		case manifest.Schema:
			t, ok := Roots[f.Name]
			if !ok {
				return nil, fmt.Errorf("gen: no Go type for %s", f.Name)
			}
			if b, err = g.file(f, t); err != nil {
				return nil, err
			}
		case manifest.Data:
			v, ok := values[f.Name]
			if !ok {
				return nil, fmt.Errorf("gen: no data for %s", f.Name)
			}
			raw, err := jsonv2.Marshal(v, jsonv2.Deterministic(true))
			if err != nil {
				return nil, fmt.Errorf("gen: %s: %w", f.Name, err)
			}
			if b, err = encodeData(raw); err != nil {
				return nil, fmt.Errorf("gen: %s: %w", f.Name, err)
			}
		}
		out[f.Name] = b
	}
	return out, nil
}

// generator holds, while one schema is reflected, the definitions the
// mapper adds and the Go type behind each struct definition.
type generator struct {
	comments comments
	rules    map[reflect.Type]typeRule
	defs     map[string]*jsonschema.Schema
	types    map[string]reflect.Type
	err      error
}

func (g *generator) fail(err error) {
	if g.err == nil {
		g.err = err
	}
}

// name is the name of t's definition: "zone.Zone", "policy.Document", or
// the bare name for the generator's own types.
func (g *generator) name(t reflect.Type) string {
	if t.Name() == "" {
		return ""
	}
	pkg := t.PkgPath()
	if pkg == typeOf[generator]().PkgPath() {
		return t.Name()
	}
	return pkg[strings.LastIndexByte(pkg, '/')+1:] + "." + t.Name()
}

func (g *generator) namer(t reflect.Type) string {
	n := g.name(t)
	if n != "" && t.Kind() == reflect.Struct {
		g.types[n] = t
	}
	return n
}

// doc returns the first paragraph of the doc comment of type t.
func (g *generator) doc(t reflect.Type) string { return g.comments[t.PkgPath()+"."+t.Name()] }

func (g *generator) file(f manifest.File, t reflect.Type) ([]byte, error) {
	g.defs, g.types, g.err = map[string]*jsonschema.Schema{}, map[string]reflect.Type{}, nil
	r := &jsonschema.Reflector{
		Anonymous:      true, // the $id is the manifest's
		ExpandedStruct: true, // the root type is the schema itself
		Mapper:         g.mapper,
		Namer:          g.namer,
		CommentMap:     g.comments,
	}
	s := r.ReflectFromType(t)
	if g.err != nil {
		return nil, fmt.Errorf("%s: %w", f.Name, g.err)
	}
	for n, d := range g.defs {
		s.Definitions[n] = d
	}
	if err := g.apply(s, t); err != nil {
		return nil, fmt.Errorf("%s: %w", f.Name, err)
	}
	for n, typ := range g.types {
		if d := s.Definitions[n]; d != nil {
			if err := g.apply(d, typ); err != nil {
				return nil, fmt.Errorf("%s: %w", f.Name, err)
			}
		}
	}
	// The rules may have added definitions (the rule ids).
	for n, d := range g.defs {
		s.Definitions[n] = d
	}
	if g.err != nil {
		return nil, fmt.Errorf("%s: %w", f.Name, g.err)
	}
	s.AllOf = append(s.AllOf, g.schemeLevels(t)...)

	s.ID = jsonschema.ID(f.ID())
	s.Version = jsonschema.Version
	s.Title = f.TitleJa + " — " + f.TitleEn
	s.Comments = "Generated from the Go types of github.com/jichitai-sec/policy by go generate ./schema; do not edit."
	if _, ok := s.Properties.Get("$schema"); !ok {
		props := jsonschema.NewProperties()
		props.Set("$schema", &jsonschema.Schema{Type: "string", Description: g.comments[fieldKey(typeOf[policy.Document](), "Schema")]})
		for p := s.Properties.Oldest(); p != nil; p = p.Next() {
			props.Set(p.Key, p.Value)
		}
		s.Properties = props
	}
	return encode(s)
}

// apply adds to the schema s of struct type t what its rule says.
func (g *generator) apply(s *jsonschema.Schema, t reflect.Type) error {
	rule, ok := g.rules[t]
	if !ok {
		return nil
	}
	for _, name := range rule.optional {
		if _, ok := s.Properties.Get(name); !ok {
			return fmt.Errorf("gen: %v has no member %q", t, name)
		}
		if !slices.Contains(s.Required, name) {
			return fmt.Errorf("gen: %v: member %q is already optional", t, name)
		}
		s.Required = slices.DeleteFunc(s.Required, func(n string) bool { return n == name })
	}
	for name, edit := range rule.props {
		p, ok := s.Properties.Get(name)
		if !ok {
			return fmt.Errorf("gen: %v has no member %q", t, name)
		}
		edit(g, p)
	}
	if rule.allOf != nil {
		s.AllOf = append(s.AllOf, rule.allOf(g)...)
	}
	return nil
}

func fieldKey(t reflect.Type, field string) string { return t.PkgPath() + "." + t.Name() + "." + field }

// withDescription returns a copy of s described by d.
func (g *generator) withDescription(s *jsonschema.Schema, d string) *jsonschema.Schema {
	c := *s
	c.Description = d
	return &c
}

// ruleIDs is a reference to the enumeration of the library's rule ids
// (policy.RuleIDs), whose members are those of the rule sets of the
// packages that report findings.
func (g *generator) ruleIDs() *jsonschema.Schema {
	return g.refNamed("policy.RuleID", func() *jsonschema.Schema {
		var ms []member
		for _, t := range []reflect.Type{typeOf[zone.Rule](), typeOf[asset.Rule](), typeOf[control.Rule](), typeOf[vendors.Rule]()} {
			m, ok, err := membersOf(t)
			if err != nil || !ok {
				g.fail(fmt.Errorf("gen: rule set %v: not a closed set (%v)", t, err))
				return nil
			}
			ms = append(ms, m...)
		}
		ids := make([]string, len(ms))
		for i, m := range ms {
			ids[i] = m.ID
		}
		if !slices.Equal(ids, policy.RuleIDs()) {
			g.fail(fmt.Errorf("gen: the rule sets %v are not policy.RuleIDs() %v", ids, policy.RuleIDs()))
		}
		return enumSchema(ms, g.comments[typeOf[policy.Document]().PkgPath()+".RuleIDs"])
	})
}

func (g *generator) refNamed(name string, build func() *jsonschema.Schema) *jsonschema.Schema {
	if _, ok := g.defs[name]; !ok {
		g.defs[name] = nil
		g.defs[name] = build()
	}
	return &jsonschema.Schema{Ref: "#/$defs/" + name}
}

// schemeLevels returns, for a root type with a classification scheme
// member, one rule per scheme: when the scheme is stated, every level
// under the root (classifications, the highest level planned for posting)
// is a code that scheme allows, as Validate requires (Forbidden): levels
// are plain codes, and the two schemes never mix.
func (g *generator) schemeLevels(t reflect.Type) []*jsonschema.Schema {
	var schemeMember string
	for _, f := range jsonFields(t) {
		if f.typ == typeOf[asset.Scheme]() {
			schemeMember = f.name
		}
	}
	if schemeMember == "" {
		return nil
	}
	var out []*jsonschema.Schema
	for _, sc := range asset.Schemes() {
		allowed := map[reflect.Type][]string{}
		for _, l := range sc.Confidentiality().Levels() {
			allowed[typeOf[asset.ConfidentialityLevel]()] = append(allowed[typeOf[asset.ConfidentialityLevel]()], l.String())
		}
		for _, l := range sc.Integrity().Levels() {
			allowed[typeOf[asset.IntegrityLevel]()] = append(allowed[typeOf[asset.IntegrityLevel]()], l.String())
		}
		for _, l := range sc.Availability().Levels() {
			allowed[typeOf[asset.AvailabilityLevel]()] = append(allowed[typeOf[asset.AvailabilityLevel]()], l.String())
		}
		then := skeleton(t, func(lt reflect.Type) *jsonschema.Schema {
			codes, ok := allowed[lt]
			if !ok {
				return nil
			}
			return &jsonschema.Schema{Type: "string", Enum: strs(codes),
				Description: "the codes scheme " + sc.String() + " allows (" + sc.Ja() + " — " + sc.En() + ")"}
		}, map[reflect.Type]bool{})
		if then != nil {
			out = append(out, ifThen(when(schemeMember, sc.String()), then))
		}
	}
	return out
}

// skeleton returns the schema that leads from a value of type t to every
// value of a type leaf maps, through properties and items only, or nil
// when there is none.
func skeleton(t reflect.Type, leaf func(reflect.Type) *jsonschema.Schema, seen map[reflect.Type]bool) *jsonschema.Schema {
	if s := leaf(t); s != nil {
		return s
	}
	switch t.Kind() {
	case reflect.Pointer:
		return skeleton(t.Elem(), leaf, seen)
	case reflect.Slice, reflect.Array:
		if it := skeleton(t.Elem(), leaf, seen); it != nil {
			return &jsonschema.Schema{Type: "array", Items: it}
		}
	case reflect.Struct:
		if seen[t] {
			return nil
		}
		seen[t] = true
		defer delete(seen, t)
		var ps []kv
		for _, f := range jsonFields(t) {
			if s := skeleton(f.typ, leaf, seen); s != nil {
				ps = append(ps, prop(f.name, s))
			}
		}
		if len(ps) > 0 {
			return object(ps...)
		}
	}
	return nil
}

type jsonField struct {
	name string
	typ  reflect.Type
}

// jsonFields returns the JSON members of struct type t, embedded structs
// inlined, as both JSON packages name them.
func jsonFields(t reflect.Type) []jsonField {
	var out []jsonField
	for i := range t.NumField() {
		f := t.Field(i)
		tag := f.Tag.Get("json")
		name, _, _ := strings.Cut(tag, ",")
		if name == "-" || (!f.IsExported() && !f.Anonymous) {
			continue
		}
		if f.Anonymous && name == "" && f.Type.Kind() == reflect.Struct {
			out = append(out, jsonFields(f.Type)...)
			continue
		}
		if name == "" {
			name = f.Name
		}
		out = append(out, jsonField{name, f.Type})
	}
	return out
}

func number(n int) json.Number { return json.Number(strconv.Itoa(n)) }

// DefName returns the name of the definition of Go type t under $defs.
func DefName(t reflect.Type) string { return (&generator{}).name(t) }
