package enum

import (
	"errors"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/jichitai-sec/policy/lang"
)

// color is a test-only closed set exercising every method of Table.
type color uint8

const (
	red color = iota + 1
	green
	blue
)

var colors = New[color]([]Entry{
	red:   {ID: "red", Ja: "赤", En: "red"},
	green: {ID: "green", Ja: "緑", En: "green", Aliases: []string{"midori", "GRN"}},
	blue:  {ID: "sky-blue", Ja: "空色", En: "sky blue"},
})

// rule is a test-only closed set whose labels are descriptions.
type rule uint8

const (
	noInternet rule = iota + 1
	sanitize
)

var rules = NewDescribed[rule]([]Entry{
	noInternet: {ID: "no-internet", Ja: "インターネットに接続しない", En: "never connected to the Internet", Aliases: []string{"offline"}},
	sanitize:   {ID: "sanitize", Ja: "無害化する", En: "sanitized in transit"},
})

func TestValid(t *testing.T) {
	for v := 0; v <= 255; v++ {
		want := v >= 1 && v <= 3
		if got := colors.Valid(color(v)); got != want {
			t.Errorf("Valid(%d) = %v, want %v", v, got, want)
		}
	}
	if colors.Len() != 3 || rules.Len() != 2 {
		t.Errorf("Len() = %d, rules.Len() = %d; want 3, 2", colors.Len(), rules.Len())
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
		{0, "enum.color(0)", "enum.color(0)", "enum.color(0)", "zero value"},
		{4, "enum.color(4)", "enum.color(4)", "enum.color(4)", "one past the end"},
		{255, "enum.color(255)", "enum.color(255)", "enum.color(255)", "largest uint8"},
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
		if got, want := colors.Label(c.v), lang.Of(c.ja, c.en); got != want {
			t.Errorf("%s: Label(%d) = %+v, want %+v", c.description, c.v, got, want)
		}
	}
}

func TestDiagnosticNamesTheType(t *testing.T) {
	// The package and type names come from T by reflection.
	if got := rules.String(3); got != "enum.rule(3)" {
		t.Errorf("rules.String(3) = %q, want enum.rule(3)", got)
	}
}

func TestAllAndIDs(t *testing.T) {
	got := colors.All()
	if want := []color{red, green, blue}; !slices.Equal(got, want) {
		t.Fatalf("All() = %v, want %v", got, want)
	}
	// All returns a new slice each time: changing one does not change the next.
	got[0] = blue
	if again := colors.All(); again[0] != red {
		t.Errorf("All() after modifying a previous result = %v, want it to start with red", again)
	}
	ids := colors.IDs()
	if want := []string{"red", "green", "sky-blue"}; !slices.Equal(ids, want) {
		t.Fatalf("IDs() = %q, want %q", ids, want)
	}
	ids[0] = "blue"
	if again := colors.IDs(); again[0] != "red" || colors.String(red) != "red" {
		t.Errorf("IDs() after modifying a previous result = %q", again)
	}
}

// Parse is for people (ids, Japanese labels, aliases); ParseID and
// UnmarshalText are for the wire (ids only).
func TestParseParseIDUnmarshalText(t *testing.T) {
	const bad = color(0)
	cases := []struct {
		in                 string
		parse, id, unmarsh color
	}{
		{"red", red, red, red},
		{"green", green, green, green},
		{"sky-blue", blue, blue, blue},
		{"赤", red, bad, bad},
		{"緑", green, bad, bad},
		{"空色", blue, bad, bad},
		{"midori", green, bad, bad}, // alias
		{"GRN", green, bad, bad},    // alias, exactly as written
		{"sky blue", bad, bad, bad}, // the English label is not a spelling
		{"Red", bad, bad, bad},
		{"", bad, bad, bad},
	}
	for _, c := range cases {
		got, err := colors.Parse(c.in)
		if got != c.parse || (err == nil) != (c.parse != bad) {
			t.Errorf("Parse(%q) = %v, %v; want %v", c.in, got, err, c.parse)
		}
		got, err = colors.ParseID(c.in)
		if got != c.id || (err == nil) != (c.id != bad) {
			t.Errorf("ParseID(%q) = %v, %v; want %v", c.in, got, err, c.id)
		}
		dst := color(99) // a sentinel outside the set: only success changes it
		err = colors.UnmarshalText(&dst, []byte(c.in))
		want := c.unmarsh
		if want == bad {
			want = 99
		}
		if dst != want || (err == nil) != (c.unmarsh != bad) {
			t.Errorf("UnmarshalText(%q) = %v, set %v; want %v", c.in, err, dst, want)
		}
		var pe *ParseError
		if err != nil && (!errors.As(err, &pe) || pe.Input != c.in) {
			t.Errorf("UnmarshalText(%q) error %#v is not a *ParseError for the input", c.in, err)
		}
	}
}

