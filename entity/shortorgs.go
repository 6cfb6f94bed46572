package entity

import (
	"strings"

	"github.com/geoextract/geoextract/internal/english"
)

// maxShortOrgSentences bounds how far back, in sentences, "the Tigers"
// looks for the organization whose name it shortens; it keeps the cost
// of each such reference bounded on a long document.
const maxShortOrgSentences = 12

// shortOrgReferent resolves a word of an organization's name standing
// for the organization after a definite determiner ("the Liberation
// Tigers of Tamil Eelam ... the Tigers", "the Muslim Brotherhood ... the
// Brotherhood"): token i is a capitalised word no mention holds that
// heads its phrase (no capitalised word, hyphen, mention or noun after
// it), and the one organization named before it, in its sentence or the
// maxShortOrgSentences before, that has the word in its canonical or
// written name, not as its only word. The word is none of the heads that
// end organization names of every kind (class org_heads: "the Party",
// "the Council" are descriptions, which Referent reads otherwise), no
// title word (class person_title_words) and no compass word (class
// compass_words: see compassReferent). Two organizations with the word
// ("the Guards" after two guards) leave it unresolved, as does none. It
// returns the determiner and the organization's last mention there.
func (d bodyReader) shortOrgReferent(i int) (first int, m Mention, ok bool) {
	if i <= 0 || i >= len(d.Tokens) || d.MentionAt(i) >= 0 || !d.determiner(i-1) || d.MentionAt(i-1) >= 0 {
		return 0, Mention{}, false
	}
	w := d.Tokens[i].Text
	lw := strings.ToLower(w)
	if isLowerWord(w) || !isWordTok(w) || isWord(english.OrgHeads, lw) || isWord(english.PersonTitleWords, lw) || isWord(english.CompassWords, lw) {
		return 0, Mention{}, false
	}
	if j := i + 1; j < len(d.Tokens) && d.sentenceOf(j) == d.sentenceOf(i) {
		nw := d.Tokens[j].Text
		if nw == "-" || d.MentionAt(j) >= 0 || !isLowerWord(nw) && isWordTok(nw) && !isPossessiveClitic(strings.ToLower(nw)) ||
			(descriptionReader{d.Document}).modifiesNoun(i) {
			return 0, Mention{}, false // "the Tigers Party", "the Tiger rebels"
		}
	}
	sent := d.sentenceOf(i)
	if sent < 0 {
		return 0, Mention{}, false
	}
	lo, _ := d.sentenceMentions(max(sent-maxShortOrgSentences, 0))
	found := false
	for n := lo; n < len(d.Mentions) && d.Mentions[n].First < i; n++ {
		c := &d.Mentions[n]
		if c.Type != Org || !nameHasWord(c.Name, w) && !nameHasWord(c.Text, w) {
			continue
		}
		switch {
		case !found:
			m, found = *c, true
		case sameActor(&m, c):
			m = *c
		default:
			return 0, Mention{}, false
		}
	}
	if !found {
		return 0, Mention{}, false
	}
	return i - 1, m, true
}

// nameHasWord reports whether name holds w as one of its words, written
// alike, and holds other words too.
func nameHasWord(name, w string) bool {
	words := strings.Fields(name)
	if len(words) < 2 {
		return false
	}
	for _, x := range words {
		if x == w {
			return true
		}
	}
	return false
}
