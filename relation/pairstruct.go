package relation

import (
	"slices"
	"strings"

	"github.com/geoextract/geoextract/internal/syntax"
	"github.com/geoextract/geoextract/relation/internal/pairs"
)

// The relation model's structure features (issue #9; WithStructFeatures):
// how the pair stands to what the rules half found and to the clauses of
// the sentence, told by the dependency parse alone. Three families:
//
//   - partial events: for a trigger whose subject the rules found in A
//     (or whose object they found in B) and whose other side they missed
//     or found in another actor, how B (A) stands to the trigger (the
//     relations down from it: "obl with", "obj", "nmod against") and to
//     the participants found (B a conjunct or an apposition of the found
//     object, the noun of a title "X of Y" or "Y's X" whose X was
//     found), and whether B is the first actor after the trigger in its
//     clause;
//   - triggers next to the path: a trigger of the lexicon that is not on
//     the path joining the pair but a dependent of a word on it (the
//     object noun of "held talks", the complement of "agreed to"), or
//     the word the join itself depends on, by the relation;
//   - clauses: the clause boundaries the path crosses on each side (the
//     relations ccomp, xcomp, advcl, acl, acl:relcl, parataxis, csubj, a
//     conjoined verb), and whether the clause B (A) lies in below the
//     join has a subject of its own that is not the other actor, with
//     the clause's marker.
//
// Every value is a relation label, a part of speech, a root or a word the
// parse marks as a case or clause marker; no word is named here.

// WithStructFeatures sets whether the relation model reads the structure
// features of a pair (issue #9: its relation to the rules' partial
// events, the triggers next to its path, the clauses it crosses). By
// default it is what the model was trained with (the model file records
// it; the embedded model: off), and off for Candidates without a model.
func WithStructFeatures(on bool) Option {
	return func(o *options) { o.structFeat, o.structSet = on, true }
}

// structFeatures reports whether the candidate pairs get the structure
// features (see WithStructFeatures).
func (x *Extractor) structFeatures() bool {
	if x.opts.structSet {
		return x.opts.structFeat
	}
	return x.opts.model != nil && x.opts.model.m != nil && x.opts.model.m.Flags()&pairs.StructFeatures != 0
}

// The families of structure features (all measured; see pairtrain).
const (
	famPartial = 1 << iota
	famNear
	famRoles
	famClauses
	structFamilies = famPartial | famNear | famRoles | famClauses
)

// maxStructDepth bounds the relations followed down from a trigger to an
// actor and up from a join to a trigger.
const maxStructDepth = 4

// clauseRel reports whether word w heads a clause of its own below its
// head: a clausal dependent, or a verb conjoined with a verb.
func clauseRel(g *syntax.Graph, w int) bool {
	switch g.Words[w].Rel.Universal() {
	case syntax.Ccomp, syntax.Xcomp, syntax.Advcl, syntax.Acl, syntax.Parataxis, syntax.Csubj:
		return true
	case syntax.Conj:
		h := g.Words[w].Head
		return h >= 0 && g.Words[w].UPOS == "VERB" && g.Words[h].UPOS == "VERB"
	}
	return false
}

// structView is what the structure features of a sentence's pairs share:
// the graph, the candidate actors' heads by key, and the graph word of
// each trigger the rules read.
type structView struct {
	g     *syntax.Graph
	heads map[string]int
}

// downPath returns the relations from word top down to word w, joined,
// and true when top dominates w within maxStructDepth steps; a case
// marker of w is appended ("obl/with").
func (v structView) downPath(top, w int) (string, bool) {
	var rels []string
	for k := 0; w >= 0 && k <= maxStructDepth; k++ {
		if w == top {
			slices.Reverse(rels)
			return strings.Join(rels, ">"), true
		}
		rels = append(rels, v.g.Words[w].Rel.String())
		w = v.g.Words[w].Head
	}
	return "", false
}

// role names how word w stands to the trigger word t: the relations down
// from t to w with the case marker of the argument under t
// ("obl:with>compound"), or, when t is the object, oblique or clausal
// complement of a word v that dominates w (a light verb, "made a
// protest"; a verb of attempt, "tried to"), "^" and t's relation, then
// the relations down from v; false when neither within maxStructDepth.
func (v structView) role(t, w int) (string, bool) {
	if p, ok := v.downPath(t, w); ok {
		return v.withCase(t, w, p), true
	}
	u := t
	up := ""
	for k := 0; k < 2; k++ {
		h := v.g.Words[u].Head
		if h < 0 {
			break
		}
		switch v.g.Words[u].Rel.Universal() {
		case syntax.Obj, syntax.Obl, syntax.Xcomp, syntax.Ccomp, syntax.Advcl, syntax.Nmod:
		default:
			return "", false
		}
		up += "^" + v.g.Words[u].Rel.Universal().String()
		u = h
		if p, ok := v.downPath(u, w); ok {
			return up + ":" + v.withCase(u, w, p), true
		}
	}
	return "", false
}

