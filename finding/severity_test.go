package finding_test

import (
	"errors"
	"testing"

	"github.com/jichitai-sec/policy/finding"
	"github.com/jichitai-sec/policy/internal/enum/enumtest"
)

var severitySet = enumtest.Set[finding.Severity]{
	Name:  "finding.Severity",
	All:   finding.Severities(),
	IDs:   []string{"error", "warning", "info"},
	Parse: finding.ParseSeverity,
}

func TestClosedSetSeverity(t *testing.T) { enumtest.Check(t, severitySet) }

func TestSeverityLabels(t *testing.T) {
	for _, w := range []struct {
		s          finding.Severity
		id, ja, en string
	}{
		{finding.Error, "error", "違反", "error"},
		{finding.Warning, "warning", "警告", "warning"},
		{finding.Info, "info", "情報", "information"},
	} {
		if w.s.String() != w.id || w.s.Ja() != w.ja || w.s.En() != w.en {
			t.Errorf("Severity %d = %q/%q/%q, want %q/%q/%q", w.s, w.s.String(), w.s.Ja(), w.s.En(), w.id, w.ja, w.en)
		}
		for _, in := range []string{w.id, w.ja} {
			if got, err := finding.ParseSeverity(in); err != nil || got != w.s {
				t.Errorf("ParseSeverity(%q) = %v, %v; want %v", in, got, err, w.s)
			}
		}
	}
	// Gravest first: the order is the constants' order.
	if !(finding.Error < finding.Warning && finding.Warning < finding.Info) {
		t.Error("severities are not ordered gravest first")
	}
}

func TestSeverityRejects(t *testing.T) {
	for _, in := range []string{"", "Error", "ERROR", "err", "information", "fatal", "finding.Severity(1)"} {
		s, err := finding.ParseSeverity(in)
		var pe *finding.ParseError
		if !errors.As(err, &pe) || pe.Pkg != "finding" || pe.Type != "Severity" || pe.Input != in || s != 0 {
			t.Errorf("ParseSeverity(%q) = %v, %v; want a *finding.ParseError", in, s, err)
		}
	}
	s := finding.Warning
	if err := s.UnmarshalText([]byte("違反")); err == nil || s != finding.Warning {
		t.Errorf("UnmarshalText(違反) = %v, left %v; want an error (the wire takes ids only)", err, s)
	}
	var me *finding.MarshalError
	if b, err := finding.Severity(0).MarshalText(); b != nil || !errors.As(err, &me) || me.Value != "finding.Severity(0)" {
		t.Errorf("Severity(0).MarshalText() = %q, %v; want a *finding.MarshalError", b, err)
	}
}

func FuzzParseSeverity(f *testing.F) {
	for _, s := range append(enumtest.Seeds(severitySet), "Error", "err", "fatal", "違反 ") {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) { enumtest.CheckInput(t, severitySet, in) })
}
