package schema_test

import (
	"bytes"
	"errors"
	"fmt"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/go-json-experiment/json/jsontext"
	"github.com/santhosh-tekuri/jsonschema/v6"
	"pgregory.net/rapid"

	"github.com/jichitai-sec/policy"
	"github.com/jichitai-sec/policy/field"
	"github.com/jichitai-sec/policy/policytest"
	"github.com/jichitai-sec/policy/schema"
)

// The rules Decode holds a document to that JSON Schema cannot express,
// each recognised by the kind and path of the problem Decode reports. A
// document whose only problems are of these is refused by Decode and may
// be valid against the schema; for every other problem the two agree.
var inexpressible = []struct {
	why  string
	kind field.Kind
	path *regexp.Regexp
}{
	// A severity setting naming no rule is NotFound too, but the rule ids
	// are a closed list the schema holds (see classify).
	{"a reference that does not resolve", field.KindNotFound, regexp.MustCompile(`.`)},
	{"an id repeated in its list", field.KindDuplicate, regexp.MustCompile(`/id$`)},
	{"a node standing for an asset another node stands for", field.KindDuplicate, regexp.MustCompile(`^/topology/nodes/\d+/asset$`)},
	{"a control and scope recorded twice", field.KindDuplicate, regexp.MustCompile(`^/records/\d+$`)},
	{"a rule whose severity is set twice", field.KindDuplicate, regexp.MustCompile(`^/severity/\d+/rule$`)},
	{"a checklist item answered twice in one evaluation", field.KindDuplicate, regexp.MustCompile(`^/evaluations/\d+/results/\d+/item$`)},
	{"a containment cycle", field.KindInvalid, regexp.MustCompile(`^/assets/\d+/contains/\d+$`)},
	{"a subcontracting cycle", field.KindInvalid, regexp.MustCompile(`^/vendors/contractors/\d+/subcontractors/\d+$`)},
	{"a covered node outside the exception's endpoint", field.KindInvalid, regexp.MustCompile(`^/exceptions/\d+/covers/\d+/(from|to)$`)},
	{"an exception expiring before its approval", field.KindInvalid, regexp.MustCompile(`^/exceptions/\d+/expiresOn$`)},
	{"a contract ending before it starts", field.KindInvalid, regexp.MustCompile(`^/vendors/(contractors|services)/\d+/contract/end$`)},
	{"a node and its asset in different zones", field.KindInvalid, regexp.MustCompile(`^(/topology/nodes/\d+/at|/assets/\d+/zone)$`)},
}

// ruleRef is where a document names a rule of the library: an enum of
// the schema, whatever Decode calls the problem.
var ruleRef = regexp.MustCompile(`^/severity/\d+/rule$`)

// Rules of the JSON text rather than of the value: a JSON Schema
// validator sees the value its JSON parser made (the last of repeated
// members, U+FFFD for invalid UTF-8, the number 12 for 12.0). Decode stops
// at such a problem (it has a line and column); textRule recognises it by
// the text itself, not by Decode's wording.
const (
	repeatedName  = "a member name repeated in an object"
	invalidUTF8   = "invalid UTF-8"
	integerSyntax = "an integer written with a fraction or an exponent"
)

// textRule returns which rule of the JSON text src breaks where Decode
// reports e, or "".
func textRule(src []byte, e *field.Error) string {
	if e.Line == 0 {
		return ""
	}
	v := jsontext.Value(src)
	if !v.IsValid() {
		switch {
		case v.IsValid(jsontext.AllowDuplicateNames(true)):
			return repeatedName
		case v.IsValid(jsontext.AllowInvalidUTF8(true)):
			return invalidUTF8
		case v.IsValid(jsontext.AllowDuplicateNames(true), jsontext.AllowInvalidUTF8(true)):
			return repeatedName
		}
		return ""
	}
	if n := valueAt(parse(src), e.Path); n != nil && n.kind == '0' && strings.ContainsAny(n.raw, ".eE") {
		if f, err := strconv.ParseFloat(n.raw, 64); err == nil && f == float64(int64(f)) {
			return integerSyntax
		}
	}
	return ""
}

