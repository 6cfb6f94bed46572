package relation

import (
	"slices"
	"strings"

	"github.com/geoextract/geoextract/entity"
	"github.com/geoextract/geoextract/internal/english"
	"github.com/geoextract/geoextract/internal/text"
)

// participantReader finds the participants of a trigger beyond the
// scanners' subject and object: agents after "by", parties "between" two
// actors, possessors, gapped and reduced-relative objects, causers. It is a
// view of the sentence with no state of its own.
type participantReader struct{ *sentence }

// sharedAct reports whether chunk ci is followed by "in" and a gerund:
// "joined Germany in condemning".
func (s participantReader) sharedAct(ci int) bool {
	g := scanReader{s.sentence}.group(ci)
	e := s.chunks[g[len(g)-1]].last
	return s.at(e, english.LocationPreposition) && (s.hasPOS && s.pos[min(e+1, s.n()-1)] == text.VBG || s.wd.hasSuffixIn(english.GerundEndings, s.word(e+1)))
}

// jointPartner returns the phrase of the partner in a shared act: for a
// participle trigger t (or an event noun heading the participle's object)
// right after "in" that follows the object of a joint-act verb ("Germany
// joined France in imposing sanctions", "in imposing a travel ban"), the
// first phrase of that object's list; else -1.
func (s participantReader) jointPartner(t *trig) int {
	v := t.start
	if t.nominal {
		// "joined X in imposing a travel ban": the participle whose
		// object the event noun heads.
		v = s.phraseStart(t.start) - 1
	}
	i := v - 1
	if i < 2 || !s.at(i, english.LocationPreposition) || !s.participle(v) {
		return -1
	}
	ci := s.chunkOf(i - 1)
	if ci < 0 || s.chunks[ci].last != i || s.chunks[ci].prep != "" || s.chunks[ci].weak {
		return -1
	}
	g := scanReader{s.sentence}.group(ci)
	j := s.chunks[g[0]].first - 1
	for j > 0 && s.at(j, english.Determiners) {
		j--
	}
	if !s.at(j, english.JointActVerbs) {
		return -1
	}
	return g[0]
}

// participle reports whether token i is an -ing participle.
func (s participantReader) participle(i int) bool {
	return s.hasPOS && s.pos[min(i, s.n()-1)] == text.VBG || s.wd.hasSuffixIn(english.GerundEndings, s.word(i))
}

// jointCooperation reports whether the act shared by the partner phrase
// ci ("joined X in V-ing") is one of joint_act_roots, which makes the
// joining itself a cooperation with X ("joined the United States in
// imposing a travel ban"), not a verbal act ("joined Germany in
// condemning X").
func (s participantReader) jointCooperation(ci int) bool {
	g := scanReader{s.sentence}.group(ci)
	at := s.chunks[g[len(g)-1]].last + 1
	var verb, noun *trig // the participle's act, or its object noun's ("imposing a travel ban")
	for k := range s.matches {
		switch m := &s.matches[k]; {
		case !m.nominal && m.start == at:
			verb = m
		case m.nominal && m.start > at && s.phraseStart(m.start) == at+1 && (noun == nil || m.start < noun.start):
			noun = m
		}
	}
	if verb == nil {
		verb = noun
	}
	return verb != nil && s.wd.has(english.JointActRoots, verb.root().Code()[:2])
}

