// Package asset models the information assets the policy protects (4(2)):
// their kinds, the bodies that own them (4(1)), their classification by
// confidentiality, integrity and availability (2(5)–(7), 6(2)), the handling
// restrictions a classification requires, and the checks a register of
// assets must pass.
//
// # Classification
//
// A level is a plain code, as the national guideline writes it:
// confidentiality 1, 2, 3, 3C, 3B or 3A ([ConfidentialityLevel]), integrity
// and availability 1 or 2 ([IntegrityLevel], [AvailabilityLevel]); the zero
// value is "unclassified". A [Classification] is the three codes and
// nothing else.
//
// The scheme ([Scheme]) is stated once, by the caller: the register (or the
// document holding it) says which one it uses, and every function that
// reads levels takes it as an argument. Two are in use: the guideline's
// since its October 2024 revision ([Guideline2024]: confidentiality 1, 2,
// 3C, 3B, 3A) and the one before it ([Legacy]: 1, 2, 3); both rate integrity
// and availability 1 or 2. The scheme decides which codes are allowed and
// how they compare ([Scheme.Confidentiality] and its siblings return a
// [Scale]): 3A > 3B > 3C > 2 > 1 in the one, 3 > 2 > 1 in the other. The two
// never mix: legacy 3 never compares with 3A–3C, a level a scheme does not
// allow compares with nothing in it, and in a register a code its scheme
// does not allow is a validation problem at its path, never translated.
//
// # Checks
//
//   - [Validate] reports every malformed element of a list of assets, at
//     JSON Pointers under the path the caller gives ("/assets/3/id").
//   - [Derive] gives the classification each asset must have at least
//     because of the assets it contains, transitively, with the reasons.
//   - [Check] returns the policy gaps as finding.Finding values.
//   - [Handling] lists the handling restrictions a classification requires
//     (6(2)), by the library's reading of the guideline, kept as data.
//
// Derive and Check run Validate first and fail closed: on a list Validate
// rejects they return no result and its field.List as the error.
//
// # Problems and findings
//
// A malformed input is a validation problem (field.Error, from Validate);
// a well-formed input that falls short of the policy is a finding
// (finding.Finding, from Check). In this package:
//
//   - validation problems: a missing or repeated id; a missing name; a
//     missing or unknown kind or owner; a missing zone where the kind needs
//     one, or an unknown zone; a level that is no code; a code the
//     register's scheme does not allow; an empty, dangling or repeated
//     reference; a containment cycle; an unset or unknown scheme;
//   - findings: an unclassified property ([RuleUnclassified], 6(2)); a level
//     below what the contents require ([RuleBelowMinimum], 6(2)); My Number
//     information, or an asset holding it, outside the My Number zone
//     ([RuleMyNumberOutsideZone], [RuleMyNumberHolderOutsideZone], 6(3)ア).
//
// Every rule id starts with "asset-", so that it is unique across the
// library, and every finding's severity follows its clause's duty.
//
// # JSON
//
// Every closed set travels by its wire id and nothing else: UnmarshalText
// is the exact inverse of MarshalText (levels by their codes, "3B"), and
// the Japanese labels and aliases that the Parse functions accept for
// people ("機密性3B", "自治体機密性3B") are refused on the wire. An
// unclassified level is left out of a classification's object; an unset
// or invalid value refuses to marshal. JSON null is not a value of any type
// of the library: the library's document decoder
// (github.com/go-json-experiment/json, the future encoding/json/v2) rejects
// it at its path. encoding/json (v1) instead leaves the field unchanged on
// a null, which is one reason the library decodes documents with v2; the
// types here have no hand-written UnmarshalJSON, so both decoders see the
// same plain structs.
//
// Every function is pure: no I/O, no clock, no mutable package state.
// Unset and unknown values are rejected by validation and treated as the
// most restrictive case elsewhere.
package asset
