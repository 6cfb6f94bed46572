package main

import (
	"maps"
	"sort"
	"strings"

	"gopkg.in/yaml.v3"
)

// Entry types, as written in the YAML.
const (
	tPerson = "PERSON"
	tGPE    = "GPE"
	tOrg    = "ORG"
	tLoc    = "LOC"
	tNORP   = "NORP"
	tEvent  = "EVENT"
)

// role is an office held by a person: Of is the id of the entity the
// office belongs to (a country code, or an organization's id).
type role struct {
	Title string `yaml:"title"`
	Of    string `yaml:"of,omitempty"`
	From  string `yaml:"from,omitempty"`
	To    string `yaml:"to,omitempty"`
}

// entry is one gazetteer entry in the making, in the format of the
// gazetteer files (v1).
type entry struct {
	ID       string     `yaml:"id"`
	Type     string     `yaml:"type"`
	Kind     string     `yaml:"kind,omitempty"`
	Name     string     `yaml:"name"`
	Country  string     `yaml:"country,omitempty"`
	Aliases  []string   `yaml:"aliases,omitempty"`
	Demonyms []string   `yaml:"demonyms,omitempty"`
	Capitals stringList `yaml:"capital,omitempty"`
	// CapitalAliases are read from curated files and written out; in
	// between they are among Capitals, marked in capAlias.
	CapitalAliases []string `yaml:"capital_aliases,omitempty"`
	// Epithets come only from curated files: stock descriptions of the
	// actor ("the Western alliance"), written out as they are.
	Epithets []string `yaml:"epithets,omitempty"`
	// Government lists a country's forms of state (govRules.forms).
	Government []string          `yaml:"government,omitempty"`
	Roles      []role            `yaml:"roles,omitempty"`
	Attributes map[string]string `yaml:"attributes,omitempty"`

	src      string          // where the entry came from, for the log
	capAlias map[string]bool // keys of the Capitals that are capital aliases
}

// curatedSource begins the src of an entry read from a hand-curated file.
const curatedSource = "curated "

// curated reports whether e was read from a hand-curated file, whose
// entries win over generated ones.
func (e *entry) curated() bool { return strings.HasPrefix(e.src, curatedSource) }

// foldCapitalAliases moves CapitalAliases among the Capitals, marked.
func (e *entry) foldCapitalAliases() {
	for _, c := range e.CapitalAliases {
		e.markCapAlias(key(c))
		e.Capitals = append(e.Capitals, c)
	}
	e.CapitalAliases = nil
}

// markCapAlias marks a capital key as a capital alias, copying the set
// first (entries share it after copies).
func (e *entry) markCapAlias(k string) {
	m := make(map[string]bool, len(e.capAlias)+1)
	for x := range e.capAlias {
		m[x] = true
	}
	m[k] = true
	e.capAlias = m
}

// splitCapitals returns the capitals and the capital aliases.
func (e *entry) splitCapitals() (caps, aliases []string) {
	for _, c := range e.Capitals {
		if e.capAlias[key(c)] {
			aliases = append(aliases, c)
		} else {
			caps = append(caps, c)
		}
	}
	if len(caps) == 0 && len(aliases) > 0 { // only aliases: the first is the capital
		return aliases[:1], aliases[1:]
	}
	return caps, aliases
}

// stringList is a list of strings written in YAML as a list or, for one
// item, a plain string (the capital field).
type stringList []string

// UnmarshalYAML implements yaml.Unmarshaler.
func (l *stringList) UnmarshalYAML(n *yaml.Node) error {
	if n.Kind == yaml.ScalarNode {
		*l = stringList{n.Value}
		return nil
	}
	var s []string
	if err := n.Decode(&s); err != nil {
		return err
	}
	*l = s
	return nil
}

// setAttr sets an attribute, creating the map.
func (e *entry) setAttr(k, v string) {
	if e.Attributes == nil {
		e.Attributes = map[string]string{}
	}
	e.Attributes[k] = v
}

// kind is the part of an id before the slash ("person"), or "" for
// countries.
func (e *entry) kind() string {
	if i := strings.IndexByte(e.ID, '/'); i >= 0 {
		return e.ID[:i]
	}
	return ""
}

// surfaces returns the name and aliases.
func (e *entry) surfaces() []string {
	return append([]string{e.Name}, e.Aliases...)
}

