package finding_test

import (
	"encoding/json"
	"errors"
	"reflect"
	"testing"

	"github.com/jichitai-sec/policy/clause"
	"github.com/jichitai-sec/policy/field"
	"github.com/jichitai-sec/policy/finding"
	"github.com/jichitai-sec/policy/lang"
)

var leak = finding.Finding{
	Rule:     "zone.mynumber-internet",
	Severity: finding.Error,
	Clause:   clause.MyNumberIsolation,
	Also:     []clause.Clause{clause.DefMyNumberZone, clause.DefInternetZone},
	Path:     field.Root.Child("flows").Index(2),
	IDs:      []string{"f2", "juki", "web"},
	Text:     lang.Of("マイナンバー利用事務系からインターネットへの通信", "a flow from the My Number zone to the Internet"),
}

func TestFindingJSON(t *testing.T) {
	b, err := json.Marshal(leak)
	want := `{"rule":"zone.mynumber-internet","severity":"error","clause":"6(3)ア","also":["2(8)","2(10)"],` +
		`"path":"/flows/2","ids":["f2","juki","web"],` +
		`"text":{"ja":"マイナンバー利用事務系からインターネットへの通信","en":"a flow from the My Number zone to the Internet"}}`
	if err != nil || string(b) != want {
		t.Fatalf("json.Marshal = %s, %v\nwant %s", b, err, want)
	}
	var back finding.Finding
	if err := json.Unmarshal(b, &back); err != nil || !reflect.DeepEqual(back, leak) {
		t.Errorf("json.Unmarshal(%s) = %+v, %v\nwant %+v", b, back, err, leak)
	}

	// Further clauses and ids are left out when there are none; the path
	// of the whole document is "".
	bare := finding.Finding{Rule: "policy.no-cio", Severity: finding.Warning, Clause: clause.Organization,
		Text: lang.Of("最高情報セキュリティ責任者がいない", "no chief information security officer")}
	b, err = json.Marshal(bare)
	want = `{"rule":"policy.no-cio","severity":"warning","clause":"6(1)","path":"",` +
		`"text":{"ja":"最高情報セキュリティ責任者がいない","en":"no chief information security officer"}}`
	if err != nil || string(b) != want {
		t.Errorf("json.Marshal = %s, %v\nwant %s", b, err, want)
	}
}

func TestFindingJSONRefusesInvalid(t *testing.T) {
	for name, f := range map[string]finding.Finding{
		"zero":             {},
		"unset severity":   {Rule: "r", Clause: clause.Review},
		"unset clause":     {Rule: "r", Severity: finding.Info},
		"invalid also":     {Rule: "r", Severity: finding.Info, Clause: clause.Review, Also: []clause.Clause{42}},
		"corrupt severity": {Rule: "r", Severity: 9, Clause: clause.Review},
	} {
		_, err := json.Marshal(f)
		var me *finding.MarshalError // clause.MarshalError is the same type
		if !errors.As(err, &me) {
			t.Errorf("%s: json.Marshal error = %v, want a MarshalError", name, err)
		}
	}
	var f finding.Finding
	for _, doc := range []string{
		`{"rule":"r","severity":"違反","clause":"6(1)"}`,
		`{"rule":"r","severity":"error","clause":"組織体制"}`,
		`{"rule":"r","severity":"error","clause":"6(1)","also":["6(10)"]}`,
	} {
		if err := json.Unmarshal([]byte(doc), &f); err == nil {
			t.Errorf("json.Unmarshal(%s) succeeded", doc)
		}
	}
}

func TestFindingString(t *testing.T) {
	want := "error zone.mynumber-internet 6(3)ア,2(8),2(10) /flows/2: " +
		"マイナンバー利用事務系からインターネットへの通信 / a flow from the My Number zone to the Internet"
	if got := leak.String(); got != want {
		t.Errorf("String() = %q\nwant       %q", got, want)
	}
	root := finding.Finding{Rule: "policy.no-cio", Severity: finding.Warning, Clause: clause.Organization,
		Text: lang.Of("責任者がいない", "")}
	if got, want := root.String(), "warning policy.no-cio 6(1) (document): 責任者がいない"; got != want {
		t.Errorf("String() = %q, want %q", got, want)
	}
	// A corrupt finding still prints something diagnosable.
	if got, want := (finding.Finding{}).String(), "finding.Severity(0)  clause.Clause(0) (document): "; got != want {
		t.Errorf("zero Finding String() = %q, want %q", got, want)
	}
}
