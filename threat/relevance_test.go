package threat_test

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/jichitai-sec/policy/asset"
	"github.com/jichitai-sec/policy/threat"
)

// wantByKind is the catalog read by kind rather than by threat: the threats
// each kind meets, in catalog order.
var wantByKind = map[asset.Kind][]threat.Threat{
	asset.Network: {
		threat.UnauthorizedAccess, threat.Malware, threat.DenialOfService, threat.Intrusion,
		threat.InsiderMisconduct, threat.DesignDefect, threat.ProgramDefect, threat.OperationMistake,
		threat.MaintenanceFailure, threat.OutsourcingManagementFailure, threat.ManagementFailure,
		threat.EquipmentFailure, threat.Earthquake, threat.Lightning, threat.Fire, threat.OtherDisaster,
		threat.WidespreadIllness, threat.PowerOutage, threat.CommunicationOutage},
	asset.InformationSystem: {
		threat.UnauthorizedAccess, threat.Malware, threat.DenialOfService, threat.Intrusion,
		threat.InsiderMisconduct, threat.UnauthorizedRemoval, threat.UnauthorizedSoftware,
		threat.DesignDefect, threat.ProgramDefect, threat.OperationMistake, threat.MaintenanceFailure,
		threat.OutsourcingManagementFailure, threat.ManagementFailure, threat.EquipmentFailure,
		threat.Earthquake, threat.Lightning, threat.Fire, threat.OtherDisaster,
		threat.WidespreadIllness, threat.PowerOutage, threat.CommunicationOutage},
	asset.Facility: {
		threat.Intrusion, threat.InsiderMisconduct, threat.MaintenanceFailure,
		threat.OutsourcingManagementFailure, threat.ManagementFailure, threat.EquipmentFailure,
		threat.Earthquake, threat.Lightning, threat.Fire, threat.OtherDisaster,
		threat.PowerOutage, threat.WaterOutage},
	asset.ElectronicMedia: {
		threat.Malware, threat.Intrusion, threat.InsiderMisconduct, threat.UnauthorizedRemoval,
		threat.OperationMistake, threat.MaintenanceFailure, threat.OutsourcingManagementFailure,
		threat.ManagementFailure, threat.EquipmentFailure, threat.Earthquake, threat.Fire,
		threat.OtherDisaster},
	asset.Information: {
		threat.UnauthorizedAccess, threat.Malware, threat.DenialOfService, threat.Intrusion,
		threat.InformationFraud, threat.InsiderMisconduct, threat.UnauthorizedRemoval,
		threat.UnauthorizedSoftware, threat.DesignDefect, threat.ProgramDefect,
		threat.OperationMistake, threat.MaintenanceFailure, threat.OutsourcingManagementFailure,
		threat.ManagementFailure, threat.EquipmentFailure, threat.Earthquake, threat.Lightning,
		threat.Fire, threat.OtherDisaster, threat.WidespreadIllness, threat.PowerOutage,
		threat.CommunicationOutage},
	asset.PrintedDocument: {
		threat.Intrusion, threat.InformationFraud, threat.InsiderMisconduct,
		threat.UnauthorizedRemoval, threat.OperationMistake, threat.OutsourcingManagementFailure,
		threat.ManagementFailure, threat.Earthquake, threat.Fire, threat.OtherDisaster},
	asset.SystemDocument: {
		threat.UnauthorizedAccess, threat.Malware, threat.Intrusion, threat.InformationFraud,
		threat.InsiderMisconduct, threat.UnauthorizedRemoval, threat.OperationMistake,
		threat.OutsourcingManagementFailure, threat.ManagementFailure, threat.Earthquake,
		threat.Fire, threat.OtherDisaster},
}

func TestForKind(t *testing.T) {
	if len(wantByKind) != len(asset.Kinds()) {
		t.Fatalf("wantByKind covers %d kinds, asset has %d", len(wantByKind), len(asset.Kinds()))
	}
	for _, k := range asset.Kinds() {
		if diff := cmp.Diff(wantByKind[k], threat.ForKind(k)); diff != "" {
			t.Errorf("ForKind(%v) (-want +got):\n%s", k, diff)
		}
	}
	for _, k := range []asset.Kind{0, asset.Kind(len(asset.Kinds()) + 1), 255} {
		if diff := cmp.Diff(threat.All(), threat.ForKind(k)); diff != "" {
			t.Errorf("ForKind(%v) of an invalid kind is not every threat (-want +got):\n%s", k, diff)
		}
	}
}

