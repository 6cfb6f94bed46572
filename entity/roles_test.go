package entity_test

import (
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/geoextract/geoextract/entity"
	"github.com/geoextract/geoextract/gazetteer"
)

// rolesGazetteer holds people whose offices changed over time.
const rolesGazetteer = `
version: 1
entities:
  - {id: USA, type: GPE, kind: country, name: United States, aliases: [US]}
  - {id: KOR, type: GPE, kind: country, name: South Korea, demonyms: [South Korean]}
  - {id: GBR, type: GPE, kind: country, name: United Kingdom}
  - {id: HKG, type: GPE, kind: territory, name: Hong Kong}
  - {id: org/united-nations, type: ORG, kind: international-organization, name: United Nations, aliases: [UN]}
  - id: person/george-h-w-bush
    type: PERSON
    name: George H. W. Bush
    country: USA
    roles: [{title: Vice President, from: 1981-01-20, to: 1989-01-20}, {title: President, from: 1989-01-20, to: 1993-01-20}]
  - id: person/george-w-bush
    type: PERSON
    name: George W. Bush
    country: USA
    roles: [{title: Governor, from: 1995-01-17, to: 2000-12-21}, {title: President, from: 2001-01-20, to: 2009-01-20}]
  - id: person/ban-ki-moon
    type: PERSON
    name: Ban Ki-moon
    country: KOR
    roles:
      - {title: Government, from: 1970}
      - {title: Foreign Minister, from: 2004-01-17, to: 2006-11-09}
      - {title: Secretary-General, of: org/united-nations, from: 2007-01-01, to: 2016-12-31}
  - id: person/chris-patten
    type: PERSON
    name: Chris Patten
    country: GBR
    roles: [{title: Governor, of: HKG, from: 1992-07-09, to: 1997-06-30}]
`

func TestDatedRoles(t *testing.T) {
	g, err := gazetteer.Load(strings.NewReader(rolesGazetteer), "roles.yaml")
	if err != nil {
		t.Fatal(err)
	}
	tg := entity.NewTagger(g)
	day := func(s string) entity.Date {
		d, err := time.Parse("2006-01-02", s)
		if err != nil {
			t.Fatal(err)
		}
		return entity.DateOf(d)
	}
	tests := []struct {
		name, in, date string
		want           []got
		reason         string
	}{{
		name:   "undated",
		in:     "Ban Ki-moon met Chris Patten.",
		want:   []got{{"Ban Ki-moon", "PERSON", "person/ban-ki-moon", "KOR", ""}, {"Chris Patten", "PERSON", "person/chris-patten", "GBR", ""}},
		reason: "without a date no gazetteer role applies",
	}, {
		name:   "role-on-the-day",
		in:     "Ban Ki-moon met Chris Patten.",
		date:   "2005-03-01",
		want:   []got{{"Ban Ki-moon", "PERSON", "person/ban-ki-moon", "KOR", "Foreign Minister"}, {"Chris Patten", "PERSON", "person/chris-patten", "GBR", ""}},
		reason: "the office held that day; a sector ('Government') is no office; Patten's governorship had ended",
	}, {
		name:   "role-of-an-organization",
		in:     "Ban Ki-moon spoke. Ban said he would return.",
		date:   "2010-05-01",
		want:   []got{{"Ban Ki-moon", "PERSON", "person/ban-ki-moon", "KOR", "Secretary-General"}, {"Ban", "PERSON", "person/ban-ki-moon", "KOR", "Secretary-General"}},
		reason: "an office of the UN keeps the person's own country; the short name is the same person",
	}, {
		name:   "role-of-another-country",
		in:     "Chris Patten left.",
		date:   "1995-01-01",
		want:   []got{{"Chris Patten", "PERSON", "person/chris-patten", "HKG", "Governor"}},
		reason: "an office of another country gives that country",
	}, {
		name:   "text-title-wins",
		in:     "South Korean envoy Ban Ki-moon left.",
		date:   "2005-03-01",
		want:   []got{{"South Korean", "NORP", "KOR", "KOR", ""}, {"Ban Ki-moon", "PERSON", "person/ban-ki-moon", "KOR", "envoy"}},
		reason: "a title the text names is kept",
	}, {
		name:   "surname-of-the-leader-in-office",
		in:     "The talks failed, Bush said.",
		date:   "2005-06-01",
		want:   []got{{"Bush", "PERSON", "person/george-w-bush", "USA", "President"}},
		reason: "of two presidents named Bush, the one in office that day",
	}, {
		name:   "surname-of-the-other-leader",
		in:     "The talks failed, Bush said.",
		date:   "1990-06-01",
		want:   []got{{"Bush", "PERSON", "person/george-h-w-bush", "USA", "President"}},
		reason: "the father was in office in 1990",
	}, {
		name:   "surname-undated",
		in:     "The talks failed, Bush said.",
		want:   []got{{"Bush", "PERSON", "", "USA", ""}},
		reason: "undated, the name stays unlinked but both Bushes are American",
	}, {
		name:   "surname-no-leader-in-office",
		in:     "The talks failed, Bush said.",
		date:   "2015-06-01",
		want:   []got{{"Bush", "PERSON", "", "USA", ""}},
		reason: "no Bush was in office: as undated",
	}}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			in := entity.Input{Text: tc.in}
			if tc.date != "" {
				in.Date = day(tc.date)
			}
			doc := tg.Tag(in)
			if diff := cmp.Diff(tc.want, summarize(doc.Mentions)); diff != "" {
				t.Errorf("Tag(%q, %s) mismatch (-want +got):\n%s\nreason: %s", tc.in, tc.date, diff, tc.reason)
			}
			if doc.Date != in.Date {
				t.Errorf("Document.Date = %v, want %v", doc.Date, in.Date)
			}
		})
	}
	// WithDate dates the inputs that carry none.
	dated := entity.NewTagger(g, entity.WithDate(day("2005-03-01")))
	if diff := cmp.Diff(summarize(tg.Tag(entity.Input{Text: "Ban Ki-moon left.", Date: day("2005-03-01")}).Mentions),
		summarize(dated.Tag(entity.Input{Text: "Ban Ki-moon left."}).Mentions)); diff != "" {
		t.Errorf("WithDate differs from Input.Date (-want +got):\n%s", diff)
	}
}
