package vendors_test

import (
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/jichitai-sec/policy/asset"
	"github.com/jichitai-sec/policy/clause"
	"github.com/jichitai-sec/policy/field"
	"github.com/jichitai-sec/policy/finding"
	"github.com/jichitai-sec/policy/policytest"
	"github.com/jichitai-sec/policy/vendors"
	"github.com/jichitai-sec/policy/zone"
	"pgregory.net/rapid"
)

// world draws a scheme, a valid asset register, a few exceptions of any
// status on asOf (with unique ids), and a valid vendor register over them.
func world(t *rapid.T) (vendors.Register, vendors.Refs) {
	s := policytest.Scheme().Draw(t, "scheme")
	as := policytest.Assets(s, 15).Draw(t, "assets")
	grantable := zone.Flow{From: zone.In(zone.MyNumberZone), To: zone.In(zone.BusinessZone), Channel: zone.Direct}
	var exs []zone.Exception
	for k := range rapid.IntRange(0, 3).Draw(t, "exceptions") {
		var e zone.Exception
		if rapid.Bool().Draw(t, "inForce") {
			e = policytest.ExceptionInForce(grantable, asOf).Draw(t, "exception")
		} else {
			e = policytest.Exception().Draw(t, "exception")
		}
		e.ID = "EX-" + strconv.Itoa(k)
		exs = append(exs, e)
	}
	rf := vendors.Refs{Assets: as, Scheme: s, Exceptions: exs}
	return policytest.Register(rf, asOf, 6).Draw(t, "register"), rf
}

// key identifies a finding apart from its text.
func key(f finding.Finding) string {
	return f.Rule + " " + string(f.Path) + " " + strings.Join(f.IDs, ",")
}

func keys(fs []finding.Finding) map[string]int {
	m := map[string]int{}
	for _, f := range fs {
		m[key(f)]++
	}
	return m
}

// subset reports the keys of b that a lacks.
func lacking(a, b map[string]int) []string {
	var out []string
	for k, n := range b {
		if a[k] < n {
			out = append(out, k)
		}
	}
	slices.Sort(out)
	return out
}

var elem = regexp.MustCompile(`^/vendors/(contractors|services|accounts)/(\d+)(/.*)?$`)

// Every finding of a valid register cites 6(8) with its rule's further
// clauses and severity, points under the base path at the element of the
// vendor it names first, and says why in both languages.
func TestPropFindingsNameAVendorAndAClause(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		r, rf := world(t)
		if errs := vendors.Validate(r, rf, "/vendors"); len(errs) > 0 {
			t.Fatalf("the generated register is invalid: %v", errs)
		}
		fs := mustCheck(t, r, rf, asOf, defaults)
		for _, f := range fs {
			rule, err := vendors.ParseRule(f.Rule)
			if err != nil || f.Clause != clause.Outsourcing || !f.Clause.Valid() || !slices.Equal(f.Also, rule.Also()) ||
				f.Severity != rule.Severity() || f.Text.Ja == "" || f.Text.En == "" || len(f.IDs) == 0 {
				t.Fatalf("malformed finding %+v", f)
			}
			m := elem.FindStringSubmatch(string(f.Path))
			if m == nil {
				t.Fatalf("%s: path %q is not under a vendor", f.Rule, f.Path)
			}
			i, _ := strconv.Atoi(m[2])
			var id string
			switch m[1] {
			case "contractors":
				id = r.Contractors[i].ID
			case "services":
				id = r.Services[i].ID
			default:
				id = r.Accounts[i].ID
			}
			if f.IDs[0] != id {
				t.Fatalf("%s at %s names %q first, the element is %q", f.Rule, f.Path, f.IDs[0], id)
			}
		}
	})
}

// Adding a requirement to a contract never adds a finding.
func TestPropMoreRequirementsNeverAddAFinding(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		r, rf := world(t)
		var contracts []*vendors.Contract
		for i := range r.Contractors {
			if k := r.Contractors[i].Contract; k != nil && len(k.Requirements) < len(vendors.Requirements()) {
				contracts = append(contracts, k)
			}
		}
		for i := range r.Services {
			if k := r.Services[i].Contract; k != nil && len(k.Requirements) < len(vendors.Requirements()) {
				contracts = append(contracts, k)
			}
		}
		if len(contracts) == 0 {
			t.Skip("no contract to add to")
		}
		before := keys(mustCheck(t, r, rf, asOf, defaults))
		k := rapid.SampledFrom(contracts).Draw(t, "contract")
		var absent []vendors.Requirement
		for _, q := range vendors.Requirements() {
			if !k.States(q) {
				absent = append(absent, q)
			}
		}
		q := rapid.SampledFrom(absent).Draw(t, "requirement")
		k.Requirements = append(slices.Clone(k.Requirements), q)
		after := keys(mustCheck(t, r, rf, asOf, defaults))
		if extra := lacking(before, after); len(extra) > 0 {
			t.Fatalf("adding %s added %q", q, extra)
		}
	})
}

