package zone_test

import (
	"runtime"
	"testing"

	"github.com/jichitai-sec/policy/zone"
)

// allocated returns the bytes f allocates, from the runtime's count of
// every byte ever allocated (not a sample, and not affected by when the
// collector runs). Tests of this package do not run in parallel, so
// nothing else allocates meanwhile to speak of.
func allocated(f func()) uint64 {
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	f()
	runtime.ReadMemStats(&after)
	return after.TotalAlloc - before.TotalAlloc
}

// TestFindLeaksMemoryLinear: on the chain, where every one of n nodes is a
// leak of up to n+1 hops, FindLeaks and its findings take memory linear in
// n (a report of a path per leak would take n²/2 hops). Ten times the
// chain may take at most twelve times the memory.
func TestFindLeaksMemoryLinear(t *testing.T) {
	if testing.Short() {
		t.Skip("builds chains of 100,000 nodes")
	}
	measure := func(n int) uint64 {
		top, exs := chainShape(n)
		var leaks int
		bytes := allocated(func() {
			r, err := zone.FindLeaks(top, exs, asOf, "/topology")
			if err != nil {
				t.Fatal(err)
			}
			leaks = len(r.Leaks) + len(r.Findings("/topology"))
		})
		if leaks != 2*n {
			t.Fatalf("chain of %d: %d leaks and findings, want %d", n, leaks, 2*n)
		}
		return bytes
	}
	measure(1_000) // warm up: the first call pays for one-off allocations
	small, large := measure(10_000), measure(100_000)
	ratio := float64(large) / float64(small)
	t.Logf("chain of 10,000: %d B; of 100,000: %d B; ratio %.2f", small, large, ratio)
	if ratio > 12 {
		t.Errorf("ten times the chain took %.1f times the memory (%d B, then %d B), want at most 12", ratio, small, large)
	}
}
