package gazetteer

import "fmt"

// Entry is one actor: a country, a city, a person, an organization or an
// event. An Entry read from a Gazetteer must not be modified.
type Entry struct {
	ID       string   // unique id: ISO 3166-1 alpha-3 for countries, "kind/slug" otherwise
	Type     Type     // entity type of the actor's names
	Name     string   // canonical name
	Country  string   // ISO alpha-3 code of the country the actor belongs to; "" for international bodies
	Aliases  []string // other names of the same type
	Demonyms []string // nationality adjectives and nouns, matched as NORP
	Capitals []string // seats of government standing for the entry, matched as GPE
	Roles    []Role   // offices held
	Pos      Position // where the entry was defined
}

// Role is an office held by a person ("Defense Minister"). From and To are
// dates written YYYY, YYYY-MM or YYYY-MM-DD; empty means open-ended.
type Role struct {
	Title   string
	Country string // country of the office, when it differs from the entry's
	From    string
	To      string
}

// Position is a place in a gazetteer file. Line and Column are 1-based;
// the zero Position means "unknown".
type Position struct {
	File         string
	Line, Column int
}

// String formats p as file:line:col, leaving out the parts that are unknown.
func (p Position) String() string {
	s := p.File
	if p.Line > 0 {
		if s != "" {
			s += ":"
		}
		s += fmt.Sprintf("%d:%d", p.Line, p.Column)
	}
	if s == "" {
		s = "-"
	}
	return s
}
