package date

import "time"

// AddDays returns the date n days after d (before it, for a negative n). An
// unset date stays unset; a result outside years 1 to 9999 is clamped to
// the nearest end of that range.
func (d Date) AddDays(n int) Date {
	if d.IsZero() {
		return d
	}
	const span = 3652059 // days from 0001-01-01 to 9999-12-31, and one more
	switch {
	case n > span:
		return Date{99991231}
	case n < -span:
		return Date{10101}
	}
	return fromTime(d.time().AddDate(0, 0, n))
}

// AddMonths returns the date n months after d (before it, for a negative
// n), on the same day of the month, or the last day of the month when it
// has no such day (2026-01-31 plus one month is 2026-02-28). An unset date
// stays unset; a result outside years 1 to 9999 is clamped.
func (d Date) AddMonths(n int) Date {
	if d.IsZero() {
		return d
	}
	total := d.Year()*12 + int(d.Month()) - 1 + n // months since year 0
	switch {
	case total < 12: // before year 1
		return Date{10101}
	case total >= 10000*12:
		return Date{99991231}
	}
	y, m := total/12, total%12+1
	return Date{int32(y*10000 + m*100 + min(d.Day(), daysIn(y, m)))}
}

// daysIn is the number of days of month m of year y.
func daysIn(y, m int) int {
	switch m {
	case 2:
		if y%4 == 0 && (y%100 != 0 || y%400 == 0) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

// DaysUntil returns the number of days from d to e: positive when e is
// after d. Both must be set; it returns 0 when either is unset.
func (d Date) DaysUntil(e Date) int {
	if d.IsZero() || e.IsZero() {
		return 0
	}
	return e.dayNumber() - d.dayNumber()
}

// dayNumber counts days from a fixed origin (the proleptic Gregorian
// calendar's 0000-03-01), so that differences are exact over the whole
// range of dates.
func (d Date) dayNumber() int {
	y, m, day := d.Year(), int(d.Month()), d.Day()
	if m <= 2 {
		y--
		m += 12
	}
	return 365*y + y/4 - y/100 + y/400 + (153*(m-3)+2)/5 + day - 1
}

func (d Date) time() time.Time {
	return time.Date(d.Year(), d.Month(), d.Day(), 0, 0, 0, 0, time.UTC)
}

func fromTime(t time.Time) Date {
	switch {
	case t.Year() < 1:
		return Date{10101}
	case t.Year() > 9999:
		return Date{99991231}
	}
	return Date{int32(t.Year()*10000 + int(t.Month())*100 + t.Day())}
}
