package enum_test

import (
	"testing"

	"github.com/jichitai-sec/policy/internal/enum"
	"github.com/jichitai-sec/policy/internal/enum/enumtest"
)

// paint is a closed set declared the way every package of the library
// declares one, so that the Table behind it can be held to the contract
// and fuzzed through the harness.
type paint uint8

const (
	vermilion paint = iota + 1
	indigo
	offWhite
)

var paints = enum.New[paint]([]enum.Entry{
	vermilion: {ID: "vermilion", Ja: "朱色", En: "vermilion", Aliases: []string{"shu"}},
	indigo:    {ID: "indigo", Ja: "藍色", En: "indigo", Aliases: []string{"ai", "藍"}},
	offWhite:  {ID: "off-white", Ja: "生成り", En: "off-white (unbleached)"},
})

func (p paint) Valid() bool                   { return paints.Valid(p) }
func (p paint) String() string                { return paints.String(p) }
func (p paint) Ja() string                    { return paints.Ja(p) }
func (p paint) En() string                    { return paints.En(p) }
func (p paint) MarshalText() ([]byte, error)  { return paints.MarshalText(p) }
func (p *paint) UnmarshalText(b []byte) error { return paints.UnmarshalText(p, b) }

var paintSet = enumtest.Set[paint]{
	Name:    "enum_test.paint",
	All:     paints.All(),
	IDs:     []string{"vermilion", "indigo", "off-white"},
	Aliases: map[string]paint{"shu": vermilion, "ai": indigo, "藍": indigo},
	Parse:   paints.Parse,
}

func TestClosedSetPaint(t *testing.T) { enumtest.Check(t, paintSet) }

func FuzzTableParse(f *testing.F) {
	for _, s := range enumtest.Seeds(paintSet) {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) { enumtest.CheckInput(t, paintSet, in) })
}
