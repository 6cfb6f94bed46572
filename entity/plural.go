package entity

import (
	"slices"
	"strings"

	"github.com/geoextract/geoextract/gazetteer"
	"github.com/geoextract/geoextract/internal/english"
	"github.com/geoextract/geoextract/internal/text"
)

// pluralReader resolves the plural references of a Document ("they",
// "the two presidents", "both countries"): the stage behind Referents.
// It only reads the Document; like it, safe for concurrent use. The zero
// value has no Document and must not be used.
type pluralReader struct{ *Document }

// The plural descriptions (classes plural_heads and count_words of
// internal/english): plural head nouns with their singulars ("presidents"
// → "president") and the words that count the actors ("two" → 2). Read
// once at start-up and never changed.
var (
	pluralHeads = singulars(english.Default())
	countWords  = counts(english.Default())
)

// singulars maps the plural heads of t to their singulars, and the
// people plurals of t ("men") to themselves.
func singulars(t *english.Table) map[string]string {
	out := make(map[string]string, len(t.Words(english.PluralHeads)))
	for _, w := range t.Words(english.PluralHeads) {
		if v, ok := t.Texts(english.PluralHeads, w); ok && len(v) == 1 {
			out[w] = v[0]
		}
	}
	for _, w := range t.Words(english.PeoplePlurals) {
		out[w] = w
	}
	return out
}

// counts maps the count words of t to their number, keeping those of at
// least two.
func counts(t *english.Table) map[string]int {
	out := make(map[string]int, len(t.Words(english.CountWords)))
	for _, w := range t.Words(english.CountWords) {
		if n, ok := t.Value(english.CountWords, w); ok && n >= 2 {
			out[w] = n
		}
	}
	return out
}

// maxPluralReferents bounds the count of a plural description: a larger
// number in the data is read as this many.
const maxPluralReferents = 5

