package entity_test

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/geoextract/geoextract/entity"
	"github.com/geoextract/geoextract/gazetteer"
)

// givenPlacesGazetteer has places that are also given names, and people
// who bear those names (our own data: "Victoria Ortez", "Paul Adeyemi",
// "Florence Ayala", "Marguerite" and "Dunmore" are invented). "Paul" is a
// municipality of Cape Verde and the given name of three people here;
// "Florence" the given name of only one; "Marguerite" the capital of a
// country; "Dunmore" an Irish county and the family name of a leader.
const givenPlacesGazetteer = `
version: 1
entities:
  - {id: AUS, type: GPE, kind: country, name: Australia, demonyms: [Australian]}
  - {id: CPV, type: GPE, kind: country, name: Cape Verde}
  - {id: USA, type: GPE, kind: country, name: United States, demonyms: [American]}
  - {id: RWA, type: GPE, kind: country, name: Rwanda}
  - {id: CMR, type: GPE, kind: country, name: Cameroon}
  - {id: JOR, type: GPE, kind: country, name: Jordan}
  - {id: TCD, type: GPE, kind: country, name: Chad}
  - {id: ITA, type: GPE, kind: country, name: Italy}
  - {id: SYC, type: GPE, kind: country, name: Seychelles, capital: Marguerite}
  - {id: state/victoria, type: GPE, kind: state, name: Victoria, country: AUS}
  - {id: state/queensland, type: GPE, kind: state, name: Queensland, country: AUS}
  - {id: state/paul, type: GPE, kind: state, name: Paul, country: CPV}
  - {id: state/minnesota, type: GPE, kind: state, name: Minnesota, country: USA}
  - {id: city/florence, type: GPE, kind: city, name: Florence, country: ITA, aliases: [Firenze]}
  - {id: city/melbourne, type: GPE, kind: city, name: Melbourne, country: AUS}
  - {id: person/paul-kagame, type: PERSON, name: Paul Kagame, country: RWA}
  - {id: person/paul-biya, type: PERSON, name: Paul Biya, country: CMR}
  - {id: person/paul-adeyemi, type: PERSON, name: Paul Adeyemi}
  - {id: person/victoria-nuland, type: PERSON, name: Victoria Nuland, country: USA}
  - {id: person/victoria-ortez, type: PERSON, name: Victoria Ortez}
  - {id: person/florence-ayala, type: PERSON, name: Florence Ayala}
  - {id: person/marguerite-lenoir, type: PERSON, name: Marguerite Lenoir}
  - {id: person/marguerite-dupuis, type: PERSON, name: Marguerite Dupuis}
  - {id: IRL, type: GPE, kind: country, name: Ireland}
  - {id: city/lagos, type: GPE, kind: city, name: Lagos, country: NGA}
  - {id: state/dunmore, type: GPE, kind: state, name: Dunmore, country: IRL}
  - id: person/tomas-dunmore
    type: PERSON
    name: Tomas Dunmore
    country: USA
    roles: [{title: Secretary of State, from: 2013-02-01, to: 2017-01-20}]
`

