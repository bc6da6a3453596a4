package control_test

import (
	"fmt"

	"github.com/jichitai-sec/policy/asset"
	"github.com/jichitai-sec/policy/control"
	"github.com/jichitai-sec/policy/date"
	"github.com/jichitai-sec/policy/zone"
)

// Required lists what one asset needs, and why: here a terminal of the My
// Number zone, rated 2 for confidentiality.
func ExampleRequired() {
	terminal := asset.Asset{
		ID: "mn-terminal", Name: "住民記録端末", Kind: asset.InformationSystem, Owner: asset.Administrator,
		Zone:           zone.MyNumberZone,
		Classification: asset.Classification{Confidentiality: asset.C2, Integrity: asset.I2, Availability: asset.A1},
	}
	for _, r := range control.Required(terminal, asset.Guideline2024) {
		fmt.Printf("%-26s %-6s %s\n", r.Control, r.Clause, r.Text().En)
	}
	// Output:
	// asset-classification       6(2)   classification of information assets: needed for every asset
	// asset-inventory            6(2)   asset register and owners: needed for every asset
	// asset-disposal             6(2)   irrecoverable disposal: because of the asset's rating (confidentiality)
	// asset-backup               6(2)   backups: because of the asset's rating (integrity)
	// mynumber-zone-isolation    6(3)ア  isolation of the My Number zone: because of the asset's zone
	// mynumber-two-factor        6(3)ア  two-factor login on My Number zone terminals: because of the asset's zone
	// mynumber-no-takeout        6(3)ア  no data taken out of My Number zone terminals: because of the asset's zone
	// mynumber-approved-media    6(3)ア  only approved media connected: because of the asset's zone
	// phys-server-placement      6(4)   placement and redundancy of servers: because of the asset's kind
	// phys-disaster-proof        6(4)   protection against earthquake, lightning, fire and flood: because of the asset's kind
	// phys-power-supply          6(4)   uninterruptible and backup power: because of the asset's kind
	// phys-terminals             6(4)   theft prevention and management of terminals and media: because of the asset's kind
	// human-rules                6(5)   rules for staff: needed by the staff of the owning body (administrator)
	// tech-system-management     6(6)   management of computers and networks: because of the asset's kind
	// tech-access-control        6(6)   access control: because of the asset's kind
	// tech-development           6(6)   development, deployment and maintenance: because of the asset's kind
	// tech-malware               6(6)   malware protection: because of the asset's kind
	// tech-intrusion             6(6)   protection against unauthorized access: because of the asset's kind
	// ops-monitoring             6(7)   monitoring of information systems: because of the asset's kind
}

// Gaps compares what is required with what the organization recorded: a
// firm control missing is an error, an effort control partly in place a
// warning, a plan not yet due information, and an implemented control
// not checked within the interval stale.
func ExampleGaps() {
	terminal := asset.Asset{
		ID: "mn-terminal", Name: "住民記録端末", Kind: asset.InformationSystem, Owner: asset.Administrator,
		Zone:           zone.MyNumberZone,
		Classification: asset.Classification{Confidentiality: asset.C2, Integrity: asset.I1, Availability: asset.A1},
	}
	asOf := date.MustParse("2026-06-01")
	required := control.RequiredAll([]asset.Asset{terminal}, asset.Guideline2024, "/assets")
	records := []control.Record{
		{Control: control.MyNumberIsolation, Asset: "mn-terminal", Status: control.StatusImplemented, CheckedOn: date.MustParse("2026-04-10")},
		{Control: control.TechMalware, Status: control.StatusPartial},
		{Control: control.TechAccessControl, Status: control.StatusPlanned, Target: date.MustParse("2026-09-30")},
		{Control: control.AssetClassification, Status: control.StatusImplemented, CheckedOn: date.MustParse("2024-04-01")},
	}
	if errs := control.ValidateRecords(records, []asset.Asset{terminal}, "/records"); len(errs) != 0 {
		fmt.Println(errs)
		return
	}
	for _, f := range control.Gaps(required, records, asOf, control.GapOptions{RecordsAt: "/records", CheckEveryMonths: 12}) {
		if f.Rule == control.RuleMissing.String() && f.Severity.String() == "warning" {
			continue // keep the example short: the effort controls not yet recorded
		}
		fmt.Println(f.Severity, f.Rule, f.Clause, f.Path, f.IDs)
	}
	// Output:
	// error control-check-stale 6(2) /records/3/checkedOn [asset-classification mn-terminal]
	// error control-missing 6(2) /assets/0 [asset-inventory mn-terminal]
	// error control-missing 6(2) /assets/0 [asset-disposal mn-terminal]
	// error control-missing 6(3)ア /assets/0 [mynumber-two-factor mn-terminal]
	// error control-missing 6(3)ア /assets/0 [mynumber-no-takeout mn-terminal]
	// error control-missing 6(3)ア /assets/0 [mynumber-approved-media mn-terminal]
	// error control-missing 6(4) /assets/0 [phys-server-placement mn-terminal]
	// error control-missing 6(4) /assets/0 [phys-disaster-proof mn-terminal]
	// error control-missing 6(4) /assets/0 [phys-power-supply mn-terminal]
	// error control-missing 6(4) /assets/0 [phys-terminals mn-terminal]
	// error control-missing 6(5) /assets/0 [human-rules mn-terminal]
	// info control-planned 6(6) /records/2/target [tech-access-control mn-terminal]
	// warning control-partial 6(6) /records/1/status [tech-malware mn-terminal]
}

// Lookup gives a control's catalog entry: its clause and duty, its section
// of the countermeasure standard, and what it is for.
func ExampleLookup() {
	e, _ := control.Lookup(control.InternetBoundary)
	fmt.Println(e.Control, e.Clause, e.Duty, e.Section, e.Scope, e.Basis)
	fmt.Println(e.Title.Ja)
	fmt.Println(e.Threats)
	// Output:
	// internet-boundary 6(3)ウ firm 3-3 asset policy
	// UTM等による境界の監視
	// [unauthorized-access malware denial-of-service]
}
