package entity

import (
	"sort"
	"strings"

	"github.com/geoextract/geoextract/gazetteer"
	"github.com/geoextract/geoextract/internal/english"
)

// quoteReader reads the quotations of a Document: their speakers ("...,
// he said", "X told reporters"), the frames that report them and the
// groups named inside them. It only reads the Document; safe for
// concurrent use. The zero value has no Document and must not be used.
type quoteReader struct{ *Document }

// Quotations and their speakers. A quotation is the text between two
// quote marks of one line (one paragraph); the words of speech that
// follow its closing quote (", Lee said"; ", said the ministry") or lead
// to its opening one ("Seoul said: ") name its speaker. The speaker may
// be named there, or referred to by a pronoun or a description that the
// rest of Referent resolves ("...," it said; "...," the ministry said).

// maxQuoteReach is how many tokens the quotation code looks back for the
// opening quote and ahead for the closing one (on the same line): a
// quotation longer than that is not attributed. It keeps the cost of a
// pronoun bounded on a long line with no quotes.
const maxQuoteReach = 400

// maxSpeakerReach is how many tokens after a closing quote, or before an
// opening one, the words naming the speaker may take.
const maxSpeakerReach = 8

// quoteMark says which way a quote token may face.
type quoteMark uint8

const (
	notQuote      quoteMark = iota
	openingQuote            // “ and ``: only opens
	closingQuote            // ” and '': only closes
	straightQuote           // ": either, told by counting
)

func markOf(s string) quoteMark {
	switch s {
	case "\u201c", "``":
		return openingQuote
	case "\u201d", "''":
		return closingQuote
	case "\"":
		return straightQuote
	}
	return notQuote
}

func isQuote(s string) bool { return markOf(s) != notQuote }

// quoteOpening returns the quote mark that opens the quotation token i
// stands in (or that a quote mark at i closes): the closest quote mark
// before i on its line, when it is an opening mark or, a straight one,
// when an odd number of quote marks stand before i on the line (counted
// at most maxQuoteReach tokens back). "We" in `"Peace is near," Suga
// said. We met China. "Talks ...` stands between two quotations, in
// none.
func (d quoteReader) quoteOpening(i int) (int, bool) {
	open, n := -1, 0
	for k := i - 1; k >= 0 && k >= i-maxQuoteReach && !d.lineBreakBefore(k+1); k-- {
		if isQuote(d.Tokens[k].Text) {
			if open < 0 {
				open = k
			}
			n++
		}
	}
	if open < 0 {
		return -1, false
	}
	switch markOf(d.Tokens[open].Text) {
	case openingQuote:
		return open, true
	case closingQuote:
		return -1, false
	}
	return open, n%2 == 1
}

// quoteClosing returns the first quote mark after token i on its line (at
// most maxQuoteReach tokens ahead) when it may close a quotation; an
// opening mark first means the quotation is not closed on the line.
func (d quoteReader) quoteClosing(i int) (int, bool) {
	for k := i + 1; k < len(d.Tokens) && k <= i+maxQuoteReach && !d.lineBreakBefore(k); k++ {
		switch markOf(d.Tokens[k].Text) {
		case openingQuote:
			return -1, false
		case closingQuote, straightQuote:
			return k, true
		}
	}
	return -1, false
}

// speaker returns the actor a quotation around token i is attributed to
// (see the words before quoteMark): the first speaker after the closing
// quote, else the speaker before the opening one, else that of the
// quotations just before (see previousSpeaker). A quotation may run over
// several sentences of its line ("We will act. Our forces are ready,"
// Suga said).
func (d quoteReader) speaker(i int) (Mention, bool) {
	open, ok := d.quoteOpening(i)
	if !ok {
		return Mention{}, false
	}
	close, ok := d.quoteClosing(i)
	if !ok {
		return Mention{}, false
	}
	if m, ok := d.speakerAfter(close, true); ok {
		return m, true
	}
	if m, ok := d.speakerBefore(open, true); ok {
		return m, true
	}
	// "...," it said. "We will act.": a quotation with no speaker of its
	// own goes on from the one before.
	return d.previousSpeaker(open, speakerActor, true)
}

