package relation

// Co-agents: two or more actors that do an act together as its subjects
// cooperate with each other in doing it ("French and Malian troops are
// fighting the rebels", "Uganda, Congo and South Sudan launched a joint
// offensive against the LRA": the guideline's joint operations, 06). The
// acts whose co-agents cooperate are the roots of co_agents_cooperate in
// data/roots/roots.yaml, the root of the cooperation is the one of
// co_agent_cooperation; no root is named here.

// coAgents returns the cooperation events between the subjects of the
// relations an act gave (made) whose root has co_agents_cooperate: one
// per pair of distinct subjects named apart, the first-mentioned as
// subject, with the act's trigger, date and modality. It gives none for a
// negated act, a reciprocal or symmetric one whose subjects act on each
// other ("X and Y clashed"), a relation recoded to another root ("Chavez
// and Khatami took turns attacking the United States": words), one
// subject, the actors of one plural description ("the two sides"), or
// more subjects than maxParties.
func (x *Extractor) coAgents(s *sentence, ev *event, subj, obj []actor, made []Relation) []Relation {
	if ev.negated || ev.recip || len(subj) < 2 || len(subj) > x.opts.maxParties || len(obj) == 0 && ev.t.e.symmetric {
		return nil
	}
	root, ok := s.roots.first(coAgentCooperation)
	if !ok {
		return nil
	}
	var agents []actor
	for _, a := range subj {
		if a.unnamed || a.weak || a.plural || isAmong(a, obj) || !actsIn(a, made, s.roots) {
			continue
		}
		agents = append(agents, a)
	}
	var out []Relation
	for i := range agents {
		for j := i + 1; j < len(agents); j++ {
			a, b := agents[i], agents[j]
			if sameActor(a, b) {
				continue
			}
			if b.arg.Start < a.arg.Start {
				a, b = b, a
			}
			r := made[0]
			r.Predicate, r.CAMEO = root, root.Code()
			r.Subject = a.arg
			o := b.arg
			r.Object = &o
			out = append(out, r)
		}
	}
	return out
}

// actsIn reports whether a is the subject of one of rs whose root has
// co_agents_cooperate.
func actsIn(a actor, rs []Relation, rb *rootBehaviours) bool {
	for _, r := range rs {
		if argKey(r.Subject) == a.key() && rb.has(r.Predicate, coAgentsCooperate) {
			return true
		}
	}
	return false
}

// isAmong reports whether a is one of as.
func isAmong(a actor, as []actor) bool {
	for _, b := range as {
		if a.key() == b.key() {
			return true
		}
	}
	return false
}
