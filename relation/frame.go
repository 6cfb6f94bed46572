package relation

import (
	"slices"
	"strings"

	"github.com/geoextract/geoextract/internal/english"
	"github.com/geoextract/geoextract/internal/syntax"
)

// frameReader applies the lexicon's frame policies to a trigger's arguments:
// a controlled subject followed up the parse (subjectPath), the parse's
// subject replacing the scanner's, oblique arguments and held themes. It
// is a view of the sentence with no state of its own.
type frameReader struct{ *sentence }

// Verbal frames over the parse: the subject of a verbal trigger read off
// the dependency graph, walking from the trigger to the clause that gives
// it (coordination, open complements, relative clauses, as UD attaches
// them), the actor an argument word holds ("the EU's decision"), and the
// policy for when the parse's subject replaces the scanner's. Every
// relation and policy comes from data/frames/frames.yaml.

// replacePolicies are the values replace_subject may take in frames.yaml:
//
//   - other_clause: the scanner's subject phrase lies in a clause that is
//     neither the trigger's nor one whose subject the trigger's clause
//     shares (per the parse), and the parse gives the trigger a subject:
//     "X says Y plans attacks and urged Z" with "urged" coordinated with
//     "says" is X's appeal, not Y's.
//   - conjuncts: the parse's subject holds every actor of the scanner's
//     and more, its conjuncts ("the United States, European Union
//     countries and the U.N. nuclear agency are pressing Iran", where the
//     scanner takes only the last).
var replacePolicies = []string{"other_clause", "conjuncts"}

// objectPolicies are the values replace_object may take in frames.yaml:
//
//   - held_theme: for a trigger with a prepositional frame, object
//     actors that only modify the verb's direct object, itself no
//     mention ("bought F-16 jets from the United States", "sent Chadian
//     troops to Mali"), give way to the prepositional object the parse
//     finds: the thing given, bought or sent is no party.
//
// (A conjuncts policy for objects, as for subjects, was measured and
// dropped: it lowered news precision, 1.000 -> 0.983, the parser taking
// "about this and other matters of Sino-Japanese contention" for a
// conjunct of the person met.)
var objectPolicies = []string{"held_theme"}

// clauseRoles are the roles of clauses that share a subject, read from
// data/frames/frames.yaml with the others. They are immutable once loaded.
type clauseRoles struct {
	// reportClause: a verb conjoined (along controller) with a verb that
	// heads a clause attached along one of these ("says Y is planning
	// attacks and urged Z") may be the conjunct of that clause's head
	// instead, when its form agrees better with it (see formAgreement).
	reportClause []syntax.Rel
	// aux: the relations of auxiliaries, which a conjoined verb with no
	// auxiliary of its own shares ("is planning and urging").
	aux []syntax.Rel
	// finiteTags: the XPOS tags (lower case) of finite verbs, which
	// coordinate with each other when neither has an auxiliary;
	// bareFiniteTags: those read as finite on a verb with no auxiliary
	// of its own (the parser tags "and promised" VBN as often as VBD).
	finiteTags, bareFiniteTags []string
	// clauseBarrier: a noun trigger whose walk up the parse to the verb
	// of the clause subject before it crosses one of these relations
	// (the noun, or a noun it hangs from, is the subject of a clause of
	// its own, or lies in a clausal complement) does not take that
	// subject: "The EU says imports of Chinese textile have risen" is no
	// import by the EU.
	clauseBarrier []syntax.Rel
	// companionRoots: the roots of noun triggers that keep the clause
	// subject across a clause barrier: a consultation "with Y" reported
	// by X is X's ("Peters said the talks with Labour had ended").
	companionRoots []string
	// purposeChain, purposeNoun, purposeMarkers: an infinitive trigger
	// with no subject of its own that reaches, up purposeChain, a clause
	// hanging along purposeNoun from a noun marked with one of
	// purposeMarkers takes that noun's actors as its subject ("forged
	// passports for its agents to travel to Dubai to assassinate X": the
	// agents', not the subject of the sentence).
	purposeChain, purposeNoun []syntax.Rel
	purposeMarkers            []string
	// agentNounRoots: the roots of event nouns whose modifying actor is
	// the agent of the verb the noun is the subject of ("A U.S. drone
	// strike killed X"); other nouns carry none ("Czech imports could
	// invade Poland").
	agentNounRoots []string
	// documentNouns: the last words of names of documents, which are no
	// party to an event ("the Internal Security Act", "a Free Trade
	// Agreement"), nor is a name right before one ("the Pacific
	// Alliance treaty").
	documentNouns []string
	// undergoVerbs: the lemmas of verbs whose subject undergoes the
	// event noun in their oblique ("died in an air strike").
	undergoVerbs []string
	// adjunctControl, adjunctTags: a verb with no subject of its own,
	// attached to its head along one of adjunctControl and tagged one of
	// adjunctTags (lower case: a non-finite form), shares its head's
	// subject ("retaliated by shelling X", "recalled its envoy to press
	// X", "held talks, exploring ways to deepen ties").
	adjunctControl []syntax.Rel
	adjunctTags    []string
	// adjunctMarker, adjunctObjectMarkers: such an adjunct with a
	// dependent along adjunctMarker that is one of adjunctObjectMarkers
	// is done by its head's object, when the head has one ("banned
	// airlines from flying", "barred Kenya from sending troops").
	adjunctMarker        []syntax.Rel
	adjunctObjectMarkers []string
	// participleRelative: a verb tagged one of adjunctTags attached to a
	// noun along one of these is read as a relative clause: its subject
	// is the noun ("M23 rebels battling government forces").
	participleRelative []syntax.Rel
	// nounControlTags: an infinitive tagged one of these attached along
	// participleRelative to an intent noun (english.IntentNouns) is done
	// by the noun's holder ("the decision of the JEM to send a
	// delegation").
	nounControlTags []string
}

