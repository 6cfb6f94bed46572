// Command actormiss counts the gold relation arguments that entity gives
// no actor, or another actor, where the sentence writes them. For every
// argument of a gold relation that the gold does not mark coreferent,
// each occurrence in the sentence of its gold name and mentions
// (pronouns aside: corefrecall counts those) is read on the tagged
// document, and the argument takes the best class of its occurrences:
//
//   - actor: a mention there, or a resolved reference over it
//     (Document.References, which the relation extractor reads), is the
//     argument's actor: its id, its country or its name;
//   - wrong actor: only another actor's;
//   - unlinked: only a mention with neither id nor country;
//   - none: nothing.
//
// The counts by class, then by class and the occurrence's last word
// (those seen twice or more), go to standard output; -v first lists every
// argument not read as its actor, with the words, the gold name, the
// document and the sentence, to group the misses by hand. It is a
// measurement, never run by go test: the gold files are not in the
// repository.
//
// Run from the repository root:
//
//	go run ./entity/internal/actormiss [-v] GOLD.jsonl...
package main

import (
	"flag"
	"fmt"
	"io"
	"log"
	"os"
	"sort"
	"strings"

	"github.com/geoextract/geoextract/entity"
	"github.com/geoextract/geoextract/gazetteer"
	"github.com/geoextract/geoextract/internal/english"
	"github.com/geoextract/geoextract/internal/gold"
)

func main() {
	log.SetFlags(0)
	log.SetPrefix("actormiss: ")
	verbose := flag.Bool("v", false, "list each argument not read as its actor")
	flag.Parse()
	if flag.NArg() == 0 {
		log.Fatal("usage: actormiss [-v] GOLD.jsonl...")
	}
	gz, err := gazetteer.Default()
	if err != nil {
		log.Fatal(err)
	}
	var docs []gold.Doc
	for _, path := range flag.Args() {
		ds, _, err := gold.Read(path, true)
		if err != nil {
			log.Fatal(err)
		}
		docs = append(docs, ds...)
	}
	var list io.Writer
	if *verbose {
		list = os.Stdout
	}
	c := count(entity.NewTagger(gz), docs, list)
	c.write(os.Stdout)
}

// Class names of an argument, best first.
const (
	actorClass   = "actor"
	wrongClass   = "wrong actor"
	unlinkClass  = "unlinked"
	noneClass    = "none"
	missingClass = "" // none of the argument's words is written in the sentence
)

// counts are the arguments counted by class, and by class and last word.
type counts struct {
	classes map[string]int
	heads   map[[2]string]int
}

// count reads every non-coreferent argument of docs on its document
// tagged by tagger; list, when not nil, gets one line per argument not
// read as its actor.
func count(tagger *entity.Tagger, docs []gold.Doc, list io.Writer) counts {
	c := counts{classes: map[string]int{}, heads: map[[2]string]int{}}
	pronouns := map[string]bool{}
	for _, class := range []english.Class{english.SubjectPronouns, english.PossessivePronouns} {
		for _, w := range english.Default().Words(class) {
			pronouns[w] = true
		}
	}
	for _, g := range docs {
		date, _ := entity.ParseDate(g.Date)
		doc := tagger.Tag(entity.Input{Text: g.Text, Date: date})
		refs := doc.References()
		for _, r := range g.Relations {
			sent := strings.Index(g.Text, r.Sentence)
			if r.Coref || sent < 0 || r.Sentence == "" {
				continue
			}
			for _, a := range []*gold.Arg{r.Subject, r.Object} {
				if a == nil {
					continue
				}
				class, words := read(doc, refs, sent, r.Sentence, a, pronouns)
				if class == missingClass {
					continue
				}
				c.classes[class]++
				if class == actorClass {
					continue
				}
				c.heads[[2]string{class, strings.ToLower(lastWord(words))}]++
				if list != nil {
					fmt.Fprintf(list, "%s\t%s\t%s\t%s\t%s\n", class, words, a.Name, g.ID, r.Sentence)
				}
			}
		}
	}
	return c
}

// write prints the counts by class, then by class and last word for the
// pairs seen twice or more, most frequent first.
func (c counts) write(w io.Writer) {
	for _, k := range []string{actorClass, wrongClass, unlinkClass, noneClass} {
		fmt.Fprintf(w, "# %s\t%d\n", k, c.classes[k])
	}
	keys := make([][2]string, 0, len(c.heads))
	for k, n := range c.heads {
		if n >= 2 {
			keys = append(keys, k)
		}
	}
	sort.Slice(keys, func(i, j int) bool {
		if c.heads[keys[i]] != c.heads[keys[j]] {
			return c.heads[keys[i]] > c.heads[keys[j]]
		}
		return keys[i][0]+keys[i][1] < keys[j][0]+keys[j][1]
	})
	for _, k := range keys {
		fmt.Fprintf(w, "# %s\t%s\t%d\n", k[0], k[1], c.heads[k])
	}
}

// read classifies argument a of a relation in sentence (at byte sent of
// the document's text) by its best occurrence, with that occurrence's
// words; missingClass when none of a's words is written there.
func read(doc *entity.Document, refs []entity.Reference, sent int, sentence string, a *gold.Arg, pronouns map[string]bool) (class, words string) {
	class = missingClass
	for _, w := range append([]string{a.Name}, a.Mentions...) {
		if w == "" || pronouns[strings.ToLower(w)] {
			continue
		}
		for from := 0; ; {
			i := strings.Index(sentence[from:], w)
			if i < 0 {
				break
			}
			start := sent + from + i
			from += i + 1
			if c := classify(doc, refs, start, start+len(w), a); words == "" || rank(c) > rank(class) {
				class, words = c, w
			}
		}
	}
	return class, words
}

func rank(c string) int {
	switch c {
	case actorClass:
		return 4
	case wrongClass:
		return 3
	case unlinkClass:
		return 2
	case noneClass:
		return 1
	}
	return 0
}

// classify reads the bytes [start, end) of the document: the mentions
// over them first, then the references.
func classify(doc *entity.Document, refs []entity.Reference, start, end int, a *gold.Arg) string {
	class := noneClass
	for k, t := range doc.Tokens {
		if t.Start >= end {
			break
		}
		if t.End <= start {
			continue
		}
		if n := doc.MentionAt(k); n >= 0 {
			m := doc.Mentions[n]
			if m.ID != "" || m.CountryCode() != "" {
				return actorOf(m.ID, m.CountryCode(), m.Name, m.Text, a)
			}
			class = unlinkClass
		}
	}
	for _, r := range refs {
		if r.Start < end && start < r.End && r.Entity >= 0 && r.Entity < len(doc.Entities) {
			if e := doc.Entities[r.Entity]; e.ID != "" || e.Country != "" {
				return actorOf(e.ID, e.Country, e.Name, r.Text, a)
			}
		}
	}
	return class
}

// actorOf says whether the actor of id, country, name (written as text)
// is argument a's: by id, by country or by name.
func actorOf(id, country, name, text string, a *gold.Arg) string {
	if a.ID != nil && *a.ID != "" && (strings.EqualFold(id, *a.ID) || strings.EqualFold(country, *a.ID)) {
		return actorClass
	}
	if g := gold.NormName(a.Name); g == gold.NormName(name) || g == gold.NormName(text) {
		return actorClass
	}
	return wrongClass
}

func lastWord(s string) string {
	f := strings.Fields(s)
	if len(f) == 0 {
		return ""
	}
	return strings.Trim(f[len(f)-1], "’'\".,")
}
