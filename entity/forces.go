package entity

import (
	"strings"

	"github.com/geoextract/geoextract/internal/english"
)

// News names one country's armed forces by several nouns in turn:
// "Colombian troops have killed 39 rebels ... The military bombed a rebel
// camp"; "Turkish warplanes bombed rebel targets, the military said". The
// nouns are data (class force_names of internal/english); a reference
// repeating the same noun ("Kenyan soldiers ... the soldiers") is
// groupReferent's.

// forceReference reads a reference to armed forces by their noun alone:
// at token i a noun of class force_names that is the head of its phrase
// ("the military", "the troops"; not "the military council", "the army
// of Chad"), after a definite determiner, or after a word of class
// state_force_modifiers with or without one ("government forces", "the
// security forces"). It returns the phrase's first token.
func (d bodyReader) forceReference(i int) (first int, ok bool) {
	if i <= 0 || i >= len(d.Tokens) || d.MentionAt(i) >= 0 ||
		!isWord(english.ForceNames, strings.ToLower(d.Tokens[i].Text)) || d.namesAfter(i) {
		return 0, false
	}
	if (descriptionReader{d.Document}).modifiesNoun(i) {
		// "the military council", "the army camps". The tagger may
		// call a head "military" an adjective ("The military/JJ
		// bombed"): the word after it decides.
		return 0, false
	}
	first = i - 1
	if d.MentionAt(first) >= 0 {
		return 0, false
	}
	if isWord(english.StateForceModifiers, strings.ToLower(d.Tokens[first].Text)) && isLowerWord(d.Tokens[first].Text) {
		if first > 0 && d.determiner(first-1) && d.MentionAt(first-1) < 0 {
			first--
		}
		return first, true
	}
	return first, d.determiner(first)
}

// forceReferent resolves a reference to armed forces at token i (see
// forceReference: "the military", "government forces") to the country whose forces a nationality or a country
// marked last, by any noun of class force_names, in its sentence before
// it or in the maxGroupSentences before ("Colombian troops", "Turkish
// warplanes"; see countryMarked). When the forces of two countries are
// marked there ("Israeli troops ... Lebanese soldiers ... the army") it
// is left unresolved, as it is with none. It returns the phrase's first
// token and the country.
func (d bodyReader) forceReferent(i int) (first int, m Mention, ok bool) {
	first, ok = d.forceReference(i)
	if !ok {
		return 0, Mention{}, false
	}
	sent := d.sentenceOf(i)
	found := false
	for s := sent; s >= 0 && s >= sent-maxGroupSentences; s-- {
		lo, hi := d.Sentences[s].First, d.Sentences[s].Last
		if s == sent {
			hi = first
		}
		for k := min(hi, len(d.Tokens)) - 1; k >= lo; k-- {
			if d.MentionAt(k) >= 0 || !isWord(english.ForceNames, strings.ToLower(d.Tokens[k].Text)) {
				continue
			}
			g, ok := d.countryMarked(k, lo)
			switch {
			case !ok:
			case !found:
				m, found = g, true
			case g.CountryCode() != m.CountryCode():
				return 0, Mention{}, false
			}
		}
	}
	if !found {
		return 0, Mention{}, false
	}
	return first, m, true
}