// speakerCountry returns the country of the speaker of the quotation
// around token i ("Our forces are ready," Lavrov said: Russia), a mention
// built from the speaker's (see countryMention); an organization of no
// known country is its own. quoted reports that token i is in a
// quotation, ok that its speaker has such a country.
func (d quoteReader) speakerCountry(i int) (m Mention, quoted, ok bool) {
	if _, ok := d.quoteOpening(i); !ok {
		return Mention{}, false, false
	}
	if _, ok := d.quoteClosing(i); !ok {
		return Mention{}, false, false
	}
	sp, ok := d.speaker(i)
	switch cc := sp.CountryCode(); {
	case !ok:
		return Mention{}, true, false
	case sp.Type == GPE && sp.ID != "" && sp.ID == cc:
		return sp, true, true
	case gazetteer.IsCountryID(cc):
		return d.countryMention(sp), true, true
	case sp.Type == Org && cc == "":
		return sp, true, true
	}
	return Mention{}, true, false
}

// speaks reports whether a speech verb stands in tokens [lo, hi).
func (d quoteReader) speaks(lo, hi int) bool {
	for k := max(lo, 0); k < min(hi, len(d.Tokens)); k++ {
		if isWord(english.SpeechVerbs, strings.ToLower(d.Tokens[k].Text)) {
			return true
		}
	}
	return false
}

// speakerActor reports whether m may speak: a person, an organization or
// a place of a known country.
func speakerActor(m *Mention) bool {
	return m.Type == Person || m.Type == Org || m.Type == GPE && m.Country != ""
}

// speakerAfter returns the speaker named after a closing quote at token
// close, in text order, with a speech verb soon after the name ("...,"
// South Korean Defense Minister Lee Jong-sup said; "...," said the
// ministry; "...," Russia's foreign ministry said: see speechAfter): an
// actor's mention (the person of an appositive title phrase before the
// body or nationality that opens it), or, with refs, a pronoun or
// description that resolves to one (see speakerReference).
func (d quoteReader) speakerAfter(close int, refs bool) (Mention, bool) {
	ms := d.Mentions
	for k := close + 1; k < len(d.Tokens) && k <= close+maxSpeakerReach && !d.lineBreakBefore(k); k++ {
		if j := d.MentionAt(k); j >= 0 {
			m := &ms[j]
			if m.First != k || !speakerActor(m) || !d.speaks(close, d.speechAfter(m.Last)) {
				continue
			}
			// Prefer the person of an appositive title phrase over a
			// nationality or a body before it.
			for j2 := j; j2 < len(ms) && ms[j2].First <= close+maxSpeakerReach; j2++ {
				if ms[j2].Type == Person && d.speaks(close, ms[j2].Last+3) {
					return ms[j2], true
				}
			}
			return *m, true
		}
		if !refs {
			continue
		}
		if m, ok := d.speakerReference(k); ok && d.speaks(close, k+3) {
			return m, true
		}
	}
	return Mention{}, false
}

// speechAfter returns the end of the tokens after a speaker's name,
// ending at token last, that may hold its speech verb: two words ("Lee
// later said"), or, after a possessive, the body of the name ("Russia's
// foreign ministry said").
func (d quoteReader) speechAfter(last int) int {
	if last < len(d.Tokens) && isWord(english.PossessiveClitic, strings.ReplaceAll(strings.ToLower(d.Tokens[last].Text), "\u2019", "'")) {
		return last + maxModifiers + 2
	}
	return last + 3
}

// speakerBefore returns the speaker named before an opening quote at
// token open, walking back from it: the closest actor's mention, or, with
// refs, pronoun or description that resolves to one, with a speech verb
// between it and the quote ("Seoul said: ", "It said: "; not the
// addressee of "Lee told Kim: "). The speaker of the sentence before
// counts ("Suga said. \"We ...\"") unless the quotation's own sentence
// names an actor before it ("Japan called the move \"an act we ...\"").
func (d quoteReader) speakerBefore(open int, refs bool) (Mention, bool) {
	ms := d.Mentions
	first, actor := 0, false
	if s := d.sentenceOf(open); s >= 0 {
		first = d.Sentences[s].First
	}
	for k := open - 1; k >= 0 && k >= open-maxSpeakerReach-1; k-- {
		if k < first && actor {
			break
		}
		if j := d.MentionAt(k); j >= 0 {
			m := &ms[j]
			if m.Last == k+1 && speakerActor(m) && d.speaks(m.Last, open) {
				return *m, true
			}
			actor = actor || speakerActor(m)
			continue
		}
		if !refs {
			continue
		}
		if m, ok := d.speakerReference(k); ok && d.speaks(k+1, open) {
			return m, true
		}
	}
	return Mention{}, false
}

