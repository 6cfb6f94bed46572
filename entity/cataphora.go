package entity

import (
	"strings"

	"github.com/geoextract/geoextract/internal/english"
	"github.com/geoextract/geoextract/internal/text"
)

// cataphoraReader resolves references named after them in a Document:
// an indefinite person or organisation ("a spokesman") that a later name
// introduces. It only reads the Document; safe for concurrent use. The
// zero value has no Document and must not be used.
type cataphoraReader struct{ *Document }

// maxNamedLaterSentences is how many sentences after an indefinite
// description of a person ("a Jordanian taxi driver") may name the person
// it introduces by the same noun ("the Jordanian driver Khaled Desouki");
// maxNationalityLaterSentences is how many may name the person only by
// the nationality.
const (
	maxNamedLaterSentences       = 8
	maxNationalityLaterSentences = 2
)

// indefinitePerson reads an indefinite description of a person whose head
// noun (a title, a person noun or a role noun) is token i: an indefinite
// article, lower-case modifiers, hyphens and at most one nationality
// before the head ("a Jordanian taxi driver", "a South Korean official",
// "an Italian reporter"), nothing after it that names the person or goes
// on with "of". It returns the article and the nationality's country, ""
// for none. It reports false for a description that describes a person
// named before it: after a copula or the role marker ("Karbouli is a
// driver", "worked as a driver"), or in an apposition to a name ("Ana
// Ruiz, a reporter").
func (d cataphoraReader) indefinitePerson(i int) (det int, country string, ok bool) {
	if i <= 0 || i >= len(d.Tokens) || !personHead(strings.ToLower(d.Tokens[i].Text)) || !d.nounAt(i) && !d.nounBeforeVerb(i) {
		return 0, "", false
	}
	det, country, ok = descriptionReader{d.Document}.describe(i, d.indefiniteArticle)
	if !ok {
		return 0, "", false
	}
	if i+1 < len(d.Tokens) && (isWord(english.PersonTitleWords, strings.ToLower(d.Tokens[i+1].Text)) || d.Tokens[i+1].Text == "," && d.MentionAt(i+2) >= 0) {
		return 0, "", false // "an aide Ana Ruiz", "a judge, Ana Ruiz": the name follows
	}
	if d.predicative(det) {
		return 0, "", false
	}
	return det, country, true
}

// nounBeforeVerb reports whether token i, tagged an adjective, is a noun
// all the same: a verb or a modal follows it ("a South Korean official
// made a statement").
func (d cataphoraReader) nounBeforeVerb(i int) bool {
	if i+1 >= len(d.Tokens) || !text.POS(d.Tokens[i].POS).IsAdjective() {
		return false
	}
	p := text.POS(d.Tokens[i+1].POS)
	return p.IsVerb() || p == text.MD
}

// indefiniteOpens reports whether token i heads an indefinite description
// of a person (see indefinitePerson).
func (d cataphoraReader) indefiniteOpens(i int) bool {
	_, _, ok := d.indefinitePerson(i)
	return ok
}

// indefiniteArticle reports whether token k is an indefinite article
// (class indefinite_articles), tagged as a determiner when tagged at all.
func (d cataphoraReader) indefiniteArticle(k int) bool {
	if k < 0 || k >= len(d.Tokens) || !isWord(english.IndefiniteArticles, strings.ToLower(d.Tokens[k].Text)) {
		return false
	}
	p := text.POS(d.Tokens[k].POS)
	return p == 0 || p == text.DT
}

// namedLater resolves an indefinite description of a person whose head
// noun lw is token i (see indefinitePerson), with nationality country, to
// the person it introduces when a later name is the only one that fits:
//
//   - a person first named after it (in its sentence or the
//     maxNamedLaterSentences after) and described by the same noun or a
//     noun it accepts (class title_roles) in a title, the words before
//     the name or an apposition ("the Jordanian driver Khaled Desouki",
//     "South Korean Unification Minister Chung" for "a South Korean
//     official"), whose country, when known, agrees;
//   - else, with a nationality, the only person of that country first
//     named in the maxNationalityLaterSentences after it who holds no
//     office the description's noun rejects.
//
// Two such people, or none, leave it unresolved.
func (d cataphoraReader) namedLater(sent, i int, lw, country string) (Mention, bool) {
	agrees := func(m *Mention) bool {
		return m.Type == Person && m.First > i && (country == "" || m.Country == "" || m.Country == country) && !d.namedBefore(m, i)
	}
	described := func(m *Mention) bool {
		if !agrees(m) {
			return false
		}
		if accepts((titleReader{d.Document}).titleOf(m), lw) {
			return true
		}
		for _, w := range roleNouns(lw) {
			if (resolver{d.Document}).describedAs(m, w) {
				return true
			}
		}
		return false
	}
	if m, n := d.laterActors(sent, i, maxNamedLaterSentences, described); n == 1 {
		return m, true
	} else if n > 1 || country == "" {
		return Mention{}, false
	}
	national := func(m *Mention) bool {
		return agrees(m) && m.Country == country && !rejects(titleReader{d.Document}.titleOf(m), lw)
	}
	if m, n := d.laterActors(sent, i, maxNationalityLaterSentences, national); n == 1 {
		return m, true
	}
	return Mention{}, false
}

