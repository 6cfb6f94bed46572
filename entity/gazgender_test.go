package entity_test

import (
	"strings"
	"testing"

	"github.com/geoextract/geoextract/entity"
	"github.com/geoextract/geoextract/gazetteer"
)

// gazGenderYAML is a gazetteer of invented people with their genders.
const gazGenderYAML = `entities:
  - id: person/alex-morgan
    type: PERSON
    name: Alex Morgan
    attributes: {gender: female}
  - id: person/daniel-ortez
    type: PERSON
    name: Daniel Ortez
    attributes: {gender: f}
  - id: person/sam-reed
    type: PERSON
    name: Sam Reed
    attributes: {gender: male}
`

// gazGenderTagger is a Tagger of gazGenderYAML alone, with its gender
// attributes or, with bare, without them.
func gazGenderTagger(t *testing.T, bare bool) *entity.Tagger {
	t.Helper()
	src := gazGenderYAML
	if bare {
		var keep []string
		for line := range strings.Lines(src) {
			if !strings.Contains(line, "gender:") {
				keep = append(keep, line)
			}
		}
		src = strings.Join(keep, "")
	}
	g, err := gazetteer.Load(strings.NewReader(src), "people.yaml")
	if err != nil {
		t.Fatal(err)
	}
	return entity.NewTagger(g)
}

// TestReferentGazetteerGender resolves he and she by the gender a user's
// gazetteer states of a person: as strong as a title, so a pronoun of the
// other gender finds no referent even when the person is the only one
// named. The gazetteer wins over a title or a given name that disagrees
// with it (a fact of that very person: a title may be misread, a given
// name is shared). Our own sentences and people.
func TestReferentGazetteerGender(t *testing.T) {
	checkReferent(t, gazGenderTagger(t, false), []referentCase{
		{"she-is-alex", "Alex Morgan arrived in Oslo on Monday. She said the talks went well.", "She",
			ref{"Alex Morgan", ""}},
		{"he-is-not-alex", "Alex Morgan arrived in Oslo on Monday. He said the talks went well.", "He",
			ref{}},
		{"partial-name-keeps-gender", "Alex Morgan arrived in Oslo on Monday. Morgan met reporters later. He said the talks went well.", "He",
			ref{}},
		{"he-skips-alex-for-sam", "Alex Morgan met Sam Reed in Oslo on Monday. Later he said the talks went well.", "he",
			ref{"Sam Reed", ""}},
		{"she-skips-sam-for-alex", "Sam Reed met Alex Morgan in Oslo on Monday. Later she said the talks went well.", "she",
			ref{"Alex Morgan", ""}},
		{"gazetteer-beats-title", "Mr. Alex Morgan arrived in Oslo on Monday. She said the talks went well.", "She",
			ref{"Alex Morgan", ""}},
		{"gazetteer-beats-title-he", "Mr. Alex Morgan arrived in Oslo on Monday. He said the talks went well.", "He",
			ref{}},
		{"gazetteer-beats-given-name", "Daniel Ortez met Sam Reed in Oslo on Monday. Later she said the talks went well.", "she",
			ref{"Daniel Ortez", ""}},
		{"given-name-loses", "Sam Reed met Daniel Ortez in Oslo on Monday. Later he said the talks went well.", "he",
			ref{"Sam Reed", ""}},
	})
}

// TestReferentGazetteerNoGender is TestReferentGazetteerGender's
// gazetteer without its gender attributes: the people's titles and given
// names decide as before ("Alex" is of both genders, so it says nothing;
// "Daniel" is a man's name).
func TestReferentGazetteerNoGender(t *testing.T) {
	checkReferent(t, gazGenderTagger(t, true), []referentCase{
		{"she-is-alex", "Alex Morgan arrived in Oslo on Monday. She said the talks went well.", "She",
			ref{"Alex Morgan", ""}},
		{"he-is-alex", "Alex Morgan arrived in Oslo on Monday. He said the talks went well.", "He",
			ref{"Alex Morgan", ""}},
		{"title-says-mr", "Mr. Alex Morgan arrived in Oslo on Monday. She said the talks went well.", "She",
			ref{}},
		{"daniel-is-a-man", "Daniel Ortez met Sam Reed in Oslo on Monday. Later he said the talks went well.", "he",
			ref{"Daniel Ortez", ""}},
	})
}
