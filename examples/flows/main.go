// Command flows checks every link of a sample topology against the flow
// rules of the three-tier model and reports the leak paths out of the My
// Number zone.
//
// Run it from the repository root:
//
//	go run ./examples/flows              # the embedded sample
//	go run ./examples/flows my-topo.json # a document of your own
//
// The document names the date to judge exceptions by ("asOf"), the nodes
// and links, and the exceptions in force, each naming the systems it covers
// (see topology.json beside this file). It is read strictly: unknown or
// repeated member names, names in another case, invalid UTF-8, null, a
// value of the wrong type or an unknown id, and anything after the document
// are rejected, each with its JSON Pointer path (and, for a syntax error,
// its line and column). Documents larger than 16 MiB are refused.
package main

import (
	_ "embed"
	"fmt"
	"io"
	"os"
)

//go:embed topology.json
var sample []byte

func main() {
	src := sample
	if len(os.Args) > 1 {
		b, err := readFile(os.Args[1])
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(2)
		}
		src = b
	}
	if err := run(os.Stdout, src); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}

// readFile reads at most maxDocument+1 bytes of the named file, so that an
// oversized document is refused by decode without being read whole.
func readFile(name string) ([]byte, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return io.ReadAll(io.LimitReader(f, maxDocument+1))
}

// run decodes, validates and reports on the document src.
func run(w io.Writer, src []byte) error {
	doc, err := decode(src)
	if err != nil {
		return err
	}
	return report(w, doc)
}
