package relation

import (
	"slices"
	"strings"
)

// Verb and noun apart at any distance. A verb entry of the lexicon whose
// "then" is a gap and one noun ("conduct ... test", "impose ...
// sanctions") matches in the token stream only where the noun follows
// the verb within maxGap words and no finite verb stands between them.
// Where the sentence is parsed and the scanner did not match the entry
// on that verb, the entry also matches when one of its nouns is the
// verb's dependent along one of the relations of data/frames/frames.yaml
// (key object_noun), wherever the noun stands in the sentence:
// "conducted its first-ever underground nuclear test"; with nsubj:pass
// among them, the noun may also be the passive verb's subject ("the
// ambassador, who arrived last week, was summoned by X"), and the match
// is then a passive like any other: its actor is its agent. The trigger span
// is the verb alone ("conducted"), as for a particle verb whose particle
// follows its object (particle.go): text == input[start:end] of the
// verb's token. Without a parse, or with no object_noun relation,
// nothing changes.
//
// The nouns come from the entries themselves; the sentence is parsed
// only when one of them stands in a sentence with a verb of such an
// entry.

// objNounPattern is a verb entry that may stand apart from its noun:
// rest is its pattern without the gap and the noun, nouns the words of
// the noun element.
type objNounPattern struct {
	rest  *pattern
	nouns []string
}

// addObjNoun indexes p among the verb-and-noun entries when it is one:
// a one-word verb entry whose "then" is a gap and one element of
// one-word alternatives.
func (l *Lexicon) addObjNoun(p *pattern) {
	e := p.e
	if e.kind != kindVerb || p.passive || p.head != 0 || len(strings.Fields(e.lemma)) != 1 || len(p.elems) != 3 {
		return
	}
	if p.elems[1].gap == 0 || p.elems[2].gap > 0 || p.elems[2].aux > 0 {
		return
	}
	op := &objNounPattern{rest: &pattern{e: e, head: 0, size: p.size, elems: []elem{p.elems[0]}}}
	for _, a := range p.elems[2].alts {
		if len(a.toks) != 1 {
			return
		}
		op.nouns = append(op.nouns, a.toks[0])
	}
	if l.objNoun == nil {
		l.objNoun = map[string][]*objNounPattern{}
	}
	for _, k := range verbKeys(p) {
		l.objNoun[k] = append(l.objNoun[k], op)
	}
}

// objectNouns returns the matches of the verb-and-noun entries of l
// whose noun is the verb's dependent along an object_noun relation of
// the parse, on the verbs where found (the scanner's matches) has no
// match of the same entry. block is as for Lexicon.find.
func (s triggerReader) objectNouns(l *Lexicon, block []bool, found []match) []match {
	if l == nil || len(l.objNoun) == 0 || s.pv == nil || len(s.pv.frames.objectNoun) == 0 {
		return nil
	}
	wd := l.wordSet()
	var out []match
	for i, w := range s.words {
		for _, op := range l.objNoun[w] {
			if slices.ContainsFunc(found, func(m match) bool { return m.p.e == op.rest.e && m.start <= i && i < m.end }) {
				continue
			}
			if m, ok := op.rest.matchAt(wd, s.words, block, i); ok && s.objectNounOf(op, m) {
				out = append(out, m)
			}
		}
	}
	return out
}

// objectNounOf reports whether one of op's nouns, anywhere in the
// sentence, hangs from the verb of match m along an object_noun
// relation.
func (s triggerReader) objectNounOf(op *objNounPattern, m match) bool {
	for j, w := range s.words {
		if j != m.head && slices.Contains(op.nouns, w) && (s.hangsFrom(j, m.head, s.pv.frames.objectNoun) || s.hangsVia(j, m.head)) {
			return true
		}
	}
	return false
}

// hangsVia reports whether token j hangs along an object_noun_via
// relation from a word that hangs from token head along an object_noun
// relation: a conjunct or an apposition of the verb's object.
func (s triggerReader) hangsVia(j, head int) bool {
	fr := s.pv.frames
	if len(fr.objectNounVia) == 0 {
		return false
	}
	g := graphReader{s.sentence}.syntaxGraph()
	if g == nil {
		return false
	}
	w := s.pv.tokWord[j]
	if w < 0 || !slices.Contains(fr.objectNounVia, g.Words[w].Rel) {
		return false
	}
	o := g.Words[w].Head
	return o >= 0 && o != w && s.pv.wordTok[o] != head && s.hangsFrom(s.pv.wordTok[o], head, fr.objectNoun)
}
