package entity

import (
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/geoextract/geoextract/gazetteer"
	"github.com/geoextract/geoextract/internal/english"
	"github.com/geoextract/geoextract/internal/text"
)

// Option configures a Tagger; options are applied in order by NewTagger,
// the last of a kind winning. An Option may be shared and reused.
type Option func(*options)

type options struct {
	pos   bool
	model bool
	date  Date
	coref *CorefModel

	holders bool // see WithOfficeHolders
}

// WithPOS turns part-of-speech tagging on or off (default on). Without it
// Document tokens carry no POS tags and the tagger relies on capitalization
// and word lists alone, which is faster and a little less accurate.
func WithPOS(on bool) Option { return func(o *options) { o.pos = on } }

// WithModel turns the statistical NER fallback on or off (default off). The
// model only types capitalized names that neither the gazetteer nor the
// rules can type.
func WithModel(on bool) Option { return func(o *options) { o.model = on } }

// WithDate sets the publication date of the inputs that carry none
// (Input.Date zero). A full date selects the gazetteer roles a person held
// that day; the Document keeps the date for the relation extractor.
func WithDate(d Date) Option { return func(o *options) { o.date = d } }

// WithCorefModel sets the antecedent ranker that chooses the actor of
// each pronoun among those the rules admit (see CorefModel and
// DefaultCorefModel); nil, the default, leaves the choice to the rules
// of Document.Referent alone.
func WithCorefModel(m *CorefModel) Option { return func(o *options) { o.coref = m } }

// Tagger finds, types and links entity mentions. A Tagger is immutable and
// safe for concurrent use; build one and share it. The zero Tagger is not
// usable: call NewTagger.
type Tagger struct {
	g     *gazetteer.Gazetteer
	words *wordLists
	names nameParts
	// epithets are the gazetteer's epithets, compiled once.
	epithets *epithetIndex
	// stateForms are the gazetteer's government forms by id, read once.
	stateForms map[string][]string
	// genders are the genders the gazetteer states of people, by id,
	// read once; nil when it states none (the world data).
	genders map[string]gender
	pos     posTagger
	opts    options

	// holders are the gazetteer's office holders by country, read once.
	holders officeHolders
}

// nameParts are the given and family names of the gazetteer's people.
type nameParts struct {
	given, family map[string]bool
	// surnames holds every family name, common words included ("Bush",
	// "Brown"): enough to keep a title before it a title.
	surnames    map[string]bool
	countryLast map[string]int // last word of country names -> how many countries end with it
	// allLeaders maps the family name of every leader (a head of state or
	// government, or another top office) to the entries, for a dated
	// document to choose the one in office ("Bush" in 2005).
	allLeaders map[string][]*gazetteer.Entry
	// namesakes maps each family name of allLeaders to every person of
	// the gazetteer with that family name, leaders or not.
	namesakes map[string][]*gazetteer.Entry
	// familyFirst holds the family names of allLeaders that only East
	// Asian names give, written first ("Lee", "Park"): often common words.
	familyFirst map[string]bool
	// givenPeople counts the people of the gazetteer whose name or an
	// alias opens with a word ("Paul": Paul Kagame, Paul Biya, ...): how
	// common the word is as a given name of the people news names.
	givenPeople map[string]int
}

func isLeader(e *gazetteer.Entry) bool {
	for _, r := range e.Roles {
		if isLeaderTitle(r.Title) {
			return true
		}
	}
	return false
}

// isLeaderTitle reports whether a gazetteer role title is of an office
// whose holders news names by surname alone: it contains a word of the
// class leader_titles and none of deputy_words ("vice president").
func isLeaderTitle(title string) bool {
	t, tab := strings.ToLower(title), english.Default()
	return tab.ContainsIn(english.LeaderTitles, t) && !tab.ContainsIn(english.DeputyWords, t)
}

// leaderOn reports whether e held a leader's office on day d.
func leaderOn(e *gazetteer.Entry, d time.Time) bool {
	for _, r := range e.Roles {
		if isLeaderTitle(r.Title) && r.Holds(d) {
			return true
		}
	}
	return false
}

