package relation

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/geoextract/geoextract/entity"
	"github.com/geoextract/geoextract/internal/english"
	"github.com/geoextract/geoextract/internal/syntax"
	"github.com/geoextract/geoextract/internal/text"
)

// objectReader finds the object group of a trigger by walking right from
// it (rightScan), and the phrases an object may or may not start with. It
// is a view of the sentence with no state of its own.
type objectReader struct{ *sentence }

// rightScan walks right from a trigger to its object.
type rightScan struct {
	s     *sentence
	t     *trig
	pos   int
	limit int
	subj  []actor // the subject found so far; its own phrases are skipped
	obj   []actor
	recip bool
	chunk int
}

type rightFn func(*rightScan) rightFn

// maxObjectDistance bounds how far right of its trigger an object may be.
const maxObjectDistance = 14

// object finds the object group of t, walking right from token from.
func (s objectReader) object(t *trig, from int, subj []actor) ([]actor, bool, int) {
	from = s.raisedObjectFrom(t, from)
	r := &rightScan{s: s.sentence, t: t, pos: from, limit: min(s.n(), from+maxObjectDistance), chunk: -1, subj: subj}
	for state := rightStart; state != nil; {
		state = state(r)
	}
	if !r.recip && t.e.hasFrame("clause") && (len(r.obj) == 0 || r.chunk >= 0 && r.own(r.chunk)) {
		// "warned it will review its relations with Ukraine": the
		// clause's subject is the trigger's own.
		r.obj, r.chunk = nil, -1
		r.clauseActor()
	}
	return r.obj, r.recip, r.chunk
}

// raisedObjectFrom returns where the object of verbal trigger t is looked
// for when a coordinated verb follows it at token from before any object
// ("France condemned and sanctioned Iran", "praised but also criticized
// Turkey"): after that verb, whose object both share; else from.
func (s objectReader) raisedObjectFrom(t *trig, from int) int {
	if t.nominal || t.passive || from != t.end || !s.at(from, english.ClauseJoiners) {
		return from
	}
	k := from + 1
	for k < s.n() && k-from <= 3 && s.wd.adverb(s.words[k]) {
		k++
	}
	if k >= s.n() || !s.isVerb(k) || s.chunkAt[k] >= 0 {
		return from
	}
	for m := range s.matches {
		if v := &s.matches[m]; !v.nominal && v.start == k {
			return v.end
		}
	}
	return k + 1
}

// clauseActor takes, for a trigger with the "clause" frame, the first
// actor of the clause it governs that is neither the subject itself nor a
// topic or a place: "warned that oil prices would soar if the United
// States attacked", "warned it will review its relations with Ukraine".
func (r *rightScan) clauseActor() {
	s := r.s
	i := r.pos
	switch {
	case s.at(i, english.Complementizer):
		i++
	case nounReader{s}.thatlessClause(i):
	default:
		return
	}
	for ; i < r.limit; i++ {
		w := s.words[i]
		if s.wd.has(english.ClauseStops, w) || w == "." || w == "!" || w == "?" || w == "," {
			return
		}
		ci := s.chunkAt[i]
		if ci < 0 {
			continue
		}
		c := s.chunks[ci]
		if thingName(c) || r.own(ci) || s.wd.has(english.TopicPreps, c.prep) || (objectReader{s}).bareNationality(ci) {
			i = c.last - 1
			continue
		}
		r.takeRight(ci)
		return
	}
}

// rightStart checks for a reciprocal ("accused each other") and a direct
// object, then looks for a framed one.
func rightStart(r *rightScan) rightFn {
	s := r.s
	for _, rc := range s.wd.list[english.Reciprocals] {
		ws := strings.Fields(rc)
		ok := true
		for k, w := range ws {
			if s.word(r.pos+k) != w {
				ok = false
				break
			}
		}
		if ok {
			r.recip = true
			return nil
		}
	}
	if r.t.e.hasFrame("direct") || r.t.e.hasFrame("any") || r.gapActor() {
		return rightDirect
	}
	return rightFramed
}

// gapActor reports whether an actor phrase starts inside a gap of the
// trigger at or after the scan's start: "suspended Mauritania's
// membership" names its object inside the pattern.
func (r *rightScan) gapActor() bool {
	for i := r.pos; i < r.t.end; i++ {
		if r.t.inGap(i) && r.s.chunkAt[i] >= 0 {
			return true
		}
	}
	return false
}

