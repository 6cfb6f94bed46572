package entity

import (
	"iter"
	"sort"
	"strings"

	"github.com/geoextract/geoextract/gazetteer"
	"github.com/geoextract/geoextract/internal/english"
	"github.com/geoextract/geoextract/internal/text"
)

// bodyReader resolves the references to bodies and groups of a Document
// ("the council", "the ministry", "the seat"): the institution a
// description names. It only reads the Document; safe for concurrent use.
// The zero value has no Document and must not be used.
type bodyReader struct{ *Document }

// A bare body reference names a body of a state or an organization by its
// noun alone, after the text has named the body: "the U.S. embassy in
// Nairobi ... embassy officials", "the UN Security Council ... council
// members", "Kenyan police ... the police". The nouns are data: class
// body_nouns (embassy, council, police ...) and class body_member_nouns
// (officials, members ...) of internal/english.

// maxBodySentences bounds how far back, in sentences, a bare body
// reference looks for the body it names; it keeps the cost of each
// reference bounded on a long document.
const maxBodySentences = 8

// maxBodyModifiers is how many lower-case adjectives may stand before the
// body noun of a reference ("senior embassy officials").
const maxBodyModifiers = 2

// bodyReference reads the bare body reference whose head is token i:
// "embassy officials" (a body noun and a member noun, the head), or "the
// embassy" (a definite determiner and a body noun that is neither an
// organization noun nor a state description noun, which Referent reads
// otherwise). It returns the first token of the reference and the body
// noun. It reports false when a name, a nationality or a place is written
// in the phrase ("the U.S. embassy officials", "Western embassy
// officials": the mention names the actor, or names none), when the
// phrase goes on to name whom it describes ("embassy spokesman John
// Smith", "council members of the African Union"), or when the body noun
// modifies a noun after it ("the embassy bombing").
func (d bodyReader) bodyReference(i int) (first int, body string, ok bool) {
	if i <= 0 || i >= len(d.Tokens) || d.MentionAt(i) >= 0 {
		return 0, "", false
	}
	sent := d.sentenceOf(i)
	if sent < 0 {
		return 0, "", false
	}
	start := d.Sentences[sent].First
	lw := strings.ToLower(d.Tokens[i].Text)
	if d.namesAfter(i) {
		return 0, "", false
	}
	if isWord(english.BodyMemberNouns, lw) && d.nounAt(i) {
		b := i - 1
		bw := strings.ToLower(d.Tokens[b].Text)
		if b < start || !isWord(english.BodyNouns, bw) || d.MentionAt(b) >= 0 || !isLowerWord(d.Tokens[b].Text) && b != start {
			return 0, "", false
		}
		first = b
		for k, n := b-1, 0; k >= start; k, n = k-1, n+1 {
			w := d.Tokens[k].Text
			switch {
			case d.MentionAt(k) >= 0:
				return 0, "", false
			case d.determiner(k):
				return k, bw, true
			case n < maxBodyModifiers && d.Phrases().Modifier(k) && text.POS(d.Tokens[k].POS).IsAdjective():
				first = k
				continue
			case d.Phrases().Modifier(k) && (d.nounAt(k) || text.POS(d.Tokens[k].POS).IsAdjective()):
				// "the Kenyan police's embassy officials", "army
				// embassy officials": a longer phrase of its own.
				return 0, "", false
			case !isLowerWord(w) && (text.POS(d.Tokens[k].POS) == 0 || d.nounAt(k) || text.POS(d.Tokens[k].POS).IsAdjective()):
				// "Western embassy officials": a name or a nationality
				// the tagger left out.
				return 0, "", false
			}
			return first, bw, true
		}
		return first, bw, true
	}
	if isWord(english.BodyNouns, lw) && !isWord(english.StateDescriptionNouns, lw) && orgNouns[lw].kinds == nil &&
		i-1 >= start && d.determiner(i-1) && d.MentionAt(i-1) < 0 {
		if i+1 < len(d.Tokens) && d.nounAt(i+1) && isLowerWord(d.Tokens[i+1].Text) && text.POS(d.Tokens[i+1].POS) != 0 {
			return 0, "", false // "the embassy bombing"
		}
		return i - 1, lw, true
	}
	return 0, "", false
}

