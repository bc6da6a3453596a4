package zone

import (
	"strings"

	"github.com/jichitai-sec/policy/field"
	"github.com/jichitai-sec/policy/lang"
)

// ValidateExceptions reports every problem of a list of exceptions, each at
// its path under at (the list's own path, e.g. "/exceptions"), resolving
// the node ids of their Covers against nodes (those of the topology the
// exceptions belong to). Per exception:
//
//   - id: missing (Required) or used by an earlier exception (Duplicate):
//     a verdict cites an exception by id, so ids are unique;
//   - from, to, channel: missing (Required) or unknown (NotSupported);
//   - method: unknown (NotSupported), given for a channel other than
//     sanitized transfer (Forbidden), or missing for sanitized transfer
//     (Required);
//   - the flow: one that no exception of its basis may ever open, such as
//     the My Number zone to the Internet side (Forbidden, at the exception);
//   - covers: empty (Required: an exception names the systems it is
//     approved for, and one that names none opens nothing); an entry with a
//     missing or unknown node (Required, NotFound), a node outside the
//     exception's endpoint (Invalid), or a pair listed twice (Duplicate);
//   - allowance: unknown (NotSupported);
//   - justification: missing (Required);
//   - a local approval without an expiry date (Required), or one expiring
//     before it was approved (Invalid).
//
// A local approval that names no approver or approval date yet is not a
// malformed exception but a request not yet approved: Status reports it as
// ExceptionUnapproved, and it permits nothing.
func ValidateExceptions(exceptions []Exception, nodes []Node, at field.Path) field.List {
	var errs field.List
	nodeAt := make(map[string]Endpoint, len(nodes))
	for _, n := range nodes {
		if _, dup := nodeAt[n.ID]; !dup {
			nodeAt[n.ID] = n.At
		}
	}
	ids := field.NewIDs(at, lang.Of("例外", "an exception"), len(exceptions))
	for i := range exceptions {
		e := &exceptions[i]
		p := at.Index(i)
		if err := ids.Check(i, e.ID); err != nil {
			errs = append(errs, err)
		}
		errs = e.flowProblems(p, errs)
		errs = e.coverProblems(p, nodeAt, errs)
		if e.Allowance != 0 && !e.Allowance.Valid() {
			errs = append(errs, field.NotSupported(p.Child("allowance"), e.Allowance, NationalAllowances()))
		}
		if strings.TrimSpace(e.Justification) == "" {
			errs = append(errs, field.Required(p.Child("justification"), lang.Of("例外の理由がない", "an exception states why the work needs it")))
		}
		switch {
		case e.Allowance == 0 && e.ExpiresOn.IsZero():
			errs = append(errs, field.Required(p.Child("expiresOn"),
				lang.Of("団体が承認する例外には有効期限が必要", "a local approval states its expiry date")))
		case !e.ApprovedOn.IsZero() && !e.ExpiresOn.IsZero() && e.ExpiresOn.Before(e.ApprovedOn):
			errs = append(errs, field.Invalid(p.Child("expiresOn"), e.ExpiresOn.String(),
				lang.Of("有効期限が承認日より前", "the expiry date is before the approval date")))
		}
	}
	return errs
}

// flowProblems reports what is wrong with the flow the exception names.
func (e *Exception) flowProblems(p field.Path, errs field.List) field.List {
	for _, end := range [...]struct {
		name string
		e    Endpoint
	}{{"from", e.From}, {"to", e.To}} {
		switch {
		case end.e == Endpoint{}:
			errs = append(errs, field.Required(p.Child(end.name), lang.Of("例外の通信元又は通信先が未設定", "an exception names both endpoints of its flow")))
		case !end.e.Valid():
			errs = append(errs, field.NotSupported(p.Child(end.name), end.e, Endpoints()))
		}
	}
	switch {
	case e.Channel == 0:
		errs = append(errs, field.Required(p.Child("channel"), lang.Of("例外の経路種別が未設定", "an exception names its channel")))
	case !e.Channel.Valid():
		errs = append(errs, field.NotSupported(p.Child("channel"), e.Channel, Channels()))
	}
	switch {
	case e.Method == 0 && e.Channel == Sanitized:
		errs = append(errs, field.Required(p.Child("method"),
			lang.Of("無害化通信の例外には無害化の方式が必要", "an exception for sanitized transfer names its method")))
	case e.Method == 0:
	case !e.Method.Valid():
		errs = append(errs, field.NotSupported(p.Child("method"), e.Method, Methods()))
	case e.Channel != Sanitized:
		errs = append(errs, field.Forbidden(p.Child("method"), e.Method.String(),
			lang.Of("無害化方式は無害化通信にのみ指定できる", "a method belongs to sanitized transfer only")))
	}
	f := e.Flow()
	switch {
	case !f.Valid():
	case e.Allowance == 0 && !Grantable(f):
		errs = append(errs, field.Forbidden(p, f.String(), lang.Of(
			"例外で認められるのはマイナンバー利用事務系と業務サーバ接続系との間の通信、又はLGWAN・国等のシステムとの間の直接通信に限る",
			"an exception may only join the My Number zone to the business zone, or to LGWAN or a national connection by direct traffic")))
	case e.Allowance != 0 && !grantableAsAllowance(f):
		errs = append(errs, field.Forbidden(p, f.String(), lang.Of(
			"国の示す例外は、業務サーバ接続系又はLGWANからマイナンバー利用事務系への通信による取込みに限る",
			"a national allowance only brings data into the My Number zone from the business zone or LGWAN over the network")))
	}
	return errs
}

// coverProblems reports what is wrong with the systems the exception covers.
func (e *Exception) coverProblems(p field.Path, nodeAt map[string]Endpoint, errs field.List) field.List {
	if len(e.Covers) == 0 {
		return append(errs, field.Required(p.Child("covers"), lang.Of(
			"例外が対象とするシステム（ノードの組）が指定されていない（指定がなければ何も認めない）",
			"an exception names the systems (pairs of nodes) it is approved for; naming none, it opens nothing")))
	}
	seen := make(map[NodePair]bool, len(e.Covers))
	for j, c := range e.Covers {
		cp := p.Child("covers").Index(j)
		if seen[c] {
			errs = append(errs, field.Duplicate(cp, c.From+" → "+c.To, lang.Of("同じノードの組が既にある", "this pair is already listed")))
			continue
		}
		seen[c] = true
		for _, end := range [...]struct {
			name, id string
			want     Endpoint
		}{{"from", c.From, e.From}, {"to", c.To, e.To}} {
			at, ok := nodeAt[end.id]
			switch {
			case end.id == "":
				errs = append(errs, field.Required(cp.Child(end.name), lang.Of("ノードのIDがない", "a node id is needed")))
			case !ok:
				errs = append(errs, field.NotFound(cp.Child(end.name), end.id, lang.Of("このIDのノードがない", "no node has this id")))
			case end.want.Valid() && at != end.want:
				errs = append(errs, field.Invalid(cp.Child(end.name), end.id, lang.Of(
					"このノードは"+at.Ja()+"にあり、例外の"+end.want.Ja()+"と一致しない",
					"this node is in "+at.String()+", not "+end.want.String()+" as the exception says")))
			}
		}
	}
	return errs
}
