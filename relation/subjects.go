package relation

import (
	"slices"
	"strings"

	"github.com/geoextract/geoextract/entity"
	"github.com/geoextract/geoextract/internal/english"
	"github.com/geoextract/geoextract/internal/text"
)

// scanReader finds the subject group of a trigger by walking left from it
// (leftScan), over the clause and list structure of the sentence's chunks
// (group, join, clauseStart) that the other stages read too. It is a view
// of the sentence with no state of its own.
type scanReader struct{ *sentence }

// The subject and object of a trigger are found by small state machines
// that walk the sentence's tokens, in the manner of text/template/parse's
// lexer: each state looks at the current token, moves, and returns the
// next state, or nil when it is done.

// leftScan walks left from a trigger to its subject.
type leftScan struct {
	s       *sentence
	t       *trig
	pos     int     // current token, relative; moves left
	subj    []actor // the result
	chunk   int     // chunk index of the subject, or -1
	coord   bool    // found through a coordinated verb or a participle
	gerund  bool    // the verb group starts with a participle ("agreeing to")
	shared  bool    // the verb is coordinated with an earlier one by "and"
	coordAt int     // the coordinating word, or -1
}

type leftFn func(*leftScan) leftFn

// subject finds the subject group of t by walking left from token from.
// It also reports whether the subject is shared with an earlier verb
// through "and", and where the coordinating word is (-1 if none).
func (s scanReader) subject(t *trig, from int) ([]actor, int, bool, int) {
	// A perfect participle after "having" opens a participle clause like
	// a gerund ("after having met Putin").
	gerund := !t.nominal && (t.form&formGerund != 0 || s.at(from-1, english.PerfectGerunds))
	l := &leftScan{s: s.sentence, t: t, pos: from - 1, chunk: -1, gerund: gerund, coordAt: -1}
	state := leftVerbGroup
	switch {
	case l.gerund && s.openingClause(from):
		// "After meeting Macron in Paris, Scholz criticized Russia".
		state = leftMainSubject
	case !t.nominal && s.at(from-1, english.PerfectGerunds) && s.openingClause(from-1):
		// "Having met Putin in Moscow, Orban praised Russia".
		state = leftMainSubject
	}
	for state != nil {
		state = state(l)
	}
	return l.subj, l.chunk, l.coord && l.shared, l.coordAt
}

// lightVerbs and lightNouns make catenative phrases that share their
// subject with the verb after them: "took steps to", "has taken measures
// to", "take turns criticizing".
var ()

