package entity

import (
	"strings"

	"github.com/geoextract/geoextract/gazetteer"
	"github.com/geoextract/geoextract/internal/english"
	"github.com/geoextract/geoextract/internal/text"
)

// descriptionReader reads the definite descriptions of a Document ("the
// minister", "the Russian president", "the kingdom"): what they describe
// and whom they name, the stage behind Description. It only reads the
// Document; like it, safe for concurrent use. The zero value has no
// Document and must not be used.
type descriptionReader struct{ *Document }

// orgNoun is what a head noun of a description of an organization, a
// group or a state body may refer to (class organization_nouns of
// internal/english). It is a plain value, read once and never changed.
type orgNoun struct {
	kinds   map[gazetteer.Kind]bool // gazetteer kinds of the organizations it may name
	unknown bool                    // also an organization of no known kind
	state   bool                    // a country's own body of that name stands for the country
	country bool                    // may refer to a country named before
	sole    bool                    // with no body named, the one country the text around names
	plural  bool                    // a plural noun ("the militants")
}

// orgNouns are the head nouns of descriptions of organizations, by noun.
var orgNouns = parseOrgNouns(english.Default())

// parseOrgNouns reads the organization nouns of t with their tags. A tag
// that is no flag is a gazetteer kind.
func parseOrgNouns(t *english.Table) map[string]orgNoun {
	nouns := t.Words(english.OrganizationNouns)
	out := make(map[string]orgNoun, len(nouns))
	for _, noun := range nouns {
		tags, _ := t.Texts(english.OrganizationNouns, noun)
		o := orgNoun{kinds: map[gazetteer.Kind]bool{}}
		for _, tag := range tags {
			switch tag {
			case "unknown":
				o.unknown = true
			case "state":
				o.state = true
			case "country":
				o.country = true
			case "sole":
				o.sole = true
			case "plural":
				o.plural = true
			case "":
			default:
				o.kinds[gazetteer.Kind(tag)] = true
			}
		}
		out[noun] = o
	}
	return out
}

// description reads the definite description whose head noun is token i:
// the index of its determiner and the country of the nationality written
// in it ("the Chinese firm": CHN), if any. Between the determiner and the
// head stand only lower-case words, hyphens, at most one nationality,
// places before a hyphen ("the Paris-based group") and, before an
// organization's noun, peoples of no country ("the West African bloc",
// "the Islamist group"), which say nothing of whose it is. It reports false when
// no definite determiner opens the phrase, when the head is part of a
// name, or when the phrase goes on to name what it describes ("the group
// of ...", "the ministry Hamas runs" is kept, "the group Hamas" is not).
func (d descriptionReader) description(i int) (det int, country string, ok bool) {
	return d.describe(i, d.determiner)
}

// describe reads the description whose head noun is token i as
// description does, with opens for the words that may open it.
func (d descriptionReader) describe(i int, opens func(k int) bool) (det int, country string, ok bool) {
	if d.MentionAt(i) >= 0 {
		return 0, "", false
	}
	sent := d.sentenceOf(i)
	if sent < 0 {
		return 0, "", false
	}
	if d.Phrases().GoesOn(i) {
		return 0, "", false
	}
	det = phraseReader{d.Document}.openerBefore(i, d.Sentences[sent].First, opens)
	if det < 0 {
		return 0, "", false
	}
	p, ok := phraseReader{d.Document}.phraseAt(det, det+1, DeterminerOpener)
	if !ok || !p.reaches(i) {
		return 0, "", false
	}
	_, org := orgNouns[strings.ToLower(d.Tokens[i].Text)]
	nationality := false
	for _, n := range p.mentions {
		m := &d.Mentions[n]
		if m.Last > i {
			break
		}
		switch {
		case m.Type == NORP && m.CountryCode() == "" && org:
			// "the Islamist group", "the West African bloc": a people
			// of no country, a region's or a creed's, modifies an
			// organization's noun like an adjective; a person it
			// describes is of that people ("a Sikh leader"), no
			// one's named later.
		case m.Type == NORP && !nationality:
			country, nationality = m.CountryCode(), true
			if country == "" {
				return 0, "", false // a people of no country describing a person ("a Kurdish leader")
			}
		case (m.Type == GPE || m.Type == Loc) && m.Last < i && d.Phrases().Based(m.Last):
			// "the Paris-based group": where it sits, not whose it is.
		default:
			return 0, "", false
		}
	}
	return det, country, true
}

