package asset

import (
	"github.com/jichitai-sec/policy/clause"
	"github.com/jichitai-sec/policy/internal/enum"
)

// Restriction is one handling restriction that a classification requires
// (6(2): measures according to confidentiality, integrity and
// availability). The zero value is not a restriction.
//
// Which restrictions exist and which levels require them is the library's
// reading of the handling-restriction column (取扱制限) of the national
// guideline's classification table; source: public material on 総務省
// 「地方公共団体における情報セキュリティポリシーに関するガイドライン」, as
// summarised in the project's domain notes. The reading is data, in one
// table (handlingTable), so that it can be corrected in one place.
type Restriction uint8

// The restrictions, in the order Handling lists them.
const (
	// IssuedDevicesOnly: work on the information only on devices the
	// organization issued (confidentiality 3).
	IssuedDevicesOnly Restriction = iota + 1
	// NoExcessCopies: no copies or distribution beyond what the work needs
	// (confidentiality 2 and above).
	NoExcessCopies
	// RestrictedStorage: keep it only in designated places, and bring no
	// more media there than needed (confidentiality 2 and above).
	RestrictedStorage
	// ProtectedTransit: encrypt or password-protect it when sending, and
	// carry it in a locked case (confidentiality 2 and above).
	ProtectedTransit
	// IrrecoverableDisposal: dispose of it so that it cannot be restored
	// (confidentiality 2 and above).
	IrrecoverableDisposal
	// TrustedLines: send it only over lines that can be trusted
	// (confidentiality 2 and above).
	TrustedLines
	// OffsiteSafeguards: set safeguards before processing it outside the
	// organization's premises (confidentiality 2 and above, integrity 2).
	OffsiteSafeguards
	// LockedMediaStorage: keep the media holding it in a place that locks
	// (confidentiality 2 and above, integrity 2, availability 2).
	LockedMediaStorage
	// Backup: keep backups (integrity 2, availability 2).
	Backup
	// ElectronicSignature: sign it electronically so that tampering shows
	// (integrity 2).
	ElectronicSignature
	// TimelyRecovery: restore it within a time set in advance
	// (availability 2).
	TimelyRecovery
)

var restrictions = enum.New[Restriction]([]enum.Entry{
	IssuedDevicesOnly:     {ID: "issued-devices-only", Ja: "支給された端末以外での作業の原則禁止", En: "work only on devices the organization issued"},
	NoExcessCopies:        {ID: "no-excess-copies", Ja: "必要を超える複製・配付の禁止", En: "no copies or distribution beyond need"},
	RestrictedStorage:     {ID: "restricted-storage", Ja: "保管場所の限定（不要な媒体の持込み禁止を含む）", En: "storage only in designated places"},
	ProtectedTransit:      {ID: "protected-transit", Ja: "送信・運搬時の暗号化、パスワード設定又は鍵付きケースへの格納", En: "encryption, passwords or locked cases when sending or carrying"},
	IrrecoverableDisposal: {ID: "irrecoverable-disposal", Ja: "復元できない方法による廃棄", En: "disposal that cannot be undone"},
	TrustedLines:          {ID: "trusted-lines", Ja: "信頼できる通信回線の選択", En: "only trusted communication lines"},
	OffsiteSafeguards:     {ID: "offsite-safeguards", Ja: "庁外で処理する際の安全管理措置", En: "safeguards for processing off the premises"},
	LockedMediaStorage:    {ID: "locked-media-storage", Ja: "電磁的記録媒体の施錠できる場所での保管", En: "media kept in a place that locks"},
	Backup:                {ID: "backup", Ja: "バックアップの取得", En: "backups"},
	ElectronicSignature:   {ID: "electronic-signature", Ja: "電子署名の付与", En: "electronic signatures"},
	TimelyRecovery:        {ID: "timely-recovery", Ja: "定めた時間内の復旧", En: "recovery within a set time"},
})

