package entity

import (
	"strings"

	"github.com/geoextract/geoextract/gazetteer"
	"github.com/geoextract/geoextract/internal/english"
	"github.com/geoextract/geoextract/internal/text"
)

// chunker finds the name chunks of an analysis: capitalized runs, their
// connectors and ends, titles and given names before them, and the type
// each run is read as. Like its analysis it belongs to one Tag call and is
// not safe for concurrent use. The zero value has no analysis and must not
// be used.
type chunker struct{ *analysis }

// gazReader reads the gazetteer matches of an analysis: the longest match
// at a token, whether it is written like a name, the mention it adds and
// the candidate entry chosen for it. Like its analysis it belongs to one
// Tag call and is not safe for concurrent use. The zero value has no
// analysis and must not be used.
type gazReader struct{ *analysis }

// findChunks finds the capitalized name chunks of every sentence and
// splits each into typed mentions.
func (a chunker) findChunks() {
	for si, se := range a.sents {
		i := se.First
		for i < se.Last {
			if end, ok := a.eventPhrase(i, se.Last); ok {
				a.add(&cand{first: i, last: end, typ: Event, source: FromRule, strong: true})
				i = end
				continue
			}
			if isMonthName(a.low(i)) && i+1 < se.Last && isYear(a.toks[i+1].Text) {
				// "the March 1983 Australian federal election"
				if end, ok := a.eventPhrase(i+1, se.Last); ok {
					a.add(&cand{first: i, last: end, typ: Event, source: FromRule, strong: true})
					i = end
					continue
				}
			}
			if !a.nameStart(i, si) {
				i++
				continue
			}
			end := a.chunkEnd(i, se.Last, si)
			a.segment(i, end, si)
			i = end
		}
	}
}

// nameStart reports whether a name chunk can start at token i.
func (a chunker) nameStart(i, si int) bool {
	w := a.toks[i].Text
	if a.currencyPrefix(i) {
		return false // "US$36 million": a currency, not the country
	}
	if len(a.gaz.at(i)) > 0 && (gazReader{a.analysis}).gazStartOK(i, si) {
		return true
	}
	if !isCapTok(w) || !isWordTok(w) {
		return false
	}
	if isWord(english.NonNameCaps, a.low(i)) {
		return false
	}
	if a.headline[si] {
		// In capitals every word is capitalized: only rare words start names.
		return !a.common(i, 70) && len(w) > 1
	}
	if a.initial[i] && !a.afterParticle(i) {
		// The first word of a sentence is capitalized anyway.
		if isWord(english.ClosedClass, a.low(i)) {
			return false
		}
		if isAllCaps(w) && len(w) > 1 && a.lineBreakBefore(i) {
			return true // a dateline: "NEW YORK, New York -"
		}
		if p := a.pos[i]; (p == text.NN || p == text.NNS) && !a.midCaps[a.low(i)] {
			return false // "Automakers worldwide are ...": a common noun
		}
		if a.midCaps[a.low(i)] && !a.common(i, 10) {
			return true // written capitalized inside sentences elsewhere: a name
		}
		if o := a.officeEnd(i, a.sents[si].Last); o > i && o < a.sents[si].Last && isCapTok(a.toks[o].Text) {
			return true // "Chief of Staff Ron Klain said"
		}
		if (isWord(english.PersonTitleWords, a.low(i)) || a.t.words.firstNames[w]) && i+1 < a.sents[si].Last &&
			(isCapTok(a.toks[i+1].Text) || isWord(english.NameConnectors, a.low(i+1)) && a.firstNameParticle(i+1)) {
			return true // "Defense Minister Lee Jong-sup said"
		}
		if a.common(i, 35) {
			// "Defender Hassan Abbas": a common noun before a name is not part
			// of it, but "Liberal Party" is one name: keep the word when the
			// chunk it starts is typed by a keyword.
			end := a.chunkEnd(i, a.sents[si].Last, si)
			if end-i >= 2 && a.keywordType(i, end) != 0 {
				return true
			}
			return a.pos[i].IsProperNoun() && end-i >= 2 && !a.common(i, 20)
		}
	}
	return true
}

