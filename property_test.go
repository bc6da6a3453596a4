package policy_test

import (
	"bytes"
	"errors"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/go-json-experiment/json"
	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/jichitai-sec/policy"
	"github.com/jichitai-sec/policy/date"
	"github.com/jichitai-sec/policy/field"
	"github.com/jichitai-sec/policy/finding"
	"github.com/jichitai-sec/policy/policytest"
	"pgregory.net/rapid"
)

// Properties of Decode, Encode and Evaluate on the documents policytest
// generates: valid ones of up to 30 assets, with any set of violations,
// compliant otherwise or noisy.

// propOptions draws the options of a generated document.
func propOptions(t *rapid.T) policytest.DocumentOptions {
	return policytest.DocumentOptions{
		Assets:     rapid.IntRange(0, 30).Draw(t, "assets"),
		Violations: rapid.SliceOfDistinct(rapid.SampledFrom(policytest.Violations()), rapid.ID[policytest.Violation]).Draw(t, "violations"),
		Noise:      rapid.Bool().Draw(t, "noise"),
	}
}

// propCmp compares documents: an empty list and an absent one are the
// same (JSON has one of them only).
var propCmp = cmp.Options{policytest.CmpOptions(), cmpopts.EquateEmpty()}

// propT is what the helpers need of a *testing.T, *testing.B or *rapid.T.
type propT interface {
	Helper()
	Fatalf(format string, args ...any)
}

func propEncode(t propT, doc policy.Document) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := policy.Encode(&buf, doc); err != nil {
		t.Fatalf("Encode: %v", err)
	}
	return buf.Bytes()
}

// TestPropertyRoundTrip: every generated document encodes and decodes
// back to an equal document, and encoding that gives the same bytes.
func TestPropertyRoundTrip(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		doc := policytest.Document(propOptions(t)).Draw(t, "doc")
		b1 := propEncode(t, doc)
		back, err := policy.Decode(bytes.NewReader(b1))
		if err != nil {
			t.Fatalf("Decode of Encode:\n%v", err)
		}
		if d := cmp.Diff(doc, back, propCmp); d != "" {
			t.Fatalf("decode(encode(doc)) differs (-doc +decoded):\n%s", d)
		}
		if b2 := propEncode(t, back); !bytes.Equal(b1, b2) {
			t.Fatalf("encode(decode(encode(doc))) is not byte-identical:\n%s\n---\n%s", b1, b2)
		}
	})
}

// TestPropertyEvaluates: every generated document evaluates without
// error, on the date it was generated for and on any other.
func TestPropertyEvaluates(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		doc := policytest.Document(propOptions(t)).Draw(t, "doc")
		for _, on := range []date.Date{policytest.DefaultAsOf(), policytest.Date().Draw(t, "asOf")} {
			r, err := policy.Evaluate(doc, on)
			if err != nil {
				t.Fatalf("Evaluate on %s: %v", on, err)
			}
			if r.Complies != (r.Summary.Total.Errors == 0) || r.Summary.Total.Errors+r.Summary.Total.Warnings+r.Summary.Total.Info != len(r.Findings) {
				t.Fatalf("summary %+v does not add up to %d findings (complies %v)", r.Summary.Total, len(r.Findings), r.Complies)
			}
		}
	})
}

// TestPropertyFindingPathsExist: every finding (and every threat entry)
// points at an element of the document's JSON encoding, or at a member
// of an element there that the encoding leaves out because it is unset
// (an absent contract, an unclassified property, a check never made).
func TestPropertyFindingPathsExist(t *testing.T) {
	optional := propOptionalMembers()
	rapid.Check(t, func(t *rapid.T) {
		doc := policytest.Document(propOptions(t)).Draw(t, "doc")
		var tree any
		if err := json.Unmarshal(propEncode(t, doc), &tree); err != nil {
			t.Fatal(err)
		}
		r, err := policy.Evaluate(doc, policytest.DefaultAsOf())
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range r.Findings {
			if why := propResolve(tree, f.Path, optional); why != "" {
				t.Errorf("finding %s: %s", f, why)
			}
		}
		for _, a := range r.Threats {
			if why := propResolve(tree, a.Path, optional); why != "" {
				t.Errorf("threats of %s: %s", a.Asset, why)
			}
		}
	})
}

// propResolve resolves JSON Pointer p in tree (as json.Unmarshal reads
// into an any) and says why it does not, or "" when it does. The last
// token may name a member absent from its object when it is one of
// optional.
func propResolve(tree any, p field.Path, optional map[string]bool) string {
	if p == field.Root {
		return ""
	}
	if !strings.HasPrefix(string(p), "/") {
		return "not a JSON Pointer: " + strconv.Quote(string(p))
	}
	tokens := strings.Split(string(p)[1:], "/")
	v := tree
	for k, tok := range tokens {
		tok = strings.NewReplacer("~1", "/", "~0", "~").Replace(tok)
		last := k == len(tokens)-1
		switch x := v.(type) {
		case map[string]any:
			w, ok := x[tok]
			if !ok {
				if last && optional[tok] {
					return ""
				}
				return "no member " + strconv.Quote(tok) + " at " + strconv.Quote(strings.Join(tokens[:k], "/"))
			}
			v = w
		case []any:
			i, err := strconv.Atoi(tok)
			if err != nil || i < 0 || i >= len(x) || strconv.Itoa(i) != tok {
				return "no element " + strconv.Quote(tok) + " in a list of " + strconv.Itoa(len(x))
			}
			v = x[i]
		default:
			return "token " + strconv.Quote(tok) + " below a scalar"
		}
	}
	return ""
}

