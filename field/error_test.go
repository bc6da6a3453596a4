package field_test

import (
	"strconv"
	"strings"
	"testing"

	"github.com/jichitai-sec/policy/field"
	"github.com/jichitai-sec/policy/lang"
)

var confidentiality = field.Root.Child("assets").Index(3).Child("classification").Child("confidentiality")

func TestConstructors(t *testing.T) {
	d := lang.Of("説明", "explanation")
	p := field.Root.Child("flows").Index(2).Child("method")
	cases := []struct {
		name  string
		got   *field.Error
		kind  field.Kind
		value string
	}{
		{"Required", field.Required(p, d), field.KindRequired, ""},
		{"Invalid", field.Invalid(p, "cdr?", d), field.KindInvalid, "cdr?"},
		{"Duplicate", field.Duplicate(p, "f2", d), field.KindDuplicate, "f2"},
		{"NotFound", field.NotFound(p, "file-server", d), field.KindNotFound, "file-server"},
		{"Forbidden", field.Forbidden(p, "internet", d), field.KindForbidden, "internet"},
	}
	seen := map[field.Kind]string{}
	for _, c := range cases {
		want := field.Error{Path: p, Kind: c.kind, Value: c.value, Detail: d}
		if *c.got != want {
			t.Errorf("%s = %+v, want %+v", c.name, *c.got, want)
		}
		if prev, dup := seen[c.kind]; dup {
			t.Errorf("%s and %s report the same kind %v", prev, c.name, c.kind)
		}
		seen[c.kind] = c.name
	}
	if a, b := field.Required(p, d), field.Required(p, d); a == b {
		t.Error("Required returns a shared *Error")
	}
}

func TestNotSupported(t *testing.T) {
	p := field.Root.Child("problems").Index(0).Child("kind")
	e := field.NotSupported(p, field.Kind(9), field.Kinds())
	if e.Path != p || e.Kind != field.KindNotSupported || e.Value != "field.Kind(9)" {
		t.Errorf("NotSupported = %+v", *e)
	}
	want := lang.Of(
		"次のいずれかを指定する：required、invalid、not-supported、duplicate、not-found、forbidden",
		"supported values: required, invalid, not-supported, duplicate, not-found, forbidden")
	if e.Detail != want {
		t.Errorf("NotSupported detail = %+v\nwant %+v", e.Detail, want)
	}
	// Only the members given are listed, in the order given.
	e = field.NotSupported(p, field.KindForbidden, []field.Kind{field.KindNotFound, field.KindRequired})
	if e.Value != "forbidden" || e.Detail.En != "supported values: not-found, required" ||
		e.Detail.Ja != "次のいずれかを指定する：not-found、required" {
		t.Errorf("NotSupported with two members = %+v", *e)
	}
	// Any closed set will do: its String is what is listed.
	e = field.NotSupported(field.Root.Child("zone"), zone("public"), []zone{"mynumber", "business", "internet"})
	if e.Value != "public" || e.Detail.En != "supported values: mynumber, business, internet" {
		t.Errorf("NotSupported of another set = %+v", *e)
	}
}

type zone string

func (z zone) String() string { return string(z) }

func TestErrorText(t *testing.T) {
	cases := []struct {
		name string
		e    *field.Error
		want string
	}{
		{"nested", field.Invalid(confidentiality, "4", lang.Of("格付は1から3", "ratings are 1 to 3")),
			`/assets/3/classification/confidentiality: invalid value "4": ratings are 1 to 3 / 不正な値：格付は1から3`},
		{"root", field.Required(field.Root, lang.Of("文書が空", "the document is empty")),
			`(document): required value missing: the document is empty / 必須項目の欠落：文書が空`},
		{"root with a value", field.Invalid(field.Root, "[]", lang.Of("オブジェクトでない", "not an object")),
			`(document): invalid value "[]": not an object / 不正な値：オブジェクトでない`},
		{"no value, no detail", &field.Error{Path: "/nodes/0/id", Kind: field.KindRequired},
			`/nodes/0/id: required value missing / 必須項目の欠落`},
		{"English detail only", field.NotFound(field.Root.Child("links").Index(2).Child("to"), "db", lang.Of("", "no node has this id")),
			`/links/2/to: reference not found "db": no node has this id / 参照先なし`},
		{"escaped path", field.Duplicate(field.Root.Child("zones").Key("lgwan/asp"), "x", lang.Text{}),
			`/zones/lgwan~1asp: duplicate value "x" / 重複`},
		{"not supported", field.NotSupported(field.Root.Child("kind"), field.Kind(0), []field.Kind{field.KindRequired}),
			`/kind: unsupported value "field.Kind(0)": supported values: required / 未対応の値：次のいずれかを指定する：required`},
	}
	for _, c := range cases {
		if got := c.e.Error(); got != c.want {
			t.Errorf("%s: Error() = %q\nwant         %q", c.name, got, c.want)
		}
	}
}

func TestErrorTextIsOneLine(t *testing.T) {
	// The value is Go-quoted, so odd text cannot forge a second line.
	odd := field.NotFound(field.Root.Child("links").Index(1).Child("to"), "x\"\ny", lang.Of("ノードなし", "no node"))
	got := odd.Error()
	if !strings.Contains(got, `"x\"\ny"`) || strings.Contains(got, "\n") {
		t.Errorf("Error() = %q, want the value quoted on one line", got)
	}
	// A corrupt kind is still diagnosable.
	bad := &field.Error{Path: "/x", Kind: 0}
	if got := bad.Error(); got != "/x: field.Kind(0) / field.Kind(0)" {
		t.Errorf("Error() with kind 0 = %q, want it to show field.Kind(0)", got)
	}
}

func TestErrorNamesEverything(t *testing.T) {
	p := field.Root.Child("flows").Index(2).Child("method")
	for _, k := range field.Kinds() {
		e := &field.Error{Path: p, Kind: k, Value: "cdr?", Detail: lang.Of("説明", "explanation")}
		msg := e.Error()
		for _, part := range []string{"/flows/2/method: ", k.En(), k.Ja(), strconv.Quote("cdr?"), "explanation", "説明"} {
			if !strings.Contains(msg, part) {
				t.Errorf("Error() for kind %v = %q, missing %q", k, msg, part)
			}
		}
		if !strings.HasPrefix(msg, "/flows/2/method: ") {
			t.Errorf("Error() = %q does not start with the path", msg)
		}
	}
}
