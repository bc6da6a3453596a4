package policy_test

import (
	"bytes"
	"go/token"
	"maps"
	"os"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/jichitai-sec/policy"
	"github.com/jichitai-sec/policy/asset"
	"github.com/jichitai-sec/policy/clause"
	"github.com/jichitai-sec/policy/control"
	"github.com/jichitai-sec/policy/date"
	"github.com/jichitai-sec/policy/field"
	"github.com/jichitai-sec/policy/finding"
	"github.com/jichitai-sec/policy/lang"
	"github.com/jichitai-sec/policy/policytest"
	"github.com/jichitai-sec/policy/schema"
	"github.com/jichitai-sec/policy/threat"
	"github.com/jichitai-sec/policy/vendors"
	"github.com/jichitai-sec/policy/zone"
)

// immRow is one function of the library whose result may hold a slice, a
// map or a pointer: call returns its results (for a function with
// parameters or a method, over a range of arguments or receivers that
// reaches every entry of the table behind it).
type immRow struct {
	name string // "pkg.Func" or "pkg.Type.Method"
	call func() any
}

// immRows is the mutation table: every listing, catalog, table lookup and
// other function whose result could alias the library's own state (the
// walk of TestEveryListingIsInTheMutationTable holds it complete).
func immRows() []immRow {
	var rows []immRow
	add := func(name string, call func() any) { rows = append(rows, immRow{name, call}) }

	// The closed sets: each listing, and MarshalText over every member.
	rows = append(rows, immSet("policy.Format", "policy.Formats", policy.Formats)...)
	rows = append(rows, immSet("policy.Lang", "policy.Langs", policy.Langs)...)
	rows = append(rows, immSet("policy.Variant", "policy.Variants", policy.Variants)...)
	rows = append(rows, immSet("asset.Kind", "asset.Kinds", asset.Kinds)...)
	rows = append(rows, immSet("asset.ConfidentialityLevel", "asset.ConfidentialityLevels", asset.ConfidentialityLevels)...)
	rows = append(rows, immSet("asset.IntegrityLevel", "asset.IntegrityLevels", asset.IntegrityLevels)...)
	rows = append(rows, immSet("asset.AvailabilityLevel", "asset.AvailabilityLevels", asset.AvailabilityLevels)...)
	rows = append(rows, immSet("asset.Property", "asset.Properties", asset.Properties)...)
	rows = append(rows, immSet("asset.Restriction", "asset.Restrictions", asset.Restrictions)...)
	rows = append(rows, immSet("asset.Rule", "asset.Rules", asset.Rules)...)
	rows = append(rows, immSet("asset.Scheme", "asset.Schemes", asset.Schemes)...)
	rows = append(rows, immSet("asset.Unit", "asset.Units", asset.Units)...)
	rows = append(rows, immSet("clause.Clause", "clause.All", clause.All)...)
	rows = append(rows, immSet("clause.Duty", "clause.Duties", clause.Duties)...)
	rows = append(rows, immSet("control.Control", "control.All", control.All)...)
	rows = append(rows, immSet("control.Basis", "control.Bases", control.Bases)...)
	rows = append(rows, immSet("control.ChangeKind", "control.ChangeKinds", control.ChangeKinds)...)
	rows = append(rows, immSet("control.EvaluationKind", "control.EvaluationKinds", control.EvaluationKinds)...)
	rows = append(rows, immSet("control.Level", "control.Levels", control.Levels)...)
	rows = append(rows, immSet("control.Likelihood", "control.Likelihoods", control.Likelihoods)...)
	rows = append(rows, immSet("control.Outcome", "control.Outcomes", control.Outcomes)...)
	rows = append(rows, immSet("control.Reason", "control.Reasons", control.Reasons)...)
	rows = append(rows, immSet("control.Rule", "control.Rules", control.Rules)...)
	rows = append(rows, immSet("control.Scope", "control.Scopes", control.Scopes)...)
	rows = append(rows, immSet("control.Section", "control.Sections", control.Sections)...)
	rows = append(rows, immSet("control.Status", "control.Statuses", control.Statuses)...)
	rows = append(rows, immSet("control.Treatment", "control.Treatments", control.Treatments)...)
	rows = append(rows, immSet("field.Kind", "field.Kinds", field.Kinds)...)
	rows = append(rows, immSet("finding.Severity", "finding.Severities", finding.Severities)...)
	rows = append(rows, immSet("threat.Threat", "threat.All", threat.All)...)
	rows = append(rows, immSet("threat.Category", "threat.Categories", threat.Categories)...)
	rows = append(rows, immSet("threat.Harm", "threat.Harms", threat.Harms)...)
	rows = append(rows, immSet("vendors.Assessment", "vendors.Assessments", vendors.Assessments)...)
	rows = append(rows, immSet("vendors.Credential", "vendors.Credentials", vendors.Credentials)...)
	rows = append(rows, immSet("vendors.Criterion", "vendors.Criteria", vendors.Criteria)...)
	rows = append(rows, immSet("vendors.Location", "vendors.Locations", vendors.Locations)...)
	rows = append(rows, immSet("vendors.Method", "vendors.Methods", vendors.Methods)...)
	rows = append(rows, immSet("vendors.Requirement", "vendors.Requirements", vendors.Requirements)...)
	rows = append(rows, immSet("vendors.Rule", "vendors.Rules", vendors.Rules)...)
	rows = append(rows, immSet("vendors.SystemWork", "vendors.SystemWorks", vendors.SystemWorks)...)
	rows = append(rows, immSet("zone.Zone", "zone.All", zone.All)...)
	rows = append(rows, immSet("zone.Basis", "zone.Bases", zone.Bases)...)
	rows = append(rows, immSet("zone.Channel", "zone.Channels", zone.Channels)...)
	rows = append(rows, immSet("zone.Endpoint", "zone.Endpoints", zone.Endpoints)...)
	rows = append(rows, immSet("zone.ExceptionStatus", "zone.ExceptionStatuses", zone.ExceptionStatuses)...)
	rows = append(rows, immSet("zone.Function", "zone.UTMFunctions", zone.UTMFunctions)...)
	rows = append(rows, immSet("zone.Method", "zone.Methods", zone.Methods)...)
	rows = append(rows, immSet("zone.NationalAllowance", "zone.NationalAllowances", zone.NationalAllowances)...)
	rows = append(rows, immSet("zone.Network", "zone.Networks", zone.Networks)...)
	rows = append(rows, immSet("zone.Rule", "zone.Rules", zone.Rules)...)
	rows = append(rows, immSet("zone.SafeguardKind", "zone.SafeguardKinds", zone.SafeguardKinds)...)
	add("date.Date.MarshalText", func() any {
		return immMarshalAll([]date.Date{{}, date.MustParse("2024-10-01"), date.MustParse("2026-06-01")})
	})
	add("policytest.Violations", func() any { return policytest.Violations() })
	add("policytest.Violation.Rules", func() any {
		return immEach(append(policytest.Violations(), 0), policytest.Violation.Rules)
	})

	// The errors of Parse carry the accepted ids (one row per table
	// implementation: the closed sets share one, endpoints and dates have
	// their own).
	add("zone.Parse", func() any { return immPair(zone.Parse("no-such-zone")) })
	add("zone.ParseEndpoint", func() any { return immPair(zone.ParseEndpoint("zone:none")) })
	add("asset.ParseScheme", func() any { return immPair(asset.ParseScheme("none")) })
	add("date.Parse", func() any { return immPair(date.Parse("2026-02-30")) })

	// package policy
	add("policy.RuleIDs", func() any { return policy.RuleIDs() })
	add("policy.Decode", func() any { return immDecodeSamples() })
	add("policy.Evaluate", func() any {
		var out []any
		for _, doc := range immDecodeSamples() {
			out = append(out, immPair(policy.Evaluate(doc.(policy.Document), policytest.DefaultAsOf())))
		}
		return out
	})

	// package asset
	add("asset.Rule.Also", func() any { return immEach(append(asset.Rules(), 0), asset.Rule.Also) })
	add("asset.Rule.Finding", func() any {
		return immEach(append(asset.Rules(), 0), func(r asset.Rule) finding.Finding {
			return r.Finding("/assets/0", lang.Of("説明", "text"), "a", "b")
		})
	})
	add("asset.Scale.Levels", func() any {
		var out []any
		for _, s := range append(asset.Schemes(), 0, 9) {
			out = append(out, s.Confidentiality().Levels(), s.Integrity().Levels(), s.Availability().Levels())
		}
		return out
	})
	add("asset.Handling", func() any {
		var out [][]asset.Restriction
		for _, s := range append(asset.Schemes(), 0) {
			for _, c := range immClassifications() {
				out = append(out, asset.Handling(c, s))
			}
		}
		return out
	})
	add("asset.ValidateScheme", func() any {
		return immEach([]asset.Scheme{0, asset.Guideline2024, 9}, func(s asset.Scheme) field.List {
			return asset.ValidateScheme(s, "/scheme")
		})
	})

	// package control
	add("control.Lookup", func() any {
		return immEach(append(control.All(), 0), func(c control.Control) any { return immPair(control.Lookup(c)) })
	})
	add("control.Catalog", func() any { return control.Catalog() })
	add("control.ThreatMatrix", func() any { return control.ThreatMatrix() })
	add("control.Required", func() any {
		var out [][]control.Requirement
		for _, s := range asset.Schemes() {
			for _, a := range immAssets() {
				out = append(out, control.Required(a, s))
			}
		}
		return out
	})
	add("control.RequiredAll", func() any {
		return immEach(asset.Schemes(), func(s asset.Scheme) []control.Requirement {
			return control.RequiredAll(immAssets(), s, "/assets")
		})
	})
	add("control.Requirements", func() any {
		return immEach(asset.Schemes(), func(s asset.Scheme) []control.Requirement {
			return control.Requirements(immAssets(), s, "/organization", "/assets")
		})
	})
	add("control.OrganizationRequired", func() any { return control.OrganizationRequired("/organization") })
	add("control.Checklist", func() any {
		return control.Checklist(append(control.OrganizationRequired("/organization"),
			control.RequiredAll(immAssets(), asset.Guideline2024, "/assets")...))
	})

	// package threat
	kinds := append(asset.Kinds(), 0, 99)
	add("threat.ForKind", func() any { return immEach(kinds, threat.ForKind) })
	add("threat.For", func() any { return immEach(immAssets(), threat.For) })
	add("threat.Threat.Harms", func() any { return immEach(append(threat.All(), 0), threat.Threat.Harms) })
	add("threat.Threat.Properties", func() any { return immEach(append(threat.All(), 0), threat.Threat.Properties) })
	add("threat.Threat.Kinds", func() any { return immEach(append(threat.All(), 0), threat.Threat.Kinds) })
	add("threat.Harm.Properties", func() any { return immEach(append(threat.Harms(), 0), threat.Harm.Properties) })
	add("threat.Category.Threats", func() any { return immEach(append(threat.Categories(), 0), threat.Category.Threats) })
	relevances := func() []threat.Relevance {
		var out []threat.Relevance
		for _, k := range kinds {
			out = append(out, threat.For(asset.Asset{Kind: k})...)
		}
		return out
	}
	add("threat.Relevance.Harms", func() any { return immEach(relevances(), threat.Relevance.Harms) })
	add("threat.Relevance.Properties", func() any { return immEach(relevances(), threat.Relevance.Properties) })

	// package vendors
	add("vendors.Required", func() any {
		var out [][]vendors.Requirement
		for band := -1; band <= 4; band++ {
			out = append(out, vendors.Required(band, false), vendors.Required(band, true))
		}
		return out
	})
	add("vendors.Rule.Also", func() any { return immEach(append(vendors.Rules(), 0), vendors.Rule.Also) })

	// package zone
	add("zone.Functions.List", func() any { return immEach(immFunctionSets(), zone.Functions.List) })
	add("zone.Functions.MarshalJSON", func() any {
		return immEach(immFunctionSets(), func(s zone.Functions) any { return immPair(s.MarshalJSON()) })
	})
	add("zone.Verdict.Finding", func() any {
		var out []finding.Finding
		for _, r := range append(zone.Rules(), 0) {
			for _, v := range []zone.Verdict{{Rule: r}, {Rule: r, Missing: zone.FunctionsOf(zone.Firewall), Exception: "EX-1",
				NotApplied: zone.ExceptionStatuses()[0]}} {
				out = append(out, v.Finding("/topology/links/0", "a", "b"))
			}
		}
		return out
	})

	// package schema
	add("schema.Files", func() any { return schema.Files() })
	add("schema.Schemas", func() any { return schema.Schemas() })
	add("schema.File", func() any {
		return immEach(append(schema.Files(), "no-such-file.json"), func(name string) any { return immPair(schema.File(name)) })
	})

	// package policytest
	add("policytest.CmpOptions", func() any { return policytest.CmpOptions() })
	return rows
}

