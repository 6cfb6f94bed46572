package entity

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/geoextract/geoextract/gazetteer"
	"github.com/geoextract/geoextract/internal/english"
	"github.com/geoextract/geoextract/internal/text"
)

// nameResolver applies the document-level evidence of an analysis to its
// names (see resolveDocument): short names take the full names they
// repeat, identical names share a type, acronyms the type of the name they
// abbreviate, people the country named before their title. Like its
// analysis it belongs to one Tag call and is not safe for concurrent use.
// The zero value has no analysis and must not be used.
type nameResolver struct{ *analysis }

// resolver resolves a pronoun or description of a Document to the mention
// it refers to: the driver behind Referent, which tries the stages (quotes,
// chains, descriptions, bodies, cataphora, ...) in turn, and the readers of
// leads and clause subjects they share. It only reads the Document; safe
// for concurrent use. The zero value has no Document and must not be used.
type resolver struct{ *Document }

// eastAsian lists countries whose names put the family name first, so
// that "Lee" can refer back to "Lee Jong-sup".
var eastAsian = map[string]bool{"KOR": true, "PRK": true, "CHN": true, "TWN": true, "VNM": true, "HKG": true, "MAC": true}

// resolveDocument applies document-level evidence: short names take the
// type and link of the full names they repeat, identical names share a
// type, acronyms take the type of the name they abbreviate, and people
// take the country of the nationality or body named before their title.
func (a nameResolver) resolveDocument() {
	namesakes := namesakeReader{a.analysis}
	a.dropOverlaps()
	a.ellipses()
	a.disambiguate()
	a.peninsulas()
	tableReader{a.analysis}.sportsLayouts()
	a.personCountries()
	// Person keys: family and given names of the people named in full,
	// each with the full names that have it, in text order.
	keys := map[string][]*cand{}
	// roots: the family names written after a particle ("sudani"), which
	// a short name repeats written with its particle ("al-Sudani") or
	// without it ("Sudani", "Assad" after "Bashar al-Assad").
	roots := map[string][]*cand{}
	for _, c := range a.ments {
		if c.typ != Person {
			continue
		}
		var words []int
		for k := c.first; k < c.last; k++ {
			if isWordTok(a.toks[k].Text) && !(k > c.first && a.toks[k-1].Text == "-") {
				words = append(words, k)
			}
		}
		if len(words) < 2 || a.particleName(c) >= 0 { // "Von der Leyen" is a short name
			continue
		}
		last := a.low(words[len(words)-1])
		keys[last] = append(keys[last], c)
		if root := a.particleRoot(c, words[len(words)-1]); root != "" {
			roots[root] = append(roots[root], c) // "al-Sudani": "sudani"
		}
		if eastAsian[c.country] || a.personShaped(c.first, c.last) && strings.Contains(a.src[a.toks[c.first].Start:a.toks[c.last-1].End], "-") {
			if firstw := a.low(words[0]); firstw != last {
				keys[firstw] = append(keys[firstw], c)
			}
		}
	}
	given := givenNameReader{a.analysis}.givenNameKeys()
	givenNameReader{a.analysis}.personalPlaces(keys, given)
	a.initialSurnames(withGivenNames(keys, given))
	a.initialLeaders()
	// Strongest type seen for each surface.
	typed := map[string]*cand{}
	for _, c := range a.ments {
		if c.strong && c.typ != 0 {
			k := a.surface(c)
			if _, ok := typed[k]; !ok {
				typed[k] = c
			}
		}
	}
	disputed := namesakes.disputedNames(keys, given)
	var rooted map[string][]*cand // keys with roots, made on first use
	// contradicted holds, for each disputed short name, the last short
	// mention of it read as another person than its full names.
	contradicted := map[string]*cand{}
	for _, c := range a.ments {
		if c.entry != nil && c.typ != Person {
			continue
		}
		words := 0
		for k := c.first; k < c.last; k++ {
			if isWordTok(a.toks[k].Text) {
				words++
			}
		}
		head := c.first
		if words != 1 {
			if k := a.particleName(c); k >= 0 && (c.typ == Person || c.entry == nil) {
				head = k // "Al-Sudani", "Von der Leyen"
			}
		}
		if words == 1 || head != c.first {
			low := a.low(head)
			ks := keys
			if len(roots) > 0 && (head != c.first || a.particleRun(c.first, a.sents[a.sentOf[c.first]].First) < c.first || words == 1 && roots[low] != nil) {
				if rooted == nil {
					rooted = withGivenNames(keys, roots)
				}
				ks = rooted
			}
			if fulls := fullNames(c, low, ks, given, c.typ == Person || c.unsure); len(fulls) > 0 && !slices.Contains(fulls, c) && (!c.strong || c.typ == Person) {
				c.typ, c.source, c.personLike, c.unsure = Person, FromCoref, true, false
				if disputed[low] && (!namesakes.ownClue(c) || namesakes.contradictsAll(c, fulls)) {
					// "President Bush ... Bush said ... first lady Laura
					// Bush": the name stands for two people. Titled, c is
					// the gazetteer's holder of its office that day;
					// untitled, the person the name last stood for so.
					c.entry, c.name = nil, ""
					if e := namesakes.officeHolderOn(a.toks[head].Text, c); e != nil {
						c.entry, c.country = e, candCountry(gazetteer.Candidate{Entry: e})
					} else if p := contradicted[low]; p != nil && !namesakes.ownClue(c) {
						c.entry, c.name, c.country = p.entry, p.name, p.country
					}
					if namesakes.ownClue(c) || contradicted[low] == nil {
						contradicted[low] = c
					}
					continue
				}
				if full := a.antecedent(c, fulls); full != nil {
					c.entry = full.entry
					c.name = a.nameOf(full)
					if c.country == "" {
						c.country = full.country
					}
					a.withParticles(c, full)
				} else if c.entry != nil && !slices.ContainsFunc(fulls, func(f *cand) bool { return f.entry == c.entry }) {
					c.entry = nil // a gazetteer namesake of none of the people named
				}
				continue
			}
		}
		if words == 1 && (c.typ == Person || c.unsure) && c.entry == nil && isCapTok(a.toks[c.first].Text) &&
			!isAllCaps(a.toks[c.first].Text) && !a.headline[a.sentOf[c.first]] {
			// "Ramaphosa said": the only leader of that name in the gazetteer.
			w := a.toks[c.first].Text
			if e := a.leaderOn(w); e != nil {
				// A dated document: the only leader of that name in office.
				c.typ, c.entry, c.source, c.personLike, c.unsure = Person, e, FromCoref, true, false
				c.country = candCountry(gazetteer.Candidate{Entry: e})
				continue
			}
			if len(a.t.names.allLeaders[w]) > 0 && !(a.t.names.familyFirst[w] && a.common(c.first, 35) && !a.personContext(c)) {
				// Undated, or no single leader of that name in office: a
				// person, unlinked, of the country all the leaders of that
				// name share ("Bush": USA), if they share one.
				c.typ, c.personLike, c.unsure, c.country = Person, true, false, sharedCountry(a.t.names.allLeaders[w])
				continue
			}
		}
		if !c.strong {
			if o, ok := typed[a.surface(c)]; ok && o != c {
				c.unsure = false
				c.typ = o.typ
				if c.entry == nil {
					c.entry = o.entry
				}
				if c.country == "" {
					c.country = o.country
				}
			}
		}
	}
	a.acronyms()
	out := a.ments[:0]
	for _, c := range a.ments {
		if !c.unsure {
			out = append(out, c)
		}
	}
	a.ments = out
}

// antecedent returns the full name a short name c repeats: the one person
// named in full before c with that name. Two different people named so
// before it ("Lee Jong-sup" and "Lee Jae-myung" before "Lee") leave it
// unresolved (nil). With no full name before it, a headline's or lead's
// short name ("Greenspan" before "Alan Greenspan") takes the full name
// after it only when the whole document names one person so.
func (a nameResolver) antecedent(c *cand, fulls []*cand) *cand {
	var found *cand
	for _, f := range fulls {
		if f.first >= c.first && found != nil {
			break
		}
		if found != nil && !a.samePerson(found, f) {
			return nil
		}
		if found == nil {
			found = f
		}
	}
	if found != nil && found.first > c.first {
		for _, f := range fulls {
			if !a.samePerson(found, f) {
				return nil
			}
		}
	}
	return found
}

