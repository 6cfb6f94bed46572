package entity_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/geoextract/geoextract/entity"
)

// TestReferentsCoordinatedOrgans resolves a plural description or pronoun
// after actors coordinated through the nouns that stand for them: an
// organ of a state its nationality names ("the Philippine government"),
// a head noun after an actor ("Japan's government and") or before one
// with "of" ("representatives of Hamas"). A noun that stands for no actor
// ("Iran's nuclear program and") joins nothing.
func TestReferentsCoordinatedOrgans(t *testing.T) {
	tg, err := worldTagger()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, in, word string // word: the head whose referents are asked (its last occurrence)
		want           []string
	}{
		{"nationality-organ-and-representatives-of", "The Philippine government and representatives of Hezbollah met in Malaysia on Friday. The two sides agreed to a plan.",
			"sides", []string{"Philippines", "Hezbollah"}},
		{"country-head-and-group", "The Philippines government and the armed group Hezbollah met in Malaysia on Friday. They agreed to a plan.",
			"They", []string{"Philippines", "Hezbollah"}},
		{"nationality-officials-and-leaders-of", "Indonesian government officials and rebel leaders of Hamas began talks in Helsinki. Ahtisaari met both parties separately.",
			"parties", []string{"Indonesia", "Hamas"}},
		{"nationality-forces-and-group", "Israeli forces and Hezbollah exchanged fire on Sunday. The two sides have fought before.",
			"sides", []string{"Israel", "Hezbollah"}},
		{"possessive-government-and-country", "Japan's government and China signed an accord on Monday. The two sides praised it.",
			"sides", []string{"Japan", "China"}},
		{"no-actor-noun-unresolved", "Iran's nuclear program and the United States were discussed on Monday. They said nothing.", "They", nil},
		{"nationality-without-organ-unresolved", "Indonesian students and Hamas held talks in Helsinki. The two sides met again.", "sides", nil},
		{"they-after-head-of-last-actor", "Egypt demanded an inquiry on Monday. Israeli troops and Hamas fighters exchanged fire, and they blamed each other.",
			"they", []string{"Israel", "Hamas"}},
		{"they-after-other-plural-unresolved", "Egypt demanded an inquiry on Monday. Israeli troops and Hamas met villagers, and they blamed each other.",
			"they", nil},
		{"one-side-unresolved", "The South Sudanese government and rebels signed a ceasefire on Thursday. The two sides agreed to talks.", "sides", nil},
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