// Referents resolves a plural description whose head noun is token i to
// the actors it refers to, in text order:
//
//   - "the two presidents", "both leaders", "these three ministers": the
//     most recent distinct people, in the sentence or the three before,
//     whose role has the singular title ("president"), or else, when
//     fewer have it, the most recent distinct people; "the two men", "both
//     women" (class people_plurals): the most recent distinct people;
//   - "the U.S. and Russian presidents", "the Kenyan leaders" (a person
//     title or noun after nationalities or countries): the people of
//     those countries named before (see namedCountriesPeople); when some
//     country has none, Referents reports false and Entities lists the
//     countries, which the phrase names itself;
//   - "the two countries", "both nations": the most recent distinct
//     countries, or else a list of two countries further back (see
//     countedGroup); "the three nations", "the leaders of the four
//     countries": only a list of exactly that many countries;
//   - "the two reporters", "the hostages" (a repeated noun of class
//     group_plurals): the people an apposition named after that noun
//     ("two French reporters, A and B"; see namedGroup);
//   - "the two sides", "both sides" (a noun of the parties class): the
//     coordinated actors before, as many as the count, or else the
//     parties of the closest event ("the ceasefire between India and
//     Pakistan", "Indian and Chinese officials met", "Dar met with
//     Akhund": see eventParties); people of distinct known countries
//     stand for their countries, as annotators read "the two sides" (on
//     the training batches every gold argument so written is a country);
//   - "the leaders", "the countries" (a definite plural with no count):
//     the coordinated actors before it, as for "they", when all are
//     people (or all countries);
//   - they, them, their: actors joined by "and" that lead the pronoun's
//     sentence before it or, else, the closest sentence before (up to two
//     back) that opens with them ("Lula and his Venezuelan counterpart,
//     Hugo Chavez, signed ... They"), when no other plural noun stands
//     between them and the pronoun; else the actors of a plural pronoun
//     that opens one of the two sentences before and is resolved so
//     itself ("... . They signed accords ... . During their meeting");
//     before that, actors joined by "and" anywhere earlier in the
//     pronoun's own sentence, the closest such group ("The US tried to
//     show Iran and Syria that their actions are harmful"), unless they
//     are the subject of the verb whose object the pronoun is ("Iran and
//     Syria told them": not themselves); else the actors of a plural
//     description that Referents resolves and that leads the pronoun's
//     sentence or one of the two before ("The two countries agreed ... .
//     They also ...": see describedBefore); else the actors of the
//     closest plural description before it in its own sentence that
//     Referents resolves ("met both parties, and discussed with them":
//     see describedInside); else, for a pronoun leading
//     its clause, the parties of a joint event its sentence or the one
//     before reports ("Wang called on Mahathir on his visit. They
//     discussed trade": see jointParties); else, for "their", the
//     actors of the plural subject pronoun before it in its sentence
//     ("They discussed trade issues at their meeting": see
//     subjectsPossessive); else, for "they" opening a subordinate
//     clause right after its main clause's object, the one actor that
//     object names ("repelled Israeli forces as they tried": Israel; see
//     objectBefore);
//     a plural pronoun after a single actor is left unresolved.
//
// The count word stands just before the head; a number needs a definite
// determiner before it ("the two", not "two presidents"), a collective
// word ("both") does not. It reports false when the token is not such a
// head, when the phrase goes on to name its actors ("the two presidents
// of ..."), or when fewer distinct actors than the count were named
// before. The words are data (internal/english/data/words.yaml). Like Referent it
// only reads the Document, is safe for concurrent use and never panics on
// a document built by hand.
func (d *Document) Referents(i int) ([]Mention, bool) {
	plural := pluralReader{d}
	if i < 0 || i >= len(d.Tokens) {
		return nil, false
	}
	sent := d.sentenceOf(i)
	if sent >= 0 && isWord(english.PluralPronouns, strings.ToLower(d.Tokens[i].Text)) && d.MentionAt(i) < 0 {
		ms, ok, bound := plural.innerCoordination(sent, i)
		if ok || bound {
			return ms, ok
		}
		if ms, ok := plural.coordination(sent, i); ok {
			return ms, true
		}
		if ms, ok := plural.describedBefore(sent, i); ok {
			return ms, true
		}
		if ms, ok := plural.describedInside(sent, i); ok {
			return ms, true
		}
		if ms, ok := (jointReader{d}).jointParties(sent, i); ok {
			return ms, true
		}
		if ms, ok := (jointReader{d}).subjectsPossessive(sent, i); ok {
			return ms, true
		}
		return d.objectBefore(sent, i)
	}
	if sent < 0 || d.Sentences[sent].First > i-1 {
		return nil, false
	}
	if ms, ok := (groupReader{d}).namedGroup(i); ok {
		return ms, true
	}
	sing, ok := pluralHeads[strings.ToLower(d.Tokens[i].Text)]
	if !ok {
		return nil, false
	}
	if ms, ok := (groupReader{d}).namedCountriesPeople(sent, i, false); ok && ms[0].Type == Person {
		// "the U.S. and Russian presidents": those countries' people
		// named before (the countries themselves are mentions the
		// phrase names: Entities lists them as its referents).
		return ms, true
	}
	_, n, ok := plural.pluralOpening(i)
	if !ok {
		return nil, false
	}
	if n == 0 {
		if !d.nounAt(i) {
			return nil, false
		}
		if of, ok := plural.countedOf(i); ok {
			// "the presidents of two oil-producing countries": people,
			// as many as the countries counted, or else the countries of
			// a list of that many ("a tour of A, B and C ... the leaders
			// of the three countries": see countedGroup).
			// Three or more: the list first, as people named near it
			// are seldom as many leaders of as many countries.
			if of >= 3 {
				if ms, ok := plural.countedGroup(sent, i, of); ok {
					return ms, true
				}
			}
			if ms, ok := plural.recentPeople(sent, i, of, sing); ok {
				return ms, true
			}
			return plural.countedGroup(sent, i, of)
		}
		if plural.namesNext(i) {
			return nil, false
		}
		// "the leaders", "the countries" with no count: the coordinated
		// actors before, of the noun's kind, or else those one sentence
		// names.
		if ms, ok := plural.coordinationOf(sent, i, sing); ok {
			return ms, true
		}
		return plural.namedTogether(sent, i, sing)
	}
	if plural.namesNext(i) {
		return nil, false // "the two presidents of ...", "both leaders Lula and Petro"
	}
	n = min(n, maxPluralReferents)
	if isWord(english.PersonTitleHeads, sing) || isWord(english.PersonNouns, sing) || isWord(english.PeoplePlurals, sing) {
		return plural.recentPeople(sent, i, n, sing)
	}
	switch {
	case isWord(english.CountryDescriptionNouns, sing):
		// Three or more are a list of as many ("Lee and his Japanese
		// and US counterparts met ... the three countries": not the
		// three countries the sentence before names).
		if n >= 3 {
			return plural.countedGroup(sent, i, n)
		}
		// Countries are taken from one sentence that names enough of
		// them: a third country named on its own between the pair and
		// the description ("Burkina Faso welcomed the accord") is seldom
		// one of "both countries".
		if ms, ok := plural.recent(sent, i, n, true, func(m *Mention) bool { return m.Type == GPE && m.ID != "" && m.ID == m.Country }); ok {
			return ms, true
		}
		// "Lula and Chavez ... the two countries": the people's.
		if ms, ok := plural.peoplesCountries(sent, i); ok && len(ms) == n {
			return ms, true
		}
		// "visits to A, B and C ... . ... the three nations": a list of
		// as many countries further back.
		return plural.countedGroup(sent, i, n)
	case isWord(english.PartyNouns, sing):
		// "the two sides", "both sides": the coordinated actors before;
		// actors merely named near each other ("talks with Iranian
		// negotiators in Vienna") are seldom the sides.
		ms, ok := plural.coordination(sent, i)
		if !ok || len(ms) != n {
			// "the accord between India and Pakistan ... both sides", "Dar
			// met with Akhund ... the two sides": the parties of an event.
			ms, ok = plural.eventParties(sent, i, n)
		}
		if !ok && n == 2 {
			// "Pakistan used mortars, said an Indian army statement. The
			// two sides ...": the only two countries named just before.
			return plural.twoCountries(sent, i)
		}
		if ok {
			return plural.sidesOf(ms)
		}
	}
	return nil, false
}

// eventParties returns the n parties of the closest event before token i
// (in its sentence or the two before): the last group of n coordinated
// actors of the sentence, wherever it stands ("a ceasefire between India
// and Pakistan"; see coordinatedGroups), or else of coordinated
// nationalities ("Indian and Chinese officials met": see
// coordinatedPeoples), or else, for two, the subject of
// the sentence and the actor its verb acts on or with ("Dar met with
// Akhund", "Japan criticized China"; see eventPair). The first sentence
// that names either gives the answer: none there leaves it unresolved.
func (d pluralReader) eventParties(sent, i, n int) ([]Mention, bool) {
	for s := sent; s >= 0 && s >= sent-2; s-- {
		limit := i
		if s != sent {
			limit = d.Sentences[s].Last
		}
		if gs := d.coordinatedGroups(s, limit); len(gs) > 0 {
			if g := gs[len(gs)-1]; len(g) == n {
				return g, true
			}
			return nil, false
		}
		if g, ok := d.coordinatedPeoples(s, limit); ok {
			if len(g) == n {
				return g, true
			}
			return nil, false
		}
		if n == 2 {
			if ms, ok := d.eventPair(s, limit, false); ok {
				return ms, true
			}
		}
	}
	return nil, false
}

// maxPartnerReach bounds how many tokens eventPair reads after the verb
// or the companion preposition ("with") for the second party.
const maxPartnerReach = 8

