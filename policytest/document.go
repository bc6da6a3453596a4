package policytest

import (
	"bytes"
	"fmt"
	"slices"
	"strings"

	"github.com/go-json-experiment/json/jsontext"

	"github.com/jichitai-sec/policy"
	"github.com/jichitai-sec/policy/asset"
	"github.com/jichitai-sec/policy/control"
	"github.com/jichitai-sec/policy/date"
	"github.com/jichitai-sec/policy/field"
	"github.com/jichitai-sec/policy/finding"
	"github.com/jichitai-sec/policy/threat"
	"github.com/jichitai-sec/policy/vendors"
	"github.com/jichitai-sec/policy/zone"
	"pgregory.net/rapid"
)

// Violation is a kind of policy gap that Document seeds into the documents
// it generates on request: each kind chosen is there at least once, as at
// least one finding of one of its Rules when the document is evaluated on
// the as-of date it was generated for.
type Violation uint8

// The kinds of policy gap Document can seed.
const (
	// DeniedLink is a link the flow rules deny: a connection that bypasses
	// the separation of the zones, an Internet connection without a
	// safeguard, a flow out of the My Number zone without an exception,
	// media carried to a network, and the like.
	DeniedLink Violation = iota + 1
	// WeakBoundary is an Internet connection whose safeguard lacks some of
	// the functions of 2(13): allowed, with a warning.
	WeakBoundary
	// MyNumberLeak is a path out of the My Number zone to the Internet
	// zone, over hops each permitted on its own (one under an exception in
	// force, then sanitized transfer).
	MyNumberLeak
	// UnclassifiedAsset is an asset with a property left unclassified.
	UnclassifiedAsset
	// BelowMinimum is an asset classified below what it contains.
	BelowMinimum
	// MyNumberOutsideZone is information of My Number work outside the My
	// Number zone (and so, often, its holders too).
	MyNumberOutsideZone
	// MissingControl is a required control with no implementation record.
	MissingControl
	// ControlGap is a required control recorded as partly implemented,
	// planned past its date, waived without a justification or when it
	// cannot be waived, or not checked within the interval.
	ControlGap
	// ContractorGap is a contractor without a selection criterion, a
	// contract, a contract in force or stating the requirements, a recent
	// confirmation, or an exception for the My Number information it
	// handles.
	ContractorGap
	// CloudGap is an external service without a contract or one in force,
	// without the assessment its information calls for, or without an
	// exception for the My Number information it holds.
	CloudGap
	// SocialGap is a social media account without a responsible person,
	// an announcement, guarded credentials, a takeover procedure, or a
	// planned posting level of band 1.
	SocialGap
	// ReviewTrigger is a reason to review the policy (8): a change after
	// the last review, an evaluation that found non-compliance, a risk
	// above its accepted level with no treatment, or no recent
	// evaluation.
	ReviewTrigger
)

var violationIDs = [...]string{
	DeniedLink:          "denied-link",
	WeakBoundary:        "weak-boundary",
	MyNumberLeak:        "mynumber-leak",
	UnclassifiedAsset:   "unclassified-asset",
	BelowMinimum:        "below-minimum",
	MyNumberOutsideZone: "mynumber-outside-zone",
	MissingControl:      "missing-control",
	ControlGap:          "control-gap",
	ContractorGap:       "contractor-gap",
	CloudGap:            "cloud-gap",
	SocialGap:           "social-gap",
	ReviewTrigger:       "review-trigger",
}

// Violations returns every kind of violation, in the order of the
// constants.
func Violations() []Violation {
	out := make([]Violation, 0, len(violationIDs)-1)
	for v := DeniedLink; int(v) < len(violationIDs); v++ {
		out = append(out, v)
	}
	return out
}

// Valid reports whether v is a kind of violation.
func (v Violation) Valid() bool { return v != 0 && int(v) < len(violationIDs) }

// String returns a short id ("denied-link"), or "policytest.Violation(N)"
// for an invalid value.
func (v Violation) String() string {
	if !v.Valid() {
		return fmt.Sprintf("policytest.Violation(%d)", uint8(v))
	}
	return violationIDs[v]
}

// Rules returns the ids of the rules whose findings a violation of kind v
// shows up as: a document seeded with v has at least one finding of one
// of them. An invalid v has none.
func (v Violation) Rules() []string {
	var rs []fmt.Stringer
	switch v {
	case DeniedLink:
		rs = []fmt.Stringer{zone.RuleMyNumberIsolated, zone.RuleExternalNeedsDirect, zone.RuleSanitizationMethodMissing,
			zone.RuleBusinessInternetSeparated, zone.RuleBoundaryMissing, zone.RuleBusinessToInternet,
			zone.RuleInternetZoneToLGWAN, zone.RuleNoPermittingRule}
	case WeakBoundary:
		rs = []fmt.Stringer{zone.RuleBoundaryIncomplete}
	case MyNumberLeak:
		rs = []fmt.Stringer{zone.RuleMyNumberLeak}
	case UnclassifiedAsset:
		rs = []fmt.Stringer{asset.RuleUnclassified}
	case BelowMinimum:
		rs = []fmt.Stringer{asset.RuleBelowMinimum}
	case MyNumberOutsideZone:
		rs = []fmt.Stringer{asset.RuleMyNumberOutsideZone, asset.RuleMyNumberHolderOutsideZone}
	case MissingControl:
		rs = []fmt.Stringer{control.RuleMissing}
	case ControlGap:
		rs = []fmt.Stringer{control.RulePartial, control.RulePlannedOverdue, control.RuleNotWaivable,
			control.RuleWaiverUnjustified, control.RuleCheckStale}
	case ContractorGap:
		rs = []fmt.Stringer{vendors.RuleNoSelection, vendors.RuleNoContract, vendors.RuleMissingRequirements,
			vendors.RuleContractNotInForce, vendors.RuleNoConfirmation, vendors.RuleConfirmationStale,
			vendors.RuleSubcontractorRequirements, vendors.RuleMyNumberContractor}
	case CloudGap:
		rs = []fmt.Stringer{vendors.RuleCloudUnassessed, vendors.RuleCloudAboveISMAPLIU, vendors.RuleCloudMyNumber,
			vendors.RuleCloudNoContract, vendors.RuleCloudContractNotInForce}
	case SocialGap:
		rs = []fmt.Stringer{vendors.RuleSocialNoResponsible, vendors.RuleSocialNotAnnounced, vendors.RuleSocialWeakCredentials,
			vendors.RuleSocialNoTakeoverProcedure, vendors.RuleSocialPostingAboveOne}
	case ReviewTrigger:
		rs = []fmt.Stringer{control.RuleReviewAfterFindings, control.RuleReviewChangedConditions,
			control.RuleReviewUntreatedRisk, control.RuleReviewNoEvaluation}
	}
	out := make([]string, len(rs))
	for i, r := range rs {
		out[i] = r.String()
	}
	return out
}

// DefaultAsOf returns the date Document builds around when
// DocumentOptions.AsOf is unset: 2026-06-01.
func DefaultAsOf() date.Date { return date.MustParse("2026-06-01") }

// DocumentOptions say what Document generates.
type DocumentOptions struct {
	// Assets is the number of assets. The other lists grow in proportion:
	// about one node for every two or three assets and half as many
	// links again as nodes, an implementation record for about every
	// other asset besides one organization-wide record per control, a
	// contractor per 20 assets, an external service per 50, a social
	// media account per 200, a risk per 20, a change per 100, and an
	// evaluation per 2,000 and one more (the latest answering about half
	// of the checklist; with Noise, fewer and with any dates). Zero draws
	// 1 to 12; when violations are asked for, the document has at least 4
	// assets.
	Assets int
	// Violations are the kinds of policy gap seeded, each at least once.
	Violations []Violation
	// Noise draws the rest of the document freely, as the domain
	// generators do, so that any finding may occur besides those asked
	// for. Without it the rest complies with the policy: evaluated on
	// AsOf, the document's only findings above information (before any
	// severity setting) are those of Violations.
	Noise bool
	// AsOf is the date the document is built around: contracts in force,
	// recent checks and evaluations, exceptions approved and not expired.
	// Zero is DefaultAsOf.
	AsOf date.Date
}

// Document generates a valid document (Document.Validate reports nothing,
// and it encodes and decodes) as o says: o.Assets assets with the other
// lists in proportion, every reference resolving, the violations of
// o.Violations seeded, and the rest compliant or, with o.Noise, drawn
// freely. Ids are "asset-<i>" for assets, "n<i>" for nodes, "EX-<i>" for
// exceptions, "c<i>", "s<i>" and "a<i>" for contractors, services and
// accounts, "ev-<i>", "risk-<i>" and "change-<i>" for evaluations, risks
// and changes.
//
// It costs time and memory linear in o.Assets, so it also builds the
// documents of benchmarks (Generator.Example with a fixed seed).
//
// The shape: assets of every kind, containing up to two assets each (in
// a compliant document, classified at least as high as what they
// contain, and in the My Number zone when they hold My Number
// information); nodes for most systems and networks, naming their asset,
// and nodes of every zone and external network; links of the shapes the
// rules allow (within a zone, sanitized transfer between the business and
// the Internet zone, the business zone to LGWAN, the Internet zone to the
// Internet behind a complete safeguard, into the My Number zone and
// between it and national systems under exceptions in force), and a few
// exceptions not in force that cover no link; organization-wide and
// per-asset records; contractors, services and accounts referring to the
// assets, the exceptions and each other without a cycle; evaluations
// answering the checklist of the document's requirements; risks, changes
// and a few raised severities.
func Document(o DocumentOptions) *rapid.Generator[policy.Document] {
	return rapid.Custom(func(t *rapid.T) policy.Document {
		b := &docBuilder{t: t, noise: o.Noise, asOf: o.AsOf}
		if b.asOf.IsZero() {
			b.asOf = DefaultAsOf()
		}
		for _, v := range o.Violations {
			if v.Valid() {
				b.want[v] = true
			}
		}
		n := o.Assets
		if n <= 0 {
			n = b.n("assets", 1, 12)
		}
		if len(o.Violations) > 0 {
			n = max(n, 4)
		}
		return b.build(n)
	})
}

