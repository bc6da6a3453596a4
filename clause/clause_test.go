package clause_test

import (
	"encoding/json"
	"errors"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/jichitai-sec/policy/clause"
	"github.com/jichitai-sec/policy/internal/enum"
)

// policyClauses is every numbered clause of the basic policy
// (seed/basic-policy.ja.txt), in the policy's order, with the duty its
// wording imposes: 「…ものとする」「…を実施する」 firm, 「…講じるよう努める
// ものとする」 effort, and definitions, threats and scope descriptive. The
// bare headings "2 定義" and "4 適用範囲" carry no text of their own and are
// not clauses the library cites.
var policyClauses = []struct {
	c    clause.Clause
	id   string
	duty clause.Duty
}{
	{clause.Purpose, "1", clause.Descriptive},
	{clause.DefNetwork, "2(1)", clause.Descriptive},
	{clause.DefInformationSystem, "2(2)", clause.Descriptive},
	{clause.DefInformationSecurity, "2(3)", clause.Descriptive},
	{clause.DefPolicy, "2(4)", clause.Descriptive},
	{clause.DefConfidentiality, "2(5)", clause.Descriptive},
	{clause.DefIntegrity, "2(6)", clause.Descriptive},
	{clause.DefAvailability, "2(7)", clause.Descriptive},
	{clause.DefMyNumberZone, "2(8)", clause.Descriptive},
	{clause.DefBusinessZone, "2(9)", clause.Descriptive},
	{clause.DefInternetZone, "2(10)", clause.Descriptive},
	{clause.DefPathSeparation, "2(11)", clause.Descriptive},
	{clause.DefSanitizedTransfer, "2(12)", clause.Descriptive},
	{clause.DefUTM, "2(13)", clause.Descriptive},
	{clause.Threats, "3", clause.Descriptive},
	{clause.ThreatIntentional, "3(1)", clause.Descriptive},
	{clause.ThreatUnintentional, "3(2)", clause.Descriptive},
	{clause.ThreatDisaster, "3(3)", clause.Descriptive},
	{clause.ThreatStaffShortage, "3(4)", clause.Descriptive},
	{clause.ThreatInfrastructure, "3(5)", clause.Descriptive},
	{clause.ScopeBodies, "4(1)", clause.Descriptive},
	{clause.ScopeAssets, "4(2)", clause.Descriptive},
	{clause.ScopeSystemsAndMedia, "4(2)ア", clause.Descriptive},
	{clause.ScopeInformation, "4(2)イ", clause.Descriptive},
	{clause.ScopeSystemDocuments, "4(2)ウ", clause.Descriptive},
	{clause.StaffCompliance, "5", clause.Firm},
	{clause.Measures, "6", clause.Firm},
	{clause.Organization, "6(1)", clause.Firm},
	{clause.AssetManagement, "6(2)", clause.Firm},
	{clause.Resilience, "6(3)", clause.Firm},
	{clause.MyNumberIsolation, "6(3)ア", clause.Firm},
	{clause.BusinessSeparation, "6(3)イ", clause.Firm},
	{clause.InternetBoundary, "6(3)ウ", clause.Firm},
	{clause.Physical, "6(4)", clause.Firm},
	{clause.Human, "6(5)", clause.Firm},
	{clause.Technical, "6(6)", clause.Effort},
	{clause.Operation, "6(7)", clause.Effort},
	{clause.Outsourcing, "6(8)", clause.Effort},
	{clause.Evaluation, "6(9)", clause.Firm},
	{clause.AuditAndSelfInspection, "7", clause.Firm},
	{clause.Review, "8", clause.Firm},
}

// notation is the policy's clause numbering: a section, an optional
// parenthesised item and an optional katakana sub-item.
var notation = regexp.MustCompile(`^[1-8](\([1-9][0-9]?\)[アイウ]?)?$`)

