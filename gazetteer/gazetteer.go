package gazetteer

import (
	"fmt"
	"io"
	"os"
	"sync"
)

// Gazetteer is a validated, immutable set of entries with a compiled name
// matcher. It is safe for concurrent use: the matcher is compiled once, on
// first use, and never changes afterwards.
//
// The zero Gazetteer is empty and ready to use; so is a nil *Gazetteer.
// A Gazetteer must not be copied after first use.
type Gazetteer struct {
	entries []*Entry
	byID    map[string]*Entry

	once sync.Once
	m    *matcher
}

// Load reads a gazetteer in YAML (see the package documentation for the
// format). name is used in error positions; it is usually the file name.
// If the input is invalid, the error is an [ErrorList] holding every
// problem found, each with its file:line:col.
func Load(r io.Reader, name string) (*Gazetteer, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("gazetteer: reading %s: %w", name, err)
	}
	return load(data, name)
}

// LoadFile reads the gazetteer file at path. Error positions name the
// file by path.
func LoadFile(path string) (*Gazetteer, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("gazetteer: %w", err)
	}
	return load(data, path)
}

func load(data []byte, name string) (*Gazetteer, error) {
	g, errs := parseEntries(data, name)
	if len(errs) > 0 {
		return nil, errs
	}
	return g, nil
}

// New builds a gazetteer from entries, validating them as Load does. The
// entries are copied. An entry's Pos, when set, is used in errors;
// otherwise errors name the entry by id. As in files, a GPE entry whose id
// is a country code and that has no Country gets its id as Country.
func New(entries ...Entry) (*Gazetteer, error) {
	var errs ErrorList
	first := make(map[string]Position, len(entries))
	out := make([]*Entry, 0, len(entries))
	for i := range entries {
		e := entries[i] // a copy
		e.Aliases = cloneStrings(e.Aliases)
		e.Demonyms = cloneStrings(e.Demonyms)
		e.Capitals = cloneStrings(e.Capitals)
		if e.Roles != nil {
			e.Roles = append([]Role(nil), e.Roles...)
		}
		n := len(errs)
		validateEntry(&e, e.Pos, &errs)
		if e.ID != "" {
			if p, dup := first[e.ID]; dup {
				errs.Add(e.Pos, fmt.Sprintf("duplicate id %q (first defined at %v)", e.ID, p))
			} else {
				first[e.ID] = e.Pos
			}
		}
		if len(errs) == n {
			defaultCountry(&e)
			out = append(out, &e)
		}
	}
	if len(errs) > 0 {
		errs.Sort()
		return nil, errs
	}
	return newGazetteer(out), nil
}

func cloneStrings(s []string) []string {
	if s == nil {
		return nil
	}
	return append([]string(nil), s...)
}

// newGazetteer indexes validated entries with unique ids.
func newGazetteer(entries []*Entry) *Gazetteer {
	g := &Gazetteer{entries: entries, byID: make(map[string]*Entry, len(entries))}
	for _, e := range entries {
		g.byID[e.ID] = e
	}
	return g
}

// Merge combines gazetteers into a new one. An entry in a later gazetteer
// replaces the entry with the same id in an earlier one, wholesale (its
// fields are not merged); this is how a user's own YAML extends and
// corrects the embedded world data:
//
//	world, _ := gazetteer.Default()
//	mine, _ := gazetteer.LoadFile("my.yaml")
//	g, _ := gazetteer.Merge(world, mine)
//
// The order is stable: entries keep the position of the first gazetteer
// that defines their id, and new ids follow in order. Nil gazetteers are
// skipped. The entries are shared with the inputs, which stay unchanged.
// The error is always nil today; it is there for future checks across
// gazetteers.
func Merge(gs ...*Gazetteer) (*Gazetteer, error) {
	n := 0
	for _, g := range gs {
		n += g.Len()
	}
	index := make(map[string]int, n)
	entries := make([]*Entry, 0, n)
	for _, g := range gs {
		if g == nil {
			continue
		}
		for _, e := range g.entries {
			if i, ok := index[e.ID]; ok {
				entries[i] = e
				continue
			}
			index[e.ID] = len(entries)
			entries = append(entries, e)
		}
	}
	return newGazetteer(entries), nil
}

// Len returns the number of entries.
func (g *Gazetteer) Len() int {
	if g == nil {
		return 0
	}
	return len(g.entries)
}

// Entries returns the entries in definition order. The slice is a copy;
// the entries are shared and must not be modified.
func (g *Gazetteer) Entries() []*Entry {
	if g == nil {
		return nil
	}
	return append([]*Entry(nil), g.entries...)
}

// Lookup returns the entry with the given id, such as "KOR" or
// "person/lee-jong-sup".
func (g *Gazetteer) Lookup(id string) (*Entry, bool) {
	if g == nil {
		return nil, false
	}
	e, ok := g.byID[id]
	return e, ok
}

// emptyMatcher serves nil gazetteers.
var emptyMatcher = compile(nil)

// matcher returns the compiled matcher, building it on first use.
func (g *Gazetteer) matcher() *matcher {
	if g == nil {
		return emptyMatcher
	}
	g.once.Do(func() { g.m = compile(g.entries) })
	return g.m
}
