package entity

import (
	"iter"
	"sort"
	"strings"

	"github.com/geoextract/geoextract/internal/english"
	"github.com/geoextract/geoextract/internal/text"
)

// chainReader follows the pronoun chains of a Document: a pronoun's
// backward search through the sentences before it, the descriptions,
// subjects and speakers it passes, and the pronouns already resolved that
// it goes on from. It only reads the Document; safe for concurrent use.
// The zero value has no Document and must not be used.
type chainReader struct{ *Document }

// Pronoun chains. News names a person, describes the person next ("The
// minister called for ..."), quotes the person at length and goes on with
// a pronoun ("He accused ..."). A pronoun's backward search therefore
// reads a description of a person that Referent resolves as a mention of
// that person where the description stands, ranked as a mention is
// (subject first, then recency, then agreement), and it passes over the
// sentences that lie wholly inside a quotation without counting them
// against its window.

// maxLookBack is how many sentences before a pronoun's own, outside
// quotations, its search reads.
const maxLookBack = 3

// maxQuotedSkip bounds how many sentences wholly inside quotations the
// search passes over uncounted: a long quotation still ends the window.
const maxQuotedSkip = 6

// lookBack yields the sentences before sent that a pronoun's search
// reads, closest first: the maxLookBack closest that lie outside
// quotations and the quoted ones among them (at most maxQuotedSkip of
// those go uncounted).
func (d chainReader) lookBack(sent int) iter.Seq[int] {
	return func(yield func(int) bool) {
		outside, quoted := 0, 0
		for s := sent - 1; s >= 0 && s < len(d.Sentences) && outside < maxLookBack; s-- {
			if !yield(s) {
				return
			}
			if quoted < maxQuotedSkip && d.quotedSentence(s) {
				quoted++
				continue
			}
			outside++
		}
	}
}

// quotedSentence reports whether sentence s lies wholly inside one
// quotation: its words stand after an opening quote mark of its line and
// before the closing one, with no quote mark between (`"We will act. Our
// forces are ready."` is two such sentences; `"We will act," Lee said.` is
// none).
func (d chainReader) quotedSentence(s int) bool {
	if s < 0 || s >= len(d.Sentences) {
		return false
	}
	se := d.Sentences[s]
	f, l := se.First, min(se.Last, len(d.Tokens))-1
	for f <= l && isQuote(d.Tokens[f].Text) {
		f++
	}
	for l >= f && isQuote(d.Tokens[l].Text) {
		l--
	}
	if f > l {
		return false
	}
	if _, ok := (quoteReader{d.Document}).quoteOpening(f); !ok {
		return false
	}
	close, ok := quoteReader{d.Document}.quoteClosing(f)
	return ok && close > l
}

// maxDescriptionReach bounds how many tokens of a sentence lastPerson
// and firstPerson read for descriptions of people, so that a pronoun
// costs a bounded time in a very long sentence.
const maxDescriptionReach = 60

// personDescriptionAt reports whether token k heads a description of a
// person that Referent resolves to a person ("the minister", "the
// Iranian foreign minister", "his counterpart"), and returns where the
// description starts and that person's mention. A description that goes
// on to name the person ("the minister, Ana Ruiz"), or that is part of a
// name, is none: the name is the mention.
func (d chainReader) personDescriptionAt(k int) (first int, ref Mention, ok bool) {
	lw := strings.ToLower(d.Tokens[k].Text)
	cs := classesOf(lw)
	if !(cs.Has(english.PersonTitleHeads) || cs.Has(english.PersonNouns) || cs.Has(english.PersonRoleNouns)) ||
		cs.Has(english.StateDescriptionNouns) || d.MentionAt(k) >= 0 {
		return 0, Mention{}, false
	}
	det, _, _, poss, ok := descriptionReader{d.Document}.personDescriptionParts(k)
	if !ok || d.MentionAt(det) >= 0 || k+1 < len(d.Tokens) && d.MentionAt(k+1) >= 0 {
		return 0, Mention{}, false
	}
	if _, _, _, ok := (resolver{d.Document}).personReference(k); !ok {
		return 0, Mention{}, false
	}
	r, ok := d.Referent(k)
	if !ok || r.Type != Person {
		return 0, Mention{}, false
	}
	if poss {
		det++ // "his counterpart": the possessive is a reference of its own
	}
	return det, r, true
}

// lastPerson is lastMention for a person pronoun's search: the last
// mention, or description of a person resolved to one (its referent is
// returned; see personDescriptionAt), of sentence s before token limit
// that want accepts. Descriptions are read in the maxDescriptionReach
// tokens before limit.
func (d chainReader) lastPerson(s, limit int, want func(*Mention) bool) (Mention, bool) {
	m, ok := d.lastMention(s, limit, want)
	if s < 0 || s >= len(d.Sentences) {
		return m, ok
	}
	lo := max(d.Sentences[s].First, limit-maxDescriptionReach)
	if ok {
		lo = max(lo, m.Last)
	}
	for k := min(limit, d.Sentences[s].Last, len(d.Tokens)) - 1; k >= lo; k-- {
		if first, r, found := d.personDescriptionAt(k); found && first >= lo && want(&r) {
			return r, true
		}
	}
	return m, ok
}

