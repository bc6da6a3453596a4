package threat_test

import (
	"encoding"
	"errors"
	"regexp"
	"strconv"
	"testing"

	"github.com/jichitai-sec/policy/threat"
)

// member is what every closed set of the package provides.
type member interface {
	~uint8
	Valid() bool
	String() string
	Ja() string
	En() string
	MarshalText() ([]byte, error)
}

var kebab = regexp.MustCompile(`^[a-z]+(-[a-z]+)*$`)

// checkSet checks one closed set: members numbered from 1, wire ids in
// kebab-case, labels present and distinct, every id and Japanese label
// parsing back to its member, text marshalling round-tripping, and values
// outside the set diagnosable and refused.
func checkSet[T member, P interface {
	*T
	encoding.TextUnmarshaler
}](t *testing.T, typ string, all []T, parse func(string) (T, error)) {
	t.Helper()
	seen := map[string]T{}
	for i, v := range all {
		if int(v) != i+1 {
			t.Errorf("%s: member %d is %d, want %d", typ, i, v, i+1)
		}
		if !v.Valid() {
			t.Errorf("%s: member %d not valid", typ, v)
		}
		if !kebab.MatchString(v.String()) {
			t.Errorf("%s: wire id %q is not kebab-case", typ, v.String())
		}
		for _, label := range []string{v.String(), v.Ja(), v.En()} {
			if label == "" {
				t.Errorf("%s %d: empty label", typ, v)
				continue
			}
			if prev, dup := seen[label]; dup && prev != v {
				t.Errorf("%s: label %q used by both %v and %v", typ, label, prev, v)
			}
			seen[label] = v
		}
		for _, s := range []string{v.String(), v.Ja()} {
			got, err := parse(s)
			if err != nil || got != v {
				t.Errorf("%s: parse(%q) = %v, %v; want %v", typ, s, got, err, v)
			}
			var u T
			if err := P(&u).UnmarshalText([]byte(s)); err != nil || u != v {
				t.Errorf("%s: UnmarshalText(%q) = %v, %v; want %v", typ, s, u, err, v)
			}
		}
		b, err := v.MarshalText()
		if err != nil || string(b) != v.String() {
			t.Errorf("%s: %v.MarshalText() = %q, %v", typ, v, b, err)
		}
	}
	for _, bad := range []T{0, T(len(all) + 1), 255} {
		want := "threat." + typ + "(" + strconv.Itoa(int(bad)) + ")"
		if bad.Valid() || bad.String() != want || bad.Ja() != want || bad.En() != want {
			t.Errorf("%s: invalid %d: valid %v, String %q, Ja %q, En %q; want %q",
				typ, bad, bad.Valid(), bad.String(), bad.Ja(), bad.En(), want)
		}
		var pe *threat.ParseError
		if b, err := bad.MarshalText(); err == nil || b != nil || !errors.As(err, &pe) || !pe.Marshal {
			t.Errorf("%s: invalid %d marshalled to %q, %v", typ, bad, b, err)
		}
	}
	for _, s := range []string{"", "Fire", " fire", "fire ", "threat.Threat(1)", "1"} {
		if v, err := parse(s); err == nil {
			if _, known := seen[s]; !known {
				t.Errorf("%s: parse(%q) accepted as %v", typ, s, v)
			}
		}
	}
}

func TestThreatLabels(t *testing.T) {
	checkSet[threat.Threat](t, "Threat", threat.All(), threat.Parse)
}

func TestCategoryLabels(t *testing.T) {
	checkSet[threat.Category](t, "Category", threat.Categories(), threat.ParseCategory)
}

func TestHarmLabels(t *testing.T) {
	checkSet[threat.Harm](t, "Harm", threat.Harms(), threat.ParseHarm)
}

func TestParseError(t *testing.T) {
	_, err := threat.Parse("ddos")
	var pe *threat.ParseError
	if !errors.As(err, &pe) {
		t.Fatalf("Parse(%q) error %v is not a *threat.ParseError", "ddos", err)
	}
	if pe.Pkg != "threat" || pe.Type != "Threat" || pe.Input != "ddos" || len(pe.Accepted) != len(threat.All()) {
		t.Errorf("ParseError = %+v", pe)
	}
	var th threat.Threat = threat.Fire
	if err := th.UnmarshalText([]byte("ddos")); err == nil || th != threat.Fire {
		t.Errorf("UnmarshalText of bad text: err %v, value %v; want error and value unchanged", err, th)
	}
}

func TestMustParse(t *testing.T) {
	if got := threat.MustParse("不正アクセス"); got != threat.UnauthorizedAccess {
		t.Errorf("MustParse(不正アクセス) = %v", got)
	}
	defer func() {
		if recover() == nil {
			t.Error("MustParse of an unknown threat did not panic")
		}
	}()
	threat.MustParse("no-such-threat")
}