// laterActors returns the first mention satisfying want after token i, in
// sentence sent or the span sentences after it, and how many distinct
// actors (at most two) such mentions name.
func (d cataphoraReader) laterActors(sent, i, span int, want func(*Mention) bool) (Mention, int) {
	var first Mention
	n := 0
	for s := sent; s <= sent+span && s < len(d.Sentences); s++ {
		lo, hi := d.sentenceMentions(s)
		for k := lo; k < hi; k++ {
			m := &d.Mentions[k]
			if m.Sentence != s || m.First <= i || !want(m) {
				continue
			}
			switch {
			case n == 0:
				first, n = *m, 1
			case !sameActor(m, &first):
				return first, 2
			}
		}
	}
	return first, n
}

// roleNouns are the single words that describe a person the noun lw
// describes: lw itself and the one-word phrases of its title roles
// ("reporter": also "journalist").
func roleNouns(lw string) []string {
	out := []string{lw}
	for _, p := range titleRoles[lw] {
		if w := strings.TrimSpace(p); !strings.Contains(w, " ") && w != lw {
			out = append(out, w)
		}
	}
	return out
}

// indefiniteOrg reads an indefinite description of an organization whose
// head noun is token i ("a Chinese oil company", "a human rights group"):
// an indefinite article, lower-case modifiers, hyphens and at most one
// nationality before the head, nothing after it that names the
// organization (see describe). It returns the article and the
// nationality's country. It reports false for a description of an actor
// named before it: after a copula or the role marker ("Hamas is a
// militant group"), or in an apposition to a name ("Emergency, an
// Italian aid group").
func (d cataphoraReader) indefiniteOrg(i int) (det int, country string, ok bool) {
	if i <= 0 || i >= len(d.Tokens) || !d.nounAt(i) {
		return 0, "", false
	}
	det, country, ok = descriptionReader{d.Document}.describe(i, d.indefiniteArticle)
	if !ok || d.predicative(det) {
		return 0, "", false
	}
	return det, country, true
}

// predicative reports whether the description that opens at token det
// describes an actor named before it: it follows a copula or the role
// marker ("is a driver", "worked as a driver"), or a comma after a name
// ("Ana Ruiz, a reporter", "Emergency, an aid group").
func (d cataphoraReader) predicative(det int) bool {
	if det <= 0 || det >= len(d.Tokens) {
		return false
	}
	prev := strings.ToLower(d.Tokens[det-1].Text)
	if isWord(english.Copulas, prev) || isWord(english.BeForms, prev) || isWord(english.RoleMarker, prev) {
		return true
	}
	if prev == "," && det > 1 {
		if m := d.MentionAt(det - 2); m >= 0 && d.Mentions[m].Last == det-1 {
			return true
		}
	}
	return false
}

// orgNamedLater resolves an indefinite description of an organization
// whose head noun (of spec o) is token i, with nationality country cc,
// to the organization it introduces: the only one first named after it,
// in its sentence or the maxLeadSentences after, that the text writes
// with the noun (see introducedAs: "a local militant group, the Movement
// ...") or, when a nationality is written, of the nationality's country
// and of one of the noun's kinds (or of no known kind, for a noun that
// allows it or that ends the name: "a Chinese oil company ... China
// National Offshore Oil Company"). With no nationality and no such
// writing an indefinite introduces an actor of its own ("a human rights
// group"); two such organizations, or none, leave it unresolved.
func (d cataphoraReader) orgNamedLater(sent, i int, o orgNoun, cc string) (Mention, bool) {
	head := strings.ToLower(d.Tokens[i].Text)
	fits := func(m *Mention) bool {
		if m.Type != Org || m.First <= i || cc != "" && m.CountryCode() != cc || d.namedBefore(m, i) {
			return false
		}
		if (descriptionReader{d.Document}).introducedAs(m, head) {
			return true // "a militant group, the Movement ...", "The party, the Democratic Left Alliance"
		}
		if cc == "" {
			return false // "formed an alliance with ...", "a human rights group": seldom the next one named
		}
		if m.Kind != "" {
			return o.kinds[m.Kind]
		}
		return o.unknown || strings.HasSuffix(strings.ToLower(m.Text), " "+head)
	}
	if m, n := d.laterActors(sent, i, maxLeadSentences, fits); n == 1 {
		return m, true
	}
	return Mention{}, false
}

// namedBefore reports whether the actor of mention m is named before
// token i: its entity's first mention starts before it (Tag groups
// mentions into entities before it resolves references).
func (d cataphoraReader) namedBefore(m *Mention, i int) bool {
	if m.Entity < 0 || m.Entity >= len(d.Entities) || len(d.Entities[m.Entity].Mentions) == 0 {
		return false
	}
	k := d.Entities[m.Entity].Mentions[0]
	return k >= 0 && k < len(d.Mentions) && d.Mentions[k].First < i
}
