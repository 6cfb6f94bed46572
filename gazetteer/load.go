package gazetteer

import (
	"bytes"
	"fmt"
	"slices"
	"unsafe"
)

// loader walks a parsed YAML tree, building entries and collecting every
// error with its position.
type loader struct {
	file    string
	errs    ErrorList
	entries []*Entry          // valid entries, in file order
	byID    map[string]*Entry // the first entry with each id, valid or not
	ids     int               // about how many ids the file has (idHint), to size byID
	ambig   []ambigDecl

	// Slabs: entries and their lists are carved out of large blocks, to
	// spare the allocator and the garbage collector tens of thousands of
	// small objects.
	entrySlab []Entry
	strSlab   []string
	roleSlab  []Role

	// removeOnly collects the keys of one entity's fields other than id
	// and merge, which merge: remove does not allow.
	removeOnly []*ynode
}

// ambigDecl is an ambiguous entry as read, with the positions of its ids.
type ambigDecl struct {
	Ambiguity
	idPos []Position
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

// fieldHints suggest the field meant by an unknown one: the names of
// earlier versions of the format and common slips.
var fieldHints = map[string]string{
	"gazetteer/entries":       "entities",
	"gazetteer/entity":        "entities",
	"entity/capitals":         "capital",
	"entity/alias":            "aliases",
	"entity/demonym":          "demonyms",
	"entity/role":             "roles",
	"entity/epithet":          "epithets",
	"entity/attrs":            "attributes",
	"entity/government_forms": "government",
	"entity/governments":      "government",
	"role/country":            "of",
	"role/office":             "title",
	"ambiguous entry/id":      "ids",
	"ambiguous entry/alias":   "form",
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
			if hint, ok := fieldHints[what+"/"+k.value]; ok {
				l.errorf(k, "unknown field %q in %s (did you mean %q?)", k.value, what, hint)
			} else {
				l.errorf(k, "unknown field %q in %s", k.value, what)
			}
		}
	}
}

