// Command genschema writes the files package schema publishes into its v1
// directory. It runs by go generate ./schema, in the package's directory:
//
//	go generate ./schema
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"github.com/jichitai-sec/policy/schema/internal/gen"
	"github.com/jichitai-sec/policy/schema/internal/manifest"
)

func main() {
	dir := flag.String("dir", "v1", "the directory to write into")
	root := flag.String("root", "..", "the module's root directory, whose Go source gives the descriptions")
	flag.Parse()
	files, err := gen.Generate(*root)
	if err != nil {
		fmt.Fprintln(os.Stderr, "genschema:", err)
		os.Exit(1)
	}
	for _, f := range manifest.Files {
		p := filepath.Join(*dir, filepath.FromSlash(f.Name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			fmt.Fprintln(os.Stderr, "genschema:", err)
			os.Exit(1)
		}
		if err := os.WriteFile(p, files[f.Name], 0o644); err != nil {
			fmt.Fprintln(os.Stderr, "genschema:", err)
			os.Exit(1)
		}
	}
}
