package relation

import (
	"cmp"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/geoextract/geoextract/entity"
	"github.com/geoextract/geoextract/internal/english"
	"github.com/geoextract/geoextract/internal/text"
)

// sentence is the working view of one document sentence. Token indices
// inside it are relative to the sentence's first token. Its methods are
// the ones every stage uses (words, classes, chunks, actors, tables);
// each stage reads it through a view of its own that embeds it:
// triggerReader, scanReader, objectReader, participantReader,
// graphReader, frameReader, nounReader, governReader, corefReader,
// modalReader, dateReader, reportReader, accuseReader.
type sentence struct {
	doc         *entity.Document
	ix          *docIndex
	index       int
	first, last int // absolute token range
	span        Span
	words       []string   // lower-cased token texts
	pos         []text.POS // part-of-speech tags (Unknown when missing)
	caps        []bool     // the token starts with an upper-case letter
	hasPOS      bool
	chunkAt     []int // chunk index covering each token, or -1
	chunks      []chunk
	matches     []trig
	trigTok     []bool     // the token is a trigger word (phrases stop there)
	wellFormed  bool       // the document's offsets are consistent (Referent may be asked)
	verbTok     []bool     // the token is the head of a verbal trigger
	tab         *tables    // lookups over the words; nil until asked, dropped when chunks or verbTok change
	pv          *parseView // the sentence's dependency parse, built when first asked; nil when the extractor does not parse
	wd          *wordTable // the word classes
	cls         []classSet // the classes of each word
	unnamed     bool       // unnamed armed actors are read (WithUnnamedActors)
	noActor     []bool     // the token's mention is no actor (a dateline, a nationality in apposition), set with the chunks
	tr          *tracer    // the fates of the matches (WithTrace); nil records nothing
	// found: the participants the rules found for each trigger they
	// read, with or without a relation (the relation model's features);
	// recorded only when the extractor has a model or collects pairs.
	found []foundEvent

	roots *rootBehaviours // the behaviours of the CAMEO roots (WithRoots); nil: the embedded ones
}

// foundEvent is a trigger's root and the keys of the subjects and objects
// the rules found for it.
type foundEvent struct {
	root      Predicate
	tok       int // the trigger's head token
	subj, obj []string
}

// actor is one participant: an entity mention, or a pronoun or description
// resolved to one.
type actor struct {
	arg  Argument
	tok  int  // first token of the mention (relative)
	weak bool // a nationality that modifies a non-actor noun
	// plural: one of the actors of a plural description ("the two
	// presidents"), which share its span but are distinct.
	plural bool
	// unnamed: an armed group described, not named ("the rebels"), which
	// takes part only in an event with another party (armed.go).
	unnamed bool
	// kind is the gazetteer kind of the entity the actor's mention (or the
	// antecedent of its pronoun or description) is linked to, "" when unknown.
	kind entity.Kind
}

// key identifies the actor for self-relation checks and de-duplication.
func (a actor) key() string {
	if a.arg.ID != "" {
		return "id:" + a.arg.ID
	}
	if a.arg.Name != "" {
		return "name:" + strings.ToLower(a.arg.Name)
	}
	return "text:" + strings.ToLower(a.arg.Text)
}

// country returns the actor's country code, if known.
func (a actor) country() string {
	return a.arg.Country
}

// chunk is a noun phrase that denotes one actor (or, for a coordination of
// modifiers, several: "Japanese and US counterparts").
type chunk struct {
	first, last int // tokens [first, last), relative; includes determiners
	actors      []actor
	prep        string // the preposition right before the phrase, or ""
	actorNoun   bool   // the phrase has an actor noun ("troops", "minister")
	weak        bool   // only a nationality modifying something that is not an actor
}

// docIndex is what the sentences of one document look up, built once per
// document in time linear in its length (and n log n in its mentions), so
// that no sentence scans the whole document.
type docIndex struct {
	byFirst   []int  // indexes of doc.Mentions ordered by First, then by index
	inMention []bool // token k is inside a mention
	refs      refIndex
}

func newDocIndex(doc *entity.Document) *docIndex {
	ix := &docIndex{byFirst: make([]int, len(doc.Mentions))}
	for k := range ix.byFirst {
		ix.byFirst[k] = k
	}
	ms := doc.Mentions
	slices.SortStableFunc(ix.byFirst, func(a, b int) int { return cmp.Compare(ms[a].First, ms[b].First) })
	// Mentions may overlap in a document built by hand: count the mentions
	// open at each token.
	n := len(doc.Tokens)
	open := make([]int32, n+1)
	for _, m := range ms {
		a, b := max(m.First, 0), min(m.Last, n)
		if a < b {
			open[a]++
			open[b]--
		}
	}
	ix.inMention = make([]bool, n)
	var depth int32
	for k := range n {
		depth += open[k]
		ix.inMention[k] = depth > 0
	}
	ix.refs = newRefIndex(doc, wellFormed(doc))
	return ix
}