// eventPair returns the subject of sentence s (its first actor, no verb
// before it) and the first actor of the same sort (people, or countries
// and organizations) that follows its first verb, directly ("Japan
// criticized China") or after a companion preposition ("Dar met with
// Akhund", "held talks with his Czech counterpart, Milos Zeman"), with
// only determiners, possessives, title words, nationalities, lower-case
// nouns and adjectives and commas between, and no list going on after it
// ("met Japan, China"). With loose, one preposition of any kind and any
// determiner may stand there too, and a noun may follow the verb directly ("called on
// Mahathir", "held talks with Akhund", "signed a treaty with China"). It
// reports false with no tags (WithPOS(false)).
func (d pluralReader) eventPair(s, limit int, loose bool) ([]Mention, bool) {
	subj, ok := d.firstMention(s, limit, coordActor)
	if !ok || (chainReader{d.Document}).verbBefore(s, subj.First) {
		return nil, false
	}
	v := -1
	for k := subj.Last; k < limit && k < subj.Last+maxPartnerReach; k++ {
		if text.POS(d.Tokens[k].POS).IsVerb() {
			v = k
			break
		}
		if d.MentionAt(k) >= 0 {
			return nil, false
		}
	}
	if v < 0 {
		return nil, false
	}
	k := v + 1
	for k < limit && (text.POS(d.Tokens[k].POS).IsVerb() || text.POS(d.Tokens[k].POS) == text.RP) {
		k++ // "has met", "met up"
	}
	from, prep := k, false
	for ; k < limit && k < from+maxPartnerReach; k++ {
		w := d.Tokens[k].Text
		lw := strings.ToLower(w)
		if mi := d.MentionAt(k); mi >= 0 {
			m := &d.Mentions[mi]
			if m.Type == NORP {
				k = m.Last - 1
				continue
			}
			if !coordActor(m) || (m.Type == Person) != (subj.Type == Person) || sameActor(m, &subj) || m.Last > limit || isWord(english.ReporterKinds, string(m.Kind)) {
				// "told Reuters": a news agency reports the event.
				return nil, false
			}
			if j := m.Last; j+1 < limit && (d.Tokens[j].Text == "," || isWord(english.Conjunction, strings.ToLower(d.Tokens[j].Text))) && d.MentionAt(j+1) >= 0 {
				return nil, false // "Russia met Japan, China": one of a list
			}
			return []Mention{subj, *m}, true
		}
		p := text.POS(d.Tokens[k].POS)
		switch {
		case isWord(english.CompanionPreposition, lw) && k == from:
		case w == ",", d.determiner(k), isWord(english.ReferringPossessives, lw), isWord(english.PersonTitleWords, lw):
		case d.Phrases().Modifier(k) && (p.IsNoun() || p.IsAdjective()) && (k > from || loose):
		case loose && !prep && p == text.IN:
			prep = true
		case loose && p == text.DT:
		default:
			return nil, false
		}
	}
	return nil, false
}

// pluralOpening reads the words before a plural head at token i: a
// count word ("the two", or a collective word alone: "both") or else a
// definite determiner, then lower-case adjectives and participles that
// are no title words, and hyphens ("the two nuclear-armed neighbours",
// "the oil-rich countries"). It returns the phrase's first token and the
// count, 0 for none (at most maxPluralReferents).
func (d pluralReader) pluralOpening(i int) (first, n int, ok bool) {
	sent := d.sentenceOf(i)
	if sent < 0 {
		return 0, 0, false
	}
	lo := d.Sentences[sent].First
	opens := func(k int) bool { return countWords[strings.ToLower(d.Tokens[k].Text)] != 0 || d.determiner(k) }
	k := phraseReader{d.Document}.openerBefore(i, lo, opens)
	if k < 0 {
		return 0, 0, false
	}
	// The words between are the phrase's modifiers (see Phrases.At), and
	// of those only adjectives and participles that are no title words.
	p, found := phraseReader{d.Document}.phraseAt(k, k+1, DeterminerOpener)
	if !found || !p.reaches(i) {
		return 0, 0, false
	}
	for t := k + 1; t < i; t++ {
		w := d.Tokens[t].Text
		if d.MentionAt(t) >= 0 || w != "-" && (isWord(english.PersonTitleWords, strings.ToLower(w)) || !adjectivePOS(text.POS(d.Tokens[t].POS))) {
			return 0, 0, false
		}
	}
	cw := strings.ToLower(d.Tokens[k].Text)
	if c, ok := countWords[cw]; ok {
		if isWord(english.CollectiveDeterminers, cw) {
			return k, min(c, maxPluralReferents), true
		}
		if k-1 >= lo && isWord(english.DefiniteDeterminers, strings.ToLower(d.Tokens[k-1].Text)) {
			return k - 1, min(c, maxPluralReferents), true
		}
		return 0, 0, false
	}
	return k, 0, true
}

// adjectivePOS reports whether a word of tag p may modify a plural head:
// an adjective or a participle ("nuclear-armed"), or any word of a
// document tagged WithPOS(false).
func adjectivePOS(p text.POS) bool {
	return p == 0 || p.IsAdjective() || p == text.VBN || p == text.VBG
}

// recentPeople returns the n most recent distinct people before token i
// (see recent) whose role has the title sing ("president"), or else,
// when fewer have it, the n most recent people.
func (d pluralReader) recentPeople(sent, i, n int, sing string) ([]Mention, bool) {
	person := func(m *Mention) bool { return m.Type == Person }
	if isWord(english.PersonTitleHeads, sing) {
		titled := func(m *Mention) bool { return person(m) && strings.Contains(strings.ToLower(m.Role), sing) }
		if ms, ok := d.recent(sent, i, n, false, titled); ok {
			return ms, true
		}
	}
	return d.recent(sent, i, n, false, person)
}

