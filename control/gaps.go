package control

import (
	"strconv"

	"github.com/jichitai-sec/policy/asset"
	"github.com/jichitai-sec/policy/clause"
	"github.com/jichitai-sec/policy/date"
	"github.com/jichitai-sec/policy/field"
	"github.com/jichitai-sec/policy/finding"
	"github.com/jichitai-sec/policy/lang"
)

// GapOptions are what Gaps needs beyond the requirements and the records.
type GapOptions struct {
	// RecordsAt is the path of the list of records, under which findings
	// about a record are reported ("/records" gives "/records/3/status").
	RecordsAt field.Path
	// CheckEveryMonths is the interval, in months, within which the
	// organization checks that an implemented control is as recorded. Zero
	// or less means no interval is set and staleness is not judged.
	CheckEveryMonths int
}

// Gaps compares what is required with what is recorded, on asOf, and
// returns a finding for each gap, in the order of the requirements. A
// requirement is met by the record of its control for its asset or, when
// there is none, the organization-wide record of its control. Per
// requirement, at most one finding:
//
//   - no record (RuleMissing, at the requirement's path);
//   - partly implemented (RulePartial, at the record);
//   - planned with a target date not passed (RulePlanned, information
//     only) or passed (RulePlannedOverdue);
//   - not applicable for a control that may not be waived
//     (RuleNotWaivable), or without a justification (RuleWaiverUnjustified);
//   - implemented but never checked, or last checked more than
//     o.CheckEveryMonths months before asOf (RuleCheckStale).
//
// Each finding cites the control's own clause (so its severity follows
// that clause's duty: a firm control missing is an error, an effort one a
// warning) with the rule's further citation, and names the control and
// the asset. Records are assumed valid (ValidateRecords); a record that no
// requirement asks for produces nothing.
func Gaps(required []Requirement, records []Record, asOf date.Date, o GapOptions) []finding.Finding {
	x := newRecordIndex(records)
	// First the record that meets each requirement (-1 for none) and the
	// rule it breaks, then the findings, in a slice allocated once at its
	// size.
	meets := make([]int, len(required))
	broken := make([]Rule, len(required))
	n := 0
	for i := range required {
		q := &required[i]
		j := x.find(q.Control, q.Asset, records)
		meets[i], broken[i] = j, judge(q, records, j, asOf, o)
		if broken[i] != 0 {
			n++
		}
	}
	if n == 0 {
		return nil
	}
	w := newGapWriter(n)
	for i := range required {
		q, j, rule := &required[i], meets[i], broken[i]
		if rule == 0 {
			continue
		}
		p := q.Path
		if j >= 0 {
			p = recordPath(o.RecordsAt, j, memberOf(rule))
		}
		w.gap(rule, q, p, detailOf(rule, records, j, o))
	}
	return w.out
}

// recordIndex finds the record that meets a requirement: the first record
// of its control for its asset or, when there is none, the first
// organization-wide record of its control. It groups the records by
// asset, so that a register's requirements, which come asset by asset,
// cost one map look-up per asset rather than one per requirement: at a
// hundred thousand assets the look-ups, not the work, were the cost.
type recordIndex struct {
	org    [256]int       // by control: the first organization-wide record, or -1
	groups map[string]int // asset id → its group
	// The records of group g are byGroup[start[g]:end[g]], in list order,
	// only the first of each control: at most 256, so that a search of a
	// group is bounded whatever the list repeats.
	start, end []int
	byGroup    []int
	last       string // the asset of the last look-up, and its group (-1 for none)
	lastG      int
}

