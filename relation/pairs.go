package relation

import (
	_ "embed"
	"fmt"
	"io"
	"iter"
	"slices"
	"sync"

	"github.com/geoextract/geoextract/entity"
	"github.com/geoextract/geoextract/internal/fnvhash"
	"github.com/geoextract/geoextract/internal/hashtab"
	"github.com/geoextract/geoextract/internal/modelio"
	"github.com/geoextract/geoextract/internal/syntax"
	"github.com/geoextract/geoextract/internal/text"
	"github.com/geoextract/geoextract/relation/internal/pairs"
)

// The relation model: after the rules, every ordered pair of distinct
// actors of a sentence that the rules relate in neither direction is read
// by a trained classifier (package pairs) as no relation or as one of the
// twenty CAMEO roots, from features of the sentence's dependency parse
// (the path between the two actors, the words on it and between them),
// the actors' kinds, and what the rules and the lexicon found in the
// sentence (the relations made, and the subjects and objects found for
// each trigger, also when it gave no relation). The features are built from whatever words the sentence has;
// no word is named here.

// maxPairActors bounds the distinct actors of one sentence that are
// paired (the first ones in the sentence), so that the pairs of a
// sentence stay a bounded number and the cost linear in the input.
const maxPairActors = 8

// Model is a trained relation model (see WithModel). It is immutable and
// safe for concurrent use; the zero Model proposes no relation.
type Model struct{ m *pairs.Model }

// LoadModel reads a model file written by the trainer
// (relation/internal/pairtrain) from r. A corrupt file gives an error
// naming the byte offset, never a panic.
func LoadModel(r io.Reader) (*Model, error) {
	data, err := io.ReadAll(io.LimitReader(r, modelio.MaxDecoded+1))
	if err != nil {
		return nil, fmt.Errorf("relation: %w", err)
	}
	return decodeModel(data)
}

// decodeModel decodes a model file's bytes.
func decodeModel(data []byte) (*Model, error) {
	m, err := pairs.Decode(data)
	if err != nil {
		return nil, fmt.Errorf("relation: %w", err)
	}
	return &Model{m: m}, nil
}

// String describes the model's size and margin.
func (m *Model) String() string {
	if m == nil || m.m == nil {
		return "no relation model"
	}
	return m.m.String()
}

//go:embed data/pairs.model
var pairsModel []byte

var defaultModel = sync.OnceValues(func() (*Model, error) { return decodeModel(pairsModel) })

// DefaultModel returns the embedded relation model (data/pairs.model; see
// data/NOTICE.md), decoded once per process.
func DefaultModel() (*Model, error) { return defaultModel() }

// Candidate is an ordered pair of distinct actors of one sentence, with
// the hashed features the relation model reads, for training a model on
// one's own annotations (see Extractor.Candidates). It is a plain value,
// safe to copy and share; the zero value is no pair.
type Candidate struct {
	Sentence        Span
	Subject, Object Argument
	// Ruled: the rules relate the two actors in this sentence (in either
	// direction); the model does not read such a pair.
	Ruled bool
	// Triggered: a trigger of the lexicon matched in the sentence.
	Triggered bool
	Features  []uint64
	// Joins: the words joining the two on the parse (their lowest
	// common ancestor and the words of the path between them), where
	// an annotated trigger is expected.
	Joins []Span
	// Cues: the roots of the lexicon's triggers at the word joining the
	// two actors on the parse, then on the path between them.
	Cues []Predicate
}

// Candidates returns the candidate pairs of every sentence of doc, in
// sentence order, with their features, as Extract builds them (the same
// options, the rules run first), also in the sentences without a trigger
// of the lexicon, which the model does not read (see Triggered).
// Sentences without a parse give none, and neither does a pair joined
// through a trigger the rules read as no event (asked, believed, denied).
func (x *Extractor) Candidates(doc *entity.Document) []Candidate {
	if x == nil {
		return nil
	}
	var out []Candidate
	y := *x
	y.opts.collect = func(c Candidate) { out = append(out, c) }
	y.Extract(doc)
	return out
}

