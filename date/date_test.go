package date_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/jichitai-sec/policy/date"
	"pgregory.net/rapid"
)

func TestParseValid(t *testing.T) {
	cases := []struct {
		in      string
		y, m, d int
	}{
		{"2026-04-01", 2026, 4, 1},
		{"2024-02-29", 2024, 2, 29}, // leap year
		{"2000-02-29", 2000, 2, 29}, // divisible by 400: leap
		{"2026-02-28", 2026, 2, 28},
		{"2026-12-31", 2026, 12, 31},
		{"0001-01-01", 1, 1, 1},
		{"9999-12-31", 9999, 12, 31},
		{"2027-03-31", 2027, 3, 31},
	}
	for _, c := range cases {
		d, err := date.Parse(c.in)
		if err != nil {
			t.Errorf("Parse(%q): %v", c.in, err)
			continue
		}
		if d.Year() != c.y || d.Month() != time.Month(c.m) || d.Day() != c.d {
			t.Errorf("Parse(%q) = %d-%d-%d, want %d-%d-%d", c.in, d.Year(), d.Month(), d.Day(), c.y, c.m, c.d)
		}
		if d.IsZero() {
			t.Errorf("Parse(%q) is zero", c.in)
		}
		if got := d.String(); got != c.in {
			t.Errorf("Parse(%q).String() = %q", c.in, got)
		}
		if b, err := d.MarshalText(); err != nil || string(b) != c.in {
			t.Errorf("Parse(%q).MarshalText() = %q, %v", c.in, b, err)
		}
		n, err := date.New(c.y, time.Month(c.m), c.d)
		if err != nil || n != d {
			t.Errorf("New(%d, %d, %d) = %v, %v; want %v", c.y, c.m, c.d, n, err, d)
		}
		if got := date.MustParse(c.in); got != d {
			t.Errorf("MustParse(%q) = %v", c.in, got)
		}
	}
}

func TestParseInvalid(t *testing.T) {
	cases := []struct{ in, why string }{
		{"2026-02-29", "no such day"}, // not a leap year
		{"1900-02-29", "no such day"}, // divisible by 100 but not 400
		{"2026-02-30", "no such day"},
		{"2026-04-31", "no such day"},
		{"2026-13-01", "no such day"},
		{"2026-00-10", "no such day"},
		{"2026-01-00", "no such day"},
		{"2026-01-32", "no such day"},
		{"0000-01-01", "year out of range"},
		{"", "want YYYY-MM-DD"},
		{"unset", "want YYYY-MM-DD"},
		{"2026/04/01", "want YYYY-MM-DD"},
		{"2026.04.01", "want YYYY-MM-DD"},
		{"20260401", "want YYYY-MM-DD"},
		{"2026-4-1", "want YYYY-MM-DD"},
		{"2026-04-1", "want YYYY-MM-DD"},
		{"2026-04-001", "want YYYY-MM-DD"},
		{"02026-04-01", "want YYYY-MM-DD"},
		{" 2026-04-01", "want YYYY-MM-DD"},
		{"2026-04-01 ", "want YYYY-MM-DD"},
		{"2026-04-01T00:00:00Z", "want YYYY-MM-DD"},
		{"+026-04-01", "want YYYY-MM-DD"},
		{"-026-04-01", "want YYYY-MM-DD"},
		{"2026-+4-01", "want YYYY-MM-DD"},
		{"2026-04- 1", "want YYYY-MM-DD"},
		{"２０２６-04-01", "want YYYY-MM-DD"}, // full-width digits
		{"2026-04-0\xff", "want YYYY-MM-DD"},
		{"2026年4月1日", "want YYYY-MM-DD"},
	}
	for _, c := range cases {
		d, err := date.Parse(c.in)
		if err == nil {
			t.Errorf("Parse(%q) = %v, nil; want an error", c.in, d)
			continue
		}
		if !d.IsZero() {
			t.Errorf("Parse(%q) returned %v with its error", c.in, d)
		}
		var pe *date.ParseError
		if !errors.As(err, &pe) {
			t.Fatalf("Parse(%q) error %T is not a *date.ParseError", c.in, err)
		}
		if pe.Input != c.in || !strings.Contains(pe.Why, c.why) {
			t.Errorf("Parse(%q) error = %+v, want Input %q and Why containing %q", c.in, pe, c.in, c.why)
		}
		msg := err.Error()
		if !strings.HasPrefix(msg, "date: ") || !strings.Contains(msg, strconv.Quote(c.in)) || !strings.Contains(msg, "日付が不正") {
			t.Errorf("Parse(%q) error %q does not name the package, quote the input and explain in Japanese", c.in, msg)
		}
	}
	defer func() {
		if recover() == nil {
			t.Error("MustParse(\"2026-02-30\") did not panic")
		}
	}()
	date.MustParse("2026-02-30")
}

func TestParseErrorMessage(t *testing.T) {
	_, err := date.Parse("2026-02-30")
	want := `date: invalid date "2026-02-30": no such day on the calendar / 日付が不正です（YYYY-MM-DD）`
	if err == nil || err.Error() != want {
		t.Errorf("Parse error = %v, want %q", err, want)
	}
}

