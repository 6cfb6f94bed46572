package syntax

import (
	"os"
	"testing"

	"github.com/geoextract/geoextract/internal/text"
)

// articleSentences returns the example article split into sentences of
// tokens.
func articleSentences(b *testing.B) (string, [][]text.Token, int) {
	data, err := os.ReadFile("../../testdata/article.txt")
	if err != nil {
		b.Fatal(err)
	}
	src := string(data)
	toks := text.Tokenize(src)
	var out [][]text.Token
	for _, s := range text.Sentences(src, toks) {
		out = append(out, toks[s.First:s.Last])
	}
	return src, out, len(toks)
}

// BenchmarkParse tags, lemmatizes and parses the example article, one
// sentence at a time; tokens/s is the figure issue #8 asks for.
func BenchmarkParse(b *testing.B) {
	p, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	src, sents, n := articleSentences(b)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for _, s := range sents {
			p.ParseTokens(src, s)
		}
	}
	b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "tokens/s")
}

// BenchmarkParseOnly is the parser alone on tags computed before.
func BenchmarkParseOnly(b *testing.B) {
	p, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	src, sents, n := articleSentences(b)
	type in struct{ w, x, u []string }
	var ins []in
	for _, s := range sents {
		g := p.ParseTokens(src, s)
		var i in
		for _, w := range g.Words {
			i.w, i.x, i.u = append(i.w, w.Form), append(i.x, w.XPOS), append(i.u, w.UPOS)
		}
		ins = append(ins, i)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for _, i := range ins {
			p.model.Parse(i.w, i.x, i.u)
		}
	}
	b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "tokens/s")
}

func BenchmarkLoad(b *testing.B) {
	for b.Loop() {
		if _, err := Load(parserModel); err != nil {
			b.Fatal(err)
		}
	}
}
