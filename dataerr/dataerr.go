// Package dataerr holds the positioned error of the data files geoextract
// reads: a gazetteer (package gazetteer) or a relation lexicon (package
// relation). Both report every problem as an *Error at a file:line:col
// Position, collected in their own ErrorList; use [errors.As] to get at
// one:
//
//	var e *dataerr.Error
//	if errors.As(err, &e) {
//		fmt.Println(e.Pos.Line, e.Msg)
//	}
package dataerr

import "strconv"

// Position is a place in a data file. Line and Column are 1-based (Column
// counts characters, as yaml.v3 does); the zero Position means "unknown".
// Position is a plain value.
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

// Error is one problem found in a data file, at a position in the file.
//
// Msg is lower case and carries no package prefix ("gazetteer: "); the
// package's ErrorList adds it once. Error is a plain value; the zero Error
// has no position and no message.
type Error struct {
	Pos Position
	Msg string
}

// Error formats e as "file:line:col: message", or just the message when
// the position is unknown.
func (e *Error) Error() string {
	if e.Pos == (Position{}) {
		return e.Msg
	}
	return e.Pos.String() + ": " + e.Msg
}