func newRecordIndex(records []Record) *recordIndex {
	x := &recordIndex{groups: map[string]int{}, lastG: -1}
	for c := range x.org {
		x.org[c] = -1
	}
	group := make([]int, len(records)) // each record's group, -1 for organization-wide
	var size []int
	for i := range records {
		r := &records[i]
		if r.Asset == "" {
			group[i] = -1
			if x.org[r.Control] < 0 {
				x.org[r.Control] = i
			}
			continue
		}
		g, ok := x.groups[r.Asset]
		if !ok {
			g = len(size)
			x.groups[r.Asset] = g
			size = append(size, 0)
		}
		group[i] = g
		size[g]++
	}
	x.start, x.end = make([]int, len(size)), make([]int, len(size))
	at := 0
	for g, n := range size {
		x.start[g], x.end[g] = at, at
		at += n
	}
	x.byGroup = make([]int, at)
	seen := make([][4]uint64, len(size))
	for i, g := range group {
		if g < 0 {
			continue
		}
		c := records[i].Control
		if bit := uint64(1) << (c % 64); seen[g][c/64]&bit == 0 {
			seen[g][c/64] |= bit
			x.byGroup[x.end[g]] = i
			x.end[g]++
		}
	}
	return x
}

// find returns the index of the record that meets the requirement of
// control c for the asset with id a (empty for the organization), or -1.
func (x *recordIndex) find(c Control, a string, records []Record) int {
	if a != "" {
		if a != x.last {
			x.last, x.lastG = a, -1
			if g, ok := x.groups[a]; ok {
				x.lastG = g
			}
		}
		if g := x.lastG; g >= 0 {
			for _, k := range x.byGroup[x.start[g]:x.end[g]] {
				if records[k].Control == c {
					return k
				}
			}
		}
	}
	return x.org[c]
}

// judge returns the rule that requirement q breaks given records[j] (j < 0
// for no record), or 0 when the record meets it.
func judge(q *Requirement, records []Record, j int, asOf date.Date, o GapOptions) Rule {
	if j < 0 {
		return RuleMissing
	}
	r := &records[j]
	switch r.Status {
	case StatusImplemented:
		if o.CheckEveryMonths > 0 && (r.CheckedOn.IsZero() || r.CheckedOn.AddMonths(o.CheckEveryMonths).Before(asOf)) {
			return RuleCheckStale
		}
		return 0
	case StatusPartial:
		return RulePartial
	case StatusPlanned:
		if r.Target.Before(asOf) || r.Target.IsZero() {
			return RulePlannedOverdue
		}
		return RulePlanned
	case StatusNotApplicable:
		switch {
		case !q.Control.Waivable():
			return RuleNotWaivable
		case blank(r.Justification):
			return RuleWaiverUnjustified
		}
		return 0
	}
	return RuleMissing // an unknown status
}

// memberOf is the member of the record that a finding of rule r points at.
func memberOf(r Rule) string {
	switch r {
	case RuleCheckStale:
		return "checkedOn"
	case RulePlanned, RulePlannedOverdue:
		return "target"
	case RuleWaiverUnjustified:
		return "justification"
	}
	return "status" // partial, not waivable, or a status Gaps does not know
}

// detail is what the record shows for a rule, in pieces (a date or a
// number between fixed words), so that gap writes the finding's text in
// one concatenation per language.
type detail struct{ ja, en [5]string }

// detailOf says what the record (records[j], or none for j < 0) shows for
// rule r.
func detailOf(r Rule, records []Record, j int, o GapOptions) detail {
	if j < 0 {
		return detail{} // the rule says it: no record
	}
	rec := &records[j]
	switch r {
	case RuleCheckStale:
		if rec.CheckedOn.IsZero() {
			return detail{[5]string{"確認の記録がない"}, [5]string{"never checked"}}
		}
		d, m := rec.CheckedOn.String(), strconv.Itoa(o.CheckEveryMonths)
		return detail{[5]string{"最終確認", d, "（間隔", m, "か月）"}, [5]string{"last checked ", d, ", interval ", m, " months"}}
	case RulePartial:
		return detail{[5]string{"一部実施"}, [5]string{"partly implemented"}}
	case RulePlanned, RulePlannedOverdue:
		ts := rec.Target.String()
		return detail{[5]string{"予定日", ts}, [5]string{"target ", ts}}
	case RuleNotWaivable:
		return detail{[5]string{"対象外にできない"}, [5]string{"cannot be waived"}}
	case RuleWaiverUnjustified:
		return detail{[5]string{"理由の記載なし"}, [5]string{"no justification"}}
	}
	return detail{[5]string{"実施状況が不明"}, [5]string{"unknown status"}}
}

