package gazetteer

import (
	"cmp"
	"encoding/binary"
	"errors"
	"maps"
	"slices"
)

// The compact form of a gazetteer is what the package embeds for the
// world data (data/world.bin, compiled from data/world.yaml): the
// validated entries and ambiguous forms, so that Default reads them
// without parsing YAML. It is an internal format, rewritten by
//
//	go test -run '^TestWorldBinary$' -update .
//
// and checked against data/world.yaml by the same test. Layout: the magic
// string, then unsigned varints and strings (a varint length and the
// bytes):
//
//	magic
//	file                         the name used in positions
//	entries strings roles        totals, to size the decoder's slabs
//	entries × {id type kind name country merge line col
//	           6 × (n, n × string)   aliases, demonyms, capitals, capital aliases, epithets,
//	                                 government
//	           n, n × {title of from to}
//	           n, n × {key value}    attributes, sorted by key}
//	ambiguous × {form line col n, n × id}
//	matcher: the compiled trie of the entries, as compile builds it
//	  vocab × string              the folded tokens, by id
//	  patterns × string           the case patterns, by index
//	  nodes
//	  edges × {key child}         sorted by key, each key as the
//	                              difference from the previous one
//	  terms × {node
//	           surfaces × {pat, cands × {entry form type}}
//	           all: 0 with one surface, else cands × {entry form type}}
//
// Decoded strings share the memory of the input string, and the matcher
// needs no tokenizing or folding.
const binaryMagic = "geoextract gazetteer v4\n"

// appendBinary appends the compact form of entries and amb, whose
// positions name file, to b.
func appendBinary(b []byte, file string, entries []*Entry, amb []Ambiguity) []byte {
	b = append(b, binaryMagic...)
	b = appendString(b, file)
	nstr, nroles := 0, 0
	for _, e := range entries {
		nstr += len(e.Aliases) + len(e.Demonyms) + len(e.Capitals) + len(e.CapitalAliases) + len(e.Epithets) + len(e.Government)
		nroles += len(e.Roles)
	}
	b = binary.AppendUvarint(b, uint64(len(entries)))
	b = binary.AppendUvarint(b, uint64(nstr))
	b = binary.AppendUvarint(b, uint64(nroles))
	for _, e := range entries {
		b = appendString(b, e.ID)
		b = binary.AppendUvarint(b, uint64(e.Type))
		b = appendString(b, string(e.Kind))
		b = appendString(b, e.Name)
		b = appendString(b, e.Country)
		b = binary.AppendUvarint(b, uint64(e.Merge))
		b = binary.AppendUvarint(b, uint64(e.Pos.Line))
		b = binary.AppendUvarint(b, uint64(e.Pos.Column))
		for _, l := range [...][]string{e.Aliases, e.Demonyms, e.Capitals, e.CapitalAliases, e.Epithets, e.Government} {
			b = binary.AppendUvarint(b, uint64(len(l)))
			for _, s := range l {
				b = appendString(b, s)
			}
		}
		b = binary.AppendUvarint(b, uint64(len(e.Roles)))
		for _, r := range e.Roles {
			b = appendString(b, r.Title)
			b = appendString(b, r.Of)
			b = appendString(b, r.From)
			b = appendString(b, r.To)
		}
		b = binary.AppendUvarint(b, uint64(len(e.Attributes)))
		for _, k := range slices.Sorted(maps.Keys(e.Attributes)) {
			b = appendString(b, k)
			b = appendString(b, e.Attributes[k])
		}
	}
	b = binary.AppendUvarint(b, uint64(len(amb)))
	for _, a := range amb {
		b = appendString(b, a.Form)
		b = binary.AppendUvarint(b, uint64(a.Pos.Line))
		b = binary.AppendUvarint(b, uint64(a.Pos.Column))
		b = binary.AppendUvarint(b, uint64(len(a.IDs)))
		for _, id := range a.IDs {
			b = appendString(b, id)
		}
	}
	return appendMatcher(b, compile(entries))
}