// subjunctive reports whether the clause whose subject is chunk ci has a
// base-form or obligation verb ("that Israel accept", "that Kenya should
// act"), not a tensed report ("that Russia had lied").
func (s participantReader) subjunctive(ci int) bool {
	g := scanReader{s.sentence}.group(ci)
	i := scanReader{s.sentence}.skipTime(s.chunks[g[len(g)-1]].last)
	w := s.word(i)
	switch {
	case s.wd.has(english.SubjunctiveMarkers, w):
		return true
	case s.wd.has(english.Auxiliaries, w) || s.wd.has(english.ModalIntended, w) || s.wd.has(english.ModalPossible, w):
		return false
	case s.hasPOS && !s.pos[i].IsVerb():
		return false
	}
	// By its shape, not its tag: taggers read "that Israel accept" as a
	// past tense.
	return !s.wd.hasSuffixIn(english.PastEndings, w) && (!s.wd.hasSuffixIn(english.ThirdPersonEndings, w) || s.wd.hasSuffixIn(english.UninflectedEndings, w))
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
func (s participantReader) ownObject(t *trig) bool {
	if t.nominal || t.end >= s.n() || s.chunkAt[t.end] >= 0 {
		return false
	}
	w := s.words[t.end]
	if s.wd.has(english.DefiniteArticle, w) && s.at(t.end+2, english.PossessiveClitic) {
		return false // "and praised the island's doctors": a description of the party
	}
	return s.wd.has(english.Determiners, w) || s.wd.has(english.PossessivePronouns, w) || s.hasPOS && s.pos[t.end].IsNoun()
}

// participants finds the subject and object of trigger t.
func (x *Extractor) participants(s *sentence, t *trig) (event, bool) {
	ev := event{t: t, subjEnd: -1, modFrom: -1}
	if t.nominal {
		if !t.governed && (nounReader{s}).cancelled(t) {
			// "Merkel postponed her visit to China".
			t.governed, t.govMod, t.govNeg = true, Asserted, true
		}
		x.nominalParticipants(nounReader{s}, t, &ev)
		if len(ev.subj) == 0 && x.opts.nominal {
			// "Sargsyan said during a meeting with UN envoys".
			ev.subj = nounClause{s}.companionSubject(t, ev.obj)
		}
		if p := (participantReader{s}).jointPartner(t); p >= 0 && len(ev.subj) > 0 {
			// "joined the United States in imposing a travel ban".
			ev.subj = append(ev.subj, withoutActors(participantReader{s}.actorsFrom(p), ev.subj)...)
			ev.obj = withoutActors(ev.obj, ev.subj)
		}
		if len(ev.subj) > 0 && len(ev.obj) == 0 && !ev.recip {
			// "Brazil granted China status during a visit by Hu Jintao":
			// the clause's subject hosts the event.
			ev.obj = graphReader{s}.hostObject(t, ev.subj)
		}
		if len(ev.subj) > 0 && len(ev.obj) == 0 && !ev.recip {
			// "expelled Czech diplomats in retaliation for expulsions
			// by Prague": the act answered was aimed at the clause's
			// subject.
			ev.obj = nounClause{s}.responseObject(t, ev.subj)
		}
		if len(ev.subj) > 0 && len(ev.obj) == 0 && !ev.recip {
			// "India accepted an invitation from Japan".
			ev.obj = nounReader{s}.recipientObject(t, ev.subj)
		}
	} else if agent := (participantReader{s}).reducedRelative(t); agent != nil {
		// "a deal brokered by China", "talks hosted by the EU": the
		// participle's agent acts; a consultation is with the parties of
		// the clause whose noun it modifies.
		ev.subj = agent
		ev.obj, ev.recip, _ = objectReader{s}.object(t, t.end, agent)
		if len(ev.obj) == 0 && s.roots.has(t.root(), counterpartFromClause) {
			ev.obj, _ = nounReader{s}.clauseSubjectBefore(t.start)
		}
		if len(ev.obj) == 0 && !ev.recip {
			// "an Italian reporter held hostage by the Taleban".
			ev.obj = eventArgReader{s}.describedPatient(t, agent)
		}
	} else if agent, patient := (eventArgReader{s}).participleOfPhrase(t); len(agent) > 0 && len(patient) > 0 {
		// "an Italian reporter held hostage by the Taleban", "Israeli
		// soldiers captured by Hamas": the agent acts on the phrase the
		// participle modifies.
		ev.subj, ev.obj = agent, patient
	} else if agent, patient := (participantReader{s}).appositiveParticiple(t); len(agent) > 0 && len(patient) > 0 {
		// "Syrian troops, backed by Russia, attacked": the agent acts on
		// the phrase the participle is set off from.
		ev.subj, ev.obj = agent, patient
	} else if t.phrase {
		// "Sanctions on Iran were imposed by Canada": the agent follows
		// "by"; the target is framed after the verb or inside the noun
		// phrase before it.
		ev.subj = participantReader{s}.byAgent(t.end)
		if ev.subj == nil {
			// "U.S. sanctions were imposed on Iran": with no "by", the
			// modifier of a wielded noun is the agent.
			ev.subj = s.wieldedAgent(t.start, participantReader{s}.phraseNounEnd(t))
		}
		obj, recip, _ := objectReader{s}.object(t, t.head+1, ev.subj)
		ev.obj, ev.recip = withoutActors(obj, ev.subj), recip
		if len(ev.obj) == 0 {
			ev.obj = withoutActors(participantReader{s}.gapObject(t), ev.subj)
		}
		if len(ev.obj) == 0 {
			// "Japan's ambassador was summoned by China".
			ev.obj = withoutActors(participantReader{s}.possessorOf(t.start), ev.subj)
		}
		if ci := s.chunkOf(t.start - 1); len(ev.obj) == 0 && ci >= 0 && s.chunks[ci].last == t.start && s.chunks[ci].prep == "" {
			// "the British ambassador was summoned by X".
			ev.obj = withoutActors(s.chunks[ci].actors, ev.subj)
		}
		if len(ev.obj) == 0 && !ev.recip && !t.e.nullable && !(t.e.symmetric && len(ev.subj) >= 2) {
			return ev, s.tr.dropTrig(t, StageParticipants, ReasonNoObject)
		}
	} else if t.alleged {
		ev.subj, _, _ = objectReader{s}.object(t.gov, t.gov.head+1, nil)
		if as, ok := (frameReader{s}).purposeSubject(t, -1); ok {
			// "accused Israel of forging passports for its agents to
			// travel to Dubai": the travellers are the agents.
			ev.subj = as
		}
		obj, recip, _ := objectReader{s}.object(t, t.head+1, ev.subj)
		ev.obj, ev.recip = obj, recip
		if len(ev.obj) == 0 && !recip {
			return ev, s.tr.dropTrig(t, StageParticipants, ReasonNoObject) // "accused Belarus of mobilizing troops": no target
		}
	} else {
		subj, ci, coord, at := scanReader{s}.subject(t, t.start)
		subj, ci, coord = frameReader{s}.frameSubject(t, subj, ci, coord)
		if len(subj) == 0 {
			// "a delegation traveling to Vietnam, including X and Y":
			// the members of the group the participle modifies.
			subj = eventArgReader{s}.participleMembers(t)
		}
		if p := (participantReader{s}).jointPartner(t); p >= 0 && len(subj) > 0 {
			// "Germany joined France in imposing sanctions": France
			// imposes them too.
			subj = append(subj, withoutActors(participantReader{s}.actorsFrom(p), subj)...)
		}
		ev.subj, ev.coord = subj, coord
		if at >= 0 {
			ev.modFrom = at
		}
		if ci >= 0 {
			ev.subjEnd = s.chunks[ci].last
		}
		obj, recip, oc := objectReader{s}.object(t, t.head+1, subj)
		ev.obj, ev.recip = frameReader{s}.frameObject(t, subj, obj), recip
		if oc >= 0 && s.roots.has(t.root(), jointAct) && (participantReader{s}).sharedAct(oc) {
			// "joined Germany in condemning X": the act is shared, no
			// cooperation with Germany; but a material act done together
			// is ("joined the United States in imposing a travel ban").
			if !(participantReader{s}).jointCooperation(oc) {
				return ev, s.tr.dropTrig(t, StageParticipants, ReasonSharedAct)
			}
			ev.obj = withoutActors(ev.obj, subj)
			return ev, len(subj) > 0 && len(ev.obj) > 0
		}
		if t.e.orgTarget {
			// "joined NATO", not "does not join it" (a project).
			ev.obj = orgsOnly(ev.obj)
			if len(ev.obj) == 0 {
				return ev, s.tr.dropTrig(t, StageParticipants, ReasonObjectNotOrg)
			}
		}
		if len(obj) > 0 && s.roots.has(t.root(), thatReportsClaim) && s.at(t.end, english.Complementizer) && !(participantReader{s}).subjunctive(oc) {
			// "suggested that Russia had lied" reports a claim.
			return ev, s.tr.dropTrig(t, StageParticipants, ReasonReportedClaim)
		}
		if len(obj) == 0 && !recip && t.comp != nil && !t.comp.nominal {
			// The intent's complement names the other party.
			ev.obj, _, _ = objectReader{s}.object(t.comp, t.comp.head+1, subj)
		}
		if len(ev.obj) == 0 && !recip && t.compNoun != nil && !s.at(participantReader{s}.phraseStart(t.compNoun.start)-1, english.TopicPreps) {
			// "offered to host talks between Armenia and Azerbaijan":
			// the parties of the complement's event noun; not those of
			// a noun the complement is about ("agreed to cooperate on
			// the repatriation of Rohingya refugees").
			if ev.obj = (participantReader{s}).betweenParties(t.compNoun.end); ev.obj == nil {
				ev.obj, _, _ = objectReader{s}.object(t.compNoun, t.compNoun.end, subj)
			}
		}
		if !ev.recip && s.roots.has(t.root(), threatenedActTarget) && t.compAct != nil && !t.passive && allOwn(ev.obj, subj) {
			// "warned that Moscow could aim its missiles at Ukraine":
			// the threatened act's target.
			ev.obj, _, _ = objectReader{s}.object(t.compAct, t.compAct.head+1, subj)
		}
		if len(ev.obj) == 0 && !ev.recip && s.roots.has(t.root(), causeAgentTarget) && !t.passive {
			// "The Philippines protested after Chinese ships fired on
			// its boats": the disapproval is of the act's agent.
			ev.obj = participantReader{s}.causeSubject(t.end)
		}
		if len(ev.obj) == 0 && !ev.recip && !t.passive {
			// "restricted his access", "reduced his sentence": the
			// possessor inside the phrase.
			ev.obj = withoutActors(eventArgReader{s}.gapPossessor(t), subj)
		}
		if len(ev.obj) == 0 && !ev.recip && !t.passive {
			ev.obj = graphReader{s}.graphObject(t, subj)
		}
		if len(ev.obj) == 0 && !ev.recip && !t.passive {
			// "demanded a formal inquiry into Israel's conduct".
			ev.obj = eventArgReader{s}.complementObject(t, subj)
		}
		if len(ev.obj) == 0 && !ev.recip && !t.passive {
			// "severed ties over Qatar's support for militants".
			ev.obj = graphReader{s}.causeObject(t, subj)
		}
		if len(ev.obj) == 0 && !ev.recip && !t.passive {
			// "rejected the plan proposed by the United States".
			ev.obj = graphReader{s}.authorObject(t, subj)
		}
		if len(ev.obj) == 0 && !ev.recip && !t.passive {
			// "called for a vigorous reaction from Brussels".
			ev.obj = graphReader{s}.requestSource(t, subj)
		}
		if len(ev.obj) == 0 && !ev.recip && !t.passive {
			// "spoke with Lavrov, demanding Whelan's release".
			ev.obj = objectReader{s}.contactAddressee(t, subj)
		}
		if len(ev.obj) == 0 && !ev.recip && !t.passive && t.e.hasFrame("direct") {
			// "detained activists, including Aung San Suu Kyi".
			ev.obj = withoutActors(nounReader{s}.includedMembers(t.end), subj)
		}
		if t.passive {
			// "X was attacked by Y": Y is the agent; without one, only a
			// force posture keeps its grammatical subject ("were put on
			// alert").
			agent := participantReader{s}.byAgent(t.end)
			if agent == nil {
				agent = graphReader{s}.graphSubject(t)
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
					if w := s.word(t.end); t.e.hasFrame("direct") || s.wd.has(english.Prepositions, w) && !s.wd.has(english.AgentMarker, w) && t.e.hasFrame(w) && s.at(t.end+1, english.AgentMarker) {
						// Also with a stranded preposition: "Sweden's bid
						// was commented on by Turkey".
						patient = participantReader{s}.passivePossessor(t)
					}
					if len(patient) == 0 {
						patient = withoutActors(ev.obj, agent)
					}
					if len(patient) == 0 {
						patient = graphReader{s}.graphObject(t, agent)
					}
				}
				ev.obj, ev.subj = patient, agent
				if len(ev.obj) == 0 && !t.e.nullable && !(t.e.symmetric && len(agent) >= 2) {
					// "The accord was signed by Israel and Jordan" gives
					// the pair, "civilians were massacred by X" a mass
					// killing; otherwise a passive needs its patient.
					return ev, s.tr.dropTrig(t, StageParticipants, ReasonNoObject)
				}
			case t.e.nullable:
				ev.obj = nil
			default:
				return ev, s.tr.dropTrig(t, StageParticipants, ReasonNoPassiveAgent)
			}
		}
	}
	if len(ev.subj) == 0 {
		return ev, s.tr.dropTrig(t, StageParticipants, ReasonNoSubject)
	}
	// "The Kenyan president, William Ruto, met": the person named in
	// apposition, not the nationality of the description.
	ev.subj, ev.obj = apposReader{s}.appositivePersons(ev.subj), apposReader{s}.appositivePersons(ev.obj)
	if obj := (participantReader{s}).withoutDocuments(ev.obj); len(obj) < len(ev.obj) {
		// "agreed to finalize a Free Trade Agreement (FTA)": a
		// document is no party.
		inside := !slices.ContainsFunc(ev.obj, func(a actor) bool { return a.tok < t.start || a.tok >= t.end })
		if ev.obj = obj; len(obj) == 0 && !(inside && t.e.symmetric && len(uniqueActors(ev.subj)) >= 2 && !ev.recip) {
			// "The United States and Russia signed the New START
			// treaty": a symmetric act whose document is named inside
			// the trigger pairs its parties.
			return ev, s.tr.dropTrig(t, StageParticipants, ReasonNoObject)
		}
	}
	if t.e.stateObj && len(ev.obj) > 0 {
		// "toured Da Nang", "a visit to Aden": a town, province or site
		// is where the visit goes, not a party met there.
		if ev.obj = statesOnly(ev.obj); len(ev.obj) == 0 {
			return ev, s.tr.dropTrig(t, StageParticipants, ReasonPlaceBelowState)
		}
	}
	return ev, true
}

