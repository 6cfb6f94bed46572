package relation

import (
	"github.com/geoextract/geoextract/internal/english"
	"github.com/geoextract/geoextract/internal/syntax"
)

// negationReader tells the negations of one sentence that deny from those
// that add: a negation that opens an additive phrase (class
// additive_phrases: "not only condemned X but also ...") negates nothing.
// Every reader of negation words (modality.go, reported.go) and of the
// parse's negating dependents (accuse.go, reported_demand.go,
// reported_stance.go) asks it. It is a view of the sentence with no state
// of its own.
type negationReader struct{ *sentence }

// wordAt reports whether token k is a negation (class negations) that is
// no additive phrase's first word: "not" in "has not held talks", not in
// "has not only held talks".
func (s negationReader) wordAt(k int) bool {
	return s.at(k, english.Negations) && !s.additiveAt(k)
}

// parsed reports whether graph word w of the sentence's parse g is
// negated: it has a negating dependent (syntax.Graph.Negators) that opens
// no additive phrase. "Y had not attacked Z" is negated, "Y had not only
// attacked Z" is not.
func (s negationReader) parsed(g *syntax.Graph, w int) bool {
	for _, c := range g.Negators(w) {
		if c >= len(s.pv.wordTok) || !s.additiveAt(s.pv.wordTok[c]) {
			return true
		}
	}
	return false
}

// additiveAt reports whether an additive phrase starts at token k.
func (s negationReader) additiveAt(k int) bool {
	return s.wd.phraseLen(s.words, k, english.AdditivePhrases) > 0
}
