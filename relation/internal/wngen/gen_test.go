package main

import (
	"bytes"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/geoextract/geoextract/entity"
	"github.com/geoextract/geoextract/gazetteer"
	"github.com/geoextract/geoextract/internal/english"
	"github.com/geoextract/geoextract/internal/wordnet"
	"github.com/geoextract/geoextract/relation"
)

// seedLexicon is a curated lexicon of our own for the tests.
const seedLexicon = `triggers:
  - {verb: criticize, cameo: "11", object: [direct]}
  - {verb: rebuke, cameo: "111", object: [direct]}
  - {verb: negotiate, cameo: "04", object: [with], symmetric: true}
`

func testDB(t *testing.T) *wordnet.DB {
	t.Helper()
	db, err := wordnet.Open("../../../internal/wordnet/testdata/dict")
	if err != nil {
		t.Fatal(err)
	}
	return db
}

func testTriggers(t *testing.T) []relation.TriggerInfo {
	t.Helper()
	lex, err := relation.LoadLexicon(strings.NewReader(seedLexicon), "11-test.yaml")
	if err != nil {
		t.Fatal(err)
	}
	return lex.Triggers()
}

func testConfig(t *testing.T, candidateSenses int) *config {
	t.Helper()
	c, err := parseConfig(configYAML, "config.yaml")
	if err != nil {
		t.Fatal(err)
	}
	c.Seeds = []string{"*"}
	for _, p := range []*posConfig{&c.Verb, &c.Noun} {
		p.CandidateSenses, p.HyponymDepth = candidateSenses, 1
		p.LexNames = append(p.LexNames, "verb.cognition")
	}
	return c
}

// line is an entry as the tests compare it.
type line struct {
	Kind, Lemma, Code string
	Frames, Forms     []string
	Symmetric         bool
	Rel, Seed         string
}

func lines(es []entry) []line {
	var out []line
	for _, e := range es {
		out = append(out, line{e.kind, e.lemma, e.code, e.frames, e.forms, e.symmetric, e.best.rel, e.best.seed.lemma})
	}
	return out
}

func TestGenerate(t *testing.T) {
	db := testDB(t)
	common := []line{
		{"noun", "negotiation", "04", []string{"with"}, nil, true, "derivation", "negotiate"},
		{"verb", "confer", "04", []string{"with"}, nil, true, "synonym", "negotiate"},
		{"noun", "criticism", "11", []string{"of"}, nil, false, "derivation", "criticize"},
		{"noun", "rebuke", "111", []string{"of"}, nil, false, "derivation", "rebuke"},
		{"verb", "berate", "11", []string{"direct"}, nil, false, "hyponym", "criticize"},
		{"verb", "chide", "11", []string{"direct"}, []string{"chid"}, false, "hyponym", "criticize"},
	}
	tests := []struct {
		name            string
		candidateSenses int
		want            []line
	}{
		{
			// lambaste's first sense is flog: it is left out when the
			// candidate's first sense must carry the relation.
			name:            "candidate's first sense",
			candidateSenses: 1,
			want:            append(append([]line{}, common...), line{"verb", "scold", "111", []string{"direct"}, nil, false, "synonym", "rebuke"}, line{"verb", "slam", "11", []string{"direct"}, nil, false, "hyponym", "criticize"}),
		},
		{
			name:            "candidate's first two senses",
			candidateSenses: 2,
			want: append(append([]line{}, common...),
				line{"verb", "lambaste", "11", []string{"direct"}, nil, false, "hyponym", "criticize"},
				line{"verb", "scold", "111", []string{"direct"}, nil, false, "synonym", "rebuke"},
				line{"verb", "slam", "11", []string{"direct"}, nil, false, "hyponym", "criticize"}),
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := lines(generate(db, testTriggers(t), testConfig(t, tt.candidateSenses), english.Default()))
			if d := cmp.Diff(tt.want, got); d != "" {
				t.Errorf("generate (-want +got)\n%s", d)
			}
		})
	}
}

func TestGenerateExclusions(t *testing.T) {
	db := testDB(t)
	tests := []struct {
		name   string
		change func(*config)
		gone   string
	}{
		{"excluded in the config", func(c *config) { c.Exclude = []string{"scold"} }, "scold"},
		{"lexicographer file not allowed", func(c *config) { c.Verb.LexNames = []string{"verb.communication"} }, "confer"},
		{"no derivations", func(c *config) { c.Derivation = false }, "criticism"},
		{"seed file not named", func(c *config) { c.Seeds = []string{"04-*.yaml"} }, "berate"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := testConfig(t, 1)
			tt.change(c)
			for _, e := range generate(db, testTriggers(t), c, english.Default()) {
				if e.lemma == tt.gone {
					t.Errorf("%s %q generated: %s", e.kind, e.lemma, e.comment())
				}
			}
		})
	}
}

