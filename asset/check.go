package asset

import (
	"strconv"

	"github.com/jichitai-sec/policy/field"
	"github.com/jichitai-sec/policy/finding"
	"github.com/jichitai-sec/policy/lang"
	"github.com/jichitai-sec/policy/zone"
)

// Check applies the rules to a list of assets classified by scheme s and
// returns the policy gaps it finds, each a finding.Finding at a JSON Pointer
// under at (the path of the list, as for Validate), ordered by asset, then
// by rule (in the order of Rules), then by property, so that the same input
// gives the same findings.
//
// Check first runs Validate and fails closed: a list with problems gets no
// findings and the field.List as the error, never a verdict on assets it
// cannot tell apart (two assets sharing an id, a reference to nothing).
//
// The rules, each reported with the severity of its clause's duty
// (Rule.Severity):
//
//   - RuleUnclassified (6(2); 2(5)–(7)): one finding per property without a
//     level, at its path (/assets/3/classification/confidentiality).
//   - RuleBelowMinimum (6(2); 2(5)–(7)): each declared level must be at
//     least the level Derive requires from the asset's contents.
//   - RuleMyNumberOutsideZone (6(3)ア; 2(8)): information of My Number work
//     (MyNumber true) must live in the My Number zone.
//   - RuleMyNumberHolderOutsideZone (6(3)ア; 2(8)): an asset that contains
//     My Number information, directly or through other assets, inherits
//     the requirement: the system that processes it, the network that
//     carries that system, the medium that stores it. The My Number zone
//     is defined as the systems and the data of that work together (2(8)),
//     so the data cannot be in the zone while its holder is outside. An
//     asset that breaks both zone rules is reported once, under
//     RuleMyNumberOutsideZone.
//
// The zone rules judge the assets that state a zone (Validate makes the
// kinds of Kind.ZoneRequired state one). An asset of a kind that need not
// state a zone and states none (a building, a paper file, a backbone) is
// not judged by them.
func Check(assets []Asset, s Scheme, at field.Path) ([]finding.Finding, error) {
	derived, err := Derive(assets, s, at)
	if err != nil {
		return nil, err
	}
	// Twice through the assets: to count the findings, so that they are
	// allocated once at their number, then to write them.
	var out []finding.Finding
	for pass := range 2 {
		n := 0
		for i := range assets {
			a, d := &assets[i], &derived[i]
			var p field.Path // the asset's path, built only for its findings
			path := func() field.Path {
				if p == "" {
					p = at.Index(i)
				}
				return p
			}
			for q := Confidentiality; q <= Availability; q++ {
				if a.Classification.level(q) == 0 {
					n++
					if pass == 1 {
						out = append(out, unclassified(a, d, q, path()))
					}
				}
			}
			for _, r := range d.Reasons {
				if belowMinimum(a, d, r, s) {
					n++
					if pass == 1 {
						out = append(out, belowMinimumFinding(a, d, r, path()))
					}
				}
			}
			if outsideZone(a, d) {
				n++
				if pass == 1 {
					out = append(out, zoneFinding(a, d, path()))
				}
			}
		}
		if n == 0 {
			return nil, nil
		}
		if pass == 0 {
			out = make([]finding.Finding, 0, n)
		}
	}
	return out, nil
}

// propertyFinding is a finding of rule r on property p of the asset at
// path ap, citing p's definition besides the rule's clauses.
func propertyFinding(r Rule, ap field.Path, p Property, text lang.Text, ids ...string) finding.Finding {
	f := r.Finding(ap.Child("classification").Child(p.String()), text, ids...)
	f.Also = append(f.Also, p.Clause())
	return f
}

func unclassified(a *Asset, d *Derived, p Property, ap field.Path) finding.Finding {
	text := lang.Text{
		Ja: p.Ja() + "の格付がない（未分類）",
		En: "no " + p.En() + " level: the asset is unclassified for " + p.En(),
	}
	r, ok := d.Reason(p)
	if !ok {
		return propertyFinding(RuleUnclassified, ap, p, text, a.ID)
	}
	lo := levelLabel(p, d.Minimum.level(p))
	text = text.Append(lang.Text{
		Ja: "。含まれる情報資産「" + r.From.ID + "」から" + lo.Ja + "以上が求められる",
		En: "; contained asset " + strconv.Quote(r.From.ID) + " requires at least " + lo.En,
	})
	return propertyFinding(RuleUnclassified, ap, p, text, a.ID, r.From.ID)
}

// belowMinimum reports whether a's declared level of r.Property is below
// the derived minimum; an unclassified one is RuleUnclassified's.
func belowMinimum(a *Asset, d *Derived, r Reason, s Scheme) bool {
	p := r.Property
	decl := a.Classification.level(p)
	if decl == 0 {
		return false
	}
	c, ok := compareRanks(s, p, decl, d.Minimum.level(p))
	return !ok || c < 0
}

func belowMinimumFinding(a *Asset, d *Derived, r Reason, ap field.Path) finding.Finding {
	p := r.Property
	decl, lo := a.Classification.level(p), d.Minimum.level(p)
	dl, ll := levelLabel(p, decl), levelLabel(p, lo)
	text := lang.Text{
		Ja: "格付（" + dl.Ja + "）が、含まれる情報資産「" + r.From.ID + "」から求められる" + ll.Ja + "を下回る",
		En: "declared " + dl.En + " is below " + ll.En + ", which contained asset " + strconv.Quote(r.From.ID) + " requires",
	}
	if r.Assumed {
		text = text.Append(lang.Text{
			Ja: "（「" + r.From.ID + "」の格付が未分類のため、最上位とみなした）",
			En: " (its own level is unclassified, so the highest was assumed)",
		})
	}
	return propertyFinding(RuleBelowMinimum, ap, p, text, a.ID, r.From.ID)
}

// outsideZone reports whether a breaks a zone rule: it states a zone other than
// the My Number zone and is, or holds, My Number information.
func outsideZone(a *Asset, d *Derived) bool {
	return a.Zone != 0 && a.Zone != zone.MyNumberZone && (a.MyNumber || d.MyNumber != nil)
}

// zoneFinding is the finding of an asset found by outsideZone to break a zone rule.
func zoneFinding(a *Asset, d *Derived, ap field.Path) finding.Finding {
	p := ap.Child("zone")
	if a.MyNumber {
		return RuleMyNumberOutsideZone.Finding(p, lang.Text{
			Ja: "マイナンバー利用事務の情報であるが、" + a.Zone.Ja() + "にある（マイナンバー利用事務系に置く必要がある）",
			En: "information of My Number work is in the " + a.Zone.En() + ", not in the My Number zone",
		}, a.ID)
	}
	src := d.MyNumber.ID
	return RuleMyNumberHolderOutsideZone.Finding(p, lang.Text{
		Ja: "マイナンバー利用事務の情報「" + src + "」を保持・処理しているが、" + a.Zone.Ja() + "にある（マイナンバー利用事務系に置く必要がある）",
		En: "holds or processes My Number information " + strconv.Quote(src) + " but is in the " + a.Zone.En() + ", not in the My Number zone",
	}, a.ID, src)
}
