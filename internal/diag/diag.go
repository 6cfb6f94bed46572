// Package diag formats the collected, positioned errors of the packages
// that read data files (the gazetteer and the relation lexicon).
package diag

import (
	"fmt"
	"strings"
)

// MaxLines bounds the errors Join spells out.
const MaxLines = 10

// Join writes the messages of errs one per line, each with prefix ("gazetteer: "),
// and past MaxLines summarizes the rest as "and N more errors".
func Join[E error](prefix string, errs []E) string {
	if len(errs) == 0 {
		return prefix + "no errors"
	}
	var b strings.Builder
	for i, e := range errs {
		if i == MaxLines {
			fmt.Fprintf(&b, "\n%sand %d more errors", prefix, len(errs)-i)
			break
		}
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(prefix)
		b.WriteString(e.Error())
	}
	return b.String()
}
