// Command partialnames is a measurement, not a test: it tags JSONL records
// ({"id", "text", "date"?}, the CLI's input) with the default gazetteer and
// lists every partial-name mention ("Lee", "Mr. Modi") linked to a person
// whose full name the document never writes (a mention that is itself
// one of the person's gazetteer names, even of one word, is no partial
// name). Such a link was guessed from
// a name form alone; the bar (issue #10) is that there are none on the dev
// files. Run from the repository root:
//
//	go run ./entity/internal/partialnames ../shared/eval/dev/*.jsonl
//
// It prints one line per suspect link (file, record id, byte offsets, the
// mention, the id and name it was linked to) and a count per file, and
// exits 1 when it found any.
package main

import (
	"bufio"
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"strings"

	"github.com/geoextract/geoextract/entity"
	"github.com/geoextract/geoextract/export"
	"github.com/geoextract/geoextract/gazetteer"
)

func main() {
	log.SetFlags(0)
	log.SetPrefix("partialnames: ")
	flag.Parse()
	if flag.NArg() == 0 {
		log.Fatal("usage: partialnames FILE.jsonl ...")
	}
	g, err := gazetteer.Default()
	if err != nil {
		log.Fatal(err)
	}
	tg := entity.NewTagger(g)
	total := 0
	for _, path := range flag.Args() {
		n, err := scan(tg, g, path)
		if err != nil {
			log.Fatal(err)
		}
		fmt.Printf("%s: %d partial names linked to a person not named in full\n", filepath.Base(path), n)
		total += n
	}
	fmt.Printf("total: %d\n", total)
	if total > 0 {
		os.Exit(1)
	}
}

// scan tags each record of the file at path and prints the suspect links.
func scan(tg *entity.Tagger, g *gazetteer.Gazetteer, path string) (int, error) {
	f, err := os.Open(path)
	if err != nil {
		return 0, err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 1<<20), 64<<20)
	found, line := 0, 0
	for sc.Scan() {
		line++
		if len(strings.TrimSpace(sc.Text())) == 0 {
			continue
		}
		in, problem := export.DecodeInput(sc.Bytes(), entity.Date{})
		if problem != "" {
			return found, fmt.Errorf("%s:%d: %s", path, line, problem)
		}
		doc := tg.Tag(entity.Input{Text: in.Text, Date: in.Date})
		folded := gazetteer.Fold(in.Text)
		for _, m := range doc.Mentions {
			if m.Type != entity.Person || m.ID == "" {
				continue
			}
			e, ok := g.Lookup(m.ID)
			if !ok || namedInFull(e, m.Text, folded) {
				continue
			}
			found++
			fmt.Printf("%s:%d %s [%d,%d) %q -> %s (%s)\n", filepath.Base(path), line, in.ID, m.Start, m.End, m.Text, m.ID, e.Name)
		}
	}
	return found, sc.Err()
}

// namedInFull reports whether the mention is itself one of e's names (a
// one-word alias the gazetteer lists, "Lula", is a name of its own, not a
// guess), or the folded text writes one of e's names of two words or more.
func namedInFull(e *gazetteer.Entry, mention, folded string) bool {
	for _, n := range append([]string{e.Name}, e.Aliases...) {
		if gazetteer.Fold(n) == gazetteer.Fold(mention) {
			return true
		}
		if len(strings.Fields(n)) >= 2 && strings.Contains(folded, gazetteer.Fold(n)) {
			return true
		}
	}
	return false
}
