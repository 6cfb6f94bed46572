package entity

import (
	"slices"
	"strings"

	"github.com/geoextract/geoextract/gazetteer"
	"github.com/geoextract/geoextract/internal/english"
)

// namesakeReader keeps a short name of an analysis from taking the full
// name of a different person who shares it ("first lady Laura Bush" is
// not "President Bush"). Like its analysis it belongs to one Tag call and
// is not safe for concurrent use. The zero value has no analysis and must
// not be used.
type namesakeReader struct{ *analysis }

// This file keeps a short name ("Bush") from taking the full name of a
// different person who merely shares it ("first lady Laura Bush" is not
// "President Bush"): see contradicts, and officeHolderOn for the
// gazetteer's reading of a titled short name on the document's date.

// candGender is what the words of mention c itself say of its person's
// gender: its title or role ("Mrs.", "first lady", "spokesman"), a title
// the chunker left just before it ("Mr." alone, capitalized), and, with
// names, the given name that opens a full name ("Laura Bush").
func (a namesakeReader) candGender(c *cand, names bool) gender {
	var g genderClue
	g.add(titleGender(c.role))
	if k := c.first - 1; k >= 0 && isCapTok(a.toks[k].Text) {
		g.add(titleGender(a.toks[k].Text))
	}
	if names {
		name := a.src[a.toks[c.first].Start:a.toks[c.last-1].End]
		g.add(nameGender(name, c.country))
		if c.entry != nil {
			g.add(nameGender(c.entry.Name, c.entry.Country))
		}
	}
	return g.gender()
}

// candTitle is the office words of mention c's role, lower case and
// padded with spaces ("president", "secretary of state"); "" with none.
func candTitle(c *cand) string {
	if c.role == "" {
		return ""
	}
	return " " + strings.Join(strings.Fields(strings.ToLower(c.role)), " ") + " "
}

// offices returns the office phrases (see officePhrases) a padded title
// holds as whole words.
func offices(title string) []string {
	if title == "" {
		return nil
	}
	var out []string
	for p := range officePhrases {
		if strings.Contains(title, p) {
			out = append(out, p)
		}
	}
	return out
}

// contradicts reports whether what the text says of short name c and of
// full name f shows two people: genders that differ (by title, or by
// the full name's given name), or an office under which c is named
// ("President Bush") that f, given another role by the text ("first lady
// Laura Bush"), neither holds there nor held by the gazetteer's roles of
// its entry.
func (a namesakeReader) contradicts(c, f *cand) bool {
	if gc := a.candGender(c, false); gc != unknownGender {
		if gf := a.candGender(f, true); gf != unknownGender && gf != gc {
			return true
		}
	}
	held := offices(candTitle(c))
	if len(held) == 0 || f.role == "" || hasRank(c.role) || hasRank(f.role) {
		return false
	}
	ft := candTitle(f)
	for _, p := range held {
		if strings.Contains(ft, p) {
			return false
		}
		if f.entry != nil {
			for _, r := range f.entry.Roles {
				if strings.Contains(" "+strings.ToLower(r.Title)+" ", p) {
					return false
				}
			}
		}
	}
	return true
}

// hasRank reports whether a role holds a rank (class rank_titles), which
// a person holds alongside an office.
func hasRank(role string) bool {
	for w := range strings.FieldsSeq(strings.ToLower(role)) {
		if isWord(english.RankTitles, w) {
			return true
		}
	}
	return false
}

// ownClue reports whether mention c carries its own evidence of who it
// is: a gendered title or an office.
func (a namesakeReader) ownClue(c *cand) bool {
	return a.candGender(c, false) != unknownGender || len(offices(candTitle(c))) > 0
}

// officeHolderOn returns the one person of the gazetteer with family name
// w who held, on the document's date, the office c is named under
// ("President Bush" on 2007-10-20: George W. Bush, not George H. W. Bush
// nor a namesake without that office), or nil: undated, no office, or
// not exactly one holder. A role matches when its title is the mention's
// title or one of the office phrases the title holds ("President", not
// "Vice President").
func (a namesakeReader) officeHolderOn(w string, c *cand) *gazetteer.Entry {
	title := candTitle(c)
	held := offices(title)
	if a.date.IsZero() || len(held) == 0 {
		return nil
	}
	var found *gazetteer.Entry
	for _, e := range a.t.names.namesakes[w] {
		for _, r := range e.Roles {
			rt := " " + strings.Join(strings.Fields(strings.ToLower(r.Title)), " ") + " "
			if !r.Holds(a.date) || rt != title && !slices.Contains(held, rt) {
				continue
			}
			if found != nil && found != e {
				return nil
			}
			found = e
		}
	}
	return found
}

// contradictsAll reports whether short name c contradicts every full name
// of fulls (see contradicts).
func (a namesakeReader) contradictsAll(c *cand, fulls []*cand) bool {
	for _, f := range fulls {
		if !a.contradicts(c, f) {
			return false
		}
	}
	return len(fulls) > 0
}

// disputedNames returns the short names (lower case) of which some
// one-word mention contradicts every full name of the document that has
// it: the document uses the name for two people, so that an untitled
// mention of it may not take a full name by the name alone.
func (a namesakeReader) disputedNames(keys, given map[string][]*cand) map[string]bool {
	var out map[string]bool
	for _, c := range a.ments {
		if c.last-c.first != 1 || !a.ownClue(c) || c.entry != nil && c.typ != Person {
			continue
		}
		low := a.low(c.first)
		if out[low] {
			continue
		}
		if fulls := fullNames(c, low, keys, given, true); a.contradictsAll(c, fulls) {
			if out == nil {
				out = map[string]bool{}
			}
			out[low] = true
		}
	}
	return out
}

// kinRoleStart returns where the role of title tokens [p, t) starts: at
// the word before p, in the same sentence, when that word and the title
// make a tie to another person (class kin_roles: "first lady", of which
// "lady" alone is a title word), else at p.
func (a namesakeReader) kinRoleStart(p, t int) int {
	if p == 0 || a.sentOf[p-1] != a.sentOf[p] || !isWordTok(a.toks[p-1].Text) {
		return p
	}
	phrase := a.low(p - 1)
	for k := p; k < t; k++ {
		phrase += " " + a.low(k)
	}
	if isWord(english.KinRoles, phrase) {
		return p - 1
	}
	return p
}
