package lang_test

import (
	"encoding/json"
	"testing"

	"github.com/jichitai-sec/policy/lang"
)

func TestOf(t *testing.T) {
	got := lang.Of("期限切れ", "expired")
	if got.Ja != "期限切れ" || got.En != "expired" {
		t.Errorf("Of = %+v, want Ja 期限切れ, En expired", got)
	}
	if got != (lang.Text{Ja: "期限切れ", En: "expired"}) {
		t.Error("Of differs from the literal")
	}
	if lang.Of("a", "b") == lang.Of("b", "a") {
		t.Error("Of does not keep the order Japanese, English")
	}
}

func TestIsZero(t *testing.T) {
	for _, c := range []struct {
		t    lang.Text
		want bool
	}{
		{lang.Text{}, true},
		{lang.Of("", ""), true},
		{lang.Of("あ", ""), false},
		{lang.Of("", "a"), false},
		{lang.Of("あ", "a"), false},
		{lang.Of(" ", ""), false},
	} {
		if got := c.t.IsZero(); got != c.want {
			t.Errorf("%+v.IsZero() = %v, want %v", c.t, got, c.want)
		}
	}
}

func TestString(t *testing.T) {
	for _, c := range []struct {
		t    lang.Text
		want string
	}{
		{lang.Of("期限切れ", "expired"), "期限切れ / expired"},
		{lang.Of("期限切れ", ""), "期限切れ"},
		{lang.Of("", "expired"), "expired"},
		{lang.Text{}, ""},
		{lang.Of("a / b", "c"), "a / b / c"},
	} {
		if got := c.t.String(); got != c.want {
			t.Errorf("%+v.String() = %q, want %q", c.t, got, c.want)
		}
	}
}

func TestAppend(t *testing.T) {
	base := lang.Of("期限切れ", "expired")
	got := base.Append(lang.Of("（2026-03-31）", " (2026-03-31)"))
	if want := lang.Of("期限切れ（2026-03-31）", "expired (2026-03-31)"); got != want {
		t.Errorf("Append = %+v, want %+v", got, want)
	}
	if base != lang.Of("期限切れ", "expired") {
		t.Errorf("Append changed its receiver to %+v", base)
	}
	if got := base.Append(lang.Text{}); got != base {
		t.Errorf("Append of the zero Text = %+v, want %+v", got, base)
	}
	if got := (lang.Text{}).Append(base); got != base {
		t.Errorf("zero Text Append = %+v, want %+v", got, base)
	}
	// Each version grows on its own.
	if got := lang.Of("あ", "").Append(lang.Of("", "b")); got != lang.Of("あ", "b") {
		t.Errorf("Append mixed the versions: %+v", got)
	}
}

func TestJSON(t *testing.T) {
	b, err := json.Marshal(lang.Of("期限切れ", "expired"))
	if err != nil || string(b) != `{"ja":"期限切れ","en":"expired"}` {
		t.Errorf("json.Marshal = %s, %v", b, err)
	}
	if b, err := json.Marshal(lang.Text{}); err != nil || string(b) != `{"ja":"","en":""}` {
		t.Errorf("json.Marshal(zero) = %s, %v", b, err)
	}
	var back lang.Text
	if err := json.Unmarshal([]byte(`{"ja":"期限切れ","en":"expired"}`), &back); err != nil || back != lang.Of("期限切れ", "expired") {
		t.Errorf("json.Unmarshal = %+v, %v", back, err)
	}
}
