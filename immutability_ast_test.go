package policy_test

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"path"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// immModule is the module path, to tell the library's own imports from
// others.
const immModule = "github.com/jichitai-sec/policy"

// immExempt lists the exported functions and methods whose results hold a
// slice, a map or a pointer but that are not in the mutation table of
// TestNothingSharedCanBeChanged, each with the reason it cannot hand out
// the library's own state. A new function of that kind must go into the
// table or, with a reason, here.
var immExempt = map[string]string{
	// Built from the caller's input: every slice, map and pointer of the
	// result is allocated by the call, or is the caller's own (a topology
	// FindLeaks refers to, as documented). What they take from the
	// catalogs comes through functions of the table, and the rows
	// policy.Decode and policy.Evaluate run them all end to end.
	"policy.Document.Validate":     "builds a new field.List from the document",
	"asset.Check":                  "builds new findings from its arguments",
	"asset.Derive":                 "builds new Derived values from its arguments",
	"asset.Validate":               "builds a new field.List from its arguments",
	"asset.ValidateClassification": "builds a new field.List from its arguments",
	"control.AssessRisks":          "builds new Assessed values and a new field.List from its arguments",
	"control.Gaps":                 "builds new findings from its arguments",
	"control.ReviewDue":            "builds new findings from its arguments",
	"control.ValidateChanges":      "builds a new field.List from its arguments",
	"control.ValidateEvaluations":  "builds a new field.List from its arguments",
	"control.ValidateRecords":      "builds a new field.List from its arguments",
	"control.Summarize":            "builds a new Summary from its arguments",
	"field.Required":               "builds a new *Error from its arguments",
	"field.Invalid":                "builds a new *Error from its arguments",
	"field.Duplicate":              "builds a new *Error from its arguments",
	"field.NotFound":               "builds a new *Error from its arguments",
	"field.Forbidden":              "builds a new *Error from its arguments",
	"field.NotSupported":           "builds a new *Error from its arguments",
	"field.NewIDs":                 "builds a new *IDs from its arguments",
	"field.IDs.Check":              "builds a new *Error from its arguments (the receiver keeps its own map)",
	"field.List.Unwrap":            "builds a new []error from the receiver",
	"vendors.Check":                "builds new findings from its arguments",
	"vendors.Validate":             "builds a new field.List from its arguments",
	"zone.FindLeaks":               "builds a new *Leaks from its arguments (it refers to the caller's topology, as documented)",
	"zone.ValidateExceptions":      "builds a new field.List from its arguments",
	"zone.Topology.Validate":       "builds a new field.List from the receiver",
	"zone.Leaks.Witness":           "builds a new []Hop from the receiver",
	"zone.Leaks.Findings":          "builds new findings from the receiver",
	"zone.Leaks.LinkFindings":      "builds new findings from the receiver",
	"schema.FS":                    "an fs.Sub of an embed.FS: read-only by construction, with no exported field to change",
}

// immIsGenerator reports whether results is a single *rapid.Generator: the
// generators of package policytest build a new generator on every call (a
// test below holds that policytest keeps none in a package variable).
func immIsGenerator(results *ast.FieldList) bool {
	if results == nil || len(results.List) != 1 || len(results.List[0].Names) > 1 {
		return false
	}
	star, ok := results.List[0].Type.(*ast.StarExpr)
	if !ok {
		return false
	}
	x := star.X
	switch g := x.(type) {
	case *ast.IndexExpr:
		x = g.X
	case *ast.IndexListExpr:
		x = g.X
	}
	sel, ok := x.(*ast.SelectorExpr)
	if !ok {
		return false
	}
	id, ok := sel.X.(*ast.Ident)
	return ok && id.Name == "rapid" && sel.Sel.Name == "Generator"
}

// immFile is one parsed file of the library, with its package's import path
// and the import path of each name it imports.
type immFile struct {
	pkg     string // import path of its package
	name    string // its package name ("policy" for the root)
	f       *ast.File
	imports map[string]string
}

