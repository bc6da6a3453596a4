package field_test

import (
	"errors"
	"fmt"

	"github.com/jichitai-sec/policy/field"
	"github.com/jichitai-sec/policy/lang"
)

// A validator takes the path it reports under and reports every problem it
// finds, each at its JSON Pointer, as one error.
func Example() {
	var errs field.List
	asset := field.Root.Child("assets").Index(3)
	errs = append(errs,
		field.NotSupported(asset.Child("kind"), kind("paper"), []kind{"data", "system", "medium"}),
		field.NotFound(field.Root.Child("flows").Index(0).Child("to"), "file-server",
			lang.Of("このIDのシステムがない", "no system has this id")),
		field.Required(field.Root.Child("zones").Key("lgwan/asp").Child("network"),
			lang.Of("ネットワークを指定する", "name the network")))

	err := errs.Err()
	fmt.Println(err)

	var first *field.Error
	if errors.As(err, &first) {
		fmt.Println("first problem at", first.Path, "kind", first.Kind)
	}
	fmt.Println("no problems:", field.List(nil).Err() == nil)
	// Output:
	// /assets/3/kind: unsupported value "paper": supported values: data, system, medium / 未対応の値：次のいずれかを指定する：data、system、medium
	// /flows/0/to: reference not found "file-server": no system has this id / 参照先なし：このIDのシステムがない
	// /zones/lgwan~1asp/network: required value missing: name the network / 必須項目の欠落：ネットワークを指定する
	// first problem at /assets/3/kind kind not-supported
	// no problems: true
}

// kind stands in for a closed set of another package.
type kind string

func (k kind) String() string { return string(k) }
