package enumtest_test

import (
	"errors"
	"os"
	"os/exec"
	"strings"
	"testing"

	"github.com/jichitai-sec/policy/internal/enum/enumtest"
)

func TestKebab(t *testing.T) {
	for _, c := range []struct {
		id   string
		want bool
	}{
		{"mynumber", true},
		{"not-found", true},
		{"lgwan-asp", true},
		{"3a", true},
		{"2026", true},
		{"a-1-b", true},
		{"", false},
		{"-a", false},
		{"a-", false},
		{"a--b", false},
		{"Not-found", false},
		{"not_found", false},
		{"not found", false},
		{"6(3)ア", false},
		{"ａ", false}, // full-width
		{"a\n", false},
	} {
		if got := enumtest.Kebab.MatchString(c.id); got != c.want {
			t.Errorf("Kebab.MatchString(%q) = %v, want %v", c.id, got, c.want)
		}
	}
}

// The conforming fake passes both checks.
func TestHarnessAcceptsConformingSet(t *testing.T) {
	if defect != "" {
		t.Fatalf("defect %q set in the parent process", defect)
	}
	s := set()
	enumtest.Check(t, s)
	seeds := enumtest.Seeds(s)
	for _, want := range []string{"alpha", "beta-two", "甲", "乙", "beta two", "a", " alpha", "BETA-TWO", "enumtest_test.fake(0)", ""} {
		if !contains(seeds, want) {
			t.Errorf("Seeds() lacks %q", want)
		}
	}
	for _, in := range seeds {
		enumtest.CheckInput(t, s, in)
	}
}

func contains(xs []string, x string) bool {
	for _, s := range xs {
		if s == x {
			return true
		}
	}
	return false
}

// TestDefectHelper is the child process of TestHarnessCatchesDefects: it
// runs the harness on the fake with the fault named by ENUMTEST_DEFECT,
// and is expected to fail.
func TestDefectHelper(t *testing.T) {
	d, ok := os.LookupEnv("ENUMTEST_DEFECT")
	if !ok {
		t.Skip("run as a child process by TestHarnessCatchesDefects")
	}
	defect = d
	s := set()
	if os.Getenv("ENUMTEST_CALL") == "input" {
		for _, in := range enumtest.Seeds(s) {
			enumtest.CheckInput(t, s, in)
		}
		return
	}
	enumtest.Check(t, s)
}

// A harness that cannot fail holds nothing: each fault of the fake must
// make Check (or CheckInput, the fuzz body) fail, with a message that says
// what is wrong. A testing.T cannot be made to fail without failing its
// parent, so each run is a child process of this test binary.
func TestHarnessCatchesDefects(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a child process per defect")
	}
	cases := []struct {
		call, defect, want string
	}{
		{"check", "listing-short", "listing has 1 members, want 2"},
		{"check", "listing-order", "member 0 of the listing is 2, want 1"},
		{"check", "empty", "the set has no members"},
		{"check", "zero-valid", "enumtest_test.fake(0) is Valid"},
		{"check", "string-label", `enumtest_test.fake(2).String() = "beta two", want "beta-two"`},
		{"check", "string-opaque", `String "?"`},
		{"check", "wrong-name", `want "enumtest_test.other(0)"`},
		{"check", "not-kebab", `wire id "Alpha" is not kebab-case ASCII`},
		{"check", "shared-label", `share the English label "first"`},
		{"check", "empty-label", "empty label"},
		{"check", "marshal-invalid", "want a *MarshalError"},
		{"check", "marshal-label", `MarshalText = "甲"`},
		{"check", "unmarshal-lenient", `UnmarshalText("甲")`},
		{"check", "described-parses-labels", `Parse("甲") accepted a description`},
		{"check", "parse-ids-only", `Parse("甲") = `},
		{"check", "alias-not-parsed", `documented alias Parse("b")`},
		{"check", "parse-accepts-english", `Parse("beta two") accepted the English label`},
		{"check", "parse-error-type", "want a *ParseError"},
		{"check", "parse-error-fields", "does not name the input, the set and its ids"},
		{"input", "unmarshal-lenient", "the wire takes ids only"},
		{"input", "marshal-label", `MarshalText of alpha = "甲"`},
		{"input", "parse-accepts-english", "is not its wire id, Japanese label or a documented alias"},
		{"input", "parse-value-with-error", "with its error"},
		{"input", "parse-error-type", "want a *ParseError"},
		{"input", "empty", "listing has 0 members and 0 ids"},
	}
	// The control: the child process passes when nothing is wrong, so a
	// failure below is the defect's.
	for _, call := range []string{"check", "input"} {
		if out, err := runChild(call, ""); err != nil || !strings.Contains(out, "PASS") {
			t.Fatalf("child %s with no defect: %v\n%s", call, err, out)
		}
	}
	for _, c := range cases {
		t.Run(c.call+"/"+c.defect, func(t *testing.T) {
			out, err := runChild(c.call, c.defect)
			var exit *exec.ExitError
			if !errors.As(err, &exit) || exit.ExitCode() != 1 {
				t.Fatalf("child exited with %v, want exit status 1\n%s", err, out)
			}
			if !strings.Contains(out, "--- FAIL: TestDefectHelper") || strings.Contains(out, "panic:") {
				t.Errorf("child did not fail cleanly:\n%s", out)
			}
			if !strings.Contains(out, c.want) {
				t.Errorf("child output lacks %q:\n%s", c.want, out)
			}
		})
	}
}

func runChild(call, defect string) (string, error) {
	cmd := exec.Command(os.Args[0], "-test.run=^TestDefectHelper$", "-test.count=1")
	cmd.Env = append(os.Environ(), "ENUMTEST_DEFECT="+defect, "ENUMTEST_CALL="+call)
	out, err := cmd.CombinedOutput()
	return string(out), err
}
