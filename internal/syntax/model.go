package syntax

import (
	"bytes"
	"cmp"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"math/bits"
	"runtime"
	"slices"
	"sync"

	"github.com/geoextract/geoextract/internal/offheap"
)

// Model is a compiled parsing model: averaged perceptron weights over
// hashed feature keys, stored as a read-only open-addressing table of keys
// and sparse rows of (class, weight). It is immutable and safe for
// concurrent use; the zero Model is not usable (build one with Load or
// Train).
type Model struct {
	rels []Rel // the relations of the arc classes
	beam int   // beam width; 1 or 0: greedy
	// The open-addressing table of feature keys (a power of two long; key
	// 0 is an empty slot); a slot's row is w[off:off+n]. Keys and rows sit
	// in two arrays so that a feature costs two cache misses at most.
	table []slot
	w     []weight
	rows  int
	mask  uint64
	shift uint // home slot of key k: k*fib >> shift (keys are all odd)

	pool sync.Pool // *scratch
}

func (m *Model) classes() int { return 2 + 2*len(m.rels) }

// class returns the action and relation of class c.
func (m *Model) class(c int) (action, Rel) {
	switch {
	case c == 0:
		return shift, NoRel
	case c == 1:
		return reduce, NoRel
	case c < 2+len(m.rels):
		return leftArc, m.rels[c-2]
	default:
		return rightArc, m.rels[c-2-len(m.rels)]
	}
}

type slot struct {
	key uint64
	off uint32
	n   uint32
}

type weight struct {
	w   float32
	cls uint16
}

// classOf returns the class of an action and relation.
func (m *Model) classOf(a action, r Rel) int {
	switch a {
	case shift:
		return 0
	case reduce:
		return 1
	}
	for i, x := range m.rels {
		if x == r {
			if a == leftArc {
				return 2 + i
			}
			return 2 + len(m.rels) + i
		}
	}
	return 0
}

// score adds the weights of the features keys into scores. It looks
// up every key first and reads the rows after, so that the cache misses
// of different features overlap.
func (m *Model) score(keys []uint64, scores []float32) {
	for i := range scores {
		scores[i] = 0
	}
	var found [128]slot
	table := m.table
	for len(keys) > 0 {
		batch := keys[:min(len(keys), len(found))]
		keys = keys[len(batch):]
		nf := 0
		for _, k := range batch {
			i := m.home(k)
			for {
				e := table[i]
				if e.key == k {
					found[nf] = e
					nf++
					break
				}
				if e.key == 0 {
					break
				}
				i = (i + 1) & m.mask
			}
		}
		for _, e := range found[:nf] {
			for _, x := range m.w[e.off : e.off+e.n] {
				scores[x.cls] += x.w
			}
		}
	}
	// The table and rows live outside the collected heap and are released
	// with m (package offheap): m must stay reachable until they are read.
	runtime.KeepAlive(m)
}

// Prune returns a copy of m without the weights whose magnitude is at
// most th, and without the features left with none: a smaller, faster
// model.
func (m *Model) Prune(th float32) *Model {
	var keys []uint64
	off := []uint32{0}
	var cls []uint8
	var wts []float32
	for _, e := range m.rowsInOrder() {
		n := 0
		for _, x := range m.w[e.off : e.off+e.n] {
			if x.w > th || x.w < -th {
				cls, wts = append(cls, uint8(x.cls)), append(wts, x.w)
				n++
			}
		}
		if n > 0 {
			keys = append(keys, e.key)
			off = append(off, uint32(len(cls)))
		}
	}
	p, err := compile(m.rels, keys, off, cls, wts)
	if err != nil {
		panic(err) // the keys of m are distinct
	}
	p.beam = m.beam
	return p
}

// newModel returns a model with room for rows rows and total weights,
// its table at most two thirds full.
func newModel(rels []Rel, rows, total int) *Model {
	size := 1
	for size < rows+rows/2+1 {
		size <<= 1
	}
	m := &Model{rels: rels, rows: rows, mask: uint64(size - 1), shift: uint(64 - bits.TrailingZeros(uint(size)))}
	// The tables (tens of megabytes for the embedded model) live outside
	// the collected heap, so that the collector's headroom, which grows
	// with what is live, is not taken over them for every document.
	m.table = offheap.Make[slot](m, size)
	m.w = offheap.Make[weight](m, total)
	return m
}

// fib is 2^64 divided by the golden ratio: multiplying by it spreads the
// keys' bits over the top of the product (Fibonacci hashing).
const fib = 0x9E3779B97F4A7C15

