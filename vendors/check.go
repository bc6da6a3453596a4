package vendors

import (
	"slices"
	"strconv"
	"strings"

	"github.com/jichitai-sec/policy/date"
	"github.com/jichitai-sec/policy/field"
	"github.com/jichitai-sec/policy/finding"
	"github.com/jichitai-sec/policy/lang"
	"github.com/jichitai-sec/policy/zone"
)

// Options are the organization's settings that Check reads.
type Options struct {
	// ConfirmEveryMonths is the interval, in months, within which the
	// organization confirms each contractor's measures. Zero or less means
	// no interval is set: staleness is not judged (a contractor never
	// confirmed is still reported, by RuleNoConfirmation).
	ConfirmEveryMonths int
	// Raise gives rules a graver severity than their default, as the
	// organization's document may (e.g. RuleCloudUnassessed as an error,
	// where a document chooses to require assessed services). A severity
	// that is not graver than the default, or not valid, is ignored: a
	// document raises severities, it does not lower them.
	Raise map[Rule]finding.Severity
}

// Check applies the rules to a register on asOf and returns the policy gaps
// it finds, each a finding.Finding citing 6(8), at a JSON Pointer under at
// (the register's path, as for Validate), naming the contractor, service or
// account concerned first among its ids.
//
// Check first runs Validate and fails closed: a register with problems
// gets no findings and the field.List as the error, never a verdict on
// vendors it cannot tell apart or references it cannot follow.
//
// What a vendor handles is the assets it names and everything they
// contain, directly or through other assets (a system and the information
// it processes), read in refs.Scheme: a level that is unclassified, or one
// the scheme does not allow, is read as confidentiality band 3, and an
// asset that is, or contains, information of My Number work makes the
// vendor handle it (fail closed). When refs.Scheme is not valid, every
// level is read as band 3. The assets should be valid for asset.Validate;
// on a register of assets with repeated ids the first is used.
//
// The rules, per contractor (8.1, 8.2):
//
//   - RuleNoSelection: no selection criterion is recorded (at selection);
//   - RuleNoContract: no contract (at contract);
//   - RuleMissingRequirements: the contract does not state every
//     requirement that Required gives for the highest band handled (band 1
//     at least: the baseline of every outsourcing) and for work of 8.2
//     when SystemWork is not empty (at contract/requirements; the ids name
//     the asset of that band, if any);
//   - RuleContractNotInForce: the contractor handles assets and its
//     contract is not in force on asOf (at contract/end, or contract/start
//     when it has not started);
//   - RuleNoConfirmation: no confirmation, or one dated after asOf (at
//     confirmation);
//   - RuleConfirmationStale: the last confirmation is more than
//     o.ConfirmEveryMonths months before asOf (at confirmation/on);
//   - RuleSubcontractorRequirements: a subcontractor that handles assets
//     is bound by what its principal is bound by: for each principal, the
//     requirements that Required gives for the principal (its band and
//     its work) and that the subcontractor's contract does not state (at
//     the subcontractor's contract/requirements; ids: the subcontractor,
//     then the principal). The reading takes what the principal's
//     outsourcing calls for, not the items its contract happens to state,
//     so that stating more in one contract never makes a gap in another.
//     A subcontractor without a contract is left to RuleNoContract;
//   - RuleMyNumberContractor: the contractor handles My Number
//     information and names no exception, or one whose Status on asOf is
//     not zone.ExceptionActive (at exception).
//
// Per external service (8.3 and the section after it):
//
//   - RuleCloudUnassessed: it holds information of band 2 or above and
//     its assessment is none (at assessment);
//   - RuleCloudAboveISMAPLIU: it is assessed under ISMAP-LIU and holds
//     information of band 3 (at assessment);
//   - RuleCloudMyNumber: as for a contractor (at exception);
//   - RuleCloudNoContract: it holds assets and has no contract (at
//     contract);
//   - RuleCloudContractNotInForce: it holds assets and its contract is not
//     in force on asOf (at contract/end or contract/start).
//
// Per social media account:
//
//   - RuleSocialNoResponsible: no account of its service (the Service
//     names compared after trimming spaces) names a responsible person;
//     reported once per service, at the responsible member of the account
//     with the least id, naming every account of the service;
//   - RuleSocialNotAnnounced: not announced (at announced);
//   - RuleSocialWeakCredentials: no multi-factor authentication, a shared
//     password not changed when the staff change, or no holder named (at
//     credentials);
//   - RuleSocialNoTakeoverProcedure: no takeover procedure (at
//     takeoverProcedure);
//   - RuleSocialPostingAboveOne: the planned level is above band 1, unset,
//     or one the scheme does not allow (at maxPosting).
//
// Dates fail closed: with an unset asOf no contract is in force, no
// exception is active, and, when an interval is set, every confirmation is
// stale.
//
// Each finding has its rule's severity (Rule.Severity), raised where
// o.Raise says so. The findings are ordered by list (contractors, services,
// accounts), then by the id of the element concerned, then by rule (in the
// order of Rules), then by the further ids, then by path: the same input
// gives the same findings, and reordering the input lists changes only
// their paths, never their order. Time and memory are linear in the
// register, the assets it reaches and the findings.
func Check(r Register, refs Refs, asOf date.Date, o Options, at field.Path) ([]finding.Finding, error) {
	errs, ix := validate(&r, &refs, at)
	if len(errs) > 0 {
		return nil, errs
	}
	c := &checker{r: &r, refs: &refs, asOf: asOf, o: o, at: at, ix: ix, reach: newReaches(&refs, ix.assets)}
	list := at.Child("contractors")
	for i := range r.Contractors {
		c.contractor(i, loc{list: list, i: i})
	}
	list = at.Child("services")
	for i := range r.Services {
		c.service(i, loc{list: list, i: i})
	}
	c.accounts(at.Child("accounts"))
	if len(c.out) == 0 {
		return nil, nil
	}
	slices.SortFunc(c.out, compare)
	out := make([]finding.Finding, len(c.out))
	for i := range c.out {
		out[i] = c.out[i].f
	}
	return out, nil
}

