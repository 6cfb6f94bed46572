package gazetteer

import "io"

// STUB: the API below is the contract; the implementation is in progress.

// Gazetteer is a validated, immutable set of entries with a compiled name
// matcher. It is safe for concurrent use. The zero Gazetteer is empty.
type Gazetteer struct {
	entries []*Entry
	byID    map[string]*Entry
}

// Load reads a gazetteer in YAML. name is used in error positions (a file name).
func Load(r io.Reader, name string) (*Gazetteer, error) { return &Gazetteer{}, nil }

// LoadFile reads the gazetteer file at path.
func LoadFile(path string) (*Gazetteer, error) { return &Gazetteer{}, nil }

// Default returns the embedded world gazetteer, loaded once.
func Default() (*Gazetteer, error) { return &Gazetteer{}, nil }

// New builds a gazetteer from entries, validating them.
func New(entries ...Entry) (*Gazetteer, error) { return &Gazetteer{}, nil }

// Merge combines gazetteers; an entry in a later one replaces an entry with the same id.
func Merge(gs ...*Gazetteer) (*Gazetteer, error) { return &Gazetteer{}, nil }

// Len returns the number of entries.
func (g *Gazetteer) Len() int { return len(g.entries) }

// Entries returns the entries in definition order. The slice is a copy; the entries are shared and must not be modified.
func (g *Gazetteer) Entries() []*Entry { return append([]*Entry(nil), g.entries...) }

// Lookup returns the entry with the given id.
func (g *Gazetteer) Lookup(id string) (*Entry, bool) { e, ok := g.byID[id]; return e, ok }

// Form says how a matched surface names its entry.
type Form uint8

const (
	FormName    Form = iota + 1 // the canonical name
	FormAlias                   // an alias
	FormDemonym                 // a demonym (tagged NORP)
	FormCapital                 // a capital standing for a country (tagged GPE)
)

// Candidate is one entry a matched surface may refer to.
type Candidate struct {
	Entry *Entry
	Form  Form
	Type  Type // the type of this surface: Entry.Type, NORP for demonyms, GPE for capitals
}

// WordMatch is a name found in a word sequence: words [First, Last).
type WordMatch struct {
	First, Last int
	Candidates  []Candidate
}

// MatchWords finds every name occurrence in words (tokens as produced by the
// project tokenizer), overlapping ones included, ordered by First and then
// longest first.
func (g *Gazetteer) MatchWords(words []string) []WordMatch { return nil }

// Match is a name found in text, with byte offsets.
type Match struct {
	Start, End int
	Text       string
	Candidates []Candidate
}

// Match tokenizes text and returns the leftmost-longest non-overlapping name matches.
func (g *Gazetteer) Match(text string) []Match { return nil }
