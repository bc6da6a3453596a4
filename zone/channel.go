package zone

import "github.com/jichitai-sec/policy/internal/enum"

// Channel is how data crosses from one endpoint to another. The zero value
// is not a channel.
type Channel uint8

// The channels.
const (
	// Direct is direct network traffic between the endpoints.
	Direct Channel = iota + 1
	// Media is electronic media (電磁的記録媒体: USB memory, discs, …)
	// carried by hand from one endpoint to the other.
	Media
	// Sanitized is sanitized transfer (無害化通信, 2(12)): data passes only
	// after a sanitization Method has made it safe. A flow on this channel
	// must name its Method.
	Sanitized
)

var channels = enum.New[Channel]([]enum.Entry{
	Direct:    {ID: "direct", Ja: "直接通信", En: "direct network traffic"},
	Media:     {ID: "media", Ja: "電磁的記録媒体による持ち運び", En: "electronic media carried by hand", Aliases: []string{"電磁的記録媒体"}},
	Sanitized: {ID: "sanitized", Ja: "無害化通信", En: "sanitized transfer"},
})

// Channels returns every channel.
func Channels() []Channel { return channels.All() }

// ParseChannel accepts a channel's wire id ("direct", "media",
// "sanitized"), its Japanese label, or "電磁的記録媒体".
func ParseChannel(s string) (Channel, error) { return channels.Parse(s) }

// Valid reports whether c is a known channel.
func (c Channel) Valid() bool { return channels.Valid(c) }

// String returns the wire id, or "zone.Channel(N)" for an invalid value.
func (c Channel) String() string { return channels.String(c) }

// Ja returns the Japanese label.
func (c Channel) Ja() string { return channels.Ja(c) }

// En returns the English label.
func (c Channel) En() string { return channels.En(c) }

// MarshalText returns the wire id; an invalid channel is an error.
func (c Channel) MarshalText() ([]byte, error) { return channels.MarshalText(c) }

// UnmarshalText accepts a wire id only (ParseChannel also takes labels and aliases).
func (c *Channel) UnmarshalText(b []byte) error { return channels.UnmarshalText(c, b) }

// Method is how a sanitized transfer makes data safe. The zero value is not
// a method, and a sanitized transfer without a method is denied.
//
// The list is the library's reading of the methods municipalities use under
// the national guideline (source: published descriptions of 無害化 in
// municipal practice: attachments removed and HTML mail turned into text,
// files converted to text, image or PDF or rebuilt without active parts,
// and screen transfer). It is data, and may grow.
type Method uint8

// The sanitization methods.
const (
	FileSanitization      Method = iota + 1 // file sanitization or rebuild (CDR)
	TextConversion                          // extract the text only
	ImageConversion                         // render to an image
	PDFConversion                           // convert to PDF
	MailAttachmentRemoval                   // strip mail attachments
	MailTextConversion                      // turn HTML mail into plain text
	ScreenTransfer                          // 画面転送: the user sees a remote session as pixels only
)

var methods = enum.New[Method]([]enum.Entry{
	FileSanitization:      {ID: "file-sanitization", Ja: "ファイル無害化（再構築）", En: "file sanitization (rebuild, CDR)", Aliases: []string{"cdr"}},
	TextConversion:        {ID: "text-conversion", Ja: "テキスト化", En: "conversion to text"},
	ImageConversion:       {ID: "image-conversion", Ja: "画像化", En: "conversion to image"},
	PDFConversion:         {ID: "pdf-conversion", Ja: "PDF化", En: "conversion to PDF"},
	MailAttachmentRemoval: {ID: "mail-attachment-removal", Ja: "メール添付ファイルの削除", En: "mail attachment removal"},
	MailTextConversion:    {ID: "mail-text-conversion", Ja: "メール本文のテキスト化", En: "mail HTML stripped to text"},
	ScreenTransfer:        {ID: "screen-transfer", Ja: "画面転送", En: "screen transfer"},
})

// Methods returns every sanitization method.
func Methods() []Method { return methods.All() }

// ParseMethod accepts a method's wire id, its Japanese label, or "cdr".
func ParseMethod(s string) (Method, error) { return methods.Parse(s) }

// Valid reports whether m is a recognised sanitization method.
func (m Method) Valid() bool { return methods.Valid(m) }

// String returns the wire id, or "zone.Method(N)" for an invalid value.
func (m Method) String() string { return methods.String(m) }

// Ja returns the Japanese label.
func (m Method) Ja() string { return methods.Ja(m) }

// En returns the English label.
func (m Method) En() string { return methods.En(m) }

// MarshalText returns the wire id; an invalid method is an error.
func (m Method) MarshalText() ([]byte, error) { return methods.MarshalText(m) }

// UnmarshalText accepts a wire id only (ParseMethod also takes labels and aliases).
func (m *Method) UnmarshalText(b []byte) error { return methods.UnmarshalText(m, b) }
