package clause_test

import (
	"fmt"

	"github.com/jichitai-sec/policy/clause"
)

// Look a citation up by the policy's own notation and print what it says
// and how strongly it binds.
func Example() {
	c, err := clause.Parse("6(3)ア")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("%s %s / %s\n", c, c.Ja(), c.En())
	fmt.Printf("duty: %s (%s)\n", c.Duty(), c.Duty().Ja())

	fmt.Println(clause.Technical, clause.Technical.Duty().En())

	_, err = clause.Parse("6(3)エ")
	fmt.Println(err)
	// Output:
	// 6(3)ア マイナンバー利用事務系の分離 / Isolation of the My Number zone
	// duty: firm (義務)
	// 6(6) effort duty
	// clause: unknown Clause "6(3)エ" (accepted: 1, 2(1), 2(2), 2(3), 2(4), 2(5), 2(6), 2(7), 2(8), 2(9), 2(10), 2(11), 2(12), 2(13), 3, 3(1), 3(2), 3(3), 3(4), 3(5), 4(1), 4(2), 4(2)ア, 4(2)イ, 4(2)ウ, 5, 6, 6(1), 6(2), 6(3), 6(3)ア, 6(3)イ, 6(3)ウ, 6(4), 6(5), 6(6), 6(7), 6(8), 6(9), 7, 8) / 不明な値です
}
