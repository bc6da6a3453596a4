package policy

import (
	"strings"

	"github.com/jichitai-sec/policy/asset"
	"github.com/jichitai-sec/policy/control"
	"github.com/jichitai-sec/policy/field"
	"github.com/jichitai-sec/policy/finding"
	"github.com/jichitai-sec/policy/lang"
	"github.com/jichitai-sec/policy/vendors"
	"github.com/jichitai-sec/policy/zone"
)

// Paths of the document's parts, under which every problem and finding is
// reported.
var (
	pathVersion      = field.Root.Child("version")
	pathOrganization = field.Root.Child("organization")
	pathScheme       = field.Root.Child("scheme")
	pathVariant      = field.Root.Child("variant")
	pathEffectiveOn  = field.Root.Child("effectiveOn")
	pathIntervals    = field.Root.Child("intervals")
	pathTopology     = field.Root.Child("topology")
	pathAssets       = field.Root.Child("assets")
	pathExceptions   = field.Root.Child("exceptions")
	pathRecords      = field.Root.Child("records")
	pathVendors      = field.Root.Child("vendors")
	pathEvaluations  = field.Root.Child("evaluations")
	pathRisks        = field.Root.Child("risks")
	pathChanges      = field.Root.Child("changes")
	pathSeverity     = field.Root.Child("severity")
)

// Validate reports every problem that keeps doc from being well-formed, each
// at its JSON Pointer path; Decode calls it on what it has read. A Document
// built in Go should pass it before Evaluate.
func (doc *Document) Validate() field.List { return doc.validate(true, doc.required()) }

// validate is Validate; with parts false it leaves out the topology, the
// assets and the vendor register, which Evaluate's analyses of them
// (zone.FindLeaks, asset.Check, vendors.Check) validate themselves, so that
// Evaluate fails closed without validating them twice. required is
// doc.required(), which Evaluate also needs.
func (doc *Document) validate(parts bool, required []control.Requirement) field.List {
	var errs field.List
	switch {
	case doc.Version == "":
		errs = append(errs, field.Required(pathVersion, lang.Of("形式の版（\"1\"）が必要", `the document states its format version ("1")`)))
	case doc.Version != FormatVersion:
		errs = append(errs, field.Invalid(pathVersion, doc.Version, lang.Of("この版のライブラリが読める形式は\"1\"", `this library reads format version "1"`)))
	}
	errs = append(errs, doc.Organization.validate(pathOrganization)...)
	errs = append(errs, asset.ValidateScheme(doc.Scheme, pathScheme)...)
	switch {
	case doc.Variant == 0:
		errs = append(errs, field.Required(pathVariant, lang.Of("三層の対策のモデル（α・β・β′・α′）が必要", "the document states its variant of the three-tier model")))
	case !doc.Variant.Valid():
		errs = append(errs, field.NotSupported(pathVariant, doc.Variant, Variants()))
	}
	if doc.EffectiveOn.IsZero() {
		errs = append(errs, field.Required(pathEffectiveOn, lang.Of("ポリシーの施行日が必要", "the document states when its policy took effect")))
	}
	errs = append(errs, doc.Intervals.validate(pathIntervals)...)

	if parts {
		errs = append(errs, doc.partProblems()...)
	}
	errs = append(errs, doc.nodeAssets()...)
	errs = append(errs, zone.ValidateExceptions(doc.Exceptions, doc.Topology.Nodes, pathExceptions)...)
	errs = append(errs, control.ValidateRecords(doc.Records, doc.Assets, pathRecords)...)
	errs = append(errs, control.ValidateEvaluations(doc.Evaluations, required, pathEvaluations)...)
	if _, problems := control.AssessRisks(doc.Risks, doc.Assets, doc.Scheme, pathRisks); len(problems) > 0 {
		errs = append(errs, problems...)
	}
	errs = append(errs, control.ValidateChanges(doc.Changes, pathChanges)...)
	errs = append(errs, validateRaises(doc.Severity, pathSeverity)...)
	return errs
}

// partProblems validates the topology, the assets and the vendor register.
func (doc *Document) partProblems() field.List {
	errs := doc.Topology.Validate(pathTopology)
	if doc.Scheme.Valid() {
		errs = append(errs, asset.Validate(doc.Assets, doc.Scheme, pathAssets)...)
	} else {
		// The scheme's own problem is reported at /scheme; the assets are
		// still checked for everything else.
		for _, e := range asset.Validate(doc.Assets, asset.Guideline2024, pathAssets) {
			if !strings.HasSuffix(string(e.Path), "/confidentiality") {
				errs = append(errs, e)
			}
		}
	}
	return append(errs, vendors.Validate(doc.Vendors, doc.refs(), pathVendors)...)
}

// refs is what the vendor register refers to.
func (doc *Document) refs() vendors.Refs {
	return vendors.Refs{Assets: doc.Assets, Scheme: doc.Scheme, Exceptions: doc.Exceptions}
}

