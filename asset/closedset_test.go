package asset_test

import (
	"encoding/json"
	"errors"
	"testing"

	"github.com/jichitai-sec/policy/asset"
	"github.com/jichitai-sec/policy/internal/enum"
	"github.com/jichitai-sec/policy/zone"
)

func TestUnits(t *testing.T) {
	want := []struct {
		u      asset.Unit
		id, ja string
	}{
		{asset.Administrator, "administrator", "管理者"},
		{asset.Assembly, "assembly", "議会"},
		{asset.AuditCommissioners, "audit-commissioners", "監査委員"},
		{asset.Secretariat, "secretariat", "事務局"},
	}
	if got := asset.Units(); len(got) != len(want) {
		t.Fatalf("Units() = %v", got)
	}
	for i, w := range want {
		u := asset.Units()[i]
		if u != w.u || u.String() != w.id || u.Ja() != w.ja || u.En() == "" || u.Clause().String() != "4(1)" {
			t.Errorf("unit %d: %v %q %q %q %v; want %q %q, 4(1)", i, u, u.String(), u.Ja(), u.En(), u.Clause(), w.id, w.ja)
		}
		for _, s := range []string{w.id, w.ja} {
			if got, err := asset.ParseUnit(s); err != nil || got != w.u {
				t.Errorf("ParseUnit(%q) = %v, %v", s, got, err)
			}
		}
	}
	var pe *enum.ParseError
	if _, err := asset.ParseUnit("Assembly"); !errors.As(err, &pe) || pe.Type != "Unit" {
		t.Errorf("ParseUnit(\"Assembly\") error = %v", err)
	}
	if asset.Unit(0).Clause() != 0 || asset.Unit(9).String() != "asset.Unit(9)" {
		t.Error("an invalid unit cites a clause or prints badly")
	}
}

func TestSchemesAndSeverities(t *testing.T) {
	for _, c := range []struct {
		got, want string
	}{
		{asset.Guideline2024.String(), "guideline-2024"},
		{asset.Legacy.String(), "legacy"},
		{asset.SeverityError.String(), "error"},
		{asset.SeverityWarning.String(), "warning"},
		{asset.Scheme(0).String(), "asset.Scheme(0)"},
	} {
		if c.got != c.want {
			t.Errorf("got %q, want %q", c.got, c.want)
		}
	}
	if s, err := asset.ParseScheme("令和6年10月改定前の分類"); err != nil || s != asset.Legacy {
		t.Errorf("ParseScheme(Japanese label) = %v, %v", s, err)
	}
	if _, err := asset.ParseScheme("2024"); err == nil {
		t.Error("ParseScheme accepted \"2024\"")
	}
}

func TestZoneRequired(t *testing.T) {
	want := map[asset.Kind]bool{
		asset.Network: false, asset.InformationSystem: true, asset.Facility: false, asset.ElectronicMedia: false,
		asset.Information: true, asset.PrintedDocument: false, asset.SystemDocument: false, 0: false, 99: false,
	}
	for k, w := range want {
		if k.ZoneRequired() != w {
			t.Errorf("%v.ZoneRequired() = %v, want %v", k, !w, w)
		}
	}
}

// TestFindingJSON: a finding maps onto JSON field by field, with wire ids.
func TestFindingJSON(t *testing.T) {
	fs, err := asset.Check([]asset.Asset{info("d", zone.BusinessZone, low2024, true)}, g24)
	mustNoError(t, err)
	if len(fs) != 1 {
		t.Fatalf("findings: %+v", fs)
	}
	b, err := json.Marshal(fs[0])
	const want = `{"rule":"mynumber-outside-zone","severity":"error","clause":"6(3)ア","also":"2(8)","path":"assets[0].zone","asset":"d",` +
		`"ja":"マイナンバー利用事務の情報であるが、業務サーバ接続系にある（マイナンバー利用事務系に置く必要がある）",` +
		`"en":"information of My Number work is in the business-server zone, not in the My Number zone"}`
	if err != nil || string(b) != want {
		t.Errorf("Marshal = %s, %v\nwant %s", b, err, want)
	}
}
