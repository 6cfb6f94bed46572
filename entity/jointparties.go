package entity

import (
	"slices"
	"strings"

	"github.com/geoextract/geoextract/internal/english"
	"github.com/geoextract/geoextract/internal/text"
)

// jointReader finds the joint parties of a Document: the actors that
// meet, talk or sign together with a subject ("X met Y" ... "the two
// sides"). It only reads the Document; safe for concurrent use. The zero
// value has no Document and must not be used.
type jointReader struct{ *Document }

// maxJointBack is how many sentences before its own jointParties reads
// for a joint event: the pronoun's sentence and the one before.
const maxJointBack = 1

// maxClauseLead bounds how many words (prepositions, adverbs) may stand
// between a clause's start and a plural pronoun that leads it ("During
// their meeting", "Later they").
const maxClauseLead = 2

// jointParties resolves a plural pronoun at token i to the parties of a
// joint event (data/jointevents.txt: a meeting, talks, a visit, a call,
// an agreement) that its sentence, before it, or the one before
// reports between two or more named actors (issue #10): "Wang called on
// Mahathir on the first visit by a Chinese leader. They discussed trade"
// gives Wang and Mahathir. The parties are those of the closest event
// (see eventParties): the last group of coordinated actors of the
// event's sentence, or else coordinated nationalities, or else the
// sentence's subject and the actor its verb acts on or with; a group
// after a verb takes the verb's subject too (see withSubject). People stay
// people: "they" are the ones who met, not their countries.
//
// The pronoun must lead its clause (see leadsClause), stand outside a
// quotation (quotedOther owns those), and have no plural noun and no
// other group (an organization or a people that is no party) before it in
// its own sentence, nor a plural noun between the parties and it that it
// may refer to instead (see otherPlural). A sentence with the event but
// no parties leaves it to the sentence before; none leaves the pronoun
// unresolved, unless a pronoun resolved so opens one of the two sentences
// before (see jointPartiesChain). With no tags it reports false. Like Referent it only reads
// the Document.
func (d jointReader) jointParties(sent, i int) ([]Mention, bool) {
	return d.jointPartiesChain(sent, i, true)
}

// jointPartiesChain is jointParties; with chain, a plural pronoun that
// opens one of the maxJointChain sentences before and that jointParties
// resolves (without chain) hands its parties on, when neither a plural
// noun between nor a group before the pronoun in its sentence stands in
// the way: "Wang called on Mahathir on his visit. They discussed trade.
// They also agreed ...".
func (d jointReader) jointPartiesChain(sent, i int, chain bool) ([]Mention, bool) {
	if sent < 0 || i < 0 || i >= len(d.Tokens) || (chainReader{d.Document}).inQuotation(i) || !d.leadsClause(sent, i) {
		return nil, false
	}
	if ms, ok := d.jointPartiesOf(sent, i); ok || !chain {
		return ms, ok
	}
	for s := sent - 1; s >= 0 && s >= sent-maxJointChain; s-- {
		k := d.Sentences[s].First
		if k >= d.Sentences[s].Last || !isWord(english.PluralPronouns, strings.ToLower(d.Tokens[k].Text)) || d.MentionAt(k) >= 0 {
			continue
		}
		if ms, ok := d.jointPartiesChain(s, k, false); ok && !d.groupBefore(sent, i, ms) && !(pluralReader{d.Document}).otherPluralBut(k+1, i, d.jointEventAt) {
			return ms, true
		}
		return nil, false
	}
	return nil, false
}

// maxJointChain is how many sentences back jointPartiesChain reads for a
// plural pronoun resolved to a joint event's parties.
const maxJointChain = 2

// jointPartiesOf resolves a plural pronoun at token i, leading its clause
// outside quotations, to the parties of the joint event its sentence or
// the one before reports (see jointParties).
func (d jointReader) jointPartiesOf(sent, i int) ([]Mention, bool) {
	for s := sent; s >= 0 && s >= sent-maxJointBack; s-- {
		limit := i
		if s != sent {
			limit = d.Sentences[s].Last
		}
		ms, ok := d.jointGroup(s, limit)
		if !ok || !d.jointEvent(s, ms[0].First-maxPartnerReach, min(ms[len(ms)-1].Last+maxPartnerReach, limit)) {
			continue
		}
		if ms, ok = d.withSubject(s, ms); !ok {
			return nil, false // "The team met A and B": a party is unnamed
		}
		if d.groupBefore(sent, i, ms) || (pluralReader{d.Document}).otherPluralBut(ms[len(ms)-1].Last, i, d.jointEventAt) {
			return nil, false
		}
		return ms, true
	}
	return nil, false
}

// jointGroup returns the parties of the event sentence s reports before
// token limit: its last group of coordinated actors, or else of
// coordinated nationalities, or else its subject and partner (see
// eventPair, loose: "called on Mahathir", "signed a treaty with China").
func (d jointReader) jointGroup(s, limit int) ([]Mention, bool) {
	if gs := (pluralReader{d.Document}).coordinatedGroups(s, limit); len(gs) > 0 {
		return gs[len(gs)-1], true
	}
	if g, ok := (pluralReader{d.Document}).coordinatedPeoples(s, limit); ok {
		return g, true
	}
	return pluralReader{d.Document}.eventPair(s, limit, true)
}

