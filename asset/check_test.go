package asset_test

import (
	"encoding/json"
	"errors"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/jichitai-sec/policy/asset"
	"github.com/jichitai-sec/policy/clause"
	"github.com/jichitai-sec/policy/field"
	"github.com/jichitai-sec/policy/finding"
	"github.com/jichitai-sec/policy/lang"
	"github.com/jichitai-sec/policy/policytest"
	"github.com/jichitai-sec/policy/zone"
	"pgregory.net/rapid"
)

// verdict is a finding reduced to what the tables compare: the rule, the
// clauses cited ("6(3)ア+2(8)"), the path and the ids.
type verdict struct {
	Rule    string
	Clauses string
	Path    field.Path
	IDs     string
}

func verdicts(fs []finding.Finding) []verdict {
	var out []verdict
	for _, f := range fs {
		c := f.Clause.String()
		for _, a := range f.Also {
			c += "+" + a.String()
		}
		out = append(out, verdict{f.Rule, c, f.Path, strings.Join(f.IDs, ",")})
	}
	return out
}

// checkFindings checks what every finding of the package must hold: a
// known rule, whose clause, severity and definitions it carries, complete
// texts, and ids naming assets of the list.
func checkFindings(t tb, name string, as []asset.Asset, fs []finding.Finding) {
	t.Helper()
	for _, f := range fs {
		r, err := asset.ParseRule(f.Rule)
		if err != nil || f.Clause != r.Clause() || f.Severity != finding.For(r.Clause()) || f.Severity != finding.Error ||
			!slices.Equal(f.Also[:len(r.Also())], r.Also()) || f.Text.Ja == "" || f.Text.En == "" || len(f.IDs) == 0 {
			t.Errorf("%s: finding %+v", name, f)
		}
		for _, id := range f.IDs {
			if !slices.ContainsFunc(as, func(a asset.Asset) bool { return a.ID == id }) {
				t.Errorf("%s: finding %+v names unknown id %q", name, f, id)
			}
		}
	}
}

func TestCheckZoneFit(t *testing.T) {
	mn, biz, inet := zone.MyNumberZone, zone.BusinessZone, zone.InternetZone
	hi := cls(asset.C3B, asset.I2, asset.A2)
	outside := func(path field.Path, id string) verdict {
		return verdict{"asset-mynumber-outside-zone", "6(3)ア+2(8)", path, id}
	}
	holder := func(path field.Path, ids string) verdict {
		return verdict{"asset-mynumber-holder-outside-zone", "6(3)ア+2(8)", path, ids}
	}
	tests := []struct {
		name   string
		assets []asset.Asset
		want   []verdict
	}{
		{"My Number information in the My Number zone", []asset.Asset{info("d", mn, hi, true)}, nil},
		{"My Number information in the business zone", []asset.Asset{info("d", biz, hi, true)},
			[]verdict{outside("/assets/0/zone", "d")}},
		{"My Number information in the Internet zone", []asset.Asset{info("d", inet, hi, true)},
			[]verdict{outside("/assets/0/zone", "d")}},
		{"other information outside the My Number zone", []asset.Asset{info("d", inet, hi, false)}, nil},
		{"a My Number printout with no zone", []asset.Asset{paper("p", 0, hi, true)}, nil},
		{"a My Number printout said to be in the business zone", []asset.Asset{paper("p", biz, hi, true)},
			[]verdict{outside("/assets/0/zone", "p")}},
		{"a system in the business zone processing My Number information", []asset.Asset{
			sys("s", biz, hi, "d"), info("d", mn, hi, true)},
			[]verdict{holder("/assets/0/zone", "s,d")}},
		{"a system in the My Number zone processing it", []asset.Asset{
			sys("s", mn, hi, "d"), info("d", mn, hi, true)}, nil},
		{"a network with no zone carrying a My Number system", []asset.Asset{
			net("lan", 0, hi, "s"), sys("s", mn, hi, "d"), info("d", mn, hi, true)}, nil},
		{"a network in the business zone carrying a My Number system", []asset.Asset{
			net("lan", biz, hi, "s"), sys("s", mn, hi, "d"), info("d", mn, hi, true)},
			[]verdict{holder("/assets/0/zone", "lan,d")}},
		{"a server room housing a My Number system", []asset.Asset{
			fac("room", hi, "s"), sys("s", mn, hi, "d"), info("d", mn, hi, true)}, nil},
		{"both rules broken: reported once, as My Number information", []asset.Asset{
			with(info("d", biz, hi, true), "e"), info("e", mn, hi, true)},
			[]verdict{outside("/assets/0/zone", "d")}},
		{"information and its holder both outside", []asset.Asset{
			sys("s", biz, hi, "d"), info("d", biz, hi, true)},
			[]verdict{holder("/assets/0/zone", "s,d"), outside("/assets/1/zone", "d")}},
	}
	for _, tt := range tests {
		fs, err := asset.Check(tt.assets, g24, at)
		mustNoError(t, err)
		if got := verdicts(fs); !slices.Equal(got, tt.want) {
			t.Errorf("%s:\n got %+v\nwant %+v", tt.name, got, tt.want)
		}
		checkFindings(t, tt.name, tt.assets, fs)
	}
}

