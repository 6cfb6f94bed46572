package entity_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/geoextract/geoextract/entity"
)

// TestReferentsDescribedInside resolves a plural pronoun to a plural
// description before it in its own sentence, wherever that stands ("met
// both parties, and discussed with them"), and leaves it unresolved when
// another plural noun stands between or the description is the subject
// of the verb the pronoun is the object of.
func TestReferentsDescribedInside(t *testing.T) {
	tg, err := worldTagger()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, in, word string // word: the pronoun whose referents are asked (its last occurrence)
		want           []string
	}{
		{"object-description-then-them", "Indonesia and Hamas began talks in Helsinki on Monday. Officials said Ahtisaari has met both parties separately, and discussed with them their plans.",
			"them", []string{"Indonesia", "Hamas"}},
		{"object-description-then-their", "Indonesia and Hamas began talks in Helsinki on Monday. Officials said Ahtisaari has met both parties separately, and discussed with them their plans.",
			"their", []string{"Indonesia", "Hamas"}},
		{"object-description-then-they", "Japan and China held talks in Tokyo on Monday. Officials said Kenji Sato praised the two countries after they signed a pact.",
			"they", []string{"China", "Japan"}}, // the description's order: the most recent first
		{"plural-noun-between-unresolved", "Japan and China met in Tokyo. Officials said Ahtisaari met the two sides and praised the reporters who had questioned them.",
			"them", nil},
		{"unresolved-description-unresolved", "Officials met in Tokyo on Monday. Ahtisaari met the two sides and discussed with them their plans.",
			"them", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := lastReferents(t, tg.Tag(entity.Input{Text: tc.in}), tc.word)
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("Referents(%q) in %q (-want +got):\n%s", tc.word, tc.in, diff)
			}
		})
	}
}