func TestClosedSetClauses(t *testing.T) {
	all := clause.All()
	if len(all) != 41 || len(policyClauses) != 41 {
		t.Fatalf("All() has %d clauses, the table %d; the policy has 41", len(all), len(policyClauses))
	}
	ja := map[string]clause.Clause{}
	en := map[string]clause.Clause{}
	for i, want := range policyClauses {
		c := all[i]
		if c != clause.Clause(i+1) || c != want.c {
			t.Errorf("All()[%d] = %d, want %d (constant for %s)", i, c, i+1, want.id)
		}
		if !c.Valid() {
			t.Errorf("clause %s is not Valid", want.id)
		}
		if got := c.String(); got != want.id {
			t.Errorf("Clause(%d).String() = %q, want %q", c, got, want.id)
		}
		if !notation.MatchString(want.id) {
			t.Errorf("clause id %q is not in the policy's notation", want.id)
		}
		if b, err := c.MarshalText(); err != nil || string(b) != want.id {
			t.Errorf("Clause(%d).MarshalText() = %q, %v; want %q", c, b, err, want.id)
		}
		if got, err := clause.Parse(want.id); err != nil || got != c {
			t.Errorf("Parse(%q) = %v, %v; want %d", want.id, got, err, c)
		}
		if got := clause.MustParse(want.id); got != c {
			t.Errorf("MustParse(%q) = %v", want.id, got)
		}
		for _, label := range []struct {
			lang, s string
			seen    map[string]clause.Clause
		}{{"Ja", c.Ja(), ja}, {"En", c.En(), en}} {
			switch prev, dup := label.seen[label.s]; {
			case label.s == "" || label.s == c.String():
				t.Errorf("clause %s has no %s title", want.id, label.lang)
			case dup:
				t.Errorf("clauses %s and %s share the %s title %q", prev, c, label.lang, label.s)
			}
			label.seen[label.s] = c
		}
	}
}

func TestClauseTitles(t *testing.T) {
	// Spot checks of the titles users print next to a citation.
	for _, c := range []struct {
		c      clause.Clause
		ja, en string
	}{
		{clause.Purpose, "目的", "Purpose"},
		{clause.DefSanitizedTransfer, "無害化通信", "Sanitized transfer (definition)"},
		{clause.MyNumberIsolation, "マイナンバー利用事務系の分離", "Isolation of the My Number zone"},
		{clause.InternetBoundary, "インターネット接続系のUTMによる監視", "UTM monitoring of the Internet zone"},
		{clause.Technical, "技術的セキュリティ", "Technical security"},
		{clause.Review, "情報セキュリティポリシーの見直し", "Revision of the policy"},
	} {
		if c.c.Ja() != c.ja || c.c.En() != c.en {
			t.Errorf("clause %s titles = %q / %q, want %q / %q", c.c, c.c.Ja(), c.c.En(), c.ja, c.en)
		}
	}
}

func TestClauseDuty(t *testing.T) {
	for _, want := range policyClauses {
		d := want.c.Duty()
		if !d.Valid() {
			t.Errorf("clause %s has invalid duty %v", want.id, d)
		}
		if d != want.duty {
			t.Errorf("clause %s Duty() = %v, want %v", want.id, d, want.duty)
		}
	}
	// The three effort duties are exactly 6(6), 6(7) and 6(8).
	var effort []string
	for _, c := range clause.All() {
		if c.Duty() == clause.Effort {
			effort = append(effort, c.String())
		}
	}
	if want := []string{"6(6)", "6(7)", "6(8)"}; !slices.Equal(effort, want) {
		t.Errorf("effort-duty clauses = %q, want %q", effort, want)
	}
	for _, c := range []clause.Clause{0, 42, 255} {
		if d := c.Duty(); d != 0 {
			t.Errorf("Clause(%d).Duty() = %v, want 0", c, d)
		}
	}
}

func TestClosedSetInvalidClause(t *testing.T) {
	for _, c := range []struct {
		c    clause.Clause
		want string
	}{{0, "clause.Clause(0)"}, {42, "clause.Clause(42)"}, {255, "clause.Clause(255)"}} {
		if c.c.Valid() {
			t.Errorf("Clause(%d) is Valid", c.c)
		}
		if got := c.c.String(); got != c.want {
			t.Errorf("Clause(%d).String() = %q, want %q", c.c, got, c.want)
		}
		if c.c.Ja() != c.want || c.c.En() != c.want {
			t.Errorf("Clause(%d) labels = %q / %q, want %q", c.c, c.c.Ja(), c.c.En(), c.want)
		}
		b, err := c.c.MarshalText()
		var pe *enum.ParseError
		if err == nil || b != nil || !errors.As(err, &pe) || !pe.Marshal || pe.Input != c.want {
			t.Errorf("Clause(%d).MarshalText() = %q, %v; want an error naming %q", c.c, b, err, c.want)
		}
	}
}

