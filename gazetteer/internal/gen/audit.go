package main

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"unicode"

	"github.com/geoextract/geoextract/gazetteer"
)

// auditRules are the word lists of the data audit, read from
// curated/audit/: the words of which an office title needs one, the
// words a title cannot start or end with, and the short words that stand
// alone in people's names.
type auditRules struct {
	offices, ends, particles map[string]bool
}

// loadAuditRules reads the lists in dir (curated/audit).
func loadAuditRules(dir string) (*auditRules, error) {
	r := &auditRules{}
	for _, f := range []struct {
		name string
		dst  *map[string]bool
	}{{"offices.txt", &r.offices}, {"title-ends.txt", &r.ends}, {"particles.txt", &r.particles}} {
		data, err := os.ReadFile(filepath.Join(dir, f.name))
		if err != nil {
			return nil, err
		}
		*f.dst = map[string]bool{}
		for _, w := range parseLines(data) {
			(*f.dst)[strings.ToLower(w)] = true
		}
	}
	return r, nil
}

// audit checks generated entries for the mistakes the sources carry
// into the data, and returns one line per problem found:
//
//   - an alias that is another entity's name (a Phoenix block lists
//     several think tanks under one code, and they became aliases of
//     one), unless an ambiguous declaration lists both entities;
//   - an alias of a person that splits a word of the name or of another
//     alias ("Paul Kaga Me" for Paul Kagame; see splitsName);
//   - a role title that is not an office: a Phoenix sector ("Government
//     (health)") or category ("Elite"), or a title cut short ("President
//     of the").
func (r *auditRules) audit(es []*entry, amb []*ambiguity) []string {
	var out []string
	declared := map[string][]string{}
	for _, a := range amb {
		declared[gazetteer.Fold(a.Form)] = a.IDs
	}
	names := map[string][]*entry{}
	for _, e := range es {
		k := gazetteer.Fold(e.Name)
		names[k] = append(names[k], e)
	}
	for _, e := range es {
		for _, a := range e.Aliases {
			k := gazetteer.Fold(a)
			for _, o := range names[k] {
				if o != e && !(slices.Contains(declared[k], e.ID) && slices.Contains(declared[k], o.ID)) {
					out = append(out, fmt.Sprintf("%s: alias %q is the name of %s", e.ID, a, o.ID))
				}
			}
			if f, ok := r.splitsName(e, a); ok {
				out = append(out, fmt.Sprintf("%s: alias %q splits a word of %q", e.ID, a, f))
			}
		}
		for _, role := range e.Roles {
			if msg := r.checkOffice(role.Title); msg != "" {
				out = append(out, fmt.Sprintf("%s: role title %q %s", e.ID, role.Title, msg))
			}
		}
	}
	return out
}

// splitsName reports whether alias a of person e spells e's name, or
// another of its aliases, with a word cut into pieces of which one is
// three letters or fewer and neither a name particle nor an initial
// ("A. Q. Khan" for "A.Q. Khan"), and returns that form:
// "Paul Kaga Me" splits "Paul Kagame", "Abd Rabbuh Mansur Hadi" does not
// split "Abdrabbuh Mansur Hadi".
func (r *auditRules) splitsName(e *entry, a string) (string, bool) {
	if e.Type != tPerson {
		return "", false
	}
	aw := strings.Fields(a)
	joined := strings.ToLower(strings.Join(aw, ""))
	for _, f := range append([]string{e.Name}, e.Aliases...) {
		fw := strings.Fields(f)
		if len(fw) >= len(aw) || strings.ToLower(strings.Join(fw, "")) != joined {
			continue
		}
		for _, w := range aw {
			lw := strings.ToLower(w)
			if len([]rune(lw)) <= 3 && !r.particles[lw] && !strings.HasSuffix(lw, ".") && !slices.ContainsFunc(fw, func(x string) bool { return strings.EqualFold(x, w) }) {
				return f, true
			}
		}
	}
	return "", false
}

// letterWords splits s into runs of letters and digits, lower case.
func letterWords(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
}

// checkOffice says why a role title is not an office, or returns "".
func (r *auditRules) checkOffice(title string) string {
	if strings.ContainsAny(title, "()") {
		return "is a sector, not an office"
	}
	ws := letterWords(title)
	if len(ws) > 0 && (r.ends[ws[0]] || r.ends[ws[len(ws)-1]]) {
		return "is cut short"
	}
	for _, w := range ws {
		if r.offices[w] {
			return ""
		}
	}
	return "names no office"
}

// trimTitle removes the words a title cannot start or end with.
func (r *auditRules) trimTitle(title string) string {
	ws := strings.Fields(title)
	for len(ws) > 0 && r.ends[strings.ToLower(ws[len(ws)-1])] {
		ws = ws[:len(ws)-1]
	}
	for len(ws) > 0 && r.ends[strings.ToLower(ws[0])] {
		ws = ws[1:]
	}
	if len(ws) == 0 {
		return ""
	}
	t := strings.Join(ws, " ")
	if !startsUpper(t) {
		t = capitalize(t)
	}
	return t
}

// fixAliases drops the aliases of people that split a word of their
// name (see splitsName). It runs before shared forms are settled.
func (w *world) fixAliases(es []*entry, r *auditRules) {
	for _, e := range es {
		aliases := e.Aliases[:0]
		for _, a := range e.Aliases {
			if _, bad := r.splitsName(e, a); bad {
				w.drop("person alias splitting a word of the name", e.ID+": "+a)
				continue
			}
			aliases = append(aliases, a)
		}
		e.Aliases = aliases
		if len(e.Aliases) == 0 {
			e.Aliases = nil
		}
	}
}

// fixRoles trims role titles of the words they cannot start or end with
// and drops the roles that are not offices: they carry a Phoenix sector
// or category, not an office. It runs last, once people under two ids
// are merged (the one with more roles gives the id) and their countries
// are set from the roles.
func (w *world) fixRoles(es []*entry, r *auditRules) {
	for _, e := range es {
		roles := e.Roles[:0]
		for _, role := range e.Roles {
			role.Title = r.trimTitle(role.Title)
			if msg := r.checkOffice(role.Title); msg != "" {
				w.drop("role title that is not an office", e.ID+": "+role.Title)
				continue
			}
			if !slices.Contains(roles, role) {
				roles = append(roles, role)
			}
		}
		e.Roles = roles
		if len(e.Roles) == 0 {
			e.Roles = nil
		}
	}
}