// CountryCode returns the ISO alpha-3 code of the country the mention
// stands for or belongs to: its Country, or else its ID when that is a
// country's code (a country's own mention, "Japan", "Japanese"); "" when
// neither says. It is the one reading of a nationality or a place inside
// a noun phrase ("the Japanese minister", "Japan's forces") that the
// descriptions here and relation's actor phrases share. The zero Mention
// gives "".
func (m Mention) CountryCode() string {
	if m.Country != "" {
		return m.Country
	}
	if gazetteer.IsCountryID(m.ID) {
		return m.ID
	}
	return ""
}

// orgDescription resolves the description of an organization whose head
// noun (of spec o) is token i, with its determiner at det and the
// nationality country cc ("" for none): the first compatible actor of
// the sentence before the description, or else of the closest sentence
// before (up to three back) that has one; the same order Referent gives
// "it". Compatible: an organization of one of the noun's kinds (or of no
// known kind, for a noun that allows it or that ends the organization's
// name), of the nationality's country when one is written, and not of
// another country than that of a place before a hyphen ("the Paris-based
// group") when the gazetteer knows the organization's; for a state
// body, a country's own body of that noun ("Venezuela's information
// ministry", "the Nigerian military"), which stands for the country; for
// a noun that may name a country, a country. A description with no
// compatible actor before it is left unresolved.
func (d descriptionReader) orgDescription(sent, i, det int, o orgNoun, cc string) (Mention, bool) {
	head := strings.ToLower(d.Tokens[i].Text)
	based := d.basedIn(det, i)
	var stateOf *Mention // the last mention want accepted as a state body
	want := func(m *Mention) bool {
		stateOf = nil
		if cc != "" && m.CountryCode() != cc {
			return false
		}
		if based != "" && m.Type == Org && m.CountryCode() != "" && m.CountryCode() != based {
			return false // "the Paris-based group" is no Croatian body
		}
		switch {
		case m.Type == Org:
			if m.Kind != "" {
				return o.kinds[m.Kind]
			}
			return o.unknown || strings.HasSuffix(strings.ToLower(m.Text), " "+head) || d.introducedAs(m, head)
		case o.state && (m.Type == GPE && m.ID != "" && m.ID == m.Country || m.Type == NORP && m.CountryCode() != "") && d.bodyOf(m, head):
			stateOf = m
			return true
		case o.country:
			return m.Type == GPE && m.ID != "" && m.ID == m.Country
		}
		return false
	}
	// An organization introduced with the noun ("the insurgent group
	// Jama'at ...", "a militant group, the Movement ...") first.
	m, ok := resolver{d.Document}.subject(sent, det, func(m *Mention) bool { return d.introducedAs(m, head) && want(m) })
	if !ok {
		m, ok = resolver{d.Document}.subject(sent, det, want)
	}
	if !ok {
		if cc != "" && (o.state || o.country) {
			// "the Iranian military" with no body of Iran's before it:
			// the nationality names the country.
			for k := det + 1; k < i; k++ {
				if n := d.MentionAt(k); n >= 0 && d.Mentions[n].Type == NORP {
					return d.countryMention(d.Mentions[n]), true
				}
			}
		}
		if det == i-1 && o.sole && !d.modifiesNoun(i) {
			// "Guinea's president was arrested. The army ...": the organ
			// of the one country the text around it names. A modifier
			// may make it another's ("the rebel army", "the east-based
			// army"); before a noun it is itself a modifier ("the
			// military council").
			return d.soleCountry(sent, det)
		}
		return Mention{}, false
	}
	if d.namedAnother(m.Last, det, head) {
		return Mention{}, false
	}
	if stateOf != nil && m.Type == NORP {
		return d.countryMention(m), true
	}
	return m, true
}

