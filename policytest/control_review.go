package policytest

import (
	"fmt"
	"slices"
	"strings"

	"github.com/jichitai-sec/policy/asset"
	"github.com/jichitai-sec/policy/control"
	"github.com/jichitai-sec/policy/date"
	"github.com/jichitai-sec/policy/field"
	"github.com/jichitai-sec/policy/threat"
	"pgregory.net/rapid"
)

// EvaluationKind generates a kind of evaluation: audit or self-inspection.
func EvaluationKind() *rapid.Generator[control.EvaluationKind] {
	return rapid.SampledFrom(control.EvaluationKinds())
}

// Outcome generates an outcome of a checklist item.
func Outcome() *rapid.Generator[control.Outcome] { return rapid.SampledFrom(control.Outcomes()) }

// Likelihood generates a likelihood of a threat.
func Likelihood() *rapid.Generator[control.Likelihood] {
	return rapid.SampledFrom(control.Likelihoods())
}

// RiskLevel generates a level of risk or impact (low, medium, high).
func RiskLevel() *rapid.Generator[control.Level] { return rapid.SampledFrom(control.Levels()) }

// Treatment generates a treatment of a risk or, about one time in five,
// none (the zero value, which a risk may carry).
func Treatment() *rapid.Generator[control.Treatment] {
	return rapid.SampledFrom(append(control.Treatments(), 0))
}

// ChangeKind generates a kind of change.
func ChangeKind() *rapid.Generator[control.ChangeKind] {
	return rapid.SampledFrom(control.ChangeKinds())
}

// Evaluation generates an evaluation with the given id that
// control.ValidateEvaluations accepts against items: a known kind, a date
// (as Date generates), and results for a random subset of the items, each
// item at most once, with any outcome and sometimes a note.
func Evaluation(items []control.Item, id string) *rapid.Generator[control.Evaluation] {
	return rapid.Custom(func(t *rapid.T) control.Evaluation {
		e := control.Evaluation{ID: id, Kind: EvaluationKind().Draw(t, "kind"), On: Date().Draw(t, "on")}
		ids := reviewItemIDs(items)
		if len(ids) == 0 {
			return e
		}
		picked := rapid.SliceOfNDistinct(rapid.SampledFrom(ids), 0, len(ids), rapid.ID[string]).Draw(t, "answered")
		for _, it := range picked {
			r := control.Result{Item: it, Outcome: Outcome().Draw(t, "outcome")}
			if rapid.IntRange(0, 3).Draw(t, "hasNote") == 0 {
				r.Note = rapid.SampledFrom([]string{"記録を確認", "手順書が古い", "checked on site"}).Draw(t, "note")
			}
			e.Results = append(e.Results, r)
		}
		return e
	})
}

// Evaluations generates a list of up to maxEvaluations evaluations that
// control.ValidateEvaluations accepts against items: ids unique, each
// evaluation as Evaluation generates it.
func Evaluations(items []control.Item, maxEvaluations int) *rapid.Generator[[]control.Evaluation] {
	return reviewEvaluations(items, 0, maxEvaluations)
}

func reviewEvaluations(items []control.Item, minN, maxN int) *rapid.Generator[[]control.Evaluation] {
	return rapid.Custom(func(t *rapid.T) []control.Evaluation {
		n := rapid.IntRange(minN, max(minN, maxN)).Draw(t, "evaluations")
		out := make([]control.Evaluation, n)
		for i := range out {
			stem := rapid.SampledFrom([]string{"audit", "self", "ev"}).Draw(t, "stem")
			out[i] = Evaluation(items, fmt.Sprintf("%s-%d", stem, i)).Draw(t, "evaluation")
		}
		return out
	})
}

// reviewItemIDs returns the ids of items, each once, in order.
func reviewItemIDs(items []control.Item) []string {
	var out []string
	seen := map[string]bool{}
	for _, it := range items {
		if it.ID != "" && !seen[it.ID] {
			seen[it.ID] = true
			out = append(out, it.ID)
		}
	}
	return out
}

// SeededEvaluations is a list of evaluations with problems seeded on
// purpose, and the problems: control.ValidateEvaluations, given the items
// and base path the list was generated for, must report exactly these
// (path and kind), in any order.
type SeededEvaluations struct {
	Evaluations []control.Evaluation
	Problems    []Problem
}