// register adds the keys of the roles to the frames file's role and word
// tables.
func (cr *clauseRoles) register(roles map[string]*[]syntax.Rel, words map[string]*[]string) {
	roles["report_clause"] = &cr.reportClause
	roles["aux"] = &cr.aux
	roles["clause_barrier"] = &cr.clauseBarrier
	words["companion_roots"] = &cr.companionRoots
	roles["purpose_chain"] = &cr.purposeChain
	roles["purpose_noun"] = &cr.purposeNoun
	words["purpose_markers"] = &cr.purposeMarkers
	words["agent_noun_roots"] = &cr.agentNounRoots
	words["document_nouns"] = &cr.documentNouns
	words["undergo_verbs"] = &cr.undergoVerbs
	roles["adjunct_control"] = &cr.adjunctControl
	words["adjunct_control_tags"] = &cr.adjunctTags
	roles["adjunct_marker"] = &cr.adjunctMarker
	words["adjunct_object_markers"] = &cr.adjunctObjectMarkers
	roles["participle_relative"] = &cr.participleRelative
	words["noun_control_tags"] = &cr.nounControlTags
	words["finite_tags"] = &cr.finiteTags
	words["bare_finite_tags"] = &cr.bareFiniteTags
}

// formAgreement grades how well verb c, with no subject of its own, can
// be the conjunct of verb v: 2 when they have one tag ("said ... and
// urged"); 1 when both are finite with no auxiliary ("says ... and
// urged"); 0 otherwise ("is planning ... and urged": "urged" cannot share
// "is"; "must withdraw ... and promised" cannot share "must").
func (s frameReader) formAgreement(g *syntax.Graph, c, v int) int {
	switch {
	case g.Words[c].XPOS == g.Words[v].XPOS:
		return 2
	case s.finite(g, c) && s.finite(g, v):
		return 1
	}
	return 0
}

// finite reports whether verb v is finite with no auxiliary: tagged one
// of finite_tags, or one of bare_finite_tags, with no dependent along aux.
func (s frameReader) finite(g *syntax.Graph, v int) bool {
	fr, tag := s.pv.frames, strings.ToLower(g.Words[v].XPOS)
	if len((graphReader{s.sentence}).dependents(g, v, fr.aux)) > 0 {
		return false
	}
	return slices.Contains(fr.finiteTags, tag) || slices.Contains(fr.bareFiniteTags, tag)
}

