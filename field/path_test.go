package field_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/jichitai-sec/policy/field"
	"pgregory.net/rapid"
)

func TestPath(t *testing.T) {
	cases := []struct {
		got  field.Path
		want string
	}{
		{field.Root, ""},
		{field.Root.Child("assets"), "/assets"},
		{field.Root.Child("assets").Index(3), "/assets/3"},
		{field.Root.Child("assets").Index(3).Child("classification").Child("confidentiality"),
			"/assets/3/classification/confidentiality"},
		{field.Root.Child("links").Index(0).Child("to"), "/links/0/to"},
		{field.Root.Child("matrix").Index(1).Index(12), "/matrix/1/12"},
		{field.Root.Index(2), "/2"},
		{field.Root.Child("systems").Key("juki"), "/systems/juki"},
		// RFC 6901: "~" is written "~0" and "/" is written "~1".
		{field.Root.Child("a/b"), "/a~1b"},
		{field.Root.Child("~"), "/~0"},
		{field.Root.Key("m~n/o"), "/m~0n~1o"},
		{field.Root.Key("~1"), "/~01"}, // not "/~1": the tilde is escaped, not kept
		{field.Root.Key("//"), "/~1~1"},
		{field.Root.Child(""), "/"}, // the member named ""
		{field.Root.Child("").Child(""), "//"},
		{field.Root.Key("マイナンバー"), "/マイナンバー"},
		{field.Root.Key("0"), "/0"}, // a map key that looks like an index
		{field.Path("/zones").Key("lgwan/asp").Index(0), "/zones/lgwan~1asp/0"},
	}
	for _, c := range cases {
		if string(c.got) != c.want || c.got.String() != c.want {
			t.Errorf("path = %q (String %q), want %q", string(c.got), c.got.String(), c.want)
		}
	}
	if field.Root != "" {
		t.Errorf("Root = %q, want the empty pointer", field.Root)
	}
	// Building a child does not change the parent.
	p := field.Root.Child("assets")
	_ = p.Index(1).Child("id")
	if p != "/assets" {
		t.Errorf("parent path changed to %q", p)
	}
}

// tokens decodes a JSON Pointer into its reference tokens (RFC 6901 §4:
// "~1" to "/" first, then "~0" to "~").
func tokens(p field.Path) []string {
	if p == field.Root {
		return nil
	}
	parts := strings.Split(string(p)[1:], "/")
	for i, s := range parts {
		parts[i] = strings.ReplaceAll(strings.ReplaceAll(s, "~1", "/"), "~0", "~")
	}
	return parts
}

// Whatever the member names, the pointer decodes back to them.
func TestPropertyPathDecodes(t *testing.T) {
	name := rapid.OneOf(rapid.String(), rapid.StringOf(rapid.SampledFrom([]rune{'~', '/', '0', '1', 'a'})))
	rapid.Check(t, func(t *rapid.T) {
		names := rapid.SliceOf(name).Draw(t, "names")
		p := field.Root
		for _, n := range names {
			p = p.Child(n)
		}
		if got := tokens(p); !slices.Equal(got, names) {
			t.Fatalf("pointer %q decodes to %q, want %q", p, got, names)
		}
		// Each "/" of the pointer separates two tokens: one inside a name is escaped.
		if n := strings.Count(string(p), "/"); n != len(names) {
			t.Fatalf("pointer %q has %d separators for %d names", p, n, len(names))
		}
	})
}