type checker struct {
	r     *Register
	refs  *Refs
	asOf  date.Date
	o     Options
	at    field.Path
	ix    *index
	reach *reaches
	out   []item
}

// item is a finding with its rule, for sorting.
type item struct {
	rule Rule
	f    finding.Finding
}

// section returns the list a rule judges: 0 contractors, 1 services, 2
// accounts.
func (r Rule) section() int {
	switch {
	case r <= RuleMyNumberContractor:
		return 0
	case r <= RuleCloudContractNotInForce:
		return 1
	}
	return 2
}

func compare(a, b item) int {
	if c := a.rule.section() - b.rule.section(); c != 0 {
		return c
	}
	if c := strings.Compare(a.f.IDs[0], b.f.IDs[0]); c != 0 {
		return c
	}
	if c := int(a.rule) - int(b.rule); c != 0 {
		return c
	}
	if c := slices.Compare(a.f.IDs[1:], b.f.IDs[1:]); c != 0 {
		return c
	}
	return strings.Compare(string(a.f.Path), string(b.f.Path))
}

// report adds a finding of rule r at path p with the given detail and ids
// (the vendor concerned first).
func (c *checker) report(r Rule, p field.Path, detail lang.Text, ids ...string) {
	sev := r.Severity()
	if s, ok := c.o.Raise[r]; ok && s.Valid() && s < sev {
		sev = s
	}
	ctl := r.Control().String()
	c.out = append(c.out, item{r, finding.Finding{
		Rule: r.String(), Severity: sev, Clause: r.Clause(), Also: r.Also(), Path: p, IDs: ids,
		Text: lang.Text{
			Ja: r.Ja() + "：" + detail.Ja + "［対策 " + ctl + "］",
			En: r.En() + ": " + detail.En + " [control " + ctl + "]",
		},
	}})
}

