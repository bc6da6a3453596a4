package zone_test

import (
	"encoding/json"
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/jichitai-sec/policy/date"
	"github.com/jichitai-sec/policy/field"
	"github.com/jichitai-sec/policy/zone"
)

// fuzzDoc is what FuzzFindLeaks decodes: a topology, the exceptions for
// it and the date to judge them by.
type fuzzDoc struct {
	Topology   zone.Topology    `json:"topology"`
	Exceptions []zone.Exception `json:"exceptions"`
	AsOf       date.Date        `json:"asOf"`
}

// FuzzFindLeaks decodes arbitrary JSON as a topology with exceptions and
// analyses it: a defective topology comes back as its problems, never a
// panic or a partial result; otherwise every verdict is the brute force's,
// the leaking nodes are those the brute force reaches, the report is
// linear in size, and the witness of every leak is a shortest path of
// allowed links from a My Number zone node.
func FuzzFindLeaks(f *testing.F) {
	top, exs := office()
	b, err := json.Marshal(fuzzDoc{top, exs, asOf})
	if err != nil {
		f.Fatal(err)
	}
	f.Add(string(b))
	top, exs = chainShape(4)
	b, _ = json.Marshal(fuzzDoc{top, exs, asOf})
	f.Add(string(b))
	for _, s := range []string{
		`{"topology":{"nodes":[{"id":"a","at":"zone:mynumber"},{"id":"b","at":"zone:business"},{"id":"c","at":"zone:internet"}],
			"links":[{"from":"a","to":"b","channel":"media"},{"from":"b","to":"c","channel":"sanitized","method":"file-sanitization"}]},
		  "exceptions":[{"id":"EX-1","from":"zone:mynumber","to":"zone:business","channel":"media","covers":[{"from":"a","to":"b"}],
			"justification":"j","approvedBy":"CISO","approvedOn":"2026-04-01","expiresOn":"2027-03-31"}],"asOf":"2026-06-01"}`,
		`{"topology":{"nodes":[{"id":"p","at":"zone:business"},{"id":"m","at":"zone:mynumber"}],
			"links":[{"from":"p","to":"m","channel":"sanitized","method":"pdf-conversion"},{"from":"m","to":"p","channel":"sanitized"}]},
		  "exceptions":[{"id":"NA-1","from":"zone:business","to":"zone:mynumber","channel":"sanitized","method":"pdf-conversion",
			"covers":[{"from":"p","to":"m"},{"from":"p","to":"m"}],"allowance":"mynaportal","justification":"j"},
			{"id":"X","from":"zone:mynumber","to":"zone:business","channel":"sanitized","covers":[{"from":"m","to":"p"}],
			"justification":"j","approvedBy":"CISO","approvedOn":"2026-01-01","expiresOn":"2026-12-31"}],"asOf":"2026-06-01"}`,
		`{"topology":{"nodes":[{"id":"a","at":"zone:mynumber"},{"id":"a","at":"network:public-internet"}],"links":[{"from":"a","to":"x"}]}}`,
		`{"topology":{"nodes":[{"id":"i","at":"zone:internet"},{"id":"n","at":"network:public-internet"}],
			"links":[{"from":"i","to":"n","channel":"direct","guard":{"kind":"utm","functions":["firewall"]}}]}}`,
		`{"topology":{"nodes":[],"links":[{"from":"","to":"","channel":"media","method":"pdf-conversion"}]}}`,
		`{"topology":{"nodes":[{"id":"a","at":"zone:mynumber"}],"links":[{"from":"a","to":"a","channel":"direct"}]},"exceptions":[{"covers":[{}]}]}`,
		`{}`,
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, doc string) {
		var d fuzzDoc
		if json.Unmarshal([]byte(doc), &d) != nil {
			return
		}
		r, err := zone.FindLeaks(d.Topology, d.Exceptions, d.AsOf, "/topology")
		if err != nil {
			var list field.List
			if r != nil || !errors.As(err, &list) || len(list) == 0 {
				t.Fatalf("FindLeaks = %v, %v; want nil and the problems", r, err)
			}
			return
		}
		verdicts, dist := bruteForce(d.Topology, d.Exceptions, d.AsOf)
		if diff := cmp.Diff(verdicts, r.Verdicts); diff != "" {
			t.Fatalf("verdicts (-brute force +FindLeaks):\n%s", diff)
		}
		leaking := 0
		for i, n := range d.Topology.Nodes {
			if dist[i] > 0 && n.At.InternetSide() {
				leaking++
			}
		}
		if len(r.Leaks) != leaking || len(r.Leaks)+len(r.Verdicts) > len(d.Topology.Nodes)+len(d.Topology.Links) {
			t.Fatalf("%d leaks, brute force %d; %d nodes, %d links", len(r.Leaks), leaking, len(d.Topology.Nodes), len(d.Topology.Links))
		}
		for _, l := range r.Leaks {
			checkWitness(t, d.Topology, r, l, dist[l.Node])
		}
		for _, v := range r.Verdicts {
			if _, err := json.Marshal(v); err != nil {
				t.Fatalf("verdict %+v does not marshal: %v", v, err)
			}
		}
	})
}