// immMember is a member of a closed set.
type immMember interface {
	comparable
	MarshalText() ([]byte, error)
}

// immSet returns the rows of closed set typ: its listing, and MarshalText
// over every member.
func immSet[T immMember](typ, listing string, all func() []T) []immRow {
	return []immRow{
		{listing, func() any { return all() }},
		{typ + ".MarshalText", func() any { return immMarshalAll(all()) }},
	}
}

func immMarshalAll[T immMember](vs []T) []any {
	out := make([]any, len(vs))
	for i, v := range vs {
		out[i] = immPair(v.MarshalText())
	}
	return out
}

// immPair keeps both results of a call.
func immPair[T any](v T, extra any) []any { return []any{v, extra} }

// immEach returns f of every element of xs.
func immEach[X, Y any](xs []X, f func(X) Y) []Y {
	out := make([]Y, len(xs))
	for i, x := range xs {
		out[i] = f(x)
	}
	return out
}

// immClassifications returns every classification of either scheme, with
// unclassified properties and an invalid level.
func immClassifications() []asset.Classification {
	var out []asset.Classification
	for _, c := range append(asset.ConfidentialityLevels(), 0, 99) {
		for _, i := range append(asset.IntegrityLevels(), 0) {
			for _, a := range append(asset.AvailabilityLevels(), 0) {
				out = append(out, asset.Classification{Confidentiality: c, Integrity: i, Availability: a})
			}
		}
	}
	return out
}