// rightDirect looks for an actor phrase as direct object: the first
// phrase after the trigger with no preposition before it.
func rightDirect(r *rightScan) rightFn {
	s := r.s
	for i := (objectReader{s}).shiftedObject(r.t, r.pos); i < r.limit; i++ {
		w := s.words[i]
		if ci := s.chunkAt[i]; ci >= 0 {
			c := s.chunks[ci]
			if c.prep == "" || r.t.inGap(i) && c.prep != "" && r.t.e.kind != kindNoun {
				if thingName(c) {
					// "give F-16 fighter jets to Ukraine".
					i = c.last - 1
					continue
				}
				if r.own(ci) && (s.chunkOf(c.last) >= 0 || r.t.inGap(i) && !r.t.e.hasFrame("direct")) {
					// "arrested members of the Basque separatist group ETA":
					// the phrase goes on to the group's name; "recalled
					// the country's ambassador to Venezuela": the subject's
					// own, inside a trigger whose object is framed, is no
					// object.
					i = c.last - 1
					continue
				}
				if c.weak {
					// "the rebel-held Ukrainian regions of Donetsk and
					// Luhansk": the phrase's own actors come after "of";
					// but the possessor of an event ("condemned Russia's
					// invasion of Ukraine") is its agent, the target.
					k := c.last
					for k < r.limit && k-c.last < 3 && s.chunkAt[k] < 0 && s.isModifier(k) && !isPunct(s.words[k]) && !(participantReader{s}).nominalAt(k) {
						k++
					}
					if s.at(k, english.GenitiveMarker) && s.chunkOf(k+1) >= 0 {
						r.takeRight(s.chunkAt[k+1])
						return nil
					}
				}
				if !r.t.nominal && !s.roots.has(r.t.root(), patientOwnerObject) && (eventArgReader{s}).possessesPatient(ci) {
					// "condemned Navalny's arrest", "demanded Navalny's
					// release": he is arrested or released, not the
					// target of the condemnation or the demand (that is
					// the holder). An appeal with no addressee keeps
					// him ("called for Iran's expulsion": a threat to
					// Iran, by the guideline).
					return rightFramed
				}
				if pj := (objectReader{s}).possessedName(ci); pj >= 0 {
					// "meet the country's most influential cleric, Grand
					// Ayatollah Ali al-Sistani": the person named.
					ci = pj
				}
				r.takeRight(ci)
				return nil
			}
			break
		}
		if r.t.inGap(i) || s.trigTok[i] && i < r.t.end {
			continue
		}
		if i > r.pos && s.chunkAt[i-1] < 0 && s.roots.has(r.t.root(), heldPlaceHolder) && s.wd.has(english.HeldParticiples, w) {
			if ci := s.chunkOf(i + 2); s.at(i+1, english.AgentMarker) && ci >= 0 && !s.chunks[ci].weak {
				// "captured the last town held by the Tamil Tigers": force
				// against a thing is against its holder.
				r.takeRight(ci)
				return nil
			}
		}
		if i > r.pos && s.chunkAt[i-1] < 0 {
			if ag := (objectReader{s}).authorOf(i - 1); ag != nil {
				// "condemned the visit by the U.S. speaker", "rejected a
				// proposal from Venezuela": the author is the target.
				r.obj = ag
				return nil
			}
		}
		if m := (objectReader{s}).nominalStarting(i); m != nil && i >= r.t.end {
			if ag := (participantReader{s}).nounAgent(m.end); ag != nil {
				// "condemned the attack on Israel by Hamas": the act's
				// author is the target.
				r.obj = ag
				return nil
			}
		}
		if i == r.pos || i == r.t.end {
			if pj := (objectReader{s}).apposedObject(i); pj >= 0 {
				// "sentenced one of three, Edwin Caraballo, to eight
				// years": the person the object names.
				r.takeRight(pj)
				return nil
			}
		}
		if n := s.wd.quantifierLen(s.words, i); n > 0 {
			// "killed at least 25 Taliban fighters".
			i += n - 1
			continue
		}
		if e := (objectReader{s}).whatCalled(i); e > i {
			// "denounced what it called British interference".
			i = e - 1
			continue
		}
		if s.wd.has(english.Determiners, w) || s.wd.has(english.PossessivePronouns, w) || s.wd.adverb(w) || isQuote(w) || s.isModifier(i) && !s.isVerb(i) {
			// The noun phrase may go on ("the rebel-held Ukrainian
			// regions of Donetsk"): keep looking through "of".
			if nw := s.word(i + 1); i > r.pos && (s.wd.has(english.GenitiveMarker, nw) || s.wd.has(english.PairPreposition, nw) || s.wd.has(english.CompanionPreposition, nw)) {
				j := i + 2
				for j < r.limit && (s.wd.has(english.Determiners, s.words[j]) || s.isModifier(j)) && s.chunkAt[j] < 0 {
					j++
				}
				if j < r.limit && s.chunkAt[j] >= 0 && !(objectReader{s}).bareNationality(s.chunkAt[j]) && !r.own(s.chunkAt[j]) {
					r.takeRight(s.chunkAt[j])
					return nil
				}
			}
			continue
		}
		break
	}
	return rightFramed
}