// gapWriter writes the findings of Gaps. A register of many assets has
// many findings of the same text (the same control missing for the same
// reason), so each text is built once and shared (strings cannot be
// changed), and the findings' ids and further clauses are carved from one
// allocation each, every finding keeping its own.
type gapWriter struct {
	out   []finding.Finding
	ids   []string
	also  []clause.Clause
	texts map[gapText]lang.Text
}

// gapText is what the text of a gap finding depends on.
type gapText struct {
	rule     Rule
	control  Control
	reason   Reason
	property asset.Property
	owner    asset.Unit
	detail   detail
}

func newGapWriter(n int) *gapWriter {
	return &gapWriter{out: make([]finding.Finding, 0, n), ids: make([]string, 0, 2*n),
		also: make([]clause.Clause, 0, n), texts: map[gapText]lang.Text{}}
}

// gap appends the finding of rule r for requirement q at path p.
func (w *gapWriter) gap(r Rule, q *Requirement, p field.Path, d detail) {
	sev := finding.For(q.Clause)
	if r == RulePlanned {
		sev = finding.Info
	}
	f := finding.Finding{Rule: r.String(), Severity: sev, Clause: q.Clause, Path: p, Text: w.text(r, q, d)}
	k := len(w.ids)
	if q.Asset != "" {
		w.ids = append(w.ids, q.Control.String(), q.Asset)
	} else {
		w.ids = append(w.ids, q.Control.String())
	}
	f.IDs = w.ids[k:len(w.ids):len(w.ids)]
	if a := r.Also(); a != 0 && a != q.Clause {
		w.also = append(w.also, a)
		f.Also = w.also[len(w.also)-1 : len(w.also) : len(w.also)]
	}
	w.out = append(w.out, f)
}

// text returns the text of the finding of rule r for q with detail d, in
// one concatenation per language the first time it is asked for.
func (w *gapWriter) text(r Rule, q *Requirement, d detail) lang.Text {
	key := gapText{rule: r, control: q.Control, reason: q.Reason, detail: d}
	switch q.Reason { // what the qualifier reads
	case ReasonLevel:
		key.property = q.Property
	case ReasonOwner:
		key.owner = q.Owner
	}
	if t, ok := w.texts[key]; ok {
		return t
	}
	x := q.qualifier()
	openJa, closeJa, openEn, closeEn := "（", "）", " (", ")"
	if d == (detail{}) {
		openJa, closeJa, openEn, closeEn = "", "", "", ""
	}
	t := lang.Text{
		Ja: r.Ja() + "：" + q.Control.Ja() + "：" + q.Reason.Ja() + x.openJa + x.Ja + x.closeJa +
			openJa + d.ja[0] + d.ja[1] + d.ja[2] + d.ja[3] + d.ja[4] + closeJa,
		En: r.En() + ": " + q.Control.En() + ": " + q.Reason.En() + x.openEn + x.En + x.closeEn +
			openEn + d.en[0] + d.en[1] + d.en[2] + d.en[3] + d.en[4] + closeEn,
	}
	w.texts[key] = t
	return t
}

// recordPath is at.Index(j).Child(member) in one allocation; member needs
// no escaping.
func recordPath(at field.Path, j int, member string) field.Path {
	var buf [20]byte
	return at + "/" + field.Path(strconv.AppendInt(buf[:0], int64(j), 10)) + "/" + field.Path(member)
}