// InvalidEvaluations generates a list of 1 to maxEvaluations evaluations
// against items, as Evaluations does, with one to several problems seeded
// on purpose, each in a different evaluation so that they do not mask one
// another: a blank or repeated id, a missing or unknown kind, a missing
// date, a result with a blank item, an item of no checklist, an item
// answered twice, and a missing or unknown outcome. The Problems list what
// ValidateEvaluations must report, as JSON Pointers under at.
func InvalidEvaluations(items []control.Item, at field.Path, maxEvaluations int) *rapid.Generator[SeededEvaluations] {
	return rapid.Custom(func(t *rapid.T) SeededEvaluations {
		evals := reviewEvaluations(items, 1, max(1, maxEvaluations)).Draw(t, "valid")
		known := map[string]bool{}
		for _, it := range items {
			known[it.ID] = true
		}
		sd := newReviewSeed(at, len(evals))
		mutations := []func(){
			func() { // blank id
				if i := sd.pick(t, nil); i >= 0 {
					evals[i].ID = rapid.SampledFrom([]string{"", " "}).Draw(t, "blankID")
					sd.add(sd.path(i).Child("id"), field.KindRequired)
				}
			},
			func() { // repeated id
				if i, j := sd.pickPair(t); j >= 0 {
					evals[j].ID = evals[i].ID
					sd.add(sd.path(j).Child("id"), field.KindDuplicate)
				}
			},
			func() { // kind
				if i := sd.pick(t, nil); i >= 0 {
					if rapid.Bool().Draw(t, "unset") {
						evals[i].Kind = 0
						sd.add(sd.path(i).Child("kind"), field.KindRequired)
					} else {
						evals[i].Kind = control.EvaluationKind(rapid.Uint8Range(100, 255).Draw(t, "kind"))
						sd.add(sd.path(i).Child("kind"), field.KindNotSupported)
					}
				}
			},
			func() { // date
				if i := sd.pick(t, nil); i >= 0 {
					evals[i].On = date.Date{}
					sd.add(sd.path(i).Child("on"), field.KindRequired)
				}
			},
			func() { // a result with a blank item
				if i := sd.pick(t, nil); i >= 0 {
					k := len(evals[i].Results)
					evals[i].Results = append(evals[i].Results, control.Result{Item: "", Outcome: Outcome().Draw(t, "outcome")})
					sd.add(sd.path(i).Child("results").Index(k).Child("item"), field.KindRequired)
				}
			},
			func() { // a result naming no item
				if i := sd.pick(t, nil); i >= 0 {
					k := len(evals[i].Results)
					evals[i].Results = append(evals[i].Results, control.Result{Item: reviewAbsent("no-such-item", known), Outcome: Outcome().Draw(t, "outcome")})
					sd.add(sd.path(i).Child("results").Index(k).Child("item"), field.KindNotFound)
				}
			},
			func() { // an item answered twice
				if i := sd.pick(t, func(i int) bool { return len(evals[i].Results) > 0 }); i >= 0 {
					r := evals[i].Results
					first := rapid.IntRange(0, len(r)-1).Draw(t, "answered")
					evals[i].Results = append(r, control.Result{Item: r[first].Item, Outcome: Outcome().Draw(t, "outcome")})
					sd.add(sd.path(i).Child("results").Index(len(r)).Child("item"), field.KindDuplicate)
				}
			},
			func() { // outcome
				if i := sd.pick(t, func(i int) bool { return len(evals[i].Results) > 0 }); i >= 0 {
					k := rapid.IntRange(0, len(evals[i].Results)-1).Draw(t, "result")
					q := sd.path(i).Child("results").Index(k).Child("outcome")
					if rapid.Bool().Draw(t, "unset") {
						evals[i].Results[k].Outcome = 0
						sd.add(q, field.KindRequired)
					} else {
						evals[i].Results[k].Outcome = control.Outcome(rapid.Uint8Range(100, 255).Draw(t, "outcome"))
						sd.add(q, field.KindNotSupported)
					}
				}
			},
		}
		sd.run(t, mutations)
		return SeededEvaluations{Evaluations: evals, Problems: sd.sorted()}
	})
}