// samePerson reports whether two full-name mentions name one person: the
// same gazetteer entry, or, unlinked, the same text.
func (a nameResolver) samePerson(x, y *cand) bool {
	if x.entry != nil || y.entry != nil {
		return x.entry == y.entry
	}
	return a.surface(x) == a.surface(y)
}

// insideMentions marks the tokens some candidate mention holds, for
// the passes that add a mention where none is (initialSurnames,
// initialLeaders).
func (a nameResolver) insideMentions() []bool {
	inside := make([]bool, len(a.toks))
	for _, c := range a.ments {
		for k := c.first; k < c.last; k++ {
			inside[k] = true
		}
	}
	return inside
}

// initialSurnames adds the short names that start a sentence ("Yoon said
// he would return"), which chunking leaves out as capitalized sentence
// starts, when a person named in full before has that name. A common word
// ("Price", "Brown") must be followed by a person cue ("said") or a
// finite verb ("Brown then started speaking": see verbAfter).
func (a nameResolver) initialSurnames(keys map[string][]*cand) {
	if len(keys) == 0 {
		return
	}
	inside := a.insideMentions()
	added := false
	for i, tk := range a.toks {
		fulls, ok := keys[a.low(i)]
		if !ok || inside[i] || !a.initial[i] || fulls[0].last > i || a.headline[a.sentOf[i]] ||
			!isCapTok(tk.Text) || isAllCaps(tk.Text) {
			continue
		}
		if i+1 < len(a.toks) && (isCapTok(a.toks[i+1].Text) && isWordTok(a.toks[i+1].Text) || a.toks[i+1].Text == "-") {
			continue // part of a longer name the chunker turned down
		}
		if a.common(i, 35) && !(i+1 < len(a.toks) && isWord(english.PersonCues, a.low(i+1))) && !a.verbAfter(i) {
			continue
		}
		a.ments = append(a.ments, &cand{first: i, last: i + 1, typ: Person, source: FromCoref, personLike: true})
		added = true
	}
	if added {
		slices.SortStableFunc(a.ments, func(x, y *cand) int { return x.first - y.first })
	}
}

// verbAfter reports whether token i is followed by a finite verb or a
// modal, perhaps after one adverb ("Brown then started"): the subject of
// a clause, as a name is and a common noun at a sentence's start seldom
// is when a person of that name was named in full before. With no tags
// it reports false.
func (a nameResolver) verbAfter(i int) bool {
	for k := i + 1; k < len(a.toks) && k < len(a.pos) && k <= i+2; k++ {
		switch p := a.pos[k]; {
		case p == text.VBD || p == text.VBZ || p == text.MD:
			return true
		case p != text.RB:
			return false
		}
	}
	return false
}

// leaderOn returns the leader with family name w in office on the
// document's date when the name is unambiguous that day, or nil (always
// nil for an undated document). Unambiguous: exactly one leader of that
// name in office, and every other person of the gazetteer with that
// family name known not to hold an office that day (has dated roles,
// none that day). A namesake with no roles at all could be the one meant.
func (a nameResolver) leaderOn(w string) *gazetteer.Entry {
	if a.date.IsZero() {
		return nil
	}
	var found *gazetteer.Entry
	for _, e := range a.t.names.allLeaders[w] {
		if leaderOn(e, a.date) {
			if found != nil {
				return nil
			}
			found = e
		}
	}
	if found == nil {
		return nil
	}
	for _, e := range a.t.names.namesakes[w] {
		if e == found {
			continue
		}
		if len(e.Roles) == 0 {
			return nil
		}
		for _, r := range e.Roles {
			if r.Holds(a.date) {
				return nil
			}
		}
	}
	return found
}

// personContext reports whether the words around c speak of a person:
// a speech verb after it ("Lee said") or a country's possessive before
// it ("South Korea's Lee", but not "Queen's Park").
func (a nameResolver) personContext(c *cand) bool {
	if c.last < len(a.toks) && isWord(english.PersonCues, a.low(c.last)) {
		return true
	}
	if k := c.first - 1; k <= 0 || !isPossessiveClitic(a.low(k)) {
		return false
	}
	for _, o := range a.ments {
		if o.last == c.first-1 && o.typ == GPE {
			return true
		}
	}
	return false
}

// sharedCountry returns the country all the entries belong to, or ""
// when they belong to several.
func sharedCountry(es []*gazetteer.Entry) string {
	cc := ""
	for _, e := range es {
		switch {
		case e.Country == "":
			return ""
		case cc == "":
			cc = e.Country
		case cc != e.Country:
			return ""
		}
	}
	return cc
}

// surface is the lower-case text of a mention, the key for type agreement.
func (a *analysis) surface(c *cand) string {
	return strings.ToLower(a.src[a.toks[c.first].Start:a.toks[c.last-1].End])
}

// nameOf is the canonical name of a mention: its entry's name, or its text.
func (a *analysis) nameOf(c *cand) string {
	if c.entry != nil {
		return c.entry.Name
	}
	if c.name != "" {
		return c.name
	}
	return a.src[a.toks[c.first].Start:a.toks[c.last-1].End]
}

// dropOverlaps removes candidates that overlap an earlier, longer one.
func (a nameResolver) dropOverlaps() {
	out := a.ments[:0]
	end := -1
	for _, c := range sortedByStart(a.ments) {
		if c.first < end {
			continue
		}
		out = append(out, c)
		end = c.last
	}
	a.ments = out
}

func sortedByStart(cs []*cand) []*cand {
	s := slices.Clone(cs)
	// By start, longer first; stable so that equal spans keep their order.
	slices.SortStableFunc(s, func(x, y *cand) int {
		if x.first != y.first {
			return x.first - y.first
		}
		return y.last - x.last
	})
	return s
}

// personCountries gives a person the country of a nationality, country or
// body named just before the person's title: "South Korean Defense Minister
// Lee Jong-sup", "US State Department spokesman Ned Price", "Japan's
// Prime Minister Fumio Kishida".
func (a nameResolver) personCountries() {
	byLast := map[int]*cand{}
	for _, c := range a.ments {
		byLast[c.last] = c
	}
	for _, c := range a.ments {
		if c.typ == Org && c.country == "" && c.first >= 1 {
			// "Venezuela's National Assembly", "Sudanese Red Crescent": a
			// body takes the country named just before it.
			if o, ok := byLast[c.first]; ok && o != c && (o.typ == GPE || o.typ == NORP) {
				c.country = a.countryOf(o)
			} else if isPossessiveClitic(a.low(c.first - 1)) {
				if o, ok := byLast[c.first-1]; ok && o.typ == GPE {
					c.country = a.countryOf(o)
				}
			}
		}
		if c.typ != Person || c.country != "" && c.role != "" {
			continue
		}
		k := c.first
		var aff *cand
		for k > 0 && a.sentOf[k-1] == a.sentOf[c.first] {
			if o, ok := byLast[k]; ok && o != c {
				aff = o
				break
			}
			lw := a.low(k - 1)
			if isWord(english.PersonTitleWords, lw) || isWord(english.PersonTitleWords, strings.TrimSuffix(lw, ".")) || lw == "-" || isPossessiveClitic(lw) || isWord(english.GenitiveMarker, lw) {
				k--
				continue
			}
			break
		}
		if k < c.first && c.role == "" {
			st := k
			for st < c.first && (isPossessiveClitic(a.low(st)) || a.low(st) == "-" || isWord(english.GenitiveMarker, a.low(st))) {
				st++
			}
			if st < c.first {
				c.role = a.src[a.toks[namesakeReader{a.analysis}.kinRoleStart(st, c.first)].Start:a.toks[c.first-1].End]
			}
		}
		if c.country == "" && aff != nil && k < c.first && (aff.typ == GPE || aff.typ == NORP || aff.typ == Org) {
			c.country = a.countryOf(aff)
		}
	}
}