// shiftedObject returns where the direct object of verbal trigger t
// starts when a time phrase stands between the verb and its object at
// token from ("condemned on Thursday the Israeli attack", "expelled on
// Monday two Russian diplomats"): after that phrase, when a noun phrase
// with no preposition follows it; else from.
func (s objectReader) shiftedObject(t *trig, from int) int {
	if t.nominal || from != t.end {
		return from
	}
	j := scanReader{s.sentence}.skipTime(from)
	if j == from || j >= s.n() {
		return from
	}
	if ci := s.chunkAt[j]; ci >= 0 && s.chunks[ci].first == j && s.chunks[ci].prep == "" || s.wd.has(english.Determiners, s.words[j]) || s.wd.has(english.PossessivePronouns, s.words[j]) {
		return j
	}
	return from
}

// rightFramed looks for an actor phrase introduced by one of the
// trigger's prepositions, or after "that".
func rightFramed(r *rightScan) rightFn {
	s := r.s
	e := r.t.e
	any := e.hasFrame("any")
	framed := false // a framing preposition introduced a thing, not an actor
	frameAt := -1
	for i := r.pos; i < r.limit; i++ {
		w := s.words[i]
		if s.chunkAt[i] < 0 && s.wd.has(english.Prepositions, w) && e.hasFrame(w) && !s.wd.has(english.GenitiveMarker, w) {
			framed, frameAt = true, i
		}
		if s.chunkAt[i] < 0 && s.wd.has(english.MilitaryTargets, w) && !r.t.nominal && s.roots.has(r.t.root(), militaryTargetPlace) && e.hasFrame("direct") && i-r.pos <= 4 && (objectReader{s}).unownedFrom(r.pos, i) {
			framed = true // "struck targets in southern Lebanon": the place of the target
		}
		if stopsObject(s, i) && !r.t.inGap(i) {
			if s.wd.has(english.Complementizer, w) && e.hasFrame("that") {
				if j := i + 1; j < s.n() && s.chunkAt[j] >= 0 && s.chunks[s.chunkAt[j]].prep == "" || j < s.n() && s.chunkAt[j] >= 0 {
					r.takeRight(s.chunkAt[j])
					return nil
				}
				// "demanding that Japanese import curbs ...": the first
				// actor of the clause.
				for j := i + 1; j < r.limit && j < i+5; j++ {
					if s.chunkAt[j] >= 0 {
						r.takeRight(s.chunkAt[j])
						return nil
					}
				}
			}
			return nil
		}
		if r.t.nominal && i > r.pos && s.verbLike(i) && !s.trigTok[i] {
			return nil // "her trip abroad would be to Brussels"
		}
		ci := s.chunkAt[i]
		if ci < 0 {
			continue
		}
		c := s.chunks[ci]
		if thingName(c) {
			// "a visit to the Yasukuni shrine": a name modifying a thing.
			i = c.last - 1
			continue
		}
		if r.own(ci) {
			// The subject's own country or people ("promised to revive
			// Georgia's bid to join the EU"): look further.
			i = c.last - 1
			continue
		}
		if c.prep != "" && !r.t.nominal && (objectReader{s}).nounFramed(r.t.end, c.first, c.prep) {
			// "Speaking on a trip to London": the phrase is the trip's.
			return nil
		}
		if c.weak && c.prep != "" && e.hasFrame(c.prep) {
			if k := (objectReader{s}).appositiveName(c.last); k >= 0 {
				// "between the rival Palestinian factions Hamas and Fatah".
				r.takeRight(k)
				return nil
			}
		}
		if c.prep != "" && e.hasFrame(c.prep) || any && !s.wd.has(english.TopicPreps, c.prep) && !(objectReader{s}).ofTopic(ci) ||
			framed && s.wd.has(english.LocationPreposition, c.prep) && !r.t.nominal && s.roots.has(r.t.root(), framedTargetPlace) ||
			s.wd.has(english.InteriorPrepositions, c.prep) && s.roots.has(r.t.root(), interiorPlace) ||
			s.wd.has(english.GenitiveMarker, c.prep) && frameAt >= 0 && (objectReader{s}).ofFramed(frameAt, c.first) && (!(objectReader{s}).bareNationality(ci) || (objectReader{s}).amountBetween(frameAt, c.first)) {
			// "fired shells at an outpost in Armenia": the target's place. Only
			// for force: "met with investors in London" names a venue. A
			// military strike inside a country's territory is against it
			// ("carried out an air strike deep inside Syrian territory").
			r.takeRight(ci)
			if c.prep != "" && e.hasFrame(c.prep) {
				r.framedConjuncts(c.prep)
			}
			return nil
		}
		i = c.last - 1
	}
	return nil
}