// SymmetricRoot reports whether at least two fifths of the lexicon's
// triggers of root p are symmetric (their parties interchangeable: meeting, fighting): the
// relation model emits such a root once per pair, the first-mentioned
// party as subject.
func (l *Lexicon) SymmetricRoot(p Predicate) bool {
	return l != nil && p.valid() && l.symmetric[p]
}

// pairReader builds the candidate pairs of one sentence and reads them
// with the model. It is a view of the sentence with no state of its own.
type pairReader struct{ *sentence }

// pairActor is one distinct actor of the sentence and the graph word
// that heads its mention.
type pairActor struct {
	a    actor
	head int
}

// actors returns the distinct actors of the sentence's phrases, at most
// maxPairActors, with the graph words heading their mentions.
func (s pairReader) actors(g *syntax.Graph) []pairActor {
	var out []pairActor
	seen := map[string]bool{}
	add := func(a actor) {
		if seen[a.key()] || len(out) == maxPairActors {
			return
		}
		h := s.headOf(g, a)
		if h < 0 {
			return
		}
		seen[a.key()] = true
		out = append(out, pairActor{a: a, head: h})
	}
	for _, c := range s.chunks {
		for _, a := range c.actors {
			if !a.weak && !a.unnamed {
				add(a)
			}
		}
	}
	return out
}

// headOf returns the graph word that heads a's mention: of the words in
// its byte span, the one whose head lies outside it; -1 when none is.
func (s pairReader) headOf(g *syntax.Graph, a actor) int {
	in := func(w int) bool {
		return w >= 0 && g.Words[w].Start >= a.arg.Start && g.Words[w].End <= a.arg.End
	}
	for w := range g.Words {
		if in(w) && !in(g.Words[w].Head) {
			return w
		}
	}
	if a.tok >= 0 && a.tok < len(s.pv.tokWord) {
		return s.pv.tokWord[a.tok]
	}
	return -1
}

// ruleFacts is what the rules found in the sentence, by actor key.
type ruleFacts struct {
	pair          map[[2]string][]Predicate // related in this direction, with these roots
	subjOf, objOf map[string][]Predicate
	subjNull      map[string][]Predicate // subject of a relation without object
	n             int
}

func newRuleFacts(rs []Relation) ruleFacts {
	f := ruleFacts{pair: map[[2]string][]Predicate{}, subjOf: map[string][]Predicate{}, objOf: map[string][]Predicate{}, subjNull: map[string][]Predicate{}, n: len(rs)}
	for _, r := range rs {
		a := argKey(r.Subject)
		if r.Object == nil {
			f.subjNull[a] = append(f.subjNull[a], r.Predicate)
			continue
		}
		b := argKey(*r.Object)
		f.pair[[2]string{a, b}] = append(f.pair[[2]string{a, b}], r.Predicate)
		f.subjOf[a] = append(f.subjOf[a], r.Predicate)
		f.objOf[b] = append(f.objOf[b], r.Predicate)
	}
	return f
}

