package policy

import (
	"bytes"
	"strconv"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/go-json-experiment/json"
	"github.com/go-json-experiment/json/jsontext"
)

// renderJSON writes r as indented, deterministic JSON with a final newline
// (the shape Render documents), then escapes DEL and every non-ASCII rune
// that is not graphic (escapeInvisible).
func renderJSON(b *bytes.Buffer, r *Report) error {
	var raw bytes.Buffer
	if err := json.MarshalWrite(&raw, r, jsontext.WithIndent("  "), json.Deterministic(true), jsontext.AllowInvalidUTF8(true)); err != nil {
		return err
	}
	escapeInvisible(b, raw.Bytes())
	if b.Len() == 0 || b.Bytes()[b.Len()-1] != '\n' {
		b.WriteByte('\n')
	}
	return nil
}

// escapeInvisible copies the JSON text src to b, writing DEL and each
// non-ASCII rune that is not graphic (C1 controls, bidirectional controls,
// zero-width and other format characters, line and paragraph separators,
// private-use and unassigned code points) as a \u escape, a surrogate pair
// above U+FFFF. The encoder already escapes the other ASCII controls (JSON
// lets DEL stand raw in a string, so the encoder leaves it). Outside
// strings JSON text is ASCII, so every such rune is inside a string, where
// the escape stands for the same rune: the value is unchanged for a JSON
// reader, and nothing invisible reaches a terminal or an editor.
func escapeInvisible(b *bytes.Buffer, src []byte) {
	const hex = "0123456789abcdef"
	u := func(r rune) {
		b.WriteString(`\u`)
		b.WriteByte(hex[r>>12&0xf])
		b.WriteByte(hex[r>>8&0xf])
		b.WriteByte(hex[r>>4&0xf])
		b.WriteByte(hex[r&0xf])
	}
	for i := 0; i < len(src); {
		c := src[i]
		if c < utf8.RuneSelf {
			if c == 0x7f {
				u(rune(c))
			} else {
				b.WriteByte(c)
			}
			i++
			continue
		}
		r, n := utf8.DecodeRune(src[i:])
		switch {
		case strconv.IsGraphic(r) && !(r == utf8.RuneError && n == 1):
			b.Write(src[i : i+n])
		case r > 0xffff:
			r1, r2 := utf16.EncodeRune(r)
			u(r1)
			u(r2)
		default:
			u(r)
		}
		i += n
	}
}
