package field_test

import (
	"errors"
	"fmt"

	"github.com/jichitai-sec/policy/field"
)

// A validator reports every problem it finds, each at its path, and returns
// them as one error.
func Example() {
	var errs field.List
	assets := field.Path("assets")
	errs = errs.Add(assets.Index(3).Child("classification").Child("confidentiality"),
		field.Unsupported, "4", "ratings are 1 to 3", "格付は1から3")
	errs = errs.Add(field.Path("links").Index(0).Child("to"),
		field.NotFound, "file-server", "no node has this id", "このIDのノードがない")

	err := errs.Err()
	fmt.Println(err)

	var first *field.Error
	if errors.As(err, &first) {
		fmt.Println("first problem at", first.Path, "kind", first.Kind)
	}
	fmt.Println("no problems:", field.List(nil).Err() == nil)
	// Output:
	// assets[3].classification.confidentiality: unsupported value "4": ratings are 1 to 3 / 未対応の値：格付は1から3
	// links[0].to: reference not found "file-server": no node has this id / 参照先なし：このIDのノードがない
	// first problem at assets[3].classification.confidentiality kind unsupported
	// no problems: true
}
