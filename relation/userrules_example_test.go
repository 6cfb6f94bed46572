package relation_test

import (
	"fmt"
	"strings"

	"github.com/geoextract/geoextract/entity"
	"github.com/geoextract/geoextract/relation"
)

// A roots file merged over the embedded one: with no root in
// subsumed_by_force, a show of force is kept beside a use of force
// against the same party (the embedded file has the clash subsume the
// incursion); the other behaviours stay embedded.
func ExampleLoadRoots() {
	lex, err := relation.DefaultLexicon()
	if err != nil {
		panic(err)
	}
	roots, err := relation.LoadRoots(strings.NewReader("subsumed_by_force: []\n"), "mine.yaml")
	if err != nil {
		panic(err)
	}
	doc := analyze("Sudan crossed into Chad and clashed with Chadian troops.", map[string]entity.Mention{
		"Sudan":   {Type: entity.GPE, ID: "SDN", Name: "Sudan", Country: "SDN"},
		"Chad":    {Type: entity.GPE, ID: "TCD", Name: "Chad", Country: "TCD"},
		"Chadian": {Type: entity.NORP, ID: "TCD", Name: "Chad", Country: "TCD"},
	})
	for _, x := range []*relation.Extractor{
		relation.NewExtractor(lex, relation.WithModel(nil)),
		relation.NewExtractor(lex, relation.WithModel(nil), relation.WithRoots(roots)),
	} {
		rs := x.Extract(doc)
		fmt.Println(len(rs), "relation(s)")
		for _, r := range rs {
			fmt.Printf("%s %s(%s) %s [%s]\n", r.Subject.Text, r.Predicate, r.CAMEO, r.Object.Text, r.Trigger.Text)
		}
	}
	_, err = relation.LoadRoots(strings.NewReader(`governs_complements: ["02"]`+"\n"), "mine.yaml")
	fmt.Println(err)
	// Output:
	// 1 relation(s)
	// Sudan FIGHT(19) Chadian [clashed]
	// 2 relation(s)
	// Sudan EXHIBIT_FORCE_POSTURE(15) Chad [crossed into]
	// Sudan FIGHT(19) Chadian [clashed]
	// relation: mine.yaml:1:1: roots: unknown behaviour "governs_complements"
}

// An accusals file merged over the embedded one: with the one-code key
// wanting given no code, "X wants Y to ..." is no longer a demand; with
// fights and assaults hostile, a side's report of an attack is its charge
// against the attacker. The other keys stay embedded.
func ExampleLoadAccusals() {
	lex, err := relation.DefaultLexicon()
	if err != nil {
		panic(err)
	}
	ac, err := relation.LoadAccusals(strings.NewReader("wanting: []\nhostile: [\"18\", \"19\"]\n"), "mine.yaml")
	if err != nil {
		panic(err)
	}
	doc := analyze("France wants Iran to return to the talks. Germany says Russia attacked Ukraine.", map[string]entity.Mention{
		"France":  {Type: entity.GPE, ID: "FRA", Name: "France", Country: "FRA"},
		"Iran":    {Type: entity.GPE, ID: "IRN", Name: "Iran", Country: "IRN"},
		"Germany": {Type: entity.GPE, ID: "DEU", Name: "Germany", Country: "DEU"},
		"Russia":  {Type: entity.GPE, ID: "RUS", Name: "Russia", Country: "RUS"},
		"Ukraine": {Type: entity.GPE, ID: "UKR", Name: "Ukraine", Country: "UKR"},
	})
	for _, x := range []*relation.Extractor{
		relation.NewExtractor(lex, relation.WithModel(nil)),
		relation.NewExtractor(lex, relation.WithModel(nil), relation.WithAccusals(ac)),
	} {
		rs := x.Extract(doc)
		fmt.Println(len(rs), "relation(s)")
		for _, r := range rs {
			fmt.Printf("%s %s(%s) %s [%s]\n", r.Subject.Text, r.Predicate, r.CAMEO, r.Object.Text, r.Trigger.Text)
		}
	}
	_, err = relation.LoadAccusals(strings.NewReader("speaker: [nsubj, nsubjj]\n"), "mine.yaml")
	fmt.Println(err)
	// Output:
	// 2 relation(s)
	// France DEMAND(10) Iran [wants Iran to return]
	// Russia FIGHT(19) Ukraine [attacked]
	// 2 relation(s)
	// Germany DISAPPROVE(11) Russia [says Russia attacked]
	// Russia FIGHT(19) Ukraine [attacked]
	// relation: mine.yaml:1:18: accusals: speaker: unknown dependency relation "nsubjj"
}