// immAssets returns assets of every kind, zone and flag, rated low, high or
// not at all: what every condition of the control catalog and every row of
// the threat catalog is reached by.
func immAssets() []asset.Asset {
	var out []asset.Asset
	ratings := []asset.Classification{{},
		{Confidentiality: asset.C1, Integrity: asset.I1, Availability: asset.A1},
		{Confidentiality: asset.C3A, Integrity: asset.I2, Availability: asset.A2},
		{Confidentiality: asset.C3, Integrity: asset.I2, Availability: asset.A2}}
	for _, k := range append(asset.Kinds(), 0) {
		for _, z := range append(zone.All(), 0) {
			for _, c := range ratings {
				for flags := range 4 {
					out = append(out, asset.Asset{ID: "a" + strconv.Itoa(len(out)), Name: "資産", Kind: k,
						Owner: asset.Units()[0], Zone: z, MyNumber: flags&1 != 0, Wireless: flags&2 != 0,
						Contains: []string{"a0"}, Classification: c})
				}
			}
		}
	}
	return out
}

// immFunctionSets returns every value of zone.Functions, invalid ones
// included.
func immFunctionSets() []zone.Functions {
	out := make([]zone.Functions, 256)
	for i := range out {
		out[i] = zone.Functions(i)
	}
	return out
}

