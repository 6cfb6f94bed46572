// Tag prints the actors of a news article: every person, country,
// organization, nationality, place and event it mentions, each once, with
// its gazetteer id, country and role, and the words that name it.
//
// A Document's Entities group the mentions of one actor ("Seoul", "South
// Korea" and "South Korean" are all KOR; "Lee Jong-sup" and "Lee" are one
// person) with the pronouns that refer to it ("he", "his").
//
// From the repository root:
//
//	go run ./examples/tag                                   # testdata/article.txt, published 2022-06-13
//	go run ./examples/tag -date 2024-05-01 my-article.txt
package main

import (
	"flag"
	"fmt"
	"log"
	"os"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/geoextract/geoextract/entity"
	"github.com/geoextract/geoextract/gazetteer"
)

func main() {
	log.SetFlags(0)
	date := flag.String("date", "2022-06-13", "publication date (YYYY-MM-DD): dated roles hold only inside their dates")
	flag.Parse()
	path := "testdata/article.txt"
	if flag.NArg() > 0 {
		path = flag.Arg(0)
	}
	text, err := os.ReadFile(path)
	if err != nil {
		log.Fatalf("tag: %v (run from the repository root, or give a file)", err)
	}
	published, err := time.Parse("2006-01-02", *date)
	if err != nil {
		log.Fatalf("tag: -date: %v", err)
	}

	g, err := gazetteer.Default() // the embedded world data, loaded once
	if err != nil {
		log.Fatal(err)
	}
	tagger := entity.NewTagger(g) // immutable: build once, share it
	doc := tagger.Tag(entity.Input{Text: string(text), Date: entity.DateOf(published)})

	w := tabwriter.NewWriter(os.Stdout, 0, 0, 2, ' ', 0)
	fmt.Fprintln(w, "ACTOR\tTYPE\tID\tCOUNTRY\tROLE\tMENTIONS")
	for _, e := range doc.Entities {
		fmt.Fprintf(w, "%s\t%s\t%s\t%s\t%s\t%s\n", short(e.Name, 30), e.Type, orDash(e.ID), orDash(e.Country), orDash(e.Role), names(doc, e))
	}
	w.Flush()
}

// names lists how the document names e, then the pronouns and
// descriptions that refer to it.
func names(doc *entity.Document, e entity.Entity) string {
	var forms, refs []string
	for _, k := range e.Mentions {
		forms = append(forms, strings.Join(strings.Fields(doc.Mentions[k].Text), " "))
	}
	for _, r := range e.Refs {
		refs = append(refs, r.Text)
	}
	s := counted(forms)
	if len(refs) > 0 {
		s += "; also " + counted(refs)
	}
	return s
}

// counted lists each of words once, in order, with its count when more
// than one: "Seoul ×4, South Korea ×9, Korean".
func counted(words []string) string {
	var out []string
	n := map[string]int{}
	for _, w := range words {
		if n[w] == 0 {
			out = append(out, w)
		}
		n[w]++
	}
	for i, w := range out {
		if n[w] > 1 {
			out[i] = fmt.Sprintf("%s ×%d", w, n[w])
		}
	}
	return strings.Join(out, ", ")
}

// short cuts s to n runes.
func short(s string, n int) string {
	if r := []rune(s); len(r) > n {
		return string(r[:n-1]) + "…"
	}
	return s
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}