// startingIn returns the indexes of the mentions whose first token is in
// [first, last), ordered by First.
func (ix *docIndex) startingIn(doc *entity.Document, first, last int) []int {
	ms, bf := doc.Mentions, ix.byFirst
	lo := sort.Search(len(bf), func(k int) bool { return ms[bf[k]].First >= first })
	hi := lo + sort.Search(len(bf)-lo, func(k int) bool { return ms[bf[lo+k]].First >= last })
	return bf[lo:hi]
}

// maxSentenceTokens is the longest stretch of tokens read as one sentence
// for relations. A longer sentence (a run-on text the sentence splitter
// could not cut: a list, a table, a transcript without punctuation) is read
// as consecutive windows of at most that many tokens, each cut after the
// last comma, semicolon or colon of its second half when it has one. Real
// sentences stay far below it (the longest of the dev sets has 86 tokens),
// and it bounds the work per sentence, which grows faster than its length.
const maxSentenceTokens = 200

// windows returns the pieces [first, last) of tokens, at most
// maxSentenceTokens long, that the sentence [first, last) is read as: the
// sentence itself unless it is longer.
func windows(doc *entity.Document, first, last int) [][2]int {
	if last-first <= maxSentenceTokens {
		return [][2]int{{first, last}}
	}
	var out [][2]int
	for a := first; a < last; {
		b := min(a+maxSentenceTokens, last)
		if b < last {
			for k := b - 1; k >= a+maxSentenceTokens/2; k-- {
				if w := doc.Tokens[k].Text; w == "," || w == ";" || w == ":" {
					b = k + 1
					break
				}
			}
		}
		out = append(out, [2]int{a, b})
		a = b
	}
	return out
}

// newSentenceChecked reads the tokens [first, last) of sentence si, the
// whole sentence or one of its windows. The span is the whole sentence's.
func newSentenceChecked(doc *entity.Document, si int, ok bool, ix *docIndex, wd *wordTable, first, last int) (*sentence, bool) {
	se := doc.Sentences[si]
	if se.First < 0 || se.Last > len(doc.Tokens) || se.First >= se.Last || first < se.First || last > se.Last || first >= last {
		return nil, false
	}
	s := &sentence{doc: doc, ix: ix, index: si, first: first, last: last, wellFormed: ok, wd: wd}
	n := last - first
	s.words = make([]string, n)
	s.cls = make([]classSet, n)
	s.pos = make([]text.POS, n)
	s.caps = make([]bool, n)
	for i := range n {
		t := doc.Tokens[first+i]
		if t.Start < 0 || t.End > len(doc.Text) || t.Start > t.End {
			return nil, false
		}
		w := strings.ToLower(doc.Text[t.Start:t.End])
		w = strings.ReplaceAll(w, "\u2019", "'")
		s.words[i] = w
		s.cls[i] = wd.classes(w)
		s.pos[i] = text.POS(t.POS)
		if s.pos[i] != text.Unknown {
			s.hasPOS = true
		}
		r, _ := utf8.DecodeRuneInString(doc.Text[t.Start:t.End])
		s.caps[i] = unicode.IsUpper(r)
	}
	st, en := doc.Tokens[se.First].Start, doc.Tokens[se.Last-1].End
	if st > en {
		return nil, false
	}
	s.span = Span{Start: st, End: en, Text: doc.Text[st:en]}
	return s, true
}

func (s *sentence) n() int { return len(s.words) }

// at reports whether token i is a word of class c (false outside the
// sentence).
func (s *sentence) at(i int, c wordClass) bool {
	return i >= 0 && i < len(s.cls) && s.cls[i].has(c)
}

// possessiveAt reports whether token i of s marks a possessive (see
// wordTable.possessive; false outside the sentence). A function, not a
// method: the sentence's method set stays small.
func possessiveAt(s *sentence, i int) bool {
	return s.at(i, english.PossessiveMarks)
}

// chunkOf returns the chunk covering token i, or -1 (also outside the
// sentence).
func (s *sentence) chunkOf(i int) int {
	if i < 0 || i >= len(s.chunkAt) {
		return -1
	}
	return s.chunkAt[i]
}

// word returns the lower-cased token i, or "" outside the sentence.
func (s *sentence) word(i int) string {
	if i < 0 || i >= len(s.words) {
		return ""
	}
	return s.words[i]
}

func (s *sentence) tokSpan(i, j int) Span {
	t0, t1 := s.doc.Tokens[s.first+i], s.doc.Tokens[s.first+j-1]
	return Span{Start: t0.Start, End: t1.End, Text: s.doc.Text[t0.Start:t1.End]}
}

// isVerb reports whether token i is (probably) a verb.
func (s *sentence) isVerb(i int) bool {
	if i < 0 || i >= s.n() {
		return false
	}
	if s.hasPOS {
		return s.pos[i].IsVerb() || s.pos[i] == text.MD
	}
	w := s.words[i]
	if s.wd.has(english.Auxiliaries, w) || s.wd.has(english.ReportVerbs, w) {
		return true
	}
	return false
}

