package gen

import (
	"github.com/jichitai-sec/policy/field"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode"

	"github.com/invopop/jsonschema"

	"github.com/jichitai-sec/policy/zone"
)

// TestInvopopOmitzero: invopop v0.14.0 reads omitzero as it reads
// omitempty (earlier versions required omitzero members), so the members
// of the library's types tagged omitzero start out optional.
func TestInvopopOmitzero(t *testing.T) {
	type T struct {
		A int `json:"a"`
		B int `json:"b,omitzero"`
		C int `json:"c,omitempty"`
	}
	s := (&jsonschema.Reflector{ExpandedStruct: true, Anonymous: true}).Reflect(T{})
	if !slices.Equal(s.Required, []string{"a"}) {
		t.Errorf("required %v, want [a]", s.Required)
	}
}

// TestIDPattern: the pattern of ids matches exactly the ids
// field.WellFormedID accepts, for every rune of the Basic Multilingual
// Plane and a sample of the others, between letters, and for none.
func TestIDPattern(t *testing.T) {
	re := regexp.MustCompile(idPattern)
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if r >= 0xd800 && r <= 0xdfff || r > 0xffff && r%97 != 0 {
			continue
		}
		s := "a" + string(r) + "b"
		if got, want := re.MatchString(s), field.WellFormedID(s); got != want {
			t.Fatalf("%U: pattern %v, WellFormedID %v", r, got, want)
		}
	}
	if re.MatchString("") || field.WellFormedID("") {
		t.Errorf("the empty id is accepted")
	}
}

// TestNonBlankPattern: the pattern matches a string exactly when
// strings.TrimSpace leaves something of it, for every rune of the Basic
// Multilingual Plane (where all white space is) and a sample of the
// others, between white space.
func TestNonBlankPattern(t *testing.T) {
	re := regexp.MustCompile(nonBlankPattern)
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if r >= 0xd800 && r <= 0xdfff || r > 0xffff && r%97 != 0 {
			continue
		}
		s := " " + string(r) + "\u3000"
		if got, want := re.MatchString(s), strings.TrimSpace(s) != ""; got != want {
			t.Fatalf("%U: pattern %v, TrimSpace %v", r, got, want)
		}
	}
}

type badZero uint8

func (badZero) Valid() bool                    { return true }
func (badZero) String() string                 { return "x" }
func (badZero) Ja() string                     { return "x" }
func (badZero) En() string                     { return "x" }
func (badZero) MarshalText() ([]byte, error)   { return nil, nil }
func (*badZero) UnmarshalText(b []byte) error  { return nil }
func (g gapped) Valid() bool                   { return g == 1 || g == 3 }
func (gapped) String() string                  { return "x" }
func (gapped) Ja() string                      { return "x" }
func (gapped) En() string                      { return "x" }
func (gapped) MarshalText() ([]byte, error)    { return nil, nil }
func (*gapped) UnmarshalText(b []byte) error   { return nil }
func (plainText) MarshalText() ([]byte, error) { return nil, nil }

type (
	gapped    uint8
	plainText uint8
)

// TestMembersOf: the mapper reads a closed set through its contract, and
// refuses a set that breaks it (a valid zero value, a gap) and a type
// that marshals as text without being a closed set or a special case.
func TestMembersOf(t *testing.T) {
	ms, ok, err := membersOf(reflect.TypeFor[zone.Channel]())
	if !ok || err != nil || len(ms) != len(zone.Channels()) || ms[0].ID != zone.Direct.String() || ms[0].Ja != zone.Direct.Ja() {
		t.Errorf("zone.Channel: %v %v %v", ms, ok, err)
	}
	for _, typ := range []reflect.Type{reflect.TypeFor[badZero](), reflect.TypeFor[gapped]()} {
		if _, ok, err := membersOf(typ); !ok || err == nil {
			t.Errorf("%v: ok %v, err %v", typ, ok, err)
		}
	}
	if _, ok, _ := membersOf(reflect.TypeFor[zone.Functions]()); ok {
		t.Error("zone.Functions read as a closed set")
	}
	g := &generator{defs: map[string]*jsonschema.Schema{}}
	if g.mapper(reflect.TypeFor[plainText]()); g.err == nil {
		t.Error("a text type that is no closed set mapped without an error")
	}
}

// TestEnumSchema: each member is a const whose description starts with
// its Japanese label, with the Markdown description escaped.
func TestEnumSchema(t *testing.T) {
	s := enumSchema([]member{{ID: "a", Ja: "甲*", En: "A"}, {ID: "b", Ja: "乙", En: "乙"}}, "d")
	if s.Type != "string" || !slices.Equal(s.Enum, []any{"a", "b"}) || len(s.OneOf) != 2 {
		t.Fatalf("%+v", s)
	}
	if s.OneOf[0].Const != "a" || s.OneOf[0].Title != "甲*" || s.OneOf[0].Description != "甲* — A" || s.OneOf[1].Description != "乙" {
		t.Errorf("%+v %+v", s.OneOf[0], s.OneOf[1])
	}
	if md := s.Extras["markdownEnumDescriptions"].([]any); md[0] != `**甲\*** — A` {
		t.Errorf("markdown %v", md)
	}
}
