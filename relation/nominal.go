package relation

import (
	"slices"
	"strings"

	"github.com/geoextract/geoextract/internal/syntax"
)

// Arguments of nominal triggers that only the parse gives: a participle
// of a light verb after the noun ("the attack carried out by X on Y",
// "accusations made by X against Y") and a noun coordinated with another
// that has the possessor ("Iraq's invasion and occupation of Kuwait").
// The roles are in data/frames/frames.yaml (light_participle,
// light_agent, noun_conj, noun_subject).

// nounRoles are the roles of noun triggers beyond those of parse.go, read
// from data/frames/frames.yaml with the others. They are immutable once
// loaded.
type nounRoles struct {
	// lightController: when the light verb has no subject of its own
	// and hangs from its head along one of these ("plans to pay a
	// visit"), the head's subject is taken, up the chain; lightSubj: the
	// relations of that subject ("is set to conclude a visit":
	// nsubj:pass).
	lightController, lightSubj []syntax.Rel
	// Participles of light verbs after a noun trigger and their agents;
	// coordinated noun triggers.
	lightParticiple, lightAgent, nounConj []syntax.Rel
	// lightPassive: a noun trigger that is the subject of a passive light
	// verb along these ("an air strike was carried out on Y by X") takes
	// that verb's agent and framed oblique, as with a participle.
	lightPassive []syntax.Rel
	// recipient: a noun trigger along these from one of recipientVerbs
	// has that verb's subject as its object.
	recipient      []syntax.Rel
	recipientVerbs []string
	// addressedVerbs: like recipientVerbs, but only for a noun trigger
	// with one of addressedFrames, an act addressed to someone ("Seoul
	// welcomed Tokyo's apology", not "welcomed the withdrawal by Israel").
	addressedVerbs, addressedFrames []string
	// rejectedVerbs: like addressedVerbs, but only for a noun trigger
	// whose root is one of rejectedRoots as well, an act done once
	// addressed, whatever its reception ("Seoul rejected Tokyo's
	// apology"; not "Ukraine rejected Russia's proposal", the rejection
	// alone).
	rejectedVerbs, rejectedRoots []string
	// cancel: a noun trigger along these from one of cancelVerbs is
	// reported negated.
	cancel      []syntax.Rel
	cancelVerbs []string
	// nounHead: a noun trigger modifying a noun along these ("bombing
	// campaign") reads its arguments off that noun's nounHeadObject
	// dependents and possessor.
	nounHead, nounHeadObject []syntax.Rel
	// adjunct: a noun trigger along these from a verb with no subject
	// that hangs from its head along adjunctClause takes the head's
	// subject ("Speaking on a trip to London, Chavez said").
	adjunct, adjunctClause []syntax.Rel
	// adjunctNested, adjunctObject, adjunctNestedRoots: a noun trigger
	// whose code has one of adjunctNestedRoots reaches that verb also
	// up adjunctNested through the nouns it hangs from ("Speaking at
	// the end of a visit to Egypt, X said") and along adjunctObject
	// ("Concluding a visit to Nigeria, X said").
	adjunctNested, adjunctObject []syntax.Rel
	adjunctNestedRoots           []string
	// opposedHostMarkers are host markers only for noun triggers whose
	// code's root is one of opposedHostRoots ("joined NATO over Moscow's
	// objections"), where elsewhere they name a cause ("protested over
	// the seizure").
	opposedHostMarkers, opposedHostRoots []string
	// patientPossessor: the lemmas of event nouns whose possessor, when
	// the noun has no object of its own, is what the act is done to
	// ("ordered their release", "called for Iran's expulsion"), not its
	// agent ("Iran's release of the sailors").
	patientPossessor []string
	// copula: a noun trigger in a purpose phrase ("for talks") that hangs
	// along copulaPurpose from a predicate with a copula along copula
	// ("Iran's negotiator is in India for talks") takes the predicate's
	// subject (along light_subject) when the predicate has one of
	// copulaPlaceMarkers; a noun whose code has one of copulaPlaceRoots
	// and no object takes the predicate itself when its gazetteer kind is
	// one of copulaPlaceKinds ("in India": the host of the talks).
	copula, copulaPurpose                []syntax.Rel
	copulaPlaceMarkers, copulaPlaceRoots []string
	copulaPlaceKinds                     []string
	// appealJoinedRoots: the roots of noun triggers that an appeal with
	// no addressee makes the appealer's own act ("encourage continued
	// pressure on North Korea").
	appealJoinedRoots []string
	// complementObject: when a verbal trigger whose root is one of
	// complementVerbRoots has no object and its direct object (along
	// object) is a noun trigger whose root is one of complementNounRoots,
	// that noun's dependents along these with one of its prepositions
	// are the verb's object ("demanded a formal inquiry into Israel's
	// conduct").
	complementObject                         []syntax.Rel
	complementVerbRoots, complementNounRoots []string
	// response: a noun trigger with a subject but no object that hangs,
	// up at most maxResponseSteps of these relations, from a noun of
	// english.ResponseNouns hanging from a verb along host has that
	// verb's subject as its object ("Russia expelled Czech diplomats in
	// retaliation for expulsions by Prague"; nominal_clause.go).
	response []syntax.Rel
	// companionClause: a noun trigger of companion_roots with no subject
	// that hangs along these, with a marker of
	// english.CompanionClausePreps, from a verb takes that verb's subject
	// ("Sargsyan said during a meeting with UN envoys"; nominal_clause.go).
	companionClause []syntax.Rel
	// The inflected forms of the light, recipient, addressed, cancel and
	// rejected verbs.
	lightSet, recipientSet, addressedSet, cancelSet, rejectedSet verbSet
}