// docBuilder builds one document, in order: the parts the later ones
// refer to first.
type docBuilder struct {
	t     *rapid.T
	noise bool
	want  [len(violationIDs)]bool
	asOf  date.Date
	doc   policy.Document
	s     asset.Scheme

	// Per asset: whether it is, or holds, My Number information, and the
	// highest confidentiality band it is or holds (3 for a level
	// unclassified or not in the scheme), as the vendor checks read it.
	holdsMN []bool
	band    []uint8

	byAt     map[zone.Endpoint][]int // node indices by endpoint
	linked   map[zone.NodePair]bool  // pairs of node ids some link joins
	covered  map[zone.NodePair]bool  // pairs of node ids some exception covers
	group    map[zone.Flow]int       // an exception in force for each flow, to add covers to
	pairs    map[exceptionPair]bool  // the covers of each exception
	active   []string                // ids of the exceptions in force on asOf
	recordAt map[recordKey]int       // index of each record by key
	mnAsset  int                     // an asset that holds My Number information, or -1
}

type exceptionPair struct {
	e int
	p zone.NodePair
}

// n draws an int in [lo, hi]; lo when hi < lo.
func (b *docBuilder) n(label string, lo, hi int) int {
	if hi <= lo {
		return lo
	}
	return rapid.IntRange(lo, hi).Draw(b.t, label)
}

// one draws true one time in k.
func (b *docBuilder) one(label string, k int) bool { return b.n(label, 0, k-1) == 0 }

var (
	pathOrganization = field.Root.Child("organization")
	pathAssets       = field.Root.Child("assets")
)

func (b *docBuilder) build(n int) policy.Document {
	t, d := b.t, &b.doc
	b.s = Scheme().Draw(t, "scheme")
	d.Version = policy.FormatVersion
	if b.one("hasSchema", 3) {
		d.Schema = "https://jichitai-sec.example/schema/document-1.json"
	}
	d.Organization = policy.Organization{
		Name:   rapid.SampledFrom([]string{"架空市", "架空町", "架空市町村総合事務組合"}).Draw(t, "organization"),
		Bodies: rapid.SliceOfNDistinct(Unit(), 1, len(asset.Units()), rapid.ID[asset.Unit]).Draw(t, "bodies"),
	}
	slices.Sort(d.Organization.Bodies)
	d.Scheme = b.s
	d.Variant = rapid.SampledFrom(policy.Variants()).Draw(t, "variant")
	d.EffectiveOn = b.asOf.AddDays(-b.n("effective", 0, 2000))
	lo := 12
	if b.noise {
		lo = 1
	}
	d.Intervals = policy.Intervals{
		RecordCheckMonths:            b.n("recordCheckMonths", lo, 36),
		EvaluationMonths:             b.n("evaluationMonths", lo, 36),
		ContractorConfirmationMonths: b.n("confirmationMonths", lo, 36),
	}
	switch {
	case !b.noise:
		d.LastReview = b.asOf.AddDays(-b.n("lastReview", 30, 400))
	case b.one("reviewed", 4):
	default:
		d.LastReview = b.asOf.AddDays(b.n("lastReview", -700, 30))
	}

	b.assets(n)
	b.assetViolations()
	b.reach()
	b.nodes(n)
	b.links()
	b.decoys()
	b.records()
	b.vendors(n)
	b.evaluations(n)
	b.risks(n)
	b.changes(n)
	b.reviewViolation()
	b.severity()
	return *d
}

// assets draws n assets as Asset does, each containing up to two assets
// of lower index (so containment has no cycle). Unless noisy, a container
// is classified at least as high as its contents and an asset that is or
// holds My Number information and states a zone is in the My Number zone.
func (b *docBuilder) assets(n int) {
	t, s := b.t, b.s
	b.doc.Assets = make([]asset.Asset, n)
	b.holdsMN = make([]bool, n)
	for i := range b.doc.Assets {
		a := Asset(s, fmt.Sprintf("asset-%d", i)).Draw(t, "asset")
		if a.Kind == asset.Network && b.one("wireless", 4) {
			a.Wireless = true
		}
		if b.noise && b.one("partial", 4) {
			a.Classification = PartialClassification(s).Draw(t, "partial")
		}
		holds := a.MyNumber
		for range b.n("contents", 0, min(2, i)) {
			j := b.n("content", 0, i-1)
			c := &b.doc.Assets[j]
			if slices.Contains(a.Contains, c.ID) {
				continue
			}
			if !b.noise && b.holdsMN[j] && a.Zone != 0 && a.Zone != zone.MyNumberZone {
				continue
			}
			a.Contains = append(a.Contains, c.ID)
			holds = holds || b.holdsMN[j]
			if !b.noise {
				a.Classification = atLeast(s, a.Classification, c.Classification)
			}
		}
		if !b.noise && holds && a.Zone != 0 {
			a.Zone = zone.MyNumberZone
		}
		b.holdsMN[i] = holds
		b.doc.Assets[i] = a
	}
}

// atLeast returns c raised, property by property, to the levels of
// floor, both complete classifications of s.
func atLeast(s asset.Scheme, c, floor asset.Classification) asset.Classification {
	if k, ok := s.Confidentiality().Compare(c.Confidentiality, floor.Confidentiality); ok && k < 0 {
		c.Confidentiality = floor.Confidentiality
	}
	if k, ok := s.Integrity().Compare(c.Integrity, floor.Integrity); ok && k < 0 {
		c.Integrity = floor.Integrity
	}
	if k, ok := s.Availability().Compare(c.Availability, floor.Availability); ok && k < 0 {
		c.Availability = floor.Availability
	}
	return c
}

// assetViolations seeds the asset violations, each in its own asset (the
// document has at least four): the last asset, which nothing contains,
// is left unclassified; the one before it is classified lowest and
// contains the first, classified highest; the second is My Number
// information outside the My Number zone.
func (b *docBuilder) assetViolations() {
	as := b.doc.Assets
	n := len(as)
	if b.want[UnclassifiedAsset] {
		c := &as[n-1].Classification
		switch b.n("unclassified", 0, 3) {
		case 0:
			c.Confidentiality = 0
		case 1:
			c.Integrity = 0
		case 2:
			c.Availability = 0
		default:
			*c = asset.Classification{}
		}
	}
	if b.want[BelowMinimum] {
		low, high := &as[n-2], &as[0]
		high.MyNumber = false
		high.Classification.Confidentiality = b.s.Confidentiality().Highest()
		low.Classification.Confidentiality = b.s.Confidentiality().Levels()[0]
		if !slices.Contains(low.Contains, high.ID) {
			low.Contains = append(low.Contains, high.ID)
		}
	}
	if b.want[MyNumberOutsideZone] {
		m := &as[1]
		m.MyNumber = true
		m.Zone = rapid.SampledFrom([]zone.Zone{zone.BusinessZone, zone.InternetZone}).Draw(b.t, "outside")
	}
}

// reach computes holdsMN and band for every asset, in index order, which
// puts every asset after what it contains.
func (b *docBuilder) reach() {
	as := b.doc.Assets
	index := make(map[string]int, len(as))
	b.band = make([]uint8, len(as))
	b.mnAsset = -1
	for i := range as {
		a := &as[i]
		index[a.ID] = i
		holds, band := a.MyNumber, uint8(3)
		if l := a.Classification.Confidentiality; b.s.Confidentiality().Allows(l) {
			band = uint8(l.Band())
		}
		for _, id := range a.Contains {
			j := index[id]
			holds = holds || b.holdsMN[j]
			band = max(band, b.band[j])
		}
		b.holdsMN[i], b.band[i] = holds, band
		if holds && b.mnAsset < 0 {
			b.mnAsset = i
		}
	}
}

// nodes makes a node for most systems and networks (and some media),
// naming the asset, in its zone (anywhere when it states none); one node
// of each zone and external network; and a few more.
func (b *docBuilder) nodes(n int) {
	t := b.t
	top := &b.doc.Topology
	b.byAt = map[zone.Endpoint][]int{}
	add := func(at zone.Endpoint, assetID string) {
		b.byAt[at] = append(b.byAt[at], len(top.Nodes))
		top.Nodes = append(top.Nodes, zone.Node{ID: fmt.Sprintf("n%d", len(top.Nodes)), At: at, Asset: assetID})
	}
	for i := range b.doc.Assets {
		a := &b.doc.Assets[i]
		odds := 8
		switch a.Kind {
		case asset.InformationSystem, asset.Network:
			odds = 2
		case asset.ElectronicMedia:
			odds = 4
		}
		if b.n("node", 0, odds-1) != 0 {
			continue
		}
		at := zone.In(a.Zone)
		if a.Zone == 0 {
			at = Endpoint().Draw(t, "at")
		}
		add(at, a.ID)
	}
	for _, e := range zone.Endpoints() {
		add(e, "")
	}
	for range n/8 + b.n("extraNodes", 0, 2) {
		add(Endpoint().Draw(t, "at"), "")
	}
}

// node draws a node at endpoint at (there is always one).
func (b *docBuilder) node(at zone.Endpoint) int {
	ns := b.byAt[at]
	return ns[b.n("nodeAt", 0, len(ns)-1)]
}

var (
	mnZone   = zone.In(zone.MyNumberZone)
	bizZone  = zone.In(zone.BusinessZone)
	inetZone = zone.In(zone.InternetZone)
	internet = zone.External(zone.PublicInternet)
	lgwan    = zone.External(zone.LGWAN)
	national = zone.External(zone.NationalSystem)
)

// link adds a link from node i to node j with flow part f.
func (b *docBuilder) link(i, j int, f zone.Flow) {
	top := &b.doc.Topology
	l := zone.Link{From: top.Nodes[i].ID, To: top.Nodes[j].ID, Channel: f.Channel, Method: f.Method, Guard: f.Guard}
	top.Links = append(top.Links, l)
	b.linked[zone.NodePair{From: l.From, To: l.To}] = true
}