// withCase adds to the path p from t down to w the case marker of w
// ("with Uganda"), or, when w has none, that of the argument of t on the
// path (the word below t: "the leader of Uganda" as "with the leader").
func (v structView) withCase(t, w int, p string) string {
	if p == "" {
		return "self"
	}
	if c := v.caseOf(w); c != "" {
		return p + "/" + c
	}
	for a := w; a >= 0 && v.g.Words[a].Head >= 0; a = v.g.Words[a].Head {
		if v.g.Words[a].Head == t {
			if c := v.caseOf(a); c != "" {
				return p + "/" + c
			}
			break
		}
	}
	return p
}

// caseOf returns the lemma of w's case marker, "" when it has none.
func (v structView) caseOf(w int) string {
	for _, c := range v.g.Dependents(w, syntax.Case) {
		return strings.ToLower(v.g.Words[c].Lemma)
	}
	return ""
}

// standing names how word b stands to word a when they stand for one
// argument or one is the other's title: "conj", "appos", "nmod" (b
// modifies a: "the leader of B", "B's leader"), "nmod-of" (a modifies b),
// "" when none of these.
func (v structView) standing(a, b int) string {
	g := v.g
	if a == b {
		return ""
	}
	if slices.Contains(g.Conjuncts(a), b) {
		return "conj"
	}
	if g.Words[b].Head == a && g.Words[b].Rel == syntax.Appos || g.Words[a].Head == b && g.Words[a].Rel == syntax.Appos {
		return "appos"
	}
	if g.Words[b].Head == a && modRel(g.Words[b].Rel) {
		return "mod"
	}
	if g.Words[a].Head == b && modRel(g.Words[a].Rel) {
		return "mod-of"
	}
	return ""
}

// modRel reports whether r attaches a modifier that can name who a noun
// belongs to ("the leader of B", "B's leader", "the Russian envoy").
func modRel(r syntax.Rel) bool {
	switch r.Universal() {
	case syntax.Nmod, syntax.Amod, syntax.Compound, syntax.Flat:
		return true
	}
	return false
}

// inClause reports whether top dominates w without a clause boundary
// between them.
func (v structView) inClause(top, w int) bool {
	for k := 0; w >= 0 && k < maxPath; k++ {
		if w == top {
			return true
		}
		if clauseRel(v.g, w) {
			return false
		}
		w = v.g.Words[w].Head
	}
	return false
}

// isActor reports whether word w heads a candidate actor.
func (v structView) isActor(w int) bool {
	for _, h := range v.heads {
		if h == w {
			return true
		}
	}
	return false
}

// boolStr names a truth value in a feature.
func boolStr(b bool) string {
	if b {
		return "t"
	}
	return "f"
}

// firstAfter returns the head of the first candidate actor after word t
// that t's clause holds, -1 when none.
func (v structView) firstAfter(t int) int {
	best := -1
	for _, h := range v.heads {
		if h > t && (best < 0 || h < best) && v.inClause(t, h) {
			best = h
		}
	}
	return best
}

// structEmit receives one structure feature: its template and its parts.
type structEmit func(tmpl string, parts ...string)

// structFeatures adds the structure features of the ordered pair (A, B),
// whose heads' ancestors are upA and upB, joined at lca = upA[ia] =
// upB[ib], hashed (see structNamed).
func (s pairReader) structFeatures(add func(fhash), g *syntax.Graph, A, B pairActor, upA, upB []int, ia, ib, lca int) {
	s.structNamed(func(tmpl string, parts ...string) { add(structKey(tmpl, parts...)) }, g, A, B, upA, upB, ia, ib, lca)
}

// structKey hashes a structure feature.
func structKey(tmpl string, parts ...string) fhash {
	h := newFeature(tmpl)
	for _, p := range parts {
		h = h.add(p)
	}
	return h
}

