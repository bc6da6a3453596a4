// Package lang holds the one bilingual text type of the library: every
// label, explanation and message is written in Japanese and in English, in
// that order, and travels as a Text.
package lang

// Text is a piece of text in Japanese and English. In JSON it is
// {"ja": "…", "en": "…"}.
type Text struct {
	Ja string `json:"ja"` // in Japanese, in the policy's own terms
	En string `json:"en"` // in English
}

// Of returns the Text with the given Japanese and English versions.
func Of(ja, en string) Text { return Text{Ja: ja, En: en} }

// IsZero reports whether both versions are empty.
func (t Text) IsZero() bool { return t.Ja == "" && t.En == "" }

// String returns both versions, Japanese first: "… / …". When one is
// empty, only the other is returned.
func (t Text) String() string {
	switch {
	case t.En == "":
		return t.Ja
	case t.Ja == "":
		return t.En
	}
	return t.Ja + " / " + t.En
}

// Append returns t with more text added to each version.
func (t Text) Append(o Text) Text { return Text{Ja: t.Ja + o.Ja, En: t.En + o.En} }
