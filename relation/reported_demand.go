package relation

import (
	"github.com/geoextract/geoextract/entity"
	"github.com/geoextract/geoextract/internal/english"
	"github.com/geoextract/geoextract/internal/syntax"
)

// Reported demands: "X says Y must / needs to / has to / would have to do
// Z" is X DEMAND Y (with "should", the modal's own code: an appeal), and
// "X said talks could resume if Y changed its policy" is X DEMAND Y, a
// condition set for Y. The saying is read as the accusations are
// (accuse.go: speaker, reported clauses); the obligation and the
// condition are read off the reported clause by the relations of
// data/accuse/accuse.yaml and the word classes obligation_modals,
// obligation_verbs and conditionals. The speaker obliging itself ("Brazil
// said it must act"), a subject that is no actor ("people should stay
// calm"), a permission ("Y need not worry"), a passive ("Y must be
// stopped": Y is no addressee) and a question give nothing. The events
// of what Y is obliged to do are not realized and are suppressed.

// reportedDemands returns the reported obligations and conditions of the
// sentence. Sentences with no saying and no word of obligation or
// condition are not parsed for them.
func (x *Extractor) reportedDemands(s *sentence, dates []dateAt) []Relation {
	if s.pv == nil || s.question() {
		return nil
	}
	r, g, ok := reportedParse(s, accuseReader.demandCue, func(ac *accusals) []syntax.Rel { return ac.contentSubject })
	if !ok {
		return nil
	}
	ac := r.ac
	out := r.wanted(g, dates)
	out = append(out, r.ownConditions(g, dates)...)
	out = append(out, r.setConditions(g, dates)...)
	first := r.firstReport()
	for i := max(first, 0); first >= 0 && i < s.n(); i++ {
		rep, ok := r.reportAt(g, i)
		if !ok {
			continue
		}
		negated := negationReader{s}.parsed(g, rep.verb)
		for _, c := range rep.clauses {
			for _, h := range g.Conjuncts(c) {
				if h == rep.verb {
					continue
				}
				if pred, from, comp, ok := r.obligation(g, h); ok {
					target := r.subjectActors(g, r.clauseSubject(g, h, c))
					_, last := g.Span(comp)
					rs := s.pairs(rep.speaker, target, pred, s.tokSpan(from, r.pv.wordTok[comp]+1), nearestDate(dates, i), negated)
					if len(rs) > 0 {
						s.suppressWithin(from, r.pv.wordTok[last])
					}
					out = append(out, rs...)
				}
				for _, w := range r.predicateWords(g, h) {
					target, k := r.dependence(g, w)
					out = append(out, s.pairs(rep.speaker, target, ac.conditional, s.tokSpan(k, k+1), nearestDate(dates, i), negated)...)
				}
				for _, d := range r.conditions(g, h) {
					if r.threatens(g, h) {
						break
					}
					target := r.subjectActors(g, r.conditionSubject(g, d))
					first, _ := g.Span(d)
					out = append(out, s.pairs(rep.speaker, target, ac.conditional, s.tokSpan(r.pv.wordTok[first], r.pv.wordTok[d]+1), nearestDate(dates, i), negated)...)
				}
			}
		}
	}
	return out
}

