package entity

import (
	"sort"
	"strings"

	"github.com/geoextract/geoextract/internal/english"
	"github.com/geoextract/geoextract/internal/text"
)

// Index holds what the reference rules would otherwise find by scanning
// the whole document once per reference: the first mention and the first
// entity of each id (countryMention), the organizations each armed noun
// may name (soleArmedGroup) and the plural common nouns before each token
// (pluralNounBetween). Tag builds it, in two steps (mentions, then
// entities), and never changes it after Tag returns: it is safe for
// concurrent use. It is read only for the slices it was built from (the
// same array; a prefix of the mentions for a view of the mentions before
// a quotation, see frameView), so that a Document built or edited by hand
// gets the scans it always got. A nil or zero Index indexes nothing.
type Index struct {
	mentions []Mention      // the Mentions indexed, ordered by First
	firstID  map[string]int // per id: its first mention
	armed    map[string]armedNoun
	plural   []int32 // per token j: plural common nouns among tokens [0, j)

	entities []Entity       // the Entities indexed; nil until indexEntities
	entityID map[string]int // per id: its first entity

	// genders are the genders the Tagger's gazetteer states of people,
	// by id (the Tagger's map, shared and never changed); nil when it
	// states none.
	genders map[string]gender
}

// Equal reports whether x and y are both nil or both not: an index is
// made from its Document's other fields, which a comparison of two
// Documents (with go-cmp, which calls Equal) compares in full.
func (x *Index) Equal(y *Index) bool { return (x == nil) == (y == nil) }

// armedNoun is the index of one noun of class armed_group_members: the
// mentions of organizations of a kind it may name, in text order, and
// the first of them of another group than the first one's.
type armedNoun struct {
	ks      []int
	another int // len(d.Mentions) when none
}

// indexMentions builds the index of doc's mentions and tokens, once its
// mentions are final and ordered by First.
func indexMentions(doc *Document) {
	ms := doc.Mentions
	x := &Index{mentions: ms, firstID: make(map[string]int), armed: map[string]armedNoun{}}
	for k := range ms {
		if _, ok := x.firstID[ms[k].ID]; !ok {
			x.firstID[ms[k].ID] = k
		}
	}
	x.plural = make([]int32, len(doc.Tokens)+1)
	for j, tk := range doc.Tokens {
		x.plural[j+1] = x.plural[j]
		lw := strings.ToLower(tk.Text)
		if text.POS(tk.POS) == text.NNS && !isWord(english.TimePlurals, lw) && doc.MentionAt(j) < 0 {
			x.plural[j+1]++
		}
		if _, done := x.armed[lw]; done {
			continue
		}
		o, ok := orgNouns[lw]
		if !ok || !isWord(english.ArmedGroupMembers, lw) {
			continue
		}
		a := armedNoun{another: len(ms)}
		key := ""
		for k := range ms {
			m := &ms[k]
			if m.Type != Org || !o.kinds[m.Kind] {
				continue
			}
			mk := groupKey(m)
			if len(a.ks) == 0 {
				key = mk
			} else if mk != key && a.another == len(ms) {
				a.another = k
			}
			a.ks = append(a.ks, k)
		}
		x.armed[lw] = a
	}
	doc.Index = x
}

// indexEntities adds doc's entities to its index, once they are final.
func indexEntities(doc *Document) {
	x := doc.Index
	if x == nil {
		return
	}
	x.entities = doc.Entities
	x.entityID = make(map[string]int, len(doc.Entities))
	for e := range doc.Entities {
		if _, ok := x.entityID[doc.Entities[e].ID]; !ok {
			x.entityID[doc.Entities[e].ID] = e
		}
	}
}

// sameStart reports whether a and b are non-empty and start at the same
// element.
func sameStart[T any](a, b []T) bool {
	return len(a) > 0 && len(b) > 0 && &a[0] == &b[0]
}

// mentionIndex returns d's index when it covers d.Mentions, which may be
// a prefix of the mentions indexed (see frameView).
func (d *Document) mentionIndex() *Index {
	if x := d.Index; x != nil && sameStart(x.mentions, d.Mentions) && len(d.Mentions) <= len(x.mentions) {
		return x
	}
	return nil
}

// fullIndex returns d's index when it covers all of d.Mentions, as they
// were indexed.
func (d *Document) fullIndex() *Index {
	if x := d.mentionIndex(); x != nil && len(d.Mentions) == len(x.mentions) {
		return x
	}
	return nil
}

// entityIndex returns d's index when it covers d.Entities.
func (d *Document) entityIndex() *Index {
	if x := d.Index; x != nil && sameStart(x.entities, d.Entities) && len(d.Entities) == len(x.entities) {
		return x
	}
	return nil
}

// firstEntity returns the first entity of id cc, as a scan of d.Entities
// finds it.
func (d *Document) firstEntity(cc string) (int, bool) {
	if x := d.entityIndex(); x != nil {
		e, ok := x.entityID[cc]
		return e, ok
	}
	for e := range d.Entities {
		if d.Entities[e].ID == cc {
			return e, true
		}
	}
	return -1, false
}

// firstMentionOf returns the first mention of id cc, as a scan of
// d.Mentions finds it.
func (d *Document) firstMentionOf(cc string) (int, bool) {
	if x := d.mentionIndex(); x != nil {
		k, ok := x.firstID[cc]
		return k, ok && k < len(d.Mentions)
	}
	for k := range d.Mentions {
		if d.Mentions[k].ID == cc {
			return k, true
		}
	}
	return -1, false
}

// armedGroupBefore returns, from the index, what soleArmedGroup's scan of
// the mentions finds for the armed noun lw at token i: the group's mention
// closest before i, else its first; -1 when no group or two. ok is false
// when the index does not cover d.
func (d *Document) armedGroupBefore(lw string, i int) (group int, ok bool) {
	x := d.mentionIndex()
	if x == nil {
		return -1, false
	}
	a, found := x.armed[lw]
	if !found {
		return -1, false
	}
	n := len(d.Mentions)
	if len(a.ks) == 0 || a.ks[0] >= n || a.another < n {
		return -1, true
	}
	// The mentions are ordered by First: those before i are a prefix.
	c := sort.Search(len(a.ks), func(j int) bool { return a.ks[j] >= n || d.Mentions[a.ks[j]].First >= i })
	if c == 0 {
		return a.ks[0], true
	}
	return a.ks[c-1], true
}

// pluralNounsIn returns, from the index, how many plural common nouns
// that no mention covers, other than nouns of spans of time, stand among
// tokens [lo, hi); ok is false when the index does not cover d.
func (d *Document) pluralNounsIn(lo, hi int) (n int, ok bool) {
	x := d.fullIndex()
	if x == nil || lo < 0 || hi >= len(x.plural) {
		return 0, false
	}
	if lo >= hi {
		return 0, true
	}
	return int(x.plural[hi] - x.plural[lo]), true
}