// countedOf reads the phrase after a plural head of people at token i
// that counts their countries: "of", an optional definite determiner, a
// count word, lower-case modifiers and a plural country noun ("the
// presidents of two oil-producing countries", "the leaders of the two
// nations"). It returns the count.
func (d pluralReader) countedOf(i int) (int, bool) {
	sing := pluralHeads[strings.ToLower(d.Tokens[i].Text)]
	if !isWord(english.PersonTitleHeads, sing) && !isWord(english.PersonNouns, sing) || !d.continues(i) {
		return 0, false
	}
	k := i + 2
	if k < len(d.Tokens) && d.determiner(k) {
		k++
	}
	if k >= len(d.Tokens) || d.MentionAt(k) >= 0 {
		return 0, false
	}
	n, ok := countWords[strings.ToLower(d.Tokens[k].Text)]
	if !ok {
		return 0, false
	}
	// The count's phrase (see Phrases.At) reaches a plural country noun
	// over modifiers alone ("two oil-producing countries").
	p, found := phraseReader{d.Document}.phraseAt(k, k+1, DeterminerOpener)
	if !found {
		return 0, false
	}
	for h := k + 1; h < len(d.Tokens) && h <= p.runEnd; h++ {
		if s, ok := pluralHeads[strings.ToLower(d.Tokens[h].Text)]; ok && isWord(english.CountryDescriptionNouns, s) && d.MentionAt(h) < 0 {
			if p.reaches(h) && !slices.ContainsFunc(p.mentions, func(m int) bool { return d.Mentions[m].First < h }) {
				return min(n, maxPluralReferents), true
			}
			return 0, false
		}
	}
	return 0, false
}

// namedTogether resolves a definite plural with no count and no
// coordinated actors before it ("the countries", "the presidents"; sing
// is the head's singular), countries for a country noun and people with
// that title for a title: the actors of a counted description of that
// kind in its sentence or the three before ("the two countries ... the
// countries"), else those its own sentence names before it, when at
// least two (at most maxPluralReferents), else those the sentence before
// names when they are exactly two, else, for countries, those of the
// coordinated people before ("Lula and Chavez ... the countries'": see
// peoplesCountries). Other nouns ("the officials", "the
// sides") are left unresolved: the actors they stand for are seldom
// named.
func (d pluralReader) namedTogether(sent, i int, sing string) ([]Mention, bool) {
	var want func(*Mention) bool
	switch {
	case isWord(english.CountryDescriptionNouns, sing):
		want = func(m *Mention) bool { return m.Type == GPE && m.ID != "" && m.ID == m.Country }
	case isWord(english.PersonTitleHeads, sing):
		want = func(m *Mention) bool { return m.Type == Person && strings.Contains(strings.ToLower(m.Role), sing) }
	default:
		return nil, false
	}
	first := d.Sentences[max(sent-3, 0)].First
	for k := i - 1; k > first; k-- {
		if pluralHeads[strings.ToLower(d.Tokens[k].Text)] != sing || countWords[strings.ToLower(d.Tokens[k-1].Text)] == 0 {
			continue
		}
		if ms, ok := d.Referents(k); ok {
			return ms, true // "the two countries ... the countries"
		}
	}
	for s := sent; s >= 0 && s >= sent-1; s-- {
		limit := i
		if s != sent {
			limit = d.Sentences[s].Last
		}
		var out []Mention
		lo, hi := d.sentenceMentions(s)
		for k := lo; k < hi && len(out) <= maxPluralReferents; k++ {
			m := &d.Mentions[k]
			if m.Sentence != s || m.Last > limit || !want(m) || slices.ContainsFunc(out, func(o Mention) bool { return sameActor(&o, m) }) {
				continue
			}
			out = append(out, *m)
		}
		if s == sent && len(out) >= 2 && len(out) <= maxPluralReferents || s != sent && len(out) == 2 {
			return out, true
		}
	}
	if isWord(english.CountryDescriptionNouns, sing) {
		// "Lula and Chavez ... the countries' integration": the
		// coordinated people's countries.
		return d.peoplesCountries(sent, i)
	}
	return nil, false
}

// peoplesCountries returns the countries of the coordinated people
// before token i (see coordination: "Lula and his Venezuelan
// counterpart, Hugo Chavez"), one for each distinct country, when all
// have a known country and there are at least two. Each is a mention
// built from the person's (see countryMention).
func (d pluralReader) peoplesCountries(sent, i int) ([]Mention, bool) {
	ms, ok := d.coordination(sent, i)
	if !ok {
		return nil, false
	}
	var out []Mention
	for k := range ms {
		m := &ms[k]
		cc := m.CountryCode()
		if m.Type != Person || !gazetteer.IsCountryID(cc) {
			return nil, false
		}
		if !slices.ContainsFunc(out, func(o Mention) bool { return o.ID == cc }) {
			out = append(out, d.countryMention(*m))
		}
	}
	if len(out) < 2 {
		return nil, false
	}
	return out, true
}

// recent returns the n most recent distinct mentions satisfying want
// before token i (in sentence sent or the three before), in text order,
// or false when fewer were named. Two mentions are one actor when they
// share an ID, or, with no ID, a name. With together, all n come from the
// closest sentence that names n of them.
func (d pluralReader) recent(sent, i, n int, together bool, want func(*Mention) bool) ([]Mention, bool) {
	var out []Mention
	seen := map[string]bool{}
	for s := sent; s >= 0 && s >= sent-3 && len(out) < n; s-- {
		if together {
			out, seen = out[:0], map[string]bool{}
		}
		limit := i
		if s != sent {
			limit = d.Sentences[s].Last
		}
		lo, hi := d.sentenceMentions(s)
		for k := hi - 1; k >= lo && len(out) < n; k-- {
			m := &d.Mentions[k]
			if m.Sentence != s || m.Last > limit || !want(m) {
				continue
			}
			key := "id:" + m.ID
			if m.ID == "" {
				key = "name:" + strings.ToLower(m.Name)
				if m.Name == "" {
					key = "text:" + strings.ToLower(m.Text)
				}
			}
			if seen[key] {
				continue
			}
			seen[key] = true
			out = append(out, *m)
		}
	}
	if len(out) < n {
		return nil, false
	}
	for a, b := 0, len(out)-1; a < b; a, b = a+1, b-1 {
		out[a], out[b] = out[b], out[a]
	}
	return out, true
}