// propOptionalMembers returns the JSON names of every member of the
// document's types that the encoding may leave out (omitempty,
// omitzero).
func propOptionalMembers() map[string]bool {
	out := map[string]bool{}
	seen := map[reflect.Type]bool{}
	var walk func(reflect.Type)
	walk = func(t reflect.Type) {
		for t.Kind() == reflect.Pointer || t.Kind() == reflect.Slice || t.Kind() == reflect.Array {
			t = t.Elem()
		}
		if t.Kind() != reflect.Struct || seen[t] {
			return
		}
		seen[t] = true
		for i := range t.NumField() {
			f := t.Field(i)
			name, opts, _ := strings.Cut(f.Tag.Get("json"), ",")
			if !f.IsExported() || name == "-" {
				continue
			}
			if strings.Contains(opts, "omitempty") || strings.Contains(opts, "omitzero") {
				out[name] = true
			}
			walk(f.Type)
		}
	}
	walk(reflect.TypeFor[policy.Document]())
	return out
}

// propKey is what a finding is, whatever the order of the document's
// lists: its severity, rule and ids (its path moves with the indices),
// without the ids of a witness chosen among equals (see propWitnesses).
func propKey(f finding.Finding) string {
	ids := f.IDs
	if n, ok := propWitnesses[f.Rule]; ok && len(ids) > n {
		ids = ids[:n]
	}
	return f.Severity.String() + " " + f.Rule + " " + strings.Join(ids, ",")
}

// propWitnesses are the rules some of whose ids name one witness among
// several equal ones, picked by position in a list, and how many ids come
// before it: none now. asset.Derive names, among contained assets of the
// same level, the one with the least id, and zone.FindLeaks the nearest
// source with the least id (then the last hop from the least id), so no
// finding depends on the order of the lists; the map stays for a rule
// that may need it.
var propWitnesses = map[string]int{}

func propKeys(fs []finding.Finding) []string {
	out := make([]string, len(fs))
	for i, f := range fs {
		out[i] = propKey(f)
	}
	return out
}

// propShuffle returns doc with every list in another order, drawn: the
// elements refer to each other by id, never by position, so the
// document means the same.
func propShuffle(t *rapid.T, doc policy.Document) policy.Document {
	perm := func(name string, n int) []int { return rapid.Permutation(seqOf(n)).Draw(t, name) }
	doc.Organization.Bodies = propPermute(doc.Organization.Bodies, perm("bodies", len(doc.Organization.Bodies)))
	doc.Topology.Nodes = propPermute(doc.Topology.Nodes, perm("nodes", len(doc.Topology.Nodes)))
	doc.Topology.Links = propPermute(doc.Topology.Links, perm("links", len(doc.Topology.Links)))
	doc.Assets = propPermute(doc.Assets, perm("assets", len(doc.Assets)))
	doc.Exceptions = propPermute(doc.Exceptions, perm("exceptions", len(doc.Exceptions)))
	doc.Records = propPermute(doc.Records, perm("records", len(doc.Records)))
	doc.Vendors.Contractors = propPermute(doc.Vendors.Contractors, perm("contractors", len(doc.Vendors.Contractors)))
	doc.Vendors.Services = propPermute(doc.Vendors.Services, perm("services", len(doc.Vendors.Services)))
	doc.Vendors.Accounts = propPermute(doc.Vendors.Accounts, perm("accounts", len(doc.Vendors.Accounts)))
	doc.Evaluations = propPermute(doc.Evaluations, perm("evaluations", len(doc.Evaluations)))
	doc.Risks = propPermute(doc.Risks, perm("risks", len(doc.Risks)))
	doc.Changes = propPermute(doc.Changes, perm("changes", len(doc.Changes)))
	doc.Severity = propPermute(doc.Severity, perm("severity", len(doc.Severity)))
	return doc
}

func seqOf(n int) []int {
	s := make([]int, n)
	for i := range s {
		s[i] = i
	}
	return s
}

// propPermute returns a new slice holding xs[p[0]], xs[p[1]], …
func propPermute[T any](xs []T, p []int) []T {
	if xs == nil {
		return nil
	}
	out := make([]T, len(xs))
	for i, j := range p {
		out[i] = xs[j]
	}
	return out
}

