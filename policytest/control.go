package policytest

import (
	"fmt"
	"slices"
	"strings"

	"github.com/jichitai-sec/policy/asset"
	"github.com/jichitai-sec/policy/control"
	"github.com/jichitai-sec/policy/date"
	"github.com/jichitai-sec/policy/field"
	"pgregory.net/rapid"
)

// Control generates a control of the catalog.
func Control() *rapid.Generator[control.Control] { return rapid.SampledFrom(control.All()) }

// RawControl generates any control.Control value, the unset zero and
// out-of-range values included.
func RawControl() *rapid.Generator[control.Control] { return raw(control.All()) }

// Status generates an implementation status.
func Status() *rapid.Generator[control.Status] { return rapid.SampledFrom(control.Statuses()) }

// RawStatus generates any control.Status value, the unset zero and
// out-of-range values included.
func RawStatus() *rapid.Generator[control.Status] { return raw(control.Statuses()) }

// recordKey is what control.ValidateRecords holds unique in a list of
// records: the control and the asset (empty for the organization).
type recordKey struct {
	c control.Control
	a string
}

func keyOf(r control.Record) recordKey { return recordKey{r.Control, r.Asset} }

// Records generates a list of implementation records that
// control.ValidateRecords accepts against assets, around the date asOf:
// each (control, asset) at most once, asset ids naming assets of the list
// and only for per-asset controls, a target date on every planned record.
//
// The records are drawn mostly for the requirements given (as
// control.Required, RequiredAll and OrganizationRequired return them): for
// the requirement's asset, or organization-wide for its control; a few are
// for controls or assets nothing requires, which Gaps must ignore. Every
// status occurs, and so does each finding Gaps can report: plans due
// before and after asOf; waivers with and without a justification,
// for controls that may be waived and for those that may not; checks never
// made, recent and older than two years. The list is in a random order and
// may be empty.
func Records(assets []asset.Asset, required []control.Requirement, asOf date.Date) *rapid.Generator[[]control.Record] {
	return records(assets, required, asOf, 0)
}

func records(assets []asset.Asset, required []control.Requirement, asOf date.Date, minRecords int) *rapid.Generator[[]control.Record] {
	cands := candidateKeys(assets, required)
	return rapid.Custom(func(t *rapid.T) []control.Record {
		var out []control.Record
		for _, k := range cands.keys {
			// A requirement's own key is drawn often, so that Gaps sees
			// each status on it; the others now and then.
			odds := 6
			if cands.required[k] {
				odds = 2
			}
			if rapid.IntRange(0, odds).Draw(t, "pick") < 2 {
				out = append(out, record(k, asOf).Draw(t, "record"))
			}
		}
		for i := 0; len(out) < minRecords && i < len(cands.keys); i++ {
			if k := cands.keys[i]; !slices.ContainsFunc(out, func(r control.Record) bool { return keyOf(r) == k }) {
				out = append(out, record(k, asOf).Draw(t, "record"))
			}
		}
		order := rapid.Permutation(seq(len(out))).Draw(t, "order")
		shuffled := make([]control.Record, len(out))
		for i, j := range order {
			shuffled[i] = out[j]
		}
		return shuffled
	})
}

type candidates struct {
	keys     []recordKey        // every key a valid record may have, in a fixed order
	required map[recordKey]bool // the keys of the requirements themselves
}

// candidateKeys lists the keys a valid record may have: those of the
// requirements, organization-wide records of their controls and of every
// control, and per-asset controls recorded for assets (of the list) that
// may not require them.
func candidateKeys(assets []asset.Asset, required []control.Requirement) candidates {
	c := candidates{required: map[recordKey]bool{}}
	seen := map[recordKey]bool{}
	add := func(k recordKey) {
		if !seen[k] {
			seen[k] = true
			c.keys = append(c.keys, k)
		}
	}
	ids := map[string]bool{}
	for _, a := range assets {
		ids[a.ID] = true
	}
	for _, q := range required {
		if q.Asset != "" && !ids[q.Asset] || !q.Control.Valid() {
			continue // a requirement the assets given do not back
		}
		k := recordKey{q.Control, q.Asset}
		if q.Control.Scope() == control.ScopeOrganization {
			k.a = ""
		}
		c.required[k] = true
		add(k)
		add(recordKey{q.Control, ""})
	}
	for _, ctl := range control.All() {
		add(recordKey{ctl, ""})
	}
	for i, a := range assets {
		if a.ID == "" {
			continue
		}
		// One per-asset control per asset, whether it needs it or not.
		per := perAssetControls[i%len(perAssetControls)]
		add(recordKey{per, a.ID})
	}
	return c
}