// basedIn returns the country of a place written before a hyphen between
// tokens det and i ("the Paris-based group": FRA; "the U.S.-based firm":
// USA), "" for none or a place of no known country.
func (d descriptionReader) basedIn(det, i int) string {
	for k := det + 1; k+1 < i; k++ {
		if n := d.MentionAt(k); n >= 0 {
			m := &d.Mentions[n]
			if m.Last == k+1 && (m.Type == GPE || m.Type == Loc) && d.Phrases().Based(k+1) {
				return m.CountryCode()
			}
		}
	}
	return ""
}

// bodyOf reports whether a country's mention m is followed, in its
// sentence, by a body of it headed by the noun head: "Venezuela's
// information ministry", "the Nigerian military" (see bodyAfter).
func (d descriptionReader) bodyOf(m *Mention, head string) bool {
	return bodyReader{d.Document}.bodyAfter(m, head)
}

// countryMention returns a mention of m's country built from m: the
// country's ID, and its name as the document's entities (or, in a
// document built by hand, its mentions) give it.
func (d *Document) countryMention(m Mention) Mention {
	cc := m.CountryCode()
	c := Mention{Start: m.Start, End: m.End, Text: m.Text, Type: GPE, ID: cc, Name: cc, Kind: gazetteer.KindCountry,
		Country: cc, Source: FromCoref, Sentence: m.Sentence, First: m.First, Last: m.Last, Entity: -1}
	// The country's name as the first mention of it gives it: its entity's
	// name, else (a document built by hand without entities, or one Tag
	// has not grouped yet) its first mention's. Tag's index finds both in
	// constant time (see Index).
	if len(d.Entities) > 0 {
		if e, ok := d.firstEntity(cc); ok {
			c.Name, c.Entity = d.Entities[e].Name, e
		}
		return c
	}
	if k, ok := d.firstMentionOf(cc); ok {
		c.Name = d.Mentions[k].Name
	}
	return c
}

// possessorCountry resolves "his country", "her government" (a personal
// possessive at token i before a country noun) to the country of the
// person the possessive refers to (one that agrees, see genderFilter),
// when that person has one.
func (d descriptionReader) possessorCountry(sent, i int, agrees func(*Mention) bool) (Mention, bool) {
	p, ok := d.closest(sent, i, func(m *Mention) bool { return m.Type == Person && agrees(m) })
	if !ok || p.Country == "" {
		return Mention{}, false
	}
	if m, ok := d.closest(sent, i, func(m *Mention) bool { return m.Type == GPE && m.ID == p.Country }); ok {
		return m, true
	}
	return d.countryMention(p), true
}

// introducedAs reports whether mention m is written with the noun head,
// as in "the insurgent group Jama'at ul Dawa" or "a militant group, the
// Movement for ..." (only a comma and a determiner may stand between
// them), "rebels of the Sudan Liberation Army" (the noun, the genitive
// marker and a determiner) or "Hamas militants" (the noun right after
// the name). An organization the gazetteer gives no kind is then known to
// be one the noun describes.
func (d descriptionReader) introducedAs(m *Mention, head string) bool {
	if m.Last < len(d.Tokens) && m.Last > m.First && strings.ToLower(d.Tokens[m.Last].Text) == head && !d.continues(m.Last) {
		return true // "Hamas militants"
	}
	for k := min(m.First-1, len(d.Tokens)-1); k >= 0 && k >= m.First-3; k-- {
		switch w := strings.ToLower(d.Tokens[k].Text); {
		case d.MentionAt(k) >= 0:
			return false // "Democratic Socialist Party, Japan Renewal Party": a name's word
		case w == head:
			return true
		case w == "," || isWord(english.DefiniteDeterminers, w):
		case isWord(english.GenitiveMarker, w) && (k == m.First-1 || k == m.First-2 && d.determiner(m.First-1)):
			// "rebels of the Sudan Liberation Army"
			if k > 0 && strings.ToLower(d.Tokens[k-1].Text) == head {
				return true
			}
			return false
		default:
			return false
		}
	}
	return false
}

