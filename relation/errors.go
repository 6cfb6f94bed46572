package relation

import (
	"fmt"
	"sort"

	"github.com/geoextract/geoextract/gazetteer"
	"github.com/geoextract/geoextract/internal/diag"
)

// Position is a place in a lexicon file, file:line:col; it is the
// gazetteer's Position.
type Position = gazetteer.Position

// Error is one problem found in a lexicon, at a position in its file; it is
// the gazetteer's Error. Its Msg carries no "relation: " prefix; the prefix
// is added once, by [ErrorList.Error].
type Error = gazetteer.Error

// ErrorList holds every problem found while loading a lexicon, in the
// manner of go/scanner.ErrorList. LoadLexicon returns an ErrorList sorted
// by position when its input is invalid.
//
// The zero ErrorList is empty and ready to use. It is not safe for
// concurrent modification.
type ErrorList []*Error

// Add appends an Error with the given position and message.
func (l *ErrorList) Add(pos Position, format string, args ...any) {
	*l = append(*l, &Error{Pos: pos, Msg: fmt.Sprintf(format, args...)})
}

// Sort orders the list by file, line, column and message.
func (l ErrorList) Sort() {
	sort.SliceStable(l, func(i, j int) bool {
		a, b := l[i], l[j]
		if a.Pos != b.Pos {
			return a.Pos.Before(b.Pos)
		}
		return a.Msg < b.Msg
	})
}

// Error reports the errors one per line, each prefixed with "relation: ";
// past ten it summarizes the rest.
func (l ErrorList) Error() string { return diag.Join("relation: ", l) }

// Err returns l as an error, or nil when l is empty.
func (l ErrorList) Err() error {
	if len(l) == 0 {
		return nil
	}
	return l
}
