package entity

import (
	"strconv"
	"strings"
)

// The plural descriptions of data/descriptions.txt: plural head nouns with
// their singulars ("presidents" → "president"), the words that count the
// actors ("two" → 2) and the count words that need no determiner
// ("both"). Read once at start-up and never changed.
var (
	pluralHeads     = pairs(descriptionWords["plurals"])
	countWords      = counts(pairs(descriptionWords["counts"]))
	collectiveWords = descriptionWords["collective"]
)

// pairs reads the words "a=b" of a class into a map from a to b; a word
// with no "=" or an empty side is skipped.
func pairs(words map[string]bool) map[string]string {
	out := make(map[string]string, len(words))
	for w := range words {
		a, b, ok := strings.Cut(w, "=")
		if ok && a != "" && b != "" {
			out[a] = b
		}
	}
	return out
}

// counts keeps the pairs whose value is a number of at least two.
func counts(ps map[string]string) map[string]int {
	out := make(map[string]int, len(ps))
	for w, v := range ps {
		if n, err := strconv.Atoi(v); err == nil && n >= 2 {
			out[w] = n
		}
	}
	return out
}

// maxPluralReferents bounds the count of a plural description: a larger
// number in the data is read as this many.
const maxPluralReferents = 5

// Referents resolves a plural description whose head noun is token i to
// the actors it refers to, in text order:
//
//   - "the two presidents", "both leaders", "these three ministers": the
//     most recent distinct people, in the sentence or the three before,
//     whose role has the singular title ("president"), or else, when
//     fewer have it, the most recent distinct people;
//   - "the two countries", "both nations": the most recent distinct
//     countries.
//
// The count word stands just before the head; a number needs a definite
// determiner before it ("the two", not "two presidents"), a collective
// word ("both") does not. It reports false when the token is not such a
// head, when the phrase goes on to name its actors ("the two presidents
// of ..."), or when fewer distinct actors than the count were named
// before. The words are data (data/descriptions.txt). Like Referent it
// only reads the Document, is safe for concurrent use and never panics on
// a document built by hand.
func (d *Document) Referents(i int) ([]Mention, bool) {
	if i < 1 || i >= len(d.Tokens) {
		return nil, false
	}
	sent := d.sentenceOf(i)
	if sent < 0 || d.Sentences[sent].First > i-1 {
		return nil, false
	}
	sing, ok := pluralHeads[strings.ToLower(d.Tokens[i].Text)]
	if !ok {
		return nil, false
	}
	cw := strings.ToLower(d.Tokens[i-1].Text)
	n, ok := countWords[cw]
	if !ok {
		return nil, false
	}
	if !collectiveWords[cw] {
		if i < 2 || d.Sentences[sent].First > i-2 || !definite[strings.ToLower(d.Tokens[i-2].Text)] {
			return nil, false
		}
	}
	if i+1 < len(d.Tokens) {
		if next := strings.ToLower(d.Tokens[i+1].Text); continuesWords[next] || d.MentionAt(i+1) >= 0 {
			return nil, false // "the two presidents of ...", "both leaders Lula and Petro"
		}
	}
	n = min(n, maxPluralReferents)
	var want func(*Mention) bool
	switch {
	case countryNouns[sing]:
		// Countries are taken from one sentence that names enough of
		// them: a third country named on its own between the pair and
		// the description ("Burkina Faso welcomed the accord") is seldom
		// one of "both countries".
		return d.recent(sent, i, n, true, func(m *Mention) bool { return m.Type == GPE && m.ID != "" && m.ID == m.Country })
	case titleHeads[sing] || personNouns[sing]:
		want = func(m *Mention) bool { return m.Type == Person }
		if titleHeads[sing] {
			titled := func(m *Mention) bool { return want(m) && strings.Contains(strings.ToLower(m.Role), sing) }
			if ms, ok := d.recent(sent, i, n, false, titled); ok {
				return ms, true
			}
		}
	default:
		return nil, false
	}
	return d.recent(sent, i, n, false, want)
}

// recent returns the n most recent distinct mentions satisfying want
// before token i (in sentence sent or the three before), in text order,
// or false when fewer were named. Two mentions are one actor when they
// share an ID, or, with no ID, a name. With together, all n come from the
// closest sentence that names n of them.
func (d *Document) recent(sent, i, n int, together bool, want func(*Mention) bool) ([]Mention, bool) {
	var out []Mention
	seen := map[string]bool{}
	for s := sent; s >= 0 && s >= sent-3 && len(out) < n; s-- {
		if together {
			out, seen = out[:0], map[string]bool{}
		}
		limit := i
		if s != sent {
			limit = d.Sentences[s].Last
		}
		lo, hi := d.sentenceMentions(s)
		for k := hi - 1; k >= lo && len(out) < n; k-- {
			m := &d.Mentions[k]
			if m.Sentence != s || m.Last > limit || !want(m) {
				continue
			}
			key := "id:" + m.ID
			if m.ID == "" {
				key = "name:" + strings.ToLower(m.Name)
				if m.Name == "" {
					key = "text:" + strings.ToLower(m.Text)
				}
			}
			if seen[key] {
				continue
			}
			seen[key] = true
			out = append(out, *m)
		}
	}
	if len(out) < n {
		return nil, false
	}
	for a, b := 0, len(out)-1; a < b; a, b = a+1, b-1 {
		out[a], out[b] = out[b], out[a]
	}
	return out, true
}
