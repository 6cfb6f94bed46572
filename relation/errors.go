package relation

import (
	"fmt"
	"sort"

	"github.com/geoextract/geoextract/dataerr"
	"github.com/geoextract/geoextract/internal/diag"
)

// Position is a place in a lexicon file, file:line:col. It is
// [dataerr.Position], the one position type of lexicons and gazetteers.
type Position = dataerr.Position

// Error is one problem found in a lexicon, at a position in its file. It is
// [dataerr.Error], the one positioned error of lexicons and gazetteers:
// errors.As with a *dataerr.Error or a *relation.Error finds it. Its Msg
// carries no "relation: " prefix; the prefix is added once, by
// [ErrorList.Error].
type Error = dataerr.Error

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

// Unwrap returns the errors of l, so that [errors.As] with a
// *dataerr.Error finds the first.
func (l ErrorList) Unwrap() []error {
	errs := make([]error, len(l))
	for i, e := range l {
		errs[i] = e
	}
	return errs
}

// Err returns l as an error, or nil when l is empty.
func (l ErrorList) Err() error {
	if len(l) == 0 {
		return nil
	}
	return l
}
