// Package nlp adapts github.com/jdkato/prose/v2 to geoextract's tokens.
//
// It is the only package that imports prose; no prose type leaves it. A
// Tagger runs prose's tokenizer and part-of-speech tagger (an averaged
// perceptron with Penn Treebank tags) and, on request, its named-entity
// chunker over each sentence of a text, then aligns prose's tokens (which
// carry no offsets) back onto the byte-offset tokens of package text.
//
// The tagger is prose's own, compiled (internal/ptag, generated from
// prose's weights by internal/gen): the same tags, deterministic ties, no
// map writes. Measured with internal/verify on 23,936 sentences (the dev
// files, the six treebank files and the example article; 400,084 tokens),
// no tag differs from prose's outside the 4 sentences with an exact score
// tie. On the example article the entity tagger runs about 3 times faster
// than with prose's tagger (entity BenchmarkTag, 33 ms against 103 ms on a
// loaded machine; 4,652 allocations against 17,741), the whole pipeline
// over the 661 dev records takes 0.6-0.7 s of CPU against 1.5 s, and a
// one-sentence run starts in 0.29 s of CPU against 0.57 s, since prose's
// models are decoded only when NER is asked for.
package nlp

import (
	"errors"
	"fmt"
	"sync"

	"github.com/geoextract/geoextract/internal/nlp/internal/ptag"
	"github.com/geoextract/geoextract/internal/text"
	"github.com/jdkato/prose/v2"
)

// Label is the type of a named entity found by prose's NER model. The
// zero Label is invalid. The set is prose's (ACE-style), not OntoNotes:
// there is no NORP or EVENT.
type Label uint8

// The labels prose's model emits.
const (
	Person   Label = iota + 1 // PERSON
	GPE                       // GPE: countries, cities, states
	Org                       // ORGANIZATION
	Loc                       // LOCATION: non-GPE places
	Facility                  // FACILITY: buildings, airports, roads
	GSP                       // GSP: geo-socio-political groups
)

var labelNames = [...]string{"", "PERSON", "GPE", "ORG", "LOC", "FAC", "GSP"}

// String returns the short name of the label: PERSON, GPE, ORG, LOC, FAC or GSP.
func (l Label) String() string {
	if l != 0 && int(l) < len(labelNames) {
		return labelNames[l]
	}
	return fmt.Sprintf("Label(%d)", uint8(l))
}

// parseLabel converts prose's entity label; unknown labels give 0.
func parseLabel(s string) Label {
	switch s {
	case "PERSON":
		return Person
	case "GPE":
		return GPE
	case "ORGANIZATION":
		return Org
	case "LOCATION":
		return Loc
	case "FACILITY":
		return Facility
	case "GSP":
		return GSP
	}
	return 0
}

// Entity is a named entity over the tokens [First, Last) of the token
// slice given to Tag.
type Entity struct {
	First, Last int
	Label       Label
}

// Result is what Tag found.
type Result struct {
	// POS holds one tag per input token.
	POS []text.POS
	// Entities are ordered and do not overlap; nil unless NER was asked for.
	Entities []Entity
}

// Tagger tags tokens: prose's tokenizer, prose's part-of-speech tagger
// compiled into dense tables (package ptag: the same tags as prose's
// tagger, ties broken deterministically, many times faster), and, on
// request, prose's named-entity chunker. prose's models (a few hundred
// milliseconds and 100 MB of allocations to decode) are decoded only on
// the first NER request. A Tagger never changes them, so it is safe for
// concurrent use; build one and share it. The zero Tagger is ready to use
// and shares the models of Default.
type Tagger struct {
	prose func() *prose.Model // decodes prose's models on first use
}

// NewTagger returns a Tagger with models of its own. Prefer Default,
// which decodes them once per process.
func NewTagger() *Tagger {
	return &Tagger{prose: sync.OnceValue(func() *prose.Model { return prose.ModelFromData("en") })}
}

var defaultTagger = sync.OnceValue(func() *Tagger {
	compiled() // decode the compiled tagger now: callers warm it with go Default()
	return NewTagger()
})

// Default returns the process-wide Tagger. The first call decodes the
// compiled part-of-speech model (about 40 ms); prose's own models wait
// for the first NER request.
func Default() *Tagger { return defaultTagger() }

func (t *Tagger) proseModel() *prose.Model {
	if t == nil || t.prose == nil {
		return Default().prose()
	}
	return t.prose()
}

