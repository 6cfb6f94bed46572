package relation

import (
	"slices"
	"strings"

	"github.com/geoextract/geoextract/internal/english"
	"github.com/geoextract/geoextract/internal/syntax"
)

// nounReader finds the participants of the event nouns of one sentence
// ("U.S. sanctions", "talks with X", "the visit by Y") and the clause
// subjects they fall back on, and the arguments of noun triggers that
// only the parse gives (nominal.go). It is a view of the sentence with no
// state of its own.
type nounReader struct{ *sentence }

// nominalParticipants finds the participants of an event noun: actors
// inside the phrase ("joint US-South Korea exercises"), a modifier or
// possessive before it ("U.S. sanctions", "Japan's occupation"), "by X"
// after it, "between X and Y", or else the clause's subject.
func (x *Extractor) nominalParticipants(s nounReader, t *trig, ev *event) {
	// Actors inside the matched phrase.
	var inside []actor
	for i := t.start; i < t.end; i++ {
		if ci := s.chunkAt[i]; ci >= 0 && t.inGap(i) {
			inside = append(inside, s.chunks[ci].actors...)
			i = s.chunks[ci].last - 1
		}
	}
	obj, recip, _ := objectReader{s.sentence}.object(t, t.end, nil)
	ev.obj, ev.recip = obj, recip
	if len(obj) == 0 && !recip {
		// "a U.S. missile strike in Somalia targeted al-Qaida members".
		ev.obj = participantReader{s.sentence}.targetVerbObject(t.end)
	}
	if len(ev.obj) == 0 && !recip {
		// "a visit last week to Y": the parse's framed dependent.
		ev.obj = graphReader{s.sentence}.nounObject(t, inside)
	}
	if len(ev.obj) == 0 && !recip {
		// "the detention of activists, including Aung San Suu Kyi".
		ev.obj = s.includedObject(t)
	}
	// "ordered their release", "called for Iran's expulsion": the
	// possessor of a patient noun with no object of its own is its object.
	// The subject is then looked for before the possessor, as before
	// "the release of X": start is where the noun's phrase begins.
	possObj, start := false, t.start
	if len(ev.obj) == 0 && !recip && len(inside) == 0 {
		if p, ps := (eventArgReader{s.sentence}).patientPossessor(t); len(p) > 0 {
			ev.obj, possObj, start = p, true, ps
		}
	}
	// "the attack carried out by X on Y", "X's bombing campaign against Y".
	pSubj := s.parsedNounArgs(t, inside, ev)
	if len(inside) > 0 {
		ev.subj = inside
		return
	}
	if len(pSubj) > 0 {
		ev.subj, ev.obj = pSubj, withoutActors(ev.obj, pSubj)
		return
	}
	if g := (eventArgReader{s.sentence}).joiningAppeal(t); g != nil && len(ev.obj) > 0 {
		// "encourage continued pressure on North Korea": the
		// appealer's own pressure.
		ev.subj, _, _, _ = scanReader{s.sentence}.subject(g, g.start)
		ev.obj = withoutActors(ev.obj, ev.subj)
		return
	}
	if g := s.verbBeforeNoun(start); g != nil && s.roots.has(g.root(), unrealizesNoun) && !s.executiveBefore(start) {
		// "called for dialogue between Israel and Hamas": the act
		// asked for or refused is not realized.
		return
	}
	// "between X and Y".
	if parties := (participantReader{s.sentence}).betweenParties(t.end); parties != nil {
		ev.subj, ev.obj = parties, nil
		return
	}
	// A modifier or possessive right before the noun.
	j := t.start - 1
	for j >= 0 && j >= t.start-4 && s.chunkAt[j] < 0 && (s.isModifier(j) && !isPunct(s.words[j]) || s.words[j] == "-" || s.at(j, english.ProspectiveModifiers)) && !s.wd.has(english.Determiners, s.words[j]) {
		j--
	}
	if j >= 0 && s.chunkAt[j] < 0 && s.wd.has(english.PossessivePronouns, s.words[j]) && !possObj {
		// "its blockade of Qatar"; in an appeal or accusation, the
		// addressee's: "called on Israel to end its blockade".
		if t.gov != nil && s.at(j, english.CollectivePossessives) {
			if obj, _, _ := (objectReader{s.sentence}).object(t.gov, t.gov.head+1, nil); len(obj) > 0 {
				sp := s.tokSpan(j, j+1)
				ev.subj = nil
				for _, a := range obj {
					a.arg.Start, a.arg.End, a.arg.Text = sp.Start, sp.End, sp.Text
					ev.subj = append(ev.subj, a)
				}
				ev.subjEnd = j + 1
				return
			}
		}
		if m, ok := s.referent(j); ok {
			ev.subj = []actor{s.pronounActor(j, j+1, m)}
			ev.subjEnd = j + 1
			return
		}
	}
	if j >= 0 && s.chunkAt[j] >= 0 && s.roots.has(t.root(), nationalityVictims) && (participantReader{s.sentence}).nationalityBefore(j) {
		// "the Armenian genocide": a nationality names the victims of
		// mass violence, not its agent.
		ev.subj = participantReader{s.sentence}.nounAgent(t.end)
		return
	}
	if j >= 0 && s.chunkAt[j] >= 0 && !possObj {
		ci := s.chunkAt[j]
		c := s.chunks[ci]
		if c.last == j+1 {
			var g []actor
			for _, k := range (scanReader{s.sentence}).group(ci) {
				if k <= ci {
					g = append(g, s.chunks[k].actors...)
				}
			}
			for i := range g {
				g[i].weak = false
			}
			ev.subj = g
			ev.subjEnd = c.last
			return
		}
	}
	// "the official trip by Chile's foreign minister", "the occupation of
	// Kuwait by Iraq".
	if agent := (participantReader{s.sentence}).nounAgent(t.end); agent != nil {
		ev.subj = agent
		return
	}
	// "the visit of the Chinese president to Kenya": a genitive after a
	// noun that takes no object with it names the agent.
	if agent := s.genitiveAgent(t); len(withoutActors(agent, ev.obj)) > 0 {
		ev.subj = withoutActors(agent, ev.obj)
		return
	}
	// "criticism from France", unless "from" frames the object ("imports
	// from China").
	if !t.e.hasFrame(s.word(t.end)) && !possObj {
		if agent := (participantReader{s.sentence}).fromAgent(t.end); agent != nil {
			ev.subj = agent
			if len(ev.obj) == 0 && s.wd.has(english.ReactionVerbs, s.word(participantReader{s.sentence}.phraseStart(t.start)-1)) {
				// "began exercises, drawing criticism from North Korea":
				// the reaction is to the clause's subject.
				ev.obj, _ = s.clauseSubjectBefore(t.start)
			}
			return
		}
	}
	if agent := s.sourceAfterObject(t); len(withoutActors(agent, ev.obj)) > 0 {
		// "pressure on Iran from the United States": the author after
		// the noun's own phrases.
		ev.subj = withoutActors(agent, ev.obj)
		return
	}
	if subj := s.relatedNounSubject(t); len(subj) > 0 {
		// "X's three-month bombing campaign", "X's condemnation and boycott of Y".
		ev.subj, ev.obj = subj, withoutActors(ev.obj, subj)
		return
	}
	// "Mr. Modi's two-day state tour", "a visit by X": the parse's
	// possessor or agent.
	if subj := (graphReader{s.sentence}).nounSubject(t); len(subj) > 0 && !possObj {
		ev.subj = subj
		ev.obj = withoutActors(ev.obj, subj)
		return
	}
	if !x.opts.nominal {
		return
	}
	// "During talks with X, Y said": a nominal in a fronted phrase takes
	// the main clause's subject.
	if subj, ci := s.frontedSubject(start); ci >= 0 {
		ev.subj = subj
		ev.subjEnd = s.chunks[ci].last
		if len(ev.obj) == 0 && !ev.recip && s.roots.has(t.root(), counterpartFromClause) {
			// "In a telephone call, Putin congratulated Tokayev": the
			// call was with the main verb's object.
			ev.obj = s.mainObject(ci)
		}
		return
	}
	// An event named in the complement of an accusation is done by its
	// target: "accused Moscow of air raids on Kharkiv". In that of an
	// appeal, demand, refusal or threat it is the act asked for, not
	// realized: "urged Russia and Ukraine to resume peace talks".
	if t.gov != nil {
		if !s.roots.has(t.gov.root(), blamesComplement) {
			return
		}
		if (nounScope{s.sentence}).infinitiveBetween(t.gov.end, start) {
			// "summoned the British ambassador to protest the attack
			// on its embassy": the object of the infinitive, no
			// content of the summons; its agent is not the ambassador.
			return
		}
		if obj, _, _ := (objectReader{s.sentence}).object(t.gov, t.gov.head+1, nil); len(obj) > 0 {
			ev.subj = obj
			return
		}
	}
	// The clause's subject, when the noun is an object or in a temporal
	// phrase of its clause ("held talks with", "during talks with"), not
	// when it complements another noun ("a protest against the arrest
	// of").
	if subj := s.governingSubject(t); len(subj) > 0 {
		// "Chavez plans to make a trip to Moscow": the light verb's
		// subject on the parse, through the verbs it complements;
		// "Speaking on a trip to London, Chavez said": the main clause's.
		ev.subj, ev.obj = subj, withoutActors(ev.obj, subj)
		return
	}
	if p := s.prepBefore(start); s.wd.has(english.PurposePreposition, p) {
		if m := s.consultBefore(start); m != nil {
			// "arrived in Lima for talks with X": the traveller's talks.
			ev.subj, _, _, _ = scanReader{s.sentence}.subject(m, m.start)
			return
		}
		if subj, place := (eventArgReader{s.sentence}).copulaArgs(t); len(subj) > 0 {
			// "Iran's top negotiator is in India for talks": the
			// subject of the copular clause, hosted by its place.
			ev.subj = subj
			if len(ev.obj) == 0 && !ev.recip {
				ev.obj = place
			}
			ev.obj = withoutActors(ev.obj, subj)
		}
		return
	} else if p != noPrep && !s.wd.has(english.ClauseNominalPreps, p) {
		return
	}
	if s.topicOfTalk(start) {
		// "Blinken and Lavrov discussed the war in Ukraine": a topic of
		// the talks, not the speakers' act.
		return
	}
	subj, ci := s.clauseSubjectBefore(start)
	if ci >= 0 && (nounScope{s.sentence}).undergone(t) {
		// "Ten Kenyan soldiers died in an air strike": the subject of a
		// verb of undergoing is the victim, not the striker.
		return
	}
	if sc := (nounScope{s.sentence}); ci >= 0 && !sc.companion(t) && (sc.ownClause(t, ci) || sc.complementSubject(t, ci)) {
		// "The EU says imports of Chinese textile have risen": the noun
		// is in a clause of its own, not the reporting subject's act.
		return
	}
	if ci >= 0 && s.governorBetween(s.chunks[ci].last, start) && !s.executiveBefore(start) {
		// "Moscow opposed new sanctions against Tehran": the sanctions
		// are not Moscow's.
		return
	}
	if ci >= 0 {
		ev.subj = subj
		ev.subjEnd = s.chunks[ci].last
		return
	}
	// "X, who paid a visit to Y": the light verb's subject on the parse.
	ev.subj = graphReader{s.sentence}.lightSubject(t)
	ev.obj = withoutActors(ev.obj, ev.subj)
}

