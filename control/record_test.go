package control_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/jichitai-sec/policy/asset"
	"github.com/jichitai-sec/policy/control"
	"github.com/jichitai-sec/policy/field"
	"github.com/jichitai-sec/policy/zone"
)

// problem is what a test row expects of a validation problem.
type problem struct {
	Path  field.Path
	Kind  field.Kind
	Value string
}

func problems(l field.List) []problem {
	var out []problem
	for _, e := range l {
		out = append(out, problem{e.Path, e.Kind, e.Value})
	}
	return out
}

// TestValidateRecords: one row per problem a list of records can have,
// each at its JSON Pointer under the list's path, all reported at once.
func TestValidateRecords(t *testing.T) {
	as := []asset.Asset{mnSystem("mn-1"), mk("biz-1", asset.InformationSystem, zone.BusinessZone, low)}
	ok := implemented(control.MyNumberTwoFactor, "mn-1")
	tests := []struct {
		name    string
		records []control.Record
		want    []problem
	}{
		{"valid records: none", []control.Record{
			ok, implemented(control.OrgCISO, ""), implemented(control.TechMalware, ""), implemented(control.TechMalware, "biz-1"),
			{Control: control.TechMalware, Asset: "mn-1", Status: control.StatusPlanned, Target: asOf},
			{Control: control.PhysLines, Asset: "mn-1", Status: control.StatusNotApplicable}, // a gap for Gaps, no problem here
			{Control: control.AssetBackup, Asset: "biz-1", Status: control.StatusPartial},
		}, nil},
		{"empty list: none", nil, nil},
		{"asset naming no asset: not found", []control.Record{ok, implemented(control.TechMalware, "no-such")},
			[]problem{{"/records/1/asset", field.KindNotFound, "no-such"}}},
		{"asset for an organization control: forbidden", []control.Record{ok, implemented(control.OrgCSIRT, "mn-1")},
			[]problem{{"/records/1/asset", field.KindForbidden, "mn-1"}}},
		{"same control and asset twice: duplicate at the later", []control.Record{ok, implemented(control.OrgCISO, ""), {Control: control.MyNumberTwoFactor, Asset: "mn-1", Status: control.StatusPartial}},
			[]problem{{"/records/2", field.KindDuplicate, "mynumber-two-factor@mn-1"}}},
		{"same organization control twice: duplicate", []control.Record{implemented(control.OrgCISO, ""), implemented(control.OrgCISO, "")},
			[]problem{{"/records/1", field.KindDuplicate, "org-ciso"}}},
		{"same control for the organization and an asset: no duplicate", []control.Record{implemented(control.TechMalware, ""), implemented(control.TechMalware, "mn-1")}, nil},
		{"planned without a target: required", []control.Record{{Control: control.TechMalware, Asset: "mn-1", Status: control.StatusPlanned}},
			[]problem{{"/records/0/target", field.KindRequired, ""}}},
		{"unset control: required", []control.Record{{Asset: "mn-1", Status: control.StatusImplemented}},
			[]problem{{"/records/0/control", field.KindRequired, ""}}},
		{"unknown control: not supported", []control.Record{{Control: control.Control(200), Status: control.StatusImplemented}},
			[]problem{{"/records/0/control", field.KindNotSupported, "control.Control(200)"}}},
		{"unset status: required", []control.Record{{Control: control.TechMalware}},
			[]problem{{"/records/0/status", field.KindRequired, ""}}},
		{"unknown status: not supported", []control.Record{{Control: control.TechMalware, Status: control.Status(9)}},
			[]problem{{"/records/0/status", field.KindNotSupported, "control.Status(9)"}}},
		{"every problem at once, in record order", []control.Record{
			{},
			implemented(control.OrgCSIRT, "biz-1"),
			{Control: control.TechMalware, Asset: "ghost", Status: control.StatusPlanned},
			ok, ok,
		}, []problem{
			{"/records/0/control", field.KindRequired, ""},
			{"/records/0/status", field.KindRequired, ""},
			{"/records/1/asset", field.KindForbidden, "biz-1"},
			{"/records/2/asset", field.KindNotFound, "ghost"},
			{"/records/2/target", field.KindRequired, ""},
			{"/records/4", field.KindDuplicate, "mynumber-two-factor@mn-1"},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			errs := control.ValidateRecords(tt.records, as, "/records")
			if diff := cmp.Diff(tt.want, problems(errs)); diff != "" {
				t.Errorf("ValidateRecords (-want +got):\n%s", diff)
			}
			for _, e := range errs {
				if e.Detail.Ja == "" || e.Detail.En == "" {
					t.Errorf("%s: detail not in both languages: %+v", e.Path, e.Detail)
				}
			}
			if (errs.Err() == nil) != (len(tt.want) == 0) {
				t.Errorf("Err() = %v", errs.Err())
			}
		})
	}
}

// TestValidateRecordsDetail: the problems say what is wrong and where the
// first of a duplicate is; NotSupported lists every member.
func TestValidateRecordsDetail(t *testing.T) {
	errs := control.ValidateRecords([]control.Record{
		implemented(control.OrgCISO, ""), implemented(control.OrgCISO, ""), {Control: control.Control(200), Status: control.StatusImplemented},
	}, nil, "/doc/records")
	if len(errs) != 2 {
		t.Fatalf("got %v", errs)
	}
	if !strings.Contains(errs[0].Detail.En, "/doc/records/0") || !strings.Contains(errs[0].Detail.Ja, "/doc/records/0") {
		t.Errorf("duplicate does not name the first record: %+v", errs[0].Detail)
	}
	for _, c := range []control.Control{control.OrgStandard, control.EvalReview} {
		if !strings.Contains(errs[1].Detail.En, c.String()) {
			t.Errorf("not-supported detail %q does not list %s", errs[1].Detail.En, c)
		}
	}
	if !slices.ContainsFunc(errs, func(e *field.Error) bool { return e.Path == "/doc/records/2/control" }) {
		t.Errorf("unknown control not reported at /doc/records/2/control: %v", errs)
	}
}
