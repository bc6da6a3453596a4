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

// valid is a small valid document that the cases below break one way each.
const valid = `{"asOf":"2026-06-01","topology":{"nodes":[{"id":"a","at":"zone:business"},{"id":"b","at":"zone:internet"}],` +
	`"links":[{"from":"a","to":"b","channel":"direct"}]},"exceptions":[]}`

func TestValidDocumentDecodes(t *testing.T) {
	if err := run(&bytes.Buffer{}, []byte(valid)); err != nil {
		t.Fatal(err)
	}
}

// TestHostileDocuments feeds the decoder what encoding/json accepts
// silently; each must be rejected, naming the place.
func TestHostileDocuments(t *testing.T) {
	cases := []struct{ name, doc, want string }{
		{"unknown member", `{"asOf":"2026-06-01","topology":{"nodes":[]},"extra":1}`, "/extra (line"},
		{"unknown member deep", `{"asOf":"2026-06-01","topology":{"nodes":[{"id":"a","at":"zone:business","zone":"x"}]}}`, "/topology/nodes/0/zone (line"},
		{"duplicate member", `{"asOf":"2026-06-01","topology":{"nodes":[{"id":"a","at":"zone:mynumber","at":"zone:internet"}]}}`, "member name is repeated"},
		{"member in another case", `{"AsOf":"2026-06-01","topology":{}}`, "/AsOf (line"},
		{"member in upper case", `{"asOf":"2026-06-01","topology":{"nodes":[],"links":[{"FROM":"a","to":"b","channel":"direct"}]}}`, "/topology/links/0/FROM (line"},
		{"Unicode folding ſ", `{"asOf":"2026-06-01","topology":{"nodeſ":[]}}`, "/topology/nodeſ (line"},
		{"Unicode folding K", `{"asOf":"2026-06-01","topology":{"nodes":[],"lin\u212As":[]}}`, "/topology/lin"},
		{"invalid UTF-8 in an id", "{\"asOf\":\"2026-06-01\",\"topology\":{\"nodes\":[{\"id\":\"a\xff\",\"at\":\"zone:business\"}]}}", "/topology/nodes/0/id (line"},
		{"trailing garbage", valid + ` x`, "after the end of the document"},
		{"a second document", valid + valid, "after the end of the document"},
		{"null member", `{"asOf":null,"topology":{}}`, "/asOf (line"},
		{"null element", `{"asOf":"2026-06-01","topology":{"nodes":[null]}}`, "/topology/nodes/0 (line"},
		{"label instead of wire id", `{"asOf":"2026-06-01","topology":{"nodes":[{"id":"a","at":"zone:LGWAN接続系"}]}}`, "/topology/nodes/0/at (line"},
		{"alias instead of wire id", `{"asOf":"2026-06-01","topology":{"nodes":[],"links":[{"from":"a","to":"b","channel":"電磁的記録媒体"}]}}`, "/topology/links/0/channel (line"},
		{"bad enum deep in a list", `{"asOf":"2026-06-01","topology":{"nodes":[{"id":"a","at":"zone:business"},{"id":"b","at":"zone:dmz"}]}}`, "/topology/nodes/1/at (line"},
		{"wrong type", `{"asOf":"2026-06-01","topology":{"nodes":{}}}`, "/topology/nodes (line"},
		{"bad date", `{"asOf":"2026-13-01","topology":{}}`, "/asOf (line"},
		{"truncated", `{"asOf":"2026-06-01","topology":{"nodes":[`, "ends too early"},
		{"syntax error position", "{\n  \"asOf\": \"2026-06-01\",\n  \"topology\": {]\n}", "line 3, column"},
		{"no date", `{"topology":{}}`, "/asOf: required value missing"},
		{"dangling link", `{"asOf":"2026-06-01","topology":{"nodes":[{"id":"a","at":"zone:business"}],"links":[{"from":"a","to":"b","channel":"direct"}]}}`, `/topology/links/0/to: reference not found "b"`},
		{"duplicate function", `{"asOf":"2026-06-01","topology":{"nodes":[],"links":[{"from":"a","to":"b","channel":"direct","guard":{"kind":"utm","functions":["firewall","firewall"]}}]}}`, "duplicate firewall"},
		{"duplicate exception ids", `{"asOf":"2026-06-01","topology":{"nodes":[{"id":"m","at":"zone:mynumber"},{"id":"b","at":"zone:business"}]},"exceptions":[` +
			`{"id":"EX-1","from":"zone:mynumber","to":"zone:business","channel":"media","covers":[{"from":"m","to":"b"}],"justification":"j","approvedBy":"CISO","approvedOn":"2026-04-01","expiresOn":"2027-03-31"},` +
			`{"id":"EX-1","from":"zone:mynumber","to":"zone:business","channel":"media","covers":[{"from":"m","to":"b"}],"justification":"j","approvedBy":"CISO","approvedOn":"2026-04-01","expiresOn":"2027-03-31"}]}`,
			`/exceptions/1/id: duplicate value "EX-1"`},
		{"exception covering nothing", `{"asOf":"2026-06-01","topology":{"nodes":[]},"exceptions":[` +
			`{"id":"EX-1","from":"zone:mynumber","to":"zone:business","channel":"media","covers":[],"justification":"j","approvedBy":"CISO","approvedOn":"2026-04-01","expiresOn":"2027-03-31"}]}`,
			"/exceptions/0/covers: required value missing"},
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

func TestOversizedDocument(t *testing.T) {
	big := append([]byte(valid), bytes.Repeat([]byte(" "), maxDocument)...)
	err := run(&bytes.Buffer{}, big)
	if err == nil || !strings.Contains(err.Error(), "larger than") {
		t.Errorf("err = %v, want the size cap", err)
	}
}

// TestReportEscapesDocumentText: text from the document with a newline
// cannot forge a line of the report, and ESC never reaches the terminal;
// an id cannot hold either (field.IDs), and is refused at its path.
func TestReportEscapesDocumentText(t *testing.T) {
	forged := `\n漏えい経路 / Leak paths out of the My Number zone (6(3)ア): 0`
	withID := func(id string) string {
		return `{"organization":"x\u001b[31mred` + forged + `","asOf":"2026-06-01","topology":{"nodes":[` +
			`{"id":"m","at":"zone:mynumber"},{"id":"` + id + `","at":"zone:business"}],` +
			`"links":[{"from":"m","to":"` + id + `","channel":"direct"}]},"exceptions":[]}`
	}
	if err := run(&bytes.Buffer{}, []byte(withID("b"+forged))); err == nil || !strings.Contains(err.Error(), "/topology/nodes/1/id: invalid value") {
		t.Errorf("an id with a newline: err = %v, want it refused at /topology/nodes/1/id", err)
	}
	doc := withID("b")
	var out bytes.Buffer
	if err := run(&out, []byte(doc)); err != nil {
		t.Fatal(err)
	}
	got := out.String()
	if strings.Contains(got, "\x1b") {
		t.Errorf("the report carries an ESC character:\n%s", got)
	}
	for _, line := range strings.Split(got, "\n") {
		if strings.HasPrefix(line, "漏えい経路") && !strings.HasSuffix(line, ": 0") {
			t.Errorf("unexpected leak line %q", line)
		}
	}
	if n := strings.Count(got, "\n漏えい経路"); n != 1 {
		t.Errorf("the report has %d leak headings, want 1:\n%s", n, got)
	}
}
