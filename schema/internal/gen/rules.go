package gen

import (
	"reflect"
	"slices"
	"strings"
	"unicode"

	"github.com/invopop/jsonschema"

	"github.com/jichitai-sec/policy"
	"github.com/jichitai-sec/policy/asset"
	"github.com/jichitai-sec/policy/control"
	"github.com/jichitai-sec/policy/date"
	"github.com/jichitai-sec/policy/finding"
	"github.com/jichitai-sec/policy/vendors"
	"github.com/jichitai-sec/policy/zone"
)

// typeRule is what the schema of one struct type says beyond what its Go
// type and JSON tags give, so that the schema requires exactly what
// policy.Decode (through Document.Validate and the domain validators)
// requires, and refuses what they refuse where JSON Schema can say it.
//
// invopop marks required every member without omitempty or omitzero.
// Decode itself requires no member; a member is required in the schema
// when its absence (its Go zero value) is a problem Validate reports.
// optional lists the members without either option whose zero value is
// nevertheless valid (an empty list, an empty register, an unclassified
// classification); props adds keywords to properties; allOf adds the
// conditional rules (a member required or forbidden depending on another).
type typeRule struct {
	optional []string
	props    map[string]func(g *generator, s *jsonschema.Schema)
	allOf    func(g *generator) []*jsonschema.Schema
}

func typeOf[T any]() reflect.Type { return reflect.TypeFor[T]() }