// firstPerson is firstMention for a person pronoun's search (see
// lastPerson); it also returns where the mention or description starts.
// Descriptions are read in the sentence's first maxDescriptionReach
// tokens.
func (d chainReader) firstPerson(s, limit int, want func(*Mention) bool) (m Mention, at int, ok bool) {
	m, ok = d.firstMention(s, limit, want)
	at = m.First
	if s < 0 || s >= len(d.Sentences) {
		return m, at, ok
	}
	hi := min(limit, d.Sentences[s].Last, len(d.Tokens), d.Sentences[s].First+maxDescriptionReach)
	if ok {
		hi = min(hi, m.First)
	}
	for k := d.Sentences[s].First; k < hi; k++ {
		if first, r, found := d.personDescriptionAt(k); found && want(&r) {
			return r, first, true
		}
	}
	return m, at, ok
}

// closestPerson is closest for a person pronoun: the last person (see
// lastPerson) before token i in sentence sent, or else in the sentences
// lookBack gives.
func (d chainReader) closestPerson(sent, i int, want func(*Mention) bool) (Mention, bool) {
	if m, ok := d.lastPerson(sent, i, want); ok {
		return m, true
	}
	for s := range d.lookBack(sent) {
		if m, ok := d.lastPerson(s, d.Sentences[s].Last, want); ok {
			return m, true
		}
	}
	return Mention{}, false
}

// previousPersonSubject is previousSubject for a person pronoun: when
// sentence sent names no person want accepts before token i, the subject
// of the sentence before it outside quotations (a description of a person
// counting as its mention: "The minister called for ... . "...." He
// accused ..."), when it stands before that sentence's first verb.
func (d chainReader) previousPersonSubject(sent, i int, want func(*Mention) bool) (Mention, bool) {
	if sent < 1 || sent >= len(d.Sentences) {
		return Mention{}, false
	}
	if _, _, ok := d.firstPerson(sent, i, want); ok {
		return Mention{}, false
	}
	s := -1
	for b := range d.lookBack(sent) {
		s = b
		if !d.quotedSentence(b) {
			break
		}
	}
	if s < 0 || d.quotedSentence(s) {
		return Mention{}, false
	}
	m, at, ok := d.firstPerson(s, d.Sentences[s].Last, want)
	if c, k, found := d.chainedSubject(s, d.Sentences[s].Last, english.PersonPronouns, want); found && (!ok || k < at) {
		// "He said ... . He also accused ...": the first "he", resolved
		// before, is the subject the second goes on with.
		m, at, ok = c, k, true
	}
	if sp, found := d.quotedSpeaker(s, want); found && !d.inQuotation(i) {
		// "\"...,\" Wang said. He added ...": the sentence is a
		// quotation and its speaker; the speaker is its subject. Inside
		// a quotation of his own the speaker speaks of someone else.
		return sp, true
	}
	if !ok {
		return Mention{}, false
	}
	if d.verbBefore(s, at) {
		return Mention{}, false
	}
	return m, true
}

// verbBefore reports whether a verb or a modal stands in sentence s
// before token at, or, in a sentence with no tags, whether at is not the
// sentence's first token: then the mention there may be no subject.
func (d chainReader) verbBefore(s, at int) bool {
	tagged := false
	for k := max(d.Sentences[s].First, 0); k < at && k < len(d.Tokens); k++ {
		p := text.POS(d.Tokens[k].POS)
		if p != 0 {
			tagged = true
		}
		if p.IsVerb() || p == text.MD {
			return true
		}
	}
	return !tagged && at > d.Sentences[s].First
}

// A pronoun goes on with a pronoun: "Urmas Paet spoke in Tallinn. He
// said ... . He also accused ...". A subject pronoun that the document
// already resolved (a Ref of an entity, as Tag records them in text
// order) is a mention of its actor where it stands when it is the subject
// of its sentence, before any actor named there: so each pronoun is
// resolved once, in document order, and a chain costs no recursion. The
// chain continues only a subject; a pronoun left unresolved continues
// nothing.

// maxChainReach bounds how many tokens from a sentence's start
// chainedSubject reads for its subject pronoun.
const maxChainReach = 12

// chainedSubject returns the actor of the subject pronoun of class c
// that opens sentence s before token limit (only quote marks,
// punctuation and words that are neither verbs nor mentions before it),
// when the document resolved it (see refEntity), with the token it
// stands at, if want accepts that actor.
func (d chainReader) chainedSubject(s, limit int, c english.Class, want func(*Mention) bool) (m Mention, at int, ok bool) {
	if s < 0 || s >= len(d.Sentences) {
		return Mention{}, 0, false
	}
	se := d.Sentences[s]
	for k := max(se.First, 0); k < limit && k < se.Last && k < len(d.Tokens) && k < se.First+maxChainReach; k++ {
		if d.MentionAt(k) >= 0 {
			return Mention{}, 0, false
		}
		p := text.POS(d.Tokens[k].POS)
		if p.IsVerb() || p == text.MD {
			return Mention{}, 0, false
		}
		if p != text.PRP || !classesOf(strings.ToLower(d.Tokens[k].Text)).Has(c) {
			continue
		}
		if !d.subjectPronoun(k) {
			return Mention{}, 0, false
		}
		m, ok := d.refEntity(k)
		if !ok || !want(&m) {
			return Mention{}, 0, false
		}
		return m, k, true
	}
	return Mention{}, 0, false
}

