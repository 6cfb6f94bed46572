package relation

import (
	"github.com/geoextract/geoextract/internal/english"
	"github.com/geoextract/geoextract/internal/syntax"
	"github.com/geoextract/geoextract/internal/text"
)

// governReader marks the triggers that a governing trigger's complement
// holds ("urged X to stop") and finds where that complement starts and
// ends. It is a view of the sentence with no state of its own.
type governReader struct{ *sentence }

// Governing triggers and their complements: an appeal, demand, refusal,
// intent or threat absorbs the events of its complement ("urged X to meet
// Y"), and the tables of tables.go answer where a complement starts and
// whether a clause boundary lies between two triggers.

// governs reports whether a trigger of entry e takes a complement whose
// events it absorbs: appeals, demands, accusations, refusals and threats
// are about an unrealized or alleged act, not the act itself.
func (rb *rootBehaviours) governs(e *entry) bool {
	return rb.has(e.pred, governsComplement) || e.takesComp
}

// markGoverned handles triggers in the complement of another:
//
//   - appeals, demands, accusations, refusals and threats absorb the
//     verbal events of their complements ("urged X to release", "accused X
//     of attacking"); an event noun there is done by the target ("accused
//     Moscow of air raids");
//   - a pure intent cue ("plans to", "is preparing to") gives its
//     complement's event the intended modality;
//   - an intent trigger with a code of its own ("pledged to", "is ready
//     to") is the event when its complement is cooperation ("ready to hold
//     talks" is 03), and gives way to a hostile complement ("promised to
//     oppose" is 12, intended).
func (s governReader) markGoverned() {
	for g := range s.matches {
		G := &s.matches[g]
		if !s.roots.governs(G.e) || G.suppressed {
			continue
		}
		that, negDone := false, false
		for k := g + 1; k < len(s.matches); k++ {
			T := &s.matches[k]
			if s.scopeEnds(G.end, T.start) {
				break
			}
			if s.at(T.start-1, english.Complementizer) || s.at(G.end, english.Complementizer) || s.at(G.end-1, english.Complementizer) || (nounReader{s.sentence}).thatlessClause(G.end) || !T.nominal && s.clauseComplement(G, T) {
				that = true
			}
			if G.e.believes && T.nominal && !that && s.headsObjectOf(G, T) {
				// "Japan fears a North Korean attack on Seoul".
				T.suppressed, T.unreal = true, true
				break
			}
			if !that && !s.complementStart(G, T) {
				continue
			}
			if G.e.believes {
				// "U.S. suspicions that Tehran is developing nuclear
				// weapons", "fears that Iran will attack": what an actor
				// believes, suspects or fears is not reported as done. A
				// clause holds several events; a phrase one ("Moroccans
				// suspected of bombing the embassy were arrested").
				T.suppressed, T.unreal = true, true
				if !that {
					break
				}
				continue
			}
			if G.e.denies {
				// "denied sending weapons"; but "denied Israeli accusations"
				// still reports the accusation.
				T.suppressed = !T.nominal
				T.unreal = T.suppressed
				continue
			}
			if !G.e.takesComp {
				switch {
				case s.roots.has(G.root(), blamesComplement) && !s.at(G.end, english.InfinitiveMarker) && s.accusedContent(T, that) && (T.nominal || !s.purposeTo(G.end, T.start)):
					// "accused Egypt of financing Sudanese rebels",
					// "accused Moscow of air raids on Kharkiv": the content
					// of an accusation is not an event of its own
					// (guideline §7: "accused the US of spying" is one 11).
					// What an actor is blamed for is one: "criticized China
					// for selling weapons to Sudan".
					T.suppressed = true
				case T.nominal:
					T.gov = G
				case G.e.negates && !negDone && !that:
					// "refused to sign an accord with X": the refusal,
					// and the refused act reported negated.
					T.governed, T.govMod, T.govNeg = true, Asserted, true
					negDone = true
				case s.roots.has(G.root(), blamesComplement) && !s.at(G.end, english.InfinitiveMarker) && !s.purposeTo(G.end, T.start):
					// "criticized China for selling weapons to Sudan": the
					// act blamed, done by the blamed.
					T.gov, T.alleged = G, true
				default:
					T.suppressed = true
					if G.compAct == nil {
						G.compAct = T
					}
				}
				continue
			}
			if T.e.code == "" {
				continue // another cue: "plans to try to"
			}
			switch {
			case G.e.forceCode != "" && s.roots.has(T.root(), vowedForceThreatens):
				// "vowed to retaliate against X": a threat, coded so. A
				// show of force stays itself ("vowed to upgrade its
				// arsenal" is 15, intended).
				T.governed, T.govMod = true, G.e.complement
				T.forceCode, T.forcePred = G.e.forceCode, G.e.forcePred
				G.suppressed = true
			case G.e.code == "":
				T.governed, T.govMod, T.govNeg = true, G.e.complement, G.e.negates
			case s.roots.has(T.root(), intentAbsorbs) || s.roots.has(T.root(), intentAbsorbsUnlessHostile) && G.e.code != "" && G.e.forceCode == "" && !s.hostileAfter(T):
				// Cooperation: the intent is the event (and an offer of
				// troops is one: "offered to send troops to Somalia") ("offered to
				// mediate between Mali and Niger" is 03 to both), and so
				// for the event noun its verb takes ("to host talks").
				T.suppressed = true
				G.comp = T
				if N := s.objectNoun(k); N != nil && (!N.root().valid() || s.roots.has(N.root(), intentAbsorbs)) { // a cue noun too
					N.suppressed = true
					G.compNoun = N
				}
			default:
				T.governed, T.govMod = true, G.e.complement
				G.suppressed = true
			}
			break
		}
	}
}

