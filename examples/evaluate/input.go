package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/go-json-experiment/json/jsontext"
	"github.com/jichitai-sec/policy"
	"github.com/jichitai-sec/policy/field"
	"github.com/jichitai-sec/policy/lang"
)

// load decodes the document src, read from the file name: as JSON, or as
// YAML converted to JSON when the name says YAML (isYAML). Either way the
// document is decoded by policy.Decode, and its error is a field.List. For
// YAML the line and column of every problem are those of the YAML text (of
// the element at the problem's path, or of its nearest ancestor there),
// never those of the intermediate JSON.
func load(name string, src []byte) (policy.Document, error) {
	if !isYAML(name) {
		doc, err := policy.Decode(bytes.NewReader(src))
		var errs field.List
		if errors.As(err, &errs) {
			locate(src, errs)
		}
		return doc, err
	}
	js, pos, err := yamlToJSON(src)
	if err != nil {
		return policy.Document{}, err
	}
	doc, err := policy.Decode(bytes.NewReader(js))
	var errs field.List
	if errors.As(err, &errs) {
		for _, e := range errs {
			e.Line, e.Column = pos.find(e.Path)
		}
	}
	return doc, err
}

// locate gives a line and column, in the JSON text src, to each problem
// that Decode reported without one (the problems the validators find in a
// document that is well-formed JSON): that of the element at its path, or
// of its nearest ancestor. It reads src once, and only on this error path.
func locate(src []byte, errs field.List) {
	want := map[field.Path]bool{}
	for _, e := range errs {
		if e.Line > 0 {
			continue
		}
		for p := e.Path; ; p = p[:strings.LastIndexByte(string(p), '/')] {
			want[p] = true
			if p == field.Root {
				break
			}
		}
	}
	if len(want) == 0 {
		return
	}
	ps := positions{}
	dec := jsontext.NewDecoder(bytes.NewReader(src), jsontext.AllowDuplicateNames(true), jsontext.AllowInvalidUTF8(true))
	for {
		start := dec.InputOffset()
		t, err := dec.ReadToken()
		if err != nil {
			break
		}
		if k := t.Kind(); k == '}' || k == ']' {
			continue
		}
		p := field.Path(dec.StackPointer())
		if _, seen := ps[p]; want[p] && !seen {
			ps[p] = pair(lineCol(src, tokenStart(src, int(start))))
		}
	}
	for _, e := range errs {
		if e.Line == 0 {
			e.Line, e.Column = ps.find(e.Path)
		}
	}
}

// tokenStart skips the white space and separators from offset i of src to
// the start of the next token.
func tokenStart(src []byte, i int) int {
	for i < len(src) && strings.IndexByte(" \t\r\n,:", src[i]) >= 0 {
		i++
	}
	return i
}

// lineCol turns a byte offset into a 1-based line and column (in bytes).
func lineCol(src []byte, off int) (line, col int) {
	before := src[:off]
	return bytes.Count(before, []byte("\n")) + 1, off - (bytes.LastIndexByte(before, '\n') + 1) + 1
}

// langText is lang.Of, named for the program's own messages.
func langText(ja, en string) lang.Text { return lang.Of(ja, en) }

// printProblems writes why the document name was refused: every problem
// of a field.List, one a line, with its path, its line and column when
// known, its kind, the offending value and the explanation, in language l.
func printProblems(w io.Writer, name string, err error, l policy.Lang) {
	var errs field.List
	if !errors.As(err, &errs) {
		fmt.Fprintln(w, "evaluate:", plain(name)+":", plain(err.Error()))
		return
	}
	n := strconv.Itoa(len(errs))
	fmt.Fprintln(w, l.Pick(langText(
		plain(name)+"：文書を読み込めない（不備 "+n+"件）",
		plain(name)+": the document does not decode ("+n+" "+plural(len(errs), "problem", "problems")+")")))
	for _, e := range errs {
		fmt.Fprintln(w, "  "+problemText(e, l))
	}
}

// problemText is one problem in language l.
func problemText(e *field.Error, l policy.Lang) string {
	where := string(e.Path)
	if e.Path == field.Root {
		where = l.Pick(langText("（文書全体）", "(whole document)"))
	}
	where = plain(where)
	if e.Line > 0 {
		where += l.Pick(langText(
			"（"+strconv.Itoa(e.Line)+"行"+strconv.Itoa(e.Column)+"列）",
			" (line "+strconv.Itoa(e.Line)+", column "+strconv.Itoa(e.Column)+")"))
	}
	kind := l.Pick(langText(e.Kind.Ja(), e.Kind.En()))
	if e.Value != "" {
		kind += l.Pick(langText("「"+plain(e.Value)+"」", " "+strconv.QuoteToGraphic(e.Value)))
	}
	out := where + l.Pick(langText("：", ": ")) + kind
	if d := l.Pick(e.Detail); d != "" {
		out += l.Pick(langText("：", ": ")) + plain(d)
	}
	return out
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// plain returns s when every rune of it is graphic (Japanese and
// full-width spaces included), and s quoted with Go escapes otherwise, so
// that text from a document can neither forge a line of the output (a
// newline) nor reach the terminal as a control sequence (ESC,
// bidirectional overrides, invalid UTF-8).
func plain(s string) string {
	for _, r := range s {
		if r == '\uFFFD' || !strconv.IsGraphic(r) {
			return strconv.QuoteToGraphic(s)
		}
	}
	return s
}
