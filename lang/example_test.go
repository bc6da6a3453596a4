package lang_test

import (
	"fmt"

	"github.com/jichitai-sec/policy/lang"
)

func ExampleText() {
	t := lang.Of("期限切れ", "expired")
	fmt.Println(t)
	fmt.Println(t.Append(lang.Of("（2026-03-31）", " (2026-03-31)")).En)
	// Output:
	// 期限切れ / expired
	// expired (2026-03-31)
}
