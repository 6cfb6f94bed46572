package relation

import (
	"github.com/geoextract/geoextract/internal/english"
	"github.com/geoextract/geoextract/internal/text"
)

// reportReader finds the reported speech acts of one sentence that are
// not triggers: obligations ("X says Y should"), characterizations ("X
// called Y a threat"), rights ("Y has the right to") and conditions set
// for another actor ("unless Y withdraws"). It is a view of the sentence
// with no state of its own.
type reportReader struct{ *sentence }

// reportedObligations finds "X says Y should/must do Z": the saying is
// the act (an appeal or a demand by X to Y), and the events of Z, not
// realized, are suppressed.
func (x *Extractor) reportedObligations(s reportReader, dates []dateAt) []Relation {
	if s.question() {
		return nil // "Did X say Y must ...?"
	}
	var out []Relation
	for i, w := range s.words {
		p, ok := s.wd.value(english.ObligationModals, w)
		pred := Predicate(p)
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
		if s.chunks[ci].last != i || !(scanReader{s.sentence}).subjectEligible(ci) {
			continue
		}
		start, report := scanReader{s.sentence}.clauseBounds(i)
		if !report {
			continue
		}
		rv := start - 1
		if s.at(rv, english.Complementizer) {
			rv--
		}
		if rv < 0 || !s.reportVerb(rv) {
			continue
		}
		var speaker []actor
		if s.at(rv-1, english.RoleMarker) && rv >= 2 {
			// "quotes the minister as saying".
			if k := s.chunkAt[rv-2]; k >= 0 && s.chunks[k].last == rv-1 {
				speaker = s.chunks[k].actors
			}
		} else {
			probe := &trig{start: rv, end: rv + 1, head: rv, e: &entry{}}
			speaker, _, _, _ = scanReader{s.sentence}.subject(probe, rv)
		}
		if len(speaker) == 0 {
			continue
		}
		var target []actor
		for _, g := range (scanReader{s.sentence}).group(ci) {
			target = append(target, s.chunks[g].actors...)
		}
		for k := range s.matches {
			if m := &s.matches[k]; !characterized && m.start > i && !(governReader{s.sentence}).scopeEnds(i, m.start) && !s.contrastBetween(i, m.start) {
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

// namedCharacterizations finds "X called Y a NOUN" with NOUN one of
// characterNouns: a verbal attack on Y (or praise).
func (x *Extractor) namedCharacterizations(s reportReader, dates []dateAt) []Relation {
	var out []Relation
	for i, w := range s.words {
		if !s.wd.has(english.NamingVerbs, w) || s.trigTok[i] {
			continue
		}
		var target []actor
		e := 0
		if ci := s.chunkOf(i + 1); ci >= 0 && s.chunks[ci].prep == "" && !s.chunks[ci].weak {
			g := scanReader{s.sentence}.group(ci)
			e = s.chunks[g[len(g)-1]].last
			for _, k := range g {
				if k >= ci {
					target = append(target, s.chunks[k].actors...)
				}
			}
		} else if target, e = s.namedEvent(i + 1); target == nil {
			continue
		}
		if s.at(e, english.RoleMarker) {
			e++
		}
		pred, end, neg := s.characterNoun(e, true)
		if pred == 0 {
			continue
		}
		probe := &trig{start: i, end: i + 1, head: i, e: &entry{}}
		speaker, _, _, _ := scanReader{s.sentence}.subject(probe, i)
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
func (s reportReader) namedEvent(i int) ([]actor, int) {
	k := i
	for k < s.n() && k < i+3 && s.wd.has(english.Determiners, s.words[k]) {
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
	agent := participantReader{s.sentence}.nounAgent(N.end)
	if agent == nil {
		if ci := (scanReader{s.sentence}).eventAgent(N.end - 1); ci >= 0 {
			agent = s.chunks[ci].actors
		}
	}
	if agent == nil {
		return nil, 0
	}
	for e := N.end; e < s.n() && e < N.end+12; e++ {
		if s.at(e, english.RoleMarker) {
			return agent, e
		}
		if stopsObject(s.sentence, e) {
			break
		}
	}
	return nil, 0
}

// conditions finds "X will do Y unless Z does W" (and "will not ...
// until Z does W"): a condition set for another actor is a demand of it.
func (x *Extractor) conditions(s reportReader, dates []dateAt) []Relation {
	var out []Relation
	for i, w := range s.words {
		if !s.at(i, english.Exceptives) && !(s.at(i, english.TemporalLimits) && modalReader{s.sentence}.negatedBefore(i)) || i == 0 {
			continue
		}
		ci := s.chunkOf(i + 1)
		if ci < 0 || s.chunks[ci].weak || s.chunks[ci].prep != "" && s.chunks[ci].prep != w {
			continue
		}
		g := scanReader{s.sentence}.group(ci)
		if v := (scanReader{s.sentence}).skipTime(s.chunks[g[len(g)-1]].last); !(scanReader{s.sentence}).looksVerb(v) &&
			(s.hasPOS || v >= s.n() || isPunct(s.words[v]) || s.wd.has(english.Prepositions, s.words[v]) || s.wd.has(english.Determiners, s.words[v])) {
			continue
		}
		subj, _ := nounReader{s.sentence}.clauseSubjectBefore(i)
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

// characterization reads "is/was (not) (a|the) (adjectives) NOUN" at
// token i, NOUN one of characterNouns, and returns its predicate, the end
// of the phrase and whether it is negated; 0 when there is none.
func (s reportReader) characterization(i int) (Predicate, int, bool) {
	if !s.wd.has(english.Copulas, s.words[i]) {
		return 0, 0, false
	}
	return s.characterNoun(i+1, false)
}

// characterNoun reads "(not) (a|the) (adjectives) NOUN" from token i;
// with blame, a word of blame stands for a noun of 11 ("described the raid
// as illegal"). A reported copula ("X says Y is illegal") is left to
// accuse.go, which knows assertions from beliefs.
func (s reportReader) characterNoun(i int, blame bool) (Predicate, int, bool) {
	neg := false
	for k := i; k < s.n() && k <= i+5; k++ {
		w := s.words[k]
		if v, ok := s.wd.value(english.CharacterNouns, w); ok {
			p := Predicate(v)
			if s.wd.has(english.Instigator, w) && s.chunkOf(k+1) < 0 && !s.wd.has(english.Determiners, s.word(k+1)) {
				return 0, 0, false
			}
			return p, k + 1, neg
		}
		if blame && s.wd.has(english.BlameWords, w) {
			// "described the raid as illegal": a word of blame (accuse.go).
			return Disapprove, k + 1, neg
		}
		// "called him Europe's last dictator": a possessor before the noun.
		if ci := s.chunkAt[k]; ci >= 0 && s.at(s.chunks[ci].last, english.PossessiveClitic) {
			k = s.chunks[ci].last
			continue
		}
		if s.at(k+1, english.PossessiveClitic) {
			k++
			continue
		}
		switch {
		case (negationReader{s.sentence}).wordAt(k):
			neg = true
		case s.wd.has(english.Determiners, w) || s.wd.adverb(w) || s.chunkAt[k] < 0 && (s.hasPOS && (s.pos[k].IsAdjective() || s.pos[k] == text.CD) || !s.hasPOS && s.isModifier(k)):
		default:
			return 0, 0, false
		}
	}
	return 0, 0, false
}

// rightTo returns the end of "has (every|the|a full) right to" when the
// phrase starts at token i, else 0.
func (s reportReader) rightTo(i int) int {
	if !s.at(i, english.HaveForms) {
		return 0
	}
	k := i + 1
	for k < s.n() && k <= i+3 && !s.at(k, english.RightNoun) {
		if s.at(k, english.RightModifiers) {
			k++
			continue
		}
		return 0
	}
	if s.at(k, english.RightNoun) && s.at(k+1, english.InfinitiveMarker) {
		return k + 2
	}
	return 0
}

// contrastBetween reports whether "rather than" or "instead of" lies
// between tokens i and j: what follows is a separate act.
func (s reportReader) contrastBetween(i, j int) bool {
	for k := i; k+1 < j; k++ {
		if s.wd.phraseLen(s.words, k, english.ContrastPhrases) > 0 {
			return true
		}
	}
	return false
}
