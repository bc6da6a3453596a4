package policy_test

import (
	"fmt"
	"strings"

	"github.com/jichitai-sec/policy"
	"github.com/jichitai-sec/policy/date"
	"github.com/jichitai-sec/policy/zone"
)

// The library decides flows between the three zones and explains each
// decision with the clause it rests on, in Japanese and English.
func Example() {
	f := zone.Flow{From: zone.In(zone.BusinessZone), To: zone.External(zone.PublicInternet), Channel: zone.Direct}
	v := zone.Check(f, nil, date.MustParse("2026-06-01"))
	fmt.Println(v.Allowed(), v.Rule.Clause(), v.Rule.Clause().Ja())
	fmt.Println(v.Ja())
	// Output:
	// false 6(3)イ 業務サーバ接続系の通信経路の分割
	// 業務サーバ接続系からインターネットへの直接の接続は経路の分割に反する
}

// A web tool that takes uploads refuses an oversized one before decoding
// it: Decode reads at most one byte more than the cap. The default cap,
// DefaultMaxBytes, is 32 MiB.
func ExampleMaxBytes() {
	upload := strings.NewReader(`{"version": "1", "organization": {"name": "` + strings.Repeat("架", 1000) + `"}}`)
	_, err := policy.Decode(upload, policy.MaxBytes(1024))
	fmt.Println(err)
	// Output:
	// (document): invalid value: the document is larger than 1024 bytes / 不正な値：文書が大きすぎる（上限1024バイト）
}