// bodyAfter reports whether a country's mention m is followed in its
// sentence by a body of it headed by the noun body: "the U.S. embassy",
// "Kenyan police", "Britain's embassy", "the Japanese foreign ministry".
// Only a possessive and lower-case modifiers (adjectives, nouns,
// participles) may stand between them: "Iran ordered the embassy closed"
// names no Iranian embassy.
func (d bodyReader) bodyAfter(m *Mention, body string) bool {
	sent := m.Sentence
	if sent < 0 || sent >= len(d.Sentences) {
		return false
	}
	end := min(d.Sentences[sent].Last, len(d.Tokens))
	for k := max(m.Last, 0); k < end && k <= m.Last+3; k++ {
		w := d.Tokens[k].Text
		switch lw := strings.ToLower(w); {
		case lw == body:
			return true
		case k == m.Last && isWord(english.PossessiveClitic, strings.ReplaceAll(lw, "\u2019", "'")):
		case w == "-" || d.Phrases().Modifier(k) && !d.determiner(k):
		default:
			return false
		}
	}
	return false
}

// namesAfter reports whether the phrase whose head is token i goes on to
// name what it describes: a mention right after it ("embassy spokesman
// John Smith"), or a genitive ("council members of the African Union",
// "the council of elders"), unless the "of" is a verb's ("accused the
// council of bias", class of_object_verbs).
func (d bodyReader) namesAfter(i int) bool {
	if i+1 >= len(d.Tokens) {
		return false
	}
	next := strings.ToLower(d.Tokens[i+1].Text)
	return d.MentionAt(i+1) >= 0 || isWord(english.GenitiveMarker, next) && !resolver{d.Document}.ofObject(i)
}

// bodyReferent resolves the bare body reference whose head is token i
// (see bodyReference) to the last body of its noun named before it, in
// its sentence or in the maxBodySentences before: an organization whose
// name ends with the noun ("the UN Security Council" for "council
// members"), or a country (or a people of a country, or a place the
// gazetteer places in one country) followed by a body of that noun ("the
// U.S. embassy", "the Kenyan police", "a Kabul court"), which stands for
// the country. With no such body before it the reference is left
// unresolved: a body noun in a generic statement names no actor.
func (d bodyReader) bodyReferent(i int) (Mention, bool) {
	first, body, ok := d.bodyReference(i)
	if !ok {
		return Mention{}, false
	}
	sent := d.sentenceOf(i)
	var byCountry bool
	want := func(m *Mention) bool {
		byCountry = false
		switch {
		case m.Type == Org:
			name := strings.ToLower(m.Text)
			return name == body || strings.HasSuffix(name, " "+body)
		case (m.Type == GPE || m.Type == NORP) && gazetteer.IsCountryID(m.CountryCode()) && d.bodyAfter(m, body):
			byCountry = true
			return true
		}
		return false
	}
	for s := sent; s >= 0 && s >= sent-maxBodySentences; s-- {
		limit := d.Sentences[s].Last
		if s == sent {
			limit = first
		}
		m, ok := d.lastMention(s, limit, want)
		if !ok {
			continue
		}
		if byCountry && (m.Type != GPE || m.ID != m.CountryCode()) {
			return d.countryMention(m), true
		}
		return m, true
	}
	return Mention{}, false
}

// seatReferent resolves "the government in Khartoum", "the authorities
// in Kabul" (a definite determiner, a state noun at token i, a place
// preposition and a place of a known country) to that country: the place
// says whose state it is, whatever country the text spoke of before.
func (d bodyReader) seatReferent(i int) (Mention, bool) {
	if i <= 0 || i+2 >= len(d.Tokens) || !isWord(english.StateDescriptionNouns, strings.ToLower(d.Tokens[i].Text)) ||
		!d.determiner(i-1) || d.MentionAt(i) >= 0 || d.MentionAt(i-1) >= 0 ||
		!isWord(english.PlacePrepositions, strings.ToLower(d.Tokens[i+1].Text)) {
		return Mention{}, false
	}
	n := d.MentionAt(i + 2)
	if n < 0 {
		return Mention{}, false
	}
	m := d.Mentions[n]
	if m.First != i+2 || m.Type != GPE || !gazetteer.IsCountryID(m.CountryCode()) {
		return Mention{}, false
	}
	if m.ID == m.CountryCode() {
		return m, true
	}
	return d.countryMention(m), true
}

// maxGroupSentences bounds how far back, in sentences, a repeated group
// noun looks for the group a nationality marked ("three Egyptian
// policemen ... the policemen").
const maxGroupSentences = 3

