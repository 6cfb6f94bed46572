package relation

import (
	"slices"
	"strings"

	"github.com/geoextract/geoextract/internal/syntax"
)

// Particle verbs apart from their particle. A verb entry of the lexicon
// whose "then" opens with one word ("turn down", "bail out", "call off
// ... talks") matches in the token stream only where the particle comes
// where the pattern puts it: "turned down the offer". English also puts
// the particle after the object: "turned the offer down", "bailed Greece
// out", "called the talks off". Where the sentence is parsed, such a
// verb matches wherever its particle stands in the clause, as long as
// the particle is the verb's dependent along one of the particle
// relations of data/frames/frames.yaml (key particle). The trigger span
// is then the rest of the pattern, as it matches: the verb alone
// ("bailed"), or the verb to the pattern's last word ("called the
// talks", with "the" in a gap; "turned the suspects over to", the
// particle in the gap); a particle after it stays outside it. Without a
// parse, or with no particle relation, nothing changes.
//
// The particle words come from the entries themselves; the sentence is
// parsed only when one of them follows a verb of such an entry.

// splitPattern is a particle verb that may stand apart from its
// particle: rest is its pattern without the particle element (the verb,
// then what followed the particle), particles the words of that element.
type splitPattern struct {
	rest      *pattern
	particles []string
}

// addSplit indexes p among the split particle verbs when it is one: a
// one-word verb entry whose first "then" element is one word (or
// alternatives of one word each), followed by nothing or by a gap.
func (l *Lexicon) addSplit(p *pattern) {
	e := p.e
	if e.kind != kindVerb || p.passive || p.head != 0 || len(strings.Fields(e.lemma)) != 1 || len(p.elems) < 2 {
		return
	}
	prt := p.elems[1]
	if prt.gap > 0 || prt.aux > 0 || len(p.elems) > 2 && p.elems[2].gap == 0 {
		return
	}
	sp := &splitPattern{rest: &pattern{e: e, head: 0, size: p.size}}
	for _, a := range prt.alts {
		if len(a.toks) != 1 {
			return
		}
		sp.particles = append(sp.particles, a.toks[0])
	}
	sp.rest.elems = append([]elem{p.elems[0]}, p.elems[2:]...)
	if l.split == nil {
		l.split = map[string][]*splitPattern{}
	}
	for _, k := range verbKeys(p) {
		l.split[k] = append(l.split[k], sp)
	}
}

// verbKeys returns the first tokens of the forms of p's verb, once each:
// the keys under which a verb pattern is indexed.
func verbKeys(p *pattern) []string {
	var keys []string
	for _, a := range p.elems[0].alts {
		if k := a.toks[0]; !slices.Contains(keys, k) {
			keys = append(keys, k)
		}
	}
	return keys
}

// splitParticles returns the matches of the particle verbs of l whose
// particle stands apart from them, as the parse says (see above). block
// is as for Lexicon.find.
func (s triggerReader) splitParticles(l *Lexicon, block []bool) []match {
	if l == nil || len(l.split) == 0 || s.pv == nil || len(s.pv.frames.particle) == 0 {
		return nil
	}
	wd := l.wordSet()
	var out []match
	for i, w := range s.words {
		for _, sp := range l.split[w] {
			if m, ok := sp.rest.matchAt(wd, s.words, block, i); ok && s.particleOf(sp, m) {
				out = append(out, m)
			}
		}
	}
	return out
}

// particleOf reports whether one of sp's particles follows the verb of
// match m in its clause, in a gap of m ("turned the suspects over to")
// or within maxGap words after it, as a dependent of m's verb along a
// particle relation. Right after the verb the particle is no split
// ("turned down": the pattern itself matches there).
func (s triggerReader) particleOf(sp *splitPattern, m match) bool {
	for j := m.head + 2; j < s.n() && j <= m.end+maxGap; j++ {
		if gapStop(s.words[j]) {
			return false
		}
		if slices.Contains(sp.particles, s.words[j]) && s.hangsFrom(j, m.head, s.pv.frames.particle) {
			return true
		}
	}
	return false
}

// hangsFrom reports whether token j depends on token head in the parse
// along one of rels; false when the sentence does not parse.
func (s triggerReader) hangsFrom(j, head int, rels []syntax.Rel) bool {
	g := graphReader{s.sentence}.syntaxGraph()
	if g == nil {
		return false
	}
	v, w := s.pv.tokWord[head], s.pv.tokWord[j]
	return v >= 0 && w >= 0 && g.Words[w].Head == v && slices.Contains(rels, g.Words[w].Rel)
}
