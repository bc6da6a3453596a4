package zone_test

import (
	"github.com/jichitai-sec/policy/date"
	"github.com/jichitai-sec/policy/zone"
)

// The endpoints, a complete UTM and the as-of date most tests use.
var (
	myNumber    = zone.In(zone.MyNumberZone)
	business    = zone.In(zone.BusinessZone)
	internetZ   = zone.In(zone.InternetZone)
	theInternet = zone.External(zone.PublicInternet)
	lgwan       = zone.External(zone.LGWAN)
	national    = zone.External(zone.NationalSystem)
	fullUTM     = zone.Safeguard{Kind: zone.UTM, Functions: zone.AllFunctions}
	asOf        = date.MustParse("2026-06-01")
)

// The aliases each Parse function of the package documents, by set.
var (
	zoneAliases      = map[string]zone.Zone{"個人番号利用事務系": zone.MyNumberZone, "LGWAN接続系": zone.BusinessZone}
	networkAliases   = map[string]zone.Network{"LGWAN": zone.LGWAN, "総合行政ネットワーク": zone.LGWAN}
	channelAliases   = map[string]zone.Channel{"電磁的記録媒体": zone.Media}
	methodAliases    = map[string]zone.Method{"cdr": zone.FileSanitization}
	functionAliases  = map[string]zone.Function{"IDS/IPS": zone.IntrusionPrevention}
	allowanceAliases = map[string]zone.NationalAllowance{"eLTAX": zone.ELTAX}
)

// local is a complete local approval in force on asOf: LGWAN data taken
// into the My Number zone by node "juki" from node "lgwan-gw".
func local() zone.Exception {
	return zone.Exception{
		ID: "EX-1", From: lgwan, To: myNumber, Channel: zone.Direct,
		Covers:        []zone.NodePair{{From: "lgwan-gw", To: "juki"}},
		Justification: "eLTAX data intake / eLTAXデータの取込み",
		ApprovedBy:    "CISO", ApprovedOn: date.MustParse("2026-04-01"), ExpiresOn: date.MustParse("2027-03-31"),
	}
}

// allowance is a standing national allowance: Mynaportal applications
// taken from the business zone into the My Number zone by sanitized
// transfer, with no approver and no dates.
func allowance() zone.Exception {
	return zone.Exception{
		ID: "NA-1", From: business, To: myNumber, Channel: zone.Sanitized, Method: zone.PDFConversion,
		Covers:        []zone.NodePair{{From: "portal-gw", To: "juki"}},
		Allowance:     zone.MynaPortal,
		Justification: "applications through Mynaportal / マイナポータルからの申請の取込み",
	}
}

// nodeIndex maps the node ids of top to their index.
func nodeIndex(top zone.Topology) map[string]int {
	idx := make(map[string]int, len(top.Nodes))
	for i, n := range top.Nodes {
		if _, dup := idx[n.ID]; !dup {
			idx[n.ID] = i
		}
	}
	return idx
}
