package field_test

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"testing"

	"github.com/jichitai-sec/policy/field"
	"github.com/jichitai-sec/policy/lang"
)

func TestList(t *testing.T) {
	var l field.List
	if err := l.Err(); err != nil {
		t.Errorf("nil List Err() = %v, want nil", err)
	}
	if err := (field.List{}).Err(); err != nil {
		t.Errorf("empty List Err() = %v, want nil", err)
	}

	l = append(l,
		field.Required(field.Root.Child("nodes").Index(0).Child("id"), lang.Of("ノードにIDがない", "a node needs an id")),
		field.NotFound(field.Root.Child("links").Index(2).Child("to"), "db", lang.Of("このIDのノードがない", "no node has this id")))

	err := l.Err()
	if err == nil {
		t.Fatal("Err() of a non-empty List = nil")
	}
	want := "/nodes/0/id: required value missing: a node needs an id / 必須項目の欠落：ノードにIDがない\n" +
		`/links/2/to: reference not found "db": no node has this id / 参照先なし：このIDのノードがない`
	if got := err.Error(); got != want {
		t.Errorf("Err().Error() =\n%s\nwant\n%s", got, want)
	}
	if got := l.Error(); got != want {
		t.Errorf("List.Error() =\n%s\nwant\n%s", got, want)
	}

	var fe *field.Error
	if !errors.As(err, &fe) || fe != l[0] {
		t.Errorf("errors.As(List, *field.Error) = %v, want the first problem", fe)
	}
	var back field.List
	if !errors.As(err, &back) || len(back) != 2 || back[1] != l[1] {
		t.Errorf("errors.As(err, *field.List) = %v", back)
	}
	if !errors.Is(err, l[1]) {
		t.Error("errors.Is does not find the second problem in the List")
	}
	if errors.Is(err, field.Required(field.Root, lang.Text{})) {
		t.Error("errors.Is finds a problem that is not in the List")
	}
	wrapped := fmt.Errorf("decoding policy.json: %w", err)
	fe = nil
	if !errors.As(wrapped, &fe) || fe.Path != "/nodes/0/id" || fe.Kind != field.KindRequired {
		t.Errorf("errors.As through a wrapper found %v", fe)
	}
	if u := l.Unwrap(); len(u) != 2 || u[0] != error(l[0]) || u[1] != error(l[1]) {
		t.Errorf("Unwrap() = %v", u)
	}
	if u := (field.List{}).Unwrap(); len(u) != 0 {
		t.Errorf("empty List Unwrap() = %v", u)
	}
}

// errors.As finds the first problem of a kind, wherever it is in the list.
func TestListAsFindsByPosition(t *testing.T) {
	var l field.List
	for i := range 5 {
		l = append(l, field.Invalid(field.Root.Child("xs").Index(i), strconv.Itoa(i), lang.Text{}))
	}
	for i, e := range l {
		if want := "/xs/" + strconv.Itoa(i); e.Path.String() != want || e.Value != strconv.Itoa(i) {
			t.Errorf("l[%d] = %+v, want path %q", i, *e, want)
		}
	}
	if got := strings.Count(l.Error(), "\n"); got != 4 {
		t.Errorf("Error() of 5 problems has %d newlines, want 4", got)
	}
	var fe *field.Error
	if !errors.As(l.Err(), &fe) || fe.Path != "/xs/0" {
		t.Errorf("errors.As found %v, want /xs/0", fe)
	}
}
