package entity_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/geoextract/geoextract/entity"
)

// TestReferencesNamedCountries lists a plural description of people that
// names their countries ("the U.S. and Russian presidents", "the Kenyan
// leaders", "the presidents of Argentina and Brazil") as a reference to
// those countries' people named before, or else to the countries. Our
// own sentences; nil is "unlisted".
func TestReferencesNamedCountries(t *testing.T) {
	tg, err := worldTagger()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, in, phrase string // phrase: the reference's text (its last occurrence)
		want             []string
		reason           string
	}{
		{"nationalities-people", "Russian President Vladimir Putin and U.S. President Barack Obama spoke by telephone on Wednesday. The U.S. and Russian presidents discussed Syria.", "The U.S. and Russian presidents",
			[]string{"Vladimir Putin", "Barack Obama"}, "each nationality's person named before"},
		{"one-nationality-people-together", "President Uhuru Kenyatta and his deputy William Ruto face charges in The Hague. The union asked the court to excuse the Kenyan leaders from the trials.", "the Kenyan leaders",
			[]string{"Uhuru Kenyatta", "William Ruto"}, "the people of the one country named together"},
		{"nationalities-countries", "Talks on trade opened in Berlin on Monday. The German and French foreign ministers signed a statement.", "The German and French foreign ministers",
			[]string{"Germany", "France"}, "no person of either country named before: the countries"},
		{"of-countries", "Trade grew fast last year. The presidents of Argentina and Brazil praised the accord.", "The presidents",
			[]string{"Argentina", "Brazil"}, "the countries after 'of'"},
		{"of-one-country-unlisted", "Trade grew fast last year. The presidents of Argentina praised the accord.", "The presidents",
			nil, "one country after 'of': the phrase is a title of a country's presidents, no plural reference"},
		{"no-person-head-unlisted", "Trade grew fast last year. The German and French companies praised the accord.", "The German and French companies",
			nil, "the head is no person title or person noun"},
		{"no-determiner-unlisted", "Trade grew fast last year. German and French ministers praised the accord.", "German and French ministers",
			nil, "no definite determiner: new people, not a reference"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc := tg.Tag(entity.Input{Text: tc.in})
			var got []string
			for _, r := range doc.References() {
				if r.Text == tc.phrase {
					got = append(got, r.Name)
				}
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("references %q in %q (-want +got) (%s):\n%s", tc.phrase, tc.in, tc.reason, diff)
			}
		})
	}
}
