package policy

import (
	"bytes"
	"cmp"
	"errors"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/jichitai-sec/policy/internal/enum"
	"github.com/jichitai-sec/policy/lang"
)

// Format is a form Render writes a report in. The zero value is not a
// format.
type Format uint8

// The formats.
const (
	// FormatText is plain text for people, in one language: a header, the
	// summary, then every finding, grouped by severity.
	FormatText Format = iota + 1
	// FormatJSON is the Report itself as JSON, for tools, in both
	// languages at once (see Render for its shape).
	FormatJSON
	// FormatMarkdown is the content of FormatText with headings and
	// tables, for reports pasted into documents.
	FormatMarkdown
)

var formats = enum.New[Format]([]enum.Entry{
	FormatText:     {ID: "text", Ja: "テキスト形式", En: "plain text", Aliases: []string{"txt"}},
	FormatJSON:     {ID: "json", Ja: "JSON形式", En: "JSON"},
	FormatMarkdown: {ID: "markdown", Ja: "Markdown形式", En: "Markdown", Aliases: []string{"md"}},
})

// Formats returns every format: text, json, markdown.
func Formats() []Format { return formats.All() }

// ParseFormat accepts a format's wire id ("text", "json", "markdown"), its
// Japanese label, or the aliases "txt" and "md".
func ParseFormat(s string) (Format, error) { return formats.Parse(s) }

// Valid reports whether f is a known format.
func (f Format) Valid() bool { return formats.Valid(f) }

// String returns the wire id, or "policy.Format(N)" for an invalid value.
func (f Format) String() string { return formats.String(f) }

// Ja returns the Japanese label.
func (f Format) Ja() string { return formats.Ja(f) }

// En returns the English label.
func (f Format) En() string { return formats.En(f) }

// MarshalText returns the wire id; an invalid format is a *MarshalError.
func (f Format) MarshalText() ([]byte, error) { return formats.MarshalText(f) }

// UnmarshalText accepts a wire id only (ParseFormat also takes labels and
// aliases).
func (f *Format) UnmarshalText(b []byte) error { return formats.UnmarshalText(f, b) }

// Lang is the language a report is written in for people. The zero value
// is not a language.
type Lang uint8

// The languages of the library's texts (lang.Text).
const (
	Japanese Lang = iota + 1 // 日本語
	English                  // 英語
)

var langs = enum.New[Lang]([]enum.Entry{
	Japanese: {ID: "ja", Ja: "日本語", En: "Japanese"},
	English:  {ID: "en", Ja: "英語", En: "English"},
})

// Langs returns every language: ja, en.
func Langs() []Lang { return langs.All() }

// ParseLang accepts a language's wire id ("ja", "en") or its Japanese
// label ("日本語", "英語").
func ParseLang(s string) (Lang, error) { return langs.Parse(s) }

// Valid reports whether l is a known language.
func (l Lang) Valid() bool { return langs.Valid(l) }

// String returns the wire id, or "policy.Lang(N)" for an invalid value.
func (l Lang) String() string { return langs.String(l) }

// Ja returns the Japanese label.
func (l Lang) Ja() string { return langs.Ja(l) }

// En returns the English label.
func (l Lang) En() string { return langs.En(l) }

// MarshalText returns the wire id; an invalid language is a *MarshalError.
func (l Lang) MarshalText() ([]byte, error) { return langs.MarshalText(l) }

// UnmarshalText accepts a wire id only (ParseLang also takes labels).
func (l *Lang) UnmarshalText(b []byte) error { return langs.UnmarshalText(l, b) }

// Pick returns the version of t in language l: t.Ja for Japanese, t.En
// for English (the other version when that one is empty, so that nothing
// is silently dropped).
func (l Lang) Pick(t lang.Text) string {
	if l == English {
		return cmp.Or(t.En, t.Ja)
	}
	return cmp.Or(t.Ja, t.En)
}