// coordination returns the actors joined by "and" that lead sentence sent
// before token i, or else the closest sentence before it (up to two back)
// that has one: the first actor of the sentence and those coordinated
// with it, all people or all countries and organizations.
//
// With none, a plural pronoun that opens one of those sentences before
// and that this rule resolves hands its actors on ("Lula and Chavez
// signed ... . The two presidents met ... . They signed ... . During their
// meeting, ..."): one such step, no more.
func (d pluralReader) coordination(sent, i int) ([]Mention, bool) {
	return d.coordinationChain(sent, i, true)
}

func (d pluralReader) coordinationChain(sent, i int, chain bool) ([]Mention, bool) {
	for s := sent; s >= 0 && s >= sent-2; s-- {
		limit := i
		if s != sent {
			limit = d.Sentences[s].Last
		}
		if ms, ok := d.leadingCoordination(s, limit); ok {
			if d.otherPlural(ms[len(ms)-1].Last, i) {
				return nil, false // "X and Y ordered Japanese companies to pay for their use"
			}
			return ms, true
		}
	}
	if !chain {
		return nil, false
	}
	for s := sent - 1; s >= 0 && s >= sent-2; s-- {
		k := d.Sentences[s].First
		if k >= d.Sentences[s].Last || !isWord(english.PluralPronouns, strings.ToLower(d.Tokens[k].Text)) || d.MentionAt(k) >= 0 {
			continue
		}
		if ms, ok := d.coordinationChain(s, k, false); ok && !d.otherPlural(k+1, i) {
			return ms, true
		}
		return nil, false
	}
	return nil, false
}

// otherPlural reports whether a plural noun stands between token a (the
// end of coordinated actors) and a plural pronoun at token b that the
// pronoun may refer to instead: anywhere before the pronoun in its own
// sentence, or before the first verb of a sentence before it ("Officials
// said ..."). A noun inside a mention, a noun of time ("Just days
// before, they": class time_plurals) or a plural description of actors
// named before it ("the two presidents") does not count. With no tags it
// reports false.
func (d pluralReader) otherPlural(a, b int) bool {
	return d.otherPluralBut(a, b, nil)
}

// otherPluralBut is otherPlural with the plural nouns at the tokens skip
// reports (nil: none) set aside. Actor nouns right after token a head the
// last of the actors ("Israeli troops and Hamas fighters"): they do not
// count, unless that actor is a nationality.
func (d pluralReader) otherPluralBut(a, b int, skip func(k int) bool) bool {
	sb := d.sentenceOf(b)
	verb := false
	// The actor nouns right after the actors head the last of them
	// ("Hamas fighters"); after a nationality they are the people meant
	// ("Indian and Chinese diplomats met. They": see jointParties).
	head := a > 0 && d.MentionAt(a-1) >= 0 && d.Mentions[d.MentionAt(a-1)].Type != NORP
	for k := max(a, 0); k < b && k < len(d.Tokens); k++ {
		if k == a || d.sentenceOf(k) != d.sentenceOf(k-1) {
			verb = false
		}
		if head = head && d.actorHead(k); head {
			continue
		}
		p := text.POS(d.Tokens[k].POS)
		if p.IsVerb() {
			verb = true
		}
		if !d.pluralNoun(k) || d.MentionAt(k) >= 0 || verb && d.sentenceOf(k) != sb || isWord(english.TimePlurals, strings.ToLower(d.Tokens[k].Text)) || skip != nil && skip(k) {
			continue
		}
		if _, ok := d.Referents(k); !ok {
			return true
		}
	}
	return false
}

// pluralNoun reports whether token k is a plural common noun: tagged so,
// or tagged a singular one yet written, in more than three letters, with
// a plural ending of the data and none of its singular endings ("War
// maniacs" opening a quotation, tagged NN).
func (d pluralReader) pluralNoun(k int) bool {
	switch text.POS(d.Tokens[k].POS) {
	case text.NNS:
		return true
	case text.NN:
		w := strings.ToLower(d.Tokens[k].Text)
		return len(w) > 3 && isLowerWord(d.Tokens[k].Text) && english.Default().PluralSpelling(w)
	}
	return false
}

// namesNext reports whether the phrase whose head is token i goes on to
// name what it describes: "the two presidents of ...", "both leaders Lula
// and Petro".
func (d pluralReader) namesNext(i int) bool {
	if i+1 >= len(d.Tokens) {
		return false
	}
	return d.continues(i) || d.MentionAt(i+1) >= 0
}

// coordinationOf resolves a plural description with no count ("the
// leaders", "the countries"; sing is the head's singular) to the
// coordinated actors before it, when they are all of the noun's kind:
// people for a person noun or title, countries for a country noun.
func (d pluralReader) coordinationOf(sent, i int, sing string) ([]Mention, bool) {
	var fits func(*Mention) bool
	switch {
	case isWord(english.CountryDescriptionNouns, sing):
		fits = func(m *Mention) bool { return m.Type == GPE }
	case isWord(english.PartyNouns, sing):
		fits = func(m *Mention) bool { return true }
	case isWord(english.PersonTitleHeads, sing) || isWord(english.PersonNouns, sing):
		fits = func(m *Mention) bool { return m.Type == Person }
	default:
		return nil, false
	}
	ms, ok := d.coordination(sent, i)
	if !ok {
		return nil, false
	}
	for k := range ms {
		if !fits(&ms[k]) {
			return nil, false
		}
	}
	return ms, true
}

// coordActor reports whether m may be one of coordinated actors: a
// person, an organization or a country.
func coordActor(m *Mention) bool {
	return m.Type == Person || m.Type == Org || m.Type == GPE && m.ID != "" && m.ID == m.Country
}

// leadingCoordination returns the first actor of sentence s (before token
// limit) and the actors coordinated with it, when there are at least two.
func (d pluralReader) leadingCoordination(s, limit int) ([]Mention, bool) {
	first := -1
	lo, hi := d.sentenceMentions(s)
	for k := lo; k < hi; k++ {
		if m := &d.Mentions[k]; m.Sentence == s && m.Last <= limit && m.Type != NORP && coordActor(m) {
			first = m.First
			break
		}
	}
	if gs := d.coordinatedGroups(s, limit); len(gs) > 0 && gs[0][0].First == first {
		return gs[0], true
	}
	return nil, false
}