func TestRelevanceText(t *testing.T) {
	tests := []struct {
		r      threat.Relevance
		ja, en string
	}{
		{threat.Relevance{Threat: threat.Fire, Kind: asset.PrintedDocument},
			"火災（3(3) 災害）：印刷した文書に対する脅威。破壊・停止により完全性・可用性を損なう",
			"fire (3(3) Disasters): a threat to assets of kind printed document; by destruction and stoppage it harms integrity and availability"},
		{threat.Relevance{Threat: threat.UnauthorizedAccess, Kind: asset.InformationSystem},
			"不正アクセス（3(1) 意図的な要因による脅威）：情報システムに対する脅威。漏えい・破壊・改ざん・消去により機密性・完全性・可用性を損なう",
			"unauthorized access (3(1) Intentional threats): a threat to assets of kind information system; by leak, destruction, tampering and erasure it harms confidentiality, integrity and availability"},
		{threat.Relevance{Threat: threat.WaterOutage},
			"水道供給の途絶（3(5) インフラの障害）：資産の種類が未設定または不明のため、すべての脅威を想定する（フェイルクローズ）。停止により可用性を損なう",
			"water outage (3(5) Infrastructure outages): assumed because the asset's kind is unset or unknown (fail closed); by stoppage it harms availability"},
	}
	for _, tt := range tests {
		if got := tt.r.Ja(); got != tt.ja {
			t.Errorf("%+v.Ja()\n got %s\nwant %s", tt.r, got, tt.ja)
		}
		if got := tt.r.En(); got != tt.en {
			t.Errorf("%+v.En()\n got %s\nwant %s", tt.r, got, tt.en)
		}
	}
	// The zero Relevance explains itself without panicking, and says it
	// names no real threat.
	var zero threat.Relevance
	if !strings.Contains(zero.En(), "threat.Threat(0)") || !strings.Contains(zero.Ja(), "threat.Threat(0)") {
		t.Errorf("zero Relevance: Ja %q, En %q", zero.Ja(), zero.En())
	}
}

func TestRelevanceJSON(t *testing.T) {
	for _, tt := range []struct {
		r    threat.Relevance
		want string
	}{
		{threat.Relevance{Threat: threat.Malware, Kind: asset.ElectronicMedia}, `{"threat":"malware","kind":"electronic-media"}`},
		{threat.Relevance{Threat: threat.Fire}, `{"threat":"fire"}`},
	} {
		b, err := json.Marshal(tt.r)
		if err != nil || string(b) != tt.want {
			t.Errorf("json.Marshal(%+v) = %s, %v; want %s", tt.r, b, err, tt.want)
			continue
		}
		var back threat.Relevance
		if err := json.Unmarshal(b, &back); err != nil || back != tt.r {
			t.Errorf("json.Unmarshal(%s) = %+v, %v; want %+v", b, back, err, tt.r)
		}
	}
	if b, err := json.Marshal(threat.Relevance{}); err == nil {
		t.Errorf("json.Marshal of the zero Relevance = %s, want an error", b)
	}
	if b, err := json.Marshal(threat.Relevance{Threat: threat.Fire, Kind: 99}); err == nil {
		t.Errorf("json.Marshal of a relevance with an invalid kind = %s, want an error", b)
	}
	// The wire takes ids only: labels are refused.
	for _, in := range []string{`{"threat":"火災"}`, `{"threat":"fire","kind":"設備"}`, `{"threat":"Fire"}`} {
		var r threat.Relevance
		if err := json.Unmarshal([]byte(in), &r); err == nil {
			t.Errorf("json.Unmarshal(%s) = %+v, want an error", in, r)
		}
	}
}

// TestRelevanceAssumed: a relevance is assumed exactly when it names no
// valid kind, which For gives for an unset or unknown kind only.
func TestRelevanceAssumed(t *testing.T) {
	for _, tt := range []struct {
		r    threat.Relevance
		want bool
	}{
		{threat.Relevance{Threat: threat.Fire, Kind: asset.Facility}, false},
		{threat.Relevance{Threat: threat.Fire}, true},
		{threat.Relevance{Threat: threat.Fire, Kind: 99}, true},
	} {
		if got := tt.r.Assumed(); got != tt.want {
			t.Errorf("%+v.Assumed() = %v, want %v", tt.r, got, tt.want)
		}
	}
}
