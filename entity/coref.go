package entity

import (
	"strings"
)

// eastAsian lists countries whose names put the family name first, so
// that "Lee" can refer back to "Lee Jong-sup".
var eastAsian = set(`KOR PRK CHN TWN VNM HKG MAC`)

// resolveDocument applies document-level evidence: short names take the
// type and link of the full names they repeat, identical names share a
// type, acronyms take the type of the name they abbreviate, and people
// take the country of the nationality or body named before their title.
func (a *analysis) resolveDocument() {
	a.dropOverlaps()
	a.disambiguate()
	a.peninsulas()
	a.sportsLayouts()
	a.personCountries()
	// Person keys: family and given names of the people named in full.
	keys := map[string]*cand{}
	for _, c := range a.ments {
		if c.typ != Person {
			continue
		}
		var words []int
		for k := c.first; k < c.last; k++ {
			if isWordTok(a.toks[k].Text) && !(k > c.first && a.toks[k-1].Text == "-") {
				words = append(words, k)
			}
		}
		if len(words) < 2 {
			continue
		}
		last := a.lower[words[len(words)-1]]
		if _, ok := keys[last]; !ok {
			keys[last] = c
		}
		if eastAsian[c.country] || a.personShaped(c.first, c.last) && strings.Contains(a.src[a.toks[c.first].Start:a.toks[c.last-1].End], "-") {
			firstw := a.lower[words[0]]
			if _, ok := keys[firstw]; !ok {
				keys[firstw] = c
			}
		}
	}
	// Strongest type seen for each surface.
	typed := map[string]*cand{}
	for _, c := range a.ments {
		if c.strong && c.typ != 0 {
			k := a.surface(c)
			if _, ok := typed[k]; !ok {
				typed[k] = c
			}
		}
	}
	for _, c := range a.ments {
		if c.entry != nil && c.typ != Person {
			continue
		}
		words := 0
		for k := c.first; k < c.last; k++ {
			if isWordTok(a.toks[k].Text) {
				words++
			}
		}
		if words == 1 {
			if full, ok := keys[a.lower[c.first]]; ok && full != c && (!c.strong || c.typ == Person) {
				c.typ, c.source, c.personLike, c.unsure = Person, FromCoref, true, false
				c.entry = full.entry
				c.name = a.nameOf(full)
				if c.country == "" {
					c.country = full.country
				}
				continue
			}
		}
		if !c.strong {
			if o, ok := typed[a.surface(c)]; ok && o != c {
				c.unsure = false
				c.typ = o.typ
				if c.entry == nil {
					c.entry = o.entry
				}
				if c.country == "" {
					c.country = o.country
				}
			}
		}
	}
	a.acronyms()
	out := a.ments[:0]
	for _, c := range a.ments {
		if !c.unsure {
			out = append(out, c)
		}
	}
	a.ments = out
}

// surface is the lower-case text of a mention, the key for type agreement.
func (a *analysis) surface(c *cand) string {
	return strings.ToLower(a.src[a.toks[c.first].Start:a.toks[c.last-1].End])
}

// nameOf is the canonical name of a mention: its entry's name, or its text.
func (a *analysis) nameOf(c *cand) string {
	if c.entry != nil {
		return c.entry.Name
	}
	if c.name != "" {
		return c.name
	}
	return a.src[a.toks[c.first].Start:a.toks[c.last-1].End]
}

// dropOverlaps removes candidates that overlap an earlier, longer one.
func (a *analysis) dropOverlaps() {
	out := a.ments[:0]
	end := -1
	for _, c := range sortedByStart(a.ments) {
		if c.first < end {
			continue
		}
		out = append(out, c)
		end = c.last
	}
	a.ments = out
}

func sortedByStart(cs []*cand) []*cand {
	s := append([]*cand(nil), cs...)
	// Stable by start, longer first.
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && (s[j].first < s[j-1].first || s[j].first == s[j-1].first && s[j].last > s[j-1].last); j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
	return s
}

