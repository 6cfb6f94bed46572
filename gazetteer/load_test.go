package gazetteer_test

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/geoextract/geoextract/gazetteer"
)

// errorLines returns the individual errors in err as strings.
func errorLines(t *testing.T, err error) []string {
	t.Helper()
	if err == nil {
		return nil
	}
	var list gazetteer.ErrorList
	if !errors.As(err, &list) {
		t.Fatalf("error %v (%T) is not an ErrorList", err, err)
	}
	var out []string
	for _, e := range list {
		out = append(out, e.Error())
	}
	return out
}

// loadErrorCases are bad gazetteers, each with every error it must report.
var loadErrorCases = []struct {
	name   string
	in     string
	want   []string
	reason string
}{
	{
		name:   "missing id",
		in:     "entities:\n  - type: GPE\n    name: Japan\n",
		want:   []string{"t.yaml:2:5: missing id"},
		reason: "id is required; the error points at the entry",
	},
	{
		name:   "empty id",
		in:     "entities:\n  - id: ''\n    type: GPE\n    name: Japan\n",
		want:   []string{"t.yaml:2:9: missing id"},
		reason: "an empty id is no id; the error points at the value",
	},
	{
		name:   "id with a space",
		in:     "entities:\n  - id: person/lee jong-sup\n    type: PERSON\n    name: Lee Jong-sup\n",
		want:   []string{`t.yaml:2:9: invalid id "person/lee jong-sup": contains white space`},
		reason: "ids are single tokens",
	},
	{
		name: "duplicate id",
		in: "entities:\n  - id: JPN\n    type: GPE\n    name: Japan\n" +
			"  - id: JPN\n    type: GPE\n    name: Nippon\n",
		want:   []string{`t.yaml:5:9: duplicate id "JPN" (first defined at t.yaml:2:5)`},
		reason: "ids are unique; the error points at the second id and names the first entry",
	},
	{
		name:   "missing type",
		in:     "entities:\n  - id: JPN\n    name: Japan\n",
		want:   []string{"t.yaml:2:5: missing type"},
		reason: "type is required",
	},
	{
		name:   "invalid type",
		in:     "entities:\n  - id: JPN\n    type: COUNTRY\n    name: Japan\n",
		want:   []string{`t.yaml:3:11: invalid type "COUNTRY" (want PERSON, GPE, ORG, LOC, NORP or EVENT)`},
		reason: "only the six entity types exist",
	},
	{
		name:   "missing name",
		in:     "entities:\n  - id: JPN\n    type: GPE\n",
		want:   []string{"t.yaml:2:5: missing name"},
		reason: "name is required",
	},
	{
		name:   "blank name",
		in:     "entities:\n  - id: JPN\n    type: GPE\n    name: '  '\n",
		want:   []string{"t.yaml:4:11: missing name"},
		reason: "a name of spaces is no name",
	},
	{
		name:   "name without words",
		in:     "entities:\n  - id: JPN\n    type: GPE\n    name: '--'\n",
		want:   []string{`t.yaml:4:11: name "--" has no words`},
		reason: "a name of punctuation would match stray marks",
	},
	{
		name:   "lower-case country",
		in:     "entities:\n  - id: person/x\n    type: PERSON\n    name: X\n    country: kor\n",
		want:   []string{`t.yaml:5:14: invalid country "kor" (want an ISO 3166-1 alpha-3 code such as KOR)`},
		reason: "countries are ISO alpha-3 codes in capitals",
	},
	{
		name:   "two-letter country",
		in:     "entities:\n  - id: person/x\n    type: PERSON\n    name: X\n    country: KR\n",
		want:   []string{`t.yaml:5:14: invalid country "KR" (want an ISO 3166-1 alpha-3 code such as KOR)`},
		reason: "alpha-2 codes are not accepted",
	},
	{
		name: "empty aliases",
		in:   "entities:\n  - id: JPN\n    type: GPE\n    name: Japan\n    aliases: ['', Nippon, ~, ' ', '.']\n",
		want: []string{
			"t.yaml:5:15: empty alias",
			"t.yaml:5:27: empty alias",
			"t.yaml:5:30: empty alias",
			`t.yaml:5:35: alias "." has no words`,
		},
		reason: "every alias, null or blank or punctuation, is reported at its own column",
	},
	{
		name:   "empty demonym and capital",
		in:     "entities:\n  - id: JPN\n    type: GPE\n    name: Japan\n    demonyms:\n      -\n    capital: ['']\n    capital_aliases: [' ']\n",
		want:   []string{"t.yaml:6:8: empty demonym", "t.yaml:7:15: empty capital", "t.yaml:8:23: empty capital alias"},
		reason: "demonyms and capitals follow the alias rules",
	},
	{
		name: "bad epithets",
		in:   "entities:\n  - id: org/nato\n    type: ORG\n    name: NATO\n    epithets: [the alliance, alliance, '', The Alliance, [x]]\n    epithet: [the bloc]\n",
		want: []string{
			`t.yaml:5:30: epithet "alliance" has one word (want a description with its determiner: "the alliance")`,
			"t.yaml:5:40: empty epithet",
			`t.yaml:5:44: epithet "The Alliance" listed twice`,
			"t.yaml:5:58: epithet must be a string, not a list",
			`t.yaml:6:5: unknown field "epithet" in entity (did you mean "epithets"?)`,
		},
		reason: "an epithet is a description of two words or more, listed once (case does not count); each bad one is reported at its column",
	},
	{
		name:   "epithets not a list",
		in:     "entities:\n  - id: org/nato\n    type: ORG\n    name: NATO\n    epithets: the alliance\n",
		want:   []string{"t.yaml:5:15: epithets must be a list, not a string"},
		reason: "unlike capital, epithets is always a list",
	},
	{
		name: "bad dates",
		in: "entities:\n  - id: person/x\n    type: PERSON\n    name: X\n    roles:\n" +
			"      - title: Minister\n        from: 2022-13\n        to: 22-01-01\n" +
			"      - title: Envoy\n        from: 2022-02-30\n",
		want: []string{
			`t.yaml:7:15: invalid date "2022-13" (want YYYY, YYYY-MM or YYYY-MM-DD)`,
			`t.yaml:8:13: invalid date "22-01-01" (want YYYY, YYYY-MM or YYYY-MM-DD)`,
			`t.yaml:10:15: invalid date "2022-02-30" (want YYYY, YYYY-MM or YYYY-MM-DD)`,
		},
		reason: "dates are YYYY, YYYY-MM or YYYY-MM-DD and must exist",
	},
	{
		name: "role ends before it starts",
		in: "entities:\n  - id: person/x\n    type: PERSON\n    name: X\n    roles:\n" +
			"      - title: Minister\n        from: 2023\n        to: 2022-12\n" +
			"      - title: Envoy\n        from: 2022-05\n        to: 2022\n",
		want:   []string{`t.yaml:8:13: role "Minister" ends (2022-12) before it starts (2023)`},
		reason: "from <= to at the common precision: 2022-05 lies within 2022",
	},
	{
		name: "role problems",
		in: "entities:\n  - id: person/x\n    type: PERSON\n    name: X\n    roles:\n" +
			"      - from: 2020\n        of: Korea\n        office: x\n        country: KOR\n      - Minister\n",
		want: []string{
			"t.yaml:6:9: missing role title",
			`t.yaml:7:13: invalid role of "Korea" (want an entity id: a country code such as KOR, or an id such as org/united-nations)`,
			`t.yaml:8:9: unknown field "office" in role (did you mean "title"?)`,
			`t.yaml:9:9: unknown field "country" in role (did you mean "of"?)`,
			"t.yaml:10:9: role must be a mapping, not a string",
		},
		reason: "roles are mappings with a title and known fields",
	},
	{
		name:   "unknown field",
		in:     "entities:\n  - id: JPN\n    type: GPE\n    nmae: Japan\n",
		want:   []string{"t.yaml:2:5: missing name", `t.yaml:4:5: unknown field "nmae" in entity`},
		reason: "misspelt fields are errors, not silently ignored",
	},
	{
		name:   "unknown top-level field",
		in:     "entities: []\nverison: 1\n",
		want:   []string{`t.yaml:2:1: unknown field "verison" in gazetteer`},
		reason: "the top level has only version, entities and ambiguous",
	},
	{
		name:   "duplicate field",
		in:     "entities:\n  - id: JPN\n    type: GPE\n    name: Japan\n    name: Nippon\n",
		want:   []string{`t.yaml:5:5: duplicate field "name" (first at t.yaml:4:5)`},
		reason: "a repeated key would silently drop a value",
	},
	{
		name: "wrong kinds",
		in: "entities:\n  - id: [JPN]\n    type: GPE\n    name: Japan\n    aliases: Nippon\n" +
			"    roles: x\n  - just a string\n",
		want: []string{
			"t.yaml:2:9: id must be a string, not a list",
			"t.yaml:5:14: aliases must be a list, not a string",
			"t.yaml:6:12: roles must be a list, not a string",
			"t.yaml:7:5: entity must be a mapping, not a string",
		},
		reason: "each field has one YAML shape",
	},
	{
		name:   "entities not a list",
		in:     "entities: {a: b}\n",
		want:   []string{"t.yaml:1:11: entities must be a list, not a mapping"},
		reason: "entities is a list",
	},
	{
		name:   "top level not a mapping",
		in:     "- id: JPN\n",
		want:   []string{"t.yaml:1:1: want a mapping with an entities list, not a list"},
		reason: "the document is a mapping",
	},
	{
		name:   "YAML syntax error",
		in:     "entities:\n  - id: JPN\n    name: 'Japan\n",
		want:   []string{"t.yaml:3:11: invalid YAML: found unexpected end of stream"},
		reason: "syntax errors come from yaml.v3, which gives a line but no column: the column is the quote left open",
	},
	{
		name:   "YAML alias",
		in:     "entities:\n  - &j {id: JPN, type: GPE, name: Japan}\n  - *j\n",
		want:   []string{"t.yaml:3:5: YAML aliases (*name) are not supported"},
		reason: "aliases could blow up the input; the format does not need them",
	},
	{
		name:   "two documents",
		in:     "entities: []\n---\nentities: []\n",
		want:   []string{"t.yaml:2:1: a gazetteer file holds a single YAML document"},
		reason: "a second document would be silently ignored",
	},
	{
		name: "several errors in one file",
		in: "entities:\n" +
			"  - id: JPN\n    type: GPE\n    name: Japan\n" +
			"  - id: KOR\n    type: GPE\n    country: Korea\n" +
			"  - id: JPN\n    type: GPS\n    name: Japan again\n" +
			"  - id: KOR\n    type: GPE\n    name: Korea\n",
		want: []string{
			"t.yaml:5:5: missing name",
			`t.yaml:7:14: invalid country "Korea" (want an ISO 3166-1 alpha-3 code such as KOR)`,
			`t.yaml:8:9: duplicate id "JPN" (first defined at t.yaml:2:5)`,
			`t.yaml:9:11: invalid type "GPS" (want PERSON, GPE, ORG, LOC, NORP or EVENT)`,
			`t.yaml:11:9: duplicate id "KOR" (first defined at t.yaml:5:5)`,
		},
		reason: "every error in the file is reported, in position order; an invalid entry still claims its id",
	},
	{
		name: "duplicate id, unknown type and unknown field together",
		in: "version: 1\nentities:\n" +
			"  - id: KOR\n    type: GPE\n    name: South Korea\n" +
			"  - id: KOR\n    type: COUNTRY\n    name: Korea\n    flag: taegukgi\n",
		want: []string{
			`t.yaml:6:9: duplicate id "KOR" (first defined at t.yaml:3:5)`,
			`t.yaml:7:11: invalid type "COUNTRY" (want PERSON, GPE, ORG, LOC, NORP or EVENT)`,
			`t.yaml:9:5: unknown field "flag" in entity`,
		},
		reason: "the three mistakes of issue #2's check are all reported, each with its file:line:col",
	},
	{
		name:   "version 2",
		in:     "version: 2\nentities: []\n",
		want:   []string{`t.yaml:1:10: unsupported version "2" (want 1)`},
		reason: "only version 1 exists",
	},
	{
		name:   "version not a scalar",
		in:     "version: [1]\n",
		want:   []string{`t.yaml:1:10: unsupported version a list (want 1)`},
		reason: "the version is a number",
	},
	{
		name:   "v0 entries key",
		in:     "entries:\n  - id: JPN\n    type: GPE\n    name: Japan\n",
		want:   []string{`t.yaml:1:1: unknown field "entries" in gazetteer (did you mean "entities"?)`},
		reason: "format v1 renamed entries to entities; the error says so",
	},
	{
		name:   "v0 capitals key",
		in:     "entities:\n  - id: JPN\n    type: GPE\n    name: Japan\n    capitals: [Tokyo]\n",
		want:   []string{`t.yaml:5:5: unknown field "capitals" in entity (did you mean "capital"?)`},
		reason: "format v1 renamed capitals to capital",
	},
	{
		name:   "bad kind",
		in:     "entities:\n  - id: JPN\n    type: GPE\n    kind: Sovereign State\n    name: Japan\n",
		want:   []string{`t.yaml:4:11: invalid kind "Sovereign State" (want a lower-case slug such as country or government-body)`},
		reason: "kinds are lower-case slugs",
	},
	{
		name:   "capital of the wrong shape",
		in:     "entities:\n  - id: JPN\n    type: GPE\n    name: Japan\n    capital: {name: Tokyo}\n",
		want:   []string{"t.yaml:5:14: capital must be a string or a list, not a mapping"},
		reason: "capital is a string or a list of strings",
	},
	{
		name: "bad attributes",
		in: "entities:\n  - id: JPN\n    type: GPE\n    name: Japan\n    attributes:\n" +
			"      iso2: JP\n      codes: {iso3: JPN}\n      flags: [a]\n      motto:\n      iso2: JA\n",
		want: []string{
			`t.yaml:7:14: attribute "codes" must be a string, not a mapping`,
			`t.yaml:8:14: attribute "flags" must be a string, not a list`,
			`t.yaml:9:13: attribute "motto" has no value`,
			`t.yaml:10:7: duplicate field "iso2" (first at t.yaml:6:7)`,
		},
		reason: "attributes map names to plain strings; nested values are errors",
	},
	{
		name:   "attributes not a mapping",
		in:     "entities:\n  - id: JPN\n    type: GPE\n    name: Japan\n    attributes: [iso2]\n",
		want:   []string{"t.yaml:5:17: attributes must be a mapping, not a list"},
		reason: "attributes is a mapping",
	},
	{
		name: "bad gender",
		in: "entities:\n  - id: person/x\n    type: PERSON\n    name: Alex Morgan\n    attributes: {gender: woman}\n" +
			"  - id: person/y\n    type: PERSON\n    name: Sam Reed\n    attributes:\n      iso2: XX\n      gender: F\n" +
			"  - id: person/z\n    type: PERSON\n    name: Kim Lee\n    attributes: {gender: f}\n",
		want: []string{
			`t.yaml:5:26: invalid gender "woman" (want male or female, or m or f)`,
			`t.yaml:11:15: invalid gender "F" (want male or female, or m or f)`,
		},
		reason: "a person's gender is male or female (m or f), lower-case",
	},
	{
		name:   "gender on a country",
		in:     "entities:\n  - id: JPN\n    type: GPE\n    name: Japan\n    attributes: {iso2: JP, gender: female}\n",
		want:   []string{`t.yaml:5:36: attribute "gender" is for people, not GPE`},
		reason: "only a person has a gender",
	},
	{
		name:   "bad merge",
		in:     "entities:\n  - id: JPN\n    merge: append\n",
		want:   []string{"t.yaml:2:5: missing name", "t.yaml:2:5: missing type", `t.yaml:3:12: invalid merge "append" (want replace, extend or remove)`},
		reason: "merge is replace, extend or remove; an invalid one leaves the entity a replacement",
	},
	{
		name:   "remove with other fields",
		in:     "entities:\n  - id: JPN\n    merge: remove\n    name: Japan\n    aliases: [Nippon]\n",
		want:   []string{`t.yaml:4:5: field "name" is not allowed with merge: remove (only id)`, `t.yaml:5:5: field "aliases" is not allowed with merge: remove (only id)`},
		reason: "a removal names only the id, so a stray field is a mistake",
	},
	{
		name:   "extend still needs an id",
		in:     "entities:\n  - merge: extend\n    aliases: [Nippon]\n",
		want:   []string{"t.yaml:2:5: missing id"},
		reason: "an extension needs no type or name, but an id",
	},
	{
		name: "form claimed twice",
		in: "entities:\n  - id: GEO\n    type: GPE\n    name: Georgia\n" +
			"  - id: state/georgia\n    type: GPE\n    name: GEORGIA\n    country: USA\n",
		want:   []string{`t.yaml:5:5: form "GEORGIA" of state/georgia is also a form of GEO (at t.yaml:2:5); declare it ambiguous: {form: Georgia, ids: [GEO, state/georgia]}`},
		reason: "a name shared by two entities, compared folded, must be declared ambiguous",
	},
	{
		name: "alias claims a capital",
		in: "entities:\n  - id: KOR\n    type: GPE\n    name: South Korea\n    capital: Seoul\n" +
			"  - id: city/seoul\n    type: GPE\n    name: Seoul Special City\n    aliases: [SEOUL]\n" +
			"  - id: org/seoul-fc\n    type: ORG\n    name: FC Seoul\n    aliases: [Séoul]\n",
		want:   []string{`t.yaml:6:5: form "SEOUL" of city/seoul is also a form of KOR (at t.yaml:2:5) and org/seoul-fc (at t.yaml:10:5); declare it ambiguous: {form: Seoul, ids: [KOR, city/seoul, org/seoul-fc]}`},
		reason: "names, aliases and capitals are compared folded (case, accents); every claimant is listed once",
	},
	{
		name: "ambiguous entry misses a claimant",
		in: "entities:\n  - {id: COD, type: GPE, name: DR Congo, aliases: [Congo]}\n" +
			"  - {id: COG, type: GPE, name: Republic of the Congo, aliases: [Congo]}\n" +
			"  - {id: loc/congo-river, type: LOC, name: Congo River, aliases: [Congo]}\n" +
			"ambiguous:\n  - form: Congo\n    ids: [COD, COG]\n",
		want:   []string{`t.yaml:3:5: form "Congo" of COG is also a form of COD (at t.yaml:2:5) and loc/congo-river (at t.yaml:4:5), but its ambiguous entry (at t.yaml:6:5) does not list loc/congo-river`},
		reason: "an ambiguous entry lists every entity that claims the form",
	},
	{
		name: "bad ambiguous entries",
		in: "entities:\n  - {id: KOR, type: GPE, name: South Korea}\n  - {id: PRK, type: GPE, name: North Korea}\n" +
			"ambiguous:\n  - form: Korea\n    ids: [KOR, XXX]\n  - form: KOREA\n    ids: [KOR, PRK]\n" +
			"  - form: Kim\n    ids: [PRK]\n  - {form: '', ids: [KOR, KOR], id: x}\n  - Korea\n",
		want: []string{
			`t.yaml:6:16: ambiguous form "Korea" lists unknown id "XXX"`,
			`t.yaml:7:5: ambiguous form "KOREA" declared twice (first at t.yaml:5:5)`,
			"t.yaml:10:10: an ambiguous form needs at least two ids",
			"t.yaml:11:12: empty form",
			`t.yaml:11:27: id "KOR" listed twice`,
			`t.yaml:11:33: unknown field "id" in ambiguous entry (did you mean "ids"?)`,
			"t.yaml:12:5: ambiguous entry must be a mapping, not a string",
		},
		reason: "ambiguous entries name a form and at least two existing ids",
	},
	// Errors raised inside yaml.v3, which gives a line at best: the
	// loader computes the line and column.
	{
		name:   "invalid UTF-8",
		in:     "entities:\n  - id: JPN\n    type: GPE\n    aliases: [Nihon, \"Nipp\xc3\"]\n",
		want:   []string{"t.yaml:4:27: invalid YAML: invalid UTF-8 (byte 0xc3)"},
		reason: "yaml.v3 says 'invalid trailing UTF-8 octet' with no position; the first bad byte is the error",
	},
	{
		name:   "NUL byte",
		in:     "entities:\n  - id: JPé\x00N\n",
		want:   []string{"t.yaml:2:12: invalid YAML: character U+0000 is not allowed"},
		reason: "yaml.v3 says 'control characters are not allowed' with no position; the column counts characters",
	},
	{
		name:   "other control character",
		in:     "entities:\n  - id: JPN\n    name: Ja\x7fpan\n",
		want:   []string{"t.yaml:3:13: invalid YAML: character U+007F is not allowed"},
		reason: "DEL is outside YAML's printable set too",
	},
	{
		name:   "tab indentation",
		in:     "entities:\n  - id: JPN\n\ttype: GPE\n",
		want:   []string{"t.yaml:3:1: invalid YAML: found a tab character that violates indentation"},
		reason: "a tab that indents is the problem, not the line yaml.v3 names",
	},
	{
		name:   "tab in a block scalar's indentation",
		in:     "entities:\n  - id: JPN\n    name: |\n     \tJapan\n",
		want:   []string{"t.yaml:4:6: invalid YAML: found a tab character where an indentation space is expected"},
		reason: "the tab's own column",
	},
	{
		name:   "flow sequence left open",
		in:     "entities:\n  - id: JPN\n    type: GPE\n    aliases: [Nihon, Nippon\n",
		want:   []string{"t.yaml:4:14: invalid YAML: did not find expected ',' or ']'"},
		reason: "yaml.v3 names line 2, where the entity starts; the bracket left open is on line 4",
	},
	{
		name:   "bad indentation",
		in:     "entities:\n  - id: JPN\n    type: GPE\n   name: Japan\n",
		want:   []string{"t.yaml:4:4: invalid YAML: did not find expected '-' indicator"},
		reason: "yaml.v3 names line 1; the line indented by three spaces is the problem",
	},
	{
		name:   "unknown escape",
		in:     "entities:\n  - id: JPN\n    name: \"Ja\\qpan\"\n",
		want:   []string{"t.yaml:3:14: invalid YAML: found unknown escape character"},
		reason: "the backslash of the bad escape",
	},
	{
		name:   "unknown anchor",
		in:     "entities:\n  - id: JPN\n    name: *japan\n",
		want:   []string{"t.yaml:3:11: invalid YAML: unknown anchor 'japan' referenced"},
		reason: "yaml.v3 gives no position at all",
	},
}

