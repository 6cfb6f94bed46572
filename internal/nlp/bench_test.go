package nlp

import (
	"os"
	"testing"

	"github.com/jdkato/prose/v2"

	"github.com/geoextract/geoextract/internal/text"
)

const benchShort = "Defense Minister Lee Jong-sup met U.S. officials in Seoul on Monday. " +
	"North Korea\u2019s foreign ministry called the talks \u201ca dangerous provocation.\u201d"

func benchInputs(b *testing.B) []struct{ name, text string } {
	b.Helper()
	news, err := os.ReadFile("testdata/news.txt")
	if err != nil {
		b.Fatal(err)
	}
	return []struct{ name, text string }{
		{"short", benchShort},
		{"news4k", string(news)},
	}
}

// BenchmarkProseDefault is prose as documented: NewDocument decodes its
// models again on every call (hundreds of milliseconds each).
func BenchmarkProseDefault(b *testing.B) {
	if testing.Short() {
		b.Skip("decodes prose's models on every call")
	}
	for _, in := range benchInputs(b) {
		b.Run(in.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := prose.NewDocument(in.text); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkProseShared is prose with one shared model and no
// segmentation, with and without NER.
func BenchmarkProseShared(b *testing.B) {
	model := Default().proseModel()
	for _, in := range benchInputs(b) {
		for _, ner := range []bool{false, true} {
			b.Run(in.name+"/"+nerName(ner), func(b *testing.B) {
				b.ReportAllocs()
				b.ResetTimer()
				for b.Loop() {
					_, err := prose.NewDocument(in.text, prose.UsingModel(model),
						prose.WithSegmentation(false), prose.WithExtraction(ner))
					if err != nil {
						b.Fatal(err)
					}
				}
			})
		}
	}
}

func nerName(ner bool) string {
	if ner {
		return "pos+ner"
	}
	return "pos"
}

// BenchmarkTag is our Tagger on pre-tokenized text, with and without NER.
func BenchmarkTag(b *testing.B) {
	tagger := Default()
	for _, in := range benchInputs(b) {
		toks := text.Tokenize(in.text)
		sents := text.Sentences(in.text, toks)
		for _, ner := range []bool{false, true} {
			b.Run(in.name+"/"+nerName(ner), func(b *testing.B) {
				b.ReportAllocs()
				b.ResetTimer()
				for b.Loop() {
					tagger.Tag(in.text, toks, sents, ner)
				}
			})
		}
	}
}

// BenchmarkNewTagger is the one-time cost of decoding prose's models.
func BenchmarkNewTagger(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		NewTagger()
	}
}