// valueAt returns the value at JSON Pointer p in v, or nil.
func valueAt(v *jv, p field.Path) *jv {
	if p == "" {
		return v
	}
	for _, tok := range strings.Split(string(p)[1:], "/") {
		tok = strings.ReplaceAll(strings.ReplaceAll(tok, "~1", "/"), "~0", "~")
		switch v.kind {
		case '{':
			i := slices.Index(v.names, tok)
			if i < 0 {
				return nil
			}
			v = v.elems[i]
		case '[':
			i, err := strconv.Atoi(tok)
			if err != nil || i < 0 || i >= len(v.elems) {
				return nil
			}
			v = v.elems[i]
		default:
			return nil
		}
	}
	return v
}

// classify returns why Decode's problem e with the document src is not
// the schema's to see, or "" when the schema expresses it.
func classify(src []byte, e *field.Error) string {
	if why := textRule(src, e); why != "" {
		return why
	}
	if e.Kind == field.KindNotFound && ruleRef.MatchString(string(e.Path)) {
		return ""
	}
	for _, r := range inexpressible {
		if e.Kind == r.kind && r.path.MatchString(string(e.Path)) {
			return r.why
		}
	}
	return ""
}

// tally counts the verdicts of the agreement property.
type tally struct {
	mu         sync.Mutex
	verdicts   int
	agree      int
	bothReject int
	located    int
	expected   map[string]int // disagreements by the rule the schema cannot express
	byMutation map[string][2]int
}

func (t *tally) add(mutation string, agree bool, why string, bothReject, located bool) {
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.expected == nil {
		t.expected, t.byMutation = map[string]int{}, map[string][2]int{}
	}
	t.verdicts++
	m := t.byMutation[mutation]
	m[1]++
	if agree {
		t.agree++
		m[0]++
	} else {
		t.expected[why]++
	}
	t.byMutation[mutation] = m
	if bothReject {
		t.bothReject++
		if located {
			t.located++
		}
	}
}

func (t *tally) report() string {
	t.mu.Lock()
	defer t.mu.Unlock()
	var b strings.Builder
	valid := t.byMutation[validDocument][1]
	fmt.Fprintf(&b, "agreement: %d verdicts, the same from Decode and the schema in %d (%.2f%%)\n",
		t.verdicts, t.agree, 100*float64(t.agree)/float64(max(1, t.verdicts)))
	fmt.Fprintf(&b, "  %d valid documents, every one schema-valid; %d mutations, the same verdict on %d (%.2f%%)\n",
		valid, t.verdicts-valid, t.agree-t.byMutation[validDocument][0],
		100*float64(t.agree-t.byMutation[validDocument][0])/float64(max(1, t.verdicts-valid)))
	fmt.Fprintf(&b, "  both refused %d, the schema's instance location among Decode's paths in %d (the others: only inexpressible problems or a JSON-text error)\n", t.bothReject, t.located)
	fmt.Fprintf(&b, "  Decode refused and the schema accepted in %d, every one for a rule the schema cannot express (no other disagreement):\n", t.verdicts-t.agree)
	whys := make([]string, 0, len(t.expected))
	for w := range t.expected {
		whys = append(whys, w)
	}
	sort.Strings(whys)
	for _, w := range whys {
		fmt.Fprintf(&b, "    %6d  %s\n", t.expected[w], w)
	}
	fmt.Fprintf(&b, "  by mutation (same verdict / cases):\n")
	ms := make([]string, 0, len(t.byMutation))
	for m := range t.byMutation {
		ms = append(ms, m)
	}
	sort.Strings(ms)
	for _, m := range ms {
		fmt.Fprintf(&b, "    %6d / %-6d %s\n", t.byMutation[m][0], t.byMutation[m][1], m)
	}
	return b.String()
}

// verdict is what Decode and the schema said of one document.
type verdict struct {
	agree      bool   // the same verdict
	why        string // when not: the rule the schema cannot express
	bothReject bool
	located    bool // both refused, and an instance location of the schema is a path of Decode's
}

