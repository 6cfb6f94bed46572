package entity

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/geoextract/geoextract/gazetteer"
	"github.com/geoextract/geoextract/internal/english"
)

func isYear(s string) bool {
	if len(s) != 4 {
		return false
	}
	n, err := strconv.Atoi(s)
	return err == nil && n >= 1800 && n <= 2100
}

// eventPhrase recognizes election names ("2016 Peruvian general election",
// "European Parliament election") and year-prefixed event names
// ("1992 Summer Olympics") starting at i.
func (a *analysis) eventPhrase(i, limit int) (int, bool) {
	year := isYear(a.toks[i].Text)
	if !year && !(isCapTok(a.toks[i].Text) && isWordTok(a.toks[i].Text)) {
		return 0, false
	}
	if !year && a.initial[i] && isWord(english.ClosedClass, a.low(i)) {
		return 0, false
	}
	j := i
	if year {
		j++
	}
	caps, mods := 0, 0
	for j < limit {
		w, lw := a.toks[j].Text, a.low(j)
		cs := classesOf(lw)
		switch {
		case cs.Has(english.ElectionNouns) && (!isCapTok(w) || caps > 0):
			if isCapTok(w) && j+1 < limit && isCapTok(a.toks[j+1].Text) && isWordTok(a.toks[j+1].Text) {
				return 0, false // "Central Election Commission" is a body
			}
			if (year || caps > 0) && caps+mods > 0 && !(cs.Has(english.ModifiedOnlyEvents) && mods == 0) {
				// "... Senate election in Ohio": the place is part of the name.
				if j+2 < limit && isWord(english.LocationPreposition, a.low(j+1)) && !cs.Has(english.PlacelessEvents) {
					for _, m := range a.gaz.at(j + 2) {
						if m.Last <= limit && m.Candidates[0].Type == GPE {
							return m.Last, true
						}
					}
				}
				return j + 1, true
			}
			return 0, false
		case isWordTok(w) && isCapTok(w) && !cs.Has(english.NonNameCaps):
			caps++
			if year && cs.Has(english.YearEventHeads) && (j+1 >= limit || !isCapTok(a.toks[j+1].Text)) {
				return j + 1, true
			}
		case cs.Has(english.ElectionModifiers):
			mods++
		case w == "-" && j+1 < limit && !a.spaceBetween(j-1, j):
		default:
			return 0, false
		}
		j++
	}
	return 0, false
}

