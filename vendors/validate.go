package vendors

import (
	"slices"
	"strconv"
	"strings"

	"github.com/jichitai-sec/policy/asset"

	"github.com/jichitai-sec/policy/field"
	"github.com/jichitai-sec/policy/internal/enum"
	"github.com/jichitai-sec/policy/lang"
	"github.com/jichitai-sec/policy/zone"
)

// Validate reports every problem of a register, as a field.List whose
// paths are JSON Pointers under at, the path of the register itself: with
// at = "/vendors", the contract of the fourth contractor is
// "/vendors/contractors/3/contract". References are resolved against refs:
// asset ids against refs.Assets, exception ids against refs.Exceptions,
// subcontractor ids against the register's contractors. An empty list
// means the register is well formed; what it lacks by the policy's measure
// (a contract, a responsible person) is for Check.
//
// Per contractor (under "contractors/i"), in this order:
//
//   - id: missing (Required) or used by an earlier contractor (Duplicate);
//   - name, work: missing or blank (Required);
//   - assets/j: empty (Required), naming no asset (NotFound) or repeated
//     (Duplicate);
//   - systemWork/j, selection/j: unset (Required), unknown (NotSupported)
//     or repeated (Duplicate);
//   - subcontractors/j: empty (Required), naming no contractor (NotFound)
//     or repeated (Duplicate);
//   - contract: as for every contract, below;
//   - confirmation: its date (on) or method missing (Required), or an
//     unknown method (NotSupported);
//   - exception: naming no exception (NotFound).
//
// Per service (under "services/i"): id as above; name, provider and use
// missing (Required); assets/j as above; assessment and location unset
// (Required) or unknown (NotSupported); contract; exception.
//
// Per account (under "accounts/i"): id as above; service, handle and
// purpose missing (Required); credentials/j as for the closed sets above;
// credentialHolders/j blank (Required) or repeated (Duplicate); maxPosting
// not a level (NotSupported) or a level that refs.Scheme does not allow
// (Forbidden; not judged when the scheme itself is invalid, which package
// asset reports). An unset maxPosting is no problem here: Check reads it as
// the highest level.
//
// A contract's start or end missing (Required), its end before its start
// (Invalid), and its requirements/j as for the closed sets above.
//
// After the contractors, each subcontracting cycle (a contractor that is,
// through its subcontractors, its own subcontractor) is reported once
// (Invalid), at the entry of subcontractors of its lowest-indexed member
// that starts the shortest cycle through that member; the value lists the
// cycle's ids, "a → b → a". Cycles are ordered by that member's index.
//
// It is a pure function and runs in time linear in the register and refs.
func Validate(r Register, refs Refs, at field.Path) field.List {
	errs, _ := validate(&r, &refs, at)
	return errs
}

// index maps ids to positions in refs and in the register (the first
// element having each id), and holds the references of the register
// resolved to positions: entry j of contractor i's assets is
// cAssets[cAssetsOff[i]+j], -1 when it names nothing.
type index struct {
	assets, exceptions, contractors, services, accounts map[string]int32

	cAssets, cAssetsOff []int32
	cSubs, cSubsOff     []int32
	sAssets, sAssetsOff []int32
}

// span returns the entries of element i of a flattened list of references.
func span(flat, off []int32, i int) []int32 { return flat[off[i]:off[i+1]] }

func indexOf[T any](xs []T, id func(*T) string) map[string]int32 {
	m := make(map[string]int32, len(xs))
	for i := range xs {
		if k := id(&xs[i]); k != "" {
			if _, dup := m[k]; !dup {
				m[k] = int32(i)
			}
		}
	}
	return m
}

// loc locates a member of element i of the list at list, up to two levels
// deep ("contract", "requirements"). The path is built only when a problem
// is reported there, so that a sound register costs no allocation per
// element.
type loc struct {
	list  field.Path
	i     int
	names [2]string
}

func (l loc) child(name string) loc {
	if l.names[0] == "" {
		l.names[0] = name
	} else {
		l.names[1] = name
	}
	return l
}

// path returns the JSON Pointer, in one allocation (the names are this
// package's member names, which need no escaping).
func (l loc) path() field.Path {
	var num [20]byte
	i := strconv.AppendInt(num[:0], int64(l.i), 10)
	switch {
	case l.names[0] == "":
		return field.Path(string(l.list) + "/" + string(i))
	case l.names[1] == "":
		return field.Path(string(l.list) + "/" + string(i) + "/" + l.names[0])
	}
	return field.Path(string(l.list) + "/" + string(i) + "/" + l.names[0] + "/" + l.names[1])
}

// validation carries what the validators share: the problems so far, the
// index, and a stamp per referenced element to find repeats without a map
// per list.
type validation struct {
	errs      field.List
	ix        index
	assetSeen []int32
	contrSeen []int32
	stamp     int32
	scheme    asset.Scheme
	// the id checkers of the three lists
	contractorIDs, serviceIDs, accountIDs *field.IDs
}