// genitiveAgent returns the actors of a genitive phrase right after
// nominal trigger t ("the visit of Hu Jintao to Kenya", "a demand of
// Russia") when t takes no object with the genitive marker (nor a direct
// one) and the phrase is no bare nationality ("an offer of Chinese aid");
// else nil.
func (s nounReader) genitiveAgent(t *trig) []actor {
	if !s.at(t.end, english.GenitiveMarker) || t.e.hasFrame(s.words[t.end]) || t.e.hasFrame("direct") {
		return nil
	}
	ci := s.chunkOf(t.end + 1)
	if ci < 0 || s.chunks[ci].weak || !s.wd.has(english.GenitiveMarker, s.chunks[ci].prep) {
		return nil
	}
	return participantReader{s.sentence}.actorsFrom(ci)
}

// maxGroupWords bounds the words of a group noun phrase before its
// members ("nearly 150 civilians, including").
const maxGroupWords = 6

// includedObject returns the members named after a group that is the
// framed object of nominal trigger t and names no actor itself: "the
// detention of activists, including Aung San Suu Kyi" (one of
// InclusionMarkers after the group, with or without a comma); else nil.
func (s nounReader) includedObject(t *trig) []actor {
	if t.end >= s.n() || s.chunkAt[t.end] >= 0 || !t.e.hasFrame(s.words[t.end]) || !prepositionFrame(s.words[t.end]) {
		return nil
	}
	return s.includedMembers(t.end + 1)
}

