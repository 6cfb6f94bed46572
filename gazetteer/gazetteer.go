package gazetteer

import (
	"fmt"
	"io"
	"maps"
	"os"
	"slices"
	"strconv"
	"strings"
	"sync"
)

// Gazetteer is a validated, immutable set of entries with a compiled name
// matcher. It is safe for concurrent use: the matcher is compiled once, on
// first use, and never changes afterwards.
//
// The zero Gazetteer is empty and ready to use; so is a nil *Gazetteer.
// A Gazetteer must not be copied after first use.
type Gazetteer struct {
	entries []*Entry          // the visible entries, in definition order
	byID    map[string]*Entry // the visible entries by id
	// ops holds every entry as defined, merge patches included (merge:
	// remove, and merge: extend without a type and name), for Merge. It
	// is nil when it would equal entries.
	ops       []*Entry
	ambiguous []Ambiguity
	ambIndex  map[string]int // Fold(form) -> index in ambiguous
	warnings  ErrorList      // what Merge found suspicious, in order

	once sync.Once
	m    *matcher
}

// Ambiguity declares that several entities share a form on purpose: a
// name, alias or capital that the matcher reports with every candidate
// ("Korea": KOR and PRK; "Georgia": GEO and a US state). In files it is an
// item of the top-level ambiguous list, {form: Korea, ids: [KOR, PRK]}.
// It is a plain value.
type Ambiguity struct {
	Form string   // the form, as written; compared as [Fold] does
	IDs  []string // the ids of the entities sharing it, at least two
	Pos  Position // where it was declared
}

// MaxFileSize is the size limit of one gazetteer file: 64 MB, about two
// million aliases; loading it and compiling its matcher allocate about 7
// bytes per byte of file. Load and LoadFile reject a larger file with an
// error that says so; split it into several files and [Merge] them. A
// file that is not in the block style of the world data (see the package
// documentation) is parsed by a general YAML parser that needs about 25
// bytes of memory per byte of input, and is limited to 16 MB, as a
// relation lexicon is.
const MaxFileSize = 64 << 20

// maxGeneralSize is the size limit of a file outside the block style.
const maxGeneralSize = 16 << 20

// Load reads a gazetteer in YAML (see the package documentation for the
// format). name is used in error positions; it is usually the file name.
// If the input is invalid, the error is an [ErrorList] holding every
// problem found, each with its file:line:col. Input past [MaxFileSize]
// is not read.
func Load(r io.Reader, name string) (*Gazetteer, error) {
	data, err := io.ReadAll(io.LimitReader(r, MaxFileSize+1))
	if err != nil {
		return nil, fmt.Errorf("gazetteer: reading %s: %w", name, err)
	}
	return load(data, name)
}

// LoadFile reads the gazetteer file at path. Error positions name the
// file by path.
func LoadFile(path string) (*Gazetteer, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("gazetteer: %w", err)
	}
	defer f.Close()
	if fi, err := f.Stat(); err == nil && fi.Mode().IsRegular() && fi.Size() > MaxFileSize {
		return nil, tooLarge(path, fi.Size(), MaxFileSize, "")
	}
	return Load(f, path)
}

func load(data []byte, name string) (*Gazetteer, error) {
	if len(data) > MaxFileSize {
		return nil, tooLarge(name, int64(len(data)), MaxFileSize, "")
	}
	g, errs := parseEntries(data, name)
	if len(errs) > 0 {
		return nil, errs
	}
	return g, nil
}

// tooLarge reports a file of size bytes past a size limit. A size of
// limit+1 may come from a read cut at the limit, and is reported as
// "larger than" the limit.
func tooLarge(name string, size int64, limit int, why string) ErrorList {
	what := "is larger than"
	if size > int64(limit) && size != int64(limit)+1 {
		what = fmt.Sprintf("has %.1f MB, past", float64(size)/(1<<20))
	}
	return ErrorList{{Pos: Position{File: name}, Msg: fmt.Sprintf(
		"file %s the %d MB limit of a gazetteer file%s; split it into several files", what, limit>>20, why)}}
}

// New builds a gazetteer from entries, validating them as Load does. It
// is [Build] without ambiguous forms.
func New(entries ...Entry) (*Gazetteer, error) { return Build(entries, nil) }