// pairRelations reads the sentence's candidate pairs that the rules (rs)
// leave unrelated: with the model, the relations it proposes; with
// collect, every candidate is handed to it.
func (x *Extractor) pairRelations(s *sentence, rs []Relation, published entity.Date) []Relation {
	m := x.opts.model
	if m == nil && x.opts.collect == nil {
		return nil
	}
	if len(s.chunks) < 2 {
		return nil
	}
	triggered := hasTrigger(s)
	if !triggered && x.opts.collect == nil {
		// A sentence without a trigger of the lexicon is not parsed
		// for the model: the parse is most of its cost, and a model
		// that reads such sentences too gained in cross-validation but
		// not on unseen news (relation/data/NOTICE.md). Candidates
		// still gives their pairs.
		return nil
	}
	p := pairReader{s}
	n := 0
	seen := map[string]bool{}
	for _, c := range s.chunks {
		for _, a := range c.actors {
			if !a.weak && !a.unnamed && !seen[a.key()] {
				seen[a.key()] = true
				n++
			}
		}
	}
	if n < 2 {
		return nil
	}
	facts := newRuleFacts(rs)
	if x.opts.collect == nil {
		// Parse only when a pair is left for the model.
		left := false
		keys := make([]string, 0, len(seen))
		for k := range seen {
			keys = append(keys, k)
		}
		for i := range keys {
			for j := range keys {
				if i != j && facts.pair[[2]string{keys[i], keys[j]}] == nil {
					left = true
				}
			}
		}
		if !left {
			return nil
		}
	}
	g := graphReader{s}.syntaxGraph()
	if g == nil || len(g.Words) == 0 {
		return nil
	}
	as := p.actors(g)
	var out []Relation
	var dates []dateAt
	datesRead := false
	var keys []uint64
	// shared: the relations read between two actors of one phrase (the
	// members of "the two leaders"), by root and ordered pair of keys.
	shared := map[sharedPair]bool{}
	cleared := clearedReader{s: s}
	for i := range as {
		for j := range as {
			A, B := as[i], as[j]
			if i == j || sameActor(A.a, B.a) {
				continue
			}
			ka, kb := A.a.key(), B.a.key()
			ruled := facts.pair[[2]string{ka, kb}] != nil || facts.pair[[2]string{kb, ka}] != nil
			if ruled && x.opts.collect == nil {
				continue
			}
			keys, pp := p.features(keys[:0], g, A, B, facts, triggered)
			lca := pp.lca
			if pp.held {
				continue
			}
			if x.opts.collect != nil {
				x.opts.collect(Candidate{Sentence: s.span, Subject: A.a.arg, Object: B.a.arg, Ruled: ruled, Triggered: triggered,
					Features: append([]uint64(nil), keys...), Joins: joins(g, s.doc.Text, A.head, B.head, lca), Cues: pp.cues})
				if m == nil {
					continue
				}
			}
			if ruled || m == nil || m.m == nil {
				continue
			}
			c, _ := m.m.Decide(keys)
			if c == pairs.None {
				continue
			}
			pred := Predicate(c)
			if cleared.clears(pred, ka, kb) {
				// "X said Y had not attacked Z": X clears Y.
				continue
			}
			if A.a.arg.Start == B.a.arg.Start && A.a.arg.End == B.a.arg.End {
				// "the two sides", "both leaders": the phrase gives no
				// direction between its members, one record per pair
				// (read in both directions, the second is the first
				// again).
				if shared[sharedPair{pred, kb, ka}] {
					continue
				}
				shared[sharedPair{pred, ka, kb}] = true
			}
			subj, obj := A.a, B.a
			if x.lex.SymmetricRoot(pred) && obj.arg.Start < subj.arg.Start {
				subj, obj = obj, subj
			}
			w := p.triggerWord(g, lca, A, B)
			tok := s.pv.wordTok[w]
			wd := g.Words[w]
			if wd.Start < 0 || wd.End > len(s.doc.Text) || wd.Start >= wd.End {
				continue
			}
			t := &trig{start: tok, end: tok + 1, head: tok, e: &entry{pred: pred, code: pred.Code()}, gaps: []bool{false}}
			ev := event{t: t, subj: []actor{subj}, obj: []actor{obj}, subjEnd: -1, modFrom: -1}
			modalReader{s}.modality(&ev)
			if !datesRead {
				dates, datesRead = dateReader{s}.dates(published), true
			}
			o := obj.arg
			out = append(out, Relation{
				Subject: subj.arg, Object: &o, Predicate: pred, CAMEO: pred.Code(),
				Trigger:  Span{Start: wd.Start, End: wd.End, Text: s.doc.Text[wd.Start:wd.End]},
				Sentence: s.span, Negated: ev.negated, Modality: ev.modality,
				Date: dateReader{s}.eventDate(dates, tok, modalReader{s}.future(&ev)),
			})
		}
	}
	return out
}

// sharedPair is a root read by the model between two members of one
// phrase, in one direction.
type sharedPair struct {
	pred   Predicate
	subj   string
	object string
}

