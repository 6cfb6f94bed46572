package relation_test

import (
	"fmt"

	"github.com/geoextract/geoextract/entity"
	"github.com/geoextract/geoextract/relation"
)

// ExampleWithTrace asks why a sentence gives some relations and not
// others: each lexicon match, and the stage that dropped it.
func ExampleWithTrace() {
	lex, err := relation.DefaultLexicon()
	if err != nil {
		panic(err)
	}
	x := relation.NewExtractor(lex, relation.WithTrace(func(e relation.TraceEvent) {
		if e.Reason == relation.Emitted {
			fmt.Printf("%q (%s): %d relation(s)\n", e.Trigger.Text, e.CAMEO, e.Relations)
		} else {
			fmt.Printf("%q (%s): dropped at %s, %s\n", e.Trigger.Text, e.CAMEO, e.Stage, e.Reason)
		}
	}))
	doc := analyze("Kenya held talks with Uganda. Russia attacked.",
		map[string]entity.Mention{
			"Kenya":  {Type: entity.GPE, ID: "KEN", Name: "Kenya", Country: "KEN"},
			"Uganda": {Type: entity.GPE, ID: "UGA", Name: "Uganda", Country: "UGA"},
			"Russia": {Type: entity.GPE, ID: "RUS", Name: "Russia", Country: "RUS"},
		})
	x.Extract(doc)
	// Output:
	// "held talks" (04): 1 relation(s)
	// "talks" (04): dropped at match, overlap
	// "attacked" (19): dropped at participants, no-object
}