// compare decodes src with policy.Decode and validates it against the
// document schema, and returns an error unless they agree: a decodable
// document is schema-valid; a document the schema accepts is decodable
// unless every problem Decode reports is one the schema cannot express;
// and where both refuse for a reason the schema expresses, an instance
// location of the schema's errors is among the JSON Pointers of Decode's
// problems.
func compare(tb testing.TB, src []byte) (verdict, error) {
	_, derr := policy.Decode(bytes.NewReader(src))
	serr := validate(tb, docName, src)
	var probs field.List
	if derr != nil && !errors.As(derr, &probs) {
		return verdict{}, fmt.Errorf("Decode's error is not a field.List: %v", derr)
	}
	var expressible []*field.Error
	why := ""
	for _, e := range probs {
		if w := classify(src, e); w != "" {
			why = w
		} else {
			expressible = append(expressible, e)
		}
	}
	switch {
	case derr == nil && serr == nil:
		return verdict{agree: true}, nil
	case derr == nil:
		return verdict{}, fmt.Errorf("Decode accepts and the schema refuses (decodable ⇒ schema-valid fails):\n%v", serr)
	case serr == nil:
		if len(expressible) > 0 {
			return verdict{}, fmt.Errorf("Decode refuses and the schema accepts:\n%v", derr)
		}
		return verdict{why: why}, nil
	}
	var ve *jsonschema.ValidationError
	if !errors.As(serr, &ve) {
		// The validator's JSON parser refused the text (data after the
		// document, a truncated one): both refuse it, at the text.
		return verdict{agree: true, bothReject: true}, nil
	}
	if len(expressible) == 0 {
		return verdict{agree: true, bothReject: true}, nil
	}
	if !locatedAt(expressible, serr) {
		return verdict{}, fmt.Errorf("no instance location of the schema's errors %v is a path of Decode's problems:\n%v\n%v",
			locations(serr), derr, serr)
	}
	return verdict{agree: true, bothReject: true, located: true}, nil
}

// judge is compare within the property, counting the verdict.
func judge(t *rapid.T, tb testing.TB, tl *tally, mutation string, src []byte) {
	v, err := compare(tb, src)
	if err != nil {
		const most = 4000
		text := string(src)
		if len(text) > most {
			text = text[:most] + "…"
		}
		t.Fatalf("%s: %v\n%s", mutation, err, text)
	}
	tl.add(mutation, v.agree, v.why, v.bothReject, v.located)
}

// locatedAt reports whether the schema's errors point where one of
// Decode's problems does: at the same JSON Pointer; or, for a member the
// schema reports missing, at or under it (Decode reports what the missing
// object lacks, "/intervals/evaluationMonths" for a missing "/intervals");
// or, for a set of UTM functions, which Decode reads whole and reports at
// the array, at an element of it.
func locatedAt(probs []*field.Error, serr error) bool {
	locs, miss := locations(serr), missing(serr)
	for _, e := range probs {
		d := string(e.Path)
		if slices.Contains(locs, d) {
			return true
		}
		for _, m := range miss {
			if strings.HasPrefix(d, m+"/") {
				return true
			}
		}
		if strings.HasSuffix(d, "/functions") {
			for _, s := range locs {
				if strings.HasPrefix(s, d+"/") {
					return true
				}
			}
		}
	}
	return false
}

var docName = strings.TrimPrefix(schema.DocumentID, schema.Base)

var agreement tally

const validDocument = "none (a valid document)"