// currencyPrefix reports whether token i is written against a currency
// symbol that follows it ("US$", "NZ$"): the two spell a currency.
func (a chunker) currencyPrefix(i int) bool {
	return i+1 < len(a.toks) && !a.spaceBetween(i, i+1) && isWord(english.CurrencySymbols, a.toks[i+1].Text)
}

// gazStartOK reports whether a gazetteer match at i is written like a
// name: capitalized, and not a common word starting a sentence.
func (a gazReader) gazStartOK(i, si int) bool {
	m := a.gaz.at(i)[0]
	for _, cd := range m.Candidates {
		if cd.Form == gazetteer.FormDemonym || gazetteer.IsCountryID(cd.Entry.ID) {
			return true // "French troops", "Turkey said": nationalities and countries
		}
	}
	if m.Last-m.First == 1 && a.initial[i] && a.common(i, 20) && !isAllCaps(a.toks[i].Text) {
		// A one-word name that is also a very common word at the start of a
		// sentence ("Chad", "Turkey" are fine; "Will", "Mark" are not names here).
		return a.pos[i].IsProperNoun()
	}
	return true
}

// chunkEnd returns the end of the name chunk that starts at i.
func (a chunker) chunkEnd(i, limit, si int) int {
	end := i + 1
	if len(a.gaz.at(i)) > 0 {
		end = max(end, a.gaz.at(i)[0].Last)
	}
	for end < limit {
		j := end
		if a.lineBreakBefore(j) {
			break
		}
		w := a.toks[j].Text
		lw := a.low(j)
		switch {
		case len(a.gaz.at(j)) > 0 && isCapTok(w):
			end = max(j+1, a.gaz.at(j)[0].Last)
			continue
		case isWordTok(w) && isCapTok(w) && !isWord(english.NonNameCaps, lw):
			if a.headline[si] && a.common(j, 70) {
				return end
			}
			end = j + 1
			continue
		case (w == "-" || w == "\u2010") && !a.spaceBetween(j-1, j) && j+1 < limit &&
			!a.spaceBetween(j, j+1) && isWordTok(a.toks[j+1].Text) && !a.participle(j+1):
			// Hyphenated names: "Jong-sup", "Shangri-La", "Guinea-Bissau".
			end = j + 2
			continue
		case isWord(english.NameConnectors, lw) && j+1 < limit && a.connects(i, j, limit, si):
			end = a.afterConnector(j, limit, si)
			continue
		}
		break
	}
	return end
}

