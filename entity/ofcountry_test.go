package entity_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/geoextract/geoextract/entity"
)

// A name of unknown head "of" a country ("New Light of Myanmar") is one
// organization of that country, not a name ending in "of" and a country;
// a person's name "of" a country stays a person and a country.
func TestNameOfCountry(t *testing.T) {
	tg, err := worldTagger()
	if err != nil {
		t.Fatal(err)
	}
	type got struct{ Text, Type, Country string }
	tests := []struct {
		name   string
		in     string
		want   []got
		reason string
	}{{
		name:   "newspaper-of-country",
		in:     "The state-run newspaper New Light of Myanmar accused Thailand of meddling.",
		want:   []got{{"New Light of Myanmar", "ORG", "MMR"}, {"Thailand", "GPE", "THA"}},
		reason: "connects joins a name of two or more words, \"of\" and a country; segment keeps it whole",
	}, {
		name:   "party-of-country",
		in:     "The Democratic Choice of Russia won seats in Moscow.",
		want:   []got{{"Democratic Choice of Russia", "ORG", "RUS"}, {"Moscow", "GPE", "RUS"}},
		reason: "an organization whose head no class knows",
	}, {
		name:   "person-of-country",
		in:     "Maria Larsen of Norway won the race.",
		want:   []got{{"Maria Larsen", "PERSON", ""}, {"Norway", "GPE", "NOR"}},
		reason: "a person's name before \"of\" and a country is no organization",
	}}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc := tg.Tag(entity.Input{Text: tc.in})
			var ms []got
			for _, m := range doc.Mentions {
				ms = append(ms, got{m.Text, m.Type.String(), m.Country})
			}
			if diff := cmp.Diff(tc.want, ms); diff != "" {
				t.Errorf("Tag(%q) mismatch (-want +got):\n%s\nreason: %s", tc.in, diff, tc.reason)
			}
		})
	}
}