// Description reports whether the determiner at token i opens a
// description of an organization, a group, a state body or a person that
// Referent resolves at its head ("the Paris-based group", "the rights
// watchdog", "the Nigerian military", "the U.S. envoy"), and the end of the description: tokens [i,
// last), the head at last-1. It does not resolve the description: ask
// Referent(last-1). Like Referent it only reads the Document.
func (d *Document) Description(i int) (last int, ok bool) {
	if i < 0 || i >= len(d.Tokens) || !d.determiner(i) {
		return 0, false
	}
	for k := i + 1; k < len(d.Tokens) && k <= i+1+maxModifiers*3; k++ {
		lw := strings.ToLower(d.Tokens[k].Text)
		if _, ok := orgNouns[lw]; ok {
			if det, _, ok := (descriptionReader{d}).description(k); ok && det == i {
				return k + 1, true
			}
		}
		if personHead(lw) {
			if det, _, ok := (descriptionReader{d}).personDescriptionStart(k); ok && det == i {
				return k + 1, true
			}
		}
	}
	return 0, false
}

// leadingActor returns the actor a pronoun at token i most often
// continues, like subject, but a description of an organization counts as
// an actor where it stands: the first actor or description of the
// pronoun's sentence before it, or else of the closest sentence before (up
// to three back, not counting those wholly inside a quotation: see
// lookBack) that has one. want filters the mentions; plural says
// which descriptions count (plural nouns for "they", singular for "it").
// "The Paris-based group says ... after it expressed concern": the group,
// not Paris.
func (d descriptionReader) leadingActor(sent, i int, want func(*Mention) bool, plural bool) (Mention, bool) {
	// A dateline ("NEW DELHI:") says where the story was filed: no actor
	// a pronoun goes on with.
	given := want
	want = func(m *Mention) bool { return given(m) && !d.dateline(m) }
	if m, ok := d.leadingActorIn(sent, i, want, plural); ok {
		return m, true
	}
	for s := range (chainReader{d.Document}).lookBack(sent) {
		if m, ok := d.leadingActorIn(s, d.Sentences[s].Last, want, plural); ok {
			return m, true
		}
	}
	return Mention{}, false
}

// leadingActorIn is leadingActor within sentence s, before token limit.
func (d descriptionReader) leadingActorIn(s, limit int, want func(*Mention) bool, plural bool) (Mention, bool) {
	m, ok := d.firstMention(s, limit, want)
	c := english.ThingPronouns
	if plural {
		c = english.PluralPronouns
	}
	if cm, k, found := (chainReader{d.Document}).chainedSubject(s, limit, c, want); found && (!ok || k < m.First) {
		// "It said Russia was behind ... . It also accused ...": the
		// first "it", resolved before, leads its sentence.
		return cm, true
	}
	dlimit := limit
	if ok {
		dlimit = min(limit, m.Last+maxModifiers+2) // a description around m ends soon after it
	}
	if det, h, found := d.firstDescription(s, dlimit, plural); found && (!ok || det <= m.First) {
		if dm, ok := d.Referent(h); ok {
			return dm, true
		}
	}
	return m, ok
}

// maxLeadReach is how many tokens from a sentence's start firstDescription
// looks for a description: it bounds the cost of each pronoun in a very
// long sentence.
const maxLeadReach = 60

// firstDescription returns the determiner and head of the first
// description of an organization in sentence s that ends before token
// limit, of plural nouns or of singular ones; a person's country ("his
// nation") counts as a singular one, its head the possessive, where
// Referent resolves it.
func (d descriptionReader) firstDescription(s, limit int, plural bool) (det, head int, ok bool) {
	se := d.Sentences[s]
	for k := se.First; k < limit && k < se.Last && k < len(d.Tokens) && k < se.First+maxLeadReach; k++ {
		lw := strings.ToLower(d.Tokens[k].Text)
		if !plural && isWord(english.PersonPronouns, lw) && isWord(english.ReferringPossessives, lw) && (phraseReader{d.Document}).possessivePronounOpener(k) && k+1 < limit && k+1 < len(d.Tokens) &&
			isWord(english.StateDescriptionNouns, strings.ToLower(d.Tokens[k+1].Text)) {
			return k, k, true // "his nation": Referent resolves it at "his"
		}
		o, isNoun := orgNouns[lw]
		if !isNoun || o.plural != plural {
			continue
		}
		if det, _, ok := d.description(k); ok {
			return det, k, true
		}
	}
	return 0, 0, false
}

