package policy_test

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/go-json-experiment/json"
	"github.com/google/go-cmp/cmp"
	"github.com/jichitai-sec/policy"
	"github.com/jichitai-sec/policy/date"
	"github.com/jichitai-sec/policy/field"
	"github.com/jichitai-sec/policy/policytest"
)

// fuzzSeeds are the seed corpus of the fuzz targets: encoded generated
// documents (small ones, every violation, noisy or not), mutations of
// them that Decode must refuse, the example program's sample documents
// (valid and invalid), the flow example's topology, and a few shapes of
// the topology example folded into the format.
func fuzzSeeds(f *testing.F) [][]byte {
	var seeds [][]byte
	for i, o := range []policytest.DocumentOptions{
		{Assets: 1},
		{Assets: 4, Violations: policytest.Violations()},
		{Assets: 6, Noise: true},
		{Assets: 8, Violations: policytest.Violations(), Noise: true},
	} {
		var buf bytes.Buffer
		if err := policy.Encode(&buf, policytest.Document(o).Example(i)); err != nil {
			f.Fatal(err)
		}
		seeds = append(seeds, buf.Bytes())
		for k := range 4 {
			seeds = append(seeds, policytest.InvalidDocument(o).Example(10*i+k).JSON)
		}
	}
	samples, _ := filepath.Glob("examples/evaluate/*.json")
	invalid, _ := filepath.Glob("examples/evaluate/invalid/*.json")
	if len(samples) == 0 || len(invalid) == 0 {
		f.Fatal("no sample documents under examples/evaluate")
	}
	for _, name := range append(append(samples, invalid...), "examples/flows/topology.json") {
		b, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		seeds = append(seeds, b)
	}
	seeds = append(seeds,
		[]byte(fuzzTopology),
		[]byte(`{}`), []byte(`null`), []byte(`[]`), []byte(`{"version":"1"}`),
		[]byte(`{"version":"1","topology":{"nodes":[{"id":"a","at":"zone:mynumber"}],"links":[{"from":"a","to":"a","channel":"sanitized"}]}}`),
	)
	return seeds
}

// fuzzTopology is a document in the shape of examples/flows/topology.json:
// the zones and networks, a leak through an exception, a link with a
// safeguard lacking functions.
const fuzzTopology = `{
  "version": "1",
  "organization": {"name": "架空市町村総合事務組合", "bodies": ["administrator", "assembly"]},
  "scheme": "legacy", "variant": "beta", "effectiveOn": "2026-04-01", "lastReview": "2026-04-01",
  "intervals": {"recordCheckMonths": 12, "evaluationMonths": 12, "contractorConfirmationMonths": 12},
  "topology": {
    "nodes": [
      {"id": "mn-juki", "at": "zone:mynumber", "asset": "juki"},
      {"id": "biz-fileserver", "at": "zone:business"},
      {"id": "inet-mail", "at": "zone:internet"},
      {"id": "ext-internet", "at": "network:public-internet"},
      {"id": "ext-lgwan", "at": "network:lgwan"},
      {"id": "ext-national", "at": "network:national-system"}
    ],
    "links": [
      {"from": "mn-juki", "to": "ext-national", "channel": "direct"},
      {"from": "mn-juki", "to": "biz-fileserver", "channel": "media"},
      {"from": "biz-fileserver", "to": "inet-mail", "channel": "sanitized", "method": "mail-text-conversion"},
      {"from": "inet-mail", "to": "ext-internet", "channel": "direct", "guard": {"kind": "utm", "functions": ["firewall", "antivirus"]}},
      {"from": "ext-lgwan", "to": "mn-juki", "channel": "direct"}
    ]
  },
  "assets": [
    {"id": "juki", "name": "住民記録システム", "kind": "information-system", "owner": "administrator", "zone": "mynumber",
     "myNumber": true, "contains": ["juki-data"], "classification": {"confidentiality": "3", "integrity": "2", "availability": "2"}},
    {"id": "juki-data", "name": "住民記録", "kind": "information", "owner": "administrator", "zone": "mynumber",
     "myNumber": true, "classification": {"confidentiality": "3", "integrity": "2", "availability": "2"}}
  ],
  "exceptions": [
    {"id": "EX-1", "from": "zone:mynumber", "to": "zone:business", "channel": "media",
     "covers": [{"from": "mn-juki", "to": "biz-fileserver"}], "justification": "統計データの提供",
     "approvedBy": "CISO", "approvedOn": "2026-04-01", "expiresOn": "2027-03-31"},
    {"id": "EX-2", "from": "network:lgwan", "to": "zone:mynumber", "channel": "direct", "allowance": "eltax",
     "covers": [{"from": "ext-lgwan", "to": "mn-juki"}], "justification": "eLTAXからの取込み"}
  ],
  "records": [{"control": "org-ciso", "status": "implemented", "checkedOn": "2026-05-01"}],
  "vendors": {
    "contractors": [{"id": "c1", "name": "保守事業者", "work": "システム保守", "assets": ["juki"], "systemWork": ["maintenance"],
      "selection": ["isms"], "contract": {"start": "2026-04-01", "end": "2027-03-31", "requirements": ["policy-compliance"]},
      "exception": "EX-1"}],
    "accounts": [{"id": "a1", "service": "X", "handle": "@city", "purpose": "広報", "credentials": ["shared-password"]}]
  },
  "evaluations": [{"id": "ev1", "kind": "self-inspection", "on": "2026-05-01", "results": [{"item": "org-ciso", "outcome": "non-compliant"}]}],
  "risks": [{"id": "r1", "threat": "malware", "assets": ["juki"], "likelihood": "high", "accepted": "low"}],
  "changes": [{"id": "ch1", "on": "2026-05-10", "kind": "new-threat", "threat": "malware"}],
  "severity": [{"rule": "boundary-incomplete", "to": "error"}]
}`

