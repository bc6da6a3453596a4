package clause_test

import (
	"errors"
	"testing"

	"github.com/jichitai-sec/policy/clause"
	"github.com/jichitai-sec/policy/internal/enum/enumtest"
)

var dutySet = enumtest.Set[clause.Duty]{
	Name:  "clause.Duty",
	All:   clause.Duties(),
	IDs:   []string{"firm", "effort", "descriptive"},
	Parse: clause.ParseDuty,
}

func TestClosedSetDuty(t *testing.T) { enumtest.Check(t, dutySet) }

func TestDutyLabels(t *testing.T) {
	for _, w := range []struct {
		d          clause.Duty
		id, ja, en string
	}{
		{clause.Firm, "firm", "義務", "firm duty"},
		{clause.Effort, "effort", "努力義務", "effort duty"},
		{clause.Descriptive, "descriptive", "定義・範囲", "descriptive (no duty)"},
	} {
		if w.d.String() != w.id || w.d.Ja() != w.ja || w.d.En() != w.en {
			t.Errorf("Duty %d = %q/%q/%q, want %q/%q/%q", w.d, w.d.String(), w.d.Ja(), w.d.En(), w.id, w.ja, w.en)
		}
		for _, s := range []string{w.id, w.ja} {
			if got, err := clause.ParseDuty(s); err != nil || got != w.d {
				t.Errorf("ParseDuty(%q) = %v, %v; want %v", s, got, err, w.d)
			}
		}
	}
}

func TestParseDutyRejects(t *testing.T) {
	for _, in := range []string{"", "Firm", "FIRM", " firm", "firm duty", "努力", "must", "clause.Duty(1)"} {
		d, err := clause.ParseDuty(in)
		checkParseError(t, "Duty", in, err)
		if d != 0 {
			t.Errorf("ParseDuty(%q) returned %v with its error", in, d)
		}
	}
	for _, c := range []struct {
		d    clause.Duty
		want string
	}{{0, "clause.Duty(0)"}, {4, "clause.Duty(4)"}} {
		var me *clause.MarshalError
		if b, err := c.d.MarshalText(); b != nil || !errors.As(err, &me) || me.Value != c.want {
			t.Errorf("Duty(%d).MarshalText() = %q, %v; want a *MarshalError naming %s", c.d, b, err, c.want)
		}
	}
}

// The wire takes the wire id only; the Japanese label is for Parse.
func TestDutyUnmarshalTextIsStrict(t *testing.T) {
	d := clause.Effort
	for _, in := range []string{"Effort", "定義・範囲", "effort duty"} {
		err := d.UnmarshalText([]byte(in))
		var pe *clause.ParseError
		if !errors.As(err, &pe) || pe.Type != "Duty" || d != clause.Effort {
			t.Errorf("UnmarshalText(%q) = %v, left %v; want a *ParseError and Effort unchanged", in, err, d)
		}
	}
	if err := d.UnmarshalText([]byte("descriptive")); err != nil || d != clause.Descriptive {
		t.Errorf("UnmarshalText(descriptive) = %v, %v", err, d)
	}
}
