package offheap

import (
	"runtime"
	"testing"
)

type row struct {
	key uint64
	off uint32
	n   uint32
}

type owner struct{ rows []row }

// TestMake checks that a large array is zeroed, writable end to end and
// released with its owner, and that a small one comes from the heap.
func TestMake(t *testing.T) {
	for _, tc := range []struct {
		name string
		n    int
	}{
		{"small, from the heap", 10},
		{"large, mapped", 3 << 20 / 16},
		{"empty", 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			o := &owner{}
			o.rows = Make[row](o, tc.n)
			if len(o.rows) != tc.n {
				t.Fatalf("len = %d, want %d", len(o.rows), tc.n)
			}
			for i := range o.rows {
				if o.rows[i] != (row{}) {
					t.Fatalf("rows[%d] = %v, want zero", i, o.rows[i])
				}
				o.rows[i] = row{key: uint64(i), n: 1}
			}
			for i, r := range o.rows {
				if r.key != uint64(i) {
					t.Fatalf("rows[%d].key = %d", i, r.key)
				}
			}
			runtime.KeepAlive(o)
		})
	}
	// Owners that die have their mappings released; many rounds of large
	// arrays must not exhaust memory.
	for range 50 {
		o := &owner{}
		o.rows = Make[row](o, 8<<20/16)
		o.rows[len(o.rows)-1].n = 1
		runtime.GC()
	}
}
