package main

import (
	"fmt"
	"io"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/geoextract/geoextract/entity"
	"github.com/geoextract/geoextract/internal/english"
	"github.com/geoextract/geoextract/internal/gold"
	"github.com/geoextract/geoextract/internal/text"
	"github.com/geoextract/geoextract/relation"
)

// nounInfo is what the lexicon says of one form of an event noun: the
// roots of its entries and the prepositions of their object frames.
type nounInfo struct {
	roots  []string
	frames []string
}

// eventNouns maps each form of the lexicon's one-word noun triggers with
// no "then" pattern ("talks", "visit", "visits") to its roots and frames;
// with roots, only the entries of those CAMEO roots.
func eventNouns(lex *relation.Lexicon, roots []string) map[string]*nounInfo {
	out := map[string]*nounInfo{}
	for _, t := range lex.Triggers() {
		if t.Kind != relation.TriggerNoun || t.Then != "" || len(t.CAMEO) < 2 || strings.Contains(t.Lemma, " ") || len(roots) > 0 && !contains(roots, t.CAMEO[:2]) {
			continue
		}
		for f := range english.NounForms(t.Lemma) {
			in := out[f]
			if in == nil {
				in = &nounInfo{}
				out[f] = in
			}
			in.roots = addOnce(in.roots, t.CAMEO[:2])
			for _, p := range t.Frames {
				in.frames = addOnce(in.frames, p)
			}
		}
	}
	return out
}

func addOnce(xs []string, x string) []string {
	for _, y := range xs {
		if y == x {
			return xs
		}
	}
	return append(xs, x)
}

// nominal is an anaphoric event noun: determiner, modifiers, noun.
type nominal struct {
	sentence  int // index into Document.Sentences
	det, noun int // document token indexes
	roots     []string
	own       bool // a participant of its own: a mention in the phrase or a frame after it
}

// finder finds anaphoric event nouns. It is read-only after newFinder.
type finder struct {
	cfg   *config
	tab   *english.Table
	nouns map[string]*nounInfo
}

// nominals returns the anaphoric event nouns of doc, in text order.
func (f *finder) nominals(doc *entity.Document) []nominal {
	inMention := make([]bool, len(doc.Tokens))
	for _, m := range doc.Mentions {
		for k := m.First; k < m.Last && k >= 0 && k < len(inMention); k++ {
			inMention[k] = true
		}
	}
	var out []nominal
	for si, se := range doc.Sentences {
		if se.First < 0 || se.Last > len(doc.Tokens) {
			continue
		}
		for k := se.First; k < se.Last; k++ {
			t := doc.Tokens[k]
			in := f.nouns[strings.ToLower(t.Text)]
			if in == nil || !text.POS(t.POS).IsNoun() || !lowerInitial(t.Text) {
				continue
			}
			det, own := -1, inMention[k]
			for j, mods := k-1, 0; j >= se.First; j-- {
				w := strings.ToLower(doc.Tokens[j].Text)
				if inClasses(f.tab, f.cfg.DeterminerClasses, f.cfg.Determiners, w) {
					det = j
					break
				}
				p := text.POS(doc.Tokens[j].POS)
				if mods >= f.cfg.MaxModifiers || !lowerInitial(doc.Tokens[j].Text) || !p.IsAdjective() && !p.IsNoun() {
					break
				}
				own = own || inMention[j]
				mods++
			}
			if det < 0 {
				continue
			}
			if k+1 < se.Last {
				w := strings.ToLower(doc.Tokens[k+1].Text)
				own = own || inClasses(f.tab, f.cfg.OwnClasses, in.frames, w)
			}
			out = append(out, nominal{sentence: si, det: det, noun: k, roots: in.roots, own: own})
		}
	}
	return out
}

func lowerInitial(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLower(r)
}

