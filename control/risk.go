package control

import (
	"slices"

	"github.com/jichitai-sec/policy/asset"
	"github.com/jichitai-sec/policy/field"
	"github.com/jichitai-sec/policy/internal/enum"
	"github.com/jichitai-sec/policy/lang"
	"github.com/jichitai-sec/policy/threat"
)

// Likelihood is how likely a threat is to occur (発生の可能性, clause 8). The
// zero value is not a likelihood: a risk whose likelihood was not judged
// is a validation problem, never "low".
type Likelihood uint8

// The likelihoods, lowest first.
const (
	LikelihoodLow    Likelihood = iota + 1 // 低
	LikelihoodMedium                       // 中
	LikelihoodHigh                         // 高
)

var likelihoods = enum.New[Likelihood]([]enum.Entry{
	LikelihoodLow:    {ID: "low", Ja: "低", En: "low"},
	LikelihoodMedium: {ID: "medium", Ja: "中", En: "medium"},
	LikelihoodHigh:   {ID: "high", Ja: "高", En: "high"},
})

// Likelihoods returns every likelihood, lowest first.
func Likelihoods() []Likelihood { return likelihoods.All() }

// ParseLikelihood accepts a likelihood's wire id ("low", "medium", "high")
// or its Japanese label ("低", "中", "高").
func ParseLikelihood(s string) (Likelihood, error) { return likelihoods.Parse(s) }

// Valid reports whether l is a known likelihood.
func (l Likelihood) Valid() bool { return likelihoods.Valid(l) }

// String returns the wire id, or "control.Likelihood(N)" for an invalid
// value.
func (l Likelihood) String() string { return likelihoods.String(l) }

// Ja returns the Japanese label.
func (l Likelihood) Ja() string { return likelihoods.Ja(l) }

// En returns the English label.
func (l Likelihood) En() string { return likelihoods.En(l) }

// MarshalText returns the wire id; an invalid likelihood is a
// *MarshalError.
func (l Likelihood) MarshalText() ([]byte, error) { return likelihoods.MarshalText(l) }

// UnmarshalText accepts a wire id only (ParseLikelihood also takes labels).
func (l *Likelihood) UnmarshalText(b []byte) error { return likelihoods.UnmarshalText(l, b) }

// Level is a grade of impact (the loss if a threat occurs, 発生時の損失) or
// of risk, and the grade of risk an organization accepts. Levels are
// ordered: LevelLow < LevelMedium < LevelHigh, so members compare with <
// and >. The zero value is not a level.
type Level uint8

// The levels, lowest first.
const (
	LevelLow    Level = iota + 1 // 低
	LevelMedium                  // 中
	LevelHigh                    // 高
)

var levels = enum.New[Level]([]enum.Entry{
	LevelLow:    {ID: "low", Ja: "低", En: "low"},
	LevelMedium: {ID: "medium", Ja: "中", En: "medium"},
	LevelHigh:   {ID: "high", Ja: "高", En: "high"},
})

// Levels returns every level, lowest first.
func Levels() []Level { return levels.All() }

// ParseLevel accepts a level's wire id ("low", "medium", "high") or its
// Japanese label ("低", "中", "高").
func ParseLevel(s string) (Level, error) { return levels.Parse(s) }

// Valid reports whether l is a known level.
func (l Level) Valid() bool { return levels.Valid(l) }

// String returns the wire id, or "control.Level(N)" for an invalid value.
func (l Level) String() string { return levels.String(l) }

// Ja returns the Japanese label.
func (l Level) Ja() string { return levels.Ja(l) }

// En returns the English label.
func (l Level) En() string { return levels.En(l) }

// MarshalText returns the wire id; an invalid level is a *MarshalError.
func (l Level) MarshalText() ([]byte, error) { return levels.MarshalText(l) }

// UnmarshalText accepts a wire id only (ParseLevel also takes labels).
func (l *Level) UnmarshalText(b []byte) error { return levels.UnmarshalText(l, b) }