// reportVerb reports whether token i is a verb of saying ("said",
// "accuses"), not a noun spelled alike ("heads of state").
func (s *sentence) reportVerb(i int) bool {
	if i < 0 || i >= s.n() || !s.wd.has(english.ReportVerbs, s.words[i]) || s.chunkAt != nil && s.chunkAt[i] >= 0 {
		return false
	}
	return !s.hasPOS || s.pos[i].IsVerb()
}

// verbLike reports whether token i is a verb or the head of a verbal
// trigger.
func (s *sentence) verbLike(i int) bool {
	return s.isVerb(i) || s.verbTok != nil && i >= 0 && i < len(s.verbTok) && s.verbTok[i]
}

// isModifier reports whether token i can sit inside a noun phrase before
// its head without being a determiner: adjectives, numbers, hyphens.
func (s *sentence) isModifier(i int) bool {
	if i < 0 || i >= s.n() || s.verbTok != nil && s.verbTok[i] {
		return false
	}
	w := s.words[i]
	if w == "-" || s.wd.possessive(w) {
		return true
	}
	if s.hasPOS {
		p := s.pos[i]
		return p.IsAdjective() || p == text.CD || p.IsNoun() || p == text.VBN && !s.at(i+1, english.AgentMarker)
	}
	if isPunct(w) || s.wd.has(english.Prepositions, w) || s.wd.has(english.Auxiliaries, w) || s.wd.has(english.Determiners, w) || s.wd.has(english.Coordinators, w) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(w)
	if unicode.IsDigit(r) {
		return true
	}
	return !s.isVerb(i) && !s.wd.has(english.RelativePronouns, w) && !s.wd.has(english.Subordinators, w) && !s.wd.has(english.Negations, w) && !s.wd.has(english.Referring, w)
}

// ---------------------------------------------------------------- chunks

// isActorType reports whether mentions of type t can be actors.
func isActorType(t entity.Type) bool {
	switch t {
	case entity.Person, entity.GPE, entity.Org, entity.NORP:
		return true
	}
	return false
}

func argFromMention(m entity.Mention) Argument {
	a := Argument{Start: m.Start, End: m.End, Text: m.Text, Type: m.Type, ID: m.ID, Name: m.Name, Country: m.Country}
	if m.Type == entity.GPE || m.Type == entity.NORP {
		a.Country = m.CountryCode()
	}
	return a
}

// buildChunks groups mentions and resolvable pronouns into actor phrases.
func (s *sentence) buildChunks() {
	n := s.n()
	s.tab = nil
	s.chunkAt = make([]int, n)
	for i := range s.chunkAt {
		s.chunkAt[i] = -1
	}
	ment := s.mentionsByToken()
	s.noActor = make([]bool, n)
	i := datelineLen(s, ment) // the place and the agency of the report: no actors
	for k := range i {
		s.noActor[k] = true
	}
	for i < n {
		c, ok := s.chunkFrom(i, ment)
		if !ok {
			i++
			continue
		}
		if k := nationalityApposition(s, c); k >= 0 {
			// "Evan Gershkovich, a U.S. citizen,": the person's
			// nationality, no party of its own; the phrase stands for
			// the person (a list goes on through it).
			for t := c.first; t < c.last; t++ {
				s.noActor[t] = true
			}
			m := s.doc.Mentions[k]
			c.actors, c.weak = []actor{{arg: argFromMention(m), tok: m.First - s.first, kind: m.Kind}}, false
		}
		for t := c.first; t < c.last; t++ {
			s.chunkAt[t] = len(s.chunks)
		}
		s.chunks = append(s.chunks, c)
		i = c.last
	}
	// A weak nationality coordinated with a phrase that has an actor noun
	// shares it: "South Korean and Japanese defense chiefs".
	for k := len(s.chunks) - 2; k >= 0; k-- {
		a, b := &s.chunks[k], &s.chunks[k+1]
		if a.weak && !b.weak && b.actorNoun && s.coordinated(a.last, b.first) {
			a.weak = false
			a.actorNoun = true
			for j := range a.actors {
				a.actors[j].weak = false
			}
		}
	}
}

// maxDatelineTokens bounds the length of a dateline ("ADDIS ABABA, Aug 8
// (Reuters) –" has 10 tokens).
const maxDatelineTokens = 16