// nounAt reports whether token k may be the head noun of a description:
// tagged as a noun, or untagged.
func (d *Document) nounAt(k int) bool {
	p := text.POS(d.Tokens[k].POS)
	return p == 0 || p.IsNoun()
}

// namedAnother reports whether tokens [a, b) introduce, with the noun
// head, a name that is no organization's mention ("the insurgent group
// Jama'at ul Dawa"): a later description with that head more likely refers to it
// than to an actor named before, and is left unresolved.
func (d descriptionReader) namedAnother(a, b int, head string) bool {
	for k := max(a, 0); k+1 < b && k+1 < len(d.Tokens); k++ {
		if strings.ToLower(d.Tokens[k].Text) == head && d.MentionAt(k) < 0 &&
			isCapTok(d.Tokens[k+1].Text) && d.sentenceOf(k+1) == d.sentenceOf(k) {
			if n := d.MentionAt(k + 1); n >= 0 && d.Mentions[n].Type == Org {
				continue // "the group Hamas": an organization, which the search has weighed
			}
			return true
		}
	}
	return false
}

// soleCountry returns the country of the mentions before token i in its
// sentence and the stateWindow sentences before, when they are all of
// one country: its last mention there as a country (a people's mention
// "Sudanese" read as the country). A mention of any kind that belongs to
// a country counts ("Hamas" is of PSE), so that a text naming two
// countries leaves an organ of no country unresolved ("Israel struck
// Hamas. The army ..."); it also reports false when no country or
// people is named.
func (d descriptionReader) soleCountry(sent, i int) (Mention, bool) {
	cc := ""
	var last *Mention
	for s := max(sent-stateWindow, 0); s <= sent; s++ {
		lo, hi := d.sentenceMentions(s)
		for k := lo; k < hi; k++ {
			m := &d.Mentions[k]
			if m.Last > i {
				break
			}
			c := m.CountryCode()
			if !gazetteer.IsCountryID(c) || d.dateline(m) {
				continue
			}
			if cc != "" && c != cc {
				return Mention{}, false
			}
			cc = c
			if m.Type == GPE && m.ID == c || m.Type == NORP {
				last = m
			}
		}
	}
	if last == nil {
		return Mention{}, false
	}
	if last.Type == NORP {
		return d.countryMention(*last), true
	}
	return *last, true
}

// modifiesNoun reports whether token i stands before a noun that heads
// its phrase ("the military council", "the army chief"), by the tags of
// the document; a document with no tags has none.
func (d descriptionReader) modifiesNoun(i int) bool {
	return i+1 < len(d.Tokens) && d.sentenceOf(i+1) == d.sentenceOf(i) && text.POS(d.Tokens[i+1].POS).IsNoun()
}

// dateline reports whether mention m is part of a dateline or a news
// agency's credit opening the document ("BANGKOK (AP) —", "MOSCOW:"):
// within the first tokens of the first sentence, before a parenthesis, a
// colon or a dash. It names where the story was filed and who filed it,
// not what the story is about.
func (d descriptionReader) dateline(m *Mention) bool {
	if m.Sentence != 0 || len(d.Sentences) == 0 || m.First > d.Sentences[0].First+3 || m.Last >= len(d.Tokens) {
		return false
	}
	switch d.Tokens[m.Last].Text {
	case "(", ")", ":", "-", "\u2014", "\u2013", "--":
		return true
	}
	return false
}

// stateWindow is how many sentences before a state noun ("the
// government") stateOf counts the mentions of each country in.
const stateWindow = 10