func TestLoadErrors(t *testing.T) {
	for _, tc := range loadErrorCases {
		t.Run(tc.name, func(t *testing.T) {
			g, err := gazetteer.Load(strings.NewReader(tc.in), "t.yaml")
			if err == nil {
				t.Fatalf("Load succeeded with %d entries, want errors (%s)", g.Len(), tc.reason)
			}
			if g != nil {
				t.Errorf("Load returned a gazetteer along with errors")
			}
			if diff := cmp.Diff(tc.want, errorLines(t, err)); diff != "" {
				t.Errorf("Load errors mismatch (-want +got) (%s):\n%s", tc.reason, diff)
			}
		})
	}
}

func TestErrorListError(t *testing.T) {
	tests := []struct {
		name   string
		list   gazetteer.ErrorList
		want   string
		reason string
	}{
		{"one", gazetteer.ErrorList{{Pos: gazetteer.Position{File: "a.yaml", Line: 3, Column: 5}, Msg: "missing id"}},
			"gazetteer: a.yaml:3:5: missing id", "one error, one line, one prefix"},
		{"two", gazetteer.ErrorList{
			{Pos: gazetteer.Position{File: "a.yaml", Line: 3, Column: 5}, Msg: "missing id"},
			{Pos: gazetteer.Position{File: "a.yaml", Line: 9}, Msg: "invalid YAML: x"},
		}, "gazetteer: a.yaml:3:5: missing id\ngazetteer: a.yaml:9: invalid YAML: x", "each error on its own line"},
		{"no position", gazetteer.ErrorList{{Msg: `entry "x": missing name`}},
			`gazetteer: entry "x": missing name`, "unknown positions are left out"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := tc.list.Error(); got != tc.want {
				t.Errorf("Error() = %q, want %q (%s)", got, tc.want, tc.reason)
			}
		})
	}
	var many gazetteer.ErrorList
	for i := range 12 {
		many.Add(gazetteer.Position{File: "f", Line: i + 1, Column: 1}, "bad")
	}
	lines := strings.Split(many.Error(), "\n")
	if len(lines) != 11 || lines[10] != "gazetteer: and 2 more errors" {
		t.Errorf("Error() of 12 errors = %q, want 10 lines and a summary", lines)
	}
	if (gazetteer.ErrorList{}).Err() != nil {
		t.Errorf("empty ErrorList.Err() != nil")
	}
}