// withoutDocuments returns the actors of as that name no document: a
// name whose last word, or the word right after the mention, is one of
// frames.yaml document_nouns ("the Internal Security Act", "FTA" for a
// Free Trade Agreement, "the Pacific Alliance treaty"); a person is
// never one ("Bill"), and the word after must be tagged a noun ("Russia
// and Iran act together").
func (s participantReader) withoutDocuments(as []actor) []actor {
	if s.pv == nil || len(s.pv.frames.documentNouns) == 0 || len(as) == 0 {
		return as
	}
	last := func(name string) string {
		f := strings.Fields(strings.ToLower(name))
		if len(f) == 0 {
			return ""
		}
		return f[len(f)-1]
	}
	var out []actor
	for _, a := range as {
		if a.arg.Type == entity.Person {
			out = append(out, a) // "Bill"
			continue
		}
		doc := slices.Contains(s.pv.frames.documentNouns, last(a.arg.Text)) || slices.Contains(s.pv.frames.documentNouns, last(a.arg.Name))
		if k := s.tokenAfter(a); !doc && k >= 0 && s.hasPOS && s.pos[k].IsNoun() {
			// "the Pacific Alliance treaty", not "Russia and Iran act".
			doc = slices.Contains(s.pv.frames.documentNouns, strings.ToLower(s.words[k]))
		}
		if !doc {
			out = append(out, a)
		}
	}
	return out
}