// counts is the measurement over a set of documents.
type counts struct {
	docs, gold, missed int
	// nominalMisses are missed gold relations whose trigger holds an
	// anaphoric event noun of the gold root with no participant of its
	// own; ceiling are those with an antecedent (an earlier gold or
	// extracted relation of the root between the same pair), byGold and
	// byExtracted by where the antecedent was found, distance by the
	// sentences between the antecedent and the noun.
	nominalMisses, ceiling, byGold, byExtracted int
	distance                                    map[int]int
	// nominals are the anaphoric event nouns with no participant of their
	// own; fire are those after an extracted relation of one of their roots
	// with an object within the window (where event coreference would emit
	// a relation); marked of them have a gold relation on the noun (found
	// of them already extracted), unmarked have none.
	nominals, fire, marked, found, unmarked int
}

// docIndex answers sentence questions about one tagged document.
type docIndex struct{ doc *entity.Document }

// sentenceAt returns the index of the sentence holding byte offset pos,
// or -1.
func (x docIndex) sentenceAt(pos int) int {
	ss := x.doc.Sentences
	i := sort.Search(len(ss), func(i int) bool { return ss[i].End > pos })
	if i < len(ss) && ss[i].Start <= pos {
		return i
	}
	return -1
}

// measure adds document d, tagged as doc with the relations rs extracted,
// to c; v, when not nil, gets a line for each ceiling miss and each
// unmarked firing.
func (f *finder) measure(c *counts, d gold.Doc, doc *entity.Document, rs []relation.Relation, v io.Writer) {
	x := docIndex{doc}
	matched := gold.Matched(d, rs)
	noms := f.nominals(doc)
	c.docs++
	c.gold += len(d.Relations)
	starts := make([]int, len(d.Relations))
	for i, g := range d.Relations {
		starts[i] = -1
		if g.Sentence != "" {
			starts[i] = strings.Index(d.Text, g.Sentence)
		}
	}
	for gi, g := range d.Relations {
		if matched[gi] {
			continue
		}
		c.missed++
		if starts[gi] < 0 || len(g.CAMEO) < 2 {
			continue
		}
		si := x.sentenceAt(starts[gi])
		if !f.onNominal(doc, noms, si, g) {
			continue
		}
		c.nominalMisses++
		best := -1
		fromGold, fromExtracted := false, false
		for gj, h := range d.Relations {
			if gj == gi || starts[gj] < 0 || starts[gj] >= starts[gi] || !gold.SameRoot(h.CAMEO, g) || !samePair(g, h) {
				continue
			}
			if sj := x.sentenceAt(starts[gj]); sj >= 0 && sj < si && si-sj <= f.cfg.Window {
				fromGold, best = true, max(best, sj)
			}
		}
		for _, r := range rs {
			if r.Object == nil || !gold.SameRoot(r.CAMEO, g) || !pairMatches(r, g) {
				continue
			}
			if sj := x.sentenceAt(r.Sentence.Start); sj >= 0 && sj < si && si-sj <= f.cfg.Window {
				fromExtracted, best = true, max(best, sj)
			}
		}
		if best < 0 {
			continue
		}
		c.ceiling++
		if fromGold {
			c.byGold++
		}
		if fromExtracted {
			c.byExtracted++
		}
		if c.distance == nil {
			c.distance = map[int]int{}
		}
		c.distance[si-best]++
		if v != nil {
			fmt.Fprintf(v, "ceiling\t%s\t%s [%s]\t%s\n", d.ID, g.Predicate, g.Trigger, g.Sentence)
		}
	}
	for _, n := range noms {
		if n.own {
			continue
		}
		c.nominals++
		if !f.antecedent(x, rs, n) {
			continue
		}
		c.fire++
		marked, found := false, false
		noun := strings.ToLower(doc.Tokens[n.noun].Text)
		for gi, g := range d.Relations {
			if starts[gi] < 0 || x.sentenceAt(starts[gi]) != n.sentence || len(g.CAMEO) < 2 || !contains(n.roots, g.CAMEO[:2]) || !hasWord(g.Trigger, noun) {
				continue
			}
			marked = true
			found = found || matched[gi]
		}
		switch {
		case marked:
			c.marked++
			if found {
				c.found++
			}
		default:
			c.unmarked++
			if v != nil {
				se := doc.Sentences[n.sentence]
				fmt.Fprintf(v, "unmarked\t%s\t%s\t%s\n", d.ID, doc.Text[doc.Tokens[n.det].Start:doc.Tokens[n.noun].End], doc.Text[se.Start:se.End])
			}
		}
	}
}

