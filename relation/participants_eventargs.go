package relation

import (
	"slices"

	"github.com/geoextract/geoextract/internal/english"
	"github.com/geoextract/geoextract/internal/syntax"
	"github.com/geoextract/geoextract/internal/text"
)

// eventArgReader finds the arguments of a trigger that its own phrase and
// the scanners' subject and object miss (issue #9): the possessor of a
// patient noun ("ordered their release"), the subject of a copular clause
// of place ("is in India for talks"), the appealer who joins the act
// asked for ("urged more pressure on North Korea"), the members of the
// group a participle modifies ("a delegation traveling to Vietnam,
// including X and Y"). The roles and words are in data/frames/frames.yaml.
// It is a view of the sentence with no state of its own.
type eventArgReader struct{ *sentence }

// maxParticiplePhrase is how far after a participle the members of the
// group it modifies are looked for.
const maxParticiplePhrase = 10

// patientPossessor returns the possessor of nominal trigger t when t is
// one of the patient_possessor nouns, which name in the possessive what
// the act is done to: "Musharraf ordered Idema's release" (Idema is
// released), "Israel called for Iran's expulsion"; and the first token of
// the possessor, where the noun's phrase starts. The caller asks only
// when t has no object of its own ("Iran's release of the sailors" keeps
// Iran as the agent). The possessor is a phrase before "'s", or a
// possessive pronoun with a referent; nil when there is none.
func (s eventArgReader) patientPossessor(t *trig) ([]actor, int) {
	if s.pv == nil || !slices.Contains(s.pv.frames.patientPossessor, t.e.lemma) || t.e.hasFrame(s.word(t.end)) {
		// "Iran's release of the sailors": an object phrase, named or
		// not, leaves the possessor the agent.
		return nil, -1
	}
	if as := (participantReader{s.sentence}).possessorOf(t.start); len(as) > 0 {
		if ci := s.chunkOf(as[0].tok); ci >= 0 {
			return as, s.chunks[ci].first
		}
		return as, as[0].tok
	}
	j := t.start - 1
	for j >= 0 && t.start-j <= 3 && s.chunkAt[j] < 0 && s.isModifier(j) && !s.wd.has(english.PossessivePronouns, s.words[j]) && !s.wd.has(english.Determiners, s.words[j]) {
		j--
	}
	if j < 0 || s.chunkAt[j] >= 0 || !s.wd.has(english.PossessivePronouns, s.words[j]) {
		return nil, -1
	}
	if m, ok := s.referent(j); ok {
		return []actor{s.pronounActor(j, j+1, m)}, j
	}
	return nil, -1
}

// copulaArgs returns the subject of nominal trigger t in a purpose phrase
// of a copular clause of place: "Iran's top negotiator is in India for
// talks with officials" (the negotiator's talks; not "Iran is ready for
// talks", an attitude), and, for a noun whose root is one of
// copula_place_roots, the place when it is of one of copula_place_kinds
// ("in India": the host of the talks); nil, nil when t is no such noun.
func (s eventArgReader) copulaArgs(t *trig) (subj, place []actor) {
	if s.pv == nil || len(s.pv.frames.copula) == 0 || len(s.pv.frames.copulaPurpose) == 0 {
		return nil, nil
	}
	fr := s.pv.frames
	gr := graphReader{s.sentence}
	g, h, ok := gr.nounGraph(t, fr.lightSubj, nil)
	if !ok || !hasRel(g.Words[h].Rel, fr.copulaPurpose) || g.Words[h].Head < 0 {
		return nil, nil
	}
	v := g.Words[h].Head
	if len(gr.dependents(g, v, fr.copula)) == 0 || !gr.hasMarkerIn(g, v, fr.copulaPlaceMarkers) {
		return nil, nil
	}
	subj = gr.argsOf(g, t, v, fr.lightSubj, "")
	if len(subj) == 0 {
		return nil, nil
	}
	if len(t.e.code) >= 2 && slices.Contains(fr.copulaPlaceRoots, t.e.code[:2]) {
		for _, a := range withoutActors(gr.actorsAtWord(g, v), subj) {
			if slices.Contains(fr.copulaPlaceKinds, string(a.kind)) {
				place = append(place, a)
			}
		}
	}
	return subj, place
}

