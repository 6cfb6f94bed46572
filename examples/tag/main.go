// Tag prints the entity mentions of a news article: their byte offsets,
// type, linked gazetteer id and country.
//
// From the repository root:
//
//	go run ./examples/tag                  # the example article, testdata/article.txt
//	go run ./examples/tag my-article.txt
package main

import (
	"fmt"
	"log"
	"os"

	"github.com/geoextract/geoextract/entity"
	"github.com/geoextract/geoextract/gazetteer"
)

func main() {
	log.SetFlags(0)
	path := "testdata/article.txt"
	if len(os.Args) > 1 {
		path = os.Args[1]
	}
	text, err := os.ReadFile(path)
	if err != nil {
		log.Fatalf("tag: %v (run from the repository root, or give a file)", err)
	}

	g, err := gazetteer.Default() // the embedded world data, loaded once
	if err != nil {
		log.Fatal(err)
	}
	tagger := entity.NewTagger(g) // immutable: build once, share it
	for _, m := range tagger.Tag(entity.Input{Text: string(text)}).Mentions {
		id := m.ID
		if id == "" {
			id = "-"
		}
		fmt.Printf("%5d-%-5d %-6s %-28q %-26s %s\n", m.Start, m.End, m.Type, m.Text, id, m.Country)
	}
}
