package entity

import (
	"slices"
	"strings"

	"github.com/geoextract/geoextract/gazetteer"
	"github.com/geoextract/geoextract/internal/english"
)

// A description of a person by nationality and office ("the Syrian
// leader", "the Kenyan foreign minister") that names nobody of the
// document stands for the one person the gazetteer says held such an
// office for that country on the document's date (see officeHolder).

// WithOfficeHolders turns on or off (default on) the reading of a
// description by nationality and office that names nobody of the
// document ("the Syrian leader") as the gazetteer's one holder of that
// office on the document's date (see References). Off, such a
// description refers to nobody and relations read its nationality.
func WithOfficeHolders(on bool) Option { return func(o *options) { o.holders = on } }

// officeHolders maps each country to the gazetteer's people of that
// country who hold an office (see isOffice) in some dated role. Built
// once by NewTagger and only read afterwards.
type officeHolders map[string][]*gazetteer.Entry

// newOfficeHolders indexes the people of g with dated offices by country.
func newOfficeHolders(g *gazetteer.Gazetteer) officeHolders {
	out := officeHolders{}
	for _, e := range g.Entries() {
		if e.Type != gazetteer.Person || e.Country == "" {
			continue
		}
		if slices.ContainsFunc(e.Roles, func(r gazetteer.Role) bool { return r.From != "" && isOffice(r.Title) }) {
			out[e.Country] = append(out[e.Country], e)
		}
	}
	return out
}

// officeHolder returns the gazetteer person that the description whose
// head is token i names by its country and office, when the document is
// dated and names no person of that country before it or in its
// sentence (an apposition names the holder itself): the head word
// (class person_title_heads or title_roles, not a relational noun such as
// "counterpart") with the title words before it must name an office one
// person holds (class sole_offices: "leader", "foreign minister"; not
// "envoy"), and those words ("foreign" in "the Kenyan foreign minister")
// must be held by a role of the person's on that day,
// and a role with a deputy's word (class deputy_modifiers: "Vice
// President") only when the description says it too. Two holders, none,
// an undated document or a description that speaks of another or a
// former holder ("the former Syrian leader") leave it unresolved.
//
// named maps each country to the first token of the first person of that
// country the document names (see firstPersons).
func (a *analysis) officeHolder(doc *Document, i int, named map[string]int) (*gazetteer.Entry, bool) {
	if !a.t.opts.holders || a.date.IsZero() || len(a.t.holders) == 0 {
		return nil, false
	}
	lw := strings.ToLower(doc.Tokens[i].Text)
	if !isWord(english.PersonTitleHeads, lw) && titleRoles[lw] == nil || isWord(english.RelationalPersonNouns, lw) {
		return nil, false
	}
	country, _, _, ok := resolver{doc}.personReference(i)
	if !ok || !gazetteer.IsCountryID(country) {
		return nil, false
	}
	det, _, _, _, _ := descriptionReader{doc}.personDescriptionParts(i)
	var mods []string
	for k := det + 1; k < i; k++ {
		if doc.MentionAt(k) >= 0 {
			continue
		}
		w := strings.ToLower(doc.Tokens[k].Text)
		if isWord(english.FormerModifiers, w) || isWord(english.OtherModifiers, w) {
			return nil, false
		}
		if isWord(english.TitleCore, w) || isWord(english.DeputyModifiers, w) {
			mods = append(mods, w)
		}
	}
	if !isWord(english.SoleOffices, strings.Join(append(slices.Clone(mods), lw), " ")) {
		return nil, false // "the US ambassador", "the top Chinese envoy": one of many
	}
	if k, ok := named[country]; ok && (k < i || namesPersonOf(doc, doc.sentenceOf(i), country)) {
		return nil, false // the document names a person of that country before it or in its sentence ("The Kenyan president, William Ruto,")
	}
	var found *gazetteer.Entry
	for _, e := range a.t.holders[country] {
		if !slices.ContainsFunc(e.Roles, func(r gazetteer.Role) bool { return r.Holds(a.date) && heldAs(r.Title, lw, mods) }) {
			continue
		}
		if found != nil {
			return nil, false
		}
		found = e
	}
	return found, found != nil
}

// namesPersonOf reports whether sentence s of doc holds a person mention
// of the country.
func namesPersonOf(doc *Document, s int, country string) bool {
	lo, hi := doc.sentenceMentions(s)
	for _, m := range doc.Mentions[lo:hi] {
		if m.Type == Person && m.Country == country {
			return true
		}
	}
	return false
}

// firstPersons maps each country to the first token of the document's
// first person mention of that country.
func firstPersons(doc *Document) map[string]int {
	out := map[string]int{}
	for _, m := range doc.Mentions {
		if _, ok := out[m.Country]; !ok && m.Type == Person && m.Country != "" {
			out[m.Country] = m.First
		}
	}
	return out
}

// heldAs reports whether an office of the given title is one a
// description with head word w and title words mods names: w accepts it
// (see accepts), it holds every word of mods, and each deputy's word it
// holds is one of mods. A former office and one of a body or place named
// after "of" ("Leader of Hayat Tahrir al-Sham", "Premier of Bavaria"; not
// "Minister of Foreign Affairs") are not the country's.
func heldAs(title, w string, mods []string) bool {
	if !isOffice(title) {
		return false
	}
	t := strings.Join(strings.Fields(strings.ToLower(title)), " ")
	if !accepts(t, w) {
		return false
	}
	words := strings.Fields(strings.NewReplacer("-", " ").Replace(t))
	of := false
	for _, x := range words {
		switch {
		case isWord(english.FormerModifiers, x):
			return false // "Former President"
		case isWord(english.GenitiveMarker, x):
			of = true
		case of && !isWord(english.TitleWords, x) && !isWord(english.PersonTitleWords, x) && !isWord(english.ClosedClass, x):
			return false // "Leader of Hayat Tahrir al-Sham", "Premier of Bavaria": another body's
		}
	}
	for _, m := range mods {
		if !slices.Contains(words, m) {
			return false
		}
	}
	for _, x := range words {
		if isWord(english.DeputyModifiers, x) && !slices.Contains(mods, x) {
			return false
		}
	}
	return true
}