// leftVerbGroup skips auxiliaries, adverbs, negation, time words and
// catenative verbs between the trigger and its subject.
func leftVerbGroup(l *leftScan) leftFn {
	s := l.s
	for l.pos >= 0 {
		w := s.words[l.pos]
		if s.chunkAt[l.pos] >= 0 {
			return leftSubject
		}
		switch {
		case s.wd.has(english.Auxiliaries, w) || s.wd.has(english.Negations, w) || s.wd.adverb(w) || s.wd.has(english.TimeWords, w):
			l.pos--
		case s.wd.phraseEnding(s.words, l.pos, english.NegationPhrases) > 0:
			l.pos -= s.wd.phraseEnding(s.words, l.pos, english.NegationPhrases) // "no longer", "yet to"
		case s.wd.has(english.InfinitiveMarker, w) && s.chunkOf(l.pos-1) >= 0 && s.chunks[s.chunkOf(l.pos-1)].last == l.pos:
			// "the drills led Finnish troops to go on high alert": the
			// object of the verb before is the subject of the infinitive.
			ci := s.chunkOf(l.pos - 1)
			if p := s.chunks[ci].first - 1; s.at(p, english.AgentMarker) && s.wd.has(english.IntentNouns, s.word(p-1)) {
				// "the decision by Poland to send tanks": the
				// decision's author.
				l.take(ci)
				return nil
			}
			if s.wd.has(english.Prepositions, s.word(s.chunks[ci].first-1)) {
				// "flew to Phnom Penh to meet Hun Sen": a destination, and
				// a purpose infinitive of the clause's subject.
				l.pos = s.chunks[ci].first - 1
				return leftClauseSubject
			}
			v := s.chunks[ci].first - 1
			for v >= 0 && s.chunkAt[v] >= 0 && s.chunks[s.chunkAt[v]].last == v+1 {
				v = s.chunks[s.chunkAt[v]].first - 1 // "Turkish" "Prime Minister Erdogan"
			}
			if s.chunks[ci].prep == "" && (scanReader{s}).purposeAfterObject(v) {
				// "Barzani telephoned Erdogan to condemn the attack": the
				// object of an event that asks nothing of it; a purpose
				// infinitive of the clause's subject.
				l.pos = v
				return leftClauseSubject
			}
			if !s.chunks[ci].weak && s.chunks[ci].prep == "" {
				l.take(ci)
			}
			return nil
		case s.wd.has(english.InfinitiveMarker, w) && l.pos > 0 && s.chunkAt[l.pos-1] < 0 && s.hasPOS && s.pos[l.pos-1].IsNoun() && !s.wd.has(english.IntentNouns, s.word(l.pos-1)) && scanReader{s}.earlierTo(l.pos) >= 0:
			// "allowed Russia to use its territory to launch": a purpose
			// infinitive shares the subject of the infinitive before it.
			l.pos = scanReader{s}.earlierTo(l.pos)
		case s.wd.has(english.InfinitiveMarker, w) && s.wd.has(english.IntentNouns, s.word(l.pos-1)) && !s.trigTok[l.pos-1] && (!s.hasPOS || s.pos[l.pos-1].IsNoun()):
			// "Moscow's plan to use", "approved a plan to ease": the plan's
			// author, else the subject of the clause that adopts it.
			return leftIntentNoun
		case s.wd.has(english.InfinitiveMarker, w) && s.wd.has(english.LightNouns, s.word(l.pos-1)) && s.wd.has(english.LightVerbs, s.word(l.pos-2)):
			l.gerund = s.wd.hasSuffixIn(english.GerundEndings, s.words[l.pos-2])
			l.pos -= 3
		case s.wd.has(english.InfinitiveMarker, w) && l.pos > 0 && (s.wd.has(english.Catenatives, s.words[l.pos-1]) || s.isVerb(l.pos-1)):
			l.gerund = s.wd.hasSuffixIn(english.GerundEndings, s.words[l.pos-1])
			l.pos -= 2
		case s.wd.has(english.InfinitiveMarker, w) && l.pos > 1 && isQuote(s.words[l.pos-1]) && (s.wd.has(english.Catenatives, s.words[l.pos-2]) || s.isVerb(l.pos-2)):
			// "it had decided \"to suspend Guinea\"": a quotation that
			// opens at the infinitive.
			l.gerund = s.wd.hasSuffixIn(english.GerundEndings, s.words[l.pos-2])
			l.pos -= 3
		case s.wd.has(english.LightNouns, w) && s.wd.has(english.LightVerbs, s.word(l.pos-1)):
			l.pos -= 2
		case s.wd.has(english.HelpVerbs, w):
			// "will help train": a bare infinitive shares the subject.
			l.pos--
		case s.wd.has(english.TopicPreposition, w) && s.wd.has(english.TimeWords, s.word(l.pos+1)):
			l.pos--
		case isQuote(w):
			l.pos--
		default:
			return leftSubject
		}
	}
	return nil
}

// openingClause reports whether the participle at token i opens the
// sentence, alone or after at most two prepositions, subordinators or
// adverbs ("Meeting ...", "After meeting ...", "Before visiting ..."),
// the first of which may be a coordinator or a clause stop ("But
// receiving ...", "While visiting ...").
func (s scanReader) openingClause(i int) bool {
	if i > 2 {
		return false
	}
	for k := 0; k < i; k++ {
		w := s.words[k]
		if k == 0 && (s.wd.has(english.Coordinators, w) || s.wd.has(english.ClauseStops, w)) {
			continue // "But receiving ...", "While visiting ..."
		}
		if !(s.wd.has(english.Prepositions, w) || s.wd.has(english.Subordinators, w) || s.wd.has(english.TemporalConjunctions, w) || s.wd.adverb(w)) {
			return false
		}
	}
	return true
}

// leftMainSubject finds the subject of the main clause after a
// participle clause that opens the sentence: the actor phrase right after
// the comma that closes it, when a verb follows.
func leftMainSubject(l *leftScan) leftFn {
	s := l.s
	relative := false // inside a relative clause set off by commas
	for i := l.t.end; i < s.n(); i++ {
		w := s.words[i]
		if s.wd.has(english.ClauseStops, w) || !relative && s.trigTok[i] && i >= l.t.end && !(participantReader{s}).nominalAt(i) {
			return nil
		}
		if w != "," {
			continue
		}
		if s.wd.has(english.RelativePronouns, s.word(i+1)) && !relative {
			// "receiving the Chadian minister, who brought a message from
			// Deby, Bashir said": the clause's subject is after the
			// relative clause's closing comma.
			relative = true
			continue
		}
		relative = false
		ci := s.chunkOf(i + 1)
		if ci < 0 || s.chunks[ci].prep != "" || s.chunks[ci].weak || (scanReader{s}).credit(ci) {
			return nil
		}
		// The comma closes the clause: the list the chunker may have
		// read across it ("in Tokyo, Kishida and Biden agreed") starts
		// at ci.
		g := (scanReader{s}).group(ci)
		g = g[slices.Index(g, ci):]
		if !(scanReader{s}).looksVerb((scanReader{s}).skipTime(s.chunks[g[len(g)-1]].last)) {
			return nil
		}
		l.chunk = ci
		for _, k := range g {
			l.subj = append(l.subj, s.chunks[k].actors...)
		}
		return nil
	}
	return nil
}

