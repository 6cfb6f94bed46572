package main

import (
	"fmt"
	"io"
	"strings"
	"unicode"

	"github.com/geoextract/geoextract/relation"
	"github.com/geoextract/geoextract/relation/internal/pairs"
)

// unseenRight prints how many of the candidates the fold models (margin
// mg) read as their gold root are joined by a word that no training text
// of their fold has, and by one that joins no training pair with a root:
// the first word joining the pair on the parse (their lowest common
// ancestor, or the first word of the path), compared as a lower-case
// word form. These are the relations a lemma feature cannot have taught.
func unseenRight(w io.Writer, texts []*text, models []*pairs.Model, mg float32) {
	folds := len(models)
	vocab := make([]map[string]int, folds) // per fold: word → texts outside the fold with it
	for f := range vocab {
		vocab[f] = map[string]int{}
	}
	for _, t := range texts {
		seen := map[string]bool{}
		for _, wd := range strings.FieldsFunc(strings.ToLower(t.doc.Text), notWordRune) {
			if !seen[wd] {
				seen[wd] = true
				for f := range folds {
					if f != t.fold {
						vocab[f][wd]++
					}
				}
			}
		}
	}
	joined := make([]map[string]bool, folds) // per fold: first joining words of the training pairs with a root
	for f := range joined {
		joined[f] = map[string]bool{}
	}
	for _, t := range texts {
		for k, c := range t.cands {
			if t.labels[k] > pairs.None && len(c.Joins) > 0 {
				for f := range folds {
					if f != t.fold {
						joined[f][strings.ToLower(c.Joins[0].Text)] = true
					}
				}
			}
		}
	}
	var right, unseen, unjoined int
	for _, t := range texts {
		m := models[t.fold].WithMargin(mg)
		for k, c := range t.cands {
			l := t.labels[k]
			if l <= pairs.None || len(c.Joins) == 0 {
				continue
			}
			if cl, _ := m.Decide(c.Features); cl != l {
				continue
			}
			right++
			j := strings.ToLower(c.Joins[0].Text)
			if vocab[t.fold][j] == 0 {
				unseen++
			}
			if !joined[t.fold][j] {
				unjoined++
			}
		}
	}
	fmt.Fprintf(w, "  of the %d candidates right, %d joined by a word no training text of the fold has, %d by a word joining no training pair with a root\n", right, unseen, unjoined)
}

// inScope reports whether the candidate's sentence is in the scope of
// the model (-scope).
func inScope(c relation.Candidate, cfg config) bool {
	return c.Triggered || cfg.scopeAll
}

func notWordRune(r rune) bool {
	return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '-' && r != '\''
}
