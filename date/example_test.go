package date_test

import (
	"fmt"

	"github.com/jichitai-sec/policy/date"
)

// Parse the dates an exception carries and judge it as of a given day.
func Example() {
	approved, err := date.Parse("2026-04-01")
	if err != nil {
		fmt.Println(err)
		return
	}
	expires := date.MustParse("2027-03-31")
	asOf := date.MustParse("2027-04-01")

	fmt.Println("approved:", approved, "expires:", expires)
	fmt.Println("in force on", asOf, "?", !asOf.Before(approved) && !asOf.After(expires))
	fmt.Println(approved.Compare(expires), expires.Compare(approved), asOf.Compare(asOf))

	var unset date.Date
	fmt.Println(unset, unset.Before(approved))

	_, err = date.Parse("2026-02-29")
	fmt.Println(err)
	// Output:
	// approved: 2026-04-01 expires: 2027-03-31
	// in force on 2027-04-01 ? false
	// -1 1 0
	// unset true
	// date: invalid date "2026-02-29": no such day on the calendar / 日付が不正です（YYYY-MM-DD）
}
