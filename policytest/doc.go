// Package policytest provides rapid generators for the library's values and
// go-cmp options for comparing them, for property-based tests here and in
// other modules that build on the library.
//
// Generators of valid values (Zone, Flow, Topology, …) produce only what the
// library accepts; generators named Raw… produce any value of the type,
// unset and out-of-range ones included, for fail-closed properties.
package policytest
