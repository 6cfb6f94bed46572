package main

import (
	"regexp"
	"sort"
	"strings"

	"github.com/geoextract/geoextract/gazetteer"
)

// The gazetteer refuses a form (name, alias or capital, compared as
// gazetteer.Fold does) that two entities claim, unless an ambiguous entry
// declares it. resolveShared settles every such form in the generated
// data: true duplicates are merged or dropped, and the rest are declared.

// formRef is one entry claiming a form.
type formRef struct {
	e    *entry
	form string
	what string // "name", "alias" or "capital"
}

// sharedForms indexes the forms of es by fold key and returns the keys
// claimed by more than one entry, sorted.
func sharedForms(es []*entry) (map[string][]formRef, []string) {
	idx := map[string][]formRef{}
	add := func(e *entry, s, what string) {
		k := gazetteer.Fold(s)
		for _, r := range idx[k] {
			if r.e == e {
				return
			}
		}
		idx[k] = append(idx[k], formRef{e: e, form: s, what: what})
	}
	for _, e := range es {
		add(e, e.Name, "name")
		for _, a := range e.Aliases {
			add(e, a, "alias")
		}
		for _, c := range e.Capitals {
			add(e, c, "capital")
		}
	}
	var keys []string
	for k, refs := range idx {
		if len(refs) > 1 {
			keys = append(keys, k)
		} else {
			delete(idx, k)
		}
	}
	sort.Strings(keys)
	return idx, keys
}

// regnalRE matches names with a regnal number ("Albert II"): such names
// are shared by different people.
var regnalRE = regexp.MustCompile(`\s[IVX]+$`)

// isCountryEntry reports whether e is a country or territory.
func isCountryEntry(e *entry) bool {
	return e.Type == tGPE && isCode3(e.ID)
}

// sovereignOf returns the country a country or territory belongs to.
func sovereignOf(e *entry) string {
	if e.Country != "" {
		return e.Country
	}
	return e.ID
}

// resolveShared merges and drops duplicates among the entries that share
// forms, and returns the entries with the ambiguous declarations of the
// forms that remain shared.
func (w *world) resolveShared(es []*entry) ([]*entry, []*ambiguity) {
	es = w.mergeSamePeople(es)
	es, w.nameMerges = w.mergeNameVariants(es, w.isOffice)
	es = w.dropDuplicatePlaces(es)
	es = w.dropBorrowedAliases(es)
	idx, keys := sharedForms(es)
	var out []*ambiguity
	for _, k := range keys {
		refs := idx[k]
		sort.SliceStable(refs, func(i, j int) bool { return refs[i].e.ID < refs[j].e.ID })
		a := &ambiguity{Form: refs[0].form}
		for _, r := range refs {
			a.IDs = append(a.IDs, r.e.ID)
		}
		out = append(out, a)
		w.drop("form declared ambiguous (kept, listed under ambiguous)", a.Form+" "+strings.Join(a.IDs, ","))
	}
	return es, out
}

// mergeSamePeople merges person entries that are the same person under
// two ids: they share a name (or one's name is the other's alias), and
// either share a country, or one has none, or the name has three words or
// more. Names with regnal numbers are left alone, and so are two curated
// people (George W. Bush is not his father, whatever an alias says).
func (w *world) mergeSamePeople(es []*entry) []*entry {
	idx, keys := sharedForms(es)
	parent := unionFind{}
	// better says which of two entries keeps its id.
	better := func(a, b *entry) bool {
		ac, bc := a.curated(), b.curated()
		if ac != bc {
			return ac
		}
		if len(a.Roles) != len(b.Roles) {
			return len(a.Roles) > len(b.Roles)
		}
		if len(a.ID) != len(b.ID) {
			return len(a.ID) < len(b.ID)
		}
		return a.ID < b.ID
	}
	for _, k := range keys {
		if regnalRE.MatchString(k) {
			continue
		}
		refs := idx[k]
		for i, p := range refs {
			for _, q := range refs[i+1:] {
				if p.e.Type != tPerson || q.e.Type != tPerson || p.what != "name" && q.what != "name" {
					continue
				}
				a, b := p.e, q.e
				if a.curated() && b.curated() {
					continue // two curated people are two people
				}
				if a.Country != b.Country && a.Country != "" && b.Country != "" && len(strings.Fields(k)) < 3 {
					continue
				}
				ra, rb := parent.find(a), parent.find(b)
				if ra == rb {
					continue
				}
				if better(rb, ra) {
					ra, rb = rb, ra
				}
				parent[rb] = ra
			}
		}
	}
	var out []*entry
	merged := map[*entry]bool{}
	for _, e := range es {
		r := parent.find(e)
		if r == e {
			out = append(out, e)
			continue
		}
		merged[r] = true
		e.pinOffices()
		w.drop("same person under two ids (merged)", e.ID+" into "+r.ID)
		country := r.Country
		r.merge(e)
		if r.curated() {
			r.Country = country // a curated official of no country stays so
		}
	}
	for e := range merged {
		e.dedupe()
	}
	return out
}