// connects reports whether the connector word at j joins the chunk
// [i, j) with the capitalized words after it.
func (a chunker) connects(i, j, limit, si int) bool {
	lw := a.low(j)
	k := j + 1
	if isWord(english.GenitiveMarker, lw) && k < limit && isWord(english.DefiniteArticle, a.low(k)) {
		k++
	}
	if k < limit && (a.toks[k].Text == "-") && k+1 < limit {
		k++ // "al-Assad", "bin-Laden"
	}
	if k >= limit || !isCapTok(a.toks[k].Text) || !isWordTok(a.toks[k].Text) || isWord(english.NonNameCaps, a.low(k)) {
		return false
	}
	if a.headline[si] {
		return false
	}
	prev := a.low(j - 1)
	restEnd := a.capRunEnd(k, limit)
	cs := classesOf(lw)
	switch {
	case cs.Has(english.GenitiveMarker):
		if a.inOffice(i, j, limit) {
			return true // "Secretary of State Jane Doe": a title, then a name
		}
		if isWord(english.OrgOfHeads, prev) || isWord(english.EventOfHeads, prev) || isWord(english.LocOfHeads, prev) || isWord(english.GPEOfHeads, prev) ||
			isHead(english.OrgHeads, prev) {
			return true
		}
		// "Civic Union of Latvia": a name of two or more words (not a
		// title like "Prime Minister") followed by "of" and a country.
		if j-i >= 2 && !a.allTitle(i, j) && !a.personShaped(i, j) && len(a.gaz.at(k)) > 0 && a.gaz.at(k)[0].Last == restEnd {
			for _, cd := range a.gaz.at(k)[0].Candidates {
				if cd.Type == GPE && gazetteer.IsCountryID(cd.Entry.ID) {
					return true
				}
			}
		}
		return false
	case cs.Has(english.ComplementConnectors):
		if len(a.gaz.at(k)) > 0 && a.gaz.at(k)[0].Last == restEnd && a.gaz.at(k)[0].Candidates[0].Type == GPE {
			return false // "World Food Programme for Sudan": a place is not part of the name
		}
		return isHead(english.OrgHeads, prev)
	case cs.Has(english.CoordinatingConnectors):
		// Coordination inside the complement of "of" or "for" belongs to
		// the name ("International Federation of Red Cross and Red Crescent
		// Societies", "Academy of Arts and Sciences"); elsewhere "and"
		// separates two names. "&" always joins ("Standard & Poor's").
		if lw == "&" {
			return true
		}
		if a.officeEnd(k, limit) > k {
			return false // "Antony Blinken and Minister of Defence Ben Wallace": two people
		}
		if o := a.officeEnd(i, j); o > i {
			i = o // the "of" of a title ("Secretary of State") joins nothing
		}
		if !a.hasConnector(i, j, english.ComplementOpeningConnectors) {
			return false
		}
		// ... but not two names in a list ("Green Party of Norway and
		// Labour Alliance"): the second conjunct must not be a complete
		// name of its own, ending in a singular head or matching the gazetteer.
		rl := a.low(restEnd - 1)
		if isHead(english.OrgHeads, rl) && isWord(english.OrgHeads, rl) && !strings.HasSuffix(rl, "s") {
			return false
		}
		if len(a.gaz.at(k)) > 0 && a.gaz.at(k)[0].Last >= restEnd {
			return false
		}
		return true
	case cs.Has(english.SplittingConnectors):
		return false
	}
	// Name particles: "da Silva", "von der Leyen", "al-Assad".
	return true
}

// firstNameParticle reports whether the connector at j is a name particle
// followed by a capitalized word ("Bill de Blasio", "Ursula von der Leyen").
func (a chunker) firstNameParticle(j int) bool {
	return isWord(english.NameParticles, a.low(j)) && j+1 < len(a.toks) && isCapTok(a.toks[j+1].Text)
}

// givenNameStart reports whether the one-word gazetteer match m is
// rather the given name of a person whose family name follows ("Karen L.
// Ishizuka", "Israel Katz").
func (a chunker) givenNameStart(m gazetteer.WordMatch, end int) bool {
	if m.Last-m.First != 1 || m.Last >= end || !a.t.words.firstNames[a.toks[m.First].Text] {
		return false
	}
	q := m.Last
	if len(a.gaz.at(q)) > 0 || !isCapTok(a.toks[q].Text) || isWord(english.PersonTitleWords, a.low(q)) {
		return false
	}
	return a.keywordType(m.First, end) == 0
}

// insideCompound reports whether the gazetteer match m is only part of a
// hyphenated word ("Kok" in "Kok-Tash") rather than a name joined to
// another name ("US" in "US-South Korea").
func (a chunker) insideCompound(m gazetteer.WordMatch, end int) bool {
	q := m.Last
	if q+1 >= end || a.toks[q].Text != "-" || a.spaceBetween(q-1, q) || a.spaceBetween(q, q+1) {
		return false
	}
	return len(a.gaz.at(q+1)) == 0
}

// participle reports whether the lower-case word at k is a participle
// glued to a name by a hyphen: "Moscow-led", "US-backed", "Iranian-made".
func (a chunker) participle(k int) bool {
	w := a.toks[k].Text
	if isCapTok(w) || !a.common(k, 35) {
		return false
	}
	return english.Default().HasSuffixIn(english.ParticipleEndings, w) || isWord(english.HyphenParticiples, w)
}