var perAssetControls = func() []control.Control {
	var out []control.Control
	for _, c := range control.All() {
		if c.Scope() == control.ScopeAsset {
			out = append(out, c)
		}
	}
	return out
}()

// record generates a valid record with key k, around asOf.
func record(k recordKey, asOf date.Date) *rapid.Generator[control.Record] {
	return rapid.Custom(func(t *rapid.T) control.Record {
		r := control.Record{Control: k.c, Asset: k.a, Status: Status().Draw(t, "status")}
		switch r.Status {
		case control.StatusPlanned:
			r.Target = asOf.AddDays(rapid.IntRange(-400, 400).Draw(t, "targetDays"))
		case control.StatusNotApplicable:
			r.Justification = rapid.SampledFrom([]string{"", " ", "該当する機器を保有しない"}).Draw(t, "justification")
		}
		if rapid.Bool().Draw(t, "hasEvidence") {
			r.Evidence = "doc-" + k.c.String()
		}
		if rapid.IntRange(0, 3).Draw(t, "checked") > 0 {
			r.CheckedOn = asOf.AddDays(-rapid.IntRange(0, 800).Draw(t, "checkedDaysAgo"))
		}
		return r
	})
}

// SeededRecords is a list of implementation records with problems seeded
// on purpose, and the problems: control.ValidateRecords, given the assets
// and the base path the list was generated for, must report exactly these
// (path and kind), in any order.
type SeededRecords struct {
	Records  []control.Record
	Problems []Problem
}

// InvalidRecords generates a list of one or more records, as Records does
// for assets and required around asOf, with one to several problems seeded
// on purpose, each in a different record so that they do not mask one
// another: an unset or unknown control, an unset or unknown status, an
// asset id that names no asset, an asset given for a control implemented
// once for the organization, a planned record without a target date, and
// a record repeating the control and asset of an earlier one. The Problems
// list what ValidateRecords must report, as JSON Pointers under at, the
// path the list is validated at.
func InvalidRecords(assets []asset.Asset, required []control.Requirement, asOf date.Date, at field.Path) *rapid.Generator[SeededRecords] {
	return rapid.Custom(func(t *rapid.T) SeededRecords {
		st := &recordSeeding{at: at, assets: assets, records: records(assets, required, asOf, 1).Draw(t, "valid")}
		st.used = make([]bool, len(st.records))
		st.keys = map[recordKey]int{}
		for _, r := range st.records {
			st.keys[keyOf(r)]++
		}
		want := rapid.IntRange(1, max(1, min(len(st.records), 6))).Draw(t, "problems")
		for tries := 0; len(st.problems) < want && tries < 4*want; tries++ {
			rapid.SampledFrom(recordMutations).Draw(t, "mutation")(t, st)
		}
		if len(st.problems) == 0 { // always possible: every record is unused
			mutateTarget(t, st)
		}
		slices.SortFunc(st.problems, func(a, b Problem) int { return strings.Compare(a.String(), b.String()) })
		return SeededRecords{Records: st.records, Problems: st.problems}
	})
}

type recordSeeding struct {
	at       field.Path
	assets   []asset.Asset
	records  []control.Record
	used     []bool            // already carries a seeded problem, or is the original of a repeat
	keys     map[recordKey]int // how many records have each key
	problems []Problem
}

func (st *recordSeeding) path(i int) field.Path { return st.at.Index(i) }

func (st *recordSeeding) add(p field.Path, k field.Kind) {
	st.problems = append(st.problems, Problem{p, k})
}

