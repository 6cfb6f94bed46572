package entity

import (
	"strings"

	"github.com/geoextract/geoextract/gazetteer"
	"github.com/geoextract/geoextract/internal/english"
)

// maxCompassSentences bounds how far back, in sentences, "the North"
// looks for the country it shortens; it keeps the cost of each such
// reference bounded on a long document.
const maxCompassSentences = 12

// compassReferent resolves "the North", "the South" (a definite
// determiner and, at token i, a capitalised word of class compass_words
// that heads its phrase: no capitalised word, hyphen or noun after it)
// to the country named before it whose name opens with that word ("North
// Korea ... the North", "South Sudan ... the South"), in its sentence or
// the maxCompassSentences before; a people of such a country ("North
// Korean troops") names it too. Two such countries named there ("South
// Korea ... South Africa") leave it unresolved, as does none ("the North
// of England"). It returns the determiner and the country.
func (d bodyReader) compassReferent(i int) (first int, m Mention, ok bool) {
	if i <= 0 || i >= len(d.Tokens) || d.MentionAt(i) >= 0 || !d.determiner(i-1) || d.MentionAt(i-1) >= 0 {
		return 0, Mention{}, false
	}
	w := d.Tokens[i].Text
	lw := strings.ToLower(w)
	if isLowerWord(w) || !isWord(english.CompassWords, lw) {
		return 0, Mention{}, false
	}
	if j := i + 1; j < len(d.Tokens) {
		nw := d.Tokens[j].Text
		if nw == "-" || d.MentionAt(j) >= 0 || !isLowerWord(nw) && isWordTok(nw) && !isPossessiveClitic(strings.ToLower(nw)) ||
			(descriptionReader{d.Document}).modifiesNoun(i) {
			return 0, Mention{}, false // "the North Atlantic", "the South China Sea", "the north coast"
		}
	}
	sent := d.sentenceOf(i)
	if sent < 0 {
		return 0, Mention{}, false
	}
	lo, _ := d.sentenceMentions(max(sent-maxCompassSentences, 0))
	found := false
	for n := lo; n < len(d.Mentions) && d.Mentions[n].First < i; n++ {
		c := &d.Mentions[n]
		cc := c.CountryCode()
		if c.Type != GPE && c.Type != NORP || !gazetteer.IsCountryID(cc) {
			continue
		}
		name := c.Name
		if c.Type == NORP || c.ID != cc {
			name = d.countryMention(*c).Name
		}
		if head, _, _ := strings.Cut(strings.ToLower(name), " "); head != lw {
			continue
		}
		switch {
		case !found:
			m, found = *c, true
		case m.CountryCode() != cc:
			return 0, Mention{}, false
		}
	}
	if !found {
		return 0, Mention{}, false
	}
	if m.Type != GPE || m.ID != m.CountryCode() {
		m = d.countryMention(m)
	}
	return i - 1, m, true
}