// Risk generates a risk with the given id that control.AssessRisks
// accepts against the register assets, which must hold at least one asset
// with an id: a threat of the catalog, one to three distinct assets of the
// register, a likelihood, an accepted level and a treatment (or none, with
// a note when there is one).
func Risk(assets []asset.Asset, id string) *rapid.Generator[control.Risk] {
	ids := reviewAssetIDs(assets)
	return rapid.Custom(func(t *rapid.T) control.Risk {
		r := control.Risk{
			ID:         id,
			Threat:     rapid.SampledFrom(threat.All()).Draw(t, "threat"),
			Assets:     rapid.SliceOfNDistinct(rapid.SampledFrom(ids), 1, min(3, len(ids)), rapid.ID[string]).Draw(t, "assets"),
			Likelihood: Likelihood().Draw(t, "likelihood"),
			Treatment:  Treatment().Draw(t, "treatment"),
			Accepted:   RiskLevel().Draw(t, "accepted"),
		}
		if r.Treatment.Valid() {
			r.TreatmentNote = rapid.SampledFrom([]string{"UTMの設定を強化", "保険契約", "運用を停止", "リスクを受容（CISO承認）"}).Draw(t, "note")
		}
		return r
	})
}

// Risks generates a list of up to maxRisks risks that control.AssessRisks
// accepts against the register assets, which must hold at least one asset
// with an id: ids unique, each risk as Risk generates it.
func Risks(assets []asset.Asset, maxRisks int) *rapid.Generator[[]control.Risk] {
	return reviewRisks(assets, 0, maxRisks)
}

func reviewRisks(assets []asset.Asset, minN, maxN int) *rapid.Generator[[]control.Risk] {
	reviewAssetIDs(assets)
	return rapid.Custom(func(t *rapid.T) []control.Risk {
		n := rapid.IntRange(minN, max(minN, maxN)).Draw(t, "risks")
		out := make([]control.Risk, n)
		for i := range out {
			out[i] = Risk(assets, fmt.Sprintf("risk-%d", i)).Draw(t, "risk")
		}
		return out
	})
}

// reviewAssetIDs returns the non-empty ids of assets, each once, and panics when
// there is none: a risk must name an asset.
func reviewAssetIDs(assets []asset.Asset) []string {
	var out []string
	seen := map[string]bool{}
	for _, a := range assets {
		if a.ID != "" && !seen[a.ID] {
			seen[a.ID] = true
			out = append(out, a.ID)
		}
	}
	if len(out) == 0 {
		panic("policytest: a risk needs a register with at least one asset id")
	}
	return out
}

// SeededRisks is a list of risks with problems seeded on purpose, and the
// problems: control.AssessRisks, given the register and base path the list
// was generated for, must report exactly these (path and kind), in any
// order.
type SeededRisks struct {
	Risks    []control.Risk
	Problems []Problem
}

