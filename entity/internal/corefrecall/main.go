// Command corefrecall is a measurement, not a test: it reports how many of
// the referring arguments of a gold file's coreferent events (those marked
// "coref": true) the command's "references" resolve to the right actor. It
// measures the coreference layer apart from the relation extractor: the
// relation recall on those events (misses.py's miss_coref/gold_coref) is
// bounded by it and by the triggers. Run from the repository root on a
// gold file and the -jsonl output for its records:
//
//	go run ./entity/internal/corefrecall GOLD.jsonl PRED.jsonl
//
// A referring argument is a mention of an event's subject or object that
// shares no word with the actor's name and has a word in lower case ("the
// group", "they", "his nation"; not "Mr. Chavez", nor "Tehran" for Iran;
// the capital of a sentence's first word aside), found in the event's
// sentence, as whole words ("he" is not the one in "The"). It is found
// when a reference of the prediction overlaps it, and right when it names
// the same actor: the reference's name is the actor's name (case aside),
// or the default gazetteer knows them as one entry (the reference's id or
// name is the gold id, or an entry of the gold name: "Bush" for "George W.
// Bush", the id org/farc for "Revolutionary Armed Forces of Colombia"). With -any, a plural reference ("both sides", one
// reference for each actor on the same span) is right when any of its
// actors is, not only the first. With -partial, a reference whose name is
// a part of the actor's ("Bush" for "George W. Bush" where the gazetteer
// lists no such alias) is right too. Each distinct (record, mention)
// counts once. An argument no reference overlaps but an entity mention of
// the prediction does, naming the same actor or an actor of its country
// (the gold id), counts apart as "entity": "the US", "Kenyan police", "the
// Sudanese government" are linked as names, not resolved as references,
// and the scorer matches them all the same. It prints the counts and, with
// -v, each referring argument and what resolved it.
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"log"
	"os"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/geoextract/geoextract/gazetteer"
	"github.com/geoextract/geoextract/internal/gold"
)

type reference struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
	ID    string `json:"id"`
	Name  string `json:"name"`
	Kind  string `json:"kind"`
}

type predRecord struct {
	ID         json.RawMessage `json:"id"`
	References []reference     `json:"references"`
	Entities   []reference     `json:"entities"`
}

func main() {
	log.SetFlags(0)
	log.SetPrefix("corefrecall: ")
	verbose := flag.Bool("v", false, "list each referring argument")
	partial := flag.Bool("partial", false, "count a reference right when every word of its name is a word of the actor's name (\"Bush\" for \"George W. Bush\", \"Suu Kyi\" for \"Aung San Suu Kyi\"): a partial name the gazetteer does not list")
	anyActor := flag.Bool("any", false, "count a reference with several actors (\"both sides\": one per actor) right when any of its actors is the argument, not only its first")
	flag.Parse()
	if flag.NArg() != 2 {
		log.Fatal("usage: corefrecall [-v] GOLD.jsonl PRED.jsonl")
	}
	gz, err := gazetteer.Default()
	if err != nil {
		log.Fatal(err)
	}
	names := nameIndex(gz)
	preds := map[string][]reference{}
	ents := map[string][]reference{}
	err = eachLine(flag.Arg(1), func(line []byte, n int) error {
		var p predRecord
		if err := json.Unmarshal(line, &p); err != nil {
			return fmt.Errorf("%s:%d: %v", flag.Arg(1), n, err)
		}
		var id string
		if json.Unmarshal(p.ID, &id) != nil {
			id = string(p.ID)
		}
		preds[id] = p.References
		ents[id] = p.Entities
		return nil
	})
	if err != nil {
		log.Fatal(err)
	}
	total, found, right, linked := 0, 0, 0, 0
	err = eachLine(flag.Arg(0), func(line []byte, n int) error {
		var g gold.Doc
		if err := json.Unmarshal(line, &g); err != nil {
			return fmt.Errorf("%s:%d: %v", flag.Arg(0), n, err)
		}
		seen := map[[2]int]bool{}
		for _, r := range g.Relations {
			if !r.Coref {
				continue
			}
			sent := strings.Index(g.Text, r.Sentence)
			if sent < 0 || r.Sentence == "" {
				continue
			}
			for _, a := range []*gold.Arg{r.Subject, r.Object} {
				if a == nil {
					continue
				}
				for _, m := range a.Mentions {
					at := wordIndex(r.Sentence, m)
					if at < 0 || sharesWord(m, a.Name) || allCapitalized(m, at == 0) {
						continue // a name, or a name of another form ("Tehran")
					}
					span := [2]int{sent + at, sent + at + len(m)}
					if seen[span] {
						continue
					}
					seen[span] = true
					total++
					got := ""
					for _, ref := range preds[g.ID] {
						if ref.Start < span[1] && span[0] < ref.End {
							isRight := sameActor(names, ref, a) || *partial && partOfName(ref.Name, a.Name)
							if *anyActor && got != "" {
								if !isRight {
									continue
								}
								found-- // counted at its first actor
							}
							found++
							got = ref.Name
							if isRight {
								right++
								got += " (right)"
							}
							if !*anyActor || isRight {
								break
							}
						}
					}
					if got == "" {
						if e, ok := entityMention(gz, names, ents[g.ID], span, a); ok {
							linked++
							got = "entity " + e.Name
						}
					}
					if *verbose {
						fmt.Printf("%s\t%q\t-> want %s, got %s\n", g.ID, m, a.Name, orNone(got))
					}
				}
			}
		}
		return nil
	})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Printf("referring arguments of coreferent events: %d; with a reference: %d; resolved right: %d (recall %.3f); linked as entity mentions, no reference: %d; unresolved: %d\n",
		total, found, right, ratio(right, total), linked, total-found-linked)
}

