package gazetteer

import "math/bits"

// edgeTable maps the edges of the matcher's trie, node<<32 | token id, to
// the child node: an open-addressing hash table with linear probing in
// two flat arrays. A trie of a million names has about as many edges, and
// a lookup here touches one cache line where a Go map touches several.
// Child nodes are never 0 (the root), so a 0 value marks an empty slot.
//
// It is not safe for concurrent modification; once built, lookups may run
// concurrently. The zero edgeTable is empty and must be made with
// newEdgeTable before insertions.
type edgeTable struct {
	keys  []uint64
	vals  []int32
	shift uint // 64 - log2(len(keys))
	n     int
}

// newEdgeTable returns a table with room for about n edges.
func newEdgeTable(n int) *edgeTable {
	t := &edgeTable{}
	t.init(max(16, n))
	return t
}

func (t *edgeTable) init(n int) {
	// Room for n at two thirds full or less; grown past three quarters.
	size := 1 << bits.Len(uint(n+n/2-1))
	t.keys = make([]uint64, size)
	t.vals = make([]int32, size)
	t.shift = uint(64 - bits.Len(uint(size-1)))
	t.n = 0
}

func (t *edgeTable) slot(k uint64) uint64 { return (k * 0x9e3779b97f4a7c15) >> t.shift }

// get returns the child at edge k, or 0 when there is none.
func (t *edgeTable) get(k uint64) int32 {
	if len(t.keys) == 0 {
		return 0
	}
	mask := uint64(len(t.keys) - 1)
	for i := t.slot(k); ; i = (i + 1) & mask {
		if v := t.vals[i]; v == 0 || t.keys[i] == k {
			return v
		}
	}
}

// getOrPut returns the child at edge k, adding v there first when there
// is none. v must not be 0.
func (t *edgeTable) getOrPut(k uint64, v int32) int32 {
	if 4*(t.n+1) > 3*len(t.keys) {
		t.grow()
	}
	mask := uint64(len(t.keys) - 1)
	for i := t.slot(k); ; i = (i + 1) & mask {
		switch {
		case t.vals[i] == 0:
			t.keys[i], t.vals[i] = k, v
			t.n++
			return v
		case t.keys[i] == k:
			return t.vals[i]
		}
	}
}

func (t *edgeTable) grow() {
	keys, vals := t.keys, t.vals
	t.init(max(16, len(keys)))
	for i, v := range vals {
		if v != 0 {
			t.getOrPut(keys[i], v)
		}
	}
}

// all calls f for every edge.
func (t *edgeTable) all(f func(k uint64, v int32)) {
	for i, v := range t.vals {
		if v != 0 {
			f(t.keys[i], v)
		}
	}
}