// joiningAppeal returns the appeal whose direct object (along object)
// nominal trigger t is when t's root is one of appeal_joined_roots: the
// appealer joins the act ("Japan urged more pressure on North Korea" is
// Japan's pressure, a demand on North Korea), unlike the acts an appeal
// asks of others ("called for dialogue between X and Y"); else nil. An
// addressee makes the noun the object of another verb ("urged China to
// increase pressure").
func (s eventArgReader) joiningAppeal(t *trig) *trig {
	if s.pv == nil || len(t.e.code) < 2 || !slices.Contains(s.pv.frames.appealJoinedRoots, t.e.code[:2]) {
		return nil
	}
	gr := graphReader{s.sentence}
	fr := s.pv.frames
	g, h, ok := gr.nounGovernor(t, append(fr.object[:len(fr.object):len(fr.object)], fr.oblique...), nil)
	if !ok {
		return nil
	}
	for m := range s.matches {
		A := &s.matches[m]
		if A.nominal || !s.roots.has(A.root(), joinableAppeal) {
			continue
		}
		if w, ok := gr.headWord(A); !ok || w != g.Words[h].Head {
			continue
		}
		if hasRel(g.Words[h].Rel, fr.object) || s.markedInside(g, h, A) {
			return A
		}
	}
	return nil
}

// markedInside reports whether graph word h has a marker (along marker)
// inside the span of trigger A: the preposition of a phrasal verb ("called
// for more pressure"), with which its oblique is its object.
func (s eventArgReader) markedInside(g *syntax.Graph, h int, A *trig) bool {
	for _, c := range g.Children(h) {
		if k := s.pv.wordTok[c]; hasRel(g.Words[c].Rel, s.pv.frames.marker) && k >= A.start && k < A.end {
			return true
		}
	}
	return false
}

// namedMembers returns the actors of the list that starts at chunk ci,
// read over the "of" phrase of origin after a person between its items:
// "Tom Harkin of Iowa and independent Bernie Sanders of Vermont".
func (s eventArgReader) namedMembers(ci int) []actor {
	var out []actor
	sc := scanReader{s.sentence}
	for {
		g := sc.group(ci)
		for _, k := range g {
			if k >= ci {
				out = append(out, s.chunks[k].actors...)
			}
		}
		last := g[len(g)-1]
		o := last + 1
		if o+1 >= len(s.chunks) || !personChunk(s.chunks[last]) || !s.wd.has(english.GenitiveMarker, s.chunks[o].prep) || sc.join(o) != joinAnd && sc.join(o) != joinComma {
			return out
		}
		ci = o + 1
	}
}

// participleMembers returns, for a participle trigger t that modifies a
// noun before it naming no actor, the members of that group named after
// an inclusion marker that ends the participle's phrase: "a delegation
// traveling to Vietnam this week, including Tom Harkin and Bernie
// Sanders" (they travel); else nil. The phrase ends at a verb, another
// trigger or a clause boundary.
func (s eventArgReader) participleMembers(t *trig) []actor {
	h := t.start - 1
	if h < 0 || t.head >= s.n() || !s.hasPOS || s.pos[t.head] != text.VBG && s.pos[t.head] != text.VBN || s.chunkAt[h] >= 0 || !(participantReader{s.sentence}).nounLike(h) {
		return nil
	}
	for k := t.end; k < s.n() && k < t.end+maxParticiplePhrase; k++ {
		if s.words[k] == "," && s.at(k+1, english.InclusionMarkers) {
			return nounReader{s.sentence}.membersAfter(k + 1)
		}
		if s.trigTok[k] || s.verbLike(k) || s.at(k, english.ClauseJoiners) || s.at(k, english.ClauseStops) {
			return nil
		}
	}
	return nil
}

// participleOfPhrase returns the agent of a participle trigger that
// modifies the actor phrase right before it and is followed by "by X"
// ("an Italian reporter held hostage by the Taleban", "Israeli soldiers
// captured by Hamas"), and the actors of that phrase, which the agent
// acts on; nil, nil when t is no such participle. The phrase set off by
// a comma is appositiveParticiple's ("Syrian troops, backed by Russia,").
func (s eventArgReader) participleOfPhrase(t *trig) (agent, patient []actor) {
	part := t.form&formPart != 0 || s.hasPOS && s.pos[t.head] == text.VBN // "freed" is a word trigger
	if t.nominal || t.passive || !part || t.start == 0 || !s.at(t.end, english.AgentMarker) {
		return nil, nil
	}
	ci := s.chunkOf(t.start - 1)
	if ci < 0 || s.chunks[ci].last != t.start || s.chunks[ci].prep != "" {
		return nil, nil
	}
	if agent = (participantReader{s.sentence}).byAgent(t.end); len(agent) == 0 {
		return nil, nil
	}
	return agent, withoutActors(s.chunks[ci].actors, agent)
}

// describedPatient returns, for a participle trigger t that modifies the
// person noun right before it ("an Italian reporter held hostage by the
// Taleban"), the actors of the phrase that ends at that noun, its
// nationality or affiliation, other than agent; else nil. A noun that
// names no person stays out ("Chinese textiles seized by Kenya").
func (s eventArgReader) describedPatient(t *trig, agent []actor) []actor {
	p := t.start - 1
	if p < 1 || s.chunkAt[p] >= 0 || !s.at(p, english.PersonRoleNouns) && !s.at(p, english.PersonNouns) && !s.at(p, english.ActorNouns) {
		return nil
	}
	ci := s.chunkOf(p - 1)
	if ci < 0 || s.chunks[ci].last != p || s.chunks[ci].prep != "" {
		return nil
	}
	return withoutActors(s.chunks[ci].actors, agent)
}