func TestNewValidates(t *testing.T) {
	for _, c := range []struct {
		y    int
		m    time.Month
		d    int
		want string
	}{
		{2026, time.February, 30, "no such day"},
		{2026, 0, 1, "no such day"},
		{2026, 13, 1, "no such day"},
		{2026, time.January, 0, "no such day"},
		{2026, time.January, -1, "no such day"},
		{0, time.January, 1, "year out of range"},
		{-1, time.January, 1, "year out of range"},
		{10000, time.January, 1, "year out of range"},
	} {
		d, err := date.New(c.y, c.m, c.d)
		var pe *date.ParseError
		if err == nil || !errors.As(err, &pe) || !strings.Contains(pe.Why, c.want) {
			t.Errorf("New(%d, %d, %d) = %v, %v; want an error saying %q", c.y, c.m, c.d, d, err, c.want)
		}
		if !d.IsZero() {
			t.Errorf("New(%d, %d, %d) returned %v with its error", c.y, c.m, c.d, d)
		}
	}
}

func TestZeroDate(t *testing.T) {
	var z date.Date
	if !z.IsZero() || z.Year() != 0 || z.Month() != 0 || z.Day() != 0 {
		t.Errorf("zero Date = %d-%d-%d, IsZero %v", z.Year(), z.Month(), z.Day(), z.IsZero())
	}
	if got := z.String(); got != "unset" {
		t.Errorf("zero Date String() = %q, want \"unset\"", got)
	}
	b, err := z.MarshalText()
	if err == nil || b != nil {
		t.Errorf("zero Date MarshalText() = %q, %v; want an error", b, err)
	}
	var pe *date.ParseError
	if !errors.As(err, &pe) || !strings.Contains(err.Error(), "unset") {
		t.Errorf("zero Date MarshalText error = %v, want a *date.ParseError about an unset date", err)
	}
	for _, s := range []string{"0001-01-01", "2026-04-01", "9999-12-31"} {
		d := date.MustParse(s)
		if !z.Before(d) || z.After(d) || z.Compare(d) != -1 || d.Compare(z) != 1 || !d.After(z) {
			t.Errorf("zero Date is not before %s", s)
		}
	}
	if z.Compare(date.Date{}) != 0 || z.Before(date.Date{}) || z.After(date.Date{}) {
		t.Error("zero Date does not equal itself")
	}
	if _, err := json.Marshal(struct{ D date.Date }{}); err == nil {
		t.Error("json.Marshal of an unset date succeeded")
	}
}

func TestUnmarshalText(t *testing.T) {
	d := date.MustParse("2026-04-01")
	for _, in := range []string{"", "2026-02-30", "unset", "2026-4-1"} {
		if err := d.UnmarshalText([]byte(in)); err == nil {
			t.Errorf("UnmarshalText(%q) succeeded", in)
		}
		if d != date.MustParse("2026-04-01") {
			t.Fatalf("failed UnmarshalText(%q) changed the date to %v", in, d)
		}
	}
	if err := d.UnmarshalText([]byte("2027-03-31")); err != nil || d.String() != "2027-03-31" {
		t.Errorf("UnmarshalText(2027-03-31) = %v, date %v", err, d)
	}
}

func TestJSON(t *testing.T) {
	type period struct {
		From date.Date  `json:"from"`
		To   *date.Date `json:"to,omitempty"`
	}
	end := date.MustParse("2027-03-31")
	in := period{From: date.MustParse("2026-04-01"), To: &end}
	b, err := json.Marshal(in)
	if err != nil {
		t.Fatal(err)
	}
	if want := `{"from":"2026-04-01","to":"2027-03-31"}`; string(b) != want {
		t.Errorf("json.Marshal = %s, want %s", b, want)
	}
	var out period
	if err := json.Unmarshal(b, &out); err != nil || out.From != in.From || out.To == nil || *out.To != end {
		t.Errorf("json.Unmarshal(%s) = %+v, %v", b, out, err)
	}
	if err := json.Unmarshal([]byte(`{"from":"2026-02-29"}`), &out); err == nil {
		t.Error("json.Unmarshal accepted 2026-02-29")
	}
}

func TestCompareExamples(t *testing.T) {
	a := date.MustParse("2026-03-31")
	b := date.MustParse("2026-04-01")
	c := date.MustParse("2027-01-01")
	if !a.Before(b) || !b.Before(c) || !a.Before(c) || a.After(b) || b.Before(a) {
		t.Error("2026-03-31 < 2026-04-01 < 2027-01-01 does not hold")
	}
	if a.Compare(b) != -1 || b.Compare(a) != 1 || b.Compare(date.MustParse("2026-04-01")) != 0 {
		t.Error("Compare disagrees with the calendar")
	}
	if b != date.MustParse("2026-04-01") {
		t.Error("equal dates are not ==")
	}
}