// nounFramed reports whether a nominal trigger that starts in [from, to)
// inside a prepositional phrase takes preposition prep itself: the phrase
// at to is the noun's argument ("speaking on a trip to London"), not the
// verb's. A noun that is the verb's object shares its frame ("pledged aid
// to Moldova").
func (s objectReader) nounFramed(from, to int, prep string) bool {
	for k := range s.matches {
		m := &s.matches[k]
		if !m.nominal || m.start < from || m.end > to || !m.e.hasFrame(prep) {
			continue
		}
		if p := (participantReader{s.sentence}).phraseStart(m.start) - 1; p >= from && s.at(p, english.Prepositions) {
			return true
		}
	}
	return false
}

// nominalStarting returns the nominal trigger that starts at token i, or
// nil.
func (s objectReader) nominalStarting(i int) *trig {
	for k := range s.matches {
		if m := &s.matches[k]; m.nominal && m.start == i {
			return m
		}
	}
	return nil
}

// unownedFrom reports whether no word in [i, j) names an owner of the
// thing at j ("Kurdish positions", "rebel targets").
func (s objectReader) unownedFrom(i, j int) bool {
	for k := i; k < j; k++ {
		if s.caps[k] || s.chunkAt[k] >= 0 || s.wd.has(english.OwnerWords, s.words[k]) || s.wd.has(english.PossessivePronouns, s.words[k]) {
			return false
		}
	}
	return true
}

// quantifierLen returns the length of a quantifier phrase starting at
// token i ("at least", "more than", "up to", "as many as"), or 0.
func (wd *wordTable) quantifierLen(ws []string, i int) int {
	return wd.phraseLen(ws, i, english.QuantifierPhrases)
}

// whatCalled returns the end of "what X called" (or "described as",
// "termed") starting at token i, or i.
func (s objectReader) whatCalled(i int) int {
	if !s.at(i, english.FreeRelative) {
		return i
	}
	k := i + 1
	if ci := s.chunkOf(k); ci >= 0 {
		k = s.chunks[ci].last
	} else if s.wd.has(english.SubjectPronouns, s.word(k)) {
		k++
	} else {
		return i
	}
	switch {
	case s.at(k, english.CallingVerbs):
		return k + 1
	case s.at(k, english.DescribingVerbs):
		if s.at(k+1, english.RoleMarker) {
			return k + 2
		}
	}
	return i
}

// bareNationality reports whether chunk ci is only a nationality
// modifying a thing ("a Soviet war memorial").
func (s objectReader) bareNationality(ci int) bool {
	c := s.chunks[ci]
	return c.weak && len(c.actors) > 0 && c.actors[len(c.actors)-1].arg.Type == entity.NORP
}

// authorOf returns the agent of the noun at token i when a "by" phrase,
// or for an act a "from" phrase, follows it ("the visit by X", "a
// proposal from Y"), or nil.
func (s objectReader) authorOf(i int) []actor {
	w := s.words[i]
	if !s.hasPOS && !s.isModifier(i) || s.hasPOS && !s.pos[i].IsNoun() || s.wd.has(english.Determiners, w) {
		return nil
	}
	switch {
	case s.at(i+1, english.AgentMarker):
		ci := s.chunkOf(i + 2)
		if ci < 0 || !s.wd.has(english.AgentMarker, s.chunks[ci].prep) {
			return nil
		}
		return participantReader{s.sentence}.byAgent(i + 1)
	case s.at(i+1, english.SourcePreposition):
		if !s.wd.has(english.AuthoredNouns, w) && !s.nominalFrameless(i, s.words[i+1]) {
			return nil
		}
		return participantReader{s.sentence}.fromAgent(i + 1)
	}
	return nil
}

// nominalFrameless reports whether token i ends a nominal trigger that
// does not take prep as the frame of its object.
func (s objectReader) nominalFrameless(i int, prep string) bool {
	for k := range s.matches {
		if m := &s.matches[k]; m.nominal && m.end == i+1 {
			return !m.e.hasFrame(prep)
		}
	}
	return false
}