// countryOf is the country a mention belongs to.
func (a nameResolver) countryOf(c *cand) string {
	if c.country != "" {
		return c.country
	}
	if c.entry != nil {
		if c.entry.Country != "" {
			return c.entry.Country
		}
		if gazetteer.IsCountryID(c.entry.ID) {
			return c.entry.ID
		}
	}
	return ""
}

// acronyms types an acronym in parentheses like the name before it:
// "International Federation of Red Cross and Red Crescent Societies
// (IFRC)". The definition holds for the rest of the document: later uses
// of the acronym take the same type and link, even over a gazetteer entry
// of another name with that acronym when the definition's initials spell
// it ("the Coalition for Peace and Justice (CPJ)" is not the Committee to
// Protect Journalists).
func (a nameResolver) acronyms() {
	defs := map[string]*cand{}
	adopt := func(c, long *cand) {
		c.typ, c.entry, c.country, c.source, c.unsure = long.typ, long.entry, a.countryOf(long), FromCoref, false
		c.name = a.nameOf(long)
	}
	for i, c := range a.ments {
		if long, ok := defs[a.src[a.toks[c.first].Start:a.toks[c.last-1].End]]; ok {
			if c.entry == nil || c.entry == long.entry || long.entry == nil {
				adopt(c, long)
			}
			continue
		}
		if i == 0 || c.first < 1 || c.last >= len(a.toks) || a.toks[c.first-1].Text != "(" || a.toks[c.last].Text != ")" {
			continue
		}
		prev := a.ments[i-1]
		if prev.last != c.first-1 || !isAllCaps(a.toks[c.first].Text) || prev.typ == 0 {
			continue
		}
		acr := a.src[a.toks[c.first].Start:a.toks[c.last-1].End]
		if c.entry == nil || c.entry == prev.entry || a.spells(prev, acr) {
			adopt(c, prev)
			defs[acr] = prev
		}
	}
}

// spells reports whether the initials of the capitalized words of c spell
// the acronym ("Coalition for Peace and Justice": CPJ), allowing one
// letter more ("Pakistan Muslim League": PML-N).
func (a nameResolver) spells(c *cand, acr string) bool {
	var initials, letters []rune
	for k := c.first; k < c.last; k++ {
		if w := a.toks[k].Text; isCapTok(w) && isWordTok(w) {
			r, _ := utf8.DecodeRuneInString(w)
			initials = append(initials, r)
		}
	}
	for _, r := range acr {
		if unicode.IsLetter(r) {
			letters = append(letters, unicode.ToUpper(r))
		}
	}
	n := len(initials)
	return n >= 2 && len(letters) >= n && len(letters) <= n+1 && string(letters[:n]) == string(initials)
}

// Reference resolution. Document's own methods are its exported API and
// the sentence, mention and token lookups every stage uses; each stage
// reads the Document through a view of its own that embeds it: resolver
// (the driver behind Referent), descriptionReader, pluralReader,
// quoteReader, chainReader, bodyReader, cataphoraReader, jointReader,
// groupReader, titleReader, genderReader, rankReader.

// Referent resolves a pronoun or a definite description at token i to the
// mention it most likely refers to:
//
//   - he, his, she, her: the closest person named before it, in the same
//     sentence or one of the three before, of the pronoun's gender or of
//     none known (a title, "Mr." or "Queen", or a given name of one
//     gender, "Maria", says a person's gender: see genderOf), a
//     description of a person that refers to someone named before
//     counting as a mention of that person where it stands ("The
//     minister called for ... . He accused ...") and the sentences
//     wholly inside a quotation counting to none of the three (see
//     lookBack); but a subject pronoun with no
//     person before it in its sentence, and such a possessive, take the
//     subject of the sentence before ("Chavez flew to Algiers for talks
//     with Bouteflika. On Tuesday, he ..."), a subject pronoun that
//     opens that sentence and was resolved before counting as its
//     subject ("He said ... . He also accused ...") and so does the
//     speaker of a sentence that is a quotation and its speaker
//     ("\"...,\" Wang said. He added ..."; see chainedSubject and
//     quotedSpeaker), and an object pronoun is not its verb's subject
//     ("Mr. Bush has called him"); a subject pronoun passes over a person
//     named in full by a given name in no list for the person of its
//     gender who leads that person's sentence (see ofKnownGender);
//   - it, its, and "the country": the first actor (country or
//     organization) of the same sentence before it, or else of the
//     sentences before, an "it" resolved before that opens a sentence
//     counting as its first actor ("It said Russia ... . It also ...");
//     but "its" before a noun takes the subject of its
//     own clause when the parts of speech show one ("Japan said talks
//     stalled after the United States closed its embassy": the United
//     States);
//   - they, their: the same for an organization or a people (a single
//     country or person is no "they"), a plural description of a group
//     counting too ("The militants said they"); Referents gives
//     coordinated actors ("Brazil and Argentina ... They");
//   - "the government", "the regime": a country's own body of that name
//     before it ("Sudan's government"), else the country named around it
//     that the text names most; lower-case modifiers may stand before the
//     noun ("the oil-rich kingdom"); with a nationality ("the Sudanese
//     government") it is left to the nationality's own mention, and after
//     "former" it is the closest
//     country other than it ("the former Soviet republic": see
//     stateDescriptionParts); "the other country" is left unresolved;
//     a description naming a form of state ("the kingdom", "the emirate")
//     is only a country of that form (Document.Governments; see
//     forms.go), else unresolved;
//   - "the president", "the minister", "the military leader", "the
//     lawmaker": the last person named with a title the description's
//     words accept (class title_roles: a leader heads a state, a
//     government, armed forces or a party; "military" is a general or
//     another armed-forces title), else the closest person whose known
//     office the head does not reject ("the president" is no prime
//     minister, nor a first lady: see rejects); two such people in the closest sentence leave it
//     unresolved unless a nationality tells them apart; "the UN chief"
//     is only a person the text named with the UN ("UN Secretary-General
//     Kofi Annan"); a title in title case reads as in lower case ("the
//     Prime Minister": see titleCased); a lower-case head that named a
//     person before ("China's top diplomat Wang Yi ... the top diplomat")
//     is that person, however close another (see introducedPerson);
//   - "the North", "the South": the country named before whose name
//     opens with the word ("North Korea"; see compassReferent);
//   - "a Jordanian taxi driver", "a South Korean official", "a Chinese oil
//     company" (an indefinite description, not a predicate): the only
//     actor first named after it by the same noun or a noun it accepts,
//     or of its nationality (see namedLater and orgNamedLater); else
//     unresolved;
//   - "the reporter", "the hostage" (a role noun of person_role_nouns, no
//     office): only a person described so before ("reporter Ana Ruiz",
//     "Ana Ruiz, a reporter") or for whom the document's opening "An
//     Italian reporter ..." stands (see roleDescription); an opening
//     description of a person, definite or indefinite ("An Iraqi member
//     of al-Qaida has confessed ..."), stands for the first person named
//     in the next two sentences whose nationality agrees (see leadPerson);
//   - "the group", "the Paris-based group", "the ministry", "the militants",
//     "the Nigerian military" (a definite description whose head is a noun
//     of the organization_nouns of internal/english): the first compatible
//     organization or country's body of the sentence before it, or else of
//     the sentences before (see orgDescription); "it" and "its" take such a
//     description that leads their sentence as the actor it names;
//   - "his country", "her government": the country of the person the
//     possessive refers to, else that of the sentence's first actor; "our
//     country", "our forces" in a quotation: the speaker's country, or
//     the speaker itself when it is an organization of no known country;
//   - we, our, I, my inside a quotation: the speaker the quotation is
//     attributed to ("we intend ...," Lee said), named or itself referred
//     to ("...," it said; "...," the ministry said; "...," the statement
//     said, the statement's issuer named before: see speaker).
//
// It reports false when the token is not such a word or has no referent.
// Document is a plain value; Referent only reads it and is safe for
// concurrent use. It relies on the order Tag gives a Document (sentences
// in text order, mentions ordered by Start and so by sentence), which
// makes each call take time logarithmic in the document's length; on a
// document built by hand in another order it may miss a referent, and it
// never panics. A quotation is looked for at most 400 tokens around the
// pronoun. A pronoun chain reads the Refs of d.Entities, which Tag
// records in text order as it resolves each pronoun once: a pronoun
// resolved before is a mention of its actor where it stands, and a
// document with no Refs chains no pronouns.
//
// A pronoun or description that names the speaker of the quotation just
// before it ("...," it said; "...," the ministry said) is resolved among
// the actors named before the quotation, not those it speaks of (see
// frameView).
func (d *Document) Referent(i int) (Mention, bool) {
	if v, open, ok := (quoteReader{d}).frameView(i); ok {
		return quoteReader{d}.frameReferent(v, i, open)
	}
	return resolver{d}.referent(i)
}

