// Package date is a civil calendar date (year, month, day, no time of day and
// no time zone), for the dates the policy's documents carry: when an
// exception was approved, when it expires, when a contract ends.
//
// Time enters the library only as an argument of this type (an "as of" date),
// never from the clock. The zero Date is "unset" and is before every real
// date; functions that need a date treat an unset one as missing.
package date

import (
	"strconv"
	"time"
)

// Date is a calendar date between 0001-01-01 and 9999-12-31. Dates are
// comparable with == and ordered by Compare, Before and After.
type Date struct {
	v int32 // yyyy*10000 + mm*100 + dd; 0 when unset
}

// New returns the date y-m-d, or an error when it does not exist on the
// calendar (2026-02-30) or is outside years 1 to 9999.
func New(y int, m time.Month, d int) (Date, error) {
	if y < 1 || y > 9999 {
		return Date{}, &ParseError{Input: strconv.Itoa(y) + "-" + strconv.Itoa(int(m)) + "-" + strconv.Itoa(d), Why: "year out of range 1-9999"}
	}
	t := time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
	if t.Year() != y || t.Month() != m || t.Day() != d {
		return Date{}, &ParseError{Input: strconv.Itoa(y) + "-" + strconv.Itoa(int(m)) + "-" + strconv.Itoa(d), Why: "no such day on the calendar"}
	}
	return Date{int32(y*10000 + int(m)*100 + d)}, nil
}

// Parse accepts a date written as YYYY-MM-DD (ISO 8601, as JSON documents
// carry it).
func Parse(s string) (Date, error) {
	if len(s) != 10 || s[4] != '-' || s[7] != '-' {
		return Date{}, &ParseError{Input: s, Why: "want YYYY-MM-DD"}
	}
	y, ok1 := digits(s[0:4])
	m, ok2 := digits(s[5:7])
	d, ok3 := digits(s[8:10])
	if !ok1 || !ok2 || !ok3 {
		return Date{}, &ParseError{Input: s, Why: "want YYYY-MM-DD"}
	}
	dt, err := New(y, time.Month(m), d)
	if err != nil {
		return Date{}, &ParseError{Input: s, Why: err.(*ParseError).Why}
	}
	return dt, nil
}

func digits(s string) (int, bool) {
	n := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int(c-'0')
	}
	return n, true
}

// MustParse is Parse for dates known to be valid; it panics otherwise.
func MustParse(s string) Date {
	d, err := Parse(s)
	if err != nil {
		panic(err)
	}
	return d
}

// IsZero reports whether d is unset.
func (d Date) IsZero() bool { return d.v == 0 }

// Year returns the year, 0 when unset.
func (d Date) Year() int { return int(d.v / 10000) }

// Month returns the month, 0 when unset.
func (d Date) Month() time.Month { return time.Month(d.v / 100 % 100) }

// Day returns the day of the month, 0 when unset.
func (d Date) Day() int { return int(d.v % 100) }

// Compare returns -1, 0 or +1 as d is before, equal to or after e. An unset
// date is before every set one.
func (d Date) Compare(e Date) int {
	switch {
	case d.v < e.v:
		return -1
	case d.v > e.v:
		return 1
	}
	return 0
}

// Before reports whether d is strictly before e.
func (d Date) Before(e Date) bool { return d.v < e.v }

// After reports whether d is strictly after e.
func (d Date) After(e Date) bool { return d.v > e.v }

// String returns YYYY-MM-DD, or "unset" for the zero Date.
func (d Date) String() string {
	if d.IsZero() {
		return "unset"
	}
	b := make([]byte, 0, 10)
	b = pad(b, d.Year(), 4)
	b = append(b, '-')
	b = pad(b, int(d.Month()), 2)
	b = append(b, '-')
	b = pad(b, d.Day(), 2)
	return string(b)
}

func pad(b []byte, n, width int) []byte {
	s := strconv.Itoa(n)
	for i := len(s); i < width; i++ {
		b = append(b, '0')
	}
	return append(b, s...)
}

// MarshalText returns YYYY-MM-DD; an unset date marshals as an error, so a
// missing date is never written out as if it were real (use a pointer or
// omitempty handling upstream for optional dates).
func (d Date) MarshalText() ([]byte, error) {
	if d.IsZero() {
		return nil, &ParseError{Input: "", Why: "cannot marshal an unset date"}
	}
	return []byte(d.String()), nil
}

// UnmarshalText parses YYYY-MM-DD into *d; on error *d is unchanged.
func (d *Date) UnmarshalText(b []byte) error {
	v, err := Parse(string(b))
	if err != nil {
		return err
	}
	*d = v
	return nil
}

// ParseError reports text that is not a valid calendar date.
type ParseError struct {
	Input string // the rejected text
	Why   string // what is wrong, in English
}

// Error describes the problem in English and Japanese.
func (e *ParseError) Error() string {
	return "date: invalid date " + strconv.Quote(e.Input) + ": " + e.Why + " / 日付が不正です（YYYY-MM-DD）"
}