// tokenAfter returns the token right after actor a's mention in the
// sentence, or -1.
func (s participantReader) tokenAfter(a actor) int {
	for k := max(a.tok, 0); k < s.n(); k++ {
		if s.doc.Tokens[s.first+k].Start >= a.arg.End {
			return k
		}
	}
	return -1
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
func (s participantReader) gapObject(t *trig) []actor {
	for i := t.start; i < t.head; i++ {
		ci := s.chunkAt[i]
		if !t.inGap(i) || ci < 0 {
			continue
		}
		if c := s.chunks[ci]; c.prep != "" && !s.wd.has(english.GenitiveMarker, c.prep) && t.e.hasFrame(c.prep) {
			return s.actorsFrom(ci)
		}
		i = s.chunks[ci].last - 1
	}
	return nil
}

// phraseNounEnd returns the end of the subject noun of passive phrase t
// ("sanctions", "rescue teams" in "rescue teams were deployed"): its
// first words, before a gap or the auxiliaries.
func (s participantReader) phraseNounEnd(t *trig) int {
	i := t.start
	for i < t.head && !t.inGap(i) && !s.at(i, english.PassiveAux) {
		i++
	}
	return i
}

// passivePossessor returns the possessor of the subject noun of a
// passive verb ("Russia's proposal was rejected"), or nil.
func (s participantReader) passivePossessor(t *trig) []actor {
	h := t.start - 1
	for h >= 0 && (s.wd.has(english.Auxiliaries, s.words[h]) || s.wd.has(english.Negations, s.words[h]) || s.wd.adverb(s.words[h])) {
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
func (s participantReader) possessorOf(h int) []actor {
	j := h - 1
	for j >= 0 && h-j <= 3 && s.chunkAt[j] < 0 && !possessiveAt(s.sentence, j) && s.isModifier(j) && !s.wd.has(english.Determiners, s.words[j]) {
		j--
	}
	if !possessiveAt(s.sentence, j) {
		return nil
	}
	ci := s.chunkOf(j - 1)
	if ci < 0 || s.chunks[ci].last != j || s.chunks[ci].prep != "" {
		return nil
	}
	return s.chunks[ci].actors
}

// nounLike reports whether token i may be the head of a noun phrase.
func (s participantReader) nounLike(i int) bool {
	if s.hasPOS {
		return s.pos[i].IsNoun()
	}
	w := s.words[i]
	return !isPunct(w) && !s.wd.has(english.Prepositions, w) && !s.isVerb(i)
}

// reducedRelative returns the agent of a participle that modifies the
// noun before it and is followed by "by X" ("a truce brokered by Egypt"),
// or nil.
func (s participantReader) reducedRelative(t *trig) []actor {
	if t.nominal || t.passive || t.form&formPart == 0 || t.start == 0 || !s.at(t.end, english.AgentMarker) {
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

// appositiveParticiple returns the agent of a participle set off by a
// comma right after an actor phrase and followed by "by X" ("Syrian
// troops, backed by Russia, attacked ..."), and the actors of that phrase,
// which the agent acts on; nil when the trigger is no such participle.
func (s participantReader) appositiveParticiple(t *trig) (agent, patient []actor) {
	part := t.form&formPart != 0 || s.hasPOS && s.pos[t.head] == text.VBN // "backed" is a word trigger
	if t.nominal || t.passive || !part || t.start < 2 || s.words[t.start-1] != "," || !s.at(t.end, english.AgentMarker) {
		return nil, nil
	}
	ci := s.chunkOf(t.start - 2)
	if ci < 0 || s.chunks[ci].last != t.start-1 || s.chunks[ci].weak {
		return nil, nil
	}
	if agent = s.byAgent(t.end); len(agent) == 0 {
		return nil, nil
	}
	return agent, withoutActors(s.chunks[ci].actors, agent)
}

// nominalAt reports whether token i belongs to a nominal trigger.
func (s participantReader) nominalAt(i int) bool {
	for k := range s.matches {
		if m := &s.matches[k]; m.nominal && i >= m.start && i < m.end {
			return true
		}
	}
	return false
}

// causeSubject returns the subject of an "after" or "when" clause that
// starts at token i (time words aside), or nil.
func (s participantReader) causeSubject(i int) []actor {
	i = scanReader{s.sentence}.skipTime(i)
	if !s.at(i, english.CauseSubordinators) {
		return nil
	}
	ci := s.chunkOf(i + 1)
	if ci < 0 || s.chunks[ci].weak {
		return nil
	}
	g := scanReader{s.sentence}.group(ci)
	if !(scanReader{s.sentence}).looksVerb(scanReader{s.sentence}.skipTime(s.chunks[g[len(g)-1]].last)) {
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
func (s participantReader) actorsFrom(ci int) []actor {
	var out []actor
	for _, k := range (scanReader{s.sentence}).group(ci) {
		if k >= ci {
			out = append(out, s.chunks[k].actors...)
		}
	}
	return out
}

// byAgent returns the actor of a "by" phrase right after a passive verb.
func (s participantReader) byAgent(from int) []actor {
	by := -1 // the last agent marker outside a phrase
	for i := from; i < s.n() && i < from+12; i++ {
		if stopsObject(s.sentence, i) {
			return nil
		}
		if s.chunkAt[i] < 0 && s.at(i, english.AgentMarker) {
			by = i
		}
		if ci := s.chunkAt[i]; ci >= 0 {
			if s.wd.has(english.AgentMarker, s.chunks[ci].prep) {
				return s.actorsFrom(ci)
			}
			if by >= 0 && (objectReader{s.sentence}).ofFramed(by, s.chunks[ci].first) && !s.chunks[ci].weak {
				// "attacked by the air force of Haftar's army", "by
				// members of Hamas": the agent is the one the phrase
				// after "by" belongs to.
				return s.actorsFrom(ci)
			}
			i = s.chunks[ci].last - 1
		}
	}
	return nil
}

// betweenParties returns the two or more actors of a "between X and Y"
// (or "among") phrase that starts within three tokens of from, or nil.
func (s participantReader) betweenParties(from int) []actor {
	for i := from; i < s.n() && i < from+3; i++ {
		if s.at(i, english.PartyPrepositions) {
			if ci := s.chunkOf(i + 1); ci >= 0 {
				var parties []actor
				parties = append(parties, s.actorsFrom(ci)...)
				if len(parties) >= 2 {
					return parties
				}
			}
			return nil
		}
		if s.chunkAt[i] >= 0 || stopsObject(s.sentence, i) {
			return nil
		}
	}
	return nil
}

// nounAgent returns the actor of a "by" phrase within an event noun's own
// phrase: right after it or after its "of" phrase.
func (s participantReader) nounAgent(from int) []actor {
	i := s.phraseMarker(from, english.AgentMarker)
	if i < 0 {
		return nil
	}
	return s.byAgent(i)
}

// phraseMarker returns the first token at or after from, within an event
// noun's own phrase, that is one of class (a preposition), or that starts
// a phrase introduced by one; -1 when there is none.
func (s participantReader) phraseMarker(from int, class english.Class) int {
	i := from
	for ; i < s.n() && i < from+10 && !s.at(i, class); i++ {
		// Over the noun's own prepositional phrases ("the outreach for
		// dialogue with Tokyo by Yoon's administration"), not past a
		// verb or a bracket.
		if w := s.words[i]; isPunct(w) && !isQuote(w) && w != "-" || s.verbLike(i) || (scanReader{s.sentence}).looksVerb(i) {
			return -1
		}
	}
	if !s.at(i, class) && !(s.chunkOf(i) >= 0 && s.wd.has(class, s.chunks[s.chunkOf(i)].prep)) {
		return -1
	}
	return i
}

// targetVerbObject returns the direct object of a target verb that
// follows the event noun ending before token i (over its prepositional
// phrases), or nil.
func (s participantReader) targetVerbObject(i int) []actor {
	for k := i; k < s.n() && k < i+6; k++ {
		w := s.words[k]
		if s.wd.has(english.TargetVerbs, w) && s.chunkAt[k] < 0 {
			j := k + 1
			for j < s.n() && j < k+4 && s.chunkAt[j] < 0 && (s.wd.has(english.Determiners, s.words[j]) || s.isModifier(j) || s.wd.quantifierLen(s.words, j) > 0) {
				j++
			}
			if ci := s.chunkOf(j); ci >= 0 && !s.chunks[ci].weak {
				return s.actorsFrom(ci)
			}
			return nil
		}
		if stopsObject(s.sentence, k) || s.verbLike(k) {
			return nil
		}
	}
	return nil
}

// nationalityBefore reports whether the phrase ending at token j is a bare
// nationality ("Armenian"), not a possessive.
func (s participantReader) nationalityBefore(j int) bool {
	c := s.chunks[s.chunkAt[j]]
	return len(c.actors) > 0 && c.actors[len(c.actors)-1].arg.Type == entity.NORP && !s.at(j, english.PossessiveClitic)
}

// fromAgent returns the actors of a "from X" phrase at token i, or nil.
func (s participantReader) fromAgent(i int) []actor {
	if !s.at(i, english.SourcePreposition) {
		return nil
	}
	ci := s.chunkOf(i + 1)
	if ci < 0 || !s.wd.has(english.SourcePreposition, s.chunks[ci].prep) || s.chunks[ci].weak {
		return nil
	}
	return s.actorsFrom(ci)
}

// phraseStart returns the first token of the noun phrase whose head is
// at i: back over modifiers and determiners.
func (s participantReader) phraseStart(i int) int {
	for i > 0 && s.chunkAt[i-1] < 0 && (s.wd.has(english.Determiners, s.words[i-1]) || s.isModifier(i-1) && !isPunct(s.words[i-1])) {
		i--
	}
	return i
}
