package control_test

import (
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/jichitai-sec/policy/asset"
	"github.com/jichitai-sec/policy/clause"
	"github.com/jichitai-sec/policy/control"
	"github.com/jichitai-sec/policy/field"
	"github.com/jichitai-sec/policy/finding"
	"github.com/jichitai-sec/policy/policytest"
	"pgregory.net/rapid"
)

// register generates a valid register of up to n assets of scheme s, as
// policytest.Assets does, with some of its networks wireless LANs.
func register(s asset.Scheme, n int) *rapid.Generator[[]asset.Asset] {
	return rapid.Custom(func(t *rapid.T) []asset.Asset {
		as := policytest.Assets(s, n).Draw(t, "assets")
		for i := range as {
			as[i].Wireless = as[i].Kind == asset.Network && rapid.Bool().Draw(t, "wireless")
		}
		return as
	})
}

// oneAsset generates one valid asset of scheme s, sometimes a wireless LAN.
func oneAsset(s asset.Scheme) *rapid.Generator[asset.Asset] {
	return rapid.Custom(func(t *rapid.T) asset.Asset {
		a := policytest.Asset(s, "a-1").Draw(t, "asset")
		a.Wireless = a.Kind == asset.Network && rapid.Bool().Draw(t, "wireless")
		return a
	})
}

func controlSet(rs []control.Requirement) map[control.Control]bool {
	m := map[control.Control]bool{}
	for _, r := range rs {
		m[r.Control] = true
	}
	return m
}

// TestPropertyRequiredDeterministic: the same asset gives the same
// requirements, byte for byte, never empty: a classified asset requires at
// least its classification, its register entry and the rules for its
// owner's staff.
func TestPropertyRequiredDeterministic(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		s := policytest.Scheme().Draw(t, "scheme")
		a := oneAsset(s).Draw(t, "asset")
		first := control.Required(a, s)
		if diff := cmp.Diff(first, control.Required(a, s)); diff != "" {
			t.Fatalf("Required differs between calls:\n%s", diff)
		}
		got := controlSet(first)
		for _, c := range []control.Control{control.AssetClassification, control.AssetInventory, control.HumanRules} {
			if !got[c] {
				t.Fatalf("Required(%+v) lacks %s: %v", a, c, controlsOf(first))
			}
		}
		// RequiredAll of a register is Required asset by asset.
		as := register(s, 8).Draw(t, "register")
		all := control.RequiredAll(as, s, "/assets")
		var want []control.Requirement
		for i, a := range as {
			for _, r := range control.Required(a, s) {
				r.Path = field.Path("/assets").Index(i)
				want = append(want, r)
			}
		}
		if diff := cmp.Diff(want, all); diff != "" {
			t.Fatalf("RequiredAll is not Required asset by asset:\n%s", diff)
		}
	})
}

// raise returns a with property p raised to a level of s at least as high
// as the one it has (which must be one s allows).
func raise(t *rapid.T, a asset.Asset, s asset.Scheme, p asset.Property) asset.Asset {
	switch p {
	case asset.Confidentiality:
		ls := s.Confidentiality().Levels()
		i := slices.Index(ls, a.Classification.Confidentiality)
		a.Classification.Confidentiality = ls[rapid.IntRange(i, len(ls)-1).Draw(t, "to")]
	case asset.Integrity:
		ls := s.Integrity().Levels()
		i := slices.Index(ls, a.Classification.Integrity)
		a.Classification.Integrity = ls[rapid.IntRange(i, len(ls)-1).Draw(t, "to")]
	default:
		ls := s.Availability().Levels()
		i := slices.Index(ls, a.Classification.Availability)
		a.Classification.Availability = ls[rapid.IntRange(i, len(ls)-1).Draw(t, "to")]
	}
	return a
}

// TestPropertyRequiredMonotone: raising any level, marking the asset as My
// Number work, or leaving a property unclassified (which fails closed to
// the highest band) never removes a requirement.
func TestPropertyRequiredMonotone(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		s := policytest.Scheme().Draw(t, "scheme")
		a := oneAsset(s).Draw(t, "asset")
		var b asset.Asset
		switch how := rapid.IntRange(0, 2).Draw(t, "how"); how {
		case 0:
			b = raise(t, a, s, rapid.SampledFrom(asset.Properties()).Draw(t, "property"))
		case 1:
			b = a
			b.MyNumber = true
		default:
			b = a
			b.Classification = policytest.PartialClassification(s).Draw(t, "partial")
			// Keep the levels that stay set where they were: only the
			// unsetting is under test.
			if b.Classification.Confidentiality != 0 {
				b.Classification.Confidentiality = a.Classification.Confidentiality
			}
			if b.Classification.Integrity != 0 {
				b.Classification.Integrity = a.Classification.Integrity
			}
			if b.Classification.Availability != 0 {
				b.Classification.Availability = a.Classification.Availability
			}
		}
		before, after := controlSet(control.Required(a, s)), controlSet(control.Required(b, s))
		for c := range before {
			if !after[c] {
				t.Fatalf("%s lost going from %v (My Number %v) to %v (My Number %v)", c,
					a.Classification, a.MyNumber, b.Classification, b.MyNumber)
			}
		}
	})
}

