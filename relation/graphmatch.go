package relation

import (
	"slices"
	"strings"

	"github.com/geoextract/geoextract/internal/text"
)

// One-word entries by the parse's lemma. The token scanner matches a
// verb or noun entry of the lexicon on the forms package english
// generates for its lemma ("shell": shells, shelled, shelling); a word
// whose form it does not generate, but which the parser's lemmatizer
// reads as the lemma, goes unmatched. Where the sentence is parsed, a
// one-word verb entry with no "then" words also matches on a word the
// parse tags with one of the UPOS tags of data/frames/frames.yaml's
// lemma_verb_tags and whose lemma is the entry's, and a one-word noun
// entry likewise along lemma_noun_tags — only on words on which the
// scanner matched no entry at all, so that the two never read one word
// twice. The match is the word's token alone, its form read off the
// word's XPOS tag; it then goes through the same stages as the
// scanner's (overlap and names, reading, participants, modality).
// Without a parse, or with both keys empty, nothing changes.
//
// Measured (issue #9 item 1, session 16): on the training halves the
// scanner's generated forms leave nothing for this matcher, and the
// embedded frames leave both keys empty; see frames.yaml for the
// numbers.
//
// The parse also gives a second opinion on the scanner's own matches:
// where the tagger reads a verb entry's word as a noun, or a noun
// entry's as a verb, and the reading would be dropped for its part of
// speech, it stays when the parse tags the word with one of
// verb_reading_tags (noun_reading_tags): "Britain is in contact with
// Russia and urge Iran to ..." (parseTagged).

// lemmaKey indexes the one-word entries by kind and lemma.
type lemmaKey struct {
	kind  kind
	lemma string
}

// addLemma indexes p among the one-word entries when it is one: a verb
// or noun entry of one word with no "then" words.
func (l *Lexicon) addLemma(p *pattern) {
	e := p.e
	if e.kind != kindVerb && e.kind != kindNoun || p.passive || e.then != "" || len(p.elems) != 1 || strings.Contains(e.lemma, " ") {
		return
	}
	if l.byLemma == nil {
		l.byLemma = map[lemmaKey][]*pattern{}
	}
	k := lemmaKey{e.kind, e.lemma}
	l.byLemma[k] = append(l.byLemma[k], p)
}

// lemmaMatches returns the matches of the one-word entries of l on the
// words of the parse whose lemma is the entry's and whose UPOS tag is
// one of the frames' lemma tags for its kind, on the tokens that no
// match of found (the scanner's) covers. A token the parser splits into
// several words ("cannot") is left alone.
func (s triggerReader) lemmaMatches(l *Lexicon, found []match) []match {
	if l == nil || len(l.byLemma) == 0 || s.pv == nil {
		return nil
	}
	fr := s.pv.frames
	if len(fr.lemmaVerbTags) == 0 && len(fr.lemmaNounTags) == 0 {
		return nil
	}
	g := graphReader{s.sentence}.syntaxGraph()
	if g == nil {
		return nil
	}
	covered := make([]bool, s.n())
	for _, m := range found {
		for i := m.start; i < m.end; i++ {
			covered[i] = true
		}
	}
	var out []match
	for w, word := range g.Words {
		k := s.pv.wordTok[w]
		if covered[k] || s.pv.tokWord[k] != w || w+1 < len(g.Words) && s.pv.wordTok[w+1] == k {
			continue
		}
		var kd kind
		switch {
		case slices.Contains(fr.lemmaVerbTags, word.UPOS):
			kd = kindVerb
		case slices.Contains(fr.lemmaNounTags, word.UPOS):
			kd = kindNoun
		default:
			continue
		}
		for _, p := range l.byLemma[lemmaKey{kd, strings.ToLower(word.Lemma)}] {
			out = append(out, match{start: k, end: k + 1, head: k, form: tagForm(text.ParsePOS(word.XPOS)), p: p})
		}
	}
	return out
}

// tagForm returns the form of a word that a Penn Treebank tag states:
// formOther for a tag of no verb or noun form.
func tagForm(t text.POS) form {
	switch t {
	case text.VB, text.VBP:
		return formBase
	case text.VBZ:
		return formThird
	case text.VBD:
		return formPast
	case text.VBN:
		return formPart
	case text.VBG:
		return formGerund
	case text.NN, text.NNP:
		return formSingular
	case text.NNS, text.NNPS:
		return formPlural
	}
	return formOther
}

// parseTagged reports whether the parse tags token i with one of the
// frames' reading tags for entries of kind k (verb_reading_tags,
// noun_reading_tags): the parse's second opinion where the tagger reads
// the word in a part of speech the entry does not have ("Washington
// rules out any talks": the tagger's noun, the parse's verb). False
// without a parse or with the kind's tags empty.
func (s triggerReader) parseTagged(i int, k kind) bool {
	if s.pv == nil {
		return false
	}
	tags := s.pv.frames.nounReadingTags
	if k == kindVerb {
		tags = s.pv.frames.verbReadingTags
	}
	if len(tags) == 0 {
		return false
	}
	g := graphReader{s.sentence}.syntaxGraph()
	if g == nil {
		return false
	}
	w := s.pv.tokWord[i]
	return w >= 0 && slices.Contains(tags, g.Words[w].UPOS)
}
