package relation

import (
	"github.com/geoextract/geoextract/entity"
	"github.com/geoextract/geoextract/gazetteer"
	"github.com/geoextract/geoextract/internal/english"
	"github.com/geoextract/geoextract/internal/text"
)

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
	if !o.modelSet {
		o.model, _ = DefaultModel() // nil when it does not load: the rules alone
	}
	x := &Extractor{lex: lex, opts: o}
	if fr := x.frames(); fr != nil && lex != nil && lex.wd != nil {
		// The lexicon adds words to classes: its word lists read them.
		x.opts.frames = fr.withWords(lex.wd.t)
	}
	return x
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
	wd := x.lex.wordSet()
	var traced []TraceEvent
	for si, se := range doc.Sentences {
		if se.First < 0 || se.Last > len(doc.Tokens) || se.First >= se.Last {
			continue
		}
		for _, w := range windows(doc, se.First, se.Last) {
			s, ok := newSentenceChecked(doc, si, valid, ix, wd, w[0], w[1])
			if !ok {
				continue
			}
			if fr != nil {
				s.pv = &parseView{frames: fr, ac: x.opts.accusals}
			}
			s.unnamed = x.opts.unnamed
			s.roots = x.opts.roots
			if x.opts.trace != nil {
				s.tr = &tracer{}
			}
			triggerReader{s}.findTriggers(x.lex)
			rs := x.extractSentence(s, published)
			rs = append(rs, pruneReversed(s.roots, x.pairRelations(s, rs, published))...)
			rs = pruneSources(s, rs)
			if s.tr != nil {
				s.tr.settle(rs)
				traced = append(traced, s.tr.events...)
			}
			out = append(out, rs...)
		}
	}
	sortRelations(out)
	out = dedup(out)
	if x.opts.trace != nil {
		reportTrace(x.opts.trace, traced, out)
	}
	return out
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
	governReader{s}.markGoverned()
	governReader{s}.markPatientComplements()
	governReader{s}.markQuestion()
	dates := dateReader{s}.dates(published)
	out := x.reportedObligations(reportReader{s}, dates)
	out = append(out, x.namedCharacterizations(reportReader{s}, dates)...)
	out = append(out, x.conditions(reportReader{s}, dates)...)
	out = append(out, x.reportedAccusations(s, dates)...)
	out = append(out, x.deniedCharges(s, dates)...)
	out = append(out, x.reportedDemands(s, dates)...)
	out = append(out, x.stances(s, dates)...)
	var prev *event
	for k := range s.matches {
		t := &s.matches[k]
		if t.suppressed || t.e.code == "" {
			s.tr.dropTrig(t, StageGovern, reasonIf(t.suppressed, ReasonAbsorbed, ReasonNoCode))
			continue
		}
		if askedFor(s, t) || executesNoun(s, t) {
			s.tr.dropTrig(t, StageGovern, ReasonAbsorbed)
			continue
		}
		ev, ok := x.participants(s, t)
		if x.opts.model != nil || x.opts.collect != nil {
			s.found = append(s.found, foundEvent{root: t.root(), tok: t.head, subj: actorKeys(ev.subj), obj: actorKeys(ev.obj)})
		}
		if ag := participleAgent(s, t); ok && len(ag) > 0 {
			// "supports the sanctions imposed on Mali by ECOWAS": the
			// sanctions are ECOWAS's, not the supporter's.
			ev.subj, ev.coord, ev.subjEnd, ev.modFrom = withoutActors(ag, ev.obj), false, -1, -1
			ok = len(ev.subj) > 0
		}
		if !ok {
			s.tr.noRelation(&ev)
			continue
		}
		if sharesAbsorbed(s, t, &ev) {
			s.tr.dropTrig(t, StageGovern, ReasonAbsorbed)
			continue
		}
		if !ev.recip && len(ev.obj) == 0 && !t.passive && (t.e.symmetric && len(uniqueActors(ev.subj)) >= 2 || !t.e.nullable) {
			// "A, B and C cut relations and all contacts with D": the
			// coordinated parties act on the party named after the
			// trigger's noun phrase, not on each other; "cut off gas,
			// oil and electricity supplies to Ukraine": the list of
			// what is cut off ends at its target. The event nouns in
			// the list are the verb's objects, no events of their own
			// ("suspended trade, flights and aid to Somalia").
			obj, at := partnerAfter(s, t)
			if ev.obj = withoutActors(obj, ev.subj); len(ev.obj) > 0 {
				for j := range s.matches {
					if m := &s.matches[j]; m.nominal && m.start >= t.end && m.end <= at {
						m.suppressed = true
					}
				}
			}
		}
		if ev.coord && len(ev.obj) == 0 && !ev.recip && !t.e.nullable && prev != nil && len(prev.obj) > 0 && sameGroup(prev.subj, ev.subj) && !(participantReader{s}).ownObject(t) {
			// "met with X on Monday and signed a trade deal": the
			// coordinated verb shares the earlier object.
			ev.obj = prev.obj
		}
		modalReader{s}.modality(&ev)
		rs := x.relations(s, &ev, dates)
		if len(rs) == 0 {
			s.tr.noRelation(&ev)
		}
		out = append(out, rs...)
		if len(ev.obj) > 0 {
			e := ev
			prev = &e
		}
	}
	return subsumePosture(out, s.roots)
}