// allCommon reports whether every word of [p, r) is a common English word
// and none is a known family name ("Opposition" but not "Bush" or "Brown").
func (a chunker) allCommon(p, r int) bool {
	for k := p; k < r; k++ {
		w := a.toks[k].Text
		if isWordTok(w) && (!a.common(k, 35) || a.t.names.surnames[w]) {
			return false
		}
	}
	return true
}

// allTitle reports whether every word of [i, j) is a title word.
func (a chunker) allTitle(i, j int) bool {
	for k := i; k < j; k++ {
		if isWordTok(a.toks[k].Text) && !isWord(english.PersonTitleWords, a.low(k)) {
			return false
		}
	}
	return true
}

// hasConnector reports whether one of the connector words occurs in [i, j).
func (a chunker) hasConnector(i, j int, c english.Class) bool {
	for k := i; k < j; k++ {
		if isWord(c, a.low(k)) {
			return true
		}
	}
	return false
}

// afterConnector returns the chunk end after the connector at j.
func (a chunker) afterConnector(j, limit, si int) int {
	k := j + 1
	for k < limit && (isWord(english.NameConnectors, a.low(k)) && !isCapTok(a.toks[k].Text) || a.toks[k].Text == "-") {
		k++
	}
	if k < limit && len(a.gaz.at(k)) > 0 && isWord(english.GenitiveMarker, a.low(j)) {
		// "Labour Party of Malta Joseph Grech": a place after "of" ends
		// the name.
		for _, m := range a.gaz.at(k) {
			if m.Last <= limit && m.Candidates[0].Type == GPE {
				return m.Last
			}
		}
	}
	return a.capRunEnd(k, limit)
}

// capRunEnd returns the end of the run of capitalized words starting at k.
func (a chunker) capRunEnd(k, limit int) int {
	end := k
	for end < limit && isWordTok(a.toks[end].Text) && isCapTok(a.toks[end].Text) && !isWord(english.NonNameCaps, a.low(end)) {
		if end > k && a.lineBreakBefore(end) {
			break
		}
		end++
		if end+1 < limit && a.toks[end].Text == "-" && !a.spaceBetween(end-1, end) && !a.spaceBetween(end, end+1) {
			end++
		}
	}
	if end == k {
		return k + 1
	}
	return end
}

// isHead reports whether the lower-case word, or its singular, is in the
// class of heads.
func isHead(heads english.Class, w string) bool {
	if isWord(heads, w) {
		return true
	}
	if s, ok := strings.CutSuffix(w, "ies"); ok && isWord(heads, s+"y") {
		return true
	}
	if s, ok := strings.CutSuffix(w, "s"); ok && isWord(heads, s) {
		return true
	}
	return false
}

// keywordType types the chunk [i, j) by its head word: the last word
// ("Liberal Party", "Korean War", "Yalu River", "Quebec City") or the
// word before "of" ("Bank of America", "Gulf of Aden", "Battle of Britain").
func (a chunker) keywordType(i, j int) Type {
	if j-i >= 2 && isWord(english.EventPrefixes, a.low(i)) {
		return Event // "Hurricane Helene", "Operation Desert Storm"
	}
	if j-i >= 2 && isOrdinal(a.toks[j-1].Text) {
		j-- // "World War II", "Vatican II"
	}
	last := a.low(j - 1)
	if j-i >= 2 || !isCapTok(a.toks[i].Text) {
		switch {
		case isHead(english.EventHeads, last) && isCapTok(a.toks[j-1].Text):
			return Event
		case isHead(english.OrgHeads, last):
			return Org
		case isHead(english.LocHeads, last):
			return Loc
		case isWord(english.GPEHeads, last):
			return GPE
		}
	}
	for k := i; k+1 < j; k++ {
		if isWord(english.ComplementConnectors, a.low(k+1)) {
			if isHead(english.OrgHeads, a.low(k)) {
				return Org // "Global Fund for Women", "Committee on Foreign Relations"
			}
			continue
		}
		if !isWord(english.GenitiveMarker, a.low(k+1)) {
			continue
		}
		w := a.low(k)
		switch {
		case isWord(english.EventOfHeads, w):
			return Event
		case isWord(english.GPEOfHeads, w) && k == i:
			if isWord(english.StateUnions, w) && !a.statesAfter(k+2, j) {
				return Org // "Union of Concerned Scientists"
			}
			return GPE
		case isWord(english.LocOfHeads, w) && k == i:
			return Loc
		case isWord(english.OrgOfHeads, w) || isHead(english.OrgHeads, w):
			return Org
		}
	}
	return 0
}

