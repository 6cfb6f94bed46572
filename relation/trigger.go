package relation

import (
	"github.com/geoextract/geoextract/entity"
	"github.com/geoextract/geoextract/internal/english"
	"github.com/geoextract/geoextract/internal/text"
)

// triggerReader finds the triggers of one sentence in the lexicon and chooses
// one reading where they overlap (findTriggers). It is a view of the
// sentence with no state of its own.
type triggerReader struct{ *sentence }

// trig is a trigger occurrence in a sentence with the reading chosen for
// it (verbal or nominal).
type trig struct {
	start, end int // tokens [start, end), relative to the sentence
	head       int
	form       form
	e          *entry
	nominal    bool
	passive    bool
	phrase     bool   // the passive of a verb phrase, noun first: "sanctions on X were imposed"
	gaps       []bool // per token of [start, end): skipped by a gap
	suppressed bool   // absorbed by a governing trigger
	// unreal: suppressed as no event at all (asked, believed, denied);
	// the relation model reads no relation across it.
	unreal    bool
	govMod    Modality
	govNeg    bool      // the complement of a refusal: reported negated ("refused to sign")
	governed  bool      // inside the complement of an intent trigger
	gov       *trig     // the accusation or appeal whose complement names this event
	alleged   bool      // an act the object of a disapproval is blamed for ("criticized X for selling"): X did it
	comp      *trig     // the cooperative complement an intent trigger stands for
	compNoun  *trig     // the event noun that complement takes ("to host talks")
	compAct   *trig     // the first act a governing trigger absorbs ("warned that it could strike X")
	forceCode string    // the code of the intent that governs this act of force ("vowed to retaliate": 13)
	forcePred Predicate // its root
}

func (t *trig) root() Predicate { return t.e.pred }

// inGap reports whether sentence token i lies in a gap of the trigger.
func (t *trig) inGap(i int) bool {
	return i >= t.start && i < t.end && t.gaps[i-t.start]
}

