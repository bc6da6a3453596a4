package field_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/jichitai-sec/policy/field"
	"github.com/jichitai-sec/policy/internal/enum"
)

func TestPath(t *testing.T) {
	cases := []struct {
		got  field.Path
		want string
	}{
		{field.Path(""), ""},
		{field.Path("").Child("assets"), "assets"},
		{field.Path("assets").Index(3), "assets[3]"},
		{field.Path("assets").Index(3).Child("classification").Child("confidentiality"),
			"assets[3].classification.confidentiality"},
		{field.Path("").Child("links").Index(0).Child("to"), "links[0].to"},
		{field.Path("matrix").Index(1).Index(12), "matrix[1][12]"},
		{field.Path("").Index(2), "[2]"},
		{field.Path("a").Child("b").Index(10).Child("c"), "a.b[10].c"},
	}
	for _, c := range cases {
		if string(c.got) != c.want || c.got.String() != c.want {
			t.Errorf("path = %q (String %q), want %q", string(c.got), c.got.String(), c.want)
		}
	}
	// Building a child does not change the parent.
	p := field.Path("assets")
	_ = p.Index(1).Child("id")
	if p != "assets" {
		t.Errorf("parent path changed to %q", p)
	}
}

func TestClosedSetKinds(t *testing.T) {
	want := []struct {
		k          field.Kind
		id, ja, en string
	}{
		{field.Required, "required", "必須項目の欠落", "required value missing"},
		{field.Invalid, "invalid", "不正な値", "invalid value"},
		{field.Unsupported, "unsupported", "未対応の値", "unsupported value"},
		{field.Duplicate, "duplicate", "重複", "duplicate value"},
		{field.NotFound, "not-found", "参照先なし", "reference not found"},
		{field.Forbidden, "forbidden", "許されない値", "forbidden value"},
	}
	kebab := regexp.MustCompile(`^[a-z][a-z0-9]*(-[a-z0-9]+)*$`)
	all := field.Kinds()
	if len(all) != len(want) {
		t.Fatalf("Kinds() = %v, want %d kinds", all, len(want))
	}
	seen := map[string]field.Kind{}
	for i, w := range want {
		k := all[i]
		if k != field.Kind(i+1) || k != w.k || !k.Valid() {
			t.Errorf("Kinds()[%d] = %d, want %d", i, k, i+1)
		}
		if k.String() != w.id || k.Ja() != w.ja || k.En() != w.en {
			t.Errorf("Kind %d = %q/%q/%q, want %q/%q/%q", k, k.String(), k.Ja(), k.En(), w.id, w.ja, w.en)
		}
		if !kebab.MatchString(w.id) {
			t.Errorf("wire id %q is not kebab-case", w.id)
		}
		for _, s := range []string{w.id, w.ja, w.en} {
			if prev, dup := seen[s]; dup || s == "" {
				t.Errorf("label %q of %v is empty or also used by %v", s, k, prev)
			}
			seen[s] = k
		}
		for _, s := range []string{w.id, w.ja} {
			if got, err := field.ParseKind(s); err != nil || got != k {
				t.Errorf("ParseKind(%q) = %v, %v; want %v", s, got, err, k)
			}
		}
		if b, err := k.MarshalText(); err != nil || string(b) != w.id {
			t.Errorf("Kind(%d).MarshalText() = %q, %v", k, b, err)
		}
	}
	for _, c := range []struct {
		k    field.Kind
		want string
	}{{0, "field.Kind(0)"}, {7, "field.Kind(7)"}, {255, "field.Kind(255)"}} {
		if c.k.Valid() || c.k.String() != c.want || c.k.Ja() != c.want || c.k.En() != c.want {
			t.Errorf("Kind(%d): Valid=%v String=%q Ja=%q En=%q; want invalid %q",
				c.k, c.k.Valid(), c.k.String(), c.k.Ja(), c.k.En(), c.want)
		}
		if b, err := c.k.MarshalText(); err == nil || b != nil {
			t.Errorf("Kind(%d).MarshalText() = %q, %v; want an error", c.k, b, err)
		}
	}
	for _, in := range []string{"", "Required", " required", "not_found", "notfound", "required value missing", "field.Kind(1)"} {
		_, err := field.ParseKind(in)
		checkParseError(t, in, err)
	}
	k := field.Duplicate
	if err := k.UnmarshalText([]byte("dup")); err == nil || k != field.Duplicate {
		t.Errorf("UnmarshalText(dup) = %v, left %v; want an error and Duplicate unchanged", err, k)
	}
	if err := k.UnmarshalText([]byte("参照先なし")); err != nil || k != field.NotFound {
		t.Errorf("UnmarshalText(参照先なし) = %v, %v", err, k)
	}
}