// possessedName returns the person's phrase set off by a comma after the
// noun phrase that possessive phrase ci opens ("Japan's prime minister,
// Fumio Kishida", "the country's most influential cleric, Grand Ayatollah
// Ali al-Sistani"): the person is the party, not the possessor; else -1.
func (s objectReader) possessedName(ci int) int {
	c := s.chunks[ci]
	if personChunk(c) {
		return -1
	}
	possessive := false
	k := c.first
	for ; k < s.n() && k-c.first < 10; k++ {
		if k >= c.last && s.chunkAt[k] >= 0 || isPunct(s.words[k]) && !s.at(k, english.PossessiveClitic) || s.verbLike(k) {
			break
		}
		possessive = possessive || s.at(k, english.PossessiveClitic)
	}
	if !possessive || s.word(k) != "," {
		return -1
	}
	return s.apposedPerson(k)
}

// apposedPerson returns the person's phrase right after the comma at
// token k that sets it off as an apposition of the phrase before, or -1.
// A phrase followed by a verb before the clause ends or a conjunction
// opens another is a subject, no apposition: "criticized Russia's
// decision, Fumio Kishida, Japan's prime minister, said".
func (s objectReader) apposedPerson(k int) int {
	pj := s.chunkOf(k + 1)
	if pj < 0 || s.chunks[pj].first != k+1 || s.chunks[pj].prep != "" || !personChunk(s.chunks[pj]) {
		return -1
	}
	for e := s.chunks[pj].last; e < s.n() && e < s.chunks[pj].last+12; e++ {
		if s.at(e, english.ClauseJoiners) || s.at(e, english.ClauseStops) {
			break
		}
		if (scanReader{s.sentence}).looksVerb(e) {
			return -1
		}
	}
	return pj
}

// apposedObject returns the person's phrase set off by a comma after the
// direct object starting at token i when that object names no actor: a
// description ("sentenced a prominent critic, Alexei Navalny, to ...") or
// a part of a group ("sentenced one of three, Edwin Caraballo, to eight
// years", "arrested two of them, X and Y"); else -1. The object runs over
// determiners, modifiers, "of" and object pronouns up to the comma.
func (s objectReader) apposedObject(i int) int {
	k := i
	for ; k < s.n() && k-i < 8 && s.words[k] != ","; k++ {
		w := s.words[k]
		if s.chunkAt[k] >= 0 || s.trigTok[k] || isPunct(w) {
			return -1
		}
		if !(s.wd.has(english.Determiners, w) || s.wd.has(english.PossessivePronouns, w) || s.wd.has(english.ObjectPronouns, w) || s.at(k, english.GenitiveMarker) || s.isModifier(k) && !s.isVerb(k)) {
			return -1
		}
	}
	if k == i || s.word(k) != "," {
		return -1
	}
	return s.apposedPerson(k)
}

// appositiveName returns the actor phrase that names the noun phrase
// going on at token i ("factions Hamas and Fatah"), or -1.
func (s objectReader) appositiveName(i int) int {
	for k := i; k < s.n() && k < i+3; k++ {
		if ci := s.chunkAt[k]; ci >= 0 {
			if !s.chunks[ci].weak {
				return ci
			}
			return -1
		}
		if !s.isModifier(k) || isPunct(s.words[k]) {
			return -1
		}
	}
	return -1
}

// ofFramed reports whether only a noun phrase and "of" stand between a
// framing preposition at i and the phrase at j: "restrictions on the
// movement of Palestinians" restrict the Palestinians; an amount may
// open the noun phrase ("tariffs on more than $200 million worth of
// U.S. goods" are on the United States).
func (s objectReader) ofFramed(i, j int) bool {
	i += s.wd.quantifierLen(s.words, i+1)
	if j-i < 3 || j-i > 6 || !s.at(j-1, english.GenitiveMarker) {
		return false
	}
	for k := i + 1; k < j-1; k++ {
		if s.chunkAt[k] >= 0 || !(s.wd.has(english.Determiners, s.words[k]) || s.isModifier(k) || currencySign(s.words[k])) {
			return false
		}
	}
	return true
}

