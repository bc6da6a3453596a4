package main

import (
	"bytes"
	"os"
	"testing"
)

// FuzzDecode feeds the document decoder arbitrary bytes, starting from the
// sample and the hostile cases: it must never panic, and a document it
// accepts must be reported on without error.
func FuzzDecode(f *testing.F) {
	f.Add(sample)
	f.Add([]byte(valid))
	if b, err := os.ReadFile("testdata/report.golden"); err == nil {
		f.Add(b)
	}
	f.Add([]byte(`{"asOf":"2026-06-01","topology":{"nodes":[{"id":"a","at":"zone:mynumber","at":"zone:internet"}]}}`))
	f.Add([]byte(`{"asOf":null,"topology":{"nodeſ":[]}}`))
	f.Fuzz(func(t *testing.T, src []byte) {
		doc, err := decode(src)
		if err != nil {
			return
		}
		if err := report(&bytes.Buffer{}, doc); err != nil {
			t.Fatalf("a decoded document could not be reported on: %v", err)
		}
	})
}