// handlingTable is the library's reading of which bands require each
// restriction (the source is named on Restriction): row r gives, for each
// property, the lowest band of that property that requires r, or 0 when no
// level of that property does. Bands are shared by both schemes
// (ConfidentialityLevel.Band): 3A, 3B, 3C and legacy 3 are band 3, so in
// this reading the split levels carry the same restrictions as legacy 3.
// Every restriction rests on 6(2).
var handlingTable = [...][4]uint8{ // indexed by Restriction, then by Property
	IssuedDevicesOnly:     {Confidentiality: 3},
	NoExcessCopies:        {Confidentiality: 2},
	RestrictedStorage:     {Confidentiality: 2},
	ProtectedTransit:      {Confidentiality: 2},
	IrrecoverableDisposal: {Confidentiality: 2},
	TrustedLines:          {Confidentiality: 2},
	OffsiteSafeguards:     {Confidentiality: 2, Integrity: 2},
	LockedMediaStorage:    {Confidentiality: 2, Integrity: 2, Availability: 2},
	Backup:                {Integrity: 2, Availability: 2},
	ElectronicSignature:   {Integrity: 2},
	TimelyRecovery:        {Availability: 2},
}

// topBand is the highest band of each property, assumed for a level that is
// unclassified or not allowed (fail closed).
var topBand = [...]uint8{Confidentiality: 3, Integrity: 2, Availability: 2}

// Handling returns the restrictions that classification c, read in scheme
// s, requires, each once, in the order of the Restriction constants. It
// reads each level by its band, so both schemes map alike (legacy 3 and
// 3A, 3B, 3C all require the confidentiality-3 restrictions). A level that
// is unclassified, invalid or not allowed by s (s itself invalid included)
// counts as the highest band of its property: an incomplete or doubtful
// classification requires more, never less.
func Handling(c Classification, s Scheme) []Restriction {
	var bands [4]uint8
	for p := Confidentiality; p <= Availability; p++ {
		v := c.level(p)
		bands[p] = topBand[p]
		if rank(s, p, v) != 0 {
			bands[p] = levelBand(p, v)
		}
	}
	var out []Restriction
	for r := IssuedDevicesOnly; int(r) < len(handlingTable); r++ {
		for p := Confidentiality; p <= Availability; p++ {
			if lo := handlingTable[r][p]; lo != 0 && bands[p] >= lo {
				out = append(out, r)
				break
			}
		}
	}
	return out
}

// Restrictions returns every restriction in declaration order.
func Restrictions() []Restriction { return restrictions.All() }

// ParseRestriction accepts a restriction's wire id or Japanese label.
func ParseRestriction(s string) (Restriction, error) { return restrictions.Parse(s) }

// Valid reports whether r is a known restriction.
func (r Restriction) Valid() bool { return restrictions.Valid(r) }

// String returns the wire id, or "asset.Restriction(N)" for an invalid value.
func (r Restriction) String() string { return restrictions.String(r) }

// Ja returns the Japanese label.
func (r Restriction) Ja() string { return restrictions.Ja(r) }

// En returns the English label.
func (r Restriction) En() string { return restrictions.En(r) }

// Clause returns 6(2), the clause every restriction rests on, or 0 for an
// invalid restriction.
func (r Restriction) Clause() clause.Clause {
	if !r.Valid() {
		return 0
	}
	return clause.AssetManagement
}

// MinimumBand returns the lowest band of property p that requires r, or 0
// when no level of p requires it (or r or p is invalid).
func (r Restriction) MinimumBand(p Property) int {
	if !r.Valid() || !p.Valid() {
		return 0
	}
	return int(handlingTable[r][p])
}

// MarshalText returns the wire id; an invalid restriction is an error.
func (r Restriction) MarshalText() ([]byte, error) { return restrictions.MarshalText(r) }

// UnmarshalText accepts a wire id only (ParseRestriction also takes labels and aliases).
func (r *Restriction) UnmarshalText(b []byte) error { return restrictions.UnmarshalText(r, b) }
