package entity

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/geoextract/geoextract/internal/english"
	"github.com/geoextract/geoextract/internal/text"
)

// OpenerKind is what opens a noun phrase (see Phrases.At). Its zero
// value is NoOpener; it is a plain value, safe for concurrent use.
type OpenerKind uint8

// The openers of a noun phrase.
const (
	// NoOpener: the phrase starts at its first modifier or at its head
	// ("Japanese troops").
	NoOpener OpenerKind = iota
	// DeterminerOpener: one or more determiners (class determiners that
	// are no possessive pronouns: "the", "a", "both the"), tagged as
	// determiners when the document has tags ("that" is none in "said
	// that troops ...").
	DeterminerOpener
	// PossessivePronounOpener: a possessive pronoun (class
	// possessive_pronouns: "its forces", "his Japanese counterpart"), not
	// tagged as a personal pronoun ("told her Japanese counterpart" is
	// one; "met her Tuesday" is not).
	PossessivePronounOpener
	// PossessiveNameOpener: a mention followed by a possessive mark (class
	// possessive_marks, either apostrophe: "Japan's forces", "Japan’s
	// forces", "the Philippines' envoy").
	PossessiveNameOpener
)

// String returns the opener kind's name.
func (k OpenerKind) String() string {
	switch k {
	case DeterminerOpener:
		return "determiner"
	case PossessivePronounOpener:
		return "possessive-pronoun"
	case PossessiveNameOpener:
		return "possessive-name"
	}
	return "none"
}

// Phrase is a noun phrase of a Document as the one phrase reader shared by
// the descriptions of this package and relation's actor phrases reads it:
// an opener, modifiers and a head noun, all within one sentence. Token
// indices are the Document's. It is a plain value, safe to copy and to
// share; the zero Phrase is no phrase (Phrases.At reports false for
// it). Its fields are the phrase's shape; what its words are (a
// nationality, a possessor, a plural head) each reader decides by its
// own policy.
type Phrase struct {
	First int // the phrase's first token: the opener's, else Body
	Body  int // the first token after the opener: the first modifier or the head
	Head  int // the head: the last token of the modifier run that may head a noun phrase
	Last  int // the end of the phrase, exclusive: Head+1

	Opener OpenerKind
	// Definite: the opener is a definite determiner (class
	// definite_determiners: "the", "this").
	Definite bool

	// runEnd is the end of the run of words read after the opener,
	// exclusive, at least Last: a word after the head that may modify
	// but not head a phrase ("the military" tagged as an adjective)
	// stands before it.
	runEnd int
	// words is how many words the run holds, a mention counting as one
	// and a hyphen as none.
	words int
	// mentions are the mentions of the run [Body, runEnd), in order.
	mentions []int
}

// reaches reports whether the words between p's opener and token i are
// all modifiers of its run, so that i may head a phrase of p's opener
// whatever i itself is ("the Government", "the military" tagged as an
// adjective): i is in the run, or right after a run that has room for
// a head.
func (p Phrase) reaches(i int) bool {
	return p.Body <= i && (i < p.runEnd || i == p.runEnd && p.words <= maxModifiers)
}

// Phrases reads the noun phrases of a Document: the one phrase reader
// shared by this package's descriptions and relation's actor phrases. It
// only reads the Document: safe for concurrent use. The zero value reads
// an empty document (no phrase); get one from Document.Phrases.
type Phrases struct{ d *Document }

// doc returns the document read, an empty one for the zero Phrases.
func (ph Phrases) doc() *Document {
	if ph.d == nil {
		return &Document{}
	}
	return ph.d
}

// Phrases returns the reader of the document's noun phrases.
func (d *Document) Phrases() Phrases { return Phrases{d} }

// Opener reads the opener of a noun phrase at token i (see OpenerKind):
// its kind and the first token after it, i for NoOpener. A run of
// determiners is one opener ("all the"); a possessive name ends after
// its possessive mark, within i's sentence. It only reads the Document:
// safe for concurrent use.
func (ph Phrases) Opener(i int) (kind OpenerKind, body int) {
	d := ph.doc()
	r := phraseReader{d}
	sent := d.sentenceOf(i)
	if i < 0 || i >= len(d.Tokens) || sent < 0 {
		return NoOpener, i
	}
	end := min(d.Sentences[sent].Last, len(d.Tokens))
	switch {
	case r.determinerOpener(i):
		body = i + 1
		for body < end && r.determinerOpener(body) {
			body++
		}
		return DeterminerOpener, body
	case r.possessivePronounOpener(i):
		return PossessivePronounOpener, i + 1
	}
	if n := d.MentionAt(i); n >= 0 && d.Mentions[n].First == i && d.Mentions[n].Last < end && r.possessiveMark(d.Mentions[n].Last) {
		return PossessiveNameOpener, d.Mentions[n].Last + 1
	}
	return NoOpener, i
}