// channel draws a channel, with a method for sanitized transfer.
func (b *docBuilder) channel() zone.Flow {
	f := zone.Flow{Channel: Channel().Draw(b.t, "channel")}
	if f.Channel == zone.Sanitized {
		f.Method = Method().Draw(b.t, "method")
	}
	return f
}

func (b *docBuilder) sanitized() zone.Flow {
	return zone.Flow{Channel: zone.Sanitized, Method: Method().Draw(b.t, "method")}
}

func (b *docBuilder) complete() zone.Flow {
	return zone.Flow{Channel: zone.Direct, Guard: zone.Safeguard{
		Kind: rapid.SampledFrom(zone.SafeguardKinds()).Draw(b.t, "guard"), Functions: zone.AllFunctions}}
}

// ordered returns (i, j) or (j, i), drawn.
func (b *docBuilder) ordered(i, j int) (int, int) {
	if b.one("reverse", 2) {
		return j, i
	}
	return i, j
}

// links draws about one and a half links per node, then seeds the
// topology violations.
func (b *docBuilder) links() {
	top := &b.doc.Topology
	b.linked = map[zone.NodePair]bool{}
	b.covered = map[zone.NodePair]bool{}
	b.group = map[zone.Flow]int{}
	b.pairs = map[exceptionPair]bool{}
	m := len(top.Nodes) + len(top.Nodes)/2 + b.n("extraLinks", 0, 2)
	top.Links = make([]zone.Link, 0, m+4)
	for range m {
		if b.noise && b.one("noisy", 2) {
			b.noisyLink()
		} else {
			b.compliantLink()
		}
	}
	if b.want[WeakBoundary] {
		i, j := b.ordered(b.node(inetZone), b.node(internet))
		b.link(i, j, zone.Flow{Channel: zone.Direct, Guard: zone.Safeguard{
			Kind:      rapid.SampledFrom(zone.SafeguardKinds()).Draw(b.t, "guard"),
			Functions: zone.Functions(rapid.Uint8Range(1, uint8(zone.AllFunctions)-1).Draw(b.t, "functions")),
		}})
	}
	if b.want[MyNumberLeak] {
		mn, biz := b.node(mnZone), b.node(bizZone)
		f := b.channel()
		b.link(mn, biz, f)
		b.inForce(mn, biz, f)
		b.link(biz, b.node(inetZone), b.sanitized())
	}
	if b.want[DeniedLink] { // last, so that no exception made for the others covers it
		for range b.n("denied", 1, 2) {
			b.deniedLink()
		}
	}
}

// compliantLink adds a link of a shape the rules allow, with an exception
// in force where it crosses into or out of the My Number zone. No link
// leaves the My Number zone except to a national system, from which no
// link leads anywhere but back, so nothing leaks.
func (b *docBuilder) compliantLink() {
	switch b.n("shape", 0, 6) {
	case 0, 1: // within a zone
		z := Zone().Draw(b.t, "zone")
		b.link(b.node(zone.In(z)), b.node(zone.In(z)), b.channel())
	case 2: // between the business and the Internet zone
		i, j := b.ordered(b.node(bizZone), b.node(inetZone))
		b.link(i, j, b.sanitized())
	case 3: // the business zone and LGWAN
		i, j := b.ordered(b.node(bizZone), b.node(lgwan))
		b.link(i, j, zone.Flow{Channel: zone.Direct})
	case 4: // the Internet zone and the Internet, behind a complete safeguard
		i, j := b.ordered(b.node(inetZone), b.node(internet))
		b.link(i, j, b.complete())
	case 5: // into the My Number zone
		from := rapid.SampledFrom([]zone.Endpoint{bizZone, lgwan, national}).Draw(b.t, "into")
		f := zone.Flow{Channel: zone.Direct}
		if from == bizZone {
			f = b.channel()
		}
		i, j := b.node(from), b.node(mnZone)
		b.link(i, j, f)
		b.inForce(i, j, f)
	default: // the My Number zone to a national system
		i, j := b.node(mnZone), b.node(national)
		f := zone.Flow{Channel: zone.Direct}
		b.link(i, j, f)
		b.inForce(i, j, f)
	}
}

// noisyLink adds a link between any two nodes, with the flow part a real
// network would most likely use between them or any valid one, and for a
// link into or out of the My Number zone, now and then an exception of any
// status covering it.
func (b *docBuilder) noisyLink() {
	top := &b.doc.Topology
	i, j := b.n("from", 0, len(top.Nodes)-1), b.n("to", 0, len(top.Nodes)-1)
	a, c := top.Nodes[i].At, top.Nodes[j].At
	f := Flow().Draw(b.t, "flow")
	if b.one("plausible", 2) {
		f = zonePlausible(b.t, a, c)
	}
	b.link(i, j, f)
	if (a == mnZone) == (c == mnZone) {
		return
	}
	fl := zone.Flow{From: a, To: c, Channel: f.Channel, Method: f.Method}
	switch b.n("exception", 0, 3) {
	case 0:
	case 1:
		if zone.Grantable(fl) {
			b.inForce(i, j, fl)
		}
	default:
		e := ExceptionFor(fl).Draw(b.t, "noisyException")
		b.addException(e, i, j)
	}
}

// deniedLink adds a link the rules deny.
func (b *docBuilder) deniedLink() {
	var i, j int
	f := zone.Flow{Channel: zone.Direct}
	switch b.n("denial", 0, 7) {
	case 0: // the business zone straight to the Internet
		i, j = b.ordered(b.node(bizZone), b.node(internet))
	case 1: // the business and the Internet zone joined other than by sanitized transfer
		i, j = b.ordered(b.node(bizZone), b.node(inetZone))
		f.Channel = rapid.SampledFrom([]zone.Channel{zone.Direct, zone.Media}).Draw(b.t, "channel")
	case 2: // the Internet without a safeguard
		i, j = b.ordered(b.node(inetZone), b.node(internet))
	case 3: // the Internet zone to LGWAN
		i, j = b.ordered(b.node(inetZone), b.node(lgwan))
	case 4: // two external networks
		i, j = b.node(zone.External(Network().Draw(b.t, "from"))), b.node(zone.External(Network().Draw(b.t, "to")))
	case 5: // media or sanitized transfer to an external network
		i, j = b.ordered(b.node(bizZone), b.node(lgwan))
		f = b.channel()
		if f.Channel == zone.Direct {
			f.Channel = zone.Media
		}
	case 6: // sanitized transfer naming no method
		i, j = b.ordered(b.node(bizZone), b.node(inetZone))
		f.Channel = zone.Sanitized
	default: // out of the My Number zone, with no exception covering it
		i, j = b.node(mnZone), b.node(bizZone)
		top := &b.doc.Topology
		if b.covered[zone.NodePair{From: top.Nodes[i].ID, To: top.Nodes[j].ID}] {
			i, j = b.node(bizZone), b.node(internet)
		} else {
			f = b.channel()
		}
	}
	b.link(i, j, f)
}

// inForce makes an exception in force on asOf cover the link from node i
// to node j with flow part f (the flow must be grantable): a local
// approval or, where one may permit it, a national allowance; now and
// then a pair more on an exception already made for the same flow.
func (b *docBuilder) inForce(i, j int, f zone.Flow) {
	nodes := b.doc.Topology.Nodes
	fl := zone.Flow{From: nodes[i].At, To: nodes[j].At, Channel: f.Channel, Method: f.Method}
	if k, ok := b.group[fl]; ok && b.one("join", 2) {
		b.cover(k, i, j)
		return
	}
	var e zone.Exception
	if allowable(fl) && b.one("allowance", 3) {
		e = AllowanceInForce(fl, b.asOf).Draw(b.t, "allowance")
	} else {
		e = ExceptionInForce(fl, b.asOf).Draw(b.t, "approval")
	}
	if k := b.addException(e, i, j); k >= 0 {
		b.group[fl] = k
	}
}

// allowable reports whether a national allowance may permit f: data
// brought into the My Number zone from the business zone or LGWAN.
func allowable(f zone.Flow) bool {
	switch {
	case f.To != mnZone:
		return false
	case f.From == bizZone:
		return f.Channel == zone.Direct || f.Channel == zone.Sanitized
	case f.From == lgwan:
		return f.Channel == zone.Direct
	}
	return false
}

// addException adds e, with the next id and covering the pair of nodes i
// and j, unless zone.ValidateExceptions finds a problem in it; it returns
// its index, or -1.
func (b *docBuilder) addException(e zone.Exception, i, j int) int {
	nodes := b.doc.Topology.Nodes
	e.ID = fmt.Sprintf("EX-%d", len(b.doc.Exceptions)+1)
	e.Covers = []zone.NodePair{{From: nodes[i].ID, To: nodes[j].ID}}
	if errs := zone.ValidateExceptions([]zone.Exception{e}, []zone.Node{nodes[i], nodes[j]}, field.Root); len(errs) > 0 {
		return -1
	}
	k := len(b.doc.Exceptions)
	b.doc.Exceptions = append(b.doc.Exceptions, e)
	b.pairs[exceptionPair{k, e.Covers[0]}] = true
	b.covered[e.Covers[0]] = true
	if e.Status(b.asOf) == zone.ExceptionActive {
		b.active = append(b.active, e.ID)
	}
	return k
}

// cover adds the pair of nodes i and j to exception k, unless it is there.
func (b *docBuilder) cover(k, i, j int) {
	nodes := b.doc.Topology.Nodes
	p := zone.NodePair{From: nodes[i].ID, To: nodes[j].ID}
	if b.pairs[exceptionPair{k, p}] {
		return
	}
	b.pairs[exceptionPair{k, p}] = true
	b.covered[p] = true
	b.doc.Exceptions[k].Covers = append(b.doc.Exceptions[k].Covers, p)
}