// wanted returns "X wants Y to V" and "X told Y to V" as X DEMAND Y
// (accuse.yaml: wanting): a verb of class wanting_verbs or
// directive_verbs with an actor subject, an actor object along wanted and
// an infinitive complement along wanted_act that is neither negated nor
// passive. The events of the complement are not
// realized and are suppressed.
func (r accuseReader) wanted(g *syntax.Graph, dates []dateAt) []Relation {
	if r.ac.wanting == 0 {
		return nil
	}
	var out []Relation
	for i := range r.words {
		v := r.pv.tokWord[i]
		if v < 0 || r.pv.wordTok[v] != i || !r.at(i, english.WantingVerbs) && !r.at(i, english.DirectiveVerbs) || (negationReader{r.sentence}).parsed(g, v) || g.Passive(v) {
			continue
		}
		for _, x := range g.Dependents(v, r.ac.wantedAct...) {
			if (negationReader{r.sentence}).parsed(g, x) || g.Passive(x) || !r.markedBy(g, x, english.InfinitiveMarker) {
				continue
			}
			probe := &trig{start: i, end: i + 1, head: i, e: &entry{}}
			holder := graphReader{r.sentence}.argsOf(g, probe, v, r.ac.speaker, "")
			target := r.subjectActors(g, g.Dependents(v, r.ac.wantedObject...))
			rs := r.pairs(holder, target, r.ac.wanting, r.tokSpan(i, r.pv.wordTok[x]+1), nearestDate(dates, i), false)
			if len(rs) > 0 {
				_, last := g.Span(x)
				r.suppressWithin(r.pv.wordTok[x], r.pv.wordTok[last])
			}
			out = append(out, rs...)
		}
	}
	return out
}

// ownConditions returns "X will V if Y W" as X DEMAND Y (accuse.yaml:
// conditional): a clause that is not itself reported, with an actor
// subject X and a modal of intention or possibility, sets a condition
// (see conditions) whose subject is another actor Y.
func (r accuseReader) ownConditions(g *syntax.Graph, dates []dateAt) []Relation {
	var out []Relation
	for h := range g.Words {
		if hasRel(g.Words[h].Rel, r.ac.content) || !r.modalAt(g, h) {
			continue
		}
		conds := r.conditions(g, h)
		if len(conds) == 0 || r.threatens(g, h) {
			continue
		}
		subj := r.subjectActors(g, g.Dependents(h, r.ac.contentSubject...))
		for _, d := range conds {
			target := r.subjectActors(g, r.conditionSubject(g, d))
			first, _ := g.Span(d)
			k := r.pv.wordTok[h]
			out = append(out, r.pairs(subj, target, r.ac.conditional, r.tokSpan(r.pv.wordTok[first], r.pv.wordTok[d]+1), nearestDate(dates, k), false)...)
		}
	}
	return out
}

// threatens reports whether the clause headed by word h holds a trigger
// with one of the threat_roots (accuse.yaml): a condition on it is a
// threat, not a demand ("X could impose sanctions if Y refuses"), and a
// condition that holds it is a deterrent ("if Y attacks, X will respond").
func (r accuseReader) threatens(g *syntax.Graph, h int) bool {
	for _, w := range r.predicateWords(g, h) {
		if r.threatAt(r.pv.wordTok[w]) {
			return true
		}
	}
	return false
}

// threatAt reports whether a trigger with one of the threat_roots has
// its head at token k.
func (r accuseReader) threatAt(k int) bool {
	for m := range r.matches {
		if t := &r.matches[m]; t.head == k && r.ac.threatRoots[t.root()] {
			return true
		}
	}
	return false
}

// dependence returns who must act for word w, a word of class
// condition_words, to hold ("conditional on Y ending the war", "on Y's
// cooperation"), and w's token; nil when w is none.
func (r accuseReader) dependence(g *syntax.Graph, w int) ([]actor, int) {
	k := r.pv.wordTok[w]
	if !r.at(k, english.ConditionWords) || (negationReader{r.sentence}).parsed(g, w) || r.ac.conditional == 0 {
		return nil, k
	}
	var out []actor
	for _, d := range g.Dependents(w, r.ac.dependsOn...) {
		if !r.markedBy(g, d, english.ConditionPrepositions) {
			continue
		}
		if subj := g.Dependents(d, r.ac.contentSubject...); len(subj) > 0 {
			out = append(out, r.subjectActors(g, subj)...)
		} else {
			out = append(out, r.subjectActors(g, []int{d})...)
		}
	}
	return out, k
}