// structNamed hands the structure features of the ordered pair (A, B)
// to emit, by name.
func (s pairReader) structNamed(emit structEmit, g *syntax.Graph, A, B pairActor, upA, upB []int, ia, ib, lca int) {
	v := structView{g: g, heads: s.heads}
	ka, kb := A.a.key(), B.a.key()
	onPath := map[int]bool{lca: true}
	for _, w := range upA[:ia] {
		onPath[w] = true
	}
	for _, w := range upB[:ib] {
		onPath[w] = true
	}
	// Partial events.
	for _, e := range s.found {
		if structFamilies&famPartial == 0 {
			break
		}
		if e.tok < 0 || e.tok >= len(s.pv.tokWord) || s.pv.tokWord[e.tok] < 0 {
			continue
		}
		t := s.pv.tokWord[e.tok]
		root := e.root.Code()
		aSubj, bObj := slices.Contains(e.subj, ka), slices.Contains(e.obj, kb)
		if aSubj && !bObj {
			s.partial(emit, v, "S", root, t, B.head, e.obj, len(e.obj) == 0)
		}
		if bObj && !aSubj {
			s.partial(emit, v, "O", root, t, A.head, e.subj, len(e.subj) == 0)
		}
	}
	// Triggers next to the path.
	for k := range s.matches {
		m := &s.matches[k]
		if m.e.code == "" || m.head < 0 || m.head >= len(s.pv.tokWord) {
			continue
		}
		w := s.pv.tokWord[m.head]
		if w < 0 || onPath[w] || structFamilies&famNear == 0 {
			continue
		}
		root := m.e.pred.Code()
		if h := g.Words[w].Head; h >= 0 && onPath[h] {
			emit("st-child", root, g.Words[w].Rel.Universal().String(), boolStr(h == lca))
			continue
		}
		for u, k := g.Words[lca].Head, 0; u >= 0 && k < maxStructDepth; u, k = g.Words[u].Head, k+1 {
			if u == w {
				emit("st-up", root, g.Words[lca].Rel.Universal().String(), boolStr(k == 0))
				break
			}
		}
	}
	// The roles of the two under each trigger.
	for k := range s.matches {
		m := &s.matches[k]
		if structFamilies&famRoles == 0 || m.e.code == "" || m.unreal || m.head < 0 || m.head >= len(s.pv.tokWord) {
			continue
		}
		w := s.pv.tokWord[m.head]
		if w < 0 {
			continue
		}
		ra, okA := v.role(w, A.head)
		rb, okB := v.role(w, B.head)
		if !okA || !okB {
			continue
		}
		root := m.e.pred.Code()
		emit("st-roles", root, ra, rb)
		emit("st-roles-any", ra, rb)
	}
	// Clauses crossed.
	if structFamilies&famClauses != 0 {
		clA, clB := s.clauses(emit, v, upA[:ia], A.head, B.head, "A"), s.clauses(emit, v, upB[:ib], B.head, A.head, "B")
		emit("st-cl", clA, clB)
	}
}

// partial adds the features of a trigger t of root whose side "S" (its
// subject) is the pair's first actor, or side "O" (its object) the
// second, and whose other side found is (found, empty when none) while
// the pair's other actor, with head other, is not among them.
func (s pairReader) partial(emit structEmit, v structView, side, root string, t, other int, found []string, none bool) {
	name := "st-ev" + side
	if none {
		name += "-none"
	}
	if p, ok := v.downPath(t, other); ok {
		emit(name+"-down", root, p, v.caseOf(other))
		emit(name+"-downrel", p)
	} else {
		emit(name+"-notunder", root)
	}
	for _, k := range found {
		h, ok := v.heads[k]
		if !ok {
			continue
		}
		if st := v.standing(h, other); st != "" {
			emit(name+"-found", st, root)
			emit(name+"-found", st)
		}
	}
	if side == "S" && v.firstAfter(t) == other {
		emit(name+"-next", root)
		emit(name + "-next")
	}
}

// clauses returns the clause boundaries on one side of the path (the
// words path, from the head h up to below the join), joined, and adds
// whether the highest clause crossed has a subject of its own that is
// not the other actor (head o), with its marker.
func (s pairReader) clauses(emit structEmit, v structView, path []int, h, o int, side string) string {
	g := v.g
	var rels []string
	top := -1
	for _, w := range path {
		if clauseRel(g, w) {
			rels = append(rels, g.Words[w].Rel.String())
			top = w
		}
	}
	if len(rels) > 3 {
		rels = rels[len(rels)-3:]
	}
	if top >= 0 {
		// top heads the clause just below the join.
		subj := "nosubj"
		for _, c := range g.Dependents(top, syntax.Nsubj, syntax.Csubj) {
			switch {
			case c == h || slices.Contains(g.Expand(c), h):
				subj = "self"
			case c == o:
				subj = "other"
			case v.isActor(c):
				subj = "actor"
			default:
				subj = g.Words[c].UPOS
			}
		}
		mark := ""
		for _, c := range g.Dependents(top, syntax.Mark) {
			mark = strings.ToLower(g.Words[c].Lemma)
		}
		emit("st-clsubj"+side, g.Words[top].Rel.String(), subj)
		emit("st-clmark"+side, g.Words[top].Rel.String(), mark, subj)
	}
	return strings.Join(rels, ">")
}

// actorHeads returns the heads of the candidate actors by key.
func actorHeads(as []pairActor) map[string]int {
	out := make(map[string]int, len(as))
	for _, a := range as {
		out[a.a.key()] = a.head
	}
	return out
}
