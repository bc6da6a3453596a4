package asset_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/jichitai-sec/policy/asset"
	"github.com/jichitai-sec/policy/field"
	"github.com/jichitai-sec/policy/zone"
)

// Shorthands for the tests.
const (
	g24    = asset.Guideline2024
	legacy = asset.Legacy
)

// cls builds a classification of the levels' scheme without checking it.
func cls(c asset.ConfidentialityLevel, i asset.IntegrityLevel, a asset.AvailabilityLevel) asset.Classification {
	return asset.Classification{Scheme: c.Scheme(), Confidentiality: c, Integrity: i, Availability: a}
}

// low2024 and lowLegacy are the lowest classifications of each scheme.
var (
	low2024   = cls(asset.C1, asset.I1, asset.A1)
	lowLegacy = cls(asset.LegacyC1, asset.LegacyI1, asset.LegacyA1)
)

// sys, info, net, fac and paper build valid assets of each kind; contains
// names the ids the asset contains.
func sys(id string, z zone.Zone, c asset.Classification, contains ...string) asset.Asset {
	return asset.Asset{ID: id, Name: "system " + id, Kind: asset.InformationSystem, Owner: asset.Administrator,
		Zone: z, Classification: c, Contains: contains}
}

func info(id string, z zone.Zone, c asset.Classification, myNumber bool) asset.Asset {
	return asset.Asset{ID: id, Name: "information " + id, Kind: asset.Information, Owner: asset.Secretariat,
		Zone: z, MyNumber: myNumber, Classification: c}
}

func net(id string, z zone.Zone, c asset.Classification, contains ...string) asset.Asset {
	return asset.Asset{ID: id, Name: "network " + id, Kind: asset.Network, Owner: asset.Administrator,
		Zone: z, Classification: c, Contains: contains}
}

func fac(id string, c asset.Classification, contains ...string) asset.Asset {
	return asset.Asset{ID: id, Name: "facility " + id, Kind: asset.Facility, Owner: asset.Assembly,
		Classification: c, Contains: contains}
}

func paper(id string, z zone.Zone, c asset.Classification, myNumber bool) asset.Asset {
	return asset.Asset{ID: id, Name: "printout " + id, Kind: asset.PrintedDocument, Owner: asset.AuditCommissioners,
		Zone: z, MyNumber: myNumber, Classification: c}
}

// problem is a reported problem reduced to what the tests compare.
type problem struct {
	Path  field.Path
	Kind  field.Kind
	Value string
}

func problems(l field.List) []problem {
	out := make([]problem, len(l))
	for i, e := range l {
		out[i] = problem{e.Path, e.Kind, e.Value}
	}
	return out
}

// pathKinds renders a list as sorted "path: kind" lines.
func pathKinds(l field.List) []string {
	out := make([]string, len(l))
	for i, e := range l {
		out[i] = string(e.Path) + ": " + e.Kind.String()
	}
	slices.Sort(out)
	return out
}

// clone deep-copies a list of assets.
func clone(as []asset.Asset) []asset.Asset {
	out := slices.Clone(as)
	for i := range out {
		out[i].Contains = slices.Clone(out[i].Contains)
	}
	return out
}

func mustNoError(t testing.TB, err error) {
	t.Helper()
	if err != nil {
		t.Fatalf("unexpected error: %v", err)
	}
}

func contains(s, sub string) bool { return strings.Contains(s, sub) }
