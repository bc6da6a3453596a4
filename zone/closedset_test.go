package zone_test

import (
	"testing"

	"github.com/jichitai-sec/policy/internal/enum/enumtest"
	"github.com/jichitai-sec/policy/zone"
)

// The documented shape of each closed set of the package: its members in
// order, wire ids, and the aliases its Parse function documents. The
// tests below hold each to the contract of package enum with the
// library's one harness; the fuzz targets (parse_fuzz_test.go) feed each
// Parse arbitrary text.
var (
	zoneSet = enumtest.Set[zone.Zone]{
		Name: "zone.Zone", All: zone.All(), Parse: zone.Parse, Aliases: zoneAliases,
		IDs: []string{"mynumber", "business", "internet"},
	}
	networkSet = enumtest.Set[zone.Network]{
		Name: "zone.Network", All: zone.Networks(), Parse: zone.ParseNetwork, Aliases: networkAliases,
		IDs: []string{"public-internet", "lgwan", "national-system"},
	}
	channelSet = enumtest.Set[zone.Channel]{
		Name: "zone.Channel", All: zone.Channels(), Parse: zone.ParseChannel, Aliases: channelAliases,
		IDs: []string{"direct", "media", "sanitized"},
	}
	methodSet = enumtest.Set[zone.Method]{
		Name: "zone.Method", All: zone.Methods(), Parse: zone.ParseMethod, Aliases: methodAliases,
		IDs: []string{"file-sanitization", "text-conversion", "image-conversion", "pdf-conversion",
			"mail-attachment-removal", "mail-text-conversion", "screen-transfer"},
	}
	safeguardKindSet = enumtest.Set[zone.SafeguardKind]{
		Name: "zone.SafeguardKind", All: zone.SafeguardKinds(), Parse: zone.ParseSafeguardKind,
		IDs: []string{"utm", "security-cloud"},
	}
	functionSet = enumtest.Set[zone.Function]{
		Name: "zone.Function", All: zone.UTMFunctions(), Parse: zone.ParseFunction, Aliases: functionAliases,
		IDs: []string{"firewall", "ids-ips", "antivirus", "web-filtering"},
	}
	ruleSet = enumtest.Set[zone.Rule]{
		Name: "zone.Rule", All: zone.Rules(), Parse: zone.ParseRule, Described: true,
		IDs: []string{
			"invalid-flow", "same-zone", "mynumber-exception", "mynumber-isolated",
			"external-needs-direct", "sanitized-transfer", "sanitization-method-missing",
			"business-internet-separated", "boundary-complete", "boundary-incomplete",
			"boundary-missing", "business-lgwan", "business-to-internet",
			"internet-zone-to-lgwan", "no-permitting-rule", "mynumber-leak",
		},
	}
	statusSet = enumtest.Set[zone.ExceptionStatus]{
		Name: "zone.ExceptionStatus", All: zone.ExceptionStatuses(), Parse: zone.ParseExceptionStatus,
		IDs: []string{"incomplete", "not-grantable", "unapproved", "no-date", "not-yet-approved", "expired",
			"active", "other-channel", "other-method"},
	}
	basisSet = enumtest.Set[zone.Basis]{
		Name: "zone.Basis", All: zone.Bases(), Parse: zone.ParseBasis,
		IDs: []string{"local-approval", "national-allowance"},
	}
	allowanceSet = enumtest.Set[zone.NationalAllowance]{
		Name: "zone.NationalAllowance", All: zone.NationalAllowances(), Parse: zone.ParseNationalAllowance,
		Aliases: allowanceAliases, IDs: []string{"mynaportal", "eltax"},
	}
)

func TestClosedSetZone(t *testing.T)              { enumtest.Check(t, zoneSet) }
func TestClosedSetNetwork(t *testing.T)           { enumtest.Check(t, networkSet) }
func TestClosedSetChannel(t *testing.T)           { enumtest.Check(t, channelSet) }
func TestClosedSetMethod(t *testing.T)            { enumtest.Check(t, methodSet) }
func TestClosedSetSafeguardKind(t *testing.T)     { enumtest.Check(t, safeguardKindSet) }
func TestClosedSetFunction(t *testing.T)          { enumtest.Check(t, functionSet) }
func TestClosedSetRule(t *testing.T)              { enumtest.Check(t, ruleSet) }
func TestClosedSetExceptionStatus(t *testing.T)   { enumtest.Check(t, statusSet) }
func TestClosedSetBasis(t *testing.T)             { enumtest.Check(t, basisSet) }
func TestClosedSetNationalAllowance(t *testing.T) { enumtest.Check(t, allowanceSet) }

// TestClosedSetLabels pins the labels that are the policy's own terms.
func TestClosedSetLabels(t *testing.T) {
	for _, c := range []struct {
		got, want string
	}{
		{zone.MyNumberZone.Ja(), "マイナンバー利用事務系"},
		{zone.BusinessZone.Ja(), "業務サーバ接続系"},
		{zone.InternetZone.Ja(), "インターネット接続系"},
		{zone.Sanitized.Ja(), "無害化通信"},
		{zone.UTM.Ja(), "UTM"},
		{zone.Firewall.Ja(), "ファイアウォール"},
		{zone.IntrusionPrevention.Ja(), "侵入検知・防御（IDS/IPS）"},
		{zone.Antivirus.Ja(), "アンチウイルス"},
		{zone.WebFiltering.Ja(), "Webフィルタリング"},
		{zone.MynaPortal.Ja(), "マイナポータル"},
	} {
		if c.got != c.want {
			t.Errorf("label %q, want the policy's term %q", c.got, c.want)
		}
	}
	for z, c := range map[zone.Zone]string{zone.MyNumberZone: "2(8)", zone.BusinessZone: "2(9)", zone.InternetZone: "2(10)"} {
		if z.Clause().String() != c {
			t.Errorf("%s.Clause() = %s, want %s", z, z.Clause(), c)
		}
	}
	if zone.Zone(0).Clause() != 0 || zone.Zone(4).Clause() != 0 {
		t.Error("an invalid zone cites a clause")
	}
	// "lgwan" names the network only: the business zone's alias of that
	// spelling is gone, its guideline name LGWAN接続系 stays.
	if _, err := zone.Parse("lgwan"); err == nil {
		t.Error(`Parse("lgwan") succeeded; "lgwan" is the network, not a zone`)
	}
	if z := zone.MustParse("LGWAN接続系"); z != zone.BusinessZone {
		t.Errorf("MustParse(LGWAN接続系) = %v", z)
	}
	defer func() {
		if recover() == nil {
			t.Error(`MustParse("LGWAN") did not panic: LGWAN is a network, not a zone`)
		}
	}()
	zone.MustParse("LGWAN")
}