// hostileAfter reports whether the object of trigger T is introduced as
// a target ("against", "at", "toward") rather than a destination.
func (s governReader) hostileAfter(T *trig) bool {
	for i := T.end; i < s.n() && !stopsObject(s.sentence, i); i++ {
		if s.at(i, english.TargetPrepositions) {
			return true
		}
	}
	return false
}

// objectNoun returns the event noun that is the direct object of the
// verbal trigger s.matches[k] ("host talks", "resume the negotiations"),
// or nil.
func (s governReader) objectNoun(k int) *trig {
	T := &s.matches[k]
	if T.nominal || k+1 >= len(s.matches) {
		return nil
	}
	N := &s.matches[k+1]
	if !N.nominal || N.start-T.end > 3 {
		return nil
	}
	for i := T.end; i < N.start; i++ {
		if s.chunkAt[i] >= 0 || !(s.wd.has(english.Determiners, s.words[i]) || s.wd.has(english.PossessivePronouns, s.words[i]) || s.isModifier(i)) {
			return nil
		}
	}
	return N
}

// purposeTo reports whether an infinitive "to" right before token j,
// after token i, opens a purpose clause ("summoned the envoy to
// protest").
func (s governReader) purposeTo(i, j int) bool {
	if j <= i || !s.at(j-1, english.InfinitiveMarker) {
		return false
	}
	for k := i; k < j-1; k++ {
		if s.at(k, english.PurposeBlockers) {
			return false // "accused X of plotting to kill"
		}
	}
	return true
}

// complementStart reports whether trigger T lies in the complement of G:
// after "to" before a verb (an infinitive), or after "of", "from", "for",
// "against" or "that" ("accused X of air raids on Y", "ready to resume
// talks"), but not after "to" before a noun phrase ("ordered troops to
// the area").
func (s governReader) complementStart(G, T *trig) bool {
	if T.start == G.end && T.form&formGerund != 0 {
		return true // "denied supplying weapons"
	}
	if G.end > 0 && s.at(G.end-1, english.InfinitiveMarker) {
		// "ready to resume talks", "due to visit", not "due to the
		// sanctions".
		next := G.end
		for next < T.start && s.wd.adverb(s.words[next]) {
			next++
		}
		return next == T.start && !T.nominal || s.infinitive(next)
	}
	if G.end < 0 || G.end >= T.start {
		return false
	}
	// One of "of", "from", "for", "against", "that" between them, or a
	// "to" before an infinitive: the first of each after G is looked up.
	tb := s.tables()
	if int(tb.nextComp[G.end]) < T.start {
		return true
	}
	if k := int(tb.nextTo[G.end]); k < T.start && int(tb.afterAdverbs[k]) < T.start {
		return true
	}
	// A "to" followed only by adverbs up to T: "to" is then right before
	// T's verb.
	k := T.start - 1
	for k >= G.end && s.wd.adverb(s.words[k]) {
		k--
	}
	return k >= G.end && s.at(k, english.InfinitiveMarker) && (!T.nominal || s.infinitive(T.start))
}

// infinitive reports whether token i, after "to", is a verb rather than
// the start of a noun phrase.
func (s governReader) infinitive(i int) bool {
	if i < 0 || i >= s.n() {
		return false
	}
	if s.hasPOS {
		return s.pos[i] == text.VB
	}
	return !s.wd.has(english.Determiners, s.words[i]) && !s.wd.has(english.PossessivePronouns, s.words[i]) && s.chunkOf(i) < 0 && !s.caps[i] && !isPunct(s.words[i])
}

