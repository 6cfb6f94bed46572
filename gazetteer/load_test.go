package gazetteer_test

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

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
		in:     "entries:\n  - type: GPE\n    name: Japan\n",
		want:   []string{"t.yaml:2:5: missing id"},
		reason: "id is required; the error points at the entry",
	},
	{
		name:   "empty id",
		in:     "entries:\n  - id: ''\n    type: GPE\n    name: Japan\n",
		want:   []string{"t.yaml:2:9: missing id"},
		reason: "an empty id is no id; the error points at the value",
	},
	{
		name:   "id with a space",
		in:     "entries:\n  - id: person/lee jong-sup\n    type: PERSON\n    name: Lee Jong-sup\n",
		want:   []string{`t.yaml:2:9: invalid id "person/lee jong-sup": contains white space`},
		reason: "ids are single tokens",
	},
	{
		name: "duplicate id",
		in: "entries:\n  - id: JPN\n    type: GPE\n    name: Japan\n" +
			"  - id: JPN\n    type: GPE\n    name: Nippon\n",
		want:   []string{`t.yaml:5:9: duplicate id "JPN" (first defined at t.yaml:2:5)`},
		reason: "ids are unique; the error points at the second id and names the first entry",
	},
	{
		name:   "missing type",
		in:     "entries:\n  - id: JPN\n    name: Japan\n",
		want:   []string{"t.yaml:2:5: missing type"},
		reason: "type is required",
	},
	{
		name:   "invalid type",
		in:     "entries:\n  - id: JPN\n    type: COUNTRY\n    name: Japan\n",
		want:   []string{`t.yaml:3:11: invalid type "COUNTRY" (want PERSON, GPE, ORG, LOC, NORP or EVENT)`},
		reason: "only the six entity types exist",
	},
	{
		name:   "missing name",
		in:     "entries:\n  - id: JPN\n    type: GPE\n",
		want:   []string{"t.yaml:2:5: missing name"},
		reason: "name is required",
	},
	{
		name:   "blank name",
		in:     "entries:\n  - id: JPN\n    type: GPE\n    name: '  '\n",
		want:   []string{"t.yaml:4:11: missing name"},
		reason: "a name of spaces is no name",
	},
	{
		name:   "name without words",
		in:     "entries:\n  - id: JPN\n    type: GPE\n    name: '--'\n",
		want:   []string{`t.yaml:4:11: name "--" has no words`},
		reason: "a name of punctuation would match stray marks",
	},
	{
		name:   "lower-case country",
		in:     "entries:\n  - id: person/x\n    type: PERSON\n    name: X\n    country: kor\n",
		want:   []string{`t.yaml:5:14: invalid country "kor" (want an ISO 3166-1 alpha-3 code such as KOR)`},
		reason: "countries are ISO alpha-3 codes in capitals",
	},
	{
		name:   "two-letter country",
		in:     "entries:\n  - id: person/x\n    type: PERSON\n    name: X\n    country: KR\n",
		want:   []string{`t.yaml:5:14: invalid country "KR" (want an ISO 3166-1 alpha-3 code such as KOR)`},
		reason: "alpha-2 codes are not accepted",
	},
	{
		name: "empty aliases",
		in:   "entries:\n  - id: JPN\n    type: GPE\n    name: Japan\n    aliases: ['', Nippon, ~, ' ', '.']\n",
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
		in:     "entries:\n  - id: JPN\n    type: GPE\n    name: Japan\n    demonyms:\n      -\n    capitals: ['']\n",
		want:   []string{"t.yaml:6:8: empty demonym", "t.yaml:7:16: empty capital"},
		reason: "demonyms and capitals follow the alias rules",
	},
	{
		name: "bad dates",
		in: "entries:\n  - id: person/x\n    type: PERSON\n    name: X\n    roles:\n" +
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
		in: "entries:\n  - id: person/x\n    type: PERSON\n    name: X\n    roles:\n" +
			"      - title: Minister\n        from: 2023\n        to: 2022-12\n" +
			"      - title: Envoy\n        from: 2022-05\n        to: 2022\n",
		want:   []string{`t.yaml:8:13: role "Minister" ends (2022-12) before it starts (2023)`},
		reason: "from <= to at the common precision: 2022-05 lies within 2022",
	},
	{
		name: "role problems",
		in: "entries:\n  - id: person/x\n    type: PERSON\n    name: X\n    roles:\n" +
			"      - from: 2020\n        country: Korea\n        office: x\n      - Minister\n",
		want: []string{
			"t.yaml:6:9: missing role title",
			`t.yaml:7:18: invalid country "Korea" (want an ISO 3166-1 alpha-3 code such as KOR)`,
			`t.yaml:8:9: unknown field "office" in role`,
			"t.yaml:9:9: role must be a mapping, not a string",
		},
		reason: "roles are mappings with a title and known fields",
	},
	{
		name:   "unknown field",
		in:     "entries:\n  - id: JPN\n    type: GPE\n    nmae: Japan\n",
		want:   []string{"t.yaml:2:5: missing name", `t.yaml:4:5: unknown field "nmae" in entry`},
		reason: "misspelt fields are errors, not silently ignored",
	},
	{
		name:   "unknown top-level field",
		in:     "entries: []\nversion: 2\n",
		want:   []string{`t.yaml:2:1: unknown field "version" in gazetteer`},
		reason: "the top level has only entries",
	},
	{
		name:   "duplicate field",
		in:     "entries:\n  - id: JPN\n    type: GPE\n    name: Japan\n    name: Nippon\n",
		want:   []string{`t.yaml:5:5: duplicate field "name" (first at t.yaml:4:5)`},
		reason: "a repeated key would silently drop a value",
	},
	{
		name: "wrong kinds",
		in: "entries:\n  - id: [JPN]\n    type: GPE\n    name: Japan\n    aliases: Nippon\n" +
			"    roles: x\n  - just a string\n",
		want: []string{
			"t.yaml:2:9: id must be a string, not a list",
			"t.yaml:5:14: aliases must be a list, not a string",
			"t.yaml:6:12: roles must be a list, not a string",
			"t.yaml:7:5: entry must be a mapping, not a string",
		},
		reason: "each field has one YAML shape",
	},
	{
		name:   "entries not a list",
		in:     "entries: {a: b}\n",
		want:   []string{"t.yaml:1:10: entries must be a list, not a mapping"},
		reason: "entries is a list",
	},
	{
		name:   "top level not a mapping",
		in:     "- id: JPN\n",
		want:   []string{"t.yaml:1:1: want a mapping with an entries list, not a list"},
		reason: "the document is a mapping",
	},
	{
		name:   "YAML syntax error",
		in:     "entries:\n  - id: JPN\n    name: 'Japan\n",
		want:   []string{"t.yaml:3: invalid YAML: found unexpected end of stream"},
		reason: "syntax errors come from yaml.v3, which gives a line but no column",
	},
	{
		name:   "YAML alias",
		in:     "entries:\n  - &j {id: JPN, type: GPE, name: Japan}\n  - *j\n",
		want:   []string{"t.yaml:3:5: YAML aliases (*name) are not supported"},
		reason: "aliases could blow up the input; the format does not need them",
	},
	{
		name:   "two documents",
		in:     "entries: []\n---\nentries: []\n",
		want:   []string{"t.yaml:2:1: a gazetteer file holds a single YAML document"},
		reason: "a second document would be silently ignored",
	},
	{
		name: "several errors in one file",
		in: "entries:\n" +
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
	tests := []struct {
		name   string
		in     string
		want   []gazetteer.Entry
		reason string
	}{
		{"empty file", "", nil, "an empty file is an empty gazetteer"},
		{"comments only", "# nothing yet\n", nil, "so is a file of comments"},
		{"null entries", "entries:\n", nil, "and a file with no entries"},
		{
			name: "every field",
			in: `entries:
  - id: person/lee-jong-sup
    type: PERSON
    name: Lee Jong-sup
    country: KOR
    aliases: [Lee]
    roles:
      - title: Defense Minister
        from: 2022-05-10
        to: 2023-10-06
      - title: Envoy
        country: USA
        from: 2024
  - id: KOR
    type: gpe
    name: South Korea
    aliases:
      - ROK
    demonyms: ["South Korean"]
    capitals: ['Seoul']
`,
			want: []gazetteer.Entry{
				{
					ID: "person/lee-jong-sup", Type: gazetteer.Person, Name: "Lee Jong-sup", Country: "KOR",
					Aliases: []string{"Lee"},
					Roles: []gazetteer.Role{
						{Title: "Defense Minister", From: "2022-05-10", To: "2023-10-06"},
						{Title: "Envoy", Country: "USA", From: "2024"},
					},
					Pos: gazetteer.Position{File: "t.yaml", Line: 2, Column: 5},
				},
				{
					ID: "KOR", Type: gazetteer.GPE, Name: "South Korea", Country: "KOR",
					Aliases: []string{"ROK"}, Demonyms: []string{"South Korean"}, Capitals: []string{"Seoul"},
					Pos: gazetteer.Position{File: "t.yaml", Line: 14, Column: 5},
				},
			},
			reason: "all fields are read; a country's country defaults to its id; types are case-insensitive",
		},
		{
			name: "yaml.v3 fallback",
			in:   "entries:\n  - {id: JPN, type: GPE, name: \"Japan\", aliases: [Nippon]}\n",
			want: []gazetteer.Entry{{ID: "JPN", Type: gazetteer.GPE, Name: "Japan", Country: "JPN",
				Aliases: []string{"Nippon"}, Pos: gazetteer.Position{File: "t.yaml", Line: 2, Column: 5}}},
			reason: "YAML outside the fast subset (here a flow mapping) still loads",
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

func TestLoadFile(t *testing.T) {
	g, err := gazetteer.LoadFile(filepath.Join("testdata", "small.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	e, ok := g.Lookup("person/lee-jong-sup")
	if !ok {
		t.Fatalf("Lookup(person/lee-jong-sup) failed")
	}
	want := gazetteer.Position{File: filepath.Join("testdata", "small.yaml"), Line: 59, Column: 5}
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
	checkGolden(t, filepath.Join("testdata", "errors.golden"), []byte(err.Error()+"\n"))
}

func TestNew(t *testing.T) {
	tests := []struct {
		name    string
		entries []gazetteer.Entry
		want    []string
		reason  string
	}{
		{
			name: "good",
			entries: []gazetteer.Entry{
				{ID: "JPN", Type: gazetteer.GPE, Name: "Japan"},
				{ID: "person/x", Type: gazetteer.Person, Name: "X", Country: "JPN"},
			},
			reason: "valid entries build a gazetteer",
		},
		{
			name: "bad without positions",
			entries: []gazetteer.Entry{
				{ID: "JPN", Name: "Japan", Aliases: []string{""}},
				{ID: "JPN", Type: gazetteer.GPE, Name: "Japan", Roles: []gazetteer.Role{{Title: "x", From: "2020", To: "2019"}}},
			},
			want: []string{
				`duplicate id "JPN" (first defined at -)`,
				`entry "JPN": empty alias`,
				`entry "JPN": missing type`,
				`entry "JPN": role "x" ends (2019) before it starts (2020)`,
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
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			g, err := gazetteer.New(tc.entries...)
			if diff := cmp.Diff(tc.want, errorLines(t, err)); diff != "" {
				t.Fatalf("New errors mismatch (-want +got) (%s):\n%s", tc.reason, diff)
			}
			if err == nil && g.Len() != len(tc.entries) {
				t.Errorf("Len = %d, want %d", g.Len(), len(tc.entries))
			}
		})
	}

	// New copies its input.
	in := []gazetteer.Entry{{ID: "JPN", Type: gazetteer.GPE, Name: "Japan", Aliases: []string{"Nippon"}}}
	g, err := gazetteer.New(in...)
	if err != nil {
		t.Fatal(err)
	}
	in[0].Aliases[0] = "changed"
	e, _ := g.Lookup("JPN")
	if e.Aliases[0] != "Nippon" || e.Country != "JPN" {
		t.Errorf("entry = %+v, want an unchanged copy with Country JPN", e)
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
