package policytest_test

import (
	"bytes"
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/jichitai-sec/policy"
	"github.com/jichitai-sec/policy/field"
	"github.com/jichitai-sec/policy/finding"
	"github.com/jichitai-sec/policy/policytest"
	"pgregory.net/rapid"
)

// documentOptions draws options for Document: up to 40 assets, any set of
// violations, with or without noise.
func documentOptions(t *rapid.T) policytest.DocumentOptions {
	return policytest.DocumentOptions{
		Assets:     rapid.IntRange(0, 40).Draw(t, "assets"),
		Violations: rapid.SliceOfDistinct(rapid.SampledFrom(policytest.Violations()), rapid.ID[policytest.Violation]).Draw(t, "violations"),
		Noise:      rapid.Bool().Draw(t, "noise"),
	}
}

// TestDocumentIsValid: every document Document generates is well-formed,
// encodes, and decodes strictly.
func TestDocumentIsValid(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		o := documentOptions(t)
		doc := policytest.Document(o).Draw(t, "doc")
		if errs := doc.Validate(); len(errs) > 0 {
			t.Fatalf("generated document is not valid:\n%v", errs)
		}
		want := o.Assets
		if len(o.Violations) > 0 {
			want = max(want, 4)
		}
		if o.Assets > 0 && len(doc.Assets) != want {
			t.Fatalf("%d assets asked for (violations %v), %d made", o.Assets, o.Violations, len(doc.Assets))
		}
		var buf bytes.Buffer
		if err := policy.Encode(&buf, doc); err != nil {
			t.Fatal(err)
		}
		if _, err := policy.Decode(&buf); err != nil {
			t.Fatalf("encoded document does not decode:\n%v", err)
		}
	})
}

// TestDocumentSeedsViolations: a document seeded with a violation has a
// finding of one of its rules, and without noise no finding above
// information (before severity settings) but those of the violations
// asked for, on the date it was built around.
func TestDocumentSeedsViolations(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		o := documentOptions(t)
		if rapid.Bool().Draw(t, "otherDate") {
			o.AsOf = policytest.Date().Draw(t, "asOf")
		}
		doc := policytest.Document(o).Draw(t, "doc")
		on := o.AsOf
		if on.IsZero() {
			on = policytest.DefaultAsOf()
		}
		r, err := policy.Evaluate(doc, on)
		if err != nil {
			t.Fatal(err)
		}
		found := map[string]bool{}
		for _, f := range r.Findings {
			found[f.Rule] = true
		}
		allowed := map[string]bool{}
		for _, v := range o.Violations {
			if !slices.ContainsFunc(v.Rules(), func(id string) bool { return found[id] }) {
				t.Errorf("violation %s asked for, and no finding of %v", v, v.Rules())
			}
			for _, id := range v.Rules() {
				allowed[id] = true
			}
		}
		if o.Noise {
			return
		}
		for _, f := range r.Findings {
			sev := f.Severity
			if f.RaisedFrom != 0 {
				sev = f.RaisedFrom
			}
			if sev != finding.Info && !allowed[f.Rule] {
				t.Errorf("compliant document (violations %v) has finding %s", o.Violations, f)
			}
		}
	})
}

// TestDocumentSizes: the lists grow in proportion to the assets.
func TestDocumentSizes(t *testing.T) {
	doc := policytest.Document(policytest.DocumentOptions{Assets: 2000}).Example(1)
	if len(doc.Assets) != 2000 {
		t.Fatalf("%d assets", len(doc.Assets))
	}
	for _, c := range []struct {
		name     string
		n        int
		min, max int
	}{
		{"nodes", len(doc.Topology.Nodes), 400, 1500},
		{"links", len(doc.Topology.Links), 600, 2300},
		{"records", len(doc.Records), 600, 2000},
		{"contractors", len(doc.Vendors.Contractors), 100, 102},
		{"services", len(doc.Vendors.Services), 40, 41},
		{"accounts", len(doc.Vendors.Accounts), 10, 12},
		{"risks", len(doc.Risks), 100, 102},
		{"changes", len(doc.Changes), 20, 22},
		{"evaluations", len(doc.Evaluations), 2, 3},
	} {
		if c.n < c.min || c.n > c.max {
			t.Errorf("%d %s for 2000 assets, want %d to %d", c.n, c.name, c.min, c.max)
		}
	}
	if len(doc.Exceptions) == 0 {
		t.Error("no exceptions")
	}
}

// TestDocumentDeterministic: a seed gives one document.
func TestDocumentDeterministic(t *testing.T) {
	g := policytest.Document(policytest.DocumentOptions{Assets: 50, Violations: policytest.Violations(), Noise: true})
	var a, b bytes.Buffer
	if err := policy.Encode(&a, g.Example(7)); err != nil {
		t.Fatal(err)
	}
	if err := policy.Encode(&b, g.Example(7)); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Error("the same seed gave two documents")
	}
}

