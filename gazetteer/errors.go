package gazetteer

import (
	"sort"

	"github.com/geoextract/geoextract/internal/diag"
)

// Error is one problem found in a data file (a gazetteer here, a relation
// lexicon in package relation), at a position in the file.
//
// Msg is lower case and carries no package prefix ("gazetteer: "); that is
// added once, by [ErrorList.Error]. Error is a plain value; the zero Error
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

// ErrorList is the list of every problem found while loading or
// validating a gazetteer, in the manner of go/scanner.ErrorList. Load,
// LoadFile, New and Default return an ErrorList, sorted by position, when
// the input is invalid; use [errors.As] to get at the individual errors.
//
// The zero ErrorList is an empty list, ready to use. An ErrorList is not
// safe for concurrent modification.
type ErrorList []*Error

// Add appends an Error with the given position and message.
func (l *ErrorList) Add(pos Position, msg string) {
	*l = append(*l, &Error{Pos: pos, Msg: msg})
}

// Len, Swap and Less implement sort.Interface, ordering by file, line,
// column and then message.
func (l ErrorList) Len() int      { return len(l) }
func (l ErrorList) Swap(i, j int) { l[i], l[j] = l[j], l[i] }
func (l ErrorList) Less(i, j int) bool {
	a, b := l[i], l[j]
	if a.Pos != b.Pos {
		return a.Pos.Before(b.Pos)
	}
	return a.Msg < b.Msg
}

// Sort sorts the list by position. Errors at the same position keep a
// deterministic order (by message).
func (l ErrorList) Sort() { sort.Stable(l) }

// Error reports every error in the list, one per line, each prefixed with
// "gazetteer: ". Past ten errors it summarizes the rest as "and N more
// errors".
func (l ErrorList) Error() string { return diag.Join("gazetteer: ", l) }

// Err returns l as an error, or nil when l is empty.
func (l ErrorList) Err() error {
	if len(l) == 0 {
		return nil
	}
	return l
}