// TestAgreement: policy.Decode and the document schema give the same
// verdict on generated valid documents (policytest.Document) and on
// mutations of them (policytest.Mutate's, with the problems Decode must
// report, and this test's own, drawn from what the schema describes), but
// for the rules the schema cannot express (inexpressible, textRules),
// where only "decodable ⇒ schema-valid" is asserted. Run it with
// -rapid.checks=10000 -v to see the agreement rate over 10,000 documents.
func TestAgreement(t *testing.T) {
	doc := decodeAny(t, docName)
	rapid.Check(t, func(rt *rapid.T) {
		d := policytest.Document(policytest.DocumentOptions{
			Noise:      rapid.Bool().Draw(rt, "noise"),
			Violations: rapid.SliceOfDistinct(rapid.SampledFrom(policytest.Violations()), rapid.ID).Draw(rt, "violations"),
		}).Draw(rt, "document")
		var buf bytes.Buffer
		if err := policy.Encode(&buf, d); err != nil {
			rt.Fatal(err)
		}
		judge(rt, t, &agreement, validDocument, buf.Bytes())
		if rapid.Bool().Draw(rt, "policytest") {
			m := policytest.Mutate(d).Draw(rt, "mutation")
			judge(rt, t, &agreement, "policytest: "+m.Name, m.JSON)
			return
		}
		name, src := mutate(rt, doc, buf.Bytes())
		judge(rt, t, &agreement, name, src)
	})
	t.Log(agreement.report())
}

// jv is a JSON value that keeps the order of members and may repeat one.
type jv struct {
	kind  jsontext.Kind
	raw   string
	names []string
	elems []*jv
}

func parse(src []byte) *jv {
	d := jsontext.NewDecoder(bytes.NewReader(src))
	var read func() *jv
	read = func() *jv {
		k := d.PeekKind()
		if k != '{' && k != '[' {
			v, err := d.ReadValue()
			if err != nil {
				panic(err)
			}
			return &jv{kind: k, raw: string(v)}
		}
		d.ReadToken()
		v := &jv{kind: k}
		for d.PeekKind() != '}' && d.PeekKind() != ']' {
			if k == '{' {
				n, _ := d.ReadToken()
				v.names = append(v.names, n.String())
			}
			v.elems = append(v.elems, read())
		}
		d.ReadToken()
		return v
	}
	return read()
}

func (v *jv) text(b []byte) []byte {
	switch v.kind {
	case '{', '[':
		open, end := byte('['), byte(']')
		if v.kind == '{' {
			open, end = '{', '}'
		}
		b = append(b, open)
		for i, e := range v.elems {
			if i > 0 {
				b = append(b, ',')
			}
			if v.kind == '{' {
				b, _ = jsontext.AppendQuote(b, v.names[i])
				b = append(b, ':')
			}
			b = e.text(b)
		}
		return append(b, end)
	}
	return append(b, v.raw...)
}

func (v *jv) clone() *jv {
	c := &jv{kind: v.kind, raw: v.raw, names: slices.Clone(v.names)}
	for _, e := range v.elems {
		c.elems = append(c.elems, e.clone())
	}
	return c
}

func str(s string) *jv {
	b, _ := jsontext.AppendQuote(nil, s)
	return &jv{kind: '"', raw: string(b)}
}

func lit(s string) *jv { return &jv{kind: jsontext.Value(s).Kind(), raw: s} }

// place is a value of the document with its parent and its path tokens.
type place struct {
	v      *jv
	parent *jv
	index  int
	path   []string
}

func places(v *jv) []place {
	var out []place
	var walk func(v, parent *jv, i int, path []string)
	walk = func(v, parent *jv, i int, path []string) {
		out = append(out, place{v, parent, i, path})
		for j, e := range v.elems {
			tok := strconv.Itoa(j)
			if v.kind == '{' {
				tok = v.names[j]
			}
			walk(e, v, j, append(slices.Clone(path), tok))
		}
	}
	walk(v, nil, -1, nil)
	return out
}

// schemaAt returns the schema of the value at path, following $ref,
// properties and items of the document schema (the conditional rules
// aside), or nil.
func schemaAt(doc map[string]any, path []string) map[string]any {
	defs := doc["$defs"].(map[string]any)
	resolve := func(s map[string]any) map[string]any {
		for s != nil {
			ref, ok := s["$ref"].(string)
			if !ok {
				break
			}
			s, _ = defs[strings.TrimPrefix(ref, "#/$defs/")].(map[string]any)
		}
		return s
	}
	s := resolve(doc)
	for _, tok := range path {
		if s == nil {
			return nil
		}
		if props, ok := s["properties"].(map[string]any); ok {
			p, _ := props[tok].(map[string]any)
			s = resolve(p)
			continue
		}
		it, _ := s["items"].(map[string]any)
		s = resolve(it)
	}
	return s
}