// datelineLen returns the number of tokens of the dateline that opens the
// sentence, its dash included, or 0 when none does. A dateline stands at
// the start of a paragraph and ends with a dash within its first
// maxDatelineTokens tokens ("ADDIS ABABA, Aug 8 (Reuters) –", "BOGOTA,
// Colombia --", "DOHA/NEW YORK (Reuters) -"); before the dash come only
// capitalized words, numbers and punctuation, no verb and no person, and
// a place or an agency's credit in parentheses. Its place and its agency
// report the sentence's events and take no part in them. The form is
// read from the capitals and the punctuation alone, so no word list says
// what a dateline is. ment maps tokens to actor mentions
// (mentionsByToken).
func datelineLen(s *sentence, ment []int) int {
	if !s.wellFormed || s.first != s.doc.Sentences[s.index].First || !paragraphStart(s) {
		return 0
	}
	place, paren := false, false
	for i := 0; i < s.n() && i < maxDatelineTokens; i++ {
		w := s.words[i]
		if dash(w) || w == "--" {
			sp := s.doc.Tokens[s.first+i].Start
			spaced := sp > 0 && unicode.IsSpace(rune(s.doc.Text[sp-1]))
			if i == 0 || w == "-" && !spaced || !place && !paren || i+1 >= s.n() {
				return 0
			}
			for i+1 < s.n() && (dash(s.words[i+1]) || s.words[i+1] == "--") {
				i++ // "--" read as two hyphens
			}
			return i + 1
		}
		if k := ment[i]; k >= 0 {
			switch s.doc.Mentions[k].Type {
			case entity.Person:
				return 0
			case entity.GPE:
				place = true
			}
		}
		switch {
		case w == "(":
			paren = true
		case w == ")" || w == "," || w == "/" || w == "." || w == ":" || w == "--":
		case unicode.IsDigit(rune(w[0])):
		case s.caps[i] && !isPunct(w) && !(s.hasPOS && s.pos[i].IsVerb()):
		default:
			return 0
		}
	}
	return 0
}

// paragraphStart reports whether the sentence's first token opens a
// paragraph: only blanks stand between it and the previous line break or
// the start of the text.
func paragraphStart(s *sentence) bool {
	t := s.doc.Text[:s.doc.Tokens[s.first].Start]
	for k := len(t) - 1; k >= 0; k-- {
		switch t[k] {
		case '\n':
			return true
		case ' ', '\t', '\r':
		default:
			return false
		}
	}
	return true
}

// mentionsByToken maps the sentence's tokens to actor mentions.
func (s *sentence) mentionsByToken() []int {
	at := make([]int, s.n())
	for i := range at {
		at[i] = -1
	}
	// The lowest index wins a token covered by two mentions (only in a
	// document built by hand).
	for _, k := range s.ix.startingIn(s.doc, s.first, s.last) {
		m := &s.doc.Mentions[k]
		if m.First < s.first || m.Last > s.last || m.First >= m.Last || !isActorType(m.Type) {
			continue
		}
		if m.Type == entity.NORP && m.CountryCode() == "" && !(armedReader{s}).armedPeople(m.Last-s.first) {
			continue // "Arab leaders": a people, not a state ("Kurdish fighters" are one)
		}
		if m.Start < 0 || m.End > len(s.doc.Text) || m.Start > m.End {
			continue
		}
		if k := m.First - s.first; k >= 2 && s.words[k-1] == "-" && s.at(k-2, english.AttitudePrefixes) {
			continue // "anti-Western": an attitude, not an actor
		}
		for t := m.First; t < m.Last; t++ {
			if at[t-s.first] < 0 || k < at[t-s.first] {
				at[t-s.first] = k
			}
		}
	}
	return at
}

// coordinated reports whether tokens [i, j) are only a coordinating
// conjunction or a list comma (", and").
func (s *sentence) coordinated(i, j int) bool {
	if j <= i || j-i > 2 {
		return false
	}
	ws := strings.Join(s.words[i:j], " ")
	return ws == "," || s.wd.has(english.ListJoins, ws)
}

// referent returns the mention token i (relative) refers to: the
// antecedent of the document's reference covering it (see refMention);
// none for a reference with several actors; else what the document's
// Referent gives. It is not asked when the
// document's offsets are inconsistent.
func (s *sentence) referent(i int) (m entity.Mention, ok bool) {
	if !s.wellFormed {
		return entity.Mention{}, false
	}
	if m, ok := (corefReader{s}).refMention(i); ok {
		return m, true
	}
	if len(corefReader{s}.refActors(i)) > 1 {
		return entity.Mention{}, false // a plural reference: no one actor
	}
	m, ok = s.doc.Referent(s.first + i)
	if !ok || !isActorType(m.Type) || m.Start < 0 || m.End > len(s.doc.Text) || m.Start > m.End {
		return entity.Mention{}, false
	}
	return m, true
}

// wellFormed reports whether every token and sentence of doc lies inside
// its text and its token list, in order.
func wellFormed(doc *entity.Document) bool {
	prev := 0
	for _, t := range doc.Tokens {
		if t.Start < prev || t.End < t.Start || t.End > len(doc.Text) {
			return false
		}
		prev = t.End
	}
	for _, se := range doc.Sentences {
		if se.First < 0 || se.Last > len(doc.Tokens) || se.First > se.Last {
			return false
		}
	}
	for _, m := range doc.Mentions {
		if m.First < 0 || m.Last > len(doc.Tokens) || m.First > m.Last || m.Start < 0 || m.End > len(doc.Text) || m.Start > m.End {
			return false
		}
	}
	return true
}