// TestGivenNamePlaces checks the reading of one-word names that the
// gazetteer knows only as a province or town and that are common given
// names: the place on the evidence of the words around them or of the
// document, the person named in full before them with that given name,
// else an unlinked person after a person cue, else nothing. Countries,
// capitals and rare given names keep their place reading.
func TestGivenNamePlaces(t *testing.T) {
	g, err := gazetteer.Load(strings.NewReader(givenPlacesGazetteer), "givenplaces.yaml")
	if err != nil {
		t.Fatal(err)
	}
	tg := entity.NewTagger(g)
	tests := []struct {
		name   string
		in     string
		want   []got
		reason string
	}{{
		name: "given-name-of-one-person-before",
		in:   "Paul Kagame met Paul Adeyemi's rival in Kigali. Later, Paul Kagame left. Paul said the talks went well.",
		want: []got{{"Paul Kagame", "PERSON", "person/paul-kagame", "RWA", ""}, {"Paul Adeyemi", "PERSON", "person/paul-adeyemi", "", ""},
			{"Kigali", "GPE", "", "", ""}, {"Paul Kagame", "PERSON", "person/paul-kagame", "RWA", ""}, {"Paul", "PERSON", "", "", ""}},
		reason: "two people named Paul before it: an unlinked person, not the Cape Verde municipality",
	}, {
		name:   "given-name-refers-back",
		in:     "Paul Kagame met the envoy. Later, Paul said the talks went well.",
		want:   []got{{"Paul Kagame", "PERSON", "person/paul-kagame", "RWA", ""}, {"Paul", "PERSON", "person/paul-kagame", "RWA", ""}},
		reason: "the given name of the one person named in full before it",
	}, {
		name: "given-name-two-candidates",
		in:   "Paul Kagame met Paul Biya. Later, Paul said the talks went well.",
		want: []got{{"Paul Kagame", "PERSON", "person/paul-kagame", "RWA", ""}, {"Paul Biya", "PERSON", "person/paul-biya", "CMR", ""},
			{"Paul", "PERSON", "", "", ""}},
		reason: "two people named Paul before it: an unlinked person",
	}, {
		name:   "given-name-full-name-after",
		in:     "Paul said the talks went well, according to Paul Biya.",
		want:   []got{{"Paul", "PERSON", "", "", ""}, {"Paul Biya", "PERSON", "person/paul-biya", "CMR", ""}},
		reason: "a given name looks back only; the person cue after it makes it a person",
	}, {
		name:   "given-name-after-locative",
		in:     "Paul Kagame met the envoy. Talks were held in Paul.",
		want:   []got{{"Paul Kagame", "PERSON", "person/paul-kagame", "RWA", ""}, {"Paul", "GPE", "state/paul", "CPV", ""}},
		reason: "\"in\" before it: the place, though a Paul was named in full before",
	}, {
		name:   "unknown-given-name-after-locative",
		in:     "Jackson Diehl met the envoy. Talks were held in Jackson.",
		want:   []got{{"Jackson Diehl", "PERSON", "", "", ""}, {"Jackson", "GPE", "", "", ""}},
		reason: "a name the gazetteer does not know, read as a place after \"in\": no person's given name",
	}, {
		name:   "unknown-given-name-refers-back",
		in:     "Jackson Diehl met the envoy. Later, Jackson said the talks went well.",
		want:   []got{{"Jackson Diehl", "PERSON", "", "", ""}, {"Jackson", "PERSON", "", "", ""}},
		reason: "the given name of the one person named in full before it (unlinked, like him)",
	}, {
		name:   "person-cue-no-full-name",
		in:     "Paul said the talks went well.",
		want:   []got{{"Paul", "PERSON", "", "", ""}},
		reason: "no evidence of the place, and a speech verb after it",
	}, {
		name:   "no-evidence-no-mention",
		in:     "Jordan and Chad signed a deal with Victoria.",
		want:   []got{{"Jordan", "GPE", "JOR", "JOR", ""}, {"Chad", "GPE", "TCD", "TCD", ""}},
		reason: "countries stay countries; Victoria has no evidence of either reading: no mention",
	}, {
		name:   "locative-preposition",
		in:     "Floods hit towns in Victoria on Monday.",
		want:   []got{{"Victoria", "GPE", "state/victoria", "AUS", ""}},
		reason: "\"in\" before it",
	}, {
		name:   "locative-preposition-adjective",
		in:     "Floods hit towns in rural Victoria on Monday.",
		want:   []got{{"Victoria", "GPE", "state/victoria", "AUS", ""}},
		reason: "\"in\" and an adjective before it",
	}, {
		name:   "locative-preposition-possessive",
		in:     "In Victoria's view the talks failed.",
		want:   nil,
		reason: "a possessive after it: a person's view as likely as the state's",
	}, {
		name:   "possessive-place-noun",
		in:     "The talks in Victoria's capital ended.",
		want:   []got{{"Victoria", "GPE", "state/victoria", "AUS", ""}},
		reason: "a place noun after its possessive",
	}, {
		name: "list-after-locative",
		in:   "Floods hit towns in Melbourne, Queensland and Victoria.",
		want: []got{{"Melbourne", "GPE", "city/melbourne", "AUS", ""}, {"Queensland", "GPE", "state/queensland", "AUS", ""},
			{"Victoria", "GPE", "state/victoria", "AUS", ""}},
		reason: "one of a list of places that \"in\" opens",
	}, {
		name:   "comma-after-place-is-no-list",
		in:     "In Melbourne, Paul said the talks went well.",
		want:   []got{{"Melbourne", "GPE", "city/melbourne", "AUS", ""}, {"Paul", "PERSON", "", "", ""}},
		reason: "a place and a comma before it, but no list: the subject of the sentence",
	}, {
		name:   "country-after-comma",
		in:     "Victoria, Australia, reported new cases.",
		want:   []got{{"Victoria", "GPE", "state/victoria", "AUS", ""}, {"Australia", "GPE", "AUS", "AUS", ""}},
		reason: "\", Australia\" after it",
	}, {
		name:   "other-country-after-comma",
		in:     "The mayor of Paul, Minnesota, resigned.",
		want:   []got{{"Paul", "GPE", "", "USA", ""}, {"Minnesota", "GPE", "state/minnesota", "USA", ""}},
		reason: "a place, but of the United States: not the Cape Verde municipality, an unlinked place",
	}, {
		name:   "place-comma-it",
		in:     "Floods hit towns near Bendigo, Victoria.",
		want:   []got{{"Bendigo", "GPE", "", "", ""}, {"Victoria", "GPE", "state/victoria", "AUS", ""}},
		reason: "a place, a comma, it and the sentence's end: a place's address",
	}, {
		name:   "state-of",
		in:     "The state of Victoria reported new cases.",
		want:   []got{{"Victoria", "GPE", "state/victoria", "AUS", ""}},
		reason: "\"the state of\" before it",
	}, {
		name:   "state-after",
		in:     "Victoria state reported new cases.",
		want:   []got{{"Victoria", "GPE", "state/victoria", "AUS", ""}},
		reason: "a place noun after it",
	}, {
		name:   "office-of-it",
		in:     "The governor of Victoria said the border would close.",
		want:   []got{{"Victoria", "GPE", "state/victoria", "AUS", ""}},
		reason: "the jurisdiction of an office; \"said\" after it is the governor's",
	}, {
		name:   "leader-family-name",
		in:     "Dunmore said the talks went well.",
		want:   []got{{"Dunmore", "PERSON", "", "USA", ""}},
		reason: "the family name of a leader, a speech verb after it: the person (undated: unlinked, of the leader's country)",
	}, {
		name:   "leader-family-name-no-cue",
		in:     "Grain receipts rose in Chicago and fell at Dunmore.",
		want:   []got{{"Chicago", "GPE", "", "", ""}, {"Dunmore", "GPE", "state/dunmore", "IRL", ""}},
		reason: "the family name of a leader with no person cue: the place, as before",
	}, {
		name:   "leader-family-name-place",
		in:     "Floods hit towns in Dunmore.",
		want:   []got{{"Dunmore", "GPE", "state/dunmore", "IRL", ""}},
		reason: "\"in\" before it: the county",
	}, {
		name:   "country-in-document",
		in:     "Australia closed its borders. Victoria reported new cases.",
		want:   []got{{"Australia", "GPE", "AUS", "AUS", ""}, {"Victoria", "GPE", "state/victoria", "AUS", ""}},
		reason: "the document speaks of the place's country",
	}, {
		name:   "same-word-read-elsewhere",
		in:     "Floods hit towns in Victoria. Victoria asked for help.",
		want:   []got{{"Victoria", "GPE", "state/victoria", "AUS", ""}, {"Victoria", "GPE", "state/victoria", "AUS", ""}},
		reason: "one sense in one document: read as the place after \"in\"",
	}, {
		name:   "other-form-in-document",
		in:     "Firenze is busy. Florence welcomed the visitors.",
		want:   []got{{"Firenze", "GPE", "city/florence", "ITA", ""}, {"Florence", "GPE", "city/florence", "ITA", ""}},
		reason: "the document names the city by another of its names",
	}, {
		name:   "place-evidence-beats-given-name",
		in:     "Victoria Nuland flew to Melbourne. In Victoria, she met officials.",
		want:   []got{{"Victoria Nuland", "PERSON", "person/victoria-nuland", "USA", ""}, {"Melbourne", "GPE", "city/melbourne", "AUS", ""}, {"Victoria", "GPE", "state/victoria", "AUS", ""}},
		reason: "\"In\" before it, though a Victoria was named in full before",
	}, {
		name: "given-name-beats-place-read-elsewhere",
		in:   "Floods hit towns in Victoria. Victoria Nuland arrived. Later, Victoria said she was pleased.",
		want: []got{{"Victoria", "GPE", "state/victoria", "AUS", ""}, {"Victoria Nuland", "PERSON", "person/victoria-nuland", "USA", ""},
			{"Victoria", "PERSON", "person/victoria-nuland", "USA", ""}},
		reason: "the one person named Victoria before it outweighs the place read after \"in\" in another sentence",
	}, {
		name:   "given-name-beats-country-context",
		in:     "Victoria Nuland flew to Australia. Later, Victoria said she was pleased.",
		want:   []got{{"Victoria Nuland", "PERSON", "person/victoria-nuland", "USA", ""}, {"Australia", "GPE", "AUS", "AUS", ""}, {"Victoria", "PERSON", "person/victoria-nuland", "USA", ""}},
		reason: "the one person named Victoria before it outweighs the place's country named in the document",
	}, {
		name:   "rare-given-name",
		in:     "Florence welcomed the visitors.",
		want:   []got{{"Florence", "GPE", "city/florence", "ITA", ""}},
		reason: "one person of the gazetteer bears the name: not a common given name, the city",
	}, {
		name:   "capital",
		in:     "Marguerite welcomed the visitors.",
		want:   []got{{"Marguerite", "GPE", "SYC", "SYC", ""}},
		reason: "a capital standing for its country is never read as a given name",
	}, {
		name:   "given-name-inside-full-name",
		in:     "Senator Rand Paul met the envoy.",
		want:   []got{{"Rand Paul", "PERSON", "", "", "Senator"}},
		reason: "the given name that names a town is part of the person's name",
	}, {
		name:   "country-as-family-name",
		in:     "Michael Jordan met the envoy.",
		want:   []got{{"Michael Jordan", "PERSON", "", "", ""}},
		reason: "a country after a given name in one name is the family name: no organization named after Jordan",
	}, {
		name:   "city-as-family-name",
		in:     "President Ricardo Lagos met the envoy.",
		want:   []got{{"Ricardo Lagos", "PERSON", "", "", "President"}},
		reason: "a city after a given name in one name is the family name",
	}}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc := tg.Tag(entity.Input{Text: tc.in})
			if diff := cmp.Diff(tc.want, summarize(doc.Mentions)); diff != "" {
				t.Errorf("Tag(%q) mismatch (-want +got):\n%s\nreason: %s", tc.in, diff, tc.reason)
			}
		})
	}
}