// onNominal reports whether sentence si holds an anaphoric event noun
// with no participant of its own, of g's root, that is a word of g's
// trigger.
func (f *finder) onNominal(doc *entity.Document, noms []nominal, si int, g gold.Rel) bool {
	for _, n := range noms {
		if n.sentence == si && !n.own && contains(n.roots, g.CAMEO[:2]) && hasWord(g.Trigger, strings.ToLower(doc.Tokens[n.noun].Text)) {
			return true
		}
	}
	return false
}

// antecedent reports whether an extracted relation with an object, of one
// of n's roots, lies in the window of sentences before n's.
func (f *finder) antecedent(x docIndex, rs []relation.Relation, n nominal) bool {
	for _, r := range rs {
		if r.Object == nil || len(r.CAMEO) < 2 || !contains(n.roots, r.CAMEO[:2]) {
			continue
		}
		if sj := x.sentenceAt(r.Sentence.Start); sj >= 0 && sj < n.sentence && n.sentence-sj <= f.cfg.Window {
			return true
		}
	}
	return false
}

// argKey identifies a gold argument: its id, else its folded name.
func argKey(a *gold.Arg) string {
	if a == nil {
		return ""
	}
	if a.ID != nil && *a.ID != "" {
		return strings.ToUpper(*a.ID)
	}
	return gold.NormName(a.Name)
}

// samePair reports whether two gold relations have the same two
// arguments, in either order.
func samePair(g, h gold.Rel) bool {
	a, b := argKey(g.Subject), argKey(g.Object)
	p, q := argKey(h.Subject), argKey(h.Object)
	return a == p && b == q || a == q && b == p
}

// pairMatches reports whether r's arguments match g's, in either order.
func pairMatches(r relation.Relation, g gold.Rel) bool {
	return gold.ArgMatches(&r.Subject, g.Subject) && gold.ArgMatches(r.Object, g.Object) ||
		gold.ArgMatches(&r.Subject, g.Object) && gold.ArgMatches(r.Object, g.Subject)
}

func contains(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

// hasWord reports whether the lower-cased word w is a word of phrase.
func hasWord(phrase, w string) bool {
	for _, x := range strings.FieldsFunc(strings.ToLower(phrase), func(r rune) bool { return !unicode.IsLetter(r) && r != '-' }) {
		if x == w {
			return true
		}
	}
	return false
}

// write prints the table of c.
func (c *counts) write(w io.Writer) {
	pct := func(a, b int) float64 {
		if b == 0 {
			return 0
		}
		return 100 * float64(a) / float64(b)
	}
	fmt.Fprintf(w, "documents %d, gold relations %d, missed %d\n", c.docs, c.gold, c.missed)
	fmt.Fprintf(w, "missed on an anaphoric event noun with no participant of its own: %d\n", c.nominalMisses)
	fmt.Fprintf(w, "  with an antecedent (ceiling): %d = %.1f%% of misses (gold antecedent %d, extracted %d)\n", c.ceiling, pct(c.ceiling, c.missed), c.byGold, c.byExtracted)
	var ds []int
	for d := range c.distance {
		ds = append(ds, d)
	}
	sort.Ints(ds)
	fmt.Fprint(w, "  sentences back:")
	for _, d := range ds {
		fmt.Fprintf(w, " %d:%d", d, c.distance[d])
	}
	fmt.Fprintln(w)
	fmt.Fprintf(w, "anaphoric event nouns with no participant of their own: %d\n", c.nominals)
	fmt.Fprintf(w, "  after an extracted relation of their root (would fire): %d\n", c.fire)
	fmt.Fprintf(w, "    marked by the annotator: %d (already extracted %d)\n", c.marked, c.found)
	fmt.Fprintf(w, "    unmarked: %d (%.1f unmarked per marked)\n", c.unmarked, float64(c.unmarked)/float64(max(c.marked, 1)))
}
