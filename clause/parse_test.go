package clause_test

import (
	"errors"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/jichitai-sec/policy/clause"
)

func TestParseRejects(t *testing.T) {
	for _, in := range []string{
		"", " 1", "1 ", "2", "4", "9", "0", "6(10)", "6(3)エ", "6(3)a", "6（3）ア", "6(3) ア",
		"６(3)ア", "2(14)", "3(6)", "4(3)", "6(6)ア", "clause.Clause(1)", "Purpose", "\xff", "6(3)\xe3\x82",
	} {
		c, err := clause.Parse(in)
		if err == nil {
			t.Errorf("Parse(%q) = %v, nil; want an error", in, c)
			continue
		}
		checkParseError(t, "Clause", in, err)
		if c != 0 {
			t.Errorf("Parse(%q) returned %v with its error", in, c)
		}
	}
}

func TestMustParsePanics(t *testing.T) {
	defer func() {
		r := recover()
		err, ok := r.(error)
		var pe *clause.ParseError
		if !ok || !errors.As(err, &pe) || pe.Input != "6(10)" {
			t.Errorf("MustParse(\"6(10)\") panicked with %#v, want its *ParseError", r)
		}
	}()
	clause.MustParse("6(10)")
}

// Titles are descriptions, not names: only the clause number parses, by
// Parse as by UnmarshalText.
func TestParseAcceptsNumbersOnly(t *testing.T) {
	for _, c := range clause.All() {
		for _, title := range []string{c.Ja(), c.En()} {
			if got, err := clause.Parse(title); err == nil {
				t.Errorf("Parse(%q) = %s, want an error (a title is not a clause number)", title, got)
			} else {
				checkParseError(t, "Clause", title, err)
			}
		}
	}
	for _, title := range []string{"目的", "UTM", "無害化通信", "Purpose"} {
		if c, err := clause.Parse(title); err == nil {
			t.Errorf("Parse(%q) = %s, want an error", title, c)
		}
	}
}

func TestParseErrorListsTheNumbers(t *testing.T) {
	_, err := clause.Parse("6(3)エ")
	var pe *clause.ParseError
	if !errors.As(err, &pe) {
		t.Fatalf("Parse(6(3)エ) error %v is not a *clause.ParseError", err)
	}
	if !slices.Equal(pe.Accepted, ids()) {
		t.Errorf("Accepted = %q, want every clause number in order", pe.Accepted)
	}
	if !strings.Contains(err.Error(), "(accepted: 1, 2(1), ") || !strings.HasSuffix(err.Error(), "7, 8) / 不明な値です") {
		t.Errorf("error %q does not list the accepted numbers", err)
	}
}

func TestUnmarshalTextIsStrict(t *testing.T) {
	c := clause.Review
	for _, in := range []string{"6(3)エ", "マイナンバー利用事務系の分離", "Isolation of the My Number zone", " 6(3)ア", ""} {
		err := c.UnmarshalText([]byte(in))
		var pe *clause.ParseError
		if !errors.As(err, &pe) || pe.Input != in {
			t.Errorf("UnmarshalText(%q) = %v, want a *ParseError for the input", in, err)
		}
		if c != clause.Review {
			t.Fatalf("failed UnmarshalText(%q) changed the clause to %v", in, c)
		}
	}
	if err := c.UnmarshalText([]byte("6(3)ウ")); err != nil || c != clause.InternetBoundary {
		t.Errorf("UnmarshalText(6(3)ウ) = %v, clause %v", err, c)
	}
}

// checkParseError checks err is the closed-set error for input in.
func checkParseError(t *testing.T, typ, in string, err error) {
	t.Helper()
	var pe *clause.ParseError
	if !errors.As(err, &pe) {
		t.Errorf("parsing %q as %s: error %v (%T) is not a clause.ParseError", in, typ, err, err)
		return
	}
	if pe.Pkg != "clause" || pe.Type != typ || pe.Input != in {
		t.Errorf("parsing %q as %s: error fields %+v", in, typ, pe)
	}
	if msg := err.Error(); !strings.HasPrefix(msg, "clause: ") || !strings.Contains(msg, strconv.Quote(in)) {
		t.Errorf("parsing %q as %s: message %q does not name the package and quote the input", in, typ, msg)
	}
}
