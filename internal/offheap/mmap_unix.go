//go:build unix

package offheap

import (
	"syscall"
	"unsafe"
)

func sizeOf[T any](v T) uintptr { return unsafe.Sizeof(v) }

// hugePage is the size of a transparent huge page (x86-64, arm64 with 4 KB
// base pages); a mapping starts at such a boundary so that all of it can
// be backed by huge pages.
const hugePage = 2 << 20

// mapSlice maps size bytes of zeroed anonymous memory as n values of T,
// starting at a huge-page boundary, so any T is aligned in it.
func mapSlice[T any](n, size int) ([]T, func(), bool) {
	b, err := syscall.Mmap(-1, 0, size+hugePage, syscall.PROT_READ|syscall.PROT_WRITE, syscall.MAP_ANON|syscall.MAP_PRIVATE)
	if err != nil {
		return nil, nil, false
	}
	skip := 0
	if r := uintptr(unsafe.Pointer(unsafe.SliceData(b))) % hugePage; r != 0 {
		skip = int(hugePage - r)
	}
	body := b[skip : skip+size]
	adviseHuge(body)
	s := unsafe.Slice((*T)(unsafe.Pointer(unsafe.SliceData(body))), n)
	return s, func() { syscall.Munmap(b) }, true
}
