package entity

import (
	"sort"
	"strings"

	"github.com/geoextract/geoextract/gazetteer"
	"github.com/geoextract/geoextract/internal/english"
	"github.com/geoextract/geoextract/internal/text"
)

// groupEntities fills doc.Entities and each mention's Entity index. ents
// are the candidates behind doc.Mentions, in the same order.
//
// Linked mentions group by gazetteer id ("Seoul", "South Korea" and
// "South Korean" are all KOR); unlinked ones by type and canonical name,
// which coreference has already made the full name's ("Beridze" after
// "Nino Beridze"). Pronouns and descriptions then join the entity of the
// mention Referent gives them.
func (a *analysis) groupEntities(doc *Document, ents []*cand) {
	byKey := map[string]int{}
	for k := range doc.Mentions {
		m := &doc.Mentions[k]
		key := "id\x00" + m.ID
		if m.ID == "" {
			key = m.Type.String() + "\x00" + strings.ToLower(m.Name)
		}
		e, ok := byKey[key]
		if !ok {
			e = len(doc.Entities)
			byKey[key] = e
			ent := Entity{ID: m.ID, Name: m.Name, Type: m.Type}
			if c := ents[k]; c.entry != nil {
				ent.Type = c.entry.Type
			}
			doc.Entities = append(doc.Entities, ent)
		}
		m.Entity = e
		ent := &doc.Entities[e]
		ent.Mentions = append(ent.Mentions, k)
		if ent.Country == "" {
			ent.Country = m.Country
		}
		if ent.Role == "" {
			ent.Role = m.Role
		}
	}
	owners := epithetReader{a}.attachEpithets(doc)
	indexEntities(doc)
	a.attachRefs(doc, owners)
	sortEpithetRefs(doc, owners)
}