func validate(r *Register, refs *Refs, at field.Path) (field.List, *index) {
	v := &validation{
		ix: index{
			assets:      indexOf(refs.Assets, func(a *asset.Asset) string { return a.ID }),
			exceptions:  indexOf(refs.Exceptions, func(e *zone.Exception) string { return e.ID }),
			contractors: indexOf(r.Contractors, func(c *Contractor) string { return c.ID }),
			services:    indexOf(r.Services, func(s *Service) string { return s.ID }),
			accounts:    indexOf(r.Accounts, func(a *Account) string { return a.ID }),
			cAssetsOff:  make([]int32, 1, len(r.Contractors)+1),
			cSubsOff:    make([]int32, 1, len(r.Contractors)+1),
			sAssetsOff:  make([]int32, 1, len(r.Services)+1),
		},
		assetSeen: make([]int32, len(refs.Assets)),
		contrSeen: make([]int32, len(r.Contractors)),
		scheme:    refs.Scheme,
	}
	nA, nS, nSA := 0, 0, 0
	for i := range r.Contractors {
		nA += len(r.Contractors[i].Assets)
		nS += len(r.Contractors[i].Subcontractors)
	}
	for i := range r.Services {
		nSA += len(r.Services[i].Assets)
	}
	v.ix.cAssets, v.ix.cSubs, v.ix.sAssets = make([]int32, 0, nA), make([]int32, 0, nS), make([]int32, 0, nSA)
	v.contractorIDs = field.NewIDs(at.Child("contractors"), lang.Of(wContractor.Ja, "a "+wContractor.En), len(r.Contractors))
	v.serviceIDs = field.NewIDs(at.Child("services"), lang.Of(wService.Ja, "a "+wService.En), len(r.Services))
	v.accountIDs = field.NewIDs(at.Child("accounts"), lang.Of(wAccount.Ja, "an "+wAccount.En), len(r.Accounts))
	list := at.Child("contractors")
	for i := range r.Contractors {
		v.contractor(&r.Contractors[i], loc{list: list, i: i})
	}
	v.cycles(r.Contractors, list)
	list = at.Child("services")
	for i := range r.Services {
		v.service(&r.Services[i], loc{list: list, i: i})
	}
	list = at.Child("accounts")
	for i := range r.Accounts {
		v.account(&r.Accounts[i], loc{list: list, i: i})
	}
	return v.errs, &v.ix
}

func (v *validation) add(e *field.Error) { v.errs = append(v.errs, e) }

// id reports a missing, malformed or repeated id (field.IDs).
func (v *validation) id(id string, l loc, ids *field.IDs) {
	if e := ids.Check(l.i, id); e != nil {
		v.add(e)
	}
}

func blank(s string) bool { return strings.TrimSpace(s) == "" }

// text reports a missing or blank text member.
func (v *validation) text(s string, l loc, what lang.Text) {
	if blank(s) {
		v.add(field.Required(l.path(), lang.Of(what.Ja+"が記載されていない", "states "+what.En)))
	}
}

// refs checks a list of references: none empty, each naming an element of
// ix, none repeated (seen and the stamp find repeats). It appends each
// entry's position (-1 for none) to *flat and the end of the list to *off.
func (v *validation) refs(ids []string, l loc, ix map[string]int32, seen []int32, what lang.Text, flat, off *[]int32) {
	v.stamp++
	for j, id := range ids {
		t, ok := ix[id]
		if !ok {
			t = -1
		}
		*flat = append(*flat, t)
		switch {
		case id == "":
			v.add(field.Required(l.path().Index(j), lang.Of(what.Ja+"のIDが空", "an entry names a "+what.En)))
		case !ok:
			v.add(field.NotFound(l.path().Index(j), id, lang.Of("このIDの"+what.Ja+"がない", "no "+what.En+" has this id")))
		case seen[t] == v.stamp:
			v.add(field.Duplicate(l.path().Index(j), id, lang.Of("同じ"+what.Ja+"が既に挙げられている", "this "+what.En+" is already listed")))
		default:
			seen[t] = v.stamp
		}
	}
	*off = append(*off, int32(len(*flat)))
}

// member is what the closed sets of this package provide.
type member interface {
	~uint8
	Valid() bool
	String() string
}

// members checks a list of closed-set values: none unset, none unknown,
// none repeated. all lists the set's members, for the explanation.
func members[T member](v *validation, vs []T, l loc, all func() []T, what lang.Text) {
	var seen enum.Set[T]
	for j, x := range vs {
		switch {
		case x == 0:
			v.add(field.Required(l.path().Index(j), lang.Of(what.Ja+"が未設定", "an entry names a "+what.En)))
		case !x.Valid():
			v.add(field.NotSupported(l.path().Index(j), x, all()))
		case seen.Has(x):
			v.add(field.Duplicate(l.path().Index(j), x.String(), lang.Of("同じ"+what.Ja+"が既に挙げられている", "this "+what.En+" is already listed")))
		default:
			seen = seen.With(x)
		}
	}
}