// To reads the noun phrase opened at token first (see Opener) with
// its head at token head, whatever head itself is ("the Government",
// "the military" tagged as an adjective, "its forces" tagged as a verb):
// it reports false unless every word between the opener and head is a
// modifier of first's phrase (see Phrases.At) and at most four (maxModifiers) stand
// there. The head may be the opener's next token ("its forces"). It only
// reads the Document: safe for concurrent use.
func (ph Phrases) To(first, head int) (Phrase, bool) {
	d := ph.doc()
	if first < 0 || head < first || head >= len(d.Tokens) {
		return Phrase{}, false
	}
	sent := d.sentenceOf(first)
	if sent < 0 || head >= d.Sentences[sent].Last {
		return Phrase{}, false
	}
	pr := phraseReader{d}
	p := pr.opened(first)
	p = pr.phraseBody(p, min(d.Sentences[sent].Last, len(d.Tokens)))
	if !p.reaches(head) {
		return Phrase{}, false
	}
	return pr.headed(p, head), true
}

// GoesOn reports whether the noun phrase headed at token h goes on to
// name what it describes, so that the head refers to nothing before it:
// a genitive follows ("the group of ...", not "accused the alliance of
// aggression": see continues), or a title word ("the ministry spokesman"), or
// a name other than a place ("the group Hamas", "the senator Al
// Franken"; "told the minister Kenya would ..." goes on no further).
func (ph Phrases) GoesOn(h int) bool {
	d := ph.doc()
	if h < 0 || h+1 >= len(d.Tokens) {
		return false
	}
	if d.continues(h) || isWord(english.PersonTitleWords, strings.ToLower(d.Tokens[h+1].Text)) {
		return true
	}
	n := d.MentionAt(h + 1)
	return n >= 0 && d.Mentions[n].First == h+1 && d.Mentions[n].Type != GPE
}

// Definite reports whether token k is a definite determiner (class
// definite_determiners: "the", "this"), tagged as a determiner when the
// document has tags ("that" is none in "said that troops ...").
func (ph Phrases) Definite(k int) bool { return ph.doc().determiner(k) }

// Modifier reports whether token k may stand in a noun phrase before its
// head (see At): a lower-case adjective, noun, participle or number, a
// title word or a part of a hyphenated compound; a mention is none.
func (ph Phrases) Modifier(k int) bool {
	d := ph.doc()
	r := phraseReader{d}
	return k >= 0 && k < len(d.Tokens) && d.MentionAt(k) < 0 && (r.compoundPart(k) || r.modifierWord(k))
}

// Based reports whether token k is a hyphen followed by a word of class
// hyphen_modifiers, which after a name says where a body sits or who
// leads it ("the Paris-based group", "the Saudi-led coalition"), not
// whose it is.
func (ph Phrases) Based(k int) bool {
	d := ph.doc()
	return k >= 0 && k+1 < len(d.Tokens) && d.Tokens[k].Text == "-" && isWord(english.HyphenModifiers, strings.ToLower(d.Tokens[k+1].Text))
}

// phraseReader reads the noun phrases of a Document (see Phrases.At). It
// only reads the Document: safe for concurrent use. The zero value has
// no Document and must not be used.
type phraseReader struct{ *Document }

// opened returns the phrase at token i with its opener read (see
// Opener) and no body yet.
func (d phraseReader) opened(i int) Phrase {
	p := Phrase{First: i, Head: -1}
	p.Opener, p.Body = d.Phrases().Opener(i)
	if p.Opener == DeterminerOpener {
		for k := i; k < p.Body; k++ {
			p.Definite = p.Definite || d.determiner(k)
		}
	}
	return p
}

// openerBefore returns the closest token before token i, from token first
// on and within reach of a phrase's modifiers, that opens says opens a
// phrase and that is in no mention; -1 for none. Whether the words
// between are modifiers is the phrase's to say (see Phrase).
func (d phraseReader) openerBefore(i, first int, opens func(k int) bool) int {
	// The reach is tokens, not words: a modifier may be a compound of
	// up to three tokens ("state - run"), so maxModifiers of them span
	// at most tokensPerModifier*maxModifiers tokens.
	for k := i - 1; k >= first && k >= i-1-tokensPerModifier*maxModifiers; k-- {
		if d.MentionAt(k) < 0 && opens(k) {
			return k
		}
	}
	return -1
}

