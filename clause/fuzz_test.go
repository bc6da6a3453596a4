package clause_test

import (
	"testing"

	"github.com/jichitai-sec/policy/internal/enum/enumtest"
)

// nearMisses are spellings a person might type for a clause number.
var nearMisses = []string{
	"2", "4", "0", "9", "42", "6(10)", "6(3)エ", "6(3)a", "6（3）ア", "６(3)ア", "6(3) ア", "6(3)\xe3\x82",
	"6-3-a", "6.3.ア", "clause.Duty(1)", "mynumber", "2026-02-30",
}

func FuzzParse(f *testing.F) {
	for _, s := range append(enumtest.Seeds(clauseSet), nearMisses...) {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) { enumtest.CheckInput(t, clauseSet, in) })
}

func FuzzParseDuty(f *testing.F) {
	for _, s := range append(enumtest.Seeds(dutySet), "Firm", "努力", "firm duty", "must") {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) { enumtest.CheckInput(t, dutySet, in) })
}