// Build builds a gazetteer from entries and ambiguous forms, validating
// them as Load does: a form claimed by two entries must be declared in
// ambiguous. The entries are copied. An entry's Pos, when set, is used in
// errors; otherwise errors name the entry by id. As in files, a GPE entry
// whose id is a country code and that has no Country gets its id as
// Country, and an entry without a Kind gets the default kind.
func Build(entries []Entry, ambiguous []Ambiguity) (*Gazetteer, error) {
	var errs ErrorList
	first := make(map[string]Position, len(entries))
	out := make([]*Entry, 0, len(entries))
	for i := range entries {
		e := entries[i] // a copy
		e.Aliases = cloneStrings(e.Aliases)
		e.Demonyms = cloneStrings(e.Demonyms)
		e.Capitals = cloneStrings(e.Capitals)
		e.CapitalAliases = cloneStrings(e.CapitalAliases)
		e.Epithets = cloneStrings(e.Epithets)
		e.Government = cloneStrings(e.Government)
		if e.Roles != nil {
			e.Roles = append([]Role(nil), e.Roles...)
		}
		if e.Attributes != nil {
			e.Attributes = maps.Clone(e.Attributes)
		}
		n := len(errs)
		validateEntry(&e, e.Pos, &errs)
		if e.ID != "" {
			if p, dup := first[e.ID]; dup {
				errs.Add(e.Pos, fmt.Sprintf("duplicate id %q (first defined at %v)", e.ID, p))
			} else {
				first[e.ID] = e.Pos
			}
		}
		if len(errs) == n {
			complete(&e)
			out = append(out, &e)
		}
	}
	var amb []Ambiguity
	seen := make(map[string]Position, len(ambiguous))
	for _, a := range ambiguous {
		n := len(errs)
		a.IDs = cloneStrings(a.IDs)
		where := ""
		if a.Pos == (Position{}) {
			where = fmt.Sprintf("ambiguous form %q: ", a.Form)
		}
		if msg := checkSurface("form", a.Form); msg != "" {
			errs.Add(a.Pos, where+msg)
		}
		if len(a.IDs) < 2 {
			errs.Add(a.Pos, where+"an ambiguous form needs at least two ids")
		}
		for j, id := range a.IDs {
			if _, ok := first[id]; !ok {
				errs.Add(a.Pos, fmt.Sprintf("ambiguous form %q lists unknown id %q", a.Form, id))
			} else if slices.Contains(a.IDs[:j], id) {
				errs.Add(a.Pos, fmt.Sprintf("ambiguous form %q lists id %q twice", a.Form, id))
			}
		}
		k := Fold(a.Form)
		if p, dup := seen[k]; dup && len(errs) == n {
			errs.Add(a.Pos, fmt.Sprintf("ambiguous form %q declared twice (first at %v)", a.Form, p))
		}
		seen[k] = a.Pos
		if len(errs) == n {
			amb = append(amb, a)
		}
	}
	checkCollisions(out, amb, &errs)
	if len(errs) > 0 {
		errs.Sort()
		return nil, errs
	}
	return newGazetteer(out, nil, amb), nil
}

func cloneStrings(s []string) []string {
	if s == nil {
		return nil
	}
	return append([]string(nil), s...)
}

// visible reports whether an entry as defined is an entity of its
// gazetteer: not a removal, and not an extension that lacks a type or a
// name (which only patches an entry of an earlier gazetteer).
func visible(e *Entry) bool {
	switch e.Merge {
	case MergeReplace:
		return true
	case MergeExtend:
		return e.Type.Valid() && e.Name != ""
	}
	return false
}

// newGazetteer indexes validated entries with unique ids. byID, when not
// nil, indexes ops by id already.
func newGazetteer(ops []*Entry, byID map[string]*Entry, amb []Ambiguity) *Gazetteer {
	g := &Gazetteer{entries: ops, byID: byID, ambiguous: amb}
	for i, e := range ops {
		if !visible(e) {
			// Patches: keep them for Merge, out of the entries.
			g.ops = ops
			g.entries = make([]*Entry, 0, len(ops))
			g.entries = append(g.entries, ops[:i]...)
			for _, e := range ops[i:] {
				if visible(e) {
					g.entries = append(g.entries, e)
				}
			}
			byID = nil
			break
		}
	}
	if byID == nil {
		g.byID = make(map[string]*Entry, len(g.entries))
		for _, e := range g.entries {
			g.byID[e.ID] = e
		}
	}
	if len(amb) > 0 {
		g.ambIndex = make(map[string]int, len(amb))
		for i, a := range amb {
			g.ambIndex[Fold(a.Form)] = i
		}
	}
	return g
}

