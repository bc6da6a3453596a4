package threat_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/jichitai-sec/policy/asset"
	"github.com/jichitai-sec/policy/clause"
	"github.com/jichitai-sec/policy/threat"
)

// Short names for the expected-value tables below.
const (
	nw  = asset.Network
	sys = asset.InformationSystem
	fac = asset.Facility
	med = asset.ElectronicMedia
	inf = asset.Information
	prn = asset.PrintedDocument
	doc = asset.SystemDocument

	conf  = asset.Confidentiality
	integ = asset.Integrity
	avail = asset.Availability
)

var every = []asset.Kind{nw, sys, fac, med, inf, prn, doc}

// wantCatalog pins the catalog, threat by threat, in catalog order: the
// clause in the policy's notation, the category, the harms, the properties
// and the kinds.
var wantCatalog = []struct {
	threat   threat.Threat
	id       string
	clause   string
	category threat.Category
	harms    []threat.Harm
	props    []asset.Property
	kinds    []asset.Kind
}{
	{threat.UnauthorizedAccess, "unauthorized-access", "3(1)", threat.Intentional,
		[]threat.Harm{threat.Leak, threat.Destruction, threat.Tampering, threat.Erasure},
		[]asset.Property{conf, integ, avail}, []asset.Kind{nw, sys, inf, doc}},
	{threat.Malware, "malware", "3(1)", threat.Intentional,
		[]threat.Harm{threat.Leak, threat.Destruction, threat.Tampering, threat.Erasure},
		[]asset.Property{conf, integ, avail}, []asset.Kind{nw, sys, med, inf, doc}},
	{threat.DenialOfService, "denial-of-service", "3(1)", threat.Intentional,
		[]threat.Harm{threat.Stoppage},
		[]asset.Property{avail}, []asset.Kind{nw, sys, inf}},
	{threat.Intrusion, "intrusion", "3(1)", threat.Intentional,
		[]threat.Harm{threat.Leak, threat.Destruction, threat.Tampering, threat.Erasure},
		[]asset.Property{conf, integ, avail}, every},
	{threat.InformationFraud, "information-fraud", "3(1)", threat.Intentional,
		[]threat.Harm{threat.Leak},
		[]asset.Property{conf}, []asset.Kind{inf, prn, doc}},
	{threat.InsiderMisconduct, "insider-misconduct", "3(1)", threat.Intentional,
		[]threat.Harm{threat.Leak, threat.Destruction, threat.Tampering, threat.Erasure},
		[]asset.Property{conf, integ, avail}, every},
	{threat.UnauthorizedRemoval, "unauthorized-removal", "3(2)", threat.Unintentional,
		[]threat.Harm{threat.Leak, threat.Erasure},
		[]asset.Property{conf, integ, avail}, []asset.Kind{sys, med, inf, prn, doc}},
	{threat.UnauthorizedSoftware, "unauthorized-software", "3(2)", threat.Unintentional,
		[]threat.Harm{threat.Leak, threat.Destruction, threat.Erasure},
		[]asset.Property{conf, integ, avail}, []asset.Kind{sys, inf}},
	{threat.DesignDefect, "design-defect", "3(2)", threat.Unintentional,
		[]threat.Harm{threat.Leak, threat.Destruction, threat.Erasure, threat.Stoppage},
		[]asset.Property{conf, integ, avail}, []asset.Kind{nw, sys, inf}},
	{threat.ProgramDefect, "program-defect", "3(2)", threat.Unintentional,
		[]threat.Harm{threat.Leak, threat.Destruction, threat.Erasure, threat.Stoppage},
		[]asset.Property{conf, integ, avail}, []asset.Kind{nw, sys, inf}},
	{threat.OperationMistake, "operation-mistake", "3(2)", threat.Unintentional,
		[]threat.Harm{threat.Leak, threat.Destruction, threat.Erasure, threat.Stoppage},
		[]asset.Property{conf, integ, avail}, []asset.Kind{nw, sys, med, inf, prn, doc}},
	{threat.MaintenanceFailure, "maintenance-failure", "3(2)", threat.Unintentional,
		[]threat.Harm{threat.Leak, threat.Destruction, threat.Erasure, threat.Stoppage},
		[]asset.Property{conf, integ, avail}, []asset.Kind{nw, sys, fac, med, inf}},
	{threat.OutsourcingManagementFailure, "outsourcing-management-failure", "3(2)", threat.Unintentional,
		[]threat.Harm{threat.Leak, threat.Destruction, threat.Erasure, threat.Stoppage},
		[]asset.Property{conf, integ, avail}, every},
	{threat.ManagementFailure, "management-failure", "3(2)", threat.Unintentional,
		[]threat.Harm{threat.Leak, threat.Destruction, threat.Erasure, threat.Stoppage},
		[]asset.Property{conf, integ, avail}, every},
	{threat.EquipmentFailure, "equipment-failure", "3(2)", threat.Unintentional,
		[]threat.Harm{threat.Destruction, threat.Erasure, threat.Stoppage},
		[]asset.Property{integ, avail}, []asset.Kind{nw, sys, fac, med, inf}},
	{threat.Earthquake, "earthquake", "3(3)", threat.Disaster,
		[]threat.Harm{threat.Destruction, threat.Stoppage},
		[]asset.Property{integ, avail}, every},
	{threat.Lightning, "lightning", "3(3)", threat.Disaster,
		[]threat.Harm{threat.Destruction, threat.Stoppage},
		[]asset.Property{integ, avail}, []asset.Kind{nw, sys, fac, inf}},
	{threat.Fire, "fire", "3(3)", threat.Disaster,
		[]threat.Harm{threat.Destruction, threat.Stoppage},
		[]asset.Property{integ, avail}, every},
	{threat.OtherDisaster, "other-disaster", "3(3)", threat.Disaster,
		[]threat.Harm{threat.Destruction, threat.Stoppage},
		[]asset.Property{integ, avail}, every},
	{threat.WidespreadIllness, "widespread-illness", "3(4)", threat.StaffShortage,
		[]threat.Harm{threat.Stoppage},
		[]asset.Property{avail}, []asset.Kind{nw, sys, inf}},
	{threat.PowerOutage, "power-outage", "3(5)", threat.InfrastructureOutage,
		[]threat.Harm{threat.Destruction, threat.Stoppage},
		[]asset.Property{integ, avail}, []asset.Kind{nw, sys, fac, inf}},
	{threat.CommunicationOutage, "communication-outage", "3(5)", threat.InfrastructureOutage,
		[]threat.Harm{threat.Stoppage},
		[]asset.Property{avail}, []asset.Kind{nw, sys, inf}},
	{threat.WaterOutage, "water-outage", "3(5)", threat.InfrastructureOutage,
		[]threat.Harm{threat.Stoppage},
		[]asset.Property{avail}, []asset.Kind{fac}},
}

