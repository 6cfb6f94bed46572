package main

import (
	"bufio"
	"bytes"
	"strings"
)

// parseExclude reads exclude.txt: one surface form a line, '#' comments.
func parseExclude(data []byte) map[string]bool {
	m := map[string]bool{}
	sc := bufio.NewScanner(bytes.NewReader(data))
	for sc.Scan() {
		line := sc.Text()
		if i := strings.Index(line, "#"); i >= 0 {
			line = line[:i]
		}
		if line = strings.TrimSpace(line); line != "" {
			m[key(line)] = true
		}
	}
	return m
}

// clean applies the per-surface quality rules to generated entries and
// drops entries whose name fails them.
func (w *world) clean(es []*entry, exclude map[string]bool) []*entry {
	var out []*entry
	for _, e := range es {
		country := e.kind() == ""
		okName := func(s, what string) bool {
			s2 := s
			switch {
			case !wellFormed(s2):
				w.drop("malformed "+what, s+" ["+e.ID+"]")
			case !startsName(s2):
				w.drop("lower-case "+what, s+" ["+e.ID+"]")
			case exclude[key(s2)]:
				w.drop("excluded by curated/exclude.txt", s+" ["+e.ID+"]")
			case !country && w.isCommon(s2):
				w.drop("common English word as "+what, s+" ["+e.ID+"]")
			default:
				return true
			}
			return false
		}
		if !okName(e.Name, "name") {
			continue
		}
		e.Aliases = filterList(e.Aliases, func(s string) bool {
			if country && w.isCommon(s) {
				w.drop("common English word as alias", s+" ["+e.ID+"]")
				return false
			}
			if e.Type == tPerson && len(strings.Fields(s)) < 2 && len(strings.Fields(e.Name)) >= 2 {
				w.drop("single-word person alias", s+" ["+e.ID+"]")
				return false
			}
			if len(strings.Fields(s)) == 1 && e.Type == tOrg && len(s) == 2 && !twoLetterOK[s] {
				w.drop("ambiguous short abbreviation", s+" ["+e.ID+"]")
				return false
			}
			return okName(s, "alias")
		})
		e.Demonyms = filterList(e.Demonyms, func(s string) bool { return okName(s, "demonym") })
		e.Capitals = filterList(e.Capitals, func(s string) bool {
			if w.isCommon(s) {
				w.drop("common English word as capital", s+" ["+e.ID+"]")
				return false
			}
			return okName(s, "capital")
		})
		e.dedupe()
		out = append(out, e)
	}
	return out
}

func filterList(in []string, keep func(string) bool) []string {
	var out []string
	for _, s := range in {
		s = strings.TrimSpace(s)
		if keep(s) {
			out = append(out, s)
		}
	}
	return out
}

// lowPriority countries yield a shared capital to the others: dependencies
// and states that no longer exist.
func lowPriority(id string) bool {
	return dependencies[id] || id == "SUN" || id == "DDR" || id == "YUG" || id == "CSK"
}

// surfaceRef is one place a surface form occurs.
type surfaceRef struct {
	e     *entry
	alias bool // an alias (not the name)
	cap   bool // a capital
}

// collisions removes generated surface forms that would name several
// actors ambiguously: an alias of a country that is also another country's
// name, an abbreviation of one country's party that is another's, a city
// named like a country, a person alias equal to an organization.
func (w *world) collisions(es []*entry) []*entry {
	idx := map[string][]surfaceRef{}
	for _, e := range es {
		idx[key(e.Name)] = append(idx[key(e.Name)], surfaceRef{e: e})
		for _, a := range e.Aliases {
			idx[key(a)] = append(idx[key(a)], surfaceRef{e: e, alias: true})
		}
		for _, c := range e.Capitals {
			idx[key(c)] = append(idx[key(c)], surfaceRef{e: e, cap: true})
		}
	}
	dropAlias := map[*entry]map[string]bool{}
	dropCap := map[*entry]map[string]bool{}
	dropEntry := map[*entry]bool{}
	mark := func(m map[*entry]map[string]bool, e *entry, k, reason string) {
		if m[e] == nil {
			m[e] = map[string]bool{}
		}
		if !m[e][k] {
			m[e][k] = true
			w.drop(reason, k+" ["+e.ID+"]")
		}
	}
	for k, refs := range idx {
		if len(refs) < 2 {
			continue
		}
		distinct := map[*entry]bool{}
		for _, r := range refs {
			distinct[r.e] = true
		}
		if len(distinct) < 2 {
			continue
		}
		for _, r := range refs {
			e := r.e
			for _, o := range refs {
				f := o.e
				if f == e {
					continue
				}
				ek, fk := e.kind(), f.kind()
				switch {
				case r.cap:
					// A capital that names another country is dropped; one
					// that two countries share stays with the sovereign one.
					if fk == "" && !o.cap {
						mark(dropCap, e, k, "capital that names another country")
					} else if fk == "" && o.cap && (lowPriority(e.ID) || !lowPriority(f.ID)) {
						mark(dropCap, e, k, "capital shared by two countries")
					}
				case ek == "" && fk == "" && !o.cap:
					if r.alias {
						mark(dropAlias, e, k, "country alias shared with another country")
					}
				case ek == "city" || ek == "loc":
					if fk == "" || fk == "state" && f.Country == e.Country || o.cap {
						if r.alias {
							mark(dropAlias, e, k, "city alias naming a country, state or capital")
						} else if !dropEntry[e] {
							dropEntry[e] = true
							w.drop("city named like a country, state or capital", e.Name+" ["+e.ID+"]")
						}
					}
				case ek == "state":
					if fk == "state" && f.Country == e.Country && r.alias {
						mark(dropAlias, e, k, "state alias shared within a country")
					}
					if fk == "" && r.alias {
						mark(dropAlias, e, k, "state alias naming a country")
					}
				case (e.Type == tOrg || e.Type == tPerson) && !r.alias && fk == "" && !o.cap:
					if !dropEntry[e] {
						dropEntry[e] = true
						w.drop("organization or person named like a country", e.Name+" ["+e.ID+"]")
					}
				case e.Type == tOrg:
					if !r.alias && !strings.Contains(e.Name, " ") && isUpperWord(e.Name) && (f.Type != tOrg || f.Country != e.Country) && !dropEntry[e] {
						dropEntry[e] = true // an abbreviation-only entry that is ambiguous
						w.drop("organization known only by an ambiguous abbreviation", e.Name+" ["+e.ID+"]")
					}
					if r.alias && (f.Type != tOrg || f.Country != e.Country || f.Type == tOrg && f.Country == "" && e.Country == "") {
						mark(dropAlias, e, k, "organization alias naming another actor")
					}
				case e.Type == tPerson:
					if r.alias {
						mark(dropAlias, e, k, "person alias naming another actor")
					}
				}
			}
		}
	}
	var out []*entry
	for _, e := range es {
		if dropEntry[e] {
			continue
		}
		if m := dropAlias[e]; m != nil {
			e.Aliases = filterList(e.Aliases, func(s string) bool { return !m[key(s)] })
		}
		if m := dropCap[e]; m != nil {
			e.Capitals = filterList(e.Capitals, func(s string) bool { return !m[key(s)] })
		}
		out = append(out, e)
	}
	return out
}