// immDecodeSamples decodes the sample documents afresh, so that a result
// derived from them shares nothing with an earlier one but what the
// library itself keeps.
func immDecodeSamples() []any {
	var out []any
	for _, name := range []string{"examples/evaluate/sample.json", "examples/evaluate/violations.json"} {
		b, err := os.ReadFile(name)
		if err != nil {
			panic(err)
		}
		doc, err := policy.Decode(bytes.NewReader(b))
		if err != nil {
			panic(name + ": " + err.Error())
		}
		out = append(out, doc)
	}
	return out
}

// TestNothingSharedCanBeChanged calls each function of the mutation table,
// takes a deep snapshot of its result, then overwrites everything reachable
// in another result of the same call (every element, field and map entry,
// through pointers) and calls it a third time: the last result must equal
// the snapshot. A function that handed out a catalog or table of the
// library itself, rather than a copy, fails here, since the mutation
// would change what the next caller gets.
func TestNothingSharedCanBeChanged(t *testing.T) {
	for _, r := range immRows() {
		t.Run(r.name, func(t *testing.T) {
			if msg := immCheck(r.call); msg != "" {
				t.Errorf("%s: %s", r.name, msg)
			}
		})
	}
}

// immCheck snapshots a result of call, scribbles over a second one and
// compares a third with the snapshot; it returns what went wrong, or "".
func immCheck(call func() any) string {
	before := immDump(call())
	got := call()
	if d := immDump(got); d != before {
		return "two calls disagree before any change (-first +second):\n" + cmp.Diff(before, d)
	}
	immScribbleAll(got)
	if immDump(got) == before && reflect.ValueOf(got).IsValid() && !reflect.ValueOf(got).IsZero() {
		return "scribbling changed nothing in the result: the row tests nothing"
	}
	if after := immDump(call()); after != before {
		return "changing one result changed the next: it shares state (-before +after):\n" + cmp.Diff(before, after)
	}
	return ""
}

