package entity_test

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/geoextract/geoextract/entity"
	"github.com/geoextract/geoextract/gazetteer"
)

// partialGazetteer holds people who share family names (our own data;
// "Tomas Vrana", "Paul Adams" and "Sarah Adams" are invented).
const partialGazetteer = `
version: 1
entities:
  - {id: KOR, type: GPE, kind: country, name: South Korea, demonyms: [South Korean]}
  - {id: SGP, type: GPE, kind: country, name: Singapore}
  - {id: CZE, type: GPE, kind: country, name: Czechia}
  - {id: GBR, type: GPE, kind: country, name: United Kingdom}
  - id: person/lee-jong-sup
    type: PERSON
    name: Lee Jong-sup
    country: KOR
    roles: [{title: Defense Minister, from: 2022-05-10, to: 2023-10-06}]
  - id: person/lee-jae-myung
    type: PERSON
    name: Lee Jae-myung
    country: KOR
    roles: [{title: President, from: 2025-06-04}]
  - id: person/lee-myung-bak
    type: PERSON
    name: Lee Myung-bak
    country: KOR
    roles: [{title: President, from: 2008-02-25, to: 2013-02-24}]
  - {id: person/kuan-yew-lee, type: PERSON, name: Kuan Yew Lee, country: SGP}
  - id: person/tomas-vrana
    type: PERSON
    name: Tomas Vrana
    country: CZE
    roles: [{title: President, from: 2010-03-01, to: 2015-03-01}]
  - id: person/paul-adams
    type: PERSON
    name: Paul Adams
    country: GBR
    roles: [{title: Prime Minister, from: 2001-01-01, to: 2005-01-01}]
  - {id: person/sarah-adams, type: PERSON, name: Sarah Adams, country: GBR}
`

// TestPartialNames checks that a bare family name links only to a full
// name of the same document or to the one gazetteer person of that name
// in office on the document's date, and otherwise stays an unlinked
// person: never a namesake.
func TestPartialNames(t *testing.T) {
	g, err := gazetteer.Load(strings.NewReader(partialGazetteer), "partial.yaml")
	if err != nil {
		t.Fatal(err)
	}
	tg := entity.NewTagger(g)
	tests := []struct {
		name, in, date string
		want           []got
		reason         string
	}{{
		name: "full-name-earlier",
		in:   "South Korean Defense Minister Lee Jong-sup met reporters. South Korea's Lee said the drills would go ahead.",
		date: "2022-06-13",
		want: []got{{"South Korean", "NORP", "KOR", "KOR", ""}, {"Lee Jong-sup", "PERSON", "person/lee-jong-sup", "KOR", "Defense Minister"},
			{"South Korea", "GPE", "KOR", "KOR", ""}, {"Lee", "PERSON", "person/lee-jong-sup", "KOR", "Defense Minister"}},
		reason: "the short name repeats the full name before it",
	}, {
		name: "no-full-name-many-namesakes",
		in:   "South Korea's Lee said the drills would go ahead.",
		date: "2009-05-01",
		want: []got{{"South Korea", "GPE", "KOR", "KOR", ""}, {"Lee", "PERSON", "", "KOR", ""}},
		reason: "Lee Myung-bak was in office, but Kuan Yew Lee, with no dated roles, shares the name: " +
			"unresolved, a person of the country the leaders named Lee share",
	}, {
		name:   "no-full-name-undated",
		in:     "South Korea's Lee said the drills would go ahead.",
		want:   []got{{"South Korea", "GPE", "KOR", "KOR", ""}, {"Lee", "PERSON", "", "KOR", ""}},
		reason: "undated: no office tells who is meant",
	}, {
		name: "two-full-names-earlier",
		in:   "Lee Jong-sup met Lee Jae-myung in Seoul on Monday. Later, Lee said the drills would go ahead.",
		date: "2022-06-13",
		want: []got{{"Lee Jong-sup", "PERSON", "person/lee-jong-sup", "KOR", "Defense Minister"}, {"Lee Jae-myung", "PERSON", "person/lee-jae-myung", "KOR", ""},
			{"Seoul", "GPE", "", "", ""}, {"Lee", "PERSON", "", "", ""}},
		reason: "two people named Lee before it: unresolved",
	}, {
		name: "one-full-name-later",
		in:   "Warning from Vrana over the border.\nPresident Tomas Vrana said the border would stay open.",
		want: []got{{"Vrana", "PERSON", "person/tomas-vrana", "CZE", ""},
			{"Tomas Vrana", "PERSON", "person/tomas-vrana", "CZE", "President"}},
		reason: "a headline's short name takes the one full name the document gives",
	}, {
		name:   "only-namesake-in-office",
		in:     "The border will stay open, Vrana said.",
		date:   "2012-05-01",
		want:   []got{{"Vrana", "PERSON", "person/tomas-vrana", "CZE", "President"}},
		reason: "the only person of that name in the gazetteer, in office that day",
	}, {
		name:   "only-namesake-out-of-office",
		in:     "The border will stay open, Vrana said.",
		date:   "2020-05-01",
		want:   []got{{"Vrana", "PERSON", "", "CZE", ""}},
		reason: "no office that day: unresolved",
	}, {
		name:   "namesake-without-roles",
		in:     "The vote was fair, Adams said.",
		date:   "2003-05-01",
		want:   []got{{"Adams", "PERSON", "", "GBR", ""}},
		reason: "Paul Adams was in office, but Sarah Adams, with no dated roles, could be meant",
	}, {
		name:   "common-word-surname-before-verb",
		in:     "Prime Minister Anna Brown met reporters. Brown then started speaking.",
		want:   []got{{"Anna Brown", "PERSON", "", "", "Prime Minister"}, {"Brown", "PERSON", "", "", ""}},
		reason: "a common word opening a sentence, a finite verb after it, repeats the full name before",
	}, {
		name:   "common-word-surname-before-noun",
		in:     "Prime Minister Anna Brown met reporters. Brown paint covered the wall.",
		want:   []got{{"Anna Brown", "PERSON", "", "", "Prime Minister"}},
		reason: "a common word before a noun is the noun's modifier, not the person",
	}}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc := tagOn(t, tg, tc.in, tc.date)
			if diff := cmp.Diff(tc.want, summarize(doc.Mentions)); diff != "" {
				t.Errorf("Tag(%q, %s) mismatch (-want +got):\n%s\nreason: %s", tc.in, tc.date, diff, tc.reason)
			}
		})
	}
}