// appendMatcher appends the tables of m, whose entries are numbered by
// m.order.
func appendMatcher(b []byte, m *matcher) []byte {
	vocab := make([]string, len(m.vocab))
	for w, id := range m.vocab {
		vocab[id] = w
	}
	b = binary.AppendUvarint(b, uint64(len(vocab)))
	for _, w := range vocab {
		b = appendString(b, w)
	}
	b = binary.AppendUvarint(b, uint64(len(m.patterns)))
	for _, p := range m.patterns {
		b = appendString(b, p)
	}
	b = binary.AppendUvarint(b, uint64(len(m.term)))
	type edge struct {
		k     uint64
		child int32
	}
	edges := make([]edge, 0, m.edges.n)
	m.edges.all(func(k uint64, child int32) { edges = append(edges, edge{k, child}) })
	slices.SortFunc(edges, func(a, b edge) int { return cmp.Compare(a.k, b.k) })
	b = binary.AppendUvarint(b, uint64(len(edges)))
	prev := uint64(0)
	for _, e := range edges {
		b = binary.AppendUvarint(b, e.k-prev)
		b = binary.AppendUvarint(b, uint64(e.child))
		prev = e.k
	}
	cands := func(b []byte, c0, c1 int32) []byte {
		b = binary.AppendUvarint(b, uint64(c1-c0))
		for i := c0; i < c1; i++ {
			c := m.cands[i]
			b = binary.AppendUvarint(b, uint64(m.ord[i]))
			b = append(b, byte(c.Form), byte(c.Type))
		}
		return b
	}
	b = binary.AppendUvarint(b, uint64(len(m.terms)))
	for node, t := range m.term {
		if t < 0 {
			continue
		}
		term := m.terms[t]
		b = binary.AppendUvarint(b, uint64(node))
		b = binary.AppendUvarint(b, uint64(term.s1-term.s0))
		for _, sf := range m.surfaces[term.s0:term.s1] {
			b = binary.AppendUvarint(b, uint64(sf.pat))
			b = cands(b, sf.c0, sf.c1)
		}
		if term.s1-term.s0 == 1 {
			b = binary.AppendUvarint(b, 0)
		} else {
			b = cands(b, term.a0, term.a1)
		}
	}
	return b
}

func appendString(b []byte, s string) []byte {
	b = binary.AppendUvarint(b, uint64(len(s)))
	return append(b, s...)
}

// errCorrupt reports compact data that does not decode.
var errCorrupt = errors.New("gazetteer: corrupt compact data")

// binReader reads the compact form. After the first error every read
// returns zero values and err stays set.
type binReader struct {
	s   string
	off int
	err error
}

func (r *binReader) uvarint() uint64 {
	if r.err != nil {
		return 0
	}
	var x uint64
	for shift := uint(0); shift < 64; shift += 7 {
		if r.off >= len(r.s) {
			break
		}
		c := r.s[r.off]
		r.off++
		x |= uint64(c&0x7f) << shift
		if c < 0x80 {
			return x
		}
	}
	r.err = errCorrupt
	return 0
}

// count reads a length that must not exceed what remains of the input.
func (r *binReader) count() int {
	n := r.uvarint()
	if n > uint64(len(r.s)-r.off) {
		r.err = errCorrupt
		return 0
	}
	return int(n)
}

func (r *binReader) int() int {
	n := r.uvarint()
	if n > 1<<31 {
		r.err = errCorrupt
		return 0
	}
	return int(n)
}

func (r *binReader) string() string {
	n := r.count()
	s := r.s[r.off : r.off+n]
	r.off += n
	return s
}

// decodeBinary decodes the compact form in s into a gazetteer. The
// entries' strings share s's memory.
func decodeBinary(s string) (*Gazetteer, error) {
	if len(s) < len(binaryMagic) || s[:len(binaryMagic)] != binaryMagic {
		return nil, errCorrupt
	}
	r := &binReader{s: s, off: len(binaryMagic)}
	file := r.string()
	nent, nstr, nroles := r.count(), r.count(), r.count()
	if r.err != nil {
		return nil, r.err
	}
	slab := make([]Entry, nent)
	strs := make([]string, 0, nstr)
	roles := make([]Role, 0, nroles)
	entries := make([]*Entry, nent)
	byID := make(map[string]*Entry, nent)
	list := func() []string {
		n := r.count()
		if n == 0 || len(strs)+n > cap(strs) {
			if n != 0 {
				r.err = errCorrupt
			}
			return nil
		}
		i := len(strs)
		for range n {
			strs = append(strs, r.string())
		}
		return strs[i:len(strs):len(strs)]
	}
	for i := range slab {
		e := &slab[i]
		e.ID = r.string()
		e.Type = Type(r.uvarint())
		e.Kind = Kind(r.string())
		e.Name = r.string()
		e.Country = r.string()
		e.Merge = MergeMode(r.uvarint())
		e.Pos = Position{File: file, Line: r.int(), Column: r.int()}
		e.Aliases = list()
		e.Demonyms = list()
		e.Capitals = list()
		e.CapitalAliases = list()
		e.Epithets = list()
		e.Government = list()
		if n := r.count(); n > 0 && len(roles)+n <= cap(roles) {
			j := len(roles)
			for range n {
				roles = append(roles, Role{Title: r.string(), Of: r.string(), From: r.string(), To: r.string()})
			}
			e.Roles = roles[j:len(roles):len(roles)]
		} else if n > 0 {
			r.err = errCorrupt
		}
		if n := r.count(); n > 0 {
			e.Attributes = make(map[string]string, n)
			for range n {
				k := r.string()
				e.Attributes[k] = r.string()
			}
		}
		if r.err != nil {
			return nil, r.err
		}
		if !visible(e) || byID[e.ID] != nil {
			return nil, errCorrupt
		}
		entries[i] = e
		byID[e.ID] = e
	}
	namb := r.count()
	var amb []Ambiguity
	if namb > 0 {
		amb = make([]Ambiguity, namb)
	}
	for i := range amb {
		a := &amb[i]
		a.Form = r.string()
		a.Pos = Position{File: file, Line: r.int(), Column: r.int()}
		a.IDs = make([]string, r.count())
		for j := range a.IDs {
			a.IDs[j] = r.string()
		}
	}
	m := r.matcher(entries)
	if r.err == nil && r.off != len(s) {
		r.err = errCorrupt
	}
	if r.err != nil {
		return nil, r.err
	}
	g := newGazetteer(entries, byID, amb)
	g.once.Do(func() { g.m = m })
	return g, nil
}

