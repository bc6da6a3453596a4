package asset

import (
	"strconv"
	"strings"

	"github.com/jichitai-sec/policy/field"
	"github.com/jichitai-sec/policy/lang"
)

// Classification rates an asset by the three properties (6(2)), each by a
// plain level code; the scheme the codes are read in is the register's,
// stated once and passed to every function that compares levels. A
// property whose level is the zero value is unclassified, which Check
// reports as a finding (RuleUnclassified).
//
// In JSON a classification is an object of codes, and an unclassified
// property is left out:
//
//	{"confidentiality":"3B","integrity":"2","availability":"1"}
type Classification struct {
	Confidentiality ConfidentialityLevel `json:"confidentiality,omitzero"` // 機密性 (2(5))
	Integrity       IntegrityLevel       `json:"integrity,omitzero"`       // 完全性 (2(6))
	Availability    AvailabilityLevel    `json:"availability,omitzero"`    // 可用性 (2(7))
}

// String returns a compact form for diagnostics: "C3B/I2/A1", with "-" for
// an unclassified property ("C-/I2/A1") and the number in parentheses for
// an invalid value ("C(9)/I2/A1").
func (c Classification) String() string {
	var b strings.Builder
	for p := Confidentiality; p <= Availability; p++ {
		if p != Confidentiality {
			b.WriteByte('/')
		}
		b.WriteString(strings.ToUpper(p.String()[:1]))
		switch v := c.level(p); {
		case v == 0:
			b.WriteByte('-')
		case !levelValid(p, v):
			b.WriteString("(" + strconv.Itoa(int(v)) + ")")
		default:
			b.WriteString(levelString(p, v))
		}
	}
	return b.String()
}

// level returns the level of property p as its number.
func (c Classification) level(p Property) uint8 {
	switch p {
	case Confidentiality:
		return uint8(c.Confidentiality)
	case Integrity:
		return uint8(c.Integrity)
	case Availability:
		return uint8(c.Availability)
	}
	return 0
}

// setLevel sets the level of property p from its number.
func (c *Classification) setLevel(p Property, v uint8) {
	switch p {
	case Confidentiality:
		c.Confidentiality = ConfidentialityLevel(v)
	case Integrity:
		c.Integrity = IntegrityLevel(v)
	case Availability:
		c.Availability = AvailabilityLevel(v)
	}
}

// levelValid, levelString and levelLabel read level v of property p through
// its type.
func levelValid(p Property, v uint8) bool {
	switch p {
	case Confidentiality:
		return ConfidentialityLevel(v).Valid()
	case Integrity:
		return IntegrityLevel(v).Valid()
	}
	return AvailabilityLevel(v).Valid()
}

func levelString(p Property, v uint8) string {
	switch p {
	case Confidentiality:
		return ConfidentialityLevel(v).String()
	case Integrity:
		return IntegrityLevel(v).String()
	}
	return AvailabilityLevel(v).String()
}

func levelLabel(p Property, v uint8) lang.Text {
	switch p {
	case Confidentiality:
		return confidentialityLevels.Label(ConfidentialityLevel(v))
	case Integrity:
		return integrityLevels.Label(IntegrityLevel(v))
	}
	return availabilityLevels.Label(AvailabilityLevel(v))
}

// levelBand returns the band of level v of property p (see
// ConfidentialityLevel.Band), 0 for an unclassified or invalid value.
func levelBand(p Property, v uint8) uint8 {
	switch p {
	case Confidentiality:
		return uint8(ConfidentialityLevel(v).Band())
	case Integrity:
		return uint8(IntegrityLevel(v).Band())
	}
	return uint8(AvailabilityLevel(v).Band())
}

// ValidateClassification reports the problems of c in a register
// classified by scheme s, each at its path under at (a classification's own
// path, such as "/assets/3/classification"):
//
//   - a level that is no code of its property (NotSupported, listing the
//     codes s allows, or every code when s is invalid);
//   - a code that s does not allow (Forbidden), such as legacy 3 in a
//     register of the 2024 scheme or 3B in a legacy one: the two schemes
//     never mix, and a level is never translated from one to the other.
//
// An unclassified property is not a problem of the input but a policy gap,
// which Check reports. An invalid s is Validate's to report; here it only
// stops the scheme check.
func ValidateClassification(c Classification, s Scheme, at field.Path) field.List {
	var errs field.List
	if e := checkLevel(s.Confidentiality(), c.Confidentiality, ConfidentialityLevels(), at); e != nil {
		errs = append(errs, e)
	}
	if e := checkLevel(s.Integrity(), c.Integrity, IntegrityLevels(), at); e != nil {
		errs = append(errs, e)
	}
	if e := checkLevel(s.Availability(), c.Availability, AvailabilityLevels(), at); e != nil {
		errs = append(errs, e)
	}
	return errs
}

// checkLevel checks one level l against scale k, at path at/<property>;
// all lists every code of the property.
func checkLevel[L Level](k Scale[L], l L, all []L, at field.Path) *field.Error {
	p := at.Child(k.prop.String())
	switch {
	case l == 0:
		return nil
	case !l.Valid():
		if allowed := k.Levels(); allowed != nil {
			return field.NotSupported(p, l, allowed)
		}
		return field.NotSupported(p, l, all)
	case k.scheme.Valid() && !k.Allows(l):
		codes := make([]string, 0, 5)
		for _, a := range k.Levels() {
			codes = append(codes, a.String())
		}
		return field.Forbidden(p, l.String(), lang.Text{
			Ja: l.Ja() + "は" + k.scheme.Ja() + "の区分ではない（使える区分：" + strings.Join(codes, "、") +
				"）。分類体系は混在させない",
			En: l.En() + " is not a level of scheme " + k.scheme.String() + " (allowed: " +
				strings.Join(codes, ", ") + "); a register classifies by one scheme and never mixes the two",
		})
	}
	return nil
}
