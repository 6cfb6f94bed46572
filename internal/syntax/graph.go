package syntax

import (
	"slices"
	"strings"
)

// Word is one syntactic word of a parsed sentence. Head is the index of
// the head word in Graph.Words, -1 for the sentence's root. Start and End
// are byte offsets into the parsed text (End exclusive), or -1 when the
// words came without offsets.
type Word struct {
	Form, Lemma string
	UPOS, XPOS  string
	Head        int
	Rel         Rel
	Start, End  int
}

// Graph is the dependency tree of one sentence. A Graph is immutable once
// returned by a Parser and safe for concurrent reads. The zero Graph has
// no words.
type Graph struct {
	Words []Word
	// children of word i: kids[koff[i]:koff[i+1]], in word order.
	koff []int32
	kids []int32
	neg  *closedClass
	// tokens split into several words ("cannot"): first and last word.
	splits [][2]int
}

func newGraph(words []Word, neg *closedClass) *Graph {
	g := &Graph{Words: words, neg: neg}
	n := len(words)
	g.koff = make([]int32, n+2)
	for _, w := range words {
		if w.Head >= 0 {
			g.koff[w.Head+2]++
		}
	}
	for i := 2; i < len(g.koff); i++ {
		g.koff[i] += g.koff[i-1]
	}
	g.kids = make([]int32, g.koff[n+1])
	for i, w := range words {
		if w.Head >= 0 {
			g.kids[g.koff[w.Head+1]] = int32(i)
			g.koff[w.Head+1]++
		}
	}
	return g
}

// Root returns the index of the root word, or -1 for an empty graph.
func (g *Graph) Root() int {
	for i, w := range g.Words {
		if w.Head < 0 {
			return i
		}
	}
	return -1
}

// Children returns the dependents of word i in word order. The slice
// belongs to the graph: do not modify it.
func (g *Graph) Children(i int) []int32 {
	return g.kids[g.koff[i]:g.koff[i+1]]
}

// Dependents returns the dependents of word i whose relation is one of
// rels. A relation without a subtype matches its subtypes too: Nsubj
// matches nsubj:pass, NsubjPass only nsubj:pass.
func (g *Graph) Dependents(i int, rels ...Rel) []int {
	var out []int
	for _, c := range g.Children(i) {
		if g.relMatches(int(c), rels) {
			out = append(out, int(c))
		}
	}
	return out
}

func (g *Graph) relMatches(i int, rels []Rel) bool {
	r := g.Words[i].Rel
	for _, want := range rels {
		if r == want || (want.Universal() == want && r.Universal() == want) {
			return true
		}
	}
	return false
}

// Conjuncts returns word i and every word coordinated with it (UD attaches
// the second and later conjuncts to the first with conj), in word order.
func (g *Graph) Conjuncts(i int) []int {
	first := i
	for g.Words[first].Rel == Conj && g.Words[first].Head >= 0 {
		first = g.Words[first].Head
	}
	out := []int{first}
	for k := 0; k < len(out); k++ {
		for _, c := range g.Children(out[k]) {
			if g.Words[c].Rel == Conj {
				out = append(out, int(c))
			}
		}
	}
	slices.Sort(out)
	return out
}

// Expand returns word i with its conjuncts and appositions ("Mr. Scholz,
// the Chancellor of Germany"), in word order: the words a rule should
// treat as the same argument.
func (g *Graph) Expand(i int) []int {
	var out []int
	for _, c := range g.Conjuncts(i) {
		out = append(out, c)
		out = append(out, g.Dependents(c, Appos)...)
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// Passive reports whether word i has a passive subject or a passive
// auxiliary.
func (g *Graph) Passive(i int) bool {
	return len(g.Dependents(i, NsubjPass, CsubjPass, AuxPass)) > 0
}

// Negated reports whether word i has a negating dependent: an adverb or
// determiner whose lemma is in the word class negating_lemmas
// (internal/english: "not", "never", "no").
func (g *Graph) Negated(i int) bool { return len(g.Negators(i)) > 0 }

// Negators returns the negating dependents of word i (see Negated), in
// word order; nil when it has none. A caller that knows phrases in which
// a negation adds instead of denying ("not only") reads them here.
func (g *Graph) Negators(i int) []int {
	var out []int
	for _, c := range g.Dependents(i, Advmod, Det, Cc) {
		if g.neg != nil && g.neg.negation[strings.ToLower(g.Words[c].Lemma)] {
			out = append(out, c)
		}
	}
	return out
}

// VerbChain returns the auxiliaries of word i and the open complements it
// governs, followed down (xcomp), in word order: "may" "have" "tried"
// "to" "sign" for "may have tried to sign".
func (g *Graph) VerbChain(i int) []int {
	out := []int{i}
	for k := 0; k < len(out); k++ {
		for _, c := range g.Children(out[k]) {
			switch g.Words[c].Rel.Universal() {
			case Aux, Xcomp:
				out = append(out, int(c))
			case Mark:
				if g.Words[out[k]].Rel == Xcomp {
					out = append(out, int(c))
				}
			}
		}
	}
	slices.Sort(out)
	return out
}

// Complements returns the clausal complements of word i (ccomp and xcomp).
func (g *Graph) Complements(i int) []int { return g.Dependents(i, Ccomp, Xcomp) }

// Span returns the first and last word of the subtree of word i.
func (g *Graph) Span(i int) (first, last int) {
	first, last = i, i
	stack := []int32{int32(i)}
	for len(stack) > 0 {
		k := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		first, last = min(first, int(k)), max(last, int(k))
		stack = append(stack, g.Children(int(k))...)
	}
	return first, last
}

// ByteSpan returns the byte offsets of the subtree of word i, or -1, -1
// when the words have none.
func (g *Graph) ByteSpan(i int) (start, end int) {
	first, last := g.Span(i)
	return g.Words[first].Start, g.Words[last].End
}