// TestMutationTableCatchesALeak holds the harness itself to account: each
// way a function could hand out shared state is caught, and a function
// that returns a deep copy is not.
func TestMutationTableCatchesALeak(t *testing.T) {
	type entry struct {
		Name  string
		Items []int
		Next  *entry
		hid   []int // unexported: a caller cannot change it, nor can the harness
	}
	// Each case builds its own state, since scribbling changes it.
	state := func() (list []string, table map[string][]int, entries []entry, spare []int, flag *bool) {
		return []string{"a", "b"}, map[string][]int{"k": {1, 2}},
			[]entry{{Name: "n", Items: []int{1}, Next: &entry{Name: "m", Items: []int{2}}}}, []int{1, 2, 3}, new(bool)
	}
	leaks := map[string]func() func() any{
		"the slice itself": func() func() any {
			list, _, _, _, _ := state()
			return func() any { return list }
		},
		"the map itself": func() func() any {
			_, table, _, _, _ := state()
			return func() any { return table }
		},
		"a copy of the outer map": func() func() any {
			_, table, _, _, _ := state()
			return func() any { return maps.Clone(table) }
		},
		"a copy of the outer slice": func() func() any {
			_, _, entries, _, _ := state()
			return func() any { return slices.Clone(entries) }
		},
		"a pointer": func() func() any {
			_, _, entries, _, _ := state()
			return func() any { return &entries[0] }
		},
		"a pointer in an interface": func() func() any {
			_, _, _, _, flag := state()
			return func() any { return []any{flag} }
		},
		"spare capacity": func() func() any { // an append to the empty result would write into spare
			_, _, _, spare, _ := state()
			return func() any { return []any{spare[:0], slices.Clone(spare)} }
		},
		"a pointer behind a copy": func() func() any {
			_, _, entries, _, _ := state()
			return func() any { return []entry{{Name: "fresh", Next: entries[0].Next}} }
		},
	}
	for name, leak := range leaks {
		if immCheck(leak()) == "" {
			t.Errorf("%s: the harness did not see the leak", name)
		}
	}
	list, _, entries, spare, _ := state()
	fresh := func() any {
		out := slices.Clone(entries)
		for i := range out {
			out[i].Items = slices.Clone(out[i].Items)
			next := *out[i].Next
			next.Items = slices.Clone(next.Items)
			out[i].Next = &next
		}
		return []any{out, slices.Clone(list), map[string]bool{"k": true}, entry{hid: spare}}
	}
	if msg := immCheck(fresh); msg != "" {
		t.Errorf("a deep copy: %s", msg)
	}
}

// immScribbleAll overwrites everything reachable in x.
func immScribbleAll(x any) {
	if x == nil {
		return
	}
	v := reflect.New(reflect.TypeOf(x)).Elem() // settable; it shares x's slices, maps and pointers
	v.Set(reflect.ValueOf(x))
	immScribble(v, map[uintptr]bool{})
}