func (s *sentence) pronounActor(i, j int, m entity.Mention) actor {
	a := argFromMention(m)
	sp := s.tokSpan(i, j)
	a.Start, a.End, a.Text = sp.Start, sp.End, sp.Text
	return actor{arg: a, tok: i, kind: m.Kind}
}

// free reports whether token i may be part of an actor phrase: it is in
// the sentence and is not a trigger word.
func (s *sentence) free(i int) bool {
	return i >= 0 && i < s.n() && (s.trigTok == nil || !s.trigTok[i])
}

// freeSpan reports whether every token of [i, j) is free.
func (s *sentence) freeSpan(i, j int) bool {
	for k := i; k < j; k++ {
		if !s.free(k) {
			return false
		}
	}
	return true
}

// preModifier reports whether token i may stand before a name inside its
// phrase: a title ("Defense Minister"), a capitalized word, or a modifier
// of a noun phrase (entity.Phrases.Modifier: "the visiting Brazilian
// trade minister").
func (s *sentence) preModifier(i int) bool {
	if !s.free(i) {
		return false
	}
	w := s.words[i]
	switch {
	case s.wd.has(english.TitleWords, w) || w == "-":
		return true
	case isPunct(w) || s.wd.has(english.Determiners, w) || s.wd.has(english.Prepositions, w) || s.wd.has(english.Coordinators, w):
		return false
	case s.caps[i]:
		return !s.isVerb(i)
	}
	return s.doc.Phrases().Modifier(s.first + i)
}