// decoys adds up to two exceptions that are not in force (expired,
// unapproved or not yet approved), each covering a pair of nodes no link
// joins, so that they permit nothing and change no verdict.
func (b *docBuilder) decoys() {
	nodes := b.doc.Topology.Nodes
	for range b.n("decoys", 0, 2) {
		i, j := b.node(bizZone), b.node(mnZone)
		if b.linked[zone.NodePair{From: nodes[i].ID, To: nodes[j].ID}] {
			continue
		}
		fl := zone.Flow{From: bizZone, To: mnZone, Channel: zone.Direct}
		e := ExceptionInForce(fl, b.asOf).Draw(b.t, "decoy")
		switch b.n("decoyStatus", 0, 2) {
		case 0:
			e.ApprovedOn, e.ExpiresOn = b.asOf.AddDays(-400), b.asOf.AddDays(-b.n("expired", 1, 30))
		case 1:
			e.ApprovedBy = ""
		default:
			e.ApprovedOn = b.asOf.AddDays(b.n("notYet", 1, 30))
			e.ExpiresOn = e.ApprovedOn.AddDays(365)
		}
		b.addException(e, i, j)
	}
}

// records makes an organization-wide record of every control and a
// per-asset record for about every other asset (for a control it
// requires, and now and then one it does not), then seeds the control
// violations. Unless noisy, each record meets what it is for: implemented
// and checked within the interval, planned for a date not yet passed, or
// waived with a justification where the control may be waived.
func (b *docBuilder) records() {
	b.recordAt = map[recordKey]int{}
	add := func(k recordKey) {
		var r control.Record
		if b.noise && b.one("noisyRecord", 2) {
			r = record(k, b.asOf).Draw(b.t, "record")
		} else {
			r = b.compliantRecord(k)
		}
		b.recordAt[k] = len(b.doc.Records)
		b.doc.Records = append(b.doc.Records, r)
	}
	for _, c := range control.All() {
		if b.noise && b.one("unrecorded", 10) {
			continue
		}
		add(recordKey{c, ""})
	}
	for i := range b.doc.Assets {
		a := &b.doc.Assets[i]
		if b.one("perAsset", 2) {
			if req := control.Required(*a, b.s); len(req) > 0 {
				add(recordKey{req[b.n("requirement", 0, len(req)-1)].Control, a.ID})
			}
		}
		if k := (recordKey{perAssetControls[i%len(perAssetControls)], a.ID}); b.one("unrequired", 8) {
			if _, dup := b.recordAt[k]; !dup {
				add(k)
			}
		}
	}
	if b.want[MissingControl] {
		a := &b.doc.Assets[b.n("missingFor", 0, len(b.doc.Assets)-1)]
		req := control.Required(*a, b.s) // never empty: every asset needs classifying
		c := req[b.n("missing", 0, len(req)-1)].Control
		b.dropRecords(recordKey{c, ""}, recordKey{c, a.ID})
	}
	if b.want[ControlGap] {
		b.controlGap()
	}
}

// compliantRecord returns a record with key k that leaves no gap.
func (b *docBuilder) compliantRecord(k recordKey) control.Record {
	r := control.Record{Control: k.c, Asset: k.a, Status: control.StatusImplemented}
	switch b.n("compliantStatus", 0, 7) {
	case 0:
		r.Status, r.Target = control.StatusPlanned, b.asOf.AddDays(b.n("target", 0, 400))
	case 1:
		if k.c.Waivable() {
			r.Status, r.Justification = control.StatusNotApplicable, "該当する機器を保有しない"
			break
		}
		fallthrough
	default:
		r.CheckedOn = b.asOf.AddDays(-b.n("checked", 0, 330))
	}
	if b.one("evidence", 2) {
		r.Evidence = "doc-" + k.c.String()
	}
	return r
}

// dropRecords removes the records with the keys given.
func (b *docBuilder) dropRecords(keys ...recordKey) {
	rs := b.doc.Records[:0]
	for _, r := range b.doc.Records {
		if !slices.Contains(keys, keyOf(r)) {
			rs = append(rs, r)
		}
	}
	clear(b.doc.Records[len(rs):])
	b.doc.Records = rs
	clear(b.recordAt)
	for i, r := range rs {
		b.recordAt[keyOf(r)] = i
	}
}

// controlGap leaves a gap in the record of an organization-wide control,
// which the organization always requires.
func (b *docBuilder) controlGap() {
	c := rapid.SampledFrom(organizationControls).Draw(b.t, "gapControl")
	k := recordKey{c, ""}
	i, ok := b.recordAt[k]
	if !ok {
		i = len(b.doc.Records)
		b.recordAt[k] = i
		b.doc.Records = append(b.doc.Records, control.Record{Control: c})
	}
	r := control.Record{Control: c, Status: control.StatusImplemented}
	switch b.n("gap", 0, 3) {
	case 0:
		r.Status = control.StatusPartial
	case 1:
		r.Status, r.Target = control.StatusPlanned, b.asOf.AddDays(-b.n("overdue", 1, 300))
	case 2:
		r.Status = control.StatusNotApplicable
		if !c.Waivable() {
			r.Justification = "該当する業務がない"
		}
	default:
		if b.one("checkedLongAgo", 2) { // or never
			r.CheckedOn = b.asOf.AddMonths(-b.doc.Intervals.RecordCheckMonths).AddDays(-b.n("stale", 1, 300))
		}
	}
	b.doc.Records[i] = r
}

// assetsFor draws up to three distinct assets for a vendor to handle.
// Unless noisy, an asset that holds My Number information is left out
// when no exception is in force to name; mn reports whether one is in.
func (b *docBuilder) assetsFor() (ids []string, mn bool, band uint8) {
	for range b.n("vendorAssets", 0, 3) {
		i := b.n("vendorAsset", 0, len(b.doc.Assets)-1)
		id := b.doc.Assets[i].ID
		if slices.Contains(ids, id) || (!b.noise && b.holdsMN[i] && len(b.active) == 0) {
			continue
		}
		ids = append(ids, id)
		mn = mn || b.holdsMN[i]
		band = max(band, b.band[i])
	}
	return ids, mn, band
}

// exceptionFor draws the exception a vendor names: one in force when it
// handles My Number information (and the document is compliant), now
// and then any, or none.
func (b *docBuilder) exceptionFor(mn bool) string {
	switch {
	case mn && !b.noise:
		return rapid.SampledFrom(b.active).Draw(b.t, "vendorException")
	case len(b.doc.Exceptions) > 0 && b.one("anyException", 4):
		return b.doc.Exceptions[b.n("exceptionIndex", 0, len(b.doc.Exceptions)-1)].ID
	}
	return ""
}

// vendors makes the register: contractors, services and accounts, then
// seeds the vendor violations.
func (b *docBuilder) vendors(n int) {
	t, r := b.t, &b.doc.Vendors
	k := n/20 + b.n("contractors", 0, 2)
	for i := range k {
		ids, mn, _ := b.assetsFor()
		c := vendors.Contractor{
			ID:         fmt.Sprintf("c%d", i),
			Name:       fmt.Sprintf("委託先 %d", i),
			Work:       rapid.SampledFrom([]string{"システム保守", "データ入力", "印刷・封入", "窓口受付"}).Draw(t, "work"),
			Assets:     ids,
			SystemWork: distinct(t, "systemWork", vendors.SystemWorks(), 2),
			Exception:  b.exceptionFor(mn),
		}
		if b.noise {
			c.Selection = distinct(t, "selection", vendors.Criteria(), 3)
			switch b.n("contract", 0, 4) {
			case 0:
			case 1, 2:
				c.Contract = new(ContractInForce(b.asOf).Draw(t, "contract"))
			default:
				c.Contract = new(Contract(b.asOf).Draw(t, "contract"))
			}
		} else {
			c.Selection = rapid.SliceOfNDistinct(Criterion(), 1, 3, rapid.ID[vendors.Criterion]).Draw(t, "selection")
			slices.Sort(c.Selection)
			c.Contract = new(ContractInForce(b.asOf).Draw(t, "contract"))
		}
		if !b.noise || b.one("confirmed", 4) {
			ago := b.n("confirmedAgo", 0, 330)
			if b.noise {
				ago = b.n("confirmedAgo", -10, 900)
			}
			c.Confirmation = &vendors.Confirmation{
				On:     b.asOf.AddDays(-ago),
				Method: ConfirmationMethod().Draw(t, "method"),
				Found:  rapid.SampledFrom([]string{"", "指摘なし", "改善を要する点あり"}).Draw(t, "found"),
			}
		}
		for range b.n("subcontractors", 0, 2) { // only to later contractors: no cycle
			if i+1 >= k {
				break
			}
			id := fmt.Sprintf("c%d", b.n("subcontractor", i+1, min(k-1, i+10)))
			if !slices.Contains(c.Subcontractors, id) {
				c.Subcontractors = append(c.Subcontractors, id)
			}
		}
		r.Contractors = append(r.Contractors, c)
	}
	for i := range n/50 + b.n("services", 0, 1) {
		r.Services = append(r.Services, b.service(i))
	}
	if m := n/200 + b.n("accounts", 0, 2); b.noise {
		r.Accounts = accounts(b.s, m, m).Draw(t, "accounts")
	} else {
		for i := range m {
			r.Accounts = append(r.Accounts, b.account(i))
		}
	}
	if b.want[ContractorGap] {
		b.contractorGap()
	}
	if b.want[CloudGap] {
		b.cloudGap()
	}
	if b.want[SocialGap] {
		b.socialGap()
	}
}

// service makes external service i: unless noisy, assessed as its
// information calls for, with a contract in force when it holds assets.
func (b *docBuilder) service(i int) vendors.Service {
	t := b.t
	ids, mn, band := b.assetsFor()
	s := vendors.Service{
		ID:         fmt.Sprintf("s%d", i),
		Name:       rapid.SampledFrom([]string{"電子申請", "ファイル共有", "Web会議", "メール配信"}).Draw(t, "name"),
		Provider:   fmt.Sprintf("提供事業者 %d", i),
		Use:        "業務での利用",
		Assets:     ids,
		Assessment: Assessment().Draw(t, "assessment"),
		Location:   DataLocation().Draw(t, "location"),
		Exception:  b.exceptionFor(mn),
	}
	switch {
	case b.noise:
		if !b.one("noContract", 4) {
			s.Contract = new(Contract(b.asOf).Draw(t, "contract"))
		}
		return s
	case band >= 3:
		s.Assessment = vendors.AssessmentISMAP
	case band == 2 && s.Assessment == vendors.AssessmentNone:
		s.Assessment = vendors.AssessmentISMAPLIU
	}
	if len(ids) > 0 || b.one("contract", 2) {
		s.Contract = new(ContractInForce(b.asOf).Draw(t, "contract"))
	}
	return s
}

