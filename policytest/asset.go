package policytest

import (
	"fmt"
	"slices"
	"strings"

	"github.com/jichitai-sec/policy/asset"
	"github.com/jichitai-sec/policy/field"
	"github.com/jichitai-sec/policy/zone"
	"pgregory.net/rapid"
)

// AssetKind generates an asset kind.
func AssetKind() *rapid.Generator[asset.Kind] { return rapid.SampledFrom(asset.Kinds()) }

// RawAssetKind generates any asset.Kind value, the unset zero and
// out-of-range values included.
func RawAssetKind() *rapid.Generator[asset.Kind] {
	return rapid.Custom(func(t *rapid.T) asset.Kind { return asset.Kind(rapid.Uint8().Draw(t, "kind")) })
}

// Unit generates one of the bodies of 4(1).
func Unit() *rapid.Generator[asset.Unit] { return rapid.SampledFrom(asset.Units()) }

// RawUnit generates any asset.Unit value, invalid ones included.
func RawUnit() *rapid.Generator[asset.Unit] {
	return rapid.Custom(func(t *rapid.T) asset.Unit { return asset.Unit(rapid.Uint8().Draw(t, "unit")) })
}

// Scheme generates one of the two classification schemes.
func Scheme() *rapid.Generator[asset.Scheme] { return rapid.SampledFrom(asset.Schemes()) }

// RawScheme generates any asset.Scheme value, invalid ones included.
func RawScheme() *rapid.Generator[asset.Scheme] {
	return rapid.Custom(func(t *rapid.T) asset.Scheme { return asset.Scheme(rapid.Uint8().Draw(t, "scheme")) })
}

// ConfidentialityLevel generates a confidentiality level that scheme s,
// which must be valid, allows.
func ConfidentialityLevel(s asset.Scheme) *rapid.Generator[asset.ConfidentialityLevel] {
	return rapid.SampledFrom(mustScheme(s).Confidentiality().Levels())
}

// IntegrityLevel generates an integrity level that scheme s, which must be
// valid, allows.
func IntegrityLevel(s asset.Scheme) *rapid.Generator[asset.IntegrityLevel] {
	return rapid.SampledFrom(mustScheme(s).Integrity().Levels())
}

// AvailabilityLevel generates an availability level that scheme s, which
// must be valid, allows.
func AvailabilityLevel(s asset.Scheme) *rapid.Generator[asset.AvailabilityLevel] {
	return rapid.SampledFrom(mustScheme(s).Availability().Levels())
}

// RawConfidentialityLevel generates any asset.ConfidentialityLevel value:
// every code (of either scheme), the unclassified zero and invalid values.
func RawConfidentialityLevel() *rapid.Generator[asset.ConfidentialityLevel] {
	return raw(asset.ConfidentialityLevels())
}

// RawIntegrityLevel generates any asset.IntegrityLevel value.
func RawIntegrityLevel() *rapid.Generator[asset.IntegrityLevel] { return raw(asset.IntegrityLevels()) }

// RawAvailabilityLevel generates any asset.AvailabilityLevel value.
func RawAvailabilityLevel() *rapid.Generator[asset.AvailabilityLevel] {
	return raw(asset.AvailabilityLevels())
}

// raw draws a member, the zero value or any byte, each often enough to be
// seen: a plain byte would almost never be a member of a small set.
func raw[T ~uint8](members []T) *rapid.Generator[T] {
	return rapid.OneOf(
		rapid.SampledFrom(members),
		rapid.Just(T(0)),
		rapid.Custom(func(t *rapid.T) T { return T(rapid.Uint8().Draw(t, "value")) }),
	)
}

// Classification generates a complete classification of scheme s, which
// must be valid: every property rated with a level s allows.
func Classification(s asset.Scheme) *rapid.Generator[asset.Classification] {
	mustScheme(s)
	return rapid.Custom(func(t *rapid.T) asset.Classification {
		return asset.Classification{
			Confidentiality: ConfidentialityLevel(s).Draw(t, "confidentiality"),
			Integrity:       IntegrityLevel(s).Draw(t, "integrity"),
			Availability:    AvailabilityLevel(s).Draw(t, "availability"),
		}
	})
}