// setConditions returns "X made its aid contingent on Y's cooperation" as
// X DEMAND Y: a word of class condition_words that hangs from a verb
// along condition_setter, whose subject sets the condition.
func (r accuseReader) setConditions(g *syntax.Graph, dates []dateAt) []Relation {
	var out []Relation
	for w := range g.Words {
		h := g.Words[w].Head
		if h < 0 || !hasRel(g.Words[w].Rel, r.ac.conditionSetter) {
			continue
		}
		target, k := r.dependence(g, w)
		if len(target) == 0 {
			continue
		}
		setter := r.subjectActors(g, g.Dependents(h, r.ac.contentSubject...))
		out = append(out, r.pairs(setter, target, r.ac.conditional, r.tokSpan(k, k+1), nearestDate(dates, k), false)...)
	}
	return out
}

// demandCue reports whether a word of the sentence could lay an
// obligation or set a condition (a verb of obligation only just before
// the infinitive marker: "has to", not "has been").
func (r accuseReader) demandCue() bool {
	for k := range r.words {
		if r.at(k, english.ObligationModals) || r.at(k, english.ObligationVerbs) && r.at(k+1, english.InfinitiveMarker) ||
			r.at(k, english.Conditionals) || r.at(k, english.WantingVerbs) || r.at(k, english.DirectiveVerbs) || r.at(k, english.ConditionWords) {
			return true
		}
	}
	return false
}

// obligation reads an obligation laid on the subject of the clause headed
// by word h: a modal of class obligation_modals on h, or h a verb of
// class obligation_verbs with an infinitive complement. It returns the
// predicate, the token where the obligation's words start and the word
// that ends them (the clause's head or the complement); false when there
// is none, when it is a permission (negated verb of obligation) or when
// the clause is passive.
func (r accuseReader) obligation(g *syntax.Graph, h int) (Predicate, int, int, bool) {
	if g.Passive(h) {
		return 0, 0, 0, false
	}
	for _, d := range g.Dependents(h, r.ac.modal...) {
		k := r.pv.wordTok[d]
		if v, ok := r.wd.value(english.ObligationModals, r.word(k)); ok {
			return Predicate(v), k, h, true
		}
	}
	k := r.pv.wordTok[h]
	if !r.at(k, english.ObligationVerbs) || (negationReader{r.sentence}).parsed(g, h) || r.ac.obligation == 0 {
		return 0, 0, 0, false
	}
	for _, x := range g.Dependents(h, r.ac.obligationComplement...) {
		if (negationReader{r.sentence}).parsed(g, x) || g.Passive(x) || !r.markedBy(g, x, english.InfinitiveMarker) {
			continue
		}
		pred := r.ac.obligation
		if r.possibleAt(g, h) && r.ac.hedged != 0 {
			pred = r.ac.hedged // "Y may need to": an appeal
		}
		return pred, k, x, true
	}
	return 0, 0, 0, false
}

// conditions returns the dependents of word h along the condition
// relations that open with a marker of class conditionals, but for a
// concession ("even if") and for a hostile condition ("if Y attacks"): a deterrent, no demand.
func (r accuseReader) conditions(g *syntax.Graph, h int) []int {
	if r.ac.conditional == 0 {
		return nil
	}
	var out []int
	for _, d := range g.Dependents(h, r.ac.condition...) {
		if r.conditionMarked(g, d) && !r.threatAt(r.pv.wordTok[d]) {
			out = append(out, d)
		}
	}
	return out
}

// conditionMarked reports whether word d has a marker of class
// conditionals that no concessive word precedes ("even if").
func (r accuseReader) conditionMarked(g *syntax.Graph, d int) bool {
	for _, m := range g.Dependents(d, r.ac.marker...) {
		if k := r.pv.wordTok[m]; r.at(k, english.Conditionals) && !r.at(k-1, english.ConcessiveWords) {
			return true
		}
	}
	return false
}

// conditionSubject returns the subjects of condition clause d that are
// no pronoun (class referring): the pronoun of a condition most often is
// the speaker's own side ("announced that Z would serve if she won"),
// which coreference cannot tell reliably from another actor.
func (r accuseReader) conditionSubject(g *syntax.Graph, d int) []int {
	var out []int
	for _, e := range g.Dependents(d, r.ac.contentSubject...) {
		if !r.at(r.pv.wordTok[e], english.Referring) {
			out = append(out, e)
		}
	}
	return out
}

