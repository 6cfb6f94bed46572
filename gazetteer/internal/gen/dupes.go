package main

import (
	"fmt"
	"math"
	"sort"
	"strconv"
	"strings"
)

// Two sources often name one person differently: the Factbook writes
// "Benyamin NETANYAHU" where the curated data and Phoenix write "Benjamin
// Netanyahu", and Phoenix lists "William Samoei Ruto" where news and the
// curated data say "William Ruto". mergeSamePeople only sees people that
// share a form; mergeNameVariants merges these, on evidence:
//
//   - a subset name: one name's words are the other's in order, with the
//     same first and last word ("William Ruto" and "William Samoei Ruto"),
//     and when both carry dated roles, some of them overlap in time (George
//     W. Bush is not George H. W. Bush: their offices are years apart);
//   - a transliteration: the names have the same number of words, the same
//     last word, and every other word equal or a near spelling (at most two
//     edits, a third of the word: "Benjamin", "Benyamin"), and a source says
//     they are one person: the two share an alias, or hold the same office
//     at overlapping dates.
//
// Both entries must have the same country; people of no country (officials
// of international bodies) need overlapping roles in either case. Two
// curated people are two people. When a name could join two people that
// are not themselves one (two sons "Khalid bin Ahmad ... al Khalifa" with
// different grandfathers), none of them is merged.

// nameMerge records one merge for the report and for merged-people.tsv.
type nameMerge struct {
	Dropped, Kept string // ids
	Evidence      string
}

// nameTokens returns the folded words of a name: lower case, accents
// folded, split at spaces, without dots and commas. A hyphenated word stays
// one word: "Kim Il" is no part of "Kim Yong-il".
func nameTokens(s string) []string {
	f := strings.Fields(key(s))
	out := f[:0]
	for _, x := range f {
		if x = strings.Trim(x, ".,"); x != "" {
			out = append(out, x)
		}
	}
	return out
}

// isSubName reports whether short's words are long's in order, with the
// same first and last word, and the names differ: long has more words
// ("William Samoei Ruto"), or spells out a word short gives as an initial
// ("Patrick L. Allen", "Patrick Linton Allen").
func isSubName(short, long []string) bool {
	if len(short) < 2 || len(short) > len(long) || short[0] != long[0] || short[len(short)-1] != long[len(long)-1] ||
		strings.Join(short, " ") == strings.Join(long, " ") {
		return false
	}
	i := 0
	for _, x := range long {
		if i < len(short) && wordMatch(short[i], x) {
			i++
		}
	}
	return i == len(short)
}

// wordMatch reports whether two name words are the same, or one is the
// other's initial.
func wordMatch(a, b string) bool {
	return a == b || len(a) == 1 && strings.HasPrefix(b, a) || len(b) == 1 && strings.HasPrefix(a, b)
}

// nearSpelling reports whether two words differ by at most two edits and
// at most a third of the longer word, and start alike.
func nearSpelling(a, b string) bool {
	if a == b {
		return true
	}
	if a == "" || b == "" || a[0] != b[0] {
		return false
	}
	d := editDistance(a, b)
	return d <= 2 && 3*d <= max(len(a), len(b))
}

// isSpellingVariant reports whether two names have as many words, the same
// last word and near spellings elsewhere, and differ.
func isSpellingVariant(a, b []string) bool {
	if len(a) < 2 || len(a) != len(b) || a[len(a)-1] != b[len(b)-1] {
		return false
	}
	same := true
	for i := range a {
		if !nearSpelling(a[i], b[i]) {
			return false
		}
		same = same && a[i] == b[i]
	}
	return !same
}

// roleSpan is a role's dates as comparable strings: an open start is "",
// an open end "~", and an end is padded so that "2005" covers 2005-12-31.
func roleSpan(r role) (from, to string, dated bool) {
	to = r.To + "~"
	return r.From, to, r.From != "" || r.To != ""
}

// overlappingRole returns the first pair of dated offices of a and b
// whose dates overlap (or touch), requiring the same title when sameTitle.
func overlappingRole(a, b *entry, sameTitle bool, office func(string) bool) (role, role, bool) {
	for _, x := range a.Roles {
		xf, xt, xd := roleSpan(x)
		if !xd || !office(x.Title) {
			continue
		}
		for _, y := range b.Roles {
			yf, yt, yd := roleSpan(y)
			if !yd || !office(y.Title) || sameTitle && !strings.EqualFold(x.Title, y.Title) {
				continue
			}
			if xf <= yt && yf <= xt {
				return x, y, true
			}
		}
	}
	return role{}, role{}, false
}

// maxRoleGap is how many years may pass between the dated roles of two
// names for one person: Phoenix dates terms in office, and a minister
// who returns after an election is one person; a father and his son
// (Vere Bird, Vere Cornwall Bird; Kim Il, Kim Jong Il) are decades apart.
const maxRoleGap = 5