func (d resolver) referent(i int) (Mention, bool) {
	descs := descriptionReader{d.Document}
	genders := genderReader{d.Document}
	cataphora := cataphoraReader{d.Document}
	if i < 0 || i >= len(d.Tokens) {
		return Mention{}, false
	}
	sent := d.sentenceOf(i)
	if sent < 0 {
		return Mention{}, false
	}
	lw := strings.ToLower(d.Tokens[i].Text)
	isActor := func(m *Mention) bool { return m.Type == GPE && m.Country != "" || m.Type == Org }
	next := ""
	if i+1 < len(d.Tokens) {
		next = strings.ToLower(d.Tokens[i+1].Text)
	}
	cs := classesOf(lw)
	if _, m, ok := (bodyReader{d.Document}).institutionRef(i); ok {
		// "embassy officials", "council members", "the embassy": the body
		// of that noun named before; "the policemen": the country of the
		// policemen a nationality marked before (see institutionRef).
		return m, true
	}
	if m, ok := (bodyReader{d.Document}).seatReferent(i); ok {
		// "the government in Khartoum": the country of the place.
		return m, true
	}
	switch {
	case cs.Has(english.ReferringPossessives) && (isWord(english.StateDescriptionNouns, next) || isWord(english.ForceNouns, next)):
		// "his country", "its forces": the country of the person "his"
		// refers to, or else of the sentence's actor; "our forces" in a
		// quotation: the speaker's (see speakerCountry).
		if cs.Has(english.SpeakerPronouns) {
			if m, quoted, ok := (quoteReader{d.Document}).speakerCountry(i); quoted {
				return m, ok
			}
		}
		if cs.Has(english.PersonPronouns) {
			if m, ok := descs.possessorCountry(sent, i, genders.genderFilter(sent, i, pronounGender(lw))); ok {
				return m, true
			}
		}
		return d.countryOfSubject(sent, i)
	case cs.Has(english.PersonPronouns):
		// "she" is no person known to be a man (see genderOf and
		// personPronounReferent).
		pg := pronounGender(lw)
		if pg == unknownGender {
			return d.personPronounReferent(sent, i, pg, genders.genderFilter(sent, i, pg))
		}
		strict := func(m *Mention) bool {
			g := genders.genderOf(m, true)
			return g == unknownGender || g == pg
		}
		m, ok := d.personPronounReferent(sent, i, pg, strict)
		if !ok || genders.genderOf(&m, true) == pg {
			// "Laura Bush visited the school. He said ...": unresolved.
			return m, ok
		}
		return d.personPronounReferent(sent, i, pg, genders.genderFilter(sent, i, pg))
	case cs.Has(english.ThingPronouns) && d.objectPronoun(i):
		// "The group ... dubs it the region's only prison": another actor
		// of the sentence than the verb's subject, or none.
		subj, _ := d.clauseSubject(sent, i, isActor)
		lead, _ := descs.leadingActor(sent, i, isActor, false)
		return d.lastMention(sent, i, func(m *Mention) bool {
			return isActor(m) && !sameActor(m, &subj) && !sameActor(m, &lead)
		})
	case cs.Has(english.ThingPronouns):
		if cs.Has(english.ReferringPossessives) {
			// "the U.S. closed its airspace": the subject of the verb
			// whose phrase holds "its", when the parts of speech show it.
			if m, ok := d.clauseSubject(sent, i, isActor); ok {
				return m, true
			}
		}
		return descs.leadingActor(sent, i, isActor, false)
	case cs.Has(english.PluralPronouns):
		// "The militants said they": a plural description that leads the
		// sentence counts as the actor it names.
		// A single country is seldom "they": organizations and peoples
		// are.
		return descs.leadingActor(sent, i, func(m *Mention) bool { return m.Type == Org || m.Type == NORP }, true)
	case cs.Has(english.SpeakerPronouns):
		m, ok := quoteReader{d.Document}.speaker(i)
		if ok && cs.Has(english.CollectiveSpeakerPronouns) {
			// "\"We have recalled our envoy,\" the spokesman said": a
			// spokesman's "we" is the body or country spoken for.
			return d.spokenFor(m), true
		}
		return m, ok
	case isWord(english.StateDescriptionNouns, lw) && descs.stateDescribed(i):
		det, cc, former, _ := descs.stateDescriptionParts(i)
		// "the kingdom": only a country of that form (see forms.go).
		forms := d.requiredForms(det, i)
		isCountry := func(m *Mention) bool {
			return m.Type == GPE && m.ID != "" && m.ID == m.Country && d.ofForm(m, forms)
		}
		switch {
		case former:
			// "the former Soviet republic": the closest country (or
			// people's country) other than the nationality's, a country
			// once part of it.
			m, ok := d.closest(sent, det, func(m *Mention) bool {
				return (isCountry(m) || m.Type == NORP && gazetteer.IsCountryID(m.CountryCode()) && d.ofForm(m, forms)) && m.CountryCode() != cc
			})
			if ok && m.Type == NORP {
				return d.countryMention(m), true
			}
			return m, ok
		case cc != "":
			// "the Sudanese government", "the U.S. administration": the
			// nationality is itself a mention of the country, which the
			// description does not repeat.
			return Mention{}, false
		}
		if !isWord(english.CountryDescriptionNouns, lw) {
			// "the government", "the regime": a country's own body of
			// that name ("Sudan's government ... the government"), else
			// the country the text around it speaks most of.
			if m, ok := descs.stateOf(sent, det, lw); ok {
				return m, true
			}
		}
		// "the country", "the government": a country (or a people's
		// country: "Egyptian cities ... the government"; "Saudi officials
		// ... the kingdom", when its form is known) before any city or
		// body.
		if m, ok := d.subject(sent, det, func(m *Mention) bool {
			return isCountry(m) || (!isWord(english.CountryDescriptionNouns, lw) || d.namesForm(m, forms)) && m.Type == NORP && gazetteer.IsCountryID(m.CountryCode())
		}); ok {
			if m.Type == NORP {
				return d.countryMention(m), true
			}
			return m, true
		}
		return d.subject(sent, det, func(m *Mention) bool { return isActor(m) && d.ofForm(m, forms) })
	case personHead(lw) && cataphora.indefiniteOpens(i):
		// "a Jordanian taxi driver ... the Jordanian driver Khaled
		// Desouki": the person named later by the same noun (see
		// namedLater), else the person an opening description stands for.
		_, cc, _ := cataphora.indefinitePerson(i)
		if m, ok := cataphora.namedLater(sent, i, lw, cc); ok {
			return m, true
		}
		if d.leadPersonOpens(i) {
			return d.leadPerson(i, lw)
		}
		return Mention{}, false
	case isWord(english.PersonTitleHeads, lw) || isWord(english.PersonNouns, lw):
		if det, cc, _, poss, ok := descs.personDescriptionParts(i); ok && !poss && det < i {
			// "China's top diplomat Wang Yi ... the top diplomat": the
			// person the noun named (see introducedPerson).
			if m, ok := (bodyReader{d.Document}).introducedPerson(sent, i, cc); ok {
				return m, true
			}
		}
		if m, ok := d.personDescription(sent, i, lw); ok {
			return m, true
		}
		return d.leadPerson(i, lw)
	case isWord(english.PersonRoleNouns, lw):
		// "the reporter": only a person described so before.
		if _, _, ok := d.leadPersonStart(i); ok {
			return d.leadPerson(i, lw)
		}
		return d.roleDescription(sent, i, lw)
	}
	if o, ok := orgNouns[lw]; ok {
		if det, cc, ok := descs.description(i); ok {
			if m, ok := descs.orgDescription(sent, i, det, o, cc); ok {
				return m, true
			}
		}
		if _, cc, ok := d.leadDescription(i); ok {
			if m, ok := d.namedAfter(sent, i, o, cc); ok || !isWord(english.ArmedGroupMembers, lw) {
				return m, ok
			}
		} else if _, cc, ok := cataphora.indefiniteOrg(i); ok {
			// "a Chinese oil company" in mid-text, named later.
			if m, ok := cataphora.orgNamedLater(sent, i, o, cc); ok || !isWord(english.ArmedGroupMembers, lw) {
				return m, ok
			}
		}
		// "rebels" with no group before: the one the document names.
		return groupReader{d.Document}.soleArmedGroup(i)
	}
	return Mention{}, false
}

