package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"testing"
)

// BenchmarkProcess measures the whole pipeline (tagging, linking,
// relations, JSON shaping) on the example article.
func BenchmarkProcess(b *testing.B) {
	p := mustPipeline(b)
	article, err := os.ReadFile(articlePath)
	if err != nil {
		b.Fatal(err)
	}
	text := string(article)
	published, _ := parseDate("2022-06-13")
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for b.Loop() {
		p.process(text, published)
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
