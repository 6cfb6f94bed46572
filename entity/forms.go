package entity

import (
	"slices"
	"strings"

	"github.com/geoextract/geoextract/gazetteer"
	"github.com/geoextract/geoextract/internal/english"
)

// Forms of state: a description that names a form of state ("the
// kingdom", "the emirate", "the Islamic republic": the class
// state_form_nouns of internal/english maps the phrase that ends at its
// head to gazetteer government forms) refers only to an actor of a country
// whose gazetteer entry lists one of those forms (gazetteer.Entry
// Government): "Iran's foreign minister visited Saudi Arabia. The kingdom
// said ..." is Saudi Arabia, not Iran. An actor of no country is no such
// country; a country whose entry lists no forms (a user's own data) may be
// any. A nationality of a country known to be of the form counts as its
// country ("Saudi officials said the kingdom ..."), as for "the
// government". With no candidate of the form the description is left unresolved,
// not given to another actor. Tag records the forms of the countries a
// document's mentions belong to in Document.Governments.

// newStateForms returns the government forms of g's entries that list
// them, by id; nil when none does.
func newStateForms(g *gazetteer.Gazetteer) map[string][]string {
	var out map[string][]string
	for _, e := range g.Entries() {
		if len(e.Government) == 0 {
			continue
		}
		if out == nil {
			out = map[string][]string{}
		}
		out[e.ID] = e.Government
	}
	return out
}

// governments returns the forms of state of the countries of doc's
// mentions, from the gazetteer's (forms, by id); nil when none has any.
func governments(doc *Document, forms map[string][]string) map[string][]string {
	if len(forms) == 0 {
		return nil
	}
	var out map[string][]string
	for k := range doc.Mentions {
		c := doc.Mentions[k].CountryCode()
		if f, ok := forms[c]; ok && out[c] == nil {
			if out == nil {
				out = map[string][]string{}
			}
			out[c] = f
		}
	}
	return out
}

// requiredForms returns the government forms the description from its
// determiner det to its head i names (of class state_form_nouns, the
// longest phrase ending at the head), or nil.
func (d *Document) requiredForms(det, i int) []string {
	if det < 0 || i >= len(d.Tokens) || det >= i {
		return nil
	}
	words := make([]string, 0, i-det)
	for k := det + 1; k <= i; k++ {
		words = append(words, english.Normalize(d.Tokens[k].Text))
	}
	t := english.Default()
	n := t.PhraseEnding(words, len(words)-1, english.StateFormNouns)
	if n == 0 {
		return nil
	}
	forms, _ := t.Texts(english.StateFormNouns, strings.Join(words[len(words)-n:], " "))
	return forms
}

// ofForm reports whether m may be the country of a description that
// requires one of forms (see requiredForms): any actor when forms is
// empty, else an actor of a country whose forms, when known, hold one.
func (d *Document) ofForm(m *Mention, forms []string) bool {
	if len(forms) == 0 {
		return true
	}
	c := m.CountryCode()
	if c == "" {
		return false
	}
	if _, known := d.Governments[c]; !known {
		return true
	}
	return d.namesForm(m, forms)
}

// namesForm reports whether m is of a country whose known forms hold one
// of forms: a nationality that names the country of a form ("Saudi
// officials said the kingdom ...").
func (d *Document) namesForm(m *Mention, forms []string) bool {
	have := d.Governments[m.CountryCode()]
	return slices.ContainsFunc(forms, func(f string) bool { return slices.Contains(have, f) })
}
