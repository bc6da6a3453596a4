package schema

import (
	"embed"
	"io/fs"

	"github.com/jichitai-sec/policy/schema/internal/manifest"
)

//go:generate go run ./internal/gen/genschema -dir v1 -root ..

//go:embed v1
var files embed.FS

// Base is the URL every published file lives under: a schema's $id is
// Base followed by its name.
const Base = manifest.Base

// The $id of each schema.
const (
	DocumentID       = Base + manifest.Document       // a whole document (policy.Document)
	AssetRegisterID  = Base + manifest.AssetRegister  // an asset register exchanged alone, with its scheme
	TopologyID       = Base + manifest.Topology       // a topology exchanged alone
	VendorRegisterID = Base + manifest.VendorRegister // a vendor register exchanged alone
	RecordsID        = Base + manifest.Records        // implementation records exchanged alone
	ReportID         = Base + manifest.Report         // the evaluation report of policy.Render's JSON format
	ClausesID        = Base + manifest.Clauses        // the clause table (catalog/clauses.json)
	ThreatsID        = Base + manifest.Threats        // the threat catalog (catalog/threats.json)
	ControlsID       = Base + manifest.Controls       // the control catalog and matrix (catalog/controls.json)
	HandlingID       = Base + manifest.Handling       // the handling rules (catalog/handling.json)
)

// FS returns the published files, by their names under Base
// ("document.json", "catalog/clauses.json", …).
func FS() fs.FS {
	sub, err := fs.Sub(files, "v1")
	if err != nil {
		panic(err) // the embedded directory is always there
	}
	return sub
}

// Files returns the names of the published files, schemas first, in a
// fixed order.
func Files() []string {
	out := make([]string, len(manifest.Files))
	for i, f := range manifest.Files {
		out[i] = f.Name
	}
	return out
}

// Schemas returns the names of the published schemas.
func Schemas() []string {
	var out []string
	for _, f := range manifest.Files {
		if f.Kind == manifest.Schema {
			out = append(out, f.Name)
		}
	}
	return out
}

// File returns the content of the published file named name (a name of
// Files, or its URL under Base).
func File(name string) ([]byte, error) {
	if len(name) > len(Base) && name[:len(Base)] == Base {
		name = name[len(Base):]
	}
	if _, ok := manifest.Lookup(name); !ok {
		return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrNotExist}
	}
	return files.ReadFile("v1/" + name)
}
