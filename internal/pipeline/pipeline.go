// Package pipeline builds the library's default pipeline for the
// measurement commands (pairtrain, evcoref, whynot, freshcheck,
// gapverbs, and the comparison harness bench/): the embedded gazetteer and
// relation lexicon, a tagger over the one and an extractor over the other,
// set up alike in each command.
package pipeline

import (
	"github.com/geoextract/geoextract/entity"
	"github.com/geoextract/geoextract/gazetteer"
	"github.com/geoextract/geoextract/relation"
)

// Pipeline is the default tagger and an extractor, with the lexicon the
// extractor was built from. Its fields are immutable once New returns: the
// tagger is safe for concurrent use, the extractor as far as the options
// given to New are (a trace callback that appends to a slice is not). The
// zero Pipeline is not usable: call New.
type Pipeline struct {
	Lexicon   *relation.Lexicon
	Tagger    *entity.Tagger
	Extractor *relation.Extractor
}

// New loads the default gazetteer and lexicon (each once per process) and
// builds the tagger and the extractor. With model false the extractor runs
// the rules alone, as relation.WithModel(nil) (the CLI's
// -no-relation-model); with model true it keeps the default relation
// model. opts are applied after that choice.
func New(model bool, opts ...relation.Option) (Pipeline, error) {
	g, err := gazetteer.Default()
	if err != nil {
		return Pipeline{}, err
	}
	lex, err := relation.DefaultLexicon()
	if err != nil {
		return Pipeline{}, err
	}
	if !model {
		opts = append([]relation.Option{relation.WithModel(nil)}, opts...)
	}
	return Pipeline{
		Lexicon:   lex,
		Tagger:    entity.NewTagger(g),
		Extractor: relation.NewExtractor(lex, opts...),
	}, nil
}