// roleYears returns the first and last year a role covers: an open start
// is the minimum int, an open end the maximum.
func roleYears(r role) (from, to int) {
	from, to = math.MinInt, math.MaxInt
	if len(r.From) >= 4 {
		if y, err := strconv.Atoi(r.From[:4]); err == nil {
			from = y
		}
	}
	if len(r.To) >= 4 {
		if y, err := strconv.Atoi(r.To[:4]); err == nil {
			to = y
		}
	}
	return from, to
}

// roleGap returns the fewest years between a dated role of a and one of
// b (0 when some overlap), or false when either has none.
func roleGap(a, b *entry) (int, bool) {
	best, found := math.MaxInt, false
	for _, x := range a.Roles {
		if _, _, d := roleSpan(x); !d {
			continue
		}
		xf, xt := roleYears(x)
		for _, y := range b.Roles {
			if _, _, d := roleSpan(y); !d {
				continue
			}
			yf, yt := roleYears(y)
			gap := 0
			switch {
			case yf > xt:
				gap = yf - xt
			case xf > yt:
				gap = xf - yt
			}
			best, found = min(best, gap), true
		}
	}
	return best, found
}

// hasDatedRole reports whether e holds an office with a date.
func hasDatedRole(e *entry, office func(string) bool) bool {
	for _, r := range e.Roles {
		if _, _, d := roleSpan(r); d && office(r.Title) {
			return true
		}
	}
	return false
}

// sharedAlias returns a form (other than the names) both entries list.
func sharedAlias(a, b *entry) (string, bool) {
	ka := map[string]bool{}
	for _, s := range a.Aliases {
		ka[key(s)] = true
	}
	for _, s := range b.Aliases {
		if ka[key(s)] {
			return s, true
		}
	}
	return "", false
}

// conflictingAliases reports whether a and b list full names that cannot
// name one person: same first and last word, neither within the other
// ("Khalid bin Ahmad bin Muhammad al Khalifa", "... bin Salman al Khalifa").
func conflictingAliases(a, b *entry) bool {
	for _, x := range a.surfaces() {
		tx := nameTokens(x)
		for _, y := range b.surfaces() {
			ty := nameTokens(y)
			if len(tx) < 2 || len(ty) < 2 || tx[0] != ty[0] || tx[len(tx)-1] != ty[len(ty)-1] {
				continue
			}
			if strings.Join(tx, " ") == strings.Join(ty, " ") || isSubName(tx, ty) || isSubName(ty, tx) ||
				len(tx) == len(ty) && isSpellingVariant(tx, ty) {
				continue
			}
			return true
		}
	}
	return false
}

func fmtRole(r role) string {
	return fmt.Sprintf("%s %s..%s", r.Title, r.From, r.To)
}

// sameNameEvidence says why a and b are one person, or returns false.
// office says which role titles name an office: only an office shared at
// overlapping dates makes two spellings one person (Phoenix sectors such
// as "Government (health)" or "Elite" do not).
func sameNameEvidence(a, b *entry, office func(string) bool) (string, bool) {
	if a.Type != tPerson || b.Type != tPerson || a.Country != b.Country {
		return "", false
	}
	if a.curated() && b.curated() {
		return "", false
	}
	ta, tb := nameTokens(a.Name), nameTokens(b.Name)
	if regnalRE.MatchString(a.Name) || regnalRE.MatchString(b.Name) || conflictingAliases(a, b) {
		return "", false
	}
	switch {
	case isSubName(ta, tb) || isSubName(tb, ta):
		// any dated role counts here: Phoenix dates a person's place in
		// the elite too, and a father's and his son's are years apart
		gap, dated := roleGap(a, b)
		if dated && gap > maxRoleGap || a.Country == "" && (!dated || gap > 0) {
			return "", false
		}
		ev := fmt.Sprintf("subset name %q / %q", a.Name, b.Name)
		if x, y, ok := overlappingRole(a, b, false, func(string) bool { return true }); ok {
			ev += fmt.Sprintf("; roles overlap: %s / %s", fmtRole(x), fmtRole(y))
		} else if dated {
			ev += fmt.Sprintf("; dated roles within %d years", gap)
		}
		return ev, true
	case isSpellingVariant(ta, tb):
		if a.Country == "" {
			return "", false
		}
		ev := fmt.Sprintf("spelling variant %q / %q", a.Name, b.Name)
		if s, ok := sharedAlias(a, b); ok {
			return ev + fmt.Sprintf("; shared alias %q", s), true
		}
		if x, y, ok := overlappingRole(a, b, true, office); ok {
			return ev + fmt.Sprintf("; same office at overlapping dates: %s / %s", fmtRole(x), fmtRole(y)), true
		}
	}
	return "", false
}