// chunkFrom tries to read an actor phrase that starts at token i.
func (s *sentence) chunkFrom(i int, ment []int) (chunk, bool) {
	n := s.n()
	if !s.free(i) {
		return chunk{}, false
	}
	start := i
	// Determiners open a phrase (the document's noun-phrase opener: see
	// entity.Phrases.Opener); a trigger word ends them.
	j := i
	definite := false // a definite determiner opens the phrase ("the", "both the", "this")
	if kind, body := s.doc.Phrases().Opener(s.first + i); kind == entity.DeterminerOpener {
		for j < n && j < body-s.first && s.free(j) && ment[j] < 0 {
			definite = definite || s.doc.Phrases().Definite(s.first+j)
			j++
		}
	}
	if j >= n || !s.free(j) {
		return chunk{}, false
	}
	// A possessive pronoun before an actor noun with no name: "its forces",
	// "his country" stand for the referent.
	if kind, _ := s.doc.Phrases().Opener(s.first + j); kind == entity.PossessivePronounOpener && ment[j] < 0 {
		k := nounInPhrase(s, j, possessedNounReach, ment, english.ActorNouns, english.DescriptionHeads)
		if k > j {
			for _, r := range []int{j, k} {
				if m, ok := s.referent(r); ok {
					c := chunk{first: start, last: k + 1, actorNoun: true}
					c.actors = []actor{s.pronounActor(j, k+1, m)}
					c.prep = s.prepBefore(start)
					return c, true
				}
			}
			return chunk{}, false
		}
		// "his Japanese counterpart": the possessive opens the phrase.
		j++
		if j >= n || !s.free(j) {
			return chunk{}, false
		}
	}
	// "the two presidents", "both leaders", "the two countries": the
	// actors the document resolves the plural description to, as one
	// coordinated argument.
	for h := j; h <= j+1 && h < n && j > i; h++ {
		if ment[h] >= 0 || !s.free(h) {
			break
		}
		if c, ok := s.pluralChunk(start, h); ok {
			return c, true
		}
	}
	w := s.words[j]
	// A bare pronoun.
	if ment[j] < 0 && (s.wd.has(english.SubjectPronouns, w) || s.wd.has(english.ObjectPronouns, w)) {
		if c, ok := s.pluralChunk(start, j); ok {
			c.actorNoun = false // "they": the actors the document coordinates before it
			return c, true
		}
		if m, ok := s.referent(j); ok {
			c := chunk{first: start, last: j + 1}
			c.actors = []actor{s.pronounActor(j, j+1, m)}
			c.prep = s.prepBefore(start)
			return c, true
		}
		return armedReader{s}.unnamedPronounChunk(start, j)
	}
	// "the country", "the enemy", "the country's military".
	if ment[j] < 0 && definite && s.wd.has(english.DescriptionHeads, w) {
		if m, ok := s.referent(j); ok {
			c := chunk{first: start, last: j + 1, actorNoun: true}
			if possessiveAt(s, j+1) {
				if k := nounInPhrase(s, j+2, possessedNounReach, ment, english.ActorNouns); k >= j+2 {
					c.last = k + 1
				}
			}
			c.actors = []actor{s.pronounActor(i, c.last, m)}
			c.prep = s.prepBefore(start)
			return c, true
		}
	}
	// "the lawmaker", "the Venezuelan leader": a person the document
	// resolves the description to (entity's data lists the person nouns),
	// not followed by the name it describes ("the senator Al Franken").
	if definite {
		h := j
		if p, ok := s.doc.Phrases().At(s.first + i); ok && p.Head-s.first > j && p.Head-s.first < n && s.freeSpan(j, p.Head-s.first+1) {
			h = p.Head - s.first // "the Venezuelan leader", "the senior official": the phrase's head
		}
		if s.wellFormed {
			// "the Paris-based group", "the rights watchdog": the head
			// the document reads after the modifiers.
			if last, ok := s.doc.Description(s.first + i); ok && last-s.first-1 > h && last-s.first <= n && s.freeSpan(j, last-s.first) {
				h = last - s.first - 1
			}
			// "the Western alliance", an epithet: the reference's own
			// span, when it runs past the head read so far.
			if end := (corefReader{s}).refEnd(h); end-1 > h && end <= n && s.freeSpan(j, end) && ment[end-1] < 0 {
				h = end - 1
			}
		}
		if h < n && ment[h] < 0 && s.free(h) && (h > j || !s.wd.has(english.DescriptionHeads, s.words[h])) && !s.doc.Phrases().GoesOn(s.first+h) {
			// Not an appositive: "Vladimir Putin, the Russian president,"
			// names its person just before the comma.
			appositive := func(m entity.Mention) bool {
				return start >= 1 && s.words[start-1] == "," && m.Last == s.first+start-1
			}
			if m, ok := s.referent(h); ok && !appositive(m) {
				c := chunk{first: start, last: h + 1, actorNoun: true}
				c.actors = []actor{s.pronounActor(i, h+1, m)}
				c.prep = s.prepBefore(start)
				return c, true
			}
		}
	}
	// An actor noun before "in", "of" or "from" and a name: "police in
	// Kenya", "members of the ruling party Zanu-PF", "troops from
	// Rwanda".
	k := j
	if ment[j] < 0 && s.wd.has(english.StateNouns, w) && s.free(j) {
		p := j + 1
		for p < n && p-j < 3 && ment[p] < 0 && (s.wd.has(english.ActorNouns, s.words[p]) || s.wd.has(english.TitleWords, s.words[p])) {
			p++
		}
		if q := s.word(p); s.wd.has(english.LocationPreposition, q) || s.wd.has(english.GenitiveMarker, q) || s.wd.has(english.SourcePreposition, q) {
			m := p + 1
			for m < n && m-p <= 5 && ment[m] < 0 && s.free(m) && (s.wd.has(english.Determiners, s.words[m]) || s.preModifier(m) || s.isModifier(m) && !s.isVerb(m)) {
				m++
			}
			if m < n && ment[m] >= 0 && s.free(m) && !(armedReader{s}).armedPlace(j, p, m, ment) {
				k = m
			}
		}
	}
	// Titles and modifiers before a name: "the visiting Brazilian trade
	// minister", "newly elected President Yoon".
	for k < n && ment[k] < 0 && k-j < 5 && s.preModifier(k) {
		k++
	}
	if k >= n || ment[k] < 0 || !s.free(k) {
		return armedReader{s}.unnamedArmedChunk(start, j, ment)
	}
	c := chunk{first: start, actorNoun: k > j && s.wd.has(english.ActorNouns, w)}
	var mentions []int
	last, backers := k, 0
	for k < n && s.free(k) {
		w := s.words[k]
		switch {
		case ment[k] >= 0:
			m := s.doc.Mentions[ment[k]]
			mentions = append(mentions, ment[k])
			k = m.Last - s.first
			last = k
			continue
		case s.wd.possessive(w):
			k++
			continue
		case s.wd.has(english.ActorNouns, w):
			c.actorNoun = true
			k++
			last = k
			continue
		case s.wd.has(english.TitleWords, w):
			k++
			continue
		case w == "-" && s.free(k+1) && s.doc.Phrases().Based(s.first+k):
			// "the Saudi-led coalition" (entity.Phrases.Based): a name
			// before a leader_hyphen_modifiers word leads the body; before
			// the others it backs it or is its seat ("the UN-backed
			// Libyan government"), and the names after it are the
			// phrase's.
			if !s.at(k+1, english.LeaderHyphenModifiers) {
				backers = len(mentions)
			}
			k += 2
			last = k
			continue
		case s.caps[k] && !isPunct(w) && !s.wd.has(english.Determiners, w) && !s.wd.has(english.Prepositions, w) && !s.isVerb(k) && !isQuote(w):
			k++
			continue
		case !isPunct(w) && !s.wd.has(english.Determiners, w) && !s.wd.has(english.Prepositions, w) && !s.isVerb(k) && !s.wd.has(english.Coordinators, w):
			// "Japan's armed forces", "Japanese defense chiefs",
			// "Russian long-range aircraft": modifiers before an actor
			// noun.
			if e := s.modifiersBeforeActorNoun(k); e > k {
				k = e
				continue
			}
		}
		break
	}
	if backers < len(mentions) {
		mentions = mentions[backers:] // none after the backers: as before
	}
	c.last = last
	c.prep = s.prepBefore(start)
	c.actors, c.weak = s.headActors(mentions, c)
	if as := (corefReader{s}).phraseRefActors(c.first, c.last); len(as) > 0 {
		// "A Chinese oil company" that the document resolves to the
		// company named later: the reference, not the nationality.
		c.actors, c.weak = as, false
	} else if len(mentions) == 1 && len(c.actors) == 1 {
		// "the UN nuclear watchdog's board" (corefReader.enclosingRefActors)
		if as := (corefReader{s}).enclosingRefActors(s.doc.Mentions[mentions[0]]); len(as) > 0 {
			c.actors = as
		}
	}
	if len(c.actors) == 0 {
		return chunk{}, false
	}
	if a := c.actors[0].arg; len(c.actors) == 1 && (a.Type == entity.Person || a.Type == entity.Org) && a.ID == "" &&
		s.at(c.actors[0].tok-1, english.IndefiniteArticles) {
		return chunk{}, false // "the burning of a Koran": an unknown name after "a" is a thing
	}
	return c, true
}

