package relation

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/geoextract/geoextract/entity"
)

func BenchmarkExtract(b *testing.B) {
	x := defaultExtractor(b)
	for _, n := range []int{1, 10, 100} {
		var text strings.Builder
		var ms []ment
		for i := 0; i < n; i++ {
			tc := extractTests[i%len(extractTests)]
			text.WriteString(tc.text)
			text.WriteString("\n")
			ms = append(ms, tc.mentions...)
		}
		doc := buildDoc(b, text.String(), ms...)
		doc.Date = entity.Date{Year: 2024, Month: 5, Day: 13}
		b.Run(fmt.Sprintf("sentences=%d", n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				x.Extract(doc)
			}
		})
	}
}

func BenchmarkLoadDefaultLexicon(b *testing.B) {
	for b.Loop() {
		if _, err := loadFS(dataFS, "data"); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkPipelineParse tags and extracts the example article with the
// parse fallback off and on ("tag+extract"), and extracts alone from the
// tagged document ("extract"): the cost of parsing the sentences whose
// triggers lack an argument.
func BenchmarkPipelineParse(b *testing.B) {
	buf, err := os.ReadFile("../testdata/article.txt")
	if err != nil {
		b.Fatal(err)
	}
	tg, err := freshTagger()
	if err != nil {
		b.Fatal(err)
	}
	lex, err := DefaultLexicon()
	if err != nil {
		b.Fatal(err)
	}
	in := entity.Input{Text: string(buf)}
	doc := tg.Tag(in)
	for _, on := range []bool{false, true} {
		x := NewExtractor(lex, WithParse(on))
		x.Extract(doc) // load the parser outside the timed loop
		b.Run(fmt.Sprintf("extract/parse=%v", on), func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(buf)))
			for b.Loop() {
				x.Extract(doc)
			}
		})
		b.Run(fmt.Sprintf("tag+extract/parse=%v", on), func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(buf)))
			for b.Loop() {
				x.Extract(tg.Tag(in))
			}
		})
	}
}
