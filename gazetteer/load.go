package gazetteer

import "fmt"

// loader walks a parsed YAML tree, building entries and collecting every
// error with its position.
type loader struct {
	file    string
	errs    ErrorList
	entries []*Entry
	firstID map[string]Position // where each id was first defined
}

func (l *loader) pos(n *ynode) Position {
	return Position{File: l.file, Line: int(n.line), Column: int(n.col)}
}

func (l *loader) errorf(n *ynode, format string, args ...any) {
	l.errs.Add(l.pos(n), fmt.Sprintf(format, args...))
}

// check reports msg at n unless it is empty.
func (l *loader) check(n *ynode, msg string) {
	if msg != "" {
		l.errs.Add(l.pos(n), msg)
	}
}

// fields calls f for each key and value of mapping n, reporting duplicate
// keys and keys that f does not know (f returns false).
func (l *loader) fields(n *ynode, what string, f func(key string, k, v *ynode) bool) {
	// Mappings are small: look for duplicate keys by scanning, unless the
	// input is unusual.
	var seen map[string]*ynode
	if len(n.content) > 32 {
		seen = make(map[string]*ynode)
	}
outer:
	for i := 0; i+1 < len(n.content); i += 2 {
		k, v := &n.content[i], &n.content[i+1]
		if k.kind != yScalar {
			l.errorf(k, "%s key must be a string", what)
			continue
		}
		if seen != nil {
			if prev, dup := seen[k.value]; dup {
				l.errorf(k, "duplicate field %q (first at %v)", k.value, l.pos(prev))
				continue
			}
			seen[k.value] = k
		} else {
			for j := 0; j < i; j += 2 {
				if prev := &n.content[j]; prev.kind == yScalar && prev.value == k.value {
					l.errorf(k, "duplicate field %q (first at %v)", k.value, l.pos(prev))
					continue outer
				}
			}
		}
		if !f(k.value, k, v) {
			l.errorf(k, "unknown field %q in %s", k.value, what)
		}
	}
}

// root reads the top-level mapping.
func (l *loader) root(n *ynode) {
	if n == nil || n.kind == yScalar && n.null {
		return // empty file
	}
	if n.kind != yMap {
		l.errorf(n, "want a mapping with an entries list, not %v", n.kind)
		return
	}
	l.fields(n, "gazetteer", func(key string, k, v *ynode) bool {
		if key != "entries" {
			return false
		}
		switch {
		case v.kind == ySeq:
			l.entries = make([]*Entry, 0, len(v.content))
			l.firstID = make(map[string]Position, len(v.content))
			for i := range v.content {
				l.entry(&v.content[i])
			}
		case v.kind == yScalar && v.null:
		default:
			l.errorf(v, "entries must be a list, not %v", v.kind)
		}
		return true
	})
}

// str returns the string value of scalar v, reporting other kinds.
func (l *loader) str(v *ynode, field string) (string, bool) {
	if v.kind != yScalar {
		l.errorf(v, "%s must be a string, not %v", field, v.kind)
		return "", false
	}
	if v.null {
		return "", true
	}
	return v.value, true
}

// list reads a list of names (aliases, demonyms, capitals).
func (l *loader) list(v *ynode, field, what string) []string {
	if v.kind == yScalar && v.null {
		return nil
	}
	if v.kind != ySeq {
		l.errorf(v, "%s must be a list, not %v", field, v.kind)
		return nil
	}
	out := make([]string, 0, len(v.content))
	for i := range v.content {
		item := &v.content[i]
		s, ok := l.str(item, what)
		if !ok {
			continue
		}
		if msg := checkSurface(what, s); msg != "" {
			l.check(item, msg)
			continue
		}
		out = append(out, s)
	}
	return out
}