// markedBy reports whether word d has a dependent along the marker
// relations that is a word of class c.
func (r accuseReader) markedBy(g *syntax.Graph, d int, c wordClass) bool {
	for _, m := range g.Dependents(d, r.ac.marker...) {
		if r.at(r.pv.wordTok[m], c) {
			return true
		}
	}
	return false
}

// possibleAt reports whether word h has a dependent along the modal
// relations that is a modal of possibility ("may", "could").
func (r accuseReader) possibleAt(g *syntax.Graph, h int) bool {
	for _, d := range g.Dependents(h, r.ac.modal...) {
		if r.at(r.pv.wordTok[d], english.ModalPossible) {
			return true
		}
	}
	return false
}

// clauseSubject returns the subjects of the reported clause headed by
// word h, or, when it has none, of c, the first of its conjuncts.
func (r accuseReader) clauseSubject(g *syntax.Graph, h, c int) []int {
	subj := g.Dependents(h, r.ac.contentSubject...)
	if len(subj) == 0 && h != c {
		subj = g.Dependents(c, r.ac.contentSubject...)
	}
	return subj
}

// subjectActors returns the actors of subject words subj, conjuncts and
// appositions expanded; a word that is no actor stands for its owners
// along the owner relations ("the EU move", "Y's plan"), and an owner
// that is no actor for its own ("the Cuban government's treatment").
func (r accuseReader) subjectActors(g *syntax.Graph, subj []int) []actor {
	var out []actor
	for _, d := range subj {
		for _, e := range g.Expand(d) {
			as := graphReader{r.sentence}.actorsAtWord(g, e)
			if len(as) == 0 {
				as = r.ownersOf(g, e, 2)
			}
			out = append(out, as...)
		}
	}
	return uniqueActors(out)
}

// ownersOf returns the actors of the owners of word e along the owner
// relations, looking through up to depth owners that are no actor.
func (r accuseReader) ownersOf(g *syntax.Graph, e, depth int) []actor {
	var out []actor
	for _, o := range g.Dependents(e, r.ac.owner...) {
		as := r.ownerActors(g, o)
		if len(as) == 0 && depth > 1 {
			as = r.ownersOf(g, o, depth-1)
		}
		out = append(out, as...)
	}
	return out
}

// pairs returns one relation from each speaker to each target that is
// another actor.
func (s *sentence) pairs(speaker, target []actor, pred Predicate, trigger Span, date entity.Date, negated bool) []Relation {
	if pred == 0 {
		return nil // a reading an accusals file switched off (a one-code key given no code)
	}
	var out []Relation
	for _, a := range uniqueActors(speaker) {
		for _, b := range uniqueActors(target) {
			if sameActor(a, b) {
				continue
			}
			o := b.arg
			out = append(out, Relation{Subject: a.arg, Object: &o, Predicate: pred, CAMEO: pred.Code(),
				Trigger: trigger, Sentence: s.span, Date: date, Negated: negated})
		}
	}
	return out
}

// question reports whether the sentence ends with a word of class
// question_marks.
func (s *sentence) question() bool {
	for k := s.n() - 1; k >= 0; k-- {
		if s.at(k, english.QuestionMarks) {
			return true
		}
		if !isPunct(s.words[k]) {
			return false
		}
	}
	return false
}

// suppressWithin marks the triggers whose head lies in tokens from..last
// as not realized, but for those after the obligation's scope ends or
// after a contrast ("should talk to Y instead of sanctioning Z").
func (s *sentence) suppressWithin(from, last int) {
	for k := range s.matches {
		if m := &s.matches[k]; m.head >= from && m.head <= last &&
			!(governReader{s}).scopeEnds(from, m.start) && !(reportReader{s}).contrastBetween(from, m.start) {
			m.suppressed = true
		}
	}
}
