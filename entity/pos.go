package entity

import (
	"github.com/geoextract/geoextract/internal/text"
)

// posTagger tags parts of speech and, when asked, finds model entities.
type posTagger interface {
	tag(src string, toks []text.Token, sents []text.Sentence, ner bool) ([]text.POS, []modelEntity)
}

// modelEntity is a name found by the statistical model: tokens [first, last).
type modelEntity struct {
	first, last int
	typ         Type
}

// defaultPOSTagger returns the shared part-of-speech tagger, or nil when
// none is available.
func defaultPOSTagger() posTagger { return nil }
