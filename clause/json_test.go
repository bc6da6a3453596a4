package clause_test

import (
	"encoding/json"
	"errors"
	"testing"

	"github.com/jichitai-sec/policy/clause"
)

func TestClauseJSON(t *testing.T) {
	type cite struct {
		Clause clause.Clause   `json:"clause"`
		Duty   clause.Duty     `json:"duty"`
		Also   []clause.Clause `json:"also"`
	}
	in := cite{clause.BusinessSeparation, clause.Firm, []clause.Clause{clause.DefBusinessZone, clause.DefPathSeparation}}
	b, err := json.Marshal(in)
	if err != nil {
		t.Fatal(err)
	}
	if want := `{"clause":"6(3)イ","duty":"firm","also":["2(9)","2(11)"]}`; string(b) != want {
		t.Errorf("json.Marshal = %s, want %s", b, want)
	}
	var out cite
	if err := json.Unmarshal(b, &out); err != nil || out.Clause != in.Clause || out.Duty != in.Duty ||
		len(out.Also) != 2 || out.Also[0] != in.Also[0] || out.Also[1] != in.Also[1] {
		t.Errorf("json.Unmarshal(%s) = %+v, %v; want %+v", b, out, err, in)
	}
	var me *clause.MarshalError
	if _, err := json.Marshal(cite{Duty: clause.Firm}); !errors.As(err, &me) || me.Value != "clause.Clause(0)" {
		t.Errorf("json.Marshal of an unset clause: %v, want a *MarshalError", err)
	}
	for _, doc := range []string{`{"clause":"6(3)エ"}`, `{"clause":"目的"}`, `{"duty":"義務"}`, `{"clause":6}`} {
		if err := json.Unmarshal([]byte(doc), &out); err == nil {
			t.Errorf("json.Unmarshal(%s) succeeded", doc)
		}
	}
}