func TestLoad(t *testing.T) {
	pos := func(line int) gazetteer.Position { return gazetteer.Position{File: "t.yaml", Line: line, Column: 5} }
	tests := []struct {
		name   string
		in     string
		want   []gazetteer.Entry
		reason string
	}{
		{"empty file", "", nil, "an empty file is an empty gazetteer"},
		{"comments only", "# nothing yet\n", nil, "so is a file of comments"},
		{"null entities", "version: 1\nentities:\n", nil, "and a file with no entities"},
		{
			name: "every field",
			in: `version: 1
entities:
  - id: person/lee-jong-sup
    type: PERSON
    kind: person
    name: Lee Jong-sup
    country: KOR
    aliases: [Lee]
    roles:
      - title: Defense Minister
        from: 2022-05-10
        to: 2023-10-06
      - title: Ambassador
        of: AUS
        from: 2024
      - {title: Envoy, of: org/united-nations}
  - id: KOR
    type: gpe
    name: South Korea
    aliases:
      - ROK
    demonyms: ["South Korean"]
    capital: 'Seoul'
    capital_aliases: [Hanyang]
    epithets: [the South]
    attributes:
      iso2: KR
      numeric: 410
  - id: BOL
    type: GPE
    kind: country
    name: Bolivia
    capital: [La Paz, Sucre]
    attributes: {}
`,
			want: []gazetteer.Entry{
				{
					ID: "person/lee-jong-sup", Type: gazetteer.Person, Kind: gazetteer.KindPerson, Name: "Lee Jong-sup", Country: "KOR",
					Aliases: []string{"Lee"},
					Roles: []gazetteer.Role{
						{Title: "Defense Minister", From: "2022-05-10", To: "2023-10-06"},
						{Title: "Ambassador", Of: "AUS", From: "2024"},
						{Title: "Envoy", Of: "org/united-nations"},
					},
					Pos: pos(3),
				},
				{
					ID: "KOR", Type: gazetteer.GPE, Kind: gazetteer.KindCountry, Name: "South Korea", Country: "KOR",
					Aliases: []string{"ROK"}, Demonyms: []string{"South Korean"},
					Capitals: []string{"Seoul"}, CapitalAliases: []string{"Hanyang"}, Epithets: []string{"the South"},
					Attributes: map[string]string{"iso2": "KR", "numeric": "410"},
					Pos:        pos(17),
				},
				{
					ID: "BOL", Type: gazetteer.GPE, Kind: gazetteer.KindCountry, Name: "Bolivia", Country: "BOL",
					Capitals: []string{"La Paz", "Sucre"}, Attributes: map[string]string{}, Pos: pos(29),
				},
			},
			reason: "all fields are read; a country's country defaults to its id; types are case-insensitive; capital is a string or a list",
		},
		{
			name: "default kinds",
			in: `entities:
  - {id: JPN, type: GPE, name: Japan}
  - {id: city/osaka, type: GPE, name: Osaka, country: JPN}
  - {id: state/hokkaido, type: GPE, name: Hokkaido, country: JPN}
  - {id: person/kishida, type: PERSON, name: Fumio Kishida}
  - {id: event/expo-2025, type: EVENT, name: Expo 2025}
  - {id: org/ldp, type: ORG, name: Liberal Democratic Party}
  - {id: org/jsdf, type: ORG, kind: military, name: Japan Self-Defense Forces}
  - {id: loc/mount-fuji, type: LOC, name: Mount Fuji}
  - {id: XKX, type: GPE, name: Kosovo, kind: territory}
  - {id: gpe/okinawa, type: GPE, name: Okinawa}
`,
			want: []gazetteer.Entry{
				{ID: "JPN", Type: gazetteer.GPE, Kind: gazetteer.KindCountry, Name: "Japan", Country: "JPN", Pos: pos(2)},
				{ID: "city/osaka", Type: gazetteer.GPE, Kind: gazetteer.KindCity, Name: "Osaka", Country: "JPN", Pos: pos(3)},
				{ID: "state/hokkaido", Type: gazetteer.GPE, Kind: gazetteer.KindState, Name: "Hokkaido", Country: "JPN", Pos: pos(4)},
				{ID: "person/kishida", Type: gazetteer.Person, Kind: gazetteer.KindPerson, Name: "Fumio Kishida", Pos: pos(5)},
				{ID: "event/expo-2025", Type: gazetteer.Event, Kind: gazetteer.KindEvent, Name: "Expo 2025", Pos: pos(6)},
				{ID: "org/ldp", Type: gazetteer.Org, Name: "Liberal Democratic Party", Pos: pos(7)},
				{ID: "org/jsdf", Type: gazetteer.Org, Kind: gazetteer.KindMilitary, Name: "Japan Self-Defense Forces", Pos: pos(8)},
				{ID: "loc/mount-fuji", Type: gazetteer.Loc, Kind: gazetteer.KindPlace, Name: "Mount Fuji", Pos: pos(9)},
				{ID: "XKX", Type: gazetteer.GPE, Kind: gazetteer.KindTerritory, Name: "Kosovo", Country: "XKX", Pos: pos(10)},
				{ID: "gpe/okinawa", Type: gazetteer.GPE, Kind: gazetteer.KindRegion, Name: "Okinawa", Pos: pos(11)},
			},
			reason: "without a kind, the id's prefix or the type decides; an org/ id stays of unknown kind",
		},
		{
			name: "merge patches are not entities",
			in: `entities:
  - {id: KOR, merge: extend, aliases: [Hanguk]}
  - {id: PRK, merge: remove}
  - {id: JPN, merge: extend, type: GPE, name: Japan}
`,
			want: []gazetteer.Entry{
				{ID: "JPN", Type: gazetteer.GPE, Name: "Japan", Country: "JPN", Merge: gazetteer.MergeExtend, Pos: pos(4)},
			},
			reason: "standalone, an extension with a type and a name is an entity (its kind is left to the extended one); other patches wait for Merge",
		},
		{
			name: "declared ambiguity",
			in: `entities:
  - {id: GEO, type: GPE, name: Georgia}
  - {id: state/georgia, type: GPE, name: Georgia, country: USA}
ambiguous:
  - form: GEORGIA
    ids: [GEO, state/georgia]
`,
			want: []gazetteer.Entry{
				{ID: "GEO", Type: gazetteer.GPE, Kind: gazetteer.KindCountry, Name: "Georgia", Country: "GEO", Pos: pos(2)},
				{ID: "state/georgia", Type: gazetteer.GPE, Kind: gazetteer.KindState, Name: "Georgia", Country: "USA", Pos: pos(3)},
			},
			reason: "a form shared by entities is fine once declared, compared folded",
		},
		{
			name: "yaml.v3 fallback",
			in:   "entities:\n  - {id: JPN, type: GPE, name: \"Japan\", aliases: [Nippon], attributes: {iso2: JP}}\n",
			want: []gazetteer.Entry{{ID: "JPN", Type: gazetteer.GPE, Kind: gazetteer.KindCountry, Name: "Japan", Country: "JPN",
				Aliases: []string{"Nippon"}, Attributes: map[string]string{"iso2": "JP"}, Pos: pos(2)}},
			reason: "YAML outside the fast subset (here a flow collection inside a flow mapping) still loads, the same way",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			g, err := gazetteer.Load(strings.NewReader(tc.in), "t.yaml")
			if err != nil {
				t.Fatalf("Load: %v", err)
			}
			var got []gazetteer.Entry
			for _, e := range g.Entries() {
				got = append(got, *e)
			}
			if diff := cmp.Diff(tc.want, got, cmpopts.EquateEmpty()); diff != "" {
				t.Errorf("entries mismatch (-want +got) (%s):\n%s", tc.reason, diff)
			}
		})
	}
}

