package entity

import (
	"slices"

	"github.com/geoextract/geoextract/gazetteer"
	"github.com/geoextract/geoextract/internal/english"
)

// givenNameReader weighs the given names that are also place names in an
// analysis ("Paul", "Victoria"): the evidence for the person or the
// place reading, and the given-name keys of the people named in full.
// Like its analysis it belongs to one Tag call and is not safe for
// concurrent use. The zero value has no analysis and must not be used.
type givenNameReader struct{ *analysis }

// Given names that are also place names.
//
// The world gazetteer lists every first-level subdivision and many towns,
// and some of them are written like a person's given name: "Paul" (a
// municipality of Cape Verde), "Victoria" (an Australian state), "Karen"
// (a state of Myanmar). News names such a word far more often as a person
// than as the place. A one-word mention that the gazetteer knows only as
// such places, and that is a common given name, keeps its place reading
// only on evidence (see personalPlaces); a bare given name that repeats
// the given name of one person named in full before it refers to that
// person (see givenNameKeys).

// minGivenNamePeople is how many people of the gazetteer must bear a
// given name for it to count as common: one bearer may be the place's
// namesake; "Paul" has dozens.
const minGivenNamePeople = 2

// subnational reports whether a gazetteer kind is one of the places
// inside a country that a given name may also name: a state, a city or
// another governed area. Countries, territories, capitals and ungoverned
// places (seas, continents) are not.
func subnational(k gazetteer.Kind) bool {
	return k == gazetteer.KindState || k == gazetteer.KindCity || k == gazetteer.KindRegion
}

// personalPlace reports whether the gazetteer mention c is one word,
// written like a name (capitalized, not in capitals), that every candidate
// of the gazetteer names as a subnational place (no country, capital or
// nationality among them), and that is a common given name (one of the
// embedded given names, borne by minGivenNamePeople people of the
// gazetteer or more) or the family name of a leader of the gazetteer
// ("Kerry", an Irish county).
func (a givenNameReader) personalPlace(c *cand) bool {
	if c.source != FromGazetteer || c.last-c.first != 1 || c.typ != GPE || c.entry == nil {
		return false
	}
	return a.personalWord(c.first, c.alts)
}

// personalWord reports whether token i, which the gazetteer matches alone
// with candidates alts, is a common given name or a leader's family name
// ("Kerry") that names only subnational places (see personalPlace).
func (a givenNameReader) personalWord(i int, alts []gazetteer.Candidate) bool {
	w := a.toks[i].Text
	if len(alts) == 0 || !isCapTok(w) || isAllCaps(w) {
		return false
	}
	if !a.commonGivenName(w) && len(a.t.names.allLeaders[w]) == 0 {
		return false
	}
	for _, cd := range alts {
		if cd.Type != GPE || cd.Form == gazetteer.FormCapital || cd.Form == gazetteer.FormDemonym || !subnational(cd.Entry.Kind) {
			return false
		}
	}
	return true
}

// commonGivenName reports whether w, as written, is one of the embedded
// given names and opens the names of minGivenNamePeople people of the
// gazetteer or more.
func (a givenNameReader) commonGivenName(w string) bool {
	return a.t.words.firstNames[w] && a.t.names.givenPeople[w] >= minGivenNamePeople
}

// mentionIndex finds the mentions of an analysis by their first and last
// token.
type mentionIndex struct {
	startAt, endAt map[int]*cand
}

func (a givenNameReader) indexMentions() mentionIndex {
	ix := mentionIndex{startAt: make(map[int]*cand, len(a.ments)), endAt: make(map[int]*cand, len(a.ments))}
	for _, c := range a.ments {
		ix.startAt[c.first] = c
		ix.endAt[c.last-1] = c
	}
	return ix
}

// isPlace reports whether a mention is a place: a GPE or a LOC.
func isPlace(c *cand) bool { return c != nil && (c.typ == GPE || c.typ == Loc) }