// newNameParts collects the first and last words of the multi-word names
// of g's people, leaving out common English words.
func newNameParts(g *gazetteer.Gazetteer, w *wordLists) nameParts {
	np := nameParts{given: map[string]bool{}, family: map[string]bool{}, surnames: map[string]bool{}, countryLast: map[string]int{},
		allLeaders: map[string][]*gazetteer.Entry{}, namesakes: map[string][]*gazetteer.Entry{}, familyFirst: map[string]bool{},
		givenPeople: map[string]int{}}
	firstOnly, lastOf := map[string]bool{}, map[string]bool{}
	for _, e := range g.Entries() {
		if e.Type == gazetteer.GPE && gazetteer.IsCountryID(e.ID) {
			if f := strings.Fields(e.Name); len(f) > 1 {
				np.countryLast[f[len(f)-1]]++
			}
		}
		if e.Type != gazetteer.Person {
			continue
		}
		if f := strings.Fields(e.Name); len(f) >= 2 && isLeader(e) {
			// The family name: the last word, or the first of an East
			// Asian name ("Yoon Suk-yeol").
			fam := []string{f[len(f)-1]}
			if eastAsian[e.Country] {
				fam = append(fam, f[0])
			}
			for k, w := range fam {
				if !slices.Contains(np.allLeaders[w], e) {
					np.allLeaders[w] = append(np.allLeaders[w], e)
				}
				if k > 0 {
					firstOnly[w] = true
				} else {
					lastOf[w] = true
				}
			}
		}
		counted := ""
		for _, n := range append([]string{e.Name}, e.Aliases...) {
			f := strings.Fields(n)
			if len(f) < 2 {
				continue
			}
			first, last := f[0], f[len(f)-1]
			if first != counted && !eastAsian[e.Country] {
				np.givenPeople[first]++
				counted = first
			}
			if l := w.commonLevel(strings.ToLower(first)); (l == 0 || l > 20) && len(first) > 2 && isCapTok(first) && !strings.HasSuffix(first, ".") {
				np.given[first] = true
			}
			if l := w.commonLevel(strings.ToLower(last)); (l == 0 || l > 20) && len(last) > 2 && isCapTok(last) {
				np.family[last] = true
			}
			if isCapTok(last) && len(last) > 2 {
				np.surnames[last] = true
			}
		}
	}
	for w := range firstOnly {
		if !lastOf[w] {
			np.familyFirst[w] = true
		}
	}
	// Every person who shares a leader's family name, for telling whether
	// the name alone is unambiguous: "Lee" is the family name of "Lee
	// Jong-sup" (written first in East Asian names) and of "Kuan Yew Lee".
	for _, e := range g.Entries() {
		if e.Type != gazetteer.Person {
			continue
		}
		for _, n := range append([]string{e.Name}, e.Aliases...) {
			f := strings.Fields(n)
			if len(f) < 2 {
				continue
			}
			for _, w := range []string{f[0], f[len(f)-1]} {
				if _, ok := np.allLeaders[w]; ok && (w == f[len(f)-1] || eastAsian[e.Country]) && !slices.Contains(np.namesakes[w], e) {
					np.namesakes[w] = append(np.namesakes[w], e)
				}
			}
		}
	}
	return np
}

// NewTagger returns a tagger that links mentions to the entries of g. A
// nil g means an empty gazetteer.
func NewTagger(g *gazetteer.Gazetteer, opts ...Option) *Tagger {
	o := options{pos: true, holders: true}
	for _, f := range opts {
		f(&o)
	}
	if g == nil {
		g = &gazetteer.Gazetteer{}
	}
	t := &Tagger{g: g, words: loadWordLists(), opts: o}
	if o.pos || o.model {
		t.pos = defaultPOSTagger() // starts decoding the model, beside newNameParts
	}
	t.names = newNameParts(g, t.words)
	t.epithets = newEpithetIndex(g)
	t.stateForms = newStateForms(g)
	t.genders = newGazGenders(g)
	t.holders = newOfficeHolders(g)
	return t
}

// Tag tokenizes the input text, tags its part of speech, finds and types
// entity mentions, links them to the gazetteer, resolves repeated names
// and groups the mentions of each actor into entities. The input's date
// (else the WithDate one), when given, selects the gazetteer roles that
// held on that day. Any text is accepted, valid UTF-8 or not.
func (t *Tagger) Tag(in Input) *Document { return t.tag(in, nil) }

// tag is Tag; with record non-nil, the rules alone resolve pronouns and
// the ranker's decisions are appended to *record.
func (t *Tagger) tag(in Input, record *[]CorefDecision) *Document {
	if in.Date.IsZero() {
		in.Date = t.opts.date
	}
	a := t.newAnalysis(in.Text)
	a.record = record
	a.date = in.Date.day()
	chunker{a}.findChunks()
	nameResolver{a}.resolveDocument()
	doc := a.document()
	doc.Date = in.Date
	return doc
}