func TestRenderLoads(t *testing.T) {
	es := generate(testDB(t), testTriggers(t), testConfig(t, 2), english.Default())
	b := render(es)
	lex, err := relation.LoadLexicon(bytes.NewReader(b), "wordnet.yaml")
	if err != nil {
		t.Fatalf("the rendered layer does not load: %v\n%s", err, b)
	}
	if lex.Len() != len(es) {
		t.Errorf("loaded %d triggers, rendered %d", lex.Len(), len(es))
	}
	if !bytes.Equal(b, render(generate(testDB(t), testTriggers(t), testConfig(t, 2), english.Default()))) {
		t.Error("the output is not deterministic")
	}
	if want := "  # hyponym of verb \"criticize\" (11) via {lambaste, slam} verb.communication\n  - {verb: lambaste, cameo: \"11\", object: [direct]}\n"; !bytes.Contains(b, []byte(want)) {
		t.Errorf("output lacks\n%s\ngot\n%s", want, b)
	}
}

// TestGeneratedTriggers extracts relations from sentences of our own with
// the generated layer under the seed lexicon.
func TestGeneratedTriggers(t *testing.T) {
	curated, err := relation.LoadLexicon(strings.NewReader(seedLexicon), "11-test.yaml")
	if err != nil {
		t.Fatal(err)
	}
	layer, err := relation.LoadLexicon(bytes.NewReader(render(generate(testDB(t), curated.Triggers(), testConfig(t, 2), english.Default()))), "wordnet.yaml")
	if err != nil {
		t.Fatal(err)
	}
	lex, err := relation.MergeLexicons(layer, curated)
	if err != nil {
		t.Fatal(err)
	}
	g, err := gazetteer.Default()
	if err != nil {
		t.Fatal(err)
	}
	tg := entity.NewTagger(g)
	x := relation.NewExtractor(lex)
	tests := []struct {
		name, text string
		want       []string
	}{
		{"hyponym verb", "Peru lambasted Chile on Monday.", []string{"Peru DISAPPROVE Chile lambasted"}},
		{"hyponym verb, irregular past", "Peru chid Chile on Monday.", []string{"Peru DISAPPROVE Chile chid"}},
		{"synonym with the seed's frame", "Peru conferred with Chile on Monday.", []string{"Peru CONSULT Chile conferred"}},
		{"derived noun with a converted frame", "Peru's criticism of Chile grew.", []string{"Peru DISAPPROVE Chile criticism"}},
		{"the seed itself", "Peru criticized Chile.", []string{"Peru DISAPPROVE Chile criticized"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, r := range x.Extract(tg.Tag(entity.Input{Text: tt.text})) {
				obj := ""
				if r.Object != nil {
					obj = r.Object.Text
				}
				got = append(got, r.Subject.Text+" "+r.Predicate.String()+" "+obj+" "+r.Trigger.Text)
			}
			if d := cmp.Diff(tt.want, got); d != "" {
				t.Errorf("Extract(%q) (-want +got)\n%s", tt.text, d)
			}
		})
	}
}

func TestParseConfigErrors(t *testing.T) {
	tests := []struct{ name, yaml, want string }{
		{"unknown field", "seeds: []\nsenses: 2\n", "field senses not found"},
		{"unknown lexicographer file", "verb: {lexnames: [verb.politics]}\n", `unknown lexicographer file "verb.politics"`},
		{"agreement out of range", "agree: 2\n", "agree 2 is not a share"},
		{"unknown word class", "exclude_classes: [light_verbs, nope]\n", `c.yaml:1:32: unknown word class "nope"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := parseConfig([]byte(tt.yaml), "c.yaml")
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("err = %v, want it to contain %q", err, tt.want)
			}
		})
	}
}

func TestCeiling(t *testing.T) {
	db := testDB(t)
	es := generate(db, testTriggers(t), testConfig(t, 2), english.Default())
	in := "no-trigger\tdoc1\tDISAPPROVE Peru -[lambasted]-> Chile\tPeru lambasted Chile.\n" +
		"no-trigger\tdoc1\tCONSULT Peru -[lambasted]-> Chile\tPeru lambasted Chile.\n" +
		"no-trigger\tdoc2\tCONSULT Peru -[held a parley]-> Chile\tPeru held a parley with Chile.\n" +
		"participants/no-object\tdoc3\tDISAPPROVE Peru -[scolded]-> Chile\tPeru scolded Chile.\n"
	var out strings.Builder
	if err := countCeiling(strings.NewReader(in), db, es, &out); err != nil {
		t.Fatal(err)
	}
	want := "no-trigger misses 3; reached with the gold root 1 (33.3%), only with another root 1;"
	if !strings.Contains(out.String(), want) {
		t.Errorf("got\n%s\nwant a line with %q", out.String(), want)
	}
}

func FuzzParseConfig(f *testing.F) {
	f.Add(string(configYAML))
	f.Add("verb: {lexnames: [verb.politics]}\n")
	f.Add("agree: 2\n")
	f.Fuzz(func(t *testing.T, s string) {
		c, err := parseConfig([]byte(s), "c.yaml")
		if err == nil && (c.Agree < 0 || c.Agree > 1) {
			t.Errorf("accepted agree %v", c.Agree)
		}
	})
}
