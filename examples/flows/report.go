package main

import (
	"fmt"
	"io"
	"strconv"
	"unicode"

	"github.com/jichitai-sec/policy/field"
	"github.com/jichitai-sec/policy/zone"
)

// report prints the exceptions, the verdict on every link and the leaks,
// as a shortest-path tree: each hop of it once, however many leaks share
// it, so the report stays linear in the topology.
func report(w io.Writer, doc document) error {
	topo := field.Root.Child("topology")
	leaks, err := zone.FindLeaks(doc.Topology, doc.Exceptions, doc.AsOf, topo)
	if err != nil {
		return fmt.Errorf("the topology cannot be analysed / 構成を分析できません:\n%w", err)
	}
	fmt.Fprintf(w, "%s\n判定日 / as of: %s\n\n", clean(doc.Organization), doc.AsOf)
	fmt.Fprintln(w, "例外 / Exceptions")
	for _, e := range doc.Exceptions {
		s := e.Status(doc.AsOf)
		basis := e.Basis().Ja() + " / " + e.Basis().En()
		if e.Allowance != 0 {
			basis += ": " + e.Allowance.Ja()
		}
		fmt.Fprintf(w, "  %-13s %s → %s (%s): %s / %s\n", clean(e.ID), e.From, e.To, e.Channel, s.Ja(), s.En())
		fmt.Fprintf(w, "                %s\n", basis)
		for _, c := range e.Covers {
			fmt.Fprintf(w, "                %s → %s\n", clean(c.From), clean(c.To))
		}
	}

	fmt.Fprintln(w, "\n通信の判定 / Flow verdicts")
	for i, l := range doc.Topology.Links {
		v := leaks.Verdicts[i]
		how := l.Channel.String()
		if l.Method != 0 {
			how += "/" + l.Method.String()
		}
		t := v.Text()
		fmt.Fprintf(w, "  [%2d] %-7s %s → %s (%s)\n", i, mark(v), clean(l.From), clean(l.To), how)
		fmt.Fprintf(w, "       %s %s\n       %s\n       %s\n", v.Rule, cites(v.Rule), clean(t.Ja), clean(t.En))
	}

	fmt.Fprintf(w, "\n漏えい経路 / Leak paths out of the My Number zone (6(3)ア): %d\n", len(leaks.Leaks))
	if len(leaks.Leaks) == 0 {
		return nil
	}
	for _, lk := range leaks.Leaks {
		fmt.Fprintf(w, "  %s (%s / %s): %s から %d hops / %d hops from %s, last hop [%d]\n",
			clean(lk.ID), lk.At.Ja(), lk.At.En(), clean(doc.Topology.Nodes[lk.Source].ID), lk.Hops,
			lk.Hops, clean(doc.Topology.Nodes[lk.Source].ID), lk.Via)
	}
	fmt.Fprintln(w, "\n最短経路の木 / Shortest-path tree of those leaks (each hop once)")
	for _, li := range treeLinks(leaks, doc.Topology) {
		l := doc.Topology.Links[li]
		v := leaks.Verdicts[li]
		fmt.Fprintf(w, "  [%2d] %s → %s: %s %s\n", li, clean(l.From), clean(l.To), v.Rule, cites(v.Rule))
	}
	return nil
}

// treeLinks returns, in increasing order, the links of the shortest-path
// tree that lie on the witness of some leak. Each node is visited at most
// once, so the cost is linear in the topology.
func treeLinks(leaks *zone.Leaks, t zone.Topology) []int {
	on := make([]bool, len(t.Links))
	index := make(map[string]int, len(t.Nodes))
	for i, n := range t.Nodes {
		index[n.ID] = i
	}
	for _, lk := range leaks.Leaks {
		for v := lk.Node; ; {
			li, ok := leaks.Via(v)
			if !ok || on[li] {
				break
			}
			on[li] = true
			v = index[t.Links[li].From]
		}
	}
	var out []int
	for li, ok := range on {
		if ok {
			out = append(out, li)
		}
	}
	return out
}

// cites returns a rule's clause and its further citation, e.g. "6(3)イ (2(12))".
func cites(r zone.Rule) string {
	if a := r.Also(); a != 0 {
		return r.Clause().String() + " (" + a.String() + ")"
	}
	return r.Clause().String()
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

// clean returns s as it is when every character of it is printable, and
// quoted with Go escapes otherwise, so that text from the document can
// neither forge a line of the report (a newline) nor reach the terminal as
// a control sequence (ESC, bidirectional overrides).
func clean(s string) string {
	for _, r := range s {
		if !unicode.IsPrint(r) {
			return strconv.Quote(s)
		}
	}
	return s
}