// TestGivenNameReferences checks the references the world gazetteer's
// tagger reports for bare given names (our own sentences): the one person
// named in full before with that given name, and nothing for two.
func TestGivenNameReferences(t *testing.T) {
	checkNamedRefs(t, false, []refCase{{
		name:   "one-person",
		in:     "Paul Kagame met Putin in Moscow. Later, Paul said the talks went well.",
		want:   []namedRef{{"Paul", "Paul Kagame"}},
		reason: "the given name of the one person named in full before it",
	}, {
		name:   "common-word-opens-sentence",
		in:     "Mark Rutte met Putin in Moscow. Mark said the talks went well.",
		want:   []namedRef{{"Mark", "Mark Rutte"}},
		reason: "a common word that opens a sentence, a speech verb after it, is the given name of the one Mark named before",
	}, {
		name:   "common-word-before-noun",
		in:     "Grant Shapps met Putin in Moscow. Grant money was paid.",
		want:   nil,
		reason: "a common word before a noun is the noun's modifier, not the person",
	}, {
		name:   "two-people",
		in:     "Paul Kagame met Paul Biya in Moscow. Later, Paul said the talks went well.",
		want:   nil,
		reason: "two people named Paul before it: unresolved",
	}, {
		name:   "country-is-no-given-name",
		in:     "Jordan Bardella met Putin. Jordan said it would sign the deal.",
		want:   []namedRef{{"it", "Jordan"}},
		reason: "a country is never read as a given name: Jordan stays the country, the antecedent of \"it\"",
	}})
}

// TestGivenNamePlacesModel checks that the statistical NER, when on,
// counts as a person cue for a personal place with no evidence of the
// place (our own sentence).
func TestGivenNamePlacesModel(t *testing.T) {
	g, err := gazetteer.Load(strings.NewReader(givenPlacesGazetteer), "givenplaces.yaml")
	if err != nil {
		t.Fatal(err)
	}
	in := "Yesterday Victoria met the envoy in Rome."
	for _, tc := range []struct {
		model bool
		want  []got
	}{
		{false, []got{{"Rome", "GPE", "", "", ""}}},
		{true, []got{{"Victoria", "PERSON", "", "", ""}, {"Rome", "GPE", "", "", ""}}},
	} {
		doc := entity.NewTagger(g, entity.WithModel(tc.model)).Tag(entity.Input{Text: in})
		if diff := cmp.Diff(tc.want, summarize(doc.Mentions)); diff != "" {
			t.Errorf("Tag(%q) with model %v mismatch (-want +got):\n%s", in, tc.model, diff)
		}
	}
}
