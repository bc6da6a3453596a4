package field_test

import (
	"encoding/json"
	"errors"
	"testing"

	"github.com/jichitai-sec/policy/field"
	"github.com/jichitai-sec/policy/lang"
)

func TestErrorJSON(t *testing.T) {
	cases := []struct {
		e    *field.Error
		want string
	}{
		{field.Required(field.Root.Child("assets").Index(0).Child("id"), lang.Of("IDがない", "no id")),
			`{"path":"/assets/0/id","kind":"required","detail":{"ja":"IDがない","en":"no id"}}`},
		{field.Invalid(confidentiality, "4", lang.Of("格付は1から3", "ratings are 1 to 3")),
			`{"path":"/assets/3/classification/confidentiality","kind":"invalid","value":"4","detail":{"ja":"格付は1から3","en":"ratings are 1 to 3"}}`},
		{field.Duplicate(field.Root, "a/b", lang.Text{}),
			`{"path":"","kind":"duplicate","value":"a/b","detail":{"ja":"","en":""}}`},
		{field.NotFound(field.Root.Child("zones").Key("lgwan/asp"), "x", lang.Of("なし", "none")),
			`{"path":"/zones/lgwan~1asp","kind":"not-found","value":"x","detail":{"ja":"なし","en":"none"}}`},
	}
	for _, c := range cases {
		b, err := json.Marshal(c.e)
		if err != nil || string(b) != c.want {
			t.Errorf("json.Marshal(%v) = %s, %v\nwant %s", c.e, b, err, c.want)
			continue
		}
		var back field.Error
		if err := json.Unmarshal(b, &back); err != nil || back != *c.e {
			t.Errorf("json.Unmarshal(%s) = %+v, %v; want %+v", b, back, err, *c.e)
		}
	}
}

func TestListJSON(t *testing.T) {
	l := field.List{
		field.Required(field.Root.Child("a"), lang.Of("あ", "a")),
		field.Forbidden(field.Root.Child("b").Index(1), "x", lang.Of("い", "b")),
	}
	b, err := json.Marshal(l)
	want := `[{"path":"/a","kind":"required","detail":{"ja":"あ","en":"a"}},` +
		`{"path":"/b/1","kind":"forbidden","value":"x","detail":{"ja":"い","en":"b"}}]`
	if err != nil || string(b) != want {
		t.Errorf("json.Marshal(List) = %s, %v\nwant %s", b, err, want)
	}
}

func TestErrorJSONRefusesBadKinds(t *testing.T) {
	var me *field.MarshalError
	if _, err := json.Marshal(&field.Error{Path: "/x", Kind: 0}); !errors.As(err, &me) {
		t.Errorf("json.Marshal of an Error with kind 0: %v, want a *field.MarshalError", err)
	}
	var e field.Error
	for _, doc := range []string{
		`{"path":"/x","kind":"必須項目の欠落"}`,
		`{"path":"/x","kind":"Required"}`,
		`{"path":"/x","kind":1}`,
	} {
		if err := json.Unmarshal([]byte(doc), &e); err == nil {
			t.Errorf("json.Unmarshal(%s) succeeded: %+v", doc, e)
		}
	}
}
