package enumtest_test

import (
	"errors"

	"github.com/jichitai-sec/policy/internal/enum"
	"github.com/jichitai-sec/policy/internal/enum/enumtest"
)

// fake is a closed set that conforms to the contract, unless defect names
// one of the faults below; the harness must catch every one.
type fake uint8

var (
	good = enum.New[fake]([]enum.Entry{
		1: {ID: "alpha", Ja: "甲", En: "alpha", Aliases: []string{"a"}},
		2: {ID: "beta-two", Ja: "乙", En: "beta two"},
	})
	notKebab = enum.New[fake]([]enum.Entry{
		1: {ID: "Alpha", Ja: "甲", En: "alpha"},
		2: {ID: "beta_two", Ja: "乙", En: "beta two"},
	})
	sharedEn = enum.New[fake]([]enum.Entry{
		1: {ID: "alpha", Ja: "甲", En: "first"},
		2: {ID: "beta-two", Ja: "乙", En: "first"},
	})
)

// defect selects the fault of fake and of its Set; "" is none. It is set
// only in the child process of TestHarnessCatchesDefects.
var defect string

func table() *enum.Table[fake] {
	switch defect {
	case "not-kebab":
		return notKebab
	case "shared-label":
		return sharedEn
	}
	return good
}

func (f fake) Valid() bool {
	if defect == "zero-valid" && f == 0 {
		return true
	}
	return table().Valid(f)
}

func (f fake) String() string {
	switch {
	case defect == "string-label" && table().Valid(f):
		return table().En(f)
	case defect == "string-opaque" && !table().Valid(f):
		return "?"
	}
	return table().String(f)
}

func (f fake) Ja() string {
	if defect == "empty-label" && f == 2 {
		return ""
	}
	return table().Ja(f)
}

func (f fake) En() string { return table().En(f) }

func (f fake) MarshalText() ([]byte, error) {
	switch {
	case defect == "marshal-invalid" && !table().Valid(f):
		return []byte(f.String()), nil
	case defect == "marshal-label" && table().Valid(f):
		return []byte(f.Ja()), nil
	}
	return table().MarshalText(f)
}

func (f *fake) UnmarshalText(b []byte) error {
	if defect == "unmarshal-lenient" {
		v, err := table().Parse(string(b))
		if err != nil {
			return err
		}
		*f = v
		return nil
	}
	return table().UnmarshalText(f, b)
}

// set is the documented shape of fake, with the fault of defect.
func set() enumtest.Set[fake] {
	tab := table()
	s := enumtest.Set[fake]{
		Name:    "enumtest_test.fake",
		All:     tab.All(),
		IDs:     tab.IDs(),
		Aliases: map[string]fake{"a": 1},
		Parse:   tab.Parse,
	}
	if tab != good {
		s.Aliases = nil
	}
	switch defect {
	case "listing-short":
		s.All = s.All[:1]
	case "listing-order":
		s.All = []fake{2, 1}
	case "empty":
		s.All, s.IDs = nil, nil
	case "wrong-name":
		s.Name = "enumtest_test.other"
	case "described-parses-labels":
		s.Described = true
	case "parse-ids-only":
		s.Parse = tab.ParseID
	case "alias-not-parsed":
		s.Aliases = map[string]fake{"a": 1, "b": 2}
	case "parse-accepts-english":
		s.Parse = func(in string) (fake, error) {
			for _, v := range tab.All() {
				if in == v.En() {
					return v, nil
				}
			}
			return tab.Parse(in)
		}
	case "parse-error-type":
		s.Parse = func(in string) (fake, error) {
			v, err := tab.Parse(in)
			if err != nil {
				return 0, errors.New("no")
			}
			return v, nil
		}
	case "parse-error-fields":
		s.Parse = func(in string) (fake, error) {
			v, err := tab.Parse(in)
			if err != nil {
				return 0, &enum.ParseError{Pkg: "enumtest_test", Type: "fake", Input: in}
			}
			return v, nil
		}
	case "parse-value-with-error":
		s.Parse = func(in string) (fake, error) {
			v, err := tab.Parse(in)
			if err != nil {
				return 1, err
			}
			return v, nil
		}
	}
	return s
}
