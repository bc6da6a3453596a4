package policy

import (
	"bytes"
	"errors"
	"io"
	"strconv"
	"strings"

	"github.com/go-json-experiment/json"
	"github.com/go-json-experiment/json/jsontext"
	"github.com/jichitai-sec/policy/date"
	"github.com/jichitai-sec/policy/field"
	"github.com/jichitai-sec/policy/internal/enum"
	"github.com/jichitai-sec/policy/lang"
)

// DefaultMaxBytes is the largest document Decode reads unless MaxBytes says
// otherwise: 32 MiB, far above any real organization's document, and small
// enough that a web tool can accept uploads without fear.
const DefaultMaxBytes = 32 << 20

// Option changes how Decode reads.
type Option func(*options)

type options struct{ maxBytes int64 }

// MaxBytes sets the largest document Decode reads, in bytes. A larger input
// is refused after reading at most n+1 bytes of it, before any decoding:
//
//	doc, err := policy.Decode(r, policy.MaxBytes(1<<20)) // refuse uploads over 1 MiB
func MaxBytes(n int64) Option { return func(o *options) { o.maxBytes = n } }

// Decode reads one document from r, strictly, and checks that it is
// well-formed. It refuses, each at its JSON Pointer path:
//
//   - unknown member names, repeated member names, and names written in
//     another case or Unicode folding than the format's ("AsOf", "ſcheme");
//   - invalid UTF-8, JSON null anywhere, a value of the wrong type, a
//     number out of range, anything after the document;
//   - a value that is not a wire id of its closed set (labels and aliases
//     are for people typing into forms, not for documents);
//   - a missing id, an id with white space or a control, format or
//     combining character, two ids of one list that differ only in case
//     or width ("Juki", "juki", "ｊｕｋｉ": field.IDs), a reference to
//     nothing, and every other malformation the validators of the domain
//     packages find.
//
// On a problem of the JSON text itself Decode stops at it and reports its
// line and column; otherwise it reports every problem at once. The error
// is always a field.List. A document that decodes is well-formed, so
// Evaluate never has to guess; whether it meets the policy (an unclassified
// asset, a missing contract) is for Evaluate to say.
func Decode(r io.Reader, opts ...Option) (Document, error) {
	o := options{maxBytes: DefaultMaxBytes}
	for _, f := range opts {
		f(&o)
	}
	var buf bytes.Buffer
	if l, ok := r.(interface{ Len() int }); ok { // a bytes or strings reader: read it into one allocation
		buf.Grow(int(max(0, min(int64(l.Len()), o.maxBytes))) + bytes.MinRead)
	}
	if _, err := buf.ReadFrom(io.LimitReader(r, o.maxBytes+1)); err != nil {
		return Document{}, err
	}
	src := buf.Bytes()
	if int64(len(src)) > o.maxBytes {
		return Document{}, field.List{field.Invalid(field.Root, "", lang.Of(
			"文書が大きすぎる（上限"+strconv.FormatInt(o.maxBytes, 10)+"バイト）",
			"the document is larger than "+strconv.FormatInt(o.maxBytes, 10)+" bytes"))}
	}
	var doc Document
	if err := Unmarshal(src, &doc); err != nil {
		return Document{}, err
	}
	if errs := doc.Validate(); len(errs) > 0 {
		return Document{}, errs
	}
	return doc, nil
}

// Unmarshal reads src into v by the rules of Decode's JSON reading (unknown,
// repeated and differently-cased member names, invalid UTF-8, null, wire
// ids only, nothing after the value), for a piece of the format exchanged
// alone: a topology, an asset register, a list of exceptions. It checks no
// more than the JSON: run the piece's validator on the result. The error is
// a field.List holding the one problem, at its path, line and column.
func Unmarshal(src []byte, v any) error {
	how := strict
	if !bytes.Contains(src, []byte("null")) {
		how = strictNoNullToFind // no null literal can occur: skip the check of every value
	}
	if err := json.Unmarshal(src, v, how...); err != nil {
		return field.List{jsonProblem(src, err)}
	}
	return nil
}

// strict are the options of every decoding: unknown members rejected and
// null refused; duplicate names, case-sensitive names, valid UTF-8 and no
// trailing data are the JSON package's defaults.
var strict = []json.Options{json.RejectUnknownMembers(true), noNull}

// strictNoNullToFind is strict for a text without the bytes "null",
// which therefore holds no null: noNull, called on every value, would
// find nothing and costs as much again as the decoding.
var strictNoNullToFind = []json.Options{json.RejectUnknownMembers(true)}

// noNull rejects JSON null wherever it appears: no type of the library has
// a null value, and encoding/json would silently leave the field as it was.
var noNull = json.WithUnmarshalers(json.UnmarshalFromFunc(func(dec *jsontext.Decoder, _ any) error {
	if dec.PeekKind() == 'n' {
		return errNull
	}
	return errors.ErrUnsupported
}))

