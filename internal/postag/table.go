package postag

import (
	"cmp"
	"slices"
)

// table is an immutable open-addressing hash table from a non-zero
// 64-bit key to a 64-bit value; key 0 marks an empty slot. It is at most
// half full, so a lookup ends at an empty slot.
type table struct {
	keys, vals []uint64
	mask       uint64
}

// newTable builds a table of distinct non-zero keys.
func newTable(keys, vals []uint64) table {
	size := 1
	for size < 2*len(keys)+1 {
		size <<= 1
	}
	t := table{keys: make([]uint64, size), vals: make([]uint64, size), mask: uint64(size - 1)}
	for j, k := range keys {
		i := k & t.mask
		for t.keys[i] != 0 {
			i = (i + 1) & t.mask
		}
		t.keys[i] = k
		t.vals[i] = vals[j]
	}
	return t
}

func (t *table) get(k uint64) (uint64, bool) {
	if len(t.keys) == 0 {
		return 0, false
	}
	for i := k & t.mask; ; i = (i + 1) & t.mask {
		switch t.keys[i] {
		case k:
			return t.vals[i], true
		case 0:
			return 0, false
		}
	}
}

// len returns the number of entries.
func (t *table) len() int {
	n := 0
	for _, k := range t.keys {
		if k != 0 {
			n++
		}
	}
	return n
}

// sorted returns the table's entries by increasing key.
func (t *table) sorted() (keys, vals []uint64) {
	idx := make([]int, 0, len(t.keys)/2)
	for i, k := range t.keys {
		if k != 0 {
			idx = append(idx, i)
		}
	}
	slices.SortFunc(idx, func(a, b int) int { return cmp.Compare(t.keys[a], t.keys[b]) })
	keys = make([]uint64, len(idx))
	vals = make([]uint64, len(idx))
	for j, i := range idx {
		keys[j], vals[j] = t.keys[i], t.vals[i]
	}
	return keys, vals
}

func nonZero(h uint64) uint64 {
	if h == 0 {
		return 1
	}
	return h
}