// Raising the classification of a handled asset never removes a finding
// (its ids may name another asset: findings are compared by rule, path and
// vendor).
func TestPropHigherClassificationNeverRemovesAFinding(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		r, rf := world(t)
		scale := rf.Scheme.Confidentiality()
		var raisable []int
		for i, a := range rf.Assets {
			if a.Classification.Confidentiality != scale.Highest() {
				raisable = append(raisable, i)
			}
		}
		if len(raisable) == 0 {
			t.Skip("nothing to raise")
		}
		vendorKey := func(fs []finding.Finding) map[string]int {
			m := map[string]int{}
			for _, f := range fs {
				m[f.Rule+" "+string(f.Path)+" "+f.IDs[0]]++
			}
			return m
		}
		before := vendorKey(mustCheck(t, r, rf, asOf, defaults))
		i := rapid.SampledFrom(raisable).Draw(t, "asset")
		old := rf.Assets[i].Classification.Confidentiality
		var higher []asset.ConfidentialityLevel
		for _, l := range scale.Levels() {
			if c, ok := scale.Compare(l, old); ok && c > 0 {
				higher = append(higher, l)
			}
		}
		if len(higher) == 0 {
			t.Skip("unclassified: already read as the highest band")
		}
		rf.Assets = slices.Clone(rf.Assets)
		rf.Assets[i].Classification.Confidentiality = rapid.SampledFrom(higher).Draw(t, "level")
		after := vendorKey(mustCheck(t, r, rf, asOf, defaults))
		if gone := lacking(after, before); len(gone) > 0 {
			t.Fatalf("raising %s from %s to %s removed %q", rf.Assets[i].ID, old, rf.Assets[i].Classification.Confidentiality, gone)
		}
	})
}

// shuffled returns the lists of r and rf in a random order (subcontractor
// and asset references are by id, so they still resolve).
func shuffled(t *rapid.T, r vendors.Register, rf vendors.Refs) (vendors.Register, vendors.Refs) {
	perm := func(n int, label string) []int {
		p := make([]int, n)
		for i := range p {
			p[i] = i
		}
		return rapid.Permutation(p).Draw(t, label)
	}
	pick := func(n int, label string, set func(dst, src int)) {
		for dst, src := range perm(n, label) {
			set(dst, src)
		}
	}
	var out vendors.Register
	out.Contractors = make([]vendors.Contractor, len(r.Contractors))
	pick(len(r.Contractors), "contractors", func(d, s int) { out.Contractors[d] = r.Contractors[s] })
	out.Services = make([]vendors.Service, len(r.Services))
	pick(len(r.Services), "services", func(d, s int) { out.Services[d] = r.Services[s] })
	out.Accounts = make([]vendors.Account, len(r.Accounts))
	pick(len(r.Accounts), "accounts", func(d, s int) { out.Accounts[d] = r.Accounts[s] })
	orf := rf
	orf.Assets = make([]asset.Asset, len(rf.Assets))
	pick(len(rf.Assets), "assets", func(d, s int) { orf.Assets[d] = rf.Assets[s] })
	orf.Exceptions = make([]zone.Exception, len(rf.Exceptions))
	pick(len(rf.Exceptions), "exceptionOrder", func(d, s int) { orf.Exceptions[d] = rf.Exceptions[s] })
	return out, orf
}

// byID rewrites the index of the element in each finding's path as the
// element's id, so that findings of reordered lists compare.
func byID(r vendors.Register, fs []finding.Finding) []finding.Finding {
	out := slices.Clone(fs)
	for k, f := range out {
		m := elem.FindStringSubmatch(string(f.Path))
		i, _ := strconv.Atoi(m[2])
		id := map[string]func() string{
			"contractors": func() string { return r.Contractors[i].ID },
			"services":    func() string { return r.Services[i].ID },
			"accounts":    func() string { return r.Accounts[i].ID },
		}[m[1]]()
		out[k].Path = field.Path("/vendors/" + m[1] + "/" + id + m[3])
	}
	return out
}

// The findings do not depend on the order of the input lists: the same
// findings, in the same order, with paths that name the same elements.
func TestPropOrderIndependent(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		r, rf := world(t)
		want := byID(r, mustCheck(t, r, rf, asOf, defaults))
		sr, srf := shuffled(t, r, rf)
		got := byID(sr, mustCheck(t, sr, srf, asOf, defaults))
		if diff := cmp.Diff(want, got); diff != "" {
			t.Fatalf("reordering changed the findings (-want +got):\n%s", diff)
		}
	})
}

// The same input gives the same findings, byte for byte.
func TestPropDeterministic(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		r, rf := world(t)
		a := fmt.Sprint(mustCheck(t, r, rf, asOf, defaults))
		b := fmt.Sprint(mustCheck(t, r, rf, asOf, defaults))
		if a != b {
			t.Fatalf("two runs differ:\n%s\n%s", a, b)
		}
	})
}

// Check refuses exactly the registers Validate finds problems in.
func TestPropCheckFailsClosedOnSeededProblems(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		_, rf := world(t)
		seeded := policytest.InvalidRegister(rf, asOf, "/vendors", 5).Draw(t, "seeded")
		fs, err := vendors.Check(seeded.Register, rf, asOf, defaults, "/vendors")
		if err == nil || fs != nil {
			t.Fatalf("Check judged a register with seeded problems %v", seeded.Problems)
		}
	})
}
