package relation

import (
	"sort"
	"strings"

	"github.com/geoextract/geoextract/entity"
	"github.com/geoextract/geoextract/internal/text"
)

// Option configures an Extractor.
type Option func(*options)

type options struct {
	maxParties int
	nominal    bool
	parse      bool
	frames     *frames // the parse fallback's roles; nil for data/frames/frames.yaml
}

// WithMaxParties sets the largest number of listed parties of a symmetric
// event ("A, B, C and D met") that is expanded into one relation per pair
// (default 4; longer lists, such as six-party talks, give no relations).
func WithMaxParties(n int) Option { return func(o *options) { o.maxParties = n } }

// WithClauseSubjects turns on or off (default on) giving a nominal trigger
// with no actor of its own the subject of its clause ("Kenya raised the
// issue during talks with Uganda" → Kenya CONSULT Uganda).
func WithClauseSubjects(on bool) Option { return func(o *options) { o.nominal = on } }

// WithParse turns on or off (default on) the parse fallback: where the
// scanner finds no subject or no object for a verbal trigger, the sentence
// is parsed (package syntax's embedded UD parser, loaded once per process
// on first use) and the missing argument is read off the dependency graph
// along the roles of data/frames/frames.yaml ("Presidents William Ruto of
// Kenya and Yoweri Museveni of Uganda signed"). Each sentence is parsed at
// most once, and only when one of its triggers needs it.
func WithParse(on bool) Option { return func(o *options) { o.parse = on } }

// Extractor finds relations in analyzed documents. It is immutable and
// safe for concurrent use. The zero Extractor has no lexicon and finds
// nothing; use NewExtractor.
type Extractor struct {
	lex  *Lexicon
	opts options
}

// NewExtractor returns an extractor using lex.
func NewExtractor(lex *Lexicon, opts ...Option) *Extractor {
	o := options{maxParties: 4, nominal: true, parse: true}
	for _, f := range opts {
		f(&o)
	}
	return &Extractor{lex: lex, opts: o}
}

// Extract returns the relations stated in doc. Relative dates such as "on
// Sunday" are resolved against doc.Date, the publication date the document
// was tagged with (entity.Input.Date or entity.WithDate; the zero Date when
// unknown); to resolve them against another date, set doc.Date first.
// Relations come ordered by sentence, trigger, subject and object.
// Malformed documents (offsets out of range) are skipped where they are
// malformed, never a panic.
func (x *Extractor) Extract(doc *entity.Document) []Relation {
	if x == nil || x.lex == nil || doc == nil {
		return nil
	}
	published := doc.Date
	var out []Relation
	valid := wellFormed(doc)
	ix := newDocIndex(doc)
	fr := x.frames()
	for si, se := range doc.Sentences {
		if se.First < 0 || se.Last > len(doc.Tokens) || se.First >= se.Last {
			continue
		}
		for _, w := range windows(doc, se.First, se.Last) {
			s, ok := newSentenceChecked(doc, si, valid, ix, w[0], w[1])
			if !ok {
				continue
			}
			if fr != nil {
				s.pv = &parseView{frames: fr}
			}
			s.findTriggers(x.lex)
			out = append(out, x.extractSentence(s, published)...)
		}
	}
	sortRelations(out)
	return dedup(out)
}

// frames returns the argument roles of the parse fallback, or nil when
// it is off. They are embedded and valid (their tests load them); should
// they fail to load, the extractor works without the fallback rather than
// fail. The parser itself is loaded only when a sentence needs it
// (parseView.parse).
func (x *Extractor) frames() *frames {
	if !x.opts.parse {
		return nil
	}
	if x.opts.frames != nil {
		return x.opts.frames
	}
	fr, err := defaultFrames()
	if err != nil {
		return nil
	}
	return fr
}

// event is a trigger with its participants, before relations are made.
type event struct {
	t        *trig
	subj     []actor
	obj      []actor
	recip    bool
	coord    bool // the subject was shared with an earlier verb ("met X and signed")
	subjEnd  int  // token after the subject phrase, or -1
	modFrom  int  // where the words that modify the trigger start, or -1
	threat   bool // a conditional sanction, coded as a threat
	modality Modality
	negated  bool
}

func (x *Extractor) extractSentence(s *sentence, published entity.Date) []Relation {
	s.markGoverned()
	dates := s.dates(published)
	out := x.reportedObligations(s, dates)
	out = append(out, x.namedCharacterizations(s, dates)...)
	out = append(out, x.conditions(s, dates)...)
	var prev *event
	for k := range s.matches {
		t := &s.matches[k]
		if t.suppressed || t.e.code == "" {
			continue
		}
		ev, ok := x.participants(s, t)
		if !ok {
			continue
		}
		if ev.coord && len(ev.obj) == 0 && !ev.recip && !t.e.nullable && prev != nil && len(prev.obj) > 0 && sameGroup(prev.subj, ev.subj) && !s.ownObject(t) {
			// "met with X on Monday and signed a trade deal": the
			// coordinated verb shares the earlier object.
			ev.obj = prev.obj
		}
		s.modality(&ev)
		out = append(out, x.relations(s, &ev, dates)...)
		if len(ev.obj) > 0 {
			e := ev
			prev = &e
		}
	}
	return subsumePosture(out)
}

// subsumePosture drops a show of force against an actor when the same
// sentence has its subject use force on that actor: "crossed into Sudan
// and clashed with Sudanese troops" is a clash, not an incursion without
// combat.
func subsumePosture(rs []Relation) []Relation {
	force := map[string]bool{}
	for _, r := range rs {
		if r.Object != nil && r.Predicate >= Assault && !r.Negated {
			force[argKey(r.Subject)+"|"+argKey(*r.Object)] = true
		}
	}
	if len(force) == 0 {
		return rs
	}
	out := rs[:0]
	for _, r := range rs {
		if r.Predicate == ExhibitForcePosture && r.Object != nil && force[argKey(r.Subject)+"|"+argKey(*r.Object)] {
			continue
		}
		out = append(out, r)
	}
	return out
}

func orgsOnly(as []actor) []actor {
	var out []actor
	for _, a := range as {
		if a.arg.Type == entity.Org {
			out = append(out, a)
		}
	}
	return out
}

// sharedAct reports whether chunk ci is followed by "in" and a gerund:
// "joined Germany in condemning".
func (s *sentence) sharedAct(ci int) bool {
	g := s.group(ci)
	e := s.chunks[g[len(g)-1]].last
	return s.word(e) == "in" && (s.hasPOS && s.pos[min(e+1, s.n()-1)] == text.VBG || strings.HasSuffix(s.word(e+1), "ing"))
}

