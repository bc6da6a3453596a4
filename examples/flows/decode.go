package main

import (
	"fmt"

	"github.com/jichitai-sec/policy"
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

// decode reads src strictly (see the package doc) and validates it: every
// problem of the topology and the exceptions is reported at once, each at
// its JSON Pointer path.
func decode(src []byte) (document, error) {
	var doc document
	if len(src) > maxDocument {
		return doc, fmt.Errorf("the document is larger than %d bytes / 文書が大きすぎます（上限%dバイト）", maxDocument, maxDocument)
	}
	if err := policy.Unmarshal(src, &doc); err != nil {
		return doc, fmt.Errorf("the document cannot be read / 文書を読み込めません:\n%w", err)
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