// pick chooses an unused record satisfying ok, marks it used and returns
// it, or returns -1 when there is none.
func (st *recordSeeding) pick(t *rapid.T, ok func(i int) bool) int {
	var cands []int
	for i := range st.records {
		if !st.used[i] && (ok == nil || ok(i)) {
			cands = append(cands, i)
		}
	}
	if len(cands) == 0 {
		return -1
	}
	i := rapid.SampledFrom(cands).Draw(t, "record")
	st.used[i] = true
	return i
}

// rekey gives record i the key k, unless another record has it already
// (which would seed a repeat besides the problem intended); it reports
// whether it did.
func (st *recordSeeding) rekey(i int, k recordKey) bool {
	if st.keys[k] > 0 {
		return false
	}
	st.keys[keyOf(st.records[i])]--
	st.keys[k]++
	st.records[i].Control, st.records[i].Asset = k.c, k.a
	return true
}

// mutateTarget makes a record planned without a target date.
func mutateTarget(t *rapid.T, st *recordSeeding) {
	if i := st.pick(t, nil); i >= 0 {
		st.records[i].Status, st.records[i].Target = control.StatusPlanned, date.Date{}
		st.add(st.path(i).Child("target"), field.KindRequired)
	}
}

// organizationControls are the controls implemented once for the
// organization, which a record may not give an asset for.
var organizationControls = func() []control.Control {
	var out []control.Control
	for _, c := range control.All() {
		if c.Scope() == control.ScopeOrganization {
			out = append(out, c)
		}
	}
	return out
}()

var recordMutations = []func(*rapid.T, *recordSeeding){
	mutateTarget,
	func(t *rapid.T, st *recordSeeding) { // unset or unknown control
		i := st.pick(t, nil)
		if i < 0 {
			return
		}
		c, kind := control.Control(0), field.KindRequired
		if rapid.Bool().Draw(t, "unknown") {
			c, kind = control.Control(rapid.Uint8Range(100, 255).Draw(t, "control")), field.KindNotSupported
		}
		if st.rekey(i, recordKey{c, st.records[i].Asset}) {
			st.add(st.path(i).Child("control"), kind)
		}
	},
	func(t *rapid.T, st *recordSeeding) { // unset or unknown status
		i := st.pick(t, nil)
		if i < 0 {
			return
		}
		if rapid.Bool().Draw(t, "unknown") {
			st.records[i].Status = control.Status(rapid.Uint8Range(100, 255).Draw(t, "status"))
			st.add(st.path(i).Child("status"), field.KindNotSupported)
		} else {
			st.records[i].Status = 0
			st.add(st.path(i).Child("status"), field.KindRequired)
		}
	},
	func(t *rapid.T, st *recordSeeding) { // an asset id naming no asset
		if i := st.pick(t, nil); i >= 0 && st.rekey(i, recordKey{st.records[i].Control, fmt.Sprintf("no-such-asset-%d", i)}) {
			st.add(st.path(i).Child("asset"), field.KindNotFound)
		}
	},
	func(t *rapid.T, st *recordSeeding) { // an asset given for an organization-wide control
		var ids []string
		for _, a := range st.assets {
			if a.ID != "" {
				ids = append(ids, a.ID)
			}
		}
		if len(ids) == 0 {
			return
		}
		i := st.pick(t, nil)
		if i < 0 {
			return
		}
		k := recordKey{rapid.SampledFrom(organizationControls).Draw(t, "control"), rapid.SampledFrom(ids).Draw(t, "asset")}
		if st.rekey(i, k) {
			st.add(st.path(i).Child("asset"), field.KindForbidden)
		}
	},
	func(t *rapid.T, st *recordSeeding) { // a later record repeating an earlier one's control and asset
		j := st.pick(t, func(j int) bool { return slices.Contains(st.used[:j], false) })
		if j < 0 {
			return
		}
		i := st.pick(t, func(i int) bool { return i < j })
		st.keys[keyOf(st.records[j])]--
		st.records[j] = st.records[i]
		st.keys[keyOf(st.records[j])]++
		st.add(st.path(j), field.KindDuplicate)
	},
}