func (m *Model) home(k uint64) uint64 { return (k * fib) >> m.shift & m.mask }

// insert adds row w[off:off+n] under key k; false when k is there already.
func (m *Model) insert(k uint64, off, n uint32) bool {
	i := m.home(k)
	for m.table[i].key != 0 {
		if m.table[i].key == k {
			return false
		}
		i = (i + 1) & m.mask
	}
	m.table[i] = slot{key: k, off: off, n: n}
	return true
}

// compile builds a model from rows given as keys and sparse (class,
// weight) lists: row r is cls/wts[off[r]:off[r+1]]. It fails on a
// repeated key.
func compile(rels []Rel, rowKeys []uint64, off []uint32, cls []uint8, wts []float32) (*Model, error) {
	m := newModel(rels, len(rowKeys), len(wts))
	for i := range wts {
		m.w[i] = weight{w: wts[i], cls: uint16(cls[i])}
	}
	for r, k := range rowKeys {
		if !m.insert(k, off[r], off[r+1]-off[r]) {
			return nil, fmt.Errorf("%w: duplicate key", ErrCorrupt)
		}
	}
	return m, nil
}

// rowsInOrder returns the slots in row order.
func (m *Model) rowsInOrder() []slot {
	out := make([]slot, 0, m.rows)
	for _, e := range m.table {
		if e.key != 0 {
			out = append(out, e)
		}
	}
	slices.SortFunc(out, func(a, b slot) int { return cmp.Compare(a.off, b.off) })
	return out
}

// magic starts a model file; its number changes with the feature
// templates (features.go), so that a model never meets other templates.
const magic = "geoextract-syntax-1\n"

// MarshalBinary encodes the model: a header, the relation names, then the
// rows (key, count, classes, float32 weights). It is not compressed: gzip
// saves a third of the bytes but doubles the load time.
func (m *Model) MarshalBinary() ([]byte, error) {
	var raw bytes.Buffer
	raw.WriteString(magic)
	put := func(v uint64) {
		var b [binary.MaxVarintLen64]byte
		raw.Write(b[:binary.PutUvarint(b[:], v)])
	}
	put(uint64(max(m.beam, 1)))
	put(uint64(len(m.rels)))
	for _, r := range m.rels {
		put(uint64(len(r.String())))
		raw.WriteString(r.String())
	}
	rows := m.rowsInOrder()
	put(uint64(len(rows)))
	var b8 [8]byte
	for _, e := range rows {
		binary.LittleEndian.PutUint64(b8[:], e.key)
		raw.Write(b8[:])
		put(uint64(e.n))
		for _, x := range m.w[e.off : e.off+e.n] {
			raw.WriteByte(byte(x.cls))
		}
		for _, x := range m.w[e.off : e.off+e.n] {
			binary.LittleEndian.PutUint32(b8[:4], math.Float32bits(x.w))
			raw.Write(b8[:4])
		}
	}
	return raw.Bytes(), nil
}

// ErrCorrupt is wrapped by the errors of Load for data that is not a
// model file.
var ErrCorrupt = errors.New("syntax: not a parser model")

