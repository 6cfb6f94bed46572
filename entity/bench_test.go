package entity_test

import (
	"os"
	"strings"
	"testing"

	"github.com/geoextract/geoextract/entity"
	"github.com/geoextract/geoextract/gazetteer"
	"github.com/geoextract/geoextract/internal/nlp"
	"github.com/geoextract/geoextract/internal/text"
)

// benchInputs are a sentence and a news article of our own writing (or the
// project's example article when testdata has it).
func benchInputs(b *testing.B) map[string]string {
	sentence := "South Korean Defense Minister Lee Jong-sup met his Japanese counterpart in Singapore on Saturday."
	article := strings.Repeat(sentence+" North Korea has conducted missile tests, and Washington vowed a swift response. ", 12)
	if buf, err := os.ReadFile("../testdata/article.txt"); err == nil {
		article = string(buf)
	}
	return map[string]string{"sentence": sentence, "article": article}
}

// BenchmarkTag measures the tagger on the embedded world gazetteer, against
// prose's own NER (through the adapter, with its models built once) on the
// same input in the same run.
func BenchmarkTag(b *testing.B) {
	g, err := gazetteer.Default()
	if err != nil {
		b.Fatal(err)
	}
	cm, err := entity.DefaultCorefModel()
	if err != nil {
		b.Fatal(err)
	}
	inputs := benchInputs(b)
	taggers := map[string]*entity.Tagger{
		"geoextract":             entity.NewTagger(g),
		"geoextract-no-pos":      entity.NewTagger(g, entity.WithPOS(false)),
		"geoextract-coref-model": entity.NewTagger(g, entity.WithCorefModel(cm)),
	}
	for _, size := range []string{"sentence", "article"} {
		in := inputs[size]
		for _, name := range []string{"geoextract", "geoextract-no-pos", "geoextract-coref-model"} {
			tg := taggers[name]
			b.Run(name+"/"+size, func(b *testing.B) {
				b.SetBytes(int64(len(in)))
				b.ReportAllocs()
				for b.Loop() {
					tg.Tag(entity.Input{Text: in})
				}
			})
		}
		b.Run("prose-ner/"+size, func(b *testing.B) {
			p := nlp.Default()
			toks := text.Tokenize(in)
			sents := text.Sentences(in, toks)
			p.Tag(in, toks, sents, true) // build the models outside the timed loop
			b.SetBytes(int64(len(in)))
			b.ReportAllocs()
			for b.Loop() {
				toks := text.Tokenize(in)
				p.Tag(in, toks, text.Sentences(in, toks), true)
			}
		})
	}
}
