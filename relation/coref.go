package relation

import (
	"sort"
	"strings"

	"github.com/geoextract/geoextract/entity"
	"github.com/geoextract/geoextract/gazetteer"
	"github.com/geoextract/geoextract/internal/english"
	"github.com/geoextract/geoextract/internal/text"
)

// corefReader reads the actors of the entity layer's coreference chains at
// a word or phrase of one sentence (pronouns, "the two countries"). It is
// a view of the sentence with no state of its own.
type corefReader struct{ *sentence }

// Arguments from the document's references: a pronoun, a description or a
// partial name that entity resolved to an actor named elsewhere
// (entity.Document.References) stands for that actor wherever a relation
// reads an argument: in the scanner's phrases (sentence.referent asks
// refMention before the document's Referent) and at the parse's argument
// words and holder walks (actorsAtWord asks refAtWord after the mention on
// the word). The argument keeps the reference's own text and span and
// takes the actor's id, name, type and country. A plural reference ("they" after two leaders) gives each of its
// actors. Whatever entity leaves unresolved ("we" in a quotation with no
// speaker) gives no actor here; and a reference resolved to the other
// argument's actor ("X met him", him → X) is a self-relation, which
// emission drops like any other.

// maxRefTokens bounds the length of a reference the index keeps: the
// longest descriptions ("the New York-based rights group") have a few
// tokens, and the bound keeps the index linear in the document's length
// for a document built by hand with long references.
const maxRefTokens = 16

// refIndex maps the tokens of a document to the references that cover
// them. It is built once per document, in time linear in the number of
// references and their lengths, and only read afterwards.
type refIndex struct {
	refs []entity.Reference
	// at[k] is [lo, hi) into refs: the references of the shortest span
	// covering token k (one per actor of that span), or lo == hi.
	at [][2]int32
}

// newRefIndex indexes doc's references; a document with inconsistent
// offsets (see wellFormed) gets an empty index.
func newRefIndex(doc *entity.Document, ok bool) refIndex {
	if !ok {
		return refIndex{}
	}
	refs := doc.References()
	if len(refs) == 0 {
		return refIndex{}
	}
	ix := refIndex{refs: refs, at: make([][2]int32, len(doc.Tokens))}
	n := len(doc.Tokens)
	// References come ordered by span, the actors of one span together.
	for lo := 0; lo < len(refs); {
		hi := lo + 1
		for hi < len(refs) && refs[hi].Start == refs[lo].Start && refs[hi].End == refs[lo].End {
			hi++
		}
		r := refs[lo]
		if r.First >= 0 && r.First < r.Last && r.Last <= n && r.Last-r.First <= maxRefTokens {
			for k := r.First; k < r.Last; k++ {
				cur := ix.at[k]
				if cur[0] == cur[1] || r.Last-r.First < refs[cur[0]].Last-refs[cur[0]].First {
					ix.at[k] = [2]int32{int32(lo), int32(hi)}
				}
			}
		}
		lo = hi
	}
	return ix
}

// covering returns the references of the shortest span covering document
// token k, or nil.
func (ix *refIndex) covering(k int) []entity.Reference {
	if k < 0 || k >= len(ix.at) {
		return nil
	}
	r := ix.at[k]
	return ix.refs[r[0]:r[1]]
}

// refActors returns the actors of the reference that covers sentence
// token k (relative), its span inside the sentence: one per actor it
// resolves to, each with the reference's text and span. It returns nil
// when no reference covers k or its actors are no actors of relations
// (a place, a people with no country).
func (s corefReader) refActors(k int) []actor {
	if !s.wellFormed || k < 0 || k >= s.n() {
		return nil
	}
	rs := s.ix.refs.covering(s.first + k)
	if len(rs) == 0 || rs[0].First < s.first || rs[0].Last > s.last {
		return nil
	}
	if s.namedInPhrase(rs) {
		return nil
	}
	var out []actor
	for _, r := range rs {
		if r.Entity < 0 || r.Entity >= len(s.doc.Entities) || r.Start < 0 || r.End > len(s.doc.Text) || r.Start > r.End {
			continue
		}
		e := s.doc.Entities[r.Entity]
		a := Argument{Start: r.Start, End: r.End, Text: s.doc.Text[r.Start:r.End], Type: e.Type, ID: e.ID, Name: e.Name, Country: e.Country}
		if a.Country == "" && (e.Type == entity.GPE || e.Type == entity.NORP) && gazetteer.IsCountryID(e.ID) {
			a.Country = e.ID
		}
		if !isActorType(e.Type) || e.Type == entity.NORP && a.Country == "" {
			continue
		}
		var kind entity.Kind
		if len(e.Mentions) > 0 && e.Mentions[0] >= 0 && e.Mentions[0] < len(s.doc.Mentions) {
			kind = s.doc.Mentions[e.Mentions[0]].Kind
		}
		out = append(out, actor{arg: a, tok: r.First - s.first, plural: len(rs) > 1, kind: kind})
	}
	return out
}