// includedMembers returns the actors of the phrase after one of
// InclusionMarkers that follows the group noun phrase starting at token
// from, itself no actor: "activists, including Aung San Suu Kyi"; else
// nil.
func (s nounReader) includedMembers(from int) []actor {
	for k := from; k < s.n() && k < from+maxGroupWords; k++ {
		if s.chunkAt[k] >= 0 || s.trigTok[k] || !s.at(k, english.InclusionMarkers) && (s.verbLike(k) || s.wd.has(english.Prepositions, s.words[k])) {
			return nil
		}
		m := k
		if s.words[k] == "," {
			m = k + 1
		} else if isPunct(s.words[k]) {
			return nil
		}
		if !s.at(m, english.InclusionMarkers) {
			continue
		}
		if m == from {
			return nil // no group before the marker
		}
		return s.membersAfter(m)
	}
	return nil
}

// membersAfter returns the actors of the phrase after the inclusion
// marker at token m ("including 31 Indian fishermen", "including Nobel
// Peace Prize laureate Aung San Suu Kyi"), or nil.
func (s nounReader) membersAfter(m int) []actor {
	for j, n := m+1, 0; n < 2; n++ {
		start := j
		for j < s.n() && j < start+3 && s.chunkAt[j] < 0 && s.isModifier(j) && !isPunct(s.words[j]) && !s.verbLike(j) {
			j++ // "including 31 Indian fishermen"
		}
		ci := s.chunkOf(j)
		if ci < 0 || s.chunks[ci].first != j {
			return nil
		}
		if !thingName(s.chunks[ci]) {
			return eventArgReader{s.sentence}.namedMembers(ci)
		}
		j = s.chunks[ci].last // "Nobel Peace Prize laureate Aung San Suu Kyi"
	}
	return nil
}

