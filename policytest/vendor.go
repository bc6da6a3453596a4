package policytest

import (
	"fmt"
	"slices"
	"strings"

	"github.com/jichitai-sec/policy/asset"
	"github.com/jichitai-sec/policy/date"
	"github.com/jichitai-sec/policy/field"
	"github.com/jichitai-sec/policy/vendors"
	"pgregory.net/rapid"
)

// Requirement generates a contract requirement.
func Requirement() *rapid.Generator[vendors.Requirement] {
	return rapid.SampledFrom(vendors.Requirements())
}

// RawRequirement generates any vendors.Requirement value, the unset zero
// and out-of-range values included.
func RawRequirement() *rapid.Generator[vendors.Requirement] { return raw(vendors.Requirements()) }

// SystemWork generates a kind of work on an information system (8.2).
func SystemWork() *rapid.Generator[vendors.SystemWork] {
	return rapid.SampledFrom(vendors.SystemWorks())
}

// Criterion generates a selection criterion.
func Criterion() *rapid.Generator[vendors.Criterion] { return rapid.SampledFrom(vendors.Criteria()) }

// ConfirmationMethod generates a method of confirming a contractor's
// measures.
func ConfirmationMethod() *rapid.Generator[vendors.Method] {
	return rapid.SampledFrom(vendors.Methods())
}

// Assessment generates an external service's assessment (none included).
func Assessment() *rapid.Generator[vendors.Assessment] {
	return rapid.SampledFrom(vendors.Assessments())
}

// DataLocation generates where an external service keeps its data.
func DataLocation() *rapid.Generator[vendors.Location] { return rapid.SampledFrom(vendors.Locations()) }

// Credential generates a way of guarding a social media account's
// credentials (the weak shared password included).
func Credential() *rapid.Generator[vendors.Credential] {
	return rapid.SampledFrom(vendors.Credentials())
}

// distinct draws up to max distinct members of a closed set, in the order
// of the set, as nil when there are none.
func distinct[T ~uint8](t *rapid.T, label string, all []T, maxN int) []T {
	picked := rapid.SliceOfNDistinct(rapid.SampledFrom(all), 0, min(maxN, len(all)), rapid.ID[T]).Draw(t, label)
	if len(picked) == 0 {
		return nil
	}
	slices.Sort(picked)
	return picked
}

// Contract generates a valid contract whose term lies around asOf (which
// must be set): in force on asOf, ended before it or starting after it,
// stating any set of distinct requirements.
func Contract(asOf date.Date) *rapid.Generator[vendors.Contract] {
	mustDate(asOf)
	return rapid.Custom(func(t *rapid.T) vendors.Contract {
		start := addDays(asOf, rapid.IntRange(-900, 60).Draw(t, "start"))
		return vendors.Contract{
			Start:        start,
			End:          addDays(start, rapid.IntRange(0, 1100).Draw(t, "length")),
			Requirements: distinct(t, "requirements", vendors.Requirements(), len(vendors.Requirements())),
		}
	})
}

// ContractInForce generates a contract in force on asOf (which must be
// set) that states every requirement of the library's reading: it never
// gives RuleMissingRequirements or a contract-term finding.
func ContractInForce(asOf date.Date) *rapid.Generator[vendors.Contract] {
	mustDate(asOf)
	return rapid.Custom(func(t *rapid.T) vendors.Contract {
		return vendors.Contract{
			Start:        addDays(asOf, -rapid.IntRange(0, 700).Draw(t, "since")),
			End:          addDays(asOf, rapid.IntRange(0, 700).Draw(t, "until")),
			Requirements: vendors.Requirements(),
		}
	})
}

func mustDate(d date.Date) {
	if d.IsZero() {
		panic("policytest: the as-of date of a vendor generator must be set")
	}
}

// ids returns the ids of the assets of refs, and of its exceptions.
func refIDs(refs vendors.Refs) (assets, exceptions []string) {
	for _, a := range refs.Assets {
		if a.ID != "" && !slices.Contains(assets, a.ID) {
			assets = append(assets, a.ID)
		}
	}
	for _, e := range refs.Exceptions {
		if e.ID != "" && !slices.Contains(exceptions, e.ID) {
			exceptions = append(exceptions, e.ID)
		}
	}
	return assets, exceptions
}

