package gazetteer_test

import (
	"fmt"
	"log"
	"strings"

	"github.com/geoextract/geoextract/gazetteer"
)

const exampleYAML = `
entries:
  - id: KOR
    type: GPE
    name: South Korea
    aliases: [ROK]
    demonyms: [South Korean]
    capitals: [Seoul]
  - id: person/lee-jong-sup
    type: PERSON
    name: Lee Jong-sup
    country: KOR
    roles:
      - {title: Defense Minister, from: 2022-05-10, to: 2023-10-06}
`

func Example() {
	g, err := gazetteer.Load(strings.NewReader(exampleYAML), "example.yaml")
	if err != nil {
		log.Fatal(err)
	}
	text := "South Korean Defense Minister Lee Jong-sup flew from Seoul to the U.S."
	for _, m := range g.Match(text) {
		c := m.Candidates[0]
		fmt.Printf("%d:%d %q %v %s (%v, country %s)\n", m.Start, m.End, m.Text, c.Type, c.Entry.ID, c.Form, c.Entry.Country)
	}
	// Output:
	// 0:12 "South Korean" NORP KOR (demonym, country KOR)
	// 30:42 "Lee Jong-sup" PERSON person/lee-jong-sup (name, country KOR)
	// 53:58 "Seoul" GPE KOR (capital, country KOR)
}

func ExampleLoad_errors() {
	const bad = `entries:
  - id: KOR
    type: COUNTRY
    name: South Korea
  - id: person/lee-jong-sup
    type: PERSON
    country: kor
`
	_, err := gazetteer.Load(strings.NewReader(bad), "bad.yaml")
	fmt.Println(err)
	// Output:
	// gazetteer: bad.yaml:3:11: invalid type "COUNTRY" (want PERSON, GPE, ORG, LOC, NORP or EVENT)
	// gazetteer: bad.yaml:5:5: missing name
	// gazetteer: bad.yaml:7:14: invalid country "kor" (want an ISO 3166-1 alpha-3 code such as KOR)
}

func ExampleGazetteer_MatchWords() {
	g, err := gazetteer.Load(strings.NewReader(exampleYAML), "example.yaml")
	if err != nil {
		log.Fatal(err)
	}
	// Every occurrence, overlapping ones included.
	words := []string{"SOUTH", "KOREAN", "and", "ROK", "troops"}
	for _, m := range g.MatchWords(words) {
		fmt.Println(m.First, m.Last, m.Candidates[0].Entry.ID, m.Candidates[0].Form)
	}
	// Output:
	// 0 2 KOR demonym
	// 3 4 KOR alias
}

func ExampleMerge() {
	base, err := gazetteer.Load(strings.NewReader(exampleYAML), "world.yaml")
	if err != nil {
		log.Fatal(err)
	}
	// A user's file adds an entry and replaces one.
	mine, err := gazetteer.Load(strings.NewReader(`entries:
  - {id: person/ahn-gyu-back, type: PERSON, name: Ahn Gyu-back, country: KOR}
  - {id: KOR, type: GPE, name: Republic of Korea, aliases: [South Korea]}
`), "mine.yaml")
	if err != nil {
		log.Fatal(err)
	}
	g, err := gazetteer.Merge(base, mine)
	if err != nil {
		log.Fatal(err)
	}
	for _, e := range g.Entries() {
		fmt.Println(e.ID, "=", e.Name, "from", e.Pos)
	}
	// Output:
	// KOR = Republic of Korea from mine.yaml:3:5
	// person/lee-jong-sup = Lee Jong-sup from world.yaml:9:5
	// person/ahn-gyu-back = Ahn Gyu-back from mine.yaml:2:5
}

func ExampleDefault() {
	g, err := gazetteer.Default()
	if err != nil {
		fmt.Println(err)
		return
	}
	kor, ok := g.Lookup("KOR")
	fmt.Println(ok, kor.Name, kor.Type)
	// Output:
	// true South Korea GPE
}