// Render writes report r in format f and, for people, language l.
//
// FormatText and FormatMarkdown write, in language l only: a header (the
// organization, the as-of date, the variant of the three-tier model, the
// classification scheme, the document's format version and whether the
// organization complies), the summary by severity and by clause (each
// clause with its number and title), then the findings grouped by severity,
// gravest first, each with its severity, rule id, clause and further
// clauses, the JSON Pointer of the element concerned, the ids involved and
// its message; a finding whose severity the document raised says so and
// from what. Japanese reports use the policy's own terms throughout; only
// ids, paths and clause numbers are written as they are. Markdown puts the
// header and each severity's findings in tables.
//
// FormatJSON writes the Report as one JSON object, indented by two spaces,
// with a final newline; it carries both languages, so l only has to be
// valid. Its members, in this order (a JSON Schema will be published for
// it):
//
//	version       string   the document's format version ("1")
//	organization  string   the organization's name
//	variant       string   the variant's wire id ("alpha", "beta", "beta-prime", "alpha-prime")
//	scheme        string   the classification scheme's wire id ("guideline-2024", "legacy")
//	asOf          string   the as-of date, YYYY-MM-DD
//	complies      boolean  true when no finding is an error
//	findings      array    every finding, in the Report's order; each an object of
//	    rule        string   the rule id, unique across the library
//	    severity    string   "error", "warning" or "info"
//	    clause      string   the clause number cited ("6(3)ア")
//	    also        array    further clause numbers (omitted when none)
//	    path        string   the JSON Pointer of the element concerned ("" for the whole document)
//	    ids         array    the ids involved, the one concerned first (omitted when none)
//	    text        object   {"ja": "…", "en": "…"}, the message
//	    raisedFrom  string   the severity before the document raised it (omitted when not raised)
//	summary       object   {"total": counts, "byClause": [{"clause": "6(2)", counts…}], "raised": n},
//	                       counts being the members "errors", "warnings", "info"
//	threats       array    per asset, in the document's order: {"asset": id, "path": pointer,
//	                       "threats": [threat wire ids]}
//
// The output is deterministic: the same report gives the same bytes.
//
// Every renderer neutralizes what document text could smuggle into a
// terminal or a page: in text and Markdown, a value holding a control
// character (ESC, CR, LF, TAB, …), a bidirectional override, a
// zero-width or other invisible format character, a line or paragraph
// separator or invalid UTF-8 is written as a quoted string with Go
// escapes ("\x1b[31m", "\u202e"), so it can neither forge a line of the
// report nor reach the terminal as a control sequence; Markdown besides
// escapes every Markdown and HTML special character of the text it
// writes, so that a name cannot make a heading, a table cell, a link or a
// tag. In JSON every such character is written as a \u escape (the value
// is unchanged for a JSON reader) and invalid UTF-8 becomes U+FFFD.
//
// Render writes nothing when f or l is not valid, and returns an error.
// Otherwise the report is rendered whole before anything is written, and
// the error is the writer's, or the JSON encoder's for a report holding a
// value outside its closed set.
func Render(w io.Writer, r Report, f Format, l Lang) error {
	if !l.Valid() {
		return errors.New("policy: Render: language " + l.String() + " is not one of " + strings.Join(langs.IDs(), ", "))
	}
	var buf bytes.Buffer
	switch f {
	case FormatText:
		renderText(&buf, &r, l)
	case FormatMarkdown:
		renderMarkdown(&buf, &r, l)
	case FormatJSON:
		if err := renderJSON(&buf, &r); err != nil {
			return err
		}
	default:
		return errors.New("policy: Render: format " + f.String() + " is not one of " + strings.Join(formats.IDs(), ", "))
	}
	_, err := w.Write(buf.Bytes())
	return err
}

// visible reports whether s can be shown as it is: valid UTF-8 whose every
// rune is graphic (letters, marks, numbers, punctuation, symbols and
// spaces, U+3000 included), so no control character, format character
// (bidirectional controls, zero-width characters), line or paragraph
// separator, private-use or unassigned code point.
func visible(s string) bool {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c < 0x20 || c == 0x7f {
				return false
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && n == 1 || !strconv.IsGraphic(r) {
			return false
		}
		i += n
	}
	return true
}

// plain returns text from a document (or a message quoting one) fit to
// show a person: s itself when it is visible, and otherwise s as a quoted
// Go string whose non-graphic runes are escapes, so that the quotes mark
// the value as escaped.
func plain(s string) string {
	if visible(s) {
		return s
	}
	return strconv.QuoteToGraphic(s)
}