// Load decodes a model written by MarshalBinary (or the same bytes
// gzip-compressed).
func Load(data []byte) (*Model, error) {
	raw := data
	if bytes.HasPrefix(data, []byte{0x1f, 0x8b}) {
		zr, err := gzip.NewReader(bytes.NewReader(data))
		if err != nil {
			return nil, fmt.Errorf("%w: %v", ErrCorrupt, err)
		}
		if raw, err = io.ReadAll(zr); err != nil {
			return nil, fmt.Errorf("%w: %v", ErrCorrupt, err)
		}
	}
	d := decoder{b: raw}
	if !bytes.HasPrefix(raw, []byte(magic)) {
		return nil, fmt.Errorf("%w: bad header", ErrCorrupt)
	}
	d.b = d.b[len(magic):]
	beam := d.uvarint()
	if beam < 1 || beam > 64 {
		return nil, fmt.Errorf("%w: beam width %d", ErrCorrupt, beam)
	}
	nrel := d.uvarint()
	if nrel > uint64(numRels) {
		return nil, fmt.Errorf("%w: %d relations", ErrCorrupt, nrel)
	}
	rels := make([]Rel, 0, nrel)
	for range nrel {
		name := string(d.bytes(d.uvarint()))
		r, ok := ParseRel(name)
		if !ok && d.err == nil {
			return nil, fmt.Errorf("%w: unknown relation %q", ErrCorrupt, name)
		}
		rels = append(rels, r)
	}
	classes := uint64(2 + 2*len(rels))
	rows := d.uvarint()
	if rows > uint64(len(d.b))/9 {
		return nil, fmt.Errorf("%w: %d rows in %d bytes", ErrCorrupt, rows, len(d.b))
	}
	// A first pass counts the weights, so that the second writes them
	// and the table in place, with no intermediate copies.
	total := uint64(0)
	scan := d
	for range rows {
		scan.uint64()
		n := scan.uvarint()
		scan.bytes(5 * n)
		total += n
	}
	if scan.err != nil {
		return nil, fmt.Errorf("%w: %v", ErrCorrupt, scan.err)
	}
	if len(scan.b) != 0 {
		return nil, fmt.Errorf("%w: %d bytes after the rows", ErrCorrupt, len(scan.b))
	}
	m := newModel(rels, int(rows), int(total))
	at := uint32(0)
	for range rows {
		k := d.uint64()
		n := d.uvarint()
		c := d.bytes(n)
		if k == 0 {
			return nil, fmt.Errorf("%w: zero key", ErrCorrupt)
		}
		for j, x := range c {
			if uint64(x) >= classes {
				return nil, fmt.Errorf("%w: class %d of %d", ErrCorrupt, x, classes)
			}
			m.w[at+uint32(j)].cls = uint16(x)
		}
		for j := range n {
			m.w[at+uint32(j)].w = math.Float32frombits(d.uint32())
		}
		if !m.insert(k, at, uint32(n)) {
			return nil, fmt.Errorf("%w: duplicate key", ErrCorrupt)
		}
		at += uint32(n)
	}
	m.beam = int(beam)
	return m, nil
}

type decoder struct {
	b   []byte
	err error
}

func (d *decoder) fail() {
	if d.err == nil {
		d.err = io.ErrUnexpectedEOF
	}
	d.b = nil
}

func (d *decoder) uvarint() uint64 {
	v, n := binary.Uvarint(d.b)
	if n <= 0 {
		d.fail()
		return 0
	}
	d.b = d.b[n:]
	return v
}

func (d *decoder) bytes(n uint64) []byte {
	if n > uint64(len(d.b)) {
		d.fail()
		return nil
	}
	v := d.b[:n]
	d.b = d.b[n:]
	return v
}

func (d *decoder) uint64() uint64 {
	b := d.bytes(8)
	if b == nil {
		return 0
	}
	return binary.LittleEndian.Uint64(b)
}

func (d *decoder) uint32() uint32 {
	b := d.bytes(4)
	if b == nil {
		return 0
	}
	return binary.LittleEndian.Uint32(b)
}

// scratch is the reusable memory of one parse.
type scratch struct {
	st     state
	at     atoms
	keys   []uint64
	scores []float32
	beam   *beamSearch
}

func (m *Model) getScratch() *scratch {
	if s, ok := m.pool.Get().(*scratch); ok {
		return s
	}
	return &scratch{scores: make([]float32, m.classes())}
}

// Parse returns the head (0 for the root) and the relation of each word
// given its XPOS and UPOS tags. words, xpos and upos have the same length.
func (m *Model) Parse(words, xpos, upos []string) (heads []int, rels []Rel) {
	n := len(words)
	heads, rels = make([]int, n), make([]Rel, n)
	if n == 0 {
		return
	}
	sc := m.getScratch()
	defer m.pool.Put(sc)
	if m.beam > 1 {
		sc.at.reset(words, xpos, upos)
		if sc.beam == nil {
			sc.beam = newBeamSearch(m.beam, m.classes(), m.class)
		}
		best, _ := sc.beam.run(m, &sc.at, n, false)
		st := best.st
		st.finish()
		for i := range n {
			heads[i], rels[i] = int(st.head[i+1]), st.rel[i+1]
		}
		return heads, rels
	}
	st := &sc.st
	st.reset(n)
	sc.at.reset(words, xpos, upos)
	for !st.terminal() {
		sc.keys = sc.at.features(st, sc.keys[:0])
		m.score(sc.keys, sc.scores)
		best, bestScore := -1, float32(0)
		for c, v := range sc.scores {
			if best >= 0 && v <= bestScore {
				continue
			}
			a, r := m.class(c)
			if st.valid(a, r) {
				best, bestScore = c, v
			}
		}
		a, r := m.class(best)
		st.apply(a, r)
	}
	st.finish()
	for i := range n {
		heads[i], rels[i] = int(st.head[i+1]), st.rel[i+1]
	}
	return heads, rels
}
