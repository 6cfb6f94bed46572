package entity

import (
	_ "embed"
	"fmt"
	"strings"
	"sync"

	"github.com/geoextract/geoextract/internal/english"
)

// The joint events, entity's own data: see data/jointevents.txt.
//
//go:embed data/jointevents.txt
var jointEventsTxt string

// loadJointEvents parses data/jointevents.txt once. Its test checks that
// the embedded file parses; should it not, no word names a joint event.
var loadJointEvents = sync.OnceValues(func() (map[string]bool, error) {
	return parseJointEvents(jointEventsTxt, "data/jointevents.txt")
})

// parseJointEvents reads a joint events file: one "verb LEMMA" (all the
// verb's forms) or "noun WORD" (the word and, when singular, its plural)
// a line, "#" comments and blank lines aside. It returns every written
// form, lower-cased, or an error saying file:line of the first bad line.
func parseJointEvents(src, file string) (map[string]bool, error) {
	out := map[string]bool{}
	n := 0
	for line := range strings.Lines(src) {
		n++
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		kind, w, ok := strings.Cut(line, " ")
		w = strings.ToLower(strings.TrimSpace(w))
		if !ok || w == "" || strings.ContainsAny(w, " \t") {
			return nil, fmt.Errorf("entity: %s:%d: want \"verb LEMMA\" or \"noun WORD\", got %q", file, n, line)
		}
		var forms map[string]english.Form
		switch kind {
		case "verb":
			forms = english.VerbForms(w)
		case "noun":
			forms = english.NounForms(w)
		default:
			return nil, fmt.Errorf("entity: %s:%d: unknown kind %q (want verb or noun)", file, n, kind)
		}
		for f := range forms {
			out[f] = true
		}
	}
	return out, nil
}

// jointEventAt reports whether token k is a form of a joint event word
// ("met", "talks", "visit"; see data/jointevents.txt).
func (d *Document) jointEventAt(k int) bool {
	ws, _ := loadJointEvents()
	return ws[strings.ToLower(d.Tokens[k].Text)]
}
