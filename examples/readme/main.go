// Readme is the library example that the README quotes in full: it tags a
// news text, links its actors to the world data and prints who did what to
// whom. Run it with: go run ./examples/readme
package main

import (
	"fmt"
	"log"

	"github.com/geoextract/geoextract/entity"
	"github.com/geoextract/geoextract/gazetteer"
	"github.com/geoextract/geoextract/relation"
)

func main() {
	g, err := gazetteer.Default() // the embedded world data, loaded once
	if err != nil {
		log.Fatal(err)
	}
	lex, err := relation.DefaultLexicon() // the embedded CAMEO lexicon, loaded once
	if err != nil {
		log.Fatal(err)
	}
	tagger := entity.NewTagger(g)           // immutable: build it once, share it
	extractor := relation.NewExtractor(lex) // likewise

	doc := tagger.Tag(entity.Input{
		Text: "South Korean Defense Minister Lee Jong-sup met his Japanese counterpart " +
			"in Singapore on Sunday. North Korea may conduct a nuclear test.",
		Date: entity.Date{Year: 2022, Month: 6, Day: 13}, // publication date
	})
	for _, m := range doc.Mentions {
		fmt.Printf("%-14s %-6s %s\n", m.Text, m.Type, m.ID)
	}
	for _, r := range extractor.Extract(doc) { // "on Sunday" is read against doc.Date
		object := "-"
		if r.Object != nil {
			object = r.Object.Name
		}
		fmt.Println(r.Subject.Name, r.Predicate, object, r.Modality, r.Date)
	}
}