// PartialClassification generates a classification of scheme s, which must
// be valid, in which each property is either unclassified or rated with a
// level s allows: well formed, though perhaps a policy gap.
func PartialClassification(s asset.Scheme) *rapid.Generator[asset.Classification] {
	mustScheme(s)
	return rapid.Custom(func(t *rapid.T) asset.Classification {
		c := Classification(s).Draw(t, "levels")
		if rapid.IntRange(0, 3).Draw(t, "unsetConfidentiality") == 0 {
			c.Confidentiality = 0
		}
		if rapid.IntRange(0, 3).Draw(t, "unsetIntegrity") == 0 {
			c.Integrity = 0
		}
		if rapid.IntRange(0, 3).Draw(t, "unsetAvailability") == 0 {
			c.Availability = 0
		}
		return c
	})
}

// RawClassification generates any classification value: codes of either
// scheme, unclassified properties and invalid values.
func RawClassification() *rapid.Generator[asset.Classification] {
	return rapid.Custom(func(t *rapid.T) asset.Classification {
		return asset.Classification{
			Confidentiality: RawConfidentialityLevel().Draw(t, "confidentiality"),
			Integrity:       RawIntegrityLevel().Draw(t, "integrity"),
			Availability:    RawAvailabilityLevel().Draw(t, "availability"),
		}
	})
}

func mustScheme(s asset.Scheme) asset.Scheme {
	if !s.Valid() {
		panic("policytest: invalid asset scheme " + s.String())
	}
	return s
}

// Asset generates a valid asset of scheme s with the given id that
// contains nothing: a known kind and owner, a name, a zone where the kind
// requires one (and sometimes where it does not), sometimes My Number
// information, and a complete classification of s.
func Asset(s asset.Scheme, id string) *rapid.Generator[asset.Asset] {
	mustScheme(s)
	return rapid.Custom(func(t *rapid.T) asset.Asset {
		a := asset.Asset{
			ID:             id,
			Name:           rapid.SampledFrom([]string{"住民記録", "財務会計", "庁内LAN", "サーバ室", "USBメモリ", "仕様書"}).Draw(t, "name") + " " + id,
			Kind:           AssetKind().Draw(t, "kind"),
			Owner:          Unit().Draw(t, "owner"),
			MyNumber:       rapid.IntRange(0, 3).Draw(t, "myNumber") == 0,
			Classification: Classification(s).Draw(t, "classification"),
		}
		if a.Kind.ZoneRequired() || rapid.Bool().Draw(t, "hasZone") {
			a.Zone = rapid.SampledFrom(zone.All()).Draw(t, "zone")
		}
		return a
	})
}

// Assets generates a list of up to maxAssets assets that asset.Validate
// accepts under scheme s: unique ids, every asset as Asset generates it, and
// Contains naming only assets of the list, without repeats and without
// cycles (each asset contains only assets earlier in a random order, up to
// three). Check may still find policy gaps in it (a classification below
// its contents, My Number information outside its zone).
func Assets(s asset.Scheme, maxAssets int) *rapid.Generator[[]asset.Asset] {
	return assets(s, 0, maxAssets)
}

func assets(s asset.Scheme, minAssets, maxAssets int) *rapid.Generator[[]asset.Asset] {
	mustScheme(s)
	return rapid.Custom(func(t *rapid.T) []asset.Asset {
		n := rapid.IntRange(minAssets, max(minAssets, maxAssets)).Draw(t, "assets")
		out := make([]asset.Asset, n)
		for i := range out {
			stem := rapid.StringMatching(`[a-z]{1,4}`).Draw(t, "stem")
			out[i] = Asset(s, fmt.Sprintf("%s-%d", stem, i)).Draw(t, "asset")
		}
		// order[k] is the asset at position k; an asset contains only
		// assets at earlier positions, so containment is acyclic.
		order := rapid.Permutation(seq(n)).Draw(t, "order")
		for k, i := range order {
			if k == 0 {
				continue
			}
			earlier := order[:k]
			picked := rapid.SliceOfNDistinct(rapid.SampledFrom(earlier), 0, min(3, k), rapid.ID[int]).Draw(t, "contains")
			for _, j := range picked {
				out[i].Contains = append(out[i].Contains, out[j].ID)
			}
		}
		return out
	})
}