// coordinatedGroups returns the groups of at least two coordinated actors
// of sentence s that end before token limit, in text order: all people,
// or all countries and organizations (a nationality before an organ of
// its state, "the Philippine government", stands for its country; see
// stateOrgan), each joined to the one before (see
// joint) and the last of them by "and" ("Japan and the United States",
// "the EU and the UK", "Japan, China and South Korea", "both Japan and
// China"). A list the commas go on with after its "and" ends there;
// nationalities may stand between ("Lula and his Venezuelan counterpart,
// Hugo Chavez").
func (d pluralReader) coordinatedGroups(s, limit int) [][]Mention {
	var groups [][]Mention
	var cur []Mention
	joined := 0 // the length of cur up to its last actor joined by "and"
	flush := func() {
		if joined >= 2 {
			groups = append(groups, cur[:joined])
		}
		cur, joined = nil, 0
	}
	lo, hi := d.sentenceMentions(s)
	for k := lo; k < hi; k++ {
		m := &d.Mentions[k]
		if m.Sentence != s || m.Last > limit {
			continue
		}
		if m.Type == NORP {
			// "the Philippine government and the rebels of X": a
			// nationality before an organ of its state stands for the
			// country.
			if !d.stateOrgan(m) {
				continue
			}
			c := d.countryMention(*m)
			m = &c
		}
		if !coordActor(m) {
			flush()
			continue
		}
		if len(cur) > 0 {
			prev := cur[len(cur)-1]
			ok, and := d.joint(prev.Last, m.First)
			if ok && (prev.Type == Person) == (m.Type == Person) {
				cur = append(cur, *m)
				if and {
					joined = len(cur)
				}
				continue
			}
			flush()
		}
		cur = append(cur, *m)
	}
	flush()
	return groups
}

// maxJoint bounds how many tokens join two coordinated actors, their head
// nouns aside (see joint).
const maxJoint = 6

// joint reports whether tokens [a, b) may join two coordinated actors: one
// "and" or a comma, with only commas, definite determiners ("and the
// United States"), title words (", South Korean President"), possessive
// pronouns, nationalities and, after the "and", lower-case nouns beside
// it ("and his Venezuelan counterpart,"); or a word of pair_joins alone
// with no space around it ("US-China", which counts as an "and"). Nouns
// that stand for an actor (class actor_nouns) may head either side, and
// do not count toward the bound of six tokens: after the first actor
// ("the Philippines government and", "Japan's government and") and,
// after the "and", before "of" ("and representatives of the rebel group
// X"); after the "and" adjectives may stand too ("and visiting Chinese
// President Hu"). and reports that an "and" joins them.
func (d pluralReader) joint(a, b int) (ok, and bool) {
	if b <= a || b-a > 2*maxJoint || a < 0 || b > len(d.Tokens) {
		return false, false
	}
	if b == a+1 && a > 0 && isWord(english.PairJoins, d.Tokens[a].Text) {
		// "the US-China talks", written with no space (a dateline's
		// "ALGIERS, Algeria - Ethiopia and ..." is no pair).
		glued := d.Tokens[a-1].End == d.Tokens[a].Start && d.Tokens[a].End == d.Tokens[b].Start
		return glued, glued
	}
	comma := false
	heads := 0 // the tokens of the actors' head nouns, which the bound leaves aside
	for k := a; k < b; k++ {
		w := strings.ToLower(d.Tokens[k].Text)
		switch {
		case d.actorHead(k):
			// "the Philippine government and representatives of the
			// rebel group X": nouns that stand for an actor, headed by
			// the actor before ("X's government") or by the actor after
			// ("representatives of X").
			heads++
			continue
		case k == a && isPossessiveClitic(w):
			heads++
			continue
		case and && k > a && isWord(english.GenitiveMarker, w) && d.actorHead(k-1):
			heads++
			continue
		case isWord(english.Conjunction, w):
			if and {
				return false, false
			}
			and = true
		case w == ",":
			comma = true
		case d.determiner(k) || isWord(english.PersonTitleWords, w):
		case isWord(english.ReferringPossessives, w) || d.MentionAt(k) >= 0 && d.Mentions[d.MentionAt(k)].Type == NORP:
		case and && d.Phrases().Modifier(k) && modifierPOS(text.POS(d.Tokens[k].POS)):
		default:
			return false, false
		}
	}
	if b-a-heads > maxJoint {
		return false, false
	}
	return and || comma, and
}

// stateOrgan reports whether the nationality m names the country of the
// state organ right after it ("Indonesian government officials", "the
// Philippine army"; class state_nouns).
func (d pluralReader) stateOrgan(m *Mention) bool {
	k := m.Last
	return gazetteer.IsCountryID(m.CountryCode()) && k < len(d.Tokens) && isLowerWord(d.Tokens[k].Text) && isWord(english.StateNouns, strings.ToLower(d.Tokens[k].Text))
}

// actorHead reports whether token k is a lower-case noun of class
// actor_nouns ("government", "representatives"), which an actor next to
// it in a coordination heads or modifies.
func (d pluralReader) actorHead(k int) bool {
	t := d.Tokens[k].Text
	return isLowerWord(t) && text.POS(d.Tokens[k].POS).IsNoun() && isWord(english.ActorNouns, strings.ToLower(t))
}

// innerCoordination returns the actors joined by "and" closest before a
// plural pronoun at token i in its own sentence sent, wherever they stand
// in it: the last group of at least two coordinated actors (all people or
// all countries and organizations) that ends before the pronoun. Binding
// keeps an object pronoun from its own verb's subject ("Iran and Syria
// told them"); a plural noun between the group and the pronoun (see
// otherPlural) leaves the choice to coordination. bound reports that the
// group was refused by binding: the pronoun then stays unresolved.
func (d pluralReader) innerCoordination(sent, i int) (ms []Mention, ok, bound bool) {
	var best []Mention
	if gs := d.coordinatedGroups(sent, i); len(gs) > 0 {
		best = gs[len(gs)-1]
	}
	if len(best) < 2 || d.otherPlural(best[len(best)-1].Last, i) {
		return nil, false, false
	}
	if d.objectPronoun(i) {
		if subj, ok := (resolver{d.Document}).clauseSubject(sent, i, coordActor); ok && sameActor(&subj, &best[len(best)-1]) {
			return nil, false, true
		}
	}
	return best, true, false
}