// TestPropertyDeterministic: evaluating a document twice gives the same
// report, and evaluating it with its lists in another order gives the
// same findings (severity, rule, ids) in the same order, the same counts
// and the same verdict.
func TestPropertyDeterministic(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		doc := policytest.Document(propOptions(t)).Draw(t, "doc")
		on := policytest.DefaultAsOf()
		r1, err := policy.Evaluate(doc, on)
		if err != nil {
			t.Fatal(err)
		}
		r2, err := policy.Evaluate(doc, on)
		if err != nil {
			t.Fatal(err)
		}
		if d := cmp.Diff(r1, r2, policytest.CmpOptions()); d != "" {
			t.Fatalf("two evaluations differ:\n%s", d)
		}
		shuffled := propShuffle(t, doc)
		r3, err := policy.Evaluate(shuffled, on)
		if err != nil {
			t.Fatal(err)
		}
		if d := cmp.Diff(propKeys(r1.Findings), propKeys(r3.Findings)); d != "" {
			t.Fatalf("findings depend on the order of the lists (-as generated +shuffled):\n%s", d)
		}
		if d := cmp.Diff(r1.Summary, r3.Summary); d != "" || r1.Complies != r3.Complies {
			t.Fatalf("summary depends on the order of the lists:\n%s", d)
		}
	})
}

// TestPropertyMutationsCaught: Decode refuses every mutation of a valid
// document, reporting each problem the mutation names at its path with
// its kind, and nothing else when the mutation is exact.
func TestPropertyMutationsCaught(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		m := policytest.InvalidDocument(propOptions(t)).Draw(t, "mutation")
		doc, err := policy.Decode(bytes.NewReader(m.JSON))
		var errs field.List
		if !errors.As(err, &errs) || len(errs) == 0 {
			t.Fatalf("%s: Decode gave %v (a document of %d assets), want a field.List", m.Name, err, len(doc.Assets))
		}
		var got []string
		for _, e := range errs {
			got = append(got, policytest.Problem{Path: e.Path, Kind: e.Kind}.String())
		}
		for _, p := range m.Problems {
			i := slices.Index(got, p.String())
			if i < 0 {
				t.Fatalf("%s: Decode did not report %s; it reported:\n%v", m.Name, p, errs)
			}
			got = slices.Delete(got, i, i+1)
		}
		if m.Exact && len(got) > 0 {
			t.Fatalf("%s: Decode reported %v besides %v:\n%v", m.Name, got, m.Problems, errs)
		}
	})
}

// TestPropertyRaiseNeverRemoves: adding a severity setting, or raising
// one further, never removes a finding, adds one or lowers a severity:
// the findings are the same (rule, ids, path, text), each as grave or
// graver.
func TestPropertyRaiseNeverRemoves(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		doc := policytest.Document(propOptions(t)).Draw(t, "doc")
		on := policytest.DefaultAsOf()
		before, err := policy.Evaluate(doc, on)
		if err != nil {
			t.Fatal(err)
		}
		raised := doc
		raised.Severity = slices.Clone(doc.Severity)
		rule := rapid.SampledFrom(policy.RuleIDs()).Draw(t, "rule")
		to := rapid.SampledFrom([]finding.Severity{finding.Error, finding.Warning}).Draw(t, "to")
		if i := slices.IndexFunc(raised.Severity, func(r policy.Raise) bool { return r.Rule == rule }); i >= 0 {
			raised.Severity[i].To = min(raised.Severity[i].To, to) // graver only
		} else {
			raised.Severity = append(raised.Severity, policy.Raise{Rule: rule, To: to})
		}
		after, err := policy.Evaluate(raised, on)
		if err != nil {
			t.Fatal(err)
		}
		sev := func(fs []finding.Finding) map[string][]finding.Severity {
			m := map[string][]finding.Severity{}
			for _, f := range fs {
				k := f.Rule + "|" + strings.Join(f.IDs, ",") + "|" + string(f.Path) + "|" + f.Text.En
				m[k] = append(m[k], f.Severity)
			}
			for _, s := range m {
				slices.Sort(s)
			}
			return m
		}
		b, a := sev(before.Findings), sev(after.Findings)
		if len(before.Findings) != len(after.Findings) || len(a) != len(b) {
			t.Fatalf("raising %s to %s changed the findings from %d to %d", rule, to, len(before.Findings), len(after.Findings))
		}
		for k, sb := range b {
			sa := a[k]
			if len(sa) != len(sb) {
				t.Fatalf("raising %s to %s: finding %s went from %d to %d", rule, to, k, len(sb), len(sa))
			}
			for i := range sb {
				if sa[i] > sb[i] {
					t.Fatalf("raising %s to %s lowered %s from %s to %s", rule, to, k, sb[i], sa[i])
				}
			}
		}
		if after.Summary.Raised < before.Summary.Raised || (before.Complies == false && after.Complies) {
			t.Fatalf("raising %s to %s: raised %d → %d, complies %v → %v", rule, to,
				before.Summary.Raised, after.Summary.Raised, before.Complies, after.Complies)
		}
	})
}
