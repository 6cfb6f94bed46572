//go:build unix

package offheap

import (
	"syscall"
	"unsafe"
)

func sizeOf[T any](v T) uintptr { return unsafe.Sizeof(v) }

// mapSlice maps size bytes of zeroed anonymous memory as n values of T.
// A mapping is page-aligned, so any T is aligned in it.
func mapSlice[T any](n, size int) ([]T, func(), bool) {
	b, err := syscall.Mmap(-1, 0, size, syscall.PROT_READ|syscall.PROT_WRITE, syscall.MAP_ANON|syscall.MAP_PRIVATE)
	if err != nil {
		return nil, nil, false
	}
	s := unsafe.Slice((*T)(unsafe.Pointer(unsafe.SliceData(b))), n)
	return s, func() { syscall.Munmap(b) }, true
}