// rules is every struct type of the formats with something to add. The
// comments say which validator each rule mirrors.
func rules() map[reflect.Type]typeRule {
	return map[reflect.Type]typeRule{
		typeOf[policy.Document](): {
			// Every list may be empty and the register and topology may be
			// left out: Validate accepts the zero values.
			optional: []string{"topology", "assets", "exceptions", "records", "vendors", "evaluations", "risks", "changes"},
			props: props{
				"version": constant(policy.FormatVersion), // Validate: Required, or Invalid unless FormatVersion
			}.m(),
		},
		typeOf[policy.Organization](): {
			props: props{
				"name":   nonBlank,                 // Required when blank
				"bodies": all(minItems(1), unique), // Required when empty; Duplicate
			}.m(),
		},
		typeOf[policy.Intervals](): {
			props: props{ // Required when 0, Invalid outside 1-120
				"recordCheckMonths":            between(1, 120),
				"evaluationMonths":             between(1, 120),
				"contractorConfirmationMonths": between(1, 120),
			}.m(),
		},
		typeOf[policy.Raise](): {
			props: props{
				"rule": func(g *generator, s *jsonschema.Schema) { *s = *g.withDescription(g.ruleIDs(), s.Description) },
				// Forbidden: a setting can only raise, to error or warning.
				"to": enumOf(finding.Error.String(), finding.Warning.String()),
			}.m(),
		},
		typeOf[finding.Finding](): {
			props: props{
				"rule": func(g *generator, s *jsonschema.Schema) { *s = *g.withDescription(g.ruleIDs(), s.Description) },
			}.m(),
		},

		// zone (Topology.Validate, ValidateExceptions)
		typeOf[zone.Topology](): {optional: []string{"nodes", "links"}},
		typeOf[zone.Node](): {
			props: props{"id": id}.m(), // Required when ""; the asset may be ""
		},
		typeOf[zone.Link](): {
			props: props{"from": nonEmpty, "to": nonEmpty}.m(),
			// Forbidden: a method belongs to sanitized transfer only.
			allOf: func(*generator) []*jsonschema.Schema {
				return []*jsonschema.Schema{ifThen(whenNot("channel", zone.Sanitized.String()), forbid("method"))}
			},
		},
		typeOf[zone.Safeguard](): {
			// The zero safeguard is no safeguard, and a kind alone is valid
			// (Present reports it as providing nothing); functions without
			// a kind are Invalid, at the safeguard.
			optional: []string{"kind", "functions"},
			allOf: func(*generator) []*jsonschema.Schema {
				return []*jsonschema.Schema{{AnyOf: []*jsonschema.Schema{
					requires("kind"),
					object(prop("functions", &jsonschema.Schema{Type: "array", MaxItems: ptr[uint64](0)})),
				}}}
			},
		},
		typeOf[zone.Exception](): {
			props: props{
				"id":            id,
				"covers":        all(minItems(1), unique), // Required when empty; Duplicate pair
				"justification": nonBlank,
			}.m(),
			allOf: func(*generator) []*jsonschema.Schema {
				sanitized := zone.Sanitized.String()
				return []*jsonschema.Schema{
					// method: Required for sanitized transfer, Forbidden otherwise.
					ifThen(when("channel", sanitized), requires("method")),
					ifThen(whenNot("channel", sanitized), forbid("method")),
					// A national allowance needs no expiry date; a local
					// approval does (Required). The flow must be one an
					// exception of its basis may open (Forbidden, at the
					// exception).
					{
						If:   requires("allowance"),
						Then: grantable(true),
						Else: &jsonschema.Schema{AllOf: []*jsonschema.Schema{requires("expiresOn"), grantable(false)}},
					},
				}
			},
		},
		typeOf[zone.NodePair](): {props: props{"from": nonEmpty, "to": nonEmpty}.m()},

		// asset (asset.Validate)
		typeOf[asset.Asset](): {
			// An unclassified property is a finding of Check, not a
			// problem of the input: the classification may be left out.
			optional: []string{"classification"},
			props: props{
				"id":       id,
				"name":     nonBlank,
				"contains": all(items(nonEmpty), unique), // Required when ""; Duplicate
			}.m(),
			allOf: func(*generator) []*jsonschema.Schema {
				var zoned []string
				for _, k := range asset.Kinds() {
					if k.ZoneRequired() {
						zoned = append(zoned, k.String())
					}
				}
				return []*jsonschema.Schema{
					ifThen(when("kind", zoned...), requires("zone")),                                                            // Required
					ifThen(whenNot("kind", asset.Network.String()), object(prop("wireless", &jsonschema.Schema{Const: false}))), // Forbidden
				}
			},
		},

		// control (ValidateRecords, ValidateEvaluations, AssessRisks, ValidateChanges)
		typeOf[control.Record](): {
			allOf: func(*generator) []*jsonschema.Schema {
				var org []string
				for _, c := range control.All() {
					if c.Scope() == control.ScopeOrganization {
						org = append(org, c.String())
					}
				}
				return []*jsonschema.Schema{
					// Forbidden: an organization-wide control is not recorded per asset.
					ifThen(when("control", org...), object(prop("asset", &jsonschema.Schema{Type: "string", MaxLength: ptr[uint64](0)}))),
					// Required: a planned control states its target date.
					ifThen(when("status", control.StatusPlanned.String()), requires("target")),
				}
			},
		},
		typeOf[control.Evaluation](): {
			optional: []string{"results"}, // an evaluation may record no result yet
			props:    props{"id": id}.m(),
		},
		typeOf[control.Result](): {props: props{"item": nonBlank}.m()},
		typeOf[control.Risk](): {
			props: props{
				"id":     id,
				"assets": all(minItems(1), items(nonEmpty), unique), // Required when empty or ""; Duplicate
			}.m(),
		},
		typeOf[control.Change](): {
			props: props{"id": id}.m(),
			allOf: func(*generator) []*jsonschema.Schema {
				return []*jsonschema.Schema{ifThen(when("kind", control.ChangeNewThreat.String()), requires("threat"))}
			},
		},

		// vendors (vendors.Validate)
		typeOf[vendors.Contractor](): {
			props: props{
				"id": id, "name": nonBlank, "work": nonBlank,
				"assets":         all(items(nonEmpty), unique),
				"systemWork":     unique,
				"selection":      unique,
				"subcontractors": all(items(nonEmpty), unique),
			}.m(),
		},
		typeOf[vendors.Contract](): {props: props{"requirements": unique}.m()},
		typeOf[vendors.Service](): {
			props: props{
				"id": id, "name": nonBlank, "provider": nonBlank, "use": nonBlank,
				"assets": all(items(nonEmpty), unique),
			}.m(),
		},
		typeOf[vendors.Account](): {
			props: props{
				"id": id, "service": nonBlank, "handle": nonBlank, "purpose": nonBlank,
				"credentials":       unique,
				"credentialHolders": all(items(nonBlank), unique),
			}.m(),
		},

		// pieces exchanged alone
		typeOf[AssetRegister]():  {optional: []string{"assets"}},
		typeOf[RecordList]():     {optional: []string{"records"}},
		typeOf[TopologyFile]():   {},
		typeOf[VendorRegister](): {},
	}
}

// grantable is the flows an exception may open, as Exception.Status judges
// them (national: a standing national allowance; otherwise a local
// approval): anyOf the (from, to, channel) combinations it does not find
// ExceptionNotGrantable, computed by asking it about every combination.
func grantable(national bool) *jsonschema.Schema {
	type key struct{ from, to string }
	channels := map[key][]string{}
	var order []key
	on := date.MustParse("2026-04-01")
	for _, from := range zone.Endpoints() {
		for _, to := range zone.Endpoints() {
			for _, ch := range zone.Channels() {
				e := zone.Exception{ID: "x", From: from, To: to, Channel: ch, Justification: "x",
					Covers: []zone.NodePair{{From: "a", To: "b"}}, ApprovedBy: "x", ApprovedOn: on, ExpiresOn: on}
				if ch == zone.Sanitized {
					e.Method = zone.Methods()[0]
				}
				if national {
					e.Allowance = zone.NationalAllowances()[0]
				}
				if e.Status(on) == zone.ExceptionNotGrantable {
					continue
				}
				k := key{from.String(), to.String()}
				if channels[k] == nil {
					order = append(order, k)
				}
				channels[k] = append(channels[k], ch.String())
			}
		}
	}
	s := &jsonschema.Schema{}
	for _, k := range order {
		s.AnyOf = append(s.AnyOf, object(
			prop("from", &jsonschema.Schema{Const: k.from}),
			prop("to", &jsonschema.Schema{Const: k.to}),
			prop("channel", &jsonschema.Schema{Enum: strs(channels[k])}),
		))
	}
	return s
}