func seq(n int) []int {
	s := make([]int, n)
	for i := range s {
		s[i] = i
	}
	return s
}

// RawAssets generates any list of up to maxAssets assets: ids drawn from a
// small pool (so some repeat and some are empty), Contains naming ids of
// that pool (so some references dangle, and cycles and self-references
// occur), and raw kinds, owners, zones and classifications. For
// fail-closed properties: Validate, Derive and Check must not panic on it,
// and Derive and Check must refuse it whenever Validate does.
func RawAssets(maxAssets int) *rapid.Generator[[]asset.Asset] {
	return rapid.Custom(func(t *rapid.T) []asset.Asset {
		n := rapid.IntRange(0, max(0, maxAssets)).Draw(t, "assets")
		pool := make([]string, n+2)
		for i := range pool {
			pool[i] = fmt.Sprintf("r%d", i)
		}
		pool[0] = ""
		out := make([]asset.Asset, n)
		for i := range out {
			out[i] = asset.Asset{
				ID:             rapid.SampledFrom(pool).Draw(t, "id"),
				Name:           rapid.SampledFrom([]string{"", " ", "name"}).Draw(t, "name"),
				Kind:           raw(asset.Kinds()).Draw(t, "kind"),
				Owner:          raw(asset.Units()).Draw(t, "owner"),
				Zone:           raw(zone.All()).Draw(t, "zone"),
				MyNumber:       rapid.Bool().Draw(t, "myNumber"),
				Contains:       rapid.SliceOfN(rapid.SampledFrom(pool), 0, 4).Draw(t, "contains"),
				Classification: RawClassification().Draw(t, "classification"),
			}
		}
		return out
	})
}

// Problem is a problem seeded into an invalid list of assets: the path and
// kind asset.Validate must report.
type Problem struct {
	Path field.Path
	Kind field.Kind
}

// String returns "path: kind", for test messages.
func (p Problem) String() string { return string(p.Path) + ": " + p.Kind.String() }

// SeededAssets is a list of assets with problems seeded on purpose, and the
// problems: asset.Validate, given the scheme and base path the list was
// generated for, must report exactly these (path and kind), in any order.
type SeededAssets struct {
	Assets   []asset.Asset
	Problems []Problem
}

// InvalidAssets generates a list of 1 to maxAssets assets of scheme s, as
// Assets does, with one to several problems seeded on purpose, each in a
// different asset so that they do not mask one another: a missing or
// repeated id, a missing name, a missing or unknown kind, owner or zone, a
// level that is no code, a code that s does not allow (a confidentiality
// code of the other scheme), an empty, dangling or repeated reference, and
// a containment cycle (of one to three assets). Some assets are also left
// partly unclassified, which is a policy gap for Check and no problem for
// Validate. The Problems list what Validate must report, as JSON Pointers
// under at, the path the list is validated at.
func InvalidAssets(s asset.Scheme, at field.Path, maxAssets int) *rapid.Generator[SeededAssets] {
	mustScheme(s)
	return rapid.Custom(func(t *rapid.T) SeededAssets {
		st := &seeding{s: s, at: at, assets: assets(s, 1, max(1, maxAssets)).Draw(t, "valid")}
		n := len(st.assets)
		st.used = make([]bool, n)
		if rapid.IntRange(0, 3).Draw(t, "cycle") == 0 {
			st.cycle(t)
		}
		st.referenced = make([]bool, n)
		index := map[string]int{}
		for i, a := range st.assets {
			index[a.ID] = i
		}
		for _, a := range st.assets {
			for _, id := range a.Contains {
				st.referenced[index[id]] = true
			}
		}
		want := rapid.IntRange(1, max(1, min(n, 6))).Draw(t, "problems")
		for tries := 0; len(st.problems) < want && tries < 4*want; tries++ {
			m := rapid.SampledFrom(mutations).Draw(t, "mutation")
			m(t, st)
		}
		if len(st.problems) == 0 { // always possible: some asset is unused
			mutateName(t, st)
		}
		slices.SortFunc(st.problems, func(a, b Problem) int { return strings.Compare(a.String(), b.String()) })
		return SeededAssets{Assets: st.assets, Problems: st.problems}
	})
}