// conjunctHead returns the verb whose subject verb v, attached to its head
// along a controller relation, shares: its head; or, when that head heads
// a reported clause (along report_clause) and v's form agrees better with
// the reporting verb than with it, the reporting verb ("Obama says
// al-Qaida is planning attacks and urged Pakistan": Obama urged). It also
// reports whether the coordination joins verbs of different forms.
func (s frameReader) conjunctHead(g *syntax.Graph, v int) (int, bool) {
	h := g.Words[v].Head
	inner := s.formAgreement(g, v, h)
	if hw := g.Words[h]; inner < 2 && hw.Head >= 0 && hasRel(hw.Rel, s.pv.frames.reportClause) {
		if outer := s.formAgreement(g, v, hw.Head); outer > inner {
			return hw.Head, false
		}
	}
	return h, inner < 2
}

// subjectPath is the walk from a verbal trigger to its subject.
type subjectPath struct {
	chain  []int   // the verbs walked, the trigger's head word first
	actors []actor // the subject's actors, or nil
	// mixed: a controller step joined verbs of different tags ("declared
	// that Iran has ... and promised", parsed with "promised" under
	// "has"): coordinated verbs mostly share their form, so the parse's
	// coordination is less sure.
	mixed bool
}

// subjectPath walks from verb h to its subject: its own dependents along
// subject; else, when h is attached to its head along a controller
// relation (conj), the head's subject; along an object_control relation
// (xcomp), the head's object when it has one ("urged X to return"), else
// the head's subject ("X aims to sign"); along a relative relation
// (acl:relcl), the noun the clause modifies; along an object_control
// relation with no object on the head, the head's subject only when the
// head is one of the catenatives (internal/english); along an adjunct_control
// relation (advcl) from a non-finite verb (adjunct_control_tags), the
// head's subject ("retaliated by shelling X"); along participle_relative
// (acl), the noun an -ing participle modifies ("rebels battling X") or
// the holder of an intent noun an infinitive complements ("the decision
// of the AU to deploy troops"). A relative clause whose own subject gives
// no actor ("which") takes the noun too.
func (s frameReader) subjectPath(g *syntax.Graph, t *trig, h int) subjectPath {
	fr := s.pv.frames
	var p subjectPath
	for v := h; len(p.chain) < len(g.Words); {
		p.chain = append(p.chain, v)
		w := g.Words[v]
		// "M23 rebels battling government forces": a participle
		// modifying a noun is a relative clause with no pronoun; so is
		// an infinitive complementing an intent noun, done by its
		// holder ("the decision of the AU to deploy troops").
		relative := w.Head >= 0 && (hasRel(w.Rel, fr.relative) || hasRel(w.Rel, fr.participleRelative) && (slices.Contains(fr.adjunctTags, strings.ToLower(w.XPOS)) || s.nounControl(g, v)))
		if own, ok := t.e.subjectRoles(); ok && v == h {
			// The entry's own subject roles, on the trigger itself
			// (roles.go); with none there, the walk goes on.
			if as := (graphReader{s.sentence}).roleArgs(g, t, v, own); len(as) > 0 {
				p.actors = as
				return p
			}
		} else if ds := (graphReader{s.sentence}).dependents(g, v, fr.subject); len(ds) > 0 {
			for _, d := range ds {
				if s.agentlessNoun(d) {
					continue // "Czech imports could invade Poland"
				}
				p.actors = append(p.actors, graphReader{s.sentence}.argActors(g, t, v, d, true)...)
			}
			if len(p.actors) > 0 || !relative {
				p.actors = uniqueActors(p.actors)
				return p
			}
		}
		switch {
		case w.Head < 0:
			return p
		case hasRel(w.Rel, fr.controller):
			next, mixed := s.conjunctHead(g, v)
			p.mixed = p.mixed || mixed
			v = next
		case hasRel(w.Rel, fr.objectControl):
			if as, ok := s.headObject(g, t, w.Head); ok {
				p.actors = as
				return p
			}
			if !s.at(s.pv.wordTok[w.Head], english.Catenatives) {
				// "neglected to recognize X": only a catenative of the
				// lexicon shares its subject, with the modality the
				// govern stage reads off it.
				return p
			}
			v = w.Head
		case hasRel(w.Rel, fr.adjunctControl) && slices.Contains(fr.adjunctTags, strings.ToLower(w.XPOS)):
			// "retaliated by shelling X": a non-finite adjunct is done
			// by the subject of the clause it hangs from; "banned
			// airlines from flying": with an object marker, by the
			// head's object.
			if s.markedBy(g, v, fr.adjunctMarker, fr.adjunctObjectMarkers) {
				if as, ok := s.headObject(g, t, w.Head); ok {
					p.actors = as
					return p
				}
			}
			v = w.Head
		case relative:
			// "Syria and Israel, which carried out": the noun the clause
			// hangs from, or its conjunct nearest the clause, not the
			// others, unless the clause's verb is plural ("which have
			// sought"); when the parser hangs it from a verb, that verb's
			// last object before it.
			if n := s.antecedent(g, v); n >= 0 {
				first, _ := g.Span(v)
				all := (scanReader{s.sentence}).pluralAfter(s.pv.wordTok[first] + 1)
				if !all {
					// "between Kenya and Ethiopia, which attacked", hung
					// from "Kenya": the conjunct nearest the clause.
					for _, c := range g.Conjuncts(n) {
						if c < first && c > n {
							n = c
						}
					}
				}
				p.actors = graphReader{s.sentence}.argActors(g, t, v, n, all)
			}
			return p
		default:
			return p
		}
	}
	return p
}

