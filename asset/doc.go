// Package asset models the information assets the policy protects (4(2)):
// their kinds, the bodies that own them (4(1)), their classification by
// confidentiality, integrity and availability (2(5)–(7), 6(2)), the handling
// restrictions a classification requires, and the checks a set of assets must
// pass.
//
// # Classification
//
// Two classification schemes are in use (Scheme): the national guideline's
// scheme since its October 2024 revision (confidentiality 3A, 3B, 3C, 2, 1)
// and the one before it (confidentiality 3, 2, 1); both rate integrity and
// availability 2 or 1. A document names one scheme and never mixes them.
// Each property has its own level type (ConfidentialityLevel,
// IntegrityLevel, AvailabilityLevel) whose members carry their scheme, so
// that a level of one scheme never equals a level of the other, comparisons
// (Compare, AtLeast) refuse to order them, and parsing a level of the other
// scheme is an error that names it. The zero level is "unclassified".
//
// # Checks
//
//   - Validate reports every structural problem of a list of assets as a
//     field.List, each at its path (assets[3].classification.confidentiality).
//   - Derive gives the classification each asset must have at least because
//     of the assets it contains, transitively, with the reasons.
//   - Check returns findings: a declared classification below the derived
//     one (6(2)), and My Number information, or an asset holding it, outside
//     the My Number zone (6(3)ア, 2(8)).
//   - Handling lists the handling restrictions a classification requires
//     (6(2)), by the library's reading of the guideline (check).
//
// Every function is pure: no I/O, no clock, no mutable package state.
// Unset and unknown values are rejected by validation and treated as the
// most restrictive case elsewhere.
package asset