// immLibrary is the library's source, parsed: every non-test file of every
// package (internal ones included, so that aliases to their types resolve),
// and every type declaration by package and name.
type immLibrary struct {
	fset  *token.FileSet
	files []immFile
	types map[string]map[string]*ast.TypeSpec // import path → name → spec
	// typeFile is the file a type is declared in, for resolving its
	// imports.
	typeFile map[*ast.TypeSpec]*immFile
}

func immParse(t *testing.T) *immLibrary {
	t.Helper()
	lib := &immLibrary{fset: token.NewFileSet(), types: map[string]map[string]*ast.TypeSpec{},
		typeFile: map[*ast.TypeSpec]*immFile{}}
	err := filepath.WalkDir(".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			if p != "." && (strings.HasPrefix(d.Name(), ".") || d.Name() == "testdata" || d.Name() == "examples") {
				return filepath.SkipDir
			}
			return nil
		}
		if !strings.HasSuffix(p, ".go") || strings.HasSuffix(p, "_test.go") {
			return nil
		}
		f, err := parser.ParseFile(lib.fset, p, nil, parser.SkipObjectResolution)
		if err != nil {
			return err
		}
		pkg := immModule
		if dir := filepath.ToSlash(filepath.Dir(p)); dir != "." {
			pkg += "/" + dir
		}
		file := immFile{pkg: pkg, name: f.Name.Name, f: f, imports: map[string]string{}}
		for _, im := range f.Imports {
			ip := strings.Trim(im.Path.Value, `"`)
			name := path.Base(ip)
			if strings.HasPrefix(name, "v") && strings.Contains(ip, "/") && strings.Trim(name[1:], "0123456789") == "" {
				name = path.Base(path.Dir(ip)) // a major version suffix: …/jsonschema/v6
			}
			if im.Name != nil {
				name = im.Name.Name
			}
			file.imports[name] = ip
		}
		lib.files = append(lib.files, file)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	for i := range lib.files {
		file := &lib.files[i]
		for _, decl := range file.f.Decls {
			g, ok := decl.(*ast.GenDecl)
			if !ok || g.Tok != token.TYPE {
				continue
			}
			for _, s := range g.Specs {
				ts := s.(*ast.TypeSpec)
				if lib.types[file.pkg] == nil {
					lib.types[file.pkg] = map[string]*ast.TypeSpec{}
				}
				lib.types[file.pkg][ts.Name.Name] = ts
				lib.typeFile[ts] = file
			}
		}
	}
	if len(lib.files) < 50 {
		t.Fatalf("parsed only %d files: the walk is wrong", len(lib.files))
	}
	return lib
}

// immExternal says, for the types of other modules that the library's
// results use, whether they may hold a reference (true) or not (false). A
// type not listed counts as holding one, so that the test asks about it.
var immExternal = map[string]bool{
	"time.Month":                           false,
	"time.Time":                            false,
	"io/fs.FS":                             true, // an interface, whose value may point anywhere
	"github.com/google/go-cmp/cmp.Options": true,
}

// immBuiltin are the predeclared types that hold no reference. (error and
// any are interfaces: a result of such a type is not asked about, as the
// errors of the library are built by the call that returns them.)
var immBuiltin = map[string]bool{
	"bool": true, "string": true, "byte": true, "rune": true, "error": true, "any": true,
	"int": true, "int8": true, "int16": true, "int32": true, "int64": true,
	"uint": true, "uint8": true, "uint16": true, "uint32": true, "uint64": true, "uintptr": true,
	"float32": true, "float64": true, "complex64": true, "complex128": true,
}

