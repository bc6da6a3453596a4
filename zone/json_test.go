package zone_test

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/jichitai-sec/policy/policytest"
	"github.com/jichitai-sec/policy/zone"
	"pgregory.net/rapid"
)

// roundTrip encodes v as JSON and decodes it into a new value of its type.
func roundTrip[T any](t *rapid.T, v T) (T, []byte) {
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatalf("marshal %+v: %v", v, err)
	}
	var back T
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatalf("unmarshal %s: %v", b, err)
	}
	return back, b
}

// peopleSpellings returns the spellings other than the wire id that Parse
// accepts (and the wire must not) for the value v of the member key of a
// document: the Japanese labels and documented aliases of the closed set
// that key holds. For "rule", whose labels are descriptions, the label is
// returned as well, though Parse refuses it too.
func peopleSpellings(key, v string) []string {
	var out []string
	add := func(ja string, aliases []string) {
		out = append(out, ja)
		out = append(out, aliases...)
	}
	switch key {
	case "from", "to", "at":
		var e zone.Endpoint
		if e.UnmarshalText([]byte(v)) != nil {
			return nil // a node id
		}
		prefix := v[:strings.IndexByte(v, ':')+1]
		out = append(out, prefix+e.Ja())
		for a, z := range zoneAliases {
			if e == zone.In(z) {
				out = append(out, prefix+a)
			}
		}
		for a, n := range networkAliases {
			if e == zone.External(n) {
				out = append(out, prefix+a)
			}
		}
	case "channel":
		var c zone.Channel
		if c.UnmarshalText([]byte(v)) == nil {
			add(c.Ja(), keysOf(channelAliases, c))
		}
	case "method":
		var m zone.Method
		if m.UnmarshalText([]byte(v)) == nil {
			add(m.Ja(), keysOf(methodAliases, m))
		}
	case "kind":
		var k zone.SafeguardKind
		if k.UnmarshalText([]byte(v)) == nil {
			add(k.Ja(), nil)
		}
	case "functions", "missing":
		var f zone.Function
		if f.UnmarshalText([]byte(v)) == nil {
			add(f.Ja(), keysOf(functionAliases, f))
		}
	case "allowance":
		var a zone.NationalAllowance
		if a.UnmarshalText([]byte(v)) == nil {
			add(a.Ja(), keysOf(allowanceAliases, a))
		}
	case "notApplied":
		var s zone.ExceptionStatus
		if s.UnmarshalText([]byte(v)) == nil {
			add(s.Ja(), nil)
		}
	case "rule":
		var r zone.Rule
		if r.UnmarshalText([]byte(v)) == nil {
			add(r.Ja(), nil)
		}
	}
	return out
}

func keysOf[T comparable](m map[string]T, v T) []string {
	var out []string
	for k, w := range m {
		if w == v {
			out = append(out, k)
		}
	}
	return out
}

// respell calls yield with doc changed in one place: one closed-set value
// spelled as people may write it (see peopleSpellings), and the key.
func respell(doc any, yield func(changed any, key string)) {
	var walk func(v any, key string, set func(any))
	walk = func(v any, key string, set func(any)) {
		switch x := v.(type) {
		case map[string]any:
			for k, el := range x {
				walk(el, k, func(n any) { x[k] = n })
			}
		case []any:
			for i, el := range x {
				walk(el, key, func(n any) { x[i] = n })
			}
		case string:
			for _, s := range peopleSpellings(key, x) {
				set(s)
				yield(doc, key)
				set(x)
			}
		}
	}
	walk(doc, "", func(any) {})
}

// fataler is what *testing.T and *rapid.T share.
type fataler interface {
	Helper()
	Fatalf(format string, args ...any)
}

// rejectsPeopleSpellings checks that decoding b into a T fails whenever one
// closed-set value in it is respelled as a label or alias, and returns the
// keys respelled.
func rejectsPeopleSpellings[T any](t fataler, b []byte) map[string]bool {
	t.Helper()
	var doc any
	if err := json.Unmarshal(b, &doc); err != nil {
		t.Fatalf("generic unmarshal %s: %v", b, err)
	}
	keys := map[string]bool{}
	respell(doc, func(changed any, key string) {
		keys[key] = true
		c, err := json.Marshal(changed)
		if err != nil {
			t.Fatalf("marshal %v: %v", changed, err)
		}
		var v T
		if err := json.Unmarshal(c, &v); err == nil {
			t.Fatalf("json.Unmarshal accepted a label or alias in %q: %s", key, c)
		}
	})
	return keys
}