// groupRepeat reads "the policemen", "the two soldiers": a definite
// determiner, at most one number or count word, and at token i a plural
// noun of people of class group_plurals that goes on to name nothing. It
// returns the determiner. A singular agent noun (see agentSingular: "the
// official") is read after a definite determiner alone. A bare plural
// noun that nothing modifies ("Police said", "... and police detained")
// is read too, its own first token standing for the determiner: a
// modifier ("Afghan police", "border police", "its police") marks another
// group.
func (d bodyReader) groupRepeat(i int) (det int, ok bool) {
	if i < 0 || i >= len(d.Tokens) || d.MentionAt(i) >= 0 || !d.nounAt(i) || d.namesAfter(i) {
		return 0, false
	}
	singular := d.agentSingular(i)
	if !singular && !isWord(english.GroupPlurals, strings.ToLower(d.Tokens[i].Text)) {
		return 0, false
	}
	if !singular && d.bareNoun(i) {
		return i, true
	}
	if i == 0 {
		return 0, false
	}
	k := i - 1
	if lw := strings.ToLower(d.Tokens[k].Text); !singular && k > 0 && (text.POS(d.Tokens[k].POS) == text.CD || isWord(english.CountWords, lw)) && d.MentionAt(k) < 0 {
		k--
	}
	if !d.determiner(k) || d.MentionAt(k) >= 0 {
		return 0, false
	}
	return k, true
}

// bareNoun reports whether the noun at token i stands with no
// determiner and no modifier, as the head of its phrase (no noun follows
// it): it opens its sentence, or the word before it is a verb, a
// preposition, a conjunction or a punctuation mark.
func (d bodyReader) bareNoun(i int) bool {
	if i+1 < len(d.Tokens) && text.POS(d.Tokens[i+1].POS).IsNoun() {
		return false // "Police officials": a modifier, not the head
	}
	if s := d.sentenceOf(i); s >= 0 && d.Sentences[s].First == i {
		return true
	}
	if i == 0 || d.MentionAt(i-1) >= 0 {
		return false
	}
	switch p := text.POS(d.Tokens[i-1].POS); {
	case p == 0:
		return false // untagged: the word before may be a modifier
	case p.IsVerb(), p == text.IN, p == text.CC:
		return true
	case p == text.Punct:
		w := d.Tokens[i-1].Text
		return w != "-" && !isWord(english.PossessiveClitic, w)
	}
	return false
}

// groupReferent resolves a repeated group noun at token i (see
// groupRepeat) to the actor of the last group of that noun marked before
// it, in its sentence or the maxGroupSentences before (see markedGroup):
// "three Egyptian policemen ... the policemen" is Egypt, "Kenyan soldiers
// ... the soldiers" Kenya, "EU diplomats ... the diplomats" the EU,
// "Uganda withdrew its troops ... The troops" Uganda. One lower-case
// modifier may stand between the nationality or organization and the
// noun ("Egyptian border policemen"). A singular agent noun ("the
// official", "the spokesman": see agentSingular) resolves so too ("a U.S.
// official ... the official"), or to the actor after an agent
// preposition ("a spokesman for the African Union": see agentFor). An
// earlier one that names a person is that person ("China's top diplomat
// Wang Yi met Antony Blinken ... The top diplomat": see agentName); one
// with a person of a title it accepts named after it leaves it to the
// titles (see titledBetween). With no such group it is left unresolved.
func (d bodyReader) groupReferent(i int) (first int, m Mention, ok bool) {
	det, ok := d.groupRepeat(i)
	if !ok {
		return 0, Mention{}, false
	}
	singular := d.agentSingular(i)
	for k, lo := range d.earlierGroupNouns(i, det) {
		if singular && !d.agentSingular(k) {
			continue // "official media": no person
		}
		if singular && d.titledBetween(k, det, strings.ToLower(d.Tokens[i].Text)) {
			// "a Chinese envoy ... Ambassador Ana Ruiz ... the envoy":
			// the person, whom the titles resolve.
			return 0, Mention{}, false
		}
		if singular {
			if p, ok := d.agentName(k, lo); ok {
				// "China's top diplomat Wang Yi met Antony Blinken ...
				// The top diplomat": the person the noun named, though
				// another who may hold its title stands closer.
				return det, p, true
			}
		}
		if g, ok := d.markedGroup(k, lo); ok {
			return det, g, true
		}
		if singular {
			if g, ok := d.agentFor(k); ok {
				return det, g, true
			}
		}
	}
	return 0, Mention{}, false
}

