package policy_test

import (
	"bytes"
	"strconv"
	"sync"
	"testing"

	"github.com/go-json-experiment/json"
	"github.com/jichitai-sec/policy"
	"github.com/jichitai-sec/policy/policytest"
)

// benchSizes are the numbers of assets of the benchmark documents, 10×
// apart.
var benchSizes = []int{1000, 10000, 100000}

// benchDoc is a generated document of n assets, with the other lists in
// proportion (policytest.DocumentOptions) and every kind of violation
// seeded, the same on every run (a fixed seed, the first from 1 that
// keeps the evaluations), and its encoding.
type benchDoc struct {
	doc  policy.Document
	json []byte
}

var (
	benchMu   sync.Mutex
	benchDocs = map[int]*benchDoc{}
)

func benchDocument(b *testing.B, n int) *benchDoc {
	b.Helper()
	benchMu.Lock()
	defer benchMu.Unlock()
	if d := benchDocs[n]; d != nil {
		return d
	}
	g := policytest.Document(policytest.DocumentOptions{Assets: n, Violations: policytest.Violations()})
	doc := g.Example(1)
	for seed := 2; len(doc.Evaluations) == 0; seed++ { // the review trigger drew "no evaluation"
		doc = g.Example(seed)
	}
	d := &benchDoc{doc: doc, json: propEncode(b, doc)}
	benchDocs[n] = d
	return d
}

// BenchmarkDecode decodes documents of 1,000 to 100,000 assets with
// policy.Decode (strict JSON, then Validate; the encoding of 100,000
// assets, some 130 MB, is above the default cap), and, as the baseline of
// the claim that Decode is within 2× of plain decoding, the same bytes
// into the same structs with the JSON package's defaults and no
// validation.
func BenchmarkDecode(b *testing.B) {
	for _, n := range benchSizes {
		b.Run("assets="+strconv.Itoa(n), func(b *testing.B) {
			d := benchDocument(b, n)
			b.SetBytes(int64(len(d.json)))
			b.ReportAllocs()
			for b.Loop() {
				if _, err := policy.Decode(bytes.NewReader(d.json), policy.MaxBytes(1<<30)); err != nil {
					b.Fatal(err)
				}
			}
		})
		b.Run("baseline-assets="+strconv.Itoa(n), func(b *testing.B) {
			d := benchDocument(b, n)
			b.SetBytes(int64(len(d.json)))
			b.ReportAllocs()
			for b.Loop() {
				var doc policy.Document
				if err := json.Unmarshal(d.json, &doc); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkEvaluate evaluates the same documents.
func BenchmarkEvaluate(b *testing.B) {
	for _, n := range benchSizes {
		b.Run("assets="+strconv.Itoa(n), func(b *testing.B) {
			d := benchDocument(b, n)
			b.ReportAllocs()
			for b.Loop() {
				if _, err := policy.Evaluate(d.doc, policytest.DefaultAsOf()); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkRender prints the reports of the same documents in every
// format, in Japanese.
func BenchmarkRender(b *testing.B) {
	for _, n := range benchSizes {
		d := benchDocument(b, n)
		r, err := policy.Evaluate(d.doc, policytest.DefaultAsOf())
		if err != nil {
			b.Fatal(err)
		}
		for _, f := range policy.Formats() {
			b.Run(f.String()+"/assets="+strconv.Itoa(n), func(b *testing.B) {
				var out countingWriter
				b.ReportAllocs()
				for b.Loop() {
					if err := policy.Render(&out, r, f, policy.Japanese); err != nil {
						b.Fatal(err)
					}
				}
				b.SetBytes(out.n / int64(b.N))
			})
		}
	}
}

// countingWriter counts what is written to it and keeps none of it.
type countingWriter struct{ n int64 }

func (w *countingWriter) Write(p []byte) (int, error) {
	w.n += int64(len(p))
	return len(p), nil
}