// entityMention returns the first of a record's entity mentions that
// overlaps span and names the gold argument a: the same actor, or an
// actor whose country is the gold id ("Kenyan" for Kenyan police, the
// State Department for the United States).
func entityMention(gz *gazetteer.Gazetteer, names map[string][]string, ents []reference, span [2]int, a *gold.Arg) (reference, bool) {
	for _, e := range ents {
		if e.Start >= span[1] || span[0] >= e.End {
			continue
		}
		if sameActor(names, e, a) {
			return e, true
		}
		if en, ok := gz.Lookup(e.ID); ok && en.Country != "" && a.ID != nil && en.Country == *a.ID {
			return e, true
		}
	}
	return reference{}, false
}

// nameIndex maps each folded name and alias of the gazetteer's entries to
// their ids.
func nameIndex(g *gazetteer.Gazetteer) map[string][]string {
	idx := map[string][]string{}
	for _, e := range g.Entries() {
		for _, n := range append([]string{e.Name}, e.Aliases...) {
			k := gazetteer.Fold(n)
			idx[k] = append(idx[k], e.ID)
		}
	}
	return idx
}

// partOfName reports whether every word of name (two letters or more,
// case aside; at least one) is a word of full: "Bush" and "Suu Kyi" are
// parts of "George W. Bush" and "Aung San Suu Kyi", "FM Qureshi" is not
// one of "Shah Mehmood Qureshi".
func partOfName(name, full string) bool {
	words := map[string]bool{}
	for _, w := range strings.FieldsFunc(fold(full), notLetter) {
		words[w] = true
	}
	n := 0
	for _, w := range strings.FieldsFunc(fold(name), notLetter) {
		if len([]rune(w)) < 2 {
			continue
		}
		if !words[w] {
			return false
		}
		n++
	}
	return n > 0
}

// sameActor reports whether the predicted reference names the gold
// argument: by name (case aside), or as one gazetteer entry, the gold id
// or an entry the gold name is a name or alias of, against the
// reference's id or an entry its name is a name or alias of.
func sameActor(names map[string][]string, ref reference, a *gold.Arg) bool {
	if fold(ref.Name) == fold(a.Name) {
		return true
	}
	want := map[string]bool{}
	if a.ID != nil && *a.ID != "" {
		want[*a.ID] = true
	}
	for _, id := range names[gazetteer.Fold(a.Name)] {
		want[id] = true
	}
	if ref.ID != "" {
		return want[ref.ID]
	}
	for _, id := range names[gazetteer.Fold(ref.Name)] {
		if want[id] {
			return true
		}
	}
	return false
}

func eachLine(path string, fn func([]byte, int) error) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 64<<20)
	for n := 1; sc.Scan(); n++ {
		if len(strings.TrimSpace(sc.Text())) == 0 {
			continue
		}
		if err := fn(sc.Bytes(), n); err != nil {
			return err
		}
	}
	return sc.Err()
}

// wordIndex returns the byte offset of the first occurrence of m in s
// that starts and ends at word boundaries ("he" is not in "The"), or -1.
func wordIndex(s, m string) int {
	for from := 0; from <= len(s); {
		at := strings.Index(s[from:], m)
		if at < 0 {
			return -1
		}
		at += from
		before, _ := utf8.DecodeLastRuneInString(s[:at])
		after, _ := utf8.DecodeRuneInString(s[at+len(m):])
		if (at == 0 || notLetter(before)) && (at+len(m) == len(s) || notLetter(after)) {
			return at
		}
		from = at + 1
	}
	return -1
}

// sharesWord reports whether mention m and name share a word of two
// letters or more (case aside): "Mr. Chavez" and "Hugo Chavez" do.
func sharesWord(m, name string) bool {
	words := map[string]bool{}
	for _, w := range strings.FieldsFunc(fold(name), notLetter) {
		if len([]rune(w)) > 1 {
			words[w] = true
		}
	}
	for _, w := range strings.FieldsFunc(fold(m), notLetter) {
		if words[w] {
			return true
		}
	}
	return false
}

// allCapitalized reports whether every word of m starts with a capital;
// the first word is not looked at when m opens its sentence ("He").
func allCapitalized(m string, initial bool) bool {
	words := strings.FieldsFunc(m, notLetter)
	if initial && len(words) > 0 {
		words = words[1:]
	}
	if len(words) == 0 {
		return false
	}
	for _, w := range words {
		if r := []rune(w)[0]; !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

func notLetter(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }

func fold(s string) string { return strings.ToLower(strings.TrimSpace(s)) }

func orNone(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}
