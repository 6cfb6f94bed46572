package gazetteer

import (
	"fmt"
	"strings"
	"time"
	"unicode"

	"github.com/geoextract/geoextract/internal/text"
)

// The checks below return "" for a good value and an error message
// otherwise. The YAML loader reports the message at the value's position;
// New reports it at the entry's.

func checkID(id string) string {
	if id == "" {
		return "missing id"
	}
	if strings.IndexFunc(id, func(r rune) bool { return unicode.IsSpace(r) || unicode.IsControl(r) }) >= 0 {
		return fmt.Sprintf("invalid id %q: contains white space", id)
	}
	return ""
}

func checkCountry(c string) string {
	if c == "" || isCountryCode(c) {
		return ""
	}
	return fmt.Sprintf("invalid country %q (want an ISO 3166-1 alpha-3 code such as KOR)", c)
}

// isCountryCode reports whether s is three ASCII capital letters.
func isCountryCode(s string) bool {
	return len(s) == 3 && isUpperASCII(s[0]) && isUpperASCII(s[1]) && isUpperASCII(s[2])
}

func isUpperASCII(c byte) bool { return c >= 'A' && c <= 'Z' }

// checkSurface checks a name, alias, demonym or capital; what says which.
func checkSurface(what, s string) string {
	if strings.TrimSpace(s) == "" {
		if what == "name" {
			return "missing name"
		}
		return "empty " + what
	}
	// Every word rune belongs to some token, so a string with no word
	// runes tokenizes to punctuation only and would match stray marks.
	if strings.IndexFunc(s, text.IsWordRune) < 0 {
		return fmt.Sprintf("%s %q has no words", what, s)
	}
	return ""
}

// dateLayouts are the accepted date forms, by length.
var dateLayouts = map[int]string{4: "2006", 7: "2006-01", 10: "2006-01-02"}

func checkDate(d string) string {
	if d == "" {
		return ""
	}
	layout, ok := dateLayouts[len(d)]
	if ok {
		if _, err := time.Parse(layout, d); err == nil {
			return ""
		}
	}
	return fmt.Sprintf("invalid date %q (want YYYY, YYYY-MM or YYYY-MM-DD)", d)
}

// checkSpan checks that a role does not end before it starts, comparing the
// dates at their common precision: 2022-05 lies within 2022.
func checkSpan(r Role) string {
	if r.From == "" || r.To == "" || checkDate(r.From) != "" || checkDate(r.To) != "" {
		return ""
	}
	n := min(len(r.From), len(r.To))
	if r.From[:n] > r.To[:n] {
		if r.Title == "" {
			return fmt.Sprintf("role ends (%s) before it starts (%s)", r.To, r.From)
		}
		return fmt.Sprintf("role %q ends (%s) before it starts (%s)", r.Title, r.To, r.From)
	}
	return ""
}

func checkTitle(t string) string {
	if strings.TrimSpace(t) == "" {
		return "missing role title"
	}
	return ""
}

// validateEntry checks e and reports problems at pos. New uses it; the
// YAML loader runs the same checks field by field with finer positions.
func validateEntry(e *Entry, pos Position, errs *ErrorList) {
	prefix := ""
	if pos == (Position{}) {
		// No position to point at: say which entry instead.
		prefix = fmt.Sprintf("entry %q: ", e.ID)
	}
	add := func(msg string) {
		if msg != "" {
			errs.Add(pos, prefix+msg)
		}
	}
	add(checkID(e.ID))
	if !e.Type.Valid() {
		if e.Type == 0 {
			add("missing type")
		} else {
			add(fmt.Sprintf("invalid type %v", e.Type))
		}
	}
	add(checkSurface("name", e.Name))
	add(checkCountry(e.Country))
	for _, a := range e.Aliases {
		add(checkSurface("alias", a))
	}
	for _, d := range e.Demonyms {
		add(checkSurface("demonym", d))
	}
	for _, c := range e.Capitals {
		add(checkSurface("capital", c))
	}
	for _, r := range e.Roles {
		add(checkTitle(r.Title))
		add(checkCountry(r.Country))
		add(checkDate(r.From))
		add(checkDate(r.To))
		add(checkSpan(r))
	}
}

// defaultCountry fills in the country of a country entry: a GPE whose id
// is an ISO alpha-3 code belongs to itself.
func defaultCountry(e *Entry) {
	if e.Country == "" && e.Type == GPE && isCountryCode(e.ID) {
		e.Country = e.ID
	}
}