// InvalidRisks generates a list of 1 to maxRisks risks against the register
// assets (which must hold at least one asset with an id), as Risks does,
// with one to several problems seeded on purpose, each in a different risk:
// a blank or repeated id, a missing or unknown threat, no assets, an asset
// entry that is empty, names no asset of the register or repeats one, a
// missing or unknown likelihood or accepted level, and an unknown
// treatment. The Problems list what AssessRisks must report, as JSON
// Pointers under at.
func InvalidRisks(assets []asset.Asset, at field.Path, maxRisks int) *rapid.Generator[SeededRisks] {
	known := map[string]bool{}
	for _, id := range reviewAssetIDs(assets) {
		known[id] = true
	}
	return rapid.Custom(func(t *rapid.T) SeededRisks {
		rs := reviewRisks(assets, 1, max(1, maxRisks)).Draw(t, "valid")
		sd := newReviewSeed(at, len(rs))
		enumProblem := func(name string, set func(i int, v uint8)) func() {
			return func() {
				if i := sd.pick(t, nil); i >= 0 {
					if rapid.Bool().Draw(t, "unset") {
						set(i, 0)
						sd.add(sd.path(i).Child(name), field.KindRequired)
					} else {
						set(i, rapid.Uint8Range(100, 255).Draw(t, name))
						sd.add(sd.path(i).Child(name), field.KindNotSupported)
					}
				}
			}
		}
		appendAsset := func(id func(r *control.Risk) string, k field.Kind) func() {
			return func() {
				if i := sd.pick(t, nil); i >= 0 {
					n := len(rs[i].Assets)
					rs[i].Assets = append(rs[i].Assets, id(&rs[i]))
					sd.add(sd.path(i).Child("assets").Index(n), k)
				}
			}
		}
		mutations := []func(){
			func() { // blank id
				if i := sd.pick(t, nil); i >= 0 {
					rs[i].ID = rapid.SampledFrom([]string{"", " "}).Draw(t, "blankID")
					sd.add(sd.path(i).Child("id"), field.KindRequired)
				}
			},
			func() { // repeated id
				if i, j := sd.pickPair(t); j >= 0 {
					rs[j].ID = rs[i].ID
					sd.add(sd.path(j).Child("id"), field.KindDuplicate)
				}
			},
			enumProblem("threat", func(i int, v uint8) { rs[i].Threat = threat.Threat(v) }),
			enumProblem("likelihood", func(i int, v uint8) { rs[i].Likelihood = control.Likelihood(v) }),
			enumProblem("accepted", func(i int, v uint8) { rs[i].Accepted = control.Level(v) }),
			func() { // unknown treatment (none is no problem)
				if i := sd.pick(t, nil); i >= 0 {
					rs[i].Treatment = control.Treatment(rapid.Uint8Range(100, 255).Draw(t, "treatment"))
					sd.add(sd.path(i).Child("treatment"), field.KindNotSupported)
				}
			},
			func() { // no assets
				if i := sd.pick(t, nil); i >= 0 {
					rs[i].Assets = rapid.SampledFrom([][]string{nil, {}}).Draw(t, "noAssets")
					sd.add(sd.path(i).Child("assets"), field.KindRequired)
				}
			},
			appendAsset(func(*control.Risk) string { return "" }, field.KindRequired),
			appendAsset(func(*control.Risk) string { return reviewAbsent("no-such-asset", known) }, field.KindNotFound),
			appendAsset(func(r *control.Risk) string { return r.Assets[0] }, field.KindDuplicate),
		}
		sd.run(t, mutations)
		return SeededRisks{Risks: rs, Problems: sd.sorted()}
	})
}

// Change generates a change with the given id that control.ValidateChanges
// accepts: a known kind, a date (as Date generates), a threat of the
// catalog for a new threat (and sometimes for changed conditions), and
// sometimes a note.
func Change(id string) *rapid.Generator[control.Change] {
	return rapid.Custom(func(t *rapid.T) control.Change {
		c := control.Change{ID: id, On: Date().Draw(t, "on"), Kind: ChangeKind().Draw(t, "kind")}
		if c.Kind == control.ChangeNewThreat || rapid.Bool().Draw(t, "hasThreat") {
			c.Threat = rapid.SampledFrom(threat.All()).Draw(t, "threat")
		}
		if rapid.Bool().Draw(t, "hasNote") {
			c.Note = rapid.SampledFrom([]string{"新システムの導入", "組織改編", "ランサムウェアの流行", "guideline revised"}).Draw(t, "note")
		}
		return c
	})
}

// Changes generates a list of up to maxChanges changes that
// control.ValidateChanges accepts: ids unique, each change as Change
// generates it.
func Changes(maxChanges int) *rapid.Generator[[]control.Change] { return reviewChanges(0, maxChanges) }

func reviewChanges(minN, maxN int) *rapid.Generator[[]control.Change] {
	return rapid.Custom(func(t *rapid.T) []control.Change {
		n := rapid.IntRange(minN, max(minN, maxN)).Draw(t, "changes")
		out := make([]control.Change, n)
		for i := range out {
			out[i] = Change(fmt.Sprintf("change-%d", i)).Draw(t, "change")
		}
		return out
	})
}

// SeededChanges is a list of changes with problems seeded on purpose, and
// the problems: control.ValidateChanges, given the base path the list was
// generated for, must report exactly these (path and kind), in any order.
type SeededChanges struct {
	Changes  []control.Change
	Problems []Problem
}

