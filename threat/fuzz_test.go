package threat_test

import (
	"testing"

	"github.com/jichitai-sec/policy/internal/enum/enumtest"
)

// fuzzSet is the fuzz target of one closed set's Parse and UnmarshalText,
// seeded with its spellings and near misses: the contract of package enum
// on arbitrary text (enumtest.CheckInput).
func fuzzSet[T enumtest.Member, PT interface {
	*T
	UnmarshalText([]byte) error
}](f *testing.F, s enumtest.Set[T]) {
	for _, seed := range enumtest.Seeds(s) {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, in string) { enumtest.CheckInput[T, PT](t, s, in) })
}

func FuzzParse(f *testing.F)         { fuzzSet(f, threatSet) }
func FuzzParseCategory(f *testing.F) { fuzzSet(f, categorySet) }
func FuzzParseHarm(f *testing.F)     { fuzzSet(f, harmSet) }