// Treatment is what the organization decided to do about a risk. The zero
// value means that no treatment is recorded; it is not a member of the set
// (Valid is false) and is left out of JSON.
type Treatment uint8

// The treatments.
const (
	TreatmentReduce   Treatment = iota + 1 // lower the likelihood or the loss with further measures
	TreatmentTransfer                      // share the loss with another party (insurance, a contract)
	TreatmentAvoid                         // stop the activity that carries the risk
	TreatmentAccept                        // keep the risk, knowingly and on record
)

var treatments = enum.New[Treatment]([]enum.Entry{
	TreatmentReduce:   {ID: "reduce", Ja: "低減", En: "reduce"},
	TreatmentTransfer: {ID: "transfer", Ja: "移転", En: "transfer"},
	TreatmentAvoid:    {ID: "avoid", Ja: "回避", En: "avoid"},
	TreatmentAccept:   {ID: "accept", Ja: "受容", En: "accept"},
})

// Treatments returns every treatment.
func Treatments() []Treatment { return treatments.All() }

// ParseTreatment accepts a treatment's wire id ("reduce") or its Japanese
// label ("低減").
func ParseTreatment(s string) (Treatment, error) { return treatments.Parse(s) }

// Valid reports whether t is a known treatment; the zero value (none
// recorded) is not.
func (t Treatment) Valid() bool { return treatments.Valid(t) }

// String returns the wire id, or "control.Treatment(N)" for an invalid
// value ("control.Treatment(0)" when none is recorded).
func (t Treatment) String() string { return treatments.String(t) }

// Ja returns the Japanese label.
func (t Treatment) Ja() string { return treatments.Ja(t) }

// En returns the English label.
func (t Treatment) En() string { return treatments.En(t) }

// MarshalText returns the wire id; an invalid treatment, or none, is a
// *MarshalError (Risk leaves an unrecorded treatment out of JSON).
func (t Treatment) MarshalText() ([]byte, error) { return treatments.MarshalText(t) }

// UnmarshalText accepts a wire id only (ParseTreatment also takes labels).
func (t *Treatment) UnmarshalText(b []byte) error { return treatments.UnmarshalText(t, b) }

// Risk is one entry of the risk analysis clause 8 asks for before the
// policy is revised: a threat to some information assets, how likely it
// is, what the organization does about it and the level of risk it
// accepts. The loss (impact) is not recorded: it is derived from the
// assets' classification (Impact), so that it cannot drift from the
// register.
type Risk struct {
	ID            string        `json:"id"`                     // unique among the document's risks
	Threat        threat.Threat `json:"threat"`                 // the threat of the catalog (clause 3)
	Assets        []string      `json:"assets"`                 // ids of the assets it threatens, at least one
	Likelihood    Likelihood    `json:"likelihood"`             // how likely the threat is to occur
	Treatment     Treatment     `json:"treatment,omitzero"`     // what is done about it; zero: none recorded
	TreatmentNote string        `json:"treatmentNote,omitzero"` // the measures, the insurer, the decision taken
	Accepted      Level         `json:"accepted"`               // the level of risk the organization accepts for it
}

// Assessed is a risk with its derived impact and level.
type Assessed struct {
	Risk
	Impact Level `json:"impact"` // the loss if the threat occurs (Impact)
	Level  Level `json:"level"`  // the level of risk (RiskLevel)
}

// Exceeds reports whether the risk's level is above the level accepted
// for it. An unset or unknown accepted level accepts nothing, and an
// unknown level counts as high (fail closed).
func (a Assessed) Exceeds() bool {
	lv := a.Level
	if !lv.Valid() {
		lv = LevelHigh
	}
	return !a.Accepted.Valid() || lv > a.Accepted
}

// Untreated reports whether the risk's level is above the accepted level
// and no treatment is recorded for it (an unknown treatment counts as
// none).
func (a Assessed) Untreated() bool { return a.Exceeds() && !a.Treatment.Valid() }