// earlierTo returns the "to" of an infinitive a few tokens before token
// i in its clause ("to use its territory | to launch"), or -1.
func (s scanReader) earlierTo(i int) int {
	for k := i - 2; k >= 0 && k >= i-6; k-- {
		w := s.words[k]
		if s.wd.has(english.InfinitiveMarker, w) && (governReader{s.sentence}).infinitive(k+1) {
			return k
		}
		if isPunct(w) || s.chunkAt[k] >= 0 || s.trigTok[k] || s.wd.has(english.RelativePronouns, w) || s.wd.has(english.Subordinators, w) {
			return -1
		}
	}
	return -1
}

// leftIntentNoun finds the author of the plan before "to" at l.pos: its
// possessor, or the subject of a clause whose verb does not govern it
// ("rejected a plan to" is not the rejecter's).
func leftIntentNoun(l *leftScan) leftFn {
	s := l.s
	j := l.pos - 2
	for j >= 0 && l.pos-j < 5 && s.chunkAt[j] < 0 && s.isModifier(j) && !s.wd.has(english.Determiners, s.words[j]) {
		j--
	}
	if ci := s.chunkOf(j); ci >= 0 && s.chunks[ci].last == j+1 {
		l.take(ci)
		return nil
	}
	if j >= 0 && s.wd.has(english.Determiners, s.words[j]) && !(scanReader{s}).governorBefore(j) {
		l.pos = j
		return leftClauseSubject
	}
	return nil
}

// leftSubject looks at the token before the verb group.
func leftSubject(l *leftScan) leftFn {
	s := l.s
	if l.pos < 0 {
		return nil
	}
	w := s.words[l.pos]
	if ci := (scanReader{s}).eventAgent(l.pos); ci >= 0 && (l.t.passive || (scanReader{s}).agentNounEnding(l.pos)) {
		// "A U.S. drone strike killed X": the event's agent; "Russia's
		// proposal was rejected": the passive's patient.
		l.take(ci)
		return nil
	}
	if ci := s.chunkAt[l.pos]; ci >= 0 {
		c := s.chunks[ci]
		if !(scanReader{s}).subjectEligible(ci) {
			if c.prep != "" {
				// A prepositional phrase between subject and verb ("X in a
				// statement on Friday said"): skip it.
				l.pos = c.first - 2
				for l.pos >= 0 && s.chunkAt[l.pos] < 0 && !isPunct(s.words[l.pos]) && !s.isVerb(l.pos) && !s.wd.has(english.Prepositions, s.words[l.pos]) {
					l.pos--
				}
				if l.pos >= 0 && s.chunkAt[l.pos] >= 0 {
					return leftSubject
				}
			}
			return nil
		}
		l.take(ci)
		return nil
	}
	gerund := l.gerund
	if r := (scanReader{s}).reportedRelative(l.pos); r >= 0 {
		// "Ethiopia, which officials say attacked Somalia": the
		// relative pronoun is the reported clause's subject.
		l.pos = r
		return leftAntecedent
	}
	if l.pos > 0 && s.at(l.pos-1, english.PossessiveRelatives) && (participantReader{s}).nounLike(l.pos) {
		// "Ethiopia, whose troops attacked Somalia": the antecedent
		// acts through what it has.
		l.pos--
		return leftAntecedent
	}
	if ci := (scanReader{s}).nationalityConjunct(l.pos); ci >= 0 {
		// "Afghan and coalition forces were pursuing": the nationality
		// shares the actor noun of the phrase it is coordinated with.
		for _, k := range (scanReader{s}).group(ci) {
			for _, a := range s.chunks[k].actors {
				a.weak = false
				l.subj = append(l.subj, a)
			}
		}
		l.chunk = ci
		return nil
	}
	if ci, ok := (scanReader{s}).listBefore(l.pos); ok {
		l.take(ci)
		return nil
	}
	switch {
	case gerund && (w == "-" || w == "\u2014" || w == "\u2013"):
		// "warned of chaos - blaming X": a participle after a dash takes
		// the clause's subject, as after a comma.
		return leftComma
	case w == "-" || w == "\u2014" || w == "\u2013" || w == ")":
		return leftDashList
	case w == ",":
		return leftComma
	case s.wd.has(english.ClauseJoiners, w) || w == "&":
		l.shared = true
		l.coordAt = l.pos
		return leftClauseSubject
	case s.wd.has(english.RelativePronouns, w) && !s.wd.has(english.PlaceRelatives, w):
		return leftAntecedent
	case gerund && s.wd.has(english.PurposePreposition, w):
		return leftControl
	case gerund && (s.wd.has(english.TopicPreposition, w) || s.wd.has(english.PurposePreposition, w)) && scanReader{s}.reasonObject(l.pos) >= 0:
		// "congratulated Finland on joining NATO", "thanked India for
		// sending aid": the act is the object's.
		l.take(scanReader{s}.reasonObject(l.pos))
		return nil
	case gerund && (s.wd.has(english.Prepositions, w) || s.wd.has(english.AgentMarker, w)):
		l.shared = false
		return leftClauseSubject
	case gerund && s.hasPOS && s.pos[l.pos].IsNoun() && !s.trigTok[l.pos] && scanReader{s}.verbBefore(l.pos) &&
		!(s.wd.has(english.InstrumentNouns, w) && !scanReader{s}.governorBefore(l.pos)):
		// "vetoed a resolution condemning X": the participle modifies
		// the other event's object, not the subject's act; but "signed
		// a bill imposing sanctions" acts through the bill.
		return nil
	case gerund && !isPunct(w):
		// "kept attacking", "continued shelling", "issued a statement
		// condemning".
		return leftClauseSubject
	}
	return nil
}

