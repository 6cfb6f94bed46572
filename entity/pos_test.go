package entity

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/geoextract/geoextract/gazetteer"
)

// TestTokenPOS checks that Document tokens carry their treebank tags, and
// none without WithPOS.
func TestTokenPOS(t *testing.T) {
	g, err := gazetteer.Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name string
		pos  bool
		want []string
	}{
		{"tagged", true, []string{"NNP", "VBD", "PRP$", "NN", "."}},
		{"untagged: the zero POS prints as nothing", false, []string{"", "", "", "", ""}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc := NewTagger(g, WithPOS(tc.pos)).Tag(Input{Text: "Lee visited his counterpart."})
			var got []string
			for _, tok := range doc.Tokens {
				got = append(got, tok.POS.String())
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("POS tags mismatch (-want +got):\n%s", diff)
			}
		})
	}
}
