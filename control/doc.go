// Package control is the catalog of the measures the basic policy calls for
// (clauses 6 to 8), and what an organization does with it: which controls
// an asset requires (Required) and the organization as a whole requires
// (OrganizationRequired), the gaps between those and what it has recorded
// as implemented (Gaps), a self-inspection checklist and its results
// (clause 7), and whether the policy is due for review (clause 8).
package control