// fuzzRefused checks that a refusal is a field.List of problems, each
// with a kind.
func fuzzRefused(t *testing.T, err error) {
	var errs field.List
	if !errors.As(err, &errs) || len(errs) == 0 {
		t.Fatalf("Decode refused with %T %v, want a non-empty field.List", err, err)
	}
	for _, e := range errs {
		if e == nil || !e.Kind.Valid() {
			t.Fatalf("problem without a kind: %#v", e)
		}
	}
}

// FuzzDecode: Decode never panics on any input; it refuses with a list
// of problems, or returns a document that encodes, decodes back equal,
// and encodes to the same bytes again.
func FuzzDecode(f *testing.F) {
	for _, s := range fuzzSeeds(f) {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		doc, err := policy.Decode(bytes.NewReader(data))
		if err != nil {
			fuzzRefused(t, err)
			return
		}
		b1 := propEncode(t, doc)
		back, err := policy.Decode(bytes.NewReader(b1))
		if err != nil {
			t.Fatalf("a decoded document does not decode once encoded:\n%v\n%s", err, b1)
		}
		if !cmp.Equal(doc, back, propCmp) {
			t.Fatalf("decode(encode(doc)) differs (-doc +decoded):\n%s", cmp.Diff(doc, back, propCmp))
		}
		if b2 := propEncode(t, back); !bytes.Equal(b1, b2) {
			t.Fatalf("encoding is not canonical:\n%s\n---\n%s", b1, b2)
		}
	})
}

// FuzzDecodeEvaluate: a document that decodes evaluates without error or
// panic on any date, every finding pointing into the document.
func FuzzDecodeEvaluate(f *testing.F) {
	for i, s := range fuzzSeeds(f) {
		f.Add(s, int16(i*37-200))
	}
	optional := propOptionalMembers()
	f.Fuzz(func(t *testing.T, data []byte, days int16) {
		doc, r, ok := fuzzEvaluate(t, data, days)
		if !ok {
			return
		}
		var tree any
		if err := json.Unmarshal(propEncode(t, doc), &tree); err != nil {
			t.Fatal(err)
		}
		for _, fd := range r.Findings {
			if why := propResolve(tree, fd.Path, optional); why != "" {
				t.Fatalf("finding %s: %s", fd, why)
			}
		}
	})
}

// fuzzEvaluate decodes data and, when it decodes, evaluates it days after
// 2026-06-01, failing t when a decoded document does not evaluate; ok is
// false when data does not decode.
func fuzzEvaluate(t *testing.T, data []byte, days int16) (doc policy.Document, r policy.Report, ok bool) {
	doc, err := policy.Decode(bytes.NewReader(data))
	if err != nil {
		return doc, r, false
	}
	on := date.MustParse("2026-06-01").AddDays(int(days))
	if r, err = policy.Evaluate(doc, on); err != nil {
		t.Fatalf("a decoded document does not evaluate on %s: %v", on, err)
	}
	return doc, r, true
}
