package policy_test

import (
	"bytes"
	"os"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/jichitai-sec/policy"
	"github.com/jichitai-sec/policy/policytest"
)

// TestEvaluateInParallel evaluates many documents at once from several
// goroutines, all sharing the library's catalogs and tables, and asserts
// that every report is the one a sequential run gives. Under -race (as CI
// runs it) it also shows that the library keeps no mutable shared state.
func TestEvaluateInParallel(t *testing.T) {
	asOf := policytest.DefaultAsOf()
	var docs []policy.Document
	for _, name := range []string{"examples/evaluate/sample.json", "examples/evaluate/violations.json"} {
		b, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		doc, err := policy.Decode(bytes.NewReader(b))
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		docs = append(docs, doc)
	}
	gen := policytest.Document(policytest.DocumentOptions{Assets: 20, Violations: policytest.Violations(), AsOf: asOf})
	for i := range 6 {
		docs = append(docs, gen.Example(i))
	}
	want := make([]policy.Report, len(docs))
	for i, d := range docs {
		r, err := policy.Evaluate(d, asOf)
		if err != nil {
			t.Fatal(err)
		}
		want[i] = r
	}
	const rounds = 4
	got := make([][]policy.Report, rounds)
	var wg sync.WaitGroup
	for k := range rounds {
		got[k] = make([]policy.Report, len(docs))
		for i := range docs {
			wg.Add(1)
			go func() {
				defer wg.Done()
				r, err := policy.Evaluate(docs[i], asOf)
				if err != nil {
					t.Error(err)
					return
				}
				got[k][i] = r
			}()
		}
	}
	wg.Wait()
	for k := range rounds {
		for i := range docs {
			if diff := cmp.Diff(want[i], got[k][i], policytest.CmpOptions()); diff != "" {
				t.Errorf("round %d, document %d: a parallel evaluation differs from the sequential one (-want +got):\n%s", k, i, diff)
			}
		}
	}
	if len(want[1].Findings) == 0 {
		t.Error("the violations sample has no findings: the comparison proves little")
	}
}