// analysis is the scratch state of one Tag call. Its methods are the
// ones every stage uses (words, mentions, classification); each stage
// reads it through a view of its own that embeds it: chunker, gazReader,
// nameResolver, givenNameReader, namesakeReader, tableReader,
// epithetReader.
type analysis struct {
	t        *Tagger
	src      string
	date     time.Time // publication date, zero when unknown
	toks     []Token   // the document's tokens, made once
	sents    []text.Sentence
	sentOf   []int32 // per token: its sentence
	pos      []text.POS
	model    []modelEntity
	lower    lowerWords      // per token: its lower case, read with low
	glued    []bool          // per token: split from the word before it by splitGlued
	headline []bool          // per sentence: written in capitals
	initial  []bool          // per token: first word of a sentence or quote
	gaz      gazIndex        // per token: matches starting there, longest first
	covered  []bool          // per token: inside some gazetteer match
	midCaps  map[string]bool // lower-case words written capitalized inside sentences
	ments    []*cand
	// The document's epithets resolved to actors named nowhere else as
	// a mention of their own, and those a nationality left unresolved
	// (see epithetSpans).
	epithetRefs, epithetBlocked []epithetRef
	// record, when not nil, collects the ranker's decisions (see
	// CorefDecisions).
	record *[]CorefDecision
}

// cand is a mention being built.
type cand struct {
	first, last int // tokens [first, last)
	typ         Type
	entry       *gazetteer.Entry
	form        gazetteer.Form
	alts        []gazetteer.Candidate
	source      Source
	role        string
	country     string
	name        string
	strong      bool // typed by a gazetteer, keyword or title, not by default
	personLike  bool // shaped like a personal name (given name, title, "said")
	unsure      bool // a common word: dropped unless coreference confirms it
}

func (t *Tagger) newAnalysis(s string) *analysis {
	a := &analysis{t: t, src: s}
	toks, glued := splitGlued(text.Tokenize(s))
	a.glued = glued
	a.sents = splitSentences(text.Sentences(s, toks), toks, glued)
	n := len(toks)
	if t.pos != nil {
		a.pos, a.model = t.pos.tag(s, toks, a.sents, t.opts.model)
	}
	if a.pos == nil {
		a.pos = make([]text.POS, n)
	}
	// The document's tokens are made here, once, and the tokenizer's let
	// go: the analysis reads the same offsets and words, and document()
	// hands the slice over, so that two copies of a long text's tokens
	// never live at once past this point.
	a.toks = make([]Token, n)
	for i, tk := range toks {
		a.toks[i] = Token{Start: tk.Start, End: tk.End, Text: tk.Text, POS: POS(a.pos[i])}
	}
	a.sentOf = make([]int32, n)
	a.headline = make([]bool, len(a.sents))
	a.initial = make([]bool, n)
	a.lower = newLowerWords(a.toks)
	for si, se := range a.sents {
		caps, total := 0, 0
		start := true
		for i := se.First; i < se.Last; i++ {
			a.sentOf[i] = int32(si)
			if isWordTok(a.toks[i].Text) {
				total++
				if isAllCaps(a.toks[i].Text) {
					caps++
				}
				if start {
					a.initial[i] = true
					start = false
				}
			} else if opensClause(a.toks[i].Text) {
				start = true
			}
		}
		a.headline[si] = total >= 3 && caps*5 >= total*4
	}
	a.midCaps = map[string]bool{}
	for i, tk := range a.toks {
		if !a.initial[i] && !a.headline[a.sentOf[i]] && isCapTok(tk.Text) && isWordTok(tk.Text) && !isAllCaps(tk.Text) {
			a.midCaps[a.low(i)] = true
		}
	}
	a.covered = make([]bool, n)
	// The gazetteer is matched sentence by sentence (a match across a
	// sentence end is of no use), so that its per-word scratch and the
	// words it reads stay the size of one sentence.
	var kept []gazetteer.WordMatch
	var words []string // the words of one sentence
	for _, se := range a.sents {
		words = words[:0]
		for _, tk := range a.toks[se.First:se.Last] {
			words = append(words, tk.Text)
		}
		for _, m := range t.g.MatchWords(words) {
			if len(m.Candidates) == 0 || m.Last <= m.First {
				continue
			}
			m.First += se.First
			m.Last += se.First
			kept = append(kept, m)
			for k := m.First; k < m.Last; k++ {
				a.covered[k] = true
			}
		}
	}
	a.gaz = newGazIndex(kept, n)
	return a
}