// refers reports whether a value of type expression e, written in file, may
// hold a slice, a map, a pointer or a channel: directly, or in a field or
// element, through the library's named types.
func (lib *immLibrary) refers(file *immFile, e ast.Expr, seen map[*ast.TypeSpec]bool) bool {
	switch x := e.(type) {
	case *ast.ParenExpr:
		return lib.refers(file, x.X, seen)
	case *ast.ArrayType:
		return x.Len == nil || lib.refers(file, x.Elt, seen)
	case *ast.MapType, *ast.StarExpr, *ast.ChanType:
		return true
	case *ast.FuncType, *ast.InterfaceType:
		return false
	case *ast.StructType:
		for _, fld := range x.Fields.List {
			if lib.refers(file, fld.Type, seen) {
				return true
			}
		}
		return false
	case *ast.IndexExpr:
		return lib.refers(file, x.X, seen) // the type arguments of the library's generic types are levels
	case *ast.IndexListExpr:
		return lib.refers(file, x.X, seen)
	case *ast.Ident:
		if immBuiltin[x.Name] {
			return false
		}
		ts := lib.types[file.pkg][x.Name]
		if ts == nil {
			return false // a type parameter
		}
		return lib.refersSpec(ts, seen)
	case *ast.SelectorExpr:
		id, ok := x.X.(*ast.Ident)
		if !ok {
			return true
		}
		ip := file.imports[id.Name]
		if ts := lib.types[ip][x.Sel.Name]; ts != nil {
			return lib.refersSpec(ts, seen)
		}
		if v, ok := immExternal[ip+"."+x.Sel.Name]; ok {
			return v
		}
		return true
	}
	return true
}

func (lib *immLibrary) refersSpec(ts *ast.TypeSpec, seen map[*ast.TypeSpec]bool) bool {
	if seen[ts] {
		return false // a recursive type: the other paths decide
	}
	seen[ts] = true
	defer delete(seen, ts)
	return lib.refers(lib.typeFile[ts], ts.Type, seen)
}

// immListed is what the walk finds: every exported function and method of
// the library's public packages by its name ("zone.All",
// "asset.Scale.Levels"), with whether its results may hold a reference.
type immListed struct {
	refers    bool
	generator bool
	pos       token.Position
}

func (lib *immLibrary) exported() map[string]immListed {
	out := map[string]immListed{}
	for i := range lib.files {
		file := &lib.files[i]
		rel := strings.TrimPrefix(strings.TrimPrefix(file.pkg, immModule), "/")
		if slices.Contains(strings.Split(rel, "/"), "internal") || file.name == "main" {
			continue
		}
		for _, decl := range file.f.Decls {
			d, ok := decl.(*ast.FuncDecl)
			if !ok || !d.Name.IsExported() {
				continue
			}
			name := file.name + "." + d.Name.Name
			if d.Recv != nil {
				recv := receiverName(d)
				if !ast.IsExported(recv) {
					continue
				}
				name = file.name + "." + recv + "." + d.Name.Name
			}
			l := immListed{pos: lib.fset.Position(d.Pos()), generator: immIsGenerator(d.Type.Results)}
			if d.Type.Results != nil {
				for _, r := range d.Type.Results.List {
					l.refers = l.refers || lib.refers(file, r.Type, map[*ast.TypeSpec]bool{})
				}
			}
			out[name] = l
		}
	}
	return out
}

// TestEveryListingIsInTheMutationTable fails for an exported function or
// method of the library whose results may hold a slice, a map or a pointer
// (directly or inside a struct) and that is neither in the mutation table
// of TestNothingSharedCanBeChanged nor exempted above with a reason, so
// that a new catalog or listing cannot be left out of that test. It also
// fails for a table row or an exemption that names nothing, or that is no
// longer needed.
func TestEveryListingIsInTheMutationTable(t *testing.T) {
	lib := immParse(t)
	listed := lib.exported()
	if len(listed) < 200 {
		t.Fatalf("found only %d exported functions: the walk is wrong", len(listed))
	}
	// The resolution of result types, on known cases: a slice, a named map
	// type, a struct holding slices, pointers, and values holding none.
	for name, want := range map[string]bool{
		"zone.All": true, "control.ThreatMatrix": true, "control.Lookup": true, "asset.Scale.Levels": true,
		"field.Required": true, "zone.Check": false, "asset.Scheme.Confidentiality": false, "zone.In": false,
		"policytest.Zone": true,
	} {
		if got := listed[name].refers; got != want {
			t.Errorf("the walk reads %s as holding a reference: %v, want %v", name, got, want)
		}
	}
	inTable := map[string]bool{}
	for _, r := range immRows() {
		if inTable[r.name] {
			t.Errorf("mutation table: row %s appears twice", r.name)
		}
		inTable[r.name] = true
		if _, ok := listed[r.name]; !ok {
			t.Errorf("mutation table: row %s names no exported function or method", r.name)
		}
	}
	for name, why := range immExempt {
		l, ok := listed[name]
		switch {
		case !ok:
			t.Errorf("immExempt: %s names no exported function or method", name)
		case inTable[name]:
			t.Errorf("immExempt: %s is in the mutation table too; drop the exemption", name)
		case !l.refers:
			t.Errorf("immExempt: %s returns nothing that holds a reference; drop the exemption", name)
		case l.generator:
			t.Errorf("immExempt: %s is a generator, exempt as such; drop the exemption", name)
		case strings.TrimSpace(why) == "":
			t.Errorf("immExempt: %s has no reason", name)
		}
	}
	var missing []string
	for name, l := range listed {
		if l.refers && !l.generator && !inTable[name] && immExempt[name] == "" {
			missing = append(missing, name)
		}
	}
	slices.Sort(missing)
	for _, name := range missing {
		t.Errorf("%s: %s returns a slice, map or pointer (or a struct holding one) but is neither in the mutation table of TestNothingSharedCanBeChanged nor in immExempt",
			listed[name].pos, name)
	}
}

