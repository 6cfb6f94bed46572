package gazetteer

import (
	"cmp"
	"slices"
	"strings"
	"unsafe"

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
// (one byte per word, in matcher.patterns[pat]) and the entries it names,
// matcher.cands[c0:c1].
type surface struct {
	pat    int32
	c0, c1 int32
}

// terminal is what a trie node that ends a name holds: its surfaces,
// matcher.surfaces[s0:s1], and every candidate of every surface, sorted
// and deduplicated, matcher.cands[a0:a1].
type terminal struct {
	s0, s1 int32
	a0, a1 int32
}

// matcher is the compiled trie. Node 0 is the root. Its tables are
// flat, indexed by int32, so that a gazetteer of millions of names costs
// few pointers to the garbage collector.
type matcher struct {
	vocab    map[string]int32 // folded token → token id
	root     []int32          // token id → child of the root; 0 when none
	edges    *edgeTable       // node<<32 | token id → child
	term     []int32          // node → index into terms; -1 when no name ends there
	terms    []terminal
	surfaces []surface
	cands    []Candidate
	patterns []string // case patterns, by index
	ord      []int32  // ord[i] is the definition order of cands[i].Entry, for sorting candidates
}

// candidates returns cands[a:b], which callers must not append to.
func (m *matcher) candidates(a, b int32) []Candidate { return m.cands[a:b:b] }

// trieBuilder builds a matcher: add entries in definition order, then
// call build once. Its zero value is not usable; use newTrieBuilder. It is
// not safe for concurrent use.
//
// While names are added, the trie is kept in arrays indexed by node, which
// grow in creation order: a node's token, parent and next sibling, and its
// first child. The children of a node are a list of siblings, so that the
// lookups of a name's words touch nodes made a moment before, not a table
// of millions of slots at random; the root's children are an array by
// token id, and a node with more than maxListed children keeps them in a
// hash table (bigKids). build lays all edges out in the matcher's
// edgeTable at once, in slot order.
type trieBuilder struct {
	vocab    map[string]int32
	nedges   int     // the size hint of the matcher's edge table
	tokOf    []int32 // node → token id of the edge into it
	parent   []int32 // node → parent (the root's is 0)
	next     []int32 // node → next sibling; 0 ends the list
	first    []int32 // node → first child; 0 when none
	kids     []uint8 // node → number of listed children, or bigNode
	rootKids []int32 // token id → child of the root; 0 when none
	bigKids  *edgeTable
	patterns map[string]int32
	patList  []string
	recent   [2]int32 // the case patterns of the last names, most recent first
	recs     []nameRec
	ents     []*Entry // entries by index, in definition order
	scratch  []byte
	caseBuf  []byte
	words    []string
	// The path of the previous name: its words, the trie nodes they lead
	// to and their case classes. The names of one entry often share their
	// first words ("Company 5", "Company 5 Brand 1"), whose lookups are
	// then spared.
	prevWords []string
	prevNodes []int32
	prevCases []byte
	tokCache  [256]tokCacheEntry // recent words as written and their token ids
}

// tokCacheEntry is a word as written, its token id plus one (0: empty)
// and its case class.
type tokCacheEntry struct {
	word string
	id   int32
	cls  caseClass
}

// maxListed is the most children a node keeps in a sibling list; bigNode
// in trieBuilder.kids marks a node whose children are in bigKids.
const (
	maxListed = 16
	bigNode   = 255
)

// nameRec records that a name with case pattern pat ends at node and
// names entry ent in the given form.
type nameRec struct {
	node, pat, ent int32
	form           Form
	typ            Type
}

// newTrieBuilder returns a builder for entries with about nnames names in
// all.
func newTrieBuilder(nentries, nnames int) *trieBuilder {
	// The world data has about 1.15 trie nodes per name; a file of
	// generated aliases about as many.
	nodes := nnames + nnames/8
	return &trieBuilder{
		vocab:    make(map[string]int32, nentries),
		nedges:   nodes,
		tokOf:    append(make([]int32, 0, nodes), -1),
		parent:   append(make([]int32, 0, nodes), 0),
		next:     append(make([]int32, 0, nodes), 0),
		first:    append(make([]int32, 0, nodes), 0),
		kids:     append(make([]uint8, 0, nodes), 0),
		bigKids:  newEdgeTable(0),
		patterns: make(map[string]int32),
		recs:     make([]nameRec, 0, nnames),
		ents:     make([]*Entry, 0, nentries),
	}
}

// countNames returns the number of names of e that addEntry adds.
func countNames(e *Entry) int {
	return 1 + len(e.Aliases) + len(e.Capitals) + len(e.CapitalAliases) + len(e.Demonyms)
}

// addEntry adds every name of e, which must not have been added before.
// The order of calls is the order of candidates.
func (b *trieBuilder) addEntry(e *Entry) {
	ent := int32(len(b.ents))
	b.ents = append(b.ents, e)
	b.add(e.Name, ent, FormName, e.Type)
	for _, a := range e.Aliases {
		b.add(a, ent, FormAlias, e.Type)
	}
	for _, c := range e.Capitals {
		b.add(c, ent, FormCapital, GPE)
	}
	for _, c := range e.CapitalAliases {
		b.add(c, ent, FormCapital, GPE)
	}
	for _, d := range e.Demonyms {
		b.add(d, ent, FormDemonym, NORP)
	}
}

// nameWords appends the tokens of name, as the project tokenizer splits
// it, to dst. Names of ASCII letters and digits separated by spaces, most
// names, are split on the spaces without the tokenizer's allocations.
func nameWords(dst []string, name string) []string {
	n := len(dst)
	start := 0
	for i := 0; i < len(name); i++ {
		switch nameBytes[name[i]] {
		case nameSpace:
			if i > start {
				dst = append(dst, name[start:i])
			}
			start = i + 1
		case nameLetter:
		default:
			dst = dst[:n]
			for _, t := range text.Tokenize(name) {
				dst = append(dst, t.Text)
			}
			return dst
		}
	}
	if start < len(name) {
		dst = append(dst, name[start:])
	}
	return dst
}

// The classes of bytes in nameWords' quick split: ASCII letters and
// digits, the space, and all else (which the tokenizer handles).
const (
	nameOther = iota
	nameLetter
	nameSpace
)

// nameBytes is the class of each byte value; it is never written.
var nameBytes = func() (t [256]uint8) {
	for c := range t {
		switch {
		case c == ' ':
			t[c] = nameSpace
		case c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9':
			t[c] = nameLetter
		}
	}
	return t
}()

// add adds one name of entry ent, in form f, with type t.
func (b *trieBuilder) add(name string, ent int32, f Form, t Type) {
	b.words = nameWords(b.words[:0], name)
	if len(b.words) == 0 {
		return // validation rejects such names
	}
	node := int32(0)
	k := 0 // words shared with the previous name
	for k < len(b.words) && k < len(b.prevWords) && b.words[k] == b.prevWords[k] {
		node = b.prevNodes[k]
		k++
	}
	b.caseBuf = append(b.caseBuf[:0], b.prevCases[:k]...)
	b.prevWords = append(b.prevWords[:k], b.words[k:]...)
	b.prevNodes = b.prevNodes[:k]
	for _, w := range b.words[k:] {
		id, cls := b.token(w)
		child := b.child(node, id)
		if child == 0 {
			child = b.addChild(node, id)
		}
		node = child
		b.prevNodes = append(b.prevNodes, node)
		b.caseBuf = append(b.caseBuf, byte(cls))
	}
	b.prevCases = append(b.prevCases[:0], b.caseBuf...)
	pat := b.pattern(b.caseBuf)
	b.recs = append(b.recs, nameRec{node: node, pat: pat, ent: ent, form: f, typ: t})
}

// token returns the token id of the word w, folded, adding it to the
// vocabulary when it is new, and the case class of w. A small cache of
// words as written, by length and end bytes, spares most folds and map
// lookups: names repeat words.
func (b *trieBuilder) token(w string) (int32, caseClass) {
	h := (len(w)*31 + int(w[0])*7 + int(w[len(w)-1])) & (len(b.tokCache) - 1)
	if c := &b.tokCache[h]; c.id > 0 && c.word == w {
		return c.id - 1, c.cls
	}
	var key string
	var same bool
	b.scratch, key, same = foldInto(b.scratch[:0], w)
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
	cls := nameCase(w)
	b.tokCache[h] = tokCacheEntry{word: w, id: id + 1, cls: cls}
	return id, cls
}

// child returns the child of node along token tok, or 0 when there is none.
func (b *trieBuilder) child(node, tok int32) int32 {
	switch {
	case node == 0:
		if int(tok) < len(b.rootKids) {
			return b.rootKids[tok]
		}
		return 0
	case b.kids[node] == bigNode:
		return b.bigKids.get(uint64(node)<<32 | uint64(uint32(tok)))
	}
	for c := b.first[node]; c != 0; c = b.next[c] {
		if b.tokOf[c] == tok {
			return c
		}
	}
	return 0
}

// addChild makes a new node, the child of node along token tok, which
// node must not have yet, and returns it.
func (b *trieBuilder) addChild(node, tok int32) int32 {
	c := int32(len(b.tokOf))
	b.tokOf = append(b.tokOf, tok)
	b.parent = append(b.parent, node)
	b.next = append(b.next, 0)
	b.first = append(b.first, 0)
	b.kids = append(b.kids, 0)
	switch {
	case node == 0:
		for int(tok) >= len(b.rootKids) {
			b.rootKids = append(b.rootKids, 0)
		}
		b.rootKids[tok] = c
	case b.kids[node] == bigNode:
		b.bigKids.getOrPut(uint64(node)<<32|uint64(uint32(tok)), c)
	case b.kids[node] == maxListed:
		// Too many to list: this node's children move to the hash table.
		for x := b.first[node]; x != 0; x = b.next[x] {
			b.bigKids.getOrPut(uint64(node)<<32|uint64(uint32(b.tokOf[x])), x)
		}
		b.bigKids.getOrPut(uint64(node)<<32|uint64(uint32(tok)), c)
		b.first[node], b.kids[node] = 0, bigNode
	default:
		b.next[c], b.first[node] = b.first[node], c
		b.kids[node]++
	}
	return c
}

// pattern returns the index of the case pattern p, adding it when it is
// new. The names of an entry repeat a few patterns ("Company 5", "Company
// 5 Brand 1"), so the last two used are tried before the map.
func (b *trieBuilder) pattern(p []byte) int32 {
	for _, q := range b.recent {
		if int(q) < len(b.patList) && b.patList[q] == string(p) {
			if q != b.recent[0] {
				b.recent[0], b.recent[1] = q, b.recent[0]
			}
			return q
		}
	}
	pat, ok := b.patterns[string(p)]
	if !ok {
		pat = int32(len(b.patList))
		b.patList = append(b.patList, string(p))
		b.patterns[b.patList[pat]] = pat
	}
	b.recent[0], b.recent[1] = pat, b.recent[0]
	return pat
}

// formRank orders the forms of one entry among candidates.
var formRank = [...]int{FormName: 0, FormAlias: 1, FormCapital: 2, FormDemonym: 3}

// sameCand reports whether two candidates are the same (entry, form) pair.
func sameCand(a, b Candidate) bool { return a.Entry == b.Entry && a.Form == b.Form }

// ordCand is a candidate and the definition order of its entry.
type ordCand struct {
	c   Candidate
	ord int32
}

// gather appends cands[c0:c1] and their definition orders to dst.
func (m *matcher) gather(dst []ordCand, c0, c1 int32) []ordCand {
	for i := c0; i < c1; i++ {
		dst = append(dst, ordCand{m.cands[i], m.ord[i]})
	}
	return dst
}

// sortCands sorts candidates by entry definition order and then form, and
// drops repeated (entry, form) pairs.
func sortCands(cs []ordCand) []ordCand {
	slices.SortStableFunc(cs, func(a, b ordCand) int {
		if c := cmp.Compare(a.ord, b.ord); c != 0 {
			return c
		}
		return cmp.Compare(formRank[a.c.Form], formRank[b.c.Form])
	})
	return slices.CompactFunc(cs, func(a, b ordCand) bool { return sameCand(a.c, b.c) })
}

// build lays out the matcher. The builder must not be used afterwards.
func (b *trieBuilder) build() *matcher {
	nodes := len(b.tokOf)
	m := &matcher{
		vocab:    b.vocab,
		root:     make([]int32, len(b.vocab)),
		edges:    newEdgeTable(max(b.nedges, nodes)),
		term:     make([]int32, nodes),
		patterns: b.patList,
	}
	copy(m.root, b.rootKids)
	b.next, b.first, b.kids, b.bigKids = nil, nil, nil, nil
	m.edges.putTree(b.parent, b.tokOf)
	for i := range m.term {
		m.term[i] = -1
	}
	// Group the names by end node and case pattern. The sort is stable
	// and names were added entry by entry, form by form, so each group's
	// candidates come out in candidate order already.
	recs := b.recs
	byNodePattern := func(x, y nameRec) int {
		if c := cmp.Compare(x.node, y.node); c != 0 {
			return c
		}
		return strings.Compare(b.patList[x.pat], b.patList[y.pat])
	}
	// Distinct names mostly end at nodes made in the order they were
	// added: often nothing is out of place, and checking costs less than
	// a stable sort's merges.
	if !slices.IsSortedFunc(recs, byNodePattern) {
		slices.SortStableFunc(recs, byNodePattern)
	}
	m.cands = make([]Candidate, 0, len(recs))
	m.ord = make([]int32, 0, len(recs))
	m.surfaces = make([]surface, 0, len(recs))
	m.terms = make([]terminal, 0, len(recs))
	var all []ordCand
	for i := 0; i < len(recs); {
		node := recs[i].node
		s0 := int32(len(m.surfaces))
		for i < len(recs) && recs[i].node == node {
			pat := recs[i].pat
			c0 := int32(len(m.cands))
			for ; i < len(recs) && recs[i].node == node && recs[i].pat == pat; i++ {
				r := &recs[i]
				c := Candidate{Entry: b.ents[r.ent], Form: r.form, Type: r.typ}
				if len(m.cands) == int(c0) || !sameCand(m.cands[len(m.cands)-1], c) {
					m.cands = append(m.cands, c)
					m.ord = append(m.ord, r.ent)
				}
			}
			m.surfaces = append(m.surfaces, surface{pat: pat, c0: c0, c1: int32(len(m.cands))})
		}
		t := terminal{s0: s0, s1: int32(len(m.surfaces))}
		if t.s1-t.s0 == 1 {
			t.a0, t.a1 = m.surfaces[s0].c0, m.surfaces[s0].c1
		} else {
			all = all[:0]
			for _, s := range m.surfaces[t.s0:t.s1] {
				all = m.gather(all, s.c0, s.c1)
			}
			t.a0 = int32(len(m.cands))
			for _, oc := range sortCands(all) {
				m.cands = append(m.cands, oc.c)
				m.ord = append(m.ord, oc.ord)
			}
			t.a1 = int32(len(m.cands))
		}
		m.term[node] = int32(len(m.terms))
		m.terms = append(m.terms, t)
	}
	m.cands = slices.Clip(m.cands)
	m.ord = slices.Clip(m.ord)
	*b = trieBuilder{}
	return m
}

// compile builds the matcher for entries. An entry given twice (which
// callers do not do) keeps its first place.
func compile(entries []*Entry) *matcher {
	if hasRepeats(entries) {
		seen := make(map[*Entry]bool, len(entries))
		entries = slices.DeleteFunc(slices.Clone(entries), func(e *Entry) bool {
			dup := seen[e]
			seen[e] = true
			return dup
		})
	}
	n := 0
	for _, e := range entries {
		n += countNames(e)
	}
	b := newTrieBuilder(len(entries), n)
	for _, e := range entries {
		b.addEntry(e)
	}
	return b.build()
}

// hasRepeats reports whether an entry occurs twice in entries. It sorts
// their addresses rather than filling a map: loaded entries lie in
// ascending order in memory, which the sort sees in one pass.
func hasRepeats(entries []*Entry) bool {
	ps := make([]uintptr, len(entries))
	for i, e := range entries {
		ps[i] = uintptr(unsafe.Pointer(e))
	}
	slices.Sort(ps)
	for i := 1; i < len(ps); i++ {
		if ps[i] == ps[i-1] {
			return true
		}
	}
	return false
}
