package zone

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/jichitai-sec/policy/internal/enum"
)

// SafeguardKind is the kind of boundary safeguard between the Internet zone
// and the Internet. The zero value means no safeguard.
type SafeguardKind uint8

// The kinds of boundary safeguard. This policy names a UTM (2(13), 6(3)ウ);
// most municipalities' policies name instead the prefecture's shared
// security cloud, which monitors the boundary for them. Both are accepted.
const (
	UTM           SafeguardKind = iota + 1 // unified threat management appliance or service (2(13))
	SecurityCloud                          // 自治体情報セキュリティクラウド
)

var safeguardKinds = enum.New[SafeguardKind]([]enum.Entry{
	UTM:           {ID: "utm", Ja: "UTM", En: "unified threat management (UTM)"},
	SecurityCloud: {ID: "security-cloud", Ja: "自治体情報セキュリティクラウド", En: "municipal security cloud"},
})

// SafeguardKinds returns every kind of boundary safeguard.
func SafeguardKinds() []SafeguardKind { return safeguardKinds.All() }

// ParseSafeguardKind accepts a kind's wire id ("utm", "security-cloud") or
// its Japanese label.
func ParseSafeguardKind(s string) (SafeguardKind, error) { return safeguardKinds.Parse(s) }

// Valid reports whether k is a known kind of safeguard.
func (k SafeguardKind) Valid() bool { return safeguardKinds.Valid(k) }

// String returns the wire id, or "zone.SafeguardKind(N)" for an invalid value.
func (k SafeguardKind) String() string { return safeguardKinds.String(k) }

// Ja returns the Japanese label.
func (k SafeguardKind) Ja() string { return safeguardKinds.Ja(k) }

// En returns the English label.
func (k SafeguardKind) En() string { return safeguardKinds.En(k) }

// MarshalText returns the wire id; an invalid kind is an error.
func (k SafeguardKind) MarshalText() ([]byte, error) { return safeguardKinds.MarshalText(k) }

// UnmarshalText accepts a wire id only (ParseSafeguardKind also takes labels and aliases).
func (k *SafeguardKind) UnmarshalText(b []byte) error { return safeguardKinds.UnmarshalText(k, b) }

// Function is one of the security functions a UTM combines (2(13)). The zero
// value is not a function.
type Function uint8

// The functions 2(13) names.
const (
	Firewall            Function = iota + 1 // ファイアウォール
	IntrusionPrevention                     // 侵入検知・防御 (IDS/IPS)
	Antivirus                               // アンチウイルス
	WebFiltering                            // Webフィルタリング
)

var functions = enum.New[Function]([]enum.Entry{
	Firewall:            {ID: "firewall", Ja: "ファイアウォール", En: "firewall"},
	IntrusionPrevention: {ID: "ids-ips", Ja: "侵入検知・防御（IDS/IPS）", En: "intrusion detection and prevention (IDS/IPS)", Aliases: []string{"IDS/IPS"}},
	Antivirus:           {ID: "antivirus", Ja: "アンチウイルス", En: "antivirus"},
	WebFiltering:        {ID: "web-filtering", Ja: "Webフィルタリング", En: "web filtering"},
})

// ParseFunction accepts a function's wire id, its Japanese label or "IDS/IPS".
func ParseFunction(s string) (Function, error) { return functions.Parse(s) }

// Valid reports whether f is a known function.
func (f Function) Valid() bool { return functions.Valid(f) }

// String returns the wire id, or "zone.Function(N)" for an invalid value.
func (f Function) String() string { return functions.String(f) }

// Ja returns the Japanese label.
func (f Function) Ja() string { return functions.Ja(f) }

// En returns the English label.
func (f Function) En() string { return functions.En(f) }

// MarshalText returns the wire id; an invalid function is an error.
func (f Function) MarshalText() ([]byte, error) { return functions.MarshalText(f) }

// UnmarshalText accepts a wire id only (ParseFunction also takes labels and aliases).
func (f *Function) UnmarshalText(b []byte) error { return functions.UnmarshalText(f, b) }

// UTMFunctions returns every function 2(13) names, in its order.
func UTMFunctions() []Function { return functions.All() }

// Functions is a set of UTM functions. In JSON it is an array of wire ids,
// each at most once.
type Functions uint8

// AllFunctions is the set of every function 2(13) names: what a complete
// boundary safeguard provides. (A test holds it equal to the set of every
// member of Function.)
const AllFunctions Functions = 0b1111

