package gazetteer

import "fmt"

// loader walks a parsed YAML tree, building entries and collecting every
// error with its position.
type loader struct {
	file    string
	errs    ErrorList
	entries []*Entry
	byID    map[string]*Entry // the first entry with each id

	// Slabs: entries and their lists are carved out of large blocks, to
	// spare the allocator and the garbage collector tens of thousands of
	// small objects.
	entrySlab []Entry
	strSlab   []string
	roleSlab  []Role
}

const slabSize = 512

func (l *loader) newEntry() *Entry {
	if len(l.entrySlab) == cap(l.entrySlab) {
		l.entrySlab = make([]Entry, 0, slabSize)
	}
	l.entrySlab = append(l.entrySlab, Entry{})
	return &l.entrySlab[len(l.entrySlab)-1]
}

// strings returns an empty slice with room for n strings.
func (l *loader) strings(n int) []string {
	if cap(l.strSlab)-len(l.strSlab) < n {
		l.strSlab = make([]string, 0, max(n, 4*slabSize))
	}
	i := len(l.strSlab)
	l.strSlab = l.strSlab[:i+n]
	return l.strSlab[i : i : i+n]
}

// roles returns an empty slice with room for n roles.
func (l *loader) roleSlice(n int) []Role {
	if cap(l.roleSlab)-len(l.roleSlab) < n {
		l.roleSlab = make([]Role, 0, max(n, slabSize))
	}
	i := len(l.roleSlab)
	l.roleSlab = l.roleSlab[:i+n]
	return l.roleSlab[i : i : i+n]
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
			// Streamed entries have been read already; the list is empty.
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
	out := l.strings(len(v.content))
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
	e := l.newEntry()
	e.Pos = l.pos(n)
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
		if first, dup := l.byID[e.ID]; dup {
			l.errorf(idNode, "duplicate id %q (first defined at %v)", e.ID, first.Pos)
		} else {
			if l.byID == nil {
				l.byID = make(map[string]*Entry, slabSize)
			}
			l.byID[e.ID] = e
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
	out := l.roleSlice(len(v.content))
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

// parseEntries parses and validates gazetteer YAML. It returns a
// gazetteer and every error. When there are errors, the gazetteer holds
// the valid entries but its index also has the invalid ones; callers
// should not use it, except benchmarks.
func parseEntries(data []byte, file string) (*Gazetteer, ErrorList) {
	l := &loader{file: file}
	root, err := parseFastStream(data, l.entry)
	if err != nil {
		// Not in the fast subset: start over with yaml.v3.
		l = &loader{file: file}
		var errs ErrorList
		root, errs = parseYAMLv3(data, file)
		if len(errs) > 0 {
			return nil, errs
		}
	}
	l.root(root)
	l.errs.Sort()
	if l.byID == nil {
		l.byID = make(map[string]*Entry)
	}
	return &Gazetteer{entries: l.entries, byID: l.byID}, l.errs
}
