package entity_test

import (
	"fmt"
	"strings"

	"github.com/geoextract/geoextract/entity"
	"github.com/geoextract/geoextract/gazetteer"
)

// A tagger links mentions to a gazetteer: here a small one written inline.
// Real programs use gazetteer.Default(), the embedded world data, merged
// with their own entries.
func ExampleTagger_Tag() {
	g, err := gazetteer.Load(strings.NewReader(`
entities:
  - {id: KOR, type: GPE, name: South Korea, demonyms: [South Korean], capital: Seoul}
  - {id: JPN, type: GPE, name: Japan, demonyms: [Japanese], capital: Tokyo}
`), "inline.yaml")
	if err != nil {
		fmt.Println(err)
		return
	}
	tg := entity.NewTagger(g)
	text := "South Korean Defense Minister Lee Jong-sup met his Japanese counterpart in Tokyo. Lee said Seoul would act."
	for _, m := range tg.Tag(entity.Input{Text: text}).Mentions {
		fmt.Printf("%-12s %-6s id=%-3s country=%s role=%q\n", m.Text, m.Type, m.ID, m.Country, m.Role)
	}
	// Output:
	// South Korean NORP   id=KOR country=KOR role=""
	// Lee Jong-sup PERSON id=    country=KOR role="Defense Minister"
	// Japanese     NORP   id=JPN country=JPN role=""
	// Tokyo        GPE    id=JPN country=JPN role=""
	// Lee          PERSON id=    country=KOR role=""
	// Seoul        GPE    id=KOR country=KOR role=""
}

// Referent resolves pronouns to the actors they stand for.
func ExampleDocument_Referent() {
	g, _ := gazetteer.Load(strings.NewReader(`
entities:
  - {id: PRK, type: GPE, name: North Korea, capital: Pyongyang}
`), "inline.yaml")
	doc := entity.NewTagger(g).Tag(entity.Input{Text: "North Korea fired a missile on Monday. It said the test was a success."})
	for i, tok := range doc.Tokens {
		if m, ok := doc.Referent(i); ok {
			fmt.Printf("%q -> %s (%s)\n", tok.Text, m.Name, m.ID)
		}
	}
	// Output:
	// "It" -> North Korea (PRK)
}

// Entities group the mentions of one actor, with the pronouns and
// descriptions that refer to it.
func ExampleDocument_entities() {
	g, err := gazetteer.LoadFile("testdata/gazetteer.yaml")
	if err != nil {
		fmt.Println(err)
		return
	}
	doc := entity.NewTagger(g).Tag(entity.Input{
		Text: "President Yoon Suk-yeol met Japanese officials in Tokyo. Yoon said he would return, and Japan said it agreed.",
	})
	for _, e := range doc.Entities {
		fmt.Printf("%s (%s %s):", e.Name, e.Type, e.ID)
		for _, k := range e.Mentions {
			fmt.Printf(" %q", doc.Mentions[k].Text)
		}
		for _, r := range e.Refs {
			fmt.Printf(" %q", r.Text)
		}
		fmt.Println()
	}
	// Output:
	// Yoon Suk-yeol (PERSON person/yoon-suk-yeol): "Yoon Suk-yeol" "Yoon" "he"
	// Japan (GPE JPN): "Japanese" "Tokyo" "Japan" "it"
}

func ExampleDate_String() {
	fmt.Println(entity.Date{Year: 2019, Month: 8})
	fmt.Println(entity.Date{Year: 2022, Month: 6, Day: 12})
	// Output:
	// 2019-08
	// 2022-06-12
}

// References lists every pronoun, description and partial name the
// document resolves, with the actor it names: here a description of an
// organization whose kind ("ngo") a group may be, and a pronoun whose
// sentence before opens with that description.
func ExampleDocument_References() {
	g, err := gazetteer.Load(strings.NewReader(`
entities:
  - {id: org/watch, type: ORG, kind: ngo, name: Prison Watch}
  - {id: EGY, type: GPE, kind: country, name: Egypt}
`), "inline.yaml")
	if err != nil {
		fmt.Println(err)
		return
	}
	doc := entity.NewTagger(g).Tag(entity.Input{Text: "Prison Watch published a report. The group said Egypt must free the detainees. It also criticized the courts."})
	for _, r := range doc.References() {
		fmt.Printf("%-9s %-11s -> %s (%s)\n", r.Text, r.Kind, r.Name, r.ID)
	}
	// Output:
	// The group description -> Prison Watch (org/watch)
	// It        pronoun     -> Prison Watch (org/watch)
}