// account makes social media account i that meets every rule.
func (b *docBuilder) account(i int) vendors.Account {
	t := b.t
	creds := append([]vendors.Credential{vendors.CredMultiFactor}, distinct(t, "credentials", vendors.Credentials(), 3)...)
	if slices.Contains(creds, vendors.CredSharedPassword) {
		creds = append(creds, vendors.CredChangedOnHandover)
	}
	slices.Sort(creds)
	return vendors.Account{
		ID:                fmt.Sprintf("a%d", i),
		Service:           rapid.SampledFrom([]string{"X", "LINE", "Instagram", "YouTube"}).Draw(t, "service"),
		Handle:            fmt.Sprintf("@city_%d", i),
		Purpose:           "お知らせの発信",
		Responsible:       rapid.SampledFrom([]string{"広報課長", "防災課長"}).Draw(t, "responsible"),
		Announced:         true,
		Credentials:       slices.Compact(creds),
		CredentialHolders: rapid.SliceOfNDistinct(rapid.SampledFrom([]string{"広報係長", "広報担当A", "防災係長"}), 1, 2, rapid.ID[string]).Draw(t, "holders"),
		TakeoverProcedure: "SNS運用手順書 第5章",
		MaxPosting:        b.s.Confidentiality().Levels()[0],
	}
}

// vendorAsset returns the id of an asset a vendor may handle without an
// exception (one that holds no My Number information, of at least band
// minBand), or "".
func (b *docBuilder) vendorAsset(minBand uint8, have []string) string {
	for i := range b.doc.Assets {
		if id := b.doc.Assets[i].ID; !b.holdsMN[i] && b.band[i] >= minBand && !slices.Contains(have, id) {
			return id
		}
	}
	return ""
}

// ended returns a contract that ended before asOf, stating every
// requirement.
func (b *docBuilder) ended() *vendors.Contract {
	end := b.asOf.AddDays(-b.n("ended", 1, 100))
	return &vendors.Contract{Start: end.AddDays(-700), End: end, Requirements: vendors.Requirements()}
}

// contractorGap leaves a gap in a contractor (one is made if there is
// none): no selection criterion, no contract, a contract stating no
// requirement, no confirmation or a stale one, a contract ended while it
// handles assets, or My Number information with no exception.
func (b *docBuilder) contractorGap() {
	r := &b.doc.Vendors
	if len(r.Contractors) == 0 {
		r.Contractors = append(r.Contractors, vendors.Contractor{ID: "c0", Name: "委託先 0", Work: "システム保守",
			Selection: []vendors.Criterion{vendors.CritISMS}, Contract: new(ContractInForce(b.asOf).Draw(b.t, "contract")),
			Confirmation: &vendors.Confirmation{On: b.asOf, Method: vendors.MethodReport}})
	}
	c := &r.Contractors[b.n("gapContractor", 0, len(r.Contractors)-1)]
	gap := b.n("contractorGap", 0, 6)
	if gap == 5 && b.vendorAsset(0, c.Assets) == "" && len(c.Assets) == 0 || gap == 6 && b.mnAsset < 0 {
		gap = 0
	}
	switch gap {
	case 0:
		c.Selection = nil
	case 1:
		c.Contract = nil
	case 2:
		k := ContractInForce(b.asOf).Draw(b.t, "contract")
		k.Requirements = nil
		c.Contract = &k
	case 3:
		c.Confirmation = nil
	case 4:
		c.Confirmation = &vendors.Confirmation{Method: vendors.MethodReport,
			On: b.asOf.AddMonths(-b.doc.Intervals.ContractorConfirmationMonths).AddDays(-b.n("stale", 1, 300))}
	case 5:
		c.Contract = b.ended()
		if len(c.Assets) == 0 {
			c.Assets = []string{b.vendorAsset(0, nil)}
		}
	default:
		if id := b.doc.Assets[b.mnAsset].ID; !slices.Contains(c.Assets, id) {
			c.Assets = append(c.Assets, id)
		}
		c.Exception = ""
	}
}

// cloudGap leaves a gap in an external service (one is made if there is
// none): no assessment for information of band 2, ISMAP-LIU for band 3,
// My Number information with no exception, a contract ended or none
// while it holds assets.
func (b *docBuilder) cloudGap() {
	r := &b.doc.Vendors
	if len(r.Services) == 0 {
		r.Services = append(r.Services, vendors.Service{ID: "s0", Name: "電子申請", Provider: "提供事業者 0", Use: "業務での利用",
			Assessment: vendors.AssessmentISMAP, Location: vendors.LocationDomestic})
	}
	s := &r.Services[b.n("gapService", 0, len(r.Services)-1)]
	hold := func(minBand uint8) bool {
		if id := b.vendorAsset(minBand, s.Assets); id != "" {
			s.Assets = append(s.Assets, id)
			return true
		}
		return false
	}
	switch b.n("cloudGap", 0, 4) {
	case 2:
		if hold(2) {
			s.Assessment = vendors.AssessmentNone
			return
		}
	case 3:
		if hold(3) {
			s.Assessment = vendors.AssessmentISMAPLIU
			return
		}
	case 4:
		if b.mnAsset >= 0 {
			if id := b.doc.Assets[b.mnAsset].ID; !slices.Contains(s.Assets, id) {
				s.Assets = append(s.Assets, id)
			}
			s.Exception = ""
			return
		}
	case 1:
		if len(s.Assets) > 0 || hold(0) {
			s.Contract = b.ended()
			return
		}
	}
	if len(s.Assets) == 0 && !hold(0) { // every asset holds My Number information
		s.Assets, s.Exception = []string{b.doc.Assets[0].ID}, ""
	}
	s.Contract = nil
}

// socialGap leaves a gap in a social media account (one is made if there
// is none): not announced, no takeover procedure, no planned posting
// level, no multi-factor authentication, no holder of the credentials, or
// no responsible person for its service.
func (b *docBuilder) socialGap() {
	r := &b.doc.Vendors
	if len(r.Accounts) == 0 {
		r.Accounts = append(r.Accounts, b.account(0))
	}
	a := &r.Accounts[b.n("gapAccount", 0, len(r.Accounts)-1)]
	switch b.n("socialGap", 0, 5) {
	case 0:
		a.Announced = false
	case 1:
		a.TakeoverProcedure = ""
	case 2:
		a.MaxPosting = 0
	case 3:
		a.Credentials = []vendors.Credential{vendors.CredStrongPassword}
	case 4:
		a.CredentialHolders = nil
	default:
		a.Service, a.Responsible = "SNS-"+a.ID, ""
	}
}

// evaluations makes one evaluation per 2,000 assets and one more: the
// latest within the interval, answering about half the checklist of the
// document's requirements (unless noisy, never non-compliant), the
// others earlier, answering up to ten items each.
func (b *docBuilder) evaluations(n int) {
	t := b.t
	req := control.OrganizationRequired(pathOrganization)
	req = append(req, control.RequiredAll(b.doc.Assets, b.s, pathAssets)...)
	items := control.Checklist(req)
	k := 1 + n/2000 + b.n("evaluations", 0, 1)
	if b.noise {
		k = b.n("evaluations", 0, k)
	}
	latest := b.asOf.AddDays(-b.n("latest", 0, 300))
	outcome := func() control.Outcome {
		if b.noise {
			return Outcome().Draw(t, "outcome")
		}
		return rapid.SampledFrom([]control.Outcome{control.Compliant, control.NotChecked}).Draw(t, "outcome")
	}
	for e := range k {
		ev := control.Evaluation{ID: fmt.Sprintf("ev-%d", e), Kind: EvaluationKind().Draw(t, "kind")}
		if e == k-1 {
			ev.On = latest
			ev.Results = append(ev.Results, control.Result{Item: items[0].ID, Outcome: control.Compliant})
			for _, it := range items[1:] {
				if b.one("answered", 2) {
					ev.Results = append(ev.Results, control.Result{Item: it.ID, Outcome: outcome()})
				}
			}
		} else {
			ev.On = latest.AddDays(-b.n("earlier", 1, 1500))
			seen := map[string]bool{}
			for range b.n("results", 0, 10) {
				it := items[b.n("item", 0, len(items)-1)].ID
				if !seen[it] {
					seen[it] = true
					ev.Results = append(ev.Results, control.Result{Item: it, Outcome: Outcome().Draw(t, "outcome")})
				}
			}
		}
		if b.noise {
			ev.On = b.asOf.AddDays(b.n("on", -1000, 60))
			if e > 0 && b.one("sameDay", 3) { // an audit and a self-inspection on one day
				ev.On = b.doc.Evaluations[e-1].On
			}
		}
		if len(ev.Results) > 0 && b.one("note", 4) {
			ev.Results[0].Note = "記録を確認"
		}
		b.doc.Evaluations = append(b.doc.Evaluations, ev)
	}
}

// risks makes one risk per 20 assets and up to two more, each naming one
// to three assets; unless noisy, each has a treatment or accepts a high
// level.
func (b *docBuilder) risks(n int) {
	t := b.t
	for i := range n/20 + b.n("risks", 0, 2) {
		r := control.Risk{
			ID:         fmt.Sprintf("risk-%d", i),
			Threat:     rapid.SampledFrom(threat.All()).Draw(t, "threat"),
			Likelihood: Likelihood().Draw(t, "likelihood"),
			Accepted:   RiskLevel().Draw(t, "accepted"),
		}
		for range b.n("riskAssets", 1, 3) {
			if id := b.doc.Assets[b.n("riskAsset", 0, len(b.doc.Assets)-1)].ID; !slices.Contains(r.Assets, id) {
				r.Assets = append(r.Assets, id)
			}
		}
		r.Treatment = Treatment().Draw(t, "treatment")
		if !b.noise && r.Treatment == 0 {
			r.Accepted = control.LevelHigh
		}
		if r.Treatment != 0 {
			r.TreatmentNote = rapid.SampledFrom([]string{"UTMの設定を強化", "保険契約", "運用を停止", "リスクを受容（CISO承認）"}).Draw(t, "note")
		}
		b.doc.Risks = append(b.doc.Risks, r)
	}
}

