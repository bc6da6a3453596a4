package finding_test

import (
	"fmt"

	"github.com/jichitai-sec/policy/clause"
	"github.com/jichitai-sec/policy/field"
	"github.com/jichitai-sec/policy/finding"
	"github.com/jichitai-sec/policy/lang"
)

// A check reports a gap as a Finding whose severity follows the duty of
// the clause it cites.
func Example() {
	f := finding.Finding{
		Rule:     "zone.mynumber-internet",
		Severity: finding.For(clause.MyNumberIsolation),
		Clause:   clause.MyNumberIsolation,
		Also:     []clause.Clause{clause.DefMyNumberZone},
		Path:     field.Root.Child("flows").Index(2),
		IDs:      []string{"f2"},
		Text:     lang.Of("インターネットへの通信", "a flow to the Internet"),
	}
	fmt.Println(f)
	fmt.Println(finding.For(clause.Technical), finding.For(clause.DefSanitizedTransfer))
	// Output:
	// error zone.mynumber-internet 6(3)ア,2(8) /flows/2: インターネットへの通信 / a flow to the Internet
	// warning info
}