// pluralSubject reports whether a plural pronoun at token i may go on
// with the collective actor m that leads an earlier sentence ("The
// Taliban have killed two hostages. They have threatened ..."): m is an
// organization, or a people written as a plural noun ("Palestinians"),
// and the subject of one of the sentences before that the pronoun's
// search reads (see lookBack): the first actor of its sentence, no verb
// before it. No other organization or people stands between m and the
// pronoun, nor two people or more (who may be the pronoun's actors), nor
// a plural noun the pronoun may refer to instead (see otherPlural), nor
// another actor before the pronoun in its own sentence ("Chile said they
// were lying"); a pronoun in a quotation takes only a group named in one.
// Coordinated
// actors, which Referents gives, come first.
// With no tags it reports false.
func (d pluralReader) pluralSubject(m *Mention, i int) bool {
	s := d.sentenceOf(i)
	if s < 1 || m.Sentence >= s || m.First < 0 || m.Last > len(d.Tokens) || m.First >= m.Last {
		return false
	}
	switch m.Type {
	case Org:
	case NORP:
		if p := text.POS(d.Tokens[m.Last-1].POS); p != text.NNPS && p != text.NNS {
			return false // "Korean hostages": an adjective
		}
	default:
		return false
	}
	within := false
	for b := range (chainReader{d.Document}).lookBack(s) {
		if b == m.Sentence {
			within = true
			break
		}
	}
	if !within || (chainReader{d.Document}).verbBefore(m.Sentence, m.First) {
		return false
	}
	if f, ok := d.firstMention(m.Sentence, m.Last, func(o *Mention) bool { return coordActor(o) || o.First == m.First }); !ok || f.First != m.First {
		return false
	}
	if (chainReader{d.Document}).inQuotation(i) && !(chainReader{d.Document}).inQuotation(m.First) {
		return false // "..., all they have to do," a speaker quoted on a group
	}
	var people []Mention
	lo, _ := d.sentenceMentions(m.Sentence)
	for k := lo; k < len(d.Mentions); k++ {
		o := &d.Mentions[k]
		if o.First < m.Last {
			continue
		}
		if o.First >= i {
			break
		}
		if (o.Type == Org || o.Type == NORP && text.POS(d.Tokens[o.Last-1].POS) == text.NNPS) && !sameActor(o, m) {
			return false
		}
		if o.Type == Person && !slices.ContainsFunc(people, func(p Mention) bool { return sameActor(&p, o) }) {
			people = append(people, *o)
		}
	}
	if len(people) >= 2 {
		return false // "... had spoken with Macron. Their call": the two people
	}
	if o, ok := d.firstMention(d.sentenceOf(i), i, coordActor); ok && !sameActor(&o, m) {
		return false // "Chile said they were lying": Chile's own
	}
	// "JEM rebels walked out ... They": the group's own noun.
	end := m.Last
	for end < i && isLowerWord(d.Tokens[end].Text) && d.pluralNoun(end) && d.MentionAt(end) < 0 {
		end++
	}
	return !d.otherPlural(end, i)
}

// maxDescribedReach bounds how many tokens before a plural pronoun
// describedInside reads for a plural description.
const maxDescribedReach = 30

// describedInside resolves a plural pronoun at token i to the actors of
// the closest plural description before it in its own sentence, wherever
// it stands, that Referents resolves ("Ahtisaari has met both parties
// separately, and discussed with them"), when no plural noun stands
// between them (see otherPlural) and the pronoun is no object of a verb
// whose subject the description is ("the two sides accused them").
func (d pluralReader) describedInside(sent, i int) ([]Mention, bool) {
	first := max(d.Sentences[sent].First, i-maxDescribedReach)
	for k := i - 1; k >= first; k-- {
		if pluralHeads[strings.ToLower(d.Tokens[k].Text)] == "" || d.MentionAt(k) >= 0 {
			continue
		}
		ms, ok := d.Referents(k)
		if !ok || d.otherPlural(k+1, i) || d.objectPronoun(i) && !d.verbBetween(k+1, i) {
			return nil, false
		}
		return ms, true
	}
	return nil, false
}

// verbBetween reports whether a verb stands in tokens [a, b) after one
// that is not: another verb's phrase than the one right after a.
func (d pluralReader) verbBetween(a, b int) bool {
	seen := 0
	for k := a; k < b && k < len(d.Tokens); k++ {
		if text.POS(d.Tokens[k].POS).IsVerb() {
			if seen > 0 && !text.POS(d.Tokens[k-1].POS).IsVerb() {
				return true
			}
			seen++
		}
	}
	return false
}

// describedBefore resolves a plural pronoun at token i to the actors of
// the plural description that leads its sentence before it, or else the
// closest sentence before (up to two back) that opens with one: "The two
// countries agreed to ... . They also consented to ...", "the two sides
// met, and they agreed"; the description is the subject, no verb and no
// mention before it, and Referents resolves it. A plural noun between
// the description and the pronoun (see otherPlural) leaves the pronoun
// unresolved, and so does an actor or a people named before the pronoun
// in its own sentence when the description stands in a sentence before
// ("French Rafales had proven their effectiveness").
func (d pluralReader) describedBefore(sent, i int) ([]Mention, bool) {
	other := func(m *Mention) bool { return m.Type == NORP || coordActor(m) }
	_, named := d.firstMention(sent, i, other)
	for s := sent; s >= 0 && s >= sent-2 && (s == sent || !named); s-- {
		se := d.Sentences[s]
		for k := se.First; k < se.Last && k < i && k < se.First+maxLeadReach; k++ {
			if p := text.POS(d.Tokens[k].POS); p.IsVerb() || p == text.MD || d.MentionAt(k) >= 0 {
				break
			}
			if pluralHeads[strings.ToLower(d.Tokens[k].Text)] == "" {
				continue
			}
			ms, ok := d.Referents(k)
			if !ok || d.otherPlural(k+1, i) {
				return nil, false
			}
			return ms, true
		}
	}
	return nil, false
}