// findTriggers matches the lexicon over the sentence and keeps the
// leftmost, most specific, non-overlapping matches; matches of the same
// span are alternative readings of it. The trigger words (not the gaps)
// are marked so that actor phrases never swallow them; then the phrases
// are built and a reading is chosen for each trigger.
func (s triggerReader) findTriggers(l *Lexicon) {
	block := make([]bool, s.n())
	aux := -1 // the last auxiliary, with only adverbs after it
	for i, w := range s.words {
		// Gaps do not cross finite verbs and auxiliaries, nor the
		// participle an auxiliary leads ("have postponed their meeting"
		// is no "have ... meeting"; "the planned summit" is crossed).
		isAux := s.wd.has(english.Auxiliaries, w) && !s.wd.has(english.PossessiveClitic, w)
		block[i] = isAux || s.hasPOS && (s.pos[i] == text.VB || s.pos[i] == text.VBD || s.pos[i] == text.VBZ || s.pos[i] == text.VBP || s.pos[i] == text.MD ||
			aux >= 0 && (s.pos[i] == text.VBN || s.pos[i] == text.VBG) && !s.wd.has(english.PhaseParticiples, w))
		switch {
		case isAux:
			aux = i
		case !s.wd.adverb(w):
			aux = -1
		}
	}
	found := l.find(s.words, block)
	if split := s.splitParticles(l, block); len(split) > 0 {
		// "bailed Greece out": particle verbs apart from their particle.
		found = append(found, split...)
		sortMatches(found)
	}
	if far := s.objectNouns(l, block, found); len(far) > 0 {
		// "conducted its first-ever underground nuclear test": the
		// entry's noun is the verb's object beyond the scanner's gap.
		found = append(found, far...)
		sortMatches(found)
	}
	if lone := s.lemmaMatches(l, found); len(lone) > 0 {
		// A word whose form the scanner does not generate but whose
		// lemma, as the parser reads it, is a one-word entry's.
		found = append(found, lone...)
		sortMatches(found)
	}
	all := s.dropAgentlessPassives(s.dropCrossedEvents(found))
	inMention := s.ix.inMention[s.first:s.last]
	var groups [][]match
	taken := make([]bool, s.n())
	for k := 0; k < len(all); {
		m := all[k]
		j := k + 1
		for j < len(all) && all[j].start == m.start && all[j].end == m.end && all[j].p.size == m.p.size {
			j++
		}
		readings := all[k:j]
		k = j
		free := true
		mask := s.gapMask(&readings[0])
		for i := m.start; i < m.end; i++ {
			if taken[i] || !mask[i-m.start] && inMention[i] {
				// Overlapping an earlier trigger, or part of a name
				// ("Shangri-La Dialogue", "Defense Ministry").
				free = s.tr.dropMatch(s.sentence, &readings[0], StageMatch, reasonIf(taken[i], ReasonOverlap, ReasonInName))
				break
			}
		}
		if !free {
			continue
		}
		for i := m.start; i < m.end; i++ {
			taken[i] = true
		}
		groups = append(groups, readings)
	}
	s.trigTok = make([]bool, s.n())
	for _, g := range groups {
		mask := s.gapMask(&g[0])
		for i := g[0].start; i < g[0].end; i++ {
			if !mask[i-g[0].start] {
				s.trigTok[i] = true
			}
		}
	}
	s.buildChunks()
	rejected := false
	for _, g := range groups {
		if t, ok := s.chooseReading(g); ok {
			s.matches = append(s.matches, t)
		} else {
			// No reading fits ("the visiting president"): the words
			// belong to the phrases around them after all.
			for i := g[0].start; i < g[0].end; i++ {
				s.trigTok[i] = false
			}
			rejected = true
		}
	}
	if rejected {
		s.chunks = nil
		s.buildChunks()
	}
	for k := range s.matches {
		s.tr.chosen(s.sentence, &s.matches[k])
	}
	s.verbTok = make([]bool, s.n())
	for _, t := range s.matches {
		if !t.nominal {
			s.verbTok[t.head] = true
		}
	}
	s.tab = nil // verbLike changed
	// A phrase right before a nominal trigger modifies it ("U.S.
	// sanctions", "Japan's refusal"): it is that event's participant,
	// not the subject of a verb.
	for _, t := range s.matches {
		if !t.nominal {
			continue
		}
		j := t.start - 1
		for j >= 0 && t.start-j <= 3 && s.chunkAt[j] < 0 && s.isModifier(j) && !s.wd.has(english.Determiners, s.words[j]) {
			j--
		}
		if j >= 0 && s.chunkAt[j] >= 0 && s.chunks[s.chunkAt[j]].last == j+1 {
			s.chunks[s.chunkAt[j]].weak = true
		}
	}
}

// dropAgentlessPassives removes the passive phrase matches ("sanctions
// were imposed") with no "by" after them in their clause: without an
// agent they give no relation, and the noun keeps its own reading ("U.S.
// sanctions on Iran were lifted").
func (s triggerReader) dropAgentlessPassives(all []match) []match {
	out := all[:0]
	for _, m := range all {
		if m.p.passive && !s.byAfter(m.end) && s.wieldedAgent(m.start, m.start+m.p.elems[0].longestAt(s.words, m.start)) == nil {
			s.tr.dropMatch(s.sentence, &m, StageMatch, ReasonAgentlessPassive)
			continue
		}
		out = append(out, m)
	}
	// A compound noun that ends on the first word of a passive phrase
	// gives way to it: "air strikes on X were launched by Y".
	kept := make([]match, 0, len(out))
	for _, n := range out {
		yield := false
		if n.p.e.kind == kindNoun {
			for _, m := range out {
				if m.p.passive && n.start < m.start && n.end == m.start+1 {
					yield = true
					break
				}
			}
		}
		if !yield {
			kept = append(kept, n)
		} else {
			s.tr.dropMatch(s.sentence, &n, StageMatch, ReasonOverlap)
		}
	}
	return kept
}

