package zone_test

import (
	"encoding/json"
	"testing"

	"github.com/jichitai-sec/policy/zone"
)

// FuzzFindLeaks decodes arbitrary JSON as a topology and analyses it: bad
// input must come back as an error, never a panic, and every leak reported
// must come with a path of existing, permitted links from a My Number node.
func FuzzFindLeaks(f *testing.F) {
	f.Add(`{"nodes":[{"id":"a","at":"zone:mynumber"},{"id":"b","at":"zone:business"},{"id":"c","at":"zone:internet"}],
		"links":[{"from":"a","to":"b","channel":"media"},{"from":"b","to":"c","channel":"sanitized","method":"cdr"}]}`)
	f.Add(`{"nodes":[{"id":"a","at":"zone:mynumber"},{"id":"a","at":"network:internet"}],"links":[{"from":"a","to":"x"}]}`)
	f.Add(`{"nodes":[{"id":"i","at":"zone:internet"},{"id":"n","at":"network:internet"}],
		"links":[{"from":"i","to":"n","channel":"direct","guard":{"kind":"utm","functions":["firewall"]}}]}`)
	f.Add(`{"nodes":[],"links":[{"from":"","to":"","channel":"media","method":"pdf-conversion"}]}`)
	f.Add(`{}`)
	exs := []zone.Exception{{
		ID: "EX-1", From: myNumber, To: business, Channel: zone.Media, Justification: "j",
		ApprovedBy: "CISO", ApprovedOn: asOf, ExpiresOn: asOf,
	}}
	f.Fuzz(func(t *testing.T, doc string) {
		var top zone.Topology
		if json.Unmarshal([]byte(doc), &top) != nil {
			return
		}
		leaks, err := zone.FindLeaks(top, exs, asOf)
		if err != nil {
			if leaks != nil {
				t.Fatalf("leaks returned with the error %v", err)
			}
			return
		}
		for _, l := range leaks {
			if len(l.Path) == 0 || !l.At.InternetSide() {
				t.Fatalf("leak %+v without a path or not on the Internet side", l)
			}
			for i, h := range l.Path {
				link := top.Links[h.Link]
				if link.From != h.From || link.To != h.To || !h.Verdict.Allowed() || (i > 0 && l.Path[i-1].To != h.From) {
					t.Fatalf("hop %d of %s is not a permitted link continuing the path: %+v", i, l.Node, h)
				}
			}
		}
	})
}
