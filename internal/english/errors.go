package english

import (
	"fmt"
	"sort"
	"strconv"
	"strings"

	"github.com/geoextract/geoextract/dataerr"
	"github.com/geoextract/geoextract/internal/diag"
)

// errorList holds the problems found in a file, each at its position.
type errorList []*dataerr.Error

func (l *errorList) add(pos dataerr.Position, format string, args ...any) {
	*l = append(*l, &dataerr.Error{Pos: pos, Msg: fmt.Sprintf(format, args...)})
}

func (l errorList) sort() {
	sort.SliceStable(l, func(i, j int) bool {
		a, b := l[i], l[j]
		if a.Pos != b.Pos {
			return a.Pos.Before(b.Pos)
		}
		return a.Msg < b.Msg
	})
}

func (l errorList) Error() string { return diag.Join("english: ", l) }

func (l errorList) Unwrap() []error {
	errs := make([]error, len(l))
	for i, e := range l {
		errs[i] = e
	}
	return errs
}

// Errors returns the positioned errors of err when it is an error of this
// package (a file that failed to load), and nil otherwise; callers re-wrap
// them with their own prefix.
func Errors(err error) []*dataerr.Error {
	if l, ok := err.(errorList); ok {
		return l
	}
	return nil
}

// YAMLError turns an error of yaml.v3's decoder into a positioned error
// in file.
func YAMLError(err error, file string) *dataerr.Error {
	msg := err.Error()
	pos := dataerr.Position{File: file}
	if n, ok := YAMLLine(msg); ok {
		pos.Line = n
	}
	msg = strings.TrimPrefix(msg, "yaml: ")
	if i := strings.Index(msg, "line "); i == 0 {
		if j := strings.Index(msg, ": "); j > 0 {
			msg = msg[j+2:]
		}
	}
	return &dataerr.Error{Pos: pos, Msg: "invalid YAML: " + msg}
}

// YAMLLine returns the line number of a yaml.v3 message ("yaml: line 3:
// did not find expected key").
func YAMLLine(msg string) (int, bool) {
	i := strings.Index(msg, "line ")
	if i < 0 {
		return 0, false
	}
	j := i + len("line ")
	k := j
	for k < len(msg) && msg[k] >= '0' && msg[k] <= '9' {
		k++
	}
	n, err := strconv.Atoi(msg[j:k])
	return n, err == nil
}