// stateOf resolves a state noun at token i ("the government", "the
// regime"; lw is the noun) to a country: the country whose own body of
// that name is written in its sentence or the three before ("Sudan's
// government", "the Sudanese government": the first, then the closest),
// or else, of the countries named there, the one named most often in
// the stateWindow sentences before (ties: the first of the closest
// sentence). It reports false when no country is named there.
func (d descriptionReader) stateOf(sent, i int, lw string) (Mention, bool) {
	isCountry := func(m *Mention) bool {
		return m.Type == GPE && m.ID != "" && m.ID == m.Country || m.Type == NORP && gazetteer.IsCountryID(m.CountryCode())
	}
	asCountry := func(m Mention) Mention {
		if m.Type == NORP {
			return d.countryMention(m)
		}
		return m
	}
	if m, ok := (resolver{d.Document}).subject(sent, i, func(m *Mention) bool { return isCountry(m) && d.bodyOf(m, lw) }); ok {
		return asCountry(m), true
	}
	counts := map[string]int{}
	for s := max(sent-stateWindow, 0); s <= sent; s++ {
		lo, hi := d.sentenceMentions(s)
		for k := lo; k < hi; k++ {
			if m := &d.Mentions[k]; m.Last <= i && gazetteer.IsCountryID(m.ID) && !d.dateline(m) {
				counts[m.ID]++
			}
		}
	}
	var best Mention
	found, bestN := false, 0
	for s := sent; s >= 0 && s >= sent-3; s-- {
		limit := i
		if s != sent {
			limit = d.Sentences[s].Last
		}
		lo, hi := d.sentenceMentions(s)
		for k := lo; k < hi; k++ {
			m := &d.Mentions[k]
			if m.Sentence != s || m.Last > limit || !isCountry(m) || d.dateline(m) {
				continue
			}
			if n := counts[m.CountryCode()]; !found || n > bestN {
				best, bestN, found = *m, n, true
			}
		}
	}
	if !found {
		return Mention{}, false
	}
	return asCountry(best), true
}

// personDescriptionStart reads the description of a person whose head
// noun is token i: its determiner, and the country of the nationality or
// country written in it ("the U.S. envoy", "the Iranian foreign
// minister"). See personDescriptionParts; a description opened by a
// possessive ("his Iranian counterpart") is not one of these.
func (d descriptionReader) personDescriptionStart(i int) (det int, country string, ok bool) {
	det, country, _, poss, ok := d.personDescriptionParts(i)
	return det, country, ok && !poss
}

