package relation_test

import (
	"fmt"

	"github.com/geoextract/geoextract/entity"
	"github.com/geoextract/geoextract/relation"
)

// Conflict reporting names its parties by description: with
// WithUnnamedActors, "government troops" and "the rebels" are unnamed
// organizations (no ID), and "Kurdish fighters" the Kurds.
func ExampleWithUnnamedActors() {
	lex, err := relation.DefaultLexicon()
	if err != nil {
		panic(err)
	}
	doc := analyze("Government troops clashed with the rebels. Turkish troops attacked Kurdish fighters.",
		map[string]entity.Mention{
			"Turkish": {Type: entity.NORP, ID: "TUR", Name: "Turkey", Country: "TUR"},
			"Kurdish": {Type: entity.NORP, ID: "norp/kurds", Name: "Kurds"},
		})
	for _, on := range []bool{false, true} {
		fmt.Println("unnamed actors:", on)
		for _, r := range relation.NewExtractor(lex, relation.WithUnnamedActors(on)).Extract(doc) {
			fmt.Printf("  %s (%s) %s %s (%s)\n", r.Subject.Text, r.Subject.ID, r.Predicate, r.Object.Text, r.Object.ID)
		}
	}
	// Output:
	// unnamed actors: false
	// unnamed actors: true
	//   Government troops () FIGHT rebels ()
	//   Turkish (TUR) FIGHT Kurdish (norp/kurds)
}
