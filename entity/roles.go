package entity

import (
	"strings"
	"time"

	"github.com/geoextract/geoextract/gazetteer"
	"github.com/geoextract/geoextract/internal/english"
)

// officeOn returns the office a person's entry says was held on day d:
// of the roles that hold on d and name an office ("Defense Minister",
// not a sector such as "Government (health)" or a membership such as
// "European Union"), the one taken up last. An undated document (zero d)
// has none: undated knowledge never gives a role.
func officeOn(e *gazetteer.Entry, d time.Time) (gazetteer.Role, bool) {
	if d.IsZero() || e == nil || e.Type != gazetteer.Person {
		return gazetteer.Role{}, false
	}
	var best gazetteer.Role
	found := false
	for _, r := range e.Roles {
		if !isOffice(r.Title) || !r.Holds(d) {
			continue
		}
		if !found || r.From > best.From {
			best, found = r, true
		}
	}
	return best, found
}

// isOffice reports whether a role title names an office: one of its words
// is a title head ("President", "UN Ambassador", "NATO
// Secretary-General") and it has no parenthesized sector
// ("Government (military)").
func isOffice(title string) bool {
	if strings.ContainsAny(title, "()") {
		return false
	}
	for _, w := range strings.Fields(strings.ToLower(title)) {
		if isWord(english.PersonTitleHeads, w) || isWord(english.OfficeWords, w) {
			return true
		}
		for _, p := range strings.Split(w, "-") {
			if isWord(english.PersonTitleHeads, p) && !isWord(english.TitleModifierHeads, p) {
				return true
			}
		}
	}
	return false
}
