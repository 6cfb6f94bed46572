package entity

import (
	"strings"

	"github.com/geoextract/geoextract/internal/english"
	"github.com/geoextract/geoextract/internal/text"
)

// The plural subject a pronoun goes on with (issue #10). Read from the
// parts of speech only; the words it knows are the classes
// plural_pronouns, subject_pronouns and referring_possessives.

// maxTheirReach bounds how many tokens may stand between a verb and a
// "their" in its clause for subjectGroup; maxComplementGap how many
// between a verb and the "they" that opens its complement ("said that
// they"); maxParenthetical how long a phrase set off by commas between a
// subject and its verb may be.
const (
	maxTheirReach    = 8
	maxComplementGap = 2
	maxParenthetical = 8
)

// subjectGroup resolves the plural pronoun at token i to the group that
// the subject of its clause names, when the pronoun stands where a
// clause's own subject is read on:
//
//   - "their" after the verb of its clause, with no comma, verb, pronoun,
//     plural noun or actor between ("EU foreign ministers confirmed their
//     commitment", "the two sides exchanged fire along their border");
//   - "they" opening the complement of that verb ("EU foreign ministers,
//     meeting in Luxembourg, said they had");
//   - "they" opening its sentence (or after an opening phrase with no verb
//     or actor: "Today, they"), for the subject of the sentence before,
//     the noun before its first finite verb ("JEM rebels walked out of
//     the talks. They also ..."); when that subject is a person, who is
//     no "they", the person and the person the verb acts on or with (see
//     eventPair: "Wang called on Mahathir. They discussed ...").
//
// The subject is the noun phrase that ends before the verb (past its
// adverbs, modals and chain, and one phrase set off by commas with no
// finite verb); its head is a plural common noun no mention covers. The
// group is what the phrase names: the actors of a plural description
// (see Referents: "the two sides", "the leaders"), else the actor that
// marks the noun ("EU foreign ministers": the EU; "Russian
// peacekeepers", "Kenyan police": the country). It stays unresolved for
// an unmarked group ("Protesters said they"), a marker coordinated with
// another ("government and MILF officials"), a people of no country of
// its own ("Tigrayan forces"), a hyphenated compound ("Turkey-backed
// officials": backed, not led, by Turkey), a pronoun in a quotation (it
// mostly names the speaker's opponents) and an object pronoun ("captured
// them"). Like Referent it only reads the Document, is safe for
// concurrent use and takes time bounded by a few sentences' tokens.
func (d *Document) subjectGroup(i int) ([]Mention, bool) {
	if i < 0 || i >= len(d.Tokens) {
		return nil, false
	}
	cs := classesOf(strings.ToLower(d.Tokens[i].Text))
	possessive := cs.Has(english.ReferringPossessives)
	if !cs.Has(english.PluralPronouns) || !possessive && !cs.Has(english.SubjectPronouns) {
		return nil, false
	}
	s := d.sentenceOf(i)
	if s < 0 || d.inQuotation(i) {
		return nil, false
	}
	first := d.Sentences[s].First
	if !possessive && d.opensAfterAdverbial(first, i) {
		if possessive || s == 0 || d.quotedSentence(s-1) {
			return nil, false
		}
		ps := d.Sentences[s-1]
		for v := ps.First; v < ps.Last && v < len(d.Tokens) && v < ps.First+maxLeadReach; v++ {
			if finite(text.POS(d.Tokens[v].POS)) {
				if gs, ok := d.groupOf(d.subjectHead(ps.First, v)); ok {
					return gs, true
				}
				break
			}
		}
		// "Wang called on Mahathir. They discussed ...": one person
		// is no "they"; the person and the one the verb met are.
		if ms, ok := d.eventPair(s-1, ps.Last); ok && ms[0].Type == Person && ms[1].Type == Person {
			return ms, true
		}
		return nil, false
	}
	reach, gap := maxComplementGap, func(p text.POS) bool { return p == text.IN || p == text.DT || p == text.WDT || p == text.RB }
	if possessive {
		reach, gap = maxTheirReach, func(p text.POS) bool {
			return p != text.NNS && p != text.NNPS && p != text.PRP && p != text.PRPS
		}
	}
	for k := i - 1; k >= first && k >= i-reach-1; k-- {
		p := text.POS(d.Tokens[k].POS)
		if p.IsVerb() {
			return d.groupOf(d.subjectHead(first, k))
		}
		if d.MentionAt(k) >= 0 || d.Tokens[k].Text == "," || !gap(p) {
			return nil, false
		}
	}
	return nil, false
}

// maxOpener bounds the adverbial phrase before a sentence's subject that
// opensAfterAdverbial skips ("Today,", "Just days before that,").
const maxOpener = 8

// opensAfterAdverbial reports whether token i opens the sentence that
// starts at token first, or follows only a phrase with no verb and no
// actor closed by a comma ("Today, they", "In March, they").
func (d *Document) opensAfterAdverbial(first, i int) bool {
	if i == first {
		return true
	}
	if i-first > maxOpener+1 || d.Tokens[i-1].Text != "," {
		return false
	}
	for k := first; k < i-1; k++ {
		if text.POS(d.Tokens[k].POS).IsVerb() || d.MentionAt(k) >= 0 || d.Tokens[k].Text == "," || isQuote(d.Tokens[k].Text) {
			return false
		}
	}
	return true
}