// immScribble overwrites every settable value reachable from v: strings
// become "x" and numbers 99 (or "y" and 98 when they were that already),
// booleans flip; every element of a slice (up to its capacity, so that an
// append cannot write into a shared array either) and of an array, every
// field of a struct, every entry of a map (and one is deleted, one added)
// is overwritten, through pointers and interfaces; then a slice, map,
// pointer, interface or func, and a struct of a type a caller can name
// with unexported fields, is replaced as a whole (immReplace). Values reached through unexported
// fields are left alone: a caller cannot change them either.
func immScribble(v reflect.Value, seen map[uintptr]bool) {
	if !v.IsValid() || !v.CanInterface() {
		return
	}
	switch v.Kind() {
	case reflect.String:
		if v.CanSet() {
			v.SetString(immOther(v.String(), "x", "y"))
		}
	case reflect.Bool:
		if v.CanSet() {
			v.SetBool(!v.Bool())
		}
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		if v.CanSet() {
			v.SetInt(immOther(v.Int(), 99, 98))
		}
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		if v.CanSet() {
			v.SetUint(immOther(v.Uint(), 99, 98))
		}
	case reflect.Float32, reflect.Float64:
		if v.CanSet() {
			v.SetFloat(immOther(v.Float(), 99, 98))
		}
	case reflect.Complex64, reflect.Complex128:
		if v.CanSet() {
			v.SetComplex(immOther(v.Complex(), 99, 98))
		}
	case reflect.Func, reflect.Chan:
		immReplace(v)
	case reflect.Pointer:
		if !v.IsNil() && !seen[v.Pointer()] {
			seen[v.Pointer()] = true
			immScribble(v.Elem(), seen)
		}
		immReplace(v)
	case reflect.Interface:
		if !v.IsNil() {
			e := reflect.New(v.Elem().Type()).Elem() // shares what the dynamic value refers to
			e.Set(v.Elem())
			immScribble(e, seen)
		}
		immReplace(v)
	case reflect.Slice:
		if !v.IsNil() {
			full := v.Slice(0, v.Cap())
			for i := range full.Len() {
				immScribble(full.Index(i), seen)
			}
		}
		immReplace(v)
	case reflect.Array:
		for i := range v.Len() {
			immScribble(v.Index(i), seen)
		}
	case reflect.Struct:
		for i := range v.NumField() {
			immScribble(v.Field(i), seen)
		}
		if name := v.Type().Name(); name == "" || token.IsExported(name) {
			for i := range v.NumField() {
				if !v.Type().Field(i).IsExported() {
					immReplace(v) // what cannot be changed field by field can be as a whole, by a caller who can name the type
					break
				}
			}
		}
	case reflect.Map:
		if !v.IsNil() && !seen[v.Pointer()] {
			seen[v.Pointer()] = true
			keys := v.MapKeys()
			for _, k := range keys {
				e := reflect.New(v.Type().Elem()).Elem() // shares what the entry refers to
				e.Set(v.MapIndex(k))
				immScribble(e, seen)
				v.SetMapIndex(k, e)
			}
			if len(keys) > 0 {
				v.SetMapIndex(keys[0], reflect.Value{}) // delete one
			}
			v.SetMapIndex(reflect.New(v.Type().Key()).Elem(), reflect.New(v.Type().Elem()).Elem()) // add one
		}
		immReplace(v)
	}
}

// immReplace overwrites a settable slot as a whole, once what it refers to
// has been overwritten: a non-zero value becomes the zero value, a zero
// one (a nil slice, map or pointer, a zero struct) a new non-zero value
// where the type has one to make.
func immReplace(v reflect.Value) {
	if !v.CanSet() {
		return
	}
	if !v.IsZero() {
		v.SetZero()
		return
	}
	switch v.Kind() {
	case reflect.Slice:
		v.Set(reflect.MakeSlice(v.Type(), 0, 0))
	case reflect.Map:
		v.Set(reflect.MakeMap(v.Type()))
	case reflect.Pointer:
		v.Set(reflect.New(v.Type().Elem()))
	}
}

// immOther returns a, or b when the value is a already: the value always
// changes, even on a second pass over state a first one overwrote.
func immOther[T comparable](v, a, b T) T {
	if v == a {
		return b
	}
	return a
}