// reasonObject returns the actor phrase right before token i ("on" or
// "for") when it is the direct object of a verb trigger of praise or
// blame, or -1.
func (s scanReader) reasonObject(i int) int {
	ci := s.chunkOf(i - 1)
	if ci < 0 || s.chunks[ci].last != i || s.chunks[ci].prep != "" || s.chunks[ci].weak {
		return -1
	}
	g := s.group(ci)
	k := s.chunks[g[0]].first - 1
	for m := range s.matches {
		T := &s.matches[m]
		if !T.nominal && T.end == k+1 && s.roots.has(T.root(), reasonObject) {
			return ci
		}
	}
	return -1
}

// eventAgent returns the actor phrase that modifies the event noun
// ending at token i ("U.S. drone strike"), or -1.
func (s scanReader) eventAgent(i int) int {
	for k := range s.matches {
		m := &s.matches[k]
		if !m.nominal || m.end != i+1 {
			continue
		}
		j := m.start - 1
		for j >= 0 && m.start-j <= 3 && s.chunkAt[j] < 0 && s.isModifier(j) && !s.wd.has(english.Determiners, s.words[j]) {
			j--
		}
		if ci := s.chunkOf(j); ci >= 0 && s.chunks[ci].last == j+1 && s.chunks[ci].prep == "" {
			return ci
		}
		return -1
	}
	return -1
}

// agentNounEnding reports whether the event noun ending at token i is
// an agentNoun.
func (s scanReader) agentNounEnding(i int) bool {
	for k := range s.matches {
		if m := &s.matches[k]; m.nominal && m.end == i+1 {
			return s.agentNoun(m)
		}
	}
	return false
}

// agentNoun reports whether event noun m can carry the actor that
// modifies it as the agent of the verb it is the subject of: its code's
// root is one of frames.yaml agent_noun_roots ("A U.S. drone strike
// killed X"), not a trade ("Czech imports could invade Poland"). With no
// frames loaded, every event noun can.
func (s scanReader) agentNoun(m *trig) bool {
	if s.pv == nil || len(s.pv.frames.agentNounRoots) == 0 {
		return true
	}
	return len(m.e.code) >= 2 && slices.Contains(s.pv.frames.agentNounRoots, m.e.code[:2])
}

// listBefore recognizes a list of actors closed by a phrase that is not
// one, right before token i+1: "Canada, Australia and other allies
// [condemned]". It returns the list's last actor phrase.
func (s scanReader) listBefore(i int) (int, bool) {
	k := i
	for k >= 0 && i-k < 3 && s.chunkAt[k] < 0 && !isPunct(s.words[k]) && !s.verbLike(k) && !s.wd.has(english.Prepositions, s.words[k]) && !s.at(k, english.Coordinators) {
		k--
	}
	if k == i || k < 1 || (!s.at(k, english.Coordinators)) {
		return -1, false
	}
	if k > 1 && s.words[k-1] == "," {
		k-- // the serial comma: "Britain, the United States, and others"
	}
	ci := s.chunkAt[k-1]
	if ci < 0 || s.chunks[ci].last != k || !s.subjectEligible(ci) {
		return -1, false
	}
	return ci, true
}

// leftListedVerb handles a finite verb right after a comma that closes a
// verb phrase, with no subject of its own: "North Korea fired two
// missiles on Sunday, then warned South Korea" lists the verb phrases of
// one subject, the clause's.
func leftListedVerb(l *leftScan) leftFn {
	s := l.s
	if !s.hasPOS || l.t.nominal || l.t.passive || !(s.pos[l.t.head] == text.VBD || s.pos[l.t.head] == text.VBZ) || !(scanReader{s}).verbBefore(l.pos) {
		return nil
	}
	for k := 0; k < l.t.start; k++ {
		if isQuote(s.words[k]) {
			return nil // "'Iran will pay,' warned Israel": the speaker follows
		}
	}
	l.shared = true
	l.coordAt = l.pos
	return leftClauseSubject
}