// nationalityApposition returns the mention of the person that chunk c
// describes, or -1: c is an indefinite description set off by a comma
// right after a person's name, whose actors are only countries or
// nationalities ("arrested Evan Gershkovich, a U.S. citizen, and accused
// him", "detained Jamshid Sharmahd, a German national"). It describes the
// person (guideline: a national detained abroad is the person), and is no
// second party of the events around it.
func nationalityApposition(s *sentence, c chunk) int {
	i := c.first
	if i < 2 || !s.at(i, english.IndefiniteArticles) || s.words[i-1] != "," || !s.wellFormed {
		return -1
	}
	for _, a := range c.actors {
		if a.arg.Type != entity.GPE && a.arg.Type != entity.NORP {
			return -1
		}
	}
	for _, k := range s.ix.startingIn(s.doc, s.first, s.first+i-1) {
		if m := s.doc.Mentions[k]; m.Type == entity.Person && m.Last == s.first+i-1 {
			return k
		}
	}
	return -1
}

// modifiersBeforeActorNoun returns the index of an actor noun that
// follows up to four modifiers starting at k ("long - range aircraft"),
// or k when there is none (see nounInPhrase).
func (s *sentence) modifiersBeforeActorNoun(k int) int {
	if e := nounInPhrase(s, k, maxActorNounModifiers, nil, english.ActorNouns); e > k {
		return e
	}
	return k
}

// possessedNounReach is how many tokens after a possessive opener ("its",
// "Iran's") the actor noun of its phrase may stand ("its armed forces",
// "the country's own military"); a policy limit kept from the scanner's
// loop that the phrase reader replaced.
const possessedNounReach = 3

// maxActorNounModifiers is how many tokens of modifiers may stand before
// an actor noun with no opener ("long - range aircraft"); a policy
// limit, as entity's phrase reader has for its runs.
const maxActorNounModifiers = 4

// nounInPhrase returns the first token within reach tokens after token
// k (k itself for a phrase with no opener) that is a word of one of the
// classes and that the document reads as the head of the noun phrase
// opened at k (entity.Phrases.To: only modifiers stand between),
// or -1. Every token up to it is free and, when ment is given, in no
// actor mention. A function, not a method: the sentence's method set
// stays small.
func nounInPhrase(s *sentence, k, reach int, ment []int, classes ...wordClass) int {
	if k < 0 || k >= s.n() {
		return -1
	}
	for e := k; e < s.n() && e <= k+reach && s.free(e) && (ment == nil || e == k || ment[e] < 0); e++ {
		for _, c := range classes {
			if s.at(e, c) {
				if _, ok := s.doc.Phrases().To(s.first+k, s.first+e); ok {
					return e
				}
				return -1
			}
		}
	}
	return -1
}

