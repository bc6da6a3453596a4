package control_test

import (
	"fmt"
	"testing"

	"github.com/jichitai-sec/policy/asset"
	"github.com/jichitai-sec/policy/control"
	"github.com/jichitai-sec/policy/date"
	"github.com/jichitai-sec/policy/zone"
)

// benchSizes are 10× apart, so that the ratio of the figures shows whether
// the cost is linear in the register.
var benchSizes = []int{10_000, 100_000}

// benchAssets returns a register of n assets cycling through a mix of the
// kinds, zones and ratings a municipal register holds.
func benchAssets(n int) []asset.Asset {
	templates := []asset.Asset{
		mnSystem(""),
		info("", asset.C3B),
		with(info("", asset.C1), func(a *asset.Asset) { a.Zone = zone.MyNumberZone; a.MyNumber = true }),
		mk("", asset.InformationSystem, zone.BusinessZone, rated(asset.C2, asset.I2, asset.A2)),
		mk("", asset.InformationSystem, zone.InternetZone, low),
		with(mk("", asset.Network, zone.BusinessZone, low), func(a *asset.Asset) { a.Wireless = true }),
		mk("", asset.Facility, 0, rated(asset.C1, asset.I1, asset.A2)),
		mk("", asset.ElectronicMedia, zone.BusinessZone, rated(asset.C2, asset.I1, asset.A1)),
		mk("", asset.PrintedDocument, 0, rated(asset.C2, asset.I1, asset.A1)),
		mk("", asset.SystemDocument, 0, low),
	}
	out := make([]asset.Asset, n)
	for i := range out {
		out[i] = templates[i%len(templates)]
		out[i].ID = fmt.Sprintf("a-%d", i)
		out[i].Name = out[i].ID
	}
	return out
}

// benchRecords returns records in proportion to the requirements: of each
// five per-asset requirements, one implemented and checked, one checked
// too long ago, one partial, one planned, and one with no record; and one
// organization-wide record per organization control.
func benchRecords(required []control.Requirement, asOf date.Date) []control.Record {
	var out []control.Record
	for i, q := range required {
		r := control.Record{Control: q.Control, Asset: q.Asset}
		switch i % 5 {
		case 0:
			r.Status, r.CheckedOn = control.StatusImplemented, asOf.AddDays(-10)
		case 1:
			r.Status, r.CheckedOn = control.StatusImplemented, asOf.AddDays(-800)
		case 2:
			r.Status = control.StatusPartial
		case 3:
			r.Status, r.Target = control.StatusPlanned, asOf.AddDays(90)
		default:
			continue
		}
		out = append(out, r)
	}
	return out
}

func BenchmarkRequired(b *testing.B) {
	for _, n := range benchSizes {
		as := benchAssets(n)
		b.Run(fmt.Sprintf("assets=%d", n), func(b *testing.B) {
			b.ReportAllocs()
			// Once before timing (b.Loop starts the clock at its first
			// call), so that at a hundred thousand assets, where the
			// default bench time runs one or two iterations, the figure
			// is not that of the process growing its heap for the first
			// time.
			rs := control.RequiredAll(as, asset.Guideline2024, "/assets")
			for b.Loop() {
				rs = control.RequiredAll(as, asset.Guideline2024, "/assets")
			}
			b.ReportMetric(float64(len(rs))/float64(n), "reqs/asset")
		})
	}
}

func BenchmarkGaps(b *testing.B) {
	asOf := date.MustParse("2026-06-01")
	for _, n := range benchSizes {
		as := benchAssets(n)
		required := append(control.OrganizationRequired("/organization"), control.RequiredAll(as, asset.Guideline2024, "/assets")...)
		records := benchRecords(required, asOf)
		if errs := control.ValidateRecords(records, as, "/records"); len(errs) != 0 {
			b.Fatalf("invalid bench records: %v", errs[0])
		}
		o := control.GapOptions{RecordsAt: "/records", CheckEveryMonths: 12}
		b.Run(fmt.Sprintf("assets=%d", n), func(b *testing.B) {
			b.ReportAllocs()
			fs := len(control.Gaps(required, records, asOf, o)) // warm-up, as for Required
			for b.Loop() {
				fs = len(control.Gaps(required, records, asOf, o))
			}
			b.ReportMetric(float64(len(records))/float64(n), "records/asset")
			b.ReportMetric(float64(fs)/float64(n), "findings/asset")
		})
	}
}

// TestAllocations holds the hot paths to their allocation budget: nothing
// per asset or per requirement beyond the result. Required allocates its
// slice; RequiredAll its slice and one path per asset (shared by the
// asset's requirements); Gaps on a register whose requirements are all
// met allocates its index of the records and nothing per requirement (the
// map's tables grow by about one allocation per thousand assets).
func TestAllocations(t *testing.T) {
	if testing.Short() {
		t.Skip("allocation counts in -short mode")
	}
	a := mnSystem("mn-1")
	if n := testing.AllocsPerRun(100, func() { control.Required(a, asset.Guideline2024) }); n != 1 {
		t.Errorf("Required: %v allocations, want 1 (the result)", n)
	}
	asOf := date.MustParse("2026-06-01")
	for _, n := range []int{1_000, 10_000} {
		as := benchAssets(n)
		// A stray allocation of the runtime during a run shows as a fraction.
		if got := testing.AllocsPerRun(20, func() { control.RequiredAll(as, asset.Guideline2024, "/assets") }); got > float64(n+1)+0.5 {
			t.Errorf("RequiredAll of %d assets: %v allocations, want %d (the result and a path per asset)", n, got, n+1)
		}
		required := control.RequiredAll(as, asset.Guideline2024, "/assets")
		records := make([]control.Record, len(required))
		for i, q := range required {
			records[i] = control.Record{Control: q.Control, Asset: q.Asset, Status: control.StatusImplemented, CheckedOn: asOf}
		}
		o := control.GapOptions{RecordsAt: "/records", CheckEveryMonths: 12}
		var fs int
		got := testing.AllocsPerRun(10, func() { fs = len(control.Gaps(required, records, asOf, o)) })
		if fs != 0 {
			t.Fatalf("%d findings on a register whose requirements are all met", fs)
		}
		if budget := 50 + float64(n)/100; got > budget {
			t.Errorf("Gaps of %d assets, nothing missing: %v allocations, want at most %v (a constant and a few per thousand assets)", n, got, budget)
		} else {
			t.Logf("Gaps of %d assets, nothing missing: %v allocations", n, got)
		}
		// With gaps: at most six allocations per finding, all of them the
		// finding's own but the date its text quotes (the two texts, the
		// ids, the path, the further clause).
		mixed := benchRecords(required, asOf)
		got = testing.AllocsPerRun(5, func() { fs = len(control.Gaps(required, mixed, asOf, o)) })
		if budget := 50 + float64(n)/100 + 6*float64(fs); fs == 0 || got > budget {
			t.Errorf("Gaps of %d assets, %d findings: %v allocations, want at most %v", n, fs, got, budget)
		} else {
			t.Logf("Gaps of %d assets, %d findings: %v allocations (%.2f per finding)", n, fs, got, got/float64(fs))
		}
	}
}
