package control_test

import (
	"flag"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/jichitai-sec/policy/asset"
	"github.com/jichitai-sec/policy/clause"
	"github.com/jichitai-sec/policy/control"
	"github.com/jichitai-sec/policy/threat"
)

// The -update flag is registered in init, after every package-level
// variable of the test binary, and only if no other test file of the
// package has registered it already.
func init() {
	if flag.Lookup("update") == nil {
		flag.Bool("update", false, "rewrite the golden files (control/README.md)")
	}
}

func updating() bool {
	f := flag.Lookup("update")
	return f != nil && f.Value.String() == "true"
}

// TestREADME holds control/README.md to what the catalog says: the
// catalog table and the threat × control matrix are generated from
// Catalog and ThreatMatrix, so that the repository page cannot drift from
// the code. Run `go test ./control -run TestREADME -update` to rewrite it.
func TestREADME(t *testing.T) {
	got := readme()
	if updating() {
		if err := os.WriteFile("README.md", []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile("README.md")
	if err != nil {
		t.Fatalf("%v (run go test ./control -run TestREADME -update)", err)
	}
	if diff := cmp.Diff(string(want), got); diff != "" {
		t.Errorf("control/README.md is stale (-committed +generated); run go test ./control -run TestREADME -update:\n%s", diff)
	}
}

// TestREADMEContent checks the generator itself: every control and every
// threat has its row, and the matrix cells are the mitigating controls.
func TestREADMEContent(t *testing.T) {
	doc := readme()
	for _, c := range control.All() {
		if !strings.Contains(doc, "| `"+c.String()+"` | "+c.Ja()+" | "+c.En()+" | "+c.Clause().String()+" | ") {
			t.Errorf("README has no catalog row for %s", c)
		}
	}
	m := control.ThreatMatrix()
	for _, th := range threat.All() {
		if !strings.Contains(doc, "| `"+th.String()+"` | "+th.Ja()+" | "+th.Clause().String()+" | "+ids(m[th])+" |") {
			t.Errorf("README has no matrix row for %s", th)
		}
	}
	if got := appliesTo(mustLookup(control.TechWirelessEAPTLS)); got != "network; in the My Number zone or the business-server zone; wireless LAN only" {
		t.Errorf("applies-to of tech-wireless-eap-tls = %q", got)
	}
	if got := appliesTo(mustLookup(control.AssetEncryption)); got != "electronic media, information, printed document or system document; rated confidentiality 2 or above, or of My Number work" {
		t.Errorf("applies-to of asset-encryption = %q", got)
	}
	if got := appliesTo(mustLookup(control.AssetBackup)); got != "any asset; rated integrity 2 or above, or availability 2 or above" {
		t.Errorf("applies-to of asset-backup = %q", got)
	}
	if got := appliesTo(mustLookup(control.HumanRules)); got != "every asset" {
		t.Errorf("applies-to of human-rules = %q", got)
	}
	if got := appliesTo(mustLookup(control.OrgCISO)); got != "the organization as a whole" {
		t.Errorf("applies-to of org-ciso = %q", got)
	}
}

func mustLookup(c control.Control) control.Entry {
	e, ok := control.Lookup(c)
	if !ok {
		panic("no entry for " + c.String())
	}
	return e
}

func ids(cs []control.Control) string {
	parts := make([]string, len(cs))
	for i, c := range cs {
		parts[i] = "`" + c.String() + "`"
	}
	return strings.Join(parts, ", ")
}

// orList joins words as "a, b or c".
func orList(words []string) string {
	switch len(words) {
	case 0:
		return ""
	case 1:
		return words[0]
	}
	return strings.Join(words[:len(words)-1], ", ") + " or " + words[len(words)-1]
}

// appliesTo says in words which assets need a control.
func appliesTo(e control.Entry) string {
	if e.Scope == control.ScopeOrganization {
		return "the organization as a whole"
	}
	a := e.Applies
	var parts []string
	switch {
	case len(a.Kinds) == 0 && len(a.Zones) == 0 && !a.Wireless && len(a.MinBands) == 0:
		return "every asset"
	case len(a.Kinds) == 0:
		parts = append(parts, "any asset")
	default:
		var ks []string
		for _, k := range a.Kinds {
			ks = append(ks, k.En())
		}
		parts = append(parts, orList(ks))
	}
	if len(a.Zones) > 0 {
		var zs []string
		for _, z := range a.Zones {
			zs = append(zs, "the "+z.En())
		}
		parts = append(parts, "in "+orList(zs))
	}
	if a.Wireless {
		parts = append(parts, "wireless LAN only")
	}
	if len(a.MinBands) > 0 {
		var bs []string
		for _, b := range a.MinBands {
			if b.Band == 3 && b.Property == asset.Confidentiality {
				bs = append(bs, "confidentiality 3 (3A, 3B, 3C or legacy 3)")
				continue
			}
			bs = append(bs, b.Property.En()+" "+strconv.Itoa(b.Band)+" or above")
		}
		s := "rated " + strings.Join(bs, ", or ")
		if a.MyNumber {
			s += ", or of My Number work"
		}
		parts = append(parts, s)
	}
	return strings.Join(parts, "; ")
}

func dutyWord(d clause.Duty) string {
	return d.String() + " (" + d.Ja() + ")"
}

// readme renders control/README.md.
func readme() string {
	var b strings.Builder
	w := func(lines ...string) {
		for _, l := range lines {
			b.WriteString(l)
			b.WriteByte('\n')
		}
	}
	w("# control",
		"",
		"<!-- Generated by TestREADME (control/readme_test.go) from control.Catalog and control.ThreatMatrix.",
		"     Do not edit by hand: run `go test ./control -run TestREADME -update`. -->",
		"",
		"Package `control` is the catalog of the measures that clauses 6 to 8 of the basic policy call for,",
		"each filed under the section of the national guideline's countermeasure standard (対策基準) that",
		"municipal standards put it in, and what an organization does with it: which controls an asset",
		"requires (`Required`, `RequiredAll`) and the organization requires as a whole (`OrganizationRequired`),",
		"and the gaps between those and what it has recorded as implemented (`Gaps`, after `ValidateRecords`).",
		"",
		"A control rests on one clause, and its duty is that clause's: 6(6), 6(7) and 6(8) are worded as duties",
		"to strive for (「…講じるよう努めるものとする」), the rest as firm duties, so a missing firm control is an",
		"error and a missing effort control a warning. The basis column says what an entry rests on:",
		"",
	)
	for _, bs := range control.Bases() {
		w("- `" + bs.String() + "`: " + bs.En() + " (" + bs.Ja() + ")")
	}
	w("",
		"A control that may not be waived (the organization, classification, the three-tier model, training, …)",
		"cannot be recorded as not applicable; the others can, with a justification.",
		"",
		"## Catalog",
		"",
		"| id | 対策 | control | clause | duty | section | scope | basis | waivable | applies to |",
		"|---|---|---|---|---|---|---|---|---|---|",
	)
	for _, e := range control.Catalog() {
		waivable := "no"
		if e.Waivable {
			waivable = "yes"
		}
		w("| `" + e.Control.String() + "` | " + e.Title.Ja + " | " + e.Title.En + " | " + e.Clause.String() + " | " +
			dutyWord(e.Duty) + " | " + e.Section.Ja() + " | " + e.Scope.String() + " | " + e.Basis.String() + " | " +
			waivable + " | " + appliesTo(e) + " |")
	}
	w("",
		"Where an entry names kinds, zones and ratings, every condition must hold; a rating holds when any",
		"property named is rated at that band or above (3 covers 3A, 3B, 3C and legacy 3), and an unclassified",
		"or unknown level counts as the highest band (fail closed).",
		"",
		"## Threats and the controls that mitigate them",
		"",
		"Every threat of clause 3 (package `threat`) is mitigated by at least one control, and every control",
		"mitigates at least one.",
		"",
		"| threat | 脅威 | clause | controls |",
		"|---|---|---|---|",
	)
	m := control.ThreatMatrix()
	for _, th := range threat.All() {
		w("| `" + th.String() + "` | " + th.Ja() + " | " + th.Clause().String() + " | " + ids(m[th]) + " |")
	}
	w("", "## Performance", "")
	b.WriteString(readmePerformance)
	return b.String()
}

// readmePerformance is the measured cost of RequiredAll and Gaps, kept here
// with the command that produced it so that TestREADME renders it.
const readmePerformance = `Measured with the standard harness (median of three runs, 2 vCPU AMD EPYC, Go 1.26.8, a machine
shared with other work), on registers of 10,000 and 100,000 assets cycling through ten sample
assets (about 10.3 requirements each) and, for ` + "`Gaps`" + `, records for four of every five
requirements (about 8.2 records and 8.2 findings per asset):

` + "```sh" + `
go test -run '^$' -bench 'Required|Gaps' -benchmem -count 3 ./control/
` + "```" + `

| benchmark | assets | time/op | B/op | allocs/op |
|---|---:|---:|---:|---:|
| ` + "`RequiredAll`" + ` | 10,000 | 6.46 ms | 5.7 MiB | 10,001 |
| ` + "`RequiredAll`" + ` | 100,000 | 47.8 ms | 56.5 MiB | 100,001 |
| ` + "`Gaps`" + ` | 10,000 | 58.5 ms | 42.7 MiB | 412,216 |
| ` + "`Gaps`" + ` | 100,000 | 595 ms | 426.5 MiB | 4,120,676 |

Ten times the register costs about ten times the time (7.4× and 10.2× here) and ten times the
memory and allocations. ` + "`RequiredAll`" + ` allocates
its result once, at its size, and one path per asset, which the asset's requirements share.
` + "`Gaps`" + ` allocates an index of the records (a few allocations per thousand assets;
` + "`TestAllocations`" + ` holds it to that) and, per finding, its two texts, its ids, its path and,
for a stale check, its further clause; the one allocation that is not part of the result is the
date a planned or stale finding quotes, formatted once for both languages.
`
