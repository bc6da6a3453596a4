package gen

import (
	"bufio"
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"strings"
)

// comments holds the doc comments of the module's exported types and of
// their fields, keyed "importpath.Type" and "importpath.Type.Field" (the
// keys of invopop's CommentMap), read from the Go source: type docs are
// reduced to their first paragraph, field docs kept whole, each on one
// line, with doc links ("[Scale.Compare]") written as plain names.
type comments map[string]string

// readComments parses every non-test Go file of the module rooted at root
// (skipping testdata, hidden directories and examples, which define no
// type of the format).
func readComments(root string) (comments, error) {
	modPath, err := modulePath(filepath.Join(root, "go.mod"))
	if err != nil {
		return nil, err
	}
	out := comments{}
	fset := token.NewFileSet()
	err = filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		name := d.Name()
		if d.IsDir() {
			if p != root && (strings.HasPrefix(name, ".") || strings.HasPrefix(name, "_") || name == "testdata" || name == "examples") {
				return filepath.SkipDir
			}
			return nil
		}
		if !strings.HasSuffix(name, ".go") || strings.HasSuffix(name, "_test.go") {
			return nil
		}
		f, err := parser.ParseFile(fset, p, nil, parser.ParseComments|parser.SkipObjectResolution)
		if err != nil {
			return err
		}
		if f.Name.Name == "main" {
			return nil
		}
		rel, err := filepath.Rel(root, filepath.Dir(p))
		if err != nil {
			return err
		}
		pkg := modPath
		if rel != "." {
			pkg = path.Join(modPath, filepath.ToSlash(rel))
		}
		collect(f, pkg, out)
		return nil
	})
	return out, err
}

func collect(f *ast.File, pkg string, out comments) {
	for _, decl := range f.Decls {
		if fd, ok := decl.(*ast.FuncDecl); ok {
			if fd.Recv == nil && fd.Name.IsExported() {
				if txt := firstParagraph(fd.Doc.Text()); txt != "" {
					out[pkg+"."+fd.Name.Name] = txt
				}
			}
			continue
		}
		gd, ok := decl.(*ast.GenDecl)
		if !ok || gd.Tok != token.TYPE {
			continue
		}
		for _, spec := range gd.Specs {
			ts := spec.(*ast.TypeSpec)
			if !ts.Name.IsExported() {
				continue
			}
			doc := ts.Doc
			if doc == nil && len(gd.Specs) == 1 {
				doc = gd.Doc
			}
			key := pkg + "." + ts.Name.Name
			if txt := firstParagraph(doc.Text()); txt != "" {
				out[key] = txt
			}
			st, ok := ts.Type.(*ast.StructType)
			if !ok {
				continue
			}
			for _, fld := range st.Fields.List {
				txt := fld.Doc.Text()
				if txt == "" {
					txt = fld.Comment.Text()
				}
				if txt = oneLine(txt); txt == "" {
					continue
				}
				for _, n := range fld.Names {
					if n.IsExported() {
						out[key+"."+n.Name] = txt
					}
				}
			}
		}
	}
}

// modulePath reads the module line of a go.mod file.
func modulePath(gomod string) (string, error) {
	f, err := os.Open(gomod)
	if err != nil {
		return "", err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if rest, ok := strings.CutPrefix(strings.TrimSpace(sc.Text()), "module "); ok {
			return strings.Trim(strings.TrimSpace(rest), `"`), nil
		}
	}
	if err := sc.Err(); err != nil {
		return "", err
	}
	return "", &os.PathError{Op: "read module path", Path: gomod, Err: os.ErrNotExist}
}

var docLink = regexp.MustCompile(`\[(\*?[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*)\]`)

// firstParagraph returns the first paragraph of a doc comment on one line.
func firstParagraph(s string) string {
	s = strings.TrimSpace(s)
	if i := strings.Index(s, "\n\n"); i >= 0 {
		s = s[:i]
	}
	return oneLine(s)
}

// oneLine joins the lines of a comment with spaces and writes doc links as
// plain names.
func oneLine(s string) string {
	var parts []string
	for _, l := range strings.Split(s, "\n") {
		if l = strings.TrimSpace(l); l != "" {
			parts = append(parts, l)
		}
	}
	return docLink.ReplaceAllString(strings.Join(parts, " "), "$1")
}
