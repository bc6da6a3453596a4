// Command evaluate judges one organization's policy document against the
// basic policy and prints the report: every finding with its severity, the
// clause it rests on, the JSON Pointer of the element concerned and the ids
// involved, a summary by severity and by clause, and whether the
// organization complies.
//
// Run it from the repository root:
//
//	go run ./examples/evaluate                        # the embedded sample, in Japanese
//	go run ./examples/evaluate -lang en -format markdown examples/evaluate/violations.json
//	go run ./examples/evaluate -as-of 2026-06-01 my-policy.yaml
//
// With no file it evaluates the embedded sample.json, the document of a
// fictional association (架空市町村総合事務組合: it does not exist; every
// name, system and person in it is invented for illustration). A file is
// read as JSON, or as YAML when its name ends in .yaml or .yml; a YAML
// document is converted to JSON and then decoded by the same strict
// policy.Decode (see yaml.go for what YAML may and may not use).
//
// Flags:
//
//	-lang ja|en                  the language of the report (default ja)
//	-format text|json|markdown   the form of the report (default text)
//	-as-of YYYY-MM-DD            the date to judge by (default: today, by the clock of this program;
//	                             the library itself never reads the clock)
//
// Exit status: 0 when the organization complies (no finding is an error),
// 1 when there are error findings, 2 on bad input (a bad flag, a file that
// cannot be read, a document that does not decode: every problem is printed
// to standard error with its JSON Pointer path, and its line and column
// in the file, JSON or YAML, when known) or when the report cannot be
// written. Flags may follow the file name.
package main

import (
	_ "embed"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/jichitai-sec/policy"
	"github.com/jichitai-sec/policy/date"
)

// sample is the document of the fictional association, evaluated when no
// file is named.
//
//go:embed sample.json
var sample []byte

// The exit statuses.
const (
	exitComplies   = 0 // no finding is an error
	exitErrors     = 1 // at least one finding is an error
	exitBadInput   = 2 // bad flags, an unreadable file or a document that does not decode
	sampleFileName = "sample.json"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr, today))
}

// today is the date of the local clock: the one place the clock is read.
func today() date.Date {
	y, m, d := time.Now().Date()
	t, err := date.New(y, m, d)
	if err != nil {
		return date.Date{}
	}
	return t
}

// run is the program: it parses args, reads and decodes the document,
// evaluates it as of the date given (or now()), writes the report to stdout
// and problems to stderr, and returns the exit status.
func run(args []string, stdout, stderr io.Writer, now func() date.Date) int {
	fs := flag.NewFlagSet("evaluate", flag.ContinueOnError)
	fs.SetOutput(stderr)
	langFlag := fs.String("lang", "ja", "the language of the report: ja or en")
	formatFlag := fs.String("format", "text", "the form of the report: text, json or markdown")
	asOfFlag := fs.String("as-of", "", "the date to judge by, YYYY-MM-DD (default: today)")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: evaluate [-lang ja|en] [-format text|json|markdown] [-as-of YYYY-MM-DD] [document.json|document.yaml]")
		fs.PrintDefaults()
	}
	// Flags may come before or after the file name.
	var files []string
	for rest := args; ; {
		if err := fs.Parse(rest); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				return exitComplies
			}
			return exitBadInput
		}
		if fs.NArg() == 0 {
			break
		}
		files, rest = append(files, fs.Arg(0)), fs.Args()[1:]
	}
	l, err := policy.ParseLang(*langFlag)
	if err != nil {
		fmt.Fprintln(stderr, "evaluate: -lang:", err)
		return exitBadInput
	}
	say := func(ja, en string) string { return l.Pick(langText(ja, en)) }
	f, err := policy.ParseFormat(*formatFlag)
	if err != nil {
		fmt.Fprintln(stderr, "evaluate: -format:", err)
		return exitBadInput
	}
	var asOf date.Date
	if *asOfFlag == "" {
		asOf = now()
	} else if asOf, err = date.Parse(*asOfFlag); err != nil {
		fmt.Fprintln(stderr, "evaluate: -as-of:", err)
		return exitBadInput
	}
	if asOf.IsZero() {
		fmt.Fprintln(stderr, say("evaluate: 判定日を決められない（-as-of で指定する）", "evaluate: no as-of date (give -as-of)"))
		return exitBadInput
	}
	if len(files) > 1 {
		fmt.Fprintln(stderr, say("evaluate: 文書は一つだけ指定する", "evaluate: name one document only"))
		fs.Usage()
		return exitBadInput
	}

	name, src := sampleFileName, sample
	if len(files) == 1 {
		name = files[0]
		if src, err = readFile(name); err != nil {
			fmt.Fprintln(stderr, "evaluate:", plain(err.Error()))
			return exitBadInput
		}
	}
	doc, err := load(name, src)
	if err != nil {
		printProblems(stderr, name, err, l)
		return exitBadInput
	}
	report, err := policy.Evaluate(doc, asOf)
	if err != nil {
		printProblems(stderr, name, err, l)
		return exitBadInput
	}
	if err := policy.Render(stdout, report, f, l); err != nil {
		fmt.Fprintln(stderr, "evaluate:", plain(err.Error()))
		return exitBadInput
	}
	if !report.Complies {
		return exitErrors
	}
	return exitComplies
}

// readFile reads at most policy.DefaultMaxBytes+1 bytes of the named file,
// so that an oversized document is refused by Decode without being read
// whole.
func readFile(name string) ([]byte, error) {
	fh, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer fh.Close()
	return io.ReadAll(io.LimitReader(fh, policy.DefaultMaxBytes+1))
}

// isYAML reports whether the named file is read as YAML.
func isYAML(name string) bool {
	n := strings.ToLower(name)
	return strings.HasSuffix(n, ".yaml") || strings.HasSuffix(n, ".yml")
}