// register adds the keys of the roles to the frames file's role and word
// keys.
func (nr *nounRoles) register(roles map[string]*[]syntax.Rel, words map[string]*[]string) {
	for k, v := range map[string]*[]syntax.Rel{
		"light_controller": &nr.lightController, "light_subject": &nr.lightSubj,
		"light_participle": &nr.lightParticiple, "light_agent": &nr.lightAgent, "noun_conj": &nr.nounConj, "light_passive": &nr.lightPassive,
		"recipient": &nr.recipient, "cancel": &nr.cancel, "noun_head": &nr.nounHead, "noun_head_object": &nr.nounHeadObject,
		"adjunct": &nr.adjunct, "adjunct_clause": &nr.adjunctClause,
		"adjunct_nested": &nr.adjunctNested, "adjunct_object": &nr.adjunctObject,
		"copula": &nr.copula, "copula_purpose": &nr.copulaPurpose, "complement_object": &nr.complementObject,
		"response": &nr.response, "companion_clause": &nr.companionClause,
	} {
		roles[k] = v
	}
	words["recipient_verbs"] = &nr.recipientVerbs
	words["cancel_verbs"] = &nr.cancelVerbs
	words["opposed_host_markers"] = &nr.opposedHostMarkers
	words["addressed_verbs"] = &nr.addressedVerbs
	words["addressed_frames"] = &nr.addressedFrames
	words["rejected_verbs"] = &nr.rejectedVerbs
	words["rejected_roots"] = &nr.rejectedRoots
	words["opposed_host_roots"] = &nr.opposedHostRoots
	words["patient_possessor"] = &nr.patientPossessor
	words["copula_place_markers"] = &nr.copulaPlaceMarkers
	words["copula_place_roots"] = &nr.copulaPlaceRoots
	words["copula_place_kinds"] = &nr.copulaPlaceKinds
	words["appeal_joined_roots"] = &nr.appealJoinedRoots
	words["complement_verb_roots"] = &nr.complementVerbRoots
	words["complement_noun_roots"] = &nr.complementNounRoots
	words["adjunct_nested_roots"] = &nr.adjunctNestedRoots
}

// hostMarkersFor returns the host markers of noun trigger t: those of
// every noun, and the opposed ones when t's root is an opposed root.
func (fr *frames) hostMarkersFor(t *trig) []string {
	if len(fr.opposedHostMarkers) == 0 || len(t.e.code) < 2 || !slices.Contains(fr.opposedHostRoots, t.e.code[:2]) {
		return fr.hostMarkers
	}
	return append(fr.hostMarkers[:len(fr.hostMarkers):len(fr.hostMarkers)], fr.opposedHostMarkers...)
}

// verbSet is the inflected forms of a list of verb lemmas; it is built
// once when the frames are loaded and not changed after.
type verbSet map[string]bool

