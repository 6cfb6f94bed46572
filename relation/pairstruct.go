package relation

import (
	"slices"
	"strings"

	"github.com/geoextract/geoextract/internal/syntax"
	"github.com/geoextract/geoextract/relation/internal/pairs"
)

// The relation model's structure features (issue #9; WithStructFeatures):
// how the pair stands to the triggers of the lexicon and to the clauses
// of the sentence, told by the dependency parse alone. Two families:
//
//   - roles: for each trigger of the sentence over both actors, the role
//     of each, backed off to the relation of the trigger's argument that
//     holds it, its case marker when the actor heads that argument, and
//     whether the actor is the argument, a conjunct or apposition of it
//     or a modifier in it ("the Russian envoy accused the Ukrainian
//     government": nsubj+mod, obj+mod), or the argument of the word the
//     trigger complements ("Kenya made a protest against Uganda":
//     ^obj:nsubj, nmod/against); with and without the trigger's root,
//     and whether the two lie in one argument ("Kenya and Uganda signed");
//   - clauses: the clause boundaries the path joining the pair crosses
//     on each side (ccomp, xcomp, advcl, acl, acl:relcl, parataxis, csubj,
//     a verb conjoined with a verb), and whether the clause just below
//     the join on each side has a subject, which (the actor itself, the
//     other one, another actor, or its part of speech), with its marker.
//
// Every value is a relation label, a part of speech, a root or a word the
// parse marks as a case or clause marker; no word is named here. Measured
// and dropped (pairtrain's package doc): the pair's standing to the
// rules' partial events, triggers next to the path, and the roles
// unbacked (the whole relation path and case).

// WithStructFeatures sets whether the relation model reads the structure
// features of a pair: the roles of the two actors under the sentence's
// triggers, and the clauses the path joining them crosses. By default it
// is what the model was trained with (the model file records it; the
// embedded model: off), and off for Candidates without a model.
func WithStructFeatures(on bool) Option {
	return setCandidates(pairs.StructFeatures, on)
}

// structFeatures reports whether the candidate pairs get the structure
// features (see WithStructFeatures).
func (x *Extractor) structFeatures() bool { return x.candidateSetting(pairs.StructFeatures) }

// maxStructDepth bounds the relations followed down from a trigger to an
// actor.
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
// the graph and the candidate actors' heads by key.
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

// coarseRole backs a role off (see role) to the relation of the
// argument under the trigger ("poss" for a possessive), its case marker
// when the actor heads it, and what lies between: "+conj" or "+appos"
// when the actor is coordinated or apposed to the argument, "+mod" when
// it modifies it; "^" before when the trigger is a complement of the word
// over the actor.
func coarseRole(r string) string {
	up := ""
	if rest, ok := strings.CutPrefix(r, "^"); ok {
		// "^obj^xcomp:nsubj": the first relation up, then the path down.
		ups, down, _ := strings.Cut(rest, ":")
		first, _, _ := strings.Cut(ups, "^")
		up, r = "^"+first+":", down
	}
	path, cas, _ := strings.Cut(r, "/")
	steps := strings.Split(path, ">")
	first := steps[0]
	r0, known := syntax.ParseRel(first)
	switch {
	case !known: // "self": the actor is the trigger's own word
	case r0 == syntax.NmodPoss:
		first, cas = "poss", ""
	case r0 == syntax.OblAgent:
		first, cas = "agent", ""
	default:
		first = r0.Universal().String()
	}
	if len(steps) == 1 {
		if cas != "" {
			return up + first + "/" + cas
		}
		return up + first
	}
	switch last, _ := syntax.ParseRel(steps[len(steps)-1]); last.Universal() {
	case syntax.Conj, syntax.Appos:
		return up + first + "+" + last.Universal().String()
	}
	return up + first + "+mod"
}

// argUnder returns the word under t on the path up from w, -1 when t
// does not dominate w within maxStructDepth.
func (v structView) argUnder(t, w int) int {
	for k := 0; w >= 0 && k <= maxStructDepth; k++ {
		if v.g.Words[w].Head == t {
			return w
		}
		w = v.g.Words[w].Head
	}
	return -1
}

// caseOf returns the lemma of w's case marker, "" when it has none.
func (v structView) caseOf(w int) string {
	for _, c := range v.g.Dependents(w, syntax.Case) {
		return strings.ToLower(v.g.Words[c].Lemma)
	}
	return ""
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

// structEmit receives one structure feature: its template and its parts.
type structEmit func(tmpl string, parts ...string)

// structFeatures adds the structure features of the ordered pair (A, B),
// hashed (see structNamed); upA and upB are the words from each head up
// to below the word joining them.
func (s pairReader) structFeatures(add func(fhash), g *syntax.Graph, A, B pairActor, upA, upB []int) {
	s.structNamed(func(tmpl string, parts ...string) { add(structKey(tmpl, parts...)) }, g, A, B, upA, upB)
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
func (s pairReader) structNamed(emit structEmit, g *syntax.Graph, A, B pairActor, upA, upB []int) {
	v := structView{g: g, heads: s.heads}
	// The roles of the two under each trigger.
	for k := range s.matches {
		m := &s.matches[k]
		if m.e.code == "" || m.unreal || m.head < 0 || m.head >= len(s.pv.tokWord) {
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
		ca, cb := coarseRole(ra), coarseRole(rb)
		emit("st-croles", root, ca, cb)
		emit("st-croles-any", ca, cb)
		if x, y := v.argUnder(w, A.head), v.argUnder(w, B.head); x >= 0 && x == y {
			emit("st-samearg", v.g.Words[x].Rel.Universal().String())
		}
	}
	// Clauses crossed.
	clA, clB := s.clauses(emit, v, upA, A.head, B.head, "A"), s.clauses(emit, v, upB, B.head, A.head, "B")
	emit("st-cl", clA, clB)
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
