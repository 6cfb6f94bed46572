package entity

import "unicode"

// Wire-service results and standings put names in fixed layouts that
// capitalization alone cannot type:
//
//	Lens 0 Nantes 4                 (a score line: teams)
//	Arbroath 16 2 6 8 12 23 12      (a standings row: a team)
//	Peter Nicol (Scotland) beat ... (a competitor and the country he represents)
//
// sportsLayouts retypes unknown names and city names in such layouts.
func (a *analysis) sportsLayouts() {
	for k, c := range a.ments {
		if c.typ == 0 || c.typ == Person && c.strong && c.source == FromGazetteer {
			continue
		}
		country := c.entry != nil && isCountryID(c.entry.ID)
		n := a.numbersAfter(c.last)
		switch {
		case n >= 3 && !country && c.typ != NORP:
			a.makeTeam(c)
		case n >= 1 && !country && c.typ != NORP && c.typ != Person:
			// "Lens 0 Nantes 4": a name, a score, another name and score.
			j := c.last + n
			if k+1 < len(a.ments) && a.ments[k+1].first == j && a.numbersAfter(a.ments[k+1].last) >= 1 {
				a.makeTeam(c)
				if o := a.ments[k+1]; !(o.entry != nil && isCountryID(o.entry.ID)) {
					a.makeTeam(o)
				}
			}
		case !c.strong && c.typ != NORP && c.last+2 < len(a.toks) && a.toks[c.last].Text == "(" && a.toks[c.last+2].Text == ")":
			if k+1 < len(a.ments) {
				o := a.ments[k+1]
				if o.first == c.last+1 && o.last == c.last+2 && o.entry != nil && isCountryID(o.entry.ID) {
					c.typ, c.personLike = Person, true
				}
			}
		}
	}
}

func (a *analysis) makeTeam(c *cand) {
	c.typ, c.entry, c.alts, c.strong, c.source = Org, nil, nil, true, FromPattern
}

// numbersAfter counts the integers that follow token i on the same line.
func (a *analysis) numbersAfter(i int) int {
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