var errNull = errors.New("null is not a value of the format")

// jsonProblem turns an error of the JSON package into a problem at its
// path, with its line and column.
func jsonProblem(src []byte, err error) (problem *field.Error) {
	var (
		syn  *jsontext.SyntacticError
		sem  *json.SemanticError
		p    field.Path
		off  int64
		why  lang.Text
		kind = field.KindInvalid
	)
	if errors.As(err, &sem) && sem.Err != nil {
		errors.As(sem.Err, &syn) // a syntax error found while decoding a value
	} else {
		errors.As(err, &syn)
	}
	switch {
	case syn != nil:
		p, off = field.Path(syn.JSONPointer), syn.ByteOffset
		why = syntaxText(syn.Err)
	case sem != nil:
		p, off = field.Path(sem.JSONPointer), sem.ByteOffset
		switch {
		case errors.Is(sem.Err, json.ErrUnknownName):
			kind = field.KindNotSupported
			why = lang.Of("この形式にない項目名（大文字・小文字も区別する）", "no such member in the format (names are case-sensitive)")
		case errors.Is(sem.Err, errNull):
			why = lang.Of("null は指定できない", "null is not a value of the format")
		case sem.Err != nil:
			var e *field.Error
			kind, e = valueProblem(sem.Err)
			why = e.Detail
			defer func() { problem.Value = e.Value }()
		default:
			why = lang.Of("値の型が違う（"+sem.JSONKind.String()+"）", "a value of the wrong type ("+sem.JSONKind.String()+")")
		}
	default:
		why = lang.Of("読込み失敗："+err.Error(), "cannot read: "+err.Error())
	}
	if len(p) > maxPointer { // nesting deeper than any element of the format
		p = p[:strings.LastIndexByte(string(p[:maxPointer+1]), '/')]
	}
	problem = &field.Error{Path: p, Kind: kind, Detail: why}
	problem.Line, problem.Column = position(src, off)
	return problem
}

// maxPointer is the longest path jsonProblem reports: a hostile document
// nested ten thousand deep has a pointer of tens of kilobytes, which the
// problem cuts to its ancestor of at most this length (the line and column
// still say where).
const maxPointer = 256

// syntaxText explains a syntax error of the JSON text in both languages.
func syntaxText(err error) lang.Text {
	msg := err.Error()
	switch {
	case errors.Is(err, jsontext.ErrDuplicateName):
		return lang.Of("同じ項目名が重複している", "a member name is repeated")
	case errors.Is(err, io.ErrUnexpectedEOF):
		return lang.Of("文書が途中で終わっている", "the document ends too early")
	case strings.Contains(msg, "invalid UTF-8"):
		return lang.Of("UTF-8として不正な文字がある", "the text is not valid UTF-8")
	case strings.Contains(msg, "after top-level value"):
		return lang.Of("文書の後に余分なデータがある", "there is data after the end of the document")
	}
	return lang.Of("JSONの構文に誤りがある（"+msg+"）", "JSON syntax: "+msg)
}

// valueProblem explains a value the JSON package could not take: an id
// that names no member of its closed set, a malformed date, or another
// value a type of the library refused.
func valueProblem(err error) (field.Kind, *field.Error) {
	var pe *enum.ParseError
	var de *date.ParseError
	switch {
	case errors.As(err, &pe):
		return field.KindNotSupported, &field.Error{Value: pe.Input, Detail: lang.Of(
			"次のいずれかを指定する："+strings.Join(pe.Accepted, "、"),
			"supported values: "+strings.Join(pe.Accepted, ", "))}
	case errors.As(err, &de):
		return field.KindInvalid, &field.Error{Value: de.Input, Detail: lang.Of(
			"日付は実在する年月日をYYYY-MM-DDで書く", "a date is a real calendar day written YYYY-MM-DD")}
	}
	en, ja, ok := strings.Cut(err.Error(), " / ")
	if !ok {
		ja = "値が不正（" + en + "）"
	}
	return field.KindInvalid, &field.Error{Detail: lang.Of(ja, en)}
}

// position turns a byte offset into a 1-based line and column (in bytes).
func position(src []byte, off int64) (line, col int) {
	off = min(max(off, 0), int64(len(src)))
	before := src[:off]
	line = bytes.Count(before, []byte("\n")) + 1
	col = int(off) - (bytes.LastIndexByte(before, '\n') + 1) + 1
	return line, col
}

// Encode writes doc as canonical JSON: members in the order of the Go
// types, two-space indentation, a final newline. Decoding what Encode
// writes gives doc back, and encoding that again gives the same bytes.
func Encode(w io.Writer, doc Document) error {
	return json.MarshalWrite(w, doc, jsontext.WithIndent("  "), json.Deterministic(true))
}
