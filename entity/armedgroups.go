package entity

import (
	"strings"

	"github.com/geoextract/geoextract/internal/english"
	"github.com/geoextract/geoextract/internal/text"
)

// soleArmedGroup resolves a noun of the members of an armed group (class
// armed_group_members: "rebels", "the rebels", "Ugandan rebels",
// "insurgents") that nothing closer resolves to the one armed group the
// document names, before or after it: "Government troops launched an
// offensive against rebels ... . A leader of the Seleka rebel coalition
// said" gives Seleka. An armed group is an organization of a gazetteer
// kind the noun may name (class organization_nouns: "rebels" names an
// armed-group); names of one entity count once. The mention returned is
// the group's closest before the noun, else its first after.
//
// It reports false when the document names no such group or more than
// one ("the rebels" between the JEM and the Janjaweed is either), when
// an organization's name marks the noun itself ("JEM rebels": the phrase
// names its group), or when a nationality or a country marks it ("Kurdish
// rebels", "Ugandan rebels") and the group is known to be of another
// country. Like Referent it only reads the Document; on a Document Tag
// made it takes time logarithmic in the document's mentions (see
// Index), else linear.
func (d groupReader) soleArmedGroup(i int) (Mention, bool) {
	if i < 0 || i >= len(d.Tokens) {
		return Mention{}, false
	}
	lw := strings.ToLower(d.Tokens[i].Text)
	o, ok := orgNouns[lw]
	if !ok || !isWord(english.ArmedGroupMembers, lw) || !text.POS(d.Tokens[i].POS).IsNoun() && d.Tokens[i].POS != 0 {
		return Mention{}, false
	}
	if d.compoundBefore(i) {
		// "anti-Assad rebels", "Somali-based militants": the compound
		// says whose they are, and it is not the group's name.
		return Mention{}, false
	}
	cc := ""
	if b := d.markerBefore(i); b >= 0 {
		m := &d.Mentions[b]
		if m.Type == Org {
			return Mention{}, false // "JEM rebels": the group is named here
		}
		cc = m.CountryCode()
	}
	group, indexed := d.armedGroupBefore(lw, i) // Tag's Index
	if !indexed {
		group = d.armedGroupScan(o, i)
	}
	if group < 0 {
		return Mention{}, false
	}
	g := d.Mentions[group]
	gc := g.CountryCode()
	if gc == "" {
		// A group of no one country (al-Qaeda, the Islamic State) is
		// often named in passing, for the background of a local fight.
		return Mention{}, false
	}
	if cc != "" && gc != cc {
		return Mention{}, false // "Kurdish rebels" are no group of another country
	}
	return g, true
}

// compoundBefore reports whether a hyphenated compound stands among the
// few words before the noun at token i that open its phrase, with only
// the phrase's modifiers (see Phrases.Modifier) and mentions between
// ("anti-Assad rebels", "Somali-based armed militants").
func (d groupReader) compoundBefore(i int) bool {
	s := d.sentenceOf(i)
	if s < 0 {
		return false
	}
	for k := i - 1; k >= d.Sentences[s].First && k >= i-maxModifiers-1; k-- {
		w := d.Tokens[k].Text
		switch {
		case w == "-" || len(w) > 1 && strings.Contains(w, "-"):
			return true
		case d.MentionAt(k) < 0 && !d.Phrases().Modifier(k):
			return false
		}
	}
	return false
}

// markerBefore returns the index in d.Mentions of the mention that marks
// the noun at token i: one that ends just before it or before one
// lower-case modifier of it ("Kurdish rebels", "northern Ugandan rebels",
// "JEM rebels", "Ugandan armed rebels"), in its sentence; -1 for none.
func (d groupReader) markerBefore(i int) int {
	s := d.sentenceOf(i)
	if s < 0 {
		return -1
	}
	b := i - 1
	if b > d.Sentences[s].First && d.Phrases().Modifier(b) {
		b--
	}
	if b < d.Sentences[s].First {
		return -1
	}
	n := d.MentionAt(b)
	if n < 0 || d.Mentions[n].Last != b+1 {
		return -1
	}
	return n
}

// armedGroupScan is armedGroupBefore without an Index: it scans the
// mentions for the organizations of a kind o may name and returns the
// group's mention closest before token i, else its first; -1 when there
// is no group or two.
func (d groupReader) armedGroupScan(o orgNoun, i int) int {
	group := -1
	key := ""
	for k := range d.Mentions {
		m := &d.Mentions[k]
		if m.Type != Org || !o.kinds[m.Kind] {
			continue
		}
		mk := groupKey(m)
		switch {
		case group < 0:
			group, key = k, mk
		case mk != key:
			return -1 // two groups: either may be meant
		case m.First < i:
			group = k // the closest before the noun
		}
	}
	return group
}

// groupKey tells the groups of soleArmedGroup apart: names of one entity
// (its id, else its name) count once.
func groupKey(m *Mention) string {
	if m.ID != "" {
		return m.ID
	}
	return strings.ToLower(m.Name)
}