func (l *loader) entry(n *ynode) {
	if n.kind != yMap {
		l.errorf(n, "entry must be a mapping, not %v", n.kind)
		return
	}
	e := &Entry{Pos: l.pos(n)}
	nerr := len(l.errs)
	var idNode *ynode
	seen := 0
	const (
		sawID = 1 << iota
		sawType
		sawName
	)
	l.fields(n, "entry", func(key string, k, v *ynode) bool {
		switch key {
		case "id":
			seen |= sawID
			if s, ok := l.str(v, key); ok {
				e.ID = s
				idNode = v
				l.check(v, checkID(s))
			}
		case "type":
			seen |= sawType
			if s, ok := l.str(v, key); ok {
				if t, err := ParseType(s); err == nil {
					e.Type = t
				} else if s == "" {
					l.errorf(v, "missing type")
				} else {
					l.errorf(v, "invalid type %q (want PERSON, GPE, ORG, LOC, NORP or EVENT)", s)
				}
			}
		case "name":
			seen |= sawName
			if s, ok := l.str(v, key); ok {
				e.Name = s
				l.check(v, checkSurface("name", s))
			}
		case "country":
			if s, ok := l.str(v, key); ok {
				e.Country = s
				l.check(v, checkCountry(s))
			}
		case "aliases":
			e.Aliases = l.list(v, key, "alias")
		case "demonyms":
			e.Demonyms = l.list(v, key, "demonym")
		case "capitals":
			e.Capitals = l.list(v, key, "capital")
		case "roles":
			e.Roles = l.roles(v)
		default:
			return false
		}
		return true
	})
	if seen&sawID == 0 {
		l.errorf(n, "missing id")
	}
	if seen&sawType == 0 {
		l.errorf(n, "missing type")
	}
	if seen&sawName == 0 {
		l.errorf(n, "missing name")
	}
	if e.ID != "" && idNode != nil {
		if first, dup := l.firstID[e.ID]; dup {
			l.errorf(idNode, "duplicate id %q (first defined at %v)", e.ID, first)
		} else {
			l.firstID[e.ID] = l.pos(idNode)
		}
	}
	if len(l.errs) == nerr {
		defaultCountry(e)
		l.entries = append(l.entries, e)
	}
}

func (l *loader) roles(v *ynode) []Role {
	if v.kind == yScalar && v.null {
		return nil
	}
	if v.kind != ySeq {
		l.errorf(v, "roles must be a list, not %v", v.kind)
		return nil
	}
	out := make([]Role, 0, len(v.content))
	for i := range v.content {
		n := &v.content[i]
		if n.kind != yMap {
			l.errorf(n, "role must be a mapping, not %v", n.kind)
			continue
		}
		var r Role
		var fromNode, toNode *ynode
		hasTitle := false
		l.fields(n, "role", func(key string, k, v *ynode) bool {
			var dst *string
			switch key {
			case "title":
				dst = &r.Title
				hasTitle = true
			case "country":
				dst = &r.Country
			case "from":
				dst = &r.From
				fromNode = v
			case "to":
				dst = &r.To
				toNode = v
			default:
				return false
			}
			s, ok := l.str(v, key)
			if !ok {
				return true
			}
			*dst = s
			switch key {
			case "title":
				l.check(v, checkTitle(s))
			case "country":
				l.check(v, checkCountry(s))
			default:
				l.check(v, checkDate(s))
			}
			return true
		})
		if !hasTitle {
			l.errorf(n, "missing role title")
		}
		if msg := checkSpan(r); msg != "" {
			at := toNode
			if at == nil {
				at = fromNode
			}
			l.check(at, msg)
		}
		out = append(out, r)
	}
	return out
}

// parseEntries parses and validates gazetteer YAML.
func parseEntries(data []byte, file string) ([]*Entry, ErrorList) {
	root, errs := parseYAML(data, file)
	if len(errs) > 0 {
		return nil, errs
	}
	l := &loader{file: file}
	l.root(root)
	if len(l.errs) > 0 {
		l.errs.Sort()
		return nil, l.errs
	}
	return l.entries, nil
}
