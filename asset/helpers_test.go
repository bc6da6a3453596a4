package asset_test

import (
	"slices"
	"testing"

	"github.com/jichitai-sec/policy/asset"
	"github.com/jichitai-sec/policy/field"
	"github.com/jichitai-sec/policy/zone"
)

// Shorthands for the tests.
const (
	g24    = asset.Guideline2024
	legacy = asset.Legacy
	at     = field.Path("/assets") // the base path most tests validate at
)

// cls builds a classification.
func cls(c asset.ConfidentialityLevel, i asset.IntegrityLevel, a asset.AvailabilityLevel) asset.Classification {
	return asset.Classification{Confidentiality: c, Integrity: i, Availability: a}
}

// low is the lowest classification, in both schemes; hi24 and hiLegacy are
// the highest of each.
var (
	low      = cls(asset.C1, asset.I1, asset.A1)
	hi24     = cls(asset.C3A, asset.I2, asset.A2)
	hiLegacy = cls(asset.C3, asset.I2, asset.A2)
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

// with returns a with Contains set to ids.
func with(a asset.Asset, ids ...string) asset.Asset {
	a.Contains = ids
	return a
}

// problem is a reported problem reduced to what the tests compare.
type problem struct {
	Path  field.Path
	Kind  field.Kind
	Value string
}

func problems(l field.List) []problem {
	var out []problem
	for _, e := range l {
		out = append(out, problem{e.Path, e.Kind, e.Value})
	}
	return out
}

// pathKinds renders a list as sorted "path: kind" lines.
func pathKinds(l field.List) []string {
	var out []string
	for _, e := range l {
		out = append(out, string(e.Path)+": "+e.Kind.String())
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