// nounControl reports whether verb v is an infinitive (noun_control_tags)
// complementing an intent noun (english.IntentNouns: "the decision of the
// JEM to send a delegation"), whose holder does it; not a noun that asks
// another to act ("Britain's call to release the sailors").
func (s frameReader) nounControl(g *syntax.Graph, v int) bool {
	w := g.Words[v]
	return slices.Contains(s.pv.frames.nounControlTags, strings.ToLower(w.XPOS)) && s.at(s.pv.wordTok[w.Head], english.IntentNouns)
}

// markedBy reports whether word d has a dependent along rels that is one
// of words.
func (s frameReader) markedBy(g *syntax.Graph, d int, rels []syntax.Rel, words []string) bool {
	for _, c := range g.Children(d) {
		if hasRel(g.Words[c].Rel, rels) && slices.Contains(words, strings.ToLower(s.words[s.pv.wordTok[c]])) {
			return true
		}
	}
	return false
}

// headObject returns the actors of the dependents of verb h along object
// ("urged Iran to sign": Iran), and whether it has any such dependent.
func (s frameReader) headObject(g *syntax.Graph, t *trig, h int) ([]actor, bool) {
	ds := (graphReader{s.sentence}).dependents(g, h, s.pv.frames.object)
	var out []actor
	for _, d := range ds {
		out = append(out, graphReader{s.sentence}.argActors(g, t, h, d, true)...)
	}
	return uniqueActors(out), len(ds) > 0
}

// antecedent returns the word relative clause v modifies: its head, or,
// when that heads a clause (one of predicate_tags: "condemned Ethiopia,
// which attacked"), the head's last dependent along object or oblique
// before v; when that names no actor, the word right before the clause
// that does, inside that word's phrase (the parser hangs the clause from
// the phrase's head); -1 when there is none.
func (s frameReader) antecedent(g *syntax.Graph, v int) int {
	h := g.Words[v].Head
	n := h
	if slices.Contains(s.pv.frames.predicateTags, g.Words[h].UPOS) {
		n = -1
		for _, c := range g.Children(h) {
			if int(c) < v && (hasRel(g.Words[c].Rel, s.pv.frames.object) || hasRel(g.Words[c].Rel, s.pv.frames.oblique)) {
				n = int(c)
			}
		}
	}
	if n < 0 || len((graphReader{s.sentence}).actorsAtWord(g, n)) > 0 {
		return n
	}
	// "a time of tension between Syria and Israel, which carried out",
	// the clause hung from "time": the actor right before the clause,
	// inside the noun's phrase.
	first, _ := g.Span(v)
	k := first - 1
	for k > n && isPunct(s.words[s.pv.wordTok[k]]) {
		k--
	}
	if lo, hi := g.Span(n); k > n && k >= lo && k <= hi && len((graphReader{s.sentence}).actorsAtWord(g, k)) > 0 {
		return k
	}
	if d := (eventArgReader{s.sentence}).copulaSubjectWord(g, n); d >= 0 {
		// "The National Democratic Institute is a non-profit
		// organization that is providing training": the subject the
		// predicate noun describes.
		return d
	}
	return n
}

