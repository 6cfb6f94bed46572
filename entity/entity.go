// Package entity finds and links the named entities of English news: it
// tags people, geopolitical entities, organizations, places, nationalities
// and events with byte offsets, links each mention to a gazetteer entry,
// and resolves repeated and shortened names within a document.
package entity

import (
	"github.com/geoextract/geoextract/gazetteer"
	"github.com/geoextract/geoextract/internal/text"
)

// Type is the entity type of a mention.
type Type = gazetteer.Type

// The entity types, re-exported from package gazetteer.
const (
	Person = gazetteer.Person
	GPE    = gazetteer.GPE
	Org    = gazetteer.Org
	Loc    = gazetteer.Loc
	NORP   = gazetteer.NORP
	Event  = gazetteer.Event
)

// POS is a Penn Treebank part-of-speech tag; String gives its treebank
// spelling ("NNP", "VBD", "PRP$").
type POS = text.POS

// Source says how a mention was found.
type Source uint8

const (
	FromGazetteer Source = iota + 1 // a gazetteer name
	FromPattern                     // capitalization, titles and context rules
	FromModel                       // the statistical NER fallback
	FromCoref                       // a shortened or repeated name of an earlier mention
)

func (s Source) String() string {
	switch s {
	case FromGazetteer:
		return "gazetteer"
	case FromPattern:
		return "pattern"
	case FromModel:
		return "model"
	case FromCoref:
		return "coref"
	}
	return "unknown"
}

// Mention is one entity mention. Text == doc[Start:End].
type Mention struct {
	Start, End int    // byte offsets into the input
	Text       string // the mention as written
	Type       Type
	ID         string // linked gazetteer id, "" when unlinked
	Name       string // canonical name (the gazetteer's, or the longest form in the document)
	Country    string // ISO alpha-3 code of the country the actor belongs to, "" when unknown
	Role       string // office named before a person ("Defense Minister"), "" when none
	Source     Source
	Sentence   int // index into Document.Sentences
	First      int // tokens [First, Last) of Document.Tokens
	Last       int
}

// Token is a word or punctuation mark with its part-of-speech tag.
type Token struct {
	Start, End int
	Text       string
	POS        POS
}

// Sentence is a sentence span; its tokens are Document.Tokens[First:Last].
type Sentence struct {
	Start, End  int
	First, Last int
}

// Document is the analysis of one text. It is a plain value: the tagger
// keeps no reference to it.
type Document struct {
	Text      string
	Tokens    []Token
	Sentences []Sentence
	Mentions  []Mention // ordered by Start
}

// MentionAt returns the index of the mention that covers token i, or -1.
func (d *Document) MentionAt(i int) int {
	for k := range d.Mentions {
		if d.Mentions[k].First <= i && i < d.Mentions[k].Last {
			return k
		}
	}
	return -1
}
