package gazetteer_test

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/geoextract/geoextract/gazetteer"
)

// governments returns the government list of each entry with one, by id.
func governments(g *gazetteer.Gazetteer) map[string][]string {
	out := map[string][]string{}
	for _, e := range g.Entries() {
		if e.Government != nil {
			out[e.ID] = e.Government
		}
	}
	return out
}

func TestGovernment(t *testing.T) {
	base := `entities:
  - {id: SAU, type: GPE, name: Saudi Arabia, government: [monarchy, kingdom]}
  - {id: IRN, type: GPE, name: Iran, government: [republic, islamic-republic]}
  - {id: XKX, type: GPE, name: Kosovo}
`
	tests := []struct {
		name   string
		mine   string // a later file merged over base; "" for none
		want   map[string][]string
		reason string
	}{
		{
			name:   "loaded as written",
			want:   map[string][]string{"SAU": {"monarchy", "kingdom"}, "IRN": {"republic", "islamic-republic"}},
			reason: "the list keeps its order; an entry without the field has none (unknown)",
		},
		{
			name:   "extend adds forms",
			mine:   "entities:\n  - {id: SAU, merge: extend, government: [absolute-monarchy, kingdom]}\n",
			want:   map[string][]string{"SAU": {"monarchy", "kingdom", "absolute-monarchy"}, "IRN": {"republic", "islamic-republic"}},
			reason: "a user's patch adds forms without repeats",
		},
		{
			name:   "user sets a form on an entry without one",
			mine:   "entities:\n  - {id: XKX, merge: extend, government: [republic]}\n",
			want:   map[string][]string{"SAU": {"monarchy", "kingdom"}, "IRN": {"republic", "islamic-republic"}, "XKX": {"republic"}},
			reason: "users fill in what the world data lacks",
		},
		{
			name:   "replace drops forms",
			mine:   "entities:\n  - {id: IRN, type: GPE, name: Iran}\n",
			want:   map[string][]string{"SAU": {"monarchy", "kingdom"}},
			reason: "a replacing entry without the field leaves the country of unknown form",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			g, err := gazetteer.Load(strings.NewReader(base), "base.yaml")
			if err != nil {
				t.Fatal(err)
			}
			if tc.mine != "" {
				m, err := gazetteer.Load(strings.NewReader(tc.mine), "mine.yaml")
				if err != nil {
					t.Fatal(err)
				}
				if g, err = gazetteer.Merge(g, m); err != nil {
					t.Fatal(err)
				}
			}
			if diff := cmp.Diff(tc.want, governments(g)); diff != "" {
				t.Errorf("government lists mismatch (-want +got) (%s):\n%s", tc.reason, diff)
			}
		})
	}
}

// governmentErrorCases are bad government lists, each with every error it
// must report (FuzzLoad starts from them too).
var governmentErrorCases = []struct {
	name   string
	in     string
	want   []string
	reason string
}{
	{
		name:   "not a slug",
		in:     "entities:\n  - id: SAU\n    type: GPE\n    name: Saudi Arabia\n    government: [Absolute Monarchy]\n",
		want:   []string{`t.yaml:5:18: invalid government form "Absolute Monarchy" (want a lower-case slug such as monarchy or islamic-republic)`},
		reason: "forms are slugs, so that data and table compare exactly",
	},
	{
		name:   "twice",
		in:     "entities:\n  - id: SAU\n    type: GPE\n    name: Saudi Arabia\n    government: [kingdom, kingdom]\n",
		want:   []string{`t.yaml:5:27: government form "kingdom" listed twice`},
		reason: "a repeat is a slip",
	},
	{
		name:   "a string",
		in:     "entities:\n  - id: SAU\n    type: GPE\n    name: Saudi Arabia\n    government: kingdom\n",
		want:   []string{"t.yaml:5:17: government must be a list, not a string"},
		reason: "the field is a list",
	},
	{
		name:   "not a GPE",
		in:     "entities:\n  - id: person/ana\n    type: PERSON\n    name: Ana Ruiz\n    government: [republic]\n",
		want:   []string{"t.yaml:5:5: government is for countries and other GPEs, not PERSON"},
		reason: "only a state has a form of state",
	},
	{
		name:   "hint",
		in:     "entities:\n  - id: SAU\n    type: GPE\n    name: Saudi Arabia\n    government_forms: [kingdom]\n",
		want:   []string{`t.yaml:5:5: unknown field "government_forms" in entity (did you mean "government"?)`},
		reason: "the field's other likely name points to it",
	},
}

func TestGovernmentErrors(t *testing.T) {
	for _, tc := range governmentErrorCases {
		t.Run(tc.name, func(t *testing.T) {
			_, err := gazetteer.Load(strings.NewReader(tc.in), "t.yaml")
			if diff := cmp.Diff(tc.want, errorLines(t, err)); diff != "" {
				t.Errorf("Load errors mismatch (-want +got) (%s):\n%s", tc.reason, diff)
			}
		})
	}
	t.Run("Build", func(t *testing.T) {
		_, err := gazetteer.Build([]gazetteer.Entry{{ID: "SAU", Type: gazetteer.GPE, Name: "Saudi Arabia", Government: []string{"kingdom", "Kingdom"}}}, nil)
		want := []string{`entry "SAU": invalid government form "Kingdom" (want a lower-case slug such as monarchy or islamic-republic)`}
		if diff := cmp.Diff(want, errorLines(t, err)); diff != "" {
			t.Errorf("Build errors mismatch (-want +got):\n%s", diff)
		}
	})
}

func TestGenderBuildErrors(t *testing.T) {
	_, err := gazetteer.Build([]gazetteer.Entry{
		{ID: "person/x", Type: gazetteer.Person, Name: "Alex Morgan", Attributes: map[string]string{"gender": "female"}},
		{ID: "person/y", Type: gazetteer.Person, Name: "Sam Reed", Attributes: map[string]string{"gender": "x"}},
		{ID: "org/z", Type: gazetteer.Org, Name: "Zeta Group", Attributes: map[string]string{"gender": "m"}},
	}, nil)
	want := []string{
		`entry "org/z": attribute "gender" is for people, not ORG`,
		`entry "person/y": invalid gender "x" (want male or female, or m or f)`,
	}
	if diff := cmp.Diff(want, errorLines(t, err)); diff != "" {
		t.Errorf("Build errors mismatch (-want +got):\n%s", diff)
	}
}

func TestEntryGender(t *testing.T) {
	person := func(v string) *gazetteer.Entry {
		return &gazetteer.Entry{ID: "person/x", Type: gazetteer.Person, Name: "X", Attributes: map[string]string{"gender": v}}
	}
	tests := []struct {
		name string
		e    *gazetteer.Entry
		want string
	}{
		{"male", person("male"), gazetteer.Male},
		{"m", person("m"), gazetteer.Male},
		{"female", person("female"), gazetteer.Female},
		{"f", person("f"), gazetteer.Female},
		{"none", &gazetteer.Entry{ID: "person/y", Type: gazetteer.Person, Name: "Y"}, ""},
		{"not a person", &gazetteer.Entry{ID: "org/z", Type: gazetteer.Org, Name: "Z", Attributes: map[string]string{"gender": "f"}}, ""},
		{"nil", nil, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if diff := cmp.Diff(tc.want, tc.e.Gender()); diff != "" {
				t.Errorf("Gender() (-want +got):\n%s", diff)
			}
		})
	}
}