// hasTrigger reports whether a trigger of the lexicon with a code matched
// in the sentence (suppressed or not).
func hasTrigger(s *sentence) bool {
	for k := range s.matches {
		if s.matches[k].e.code != "" {
			return true
		}
	}
	return false
}

// actorKeys returns the keys of as.
func actorKeys(as []actor) []string {
	out := make([]string, len(as))
	for i, a := range as {
		out[i] = a.key()
	}
	return out
}

// triggerWord returns the word that stands for the event between A and
// B: the lowest common ancestor of their heads, or, when that is inside a
// mention, the nearest word of the path outside both.
func (s pairReader) triggerWord(g *syntax.Graph, lca int, A, B pairActor) int {
	inMention := func(w int) bool {
		st, en := g.Words[w].Start, g.Words[w].End
		return st >= A.a.arg.Start && en <= A.a.arg.End || st >= B.a.arg.Start && en <= B.a.arg.End
	}
	if !inMention(lca) {
		return lca
	}
	for _, h := range []int{B.head, A.head} {
		for w, k := g.Words[h].Head, 0; w >= 0 && w != lca && k < 64; w, k = g.Words[w].Head, k+1 {
			if !inMention(w) {
				return w
			}
		}
	}
	return lca
}

// fhash hashes a feature's template and parts (FNV-1a, parts separated).
type fhash uint64

func newFeature(tmpl string) fhash { return fhash(fnvhash.Offset).add(tmpl) }

// add continues the hash over s and a separator byte that no UTF-8 text
// holds.
func (h fhash) add(s string) fhash { return fhash(fnvhash.AddByte(fnvhash.Add(uint64(h), s), 0xff)) }

// key finishes the hash into a feature key (mixed, never 0).
func (h fhash) key() uint64 {
	x := uint64(h)
	x ^= x >> 33
	x *= 0xff51afd7ed558ccd
	x ^= x >> 33
	return hashtab.NonZero(x)
}

// maxPath bounds the ancestors followed from a head (a tree is shallower).
const maxPath = 64

// ancestors returns w and its heads up to the root.
func ancestors(g *syntax.Graph, w int) []int {
	var out []int
	for k := 0; w >= 0 && k < maxPath; k++ {
		out = append(out, w)
		w = g.Words[w].Head
	}
	return out
}

// distBucket buckets a token distance.
func distBucket(d int) string {
	switch {
	case d <= 1:
		return "1"
	case d <= 3:
		return "3"
	case d <= 6:
		return "6"
	case d <= 10:
		return "10"
	case d <= 20:
		return "20"
	}
	return "far"
}

// form says how the actor is mentioned: a pronoun, a description or a
// name.
func (s pairReader) form(a actor) string {
	switch {
	case a.tok >= 0 && a.tok < s.n() && s.hasPOS && (s.pos[a.tok] == text.PRP || s.pos[a.tok] == text.PRPS):
		return "pron"
	case a.tok >= 0 && a.tok < s.n() && !s.caps[a.tok]:
		return "desc"
	}
	return "name"
}

