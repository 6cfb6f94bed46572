package entity_test

import (
	"bytes"
	"os"
	"strings"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/geoextract/geoextract/entity"
	"github.com/geoextract/geoextract/gazetteer"
)

// corefTaggers are taggers over the default gazetteer without and with
// the embedded antecedent ranker.
var corefTaggers = sync.OnceValues(func() ([2]*entity.Tagger, error) {
	g, err := gazetteer.Default()
	if err != nil {
		return [2]*entity.Tagger{}, err
	}
	m, err := entity.DefaultCorefModel()
	if err != nil {
		return [2]*entity.Tagger{}, err
	}
	return [2]*entity.Tagger{entity.NewTagger(g), entity.NewTagger(g, entity.WithCorefModel(m))}, nil
})

// modelPronouns lists a document's pronoun references as "text=actor".
func modelPronouns(doc *entity.Document) []string {
	var out []string
	for _, r := range doc.References() {
		if r.Kind == entity.RefPronoun {
			out = append(out, r.Text+"="+r.Name)
		}
	}
	return out
}

func TestCorefModelReferences(t *testing.T) {
	tgs, err := corefTaggers()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name, text string
		want       []string
		reason     string
	}{
		{"urged object", "The head of the United Nations urged Iran on Monday to halt its nuclear program.",
			[]string{"its=Iran"}, "the country urged to act owns what it is to halt; the rules take the sentence's first actor"},
		{"subject goes on", "Kenya said on Monday it would send troops.",
			[]string{"it=Kenya"}, "the speaker of its own clause"},
		{"controlled clause", "Japan pressed China to release its detained diplomats.",
			[]string{"its=China"}, "the object of a verb of asking is the actor of the clause it governs"},
		{"object pronoun binding", "Vladimir Putin welcomed Narendra Modi and thanked him.",
			[]string{"him=Narendra Modi"}, "an object pronoun is not its verb's own subject, model or not"},
		{"no actor", "The weather was cold. It rained all day.",
			nil, "no country or organization before it: unresolved"},
		{"gender excludes", "Angela Merkel visited Paris. He said nothing.",
			nil, "the only person is a woman: a hard filter the model never crosses"},
		{"no person", "Kenya said on Monday he would resign.",
			nil, "a country is no 'he'"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := modelPronouns(tgs[1].Tag(entity.Input{Text: tc.text}))
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("%s\nTag(%q) pronouns mismatch (-want +got):\n%s", tc.reason, tc.text, diff)
			}
		})
	}
}

// TestCorefModelOff checks that a Tagger without a model, with a nil one
// and with the zero CorefModel (no weights: every choice the rules') give
// the same documents.
func TestCorefModelOff(t *testing.T) {
	g, err := gazetteer.Default()
	if err != nil {
		t.Fatal(err)
	}
	article, err := os.ReadFile("../testdata/article.txt")
	if err != nil {
		t.Fatal(err)
	}
	texts := []string{string(article), "Chancellor Angela Merkel met President Barack Obama in Berlin. He praised the alliance and its future.",
		"The militants said they would fight. The group also said it had hostages."}
	base := entity.NewTagger(g)
	for name, tg := range map[string]*entity.Tagger{
		"nil":  entity.NewTagger(g, entity.WithCorefModel(nil)),
		"zero": entity.NewTagger(g, entity.WithCorefModel(&entity.CorefModel{})),
	} {
		for _, text := range texts {
			want, got := base.Tag(entity.Input{Text: text}), tg.Tag(entity.Input{Text: text})
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("%s model: Tag(%.40q...) differs from the rules alone (-want +got):\n%s", name, text, diff)
			}
		}
	}
}

// TestCorefDecisions checks that the decisions the trainer reads name the
// pronoun, its candidates and the rules' choice among them.
func TestCorefDecisions(t *testing.T) {
	tgs, err := corefTaggers()
	if err != nil {
		t.Fatal(err)
	}
	text := "France urged Mali to hold elections. Mali said it would."
	doc, decs := tgs[1].CorefDecisions(entity.Input{Text: text})
	type dec struct {
		Pronoun    string
		Candidates []string
		Rule       string
	}
	var got []dec
	for _, d := range decs {
		x := dec{Pronoun: text[d.Start:d.End], Rule: "-"}
		for k, c := range d.Candidates {
			x.Candidates = append(x.Candidates, doc.Entities[c.Entity].Name)
			if k == d.Rule {
				x.Rule = doc.Entities[c.Entity].Name
			}
			if len(c.Features) == 0 {
				t.Errorf("candidate %s of %q has no features", doc.Entities[c.Entity].Name, x.Pronoun)
			}
		}
		got = append(got, x)
	}
	want := []dec{{Pronoun: "it", Candidates: []string{"France", "Mali"}, Rule: "Mali"}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("CorefDecisions(%q) mismatch (-want +got):\n%s", text, diff)
	}
}

