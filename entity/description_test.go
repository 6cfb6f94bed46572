package entity_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/geoextract/geoextract/entity"
)

// TestReferentDescription resolves definite descriptions of people ("the
// senator", "the lawmaker", "the Venezuelan leader") to the person named
// before them, and leaves unresolved those that fit no one.
func TestReferentDescription(t *testing.T) {
	tg := testTagger(t)
	type ref struct {
		Name    string // the referent's Name, "" for none
		Country string
	}
	tests := []struct {
		name, in, word string // word: the token whose referent is asked (its last occurrence)
		want           ref
	}{
		{"title", "U.S. Senator Maria Lopez toured the camp. The senator left on Tuesday.", "senator",
			ref{"Maria Lopez", "USA"}},
		{"person-noun", "U.S. Senator Maria Lopez toured the camp. The lawmaker left on Tuesday.", "lawmaker",
			ref{"Maria Lopez", "USA"}},
		{"title-before-closer-person", "President Ana Ruiz spoke after Daniel Ortez arrived. The president left.", "president",
			ref{"Ana Ruiz", ""}},
		{"nationality", "South Korean President Ana Ruiz met Japanese Prime Minister Kenji Sato. The South Korean leader left.", "leader",
			ref{"Ana Ruiz", "KOR"}},
		{"nationality-closest", "South Korean President Ana Ruiz met Japanese Prime Minister Kenji Sato. The Japanese leader left.", "leader",
			ref{"Kenji Sato", "JPN"}},
		{"nationality-matches-nobody", "South Korean President Ana Ruiz met Japanese Prime Minister Kenji Sato. The Georgian leader left.", "leader",
			ref{}},
		{"no-person-before", "The lawmaker traveled to Laos on Tuesday.", "lawmaker", ref{}},
		{"phrase-goes-on", "U.S. Senator Maria Lopez toured the camp. The president of Georgia left.", "president", ref{}},
		{"of-gerund-is-no-continuation", "U.S. Senator Maria Lopez toured the camp. Critics accused the senator of ignoring refugees.", "senator",
			ref{"Maria Lopez", "USA"}},
		{"no-determiner", "U.S. Senator Maria Lopez toured the camp. A lawmaker left on Tuesday.", "lawmaker", ref{}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc := tg.Tag(entity.Input{Text: tc.in})
			at := -1
			for i, tok := range doc.Tokens {
				if tok.Text == tc.word {
					at = i
				}
			}
			if at < 0 {
				t.Fatalf("no token %q in %q", tc.word, tc.in)
			}
			var got ref
			if m, ok := doc.Referent(at); ok {
				got = ref{m.Name, m.Country}
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("Referent(%q) in %q (-want +got):\n%s", tc.word, tc.in, diff)
			}
		})
	}
}