// phraseAt reads the body of a phrase opened at token first, whose body
// starts at token body, with opener kind o, for the readers of this
// package that decide their opener themselves ("a", "his", "Iran's"):
// the phrase's run of modifiers, with Head -1 when no word of it may
// head a phrase ("the military" tagged as an adjective: the reader asks
// about a head of its own). It reports false when body is outside first's
// sentence.
func (d phraseReader) phraseAt(first, body int, o OpenerKind) (Phrase, bool) {
	if first < 0 || body <= first || body >= len(d.Tokens) {
		return Phrase{}, false
	}
	sent := d.sentenceOf(body)
	if sent < 0 || d.sentenceOf(first) != sent {
		return Phrase{}, false
	}
	p := Phrase{First: first, Body: body, Head: -1, Opener: o, Definite: o == DeterminerOpener && d.determiner(body-1)}
	return d.phraseBody(p, min(d.Sentences[sent].Last, len(d.Tokens))), true
}

// maxModifiers is how many words a noun phrase may hold between its
// opener and its head noun, a mention counting as one and a hyphen as
// none ("the New York-based group": two; "a Chinese state-run oil
// company": four). A policy limit: a longer run is no description.
const maxModifiers = 4

// tokensPerModifier bounds the tokens one modifier spans when a search
// goes back over a run of them: a word, or a hyphenated compound's two
// words and hyphen ("state-run").
const tokensPerModifier = 3

// At reads the noun phrase that starts at token i: its opener (a
// determiner, a possessive pronoun or a possessive name, see OpenerKind),
// then a run of at most four modifiers (maxModifiers) and a head, within i's
// sentence. A modifier is a word that starts with a lower-case letter
// tagged as an adjective, a noun, a participle or a number (any such
// word in a document with no tags), a word of class title_words or
// person_title_words, a part of a hyphenated compound ("state-run",
// "65-year-old"), or a mention of a place, a people or an organization
// ("the Japanese minister", "the UN chief", "the Paris-based group"). The
// head is the last word of the run that may head a noun phrase: a noun
// (or an untagged word) or a mention. Phrase reports false when i is
// outside the document's sentences or nothing after the opener may head
// a phrase. It only reads the Document: safe for concurrent use.
func (ph Phrases) At(i int) (Phrase, bool) {
	d := ph.doc()
	if i < 0 || i >= len(d.Tokens) {
		return Phrase{}, false
	}
	sent := d.sentenceOf(i)
	if sent < 0 {
		return Phrase{}, false
	}
	end := min(d.Sentences[sent].Last, len(d.Tokens))
	p := phraseReader{d}.opened(i)
	p = phraseReader{d}.phraseBody(p, end)
	if p.Head < 0 {
		return Phrase{}, false
	}
	return p, true
}

// phraseBody reads the modifiers and the head of phrase p from p.Body to
// the sentence's end end (see Phrases.At); p holds its opener.
func (d phraseReader) phraseBody(p Phrase, end int) Phrase {
	words := 0
	noun := false // a noun word has been read
	var mentions []int
	k := p.Body
	for k < end && words <= maxModifiers {
		if n := d.MentionAt(k); n >= 0 {
			m := &d.Mentions[n]
			if m.First != k || m.Last <= k || m.Last > end || !phraseMention(m.Type) || noun {
				break // a name after a noun is what the phrase describes ("the group Hamas")
			}
			mentions = append(mentions, n)
			words++
			p.Head = m.Last - 1
			k = m.Last
			continue
		}
		w := d.Tokens[k].Text
		if d.compoundPart(k) {
			if w != "-" {
				words++
			}
			k++
			continue
		}
		if !d.modifierWord(k) {
			break
		}
		words++
		if d.nounAt(k) {
			p.Head, noun = k, true
		}
		k++
	}
	p.runEnd, p.mentions, p.words = k, mentions, words
	if p.Head < 0 {
		return p
	}
	return d.headed(p, p.Head)
}

// headed returns phrase p with its head at token h.
func (d phraseReader) headed(p Phrase, h int) Phrase {
	p.Head, p.Last = h, h+1
	return p
}

// phraseMention reports whether a mention of type t may stand inside a
// noun phrase before its head or as its head: a place, a people or an
// organization; a person's name ends the phrase's modifiers.
func phraseMention(t Type) bool {
	return t == GPE || t == Loc || t == NORP || t == Org
}

// modifierWord reports whether token k may stand in a noun phrase before
// its head (or be the head): a lower-case word tagged as an adjective, a
// noun, a participle or a number, or a lower-case word of a document
// tagged WithPOS(false) that is in none of the untaggedNonModifiers
// classes; or a title word ("the foreign minister").
func (d phraseReader) modifierWord(k int) bool {
	w, p := d.Tokens[k].Text, text.POS(d.Tokens[k].POS)
	if !isLowerWord(w) {
		r, _ := utf8.DecodeRuneInString(w)
		return unicode.IsDigit(r) && (p == 0 || p == text.CD)
	}
	if p == 0 {
		cs := classesOf(strings.ToLower(w))
		for _, c := range untaggedNonModifiers {
			if cs.Has(c) {
				return false
			}
		}
	}
	return d.titleWord(k) || p == text.CD || modifierPOS(p)
}