// spokenFor returns what a speaker's "we" stands for (class
// collective_speaker_pronouns): for a person who speaks for a body or a
// country (a word of class speaker_nouns in the person's role or title,
// or in the words that describe the person where named: "Foreign Ministry
// spokesman Geng Shuang", "Mohammad Faisal, a spokesman for the foreign
// office"), the person's country when known and named in the text;
// else the speaker itself.
// A leader's "we" stays the leader's: annotators read it so.
func (d resolver) spokenFor(m Mention) Mention {
	if m.Type != Person || !gazetteer.IsCountryID(m.CountryCode()) {
		return m
	}
	c := d.countryMention(m)
	if c.Entity < 0 && len(d.Entities) > 0 {
		return m // a country the text never names is no actor of it
	}
	for _, w := range strings.Fields((titleReader{d.Document}).titleOf(&m)) {
		if isWord(english.SpeakerNouns, w) {
			return c
		}
	}
	for _, w := range english.Default().Words(english.SpeakerNouns) {
		if d.describedAs(&m, w) {
			return c
		}
	}
	return m
}

// maxLeadSentences is how many sentences after a document's first one
// may name the organization its opening description stands for.
const maxLeadSentences = 2

// leadDescription reads the description of an organization whose head
// noun is token i when it opens the document (see the lead class of
// data/descriptions.txt): its determiner, definite or of the lead class
// ("A human rights group is calling on ..."), is the first token of the
// document's first sentence. It returns the determiner and the
// nationality's country, as description does.
func (d resolver) leadDescription(i int) (det int, country string, ok bool) {
	if len(d.Sentences) == 0 || d.sentenceOf(i) != 0 {
		return 0, "", false
	}
	det, country, ok = descriptionReader{d.Document}.describe(i, d.leadOpener)
	if !ok || det != d.Sentences[0].First {
		return 0, "", false
	}
	return det, country, true
}

// leadOpener reports whether token k may open a description at the start
// of the document: a definite determiner or one of the lead class ("A
// human rights group", "An Iraqi member"), tagged as a determiner when
// tagged at all.
func (d resolver) leadOpener(k int) bool {
	if d.determiner(k) {
		return true
	}
	if k < 0 || k >= len(d.Tokens) || !isWord(english.LeadDeterminers, strings.ToLower(d.Tokens[k].Text)) {
		return false
	}
	p := text.POS(d.Tokens[k].POS)
	return p == 0 || p == text.DT
}

// namedAfter resolves the opening description (see leadDescription) of
// an organization whose head noun (of spec o) is token i of sentence
// sent, with nationality country cc ("" for none): the first organization
// of the next maxLeadSentences sentences of one of the noun's kinds (or
// of no known kind, for a noun that allows it or that ends the
// organization's name), of the nationality's country when one is
// written. None such leaves it unresolved.
func (d resolver) namedAfter(sent, i int, o orgNoun, cc string) (Mention, bool) {
	head := strings.ToLower(d.Tokens[i].Text)
	for s := sent + 1; s <= sent+maxLeadSentences && s < len(d.Sentences); s++ {
		lo, hi := d.sentenceMentions(s)
		for k := lo; k < hi; k++ {
			m := &d.Mentions[k]
			if m.Sentence != s || m.Type != Org || cc != "" && m.CountryCode() != cc {
				continue
			}
			if m.Kind != "" && o.kinds[m.Kind] || m.Kind == "" && (o.unknown || strings.HasSuffix(strings.ToLower(m.Text), " "+head)) {
				return *m, true
			}
		}
	}
	return Mention{}, false
}

// personDescription resolves a description of a person whose head noun
// lw is token i: "the president", "the lawmaker", "the Venezuelan leader",
// "the U.S. envoy", "the Iranian foreign minister", "the visiting
// minister" (see personDescriptionParts). It returns the closest person
// before it (in its sentence or the three before) with lw in the person's
// role when lw is a title, else the closest person; with a nationality,
// only a person of the nationality's country; with title words and no
// nationality ("the foreign minister"), only a person whose role holds
// them. After a country's possessive ("Tehran's envoy") it is only a
// person of that country with the title; a relational noun ("his Iranian
// counterpart", class relational_person_nouns) takes the closest person of
// the country whatever the title. A nationality of no known country, or of a country no person
// before belongs to, leaves it unresolved.
func (d resolver) personDescription(sent, i int, lw string) (Mention, bool) {
	titles := titleReader{d.Document}
	country, mods, poss, ok := d.personReference(i)
	if !ok {
		return Mention{}, false
	}
	det, _, _, _, _ := descriptionReader{d.Document}.personDescriptionParts(i)
	org, byOrg := titles.descriptionOrg(det, i)
	person := func(m *Mention) bool {
		return m.Type == Person && (country == "" || m.Country == country) && titles.holdsTitles(m, mods) && (!byOrg || titles.affiliated(m, &org))
	}
	relational := isWord(english.RelationalPersonNouns, lw)
	titled := func(m *Mention) bool { return person(m) && accepts(titles.titleOf(m), lw) }
	if poss && !relational {
		// "Tehran's envoy", "Iran's foreign minister": only a person of
		// that country who holds the title; another of its people is
		// seldom meant.
		return d.closest(sent, i, titled)
	}
	if (isWord(english.PersonTitleHeads, lw) || titleRoles[lw] != nil) && !relational {
		// "the president", "the military leader": the closest person
		// whose title the description accepts (class title_roles), the
		// subject going on first; two such people in that sentence
		// leave it unresolved when no nationality tells them apart.
		if m, ok := d.closest(sent, i, titled); ok {
			if _, ok := titles.closestUnique(sent, i, titled); !ok {
				return Mention{}, false
			}
			if s, ok := d.previousSubject(sent, i, titled); ok {
				return s, true
			}
			return m, true
		}
	}
	// Else the closest person whose known office the description does
	// not reject ("the president" is no prime minister).
	return d.closest(sent, i, func(m *Mention) bool {
		return person(m) && (relational || !rejects(titles.titleOf(m), lw))
	})
}

// personReference reads the description of a person whose head is token
// i (see personDescriptionStart) when it refers back: the phrase does not
// go on to name the person ("the secretary of state", "the Secretary
// General", "the president Yoon", "the reporter Ana Ruiz"). It returns
// the nationality's country, "" for none, and the title words the
// person's role must hold (see personDescriptionParts).
func (d resolver) personReference(i int) (country string, mods []string, poss, ok bool) {
	_, country, mods, poss, ok = descriptionReader{d.Document}.personDescriptionParts(i)
	if !ok {
		return "", nil, false, false
	}
	if i+1 < len(d.Tokens) {
		if next := strings.ToLower(d.Tokens[i+1].Text); d.continues(i) || isWord(english.PersonTitleWords, next) || d.MentionAt(i+1) >= 0 ||
			poss && next == "," && i+2 < len(d.Tokens) && d.MentionAt(i+2) >= 0 && d.Mentions[d.MentionAt(i+2)].Type == Person {
			// "his Iranian counterpart, Ali Larijani": the apposition
			// names the person.
			return "", nil, false, false
		}
	}
	return country, mods, poss, true
}