// valueFor draws a value the schema s describes: a member of its enum, a
// date, one of the document's own strings (so that a reference often
// resolves), true, a number, an empty list or object.
func valueFor(t *rapid.T, s map[string]any, strings []string) *jv {
	if en, ok := s["enum"].([]any); ok && len(en) > 0 {
		return str(rapid.SampledFrom(en).Draw(t, "member").(string))
	}
	switch s["type"] {
	case "string":
		if s["format"] == "date" {
			return str(rapid.SampledFrom([]string{"2026-01-01", "2026-07-01", "2025-04-01"}).Draw(t, "date"))
		}
		if len(strings) > 0 && rapid.Bool().Draw(t, "existing") {
			return str(rapid.SampledFrom(strings).Draw(t, "string"))
		}
		return str("x")
	case "boolean":
		return lit("true")
	case "integer":
		return lit(rapid.SampledFrom([]string{"1", "12", "120"}).Draw(t, "int"))
	case "array":
		return lit("[]")
	}
	return lit("{}")
}

// mutate applies one of this test's mutations to the document src and
// returns its name and the mutated JSON text.
func mutate(t *rapid.T, doc map[string]any, src []byte) (string, []byte) {
	root := parse(src)
	all := places(root)
	var strs []string
	for _, p := range all {
		if p.v.kind == '"' {
			var s string
			if err := jsontextUnquote(p.v.raw, &s); err == nil {
				strs = append(strs, s)
			}
		}
	}
	of := func(pred func(place) bool) []place {
		var out []place
		for _, p := range all {
			if pred(p) {
				out = append(out, p)
			}
		}
		return out
	}
	kind := func(k jsontext.Kind) func(place) bool { return func(p place) bool { return p.v.kind == k } }
	nonRoot := func(p place) bool { return p.parent != nil }
	pick := func(ps []place) (place, bool) {
		if len(ps) == 0 {
			return place{}, false
		}
		return rapid.SampledFrom(ps).Draw(t, "at"), true
	}
	type mutation struct {
		name  string
		apply func() bool
	}
	muts := []mutation{
		{"unknown member", func() bool {
			p, ok := pick(of(kind('{')))
			if ok {
				p.v.names, p.v.elems = append(p.v.names, "zzUnknown"), append(p.v.elems, lit("1"))
			}
			return ok
		}},
		{"unknown enum value", func() bool {
			p, ok := pick(of(kind('"')))
			if ok {
				*p.v = *str(rapid.SampledFrom([]string{"zz-unknown", "Direct", "業務サーバ接続系", "3D"}).Draw(t, "value"))
			}
			return ok
		}},
		{"another member of the set", func() bool {
			p, ok := pick(of(func(p place) bool {
				s := schemaAt(doc, p.path)
				return p.v.kind == '"' && s != nil && s["enum"] != nil
			}))
			if ok {
				*p.v = *valueFor(t, schemaAt(doc, p.path), nil)
			}
			return ok
		}},
		{"wrong type", func() bool {
			p, ok := pick(of(nonRoot))
			if ok {
				others := []string{"7", "true", `"x"`, "{}", "[]", "null"}
				others = slices.DeleteFunc(others, func(s string) bool { return jsontext.Value(s).Kind() == p.v.kind })
				*p.v = *lit(rapid.SampledFrom(others).Draw(t, "value"))
			}
			return ok
		}},
		{"member removed", func() bool {
			p, ok := pick(of(func(p place) bool { return p.parent != nil && p.parent.kind == '{' }))
			if ok {
				p.parent.names = slices.Delete(p.parent.names, p.index, p.index+1)
				p.parent.elems = slices.Delete(p.parent.elems, p.index, p.index+1)
			}
			return ok
		}},
		{"member added", func() bool {
			p, ok := pick(of(kind('{')))
			if !ok {
				return false
			}
			s := schemaAt(doc, p.path)
			props, _ := s["properties"].(map[string]any)
			var absent []string
			for n := range props {
				if !slices.Contains(p.v.names, n) {
					absent = append(absent, n)
				}
			}
			if len(absent) == 0 {
				return false
			}
			sort.Strings(absent)
			n := rapid.SampledFrom(absent).Draw(t, "member")
			v := valueFor(t, schemaAt(doc, append(slices.Clone(p.path), n)), strs)
			p.v.names, p.v.elems = append(p.v.names, n), append(p.v.elems, v)
			return true
		}},
		{"empty string", func() bool {
			p, ok := pick(of(kind('"')))
			if ok {
				*p.v = *str("")
			}
			return ok
		}},
		{"blank string", func() bool {
			p, ok := pick(of(kind('"')))
			if ok {
				*p.v = *str(rapid.SampledFrom([]string{" ", "\u3000", "\t\n"}).Draw(t, "blank"))
			}
			return ok
		}},
		{"number changed", func() bool {
			p, ok := pick(of(kind('0')))
			if ok {
				*p.v = *lit(rapid.SampledFrom([]string{"0", "-1", "1", "121", "-0", "1.5", "12.0", "1e1", "99999999999999999999"}).Draw(t, "number"))
			}
			return ok
		}},
		{"list emptied", func() bool {
			p, ok := pick(of(func(p place) bool { return p.v.kind == '[' && len(p.v.elems) > 0 }))
			if ok {
				p.v.elems = nil
			}
			return ok
		}},
		{"element repeated", func() bool {
			p, ok := pick(of(func(p place) bool { return p.v.kind == '[' && len(p.v.elems) > 0 }))
			if ok {
				e := rapid.SampledFrom(p.v.elems).Draw(t, "element")
				p.v.elems = append(p.v.elems, e.clone())
			}
			return ok
		}},
		{"element removed", func() bool {
			p, ok := pick(of(func(p place) bool { return p.parent != nil && p.parent.kind == '[' }))
			if ok {
				p.parent.elems = slices.Delete(p.parent.elems, p.index, p.index+1)
			}
			return ok
		}},
		{"boolean flipped", func() bool {
			p, ok := pick(of(func(p place) bool { return p.v.kind == 't' || p.v.kind == 'f' }))
			if ok {
				*p.v = *lit(map[jsontext.Kind]string{'t': "false", 'f': "true"}[p.v.kind])
			}
			return ok
		}},
		{"scheme changed", func() bool {
			i := slices.Index(root.names, "scheme")
			if i < 0 {
				return false
			}
			*root.elems[i] = *valueFor(t, schemaAt(doc, []string{"scheme"}), nil)
			return true
		}},
		{"date changed", func() bool {
			p, ok := pick(of(func(p place) bool { s := schemaAt(doc, p.path); return s != nil && s["format"] == "date" }))
			if ok {
				*p.v = *str(rapid.SampledFrom([]string{"2026-02-30", "2024-02-29", "0000-01-01", "2026-2-01", "2026-13-01", "9999-12-31"}).Draw(t, "date"))
			}
			return ok
		}},
		{"member repeated", func() bool {
			p, ok := pick(of(func(p place) bool { return p.v.kind == '{' && len(p.v.elems) > 0 }))
			if ok {
				i := rapid.IntRange(0, len(p.v.elems)-1).Draw(t, "member")
				p.v.names, p.v.elems = append(p.v.names, p.v.names[i]), append(p.v.elems, p.v.elems[i].clone())
			}
			return ok
		}},
	}
	for {
		m := rapid.SampledFrom(muts).Draw(t, "mutation")
		if m.apply() {
			return m.name, root.text(nil)
		}
	}
}

func jsontextUnquote(raw string, s *string) error {
	v, err := jsontext.AppendUnquote(nil, raw)
	*s = string(v)
	return err
}