// statesAfter reports whether the words [i, j) after "Union of" or
// "Federation of" name states ("Soviet Socialist Republics", "Bosnia and
// Herzegovina"), as opposed to members ("Concerned Scientists").
func (a chunker) statesAfter(i, j int) bool {
	if j > i && j <= len(a.toks) && isWord(english.StateWords, a.low(j-1)) {
		return true
	}
	for k := i; k < j; k++ {
		for _, m := range a.gaz.at(k) {
			if m.Last <= j && m.Candidates[0].Type == GPE {
				return true
			}
		}
	}
	return false
}

// add records a mention candidate.
func (a *analysis) add(c *cand) { a.ments = append(a.ments, c) }

// segment splits the chunk [i, end) into mentions: gazetteer names,
// titles (dropped, remembered as roles) and unknown names typed by rules.
func (a chunker) segment(i, end, si int) {
	gazr := gazReader{a.analysis}
	// A gazetteer name ending in a possessive ("Saint John's", the capital
	// of Antigua) keeps it.
	if end-i > 1 && isPossessiveClitic(a.low(end-1)) {
		if m, ok := gazr.gazExact(i, end); ok {
			gazr.addGaz(m)
			return
		}
	}
	// Strip punctuation at the edges (hyphens left by "US-South Korea").
	for i < end && !isWordTok(a.toks[i].Text) {
		i++
	}
	for end > i && !isWordTok(a.toks[end-1].Text) {
		end--
	}
	if i >= end {
		return
	}
	// A whole-chunk gazetteer name ("PORT-AU-PRINCE" in a dateline, though
	// "PRINCE" alone would be a title).
	if m, ok := gazr.gazExact(i, end); ok {
		gazr.addGaz(m)
		return
	}
	// An office title with no name after it ("the Secretary of State
	// said") is a description, not a name.
	if a.officeEnd(i, end) == end {
		return
	}
	// Titles after a name are not part of it: "Canadian Alliance MP",
	// "Fianna Fáil TD".
	stripped := false
	for end-i > 1 && isWord(english.PersonTitleHeads, a.low(end-1)) && isAllCaps(a.toks[end-1].Text) {
		end--
		stripped = true
	}
	for stripped && end > i && !isWordTok(a.toks[end-1].Text) {
		end--
	}
	if m, ok := gazr.gazExact(i, end); ok && stripped {
		gazr.addGaz(m)
		return
	}
	// A whole-chunk keyword name ("South Korean Defense Ministry", "Bank of
	// America"), unless it starts with a title ("Defense Minister Lee").
	if kt := a.keywordType(i, end); kt != 0 && a.titleEnd(i, end) == i {
		if !(a.initial[i] && end-i == 1) {
			c := &cand{first: i, last: end, typ: kt, source: FromRule, strong: true}
			c.country = gazr.innerCountry(i, end)
			a.add(c)
			return
		}
	}
	p := i
	var prev *cand
	for p < end {
		if !isWordTok(a.toks[p].Text) {
			p++
			continue
		}
		if m, ok := gazr.gazAt(p, end); ok && !a.givenNameStart(m, end) && !a.insideCompound(m, end) {
			if r := a.unknownEnd(m.Last, end); m.Last < end && m.Candidates[0].Type == Person &&
				len(a.gaz.at(m.Last)) == 0 && a.titleEnd(m.Last, end) == m.Last && isCapTok(a.toks[m.Last].Text) {
				// "Mohammed Ali Jinnah": a longer name than the gazetteer's.
				c := &cand{first: p, last: r, typ: Person, source: FromRule, strong: true, personLike: true}
				a.add(c)
				prev = c
				p = r
				continue
			}
			prev = gazr.addGaz(m)
			p = m.Last
			continue
		}
		if t := a.titleEnd(p, end); t > p {
			role := a.src[a.toks[p].Start:a.toks[t-1].End]
			q := t
			for q < end && !isWordTok(a.toks[q].Text) {
				q++
			}
			if q < end {
				if m, ok := gazr.gazAt(q, end); ok && (m.Candidates[0].Type == Person) {
					c := gazr.addGaz(m)
					c.role = role
					prev = c
					p = m.Last
					continue
				}
				r := a.unknownEnd(q, end)
				if a.allCommon(q, r) && !a.addressedPerson(t, q, r) {
					// "Official Opposition": a title word before a common word is no title.
					c := a.classify(p, r, si)
					if c != nil {
						a.add(c)
					}
					prev = c
					p = r
					continue
				}
				c := &cand{first: q, last: r, typ: Person, source: FromRule, role: role, strong: true, personLike: true}
				a.add(c)
				prev = c
				p = r
				continue
			}
			p = t
			continue
		}
		r := a.unknownEnd(p, end)
		// A nationality glued to an unknown name is an organization:
		// "Hindu Sena", "Korean Air".
		if prev != nil && prev.typ == NORP && prev.last == p && !a.personShaped(p, r) && !isAllCaps(a.toks[p].Text) &&
			!a.hasTitleOrGiven(p, r) {
			prev.typ, prev.entry, prev.alts, prev.source = Org, nil, nil, FromRule
			prev.country = gazr.gazCountry(prev)
			prev.last = r
			p = r
			continue
		}
		// A place glued to an unknown word is an organization named after
		// it: "Manchester United", "Bayern Munich", "Japan Airlines".
		if prev != nil && prev.typ == GPE && prev.last == p && r-p == 1 && !a.personShaped(p, r) && !a.hasTitleOrGiven(p, r) &&
			prev.form != gazetteer.FormDemonym && !isAllCaps(a.toks[p].Text) {
			prev.typ, prev.entry, prev.alts, prev.source = Org, nil, nil, FromRule
			prev.country = gazr.gazCountry(prev)
			prev.last = r
			p = r
			continue
		}
		if r < end {
			if m, ok := gazr.gazAt(r, end); ok && m.Candidates[0].Type == GPE && m.Last == end && r-p == 1 &&
				!a.personShaped(p, r) && !isAllCaps(a.toks[p].Text) && m.Candidates[0].Form != gazetteer.FormDemonym {
				c := &cand{first: p, last: m.Last, typ: Org, source: FromRule, country: candCountry(m.Candidates[0])}
				a.add(c)
				prev = c
				p = m.Last
				continue
			}
			if m, ok := gazr.gazAt(r, end); ok && m.Last == end && r-p >= 3 && isWord(english.GenitiveMarker, a.low(r-1)) &&
				gazr.countryAt(m) != "" && !a.personShaped(p, r-1) && !a.allTitle(p, r-1) && a.titleEnd(p, r-1) == p && !a.personName(p, r-1, si) {
				// "New Light of Myanmar", whose head no class knows: the
				// name "of" a country that connects joined stays whole, an
				// organization of that country, not a name ending in "of".
				c := &cand{first: p, last: m.Last, typ: Org, source: FromRule, country: gazr.countryAt(m)}
				a.add(c)
				prev = c
				p = m.Last
				continue
			}
		}
		c := a.classify(p, r, si)
		if c != nil {
			a.add(c)
		}
		prev = c
		p = r
	}
}