// wieldedAgent returns the actor that modifies the subject noun of a
// passive phrase, tokens [start, end), when the noun is wielded (a force
// or a measure): "U.S. sanctions were imposed on Iran", "Russia's troops
// were sent into Georgia". Up to two modifiers may stand between ("U.S.
// economic sanctions"). It returns nil for a noun that is not wielded
// ("Iranian oil was sold to China": the oil's origin sold nothing), and
// for a noun followed by anything but the auxiliaries: "U.S. sanctions
// against Pyongyang be lifted" names its own target, the sanctions are
// an event of their own and the lifting's agent is not said.
func (s *sentence) wieldedAgent(start, end int) []actor {
	if end <= start || end >= s.n() || !s.at(end-1, english.WieldedNouns) || !s.at(end, english.PassiveAux) {
		return nil
	}
	for j := start - 1; j >= 0 && start-j <= 3; j-- {
		if as := (graphReader{s}).mentionAt(j); len(as) > 0 {
			return as
		}
		if s.trigTok != nil && s.trigTok[j] || !s.isModifier(j) || s.wd.has(english.Determiners, s.words[j]) {
			return nil
		}
	}
	return nil
}

// byAfter reports whether "by" follows token i in its clause, within a
// few tokens.
func (s triggerReader) byAfter(i int) bool {
	for k := i; k < s.n() && k < i+10; k++ {
		switch w := s.words[k]; {
		case s.wd.has(english.AgentMarker, w):
			return true
		case gapStop(w) || s.wd.has(english.RelativePronouns, w):
			return false
		}
	}
	return false
}

// dropCrossedEvents removes the matches whose gap holds an event noun
// with its own object ("launched a probe into attacks" is a probe, not
// an attack).
func (s triggerReader) dropCrossedEvents(all []match) []match {
	out := make([]match, 0, len(all))
	for k := range all {
		m := &all[k]
		if s.crossesEvent(m, all) {
			s.tr.dropMatch(s.sentence, m, StageMatch, ReasonCrossedEvent)
			continue
		}
		out = append(out, *m)
	}
	return out
}

func (s triggerReader) crossesEvent(m *match, all []match) bool {
	if m.p.size == len(m.p.elems) {
		return false // no gap
	}
	mask := s.gapMask(m)
	for k := range all {
		n := &all[k]
		if n.p.e.kind != kindNoun || n.start <= m.start || n.end >= m.end {
			continue
		}
		inGap := true
		for i := n.start; i < n.end; i++ {
			if !mask[i-m.start] {
				inGap = false
				break
			}
		}
		if inGap && n.end < m.end && mask[n.end-m.start] && n.p.e.hasFrame(s.words[n.end]) && !s.at(n.end, english.GenitiveMarker) {
			return true
		}
	}
	return false
}