// matcher decodes the matcher of entries. On corrupt input it sets r.err
// and returns nil.
func (r *binReader) matcher(entries []*Entry) *matcher {
	nvocab := r.count()
	if r.err != nil {
		return nil
	}
	m := &matcher{
		vocab: make(map[string]int32, nvocab),
	}
	for i := range nvocab {
		m.vocab[r.string()] = int32(i)
	}
	if len(m.vocab) != nvocab {
		r.err = errCorrupt // a token twice
	}
	m.patterns = make([]string, r.count())
	for i := range m.patterns {
		m.patterns[i] = r.string()
	}
	nodes := r.count()
	nedges := r.count()
	if r.err != nil || nodes == 0 || nedges >= nodes {
		r.err = errCorrupt
		return nil
	}
	m.root = make([]int32, nvocab)
	m.term = make([]int32, nodes)
	for i := range m.term {
		m.term[i] = -1
	}
	m.edges = newEdgeTable(nedges)
	k := uint64(0)
	for i := range nedges {
		d, child := r.uvarint(), r.uvarint()
		if i > 0 && d == 0 {
			r.err = errCorrupt // keys are sorted and distinct
		}
		k += d
		parent, tok := k>>32, uint32(k)
		if r.err != nil || child == 0 || child >= uint64(nodes) || parent >= uint64(nodes) || uint64(tok) >= uint64(nvocab) ||
			m.edges.getOrPut(k, int32(child)) != int32(child) {
			r.err = errCorrupt
			return nil
		}
		if parent == 0 {
			m.root[tok] = int32(child)
		}
	}
	cands := func() (int32, int32) {
		n := r.count()
		c0 := int32(len(m.cands))
		for range n {
			ent, f, t := r.uvarint(), r.byte(), r.byte()
			if ent >= uint64(len(entries)) || f < byte(FormName) || f > byte(FormCapital) || !Type(t).Valid() {
				r.err = errCorrupt
				return c0, c0
			}
			m.cands = append(m.cands, Candidate{Entry: entries[ent], Form: Form(f), Type: Type(t)})
			m.ord = append(m.ord, int32(ent))
		}
		return c0, int32(len(m.cands))
	}
	nterms := r.count()
	m.terms = make([]terminal, 0, nterms)
	for range nterms {
		node := r.uvarint()
		ns := r.count()
		if r.err != nil || node >= uint64(nodes) || m.term[node] >= 0 || ns == 0 {
			r.err = errCorrupt
			return nil
		}
		t := terminal{s0: int32(len(m.surfaces))}
		for range ns {
			pat := r.uvarint()
			if pat >= uint64(len(m.patterns)) {
				r.err = errCorrupt
				return nil
			}
			c0, c1 := cands()
			m.surfaces = append(m.surfaces, surface{pat: int32(pat), c0: c0, c1: c1})
		}
		t.s1 = int32(len(m.surfaces))
		if a0, a1 := cands(); a0 != a1 {
			t.a0, t.a1 = a0, a1
		} else if ns == 1 {
			t.a0, t.a1 = m.surfaces[t.s0].c0, m.surfaces[t.s0].c1
		} else {
			r.err = errCorrupt
		}
		if r.err != nil {
			return nil
		}
		m.term[node] = int32(len(m.terms))
		m.terms = append(m.terms, t)
	}
	m.cands = slices.Clip(m.cands)
	return m
}

func (r *binReader) byte() byte {
	if r.err != nil || r.off >= len(r.s) {
		r.err = errCorrupt
		return 0
	}
	c := r.s[r.off]
	r.off++
	return c
}
