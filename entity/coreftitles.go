package entity

import (
	"strings"

	"github.com/geoextract/geoextract/internal/english"
	"github.com/geoextract/geoextract/internal/text"
)

// titleCased reports whether token k, a capitalised word before the head
// noun at token i of a description of a person, is a title word written
// in title case as the head is: "the Prime Minister", "the Special
// Envoy", "the Indian Foreign Minister" read as "the prime minister".
// The head is capitalised, and every word from k to it is a capitalised
// word of class person_title_words or an adjective or proper noun by its
// tag ("Special") that no mention covers; such a word then stands as a
// lower-case adjective does in the description ("the special envoy").
func (d *Document) titleCased(k, i int) bool {
	if k >= i || i >= len(d.Tokens) || isLowerWord(d.Tokens[i].Text) || d.MentionAt(i) >= 0 {
		return false
	}
	for j := k; j < i; j++ {
		w := d.Tokens[j].Text
		if isLowerWord(w) || d.MentionAt(j) >= 0 {
			return false
		}
		if p := text.POS(d.Tokens[j].POS); !isWord(english.PersonTitleWords, strings.ToLower(w)) && !p.IsAdjective() && p != text.NNP {
			return false
		}
	}
	return true
}

// titleCasedRun reports whether the head noun at token i of a description
// of a person follows phrase p's run of modifiers through title-case
// title words (see titleCased): "the Prime Minister", "the Indian Foreign
// Minister", whose capitalised words the phrase reader takes for no
// modifiers. The whole still holds at most maxModifiers words.
func (d descriptionReader) titleCasedRun(p Phrase, i int) bool {
	return p.runEnd < i && p.words+i-p.runEnd <= maxModifiers && d.titleCased(p.runEnd, i)
}
