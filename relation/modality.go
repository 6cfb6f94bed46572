package relation

import "github.com/geoextract/geoextract/internal/english"

// modalReader reads the modality and negation of the events of one
// sentence from the cues before their triggers (modals, negations,
// negating and catenative cues, conditions), over the sentence's word
// classes. It is a view of the sentence with no state of its own.
type modalReader struct{ *sentence }

// negatedBefore reports whether a negation stands in the clause before
// token i: "will not negotiate until".
func (s modalReader) negatedBefore(i int) bool {
	for k := i - 1; k >= 0 && k >= i-8; k-- {
		w := s.words[k]
		if (negationReader{s.sentence}).wordAt(k) {
			return true
		}
		if w == "," || w == ";" || s.reportVerb(k) {
			return false
		}
	}
	return false
}

// modality sets the negation and modality of an event from the words
// between its subject and its trigger.
func (s modalReader) modality(ev *event) {
	t := ev.t
	from := ev.subjEnd
	if ev.modFrom >= 0 {
		from = ev.modFrom // "would not recognize X and accused Y"
	}
	if from < 0 || from > t.start {
		from = scanReader{s.sentence}.clauseStart(t.start - 1)
	} else if from == ev.subjEnd {
		from = s.afterParenthetical(from, t.start)
	}
	mod := Asserted
	cueNeg, wordNeg := false, false // a negating cue ("refused to", "ruled out") and a negation word
	if t.governed {
		mod = t.govMod
		cueNeg = t.govNeg
	}
	for i := from; i < t.start; i++ {
		if s.wd.has(english.ReasonWords, s.words[i]) {
			from = i + 1 // "vowed to arm because of joint drills": the drills are no intent
		}
	}
	end := t.start
	if t.phrase {
		end = t.head // "sanctions could be lifted": the verb group is inside the trigger
	}
	for i := from; i < end; i++ {
		if t.inGap(i) {
			continue
		}
		cue := s.cueAt(i, t)
		if cue != noCue && s.cueOutside(i, t) {
			cue = noCue // "Countries that did not sign the accord condemned Uganda"
		}
		switch cue {
		case intentCue:
			// "her planned visit": an event to come.
			if mod == Asserted {
				mod = Intended
			}
		case possibleCue:
			mod = Possible
		case negationCue:
			wordNeg = true
		case failCue:
			ev.negated = true // "failed to reach an agreement"
		case noPlanCue:
			ev.negated = true // "has no plans to meet"
			if mod == Asserted {
				mod = Intended
			}
		case arrangementCue:
			if mod == Asserted {
				mod = Intended
			}
		}
		for k := range s.matches {
			m := &s.matches[k]
			if m.start == i && m.e.takesComp && m.e.code == "" && m != t && !s.cueOutside(i, t) {
				if mod == Asserted {
					mod = m.e.complement
				}
				cueNeg = cueNeg || m.e.negates
			}
		}
	}
	switch {
	case cueNeg && wordNeg:
		// "did not rule out meeting Putin": possible.
		if mod == Asserted {
			mod = Possible
		}
	case cueNeg || wordNeg:
		ev.negated = true
	}
	if len(ev.subj) > 0 && s.neitherBefore(ev.subj[0].tok) {
		ev.negated = true // "neither China nor India condemned"
	}
	// An "if" clause makes the event hypothetical.
	inCondition := false // the event is the condition itself: "if X imposes sanctions"
	for i := t.start - 1; i >= 0; i-- {
		w := s.words[i]
		if s.wd.has(english.Conditionals, w) {
			mod = Hypothetical
			inCondition = true
			for k := i + 1; k < t.start; k++ {
				if s.verbLike(k) && !s.wd.has(english.Auxiliaries, s.words[k]) {
					inCondition = false // "if Iran goes on, it would impose sanctions"
				}
			}
			break
		}
		if w == "," || w == ";" || s.reportVerb(i) {
			break
		}
	}
	if s.roots.has(t.root(), conditionThreatens) && !inCondition && (s.sanctionWords(t) && (mod == Possible || mod == Hypothetical || s.conditionAfter(t.end)) ||
		mod != Asserted && s.conditionBefore(t.start)) {
		// "may impose sanctions if ...": a conditional sanction is a
		// threat; so is any reduction of relations that a condition
		// opening the sentence holds ("If the junta fails to hand power
		// to civilians, the AU will suspend Sudan").
		ev.threat = true
		mod = Asserted
	}
	if s.roots.has(t.forcePred, alwaysAsserted) || s.roots.has(t.root(), alwaysAsserted) || s.roots.has(t.root(), intentAsserted) && mod == Intended {
		mod = Asserted
	}
	ev.modality = mod
}

// cueKind is what a cue word before a trigger says of its event.
type cueKind uint8

const (
	noCue          cueKind = iota
	intentCue              // "plans", "her planned visit"
	possibleCue            // "may", "could"
	negationCue            // "not", "no longer", "has yet to"
	failCue                // "failed to"
	noPlanCue              // "has no plans to"
	arrangementCue         // "is to meet"
)

