package enumtest

import "testing"

// Case is one text decoder of a package's FuzzClosedSets target: usually a
// closed set (CaseOf), or a decoder of its own (zone's endpoints).
type Case struct {
	Check func(t *testing.T, in string) // holds one input to the decoder's contract
	Seeds []string                      // tried on this case: its spellings and near misses
	Words []string                      // tried on every case, so that each decoder also sees the others' words
}

// CaseOf is the case of closed set s: CheckInput, with Seeds(s) for its own
// seeds and its wire ids for everyone's.
func CaseOf[T Member, PT interface {
	*T
	UnmarshalText([]byte) error
}](s Set[T]) Case {
	return Case{Check: func(t *testing.T, in string) { CheckInput[T, PT](t, s, in) }, Seeds: Seeds(s), Words: s.IDs}
}

// Fuzz runs a package's decoders as one fuzz target, whose first argument
// picks the case: one target per package, not one per set, so that one
// fuzzing run covers them all. Each case is seeded with its own seeds and
// every case's words.
func Fuzz(f *testing.F, cases ...Case) {
	var words []string
	for _, c := range cases {
		words = append(words, c.Words...)
	}
	for i, c := range cases {
		for _, s := range c.Seeds {
			f.Add(uint8(i), s)
		}
		for _, s := range words {
			f.Add(uint8(i), s)
		}
	}
	f.Fuzz(func(t *testing.T, which uint8, in string) { cases[int(which)%len(cases)].Check(t, in) })
}