// copulaSubjectWord returns the subject (along subject) of predicate
// noun n of a copular clause (a dependent along copula) when it names an
// actor: "The National Democratic Institute is a non-profit organization
// that is providing training" describes the institute; else -1.
func (s eventArgReader) copulaSubjectWord(g *syntax.Graph, n int) int {
	fr := s.pv.frames
	gr := graphReader{s.sentence}
	if len(fr.copula) == 0 || len(gr.dependents(g, n, fr.copula)) == 0 {
		return -1
	}
	for _, d := range gr.dependents(g, n, fr.subject) {
		if len(gr.actorsAtWord(g, d)) > 0 {
			return d
		}
	}
	return -1
}

// gapPossessor returns the referent of a possessive pronoun in the gap of
// phrase trigger t, the owner of the noun the phrase acts on: "Laotian
// officials restricted his access" (his → Al Franken), "reduced his
// sentence"; nil when there is none (a name there is a chunk of the gap,
// which the object scanner reads: "restricted Al Franken's access").
func (s eventArgReader) gapPossessor(t *trig) []actor {
	for i := t.start; i < t.end; i++ {
		if !t.inGap(i) || s.chunkAt[i] >= 0 || !s.wd.has(english.PossessivePronouns, s.words[i]) {
			continue
		}
		if m, ok := s.referent(i); ok {
			return []actor{s.pronounActor(i, i+1, m)}
		}
	}
	return nil
}

// patientNounAt returns the nominal trigger at token k that is one of
// patient_possessor nouns with no object phrase of its own, whose
// possessor is what the act is done to; nil else.
func (s eventArgReader) patientNounAt(k int) *trig {
	if s.pv == nil || len(s.pv.frames.patientPossessor) == 0 {
		return nil
	}
	for m := range s.matches {
		t := &s.matches[m]
		if t.nominal && k >= t.start && k < t.end && slices.Contains(s.pv.frames.patientPossessor, t.e.lemma) && !t.e.hasFrame(s.word(t.end)) {
			return t
		}
	}
	return nil
}

// possessesPatient reports whether chunk ci is the possessor of a
// patient noun ("condemned Navalny's arrest", "demanded Navalny's
// release"): what the act is done to, not the target of the verb before
// it, which is the act's agent or its holder.
func (s eventArgReader) possessesPatient(ci int) bool {
	k := s.chunks[ci].last
	if !possessiveAt(s.sentence, k) {
		return false
	}
	for k++; k < s.n() && k-s.chunks[ci].last <= 3; k++ {
		if s.patientNounAt(k) != nil {
			return true
		}
		if s.chunkAt[k] >= 0 || !s.isModifier(k) {
			return false
		}
	}
	return false
}

// complementObject returns, for verbal trigger t whose root is one of
// complement_verb_roots, the object of the event noun that is its direct
// object when that noun's root is one of complement_noun_roots: its
// dependents along complement_object with one of its prepositions, or
// the actors they hold ("Egypt demanded a formal inquiry into Israel's
// conduct": the demand is on Israel), also where the parser hangs that
// phrase from the verb, whose frames do not have its preposition; subj is
// left out. nil when there is
// none.
func (s eventArgReader) complementObject(t *trig, subj []actor) []actor {
	if s.pv == nil || len(s.pv.frames.complementObject) == 0 || len(t.e.code) < 2 || !slices.Contains(s.pv.frames.complementVerbRoots, t.e.code[:2]) {
		return nil
	}
	fr := s.pv.frames
	gr := graphReader{s.sentence}
	g, h, ok := gr.nounGraph(t, fr.complementObject, subj)
	if !ok {
		return nil
	}
	var out []actor
	for _, c := range gr.dependents(g, h, fr.object) {
		N := nominalHeadedAt(s.matches, s.pv.wordTok[c])
		if N == nil || len(N.e.code) < 2 || !slices.Contains(fr.complementNounRoots, N.e.code[:2]) {
			continue
		}
		for _, f := range N.e.frames {
			if !prepositionFrame(f) {
				continue
			}
			out = append(out, gr.argsOf(g, N, c, fr.complementObject, f)...)
			if !t.e.hasFrame(f) {
				// The parser hangs the noun's phrase from the verb.
				out = append(out, gr.argsOf(g, N, h, fr.oblique, f)...)
			}
		}
	}
	return withoutActors(uniqueActors(out), subj)
}

// nominalHeadedAt returns the nominal trigger of matches whose head is
// token k, or nil.
func nominalHeadedAt(matches []trig, k int) *trig {
	for m := range matches {
		if t := &matches[m]; t.nominal && t.head == k {
			return t
		}
	}
	return nil
}