// sourceAfterObject returns the actors of a "from" phrase (one of
// SourcePreposition) after the own phrases of nominal trigger t, when t
// names an act with an author (AuthoredNouns) and takes no object with
// that preposition ("pressure on Iran from the United States", not "the
// withdrawal of troops from Iraq"); else nil.
func (s nounReader) sourceAfterObject(t *trig) []actor {
	if !s.at(t.end-1, english.AuthoredNouns) {
		return nil
	}
	for _, p := range s.wd.list[english.SourcePreposition] {
		if t.e.hasFrame(p) {
			return nil
		}
	}
	i := participantReader{s.sentence}.phraseMarker(t.end, english.SourcePreposition)
	if i < 0 {
		return nil
	}
	if s.chunkAt[i] >= 0 {
		i-- // the preposition of the phrase that starts at i
	}
	return participantReader{s.sentence}.fromAgent(i)
}

// consultBefore returns the verbal consultation trigger ("arrived",
// "flew to") that precedes token i in its clause, or nil.
func (s nounReader) consultBefore(i int) *trig {
	start := scanReader{s.sentence}.clauseStart(i - 1)
	for k := range s.matches {
		if m := &s.matches[k]; !m.nominal && s.roots.has(m.root(), travelPurposeSubject) && m.start >= start && m.start < i {
			return m
		}
	}
	return nil
}

