package entity_test

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/geoextract/geoextract/entity"
	"github.com/geoextract/geoextract/gazetteer"
)

// particleGazetteer holds invented people whose family names carry a
// particle (class name_particles), and one whose family name comes first
// (our own data).
const particleGazetteer = `
version: 1
entities:
  - {id: IRQ, type: GPE, kind: country, name: Iraq, demonyms: [Iraqi]}
  - {id: KOR, type: GPE, kind: country, name: South Korea, demonyms: [South Korean]}
  - {id: DEU, type: GPE, kind: country, name: Germany, demonyms: [German]}
  - {id: JPN, type: GPE, kind: country, name: Japan, aliases: [Tokyo]}
  - id: person/karim-saleh-al-rawi
    type: PERSON
    name: Karim Saleh al-Rawi
    country: IRQ
    roles: [{title: Prime Minister, from: 2022-10-27}]
  - {id: person/ali-al-hadi, type: PERSON, name: Ali al-Hadi, country: IRQ}
  - {id: person/omar-el-hadi, type: PERSON, name: Omar el-Hadi, country: IRQ}
  - id: person/margit-von-der-heide
    type: PERSON
    name: Margit von der Heide
    country: DEU
    roles: [{title: Commissioner, from: 2019-12-01}]
  - id: person/park-soo-ho
    type: PERSON
    name: Park Soo-ho
    country: KOR
    roles: [{title: Foreign Minister, from: 2022-05-12}]
`

// TestParticleNames checks that a family name written with its particle
// ("al-Rawi", "Al-Rawi", "von der Heide") or without it ("Rawi"), and a family name after a form of
// address ("Mr. Park") link to the full name written before in the
// document, and that nothing else does.
func TestParticleNames(t *testing.T) {
	g, err := gazetteer.Load(strings.NewReader(particleGazetteer), "particles.yaml")
	if err != nil {
		t.Fatal(err)
	}
	tg := entity.NewTagger(g)
	tests := []struct {
		name, in string
		want     []got
		reason   string
	}{{
		name: "lower-case-particle",
		in:   "Iraqi Prime Minister Karim Saleh al-Rawi visited Tokyo. Later, al-Rawi met reporters.",
		want: []got{{"Iraqi", "NORP", "IRQ", "IRQ", ""}, {"Karim Saleh al-Rawi", "PERSON", "person/karim-saleh-al-rawi", "IRQ", "Prime Minister"},
			{"Tokyo", "GPE", "JPN", "JPN", ""}, {"al-Rawi", "PERSON", "person/karim-saleh-al-rawi", "IRQ", ""}},
		reason: "the family name with its particle is one short name, the mention spans the particle",
	}, {
		name: "capitalized-particle",
		in:   "Karim Saleh al-Rawi visited Tokyo. Al-Rawi said the talks went well.",
		want: []got{{"Karim Saleh al-Rawi", "PERSON", "person/karim-saleh-al-rawi", "IRQ", ""},
			{"Tokyo", "GPE", "JPN", "JPN", ""}, {"Al-Rawi", "PERSON", "person/karim-saleh-al-rawi", "IRQ", ""}},
		reason: "a particle capitalized at the start of a sentence is the same name",
	}, {
		name: "particles-apart",
		in:   "Margit von der Heide visited Tokyo. Von der Heide said the talks went well.",
		want: []got{{"Margit von der Heide", "PERSON", "person/margit-von-der-heide", "DEU", ""},
			{"Tokyo", "GPE", "JPN", "JPN", ""}, {"Von der Heide", "PERSON", "person/margit-von-der-heide", "DEU", ""}},
		reason: "particles written apart from the name",
	}, {
		name: "without-its-particle",
		in:   "Iraqi Prime Minister Karim Saleh al-Rawi visited Tokyo. Rawi said the talks went well.",
		want: []got{{"Iraqi", "NORP", "IRQ", "IRQ", ""}, {"Karim Saleh al-Rawi", "PERSON", "person/karim-saleh-al-rawi", "IRQ", "Prime Minister"},
			{"Tokyo", "GPE", "JPN", "JPN", ""}, {"Rawi", "PERSON", "person/karim-saleh-al-rawi", "IRQ", ""}},
		reason: "news writes the family name without its particle too ('Assad' after 'Bashar al-Assad')",
	}, {
		name: "without-its-particle-mid-sentence",
		in:   "Karim Saleh al-Rawi visited Tokyo, where officials said Rawi would stay.",
		want: []got{{"Karim Saleh al-Rawi", "PERSON", "person/karim-saleh-al-rawi", "IRQ", ""},
			{"Tokyo", "GPE", "JPN", "JPN", ""}, {"Rawi", "PERSON", "person/karim-saleh-al-rawi", "IRQ", ""}},
		reason: "inside a sentence as at its start",
	}, {
		name: "without-particle-two-full-names-unresolved",
		in:   "Ali al-Hadi met Omar el-Hadi in Tokyo. Later, Hadi said the talks went well.",
		want: []got{{"Ali al-Hadi", "PERSON", "person/ali-al-hadi", "IRQ", ""}, {"Omar el-Hadi", "PERSON", "person/omar-el-hadi", "IRQ", ""},
			{"Tokyo", "GPE", "JPN", "JPN", ""}, {"Hadi", "PERSON", "", "", ""}},
		reason: "two people of that family name before it: unresolved, as with the particle",
	}, {
		name:   "without-particle-no-full-name-unresolved",
		in:     "Later, Rawi met reporters in Tokyo.",
		want:   []got{{"Rawi", "PERSON", "", "", ""}, {"Tokyo", "GPE", "JPN", "JPN", ""}},
		reason: "no full name in the document: unlinked",
	}, {
		name: "form-of-address-before-common-word",
		in:   "South Korean Foreign Minister Park Soo-ho arrived in Tokyo. Mr. Park met reporters.",
		want: []got{{"South Korean", "NORP", "KOR", "KOR", ""}, {"Park Soo-ho", "PERSON", "person/park-soo-ho", "KOR", "Foreign Minister"},
			{"Tokyo", "GPE", "JPN", "JPN", ""}, {"Park", "PERSON", "person/park-soo-ho", "KOR", "Mr."}},
		reason: "a form of address before a common word makes it a person's name, no place ('Park')",
	}, {
		name:   "form-of-address-before-title-unresolved",
		in:     "Park Soo-ho arrived in Tokyo. Mr. President, he said, welcome.",
		want:   []got{{"Park Soo-ho", "PERSON", "person/park-soo-ho", "KOR", ""}, {"Tokyo", "GPE", "JPN", "JPN", ""}},
		reason: "'Mr. President' is an address, no name",
	}, {
		name: "two-full-names-unresolved",
		in:   "Ali al-Hadi met Omar el-Hadi in Tokyo. Later, al-Hadi said the talks went well.",
		want: []got{{"Ali al-Hadi", "PERSON", "person/ali-al-hadi", "IRQ", ""}, {"Omar el-Hadi", "PERSON", "person/omar-el-hadi", "IRQ", ""},
			{"Tokyo", "GPE", "JPN", "JPN", ""}, {"Hadi", "PERSON", "", "", ""}},
		reason: "two people of that family name before it: unresolved",
	}, {
		name:   "no-full-name-unresolved",
		in:     "Later, al-Rawi met reporters in Tokyo.",
		want:   []got{{"Rawi", "PERSON", "", "", ""}, {"Tokyo", "GPE", "JPN", "JPN", ""}},
		reason: "undated, no full name in the document: unlinked",
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