// refEntity returns, for the pronoun at token k that the document
// resolved to one entity (a Ref of kind pronoun at k), that entity's last
// mention before k, or its first when none stands before.
func (d chainReader) refEntity(k int) (Mention, bool) {
	found := -1
	for e := range d.Entities {
		refs := d.Entities[e].Refs
		j := sort.Search(len(refs), func(j int) bool { return refs[j].First >= k })
		if j < len(refs) && refs[j].First == k && refs[j].Kind == RefPronoun {
			if found >= 0 {
				return Mention{}, false // "they" for two actors: no one actor
			}
			found = e
		}
	}
	if found < 0 {
		return Mention{}, false
	}
	ms := d.Entities[found].Mentions
	j := sort.Search(len(ms), func(j int) bool { return ms[j] >= len(d.Mentions) || d.Mentions[ms[j]].First >= k })
	if j > 0 {
		j--
	}
	if j >= len(ms) || ms[j] < 0 || ms[j] >= len(d.Mentions) {
		return Mention{}, false
	}
	return d.Mentions[ms[j]], true
}

// quotedSpeaker returns the speaker of sentence s when the sentence is a
// quotation its speaker follows ("\"Talks failed. We will act,\" Wang
// said."): the first quote mark after its first word comes after a
// punctuation mark, so it closes a quotation the sentence opened in, and
// the speaker named after it in the sentence (see speakerAfter; a
// pronoun resolved before counts) is one want accepts.
func (d chainReader) quotedSpeaker(s int, want func(*Mention) bool) (Mention, bool) {
	if s < 0 || s >= len(d.Sentences) {
		return Mention{}, false
	}
	se := d.Sentences[s]
	last := min(se.Last, len(d.Tokens))
	f := max(se.First, 0)
	for f < last && isQuote(d.Tokens[f].Text) {
		f++
	}
	q := f
	for q < last && !isQuote(d.Tokens[q].Text) {
		q++
	}
	if q <= f || q >= last-1 || text.POS(d.Tokens[q-1].POS) != text.Punct {
		return Mention{}, false
	}
	sp, ok := quoteReader{d.Document}.speakerAfter(q, false)
	if !ok || sp.First >= last {
		// "...," he said: a pronoun the document resolved before (see
		// refEntity; no search of its own, which could come back here).
		sp, ok = Mention{}, false
		for k := q + 1; k < last && k <= q+2; k++ {
			if classesOf(strings.ToLower(d.Tokens[k].Text)).Has(english.PersonPronouns) && (quoteReader{d.Document}).speaks(q, k+3) {
				sp, ok = d.refEntity(k)
				break
			}
		}
	}
	if !ok || sp.Type != Person || !want(&sp) {
		return Mention{}, false
	}
	return sp, true
}

// inQuotation reports whether token i stands between an opening quote
// mark and its closing one.
func (d chainReader) inQuotation(i int) bool {
	if _, ok := (quoteReader{d.Document}).quoteOpening(i); !ok {
		return false
	}
	_, ok := quoteReader{d.Document}.quoteClosing(i)
	return ok
}

// maxPluralChainReach bounds how many tokens of the sentence before a
// plural pronoun pluralChain reads for a "they" resolved before.
const maxPluralChainReach = 60

// pluralChain reports whether the plural pronoun at token i opens its
// sentence (no verb and no mention before it) and the sentence before,
// outside quotations, holds a plural pronoun the document resolved to
// m's actor ("The rebels said they ... . They also ..."): the pronoun
// goes on with that group although the group is named in no sentence of
// its own.
func (d chainReader) pluralChain(m *Mention, i int) bool {
	s := d.sentenceOf(i)
	if s < 1 || !d.subjectPronoun(i) {
		return false
	}
	for k := d.Sentences[s].First; k < i; k++ {
		if p := text.POS(d.Tokens[k].POS); p.IsVerb() || p == text.MD || d.MentionAt(k) >= 0 {
			return false
		}
	}
	p := -1
	for b := range d.lookBack(s) {
		p = b
		if !d.quotedSentence(b) {
			break
		}
	}
	if p < 0 || d.quotedSentence(p) {
		return false
	}
	se := d.Sentences[p]
	for k := max(se.First, 0); k < se.Last && k < len(d.Tokens) && k < se.First+maxPluralChainReach; k++ {
		if !classesOf(strings.ToLower(d.Tokens[k].Text)).Has(english.PluralPronouns) {
			continue
		}
		if r, ok := d.refEntity(k); ok && sameActor(&r, m) {
			return true
		}
	}
	return false
}
