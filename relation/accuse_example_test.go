package relation_test

import (
	"fmt"

	"github.com/geoextract/geoextract/entity"
	"github.com/geoextract/geoextract/relation"
)

// A report whose content blames another actor is a charge by its speaker;
// a report of a neutral fact, or a negated blame, is none.
func Example_reportedAccusation() {
	lex, err := relation.DefaultLexicon()
	if err != nil {
		panic(err)
	}
	x := relation.NewExtractor(lex)
	doc := analyze("Canada says Venezuela is responsible for the abuses. "+
		"Brazil says Argentina's plan is unacceptable. "+
		"Norway says Denmark did not violate the agreement.",
		map[string]entity.Mention{
			"Canada":    {Type: entity.GPE, ID: "CAN", Country: "CAN"},
			"Venezuela": {Type: entity.GPE, ID: "VEN", Country: "VEN"},
			"Brazil":    {Type: entity.GPE, ID: "BRA", Country: "BRA"},
			"Argentina": {Type: entity.GPE, ID: "ARG", Country: "ARG"},
			"Norway":    {Type: entity.GPE, ID: "NOR", Country: "NOR"},
			"Denmark":   {Type: entity.GPE, ID: "DNK", Country: "DNK"},
		})
	for _, r := range x.Extract(doc) {
		fmt.Printf("%s %s(%s) %s [%s]\n", r.Subject.Text, r.Predicate, r.CAMEO, r.Object.Text, r.Trigger.Text)
	}
	// Output:
	// Canada DISAPPROVE(11) Venezuela [says Venezuela is responsible for]
	// Brazil REJECT(12) Argentina [says Argentina's plan is unacceptable]
}