// pickIDs draws up to maxN distinct ids of pool, as nil when there are none.
func pickIDs(t *rapid.T, label string, pool []string, maxN int) []string {
	if len(pool) == 0 {
		return nil
	}
	picked := rapid.SliceOfNDistinct(rapid.SampledFrom(pool), 0, min(maxN, len(pool)), rapid.ID[string]).Draw(t, label)
	if len(picked) == 0 {
		return nil
	}
	return picked
}

// exceptionRef draws an exception id of pool, or none.
func exceptionRef(t *rapid.T, pool []string) string {
	if len(pool) == 0 || rapid.IntRange(0, 2).Draw(t, "noException") == 0 {
		return ""
	}
	return rapid.SampledFrom(pool).Draw(t, "exception")
}

// Contractors generates up to maxN contractors that vendors.Validate
// accepts against refs: unique ids "c0", "c1", …; assets and exceptions
// named only among those of refs; subcontractors among the list without a
// cycle (each contractor subcontracts only to contractors after it in a
// random order). Contracts (Contract around asOf, which must be set) and
// confirmations are sometimes missing, so that Check finds gaps.
func Contractors(refs vendors.Refs, asOf date.Date, maxN int) *rapid.Generator[[]vendors.Contractor] {
	return contractors(refs, asOf, 0, maxN)
}

func contractors(refs vendors.Refs, asOf date.Date, minN, maxN int) *rapid.Generator[[]vendors.Contractor] {
	mustDate(asOf)
	assetIDs, exIDs := refIDs(refs)
	return rapid.Custom(func(t *rapid.T) []vendors.Contractor {
		n := rapid.IntRange(minN, max(minN, maxN)).Draw(t, "contractors")
		if n == 0 {
			return nil // as JSON reads an empty list back
		}
		out := make([]vendors.Contractor, n)
		for i := range out {
			c := vendors.Contractor{
				ID:         fmt.Sprintf("c%d", i),
				Name:       "委託先 " + fmt.Sprint(i),
				Work:       rapid.SampledFrom([]string{"システム保守", "データ入力", "印刷・封入", "窓口受付"}).Draw(t, "work"),
				Assets:     pickIDs(t, "assets", assetIDs, 3),
				SystemWork: distinct(t, "systemWork", vendors.SystemWorks(), 2),
				Selection:  distinct(t, "selection", vendors.Criteria(), 3),
				Exception:  exceptionRef(t, exIDs),
			}
			switch rapid.IntRange(0, 4).Draw(t, "contract") {
			case 0:
			case 1, 2:
				k := ContractInForce(asOf).Draw(t, "complete")
				c.Contract = &k
			default:
				k := Contract(asOf).Draw(t, "any")
				c.Contract = &k
			}
			if rapid.IntRange(0, 3).Draw(t, "confirmed") > 0 {
				c.Confirmation = &vendors.Confirmation{
					On:     addDays(asOf, -rapid.IntRange(-10, 900).Draw(t, "confirmedAgo")),
					Method: ConfirmationMethod().Draw(t, "method"),
					Found:  rapid.SampledFrom([]string{"", "指摘なし", "改善を要する点あり"}).Draw(t, "found"),
				}
			}
			out[i] = c
		}
		// order[k] subcontracts only to contractors at later positions.
		order := rapid.Permutation(seq(n)).Draw(t, "order")
		for k, i := range order {
			later := order[k+1:]
			if len(later) == 0 {
				continue
			}
			picked := rapid.SliceOfNDistinct(rapid.SampledFrom(later), 0, min(2, len(later)), rapid.ID[int]).Draw(t, "subcontractors")
			for _, j := range picked {
				out[i].Subcontractors = append(out[i].Subcontractors, out[j].ID)
			}
		}
		return out
	})
}

// Services generates up to maxN external services that vendors.Validate
// accepts against refs: unique ids "s0", "s1", …, assets and exceptions
// named only among those of refs, contracts (Contract around asOf, which
// must be set) sometimes missing.
func Services(refs vendors.Refs, asOf date.Date, maxN int) *rapid.Generator[[]vendors.Service] {
	return services(refs, asOf, 0, maxN)
}