// subjectHead returns the last token of the subject of the verb at token
// v, in the sentence that starts at token first: back past adverbs,
// modals, "to" and the verbs of its chain, and past one phrase set off by
// commas with no finite verb (", meeting in Luxembourg,"); -1 when no
// noun ends there.
func (d *Document) subjectHead(first, v int) int {
	k := v - 1
	skipped := false
	for k >= first {
		p := text.POS(d.Tokens[k].POS)
		if p.IsVerb() || p == text.RB || p == text.MD || p == text.TO {
			k--
			continue
		}
		if d.Tokens[k].Text != "," || skipped {
			break
		}
		j := k - 1
		for j >= first && j > k-maxParenthetical && d.Tokens[j].Text != "," {
			j--
		}
		if j < first || d.Tokens[j].Text != "," || j+1 >= k {
			return -1
		}
		for q := j + 1; q < k; q++ {
			if p := text.POS(d.Tokens[q].POS); p.IsVerb() && p != text.VBG && p != text.VBN || p == text.MD {
				return -1 // a clause of its own
			}
		}
		k, skipped = j-1, true
	}
	if k < first || !text.POS(d.Tokens[k].POS).IsNoun() {
		return -1
	}
	return k
}

// groupOf returns the actors of the plural noun phrase whose head is
// token k (see subjectGroup).
func (d *Document) groupOf(k int) ([]Mention, bool) {
	if k < 0 || k >= len(d.Tokens) {
		return nil, false
	}
	if ms, ok := d.genitiveGroup(k); ok {
		return ms, true
	}
	if text.POS(d.Tokens[k].POS) != text.NNS || d.MentionAt(k) >= 0 {
		return nil, false
	}
	if ms, ok := d.Referents(k); ok && len(ms) > 0 {
		return ms, true // "the two sides", "the leaders"
	}
	if d.compoundBefore(k) {
		return nil, false
	}
	b := d.markerBefore(k)
	if b < 0 {
		return nil, false
	}
	return d.markGroup(b)
}

// markGroup returns the group the mention b marks: an organization, or
// the country of a country or its own nationality (see groupOf).
func (d *Document) markGroup(b int) ([]Mention, bool) {
	m := d.Mentions[b]
	if j := m.First - 1; j >= 0 && isWord(english.Conjunction, strings.ToLower(d.Tokens[j].Text)) {
		return nil, false // "government and MILF officials": more than the one marked
	}
	switch cc := mentionCountry(&m); {
	case m.Type == Org:
		return []Mention{m}, true
	case (m.Type == NORP || m.Type == GPE) && isCountryID(cc) && m.ID == cc:
		// A country or its own nationality; a people of their own
		// ("Tigrayan forces", "Kurdish fighters") is no country's group.
		if m.Type == GPE {
			return []Mention{m}, true
		}
		return []Mention{d.countryMention(m)}, true
	}
	return nil, false
}

// finite reports whether p is the tag of a finite verb or a modal: the
// verb of a main clause, not a participle that opens a phrase before it
// ("Wrapping up the session, officials announced").
func finite(p text.POS) bool {
	return p == text.VBD || p == text.VBZ || p == text.VBP || p == text.MD
}

// genitiveGroup reads a subject whose plural head (of class plural_heads
// or group_plurals: leaders, officials, troops) a genitive complement
// follows, ending at token k ("Leaders of the island nation", "officials
// of Hamas", "officials of the two countries"): the complement's actors, a
// mention (as markGroup reads it) or a description that Referent or
// Referents resolves. The complement holds only determiners, adjectives,
// nouns and names, at most maxModifiers of them.
func (d *Document) genitiveGroup(k int) ([]Mention, bool) {
	s := d.sentenceOf(k)
	if s < 0 {
		return nil, false
	}
	first := d.Sentences[s].First
	g := -1
	for j := k - 1; j > first && j >= k-maxModifiers-1; j-- {
		if isWord(english.GenitiveMarker, strings.ToLower(d.Tokens[j].Text)) {
			g = j
			break
		}
		if p := text.POS(d.Tokens[j].POS); !p.IsNoun() && !p.IsAdjective() && p != text.DT && p != text.CD && p != text.POSS && d.MentionAt(j) < 0 {
			return nil, false
		}
	}
	if g < 0 || text.POS(d.Tokens[g-1].POS) != text.NNS || d.MentionAt(g-1) >= 0 {
		return nil, false
	}
	if h := strings.ToLower(d.Tokens[g-1].Text); pluralHeads[h] == "" && !isWord(english.GroupPlurals, h) {
		return nil, false // "residents of Nairobi": people, not the state's
	}
	if b := d.MentionAt(k); b >= 0 {
		if d.Mentions[b].Last != k+1 || d.Mentions[b].First != g+1 && !d.determiner(g+1) {
			return nil, false
		}
		return d.markGroup(b)
	}
	if ms, ok := d.Referents(k); ok && len(ms) > 0 {
		return ms, true // "officials of the two countries"
	}
	if m, ok := d.Referent(k); ok && (m.Type == Org || m.Type == GPE && m.ID != "" && m.ID == m.Country) {
		return []Mention{m}, true // "Leaders of the island nation"
	}
	return nil, false
}