// heldActors returns the actors that argument word w, itself no actor,
// holds: along the holder relations, tried in order ("the EU's
// decision", "Taliban insurgents", "Syrian territory"), then along the
// holder_of relations with one of holder_markers ("areas of northern
// Iraq"), with their conjuncts, unless w ends in one of event_suffixes;
// a speaker noun ("a spokesman for X") first along holder_of with one of
// speaker_markers.
func (s frameReader) heldActors(g *syntax.Graph, t *trig, w int) []actor {
	fr := s.pv.frames
	if !s.roots.has(t.root(), patientOwnerObject) && (eventArgReader{s.sentence}).patientNounAt(s.pv.wordTok[w]) != nil {
		return nil // "condemned his arrest": he was arrested, not condemned (objects.go possessesPatient)
	}
	held := func(c int) []actor {
		var out []actor
		for _, e := range g.Conjuncts(c) {
			if k := s.pv.wordTok[e]; k >= t.start && k < t.end {
				continue
			}
			out = append(out, graphReader{s.sentence}.actorsAtWord(g, e)...)
		}
		return out
	}
	for _, r := range fr.holder {
		for _, c := range g.Children(w) {
			if g.Words[c].Rel != r {
				continue
			}
			if as := held(int(c)); len(as) > 0 {
				return as
			}
		}
	}
	if s.at(s.pv.wordTok[w], english.SpeakerNouns) {
		// "a spokesman for the Chinese foreign ministry", "a source in
		// Russia's defense ministry": the body spoken for, or the actor
		// it holds in turn.
		for _, c := range (graphReader{s.sentence}).dependents(g, w, fr.holderOf) {
			if !(graphReader{s.sentence}).hasMarkerIn(g, c, fr.speakerMarkers) {
				continue
			}
			if as := held(c); len(as) > 0 {
				return as
			}
			if as := s.heldActors(g, t, c); len(as) > 0 {
				return as
			}
		}
	}
	word := s.words[s.pv.wordTok[w]]
	if !s.at(s.pv.wordTok[w], english.ActorNouns) && slices.ContainsFunc(fr.eventSuffixes, func(x string) bool { return strings.HasSuffix(word, x) }) {
		return nil // "condemned the burning of X": X is what was burnt
	}
	for _, c := range (graphReader{s.sentence}).dependents(g, w, fr.holderOf) {
		if (graphReader{s.sentence}).hasMarkerIn(g, c, fr.holderMarkers) {
			if as := held(c); len(as) > 0 {
				return as
			}
		}
	}
	return nil
}

// frameSubject applies the parse to the subject the scanner found for
// verbal trigger t (subj, from the scanner's phrase ci, or -1; coord: it
// was shared with an earlier verb): with no subject, an active trigger
// takes the parse's (graphSubject); with one, the parse's replaces it
// where a replace_subject policy says so, and then comes from no phrase
// and is shared with no earlier verb.
func (s frameReader) frameSubject(t *trig, subj []actor, ci int, coord bool) ([]actor, int, bool) {
	if len(subj) == 0 {
		if t.passive {
			return nil, ci, coord
		}
		return graphReader{s.sentence}.graphSubject(t), ci, coord
	}
	if as, ok := s.purposeSubject(t, ci); ok {
		// With no actor in X, the act is of no actor we know.
		return as, -1, false
	}
	if as := s.replacingSubject(t, ci, subj); len(as) > 0 {
		return as, -1, false
	}
	return subj, ci, coord
}

