package policy_test

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/jichitai-sec/policy"
	"github.com/jichitai-sec/policy/asset"
	"github.com/jichitai-sec/policy/date"
	"github.com/jichitai-sec/policy/field"
	"github.com/jichitai-sec/policy/policytest"
	"github.com/jichitai-sec/policy/zone"
)

// hostileAllocPerByte bounds what Decode and Evaluate may allocate, in all,
// per byte of a hostile document (TestHostileInput, TestMillionFindings:
// the worst shape, ten bytes of input per finding, allocates 58);
// hostileAllocFloor is the allowance of a tiny document. Peak memory is
// bounded by TestPeakMemory.
const (
	hostileAllocPerByte = 64
	hostileAllocFloor   = 4 << 20
)

// sampleDoc is the compliant sample of the example program, decoded.
func sampleDoc(t *testing.T) policy.Document {
	t.Helper()
	src, err := os.ReadFile("examples/evaluate/sample.json")
	if err != nil {
		t.Fatal(err)
	}
	doc, err := policy.Decode(bytes.NewReader(src))
	if err != nil {
		t.Fatal(err)
	}
	return doc
}

// sampleWith returns the encoding of the sample document changed by edit.
func sampleWith(t *testing.T, edit func(d *policy.Document)) []byte {
	t.Helper()
	d := sampleDoc(t)
	edit(&d)
	return propEncode(t, d)
}

// minimalWith returns minimal with old replaced by new, as bytes.
func minimalWith(t *testing.T, old, new string) []byte { return []byte(edit(t, old, new)) }