// contactAddressee returns, for an appeal or a demand participle set off
// by a comma after a verb of contact ("spoke with X, demanding the
// release of Y", "met X, demanding a ceasefire"), the object of that verb,
// subj left out: whom the contact asks; nil for another trigger.
func (s objectReader) contactAddressee(t *trig, subj []actor) []actor {
	if s.pv == nil || t.nominal || len(t.e.code) < 2 || !slices.Contains(s.pv.frames.requestRoots, t.e.code[:2]) {
		return nil
	}
	if t.start < 2 || s.words[t.start-1] != "," || !(participantReader{s.sentence}).participle(t.start) {
		return nil
	}
	var contact *trig // the nearest verbal consultation before the comma
	for k := range s.matches {
		m := &s.matches[k]
		if !m.nominal && len(m.e.code) >= 2 && slices.Contains(s.pv.frames.contactRoots, m.e.code[:2]) && m.end < t.start && t.start-m.end <= maxObjectDistance && (contact == nil || m.start > contact.start) {
			contact = m
		}
	}
	if contact == nil {
		return nil
	}
	for k := contact.end; k < t.start; k++ {
		if finiteAt(s.sentence, k) || s.reportVerb(k) {
			return nil // "met X on Monday, officials said, demanding ...": another clause
		}
	}
	obj, _, _ := s.object(contact, contact.head+1, subj)
	return withoutActors(obj, subj)
}

// ofTopic reports whether the "of" phrase ci continues a topic phrase
// ("agreed to cooperate on the repatriation of Rohingya refugees"): the
// party named there is what the act is about, no party to it.
func (s objectReader) ofTopic(ci int) bool {
	c := s.chunks[ci]
	if !s.wd.has(english.GenitiveMarker, c.prep) {
		return false
	}
	for k := c.first - 2; k >= 0 && c.first-k <= 6; k-- {
		if s.chunkAt[k] >= 0 {
			return false
		}
		if s.wd.has(english.TopicPreps, s.words[k]) {
			return s.ofFramed(k, c.first)
		}
	}
	return false
}

// amountBetween reports whether a number or a currency sign stands
// between tokens i and j: goods of a nationality counted by their worth
// ("tariffs on $50 billion worth of Chinese goods") are that country's.
func (s objectReader) amountBetween(i, j int) bool {
	for k := i + 1; k < j; k++ {
		if currencySign(s.words[k]) || s.hasPOS && s.pos[k] == text.CD {
			return true
		}
	}
	return false
}

// currencySign reports whether w is a currency sign ("$", "€").
func currencySign(w string) bool {
	r, n := utf8.DecodeRuneInString(w)
	return n == len(w) && unicode.Is(unicode.Sc, r)
}

// stopsObject reports whether token i ends the search for an object.
func stopsObject(s *sentence, i int) bool {
	w := s.words[i]
	switch {
	case s.wd.has(english.ClauseStops, w) || w == "." || w == "!" || w == "?":
		return true
	case w == ",":
		// A list comma ("Chile, Peru and ...") is part of a coordination
		// that takeRight handles; any other comma ends the phrase.
		return true
	case s.wd.has(english.ClauseOpeners, w):
		return true
	case s.reportVerb(i) && !s.at(i+1, english.InfinitiveMarker):
		return true
	}
	return false
}

// finiteAt reports whether token i is a finite verb or an auxiliary, as
// the tagger reads it; false without tags.
func finiteAt(s *sentence, i int) bool {
	if !s.hasPOS || !s.verbLike(i) {
		return false
	}
	p := s.pos[i]
	return p == text.MD || p == text.VBZ || p == text.VBP || p == text.VBD || s.at(i, english.Auxiliaries)
}

// own reports whether every actor of chunk ci would make a self-relation
// with every subject.
func (r *rightScan) own(ci int) bool {
	if len(r.subj) == 0 {
		return false
	}
	for _, b := range r.s.chunks[ci].actors {
		for _, a := range r.subj {
			if !sameActor(a, b) {
				return false
			}
		}
	}
	return true
}

// framedConjuncts adds to the object the actor phrases coordinated with
// it by a repeated framing preposition prep ("met with Lavrov and with
// Wang Yi", "with the minister as well as with his team and with the UN
// coordinator"), over framed phrases that name no actor.
func (r *rightScan) framedConjuncts(prep string) {
	s := r.s
	g := scanReader{s}.group(r.chunk)
	i := s.chunks[g[len(g)-1]].last
	limit := min(s.n(), i+maxObjectDistance) // from the object on
	for i < limit {
		n := joinLength(s, i)
		if n == 0 {
			return
		}
		i += n
		for i < limit && s.wd.adverb(s.words[i]) {
			i++ // "and later with"
		}
		if i >= limit || s.words[i] != prep || s.chunkAt[i] >= 0 {
			return
		}
		i++
		for i < limit && s.chunkAt[i] < 0 && (s.wd.has(english.Determiners, s.words[i]) || s.wd.has(english.PossessivePronouns, s.words[i]) || s.isModifier(i)) {
			i++ // a framed phrase that names no actor ("with his team")
		}
		if i >= limit {
			return
		}
		if ci := s.chunkAt[i]; ci >= 0 {
			if s.chunks[ci].prep != prep || s.chunks[ci].weak || r.own(ci) {
				return
			}
			if k := (objectReader{s}).appositiveName(s.chunks[ci].last); k >= 0 && s.chunks[k].prep == "" {
				ci = k // "with the UN coordinator Yacoub El Hillo": the person named
			}
			for _, k := range (scanReader{s}).group(ci) {
				if k >= ci {
					r.obj = append(r.obj, s.chunks[k].actors...)
					i = s.chunks[k].last
				}
			}
		}
	}
}

