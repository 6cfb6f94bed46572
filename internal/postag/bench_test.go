package postag

import (
	"os"
	"testing"

	"github.com/geoextract/geoextract/internal/nlp"
	"github.com/geoextract/geoextract/internal/text"
)

// article returns the example article as text, tokens and sentences.
func article(b *testing.B) (string, []text.Token, []text.Sentence) {
	b.Helper()
	data, err := os.ReadFile("../../testdata/article.txt")
	if err != nil {
		b.Fatal(err)
	}
	src := string(data)
	toks := text.Tokenize(src)
	return src, toks, text.Sentences(src, toks)
}

// BenchmarkTag tags the example article sentence by sentence with the
// embedded model; BenchmarkNLPTag tags the same tokens with prose's
// tokenizer and tagger (compiled) through internal/nlp, as the pipeline
// does. Compare their tokens/s.
func BenchmarkTag(b *testing.B) {
	m, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	_, toks, sents := article(b)
	words := make([][]string, len(sents))
	for i, se := range sents {
		for _, tk := range toks[se.First:se.Last] {
			words[i] = append(words[i], tk.Text)
		}
	}
	var dst []Tags
	b.ReportAllocs()
	for b.Loop() {
		for _, ws := range words {
			dst = m.Tag(ws, dst)
		}
	}
	b.ReportMetric(float64(len(toks)*b.N)/b.Elapsed().Seconds(), "tokens/s")
}

func BenchmarkNLPTag(b *testing.B) {
	src, toks, sents := article(b)
	tg := nlp.Default()
	tg.Tag(src, toks, sents, false)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		tg.Tag(src, toks, sents, false)
	}
	b.ReportMetric(float64(len(toks)*b.N)/b.Elapsed().Seconds(), "tokens/s")
}

// BenchmarkLoad decodes the embedded model, as Default does once.
func BenchmarkLoad(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Load(embedded); err != nil {
			b.Fatal(err)
		}
	}
}
