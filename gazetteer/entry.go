package gazetteer

import "strconv"

// Entry is one actor: a country, a city, a person, an organization or an
// event, as written in a gazetteer file.
//
// Entries obtained from a Gazetteer are shared by every user of that
// Gazetteer and must not be modified; reading them from several goroutines
// is safe. The zero Entry is not valid (it has no id, type or name); New
// reports why.
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
// dates written YYYY, YYYY-MM or YYYY-MM-DD; empty means open-ended. Role
// is a plain value; the zero Role has no title and is not valid.
type Role struct {
	Title   string
	Country string // country of the office, when it differs from the entry's
	From    string
	To      string
}

// Position is a place in a data file: a gazetteer here, a relation lexicon
// in package relation. Line and Column are 1-based
// (Column counts characters, as yaml.v3 does); the zero Position means
// "unknown". Position is a plain value.
type Position struct {
	File         string
	Line, Column int
}

// String formats p as file:line:col, leaving out the parts that are
// unknown: "file:line" without a column, "file" without a line, "-" when
// nothing is known.
func (p Position) String() string {
	s := p.File
	if p.Line > 0 {
		if s != "" {
			s += ":"
		}
		s += strconv.Itoa(p.Line)
		if p.Column > 0 {
			s += ":" + strconv.Itoa(p.Column)
		}
	}
	if s == "" {
		s = "-"
	}
	return s
}

// Before reports whether p comes before q: by file, then line, then column.
func (p Position) Before(q Position) bool {
	if p.File != q.File {
		return p.File < q.File
	}
	if p.Line != q.Line {
		return p.Line < q.Line
	}
	return p.Column < q.Column
}