// personCountries gives a person the country of a nationality, country or
// body named just before the person's title: "South Korean Defense Minister
// Lee Jong-sup", "US State Department spokesman Ned Price", "Japan's
// Prime Minister Fumio Kishida".
func (a *analysis) personCountries() {
	byLast := map[int]*cand{}
	for _, c := range a.ments {
		byLast[c.last] = c
	}
	for _, c := range a.ments {
		if c.typ == Org && c.country == "" && c.first >= 1 {
			// "Venezuela's National Assembly", "Sudanese Red Crescent": a
			// body takes the country named just before it.
			if o, ok := byLast[c.first]; ok && o != c && (o.typ == GPE || o.typ == NORP) {
				c.country = a.countryOf(o)
			} else if l := a.lower[c.first-1]; l == "'s" || l == "\u2019s" {
				if o, ok := byLast[c.first-1]; ok && o.typ == GPE {
					c.country = a.countryOf(o)
				}
			}
		}
		if c.typ != Person || c.country != "" && c.role != "" {
			continue
		}
		k := c.first
		var aff *cand
		for k > 0 && a.sentOf[k-1] == a.sentOf[c.first] {
			if o, ok := byLast[k]; ok && o != c {
				aff = o
				break
			}
			lw := a.lower[k-1]
			if titleWords[lw] || titleWords[strings.TrimSuffix(lw, ".")] || lw == "-" || lw == "'s" || lw == "’s" || lw == "of" {
				k--
				continue
			}
			break
		}
		if k < c.first && c.role == "" {
			st := k
			for st < c.first && (a.lower[st] == "'s" || a.lower[st] == "’s" || a.lower[st] == "-" || a.lower[st] == "of") {
				st++
			}
			if st < c.first {
				c.role = a.src[a.toks[st].Start:a.toks[c.first-1].End]
			}
		}
		if c.country == "" && aff != nil && k < c.first && (aff.typ == GPE || aff.typ == NORP || aff.typ == Org) {
			c.country = a.countryOf(aff)
		}
	}
}

// countryOf is the country a mention belongs to.
func (a *analysis) countryOf(c *cand) string {
	if c.country != "" {
		return c.country
	}
	if c.entry != nil {
		if c.entry.Country != "" {
			return c.entry.Country
		}
		if isCountryID(c.entry.ID) {
			return c.entry.ID
		}
	}
	return ""
}

// acronyms types an acronym in parentheses like the name before it:
// "International Federation of Red Cross and Red Crescent Societies (IFRC)".
func (a *analysis) acronyms() {
	for i, c := range a.ments {
		if i == 0 || c.first < 1 || c.last >= len(a.toks) || a.toks[c.first-1].Text != "(" || a.toks[c.last].Text != ")" {
			continue
		}
		prev := a.ments[i-1]
		if prev.last != c.first-1 || !isAllCaps(a.toks[c.first].Text) {
			continue
		}
		if c.entry == nil || c.entry == prev.entry {
			c.typ, c.entry, c.country, c.source = prev.typ, prev.entry, a.countryOf(prev), FromCoref
			c.name = a.nameOf(prev)
		}
	}
}

