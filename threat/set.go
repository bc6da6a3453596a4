package threat

import "github.com/jichitai-sec/policy/asset"

// The catalog stores its sets as bit sets: read-only after package
// initialisation, cheap to test, and listed back in declaration order.

// harmSet is a set of harms; bit h-1 stands for Harm h.
type harmSet uint32

func harmsOf(hs ...Harm) harmSet {
	var s harmSet
	for _, h := range hs {
		s |= 1 << (h - 1)
	}
	return s
}

func (s harmSet) has(h Harm) bool { return h.Valid() && s&(1<<(h-1)) != 0 }

func (s harmSet) list() []Harm {
	var out []Harm
	for _, h := range Harms() {
		if s.has(h) {
			out = append(out, h)
		}
	}
	return out
}

// properties is the union of the properties each harm in s damages.
func (s harmSet) properties() propertySet {
	var p propertySet
	for _, h := range s.list() {
		p |= harmProperties[h]
	}
	return p
}

// propertySet is a set of properties; bit p-1 stands for asset.Property p.
type propertySet uint32

func propertiesOf(ps ...asset.Property) propertySet {
	var s propertySet
	for _, p := range ps {
		s |= 1 << (p - 1)
	}
	return s
}

func (s propertySet) has(p asset.Property) bool { return p.Valid() && s&(1<<(p-1)) != 0 }

func (s propertySet) list() []asset.Property {
	var out []asset.Property
	for _, p := range asset.Properties() {
		if s.has(p) {
			out = append(out, p)
		}
	}
	return out
}

// kindSet is a set of asset kinds; bit k-1 stands for asset.Kind k.
type kindSet uint64

func kindsOf(ks ...asset.Kind) kindSet {
	var s kindSet
	for _, k := range ks {
		s |= 1 << (k - 1)
	}
	return s
}

func (s kindSet) has(k asset.Kind) bool { return k.Valid() && s&(1<<(k-1)) != 0 }

func (s kindSet) list() []asset.Kind {
	var out []asset.Kind
	for _, k := range asset.Kinds() {
		if s.has(k) {
			out = append(out, k)
		}
	}
	return out
}
