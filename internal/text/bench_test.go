package text

import (
	"os"
	"testing"
)

// BenchmarkTokenize tokenizes and splits the example article.
func BenchmarkTokenize(b *testing.B) {
	src, err := os.ReadFile("../../testdata/article.txt")
	if err != nil {
		b.Fatal(err)
	}
	s := string(src)
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	for b.Loop() {
		Sentences(s, Tokenize(s))
	}
}