func TestErrorText(t *testing.T) {
	p := field.Path("assets").Index(3).Child("classification").Child("confidentiality")
	e := &field.Error{Path: p, Kind: field.Unsupported, Value: "4", En: "ratings are 1 to 3", Ja: "格付は1から3"}
	want := `assets[3].classification.confidentiality: unsupported value "4": ratings are 1 to 3 / 未対応の値：格付は1から3`
	if got := e.Error(); got != want {
		t.Errorf("Error() = %q\nwant      %q", got, want)
	}

	// Without a value or explanation only the path and kind remain.
	bare := &field.Error{Path: "nodes[0].id", Kind: field.Required}
	if got, want := bare.Error(), "nodes[0].id: required value missing / 必須項目の欠落"; got != want {
		t.Errorf("Error() = %q, want %q", got, want)
	}

	// The value is Go-quoted, so odd text cannot forge a second line.
	odd := &field.Error{Path: "links[1].to", Kind: field.NotFound, Value: "x\"\ny", En: "no node", Ja: "ノードなし"}
	got := odd.Error()
	if !strings.Contains(got, `"x\"\ny"`) || strings.Contains(got, "\n") {
		t.Errorf("Error() = %q, want the value quoted on one line", got)
	}

	// A corrupt kind is still diagnosable.
	bad := &field.Error{Path: "x", Kind: 0}
	if got := bad.Error(); !strings.Contains(got, "field.Kind(0)") {
		t.Errorf("Error() with kind 0 = %q, want it to show field.Kind(0)", got)
	}
}

func TestErrorNamesEverything(t *testing.T) {
	for _, k := range field.Kinds() {
		e := &field.Error{Path: "flows[2].method", Kind: k, Value: "cdr?", En: "explanation", Ja: "説明"}
		msg := e.Error()
		for _, part := range []string{"flows[2].method", k.En(), k.Ja(), strconv.Quote("cdr?"), "explanation", "説明"} {
			if !strings.Contains(msg, part) {
				t.Errorf("Error() for kind %v = %q, missing %q", k, msg, part)
			}
		}
		if !strings.HasPrefix(msg, "flows[2].method: ") {
			t.Errorf("Error() = %q does not start with the path", msg)
		}
	}
}

func TestList(t *testing.T) {
	var l field.List
	if err := l.Err(); err != nil {
		t.Errorf("nil List Err() = %v, want nil", err)
	}
	if err := (field.List{}).Err(); err != nil {
		t.Errorf("empty List Err() = %v, want nil", err)
	}

	l = l.Add(field.Path("nodes").Index(0).Child("id"), field.Required, "", "a node needs an id", "ノードにIDがない")
	l = l.Add(field.Path("links").Index(2).Child("to"), field.NotFound, "db", "no node has this id", "このIDのノードがない")
	if len(l) != 2 {
		t.Fatalf("List has %d problems, want 2", len(l))
	}
	if l[0].Path != "nodes[0].id" || l[0].Kind != field.Required || l[0].Value != "" ||
		l[1].Path != "links[2].to" || l[1].Kind != field.NotFound || l[1].Value != "db" ||
		l[1].En != "no node has this id" || l[1].Ja != "このIDのノードがない" {
		t.Errorf("List = %+v %+v", *l[0], *l[1])
	}

	err := l.Err()
	if err == nil {
		t.Fatal("Err() of a non-empty List = nil")
	}
	want := "nodes[0].id: required value missing: a node needs an id / 必須項目の欠落：ノードにIDがない\n" +
		`links[2].to: reference not found "db": no node has this id / 参照先なし：このIDのノードがない`
	if got := err.Error(); got != want {
		t.Errorf("Err().Error() =\n%s\nwant\n%s", got, want)
	}

	var fe *field.Error
	if !errors.As(err, &fe) || fe != l[0] {
		t.Errorf("errors.As(List, *field.Error) = %v, want the first problem", fe)
	}
	var back field.List
	if !errors.As(err, &back) || len(back) != 2 {
		t.Errorf("errors.As(err, *field.List) = %v", back)
	}
	if !errors.Is(err, l[1]) {
		t.Error("errors.Is does not find the second problem in the List")
	}
	wrapped := fmt.Errorf("decoding policy.json: %w", err)
	if !errors.As(wrapped, &fe) || fe.Path != "nodes[0].id" {
		t.Errorf("errors.As through a wrapper found %v", fe)
	}
	if u := l.Unwrap(); len(u) != 2 || u[0] != error(l[0]) || u[1] != error(l[1]) {
		t.Errorf("Unwrap() = %v", u)
	}
}

