package relation

import (
	"slices"

	"github.com/geoextract/geoextract/entity"
	"github.com/geoextract/geoextract/internal/english"
	"github.com/geoextract/geoextract/internal/syntax"
)

// Appositive names over their description: "The Kenyan president, William
// Ruto, met Yoweri Museveni" is Ruto's meeting, not Kenya's, though the
// scanner's phrase before the comma holds only the nationality; "met the
// Chancellor of Germany, Olaf Scholz" meets Scholz. When an argument's
// actor is a country reading (a GPE or NORP mention) that modifies a
// title or role noun (along appositive_holder, or appositive_holder_of
// with one of holder_markers), and that noun has a person's name in
// apposition (along appositive), the person is the argument. The
// person's country carries the state (a person the gazetteer does not
// know takes the description's). A description with no apposed
// person keeps its country ("The Kenyan president met Museveni"), and so
// does one whose apposed person belongs to another country.

// apposReader reads the persons named in apposition to a description. It
// is a view of the sentence with no state of its own.
type apposReader struct{ *sentence }

// apposRoles are the roles of appositive names, read from
// data/frames/frames.yaml with the others. They are immutable once
// loaded.
type apposRoles struct {
	// apposHolder: the relations by which a country reading modifies
	// the description's head noun ("Kenyan president", "Kenya's
	// president"); apposHolderOf: those that need one of holder_markers
	// ("the Chancellor of Germany").
	apposHolder, apposHolderOf []syntax.Rel
	// appositive: the relations from the head noun to the name it
	// describes.
	appositive []syntax.Rel
}

// register adds the keys of the roles to the frames file's role table.
func (ar *apposRoles) register(roles map[string]*[]syntax.Rel) {
	roles["appositive_holder"] = &ar.apposHolder
	roles["appositive_holder_of"] = &ar.apposHolderOf
	roles["appositive"] = &ar.appositive
}

// appositivePersons returns as with every country reading that describes
// a person named in apposition replaced by that person (see above).
func (s apposReader) appositivePersons(as []actor) []actor {
	if s.pv == nil || len(s.pv.frames.appositive) == 0 || len(as) == 0 {
		return as
	}
	var out []actor
	changed := false
	for _, a := range as {
		if ps := s.apposedPersons(a); len(ps) > 0 {
			out = append(out, ps...)
			changed = true
			continue
		}
		out = append(out, a)
	}
	if !changed {
		return as
	}
	return uniqueActors(out)
}

// apposedPersons returns the persons named in apposition to the
// description that country reading a modifies, or nil.
func (s apposReader) apposedPersons(a actor) []actor {
	if a.arg.Type != entity.GPE && a.arg.Type != entity.NORP || a.plural || a.tok < 0 || a.tok >= s.n() {
		return nil
	}
	if m := s.graph().mentionAt(a.tok); len(m) != 1 || m[0].arg.Start != a.arg.Start {
		return nil // a pronoun or a description standing for a country
	}
	if !s.personAfterComma(a.tok) {
		return nil // no name set off after the phrase: no parse needed
	}
	g := s.graph().syntaxGraph()
	if g == nil {
		return nil
	}
	fr := s.pv.frames
	w := s.mentionHead(g, a)
	if w < 0 {
		return nil
	}
	h := g.Words[w].Head
	if h < 0 {
		return nil
	}
	switch r := g.Words[w].Rel; {
	case hasRel(r, fr.apposHolder):
	case hasRel(r, fr.apposHolderOf) && (graphReader{s.sentence}).hasMarkerIn(g, w, fr.holderMarkers):
	default:
		return nil
	}
	if k := s.pv.wordTok[h]; len(s.graph().mentionAt(k)) > 0 || !s.at(k, english.ActorNouns) && !s.at(k, english.TitleWords) {
		return nil // "the Kenyan capital, Nairobi"; a name, not a description
	}
	var out []actor
	for _, c := range (graphReader{s.sentence}).dependents(g, h, fr.appositive) {
		for _, p := range s.graph().mentionAt(s.pv.wordTok[c]) {
			if p.arg.Type != entity.Person || p.arg.Country != "" && p.arg.Country != a.country() {
				return nil
			}
			if p.arg.Country == "" {
				// "the Cuban minister, Gustavo Rodriguez": a person the
				// gazetteer does not know is of the country described.
				p.arg.Country = a.country()
			}
			out = append(out, p)
		}
	}
	return out
}

// graph returns the sentence's graph reader.
func (s apposReader) graph() graphReader { return graphReader{s.sentence} }

// mentionHead returns the graph word of actor a's mention whose head lies
// outside the mention ("States" in "the United States"), or -1.
func (s apposReader) mentionHead(g *syntax.Graph, a actor) int {
	var words []int
	for k := a.tok; k < s.n() && s.doc.Tokens[s.first+k].Start < a.arg.End; k++ {
		if w := s.pv.tokWord[k]; w >= 0 && !slices.Contains(words, w) {
			words = append(words, w)
		}
	}
	for _, w := range words {
		if h := g.Words[w].Head; h < 0 || !slices.Contains(words, h) {
			return w
		}
	}
	return -1
}

// personAfterComma reports whether a person's mention starts right after
// a comma within maxAppositionWords tokens after token k, with no clause
// stop between: the shape of "the Kenyan president, William Ruto".
func (s apposReader) personAfterComma(k int) bool {
	for i := k + 1; i+1 < s.n() && i <= k+maxAppositionWords+1; i++ {
		if s.words[i] != "," {
			if s.wd.has(english.ClauseStops, s.words[i]) {
				return false
			}
			continue
		}
		for _, p := range s.graph().mentionAt(i + 1) {
			if p.arg.Type == entity.Person && p.tok == i+1 {
				return true
			}
		}
		return false
	}
	return false
}