// InvalidChanges generates a list of 1 to maxChanges changes, as Changes
// does, with one to several problems seeded on purpose, each in a
// different change: a blank or repeated id, a missing date, a missing or
// unknown kind, a new threat that names none, and an unknown threat. The
// Problems list what ValidateChanges must report, as JSON Pointers under
// at.
func InvalidChanges(at field.Path, maxChanges int) *rapid.Generator[SeededChanges] {
	return rapid.Custom(func(t *rapid.T) SeededChanges {
		cs := reviewChanges(1, max(1, maxChanges)).Draw(t, "valid")
		sd := newReviewSeed(at, len(cs))
		mutations := []func(){
			func() { // blank id
				if i := sd.pick(t, nil); i >= 0 {
					cs[i].ID = rapid.SampledFrom([]string{"", " "}).Draw(t, "blankID")
					sd.add(sd.path(i).Child("id"), field.KindRequired)
				}
			},
			func() { // repeated id
				if i, j := sd.pickPair(t); j >= 0 {
					cs[j].ID = cs[i].ID
					sd.add(sd.path(j).Child("id"), field.KindDuplicate)
				}
			},
			func() { // date
				if i := sd.pick(t, nil); i >= 0 {
					cs[i].On = date.Date{}
					sd.add(sd.path(i).Child("on"), field.KindRequired)
				}
			},
			func() { // kind
				if i := sd.pick(t, nil); i >= 0 {
					if rapid.Bool().Draw(t, "unset") {
						cs[i].Kind = 0
						sd.add(sd.path(i).Child("kind"), field.KindRequired)
					} else {
						cs[i].Kind = control.ChangeKind(rapid.Uint8Range(100, 255).Draw(t, "kind"))
						sd.add(sd.path(i).Child("kind"), field.KindNotSupported)
					}
				}
			},
			func() { // a new threat naming none
				if i := sd.pick(t, nil); i >= 0 {
					cs[i].Kind, cs[i].Threat = control.ChangeNewThreat, 0
					sd.add(sd.path(i).Child("threat"), field.KindRequired)
				}
			},
			func() { // unknown threat
				if i := sd.pick(t, nil); i >= 0 {
					cs[i].Threat = threat.Threat(rapid.Uint8Range(100, 255).Draw(t, "threat"))
					sd.add(sd.path(i).Child("threat"), field.KindNotSupported)
				}
			},
		}
		sd.run(t, mutations)
		return SeededChanges{Changes: cs, Problems: sd.sorted()}
	})
}

// reviewAbsent returns stem, or stem with "~" added as often as needed, so that
// it is not in known.
func reviewAbsent(stem string, known map[string]bool) string {
	for known[stem] {
		stem += "~"
	}
	return stem
}

// reviewSeed keeps track of the problems seeded into a list of n elements
// at path at, at most one per element.
type reviewSeed struct {
	at       field.Path
	used     []bool
	problems []Problem
}

func newReviewSeed(at field.Path, n int) *reviewSeed {
	return &reviewSeed{at: at, used: make([]bool, n)}
}

func (sd *reviewSeed) path(i int) field.Path { return sd.at.Index(i) }

func (sd *reviewSeed) add(p field.Path, k field.Kind) {
	sd.problems = append(sd.problems, Problem{p, k})
}

// pick chooses an unused element satisfying ok, marks it used and returns
// it, or returns -1 when there is none.
func (sd *reviewSeed) pick(t *rapid.T, ok func(i int) bool) int {
	var cands []int
	for i, u := range sd.used {
		if !u && (ok == nil || ok(i)) {
			cands = append(cands, i)
		}
	}
	if len(cands) == 0 {
		return -1
	}
	i := rapid.SampledFrom(cands).Draw(t, "element")
	sd.used[i] = true
	return i
}

// pickPair chooses two unused elements i < j, for j to take i's id, and
// marks both used (i must keep its id); j is -1 when there is no pair.
func (sd *reviewSeed) pickPair(t *rapid.T) (i, j int) {
	j = sd.pick(t, func(j int) bool { return slices.Contains(sd.used[:j], false) })
	if j < 0 {
		return -1, -1
	}
	return sd.pick(t, func(i int) bool { return i < j }), j
}

// run applies one to several mutations, drawn at random, and always seeds
// at least one problem (the first mutation, a blank id, applies to any
// unused element and the list has at least one).
func (sd *reviewSeed) run(t *rapid.T, mutations []func()) {
	want := rapid.IntRange(1, max(1, min(len(sd.used), 6))).Draw(t, "problems")
	for tries := 0; len(sd.problems) < want && tries < 4*want; tries++ {
		rapid.SampledFrom(mutations).Draw(t, "mutation")()
	}
	if len(sd.problems) == 0 {
		mutations[0]()
	}
}

// sorted returns the problems in a fixed order.
func (sd *reviewSeed) sorted() []Problem {
	slices.SortFunc(sd.problems, func(a, b Problem) int { return strings.Compare(a.String(), b.String()) })
	return sd.problems
}
