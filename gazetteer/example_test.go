package gazetteer_test

import (
	"fmt"
	"log"
	"path/filepath"
	"strings"

	"github.com/geoextract/geoextract/gazetteer"
)

// Example loads the annotated example file (testdata/example.yaml, which
// documents the format) and finds its names in a sentence.
func Example() {
	g, err := gazetteer.LoadFile(filepath.Join("testdata", "example.yaml"))
	if err != nil {
		log.Fatal(err)
	}
	text := "South Korean Defense Minister Lee Jong-sup flew from Seoul to the U.N. to discuss Korea."
	for _, m := range g.Match(text) {
		for _, c := range m.Candidates {
			fmt.Printf("%d:%d %q %v %s (%v, %s, country %s)\n",
				m.Start, m.End, m.Text, c.Type, c.Entry.ID, c.Form, c.Entry.Kind, c.Entry.Country)
		}
	}
	fmt.Println("Korea is ambiguous:", g.Ambiguous("Korea"))
	// Output:
	// 0:12 "South Korean" NORP KOR (demonym, country, country KOR)
	// 30:42 "Lee Jong-sup" PERSON person/lee-jong-sup (name, person, country KOR)
	// 53:58 "Seoul" GPE KOR (capital, country, country KOR)
	// 66:70 "U.N." ORG org/united-nations (alias, igo, country )
	// 82:87 "Korea" GPE KOR (alias, country, country KOR)
	// 82:87 "Korea" GPE PRK (alias, country, country PRK)
	// Korea is ambiguous: [KOR PRK]
}

// ExampleLoad_errors shows that every mistake of a file is reported at
// once, each at its file:line:col.
func ExampleLoad_errors() {
	const bad = `version: 1
entities:
  - id: KOR
    type: GPE
    name: South Korea
  - id: KOR
    type: COUNTRY
    name: Korea
    flag: taegukgi
  - id: person/lee-jong-sup
    type: PERSON
    country: kor
`
	_, err := gazetteer.Load(strings.NewReader(bad), "bad.yaml")
	fmt.Println(err)
	// Output:
	// gazetteer: bad.yaml:6:9: duplicate id "KOR" (first defined at bad.yaml:3:5)
	// gazetteer: bad.yaml:7:11: invalid type "COUNTRY" (want PERSON, GPE, ORG, LOC, NORP or EVENT)
	// gazetteer: bad.yaml:9:5: unknown field "flag" in entity
	// gazetteer: bad.yaml:10:5: missing name
	// gazetteer: bad.yaml:12:14: invalid country "kor" (want an ISO 3166-1 alpha-3 code such as KOR)
}

func ExampleGazetteer_MatchWords() {
	g, err := gazetteer.LoadFile(filepath.Join("testdata", "example.yaml"))
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
	base, err := gazetteer.Load(strings.NewReader(`version: 1
entities:
  - {id: KOR, type: GPE, name: South Korea, aliases: [ROK]}
  - {id: PRK, type: GPE, name: North Korea, aliases: [DPRK]}
  - {id: person/lee-jong-sup, type: PERSON, name: Lee Jong-sup, country: KOR}
  - {id: org/kcna, type: ORG, name: KCNA, country: PRK}
`), "world.yaml")
	if err != nil {
		log.Fatal(err)
	}
	// A user's file adds an entity, extends one, replaces one and removes
	// one.
	mine, err := gazetteer.Load(strings.NewReader(`version: 1
entities:
  - {id: person/ahn-gyu-back, type: PERSON, name: Ahn Gyu-back, country: KOR}
  - {id: KOR, merge: extend, aliases: [Hanguk], attributes: {tld: .kr}}
  - {id: PRK, type: GPE, name: DPRK}
  - {id: org/kcna, merge: remove}
`), "mine.yaml")
	if err != nil {
		log.Fatal(err)
	}
	g, err := gazetteer.Merge(base, mine)
	if err != nil {
		log.Fatal(err)
	}
	for _, e := range g.Entries() {
		fmt.Println(e.ID, "=", e.Name, e.Aliases, "from", e.Pos)
	}
	// Replacing PRK under another name drops "North Korea": allowed,
	// but worth a warning.
	for _, w := range g.Warnings() {
		fmt.Println("warning:", w)
	}
	// Output:
	// KOR = South Korea [ROK Hanguk] from world.yaml:3:5
	// PRK = DPRK [] from mine.yaml:5:5
	// person/lee-jong-sup = Lee Jong-sup [] from world.yaml:5:5
	// person/ahn-gyu-back = Ahn Gyu-back [] from mine.yaml:3:5
	// warning: mine.yaml:5:5: PRK "DPRK" replaces "North Korea" (at world.yaml:4:5), whose names are no longer matched: "North Korea"; to rename it and keep them, write merge: extend
}

func ExampleDefault() {
	g, err := gazetteer.Default()
	if err != nil {
		fmt.Println(err)
		return
	}
	kor, ok := g.Lookup("KOR")
	fmt.Println(ok, kor.Name, kor.Type, kor.Kind, kor.Capitals[0], kor.Attributes["iso2"])
	// Output:
	// true South Korea GPE country Seoul KR
}

// IsCountryID tells a country's id (ISO 3166-1 alpha-3) from the ids of
// other entries by its form alone; "ZZZ" has the form, though no country
// has it.
func ExampleIsCountryID() {
	for _, id := range []string{"KOR", "ZZZ", "kor", "KO", "KORE", "org/un", "ÄBC"} {
		fmt.Printf("%q %v\n", id, gazetteer.IsCountryID(id))
	}
	// Output:
	// "KOR" true
	// "ZZZ" true
	// "kor" false
	// "KO" false
	// "KORE" false
	// "org/un" false
	// "ÄBC" false
}