// placeEvidence reports whether the words around the one-word mention c
// read it as a place:
//   - a locative preposition before it (class locative_prepositions: "in
//     Victoria"), perhaps through adjectives ("in rural Victoria"), unless
//     a possessive follows ("in Victoria's view");
//   - a list of places after such a preposition that holds it ("in
//     Nevada, California and Montana");
//   - a country or state after a comma ("Victoria, Australia"): then cc is
//     that country;
//   - a place (or a name after a locative preposition), a comma, c and the
//     end of the clause ("in Bendigo, Victoria.");
//   - a place noun: "the state of Victoria" (class place_nouns), "Victoria
//     state" (class gpe_heads), "Victoria's capital" (either);
//   - an office of it: "the governor of Victoria" (class person_title_heads).
func (a givenNameReader) placeEvidence(c *cand, ix mentionIndex) (cc string, ok bool) {
	si := a.sentOf[c.first]
	lo, hi := a.sents[si].First, a.sents[si].Last
	possessive := c.last < hi && isWord(english.PossessiveClitic, a.low(c.last))
	if !possessive && a.locativeBefore(c.first, lo) {
		return "", true
	}
	if possessive && c.last+1 < hi && (isWord(english.PlaceNouns, a.low(c.last+1)) || isWord(english.GPEHeads, a.low(c.last+1))) {
		return "", true // "Victoria's capital"
	}
	if a.listedPlace(c, ix, lo, hi) {
		return "", true
	}
	if c.last+1 < hi && a.toks[c.last].Text == "," {
		if m := ix.startAt[c.last+1]; m != nil && m.typ == GPE && m.entry != nil && holdsPlaces(m.entry) &&
			!(m.last < hi && isWord(english.PossessiveClitic, a.low(m.last))) {
			return candCountry(gazetteer.Candidate{Entry: m.entry}), true
		}
	}
	if prev := ix.endAt[c.first-2]; c.first-2 >= lo && a.toks[c.first-1].Text == "," && prev != nil &&
		(isPlace(prev) || a.locativeBefore(prev.first, lo)) && a.clauseEnd(c.last, hi) {
		return "", true
	}
	if a.placeOf(c.first) || c.last < hi && isWord(english.GPEHeads, a.toks[c.last].Text) {
		return "", true
	}
	if p := c.first; p-2 >= lo && isWord(english.GenitiveMarker, a.low(p-1)) && isWord(english.PersonTitleHeads, a.low(p-2)) {
		return "", true // "the governor of Virginia": an office's jurisdiction
	}
	return "", false
}

// holdsPlaces reports whether an entry is a country or a subdivision that
// places follow after a comma ("Victoria, Australia", "Paul, Minnesota").
func holdsPlaces(e *gazetteer.Entry) bool {
	switch e.Kind {
	case gazetteer.KindCountry, gazetteer.KindTerritory, gazetteer.KindState, gazetteer.KindRegion:
		return true
	}
	return gazetteer.IsCountryID(e.ID)
}

// locativeBefore reports whether a locative preposition comes before
// token i, perhaps with up to two lower-case adjectives between ("in
// northern Victoria"), within the sentence starting at lo.
func (a givenNameReader) locativeBefore(i, lo int) bool {
	k := i - 1
	for n := 0; n < 2 && k >= lo && a.pos[k].IsAdjective() && isLowerStart(a.toks[k].Text); n++ {
		k--
	}
	return k >= lo && isWord(english.LocativePrepositions, a.low(k))
}