// speakerReference resolves a word that may name a quotation's speaker
// without a name: a pronoun or a description, through Referent (one
// level: a speaker pronoun, "we", is no speaker of its own), a state's
// body ("the ministry") with no body of its name before as the state, or a
// document's noun after a definite determiner ("the statement said",
// class instrument_nouns: see issuer).
func (d quoteReader) speakerReference(k int) (Mention, bool) {
	lw := strings.ToLower(d.Tokens[k].Text)
	if isWord(english.SpeakerPronouns, lw) {
		return Mention{}, false
	}
	if isWord(english.InstrumentNouns, lw) {
		if !d.determiner(k - 1) {
			return Mention{}, false
		}
		return d.issuer(k)
	}
	m, ok := d.Referent(k)
	if ok && speakerActor(&m) {
		return m, true
	}
	if o := orgNouns[lw]; o.state && !o.plural {
		// "...," the ministry said: a state's body speaks for the state
		// the text names most before the quotation, as "the government"
		// does (see stateOf), though no body of that name was written.
		if det, cc, ok := (descriptionReader{d.Document}).description(k); ok && cc == "" {
			v := d.Document
			if fv, _, ok := d.frameView(k); ok {
				v = fv
			}
			if m, ok := (descriptionReader{v}).stateOf(v.sentenceOf(k), det, lw); ok && speakerActor(&m) {
				return m, true
			}
		}
	}
	return Mention{}, false
}

// issuer returns the author of the document whose noun is token k ("the
// statement"): the first actor of the closest sentence before it (up to
// three back, at most maxQuoteReach tokens) that names the noun before
// ("Russia's foreign ministry issued a statement"), named before the noun
// there. None such leaves it unresolved.
func (d quoteReader) issuer(k int) (Mention, bool) {
	sent := d.sentenceOf(k)
	if sent < 0 {
		return Mention{}, false
	}
	lw := strings.ToLower(d.Tokens[k].Text)
	stop := max(d.Sentences[max(sent-3, 0)].First, k-maxQuoteReach)
	for j := k - 1; j >= stop; j-- {
		if strings.ToLower(d.Tokens[j].Text) != lw {
			continue
		}
		s := d.sentenceOf(j)
		if s < 0 || s == sent {
			continue
		}
		return d.firstMention(s, j, speakerActor)
	}
	return Mention{}, false
}

// frameView returns, for a pronoun or the head of a description at token
// i that names the speaker of the quotation just before it ("...," it
// said; "...," the ministry said; "...," said the group), the document
// without the mentions of the quotation and after it: the speaker is
// resolved among the actors named before the quotation, not those it
// speaks of ("Russia ... \"We urge Israel to stop,\" it said": Russia).
// A description with a mention in it ("the Russian ministry") is left to
// the whole document. The view shares the document's slices.
func (d quoteReader) frameView(i int) (v *Document, open int, ok bool) {
	if i <= 0 || i >= len(d.Tokens) {
		return nil, 0, false
	}
	k, verb := i-1, false
	for n := 0; k >= 0 && n <= maxModifiers+1; k, n = k-1, n+1 {
		w := d.Tokens[k].Text
		if isQuote(w) || w == "," {
			break
		}
		switch {
		case d.MentionAt(k) >= 0 || d.lineBreakBefore(k+1):
			return nil, 0, false
		case isWord(english.SpeechVerbs, strings.ToLower(w)):
			verb = true
		case !isLowerWord(w):
			return nil, 0, false
		}
	}
	if k >= 1 && d.Tokens[k].Text == "," && !d.lineBreakBefore(k) {
		k-- // `stop", it said`
	}
	if k < 0 || k >= i || markOf(d.Tokens[k].Text) == notQuote || markOf(d.Tokens[k].Text) == openingQuote {
		return nil, 0, false
	}
	open, ok = d.quoteOpening(k)
	if !ok || !verb && !d.speaks(i+1, i+3) {
		return nil, 0, false
	}
	view := *d.Document
	view.Mentions = d.mentionsBefore(open)
	return &view, open, true
}

// mentionsBefore returns the mentions that start before token k, a
// prefix of d.Mentions.
func (d quoteReader) mentionsBefore(k int) []Mention {
	return d.Mentions[:sort.Search(len(d.Mentions), func(j int) bool { return d.Mentions[j].First >= k })]
}

// maxQuotedSkips bounds how many quotations before it frameReferent
// skips.
const maxQuotedSkips = 3

