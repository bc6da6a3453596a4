package asset_test

import (
	"slices"
	"testing"

	"github.com/jichitai-sec/policy/asset"
	"github.com/jichitai-sec/policy/field"
	"github.com/jichitai-sec/policy/policytest"
	"github.com/jichitai-sec/policy/zone"
	"pgregory.net/rapid"
)

// base is a valid list: a network carrying a system that processes
// information, and a server room.
func base() []asset.Asset {
	hi := cls(asset.C3B, asset.I2, asset.A2)
	return []asset.Asset{
		net("lan", zone.MyNumberZone, hi, "sys"),
		sys("sys", zone.MyNumberZone, hi, "data"),
		info("data", zone.MyNumberZone, hi, true),
		fac("room", hi, "sys"),
	}
}

func TestValidate(t *testing.T) {
	tests := []struct {
		name   string
		scheme asset.Scheme
		edit   func(as []asset.Asset) []asset.Asset
		want   []problem
	}{
		{"valid", g24, func(as []asset.Asset) []asset.Asset { return as }, nil},
		{"empty list", g24, func([]asset.Asset) []asset.Asset { return nil }, nil},
		{"missing id", g24, func(as []asset.Asset) []asset.Asset { as[3].ID = ""; return as },
			[]problem{{"/assets/3/id", field.KindRequired, ""}}},
		{"duplicate id", g24, func(as []asset.Asset) []asset.Asset { as[3].ID = "lan"; return as },
			[]problem{{"/assets/3/id", field.KindDuplicate, "lan"}}},
		{"blank name", g24, func(as []asset.Asset) []asset.Asset { as[1].Name = "  "; return as },
			[]problem{{"/assets/1/name", field.KindRequired, ""}}},
		{"no kind", g24, func(as []asset.Asset) []asset.Asset { as[3].Kind = 0; return as },
			[]problem{{"/assets/3/kind", field.KindRequired, ""}}},
		{"unknown kind", g24, func(as []asset.Asset) []asset.Asset { as[3].Kind = 42; return as },
			[]problem{{"/assets/3/kind", field.KindNotSupported, "asset.Kind(42)"}}},
		{"no owner", g24, func(as []asset.Asset) []asset.Asset { as[0].Owner = 0; return as },
			[]problem{{"/assets/0/owner", field.KindRequired, ""}}},
		{"unknown owner", g24, func(as []asset.Asset) []asset.Asset { as[0].Owner = 5; return as },
			[]problem{{"/assets/0/owner", field.KindNotSupported, "asset.Unit(5)"}}},
		{"a system names no zone", g24, func(as []asset.Asset) []asset.Asset { as[1].Zone = 0; return as },
			[]problem{{"/assets/1/zone", field.KindRequired, ""}}},
		{"information names no zone", g24, func(as []asset.Asset) []asset.Asset { as[2].Zone = 0; return as },
			[]problem{{"/assets/2/zone", field.KindRequired, ""}}},
		{"a network need not name a zone", g24, func(as []asset.Asset) []asset.Asset { as[0].Zone = 0; return as }, nil},
		{"a facility may name one", g24, func(as []asset.Asset) []asset.Asset { as[3].Zone = zone.BusinessZone; return as }, nil},
		{"a wireless LAN", g24, func(as []asset.Asset) []asset.Asset { as[0].Wireless = true; return as }, nil},
		{"a wireless system", g24, func(as []asset.Asset) []asset.Asset { as[1].Wireless = true; return as },
			[]problem{{"/assets/1/wireless", field.KindForbidden, "true"}}},
		{"unknown zone", g24, func(as []asset.Asset) []asset.Asset { as[3].Zone = 7; return as },
			[]problem{{"/assets/3/zone", field.KindNotSupported, "zone.Zone(7)"}}},
		{"unclassified is a finding of Check, not a problem", g24, func(as []asset.Asset) []asset.Asset {
			as[2].Classification = asset.Classification{}
			return as
		}, nil},
		{"legacy 3 in a 2024 register", g24, func(as []asset.Asset) []asset.Asset { as[1].Classification.Confidentiality = asset.C3; return as },
			[]problem{{"/assets/1/classification/confidentiality", field.KindForbidden, "3"}}},
		{"a legacy register given 2024 levels", legacy, func(as []asset.Asset) []asset.Asset { return as[3:] },
			[]problem{{"/assets/0/classification/confidentiality", field.KindForbidden, "3B"},
				{"/assets/0/contains/0", field.KindNotFound, "sys"}}},
		{"a level that is no code", g24, func(as []asset.Asset) []asset.Asset { as[0].Classification.Availability = 9; return as },
			[]problem{{"/assets/0/classification/availability", field.KindNotSupported, "asset.AvailabilityLevel(9)"}}},
		{"empty reference", g24, func(as []asset.Asset) []asset.Asset { as[3].Contains = append(as[3].Contains, ""); return as },
			[]problem{{"/assets/3/contains/1", field.KindRequired, ""}}},
		{"dangling reference", g24, func(as []asset.Asset) []asset.Asset { as[0].Contains = []string{"sys", "gone"}; return as },
			[]problem{{"/assets/0/contains/1", field.KindNotFound, "gone"}}},
		{"repeated reference", g24, func(as []asset.Asset) []asset.Asset { as[0].Contains = []string{"sys", "data", "sys"}; return as },
			[]problem{{"/assets/0/contains/2", field.KindDuplicate, "sys"}}},
		{"an asset containing itself", g24, func(as []asset.Asset) []asset.Asset { as[2].Contains = []string{"data"}; return as },
			[]problem{{"/assets/2/contains/0", field.KindInvalid, "data → data"}}},
		{"a cycle of three, reported once at its lowest asset", g24, func(as []asset.Asset) []asset.Asset {
			as[2].Contains = []string{"lan"}
			return as
		}, []problem{{"/assets/0/contains/0", field.KindInvalid, "lan → sys → data → lan"}}},
		{"the shortest cycle through the lowest asset", g24, func(as []asset.Asset) []asset.Asset {
			as[0].Contains = []string{"room", "sys"}
			as[1].Contains = []string{"data", "lan"}
			return as
		}, []problem{{"/assets/0/contains/1", field.KindInvalid, "lan → sys → lan"}}},
		{"two cycles, in order", g24, func(as []asset.Asset) []asset.Asset {
			as[3].Contains = []string{"room"}
			as[2].Contains = []string{"sys"}
			return as
		}, []problem{{"/assets/1/contains/0", field.KindInvalid, "sys → data → sys"},
			{"/assets/3/contains/0", field.KindInvalid, "room → room"}}},
		{"no scheme: reported at the list, levels not checked", 0, func(as []asset.Asset) []asset.Asset {
			as[1].Classification.Confidentiality = asset.C3
			return as
		}, []problem{{"/assets", field.KindRequired, ""}}},
		{"unknown scheme", 3, func(as []asset.Asset) []asset.Asset { return as },
			[]problem{{"/assets", field.KindNotSupported, "asset.Scheme(3)"}}},
		{"every problem at once, in order", g24, func(as []asset.Asset) []asset.Asset {
			as[0].Name, as[1].Owner, as[3].Contains = "", 0, []string{"x"}
			return as
		}, []problem{{"/assets/0/name", field.KindRequired, ""}, {"/assets/1/owner", field.KindRequired, ""},
			{"/assets/3/contains/0", field.KindNotFound, "x"}}},
	}
	for _, tt := range tests {
		as := tt.edit(base())
		before := clone(as)
		got := problems(asset.Validate(as, tt.scheme, at))
		if !slices.Equal(got, tt.want) {
			t.Errorf("%s:\n got %v\nwant %v", tt.name, got, tt.want)
		}
		if !slices.EqualFunc(before, as, func(a, b asset.Asset) bool {
			return a.ID == b.ID && slices.Equal(a.Contains, b.Contains) && a.Classification == b.Classification
		}) {
			t.Errorf("%s: Validate modified its input", tt.name)
		}
	}
}

