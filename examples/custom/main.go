// Custom extends the embedded world gazetteer with your own actors and tags
// an article that mentions them: a made-up country, Valdoria (id XVL), with
// its capital, demonym and president, and a few Finnish actors. Every
// mention of them is linked ("Valdorian", "Port Anselm" and "Valdoria" are
// all XVL; "Kestrel" is the president) and their relations are extracted.
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

const article = "Valdorian President Mara Kestrel met Finnish Foreign Minister Anneli Korhonen in Port Anselm on Monday. " +
	"Kestrel said Valdoria would not sanction Russia and would ship grain to the Nordic Grain Board in Lakeport."

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
	published := entity.Date{Year: 2025, Month: 3, Day: 4} // roles are dated
	doc := tagger.Tag(entity.Input{Text: article, Date: published})
	for _, m := range doc.Mentions {
		fmt.Println(strings.TrimSpace(fmt.Sprintf("%-20q %-6s %-24s %-3s %s", m.Text, m.Type, m.ID, m.Country, m.Role)))
	}

	lex, err := relation.DefaultLexicon()
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println()
	for _, r := range relation.NewExtractor(lex).Extract(doc) {
		obj := "∅"
		if r.Object != nil {
			obj = r.Object.ID
		}
		line := fmt.Sprintf("%s —%s(%s)→ %s: %q", r.Subject.ID, r.Predicate, r.CAMEO, obj, r.Trigger.Text)
		if r.Negated {
			line += " negated"
		}
		if r.Modality != relation.Asserted {
			line += " " + r.Modality.String()
		}
		if !r.Date.IsZero() {
			line += " " + r.Date.String()
		}
		fmt.Println(line)
	}
}