func TestPropertyJSONRoundTrip(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		f := policytest.Flow().Draw(t, "flow")
		back, b := roundTrip(t, f)
		if back != f {
			t.Fatalf("flow %v changed through JSON to %v", f, back)
		}
		rejectsPeopleSpellings[zone.Flow](t, b)

		e := rapid.OneOf(policytest.Exception(), policytest.AllowanceInForce(f, asOf)).Draw(t, "exception")
		eb, b := roundTrip(t, e)
		if diff := cmp.Diff(e, eb, policytest.CmpOptions()); diff != "" {
			t.Fatalf("exception changed through JSON:\n%s", diff)
		}
		rejectsPeopleSpellings[zone.Exception](t, b)

		top := policytest.Topology(8, 12).Draw(t, "topology")
		tb, b := roundTrip(t, top)
		if diff := cmp.Diff(top, tb, policytest.CmpOptions()); diff != "" {
			t.Fatalf("topology changed through JSON:\n%s", diff)
		}
		rejectsPeopleSpellings[zone.Topology](t, b)

		d := policytest.Date().Draw(t, "asOf")
		exs := policytest.ExceptionsFor(top, d).Draw(t, "exceptions")
		leaks, err := zone.FindLeaks(top, exs, d, "")
		if err != nil {
			t.Fatal(err)
		}
		for _, v := range append(leaks.Verdicts, zone.Check(f, []zone.Exception{e}, d)) {
			vb, b := roundTrip(t, v)
			if vb != v {
				t.Fatalf("verdict %+v changed through JSON to %+v", v, vb)
			}
			rejectsPeopleSpellings[zone.Verdict](t, b)
		}
	})
}

// TestJSONRejectsPeopleSpellings makes sure the respelling above is not
// vacuous: in a document holding every closed set, each is respelled and
// each respelling rejected.
func TestJSONRejectsPeopleSpellings(t *testing.T) {
	top := zone.Topology{
		Nodes: []zone.Node{{ID: "a", At: myNumber}, {ID: "b", At: business}, {ID: "c", At: internetZ}, {ID: "d", At: lgwan}},
		Links: []zone.Link{
			{From: "a", To: "b", Channel: zone.Media},
			{From: "b", To: "c", Channel: zone.Sanitized, Method: zone.FileSanitization},
			{From: "c", To: "d", Channel: zone.Direct, Guard: zone.Safeguard{Kind: zone.UTM, Functions: zone.FunctionsOf(zone.IntrusionPrevention)}},
		},
	}
	b, _ := json.Marshal(top)
	keys := rejectsPeopleSpellings[zone.Topology](t, b)
	for _, k := range []string{"at", "channel", "method", "kind", "functions"} {
		if !keys[k] {
			t.Errorf("topology: %q never respelled", k)
		}
	}
	e := allowance()
	e.Allowance = zone.ELTAX
	b, _ = json.Marshal(e)
	keys = rejectsPeopleSpellings[zone.Exception](t, b)
	for _, k := range []string{"from", "to", "channel", "method", "allowance"} {
		if !keys[k] {
			t.Errorf("exception: %q never respelled", k)
		}
	}
	b, _ = json.Marshal(zone.Verdict{Rule: zone.RuleMyNumberIsolated, Exception: "EX-1", NotApplied: zone.ExceptionExpired})
	if keys = rejectsPeopleSpellings[zone.Verdict](t, b); !keys["rule"] || !keys["notApplied"] {
		t.Errorf("verdict: respelled %v", keys)
	}
	b, _ = json.Marshal(zone.Verdict{Rule: zone.RuleBoundaryIncomplete, Missing: zone.FunctionsOf(zone.IntrusionPrevention)})
	if keys = rejectsPeopleSpellings[zone.Verdict](t, b); !keys["missing"] {
		t.Errorf("verdict: respelled %v", keys)
	}
	b, _ = json.Marshal(zone.Flow{From: business, To: lgwan, Channel: zone.Media})
	if keys = rejectsPeopleSpellings[zone.Flow](t, b); !keys["from"] || !keys["to"] || !keys["channel"] {
		t.Errorf("flow: respelled %v", keys)
	}
}

func TestJSONRejectsInvalidValues(t *testing.T) {
	for _, v := range []any{
		zone.Flow{From: business},                            // no To, no channel
		zone.Flow{From: business, To: internetZ, Channel: 9}, // unknown channel
		zone.Node{ID: "a"},                                   // no endpoint
		zone.Exception{ID: "EX-1", From: myNumber, To: business, Channel: zone.Direct, Allowance: 9},
		zone.Verdict{}, // no rule
		zone.Verdict{Rule: zone.RuleSameZone, Missing: 0x80}, // an invalid set of functions
		zone.Verdict{Rule: zone.RuleMyNumberIsolated, NotApplied: 42},
		zone.Link{From: "a", To: "b", Channel: zone.Direct, Guard: zone.Safeguard{Kind: 5}},
	} {
		b, err := json.Marshal(v)
		var me *zone.MarshalError
		if !errors.As(err, &me) {
			t.Errorf("json.Marshal(%+v) = %s, %v; want a *MarshalError rather than an invalid document", v, b, err)
		}
	}
}
