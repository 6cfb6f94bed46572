package entity

import (
	"slices"
	"strings"

	"github.com/geoextract/geoextract/gazetteer"
	"github.com/geoextract/geoextract/internal/english"
)

// namedCountriesPeople resolves a definite plural description of people
// whose head noun is token i and that names the people's countries
// inside it: coordinated nationalities or countries before the head ("the
// U.S. and Russian presidents", "the Kenyan leaders", "the French foreign
// ministers"), or countries joined by "and" in an "of" phrase after it
// ("the presidents of Argentina and Brazil"). Each country stands for the
// most recent person of that country named before the phrase (in its
// sentence or the three before: see recent), one with the head's title
// when there is one; when some country has no such person, the countries
// themselves are the referents. It reports false when the head is no
// person title or person noun (class person_title_heads, person_nouns),
// or the phrase names no country.
func (d groupReader) namedCountriesPeople(sent, i int, after bool) ([]Mention, bool) {
	sing := pluralHeads[strings.ToLower(d.Tokens[i].Text)]
	if !isWord(english.PersonTitleHeads, sing) && !isWord(english.PersonNouns, sing) {
		return nil, false
	}
	first, named, ok := d.countriesBefore(sent, i)
	if !ok && after {
		first, named, ok = d.countriesOf(sent, i)
	}
	if !ok {
		return nil, false
	}
	if len(named) == 1 {
		// "the Kenyan leaders": the people of that country one sentence
		// names together ("President Uhuru Kenyatta and his Deputy
		// William Ruto"), when more than one.
		cc := named[0].CountryCode()
		of := func(m *Mention) bool { return m.Type == Person && m.CountryCode() == cc }
		for n := maxPluralReferents; n >= 2; n-- {
			if ms, ok := (pluralReader{d.Document}).recent(sent, first, n, true, of); ok {
				return ms, true
			}
		}
	}
	out := make([]Mention, 0, len(named))
	for _, c := range named {
		cc := c.CountryCode()
		of := func(m *Mention) bool { return m.Type == Person && m.CountryCode() == cc }
		titled := func(m *Mention) bool { return of(m) && strings.Contains(strings.ToLower(m.Role), sing) }
		p, ok := pluralReader{d.Document}.recent(sent, first, 1, false, titled)
		if !ok {
			p, ok = pluralReader{d.Document}.recent(sent, first, 1, false, of)
		}
		if !ok {
			out = out[:0]
			for _, c := range named {
				out = append(out, d.countryMention(c))
			}
			return out, true
		}
		out = append(out, p[0])
	}
	return out, true
}

// countriesBefore reads the words before the plural head at token i back
// to a definite determiner: nationalities and countries of distinct known
// countries (mentions), joined by commas and "and", then lower-case
// modifiers and title words ("the U.S. and Russian foreign ministers").
// It returns the determiner's token and the mentions in text order.
func (d groupReader) countriesBefore(sent, i int) (int, []Mention, bool) {
	lo := d.Sentences[sent].First
	k := i - 1
	for k > lo && i-k <= maxModifiers && d.MentionAt(k) < 0 {
		w := d.Tokens[k].Text
		lw := strings.ToLower(w)
		if !isWord(english.PersonTitleWords, lw) && !(w == "-" || d.Phrases().Modifier(k) && !d.determiner(k) && countWords[lw] == 0) {
			break
		}
		k--
	}
	var named []Mention
	for k >= lo {
		mi := d.MentionAt(k)
		if mi < 0 {
			break
		}
		m := d.Mentions[mi]
		cc := m.CountryCode()
		if m.Type != NORP && m.Type != GPE || !gazetteer.IsCountryID(cc) || slices.ContainsFunc(named, func(o Mention) bool { return o.CountryCode() == cc }) {
			return 0, nil, false
		}
		named = append(named, m)
		k = m.First - 1
		if k >= lo && (d.Tokens[k].Text == "," || isWord(english.Conjunction, strings.ToLower(d.Tokens[k].Text))) && len(named) > 0 {
			if k-1 >= lo && d.MentionAt(k-1) >= 0 {
				k--
				continue
			}
			return 0, nil, false
		}
	}
	if len(named) == 0 || !d.determiner(k) {
		return 0, nil, false
	}
	slices.Reverse(named)
	return k, named, true
}

// countriesOf reads the "of" phrase after the plural head at token i when
// it names two or more countries joined by commas and "and" ("the
// presidents of Argentina and Brazil") and the head has a definite
// determiner. It returns the determiner's token and the countries.
func (d groupReader) countriesOf(sent, i int) (int, []Mention, bool) {
	if !d.continues(i) || i-1 < d.Sentences[sent].First || !d.determiner(i-1) {
		return 0, nil, false
	}
	var named []Mention
	k := i + 2
	for k < d.Sentences[sent].Last {
		mi := d.MentionAt(k)
		if mi < 0 {
			return 0, nil, false
		}
		m := d.Mentions[mi]
		cc := m.CountryCode()
		if m.Type != GPE || m.ID != cc || !gazetteer.IsCountryID(cc) || slices.ContainsFunc(named, func(o Mention) bool { return o.ID == cc }) {
			return 0, nil, false
		}
		named = append(named, m)
		k = m.Last
		if k < d.Sentences[sent].Last && (d.Tokens[k].Text == "," || isWord(english.Conjunction, strings.ToLower(d.Tokens[k].Text))) {
			if k+1 < d.Sentences[sent].Last && d.MentionAt(k+1) >= 0 {
				k++
				continue
			}
		}
		break
	}
	if len(named) < 2 {
		return 0, nil, false
	}
	return i - 1, named, true
}

// countriesPhrase returns the first token (its determiner) of a plural
// description of people whose head is token i and that names their
// countries (see namedCountriesPeople), or -1.
func (d groupReader) countriesPhrase(i int) int {
	sent := d.sentenceOf(i)
	if sent < 0 || i < 0 || i >= len(d.Tokens) {
		return -1
	}
	sing := pluralHeads[strings.ToLower(d.Tokens[i].Text)]
	if !isWord(english.PersonTitleHeads, sing) && !isWord(english.PersonNouns, sing) {
		return -1
	}
	if first, _, ok := d.countriesBefore(sent, i); ok {
		return first
	}
	if first, _, ok := d.countriesOf(sent, i); ok {
		return first
	}
	return -1
}
