// Custom extends the embedded world gazetteer with your own actors and tags
// a sentence that mentions them.
//
// The actors come from actors.yaml beside this file (embedded in the
// program), or from a YAML file you name:
//
//	go run ./examples/custom
//	go run ./examples/custom my-actors.yaml
//
// The same works on the command line: geoextract -gazetteer my-actors.yaml.
package main

import (
	_ "embed"
	"fmt"
	"log"
	"os"
	"strings"

	"github.com/geoextract/geoextract/entity"
	"github.com/geoextract/geoextract/gazetteer"
	"github.com/geoextract/geoextract/relation"
)

//go:embed actors.yaml
var actorsYAML string

const sentence = "Finnish Foreign Minister Anneli Korhonen told the Nordic Grain Board in Lakeport on Monday " +
	"that Helsinki would not sanction Russia. Korhonen later met Japan's ambassador."

func main() {
	log.SetFlags(0)
	var (
		mine *gazetteer.Gazetteer
		err  error
	)
	if len(os.Args) > 1 {
		mine, err = gazetteer.LoadFile(os.Args[1])
	} else {
		mine, err = gazetteer.Load(strings.NewReader(actorsYAML), "actors.yaml")
	}
	if err != nil {
		log.Fatal(err) // every problem, each as file:line:col
	}
	world, err := gazetteer.Default()
	if err != nil {
		log.Fatal(err)
	}
	// Later gazetteers win: an entry of mine replaces a world entry with the
	// same id, and new ids are added.
	g, err := gazetteer.Merge(world, mine)
	if err != nil {
		log.Fatal(err)
	}

	tagger := entity.NewTagger(g)
	doc := tagger.Tag(entity.Input{Text: sentence})
	for _, m := range doc.Mentions {
		fmt.Printf("%-20q %-6s %-24s %s\n", m.Text, m.Type, m.ID, m.Country)
	}

	lex, err := relation.DefaultLexicon()
	if err != nil {
		log.Fatal(err)
	}
	for _, r := range relation.NewExtractor(lex).Extract(doc, relation.Date{Year: 2025, Month: 3, Day: 4}) {
		obj := "-"
		if r.Object != nil {
			obj = r.Object.Text
		}
		fmt.Printf("%s %s %s (negated %v, %s)\n", r.Subject.Text, r.Predicate, obj, r.Negated, r.Modality)
	}
}
