package syntax

import (
	_ "embed"
	"fmt"
	"strings"
	"sync"

	"github.com/geoextract/geoextract/internal/english"
	"github.com/geoextract/geoextract/internal/text"
	"gopkg.in/yaml.v3"
)

// Tagger gives each word its Penn Treebank (XPOS) and universal (UPOS)
// part-of-speech tag, writing them into xpos and upos, which have the
// length of words. It must be safe for concurrent use.
type Tagger interface {
	Tag(words, xpos, upos []string)
}

// Lemmatizer gives the lemma of a word with its XPOS tag. It must be safe
// for concurrent use.
type Lemmatizer interface {
	Lemma(form, xpos string) string
}

//go:embed closed.yaml
var closedYAML []byte

// closedClass is the data of closed.yaml, compiled, with the negating
// lemmas of the word class negating_lemmas (internal/english).
type closedClass struct {
	negation map[string]bool
	splits   map[string][]string
}

var loadClosed = sync.OnceValues(func() (*closedClass, error) {
	var raw struct {
		Splits map[string][]string `yaml:"splits"`
	}
	if err := yaml.Unmarshal(closedYAML, &raw); err != nil {
		return nil, fmt.Errorf("syntax: closed.yaml: %v", err)
	}
	words, err := english.Base()
	if err != nil {
		return nil, fmt.Errorf("syntax: %w", err)
	}
	c := &closedClass{negation: map[string]bool{}, splits: map[string][]string{}}
	for _, w := range words.Words(english.NegatingLemmas) {
		c.negation[w] = true
	}
	for k, parts := range raw.Splits {
		if !strings.EqualFold(strings.Join(parts, ""), k) {
			return nil, fmt.Errorf("syntax: closed.yaml: split of %q does not spell it: %q", k, parts)
		}
		c.splits[strings.ToLower(k)] = parts
	}
	return c, nil
})

// Parser tags, lemmatizes and parses sentences. It is immutable and safe
// for concurrent use; build one with New or Default and share it.
type Parser struct {
	model  *Model
	tagger Tagger
	lemmas Lemmatizer
	closed *closedClass
}

// New returns a parser that tags with t, lemmatizes with l (nil: lemmas
// are left empty) and parses with m.
func New(m *Model, t Tagger, l Lemmatizer) (*Parser, error) {
	c, err := loadClosed()
	if err != nil {
		return nil, err
	}
	if m == nil || t == nil {
		return nil, fmt.Errorf("syntax: New needs a model and a tagger")
	}
	return &Parser{model: m, tagger: t, lemmas: l, closed: c}, nil
}

// Parse tags and parses one sentence given as words.
func (p *Parser) Parse(words []string) *Graph {
	out := make([]Word, len(words))
	for i, w := range words {
		out[i] = Word{Form: w, Start: -1, End: -1}
	}
	return p.parseWords(out)
}

// ParseTokens parses the tokens of one sentence of src (package text's
// tokens, with byte offsets). Tokens that the treebanks split ("cannot")
// become several words over parts of the token's bytes.
func (p *Parser) ParseTokens(src string, toks []text.Token) *Graph {
	words := make([]Word, 0, len(toks))
	var splits [][2]int
	for _, t := range toks {
		parts := p.closed.splits[strings.ToLower(t.Text)]
		if len(parts) == 0 {
			words = append(words, Word{Form: t.Text, Start: t.Start, End: t.End})
			continue
		}
		at := t.Start
		splits = append(splits, [2]int{len(words), len(words) + len(parts) - 1})
		for _, part := range parts {
			words = append(words, Word{Form: src[at : at+len(part)], Start: at, End: at + len(part)})
			at += len(part)
		}
	}
	g := p.parseWords(words)
	g.splits = splits
	return g
}

func (p *Parser) parseWords(words []Word) *Graph {
	n := len(words)
	forms := make([]string, n)
	for i, w := range words {
		forms[i] = w.Form
	}
	xpos, upos := make([]string, n), make([]string, n)
	p.tagger.Tag(forms, xpos, upos)
	heads, rels := p.model.Parse(forms, xpos, upos)
	for i := range words {
		w := &words[i]
		w.XPOS, w.UPOS = xpos[i], upos[i]
		if p.lemmas != nil {
			w.Lemma = p.lemmas.Lemma(w.Form, w.XPOS)
		}
		w.Head, w.Rel = heads[i]-1, rels[i]
	}
	return newGraph(words, p.closed)
}
