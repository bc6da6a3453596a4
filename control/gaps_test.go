package control_test

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/jichitai-sec/policy/asset"
	"github.com/jichitai-sec/policy/clause"
	"github.com/jichitai-sec/policy/control"
	"github.com/jichitai-sec/policy/date"
	"github.com/jichitai-sec/policy/field"
	"github.com/jichitai-sec/policy/finding"
	"github.com/jichitai-sec/policy/zone"
)

var asOf = date.MustParse("2026-06-01")

// req is the requirement of control c for the asset with the given id at
// path p, as Required would make it.
func req(c control.Control, id string, p field.Path) control.Requirement {
	return control.Requirement{Control: c, Clause: c.Clause(), Asset: id, Owner: asset.Administrator, Path: p, Reason: control.ReasonKind}
}

// orgReq is the organization's requirement of control c.
func orgReq(c control.Control) control.Requirement {
	return control.Requirement{Control: c, Clause: c.Clause(), Path: "/organization", Reason: control.ReasonOrganization}
}

func implemented(c control.Control, id string) control.Record {
	return control.Record{Control: c, Asset: id, Status: control.StatusImplemented, CheckedOn: asOf.AddDays(-30)}
}

// gapFinding is what a test row expects of a finding; the text is checked
// apart.
type gapFinding struct {
	Rule     string
	Severity finding.Severity
	Clause   clause.Clause
	Also     []clause.Clause
	Path     field.Path
	IDs      []string
}

func summary(fs []finding.Finding) []gapFinding {
	var out []gapFinding
	for _, f := range fs {
		out = append(out, gapFinding{f.Rule, f.Severity, f.Clause, f.Also, f.Path, f.IDs})
	}
	return out
}