func TestAmbiguous(t *testing.T) {
	g := small()
	tests := []struct {
		form   string
		want   []string
		reason string
	}{
		{"Georgia", []string{"GEO", "state/us-georgia"}, "declared in small.yaml"},
		{"GEORGIA", []string{"GEO", "state/us-georgia"}, "compared folded"},
		{" Washington ", []string{"USA", "person/washington"}, "white space does not count"},
		{"Japan", nil, "a form with one claimant is not ambiguous"},
	}
	for _, tc := range tests {
		if diff := cmp.Diff(tc.want, g.Ambiguous(tc.form)); diff != "" {
			t.Errorf("Ambiguous(%q) mismatch (-want +got) (%s):\n%s", tc.form, tc.reason, diff)
		}
	}
	if n := len(g.Ambiguities()); n != 2 {
		t.Errorf("Ambiguities() has %d forms, want 2", n)
	}
	var nilG *gazetteer.Gazetteer
	if nilG.Ambiguous("Georgia") != nil || nilG.Ambiguities() != nil {
		t.Errorf("a nil gazetteer has ambiguities")
	}
}

func TestFold(t *testing.T) {
	tests := []struct{ in, want, reason string }{
		{"South Korea", "south korea", "lower case, one space between words"},
		{"  Côte   d’Ivoire ", "cote d'ivoire", "accents and curly apostrophes folded, spaces collapsed"},
		{"Japan's", "japan 's", "the clitic is a token of its own"},
		{"Lee Jong-sup", "lee jong - sup", "hyphens are tokens"},
		{"U.S.", "u.s.", "dotted abbreviations stay whole"},
		{"", "", "nothing"},
	}
	for _, tc := range tests {
		if got := gazetteer.Fold(tc.in); got != tc.want {
			t.Errorf("Fold(%q) = %q, want %q (%s)", tc.in, got, tc.want, tc.reason)
		}
	}
}