// personDescriptionParts reads the description of a person whose head
// noun is token i: its opener, the country of the nationality or
// country written in it ("the U.S. envoy", "the Iranian foreign
// minister"), and the title words that stand before the head with no
// nationality before them ("the foreign minister": "foreign"), which the
// person's role must then hold. The opener is a definite determiner, a
// possessive pronoun followed by a nationality ("his Iranian
// counterpart") or the possessive "'s" of a country or a place of a known
// country ("Tehran's envoy", "Iran's foreign minister": the place's
// country is the person's); poss reports the last two. Between the opener
// and the head stand title words, at most one nationality or country, and
// lower-case adjectives and participles that are no title words ("the
// visiting minister", "the embattled Venezuelan leader"), which say
// nothing of the person's office; a title in title case reads as in
// lower case ("the Prime Minister": see titleCased). It reports false for a nationality of
// no known country, for a determiner not tagged as one ("said that ...")
// and for a head not tagged as a noun ("the official visit"), unless a
// verb follows it ("the general praised": see nounBeforeVerb).
func (d descriptionReader) personDescriptionParts(i int) (det int, country string, mods []string, poss, ok bool) {
	if i <= 0 || i >= len(d.Tokens) || !d.nounAt(i) && !(cataphoraReader{d.Document}).nounBeforeVerb(i) {
		return 0, "", nil, false, false
	}
	sent := d.sentenceOf(i)
	if sent < 0 {
		return 0, "", nil, false, false
	}
	kind := NoOpener
	opens := func(k int) bool {
		lw := strings.ToLower(d.Tokens[k].Text)
		switch {
		case d.determiner(k):
			kind = DeterminerOpener
		case isWord(english.ReferringPossessives, lw) && isWord(english.PersonPronouns, lw) && (phraseReader{d.Document}).possessivePronounOpener(k):
			kind = PossessivePronounOpener
		case phraseReader{d.Document}.possessiveMark(k) && k > 0:
			kind = PossessiveNameOpener
		default:
			return false
		}
		return true
	}
	k := phraseReader{d.Document}.openerBefore(i, d.Sentences[sent].First, opens)
	if k < 0 {
		return 0, "", nil, false, false
	}
	p, found := phraseReader{d.Document}.phraseAt(k, k+1, kind)
	if !found || !p.reaches(i) && !d.titleCasedRun(p, i) {
		return 0, "", nil, false, false
	}
	nationality := false
	for _, n := range p.mentions {
		nm := &d.Mentions[n]
		if nm.Last > i {
			break
		}
		if nationality {
			return 0, "", nil, false, false
		}
		switch {
		case nm.Type == Org && d.determiner(nm.First-1):
			// "the UN chief", "the IAEA head": the organization
			// decides as a nationality does, and says no country
			// (see descriptionOrg).
		case nm.Type != NORP && !(nm.Type == GPE && nm.ID != "" && nm.ID == nm.Country):
			return 0, "", nil, false, false
		default:
			if country = nm.CountryCode(); country == "" {
				return 0, "", nil, false, false
			}
		}
		nationality = true
	}
	switch kind {
	case PossessivePronounOpener:
		// "his Iranian counterpart": a person of the nationality's
		// country; with none, whose the person is stays unknown.
		return k, country, nil, true, nationality
	case PossessiveNameOpener:
		// "Tehran's envoy", "Iran's foreign minister": the place's
		// country is the person's.
		if n := d.MentionAt(k - 1); !nationality && n >= 0 && d.Mentions[n].Last == k && d.Mentions[n].Type == GPE {
			if cc := d.Mentions[n].CountryCode(); cc != "" {
				return k, cc, nil, true, true
			}
		}
		return 0, "", nil, false, false
	}
	if nationality {
		return k, country, nil, false, true // "the Iranian foreign minister": the nationality decides
	}
	for t := i - 1; t > k; t-- {
		if lw := strings.ToLower(d.Tokens[t].Text); d.MentionAt(t) < 0 && !(phraseReader{d.Document}).compoundPart(t) && isWord(english.PersonTitleWords, lw) {
			mods = append(mods, lw)
		}
	}
	return k, country, mods, false, true
}

// objectPronoun reports whether the pronoun at token i is the object of
// the verb before it ("called him", "dubs it the region's only prison"):
// tagged a personal pronoun (not a possessive), after a verb, and not
// followed by a verb or modal that makes it the subject of a clause of its
// own ("said it would"). With no tags it reports false.
func (d *Document) objectPronoun(i int) bool {
	if i < 1 || i >= len(d.Tokens) || text.POS(d.Tokens[i].POS) != text.PRP || !text.POS(d.Tokens[i-1].POS).IsVerb() {
		return false
	}
	if i+1 < len(d.Tokens) {
		if p := text.POS(d.Tokens[i+1].POS); p.IsVerb() || p == text.MD || p == text.TO {
			return false
		}
	}
	return true
}

// sameActor reports whether mentions m and o name one actor: the same
// gazetteer id, or with none the same name. The zero Mention is no actor.
func sameActor(m, o *Mention) bool {
	if o.Type == 0 {
		return false
	}
	if m.ID != "" || o.ID != "" {
		return m.ID == o.ID
	}
	return strings.EqualFold(m.Name, o.Name)
}