// coordinatedPeoples returns the countries of the last group of
// nationalities of sentence s, before token limit, joined by "and" (see
// joint) with nothing else between them: "Indian and Chinese officials",
// "the U.S. and Russian presidents". Each is a mention built from the
// nationality's (see countryMention).
func (d pluralReader) coordinatedPeoples(s, limit int) ([]Mention, bool) {
	var best, cur []Mention
	and := false
	lo, hi := d.sentenceMentions(s)
	for k := lo; k < hi; k++ {
		m := &d.Mentions[k]
		if m.Sentence != s || m.Last > limit {
			continue
		}
		if m.Type != NORP || !gazetteer.IsCountryID(m.CountryCode()) {
			if and {
				best = cur
			}
			cur, and = nil, false
			continue
		}
		if len(cur) > 0 {
			prev := cur[len(cur)-1]
			ok, a := d.joint(prev.Last, m.First)
			if ok && !d.spansNoun(prev.Last, m.First) && prev.CountryCode() != m.CountryCode() {
				cur = append(cur, d.countryMention(*m))
				and = and || a
				continue
			}
			if and {
				best = cur
			}
		}
		cur, and = []Mention{d.countryMention(*m)}, false
	}
	if and {
		best = cur
	}
	return best, len(best) >= 2
}

// spansNoun reports whether a noun stands in tokens [a, b): "Indian
// troops and Chinese officials" are no coordinated nationalities.
func (d pluralReader) spansNoun(a, b int) bool {
	for k := max(a, 0); k < b && k < len(d.Tokens); k++ {
		if text.POS(d.Tokens[k].POS).IsNoun() && d.MentionAt(k) < 0 {
			return true
		}
	}
	return false
}

// maxSidesSentences is how many sentences before its own twoCountries
// reads for the countries of "the two sides".
const maxSidesSentences = 2

// twoCountries returns the two countries of "the two sides" at token i
// when its sentence, before it, and the maxSidesSentences before name
// exactly two countries among their actors (countries, nationalities,
// and people and organizations of a known country; a dateline aside),
// in the order first named, news agencies (class reporter_kinds) aside:
// "Three Indian soldiers were killed ...
// “Pakistan used mortars,” said an Indian army statement. The two sides
// ...". An organization of no known country or of an armed group's kind
// named there may be a side of its own ("the government and the rebels"),
// and leaves it unresolved, as do three countries or one.
func (d pluralReader) twoCountries(sent, i int) ([]Mention, bool) {
	var out []Mention
	for s := max(sent-maxSidesSentences, 0); s <= sent; s++ {
		lo, hi := d.sentenceMentions(s)
		for k := lo; k < hi; k++ {
			m := &d.Mentions[k]
			if m.Last > i || m.Type == Event || m.Type == Loc || (descriptionReader{d.Document}).dateline(m) || m.Type == Org && isWord(english.ReporterKinds, string(m.Kind)) {
				continue // "told Reuters": a news agency reports and is no side
			}
			cc := m.CountryCode()
			if m.Type == Org && (!gazetteer.IsCountryID(cc) || m.Kind == gazetteer.KindArmedGroup) {
				return nil, false
			}
			if !gazetteer.IsCountryID(cc) || slices.ContainsFunc(out, func(o Mention) bool { return o.ID == cc }) {
				continue
			}
			if len(out) == 2 {
				return nil, false
			}
			c := *m
			if m.Type != GPE || m.ID != cc {
				if c = d.countryMention(*m); c.Entity < 0 && len(d.Entities) > 0 {
					return nil, false // a country the text never names is no side of it
				}
			}
			out = append(out, c)
		}
	}
	if len(out) != 2 {
		return nil, false
	}
	return out, true
}

// sidesOf returns the parties ms of "the two sides", "both sides" as the
// annotators read them: people of distinct known countries stand for
// their countries ("Kotzias met Dimitrov ... both sides": Greece and North
// Macedonia; see countryMention); people all of one known country are one
// side, not two ("Wang Yi and Qin Gang ... the two sides"), and false;
// other parties are themselves.
func (d pluralReader) sidesOf(ms []Mention) ([]Mention, bool) {
	seen := map[string]bool{}
	for k := range ms {
		cc := ms[k].CountryCode()
		if ms[k].Type != Person || !gazetteer.IsCountryID(cc) {
			return ms, true
		}
		seen[cc] = true
	}
	if len(seen) == 1 {
		return nil, false
	}
	if len(seen) < len(ms) {
		return ms, true
	}
	out := make([]Mention, len(ms))
	for k := range ms {
		out[k] = d.countryMention(ms[k])
	}
	return out, true
}

// maxGroupReach bounds how many sentences before its own countedGroup
// reads for a list of countries.
const maxGroupReach = 6

// countedGroup returns the last list of exactly n coordinated countries
// (see coordinatedGroups) before token i, in its sentence or the
// maxGroupReach before ("visits to Trinidad and Tobago, Costa Rica and
// Mexico ... agreements with the three nations"). A closer list of
// countries of another length leaves it unresolved.
func (d pluralReader) countedGroup(sent, i, n int) ([]Mention, bool) {
	country := func(m *Mention) bool { return m.Type == GPE && m.ID != "" && m.ID == m.Country }
	for s := sent; s >= 0 && s >= sent-maxGroupReach; s-- {
		limit := i
		if s != sent {
			limit = d.Sentences[s].Last
		}
		gs := d.coordinatedGroups(s, limit)
		for g := len(gs) - 1; g >= 0; g-- {
			if !slices.ContainsFunc(gs[g], func(m Mention) bool { return !country(&m) }) {
				if len(gs[g]) == n {
					return gs[g], true
				}
				return nil, false
			}
		}
	}
	return nil, false
}