func TestCorefModelRoundTrip(t *testing.T) {
	w := map[uint64]float32{
		entity.CorefFeature("rule"): 2.5, entity.CorefFeature("sd=0"): -1.25, entity.CorefFeature("null"): 0.5, 7: 1e-9,
	}
	m := entity.NewCorefModel(w, map[string]float32{"thing": 1.5, "dorg": -2}, 0.75)
	data, err := m.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	back, err := entity.LoadCorefModel(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	type summary struct {
		Margins  []float32
		Override float32
		Scores   []float32
	}
	sum := func(m *entity.CorefModel) summary {
		s := summary{Override: m.Override()}
		for _, c := range []string{"thing", "dorg", "person"} {
			if v, ok := m.Margin(c); ok {
				s.Margins = append(s.Margins, v)
			}
		}
		for _, f := range []string{"rule", "sd=0", "null", "absent"} {
			s.Scores = append(s.Scores, m.Score([]uint64{entity.CorefFeature(f)}))
		}
		return s
	}
	want := summary{Margins: []float32{1.5, -2}, Override: 0.75, Scores: []float32{2.5, -1.25, 0.5, 0}}
	// Weights are quantized to 1/32767 of the largest.
	if diff := cmp.Diff(want, sum(back), cmpopts.EquateApprox(0, 1e-4)); diff != "" {
		t.Errorf("model read back mismatch (-want +got):\n%s", diff)
	}
	again, err := back.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	if string(again) != string(data) {
		t.Errorf("a model read back encodes to other bytes")
	}
}

// corefModelBytes is a valid tiny model file.
func corefModelBytes(t testing.TB) []byte {
	data, err := entity.NewCorefModel(map[uint64]float32{1: 1, 2: -3}, map[string]float32{"person": 0.5}, 0.25).MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	return data
}

func TestLoadCorefModelErrors(t *testing.T) {
	valid := corefModelBytes(t)
	for _, tc := range []struct {
		name string
		data []byte
		want string
	}{
		{"empty", nil, "entity: corefrank: model"},
		{"not deflate", []byte("hello"), "entity: corefrank: model"},
		{"truncated", valid[:len(valid)/2], "entity: corefrank: model"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := entity.LoadCorefModel(bytes.NewReader(tc.data))
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("LoadCorefModel: error %v, want one containing %q", err, tc.want)
			}
		})
	}
	if _, err := entity.LoadCorefModel(strings.NewReader(string(valid))); err != nil {
		t.Errorf("LoadCorefModel(valid): %v", err)
	}
}

// FuzzLoadCorefModel checks that any bytes give a model or an error,
// never a panic, and that a model read re-encodes to a model that scores
// the same.
func FuzzLoadCorefModel(f *testing.F) {
	valid := corefModelBytes(f)
	f.Add(valid)
	f.Add(valid[:len(valid)-1])
	f.Add([]byte{})
	f.Add([]byte("geoextract corefrank 1\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		m, err := entity.LoadCorefModel(bytes.NewReader(data))
		if err != nil {
			return
		}
		again, err := m.MarshalBinary()
		if err != nil {
			t.Fatal(err)
		}
		back, err := entity.LoadCorefModel(bytes.NewReader(again))
		if err != nil {
			t.Fatalf("a model read back does not load: %v", err)
		}
		if !bytes.Equal(again, mustMarshal(t, back)) {
			t.Errorf("a model read back encodes otherwise")
		}
	})
}

// TestCorefModelConcurrent tags from several goroutines with the model
// on; go test -race checks that the model and tagger are only read.
func TestCorefModelConcurrent(t *testing.T) {
	tgs, err := corefTaggers()
	if err != nil {
		t.Fatal(err)
	}
	text := "The head of the United Nations urged Iran on Monday to halt its nuclear program. It said it would not."
	want := modelPronouns(tgs[1].Tag(entity.Input{Text: text}))
	var wg sync.WaitGroup
	for range 4 {
		wg.Go(func() {
			if diff := cmp.Diff(want, modelPronouns(tgs[1].Tag(entity.Input{Text: text}))); diff != "" {
				t.Errorf("concurrent Tag mismatch (-want +got):\n%s", diff)
			}
		})
	}
	wg.Wait()
}

func mustMarshal(t *testing.T, m *entity.CorefModel) []byte {
	data, err := m.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	return data
}
