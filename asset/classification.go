package asset

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"strings"

	"github.com/jichitai-sec/policy/field"
)

// Classification rates an asset by the three properties in one scheme
// (6(2)). A valid classification names its scheme and a level of that
// scheme for every property; the zero value is unclassified.
//
// In JSON a classification names its scheme once and writes each level by
// its code within that scheme:
//
//	{"scheme":"guideline-2024","confidentiality":"3B","integrity":"2","availability":"1"}
//
// A level that does not belong to the classification's scheme is written by
// its wire id ("legacy:2") so that nothing is lost or translated, and
// reading a code of the other scheme ("3B" in a legacy classification)
// keeps that level as it is: ValidateClassification reports it at its path.
// An unset level is left out; unknown fields and unknown codes are errors.
type Classification struct {
	Scheme          Scheme               `json:"scheme"`
	Confidentiality ConfidentialityLevel `json:"confidentiality"`
	Integrity       IntegrityLevel       `json:"integrity"`
	Availability    AvailabilityLevel    `json:"availability"`
}

// NewClassification returns the classification with the given levels and
// their common scheme, or an error (a field.List) when a level is
// unclassified or invalid or the levels belong to different schemes.
func NewClassification(c ConfidentialityLevel, i IntegrityLevel, a AvailabilityLevel) (Classification, error) {
	out := Classification{Scheme: c.Scheme(), Confidentiality: c, Integrity: i, Availability: a}
	if out.Scheme == 0 {
		out.Scheme = i.Scheme()
	}
	if errs := ValidateClassification(out, out.Scheme, ""); len(errs) > 0 {
		return Classification{}, errs
	}
	return out, nil
}

// Valid reports whether c names a valid scheme and a level of that scheme
// for each property.
func (c Classification) Valid() bool {
	return c.Scheme.Valid() && c.Confidentiality.Scheme() == c.Scheme &&
		c.Integrity.Scheme() == c.Scheme && c.Availability.Scheme() == c.Scheme
}

// AtLeast reports whether every level of c is at least the corresponding
// level of o. Levels that cannot be compared (unset, invalid, or of
// different schemes) never meet the requirement, so the answer is false.
func (c Classification) AtLeast(o Classification) bool {
	return c.Confidentiality.AtLeast(o.Confidentiality) && c.Integrity.AtLeast(o.Integrity) &&
		c.Availability.AtLeast(o.Availability)
}