// headActors picks the actor a phrase denotes: the last person, else the
// last organization, else the places and nationalities.
func (s *sentence) headActors(mentions []int, c chunk) ([]actor, bool) {
	mentions = afterMembership(s, mentions)
	pick := func(t entity.Type) int {
		for k := len(mentions) - 1; k >= 0; k-- {
			if s.doc.Mentions[mentions[k]].Type == t {
				return mentions[k]
			}
		}
		return -1
	}
	for _, t := range []entity.Type{entity.Person, entity.Org} {
		if mi := pick(t); mi >= 0 {
			m := s.doc.Mentions[mi]
			// "the Yasukuni shrine", "F-16 fighter jets": a name that
			// modifies a thing.
			weak := (t == entity.Person || m.ID == "") && !c.actorNoun && s.hasPOS && c.last < s.n() && s.free(c.last) &&
				!s.caps[c.last] && (s.pos[c.last] == text.NN || s.pos[c.last] == text.NNS)
			return []actor{{arg: argFromMention(m), tok: m.First - s.first, weak: weak, kind: m.Kind}}, weak
		}
	}
	var out []actor
	for _, mi := range mentions {
		m := s.doc.Mentions[mi]
		out = append(out, actor{arg: argFromMention(m), tok: m.First - s.first, kind: m.Kind})
	}
	if len(out) == 0 {
		return nil, false
	}
	// A phrase of a GPE is an actor ("Seoul", "Japan's government") unless
	// it only modifies a thing ("Japan's economy", "the U.S. \"Aegis\"
	// system"). A nationality is one only before an actor noun or when used
	// as a plural noun ("the Afghans").
	last := s.doc.Mentions[mentions[len(mentions)-1]]
	weak := false
	if !c.actorNoun {
		switch last.Type {
		case entity.NORP:
			weak = !s.wd.t.PluralSpelling(last.Text) // "the Afghans": people, an actor
		case entity.GPE:
			next := s.word(c.last)
			weak = s.wd.possessive(next) || isQuote(next) && c.last+1 < s.n() && s.caps[c.last+1] ||
				s.hasPOS && c.last < s.n() && (s.pos[c.last] == text.NN || s.pos[c.last] == text.NNS) && s.free(c.last)
		}
	}
	// Keep one actor per phrase: the last GPE ("US State Department" has
	// been handled as ORG above) or the last nationality.
	return out[len(out)-1:], weak
}

// afterMembership drops the mentions of a phrase that only say whom a
// later one belongs to: "NATO member Turkey", "fellow EU member state
// Hungary" name Turkey and Hungary (class membership_nouns between the two
// names, with words of state_description_nouns after it). A function, not
// a method: the sentence's method set stays small.
func afterMembership(s *sentence, mentions []int) []int {
	for k := len(mentions) - 2; k >= 0; k-- {
		a, b := s.doc.Mentions[mentions[k]], s.doc.Mentions[mentions[k+1]]
		if b.Type != entity.GPE {
			continue
		}
		from, to := a.Last-s.first, b.First-s.first
		member := false
		for i := from; i < to; i++ {
			switch {
			case s.at(i, english.MembershipNouns):
				member = true
			case member && s.at(i, english.StateDescriptionNouns):
			default:
				member = false
				i = to
			}
		}
		if member {
			return mentions[k+1:]
		}
	}
	return mentions
}

// prepBefore returns the preposition that introduces a phrase starting at
// token i, looking back over articles and modifiers ("in southern Lebanon");
// "" when there is none.
func (s *sentence) prepBefore(i int) string {
	j := i - 1
	for j >= 0 && j >= i-3 && (s.at(j, english.DefiniteArticle) || s.at(j, english.IndefiniteArticles) ||
		s.free(j) && s.isModifier(j) && !s.caps[j] && s.words[j] != "-" && !possessiveAt(s, j)) {
		j--
	}
	w := s.word(j)
	if j >= 0 && !s.free(j) {
		return "" // "called on X": the preposition belongs to the trigger
	}
	if j >= 0 && s.wd.quantifierLen(s.words, j) > 0 {
		return "" // "at least 25 Taliban fighters"
	}
	if j > 0 && s.hasPOS && s.pos[j] == text.RP && s.pos[j-1].IsVerb() {
		return "" // a verb's particle: "carried out mass killings"
	}
	if s.wd.has(english.Prepositions, w) && (!s.hasPOS || s.pos[j] == text.IN || s.pos[j] == text.TO || s.pos[j] == text.RP || s.pos[j] == text.RB || s.pos[j] == text.Unknown) {
		return w
	}
	return ""
}

// pluralChunk reads the plural description [start, h] whose head is token
// h (relative) as a chunk of the actors the document resolves it to
// ("the two presidents": both presidents named before), else those of the
// document's reference with several actors that covers h (see
// pluralRefChunk); each actor's text is the description.
func (s *sentence) pluralChunk(start, h int) (chunk, bool) {
	if !s.wellFormed {
		return chunk{}, false
	}
	ms, ok := s.doc.Referents(s.first + h)
	if !ok {
		return corefReader{s}.pluralRefChunk(start, h)
	}
	c := chunk{first: start, last: h + 1, actorNoun: true}
	for _, m := range ms {
		if !isActorType(m.Type) || m.Start < 0 || m.End > len(s.doc.Text) || m.Start > m.End {
			return chunk{}, false
		}
		a := s.pronounActor(start, h+1, m)
		a.plural = true
		c.actors = append(c.actors, a)
	}
	c.prep = s.prepBefore(start)
	return c, true
}
