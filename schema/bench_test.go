package schema_test

import (
	"bytes"
	"fmt"
	"sync"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/jichitai-sec/policy"
	"github.com/jichitai-sec/policy/policytest"
)

var (
	largeMu   sync.Mutex
	largeDocs = map[int][]byte{}
)

// largeDocument is the JSON of a valid generated document of n assets
// (and the other lists in proportion, as policytest.Document makes them),
// the same for every run.
func largeDocument(b *testing.B, n int) []byte {
	b.Helper()
	largeMu.Lock()
	defer largeMu.Unlock()
	if src, ok := largeDocs[n]; ok {
		return src
	}
	doc := policytest.Document(policytest.DocumentOptions{Assets: n}).Example(1)
	var buf bytes.Buffer
	if err := policy.Encode(&buf, doc); err != nil {
		b.Fatal(err)
	}
	largeDocs[n] = buf.Bytes()
	return largeDocs[n]
}

// BenchmarkValidate validates generated documents of 1,000, 10,000 and
// 100,000 assets against the document schema with the test validator
// (parsing included), beside policy.Decode of the same text as a
// baseline.
func BenchmarkValidate(b *testing.B) {
	sch := validators(b)[docName]
	for _, n := range []int{1_000, 10_000, 100_000} {
		src := largeDocument(b, n)
		b.Run(fmt.Sprintf("assets=%d/schema", n), func(b *testing.B) {
			b.SetBytes(int64(len(src)))
			b.ReportAllocs()
			for b.Loop() {
				v, err := jsonschema.UnmarshalJSON(bytes.NewReader(src))
				if err != nil {
					b.Fatal(err)
				}
				if err := sch.Validate(v); err != nil {
					b.Fatal(err)
				}
			}
		})
		b.Run(fmt.Sprintf("assets=%d/decode", n), func(b *testing.B) {
			b.SetBytes(int64(len(src)))
			b.ReportAllocs()
			for b.Loop() {
				if _, err := policy.Decode(bytes.NewReader(src), policy.MaxBytes(1<<30)); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
