package entity_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/geoextract/geoextract/entity"
	"github.com/geoextract/geoextract/gazetteer"
)

// TestPartialNamesMergedPeople checks bare family names of people whom two
// sources of the default gazetteer name differently ("William Ruto" and
// "William Samoei Ruto", "Benjamin" and "Benyamin Netanyahu"): the
// generator makes each one entry, so the family name is no longer shared
// and links. Our own sentences, dated 2024.
func TestPartialNamesMergedPeople(t *testing.T) {
	g, err := gazetteer.Default()
	if err != nil {
		t.Fatal(err)
	}
	tg := entity.NewTagger(g)
	type link struct{ Text, ID string }
	tests := []struct {
		name, in string
		want     []link
		reason   string
	}{{
		name:   "full-name-then-surname",
		in:     "William Ruto opened the new port on Monday. Ruto said trade would grow.",
		want:   []link{{"William Ruto", "person/william-ruto"}, {"Ruto", "person/william-ruto"}},
		reason: "the surname repeats the full name before it",
	}, {
		name:   "longer-name-then-surname",
		in:     "William Samoei Ruto opened the new port on Monday. Ruto said trade would grow.",
		want:   []link{{"William Samoei Ruto", "person/william-ruto"}, {"Ruto", "person/william-ruto"}},
		reason: "the longer form is an alias of the same entry now",
	}, {
		name:   "bare-surname-kenya",
		in:     "Ruto said trade would grow.",
		want:   []link{{"Ruto", "person/william-ruto"}},
		reason: "one gazetteer person named Ruto, president on the date",
	}, {
		name:   "bare-surname-in-office",
		in:     "Netanyahu said the talks would resume next week.",
		want:   []link{{"Netanyahu", "person/benjamin-netanyahu"}},
		reason: "one gazetteer person named Netanyahu, prime minister on the date",
	}, {
		name:   "transliterated-name",
		in:     "Benyamin Netanyahu met the envoy in Jerusalem.",
		want:   []link{{"Benyamin Netanyahu", "person/benjamin-netanyahu"}},
		reason: "the Factbook's spelling links to the one entry",
	}}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc := tagOn(t, tg, tc.in, "2024-03-12")
			var got []link
			for _, m := range doc.Mentions {
				if m.Type == entity.Person {
					got = append(got, link{m.Text, m.ID})
				}
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("Tag(%q) people mismatch (-want +got):\n%s\nreason: %s", tc.in, diff, tc.reason)
			}
		})
	}
}