// chooseReading picks the verbal or nominal reading of a span from the
// part-of-speech tag of its head or, without tags, from the words around.
func (s triggerReader) chooseReading(ms []match) (trig, bool) {
	var verb, noun *match
	for i := range ms {
		m := &ms[i]
		if m.p.e.kind == kindNoun {
			if noun == nil {
				noun = m
			}
		} else if verb == nil {
			verb = m
		}
	}
	var pick *match
	switch {
	case verb != nil && noun != nil && !s.hasPOS && s.prepFrames(noun, verb):
		pick = noun
	case verb != nil && noun != nil && !s.hasPOS && verb.form&formGerund != 0 && s.chunkOf(verb.end) >= 0 && s.chunks[s.chunkOf(verb.end)].prep == "":
		pick = verb // "bombing Iraq": a gerund with a direct object
	case verb != nil && noun != nil && verb.form&formGerund != 0 && (s.wd.has(english.PossessivePronouns, s.word(verb.end)) || s.directActorAfter(verb) && !s.chunks[s.chunkOf(verb.end)].weak):
		pick = verb // "accused Armenia of shelling its positions": a gerund with an object
	case verb != nil && noun != nil && verb.form&formGerund != 0 && (s.wd.has(english.Prepositions, s.word(verb.start-1)) && !s.at(verb.start-1, english.AgentMarker) || s.at(verb.end, english.PairPreposition) || s.at(verb.end, english.GenitiveMarker)):
		pick = noun // "during fighting between Israel and Hezbollah"
	case verb != nil && noun != nil:
		if s.looksNominal(verb.head) && !(verb.form&formThird != 0 && s.afterSubject(verb.head) && s.directActorAfter(verb)) {
			pick = noun
		} else {
			pick = verb
		}
	case verb != nil:
		if verb.p.e.kind == kindVerb && verb.form == formGerund && s.gerundAsModifier(verb.head) {
			// "a training camp": a gerund used as a noun modifier.
			return trig{}, s.tr.dropMatch(s.sentence, verb, StageReading, ReasonModifier)
		}
		if verb.start == verb.head && verb.end == verb.head+1 && s.hyphenParticiple(verb.head) {
			// "a Saudi-backed offensive": a participle glued to a name
			// by a hyphen is part of the phrase before the noun.
			return trig{}, s.tr.dropMatch(s.sentence, verb, StageReading, ReasonModifier)
		}
		if verb.p.e.kind == kindVerb && verb.form&formPart != 0 && verb.end == verb.head+1 && s.participleAsModifier(verb.head) {
			// "Bennett and alleged ringleader Idema": a participle used as
			// a noun modifier.
			return trig{}, s.tr.dropMatch(s.sentence, verb, StageReading, ReasonModifier)
		}
		if verb.p.e.kind == kindVerb && s.hasPOS && !s.pos[verb.head].IsVerb() && verb.form&(formBase|formThird) != 0 && s.pos[verb.head].IsNoun() && !s.afterSubject(verb.head) && !s.catenativeUse(verb) && !s.parseTagged(verb.head, kindVerb) {
			// "the attack": a noun spelled like a verb we only know as verb.
			return trig{}, s.tr.dropMatch(s.sentence, verb, StageReading, ReasonPartOfSpeech)
		}
		pick = verb
	default:
		pick = noun
		if s.hasPOS && s.pos[noun.head].IsVerb() && s.pos[noun.head] != text.VBG && !s.compoundHead(noun.head) && !s.parseTagged(noun.head, kindNoun) {
			return trig{}, s.tr.dropMatch(s.sentence, noun, StageReading, ReasonPartOfSpeech)
		}
	}
	t := trig{start: pick.start, end: pick.end, head: pick.head, form: pick.form, e: pick.p.e,
		nominal: pick.p.e.kind == kindNoun}
	if t.nominal && s.at(t.start-1, english.NegativeDeterminer) {
		// "there will be no talks": the event is denied, not reported.
		return trig{}, s.tr.dropMatch(s.sentence, pick, StageReading, ReasonDeniedNoun)
	}
	t.gaps = s.gapMask(pick)
	if !t.nominal && t.form&formPart != 0 && s.afterBe(t.start) {
		t.passive = true
	}
	if pick.p.passive {
		t.passive, t.phrase = true, true
	}
	return t, true
}

// afterSubject reports whether token i directly follows a list of
// actor names that opens its clause ("Pakistan and China share"): a
// present-tense verb the tagger took for a noun.
func (s triggerReader) afterSubject(i int) bool {
	ci := s.chunkOf(i - 1)
	if ci < 0 || s.chunks[ci].last != i || s.chunks[ci].prep != "" || s.at(i-1, english.PossessiveClitic) || !s.caps[i-1] {
		return false
	}
	g := scanReader{s.sentence}.group(ci)
	if len(g) < 2 && !s.directActorAfter(&match{start: i, end: i + 1, head: i}) {
		// "the Kenya visit" is a noun; a list is a subject, and so is a
		// name before a verb with an actor as direct object ("if Russia
		// attacks Ukraine").
		return false
	}
	first := s.chunks[g[0]].first
	return first == 0 || scanReader{s.sentence}.clauseStart(first-1) == first
}

// catenativeUse reports whether a verb match ending in "to" is followed
// by an infinitive and not preceded by a determiner or possessive: "Manila
// aims to sign" is a verb, "Moscow's plans to annex" a noun.
func (s triggerReader) catenativeUse(m *match) bool {
	if !s.at(m.end-1, english.InfinitiveMarker) || !(governReader{s.sentence}).infinitive(m.end) {
		return false
	}
	p := s.word(m.head - 1)
	return !s.wd.has(english.Determiners, p) && !s.wd.has(english.PossessivePronouns, p) && !s.wd.possessive(p)
}