// TestValidateBasePath: the problems are reported under whatever path the
// caller gives, the document root and a nested register included, with
// JSON Pointer escaping left to field.
func TestValidateBasePath(t *testing.T) {
	as := base()
	as[3].ID = "lan"
	as[1].Classification.Confidentiality = asset.C3
	for _, tt := range []struct {
		at   field.Path
		want []string
	}{
		{"/assets", []string{"/assets/1/classification/confidentiality", "/assets/3/id"}},
		{"/registers/0/assets", []string{"/registers/0/assets/1/classification/confidentiality", "/registers/0/assets/3/id"}},
		{field.Root, []string{"/1/classification/confidentiality", "/3/id"}},
		{field.Root.Key("a/b"), []string{"/a~1b/1/classification/confidentiality", "/a~1b/3/id"}},
	} {
		var got []string
		for _, e := range asset.Validate(as, g24, tt.at) {
			got = append(got, string(e.Path))
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("at %q: %v, want %v", tt.at, got, tt.want)
		}
	}
	errs := asset.Validate(as, 0, "/registers/0/assets")
	if len(errs) == 0 || errs[0].Path != "/registers/0/assets" || errs[0].Kind != field.KindRequired {
		t.Errorf("no scheme: %v", errs)
	}
}

func TestValidateMessages(t *testing.T) {
	as := base()
	as[3].ID = "lan"
	errs := asset.Validate(as, g24, at)
	if len(errs) != 1 || errs[0].Detail.En != "/assets/0 already has this id" || errs[0].Detail.Ja != "同じIDの情報資産が既にある（/assets/0）" {
		t.Errorf("duplicate id: %v", errs)
	}
	want := `/assets/3/id: duplicate value "lan": /assets/0 already has this id / 重複：同じIDの情報資産が既にある（/assets/0）`
	if errs.Error() != want {
		t.Errorf("Error() = %q\nwant %q", errs.Error(), want)
	}
	as = base()
	as[0].Kind = 42
	errs = asset.Validate(as, g24, at)
	if len(errs) != 1 || errs[0].Detail.En != "supported values: network, information-system, facility, electronic-media, information, printed-document, system-document" {
		t.Errorf("unknown kind: %v", errs)
	}
}

