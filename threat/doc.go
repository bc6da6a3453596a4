// Package threat is the catalog of the threats clause 3 of the basic policy
// assumes against information assets, and the reading of which threats bear
// on which assets.
//
// Clause 3 sorts threats into five categories ([Category]), one per item:
// intentional ones such as attacks, intrusion and insider misconduct (3(1));
// unintentional ones such as rule breaches, defects, mistakes and failures
// (3(2)); disasters (3(3)); illness on a scale that leaves too few staff
// (3(4)); and outages of power, communication and water (3(5)). Each
// [Threat] of the catalog belongs to one category and cites its clause
// (3(1)–(5)) through [clause.Clause] values, never free text.
//
// # The library's reading
//
// The policy names threats and, per item, what they do (漏えい, 破壊, 改ざん,
// 消去, 停止: see [Harm]), but not which assets each threat reaches. The
// catalog (catalog.go) supplies that reading in one table: for each threat,
// its harms and the asset kinds ([asset.Kind], 4(2)ア–ウ) it applies to. The
// properties a threat harms ([asset.Property]) follow from its harms by one
// fixed rule: a leak harms confidentiality; tampering harms integrity;
// destruction and erasure harm integrity and availability; a stoppage harms
// availability. These are the library's interpretation, written as data so
// they can be reviewed in one place; they are not quoted from the policy.
//
// Each item of clause 3 ends in 「等」 (and the like). The catalog lists the
// threats the policy names, plus one: [OtherDisaster], for the disasters
// beyond earthquake, lightning and fire (storms, floods, landslides,
// eruptions): wind and water disasters are among those Japanese
// municipalities meet most often, and they fit none of the three named.
// The open ends of the other items are absorbed by their broad members
// (ransomware is [Malware], phishing is [InformationFraud], a misdirected
// mail is [OperationMistake]).
//
// # Relevance
//
// [ForKind] lists the threats for an asset kind, and [For] those for one
// asset, each as a [Relevance] that says why: the kind whose row lists the
// threat, the harms and properties, the clause, in Japanese and English.
// Both keep catalog order ([All]), so the same asset always yields the same
// list.
//
// An asset's zone and classification do not change which threats are
// relevant. Clause 3 assumes its threats against information assets in
// general; the three-tier model (6(3)) is a measure that lowers exposure,
// not a reason to drop a threat (the isolated My Number zone still meets
// malware on media and insiders, which is why it is isolated), and
// classification decides how strong the measures must be (6(2)) and how
// grave a loss would be, which belongs to the risk analysis of 8, not here.
//
// An asset whose kind is unset or unknown is treated fail-closed: every
// threat is relevant to it, each [Relevance.Assumed], because nothing known
// rules any out.
package threat