// TestHostileInput feeds Decode (and Evaluate, for what decodes) broken and
// hostile documents: each is refused with the problem at its path (or, for
// a valid but huge one, gives a correct report), never panics, and
// allocates in all at most hostileAllocPerByte bytes per byte of input.
func TestHostileInput(t *testing.T) {
	if raceEnabled {
		t.Skip("megabytes of input in one goroutine: nothing for the race detector, and slow under it")
	}
	const big = 1 << 20
	for _, c := range []struct {
		name  string
		input func(t *testing.T) []byte
		path  field.Path // where the first problem must be, or begin ("" with kind 0: the document is valid)
		kind  field.Kind
	}{
		{"truncated in a string", func(t *testing.T) []byte { return []byte(minimal[:strings.Index(minimal, "文書管理")+3]) },
			"/assets/0/name", field.KindInvalid},
		{"truncated after a member name", func(t *testing.T) []byte { return []byte(minimal[:strings.Index(minimal, `"links"`)+8]) },
			"/topology/links", field.KindInvalid},
		{"empty input", func(*testing.T) []byte { return nil }, "", field.KindInvalid},
		{"wrong type: an object for a list", func(t *testing.T) []byte { return minimalWith(t, `"risks": []`, `"risks": {}`) },
			"/risks", field.KindInvalid},
		{"wrong type: a number for a text", func(t *testing.T) []byte { return minimalWith(t, `"name": "文書管理システム"`, `"name": 7`) },
			"/assets/0/name", field.KindInvalid},
		{"invalid UTF-8 in a member name", func(t *testing.T) []byte { return minimalWith(t, `"links"`, "\"li\xc3nks\"") },
			"/topology", field.KindInvalid},
		{"a repeated member, deep", func(t *testing.T) []byte {
			return minimalWith(t, `"availability": "1"}`, `"availability": "1", "availability": "2"}`)
		}, "/assets/0/classification/availability", field.KindInvalid},
		{"a member in another case, deep", func(t *testing.T) []byte {
			return minimalWith(t, `"availability": "1"}`, `"Availability": "1"}`)
		}, "/assets/0/classification/Availability", field.KindNotSupported},
		{"trailing data", func(*testing.T) []byte { return []byte(minimal + "\n[]") }, "", field.KindInvalid},
		{"a second document", func(*testing.T) []byte { return []byte(minimal + minimal) }, "", field.KindInvalid},
		{"a huge string (16 MiB name, valid)", func(t *testing.T) []byte {
			return minimalWith(t, `"name": "架空事務組合"`, `"name": "`+strings.Repeat("架", 16*big/3)+`"`)
		}, "", 0},
		{"a huge id (4 MiB), named by a node and in many findings", func(t *testing.T) []byte {
			return sampleWith(t, func(d *policy.Document) {
				id := strings.Repeat("x", 4*big)
				d.Records = nil
				d.Assets = append(d.Assets, asset.Asset{ID: id, Name: "x", Kind: asset.InformationSystem,
					Owner: d.Organization.Bodies[0], Zone: zone.MyNumberZone, MyNumber: true})
				d.Topology.Nodes = append(d.Topology.Nodes, zone.Node{ID: "x", At: zone.In(zone.MyNumberZone), Asset: id})
			})
		}, "", 0},
		{"a huge unknown value (4 MiB)", func(t *testing.T) []byte {
			return minimalWith(t, `"kind": "information-system"`, `"kind": "`+strings.Repeat("x", 4*big)+`"`)
		}, "/assets/0/kind", field.KindNotSupported},
		{"a huge array of repeated bodies", func(t *testing.T) []byte {
			return minimalWith(t, `"bodies": ["administrator"]`, `"bodies": ["administrator"`+strings.Repeat(`,"administrator"`, big)+`]`)
		}, "/organization/bodies/1", field.KindDuplicate},
		{"a huge array of the wrong type", func(t *testing.T) []byte {
			return minimalWith(t, `"risks": []`, `"risks": [`+strings.Repeat(`1,`, 4*big)+`1]`)
		}, "/risks/0", field.KindInvalid},
		{"deep nesting in an unknown member", func(t *testing.T) []byte {
			return minimalWith(t, `"risks": []`, `"risks": [], "x": `+strings.Repeat("[", big)+strings.Repeat("]", big))
		}, "/x", field.KindNotSupported},
		{"deep nesting as the document", func(*testing.T) []byte {
			return []byte(strings.Repeat("[", big) + strings.Repeat("]", big))
		}, "", field.KindInvalid},
		{"deep nesting where a text belongs", func(t *testing.T) []byte {
			return minimalWith(t, `"name": "文書管理システム"`, `"name": `+strings.Repeat(`{"a":`, big)+"1"+strings.Repeat("}", big))
		}, "/assets/0/name/a/a/a/a/a", field.KindInvalid},
		{"a number out of range", func(t *testing.T) []byte {
			return minimalWith(t, `"evaluationMonths": 12`, `"evaluationMonths": 1e400`)
		},
			"/intervals/evaluationMonths", field.KindInvalid},
		{"a number too long for an int", func(t *testing.T) []byte {
			return minimalWith(t, `"evaluationMonths": 12`, `"evaluationMonths": 99999999999999999999`)
		}, "/intervals/evaluationMonths", field.KindInvalid},
		{"a fraction for a count", func(t *testing.T) []byte { return minimalWith(t, `"evaluationMonths": 12`, `"evaluationMonths": 12.5`) },
			"/intervals/evaluationMonths", field.KindInvalid},
		{"a negative interval", func(t *testing.T) []byte { return minimalWith(t, `"evaluationMonths": 12`, `"evaluationMonths": -12`) },
			"/intervals/evaluationMonths", field.KindInvalid},
		{"ids the same but for case", func(t *testing.T) []byte {
			return sampleWith(t, func(d *policy.Document) { d.Assets[1].ID = strings.ToUpper(d.Assets[0].ID) })
		}, "/assets/1/id", field.KindDuplicate},
		{"ids the same but for width", func(t *testing.T) []byte {
			return sampleWith(t, func(d *policy.Document) { d.Topology.Nodes[1].ID = fullWidth(d.Topology.Nodes[0].ID) })
		}, "/topology/nodes/1/id", field.KindDuplicate},
		{"an id with a zero-width space", func(t *testing.T) []byte {
			return sampleWith(t, func(d *policy.Document) { d.Risks[0].ID += "\u200b" })
		}, "/risks/0/id", field.KindInvalid},
		{"an id in decomposed form (NFD)", func(t *testing.T) []byte {
			return sampleWith(t, func(d *policy.Document) { d.Exceptions[0].ID = "か\u3099" })
		}, "/exceptions/0/id", field.KindInvalid},
		{"an id with a newline", func(t *testing.T) []byte {
			return sampleWith(t, func(d *policy.Document) { d.Vendors.Contractors[0].ID += "\n# forged" })
		}, "/vendors/contractors/0/id", field.KindInvalid},
		{"a containment cycle", func(t *testing.T) []byte {
			return sampleWith(t, func(d *policy.Document) {
				a, b := &d.Assets[0], &d.Assets[1]
				a.Contains, b.Contains = []string{b.ID}, []string{a.ID}
			})
		}, "", field.KindInvalid},
		{"a subcontracting cycle", func(t *testing.T) []byte {
			return sampleWith(t, func(d *policy.Document) {
				c := d.Vendors.Contractors[0]
				c.ID, c.Subcontractors = c.ID+"-sub", []string{c.ID}
				d.Vendors.Contractors[0].Subcontractors = []string{c.ID}
				d.Vendors.Contractors = append(d.Vendors.Contractors, c)
			})
		}, "", field.KindInvalid},
		{"a link to itself", func(t *testing.T) []byte {
			return sampleWith(t, func(d *policy.Document) {
				n := d.Topology.Nodes[0].ID
				d.Topology.Links = append(d.Topology.Links, zone.Link{From: n, To: n, Channel: zone.Direct})
			})
		}, "", 0},
	} {
		t.Run(c.name, func(t *testing.T) {
			in := c.input(t)
			var report policy.Report
			var err error
			alloc := allocated(func() {
				var doc policy.Document
				if doc, err = policy.Decode(bytes.NewReader(in), policy.MaxBytes(64<<20)); err == nil {
					report, err = policy.Evaluate(doc, date.MustParse("2026-06-01"))
				}
			})
			if limit := uint64(hostileAllocPerByte*len(in) + hostileAllocFloor); alloc > limit {
				t.Errorf("allocated %d bytes for %d bytes of input, more than %d", alloc, len(in), limit)
			}
			if c.kind == 0 {
				if err != nil {
					t.Fatalf("a valid document refused: %.500v", err)
				}
				if report.Organization == "" {
					t.Errorf("no report")
				}
				return
			}
			var l field.List
			if !errors.As(err, &l) || len(l) == 0 {
				t.Fatalf("err = %.300v, want a field.List", err)
			}
			if c.path != "" && (!strings.HasPrefix(string(l[0].Path), string(c.path)) || l[0].Kind != c.kind) || c.path == "" && !hasKind(l, c.kind) {
				t.Errorf("first problem %.300v, want %s at %q", l[0], c.kind, c.path)
			}
			if n := len(l[0].Error()); n > 4<<10 {
				t.Errorf("a problem of %d bytes: its message quotes too much of the input", n)
			}
		})
	}
}

