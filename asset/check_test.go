package asset_test

import (
	"errors"
	"fmt"
	"slices"
	"testing"

	"github.com/jichitai-sec/policy/asset"
	"github.com/jichitai-sec/policy/clause"
	"github.com/jichitai-sec/policy/field"
	"github.com/jichitai-sec/policy/policytest"
	"github.com/jichitai-sec/policy/zone"
	"pgregory.net/rapid"
)

// verdict is a finding reduced to what the tables compare.
type verdict struct {
	Rule   asset.Rule
	Clause string // the clauses cited, e.g. "6(3)ア+2(8)"
	Path   field.Path
	Source string
}

func verdicts(fs []asset.Finding) []verdict {
	var out []verdict
	for _, f := range fs {
		c := f.Clause.String()
		if f.Also != 0 {
			c += "+" + f.Also.String()
		}
		out = append(out, verdict{f.Rule, c, f.Path, f.Source})
	}
	return out
}

func TestCheckZoneFit(t *testing.T) {
	mn, biz, inet := zone.MyNumberZone, zone.BusinessZone, zone.InternetZone
	hi := cls(asset.C3B, asset.I2, asset.A2)
	outside := func(path field.Path) verdict {
		return verdict{asset.RuleMyNumberOutsideZone, "6(3)ア+2(8)", path, ""}
	}
	holder := func(path field.Path, src string) verdict {
		return verdict{asset.RuleMyNumberHolderOutsideZone, "6(3)ア+2(8)", path, src}
	}
	tests := []struct {
		name   string
		assets []asset.Asset
		want   []verdict
	}{
		{"My Number information in the My Number zone", []asset.Asset{info("d", mn, hi, true)}, nil},
		{"My Number information in the business zone", []asset.Asset{info("d", biz, hi, true)},
			[]verdict{outside("assets[0].zone")}},
		{"My Number information in the Internet zone", []asset.Asset{info("d", inet, hi, true)},
			[]verdict{outside("assets[0].zone")}},
		{"My Number information with no zone (its kind requires one)", []asset.Asset{info("d", 0, hi, true)},
			[]verdict{outside("assets[0].zone")}},
		{"My Number information in an unknown zone", []asset.Asset{info("d", 9, hi, true)},
			[]verdict{outside("assets[0].zone")}},
		{"other information outside the My Number zone", []asset.Asset{info("d", inet, hi, false)}, nil},
		{"a My Number printout with no zone", []asset.Asset{paper("p", 0, hi, true)}, nil},
		{"a My Number printout said to be in the business zone", []asset.Asset{paper("p", biz, hi, true)},
			[]verdict{outside("assets[0].zone")}},
		{"an asset of unknown kind with My Number information and no zone",
			[]asset.Asset{{ID: "x", Name: "x", Kind: 42, Owner: asset.Administrator, MyNumber: true, Classification: hi}},
			[]verdict{outside("assets[0].zone")}},
		{"a system in the business zone processing My Number information", []asset.Asset{
			sys("s", biz, hi, "d"), info("d", mn, hi, true)},
			[]verdict{holder("assets[0].zone", "d")}},
		{"a system in the My Number zone processing it", []asset.Asset{
			sys("s", mn, hi, "d"), info("d", mn, hi, true)}, nil},
		{"a system with no zone processing it", []asset.Asset{
			sys("s", 0, hi, "d"), info("d", mn, hi, true)},
			[]verdict{holder("assets[0].zone", "d")}},
		{"a network with no zone carrying a My Number system", []asset.Asset{
			net("lan", 0, hi, "s"), sys("s", mn, hi, "d"), info("d", mn, hi, true)}, nil},
		{"a network in the business zone carrying a My Number system", []asset.Asset{
			net("lan", biz, hi, "s"), sys("s", mn, hi, "d"), info("d", mn, hi, true)},
			[]verdict{holder("assets[0].zone", "d")}},
		{"a server room housing a My Number system", []asset.Asset{
			fac("room", hi, "s"), sys("s", mn, hi, "d"), info("d", mn, hi, true)}, nil},
		{"both rules broken: reported once, as My Number information", []asset.Asset{
			with(info("d", biz, hi, true), "e"), info("e", mn, hi, true)},
			[]verdict{outside("assets[0].zone")}},
		{"information and its holder both outside", []asset.Asset{
			sys("s", biz, hi, "d"), info("d", biz, hi, true)},
			[]verdict{holder("assets[0].zone", "d"), outside("assets[1].zone")}},
	}
	for _, tt := range tests {
		fs, err := asset.Check(tt.assets, g24)
		mustNoError(t, err)
		if got := verdicts(fs); !slices.Equal(got, tt.want) {
			t.Errorf("%s:\n got %+v\nwant %+v", tt.name, got, tt.want)
		}
		for _, f := range fs {
			if f.Severity != asset.SeverityError || f.Clause != clause.MyNumberIsolation || f.Also != clause.DefMyNumberZone ||
				!slices.ContainsFunc(tt.assets, func(a asset.Asset) bool { return a.ID == f.Asset }) || f.Ja == "" || f.En == "" {
				t.Errorf("%s: finding %+v", tt.name, f)
			}
		}
	}
}

