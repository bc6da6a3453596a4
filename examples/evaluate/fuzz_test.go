package main

import (
	"bytes"
	"errors"
	"strconv"
	"strings"
	"testing"

	"github.com/go-json-experiment/json/jsontext"
	"github.com/goccy/go-yaml"
	"github.com/jichitai-sec/policy"
	"github.com/jichitai-sec/policy/field"
)

// small is a small valid document: the fuzzer's seeds are kept small,
// since it minimizes every input that finds new code, and the engine then
// spends its time shrinking a large sample instead of exploring.
const small = `{"version":"1","organization":{"name":"架空組合","bodies":["secretariat"]},` +
	`"scheme":"guideline-2024","variant":"alpha","effectiveOn":"2026-04-01","lastReview":"2026-03-01",` +
	`"intervals":{"recordCheckMonths":12,"evaluationMonths":12,"contractorConfirmationMonths":12},` +
	`"topology":{"nodes":[{"id":"m","at":"zone:mynumber","asset":"s"},{"id":"b","at":"zone:business"},` +
	`{"id":"i","at":"network:public-internet"}],"links":[{"from":"m","to":"b","channel":"media"},` +
	`{"from":"b","to":"i","channel":"direct"}]},` +
	`"assets":[{"id":"s","name":"システム","kind":"information-system","owner":"secretariat","zone":"mynumber",` +
	`"myNumber":true,"classification":{"confidentiality":"3B","integrity":"2"}}],` +
	`"exceptions":[{"id":"E","from":"zone:mynumber","to":"zone:business","channel":"media",` +
	`"covers":[{"from":"m","to":"b"}],"justification":"集計","approvedBy":"CISO","approvedOn":"2026-04-01","expiresOn":"2026-05-31"}],` +
	`"records":[{"control":"org-ciso","status":"implemented","checkedOn":"2026-03-01"}],` +
	`"vendors":{"accounts":[{"id":"a","service":"X","handle":"@a","purpose":"広報"}]},` +
	`"evaluations":[{"id":"e","kind":"audit","on":"2026-02-01","results":[{"item":"org-ciso","outcome":"non-compliant"}]}],` +
	`"risks":[{"id":"r","threat":"malware","assets":["s"],"likelihood":"high","accepted":"low"}],` +
	`"changes":[{"id":"c","on":"2026-05-01","kind":"condition"}],"severity":[{"rule":"cloud-unassessed","to":"error"}]}`

// FuzzLoad feeds the program's input reading arbitrary bytes, as JSON and
// as YAML, seeded with a small document (in both forms), small invalid
// ones and YAML's own hazards. It must never panic; a YAML document it
// converts must be valid JSON; a document it refuses is refused with a
// field.List of well-formed problems that print without control
// characters; and a document it accepts must evaluate and render in every
// format and language.
func FuzzLoad(f *testing.F) {
	f.Add([]byte(small), false)
	y, err := yaml.JSONToYAML([]byte(small))
	if err != nil {
		f.Fatal(err)
	}
	f.Add(y, true)
	for _, s := range []string{
		strings.Replace(small, `"variant":"alpha"`, `"variant":"alpha","variant":"beta"`, 1),
		strings.Replace(small, `"effectiveOn"`, `"EffectiveOn"`, 1),
		strings.Replace(small, `"システム"`, "\"シス\xffテム\"", 1),
		strings.Replace(small, `"lastReview":"2026-03-01"`, `"lastReview":null`, 1),
		strings.Replace(small, `"channel":"direct"`, `"channel":"vpn"`, 1),
		strings.Replace(small, `"to":"i"`, `"to":"x"`, 1),
		strings.Replace(small, `"at":"zone:mynumber"`, `"at":"zone:business"`, 1),
		small + `{}`,
		small[:len(small)/2],
	} {
		f.Add([]byte(s), false)
	}
	for _, s := range []string{
		"version: \"1\"\nversion: \"1\"\n",
		"a: &a [*a]\n",
		"a: &a {b: *a}\n",
		"base: &b {x: 1}\nc:\n  <<: *b\n",
		"version: !!str 1\n? [a]\n: b\n",
		"1: x\ntrue: y\n~: z\n",
		"x: .inf\ny: .nan\nz: 0x1F\nw: 1e400\n",
		"a: 1\n---\nb: 2\n",
		"key: |\n  block\n  scalar\n",
		"\"\\u001b[31m\": \"\\u202e\"\n",
		"version: \"1\"\norganization: {name: \"a\\nb\", bodies: [administrator]}\n",
	} {
		f.Add([]byte(s), true)
	}
	f.Fuzz(func(t *testing.T, src []byte, asYAML bool) {
		name := "doc.json"
		if asYAML {
			name = "doc.yaml"
			if js, _, err := yamlToJSON(src); err == nil && !jsontext.Value(js).IsValid() {
				t.Fatalf("YAML converted to invalid JSON: %q", js)
			}
		}
		doc, err := load(name, src)
		if err != nil {
			var errs field.List
			if !errors.As(err, &errs) || len(errs) == 0 {
				t.Fatalf("refused without a field.List: %v", err)
			}
			for _, e := range errs {
				if !e.Kind.Valid() || e.Line < 0 || e.Column < 0 || (e.Line == 0) != (e.Column == 0) {
					t.Fatalf("malformed problem %+v", e)
				}
				for _, l := range policy.Langs() {
					for _, r := range problemText(e, l) {
						if !strconv.IsGraphic(r) {
							t.Fatalf("problem text carries %U: %q", r, problemText(e, l))
						}
					}
				}
			}
			return
		}
		r, err := policy.Evaluate(doc, asOf)
		if err != nil {
			t.Fatalf("a decoded document does not evaluate: %v", err)
		}
		for _, fm := range policy.Formats() {
			for _, l := range policy.Langs() {
				var b bytes.Buffer
				if err := policy.Render(&b, r, fm, l); err != nil {
					t.Fatalf("Render(%s, %s): %v", fm, l, err)
				}
			}
		}
	})
}
