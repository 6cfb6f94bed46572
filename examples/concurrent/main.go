// Concurrent tags many documents at once with one shared Tagger.
//
// A Tagger (and a relation Extractor) is immutable once built: build it
// once, at start-up, and call Tag from as many goroutines as you like,
// with no locks. This program splits the example article into its
// paragraphs, tags them on a pool of workers, and prints the actors of
// each document in input order.
//
// From the repository root:
//
//	go run ./examples/concurrent                    # the paragraphs of testdata/article.txt
//	go run ./examples/concurrent a.txt b.txt ...    # one document per file
package main

import (
	"fmt"
	"log"
	"os"
	"runtime"
	"strings"
	"sync"

	"github.com/geoextract/geoextract/entity"
	"github.com/geoextract/geoextract/gazetteer"
)

func main() {
	log.SetFlags(0)
	docs, err := documents(os.Args[1:])
	if err != nil {
		log.Fatalf("concurrent: %v (run from the repository root, or give files)", err)
	}

	g, err := gazetteer.Default()
	if err != nil {
		log.Fatal(err)
	}
	tagger := entity.NewTagger(g) // one Tagger, shared by every worker

	// Hand out document indexes to a pool of workers; each writes only its
	// own slot of results, so the output keeps the input order.
	results := make([]*entity.Document, len(docs))
	jobs := make(chan int)
	var wg sync.WaitGroup
	for range runtime.GOMAXPROCS(0) {
		wg.Go(func() {
			for i := range jobs {
				results[i] = tagger.Tag(entity.Input{Text: docs[i]})
			}
		})
	}
	for i := range docs {
		jobs <- i
	}
	close(jobs)
	wg.Wait()

	for i, doc := range results {
		ids := actors(doc)
		if len(ids) == 0 {
			ids = []string{"-"}
		}
		fmt.Printf("%2d  %-30s  %s\n", i+1, opening(doc.Text, 30), strings.Join(ids, " "))
	}
	fmt.Printf("%d documents tagged by %d goroutines sharing one Tagger\n", len(docs), runtime.GOMAXPROCS(0))
}

// actors lists the linked ids of a document's mentions, each once, in
// order of first mention.
func actors(doc *entity.Document) []string {
	var ids []string
	seen := map[string]bool{}
	for _, m := range doc.Mentions {
		if m.ID != "" && !seen[m.ID] {
			seen[m.ID] = true
			ids = append(ids, m.ID)
		}
	}
	return ids
}

// opening returns the first n runes of s, with "…" when it goes on.
func opening(s string, n int) string {
	r := []rune(strings.Join(strings.Fields(s), " "))
	if len(r) <= n {
		return string(r)
	}
	return string(r[:n-1]) + "…"
}

// documents reads one document per file, or, with no files, the
// lines (paragraphs) of the example article.
func documents(files []string) ([]string, error) {
	var docs []string
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			return nil, err
		}
		docs = append(docs, string(b))
	}
	if len(files) > 0 {
		return docs, nil
	}
	b, err := os.ReadFile("testdata/article.txt")
	if err != nil {
		return nil, err
	}
	for _, p := range strings.Split(string(b), "\n") {
		if p = strings.TrimSpace(p); p != "" {
			docs = append(docs, p)
		}
	}
	return docs, nil
}
