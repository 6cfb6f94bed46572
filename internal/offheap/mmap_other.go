//go:build !unix

package offheap

import "unsafe"

func sizeOf[T any](v T) uintptr { return unsafe.Sizeof(v) }

func mapSlice[T any](n, size int) ([]T, func(), bool) { return nil, nil, false }
