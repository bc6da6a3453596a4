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
			[]problem{{"assets[3].id", field.Required, ""}}},
		{"duplicate id", g24, func(as []asset.Asset) []asset.Asset { as[3].ID = "lan"; return as },
			[]problem{{"assets[3].id", field.Duplicate, "lan"}}},
		{"blank name", g24, func(as []asset.Asset) []asset.Asset { as[1].Name = "  "; return as },
			[]problem{{"assets[1].name", field.Required, "  "}}},
		{"no kind", g24, func(as []asset.Asset) []asset.Asset { as[3].Kind = 0; return as },
			[]problem{{"assets[3].kind", field.Required, ""}}},
		{"unknown kind", g24, func(as []asset.Asset) []asset.Asset { as[3].Kind = 42; return as },
			[]problem{{"assets[3].kind", field.Unsupported, "asset.Kind(42)"}}},
		{"no owner", g24, func(as []asset.Asset) []asset.Asset { as[0].Owner = 0; return as },
			[]problem{{"assets[0].owner", field.Required, ""}}},
		{"unknown owner", g24, func(as []asset.Asset) []asset.Asset { as[0].Owner = 5; return as },
			[]problem{{"assets[0].owner", field.Unsupported, "asset.Unit(5)"}}},
		{"a system names no zone", g24, func(as []asset.Asset) []asset.Asset { as[1].Zone = 0; return as },
			[]problem{{"assets[1].zone", field.Required, ""}}},
		{"information names no zone", g24, func(as []asset.Asset) []asset.Asset { as[2].Zone = 0; return as },
			[]problem{{"assets[2].zone", field.Required, ""}}},
		{"a network need not name a zone", g24, func(as []asset.Asset) []asset.Asset { as[0].Zone = 0; return as }, nil},
		{"a facility may name one", g24, func(as []asset.Asset) []asset.Asset { as[3].Zone = zone.BusinessZone; return as }, nil},
		{"unknown zone", g24, func(as []asset.Asset) []asset.Asset { as[3].Zone = 7; return as },
			[]problem{{"assets[3].zone", field.Unsupported, "zone.Zone(7)"}}},
		{"unclassified", g24, func(as []asset.Asset) []asset.Asset { as[2].Classification = asset.Classification{}; return as },
			[]problem{{"assets[2].classification.scheme", field.Required, ""},
				{"assets[2].classification.confidentiality", field.Required, ""},
				{"assets[2].classification.integrity", field.Required, ""},
				{"assets[2].classification.availability", field.Required, ""}}},
		{"a level of the other scheme", g24, func(as []asset.Asset) []asset.Asset { as[1].Classification.Integrity = asset.LegacyI2; return as },
			[]problem{{"assets[1].classification.integrity", field.Forbidden, "legacy:2"}}},
		{"a legacy document given 2024 levels", legacy, func(as []asset.Asset) []asset.Asset { return as[3:] },
			[]problem{{"assets[0].classification.scheme", field.Forbidden, "guideline-2024"},
				{"assets[0].classification.confidentiality", field.Forbidden, "guideline-2024:3B"},
				{"assets[0].classification.integrity", field.Forbidden, "guideline-2024:2"},
				{"assets[0].classification.availability", field.Forbidden, "guideline-2024:2"},
				{"assets[0].contains[0]", field.NotFound, "sys"}}},
		{"empty reference", g24, func(as []asset.Asset) []asset.Asset { as[3].Contains = append(as[3].Contains, ""); return as },
			[]problem{{"assets[3].contains[1]", field.Required, ""}}},
		{"dangling reference", g24, func(as []asset.Asset) []asset.Asset { as[0].Contains = []string{"sys", "gone"}; return as },
			[]problem{{"assets[0].contains[1]", field.NotFound, "gone"}}},
		{"repeated reference", g24, func(as []asset.Asset) []asset.Asset { as[0].Contains = []string{"sys", "data", "sys"}; return as },
			[]problem{{"assets[0].contains[2]", field.Duplicate, "sys"}}},
		{"an asset containing itself", g24, func(as []asset.Asset) []asset.Asset { as[2].Contains = []string{"data"}; return as },
			[]problem{{"assets[2].contains[0]", field.Invalid, "data → data"}}},
		{"a cycle of three, reported once at its lowest asset", g24, func(as []asset.Asset) []asset.Asset {
			as[2].Contains = []string{"lan"}
			return as
		}, []problem{{"assets[0].contains[0]", field.Invalid, "lan → sys → data → lan"}}},
		{"the shortest cycle through the lowest asset", g24, func(as []asset.Asset) []asset.Asset {
			as[0].Contains = []string{"room", "sys"}
			as[1].Contains = []string{"data", "lan"}
			return as
		}, []problem{{"assets[0].contains[1]", field.Invalid, "lan → sys → lan"}}},
		{"two cycles, in order", g24, func(as []asset.Asset) []asset.Asset {
			as[3].Contains = []string{"room"}
			as[2].Contains = []string{"sys"}
			return as
		}, []problem{{"assets[1].contains[0]", field.Invalid, "sys → data → sys"},
			{"assets[3].contains[0]", field.Invalid, "room → room"}}},
		{"no document scheme", 0, func(as []asset.Asset) []asset.Asset { return as },
			[]problem{{"scheme", field.Required, ""}}},
		{"unknown document scheme", 3, func(as []asset.Asset) []asset.Asset { return as },
			[]problem{{"scheme", field.Unsupported, "asset.Scheme(3)"}}},
		{"every problem at once, in order", g24, func(as []asset.Asset) []asset.Asset {
			as[0].Name, as[1].Owner, as[3].Contains = "", 0, []string{"x"}
			return as
		}, []problem{{"assets[0].name", field.Required, ""}, {"assets[1].owner", field.Required, ""},
			{"assets[3].contains[0]", field.NotFound, "x"}}},
	}
	for _, tt := range tests {
		as := tt.edit(base())
		before := clone(as)
		got := problems(asset.Validate(as, tt.scheme))
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

func TestValidateMessages(t *testing.T) {
	as := base()
	as[3].ID = "lan"
	errs := asset.Validate(as, g24)
	if len(errs) != 1 || errs[0].En != "assets[0] already has this id" || errs[0].Ja != "同じIDの情報資産（assets[0]）が既にある" {
		t.Errorf("duplicate id: %v", errs)
	}
	want := `assets[3].id: duplicate value "lan": assets[0] already has this id / 重複：同じIDの情報資産（assets[0]）が既にある`
	if errs.Error() != want {
		t.Errorf("Error() = %q\nwant %q", errs.Error(), want)
	}
}

// TestValidateGenerated: lists valid by construction validate clean, and
// every problem seeded on purpose is reported at its path with its kind,
// and nothing else.
func TestValidateGenerated(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		s := policytest.Scheme().Draw(t, "scheme")
		if errs := asset.Validate(policytest.Assets(s, 15).Draw(t, "valid"), s); len(errs) > 0 {
			t.Fatalf("a valid list: %v", errs)
		}
		seeded := policytest.InvalidAssets(s, 15).Draw(t, "invalid")
		got := pathKinds(asset.Validate(seeded.Assets, s))
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

// TestValidateNeverPanics: any list at all gets a verdict.
func TestValidateNeverPanics(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		as := policytest.RawAssets(12).Draw(t, "assets")
		s := policytest.RawScheme().Draw(t, "scheme")
		errs := asset.Validate(as, s)
		for _, e := range errs {
			if e.Path == "" || !e.Kind.Valid() || e.En == "" || e.Ja == "" {
				t.Fatalf("incomplete problem %+v", e)
			}
		}
		if len(as) > 0 && !s.Valid() && (len(errs) == 0 || errs[0].Path != "scheme") {
			t.Fatalf("an invalid scheme %v is not reported first: %v", s, errs)
		}
	})
}