func TestListAddKeepsOrder(t *testing.T) {
	var l field.List
	for i := range 5 {
		l = l.Add(field.Path("xs").Index(i), field.Invalid, strconv.Itoa(i), "", "")
	}
	for i, e := range l {
		if want := field.Path("xs").Index(i); e.Path != want || e.Value != strconv.Itoa(i) {
			t.Errorf("l[%d] = %+v, want path %q", i, *e, want)
		}
	}
	if got := strings.Count(l.Error(), "\n"); got != 4 {
		t.Errorf("Error() of 5 problems has %d newlines, want 4", got)
	}
}

func TestKindJSON(t *testing.T) {
	b, err := json.Marshal(map[string]field.Kind{"kind": field.NotFound})
	if err != nil || string(b) != `{"kind":"not-found"}` {
		t.Errorf("json.Marshal = %s, %v", b, err)
	}
	var m map[string]field.Kind
	if err := json.Unmarshal([]byte(`{"kind":"forbidden"}`), &m); err != nil || m["kind"] != field.Forbidden {
		t.Errorf("json.Unmarshal = %v, %v", m, err)
	}
}

func checkParseError(t *testing.T, in string, err error) {
	t.Helper()
	var pe *enum.ParseError
	if !errors.As(err, &pe) {
		t.Errorf("ParseKind(%q): error %v (%T) is not an enum.ParseError", in, err, err)
		return
	}
	if pe.Pkg != "field" || pe.Type != "Kind" || pe.Input != in || pe.Marshal {
		t.Errorf("ParseKind(%q): error fields %+v", in, pe)
	}
	if msg := err.Error(); !strings.HasPrefix(msg, "field: ") || !strings.Contains(msg, strconv.Quote(in)) {
		t.Errorf("ParseKind(%q): message %q does not name the package and quote the input", in, msg)
	}
}

func FuzzParseKind(f *testing.F) {
	for _, s := range []string{
		"", " ", "Required", "REQUIRED", " required", "required ", "not_found", "notfound", "NotFound",
		"field.Kind(0)", "\xff", "必須", "mynumber", " mynumber", "zone:", "network:lgwan ", "2026-02-30",
	} {
		f.Add(s)
	}
	for _, k := range field.Kinds() {
		f.Add(k.String())
		f.Add(k.Ja())
		f.Add(k.En())
	}
	f.Fuzz(func(t *testing.T, in string) {
		k, err := field.ParseKind(in)
		dst := field.Forbidden
		uerr := dst.UnmarshalText([]byte(in))
		if err != nil {
			checkParseError(t, in, err)
			if k != 0 {
				t.Errorf("ParseKind(%q) returned %v with its error", in, k)
			}
			if uerr == nil || dst != field.Forbidden {
				t.Errorf("UnmarshalText(%q) = %v, set %v; want an error and the kind unchanged", in, uerr, dst)
			}
			return
		}
		if !k.Valid() {
			t.Fatalf("ParseKind(%q) = %v, not Valid", in, k)
		}
		if in != k.String() && in != k.Ja() {
			t.Errorf("ParseKind(%q) = %v, but the input is neither its wire id nor its Japanese label", in, k)
		}
		b, err := k.MarshalText()
		if err != nil {
			t.Fatalf("MarshalText(%v): %v", k, err)
		}
		if back, err := field.ParseKind(string(b)); err != nil || back != k {
			t.Errorf("ParseKind(MarshalText(%v)) = %v, %v", k, back, err)
		}
		if uerr != nil || dst != k {
			t.Errorf("UnmarshalText(%q) = %v, %v; want %v", in, dst, uerr, k)
		}
	})
}