// purposeSubject returns the subject of active verbal trigger t given by
// a "for X to V" phrase on the parse, when the scanner's phrase ci lies
// outside X: walking up from t along purpose_chain through verbs with no
// subject, a clause that hangs along purpose_noun from a noun with a
// marker of purpose_markers has that noun's actors ("for its agents to
// travel to Dubai to assassinate X"), and true; else nil and false.
func (s frameReader) purposeSubject(t *trig, ci int) ([]actor, bool) {
	if s.pv == nil || t.passive || t.nominal || len(s.pv.frames.purposeNoun) == 0 {
		return nil, false
	}
	fr := s.pv.frames
	g := graphReader{s.sentence}.syntaxGraph()
	if g == nil {
		return nil, false
	}
	h, ok := graphReader{s.sentence}.headWord(t)
	if !ok {
		return nil, false
	}
	v := h
	for n := 0; n < len(g.Words); n++ {
		w := g.Words[v]
		if w.Head < 0 || len((graphReader{s.sentence}).dependents(g, v, fr.subject)) > 0 {
			return nil, false
		}
		if hasRel(w.Rel, fr.purposeNoun) {
			break
		}
		if !hasRel(w.Rel, fr.purposeChain) {
			return nil, false
		}
		v = w.Head
	}
	noun := g.Words[v].Head
	if noun < 0 || slices.Contains(fr.predicateTags, g.Words[noun].UPOS) {
		return nil, false
	}
	if !(graphReader{s.sentence}).hasMarkerIn(g, noun, fr.purposeMarkers) {
		// "forged visas for its operatives to fly", the clause hung
		// from "visas": the marked phrase of the noun right before it.
		first, _ := g.Span(v)
		marked := -1
		for _, c := range g.Children(noun) {
			if _, last := g.Span(int(c)); last == first-1 && (graphReader{s.sentence}).hasMarkerIn(g, int(c), fr.purposeMarkers) {
				marked = int(c)
			}
		}
		if marked < 0 {
			return nil, false
		}
		noun = marked
	}
	if lo, hi := g.Span(noun); ci >= 0 && s.pv.wordTok[lo] <= s.chunks[ci].first && s.chunks[ci].last <= s.pv.wordTok[hi]+1 {
		return nil, false // the scanner's phrase is the noun's own
	}
	return graphReader{s.sentence}.argActors(g, t, v, noun, true), true
}

// replacingSubject returns the parse's subject of active verbal trigger
// t when it replaces subj, the scanner's, found in phrase ci: the parse
// gives another subject, along coordinations of verbs of one tag, and
// it holds the scanner's and more (policy conjuncts) or the scanner's
// phrase lies in another clause (other_clause). Else nil.
func (s frameReader) replacingSubject(t *trig, ci int, subj []actor) []actor {
	if s.pv == nil || t.passive || t.nominal || ci < 0 || len(s.pv.frames.replaceSubject) == 0 {
		return nil
	}
	policy := s.pv.frames.replaceSubject
	if !(graphReader{s.sentence}).worthParsing(s.pv.frames.subject, subj) {
		return nil
	}
	g := graphReader{s.sentence}.syntaxGraph()
	if g == nil {
		return nil
	}
	h, ok := graphReader{s.sentence}.headWord(t)
	if !ok {
		return nil
	}
	p := s.subjectPath(g, t, h)
	if len(p.actors) == 0 || p.mixed || len(withoutActors(p.actors, subj)) == 0 {
		return nil
	}
	if slices.Contains(policy, "conjuncts") && len(withoutActors(subj, p.actors)) == 0 {
		return p.actors // the parse has the scanner's actors and more
	}
	if slices.Contains(policy, "other_clause") && s.otherClause(g, p.chain, s.chunks[ci].first, s.chunks[ci].last) {
		return p.actors
	}
	return nil
}

// otherClause reports whether the phrase of sentence tokens [first, last)
// lies in a clause of its own: its root word's nearest ancestor that heads
// a clause (one of predicate_tags) is met before any verb of chain, the
// trigger's walk to its subject.
func (s frameReader) otherClause(g *syntax.Graph, chain []int, first, last int) bool {
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
	if root < 0 || slices.Contains(chain, root) {
		return false
	}
	for a, n := g.Words[root].Head, 0; a >= 0 && n < len(g.Words); a, n = g.Words[a].Head, n+1 {
		if slices.Contains(chain, a) {
			return false
		}
		if slices.Contains(s.pv.frames.predicateTags, g.Words[a].UPOS) {
			return true
		}
	}
	return false
}