// Merge combines gazetteers, applying each one's entries in order to
// what the gazetteers before it define. By the entry's merge mode:
//
//   - MergeReplace (the default): the entry replaces the earlier entry
//     with its id wholesale, or adds a new one;
//   - MergeExtend: the entry's aliases, demonyms, capitals, capital
//     aliases, roles and attributes are added to the earlier entry's (an
//     attribute given again takes the new value), and the scalars it
//     gives (type, kind, name, country) override; a name that changes
//     keeps the old one as an alias. Without an earlier entry, an
//     extension that has a type and a name is added as it is;
//   - MergeRemove: the earlier entry is deleted.
//
// This is how a user's own YAML extends and corrects the embedded world
// data:
//
//	world, _ := gazetteer.Default()
//	mine, _ := gazetteer.LoadFile("my.yaml")
//	g, err := gazetteer.Merge(world, mine)
//
// The order is stable: entries keep the position of the first gazetteer
// that defines their id, and new ids follow in order. Nil gazetteers are
// skipped. The ambiguous forms of all the gazetteers are combined (ids of
// the same form are joined). Forms shared across gazetteers are not
// checked: a later file may name a new entity like an earlier one, and
// the matcher then lists both. Entries are shared with the inputs, which
// stay unchanged; extended entries are new copies.
//
// The error, an [ErrorList], reports removals and extensions (without a
// type and a name) of ids that no earlier gazetteer defines; they are
// likely misspelt.
//
// Merge also records warnings, which [Gazetteer.Warnings] returns: an
// entry that replaces an earlier entry under a different name (a user
// file that defines FRA as "Frankreich" and nothing else) drops the
// earlier name and forms, so that "France" and "Paris" are no longer
// matched; the warning names both and suggests merge: extend. The
// warnings of the merged gazetteers are kept.
func Merge(gs ...*Gazetteer) (*Gazetteer, error) {
	n := 0
	for _, g := range gs {
		n += g.Len()
	}
	var errs, warns ErrorList
	index := make(map[string]int, n)
	out := make([]*Entry, 0, n)
	var amb []Ambiguity
	ambIndex := map[string]int{}
	for _, g := range gs {
		if g == nil {
			continue
		}
		warns = append(warns, g.warnings...)
		ops := g.ops
		if ops == nil {
			ops = g.entries
		}
		for _, e := range ops {
			i, ok := index[e.ID]
			var prev *Entry
			if ok {
				prev = out[i]
			}
			var next *Entry
			switch {
			case e.Merge == MergeReplace:
				next = e
				if prev != nil {
					warnRename(prev, e, &warns)
				}
			case e.Merge == MergeRemove && prev != nil:
				next = nil
			case e.Merge == MergeExtend && prev != nil:
				next = extend(prev, e)
			case e.Merge == MergeExtend && visible(e):
				next = e
			default:
				errs.Add(e.Pos, fmt.Sprintf("merge: %v of %q, which no earlier gazetteer defines", e.Merge, e.ID))
				continue
			}
			if ok {
				out[i] = next
			} else {
				index[e.ID] = len(out)
				out = append(out, next)
			}
		}
		for _, a := range g.ambiguous {
			k := Fold(a.Form)
			if i, ok := ambIndex[k]; ok {
				ids := amb[i].IDs
				for _, id := range a.IDs {
					if !slices.Contains(ids, id) {
						ids = append(ids, id)
					}
				}
				amb[i].IDs = ids
				continue
			}
			ambIndex[k] = len(amb)
			a.IDs = cloneStrings(a.IDs)
			amb = append(amb, a)
		}
	}
	if len(errs) > 0 {
		errs.Sort()
		return nil, errs
	}
	out = slices.DeleteFunc(out, func(e *Entry) bool { return e == nil })
	g := newGazetteer(out, nil, amb)
	g.warnings = warns
	return g, nil
}

// warnRename records a warning when e replaces prev without keeping
// prev's name among its own names: prev's names stop matching, which a
// user who meant to rename or translate the entity rarely wants.
func warnRename(prev, e *Entry, warns *ErrorList) {
	keep := make(map[string]bool, 1+len(e.Aliases)+len(e.Capitals)+len(e.CapitalAliases)+len(e.Demonyms))
	for _, l := range [...][]string{{e.Name}, e.Aliases, e.Capitals, e.CapitalAliases, e.Demonyms} {
		for _, s := range l {
			keep[Fold(s)] = true
		}
	}
	if keep[Fold(prev.Name)] {
		return
	}
	var lost []string
	for _, l := range [...][]string{{prev.Name}, prev.Aliases, prev.Capitals, prev.CapitalAliases, prev.Demonyms} {
		for _, s := range l {
			if k := Fold(s); !keep[k] {
				keep[k] = true // once
				lost = append(lost, strconv.Quote(s))
			}
		}
	}
	const most = 4
	if len(lost) > most {
		lost = append(lost[:most], fmt.Sprintf("%d more", len(lost)-most))
	}
	where := ""
	if prev.Pos != (Position{}) {
		where = fmt.Sprintf(" (at %v)", prev.Pos)
	}
	prefix := ""
	if e.Pos == (Position{}) {
		prefix = fmt.Sprintf("entry %q: ", e.ID)
	}
	warns.Add(e.Pos, fmt.Sprintf("%s%s %q replaces %q%s, whose names are no longer matched: %s; "+
		"to rename it and keep them, write merge: extend", prefix, e.ID, e.Name, prev.Name, where, joinList(lost)))
}