// required returns the controls the policy requires of the organization
// and of each of its assets (control.Requirements): the checklist the
// evaluations answer, and what the records are judged against.
func (doc *Document) required() []control.Requirement {
	return control.Requirements(doc.Assets, doc.Scheme, pathOrganization, pathAssets)
}

func (o *Organization) validate(at field.Path) field.List {
	var errs field.List
	if strings.TrimSpace(o.Name) == "" {
		errs = append(errs, field.Required(at.Child("name"), lang.Of("団体の名称が必要", "the organization needs a name")))
	}
	if len(o.Bodies) == 0 {
		errs = append(errs, field.Required(at.Child("bodies"), lang.Of("ポリシーが適用される機関（4(1)）が必要", "the bodies the policy covers (4(1)) are listed")))
	}
	seen := map[asset.Unit]bool{}
	for i, u := range o.Bodies {
		p := at.Child("bodies").Index(i)
		switch {
		case !u.Valid():
			errs = append(errs, field.NotSupported(p, u, asset.Units()))
		case seen[u]:
			errs = append(errs, field.Duplicate(p, u.String(), lang.Of("同じ機関が既にある", "this body is already listed")))
		}
		seen[u] = true
	}
	return errs
}

func (iv *Intervals) validate(at field.Path) field.List {
	var errs field.List
	for _, x := range [...]struct {
		name   string
		months int
	}{
		{"recordCheckMonths", iv.RecordCheckMonths},
		{"evaluationMonths", iv.EvaluationMonths},
		{"contractorConfirmationMonths", iv.ContractorConfirmationMonths},
	} {
		switch {
		case x.months == 0:
			errs = append(errs, field.Required(at.Child(x.name), lang.Of("間隔（月数）が必要", "an interval in months is needed")))
		case x.months < 0 || x.months > 120:
			errs = append(errs, field.Invalid(at.Child(x.name), itoa(x.months), lang.Of("1～120か月で指定する", "between 1 and 120 months")))
		}
	}
	return errs
}

// nodeAssets checks the nodes that name an asset: the asset exists, and
// where both state a zone, they agree. A disagreement is reported at both
// paths, since either may be the one that is wrong.
func (doc *Document) nodeAssets() field.List {
	var errs field.List
	index := make(map[string]int, len(doc.Assets))
	for i := range doc.Assets {
		if _, dup := index[doc.Assets[i].ID]; !dup {
			index[doc.Assets[i].ID] = i
		}
	}
	named := map[string]int{}
	for i, n := range doc.Topology.Nodes {
		if n.Asset == "" {
			continue
		}
		p := pathTopology.Child("nodes").Index(i).Child("asset")
		j, ok := index[n.Asset]
		if !ok {
			errs = append(errs, field.NotFound(p, n.Asset, lang.Of("このIDの情報資産がない", "no asset has this id")))
			continue
		}
		if k, dup := named[n.Asset]; dup {
			errs = append(errs, field.Duplicate(p, n.Asset, lang.Of(
				"同じ情報資産を別のノード（"+string(pathTopology.Child("nodes").Index(k))+"）が既に指している",
				"node "+string(pathTopology.Child("nodes").Index(k))+" already stands for this asset")))
			continue
		}
		named[n.Asset] = i
		a := &doc.Assets[j]
		if z := n.At.Zone(); z != 0 && a.Zone != 0 && z != a.Zone {
			detail := lang.Of("ノードの領域（"+z.Ja()+"）と情報資産の領域（"+a.Zone.Ja()+"）が一致しない",
				"the node is in the "+z.En()+" but its asset says the "+a.Zone.En())
			errs = append(errs,
				field.Invalid(pathTopology.Child("nodes").Index(i).Child("at"), n.At.String(), detail),
				field.Invalid(pathAssets.Index(j).Child("zone"), a.Zone.String(), detail))
		}
	}
	return errs
}

// validateRaises checks the severity settings: each names a rule of the
// library and raises to error or warning, at most once per rule.
func validateRaises(raises []Raise, at field.Path) field.List {
	var errs field.List
	known := ruleIDs()
	seen := map[string]bool{}
	for i, r := range raises {
		p := at.Index(i)
		switch {
		case r.Rule == "":
			errs = append(errs, field.Required(p.Child("rule"), lang.Of("規則のIDが必要", "a setting names a rule id")))
		case !known[r.Rule]:
			errs = append(errs, field.NotFound(p.Child("rule"), r.Rule, lang.Of("この規則IDはない", "no rule has this id")))
		case seen[r.Rule]:
			errs = append(errs, field.Duplicate(p.Child("rule"), r.Rule, lang.Of("同じ規則の設定が既にある", "this rule is already set")))
		}
		seen[r.Rule] = true
		switch r.To {
		case finding.Error, finding.Warning:
		case 0:
			errs = append(errs, field.Required(p.Child("to"), lang.Of("引き上げ後の重大度（error又はwarning）が必要", "a setting names the severity to raise to (error or warning)")))
		default:
			errs = append(errs, field.Forbidden(p.Child("to"), r.To.String(), lang.Of(
				"重大度は引き上げることしかできない（error又はwarning）", "a severity can only be raised, to error or warning")))
		}
	}
	return errs
}