func services(refs vendors.Refs, asOf date.Date, minN, maxN int) *rapid.Generator[[]vendors.Service] {
	mustDate(asOf)
	assetIDs, exIDs := refIDs(refs)
	return rapid.Custom(func(t *rapid.T) []vendors.Service {
		n := rapid.IntRange(minN, max(minN, maxN)).Draw(t, "services")
		if n == 0 {
			return nil // as JSON reads an empty list back
		}
		out := make([]vendors.Service, n)
		for i := range out {
			s := vendors.Service{
				ID:         fmt.Sprintf("s%d", i),
				Name:       rapid.SampledFrom([]string{"電子申請", "ファイル共有", "Web会議", "メール配信"}).Draw(t, "name"),
				Provider:   "提供事業者 " + fmt.Sprint(i),
				Use:        "業務での利用",
				Assets:     pickIDs(t, "assets", assetIDs, 3),
				Assessment: Assessment().Draw(t, "assessment"),
				Location:   DataLocation().Draw(t, "location"),
				Exception:  exceptionRef(t, exIDs),
			}
			if rapid.IntRange(0, 3).Draw(t, "contract") > 0 {
				k := Contract(asOf).Draw(t, "term")
				s.Contract = &k
			}
			out[i] = s
		}
		return out
	})
}

// Accounts generates up to maxN social media accounts that
// vendors.Validate accepts under scheme s (which must be valid): unique
// ids "a0", "a1", …, a few services shared by several accounts, and
// responsible persons, announcements, credentials, holders, takeover
// procedures and planned posting levels (of s, or unset) each sometimes
// missing.
func Accounts(s asset.Scheme, maxN int) *rapid.Generator[[]vendors.Account] {
	return accounts(s, 0, maxN)
}

func accounts(s asset.Scheme, minN, maxN int) *rapid.Generator[[]vendors.Account] {
	mustScheme(s)
	return rapid.Custom(func(t *rapid.T) []vendors.Account {
		n := rapid.IntRange(minN, max(minN, maxN)).Draw(t, "accounts")
		if n == 0 {
			return nil // as JSON reads an empty list back
		}
		out := make([]vendors.Account, n)
		for i := range out {
			a := vendors.Account{
				ID:                fmt.Sprintf("a%d", i),
				Service:           rapid.SampledFrom([]string{"X", "LINE", "Instagram", "YouTube"}).Draw(t, "service"),
				Handle:            fmt.Sprintf("@city_%d", i),
				Purpose:           "お知らせの発信",
				Responsible:       rapid.SampledFrom([]string{"", "広報課長", "防災課長"}).Draw(t, "responsible"),
				Announced:         rapid.Bool().Draw(t, "announced"),
				Credentials:       distinct(t, "credentials", vendors.Credentials(), 3),
				CredentialHolders: pickIDs(t, "holders", []string{"広報係長", "広報担当A", "防災係長"}, 2),
				TakeoverProcedure: rapid.SampledFrom([]string{"", "SNS運用手順書 第5章"}).Draw(t, "takeover"),
			}
			if rapid.IntRange(0, 4).Draw(t, "levelSet") > 0 {
				a.MaxPosting = ConfidentialityLevel(s).Draw(t, "maxPosting")
			}
			out[i] = a
		}
		return out
	})
}

// Register generates a register that vendors.Validate accepts against
// refs (whose scheme must be valid), with up to maxEach contractors,
// services and accounts, as Contractors, Services and Accounts generate
// them around asOf (which must be set).
func Register(refs vendors.Refs, asOf date.Date, maxEach int) *rapid.Generator[vendors.Register] {
	mustScheme(refs.Scheme)
	return rapid.Custom(func(t *rapid.T) vendors.Register {
		return vendors.Register{
			Contractors: Contractors(refs, asOf, maxEach).Draw(t, "contractors"),
			Services:    Services(refs, asOf, maxEach).Draw(t, "services"),
			Accounts:    Accounts(refs.Scheme, maxEach).Draw(t, "accounts"),
		}
	})
}

// SeededRegister is a register with problems seeded on purpose, and the
// problems: vendors.Validate, given the refs and base path the register was
// generated for, must report exactly these (path and kind), in any order.
type SeededRegister struct {
	Register vendors.Register
	Problems []Problem
}

