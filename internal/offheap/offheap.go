// Package offheap allocates the large, pointer-free arrays of loaded
// models outside the garbage-collected heap.
//
// The collector lets the heap grow to about twice what it finds live
// (GOGC=100) before it collects again. Models loaded once per process,
// such as the parser's weight tables, would count in what is live and so
// double the headroom the heap takes over every document. Memory from
// Make is counted once, as what it is: it lives outside the heap, in an
// anonymous memory mapping, and is unmapped when the value it was tied to
// (see Make) is collected.
//
// Only types without pointers may be allocated here (integers, floats and
// structs of them): the collector does not scan this memory. Where memory
// mappings are not available (non-Unix systems) or fail, Make falls back
// to an ordinary slice.
package offheap

import "runtime"

// minBytes is the smallest array worth a mapping of its own.
const minBytes = 1 << 20

// Make returns a zeroed slice of n elements of T. T must contain no
// pointers. When owner is collected, the memory is released; the slice
// must not be used past the life of owner (keep it only in owner's
// fields). Small arrays, and arrays on systems without memory mappings,
// come from the heap.
func Make[T any, O any](owner *O, n int) []T {
	var zero T
	size := int(sizeOf(zero)) * n
	if n <= 0 || size < minBytes {
		return make([]T, n)
	}
	s, release, ok := mapSlice[T](n, size)
	if !ok {
		return make([]T, n)
	}
	runtime.AddCleanup(owner, func(f func()) { f() }, release)
	return s
}
