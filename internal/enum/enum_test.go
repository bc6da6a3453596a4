package enum

import (
	"errors"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// color is a test-only closed set exercising every method of Table.
type color uint8

const (
	red color = iota + 1
	green
	blue
)

var colors = Table[color]{Pkg: "paint", Type: "Color", Entries: []Entry{
	{ID: "red", Ja: "赤", En: "red"},
	{ID: "green", Ja: "緑", En: "green", Aliases: []string{"midori", "GRN"}},
	{ID: "sky-blue", Ja: "空色", En: "sky blue"},
}}

func TestValid(t *testing.T) {
	for v := 0; v <= 255; v++ {
		want := v >= 1 && v <= 3
		if got := colors.Valid(color(v)); got != want {
			t.Errorf("Valid(%d) = %v, want %v", v, got, want)
		}
	}
	empty := Table[color]{Pkg: "paint", Type: "Empty"}
	if empty.Valid(1) || empty.Valid(0) {
		t.Error("a table with no entries has a valid member")
	}
}

func TestLabels(t *testing.T) {
	cases := []struct {
		v           color
		id, ja, en  string
		description string
	}{
		{red, "red", "赤", "red", "first member"},
		{green, "green", "緑", "green", "member with aliases"},
		{blue, "sky-blue", "空色", "sky blue", "last member"},
		{0, "paint.Color(0)", "paint.Color(0)", "paint.Color(0)", "zero value"},
		{4, "paint.Color(4)", "paint.Color(4)", "paint.Color(4)", "one past the end"},
		{255, "paint.Color(255)", "paint.Color(255)", "paint.Color(255)", "largest uint8"},
	}
	for _, c := range cases {
		if got := colors.String(c.v); got != c.id {
			t.Errorf("%s: String(%d) = %q, want %q", c.description, c.v, got, c.id)
		}
		if got := colors.Ja(c.v); got != c.ja {
			t.Errorf("%s: Ja(%d) = %q, want %q", c.description, c.v, got, c.ja)
		}
		if got := colors.En(c.v); got != c.en {
			t.Errorf("%s: En(%d) = %q, want %q", c.description, c.v, got, c.en)
		}
	}
}

func TestAll(t *testing.T) {
	got := colors.All()
	if want := []color{red, green, blue}; !slices.Equal(got, want) {
		t.Fatalf("All() = %v, want %v", got, want)
	}
	// All returns a new slice each time: changing one does not change the next.
	got[0] = blue
	if again := colors.All(); again[0] != red {
		t.Errorf("All() after modifying a previous result = %v, want it to start with red", again)
	}
	if n := len((&Table[color]{}).All()); n != 0 {
		t.Errorf("All() of an empty table has %d members", n)
	}
}

func TestParseAccepts(t *testing.T) {
	cases := []struct {
		in   string
		want color
	}{
		{"red", red},
		{"赤", red},
		{"green", green},
		{"緑", green},
		{"midori", green}, // alias
		{"GRN", green},    // alias, exactly as written
		{"sky-blue", blue},
		{"空色", blue},
	}
	for _, c := range cases {
		got, err := colors.Parse(c.in)
		if err != nil || got != c.want {
			t.Errorf("Parse(%q) = %v, %v; want %v, nil", c.in, got, err, c.want)
		}
	}
}

func TestParseRejects(t *testing.T) {
	// Parse matches exactly: no trimming, no case folding, no prefixes, and
	// neither the English label nor a diagnostic form names a member.
	for _, in := range []string{
		"", " red", "red ", "Red", "RED", "grn", "Midori", "sky blue", "sky", "sky-blue-",
		"paint.Color(1)", "1", "0", "赤 ", "\x00red", "red\n", "\xff",
	} {
		got, err := colors.Parse(in)
		if err == nil {
			t.Errorf("Parse(%q) = %v, nil; want an error", in, got)
			continue
		}
		if got != 0 {
			t.Errorf("Parse(%q) returned %v with the error; want 0", in, got)
		}
		var pe *ParseError
		if !errors.As(err, &pe) {
			t.Fatalf("Parse(%q) error %T is not a *ParseError", in, err)
		}
		if pe.Pkg != "paint" || pe.Type != "Color" || pe.Input != in || pe.Marshal {
			t.Errorf("Parse(%q) error = %+v", in, pe)
		}
		if want := []string{"red", "green", "sky-blue"}; !slices.Equal(pe.Accepted, want) {
			t.Errorf("Parse(%q) error Accepted = %q, want %q", in, pe.Accepted, want)
		}
		if msg := err.Error(); !strings.HasPrefix(msg, "paint: ") || !strings.Contains(msg, strconv.Quote(in)) {
			t.Errorf("Parse(%q) error %q does not name the package and quote the input", in, msg)
		}
	}
}

func TestParseFirstEntryWins(t *testing.T) {
	// A spelling shared by two entries resolves to the earlier one; the
	// tests of each real table check that no spelling is shared.
	tab := Table[color]{Pkg: "p", Type: "T", Entries: []Entry{
		{ID: "a", Ja: "x"},
		{ID: "b", Ja: "x", Aliases: []string{"a"}},
	}}
	for _, in := range []string{"a", "x"} {
		if got, err := tab.Parse(in); err != nil || got != 1 {
			t.Errorf("Parse(%q) = %v, %v; want 1, nil", in, got, err)
		}
	}
}

func TestParseErrorMessage(t *testing.T) {
	_, err := colors.Parse("purple")
	want := `paint: unknown Color "purple" (accepted: red, green, sky-blue) / 不明な値です`
	if err == nil || err.Error() != want {
		t.Errorf("Parse(\"purple\") error = %v, want %q", err, want)
	}

	_, err = colors.Parse("bad\"quote\n")
	if err == nil || !strings.Contains(err.Error(), `"bad\"quote\n"`) {
		t.Errorf("error for input with quote and newline = %v, want the input Go-quoted", err)
	}

	marshal := &ParseError{Pkg: "paint", Type: "Color", Input: "paint.Color(0)", Accepted: []string{"red"}, Marshal: true}
	if got, want := marshal.Error(), `paint: cannot marshal invalid Color "paint.Color(0)" / 不正な値は出力できません`; got != want {
		t.Errorf("marshal error = %q, want %q", got, want)
	}
}

func TestMarshalText(t *testing.T) {
	for _, c := range []struct {
		v    color
		want string
	}{{red, "red"}, {green, "green"}, {blue, "sky-blue"}} {
		b, err := colors.MarshalText(c.v)
		if err != nil || string(b) != c.want {
			t.Errorf("MarshalText(%d) = %q, %v; want %q, nil", c.v, b, err, c.want)
		}
	}
	for _, v := range []color{0, 4, 200} {
		b, err := colors.MarshalText(v)
		if err == nil {
			t.Errorf("MarshalText(%d) = %q, nil; want an error", v, b)
			continue
		}
		if b != nil {
			t.Errorf("MarshalText(%d) returned %q with the error", v, b)
		}
		var pe *ParseError
		if !errors.As(err, &pe) || !pe.Marshal || pe.Input != "paint.Color("+strconv.Itoa(int(v))+")" {
			t.Errorf("MarshalText(%d) error = %#v", v, err)
		}
		if !strings.Contains(err.Error(), "cannot marshal") {
			t.Errorf("MarshalText(%d) error %q does not say it is a marshalling error", v, err)
		}
	}
}

func TestUnmarshalText(t *testing.T) {
	var v color
	if err := colors.UnmarshalText(&v, []byte("midori")); err != nil || v != green {
		t.Fatalf("UnmarshalText(midori) = %v, v=%v; want nil, green", err, v)
	}
	if err := colors.UnmarshalText(&v, []byte("空色")); err != nil || v != blue {
		t.Fatalf("UnmarshalText(空色) = %v, v=%v; want nil, blue", err, v)
	}
	for _, in := range []string{"", "RED", "purple", "\xff\xfe"} {
		v = green
		err := colors.UnmarshalText(&v, []byte(in))
		var pe *ParseError
		if !errors.As(err, &pe) || pe.Input != in {
			t.Errorf("UnmarshalText(%q) error = %v, want a *ParseError for the input", in, err)
		}
		if v != green {
			t.Errorf("UnmarshalText(%q) changed the destination to %v", in, v)
		}
	}
}

func TestRoundTrip(t *testing.T) {
	for _, v := range colors.All() {
		b, err := colors.MarshalText(v)
		if err != nil {
			t.Fatalf("MarshalText(%d): %v", v, err)
		}
		var back color
		if err := colors.UnmarshalText(&back, b); err != nil || back != v {
			t.Errorf("round trip of %d via %q = %d, %v", v, b, back, err)
		}
	}
}