// subjunctive reports whether the clause whose subject is chunk ci has a
// base-form or obligation verb ("that Israel accept", "that Kenya should
// act"), not a tensed report ("that Russia had lied").
func (s *sentence) subjunctive(ci int) bool {
	g := s.group(ci)
	i := s.skipTime(s.chunks[g[len(g)-1]].last)
	w := s.word(i)
	switch {
	case w == "should" || w == "must" || w == "be" || w == "not":
		return true
	case auxiliaries[w] || modalIntended[w] || modalPossible[w]:
		return false
	case s.hasPOS && !s.pos[i].IsVerb():
		return false
	}
	// By its shape, not its tag: taggers read "that Israel accept" as a
	// past tense.
	return !strings.HasSuffix(w, "ed") && (!strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss"))
}

// allOwn reports whether every actor of obj would make a self-relation
// with every subject (true for no objects).
func allOwn(obj, subj []actor) bool {
	for _, b := range obj {
		for _, a := range subj {
			if !sameActor(a, b) {
				return false
			}
		}
	}
	return true
}

// ownObject reports whether a verbal trigger is followed by a noun phrase
// of its own ("and ordered the closure of ..."), which a coordinated verb
// does not share with the verb before it.
func (s *sentence) ownObject(t *trig) bool {
	if t.nominal || t.end >= s.n() || s.chunkAt[t.end] >= 0 {
		return false
	}
	w := s.words[t.end]
	if w == "the" && s.word(t.end+2) == "'s" {
		return false // "and praised the island's doctors": a description of the party
	}
	return determiners[w] || possessivePronouns[w] || s.hasPOS && s.pos[t.end].IsNoun()
}

// participants finds the subject and object of trigger t.
func (x *Extractor) participants(s *sentence, t *trig) (event, bool) {
	ev := event{t: t, subjEnd: -1, modFrom: -1}
	if t.nominal {
		x.nominalParticipants(s, t, &ev)
		if len(ev.subj) > 0 && len(ev.obj) == 0 && !ev.recip {
			// "Brazil granted China status during a visit by Hu Jintao":
			// the clause's subject hosts the event.
			ev.obj = s.hostObject(t, ev.subj)
		}
	} else if agent := s.reducedRelative(t); agent != nil {
		// "a deal brokered by China", "talks hosted by the EU": the
		// participle's agent acts; a consultation is with the parties of
		// the clause whose noun it modifies.
		ev.subj = agent
		ev.obj, ev.recip, _ = s.object(t, t.end, agent)
		if len(ev.obj) == 0 && t.root() == Consult {
			ev.obj, _ = s.clauseSubjectBefore(t.start)
		}
	} else if t.phrase {
		// "Sanctions on Iran were imposed by Canada": the agent follows
		// "by"; the target is framed after the verb or inside the noun
		// phrase before it.
		ev.subj = s.byAgent(t.end)
		obj, recip, _ := s.object(t, t.head+1, ev.subj)
		ev.obj, ev.recip = withoutActors(obj, ev.subj), recip
		if len(ev.obj) == 0 {
			ev.obj = withoutActors(s.gapObject(t), ev.subj)
		}
		if len(ev.obj) == 0 {
			// "Japan's ambassador was summoned by China".
			ev.obj = withoutActors(s.possessorOf(t.start), ev.subj)
		}
		if ci := s.chunkOf(t.start - 1); len(ev.obj) == 0 && ci >= 0 && s.chunks[ci].last == t.start && s.chunks[ci].prep == "" {
			// "the British ambassador was summoned by X".
			ev.obj = withoutActors(s.chunks[ci].actors, ev.subj)
		}
		if len(ev.obj) == 0 && !ev.recip && !t.e.nullable && !(t.e.symmetric && len(ev.subj) >= 2) {
			return ev, false
		}
	} else if t.alleged {
		ev.subj, _, _ = s.object(t.gov, t.gov.head+1, nil)
		obj, recip, _ := s.object(t, t.head+1, ev.subj)
		ev.obj, ev.recip = obj, recip
		if len(ev.obj) == 0 && !recip {
			return ev, false // "accused Belarus of mobilizing troops": no target
		}
	} else {
		subj, ci, coord, at := s.subject(t, t.start)
		subj, ci, coord = s.frameSubject(t, subj, ci, coord)
		ev.subj, ev.coord = subj, coord
		if at >= 0 {
			ev.modFrom = at
		}
		if ci >= 0 {
			ev.subjEnd = s.chunks[ci].last
		}
		obj, recip, oc := s.object(t, t.head+1, subj)
		ev.obj, ev.recip = s.frameObject(t, subj, obj), recip
		if t.e.orgTarget {
			// "joined NATO", not "does not join it" (a project).
			ev.obj = orgsOnly(ev.obj)
			if len(ev.obj) == 0 {
				return ev, false
			}
		}
		if oc >= 0 && t.root() == MaterialCooperation && s.sharedAct(oc) {
			// "joined Germany in condemning X": the act is shared, no
			// cooperation with Germany.
			return ev, false
		}
		if len(obj) > 0 && t.root() == Appeal && s.word(t.end) == "that" && !s.subjunctive(oc) {
			// "suggested that Russia had lied" reports a claim.
			return ev, false
		}
		if len(obj) == 0 && !recip && t.comp != nil && !t.comp.nominal {
			// The intent's complement names the other party.
			ev.obj, _, _ = s.object(t.comp, t.comp.head+1, subj)
		}
		if len(ev.obj) == 0 && !recip && t.compNoun != nil {
			// "offered to host talks between Armenia and Azerbaijan":
			// the parties of the complement's event noun.
			if ev.obj = s.betweenParties(t.compNoun.end); ev.obj == nil {
				ev.obj, _, _ = s.object(t.compNoun, t.compNoun.end, subj)
			}
		}
		if !ev.recip && t.root() == Threaten && t.compAct != nil && !t.passive && allOwn(ev.obj, subj) {
			// "warned that Moscow could aim its missiles at Ukraine":
			// the threatened act's target.
			ev.obj, _, _ = s.object(t.compAct, t.compAct.head+1, subj)
		}
		if len(ev.obj) == 0 && !ev.recip && t.root() == Disapprove && !t.passive {
			// "The Philippines protested after Chinese ships fired on
			// its boats": the disapproval is of the act's agent.
			ev.obj = s.causeSubject(t.end)
		}
		if len(ev.obj) == 0 && !ev.recip && !t.passive {
			ev.obj = s.graphObject(t, subj)
		}
		if t.passive {
			// "X was attacked by Y": Y is the agent; without one, only a
			// force posture keeps its grammatical subject ("were put on
			// alert").
			agent := s.byAgent(t.end)
			if agent == nil {
				agent = s.graphSubject(t)
			}
			switch {
			case agent != nil:
				patient := ev.subj
				if len(patient) == 0 {
					// The grammatical subject is no actor: "Russia's
					// proposal was rejected by Ukraine" targets its
					// possessor as the active "rejected Russia's proposal"
					// does; "the suspect was extradited to the United
					// States by Colombia" its framed object.
					if w := s.word(t.end); t.e.hasFrame("direct") || prepositions[w] && w != "by" && t.e.hasFrame(w) && s.word(t.end+1) == "by" {
						// Also with a stranded preposition: "Sweden's bid
						// was commented on by Turkey".
						patient = s.passivePossessor(t)
					}
					if len(patient) == 0 {
						patient = withoutActors(ev.obj, agent)
					}
					if len(patient) == 0 {
						patient = s.graphObject(t, agent)
					}
				}
				ev.obj, ev.subj = patient, agent
				if len(ev.obj) == 0 && !t.e.nullable && !(t.e.symmetric && len(agent) >= 2) {
					// "The accord was signed by Israel and Jordan" gives
					// the pair, "civilians were massacred by X" a mass
					// killing; otherwise a passive needs its patient.
					return ev, false
				}
			case t.e.nullable:
				ev.obj = nil
			default:
				return ev, false
			}
		}
	}
	if len(ev.subj) == 0 {
		return ev, false
	}
	return ev, true
}

// withoutActors returns the actors of as that are not in drop.
func withoutActors(as, drop []actor) []actor {
	var out []actor
	for _, a := range as {
		keep := true
		for _, d := range drop {
			if sameActor(a, d) {
				keep = false
				break
			}
		}
		if keep {
			out = append(out, a)
		}
	}
	return out
}

// gapObject returns the actors of a phrase inside the gap of a passive
// phrase trigger that one of its prepositions introduces: "sanctions on
// Venezuela were lifted", "relations with Taiwan were severed".
func (s *sentence) gapObject(t *trig) []actor {
	for i := t.start; i < t.head; i++ {
		ci := s.chunkAt[i]
		if !t.inGap(i) || ci < 0 {
			continue
		}
		if c := s.chunks[ci]; c.prep != "" && c.prep != "of" && t.e.hasFrame(c.prep) {
			return s.actorsFrom(ci)
		}
		i = s.chunks[ci].last - 1
	}
	return nil
}

// passivePossessor returns the possessor of the subject noun of a
// passive verb ("Russia's proposal was rejected"), or nil.
func (s *sentence) passivePossessor(t *trig) []actor {
	h := t.start - 1
	for h >= 0 && (auxiliaries[s.words[h]] || negations[s.words[h]] || isAdverb(s.words[h])) {
		h--
	}
	if h < 1 || s.chunkAt[h] >= 0 || s.trigTok[h] || !s.nounLike(h) {
		return nil
	}
	if ci := s.chunkOf(h - 1); ci >= 0 && s.chunks[ci].last == h && s.chunks[ci].prep == "" {
		// "Israeli civilians were kidnapped by Hamas": the nationality
		// of the patient.
		return s.chunks[ci].actors
	}
	return s.possessorOf(h)
}

// possessorOf returns the possessor of the noun at token h ("Russia's
// new proposal"), or nil.
func (s *sentence) possessorOf(h int) []actor {
	j := h - 1
	for j >= 0 && h-j <= 3 && s.chunkAt[j] < 0 && s.words[j] != "'s" && s.words[j] != "'" && s.isModifier(j) && !determiners[s.words[j]] {
		j--
	}
	if w := s.word(j); w != "'s" && w != "'" {
		return nil
	}
	ci := s.chunkOf(j - 1)
	if ci < 0 || s.chunks[ci].last != j || s.chunks[ci].prep != "" {
		return nil
	}
	return s.chunks[ci].actors
}

// nounLike reports whether token i may be the head of a noun phrase.
func (s *sentence) nounLike(i int) bool {
	if s.hasPOS {
		return s.pos[i].IsNoun()
	}
	w := s.words[i]
	return !isPunct(w) && !prepositions[w] && !s.isVerb(i)
}

// reducedRelative returns the agent of a participle that modifies the
// noun before it and is followed by "by X" ("a truce brokered by Egypt"),
// or nil.
func (s *sentence) reducedRelative(t *trig) []actor {
	if t.nominal || t.passive || t.form&formPart == 0 || t.start == 0 || s.word(t.end) != "by" {
		return nil
	}
	p := t.start - 1
	if s.chunkAt[p] >= 0 || s.trigTok[p] && !s.nominalAt(p) {
		return nil
	}
	if s.hasPOS && !s.pos[p].IsNoun() || !s.hasPOS && (s.isVerb(p) || !s.isModifier(p)) {
		return nil
	}
	return s.byAgent(t.end)
}

// nominalAt reports whether token i belongs to a nominal trigger.
func (s *sentence) nominalAt(i int) bool {
	for k := range s.matches {
		if m := &s.matches[k]; m.nominal && i >= m.start && i < m.end {
			return true
		}
	}
	return false
}

// causeSubject returns the subject of an "after" or "when" clause that
// starts at token i (time words aside), or nil.
func (s *sentence) causeSubject(i int) []actor {
	i = s.skipTime(i)
	if w := s.word(i); w != "after" && w != "when" {
		return nil
	}
	ci := s.chunkOf(i + 1)
	if ci < 0 || s.chunks[ci].weak {
		return nil
	}
	g := s.group(ci)
	if !s.looksVerb(s.skipTime(s.chunks[g[len(g)-1]].last)) {
		return nil
	}
	var out []actor
	for _, k := range g {
		if k >= ci {
			out = append(out, s.chunks[k].actors...)
		}
	}
	return out
}

// actorsFrom returns the actors of chunk ci and of the chunks coordinated
// with it after it ("X and Y" from X).
func (s *sentence) actorsFrom(ci int) []actor {
	var out []actor
	for _, k := range s.group(ci) {
		if k >= ci {
			out = append(out, s.chunks[k].actors...)
		}
	}
	return out
}

// byAgent returns the actor of a "by" phrase right after a passive verb.
func (s *sentence) byAgent(from int) []actor {
	for i := from; i < s.n() && i < from+12; i++ {
		if stopsObject(s, i) {
			return nil
		}
		if ci := s.chunkAt[i]; ci >= 0 {
			if s.chunks[ci].prep == "by" {
				return s.actorsFrom(ci)
			}
			i = s.chunks[ci].last - 1
		}
	}
	return nil
}

// betweenParties returns the two or more actors of a "between X and Y"
// (or "among") phrase that starts within three tokens of from, or nil.
func (s *sentence) betweenParties(from int) []actor {
	for i := from; i < s.n() && i < from+3; i++ {
		if s.words[i] == "between" || s.words[i] == "among" {
			if ci := s.chunkOf(i + 1); ci >= 0 {
				var parties []actor
				parties = append(parties, s.actorsFrom(ci)...)
				if len(parties) >= 2 {
					return parties
				}
			}
			return nil
		}
		if s.chunkAt[i] >= 0 || stopsObject(s, i) {
			return nil
		}
	}
	return nil
}

// nounAgent returns the actor of a "by" phrase within an event noun's own
// phrase: right after it or after its "of" phrase.
func (s *sentence) nounAgent(from int) []actor {
	i := from
	for ; i < s.n() && i < from+10 && s.word(i) != "by"; i++ {
		// Over the noun's own prepositional phrases ("the outreach for
		// dialogue with Tokyo by Yoon's administration"), not past a
		// verb or a bracket.
		if w := s.words[i]; isPunct(w) && !isQuote(w) && w != "-" || s.verbLike(i) || s.looksVerb(i) {
			return nil
		}
	}
	if s.word(i) != "by" && !(s.chunkOf(i) >= 0 && s.chunks[s.chunkOf(i)].prep == "by") {
		return nil
	}
	return s.byAgent(i)
}

// targetVerbs, after an event noun, name its target: "the strike
// targeted X".
var targetVerbs = set(`target targets targeted targeting hit hits`)

// targetVerbObject returns the direct object of a target verb that
// follows the event noun ending before token i (over its prepositional
// phrases), or nil.
func (s *sentence) targetVerbObject(i int) []actor {
	for k := i; k < s.n() && k < i+6; k++ {
		w := s.words[k]
		if targetVerbs[w] && s.chunkAt[k] < 0 {
			j := k + 1
			for j < s.n() && j < k+4 && s.chunkAt[j] < 0 && (determiners[s.words[j]] || s.isModifier(j) || quantifierLen(s.words, j) > 0) {
				j++
			}
			if ci := s.chunkOf(j); ci >= 0 && !s.chunks[ci].weak {
				return s.actorsFrom(ci)
			}
			return nil
		}
		if stopsObject(s, k) || s.verbLike(k) {
			return nil
		}
	}
	return nil
}

// nationalityBefore reports whether the phrase ending at token j is a bare
// nationality ("Armenian"), not a possessive.
func (s *sentence) nationalityBefore(j int) bool {
	c := s.chunks[s.chunkAt[j]]
	return len(c.actors) > 0 && c.actors[len(c.actors)-1].arg.Type == entity.NORP && s.words[j] != "'s"
}

// fromAgent returns the actors of a "from X" phrase at token i, or nil.
func (s *sentence) fromAgent(i int) []actor {
	if s.word(i) != "from" {
		return nil
	}
	ci := s.chunkOf(i + 1)
	if ci < 0 || s.chunks[ci].prep != "from" || s.chunks[ci].weak {
		return nil
	}
	return s.actorsFrom(ci)
}

// reactionVerbs take a reaction noun whose agent reacts to the clause's
// subject ("drawing criticism from X").
var reactionVerbs = set(`draw draws drew drawn drawing prompt prompts prompted prompting spark sparks sparked
	sparking trigger triggers triggered triggering provoke provokes provoked provoking earn earns earned
	earning`)

// phraseStart returns the first token of the noun phrase whose head is
// at i: back over modifiers and determiners.
func (s *sentence) phraseStart(i int) int {
	for i > 0 && s.chunkAt[i-1] < 0 && (determiners[s.words[i-1]] || s.isModifier(i-1) && !isPunct(s.words[i-1])) {
		i--
	}
	return i
}

// nominalParticipants finds the participants of an event noun: actors
// inside the phrase ("joint US-South Korea exercises"), a modifier or
// possessive before it ("U.S. sanctions", "Japan's occupation"), "by X"
// after it, "between X and Y", or else the clause's subject.
func (x *Extractor) nominalParticipants(s *sentence, t *trig, ev *event) {
	// Actors inside the matched phrase.
	var inside []actor
	for i := t.start; i < t.end; i++ {
		if ci := s.chunkAt[i]; ci >= 0 && t.inGap(i) {
			inside = append(inside, s.chunks[ci].actors...)
			i = s.chunks[ci].last - 1
		}
	}
	obj, recip, _ := s.object(t, t.end, nil)
	ev.obj, ev.recip = obj, recip
	if len(obj) == 0 && !recip {
		// "a U.S. missile strike in Somalia targeted al-Qaida members".
		ev.obj = s.targetVerbObject(t.end)
	}
	if len(ev.obj) == 0 && !recip {
		// "a visit last week to Y": the parse's framed dependent.
		ev.obj = s.nounObject(t, inside)
	}
	if len(inside) > 0 {
		ev.subj = inside
		return
	}
	if g := s.verbBeforeNoun(t.start); g != nil && (g.root() == Appeal || g.root() == Demand || g.root() == Reject) && !s.executiveBefore(t.start) {
		// "called for dialogue between Israel and Hamas": the act
		// asked for or refused is not realized.
		return
	}
	// "between X and Y".
	if parties := s.betweenParties(t.end); parties != nil {
		ev.subj, ev.obj = parties, nil
		return
	}
	// A modifier or possessive right before the noun.
	j := t.start - 1
	for j >= 0 && j >= t.start-4 && s.chunkAt[j] < 0 && (s.isModifier(j) && !isPunct(s.words[j]) || s.words[j] == "-") && !determiners[s.words[j]] {
		j--
	}
	if j >= 0 && s.chunkAt[j] < 0 && possessivePronouns[s.words[j]] {
		// "its blockade of Qatar"; in an appeal or accusation, the
		// addressee's: "called on Israel to end its blockade".
		if t.gov != nil && (s.words[j] == "its" || s.words[j] == "their") {
			if obj, _, _ := s.object(t.gov, t.gov.head+1, nil); len(obj) > 0 {
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
	if j >= 0 && s.chunkAt[j] >= 0 && t.root() == MassViolence && s.nationalityBefore(j) {
		// "the Armenian genocide": a nationality names the victims of
		// mass violence, not its agent.
		ev.subj = s.nounAgent(t.end)
		return
	}
	if j >= 0 && s.chunkAt[j] >= 0 {
		ci := s.chunkAt[j]
		c := s.chunks[ci]
		if c.last == j+1 {
			var g []actor
			for _, k := range s.group(ci) {
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
	if agent := s.nounAgent(t.end); agent != nil {
		ev.subj = agent
		return
	}
	// "criticism from France", unless "from" frames the object ("imports
	// from China").
	if !t.e.hasFrame("from") {
		if agent := s.fromAgent(t.end); agent != nil {
			ev.subj = agent
			if len(ev.obj) == 0 && reactionVerbs[s.word(s.phraseStart(t.start)-1)] {
				// "began exercises, drawing criticism from North Korea":
				// the reaction is to the clause's subject.
				ev.obj, _ = s.clauseSubjectBefore(t.start)
			}
			return
		}
	}
	// "Mr. Modi's two-day state tour", "a visit by X": the parse's
	// possessor or agent.
	if subj := s.nounSubject(t); len(subj) > 0 {
		ev.subj = subj
		ev.obj = withoutActors(ev.obj, subj)
		return
	}
	if !x.opts.nominal {
		return
	}
	// "During talks with X, Y said": a nominal in a fronted phrase takes
	// the main clause's subject.
	if subj, ci := s.frontedSubject(t.start); ci >= 0 {
		ev.subj = subj
		ev.subjEnd = s.chunks[ci].last
		if len(ev.obj) == 0 && !ev.recip && t.root() == Consult {
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
		if t.gov.root() != Disapprove {
			return
		}
		if obj, _, _ := s.object(t.gov, t.gov.head+1, nil); len(obj) > 0 {
			ev.subj = obj
			return
		}
	}
	// The clause's subject, when the noun is an object or in a temporal
	// phrase of its clause ("held talks with", "during talks with"), not
	// when it complements another noun ("a protest against the arrest
	// of").
	if p := s.prepBefore(t.start); p == "for" {
		if m := s.consultBefore(t.start); m != nil {
			// "arrived in Lima for talks with X": the traveller's talks.
			ev.subj, _, _, _ = s.subject(m, m.start)
			return
		}
		return
	} else if p != noPrep && !clauseNominalPreps[p] {
		return
	}
	if s.topicOfTalk(t.start) {
		// "Blinken and Lavrov discussed the war in Ukraine": a topic of
		// the talks, not the speakers' act.
		return
	}
	subj, ci := s.clauseSubjectBefore(t.start)
	if ci >= 0 && s.governorBetween(s.chunks[ci].last, t.start) && !s.executiveBefore(t.start) {
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
	ev.subj = s.lightSubject(t)
	ev.obj = withoutActors(ev.obj, ev.subj)
}

// consultBefore returns the verbal consultation trigger ("arrived",
// "flew to") that precedes token i in its clause, or nil.
func (s *sentence) consultBefore(i int) *trig {
	start := s.clauseStart(i - 1)
	for k := range s.matches {
		if m := &s.matches[k]; !m.nominal && m.root() == Consult && m.start >= start && m.start < i {
			return m
		}
	}
	return nil
}

// mainObject returns the direct object of the verb that follows the
// subject chunk ci, or nil.
func (s *sentence) mainObject(ci int) []actor {
	k := s.chunks[ci].last
	verb := false
	for k < s.n() && s.chunkAt[k] < 0 && (s.verbLike(k) || auxiliaries[s.words[k]] || isAdverb(s.words[k]) || negations[s.words[k]]) {
		verb = verb || s.verbLike(k)
		k++
	}
	oc := s.chunkOf(k)
	if !verb || oc < 0 || s.chunks[oc].prep != "" || s.chunks[oc].weak {
		return nil
	}
	return s.actorsFrom(oc)
}

// clauseNominalPreps may introduce an event noun whose subject is the
// clause's subject.
var clauseNominalPreps = set(`during after before in at amid following despite since`)

// noPrep is the empty preposition: the noun is a direct object.
const noPrep = ""

// executiveVerbs carry out their direct object: "ordered the expulsion
// of X" is the expulsion.
var executiveVerbs = set(`order orders ordered ordering`)

// executiveBefore reports whether the event noun at token i is the direct
// object of an executive verb ("ordered the closure of").
func (s *sentence) executiveBefore(i int) bool {
	k := i - 1
	for k >= 0 && s.chunkAt[k] < 0 && (determiners[s.words[k]] || s.isModifier(k) && !s.trigTok[k]) {
		k--
	}
	return k >= 0 && executiveVerbs[s.words[k]]
}

// governorBetween reports whether a governing trigger (an appeal,
// demand, accusation, refusal, threat or intent) lies in tokens [i, j).
// topicOfTalk reports whether the noun phrase starting near token i is
// what a verb of talk or comment before it is about: "discussed the
// war", "commented on the sanctions".
func (s *sentence) topicOfTalk(i int) bool {
	k := i - 1
	for k >= 0 && i-k <= 4 && s.chunkAt[k] < 0 && !s.trigTok[k] && (determiners[s.words[k]] || possessivePronouns[s.words[k]] || s.isModifier(k) || aboutPreps[s.words[k]]) {
		k--
	}
	if k < 0 || !s.trigTok[k] {
		return false
	}
	for m := range s.matches {
		T := &s.matches[m]
		if !T.nominal && k >= T.start && k < T.end && (T.root() == Consult || T.root() == Statement) {
			return true
		}
	}
	return false
}

// thatlessClause reports whether a clause without "that" starts at
// token i: a subject pronoun or an actor phrase, then a modal ("warned
// it could strike", "warned Seoul would pay").
func (s *sentence) thatlessClause(i int) bool {
	j := i
	switch {
	case subjectPronouns[s.word(i)]:
		j = i + 1
	case s.chunkOf(i) >= 0 && s.chunks[s.chunkOf(i)].first == i && s.chunks[s.chunkOf(i)].prep == "":
		j = s.chunks[s.chunkOf(i)].last
	default:
		return false
	}
	return modalIntended[s.word(j)] || modalPossible[s.word(j)]
}

// verbBeforeNoun returns the verbal trigger whose direct object is the
// noun phrase that starts near token i, or nil.
func (s *sentence) verbBeforeNoun(i int) *trig {
	k := i - 1
	for k >= 0 && i-k <= 4 && s.chunkAt[k] < 0 && !s.trigTok[k] && (determiners[s.words[k]] || possessivePronouns[s.words[k]] || s.isModifier(k)) {
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

// aboutPreps introduce what talk is about.
var aboutPreps = set(`on about over regarding concerning`)

func (s *sentence) governorBetween(i, j int) bool {
	for k := range s.matches {
		m := &s.matches[k]
		if m.start >= i && m.start < j && m.e.governs() {
			return true
		}
	}
	return false
}

// frontedSubject returns the subject of the main clause when token i
// lies in a sentence-initial prepositional phrase closed by a comma.
func (s *sentence) frontedSubject(i int) ([]actor, int) {
	if !prepositions[s.word(0)] {
		return nil, -1
	}
	for k := 1; k < i; k++ {
		if s.words[k] == "," || s.isVerb(k) {
			return nil, -1
		}
	}
	for k := i; k < s.n(); k++ {
		if s.words[k] == "," {
			if ci := s.chunkOf(k + 1); ci >= 0 && s.subjectEligible(ci) {
				var out []actor
				out = append(out, s.actorsFrom(ci)...)
				return out, ci
			}
			return nil, -1
		}
		if s.isVerb(k) && !auxiliaries[s.words[k]] || clauseStops[s.words[k]] {
			return nil, -1
		}
	}
	return nil, -1
}

// clauseSubjectBefore finds the subject of the clause that contains token
// i, when that subject ends before i with a verb or preposition between.
func (s *sentence) clauseSubjectBefore(i int) ([]actor, int) {
	start := s.clauseStart(i - 1)
	for k := start; k < i; k++ {
		ci := s.chunkAt[k]
		if ci < 0 {
			if s.isVerb(k) && !auxiliaries[s.words[k]] && !(s.hasPOS && s.pos[k] == 0) {
				// A verb before any actor: the clause subject is not an actor.
				if s.hasPOS {
					return nil, -1
				}
			}
			continue
		}
		c := s.chunks[ci]
		if !s.subjectEligible(ci) {
			k = c.last - 1
			continue
		}
		between := false
		for m := c.last; m < i; m++ {
			w := s.words[m]
			if s.isVerb(m) || prepositions[w] {
				between = true
				break
			}
		}
		if !between {
			return nil, -1
		}
		var out []actor
		for _, g := range s.group(ci) {
			out = append(out, s.chunks[g].actors...)
		}
		return out, ci
	}
	return nil, -1
}

// obligationModals make a reported clause an appeal ("X says Y should")
// or a demand ("X says Y must") by the speaker.
var obligationModals = map[string]Predicate{"should": Appeal, "ought": Appeal, "must": Demand}

// reportedObligations finds "X says Y should/must do Z": the saying is
// the act (an appeal or a demand by X to Y), and the events of Z, not
// realized, are suppressed.
func (x *Extractor) reportedObligations(s *sentence, dates []dateAt) []Relation {
	var out []Relation
	for i, w := range s.words {
		pred, ok := obligationModals[w]
		end := min(i+2, s.n())
		negated, characterized := false, false
		if e := s.rightTo(i); !ok && e > 0 {
			// "Kenya said Somalia has the right to defend its waters":
			// support for Somalia.
			pred, ok, end = DiplomaticCooperation, true, e
		}
		if !ok {
			// "Tehran said Washington was the main enemy": the saying is a
			// verbal attack (or, "a reliable partner", praise).
			if p, e, neg := s.characterization(i); p != 0 {
				pred, ok, end, negated, characterized = p, true, e, neg, true
			}
		}
		if !ok || i == 0 || s.chunkAt[i-1] < 0 {
			continue
		}
		ci := s.chunkAt[i-1]
		if s.chunks[ci].last != i || !s.subjectEligible(ci) {
			continue
		}
		start, report := s.clauseBounds(i)
		if !report {
			continue
		}
		rv := start - 1
		if s.word(rv) == "that" {
			rv--
		}
		if rv < 0 || !s.reportVerb(rv) {
			continue
		}
		var speaker []actor
		if s.word(rv-1) == "as" && rv >= 2 {
			// "quotes the minister as saying".
			if k := s.chunkAt[rv-2]; k >= 0 && s.chunks[k].last == rv-1 {
				speaker = s.chunks[k].actors
			}
		} else {
			probe := &trig{start: rv, end: rv + 1, head: rv, e: &entry{}}
			speaker, _, _, _ = s.subject(probe, rv)
		}
		if len(speaker) == 0 {
			continue
		}
		var target []actor
		for _, g := range s.group(ci) {
			target = append(target, s.chunks[g].actors...)
		}
		for k := range s.matches {
			if m := &s.matches[k]; !characterized && m.start > i && !s.scopeEnds(i, m.start) && !s.contrastBetween(i, m.start) {
				m.suppressed = true
			}
		}
		code := pred.Code()
		for _, a := range uniqueActors(speaker) {
			for _, b := range uniqueActors(target) {
				if sameActor(a, b) {
					continue
				}
				o := b.arg
				out = append(out, Relation{Subject: a.arg, Object: &o, Predicate: pred, CAMEO: code,
					Trigger: s.tokSpan(i, end), Sentence: s.span, Date: nearestDate(dates, i), Negated: negated})
			}
		}
	}
	return out
}

// namingVerbs call their object something: "called Israel a terrorist
// state", "described Kenya as a reliable partner".
var namingVerbs = set(`call calls called calling describe describes described describing label labels
	labeled labelled labeling labelling`)

// namedCharacterizations finds "X called Y a NOUN" with NOUN one of
// characterNouns: a verbal attack on Y (or praise).
func (x *Extractor) namedCharacterizations(s *sentence, dates []dateAt) []Relation {
	var out []Relation
	for i, w := range s.words {
		if !namingVerbs[w] || s.trigTok[i] {
			continue
		}
		var target []actor
		e := 0
		if ci := s.chunkOf(i + 1); ci >= 0 && s.chunks[ci].prep == "" && !s.chunks[ci].weak {
			g := s.group(ci)
			e = s.chunks[g[len(g)-1]].last
			for _, k := range g {
				if k >= ci {
					target = append(target, s.chunks[k].actors...)
				}
			}
		} else if target, e = s.namedEvent(i + 1); target == nil {
			continue
		}
		if s.word(e) == "as" {
			e++
		}
		pred, end, neg := s.characterNoun(e)
		if pred == 0 {
			continue
		}
		probe := &trig{start: i, end: i + 1, head: i, e: &entry{}}
		speaker, _, _, _ := s.subject(probe, i)
		for _, a := range uniqueActors(speaker) {
			for _, b := range uniqueActors(target) {
				if sameActor(a, b) {
					continue
				}
				o := b.arg
				out = append(out, Relation{Subject: a.arg, Object: &o, Predicate: pred, CAMEO: pred.Code(),
					Trigger: s.tokSpan(i, end), Sentence: s.span, Date: nearestDate(dates, i), Negated: neg})
			}
		}
	}
	return out
}

// namedEvent reads an event noun phrase at token i ("the recognition of
// Kosovo by the United States", "Japan's decision") and returns its
// agent and the token after "as", or nil.
func (s *sentence) namedEvent(i int) ([]actor, int) {
	k := i
	for k < s.n() && k < i+3 && determiners[s.words[k]] {
		k++
	}
	var N *trig
	for m := range s.matches {
		if t := &s.matches[m]; t.nominal && t.start >= k && t.start <= k+2 {
			N = t
			break
		}
	}
	if N == nil {
		return nil, 0
	}
	agent := s.nounAgent(N.end)
	if agent == nil {
		if ci := s.eventAgent(N.end - 1); ci >= 0 {
			agent = s.chunks[ci].actors
		}
	}
	if agent == nil {
		return nil, 0
	}
	for e := N.end; e < s.n() && e < N.end+12; e++ {
		if s.words[e] == "as" {
			return agent, e
		}
		if stopsObject(s, e) {
			break
		}
	}
	return nil, 0
}

// conditions finds "X will do Y unless Z does W" (and "will not ...
// until Z does W"): a condition set for another actor is a demand of it.
func (x *Extractor) conditions(s *sentence, dates []dateAt) []Relation {
	var out []Relation
	for i, w := range s.words {
		if w != "unless" && !(w == "until" && s.negatedBefore(i)) || i == 0 {
			continue
		}
		ci := s.chunkOf(i + 1)
		if ci < 0 || s.chunks[ci].weak || s.chunks[ci].prep != "" && s.chunks[ci].prep != w {
			continue
		}
		g := s.group(ci)
		if v := s.skipTime(s.chunks[g[len(g)-1]].last); !s.looksVerb(v) &&
			(s.hasPOS || v >= s.n() || isPunct(s.words[v]) || prepositions[s.words[v]] || determiners[s.words[v]]) {
			continue
		}
		subj, _ := s.clauseSubjectBefore(i)
		if len(subj) == 0 {
			continue
		}
		var target []actor
		for _, k := range g {
			if k >= ci {
				target = append(target, s.chunks[k].actors...)
			}
		}
		for _, a := range uniqueActors(subj) {
			for _, b := range uniqueActors(target) {
				if sameActor(a, b) {
					continue
				}
				o := b.arg
				out = append(out, Relation{Subject: a.arg, Object: &o, Predicate: Demand, CAMEO: "10",
					Trigger: s.tokSpan(i, i+1), Sentence: s.span, Date: nearestDate(dates, i)})
			}
		}
	}
	return out
}

// negatedBefore reports whether a negation stands in the clause before
// token i: "will not negotiate until".
func (s *sentence) negatedBefore(i int) bool {
	for k := i - 1; k >= 0 && k >= i-8; k-- {
		w := s.words[k]
		if negations[w] {
			return true
		}
		if w == "," || w == ";" || s.reportVerb(k) {
			return false
		}
	}
	return false
}

// characterNouns are what a speaker may call another actor: a verbal
// attack (11) or praise (05).
var characterNouns = map[string]Predicate{
	"enemy": Disapprove, "enemies": Disapprove, "threat": Disapprove, "menace": Disapprove,
	"aggressor": Disapprove, "terrorist": Disapprove, "terrorists": Disapprove, "criminal": Disapprove,
	"criminals": Disapprove, "liar": Disapprove, "puppet": Disapprove, "obstacle": Disapprove,
	"dictator": Disapprove, "dictatorship": Disapprove, "responsible": Disapprove, "behind": Disapprove,
	"guilty": Disapprove, "culprit": Disapprove, "aggression": Disapprove, "violation": Disapprove,
	"provocation": Disapprove, "interference": Disapprove, "mistake": Disapprove,
	"friend": DiplomaticCooperation, "ally": DiplomaticCooperation, "partner": DiplomaticCooperation,
	"brother": DiplomaticCooperation, "model": DiplomaticCooperation,
}

// copulas link a reported subject to what it is said to be.
var copulas = set(`is are was were remains remained`)

// characterization reads "is/was (not) (a|the) (adjectives) NOUN" at
// token i, NOUN one of characterNouns, and returns its predicate, the end
// of the phrase and whether it is negated; 0 when there is none.
func (s *sentence) characterization(i int) (Predicate, int, bool) {
	if !copulas[s.words[i]] {
		return 0, 0, false
	}
	return s.characterNoun(i + 1)
}

// characterNoun reads "(not) (a|the) (adjectives) NOUN" from token i.
func (s *sentence) characterNoun(i int) (Predicate, int, bool) {
	neg := false
	for k := i; k < s.n() && k <= i+5; k++ {
		w := s.words[k]
		if p, ok := characterNouns[w]; ok {
			if w == "behind" && s.chunkOf(k+1) < 0 && !determiners[s.word(k+1)] {
				return 0, 0, false
			}
			return p, k + 1, neg
		}
		switch {
		case negations[w]:
			neg = true
		case determiners[w] || isAdverb(w) || s.chunkAt[k] < 0 && (s.hasPOS && (s.pos[k].IsAdjective() || s.pos[k] == text.CD) || !s.hasPOS && s.isModifier(k)):
		default:
			return 0, 0, false
		}
	}
	return 0, 0, false
}

// rightTo returns the end of "has (every|the|a full) right to" when the
// phrase starts at token i, else 0.
func (s *sentence) rightTo(i int) int {
	if w := s.words[i]; w != "has" && w != "have" && w != "had" {
		return 0
	}
	k := i + 1
	for k < s.n() && k <= i+3 && s.words[k] != "right" {
		switch s.words[k] {
		case "every", "the", "a", "full", "sovereign", "legitimate":
			k++
			continue
		}
		return 0
	}
	if s.word(k) == "right" && s.word(k+1) == "to" {
		return k + 2
	}
	return 0
}

// contrastBetween reports whether "rather than" or "instead of" lies
// between tokens i and j: what follows is a separate act.
func (s *sentence) contrastBetween(i, j int) bool {
	for k := i; k+1 < j; k++ {
		if s.words[k] == "rather" && s.words[k+1] == "than" || s.words[k] == "instead" && s.words[k+1] == "of" {
			return true
		}
	}
	return false
}

// governs reports whether a trigger of this entry takes a complement whose
// events it absorbs: appeals, demands, accusations, refusals and threats
// are about an unrealized or alleged act, not the act itself.
func (e *entry) governs() bool {
	switch e.pred {
	case Appeal, Demand, Disapprove, Reject, Threaten:
		return true
	}
	return e.takesComp
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
func (s *sentence) markGoverned() {
	for g := range s.matches {
		G := &s.matches[g]
		if !G.e.governs() || G.suppressed {
			continue
		}
		that, negDone := false, false
		for k := g + 1; k < len(s.matches); k++ {
			T := &s.matches[k]
			if s.scopeEnds(G.end, T.start) {
				break
			}
			if s.word(T.start-1) == "that" || s.word(G.end) == "that" || s.thatlessClause(G.end) {
				that = true
			}
			if !that && !s.complementStart(G, T) {
				continue
			}
			if G.e.denies {
				// "denied sending weapons"; but "denied Israeli accusations"
				// still reports the accusation.
				T.suppressed = !T.nominal
				continue
			}
			if !G.e.takesComp {
				switch {
				case T.nominal:
					T.gov = G
				case G.e.negates && !negDone && !that:
					// "refused to sign an accord with X": the refusal,
					// and the refused act reported negated.
					T.governed, T.govMod, T.govNeg = true, Asserted, true
					negDone = true
				case G.root() == Disapprove && s.word(G.end) != "to" && !s.purposeTo(G.end, T.start):
					// "accused Egypt of financing Sudanese rebels": the
					// alleged act, done by the accused.
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
			case G.e.forceCode != "" && T.root() >= Coerce:
				// "vowed to retaliate against X": a threat, coded so. A
				// show of force stays itself ("vowed to upgrade its
				// arsenal" is 15, intended).
				T.governed, T.govMod = true, G.e.complement
				T.forceCode, T.forcePred = G.e.forceCode, G.e.forcePred
				G.suppressed = true
			case G.e.code == "":
				T.governed, T.govMod, T.govNeg = true, G.e.complement, G.e.negates
			case T.root() <= YieldRoot || T.root() == ExhibitForcePosture && G.e.code != "" && G.e.forceCode == "" && !s.hostileAfter(T):
				// Cooperation: the intent is the event (and an offer of
				// troops is one: "offered to send troops to Somalia") ("offered to
				// mediate between Mali and Niger" is 03 to both), and so
				// for the event noun its verb takes ("to host talks").
				T.suppressed = true
				G.comp = T
				if N := s.objectNoun(k); N != nil && N.root() <= YieldRoot {
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
func (s *sentence) hostileAfter(T *trig) bool {
	for i := T.end; i < s.n() && !stopsObject(s, i); i++ {
		switch s.words[i] {
		case "against", "at", "toward", "towards", "on":
			return true
		}
	}
	return false
}

// objectNoun returns the event noun that is the direct object of the
// verbal trigger s.matches[k] ("host talks", "resume the negotiations"),
// or nil.
func (s *sentence) objectNoun(k int) *trig {
	T := &s.matches[k]
	if T.nominal || k+1 >= len(s.matches) {
		return nil
	}
	N := &s.matches[k+1]
	if !N.nominal || N.start-T.end > 3 {
		return nil
	}
	for i := T.end; i < N.start; i++ {
		if s.chunkAt[i] >= 0 || !(determiners[s.words[i]] || possessivePronouns[s.words[i]] || s.isModifier(i)) {
			return nil
		}
	}
	return N
}

// purposeTo reports whether an infinitive "to" right before token j,
// after token i, opens a purpose clause ("summoned the envoy to
// protest").
func (s *sentence) purposeTo(i, j int) bool {
	if j <= i || s.word(j-1) != "to" {
		return false
	}
	for k := i; k < j-1; k++ {
		switch s.words[k] {
		case "of", "for", "that", "to":
			return false // "accused X of plotting to kill"
		}
	}
	return true
}

// YieldRoot is the last of the cooperative CAMEO roots (01-08).
const YieldRoot = Yield

// complementStart reports whether trigger T lies in the complement of G:
// after "to" before a verb (an infinitive), or after "of", "from", "for",
// "against" or "that" ("accused X of air raids on Y", "ready to resume
// talks"), but not after "to" before a noun phrase ("ordered troops to
// the area").
func (s *sentence) complementStart(G, T *trig) bool {
	if T.start == G.end && T.form&formGerund != 0 {
		return true // "denied supplying weapons"
	}
	if G.end > 0 && s.words[G.end-1] == "to" {
		// "ready to resume talks", "due to visit", not "due to the
		// sanctions".
		next := G.end
		for next < T.start && isAdverb(s.words[next]) {
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
	for k >= G.end && isAdverb(s.words[k]) {
		k--
	}
	return k >= G.end && s.words[k] == "to" && (!T.nominal || s.infinitive(T.start))
}

// infinitive reports whether token i, after "to", is a verb rather than
// the start of a noun phrase.
func (s *sentence) infinitive(i int) bool {
	if i < 0 || i >= s.n() {
		return false
	}
	if s.hasPOS {
		return s.pos[i] == text.VB
	}
	return !determiners[s.words[i]] && !possessivePronouns[s.words[i]] && s.chunkOf(i) < 0 && !s.caps[i] && !isPunct(s.words[i])
}

// reasonWords open a phrase of cause or circumstance that ends a complement.
var reasonWords = set(`because amid despite due`)

// scopeEnds reports whether a clause boundary lies between tokens i and
// j: a semicolon, "but", a comma not inside the complement, or a new verb
// phrase ("and has expelled"). It takes constant time: the first boundary
// at or after i is looked up in the sentence's tables.
func (s *sentence) scopeEnds(i, j int) bool {
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
func (s *sentence) boundaryAt(k, j int) bool {
	w := s.words[k]
	switch {
	case w == ";" || w == "but" || w == "." || w == ":" || w == "who" || w == "which":
		return true // a relative clause is its antecedent's: "harboring militants who attack X"
	case (w == "and" || w == "or") && (auxiliaries[s.word(k+1)] || s.verbLike(k+1) || isAdverb(s.word(k+1)) && s.verbLike(k+2)):
		return true
	case (w == "and" || w == "or") && s.chunkOf(k-1) < 0 && s.chunkOf(k+1) >= 0 && s.verbLike(s.chunks[s.chunkOf(k+1)].last):
		return true // "X seeking to ... and North Korea accelerating its tests": a new subject
	case reasonWords[w]:
		return true // "vowed to expand its arsenal because of joint drills": a reason is no complement
	case (w == "-" || w == "\u2014" || w == "\u2013") && s.verbLike(k+1):
		return true // "warned of chaos - blaming X": a participle clause of its own
	case w == "," && k+1 < j && (s.verbLike(k+1) || s.word(k+1) == "and" || clauseSubordinators[s.word(k+1)]):
		return true
	case clauseSubordinators[w] && w != "as" && (s.chunkOf(k+1) >= 0 || determiners[s.word(k+1)] && s.chunkOf(k+2) >= 0):
		return true // "after U.S. lawmakers visited Taiwan": a new clause
	}
	return false
}

// modality sets the negation and modality of an event from the words
// between its subject and its trigger.
func (s *sentence) modality(ev *event) {
	t := ev.t
	from := ev.subjEnd
	if ev.modFrom >= 0 {
		from = ev.modFrom // "would not recognize X and accused Y"
	}
	if from < 0 || from > t.start {
		from = s.clauseStart(t.start - 1)
	}
	mod := Asserted
	cueNeg, wordNeg := false, false // a negating cue ("refused to", "ruled out") and a negation word
	if t.governed {
		mod = t.govMod
		cueNeg = t.govNeg
	}
	if t.alleged {
		mod = Possible
	}
	for i := from; i < t.start; i++ {
		if reasonWords[s.words[i]] {
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
		w := s.words[i]
		switch {
		case modalIntended[w]:
			if mod == Asserted {
				mod = Intended
			}
		case modalPossible[w] && !(w == "may" && s.caps[i] && i > 0):
			mod = Possible // not the month: "in May"
		case negations[w]:
			wordNeg = true
		case w == "longer" && s.word(i-1) == "no":
			wordNeg = true
		case w == "yet" && s.word(i+1) == "to":
			wordNeg = true // "has yet to recognize"
		case failVerbs[w] && s.word(i+1) == "to":
			ev.negated = true // "failed to reach an agreement"
		case w == "no" && planNouns[s.word(i+1)] && s.word(i+2) == "to":
			ev.negated = true // "has no plans to meet"
			if mod == Asserted {
				mod = Intended
			}
		case w == "is" || w == "are" || w == "was" || w == "were":
			if s.word(i+1) == "to" && mod == Asserted {
				mod = Intended
			}
		}
		for k := range s.matches {
			m := &s.matches[k]
			if m.start == i && m.e.takesComp && m.e.code == "" && m != t {
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
		if w == "if" || w == "unless" {
			mod = Hypothetical
			inCondition = true
			for k := i + 1; k < t.start; k++ {
				if s.verbLike(k) && !auxiliaries[s.words[k]] {
					inCondition = false // "if Iran goes on, it would impose sanctions"
				}
			}
			break
		}
		if w == "," || w == ";" || s.reportVerb(i) {
			break
		}
	}
	if t.root() == ReduceRelations && s.sanctionWords(t) && !inCondition && (mod == Possible || mod == Hypothetical || s.conditionAfter(t.end)) {
		// "may impose sanctions if ...": a conditional sanction is a
		// threat.
		ev.threat = true
		mod = Asserted
	}
	if t.forcePred == Threaten {
		mod = Asserted
	}
	switch t.root() {
	case Threaten:
		mod = Asserted
	case IntentToCooperate:
		if mod == Intended {
			mod = Asserted
		}
	}
	ev.modality = mod
}

// neitherBefore reports whether "neither" opens the phrase of the actor
// at token i.
func (s *sentence) neitherBefore(i int) bool {
	ci := s.chunkOf(i)
	if ci < 0 {
		return false
	}
	first := s.chunks[s.group(ci)[0]].first
	return s.word(first) == "neither" || s.word(first-1) == "neither"
}

// planNouns after "no" and before "to" deny an intention: "has no plans
// to meet".
var planNouns = set(`plan plans intention intentions`)

// failVerbs before "to" negate the event: "failed to reach a deal".
var failVerbs = set(`fail fails failed failing`)

// sanctionWords reports whether trigger t speaks of sanctions, an
// embargo or tariffs.
func (s *sentence) sanctionWords(t *trig) bool {
	for i := t.start; i < t.end; i++ {
		w := s.words[i]
		if !t.inGap(i) && (strings.HasPrefix(w, "sanction") || strings.HasPrefix(w, "embargo") || strings.HasPrefix(w, "tariff")) {
			return true
		}
	}
	return false
}

// conditionAfter reports whether an "if" or "unless" clause follows
// token i in its sentence.
func (s *sentence) conditionAfter(i int) bool {
	for k := i; k < s.n(); k++ {
		switch s.words[k] {
		case "if", "unless":
			return true
		case ";", ".":
			return false
		}
	}
	return false
}

// future reports whether ev is reported as still to come: intended or
// hypothetical, or possible by a modal ("could meet in November"; not
// "may have met", not an alleged act).
func (s *sentence) future(ev *event) bool {
	switch ev.modality {
	case Intended, Hypothetical:
		return true
	case Possible:
		return !ev.t.alleged && s.word(ev.t.start-1) != "have"
	}
	return false
}

// relations turns an event into relations, one per subject-object pair.
func (x *Extractor) relations(s *sentence, ev *event, dates []dateAt) []Relation {
	t := ev.t
	base := Relation{
		Predicate: t.e.pred,
		CAMEO:     t.e.code,
		Trigger:   s.tokSpan(t.start, t.end),
		Sentence:  s.span,
		Negated:   ev.negated,
		Modality:  ev.modality,
		Date:      s.eventDate(dates, t.start, s.future(ev)),
	}
	if ev.threat {
		base.Predicate, base.CAMEO = Threaten, "13"
	}
	if t.forceCode != "" {
		base.Predicate, base.CAMEO = t.forcePred, t.forceCode
	}
	var out []Relation
	add := func(a actor, b *actor) {
		if b != nil && sameActor(a, *b) {
			return
		}
		if b != nil && t.e.symmetric && !t.passive && b.arg.Start < a.arg.Start {
			// One record per pair, the first-mentioned party as subject.
			o := a
			a, b = *b, &o
		}
		r := base
		r.Subject = a.arg
		if t.e.personCode != "" && a.arg.Type == entity.Person {
			r.Predicate, r.CAMEO = t.e.personPred, t.e.personCode
		}
		if b != nil {
			o := b.arg
			r.Object = &o
		}
		out = append(out, r)
	}
	subj := uniqueActors(ev.subj)
	obj := uniqueActors(ev.obj)
	switch {
	case ev.recip:
		if len(subj) < 2 || len(subj) > x.opts.maxParties {
			return nil
		}
		for i := range subj {
			for j := i + 1; j < len(subj); j++ {
				add(subj[i], &subj[j])
			}
		}
	case len(obj) == 0:
		switch {
		case t.e.symmetric && len(subj) >= 2:
			if len(subj) > x.opts.maxParties {
				return nil
			}
			for i := range subj {
				for j := i + 1; j < len(subj); j++ {
					add(subj[i], &subj[j])
				}
			}
		case t.e.nullable:
			for _, a := range subj {
				if !a.weak {
					add(a, nil)
				}
			}
		}
	default:
		if len(subj)*len(obj) > x.opts.maxParties*x.opts.maxParties {
			return nil
		}
		for _, a := range subj {
			for j := range obj {
				add(a, &obj[j])
			}
			if len(out) == 0 && t.e.nullable && !a.weak {
				// "killings of Rohingya civilians" by Myanmar's army:
				// its own people are no other party.
				add(a, nil)
			}
		}
	}
	return out
}

// sameActor reports whether a relation between a and b would be a
// self-relation: the same entity, or a country and its own people or
// organs. Distinct organizations and people of one country may act on
// each other and on their government (a party demanding that its
// government act).
func sameActor(a, b actor) bool {
	if a.key() == b.key() {
		return true
	}
	if a.arg.Start == b.arg.Start && a.arg.End == b.arg.End && !(a.plural && b.plural) {
		return true
	}
	ca, cb := a.country(), b.country()
	if ca == "" || ca != cb {
		return false
	}
	state := func(x actor) bool { return x.arg.Type == entity.GPE || x.arg.Type == entity.NORP }
	person := func(x actor) bool { return x.arg.Type == entity.Person }
	return state(a) && (state(b) || person(b)) || state(b) && person(a)
}

// sameGroup reports whether two subject groups are the same actors.
func sameGroup(a, b []actor) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i].key() != b[i].key() {
			return false
		}
	}
	return true
}

func uniqueActors(as []actor) []actor {
	var out []actor
	seen := map[string]bool{}
	for _, a := range as {
		k := a.key()
		if seen[k] {
			continue
		}
		seen[k] = true
		out = append(out, a)
	}
	return out
}

func sortRelations(rs []Relation) {
	sort.SliceStable(rs, func(i, j int) bool {
		a, b := rs[i], rs[j]
		if a.Sentence.Start != b.Sentence.Start {
			return a.Sentence.Start < b.Sentence.Start
		}
		if a.Trigger.Start != b.Trigger.Start {
			return a.Trigger.Start < b.Trigger.Start
		}
		if a.Subject.Start != b.Subject.Start {
			return a.Subject.Start < b.Subject.Start
		}
		ao, bo := -1, -1
		if a.Object != nil {
			ao = a.Object.Start
		}
		if b.Object != nil {
			bo = b.Object.Start
		}
		if ao != bo {
			return ao < bo
		}
		return a.CAMEO < b.CAMEO
	})
}

// dedup keeps one relation per sentence, subject, predicate and object
// (the first, by trigger position), and drops an event without object
// when its subject has one of that predicate with an object in the
// sentence ("sent warships toward Taiwan in a show of force").
func dedup(rs []Relation) []Relation {
	targeted := map[string]bool{}
	for _, r := range rs {
		if r.Object != nil {
			targeted[argKey(r.Subject)+"|"+r.Predicate.Code()+"|"+itoa(r.Sentence.Start)] = true
		}
	}
	seen := map[string]bool{}
	out := rs[:0]
	for _, r := range rs {
		k := argKey(r.Subject) + "|" + r.Predicate.Code() + "|"
		if r.Object != nil {
			k += argKey(*r.Object)
		}
		k += "|" + itoa(r.Sentence.Start)
		if seen[k] || r.Object == nil && targeted[argKey(r.Subject)+"|"+r.Predicate.Code()+"|"+itoa(r.Sentence.Start)] {
			continue
		}
		seen[k] = true
		out = append(out, r)
	}
	return out
}

func argKey(a Argument) string { return actor{arg: a}.key() }
