package relation

import (
	"fmt"
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