// classify types the unknown name [p, r) by its words and context. It
// returns nil for words that are better left untagged.
func (a *analysis) classify(p, r, si int) *cand {
	c := &cand{first: p, last: r, source: FromRule}
	words := a.wordCount(p, r)
	if words == 0 {
		return nil
	}
	first := a.toks[p].Text
	next := ""
	if r < len(a.toks) && int(a.sentOf[r]) == si {
		next = a.low(r)
	}
	prevw := ""
	if p > 0 && int(a.sentOf[p-1]) == si {
		prevw = a.low(p - 1)
	}
	for r-p > 1 && isWord(english.PersonTitleHeads, a.low(r-1)) {
		r-- // "Finnish Foreign Minister": the title is not part of a name
		c.last = r
	}
	if (chunker{a}).allTitle(p, r) {
		return nil
	}
	words = a.wordCount(p, r)
	if kt := (chunker{a}).keywordType(p, r); kt != 0 {
		c.typ, c.strong = kt, true
		c.country = gazReader{a}.innerCountry(p, r)
		return c
	}
	// Datelines: "KANDAHAR, Afghanistan", "OSLO/STOCKHOLM:".
	if (a.lineBreakBefore(p) || prevw == "/") && isAllCaps(first) && (next == "," || next == "/" || next == ":" || next == "-") {
		c.typ, c.strong = GPE, true
		return c
	}
	if a.headline[si] && words == 1 {
		return nil
	}
	if words == 1 && r-p == 1 && isHost(first) {
		c.typ, c.strong = Org, true // "RT.com", "Vote.org"
		return c
	}
	if words == 1 && r-p == 1 && a.pluralOfCountry(first) {
		c.typ, c.strong = GPE, true // "the two Koreas"
		return c
	}
	if words == 1 && r-p == 1 && (utf8.RuneCountInString(first) == 1 || isWord(english.NotNames, a.low(p))) {
		return nil // "C", "MP": capitalized words that are not names
	}
	if words == 1 && r-p == 1 && a.common(p, 35) && !isAllCaps(first) {
		// "Select", "Date": a common word, kept only if it turns out to
		// repeat a person's name ("Lee" after "Lee Jong-sup").
		c.typ, c.unsure = Org, true
		return c
	}
	switch {
	case a.personShaped(p, r) && (words >= 2 || isWord(english.PersonCues, next)):
		c.typ, c.strong, c.personLike = Person, true, true
		return c
	case words == 1 && isAllCaps(first) && utf8.RuneCountInString(first) >= 2 && utf8.RuneCountInString(first) <= 6 &&
		!isWord(english.ClosedClass, a.low(p)) && !a.common(p, 10):
		c.typ, c.strong = Org, true // acronyms: "USDA", "PKK"
		return c
	}
	if t, ok := a.modelType(p, r); ok {
		c.typ, c.source = t, FromModel
		c.personLike = t == Person
		return c
	}
	switch {
	case words == 1 && (isWord(english.GPEHeads, next) && r < len(a.toks) && !isCapTok(a.toks[r].Text) || a.placeOf(p)):
		c.typ = GPE // "Batken province", "the village of Kok-Tash"
	case words == 1 && a.t.names.family[first] && !a.initial[p]:
		c.typ, c.personLike = Person, true
	case isWord(english.PersonCues, next) || next == "," && words >= 2:
		c.typ, c.personLike = Person, true
	case words >= 2 && a.common(p, 35) && !a.t.names.given[first]:
		// "Popular Unity", "West Woolwich": names that start with a common
		// word are rarely people's.
		c.typ = Org
	case words >= 2:
		c.typ, c.personLike = Person, true
	case isWord(english.PlacePrepositions, prevw):
		c.typ = GPE // "in Andong"
	case isAllCaps(first):
		c.typ = Org
	default:
		c.typ, c.personLike = Person, true
	}
	return c
}

// placeOf reports whether the name at p follows "village of", "city of" and the like.
func (a *analysis) placeOf(p int) bool {
	return p >= 2 && isWord(english.GenitiveMarker, a.low(p-1)) && isWord(english.PlaceNouns, a.low(p-2)) && a.sentOf[p-2] == a.sentOf[p]
}

// isHost reports whether w is a host name such as "RT.com".
func isHost(w string) bool {
	i := strings.LastIndexByte(w, '.')
	return i > 0 && i < len(w)-1 && isWordTok(w[i+1:]) && !strings.Contains(w[:i], ".")
}

// pluralOfCountry reports whether w is the plural of a country name
// ("Koreas", "Congos").
func (a *analysis) pluralOfCountry(w string) bool {
	stem, ok := strings.CutSuffix(w, "s")
	if !ok || len(stem) < 3 {
		return false
	}
	if a.t.names.countryLast[stem] >= 2 {
		return true // "the two Koreas", "the Congos"
	}
	for _, m := range a.t.g.MatchWords([]string{stem}) {
		for _, cd := range m.Candidates {
			if cd.Form == gazetteer.FormName && cd.Type == GPE && gazetteer.IsCountryID(cd.Entry.ID) {
				return true
			}
		}
	}
	return false
}

// wordCount counts the words of [p, r), a hyphenated word counting once.
func (a *analysis) wordCount(p, r int) int {
	n := 0
	for k := p; k < r; k++ {
		if isWordTok(a.toks[k].Text) && !(k > p && a.toks[k-1].Text == "-" && !a.spaceBetween(k-1, k)) {
			n++
		}
	}
	return n
}

// modelType returns the statistical model's type for [p, r) when it tags
// a span that overlaps it.
func (a *analysis) modelType(p, r int) (Type, bool) {
	for _, e := range a.model {
		if e.first < r && p < e.last {
			return e.typ, true
		}
	}
	return 0, false
}