func TestParseDescribed(t *testing.T) {
	for _, c := range []struct {
		in   string
		want rule
	}{
		{"no-internet", noInternet},
		{"offline", noInternet}, // aliases still parse
		{"sanitize", sanitize},
		{"インターネットに接続しない", 0}, // a description is not a name
		{"無害化する", 0},
		{"sanitized in transit", 0},
	} {
		got, err := rules.Parse(c.in)
		if got != c.want || (err == nil) != (c.want != 0) {
			t.Errorf("rules.Parse(%q) = %v, %v; want %v", c.in, got, err, c.want)
		}
	}
	var r rule
	if err := rules.UnmarshalText(&r, []byte("offline")); err == nil || r != 0 {
		t.Errorf("rules.UnmarshalText(offline) = %v, set %v; want an error (ids only)", err, r)
	}
}

func TestParseRejects(t *testing.T) {
	// Parse matches exactly: no trimming, no case folding, no prefixes, and
	// neither the English label nor a diagnostic form names a member.
	for _, in := range []string{
		"", " red", "red ", "Red", "RED", "grn", "Midori", "sky blue", "sky", "sky-blue-",
		"enum.color(1)", "1", "0", "赤 ", "\x00red", "red\n", "\xff",
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
		if pe.Pkg != "enum" || pe.Type != "color" || pe.Input != in {
			t.Errorf("Parse(%q) error = %+v", in, pe)
		}
		if want := []string{"red", "green", "sky-blue"}; !slices.Equal(pe.Accepted, want) {
			t.Errorf("Parse(%q) error Accepted = %q, want %q", in, pe.Accepted, want)
		}
		if msg := err.Error(); !strings.HasPrefix(msg, "enum: ") || !strings.Contains(msg, strconv.Quote(in)) {
			t.Errorf("Parse(%q) error %q does not name the package and quote the input", in, msg)
		}
	}
}

func TestParseErrorMessage(t *testing.T) {
	_, err := colors.Parse("purple")
	want := `enum: unknown color "purple" (accepted: red, green, sky-blue) / 不明な値です`
	if err == nil || err.Error() != want {
		t.Errorf("Parse(\"purple\") error = %v, want %q", err, want)
	}
	_, err = colors.Parse("bad\"quote\n")
	if err == nil || !strings.Contains(err.Error(), `"bad\"quote\n"`) || strings.Contains(err.Error(), "\n") {
		t.Errorf("error for input with quote and newline = %v, want the input Go-quoted on one line", err)
	}
	// Each error carries its own copy of the accepted ids.
	_, err1 := colors.Parse("x")
	_, err2 := colors.Parse("y")
	var pe1, pe2 *ParseError
	if !errors.As(err1, &pe1) || !errors.As(err2, &pe2) {
		t.Fatal("Parse errors are not *ParseError")
	}
	pe1.Accepted[0] = "changed"
	if pe2.Accepted[0] != "red" || colors.String(red) != "red" {
		t.Errorf("changing one error's Accepted changed another's (%q) or the table", pe2.Accepted)
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
	for _, v := range []color{0, 4, 255} {
		b, err := colors.MarshalText(v)
		if err == nil {
			t.Errorf("MarshalText(%d) = %q, nil; want an error", v, b)
			continue
		}
		if b != nil {
			t.Errorf("MarshalText(%d) returned %q with the error", v, b)
		}
		var me *MarshalError
		want := MarshalError{Pkg: "enum", Type: "color", Value: "enum.color(" + strconv.Itoa(int(v)) + ")"}
		if !errors.As(err, &me) || *me != want {
			t.Errorf("MarshalText(%d) error = %#v, want %#v", v, err, want)
		}
		var pe *ParseError
		if errors.As(err, &pe) {
			t.Errorf("MarshalText(%d) error is also a *ParseError", v)
		}
	}
	me := &MarshalError{Pkg: "enum", Type: "color", Value: "enum.color(0)"}
	if got, want := me.Error(), "enum: cannot marshal invalid color enum.color(0) / 不正な値は出力できません"; got != want {
		t.Errorf("MarshalError.Error() = %q, want %q", got, want)
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