// scopeEnds reports whether a clause boundary lies between tokens i and
// j: a semicolon, "but", a comma not inside the complement, or a new verb
// phrase ("and has expelled"). It takes constant time: the first boundary
// at or after i is looked up in the sentence's tables.
func (s governReader) scopeEnds(i, j int) bool {
	if i < 0 || i >= j {
		return false
	}
	h := s.tables().nextBound[min(i, s.n())]
	switch {
	case int(h) >= j:
		return false
	case int(h) < j-1:
		return true
	}
	// The word right before j: a comma there ends nothing.
	return s.boundaryAt(int(h), j)
}

// boundaryAt reports whether token k is a clause boundary for a scope
// that ends at token j (a comma counts only before j-1).
func (s governReader) boundaryAt(k, j int) bool {
	w := s.words[k]
	switch {
	case w == ";" || w == "." || w == ":" || s.wd.has(english.Contrast, w) || s.wd.has(english.RelativeSubjects, w):
		return true // a relative clause is its antecedent's: "harboring militants who attack X"
	case s.wd.has(english.Coordinators, w) && (s.wd.has(english.Auxiliaries, s.word(k+1)) || s.verbLike(k+1) || s.wd.adverb(s.word(k+1)) && s.verbLike(k+2)):
		return true
	case s.wd.has(english.Coordinators, w) && s.chunkOf(k-1) < 0 && s.chunkOf(k+1) >= 0 && s.verbLike(s.chunks[s.chunkOf(k+1)].last):
		return true // "X seeking to ... and North Korea accelerating its tests": a new subject
	case s.wd.has(english.ReasonWords, w):
		return true // "vowed to expand its arsenal because of joint drills": a reason is no complement
	case (w == "-" || w == "\u2014" || w == "\u2013") && s.verbLike(k+1):
		return true // "warned of chaos - blaming X": a participle clause of its own
	case w == "," && k+1 < j && (s.verbLike(k+1) || s.at(k+1, english.Conjunction) || s.wd.has(english.ClauseSubordinators, s.word(k+1))):
		return true
	case s.wd.has(english.ClauseSubordinators, w) && !s.wd.has(english.RoleMarker, w) && (s.chunkOf(k+1) >= 0 || s.wd.has(english.Determiners, s.word(k+1)) && s.chunkOf(k+2) >= 0):
		return true // "after U.S. lawmakers visited Taiwan": a new clause
	}
	return false
}

// YieldRoot is the last of the cooperative CAMEO roots (01-08).
const YieldRoot = Yield

// headsObjectOf reports whether the event noun T heads the noun phrase
// right after G: only determiners, possessives, modifiers and actor
// phrases stand between them ("fears a North Korean attack").
func (s governReader) headsObjectOf(G, T *trig) bool {
	if T.start <= G.end || T.start-G.end > 6 {
		return false
	}
	for i := G.end; i < T.start; i++ {
		w := s.words[i]
		if s.chunkAt[i] < 0 && !s.wd.has(english.Determiners, w) && !s.wd.has(english.PossessivePronouns, w) && !s.at(i, english.PossessiveClitic) && (isPunct(w) && w != "-" || !s.isModifier(i)) {
			return false
		}
	}
	return true
}

// clauseComplement reports whether the verb of T heads a clause that
// complements G's verb on the parse, with no "that": "alleges Syria
// attacked Israel", "suspects Iran is arming Hezbollah".
func (s governReader) clauseComplement(G, T *trig) bool {
	if s.pv == nil || G.nominal || T.start < G.end {
		return false
	}
	for i := G.end; i < T.start; i++ {
		if isPunct(s.words[i]) || s.at(i, english.RelativePronouns) || s.at(i, english.PossessiveRelatives) {
			return false // "condemned Ethiopia, whose troops attacked": no complement
		}
	}
	g := (graphReader{s.sentence}).syntaxGraph()
	if g == nil {
		return false
	}
	v, t := s.pv.tokWord[G.head], s.pv.tokWord[T.head]
	if v < 0 || t < 0 {
		return false
	}
	for _, c := range g.Dependents(v, syntax.Ccomp) {
		if c == t {
			return true
		}
	}
	return false
}

// accusedContent reports whether T, in the complement of an accusation,
// is what the accused is said to have done: the event right after one of
// the complement openers other than the purpose preposition ("accused X
// of arming Y", "of air raids on Y"), or in a clause ("alleges that Y
// attacked Z"). What X is blamed for ("criticized X for selling") is an
// act X did, and an event named in another phrase ("during the
// negotiations between X and Y") is one of its own.
func (s governReader) accusedContent(T *trig, that bool) bool {
	if that {
		return true
	}
	p := s.prepBefore(T.start)
	return s.wd.has(english.ComplementOpeners, p) && !s.wd.has(english.PurposePreposition, p)
}