// attachRefs adds to each entity the pronouns and descriptions that refer
// to it. owners maps the tokens of resolved epithets to their actors'
// entities: a referent inside an epithet ("they" after "the U.N. nuclear
// watchdog", which names the U.N.) is the epithet's actor.
func (a *analysis) attachRefs(doc *Document, owners map[int]int) {
	groups := groupReader{doc}
	if len(doc.Entities) == 0 {
		return
	}
	byID := map[string]int{}
	for e, ent := range doc.Entities {
		if ent.ID != "" {
			byID[ent.ID] = e
		}
	}
	bySpan := map[[2]int]int{} // mention index by byte span
	for k, m := range doc.Mentions {
		bySpan[[2]int{m.Start, m.End}] = k
	}
	inMention := make([]bool, len(doc.Tokens))
	for _, m := range doc.Mentions {
		for k := m.First; k < m.Last && k < len(inMention); k++ {
			inMention[k] = true
		}
	}
	inEpithet := epithetReader{a}.epithetTokens(len(doc.Tokens))
	// entityOf maps the mention Referent gives to its entity.
	entityOf := func(m Mention) (int, bool) {
		if o, ok := owners[m.First]; ok {
			return o, true
		}
		if k, ok := bySpan[[2]int{m.Start, m.End}]; ok && doc.Mentions[k].Type == m.Type && doc.Mentions[k].ID == m.ID {
			return doc.Mentions[k].Entity, true
		}
		// Referent built the mention from an actor's country ("his
		// country") and the text may never name that country: the
		// gazetteer's country then becomes an entity of its own with no
		// mentions, after the others, as an epithet's does ("Mia Mottley
		// ... Her government" with Barbados named nowhere).
		if e, ok := byID[m.ID]; ok || m.ID == "" {
			return e, ok
		}
		return a.unnamedEntity(doc, byID, m.ID)
	}
	var rs *rankState
	var named map[string]int // see firstPersons, made on first use
	if a.t.opts.coref != nil || a.record != nil {
		rs = newRankState(doc)
	}
	for i := range doc.Tokens {
		if inMention[i] || inEpithet != nil && inEpithet[i] {
			continue
		}
		first, last, ok := a.refSpan(doc, i, inMention)
		if !ok {
			continue
		}
		lw := strings.ToLower(doc.Tokens[i].Text)
		cs := classesOf(lw)
		var ms []Mention
		ruled := false // ms came from Referent
		if ps, ok := groups.namedGroup(i); ok {
			// "two French reporters, A and B ... the two reporters":
			// the people named.
			ms = ps
		} else if _, m, ok := (bodyReader{doc}).institutionRef(i); ok {
			// "embassy officials", "the policemen": the body or the
			// group named before, not the officials named before.
			ms = []Mention{m}
		} else if g, ok := groups.groupPronoun(i); ok {
			// "Police also say they": the group the noun stands for.
			ms = []Mention{g}
		} else if ps, ok := groups.namedCountriesPeople(doc.sentenceOf(i), i, true); ok && pluralHeads[lw] != "" {
			// "the presidents of Argentina and Brazil": the countries'
			// people named before, or the countries (relations read the
			// countries named after the head themselves).
			ms = ps
		} else if cs.Has(english.PluralPronouns) || pluralHeads[lw] != "" {
			// "Lula and Chavez ... They", "both leaders": each actor.
			ms, _ = doc.Referents(i)
		}
		if len(ms) == 0 {
			ruled = true
			if m, ok := doc.Referent(i); ok && !(cs.Has(english.PluralPronouns) && !pluralActor(doc, m, i, inMention)) {
				ms = []Mention{m}
			} else if m, ok := (quoteReader{doc}).quotedOther(i); ok {
				// "\"If they do this,\" the Russian official said" after
				// "the U.S. diplomats": the other side.
				ms, ruled = []Mention{m}, false
			}
		}
		es := make([]int, 0, len(ms))
		for _, m := range ms {
			if e, ok := entityOf(m); ok {
				es = append(es, e)
			}
		}
		if len(ms) == 0 {
			// "The Syrian leader met Vladimir Putin" with no Syrian named:
			// the gazetteer's holder of that office on the day.
			if named == nil {
				named = firstPersons(doc)
			}
			if en, ok := a.officeHolder(doc, i, named); ok {
				if e, ok := a.unnamedEntity(doc, byID, en.ID); ok {
					es, ruled = append(es, e), false
				}
			}
		}
		kind := RefDescription
		if last-first == 1 && (cs.Has(english.PersonPronouns) || cs.Has(english.ThingPronouns) || cs.Has(english.PluralPronouns) || cs.Has(english.SpeakerPronouns)) {
			kind = RefPronoun
		}
		if ruled && rs != nil {
			pc := noPronoun
			if kind == RefPronoun {
				pc = rankedPronoun(lw)
			} else if last == i+1 {
				pc = rankReader{doc}.rankedDescription(i, lw)
			}
			if pc != noPronoun {
				es = a.rank(doc, rs, first, i, pc, es)
			}
		}
		if len(es) == 0 {
			continue
		}
		st, en := doc.Tokens[first].Start, doc.Tokens[last-1].End
		for _, e := range es {
			doc.Entities[e].Refs = append(doc.Entities[e].Refs, Ref{Start: st, End: en, Text: doc.Text[st:en], First: first, Last: last, Kind: kind})
			if rs != nil && kind == RefPronoun {
				rs.lastRef[e] = first
			}
		}
	}
}

// pluralActor reports whether the actor m that Referent gives a plural
// pronoun at token i is likely right. Plural pronouns mostly refer to
// things and groups ("wildfires ... making them", "the two sides put
// their", "South Korea and Japan said they"), so only a collective actor
// (an organization or a people) named in the pronoun's sentence may take
// one, with no plural noun and no other actor in between, or one that
// leads a sentence before with nothing closer the pronoun may stand for
// (see pluralSubject).
func pluralActor(doc *Document, m Mention, i int, inMention []bool) bool {
	if m.Type == Org && pluralDescribed(doc, m, i, inMention) || (chainReader{doc}).pluralChain(&m, i) || (pluralReader{doc}).pluralSubject(&m, i) {
		return true
	}
	if m.Type != Org && m.Type != NORP || m.Sentence != doc.sentenceOf(i) || m.Last > i {
		return false
	}
	for k := m.Last; k < i; k++ {
		if text.POS(doc.Tokens[k].POS) == text.NNS && !inMention[k] {
			return false
		}
	}
	// Mentions are ordered by First (Tag made doc): those between m and
	// the pronoun start at or after m.Last and before i.
	ms := doc.Mentions
	for k := sort.Search(len(ms), func(k int) bool { return ms[k].First >= m.Last }); k < len(ms) && ms[k].First < i; k++ {
		if o := &ms[k]; o.Last <= i && o.Type != Person && o.Type != Event {
			return false
		}
	}
	return true
}