// Referent resolves a pronoun or a definite description at token i ("he",
// "its", "the country") to the mention it most likely refers to: for he/she
// the last person named before it, for it/its the actor (country or
// organization) that is the subject of the current or previous sentence,
// for they/their the last actor or group. It reports false when the token
// is not such a word or has no referent.
func (d *Document) Referent(i int) (Mention, bool) {
	if i < 0 || i >= len(d.Tokens) {
		return Mention{}, false
	}
	lw := strings.ToLower(d.Tokens[i].Text)
	var want func(m *Mention) bool
	switch {
	case personPronouns[lw]:
		want = func(m *Mention) bool { return m.Type == Person }
	case thingPronouns[lw], lw == "country", lw == "government":
		want = func(m *Mention) bool { return m.Type == GPE || m.Type == Org }
	case pluralPronouns[lw]:
		want = func(m *Mention) bool { return m.Type == GPE || m.Type == Org || m.Type == NORP }
	default:
		return Mention{}, false
	}
	sent := d.sentenceOf(i)
	if sent < 0 {
		return Mention{}, false
	}
	// The subject of the current sentence, if it precedes the pronoun.
	if m, ok := d.firstMention(sent, i, want); ok && (!thingPronouns[lw] || true) {
		if personPronouns[lw] {
			// he/she: the closest person before the pronoun.
			if last, ok := d.lastMention(sent, i, want); ok {
				return last, true
			}
		}
		return m, true
	}
	for s := sent - 1; s >= 0 && s >= sent-3; s-- {
		if personPronouns[lw] {
			if m, ok := d.lastMention(s, d.Sentences[s].Last, want); ok {
				return m, true
			}
			continue
		}
		if m, ok := d.firstMention(s, d.Sentences[s].Last, want); ok {
			return m, true
		}
	}
	return Mention{}, false
}

func (d *Document) sentenceOf(i int) int {
	for s, se := range d.Sentences {
		if se.First <= i && i < se.Last {
			return s
		}
	}
	return -1
}

// firstMention returns the first mention of sentence s that ends before
// token limit and satisfies want.
func (d *Document) firstMention(s, limit int, want func(*Mention) bool) (Mention, bool) {
	for k := range d.Mentions {
		m := &d.Mentions[k]
		if m.Sentence == s && m.Last <= limit && want(m) {
			return *m, true
		}
	}
	return Mention{}, false
}

// lastMention returns the last mention of sentence s that ends before
// token limit and satisfies want.
func (d *Document) lastMention(s, limit int, want func(*Mention) bool) (Mention, bool) {
	for k := len(d.Mentions) - 1; k >= 0; k-- {
		m := &d.Mentions[k]
		if m.Sentence == s && m.Last <= limit && want(m) {
			return *m, true
		}
	}
	return Mention{}, false
}

// disambiguate re-chooses the entry of ambiguous gazetteer names with
// document context: an entry whose country the document mentions often,
// and above all the country of a place written just before ("ATLANTA,
// Georgia"), wins over the default choice.
func (a *analysis) disambiguate() {
	counts := map[string]int{}
	for _, c := range a.ments {
		if c.strong {
			if cc := a.countryOf(c); cc != "" {
				counts[cc]++
			}
		}
	}
	for k, c := range a.ments {
		if len(c.alts) < 2 || c.typ == Person {
			continue
		}
		near := ""
		if k > 0 {
			p := a.ments[k-1]
			if p.last+1 == c.first && (a.toks[p.last].Text == "," || a.toks[p.last].Text == "/") && p.typ == GPE {
				near = a.countryOf(p)
			}
		}
		own := a.countryOf(c)
		best, bestScore := -1, -1
		for i, cd := range c.alts {
			if cd.Type != c.typ {
				continue
			}
			cc := candCountry(cd)
			s := counts[cc]
			if cc == own {
				s-- // do not count the mention itself
			}
			if isCountryID(cd.Entry.ID) {
				s += 3
			}
			if near != "" && cc == near && !isCountryID(cd.Entry.ID) {
				s += 10
			}
			if s > bestScore {
				best, bestScore = i, s
			}
		}
		if best >= 0 && c.alts[best].Entry != c.entry {
			cd := c.alts[best]
			c.entry, c.form, c.typ, c.country = cd.Entry, cd.Form, cd.Type, candCountry(cd)
		}
	}
}

// peninsulas turns a nationality before a lower-case "peninsula" into the
// place: "the Korean peninsula", "the Arabian peninsula".
func (a *analysis) peninsulas() {
	for _, c := range a.ments {
		if c.typ == NORP && c.last < len(a.toks) && a.toks[c.last].Text == "peninsula" {
			c.last++
			c.typ, c.entry, c.alts, c.source = Loc, nil, nil, FromPattern
		}
	}
}
