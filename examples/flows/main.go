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
// and links, and the exceptions in force; see topology.json beside this
// file. Unknown fields and values are rejected.
package main

import (
	"bytes"
	_ "embed"
	"encoding/json"
	"fmt"
	"io"
	"os"

	"github.com/jichitai-sec/policy/date"
	"github.com/jichitai-sec/policy/zone"
)

//go:embed topology.json
var sample []byte

// document is the sample's format.
type document struct {
	Organization string           `json:"organization"`
	AsOf         date.Date        `json:"asOf"`
	Topology     zone.Topology    `json:"topology"`
	Exceptions   []zone.Exception `json:"exceptions"`
}

func main() {
	src := sample
	if len(os.Args) > 1 {
		b, err := os.ReadFile(os.Args[1])
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

func run(w io.Writer, src []byte) error {
	var doc document
	dec := json.NewDecoder(bytes.NewReader(src))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&doc); err != nil {
		return fmt.Errorf("decoding the document / 文書の読込みに失敗: %w", err)
	}
	if doc.AsOf.IsZero() {
		return fmt.Errorf("the document needs an asOf date / 判定日（asOf）が必要です")
	}
	leaks, err := zone.FindLeaks(doc.Topology, doc.Exceptions, doc.AsOf)
	if err != nil {
		return fmt.Errorf("the topology cannot be analysed / 構成を分析できません:\n%w", err)
	}

	fmt.Fprintf(w, "%s\n判定日 / as of: %s\n\n", doc.Organization, doc.AsOf)
	fmt.Fprintln(w, "例外 / Exceptions")
	for _, e := range doc.Exceptions {
		s := e.Status(doc.AsOf)
		fmt.Fprintf(w, "  %-11s %s → %s (%s): %s / %s\n", e.ID, e.From, e.To, e.Channel, s.Ja(), s.En())
	}

	fmt.Fprintln(w, "\n通信の判定 / Flow verdicts")
	at := map[string]zone.Endpoint{}
	for _, n := range doc.Topology.Nodes {
		at[n.ID] = n.At
	}
	for i, l := range doc.Topology.Links {
		f := zone.Flow{From: at[l.From], To: at[l.To], Channel: l.Channel, Method: l.Method, Guard: l.Guard}
		v := zone.Check(f, doc.Exceptions, doc.AsOf)
		how := l.Channel.String()
		if l.Method != 0 {
			how += "/" + l.Method.String()
		}
		fmt.Fprintf(w, "  [%2d] %-7s %s → %s (%s)\n", i, mark(v), l.From, l.To, how)
		fmt.Fprintf(w, "       %s %s\n       %s\n       %s\n", v.Rule, v.Rule.Clause(), v.Ja(), v.En())
	}

	fmt.Fprintf(w, "\n漏えい経路 / Leak paths out of the My Number zone (6(3)ア): %d\n", len(leaks))
	for _, lk := range leaks {
		fmt.Fprintf(w, "  %s (%s / %s)\n", lk.Node, lk.At.Ja(), lk.At.En())
		for _, h := range lk.Path {
			fmt.Fprintf(w, "    [%2d] %s → %s: %s %s\n", h.Link, h.From, h.To, h.Verdict.Rule, h.Verdict.Rule.Clause())
		}
	}
	return nil
}

func mark(v zone.Verdict) string {
	switch {
	case v.Warning():
		return "WARN"
	case v.Allowed():
		return "ALLOW"
	}
	return "DENY"
}