// agentSingular reports whether token i is the head noun of a phrase
// naming one who acts for an actor (class agent_singulars: "official",
// "spokesman"), no noun after it ("an official statement" aside).
func (d bodyReader) agentSingular(i int) bool {
	if !isWord(english.AgentSingulars, strings.ToLower(d.Tokens[i].Text)) || !d.nounAt(i) {
		return false
	}
	return i+1 >= len(d.Tokens) || !text.POS(d.Tokens[i+1].POS).IsNoun()
}

// maxAgentName bounds how far after an agent noun a person's name may
// stand and still be its name ("the UN envoy for Libya Ana Ruiz").
const maxAgentName = 6

// agentName returns the person the agent noun at token k names, if it
// names one: a person's name follows it within maxAgentName tokens, over
// mentions of other actors, agent prepositions, determiners and commas
// ("UN envoy Ana Ruiz", "the UN envoy for Libya Ana Ruiz", "a U.S.
// official, Ana Ruiz,"), or its phrase stands in apposition to one ("Ana
// Ruiz, the UN envoy", "Wang Yi, China's top diplomat"): its noun
// phrase, as the phrase reader reads it (see Phrases.To), opens right
// after a comma that follows a person's name, after token lo.
func (d bodyReader) agentName(k, lo int) (Mention, bool) {
	person := func(j int) bool {
		n := d.MentionAt(j)
		return n >= 0 && d.Mentions[n].Type == Person
	}
	for j := k + 1; j < len(d.Tokens) && j <= k+maxAgentName; j++ {
		if person(j) {
			return d.Mentions[d.MentionAt(j)], true
		}
		if w := d.Tokens[j].Text; d.MentionAt(j) < 0 && w != "," && !isWord(english.AgentPrepositions, strings.ToLower(w)) && !d.determiner(j) {
			break
		}
	}
	// The closest comma before the noun's phrase, the phrase read by the
	// phrase reader from right after it ("Wang Yi, China's top diplomat").
	for j := k - 1; j > lo && j >= k-1-tokensPerModifier*maxModifiers; j-- {
		if d.Tokens[j].Text != "," || d.MentionAt(j) >= 0 {
			continue
		}
		if _, ok := d.Phrases().To(j+1, k); ok && person(j-1) {
			return d.Mentions[d.MentionAt(j-1)], true
		}
		break
	}
	return Mention{}, false
}

// titledBetween reports whether a person mention between tokens k and
// det holds a title that the agent noun w accepts ("Ambassador Ana Ruiz"
// for "the envoy"; see accepts): the closer person is the one meant.
func (d bodyReader) titledBetween(k, det int, w string) bool {
	titles := titleReader{d.Document}
	ms := d.Mentions
	for n := sort.Search(len(ms), func(n int) bool { return ms[n].First > k }); n < len(ms) && ms[n].First < det; n++ {
		if m := &ms[n]; m.Type == Person && accepts(titles.titleOf(m), w) {
			return true
		}
	}
	return false
}

// agentFor returns the actor that an agent preposition after the agent
// noun at token k names ("a spokesman for the African Union", "an envoy
// from Qatar"): an organization, or a country (a people stands for its
// country), after the preposition and at most a determiner and one
// lower-case modifier.
func (d bodyReader) agentFor(k int) (Mention, bool) {
	j := k + 1
	if j >= len(d.Tokens) || !isWord(english.AgentPrepositions, strings.ToLower(d.Tokens[j].Text)) {
		return Mention{}, false
	}
	j++
	if d.determiner(j) || j < len(d.Tokens) && isWord(english.IndefiniteArticles, strings.ToLower(d.Tokens[j].Text)) {
		j++
	}
	if j < len(d.Tokens) && d.MentionAt(j) < 0 && isLowerWord(d.Tokens[j].Text) {
		j++
	}
	if j >= len(d.Tokens) {
		return Mention{}, false
	}
	n := d.MentionAt(j)
	if n < 0 || d.Mentions[n].First != j {
		return Mention{}, false
	}
	g := d.Mentions[n]
	if g.Last+2 < len(d.Tokens) && d.Tokens[g.Last].Text == "-" {
		// "the NATO-led International Security Assistance Force": a
		// modifier; the actor is the name after it, if any.
		n = d.MentionAt(g.Last + 2)
		if n < 0 || d.Mentions[n].First != g.Last+2 {
			return Mention{}, false
		}
		g = d.Mentions[n]
	}
	switch {
	case g.Type == Org:
		return g, true
	case (g.Type == GPE || g.Type == NORP) && gazetteer.IsCountryID(g.CountryCode()):
		if g.Type == GPE && g.ID == g.CountryCode() {
			return g, true
		}
		return d.countryMention(g), true
	}
	return Mention{}, false
}