// InvalidRegister generates a register as Register does (with at least one
// contractor, service and account), with one to several problems seeded on
// purpose, each in a different element so that they do not mask one
// another: a missing or repeated contractor id; a blank name, work,
// provider, use or handle; an empty, dangling or repeated reference to an
// asset; a dangling reference to a subcontractor or an exception; an unset
// or unknown closed-set value (system work, criterion, requirement, method
// of confirmation, assessment, location, credential) or a repeated
// requirement; a contract without a start, or ending before it starts; a
// confirmation without a date; a blank or repeated holder of credentials;
// a planned posting level that is no level, or one the scheme does not
// allow; and a subcontracting cycle of one to three contractors.
// The Problems list what Validate must report, as JSON Pointers under at.
func InvalidRegister(refs vendors.Refs, asOf date.Date, at field.Path, maxEach int) *rapid.Generator[SeededRegister] {
	mustScheme(refs.Scheme)
	mustDate(asOf)
	return rapid.Custom(func(t *rapid.T) SeededRegister {
		r := vendors.Register{
			Contractors: contractors(refs, asOf, 1, maxEach).Draw(t, "contractors"),
			Services:    services(refs, asOf, 1, maxEach).Draw(t, "services"),
			Accounts:    accounts(refs.Scheme, 1, maxEach).Draw(t, "accounts"),
		}
		st := &vseeding{refs: refs, at: at, r: &r,
			usedC: make([]bool, len(r.Contractors)), usedS: make([]bool, len(r.Services)), usedA: make([]bool, len(r.Accounts))}
		if rapid.IntRange(0, 3).Draw(t, "cycle") == 0 {
			st.cycle(t)
		}
		want := rapid.IntRange(1, 6).Draw(t, "problems")
		for tries := 0; len(st.problems) < want && tries < 4*want; tries++ {
			m := rapid.SampledFrom(vendorMutations).Draw(t, "mutation")
			m(t, st)
		}
		if len(st.problems) == 0 { // always possible: accounts are never referenced
			st.blankAccountHandle(t)
		}
		slices.SortFunc(st.problems, func(a, b Problem) int { return strings.Compare(a.String(), b.String()) })
		return SeededRegister{Register: r, Problems: st.problems}
	})
}

type vseeding struct {
	refs                vendors.Refs
	at                  field.Path
	r                   *vendors.Register
	usedC, usedS, usedA []bool
	problems            []Problem
}

func (st *vseeding) add(p field.Path, k field.Kind) { st.problems = append(st.problems, Problem{p, k}) }

func (st *vseeding) cpath(i int) field.Path { return st.at.Child("contractors").Index(i) }
func (st *vseeding) spath(i int) field.Path { return st.at.Child("services").Index(i) }
func (st *vseeding) apath(i int) field.Path { return st.at.Child("accounts").Index(i) }

// pickFrom chooses an unused element satisfying ok, marks it used and
// returns it, or -1.
func pickFrom(t *rapid.T, used []bool, ok func(i int) bool) int {
	var cands []int
	for i := range used {
		if !used[i] && (ok == nil || ok(i)) {
			cands = append(cands, i)
		}
	}
	if len(cands) == 0 {
		return -1
	}
	i := rapid.SampledFrom(cands).Draw(t, "element")
	used[i] = true
	return i
}

// referenced reports whether some contractor names contractor i as a
// subcontractor.
func (st *vseeding) referenced(i int) bool {
	id := st.r.Contractors[i].ID
	for _, c := range st.r.Contractors {
		if slices.Contains(c.Subcontractors, id) {
			return true
		}
	}
	return false
}

// cycle makes one to three unused contractors subcontract only to the next
// of them in turn: no other cycle can form, since they name no one else.
// Validate reports it at the first entry of its lowest-indexed member.
func (st *vseeding) cycle(t *rapid.T) {
	n := len(st.r.Contractors)
	l := rapid.IntRange(1, min(3, n)).Draw(t, "cycleLength")
	var ms []int
	for range l {
		ms = append(ms, pickFrom(t, st.usedC, nil))
	}
	for k, i := range ms {
		st.r.Contractors[i].Subcontractors = []string{st.r.Contractors[ms[(k+1)%l]].ID}
	}
	st.add(st.cpath(slices.Min(ms)).Child("subcontractors").Index(0), field.KindInvalid)
}

func (st *vseeding) blankAccountHandle(t *rapid.T) {
	if i := pickFrom(t, st.usedA, nil); i >= 0 {
		st.r.Accounts[i].Handle = rapid.SampledFrom([]string{"", " ", "\t"}).Draw(t, "blank")
		st.add(st.apath(i).Child("handle"), field.KindRequired)
	}
}

// foreign is a value of a closed set of up to 63 members that is no
// member.
func foreign[T ~uint8](t *rapid.T) T { return T(rapid.Uint8Range(64, 255).Draw(t, "unknown")) }

func (st *vseeding) contractor(t *rapid.T, ok func(i int) bool, mutate func(c *vendors.Contractor, p field.Path)) {
	if i := pickFrom(t, st.usedC, ok); i >= 0 {
		mutate(&st.r.Contractors[i], st.cpath(i))
	}
}