// subsumePosture drops a show of force against an actor when the same
// sentence has its subject use force on that actor: "crossed into Sudan
// and clashed with Sudanese troops" is a clash, not an incursion without
// combat.
func subsumePosture(rs []Relation, rb *rootBehaviours) []Relation {
	force := map[string]bool{}
	for _, r := range rs {
		if r.Object != nil && rb.has(r.Predicate, usesForce) && !r.Negated {
			force[argKey(r.Subject)+"|"+argKey(*r.Object)] = true
		}
	}
	if len(force) == 0 {
		return rs
	}
	out := rs[:0]
	for _, r := range rs {
		if rb.has(r.Predicate, subsumedByForce) && r.Object != nil && force[argKey(r.Subject)+"|"+argKey(*r.Object)] {
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

// statesOnly returns the actors of as that are not places below a state:
// a town, a province or a site (gazetteer kinds city, state, place), or a
// place linked to no entity of the gazetteer. Countries, territories, governed
// regions and capitals stand for their governments; persons and
// organizations are kept.
func statesOnly(as []actor) []actor {
	var out []actor
	for _, a := range as {
		switch a.kind {
		case gazetteer.KindCity, gazetteer.KindState, gazetteer.KindPlace:
			continue
		case "":
			if a.arg.ID == "" && (a.arg.Type == entity.GPE || a.arg.Type == entity.Loc) {
				continue
			}
		}
		out = append(out, a)
	}
	return out
}

// partnerAfter returns the party of verbal trigger t named after the noun
// phrase that ends the trigger, when the phrase goes on past a list comma
// to one of the trigger's prepositions: "have cut diplomatic relations and
// all land, sea and air contacts with Qatar", "cut off gas, oil and
// electricity supplies to Ukraine", and where that phrase starts. The
// words in between are a coordination of nouns (no verb, no other actor,
// no comma right before the preposition, which would set off an adjunct:
// "held talks, with China watching"); the party is not followed by a
// participle ("with Putin saying"). Nil and -1 when there is none.
func partnerAfter(s *sentence, t *trig) ([]actor, int) {
	if t.nominal || t.end >= s.n() {
		return nil, -1
	}
	limit := min(s.n(), t.end+maxObjectDistance)
	for i := t.end; i < limit; i++ {
		w := s.words[i]
		ci := s.chunkAt[i]
		if ci >= 0 {
			c := s.chunks[ci]
			if c.prep == "" || !t.e.hasFrame(c.prep) || s.word(c.first-1) == "," || thingName(c) || c.weak ||
				s.hasPOS && c.last < s.n() && s.pos[c.last] == text.VBG {
				return nil, -1
			}
			var out []actor
			for _, k := range (scanReader{s}).group(ci) {
				if k >= ci {
					out = append(out, s.chunks[k].actors...)
				}
			}
			return out, c.first
		}
		switch {
		case w == "," || s.wd.has(english.Coordinators, w) || s.wd.has(english.Determiners, w):
		case s.wd.has(english.Prepositions, w) && t.e.hasFrame(w):
		case s.isModifier(i) && !s.isVerb(i) && !s.trigTok[i]:
		case s.trigTok[i] && !s.verbTok[i] && s.hasPOS && s.pos[i].IsNoun():
			// an event noun of the list: "trade, flights and aid"
		default:
			return nil, -1
		}
	}
	return nil, -1
}

// askedFor reports whether nominal trigger t heads the object of an
// appeal, demand or threat and its possessor is the actor asked to act:
// "called for Israel's withdrawal from Syria", "demanded Russia's
// withdrawal from Ukraine". That act is asked for or threatened, not
// done (the guideline does not annotate the unrealised act); the appeal
// to its agent is the relation. Only a determiner, the possessor and
// modifiers stand between them; an event named further inside the complement stays
// ("urged Eritrea to reverse its ban on flights": the ban is in force;
// "demanding that U.S. sanctions be lifted"), and so does what is
// rejected ("rejected Israel's accusations": they were made), and an
// order carries out its object ("ordered their release").
func askedFor(s *sentence, t *trig) bool {
	if !t.nominal {
		return false
	}
	for k := range s.matches {
		g := &s.matches[k]
		if g.end > t.start || g.end <= g.start || g.suppressed || g.e.takesComp {
			continue
		}
		if !s.roots.has(g.root(), asksForNoun) || s.at(g.head, english.ExecutiveVerbs) {
			continue // "ordered the expulsion of X" is the expulsion
		}
		if nounPhraseBetween(s, g.end, t.start) && possessorBetween(s, g.end, t.start) {
			return true
		}
	}
	return false
}

// executesNoun reports whether verbal trigger t is an order whose object
// is an event noun that gives relations of its own (internal/english
// executive_verbs): "Britain ordered the immediate closure of Iran's
// embassy", "Russia ordered the expulsion of two Polish diplomats" are the
// closure and the expulsion, no demand made of Iran or Poland.
func executesNoun(s *sentence, t *trig) bool {
	if t.nominal || !s.at(t.head, english.ExecutiveVerbs) {
		return false
	}
	for k := range s.matches {
		n := &s.matches[k]
		if n.nominal && !n.suppressed && n.e.code != "" && n.start >= t.end && nounPhraseBetween(s, t.end, n.start) && !possessorBetween(s, t.end, n.start) {
			return true
		}
	}
	return false
}

// possessorBetween reports whether an actor phrase in [i, j) is the
// possessor of the noun at j ("Israel's withdrawal"): the agent asked to
// act. Without one ("encourage continued pressure on North Korea") the
// dev gold reads the noun's relation as the appeal's content, kept.
func possessorBetween(s *sentence, i, j int) bool {
	for k := i; k < j; k++ {
		if s.chunkAt[k] >= 0 && possessiveAt(s, s.chunks[s.chunkAt[k]].last) {
			return true
		}
	}
	return false
}

// nounPhraseBetween reports whether tokens [i, j) can open a noun phrase
// whose head is token j: determiners, possessors, adverbs and modifiers
// (coordinated among themselves), with no complementizer and no verb.
func nounPhraseBetween(s *sentence, i, j int) bool {
	if j-i > 6 {
		return false
	}
	for k := i; k < j; k++ {
		w := s.words[k]
		switch {
		case s.at(k, english.Complementizer) || s.isVerb(k) && s.chunkAt[k] < 0:
			return false
		case s.chunkAt[k] >= 0 || s.wd.has(english.Determiners, w) || s.wd.has(english.PossessivePronouns, w) || s.wd.has(english.PossessiveClitic, w) ||
			w == "'" || isQuote(w) || s.wd.adverb(w) || s.isModifier(k):
		case s.wd.has(english.Coordinators, w) && k > i && s.chunkAt[k-1] < 0 && s.chunkOf(k+1) < 0:
			// "immediate and unconditional withdrawal"
		default:
			return false
		}
	}
	return true
}

// participleAgent returns the agent of the past participle that follows
// nominal trigger t and modifies it, as "by" introduces it in the
// participle's own phrase: "the sanctions imposed on Mali by ECOWAS",
// "the embargo imposed by the United States". The participle is no
// trigger of its own; nil when there is none.
func participleAgent(s *sentence, t *trig) []actor {
	v := t.end
	if !t.nominal || !s.hasPOS || v >= s.n() || s.pos[v] != text.VBN || s.trigTok[v] || s.chunkAt[v] >= 0 {
		return nil
	}
	return participantReader{s}.byAgent(v + 1)
}

// sharesAbsorbed reports whether verbal trigger t shares its subject,
// through a coordinating word, with an earlier verbal trigger that a
// governing trigger has absorbed: "blamed India for firing shells that
// killed five civilians and wounded 27 others", "urged Iran to release
// the sailors and return their boat". The coordinated verb is in the same
// complement, as unrealised or as alleged as the first.
func sharesAbsorbed(s *sentence, t *trig, ev *event) bool {
	if t.nominal || !ev.coord || ev.modFrom < 0 {
		return false
	}
	for k := range s.matches {
		p := &s.matches[k]
		if p != t && !p.nominal && p.suppressed && p.e.code != "" && p.start >= ev.subjEnd && p.end <= ev.modFrom {
			return true
		}
	}
	return false
}