// immOpaque are the packages whose values are dumped by type only: their
// internals are the runtime's (a reflect.Type held by a go-cmp option).
var immOpaque = map[string]bool{"reflect": true, "internal/abi": true, "unsafe": true, "sync": true, "runtime": true}

// immDump renders x, deeply, one line per leaf: "path type = value", with
// map entries in the order of their keys' renderings, so that two dumps
// are equal exactly when the values are deeply equal (unexported fields
// included, funcs compared by nil-ness).
func immDump(x any) string {
	var b strings.Builder
	immDumpValue(&b, "", reflect.ValueOf(x), map[uintptr]bool{})
	return b.String()
}

func immDumpValue(b *strings.Builder, path string, v reflect.Value, stack map[uintptr]bool) {
	leaf := func(s string) {
		b.WriteString(path)
		b.WriteString(" ")
		if v.IsValid() {
			b.WriteString(v.Type().String())
			b.WriteString(" ")
		}
		b.WriteString("= ")
		b.WriteString(s)
		b.WriteString("\n")
	}
	if !v.IsValid() {
		leaf("<invalid>")
		return
	}
	if t := v.Type(); immOpaque[t.PkgPath()] || (t.Kind() == reflect.Pointer && immOpaque[t.Elem().PkgPath()]) {
		leaf("<opaque>")
		return
	}
	switch v.Kind() {
	case reflect.String:
		leaf(strconv.Quote(v.String()))
	case reflect.Bool:
		leaf(strconv.FormatBool(v.Bool()))
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		leaf(strconv.FormatInt(v.Int(), 10))
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		leaf(strconv.FormatUint(v.Uint(), 10))
	case reflect.Float32, reflect.Float64:
		leaf(strconv.FormatFloat(v.Float(), 'g', -1, 64))
	case reflect.Complex64, reflect.Complex128:
		leaf(strconv.FormatComplex(v.Complex(), 'g', -1, 128))
	case reflect.Func, reflect.Chan, reflect.UnsafePointer:
		if v.IsNil() {
			leaf("nil")
		} else {
			leaf("non-nil")
		}
	case reflect.Pointer:
		switch {
		case v.IsNil():
			leaf("nil")
		case stack[v.Pointer()]:
			leaf("<cycle>")
		default:
			stack[v.Pointer()] = true
			immDumpValue(b, path+"*", v.Elem(), stack)
			delete(stack, v.Pointer())
		}
	case reflect.Interface:
		if v.IsNil() {
			leaf("nil")
		} else {
			immDumpValue(b, path+"("+v.Elem().Type().String()+")", v.Elem(), stack)
		}
	case reflect.Slice, reflect.Array:
		if v.Kind() == reflect.Slice && v.IsNil() {
			leaf("nil")
			return
		}
		if v.Type().Elem().Kind() == reflect.Uint8 { // bytes, on one line
			raw := make([]byte, v.Len())
			for i := range raw {
				raw[i] = byte(v.Index(i).Uint())
			}
			leaf(strconv.Quote(string(raw)))
			return
		}
		leaf("len " + strconv.Itoa(v.Len()))
		for i := range v.Len() {
			immDumpValue(b, path+"["+strconv.Itoa(i)+"]", v.Index(i), stack)
		}
	case reflect.Struct:
		if v.NumField() == 0 {
			leaf("{}")
		}
		for i := range v.NumField() {
			immDumpValue(b, path+"."+v.Type().Field(i).Name, v.Field(i), stack)
		}
	case reflect.Map:
		if v.IsNil() {
			leaf("nil")
			return
		}
		leaf("len " + strconv.Itoa(v.Len()))
		type entry struct{ key, value string }
		var entries []entry
		for it := v.MapRange(); it.Next(); {
			var k, e strings.Builder
			immDumpValue(&k, "", it.Key(), stack)
			immDumpValue(&e, path+"["+strings.TrimSpace(k.String())+"]", it.Value(), stack)
			entries = append(entries, entry{k.String(), e.String()})
		}
		slices.SortFunc(entries, func(a, b entry) int { return strings.Compare(a.key, b.key) })
		for _, e := range entries {
			b.WriteString(e.value)
		}
	default:
		leaf("<" + v.Kind().String() + ">")
	}
}
