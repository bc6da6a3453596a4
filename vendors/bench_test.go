package vendors_test

import (
	"strconv"
	"testing"

	"github.com/jichitai-sec/policy/asset"
	"github.com/jichitai-sec/policy/date"
	"github.com/jichitai-sec/policy/vendors"
	"github.com/jichitai-sec/policy/zone"
)

// benchWorld builds, deterministically, n contractors over 10n assets
// (systems each processing nine pieces of information, a tenth of them My
// Number information), n/10 services and n/100 accounts, with gaps of
// every kind spread through them: the input of a large organization's
// register.
func benchWorld(n int) (vendors.Register, vendors.Refs) {
	levels := asset.Guideline2024.Confidentiality().Levels()
	nAssets := 10 * n
	as := make([]asset.Asset, nAssets)
	for i := range as {
		a := asset.Asset{ID: "a" + strconv.Itoa(i), Name: "資産", Owner: asset.Administrator,
			Classification: asset.Classification{Confidentiality: levels[i%len(levels)], Integrity: asset.I1, Availability: asset.A1}}
		if i%10 == 0 { // a system processing the next nine
			a.Kind, a.Zone = asset.InformationSystem, zone.BusinessZone
			for j := 1; j < 10 && i+j < nAssets; j++ {
				a.Contains = append(a.Contains, "a"+strconv.Itoa(i+j))
			}
		} else {
			a.Kind, a.Zone = asset.Information, zone.BusinessZone
			a.MyNumber = i%100 == 7
			if i%97 == 0 {
				a.Classification.Confidentiality = 0 // unclassified: read as band 3
			}
		}
		as[i] = a
	}
	rf := vendors.Refs{Scheme: asset.Guideline2024, Assets: as, Exceptions: []zone.Exception{
		{ID: "EX-ok", From: zone.In(zone.MyNumberZone), To: zone.In(zone.BusinessZone), Channel: zone.Direct,
			Justification: "保守", ApprovedBy: "CISO", ApprovedOn: date.MustParse("2026-04-01"), ExpiresOn: date.MustParse("2027-03-31")},
	}}
	start, end := date.MustParse("2026-04-01"), date.MustParse("2027-03-31")
	cs := make([]vendors.Contractor, n)
	for i := range cs {
		c := vendors.Contractor{ID: "c" + strconv.Itoa(i), Name: "委託先", Work: "業務",
			Selection: []vendors.Criterion{vendors.CritISMS}}
		for k := range 5 { // a system or two and some information, anywhere in the register
			c.Assets = append(c.Assets, "a"+strconv.Itoa((i*7919+k*104729)%nAssets))
		}
		if i%3 == 0 {
			c.SystemWork = []vendors.SystemWork{vendors.WorkMaintenance}
		}
		switch i % 5 {
		case 0:
		case 1:
			c.Contract = &vendors.Contract{Start: start, End: end, Requirements: vendors.Required(1, false)}
		default:
			c.Contract = &vendors.Contract{Start: start, End: end, Requirements: vendors.Requirements()}
		}
		if i%4 != 0 {
			c.Confirmation = &vendors.Confirmation{On: date.MustParse("2025-01-10").AddDays(i % 500), Method: vendors.MethodReport}
		}
		if i%2 == 0 {
			c.Exception = "EX-ok"
		}
		if i+1 < n && i%10 < 3 { // chains of subcontracting
			c.Subcontractors = []string{"c" + strconv.Itoa(i+1)}
		}
		cs[i] = c
	}
	ss := make([]vendors.Service, n/10)
	for i := range ss {
		ss[i] = vendors.Service{ID: "s" + strconv.Itoa(i), Name: "サービス", Provider: "事業者", Use: "業務",
			Assets:     []string{"a" + strconv.Itoa((i*31337)%nAssets), "a" + strconv.Itoa((i*7+3)%nAssets)},
			Assessment: vendors.Assessments()[i%3], Location: vendors.LocationDomestic}
		if i%2 == 0 {
			ss[i].Contract = &vendors.Contract{Start: start, End: end}
		}
	}
	accounts := make([]vendors.Account, max(1, n/100))
	for i := range accounts {
		accounts[i] = vendors.Account{ID: "x" + strconv.Itoa(i), Service: []string{"X", "LINE", "YouTube"}[i%3],
			Handle: "@h" + strconv.Itoa(i), Purpose: "発信", Announced: i%2 == 0,
			Credentials: []vendors.Credential{vendors.CredMultiFactor}, CredentialHolders: []string{"係長"}, MaxPosting: asset.C1}
		if i%5 == 0 {
			accounts[i].Responsible = "課長"
		}
	}
	return vendors.Register{Contractors: cs, Services: ss, Accounts: accounts}, rf
}

