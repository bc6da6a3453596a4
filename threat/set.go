package threat

import (
	"github.com/jichitai-sec/policy/asset"
	"github.com/jichitai-sec/policy/internal/enum"
)

// The catalog stores its sets as enum.Set bit sets: read-only after
// package initialisation, cheap to test, and listed back in declaration
// order.
type (
	harmSet     = enum.Set[Harm]
	propertySet = enum.Set[asset.Property]
	kindSet     = enum.Set[asset.Kind]
)

// propertiesOfHarms is the union of the properties each harm in s damages.
func propertiesOfHarms(s harmSet) propertySet {
	var p propertySet
	for _, h := range s.List() {
		p = p.Union(harmProperties[h])
	}
	return p
}