// addAlias appends aliases, skipping empty ones.
func (e *entry) addAlias(ss ...string) {
	for _, s := range ss {
		if s != "" {
			e.Aliases = append(e.Aliases, s)
		}
	}
}

// pinOffices gives each role of e that names no country e's own, so that
// its office keeps its country when e is merged into a person of another.
func (e *entry) pinOffices() {
	for i := range e.Roles {
		if e.Roles[i].Of == "" {
			e.Roles[i].Of = e.Country
		}
	}
}

// merge folds o into e: e's non-empty scalars win, lists are unioned with
// e's items first, roles are unioned.
func (e *entry) merge(o *entry) {
	if e.Type == "" {
		e.Type = o.Type
	}
	if e.Name == "" {
		e.Name = o.Name
	} else if o.Name != "" && key(o.Name) != key(e.Name) {
		e.Aliases = append(e.Aliases, o.Name)
	}
	if e.Country == "" {
		e.Country = o.Country
	}
	if e.Kind == "" {
		e.Kind = o.Kind
	}
	for k, v := range o.Attributes {
		if _, ok := e.Attributes[k]; !ok {
			e.setAttr(k, v)
		}
	}
	e.Aliases = append(e.Aliases, o.Aliases...)
	e.Demonyms = append(e.Demonyms, o.Demonyms...)
	e.Capitals = append(e.Capitals, o.Capitals...)
	e.Epithets = append(e.Epithets, o.Epithets...)
	e.Government = append(e.Government, o.Government...)
	for k := range o.capAlias {
		e.markCapAlias(k)
	}
	e.Roles = append(e.Roles, o.Roles...)
}

// dedupe removes repeated list items (compared by key), aliases equal to
// the name, and repeated roles, keeping first occurrences.
func (e *entry) dedupe() {
	seen := map[string]bool{key(e.Name): true}
	e.Aliases = uniq(e.Aliases, seen)
	e.Demonyms = uniq(e.Demonyms, map[string]bool{})
	e.Capitals = uniq(e.Capitals, map[string]bool{})
	e.Epithets = uniq(e.Epithets, map[string]bool{})
	e.Government = uniq(e.Government, map[string]bool{})
	var roles []role
	rs := map[role]bool{}
	for _, r := range e.Roles {
		if r.Of == e.Country && e.Type == tPerson {
			r.Of = ""
		}
		if r.From != "" && r.To != "" && r.To < r.From {
			continue // the source has the dates the wrong way round
		}
		if !rs[r] && r.Title != "" {
			rs[r] = true
			roles = append(roles, r)
		}
	}
	sort.SliceStable(roles, func(i, j int) bool {
		a, b := roles[i], roles[j]
		if a.From != b.From {
			return a.From < b.From
		}
		if a.To != b.To {
			return a.To < b.To
		}
		if a.Title != b.Title {
			return a.Title < b.Title
		}
		return a.Of < b.Of
	})
	e.Roles = roles
}

// uniq keeps the first of the items with the same key, also skipping items
// whose key is already in seen.
func uniq(items []string, seen map[string]bool) []string {
	var out []string
	for _, s := range items {
		k := key(s)
		if s == "" || seen[k] {
			continue
		}
		seen[k] = true
		out = append(out, s)
	}
	return out
}

// world collects the candidate entries from every source.
type world struct {
	cands  []*entry
	common map[string]int  // lower-case common English words and their SCOWL level
	given  map[string]bool // upper-case given names
	drops  map[string]int  // counts of filtered items by reason
	sample map[string][]string

	cityInfo *cityInfo
	orgIndex map[string]string // country|key(surface) -> org id
	coverage coverage
	fbPeople map[string]string // country|key(name) -> person id, Factbook people
	gov      *govRules         // forms of state (curated/government/forms.yaml); nil reads none

	nameMerges []nameMerge       // people merged by mergeNameVariants, for merged-people.tsv
	isOffice   func(string) bool // which role titles name an office (the audit's rules); nil: all
}

func newWorld() *world {
	return &world{common: map[string]int{}, given: map[string]bool{}, drops: map[string]int{}, sample: map[string][]string{}}
}

func (w *world) add(e *entry) {
	if e == nil || e.Name == "" || e.ID == "" {
		return
	}
	w.cands = append(w.cands, e)
}