// level describes the confidentiality of asset i as the checks read it.
func (c *checker) level(i int32) lang.Text {
	a := &c.refs.Assets[i]
	l := a.Classification.Confidentiality
	switch {
	case l == 0:
		return lang.Of("情報資産 "+a.ID+"（機密性未分類、3として扱う）", "asset "+a.ID+" (confidentiality unclassified, read as 3)")
	case !c.refs.Scheme.Confidentiality().Allows(l):
		return lang.Of("情報資産 "+a.ID+"（分類体系にない格付 "+l.String()+"、3として扱う）",
			"asset "+a.ID+" (level "+l.String()+" not in the scheme, read as 3)")
	}
	return lang.Of("情報資産 "+a.ID+"（"+l.Ja()+"）", "asset "+a.ID+" ("+l.En()+")")
}

func (c *checker) assetID(i int32) string { return c.refs.Assets[i].ID }

// noAsOf is the reason given when a date cannot be judged.
var noAsOf = lang.Of("判定日が未設定のため判断できない", "no as-of date to judge by")

// term reports a contract not in force on asOf for a vendor that handles
// assets.
func (c *checker) term(r Rule, k *Contract, l loc, id string) {
	switch {
	case k.InForce(c.asOf):
	case c.asOf.IsZero():
		c.report(r, l.child("end").path(), noAsOf, id)
	case c.asOf.Before(k.Start):
		c.report(r, l.child("start").path(), lang.Of("契約の開始日は"+k.Start.String(), "the contract starts on "+k.Start.String()), id)
	default:
		c.report(r, l.child("end").path(), lang.Of("契約は"+k.End.String()+"に終了", "the contract ended on "+k.End.String()), id)
	}
}

// myNumber reports information of My Number work (asset m) that no active
// exception allows.
func (c *checker) myNumber(r Rule, m int32, exception string, l loc, id string) {
	what := func() lang.Text {
		return lang.Of("情報資産 "+c.assetID(m)+" はマイナンバー利用事務の情報", "asset "+c.assetID(m)+" is information of My Number work")
	}
	if exception == "" {
		c.report(r, l.path(), what().Append(lang.Of("だが、例外措置が指定されていない", ", and no exception is named")), id, c.assetID(m))
		return
	}
	e := &c.refs.Exceptions[c.ix.exceptions[exception]]
	if st := e.Status(c.asOf); st != zone.ExceptionActive {
		c.report(r, l.path(), what().Append(lang.Of("だが、例外措置 "+exception+" は判定日に有効でない（"+st.Ja()+"）",
			", and exception "+exception+" is not active on the as-of date ("+st.En()+")")), id, c.assetID(m), exception)
	}
}

func (c *checker) contractor(i int, l loc) {
	k := &c.r.Contractors[i]
	got := c.reach.at(span(c.ix.cAssets, c.ix.cAssetsOff, i))
	if len(k.Selection) == 0 {
		c.report(RuleNoSelection, l.child("selection").path(), lang.Of("選定基準（isms、privacy-mark 等）の記録がない",
			"no criterion (isms, privacy-mark, …) is recorded"), k.ID)
	}
	if k.Contract == nil {
		c.report(RuleNoContract, l.child("contract").path(), lang.Of("契約の記録がない", "no contract is recorded"), k.ID)
	} else {
		c.requirements(k, got, l.child("contract"))
		if len(k.Assets) > 0 {
			c.term(RuleContractNotInForce, k.Contract, l.child("contract"), k.ID)
		}
	}
	c.confirmation(k, l.child("confirmation"))
	for _, j := range span(c.ix.cSubs, c.ix.cSubsOff, i) {
		c.subcontractor(k, got, j)
	}
	if got.myNumber >= 0 {
		c.myNumber(RuleMyNumberContractor, got.myNumber, k.Exception, l.child("exception"), k.ID)
	}
}

func (c *checker) requirements(k *Contractor, got reach, l loc) {
	system := len(k.SystemWork) > 0
	var missing []Requirement
	for q := Requirement(1); q.Valid(); q++ {
		if q.Calls(int(got.band), system) && !k.Contract.States(q) {
			missing = append(missing, q)
		}
	}
	if len(missing) == 0 {
		return
	}
	ids := []string{k.ID}
	why := lang.Of("取り扱う情報資産なし（基本の要件）", "no assets handled: the baseline")
	if got.top >= 0 {
		ids = append(ids, c.assetID(got.top))
		why = c.level(got.top).Append(lang.Of("の取扱い", " handled"))
	}
	if system {
		why = why.Append(lang.Of("、情報システムに関する業務委託", "; outsourcing of an information system (8.2)"))
	}
	c.report(RuleMissingRequirements, l.child("requirements").path(), lang.Of("明記されていない要件：", "not stated: ").
		Append(requirementList(missing)).Append(lang.Of("（", " (")).Append(why).Append(lang.Of("）", ")")), ids...)
}