// refEnd returns the end (relative, exclusive) of the reference that
// covers sentence token k and lies inside the sentence, or -1.
func (s corefReader) refEnd(k int) int {
	if !s.wellFormed || k < 0 || k >= s.n() {
		return -1
	}
	rs := s.ix.refs.covering(s.first + k)
	if len(rs) == 0 || rs[0].First < s.first || rs[0].Last > s.last {
		return -1
	}
	return rs[0].Last - s.first
}

// hasRefActor reports whether a reference of the sentence resolves to an
// actor other than known (see worthParsing).
func (s corefReader) hasRefActor(known []actor) bool {
	for k := range s.n() {
		for _, a := range s.refActors(k) {
			if !actorIn(a, known) {
				return true
			}
		}
	}
	return false
}

// actorIn reports whether a is the same actor as one of as.
func actorIn(a actor, as []actor) bool {
	for _, b := range as {
		if sameActor(a, b) {
			return true
		}
	}
	return false
}

// refAtWord returns the actors of the reference covering graph word w's
// token, when the token is in no mention.
func (s corefReader) refAtWord(w int) []actor {
	k := s.pv.wordTok[w]
	if s.ix.inMention[s.first+k] {
		return nil
	}
	return s.refActors(k)
}

// refMention returns the mention of the actor that the reference covering
// sentence token i (relative) resolves to, when it resolves to one actor:
// the actor's last mention before the reference, else its first. The
// scanner reads it as Referent's answer.
func (s corefReader) refMention(i int) (entity.Mention, bool) {
	as := s.refActors(i)
	if len(as) != 1 {
		return entity.Mention{}, false
	}
	r := entity.Reference{Entity: -1}
	for _, x := range s.ix.refs.covering(s.first + i) {
		if x.Entity >= 0 && x.Entity < len(s.doc.Entities) && x.Start == as[0].arg.Start && s.doc.Entities[x.Entity].ID == as[0].arg.ID &&
			s.doc.Entities[x.Entity].Name == as[0].arg.Name {
			r = x
			break
		}
	}
	if r.Entity < 0 || r.Entity >= len(s.doc.Entities) {
		return entity.Mention{}, false
	}
	// The entity's mentions are in text order: the last one before the
	// reference, else the first, found by binary search.
	ms := s.doc.Entities[r.Entity].Mentions
	before := func(j int) bool {
		k := ms[j]
		return k >= 0 && k < len(s.doc.Mentions) && s.doc.Mentions[k].Start < r.Start
	}
	j := sort.Search(len(ms), func(j int) bool { return !before(j) }) - 1
	if j < 0 {
		j = 0
	}
	if j >= len(ms) || ms[j] < 0 || ms[j] >= len(s.doc.Mentions) {
		return entity.Mention{}, false
	}
	m := s.doc.Mentions[ms[j]]
	if !isActorType(m.Type) || m.Start < 0 || m.End > len(s.doc.Text) || m.Start > m.End {
		return entity.Mention{}, false
	}
	return m, true
}

// pluralRefChunk reads [start, h] as a chunk of the actors of the
// document's reference covering token h when it has several ("they" for
// two countries named before), each with the phrase's text, when the
// reference ends at h.
func (s corefReader) pluralRefChunk(start, h int) (chunk, bool) {
	as := s.refActors(h)
	if len(as) < 2 || s.ix.refs.covering(s.first + h)[0].Last != s.first+h+1 {
		return chunk{}, false
	}
	sp := s.tokSpan(start, h+1)
	c := chunk{first: start, last: h + 1, actorNoun: true}
	for _, a := range as {
		a.arg.Start, a.arg.End, a.arg.Text = sp.Start, sp.End, sp.Text
		a.tok = start
		a.plural = true
		c.actors = append(c.actors, a)
	}
	c.prep = s.prepBefore(start)
	return c, true
}

// phraseRefActors returns the actors of the document's reference that
// covers the phrase [first, last) (relative) and ends with it, at a head
// that is no mention ("A Swiss engineering company", whose phrase the
// scanner starts at the nationality), or nil.
func (s corefReader) phraseRefActors(first, last int) []actor {
	h := last - 1
	if !s.wellFormed || h < 0 || h >= s.n() || s.ix.inMention[s.first+h] {
		return nil
	}
	rs := s.ix.refs.covering(s.first + h)
	if len(rs) == 0 || rs[0].Last != s.first+last {
		return nil
	}
	if rs[0].First > s.first+first {
		return s.innerRefActors(first, rs[0].First-s.first, last)
	}
	return s.refActors(h)
}