// dropDuplicatePlaces drops the entries that repeat a place another entry
// already stands for: a city named like its country's capital (the
// capital is a metonym of the country), a state or city named like a
// territory of the same state or like the country it lies in, and an
// organization named like a country or territory.
func (w *world) dropDuplicatePlaces(es []*entry) []*entry {
	idx, keys := sharedForms(es)
	dropped := map[*entry]bool{}
	for _, k := range keys {
		refs := idx[k]
		for _, r := range refs {
			x := r.e
			if r.what != "name" || dropped[x] {
				continue
			}
			for _, o := range refs {
				c := o.e
				if c == x || dropped[c] || !isCountryEntry(c) {
					continue
				}
				switch {
				case o.what == "capital" && (x.Kind == kCity || x.Kind == "capital") && x.Country == c.ID:
					dropped[x] = true
					w.drop("city repeating its country's capital (dropped)", x.ID+" ~ "+c.ID)
				case o.what != "capital" && (x.Kind == kState || x.Kind == kCity || x.Kind == kRegion) &&
					(x.Country == c.ID || dependencies[c.ID] && x.Country == sovereignOf(c)):
					dropped[x] = true
					w.drop("state or city repeating a country or territory (dropped)", x.ID+" ~ "+c.ID)
				case o.what != "capital" && x.Type == tOrg && !x.curated():
					dropped[x] = true
					w.drop("organization named like a country (dropped)", x.ID+" ~ "+c.ID)
				}
				if dropped[x] {
					break
				}
			}
		}
	}
	var out []*entry
	for _, e := range es {
		if !dropped[e] {
			out = append(out, e)
		}
	}
	return out
}

// dropBorrowedAliases removes from organizations and people the aliases
// that are another entry's name: "U.S. Army" as an alias of the Pentagon
// names org/us-army, and "George W. Bush" as an alias of his father names
// the son.
func (w *world) dropBorrowedAliases(es []*entry) []*entry {
	idx, keys := sharedForms(es)
	drop := map[*entry]map[string]bool{}
	for _, k := range keys {
		refs := idx[k]
		named := false
		for _, r := range refs {
			named = named || r.what == "name"
		}
		if !named {
			continue
		}
		for _, r := range refs {
			if r.what == "alias" && (r.e.Type == tOrg || r.e.Type == tPerson) {
				if drop[r.e] == nil {
					drop[r.e] = map[string]bool{}
				}
				drop[r.e][k] = true
				w.drop("alias that is another entry's name (dropped)", r.form+" ["+r.e.ID+"]")
			}
		}
	}
	for e, ks := range drop {
		e.Aliases = filterList(e.Aliases, func(s string) bool { return !ks[gazetteer.Fold(s)] })
	}
	return es
}

// unionFind groups entries: each entry maps to another of its group, and
// find follows the chain to the group's root, shortening it on the way.
// The zero value is no grouping; it is not safe for concurrent use.
type unionFind map[*entry]*entry

// find returns the root of e's group (e itself when e is grouped with
// nothing).
func (u unionFind) find(e *entry) *entry {
	if p, ok := u[e]; ok && p != e {
		r := u.find(p)
		u[e] = r
		return r
	}
	return e
}
