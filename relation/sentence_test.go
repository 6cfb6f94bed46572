package relation

import "github.com/geoextract/geoextract/entity"

// newSentence reads sentence si of doc as the extractor does, with the
// default word table, for the tests that call a sentence's readers
// directly.
func newSentence(doc *entity.Document, si int) (*sentence, bool) {
	se := doc.Sentences[si]
	return newSentenceChecked(doc, si, wellFormed(doc), newDocIndex(doc), defaultWords(), se.First, se.Last)
}
