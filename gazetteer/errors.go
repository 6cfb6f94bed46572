package gazetteer

import (
	"sort"

	"github.com/geoextract/geoextract/dataerr"
	"github.com/geoextract/geoextract/internal/diag"
)

// Error is one problem found in a data file (a gazetteer here, a relation
// lexicon in package relation), at a position in the file. It is
// [dataerr.Error], the one positioned error of both: errors.As with a
// *dataerr.Error or a *gazetteer.Error finds it. Its Msg carries no
// "gazetteer: " prefix; that is added once, by [ErrorList.Error].
type Error = dataerr.Error

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