// String returns a compact form for diagnostics, e.g.
// "guideline-2024/C3B/I2/A1"; an unset level shows as "-" and a level of
// another scheme by its wire id.
func (c Classification) String() string {
	var b strings.Builder
	b.WriteString(c.Scheme.String())
	for p := Confidentiality; p <= Availability; p++ {
		b.WriteString("/")
		b.WriteString(strings.ToUpper(p.String()[:1]))
		v := c.level(p)
		switch {
		case v == 0:
			b.WriteString("-")
		case schemeOf(p, v) == c.Scheme:
			b.WriteString(codeOf(p, v))
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

// levelString returns the String of level v of property p.
func levelString(p Property, v uint8) string {
	switch p {
	case Confidentiality:
		return ConfidentialityLevel(v).String()
	case Integrity:
		return IntegrityLevel(v).String()
	}
	return AvailabilityLevel(v).String()
}

// levelJa and levelEn return the labels of level v of property p.
func levelJa(p Property, v uint8) string {
	if r := row(p, v); r != nil {
		return r.ja
	}
	return levelString(p, v)
}

func levelEn(p Property, v uint8) string {
	if r := row(p, v); r != nil {
		return r.en
	}
	return levelString(p, v)
}

// marshalLevel is the MarshalText of level v of property p.
func marshalLevel(p Property, v uint8) ([]byte, error) {
	switch p {
	case Confidentiality:
		return ConfidentialityLevel(v).MarshalText()
	case Integrity:
		return IntegrityLevel(v).MarshalText()
	}
	return AvailabilityLevel(v).MarshalText()
}

// classificationJSON is the wire form of a Classification.
type classificationJSON struct {
	Scheme          string `json:"scheme,omitempty"`
	Confidentiality string `json:"confidentiality,omitempty"`
	Integrity       string `json:"integrity,omitempty"`
	Availability    string `json:"availability,omitempty"`
}

func (w *classificationJSON) field(p Property) *string {
	switch p {
	case Confidentiality:
		return &w.Confidentiality
	case Integrity:
		return &w.Integrity
	}
	return &w.Availability
}

// MarshalJSON writes the scheme and each set level, by its code when it
// belongs to c's scheme and by its wire id otherwise. An invalid scheme or
// level is an error.
func (c Classification) MarshalJSON() ([]byte, error) {
	var w classificationJSON
	if c.Scheme != 0 {
		b, err := c.Scheme.MarshalText()
		if err != nil {
			return nil, err
		}
		w.Scheme = string(b)
	}
	for p := Confidentiality; p <= Availability; p++ {
		v := c.level(p)
		if v == 0 {
			continue
		}
		b, err := marshalLevel(p, v)
		if err != nil {
			return nil, err
		}
		if schemeOf(p, v) == c.Scheme {
			*w.field(p) = codeOf(p, v)
		} else {
			*w.field(p) = string(b)
		}
	}
	return json.Marshal(w)
}

// UnmarshalJSON reads what MarshalJSON writes. Each level may be a code of
// the classification's scheme, its Japanese label, or a wire id naming its
// scheme. A code that only the other scheme has ("3B" in a legacy
// classification) is kept as that scheme's level, for validation to
// report; a code without a scheme to read it in, an unknown code, an
// unknown scheme and an unknown field are errors. On error *c is left
// unchanged.
func (c *Classification) UnmarshalJSON(b []byte) error {
	var w struct {
		Scheme          Scheme `json:"scheme"`
		Confidentiality string `json:"confidentiality"`
		Integrity       string `json:"integrity"`
		Availability    string `json:"availability"`
	}
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&w); err != nil {
		return err
	}
	if _, err := dec.Token(); err != io.EOF {
		return errors.New("asset: classification: unexpected data after the object / 分類の後に余分なデータがあります")
	}
	out := Classification{Scheme: w.Scheme}
	texts := [...]string{Confidentiality: w.Confidentiality, Integrity: w.Integrity, Availability: w.Availability}
	for p := Confidentiality; p <= Availability; p++ {
		v, err := readLevel(p, w.Scheme, texts[p])
		if err != nil {
			return err
		}
		out.setLevel(p, v)
	}
	*c = out
	return nil
}

// readLevel reads one level inside a classification of scheme s.
func readLevel(p Property, s Scheme, text string) (uint8, error) {
	switch {
	case text == "":
		return 0, nil
	case strings.Contains(text, ":"):
		return unmarshalLevel(p, text)
	}
	v, err := parseLevel(p, s, text, false)
	var le *LevelError
	if errors.As(err, &le) && le.Other != 0 {
		return parseLevel(p, le.Other, text, false)
	}
	return v, err
}

// ValidateClassification reports every problem of c in a document whose
// scheme is s, with paths under p ("assets[3].classification"): a missing,
// unknown or other scheme; an unclassified property (Required); an invalid
// level (Unsupported); a level of another scheme than the document's
// (Forbidden). When s itself is invalid (reported elsewhere), levels are
// checked against c's own scheme.
func ValidateClassification(c Classification, s Scheme, p field.Path) field.List {
	var errs field.List
	switch {
	case c.Scheme == 0:
		errs = errs.Add(p.Child("scheme"), field.Required, "",
			"a classification names its scheme", "分類に分類体系（区分の体系）が指定されていない")
	case !c.Scheme.Valid():
		errs = errs.Add(p.Child("scheme"), field.Unsupported, c.Scheme.String(),
			"not a known scheme (guideline-2024, legacy)", "不明な分類体系")
	case s.Valid() && c.Scheme != s:
		errs = errs.Add(p.Child("scheme"), field.Forbidden, c.Scheme.String(),
			"the document classifies by scheme "+s.String()+"; the two schemes are never mixed",
			"この文書の分類体系は"+s.Ja()+"であり、分類体系を混在させることはできない")
	}
	ref := s
	if !ref.Valid() {
		ref = c.Scheme
	}
	for prop := Confidentiality; prop <= Availability; prop++ {
		v := c.level(prop)
		switch ls := schemeOf(prop, v); {
		case v == 0:
			errs = errs.Add(p.Child(prop.String()), field.Required, "",
				"unclassified: every asset is rated for "+prop.En(), prop.Ja()+"が未分類（すべての情報資産に格付が必要）")
		case ls == 0:
			errs = errs.Add(p.Child(prop.String()), field.Unsupported, levelString(prop, v),
				"not a known "+prop.En()+" level", "不明な"+prop.Ja()+"の区分")
		case ref.Valid() && ls != ref:
			errs = errs.Add(p.Child(prop.String()), field.Forbidden, levelString(prop, v),
				"a level of scheme "+ls.String()+" in a document classified by scheme "+ref.String(),
				ls.Ja()+"の区分であり、"+ref.Ja()+"の文書では使えない")
		}
	}
	return errs
}