// features appends the feature keys of the ordered pair (A, B) and
// returns them with what lies on the path joining them.
func (s pairReader) features(keys []uint64, g *syntax.Graph, A, B pairActor, facts ruleFacts, triggered bool) ([]uint64, pairPath) {
	var cues []Predicate
	add := func(h fhash) { keys = append(keys, h.key()) }
	add(newFeature("bias"))
	if !triggered {
		add(newFeature("notrig"))
	}
	upA, upB := ancestors(g, A.head), ancestors(g, B.head)
	lca, ia, ib := -1, -1, -1
	for j, w := range upB {
		for i, v := range upA {
			if v == w {
				lca, ia, ib = w, i, j
				break
			}
		}
		if lca >= 0 {
			break
		}
	}
	if lca < 0 { // a forest: join at the heads' sentence roots
		lca, ia, ib = upA[len(upA)-1], len(upA)-1, len(upB)-1
	}
	lw := g.Words[lca]
	lemma := lw.Lemma
	relA, relB := "self", "self"
	if ia > 0 {
		relA = g.Words[upA[ia-1]].Rel.String()
	}
	if ib > 0 {
		relB = g.Words[upB[ib-1]].Rel.String()
	}
	// The path: relations up from A, down to B, with and without the
	// interior words' lemmas.
	path, lpath := newFeature("path"), newFeature("lpath")
	if ia+ib > 6 {
		path = path.add("long")
		lpath = lpath.add("long")
	} else {
		for _, w := range upA[:ia] {
			path = path.add("^" + g.Words[w].Rel.String())
			lpath = lpath.add("^" + g.Words[w].Rel.String())
			if w != A.head {
				lpath = lpath.add(g.Words[w].Lemma)
			}
		}
		lpath = lpath.add(lemma)
		for k := ib - 1; k >= 0; k-- {
			w := upB[k]
			path = path.add("v" + g.Words[w].Rel.String())
			if w != B.head {
				lpath = lpath.add(g.Words[w].Lemma)
			}
			lpath = lpath.add("v" + g.Words[w].Rel.String())
		}
	}
	add(path)
	add(lpath)
	add(path.add(lw.UPOS))
	add(newFeature("plen").add(distBucket(ia + ib)))
	add(newFeature("lca").add(lemma).add(lw.UPOS))
	add(newFeature("lcapos").add(lw.UPOS))
	add(newFeature("lcaA").add(lemma).add(relA))
	add(newFeature("lcaB").add(lemma).add(relB))
	add(newFeature("lcaAB").add(lemma).add(relA).add(relB))
	add(newFeature("relAB").add(relA).add(relB))
	add(newFeature("relAB-pos").add(relA).add(relB).add(lw.UPOS))
	add(newFeature("neg").add(fmt.Sprint(g.Negated(lca))))
	// The case markers of the two heads ("with", "against").
	for _, x := range []struct {
		name string
		h    int
	}{{"caseA", A.head}, {"caseB", B.head}} {
		for _, c := range g.Dependents(x.h, syntax.Case) {
			add(newFeature(x.name).add(g.Words[c].Lemma))
			add(newFeature(x.name + "-lca").add(g.Words[c].Lemma).add(lemma))
		}
	}
	// The lemmas of the verbs and nouns between the two heads.
	lo, hi := min(A.head, B.head), max(A.head, B.head)
	order := "AB"
	if B.head < A.head {
		order = "BA"
	}
	for w := range contentBetween(g, lo, hi) {
		add(newFeature("btw").add(g.Words[w].Lemma))
		add(newFeature("btw-ord").add(g.Words[w].Lemma).add(order))
	}
	// The actors.
	ka, kb := string(s.actorKind(A.a)), string(s.actorKind(B.a))
	ta, tb := A.a.arg.Type.String(), B.a.arg.Type.String()
	fa, fb := s.form(A.a), s.form(B.a)
	add(newFeature("ka").add(ka).add(ta))
	add(newFeature("kb").add(kb).add(tb))
	add(newFeature("kab").add(ka).add(kb))
	add(newFeature("fab").add(fa).add(fb))
	add(newFeature("tab-lca").add(ta).add(tb).add(lemma))
	d := A.a.tok - B.a.tok
	if d < 0 {
		d = -d
	}
	add(newFeature("ord").add(order))
	add(newFeature("ord-dist").add(order).add(distBucket(d)))
	if A.a.country() != "" && A.a.country() == B.a.country() {
		add(newFeature("samec"))
	}
	// What the rules found.
	for _, x := range []struct {
		name string
		ps   []Predicate
	}{
		{"rsA", facts.subjOf[A.a.key()]}, {"roB", facts.objOf[B.a.key()]},
		{"rsB", facts.subjOf[B.a.key()]}, {"roA", facts.objOf[A.a.key()]},
		{"rnA", facts.subjNull[A.a.key()]}, {"rnB", facts.subjNull[B.a.key()]},
		{"rAB", facts.pair[[2]string{A.a.key(), B.a.key()}]}, {"rBA", facts.pair[[2]string{B.a.key(), A.a.key()}]},
	} {
		for _, p := range x.ps {
			add(newFeature(x.name).add(p.Code()))
		}
	}
	add(newFeature("rn").add(distBucket(facts.n)))
	// The participants the rules found for each trigger, with or without
	// a relation: A as a subject of a trigger that found no object, B
	// as an object of one that found no subject.
	ka2, kb2 := A.a.key(), B.a.key()
	for _, e := range s.found {
		root := e.root.Code()
		inS, inO := slices.Contains(e.subj, ka2), slices.Contains(e.obj, kb2)
		side := "before"
		if B.a.tok > e.tok {
			side = "after"
		}
		switch {
		case inS && len(e.obj) == 0:
			add(newFeature("evS-noobj").add(root))
			add(newFeature("evS-noobj-side").add(root).add(side))
		case inS:
			add(newFeature("evS-obj").add(root))
		}
		switch {
		case inO && len(e.subj) == 0:
			add(newFeature("evO-nosubj").add(root))
		case inO:
			add(newFeature("evO-subj").add(root))
		}
		if slices.Contains(e.subj, kb2) {
			add(newFeature("evSB").add(root))
		}
		if slices.Contains(e.obj, ka2) {
			add(newFeature("evOA").add(root))
		}
	}
	// The lexicon's triggers on the path or between the heads.
	held := false
	onPath := map[int]bool{lca: true}
	for _, w := range upA[:ia] {
		onPath[w] = true
	}
	for _, w := range upB[:ib] {
		onPath[w] = true
	}
	for k := range s.matches {
		t := &s.matches[k]
		if t.e.code == "" || t.head < 0 || t.head >= len(s.pv.tokWord) {
			continue
		}
		w := s.pv.tokWord[t.head]
		sup := fmt.Sprint(t.suppressed)
		root := t.e.pred.Code()
		held = held || onPath[w] && t.unreal
		switch {
		case w == lca:
			cues = append([]Predicate{t.e.pred}, cues...)
			add(newFeature("tlca").add(root))
			add(newFeature("tlca-s").add(root).add(sup))
			add(newFeature("tlca-rel").add(root).add(relA).add(relB))
		case onPath[w]:
			cues = append(cues, t.e.pred)
			add(newFeature("tpath").add(root))
			add(newFeature("tpath-s").add(root).add(sup))
		case w > lo && w < hi:
			add(newFeature("tbtw").add(root))
		default:
			add(newFeature("tout").add(root))
		}
	}
	return keys, pairPath{lca: lca, cues: cues, held: held}
}

