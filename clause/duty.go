package clause

import "github.com/jichitai-sec/policy/internal/enum"

// Duty is how strongly a clause binds the organization. A missed Firm duty
// is an error; a missed Effort duty is a warning unless the organization's
// own document raises it.
type Duty uint8

// The kinds of duty.
const (
	Firm        Duty = iota + 1 // 「…ものとする」: must be done
	Effort                      // 「…よう努めるものとする」: must be striven for
	Descriptive                 // definitions, scope and threats: no duty of its own
)

var dutyTable = enum.New[Duty]([]enum.Entry{
	Firm:        {ID: "firm", Ja: "義務", En: "firm duty"},
	Effort:      {ID: "effort", Ja: "努力義務", En: "effort duty"},
	Descriptive: {ID: "descriptive", Ja: "定義・範囲", En: "descriptive (no duty)"},
})

// Duties returns every kind of duty.
func Duties() []Duty { return dutyTable.All() }

// ParseDuty accepts a duty's wire id or Japanese label.
func ParseDuty(s string) (Duty, error) { return dutyTable.Parse(s) }

// Valid reports whether d is a kind of duty.
func (d Duty) Valid() bool { return dutyTable.Valid(d) }

// String returns the duty's wire id.
func (d Duty) String() string { return dutyTable.String(d) }

// Ja returns the Japanese label.
func (d Duty) Ja() string { return dutyTable.Ja(d) }

// En returns the English label.
func (d Duty) En() string { return dutyTable.En(d) }

// MarshalText returns the wire id; an invalid duty is an error.
func (d Duty) MarshalText() ([]byte, error) { return dutyTable.MarshalText(d) }

// UnmarshalText accepts a wire id only.
func (d *Duty) UnmarshalText(b []byte) error { return dutyTable.UnmarshalText(d, b) }