// props maps member names to keyword edits.
type props map[string]func(*generator, *jsonschema.Schema)

func (p props) m() map[string]func(*generator, *jsonschema.Schema) { return p }

func all(fs ...func(*generator, *jsonschema.Schema)) func(*generator, *jsonschema.Schema) {
	return func(g *generator, s *jsonschema.Schema) {
		for _, f := range fs {
			f(g, s)
		}
	}
}

// id: an id, which field.IDs requires to be well formed
// (field.WellFormedID: no rune of the categories C, M or Z). That two ids
// of one list differ even once case and width are folded is beyond a
// schema, and Decode's alone.
func id(_ *generator, s *jsonschema.Schema) { s.Pattern = idPattern }

// idPattern is field.WellFormedID as a pattern, in the Unicode property
// classes that RE2 and ECMA 262 (with the u flag) both read.
const idPattern = `^[^\p{C}\p{M}\p{Z}]+$`

// nonEmpty: a string the validators require not to be "" (references
// compared with "").
func nonEmpty(_ *generator, s *jsonschema.Schema) { s.MinLength = ptr[uint64](1) }

// nonBlank: a string the validators require to hold something other than
// white space (strings.TrimSpace, hence unicode.IsSpace, U+3000 included).
func nonBlank(_ *generator, s *jsonschema.Schema) { s.Pattern = nonBlankPattern }

// nonBlankPattern matches a string with at least one rune that is not
// white space by unicode.IsSpace. The white space is written as the runes
// themselves, not as \s (which differs between regular-expression
// dialects: RE2's \s is ASCII only, ECMA 262's is not TrimSpace's set).
var nonBlankPattern = func() string {
	var b strings.Builder
	b.WriteString("[^")
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if !unicode.IsSpace(r) {
			continue
		}
		lo := r
		for r+1 <= unicode.MaxRune && unicode.IsSpace(r+1) {
			r++
		}
		b.WriteRune(lo)
		if r > lo {
			if r > lo+1 {
				b.WriteByte('-')
			}
			b.WriteRune(r)
		}
	}
	b.WriteByte(']')
	return b.String()
}()

var unique = func(_ *generator, s *jsonschema.Schema) { s.UniqueItems = true }

func minItems(n uint64) func(*generator, *jsonschema.Schema) {
	return func(_ *generator, s *jsonschema.Schema) { s.MinItems = ptr(n) }
}

func items(f func(*generator, *jsonschema.Schema)) func(*generator, *jsonschema.Schema) {
	return func(g *generator, s *jsonschema.Schema) { f(g, s.Items) }
}

func between(lo, hi int) func(*generator, *jsonschema.Schema) {
	return func(_ *generator, s *jsonschema.Schema) {
		s.Minimum, s.Maximum = number(lo), number(hi)
	}
}

func constant(v string) func(*generator, *jsonschema.Schema) {
	return func(_ *generator, s *jsonschema.Schema) { s.Const = v }
}

func enumOf(vs ...string) func(*generator, *jsonschema.Schema) {
	return func(_ *generator, s *jsonschema.Schema) { s.Enum = strs(vs) }
}

// object returns {type: object, properties: ps}.
func object(ps ...kv) *jsonschema.Schema {
	s := &jsonschema.Schema{Type: "object", Properties: jsonschema.NewProperties()}
	for _, p := range ps {
		s.Properties.Set(p.k, p.v)
	}
	return s
}

type kv struct {
	k string
	v *jsonschema.Schema
}

func prop(k string, v *jsonschema.Schema) kv { return kv{k, v} }

// requires: the members are present.
func requires(names ...string) *jsonschema.Schema {
	s := object()
	for _, n := range names {
		s.Properties.Set(n, jsonschema.TrueSchema)
	}
	s.Required = slices.Clone(names)
	return s
}

// forbid: the member is absent.
func forbid(name string) *jsonschema.Schema { return object(prop(name, jsonschema.FalseSchema)) }

// when: the member is present and one of vs.
func when(name string, vs ...string) *jsonschema.Schema {
	s := object(prop(name, &jsonschema.Schema{Enum: strs(vs)}))
	s.Required = []string{name}
	return s
}

// whenNot: the member is absent or none of vs.
func whenNot(name string, vs ...string) *jsonschema.Schema {
	return object(prop(name, &jsonschema.Schema{Not: &jsonschema.Schema{Enum: strs(vs)}}))
}

func ifThen(i, t *jsonschema.Schema) *jsonschema.Schema { return &jsonschema.Schema{If: i, Then: t} }

func strs(vs []string) []any {
	out := make([]any, len(vs))
	for i, v := range vs {
		out[i] = v
	}
	return out
}

func ptr[T any](v T) *T { return &v }