// mainObject returns the direct object of the verb that follows the
// subject chunk ci, or nil.
func (s nounReader) mainObject(ci int) []actor {
	k := s.chunks[ci].last
	verb := false
	for k < s.n() && s.chunkAt[k] < 0 && (s.verbLike(k) || s.wd.has(english.Auxiliaries, s.words[k]) || s.wd.adverb(s.words[k]) || s.wd.has(english.Negations, s.words[k])) {
		verb = verb || s.verbLike(k)
		k++
	}
	oc := s.chunkOf(k)
	if !verb || oc < 0 || s.chunks[oc].prep != "" || s.chunks[oc].weak {
		return nil
	}
	return participantReader{s.sentence}.actorsFrom(oc)
}

// executiveBefore reports whether the event noun at token i is the direct
// object of an executive verb ("ordered the closure of").
func (s nounReader) executiveBefore(i int) bool {
	k := i - 1
	for k >= 0 && s.chunkAt[k] < 0 && (s.wd.has(english.Determiners, s.words[k]) || s.isModifier(k) && !s.trigTok[k]) {
		k--
	}
	return k >= 0 && s.wd.has(english.ExecutiveVerbs, s.words[k])
}

// governorBetween reports whether a governing trigger (an appeal,
// demand, accusation, refusal, threat or intent) lies in tokens [i, j).
// topicOfTalk reports whether the noun phrase starting near token i is
// what a verb of talk or comment before it is about: "discussed the
// war", "commented on the sanctions".
func (s nounReader) topicOfTalk(i int) bool {
	k := i - 1
	for k >= 0 && i-k <= 4 && s.chunkAt[k] < 0 && !s.trigTok[k] && (s.wd.has(english.Determiners, s.words[k]) || s.wd.has(english.PossessivePronouns, s.words[k]) || s.isModifier(k) || s.wd.has(english.AboutPreps, s.words[k])) {
		k--
	}
	if k < 0 || !s.trigTok[k] {
		return false
	}
	for m := range s.matches {
		T := &s.matches[m]
		if !T.nominal && k >= T.start && k < T.end && s.roots.has(T.root(), talkTopic) {
			return true
		}
	}
	return false
}

// thatlessClause reports whether a clause without "that" starts at
// token i: a subject pronoun or an actor phrase, then a modal ("warned
// it could strike", "warned Seoul would pay").
func (s nounReader) thatlessClause(i int) bool {
	j := i
	switch {
	case s.wd.has(english.SubjectPronouns, s.word(i)):
		j = i + 1
	case s.chunkOf(i) >= 0 && s.chunks[s.chunkOf(i)].first == i && s.chunks[s.chunkOf(i)].prep == "":
		j = s.chunks[s.chunkOf(i)].last
	default:
		return false
	}
	return s.wd.has(english.ModalIntended, s.word(j)) || s.wd.has(english.ModalPossible, s.word(j))
}

// verbBeforeNoun returns the verbal trigger whose direct object is the
// noun phrase that starts near token i, or nil.
func (s nounReader) verbBeforeNoun(i int) *trig {
	k := i - 1
	for k >= 0 && i-k <= 4 && s.chunkAt[k] < 0 && !s.trigTok[k] && (s.wd.has(english.Determiners, s.words[k]) || s.wd.has(english.PossessivePronouns, s.words[k]) || s.isModifier(k)) {
		k--
	}
	if k < 0 || !s.trigTok[k] {
		return nil
	}
	for m := range s.matches {
		if T := &s.matches[m]; !T.nominal && T.end == k+1 {
			return T
		}
	}
	return nil
}