// lowerWords holds the lower case of every token of a text in about 4
// bytes a token: most words are their own lower case and are read from
// the token itself; the others are pieces of one string. A []string of
// them took 16 bytes a token, and an allocation for each changed word,
// at the tagger's peak.
type lowerWords struct {
	at   []int32 // per token: -1 when the word is its own lower case, else k: text[offs[k]:offs[k+1]]
	offs []int32
	text string // the changed words, lower-cased, one after the other
}

func newLowerWords(toks []Token) lowerWords {
	var lw lowerWords
	lw.at = make([]int32, len(toks))
	var sb strings.Builder
	for i, tk := range toks {
		l := strings.ToLower(tk.Text)
		if l == tk.Text {
			lw.at[i] = -1
			continue
		}
		lw.at[i] = int32(len(lw.offs))
		lw.offs = append(lw.offs, int32(sb.Len()))
		sb.WriteString(l)
	}
	lw.offs = append(lw.offs, int32(sb.Len()))
	lw.text = sb.String()
	return lw
}

// low returns the lower case of token i.
func (a *analysis) low(i int) string {
	k := a.lower.at[i]
	if k < 0 {
		return a.toks[i].Text
	}
	return a.lower.text[a.lower.offs[k]:a.lower.offs[k+1]]
}

// Token predicates.

func isWordTok(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

func isCapTok(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

func isAllCaps(s string) bool {
	letters := false
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters = true
		}
	}
	return letters
}

func opensClause(s string) bool {
	switch s {
	case "\"", "\u201c", "\u2018", "(", "[", ":", "-", "--", "\u2014", "\u2013", ";":
		return true
	}
	return false
}

// common reports whether the lower-case word is a common English word up
// to the given SCOWL level.
func (a *analysis) common(i int, upTo uint8) bool {
	l := a.t.words.commonLevel(a.low(i))
	return l != 0 && l <= upTo
}

func (a *analysis) spaceBetween(i, j int) bool {
	return a.toks[i].End < a.toks[j].Start
}

func (a *analysis) lineBreakBefore(i int) bool {
	if i == 0 || a.glued[i] {
		return true
	}
	return strings.ContainsAny(a.src[a.toks[i-1].End:a.toks[i].Start], "\n\r")
}

// document converts the analysis into the public Document.
func (a *analysis) document() *Document {
	// The per-token scratch of the analysis is done with: let it go before
	// the document's tokens are made, where memory peaks on a long text.
	a.lower, a.glued, a.initial, a.gaz, a.covered, a.headline, a.midCaps, a.model = lowerWords{}, nil, nil, gazIndex{}, nil, nil, nil, nil
	doc := &Document{Text: a.src, Tokens: a.toks}
	a.toks, a.pos = nil, nil
	doc.Sentences = make([]Sentence, len(a.sents))
	for i, se := range a.sents {
		doc.Sentences[i] = Sentence(se)
	}
	slices.SortFunc(a.ments, func(x, y *cand) int { return x.first - y.first })
	typed := 0
	for _, c := range a.ments {
		if c.typ != 0 {
			typed++
		}
	}
	cands := make([]*cand, 0, typed) // behind doc.Mentions
	if typed > 0 {
		doc.Mentions = make([]Mention, 0, typed)
	}
	for _, c := range a.ments {
		if c.typ == 0 {
			continue
		}
		cands = append(cands, c)
		st, en := doc.Tokens[c.first].Start, doc.Tokens[c.last-1].End
		m := Mention{Start: st, End: en, Text: a.src[st:en], Type: c.typ, Role: c.role,
			Source: c.source, Sentence: int(a.sentOf[c.first]), First: c.first, Last: c.last,
			Country: c.country, Name: c.name}
		if c.entry != nil {
			m.ID = c.entry.ID
			m.Kind = c.entry.Kind
			m.Name = c.entry.Name
			if r, ok := officeOn(c.entry, a.date); ok && c.typ == Person {
				// A dated document: the office the person held that day,
				// unless the text names one, and its country.
				if m.Role == "" {
					m.Role = r.Title
				}
				if gazetteer.IsCountryID(r.Of) && (m.Country == "" || m.Country == c.entry.Country) {
					m.Country = r.Of // the office's country over the person's own
				}
			}
			if m.Country == "" {
				m.Country = c.entry.Country
			}
		}
		if m.Name == "" {
			m.Name = m.Text
		}
		doc.Mentions = append(doc.Mentions, m)
	}
	doc.Governments = governments(doc, a.t.stateForms)
	indexMentions(doc)
	doc.Index.genders = a.t.genders
	a.epithetRefs, a.epithetBlocked = epithetReader{a}.epithetSpans(doc, cands)
	a.groupEntities(doc, cands)
	return doc
}