// requirementList names requirements by label in Japanese and by wire id
// in English.
func requirementList(rs []Requirement) lang.Text {
	ja := make([]string, len(rs))
	en := make([]string, len(rs))
	for i, r := range rs {
		ja[i], en[i] = r.Ja(), r.String()
	}
	return lang.Of(strings.Join(ja, "、"), strings.Join(en, ", "))
}

func (c *checker) confirmation(k *Contractor, l loc) {
	f := k.Confirmation
	switch {
	case f == nil:
		c.report(RuleNoConfirmation, l.path(), lang.Of("確認の記録がない", "no confirmation is recorded"), k.ID)
		return
	case !c.asOf.IsZero() && f.On.After(c.asOf):
		c.report(RuleNoConfirmation, l.path(), lang.Of("記録された確認（"+f.On.String()+"）は判定日より後",
			"the confirmation on record ("+f.On.String()+") is after the as-of date"), k.ID)
		return
	}
	n := c.o.ConfirmEveryMonths
	switch {
	case n <= 0:
	case c.asOf.IsZero():
		c.report(RuleConfirmationStale, l.child("on").path(), noAsOf, k.ID)
	case f.On.AddMonths(n).Before(c.asOf):
		c.report(RuleConfirmationStale, l.child("on").path(), lang.Of(
			"最終確認 "+f.On.String()+"（間隔"+strconv.Itoa(n)+"か月）",
			"last confirmed "+f.On.String()+", interval "+strconv.Itoa(n)+" months"), k.ID)
	}
}

// subcontractor reports the requirements that principal k's outsourcing
// calls for (by what k handles and whether its work is of 8.2) and that
// the contract of its subcontractor (at position j) does not state.
func (c *checker) subcontractor(k *Contractor, principal reach, j int32) {
	s := &c.r.Contractors[j]
	if len(s.Assets) == 0 || s.Contract == nil {
		return
	}
	var missing []Requirement
	for q := Requirement(1); q.Valid(); q++ {
		if q.Calls(int(principal.band), len(k.SystemWork) > 0) && !s.Contract.States(q) {
			missing = append(missing, q)
		}
	}
	if len(missing) == 0 {
		return
	}
	p := c.at.Child("contractors").Index(int(j)).Child("contract").Child("requirements")
	c.report(RuleSubcontractorRequirements, p, lang.Of("委託元 "+k.ID+" の業務委託に必要な要件がない：",
		"requirements that principal "+k.ID+"'s outsourcing calls for not stated: ").Append(requirementList(missing)), s.ID, k.ID)
}

func (c *checker) service(i int, l loc) {
	s := &c.r.Services[i]
	got := c.reach.at(span(c.ix.sAssets, c.ix.sAssetsOff, i))
	switch {
	case s.Assessment == AssessmentNone && got.band >= assessedFromBand:
		c.report(RuleCloudUnassessed, l.child("assessment").path(), c.level(got.top).Append(
			lang.Of("を保持するが、ISMAP等の評価がない", " held, and the service has no assessment")), s.ID, c.assetID(got.top))
	case s.Assessment == AssessmentISMAPLIU && got.band > liuTopBand:
		c.report(RuleCloudAboveISMAPLIU, l.child("assessment").path(), lang.Of("ISMAP-LIUの対象は機密性2までだが、", "ISMAP-LIU covers up to confidentiality 2, and ").
			Append(c.level(got.top)).Append(lang.Of("を保持する", " is held")), s.ID, c.assetID(got.top))
	}
	if got.myNumber >= 0 {
		c.myNumber(RuleCloudMyNumber, got.myNumber, s.Exception, l.child("exception"), s.ID)
	}
	if len(s.Assets) > 0 {
		if s.Contract == nil {
			c.report(RuleCloudNoContract, l.child("contract").path(), lang.Of("契約（利用規約等）の記録がない", "no contract or terms of use are recorded"), s.ID)
		} else {
			c.term(RuleCloudContractNotInForce, s.Contract, l.child("contract"), s.ID)
		}
	}
}