// countryOfSubject returns the country of the first actor of the sentence
// (or of the sentences before): the country itself when it is named, else
// a mention built from the actor's country ("Chile's foreign minister said
// his country ..." gives Chile).
func (d resolver) countryOfSubject(sent, i int) (Mention, bool) {
	m, ok := d.subject(sent, i, func(m *Mention) bool { return m.Country != "" && m.Type != Event && m.Type != Loc })
	if !ok {
		return Mention{}, false
	}
	if m.Type == GPE && m.ID == m.Country {
		return m, true
	}
	return d.countryMention(m), true
}

// clauseSubject returns the subject of the clause a possessive pronoun at
// token i sits in, read from the parts of speech: the nearest verb before
// the pronoun, with no actor between them, and the mention that ends just
// before that verb or before its adverbs, modals, "to" and the verbs of
// its chain ("South Africa hopes to share its", "convince North Korea to
// abandon its", "Sudan ending a conflict in its"). It reports false when
// a word of another kind stands between the mention and the verb ("the
// attack that destroyed its embassy": the verb's subject is no actor) or
// the tokens carry no tags (WithPOS(false)); Referent then keeps its
// sentence-level choice.
func (d resolver) clauseSubject(sent, i int, want func(*Mention) bool) (Mention, bool) {
	first := d.Sentences[sent].First
	v := -1
	for k := i - 1; k >= first; k-- {
		if text.POS(d.Tokens[k].POS).IsVerb() {
			v = k
			break
		}
		if m := d.MentionAt(k); m >= 0 && want(&d.Mentions[m]) {
			return Mention{}, false // an actor after the verb: its object may be meant
		}
	}
	if v < 0 {
		return Mention{}, false
	}
	k := v - 1
	for k >= first {
		switch p := text.POS(d.Tokens[k].POS); {
		case p.IsVerb(), p == text.RB, p == text.MD, p == text.TO:
			k--
			continue
		}
		break
	}
	if k < first {
		return Mention{}, false
	}
	m := d.MentionAt(k)
	if m < 0 || d.Mentions[m].Last != k+1 || !want(&d.Mentions[m]) {
		return Mention{}, false
	}
	return d.Mentions[m], true
}

// closest returns the last mention satisfying want before token i in
// sentence sent, or else in one of the three sentences before, not
// counting those wholly inside a quotation (see lookBack).
func (d *Document) closest(sent, i int, want func(*Mention) bool) (Mention, bool) {
	if m, ok := d.lastMention(sent, i, want); ok {
		return m, true
	}
	for s := range (chainReader{d}).lookBack(sent) {
		if m, ok := d.lastMention(s, d.Sentences[s].Last, want); ok {
			return m, true
		}
	}
	return Mention{}, false
}

// subject returns the first mention satisfying want before token i in
// sentence sent, or else the first of the closest sentence before (up to
// three back, not counting those wholly inside a quotation: see
// lookBack) that has one: the actor a pronoun most often continues.
func (d resolver) subject(sent, i int, want func(*Mention) bool) (Mention, bool) {
	if m, ok := d.firstMention(sent, i, want); ok {
		return m, true
	}
	for s := range (chainReader{d.Document}).lookBack(sent) {
		if m, ok := d.firstMention(s, d.Sentences[s].Last, want); ok {
			return m, true
		}
	}
	return Mention{}, false
}

// sentenceOf returns the sentence that holds token i, or -1. Sentences are
// in text order (as Tag makes them): a binary search finds it. A document
// built by hand whose sentences are out of order is scanned instead.
func (d *Document) sentenceOf(i int) int {
	ss := d.Sentences
	s := sort.Search(len(ss), func(k int) bool { return ss[k].Last > i })
	if s < len(ss) && ss[s].First <= i {
		return s
	}
	for s, se := range ss {
		if se.First <= i && i < se.Last {
			return s
		}
	}
	return -1
}

// sentenceMentions returns the range [lo, hi) of d.Mentions in sentence s.
// Mentions are ordered by Start, so by sentence: two binary searches.
func (d *Document) sentenceMentions(s int) (lo, hi int) {
	ms := d.Mentions
	lo = sort.Search(len(ms), func(k int) bool { return ms[k].Sentence >= s })
	hi = lo + sort.Search(len(ms)-lo, func(k int) bool { return ms[lo+k].Sentence > s })
	return lo, hi
}

// firstMention returns the first mention of sentence s that ends before
// token limit and satisfies want.
func (d *Document) firstMention(s, limit int, want func(*Mention) bool) (Mention, bool) {
	lo, hi := d.sentenceMentions(s)
	for k := lo; k < hi; k++ {
		m := &d.Mentions[k]
		if m.Sentence == s && m.Last <= limit && want(m) {
			return *m, true
		}
	}
	return Mention{}, false
}

// lastMention returns the last mention of sentence s that ends before
// token limit and satisfies want.
func (d *Document) lastMention(s, limit int, want func(*Mention) bool) (Mention, bool) {
	lo, hi := d.sentenceMentions(s)
	for k := hi - 1; k >= lo; k-- {
		m := &d.Mentions[k]
		if m.Sentence == s && m.Last <= limit && want(m) {
			return *m, true
		}
	}
	return Mention{}, false
}

// disambiguate re-chooses the entry of ambiguous gazetteer names with
// document context: an entry whose country the document mentions often,
// and above all the country of a place written just before ("ATLANTA,
// Georgia"), wins over the default choice.
func (a nameResolver) disambiguate() {
	counts := map[string]int{}
	for _, c := range a.ments {
		if c.strong {
			if cc := a.countryOf(c); cc != "" {
				counts[cc]++
			}
		}
	}
	for k, c := range a.ments {
		if len(c.alts) < 2 || c.typ == Person {
			continue
		}
		near := ""
		if k > 0 {
			p := a.ments[k-1]
			if p.last+1 == c.first && (a.toks[p.last].Text == "," || a.toks[p.last].Text == "/") && p.typ == GPE {
				near = a.countryOf(p)
			}
		}
		own := a.countryOf(c)
		best, bestScore := -1, -1
		// countryScore holds the best context score of each country a
		// country-level candidate names ("Congo": COD and COG).
		countryScore := map[string]int{}
		for i, cd := range c.alts {
			if cd.Type != c.typ {
				continue
			}
			cc := candCountry(cd)
			s := counts[cc]
			if cc == own {
				s-- // do not count the mention itself
			}
			if gazetteer.IsCountryID(cd.Entry.ID) {
				s += 3
				if v, ok := countryScore[cc]; !ok || s > v {
					countryScore[cc] = s
				}
			}
			if near != "" && cc == near && !gazetteer.IsCountryID(cd.Entry.ID) {
				s += 10
			}
			s *= 2 // the form only breaks ties: an entry's own name beats another's alias
			if cd.Form == gazetteer.FormName {
				s++
			}
			if s > bestScore {
				best, bestScore = i, s
			}
		}
		if best >= 0 && gazetteer.IsCountryID(c.alts[best].Entry.ID) && tied(countryScore) {
			// Two countries share the form ("Congo", "Korea", "Dominican")
			// and the document favours neither: leave it unlinked rather
			// than guess.
			c.entry, c.country = nil, ""
			continue
		}
		if best >= 0 && c.alts[best].Entry != c.entry {
			cd := c.alts[best]
			c.entry, c.form, c.typ, c.country = cd.Entry, cd.Form, cd.Type, candCountry(cd)
		}
	}
}

// tied reports whether the two best scores of a map are equal.
func tied(scores map[string]int) bool {
	first, second := -1<<31, -1<<31
	for _, v := range scores {
		switch {
		case v > first:
			first, second = v, first
		case v > second:
			second = v
		}
	}
	return len(scores) > 1 && first == second
}