// joinLength returns the number of words of the coordinating join
// ("and", "as well as") that starts at token i, 0 when none does.
func joinLength(s *sentence, i int) int {
	n := 0
	for _, j := range s.wd.list[english.CoordinatingJoins] {
		ws := strings.Fields(j)
		if len(ws) <= n || i+len(ws) > s.n() {
			continue
		}
		ok := true
		for k, w := range ws {
			if s.words[i+k] != w {
				ok = false
				break
			}
		}
		if ok {
			n = len(ws)
		}
	}
	return n
}

func (r *rightScan) takeRight(ci int) {
	r.chunk = ci
	g := scanReader{r.s}.group(ci)
	for _, k := range g {
		if k < ci {
			continue
		}
		r.obj = append(r.obj, r.s.chunks[k].actors...)
	}
}

// objectRoles are the frames file's roles of the objects that come from
// around the trigger's own phrase (issue #9). cause: a verbal trigger
// whose code has one of causeRoots and that has no object takes as its
// object the actors of a dependent along cause with one of causeMarkers
// ("severed ties over Qatar's support for militants"). author: one whose
// code has one of authorRoots and whose direct object names no actor
// takes the author of that object: the dependents along authorAgent with
// one of authorMarkers of the object itself or of a participle hanging
// from it along author ("rejected the plan proposed by the United
// States").
type objectRoles struct {
	cause                    []syntax.Rel
	causeMarkers, causeRoots []string
	author, authorAgent      []syntax.Rel
	authorMarkers            []string
	authorRoots              []string
	// request: the dependents of an appeal's or a demand's words that
	// name the thing asked for (with one of requestMarkers, or along
	// object); requestSource: the dependents, with one of sourceMarkers,
	// of that thing that name whom it is asked from; requestOwner: the dependents of the thing that name
	// that party when no source is named ("EU support"); requestRoots:
	// the roots that ask.
	request, requestSource, requestOwner []syntax.Rel
	requestMarkers, requestRoots         []string
	sourceMarkers                        []string
	// contactRoots: the roots of the meeting whose party a request
	// participle after it addresses ("met X, demanding ...").
	contactRoots []string
}

// register adds the keys of the roles to the frames file's role and word
// keys.
func (or *objectRoles) register(roles map[string]*[]syntax.Rel, words map[string]*[]string) {
	roles["cause"] = &or.cause
	words["cause_markers"] = &or.causeMarkers
	words["cause_roots"] = &or.causeRoots
	roles["author"] = &or.author
	roles["author_agent"] = &or.authorAgent
	words["author_markers"] = &or.authorMarkers
	words["author_roots"] = &or.authorRoots
	roles["request"] = &or.request
	roles["request_source"] = &or.requestSource
	roles["request_owner"] = &or.requestOwner
	words["request_markers"] = &or.requestMarkers
	words["request_roots"] = &or.requestRoots
	words["source_markers"] = &or.sourceMarkers
	words["contact_roots"] = &or.contactRoots
}

// requestSource returns whom an appeal or a demand with no object asks,
// subj left out: the party a "from" phrase of the thing asked for names
// ("called for a vigorous reaction from Brussels"),
// else the party that thing is held by or named with ("appealed for EU
// support", "called for more German support"), unless it is what is
// done to that party ("called for Navalny's release"); nil when t's
// code has none of the request roots.
func (s graphReader) requestSource(t *trig, subj []actor) []actor {
	if s.pv == nil || t.nominal || len(t.e.code) < 2 {
		return nil
	}
	fr := s.pv.frames
	if !slices.Contains(fr.requestRoots, t.e.code[:2]) || !s.worthParsing(fr.request, subj) {
		return nil
	}
	g := s.syntaxGraph()
	if g == nil {
		return nil
	}
	var things, sources []int
	for k := t.start; k < t.end; k++ {
		if k >= len(s.pv.tokWord) || s.pv.tokWord[k] < 0 || t.inGap(k) {
			continue
		}
		for _, d := range s.dependents(g, s.pv.tokWord[k], fr.request) {
			// A "from" phrase of the verb itself may say where the
			// appeal is made ("called for calm from Geneva"): only the
			// thing's own counts.
			if dk := s.pv.wordTok[d]; (dk < t.start || dk >= t.end) && (hasRel(g.Words[d].Rel, fr.object) || s.hasMarkerIn(g, d, fr.requestMarkers)) {
				things = append(things, d)
			}
		}
	}
	for _, n := range things {
		for _, d := range s.dependents(g, n, fr.requestSource) {
			if s.hasMarkerIn(g, d, fr.sourceMarkers) {
				sources = append(sources, d)
			}
		}
	}
	for _, d := range sources {
		var as []actor
		for _, e := range g.Conjuncts(d) {
			as = append(as, s.actorsAtWord(g, e)...)
		}
		if as = withoutActors(uniqueActors(as), subj); len(as) > 0 {
			return as
		}
	}
	for _, n := range things {
		k := s.pv.wordTok[n]
		if (eventArgReader{s.sentence}).patientNounAt(k) != nil {
			continue
		}
		for _, d := range s.dependents(g, n, fr.requestOwner) {
			if as := withoutActors(s.mentionAt(s.pv.wordTok[d]), subj); len(as) > 0 {
				return as
			}
		}
	}
	return nil
}