func (s nounReader) governorBetween(i, j int) bool {
	for k := range s.matches {
		m := &s.matches[k]
		if m.start >= i && m.start < j && s.roots.governs(m.e) {
			return true
		}
	}
	return false
}

// frontedSubject returns the subject of the main clause when token i
// lies in a sentence-initial prepositional phrase closed by a comma.
func (s nounReader) frontedSubject(i int) ([]actor, int) {
	if !s.wd.has(english.Prepositions, s.word(0)) {
		return nil, -1
	}
	for k := 1; k < i; k++ {
		if s.words[k] == "," || s.isVerb(k) {
			return nil, -1
		}
	}
	for k := i; k < s.n(); k++ {
		if s.words[k] == "," {
			if ci := s.chunkOf(k + 1); ci >= 0 && (scanReader{s.sentence}).subjectEligible(ci) {
				var out []actor
				out = append(out, participantReader{s.sentence}.actorsFrom(ci)...)
				return out, ci
			}
			return nil, -1
		}
		if s.isVerb(k) && !s.wd.has(english.Auxiliaries, s.words[k]) || s.wd.has(english.ClauseStops, s.words[k]) {
			return nil, -1
		}
	}
	return nil, -1
}

// clauseSubjectBefore finds the subject of the clause that contains token
// i, when that subject ends before i with a verb or preposition between.
func (s nounReader) clauseSubjectBefore(i int) ([]actor, int) {
	start := scanReader{s.sentence}.clauseStart(i - 1)
	for k := start; k < i; k++ {
		ci := s.chunkAt[k]
		if ci < 0 {
			if s.isVerb(k) && !s.wd.has(english.Auxiliaries, s.words[k]) && !(s.hasPOS && s.pos[k] == 0) {
				// A verb before any actor: the clause subject is not an actor.
				if s.hasPOS {
					return nil, -1
				}
			}
			continue
		}
		c := s.chunks[ci]
		if !(scanReader{s.sentence}).subjectEligible(ci) {
			k = c.last - 1
			continue
		}
		between := false
		for m := c.last; m < i; m++ {
			w := s.words[m]
			if s.isVerb(m) || s.wd.has(english.Prepositions, w) {
				between = true
				break
			}
		}
		if !between {
			return nil, -1
		}
		var out []actor
		for _, g := range (scanReader{s.sentence}).group(ci) {
			out = append(out, s.chunks[g].actors...)
		}
		return out, ci
	}
	return nil, -1
}

// noPrep is the empty preposition: the noun is a direct object.
const noPrep = ""

// nounScope decides whether the subject of the clause a noun trigger
// sits in is the noun's agent: not when the noun heads a clause of its
// own or a reported one, nor when the clause's verb is one of
// undergoing. It is a view of the sentence with no state of its own.
type nounScope struct{ *sentence }

// ownClause reports whether noun trigger t reaches, up the parse, the
// verb of the clause whose subject is chunk ci only across one of the
// clause_barrier relations of frames.yaml: the noun is then the subject
// of a clause of its own ("says imports of X have risen") or lies in a
// complement clause, and that subject is not its agent.
func (s nounScope) ownClause(t *trig, ci int) bool {
	if s.pv == nil || len(s.pv.frames.clauseBarrier) == 0 {
		return false
	}
	g := graphReader{s.sentence}.syntaxGraph()
	if g == nil {
		return false
	}
	h, ok := graphReader{s.sentence}.headWord(t)
	if !ok {
		return false
	}
	v := s.clauseVerb(g, s.chunks[ci].first, s.chunks[ci].last)
	if v < 0 {
		return false
	}
	for w, n := h, 0; w >= 0 && n < len(g.Words); w, n = g.Words[w].Head, n+1 {
		if w == v {
			return false
		}
		if hasRel(g.Words[w].Rel, s.pv.frames.clauseBarrier) {
			return true
		}
	}
	return false
}