// peninsulas turns a nationality before a lower-case "peninsula" into the
// place: "the Korean peninsula", "the Arabian peninsula".
func (a nameResolver) peninsulas() {
	for _, c := range a.ments {
		if c.typ == NORP && c.last < len(a.toks) && isWord(english.PeninsulaNouns, a.toks[c.last].Text) {
			c.last++
			c.typ, c.entry, c.alts, c.source = Loc, nil, nil, FromRule
		}
	}
}

// ellipses tags the first half of "North and South Korea": the compass
// word takes the entry of "North Korea" when the gazetteer knows it.
func (a nameResolver) ellipses() {
	for _, c := range a.ments {
		k := c.first
		if k < 2 || !isWord(english.Conjunction, a.low(k-1)) || !isWord(english.CompassWords, a.low(k-2)) || !isCapTok(a.toks[k-2].Text) ||
			c.entry == nil || !isWord(english.CompassWords, a.low(k)) || c.last-c.first < 2 {
			continue
		}
		words := []string{a.toks[k-2].Text}
		for j := k + 1; j < c.last; j++ {
			words = append(words, a.toks[j].Text)
		}
		for _, m := range a.t.g.MatchWords(words) {
			if m.First == 0 && m.Last == len(words) {
				e := &cand{first: k - 2, last: k - 1, alts: m.Candidates, source: FromGazetteer, strong: true}
				gazReader{a.analysis}.choose(e)
				a.ments = append(a.ments, e)
				break
			}
		}
	}
	slices.SortStableFunc(a.ments, func(x, y *cand) int { return x.first - y.first })
}

// continues reports whether the description whose head is token i goes on
// with one of the continues words to name what it describes ("the group
// of eight nations", "the president of Venezuela"). The word followed by
// a gerund starts no such phrase: "accuses the group of launching
// attacks" is the verb's complement, and the group is one named before.
func (d *Document) continues(i int) bool {
	if i+1 >= len(d.Tokens) || !isWord(english.GenitiveMarker, strings.ToLower(d.Tokens[i+1].Text)) {
		return false
	}
	if (resolver{d}).ofObject(i) {
		return false // "accused the alliance of aggression": the verb's "of"
	}
	return i+2 >= len(d.Tokens) || text.POS(d.Tokens[i+2].POS) != text.VBG || d.MentionAt(i+2) >= 0
}

// ofObject reports whether the noun phrase headed by token i is the object
// of a verb of class of_object_verbs, so that an "of" after it is the
// verb's ("accused the alliance of aggression"): the token before its
// determiner and lower-case modifiers, in its sentence, is such a verb.
func (d resolver) ofObject(i int) bool {
	sent := d.sentenceOf(i)
	if sent < 0 {
		return false
	}
	first := d.Sentences[sent].First
	// The phrase's first token: back over its modifiers, then its
	// opener, if any, which may stand right before the head ("the
	// alliance", "its ally").
	k := i
	for k-1 >= first && i-k < maxModifiers && d.Phrases().Modifier(k-1) {
		k--
	}
	pr := phraseReader{d.Document}
	for k-1 >= first && i-k <= maxModifiers && (pr.determinerOpener(k-1) || pr.possessivePronounOpener(k-1)) {
		k--
	}
	return k-1 >= first && isWord(english.OfObjectVerbs, strings.ToLower(d.Tokens[k-1].Text))
}

// leadPersonStart reads the description of a person whose head noun is
// token i when it opens the document and names a country or an
// organization: a country's possessive ("South Korea's foreign minister",
// "Iran's top nuclear negotiator", "Iran's Intelligence Minister"), a
// nationality after a determiner ("The Venezuelan leader") or an
// organization's possessive ("The European Union's top official"), then
// lower-case modifiers and title words, the head; nothing after it that
// goes on to name the person. It returns the phrase's first token and
// the country, "" after an organization.
func (d resolver) leadPersonStart(i int) (first int, country string, ok bool) {
	if len(d.Sentences) == 0 || d.sentenceOf(i) != 0 || i+1 >= len(d.Tokens) || !d.nounAt(i) || d.MentionAt(i) >= 0 {
		return 0, "", false
	}
	if next := strings.ToLower(d.Tokens[i+1].Text); d.continues(i) && !d.roleOfOrg(i) || isWord(english.PersonTitleWords, next) || d.MentionAt(i+1) >= 0 {
		return 0, "", false // "the president of Venezuela", "foreign minister Ban Ki-moon"
	}
	start := d.Sentences[0].First
	k := i - 1
	for k >= start && i-k <= maxModifiers && d.MentionAt(k) < 0 && (isWord(english.PersonTitleWords, strings.ToLower(d.Tokens[k].Text)) || d.Phrases().Modifier(k)) {
		k-- // "top nuclear", "Intelligence" (a title word, capitalized or not)
	}
	if k < start {
		return 0, "", false
	}
	possessive := false
	if isPossessiveClitic(strings.ToLower(d.Tokens[k].Text)) && k > start {
		k-- // "South Korea's": the country's possessive
		possessive = true
	}
	n := d.MentionAt(k)
	if n < 0 || d.Mentions[n].Last != k+1 {
		return 0, "", false
	}
	nm := &d.Mentions[n]
	switch {
	case possessive && nm.Type == Org:
		// "The European Union's top official": a person of the
		// organization, of any country.
		country = ""
	case nm.Type != NORP && !(nm.Type == GPE && nm.ID != "" && nm.ID == nm.Country):
		return 0, "", false
	default:
		if country = nm.CountryCode(); country == "" {
			return 0, "", false
		}
	}
	k = nm.First
	if k > start && d.leadOpener(k-1) {
		k--
	}
	if k != start {
		return 0, "", false
	}
	return k, country, true
}

// roleOfOrg reports whether the role noun at token i goes on with "of"
// and an organization ("An Iraqi member of al-Qaida"): the phrase still
// describes a person it does not name.
func (d resolver) roleOfOrg(i int) bool {
	if !isWord(english.PersonRoleNouns, strings.ToLower(d.Tokens[i].Text)) || i+2 >= len(d.Tokens) {
		return false
	}
	m := d.MentionAt(i + 2)
	return m >= 0 && d.Mentions[m].Type == Org && d.Mentions[m].First == i+2
}

// personHead reports whether lw may head a description of a person: a
// title ("the minister"), a person noun ("the leader") or a role noun
// ("the reporter").
func personHead(lw string) bool {
	return isWord(english.PersonTitleHeads, lw) || isWord(english.PersonNouns, lw) || isWord(english.PersonRoleNouns, lw)
}

// maxRoleSentences is how many sentences before a role description ("the
// reporter") may name the person it refers to.
const maxRoleSentences = 8

// roleDescription resolves a description of a person by a role noun lw
// (token i) with no office ("the reporter", "the Italian hostage"): the
// closest person before it (in its sentence or the maxRoleSentences
// before) described by that noun — in the person's role, in the words just
// before the name or in an apposition ("reporter Ana Ruiz", "Ana Ruiz, a
// reporter for ...", "a judge, Ana Ruiz") — or for whom the document's
// opening description with that head stands (see leadPerson). With a
// nationality the person's country, when known, must agree. Anyone else
// leaves it unresolved: a role noun is no title, and the closest person
// is seldom the reporter.
func (d resolver) roleDescription(sent, i int, lw string) (Mention, bool) {
	country, mods, _, ok := d.personReference(i)
	if !ok {
		return Mention{}, false
	}
	var lead Mention
	for k := d.Sentences[0].First; k < d.Sentences[0].Last && k-d.Sentences[0].First <= maxModifiers+3; k++ {
		if strings.ToLower(d.Tokens[k].Text) == lw && k != i {
			if _, _, ok := d.leadPersonStart(k); ok {
				lead, _ = d.leadPerson(k, lw)
			}
			break
		}
	}
	fits := func(m *Mention) bool {
		if m.Type != Person || country != "" && m.Country != "" && m.Country != country || !(titleReader{d.Document}).holdsTitles(m, mods) {
			return false
		}
		return strings.Contains(strings.ToLower(descriptionReader{d.Document}.roleOf(m)), lw) || d.describedAs(m, lw) || sameActor(m, &lead)
	}
	if m, ok := d.lastMention(sent, i, fits); ok {
		return m, true
	}
	for s := sent - 1; s >= 0 && s >= sent-maxRoleSentences; s-- {
		if m, ok := d.lastMention(s, d.Sentences[s].Last, fits); ok {
			return m, true
		}
	}
	return Mention{}, false
}

