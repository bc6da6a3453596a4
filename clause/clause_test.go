package clause_test

import (
	"errors"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/jichitai-sec/policy/clause"
	"github.com/jichitai-sec/policy/internal/enum/enumtest"
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

// clauseSet is the documented shape of Clause: its wire ids are clause
// numbers (the documented exception to kebab-case) and its labels are
// titles, which Parse does not take.
var clauseSet = enumtest.Set[clause.Clause]{
	Name:      "clause.Clause",
	All:       clause.All(),
	IDs:       ids(),
	Parse:     clause.Parse,
	Described: true,
	AnyID:     true,
}

func ids() []string {
	out := make([]string, len(policyClauses))
	for i, c := range policyClauses {
		out[i] = c.id
	}
	return out
}

func TestClosedSetClause(t *testing.T) { enumtest.Check(t, clauseSet) }

func TestClauseTable(t *testing.T) {
	all := clause.All()
	if len(all) != 41 || len(policyClauses) != 41 {
		t.Fatalf("All() has %d clauses, the table %d; the policy has 41", len(all), len(policyClauses))
	}
	for i, want := range policyClauses {
		c := all[i]
		if c != clause.Clause(i+1) || c != want.c {
			t.Errorf("All()[%d] = %d, want %d (constant for %s)", i, c, i+1, want.id)
		}
		if got := c.String(); got != want.id {
			t.Errorf("Clause(%d).String() = %q, want %q", c, got, want.id)
		}
		if !notation.MatchString(want.id) {
			t.Errorf("clause id %q is not in the policy's notation", want.id)
		}
		if got := clause.MustParse(want.id); got != c {
			t.Errorf("MustParse(%q) = %v", want.id, got)
		}
		// A title is never the bare number.
		if c.Ja() == want.id || c.En() == want.id {
			t.Errorf("clause %s has its number for a title (%q / %q)", want.id, c.Ja(), c.En())
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
	byDuty := map[clause.Duty][]string{}
	for _, c := range clause.All() {
		byDuty[c.Duty()] = append(byDuty[c.Duty()], c.String())
	}
	// The three effort duties are exactly 6(6), 6(7) and 6(8).
	if want := []string{"6(6)", "6(7)", "6(8)"}; !slices.Equal(byDuty[clause.Effort], want) {
		t.Errorf("effort-duty clauses = %q, want %q", byDuty[clause.Effort], want)
	}
	// Purpose, the definitions, the threats and the scope impose none.
	for _, id := range byDuty[clause.Descriptive] {
		if id != "1" && !strings.ContainsAny(id[:1], "234") {
			t.Errorf("descriptive clause %s is not the purpose, a definition, a threat or the scope", id)
		}
	}
	if n := len(byDuty[clause.Descriptive]); n != 25 {
		t.Errorf("%d descriptive clauses, want 25 (1, 2(1)–2(13), 3, 3(1)–3(5), 4(1), 4(2), 4(2)ア–ウ)", n)
	}
	if n := len(byDuty[clause.Firm]); n != 13 {
		t.Errorf("%d firm clauses, want 13 (5, 6, 6(1)–6(5) with 6(3)ア–ウ, 6(9), 7, 8)", n)
	}
	for _, c := range []clause.Clause{0, 42, 255} {
		if d := c.Duty(); d != 0 {
			t.Errorf("Clause(%d).Duty() = %v, want 0", c, d)
		}
	}
}

func TestInvalidClause(t *testing.T) {
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
		var me *clause.MarshalError
		if b != nil || !errors.As(err, &me) || me.Pkg != "clause" || me.Type != "Clause" || me.Value != c.want {
			t.Errorf("Clause(%d).MarshalText() = %q, %v; want a *MarshalError naming %q", c.c, b, err, c.want)
		}
	}
}
