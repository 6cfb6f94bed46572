package hashtab

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestTable(t *testing.T) {
	// Keys chosen to collide in a small table (same low bits).
	keys := []uint64{1, 17, 33, 0xffffffffffffffff, 5}
	vals := []uint64{10, 170, 330, 7, 50}
	tb := New(keys, vals)
	for i, k := range keys {
		if v, ok := tb.Get(k); !ok || v != vals[i] {
			t.Errorf("Get(%d) = %d, %v; want %d, true", k, v, ok, vals[i])
		}
	}
	for _, k := range []uint64{2, 49, 0xfffffffffffffffe} {
		if v, ok := tb.Get(k); ok {
			t.Errorf("Get(%d) = %d, true; want absent", k, v)
		}
	}
	if tb.Len() != len(keys) {
		t.Errorf("Len = %d, want %d", tb.Len(), len(keys))
	}
	gk, gv := tb.Sorted()
	if diff := cmp.Diff([]uint64{1, 5, 17, 33, 0xffffffffffffffff}, gk); diff != "" {
		t.Errorf("Sorted keys (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]uint64{10, 50, 170, 330, 7}, gv); diff != "" {
		t.Errorf("Sorted values (-want +got):\n%s", diff)
	}
	var zero Table
	if _, ok := zero.Get(1); ok || zero.Len() != 0 {
		t.Error("zero Table is not empty")
	}
	if NonZero(0) != 1 || NonZero(9) != 9 {
		t.Error("NonZero")
	}
}