func TestCheckBelowMinimum(t *testing.T) {
	below := func(path field.Path, src string) verdict {
		return verdict{asset.RuleBelowMinimum, "6(2)", path, src}
	}
	tests := []struct {
		name   string
		scheme asset.Scheme
		assets []asset.Asset
		want   []verdict
	}{
		{"a 2 system holding 3B information", g24, []asset.Asset{
			sys("s", zone.BusinessZone, cls(asset.C2, asset.I2, asset.A2), "d"),
			info("d", zone.BusinessZone, cls(asset.C3B, asset.I1, asset.A1), false)},
			[]verdict{below("assets[0].classification.confidentiality", "d")}},
		{"3A holds 3B", g24, []asset.Asset{
			sys("s", zone.BusinessZone, cls(asset.C3A, asset.I1, asset.A1), "d"),
			info("d", zone.BusinessZone, cls(asset.C3B, asset.I1, asset.A1), false)}, nil},
		{"3C is below 3B", g24, []asset.Asset{
			sys("s", zone.BusinessZone, cls(asset.C3C, asset.I1, asset.A1), "d"),
			info("d", zone.BusinessZone, cls(asset.C3B, asset.I1, asset.A1), false)},
			[]verdict{below("assets[0].classification.confidentiality", "d")}},
		{"integrity and availability", g24, []asset.Asset{
			sys("s", zone.BusinessZone, cls(asset.C3A, asset.I1, asset.A1), "d"),
			info("d", zone.BusinessZone, cls(asset.C1, asset.I2, asset.A2), false)},
			[]verdict{below("assets[0].classification.integrity", "d"), below("assets[0].classification.availability", "d")}},
		{"legacy: 2 holding 3", legacy, []asset.Asset{
			sys("s", zone.BusinessZone, cls(asset.LegacyC2, asset.LegacyI2, asset.LegacyA2), "d"),
			info("d", zone.BusinessZone, cls(asset.LegacyC3, asset.LegacyI1, asset.LegacyA1), false)},
			[]verdict{below("assets[0].classification.confidentiality", "d")}},
		{"a declared level of the other scheme meets nothing", legacy, []asset.Asset{
			sys("s", zone.BusinessZone, asset.Classification{Scheme: legacy, Confidentiality: asset.C3A, Integrity: asset.LegacyI2, Availability: asset.LegacyA2}, "d"),
			info("d", zone.BusinessZone, lowLegacy, false)},
			[]verdict{below("assets[0].classification.confidentiality", "d")}},
		{"an unclassified declared level meets nothing", g24, []asset.Asset{
			sys("s", zone.BusinessZone, asset.Classification{Scheme: g24, Integrity: asset.I2, Availability: asset.A2}, "d"),
			info("d", zone.BusinessZone, low2024, false)},
			[]verdict{below("assets[0].classification.confidentiality", "d")}},
		{"an unclassified content requires the highest level", g24, []asset.Asset{
			sys("s", zone.BusinessZone, cls(asset.C3B, asset.I2, asset.A2), "d"),
			info("d", zone.BusinessZone, asset.Classification{Scheme: g24, Integrity: asset.I1, Availability: asset.A1}, false)},
			[]verdict{below("assets[0].classification.confidentiality", "d")}},
		{"transitively, each container below is reported, in order", g24, []asset.Asset{
			net("lan", zone.BusinessZone, low2024, "s"),
			sys("s", zone.BusinessZone, cls(asset.C2, asset.I1, asset.A1), "d"),
			info("d", zone.BusinessZone, cls(asset.C3A, asset.I1, asset.A1), false)},
			[]verdict{below("assets[0].classification.confidentiality", "d"), below("assets[1].classification.confidentiality", "d")}},
	}
	for _, tt := range tests {
		fs, err := asset.Check(tt.assets, tt.scheme)
		mustNoError(t, err)
		if got := verdicts(fs); !slices.Equal(got, tt.want) {
			t.Errorf("%s:\n got %+v\nwant %+v", tt.name, got, tt.want)
		}
		for _, f := range fs {
			if f.Severity != asset.SeverityError || f.Clause != clause.AssetManagement || f.Also != 0 || !f.Property.Valid() ||
				!contains(f.Ja, f.Source) || !contains(f.En, f.Source) {
				t.Errorf("%s: finding %+v", tt.name, f)
			}
		}
	}
}