func TestParseRejects(t *testing.T) {
	for _, in := range []string{
		"", " 1", "1 ", "2", "4", "9", "0", "6(10)", "6(3)エ", "6(3)a", "6（3）ア", "6(3) ア",
		"６(3)ア", "2(14)", "3(6)", "4(3)", "6(6)ア", "clause.Clause(1)", "Purpose", "\xff", "6(3)\xe3\x82",
	} {
		c, err := clause.Parse(in)
		if err == nil {
			t.Errorf("Parse(%q) = %v, nil; want an error", in, c)
			continue
		}
		checkParseError(t, "Clause", in, err)
		if c != 0 {
			t.Errorf("Parse(%q) returned %v with its error", in, c)
		}
	}
	defer func() {
		if recover() == nil {
			t.Error("MustParse(\"6(10)\") did not panic")
		}
	}()
	clause.MustParse("6(10)")
}

func TestUnmarshalTextLeavesDestinationOnError(t *testing.T) {
	c := clause.Review
	if err := c.UnmarshalText([]byte("6(3)エ")); err == nil {
		t.Fatal("UnmarshalText(6(3)エ) succeeded")
	}
	if c != clause.Review {
		t.Errorf("failed UnmarshalText changed the clause to %v", c)
	}
	if err := c.UnmarshalText([]byte("6(3)ウ")); err != nil || c != clause.InternetBoundary {
		t.Errorf("UnmarshalText(6(3)ウ) = %v, clause %v", err, c)
	}
}

func TestClauseJSON(t *testing.T) {
	type cite struct {
		Clause clause.Clause `json:"clause"`
		Duty   clause.Duty   `json:"duty"`
	}
	in := cite{clause.BusinessSeparation, clause.Firm}
	b, err := json.Marshal(in)
	if err != nil {
		t.Fatal(err)
	}
	if want := `{"clause":"6(3)イ","duty":"firm"}`; string(b) != want {
		t.Errorf("json.Marshal = %s, want %s", b, want)
	}
	var out cite
	if err := json.Unmarshal(b, &out); err != nil || out != in {
		t.Errorf("json.Unmarshal(%s) = %+v, %v; want %+v", b, out, err, in)
	}
	if _, err := json.Marshal(cite{}); err == nil {
		t.Error("json.Marshal of an unset clause succeeded")
	}
	if err := json.Unmarshal([]byte(`{"clause":"6(3)エ"}`), &out); err == nil {
		t.Error("json.Unmarshal of an unknown clause succeeded")
	}
}

func TestClosedSetDuties(t *testing.T) {
	want := []struct {
		d          clause.Duty
		id, ja, en string
	}{
		{clause.Firm, "firm", "義務", "firm duty"},
		{clause.Effort, "effort", "努力義務", "effort duty"},
		{clause.Descriptive, "descriptive", "定義・範囲", "descriptive (no duty)"},
	}
	all := clause.Duties()
	if len(all) != len(want) {
		t.Fatalf("Duties() = %v, want %d kinds", all, len(want))
	}
	for i, w := range want {
		d := all[i]
		if d != clause.Duty(i+1) || d != w.d {
			t.Errorf("Duties()[%d] = %d, want %d", i, d, i+1)
		}
		if d.String() != w.id || d.Ja() != w.ja || d.En() != w.en {
			t.Errorf("Duty %d = %q/%q/%q, want %q/%q/%q", d, d.String(), d.Ja(), d.En(), w.id, w.ja, w.en)
		}
		for _, s := range []string{w.id, w.ja} {
			if got, err := clause.ParseDuty(s); err != nil || got != d {
				t.Errorf("ParseDuty(%q) = %v, %v; want %v", s, got, err, d)
			}
		}
		if b, err := d.MarshalText(); err != nil || string(b) != w.id {
			t.Errorf("Duty(%d).MarshalText() = %q, %v", d, b, err)
		}
	}
	for _, c := range []struct {
		d    clause.Duty
		want string
	}{{0, "clause.Duty(0)"}, {4, "clause.Duty(4)"}} {
		if c.d.Valid() || c.d.String() != c.want || c.d.Ja() != c.want || c.d.En() != c.want {
			t.Errorf("Duty(%d): Valid=%v String=%q Ja=%q En=%q; want invalid %q",
				c.d, c.d.Valid(), c.d.String(), c.d.Ja(), c.d.En(), c.want)
		}
		if b, err := c.d.MarshalText(); err == nil {
			t.Errorf("Duty(%d).MarshalText() = %q, nil; want an error", c.d, b)
		}
	}
	for _, in := range []string{"", "Firm", "FIRM", " firm", "firm duty", "努力", "must"} {
		_, err := clause.ParseDuty(in)
		checkParseError(t, "Duty", in, err)
	}
	d := clause.Effort
	if err := d.UnmarshalText([]byte("Effort")); err == nil || d != clause.Effort {
		t.Errorf("UnmarshalText(Effort) = %v, left %v; want an error and Effort unchanged", err, d)
	}
	if err := d.UnmarshalText([]byte("定義・範囲")); err != nil || d != clause.Descriptive {
		t.Errorf("UnmarshalText(定義・範囲) = %v, %v", err, d)
	}
}