// subjectPronoun reports whether the pronoun at token i is the subject of
// the verb after it ("he is to meet", "she said"): tagged a personal
// pronoun and followed by a verb, a modal or an adverb then a verb. With
// no tags it reports false.
func (d *Document) subjectPronoun(i int) bool {
	if i < 0 || i+1 >= len(d.Tokens) || text.POS(d.Tokens[i].POS) != text.PRP {
		return false
	}
	for k := i + 1; k < len(d.Tokens) && k <= i+2; k++ {
		switch p := text.POS(d.Tokens[k].POS); {
		case p.IsVerb() || p == text.MD:
			return true
		case p != text.RB:
			return false
		}
	}
	return false
}

// roleOf is a person mention's role and the role its entity has from
// another mention ("Mr." and "President" for "Mr. Bush" after "President
// Bush").
func (d descriptionReader) roleOf(m *Mention) string {
	if m.Entity < 0 || m.Entity >= len(d.Entities) || d.Entities[m.Entity].Role == m.Role {
		return m.Role
	}
	return m.Role + " " + d.Entities[m.Entity].Role
}

// stateDescribed reports whether the state noun at token i ("the
// government", "the oil-rich kingdom") heads a description that refers
// back (see stateDescriptionParts).
func (d descriptionReader) stateDescribed(i int) bool {
	_, _, _, ok := d.stateDescriptionParts(i)
	return ok
}

// stateDescriptionParts reads the description of a country or its state
// whose head noun (of class state_description_nouns) is token i: its
// determiner, the country of a nationality or country written in it ("the
// Sudanese government": SDN), and whether a word of class
// former_modifiers stands before that nationality ("the former Soviet
// republic"). Between the determiner and the head stand lower-case
// adjectives, nouns and participles, hyphens, at most one nationality,
// places before a hyphen ("the Paris-based government"), and, before a
// country noun, a name of no known country or people, which is an
// epithet ("the Islamic republic"). It reports false when the phrase goes
// on to name what it describes ("the government of Japan", "the
// government Hamas"), for a word of class other_modifiers ("the other
// country"), for a former modifier with no
// nationality, and for a head inside a name or not tagged as a noun.
func (d descriptionReader) stateDescriptionParts(i int) (det int, country string, former, ok bool) {
	if i <= 0 || i >= len(d.Tokens) || d.MentionAt(i) >= 0 || !d.nounAt(i) {
		return 0, "", false, false
	}
	if d.Phrases().GoesOn(i) {
		return 0, "", false, false
	}
	sent := d.sentenceOf(i)
	if sent < 0 {
		return 0, "", false, false
	}
	det = phraseReader{d.Document}.openerBefore(i, d.Sentences[sent].First, d.determiner)
	if det < 0 {
		return 0, "", false, false
	}
	p, found := phraseReader{d.Document}.phraseAt(det, det+1, DeterminerOpener)
	if !found || !p.reaches(i) {
		return 0, "", false, false
	}
	countryNoun := isWord(english.CountryDescriptionNouns, strings.ToLower(d.Tokens[i].Text))
	nationality, natAt := false, -1
	for _, n := range p.mentions {
		m := &d.Mentions[n]
		if m.Last > i {
			break
		}
		cc := m.CountryCode()
		switch {
		case (m.Type == NORP || m.Type == GPE && m.ID != "" && m.ID == m.Country) && cc != "" && !nationality:
			country, nationality, natAt = cc, true, m.First
		case (m.Type == GPE || m.Type == Loc) && m.Last < i && d.Phrases().Based(m.Last):
			// "the Paris-based government": where it sits.
		case countryNoun && (m.Type == NORP || m.Type == GPE) && m.ID == "" && cc == "":
			// "the Islamic republic": an epithet.
		default:
			return 0, "", false, false
		}
	}
	for t := p.Body; t < i; t++ {
		switch lw := strings.ToLower(d.Tokens[t].Text); {
		case d.MentionAt(t) >= 0:
		case isWord(english.OtherModifiers, lw):
			return 0, "", false, false // "the other country"
		case isWord(english.FormerModifiers, lw):
			if !nationality || t > natAt {
				return 0, "", false, false // a former modifier with no nationality after it
			}
			former = true
		}
	}
	return det, country, former, true
}