func (c *checker) accounts(list field.Path) {
	as := c.r.Accounts
	// The accounts of each service, for the one firm rule.
	byService := make(map[string][]int32, len(as))
	var services []string
	for i := range as {
		k := strings.TrimSpace(as[i].Service)
		if _, ok := byService[k]; !ok {
			services = append(services, k)
		}
		byService[k] = append(byService[k], int32(i))
	}
	for _, name := range services {
		ms := byService[name]
		if slices.ContainsFunc(ms, func(i int32) bool { return !blank(as[i].Responsible) }) {
			continue
		}
		ids := make([]string, len(ms))
		least := ms[0]
		for k, i := range ms {
			ids[k] = as[i].ID
			if as[i].ID < as[least].ID {
				least = i
			}
		}
		slices.Sort(ids)
		c.report(RuleSocialNoResponsible, list.Index(int(least)).Child("responsible"), lang.Of(
			"サービス「"+name+"」のいずれのアカウントにも責任者が定められていない",
			"no account on the service \""+name+"\" names a responsible person"), ids...)
	}
	for i := range as {
		c.account(&as[i], loc{list: list, i: i})
	}
}

func (c *checker) account(a *Account, l loc) {
	if !a.Announced {
		c.report(RuleSocialNotAnnounced, l.child("announced").path(), lang.Of("公式ウェブサイトでの告知がない",
			"the account is not announced on the official site"), a.ID)
	}
	if why := weakCredentials(a); len(why) > 0 {
		ja := make([]string, len(why))
		en := make([]string, len(why))
		for k, w := range why {
			ja[k], en[k] = w.Ja, w.En
		}
		c.report(RuleSocialWeakCredentials, l.child("credentials").path(), lang.Of(strings.Join(ja, "、"), strings.Join(en, "; ")), a.ID)
	}
	if blank(a.TakeoverProcedure) {
		c.report(RuleSocialNoTakeoverProcedure, l.child("takeoverProcedure").path(), lang.Of("乗っ取り時の対応手順が定められていない",
			"no procedure is set for a takeover of the account"), a.ID)
	}
	switch m := a.MaxPosting; {
	case m == 0:
		c.report(RuleSocialPostingAboveOne, l.child("maxPosting").path(), lang.Of("発信する情報の機密性の上限が記載されていない（3として扱う）",
			"the highest confidentiality planned for posting is not stated (read as 3)"), a.ID)
	case !c.refs.Scheme.Confidentiality().Allows(m):
		c.report(RuleSocialPostingAboveOne, l.child("maxPosting").path(), lang.Of("分類体系にない格付 "+m.String()+"（3として扱う）",
			"level "+m.String()+" is not in the scheme (read as 3)"), a.ID)
	case m.Band() > postingTopBand:
		c.report(RuleSocialPostingAboveOne, l.child("maxPosting").path(), lang.Of(m.Ja()+"の情報の発信を予定",
			"information of "+m.En()+" is planned for posting"), a.ID)
	}
}

// weakCredentials returns why an account's credentials are weakly
// guarded, in the library's reading (see credentialsExpected), or nil.
func weakCredentials(a *Account) []lang.Text {
	var why []lang.Text
	for _, e := range credentialsExpected {
		if !slices.Contains(a.Credentials, e) {
			why = append(why, lang.Of(e.Ja()+"がない", "no "+e.En()))
		}
	}
	for _, w := range credentialsWeakUnless {
		if slices.Contains(a.Credentials, w.weak) && !slices.Contains(a.Credentials, w.unless) {
			why = append(why, lang.Of(w.weak.Ja()+"で、"+w.unless.Ja()+"がない", w.weak.En()+" without "+w.unless.En()))
		}
	}
	if len(a.CredentialHolders) == 0 {
		why = append(why, lang.Of("認証情報の管理者が定められていない", "nobody is named as holding the credentials"))
	}
	return why
}