// authorObject returns the author of the direct object of verbal trigger
// t when that object names no actor, subj left out: the agent of a
// participle modifying it ("supports the sanctions imposed on Mali by
// ECOWAS", "defied the deadline set by the Security Council") or its own
// agent ("condemned widespread violations by the Syrian authorities",
// where the phrase is too long for the scanner); nil when t's code has
// none of the author roots.
func (s graphReader) authorObject(t *trig, subj []actor) []actor {
	if s.pv == nil || t.nominal || len(t.e.code) < 2 || !t.e.hasFrame("direct") {
		return nil
	}
	fr := s.pv.frames
	if !slices.Contains(fr.authorRoots, t.e.code[:2]) {
		return nil
	}
	g, h, ok := s.parsedHead(t, fr.authorAgent, subj)
	if !ok {
		return nil
	}
	for _, o := range s.dependents(g, h, fr.object) {
		if len(s.actorsAtWord(g, o)) > 0 {
			continue // an actor object: the scanner's or the parse's to read
		}
		// The agent may hang from the object, from a participle that
		// modifies it, or, where the parser misplaces it, from the
		// active verb itself, which has no agent of its own.
		heads := append([]int{o}, s.dependents(g, o, fr.author)...)
		heads = append(heads, h)
		for _, p := range heads {
			for _, m := range fr.authorMarkers {
				if as := withoutActors(s.argsOf(g, t, p, fr.authorAgent, m), subj); len(as) > 0 {
					return as
				}
			}
		}
	}
	return nil
}

// causeObject returns the object that the cause phrase of verbal trigger
// t (a dependent of one of its words) gives, subj left out: the actor the phrase names ("cut ties over
// Qatar"), else the one its noun holds ("over Qatar's support for
// militants", "over the seizure of its boats by China"), else the
// nationality modifying it ("protested over Chinese incursions"); nil
// when t has no cause phrase or its code none of the cause roots.
func (s graphReader) causeObject(t *trig, subj []actor) []actor {
	if s.pv == nil || t.nominal || len(t.e.code) < 2 {
		return nil
	}
	cr := s.pv.frames.objectRoles
	if !slices.Contains(cr.causeRoots, t.e.code[:2]) || !s.worthParsing(cr.cause, subj) {
		return nil
	}
	g := s.syntaxGraph()
	if g == nil {
		return nil
	}
	var deps []int
	for k := t.start; k < t.end; k++ {
		// The phrase may hang from any word of the trigger: "severing
		// ties over X's support" from "ties".
		if k < len(s.pv.tokWord) && s.pv.tokWord[k] >= 0 && !t.inGap(k) {
			deps = append(deps, s.dependents(g, s.pv.tokWord[k], cr.cause)...)
		}
	}
	for _, c := range deps {
		if !s.hasMarkerIn(g, c, cr.causeMarkers) {
			continue
		}
		as := withoutActors(s.actorsAtWord(g, c), subj)
		if len(as) == 0 {
			as = withoutActors(frameReader{s.sentence}.heldActors(g, t, c), subj)
		}
		if len(as) == 0 {
			as = withoutActors((participantReader{s.sentence}).nounAgent(s.pv.wordTok[c]+1), subj)
		}
		if len(as) == 0 {
			if ci := s.chunkOf(s.pv.wordTok[c]); ci >= 0 {
				as = withoutActors(s.chunks[ci].actors, subj)
			}
		}
		if len(as) > 0 {
			return as
		}
	}
	return nil
}
