package asset_test

import (
	"fmt"
	"testing"

	"github.com/jichitai-sec/policy/asset"
	"github.com/jichitai-sec/policy/zone"
)

// chains returns n assets in chains of the given length: each asset but
// the last of its chain contains the next, the last is information, and
// every tenth chain holds 3A My Number information.
func chains(n, length int) []asset.Asset {
	as := make([]asset.Asset, n)
	for i := range as {
		id, next := fmt.Sprintf("a%d", i), fmt.Sprintf("a%d", i+1)
		if i%length == length-1 || i == n-1 {
			c, my := cls(asset.C2, asset.I1, asset.A2), false
			if (i/length)%10 == 0 {
				c, my = hi24, true
			}
			as[i] = info(id, zone.MyNumberZone, c, my)
			continue
		}
		as[i] = sys(id, zone.MyNumberZone, low, next)
	}
	return as
}

// BenchmarkDerive measures Derive (its validation included) on 10,000 and
// 100,000 assets, in chains of 100 and in one chain: the time per asset
// should stay flat (linear).
func BenchmarkDerive(b *testing.B) {
	for _, bc := range []struct {
		n, length int
	}{{10_000, 100}, {100_000, 100}, {10_000, 10_000}, {100_000, 100_000}} {
		as := chains(bc.n, bc.length)
		b.Run(fmt.Sprintf("n=%d/chain=%d", bc.n, bc.length), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := asset.Derive(as, g24, at); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(bc.n), "ns/asset")
		})
	}
}

// BenchmarkCheck measures Check (Validate, Derive and the rules) on 100,000
// assets whose classifications already meet their minimums, so that it
// measures the checks rather than the writing of findings.
func BenchmarkCheck(b *testing.B) {
	as := chains(100_000, 100)
	ds, err := asset.Derive(as, g24, at)
	if err != nil {
		b.Fatal(err)
	}
	as = raise(as, ds, g24)
	b.ReportAllocs()
	for b.Loop() {
		if fs, err := asset.Check(as, g24, at); err != nil || len(fs) > 0 {
			b.Fatal(err, len(fs))
		}
	}
}

// BenchmarkValidate measures Validate on 10,000 and 100,000 valid assets.
func BenchmarkValidate(b *testing.B) {
	for _, n := range []int{10_000, 100_000} {
		as := chains(n, 100)
		b.Run(fmt.Sprintf("n=%d", n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if errs := asset.Validate(as, g24, at); len(errs) > 0 {
					b.Fatal(errs)
				}
			}
		})
	}
}