// unknownEnd returns the end of the run of words from p that are neither
// gazetteer names nor titles.
func (a chunker) unknownEnd(p, end int) int {
	r := p + 1
	for r < end {
		if _, ok := (gazReader{a.analysis}).gazAt(r, end); ok && isWordTok(a.toks[r].Text) {
			// A one-word gazetteer name after a given name ("Jordan" in
			// "Michael Jordan", "Lagos" in "Ricardo Lagos") stays part of
			// the person's name, and so does a given name that names only
			// some town or province ("Paul" in "Rand Paul").
			m := a.gaz.at(r)[0]
			if !(a.personShaped(p, r+1) && m.Last-r == 1 && m.Candidates[0].Type != NORP) &&
				!(m.Last-r == 1 && (givenNameReader{a.analysis}).personalWord(r, m.Candidates) && !isAllCaps(a.toks[r-1].Text)) {
				break
			}
		}
		r++
	}
	return r
}

// gazAt returns the longest gazetteer match starting at p that ends
// within end.
func (a gazReader) gazAt(p, end int) (gazetteer.WordMatch, bool) {
	for _, m := range a.gaz.at(p) {
		if m.Last <= end && !(chunker{a.analysis}).possessiveInside(m) {
			return m, true
		}
	}
	return gazetteer.WordMatch{}, false
}

