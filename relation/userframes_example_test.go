package relation_test

import (
	"fmt"
	"strings"

	"github.com/geoextract/geoextract/entity"
	"github.com/geoextract/geoextract/relation"
)

// A frames file merged over the embedded one: the split particle verbs
// ("bailed Greece out") are read along the particle relations of the
// parse, and an empty list switches them off.
func ExampleLoadFrames() {
	lex, err := relation.DefaultLexicon()
	if err != nil {
		panic(err)
	}
	off, err := relation.LoadFrames(strings.NewReader("particle: []\n"), "mine.yaml")
	if err != nil {
		panic(err)
	}
	doc := analyze("The IMF bailed Greece out.", map[string]entity.Mention{
		"IMF":    {Type: entity.Org, ID: "org/imf", Name: "International Monetary Fund"},
		"Greece": {Type: entity.GPE, ID: "GRC", Name: "Greece", Country: "GRC"},
	})
	for _, x := range []*relation.Extractor{
		relation.NewExtractor(lex, relation.WithModel(nil)),
		relation.NewExtractor(lex, relation.WithModel(nil), relation.WithFrames(off)),
	} {
		rs := x.Extract(doc)
		fmt.Println(len(rs), "relation(s)")
		for _, r := range rs {
			fmt.Printf("%s %s(%s) %s [%s]\n", r.Subject.Text, r.Predicate, r.CAMEO, r.Object.Text, r.Trigger.Text)
		}
	}
	_, err = relation.LoadFrames(strings.NewReader("particle: [compound:prtt]\n"), "mine.yaml")
	fmt.Println(err)
	// Output:
	// 1 relation(s)
	// IMF PROVIDE_AID(07) Greece [bailed]
	// 0 relation(s)
	// relation: mine.yaml:1:12: frames: role "particle": unknown dependency relation "compound:prtt"
}
