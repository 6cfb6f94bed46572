package nlp

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/geoextract/geoextract/internal/text"
)

// TestFallbackPOS checks the tags given to words the tagger left untagged:
// a clitic takes the tag its word class clitics gives it.
func TestFallbackPOS(t *testing.T) {
	tests := []struct {
		name, word string
		want       text.POS
		reason     string
	}{
		{"possessive", "'s", text.POSS, "the possessive clitic"},
		{"curly-possessive", "\u2019S", text.POSS, "either apostrophe, any case"},
		{"negation", "n't", text.RB, "the negation clitic is an adverb"},
		{"modal", "'ll", text.MD, "a modal clitic"},
		{"verb", "'re", text.VBP, "a present-tense verb clitic"},
		{"punctuation", "--", text.Punct, "no word rune"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if diff := cmp.Diff(tc.want, fallbackPOS(tc.word)); diff != "" {
				t.Errorf("fallbackPOS(%q) mismatch (-want +got):\n%s\nreason: %s", tc.word, diff, tc.reason)
			}
		})
	}
}