func TestKind(t *testing.T) {
	for k, want := range map[gazetteer.Kind]bool{
		gazetteer.KindGovernmentBody: true, "country": true, "g20-forum": true,
		"": false, "Country": false, "armed group": false, "-party": false, "party-": false, "a--b": false,
	} {
		if got := k.Valid(); got != want {
			t.Errorf("Kind(%q).Valid() = %v, want %v", k, got, want)
		}
	}
	if got := gazetteer.MergeExtend.String(); got != "extend" {
		t.Errorf("MergeExtend.String() = %q", got)
	}
}

func TestRoleHolds(t *testing.T) {
	day := func(s string) time.Time {
		d, err := time.Parse("2006-01-02", s)
		if err != nil {
			t.Fatal(err)
		}
		return d
	}
	r := gazetteer.Role{Title: "Defense Minister", From: "2022-05", To: "2023"}
	tests := []struct {
		date   time.Time
		want   bool
		reason string
	}{
		{time.Time{}, true, "an undated document is inside every role"},
		{day("2022-04-30"), false, "before the start month"},
		{day("2022-05-01"), true, "the start month counts from its first day"},
		{day("2023-12-31"), true, "the end year counts to its last day"},
		{day("2024-01-01"), false, "after the end"},
	}
	for _, tc := range tests {
		if got := r.Holds(tc.date); got != tc.want {
			t.Errorf("Holds(%v) = %v, want %v (%s)", tc.date, got, tc.want, tc.reason)
		}
	}
	if !(gazetteer.Role{Title: "King"}).Holds(day("1900-01-01")) {
		t.Errorf("an open role does not hold")
	}
}