// TestMutationsAreCaught: Decode refuses every mutation, reporting each
// problem at its path with its kind, and nothing else for an exact one.
func TestMutationsAreCaught(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		checkMutation(t, policytest.InvalidDocument(documentOptions(t)).Draw(t, "mutation"))
	})
}

// TestMutationsOfEveryKind: Mutate makes every kind of mutation it
// documents, on a document that has every kind of element.
func TestMutationsOfEveryKind(t *testing.T) {
	doc := policytest.Document(policytest.DocumentOptions{Assets: 40, Violations: policytest.Violations()}).Example(3)
	g := policytest.Mutate(doc)
	seen := map[string]int{}
	for i := range 1000 {
		seen[g.Example(i).Name]++
	}
	for _, name := range mutationNames {
		if seen[name] == 0 {
			t.Errorf("mutation %q never drawn", name)
		}
	}
	if len(seen) != len(mutationNames) {
		t.Errorf("mutations drawn %v, documented %v", seen, mutationNames)
	}
}

// mutationNames are the names of every mutation Mutate makes.
var mutationNames = []string{
	"duplicate member", "member name in another case", "unknown member", "null", "value of the wrong type",
	"unknown wire id or date", "invalid UTF-8", "trailing data", "required member removed", "element repeated",
	"dangling reference", "node and asset in different zones", "asset containing itself",
	"exception expiring before its approval", "contract ending before it starts", "interval out of range",
	"unknown format version", "method on a link other than sanitized transfer", "planned record without a target",
	"severity lowered to information", "confidentiality code of the other scheme",
}

func checkMutation(t *rapid.T, m policytest.DocumentMutation) {
	_, err := policy.Decode(bytes.NewReader(m.JSON))
	var errs field.List
	if !errors.As(err, &errs) {
		t.Fatalf("%s: Decode gave %v, want a field.List", m.Name, err)
	}
	var got []string
	for _, e := range errs {
		got = append(got, policytest.Problem{Path: e.Path, Kind: e.Kind}.String())
	}
	for _, p := range m.Problems {
		if i := slices.Index(got, p.String()); i >= 0 {
			got = slices.Delete(got, i, i+1)
		} else {
			t.Errorf("%s: Decode did not report %s:\n%v\n%s", m.Name, p, errs, excerpt(m.JSON))
		}
	}
	if m.Exact && len(got) > 0 {
		t.Errorf("%s: Decode reported more than %v: %v\n%v", m.Name, m.Problems, got, errs)
	}
}

func excerpt(b []byte) string {
	if len(b) > 3000 {
		return string(b[:3000]) + "…"
	}
	return string(b)
}

func ExampleDocument() {
	g := policytest.Document(policytest.DocumentOptions{Assets: 10, Violations: []policytest.Violation{policytest.MyNumberLeak}})
	doc := g.Example(1) // in a property, g.Draw(t, "doc")
	r, err := policy.Evaluate(doc, policytest.DefaultAsOf())
	if err != nil {
		panic(err)
	}
	leaks := 0
	for _, f := range r.Findings {
		if f.Rule == "mynumber-leak" {
			leaks++
		}
	}
	fmt.Println(len(doc.Assets), "assets;", "complies:", r.Complies, "; leaks found:", leaks > 0)
	fmt.Println(strings.Join(policytest.MyNumberLeak.Rules(), ","))
	// Output:
	// 10 assets; complies: false ; leaks found: true
	// mynumber-leak
}

// TestViolationRules: every kind of violation has a distinct id and names
// rules of the library; an invalid one names none.
func TestViolationRules(t *testing.T) {
	known := map[string]bool{}
	for _, id := range policy.RuleIDs() {
		known[id] = true
	}
	ids := map[string]bool{}
	for _, v := range policytest.Violations() {
		if !v.Valid() || ids[v.String()] {
			t.Errorf("violation %d: invalid or repeated id %q", v, v)
		}
		ids[v.String()] = true
		if len(v.Rules()) == 0 {
			t.Errorf("%s names no rule", v)
		}
		for _, r := range v.Rules() {
			if !known[r] {
				t.Errorf("%s names %q, no rule of the library", v, r)
			}
		}
	}
	if bad := policytest.Violation(0); bad.Valid() || bad.String() != "policytest.Violation(0)" || len(bad.Rules()) != 0 {
		t.Errorf("the zero violation: valid %v, %q, rules %v", bad.Valid(), bad, bad.Rules())
	}
}
