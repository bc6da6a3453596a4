// Package vendors models those outside the organization who handle its
// information, as clause 6(8) of the basic policy covers them: contractors
// of outsourced work (業務委託, guideline 8.1, and 8.2 for work on
// information systems), external services (外部サービス, cloud services,
// 8.3 and the section after it), and social media accounts
// (ソーシャルメディアサービス).
//
// A Register holds the three lists. Validate reports a malformed register
// (a missing id, a reference to an asset, contractor or exception that does
// not exist, an unknown value, a subcontracting cycle) as field problems;
// Check reports what a well-formed register lacks by the policy's measure
// (no contract, a contract missing requirements, a confirmation overdue,
// information of My Number work handed out without an active exception,
// confidential information in an unassessed service, a social media
// service without a responsible person, …) as findings of package finding,
// every one citing 6(8).
//
// 6(8) is an effort duty (「…講じるよう努めるものとする」), so its findings are
// warnings by default. The library reads one part of it as firm: naming a
// responsible person per social media service, which the clause states
// without the qualifier it gives the further measures; that rule's
// findings are errors, and the rule says why (Rule.Departure). A document
// may raise any other rule's severity (Options.Raise).
//
// Which contract requirements a classification calls for, what ISMAP-LIU
// covers, and how credentials are to be guarded are the library's
// readings of the national guideline, kept as tables with their source
// (see Required and the package's reading file), not confirmed as the
// guideline's wording.
//
// The package directory is "vendors", not "vendor": the go command
// reserves a top-level vendor directory of a module for vendored
// dependencies.
package vendors