// TestPolicytestKeepsNoGenerator holds up the exemption of the generators
// of package policytest: none is kept in a package variable, so each call
// returns a generator of its own.
func TestPolicytestKeepsNoGenerator(t *testing.T) {
	lib := immParse(t)
	generators := map[string]bool{}
	for name, l := range lib.exported() {
		if l.generator {
			generators[strings.TrimPrefix(name, "policytest.")] = true
		}
	}
	for src, want := range map[string]bool{
		"rapid.Custom(func(t *rapid.T) int { return 1 })":                   true,
		"Zone().Filter(func(z zone.Zone) bool { return true })":             true,
		"func() *rapid.Generator[int] { return nil }()":                     true,
		"[]func(*rapid.T){func(t *rapid.T) { rapid.Int().Draw(t, \"n\") }}": false,
		"zone.Zone(1)": false,
	} {
		e, err := parser.ParseExpr(src)
		if err != nil {
			t.Fatal(err)
		}
		if got := lib.makesGenerator(e, generators); got != want {
			t.Errorf("makesGenerator(%s) = %v, want %v", src, got, want)
		}
	}
	for i := range lib.files {
		file := &lib.files[i]
		if file.pkg != immModule+"/policytest" {
			continue
		}
		for _, decl := range file.f.Decls {
			g, ok := decl.(*ast.GenDecl)
			if !ok || g.Tok != token.VAR {
				continue
			}
			for _, s := range g.Specs {
				vs := s.(*ast.ValueSpec)
				shared := vs.Type != nil && immIsGenerator(&ast.FieldList{List: []*ast.Field{{Type: vs.Type}}})
				for _, v := range vs.Values {
					shared = shared || lib.makesGenerator(v, generators)
				}
				if shared {
					t.Errorf("%s: policytest keeps a generator in package variable %s; its generators are exempt from the mutation table only as long as each call builds its own",
						lib.fset.Position(vs.Pos()), vs.Names[0].Name)
				}
			}
		}
	}
}

// makesGenerator reports whether the initial value v of a package variable
// calls something that makes a generator: a function of package rapid, a
// generator of policytest, or a function literal returning one, called at
// initialisation. (A function literal stored, not called, runs per use.)
func (lib *immLibrary) makesGenerator(v ast.Expr, generators map[string]bool) bool {
	found := false
	ast.Inspect(v, func(n ast.Node) bool {
		switch x := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.CallExpr:
			switch f := x.Fun.(type) {
			case *ast.FuncLit:
				found = found || immIsGenerator(f.Type.Results)
			case *ast.Ident:
				found = found || generators[f.Name]
			case *ast.SelectorExpr:
				id, ok := f.X.(*ast.Ident)
				found = found || ok && id.Name == "rapid"
			}
		}
		return !found
	})
	return found
}