// possessiveInside reports whether a gazetteer match has the possessive
// of an actor inside: "China's State Council" is two mentions, China and
// State Council. A possessive that is part of a name, after a word that
// names no actor of its own ("People's Republic of China", "Lao People's
// Democratic Republic") or at the end of the name ("Saint John's"), keeps
// the match whole.
func (a chunker) possessiveInside(m gazetteer.WordMatch) bool {
	for k := m.First + 1; k < m.Last-1; k++ {
		if !isPossessiveClitic(a.low(k)) {
			continue
		}
		for _, n := range a.gaz.at(m.First) {
			if n.Last == k {
				return true
			}
		}
	}
	return false
}

// gazExact returns a gazetteer match covering exactly [i, end).
func (a gazReader) gazExact(i, end int) (gazetteer.WordMatch, bool) {
	for _, m := range a.gaz.at(i) {
		if m.Last == end && !(chunker{a.analysis}).possessiveInside(m) {
			return m, true
		}
	}
	return gazetteer.WordMatch{}, false
}

// addGaz adds a gazetteer mention, choosing among its candidates later.
func (a gazReader) addGaz(m gazetteer.WordMatch) *cand {
	c := &cand{first: m.First, last: m.Last, alts: m.Candidates, source: FromGazetteer, strong: true}
	a.choose(c)
	a.add(c)
	return c
}

// choose picks the candidate entry of a gazetteer mention. Countries are
// preferred to places of the same name, and any entry to one of another
// type than the mention's first candidate only on evidence. Document
// context (other mentions of the same country) breaks ties in resolveDocument.
func (a gazReader) choose(c *cand) {
	best := -1
	bestScore := -1
	for k, cd := range c.alts {
		s := 0
		if gazetteer.IsCountryID(cd.Entry.ID) {
			s += 4
		}
		switch cd.Form {
		case gazetteer.FormName:
			s += 2
		case gazetteer.FormAlias, gazetteer.FormDemonym, gazetteer.FormCapital:
			s++
		}
		if s > bestScore {
			best, bestScore = k, s
		}
	}
	cd := c.alts[best]
	c.entry, c.form, c.typ = cd.Entry, cd.Form, cd.Type
	c.country = candCountry(cd)
	c.personLike = cd.Type == Person
}

func candCountry(cd gazetteer.Candidate) string {
	if cd.Entry.Country != "" {
		return cd.Entry.Country
	}
	if gazetteer.IsCountryID(cd.Entry.ID) {
		return cd.Entry.ID
	}
	return ""
}

func (a gazReader) gazCountry(c *cand) string {
	if c.entry != nil {
		return candCountry(gazetteer.Candidate{Entry: c.entry})
	}
	return c.country
}

// innerCountry returns the country of the first gazetteer place or
// nationality inside [i, end) ("South Korean" in "South Korean Defense
// Ministry"), or "".
func (a gazReader) innerCountry(i, end int) string {
	for p := i; p < end; p++ {
		for _, m := range a.gaz.at(p) {
			if m.Last > end {
				continue
			}
			for _, cd := range m.Candidates {
				if cd.Type == GPE || cd.Type == NORP {
					if c := candCountry(cd); c != "" {
						return c
					}
				}
			}
		}
	}
	return ""
}

