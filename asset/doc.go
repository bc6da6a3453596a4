// Package asset models the information assets the policy protects (4(2)):
// their kinds, the bodies that own them (4(1)), their classification by
// confidentiality, integrity and availability (2(5)–(7), 6(2)), the handling
// restrictions a classification requires, and the checks a set of assets must
// pass.
package asset