func newVerbSet(lemmas []string) verbSet {
	vs := verbSet{}
	for _, l := range lemmas {
		for f := range verbForms(l) {
			vs[f] = true
		}
	}
	return vs
}

// has reports whether graph word w is one of the set's verbs, by its
// lemma or by its form (the lemmatizer gives "postpon" for "postponed").
func (vs verbSet) has(g *syntax.Graph, w int) bool {
	return vs[strings.ToLower(g.Words[w].Lemma)] || vs[strings.ToLower(g.Words[w].Form)]
}

// inSentence reports whether a word of sentence s is one of the set's
// verbs: a check before parsing, so that a sentence with none is not
// parsed for a role that needs one.
func (vs verbSet) inSentence(s *sentence) bool {
	for _, w := range s.words {
		if vs[w] {
			return true
		}
	}
	return false
}

// compileVerbSets builds the verb sets of the noun roles.
func (fr *frames) compileVerbSets() {
	fr.lightSet, fr.recipientSet, fr.cancelSet = newVerbSet(fr.lightVerbs), newVerbSet(fr.recipientVerbs), newVerbSet(fr.cancelVerbs)
	fr.addressedSet, fr.rejectedSet = newVerbSet(fr.addressedVerbs), newVerbSet(fr.rejectedVerbs)
}

// parsedNounArgs sets the object of ev (for nominal trigger t, with the
// actors inside its phrase) when it has none, from a light-verb participle
// after t or the noun t modifies, and returns the participle's agent,
// which is t's subject when t has no actor inside.
func (s nounReader) parsedNounArgs(t *trig, inside []actor, ev *event) []actor {
	subj, obj := s.participleArgs(t, inside)
	if len(ev.obj) == 0 && !ev.recip {
		ev.obj = obj
	}
	if len(ev.obj) == 0 && !ev.recip {
		ev.obj = s.headObject(t, inside)
	}
	return subj
}

// relatedNounSubject returns the subject of nominal trigger t read off
// the noun it modifies (headSubject), else off the noun trigger it is
// coordinated with (conjunctSubject).
func (s nounReader) relatedNounSubject(t *trig) []actor {
	if subj := s.headSubject(t); len(subj) > 0 {
		return subj
	}
	return s.conjunctSubject(t)
}

// participleArgs returns the agent and object of nominal trigger t read
// off a participle of a light verb that modifies it along a
// light_participle relation, or off the passive light verb it is the
// subject of along a light_passive relation: that verb's dependents along
// light_agent are the subject, its oblique dependents with one of t's
// frame prepositions the object. known are actors already found, which
// are not returned as the object.
func (s nounReader) participleArgs(t *trig, known []actor) (subj, obj []actor) {
	if s.pv == nil || len(s.pv.frames.lightParticiple) == 0 && len(s.pv.frames.lightPassive) == 0 {
		return nil, nil
	}
	passive := len(s.pv.frames.lightPassive) > 0 && s.pv.frames.lightSet.inSentence(s.sentence)
	if !passive && !s.verbLike(t.end) && !(scanReader{s.sentence}).looksVerb(t.end) {
		return nil, nil
	}
	fr := s.pv.frames
	g, h, ok := graphReader{s.sentence}.nounGraph(t, fr.lightAgent, known)
	if !ok {
		return nil, nil
	}
	verbs := (graphReader{s.sentence}).dependents(g, h, fr.lightParticiple)
	if hasRel(g.Words[h].Rel, fr.lightPassive) && g.Words[h].Head >= 0 {
		verbs = append(verbs, g.Words[h].Head)
	}
	for _, p := range verbs {
		if !fr.lightSet.has(g, p) {
			continue
		}
		subj = graphReader{s.sentence}.argsOf(g, t, p, fr.lightAgent, "")
		if len(subj) == 0 {
			continue
		}
		for _, f := range t.e.frames {
			if !prepositionFrame(f) {
				continue
			}
			obj = append(obj, graphReader{s.sentence}.argsOf(g, t, p, fr.oblique, f)...)
		}
		return subj, withoutActors(uniqueActors(obj), append(subj[:len(subj):len(subj)], known...))
	}
	return nil, nil
}