// maxBetween bounds the verbs and nouns between a pair's heads that
// give features.
const maxBetween = 12

// contentBetween yields the first maxBetween verbs and nouns strictly
// between the words lo and hi.
func contentBetween(g *syntax.Graph, lo, hi int) iter.Seq[int] {
	return func(yield func(int) bool) {
		for w, k := lo+1, 0; w < hi && k < maxBetween; w++ {
			switch g.Words[w].UPOS {
			case "VERB", "NOUN":
				if !yield(w) {
					return
				}
				k++
			}
		}
	}
}

// pairPath is what features found on the parse path joining a pair: the
// lowest common ancestor, the roots of the lexicon's triggers on it (see
// Candidate.Cues), and whether it holds a trigger the rules read as no
// event at all (asked, believed, denied), a reading the model does not
// overrule.
type pairPath struct {
	lca  int
	cues []Predicate
	held bool
}

// joins returns the spans of the words on the path from a to b through
// their lowest common ancestor lca, without a and b.
func joins(g *syntax.Graph, txt string, a, b, lca int) []Span {
	var out []Span
	add := func(w int) {
		wd := g.Words[w]
		if w != a && w != b && wd.Start >= 0 && wd.Start < wd.End && wd.End <= len(txt) {
			out = append(out, Span{Start: wd.Start, End: wd.End, Text: txt[wd.Start:wd.End]})
		}
	}
	add(lca)
	for _, h := range []int{a, b} {
		for w, k := h, 0; w >= 0 && w != lca && k < maxPath; w, k = g.Words[w].Head, k+1 {
			add(w)
		}
	}
	return out
}
