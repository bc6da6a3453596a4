package field_test

import (
	"encoding/json"
	"errors"
	"testing"

	"github.com/jichitai-sec/policy/field"
	"github.com/jichitai-sec/policy/internal/enum/enumtest"
)

var kindSet = enumtest.Set[field.Kind]{
	Name:  "field.Kind",
	All:   field.Kinds(),
	IDs:   []string{"required", "invalid", "not-supported", "duplicate", "not-found", "forbidden"},
	Parse: field.ParseKind,
}

func TestClosedSetKind(t *testing.T) { enumtest.Check(t, kindSet) }

func TestKindLabels(t *testing.T) {
	for _, w := range []struct {
		k          field.Kind
		id, ja, en string
	}{
		{field.KindRequired, "required", "必須項目の欠落", "required value missing"},
		{field.KindInvalid, "invalid", "不正な値", "invalid value"},
		{field.KindNotSupported, "not-supported", "未対応の値", "unsupported value"},
		{field.KindDuplicate, "duplicate", "重複", "duplicate value"},
		{field.KindNotFound, "not-found", "参照先なし", "reference not found"},
		{field.KindForbidden, "forbidden", "許されない値", "forbidden value"},
	} {
		if w.k.String() != w.id || w.k.Ja() != w.ja || w.k.En() != w.en {
			t.Errorf("Kind %d = %q/%q/%q, want %q/%q/%q", w.k, w.k.String(), w.k.Ja(), w.k.En(), w.id, w.ja, w.en)
		}
	}
}

func TestParseKindRejects(t *testing.T) {
	for _, in := range []string{"", "Required", " required", "not_found", "notfound", "unsupported", "required value missing", "field.Kind(1)"} {
		k, err := field.ParseKind(in)
		var pe *field.ParseError
		if !errors.As(err, &pe) || pe.Pkg != "field" || pe.Type != "Kind" || pe.Input != in || k != 0 {
			t.Errorf("ParseKind(%q) = %v, %v; want a *field.ParseError", in, k, err)
		}
	}
}

// The wire takes the wire id only; the Japanese label is for ParseKind.
func TestKindUnmarshalTextIsStrict(t *testing.T) {
	k := field.KindDuplicate
	for _, in := range []string{"dup", "参照先なし", "Duplicate"} {
		if err := k.UnmarshalText([]byte(in)); err == nil || k != field.KindDuplicate {
			t.Errorf("UnmarshalText(%q) = %v, left %v; want an error and KindDuplicate unchanged", in, err, k)
		}
	}
	if err := k.UnmarshalText([]byte("not-found")); err != nil || k != field.KindNotFound {
		t.Errorf("UnmarshalText(not-found) = %v, %v", err, k)
	}
}

func TestKindJSON(t *testing.T) {
	b, err := json.Marshal(map[string]field.Kind{"kind": field.KindNotFound})
	if err != nil || string(b) != `{"kind":"not-found"}` {
		t.Errorf("json.Marshal = %s, %v", b, err)
	}
	var m map[string]field.Kind
	if err := json.Unmarshal([]byte(`{"kind":"forbidden"}`), &m); err != nil || m["kind"] != field.KindForbidden {
		t.Errorf("json.Unmarshal = %v, %v", m, err)
	}
	var me *field.MarshalError
	if _, err := json.Marshal(field.Kind(0)); !errors.As(err, &me) || me.Value != "field.Kind(0)" {
		t.Errorf("json.Marshal(Kind(0)) error = %v, want a *field.MarshalError", err)
	}
}

func FuzzParseKind(f *testing.F) {
	for _, s := range append(enumtest.Seeds(kindSet), "not_found", "notfound", "NotFound", "unsupported", "必須") {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) { enumtest.CheckInput(t, kindSet, in) })
}