// RiskLevel returns the level of risk of a threat of likelihood l whose
// loss is impact, by the library's 3×3 matrix (an ordinary qualitative
// risk matrix; the policy and the guideline set none):
//
//	likelihood \ impact   low      medium   high
//	low                   low      low      medium
//	medium                low      medium   high
//	high                  medium   high     high
//
// An unset or unknown likelihood or impact gives high (fail closed).
func RiskLevel(l Likelihood, impact Level) Level {
	if !l.Valid() || !impact.Valid() {
		return LevelHigh
	}
	return riskMatrix[l][impact]
}

// riskMatrix is the table RiskLevel documents, indexed by likelihood and
// then by impact.
var riskMatrix = [4][4]Level{
	LikelihoodLow:    {LevelLow: LevelLow, LevelMedium: LevelLow, LevelHigh: LevelMedium},
	LikelihoodMedium: {LevelLow: LevelLow, LevelMedium: LevelMedium, LevelHigh: LevelHigh},
	LikelihoodHigh:   {LevelLow: LevelMedium, LevelMedium: LevelHigh, LevelHigh: LevelHigh},
}

// Impact returns the loss if threat t strikes the given assets, classified
// in scheme s. It looks only at the properties the threat harms
// ([threat.Threat.Properties]: a leak harms confidentiality, an outage
// availability), takes for each the highest band among the assets (the
// leading number of the level's code, [asset.ConfidentialityLevel.Band]),
// and reads the bands as follows (the library's reading; neither the
// policy nor the guideline grades loss):
//
//	highest band of a property the threat harms             impact
//	confidentiality 3 (3, 3A, 3B, 3C)                        high
//	confidentiality 2, integrity 2 or availability 2         medium
//	anything lower                                           low
//
// Confidentiality 3 alone reaches high because it is the one band the
// guideline sets apart for grave harm (secret documents, grave harm to
// individuals' rights); integrity and availability have two levels only.
//
// It fails closed: a property unclassified, or rated at a level that s does
// not allow (or s itself invalid), counts at its highest band; an invalid
// threat counts as harming every property; and with no assets every
// property counts at its highest band, since nothing shows it is lower
// (the highest impact the threat can have: high for a threat to
// confidentiality, medium for one to integrity or availability only).
func Impact(t threat.Threat, assets []asset.Asset, s asset.Scheme) Level {
	if len(assets) == 0 {
		return impactOf(t, riskUnknownBands)
	}
	var top [4]uint8
	for i := range assets {
		top = maxBands(top, ratedBands(&assets[i], s))
	}
	return impactOf(t, top)
}

// riskUnknownBands are the bands an asset that cannot be found counts
// with: the highest of each property.
var riskUnknownBands = [4]uint8{asset.Confidentiality: 3, asset.Integrity: 2, asset.Availability: 2}

func maxBands(a, b [4]uint8) [4]uint8 {
	for p := range a {
		a[p] = max(a[p], b[p])
	}
	return a
}

// impactOf reads the highest bands top of the assets under threat t, as
// Impact documents.
func impactOf(t threat.Threat, top [4]uint8) Level {
	harms := func(p asset.Property) bool { return !t.Valid() || t.Damages(p) }
	switch {
	case harms(asset.Confidentiality) && top[asset.Confidentiality] >= 3:
		return LevelHigh
	case harms(asset.Confidentiality) && top[asset.Confidentiality] >= 2,
		harms(asset.Integrity) && top[asset.Integrity] >= 2,
		harms(asset.Availability) && top[asset.Availability] >= 2:
		return LevelMedium
	}
	return LevelLow
}