func (st *vseeding) service(t *rapid.T, mutate func(s *vendors.Service, p field.Path)) {
	if i := pickFrom(t, st.usedS, nil); i >= 0 {
		mutate(&st.r.Services[i], st.spath(i))
	}
}

func (st *vseeding) account(t *rapid.T, mutate func(a *vendors.Account, p field.Path)) {
	if i := pickFrom(t, st.usedA, nil); i >= 0 {
		mutate(&st.r.Accounts[i], st.apath(i))
	}
}

var vendorMutations = []func(*rapid.T, *vseeding){
	func(t *rapid.T, st *vseeding) { st.blankAccountHandle(t) },
	func(t *rapid.T, st *vseeding) { // missing id, on a contractor nobody subcontracts to
		st.contractor(t, func(i int) bool { return !st.referenced(i) }, func(c *vendors.Contractor, p field.Path) {
			c.ID = ""
			st.add(p.Child("id"), field.KindRequired)
		})
	},
	func(t *rapid.T, st *vseeding) { // repeated id: a later unreferenced contractor takes an earlier one's id
		j := pickFrom(t, st.usedC, func(j int) bool { return j > 0 && !st.referenced(j) })
		if j < 0 {
			return
		}
		i := pickFrom(t, st.usedC[:j], nil)
		if i < 0 {
			st.usedC[j] = false
			return
		}
		st.r.Contractors[j].ID = st.r.Contractors[i].ID
		st.add(st.cpath(j).Child("id"), field.KindDuplicate)
	},
	func(t *rapid.T, st *vseeding) { // blank name or work
		st.contractor(t, nil, func(c *vendors.Contractor, p field.Path) {
			if rapid.Bool().Draw(t, "name") {
				c.Name = " "
				st.add(p.Child("name"), field.KindRequired)
			} else {
				c.Work = ""
				st.add(p.Child("work"), field.KindRequired)
			}
		})
	},
	func(t *rapid.T, st *vseeding) { // an asset reference: empty or dangling
		st.contractor(t, nil, func(c *vendors.Contractor, p field.Path) {
			j := len(c.Assets)
			if rapid.Bool().Draw(t, "empty") {
				c.Assets = append(c.Assets, "")
				st.add(p.Child("assets").Index(j), field.KindRequired)
			} else {
				c.Assets = append(c.Assets, "no-such-asset")
				st.add(p.Child("assets").Index(j), field.KindNotFound)
			}
		})
	},
	func(t *rapid.T, st *vseeding) { // a repeated asset reference
		st.contractor(t, func(i int) bool { return len(st.r.Contractors[i].Assets) > 0 }, func(c *vendors.Contractor, p field.Path) {
			c.Assets = append(c.Assets, c.Assets[0])
			st.add(p.Child("assets").Index(len(c.Assets)-1), field.KindDuplicate)
		})
	},
	func(t *rapid.T, st *vseeding) { // system work or criterion: unset or unknown
		st.contractor(t, nil, func(c *vendors.Contractor, p field.Path) {
			if rapid.Bool().Draw(t, "systemWork") {
				c.SystemWork = append(c.SystemWork, foreign[vendors.SystemWork](t))
				st.add(p.Child("systemWork").Index(len(c.SystemWork)-1), field.KindNotSupported)
			} else {
				c.Selection = append(c.Selection, 0)
				st.add(p.Child("selection").Index(len(c.Selection)-1), field.KindRequired)
			}
		})
	},
	func(t *rapid.T, st *vseeding) { // a dangling subcontractor
		st.contractor(t, nil, func(c *vendors.Contractor, p field.Path) {
			c.Subcontractors = append(c.Subcontractors, "no-such-contractor")
			st.add(p.Child("subcontractors").Index(len(c.Subcontractors)-1), field.KindNotFound)
		})
	},
	func(t *rapid.T, st *vseeding) { // a contract ending before it starts, or without a start
		st.contractor(t, nil, func(c *vendors.Contractor, p field.Path) {
			k := vendors.Contract{Start: date.MustParse("2026-04-01"), End: date.MustParse("2027-03-31")}
			if c.Contract != nil {
				k = *c.Contract
			}
			if rapid.Bool().Draw(t, "noStart") {
				k.Start = date.Date{}
				st.add(p.Child("contract").Child("start"), field.KindRequired)
			} else {
				k.End = addDays(k.Start, -rapid.IntRange(1, 30).Draw(t, "before"))
				st.add(p.Child("contract").Child("end"), field.KindInvalid)
			}
			c.Contract = &k
		})
	},
	func(t *rapid.T, st *vseeding) { // a requirement: unknown or repeated
		st.contractor(t, func(i int) bool { return st.r.Contractors[i].Contract != nil }, func(c *vendors.Contractor, p field.Path) {
			k := *c.Contract
			k.Requirements = slices.Clone(k.Requirements)
			if len(k.Requirements) > 0 && rapid.Bool().Draw(t, "repeat") {
				k.Requirements = append(k.Requirements, k.Requirements[0])
				st.add(p.Child("contract").Child("requirements").Index(len(k.Requirements)-1), field.KindDuplicate)
			} else {
				k.Requirements = append(k.Requirements, foreign[vendors.Requirement](t))
				st.add(p.Child("contract").Child("requirements").Index(len(k.Requirements)-1), field.KindNotSupported)
			}
			c.Contract = &k
		})
	},
	func(t *rapid.T, st *vseeding) { // a confirmation without a date, or with an unknown method
		st.contractor(t, nil, func(c *vendors.Contractor, p field.Path) {
			f := vendors.Confirmation{On: date.MustParse("2026-01-15"), Method: vendors.MethodReport}
			if rapid.Bool().Draw(t, "noDate") {
				f.On = date.Date{}
				st.add(p.Child("confirmation").Child("on"), field.KindRequired)
			} else {
				f.Method = foreign[vendors.Method](t)
				st.add(p.Child("confirmation").Child("method"), field.KindNotSupported)
			}
			c.Confirmation = &f
		})
	},
	func(t *rapid.T, st *vseeding) { // a dangling exception
		st.contractor(t, nil, func(c *vendors.Contractor, p field.Path) {
			c.Exception = "EX-none"
			st.add(p.Child("exception"), field.KindNotFound)
		})
	},
	func(t *rapid.T, st *vseeding) { // a service: blank member, unset assessment, unknown location, dangling reference
		st.service(t, func(s *vendors.Service, p field.Path) {
			switch rapid.IntRange(0, 5).Draw(t, "what") {
			case 0:
				s.Provider = ""
				st.add(p.Child("provider"), field.KindRequired)
			case 1:
				s.Use = " "
				st.add(p.Child("use"), field.KindRequired)
			case 2:
				s.Assessment = 0
				st.add(p.Child("assessment"), field.KindRequired)
			case 3:
				s.Location = foreign[vendors.Location](t)
				st.add(p.Child("location"), field.KindNotSupported)
			case 4:
				s.Assets = append(s.Assets, "no-such-asset")
				st.add(p.Child("assets").Index(len(s.Assets)-1), field.KindNotFound)
			default:
				s.Exception = "EX-none"
				st.add(p.Child("exception"), field.KindNotFound)
			}
		})
	},
	func(t *rapid.T, st *vseeding) { // an account: credentials, holders, posting level
		st.account(t, func(a *vendors.Account, p field.Path) {
			switch rapid.IntRange(0, 4).Draw(t, "what") {
			case 0:
				a.Credentials = append(slices.Clone(a.Credentials), foreign[vendors.Credential](t))
				st.add(p.Child("credentials").Index(len(a.Credentials)-1), field.KindNotSupported)
			case 1:
				a.CredentialHolders = append(slices.Clone(a.CredentialHolders), "")
				st.add(p.Child("credentialHolders").Index(len(a.CredentialHolders)-1), field.KindRequired)
			case 2:
				a.CredentialHolders = append(slices.Clone(a.CredentialHolders), "広報係長", "広報係長")
				st.add(p.Child("credentialHolders").Index(len(a.CredentialHolders)-1), field.KindDuplicate)
				if len(a.CredentialHolders) > 2 && slices.Contains(a.CredentialHolders[:len(a.CredentialHolders)-2], "広報係長") {
					st.add(p.Child("credentialHolders").Index(len(a.CredentialHolders)-2), field.KindDuplicate)
				}
			case 3:
				a.MaxPosting = asset.ConfidentialityLevel(rapid.Uint8Range(100, 255).Draw(t, "level"))
				st.add(p.Child("maxPosting"), field.KindNotSupported)
			default:
				a.MaxPosting = rapid.SampledFrom(foreignConfidentiality(st.refs.Scheme)).Draw(t, "foreign")
				st.add(p.Child("maxPosting"), field.KindForbidden)
			}
		})
	},
}