// compiled is prose's tagger compiled (package ptag), or nil if the
// embedded model cannot be decoded (a broken build), in which case
// prose's own tagger is used.
var compiled = sync.OnceValue(func() *ptag.Model {
	m, err := ptag.Default()
	if err != nil {
		return nil
	}
	return m
})

// Tag tags the tokens toks of src, sentence by sentence. toks and sents
// are normally text.Tokenize(src) and text.Sentences(src, toks).
//
// Each sentence is given to prose as written, so prose's own tokenizer
// sees natural spacing (it keeps "Jong-sup" whole), except for a few
// rewrites that keep prose's tokenizer from panicking or dropping text and
// give its tagger the treebank's opening-quote token. prose's
// tokens are then aligned back onto src, and every token of toks takes the
// tag of the prose token that overlaps it most. A token without a letter or
// digit is Punct unless prose tagged it SYM, CC ("&") or POS (the "'" of
// "allies'"); so the "-" of "Jong-sup" is Punct while "Jong" and "sup" take
// the tag of the whole word. Closing double quotes, tokens outside every
// sentence, and sentences with out-of-range offsets get a rule-based tag.
//
// When ner is true, Result.Entities holds prose's entities mapped onto
// toks, without edge tokens that have no letter or digit.
//
// Tag never panics on any input. The same input gives the same tags: the
// compiled tagger breaks an exact tie of two classes by prose's class
// order, where prose's own tagger breaks it in Go map order. prose's
// entity chunker (ner true) still picks its best label with a loop over
// a map, so an exact tie there could in principle be broken differently
// from run to run; none turned up in repeated runs over a few thousand
// sentences of news, random word salad or fuzzed input.
func (t *Tagger) Tag(src string, toks []text.Token, sents []text.Sentence, ner bool) Result {
	res := Result{POS: make([]text.POS, len(toks))}
	done := make([]bool, len(toks))
	prevLast := 0
	for _, se := range sents {
		if !validSentence(src, toks, se, prevLast) {
			continue
		}
		prevLast = se.Last
		ents := tagSentence(t, src, toks, se, ner, res.POS)
		for i := se.First; i < se.Last; i++ {
			done[i] = true
		}
		res.Entities = append(res.Entities, ents...)
	}
	for i, d := range done {
		if !d {
			res.POS[i] = fallbackPOS(toks[i].Text)
		}
	}
	return res
}

// validSentence reports whether se is a non-empty range of toks after
// prevLast whose tokens are ordered byte ranges inside src.
func validSentence(src string, toks []text.Token, se text.Sentence, prevLast int) bool {
	if se.First < prevLast || se.First >= se.Last || se.Last > len(toks) {
		return false
	}
	end := max(toks[se.First].Start, 0)
	for _, tk := range toks[se.First:se.Last] {
		if tk.Start < end || tk.End <= tk.Start || tk.End > len(src) {
			return false
		}
		end = tk.End
	}
	return true
}

// runProse tokenizes one sentence with prose and tags it with the
// compiled tagger; with ner, prose's entity chunker also runs (it tags
// the sentence with prose's own tagger for its features). A panic inside
// prose (which the input cleaning is meant to prevent) is returned as an
// error, and so is an empty token, on which prose's tagger panics.
func runProse(t *Tagger, s string, ner bool) (toks []prose.Token, ents []prose.Entity, err error) {
	defer func() {
		if r := recover(); r != nil {
			toks, ents, err = nil, nil, fmt.Errorf("nlp: prose panicked: %v", r)
		}
	}()
	tagger := compiled()
	var doc *prose.Document
	switch {
	case ner || tagger == nil:
		doc, err = prose.NewDocument(s, prose.UsingModel(t.proseModel()),
			prose.WithSegmentation(false), prose.WithExtraction(ner))
	default:
		doc, err = prose.NewDocument(s, prose.WithSegmentation(false),
			prose.WithTagging(false), prose.WithExtraction(false))
	}
	if err != nil {
		return nil, nil, err
	}
	toks = doc.Tokens()
	if tagger != nil {
		words := make([]string, len(toks))
		for i, tk := range toks {
			words[i] = tk.Text
		}
		tags, _, ok := tagger.Tag(words, make([]string, 0, len(words)))
		if !ok {
			return nil, nil, errors.New("nlp: prose gave an empty token")
		}
		ptag.ShareTags(s, words, tags)
		for i := range toks {
			toks[i].Tag = tags[i]
		}
	}
	return toks, doc.Entities(), nil
}
