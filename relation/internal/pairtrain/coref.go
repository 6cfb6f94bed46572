package main

import (
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/geoextract/geoextract/entity"
	"github.com/geoextract/geoextract/internal/gold"
	"github.com/geoextract/geoextract/relation"
	"github.com/geoextract/geoextract/relation/internal/pairs"
)

// corefCount sorts the gold relations with an object that the annotators
// marked coreferent (the gold "coref" flag) by what the candidates make
// of them: found by the rules; with a candidate pair of the model (both
// arguments among the sentence's candidate actors, in a sentence with a
// trigger, the rules leaving the pair unrelated); with a candidate pair
// the rules relate with another root; with a pair only in a sentence
// without a trigger; and with no candidate pair, split by whether an
// argument's actor is a reference of the sentence
// (entity.Document.References) that is no candidate actor.
type corefCount struct {
	gold, found, cand, ruled, noTrig, none, refMissing int
}

func (c *corefCount) add(d gold.Doc, doc *entity.Document, cands []relation.Candidate, found []bool, lex *relation.Lexicon) {
	for gi, g := range d.Relations {
		if !g.Coref || g.Object == nil {
			continue
		}
		c.gold++
		if found[gi] {
			c.found++
			continue
		}
		root, err := strconv.Atoi(g.CAMEO[:2])
		if err != nil || root < 1 || root >= pairs.Classes {
			c.none++
			continue
		}
		sym := lex.SymmetricRoot(relation.Predicate(root))
		var inScope, ruled, outScope bool
		var inCands []relation.Argument
		for _, k := range cands {
			if !overlaps(d.Text, g.Sentence, k.Sentence) {
				continue
			}
			inCands = append(inCands, k.Subject)
			if !(labelMatch(k.Subject, g.Subject) && labelMatch(k.Object, g.Object) ||
				sym && labelMatch(k.Object, g.Subject) && labelMatch(k.Subject, g.Object)) {
				continue
			}
			switch {
			case k.Ruled:
				ruled = true
			case k.Triggered:
				inScope = true
			default:
				outScope = true
			}
		}
		switch {
		case inScope:
			c.cand++
		case ruled:
			c.ruled++
		case outScope:
			c.noTrig++
		default:
			c.none++
			if refMissing(d, g, doc, inCands) {
				c.refMissing++
			}
		}
	}
}

// refMissing reports whether an argument of g is matched by a reference
// in g's sentence and by no candidate actor of the sentence.
func refMissing(d gold.Doc, g gold.Rel, doc *entity.Document, inCands []relation.Argument) bool {
	i := strings.Index(d.Text, g.Sentence)
	if i < 0 {
		return false
	}
	for _, ga := range []*gold.Arg{g.Subject, g.Object} {
		cand := false
		for _, a := range inCands {
			if labelMatch(a, ga) {
				cand = true
				break
			}
		}
		if cand {
			continue
		}
		for _, r := range doc.References() {
			if r.Start < i || r.End > i+len(g.Sentence) || r.Entity < 0 || r.Entity >= len(doc.Entities) {
				continue
			}
			e := doc.Entities[r.Entity]
			a := relation.Argument{Start: r.Start, End: r.End, Text: r.Text, Type: e.Type, ID: e.ID, Name: e.Name, Country: e.Country}
			if labelMatch(a, ga) {
				return true
			}
		}
	}
	return false
}

func (c corefCount) print(w io.Writer, name string) {
	fmt.Fprintf(w, "coreferent gold relations %s: %d; found by the rules %d; a candidate pair of the model %d; a pair the rules relate otherwise %d; a pair in a sentence without a trigger %d; no pair %d (an argument a reference of the sentence that is no candidate actor: %d)\n",
		name, c.gold, c.found, c.cand, c.ruled, c.noTrig, c.none, c.refMissing)
}