// keepsID says which of two people keeps its id when merged: a curated
// entry, else the shorter name (the form news uses), else the one with
// more roles, else the shorter, then the smaller id.
func keepsID(a, b *entry) bool {
	ac, bc := a.curated(), b.curated()
	if ac != bc {
		return ac
	}
	if na, nb := len(nameTokens(a.Name)), len(nameTokens(b.Name)); na != nb {
		return na < nb
	}
	if len(a.Roles) != len(b.Roles) {
		return len(a.Roles) > len(b.Roles)
	}
	if len(a.ID) != len(b.ID) {
		return len(a.ID) < len(b.ID)
	}
	return a.ID < b.ID
}

// mergeNameVariants merges the people that are one person under names
// that differ (see above) and returns the entries and the merges made,
// sorted by dropped id. office says which role titles name an office (nil:
// all do).
func (w *world) mergeNameVariants(es []*entry, office func(string) bool) ([]*entry, []nameMerge) {
	if office == nil {
		office = func(string) bool { return true }
	}
	// candidates share country and last name word
	groups := map[string][]*entry{}
	var gkeys []string
	for _, e := range es {
		if e.Type != tPerson {
			continue
		}
		t := nameTokens(e.Name)
		if len(t) < 2 {
			continue
		}
		k := e.Country + "|" + t[len(t)-1]
		if groups[k] == nil {
			gkeys = append(gkeys, k)
		}
		groups[k] = append(groups[k], e)
	}
	sort.Strings(gkeys)
	type pair struct{ a, b *entry }
	evidence := map[pair]string{}
	parent := unionFind{}
	for _, k := range gkeys {
		g := groups[k]
		for i, a := range g {
			for _, b := range g[i+1:] {
				ev, ok := sameNameEvidence(a, b, office)
				if !ok {
					continue
				}
				evidence[pair{a, b}], evidence[pair{b, a}] = ev, ev
				if ra, rb := parent.find(a), parent.find(b); ra != rb {
					parent[rb] = ra
				}
			}
		}
	}
	// components; merge only those whose members are pairwise one person
	involved := map[*entry]bool{}
	for p := range evidence {
		involved[p.a] = true
	}
	comps := map[*entry][]*entry{}
	var roots []*entry
	for _, e := range es {
		if involved[e] {
			r := parent.find(e)
			if comps[r] == nil {
				roots = append(roots, r)
			}
			comps[r] = append(comps[r], e)
		}
	}
	into := map[*entry]*entry{}
	why := map[*entry]string{}
	for _, r := range roots {
		m := comps[r]
		clique := true
		for i, a := range m {
			for _, b := range m[i+1:] {
				if _, ok := evidence[pair{a, b}]; !ok {
					clique = false
				}
			}
		}
		if !clique {
			var ids []string
			for _, e := range m {
				ids = append(ids, e.ID)
			}
			sort.Strings(ids)
			w.drop("name variants that could be several people (not merged)", strings.Join(ids, ", "))
			continue
		}
		keep := m[0]
		for _, e := range m[1:] {
			if keepsID(e, keep) {
				keep = e
			}
		}
		for _, e := range m {
			if e != keep {
				into[e], why[e] = keep, evidence[pair{keep, e}]
			}
		}
	}
	var out []*entry
	var merges []nameMerge
	kept := map[*entry]bool{}
	for _, e := range es {
		r, ok := into[e]
		if !ok {
			out = append(out, e)
			continue
		}
		kept[r] = true
		e.pinOffices()
		w.drop("same person under two names (merged)", e.ID+" into "+r.ID)
		merges = append(merges, nameMerge{Dropped: e.ID, Kept: r.ID, Evidence: why[e]})
		r.merge(e)
	}
	for _, e := range out {
		if kept[e] {
			e.dedupe()
		}
	}
	sort.Slice(merges, func(i, j int) bool { return merges[i].Dropped < merges[j].Dropped })
	return out, merges
}

// mergesTSV writes the merges as "dropped<TAB>kept<TAB>evidence" lines
// under a header comment.
func mergesTSV(ms []nameMerge) []byte {
	var b strings.Builder
	b.WriteString("# Code generated by gazetteer/internal/gen; DO NOT EDIT.\n")
	b.WriteString("#\n# People merged because two sources name them differently (dupes.go):\n")
	b.WriteString("# the dropped id no longer exists; its names, aliases and roles are the\n")
	b.WriteString("# kept id's. Columns: dropped id, kept id, evidence.\n")
	fmt.Fprintf(&b, "# %d merges.\n", len(ms))
	for _, m := range ms {
		fmt.Fprintf(&b, "%s\t%s\t%s\n", m.Dropped, m.Kept, m.Evidence)
	}
	return []byte(b.String())
}
