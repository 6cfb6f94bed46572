package entity

import (
	"strings"

	"github.com/geoextract/geoextract/internal/english"
)

// titleReader reads what a Document says of a person's office: the
// titles and roles of its mentions ("President George Bush"), and the
// closest mention that holds them. It only reads the Document; safe for
// concurrent use. The zero value has no Document and must not be used.
type titleReader struct{ *Document }

// titleRoles maps a word of a description of a person ("leader",
// "military", "lawmaker") to the role phrases it accepts (class
// title_roles of internal/english), and officePhrases holds every phrase
// any word accepts: a role that holds one of them is an office the table
// knows. Read once at start-up and never changed.
var titleRoles, officePhrases = parseTitleRoles(english.Default())

// parseTitleRoles reads the title roles of t, each phrase padded with
// spaces for a whole-word match (see roleHolds).
func parseTitleRoles(t *english.Table) (map[string][]string, map[string]bool) {
	words := t.Words(english.TitleRoles)
	out := make(map[string][]string, len(words))
	known := map[string]bool{}
	for _, w := range words {
		phrases, _ := t.Texts(english.TitleRoles, w)
		for _, p := range phrases {
			out[w] = append(out[w], " "+p+" ")
			known[" "+p+" "] = true
		}
	}
	return out, known
}

// titleOf is what the document says of a person mention's office: its
// role, its entity's role (see roleOf) and the title words that open the
// mention itself when a gazetteer name holds them ("President George
// Bush"), lower case and padded with spaces.
func (d titleReader) titleOf(m *Mention) string {
	var b strings.Builder
	b.WriteString(" ")
	b.WriteString(strings.ToLower(descriptionReader{d.Document}.roleOf(m)))
	b.WriteString(" ")
	for k := m.First; k < m.Last-1 && k < len(d.Tokens); k++ {
		lw := strings.ToLower(d.Tokens[k].Text)
		if !isWord(english.PersonTitleWords, lw) {
			break
		}
		b.WriteString(lw)
		b.WriteString(" ")
	}
	return strings.Join(strings.Fields(b.String()), " ")
}

// accepts reports whether a person with title (see titleOf) may be
// referred to by the description word w: the title holds one of the
// phrases of w's title roles as whole words, or w itself when it has
// none.
func accepts(title, w string) bool {
	t := " " + title + " "
	phrases, ok := titleRoles[w]
	if !ok {
		return strings.Contains(t, " "+w+" ")
	}
	for _, p := range phrases {
		if strings.Contains(t, p) {
			return true
		}
	}
	return false
}

// rejects reports whether a person with title is known not to be what the
// description word w says: w has title roles, and the title holds an
// office of the table but none that w accepts ("the president" is not a
// prime minister), or a tie to another person instead of an office
// (class kin_roles: "the president" is not the first lady). An unknown
// title rejects nothing.
func rejects(title, w string) bool {
	if _, ok := titleRoles[w]; !ok || title == "" || accepts(title, w) {
		return false
	}
	t := " " + title + " "
	for p := range officePhrases {
		if strings.Contains(t, p) {
			return true
		}
	}
	for _, p := range kinPhrases {
		if strings.Contains(t, p) {
			return true
		}
	}
	return false
}

// kinPhrases are the phrases of class kin_roles, padded with spaces for a
// whole-word match. Read once at start-up and never changed.
var kinPhrases = func() []string {
	var out []string
	for _, w := range english.Default().Words(english.KinRoles) {
		out = append(out, " "+w+" ")
	}
	return out
}()

// holdsTitles reports whether the person of mention m holds every title
// word of mods (see accepts).
func (d titleReader) holdsTitles(m *Mention, mods []string) bool {
	if len(mods) == 0 {
		return true
	}
	title := d.titleOf(m)
	for _, w := range mods {
		if !accepts(title, w) {
			return false
		}
	}
	return true
}

// closestUnique is closest, but it reports false when the sentence that
// holds the closest mention satisfying want holds another, of a
// different actor, before token i: two people fit and the description
// does not say which.
func (d titleReader) closestUnique(sent, i int, want func(*Mention) bool) (Mention, bool) {
	m, ok := d.closest(sent, i, want)
	if !ok {
		return Mention{}, false
	}
	limit := d.Sentences[m.Sentence].Last
	if m.Sentence == sent {
		limit = i
	}
	lo, hi := d.sentenceMentions(m.Sentence)
	for k := lo; k < hi; k++ {
		o := &d.Mentions[k]
		if o.Sentence == m.Sentence && o.Last <= limit && want(o) && !sameActor(o, &m) {
			return Mention{}, false
		}
	}
	return m, true
}

// descriptionOrg returns the organization written between the determiner
// det and the head i of a description of a person ("the UN chief"), if
// any.
func (d titleReader) descriptionOrg(det, i int) (Mention, bool) {
	for k := det + 1; k < i; k++ {
		if n := d.MentionAt(k); n >= 0 && d.Mentions[n].Type == Org {
			return d.Mentions[n], true
		}
	}
	return Mention{}, false
}

// maxAffiliationMentions bounds how many mentions of a person's entity
// affiliated reads.
const maxAffiliationMentions = 8

// affiliated reports whether the document names the person of mention m
// with the organization org before the name, past title words only ("UN
// Secretary-General Kofi Annan", "IAEA chief Mohamed ElBaradei"), at m or
// at one of the first maxAffiliationMentions mentions of its entity.
func (d titleReader) affiliated(m *Mention, org *Mention) bool {
	at := func(p *Mention) bool {
		for k := p.First - 1; k >= 0 && k >= p.First-5; k-- {
			if n := d.MentionAt(k); n >= 0 {
				return sameActor(&d.Mentions[n], org)
			}
			if w := d.Tokens[k].Text; w != "-" && !isWord(english.PersonTitleWords, strings.ToLower(w)) {
				return false
			}
		}
		return false
	}
	if at(m) {
		return true
	}
	if m.Entity < 0 || m.Entity >= len(d.Entities) {
		return false
	}
	for n, k := range d.Entities[m.Entity].Mentions {
		if n == maxAffiliationMentions {
			break
		}
		if k >= 0 && k < len(d.Mentions) && at(&d.Mentions[k]) {
			return true
		}
	}
	return false
}
