package gazetteer

import (
	"cmp"
	"slices"
	"strings"

	"github.com/geoextract/geoextract/internal/text"
)

// The matcher is a trie over folded tokens. A trieBuilder collects the
// names of a gazetteer and compiles them into an immutable matcher that
// many goroutines may use at once.
//
// Several names can fold to the same token path ("Georgia" the country and
// "Georgia" the state; "US" and "Us"). Each path's end holds one surface
// per distinct case pattern, and each surface its candidates.

// surface is a spelling of a name: the case class of each of its words
// (one byte per word) and the entries it names.
type surface struct {
	cases string
	cands []Candidate
}

// terminal is what a trie node that ends a name holds.
type terminal struct {
	surfaces []surface
	all      []Candidate // every candidate of every surface, sorted and deduplicated
}

// matcher is the compiled trie. Node 0 is the root.
type matcher struct {
	vocab map[string]int32 // folded token → token id
	root  []int32          // token id → child of the root; 0 when none
	edges map[uint64]int32 // node<<32 | token id → child
	term  []int32          // node → index into terms; -1 when no name ends there
	terms []terminal
	order map[*Entry]int32 // definition order of the entries, for sorting candidates
}

// trieBuilder builds a matcher: add entries in definition order, then
// call build once. Its zero value is not usable; use newTrieBuilder. It is
// not safe for concurrent use.
type trieBuilder struct {
	vocab    map[string]int32
	edges    map[uint64]int32 // including the root's edges
	nodes    int32            // number of nodes so far, the root included
	patterns map[string]string
	recs     []nameRec
	order    map[*Entry]int32
	scratch  []byte
	caseBuf  []byte
}

// nameRec records that a name with the given case pattern ends at node.
type nameRec struct {
	node  int32
	cases string
	cand  Candidate
}

func newTrieBuilder(nentries int) *trieBuilder {
	// The world data has about 1.1 distinct words, 2.3 trie nodes and 2
	// names per entry. Larger maps would cost more to clear than to grow.
	return &trieBuilder{
		vocab:    make(map[string]int32, nentries),
		edges:    make(map[uint64]int32, 2*nentries),
		nodes:    1,
		patterns: make(map[string]string),
		recs:     make([]nameRec, 0, 2*nentries),
		order:    make(map[*Entry]int32, nentries),
	}
}

// addEntry adds every name of e. The order of calls is the order of
// candidates.
func (b *trieBuilder) addEntry(e *Entry) {
	if _, ok := b.order[e]; !ok {
		b.order[e] = int32(len(b.order))
	}
	b.add(e.Name, Candidate{Entry: e, Form: FormName, Type: e.Type})
	for _, a := range e.Aliases {
		b.add(a, Candidate{Entry: e, Form: FormAlias, Type: e.Type})
	}
	for _, c := range e.Capitals {
		b.add(c, Candidate{Entry: e, Form: FormCapital, Type: GPE})
	}
	for _, c := range e.CapitalAliases {
		b.add(c, Candidate{Entry: e, Form: FormCapital, Type: GPE})
	}
	for _, d := range e.Demonyms {
		b.add(d, Candidate{Entry: e, Form: FormDemonym, Type: NORP})
	}
}

// add adds one name standing for candidate c.
func (b *trieBuilder) add(name string, c Candidate) {
	toks := text.Tokenize(name)
	if len(toks) == 0 {
		return // validation rejects such names
	}
	b.caseBuf = b.caseBuf[:0]
	node := int32(0)
	for _, t := range toks {
		var key string
		var same bool
		b.scratch, key, same = foldInto(b.scratch[:0], t.Text)
		var id int32
		var ok bool
		if same {
			id, ok = b.vocab[key]
		} else {
			id, ok = b.vocab[string(b.scratch)]
			if !ok {
				key = string(b.scratch)
			}
		}
		if !ok {
			id = int32(len(b.vocab))
			b.vocab[key] = id
		}
		edge := uint64(node)<<32 | uint64(uint32(id))
		child, ok := b.edges[edge]
		if !ok {
			child = b.nodes
			b.nodes++
			b.edges[edge] = child
		}
		node = child
		b.caseBuf = append(b.caseBuf, byte(nameCase(t.Text)))
	}
	cases, ok := b.patterns[string(b.caseBuf)]
	if !ok {
		cases = string(b.caseBuf)
		b.patterns[cases] = cases
	}
	b.recs = append(b.recs, nameRec{node: node, cases: cases, cand: c})
}

// formRank orders the forms of one entry among candidates.
var formRank = [...]int{FormName: 0, FormAlias: 1, FormCapital: 2, FormDemonym: 3}

// sameCand reports whether two candidates are the same (entry, form) pair.
func sameCand(a, b Candidate) bool { return a.Entry == b.Entry && a.Form == b.Form }

// sortCands sorts candidates by entry definition order and then form, and
// drops repeated (entry, form) pairs.
func sortCands(cs []Candidate, order map[*Entry]int32) []Candidate {
	slices.SortStableFunc(cs, func(a, b Candidate) int {
		if c := cmp.Compare(order[a.Entry], order[b.Entry]); c != 0 {
			return c
		}
		return cmp.Compare(formRank[a.Form], formRank[b.Form])
	})
	return slices.CompactFunc(cs, sameCand)
}

// build lays out the matcher. The builder must not be used afterwards.
func (b *trieBuilder) build() *matcher {
	m := &matcher{
		vocab: b.vocab,
		root:  make([]int32, len(b.vocab)),
		edges: b.edges,
		term:  make([]int32, b.nodes),
		order: b.order,
	}
	for edge, child := range b.edges {
		if edge>>32 == 0 {
			m.root[uint32(edge)] = child
		}
	}
	for i := range m.term {
		m.term[i] = -1
	}
	// Group the names by end node and case pattern. The sort is stable
	// and names were added entry by entry, form by form, so each group's
	// candidates come out in candidate order already.
	recs := b.recs
	slices.SortStableFunc(recs, func(x, y nameRec) int {
		if c := cmp.Compare(x.node, y.node); c != 0 {
			return c
		}
		return strings.Compare(x.cases, y.cases)
	})
	cands := make([]Candidate, 0, len(recs))
	surfaces := make([]surface, 0, len(recs))
	m.terms = make([]terminal, 0, len(recs))
	for i := 0; i < len(recs); {
		node := recs[i].node
		s0 := len(surfaces)
		for i < len(recs) && recs[i].node == node {
			cases := recs[i].cases
			c0 := len(cands)
			for ; i < len(recs) && recs[i].node == node && recs[i].cases == cases; i++ {
				if c := recs[i].cand; len(cands) == c0 || !sameCand(cands[len(cands)-1], c) {
					cands = append(cands, c)
				}
			}
			surfaces = append(surfaces, surface{cases: cases, cands: slices.Clip(cands[c0:])})
		}
		t := terminal{surfaces: slices.Clip(surfaces[s0:])}
		if len(t.surfaces) == 1 {
			t.all = t.surfaces[0].cands
		} else {
			var all []Candidate
			for _, s := range t.surfaces {
				all = append(all, s.cands...)
			}
			t.all = slices.Clip(sortCands(all, m.order))
		}
		m.term[node] = int32(len(m.terms))
		m.terms = append(m.terms, t)
	}
	*b = trieBuilder{}
	return m
}

// compile builds the matcher for entries.
func compile(entries []*Entry) *matcher {
	b := newTrieBuilder(len(entries))
	for _, e := range entries {
		b.addEntry(e)
	}
	return b.build()
}