// titleEnd returns the end of the title that starts at p ("Defense
// Minister", "Mr.", "Secretary of State"), or p when there is none. A
// title must end in a title head and be followed by a name within end.
func (a chunker) titleEnd(p, end int) int {
	last := p
	q := p
	for q < end {
		lw := a.low(q)
		if o := a.officeEnd(q, end); o > q {
			q, last = o, o // "Secretary of State", "Chief of Staff"
			continue
		}
		switch {
		case isWord(english.PersonTitleWords, lw):
			q++
			if isWord(english.PersonTitleHeads, lw) || isWord(english.PersonTitleHeads, strings.TrimSuffix(lw, ".")) {
				last = q
			}
			continue
		case lw == "-" && q+1 < end && isWord(english.PersonTitleWords, a.low(q+1)):
			q++
			continue
		}
		break
	}
	if last == p {
		return p
	}
	// "Prime Minister" alone, or "Minister Council" are not titles before a name.
	if last >= end || !isCapTok(a.toks[last].Text) && a.toks[last].Text != "-" {
		return p
	}
	return last
}

// addressedPerson reports whether the title that ends at t is a form of
// address of a person of known gender (classes male_titles and
// female_titles: "Mr.", "Mrs.", "Lady") and the common words [q, r)
// after it hold no title word: they are then a person's name, "Mr. Park"
// or "Mrs. Brown" ("Mr. President" is an address, no name).
func (a chunker) addressedPerson(t, q, r int) bool {
	if t < 1 {
		return false
	}
	cs := classesOf(a.low(t - 1))
	if !cs.Has(english.MaleTitles) && !cs.Has(english.FemaleTitles) {
		return false
	}
	for k := q; k < r; k++ {
		if lw := a.low(k); isWord(english.PersonTitleWords, lw) || isWord(english.PersonTitleHeads, lw) {
			return false
		}
	}
	return true
}

// personShaped reports whether [p, r) looks like a personal name: it starts
// with a given name, or is written like one (two or three capitalized words,
// or a hyphenated East Asian given name).
func (a *analysis) personShaped(p, r int) bool {
	if w := a.toks[p].Text; (a.t.words.firstNames[w] || a.t.names.given[w]) && !isAllCaps(w) && r-p >= 2 {
		return true
	}
	for k := p + 1; k+1 < r; k++ {
		if a.toks[k].Text == "-" && !a.spaceBetween(k-1, k) && isLowerStart(a.toks[k+1].Text) {
			return true // "Jong-sup", "Suk-yeol"
		}
	}
	return false
}

// hasTitleOrGiven reports whether [p, r) holds a title word or a given name.
func (a chunker) hasTitleOrGiven(p, r int) bool {
	for k := p; k < r; k++ {
		w := a.toks[k].Text
		if isWord(english.PersonTitleHeads, a.low(k)) || a.t.words.firstNames[w] || a.t.names.given[w] {
			return true
		}
	}
	return false
}

func isLowerStart(s string) bool {
	return s != "" && strings.ToLower(s[:1]) == s[:1] && isWordTok(s)
}

// isOrdinal reports whether w is a Roman numeral or a number that can end
// a name ("World War II", "Apollo 11").
func isOrdinal(w string) bool {
	switch w {
	case "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X":
		return true
	}
	return false
}

// personName reports whether the unknown words [p, r) read as a person's
// name ("Pernilla Wiberg of Sweden" is a person of a country).
func (a chunker) personName(p, r, si int) bool {
	c := a.classify(p, r, si)
	return c == nil || c.typ == Person
}

// countryAt returns the country a gazetteer match names when one of its
// candidates is a country ("Myanmar": MMR), else "".
func (a gazReader) countryAt(m gazetteer.WordMatch) string {
	for _, cd := range m.Candidates {
		if cd.Type == GPE && gazetteer.IsCountryID(cd.Entry.ID) {
			return cd.Entry.ID
		}
	}
	return ""
}
