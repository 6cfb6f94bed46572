package relation_test

import (
	"fmt"

	"github.com/geoextract/geoextract/entity"
	"github.com/geoextract/geoextract/relation"
)

// An obligation or a condition a speaker lays on another actor is a
// demand of it; a stance against another actor or its doing is a
// rejection or a disapproval. A permission ("need not") is none.
func Example_reportedDemandsAndStances() {
	lex, err := relation.DefaultLexicon()
	if err != nil {
		panic(err)
	}
	x := relation.NewExtractor(lex)
	doc := analyze("Ghana said Togo needs to hold the election on time. "+
		"Mexico said Cuba need not worry about the embargo. "+
		"Spain is opposed to Morocco's plan for the territory. "+
		"Japan is concerned about China's military buildup.",
		map[string]entity.Mention{
			"Ghana":   {Type: entity.GPE, ID: "GHA", Country: "GHA"},
			"Togo":    {Type: entity.GPE, ID: "TGO", Country: "TGO"},
			"Mexico":  {Type: entity.GPE, ID: "MEX", Country: "MEX"},
			"Cuba":    {Type: entity.GPE, ID: "CUB", Country: "CUB"},
			"Spain":   {Type: entity.GPE, ID: "ESP", Country: "ESP"},
			"Morocco": {Type: entity.GPE, ID: "MAR", Country: "MAR"},
			"Japan":   {Type: entity.GPE, ID: "JPN", Country: "JPN"},
			"China":   {Type: entity.GPE, ID: "CHN", Country: "CHN"},
		})
	for _, r := range x.Extract(doc) {
		if r.Object != nil {
			fmt.Printf("%s %s(%s) %s [%s]\n", r.Subject.Text, r.Predicate, r.CAMEO, r.Object.Text, r.Trigger.Text)
		}
	}
	// Output:
	// Ghana DEMAND(10) Togo [needs to hold]
	// Spain REJECT(12) Morocco [opposed to Morocco's plan]
	// Japan DISAPPROVE(11) China [concerned about China's military buildup]
}