// directActorAfter reports whether an actor phrase with no preposition
// starts right after match m.
func (s triggerReader) directActorAfter(m *match) bool {
	ci := s.chunkOf(m.end)
	return ci >= 0 && s.chunks[ci].first == m.end && s.chunks[ci].prep == ""
}

// gerundAsModifier reports whether the -ing word at i is used inside a
// noun phrase ("a training camp") rather than as a verb.
func (s triggerReader) gerundAsModifier(i int) bool {
	p := s.word(i - 1)
	if s.wd.has(english.Determiners, p) || s.wd.has(english.PossessivePronouns, p) || s.wd.has(english.PossessiveClitic, p) {
		return true // "the visiting president", "a training camp"
	}
	if s.at(i, english.AdjectiveGerunds) && !s.at(i-1, english.Auxiliaries) && s.describedPerson(i+1) {
		return true // "talks with visiting Chinese President Hu Jintao"
	}
	return s.hasPOS && (s.pos[i].IsNoun() || s.pos[i].IsAdjective())
}

// describedPerson reports whether an actor phrase that names or counts
// people starts at token k with a nationality or a title: "Chinese
// President Hu Jintao", "Indian leaders", not "China".
func (s triggerReader) describedPerson(k int) bool {
	ci := s.chunkOf(k)
	if ci < 0 || s.chunks[ci].first != k {
		return false
	}
	c := s.chunks[ci]
	first := graphReader{s.sentence}.mentionAt(k)
	if !s.at(k, english.TitleWords) && !(len(first) == 1 && first[0].arg.Type == entity.NORP) {
		return false
	}
	if c.actorNoun {
		return true
	}
	for _, a := range c.actors {
		if a.arg.Type == entity.Person {
			return true
		}
	}
	return false
}

// participleAsModifier reports whether the past participle at i modifies
// the common noun after it ("the alleged ringleader", "and alleged
// ringleader"), by its tag and by the word before it, which is no
// auxiliary.
func (s triggerReader) participleAsModifier(i int) bool {
	if !s.hasPOS || s.pos[i] != text.VBN || i+1 >= s.n() || !s.pos[i+1].IsNoun() || s.caps[i+1] {
		return false
	}
	p := s.word(i - 1)
	return s.wd.has(english.Determiners, p) || s.wd.has(english.PossessivePronouns, p) || s.wd.has(english.PossessiveClitic, p) || s.wd.has(english.Coordinators, p)
}

// compoundHead reports whether the word at i ends a noun phrase opened by
// a determiner or possessive two words before, with a common noun
// between ("the EU's arms embargo", "its arms sales"): a noun, whatever
// its tag says.
func (s triggerReader) compoundHead(i int) bool {
	return i >= 2 && s.pos[i-1].IsNoun() && !s.caps[i-1] && s.chunkAt[i-1] < 0 && s.nounOpener(i-2)
}

// hyphenParticiple reports whether the word at i is one of
// hyphen_modifiers glued by a hyphen to the word before it ("Saudi -
// backed", "U.S. - led"), which is capitalized: a modifier of the noun
// after it, whose name is that noun's participant, not a verb.
func (s triggerReader) hyphenParticiple(i int) bool {
	return i >= 2 && s.words[i-1] == "-" && s.caps[i-2] && s.wd.has(english.HyphenModifiers, s.words[i])
}

// prepFrames reports whether the word after a span is a preposition that
// introduces the object of its nominal reading but not of its verbal one
// ("sanctions against", "attacks on").
func (s triggerReader) prepFrames(noun, verb *match) bool {
	w := s.word(noun.end)
	return s.wd.has(english.Prepositions, w) && noun.p.e.hasFrame(w) && !verb.p.e.hasFrame(w)
}