// listedPlace reports whether c is one of a list of places that a
// locative preposition opens: the places before it are joined by commas
// or a coordinator, and a coordinator joins the list somewhere ("in
// Nevada, California and Montana"), or the list goes on after c ("in
// Nevada, California, Montana, Canada"). A comma alone after a place
// is no list: "In Kigali, Paul said".
func (a givenNameReader) listedPlace(c *cand, ix mentionIndex, lo, hi int) bool {
	k, places, joined := c.first-1, 0, false
	for k >= lo {
		w := a.low(k)
		if w == "," || isWord(english.Coordinators, w) {
			joined = joined || w != ","
			k--
			continue
		}
		m := ix.endAt[k]
		if !isPlace(m) || k == c.first-1 {
			break
		}
		places++
		k = m.first - 1
	}
	if places == 0 || !a.locativeBefore(k+1, lo) {
		return false
	}
	if joined {
		return true
	}
	if n := c.last; n+1 < hi && (a.toks[n].Text == "," || isWord(english.Coordinators, a.low(n))) {
		return isPlace(ix.startAt[n+1])
	}
	return false
}

// clauseEnd reports whether token k ends a clause: the sentence's end or
// a punctuation mark that closes one.
func (a givenNameReader) clauseEnd(k, hi int) bool {
	if k >= hi {
		return true
	}
	switch a.toks[k].Text {
	case ".", ";", ")", ",", "!", "?":
		return true
	}
	return false
}

// givenNameKeys maps the lower-case given name that opens the full name
// of each person named in full ("paul" for "Paul Kagame") to those full
// names, in text order. Names whose family name comes first (East Asian
// ones) give none: their first word is a family name, a key already.
func (a givenNameReader) givenNameKeys() map[string][]*cand {
	keys := map[string][]*cand{}
	for _, c := range a.ments {
		if c.typ != Person || eastAsian[c.country] {
			continue
		}
		first, words := -1, 0
		for k := c.first; k < c.last; k++ {
			if isWordTok(a.toks[k].Text) && !(k > c.first && a.toks[k-1].Text == "-") {
				if first < 0 {
					first = k
				}
				words++
			}
		}
		if words < 2 {
			continue
		}
		w := a.toks[first].Text
		if isAllCaps(w) || !(a.t.words.firstNames[w] || a.t.names.given[w]) {
			continue
		}
		keys[a.low(first)] = append(keys[a.low(first)], c)
	}
	return keys
}

// fullNames returns the full names a one-word mention c may repeat: those
// with c as family name (keys), and those named before c with c as given
// name (given). A given name looks back only: "Paul said" before "Paul
// Kagame" is not his; and only a mention that may be a person (person)
// repeats one ("in Jackson" after "Jackson Diehl" is a place).
func fullNames(c *cand, low string, keys, given map[string][]*cand, person bool) []*cand {
	fulls := keys[low]
	if !person {
		return fulls
	}
	var before []*cand
	for _, f := range given[low] {
		if f.last <= c.first && !slices.Contains(fulls, f) {
			before = append(before, f)
		}
	}
	if len(before) == 0 {
		return fulls
	}
	out := append(slices.Clone(fulls), before...)
	slices.SortStableFunc(out, func(x, y *cand) int { return x.first - y.first })
	return out
}

// withGivenNames returns the family-name keys with the given-name keys
// added, each key's full names in text order: the names a sentence may
// open with ("Mark said" after "Mark Rutte"). keys is not modified.
func withGivenNames(keys, given map[string][]*cand) map[string][]*cand {
	if len(given) == 0 {
		return keys
	}
	out := make(map[string][]*cand, len(keys)+len(given))
	for k, fulls := range keys {
		out[k] = fulls
	}
	for k, fulls := range given {
		merged := slices.Clone(out[k])
		for _, f := range fulls {
			if !slices.Contains(merged, f) {
				merged = append(merged, f)
			}
		}
		slices.SortStableFunc(merged, func(x, y *cand) int { return x.first - y.first })
		out[k] = merged
	}
	return out
}