// AssessRisks derives the impact (Impact) and the level (RiskLevel) of
// every risk, resolving the assets by id in the register assets classified
// in scheme s, and reports every problem of the list, each at its path
// under at (the list's own path):
//
//   - id: missing (Required) or already used (Duplicate);
//   - threat: missing (Required) or unknown (NotSupported);
//   - assets: none named (Required); an entry empty (Required), naming no
//     asset of the register (NotFound) or repeated (Duplicate);
//   - likelihood, accepted: missing (Required) or unknown (NotSupported);
//   - treatment: unknown (NotSupported); none recorded is no problem.
//
// It returns one assessment per risk, in the order given, whatever the
// problems, with fail-closed values: an asset that cannot be found counts
// at the highest band of every property, as does every property of a risk
// that names no asset, an unknown threat harms every property, and an
// unknown likelihood gives a high level. The scheme
// is the register's, validated where the document states it
// (asset.ValidateScheme).
func AssessRisks(risks []Risk, assets []asset.Asset, s asset.Scheme, at field.Path) ([]Assessed, field.List) {
	var errs field.List
	index := make(map[string]int, len(assets))
	for i := range assets {
		if _, dup := index[assets[i].ID]; !dup {
			index[assets[i].ID] = i
		}
	}
	out := make([]Assessed, len(risks))
	ids := field.NewIDs(at, lang.Of("リスク", "a risk"), len(risks))
	for i := range risks {
		r := &risks[i]
		p := at.Index(i)
		if err := ids.Check(i, r.ID); err != nil {
			errs = append(errs, err)
		}
		switch {
		case r.Threat == 0:
			errs = append(errs, field.Required(p.Child("threat"), lang.Of("脅威が指定されていない", "a risk names its threat")))
		case !r.Threat.Valid():
			errs = append(errs, field.NotSupported(p.Child("threat"), r.Threat, threat.All()))
		}
		var top [4]uint8
		if len(r.Assets) == 0 {
			errs = append(errs, field.Required(p.Child("assets"), lang.Of(
				"リスクの対象となる情報資産が指定されていない", "a risk names at least one asset it threatens")))
			top = riskUnknownBands
		}
		named := make(map[string]int, len(r.Assets))
		for j, id := range r.Assets {
			q := p.Child("assets").Index(j)
			k, found := index[id]
			switch prev, dup := named[id]; {
			case id == "":
				errs = append(errs, field.Required(q, lang.Of("情報資産のIDが空", "an asset id is empty")))
			case !found:
				errs = append(errs, field.NotFound(q, id, lang.Of("このIDの情報資産がない", "no asset has this id")))
			case dup:
				errs = append(errs, field.Duplicate(q, id, lang.Of(
					"同じ情報資産が既に指定されている（"+string(p.Child("assets").Index(prev))+"）",
					"the asset is already named at "+string(p.Child("assets").Index(prev)))))
			default:
				named[id] = j
			}
			if found {
				top = maxBands(top, ratedBands(&assets[k], s))
			} else {
				top = maxBands(top, riskUnknownBands)
			}
		}
		switch {
		case r.Likelihood == 0:
			errs = append(errs, field.Required(p.Child("likelihood"), lang.Of(
				"発生の可能性が評価されていない", "a risk states the likelihood of its threat")))
		case !r.Likelihood.Valid():
			errs = append(errs, field.NotSupported(p.Child("likelihood"), r.Likelihood, Likelihoods()))
		}
		if r.Treatment != 0 && !r.Treatment.Valid() {
			errs = append(errs, field.NotSupported(p.Child("treatment"), r.Treatment, Treatments()))
		}
		switch {
		case r.Accepted == 0:
			errs = append(errs, field.Required(p.Child("accepted"), lang.Of(
				"受容するリスクの水準が指定されていない", "a risk states the level the organization accepts")))
		case !r.Accepted.Valid():
			errs = append(errs, field.NotSupported(p.Child("accepted"), r.Accepted, Levels()))
		}
		impact := impactOf(r.Threat, top)
		own := *r
		own.Assets = slices.Clone(r.Assets)
		out[i] = Assessed{Risk: own, Impact: impact, Level: RiskLevel(r.Likelihood, impact)}
	}
	return out, errs
}
