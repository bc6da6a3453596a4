package main

import (
	"bytes"
	"flag"
	"os"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

var update = flag.Bool("update", false, "rewrite the golden report")

func TestSampleReport(t *testing.T) {
	var out bytes.Buffer
	if err := run(&out, sample); err != nil {
		t.Fatal(err)
	}
	const golden = "testdata/report.golden"
	if *update {
		if err := os.WriteFile(golden, out.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(string(want), out.String()); diff != "" {
		t.Errorf("report differs from %s (-want +got; rerun with -update if intended):\n%s", golden, diff)
	}
}

func TestBadDocuments(t *testing.T) {
	cases := []struct{ name, doc, want string }{
		{"unknown field", `{"asOf":"2026-06-01","topology":{"nodes":[]},"extra":1}`, `unknown field "extra"`},
		{"unknown zone", `{"asOf":"2026-06-01","topology":{"nodes":[{"id":"a","at":"zone:dmz"}]}}`, `unknown Endpoint "zone:dmz"`},
		{"bad date", `{"asOf":"2026-13-01","topology":{}}`, `invalid date "2026-13-01"`},
		{"no date", `{"topology":{}}`, "needs an asOf date"},
		{"dangling link", `{"asOf":"2026-06-01","topology":{"nodes":[{"id":"a","at":"zone:business"}],"links":[{"from":"a","to":"b","channel":"direct"}]}}`, "links[0].to: reference not found \"b\""},
		{"duplicate function", `{"asOf":"2026-06-01","topology":{"nodes":[],"links":[{"from":"a","to":"b","channel":"direct","guard":{"kind":"utm","functions":["firewall","firewall"]}}]}}`, "duplicate firewall"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			err := run(&bytes.Buffer{}, []byte(c.doc))
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Errorf("err = %v, want it to mention %q", err, c.want)
			}
		})
	}
}