// splitGlued splits the words that a lost line break glued to a dateline
// in capitals ("More InformationANDONG, South Korea:"): a capitalized word
// of three or more lower-case letters running into three or more capitals
// becomes two tokens, and glued marks the second. Both keep their bytes.
// The tokens are moved within toks when its capacity has room for the new
// ones (the tokenizer's slice usually has), else copied.
func splitGlued(toks []text.Token) ([]text.Token, []bool) {
	cuts := 0
	for _, tk := range toks {
		if gluedCut(tk.Text) > 0 {
			cuts++
		}
	}
	n := len(toks)
	glued := make([]bool, n+cuts)
	if cuts == 0 {
		return toks, glued
	}
	var out []text.Token
	if cap(toks) >= n+cuts {
		out = toks[:n+cuts]
	} else {
		out = make([]text.Token, n+cuts)
	}
	// From the end: out[j] is never a token of toks not yet read (j >= i).
	j := n + cuts
	for i := n - 1; i >= 0; i-- {
		tk := toks[i]
		cut := gluedCut(tk.Text)
		if cut == 0 {
			j--
			out[j] = tk
			continue
		}
		j -= 2
		out[j] = text.Token{Start: tk.Start, End: tk.Start + cut, Text: tk.Text[:cut], SpaceBefore: tk.SpaceBefore}
		out[j+1] = text.Token{Start: tk.Start + cut, End: tk.End, Text: tk.Text[cut:]}
		glued[j+1] = true
	}
	return out, glued
}

// gluedCut returns the byte offset where the capitals of a glued word
// start ("InformationANDONG": 11), or 0: an upper-case letter, at least
// three lower-case ones, then at least three upper-case ones to the end.
func gluedCut(w string) int {
	n := len(w)
	if n < 7 || w[0] < 'A' || w[0] > 'Z' {
		return 0
	}
	i := 1
	for i < n && w[i] >= 'a' && w[i] <= 'z' {
		i++
	}
	if i < 4 || n-i < 3 {
		return 0
	}
	for k := i; k < n; k++ {
		if w[k] < 'A' || w[k] > 'Z' {
			return 0
		}
	}
	return i
}

// splitSentences starts a new sentence at every glued token: the lost
// line break ended one.
func splitSentences(sents []text.Sentence, toks []text.Token, glued []bool) []text.Sentence {
	if !slices.Contains(glued, true) {
		return sents
	}
	var out []text.Sentence
	for _, se := range sents {
		for k := se.First + 1; k < se.Last; k++ {
			if glued[k] {
				out = append(out, text.Sentence{Start: se.Start, End: toks[k-1].End, First: se.First, Last: k})
				se.Start, se.First = toks[k].Start, k
			}
		}
		out = append(out, se)
	}
	return out
}

// gazIndex holds the gazetteer matches of a text by first token, longest
// first: one slice of matches and one offset per token, rather than a
// slice per token.
type gazIndex struct {
	matches []gazetteer.WordMatch // ordered by First, then longest first
	from    []int32               // matches starting at token i are matches[from[i]:from[i+1]]
}

// newGazIndex indexes ms (reordering it) for a text of n tokens; every
// match starts inside the text.
func newGazIndex(ms []gazetteer.WordMatch, n int) gazIndex {
	slices.SortStableFunc(ms, func(x, y gazetteer.WordMatch) int {
		if x.First != y.First {
			return x.First - y.First
		}
		return y.Last - x.Last
	})
	g := gazIndex{matches: ms, from: make([]int32, n+1)}
	k := 0
	for i := range n + 1 {
		for k < len(ms) && ms[k].First < i {
			k++
		}
		g.from[i] = int32(k)
	}
	return g
}

// at returns the matches that start at token i, longest first.
func (g gazIndex) at(i int) []gazetteer.WordMatch {
	return g.matches[g.from[i]:g.from[i+1]]
}