// maxPluralDescriptionReach bounds how many tokens before a plural
// pronoun pluralDescribed looks for the description it continues.
const maxPluralDescriptionReach = 40

// pluralDescribed reports whether the pronoun's sentence, before token i,
// holds a plural description of an organization that Referent resolves to
// m ("The militants said they ...", the militants named before), with no
// other plural noun between it and the pronoun: the description is the
// group's mention in that sentence.
func pluralDescribed(doc *Document, m Mention, i int, inMention []bool) bool {
	s := doc.sentenceOf(i)
	if s < 0 {
		return false
	}
	for k := max(doc.Sentences[s].First, i-maxPluralDescriptionReach); k < i; k++ {
		if o, ok := orgNouns[strings.ToLower(doc.Tokens[k].Text)]; !ok || !o.plural || inMention[k] {
			continue
		}
		r, ok := doc.Referent(k)
		if !ok || !sameActor(&r, &m) {
			return false
		}
		for j := k + 1; j < i; j++ {
			if text.POS(doc.Tokens[j].POS) == text.NNS && !inMention[j] {
				return false
			}
		}
		return true
	}
	return false
}

// refSpan reports whether token i is a pronoun or the head of a
// description that may refer to an entity, and the tokens [first, last)
// of the reference: "he", "its", "his country", "the government", "the
// minister". Speaker pronouns ("we", "our") are left out: they stand for a
// speaker's side rather than the speaker.
func (a *analysis) refSpan(doc *Document, i int, inMention []bool) (first, last int, ok bool) {
	groups := groupReader{doc}
	cataphora := cataphoraReader{doc}
	descs := descriptionReader{doc}
	lw := strings.ToLower(doc.Tokens[i].Text)
	next := ""
	if i+1 < len(doc.Tokens) {
		next = strings.ToLower(doc.Tokens[i+1].Text)
	}
	prev := ""
	if i > 0 {
		prev = strings.ToLower(doc.Tokens[i-1].Text)
	}
	cs := classesOf(lw)
	if first, _, ok := (bodyReader{doc}).institutionRef(i); ok && !inMention[first] {
		// "embassy officials", "the council", "the policemen": a body or
		// a group named before.
		return first, i + 1, true
	}
	switch {
	case cs.Has(english.ReferringPossessives) && (isWord(english.StateDescriptionNouns, next) || isWord(english.ForceNouns, next)):
		return i, i + 2, true
	case cs.Has(english.PersonPronouns) || cs.Has(english.PluralPronouns):
		return i, i + 1, true
	case cs.Has(english.SpeakerPronouns):
		// "We will act," Suga said: the quotation's speaker (see
		// quoteReader.speaker); outside a quotation, the writer's.
		_, quoted := quoteReader{doc}.quoteOpening(i)
		return i, i + 1, quoted
	case cs.Has(english.ThingPronouns):
		return i, i + 1, !isWord(english.ExpletiveVerbs, next)
	case pluralHeads[lw] != "" && groups.countriesPhrase(i) >= 0 && !inMention[groups.countriesPhrase(i)]:
		// "the U.S. and Russian presidents", "the Kenyan leaders".
		return groups.countriesPhrase(i), i + 1, true
	case pluralHeads[lw] != "" && i > 0 && !inMention[i-1]:
		// "the two presidents", "both leaders", "the leaders", "the two
		// nuclear-armed neighbours".
		first := i - 1
		if f, _, ok := (pluralReader{doc}).pluralOpening(i); ok && !inMention[f] {
			first = f
		}
		return first, i + 1, true
	case personHead(lw) && doc.sentenceOf(i) == 0 && resolver{doc}.leadPersonOpens(i):
		// "South Korea's foreign minister" opening the document.
		first, _, _ := resolver{doc}.leadPersonStart(i)
		return first, i + 1, true
	case personHead(lw) && cataphora.indefiniteOpens(i):
		// "a Jordanian taxi driver", named later.
		det, _, _ := cataphora.indefinitePerson(i)
		if inMention[det] {
			return 0, 0, false
		}
		return det, i + 1, true
	case orgNouns[lw].kinds != nil:
		if det, _, ok := descs.description(i); ok {
			return det, i + 1, true
		}
		if det, _, ok := (resolver{doc}).leadDescription(i); ok {
			return det, i + 1, true
		}
		if det, _, ok := cataphora.indefiniteOrg(i); ok && !inMention[det] {
			return det, i + 1, true
		}
		if _, ok := groups.soleArmedGroup(i); ok {
			// "clashed with rebels", "Ugandan rebels": the noun alone.
			return i, i + 1, true
		}
		return 0, 0, false
	case (cs.Has(english.PersonTitleHeads) || cs.Has(english.PersonNouns) || cs.Has(english.PersonRoleNouns)) && !cs.Has(english.StateDescriptionNouns):
		// "the minister", "the Iranian foreign minister", "the U.S. envoy";
		// not "the President Yoon" (a title) nor "the president of ...".
		det, _, _, poss, ok := descs.personDescriptionParts(i)
		if !ok || inMention[det] || isWord(english.GenitiveMarker, next) || i+1 < len(doc.Tokens) && inMention[i+1] {
			return 0, 0, false
		}
		if poss {
			// "his Iranian counterpart", "Tehran's envoy": the
			// possessive is a reference, or a mention, of its own.
			return det + 1, i + 1, true
		}
		return det, i + 1, true
	case cs.Has(english.StateDescriptionNouns) && !isWord(english.DefiniteDeterminers, prev):
		// "the oil-rich kingdom", "the former Soviet republic"; not "the
		// Sudanese government", whose nationality already names the
		// country as a mention of its own.
		det, cc, former, ok := descs.stateDescriptionParts(i)
		if !ok || inMention[det] || cc != "" && !former {
			return 0, 0, false
		}
		return det, i + 1, true
	case isWord(english.DefiniteDeterminers, prev) && (cs.Has(english.StateDescriptionNouns) || cs.Has(english.PersonTitleHeads)) && !inMention[i-1]:
		// Not "the government of Japan" (the name follows) nor "the
		// President Yoon" (a title).
		if isWord(english.GenitiveMarker, next) || i+1 < len(doc.Tokens) && inMention[i+1] {
			return 0, 0, false
		}
		return i - 1, i + 1, true
	}
	return 0, 0, false
}

// unnamedEntity returns the entity of the gazetteer's actor id that the
// document names nowhere, adding it to doc.Entities with no mentions
// (and to byID) the first time; false when the gazetteer has no such
// entry. Only countries and people come so: the countries a possessive
// stands for ("her government") and the office holders a description
// names (see officeHolder).
func (a *analysis) unnamedEntity(doc *Document, byID map[string]int, id string) (int, bool) {
	if e, ok := byID[id]; ok {
		return e, true
	}
	en, ok := a.t.g.Lookup(id)
	if !ok || !(en.Type == gazetteer.Person || gazetteer.IsCountryID(en.ID)) {
		return 0, false
	}
	e := len(doc.Entities)
	byID[id] = e
	doc.Entities = append(doc.Entities, Entity{ID: en.ID, Name: en.Name, Type: en.Type,
		Country: candCountry(gazetteer.Candidate{Entry: en})})
	return e, true
}