func TestLoadFile(t *testing.T) {
	g, err := gazetteer.LoadFile(filepath.Join("testdata", "small.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	e, ok := g.Lookup("person/lee-jong-sup")
	if !ok {
		t.Fatalf("Lookup(person/lee-jong-sup) failed")
	}
	want := gazetteer.Position{File: filepath.Join("testdata", "small.yaml"), Line: 60, Column: 5}
	if e.Pos != want {
		t.Errorf("Pos = %v, want %v", e.Pos, want)
	}
	if _, err := gazetteer.LoadFile(filepath.Join("testdata", "no-such-file.yaml")); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("LoadFile(missing) error = %v, want os.ErrNotExist", err)
	}
	_, err = gazetteer.LoadFile(filepath.Join("testdata", "errors.yaml"))
	if err == nil {
		t.Fatal("LoadFile(errors.yaml) succeeded")
	}
	// errors.yaml has one mistake of each kind; errors.golden lists them.
	checkGolden(t, filepath.Join("testdata", "errors.golden"), []byte(strings.Join(errorLines(t, err), "\n")+"\n"))
}

func TestBuild(t *testing.T) {
	tests := []struct {
		name      string
		entries   []gazetteer.Entry
		ambiguous []gazetteer.Ambiguity
		want      []string
		reason    string
	}{
		{
			name: "good",
			entries: []gazetteer.Entry{
				{ID: "JPN", Type: gazetteer.GPE, Name: "Japan"},
				{ID: "person/x", Type: gazetteer.Person, Name: "X", Country: "JPN", Roles: []gazetteer.Role{{Title: "Envoy", Of: "org/un"}}},
			},
			reason: "valid entries build a gazetteer",
		},
		{
			name: "bad without positions",
			entries: []gazetteer.Entry{
				{ID: "JPN", Name: "Japan", Aliases: []string{""}, Kind: "Land"},
				{ID: "JPN", Type: gazetteer.GPE, Name: "Japan", Roles: []gazetteer.Role{{Title: "x", From: "2020", To: "2019", Of: "Japan"}}},
				{ID: "KOR", Merge: gazetteer.MergeRemove, Name: "Korea"},
			},
			want: []string{
				`duplicate id "JPN" (first defined at -)`,
				`entry "JPN": empty alias`,
				`entry "JPN": invalid kind "Land" (want a lower-case slug such as country or government-body)`,
				`entry "JPN": invalid role of "Japan" (want an entity id: a country code such as KOR, or an id such as org/united-nations)`,
				`entry "JPN": missing type`,
				`entry "JPN": role "x" ends (2019) before it starts (2020)`,
				`entry "KOR": merge: remove takes only an id`,
			},
			reason: "errors name the entry when there is no position",
		},
		{
			name: "bad with positions",
			entries: []gazetteer.Entry{
				{ID: "", Type: gazetteer.Type(9), Name: "X", Pos: gazetteer.Position{File: "f", Line: 3, Column: 1}},
			},
			want:   []string{"f:3:1: invalid type Type(9)", "f:3:1: missing id"},
			reason: "an entry's Pos is used when it is set",
		},
		{
			name: "undeclared and declared collisions",
			entries: []gazetteer.Entry{
				{ID: "GEO", Type: gazetteer.GPE, Name: "Georgia"},
				{ID: "state/georgia", Type: gazetteer.GPE, Name: "Georgia", Country: "USA"},
				{ID: "COD", Type: gazetteer.GPE, Name: "DR Congo", Aliases: []string{"Congo"}},
				{ID: "COG", Type: gazetteer.GPE, Name: "Republic of the Congo", Aliases: []string{"CONGO"}},
			},
			ambiguous: []gazetteer.Ambiguity{{Form: "Congo", IDs: []string{"COD", "COG"}}, {Form: "Korea", IDs: []string{"KOR"}}},
			want: []string{
				`ambiguous form "Korea" lists unknown id "KOR"`,
				`ambiguous form "Korea": an ambiguous form needs at least two ids`,
				`entry "state/georgia": form "Georgia" of state/georgia is also a form of GEO; declare it ambiguous: {form: Georgia, ids: [GEO, state/georgia]}`,
			},
			reason: "Build checks shared forms and ambiguous declarations as Load does",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			g, err := gazetteer.Build(tc.entries, tc.ambiguous)
			if diff := cmp.Diff(tc.want, errorLines(t, err)); diff != "" {
				t.Fatalf("Build errors mismatch (-want +got) (%s):\n%s", tc.reason, diff)
			}
			if err == nil && g.Len() != len(tc.entries) {
				t.Errorf("Len = %d, want %d", g.Len(), len(tc.entries))
			}
		})
	}

	// New copies its input and fills in defaults.
	in := []gazetteer.Entry{{ID: "JPN", Type: gazetteer.GPE, Name: "Japan", Aliases: []string{"Nippon"}, Attributes: map[string]string{"iso2": "JP"}}}
	g, err := gazetteer.New(in...)
	if err != nil {
		t.Fatal(err)
	}
	in[0].Aliases[0] = "changed"
	in[0].Attributes["iso2"] = "changed"
	e, _ := g.Lookup("JPN")
	if e.Aliases[0] != "Nippon" || e.Attributes["iso2"] != "JP" || e.Country != "JPN" || e.Kind != gazetteer.KindCountry {
		t.Errorf("entry = %+v, want an unchanged copy with Country JPN and kind country", e)
	}
}

func TestZeroGazetteer(t *testing.T) {
	for _, g := range []*gazetteer.Gazetteer{nil, new(gazetteer.Gazetteer)} {
		if g.Len() != 0 || len(g.Entries()) != 0 || g.Match("Japan") != nil || g.MatchWords([]string{"Japan"}) != nil {
			t.Errorf("%#v is not empty", g)
		}
		if _, ok := g.Lookup("JPN"); ok {
			t.Errorf("Lookup on an empty gazetteer succeeded")
		}
	}
}