// earlierGroupNouns yields, latest first, the tokens before det that
// repeat the group noun at token i outside mentions, in i's sentence or
// the maxGroupSentences before, each with its sentence's first token.
func (d bodyReader) earlierGroupNouns(i, det int) iter.Seq2[int, int] {
	return func(yield func(k, lo int) bool) {
		lw := strings.ToLower(d.Tokens[i].Text)
		sent := d.sentenceOf(i)
		for s := sent; s >= 0 && s >= sent-maxGroupSentences; s-- {
			lo, hi := d.Sentences[s].First, d.Sentences[s].Last
			if s == sent {
				hi = det
			}
			for k := min(hi, len(d.Tokens)) - 1; k >= lo; k-- {
				if strings.ToLower(d.Tokens[k].Text) == lw && d.MentionAt(k) < 0 && !yield(k, lo) {
					return
				}
			}
		}
	}
}

// markedGroup returns the actor the group noun at token k belongs to:
// the country a nationality or a country marks it with (see
// countryMarked), else the organization or the actor of the possessive
// written before it ("EU diplomats", "its troops"; see ownerMarked).
func (d bodyReader) markedGroup(k, lo int) (Mention, bool) {
	if m, ok := d.countryMarked(k, lo); ok {
		return m, true
	}
	return d.ownerMarked(k, lo)
}

// ownerMarked returns the organization that marks the group noun at token
// k ("EU diplomats", "UN peacekeepers": the organization's mention ends
// just before the noun or one lower-case modifier of it, at or after
// token lo), or the actor a possessive pronoun just before it refers to
// ("its troops"; a speaker's "our troops" is left to the quotation). A
// group of people held by another (class held_plurals: "Hamas hostages",
// "their prisoners") belongs to neither: they name its holder.
func (d bodyReader) ownerMarked(k, lo int) (Mention, bool) {
	if isWord(english.HeldPlurals, strings.ToLower(d.Tokens[k].Text)) {
		return Mention{}, false
	}
	b := k - 1
	if b < lo {
		return Mention{}, false
	}
	if b > lo && d.Phrases().Modifier(b) {
		b--
	}
	if n := d.MentionAt(b); n >= 0 {
		if g := d.Mentions[n]; g.Last == b+1 && g.Type == Org {
			return g, true
		}
		return Mention{}, false
	}
	if b == k-1 && isWord(english.ReferringPossessives, strings.ToLower(d.Tokens[b].Text)) && !isWord(english.SpeakerPronouns, strings.ToLower(d.Tokens[b].Text)) {
		return d.Referent(b)
	}
	return Mention{}, false
}

// countryMarked returns the country a nationality or a country marks the
// group noun at token k with ("Egyptian policemen", "Kenyan border
// police", "Spain's police" aside): the mention ends just before the noun
// or before one lower-case modifier of it, at or after token lo.
func (d bodyReader) countryMarked(k, lo int) (Mention, bool) {
	b := k - 1
	if b < lo {
		return Mention{}, false
	}
	if b > lo && d.Phrases().Modifier(b) {
		b--
	}
	n := d.MentionAt(b)
	if n < 0 {
		return Mention{}, false
	}
	g := d.Mentions[n]
	if g.Last != b+1 || g.Type != NORP && g.Type != GPE || !gazetteer.IsCountryID(g.CountryCode()) {
		return Mention{}, false
	}
	if g.Type == GPE && g.ID == g.CountryCode() {
		return g, true
	}
	return d.countryMention(g), true
}

// institutionRef resolves the phrase whose head is token i when it is a
// bare body reference (see bodyReferent), a repeated group noun (see
// groupReferent), a country shortened to its compass word ("the North":
// see compassReferent) or an organization to a word of its name ("the
// Tigers": see shortOrgReferent): the phrase's first token and the actor.
func (d bodyReader) institutionRef(i int) (first int, m Mention, ok bool) {
	if first, _, ok := d.bodyReference(i); ok {
		if m, ok := d.bodyReferent(i); ok {
			return first, m, true
		}
	}
	if first, m, ok := d.groupReferent(i); ok {
		return first, m, true
	}
	if first, m, ok := d.compassReferent(i); ok {
		return first, m, true
	}
	return d.shortOrgReferent(i)
}
