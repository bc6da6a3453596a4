package threat_test

import (
	"encoding"
	"errors"
	"strconv"
	"strings"
	"testing"

	"github.com/jichitai-sec/policy/threat"
)

// fuzzParse checks one parser and the matching UnmarshalText on input s:
// neither panics; they agree; a success is a valid member whose wire id
// parses back to it and marshals to itself; a failure is a *ParseError
// that quotes the input and leaves the target of UnmarshalText unchanged.
func fuzzParse[T member, P interface {
	*T
	encoding.TextUnmarshaler
}](t *testing.T, s string, parse func(string) (T, error), sentinel T) {
	v, err := parse(s)
	u := sentinel
	uerr := P(&u).UnmarshalText([]byte(s))
	if (err == nil) != (uerr == nil) {
		t.Fatalf("parse(%q) error %v, UnmarshalText error %v", s, err, uerr)
	}
	if err != nil {
		var pe *threat.ParseError
		if !errors.As(err, &pe) || pe.Input != s || !strings.Contains(err.Error(), strconv.Quote(s)) {
			t.Fatalf("parse(%q): error %v does not name the input", s, err)
		}
		if v != 0 {
			t.Fatalf("parse(%q) failed but returned %v", s, v)
		}
		if u != sentinel {
			t.Fatalf("UnmarshalText(%q) failed but changed the value to %v", s, u)
		}
		return
	}
	if !v.Valid() || u != v {
		t.Fatalf("parse(%q) = %v (valid %v), UnmarshalText gave %v", s, v, v.Valid(), u)
	}
	b, err := v.MarshalText()
	if err != nil || string(b) != v.String() {
		t.Fatalf("%v.MarshalText() = %q, %v", v, b, err)
	}
	if w, err := parse(string(b)); err != nil || w != v {
		t.Fatalf("round trip of %q: parse(%q) = %v, %v", s, b, w, err)
	}
}

func seeds[T member](f *testing.F, all []T) {
	for _, v := range all {
		f.Add(v.String())
		f.Add(v.Ja())
		f.Add(v.En())
	}
	for _, s := range []string{"", " ", "FIRE", "fire\n", "threat.Threat(0)", "\xff", "3(1)", "不正", "不正アクセス "} {
		f.Add(s)
	}
}

func FuzzParse(f *testing.F) {
	seeds(f, threat.All())
	f.Fuzz(func(t *testing.T, s string) {
		fuzzParse[threat.Threat](t, s, threat.Parse, threat.Fire)
	})
}

func FuzzParseCategory(f *testing.F) {
	seeds(f, threat.Categories())
	f.Fuzz(func(t *testing.T, s string) {
		fuzzParse[threat.Category](t, s, threat.ParseCategory, threat.Disaster)
	})
}

func FuzzParseHarm(f *testing.F) {
	seeds(f, threat.Harms())
	f.Fuzz(func(t *testing.T, s string) {
		fuzzParse[threat.Harm](t, s, threat.ParseHarm, threat.Leak)
	})
}
