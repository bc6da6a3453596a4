// Package schema publishes the vocabulary of the library as JSON Schemas
// (draft 2020-12) and its catalogs as JSON data, so that editors validate
// policy documents as a municipal officer types them, and tools in any
// language share the ids, labels and clauses the Go code uses.
//
// The files are generated from the Go types, never written by hand
// (go generate ./schema), committed under schema/v1, and embedded: FS and
// File serve them, and each schema's $id (DocumentID, …) is its URL under
// Base. Every schema is self-contained (its definitions under $defs, no
// reference to another file), so an editor validates with no fetch.
//
// The schemas are those of a whole document (policy.Document, read by
// policy.Decode) and of the pieces another tool may exchange alone: an
// asset register with its classification scheme, a topology, a vendor
// register, a list of implementation records, and the evaluation report
// of policy.Render's JSON format. Each closed set is an enum of its wire
// ids with a oneOf of {const, title, description} per member, the
// description starting with the Japanese label, and
// markdownEnumDescriptions for VS Code; levels are allowed by the
// document's scheme (if/then on "scheme"), as Decode allows them.
//
// A document that policy.Decode accepts is valid against DocumentID. The
// converse holds for everything JSON Schema can say; what it cannot (ids
// unique in their list, references that resolve, containment and
// subcontracting cycles, dates in order, duplicate member names and other
// rules of the JSON text) only Decode checks. The package's tests hold the
// two to that, on generated documents and their mutations. See README.md
// for pointing an editor at the schemas.
package schema
