package entity

import (
	"strings"
	"unicode"

	"github.com/geoextract/geoextract/gazetteer"
	"github.com/geoextract/geoextract/internal/english"
)

// tableReader types the names of the wire-service layouts of an analysis:
// score lines, standings rows and competitors with their countries. Like
// its analysis it belongs to one Tag call and is not safe for concurrent
// use. The zero value has no analysis and must not be used.
type tableReader struct{ *analysis }

// Wire-service results and standings put names in fixed layouts that
// capitalization alone cannot type:
//
//	Riverton 2 Eastport 1           (a score line: teams)
//	Northvale 14 8 3 3 25 12 27     (a standings row: a team)
//	Anna Berg (Norway) beat ...     (a competitor and the country she represents)
//
// sportsLayouts retypes unknown names and city names in such layouts.
func (a tableReader) sportsLayouts() {
	scores := a.scoreSentences()
	for k, c := range a.ments {
		if scores[a.sentOf[c.first]] && c.typ == GPE && c.entry != nil && strings.HasPrefix(c.entry.ID, "city/") &&
			!a.lineBreakBefore(c.first) && (c.first == 0 || !isWord(english.PlacePrepositions, a.low(c.first-1))) &&
			(c.last >= len(a.toks) || a.toks[c.last].Text != ",") {
			// "Barcelona beat Real Madrid 2-1": cities in a sentence with a
			// score are the teams named after them.
			a.makeTeam(c)
			continue
		}
		if c.typ == 0 || c.typ == Person && c.strong && c.source == FromGazetteer {
			continue
		}
		country := c.entry != nil && gazetteer.IsCountryID(c.entry.ID)
		n := a.numbersAfter(c.last)
		switch {
		case n >= 3 && !country && c.typ != NORP:
			a.makeTeam(c)
		case n >= 1 && !country && c.typ != NORP && c.typ != Person:
			// "Riverton 2 Eastport 1": a name, a score, another name and score.
			j := c.last + n
			if k+1 < len(a.ments) && a.ments[k+1].first == j && a.numbersAfter(a.ments[k+1].last) >= 1 {
				a.makeTeam(c)
				if o := a.ments[k+1]; !(o.entry != nil && gazetteer.IsCountryID(o.entry.ID)) {
					a.makeTeam(o)
				}
			}
		case !c.strong && c.typ != NORP && c.last+2 < len(a.toks) && a.toks[c.last].Text == "(" && a.toks[c.last+2].Text == ")":
			if k+1 < len(a.ments) {
				o := a.ments[k+1]
				if o.first == c.last+1 && o.last == c.last+2 && o.entry != nil && gazetteer.IsCountryID(o.entry.ID) {
					c.typ, c.personLike = Person, true
				}
			}
		}
	}
}

// scoreSentences marks the sentences that report a match score ("2-1",
// "3-0") or a fixture ("West Ham v Bolton").
func (a tableReader) scoreSentences() []bool {
	out := make([]bool, len(a.sents))
	for i := 1; i+1 < len(a.toks); i++ {
		w := a.toks[i].Text
		switch {
		case w == "-" && !a.spaceBetween(i-1, i) && !a.spaceBetween(i, i+1) && smallInt(a.toks[i-1].Text) && smallInt(a.toks[i+1].Text):
			out[a.sentOf[i]] = true
		case isCapTok(a.toks[i-1].Text) && isCapTok(a.toks[i+1].Text) && isWord(english.VersusWords, w):
			out[a.sentOf[i]] = true
		}
	}
	return out
}

func smallInt(s string) bool {
	return isInteger(s) && len(s) <= 2
}

func (a tableReader) makeTeam(c *cand) {
	c.typ, c.entry, c.alts, c.strong, c.source = Org, nil, nil, true, FromRule
}

// numbersAfter counts the integers that follow token i on the same line.
func (a tableReader) numbersAfter(i int) int {
	n := 0
	for i < len(a.toks) && !a.lineBreakBefore(i) && isInteger(a.toks[i].Text) {
		n++
		i++
	}
	return n
}

func isInteger(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if !unicode.IsDigit(r) {
			return false
		}
	}
	return true
}