// BenchmarkCheck measures Check (Validate included) at 1,000 contractors
// over 10,000 assets and at 10,000 over 100,000: ten times the input
// should cost about ten times the time.
func BenchmarkCheck(b *testing.B) {
	for _, n := range []int{1000, 10000} {
		r, rf := benchWorld(n)
		o := vendors.Options{ConfirmEveryMonths: 12}
		fs, err := vendors.Check(r, rf, asOf, o, "/vendors")
		if err != nil {
			b.Fatal(err)
		}
		b.Run("contractors="+strconv.Itoa(n)+"/assets="+strconv.Itoa(10*n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := vendors.Check(r, rf, asOf, o, "/vendors"); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(len(fs)), "findings/op")
		})
	}
}

// BenchmarkValidate measures Validate alone at the same sizes.
func BenchmarkValidate(b *testing.B) {
	for _, n := range []int{1000, 10000} {
		r, rf := benchWorld(n)
		if errs := vendors.Validate(r, rf, "/vendors"); len(errs) > 0 {
			b.Fatal(errs)
		}
		b.Run("contractors="+strconv.Itoa(n)+"/assets="+strconv.Itoa(10*n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				vendors.Validate(r, rf, "/vendors")
			}
		})
	}
}

// BenchmarkIndexBaseline is the floor under both: index the assets' ids in
// a map and resolve each reference of the contractors and services once,
// at the same sizes. Its own ratio between the sizes shows what the
// machine's memory does to map lookups when the index outgrows the nearer
// caches; Check's ratio is to be read against it.
func BenchmarkIndexBaseline(b *testing.B) {
	for _, n := range []int{1000, 10000} {
		r, rf := benchWorld(n)
		b.Run("contractors="+strconv.Itoa(n)+"/assets="+strconv.Itoa(10*n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				ix := make(map[string]int32, len(rf.Assets))
				for i := range rf.Assets {
					ix[rf.Assets[i].ID] = int32(i)
				}
				found := 0
				for i := range r.Contractors {
					for _, id := range r.Contractors[i].Assets {
						if _, ok := ix[id]; ok {
							found++
						}
					}
				}
				for i := range r.Services {
					for _, id := range r.Services[i].Assets {
						if _, ok := ix[id]; ok {
							found++
						}
					}
				}
				if found == 0 {
					b.Fatal("nothing resolved")
				}
			}
		})
	}
}

// The benchmark's register is valid, and its gaps are of every rule.
func TestBenchWorld(t *testing.T) {
	r, rf := benchWorld(1000)
	if errs := asset.Validate(rf.Assets, rf.Scheme, "/assets"); len(errs) > 0 {
		t.Fatalf("assets: %v", errs[:1])
	}
	seen := map[string]bool{}
	for _, f := range mustCheck(t, r, rf, asOf, vendors.Options{ConfirmEveryMonths: 12}) {
		seen[f.Rule] = true
	}
	for _, rule := range vendors.Rules() {
		if !seen[rule.String()] && rule != vendors.RuleNoSelection && rule != vendors.RuleContractNotInForce &&
			rule != vendors.RuleNoConfirmation && rule != vendors.RuleSocialNoTakeoverProcedure &&
			rule != vendors.RuleSocialPostingAboveOne && rule != vendors.RuleSocialWeakCredentials &&
			rule != vendors.RuleCloudContractNotInForce {
			t.Errorf("no finding of %s", rule)
		}
	}
}
