package entity_test

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/geoextract/geoextract/entity"
	"github.com/geoextract/geoextract/gazetteer"
)

// officeGazetteer holds invented office holders of real countries (our
// own data): Syria has a president, a vice president and a foreign
// minister; Germany a chancellor and a president (two leaders); Kenya a
// president and no foreign minister; Barbados a prime minister.
const officeGazetteer = `
version: 1
entities:
  - {id: SYR, type: GPE, kind: country, name: Syria, demonyms: [Syrian]}
  - {id: DEU, type: GPE, kind: country, name: Germany, demonyms: [German]}
  - {id: KEN, type: GPE, kind: country, name: Kenya, demonyms: [Kenyan]}
  - {id: RUS, type: GPE, kind: country, name: Russia, demonyms: [Russian]}
  - {id: BRB, type: GPE, kind: country, name: Barbados, demonyms: [Barbadian]}
  - {id: CAN, type: GPE, kind: country, name: Canada, aliases: [Ottawa]}
  - id: person/karim-haddad
    type: PERSON
    name: Karim Haddad
    country: SYR
    roles: [{title: President, from: 2000-07-17}, {title: Former President, from: 1990-01-01}]
  - id: person/samir-aziz
    type: PERSON
    name: Samir Aziz
    country: SYR
    roles: [{title: Vice President, from: 2006-03-23}]
  - id: person/leila-nassar
    type: PERSON
    name: Leila Nassar
    country: SYR
    roles: [{title: Foreign Minister, from: 2020-11-22}]
  - id: person/yusuf-darwish
    type: PERSON
    name: Yusuf Darwish
    country: SYR
    roles: [{title: Leader of the Free Valley Front, from: 2017-01-28}]
  - id: person/jonas-weber
    type: PERSON
    name: Jonas Weber
    country: DEU
    roles: [{title: Chancellor, from: 2021-12-08}]
  - id: person/petra-lang
    type: PERSON
    name: Petra Lang
    country: DEU
    roles: [{title: President, from: 2017-03-19}]
  - id: person/daniel-kimani
    type: PERSON
    name: Daniel Kimani
    country: KEN
    roles: [{title: President, from: 2022-09-13}]
  - id: person/ivan-petrov
    type: PERSON
    name: Ivan Petrov
    country: RUS
    roles: [{title: President, from: 2000-05-07}]
  - id: person/grace-holder
    type: PERSON
    name: Grace Holder
    country: BRB
    roles: [{title: Prime Minister, from: 2018-05-25}]
`

func officeTagger(t *testing.T) *entity.Tagger {
	t.Helper()
	g, err := gazetteer.Load(strings.NewReader(officeGazetteer), "offices.yaml")
	if err != nil {
		t.Fatal(err)
	}
	return entity.NewTagger(g, entity.WithOfficeHolders(true))
}

