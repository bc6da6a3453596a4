package policy

import (
	"slices"

	"github.com/jichitai-sec/policy/asset"
	"github.com/jichitai-sec/policy/clause"
	"github.com/jichitai-sec/policy/control"
	"github.com/jichitai-sec/policy/date"
	"github.com/jichitai-sec/policy/field"
	"github.com/jichitai-sec/policy/finding"
	"github.com/jichitai-sec/policy/lang"
	"github.com/jichitai-sec/policy/threat"
	"github.com/jichitai-sec/policy/vendors"
	"github.com/jichitai-sec/policy/zone"
)

// Report is the evaluation of one document on one date.
type Report struct {
	Version      string       `json:"version"`      // the document's format version
	Organization string       `json:"organization"` // the organization's name
	Variant      Variant      `json:"variant"`
	Scheme       asset.Scheme `json:"scheme"`
	AsOf         date.Date    `json:"asOf"`
	// Complies is true when no finding is an error.
	Complies bool `json:"complies"`
	// Findings are every finding, gravest first, then by clause in the
	// policy's order, rule, the ids involved and the path: the same order
	// whatever the order of the document's lists.
	Findings []finding.Finding `json:"findings"`
	Summary  Summary           `json:"summary"`
	// Threats lists, per asset in the order of the document, the threats
	// of clause 3 its kind meets (threat.ForKind).
	Threats []AssetThreats `json:"threats"`
}

// Summary counts the findings by severity and by clause.
type Summary struct {
	Total    Counts        `json:"total"`
	ByClause []ClauseCount `json:"byClause"` // the clauses cited, in the policy's order
	Raised   int           `json:"raised"`   // findings whose severity the document raised
}

// Counts are numbers of findings by severity.
type Counts struct {
	Errors   int `json:"errors"`   // findings of severity error
	Warnings int `json:"warnings"` // findings of severity warning
	Info     int `json:"info"`     // findings of severity info
}

// ClauseCount is the counts of the findings citing one clause.
type ClauseCount struct {
	Clause clause.Clause `json:"clause"`
	Counts
}

// AssetThreats is the threats one asset meets.
type AssetThreats struct {
	Asset   string          `json:"asset"`   // the asset's id
	Path    field.Path      `json:"path"`    // the asset's JSON Pointer in the document
	Threats []threat.Threat `json:"threats"` // the threats its kind meets, in catalog order
}

// Evaluate judges doc on asOf against the policy and returns every
// finding: the verdict on every link of the topology and the leaks out of
// the My Number zone (zone), classification, derivation and zone fit
// (asset), required controls and their gaps (control), outsourcing, cloud
// services and social media accounts (vendors), the review triggers
// of clause 8 (control), with the organization's raised severities applied.
// It is pure and deterministic, and fails closed: a document that is not
// well-formed (Document.Validate) is refused with its problems.
func Evaluate(doc Document, asOf date.Date) (Report, error) {
	required := doc.required()
	if errs := doc.validate(false, required); len(errs) > 0 { // the rest is validated by the analyses below
		return Report{}, errs
	}
	if asOf.IsZero() {
		return Report{}, field.List{field.Required(field.Root, lang.Of("判定日（asOf）が必要", "an as-of date is needed to evaluate"))}
	}
	leaks, err := zone.FindLeaks(doc.Topology, doc.Exceptions, asOf, pathTopology)
	if err != nil {
		return Report{}, err
	}
	af, err := asset.Check(doc.Assets, doc.Scheme, pathAssets)
	if err != nil {
		return Report{}, err
	}
	vf, err := vendors.Check(doc.Vendors, doc.refs(), asOf,
		vendors.Options{ConfirmEveryMonths: doc.Intervals.ContractorConfirmationMonths}, pathVendors)
	if err != nil {
		return Report{}, err
	}
	assessed, _ := control.AssessRisks(doc.Risks, doc.Assets, doc.Scheme, pathRisks)
	// The analyses' findings in one allocation of their total size: a
	// document can have a million of them.
	out := slices.Concat(
		leaks.LinkFindings(pathTopology),
		leaks.Findings(pathTopology),
		af,
		control.Gaps(required, doc.Records, asOf, control.GapOptions{
			RecordsAt: pathRecords, CheckEveryMonths: doc.Intervals.RecordCheckMonths}),
		vf,
		control.ReviewDue(control.ReviewInput{
			LastReview:  doc.LastReview,
			Evaluations: doc.Evaluations, EvaluationsAt: pathEvaluations,
			Changes: doc.Changes, ChangesAt: pathChanges,
			Risks: assessed, RisksAt: pathRisks,
			EvaluateEveryMonths: doc.Intervals.EvaluationMonths,
		}, asOf))

	raised := raise(out, doc.Severity)
	sortFindings(out)
	r := Report{
		Version: doc.Version, Organization: doc.Organization.Name, Variant: doc.Variant, Scheme: doc.Scheme,
		AsOf: asOf, Findings: out, Summary: summarize(out), Threats: threatsOf(doc.Assets),
	}
	r.Summary.Raised = raised
	r.Complies = r.Summary.Total.Errors == 0
	if r.Findings == nil {
		r.Findings = []finding.Finding{}
	}
	return r, nil
}

// raise applies the severity settings, never lowering one, and returns how
// many findings it raised.
func raise(fs []finding.Finding, raises []Raise) int {
	if len(raises) == 0 {
		return 0
	}
	to := make(map[string]finding.Severity, len(raises))
	for _, r := range raises {
		to[r.Rule] = r.To
	}
	n := 0
	for i := range fs {
		s, ok := to[fs[i].Rule]
		if ok && s < fs[i].Severity { // Error < Warning < Info: smaller is graver
			fs[i].RaisedFrom, fs[i].Severity = fs[i].Severity, s
			n++
		}
	}
	return n
}

func summarize(fs []finding.Finding) Summary {
	var s Summary
	byClause := map[clause.Clause]*Counts{}
	for _, f := range fs {
		c := byClause[f.Clause]
		if c == nil {
			c = &Counts{}
			byClause[f.Clause] = c
		}
		for _, k := range [...]*Counts{&s.Total, c} {
			switch f.Severity {
			case finding.Error:
				k.Errors++
			case finding.Warning:
				k.Warnings++
			default:
				k.Info++
			}
		}
	}
	for _, c := range clause.All() {
		if k := byClause[c]; k != nil {
			s.ByClause = append(s.ByClause, ClauseCount{Clause: c, Counts: *k})
		}
	}
	return s
}

func threatsOf(assets []asset.Asset) []AssetThreats {
	out := make([]AssetThreats, len(assets))
	for i := range assets {
		out[i] = AssetThreats{Asset: assets[i].ID, Path: pathAssets.Index(i), Threats: threat.ForKind(assets[i].Kind)}
	}
	return out
}