// cueAt returns the cue at token i before trigger t, by the sentence's
// word classes; noCue when the word is none.
func (s modalReader) cueAt(i int, t *trig) cueKind {
	w := s.words[i]
	switch {
	case s.wd.has(english.ModalIntended, w) || t.nominal && i >= t.start-3 && s.at(i, english.ProspectiveModifiers):
		return intentCue
	case s.wd.has(english.ModalPossible, w) && !(s.at(i, english.CapitalMonths) && s.caps[i] && i > 0):
		return possibleCue // not the month: "in May"
	case negationReader{s.sentence}.wordAt(i), s.wd.phraseEnding(s.words, i, english.NegationPhrases) > 0:
		return negationCue // not "not only": it adds, it does not deny
	case s.wd.has(english.FailVerbs, w) && s.at(i+1, english.InfinitiveMarker):
		return failCue
	case s.wd.has(english.NegativeDeterminer, w) && s.wd.has(english.PlanNouns, s.word(i+1)) && s.at(i+2, english.InfinitiveMarker):
		return noPlanCue
	case s.wd.has(english.ArrangementBe, w) && s.at(i+1, english.InfinitiveMarker):
		return arrangementCue
	}
	return noCue
}

// cueOutside reports whether the cue at token i lies, on the sentence's
// parse, in a clause that does not hold trigger t: the walk up from the
// cue's word to the first word that governs t's head (or is it) crosses
// one of the frames' cue_barrier relations ("Countries that did not sign
// the accord condemned Uganda", "The rebels who plan to attack Goma
// denounced Kinshasa": the cue is the relative clause's). The sentence
// is parsed on first need; without a parse the cue is the trigger's, as
// the scan finds it.
func (s modalReader) cueOutside(i int, t *trig) bool {
	if s.pv == nil || len(s.pv.frames.cueBarrier) == 0 {
		return false
	}
	gr := graphReader{s.sentence}
	g := gr.syntaxGraph()
	if g == nil || i < 0 || i >= len(s.pv.tokWord) || s.pv.tokWord[i] < 0 {
		return false
	}
	h, ok := gr.headWord(t)
	if !ok {
		return false
	}
	governs := make([]bool, len(g.Words)) // h and the words above it
	for w, n := h, 0; w >= 0 && n < len(g.Words); w, n = g.Words[w].Head, n+1 {
		governs[w] = true
	}
	for w, n := s.pv.tokWord[i], 0; w >= 0 && !governs[w] && n < len(g.Words); w, n = g.Words[w].Head, n+1 {
		if hasRel(g.Words[w].Rel, s.pv.frames.cueBarrier) {
			return true
		}
	}
	return false
}

// afterParenthetical returns where the words that modify a trigger at
// token end start when its subject ends at token from: after the phrase
// set off by commas right after the subject, the relative clause or
// appositive the subject scan skips ("Kenya, which did not sign the
// accord, condemned Uganda": the negation is the relative clause's); from
// itself when no comma follows the subject or none closes the phrase
// before end.
func (s modalReader) afterParenthetical(from, end int) int {
	if from >= end || s.words[from] != "," {
		return from
	}
	for k := from + 1; k < end; k++ {
		if s.words[k] == "," {
			return k + 1
		}
	}
	return from
}

// neitherBefore reports whether "neither" opens the phrase of the actor
// at token i.
func (s modalReader) neitherBefore(i int) bool {
	ci := s.chunkOf(i)
	if ci < 0 {
		return false
	}
	first := s.chunks[scanReader{s.sentence}.group(ci)[0]].first
	return s.at(first, english.NegativeCorrelative) || s.at(first-1, english.NegativeCorrelative)
}

// sanctionWords reports whether trigger t speaks of sanctions, an
// embargo or tariffs.
func (s modalReader) sanctionWords(t *trig) bool {
	for i := t.start; i < t.end; i++ {
		w := s.words[i]
		if !t.inGap(i) && s.wd.hasPrefixIn(english.SanctionStems, w) {
			return true
		}
	}
	return false
}

// conditionBefore reports whether the clause of token i follows a
// condition set off by a comma that opens the sentence or a reported
// clause: "If Mali does not hold elections, ECOWAS will ...", "said that
// if Belarus does not free him, it will ...".
func (s modalReader) conditionBefore(i int) bool {
	comma := -1
	for k := i - 1; k >= 0 && comma < 0; k-- {
		switch w := s.words[k]; {
		case w == ";" || s.reportVerb(k) || s.wd.has(english.Conditionals, w):
			return false
		case w == ",":
			comma = k
		}
	}
	for k := comma - 1; k >= 0; k-- {
		switch w := s.words[k]; {
		case s.wd.has(english.Conditionals, w):
			return k == 0 || s.at(k-1, english.Complementizer) || isQuote(s.words[k-1])
		case w == "," || w == ";" || s.reportVerb(k):
			return false
		}
	}
	return false
}

// conditionAfter reports whether an "if" or "unless" clause follows
// token i in its sentence.
func (s modalReader) conditionAfter(i int) bool {
	for k := i; k < s.n(); k++ {
		switch w := s.words[k]; {
		case s.wd.has(english.Conditionals, w):
			return true
		case w == ";" || w == ".":
			return false
		}
	}
	return false
}

// future reports whether ev is reported as still to come: intended or
// hypothetical, or possible by a modal ("could meet in November"; not
// "may have met", not an act blamed on the subject).
func (s modalReader) future(ev *event) bool {
	switch ev.modality {
	case Intended, Hypothetical:
		return true
	case Possible:
		return !ev.t.alleged && !s.at(ev.t.start-1, english.PerfectAuxiliary)
	}
	return false
}
