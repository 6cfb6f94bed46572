package relation

import (
	"io"

	"github.com/geoextract/geoextract/entity"
)

// STUB: the API below is the contract; the implementation is in progress.

// Lexicon is a compiled set of event triggers. It is immutable and safe for concurrent use.
type Lexicon struct{}

// LoadLexicon reads a lexicon in YAML; name is used in error positions.
func LoadLexicon(r io.Reader, name string) (*Lexicon, error) { return &Lexicon{}, nil }

// DefaultLexicon returns the embedded lexicon, loaded once.
func DefaultLexicon() (*Lexicon, error) { return &Lexicon{}, nil }

// Option configures an Extractor.
type Option func(*options)

type options struct{}

// Extractor finds relations in analyzed documents. It is immutable and safe for concurrent use.
type Extractor struct{ lex *Lexicon }

// NewExtractor returns an extractor using lex.
func NewExtractor(lex *Lexicon, opts ...Option) *Extractor { return &Extractor{lex: lex} }

// Extract returns the relations stated in doc. published is the date the
// text was published (the zero Date when unknown); relative dates such as
// "on Sunday" are resolved against it.
func (x *Extractor) Extract(doc *entity.Document, published Date) []Relation { return nil }

// MergeLexicons combines lexicons; entries of later ones take precedence.
func MergeLexicons(ls ...*Lexicon) (*Lexicon, error) { return &Lexicon{}, nil }