// drop records that an item was filtered, for the report.
func (w *world) drop(reason, item string) {
	w.drops[reason]++
	if len(w.sample[reason]) < 12 {
		w.sample[reason] = append(w.sample[reason], item)
	}
}

// isCommon reports whether s, a single word, is a common English word in
// lower case (SCOWL level 20 or lower: "of", "center", "reading").
func (w *world) isCommon(s string) bool {
	if strings.ContainsAny(s, " ") {
		return false
	}
	lvl, ok := w.common[strings.ToLower(foldASCII(s))]
	return ok && lvl <= 20
}

// isWord reports whether s is any listed English word in lower case.
func (w *world) isWord(s string) bool {
	_, ok := w.common[strings.ToLower(foldASCII(s))]
	return ok
}

// resolve turns the candidates into final entries: candidates with the same
// id are merged; a kind/slug id shared by actors of different countries is
// split into kind/slug-iso3 ids.
func (w *world) resolve() []*entry {
	type group struct {
		base    string
		members []*entry
	}
	w.unifyPeople()
	byBase := map[string]*group{}
	var order []string
	for _, e := range w.cands {
		g := byBase[e.ID]
		if g == nil {
			g = &group{base: e.ID}
			byBase[e.ID] = g
			order = append(order, e.ID)
		}
		g.members = append(g.members, e)
	}
	var out []*entry
	for _, id := range order {
		g := byBase[id]
		if !strings.Contains(id, "/") { // countries: one entry per id
			out = append(out, mergeAll(id, g.members))
			continue
		}
		byCountry := map[string][]*entry{}
		var countries []string
		for _, m := range g.members {
			if _, ok := byCountry[m.Country]; !ok {
				countries = append(countries, m.Country)
			}
			byCountry[m.Country] = append(byCountry[m.Country], m)
		}
		if len(countries) == 1 {
			out = append(out, mergeAll(id, g.members))
			continue
		}
		for _, c := range countries {
			nid := id
			if c != "" {
				nid = id + "-" + strings.ToLower(c)
			}
			out = append(out, mergeAll(nid, byCountry[c]))
		}
	}
	return out
}

// unifyPeople gives one id to person candidates of the same country when
// an alias of one is the name of another ("Yoweri Kaguta Museveni" with
// alias "Yoweri Museveni", and "Yoweri Museveni"): the short name's id wins.
func (w *world) unifyPeople() {
	byName := map[string]string{}
	for _, e := range w.cands {
		if e.Type == tPerson {
			k := e.Country + "|" + key(e.Name)
			if _, ok := byName[k]; !ok {
				byName[k] = e.ID
			}
		}
	}
	parent := map[string]string{}
	var find func(string) string
	find = func(x string) string {
		if p, ok := parent[x]; ok && p != x {
			r := find(p)
			parent[x] = r
			return r
		}
		return x
	}
	for _, e := range w.cands {
		if e.Type != tPerson || e.Country == "" {
			continue
		}
		for _, a := range e.Aliases {
			if id, ok := byName[e.Country+"|"+key(a)]; ok && find(id) != find(e.ID) {
				parent[find(e.ID)] = find(id)
			}
		}
	}
	for _, e := range w.cands {
		if e.Type == tPerson {
			e.ID = find(e.ID)
		}
	}
}

func mergeAll(id string, ms []*entry) *entry {
	// the member whose name gave the id comes first
	for i, m := range ms {
		if "person/"+slug(m.Name) == id && i > 0 {
			ms = append([]*entry{m}, append(append([]*entry(nil), ms[:i]...), ms[i+1:]...)...)
			break
		}
	}
	e := *ms[0]
	e.ID = id
	e.Aliases = append([]string(nil), e.Aliases...)
	e.Demonyms = append([]string(nil), e.Demonyms...)
	e.Capitals = append([]string(nil), e.Capitals...)
	e.Epithets = append([]string(nil), e.Epithets...)
	e.Government = append([]string(nil), e.Government...)
	e.Roles = append([]role(nil), e.Roles...)
	if e.Attributes != nil {
		e.Attributes = maps.Clone(e.Attributes)
	}
	for _, m := range ms[1:] {
		e.merge(m)
	}
	return &e
}