// TestMillionFindings: a valid document made to produce a million
// findings (fifty thousand My Number systems in the Internet zone,
// unclassified, with no implementation record) gets a correct report,
// within the allocation bound of TestHostileInput.
func TestMillionFindings(t *testing.T) {
	if testing.Short() || raceEnabled {
		t.Skip("a million findings: not with -short or -race")
	}
	in, n := millionFindings(t)
	var r policy.Report
	alloc := allocated(func() {
		doc, err := policy.Decode(bytes.NewReader(in), policy.MaxBytes(64<<20))
		if err != nil {
			t.Fatal(err)
		}
		if r, err = policy.Evaluate(doc, date.MustParse("2026-06-01")); err != nil {
			t.Fatal(err)
		}
	})
	if len(r.Findings) < 1_000_000 || r.Complies || r.Summary.Total.Errors == 0 {
		t.Fatalf("%d findings, %d errors, complies %v", len(r.Findings), r.Summary.Total.Errors, r.Complies)
	}
	perAsset := map[string]int{}
	for i := range r.Findings {
		if f := &r.Findings[i]; f.Rule == "asset-mynumber-outside-zone" {
			perAsset[f.IDs[0]]++
		}
	}
	if len(perAsset) != n {
		t.Errorf("%d of the %d systems outside the My Number zone reported", len(perAsset), n)
	}
	t.Logf("%d bytes in, %d findings, %d bytes allocated (%.1f per byte)", len(in), len(r.Findings), alloc, float64(alloc)/float64(len(in)))
	if limit := uint64(hostileAllocPerByte*len(in) + hostileAllocFloor); alloc > limit {
		t.Errorf("allocated %d bytes for %d bytes of input, more than %d", alloc, len(in), limit)
	}
}

// millionFindings returns the encoding of the sample document with no
// records or evaluations and n extra systems that each break about twenty
// rules, enough for a million findings.
func millionFindings(t *testing.T) ([]byte, int) {
	const n = 50_000
	return sampleWith(t, func(d *policy.Document) {
		d.Records, d.Evaluations = nil, nil
		for i := range n {
			d.Assets = append(d.Assets, asset.Asset{ID: "s" + strconv.Itoa(i), Name: "s", Kind: asset.InformationSystem,
				Owner: d.Organization.Bodies[0], Zone: zone.InternetZone, MyNumber: true})
		}
	}), n
}

// allocated returns the bytes f allocates, in all.
func allocated(f func()) uint64 {
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	f()
	runtime.ReadMemStats(&after)
	return after.TotalAlloc - before.TotalAlloc
}

func hasKind(l field.List, k field.Kind) bool {
	for _, e := range l {
		if e.Kind == k {
			return true
		}
	}
	return false
}