// withSubject completes the group g of sentence s with the subject of
// the verb before it: a group with no verb before it (the subject itself)
// or after a party preposition ("talks between A and B") is all the
// parties; a group after a verb is the verb's partners, and the
// sentence's first actor, no verb before it, is one more party ("Wang met
// A and B": Wang, A and B). With no such actor a party is unnamed ("The
// team met A and B"), and withSubject reports false.
func (d jointReader) withSubject(s int, g []Mention) ([]Mention, bool) {
	k := g[0].First - 1
	for k >= d.Sentences[s].First && d.determiner(k) {
		k--
	}
	if !(chainReader{d.Document}).verbBefore(s, g[0].First) || k >= d.Sentences[s].First && isWord(english.PartyPrepositions, strings.ToLower(d.Tokens[k].Text)) {
		return g, true
	}
	subj, ok := d.firstMention(s, g[0].First, coordActor)
	if !ok || (chainReader{d.Document}).verbBefore(s, subj.First) {
		return nil, false
	}
	if slices.ContainsFunc(g, func(o Mention) bool { return sameActor(&o, &subj) }) {
		return g, true
	}
	return append([]Mention{subj}, g...), true
}

// jointEvent reports whether sentence s names a joint event between
// tokens lo and hi: a joint event word (see jointEventAt) outside any mention.
// The parties stand near it (lo and hi are the parties' span widened by
// maxPartnerReach): "the U.S.-Canada border" far from the talks is no
// party to them.
func (d jointReader) jointEvent(s, lo, hi int) bool {
	for k := max(lo, d.Sentences[s].First); k < hi && k < d.Sentences[s].Last; k++ {
		if d.MentionAt(k) < 0 && d.jointEventAt(k) {
			return true
		}
	}
	return false
}

// leadsClause reports whether the pronoun at token i leads its clause:
// it opens sentence sent, or follows a clause boundary (a comma, a
// subordinator, a clause opener or joiner, a reporting verb), with at most
// maxClauseLead prepositions and adverbs between ("During their meeting",
// "and later they"). With no tags it reports false.
func (d jointReader) leadsClause(sent, i int) bool {
	first := d.Sentences[sent].First
	for k := i - 1; k >= first-1; k-- {
		if k < first {
			return true
		}
		w := strings.ToLower(d.Tokens[k].Text)
		cs := classesOf(w)
		if w == "," || w == ";" || cs.Has(english.Subordinators) || cs.Has(english.ClauseOpeners) || cs.Has(english.ClauseJoiners) || cs.Has(english.ReportVerbs) {
			return true
		}
		p := text.POS(d.Tokens[k].POS)
		if i-k > maxClauseLead || d.MentionAt(k) >= 0 || p != text.IN && p != text.RB {
			return false
		}
	}
	return false
}

// groupBefore reports whether a plural noun the pronoun at token i may
// refer to (see otherPlural; the event's own nouns, "talks", aside) or a
// group that is none of the parties ms (an organization that is no news
// agency, a people written as a plural noun) stands before the pronoun in
// its sentence sent.
func (d jointReader) groupBefore(sent, i int, ms []Mention) bool {
	if (pluralReader{d.Document}).otherPluralBut(d.Sentences[sent].First, i, d.jointEventAt) {
		return true
	}
	lo, hi := d.sentenceMentions(sent)
	for k := lo; k < hi; k++ {
		m := &d.Mentions[k]
		if m.Sentence != sent || m.Last > i {
			continue
		}
		switch {
		case m.Type == Org && !isWord(english.ReporterKinds, string(m.Kind)):
		case m.Type == NORP && (text.POS(d.Tokens[m.Last-1].POS) == text.NNPS || text.POS(d.Tokens[m.Last-1].POS) == text.NNS):
		default:
			continue
		}
		if !slices.ContainsFunc(ms, func(o Mention) bool { return sameActor(&o, m) || o.First == m.First }) {
			return true
		}
	}
	return false
}

// subjectsPossessive resolves a plural possessive at token i ("their") to
// the actors Referents gives the closest plural subject pronoun before it
// in its sentence sent ("they"), when that pronoun leads its clause and
// no actor, people or quotation mark stands between them: "They discussed
// trade issues at their meeting" (a possessive mostly goes with its
// clause's subject, nouns between aside).
func (d jointReader) subjectsPossessive(sent, i int) ([]Mention, bool) {
	cs := classesOf(strings.ToLower(d.Tokens[i].Text))
	if sent < 0 || !cs.Has(english.PluralPronouns) || !cs.Has(english.ReferringPossessives) || (chainReader{d.Document}).inQuotation(i) {
		return nil, false
	}
	for j := i - 1; j >= d.Sentences[sent].First; j-- {
		if d.MentionAt(j) >= 0 || isQuote(d.Tokens[j].Text) {
			return nil, false
		}
		js := classesOf(strings.ToLower(d.Tokens[j].Text))
		if !js.Has(english.PluralPronouns) {
			continue
		}
		if !js.Has(english.SubjectPronouns) || !d.leadsClause(sent, j) {
			return nil, false
		}
		return d.Referents(j)
	}
	return nil, false
}

// jointEventAt reports whether token k is a word of class joint_events
// ("met", "talks", "visit").
func (d jointReader) jointEventAt(k int) bool {
	return isWord(english.JointEvents, strings.ToLower(d.Tokens[k].Text))
}