// TestGaps: one row per gap rule, and per way a record meets a
// requirement, each asserting the rule id, the severity (a firm control
// missing is an error, an effort control a warning, a plan not yet due
// information), the clause cited, the path and the ids.
func TestGaps(t *testing.T) {
	two := req(control.MyNumberTwoFactor, "mn-1", "/assets/0") // 6(3)ア, firm, not waivable
	mal := req(control.TechMalware, "biz-1", "/assets/1")      // 6(6), effort, waivable
	phys := req(control.PhysAreaEntry, "room", "/assets/2")    // 6(4), firm, waivable
	ciso := orgReq(control.OrgCISO)                            // 6(1), firm, organization
	self := orgReq(control.EvalSelfInspection)                 // 7, firm, organization
	stale := control.GapOptions{RecordsAt: "/records", CheckEveryMonths: 12}
	never := control.Record{Control: control.MyNumberTwoFactor, Asset: "mn-1", Status: control.StatusImplemented}
	tests := []struct {
		name     string
		required []control.Requirement
		records  []control.Record
		opts     control.GapOptions
		want     []gapFinding
	}{
		{"firm control missing: error at the requirement", []control.Requirement{two}, nil, stale,
			[]gapFinding{{"control-missing", finding.Error, clause.MyNumberIsolation, nil, "/assets/0", []string{"mynumber-two-factor", "mn-1"}}}},
		{"effort control missing: warning", []control.Requirement{mal}, nil, stale,
			[]gapFinding{{"control-missing", finding.Warning, clause.Technical, nil, "/assets/1", []string{"tech-malware", "biz-1"}}}},
		{"organization control missing: at the organization, its id alone", []control.Requirement{ciso}, nil, stale,
			[]gapFinding{{"control-missing", finding.Error, clause.Organization, nil, "/organization", []string{"org-ciso"}}}},
		{"a record for another asset does not count", []control.Requirement{two}, []control.Record{implemented(control.MyNumberTwoFactor, "mn-2")}, stale,
			[]gapFinding{{"control-missing", finding.Error, clause.MyNumberIsolation, nil, "/assets/0", []string{"mynumber-two-factor", "mn-1"}}}},
		{"a record of another control does not count", []control.Requirement{two}, []control.Record{implemented(control.MyNumberNoTakeout, "mn-1")}, stale,
			[]gapFinding{{"control-missing", finding.Error, clause.MyNumberIsolation, nil, "/assets/0", []string{"mynumber-two-factor", "mn-1"}}}},
		{"implemented and checked: nothing", []control.Requirement{two, mal, ciso}, []control.Record{
			implemented(control.OrgCISO, ""), implemented(control.MyNumberTwoFactor, "mn-1"), implemented(control.TechMalware, "biz-1")}, stale, nil},
		{"partial: at the record's status", []control.Requirement{two}, []control.Record{
			implemented(control.OrgCISO, ""), {Control: control.MyNumberTwoFactor, Asset: "mn-1", Status: control.StatusPartial}}, stale,
			[]gapFinding{{"control-partial", finding.Error, clause.MyNumberIsolation, nil, "/records/1/status", []string{"mynumber-two-factor", "mn-1"}}}},
		{"partial effort control: warning", []control.Requirement{mal}, []control.Record{
			{Control: control.TechMalware, Asset: "biz-1", Status: control.StatusPartial}}, stale,
			[]gapFinding{{"control-partial", finding.Warning, clause.Technical, nil, "/records/0/status", []string{"tech-malware", "biz-1"}}}},
		{"planned, not yet due: information", []control.Requirement{two}, []control.Record{
			{Control: control.MyNumberTwoFactor, Asset: "mn-1", Status: control.StatusPlanned, Target: asOf.AddDays(1)}}, stale,
			[]gapFinding{{"control-planned", finding.Info, clause.MyNumberIsolation, nil, "/records/0/target", []string{"mynumber-two-factor", "mn-1"}}}},
		{"planned for today: not yet overdue", []control.Requirement{mal}, []control.Record{
			{Control: control.TechMalware, Asset: "biz-1", Status: control.StatusPlanned, Target: asOf}}, stale,
			[]gapFinding{{"control-planned", finding.Info, clause.Technical, nil, "/records/0/target", []string{"tech-malware", "biz-1"}}}},
		{"planned, overdue: severity of the clause", []control.Requirement{two}, []control.Record{
			{Control: control.MyNumberTwoFactor, Asset: "mn-1", Status: control.StatusPlanned, Target: asOf.AddDays(-1)}}, stale,
			[]gapFinding{{"control-planned-overdue", finding.Error, clause.MyNumberIsolation, nil, "/records/0/target", []string{"mynumber-two-factor", "mn-1"}}}},
		{"planned effort control, overdue: warning", []control.Requirement{mal}, []control.Record{
			{Control: control.TechMalware, Asset: "biz-1", Status: control.StatusPlanned, Target: date.MustParse("2025-04-01")}}, stale,
			[]gapFinding{{"control-planned-overdue", finding.Warning, clause.Technical, nil, "/records/0/target", []string{"tech-malware", "biz-1"}}}},
		{"planned without a date: overdue", []control.Requirement{two}, []control.Record{
			{Control: control.MyNumberTwoFactor, Asset: "mn-1", Status: control.StatusPlanned}}, stale,
			[]gapFinding{{"control-planned-overdue", finding.Error, clause.MyNumberIsolation, nil, "/records/0/target", []string{"mynumber-two-factor", "mn-1"}}}},
		{"not applicable, not waivable: at the status", []control.Requirement{two}, []control.Record{
			{Control: control.MyNumberTwoFactor, Asset: "mn-1", Status: control.StatusNotApplicable, Justification: "端末は生体認証に対応しない"}}, stale,
			[]gapFinding{{"control-not-waivable", finding.Error, clause.MyNumberIsolation, nil, "/records/0/status", []string{"mynumber-two-factor", "mn-1"}}}},
		{"not applicable organization control, not waivable", []control.Requirement{ciso}, []control.Record{
			{Control: control.OrgCISO, Status: control.StatusNotApplicable, Justification: "小規模のため"}}, stale,
			[]gapFinding{{"control-not-waivable", finding.Error, clause.Organization, nil, "/records/0/status", []string{"org-ciso"}}}},
		{"not applicable without a justification: at the justification", []control.Requirement{mal}, []control.Record{
			{Control: control.TechMalware, Asset: "biz-1", Status: control.StatusNotApplicable, Justification: " \t"}}, stale,
			[]gapFinding{{"control-waiver-unjustified", finding.Warning, clause.Technical, nil, "/records/0/justification", []string{"tech-malware", "biz-1"}}}},
		{"not applicable firm control without a justification: error", []control.Requirement{phys}, []control.Record{
			{Control: control.PhysAreaEntry, Asset: "room", Status: control.StatusNotApplicable}}, stale,
			[]gapFinding{{"control-waiver-unjustified", finding.Error, clause.Physical, nil, "/records/0/justification", []string{"phys-area-entry", "room"}}}},
		{"not applicable with a justification: nothing", []control.Requirement{mal}, []control.Record{
			{Control: control.TechMalware, Asset: "biz-1", Status: control.StatusNotApplicable, Justification: "専用機器でソフトウェアを導入できない"}}, stale, nil},
		{"never checked: stale, citing 7 too", []control.Requirement{two}, []control.Record{never}, stale,
			[]gapFinding{{"control-check-stale", finding.Error, clause.MyNumberIsolation, []clause.Clause{clause.AuditAndSelfInspection}, "/records/0/checkedOn", []string{"mynumber-two-factor", "mn-1"}}}},
		{"checked too long ago: stale", []control.Requirement{mal}, []control.Record{
			{Control: control.TechMalware, Asset: "biz-1", Status: control.StatusImplemented, CheckedOn: date.MustParse("2025-05-31")}}, stale,
			[]gapFinding{{"control-check-stale", finding.Warning, clause.Technical, []clause.Clause{clause.AuditAndSelfInspection}, "/records/0/checkedOn", []string{"tech-malware", "biz-1"}}}},
		{"checked exactly an interval ago: not stale", []control.Requirement{mal}, []control.Record{
			{Control: control.TechMalware, Asset: "biz-1", Status: control.StatusImplemented, CheckedOn: date.MustParse("2025-06-01")}}, stale, nil},
		{"stale self-inspection: 7 is not cited twice", []control.Requirement{self}, []control.Record{
			{Control: control.EvalSelfInspection, Status: control.StatusImplemented}}, stale,
			[]gapFinding{{"control-check-stale", finding.Error, clause.AuditAndSelfInspection, nil, "/records/0/checkedOn", []string{"eval-self-inspection"}}}},
		{"no interval set: never checked is not stale", []control.Requirement{two}, []control.Record{never}, control.GapOptions{RecordsAt: "/records"}, nil},
		{"negative interval: not judged", []control.Requirement{two}, []control.Record{never}, control.GapOptions{RecordsAt: "/records", CheckEveryMonths: -1}, nil},
		{"unknown status: missing, at the status", []control.Requirement{two}, []control.Record{
			{Control: control.MyNumberTwoFactor, Asset: "mn-1", Status: control.Status(77)}}, stale,
			[]gapFinding{{"control-missing", finding.Error, clause.MyNumberIsolation, nil, "/records/0/status", []string{"mynumber-two-factor", "mn-1"}}}},
		{"organization-wide record covers the asset", []control.Requirement{mal}, []control.Record{
			{Control: control.TechMalware, Status: control.StatusPartial}}, stale,
			[]gapFinding{{"control-partial", finding.Warning, clause.Technical, nil, "/records/0/status", []string{"tech-malware", "biz-1"}}}},
		{"asset record takes precedence over the organization's (asset implemented)", []control.Requirement{mal}, []control.Record{
			{Control: control.TechMalware, Status: control.StatusPartial}, implemented(control.TechMalware, "biz-1")}, stale, nil},
		{"asset record takes precedence over the organization's (asset partial)", []control.Requirement{mal}, []control.Record{
			implemented(control.TechMalware, ""), {Control: control.TechMalware, Asset: "biz-1", Status: control.StatusPartial}}, stale,
			[]gapFinding{{"control-partial", finding.Warning, clause.Technical, nil, "/records/1/status", []string{"tech-malware", "biz-1"}}}},
		{"a record nothing requires: nothing", nil, []control.Record{{Control: control.TechMalware, Asset: "biz-1", Status: control.StatusPartial}}, stale, nil},
		{"the records' path is the caller's", []control.Requirement{mal}, []control.Record{
			{Control: control.TechMalware, Asset: "biz-1", Status: control.StatusPartial}}, control.GapOptions{RecordsAt: "/documents/2/records"},
			[]gapFinding{{"control-partial", finding.Warning, clause.Technical, nil, "/documents/2/records/0/status", []string{"tech-malware", "biz-1"}}}},
		{"in the order of the requirements, one finding each", []control.Requirement{mal, two, ciso}, []control.Record{
			{Control: control.MyNumberTwoFactor, Asset: "mn-1", Status: control.StatusPartial}}, stale,
			[]gapFinding{
				{"control-missing", finding.Warning, clause.Technical, nil, "/assets/1", []string{"tech-malware", "biz-1"}},
				{"control-partial", finding.Error, clause.MyNumberIsolation, nil, "/records/0/status", []string{"mynumber-two-factor", "mn-1"}},
				{"control-missing", finding.Error, clause.Organization, nil, "/organization", []string{"org-ciso"}},
			}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fs := control.Gaps(tt.required, tt.records, asOf, tt.opts)
			if diff := cmp.Diff(tt.want, summary(fs)); diff != "" {
				t.Errorf("Gaps (-want +got):\n%s", diff)
			}
			for _, f := range fs {
				r, err := control.ParseRule(f.Rule)
				if err != nil {
					t.Fatalf("finding names unknown rule %q", f.Rule)
				}
				if !strings.HasPrefix(f.Text.Ja, r.Ja()) || !strings.HasPrefix(f.Text.En, r.En()) {
					t.Errorf("text %v does not start with the rule's description", f.Text)
				}
				c := control.MustParse(f.IDs[0])
				if !strings.Contains(f.Text.Ja, c.Ja()) || !strings.Contains(f.Text.En, c.En()) {
					t.Errorf("text %v does not name the control %s", f.Text, c)
				}
			}
		})
	}
}