type seeding struct {
	s          asset.Scheme
	at         field.Path
	assets     []asset.Asset
	used       []bool // already carries a seeded problem
	referenced []bool // named in some Contains
	problems   []Problem
}

func (st *seeding) path(i int) field.Path { return st.at.Index(i) }

func (st *seeding) add(p field.Path, k field.Kind) { st.problems = append(st.problems, Problem{p, k}) }

// pick chooses an unused asset satisfying ok, marks it used and returns it,
// or returns -1 when there is none.
func (st *seeding) pick(t *rapid.T, ok func(i int) bool) int {
	var cands []int
	for i := range st.assets {
		if !st.used[i] && (ok == nil || ok(i)) {
			cands = append(cands, i)
		}
	}
	if len(cands) == 0 {
		return -1
	}
	i := rapid.SampledFrom(cands).Draw(t, "asset")
	st.used[i] = true
	return i
}

// cycle makes one to three unused assets contain only the next of them in
// turn. Validate reports the cycle at the first entry of its lowest-indexed
// member.
func (st *seeding) cycle(t *rapid.T) {
	l := rapid.IntRange(1, min(3, len(st.assets))).Draw(t, "cycleLength")
	var members []int
	for range l {
		members = append(members, st.pick(t, nil))
	}
	for k, i := range members {
		st.assets[i].Contains = []string{st.assets[members[(k+1)%l]].ID}
	}
	st.add(st.path(slices.Min(members)).Child("contains").Index(0), field.KindInvalid)
}

// foreignConfidentiality returns the confidentiality codes that scheme s
// does not allow: the codes of the other scheme. Integrity and
// availability have the same codes in both schemes.
func foreignConfidentiality(s asset.Scheme) []asset.ConfidentialityLevel {
	var out []asset.ConfidentialityLevel
	for _, l := range asset.ConfidentialityLevels() {
		if !s.Confidentiality().Allows(l) {
			out = append(out, l)
		}
	}
	return out
}

func mutateName(t *rapid.T, st *seeding) {
	if i := st.pick(t, nil); i >= 0 {
		st.assets[i].Name = rapid.SampledFrom([]string{"", " ", "\t"}).Draw(t, "blankName")
		st.add(st.path(i).Child("name"), field.KindRequired)
	}
}