// joinList joins items as "a", "a and b" or "a, b and c".
func joinList(items []string) string {
	if len(items) <= 1 {
		return strings.Join(items, "")
	}
	return strings.Join(items[:len(items)-1], ", ") + " and " + items[len(items)-1]
}

// Warnings returns what [Merge] found suspicious but not wrong, such as
// an entry that replaces an earlier one under a different name, each at
// the position of the entry concerned. It is nil when there is nothing
// to say. The list is a copy.
func (g *Gazetteer) Warnings() ErrorList {
	if g == nil || len(g.warnings) == 0 {
		return nil
	}
	return slices.Clone(g.warnings)
}

// extend returns a copy of a extended by b, as MergeExtend says.
func extend(a, b *Entry) *Entry {
	e := *a
	if b.Type.Valid() {
		e.Type = b.Type
	}
	if b.Kind != "" {
		e.Kind = b.Kind
	}
	var old []string
	if b.Name != "" && b.Name != a.Name {
		e.Name = b.Name
		if Fold(a.Name) != Fold(b.Name) {
			old = []string{a.Name}
		}
	}
	if b.Country != "" {
		e.Country = b.Country
	}
	e.Aliases = union(union(a.Aliases, old), b.Aliases)
	e.Demonyms = union(a.Demonyms, b.Demonyms)
	e.Capitals = union(a.Capitals, b.Capitals)
	e.CapitalAliases = union(a.CapitalAliases, b.CapitalAliases)
	e.Epithets = union(a.Epithets, b.Epithets)
	e.Government = union(a.Government, b.Government)
	e.Roles = slices.Clip(a.Roles)
	for _, r := range b.Roles {
		if !slices.Contains(e.Roles, r) {
			e.Roles = append(e.Roles, r)
		}
	}
	if len(b.Attributes) > 0 {
		e.Attributes = maps.Clone(a.Attributes)
		if e.Attributes == nil {
			e.Attributes = make(map[string]string, len(b.Attributes))
		}
		maps.Copy(e.Attributes, b.Attributes)
	}
	return &e
}

// union returns a's items followed by b's items that a lacks, without
// modifying a.
func union(a, b []string) []string {
	out := slices.Clip(a)
	for _, s := range b {
		if !slices.Contains(out, s) {
			out = append(out, s)
		}
	}
	return out
}

// Ambiguous returns the ids declared to share form, compared as [Fold]
// does, or nil when the form is not declared ambiguous. The slice must
// not be modified.
func (g *Gazetteer) Ambiguous(form string) []string {
	if g == nil || len(g.ambIndex) == 0 {
		return nil
	}
	if i, ok := g.ambIndex[Fold(form)]; ok {
		return g.ambiguous[i].IDs
	}
	return nil
}

// Ambiguities returns every declared ambiguous form, in definition order.
// The slice is a copy; the IDs slices are shared and must not be
// modified.
func (g *Gazetteer) Ambiguities() []Ambiguity {
	if g == nil {
		return nil
	}
	return slices.Clone(g.ambiguous)
}

// Len returns the number of entries.
func (g *Gazetteer) Len() int {
	if g == nil {
		return 0
	}
	return len(g.entries)
}

// Entries returns the entries in definition order. The slice is a copy;
// the entries are shared and must not be modified.
func (g *Gazetteer) Entries() []*Entry {
	if g == nil {
		return nil
	}
	return append([]*Entry(nil), g.entries...)
}

// Lookup returns the entry with the given id, such as "KOR" or
// "person/lee-jong-sup".
func (g *Gazetteer) Lookup(id string) (*Entry, bool) {
	if g == nil {
		return nil, false
	}
	e, ok := g.byID[id]
	return e, ok
}

// emptyMatcher serves nil gazetteers.
var emptyMatcher = compile(nil)

// matcher returns the compiled matcher, building it on first use.
func (g *Gazetteer) matcher() *matcher {
	if g == nil {
		return emptyMatcher
	}
	g.once.Do(func() { g.m = compile(g.entries) })
	return g.m
}
