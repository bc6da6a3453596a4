package schema_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"pgregory.net/rapid"

	"github.com/jichitai-sec/policy"
	"github.com/jichitai-sec/policy/policytest"
	"github.com/jichitai-sec/policy/schema"
)

// sampleKind says what a JSON file under examples/ is: a document (the
// root format), an evaluation report (the JSON renderer's), or another
// format (examples/flows/topology.json) the schemas do not cover.
func sampleKind(path string, b []byte) string {
	if slices.Contains(strings.Split(filepath.ToSlash(path), "/"), "invalid") {
		return "invalid document"
	}
	var top map[string]json.RawMessage
	if json.Unmarshal(b, &top) != nil {
		return ""
	}
	switch {
	case string(top["$schema"]) == `"`+schema.DocumentID+`"`, top["intervals"] != nil && top["scheme"] != nil:
		return "document"
	case top["findings"] != nil && top["summary"] != nil:
		return "report"
	}
	return ""
}

// TestExampleSamples: every sample document under examples/ is valid
// against the document schema, exactly when policy.Decode reads it; every
// invalid sample (under a directory named invalid) is refused by both,
// unless its only problems are ones the schema cannot express; every
// rendered JSON report is valid against the report schema.
func TestExampleSamples(t *testing.T) {
	var docs, invalid, reports int
	err := filepath.WalkDir(filepath.Join("..", "examples"), func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || filepath.Ext(p) != ".json" {
			return err
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		switch sampleKind(p, b) {
		case "document":
			docs++
			if _, err := policy.Decode(bytes.NewReader(b)); err != nil {
				t.Errorf("%s: Decode: %v", p, err)
			}
			if err := validate(t, docName, b); err != nil {
				t.Errorf("%s: %v", p, err)
			}
		case "invalid document":
			invalid++
			v, err := compare(t, b)
			switch {
			case err != nil:
				t.Errorf("%s: %v", p, err)
			case !v.bothReject && v.why == "":
				t.Errorf("%s: an invalid sample that Decode reads", p)
			case !v.bothReject:
				t.Logf("%s: refused by Decode only: %s, which the schema cannot express", p, v.why)
			}
		case "report":
			reports++
			if err := validate(t, "report.json", b); err != nil {
				t.Errorf("%s: %v", p, err)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("examples: %d documents, %d invalid documents, %d reports", docs, invalid, reports)
}

// TestTestdata: the sample under testdata/valid is valid and decodes; the
// edits of it below are each refused by Decode and the schema, where the
// schema says the problem is.
func TestTestdata(t *testing.T) {
	src, err := os.ReadFile("testdata/valid/document.json")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := policy.Decode(bytes.NewReader(src)); err != nil {
		t.Fatal(err)
	}
	if err := validate(t, docName, src); err != nil {
		t.Fatal(err)
	}
	cases := []struct{ name, old, new, at string }{
		{"no such day", `"effectiveOn": "2026-04-01"`, `"effectiveOn": "2026-02-30"`, "/effectiveOn"},
		{"year 0000", `"effectiveOn": "2026-04-01"`, `"effectiveOn": "0000-04-01"`, "/effectiveOn"},
		{"a legacy level in the 2024 scheme", `"confidentiality": "2", "integrity": "2", "availability": "1"`, `"confidentiality": "3", "integrity": "2", "availability": "1"`, "/assets/2/classification/confidentiality"},
		{"a 2024 level in the legacy scheme", `"scheme": "guideline-2024"`, `"scheme": "legacy"`, "/assets/0/classification/confidentiality"},
		{"a label for a wire id", `"zone": "business"`, `"zone": "業務サーバ接続系"`, "/assets/2/zone"},
		{"unknown member", `"variant": "alpha",`, `"variant": "alpha", "extra": true,`, "/extra"},
		{"member in another case", `"variant": "alpha",`, `"Variant": "alpha",`, "/Variant"},
		{"missing scheme", `"scheme": "guideline-2024",`, ``, "/scheme"},
		{"missing intervals", `"intervals": {"recordCheckMonths": 12, "evaluationMonths": 12, "contractorConfirmationMonths": 12},`, ``, "/intervals"},
		{"interval 0", `"recordCheckMonths": 12`, `"recordCheckMonths": 0`, "/intervals/recordCheckMonths"},
		{"interval over 120", `"recordCheckMonths": 12`, `"recordCheckMonths": 121`, "/intervals/recordCheckMonths"},
		{"wrong version", `"version": "1"`, `"version": "2"`, "/version"},
		{"blank name", `"name": "架空市（説明用の架空の団体）"`, `"name": "\u3000"`, "/organization/name"},
		{"no bodies", `"bodies": ["administrator", "assembly"]`, `"bodies": []`, "/organization/bodies"},
		{"a body twice", `"bodies": ["administrator", "assembly"]`, `"bodies": ["administrator", "administrator"]`, "/organization/bodies/1"},
		{"an information system without a zone", `"zone": "business", "classification"`, `"classification"`, "/assets/2/zone"},
		{"a wireless system", `"zone": "business", "classification"`, `"zone": "business", "wireless": true, "classification"`, "/assets/2/wireless"},
		{"a method on direct traffic", `"channel": "direct"}`, `"channel": "direct", "method": "file-sanitization"}`, "/topology/links/3/method"},
		{"functions without a kind", `"guard": {"kind": "utm", "functions"`, `"guard": {"functions"`, "/topology/links/2/guard"},
		{"a function twice", `["firewall", "ids-ips", "antivirus", "web-filtering"]`, `["firewall", "firewall"]`, "/topology/links/2/guard/functions"},
		{"sanitized transfer without a method", `"channel": "sanitized",
     "method": "file-sanitization", "covers"`, `"channel": "sanitized", "covers"`, "/exceptions/0/method"},
		{"an exception to the Internet zone", `"from": "zone:business", "to": "zone:mynumber", "channel": "sanitized"`, `"from": "zone:internet", "to": "zone:mynumber", "channel": "sanitized"`, "/exceptions/0"},
		{"a local approval without expiry", `, "expiresOn": "2027-03-31"`, ``, "/exceptions/0/expiresOn"},
		{"an exception covering nothing", `"covers": [{"from": "lgwan", "to": "mn-juki"}]`, `"covers": []`, "/exceptions/1/covers"},
		{"a pair covered twice", `"covers": [{"from": "lgwan", "to": "mn-juki"}]`, `"covers": [{"from": "lgwan", "to": "mn-juki"}, {"to": "mn-juki", "from": "lgwan"}]`, "/exceptions/1/covers/1"},
		{"no justification", `"justification": "eLTAXからの申告データの取込み"`, `"justification": " "`, "/exceptions/1/justification"},
		{"planned without a target", `, "target": "2026-12-31"`, ``, "/records/1/target"},
		{"an organization-wide control per asset", `{"control": "org-standard", "status"`, `{"control": "org-standard", "asset": "files", "status"`, "/records/0/asset"},
		{"a new threat not named", `"kind": "new-threat", "threat": "malware",`, `"kind": "new-threat",`, "/changes/0/threat"},
		{"a risk to no asset", `"assets": ["files"], "likelihood"`, `"assets": [], "likelihood"`, "/risks/0/assets"},
		{"a severity lowered", `"to": "error"`, `"to": "info"`, "/severity/0/to"},
		{"no such rule", `"rule": "asset-unclassified"`, `"rule": "unclassified"`, "/severity/0/rule"},
		{"null", `"lastReview": "2026-03-15"`, `"lastReview": null`, "/lastReview"},
		{"a number for a string", `"handle": "@example_city"`, `"handle": 1`, "/vendors/accounts/0/handle"},
		{"a requirement twice", `["policy-compliance", "confidentiality"]`, `["policy-compliance", "policy-compliance"]`, "/vendors/contractors/0/contract/requirements/1"},
		{"a 3B posting in the legacy scheme", `"scheme": "guideline-2024"`, `"scheme": "legacy"`, "/vendors/accounts/0/maxPosting"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if strings.Count(string(src), c.old) != 1 {
				t.Fatalf("the sample has not exactly one %q", c.old)
			}
			b := []byte(strings.Replace(string(src), c.old, c.new, 1))
			if c.name == "a 3B posting in the legacy scheme" {
				b = []byte(strings.Replace(string(b), `"maxPosting": "1"`, `"maxPosting": "3B"`, 1))
			}
			v, err := compare(t, b)
			if err != nil {
				t.Fatal(err)
			}
			if !v.bothReject {
				t.Fatalf("not refused by both (%+v)", v)
			}
			serr := validate(t, docName, b)
			if locs := append(locations(serr), missing(serr)...); !slices.Contains(locs, c.at) {
				t.Errorf("the schema reports at %v, not at %s", locs, c.at)
			}
		})
	}
}

// TestPiecesAndReports: the parts of generated valid documents, exchanged
// alone, are valid against their schemas, and the JSON report of each
// document's evaluation against the report schema.
func TestPiecesAndReports(t *testing.T) {
	rapid.Check(t, func(rt *rapid.T) {
		doc := policytest.Document(policytest.DocumentOptions{
			Noise:      rapid.Bool().Draw(rt, "noise"),
			Violations: rapid.SliceOfDistinct(rapid.SampledFrom(policytest.Violations()), rapid.ID).Draw(rt, "violations"),
		}).Draw(rt, "document")
		var buf bytes.Buffer
		if err := policy.Encode(&buf, doc); err != nil {
			rt.Fatal(err)
		}
		var whole map[string]json.RawMessage
		if err := json.Unmarshal(buf.Bytes(), &whole); err != nil {
			rt.Fatal(err)
		}
		piece := func(members ...string) []byte {
			m := map[string]json.RawMessage{}
			for _, k := range members {
				if v, ok := whole[k]; ok {
					m[k] = v
				}
			}
			b, _ := json.Marshal(m)
			return b
		}
		records, _ := json.Marshal(map[string]json.RawMessage{"records": whole["records"], "$schema": json.RawMessage(`"` + schema.RecordsID + `"`)})
		for name, b := range map[string][]byte{
			"asset-register.json":  piece("scheme", "assets"),
			"topology.json":        whole["topology"],
			"vendor-register.json": whole["vendors"],
			"records.json":         records,
		} {
			if err := validate(t, name, b); err != nil {
				rt.Fatalf("%s: %v\n%s", name, err, b)
			}
		}
		r, err := policy.Evaluate(doc, policytest.DefaultAsOf())
		if err != nil {
			rt.Fatal(err)
		}
		buf.Reset()
		if err := policy.Render(&buf, r, policy.FormatJSON, policy.English); err != nil {
			rt.Fatal(err)
		}
		if err := validate(t, "report.json", buf.Bytes()); err != nil {
			rt.Fatalf("report: %v\n%s", err, buf.Bytes())
		}
	})
}

// The embedded files, and the $id of the document schema.
func Example() {
	b, err := schema.File("document.json")
	if err != nil {
		panic(err)
	}
	var s struct {
		ID string `json:"$id"`
	}
	if err := json.Unmarshal(b, &s); err != nil {
		panic(err)
	}
	fmt.Println(s.ID == schema.DocumentID, s.ID)
	err = fs.WalkDir(schema.FS(), ".", func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			fmt.Println(p)
		}
		return err
	})
	if err != nil {
		panic(err)
	}
	// Output:
	// true https://jichitai-sec.github.io/policy/schema/v1/document.json
	// asset-register.json
	// catalog/clauses.json
	// catalog/controls.json
	// catalog/handling.json
	// catalog/threats.json
	// clauses.json
	// controls.json
	// document.json
	// handling.json
	// records.json
	// report.json
	// threats.json
	// topology.json
	// vendor-register.json
}
