package policy

import (
	"strconv"

	"github.com/jichitai-sec/policy/asset"
	"github.com/jichitai-sec/policy/control"
	"github.com/jichitai-sec/policy/vendors"
	"github.com/jichitai-sec/policy/zone"
)

// RuleIDs returns the id of every rule of the library that reports
// findings, package by package: the ids a report may carry and a severity
// setting may name. Ids are unique across the library.
func RuleIDs() []string {
	var out []string
	for _, r := range zone.Rules() {
		out = append(out, r.String())
	}
	for _, r := range asset.Rules() {
		out = append(out, r.String())
	}
	for _, r := range control.Rules() {
		out = append(out, r.String())
	}
	for _, r := range vendors.Rules() {
		out = append(out, r.String())
	}
	return out
}

func ruleIDs() map[string]bool {
	m := map[string]bool{}
	for _, id := range RuleIDs() {
		m[id] = true
	}
	return m
}

func itoa(n int) string { return strconv.Itoa(n) }
