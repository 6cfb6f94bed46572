// Relations prints who did what to whom in a news article, with CAMEO
// codes, negation, modality and event dates.
//
// From the repository root:
//
//	go run ./examples/relations                        # testdata/article.txt, published 2022-06-13
//	go run ./examples/relations -date 2024-05-01 my-article.txt
package main

import (
	"flag"
	"fmt"
	"log"
	"os"
	"time"

	"github.com/geoextract/geoextract/entity"
	"github.com/geoextract/geoextract/gazetteer"
	"github.com/geoextract/geoextract/relation"
)

func main() {
	log.SetFlags(0)
	date := flag.String("date", "2022-06-13", "publication date (YYYY-MM-DD), for \"on Sunday\" and the like")
	flag.Parse()
	path := "testdata/article.txt"
	if flag.NArg() > 0 {
		path = flag.Arg(0)
	}
	text, err := os.ReadFile(path)
	if err != nil {
		log.Fatalf("relations: %v (run from the repository root, or give a file)", err)
	}
	t, err := time.Parse("2006-01-02", *date)
	if err != nil {
		log.Fatalf("relations: -date: %v", err)
	}

	g, err := gazetteer.Default()
	if err != nil {
		log.Fatal(err)
	}
	lex, err := relation.DefaultLexicon()
	if err != nil {
		log.Fatal(err)
	}
	tagger := entity.NewTagger(g)
	extractor := relation.NewExtractor(lex)

	published := entity.DateOf(t)
	doc := tagger.Tag(entity.Input{Text: string(text), Date: published})
	for _, r := range extractor.Extract(doc) {
		object := "(no object)"
		if r.Object != nil {
			object = label(*r.Object)
		}
		fmt.Printf("%-28s %-22s %-4s %-28s %q", label(r.Subject), r.Predicate, r.CAMEO, object, r.Trigger.Text)
		if r.Negated {
			fmt.Print(" negated")
		}
		if r.Modality != relation.Asserted {
			fmt.Print(" ", r.Modality)
		}
		if !r.Date.IsZero() {
			fmt.Print(" ", r.Date)
		}
		fmt.Println()
	}
}

// label names an argument by its text and country.
func label(a relation.Argument) string {
	if a.Country != "" {
		return a.Text + " (" + a.Country + ")"
	}
	return a.Text
}