// reportedRelative returns the relative pronoun of a relative clause
// whose verb reports the clause of the verb after token i: "which
// officials say [attacked]", "which it said [had attacked]", a report
// verb at i (over a complementizer), its subject of at most three words
// and the pronoun (not one of place, nor an object's or a possessor's:
// "whom he said had been deployed" reads the pronoun as the report's
// object). Else -1.
func (s scanReader) reportedRelative(i int) int {
	if s.at(i, english.Complementizer) {
		i--
	}
	if i < 2 || !s.at(i, english.ReportVerbs) {
		return -1
	}
	for k := i - 1; k >= 0 && i-k <= 3; k-- {
		w := s.words[k]
		if s.at(k, english.RelativePronouns) && !s.at(k, english.PlaceRelatives) && !s.at(k, english.Complementizer) && !s.at(k, english.ObjectRelatives) && !s.at(k, english.PossessiveRelatives) {
			if k == i-1 {
				return -1 // "which said": the report's own subject
			}
			return k
		}
		if isPunct(w) || s.verbLike(k) || s.trigTok[k] {
			return -1
		}
	}
	return -1
}

// nationalityConjunct returns the bare nationality coordinated with a
// phrase that names no actor but ends in an actor noun at token i
// ("Afghan and coalition forces", "Kenyan and international troops"):
// the nationality's phrase, which the chunker leaves weak; else -1.
func (s scanReader) nationalityConjunct(i int) int {
	if i < 2 || s.chunkAt[i] >= 0 || !s.at(i, english.ActorNouns) {
		return -1
	}
	j := i - 1
	for j >= 0 && i-j <= 3 && s.chunkAt[j] < 0 && !isPunct(s.words[j]) && !s.verbLike(j) && !s.at(j, english.Coordinators) &&
		!s.at(j, english.Determiners) && !s.at(j, english.Prepositions) {
		j--
	}
	if j == i-1 || j < 1 || !s.at(j, english.Coordinators) {
		return -1
	}
	ci := s.chunkAt[j-1]
	if ci < 0 || s.chunks[ci].last != j || !s.chunks[ci].weak || s.chunks[ci].prep != "" || !(participantReader{s.sentence}).nationalityBefore(j-1) {
		return -1
	}
	return ci
}

// leftComma handles a comma right before the verb group: an appositive
// or relative clause after the subject is skipped; a participle after a
// comma takes the clause's subject.
func leftComma(l *leftScan) leftFn {
	s := l.s
	if l.gerund {
		l.coordAt = l.pos // modality starts at the participle
		return leftClauseSubject
	}
	// Find the opening comma of the parenthetical.
	j := l.pos - 1
	for j >= 0 && s.words[j] != "," && !s.wd.has(english.ClauseStops, s.words[j]) && l.pos-j <= 12 {
		j--
	}
	if j < 0 || s.words[j] != "," {
		return leftListedVerb(l)
	}
	seg := s.words[j+1 : l.pos]
	if len(seg) == 0 {
		return nil
	}
	appositive := s.wd.has(english.RelativePronouns, seg[0]) && !s.wd.has(english.Complementizer, seg[0])
	if !appositive {
		// A phrase with no verb: "Ortega, Nicaragua's president,",
		// "Ortega, right,".
		appositive = true
		for k := j + 1; k < l.pos; k++ {
			if s.isVerb(k) && !(s.hasPOS && s.pos[k] == 0) {
				appositive = false
				break
			}
		}
		if words := len(seg) - countDashes(seg); words > maxAppositionWords {
			appositive = false
		}
	}
	if !appositive {
		return nil
	}
	if ci := s.chunkAt[j+1]; ci >= 0 && s.chunks[ci].last == l.pos && s.chunks[ci].prep == "" && personChunk(s.chunks[ci]) &&
		s.chunkOf(j-1) >= 0 && s.wd.has(english.GenitiveMarker, s.chunks[s.chunkOf(j-1)].prep) {
		// "The head of the IAEA, Mohamed ElBaradei, will travel": the
		// person named after the description.
		l.take(ci)
		return nil
	}
	comma := l.pos
	l.pos = j - 1
	if l.pos >= 0 && s.chunkAt[l.pos] >= 0 && (scanReader{s}).subjectEligible(s.chunkAt[l.pos]) {
		l.take(s.chunkAt[l.pos])
		if n := s.wd.phraseLen(s.words, j+1, english.AccompanimentPhrases); n > 0 {
			// "Germany, along with France, imposed": France acts too.
			for k := j + 1 + n; k < comma; k++ {
				if ci := s.chunkAt[k]; ci >= 0 && !s.chunks[ci].weak {
					l.subj = append(l.subj, withoutActors(s.chunks[ci].actors, l.subj)...)
					k = s.chunks[ci].last - 1
				}
			}
		}
	}
	return nil
}

// maxAppositionWords is how many words, hyphens aside, a phrase set off
// by commas after a subject may hold ("Barzani, president of the
// semi-autonomous Iraqi Kurdistan region, telephoned": eight).
const maxAppositionWords = 8