// invalidFunction is the bit FunctionsOf sets for a value that is not a
// Function, so that the set reports itself invalid instead of dropping it.
const invalidFunction Functions = 0x80

// FunctionsOf returns the set holding fs. A value that is not a Function
// makes the set invalid (Valid reports false) rather than being dropped.
func FunctionsOf(fs ...Function) Functions {
	var s Functions
	for _, f := range fs {
		if f.Valid() {
			s |= 1 << (f - 1)
		} else {
			s |= invalidFunction
		}
	}
	return s
}

func (s Functions) set() enum.Set[Function] { return enum.Set[Function](s) }

// Has reports whether f is in the set.
func (s Functions) Has(f Function) bool { return f.Valid() && s.set().Has(f) }

// Valid reports whether the set holds known functions only.
func (s Functions) Valid() bool { return s.set().Within(functions) }

// List returns the functions in the set, in declaration order.
func (s Functions) List() []Function {
	var out []Function
	for _, f := range s.set().List() {
		if f.Valid() {
			out = append(out, f)
		}
	}
	return out
}

// Missing returns the functions of AllFunctions that s lacks.
func (s Functions) Missing() Functions { return AllFunctions &^ s }

// String returns the wire ids joined by "+", or "none" for the empty set.
func (s Functions) String() string {
	if s == 0 {
		return "none"
	}
	var ids []string
	for _, f := range s.List() {
		ids = append(ids, f.String())
	}
	if !s.Valid() {
		ids = append(ids, "invalid")
	}
	return strings.Join(ids, "+")
}

func (s Functions) labels(label func(Function) string, sep string) string {
	var out []string
	for _, f := range s.List() {
		out = append(out, label(f))
	}
	return strings.Join(out, sep)
}

// MarshalJSON writes the set as an array of wire ids; a set with unknown
// bits is a *MarshalError.
func (s Functions) MarshalJSON() ([]byte, error) {
	if !s.Valid() {
		return nil, &MarshalError{Pkg: "zone", Type: "Functions", Value: s.String()}
	}
	ids := []Function{}
	ids = append(ids, s.List()...)
	return json.Marshal(ids)
}

// UnmarshalJSON reads an array of function wire ids. Anything else (null,
// a string, a number, a null element), an unknown id or a repeated one is
// an error; nothing is silently dropped. On error *s is unchanged.
func (s *Functions) UnmarshalJSON(b []byte) error {
	var raw []json.RawMessage
	if bytes.Equal(bytes.TrimSpace(b), []byte("null")) {
		return fmt.Errorf("zone: Functions must be an array of function ids, not null / 機能の一覧に null は使えません")
	}
	if err := json.Unmarshal(b, &raw); err != nil {
		return fmt.Errorf("zone: Functions must be an array of function ids: %w", err)
	}
	var set Functions
	for _, r := range raw {
		var id string
		if len(r) == 0 || r[0] != '"' {
			return fmt.Errorf("zone: Functions must be an array of function ids, not %s", b)
		}
		if err := json.Unmarshal(r, &id); err != nil {
			return err
		}
		var f Function
		if err := f.UnmarshalText([]byte(id)); err != nil {
			return err
		}
		if set.Has(f) {
			return fmt.Errorf("zone: duplicate %s in Functions / 機能が重複しています", f)
		}
		set |= FunctionsOf(f)
	}
	*s = set
	return nil
}

// Safeguard is the boundary safeguard on a flow between the Internet zone
// and the public Internet: its kind and the functions it provides. The zero
// value means no safeguard.
type Safeguard struct {
	Kind      SafeguardKind `json:"kind"`
	Functions Functions     `json:"functions"`
}

// Present reports whether the safeguard exists and provides at least one
// function. A product with none of the functions of 2(13) does not monitor
// anything and counts as absent.
func (g Safeguard) Present() bool { return g.Kind != 0 && g.Functions&AllFunctions != 0 }

// Missing returns the functions of 2(13) the safeguard lacks.
func (g Safeguard) Missing() Functions { return g.Functions.Missing() }

// Valid reports whether the safeguard is either absent (the zero value) or a
// known kind with known functions.
func (g Safeguard) Valid() bool {
	if g.Kind == 0 {
		return g.Functions == 0
	}
	return g.Kind.Valid() && g.Functions.Valid()
}

// String returns a compact form, e.g. "utm[firewall+antivirus]", or "none".
func (g Safeguard) String() string {
	if g == (Safeguard{}) {
		return "none"
	}
	return g.Kind.String() + "[" + g.Functions.String() + "]"
}