// root reads the top-level mapping.
func (l *loader) root(n *ynode) {
	if n == nil || n.kind == yScalar && n.null {
		return // empty file
	}
	if n.kind != yMap {
		l.errorf(n, "want a mapping with an entities list, not %v", n.kind)
		return
	}
	l.fields(n, "gazetteer", func(key string, k, v *ynode) bool {
		switch key {
		case "version":
			if v.kind != yScalar || v.value != "1" || v.null {
				what := v.kind.String()
				if v.kind == yScalar {
					what = fmt.Sprintf("%q", v.value)
				}
				l.errorf(v, "unsupported version %s (want 1)", what)
			}
		case "entities":
			switch {
			case v.kind == ySeq:
				// Streamed entities have been read already; the list is empty.
				for i := range v.content {
					l.entity(&v.content[i])
				}
			case v.kind == yScalar && v.null:
			default:
				l.errorf(v, "entities must be a list, not %v", v.kind)
			}
		case "ambiguous":
			l.ambiguous(v)
		default:
			return false
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

// list reads a list of names (aliases, demonyms, capitals). With
// scalarOK, a single string stands for a list of one.
func (l *loader) list(v *ynode, field, what string, scalarOK bool) []string {
	if v.kind == yScalar && v.null {
		return nil
	}
	if scalarOK && v.kind == yScalar {
		if msg := checkSurface(what, v.value); msg != "" {
			l.check(v, msg)
			return nil
		}
		return append(l.strings(1), v.value)
	}
	if v.kind != ySeq {
		if scalarOK {
			l.errorf(v, "%s must be a string or a list, not %v", field, v.kind)
		} else {
			l.errorf(v, "%s must be a list, not %v", field, v.kind)
		}
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

// epithets reads an entity's epithets: a list of descriptions of two
// words or more, none twice (compared as Fold does).
func (l *loader) epithets(v *ynode) []string {
	if v.kind == yScalar && v.null {
		return nil
	}
	if v.kind != ySeq {
		l.errorf(v, "epithets must be a list, not %v", v.kind)
		return nil
	}
	out := l.strings(len(v.content))
	seen := make(map[string]bool, len(v.content)) // folded
	for i := range v.content {
		item := &v.content[i]
		s, ok := l.str(item, "epithet")
		if !ok {
			continue
		}
		if msg := checkEpithet(s); msg != "" {
			l.check(item, msg)
			continue
		}
		f := Fold(s)
		if seen[f] {
			l.errorf(item, "epithet %q listed twice", s)
			continue
		}
		seen[f] = true
		out = append(out, s)
	}
	return out
}

// government reads an entity's forms of state: a list of slugs, none
// twice.
func (l *loader) government(v *ynode) []string {
	if v.kind == yScalar && v.null {
		return nil
	}
	if v.kind != ySeq {
		l.errorf(v, "government must be a list, not %v", v.kind)
		return nil
	}
	out := l.strings(len(v.content))
	for i := range v.content {
		item := &v.content[i]
		s, ok := l.str(item, "government form")
		if !ok {
			continue
		}
		if msg := checkGovernment(s); msg != "" {
			l.check(item, msg)
			continue
		}
		if slices.Contains(out, s) {
			l.errorf(item, "government form %q listed twice", s)
			continue
		}
		out = append(out, s)
	}
	return out
}

// entity reads one item of the entities list.
func (l *loader) entity(n *ynode) {
	if n.kind != yMap {
		l.errorf(n, "entity must be a mapping, not %v", n.kind)
		return
	}
	e := l.newEntry()
	e.Pos = l.pos(n)
	nerr := len(l.errs)
	var idNode, govNode, attrNode *ynode
	seen := 0
	const (
		sawID = 1 << iota
		sawType
		sawName
		sawKind
	)
	l.removeOnly = l.removeOnly[:0]
	l.fields(n, "entity", func(key string, k, v *ynode) bool {
		switch key {
		case "id":
			seen |= sawID
			if s, ok := l.str(v, key); ok {
				e.ID = s
				idNode = v
				l.check(v, checkID(s))
			}
			return true
		case "merge":
			if s, ok := l.str(v, key); ok {
				if m, ok := parseMergeMode(s); ok {
					e.Merge = m
				} else {
					l.errorf(v, "invalid merge %q (want replace, extend or remove)", s)
				}
			}
			return true
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
		case "kind":
			seen |= sawKind
			if s, ok := l.str(v, key); ok {
				e.Kind = Kind(s)
				l.check(v, checkKind(e.Kind))
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
			e.Aliases = l.list(v, key, "alias", false)
		case "demonyms":
			e.Demonyms = l.list(v, key, "demonym", false)
		case "capital":
			e.Capitals = l.list(v, key, "capital", true)
		case "capital_aliases":
			e.CapitalAliases = l.list(v, key, "capital alias", false)
		case "epithets":
			e.Epithets = l.epithets(v)
		case "government":
			e.Government = l.government(v)
			govNode = k
		case "roles":
			e.Roles = l.roles(v)
		case "attributes":
			e.Attributes = l.attributes(v)
			attrNode = v
		default:
			return false
		}
		l.removeOnly = append(l.removeOnly, k)
		return true
	})
	if seen&sawID == 0 {
		l.errorf(n, "missing id")
	}
	if govNode != nil && len(e.Government) > 0 && e.Type != 0 && e.Type != GPE {
		l.errorf(govNode, "government is for countries and other GPEs, not %v", e.Type)
	}
	if g, ok := e.Attributes[GenderAttribute]; ok && attrNode != nil {
		l.check(attrValue(attrNode, GenderAttribute), checkGender(e.Type, g))
	}
	switch e.Merge {
	case MergeReplace:
		if seen&sawType == 0 {
			l.errorf(n, "missing type")
		}
		if seen&sawName == 0 {
			l.errorf(n, "missing name")
		}
	case MergeRemove:
		for _, k := range l.removeOnly {
			l.errorf(k, "field %q is not allowed with merge: remove (only id)", k.value)
		}
	}
	if e.ID != "" && idNode != nil {
		if first, dup := l.byID[e.ID]; dup {
			l.errorf(idNode, "duplicate id %q (first defined at %v)", e.ID, first.Pos)
		} else {
			if l.byID == nil {
				l.byID = make(map[string]*Entry, max(l.ids, slabSize))
			}
			l.byID[e.ID] = e
		}
	}
	if len(l.errs) == nerr {
		complete(e)
		l.entries = append(l.entries, e)
	}
}

// attributes reads the attributes mapping: names to string values.
func (l *loader) attributes(v *ynode) map[string]string {
	if v.kind == yScalar && v.null {
		return nil
	}
	if v.kind != yMap {
		l.errorf(v, "attributes must be a mapping, not %v", v.kind)
		return nil
	}
	m := make(map[string]string, len(v.content)/2)
	l.fields(v, "attributes", func(key string, k, val *ynode) bool {
		switch {
		case k.null || key == "":
			l.errorf(k, "empty attribute name")
		case val.kind != yScalar:
			l.errorf(val, "attribute %q must be a string, not %v", key, val.kind)
		case val.null:
			l.errorf(val, "attribute %q has no value", key)
		default:
			m[key] = val.value
		}
		return true
	})
	return m
}

// attrValue is the value node of attribute key in the attributes mapping
// v (the last one, as the loader keeps it), or v itself when none.
func attrValue(v *ynode, key string) *ynode {
	for i := len(v.content) - 2; i >= 0; i -= 2 {
		if v.content[i].value == key {
			return &v.content[i+1]
		}
	}
	return v
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
			case "of":
				dst = &r.Of
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
			case "of":
				l.check(v, checkOf(s))
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

// ambiguous reads the ambiguous list: forms that several entities share
// on purpose.
func (l *loader) ambiguous(v *ynode) {
	if v.kind == yScalar && v.null {
		return
	}
	if v.kind != ySeq {
		l.errorf(v, "ambiguous must be a list, not %v", v.kind)
		return
	}
	for i := range v.content {
		n := &v.content[i]
		if n.kind != yMap {
			l.errorf(n, "ambiguous entry must be a mapping, not %v", n.kind)
			continue
		}
		d := ambigDecl{Ambiguity: Ambiguity{Pos: l.pos(n)}}
		nerr := len(l.errs)
		sawForm, sawIDs := false, false
		l.fields(n, "ambiguous entry", func(key string, k, v *ynode) bool {
			switch key {
			case "form":
				sawForm = true
				if s, ok := l.str(v, key); ok {
					d.Form = s
					l.check(v, checkSurface("form", s))
				}
			case "ids":
				sawIDs = true
				if v.kind != ySeq {
					l.errorf(v, "ids must be a list, not %v", v.kind)
					return true
				}
				for j := range v.content {
					item := &v.content[j]
					s, ok := l.str(item, "id")
					if !ok {
						continue
					}
					if msg := checkID(s); msg != "" {
						l.check(item, msg)
						continue
					}
					dup := false
					for _, id := range d.IDs {
						dup = dup || id == s
					}
					if dup {
						l.errorf(item, "id %q listed twice", s)
						continue
					}
					d.IDs = append(d.IDs, s)
					d.idPos = append(d.idPos, l.pos(item))
				}
				if len(l.errs) == nerr && len(d.IDs) < 2 {
					l.errorf(v, "an ambiguous form needs at least two ids")
				}
			default:
				return false
			}
			return true
		})
		if !sawForm {
			l.errorf(n, "missing form")
		}
		if !sawIDs {
			l.errorf(n, "missing ids")
		}
		if len(l.errs) == nerr {
			l.ambig = append(l.ambig, d)
		}
	}
}

// parseEntries parses and validates gazetteer YAML. It returns a
// gazetteer and every error. When there are errors, the gazetteer holds
// the valid entries but its index also has the invalid ones; callers
// should not use it, except benchmarks.
//
// The gazetteer's strings share data's memory, which is not copied: the
// caller must not modify data afterwards. (Load reads into a buffer of
// its own; a million-alias file is then not copied once more.)
func parseEntries(data []byte, file string) (*Gazetteer, ErrorList) {
	l := &loader{file: file, ids: idHint(data)}
	root, err := parseFastStream(unsafe.String(unsafe.SliceData(data), len(data)), l.entity)
	if err != nil {
		// Not in the fast subset: start over with yaml.v3.
		if len(data) > maxGeneralSize {
			return nil, tooLarge(file, int64(len(data)), maxGeneralSize,
				fmt.Sprintf(" not in the block style of the world data (%v)", err))
		}
		l = &loader{file: file}
		var errs ErrorList
		root, errs = parseYAMLv3(data, file)
		if len(errs) > 0 {
			return nil, errs
		}
	}
	l.root(root)
	return l.finish()
}

// idHint is about how many entries data defines: the "id:" keys in it
// (an upper bound, counted at memory speed), so that the index by id is
// made once rather than grown through a dozen rehashes on a large file.
func idHint(data []byte) int {
	return min(bytes.Count(data, []byte("id:")), len(data)/16)
}

// finish checks the ambiguity declarations and the forms shared between
// entities of a parsed file and builds its gazetteer.
func (l *loader) finish() (*Gazetteer, ErrorList) {
	amb := l.checkAmbiguous()
	checkCollisions(l.entries, amb, &l.errs)
	l.errs.Sort()
	return newGazetteer(l.entries, l.byID, amb), l.errs
}

// checkAmbiguous checks that the ids of the ambiguous entries exist and
// that no form is declared twice, and returns the declarations.
func (l *loader) checkAmbiguous() []Ambiguity {
	if len(l.ambig) == 0 {
		return nil
	}
	out := make([]Ambiguity, 0, len(l.ambig))
	first := make(map[string]Position, len(l.ambig))
	for _, d := range l.ambig {
		ok := true
		for i, id := range d.IDs {
			if _, found := l.byID[id]; !found {
				l.errs.Add(d.idPos[i], fmt.Sprintf("ambiguous form %q lists unknown id %q", d.Form, id))
				ok = false
			}
		}
		k := Fold(d.Form)
		if p, dup := first[k]; dup {
			l.errs.Add(d.Pos, fmt.Sprintf("ambiguous form %q declared twice (first at %v)", d.Form, p))
			continue
		}
		first[k] = d.Pos
		if ok {
			out = append(out, d.Ambiguity)
		}
	}
	return out
}
