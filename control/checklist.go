package control

import (
	"strings"

	"github.com/jichitai-sec/policy/clause"
	"github.com/jichitai-sec/policy/lang"
)

// Item is one question of a self-inspection checklist (自己点検票): whether
// one control is in place for one scope, the organization as a whole or one
// asset. The results of an audit or self-inspection (Evaluation) answer
// items by their ID.
type Item struct {
	// ID names the item, stably from one checklist to the next: the
	// control's wire id for the organization ("org-ciso"), and the control's
	// wire id, "@" and the asset's id for an asset ("asset-backup@juki").
	// Control ids never contain "@", so two items never share an id.
	ID       string        `json:"id"`
	Control  Control       `json:"control"`
	Asset    string        `json:"asset,omitzero"` // the asset's id; empty for the organization
	Clause   clause.Clause `json:"clause"`         // the clause the control rests on
	Question lang.Text     `json:"question"`       // what the inspector answers, naming the control and the scope
}

// ItemID returns the id of the checklist item for control c and the asset
// with id assetID, or for the organization when assetID is empty.
func ItemID(c Control, assetID string) string {
	if assetID == "" {
		return c.String()
	}
	return c.String() + "@" + assetID
}

// Checklist returns the self-inspection checklist of the given
// requirements: one item per requirement, in the order given, the first of
// several requirements of the same control for the same asset (or for the
// organization) kept and the others dropped. Callers pass the
// organization's requirements first and then the assets':
//
//	control.Checklist(control.Requirements(assets, scheme, "/organization", "/assets"))
//
// A requirement whose control is not in the catalog (which neither
// Required nor OrganizationRequired produces) has nothing to ask and is
// dropped.
func Checklist(required []Requirement) []Item {
	out := make([]Item, 0, len(required))
	seen := make(map[string]bool, len(required))
	for i := range required {
		q := &required[i]
		if !q.Control.Valid() {
			continue
		}
		id := ItemID(q.Control, q.Asset)
		if seen[id] {
			continue
		}
		seen[id] = true
		out = append(out, Item{ID: id, Control: q.Control, Asset: q.Asset, Clause: q.Clause,
			Question: checklistQuestion(q.Control, q.Asset)})
	}
	return out
}

// checklistQuestion writes the question of the item for control c and the
// asset with id assetID (the organization when empty), with the aim of the
// control from the catalog.
func checklistQuestion(c Control, assetID string) lang.Text {
	aim := catalog[c].purpose
	if assetID == "" {
		return lang.Text{
			Ja: "組織全体として「" + c.Ja() + "」を実施し、記録どおりに運用しているか（目的：" + aim.Ja + "）",
			En: "Does the organization as a whole have “" + c.En() + "” in place and run it as recorded? (aim: " + aim.En + ")",
		}
	}
	return lang.Text{
		Ja: "情報資産「" + assetID + "」について「" + c.Ja() + "」を実施し、記録どおりに運用しているか（目的：" + aim.Ja + "）",
		En: "Is “" + c.En() + "” in place for asset " + assetID + " and run as recorded? (aim: " + aim.En + ")",
	}
}

// itemIndex resolves item ids against the checklist of a list of
// requirements (Checklist(required)) without building it: the checklist
// of a large register, four or five items per asset with their
// questions, costs more than reading the document, and a look-up by id
// string costs a map of every item. It holds, per scope (the organization,
// then each asset id), the set of controls required, and the set answered
// by the evaluation being read, so that one map look-up by asset id
// resolves an item and finds a repeat.
type itemIndex struct {
	slot     map[string]int32 // asset id → its scope; the organization is scope 0
	required []controlSet     // by scope
	answered []controlSet     // by scope, valid where stamp matches round
	stamp    []int32
	round    int32
}

// controlSet is a set of controls, by value.
type controlSet [4]uint64

func (s *controlSet) has(c Control) bool { return s[c/64]&(1<<(c%64)) != 0 }
func (s *controlSet) add(c Control)      { s[c/64] |= 1 << (c % 64) }

// noItem is what itemIndex.find returns for an id no item has.
const noItem = -1

func newItemIndex(required []Requirement) *itemIndex {
	x := &itemIndex{slot: map[string]int32{}, required: make([]controlSet, 1)}
	for i := range required {
		q := &required[i]
		if !q.Control.Valid() { // Checklist drops it too
			continue
		}
		s, ok := int32(0), true
		if q.Asset != "" { // an asset without an id has the organization's items (ItemID)
			if s, ok = x.slot[q.Asset]; !ok {
				s = int32(len(x.required))
				x.slot[q.Asset] = s
				x.required = append(x.required, controlSet{})
			}
		}
		x.required[s].add(q.Control)
	}
	x.answered = make([]controlSet, len(x.required))
	x.stamp = make([]int32, len(x.required))
	return x
}

// find returns the key of the item with the given id (its scope and
// control), or noItem.
func (x *itemIndex) find(id string) int {
	name, assetID, named := strings.Cut(id, "@")
	c, ok := controls.LookupID(name)
	if !ok {
		return noItem
	}
	s := int32(0)
	if named {
		if s, ok = x.slot[assetID]; !ok || assetID == "" { // ItemID writes no "@" for the organization
			return noItem
		}
	}
	if !x.required[s].has(c) {
		return noItem
	}
	return int(s)<<8 | int(c)
}

// next starts a new evaluation: no item is answered yet.
func (x *itemIndex) next() { x.round++ }

// answer records that the evaluation answers item k and reports whether it
// already had.
func (x *itemIndex) answer(k int) (again bool) {
	s, c := k>>8, Control(k&0xff)
	if x.stamp[s] != x.round {
		x.stamp[s], x.answered[s] = x.round, controlSet{}
	}
	again = x.answered[s].has(c)
	x.answered[s].add(c)
	return again
}