// changes makes one change per 100 assets and up to two more, as Change
// draws them; unless noisy, dated before the last review or after asOf.
func (b *docBuilder) changes(n int) {
	for i := range n/100 + b.n("changes", 0, 2) {
		c := Change(fmt.Sprintf("change-%d", i)).Draw(b.t, "change")
		if !b.noise {
			if b.one("future", 6) {
				c.On = b.asOf.AddDays(b.n("after", 1, 300))
			} else {
				c.On = b.doc.LastReview.AddDays(-b.n("before", 0, 700))
			}
		}
		b.doc.Changes = append(b.doc.Changes, c)
	}
}

// reviewViolation seeds a reason to review the policy: a change since
// the last review, an evaluation of asOf finding non-compliance, an
// untreated risk above its accepted level, or no evaluation at all.
func (b *docBuilder) reviewViolation() {
	if !b.want[ReviewTrigger] {
		return
	}
	d := &b.doc
	reviewed := func(before date.Date) {
		if d.LastReview.IsZero() || !d.LastReview.Before(before) {
			d.LastReview = before.AddDays(-1)
		}
	}
	switch b.n("trigger", 0, 3) {
	case 0: // a change since the last review
		reviewed(b.asOf.AddDays(-29))
		c := Change(fmt.Sprintf("change-%d", len(d.Changes))).Draw(b.t, "change")
		c.On = b.asOf.AddDays(-b.n("since", 0, 28))
		d.Changes = append(d.Changes, c)
	case 1: // the latest evaluation found non-compliance
		reviewed(b.asOf)
		req := control.OrganizationRequired(pathOrganization)
		d.Evaluations = append(d.Evaluations, control.Evaluation{ID: fmt.Sprintf("ev-%d", len(d.Evaluations)),
			Kind: EvaluationKind().Draw(b.t, "kind"), On: b.asOf,
			Results: []control.Result{{Item: control.ItemID(req[0].Control, ""), Outcome: control.NonCompliant}}})
	case 2: // a risk above its accepted level, with no treatment
		d.Risks = append(d.Risks, control.Risk{ID: fmt.Sprintf("risk-%d", len(d.Risks)),
			Threat: rapid.SampledFrom(threat.All()).Draw(b.t, "threat"), Assets: []string{d.Assets[0].ID},
			Likelihood: control.LikelihoodHigh, Accepted: control.LevelLow})
	default: // no evaluation at all
		d.Evaluations = nil
	}
}

// severity raises the severity of up to three rules.
func (b *docBuilder) severity() {
	rules := rapid.SliceOfNDistinct(rapid.SampledFrom(policy.RuleIDs()), 0, 3, rapid.ID[string]).Draw(b.t, "raised")
	for _, r := range rules {
		b.doc.Severity = append(b.doc.Severity, policy.Raise{Rule: r,
			To: rapid.SampledFrom([]finding.Severity{finding.Error, finding.Warning}).Draw(b.t, "to")})
	}
}

// DocumentMutation is a valid document made invalid in one known way, as
// JSON, with what Decode must report.
type DocumentMutation struct {
	// Name says what was done, for test messages ("duplicate member").
	Name string
	// JSON is the invalid document.
	JSON []byte
	// Problems are what policy.Decode must report: each at its path with
	// its kind.
	Problems []Problem
	// Exact is true when Decode reports exactly Problems and nothing else;
	// when false it may report more (a missing id also leaves the
	// references to it dangling).
	Exact bool
}

// InvalidDocument generates a document as Document(o) does and one
// mutation of it, as Mutate draws them.
func InvalidDocument(o DocumentOptions) *rapid.Generator[DocumentMutation] {
	return rapid.Custom(func(t *rapid.T) DocumentMutation {
		return Mutate(Document(o).Draw(t, "document")).Draw(t, "mutation")
	})
}

// Mutate generates mutations of doc, which must be valid (it panics when
// doc does not encode), each made on doc's encoding by policy.Encode so
// that doc itself is not changed, and each with the path and kind of
// every problem Decode must report (paths are JSON Pointers, kinds those
// of package field):
//
// Of the JSON text, on which Decode stops and reports one problem:
//   - a member repeated (invalid, at the repeat);
//   - a member name in another case, or folded through "ſ" or the Kelvin
//     sign K (not supported, at the new name);
//   - a member the format does not have (not supported);
//   - null in place of a value, or a value of the wrong type (invalid);
//   - a string that is no wire id of its closed set (not supported), or
//     no date (invalid);
//   - a string with invalid UTF-8 (invalid);
//   - data after the document (invalid, at the root).
//
// Of the document, which Decode reports with every other problem it finds:
//   - a required member removed (required);
//   - an element of a list copied to its end, repeating its id (duplicate);
//   - a reference to an asset, node, exception, contractor or checklist
//     item that does not exist (not found);
//   - a node naming an asset put in another zone than the asset (invalid,
//     at both paths);
//   - an asset containing itself (invalid, at the entry);
//   - an exception expiring before it was approved, a contract ending
//     before it starts (invalid);
//   - an interval out of range, an unknown format version (invalid);
//   - a method on a link other than sanitized transfer, a severity
//     setting lowering to information, a confidentiality code of the
//     other scheme (forbidden);
//   - a planned record without a target date (required).
func Mutate(doc policy.Document) *rapid.Generator[DocumentMutation] {
	var buf bytes.Buffer
	if err := policy.Encode(&buf, doc); err != nil {
		panic("policytest: Mutate needs a document that encodes: " + err.Error())
	}
	tree, err := parseJSON(buf.Bytes())
	if err != nil {
		panic("policytest: cannot read back what policy.Encode wrote: " + err.Error())
	}
	return rapid.Custom(func(t *rapid.T) DocumentMutation {
		root := tree.clone()
		m := &mutator{t: t, doc: &doc, root: root, exact: true}
		m.all = walkJSON(root, field.Root, "", nil, field.Root, 0, nil)
		for tries := 0; ; tries++ {
			k := rapid.IntRange(0, len(docMutations)-1).Draw(t, "mutation")
			if tries > 20 {
				k = 0 // a repeated member: every document has one to repeat
			}
			mu := docMutations[k]
			m.name, m.problems, m.exact = mu.name, nil, true
			if mu.apply(m) {
				break
			}
		}
		slices.SortFunc(m.problems, func(a, b Problem) int { return strings.Compare(a.String(), b.String()) })
		out := m.root.append(nil)
		out = append(out, m.suffix...)
		return DocumentMutation{Name: m.name, JSON: out, Problems: m.problems, Exact: m.exact}
	})
}

// jsonValue is a JSON value read into a tree that keeps the order of
// members, so that a mutation can repeat one or put one where it likes.
type jsonValue struct {
	kind  jsontext.Kind
	raw   []byte       // a scalar's text
	names []string     // an object's member names
	elems []*jsonValue // an object's member values, an array's elements
}

func parseJSON(src []byte) (*jsonValue, error) {
	dec := jsontext.NewDecoder(bytes.NewReader(src))
	v, err := readJSON(dec)
	if err != nil {
		return nil, err
	}
	return v, nil
}

func readJSON(dec *jsontext.Decoder) (*jsonValue, error) {
	k := dec.PeekKind()
	if k != '{' && k != '[' {
		raw, err := dec.ReadValue()
		if err != nil {
			return nil, err
		}
		return &jsonValue{kind: k, raw: bytes.Clone(raw)}, nil
	}
	if _, err := dec.ReadToken(); err != nil {
		return nil, err
	}
	v := &jsonValue{kind: k}
	end := jsontext.Kind(']')
	if k == '{' {
		end = '}'
	}
	for dec.PeekKind() != end {
		if k == '{' {
			name, err := dec.ReadToken()
			if err != nil {
				return nil, err
			}
			v.names = append(v.names, name.String())
		}
		e, err := readJSON(dec)
		if err != nil {
			return nil, err
		}
		v.elems = append(v.elems, e)
	}
	if _, err := dec.ReadToken(); err != nil {
		return nil, err
	}
	return v, nil
}

// scalar returns a scalar of the given JSON text.
func scalar(text string) *jsonValue {
	return &jsonValue{kind: jsontext.Value(text).Kind(), raw: []byte(text)}
}

// quoted returns a JSON string.
func quoted(s string) *jsonValue {
	raw, _ := jsontext.AppendQuote(nil, s)
	return &jsonValue{kind: '"', raw: raw}
}

func (v *jsonValue) append(dst []byte) []byte {
	if v.kind != '{' && v.kind != '[' {
		return append(dst, v.raw...)
	}
	open, end := byte('['), byte(']')
	if v.kind == '{' {
		open, end = '{', '}'
	}
	dst = append(dst, open)
	for i, e := range v.elems {
		if i > 0 {
			dst = append(dst, ',')
		}
		if v.kind == '{' {
			dst, _ = jsontext.AppendQuote(dst, v.names[i])
			dst = append(dst, ':')
		}
		dst = e.append(dst)
	}
	return append(dst, end)
}

func (v *jsonValue) clone() *jsonValue {
	c := &jsonValue{kind: v.kind, raw: v.raw, names: slices.Clone(v.names)}
	for _, e := range v.elems {
		c.elems = append(c.elems, e.clone())
	}
	return c
}

// member returns the index of member name, or -1.
func (v *jsonValue) member(name string) int {
	if v == nil || v.kind != '{' {
		return -1
	}
	return slices.Index(v.names, name)
}

// get returns member name, or nil.
func (v *jsonValue) get(name string) *jsonValue {
	if i := v.member(name); i >= 0 {
		return v.elems[i]
	}
	return nil
}

// set sets member name, adding it at the end when absent.
func (v *jsonValue) set(name string, e *jsonValue) {
	if i := v.member(name); i >= 0 {
		v.elems[i] = e
		return
	}
	v.names = append(v.names, name)
	v.elems = append(v.elems, e)
}

