package main

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/geoextract/geoextract/entity"
	"github.com/geoextract/geoextract/gazetteer"
	"github.com/geoextract/geoextract/internal/english"
	"github.com/geoextract/geoextract/internal/gold"
	"github.com/geoextract/geoextract/relation"
)

// setup returns a finder with the embedded settings, a tagger and a
// rules-alone extractor.
func setup(t *testing.T) (*finder, *entity.Tagger, *relation.Extractor) {
	t.Helper()
	cfg, err := parseConfig(defaultConfig, "config.yaml")
	if err != nil {
		t.Fatal(err)
	}
	g, err := gazetteer.Default()
	if err != nil {
		t.Fatal(err)
	}
	lex, err := relation.DefaultLexicon()
	if err != nil {
		t.Fatal(err)
	}
	tab, err := english.Base()
	if err != nil {
		t.Fatal(err)
	}
	return &finder{cfg: cfg, tab: tab, nouns: eventNouns(lex, cfg.Roots)}, entity.NewTagger(g), relation.NewExtractor(lex, relation.WithModel(nil))
}

func TestNominals(t *testing.T) {
	f, tg, _ := setup(t)
	tests := []struct {
		name, in string
		want     []string // the phrase, then "+own" when it has a participant of its own
	}{
		{"definite", "The talks ended on Monday.", []string{"The talks"}},
		{"possessive with modifiers", "It was their first official meeting.", []string{"their first official meeting"}},
		{"demonstrative", "Officials praised this visit.", []string{"this visit"}},
		{"indefinite is no anaphor", "Kenya announced a visit.", nil},
		{"no determiner", "Talks resumed on Monday.", nil},
		{"own partner after the noun", "The talks with Uganda ended.", []string{"The talks+own"}},
		{"own genitive after the noun", "The visit of Kenya's president ended.", []string{"The visit+own"}},
		{"a name between determiner and noun", "The Kenya visit ended.", nil},
		{"too many modifiers", "The long first official bilateral meeting ended.", nil},
		{"no event noun", "The country closed the border.", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc := tg.Tag(entity.Input{Text: tc.in})
			var got []string
			for _, n := range f.nominals(doc) {
				s := tc.in[doc.Tokens[n.det].Start:doc.Tokens[n.noun].End]
				if n.own {
					s += "+own"
				}
				got = append(got, s)
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("nominals(%q) mismatch (-want +got):\n%s", tc.in, diff)
			}
		})
	}
}

func TestMeasure(t *testing.T) {
	f, tg, x := setup(t)
	ken, uga := "KEN", "UGA"
	text := "Kenya held talks with Uganda on Monday. During the talks, the leaders praised the new road. The talks lasted an hour."
	d := gold.Doc{ID: "t", Text: text, Relations: []gold.Rel{
		{Sentence: "Kenya held talks with Uganda on Monday.", Subject: &gold.Arg{Name: "Kenya", ID: &ken}, Object: &gold.Arg{Name: "Uganda", ID: &uga}, Predicate: "CONSULT", CAMEO: "04", Trigger: "held talks"},
		{Sentence: "During the talks, the leaders praised the new road.", Subject: &gold.Arg{Name: "Kenya", ID: &ken}, Object: &gold.Arg{Name: "Uganda", ID: &uga}, Predicate: "CONSULT", CAMEO: "04", Trigger: "talks", Coref: true},
	}}
	doc := tg.Tag(entity.Input{Text: text})
	var c counts
	var v strings.Builder
	f.measure(&c, d, doc, x.Extract(doc), &v)
	want := counts{docs: 1, gold: 2, missed: 1, nominalMisses: 1, ceiling: 1, byGold: 1, byExtracted: 1, distance: map[int]int{1: 1},
		nominals: 2, fire: 2, marked: 1, unmarked: 1}
	if diff := cmp.Diff(want, c, cmp.AllowUnexported(counts{})); diff != "" {
		t.Errorf("measure mismatch (-want +got):\n%s\nlisting:\n%s", diff, v.String())
	}
	wantLines := []string{
		"ceiling\tt\tCONSULT [talks]\tDuring the talks, the leaders praised the new road.",
		"unmarked\tt\tThe talks\tThe talks lasted an hour.",
	}
	if diff := cmp.Diff(wantLines, strings.Split(strings.TrimSpace(v.String()), "\n")); diff != "" {
		t.Errorf("listing mismatch (-want +got):\n%s", diff)
	}
}

// configErrors are settings files that must not load, with the error
// they give.
var configErrors = []struct{ name, in, want string }{
	{"unknown field", "windw: 3\n", "field windw not found"},
	{"unknown class", "determiner_classes: [definite_articles]\n", `c.yaml:1:22: unknown word class "definite_articles"`},
	{"unknown own class", "own_classes: [nope]\n", `c.yaml:1:15: unknown word class "nope"`},
	{"negative window", "window: -1\n", "must not be negative"},
}

func TestParseConfigErrors(t *testing.T) {
	for _, tc := range configErrors {
		t.Run(tc.name, func(t *testing.T) {
			_, err := parseConfig([]byte(tc.in), "c.yaml")
			if err == nil || !strings.Contains(err.Error(), tc.want) || !strings.HasPrefix(err.Error(), "c.yaml") {
				t.Errorf("parseConfig(%q) = %v, want an error of c.yaml with %q", tc.in, err, tc.want)
			}
		})
	}
}

func FuzzParseConfig(f *testing.F) {
	f.Add(string(defaultConfig))
	for _, tc := range configErrors {
		f.Add(tc.in)
	}
	f.Fuzz(func(t *testing.T, in string) {
		c, err := parseConfig([]byte(in), "c.yaml")
		if err == nil && (c.Window < 0 || c.MaxModifiers < 0) {
			t.Errorf("parseConfig(%q) accepted inconsistent settings %+v", in, c)
		}
	})
}