// countDashes counts the dashes and hyphens among ws.
func countDashes(ws []string) int {
	n := 0
	for _, w := range ws {
		if dash(w) {
			n++
		}
	}
	return n
}

// thingName reports whether chunk c is a person's or an unknown
// organization's name that modifies a thing ("the Yasukuni shrine").
func thingName(c chunk) bool {
	if !c.weak || len(c.actors) != 1 {
		return false
	}
	a := c.actors[0].arg
	return a.Type == entity.Person || a.Type == entity.Org && a.ID == ""
}

func personChunk(c chunk) bool {
	return len(c.actors) == 1 && c.actors[0].arg.Type == entity.Person
}

// leftDashList handles a list of actors set off by dashes or brackets
// right before the verb: "the mediators - Egypt, Qatar and the United
// States - have proposed".
func leftDashList(l *leftScan) leftFn {
	s := l.s
	if ci := s.chunkOf(l.pos - 1); ci >= 0 && s.chunks[ci].last == l.pos {
		g := scanReader{s}.group(ci)
		first := s.chunks[g[0]].first
		open := s.word(first - 1)
		if open == "-" || open == "\u2014" || open == "\u2013" || open == "(" {
			l.take(ci)
		}
	}
	return nil
}

// leftControl handles a gerund after "for" that follows an object: in
// "thanked Hale for hosting" Hale hosts. Without such an object the
// clause's subject is taken ("pressed for talking").
func leftControl(l *leftScan) leftFn {
	s := l.s
	if ci := s.chunkOf(l.pos - 1); ci >= 0 && s.chunks[ci].last == l.pos && s.chunks[ci].prep == "" &&
		!(scanReader{s}).subjectEligibleBefore(ci) {
		l.take(ci)
		return nil
	}
	return leftClauseSubject
}

// subjectEligibleBefore reports whether chunk ci directly precedes its
// clause's verb, that is, whether it is a subject rather than an object:
// it is an object when a verb stands between it and its clause start.
func (s scanReader) subjectEligibleBefore(ci int) bool {
	c := s.chunks[ci]
	start := s.clauseStart(c.first - 1)
	for k := start; k < c.first; k++ {
		if s.verbLike(k) && !s.wd.has(english.Auxiliaries, s.words[k]) {
			return false
		}
	}
	return true
}

// leftAntecedent handles "X, who ..." and "X that ...": the subject of
// the relative clause is its antecedent. An instrument ("adopted a
// resolution that imposes sanctions") acts for the subject that issued
// it.
func leftAntecedent(l *leftScan) leftFn {
	s := l.s
	j := l.pos - 1
	if s.word(j) == "," {
		j--
	}
	if j >= 0 && s.chunkAt[j] >= 0 {
		if ci := s.chunkAt[j]; len((scanReader{s}).group(ci)) > 1 && !l.t.e.symmetric && !(scanReader{s}).pluralAfter(l.pos+1) {
			// "between Syria and Israel, which carried out": the
			// nearest conjunct, unless the clause's verb is plural
			// ("Georgia and Ukraine, which have sought") or the event
			// needs two parties ("X and Y, who met").
			l.chunk = ci
			l.subj = append(l.subj, s.chunks[ci].actors...)
			return nil
		}
		l.take(s.chunkAt[j])
		return nil
	}
	if j >= 0 && s.wd.has(english.InstrumentNouns, s.words[j]) && !s.trigTok[j] && !(scanReader{s}).verbTriggerBefore(j) {
		l.pos = j
		return leftClauseSubject
	}
	return nil
}

// pluralAfter reports whether the first word at or after token i, over
// adverbs, negation, punctuation and a relative pronoun, marks a plural
// subject: a verb tagged as a present plural (VBP: "have", "are") or one
// of plural_markers ("were", "both").
func (s scanReader) pluralAfter(i int) bool {
	for ; i < s.n(); i++ {
		w := s.words[i]
		if s.wd.has(english.PluralMarkers, w) {
			return true
		}
		if s.wd.adverb(w) || s.wd.has(english.Negations, w) || s.wd.has(english.TimeWords, w) || s.wd.has(english.RelativePronouns, w) || isPunct(w) {
			continue
		}
		return s.hasPOS && s.pos[i] == text.VBP
	}
	return false
}

// governorBefore reports whether a governing verbal trigger (an appeal,
// refusal, accusation...) starts in the clause of token i, before it.
func (s scanReader) governorBefore(i int) bool {
	start := s.clauseStart(i)
	for k := range s.matches {
		if m := &s.matches[k]; !m.nominal && s.roots.governs(m.e) && m.start >= start && m.start < i {
			return true
		}
	}
	return false
}