// clauseVerb returns the graph word that heads the clause of the phrase
// in tokens [first, last): the nearest ancestor of the phrase's root
// tagged one of predicate_tags, or -1.
func (s nounScope) clauseVerb(g *syntax.Graph, first, last int) int {
	root := -1
	for k := first; k < last && k < len(s.pv.tokWord); k++ {
		w := s.pv.tokWord[k]
		if w < 0 {
			continue
		}
		if hd := g.Words[w].Head; hd < 0 || s.pv.wordTok[hd] < first || s.pv.wordTok[hd] >= last {
			root = w
			break
		}
	}
	if root < 0 {
		return -1
	}
	for a, n := g.Words[root].Head, 0; a >= 0 && n < len(g.Words); a, n = g.Words[a].Head, n+1 {
		if slices.Contains(s.pv.frames.predicateTags, g.Words[a].UPOS) {
			return a
		}
	}
	return -1
}

// complementSubject reports whether noun trigger t opens the subject of
// a clause that starts after the subject chunk ci, as the scanner sees
// it from the clause's first finite verb after the noun: "The EU says
// imports of Chinese textile have risen", where the reporting verb's
// clause boundary shows only once "have" is read. A comma, a
// coordinator, a complementizer or a relative word before that verb
// ends the noun's phrase first ("announced sanctions on X and said").
func (s nounScope) complementSubject(t *trig, ci int) bool {
	if !s.hasPOS {
		return false
	}
	for k := t.end; k < s.n(); k++ {
		w := s.words[k]
		if isPunct(w) || s.at(k, english.Coordinators) || s.at(k, english.Complementizer) || s.at(k, english.RelativePronouns) || s.at(k, english.ClauseStops) {
			return false
		}
		if !s.verbLike(k) {
			continue
		}
		if !finiteAt(s.sentence, k) {
			return false
		}
		start := scanReader{s.sentence}.clauseStart(k)
		return start >= s.chunks[ci].last && start <= t.start
	}
	return false
}

// companion reports whether noun trigger t has one of
// the companion_roots of frames.yaml: its clause subject is its other
// party even from a reporting clause ("Peters said the talks with Labour
// had ended").
func (s nounScope) companion(t *trig) bool {
	return s.pv != nil && len(t.e.code) >= 2 && slices.Contains(s.pv.frames.companionRoots, t.e.code[:2])
}

// undergone reports whether noun trigger t (or the noun it is a
// conjunct of, along noun_conj) hangs, along the oblique relations of
// frames.yaml, from a verb whose lemma is one of
// undergo_verbs ("died in an air strike", "were wounded in clashes"):
// the verb's subject suffered the event and did not do it.
func (s nounScope) undergone(t *trig) bool {
	if s.pv == nil || len(s.pv.frames.undergoVerbs) == 0 {
		return false
	}
	g := graphReader{s.sentence}.syntaxGraph()
	if g == nil {
		return false
	}
	h, ok := graphReader{s.sentence}.headWord(t)
	for n := 0; ok && n < len(g.Words) && hasRel(g.Words[h].Rel, s.pv.frames.nounConj) && g.Words[h].Head >= 0; n++ {
		h = g.Words[h].Head // "died in fighting and an air strike"
	}
	if !ok || !hasRel(g.Words[h].Rel, s.pv.frames.oblique) || g.Words[h].Head < 0 {
		return false
	}
	v := g.Words[g.Words[h].Head]
	return slices.Contains(s.pv.frames.undergoVerbs, strings.ToLower(v.Lemma))
}

// infinitiveBetween reports whether an infinitive ("to" and a verb)
// lies in tokens [i, j).
func (s nounScope) infinitiveBetween(i, j int) bool {
	for k := i; k+1 < j; k++ {
		if s.at(k, english.InfinitiveMarker) && s.verbLike(k+1) {
			return true
		}
	}
	return false
}