// fullWidth writes the ASCII letters and digits of s in their full-width
// forms.
func fullWidth(s string) string {
	return strings.Map(func(r rune) rune {
		if '!' <= r && r <= '~' {
			return r + 0xFEE0
		}
		return r
	}, s)
}

// TestPeakMemory decodes and evaluates, each in a process of its own, a
// generated document of ten thousand assets and the worst shape
// (TestMillionFindings: a finding per ten bytes of input, each finding
// some 130 bytes besides its texts), and bounds the growth of the
// process's peak resident memory (VmHWM, Linux only) over its size once
// it has read the document, per byte of the document. POLICY_PEAK_ASSETS
// sets the sizes of the generated documents.
func TestPeakMemory(t *testing.T) {
	if testing.Short() || raceEnabled || runtime.GOOS != "linux" {
		t.Skip("peak memory: Linux, not with -short or -race")
	}
	type doc struct {
		name    string
		in      []byte
		perByte float64 // the bound
	}
	var docs []doc
	sizes := os.Getenv("POLICY_PEAK_ASSETS") // "10000,100000" for the README's figures
	if sizes == "" {
		sizes = "10000"
	}
	for _, n := range strings.Split(sizes, ",") {
		assets, err := strconv.Atoi(n)
		if err != nil {
			t.Fatalf("POLICY_PEAK_ASSETS: %v", err)
		}
		g := policytest.Document(policytest.DocumentOptions{Assets: assets, Violations: policytest.Violations()})
		docs = append(docs, doc{n + " generated assets", propEncode(t, g.Example(1)), 4})
	}
	million, _ := millionFindings(t)
	docs = append(docs, doc{"a million findings", million, 48})
	for _, c := range docs {
		t.Run(c.name, func(t *testing.T) {
			file := t.TempDir() + "/doc.json"
			if err := os.WriteFile(file, c.in, 0o600); err != nil {
				t.Fatal(err)
			}
			cmd := exec.Command(os.Args[0], "-test.run=^TestPeakMemoryChild$")
			cmd.Env = append(os.Environ(), "POLICY_PEAK_DOCUMENT="+file)
			out, err := cmd.CombinedOutput()
			if err != nil {
				t.Fatalf("%v\n%s", err, out)
			}
			var before, peak, findings int
			if _, err := fmt.Sscanf(lastLine(string(out)), "peak %d %d %d", &before, &peak, &findings); err != nil {
				t.Fatalf("%v: %s", err, out)
			}
			growth := float64(peak-before) / float64(len(c.in))
			t.Logf("%d bytes, %d findings: resident %d KiB after reading, peak %d KiB, %.1f bytes per byte of input",
				len(c.in), findings, before>>10, peak>>10, growth)
			if limit := c.perByte*float64(len(c.in)) + 8<<20; float64(peak-before) > limit { // 8 MiB: the runtime's own, whatever the size
				t.Errorf("peak memory grew by %.1f bytes per byte of input, more than %.0f and 8 MiB", growth, c.perByte)
			}
		})
	}
}

// TestPeakMemoryChild is the child process of TestPeakMemory: it reads the
// document POLICY_PEAK_DOCUMENT names, decodes and evaluates it, and prints
// its resident memory before decoding, its peak, and the findings.
func TestPeakMemoryChild(t *testing.T) {
	file := os.Getenv("POLICY_PEAK_DOCUMENT")
	if file == "" {
		t.Skip("the child of TestPeakMemory")
	}
	in, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	runtime.GC()
	before := procStatus(t, "VmRSS")
	doc, err := policy.Decode(bytes.NewReader(in), policy.MaxBytes(int64(len(in))))
	if err != nil {
		t.Fatal(err)
	}
	r, err := policy.Evaluate(doc, date.MustParse("2026-06-01"))
	if err != nil {
		t.Fatal(err)
	}
	fmt.Printf("peak %d %d %d\n", before, procStatus(t, "VmHWM"), len(r.Findings))
}

// procStatus returns a memory figure of /proc/self/status, in bytes.
func procStatus(t *testing.T, name string) int {
	t.Helper()
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		t.Fatal(err)
	}
	for _, line := range strings.Split(string(b), "\n") {
		if v, ok := strings.CutPrefix(line, name+":"); ok {
			kb, err := strconv.Atoi(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(v), "kB")))
			if err != nil {
				t.Fatal(err)
			}
			return kb << 10
		}
	}
	t.Fatalf("no %s in /proc/self/status", name)
	return 0
}

func lastLine(s string) string {
	for _, l := range slices.Backward(strings.Split(strings.TrimSpace(s), "\n")) {
		if strings.HasPrefix(l, "peak ") {
			return l
		}
	}
	return ""
}