// validDate draws a date that exists on the calendar, as YYYY-MM-DD.
func validDate() *rapid.Generator[string] {
	return rapid.Custom(func(t *rapid.T) string {
		y := rapid.IntRange(1, 9999).Draw(t, "year")
		m := rapid.IntRange(1, 12).Draw(t, "month")
		last := time.Date(y, time.Month(m)+1, 0, 0, 0, 0, 0, time.UTC).Day()
		d := rapid.IntRange(1, last).Draw(t, "day")
		return fmt.Sprintf("%04d-%02d-%02d", y, m, d)
	})
}

func TestPropertyOrderFollowsText(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		s1 := validDate().Draw(t, "a")
		s2 := validDate().Draw(t, "b")
		a, b := date.MustParse(s1), date.MustParse(s2)
		want := strings.Compare(s1, s2)
		if got := a.Compare(b); got != want {
			t.Fatalf("Compare(%s, %s) = %d, want %d", s1, s2, got, want)
		}
		if a.Before(b) != (want < 0) || a.After(b) != (want > 0) || (a == b) != (want == 0) {
			t.Fatalf("Before/After/== of %s and %s disagree with Compare %d", s1, s2, want)
		}
		if b.Compare(a) != -want {
			t.Fatalf("Compare is not antisymmetric for %s, %s", s1, s2)
		}
		// The order is also the calendar's.
		ta, _ := time.Parse(time.DateOnly, s1)
		tb, _ := time.Parse(time.DateOnly, s2)
		if ta.Compare(tb) != want {
			t.Fatalf("Compare(%s, %s) = %d, time.Time says %d", s1, s2, want, ta.Compare(tb))
		}
	})
}

func TestPropertyRoundTrip(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		s := validDate().Draw(t, "date")
		d, err := date.Parse(s)
		if err != nil {
			t.Fatalf("Parse(%q): %v", s, err)
		}
		if d.String() != s {
			t.Fatalf("Parse(%q).String() = %q", s, d.String())
		}
		n, err := date.New(d.Year(), d.Month(), d.Day())
		if err != nil || n != d {
			t.Fatalf("New(parts of %s) = %v, %v", s, n, err)
		}
	})
}

func FuzzParse(f *testing.F) {
	for _, s := range []string{
		"2026-04-01", "2024-02-29", "2026-02-29", "2026-02-30", "0000-01-01", "0001-01-01",
		"9999-12-31", "2026-13-01", "2026-00-01", "2026-01-00", "2026/04/01", "2026-4-1",
		"20260401", "", " ", "unset", "2026-04-01 ", " 2026-04-01", "+026-04-01", "-001-01-01",
		"２０２６-04-01", "2026-04-0\xff", "\xff\xfe\xfd\xfc\xfb\xfa\xf9\xf8\xf7\xf6", "1900-02-29",
		"2000-02-29", "mynumber", "zone:", "network:lgwan ", "6(3)ア",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		d, err := date.Parse(in)
		// Oracle: the standard library's reading of YYYY-MM-DD, years 1 to 9999.
		tm, terr := time.Parse(time.DateOnly, in)
		wantOK := terr == nil && tm.Year() >= 1 && len(in) == 10

		sentinel := date.MustParse("2001-02-03")
		dst := sentinel
		uerr := dst.UnmarshalText([]byte(in))

		if err != nil {
			if wantOK {
				t.Fatalf("Parse(%q) failed (%v), but it is the valid date %v", in, err, tm)
			}
			var pe *date.ParseError
			if !errors.As(err, &pe) || pe.Input != in {
				t.Fatalf("Parse(%q) error %#v is not a *date.ParseError for the input", in, err)
			}
			if msg := err.Error(); !strings.HasPrefix(msg, "date: ") || !strings.Contains(msg, strconv.Quote(in)) {
				t.Fatalf("Parse(%q) error %q does not name the package and quote the input", in, msg)
			}
			if !d.IsZero() {
				t.Fatalf("Parse(%q) returned %v with its error", in, d)
			}
			if uerr == nil || dst != sentinel {
				t.Fatalf("UnmarshalText(%q) = %v, set %v; want an error and the date unchanged", in, uerr, dst)
			}
			return
		}
		if !wantOK {
			t.Fatalf("Parse(%q) = %v, but time.Parse says %v", in, d, terr)
		}
		if d.IsZero() || d.Year() != tm.Year() || d.Month() != tm.Month() || d.Day() != tm.Day() {
			t.Fatalf("Parse(%q) = %v, want %v", in, d, tm.Format(time.DateOnly))
		}
		b, err := d.MarshalText()
		if err != nil || string(b) != in || d.String() != in {
			t.Fatalf("MarshalText(Parse(%q)) = %q, %v", in, b, err)
		}
		if back, err := date.Parse(string(b)); err != nil || back != d {
			t.Fatalf("Parse(MarshalText(%v)) = %v, %v", d, back, err)
		}
		if uerr != nil || dst != d {
			t.Fatalf("UnmarshalText(%q) = %v, %v; want %v", in, dst, uerr, d)
		}
	})
}