// TestOfficeHolders checks that a description by nationality and office
// that names nobody of the document refers to the gazetteer's one holder
// of that office on the document's date, and stays unresolved otherwise.
func TestOfficeHolders(t *testing.T) {
	tg := officeTagger(t)
	tests := []struct {
		name, in, date string
		want           []gotRef
		reason         string
	}{{
		name:   "leader-one-holder",
		in:     "The Syrian leader met Ivan Petrov in Moscow.",
		date:   "2024-06-13",
		want:   []gotRef{{"The Syrian leader", "description", "person/karim-haddad"}},
		reason: "'leader' accepts a president; the vice president's and another body's leader's offices are not the country's leader's, and a former office is none",
	}, {
		name:   "president-not-vice-president",
		in:     "The Syrian president met Ivan Petrov in Moscow.",
		date:   "2024-06-13",
		want:   []gotRef{{"The Syrian president", "description", "person/karim-haddad"}},
		reason: "a Vice President is no president unless the description says so",
	}, {
		name:   "vice-president-said",
		in:     "The Syrian vice president met Ivan Petrov in Moscow.",
		date:   "2024-06-13",
		want:   []gotRef{{"The Syrian vice president", "description", "person/samir-aziz"}},
		reason: "the deputy's word in the description names the deputy's office",
	}, {
		name:   "title-words-before-head",
		in:     "The Syrian foreign minister met Ivan Petrov in Moscow.",
		date:   "2024-06-13",
		want:   []gotRef{{"The Syrian foreign minister", "description", "person/leila-nassar"}},
		reason: "the title word before the head must be held by the role",
	}, {
		name:   "one-chancellor",
		in:     "The German chancellor met Ivan Petrov in Moscow.",
		date:   "2024-06-13",
		want:   []gotRef{{"The German chancellor", "description", "person/jonas-weber"}},
		reason: "one chancellor that day",
	}, {
		name:   "two-holders-unresolved",
		in:     "The German leader met Ivan Petrov in Moscow.",
		date:   "2024-06-13",
		want:   nil,
		reason: "a chancellor and a president are both leaders: two holders",
	}, {
		name:   "no-date-unresolved",
		in:     "The Syrian president met Ivan Petrov in Moscow.",
		want:   nil,
		reason: "undated: no office tells who held it",
	}, {
		name:   "before-the-term-unresolved",
		in:     "The Kenyan president met Ivan Petrov in Moscow.",
		date:   "2019-06-13",
		want:   nil,
		reason: "the gazetteer's president took office later",
	}, {
		name:   "role-not-held-unresolved",
		in:     "The Kenyan foreign minister met Ivan Petrov in Moscow.",
		date:   "2024-06-13",
		want:   nil,
		reason: "the gazetteer holds no Kenyan foreign minister",
	}, {
		name:   "office-of-many-unresolved",
		in:     "The Syrian envoy met Ivan Petrov in Moscow.",
		date:   "2024-06-13",
		want:   nil,
		reason: "a country has many envoys (class sole_offices): the gazetteer's one envoy would be a guess",
	}, {
		name:   "former-unresolved",
		in:     "The former Syrian president met Ivan Petrov in Moscow.",
		date:   "2024-06-13",
		want:   nil,
		reason: "a former holder is not the holder that day",
	}, {
		name: "person-of-the-country-named-unresolved",
		in:   "Syrian Foreign Minister Leila Nassar flew to Moscow. The Syrian president later met Ivan Petrov.",
		date: "2024-06-13",
		want: nil,
		reason: "the document names a person of the country, and the description rejects her office: " +
			"the gazetteer is asked only when the document names nobody of the country",
	}}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc := tagOn(t, tg, tc.in, tc.date)
			if diff := cmp.Diff(tc.want, summarizeReferences(doc)); diff != "" {
				t.Errorf("References(%q, %s) mismatch (-want +got):\n%s\nreason: %s", tc.in, tc.date, diff, tc.reason)
			}
		})
	}
}

// TestUnnamedCountryReferences checks that a possessive before a country
// noun ("her government") is listed among the references with the
// country of the person it stands for, whether or not the text names
// that country.
func TestUnnamedCountryReferences(t *testing.T) {
	tg := officeTagger(t)
	tests := []struct {
		name, in string
		want     []gotRef
		reason   string
	}{{
		name:   "country-named-nowhere",
		in:     "Prime Minister Grace Holder met reporters in Ottawa on Monday. Her government later thanked Canada for the aid.",
		want:   []gotRef{{"Her government", "description", "BRB"}},
		reason: "the country of the person 'her' refers to, an actor of its own though the text never names it",
	}, {
		name:   "country-named",
		in:     "Prime Minister Grace Holder of Barbados met reporters in Ottawa. Her government later thanked Canada.",
		want:   []gotRef{{"Her government", "description", "BRB"}},
		reason: "the country named before",
	}, {
		name:   "his-country",
		in:     "Ivan Petrov arrived in Ottawa on Monday. His country will buy wheat from Canada.",
		want:   []gotRef{{"His country", "description", "RUS"}},
		reason: "'his country' is the country of the person 'his' refers to",
	}, {
		name:   "person-of-no-country-unresolved",
		in:     "Anna Brown arrived on Monday. Her government later sent a letter.",
		want:   nil,
		reason: "the person 'her' stands for has no known country, and no actor before has one",
	}}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc := tg.Tag(entity.Input{Text: tc.in})
			if diff := cmp.Diff(tc.want, summarizeReferences(doc)); diff != "" {
				t.Errorf("References(%q) mismatch (-want +got):\n%s\nreason: %s", tc.in, diff, tc.reason)
			}
		})
	}
}

// TestOfficeHoldersOff checks that without WithOfficeHolders a
// description that names nobody of the document stays unresolved.
func TestOfficeHoldersOff(t *testing.T) {
	g, err := gazetteer.Load(strings.NewReader(officeGazetteer), "offices.yaml")
	if err != nil {
		t.Fatal(err)
	}
	d := mustDate(t, "2024-06-13")
	in := "The Syrian leader met Ivan Petrov in Moscow."
	doc := entity.NewTagger(g, entity.WithOfficeHolders(false)).Tag(entity.Input{Text: in, Date: d})
	if diff := cmp.Diff([]gotRef(nil), summarizeReferences(doc)); diff != "" {
		t.Errorf("References(%q) without office holders mismatch (-want +got):\n%s", in, diff)
	}
}
