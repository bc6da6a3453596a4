package policy_test

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	"github.com/jichitai-sec/policy"
	"github.com/jichitai-sec/policy/date"
	"github.com/jichitai-sec/policy/field"
	"github.com/jichitai-sec/policy/vendors"
	"github.com/jichitai-sec/policy/zone"
)

// minimal is the smallest well-formed document: everything required, one
// asset that is also a node.
const minimal = `{
  "version": "1",
  "organization": {"name": "架空事務組合", "bodies": ["administrator"]},
  "scheme": "guideline-2024",
  "variant": "alpha",
  "effectiveOn": "2026-04-01",
  "intervals": {"recordCheckMonths": 12, "evaluationMonths": 12, "contractorConfirmationMonths": 12},
  "topology": {"nodes": [{"id": "n1", "at": "zone:business", "asset": "sys"}], "links": []},
  "assets": [{"id": "sys", "name": "文書管理システム", "kind": "information-system", "owner": "administrator",
              "zone": "business", "classification": {"confidentiality": "2", "integrity": "2", "availability": "1"}}],
  "exceptions": [], "records": [], "vendors": {}, "evaluations": [], "risks": [], "changes": []
}`

func TestDecodeMinimal(t *testing.T) {
	doc, err := policy.Decode(strings.NewReader(minimal))
	if err != nil {
		t.Fatal(err)
	}
	if doc.Assets[0].ID != "sys" || doc.Topology.Nodes[0].Asset != "sys" || doc.Intervals.EvaluationMonths != 12 {
		t.Errorf("decoded %+v", doc)
	}
	if _, err := policy.Evaluate(doc, date.MustParse("2026-06-01")); err != nil {
		t.Fatal(err)
	}
}

// edit returns minimal with old replaced by new, once; it fails the test
// when old is not there, so that a case cannot silently test nothing.
func edit(t *testing.T, old, new string) string {
	t.Helper()
	if !strings.Contains(minimal, old) {
		t.Fatalf("minimal has no %q", old)
	}
	return strings.Replace(minimal, old, new, 1)
}

// TestDecodeRejects: each malformed document is refused with a problem at
// the path given, of the kind given; encoding/json would accept the first
// ones silently.
func TestDecodeRejects(t *testing.T) {
	cases := []struct {
		name string
		doc  func(t *testing.T) string
		path field.Path
		kind field.Kind
	}{
		{"duplicate member", func(t *testing.T) string {
			return edit(t, `"at": "zone:business"`, `"at": "zone:business", "at": "zone:internet"`)
		}, "/topology/nodes/0/at", field.KindInvalid},
		{"member in another case", func(t *testing.T) string { return edit(t, `"scheme":`, `"Scheme":`) }, "/Scheme", field.KindNotSupported},
		{"member folded through ſ", func(t *testing.T) string { return edit(t, `"scheme":`, `"ſcheme":`) }, "/ſcheme", field.KindNotSupported},
		{"member folded through K (U+212A)", func(t *testing.T) string { return edit(t, `"kind":`, "\"\u212Aind\":") }, "/assets/0/\u212Aind", field.KindNotSupported},
		{"unknown member", func(t *testing.T) string { return edit(t, `"variant": "alpha",`, `"variant": "alpha", "extra": 1,`) }, "/extra", field.KindNotSupported},
		{"invalid UTF-8", func(t *testing.T) string { return edit(t, `"id": "sys"`, "\"id\": \"sy\xffs\"") }, "/assets/0/id", field.KindInvalid},
		{"null", func(t *testing.T) string { return edit(t, `"lastReview"`, `"lastReview"`) }, "", 0}, // placeholder replaced below
		{"trailing data", func(*testing.T) string { return minimal + ` {}` }, "", field.KindInvalid},
		{"truncated", func(*testing.T) string { return minimal[:len(minimal)/2] }, "/topology/nodes/0/asset", field.KindInvalid},
		{"label instead of wire id", func(t *testing.T) string { return edit(t, `"zone": "business"`, `"zone": "業務サーバ接続系"`) }, "/assets/0/zone", field.KindNotSupported},
		{"alias instead of wire id", func(t *testing.T) string { return edit(t, `"at": "zone:business"`, `"at": "zone:LGWAN接続系"`) }, "/topology/nodes/0/at", field.KindNotSupported},
		{"wrong type", func(t *testing.T) string { return edit(t, `"evaluationMonths": 12`, `"evaluationMonths": "12"`) }, "/intervals/evaluationMonths", field.KindInvalid},
		{"number out of range", func(t *testing.T) string {
			return edit(t, `"evaluationMonths": 12`, `"evaluationMonths": 99999999999999999999`)
		}, "/intervals/evaluationMonths", field.KindInvalid},
		{"wrong version", func(t *testing.T) string { return edit(t, `"version": "1"`, `"version": "2"`) }, "/version", field.KindInvalid},
		{"no interval", func(t *testing.T) string { return edit(t, `"recordCheckMonths": 12`, `"recordCheckMonths": 0`) }, "/intervals/recordCheckMonths", field.KindRequired},
		{"node names an unknown asset", func(t *testing.T) string { return edit(t, `"asset": "sys"`, `"asset": "gone"`) }, "/topology/nodes/0/asset", field.KindNotFound},
		{"node and asset disagree on the zone", func(t *testing.T) string {
			return edit(t, `"at": "zone:business"`, `"at": "zone:internet"`)
		}, "/topology/nodes/0/at", field.KindInvalid},
		{"severity lowered", func(t *testing.T) string {
			return edit(t, `"changes": []`, `"changes": [], "severity": [{"rule": "mynumber-isolated", "to": "info"}]`)
		}, "/severity/0/to", field.KindForbidden},
		{"severity for an unknown rule", func(t *testing.T) string {
			return edit(t, `"changes": []`, `"changes": [], "severity": [{"rule": "no-such-rule", "to": "error"}]`)
		}, "/severity/0/rule", field.KindNotFound},
	}
	cases[6].doc = func(t *testing.T) string { return edit(t, `"effectiveOn": "2026-04-01"`, `"effectiveOn": null`) }
	cases[6].path, cases[6].kind = "/effectiveOn", field.KindInvalid
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := policy.Decode(strings.NewReader(c.doc(t)))
			var errs field.List
			if !errors.As(err, &errs) {
				t.Fatalf("err = %v, want a field.List", err)
			}
			for _, e := range errs {
				if e.Path == c.path && e.Kind == c.kind {
					return
				}
			}
			t.Errorf("no %s problem at %q in:\n%v", c.kind, c.path, err)
		})
	}
}

