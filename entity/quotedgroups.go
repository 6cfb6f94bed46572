package entity

import (
	"strings"

	"github.com/geoextract/geoextract/internal/english"
	"github.com/geoextract/geoextract/internal/text"
)

// maxQuotedOtherBack is how many sentences before a quotation
// quotedOther reads for the other side.
const maxQuotedOtherBack = 2

// quotedOther resolves a plural pronoun at token i inside a quotation
// whose speaker is known to the other side the speaker speaks of (issue
// #10): in a quotation "they" and "them" are seldom the speaker's own,
// who says "we". The other side is the first group actor that is not
// the speaker's (an organization, a country or a country's own
// nationality, of another country than the speaker's) named in the
// quotation before the pronoun, or else in the closest of the two
// sentences before the quotation that names one: "A State Department
// official said Iran has restarted its program. \"If they have ...,\" the
// official said" gives Iran. A nationality that describes a person ("German
// Foreign Minister Joschka Fischer") is the person's, no group; a news
// agency is no side. It reports false when the speaker is unknown, when
// no such actor stands there, or when a plural common noun stands between
// the actor and the pronoun ("Refugees are not terrorists. They are ...":
// see pluralNounBetween). Like Referent it only reads the Document.
func (d quoteReader) quotedOther(i int) (Mention, bool) {
	if i < 0 || i >= len(d.Tokens) {
		return Mention{}, false
	}
	cs := classesOf(strings.ToLower(d.Tokens[i].Text))
	if !cs.Has(english.PluralPronouns) || !cs.Has(english.SubjectPronouns) && !cs.Has(english.ReferringPossessives) {
		return Mention{}, false // "as we understand them": an object is mostly a thing
	}
	open, ok := d.quoteOpening(i)
	if !ok {
		return Mention{}, false
	}
	if _, ok := d.quoteClosing(i); !ok {
		return Mention{}, false
	}
	sp, ok := d.speaker(i)
	if !ok {
		return Mention{}, false
	}
	own := sp.CountryCode()
	other := func(k int) (Mention, bool) {
		m := &d.Mentions[k]
		cc := m.CountryCode()
		switch {
		case sameActor(m, &sp), own != "" && cc == own && (m.Type != Org || isWord(english.StateOrganKinds, string(m.Kind))), descriptionReader{d.Document}.dateline(m), d.nextTo(m, &sp):
			return Mention{}, false
		case m.Type == Org && !isWord(english.ReporterKinds, string(m.Kind)):
			return *m, true
		case m.Type == GPE && m.ID != "" && m.ID == cc:
			return *m, true
		case m.Type == NORP && m.ID != "" && m.ID == cc && !d.describesPerson(k):
			return d.countryMention(*m), true
		}
		return Mention{}, false
	}
	first := func(lo, hi int) (Mention, bool) {
		a, _ := d.sentenceMentions(d.sentenceOf(lo))
		_, b := d.sentenceMentions(d.sentenceOf(hi - 1))
		for k := a; k < b; k++ {
			m := &d.Mentions[k]
			if m.First < lo || m.Last > hi {
				continue
			}
			if o, ok := other(k); ok {
				if d.pluralNounBetween(k, i) {
					// "Refugees are not terrorists. They ...", "These
					// visa bans ... Will they": a thing or people of
					// their own stand closer.
					return Mention{}, false
				}
				return o, true
			}
		}
		return Mention{}, false
	}
	if m, ok := first(open, i); ok {
		return m, true
	}
	qs := d.sentenceOf(open)
	for s := qs - 1; s >= 0 && s >= qs-maxQuotedOtherBack; s-- {
		if m, ok := first(d.Sentences[s].First, d.Sentences[s].Last); ok {
			return m, true
		}
	}
	return Mention{}, false
}

// pluralNounBetween reports whether a plural common noun stands between
// mention k and token i, other than the nouns the mention marks ("Egyptian
// authorities") and nouns of spans of time (class time_plurals).
func (d quoteReader) pluralNounBetween(k, i int) bool {
	lo := d.Mentions[k].Last
	if n, ok := d.pluralNounsIn(lo, i); ok {
		// Tag's index counts them (see Index); a noun the mention
		// marks stands right after it, or after one modifier.
		for j := lo; j < i && j < lo+2 && n > 0; j++ {
			if q, _ := d.pluralNounsIn(j, j+1); q > 0 && (groupReader{d.Document}).markerBefore(j) == k {
				n--
			}
		}
		return n > 0
	}
	for j := lo; j < i; j++ {
		if text.POS(d.Tokens[j].POS) != text.NNS || d.MentionAt(j) >= 0 || isWord(english.TimePlurals, strings.ToLower(d.Tokens[j].Text)) {
			continue
		}
		if (groupReader{d.Document}).markerBefore(j) == k {
			continue
		}
		return true
	}
	return false
}

// describesPerson reports whether the mention k is followed in its
// sentence by a person's name with only title words and capitalized
// words between ("German Foreign Minister Joschka Fischer").
func (d quoteReader) describesPerson(k int) bool {
	m := &d.Mentions[k]
	s := d.sentenceOf(m.First)
	if s < 0 {
		return false
	}
	for j := m.Last; j < d.Sentences[s].Last && j < len(d.Tokens) && j < m.Last+maxModifiers+2; j++ {
		if n := d.MentionAt(j); n >= 0 {
			return d.Mentions[n].Type == Person
		}
		w := d.Tokens[j].Text
		if !isWord(english.PersonTitleWords, strings.ToLower(w)) && isLowerWord(w) {
			return false
		}
	}
	return false
}

// maxSpeakerBody is how many tokens may stand between a speaker and the
// body named beside it ("Gennady Selyeznov, chairman of the State Duma").
const maxSpeakerBody = 8

// nextTo reports whether mention m stands beside the speaker sp in its
// sentence, with at most maxSpeakerBody tokens and no verb between ("IAEA
// chief Mohamed ElBaradei", "Selyeznov, chairman of the State Duma"):
// the body the speaker belongs to.
func (d quoteReader) nextTo(m, sp *Mention) bool {
	if m.Sentence != sp.Sentence || sp.Last == 0 {
		return false
	}
	lo, hi := m.Last, sp.First
	if sp.First < m.First {
		lo, hi = sp.Last, m.First
	}
	if hi-lo > maxSpeakerBody || lo > hi {
		return false
	}
	for k := lo; k < hi; k++ {
		if text.POS(d.Tokens[k].POS).IsVerb() {
			return false
		}
	}
	return true
}