func TestCheckMessages(t *testing.T) {
	fs, err := asset.Check([]asset.Asset{
		sys("s", zone.BusinessZone, cls(asset.C2, asset.I2, asset.A2), "d"),
		info("d", zone.MyNumberZone, asset.Classification{Scheme: g24, Integrity: asset.I1, Availability: asset.A1}, true),
	}, g24)
	mustNoError(t, err)
	if len(fs) != 2 {
		t.Fatalf("findings: %+v", fs)
	}
	want := []struct{ ja, en string }{
		{"格付（機密性2）が、含まれる情報資産「d」から求められる機密性3Aを下回る（「d」の格付が未設定又は別の分類体系のため、最上位とみなした）",
			`declared confidentiality 2 is below confidentiality 3A, which contained asset "d" requires (its own level is unset or of another scheme, so the highest was assumed)`},
		{"マイナンバー利用事務の情報「d」を保持・処理しているが、業務サーバ接続系にある（マイナンバー利用事務系に置く必要がある）",
			`holds or processes My Number information "d" but is in the business-server zone, not in the My Number zone`},
	}
	for i, w := range want {
		if fs[i].Ja != w.ja || fs[i].En != w.en {
			t.Errorf("finding %d:\n got %q\n     %q\nwant %q\n     %q", i, fs[i].Ja, fs[i].En, w.ja, w.en)
		}
	}
}

func TestCheckInvalidScheme(t *testing.T) {
	fs, err := asset.Check([]asset.Asset{info("d", zone.BusinessZone, low2024, true)}, 0)
	var l field.List
	if fs != nil || !errors.As(err, &l) || l[0].Path != "scheme" {
		t.Errorf("Check(scheme 0) = %v, %v", fs, err)
	}
}

func TestRules(t *testing.T) {
	tests := []struct {
		r    asset.Rule
		id   string
		c    string
		also string
	}{
		{asset.RuleBelowMinimum, "below-minimum", "6(2)", ""},
		{asset.RuleMyNumberOutsideZone, "mynumber-outside-zone", "6(3)ア", "2(8)"},
		{asset.RuleMyNumberHolderOutsideZone, "mynumber-holder-outside-zone", "6(3)ア", "2(8)"},
	}
	if len(tests) != len(asset.Rules()) {
		t.Fatalf("%d rules tested, %d exist", len(tests), len(asset.Rules()))
	}
	for _, tt := range tests {
		also := ""
		if tt.r.Also() != 0 {
			also = tt.r.Also().String()
		}
		if tt.r.String() != tt.id || tt.r.Clause().String() != tt.c || also != tt.also || tt.r.Severity() != asset.SeverityError {
			t.Errorf("%v: id %q clause %v also %q severity %v", tt.r, tt.r.String(), tt.r.Clause(), also, tt.r.Severity())
		}
	}
	var bad asset.Rule
	if bad.Clause() != 0 || bad.Also() != 0 || bad.Severity() != 0 {
		t.Error("the zero rule cites a clause or has a severity")
	}
}

// TestCheckDeterministic: the same input gives the same findings, ordered
// by asset, and Check never panics, even on invalid lists.
func TestCheckDeterministic(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		as := policytest.RawAssets(10).Draw(t, "assets")
		s := policytest.Scheme().Draw(t, "scheme")
		a, err1 := asset.Check(as, s)
		b, err2 := asset.Check(clone(as), s)
		if err1 != nil || err2 != nil || fmt.Sprint(a) != fmt.Sprint(b) {
			t.Fatalf("two runs differ:\n%v\n%v", a, b)
		}
		for i := 1; i < len(a); i++ {
			p, q := a[i-1], a[i]
			ip, iq := assetIndex(t, p.Path), assetIndex(t, q.Path)
			if ip > iq || ip == iq && (p.Rule > q.Rule || p.Rule == q.Rule && p.Property >= q.Property) {
				t.Fatalf("findings out of order: %+v before %+v", p, q)
			}
		}
	})
}

// with returns a with Contains set to ids.
func with(a asset.Asset, ids ...string) asset.Asset {
	a.Contains = ids
	return a
}

// assetIndex reads N from a path "assets[N]…".
func assetIndex(t *rapid.T, p field.Path) int {
	var n int
	if _, err := fmt.Sscanf(string(p), "assets[%d]", &n); err != nil {
		t.Fatalf("path %q: %v", p, err)
	}
	return n
}