// TestDecodeDisagreementAtBothPaths: one fact, one place; a node and its
// asset that disagree are both reported.
func TestDecodeDisagreementAtBothPaths(t *testing.T) {
	_, err := policy.Decode(strings.NewReader(edit(t, `"at": "zone:business"`, `"at": "zone:internet"`)))
	got := map[field.Path]bool{}
	var errs field.List
	errors.As(err, &errs)
	for _, e := range errs {
		got[e.Path] = true
	}
	if !got["/topology/nodes/0/at"] || !got["/assets/0/zone"] {
		t.Errorf("want problems at both /topology/nodes/0/at and /assets/0/zone, got:\n%v", err)
	}
}

func TestDecodeSyntaxErrorHasLineAndColumn(t *testing.T) {
	doc := edit(t, `"variant": "alpha",`, `"variant": "alpha",,`)
	_, err := policy.Decode(strings.NewReader(doc))
	var errs field.List
	if !errors.As(err, &errs) || len(errs) != 1 {
		t.Fatalf("err = %v", err)
	}
	if errs[0].Line != 5 || errs[0].Column < 20 {
		t.Errorf("syntax error at line %d column %d, want line 5 after the first comma: %v", errs[0].Line, errs[0].Column, err)
	}
}

func TestDecodeSizeCap(t *testing.T) {
	_, err := policy.Decode(strings.NewReader(minimal), policy.MaxBytes(100))
	if err == nil || !strings.Contains(err.Error(), "larger than 100 bytes") {
		t.Errorf("err = %v, want the size cap", err)
	}
	if _, err := policy.Decode(strings.NewReader(minimal), policy.MaxBytes(int64(len(minimal)))); err != nil {
		t.Errorf("a document of exactly the cap is refused: %v", err)
	}
}

func TestDecodeReportsEveryProblem(t *testing.T) {
	doc := edit(t, `"version": "1"`, `"version": "9"`)
	doc = strings.Replace(doc, `"name": "架空事務組合"`, `"name": " "`, 1)
	doc = strings.Replace(doc, `"asset": "sys"`, `"asset": "gone"`, 1)
	_, err := policy.Decode(strings.NewReader(doc))
	var errs field.List
	errors.As(err, &errs)
	want := []field.Path{"/version", "/organization/name", "/topology/nodes/0/asset"}
	for _, p := range want {
		found := false
		for _, e := range errs {
			found = found || e.Path == p
		}
		if !found {
			t.Errorf("no problem at %s in:\n%v", p, err)
		}
	}
}