// remove removes member name.
func (v *jsonValue) remove(name string) {
	if i := v.member(name); i >= 0 {
		v.names = slices.Delete(v.names, i, i+1)
		v.elems = slices.Delete(v.elems, i, i+1)
	}
}

// text returns a string scalar's value, or "".
func (v *jsonValue) text() string {
	if v == nil || v.kind != '"' {
		return ""
	}
	s, err := jsontext.AppendUnquote(nil, v.raw)
	if err != nil {
		return ""
	}
	return string(s)
}

// jsonAt is a value of the tree with its path and where it sits.
type jsonAt struct {
	v      *jsonValue
	path   field.Path
	shape  string     // the path with every array index written "*"
	parent *jsonValue // nil for the root
	up     field.Path // the parent's path
	index  int        // its index in parent.elems
}

// walkJSON lists v and every value below it, v at path p with shape
// shape (the path with every array index written "*").
func walkJSON(v *jsonValue, p field.Path, shape string, parent *jsonValue, up field.Path, index int, out []jsonAt) []jsonAt {
	out = append(out, jsonAt{v: v, path: p, shape: shape, parent: parent, up: up, index: index})
	for i, e := range v.elems {
		q, sh := p.Index(i), shape+"/*"
		if v.kind == '{' {
			q = p.Child(v.names[i])
			sh = shape + string(field.Root.Child(v.names[i]))
		}
		out = walkJSON(e, q, sh, v, p, i, out)
	}
	return out
}

type mutator struct {
	t        *rapid.T
	doc      *policy.Document
	root     *jsonValue
	all      []jsonAt
	name     string
	problems []Problem
	exact    bool
	suffix   []byte
}

func (m *mutator) add(p field.Path, k field.Kind) { m.problems = append(m.problems, Problem{p, k}) }

// pick draws a value of the tree for which ok holds.
func (m *mutator) pick(ok func(x jsonAt) bool) (jsonAt, bool) {
	var cands []int
	for i, x := range m.all {
		if ok(x) {
			cands = append(cands, i)
		}
	}
	if len(cands) == 0 {
		return jsonAt{}, false
	}
	return m.all[rapid.SampledFrom(cands).Draw(m.t, "at")], true
}

// pickShape draws a value whose shape is one of shapes.
func (m *mutator) pickShape(shapes ...string) (jsonAt, bool) {
	return m.pick(func(x jsonAt) bool { return slices.Contains(shapes, x.shape) })
}

// inFunctions reports whether x is a UTM function inside a safeguard's
// list, which its own decoder reads as a whole: a problem inside it is
// reported at the list.
func inFunctions(x jsonAt) bool { return strings.Contains(x.shape, "/functions/") }

// ghost returns an id no string of the document is.
func (m *mutator) ghost(stem string) string {
	used := map[string]bool{}
	for _, x := range m.all {
		if x.v.kind == '"' {
			used[x.v.text()] = true
		}
	}
	for used[stem] {
		stem += "~"
	}
	return stem
}

// covered reports whether some exception covers a pair with node id.
func (m *mutator) covered(id string) bool {
	for _, e := range m.doc.Exceptions {
		for _, c := range e.Covers {
			if c.From == id || c.To == id {
				return true
			}
		}
	}
	return false
}

// enumShapes are the strings that name a member of a closed set, and
// dateShapes those that are dates.
var (
	enumShapes = []string{
		"/scheme", "/variant", "/organization/bodies/*",
		"/topology/nodes/*/at", "/topology/links/*/channel", "/topology/links/*/method", "/topology/links/*/guard/kind",
		"/assets/*/kind", "/assets/*/owner", "/assets/*/zone", "/assets/*/classification/confidentiality",
		"/assets/*/classification/integrity", "/assets/*/classification/availability",
		"/exceptions/*/from", "/exceptions/*/to", "/exceptions/*/channel", "/exceptions/*/method", "/exceptions/*/allowance",
		"/records/*/control", "/records/*/status",
		"/vendors/contractors/*/systemWork/*", "/vendors/contractors/*/selection/*",
		"/vendors/contractors/*/contract/requirements/*", "/vendors/contractors/*/confirmation/method",
		"/vendors/services/*/assessment", "/vendors/services/*/location", "/vendors/services/*/contract/requirements/*",
		"/vendors/accounts/*/credentials/*", "/vendors/accounts/*/maxPosting",
		"/evaluations/*/kind", "/evaluations/*/results/*/outcome",
		"/risks/*/threat", "/risks/*/likelihood", "/risks/*/treatment", "/risks/*/accepted",
		"/changes/*/kind", "/changes/*/threat", "/severity/*/to",
	}
	dateShapes = []string{
		"/effectiveOn", "/lastReview", "/exceptions/*/approvedOn", "/exceptions/*/expiresOn",
		"/records/*/target", "/records/*/checkedOn",
		"/vendors/contractors/*/contract/start", "/vendors/contractors/*/contract/end", "/vendors/contractors/*/confirmation/on",
		"/vendors/services/*/contract/start", "/vendors/services/*/contract/end",
		"/evaluations/*/on", "/changes/*/on",
	}
	// requiredShapes are members whose removal Decode reports as
	// required at their path; exact tells whether nothing else follows.
	requiredShapes = map[string]bool{
		"/version": true, "/variant": true, "/effectiveOn": true, "/scheme": false,
		"/organization/name": true, "/organization/bodies": true,
		"/intervals/recordCheckMonths": true, "/intervals/evaluationMonths": true, "/intervals/contractorConfirmationMonths": true,
		"/assets/*/id": false, "/assets/*/name": true, "/assets/*/kind": false, "/assets/*/owner": true,
		"/topology/nodes/*/id": false, "/topology/links/*/from": true, "/topology/links/*/to": true,
		"/exceptions/*/id": false, "/exceptions/*/justification": true, "/exceptions/*/covers": true,
		"/records/*/control": true, "/records/*/status": true,
		"/evaluations/*/id": true, "/evaluations/*/kind": true, "/evaluations/*/on": true,
		"/evaluations/*/results/*/item": true, "/evaluations/*/results/*/outcome": true,
		"/risks/*/id": true, "/risks/*/threat": true, "/risks/*/likelihood": true, "/risks/*/accepted": true, "/risks/*/assets": true,
		"/changes/*/id": true, "/changes/*/on": true, "/changes/*/kind": true,
		"/vendors/contractors/*/id": false, "/vendors/contractors/*/name": true, "/vendors/contractors/*/work": true,
		"/vendors/contractors/*/contract/start": true, "/vendors/contractors/*/contract/end": true,
		"/vendors/contractors/*/confirmation/on": true, "/vendors/contractors/*/confirmation/method": true,
		"/vendors/services/*/id": true, "/vendors/services/*/name": true, "/vendors/services/*/provider": true,
		"/vendors/services/*/use": true, "/vendors/services/*/assessment": true, "/vendors/services/*/location": true,
		"/vendors/services/*/contract/start": true, "/vendors/services/*/contract/end": true,
		"/vendors/accounts/*/id": true, "/vendors/accounts/*/service": true, "/vendors/accounts/*/handle": true,
		"/vendors/accounts/*/purpose": true,
		"/severity/*/rule":            true, "/severity/*/to": true,
	}
	// referenceShapes are the strings that refer to an element by id.
	referenceShapes = []string{
		"/topology/links/*/from", "/topology/links/*/to", "/topology/nodes/*/asset", "/records/*/asset",
		"/exceptions/*/covers/*/from", "/exceptions/*/covers/*/to", "/assets/*/contains/*", "/risks/*/assets/*",
		"/vendors/contractors/*/assets/*", "/vendors/contractors/*/subcontractors/*", "/vendors/contractors/*/exception",
		"/vendors/services/*/assets/*", "/vendors/services/*/exception", "/evaluations/*/results/*/item", "/severity/*/rule",
	}
	// copyShapes are the lists whose elements are copied to repeat an id.
	copyShapes = []string{
		"/organization/bodies", "/topology/nodes", "/assets", "/exceptions", "/records", "/evaluations", "/risks",
		"/changes", "/vendors/contractors", "/vendors/services", "/vendors/accounts", "/severity",
	}
)