// checkParseError checks err is the closed-set error for input in.
func checkParseError(t *testing.T, typ, in string, err error) {
	t.Helper()
	var pe *enum.ParseError
	if !errors.As(err, &pe) {
		t.Errorf("parsing %q as %s: error %v (%T) is not an enum.ParseError", in, typ, err, err)
		return
	}
	if pe.Pkg != "clause" || pe.Type != typ || pe.Input != in || pe.Marshal {
		t.Errorf("parsing %q as %s: error fields %+v", in, typ, pe)
	}
	if msg := err.Error(); !strings.HasPrefix(msg, "clause: ") || !strings.Contains(msg, strconv.Quote(in)) {
		t.Errorf("parsing %q as %s: message %q does not name the package and quote the input", in, typ, msg)
	}
}

// fuzzSeeds is every spelling the clause sets accept plus near misses.
func fuzzSeeds() []string {
	seeds := []string{
		"", " ", " 1", "1 ", "2", "4", "0", "9", "42", "6(10)", "6(3)エ", "6(3)a", "6（3）ア",
		"６(3)ア", "6(3) ア", "6(3)\xe3\x82", "\xff", "\x00", "clause.Clause(0)", "clause.Duty(1)",
		"Firm", "FIRM", " firm", "firm ", "mynumber", "zone:", "network:lgwan ", "2026-02-30",
	}
	for _, c := range clause.All() {
		seeds = append(seeds, c.String(), c.Ja(), c.En())
	}
	for _, d := range clause.Duties() {
		seeds = append(seeds, d.String(), d.Ja(), d.En())
	}
	return seeds
}

// fuzzEnum is what every closed set of this package provides.
type fuzzEnum interface {
	comparable
	Valid() bool
	String() string
	Ja() string
	MarshalText() ([]byte, error)
}

// checkParsed checks the outcome of parsing in as a member of a closed set:
// a success is a valid member spelled exactly (by wire id or Japanese
// label) that round-trips through MarshalText; a failure is a ParseError for
// the input, and UnmarshalText then leaves its destination unchanged.
func checkParsed[T fuzzEnum, PT interface {
	*T
	UnmarshalText([]byte) error
}](t *testing.T, typ, in string, parse func(string) (T, error), sentinel T) {
	var zero T
	v, err := parse(in)
	dst := sentinel
	uerr := PT(&dst).UnmarshalText([]byte(in))
	if err != nil {
		checkParseError(t, typ, in, err)
		if v != zero {
			t.Errorf("Parse(%q) returned %v with its error", in, v)
		}
		if uerr == nil || dst != sentinel {
			t.Errorf("UnmarshalText(%q) = %v and set %v; want an error and %v unchanged", in, uerr, dst, sentinel)
		}
		return
	}
	if !v.Valid() {
		t.Fatalf("Parse(%q) = %v, which is not Valid", in, v)
	}
	if in != v.String() && in != v.Ja() {
		t.Errorf("Parse(%q) = %v, but %q is neither its wire id nor its Japanese label", in, v, in)
	}
	b, err := v.MarshalText()
	if err != nil || string(b) != v.String() {
		t.Fatalf("MarshalText of %v = %q, %v", v, b, err)
	}
	if back, err := parse(string(b)); err != nil || back != v {
		t.Errorf("Parse(MarshalText(Parse(%q))) = %v, %v; want %v", in, back, err, v)
	}
	if uerr != nil || dst != v {
		t.Errorf("UnmarshalText(%q) = %v, %v; want %v", in, dst, uerr, v)
	}
}

func FuzzParse(f *testing.F) {
	for _, s := range fuzzSeeds() {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		checkParsed(t, "Clause", in, clause.Parse, clause.Review)
	})
}

func FuzzParseDuty(f *testing.F) {
	for _, s := range fuzzSeeds() {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		checkParsed(t, "Duty", in, clause.ParseDuty, clause.Effort)
	})
}

// Titles are descriptions, not names: only the clause number parses.
func TestParseAcceptsNumbersOnly(t *testing.T) {
	for _, title := range []string{"目的", "UTM", "無害化通信", "Purpose"} {
		if c, err := clause.Parse(title); err == nil {
			t.Errorf("Parse(%q) = %s, want an error", title, c)
		}
	}
}