var mutations = []func(*rapid.T, *seeding){
	mutateName,
	func(t *rapid.T, st *seeding) { // missing id, on an asset nothing refers to
		if i := st.pick(t, func(i int) bool { return !st.referenced[i] }); i >= 0 {
			st.assets[i].ID = ""
			st.add(st.path(i).Child("id"), field.KindRequired)
		}
	},
	func(t *rapid.T, st *seeding) { // repeated id: a later asset nothing refers to takes an earlier one's id
		j := st.pick(t, func(j int) bool {
			if st.referenced[j] {
				return false
			}
			return slices.Contains(st.used[:j], false)
		})
		if j < 0 {
			return
		}
		i := st.pick(t, func(i int) bool { return i < j })
		st.assets[j].ID = st.assets[i].ID
		st.add(st.path(j).Child("id"), field.KindDuplicate)
	},
	func(t *rapid.T, st *seeding) { // kind
		if i := st.pick(t, nil); i >= 0 {
			if rapid.Bool().Draw(t, "unset") {
				st.assets[i].Kind = 0
				st.add(st.path(i).Child("kind"), field.KindRequired)
			} else {
				st.assets[i].Kind = asset.Kind(rapid.Uint8Range(100, 255).Draw(t, "kind"))
				st.add(st.path(i).Child("kind"), field.KindNotSupported)
			}
		}
	},
	func(t *rapid.T, st *seeding) { // owner
		if i := st.pick(t, nil); i >= 0 {
			if rapid.Bool().Draw(t, "unset") {
				st.assets[i].Owner = 0
				st.add(st.path(i).Child("owner"), field.KindRequired)
			} else {
				st.assets[i].Owner = asset.Unit(rapid.Uint8Range(100, 255).Draw(t, "owner"))
				st.add(st.path(i).Child("owner"), field.KindNotSupported)
			}
		}
	},
	func(t *rapid.T, st *seeding) { // zone missing where the kind requires one
		if i := st.pick(t, func(i int) bool { return st.assets[i].Kind.ZoneRequired() }); i >= 0 {
			st.assets[i].Zone = 0
			st.add(st.path(i).Child("zone"), field.KindRequired)
		}
	},
	func(t *rapid.T, st *seeding) { // unknown zone
		if i := st.pick(t, nil); i >= 0 {
			st.assets[i].Zone = zone.Zone(rapid.Uint8Range(100, 255).Draw(t, "zone"))
			st.add(st.path(i).Child("zone"), field.KindNotSupported)
		}
	},
	func(t *rapid.T, st *seeding) { // a confidentiality code the scheme does not allow
		if i := st.pick(t, nil); i >= 0 {
			st.assets[i].Classification.Confidentiality = rapid.SampledFrom(foreignConfidentiality(st.s)).Draw(t, "foreign")
			st.add(st.path(i).Child("classification").Child("confidentiality"), field.KindForbidden)
		}
	},
	func(t *rapid.T, st *seeding) { // a level that is no code
		i := st.pick(t, nil)
		if i < 0 {
			return
		}
		p := rapid.SampledFrom(asset.Properties()).Draw(t, "property")
		v := rapid.Uint8Range(100, 255).Draw(t, "level")
		c := &st.assets[i].Classification
		switch p {
		case asset.Confidentiality:
			c.Confidentiality = asset.ConfidentialityLevel(v)
		case asset.Integrity:
			c.Integrity = asset.IntegrityLevel(v)
		default:
			c.Availability = asset.AvailabilityLevel(v)
		}
		st.add(st.path(i).Child("classification").Child(p.String()), field.KindNotSupported)
	},
	func(t *rapid.T, st *seeding) { // an unclassified property: a gap for Check, no problem for Validate
		i := rapid.IntRange(0, len(st.assets)-1).Draw(t, "unclassified")
		c := &st.assets[i].Classification
		switch rapid.SampledFrom(asset.Properties()).Draw(t, "property") {
		case asset.Confidentiality:
			if c.Confidentiality.Valid() && st.s.Confidentiality().Allows(c.Confidentiality) {
				c.Confidentiality = 0
			}
		case asset.Integrity:
			if c.Integrity.Valid() {
				c.Integrity = 0
			}
		default:
			if c.Availability.Valid() {
				c.Availability = 0
			}
		}
	},
	func(t *rapid.T, st *seeding) { // an empty, dangling or repeated reference
		i := st.pick(t, nil)
		if i < 0 {
			return
		}
		a := &st.assets[i]
		p := st.path(i).Child("contains").Index(len(a.Contains))
		switch how := rapid.IntRange(0, 2).Draw(t, "how"); {
		case how == 2 && len(a.Contains) > 0:
			a.Contains = append(a.Contains, a.Contains[rapid.IntRange(0, len(a.Contains)-1).Draw(t, "repeat")])
			st.add(p, field.KindDuplicate)
		case how == 1:
			a.Contains = append(a.Contains, "")
			st.add(p, field.KindRequired)
		default:
			a.Contains = append(a.Contains, fmt.Sprintf("no-such-asset-%d", i))
			st.add(p, field.KindNotFound)
		}
	},
}
