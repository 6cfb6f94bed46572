// Predicate adds event triggers of your own to the relation lexicon, from
// a YAML file, and shows them extracted: the same sentences give no
// relation with the default lexicon and one per trigger with yours.
//
// The triggers come from lexicon.yaml beside this file (embedded in the
// program), or from a YAML file you name:
//
//	go run ./examples/predicate
//	go run ./examples/predicate my-triggers.yaml
//
// The same works on the command line: geoextract -lexicon my-triggers.yaml.
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

//go:embed lexicon.yaml
var lexiconYAML string

const article = "Japan stonewalled South Korea on Tuesday over the disputed fishing grounds. " +
	"China, meanwhile, has begun a charm offensive toward Fiji."

func main() {
	log.SetFlags(0)
	name, r := "lexicon.yaml", strings.NewReader(lexiconYAML)
	if len(os.Args) > 1 {
		b, err := os.ReadFile(os.Args[1])
		if err != nil {
			log.Fatal(err)
		}
		name, r = os.Args[1], strings.NewReader(string(b))
	}
	mine, err := relation.LoadLexicon(r, name)
	if err != nil {
		log.Fatal(err) // every problem, each as file:line:col
	}
	def, err := relation.DefaultLexicon()
	if err != nil {
		log.Fatal(err)
	}
	// Later lexicons win: a trigger of mine replaces a default trigger with
	// the same words, and new triggers are added.
	merged, err := relation.MergeLexicons(def, mine)
	if err != nil {
		log.Fatal(err)
	}

	g, err := gazetteer.Default()
	if err != nil {
		log.Fatal(err)
	}
	published := entity.Date{Year: 2024, Month: 5, Day: 9}
	doc := entity.NewTagger(g).Tag(entity.Input{Text: article, Date: published})
	for _, x := range []struct {
		name string
		lex  *relation.Lexicon
	}{{"default lexicon", def}, {"default + " + name, merged}} {
		rels := relation.NewExtractor(x.lex).Extract(doc)
		fmt.Printf("%s: %d relation(s)\n", x.name, len(rels))
		for _, r := range rels {
			object := "∅"
			if r.Object != nil {
				object = r.Object.ID
			}
			fmt.Printf("  %s —%s(%s)→ %s: %q", r.Subject.ID, r.Predicate, r.CAMEO, object, r.Trigger.Text)
			if !r.Date.IsZero() {
				fmt.Printf(" on %s", r.Date)
			}
			fmt.Println()
		}
	}
}