// TestPropertyRequiredFailsClosed: an asset whose levels are unclassified,
// invalid or of the other scheme requires exactly what it would rated at
// the highest level of the scheme for those properties.
func TestPropertyRequiredFailsClosed(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		s := policytest.Scheme().Draw(t, "scheme")
		a := oneAsset(s).Draw(t, "asset")
		a.Classification = policytest.RawClassification().Draw(t, "raw")
		top := a
		if c := s.Confidentiality(); !c.Allows(a.Classification.Confidentiality) {
			top.Classification.Confidentiality = c.Levels()[len(c.Levels())-1]
		}
		if c := s.Integrity(); !c.Allows(a.Classification.Integrity) {
			top.Classification.Integrity = c.Levels()[len(c.Levels())-1]
		}
		if c := s.Availability(); !c.Allows(a.Classification.Availability) {
			top.Classification.Availability = c.Levels()[len(c.Levels())-1]
		}
		if diff := cmp.Diff(control.Required(top, s), control.Required(a, s)); diff != "" {
			t.Fatalf("%v does not fail closed to %v (-top +raw):\n%s", a.Classification, top.Classification, diff)
		}
	})
}

// referenceGaps is Gaps written plainly, requirement by requirement, for
// the properties below: find the asset's record by a linear search, else
// the organization's, and say what is wrong with it.
func referenceGaps(required []control.Requirement, records []control.Record, o control.GapOptions) []gapFinding {
	var out []gapFinding
	for _, q := range required {
		j := -1
		for k, r := range records {
			if r.Control == q.Control && r.Asset == q.Asset {
				j = k
				break
			}
		}
		if j < 0 {
			for k, r := range records {
				if r.Control == q.Control && r.Asset == "" {
					j = k
					break
				}
			}
		}
		sev := finding.Error
		if q.Control.Duty() == clause.Effort {
			sev = finding.Warning
		}
		ids := []string{q.Control.String()}
		if q.Asset != "" {
			ids = append(ids, q.Asset)
		}
		at := func(child string) field.Path { return o.RecordsAt.Index(j).Child(child) }
		if j < 0 {
			out = append(out, gapFinding{"control-missing", sev, q.Clause, nil, q.Path, ids})
			continue
		}
		r := records[j]
		switch r.Status {
		case control.StatusImplemented:
			if o.CheckEveryMonths > 0 {
				dueBy := r.CheckedOn.AddMonths(o.CheckEveryMonths)
				if r.CheckedOn.IsZero() || asOf.After(dueBy) {
					var also []clause.Clause
					if q.Clause != clause.AuditAndSelfInspection {
						also = []clause.Clause{clause.AuditAndSelfInspection}
					}
					out = append(out, gapFinding{"control-check-stale", sev, q.Clause, also, at("checkedOn"), ids})
				}
			}
		case control.StatusPartial:
			out = append(out, gapFinding{"control-partial", sev, q.Clause, nil, at("status"), ids})
		case control.StatusPlanned:
			if asOf.After(r.Target) {
				out = append(out, gapFinding{"control-planned-overdue", sev, q.Clause, nil, at("target"), ids})
			} else {
				out = append(out, gapFinding{"control-planned", finding.Info, q.Clause, nil, at("target"), ids})
			}
		case control.StatusNotApplicable:
			if !q.Control.Waivable() {
				out = append(out, gapFinding{"control-not-waivable", sev, q.Clause, nil, at("status"), ids})
			} else if len(trimSpace(r.Justification)) == 0 {
				out = append(out, gapFinding{"control-waiver-unjustified", sev, q.Clause, nil, at("justification"), ids})
			}
		default:
			out = append(out, gapFinding{"control-missing", sev, q.Clause, nil, at("status"), ids})
		}
	}
	return out
}

// trimSpace drops blanks at both ends, for the reference alone.
func trimSpace(s string) string {
	isSpace := func(b byte) bool { return b == ' ' || b == '\t' || b == '\n' || b == '\r' || b == '\v' || b == '\f' }
	for len(s) > 0 && isSpace(s[0]) {
		s = s[1:]
	}
	for len(s) > 0 && isSpace(s[len(s)-1]) {
		s = s[:len(s)-1]
	}
	return s
}

// good reports whether record r meets its requirement fully: implemented
// (and checked within the interval, when one is set), or waived with a
// justification where waiving is allowed.
func good(r control.Record, o control.GapOptions) bool {
	switch r.Status {
	case control.StatusImplemented:
		return o.CheckEveryMonths <= 0 || !r.CheckedOn.IsZero() && !asOf.After(r.CheckedOn.AddMonths(o.CheckEveryMonths))
	case control.StatusNotApplicable:
		return r.Control.Waivable() && trimSpace(r.Justification) != ""
	}
	return false
}

type gapCase struct {
	assets   []asset.Asset
	required []control.Requirement
	records  []control.Record
	opts     control.GapOptions
}