// one checks a single closed-set value that must be set.
func one[T member](v *validation, x T, l loc, all func() []T, what lang.Text) {
	switch {
	case x == 0:
		v.add(field.Required(l.path(), lang.Of(what.Ja+"が未設定", "states "+what.En)))
	case !x.Valid():
		v.add(field.NotSupported(l.path(), x, all()))
	}
}

// exception reports a reference to an exception that does not exist.
func (v *validation) exception(id string, l loc) {
	if _, ok := v.ix.exceptions[id]; id != "" && !ok {
		v.add(field.NotFound(l.path(), id, lang.Of("このIDの例外措置がない", "no exception has this id")))
	}
}

// The words of the problems' explanations.
var (
	wContractor    = lang.Of("委託事業者", "contractor")
	wName          = lang.Of("名称", "its name")
	wWork          = lang.Of("委託する業務", "the work outsourced")
	wAsset         = lang.Of("情報資産", "asset")
	wSystemWork    = lang.Of("情報システムに関する業務の種別", "kind of system work")
	wCriterion     = lang.Of("選定基準", "selection criterion")
	wRequirement   = lang.Of("情報セキュリティ要件", "security requirement")
	wMethod        = lang.Of("確認方法", "the method of confirmation")
	wService       = lang.Of("外部サービス", "service")
	wProvider      = lang.Of("提供事業者", "its provider")
	wUse           = lang.Of("利用目的", "what it is used for")
	wAssessment    = lang.Of("ISMAP等の評価", "its assessment (ismap, ismap-liu or none)")
	wLocation      = lang.Of("データの保存場所", "where its data is kept")
	wAccount       = lang.Of("アカウント", "account")
	wSocialService = lang.Of("ソーシャルメディアサービス", "its social media service")
	wHandle        = lang.Of("アカウント名", "its handle")
	wPurpose       = lang.Of("利用目的", "its purpose")
	wCredential    = lang.Of("認証情報の管理方法", "way of guarding credentials")
	wHolder        = lang.Of("認証情報の管理者", "holder of the credentials")
)

func (v *validation) contractor(c *Contractor, l loc) {
	v.id(c.ID, l, v.contractorIDs)
	v.text(c.Name, l.child("name"), wName)
	v.text(c.Work, l.child("work"), wWork)
	v.refs(c.Assets, l.child("assets"), v.ix.assets, v.assetSeen, wAsset, &v.ix.cAssets, &v.ix.cAssetsOff)
	members(v, c.SystemWork, l.child("systemWork"), SystemWorks, wSystemWork)
	members(v, c.Selection, l.child("selection"), Criteria, wCriterion)
	v.refs(c.Subcontractors, l.child("subcontractors"), v.ix.contractors, v.contrSeen, wContractor, &v.ix.cSubs, &v.ix.cSubsOff)
	if c.Contract != nil {
		v.contract(c.Contract, l.child("contract"))
	}
	if f := c.Confirmation; f != nil {
		cl := l.child("confirmation")
		if f.On.IsZero() {
			v.add(field.Required(cl.child("on").path(), lang.Of("確認した日が記載されていない", "states the day of the confirmation")))
		}
		one(v, f.Method, cl.child("method"), Methods, wMethod)
	}
	v.exception(c.Exception, l.child("exception"))
}

func (v *validation) contract(c *Contract, l loc) {
	if c.Start.IsZero() {
		v.add(field.Required(l.child("start").path(), lang.Of("契約の開始日が記載されていない", "states the first day of the contract")))
	}
	switch {
	case c.End.IsZero():
		v.add(field.Required(l.child("end").path(), lang.Of("契約の終了日が記載されていない", "states the last day of the contract")))
	case !c.Start.IsZero() && c.End.Before(c.Start):
		v.add(field.Invalid(l.child("end").path(), c.End.String(), lang.Of("契約の終了日が開始日より前", "the contract ends before it starts")))
	}
	members(v, c.Requirements, l.child("requirements"), Requirements, wRequirement)
}

func (v *validation) service(s *Service, l loc) {
	v.id(s.ID, l, v.serviceIDs)
	v.text(s.Name, l.child("name"), wName)
	v.text(s.Provider, l.child("provider"), wProvider)
	v.text(s.Use, l.child("use"), wUse)
	v.refs(s.Assets, l.child("assets"), v.ix.assets, v.assetSeen, wAsset, &v.ix.sAssets, &v.ix.sAssetsOff)
	one(v, s.Assessment, l.child("assessment"), Assessments, wAssessment)
	one(v, s.Location, l.child("location"), Locations, wLocation)
	if s.Contract != nil {
		v.contract(s.Contract, l.child("contract"))
	}
	v.exception(s.Exception, l.child("exception"))
}