// TestGapsAfterRequired: the whole chain on a small register, findings in
// the order of the requirements, each at the asset's own path.
func TestGapsAfterRequired(t *testing.T) {
	as := []asset.Asset{mnSystem("mn-1"), mk("web", asset.InformationSystem, zone.InternetZone, low)}
	required := append(control.OrganizationRequired("/organization"), control.RequiredAll(as, asset.Guideline2024, "/assets")...)
	var records []control.Record
	for _, q := range required {
		records = append(records, implemented(q.Control, q.Asset))
	}
	if fs := control.Gaps(required, records, asOf, control.GapOptions{RecordsAt: "/records", CheckEveryMonths: 12}); len(fs) != 0 {
		t.Fatalf("every requirement recorded and checked, yet findings: %v", fs)
	}
	// Drop the record of the Internet boundary: one error at the web system.
	var without []control.Record
	for _, r := range records {
		if r.Control != control.InternetBoundary {
			without = append(without, r)
		}
	}
	fs := control.Gaps(required, without, asOf, control.GapOptions{RecordsAt: "/records", CheckEveryMonths: 12})
	want := []gapFinding{{"control-missing", finding.Error, clause.InternetBoundary, nil, "/assets/1", []string{"internet-boundary", "web"}}}
	if diff := cmp.Diff(want, summary(fs)); diff != "" {
		t.Errorf("Gaps without the boundary record (-want +got):\n%s", diff)
	}
}

