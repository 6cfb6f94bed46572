package entity

import (
	"github.com/geoextract/geoextract/internal/nlp"
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

// proseTagger is the prose adapter of internal/nlp, with the process-wide
// models.
type proseTagger struct{}

// defaultPOSTagger returns the shared part-of-speech tagger. Its models are
// decoded once per process (about half a second); the decoding starts now,
// in the background, and the first tag call waits for it.
func defaultPOSTagger() posTagger {
	go nlp.Default()
	return proseTagger{}
}

func (proseTagger) tag(src string, toks []text.Token, sents []text.Sentence, ner bool) ([]text.POS, []modelEntity) {
	res := nlp.Default().Tag(src, toks, sents, ner)
	var ents []modelEntity
	for _, e := range res.Entities {
		var t Type
		switch e.Label {
		case nlp.Person:
			t = Person
		case nlp.GPE, nlp.GSP:
			t = GPE
		case nlp.Org:
			t = Org
		case nlp.Loc, nlp.Facility:
			t = Loc
		default:
			continue
		}
		ents = append(ents, modelEntity{first: e.First, last: e.Last, typ: t})
	}
	return res.POS, ents
}
