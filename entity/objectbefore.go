package entity

import (
	"strings"

	"github.com/geoextract/geoextract/gazetteer"
	"github.com/geoextract/geoextract/internal/english"
	"github.com/geoextract/geoextract/internal/text"
)

// objectBefore resolves a plural subject pronoun at token i that opens a
// subordinate clause (a word of class clause_subordinators just before
// it: "as they", "after they") right after the object of its main
// clause's verb, when that object is a plural noun phrase whose one
// modifier names an actor (issue #10): "Hezbollah repelled Israeli ground
// forces as they tried to enter" gives Israel, "Kenya expelled two Hamas
// envoys after they met" gives Hamas. A nationality stands for its country
// (see countryMention), an organization or a country for itself. The
// phrase runs from the verb to the plural noun over determiners,
// numbers, adjectives and lower-case nouns; a second actor in it, a verb
// whose first actor before it in the sentence is that same actor
// ("Israel moved Israeli troops as they"), a quoted pronoun, or no tags
// leave the pronoun unresolved.
func (d *Document) objectBefore(sent, i int) ([]Mention, bool) {
	if sent < 0 || i < 2 || i >= len(d.Tokens) || (chainReader{d}).inQuotation(i) {
		return nil, false
	}
	cs := classesOf(strings.ToLower(d.Tokens[i].Text))
	if !cs.Has(english.PluralPronouns) || !cs.Has(english.SubjectPronouns) {
		return nil, false
	}
	first := d.Sentences[sent].First
	h := i - 2
	if h <= first || !isWord(english.ClauseSubordinators, strings.ToLower(d.Tokens[i-1].Text)) ||
		d.MentionAt(h) >= 0 || !(pluralReader{d}).pluralNoun(h) || isWord(english.TimePlurals, strings.ToLower(d.Tokens[h].Text)) {
		return nil, false
	}
	var actor *Mention
	k := h - 1
	for ; k >= first && k >= h-maxModifiers-2; k-- {
		if mi := d.MentionAt(k); mi >= 0 {
			m := &d.Mentions[mi]
			if actor != nil && !sameActor(actor, m) {
				return nil, false // "Israeli and Syrian troops": two sides
			}
			actor, k = m, m.First
			continue
		}
		w := d.Tokens[k].Text
		p := text.POS(d.Tokens[k].POS)
		if p.IsVerb() {
			break
		}
		if !(p == text.DT || p == text.CD || p.IsAdjective() || w == "-" || d.Phrases().Modifier(k)) {
			return nil, false
		}
	}
	if k < first || !text.POS(d.Tokens[k].POS).IsVerb() || actor == nil {
		return nil, false
	}
	var out Mention
	switch cc := actor.CountryCode(); {
	case actor.Type == Org:
		out = *actor
	case actor.Type == GPE && actor.ID != "" && actor.ID == actor.Country:
		out = *actor
	case actor.Type == NORP && gazetteer.IsCountryID(cc):
		out = d.countryMention(*actor)
	default:
		return nil, false
	}
	if subj, ok := d.firstMention(sent, k, func(m *Mention) bool { return coordActor(m) || m.Type == NORP }); ok && subj.CountryCode() != "" && subj.CountryCode() == out.CountryCode() || ok && sameActor(&subj, &out) {
		return nil, false
	}
	return []Mention{out}, true
}
