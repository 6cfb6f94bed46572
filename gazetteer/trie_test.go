package gazetteer

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/geoextract/geoextract/internal/text"
)

// FuzzNameWords checks that the matcher splits names as the project
// tokenizer does, fast path included.
func FuzzNameWords(f *testing.F) {
	for _, s := range []string{"Company 12 Brand 3", "  Lee  Jong-sup ", "U.S. Army", "Côte d'Ivoire", "1,000 Islands", "G20", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var want []string
		for _, tok := range text.Tokenize(s) {
			want = append(want, tok.Text)
		}
		if diff := cmp.Diff(want, nameWords(nil, s)); diff != "" {
			t.Errorf("nameWords(%q) mismatch (-Tokenize +nameWords):\n%s", s, diff)
		}
	})
}
