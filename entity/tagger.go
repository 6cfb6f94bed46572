package entity

import (
	"github.com/geoextract/geoextract/gazetteer"
	"github.com/geoextract/geoextract/internal/text"
)

// Option configures a Tagger.
type Option func(*options)

type options struct {
	model bool
}

// WithModel turns the statistical NER fallback on or off (default on).
func WithModel(on bool) Option { return func(o *options) { o.model = on } }

// Tagger finds entity mentions. A Tagger is immutable and safe for
// concurrent use; build one and share it.
type Tagger struct {
	g    *gazetteer.Gazetteer
	opts options
}

// NewTagger returns a tagger that links mentions to g.
func NewTagger(g *gazetteer.Gazetteer, opts ...Option) *Tagger {
	o := options{model: true}
	for _, f := range opts {
		f(&o)
	}
	return &Tagger{g: g, opts: o}
}

// Tag returns the entity mentions of text, ordered by offset.
func (t *Tagger) Tag(s string) []Mention { return t.Analyze(s).Mentions }

// Analyze tokenizes, tags and links s. STUB: gazetteer matches only.
func (t *Tagger) Analyze(s string) *Document {
	toks := text.Tokenize(s)
	doc := &Document{Text: s}
	words := make([]string, len(toks))
	for i, tk := range toks {
		doc.Tokens = append(doc.Tokens, Token{Start: tk.Start, End: tk.End, Text: tk.Text})
		words[i] = tk.Text
	}
	sents := text.Sentences(s, toks)
	sentOf := make([]int, len(toks))
	for si, se := range sents {
		doc.Sentences = append(doc.Sentences, Sentence(se))
		for k := se.First; k < se.Last; k++ {
			sentOf[k] = si
		}
	}
	next := 0
	for _, m := range t.g.MatchWords(words) {
		if m.First < next || len(m.Candidates) == 0 {
			continue
		}
		c := m.Candidates[0]
		st, en := toks[m.First].Start, toks[m.Last-1].End
		doc.Mentions = append(doc.Mentions, Mention{Start: st, End: en, Text: s[st:en], Type: c.Type,
			ID: c.Entry.ID, Name: c.Entry.Name, Country: c.Entry.Country, Source: FromGazetteer,
			Sentence: sentOf[m.First], First: m.First, Last: m.Last})
		next = m.Last
	}
	return doc
}