// verbBefore reports whether a verb (or verbal trigger) stands in the
// clause of token i, before it.
func (s scanReader) verbBefore(i int) bool {
	for k := s.clauseStart(i); k < i; k++ {
		if s.verbLike(k) && !s.wd.has(english.Auxiliaries, s.words[k]) {
			return true
		}
	}
	return false
}

// verbTriggerBefore reports whether a verbal trigger starts in the clause
// of token i, before it.
func (s scanReader) verbTriggerBefore(i int) bool {
	start := s.clauseStart(i)
	for k := range s.matches {
		if m := &s.matches[k]; !m.nominal && m.start >= start && m.start < i {
			return true
		}
	}
	return false
}

// leftClauseSubject finds the subject of the clause that contains l.pos:
// the first actor phrase after the clause start, before any verb. When
// ", and" follows the complement of a reporting verb ("X declared that Y
// ..., and promised"), the conjunction joins the reporting clause.
func leftClauseSubject(l *leftScan) leftFn {
	s := l.s
	l.coord = true
	start, report := scanReader{s}.clauseBounds(l.pos)
	limit := min(l.pos, l.t.start)
	if report && s.at(l.pos, english.Conjunction) && s.word(l.pos-1) == "," {
		rv := start - 1
		if s.at(rv, english.Complementizer) {
			rv--
		}
		if rv > 0 {
			start, _ = scanReader{s}.clauseBounds(rv - 1)
			limit = rv
		}
	}
	for i := start; i < limit; i++ {
		if ci := s.chunkAt[i]; ci >= 0 {
			c := s.chunks[ci]
			if (scanReader{s}).subjectEligible(ci) && !(scanReader{s}).dateline(ci) {
				l.take(ci)
				return nil
			}
			i = c.last - 1
			continue
		}
		if s.verbLike(i) && !s.wd.has(english.Auxiliaries, s.words[i]) {
			break
		}
	}
	return nil
}

// clauseStart returns the first token of the clause containing token i.
func (s scanReader) clauseStart(i int) int {
	start, _ := s.clauseBounds(i)
	return start
}

// clauseBounds returns the first token of the clause that contains token
// i: after a semicolon, a subordinator, a complementizer, or a reporting
// verb that a verb follows ("says Lima is ready", not "repeated its
// demand"). It also reports whether the clause is a reporting verb's
// complement.
func (s scanReader) clauseBounds(i int) (int, bool) {
	if i < 0 || s.n() == 0 {
		return 0, false
	}
	tb := s.tables()
	i = min(i, s.n()-1)
	return int(tb.clauseStart[i]), tb.clauseReport[i]
}

// skipTime returns the first token at or after i that is not a time word
// or adverb ("agreed on Monday to").
func (s scanReader) skipTime(i int) int {
	for i < s.n() {
		n := skipLength(s.wd, s.words, i)
		if n == 0 {
			break
		}
		i += n
	}
	return i
}

// take records chunk ci and the phrases coordinated with it as subject.
func (l *leftScan) take(ci int) {
	l.chunk = ci
	for _, k := range (scanReader{l.s}).group(ci) {
		l.subj = append(l.subj, l.s.chunks[k].actors...)
	}
}

// subjectEligible reports whether chunk ci can be a subject: not inside a
// prepositional phrase (except "the Prime Minister of Canada") and not
// a bare nationality modifying a non-actor noun.
func (s scanReader) subjectEligible(ci int) bool {
	c := s.chunks[ci]
	if c.weak || s.credit(ci) {
		return false
	}
	// A list shares the preposition of its first member: "between Lula and
	// Milei" is not a subject.
	g := s.group(ci)
	first, last := s.chunks[g[0]], s.chunks[g[len(g)-1]]
	switch {
	case first.prep == "":
		return true
	case s.wd.has(english.TemporalConjunctions, first.prep):
		// A conjunction, not a preposition, when a verb follows: "after a
		// Lima court ruled", "as Chile and Peru resumed".
		return s.looksVerb(last.last)
	case s.wd.has(english.GenitiveMarker, first.prep):
		p := s.word(first.first - 2)
		if first.first >= 2 && !s.at(first.first-1, english.GenitiveMarker) {
			p = s.word(first.first - 3)
		}
		return s.wd.has(english.ActorNouns, p) || s.wd.has(english.TitleWords, p)
	}
	return false
}

// joinKind is how two adjacent chunks are coordinated.
type joinKind uint8

const (
	joinNone  joinKind = iota // not coordinated
	joinAnd                   // a conjunction: "and", "or", ", and", a hyphen as in "US-South Korea"
	joinComma                 // a bare list comma
)

