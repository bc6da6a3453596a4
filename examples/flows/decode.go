package main

import (
	"bytes"
	"errors"
	"fmt"
	"strconv"

	"github.com/go-json-experiment/json"
	"github.com/go-json-experiment/json/jsontext"
	"github.com/jichitai-sec/policy/date"
	"github.com/jichitai-sec/policy/field"
	"github.com/jichitai-sec/policy/lang"
	"github.com/jichitai-sec/policy/zone"
)

// maxDocument is the largest document accepted, in bytes.
const maxDocument = 16 << 20

// document is the sample's format.
type document struct {
	Schema       string           `json:"$schema,omitzero"` // an editor's schema reference, ignored
	Organization string           `json:"organization"`
	AsOf         date.Date        `json:"asOf"`
	Topology     zone.Topology    `json:"topology"`
	Exceptions   []zone.Exception `json:"exceptions"`
}

// noNull rejects JSON null wherever it appears: no type of the library has
// a null value, and encoding/json would silently leave the field as it was.
var noNull = json.WithUnmarshalers(json.UnmarshalFromFunc(func(dec *jsontext.Decoder, _ any) error {
	if dec.PeekKind() == 'n' {
		return errors.New("null is not a value here / null は指定できません")
	}
	return errors.ErrUnsupported
}))

// decode reads src strictly (see the package doc) and validates it: every
// problem of the topology and the exceptions is reported at once, each at
// its JSON Pointer path.
func decode(src []byte) (document, error) {
	var doc document
	if len(src) > maxDocument {
		return doc, fmt.Errorf("the document is larger than %d bytes / 文書が大きすぎます（上限%dバイト）", maxDocument, maxDocument)
	}
	if err := json.Unmarshal(src, &doc, json.RejectUnknownMembers(true), noNull); err != nil {
		return doc, decodeError(src, err)
	}
	var errs field.List
	if doc.AsOf.IsZero() {
		errs = append(errs, field.Required(field.Root.Child("asOf"),
			lang.Of("例外を判定する日付（asOf）が必要", "the document needs the date to judge exceptions by")))
	}
	errs = append(errs, doc.Topology.Validate(field.Root.Child("topology"))...)
	errs = append(errs, zone.ValidateExceptions(doc.Exceptions, doc.Topology.Nodes, field.Root.Child("exceptions"))...)
	if len(errs) > 0 {
		return doc, fmt.Errorf("the document is not valid / 文書に誤りがあります:\n%w", errs)
	}
	return doc, nil
}

// decodeError names the place of a decoding error: its JSON Pointer, and
// for a syntax error its line and column.
func decodeError(src []byte, err error) error {
	var syn *jsontext.SyntacticError
	var sem *json.SemanticError
	switch {
	case errors.As(err, &syn):
		line, col := position(src, syn.ByteOffset)
		return fmt.Errorf("syntax error at line %d, column %d (%s) / 構文誤り（%d行%d桁）: %v",
			line, col, pointer(string(syn.JSONPointer)), line, col, syn.Err)
	case errors.As(err, &sem):
		line, col := position(src, sem.ByteOffset)
		why := sem.Err
		if why == nil {
			why = errors.New("a value of the wrong type / 型が違います")
		}
		return fmt.Errorf("%s (line %d, column %d): %v", pointer(string(sem.JSONPointer)), line, col, why)
	}
	return err
}

// pointer prints a JSON Pointer, "(document)" for the root.
func pointer(p string) string {
	if p == "" {
		return "(document)"
	}
	return strconv.Quote(p)
}

// position turns a byte offset into a 1-based line and column (in bytes).
func position(src []byte, off int64) (line, col int) {
	off = min(max(off, 0), int64(len(src)))
	before := src[:off]
	line = bytes.Count(before, []byte("\n")) + 1
	col = int(off) - (bytes.LastIndexByte(before, '\n') + 1) + 1
	return line, col
}
