package asset

import (
	"github.com/jichitai-sec/policy/clause"
	"github.com/jichitai-sec/policy/internal/enum"
)

// Unit is one of the bodies the policy applies to (4(1)), as the owner of an
// information asset. The zero value is not a unit.
type Unit uint8

// The units of 4(1), in the policy's order.
const (
	Administrator      Unit = iota + 1 // 管理者: the head of the association and the offices under it
	Assembly                           // 議会
	AuditCommissioners                 // 監査委員
	Secretariat                        // 事務局
)

var units = enum.New[Unit]([]enum.Entry{
	Administrator:      {ID: "administrator", Ja: "管理者", En: "administrator"},
	Assembly:           {ID: "assembly", Ja: "議会", En: "assembly"},
	AuditCommissioners: {ID: "audit-commissioners", Ja: "監査委員", En: "audit commissioners"},
	Secretariat:        {ID: "secretariat", Ja: "事務局", En: "secretariat"},
})

// Units returns every unit in the order of 4(1).
func Units() []Unit { return units.All() }

// ParseUnit accepts a unit's wire id or Japanese label.
func ParseUnit(s string) (Unit, error) { return units.Parse(s) }

// Valid reports whether u is one of the units of 4(1).
func (u Unit) Valid() bool { return units.Valid(u) }

// String returns the wire id, or "asset.Unit(N)" for an invalid value.
func (u Unit) String() string { return units.String(u) }

// Ja returns the Japanese label, in the policy's term.
func (u Unit) Ja() string { return units.Ja(u) }

// En returns the English label.
func (u Unit) En() string { return units.En(u) }

// Clause returns 4(1), the clause that lists the units, or 0 for an invalid
// unit.
func (u Unit) Clause() clause.Clause {
	if !u.Valid() {
		return 0
	}
	return clause.ScopeBodies
}

// MarshalText returns the wire id; an invalid unit is an error.
func (u Unit) MarshalText() ([]byte, error) { return units.MarshalText(u) }

// UnmarshalText accepts a wire id only (ParseUnit also takes labels and aliases).
func (u *Unit) UnmarshalText(b []byte) error { return units.UnmarshalText(u, b) }
