package asset

import (
	"strconv"

	"github.com/jichitai-sec/policy/field"
	"github.com/jichitai-sec/policy/zone"
)

// Check applies the rules to a list of assets classified in scheme s and
// returns what it finds, ordered by asset, then by rule, then by property,
// so that the same input gives the same findings. Paths are under
// "assets", as Validate writes them. Check does not repeat Validate's
// checks and is meant for lists Validate accepts; on others it still
// terminates and fails closed.
//
// The rules:
//
//   - RuleBelowMinimum (6(2)): each declared level must be at least the
//     level Derive requires from the asset's contents. A declared level that
//     is unset or of another scheme cannot meet the requirement.
//   - RuleMyNumberOutsideZone (6(3)ア, 2(8)): information of My Number work
//     (MyNumber true) must live in the My Number zone.
//   - RuleMyNumberHolderOutsideZone (6(3)ア, 2(8)): an asset that contains
//     My Number information, directly or through other assets, inherits
//     the requirement: the system that processes it, the network that
//     carries that system, the medium that stores it. The My Number zone
//     is defined as the systems and the data of that work together (2(8)),
//     so the data cannot be in the zone while its holder is outside.
//     An asset that breaks both zone rules is reported once, under
//     RuleMyNumberOutsideZone.
//
// The zone rules apply where an asset states a zone, and to assets whose
// kind must state one (Kind.ZoneRequired) or is invalid: for those, an
// unset or unknown zone is not the My Number zone. An asset of a kind that
// need not state a zone and states none (a building, a paper file, a
// backbone) is not judged by them.
//
// An invalid scheme is an error (a field.List at path "scheme").
func Check(assets []Asset, s Scheme) ([]Finding, error) {
	derived, err := Derive(assets, s)
	if err != nil {
		return nil, err
	}
	var out []Finding
	for i := range assets {
		a, d := &assets[i], &derived[i]
		for _, r := range d.Reasons {
			if f, ok := belowMinimum(a, d, r, i); ok {
				out = append(out, f)
			}
		}
		if f, ok := zoneFit(a, d, i); ok {
			out = append(out, f)
		}
	}
	return out, nil
}

// newFinding starts a finding of rule r on asset i, at the path of its
// element name.
func newFinding(r Rule, a *Asset, i int, name ...string) Finding {
	p := field.Path("assets").Index(i)
	for _, n := range name {
		p = p.Child(n)
	}
	return Finding{Rule: r, Severity: r.Severity(), Clause: r.Clause(), Also: r.Also(), Path: p, Asset: a.ID}
}

func belowMinimum(a *Asset, d *Derived, r Reason, i int) (Finding, bool) {
	prop := r.Property
	decl, lo := a.Classification.level(prop), d.Minimum.level(prop)
	if c, ok := compareLevels(prop, decl, lo); ok && c >= 0 {
		return Finding{}, false
	}
	f := newFinding(RuleBelowMinimum, a, i, "classification", prop.String())
	f.Property, f.Source = prop, r.From.ID
	declJa, declEn := prop.Ja()+"の格付なし", "no "+prop.En()+" level"
	if decl != 0 {
		declJa, declEn = levelJa(prop, decl), levelEn(prop, decl)
	}
	src := strconv.Quote(r.From.ID)
	f.Ja = "格付（" + declJa + "）が、含まれる情報資産「" + r.From.ID + "」から求められる" + levelJa(prop, lo) + "を下回る"
	f.En = "declared " + declEn + " is below " + levelEn(prop, lo) + ", which contained asset " + src + " requires"
	if r.Assumed {
		f.Ja += "（「" + r.From.ID + "」の格付が未設定又は別の分類体系のため、最上位とみなした）"
		f.En += " (its own level is unset or of another scheme, so the highest was assumed)"
	}
	return f, true
}

func zoneFit(a *Asset, d *Derived, i int) (Finding, bool) {
	judged := a.Zone != 0 || a.Kind.ZoneRequired() || !a.Kind.Valid()
	if !judged || a.Zone == zone.MyNumberZone {
		return Finding{}, false
	}
	where, whereEn := "領域の指定なし", "no zone"
	switch {
	case a.Zone.Valid():
		where, whereEn = a.Zone.Ja(), "the "+a.Zone.En()
	case a.Zone != 0:
		where, whereEn = "不明な領域（"+a.Zone.String()+"）", "an unknown zone ("+a.Zone.String()+")"
	}
	switch {
	case a.MyNumber:
		f := newFinding(RuleMyNumberOutsideZone, a, i, "zone")
		f.Ja = "マイナンバー利用事務の情報であるが、" + where + "にある（マイナンバー利用事務系に置く必要がある）"
		f.En = "information of My Number work is in " + whereEn + ", not in the My Number zone"
		return f, true
	case d.MyNumber != nil:
		f := newFinding(RuleMyNumberHolderOutsideZone, a, i, "zone")
		f.Source = d.MyNumber.ID
		f.Ja = "マイナンバー利用事務の情報「" + d.MyNumber.ID + "」を保持・処理しているが、" + where + "にある（マイナンバー利用事務系に置く必要がある）"
		f.En = "holds or processes My Number information " + strconv.Quote(d.MyNumber.ID) + " but is in " + whereEn + ", not in the My Number zone"
		return f, true
	}
	return Finding{}, false
}