// TestRuleClauses: the gap rules cite 6 (each finding cites its control's
// own clause instead), the staleness rule 7 besides, and the review rules
// 8; each rule's description is in both languages.
func TestRuleClauses(t *testing.T) {
	want := map[control.Rule][2]clause.Clause{
		control.RuleMissing: {clause.Measures, 0}, control.RulePartial: {clause.Measures, 0},
		control.RulePlanned: {clause.Measures, 0}, control.RulePlannedOverdue: {clause.Measures, 0},
		control.RuleWaiverUnjustified: {clause.Measures, 0}, control.RuleNotWaivable: {clause.Measures, 0},
		control.RuleCheckStale:              {clause.Measures, clause.AuditAndSelfInspection},
		control.RuleReviewAfterFindings:     {clause.Review, clause.AuditAndSelfInspection},
		control.RuleReviewChangedConditions: {clause.Review, 0},
		control.RuleReviewUntreatedRisk:     {clause.Review, 0},
		control.RuleReviewNoEvaluation:      {clause.Review, clause.AuditAndSelfInspection},
	}
	for _, r := range control.Rules() {
		w, ok := want[r]
		if !ok {
			t.Errorf("rule %s has no expectation here", r)
			continue
		}
		if r.Clause() != w[0] || r.Also() != w[1] {
			t.Errorf("%s cites %v, %v; want %v, %v", r, r.Clause(), r.Also(), w[0], w[1])
		}
	}
	if control.Rule(0).Clause() != 0 || control.Rule(0).Also() != 0 || control.Rule(99).Clause() != 0 {
		t.Error("an invalid rule cites a clause")
	}
}
