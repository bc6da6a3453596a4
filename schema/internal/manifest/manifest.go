// Package manifest names the files package schema publishes: their paths
// under v1/, their $id and their titles. Package schema (which embeds the
// files) and the generator (which writes them) both read it, so that the
// two cannot disagree on a name.
package manifest

// Base is the URL every published file lives under; the version in it
// changes only with an incompatible change of the format.
const Base = "https://jichitai-sec.github.io/policy/schema/v1/"

// Kind says whether a file is a JSON Schema or a data file (a catalog).
type Kind uint8

// The kinds of file.
const (
	Schema Kind = iota + 1
	Data
)

// File is one published file.
type File struct {
	Name    string // path under v1/, e.g. "document.json", "catalog/clauses.json"
	Kind    Kind
	TitleJa string
	TitleEn string
	Schema  string // for a data file: the Name of the schema it is valid against
}

// ID returns the file's URL: the $id of a schema.
func (f File) ID() string { return Base + f.Name }

// The published files' names.
const (
	Document       = "document.json"
	AssetRegister  = "asset-register.json"
	Topology       = "topology.json"
	VendorRegister = "vendor-register.json"
	Records        = "records.json"
	Report         = "report.json"
	Clauses        = "clauses.json"
	Threats        = "threats.json"
	Controls       = "controls.json"
	Handling       = "handling.json"

	ClauseTable    = "catalog/clauses.json"
	ThreatCatalog  = "catalog/threats.json"
	ControlCatalog = "catalog/controls.json"
	HandlingRules  = "catalog/handling.json"
)

// Files lists every published file, schemas first, in a fixed order.
var Files = []File{
	{Name: Document, Kind: Schema, TitleJa: "情報セキュリティポリシーの文書", TitleEn: "policy document"},
	{Name: AssetRegister, Kind: Schema, TitleJa: "情報資産台帳（分類体系付き）", TitleEn: "asset register, with its classification scheme"},
	{Name: Topology, Kind: Schema, TitleJa: "ネットワーク構成（ノードとリンク）", TitleEn: "topology (nodes and links)"},
	{Name: VendorRegister, Kind: Schema, TitleJa: "業務委託先・外部サービス・ソーシャルメディアの台帳", TitleEn: "register of contractors, external services and social media accounts"},
	{Name: Records, Kind: Schema, TitleJa: "対策の実施記録", TitleEn: "implementation records of the controls"},
	{Name: Report, Kind: Schema, TitleJa: "評価結果の報告（JSON形式）", TitleEn: "evaluation report (JSON format)"},
	{Name: Clauses, Kind: Schema, TitleJa: "基本方針の条項一覧", TitleEn: "clause table of the basic policy"},
	{Name: Threats, Kind: Schema, TitleJa: "脅威の一覧", TitleEn: "threat catalog"},
	{Name: Controls, Kind: Schema, TitleJa: "対策の一覧と脅威×対策の対応表", TitleEn: "control catalog with the threat × control matrix"},
	{Name: Handling, Kind: Schema, TitleJa: "格付に応じた取扱制限", TitleEn: "handling restrictions by classification"},

	{Name: ClauseTable, Kind: Data, Schema: Clauses, TitleJa: "基本方針の条項一覧", TitleEn: "clause table of the basic policy"},
	{Name: ThreatCatalog, Kind: Data, Schema: Threats, TitleJa: "脅威の一覧", TitleEn: "threat catalog"},
	{Name: ControlCatalog, Kind: Data, Schema: Controls, TitleJa: "対策の一覧と脅威×対策の対応表", TitleEn: "control catalog with the threat × control matrix"},
	{Name: HandlingRules, Kind: Data, Schema: Handling, TitleJa: "格付に応じた取扱制限", TitleEn: "handling restrictions by classification"},
}

// Lookup returns the file named name.
func Lookup(name string) (File, bool) {
	for _, f := range Files {
		if f.Name == name {
			return f, true
		}
	}
	return File{}, false
}
