// Package hashtab is an immutable open-addressing hash table from
// non-zero 64-bit keys (feature or word hashes) to 64-bit values, the
// lookup structure of geoextract's compiled models: a lookup is a few
// array reads, with no map and no allocation.
package hashtab

import (
	"cmp"
	"slices"

	"github.com/geoextract/geoextract/internal/offheap"
)

// Table maps non-zero keys to values. It is at most half full, so a
// lookup always ends at an empty slot (key 0). A Table is immutable once
// built and safe for concurrent use; the zero Table is empty.
type Table struct {
	keys, vals []uint64
	mask       uint64
	// arrays owns keys and vals, which a large table keeps outside the
	// collected heap (package offheap): they are released once no copy
	// of the Table refers to it.
	arrays *arrays
}

type arrays struct{ keys, vals []uint64 }

// New builds a table of distinct non-zero keys and their values. A zero
// or repeated key is a programmer error: callers check their input.
func New(keys, vals []uint64) Table {
	size := 1
	for size < 2*len(keys)+1 {
		size <<= 1
	}
	a := &arrays{}
	a.keys = offheap.Make[uint64](a, size)
	a.vals = offheap.Make[uint64](a, size)
	t := Table{keys: a.keys, vals: a.vals, mask: uint64(size - 1), arrays: a}
	for j, k := range keys {
		i := k & t.mask
		for t.keys[i] != 0 && t.keys[i] != k {
			i = (i + 1) & t.mask
		}
		t.keys[i] = k
		t.vals[i] = vals[j]
	}
	return t
}

// Get returns the value of k and whether it is in the table.
func (t *Table) Get(k uint64) (uint64, bool) {
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

// Len returns the number of entries.
func (t *Table) Len() int {
	n := 0
	for _, k := range t.keys {
		if k != 0 {
			n++
		}
	}
	return n
}

// Sorted returns the entries by increasing key.
func (t *Table) Sorted() (keys, vals []uint64) {
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

// NonZero returns h, or 1 for 0, so that any hash can be a key.
func NonZero(h uint64) uint64 {
	if h == 0 {
		return 1
	}
	return h
}
