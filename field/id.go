package field

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/jichitai-sec/policy/lang"
)

// IDs checks the ids of one list (the assets, the nodes of a topology, the
// exceptions, …) as its elements are read in order. An id must be
// present and well formed (WellFormedID: no white space, control, format
// or combining character, so what a person reads is what the library
// compares), and no
// two ids of the list may be the same id to a reader: equal once the case
// of letters and the width of ASCII letters and digits are folded
// ("Juki", "juki" and "ｊｕｋｉ" are one id three times). References to an
// id are resolved exactly, by their validators; IDs only keeps a list
// from holding two ids a person could not tell apart.
type IDs struct {
	list  Path      // the list's path
	what  lang.Text // an element of the list, with its article in English: {"情報資産", "an asset"}
	first map[string]firstID
}

// firstID is the first element of a list with a folded id.
type firstID struct {
	i  int
	id string
}

// NewIDs returns the checker of the ids of a list of n elements at path
// list; what names one element in both languages, the English with its
// article ({"情報資産", "an asset"}).
func NewIDs(list Path, what lang.Text, n int) *IDs {
	return &IDs{list: list, what: what, first: make(map[string]firstID, n)}
}

// Check records the id of element i and returns its problem, at the path
// of its "id" member, or nil: Required when it is empty or white space
// only, Invalid when it is not well formed, Duplicate when an earlier
// element has the same id, or one that differs only in case or width.
// Every id but "" is recorded, the first spelling of each folded form, so
// that Lookup finds it even when it has a problem.
func (s *IDs) Check(i int, id string) *Error {
	if id == "" {
		return Required(s.path(i), lang.Of(s.what.Ja+"にIDがない", s.what.En+" needs an id"))
	}
	k := FoldID(id)
	f, dup := s.first[k]
	if !dup {
		s.first[k] = firstID{i, id}
	}
	switch {
	case strings.TrimSpace(id) == "":
		return Required(s.path(i), lang.Of(s.what.Ja+"にIDがない", s.what.En+" needs an id"))
	case !WellFormedID(id):
		return Invalid(s.path(i), id, lang.Of(
			"IDに空白・制御文字・書式文字・結合文字は使えない",
			"an id cannot hold white space, control, format or combining characters"))
	case !dup:
		return nil
	}
	fp := string(s.list.Index(f.i))
	if f.id == id {
		return Duplicate(s.path(i), id, lang.Of("同じIDの"+s.what.Ja+"が既にある（"+fp+"）", fp+" already has this id"))
	}
	return Duplicate(s.path(i), id, lang.Of(
		fp+"のID「"+f.id+"」と大文字・小文字又は全角・半角の違いしかない",
		"the id differs from "+strconv.Quote(f.id)+" of "+fp+" only in case or width"))
}

// Lookup returns the index of the first element Check recorded with
// exactly this id (a reference resolves exactly, never by folding).
func (s *IDs) Lookup(id string) (int, bool) {
	f, ok := s.first[FoldID(id)]
	return f.i, ok && f.id == id
}

func (s *IDs) path(i int) Path { return s.list.Index(i).Child("id") }

// WellFormedID reports whether id can be an id: valid UTF-8, not empty,
// and with no rune of the Unicode categories C (controls, format
// characters such as zero-width spaces and bidirectional controls,
// surrogates, private use), M (combining marks, so no decomposed form) or
// Z (white space and separators). The schemas state the same rule as the
// pattern ^[^\p{C}\p{M}\p{Z}]+$.
func WellFormedID(id string) bool {
	if id == "" {
		return false
	}
	for i := 0; i < len(id); {
		if c := id[i]; c < utf8.RuneSelf {
			if c <= ' ' || c == 0x7f {
				return false
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(id[i:])
		if r == utf8.RuneError && n == 1 || unicode.In(r, unicode.C, unicode.M, unicode.Z) {
			return false
		}
		i += n
	}
	return true
}

// FoldID returns the form under which two ids are the same id to a
// reader: letters folded as strings.EqualFold folds them (so "K", "k"
// and the Kelvin sign are one letter), in lower case, and full-width ASCII letters, digits and
// signs (U+FF01–U+FF5E) in their ASCII form. An id already in that form
// is returned as it is, without allocating.
func FoldID(id string) string {
	for i := 0; i < len(id); i++ {
		if c := id[i]; c >= utf8.RuneSelf || 'A' <= c && c <= 'Z' {
			return foldFrom(id, i)
		}
	}
	return id
}

// foldFrom folds id from byte i on, the bytes before it being folded
// already; it allocates only when a rune changes.
func foldFrom(id string, i int) string {
	var b []byte
	for j := i; j < len(id); {
		r, n := utf8.DecodeRuneInString(id[j:])
		f := r
		if 0xFF01 <= r && r <= 0xFF5E {
			f = r - 0xFEE0
		}
		f = foldRune(f)
		if f != r && b == nil {
			b = append(make([]byte, 0, len(id)), id[:j]...)
		}
		if b != nil {
			b = utf8.AppendRune(b, f)
		}
		j += n
	}
	if b == nil {
		return id
	}
	return string(b)
}

// foldRune is the lower-case form of the least rune that r folds to (its
// orbit under unicode.SimpleFold), the same for every rune of the orbit.
func foldRune(r rune) rune {
	least := r
	for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
		least = min(least, f)
	}
	return unicode.ToLower(least)
}