// conjunctSubject returns the subject of the noun trigger t is
// coordinated with along a noun_conj relation when t has none: that
// noun's dependents along noun_subject ("Iraq's invasion and occupation
// of Kuwait": Iraq occupies too).
func (s nounReader) conjunctSubject(t *trig) []actor {
	if s.pv == nil || len(s.pv.frames.nounConj) == 0 || !(participantReader{s.sentence}).nominalAt(t.start-2) && !(participantReader{s.sentence}).nominalAt(t.start-3) {
		return nil
	}
	fr := s.pv.frames
	g, h, ok := graphReader{s.sentence}.nounGraph(t, fr.nounSubject, nil)
	if !ok || !hasRel(g.Words[h].Rel, fr.nounConj) || g.Words[h].Head < 0 {
		return nil
	}
	first := g.Words[h].Head
	if !s.nominalWord(first) {
		return nil
	}
	return graphReader{s.sentence}.argsOf(g, t, first, fr.nounSubject, "")
}

// nominalWord reports whether graph word w belongs to a nominal trigger.
func (s nounReader) nominalWord(w int) bool {
	return participantReader{s.sentence}.nominalAt(s.pv.wordTok[w])
}

// subjectUp returns the subject of verb v along light_subject; when v has
// none and hangs from its head along light_controller, the head's, up the
// chain ("plans to make a trip", "was set to conclude a trip").
func (s nounReader) subjectUp(g *syntax.Graph, t *trig, v int) []actor {
	fr := s.pv.frames
	for hasRel(g.Words[v].Rel, fr.lightController) && g.Words[v].Head >= 0 && len(graphReader{s.sentence}.dependents(g, v, fr.lightSubj)) == 0 {
		v = g.Words[v].Head
	}
	return graphReader{s.sentence}.argsOf(g, t, v, fr.lightSubj, "")
}

// recipientObject returns, for nominal trigger t whose subject subj is
// known and whose object is not, the subject of the verb of receiving or
// answering (recipient_verbs) that takes t along a recipient relation:
// "India accepted an invitation from Japan", "Iran rejected accusations
// by the United States". subj is left out.
func (s nounReader) recipientObject(t *trig, subj []actor) []actor {
	if s.pv == nil || len(s.pv.frames.recipient) == 0 {
		return nil
	}
	fr := s.pv.frames
	addressed := slices.ContainsFunc(fr.addressedFrames, t.e.hasFrame)
	rejected := addressed && len(t.e.code) >= 2 && slices.Contains(fr.rejectedRoots, t.e.code[:2])
	if !fr.recipientSet.inSentence(s.sentence) && !(addressed && fr.addressedSet.inSentence(s.sentence)) && !(rejected && fr.rejectedSet.inSentence(s.sentence)) {
		return nil
	}
	g, h, ok := graphReader{s.sentence}.nounGovernor(t, fr.recipient, subj)
	if !ok {
		return nil
	}
	if v := g.Words[h].Head; !fr.recipientSet.has(g, v) && !(addressed && fr.addressedSet.has(g, v)) && !(rejected && fr.rejectedSet.has(g, v)) {
		return nil
	}
	return withoutActors(s.subjectUp(g, t, g.Words[h].Head), subj)
}

// cancelled reports whether nominal trigger t hangs along a cancel
// relation from one of cancelVerbs ("Merkel postponed her visit to
// China", "the talks were cancelled"): the event is reported negated, as
// the act of a refusal is.
func (s nounReader) cancelled(t *trig) bool {
	if s.pv == nil || len(s.pv.frames.cancel) == 0 || !s.wellFormed || !s.pv.frames.cancelSet.inSentence(s.sentence) {
		return false
	}
	g := graphReader{s.sentence}.syntaxGraph()
	if g == nil {
		return false
	}
	h, ok := graphReader{s.sentence}.headWord(t)
	if !ok || !hasRel(g.Words[h].Rel, s.pv.frames.cancel) || g.Words[h].Head < 0 {
		return false
	}
	return s.pv.frames.cancelSet.has(g, g.Words[h].Head)
}

