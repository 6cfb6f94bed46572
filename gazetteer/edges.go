package gazetteer

import "math/bits"

// edgeTable maps the edges of the matcher's trie, node<<32 | token id, to
// the child node: an open-addressing hash table with linear probing in one
// flat array of slots, each holding a key and its value side by side. A
// trie of a million names has about as many edges, and a lookup or an
// insertion touches one cache line where a Go map (or keys and values in
// two arrays) touches several. Child nodes are never 0 (the root), so a 0
// value marks an empty slot.
//
// It is not safe for concurrent modification; once built, lookups may run
// concurrently. The zero edgeTable is empty and must be made with
// newEdgeTable before insertions.
type edgeTable struct {
	slots []edgeSlot
	shift uint // 64 - log2(len(slots))
	n     int
}

// edgeSlot is one slot of an edgeTable: the key's halves (12 bytes a
// slot rather than 16 with a uint64) and the value; val 0 marks it empty.
type edgeSlot struct {
	node, tok uint32
	val       int32
}

func (s *edgeSlot) key() uint64 { return uint64(s.node)<<32 | uint64(s.tok) }

// newEdgeTable returns a table with room for about n edges.
func newEdgeTable(n int) *edgeTable {
	t := &edgeTable{}
	t.init(max(16, n))
	return t
}

func (t *edgeTable) init(n int) {
	// Room for n at two thirds full or less; grown past three quarters.
	size := 1 << bits.Len(uint(n+n/2-1))
	t.slots = make([]edgeSlot, size)
	t.shift = uint(64 - bits.Len(uint(size-1)))
	t.n = 0
}

func (t *edgeTable) slot(k uint64) uint64 { return (k * 0x9e3779b97f4a7c15) >> t.shift }

// get returns the child at edge k, or 0 when there is none.
func (t *edgeTable) get(k uint64) int32 {
	if len(t.slots) == 0 {
		return 0
	}
	mask := uint64(len(t.slots) - 1)
	for i := t.slot(k); ; i = (i + 1) & mask {
		if s := &t.slots[i]; s.val == 0 || s.key() == k {
			return s.val
		}
	}
}

// getOrPut returns the child at edge k, adding v there first when there
// is none. v must not be 0.
func (t *edgeTable) getOrPut(k uint64, v int32) int32 {
	if 4*(t.n+1) > 3*len(t.slots) {
		t.grow()
	}
	mask := uint64(len(t.slots) - 1)
	for i := t.slot(k); ; i = (i + 1) & mask {
		s := &t.slots[i]
		switch {
		case s.val == 0:
			s.node, s.tok, s.val = uint32(k>>32), uint32(k), v
			t.n++
			return v
		case s.key() == k:
			return s.val
		}
	}
}

// putTree adds the edges of a tree to a table that has none of them
// (nor any key of them): node
// c > 0 hangs from parent[c] along token tok[c]. The edges are first
// ordered by their home slots (a counting sort by blocks of 64 slots), so
// that the insertions walk the table from start to end rather than at
// random: on a million edges that is several times faster.
func (t *edgeTable) putTree(parent, tok []int32) {
	n := len(parent) - 1
	for 4*(t.n+n) > 3*len(t.slots) {
		t.grow()
	}
	key := func(c int) uint64 { return uint64(parent[c])<<32 | uint64(uint32(tok[c])) }
	const blockBits = 6
	nblocks := len(t.slots)>>blockBits + 1
	start := make([]int32, nblocks+1)
	for c := 1; c <= n; c++ {
		start[t.slot(key(c))>>blockBits+1]++
	}
	for b := 1; b <= nblocks; b++ {
		start[b] += start[b-1]
	}
	// The edges by home block, keys and children side by side, so that
	// the insertions below read them in order.
	sorted := make([]edgeSlot, n)
	for c := 1; c <= n; c++ {
		k := key(c)
		b := t.slot(k) >> blockBits
		sorted[start[b]] = edgeSlot{node: uint32(k >> 32), tok: uint32(k), val: int32(c)}
		start[b]++
	}
	// The keys are distinct and the table has room: each goes to the
	// first empty slot from its home, with no comparison and no growth.
	mask := uint64(len(t.slots) - 1)
	for _, e := range sorted {
		i := t.slot(e.key())
		for t.slots[i].val != 0 {
			i = (i + 1) & mask
		}
		t.slots[i] = e
	}
	t.n += n
}

func (t *edgeTable) grow() {
	old := t.slots
	t.init(max(16, len(old)))
	for _, s := range old {
		if s.val != 0 {
			t.getOrPut(s.key(), s.val)
		}
	}
}

// all calls f for every edge.
func (t *edgeTable) all(f func(k uint64, v int32)) {
	for _, s := range t.slots {
		if s.val != 0 {
			f(s.key(), s.val)
		}
	}
}
