package enum

import (
	"strconv"
	"strings"
	"testing"
)

// mustPanic runs build and returns its panic message, failing the test when
// it does not panic.
func mustPanic(t *testing.T, build func()) (msg string) {
	t.Helper()
	defer func() {
		r := recover()
		if r == nil {
			t.Error("no panic")
			return
		}
		s, ok := r.(string)
		if !ok {
			t.Errorf("panic value %#v is not a string", r)
		}
		msg = s
	}()
	build()
	return ""
}

func TestNewPanicsOnMalformedTable(t *testing.T) {
	red := Entry{ID: "red", Ja: "赤", En: "red"}
	green := Entry{ID: "green", Ja: "緑", En: "green"}
	cases := []struct {
		name      string
		described bool
		entries   []Entry
		want      string
	}{
		{"nil", false, nil, "entry 0 must be empty"},
		{"entry 0 only", false, []Entry{{}}, "entry 0 must be empty"},
		{"entry 0 has an id", false, []Entry{{ID: "none"}, red}, "entry 0 must be empty"},
		{"entry 0 has a Japanese label", false, []Entry{{Ja: "なし"}, red}, "entry 0 must be empty"},
		{"entry 0 has an English label", false, []Entry{{En: "none"}, red}, "entry 0 must be empty"},
		{"entry 0 has an alias", false, []Entry{{Aliases: []string{"none"}}, red}, "entry 0 must be empty"},
		{"entry 0 filled instead of keyed", false, []Entry{red, green}, "entry 0 must be empty"},
		{"a gap between keyed entries", false, []Entry{1: red, 3: green}, "member 2 lacks an id or a label"},
		{"no id", false, []Entry{1: red, 2: {Ja: "緑", En: "green"}}, "member 2 lacks an id or a label"},
		{"no Japanese label", false, []Entry{1: {ID: "red", En: "red"}}, "member 1 lacks an id or a label"},
		{"no English label", false, []Entry{1: {ID: "red", Ja: "赤"}}, "member 1 lacks an id or a label"},
		{"no Japanese label, described", true, []Entry{1: {ID: "red", En: "red"}}, "member 1 lacks an id or a label"},
		{"empty alias", false, []Entry{1: red, 2: {ID: "green", Ja: "緑", En: "green", Aliases: []string{""}}}, "member 2 has an empty alias"},
		{"same id twice", false, []Entry{1: red, 2: {ID: "red", Ja: "緑", En: "green"}}, `spelling "red" names two members`},
		{"alias is another's id", false, []Entry{1: red, 2: {ID: "green", Ja: "緑", En: "green", Aliases: []string{"red"}}}, `spelling "red" names two members`},
		{"alias is another's id, described", true, []Entry{1: red, 2: {ID: "green", Ja: "緑", En: "green", Aliases: []string{"red"}}}, `spelling "red" names two members`},
		{"alias is another's label", false, []Entry{1: red, 2: {ID: "green", Ja: "緑", En: "green", Aliases: []string{"赤"}}}, `spelling "赤" names two members`},
		{"label is another's id", false, []Entry{1: red, 2: {ID: "green", Ja: "red", En: "green"}}, `spelling "red" names two members`},
		{"same label twice", false, []Entry{1: red, 2: {ID: "green", Ja: "赤", En: "green"}}, `spelling "赤" names two members`},
		{"same alias twice", false, []Entry{
			1: {ID: "red", Ja: "赤", En: "red", Aliases: []string{"r"}},
			2: {ID: "green", Ja: "緑", En: "green", Aliases: []string{"r"}},
		}, `spelling "r" names two members`},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			msg := mustPanic(t, func() {
				if c.described {
					NewDescribed[color](c.entries)
				} else {
					New[color](c.entries)
				}
			})
			if !strings.HasPrefix(msg, "enum: enum.color: ") || !strings.Contains(msg, c.want) {
				t.Errorf("panic %q, want it to name enum.color and say %q", msg, c.want)
			}
		})
	}
}

func TestNewPanicsOnTooManyMembers(t *testing.T) {
	entries := make([]Entry, 257)
	for i := 1; i < len(entries); i++ {
		s := "m" + strconv.Itoa(i)
		entries[i] = Entry{ID: s, Ja: s, En: s}
	}
	msg := mustPanic(t, func() { New[color](entries) })
	if !strings.Contains(msg, "more members than a uint8 holds") {
		t.Errorf("panic %q for 256 members", msg)
	}
	// 255 members is the most a uint8 set holds, and is fine.
	big := New[color](entries[:256])
	if big.Len() != 255 || big.String(255) != "m255" || big.Valid(0) {
		t.Errorf("255-member table: Len %d, String(255) %q, Valid(0) %v", big.Len(), big.String(255), big.Valid(0))
	}
}

func TestNewAcceptsWellFormedTables(t *testing.T) {
	// A member's own spellings may coincide (an alias equal to its id or
	// label), and in a described table two members may share a label,
	// since labels there are not spellings (enumtest still flags it).
	tab := New[color]([]Entry{1: {ID: "red", Ja: "赤", En: "red", Aliases: []string{"red", "赤"}}})
	if got, err := tab.Parse("赤"); err != nil || got != 1 {
		t.Errorf("Parse(赤) = %v, %v", got, err)
	}
	desc := NewDescribed[color]([]Entry{
		1: {ID: "a", Ja: "同じ説明", En: "same"},
		2: {ID: "b", Ja: "同じ説明", En: "same"},
	})
	if _, err := desc.Parse("同じ説明"); err == nil {
		t.Error("a described table parsed a label")
	}
}