// join classifies the words between chunks k and k+1.
func (s scanReader) join(k int) joinKind {
	if k < 0 || k+1 >= len(s.chunks) {
		return joinNone
	}
	a, b := s.chunks[k], s.chunks[k+1]
	from, end := a.last, b.first
	if s.at(from, english.MemberNouns) && len(a.actors) > 0 && a.actors[len(a.actors)-1].arg.Type == entity.Org {
		// "European Union countries and the U.N. agency": the members
		// of the organization stand for it in the list.
		from++
	}
	// "Greece and neighbouring Turkey": modifiers may open the second.
	for end > from && end-from > 1 && s.isModifier(end-1) && !s.at(end-1, english.PossessiveClitic) {
		end--
	}
	if end <= from || end-from > 4 {
		return joinNone
	}
	switch j := strings.Join(s.words[from:end], " "); {
	case s.wd.has(english.CoordinatingJoins, j) && s.words[from] == "," && s.clauseAfter(k):
		return joinNone // "killed two Hezbollah commanders, and Hariri warned"
	case s.wd.has(english.CoordinatingJoins, j):
		return joinAnd
	case j == ",":
		return joinComma
	}
	return joinNone
}

// purposeAfterObject reports whether token v ends a verbal trigger that
// governs no complement ("telephoned", "met", "attacked"): an infinitive
// after its object is a purpose of its subject, not an act asked of the
// object ("urged Iran to release", "asked Y to mediate" govern theirs).
func (s scanReader) purposeAfterObject(v int) bool {
	for k := range s.matches {
		if m := &s.matches[k]; !m.nominal && !m.suppressed && m.end == v+1 && m.head == v && !s.roots.governs(m.e) && m.e.code != "" {
			return true
		}
	}
	return false
}

// clauseAfter reports whether the comma and conjunction after chunk k
// join two clauses, not two parties: no list runs up to chunk k (a list
// comma would, "Iran, Iraq, and Syria"), and a finite verb follows chunk
// k+1, past adverbs ("Russian troops attacked Ukrainian positions, and
// Poland condemned Moscow").
func (s scanReader) clauseAfter(k int) bool {
	if k > 0 && s.join(k-1) != joinNone {
		return false
	}
	i := s.chunks[k+1].last
	for i < s.n() && s.wd.adverb(s.words[i]) {
		i++
	}
	return finiteAt(s.sentence, i)
}

// closedList reports whether chunk k is followed by "and" and a phrase
// that is not an actor ("Canada, Australia and other allies").
func (s scanReader) closedList(k int) bool {
	e := s.chunks[k].last
	w := s.word(e)
	if w == "," {
		w = s.word(e + 1)
	}
	return s.wd.has(english.Coordinators, w) && (k+1 >= len(s.chunks) || s.join(k) == joinNone)
}

// dateline reports whether chunk ci is a dateline ("BRUSSELS —") or a
// news agency's credit ("(dpa) -") opening the sentence: a place or the
// reporter, not an actor of the sentence's events.
func (s scanReader) dateline(ci int) bool {
	c := s.chunks[ci]
	if c.first > 1 {
		return false
	}
	switch w := s.word(c.last); {
	case dash(w), w == ":", w == "(":
		return true
	case w == ")":
		return s.credit(ci)
	}
	return false
}

// credit reports whether chunk ci is a news agency's credit opening the
// sentence in parentheses before a dash ("(dpa) - Ten militants were
// killed in clashes"): the reporter, never a subject.
func (s scanReader) credit(ci int) bool {
	c := s.chunks[ci]
	return c.first == 1 && s.word(0) == "(" && s.word(c.last) == ")" && dash(s.word(c.last+1))
}

// dash reports whether w is a hyphen or a dash.
func dash(w string) bool { return w == "-" || w == "\u2014" || w == "\u2013" }

// looksVerb reports whether token i is probably a finite verb or
// auxiliary.
func (s scanReader) looksVerb(i int) bool {
	if i < 0 || i >= s.n() {
		return false
	}
	if s.verbLike(i) {
		return true
	}
	w := s.words[i]
	return !s.hasPOS && !s.caps[i] && len(w) > 3 && s.wd.hasSuffixIn(english.PastEndings, w)
}

// group returns the chunks coordinated with chunk ci ("Peru and Chile",
// "Canada, Australia and other allies"), in order. A bare comma
// joins list members only when the list is closed by "and" or "or".
func (s scanReader) group(ci int) []int {
	lo, hi := ci, ci
	for lo > 0 && s.join(lo-1) != joinNone {
		lo--
	}
	for hi+1 < len(s.chunks) && s.join(hi) != joinNone {
		hi++
	}
	// A comma joins only when a later conjunction closes the list.
	valid := make([]bool, hi-lo+1)
	closed := s.closedList(hi)
	for k := hi - 1; k >= lo; k-- {
		switch s.join(k) {
		case joinAnd:
			closed = true
			valid[k-lo] = true
		case joinComma:
			valid[k-lo] = closed
		}
	}
	l, h := ci, ci
	for l > lo && valid[l-1-lo] {
		l--
	}
	for h < hi && valid[h-lo] {
		h++
	}
	lo, hi = l, h
	out := make([]int, 0, hi-lo+1)
	for k := lo; k <= hi; k++ {
		out = append(out, k)
	}
	return out
}
