//go:build unix && !linux

package offheap

func adviseHuge(b []byte) {}