// frameReferent resolves the speaker's pronoun or description at token i
// in the view v of frameView, the quotation opening at token open. A
// pronoun goes on with the named speaker of the quotations just before
// when it agrees with it (see previousSpeaker: "...," Russia's foreign
// ministry said. "...," it said). Else an antecedent that stands in an
// earlier quotation ("...the UN Charter," the ministry said. Japan ...
// "...," it said) is no speaker either, and the actors named before that
// quotation are tried instead, up to maxQuotedSkips times.
func (d quoteReader) frameReferent(v *Document, i, open int) (Mention, bool) {
	lw := strings.ToLower(d.Tokens[i].Text)
	var agrees func(*Mention) bool
	switch cs := classesOf(lw); {
	case cs.Has(english.PersonPronouns):
		g := pronounGender(lw)
		agrees = func(m *Mention) bool {
			if m.Type != Person {
				return false
			}
			mg := genderReader{d.Document}.genderOf(m, false)
			return g == unknownGender || mg == unknownGender || mg == g
		}
	case cs.Has(english.ThingPronouns):
		agrees = func(m *Mention) bool { return m.Type == Org || m.Type == GPE }
	case cs.Has(english.PluralPronouns):
		agrees = func(m *Mention) bool { return m.Type == Org }
	}
	if agrees != nil {
		if m, ok := d.previousSpeaker(open, agrees, false); ok {
			return m, true
		}
	}
	m, ok := resolver{v}.referent(i)
	for n := 0; ok && n < maxQuotedSkips; n++ {
		open, quoted := d.quoteOpening(m.First)
		if !quoted {
			break
		}
		before := d.mentionsBefore(open)
		if len(before) >= len(v.Mentions) {
			break
		}
		v.Mentions = before
		m, ok = resolver{v}.referent(i)
	}
	return m, ok
}

func (d *Document) lineBreakBefore(k int) bool {
	if k <= 0 || k >= len(d.Tokens) {
		return true
	}
	a, b := d.Tokens[k-1].End, d.Tokens[k].Start
	if a < 0 || a > b || b > len(d.Text) {
		return true // a hand-built document with inconsistent offsets
	}
	return strings.ContainsAny(d.Text[a:b], "\n\r")
}

// previousSpeaker returns the speaker of the closest quotation before
// the one opening at token open that has one, in the three sentences
// before (at most maxQuoteReach tokens back), skipping quotations with
// none ("...," Russia's foreign ministry said. "Such actions must stop."
// "...," it said): when it agrees (want) and no sentence between opens
// with another actor (see otherLeadBetween). With refs the speaker may be
// a pronoun or description ("...," it said), else only a named one: a
// speaker goes on through one reference, no more.
func (d quoteReader) previousSpeaker(open int, want func(*Mention) bool, refs bool) (Mention, bool) {
	sent := d.sentenceOf(open)
	if sent < 0 {
		return Mention{}, false
	}
	stop := max(d.Sentences[max(sent-3, 0)].First, open-maxQuoteReach)
	for k := open - 1; k >= stop; k-- {
		if mk := markOf(d.Tokens[k].Text); mk == notQuote || mk == openingQuote {
			continue
		}
		o, ok := d.quoteOpening(k)
		if !ok {
			continue // an opening straight quote
		}
		m, ok := d.speakerAfter(k, refs)
		if !ok || m.First >= open {
			// Not a name inside the quotation at open ("Such acts must
			// stop." "We urge ...").
			m, ok = d.speakerBefore(o, refs)
		}
		if !ok {
			k = o // a quotation with no speaker: the one before
			continue
		}
		if !want(&m) || d.otherLeadBetween(m.First, open, &m) {
			return Mention{}, false
		}
		return m, true
	}
	return Mention{}, false
}

// otherLeadBetween reports whether a sentence after the one of token a,
// up to token b, opens outside quotations with another actor than sp: its
// first actor or nationality, of another country than sp's (or, of no
// country, another actor). "The Chinese government said ..." between two
// quotations of China's ministry leaves the speaker; "Japan condemned
// ..." after the Kremlin's does not.
func (d quoteReader) otherLeadBetween(a, b int, sp *Mention) bool {
	cc := sp.CountryCode()
	for s := d.sentenceOf(a) + 1; s >= 1 && s < len(d.Sentences) && d.Sentences[s].First < b; s++ {
		lo, hi := d.sentenceMentions(s)
		for k := lo; k < hi; k++ {
			m := &d.Mentions[k]
			if m.Sentence != s || m.Last > b || !speakerActor(m) && m.Type != NORP {
				continue
			}
			if _, quoted := d.quoteOpening(m.First); quoted {
				continue
			}
			if cc != "" && m.CountryCode() != cc || cc == "" && !sameActor(m, sp) {
				return true
			}
			break
		}
	}
	return false
}