// untaggedNonModifiers are the classes of the words that stand in no
// noun phrase before its head, read in a document with no part-of-speech
// tags: determiners, prepositions, auxiliaries, conjunctions, pronouns,
// verbs of saying.
var untaggedNonModifiers = []english.Class{english.Determiners, english.Prepositions, english.Auxiliaries, english.Coordinators,
	english.RelativePronouns, english.Subordinators, english.Negations, english.Referring, english.SubjectPronouns,
	english.ObjectPronouns, english.ReportVerbs}

// titleWord reports whether token k is a word of class title_words or
// person_title_words ("foreign", "minister").
func (d phraseReader) titleWord(k int) bool {
	lw := strings.ToLower(d.Tokens[k].Text)
	return isWord(english.PersonTitleWords, lw) || isWord(english.TitleWords, lw)
}

// modifierPOS reports whether a word of tag p may stand before the head
// noun of a description: an adjective, a noun or a participle
// ("the rights watchdog", "the state-run company"), or
// any word of a document tagged WithPOS(false).
func modifierPOS(p text.POS) bool {
	return p == 0 || p.IsAdjective() || p.IsNoun() || p == text.VBN || p == text.VBG
}

// isLowerWord reports whether s is a word that starts with a lower-case
// letter.
func isLowerWord(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLower(r)
}

// determiner reports whether token k is a definite determiner of the
// data ("the", "this", "that"): a word of the class, tagged as a
// determiner when the document has tags ("that" is no determiner in
// "said that authorities will").
func (d *Document) determiner(k int) bool {
	return k >= 0 && k < len(d.Tokens) && isWord(english.DefiniteDeterminers, strings.ToLower(d.Tokens[k].Text)) && (phraseReader{d}).determinerTag(k)
}

// determinerOpener reports whether token k is a determiner that opens a
// noun phrase: a word of class determiners that is no possessive
// pronoun, tagged as a determiner when the document has tags.
func (d phraseReader) determinerOpener(k int) bool {
	if k < 0 || k >= len(d.Tokens) || d.MentionAt(k) >= 0 {
		return false
	}
	lw := strings.ToLower(d.Tokens[k].Text)
	return isWord(english.Determiners, lw) && !isWord(english.PossessivePronouns, lw) && d.determinerTag(k)
}

// determinerTag reports whether token k is tagged as a determiner, or
// untagged.
func (d phraseReader) determinerTag(k int) bool {
	p := text.POS(d.Tokens[k].POS)
	return p == 0 || p == text.DT || p == text.PDT
}

// possessivePronounOpener reports whether token k is a possessive pronoun
// (class possessive_pronouns) that opens a noun phrase: not tagged as a
// personal pronoun ("met her Tuesday").
func (d phraseReader) possessivePronounOpener(k int) bool {
	return k >= 0 && k < len(d.Tokens) && d.MentionAt(k) < 0 &&
		isWord(english.PossessivePronouns, strings.ToLower(d.Tokens[k].Text)) && text.POS(d.Tokens[k].POS) != text.PRP
}

// possessiveMark reports whether token k marks a possessive (see
// isPossessiveClitic).
func (d phraseReader) possessiveMark(k int) bool {
	return k >= 0 && k < len(d.Tokens) && isPossessiveClitic(d.Tokens[k].Text)
}

// isPossessiveClitic reports whether the token w marks a possessive: a
// word of class possessive_marks, the clitic ("'s") or the bare
// apostrophe of a plural ("the allies' plan"), written with either
// apostrophe (' or ’) and in any case.
func isPossessiveClitic(w string) bool {
	return isWord(english.PossessiveMarks, strings.ReplaceAll(strings.ToLower(w), "\u2019", "'"))
}

// compoundPart reports whether token k is a hyphen or a lower-case word
// or number joined by a hyphen to the next or the previous token: a part
// of a compound modifier ("65-year-old", "long-time", "two-day"), which
// says nothing of an office.
func (d phraseReader) compoundPart(k int) bool {
	if k < 0 || k >= len(d.Tokens) {
		return false
	}
	w := d.Tokens[k].Text
	if w == "-" {
		return k > 0 && k+1 < len(d.Tokens) && d.Tokens[k+1].Start == d.Tokens[k].End && d.Tokens[k-1].End == d.Tokens[k].Start
	}
	if r, _ := utf8.DecodeRuneInString(w); !isLowerWord(w) && !unicode.IsDigit(r) {
		return false
	}
	joined := func(j int) bool {
		return j >= 0 && j < len(d.Tokens) && d.Tokens[j].Text == "-" && d.compoundPart(j)
	}
	return joined(k+1) || joined(k-1)
}