func TestCheckClassification(t *testing.T) {
	below := func(path field.Path, prop, ids string) verdict {
		return verdict{"asset-below-minimum", "6(2)+" + prop, path, ids}
	}
	unclassified := func(path field.Path, prop, ids string) verdict {
		return verdict{"asset-unclassified", "6(2)+" + prop, path, ids}
	}
	biz := zone.BusinessZone
	tests := []struct {
		name   string
		scheme asset.Scheme
		assets []asset.Asset
		want   []verdict
	}{
		{"a 2 system holding 3B information", g24, []asset.Asset{
			sys("s", biz, cls(asset.C2, asset.I2, asset.A2), "d"),
			info("d", biz, cls(asset.C3B, asset.I1, asset.A1), false)},
			[]verdict{below("/assets/0/classification/confidentiality", "2(5)", "s,d")}},
		{"3A holds 3B", g24, []asset.Asset{
			sys("s", biz, cls(asset.C3A, asset.I1, asset.A1), "d"),
			info("d", biz, cls(asset.C3B, asset.I1, asset.A1), false)}, nil},
		{"3C is below 3B", g24, []asset.Asset{
			sys("s", biz, cls(asset.C3C, asset.I1, asset.A1), "d"),
			info("d", biz, cls(asset.C3B, asset.I1, asset.A1), false)},
			[]verdict{below("/assets/0/classification/confidentiality", "2(5)", "s,d")}},
		{"integrity and availability", g24, []asset.Asset{
			sys("s", biz, cls(asset.C3A, asset.I1, asset.A1), "d"),
			info("d", biz, cls(asset.C1, asset.I2, asset.A2), false)},
			[]verdict{below("/assets/0/classification/integrity", "2(6)", "s,d"),
				below("/assets/0/classification/availability", "2(7)", "s,d")}},
		{"legacy: 2 holding 3", legacy, []asset.Asset{
			sys("s", biz, cls(asset.C2, asset.I2, asset.A2), "d"),
			info("d", biz, cls(asset.C3, asset.I1, asset.A1), false)},
			[]verdict{below("/assets/0/classification/confidentiality", "2(5)", "s,d")}},
		{"an unclassified property, one finding per property", g24, []asset.Asset{
			info("d", biz, asset.Classification{Integrity: asset.I1}, false)},
			[]verdict{unclassified("/assets/0/classification/confidentiality", "2(5)", "d"),
				unclassified("/assets/0/classification/availability", "2(7)", "d")}},
		{"an unclassified container of classified contents names them", g24, []asset.Asset{
			sys("s", biz, cls(0, asset.I2, asset.A2), "d"),
			info("d", biz, low, false)},
			[]verdict{unclassified("/assets/0/classification/confidentiality", "2(5)", "s,d")}},
		{"an unclassified content requires the highest level of its container", g24, []asset.Asset{
			sys("s", biz, cls(asset.C3B, asset.I2, asset.A2), "d"),
			info("d", biz, cls(0, asset.I1, asset.A1), false)},
			[]verdict{below("/assets/0/classification/confidentiality", "2(5)", "s,d"),
				unclassified("/assets/1/classification/confidentiality", "2(5)", "d")}},
		{"findings by asset, then rule, then property", g24, []asset.Asset{
			sys("s", biz, cls(asset.C1, 0, asset.A1), "d"),
			info("d", biz, cls(asset.C3A, asset.I1, asset.A2), false)},
			[]verdict{unclassified("/assets/0/classification/integrity", "2(6)", "s,d"),
				below("/assets/0/classification/confidentiality", "2(5)", "s,d"),
				below("/assets/0/classification/availability", "2(7)", "s,d")}},
		{"transitively, each container below is reported, in order", g24, []asset.Asset{
			net("lan", biz, low, "s"),
			sys("s", biz, cls(asset.C2, asset.I1, asset.A1), "d"),
			info("d", biz, cls(asset.C3A, asset.I1, asset.A1), false)},
			[]verdict{below("/assets/0/classification/confidentiality", "2(5)", "lan,d"),
				below("/assets/1/classification/confidentiality", "2(5)", "s,d")}},
	}
	for _, tt := range tests {
		fs, err := asset.Check(tt.assets, tt.scheme, at)
		mustNoError(t, err)
		if got := verdicts(fs); !slices.Equal(got, tt.want) {
			t.Errorf("%s:\n got %+v\nwant %+v", tt.name, got, tt.want)
		}
		checkFindings(t, tt.name, tt.assets, fs)
	}
}

