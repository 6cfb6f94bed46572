package syntax

import (
	_ "embed"
	"fmt"
	"sync"

	"github.com/geoextract/geoextract/internal/lemma"
	"github.com/geoextract/geoextract/internal/postag"
)

//go:embed parser.model
var parserModel []byte

// DefaultModel returns the embedded parsing model, decoded once per
// process.
func DefaultModel() (*Model, error) { return defaultModel() }

var defaultModel = sync.OnceValues(func() (*Model, error) {
	m, err := Load(parserModel)
	if err != nil {
		return nil, fmt.Errorf("syntax: embedded model: %w", err)
	}
	return m, nil
})

// Default returns the parser with the embedded models: the tagger of
// package postag, the lemmatizer of package lemma and the parsing model.
// They are decoded once per process.
func Default() (*Parser, error) { return defaultParser() }

var defaultParser = sync.OnceValues(func() (*Parser, error) {
	m, err := DefaultModel()
	if err != nil {
		return nil, err
	}
	t, err := postag.Default()
	if err != nil {
		return nil, err
	}
	l, err := lemma.Default()
	if err != nil {
		return nil, err
	}
	return New(m, posTagger{t}, l)
})

// posTagger adapts package postag to Tagger.
type posTagger struct{ m *postag.Model }

func (t posTagger) Tag(words, xpos, upos []string) {
	tags := t.m.Tag(words, make([]postag.Tags, 0, len(words)))
	for i, tg := range tags {
		xpos[i], upos[i] = tg.XPOS, tg.UPOS
	}
}