// headNoun returns the graph and the noun that nominal trigger t modifies
// along a noun_head relation ("bombing campaign", "peace process"), when
// reading an argument along roles could find an actor other than known.
func (s nounReader) headNoun(t *trig, roles []syntax.Rel, known []actor) (g *syntax.Graph, head int, ok bool) {
	if s.pv == nil || len(s.pv.frames.nounHead) == 0 || t.end >= s.n() || !(participantReader{s.sentence}).nounLike(t.end) {
		return nil, 0, false
	}
	g, h, ok := graphReader{s.sentence}.nounGraph(t, roles, known)
	if !ok || !hasRel(g.Words[h].Rel, s.pv.frames.nounHead) || g.Words[h].Head < 0 || g.Words[h].Head < h {
		return nil, 0, false
	}
	return g, g.Words[h].Head, true
}

// headObject returns the object of nominal trigger t read off the noun it
// modifies: that noun's dependents along noun_head_object with one of t's
// frame prepositions ("NATO's bombing campaign against Serbia").
func (s nounReader) headObject(t *trig, known []actor) []actor {
	if s.pv == nil {
		return nil
	}
	g, head, ok := s.headNoun(t, s.pv.frames.nounHeadObject, known)
	if !ok {
		return nil
	}
	var out []actor
	for _, f := range t.e.frames {
		if !prepositionFrame(f) {
			continue
		}
		out = append(out, graphReader{s.sentence}.argsOf(g, t, head, s.pv.frames.nounHeadObject, f)...)
	}
	return withoutActors(uniqueActors(out), known)
}

// headSubject returns the subject of nominal trigger t read off the noun
// it modifies: that noun's dependents along noun_subject ("NATO's
// three-month bombing campaign").
func (s nounReader) headSubject(t *trig) []actor {
	if s.pv == nil {
		return nil
	}
	g, head, ok := s.headNoun(t, s.pv.frames.nounSubject, nil)
	if !ok {
		return nil
	}
	return graphReader{s.sentence}.argsOf(g, t, head, s.pv.frames.nounSubject, "")
}

// governingSubject returns the subject of nominal trigger t from the verb
// that governs it: a light verb's (lightSubject), else, for a noun in an
// adjunct of a subjectless clause that opens the sentence, the main
// clause's subject ("Speaking on a trip to London, Chavez said").
func (s nounReader) governingSubject(t *trig) []actor {
	if subj := (graphReader{s.sentence}).lightSubject(t); len(subj) > 0 {
		return subj
	}
	if s.pv == nil || len(s.pv.frames.adjunct) == 0 || s.n() == 0 || !s.verbLike(0) && !(scanReader{s.sentence}).looksVerb(0) {
		return nil
	}
	fr := s.pv.frames
	g, h, ok := graphReader{s.sentence}.nounGovernor(t, fr.adjunct, nil)
	if !ok {
		if g, h, ok = s.nestedAdjunct(t); !ok {
			return nil
		}
	}
	v := g.Words[h].Head
	if !hasRel(g.Words[v].Rel, fr.adjunctClause) || g.Words[v].Head < 0 || len(graphReader{s.sentence}.dependents(g, v, fr.lightSubj)) > 0 {
		return nil
	}
	return graphReader{s.sentence}.argsOf(g, t, g.Words[v].Head, fr.lightSubj, "")
}

// maxNestedNouns bounds the nouns walked up from an event noun to the
// adjunct verb ("at the end of the second day of a visit": two).
const maxNestedNouns = 3

// nestedAdjunct returns the graph and the word that hangs from the
// adjunct verb for noun trigger t of one of adjunct_nested_roots: t's
// head word or the noun it hangs from up adjunct_nested ("the end of a
// visit"), when that word hangs from its verb along adjunct or
// adjunct_object.
func (s nounReader) nestedAdjunct(t *trig) (*syntax.Graph, int, bool) {
	fr := s.pv.frames
	if len(t.e.code) < 2 || !slices.Contains(fr.adjunctNestedRoots, t.e.code[:2]) {
		return nil, 0, false
	}
	g, h, ok := graphReader{s.sentence}.nounGraph(t, fr.subject, nil)
	if !ok {
		return nil, 0, false
	}
	for n := 0; n < maxNestedNouns && hasRel(g.Words[h].Rel, fr.adjunctNested) && g.Words[h].Head >= 0; n++ {
		h = g.Words[h].Head
	}
	if r := g.Words[h].Rel; g.Words[h].Head < 0 || !hasRel(r, fr.adjunct) && !hasRel(r, fr.adjunctObject) {
		return nil, 0, false
	}
	return g, h, true
}
