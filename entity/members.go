package entity

import (
	"strings"

	"github.com/geoextract/geoextract/internal/english"
	"github.com/geoextract/geoextract/internal/text"
)

// maxGroupModifiers is how many lower-case words may stand between the
// nationalities that introduce a group and its noun ("the Nigerian and
// Ghanaian foreign ministers": one).
const maxGroupModifiers = 2

// listedCountries reads the countries a group noun at token k was
// introduced with, for a later "the envoys" (see namedGroup): two or more
// nationalities or countries coordinated before it, with at most
// maxGroupModifiers lower-case modifiers between ("the Nigerian, Ghanaian
// and Togolese foreign ministers"), or after it behind a word of class
// group_origin_markers ("envoys from Nigeria, Ghana and Togo"). Each is
// the country's mention (a people's read as its country), in text order,
// one per country; nil when fewer than two or more than
// maxPluralReferents countries are listed, when anything else stands in
// the list, or when no coordinator joins its last member ("from
// Afghanistan, Tajik officials said" is no list).
func (d *Document) listedCountries(k, lo int) []Mention {
	if ms := d.countriesBefore(k, lo); ms != nil {
		return ms
	}
	if k+1 < len(d.Tokens) && isWord(english.GroupOriginMarkers, strings.ToLower(d.Tokens[k+1].Text)) {
		return d.countriesFrom(k + 2)
	}
	return nil
}

// countriesBefore reads the coordinated nationalities or countries that
// end just before the group noun at token k (see listedCountries), not
// before token lo.
func (d *Document) countriesBefore(k, lo int) []Mention {
	b := k - 1
	for steps := 0; steps < maxGroupModifiers && b > lo && d.MentionAt(b) < 0 && isLowerWord(d.Tokens[b].Text) &&
		modifierPOS(text.POS(d.Tokens[b].POS)) && !isWord(english.Coordinators, strings.ToLower(d.Tokens[b].Text)); steps++ {
		b--
	}
	var rev []Mention
	for {
		n := d.MentionAt(b)
		if n < 0 || d.Mentions[n].Last != b+1 || !countryMember(&d.Mentions[n]) || len(rev) == maxPluralReferents {
			return nil
		}
		rev = append(rev, d.Mentions[n])
		b = d.Mentions[n].First - 1
		if b < lo || !d.listJoin(b) {
			break
		}
		if len(rev) == 1 && !isWord(english.Coordinators, strings.ToLower(d.Tokens[b].Text)) {
			// "from Afghanistan, Tajik officials said": a list's last
			// member comes after a coordinator.
			return nil
		}
		if isWord(english.Coordinators, strings.ToLower(d.Tokens[b].Text)) && b-1 >= lo && d.Tokens[b-1].Text == "," {
			b-- // the serial comma
		}
		b--
	}
	if len(rev) < 2 || b >= lo && isWord(english.Coordinators, strings.ToLower(d.Tokens[b].Text)) {
		return nil
	}
	out := make([]Mention, 0, len(rev))
	for j := len(rev) - 1; j >= 0; j-- {
		out = append(out, rev[j])
	}
	return d.distinctCountries(out)
}

// countriesFrom reads coordinated countries or nationalities from token
// j on (a definite determiner may open each: "from the United States and
// Canada"), as listedCountries does.
func (d *Document) countriesFrom(j int) []Mention {
	var out []Mention
	coordinated := false // a coordinator joined the last member
	for {
		if d.determiner(j) && d.MentionAt(j) < 0 {
			j++
		}
		n := d.MentionAt(j)
		if n < 0 || d.Mentions[n].First != j || !countryMember(&d.Mentions[n]) || len(out) == maxPluralReferents {
			return nil
		}
		out = append(out, d.Mentions[n])
		j = d.Mentions[n].Last
		if j >= len(d.Tokens) || !d.listJoin(j) {
			break
		}
		if d.Tokens[j].Text == "," && j+1 < len(d.Tokens) && isWord(english.Coordinators, strings.ToLower(d.Tokens[j+1].Text)) {
			j++ // the serial comma
		}
		coordinated = isWord(english.Coordinators, strings.ToLower(d.Tokens[j].Text))
		j++
	}
	if len(out) < 2 || !coordinated {
		return nil
	}
	return d.distinctCountries(out)
}

// listJoin reports whether token j joins two members of a list: a comma
// or a coordinator.
func (d *Document) listJoin(j int) bool {
	return j >= 0 && j < len(d.Tokens) && (d.Tokens[j].Text == "," || isWord(english.Coordinators, strings.ToLower(d.Tokens[j].Text)))
}

// countryMember reports whether m may be a member of a list of countries:
// a country, or a people of a country.
func countryMember(m *Mention) bool {
	return (m.Type == GPE && m.ID != "" && m.ID == m.Country || m.Type == NORP) && isCountryID(mentionCountry(m))
}

// distinctCountries returns the countries of ms, one per country in text
// order, a people's mention read as its country's; nil when fewer than
// two remain.
func (d *Document) distinctCountries(ms []Mention) []Mention {
	var out []Mention
	seen := map[string]bool{}
	for _, m := range ms {
		cc := mentionCountry(&m)
		if seen[cc] {
			continue
		}
		seen[cc] = true
		if m.Type == NORP {
			m = d.countryMention(m)
		}
		out = append(out, m)
	}
	if len(out) < 2 {
		return nil
	}
	return out
}