// personalPlaces decides the reading of each personal place (see
// personalPlace). It stays the place on the evidence of the words around
// it (placeEvidence; a country named after it picks the candidate of that
// country, or leaves it an unlinked place of that country). Otherwise a
// person named in full before it with that given or family name makes it
// a person, for resolveDocument to link. Failing that, it stays the place
// when the same word is read so elsewhere in the document, when the same
// place is named there in another form ("Firenze"), or when a place or
// nationality of the country of one of its candidates is named there
// (then it takes that candidate). Failing that, a person cue (or the
// statistical NER of WithModel) makes it an unlinked person ("Paul said",
// but not "the mayor of Paul said"), and with none a given name is no
// mention ("a deal with Victoria") while a leader's family name stays the
// place ("Toledo" in a table of grain receipts).
func (a givenNameReader) personalPlaces(keys, given map[string][]*cand) {
	var sus []*cand
	isSus := map[*cand]bool{}
	for _, c := range a.ments {
		if a.personalPlace(c) {
			sus = append(sus, c)
			isSus[c] = true
		}
	}
	if len(sus) == 0 {
		return
	}
	ix := a.indexMentions()
	read := map[string]bool{}            // surfaces read as places on evidence
	countries := map[string]bool{}       // countries of the other places and nationalities
	named := map[*gazetteer.Entry]bool{} // entries the other mentions name
	evidence := make([]bool, len(sus))
	dropped := map[*cand]bool{}
	for k, c := range sus {
		cc, ok := a.placeEvidence(c, ix)
		if !ok {
			continue
		}
		evidence[k] = true
		read[a.surface(c)] = true
		if cc != "" && cc != candCountry(gazetteer.Candidate{Entry: c.entry}) {
			a.placeIn(c, cc)
		}
	}
	for _, c := range a.ments {
		if isSus[c] {
			continue
		}
		if c.entry != nil {
			named[c.entry] = true
		}
		if c.typ == GPE || c.typ == Loc || c.typ == NORP {
			if cc := (gazReader{a.analysis}).gazCountry(c); cc != "" {
				countries[cc] = true
			}
		}
	}
	for k, c := range sus {
		if evidence[k] {
			continue
		}
		if len(fullNames(c, a.low(c.first), keys, given, true)) > 0 {
			c.typ, c.entry, c.alts, c.source, c.strong, c.country = Person, nil, nil, FromRule, false, ""
			continue
		}
		if read[a.surface(c)] || named[c.entry] {
			continue
		}
		if cc := a.contextCountry(c, countries); cc != "" {
			a.placeIn(c, cc)
			continue
		}
		cue := nameResolver{a.analysis}.personContext(c) && !(c.first > 0 && isWord(english.Prepositions, a.low(c.first-1)))
		if t, ok := a.modelType(c.first, c.last); ok && t == Person {
			cue = true // the statistical NER (WithModel) reads a person
		}
		if !cue && !a.commonGivenName(a.toks[c.first].Text) {
			continue // a leader's family name is a person only on a cue
		}
		c.entry, c.alts, c.source, c.country = nil, nil, FromRule, ""
		if cue {
			c.typ, c.personLike = Person, true
			continue
		}
		dropped[c] = true
	}
	if len(dropped) > 0 {
		a.ments = slices.DeleteFunc(a.ments, func(c *cand) bool { return dropped[c] })
	}
}

// contextCountry returns the country of the candidate of personal place c
// that the document speaks of (countries), its chosen one first, or "".
func (a givenNameReader) contextCountry(c *cand, countries map[string]bool) string {
	if cc := candCountry(gazetteer.Candidate{Entry: c.entry}); countries[cc] {
		return cc
	}
	for _, cd := range c.alts {
		if cc := candCountry(cd); countries[cc] {
			return cc
		}
	}
	return ""
}

// placeIn gives a personal place read as a place of country cc the
// candidate of that country, or none: "Paul, Minnesota" is no town of
// Cape Verde, but a place of the United States the gazetteer does not
// know.
func (a givenNameReader) placeIn(c *cand, cc string) {
	for _, cd := range c.alts {
		if candCountry(cd) == cc {
			c.entry, c.form, c.country = cd.Entry, cd.Form, cc
			return
		}
	}
	c.entry, c.alts, c.country = nil, nil, cc
}
