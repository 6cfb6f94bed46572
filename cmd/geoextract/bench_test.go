package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"testing"

	"github.com/geoextract/geoextract/entity"
	"github.com/geoextract/geoextract/internal/nlp"
	"github.com/geoextract/geoextract/internal/text"
)

// BenchmarkArticle measures, on the example article and in one run, the
// whole pipeline next to prose's named-entity recognizer alone. Run it
// with
//
//	go test ./cmd/geoextract -run '^$' -bench Article -benchmem
//
// pipeline is what geoextract does for one record: tokenizing,
// part-of-speech tagging, gazetteer matching, rules, linking, coreference,
// relation extraction (with the relation model) and the JSON shaping of
// the result; pipeline-no-model is the same without the relation model
// (-no-relation-model). entities is the
// entity tagger alone (entity.Tagger.Tag). prose-ner is prose's POS tagger
// and NER model over the same text, through internal/nlp (tokenizing and
// sentence splitting included, the models decoded once, outside the timed
// loop): the baseline users would otherwise reach for, which links nothing
// and finds no relations.
func BenchmarkArticle(b *testing.B) {
	p := mustPipeline(b)
	article, err := os.ReadFile(articlePath)
	if err != nil {
		b.Fatal(err)
	}
	src := string(article)
	published, _ := entity.ParseDate("2022-06-13")
	in := entity.Input{Text: src, Date: published}
	ner := nlp.Default() // decodes prose's models once, outside the timed loops
	rules, err := newPipeline(config{noModel: true})
	if err != nil {
		b.Fatal(err)
	}
	for _, bc := range []struct {
		name string
		run  func()
	}{
		{"pipeline", func() { p.process(src, published) }},
		{"pipeline-no-model", func() { rules.process(src, published) }}, // the rules alone
		{"entities", func() { p.tagger.Tag(in) }},
		{"prose-ner", func() {
			toks := text.Tokenize(src)
			ner.Tag(src, toks, text.Sentences(src, toks), true)
		}},
	} {
		b.Run(bc.name, func(b *testing.B) {
			b.SetBytes(int64(len(src)))
			b.ReportAllocs()
			for b.Loop() {
				bc.run()
			}
		})
	}
}

// BenchmarkRunJSONL measures the -jsonl mode on 20 copies of the article
// with one worker and with two, output encoding included.
func BenchmarkRunJSONL(b *testing.B) {
	p := mustPipeline(b)
	article, err := os.ReadFile(articlePath)
	if err != nil {
		b.Fatal(err)
	}
	var in bytes.Buffer
	for i := range 20 {
		line, _ := json.Marshal(map[string]any{"id": i, "text": string(article), "date": "2022-06-13"})
		in.Write(line)
		in.WriteByte('\n')
	}
	for _, workers := range []int{1, 2} {
		b.Run(fmt.Sprintf("workers=%d", workers), func(b *testing.B) {
			b.SetBytes(int64(in.Len()))
			for b.Loop() {
				if err := p.runJSONL(context.Background(), bytes.NewReader(in.Bytes()), io.Discard, workers, maxLineBytes); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