func TestCheckMessages(t *testing.T) {
	fs, err := asset.Check([]asset.Asset{
		sys("s", zone.BusinessZone, cls(asset.C2, asset.I2, 0), "d"),
		info("d", zone.MyNumberZone, cls(0, asset.I1, asset.A1), true),
	}, g24, at)
	mustNoError(t, err)
	want := []string{
		`error asset-unclassified 6(2),2(7) /assets/0/classification/availability: 可用性の格付がない（未分類）。含まれる情報資産「d」から可用性1以上が求められる / ` +
			`no availability level: the asset is unclassified for availability; contained asset "d" requires at least availability 1`,
		`error asset-below-minimum 6(2),2(5) /assets/0/classification/confidentiality: 格付（機密性2）が、含まれる情報資産「d」から求められる機密性3Aを下回る（「d」の格付が未分類のため、最上位とみなした） / ` +
			`declared confidentiality 2 is below confidentiality 3A, which contained asset "d" requires (its own level is unclassified, so the highest was assumed)`,
		`error asset-mynumber-holder-outside-zone 6(3)ア,2(8) /assets/0/zone: マイナンバー利用事務の情報「d」を保持・処理しているが、業務サーバ接続系にある（マイナンバー利用事務系に置く必要がある） / ` +
			`holds or processes My Number information "d" but is in the business-server zone, not in the My Number zone`,
		`error asset-unclassified 6(2),2(5) /assets/1/classification/confidentiality: 機密性の格付がない（未分類） / no confidentiality level: the asset is unclassified for confidentiality`,
	}
	var got []string
	for _, f := range fs {
		got = append(got, f.String())
	}
	if !slices.Equal(got, want) {
		t.Errorf("findings:\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestCheckFindingJSON: a finding maps onto JSON field by field, with wire
// ids and a JSON Pointer.
func TestCheckFindingJSON(t *testing.T) {
	fs, err := asset.Check([]asset.Asset{info("d", zone.BusinessZone, low, true)}, g24, "/registers/0/assets")
	mustNoError(t, err)
	if len(fs) != 1 {
		t.Fatalf("findings: %+v", fs)
	}
	b, err := json.Marshal(fs[0])
	const want = `{"rule":"asset-mynumber-outside-zone","severity":"error","clause":"6(3)ア","also":["2(8)"],"path":"/registers/0/assets/0/zone","ids":["d"],` +
		`"text":{"ja":"マイナンバー利用事務の情報であるが、業務サーバ接続系にある（マイナンバー利用事務系に置く必要がある）",` +
		`"en":"information of My Number work is in the business-server zone, not in the My Number zone"}}`
	if err != nil || string(b) != want {
		t.Errorf("Marshal = %s, %v\nwant %s", b, err, want)
	}
}

// TestCheckFailsClosed is issue 7: two assets share the id "x", one of
// them 3A My Number information, and an Internet-zone system contains "x".
// Check must not pass over the list in silence: it returns Validate's
// problems as its error and no findings, and so does Derive.
func TestCheckFailsClosed(t *testing.T) {
	as := []asset.Asset{
		info("x", zone.MyNumberZone, low, false),
		info("x", zone.MyNumberZone, hi24, true),
		sys("web", zone.InternetZone, low, "x"),
	}
	fs, err := asset.Check(as, g24, at)
	var l field.List
	if fs != nil || !errors.As(err, &l) {
		t.Fatalf("Check = %v, %v; want no findings and a field.List", fs, err)
	}
	if got := problems(l); !slices.Equal(got, []problem{{"/assets/1/id", field.KindDuplicate, "x"}}) {
		t.Errorf("Check error: %v", got)
	}
	ds, err := asset.Derive(as, g24, at)
	if ds != nil || !errors.As(err, &l) || len(l) != 1 || l[0].Path != "/assets/1/id" {
		t.Errorf("Derive = %v, %v; want no result and the problem", ds, err)
	}
	// With the ids told apart, the gap is found.
	as[1].ID = "x-mynumber"
	as[2].Contains = []string{"x", "x-mynumber"}
	fs, err = asset.Check(as, g24, at)
	mustNoError(t, err)
	if got := verdicts(fs); !slices.Contains(got, verdict{"asset-mynumber-holder-outside-zone", "6(3)ア+2(8)", "/assets/2/zone", "web,x-mynumber"}) {
		t.Errorf("findings: %+v", got)
	}
}

// TestCheckRefusesWhatValidateRefuses: on any list, Check and Derive fail
// exactly when Validate reports a problem, with the same problems.
func TestCheckRefusesWhatValidateRefuses(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		as := policytest.RawAssets(10).Draw(t, "assets")
		s := policytest.RawScheme().Draw(t, "scheme")
		errs := asset.Validate(as, s, at)
		fs, err := asset.Check(as, s, at)
		ds, derr := asset.Derive(as, s, at)
		if len(errs) > 0 {
			var l, m field.List
			if fs != nil || ds != nil || !errors.As(err, &l) || !errors.As(derr, &m) || !reflect.DeepEqual(l, errs) || !reflect.DeepEqual(m, errs) {
				t.Fatalf("Validate reports %v but Check = %v, %v; Derive = %v, %v", errs, fs, err, ds, derr)
			}
			return
		}
		if err != nil || derr != nil || len(ds) != len(as) {
			t.Fatalf("a valid list: Check error %v, Derive error %v", err, derr)
		}
	})
}

func TestRules(t *testing.T) {
	tests := []struct {
		r    asset.Rule
		id   string
		c    string
		also []clause.Clause
	}{
		{asset.RuleUnclassified, "asset-unclassified", "6(2)", nil},
		{asset.RuleBelowMinimum, "asset-below-minimum", "6(2)", nil},
		{asset.RuleMyNumberOutsideZone, "asset-mynumber-outside-zone", "6(3)ア", []clause.Clause{clause.DefMyNumberZone}},
		{asset.RuleMyNumberHolderOutsideZone, "asset-mynumber-holder-outside-zone", "6(3)ア", []clause.Clause{clause.DefMyNumberZone}},
	}
	if len(tests) != len(asset.Rules()) {
		t.Fatalf("%d rules tested, %d exist", len(tests), len(asset.Rules()))
	}
	for _, tt := range tests {
		if tt.r.String() != tt.id || tt.r.Clause().String() != tt.c || !slices.Equal(tt.r.Also(), tt.also) ||
			tt.r.Severity() != finding.Error || tt.r.Clause().Duty() != clause.Firm {
			t.Errorf("%v: id %q clause %v also %v severity %v", tt.r, tt.r.String(), tt.r.Clause(), tt.r.Also(), tt.r.Severity())
		}
		f := tt.r.Finding("/assets/1/zone", lang.Text{Ja: "ja", En: "en"}, "a", "b")
		if f.Rule != tt.id || f.Clause != tt.r.Clause() || f.Severity != finding.Error || f.Path != "/assets/1/zone" ||
			!slices.Equal(f.IDs, []string{"a", "b"}) || !slices.Equal(f.Also, tt.also) || f.Text.Ja != "ja" {
			t.Errorf("%v.Finding = %+v", tt.r, f)
		}
	}
	// Also returns a copy: changing it changes nothing.
	asset.RuleMyNumberOutsideZone.Also()[0] = 0
	if asset.RuleMyNumberOutsideZone.Also()[0] != clause.DefMyNumberZone {
		t.Error("Also shares its slice")
	}
	var bad asset.Rule
	if bad.Clause() != 0 || bad.Also() != nil || bad.Severity() != finding.Info {
		t.Error("the zero rule cites a clause or has a grave severity")
	}
	// Rule ids cannot collide with those of package zone, which never
	// start with "asset-".
	for _, r := range asset.Rules() {
		if !strings.HasPrefix(r.String(), "asset-") {
			t.Errorf("rule id %q lacks the package prefix", r)
		}
	}
}

// TestCheckDeterministic: the same input gives the same findings, whatever
// copy it is given in, ordered by asset, then rule, then property.
func TestCheckDeterministic(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		s := policytest.Scheme().Draw(t, "scheme")
		as := policytest.Assets(s, 10).Draw(t, "assets")
		for i := range as {
			as[i].Classification = policytest.PartialClassification(s).Draw(t, "classification")
		}
		a, err1 := asset.Check(as, s, at)
		b, err2 := asset.Check(clone(as), s, at)
		if err1 != nil || err2 != nil || !reflect.DeepEqual(a, b) {
			t.Fatalf("two runs differ:\n%v\n%v", a, b)
		}
		key := func(f finding.Finding) [3]int {
			r, _ := asset.ParseRule(f.Rule)
			rest := strings.TrimPrefix(string(f.Path), string(at)+"/")
			i, _ := strconv.Atoi(rest[:strings.IndexByte(rest, '/')])
			p, _ := asset.ParseProperty(rest[strings.LastIndexByte(rest, '/')+1:])
			return [3]int{i, int(r), int(p)}
		}
		for i := 1; i < len(a); i++ {
			if p, q := key(a[i-1]), key(a[i]); slices.Compare(p[:], q[:]) >= 0 {
				t.Fatalf("findings out of order: %v before %v", a[i-1], a[i])
			}
		}
		checkFindings(t, "generated", as, a)
	})
}

// tb is what checkFindings needs of *testing.T and *rapid.T.
type tb interface {
	Helper()
	Errorf(format string, args ...any)
}