func TestCatalog(t *testing.T) {
	var order []threat.Threat
	for _, w := range wantCatalog {
		order = append(order, w.threat)
	}
	if diff := cmp.Diff(order, threat.All()); diff != "" {
		t.Errorf("All() differs from the expected catalog order (-want +got):\n%s", diff)
	}
	for _, w := range wantCatalog {
		t.Run(w.id, func(t *testing.T) {
			th := w.threat
			if th.String() != w.id {
				t.Errorf("String() = %q, want %q", th.String(), w.id)
			}
			if th.Category() != w.category {
				t.Errorf("Category() = %v, want %v", th.Category(), w.category)
			}
			if got := th.Clause(); got != clause.MustParse(w.clause) {
				t.Errorf("Clause() = %v, want %v", got, w.clause)
			}
			if diff := cmp.Diff(w.harms, th.Harms()); diff != "" {
				t.Errorf("Harms() (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(w.props, th.Properties()); diff != "" {
				t.Errorf("Properties() (-want +got):\n%s", diff)
			}
			for _, p := range asset.Properties() {
				want := false
				for _, q := range w.props {
					want = want || q == p
				}
				if th.Damages(p) != want {
					t.Errorf("Damages(%v) = %v, want %v", p, th.Damages(p), want)
				}
			}
			if diff := cmp.Diff(w.kinds, th.Kinds()); diff != "" {
				t.Errorf("Kinds() (-want +got):\n%s", diff)
			}
			for _, k := range asset.Kinds() {
				want := false
				for _, q := range w.kinds {
					want = want || q == k
				}
				if th.AppliesTo(k) != want {
					t.Errorf("AppliesTo(%v) = %v, want %v", k, th.AppliesTo(k), want)
				}
			}
		})
	}
}

// The properties a threat harms are the union of what its harms damage,
// and each harm damages what 2(5)–(7) say it does.
func TestHarmProperties(t *testing.T) {
	want := map[threat.Harm][]asset.Property{
		threat.Leak:        {conf},
		threat.Destruction: {integ, avail},
		threat.Tampering:   {integ},
		threat.Erasure:     {integ, avail},
		threat.Stoppage:    {avail},
	}
	if len(want) != len(threat.Harms()) {
		t.Fatalf("%d harms, want %d", len(threat.Harms()), len(want))
	}
	for _, h := range threat.Harms() {
		if diff := cmp.Diff(want[h], h.Properties()); diff != "" {
			t.Errorf("%v.Properties() (-want +got):\n%s", h, diff)
		}
	}
	for _, th := range threat.All() {
		union := map[asset.Property]bool{}
		for _, h := range th.Harms() {
			for _, p := range h.Properties() {
				union[p] = true
			}
		}
		var got []asset.Property
		for _, p := range asset.Properties() {
			if union[p] {
				got = append(got, p)
			}
		}
		if diff := cmp.Diff(got, th.Properties()); diff != "" {
			t.Errorf("%v: Properties() is not the union of its harms' (-union +got):\n%s", th, diff)
		}
	}
}

// Each sub-clause's own list of harms bounds what its threats may do: 3(1)
// names leak, destruction, tampering and erasure; 3(2) the same without
// tampering, plus the stoppage its 「等」 admits; 3(3)–(5) stoppage, and the
// destruction that disasters and power cuts bring.
func TestHarmsWithinSubClause(t *testing.T) {
	allowed := map[threat.Category][]threat.Harm{
		threat.Intentional:          {threat.Leak, threat.Destruction, threat.Tampering, threat.Erasure, threat.Stoppage},
		threat.Unintentional:        {threat.Leak, threat.Destruction, threat.Erasure, threat.Stoppage},
		threat.Disaster:             {threat.Destruction, threat.Stoppage},
		threat.StaffShortage:        {threat.Stoppage},
		threat.InfrastructureOutage: {threat.Destruction, threat.Stoppage},
	}
	for _, th := range threat.All() {
		if len(th.Harms()) == 0 {
			t.Errorf("%v harms nothing", th)
		}
		for _, h := range th.Harms() {
			ok := false
			for _, a := range allowed[th.Category()] {
				ok = ok || a == h
			}
			if !ok {
				t.Errorf("%v (%v) lists harm %v, which %v does not admit", th, th.Category(), h, th.Clause())
			}
		}
	}
}

func TestCategories(t *testing.T) {
	want := []struct {
		c       threat.Category
		id      string
		clause  clause.Clause
		threats []threat.Threat
	}{
		{threat.Intentional, "intentional", clause.ThreatIntentional, []threat.Threat{
			threat.UnauthorizedAccess, threat.Malware, threat.DenialOfService,
			threat.Intrusion, threat.InformationFraud, threat.InsiderMisconduct}},
		{threat.Unintentional, "unintentional", clause.ThreatUnintentional, []threat.Threat{
			threat.UnauthorizedRemoval, threat.UnauthorizedSoftware, threat.DesignDefect,
			threat.ProgramDefect, threat.OperationMistake, threat.MaintenanceFailure,
			threat.OutsourcingManagementFailure, threat.ManagementFailure, threat.EquipmentFailure}},
		{threat.Disaster, "disaster", clause.ThreatDisaster, []threat.Threat{
			threat.Earthquake, threat.Lightning, threat.Fire, threat.OtherDisaster}},
		{threat.StaffShortage, "staff-shortage", clause.ThreatStaffShortage, []threat.Threat{
			threat.WidespreadIllness}},
		{threat.InfrastructureOutage, "infrastructure-outage", clause.ThreatInfrastructure, []threat.Threat{
			threat.PowerOutage, threat.CommunicationOutage, threat.WaterOutage}},
	}
	var order []threat.Category
	for _, w := range want {
		order = append(order, w.c)
	}
	if diff := cmp.Diff(order, threat.Categories()); diff != "" {
		t.Errorf("Categories() (-want +got):\n%s", diff)
	}
	for _, w := range want {
		if w.c.String() != w.id {
			t.Errorf("%v.String() = %q, want %q", w.c, w.c.String(), w.id)
		}
		if w.c.Clause() != w.clause {
			t.Errorf("%v.Clause() = %v, want %v", w.c, w.c.Clause(), w.clause)
		}
		if diff := cmp.Diff(w.threats, w.c.Threats()); diff != "" {
			t.Errorf("%v.Threats() (-want +got):\n%s", w.c, diff)
		}
	}
}

func TestInvalidValues(t *testing.T) {
	for _, th := range []threat.Threat{0, threat.Threat(len(threat.All()) + 1), 255} {
		if th.Valid() || th.Category() != 0 || th.Clause() != 0 || th.Harms() != nil ||
			th.Properties() != nil || th.Kinds() != nil || th.Damages(conf) {
			t.Errorf("invalid %v reports data: valid %v, category %v, clause %v, harms %v, properties %v, kinds %v",
				th, th.Valid(), th.Category(), th.Clause(), th.Harms(), th.Properties(), th.Kinds())
		}
		for _, k := range append([]asset.Kind{0, 200}, asset.Kinds()...) {
			if th.AppliesTo(k) {
				t.Errorf("invalid %v applies to kind %v", th, k)
			}
		}
	}
	for _, c := range []threat.Category{0, threat.Category(len(threat.Categories()) + 1)} {
		if c.Valid() || c.Clause() != 0 || c.Threats() != nil {
			t.Errorf("invalid %v: valid %v, clause %v, threats %v", c, c.Valid(), c.Clause(), c.Threats())
		}
	}
	for _, h := range []threat.Harm{0, threat.Harm(len(threat.Harms()) + 1)} {
		if h.Valid() || h.Properties() != nil {
			t.Errorf("invalid %v: valid %v, properties %v", h, h.Valid(), h.Properties())
		}
	}
}

// Every asset kind meets some threat; a kind with none would mean the
// catalog was not updated when asset gained a kind.
func TestEveryKindHasThreats(t *testing.T) {
	for _, k := range asset.Kinds() {
		if len(threat.ForKind(k)) == 0 {
			t.Errorf("no threat applies to kind %v", k)
		}
	}
}