// obliqueArgs returns the actors of the dependents of t's head along
// oblique with the marker prep, and of its direct objects' dependents
// along object_oblique with that marker (the parser hangs "to Uganda" in
// "sold helicopters to Uganda" from the noun).
func (s frameReader) obliqueArgs(g *syntax.Graph, t *trig, prep string) []actor {
	h, ok := graphReader{s.sentence}.headWord(t)
	if !ok {
		return nil
	}
	fr := s.pv.frames
	out := graphReader{s.sentence}.argsOf(g, t, h, fr.oblique, prep)
	if len(fr.objectOblique) > 0 {
		for _, d := range (graphReader{s.sentence}).dependents(g, h, fr.object) {
			out = append(out, graphReader{s.sentence}.argsOf(g, t, d, fr.objectOblique, prep)...)
		}
	}
	return uniqueActors(out)
}

// heldTheme reports whether actor a lies inside a direct object of t's
// head without being it: on a modifier of an object word that is no
// mention ("F-16 jets", "its U.S.-made jets", "Chadian troops"), not
// inside a prepositional phrase of it ("talks with Iranian negotiators").
func (s frameReader) heldTheme(g *syntax.Graph, t *trig, a actor) bool {
	h, ok := graphReader{s.sentence}.headWord(t)
	if !ok || a.tok < 0 || a.tok >= len(s.pv.tokWord) || s.pv.tokWord[a.tok] < 0 {
		return false
	}
	w := s.pv.tokWord[a.tok]
	for _, d := range (graphReader{s.sentence}).dependents(g, h, s.pv.frames.object) {
		k := s.pv.wordTok[d]
		if w == d || len(graphReader{s.sentence}.mentionAt(k)) > 0 {
			continue
		}
		for x, n := w, 0; x >= 0 && n < len(g.Words); x, n = g.Words[x].Head, n+1 {
			if x == d {
				return true
			}
			if x == h || len(graphReader{s.sentence}.dependents(g, x, s.pv.frames.marker)) > 0 {
				break // a prepositional phrase of the object ("talks with Iranian negotiators")
			}
		}
	}
	return false
}

// withoutHeldThemes returns the actors of as that are no held theme of t.
func (s frameReader) withoutHeldThemes(g *syntax.Graph, t *trig, as []actor) []actor {
	var out []actor
	for _, a := range as {
		if !s.heldTheme(g, t, a) {
			out = append(out, a)
		}
	}
	return out
}

// frameObject applies the parse to the object the scanner found for
// active verbal trigger t (obj, with subject subj), as the replace_object
// policies say (objectPolicies). Else obj stays.
func (s frameReader) frameObject(t *trig, subj, obj []actor) []actor {
	if s.pv == nil || len(obj) == 0 || t.passive || t.nominal {
		return obj
	}
	if slices.Contains(s.pv.frames.replaceObject, "held_theme") {
		if out := s.heldThemeObject(t, subj, obj); len(out) > 0 {
			return out
		}
	}
	return obj
}

// heldThemeObject returns the prepositional object the parse finds for t
// when every actor of obj is a held theme of t; else nil.
func (s frameReader) heldThemeObject(t *trig, subj, obj []actor) []actor {
	var preps []string
	for _, f := range t.e.frames {
		if prepositionFrame(f) {
			preps = append(preps, f)
		}
	}
	// Parse only when one of the frame's prepositions follows the trigger.
	if !slices.ContainsFunc(preps, func(p string) bool { return slices.Contains(s.words[t.end:], p) }) ||
		!(graphReader{s.sentence}).worthParsing(s.pv.frames.oblique, append(subj[:len(subj):len(subj)], obj...)) {
		return nil
	}
	g := graphReader{s.sentence}.syntaxGraph()
	if g == nil || len(s.withoutHeldThemes(g, t, obj)) > 0 {
		return nil
	}
	var out []actor
	for _, f := range preps {
		out = append(out, s.obliqueArgs(g, t, f)...)
	}
	return withoutActors(uniqueActors(out), subj)
}

// agentlessNoun reports whether graph word d heads an event noun that
// carries no agent to the verb it is the subject of (its root is not
// one of agent_noun_roots, see scanReader.agentNoun): the actor that
// modifies it ("Czech imports") is not the verb's subject.
func (s frameReader) agentlessNoun(d int) bool {
	if T := nominalHeadedAt(s.matches, s.pv.wordTok[d]); T != nil {
		return !(scanReader{s.sentence}).agentNoun(T)
	}
	return false
}