// gapMask recomputes which tokens of a match were skipped by gaps.
func (s triggerReader) gapMask(m *match) []bool {
	mask := make([]bool, m.end-m.start)
	p := m.p
	var rec func(ei, pos int) bool
	rec = func(ei, pos int) bool {
		if ei == len(p.elems) {
			return pos == m.end
		}
		el := p.elems[ei]
		if el.gap > 0 {
			for skip := 0; skip <= el.gap && pos+skip <= m.end; skip++ {
				if rec(ei+1, pos+skip) {
					for i := pos; i < pos+skip; i++ {
						mask[i-m.start] = true
					}
					return true
				}
			}
			return false
		}
		if el.aux > 0 {
			for _, n := range auxLengths(s.wd, s.words[:m.end], pos, el.aux) {
				if rec(ei+1, pos+n) {
					return true
				}
			}
			return false
		}
		if ei > 0 && p.elems[ei-1].gap == 0 && pos < m.end && !el.matchesAt(s.words, pos) {
			if n := skipLength(s.wd, s.words[:m.end], pos); n > 0 {
				if rec(ei, pos+n) {
					for k := pos; k < pos+n; k++ {
						mask[k-m.start] = true
					}
					return true
				}
				return false
			}
		}
		for _, a := range el.alts {
			if pos+len(a.toks) > m.end {
				continue
			}
			ok := true
			for k, tk := range a.toks {
				if s.words[pos+k] != tk {
					ok = false
					break
				}
			}
			if ok && rec(ei+1, pos+len(a.toks)) {
				return true
			}
		}
		return false
	}
	rec(0, m.start)
	return mask
}

// looksNominal decides, for a word that can be a noun or a verb, whether
// token i is used as a noun.
func (s triggerReader) looksNominal(i int) bool {
	if s.at(i-1, english.ProspectiveModifiers) && s.nounOpener(i-2) {
		return true // "her planned visit", tagged "she planned (to) visit"
	}
	if s.hasPOS {
		return s.pos[i].IsNoun()
	}
	p := s.word(i - 1)
	next := s.word(i + 1)
	switch {
	case s.wd.has(english.Determiners, p) || s.wd.has(english.PossessivePronouns, p) || s.wd.possessive(p):
		return true
	case s.wd.has(english.GenitiveMarker, next) || s.wd.has(english.PairPreposition, next):
		return true
	case s.wd.has(english.Auxiliaries, p) || s.wd.has(english.InfinitiveMarker, p) || s.wd.has(english.Negations, p) || s.wd.has(english.SubjectPronouns, p) || s.wd.phraseEnding(s.words, i-1, english.NegationPhrases) > 0:
		return false
	case i > 0 && s.chunkAt != nil && s.chunkAt[i-1] >= 0:
		// "U.S. sanctions", "Israeli attacks": a noun after a modifier
		// unless the phrase is a subject ("Japan attacks").
		c := s.chunks[s.chunkAt[i-1]]
		return c.weak || s.at(i-1, english.PossessiveClitic)
	case s.wd.has(english.TimeWords, p) || s.wd.has(english.Weekdays, p):
		// "Friday talks", "last week's meeting".
		return true
	case s.wd.adverb(p):
		return false
	case s.wd.has(english.Prepositions, p):
		return true
	}
	// Adjectives before a noun ("military exercises", "new sanctions") are
	// indistinguishable from adverbs without tags; a lower-case word
	// before is taken as a modifier when it is not a known verb-ish word.
	if p != "" && !isPunct(p) && !s.caps[max(i-1, 0)] && !s.isVerb(i-1) && !s.wd.has(english.RelativePronouns, p) && !s.wd.has(english.Coordinators, p) && !s.wd.has(english.Subordinators, p) {
		return true
	}
	return false
}

// nounOpener reports whether token i opens a noun phrase: a determiner,
// a possessive pronoun or a possessive clitic.
func (s triggerReader) nounOpener(i int) bool {
	w := s.word(i)
	return s.wd.has(english.Determiners, w) || s.wd.has(english.PossessivePronouns, w) || s.wd.possessive(w)
}

// afterBe reports whether a form of "be" (or "get") precedes token i,
// allowing adverbs and negation in between: "was attacked", "has been
// sharply criticized".
func (s triggerReader) afterBe(i int) bool {
	for j := i - 1; j >= 0 && j >= i-4; j-- {
		w := s.words[j]
		if s.wd.has(english.BeForms, w) {
			return true
		}
		if s.wd.adverb(w) || s.wd.has(english.Negations, w) {
			continue
		}
		return false
	}
	return false
}
