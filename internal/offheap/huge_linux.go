package offheap

import "syscall"

// adviseHuge asks for transparent huge pages for a mapping: the models'
// tables are read at random, and with 4 KB pages each lookup would also
// miss the TLB.
func adviseHuge(b []byte) { _ = syscall.Madvise(b, syscall.MADV_HUGEPAGE) }
