package relation

import (
	"github.com/geoextract/geoextract/internal/english"
	"github.com/geoextract/geoextract/internal/syntax"
)

// Stances: an actor's stated stand against another actor or its doing.
//   - REJECT: "X is (firmly) opposed to Y('s plan)" (class opposition_words,
//     accuse.yaml: opposition); "X will not accept Y's proposal" (a negated
//     verb of class acceptance_verbs); "X considers Y's plan unacceptable"
//     (a naming or evaluating verb with a word of rejection).
//   - DISAPPROVE: "X is concerned about Y's tests", "X is critical of Y"
//     (class concern_words, accuse.yaml: concern); "X's concerns about Y's
//     tests" (class concern_nouns, X their owner); "X called Y's decision
//     irresponsible", "X describes Y's policy as dangerous" (a naming or
//     evaluating verb with a word of blame or negative evaluation).
//
// The owner of what is opposed or called so is the target. A negated
// stance, a stance with no actor on either side ("the weather was
// terrible") and a question give nothing.

// stances returns the stances of the sentence, read off its parse.
// Sentences with no word of stance are not parsed for them.
func (x *Extractor) stances(s *sentence, dates []dateAt) []Relation {
	if s.pv == nil || s.question() {
		return nil
	}
	r, g, ok := reportedParse(s, accuseReader.stanceCue, func(ac *accusals) []syntax.Rel { return ac.stanceSubject })
	if !ok {
		return nil
	}
	ac := r.ac
	var out []Relation
	for i := range s.words {
		v := s.pv.tokWord[i]
		if v < 0 || s.pv.wordTok[v] != i {
			continue
		}
		if s.at(i, english.AcceptanceVerbs) && (negationReader{s}).parsed(g, v) && !g.Passive(v) && ac.nonAcceptance != 0 {
			// "X will not accept Y's proposal".
			probe := &trig{start: i, end: i + 1, head: i, e: &entry{}}
			holder := graphReader{s}.argsOf(g, probe, v, ac.stanceSubject, "")
			target := r.subjectActors(g, g.Dependents(v, ac.accepted...))
			out = append(out, s.pairs(holder, target, ac.nonAcceptance, s.tokSpan(i, i+1), nearestDate(dates, i), false)...)
			continue
		}
		if (negationReader{s}).parsed(g, v) {
			continue
		}
		probe := &trig{start: i, end: i + 1, head: i, e: &entry{}}
		var pred Predicate
		var target []actor
		end := i + 1
		switch {
		case s.at(i, english.OppositionWords) || s.at(i, english.ConcernWords):
			opposition := s.at(i, english.OppositionWords)
			pred = ac.concern
			if opposition {
				pred = ac.opposition
			}
			for _, d := range g.Dependents(v, ac.stanceTarget...) {
				if opposition && r.markedBy(g, d, english.AgentMarker) {
					// "X was opposed by Y": the passive of the verb, whose
					// trigger reads Y's act; Y is no target of X's stance
					// ("concerned by Y's tests" is).
					continue
				}
				if as := r.subjectActors(g, []int{d}); len(as) > 0 && r.markedBy(g, d, english.StancePrepositions) {
					target = append(target, as...)
					end = max(end, s.pv.wordTok[d]+1) // "opposed to Y's plan"
				}
			}
		case s.at(i, english.ConcernNouns):
			pred = ac.concern
			for _, d := range g.Dependents(v, ac.stanceNounTarget...) {
				if as := r.subjectActors(g, []int{d}); len(as) > 0 && r.markedBy(g, d, english.StancePrepositions) {
					target = append(target, as...)
					end = max(end, s.pv.wordTok[d]+1)
				}
			}
			if len(target) > 0 {
				var holder []actor
				for _, o := range g.Dependents(v, ac.stanceOwner...) {
					holder = append(holder, r.ownerActors(g, o)...)
				}
				out = append(out, s.pairs(holder, target, pred, s.tokSpan(i, end), nearestDate(dates, i), false)...)
			}
			continue
		case (s.at(i, english.NamingVerbs) || s.at(i, english.EvaluatingVerbs)) && !g.Passive(v):
			for _, o := range g.Dependents(v, ac.namingObject...) {
				e, p := r.evaluation(g, v, o)
				if e < 0 {
					continue
				}
				pred, end = p, max(end, e+1)
				target = append(target, r.subjectActors(g, []int{o})...)
			}
		}
		if pred == 0 || len(target) == 0 {
			continue
		}
		holder := graphReader{s}.argsOf(g, probe, v, ac.stanceSubject, "")
		out = append(out, s.pairs(holder, target, pred, s.tokSpan(i, end), nearestDate(dates, i), false)...)
	}
	return out
}

// stanceCue reports whether a word of the sentence could state a stance:
// a word of opposition or concern, or a naming verb with a word of blame
// or negative evaluation.
func (r accuseReader) stanceCue() bool {
	naming, bad := false, false
	for k := range r.words {
		if r.at(k, english.OppositionWords) || r.at(k, english.ConcernWords) || r.at(k, english.ConcernNouns) || r.at(k, english.AcceptanceVerbs) {
			return true
		}
		naming = naming || r.at(k, english.NamingVerbs) || r.at(k, english.EvaluatingVerbs)
		bad = bad || r.badAt(k) || r.phraseAt(k, english.RejectionWords)
	}
	return naming && bad
}

// badAt reports whether a word or phrase of blame or negative evaluation
// starts or ends at token k.
func (r accuseReader) badAt(k int) bool {
	return r.phraseAt(k, english.BlameWords) || r.phraseAt(k, english.NegativeEvaluations)
}

// evaluation returns the token of a word of blame, negative evaluation
// or rejection that says what naming verb v calls its object o (a
// dependent of either along the evaluation relations, after the object),
// and the predicate it makes: DISAPPROVE, or REJECT for a word of
// rejection; -1 when there is none.
func (r accuseReader) evaluation(g *syntax.Graph, v, o int) (int, Predicate) {
	for _, h := range []int{v, o} {
		for _, d := range g.Dependents(h, r.ac.evaluation...) {
			if d <= o {
				continue // "called the dangerous policy": no evaluation
			}
			for _, c := range g.Conjuncts(d) {
				k := r.pv.wordTok[c]
				switch {
				case (negationReader{r.sentence}).parsed(g, c):
				case r.badAt(k):
					return k, Disapprove // "as costly and dangerous"
				case r.phraseAt(k, english.RejectionWords):
					return k, Reject
				}
			}
		}
	}
	return -1, 0
}
