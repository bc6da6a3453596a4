package vendors

import (
	"github.com/jichitai-sec/policy/asset"
	"github.com/jichitai-sec/policy/date"
	"github.com/jichitai-sec/policy/zone"
)

// Register is the organization's record of those outside it who handle its
// information (6(8)): the contractors it outsources work to, the external
// (cloud) services it uses, and its social media accounts.
//
// In JSON a register is an object with three arrays; a finding or a
// problem points into them by index under the path the caller gives
// ("/vendors/contractors/3/contract"). Ids are unique within each list.
type Register struct {
	Contractors []Contractor `json:"contractors,omitempty"` // 業務委託先
	Services    []Service    `json:"services,omitempty"`    // 外部サービス（クラウドサービス）
	Accounts    []Account    `json:"accounts,omitempty"`    // ソーシャルメディアのアカウント
}

// Refs is what a register refers to and is read with: the document's
// assets (by id), the scheme they are classified in, and its exceptions
// (by id). Validate resolves the references; Check reads the assets'
// classification in Scheme.
type Refs struct {
	Assets     []asset.Asset    // the document's information assets, valid for asset.Validate
	Scheme     asset.Scheme     // the scheme of their classification
	Exceptions []zone.Exception // the document's exceptions for the My Number zone
}

// Contractor is a contractor (委託事業者) the organization outsources work
// to (8.1), with its own record even when it is the subcontractor of
// another.
//
// Assets lists the information assets the contractor handles; a contractor
// handling an asset handles what that asset contains too (a system and the
// information it processes). SystemWork, when not empty, makes the
// outsourcing one of 8.2 (development, operation or maintenance of an
// information system). Exception is needed when the contractor handles
// information of My Number work: it names the exception of the document
// (zone.Exception) under which that work leaves the organization's hands.
type Contractor struct {
	ID             string        `json:"id"`                       // unique among the contractors
	Name           string        `json:"name"`                     // the contractor's name
	Work           string        `json:"work"`                     // what is outsourced
	Assets         []string      `json:"assets,omitempty"`         // ids of the assets it handles
	SystemWork     []SystemWork  `json:"systemWork,omitempty"`     // 8.2: work on an information system
	Selection      []Criterion   `json:"selection,omitempty"`      // the criteria checked when selecting it
	Subcontractors []string      `json:"subcontractors,omitempty"` // ids of the contractors it subcontracts to
	Contract       *Contract     `json:"contract,omitempty"`       // the contract; nil when there is none
	Confirmation   *Confirmation `json:"confirmation,omitempty"`   // the last confirmation of its measures; nil when none
	Exception      string        `json:"exception,omitempty"`      // id of the exception allowing it My Number work information
}

// Contract is a contract with a contractor or the provider of an external
// service: its term and the security requirements it states.
type Contract struct {
	Start        date.Date     `json:"start"`                  // first day in force
	End          date.Date     `json:"end"`                    // last day in force
	Requirements []Requirement `json:"requirements,omitempty"` // the security requirements it states
}

// InForce reports whether the contract is in force on asOf: started and not
// ended. An unset asOf, or an unset date of the contract, is never in force
// (fail closed).
func (c *Contract) InForce(asOf date.Date) bool {
	return c != nil && !asOf.IsZero() && !c.Start.IsZero() && !c.End.IsZero() &&
		!asOf.Before(c.Start) && !asOf.After(c.End)
}

// States reports whether the contract states requirement r.
func (c *Contract) States(r Requirement) bool {
	if c == nil {
		return false
	}
	for _, q := range c.Requirements {
		if q == r {
			return true
		}
	}
	return false
}

// Confirmation is a confirmation that a contractor's measures are in place
// (委託先の対策の確認): when, how, and what was found.
type Confirmation struct {
	On     date.Date `json:"on"`              // the day it was made
	Method Method    `json:"method"`          // how
	Found  string    `json:"found,omitempty"` // what was found, in the organization's words
}

// Service is an external service (外部サービス, a cloud service) the
// organization uses (8.3 and the section after it).
//
// Assets lists the information assets the service holds or processes.
// Exception is needed when they include information of My Number work,
// as for a contractor. A service's contract (often the provider's terms of
// use) is judged by its term only: the requirements of outsourcing
// contracts (Required) are not applied to it.
type Service struct {
	ID         string     `json:"id"`                  // unique among the services
	Name       string     `json:"name"`                // the service's name
	Provider   string     `json:"provider"`            // who provides it
	Use        string     `json:"use"`                 // what the organization uses it for
	Assets     []string   `json:"assets,omitempty"`    // ids of the assets it holds or processes
	Assessment Assessment `json:"assessment"`          // ISMAP, ISMAP-LIU or none
	Location   Location   `json:"location"`            // where the data is kept
	Contract   *Contract  `json:"contract,omitempty"`  // the contract or terms of use; nil when none
	Exception  string     `json:"exception,omitempty"` // id of the exception allowing it My Number work information
}

// Account is one of the organization's social media accounts
// (ソーシャルメディアサービスのアカウント).
//
// Responsible names the person responsible for the account's service; 6(8)
// asks for one per service, so a service is covered when at least one of
// its accounts names one (see RuleSocialNoResponsible). MaxPosting is the
// highest confidentiality of what the organization plans to post; unset,
// it is read as the highest (fail closed).
type Account struct {
	ID                string                     `json:"id"`                          // unique among the accounts
	Service           string                     `json:"service"`                     // the social media service, e.g. "X", "LINE"
	Handle            string                     `json:"handle"`                      // the account's name on the service
	Purpose           string                     `json:"purpose"`                     // what it is used for
	Responsible       string                     `json:"responsible,omitempty"`       // the person responsible (責任者)
	Announced         bool                       `json:"announced,omitzero"`          // announced on the organization's official site
	Credentials       []Credential               `json:"credentials,omitempty"`       // how its credentials are guarded
	CredentialHolders []string                   `json:"credentialHolders,omitempty"` // who holds them
	TakeoverProcedure string                     `json:"takeoverProcedure,omitempty"` // the procedure if it is taken over (乗っ取り)
	MaxPosting        asset.ConfidentialityLevel `json:"maxPosting,omitzero"`         // the highest confidentiality planned for posting
}