var docMutations = []struct {
	name  string
	apply func(m *mutator) bool
}{
	{"duplicate member", func(m *mutator) bool {
		x, ok := m.pick(func(x jsonAt) bool { return x.parent != nil && x.parent.kind == '{' })
		if !ok {
			return false
		}
		o, name := x.parent, x.parent.names[x.index]
		o.names = slices.Insert(o.names, x.index+1, name)
		o.elems = slices.Insert(o.elems, x.index+1, x.v.clone())
		m.add(x.path, field.KindInvalid)
		return true
	}},
	{"member name in another case", func(m *mutator) bool {
		x, ok := m.pick(func(x jsonAt) bool {
			return x.parent != nil && x.parent.kind == '{' && strings.ContainsAny(x.parent.names[x.index], "abcdefghijklmnopqrstuvwxyz")
		})
		if !ok {
			return false
		}
		o, name := x.parent, x.parent.names[x.index]
		var variants []string
		for i, r := range name {
			if r >= 'a' && r <= 'z' {
				variants = append(variants, name[:i]+strings.ToUpper(string(r))+name[i+1:])
			}
			if r == 's' {
				variants = append(variants, name[:i]+"ſ"+name[i+1:])
			}
			if r == 'k' {
				variants = append(variants, name[:i]+"\u212a"+name[i+1:])
			}
		}
		other := rapid.SampledFrom(variants).Draw(m.t, "name")
		if slices.Contains(o.names, other) {
			return false
		}
		o.names[x.index] = other
		m.add(x.up.Child(other), field.KindNotSupported)
		return true
	}},
	{"unknown member", func(m *mutator) bool {
		x, ok := m.pick(func(x jsonAt) bool { return x.v.kind == '{' })
		if !ok {
			return false
		}
		name := "x-unknown"
		for slices.Contains(x.v.names, name) {
			name += "~"
		}
		i := rapid.IntRange(0, len(x.v.names)).Draw(m.t, "position")
		x.v.names = slices.Insert(x.v.names, i, name)
		x.v.elems = slices.Insert(x.v.elems, i, scalar("1"))
		m.add(x.path.Child(name), field.KindNotSupported)
		return true
	}},
	{"null", func(m *mutator) bool {
		x, ok := m.pick(func(x jsonAt) bool { return x.parent != nil && !inFunctions(x) })
		if !ok {
			return false
		}
		x.parent.elems[x.index] = scalar("null")
		m.add(x.path, field.KindInvalid)
		return true
	}},
	{"value of the wrong type", func(m *mutator) bool {
		x, ok := m.pick(func(x jsonAt) bool { return x.parent != nil && !inFunctions(x) })
		if !ok {
			return false
		}
		other := map[jsontext.Kind]string{'"': "1", '0': `"1"`, 't': `"yes"`, 'f': `"no"`, '{': "[]", '[': "{}"}[x.v.kind]
		if other == "" {
			return false
		}
		x.parent.elems[x.index] = scalar(other)
		m.add(x.path, field.KindInvalid)
		return true
	}},
	{"unknown wire id or date", func(m *mutator) bool {
		x, ok := m.pickShape(append(slices.Clone(enumShapes), dateShapes...)...)
		if !ok {
			return false
		}
		bad, kind := `"no-such-value"`, field.KindNotSupported
		if slices.Contains(dateShapes, x.shape) {
			bad = rapid.SampledFrom([]string{`"2026-02-30"`, `"2026-6-1"`, `"令和8年6月1日"`, `""`}).Draw(m.t, "date")
			kind = field.KindInvalid
		}
		x.parent.elems[x.index] = scalar(bad)
		m.add(x.path, kind)
		return true
	}},
	{"invalid UTF-8", func(m *mutator) bool {
		x, ok := m.pick(func(x jsonAt) bool { return x.v.kind == '"' && !inFunctions(x) })
		if !ok {
			return false
		}
		raw := slices.Concat([]byte{'"', 0xff}, x.v.raw[1:])
		x.parent.elems[x.index] = &jsonValue{kind: '"', raw: raw}
		m.add(x.path, field.KindInvalid)
		return true
	}},
	{"trailing data", func(m *mutator) bool {
		m.suffix = []byte(rapid.SampledFrom([]string{" {}", " 1", "x", ",", ` "more"`, "\n[]", "}"}).Draw(m.t, "trailing"))
		m.add(field.Root, field.KindInvalid)
		return true
	}},
	{"required member removed", func(m *mutator) bool {
		x, ok := m.pick(func(x jsonAt) bool {
			_, ok := requiredShapes[x.shape]
			return ok && x.parent != nil && x.parent.kind == '{'
		})
		if !ok {
			return false
		}
		m.exact = requiredShapes[x.shape]
		switch x.shape {
		case "/topology/nodes/*/at": // a cover naming the node then names one of no zone
			m.exact = !m.covered(x.parent.get("id").text())
		case "/topology/links/*/channel": // a method then belongs to no sanitized transfer
			m.exact = x.parent.member("method") < 0
		case "/exceptions/*/expiresOn": // a national allowance needs none
			if x.parent.member("allowance") >= 0 {
				return false
			}
		}
		x.parent.remove(x.parent.names[x.index])
		m.add(x.path, field.KindRequired)
		return true
	}},
	{"element repeated", func(m *mutator) bool {
		x, ok := m.pick(func(x jsonAt) bool {
			return x.v.kind == '[' && len(x.v.elems) > 0 && slices.Contains(copyShapes, x.shape)
		})
		if !ok {
			return false
		}
		e := x.v.elems[rapid.IntRange(0, len(x.v.elems)-1).Draw(m.t, "element")].clone()
		p := x.path.Index(len(x.v.elems))
		switch x.shape {
		case "/topology/nodes":
			e.remove("asset") // one asset, one node
			p = p.Child("id")
		case "/records", "/organization/bodies":
		case "/severity":
			p = p.Child("rule")
		default:
			p = p.Child("id")
		}
		x.v.elems = append(x.v.elems, e)
		m.add(p, field.KindDuplicate)
		return true
	}},
	{"dangling reference", func(m *mutator) bool {
		x, ok := m.pickShape(referenceShapes...)
		if !ok {
			return false
		}
		x.parent.elems[x.index] = quoted(m.ghost("no-such-id"))
		m.add(x.path, field.KindNotFound)
		return true
	}},
	{"node and asset in different zones", func(m *mutator) bool {
		x, ok := m.pick(func(x jsonAt) bool {
			if x.shape != "/topology/nodes/*" || x.v.member("asset") < 0 {
				return false
			}
			return slices.ContainsFunc(m.doc.Assets, func(a asset.Asset) bool { return a.ID == x.v.get("asset").text() && a.Zone != 0 })
		})
		if !ok {
			return false
		}
		id := x.v.get("asset").text()
		j := slices.IndexFunc(m.doc.Assets, func(a asset.Asset) bool { return a.ID == id })
		others := slices.DeleteFunc(zone.All(), func(z zone.Zone) bool { return z == m.doc.Assets[j].Zone })
		x.v.set("at", quoted(zone.In(rapid.SampledFrom(others).Draw(m.t, "zone")).String()))
		m.exact = !m.covered(x.v.get("id").text())
		m.add(x.path.Child("at"), field.KindInvalid)
		m.add(pathAssets.Index(j).Child("zone"), field.KindInvalid)
		return true
	}},
	{"asset containing itself", func(m *mutator) bool {
		x, ok := m.pickShape("/assets/*")
		if !ok {
			return false
		}
		c := x.v.get("contains")
		if c == nil {
			c = &jsonValue{kind: '['}
			x.v.set("contains", c)
		}
		m.add(x.path.Child("contains").Index(len(c.elems)), field.KindInvalid)
		c.elems = append(c.elems, x.v.get("id").clone())
		return true
	}},
	{"exception expiring before its approval", func(m *mutator) bool {
		x, ok := m.pick(func(x jsonAt) bool { return x.shape == "/exceptions/*" && x.v.member("approvedOn") >= 0 })
		if !ok {
			return false
		}
		on, err := date.Parse(x.v.get("approvedOn").text())
		if err != nil {
			return false
		}
		x.v.set("expiresOn", quoted(on.AddDays(-1).String()))
		m.add(x.path.Child("expiresOn"), field.KindInvalid)
		return true
	}},
	{"contract ending before it starts", func(m *mutator) bool {
		x, ok := m.pickShape("/vendors/contractors/*/contract", "/vendors/services/*/contract")
		if !ok {
			return false
		}
		start, err := date.Parse(x.v.get("start").text())
		if err != nil {
			return false
		}
		x.v.set("end", quoted(start.AddDays(-rapid.IntRange(1, 400).Draw(m.t, "days")).String()))
		m.add(x.path.Child("end"), field.KindInvalid)
		return true
	}},
	{"interval out of range", func(m *mutator) bool {
		x, ok := m.pickShape("/intervals/recordCheckMonths", "/intervals/evaluationMonths", "/intervals/contractorConfirmationMonths")
		if !ok {
			return false
		}
		v := rapid.SampledFrom([]string{"0", "-1", "121", "1200"}).Draw(m.t, "months")
		x.parent.elems[x.index] = scalar(v)
		if v == "0" {
			m.add(x.path, field.KindRequired)
		} else {
			m.add(x.path, field.KindInvalid)
		}
		return true
	}},
	{"unknown format version", func(m *mutator) bool {
		m.root.set("version", quoted(rapid.SampledFrom([]string{"2", "1.0", "0", " 1"}).Draw(m.t, "version")))
		m.add(field.Root.Child("version"), field.KindInvalid)
		return true
	}},
	{"method on a link other than sanitized transfer", func(m *mutator) bool {
		x, ok := m.pick(func(x jsonAt) bool {
			return x.shape == "/topology/links/*" && x.v.get("channel").text() != zone.Sanitized.String()
		})
		if !ok {
			return false
		}
		x.v.set("method", quoted(Method().Draw(m.t, "method").String()))
		m.add(x.path.Child("method"), field.KindForbidden)
		return true
	}},
	{"planned record without a target", func(m *mutator) bool {
		x, ok := m.pickShape("/records/*")
		if !ok {
			return false
		}
		x.v.set("status", quoted(control.StatusPlanned.String()))
		x.v.remove("target")
		m.add(x.path.Child("target"), field.KindRequired)
		return true
	}},
	{"severity lowered to information", func(m *mutator) bool {
		rules := slices.DeleteFunc(policy.RuleIDs(), func(r string) bool {
			return slices.ContainsFunc(m.doc.Severity, func(s policy.Raise) bool { return s.Rule == r })
		})
		list := m.root.get("severity")
		if list == nil {
			list = &jsonValue{kind: '['}
			m.root.set("severity", list)
		}
		m.add(field.Root.Child("severity").Index(len(list.elems)).Child("to"), field.KindForbidden)
		list.elems = append(list.elems, &jsonValue{kind: '{', names: []string{"rule", "to"},
			elems: []*jsonValue{quoted(rapid.SampledFrom(rules).Draw(m.t, "rule")), quoted(finding.Info.String())}})
		return true
	}},
	{"confidentiality code of the other scheme", func(m *mutator) bool {
		s := m.doc.Scheme
		x, ok := m.pick(func(x jsonAt) bool {
			if x.shape != "/assets/*/classification/confidentiality" {
				return false
			}
			var l asset.ConfidentialityLevel
			return l.UnmarshalText([]byte(x.v.text())) == nil && s.Confidentiality().Allows(l) && l.Band() == 3
		})
		if !ok {
			return false
		}
		x.parent.elems[x.index] = quoted(rapid.SampledFrom(foreignBand3(s)).Draw(m.t, "code").String())
		m.add(x.path, field.KindForbidden)
		return true
	}},
}

// foreignBand3 returns the confidentiality codes of band 3 that scheme s
// does not allow: those of the other scheme, whose requirements are the
// same (any code s does not allow counts as band 3).
func foreignBand3(s asset.Scheme) []asset.ConfidentialityLevel {
	return slices.DeleteFunc(foreignConfidentiality(s), func(l asset.ConfidentialityLevel) bool { return l.Band() != 3 })
}