func (v *validation) account(a *Account, l loc) {
	v.id(a.ID, l, v.accountIDs)
	v.text(a.Service, l.child("service"), wSocialService)
	v.text(a.Handle, l.child("handle"), wHandle)
	v.text(a.Purpose, l.child("purpose"), wPurpose)
	members(v, a.Credentials, l.child("credentials"), Credentials, wCredential)
	for j, h := range a.CredentialHolders {
		switch {
		case blank(h):
			v.add(field.Required(l.child("credentialHolders").path().Index(j), lang.Of(wHolder.Ja+"が空", "an entry names a "+wHolder.En)))
		case slices.Contains(a.CredentialHolders[:j], h):
			v.add(field.Duplicate(l.child("credentialHolders").path().Index(j), h, lang.Of("同じ"+wHolder.Ja+"が既に挙げられている", "this "+wHolder.En+" is already listed")))
		}
	}
	switch m := a.MaxPosting; {
	case m == 0:
	case !m.Valid():
		v.add(field.NotSupported(l.child("maxPosting").path(), m, asset.ConfidentialityLevels()))
	case v.scheme.Valid() && !v.scheme.Confidentiality().Allows(m):
		v.add(field.Forbidden(l.child("maxPosting").path(), m.String(), lang.Of(
			"分類体系（"+v.scheme.Ja()+"）にない機密性の格付",
			"a confidentiality level the scheme ("+v.scheme.String()+") does not have")))
	}
}

// cycles reports each subcontracting cycle once, at the entry of
// subcontractors of its lowest-indexed member that starts the shortest
// cycle through that member, ordered by that member's index.
func (v *validation) cycles(cs []Contractor, list field.Path) {
	n := len(cs)
	subs := func(u int32) []int32 { return span(v.ix.cSubs, v.ix.cSubsOff, int(u)) }
	succ := func(u int32, k int) (int32, bool) {
		if s := subs(u); k < len(s) {
			return s[k], true
		}
		return 0, false
	}
	var comp []int32 // comp[u]: 1 + the lowest member of u's cycle, 0 outside cycles
	var lowest []int32
	s := newSCCs(n)
	for u := range int32(n) {
		s.run(u, succ, func(ms []int32) {
			if len(ms) == 1 && !slices.Contains(subs(ms[0]), ms[0]) {
				return
			}
			if comp == nil {
				comp = make([]int32, n)
			}
			low := slices.Min(ms)
			for _, m := range ms {
				comp[m] = low + 1
			}
			lowest = append(lowest, low)
		})
	}
	if len(lowest) == 0 {
		return
	}
	slices.Sort(lowest)
	parent := make([]int32, n) // BFS tree: the node u was reached from, -1 for none
	for i := range parent {
		parent[i] = -1
	}
	entry := make([]int32, n) // for a node reached straight from the start: the entry of its subcontractors
	for _, low := range lowest {
		path, j := shortestCycle(subs, low, comp, parent, entry)
		ids := make([]string, len(path))
		for k, u := range path {
			ids[k] = cs[u].ID
		}
		v.add(field.Invalid(list.Index(int(low)).Child("subcontractors").Index(j), strings.Join(ids, " → "),
			lang.Of("再委託が循環している", "subcontracting forms a cycle")))
	}
}

// shortestCycle finds, by breadth-first search within the cycle's members
// (comp), the shortest cycle from start back to it, and returns its nodes
// (start first and last) and the entry of start's subcontractors that
// begins it. parent and entry are scratch space of one slot per
// contractor; parent is left all -1 again.
func shortestCycle(subs func(int32) []int32, start int32, comp, parent, entry []int32) ([]int32, int) {
	queue := []int32{start}
	var touched []int32
	end, endEntry := int32(-1), -1
search:
	for len(queue) > 0 {
		u := queue[0]
		queue = queue[1:]
		for j, w := range subs(u) {
			if w < 0 || comp[w] != comp[start] {
				continue
			}
			if w == start {
				end, endEntry = u, j
				break search
			}
			if parent[w] >= 0 {
				continue
			}
			parent[w] = u
			touched = append(touched, w)
			if u == start {
				entry[w] = int32(j)
			}
			queue = append(queue, w)
		}
	}
	// Walk back from the last node to start.
	path := []int32{start}
	first := endEntry // a self-loop: the cycle is that one entry
	for u := end; u != start; u = parent[u] {
		path = append(path, u)
		first = int(entry[u])
	}
	slices.Reverse(path[1:])
	path = append(path, start)
	for _, w := range touched {
		parent[w] = -1
	}
	return path, first
}
