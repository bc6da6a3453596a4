package field_test

import (
	"strings"
	"testing"
	"unicode"

	"github.com/jichitai-sec/policy/field"
	"github.com/jichitai-sec/policy/lang"
	"pgregory.net/rapid"
)

func TestFoldID(t *testing.T) {
	for _, c := range []struct{ a, b string }{
		{"juki", "juki"}, {"Juki", "juki"}, {"JUKI", "juki"}, {"ｊｕｋｉ", "juki"}, {"Ｊｕｋｉ－１", "juki-1"},
		{"\u212Aey", "key"}, {"\u017Fys", "sys"}, {"ΣΑΣ", "σασ"}, {"住基システム", "住基システム"}, {"Ａ住基", "a住基"},
	} {
		if got := field.FoldID(c.a); got != c.b {
			t.Errorf("FoldID(%q) = %q, want %q", c.a, got, c.b)
		}
		if field.FoldID(c.a) != field.FoldID(c.b) {
			t.Errorf("%q and %q fold apart", c.a, c.b)
		}
	}
	for _, id := range []string{"juki-1", "住基システム", "a_b.c"} {
		if n := testing.AllocsPerRun(100, func() { field.FoldID(id) }); n != 0 {
			t.Errorf("FoldID(%q) allocates %v times; an id already folded is returned as it is", id, n)
		}
	}
}

func TestIDs(t *testing.T) {
	list := field.Root.Child("assets")
	for _, c := range []struct {
		name string
		ids  []string
		want []string // per element: "" or the kind of its problem
	}{
		{"distinct", []string{"a", "b", "住基", "a-1"}, []string{"", "", "", ""}},
		{"blank", []string{"a", "", " ", "\u3000"}, []string{"", "required", "required", "required"}},
		{"the same", []string{"a", "b", "a"}, []string{"", "", "duplicate"}},
		{"case", []string{"juki", "Juki"}, []string{"", "duplicate"}},
		{"width", []string{"ｊｕｋｉ", "juki"}, []string{"", "duplicate"}},
		{"kelvin", []string{"key", "\u212Aey"}, []string{"", "duplicate"}},
		{"white space", []string{" a", "a b", "a\u3000", "a\t"}, []string{"invalid", "invalid", "invalid", "invalid"}},
		{"control and format", []string{"a\x00", "a\x7f", "a\u200b", "a\u202e", "a\u2028", "a\xff"}, []string{"invalid", "invalid", "invalid", "invalid", "invalid", "invalid"}},
		{"combining (NFD)", []string{"か\u3099", "が"}, []string{"invalid", ""}},
	} {
		t.Run(c.name, func(t *testing.T) {
			s := field.NewIDs(list, lang.Of("情報資産", "an asset"), len(c.ids))
			for i, id := range c.ids {
				e := s.Check(i, id)
				got := ""
				if e != nil {
					got = e.Kind.String()
					if want := list.Index(i).Child("id"); e.Path != want {
						t.Errorf("%q: path %s, want %s", id, e.Path, want)
					}
					if e.Detail.Ja == "" || e.Detail.En == "" {
						t.Errorf("%q: no explanation in one language", id)
					}
				}
				if got != c.want[i] {
					t.Errorf("id %d %q: %q, want %q (%v)", i, id, got, c.want[i], e)
				}
			}
		})
	}
	s := field.NewIDs(list, lang.Of("情報資産", "an asset"), 2)
	s.Check(0, "juki")
	if e := s.Check(1, "JUKI"); e == nil || e.Detail.En != `the id differs from "juki" of /assets/0 only in case or width` {
		t.Errorf("folded duplicate: %v", e)
	}
}

// TestFoldIDProperties: folding is idempotent, and ids that
// strings.EqualFold holds equal (any letters in another case) fold alike.
func TestFoldIDProperties(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		s := rapid.String().Draw(t, "id")
		f := field.FoldID(s)
		if field.FoldID(f) != f {
			t.Fatalf("FoldID(%q) = %q, which folds again to %q", s, f, field.FoldID(f))
		}
		flips := rapid.SliceOfN(rapid.Bool(), len(s), len(s)).Draw(t, "flips")
		var b strings.Builder
		i := 0
		for _, r := range s {
			if flips[i] {
				r = unicode.SimpleFold(r)
			}
			b.WriteRune(r)
			i++
		}
		if other := b.String(); strings.EqualFold(s, other) && field.FoldID(other) != f {
			t.Fatalf("%q and %q are equal under folding but fold to %q and %q", s, other, f, field.FoldID(other))
		}
	})
}