// enclosingRefActors returns the actors of the reference that covers
// mention m and is longer than it, when the document resolves that
// reference to organizations other than m's: the name of a body inside
// the description of another ("the UN nuclear watchdog", resolved to the
// agency; "the UN nuclear watchdog's board censured Iran") stands for the
// described body, wherever the sentence reads m as an argument. It
// returns nil for any other mention or reference: a place or a person
// inside a reference keeps its own reading (see innerRefActors), and so
// does a name the reference resolves to ("the NATO alliance").
func (s corefReader) enclosingRefActors(m entity.Mention) []actor {
	if !s.wellFormed || m.Type != entity.Org || m.First < s.first || m.Last > s.last {
		return nil
	}
	rs := s.ix.refs.covering(m.First)
	if len(rs) == 0 || rs[0].First > m.First || rs[0].Last < m.Last || rs[0].First == m.First && rs[0].Last == m.Last {
		return nil
	}
	as := s.refActors(m.First - s.first)
	own := actor{arg: argFromMention(m)}
	for _, a := range as {
		if a.arg.Type != entity.Org || sameActor(a, own) {
			return nil
		}
	}
	return as
}

// innerRefActors returns the persons of the reference [from, last) inside
// the phrase [first, last) (relative), when the words before it are
// determiners or possessive pronouns and the reference covers the
// nationality the phrase would otherwise be read as: "his Iranian
// counterpart", resolved to the Iranian minister named before, is that
// person, not Iran. Every person must be of the country of every country
// reading inside the reference; a reference to a person of another
// country, or to no person, leaves the phrase to its nationality.
func (s corefReader) innerRefActors(first, from, last int) []actor {
	for k := first; k < from; k++ {
		if !s.at(k, english.Determiners) && !s.at(k, english.PossessivePronouns) {
			return nil
		}
	}
	var countries []string
	for _, mi := range s.ix.startingIn(s.doc, s.first+from, s.first+last) {
		m := s.doc.Mentions[mi]
		if m.Last > s.first+last {
			return nil
		}
		a := actor{arg: argFromMention(m)}
		if m.Type != entity.GPE && m.Type != entity.NORP || a.country() == "" {
			return nil // a name inside: its own reading
		}
		countries = append(countries, a.country())
	}
	if len(countries) == 0 {
		return nil
	}
	as := s.refActors(last - 1)
	for _, a := range as {
		if a.arg.Type != entity.Person {
			return nil
		}
		for _, c := range countries {
			if a.arg.Country != c {
				return nil
			}
		}
	}
	return as
}

// actsOnCitizen reports whether subject a is a state (a country, its
// people or an organ standing for it) and object b a person of that
// country it acts on, by a trigger t that is no symmetric event: "the
// army detained the prime minister" is an event between two actors,
// though sameActor counts a country and its own people as one. A
// possessor stays one with the person it modifies ("Russia's president
// Putin"), and so do a nationality and the name it stands before, and the
// state and its leader at a meeting.
func (s corefReader) actsOnCitizen(t *trig, a, b actor) bool {
	if t.e.symmetric || !(a.arg.Type == entity.GPE || a.arg.Type == entity.NORP) || b.arg.Type != entity.Person || a.key() == b.key() {
		return false
	}
	if a.arg.End+1 >= b.arg.Start && a.arg.Start < b.arg.Start || b.arg.End+1 >= a.arg.Start && b.arg.Start < a.arg.Start {
		return false // one phrase: "Guinean President Alpha Conde"
	}
	for k := a.tok; k < s.n(); k++ {
		if s.doc.Tokens[s.first+k].Start >= a.arg.End {
			return !s.at(k, english.PossessiveClitic)
		}
	}
	return true
}

// namedInPhrase reports whether every actor of the references rs (one
// phrase's, with a plural noun at its end) is named by a mention inside the phrase or in the list of
// actors joined to its head by a genitive marker right after it ("the
// U.S. diplomats", "the presidents of Chile and Venezuela"), a mention
// that is no reference itself ("Morawiecki" for Mateusz Morawiecki):
// those mentions give the actors, and the sentence's own reading of them
// is kept.
func (s corefReader) namedInPhrase(rs []entity.Reference) bool {
	if len(rs) == 0 || rs[0].Last < 1 || rs[0].Last > len(s.doc.Tokens) {
		return false
	}
	if p := text.POS(s.doc.Tokens[rs[0].Last-1].POS); p != text.NNS && p != text.NNPS {
		return false // "the Polish parliament": a body, read as its reference
	}
	first, k := rs[0].First, rs[0].Last
	if k < s.last && s.wd.has(english.GenitiveMarker, strings.ToLower(s.doc.Tokens[k].Text)) {
		for k++; k < s.last; k++ {
			w := strings.ToLower(s.doc.Tokens[k].Text)
			if mi := s.doc.MentionAt(k); mi >= 0 {
				k = s.doc.Mentions[mi].Last - 1
			} else if w != "," && !s.wd.has(english.Conjunction, w) {
				break
			}
		}
	}
	for _, r := range rs {
		if r.Entity < 0 || r.Entity >= len(s.doc.Entities) {
			return false
		}
		named := false
		for _, mi := range s.doc.Entities[r.Entity].Mentions {
			if mi < 0 || mi >= len(s.doc.Mentions) {
				continue // a document built by hand with a bad index
			}
			m := &s.doc.Mentions[mi]
			if m.First >= first && m.Last <= k && !(m.First <= r.First && m.Last >= r.Last) {
				named = true
				break
			}
		}
		if !named {
			return false
		}
	}
	return true
}
