package entity_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/geoextract/geoextract/entity"
)

// TestListedMembers resolves a repeated group noun ("the envoys", "the
// ministers", "the mediators") to the countries its members were said to
// come from where the noun stood last: coordinated nationalities before
// it, or countries after "from" or "of". Fewer than two countries leave
// it to the other readings. Our own sentences.
func TestListedMembers(t *testing.T) {
	tg, err := worldTagger()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, in string
		want     []namedRef
		reason   string
	}{{
		name:   "nationalities-before-the-noun",
		in:     "The Nigerian, Ghanaian and Togolese foreign ministers flew to Conakry. The ministers met reporters.",
		want:   []namedRef{{"The ministers", "Nigeria"}, {"The ministers", "Ghana"}, {"The ministers", "Togo"}},
		reason: "three nationalities and one modifier introduce the ministers",
	}, {
		name:   "countries-after-of",
		in:     "The foreign ministers of France, Germany and Poland arrived in Kyiv on Monday. The ministers met Volodymyr Zelensky.",
		want:   []namedRef{{"The ministers", "France"}, {"The ministers", "Germany"}, {"The ministers", "Poland"}},
		reason: "the countries after 'of' are the ministers'",
	}, {
		name:   "two-nationalities",
		in:     "Egyptian and Qatari mediators arrived in Cairo on Monday. The mediators met Hamas leaders.",
		want:   []namedRef{{"The mediators", "Egypt"}, {"The mediators", "Qatar"}},
		reason: "two coordinated nationalities",
	}, {
		name:   "count-agrees",
		in:     "Egyptian and Qatari mediators arrived in Cairo on Monday. The two mediators met Hamas leaders.",
		want:   []namedRef{{"The two mediators", "Egypt"}, {"The two mediators", "Qatar"}},
		reason: "the count matches the two countries",
	}, {
		name:   "one-nationality-is-its-country",
		in:     "Egyptian mediators arrived in Gaza on Monday. The mediators met Hamas leaders.",
		want:   []namedRef{{"The mediators", "Egypt"}},
		reason: "a single nationality marks the group's country, as for other group nouns",
	}, {
		name:   "not-a-list-of-countries",
		in:     "Mediators from Cairo and the United Nations arrived on Monday. The mediators met Hamas leaders.",
		want:   nil,
		reason: "a city and an organization are no list of countries",
	}}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc := tg.Tag(entity.Input{Text: tc.in})
			if diff := cmp.Diff(tc.want, namedRefs(doc, true)); diff != "" {
				t.Errorf("References(%q) mismatch (-want +got), %s:\n%s", tc.in, tc.reason, diff)
			}
		})
	}
}