func drawGapCase(t *rapid.T) gapCase {
	s := policytest.Scheme().Draw(t, "scheme")
	as := register(s, 10).Draw(t, "assets")
	required := append(control.OrganizationRequired("/organization"), control.RequiredAll(as, s, "/assets")...)
	records := policytest.Records(as, required, asOf).Draw(t, "records")
	if errs := control.ValidateRecords(records, as, "/records"); len(errs) != 0 {
		t.Fatalf("policytest.Records generated invalid records: %v", errs)
	}
	o := control.GapOptions{RecordsAt: "/records", CheckEveryMonths: rapid.SampledFrom([]int{0, 1, 6, 12, 24}).Draw(t, "interval")}
	return gapCase{as, required, records, o}
}

// TestPropertyGapsAgainstReference: on valid registers and records, Gaps
// reports what the plain reference does, finding for finding; and a
// requirement has a finding exactly when it lacks a record that meets it
// (a plan not yet due is a finding too, for information).
func TestPropertyGapsAgainstReference(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		gc := drawGapCase(t)
		got := control.Gaps(gc.required, gc.records, asOf, gc.opts)
		if diff := cmp.Diff(referenceGaps(gc.required, gc.records, gc.opts), summary(got)); diff != "" {
			t.Fatalf("Gaps differs from the reference (-reference +Gaps):\n%s", diff)
		}
		// Count the requirements without a record that meets them.
		lacking := 0
		for _, q := range gc.required {
			met := false
			if j := slices.IndexFunc(gc.records, func(r control.Record) bool { return r.Control == q.Control && r.Asset == q.Asset }); j >= 0 {
				met = good(gc.records[j], gc.opts)
			} else if j := slices.IndexFunc(gc.records, func(r control.Record) bool { return r.Control == q.Control && r.Asset == "" }); j >= 0 {
				met = good(gc.records[j], gc.opts)
			}
			if !met {
				lacking++
			}
		}
		if len(got) != lacking {
			t.Fatalf("%d findings for %d requirements lacking a record that meets them", len(got), lacking)
		}
		if diff := cmp.Diff(got, control.Gaps(gc.required, gc.records, asOf, gc.opts)); diff != "" {
			t.Fatalf("Gaps differs between calls:\n%s", diff)
		}
	})
}

// TestPropertyGapsRepeatedRecords: Gaps assumes valid records, but on a
// list that repeats a control and asset it still does what the reference
// does: the first record counts.
func TestPropertyGapsRepeatedRecords(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		gc := drawGapCase(t)
		records := slices.Clone(gc.records)
		for range rapid.IntRange(1, 5).Draw(t, "repeats") {
			if len(records) == 0 {
				break
			}
			r := rapid.SampledFrom(records).Draw(t, "repeated")
			r.Status = policytest.RawStatus().Draw(t, "status")
			at := rapid.IntRange(0, len(records)).Draw(t, "at")
			records = slices.Insert(records, at, r)
		}
		got := control.Gaps(gc.required, records, asOf, gc.opts)
		if diff := cmp.Diff(referenceGaps(gc.required, records, gc.opts), summary(got)); diff != "" {
			t.Fatalf("Gaps differs from the reference (-reference +Gaps):\n%s", diff)
		}
	})
}

// TestPropertyGoodRecordAddsNoFinding: adding a valid record, implemented
// and checked today, never adds a finding: what Gaps reports afterwards is
// what it reported before, less perhaps some findings.
func TestPropertyGoodRecordAddsNoFinding(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		gc := drawGapCase(t)
		if len(gc.required) == 0 {
			return
		}
		q := rapid.SampledFrom(gc.required).Draw(t, "requirement")
		r := control.Record{Control: q.Control, Asset: q.Asset, Status: control.StatusImplemented, CheckedOn: asOf}
		if rapid.Bool().Draw(t, "organizationWide") {
			r.Asset = ""
		}
		if slices.ContainsFunc(gc.records, func(o control.Record) bool { return o.Control == r.Control && o.Asset == r.Asset }) {
			return // a second record would be invalid
		}
		more := append(slices.Clone(gc.records), r)
		if errs := control.ValidateRecords(more, gc.assets, "/records"); len(errs) != 0 {
			t.Fatalf("the added record is invalid: %v", errs)
		}
		before := control.Gaps(gc.required, gc.records, asOf, gc.opts)
		after := control.Gaps(gc.required, more, asOf, gc.opts)
		// after must be a subsequence of before.
		i := 0
		for _, f := range after {
			for i < len(before) && !cmp.Equal(before[i], f) {
				i++
			}
			if i == len(before) {
				t.Fatalf("adding %+v added the finding %v", r, f)
			}
			i++
		}
		// The requirement's own record now meets it (an organization-wide
		// record does only where the asset has none of its own).
		own := r.Asset == q.Asset || !slices.ContainsFunc(gc.records, func(o control.Record) bool { return o.Control == q.Control && o.Asset == q.Asset })
		if fs := control.Gaps([]control.Requirement{q}, more, asOf, gc.opts); own && len(fs) != 0 {
			t.Fatalf("the requirement %+v still has findings after a good record was added for it: %v", q, fs)
		}
	})
}