// maxApposition bounds the words of an apposition that describes a
// person after the name ("Ana Ruiz, an Italian reporter for ...").
const maxApposition = 5

// describedAs reports whether the person mention m is described by the
// role noun lw where it is named: among the lower-case words and
// nationalities just before the name, past one comma ("Italian reporter
// Ana Ruiz", "a judge, Ana Ruiz"), or in an apposition after it that
// opens with a determiner ("Ana Ruiz, a reporter for ...").
func (d resolver) describedAs(m *Mention, lw string) bool {
	s := m.Sentence
	if s < 0 || s >= len(d.Sentences) {
		return false
	}
	first, last := d.Sentences[s].First, d.Sentences[s].Last
	comma := false
	for k := m.First - 1; k >= first && k >= m.First-maxModifiers-2; k-- {
		w := strings.ToLower(d.Tokens[k].Text)
		switch {
		case w == lw:
			return true
		case w == "," && !comma && k == m.First-1:
			comma = true
		case d.MentionAt(k) >= 0 && d.Mentions[d.MentionAt(k)].Type == NORP:
		case d.Phrases().Modifier(k):
		default:
			return false
		}
	}
	if m.Last+1 >= last || d.Tokens[m.Last].Text != "," || !d.leadOpener(m.Last+1) {
		return false
	}
	for k := m.Last + 2; k < last && k <= m.Last+1+maxApposition; k++ {
		w := strings.ToLower(d.Tokens[k].Text)
		if w == lw {
			return true
		}
		if w == "," || d.MentionAt(k) >= 0 && d.Mentions[d.MentionAt(k)].Type != NORP {
			return false
		}
	}
	return false
}

// leadPerson resolves the description of a person whose head noun lw is
// token i when it opens the document (see leadPersonStart) and the
// document names the person only afterwards ("Iran's top nuclear
// negotiator is in India ... . Ali Larijani's trip ..."): the first person
// of the next maxLeadSentences sentences of the description's country
// who holds the title when lw is one, else the first person of that
// country (as personDescription falls back to the closest person), else
// the first person named after when no country of that person is known.
// None such leaves it unresolved.
func (d resolver) leadPerson(i int, lw string) (Mention, bool) {
	_, country, ok := d.leadPersonStart(i)
	if !ok {
		return Mention{}, false
	}
	first := func(want func(*Mention) bool) (Mention, bool) {
		for s := 1; s <= maxLeadSentences && s < len(d.Sentences); s++ {
			lo, hi := d.sentenceMentions(s)
			for k := lo; k < hi; k++ {
				if m := &d.Mentions[k]; m.Sentence == s && m.Type == Person && want(m) {
					return *m, true
				}
			}
		}
		return Mention{}, false
	}
	if isWord(english.PersonTitleHeads, lw) {
		if m, ok := first(func(m *Mention) bool { return m.Country == country && strings.Contains(strings.ToLower(m.Role), lw) }); ok {
			return m, true
		}
	}
	if m, ok := first(func(m *Mention) bool { return m.Country == country }); ok {
		return m, true
	}
	// The first person named after, when nothing says whose the person
	// is (no country is known without the document's date), or when an
	// organization's possessive opened the description.
	if m, ok := first(func(*Mention) bool { return true }); ok && (m.Country == "" || country == "") {
		return m, true
	}
	return Mention{}, false
}

// leadPersonBefore resolves a personal pronoun at token i that has no
// person before it, in the document's first sentence or one of the
// maxLeadSentences after it, to the person the document's opening
// description stands for (see leadPerson): "An Iraqi member of al-Qaida
// has confessed ... . In his confession, Karbouli ...".
func (d resolver) leadPersonBefore(i int) (Mention, bool) {
	if len(d.Sentences) == 0 || d.sentenceOf(i) < 0 || d.sentenceOf(i) > maxLeadSentences {
		return Mention{}, false
	}
	for k := d.Sentences[0].First; k < i && k < d.Sentences[0].Last && k-d.Sentences[0].First <= maxModifiers+3; k++ {
		if lw := strings.ToLower(d.Tokens[k].Text); personHead(lw) {
			if _, _, ok := d.leadPersonStart(k); ok {
				return d.leadPerson(k, lw)
			}
		}
	}
	return Mention{}, false
}

// leadPersonOpens reports whether token i heads a person's description
// that opens the document (see leadPersonStart).
func (d resolver) leadPersonOpens(i int) bool {
	_, _, ok := d.leadPersonStart(i)
	return ok
}

// personPronounReferent is Referent for a person pronoun of gender pg at
// token i of sentence sent, among the people agrees accepts. Referent
// asks it first with given names counting as a gender (strict): a person
// of the pronoun's gender, or nobody, is the answer ("he" is never
// "Laura Bush"); a person of unknown gender found so is not, and it asks
// again with genderFilter's weaker test, under which a given name of the
// other gender excludes a person only when one of the pronoun's gender is
// named near ("she" may be "Nino Beridze", whose given name the lists
// give only as a man's).
func (d resolver) personPronounReferent(sent, i int, pg gender, agrees func(*Mention) bool) (Mention, bool) {
	chains := chainReader{d.Document}
	person := func(m *Mention) bool { return m.Type == Person && agrees(m) }
	if d.objectPronoun(i) {
		// "Mr. Bush has called him": not the verb's own subject.
		if subj, ok := d.clauseSubject(sent, i, func(m *Mention) bool { return m.Type == Person }); ok {
			return chains.closestPerson(sent, i, func(m *Mention) bool { return person(m) && !sameActor(m, &subj) })
		}
	}
	if m, ok := chains.previousPersonSubject(sent, i, person); ok && (d.subjectPronoun(i) || text.POS(d.Tokens[i].POS) == text.PRPS) {
		// "Mr. Chavez was to travel ... for talks with President
		// Bouteflika. Tuesday, he is to meet ...": the subject goes on.
		return m, true
	}
	if m, ok := chains.closestPerson(sent, i, person); ok {
		if d.subjectPronoun(i) {
			// "... Bush said, as Laura Bush and Condoleezza Rice
			// looked on. ... he": the subject goes on over a person
			// of unknown gender.
			m = genderReader{d.Document}.ofKnownGender(m, pg, person)
		}
		return m, true
	}
	// "South Korea's foreign minister says he ...": the person the
	// document's opening description stands for.
	if m, ok := d.leadPersonBefore(i); ok && person(&m) {
		return m, true
	}
	return Mention{}, false
}

// previousSubject returns, when sentence sent names no mention that want
// accepts before token i, the subject of the sentence before it: its first
// mention that want accepts, when that mention stands before the
// sentence's first verb ("In his address, Mr. Bush is expected to say
// ..."). With no tags, or when the sentence before opens with a verb
// before any such mention, it reports false; the caller then keeps to
// recency.
func (d resolver) previousSubject(sent, i int, want func(*Mention) bool) (Mention, bool) {
	if sent < 1 || sent >= len(d.Sentences) {
		return Mention{}, false
	}
	if _, ok := d.firstMention(sent, i, want); ok {
		return Mention{}, false
	}
	s := sent - 1
	m, ok := d.firstMention(s, d.Sentences[s].Last, want)
	if !ok {
		return Mention{}, false
	}
	tagged := false
	for k := max(d.Sentences[s].First, 0); k < m.First && k < len(d.Tokens); k++ {
		p := text.POS(d.Tokens[k].POS)
		if p != 0 {
			tagged = true
		}
		if p.IsVerb() || p == text.MD {
			return Mention{}, false
		}
	}
	if !tagged && m.First > d.Sentences[s].First {
		return Mention{}, false
	}
	return m, true
}
