package main

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/geoextract/geoextract/gazetteer"
	"github.com/geoextract/geoextract/internal/english"
)

// testGazetteer holds invented people who share a family name.
const testGazetteer = `
version: 1
entities:
  - {id: XAA, type: GPE, kind: country, name: Arland}
  - id: person/tomas-vrana
    type: PERSON
    name: Tomas Vrana
    country: XAA
    roles: [{title: President, from: 2010-03-01, to: 2015-03-01}]
  - {id: person/eva-vrana, type: PERSON, name: Eva Vrana, country: XAA}
  - {id: person/bo, type: PERSON, name: Bo, aliases: [Bo Ostrum], country: XAA}
`

// TestRecord flags a partial name linked to a person other than the full
// name with that word written before it (namesake), or to a person the
// record never names in full (unnamed), and nothing else.
func TestRecord(t *testing.T) {
	g, err := gazetteer.Load(strings.NewReader(testGazetteer), "test.yaml")
	if err != nil {
		t.Fatal(err)
	}
	c := newChecker(g, english.Default())
	person := func(start int, text, id string) span {
		return span{Start: start, End: start + len(text), Text: text, Type: "PERSON", ID: id}
	}
	tests := []struct {
		name     string
		text     string
		entities []span
		refs     []span
		want     []string
		wantN    counts
	}{
		{
			name:     "same-document-full-name",
			text:     "Eva Vrana spoke. Vrana left.",
			entities: []span{person(0, "Eva Vrana", "person/eva-vrana"), person(17, "Vrana", "person/eva-vrana")},
			wantN:    counts{partial: 1},
		},
		{
			name:     "namesake-of-an-earlier-full-name",
			text:     "Eva Vrana spoke. Mr. Vrana left.",
			entities: []span{person(0, "Eva Vrana", "person/eva-vrana")},
			refs:     []span{{Start: 17, End: 26, Text: "Mr. Vrana", ID: "person/tomas-vrana", Kind: "name"}},
			want:     []string{`NAMESAKE "r" [17,26) "Mr. Vrana" -> person/tomas-vrana (Tomas Vrana); written earlier: "Eva Vrana" [0] -> person/eva-vrana`},
			wantN:    counts{partial: 1, namesake: 1},
		},
		{
			name:     "namesake-of-an-unlinked-full-name",
			text:     "Karl Vrana spoke. Vrana's plan failed.",
			entities: []span{person(0, "Karl Vrana", ""), person(18, "Vrana's", "person/tomas-vrana")},
			want:     []string{`NAMESAKE "r" [18,25) "Vrana's" -> person/tomas-vrana (Tomas Vrana); written earlier: "Karl Vrana" [0] -> -`},
			wantN:    counts{partial: 1, namesake: 1},
		},
		{
			name:     "unnamed-with-the-date-and-the-others",
			text:     "President Vrana spoke.",
			entities: []span{person(10, "Vrana", "person/tomas-vrana")},
			want:     []string{`UNNAMED "r" [10,15) "Vrana" -> person/tomas-vrana (Tomas Vrana); in office on 2012-05-01: true; others with "vrana" in a name: Eva Vrana`},
			wantN:    counts{partial: 1, unnamed: 1},
		},
		{
			name:     "full-name-in-the-text-untagged",
			text:     "tomas vrana spoke. Vrana left.",
			entities: []span{person(19, "Vrana", "person/tomas-vrana")},
			wantN:    counts{partial: 1},
		},
		{
			name:     "one-word-gazetteer-name-is-no-partial-name",
			text:     "Bo spoke.",
			entities: []span{person(0, "Bo", "person/bo")},
			wantN:    counts{ownName: 1},
		},
		{
			name:     "full-name-is-no-partial-name",
			text:     "Tomas Vrana spoke.",
			entities: []span{person(0, "Tomas Vrana", "person/tomas-vrana")},
		},
		{
			name:     "entity-and-reference-on-one-span-count-once",
			text:     "Vrana spoke.",
			entities: []span{person(0, "Vrana", "person/tomas-vrana")},
			refs:     []span{{Start: 0, End: 5, Text: "Vrana", ID: "person/tomas-vrana", Kind: "name"}},
			want:     []string{`UNNAMED "r" [0,5) "Vrana" -> person/tomas-vrana (Tomas Vrana); in office on 2012-05-01: true; others with "vrana" in a name: Eva Vrana`},
			wantN:    counts{partial: 1, unnamed: 1},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var n counts
			got := c.record(input{ID: []byte(`"r"`), Text: tc.text, Date: "2012-05-01"},
				output{Entities: tc.entities, References: tc.refs}, &n)
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("flagged mismatch (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tc.wantN, n, cmp.AllowUnexported(counts{})); diff != "" {
				t.Errorf("counts mismatch (-want +got):\n%s", diff)
			}
		})
	}
}