// TestValidateGenerated: lists valid by construction validate clean (also
// when partly unclassified), and every problem seeded on purpose is
// reported at its path under the base path, with its kind, and nothing
// else.
func TestValidateGenerated(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		s := policytest.Scheme().Draw(t, "scheme")
		base := rapid.SampledFrom([]field.Path{field.Root, "/assets", "/registers/1/assets"}).Draw(t, "at")
		valid := policytest.Assets(s, 15).Draw(t, "valid")
		for i := range valid {
			valid[i].Classification = policytest.PartialClassification(s).Draw(t, "classification")
		}
		if errs := asset.Validate(valid, s, base); len(errs) > 0 {
			t.Fatalf("a valid list: %v", errs)
		}
		seeded := policytest.InvalidAssets(s, base, 15).Draw(t, "invalid")
		got := pathKinds(asset.Validate(seeded.Assets, s, base))
		var want []string
		for _, p := range seeded.Problems {
			want = append(want, p.String())
		}
		slices.Sort(want)
		if !slices.Equal(got, want) {
			t.Fatalf("reported %v\n  seeded %v", got, want)
		}
	})
}

// TestValidateNeverPanics: any list at all gets a verdict, every problem
// complete, and an invalid scheme is reported first, at the base path.
func TestValidateNeverPanics(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		as := policytest.RawAssets(12).Draw(t, "assets")
		s := policytest.RawScheme().Draw(t, "scheme")
		errs := asset.Validate(as, s, at)
		for _, e := range errs {
			if len(e.Path) < len(at) || e.Path[:len(at)] != at || !e.Kind.Valid() || e.Detail.En == "" || e.Detail.Ja == "" {
				t.Fatalf("incomplete problem %+v", e)
			}
		}
		if !s.Valid() && (len(errs) == 0 || errs[0].Path != at) {
			t.Fatalf("an invalid scheme %v is not reported first: %v", s, errs)
		}
	})
}
