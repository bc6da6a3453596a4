package date_test

import (
	"testing"
	"time"

	"github.com/jichitai-sec/policy/date"
	"pgregory.net/rapid"
)

func TestAddMonths(t *testing.T) {
	cases := []struct {
		from string
		n    int
		want string
	}{
		{"2026-01-31", 1, "2026-02-28"},
		{"2024-01-31", 1, "2024-02-29"},
		{"2026-04-01", 12, "2027-04-01"},
		{"2026-04-01", -4, "2025-12-01"},
		{"2026-03-31", -1, "2026-02-28"},
		{"9999-12-01", 1, "9999-12-31"},
		{"0001-01-15", -1, "0001-01-01"},
	}
	for _, c := range cases {
		if got := date.MustParse(c.from).AddMonths(c.n); got.String() != c.want {
			t.Errorf("%s + %d months = %s, want %s", c.from, c.n, got, c.want)
		}
	}
	if got := (date.Date{}).AddMonths(3); !got.IsZero() {
		t.Errorf("unset + 3 months = %s, want unset", got)
	}
}

func TestAddDaysAndDaysUntil(t *testing.T) {
	cases := []struct {
		from string
		n    int
		want string
	}{
		{"2026-02-28", 1, "2026-03-01"},
		{"2024-02-28", 1, "2024-02-29"},
		{"2026-12-31", 1, "2027-01-01"},
		{"2026-03-01", -1, "2026-02-28"},
		{"2026-04-01", 365, "2027-04-01"},
	}
	for _, c := range cases {
		from := date.MustParse(c.from)
		got := from.AddDays(c.n)
		if got.String() != c.want {
			t.Errorf("%s + %d days = %s, want %s", c.from, c.n, got, c.want)
		}
		if d := from.DaysUntil(got); d != c.n {
			t.Errorf("%s.DaysUntil(%s) = %d, want %d", c.from, got, d, c.n)
		}
	}
	if d := (date.Date{}).DaysUntil(date.MustParse("2026-01-01")); d != 0 {
		t.Errorf("DaysUntil from unset = %d, want 0", d)
	}
}

func TestArithmeticAtTheEnds(t *testing.T) {
	first, last := date.MustParse("0001-01-01"), date.MustParse("9999-12-31")
	if d := first.DaysUntil(last); d != 3652058 {
		t.Errorf("0001-01-01 to 9999-12-31 = %d days, want 3652058", d)
	}
	if got := first.AddDays(1 << 62); got != last {
		t.Errorf("AddDays(1<<62) = %s, want %s", got, last)
	}
	if got := last.AddDays(-(1 << 62)); got != first {
		t.Errorf("AddDays(-(1<<62)) = %s, want %s", got, first)
	}
	if got := first.AddDays(3652058); got != last {
		t.Errorf("first + 3652058 days = %s, want %s", got, last)
	}
}

// TestAddMonthsAgreesWithTime: AddMonths is plain arithmetic; it agrees
// with the same rule written with package time (the month's last day when
// the day does not exist, clamped to years 1 to 9999), on any date and
// count.
func TestAddMonthsAgreesWithTime(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		y := rapid.IntRange(1, 9999).Draw(t, "year")
		m := time.Month(rapid.IntRange(1, 12).Draw(t, "month"))
		last := time.Date(y, m+1, 0, 0, 0, 0, 0, time.UTC).Day()
		d, err := date.New(y, m, rapid.IntRange(1, last).Draw(t, "day"))
		if err != nil {
			t.Fatal(err)
		}
		n := rapid.IntRange(-130000, 130000).Draw(t, "months")
		total := y*12 + int(m) - 1 + n
		var want string
		switch {
		case total < 12:
			want = "0001-01-01"
		case total >= 120000:
			want = "9999-12-31"
		default:
			ty, tm := total/12, time.Month(total%12+1)
			tl := time.Date(ty, tm+1, 0, 0, 0, 0, 0, time.UTC).Day()
			want = time.Date(ty, tm, min(d.Day(), tl), 0, 0, 0, 0, time.UTC).Format(time.DateOnly)
		}
		if got := d.AddMonths(n).String(); got != want {
			t.Fatalf("%s + %d months = %s, want %s", d, n, got, want)
		}
	})
}
