package entity

import (
	"strings"

	"github.com/geoextract/geoextract/internal/english"
	"github.com/geoextract/geoextract/internal/text"
)

// groupReader resolves the references to groups of people in a Document:
// named groups and appositions ("the two reporters"), armed groups
// ("Kurdish rebels") and nationals of named countries ("the Chinese and
// Japanese ministers"). It only reads the Document; safe for concurrent
// use. The zero value has no Document and must not be used.
type groupReader struct{ *Document }

// namedGroup resolves a repeated group noun at token i (see groupRepeat:
// "the two reporters", "the hostages") to the people an apposition named
// where the noun stood last before it, in its sentence or the
// maxGroupSentences before: "two French reporters, Georges Malbrunot and
// Christian Chesnot, ... . The two reporters" is both reporters, not
// France. The apposition names two people or more (at most
// maxPluralReferents); a count word before the noun must match how many.
// It reports false when that last group named nobody (groupReferent then
// gives the group's country) or the count disagrees. Like Referent it
// only reads the Document.
func (d groupReader) namedGroup(i int) ([]Mention, bool) {
	det, ok := bodyReader{d.Document}.groupRepeat(i)
	if !ok {
		return nil, false
	}
	count := 0
	if det+1 < i {
		count = countWords[strings.ToLower(d.Tokens[det+1].Text)]
	}
	for k := range (bodyReader{d.Document}).earlierGroupNouns(i, det) {
		// The latest repetition alone decides.
		ps := d.appositionPeople(k)
		if len(ps) < 2 || count != 0 && len(ps) != count {
			return nil, false
		}
		return ps, true
	}
	return nil, false
}

// appositionPeople reads the people named in an apposition after token k:
// a comma, then people joined by commas and a coordinator ("reporters,
// Ana Ruiz, Daniel Ortez and Kenji Sato"). It returns nil when the
// apposition holds anything else where a person should stand, or more
// than maxPluralReferents people.
func (d groupReader) appositionPeople(k int) []Mention {
	j := k + 1
	if j >= len(d.Tokens) || d.Tokens[j].Text != "," {
		return nil
	}
	j++
	var out []Mention
	last := false // a coordinator came before this person
	for {
		n := d.MentionAt(j)
		if n < 0 || d.Mentions[n].First != j || d.Mentions[n].Type != Person || len(out) == maxPluralReferents {
			return nil
		}
		out = append(out, d.Mentions[n])
		j = d.Mentions[n].Last
		if last || j >= len(d.Tokens) {
			break
		}
		w := strings.ToLower(d.Tokens[j].Text)
		switch {
		case isWord(english.Coordinators, w):
			j, last = j+1, true
		case w == "," && j+1 < len(d.Tokens) && isWord(english.Coordinators, strings.ToLower(d.Tokens[j+1].Text)):
			j, last = j+2, true // the serial comma
		case w == ",":
			j++
			if d.MentionAt(j) < 0 {
				// "reporters, Ana Ruiz, in August": one person, or a
				// list cut short, is no group.
				return nil
			}
		default:
			return nil
		}
	}
	return out
}

// groupPronoun resolves a plural pronoun at token i that continues a
// repeated group noun of its sentence ("Police also say they issued
// ...", police that a nationality marked before; "Spanish police said
// they"): the closest plural noun before the pronoun, within
// maxPluralDescriptionReach tokens and with no mention between them, is
// a group noun that groupReferent resolves or that a nationality marks
// (see countryMarked). It returns the group's actor.
func (d groupReader) groupPronoun(i int) (Mention, bool) {
	s := d.sentenceOf(i)
	if s < 0 || !isWord(english.PluralPronouns, strings.ToLower(d.Tokens[i].Text)) {
		return Mention{}, false
	}
	for k := i - 1; k >= d.Sentences[s].First && k >= i-maxPluralDescriptionReach; k-- {
		if d.MentionAt(k) >= 0 {
			return Mention{}, false
		}
		if text.POS(d.Tokens[k].POS) != text.NNS && !isWord(english.GroupPlurals, strings.ToLower(d.Tokens[k].Text)) {
			continue
		}
		if _, m, ok := (bodyReader{d.Document}).groupReferent(k); ok {
			return m, true
		}
		if isWord(english.GroupPlurals, strings.ToLower(d.Tokens[k].Text)) {
			// "Spanish police said they": the group named here.
			return bodyReader{d.Document}.countryMarked(k, d.Sentences[s].First)
		}
		return Mention{}, false
	}
	return Mention{}, false
}