func TestEncodeIsCanonical(t *testing.T) {
	doc, err := policy.Decode(strings.NewReader(minimal))
	if err != nil {
		t.Fatal(err)
	}
	var a, b bytes.Buffer
	if err := policy.Encode(&a, doc); err != nil {
		t.Fatal(err)
	}
	back, err := policy.Decode(bytes.NewReader(a.Bytes()))
	if err != nil {
		t.Fatalf("Encode wrote what Decode refuses: %v\n%s", err, a.Bytes())
	}
	if err := policy.Encode(&b, back); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Errorf("encode → decode → encode is not byte-identical:\n%s\n---\n%s", a.Bytes(), b.Bytes())
	}
}

func TestEvaluateRefusesAnInvalidDocument(t *testing.T) {
	doc, err := policy.Decode(strings.NewReader(minimal))
	if err != nil {
		t.Fatal(err)
	}
	doc.Assets[0].ID = ""
	if _, err := policy.Evaluate(doc, date.MustParse("2026-06-01")); err == nil {
		t.Error("Evaluate accepted a document Validate refuses")
	}
	doc.Assets[0].ID = "sys"
	doc.Topology.Nodes[0].At = zone.Endpoint{}
	if _, err := policy.Evaluate(doc, date.MustParse("2026-06-01")); err == nil {
		t.Error("Evaluate accepted a node without a zone")
	}
	doc.Topology.Nodes[0].At = zone.In(zone.BusinessZone)
	doc.Vendors.Accounts = []vendors.Account{{}}
	if _, err := policy.Evaluate(doc, date.MustParse("2026-06-01")); err == nil {
		t.Error("Evaluate accepted a social media account without an id")
	}
	doc.Vendors.Accounts = nil
	if _, err := policy.Evaluate(doc, date.MustParse("2026-06-01")); err != nil {
		t.Fatalf("the restored document does not evaluate: %v", err)
	}
	if _, err := policy.Evaluate(doc, date.Date{}); err == nil {
		t.Error("Evaluate accepted an unset as-of date")
	}
}

func TestRaisedSeverityIsReported(t *testing.T) {
	doc, err := policy.Decode(strings.NewReader(minimal))
	if err != nil {
		t.Fatal(err)
	}
	base, err := policy.Evaluate(doc, date.MustParse("2026-06-01"))
	if err != nil {
		t.Fatal(err)
	}
	// tech-malware is an effort duty (6(6)): missing, it is a warning.
	var rule string
	for _, f := range base.Findings {
		if f.Severity.String() == "warning" {
			rule = f.Rule
			break
		}
	}
	if rule == "" {
		t.Fatal("the minimal document has no warning to raise")
	}
	doc.Severity = []policy.Raise{{Rule: rule, To: 1}}
	raised, err := policy.Evaluate(doc, date.MustParse("2026-06-01"))
	if err != nil {
		t.Fatal(err)
	}
	if raised.Summary.Raised == 0 || raised.Complies {
		t.Errorf("raising %s: %d raised, complies %v", rule, raised.Summary.Raised, raised.Complies)
	}
	for _, f := range raised.Findings {
		switch {
		case f.Rule == rule && f.Severity.String() != "error":
			t.Errorf("%s left at %s", rule, f.Severity)
		case f.RaisedFrom != 0 && (f.Rule != rule || f.RaisedFrom.String() != "warning"):
			t.Errorf("%s raised from %s", f.Rule, f.RaisedFrom)
		}
	}
	if len(raised.Findings) != len(base.Findings) {
		t.Errorf("raising changed the number of findings: %d → %d", len(base.Findings), len(raised.Findings))
	}
}

// TestUnmarshalAPiece: a piece exchanged alone is read by the same rules.
func TestUnmarshalAPiece(t *testing.T) {
	var top zone.Topology
	if err := policy.Unmarshal([]byte(`{"nodes":[{"id":"a","at":"zone:business"}],"links":[]}`), &top); err != nil || top.Nodes[0].At != zone.In(zone.BusinessZone) {
		t.Fatalf("Unmarshal = %v, %+v", err, top)
	}
	err := policy.Unmarshal([]byte(`{"nodes":[{"id":"a","at":"zone:business","ID":"b"}]}`), &top)
	var errs field.List
	if !errors.As(err, &errs) || len(errs) != 1 || errs[0].Path != "/nodes/0/ID" || errs[0].Line != 1 {
		t.Errorf("Unmarshal of a member in another case = %v", err)
	}
}
