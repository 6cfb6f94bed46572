package lemma

import (
	"bytes"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/geoextract/geoextract/internal/conllu"
	"github.com/geoextract/geoextract/internal/modelio"
)

func trainTiny(t testing.TB) *Model {
	t.Helper()
	f, err := os.Open("testdata/tiny.conllu")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sents, err := conllu.ReadAll(f, "tiny.conllu")
	if err != nil {
		t.Fatal(err)
	}
	m, err := Train(sents, TrainOptions{})
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// TestTrainTiny: the rules and exceptions learnt from ten sentences give
// their lemmas back, and generalise the regular ones to new words.
func TestTrainTiny(t *testing.T) {
	m := trainTiny(t)
	data, err := m.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	loaded, err := Load(data)
	if err != nil {
		t.Fatal(err)
	}
	again, err := loaded.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(data, again) {
		t.Error("MarshalBinary after Load differs")
	}
	tests := []struct {
		name, form, xpos, want string
	}{
		{"irregular past from the exceptions", "went", "VBD", "go"},
		{"be", "was", "VBD", "be"},
		{"plural -s rule on an unseen noun", "envoys", "NNS", "envoy"},
		{"plural -ies from 'countries'", "countries", "NNS", "country"},
		{"capitalised common noun is lower-cased", "Sanctions", "NNS", "sanction"},
		{"proper noun keeps its case", "Oslo", "NNP", "Oslo"},
		{"unknown tag gives the form", "Xyz", "NOPE", "Xyz"},
		{"past tense -ed rule on an unseen verb", "opened", "VBD", "open"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			for _, mm := range []*Model{m, loaded} {
				if got := mm.Lemma(tc.form, tc.xpos); got != tc.want {
					t.Errorf("Lemma(%q, %q) = %q, want %q", tc.form, tc.xpos, got, tc.want)
				}
			}
		})
	}
	var zero Model
	if got := zero.Lemma("went", "VBD"); got != "went" {
		t.Errorf("zero Model: Lemma(went) = %q, want the form", got)
	}
}

func TestDeterministic(t *testing.T) {
	a, _ := trainTiny(t).MarshalBinary()
	b, _ := trainTiny(t).MarshalBinary()
	if !bytes.Equal(a, b) {
		t.Error("two trainings differ")
	}
}

func TestTrainNoData(t *testing.T) {
	if _, err := Train(nil, TrainOptions{}); err == nil {
		t.Error("Train(nil) succeeded, want an error")
	}
}

// TestDefault lemmatizes our own words with the embedded model.
func TestDefault(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct{ form, xpos string }{
		{"met", "VBD"}, {"countries", "NNS"}, {"Sanctions", "NNS"}, {"was", "VBD"},
		{"better", "JJR"}, {"largest", "JJS"}, {"withdrew", "VBD"}, {"children", "NNS"},
		{"Koreas", "NNPS"}, {"talks", "VBZ"}, {"expelled", "VBN"}, {"n't", "RB"},
	}
	var got []string
	for _, tc := range tests {
		got = append(got, m.Lemma(tc.form, tc.xpos))
	}
	want := []string{"meet", "country", "sanction", "be", "good", "large", "withdraw", "child",
		"Korea", "talk", "expel", "not"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("embedded model (-want +got):\n%s", diff)
	}
}

func TestLoadErrors(t *testing.T) {
	good, _ := trainTiny(t).MarshalBinary()
	raw, err := modelio.Inflate(good)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		data []byte
		want string
	}{
		{"empty", nil, "lemma: model"},
		{"bad magic", deflate(t, []byte("geoextract postag 1\n")), "bad magic"},
		{"truncated", deflate(t, raw[:len(raw)-3]), "lemma: model byte"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Load(tc.data)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("Load: error %v, want one containing %q", err, tc.want)
			}
		})
	}
}

func deflate(t testing.TB, raw []byte) []byte {
	t.Helper()
	out, err := modelio.Deflate(raw)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// FuzzLoad: corrupted models give an error, never a panic.
func FuzzLoad(f *testing.F) {
	good, err := trainTiny(f).MarshalBinary()
	if err != nil {
		f.Fatal(err)
	}
	raw, err := modelio.Inflate(good)
	if err != nil {
		f.Fatal(err)
	}
	f.Add(raw, "went", "VBD")
	f.Add(raw[:len(raw)/2], "Oslo", "NNP")
	f.Fuzz(func(t *testing.T, raw []byte, form, xpos string) {
		m, err := Load(deflate(t, raw))
		if err != nil {
			return
		}
		m.Lemma(form, xpos)
	})
}

func ExampleModel_Lemma() {
	m, err := Default()
	if err != nil {
		panic(err)
	}
	fmt.Println(m.Lemma("went", "VBD"), m.Lemma("Countries", "NNS"), m.Lemma("Koreas", "NNPS"))
	// Output:
	// go country Korea
}
